"""Byline parsing and the byline rule chain, on small snippets written for these tests."""

from __future__ import annotations

import time

import pytest

from copydesk.heuristics.byline import (
    BYLINE_RULES,
    author_box,
    by_line_text,
    byline_class,
    hcard_author,
    itemprop_author,
    jsonld_author,
    jsonld_author_organisation,
    meta_author,
    personal_site,
    rel_author,
)
from copydesk.heuristics.bylinenames import name_case
from copydesk.heuristics.bylinetext import byline_from_names, parse_byline
from copydesk.model import Byline
from copydesk.page import Page
from copydesk.rules import Context, Found


def _ctx(html: str, url: str | None = "https://www.example-news.com/story/1") -> Context:
    return Context(page=Page(html, url=url))


def _first(html: str) -> Found[Byline] | None:
    ctx = _ctx(html)
    for rule in BYLINE_RULES:
        found = rule(ctx)
        if found is not None:
            return found
    return None


# ---------------------------------------------------------------- parse_byline


@pytest.mark.parametrize(
    ("text", "people", "orgs"),
    [
        ("By Ann Lee, Bo Park and Cy Diaz", ("Ann Lee", "Bo Park", "Cy Diaz"), ()),
        ("By Ann Lee and Bo Park, Bloomberg News", ("Ann Lee", "Bo Park"), ("Bloomberg News",)),
        ("by: Ann Lee", ("Ann Lee",), ()),
        ("Ann Lee | Reuters", ("Ann Lee",), ("Reuters",)),
        ("By HANNA ARHIROVA", ("Hanna Arhirova",), ()),
        ("By SEAN O'NEILL and MARY MCDONALD", ("Sean O'Neill", "Mary McDonald"), ()),
        ("BY JEAN-LUC PETIT", ("Jean-Luc Petit",), ()),
        ("By Ann Lee Special to The Times", ("Ann Lee",), ("The Times",)),
        ("By Ann Lee, Staff Writer", ("Ann Lee",), ()),
        ("By Ann Lee, Contributing Reporter", ("Ann Lee",), ()),
        ("By Ann Lee Senior Correspondent", ("Ann Lee",), ()),
        ("By Ann Lee ann.lee@example.com @annlee", ("Ann Lee",), ()),
        ("By Ann Lee Updated 3 min ago", ("Ann Lee",), ()),
        ("By Ann Lee Published Dec. 3, 2019 at 4:05 p.m.", ("Ann Lee",), ()),
        ("by Tom Rand22 Dec 2016", ("Tom Rand",), ()),
        ("AFP/The Local", (), ("AFP", "The Local")),
        ("dpa/lno", (), ("dpa",)),
        ("ANN LEE, BO PARK, 7 NEWS WSVN", ("Ann Lee", "Bo Park"), ("7 NEWS WSVN",)),
        ("Von Heike Maier", ("Heike Maier",), ()),
        ("Par Sébastien Morel", ("Sébastien Morel",), ()),
        ("Por Federico Ruiz", ("Federico Ruiz",), ()),
        ("di Mario Rossi", ("Mario Rossi",), ()),
        ("door Jan de Vries", ("Jan de Vries",), ()),
        ("Av Erik Lund Berg", ("Erik Lund Berg",), ()),
        ("Text & Fotos: Ivan Kern", ("Ivan Kern",), ()),
        ("Posted by Ute Kahl at 18:52", ("Ute Kahl",), ()),
        ("Eingestellt von Ute Kahl um 21:11", ("Ute Kahl",), ()),
        ("von: Rasender Reporter", ("Rasender Reporter",), ()),
        ("Jeff Fox Monday, November 18, 2019", ("Jeff Fox",), ()),
        ("PTI, Washington, Nov 20 2019", (), ("PTI",)),
        ("By Jane Doe, CNN", ("Jane Doe",), ("CNN",)),
        ("Текст: Венера Ерофеева", ("Венера Ерофеева",), ()),
        ("Autor/-in: Yong Li, Fujian University", ("Yong Li",), ("Fujian University",)),
        ("Dezember 10, 2019 · von freeman1984 · in Uncategorized", ("freeman1984",), ()),
        ("13. Januar 2014 von uriebe", ("uriebe",), ()),
        ("Erstellt von Fabian am Dienstag 6. Mai 2014", ("Fabian",), ()),
        ("Author: Bo2man am 29.12.2010, 13:36 Uhr", ("Bo2man",), ()),
        ("Evan HalperStaff Writer", ("Evan Halper",), ()),
        ("Disko Von Ernst Lohe", ("Ernst Lohe",), ()),
        ("Lars Fink und Alina Berg", ("Lars Fink", "Alina Berg"), ()),
        (
            "By ZEKE MILL and JILL COLE Associated Press",
            ("Zeke Mill", "Jill Cole"),
            ("Associated Press",),
        ),
        ("By ANN LEE AP Business Writer", ("Ann Lee",), ("AP",)),
        ("By Michael Bloomberg", ("Michael Bloomberg",), ()),
        (
            "Posted by Alex Dura, AMP Project Marketing, Google",
            ("Alex Dura",),
            ("AMP Project Marketing",),
        ),
        ("By The Associated Press", (), ("The Associated Press",)),
        (
            "Glen Owen And Bea Carr For The Mail On Sunday",
            ("Glen Owen", "Bea Carr"),
            ("The Mail On Sunday",),
        ),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_parse_byline(text: str, people: tuple[str, ...], orgs: tuple[str, ...]) -> None:
    byline = parse_byline(text)
    assert byline is not None
    assert people == byline.names
    assert orgs == byline.organisations


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Paris is a city of light and of many bridges over the river",
        "Von Politikern und Medien wird ja sehr genau auf die Zahl geschaut",
        "Follow Author",
        "Quelle:",
        "Bild © ARD",
        "Updated 3 min ago",
        "2019 by the way it was",
        "By embedding this content in your website or app, you are agreeing to the terms.",
    ],
)
def test_parse_byline_rejects_non_bylines(text: str) -> None:
    assert parse_byline(text) is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("HANNA ARHIROVA", "Hanna Arhirova"),
        ("SADHBH O'SULLIVAN", "Sadhbh O'Sullivan"),
        ("JOHN MCDONALD", "John McDonald"),
        ("JOSE DE LA CRUZ", "Jose de la Cruz"),
        ("danah boyd", "danah boyd"),
        ("CC7567", "CC7567"),
        ("PERRY BACON JR.", "Perry Bacon Jr."),
    ],
)
def test_name_case(name: str, expected: str) -> None:
    assert expected == name_case(name)


