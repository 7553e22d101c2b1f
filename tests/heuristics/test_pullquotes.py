"""Pull quotes (issue #3): kept in ``Article.pull_quotes``, never lost, never story text.

Each page shape a site uses for them (a classed ``<aside>``, ``<blockquote>``, ``<div>`` or
``<td>``, WordPress's ``wp-block-pullquote`` figure, an unclassed ``<aside>`` holding a
quotation), and the quotations that are not pull quotes: a blockquote the story quotes, a
testimonial in a sidebar, a pull quote inside a related-stories box, a styled quotation
mark inside a paragraph.
"""

from __future__ import annotations

import lxml.html
import pytest

from copydesk import Profile, parse
from copydesk.heuristics.body import extract_body
from copydesk.heuristics.pullquotes import (
    MAX_PULL_QUOTE_CHARS,
    is_pull_quote,
    pull_quote_class,
    pull_quote_text,
)

URL = "https://planet.example/metro/2024/05/bridge-to-close"
STORY = (
    "The council voted on Tuesday to close the Hob's Bay bridge, citing cracks found during "
    "an inspection last month.",
    "Engineers said repairs could take a year, and that ferries would run in the meantime, "
    "at a cost the city has not yet set.",
    "Residents, many of whom cross daily, packed the hall to ask how long the detour would "
    "be, and who would pay for it.",
    "The mayor said the city would apply for state money, but gave no timeline for the work, "
    "nor for the ferries.",
)
QUOTE = "We cannot ask people to cross a bridge we would not cross ourselves."
QUOTED = f"“{QUOTE}”"


def page(story_inner: str, *, outside: str = "") -> str:
    return (
        "<html><head><title>Bridge to close for a year</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/metro'>Metro</a></nav>"
        f"<article><h1>Bridge to close for a year</h1><div class='story-body'>{story_inner}"
        f"</div></article>{outside}<footer>© Daily Planet</footer></body></html>"
    )


def paras(items: tuple[str, ...] = STORY) -> str:
    return "".join(f"<p>{t}</p>" for t in items)


def with_box(box: str) -> str:
    """The story with ``box`` set between its second and third paragraphs."""
    return page(paras(STORY[:2]) + box + paras(STORY[2:]))


# ------------------------------------------------------------------ page shapes


@pytest.mark.parametrize(
    ("box", "expected"),
    [
        pytest.param(f"<aside class='pullquote'><p>{QUOTED}</p></aside>", QUOTED, id="aside"),
        pytest.param(f"<blockquote class='pull-quote'>{QUOTE}</blockquote>", QUOTE, id="bq"),
        pytest.param(
            f"<figure class='wp-block-pullquote'><blockquote><p>{QUOTE}</p>"
            "<cite>Mayor Jane Doe</cite></blockquote></figure>",
            QUOTE,
            id="wordpress-cite-left-out",
        ),
        pytest.param(f"<div class='article-pullquote'>{QUOTED}</div>", QUOTED, id="div-leaked"),
        pytest.param(f"<div class='c-quote--pull'><p>{QUOTE}</p></div>", QUOTE, id="bem"),
        pytest.param(f"<div class='storyPullQuote'><p>{QUOTE}</p></div>", QUOTE, id="camel"),
        pytest.param(f"<aside><q>{QUOTE}</q></aside>", QUOTE, id="aside-q"),
        pytest.param(f"<aside>{QUOTED}</aside>", QUOTED, id="aside-quotation-marks"),
        pytest.param(
            f"<aside class='pullquote-embed' aria-hidden='true'><span><p>{QUOTED}</p>"
            "<p>Jane Doe, mayor</p></span></aside>",
            QUOTED,
            id="aria-hidden-attribution-line",
        ),
        pytest.param(
            f"<div class='pull-quote'><span class='pull-quote__text'>{QUOTE}</span>"
            "<span class='pull-quote__attribution'>Jane Doe</span></div>",
            QUOTE,
            id="attribution-class",
        ),
        pytest.param(
            f"<blockquote class='pullquote'><p>{QUOTE}</p><p>— Jane Doe</p></blockquote>",
            QUOTE,
            id="dash-attribution",
        ),
    ],
)
def test_pull_quote_kept_apart_from_story(box: str, expected: str) -> None:
    art = parse(with_box(box), URL)
    assert art.pull_quotes == (expected,)
    assert art.paragraphs == STORY  # not in the story, and the story neither ends nor splits
    assert not any(QUOTE in p for p in art.paragraphs)


