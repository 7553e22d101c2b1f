"""Page shapes from the story-body audit (issue #3): standfirsts behind single-child
wrappers, sidebars beside short posts, captions written as paragraphs, dangling
subheadings and a few chrome words. One page shape per test, with its negative case."""

from __future__ import annotations

import json

import lxml.html
import pytest

from copydesk import parse
from copydesk.heuristics.blockfilters import filter_blocks
from copydesk.heuristics.blocks import RawBlock
from copydesk.heuristics.body import extract_body
from copydesk.heuristics.boilerplate import furniture_class
from copydesk.heuristics.chromewords import caption_text, is_figure_caption, is_junk_line

STORY = (
    "The council voted on Tuesday to close the bridge, citing cracks found during an inspection.",
    "Engineers said repairs could take a year, and that ferries would run in the meantime.",
    "Residents, many of whom cross daily, packed the hall to ask how long the detour would be.",
    "The mayor said the city would apply for state money, but gave no timeline for the work.",
)
DECK = "The city shuts its oldest bridge after engineers found cracks in two of its old piers."


def body(html: str) -> tuple[list[str], list[str]]:
    result = extract_body(lxml.html.document_fromstring(html))
    assert result is not None
    return [b.text for b in result.blocks], list(result.captions)


def paras(items: tuple[str, ...] = STORY) -> str:
    return "".join(f"<p>{t}</p>" for t in items)


def test_standfirst_behind_single_child_wrappers_is_found() -> None:
    # Portal layouts wrap the story column in a stack of single-child wrappers; the intro
    # zone is a sibling of the outermost one. Those wrappers are no step away from the
    # story, so the intro is one branching level above the story's own box.
    wrapped = (
        f"<div class='body'><div class='text'>{paras()}</div>"
        "<div class='links'><a href='/city'>More from the city desk</a></div></div>"
    )
    for cls in ("a", "b", "c", "d", "e"):
        wrapped = f"<div class='w-{cls}'>{wrapped}</div>"
    html = (
        "<html><body><div class='site'><section class='top'><h1>Bridge closes</h1>"
        f"<div class='intro-text'><p>{DECK}</p></div></section>{wrapped}"
        "</div></body></html>"
    )
    texts, _ = body(html)
    assert texts == [DECK, *STORY]


def test_intro_box_many_branching_levels_away_is_not_taken() -> None:
    story = paras()
    for cls in ("a", "b", "c", "d", "e", "f"):
        story = f"<div class='l-{cls}'><div class='x'><a href='/'>Home</a></div>{story}</div>"
    html = (
        "<html><body><div class='site'><div class='intro'><p>"
        "Welcome to our city portal, with news, events and services for residents.</p></div>"
        f"{story}</div></body></html>"
    )
    texts, _ = body(html)
    assert "Welcome" not in texts[0]


SIDEBAR_TEXT = (
    "Our magazine was founded in 1990 and wrote about the night sky for twenty years, "
    "with reviews of telescopes, star charts, reports from observers and long essays. "
) * 3


@pytest.mark.parametrize("side", ["aside class='col-2'", "div class='widget-area'"])
def test_sidebar_beside_a_short_post_is_not_the_story(side: str) -> None:
    tag = side.split()[0]
    html = (
        "<html><body><div class='wrap'><div class='main'><article>"
        f"<div class='entry-content'>{paras(STORY[:2])}</div></article></div>"
        f"<{side}><div><p>{SIDEBAR_TEXT}</p></div></{tag}></div></body></html>"
    )
    texts, _ = body(html)
    assert texts == list(STORY[:2])


def test_second_section_beside_the_story_still_joins_it() -> None:
    html = (
        "<html><body><div class='wrap'><div class='part'>"
        f"{paras(STORY[:2])}</div><div class='part2'><h2>Detour</h2>{paras(STORY[2:])}</div>"
        "</div></body></html>"
    )
    texts, _ = body(html)
    assert [t for t in texts if t != "Detour"] == list(STORY)


def test_figure_captions_written_as_paragraphs_go_with_the_captions() -> None:
    html = (
        f"<html><body><div class='text'>{paras(STORY[:2])}"
        "<p><em>Abbildung 4: klassische Schwachschicht.</em></p>"
        "<div class='visual'><a href='/img.jpg'>Vergrößern</a> "
        "Eine runde Aussparung im Display.</div>"
        f"{paras(STORY[2:])}</div></body></html>"
    )
    texts, captions = body(html)
    assert texts == list(STORY)
    assert captions == [
        "Abbildung 4: klassische Schwachschicht.",
        "Eine runde Aussparung im Display.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Figure 2: Sales by region, 2019-2021.", True, id="figure-label"),
        pytest.param("Abb. 3 – Der Aufbau der Schneedecke", True, id="abb-label"),
        pytest.param("Enlarge This Image A crowd outside the court.", True, id="enlarge"),
        pytest.param("As Figure 2 shows, sales fell in the north.", False, id="figure-in-sentence"),
        pytest.param("Vergrößern Sie das Bild, um mehr zu sehen.", False, id="imperative"),
        pytest.param("Figure skating returns to the arena this winter.", False, id="no-number"),
    ],
)
def test_is_figure_caption(text: str, expected: bool) -> None:
    assert is_figure_caption(text) is expected


