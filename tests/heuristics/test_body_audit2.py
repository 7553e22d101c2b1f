"""Page shapes from the second story-body audit (issue #3), on pages without body ground
truth: a caption word on the page's outer wrapper, embed fallbacks, inline teasers, follow
invitations, script notices and a few metadata/contact lines. One shape per test, with its
negative case."""

from __future__ import annotations

import lxml.html
import pytest

from copydesk.heuristics.body import extract_body
from copydesk.heuristics.boilerplate import furniture_class
from copydesk.heuristics.chromewords import is_contact_line, is_junk_line, is_meta_line
from copydesk.heuristics.metalines import is_head_date_line
from copydesk.heuristics.promolines import is_promo_line

STORY = (
    "The council voted on Tuesday to close the bridge, citing cracks found during an inspection.",
    "Engineers said repairs could take a year, and that ferries would run in the meantime.",
    "Residents, many of whom cross daily, packed the hall to ask how long the detour would be.",
    "The mayor said the city would apply for state money, but gave no timeline for the work.",
)


def body(html: str) -> tuple[list[str], list[str]]:
    result = extract_body(lxml.html.document_fromstring(html))
    assert result is not None
    return [b.text for b in result.blocks], list(result.captions)


def paras(items: tuple[str, ...] = STORY, times: int = 1) -> str:
    return "".join(f"<p>{t}</p>" for t in items) * times


def test_caption_word_on_page_wrapper_keeps_the_story() -> None:
    # A CMS theme puts "caption" among state words on the page's outer div: the story
    # inside is not a photo caption.
    html = (
        "<html><body><div class='section_id_1 right-column-shift caption page'>"
        "<div class='container'><div class='row'><div class='col-sm-9'>"
        f"<div class='att-body'>{paras(times=3)}</div></div></div></div></div></body></html>"
    )
    blocks, captions = body(html)
    assert blocks[0] == STORY[0]
    assert captions == []


def test_caption_box_with_two_paragraphs_is_still_a_caption() -> None:
    html = (
        f"<html><body><article>{paras()}<div class='image'><img src='a.jpg'>"
        "<div class='caption'><p>The bridge at dawn.</p><p>Photo: Jane Doe</p></div></div>"
        f"{paras(STORY[:2])}</article></body></html>"
    )
    blocks, captions = body(html)
    assert "The bridge at dawn." not in blocks
    assert captions == ["The bridge at dawn. Photo: Jane Doe"]


@pytest.mark.parametrize(
    "text",
    [
        "A post shared by Jane Doe (@janedoe) on Feb 16, 2020 at 3:02pm PST",
        "Una publicación compartida de Ana (@ana.g) el 3 Mar, 2020 a las 10:02 PST",
        "View this post on Instagram",
        "ALSO READ | Minister resigns over expenses",
        "MUST READ: Thousands call for the mayor's resignation",
        "See also",
        "Never miss a story from the Springfield Police Department.",
        "Keine Meldung von Polizei Musterstadt mehr verpassen.",
        "Ne manquez aucune actualité de votre ville",
        "Twoja przeglądarka nie ma włączonej obsługi JavaScript",
        "Your browser does not support JavaScript. Please update it.",
    ],
    ids=[
        "instagram-fallback",
        "instagram-fallback-es",
        "instagram-view-link",
        "also-read-teaser",
        "must-read-teaser",
        "see-also-label",
        "never-miss",
        "nichts-mehr-verpassen",
        "ne-manquez",
        "script-notice-pl",
        "script-notice-en",
    ],
)
def test_promo_lines_are_chrome(text: str) -> None:
    assert is_promo_line(text)
    assert is_junk_line(text)


@pytest.mark.parametrize(
    "text",
    [
        "A post shared by the minister on Monday drew 2,000 replies within an hour.",
        "Also read by millions, the paper's letters page is a national forum.",
        "See also the council's report, which the mayor called 'thorough'.",
        "Never miss a chance, the coach told his players before the final.",
        "JavaScript, the language of the web, turns 30 this year.",
        "The browser maker said JavaScript engines are now "
        + "faster than ever, and that its new release doubles the speed of page loads "
        + "on older phones, which many readers in rural areas still use every day. " * 3,
    ],
    ids=[
        "post-shared-sentence",
        "also-read-sentence",
        "see-also-sentence",
        "never-miss-quote",
        "javascript-news",
        "long-browser-story",
    ],
)
def test_story_sentences_with_promo_words_are_kept(text: str) -> None:
    assert not is_promo_line(text)
    assert not is_junk_line(text)