@pytest.mark.parametrize(
    ("names", "people", "orgs"),
    [
        (["Stella Kim, Jennifer Jett"], ("Stella Kim", "Jennifer Jett"), ()),
        (["jesusfreak"], ("jesusfreak",), ()),
        (["Reuters"], (), ("Reuters",)),
        (["Bradley Kuhn (http://example.org/bk/)"], ("Bradley Kuhn",), ()),
        (["By Ann Lee"], ("Ann Lee",), ()),
        (["IT Finanzmagazin /PP"], (), ("IT Finanzmagazin",)),
        (["BBC News"], (), ("BBC News",)),
    ],
)
def test_byline_from_names(
    names: list[str], people: tuple[str, ...], orgs: tuple[str, ...]
) -> None:
    byline = byline_from_names(names)
    assert byline is not None
    assert people == byline.names
    assert orgs == byline.organisations


@pytest.mark.parametrize("names", [[], [""], ["https://facebook.com/annlee"]])
def test_byline_from_names_empty(names: list[str]) -> None:
    assert byline_from_names(names) is None


def test_parse_byline_is_fast_on_hostile_input() -> None:
    hostile = "By " + "Ann " * 5000 + "and " * 5000 + "," * 5000
    start = time.perf_counter()
    parse_byline(hostile)
    byline_from_names([hostile])
    assert time.perf_counter() - start < 0.5


