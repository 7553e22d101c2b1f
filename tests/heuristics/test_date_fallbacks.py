"""The last-resort published rules (datefallback, datescript), on snippets written for them."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from copydesk import parse
from copydesk.heuristics.body import BodyResult
from copydesk.heuristics.datefallback import (
    any_meta_date,
    header_attribute_date,
    lead_text_date,
    thread_first_post_date,
    title_date,
)
from copydesk.heuristics.dates import published_date, url_date
from copydesk.heuristics.datescript import header_script_date, script_state_published
from copydesk.heuristics.datezone import HeaderZone
from copydesk.model import Block
from copydesk.page import Page
from copydesk.rules import Context, Found

NOW = datetime(2025, 1, 1)


def _ctx(html: str, url: str | None = None, title: str | None = None) -> Context:
    ctx = Context(page=Page(html, url, now=NOW))
    if title:
        ctx.found["title"] = Found(value=title, rule="test")
    return ctx


def _with_body(ctx: Context, *texts: str) -> Context:
    blocks = tuple(Block(kind="paragraph", text=t) for t in texts)
    ctx.found["body"] = Found(value=BodyResult(blocks=blocks), rule="test")
    return ctx


def _day(found: Found[datetime] | None) -> date | None:
    return None if found is None else found.value.date()


# ------------------------------------------------------------------ a date opening the text


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (("(21. November 2022) Verbraucher erhalten eine Preiserhöhung.",), date(2022, 11, 21)),
        (("Karlsruhe, (12.11.2021). Traditionell gedenken Christen ...",), date(2021, 11, 12)),
        (("BERLIN, 4. Dezember 2024 – Die Regierung hat ...",), date(2024, 12, 4)),
        (("December 4, 2024: The council voted ...",), date(2024, 12, 4)),
        (("Energiepreise", "(21. November 2022) Verbraucher erhalten ..."), date(2022, 11, 21)),
        (("Feb. 23, 2015 -- Life-threatening allergies have ...",), date(2015, 2, 23)),
    ],
    ids=["paren", "place-paren", "place-dash", "colon", "after-heading", "double-hyphen"],
)
def test_lead_text_date_reads_an_opening_date(texts: tuple[str, ...], expected: date) -> None:
    assert _day(lead_text_date(_with_body(_ctx("<p>x</p>"), *texts))) == expected


@pytest.mark.parametrize(
    "texts",
    [
        ("The council met on 4 December 2024 to vote on the budget.",),
        ("Seit dem 1. Oktober 2022 gilt ein reduzierter Steuersatz.",),
        ("(Photo: Reuters) The council voted on Tuesday.",),
        ("The council met on 4 December 2024 - and voted.",),
        ("A", "B", "C", "D", "(21. November 2022) too deep in the story to be its date"),
    ],
    ids=["date-mid-sentence", "seit-dem", "paren-no-date", "lowercase-words", "fifth-block"],
)
def test_lead_text_date_ignores_dates_inside_the_text(texts: tuple[str, ...]) -> None:
    assert lead_text_date(_with_body(_ctx("<p>x</p>"), *texts)) is None


# ------------------------------------------------------------------ any <meta> named for a date


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('<meta name="x-story-date" value="2014-11-23T15:00:00+04:00">', date(2014, 11, 23)),
        ('<meta name="article-publish-stamp" content="2020-05-16">', date(2020, 5, 16)),
    ],
    ids=["value-attr", "unlisted-name"],
)
def test_any_meta_date_reads_unlisted_date_names(head: str, expected: date) -> None:
    assert _day(any_meta_date(_ctx(f"<head>{head}</head><body></body>"))) == expected


@pytest.mark.parametrize(
    "head",
    [
        '<meta name="x-last-modified-date" content="2020-05-16">',
        '<meta name="content-expiry-date" content="2020-05-16">',
        '<meta name="timezone" content="Europe/Berlin">',
        '<meta name="story-id" content="2020-05-16">',
        '<meta name="x-date" content="Tuesday">',
    ],
    ids=["modified", "expiry", "timezone", "name-not-date", "not-a-date"],
)
def test_any_meta_date_skips_other_moments(head: str) -> None:
    assert any_meta_date(_ctx(f"<head>{head}</head><body></body>")) is None


# ------------------------------------------------------------------ forum threads

THREAD = """<body><nav><span class="date">03.01.20</span></nav>
<h1>Kein App Store über mobile Daten</h1>
<div class="comment"><span class="comment-time" title="Zeit der Erstellung">28.09.19 12:44</span>
<div class="comment-text">Hallo, hat jemand eine Idee?</div></div>
<div class="comment"><span class="comment-time">29.09.19 08:01</span>
<div class="comment-text">Ja.</div></div></body>"""


def test_thread_first_post_date_on_a_forum_path() -> None:
    ctx = _ctx(THREAD, "https://example.de/forum/discussion/kein-app-store-338679.html")
    assert _day(thread_first_post_date(ctx)) == date(2019, 9, 28)


def test_thread_first_post_date_needs_a_thread_url() -> None:
    # On a news page the first comment's date is a reader's, not the story's.
    ctx = _ctx(THREAD, "https://example.de/news/kein-app-store-338679.html")
    assert thread_first_post_date(ctx) is None


def _marked_thread(body_attrs: str = "", head: str = "", post_attrs: str = "") -> str:
    """THREAD with markup only: its address (below) names no forum."""
    body = THREAD.replace("<body>", f"<body {body_attrs}>").replace(
        '<div class="comment">', f'<div class="comment" {post_attrs}>', 1
    )
    return f"<html><head>{head}</head>{body}</html>"


_POSTING_LD = (
    '<script type="application/ld+json">{"@context": "https://schema.org",'
    ' "@type": "DiscussionForumPosting", "headline": "Kein App Store"}</script>'
)


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(_marked_thread(head=_POSTING_LD), id="jsonld-discussion-forum-posting"),
        pytest.param(
            _marked_thread(
                post_attrs='itemscope itemtype="https://schema.org/DiscussionForumPosting"'
            ),
            id="microdata-discussion-forum-posting",
        ),
        pytest.param(_marked_thread('data-template="thread_view"'), id="xenforo-thread-view"),
        pytest.param(_marked_thread('class="section-viewtopic ltr"'), id="phpbb-viewtopic"),
    ],
)
def test_thread_first_post_date_by_markup(html: str) -> None:
    """A board whose thread addresses name no forum ("/community/kein-app-store.3976/")."""
    ctx = _ctx(html, "https://example.de/community/kein-app-store.3976/")
    assert _day(thread_first_post_date(ctx)) == date(2019, 9, 28)


def test_thread_recognised_by_markup_is_dated_by_parse() -> None:
    """End to end: the published chain reaches the first post on a markup-only thread."""
    url = "https://example.de/community/kein-app-store.3976/"
    article = parse(_marked_thread('data-template="thread_view"'), url)
    assert article.published is not None
    assert article.published.date() == date(2019, 9, 28)
    assert article.provenance["published"].rule == "heuristic:thread-first-post"
    assert parse(_marked_thread(), url).published is None


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(
            _marked_thread(
                head='<script type="application/ld+json">{"@type": "NewsArticle"}</script>'
            ),
            id="news-article-jsonld",
        ),
        pytest.param(_marked_thread('class="section-news"'), id="other-body-class"),
    ],
)
def test_thread_first_post_date_not_on_a_news_page_with_comments(html: str) -> None:
    ctx = _ctx(html, "https://example.de/community/kein-app-store.3976/")
    assert thread_first_post_date(ctx) is None


# ------------------------------------------------------------------ dates written by scripts


def test_header_script_date_reads_a_date_call_under_the_headline() -> None:
    html = (
        "<h1>Council votes</h1><div class='meta'>"
        "<script>showDate('2020/04/17 01:43:09')</script></div><p>Text</p>"
    )
    ctx = _ctx(html, title="Council votes")
    assert _day(header_script_date(ctx, HeaderZone(ctx))) == date(2020, 4, 17)


@pytest.mark.parametrize(
    "html",
    [
        # a long tracking script near the headline: its dates are configuration
        "<h1>Council votes</h1><script>var cfg = {" + "a: 1, " * 60 + "d: '2020-04-17'}</script>",
        # a teaser list's script: off the article
        "<h1>Council votes</h1><p>Text</p><div class='related'>"
        "<script>showDate('2020/04/17')</script></div>",
        # no headline, and the script is no date-printing call
        "<div><script>var build = '2020-04-17';</script></div>",
    ],
    ids=["long-script", "related-box", "no-headline-no-call"],
)
def test_header_script_date_negative(html: str) -> None:
    ctx = _ctx(html, title="Council votes")
    assert header_script_date(ctx, HeaderZone(ctx)) is None


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        ('window.__S = {"story": {"publishDate": "2024-12-04T09:00:00Z"}}', date(2024, 12, 4)),
        ('var s = "{\\"datePublished\\":\\"2021-03-23T10:00:00+08:00\\"}";', date(2021, 3, 23)),
        ("props = {first_published_at: 1, 'pubDate': '2019-10-16'}", date(2019, 10, 16)),
    ],
    ids=["state", "escaped-json", "single-quotes"],
)
def test_script_state_published(script: str, expected: date) -> None:
    assert _day(script_state_published(_ctx(f"<script>{script}</script>"))) == expected


@pytest.mark.parametrize(
    "html",
    [
        '<script>{"date": "2024-12-04", "modifiedDate": "2024-12-05"}</script>',
        '<script type="application/ld+json">{"publishDate": "2024-12-04"}</script>',
        '<script>{"publishDate": "soon"}</script>',
    ],
    ids=["other-keys", "jsonld-is-not-state", "not-a-date"],
)
def test_script_state_published_negative(html: str) -> None:
    assert script_state_published(_ctx(html)) is None


# ------------------------------------------------------------------ order in the chain


def test_fallbacks_never_beat_the_url_date() -> None:
    html = '<head><meta name="x-story-date" content="2014-11-20"></head><body><p>x</p></body>'
    ctx = _with_body(_ctx(html, "https://example.com/2014/11/23/story"), "(21.11.2014) Text")
    got = published_date(ctx)
    assert got is not None
    assert got.rule == "url:path-date"


def test_lead_text_date_beats_the_script_state() -> None:
    html = '<body><script>x = {"publishDate": "2022-11-25"}</script><p>x</p></body>'
    ctx = _with_body(_ctx(html), "(21. November 2022) Verbraucher erhalten ...")
    got = published_date(ctx)
    assert got is not None
    assert got.rule == "heuristic:lead-text-date"


# ------------------------------------------------------------------ attributes of a header date box


@pytest.mark.parametrize(
    ("box", "expected"),
    [
        (
            '<span class="timestamp" data-published="2024-12-04T13:35:00">2 hours ago</span>',
            date(2024, 12, 4),
        ),
        (
            '<abbr class="published" title="2024-12-04T13:35:00+01:00">yesterday</abbr>',
            date(2024, 12, 4),
        ),
        ('<span class="post-date" data-timestamp="1733318100"></span>', date(2024, 12, 4)),
    ],
    ids=["data-published", "abbr-title", "epoch"],
)
def test_header_attribute_date(box: str, expected: date) -> None:
    ctx = _ctx(f"<h1>Council votes</h1><div>{box}</div><p>Text</p>", title="Council votes")
    assert _day(header_attribute_date(ctx, HeaderZone(ctx))) == expected


@pytest.mark.parametrize(
    "html",
    [
        # a box labelled as the update
        '<h1>Council votes</h1><span class="updated-date" data-date="2024-12-05">x</span>',
        # a teaser in a related list
        '<h1>Council votes</h1><p>Text</p><ul class="related"><li>'
        '<span class="date" data-date="2024-11-01">x</span></li></ul>',
        # an id number is no epoch outside data-timestamp/data-time
        '<h1>Council votes</h1><span class="date" data-id="1733318100">x</span>',
        # no headline: the box cannot be told from a teaser's
        '<span class="date" data-date="2024-11-01">x</span>',
    ],
    ids=["updated-box", "related-list", "id-not-epoch", "no-headline"],
)
def test_header_attribute_date_negative(html: str) -> None:
    ctx = _ctx(html, title="Council votes")
    assert header_attribute_date(ctx, HeaderZone(ctx)) is None


# ------------------------------------------------------------------ a date in the query


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.com/news/view?id=5&date=2024-12-04", date(2024, 12, 4)),
        ("https://example.com/article?d=20241204", date(2024, 12, 4)),
        ("https://example.com/article?id=20241204", None),
        ("https://example.com/article?date=soon", None),
        ("https://example.com/2024/12/05/story?date=2024-12-04", date(2024, 12, 5)),
    ],
    ids=["date-param", "compact", "id-param", "not-a-date", "path-first"],
)
def test_url_date_reads_a_date_query_parameter(url: str, expected: date | None) -> None:
    assert _day(url_date(_ctx("<p>x</p>", url))) == expected


# ------------------------------------------------------------------ a date in the <title>


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Una solución no violenta - 07.12.2017 - LA NACION", date(2017, 12, 7)),
        ("Council votes | 4 December 2024 | Example Times", date(2024, 12, 4)),
        ("Best of 2024 - Example Times", None),
        ("Version 3.14.15 released", None),
    ],
    ids=["dotted", "named-month", "year-only", "version-number"],
)
def test_title_date(title: str, expected: date | None) -> None:
    ctx = _ctx(f"<head><title>{title}</title></head><body></body>")
    assert _day(title_date(ctx)) == expected


def test_thread_first_post_date_skips_topic_hubs() -> None:
    ctx = _ctx(THREAD, "https://example.com/topics/climate/")
    assert thread_first_post_date(ctx) is None
