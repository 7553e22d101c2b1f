"""Author links, source lines, dateline agencies: late byline rules, on snippets written
for these tests."""

from __future__ import annotations

import pytest

import copydesk
from copydesk.heuristics.byline import author_link
from copydesk.page import Page
from copydesk.rules import Context

_URL = "https://www.example-news.com/story/1"
_STORY = "<p>" + "The council met on Tuesday to discuss the new budget for the town. " * 4 + "</p>"


# ---------------------------------------------------------------- author links


@pytest.mark.parametrize(
    ("html", "names"),
    [
        (
            '<h1>Council budget</h1><div><a href="/autoren/ann-lee-6841">'
            '<span class="credit">© Ann Lee</span><span>Ann Lee</span></a></div>',
            ("Ann Lee",),
        ),
        ('<h1>Council budget</h1><a href="/writer/ann_lee/">Ann Lee</a>', ("Ann Lee",)),
        ('<h1>Council budget</h1><a href="/?author=12">Bo Park</a>', ("Bo Park",)),
        ('<a href="/author/ann-lee">Ann Lee</a><h1>Council budget</h1>', ("Ann Lee",)),
        ('<h1>Council budget</h1><a href="/people/ann-lee">Ann Lee</a>', None),  # a topic
        ('<h1>Council budget</h1><a href="/autor/ann-lee">Alle Artikel</a>', None),
        ('<h1>Council budget</h1><a href="/autor/ann-lee">© Ann Lee</a>', None),  # photo
        (
            '<h1>Council budget</h1><div class="comments">'
            '<a href="/author/bo-park">Bo Park</a></div>',
            None,
        ),
        (
            "<h1>Council budget</h1>" + "<p>filler</p>" * 150 + '<a href="/author/x">Bo Park</a>',
            None,  # far below the headline: a teaser or a list, not the byline
        ),
    ],
    ids=[
        "photo-and-name",
        "writer",
        "query",
        "above",
        "people",
        "chrome",
        "credit",
        "comments",
        "far",
    ],
)
def test_author_link(html: str, names: tuple[str, ...] | None) -> None:
    found = author_link(Context(page=Page(f"<html><body>{html}</body></html>", url=_URL)))
    if names is None:
        assert found is None
    else:
        assert found is not None
        assert found.value.names == names


# ---------------------------------------------------------------- source lines


@pytest.mark.parametrize(
    ("after", "authors", "rule"),
    [
        ("<p>Quelle: kathpress</p>", ("kathpress",), "heuristic:source-line"),
        (
            "<p> </p><div><p><em>Quelle: MDR THÜRINGEN/ls</em></p></div>",
            ("MDR THÜRINGEN/ls",),
            "heuristic:source-line",
        ),
        ("<p>Source: Example Wire</p>", ("Example Wire",), "heuristic:source-line"),
        ("<p>Quelle: Foto dpa</p>", (), None),  # a picture credit
        ("<p>Quelle: https://example.org/study.pdf</p>", (), None),  # a reference
        (
            "<p>Quelle: a study by the ministry of health, published on Monday in Berlin</p>",
            (),
            None,
        ),  # a sentence
    ],
    ids=["quelle", "nested", "source", "photo", "url", "sentence"],
)
def test_source_line(after: str, authors: tuple[str, ...], rule: str | None) -> None:
    html = f"<html><body><article><h1>Council budget</h1>{_STORY}{after}</article></body></html>"
    art = copydesk.parse(html, _URL)
    assert art.authors == authors
    if rule is not None:
        assert art.provenance["authors"].rule == rule
        assert art.credit is None  # a source line is not read as a wire credit


def test_source_end_tag_names_an_agency_only() -> None:
    tagged = _STORY.replace("town. </p>", "town. (FR mit dpa)</p>")
    art = copydesk.parse(f"<article><h1>Council budget</h1>{tagged}</article>", _URL)
    assert art.authors == ("FR mit dpa",)
    noted = f"{tagged}<p>*example.de is part of a regional newsroom network</p>"
    art = copydesk.parse(f"<article><h1>Council budget</h1>{noted}</article>", _URL)
    assert art.authors == ("FR mit dpa",)
    plain = _STORY.replace("town. </p>", "town. (Archivbild)</p>")
    assert copydesk.parse(f"<article><h1>Council budget</h1>{plain}</article>", _URL).authors == ()