def test_table_layout_pull_quote() -> None:
    html = page(
        f"{paras(STORY[:2])}<table><tr><td>{STORY[2]}</td>"
        f"<td class='pullquote'>{QUOTED} Doe said.</td></tr></table>{paras(STORY[3:])}"
    )
    art = parse(html, URL)
    assert art.pull_quotes == (f"{QUOTED} Doe said.",)
    assert not any(QUOTE in p for p in art.paragraphs)


def test_pull_quotes_once_each_in_page_order() -> None:
    second = "Ferries will run every twenty minutes."
    html = page(
        paras(STORY[:1])
        + f"<aside class='pullquote'>{QUOTE}</aside>"
        + paras(STORY[1:3])
        + f"<aside class='pullquote'>{second}</aside>"
        + f"<aside class='pullquote pullquote--mobile'>{QUOTE}</aside>"
        + paras(STORY[3:])
    )
    assert parse(html, URL).pull_quotes == (QUOTE, second)


def test_pull_quote_does_not_change_the_story() -> None:
    plain = parse(page(paras()), URL)
    quoted = parse(with_box(f"<div class='article-pullquote'><p>{QUOTED}</p></div>"), URL)
    assert quoted.blocks == plain.blocks
    assert quoted.provenance["paragraphs"] == plain.provenance["paragraphs"]


# ------------------------------------------------------------------ not pull quotes


def test_story_blockquote_stays_a_quote_block() -> None:
    letter = "Dear council, the bridge has been unsafe for years, and you have known it."
    art = parse(with_box(f"<blockquote><p>{letter}</p></blockquote>"), URL)
    assert art.pull_quotes == ()
    assert [b.kind for b in art.blocks if b.text == letter] == ["quote"]


def test_sidebar_testimonial_is_neither_story_nor_pull_quote() -> None:
    testimonial = "“The best local news in town, every single morning.” — A reader"
    sidebar = f"<aside class='sidebar'><div class='quote'>{testimonial}</div></aside>"
    art = parse(page(paras(), outside=sidebar), URL)
    assert art.pull_quotes == ()
    assert art.paragraphs == STORY


def test_pull_quote_in_related_box_is_not_the_storys() -> None:
    related = (
        "<div class='related-stories'><h3>Related</h3>"
        "<a href='/metro/ferries'>Ferries to run during bridge works</a>"
        f"<aside class='pullquote'>{QUOTE}</aside></div>"
    )
    art = parse(page(paras(STORY[:2]) + related + paras(STORY[2:])), URL)
    assert art.pull_quotes == ()
    assert art.paragraphs == STORY


def test_styled_quotation_mark_in_a_paragraph_stays() -> None:
    line = "Doe put it plainly at the meeting, and the hall went quiet for a while."
    html = with_box(f"<p><span class='pullquote'>“</span>{line}”</p>")
    art = parse(html, URL)
    assert art.pull_quotes == ()
    assert f"“{line}”" in art.paragraphs


def test_hidden_pull_quote_is_not_recorded() -> None:
    art = parse(with_box(f"<aside class='pullquote' style='display:none'>{QUOTE}</aside>"), URL)
    assert art.pull_quotes == ()
    assert art.paragraphs == STORY


@pytest.mark.parametrize(
    "story",
    [
        pytest.param(STORY, id="short-paragraphs"),
        pytest.param((*STORY[:3], " ".join(STORY) + " " + STORY[3]), id="long-text"),
    ],
)
def test_box_named_pull_quote_holding_the_story_is_a_wrapper(story: tuple[str, ...]) -> None:
    # A layout wrapper whose class mentions pull quotes holds the story: it stays story.
    html = page(f"<div class='pullquote-layout'>{paras(story)}</div>")
    art = parse(html, URL)
    assert art.paragraphs == story
    assert art.pull_quotes == ()