def test_teaser_inside_story_is_dropped_but_story_kept() -> None:
    html = (
        f"<html><body><article>{paras(STORY[:2])}"
        "<p><strong>ALSO READ | <a href='/x'>Ferries to run every hour</a></strong></p>"
        f"{paras(STORY[2:])}</article></body></html>"
    )
    blocks, _ = body(html)
    assert blocks == list(STORY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Publish Date:Sat, 28 Nov 2020 01:34 PM (IST)Author: Jane Doe", True),
        ("Publish date: 4 December 2024", True),
        ("Publishers said the date of the book was moved.", False),
    ],
    ids=["publish-date-author", "publish-date", "publishers-sentence"],
)
def test_publish_date_stamp_is_a_meta_line(text: str, expected: bool) -> None:
    assert is_meta_line(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Got a tip? Email Jane Doe at jdoe@paper.org. Follow her on Twitter @janedoe.", True),
        ("Got a news tip? Reach the desk at news@paper.org", True),
        ("Got a tip from a neighbour, police said, and found the car by noon.", False),
    ],
    ids=["got-a-tip", "got-a-news-tip", "tip-in-story"],
)
def test_got_a_tip_trailer_is_a_contact_line(text: str, expected: bool) -> None:
    assert is_contact_line(text) is expected


FOOTER = (
    "Registered by the federal media regulator; all rights to the materials published on this "
    "site belong to the editors and are protected by the law on copyright and related rights. "
) * 4


@pytest.mark.parametrize(
    ("column", "kept"),
    [("aside", True), ("div", True)],
    ids=["aside-as-main-column", "div-main-column"],
)
def test_aside_holding_main_is_a_layout_column(column: str, kept: bool) -> None:
    # The layout's left column is an <aside> holding <main>: the story is in it, and a long
    # footer notice outweighs the short story's prose.
    html = (
        f"<html><body><div class='wrap'><{column} class='main__left-column'><div class='article'>"
        f"<main class='article-content'>{paras(STORY[:3])}</main></div></{column}>"
        f"<footer><p>{FOOTER}</p></footer></div></body></html>"
    )
    blocks, _ = body(html)
    assert (blocks[: len(STORY[:3])] == list(STORY[:3])) is kept


def test_aside_without_main_is_still_a_sidebar() -> None:
    side = "About us: a family-owned paper since 1901, serving the valley with local news. " * 2
    html = (
        f"<html><body><article>{paras(times=2)}</article>"
        f"<aside class='rail'><p>{side}</p></aside></body></html>"
    )
    blocks, _ = body(html)
    assert blocks[0] == STORY[0]
    assert not any(b.startswith("About us") for b in blocks)


@pytest.mark.parametrize(
    "text",
    ["Baca juga: Banjir rendam ratusan rumah", "Читайте также: Мэр ответил на вопросы"],
    ids=["baca-juga-headline", "chitaite-takzhe-headline"],
)
def test_foreign_read_also_with_headline_is_chrome(text: str) -> None:
    assert is_junk_line(text)


def test_foreign_read_also_label_ends_the_story_only_when_no_prose_follows() -> None:
    links = "".join(f"<li><a href='/n{i}'>Another story number {i}</a></li>" for i in range(3))
    trailing = (
        f"<html><body><article>{paras(times=2)}<p>Više o temi</p><ul>{links}</ul>"
        "</article></body></html>"
    )
    blocks, _ = body(trailing)
    assert blocks == list(STORY) * 2
    # Set inside the story over one headline, the label is the page's and the story goes on.
    inside = (
        f"<html><body><article>{paras()}<p>Leggi anche</p>{paras(STORY[:2])}"
        "</article></body></html>"
    )
    blocks, _ = body(inside)
    assert blocks[-2:] == list(STORY[:2])


OBITUARY = "With deep sorrow, we announce that JOHN SMITH, of Main Street, died, aged 86. " * 3