# ---------------------------------------------------------------- rules

_JSONLD = """<html><head><script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "H",
 "author": [{"@type": "Person", "name": "Ann Lee"}, {"@type": "Person", "name": "Bo Park"}]}
</script></head><body><h1>H</h1><p>Story text.</p></body></html>"""

_JSONLD_GRAPH = """<html><head><script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
 {"@type": "Article", "headline": "H", "author": {"@id": "https://x.example/#/person/1"}},
 {"@type": "Person", "@id": "https://x.example/#/person/1", "name": "Cy Diaz"}]}
</script></head><body><h1>H</h1></body></html>"""

_JSONLD_ORG = """<html><head><script type="application/ld+json">
{"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Example News"}}
</script></head><body><h1>H</h1><div class="byline">By Dee Fox</div></body></html>"""


def test_jsonld_author_people() -> None:
    found = jsonld_author(_ctx(_JSONLD))
    assert found is not None
    assert found.value.names == ("Ann Lee", "Bo Park")
    assert found.rule == "jsonld:author"
    assert found.source == "metadata"


def test_jsonld_author_resolves_graph_reference() -> None:
    found = jsonld_author(_ctx(_JSONLD_GRAPH))
    assert found is not None
    assert found.value.names == ("Cy Diaz",)


def test_jsonld_organisation_yields_to_visible_byline() -> None:
    assert jsonld_author(_ctx(_JSONLD_ORG)) is None
    found = _first(_JSONLD_ORG)
    assert found is not None
    assert found.value.names == ("Dee Fox",)
    assert found.rule == "heuristic:by-line-text"


def test_jsonld_organisation_is_last_resort() -> None:
    html = _JSONLD_ORG.replace('<div class="byline">By Dee Fox</div>', "")
    found = _first(html)
    assert found is not None
    assert found.value.people == ()
    assert found.value.organisations == ("Example News",)
    assert found.rule == "jsonld:author-organisation"
    assert jsonld_author_organisation(_ctx(html)) is not None


def test_jsonld_first_author_only_is_completed_from_meta() -> None:
    html = _JSONLD.replace(', {"@type": "Person", "name": "Bo Park"}', "").replace(
        "<h1>H</h1>", '<h1>H</h1><meta name="author" content="Ann Lee, Cy Diaz">'
    )
    found = jsonld_author(_ctx(html))
    assert found is not None
    assert found.value.names == ("Ann Lee", "Cy Diaz")


def test_jsonld_overruled_by_visible_byline_naming_others() -> None:
    html = _JSONLD.replace(
        "<h1>H</h1>",
        '<h1>H</h1><p class="byline">By Eve Moss</p><meta name="author" content="Eve Moss">',
    )
    assert jsonld_author(_ctx(html)) is None
    found = _first(html)
    assert found is not None
    assert found.value.names == ("Eve Moss",)


@pytest.mark.parametrize(
    ("meta", "names", "rule"),
    [
        ('<meta name="author" content="Ann Lee">', ("Ann Lee",), "meta:author"),
        (
            '<meta property="article:author" content="https://facebook.com/x">'
            '<meta name="parsely-author" content="Bo Park">',
            ("Bo Park",),
            "meta:parsely-author",
        ),
        ('<meta name="byl" content="By Cy Diaz and Dee Fox">', ("Cy Diaz", "Dee Fox"), "meta:byl"),
        (
            '<meta name="twitter:label1" content="Written by">'
            '<meta name="twitter:data1" content="Eve Moss">',
            ("Eve Moss",),
            "meta:twitter:data",
        ),
    ],
)
def test_meta_author(meta: str, names: tuple[str, ...], rule: str) -> None:
    found = meta_author(_ctx(f"<html><head>{meta}</head><body><h1>H</h1></body></html>"))
    assert found is not None
    assert names == found.value.names
    assert rule == found.rule