# ------------------------------------------------------------------ profiles


def test_profile_drop_spares_pull_quote() -> None:
    profile = Profile(
        name="planet",
        domains=("planet.example",),
        body=(".story-body",),
        drop=(".pullquote", ".newsletter"),
    )
    box = f"<aside class='pullquote'><p>{QUOTED}</p></aside>"
    news = "<div class='newsletter'><p>Sign up for our morning newsletter today.</p></div>"
    art = parse(with_box(box + news), URL, profiles=[profile])
    assert art.provenance["paragraphs"].source == "profile"
    assert art.pull_quotes == (QUOTED,)
    assert art.paragraphs == STORY


def test_profile_selector_reaching_into_pull_quote() -> None:
    root = lxml.html.document_fromstring(
        with_box(f"<aside class='pullquote'><p>{QUOTE}</p></aside>")
    )
    result = extract_body(root, containers=root.cssselect(".story-body p"))
    assert result is not None
    assert [b.text for b in result.blocks] == list(STORY)


# ------------------------------------------------------------------ the parts


@pytest.mark.parametrize(
    ("cls", "expected"),
    [
        ("pullquote", True),
        ("pull-quote pull-quote--right", True),
        ("pull_quote", True),
        ("pullQuote", True),
        ("quote--pull", True),
        ("wp-block-pullquote is-style-solid-color", True),
        ("article-pullquote", True),
        ("pullquote-embed", True),
        ("pulled-quote", True),
        ("pullout-quote", True),
        ("graf--pullquote", True),
        ("simplePullQuote", True),
        ("pullout", False),
        ("quote", False),
        ("blockquote", False),
        ("wp-block-quote", False),
        ("pull-right", False),
        ("pull-right blockquote", False),
        ("has-pullquote", False),
        ("no-pull-quote", False),
        ("pull-quote__attribution", False),
        ("pullquote-share-button", False),
        (None, False),
    ],
)
def test_pull_quote_class(cls: str | None, expected: bool) -> None:
    assert pull_quote_class(cls) is expected


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param("<aside class='pullquote'>Words.</aside>", True, id="classed"),
        pytest.param("<span class='pullquote'>“</span>", False, id="inline-tag"),
        pytest.param("<aside><blockquote>“Short.”</blockquote></aside>", True, id="aside-bq"),
        pytest.param("<aside><p>Editor's note: updated.</p></aside>", False, id="aside-note"),
        pytest.param("<aside><a href='/x'>“Read”</a></aside>", False, id="aside-link"),
        pytest.param("<aside><ul><li>“One”</li></ul></aside>", False, id="aside-list"),
        pytest.param(f"<aside>“{'word ' * 80}”</aside>", False, id="aside-too-long"),
        pytest.param(
            f"<div class='pullquote'>{'x' * (MAX_PULL_QUOTE_CHARS + 1)}</div>",
            False,
            id="classed-too-long",
        ),
    ],
)
def test_is_pull_quote(html: str, expected: bool) -> None:
    assert is_pull_quote(lxml.html.fragment_fromstring(html)) is expected


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param("<aside>  “Spaced\n  out.”  </aside>", "“Spaced out.”", id="whitespace"),
        pytest.param(
            "<blockquote><p>Quote.</p><footer>Jane Doe</footer></blockquote>",
            "Quote.",
            id="footer",
        ),
        pytest.param(
            "<div><p>First line of it.</p><p>Second line of it.</p></div>",
            "First line of it. Second line of it.",
            id="two-sentences-kept",
        ),
        pytest.param(
            "<div><p>“Quoted.”</p><p>Jane Doe, Mila</p></div>", "“Quoted.”", id="name-line"
        ),
        pytest.param(
            "<div><p>Not a quotation</p><p>Jane Doe, Mila</p></div>",
            "Not a quotation Jane Doe, Mila",
            id="no-closing-mark-keeps-line",
        ),
        pytest.param("<div><cite>Only a name</cite></div>", "", id="only-attribution"),
    ],
)
def test_pull_quote_text(html: str, expected: str) -> None:
    assert pull_quote_text(lxml.html.fragment_fromstring(html)) == expected
