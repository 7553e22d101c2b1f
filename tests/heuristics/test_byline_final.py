"""Last-round byline rules, on small snippets written for these tests."""

from __future__ import annotations

import pytest

from copydesk.heuristics.body import extract_body
from copydesk.heuristics.byline import BYLINE_RULES
from copydesk.heuristics.bylineboxes import sidebar_author_box
from copydesk.heuristics.bylinelines import by_line_text
from copydesk.heuristics.bylinepage import hcard_author
from copydesk.heuristics.bylinesource import signature_line
from copydesk.heuristics.bylinetext import parse_byline
from copydesk.model import Byline
from copydesk.page import Page
from copydesk.rules import Context, Found

_JSONLD = (
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge opens",'
    ' "author": {"@type": "Person", "name": "%s"}}</script>'
)


def _first(html: str) -> Found[Byline] | None:
    ctx = Context(page=Page(html, url="https://www.example-news.com/story/1"))
    return next((got for rule in BYLINE_RULES if (got := rule(ctx)) is not None), None)


def _page(author: str, byline: str) -> str:
    return (
        f"<html><head>{_JSONLD % author}</head><body><article><h1>Bridge opens</h1>"
        f'<div class="author">{byline}</div><p>The bridge opened on Monday morning.</p>'
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("author", "byline", "names"),
    [
        # The byline is written in lower case (capitals by CSS) and names the JSON-LD
        # author by initial and a co-author the JSON-LD left out.
        ("Edith Barros", "e. barros / j. i. da costa", ("Edith Barros", "J. I. Da Costa")),
        ("Edith Barros", "edith barros and tom reyes", ("Edith Barros", "Tom Reyes")),
        # Negative cases: a lower-case line that does not name the JSON-LD author, and one
        # that names only that author.
        ("Edith Barros", "j. i. da costa", ("Edith Barros",)),
        ("Edith Barros", "e. barros", ("Edith Barros",)),
    ],
    ids=["initials-and-co-author", "full-names", "other-person", "same-person"],
)
def test_lower_case_byline_completes_jsonld(
    author: str, byline: str, names: tuple[str, ...]
) -> None:
    got = _first(_page(author, byline))
    assert got is not None
    assert (got.rule, got.value.names) == ("jsonld:author", names)


def _sidebar(*boxes: str) -> str:
    inner = "".join(
        f'<div class="teaser-box author"><div class="title">{name}</div>'
        '<a href="/search?author=x">All articles</a></div>'
        for name in boxes
    )
    return (
        "<html><body><h1>Concert season opens</h1>"
        f'<main><div id="sidebar-left" class="sidebar">{inner}</div>'
        "<article><p>The season opens with three concerts in the old hall.</p></article>"
        "</main></body></html>"
    )


@pytest.mark.parametrize(
    ("html", "names"),
    [
        (_sidebar("Clara Winter"), ("Clara Winter",)),
        # The same box twice (desktop and mobile sidebars) is still one author.
        (_sidebar("Clara Winter", "Clara Winter"), ("Clara Winter",)),
        # Negative cases: a widget naming several authors, a one-word name, no sidebar.
        (_sidebar("Clara Winter", "Tom Reyes"), None),
        (_sidebar("Redaktion"), None),
        (
            '<html><body><h1>Concert season opens</h1><div class="teaser-box author">'
            '<div class="title">Clara Winter</div></div><footer class="site-footer">'
            '<div class="author">Tom Reyes</div></footer></body></html>',
            None,
        ),
    ],
    ids=["one-box", "repeated-box", "authors-widget", "one-word", "not-in-sidebar"],
)
def test_sidebar_author_box(html: str, names: tuple[str, ...] | None) -> None:
    ctx = Context(page=Page(html, url="https://www.example-news.com/story/1"))
    got = sidebar_author_box(ctx)
    assert (got.value.names if got else None) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Posted by Jane Doe under Just For Fun, Travel", ("Jane Doe",)),
        ("Posted by Jane Doe filed under News", ("Jane Doe",)),
        # Negative case: a capitalised "Under" is part of the name.
        ("By Jane Under", ("Jane Under",)),
    ],
    ids=["under-category", "filed-under", "surname-under"],
)
def test_category_after_the_name_is_cut(text: str, names: tuple[str, ...]) -> None:
    got = parse_byline(text)
    assert got is not None
    assert got.names == names


