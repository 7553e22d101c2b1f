"""Generality audit of the date and byline rules: page shapes a news site has that a rule
must not misread (related cards, build-time meta tags, event dates, footers), each beside
a shape of the same rule that must keep working. Every page here is written for the test.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

import copydesk
from copydesk.heuristics.bylinenames import classify_segment
from copydesk.heuristics.datetext import parse_date
from copydesk.page import Page

URL = "https://news.example.com/local/council-passes-budget"
H1 = "<h1>Council passes budget</h1>"
PARAGRAPH = (
    "<p>The city council approved the new budget on Tuesday after a long debate about "
    "school funding and road repairs that lasted well into the night.</p>"
)
#: A story long enough that what follows it is far from the headline, as on real pages.
STORY = PARAGRAPH * 24


def _page(body: str, head: str = "", lang: str = "en") -> str:
    return (
        f'<html lang="{lang}"><head><title>Council passes budget</title>{head}</head>'
        f"<body>{body}</body></html>"
    )


def _published(html: str) -> date | None:
    art = copydesk.parse(html, url=URL)
    return None if art.published is None else art.published.date()


def _authors(html: str) -> list[str]:
    return list(copydesk.parse(html, url=URL).authors)


# ------------------------------------------------------------------ published: no wrong day


@pytest.mark.parametrize(
    "html",
    [
        _page(
            f"<article>{H1}{STORY}</article>",
            '<meta name="build-date" content="2024-12-10T08:00:00Z">',
        ),
        _page(
            f"<article>{H1}{STORY}</article>",
            '<meta name="page-generated-time" content="2024-12-10T08:00:00Z">',
        ),
        _page(
            f"<article>{H1}{STORY}</article>",
            '<meta name="citation_cover_date" content="2024/12/01">',
        ),
        _page(
            f'<article>{H1}{STORY}<div itemscope itemtype="https://schema.org/VideoObject">'
            '<meta itemprop="uploadDate" content="2021-06-30T15:11:39Z">'
            '<meta itemprop="name" content="Clip"></div></article>'
        ),
        _page(
            f'<article>{H1}{STORY}</article><div class="more"><div itemscope '
            'itemtype="https://schema.org/NewsArticle"><meta itemprop="datePublished" '
            'content="2024-11-01"><a href="/ferry">Ferry service resumes after the storm</a>'
            "</div></div>"
        ),
        _page(
            f"<article>{H1}<p>On 4 March 2019 the court ruled: the contract was void, and the "
            f"city had to pay back the fees.</p>{STORY}</article>"
        ),
        _page(
            f"<article>{H1}<p>On 4 March 2019: the council first debated the plan, which has "
            f"since been rewritten twice.</p>{STORY}</article>"
        ),
        _page(
            f"<article>{H1}{PARAGRAPH}</article>"
            "<footer>© 2024 Example News. Updated 01.02.2024</footer>"
        ),
        _page(
            f'<article>{H1}{PARAGRAPH}</article><div class="more-from-author"><h3>More from '
            'Jane Doe</h3><ul><li><a href="/a">A short one</a><span class="date">Nov 2, 2024'
            "</span></li></ul></div>"
        ),
        _page(
            f"<article>{H1}{STORY}</article>",
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
            '"Council passes budget", "dateModified": "2024-12-06T10:00:00Z"}</script>',
        ),
        _page(f'<article>{H1}<p class="meta">Version 1.2.23</p>{STORY}</article>'),
        _page(
            f"<article><h1>Looking back at the storm of 12 March 2019</h1>{STORY}</article>"
        ).replace(
            "<title>Council passes budget</title>",
            "<title>Looking back at the storm of 12 March 2019 | Example News</title>",
        ),
    ],
    ids=[
        "build-date-meta",
        "page-generated-time-meta",
        "journal-cover-date-meta",
        "embedded-video-upload-microdata",
        "related-card-microdata",
        "event-date-sentence",
        "event-date-preposition-colon",
        "page-footer-updated-line",
        "more-from-author-box",
        "jsonld-date-modified-only",
        "version-number",
        "event-date-in-headline",
    ],
)
def test_published_stays_empty_on_dates_that_are_not_the_story(html: str) -> None:
    assert _published(html) is None


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (
            _page(
                f"<article>{H1}{STORY}</article>",
                '<meta name="x-story-date" content="2024-11-23T15:00:00+04:00">',
            ),
            date(2024, 11, 23),
        ),
        (
            _page(
                f'<article itemscope itemtype="https://schema.org/NewsArticle">{H1}'
                f'<meta itemprop="datePublished" content="2024-12-04">{STORY}</article>'
            ),
            date(2024, 12, 4),
        ),
        (
            _page(
                f"<article>{H1}<p>BERLIN, 4 December 2024 – The city council approved the new "
                f"budget on Tuesday.</p>{STORY}</article>"
            ),
            date(2024, 12, 4),
        ),
        (
            _page(f"<article>{H1}<p>Feb. 23, 2015 -- The council voted.</p>{STORY}</article>"),
            date(2015, 2, 23),
        ),
        (
            _page(f"<article>{H1}{STORY}</article>").replace(
                "<title>Council passes budget</title>",
                "<title>Council passes budget - 07.12.2017 - El Diario</title>",
            ),
            date(2017, 12, 7),
        ),
        (
            _page(f'<article>{H1}<p class="date">04.05.2021</p>{STORY}</article>', lang="de"),
            date(2021, 5, 4),
        ),
        (
            _page(f'<article>{H1}<p class="date">04/05/2021</p>{STORY}</article>', lang="en-us"),
            date(2021, 4, 5),
        ),
        (
            _page(
                f'<article>{H1}<p class="meta">Updated 6 December 2024 · Published 4 December '
                f"2024</p>{STORY}</article>"
            ),
            date(2024, 12, 4),
        ),
        (
            _page(
                f'<article>{H1}<div class="teaser__metadata">Von Jane Doe am 21. April 2020</div>'
                f"{STORY}</article>",
                lang="de",
            ),
            date(2020, 4, 21),
        ),
        (
            _page(f'<article>{H1}<span class="date">04.12.24</span>{STORY}</article>', lang="de"),
            date(2024, 12, 4),
        ),
    ],
    ids=[
        "unlisted-head-meta",
        "story-microdata",
        "dateline-lead-date",
        "month-first-lead-date",
        "date-after-headline-in-title",
        "dotted-day-first",
        "us-slash-month-first",
        "published-after-updated",
        "story-header-teaser-class",
        "two-digit-year-padded",
    ],
)
def test_published_keeps_the_story_date(html: str, expected: date) -> None:
    assert _published(html) == expected


def test_page_meta_keeps_the_related_card_microdata_for_other_rules() -> None:
    # The filter is the date and byline rules' own view: Page.meta still lists every tag.
    html = (
        f'{H1}<div itemscope><a href="/f">Ferry service resumes after the storm</a>'
        '<meta itemprop="datePublished" content="2024-11-01"></div>'
    )
    assert Page(html).meta["datepublished"] == ("2024-11-01",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Version 1.2.23", None), ("Stand: 04.12.24", date(2024, 12, 4))],
    ids=["unpadded-two-digit-year", "padded-two-digit-year"],
)
def test_two_digit_years_need_a_padded_day_or_month(text: str, expected: date | None) -> None:
    got = parse_date(text, use_dateparser=False)
    assert (None if got is None else got.date()) == expected


# ------------------------------------------------------------------ bylines


_CARD = (
    '<div class="more"><div class="card"><a href="/ferry">Ferry service resumes after the '
    "storm</a>{}</div></div>"
)


@pytest.mark.parametrize(
    "html",
    [
        _page(f"<article>{H1}{STORY}</article>" + _CARD.format("<p>By Mark Ellis</p>")),
        _page(
            f"<article>{H1}{STORY}</article>"
            + _CARD.format('<a rel="author" href="/author/mark">Mark Ellis</a>')
        ),
        _page(
            f"<article>{H1}{STORY}</article>"
            + _CARD.format('<span itemprop="author">Mark Ellis</span>')
        ),
        _page(
            f'<article>{H1}{STORY}</article><div class="more"><div itemscope itemtype='
            '"https://schema.org/NewsArticle"><meta itemprop="author" content="Mark Ellis">'
            '<a href="/ferry">Ferry service resumes after the storm</a></div></div>'
        ),
        _page(
            f'<div class="wrap">{H1}<div class="about-us"><h4>About us</h4><p class="author">'
            f"By Mark Ellis, Founder</p></div></div>{STORY}"
        ),
        _page(f"<article>{H1}<p>By Tuesday Night</p>{STORY}</article>"),
    ],
    ids=[
        "by-line-in-related-card",
        "rel-author-in-related-card",
        "itemprop-author-in-related-card",
        "meta-author-in-related-microdata",
        "about-us-box-at-headline",
        "by-weekday-phrase",
    ],
)
def test_no_byline_from_boxes_that_are_not_the_story(html: str) -> None:
    assert _authors(html) == []


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (
            _page(f'<article>{H1}<p class="byline">By Jane Doe</p>{STORY}</article>' + _CARD),
            ["Jane Doe"],
        ),
        (
            _page(f'<article>{H1}<div class="about"><p>By Anna Park</p></div>{STORY}</article>'),
            ["Anna Park"],
        ),
        (
            _page(
                f'<article>{H1}<p class="byline">By Ahmed al-Rashid, J. R. R. Smith and '
                f"Mary-Jane O'Neil</p>{STORY}</article>"
            ),
            ["Ahmed al-Rashid", "J. R. R. Smith", "Mary-Jane O'Neil"],
        ),
        (
            _page(
                f'<article>{H1}<p class="byline">By Pieter van der Berg and Ana de la Cruz</p>'
                f"{STORY}</article>"
            ),
            ["Pieter van der Berg", "Ana de la Cruz"],
        ),
        (
            _page(
                f"<article>{H1}<p>Von Anna Schmidt und Jonas Weber</p>{STORY}</article>", "", "de"
            ),
            ["Anna Schmidt", "Jonas Weber"],
        ),
        (
            _page(f"<article>{H1}<p>Par Marie Dubois et Luc Martin</p>{STORY}</article>", "", "fr"),
            ["Marie Dubois", "Luc Martin"],
        ),
        (
            _page(
                f'<article>{H1}<div class="byline"><span>By Jane Doe</span> '
                '<a href="/politics">Politics and government in Washington news</a></div>'
                f"{STORY}</article>"
            ),
            ["Jane Doe"],
        ),
    ],
    ids=[
        "own-byline-beside-card",
        "about-box-at-headline",
        "particle-hyphen-initials",
        "van-der-de-la",
        "von-und",
        "par-et",
        "own-byline-with-long-section-link",
    ],
)
def test_the_story_byline_still_reads(html: str, expected: list[str]) -> None:
    assert _authors(html) == expected


@pytest.mark.parametrize(
    ("segment", "expected"),
    [
        ("Tuesday Night", None),
        ("Patrick Allan Profile", ("person", "Patrick Allan")),
        ("Ahmed al-Rashid", ("person", "Ahmed al-Rashid")),
        ("Jean d'Alembert", ("person", "Jean d'Alembert")),
        ("the court ruled", None),
    ],
    ids=["weekday-phrase", "chrome-trimmed-name", "al-particle", "d-apostrophe", "prose"],
)
def test_classify_segment_shapes(segment: str, expected: tuple[str, str] | None) -> None:
    assert classify_segment(segment, lenient=False) == expected


# ------------------------------------------------------------------ JSON-LD items beside the story


def _ld(obj: dict[str, object]) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


_ARTICLE = {"@type": "NewsArticle", "headline": "Council passes budget"}
_CLIP = {
    "@type": "VideoObject",
    "name": "Clip",
    "uploadDate": "2021-06-30T15:11:39Z",
    "author": {"@type": "Person", "name": "Mark Ellis"},
}


def test_an_embedded_video_beside_the_article_neither_dates_nor_bylines_it() -> None:
    art = copydesk.parse(_page(f"<article>{H1}{STORY}</article>", _ld(_ARTICLE) + _ld(_CLIP)))
    assert (art.published, art.authors) == (None, ())


def test_a_video_page_is_dated_and_bylined_by_its_video() -> None:
    art = copydesk.parse(_page(f"<article>{H1}{STORY}</article>", _ld(_CLIP)))
    assert art.published is not None
    assert (art.published.date(), art.authors) == (date(2021, 6, 30), ("Mark Ellis",))


def test_the_article_object_still_wins_beside_a_video() -> None:
    article = {**_ARTICLE, "datePublished": "2024-12-04T10:00:00Z", "author": "Jane Doe"}
    art = copydesk.parse(_page(f"<article>{H1}{STORY}</article>", _ld(article) + _ld(_CLIP)))
    assert art.published is not None
    assert (art.published.date(), art.authors) == (date(2024, 12, 4), ("Jane Doe",))


# ------------------------------------------------------------------ photo credits


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Jane Doe Photo by Mark Ellis", ["Jane Doe"]),
        ("Story and photos by Jane Doe", ["Jane Doe"]),
        ("Words and pictures by Jane Doe", ["Jane Doe"]),
        ("Text and photos by Jane Doe", ["Jane Doe"]),
        ("Photos by Mark Ellis", []),
    ],
    ids=[
        "photo-credit-after-byline",
        "story-and-photos",
        "words-and-pictures",
        "text-and-photos",
        "photo-credit-alone",
    ],
)
def test_a_photo_credit_is_not_the_byline(line: str, expected: list[str]) -> None:
    assert _authors(_page(f"<article>{H1}<p>{line}</p>{STORY}</article>")) == expected


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (
            _page(
                f'<article>{H1}<div class="img"><img src="a.jpg"><span class="photo-author">'
                f"Mark Ellis</span></div>{STORY}</article>"
            ),
            [],
        ),
        (
            _page(
                f'<article>{H1}<div class="author-photo"><img src="a.jpg"><span class="author">'
                f"Jane Doe</span></div>{STORY}</article>"
            ),
            ["Jane Doe"],
        ),
    ],
    ids=["photo-author-class", "author-photo-portrait"],
)
def test_picture_credit_classes(html: str, expected: list[str]) -> None:
    assert _authors(html) == expected


# ------------------------------------------------------------------ microdata in teaser cards


def test_a_teaser_cards_itemprop_date_is_not_the_storys() -> None:
    card = (
        '<div><div itemscope itemtype="https://schema.org/NewsArticle"><a href="/ferry">Ferry '
        'service resumes after the storm</a><time itemprop="datePublished" '
        'datetime="2024-11-01">Nov 1</time></div></div>'
    )
    assert _published(_page(f"<article>{H1}{STORY}</article>{card}")) is None


def test_the_storys_itemprop_date_still_counts() -> None:
    html = _page(
        f'<article itemscope itemtype="https://schema.org/NewsArticle">{H1}<time '
        f'itemprop="datePublished" datetime="2024-12-04">Dec 4</time>{STORY}</article>'
    )
    assert _published(html) == date(2024, 12, 4)


# ------------------------------------------------------------------ sponsors


@pytest.mark.parametrize(
    ("box", "expected"),
    [
        ('<div class="byline">Sponsored by Acme Corp</div>', []),
        ('<div class="byline">In partnership with Acme Bank</div>', []),
        ('<div class="byline">Presented by Acme Bank</div>', []),
        (
            '<div class="byline">By Jane Doe</div><div class="byline">Sponsored by Acme</div>',
            ["Jane Doe"],
        ),
    ],
    ids=["sponsored-by", "in-partnership-with", "presented-by", "byline-beside-sponsor"],
)
def test_a_sponsor_is_not_the_author(box: str, expected: list[str]) -> None:
    assert _authors(_page(f"<article>{H1}{box}{STORY}</article>")) == expected


# ------------------------------------------------------------------ titles


@pytest.mark.parametrize(
    ("h1", "expected"),
    [
        (
            '<h1><span class="badge">LIVE</span> Council passes budget after long debate</h1>',
            "Council passes budget after long debate",
        ),
        (
            '<h1><span class="kicker">Exclusive</span> Council passes budget after long debate'
            "</h1>",
            "Council passes budget after long debate",
        ),
        (
            "<h1>Live: Council passes budget after long debate</h1>",
            "Live: Council passes budget after long debate",
        ),
    ],
    ids=["badge-span", "kicker-span", "label-written-in-headline"],
)
def test_a_badge_in_the_h1_is_not_the_headline(h1: str, expected: str) -> None:
    og = '<meta property="og:title" content="Council passes budget after long debate">'
    html = _page(f"<article>{h1}{STORY}</article>", og)
    assert copydesk.parse(html, url=URL).title == expected


# ------------------------------------------------------------------ forum-thread dating


_POSTS = (
    '<div class="post"><span class="post-time">28.09.19 12:44</span><p>Hello all</p></div>'
    '<div class="post"><span class="post-time">30.09.19 08:01</span><p>Re: hello</p></div>'
)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example.com/local/school-board-approves-budget", None),
        ("https://news.example.com/local/panel-discussion-on-housing", None),
        ("https://forum.example.com/forum/thread-4711.html", date(2019, 9, 28)),
        ("https://example.com/apple-forum/kein-app-store", date(2019, 9, 28)),
    ],
    ids=["story-slug-board", "story-slug-discussion", "forum-thread", "named-forum"],
)
def test_only_forum_addresses_are_dated_by_their_first_post(
    url: str, expected: date | None
) -> None:
    # A story (or an opening post) far longer than the header zone, then dated boxes.
    html = _page(f"<div>{H1}{STORY * 4}{_POSTS}</div>")
    art = copydesk.parse(html, url=url)
    assert (None if art.published is None else art.published.date()) == expected


# ------------------------------------------------------------------ closing signatures


@pytest.mark.parametrize(
    ("last", "expected"),
    [
        ("Über Acme", []),
        ("Pressekontakt Acme", []),
        ("Stefan Wasmer", ["Stefan Wasmer"]),
        ("Anna-Lena Berg", ["Anna-Lena Berg"]),
    ],
    ids=["about-box-heading", "press-contact-heading", "signature", "hyphenated-signature"],
)
def test_a_closing_box_heading_is_no_signature(last: str, expected: list[str]) -> None:
    paragraph = (
        "<p>Der Stadtrat hat am Dienstag nach langer Debatte den neuen Haushalt beschlossen, "
        "der mehr Geld für Schulen und Straßen vorsieht.</p>"
    )
    html = _page(f"<article>{H1}{paragraph * 8}<p><strong>{last}</strong></p></article>", "", "de")
    assert _authors(html) == expected


def test_the_byline_comes_from_the_article_object_naming_the_page() -> None:
    related = {
        "@type": "NewsArticle",
        "headline": "Ferry resumes",
        "url": "https://news.example.com/local/ferry",
        "author": {"@type": "Person", "name": "Mark Ellis"},
    }
    own = {
        "@type": "NewsArticle",
        "headline": "Council passes budget",
        "url": URL,
        "author": {"@type": "Person", "name": "Jane Doe"},
    }
    html = _page(f"<article>{H1}{STORY}</article>", _ld(related) + _ld(own))
    assert _authors(html) == ["Jane Doe"]


def test_without_a_url_the_first_article_object_still_bylines() -> None:
    own = {"@type": "NewsArticle", "headline": "Council passes budget", "author": "Jane Doe"}
    html = _page(f"<article>{H1}{STORY}</article>", _ld(own))
    assert list(copydesk.parse(html).authors) == ["Jane Doe"]


def test_a_related_article_object_does_not_fill_in_for_the_pages_own() -> None:
    own = {"@type": "NewsArticle", "headline": "Council passes budget", "url": URL}
    related = {
        "@type": "NewsArticle",
        "headline": "Ferry resumes",
        "url": "https://news.example.com/local/ferry",
        "datePublished": "2024-11-01",
        "author": {"@type": "Person", "name": "Mark Ellis"},
    }
    art = copydesk.parse(_page(f"<article>{H1}{STORY}</article>", _ld(own) + _ld(related)), url=URL)
    assert (art.published, art.authors) == (None, ())


def test_an_article_object_without_an_address_still_fills_in() -> None:
    own = {"@type": "NewsArticle", "headline": "Council passes budget", "url": URL}
    other = {"@type": "NewsArticle", "datePublished": "2024-12-04", "author": "Jane Doe"}
    art = copydesk.parse(_page(f"<article>{H1}{STORY}</article>", _ld(own) + _ld(other)), url=URL)
    assert art.published is not None
    assert (art.published.date(), art.authors) == (date(2024, 12, 4), ("Jane Doe",))


# ------------------------------------------------------------------ marked <time> far away


_POST_LIST = (
    '<div class="block"><ul><li><a href="/a">Short one</a><time class="published" '
    'datetime="2024-11-01">November 1, 2024</time></li></ul></div>'
)


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        # (a story of many paragraphs: the header zone is counted in elements, too)
        (_page(f"<article>{H1}{STORY * 4}</article>{_POST_LIST}"), None),
        (
            _page(
                f'<article>{H1}{STORY}<footer class="entry-footer">Posted on <time '
                'class="entry-date published" datetime="2024-12-04">December 4, 2024</time>'
                "</footer></article>"
            ),
            date(2024, 12, 4),
        ),
        (
            _page(
                f'<article>{H1}<time class="published" datetime="2024-12-04">December 4, 2024'
                f"</time>{STORY}</article>{_POST_LIST}"
            ),
            date(2024, 12, 4),
        ),
    ],
    ids=["post-list-below-the-article", "post-footer-inside-the-article", "marked-at-headline"],
)
def test_a_marked_time_far_away_counts_inside_the_article_only(
    html: str, expected: date | None
) -> None:
    assert _published(html) == expected


# ------------------------------------------------------------------ author-archive links


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        ("View all posts by Jane Doe", ["Jane Doe"]),
        ("More by Jane Doe", ["Jane Doe"]),
        ("Alle Artikel von Jane Doe", ["Jane Doe"]),
        ("Jane Doe", ["Jane Doe"]),
        ("Contact the author", []),
    ],
    ids=["view-all-posts-by", "more-by", "alle-artikel-von", "plain-name", "contact-the-author"],
)
@pytest.mark.parametrize(
    "markup",
    [
        '<a rel="author" href="/author/jane">{}</a>',
        '<span class="vcard author"><a class="fn" href="/author/jane">{}</a></span>',
    ],
    ids=["rel-author", "hcard"],
)
def test_an_author_archive_links_wording_is_not_the_name(
    markup: str, link: str, expected: list[str]
) -> None:
    html = _page(f'<article>{H1}<p class="meta">{markup.format(link)}</p>{STORY}</article>')
    assert _authors(html) == expected


def test_metadata_names_with_such_words_stay_when_they_are_all_there_is() -> None:
    # A one-word user name and a lone "author" word are still metadata's to give.
    html = _page(f"<article>{H1}{STORY}</article>", '<meta name="author" content="jesusfreak">')
    assert _authors(html) == ["jesusfreak"]


# ------------------------------------------------------------------ event dates at the headline


_META_DEC_4 = '<meta property="article:published_time" content="2024-12-04T10:00:00+01:00">'


@pytest.mark.parametrize(
    ("box", "expected"),
    [
        ('<p class="event-date">20 December 2024</p>', date(2024, 12, 4)),
        ('<div class="info">When: 20 December 2024, 19:00</div>', date(2024, 12, 4)),
        ('<p class="meta">Deadline: 15.01.2025</p>', date(2024, 12, 4)),
        (
            '<div class="event-info"><p>Concert <time datetime="2024-12-20">December 20, 2024'
            "</time></p></div>",
            date(2024, 12, 4),
        ),
        ('<p class="date">3 December 2024</p>', date(2024, 12, 3)),
    ],
    ids=[
        "event-date-class",
        "when-label",
        "deadline-label",
        "time-in-event-box",
        "story-date-line",
    ],
)
def test_an_event_date_at_the_headline_does_not_override_the_metadata(
    box: str, expected: date
) -> None:
    html = _page(f"<article>{H1}{box}{STORY}</article>", _META_DEC_4)
    assert _published(html) == expected


def test_the_title_comes_from_the_article_object_naming_the_page() -> None:
    related = {
        "@type": "NewsArticle",
        "headline": "Ferry service resumes after storm",
        "url": "https://news.example.com/local/ferry",
    }
    own = {
        "@type": "NewsArticle",
        "headline": "Council passes budget after long debate",
        "url": URL,
    }
    html = _page(f"<article>{STORY}</article>", _ld(related) + _ld(own))
    assert copydesk.parse(html, url=URL).title == "Council passes budget after long debate"


@pytest.mark.parametrize(
    ("image", "expected"),
    [
        ("https://cdn.example.com/uploads/2019/03/04/site-logo-1200.png", None),
        ("https://cdn.example.com/uploads/2019/03/04/default-share.jpg", None),
        ("https://cdn.example.com/uploads/2024/12/04/council-vote.jpg", date(2024, 12, 4)),
    ],
    ids=["logo", "default-share-image", "story-picture"],
)
def test_the_lead_image_dates_the_story_unless_it_is_the_sites_own(
    image: str, expected: date | None
) -> None:
    html = _page(f"<article>{H1}{STORY}</article>", f'<meta property="og:image" content="{image}">')
    assert _published(html) == expected


# ------------------------------------------------------------------ next-story boxes


_NEXT = '<p class="byline">By Mark Ellis</p><time datetime="2024-11-01">November 1, 2024</time>'


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            f'<div class="up-next"><span>Up next</span>{_NEXT}</div><article>{H1}{STORY}</article>',
            ([], None),
        ),
        (f'<article>{H1}{STORY}</article><div class="next-article">{_NEXT}</div>', ([], None)),
        (
            f'<div id="__next"><article>{H1}<p class="byline">By Jane Doe</p><time '
            f'datetime="2024-12-04">December 4, 2024</time>{STORY}</article></div>',
            (["Jane Doe"], date(2024, 12, 4)),
        ),
    ],
    ids=["up-next-above", "next-article-below", "nextjs-root-wrapper"],
)
def test_a_next_story_box_neither_bylines_nor_dates_the_story(
    body: str, expected: tuple[list[str], date | None]
) -> None:
    html = _page(body)
    assert (_authors(html), _published(html)) == expected


def test_the_author_of_a_reviewed_book_is_not_the_storys() -> None:
    book = (
        '<div itemscope itemtype="https://schema.org/Book"><span itemprop="name">The Long Vote'
        '</span> by <span itemprop="author">Mark Ellis</span></div>'
    )
    assert _authors(_page(f"<article>{H1}{STORY}{book}{STORY}</article>")) == []


def test_the_storys_itemprop_author_still_reads() -> None:
    html = _page(
        f'<article itemscope itemtype="https://schema.org/NewsArticle">{H1}<span '
        'itemprop="author" itemscope itemtype="https://schema.org/Person"><a href="/author/jane">'
        f'<span itemprop="name">Jane Doe</span></a></span>{STORY}</article>'
    )
    assert _authors(html) == ["Jane Doe"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            f'<div class="post">{H1}{PARAGRAPH * 5}<div class="post-footer">Posted on December 4,'
            " 2024</div></div>",
            date(2024, 12, 4),
        ),
        (
            f'<div>{H1}{PARAGRAPH * 5}</div><div class="site-footer">Updated 01.02.2024</div>',
            None,
        ),
    ],
    ids=["post-footer-named-for-the-post", "site-footer-class"],
)
def test_a_footer_named_for_the_post_dates_it_and_the_sites_does_not(
    body: str, expected: date | None
) -> None:
    assert _published(_page(body)) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("La Paz, 4 de diciembre de 2024 – El gobierno aprobó el presupuesto.", date(2024, 12, 4)),
        ("Le Havre, 4 décembre 2024 – Le conseil a voté le budget.", date(2024, 12, 4)),
        ("(Archivfoto vom 12.03.2019) Der Rat hat den Haushalt beschlossen.", None),
        ("Since 1 May 2020: the council has met every week.", None),
    ],
    ids=["article-place-la-paz", "article-place-le-havre", "archive-photo-note", "since-date"],
)
def test_lead_dates_after_places_named_with_an_article(lead: str, expected: date | None) -> None:
    assert _published(_page(f"<article>{H1}<p>{lead}</p>{STORY}</article>")) == expected
