"""Where the story ends, in :mod:`copydesk.heuristics.blockfilters`, on pages whose class
names say nothing: one page shape per test, with its negative case."""

from __future__ import annotations

import lxml.html
import pytest

from copydesk.heuristics.blockfilters import is_inset_end
from copydesk.heuristics.blocks import RawBlock
from copydesk.heuristics.body import extract_body
from copydesk.model import BlockKind

FIRST = (
    "The council voted on Tuesday to close the bridge, citing cracks found during an inspection.",
    "Engineers said repairs could take a year, and that ferries would run in the meantime.",
    "Residents, many of whom cross daily, packed the hall to ask how long the detour would be.",
    "The mayor said the city would apply for state money, but gave no timeline for the work.",
    "Shop owners near the bridge, fearing fewer customers, asked the council for tax relief.",
    "The council said it would consider the request, along with others, at its next meeting.",
)
SECOND = (
    "The bridge, built in 1911, carries about forty thousand cars a day across the river.",
    "An inspection in March found that two of its piers had shifted, the engineers reported.",
    "Ferry operators said they would add crossings at rush hour, starting on Monday morning.",
)
BIO = "Jane Doe covers City Hall and transport for the paper, and has done so since 2015."
RELATED = (
    "<div><div><h3>More about the city budget</h3>"
    "<div><a href='/a'>Council passes a budget with a deficit for the third year</a></div>"
    "<div>July 30, 2018</div>"
    "<div><a href='/b'>Why the city pays more to borrow than it did</a></div>"
    "<div>July 25, 2018</div></div></div>"
)


def wrapper(paragraphs: tuple[str, ...], heading: str = "") -> str:
    """One of the story's wrappers: div > div > (h2) p p p, no class names."""
    head = f"<h2>{heading}</h2>" if heading else ""
    return "<div><div>" + head + "".join(f"<p>{t}</p>" for t in paragraphs) + "</div></div>"


def texts(html: str) -> list[str]:
    result = extract_body(lxml.html.document_fromstring(html))
    assert result is not None
    return [b.text for b in result.blocks]


def page(*parts: str) -> str:
    # The story's first part is cut into three wrappers of two paragraphs (a CMS setting
    # each run of paragraphs in its own column box), all under one <section>.
    first = "".join(wrapper(FIRST[i : i + 2]) for i in range(0, len(FIRST), 2))
    return "<html><body><section>" + first + "".join(parts) + "</section></body></html>"


def test_related_inset_between_sibling_story_wrappers_does_not_end_the_story() -> None:
    html = page(RELATED, wrapper(SECOND, "A century of traffic"))
    assert texts(html) == [*FIRST, "A century of traffic", *SECOND]


@pytest.mark.parametrize(
    "after",
    [
        pytest.param(wrapper((BIO,)), id="one-paragraph-bio"),
        pytest.param("<div>" + wrapper(SECOND) + "</div>", id="prose-set-deeper"),
    ],
)
def test_related_box_followed_by_other_text_still_ends_the_story(after: str) -> None:
    # A single paragraph after the box (an author's bio), or prose set at another depth
    # than the story's paragraphs (a comment thread's posts), is not the story resuming.
    assert texts(page(RELATED, after)) == list(FIRST)


def block(
    text: str, box: int, depth: int, kind: BlockKind = "paragraph", links: int = 0
) -> RawBlock:
    return RawBlock(kind, text, None, links, "p", box, -1, depth)


@pytest.mark.parametrize(
    ("resumed", "expected"),
    [
        pytest.param([block(SECOND[0], 5, 3), block(SECOND[1], 5, 3)], True, id="two-in-sibling"),
        pytest.param([block(SECOND[0], 5, 3)], False, id="one-in-sibling"),
        pytest.param([block(SECOND[0], 5, 4), block(SECOND[1], 5, 4)], False, id="other-depth"),
        pytest.param([block(SECOND[0], 5, 3), block(SECOND[1], 6, 3)], False, id="two-boxes"),
        pytest.param([block(SECOND[0], 1, 3)], True, id="story-box"),
    ],
)
def test_is_inset_end_with_sibling_wrappers(resumed: list[RawBlock], expected: bool) -> None:
    raw = [
        block(FIRST[0], 1, 3),
        block("Related", 2, 2, kind="heading"),
        block("Council passes a budget", 3, 3, links=23),
        *resumed,
    ]
    assert is_inset_end(raw, 1, 1, 3) is expected


def story_page(top: str) -> str:
    # The headline and what stands above it sit in the story's own container.
    story = "".join(f"<p>{t}</p>" for t in FIRST)
    return f"<html><body><article>{top}{story}</article></body></html>"


@pytest.mark.parametrize(
    "kicker", ["<div>Politics</div>", "<p>Rollstuhltennis</p>", "<div>TREBINJE</div>"], ids=repr
)
def test_kicker_above_the_headline_is_dropped(kicker: str) -> None:
    html = story_page(f"{kicker}<h1>Bridge closes for a year</h1>")
    assert texts(html) == list(FIRST)


def test_label_above_an_h1_with_prose_above_it_too_stays() -> None:
    # With story text above it, an <h1> is a section's title, not the headline: the short
    # line up there is the story's, not a kicker.
    html = story_page(f"<p>Ferry timetable</p><p>{SECOND[0]}</p><h1>Night crossings</h1>")
    assert texts(html)[:2] == ["Ferry timetable", SECOND[0]]


def test_standfirst_sentence_above_the_headline_stays() -> None:
    dek = "The city shuts its oldest bridge after engineers found cracks in two of its piers."
    html = story_page(f"<p>{dek}</p><h1>Bridge closes for a year</h1>")
    assert texts(html)[0] == dek


def test_comments_title_between_sibling_wrappers_still_ends_the_story() -> None:
    # Posts set as deep as the story's paragraphs after "Comments" are not the story.
    comments = "<div><div><h3>Comments</h3></div></div>"
    html = page(comments, wrapper(SECOND))
    assert texts(html) == list(FIRST)