def test_source_line_only_without_a_byline() -> None:
    html = (
        '<article><h1>Council budget</h1><p class="byline">By Ann Lee</p>'
        f"{_STORY}<p>Quelle: kathpress</p></article>"
    )
    assert copydesk.parse(html, _URL).authors == ("Ann Lee",)


# ---------------------------------------------------------------- dateline agencies


@pytest.mark.parametrize(
    ("opening", "authors"),
    [
        ("Hamburg (dpa/lno) – Die Stadt", ("dpa/lno",)),
        ("KYIV, Ukraine (AP) — The city", ("AP",)),
        ("WASHINGTON — The city", ()),  # no agency in the dateline
        ("Hamburg (Archiv) – Die Stadt", ()),  # not an agency
    ],
    ids=["dpa-desk", "ap", "no-agency", "not-agency"],
)
def test_dateline_agency(opening: str, authors: tuple[str, ...]) -> None:
    story = f"<p>{opening} " + "hat am Dienstag den neuen Haushalt beschlossen. " * 4 + "</p>"
    art = copydesk.parse(f"<article><h1>Haushalt</h1>{story}</article>", _URL)
    assert art.authors == authors


# ---------------------------------------------------------------- desk bylines, media boxes


@pytest.mark.parametrize(
    ("html", "authors"),
    [
        (
            '<h1>Council budget</h1><span class="byline author">von Redaktion, </span>',
            ("Redaktion",),
        ),
        (
            '<div class="author-box"><span class="author">Redaktion</span></div>'
            "<h1>Council budget</h1>",
            ("Redaktion",),
        ),
        (
            "<h1>Council budget</h1>"
            + "<p>filler</p>" * 60
            + '<span class="author">Redaktion</span>',
            (),
        ),  # far from the headline
        (
            '<h1>Council budget</h1><span class="author">Redaktion</span>'
            '<p class="byline">By Ann Lee</p>',
            ("Ann Lee",),
        ),  # a person wins
    ],
    ids=["after", "before", "far", "person-wins"],
)
def test_desk_byline_at_the_headline(html: str, authors: tuple[str, ...]) -> None:
    art = copydesk.parse(f"<html><body><article>{html}{_STORY}</article></body></html>", _URL)
    assert art.authors == authors


@pytest.mark.parametrize(
    "media",
    [
        '<figure><img src="a.jpg"><figcaption class="byline">By Bo Park</figcaption></figure>',
        '<div class="mediaBox"><span class="mediaBox__byline">By Bo Park</span></div>',
        '<div class="video-player"><span class="byline">By Bo Park</span></div>',
    ],
    ids=["figcaption", "mediabox", "player"],
)
def test_media_credits_are_not_the_byline(media: str) -> None:
    html = f"<html><body><article><h1>Council budget</h1>{media}{_STORY}</article></body></html>"
    assert copydesk.parse(html, _URL).authors == ()


# ---------------------------------------------------------------- date | name lines


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("<small>04.02.2022 | 13:10 Uhr | Uta Berg</small>", ("Uta Berg",)),
        ("<span>Ann Lee • March 3, 2021</span>", ("Ann Lee",)),
        ("<small>04.02.2022 | Politik</small>", ()),  # a section
        ("<small>04.02.2022 | New Jersey</small>", ()),  # a region
        ("<small>04.02.2022 | Ann Lee | Bo Park</small>", ()),  # two names: not this shape
        ("<small>Ann Lee | Bo Park</small>", ()),  # no date
        ("<small>Berlin, 04.02.2022</small>", ()),
    ],
    ids=["date-time-name", "name-date", "section", "region", "two-names", "no-date", "comma"],
)
def test_date_name_line(line: str, authors: tuple[str, ...]) -> None:
    html = f"<html><body><article>{line}<h1>Council budget</h1>{_STORY}</article></body></html>"
    assert copydesk.parse(html, _URL).authors == authors