def test_caption_text_drops_the_enlarge_label() -> None:
    assert caption_text("Enlarge A crowd outside.") == "A crowd outside."
    assert caption_text("A crowd outside.") == "A crowd outside."


def rb(text: str, kind: str = "paragraph") -> RawBlock:
    return RawBlock(
        kind, text, 2 if kind == "heading" else None, 0, "h3" if kind == "heading" else "p"
    )  # type: ignore[arg-type]


def test_story_does_not_end_on_a_subheading() -> None:
    raw = [rb(STORY[0]), rb("Detour", "heading"), rb(STORY[1]), rb("Fancy a ride?", "heading")]
    assert [b.text for b in filter_blocks(raw)] == [STORY[0], "Detour", STORY[1]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Rezept drucken Bei Pinterest speichern", True, id="pinterest-run"),
        pytest.param("Save to Pinterest", True, id="save-pinterest"),
        pytest.param("【纠错】 责任编辑： 焦鹏", True, id="zh-editor-trailer"),
        pytest.param("责任编辑：张三", True, id="zh-editor"),
        pytest.param(
            "Pinterest said on Monday that it would cut jobs.", False, id="pinterest-news"
        ),
        pytest.param("编辑部今天宣布了新的计划，读者反应热烈。", False, id="zh-sentence"),
        pytest.param("(Alle Angaben ohne Gewähr)", True, id="de-disclaimer"),
        pytest.param(
            "Alle Angaben ohne Gewähr, sagte der Sprecher der Stadt am Montag.", False, id="quote"
        ),
    ],
)
def test_chrome_words(text: str, expected: bool) -> None:
    assert is_junk_line(text) is expected


@pytest.mark.parametrize(
    ("cls", "expected"),
    [
        pytest.param("news-letter-section", "strong", id="news-letter"),
        pytest.param("saboxplugin-wrap", "strong", id="author-box-plugin"),
        pytest.param("newsroom-story", None, id="newsroom"),
    ],
)
def test_furniture_classes(cls: str, expected: str | None) -> None:
    assert furniture_class(cls, None) == expected


def hero_page(after_headline: str) -> str:
    return (
        "<html><body><div class='grid'><div class='col hero'><div class='crumbs'>"
        "<a href='/'>Home</a> <a href='/city'>City</a></div><h1>Bridge closes</h1>"
        f"<div class='hero__text'>{after_headline}</div></div>"
        f"<div class='col main'><div class='story'>{paras()}</div></div></div></body></html>"
    )


def test_sentence_after_the_headline_in_a_zone_before_the_story_is_the_standfirst() -> None:
    texts, _ = body(hero_page(f"<p>{DECK}</p>"))
    assert texts == [DECK, *STORY]


@pytest.mark.parametrize(
    "after_headline",
    [
        pytest.param("<p>Updated on 10 December 2022 at 18:27 by the city desk</p>", id="meta"),
        pytest.param(f"<div>{DECK}</div>", id="not-a-p"),
    ],
)
def test_not_a_summary_after_the_headline(after_headline: str) -> None:
    texts, _ = body(hero_page(after_headline))
    assert texts == list(STORY)


LD_STORY = " ".join(STORY)


def ld_page(header: str) -> str:
    ld = json.dumps(
        {"@context": "https://schema.org", "@type": "NewsArticle", "articleBody": LD_STORY}
    )
    return (
        f"<html><head><script type='application/ld+json'>{ld}</script></head><body>"
        f"<header><h1>Bridge closes</h1>{header}</header>"
        "<div class='paywall'><p>Subscribe to read on.</p></div></body></html>"
    )


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        pytest.param(f"<p>{DECK}</p>", [DECK, LD_STORY], id="standfirst-kept"),
        pytest.param("<p>10.12.2022 18:27 by Jo Lee</p>", [LD_STORY], id="meta-line"),
        pytest.param(f"<p>{STORY[0]}</p>", [LD_STORY], id="already-in-articlebody"),
    ],
)
def test_jsonld_body_keeps_the_header_standfirst(header: str, expected: list[str]) -> None:
    article = parse(ld_page(header), "https://example.com/news/bridge")
    assert list(article.paragraphs) == expected


def linked_rb(text: str, link_chars: int) -> RawBlock:
    return RawBlock("paragraph", text, None, link_chars, "p")


def test_long_see_also_run_of_links_is_dropped() -> None:
    heads = " ".join(f"Another story about the bridge and the ferry, part {n}" for n in range(6))
    see_also = "See also " + heads
    assert len(see_also) >= 250
    raw = [rb(STORY[0]), linked_rb(see_also, len(heads)), rb(STORY[1])]
    assert [b.text for b in filter_blocks(raw)] == [STORY[0], STORY[1]]


def test_long_paragraph_citing_sources_is_kept() -> None:
    cited = " ".join(STORY) + " " + " ".join(STORY[:2])
    assert len(cited) >= 250
    raw = [rb(STORY[0]), linked_rb(cited, int(len(cited) * 0.7)), rb(STORY[1])]
    assert [b.text for b in filter_blocks(raw)] == [STORY[0], cited, STORY[1]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Click to expand...", True, id="click-to-expand"),
        pytest.param("Click to expand the map, the mayor told residents.", False, id="sentence"),
    ],
)
def test_click_to_expand(text: str, expected: bool) -> None:
    assert is_junk_line(text) is expected