def test_meta_author_url_only_is_ignored() -> None:
    html = (
        '<html><head><meta property="article:author" content="https://x.example/ann"></head></html>'
    )
    assert meta_author(_ctx(html)) is None


def test_itemprop_author_name() -> None:
    html = """<html><body><h1>H</h1><span itemprop="author" itemscope>
    <span itemprop="name">Ann Lee</span><span itemprop="jobTitle">Reporter</span></span>
    </body></html>"""
    found = itemprop_author(_ctx(html))
    assert found is not None
    assert found.value.names == ("Ann Lee",)


@pytest.mark.parametrize(
    ("body", "names"),
    [
        (
            '<h1>H</h1><span class="author vcard"><a class="fn" href="/u/1">uriebe</a></span>',
            ("uriebe",),
        ),
        ('<h1>H</h1><div class="comment-author vcard"><cite class="fn">Troll</cite></div>', None),
        ('<h1>H</h1><div class="vcard"><span class="fn">Not An Author Box</span></div>', None),
    ],
    ids=["author-hcard", "comment-hcard", "plain-hcard"],
)
def test_hcard_author(body: str, names: tuple[str, ...] | None) -> None:
    found = hcard_author(_ctx(f"<html><body>{body}</body></html>"))
    assert names == (found.value.names if found is not None else None)


def test_rel_author_keeps_user_names_but_skips_comments() -> None:
    html = """<html><body><h1>H</h1><a rel="author" href="/u/gizzmo">gizzmo</a>
    <div class="comments"><a rel="author" href="/u/troll">Some Troll</a></div></body></html>"""
    found = rel_author(_ctx(html))
    assert found is not None
    assert found.value.names == ("gizzmo",)


@pytest.mark.parametrize(
    ("body", "names"),
    [
        (
            '<h1>H</h1><div class="article-byline">By Ann Lee | Updated 2 hours ago</div>',
            ("Ann Lee",),
        ),
        ('<h1>H</h1><span class="author vcard">Posted by Ute Kahl at 18:52</span>', ("Ute Kahl",)),
        (
            '<article><h1>H</h1><footer class="post-footer"><span class="author">Bo Park</span>'
            "</footer></article>",
            ("Bo Park",),
        ),
        (
            '<div class="main has-sidebar"><h2>T</h2><span class="author">Bo Park</span></div>',
            ("Bo Park",),
        ),
        (
            '<div class="post"><div class="post-footer"><span class="post-author">Eingestellt '
            "von <span class='fn'>Bo Park</span></span></div></div>",
            ("Bo Park",),
        ),
    ],
)
def test_byline_class(body: str, names: tuple[str, ...]) -> None:
    found = byline_class(_ctx(f"<html><body>{body}</body></html>"))
    assert found is not None
    assert names == found.value.names


@pytest.mark.parametrize(
    "body",
    [
        '<h1>H</h1><aside><div class="author">Ann Lee</div></aside>',
        '<h1>H</h1><div class="comment-list"><span class="comment-author">Bo Park</span></div>',
        '<article><h1>H</h1></article><article class="teaser"><div class="author">Cy Diaz</div>'
        "</article>",
        '<h1>H</h1><div class="author-box">' + "About the writer. " * 30 + "</div>",
    ],
    ids=["aside", "comments", "teaser-article", "long-bio"],
)
def test_byline_class_skips_foreign_boxes(body: str) -> None:
    assert byline_class(_ctx(f"<html><body>{body}</body></html>")) is None


