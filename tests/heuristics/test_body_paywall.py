"""A paywall teaser at the end of a truncated story ends it, offer box and all.

The teaser ("Abonnez-vous pour lire la suite") was dropped as a line before; the offer's
prices and buttons after it ("1 € le premier mois", "Cancel anytime") stayed. Pages written
here: a story container holding the story's visible part, the teaser and its offer.
"""

from __future__ import annotations

import lxml.html
import pytest

import copydesk
from copydesk.heuristics.blockfilters import story_resumes
from copydesk.heuristics.blocks import RawBlock
from copydesk.heuristics.body import extract_body

P1 = "The council voted on Tuesday to close the bridge, citing cracks found during an inspection."
P2 = "Engineers said repairs could take a year, and that ferries would run in the meantime."
P3 = "Residents, many of whom cross daily, packed the hall to ask how long the detour would be."
STORY = [P1, P2, P3]
# A story paragraph long enough (>= 120 characters) to show the story goes on.
LONG = (
    "The mayor said the city would apply for state money to pay for the work, but she gave no "
    "timeline and would not say how much the repairs were expected to cost in the end."
)


def texts(*after_story: str) -> list[str]:
    lines = "".join(f"<p>{t}</p>" for t in [*STORY, *after_story])
    html = f"<html><body><article><div class='story'>{lines}</div></article></body></html>"
    result = extract_body(lxml.html.document_fromstring(html))
    assert result is not None
    return [b.text for b in result.blocks]


@pytest.mark.parametrize(
    "tail",
    [
        pytest.param(
            ["Subscribe to continue reading", "Only $1 for 6 months", "Cancel anytime."],
            id="english-offer",
        ),
        pytest.param(
            ["Already a subscriber? Log in", "Digital access", "$4.99/month", "Get started"],
            id="english-log-in-first",
        ),
        pytest.param(
            [
                "Abonnez-vous pour lire la suite",
                "1 € le premier mois",
                "Sans engagement",
                "Je m'abonne",
                "Se connecter",
            ],
            id="french-offer",
        ),
        pytest.param(
            [
                "Jetzt weiterlesen mit SZ Plus",
                "Jetzt für 0,99 € testen",
                "Monatlich kündbar.",
                "Bereits registriert? Anmelden",
            ],
            id="german-offer",
        ),
        pytest.param(
            ["Suscríbete para seguir leyendo", "Primer mes por 1 €", "Cancela cuando quieras"],
            id="spanish-offer",
        ),
        pytest.param(
            [
                "This article is for subscribers only.",
                "Unlimited access to every story.",
                "Subscribe",
                "Already have an account? Sign in",
            ],
            id="short-sentences-of-the-offer",
        ),
    ],
)
def test_paywall_teaser_ends_the_story(tail: list[str]) -> None:
    assert texts(*tail) == STORY


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        pytest.param(
            ["Subscribe to continue reading", LONG], [*STORY, LONG], id="long-prose-follows"
        ),
        pytest.param(
            ["This article is for subscribers only.", P3, P2, P1, P3, "Cancel anytime"],
            [*STORY, P3, P2, P1, P3, "Cancel anytime"],
            id="several-story-sentences-follow",
        ),
        pytest.param(
            ["Only $1 for 6 months", "Cancel anytime"],
            [*STORY, "Only $1 for 6 months", "Cancel anytime"],
            id="offer-lines-without-a-teaser",
        ),
        pytest.param(
            [
                "Subscribers will pay $5 more a month from March, the company said.",
                "Cancel anytime",
            ],
            [
                *STORY,
                "Subscribers will pay $5 more a month from March, the company said.",
                "Cancel anytime",
            ],
            id="story-sentence-about-subscribers",
        ),
    ],
)
def test_no_cut_without_a_teaser_at_the_end(tail: list[str], expected: list[str]) -> None:
    assert texts(*tail) == expected


def test_teaser_before_any_story_does_not_empty_it() -> None:
    """A teaser opening the container is only dropped: the story has not begun."""
    html = (
        "<html><body><article><div class='story'><p>Subscribe to continue reading</p>"
        + "".join(f"<p>{t}</p>" for t in STORY)
        + "</div></article></body></html>"
    )
    result = extract_body(lxml.html.document_fromstring(html))
    assert result is not None
    assert [b.text for b in result.blocks] == STORY


def rb(text: str, kind: str = "paragraph", links: int = 0) -> RawBlock:
    return RawBlock(kind, text, None, links, "li" if kind == "list_item" else "p")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        pytest.param([rb("Only $1 for 6 months"), rb("Cancel anytime.")], False, id="offer"),
        pytest.param([rb(LONG)], True, id="long-paragraph"),
        pytest.param([rb(P1), rb(P2), rb(P3), rb(P1)], True, id="several-paragraphs"),
        pytest.param([rb(LONG, kind="list_item")], False, id="list-of-benefits"),
        pytest.param([rb(LONG, links=len(LONG))], False, id="linked-teaser"),
        pytest.param([rb("advertisement " * 10 + "ends here.")], False, id="no-sentence"),
    ],
)
def test_story_resumes(after: list[RawBlock], expected: bool) -> None:
    assert story_resumes([rb("Subscribe to continue reading"), *after], 0) is expected


def test_banner_in_its_own_box_over_short_story_paragraphs_does_not_end_the_story() -> None:
    """A log-in banner set between paragraphs, in a box of its own, over a tabloid's
    one-line paragraphs: the story goes on in its own box."""
    lead = (
        "The council voted on Tuesday to close the old bridge after engineers found cracks "
        "in two of its main supports, and the closure will last at least a year."
    )
    shorts = ["The bridge opened in 1931.", "It carries 40,000 cars a day.", "A ferry will run."]
    html = (
        f"<html><body><article><h1>Bridge to close</h1><div><p>{lead}</p>"
        "<div><p>Already a subscriber? Log in</p></div>"
        + "".join(f"<p>{t}</p>" for t in shorts)
        + "</div></article></body></html>"
    )
    art = copydesk.parse(html, "https://example.org/news/bridge", profiles=())
    assert art.paragraphs == (lead, *shorts)