@pytest.mark.parametrize(
    ("after_heading", "names"),
    [
        (' Posted by Jane Doe under <a href="/cat/fun">Just For Fun</a>', ("Jane Doe",)),
        # Negative case: an unlabelled sentence after the heading names no author.
        (" Jane Doe walked to the harbour under the rain.", None),
    ],
    ids=["posted-by", "sentence"],
)
def test_labelled_line_after_a_post_heading(
    after_heading: str, names: tuple[str, ...] | None
) -> None:
    html = (
        "<html><body><h1>Harbour Blog</h1><div class='post'><p class='date'>9 May 2013</p>"
        f"<div class='post-info'><h2>A walk to the harbour</h2>{after_heading}</div>"
        "<div class='entry'><p>We walked to the harbour and back again.</p></div></div>"
        "</body></html>"
    )
    got = by_line_text(Context(page=Page(html, url="https://harbour.example.com/2013/05/walk")))
    assert (got.value.names if got else None) == names


@pytest.mark.parametrize(
    ("last", "names"),
    [
        ("<p>Clara<br>10. September 2017</p>", ("Clara",)),
        ("<p>Clara Winter<br>May 4, 2021</p>", ("Clara Winter",)),
        # Negative cases: no date line, a sentence before the date, a date then a name.
        ("<p>Clara<br>Harbour Street</p>", None),
        ("<p>See you next week<br>10. September 2017</p>", None),
        ("<p>10. September 2017<br>Clara</p>", None),
    ],
    ids=["first-name-and-date", "full-name-and-date", "no-date", "sentence", "date-first"],
)
def test_dated_sign_off(last: str, names: tuple[str, ...] | None) -> None:
    html = (
        "<html><body><article><h1>Ten years of this blog</h1>"
        "<p>Ten years ago I wrote the first post on this blog, about an old computer.</p>"
        "<p>Since then a lot has changed, and most of the old posts are still online.</p>"
        f"{last}</article></body></html>"
    )
    ctx = Context(page=Page(html, url="https://blog.example.com/ten-years"))
    ctx.found["body"] = Found(value=extract_body(ctx.page.root), rule="test")
    got = signature_line(ctx)
    assert (got.value.names if got else None) == names


@pytest.mark.parametrize(
    ("fn", "names"),
    [
        ("der Michel", ("der Michel",)),
        ("the Harbour Cat", ("the Harbour Cat",)),
        ("Jane Doe", ("Jane Doe",)),
        # Negative cases: an outlet capitalises its article; running text is no name.
        ("Der Hafenbote", None),
        ("the way it was", None),
    ],
    ids=["pen-name", "pen-name-two-words", "person", "outlet", "running-text"],
)
def test_hcard_pen_name(fn: str, names: tuple[str, ...] | None) -> None:
    html = (
        "<html><body><h1>Tach auch</h1><div class='post'><p>Ein kurzer Gruß an alle.</p>"
        f"<div class='post-footer'><span class='post-author vcard'>Eingestellt von "
        f"<span class='fn'>{fn}</span></span></div></div></body></html>"
    )
    got = hcard_author(Context(page=Page(html, url="https://hafen.example.com/2013/tach")))
    assert (got.value.names if got else None) == names


def _publisher_page(cls: str, text: str) -> str:
    return (
        '<html><head><script type=\'application/ld+json\'>{"@type": "NewsArticle",'
        ' "author": {"@type": "Organization", "name": "Agencies"}}</script></head><body>'
        f"<article><h1>The new phone is here</h1><div class='{cls}'>{text}</div>"
        "<p>The phone went on sale on Monday in three colours.</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("cls", "text", "people", "orgs"),
    [
        # A publisher element right after the headline names the desk: it beats the
        # CMS's generic JSON-LD organisation.
        ("publisher flt", "Harbour Online |", (), ("Harbour Online",)),
        # Negative cases: a publisher element never names a person; an author element does.
        ("publisher", "Clara Winter", (), ("Clara Winter",)),
        ("author publisher", "Clara Winter", ("Clara Winter",), ()),
    ],
    ids=["desk", "name-in-publisher", "author-class"],
)
def test_publisher_element(
    cls: str, text: str, people: tuple[str, ...], orgs: tuple[str, ...]
) -> None:
    got = _first(_publisher_page(cls, text))
    assert got is not None
    assert (got.value.names, got.value.organisations) == (people, orgs)