@pytest.mark.parametrize(
    ("body", "names"),
    [
        (
            "<h1>H</h1><p>By <a href='/a/ann'>Ann Lee</a>, August 14, 2020</p><p>Story.</p>",
            ("Ann Lee",),
        ),
        ("<h1>H</h1><div><span>Par</span> <a>Marc Hy</a></div>", ("Marc Hy",)),
        ("<h1>H</h1><p><strong>Text:</strong> Klaus Berg</p>", ("Klaus Berg",)),
    ],
)
def test_by_line_text(body: str, names: tuple[str, ...]) -> None:
    found = by_line_text(_ctx(f"<html><body>{body}</body></html>"))
    assert found is not None
    assert names == found.value.names
    assert found.rule == "heuristic:by-line-text"


def test_by_line_text_just_above_the_headline() -> None:
    html = "<html><body><div>05.02.2020 <span>- Redaktion: Eva Roth</span></div><h1>Headline</h1>"
    found = by_line_text(_ctx(html + "<p>Story.</p></body></html>"))
    assert found is not None
    assert found.value.names == ("Eva Roth",)


def test_labelled_author_far_below_the_headline() -> None:
    filler = "<p>Paragraph.</p>" * 500
    html = f"<html><body><h1>Headline</h1>{filler}<h4>Autor</h4><p>Nina Huber,</p></body></html>"
    found = by_line_text(_ctx(html))
    assert found is not None
    assert found.value.names == ("Nina Huber",)
    far_by = f"<html><body><h1>Headline</h1>{filler}<p>By Nina Huber</p></body></html>"
    assert by_line_text(_ctx(far_by)) is None


@pytest.mark.parametrize(
    "body",
    [
        "<h1>H</h1><h2>Von Risiken und Nebenwirkungen</h2>",
        "<h1>H</h1><p>Von Politikern und Medien wird ja sehr genau auf die Zahl geschaut.</p>",
        "<h1>H</h1><p>By the time the sun rose, the city was quiet again.</p>",
    ],
)
def test_by_line_text_negative(body: str) -> None:
    assert by_line_text(_ctx(f"<html><body>{body}</body></html>")) is None


def test_no_byline_anywhere() -> None:
    assert _first("<html><body><h1>H</h1><p>Just a story.</p></body></html>") is None


@pytest.mark.parametrize(
    ("url", "title", "names"),
    [
        ("https://www.janedoewrites.net/p/1", "On Time – Jane Doewrites", ("Jane Doewrites",)),
        ("https://www.maria-kessler.de/zeit/", "Zeit – Dr. Maria Kessler", ("Maria Kessler",)),
        ("https://janedoeblog.wordpress.com/x", "Post | Jane Doeblog", ("Jane Doeblog",)),
        ("https://www.tulsaworld.com/x", "Story | Tulsa World", None),
        ("https://www.ardmediathek.de/x", "Film | ARD Mediathek", None),
        ("https://www.example.com/x", "Story | Jane Doe", None),
    ],
    ids=["own-domain", "doctor", "wordpress", "outlet-word", "acronym", "other-domain"],
)
def test_personal_site(url: str, title: str, names: tuple[str, ...] | None) -> None:
    ctx = _ctx(f"<html><head><title>{title}</title></head><body></body></html>", url=url)
    found = personal_site(ctx)
    assert names == (found.value.names if found is not None else None)


@pytest.mark.parametrize(
    ("body", "names"),
    [
        (
            '<h1>Headline</h1><p>Story.</p><div class="author-bio"><h3>Martin Jung</h3>'
            "<p>Writes about cars.</p></div>",
            ("Martin Jung",),
        ),
        ('<h1>Headline</h1><aside><div class="author-box"><h3>Side Bar</h3></div></aside>', None),
        ('<div class="author-box"><h3>Before Head</h3></div><h1>Headline</h1>', None),
        ('<h1>Headline</h1><div class="author-bio"><h3>Our Authors</h3></div>', None),
    ],
    ids=["bio-box", "in-aside", "before-headline", "heading-not-a-name"],
)
def test_author_box(body: str, names: tuple[str, ...] | None) -> None:
    found = author_box(_ctx(f"<html><body>{body}</body></html>"))
    assert names == (found.value.names if found is not None else None)