@pytest.mark.parametrize("slider_class", ["swiper-wrapper", "slick-track"])
def test_slider_slides_are_not_the_story(slider_class: str) -> None:
    # A notices carousel below the story holds more prose than the story itself; slides
    # of a slider are never the story, a plain box of the same text still outweighs it.
    slides = "".join(f"<div class='slide'><p>{OBITUARY}</p></div>" for _ in range(12))
    html = (
        f"<html><body><article class='post'><div class='entry-content'>{paras(times=3)}</div>"
        f"</article><div class='{slider_class}'>{slides}</div></body></html>"
    )
    blocks, _ = body(html)
    assert blocks == list(STORY) * 3


@pytest.mark.parametrize(
    ("cls", "furniture"),
    [
        ("swiper-container", True),
        ("owl-carousel owl-theme", True),
        ("story-swiper", False),
        ("slick-headline", False),
    ],
)
def test_slider_class_words(cls: str, furniture: bool) -> None:
    assert (furniture_class(cls, None) is not None) is furniture


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jane Doe / New Delhi February 14, 2020", True),
        ("Varanasi Bureau Updated Thu, 16 Apr 2020 01:00 AM IST", True),
        ("Staff Reporter | Lagos 12:45 PM", True),
        ("WASHINGTON, Feb. 14, 2020", False),
        ("Officials said on Friday that rents rose 4% in March 2020", False),
        ("Paris / Berlin", False),
    ],
    ids=["name-place-date", "desk-updated", "desk-clock", "dateline", "sentence", "no-date"],
)
def test_head_date_strips(text: str, expected: bool) -> None:
    assert is_head_date_line(text) is expected


def test_head_date_strip_opening_the_story_is_dropped() -> None:
    html = (
        "<html><body><article><p>Jane Doe / New Delhi February 14, 2020</p>"
        f"{paras(times=2)}</article></body></html>"
    )
    blocks, _ = body(html)
    assert blocks == list(STORY) * 2


def _dossier(after: str) -> str:
    links = "".join(
        f"<div><a href='/d{i}'>Linked headline number {i} here</a></div>" for i in range(3)
    )
    return (
        f"<html><body><article>{paras(times=2)}"
        f"<div class='box'><div>Dossier</div><div>Bridge works</div>{links}</div>"
        f"{after}</article></body></html>"
    )


def test_labels_of_dropped_link_boxes_after_the_story_go() -> None:
    blocks, _ = body(_dossier("<div>Tags</div>"))
    assert blocks == list(STORY) * 2


@pytest.mark.parametrize(
    "after",
    [
        "<p>Źródło: PAP</p>",
        "<p>AFP</p>",
        "<p>Reporting by Jane Doe</p>",
        "<p>The council meets again in May.</p>",
    ],
    ids=["source-credit", "agency-line", "reporting-by", "closing-sentence"],
)
def test_credits_and_sentences_after_a_link_box_are_not_labels(after: str) -> None:
    blocks, _ = body(_dossier(after))
    assert blocks[-1] == after[3:-4]


def test_short_lines_without_a_dropped_link_box_stay() -> None:
    html = f"<html><body><article>{paras(times=2)}<p>Bridge works</p></article></body></html>"
    blocks, _ = body(html)
    assert blocks[-1] == "Bridge works"


@pytest.mark.parametrize(
    ("caption", "kept"),
    [
        ("<a href='/news/other-story'>Mayor resigns after vote</a>", False),
        ("The bridge at dawn. Photo: <a href='https://unsplash.com/@jd'>Jane Doe</a>", True),
        ("<a href='/media/bridge-large.jpg'>The bridge at dawn</a>", True),
    ],
    ids=["related-card-title", "credit-linked-elsewhere", "link-to-image-file"],
)
def test_caption_box_of_a_related_card_is_not_a_caption(caption: str, kept: bool) -> None:
    card_href = "/news/other-story" if not kept else "/media/bridge-large.jpg"
    card = (
        f"<div class='media-item'><div class='thumb'><a href='{card_href}'>"
        f"<img src='t.jpg'></a></div><div class='item-caption'>{caption}</div></div>"
    )
    html = f"<html><body><article>{paras()}{card}{paras(STORY[:2])}</article></body></html>"
    blocks, captions = body(html)
    assert (len(captions) == 1) is kept
    assert not any("Mayor resigns" in b for b in blocks)
