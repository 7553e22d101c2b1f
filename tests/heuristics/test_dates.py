"""Date parsing and the published/modified rules, on snippets written for these tests."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone

import pytest

from copydesk.heuristics.dates import (
    MODIFIED_RULES,
    PUBLISHED_RULES,
    image_url_date,
    itemprop_published,
    jsonld_published,
    meta_modified,
    meta_published,
    metadata_published,
    modified_date,
    parse_date,
    published_date,
    reconciled_published,
    time_element,
    url_date,
    visible_modified,
    visible_published,
)
from copydesk.heuristics.datetext import plausible
from copydesk.heuristics.datezone import HeaderZone, off_article
from copydesk.page import Page
from copydesk.rules import Context, Found, Rule

TZ_PLUS1 = timezone(timedelta(hours=1))
TZ_MINUS8 = timezone(timedelta(hours=-8))


def _ctx(
    head: str = "",
    body: str = "",
    url: str | None = None,
    title: str | None = None,
    now: datetime | None = None,
    lang: str | None = None,
) -> Context:
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    ctx = Context(page=Page(html, url, now=now))
    if title:
        ctx.found["title"] = Found(value=title, rule="test")
    if lang:
        ctx.found["language"] = Found(value=lang, rule="test")
    return ctx


def _first(rules: tuple[Rule, ...], ctx: Context) -> Found[datetime] | None:
    for rule in rules:
        got = rule(ctx)
        if got is not None:
            return got
    return None


# ------------------------------------------------------------------ parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-12-04", datetime(2024, 12, 4)),
        ("2024-12-04T13:35:00+01:00", datetime(2024, 12, 4, 13, 35, tzinfo=TZ_PLUS1)),
        ("2019-10-16T10:52:50+0100", datetime(2019, 10, 16, 10, 52, 50, tzinfo=TZ_PLUS1)),
        ("2020-01-13T09:31:00.000Z", datetime(2020, 1, 13, 9, 31, tzinfo=timezone.utc)),
        ("2024/12/04 13:35", datetime(2024, 12, 4, 13, 35)),
        ("December 4, 2024, 1:35pm", datetime(2024, 12, 4, 13, 35)),
        ("Published: Dec. 4, 2024 at 12:05 a.m.", datetime(2024, 12, 4, 0, 5)),
        ("Wednesday, 4 December 2024", datetime(2024, 12, 4)),
        ("4th Dec 2024", datetime(2024, 12, 4)),
        ("Mittwoch, 4. Dezember 2024, 13:35 Uhr", datetime(2024, 12, 4, 13, 35)),
        ("4. Jänner 2024", datetime(2024, 1, 4)),
        ("le 4 décembre 2024 à 13h35", datetime(2024, 12, 4, 13, 35)),
        ("miércoles, 4 de diciembre de 2024", datetime(2024, 12, 4)),
        ("4 dicembre 2024", datetime(2024, 12, 4)),
        ("4 de dezembro de 2024", datetime(2024, 12, 4)),
        ("4 december 2024", datetime(2024, 12, 4)),
        ("4 декабря 2024", datetime(2024, 12, 4)),
        ("duminică, 20 septembrie 2020 16:20", datetime(2020, 9, 20, 16, 20)),
        ("04.12.2024", datetime(2024, 12, 4)),
        ("04.12.24", datetime(2024, 12, 4)),
        ("4. 2. 2022", datetime(2022, 2, 4)),
        ("Von Deutscher Tennis Bund 4.\u20092.\u20092022.", datetime(2022, 2, 4)),
        ("Am 21. 11. 2022 um 10:00", datetime(2022, 11, 21, 10, 0)),
        ("12/25/2024", datetime(2024, 12, 25)),
        ("2021年03月23日", datetime(2021, 3, 23)),
        ("2021년 3월 23일", datetime(2021, 3, 23)),
        ("1579000000", datetime(2020, 1, 14, 11, 6, 40, tzinfo=timezone.utc)),
        ("20200428", datetime(2020, 4, 28)),
        ("Thu, 16 Jan 2020 12:00:00 GMT", datetime(2020, 1, 16, 12, tzinfo=timezone.utc)),
        ("Fri Feb 18 10:27:24 2022", datetime(2022, 2, 18, 10, 27, 24)),
        ("veröffentlicht am 14 Feb ’20", datetime(2020, 2, 14)),
        ("Feb. 14, '20", datetime(2020, 2, 14)),
        (
            "Sun Nov 23 16:00:00 EDT 2014",
            datetime(2014, 11, 23, 16, tzinfo=timezone(-timedelta(hours=4))),
        ),
        ("20200516T09:51:53Z", datetime(2020, 5, 16, 9, 51, 53, tzinfo=timezone.utc)),
        (
            "Dec. 4, 2024 1:35 PM EST",
            datetime(2024, 12, 4, 13, 35, tzinfo=timezone(-timedelta(hours=5))),
        ),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_parse_date_fast_paths(text: str, expected: datetime) -> None:
    assert parse_date(text, use_dateparser=False) == expected


@pytest.mark.parametrize(
    "text",
    [
        "© 1987 Example Corp",
        "Copyright 2019",
        "Page 2 of 12",
        "",
        "Version 3.14.15",
        "2024-13-45",
        "31.02.2024",
        "Call 555-1234",
        "Punkte 3. 4. 22",
        "14 Feb 20 Punkte",
        "Version v1.2. 2022",
    ],
)
def test_parse_date_rejects_non_dates(text: str) -> None:
    assert parse_date(text) is None


def test_numeric_date_is_month_first_for_us_english() -> None:
    assert parse_date("04/12/2024", languages=["en-us"]) == datetime(2024, 4, 12)
    assert parse_date("04/12/2024", languages=["de"]) == datetime(2024, 12, 4)


def test_future_dates_are_rejected_relative_to_now() -> None:
    now = datetime(2024, 12, 4, 12)
    assert parse_date("2024-12-05", now=now) == datetime(2024, 12, 5)  # a day of slack
    assert parse_date("2025-06-01", now=now) is None
    assert plausible(datetime(1989, 12, 31)) is False


def test_relative_dates_need_now() -> None:
    now = datetime(2024, 12, 4, 12)
    assert parse_date("Posted 3 hours ago", now=now) == datetime(2024, 12, 4, 9)
    assert parse_date("Posted 3 hours ago", use_dateparser=False) is None


def test_bare_numbers_can_be_refused() -> None:
    assert parse_date("1579000000", bare_numbers=False) is None
    assert parse_date("20200428", bare_numbers=False) is None


def test_dateparser_fallback_handles_other_languages() -> None:
    # Swedish is not in the fast-path tables; dateparser is the fallback.
    assert parse_date("4 december 2024 kl 13.35", languages=["sv"]) is not None
    got = parse_date("onsdag 4 januari 2023", languages=["sv"])
    assert got is not None
    assert got.date().isoformat() == "2023-01-04"


def test_fast_paths_are_fast() -> None:
    texts = ["2024-12-04T13:35:00+01:00", "4. Dezember 2024", "December 4, 2024, 1:35pm"] * 300
    start = time.perf_counter()
    for text in texts:
        parse_date(text)
    assert time.perf_counter() - start < 1.0


def test_long_text_does_not_blow_up() -> None:
    text = "1" * 100_000 + " December " * 10_000
    start = time.perf_counter()
    parse_date(text)
    assert time.perf_counter() - start < 1.0


# ------------------------------------------------------------------ metadata rules


def test_jsonld_published_and_modified_are_kept_apart() -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2024-12-04T13:35:00+01:00", '
        '"dateModified": "2024-12-05T08:00:00+01:00"}</script>'
    )
    ctx = _ctx(head=ld)
    pub = jsonld_published(ctx)
    assert pub is not None
    assert pub.rule == "jsonld:datePublished"
    assert pub.value == datetime(2024, 12, 4, 13, 35, tzinfo=TZ_PLUS1)
    mod = _first(MODIFIED_RULES, ctx)
    assert mod is not None
    assert mod.value.day == 5
    assert mod.rule == "jsonld:dateModified"


def test_jsonld_article_naming_the_url_wins_over_other_articles() -> None:
    ld = (
        '<script type="application/ld+json">[{"@type": "NewsArticle", "url": "https://x.test/other",'
        ' "datePublished": "2020-01-01"}, {"@type": "NewsArticle", "url": "https://x.test/story",'
        ' "datePublished": "2024-12-04"}]</script>'
    )
    got = jsonld_published(_ctx(head=ld, url="https://x.test/story"))
    assert got is not None
    assert got.value == datetime(2024, 12, 4)


@pytest.mark.parametrize(
    ("meta", "rule"),
    [
        (
            '<meta property="article:published_time" content="2024-12-04T13:35:00Z">',
            "meta:article:published_time",
        ),
        ('<meta name="pubdate" content="20241204">', "meta:pubdate"),
        ('<meta name="DC.date.issued" content="2024-12-04">', "meta:dc.date.issued"),
        (
            '<meta name="sailthru.date" content="Wed, 04 Dec 2024 13:35:00 GMT">',
            "meta:sailthru.date",
        ),
        ('<meta name="parsely-pub-date" content="2024-12-04T13:35:00Z">', "meta:parsely-pub-date"),
        ('<meta itemprop="datePublished" content="2024-12-04">', "meta:datepublished"),
    ],
)
def test_meta_published_keys(meta: str, rule: str) -> None:
    got = meta_published(_ctx(head=meta))
    assert got is not None
    assert got.rule == rule
    assert got.value.date().isoformat() == "2024-12-04"


def test_meta_modified_is_not_published() -> None:
    ctx = _ctx(head='<meta property="article:modified_time" content="2024-12-05T10:00:00Z">')
    assert meta_published(ctx) is None
    got = meta_modified(ctx)
    assert got is not None
    assert got.rule == "meta:article:modified_time"


def test_utc_metadata_yields_to_the_same_instant_with_an_offset() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"dateCreated": "2017-02-24T01:18:13Z"}</script>'
        '<meta property="article:published_time" content="2017-02-23T17:18:13-08:00">'
    )
    got = metadata_published(_ctx(head=head))
    assert got is not None
    assert got.rule == "meta:article:published_time"
    assert got.value == datetime(2017, 2, 23, 17, 18, 13, tzinfo=TZ_MINUS8)


# ------------------------------------------------------------------ markup rules

HEADLINE = "Council approves the new harbour bridge"


def test_itemprop_date_published_on_a_time_element() -> None:
    body = f'<h1>{HEADLINE}</h1><time itemprop="datePublished" datetime="2024-12-04">Dec 4</time>'
    got = itemprop_published(_ctx(body=body))
    assert got is not None
    assert got.rule == "heuristic:itemprop-datePublished"


def test_time_element_near_the_headline_not_in_related_list() -> None:
    body = f"""
      <article><h1>{HEADLINE}</h1><p class="meta"><time datetime="2024-12-04T09:00">Dec 4</time></p>
      <p>Story text.</p></article>
      <aside class="related"><ul>
        <li><time datetime="2024-12-01">Dec 1</time> Other story</li>
      </ul></aside>
    """
    got = time_element(_ctx(body=body, title=HEADLINE))
    assert got is not None
    assert got.value.date().isoformat() == "2024-12-04"
    assert got.rule == "heuristic:time-element"


def test_related_list_dates_never_win() -> None:
    body = f"""
      <h1>{HEADLINE}</h1><p>The council voted on Tuesday.</p>
      <div class="related-stories"><ul>
        <li><span class="date">December 1, 2024</span> Bridge plan unveiled</li>
        <li><span class="date">November 20, 2024</span> Harbour survey</li>
      </ul></div>
    """
    assert _first(PUBLISHED_RULES, _ctx(body=body, title=HEADLINE)) is None


def test_unnamed_teaser_box_dates_never_win() -> None:
    # A related-story card without "related" in its class: image, headline link, date.
    body = f"""
      <h1>{HEADLINE}</h1><p>The council voted on Tuesday to approve the bridge.</p>
      <div class="box-rel"><div class="item"><img src="/a.jpg">
        <a class="t" href="/news/123/ferry-timetable-changes-for-the-winter">Ferry timetable
          changes for the winter season</a>
        <div class="stamp"><span>09.08.2020 u 10:52</span></div></div></div>
    """
    head = '<meta property="og:image" content="https://example.org/media/2020/10/26/x.jpg">'
    got = _first(PUBLISHED_RULES, _ctx(head=head, body=body, title=HEADLINE))
    assert got is not None
    assert (got.rule, got.value.date().isoformat()) == ("url:image-path-date", "2020-10-26")


@pytest.mark.parametrize(
    "meta_box",
    [
        '<a href="/author/staff">Staff and news service reports</a>',
        '<a href="/authors/jane">© Jane Example Jane Example</a>',
        f'<a href="/news/council-approves">{HEADLINE}</a>',
        '<a href="/p/1"><span>By Jane Example on</span> <span class="d">09.08.2020</span></a>',
    ],
    ids=["author-link", "long-author-name", "permalink-with-the-title", "link-around-the-date"],
)
def test_story_meta_box_with_long_links_is_not_a_teaser(meta_box: str) -> None:
    body = f"""
      <article><h1>{HEADLINE}</h1>
      <div class="meta"><div class="who">{meta_box}</div><span class="d">09.08.2020</span></div>
      <p>The council voted on Tuesday.</p></article>
    """
    got = _first(PUBLISHED_RULES, _ctx(body=body, title=HEADLINE))
    assert got is not None
    assert got.value.date().isoformat() == "2020-08-09"


def test_published_and_modified_share_one_date_scan() -> None:
    body = (
        f'<h1>{HEADLINE}</h1><div class="post-date">December 4, 2024 · Updated: '
        "December 6, 2024</div>"
    )
    ctx = _ctx(body=body, title=HEADLINE)
    pub = published_date(ctx)
    assert pub is not None
    ctx.found["published"] = pub
    mod = modified_date(ctx)
    assert mod is not None
    assert (pub.value.day, mod.value.day) == (4, 6)
    scans = [k for k in ctx.page.cache if k.startswith("copydesk.heuristics.dates:scan")]
    assert len(scans) == 1


def test_time_text_before_an_updated_label_is_the_publication() -> None:
    body = (
        f'<h1>{HEADLINE}</h1><time datetime="2024-12-07T12:43:39Z">'
        "Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024, 12:43 PM UTC</time>"
    )
    got = time_element(_ctx(body=body, title=HEADLINE))
    assert got is not None
    assert got.value.date().isoformat() == "2024-12-06"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Published: December 4, 2024, 1:35pm", "2024-12-04"),
        ("Veröffentlicht am 4. Dezember 2024", "2024-12-04"),
        ("Publié le 4 décembre 2024 à 13h35", "2024-12-04"),
        ("Publicado el 4 de diciembre de 2024", "2024-12-04"),
        ("Posted on 04.12.2024 by Jane Roe", "2024-12-04"),
        ("Updated Dec 6, 2024 · Published Dec 4, 2024", "2024-12-04"),
    ],
)
def test_visible_published_line_under_the_headline(line: str, day: str) -> None:
    body = f'<article><h1>{HEADLINE}</h1><div class="entry-meta">{line}</div><p>Text.</p></article>'
    got = visible_published(_ctx(body=body, title=HEADLINE))
    assert got is not None
    assert got.value.date().isoformat() == day
    assert got.rule == "heuristic:visible-published"


def test_visible_updated_line_is_the_shown_date() -> None:
    # The header shows only the update: that is the date the story is read by, and it
    # overrides a metadata date the reader never sees.
    head = '<meta property="article:published_time" content="2019-10-15T16:59:59Z">'
    body = f'<h1>{HEADLINE}</h1><div class="post-date">Updated: December 6, 2024</div>'
    ctx = _ctx(head=head, body=body, title=HEADLINE)
    got = visible_published(ctx)
    assert got is not None
    assert (got.rule, got.value.date().isoformat()) == ("heuristic:visible-updated", "2024-12-06")
    pub = _first(PUBLISHED_RULES, ctx)
    assert pub is not None
    assert pub.value.date().isoformat() == "2024-12-06"
    mod = visible_modified(ctx)
    assert mod is not None
    assert mod.value.date().isoformat() == "2024-12-06"


def test_a_labelled_publication_line_beats_an_update_line_above_it() -> None:
    body = (
        f'<h1>{HEADLINE}</h1><div class="updated">Updated: December 6, 2024</div>'
        '<p class="lede">The council voted.</p><div class="pub">Published: December 4, 2024</div>'
    )
    got = visible_published(_ctx(body=body, title=HEADLINE))
    assert got is not None
    assert (got.rule, got.value.day) == ("heuristic:visible-published", 4)
    # An unlabelled date further down does not: the update is what the header shows.
    body = (
        f'<h1>{HEADLINE}</h1><div class="updated">Updated: December 6, 2024</div>'
        '<p class="lede">The council voted.</p><span class="d">December 1, 2024</span>'
    )
    got = visible_published(_ctx(body=body, title=HEADLINE))
    assert got is not None
    assert (got.rule, got.value.day) == ("heuristic:visible-updated", 6)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("December 4, 2024 · Updated: December 6, 2024", "2024-12-04"),
        ("Updated: December 6, 2024 · Published: December 4, 2024", "2024-12-04"),
    ],
    ids=["unlabelled-date-before-update", "explicit-published-label"],
)
def test_a_publication_date_beside_the_update_wins(line: str, expected: str) -> None:
    body = f'<h1>{HEADLINE}</h1><div class="post-date">{line}</div>'
    got = visible_published(_ctx(body=body, title=HEADLINE))
    assert got is not None
    assert got.value.date().isoformat() == expected


def test_updated_line_far_from_the_headline_is_not_the_published_date() -> None:
    # Not in the story's header (well above the <h1>, outside its block): a site-wide
    # "Updated" stamp, not the story's shown date.
    filler = "".join(f"<p>Menu item number {i}</p>" for i in range(30))
    body = (
        f'<div class="top"><div class="post-date">Updated: December 6, 2024</div>{filler}</div>'
        f"<main><h1>{HEADLINE}</h1><p>Text.</p></main>"
    )
    assert visible_published(_ctx(body=body, title=HEADLINE)) is None


def test_unmarked_date_line_in_a_br_tail() -> None:
    body = f"<h1>{HEADLINE}</h1><p><a href='/'>Harbour News</a><br>13 Jan 2020, 22:11 GMT+10</p>"
    got = visible_published(_ctx(body=body, title=HEADLINE))
    assert got is not None
    assert got.value.date().isoformat() == "2020-01-13"


def test_copyright_footer_is_not_a_date() -> None:
    body = f"<h1>{HEADLINE}</h1><p>Text.</p><footer><small>© 2019 Harbour News</small></footer>"
    assert _first(PUBLISHED_RULES, _ctx(body=body, title=HEADLINE)) is None


def test_masthead_today_widget_does_not_override_metadata() -> None:
    head = '<meta property="article:published_time" content="2022-05-03T22:46:08-03:00">'
    body = (
        f'<header class="site-header"><span class="today-date">Miércoles, 04 de Mayo de 2022'
        f"</span></header><main><h1>{HEADLINE}</h1><p>Texto.</p></main>"
    )
    got = _first(PUBLISHED_RULES, _ctx(head=head, body=body, title=HEADLINE))
    assert got is not None
    assert got.value.date().isoformat() == "2022-05-03"


# ------------------------------------------------------------------ reconciliation


def test_header_date_beats_a_utc_stamp_on_the_next_day() -> None:
    head = (
        '<script type="application/ld+json">'
        '{"@type": "NewsArticle", "datePublished": "2020-02-25T02:25:54Z"}</script>'
    )
    body = f'<h1>{HEADLINE}</h1><div class="byline">By Jane Roe | February 24, 2020 | 9:25pm</div>'
    ctx = _ctx(head=head, body=body, title=HEADLINE)
    got = reconciled_published(ctx)
    assert got is not None
    assert got.value.date().isoformat() == "2020-02-24"
    assert _first(PUBLISHED_RULES, ctx) == got


def test_ambiguous_numeric_header_date_loses_to_metadata() -> None:
    head = '<meta property="article:published_time" content="2021-11-01T04:00:14Z">'
    body = f'<h1>{HEADLINE}</h1><div class="date">11/01/2021</div>'
    ctx = _ctx(head=head, body=body, title=HEADLINE)
    assert reconciled_published(ctx) is None
    got = _first(PUBLISHED_RULES, ctx)
    assert got is not None
    assert got.value.date().isoformat() == "2021-11-01"


def test_url_breaks_a_tie_between_metadata_and_header() -> None:
    head = '<meta property="article:published_time" content="2020-12-23T15:42:33Z">'
    body = f'<h1>{HEADLINE}</h1><div class="timestamp">Dec 22, 2020</div>'
    ctx = _ctx(head=head, body=body, title=HEADLINE, url="https://x.test/2020/12/23/story")
    got = _first(PUBLISHED_RULES, ctx)
    assert got is not None
    assert got.value.date().isoformat() == "2020-12-23"


# ------------------------------------------------------------------ URL


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://x.test/news/2024/12/04/story-slug/", "2024-12-04"),
        ("https://x.test/2024-12-04-story", "2024-12-04"),
        ("https://x.test/news/20200428/story", "2020-04-28"),
        ("https://x.test/story/2024/5/7/slug", "2024-05-07"),
        ("https://x.test/2024/12/story", None),
        ("https://x.test/id/1234567890", None),
        ("https://x.test/news/2024/13/45/x", None),
        ("https://blog.x.test/2019064/slug", None),  # a post id, not 2019-06-04
        ("https://x.test/2019/6/4/slug", "2019-06-04"),
    ],
)
def test_url_date(url: str, day: str | None) -> None:
    got = url_date(_ctx(url=url))
    assert (got.value.date().isoformat() if got else None) == day
    if got:
        assert got.rule == "url:path-date"


def test_url_date_is_the_last_resort() -> None:
    head = '<meta property="article:published_time" content="2024-12-03T10:00:00Z">'
    got = _first(PUBLISHED_RULES, _ctx(head=head, url="https://x.test/2024/12/04/x"))
    assert got is not None
    assert got.rule == "meta:article:published_time"


def test_modified_before_published_is_a_draft_save() -> None:
    head = (
        '<meta property="article:published_time" content="2020-10-26T04:01:57-05:00">'
        '<meta property="article:modified_time" content="2020-10-23T14:17:00-05:00">'
    )
    ctx = _ctx(head=head)
    published = _first(PUBLISHED_RULES, ctx)
    assert published is not None
    ctx.found["published"] = published
    assert _first(MODIFIED_RULES, ctx) is None


def test_modified_after_published_is_kept() -> None:
    head = (
        '<meta property="article:published_time" content="2020-10-23T04:01:57-05:00">'
        '<meta property="article:modified_time" content="2020-10-26T14:17:00-05:00">'
    )
    ctx = _ctx(head=head)
    published = _first(PUBLISHED_RULES, ctx)
    assert published is not None
    ctx.found["published"] = published
    got = _first(MODIFIED_RULES, ctx)
    assert got is not None
    assert got.value.day == 26


def test_meta_box_aside_next_to_the_headline_counts() -> None:
    body = (
        f'<article><h1>{HEADLINE}</h1><aside><ul><li class="meta-date">26.02.2020</li>'
        "<li>5 min read</li></ul></aside><p>Story text.</p></article>"
    )
    got = visible_published(_ctx(body=body, title=HEADLINE))
    assert got is not None
    assert got.value.date().isoformat() == "2020-02-26"


def test_unmarked_date_line_with_whitespace_runs() -> None:
    body = f"<h1>{HEADLINE}</h1><span>von <b>Jane</b>\n          \n          am 20.09.2020</span>"
    got = visible_published(_ctx(body=body, title=HEADLINE))
    assert got is not None
    assert got.value.date().isoformat() == "2020-09-20"


def test_image_url_date_is_a_last_resort() -> None:
    head = '<meta property="og:image" content="https://cdn.x.test/media/2020/10/26/123/pic.jpg">'
    ctx = _ctx(head=head, body="<p>Text.</p>")
    got = _first(PUBLISHED_RULES, ctx)
    assert got is not None
    assert got.rule == "url:image-path-date"
    assert got.value.date().isoformat() == "2020-10-26"
    month_only = '<meta property="og:image" content="https://x.test/uploads/2020/10/pic.jpg">'
    assert image_url_date(_ctx(head=month_only)) is None


# ------------------------------------------------------------------ header zone


def test_header_zone_finds_the_headline_matching_the_title() -> None:
    body = (
        '<div class="logo"><h1>Harbour Times</h1></div>'
        f'<div class="content right-sidebar"><h2>{HEADLINE}</h2><p class="d">Dec 4, 2024</p></div>'
    )
    zone = HeaderZone(_ctx(body=body, title=HEADLINE))
    assert zone.headline is not None
    assert zone.headline.tag == "h2"
    date_el = zone.headline.getnext()
    # "right-sidebar" on the story's own wrapper does not make its date off-article.
    assert zone.off_article(date_el) is False
    assert off_article(date_el) is True
    assert zone.near(date_el)


def test_header_zone_window_excludes_far_elements() -> None:
    filler = "".join(
        f"<p>Paragraph {i} of the story, long enough to count.</p>" for i in range(120)
    )
    body = f'<h1>{HEADLINE}</h1>{filler}<p class="date">December 1, 2024</p>'
    ctx = _ctx(body=body, title=HEADLINE)
    zone = HeaderZone(ctx)
    last = ctx.page.root.find(".//p[@class='date']")
    assert last is not None
    assert not zone.near(last)
    assert visible_published(ctx) is None


def test_date_box_wrapping_the_whole_story_is_cheap_and_ignored() -> None:
    story = "<p>" + "The council met again. " * 2000 + "</p>"
    body = f"<h1>{HEADLINE}</h1>" + '<div class="meta">' * 300 + story + "</div>" * 300
    start = time.perf_counter()
    got = visible_published(_ctx(body=body, title=HEADLINE))
    assert time.perf_counter() - start < 2.0
    assert got is None


def test_forum_member_since_line_is_not_the_post_date() -> None:
    body = (
        f"<h2>{HEADLINE}</h2><dl><dd class='profile-joined'>Registriert: 18.09.2008, 05:56</dd>"
        "</dl><p class='author'>Beitrag von jane » 21.01.2009, 05:42</p>"
    )
    got = visible_published(_ctx(body=body, title=HEADLINE))
    assert got is not None
    assert got.value.date().isoformat() == "2009-01-21"


def test_metadata_date_in_the_future_is_ignored() -> None:
    head = '<meta property="article:published_time" content="2031-01-01T00:00:00Z">'
    body = f'<h1>{HEADLINE}</h1><div class="date">December 3, 2024</div>'
    ctx = _ctx(head=head, body=body, title=HEADLINE, now=datetime(2024, 12, 4, 12))
    got = _first(PUBLISHED_RULES, ctx)
    assert got is not None
    assert got.value.date().isoformat() == "2024-12-03"


def test_url_date_confirming_the_metadata_settles_it_without_the_header() -> None:
    head = '<meta property="article:published_time" content="2024-12-04T09:00:00+01:00">'
    body = f'<h1>{HEADLINE}</h1><div class="post-date">Published: December 9, 2024</div>'
    ctx = _ctx(head=head, body=body, title=HEADLINE, url="https://example.org/2024/12/04/bridge")
    got = published_date(ctx)
    assert got is not None
    assert (got.rule, got.value.day) == ("meta:article:published_time", 4)
    # Without the URL the labelled header date under the headline overrides the metadata.
    got = published_date(_ctx(head=head, body=body, title=HEADLINE))
    assert got is not None
    assert (got.rule, got.value.day) == ("heuristic:visible-published", 9)


def test_header_without_an_update_label_skips_the_modified_line_scan() -> None:
    body = f'<h1>{HEADLINE}</h1><div class="post-date">December 4, 2024</div>'
    assert visible_modified(_ctx(body=body, title=HEADLINE)) is None
    body = f'<h1>{HEADLINE}</h1><div class="post-date">Last <b>updated</b> December 6, 2024</div>'
    got = visible_modified(_ctx(body=body, title=HEADLINE))
    assert got is not None
    assert got.value.day == 6


_EST = timezone(timedelta(hours=-5))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Published 11:34 PM EST Nov 19, 2019",
            datetime(2019, 11, 19, 23, 34, tzinfo=_EST),
            id="us-paper-time-first",
        ),
        pytest.param(
            "09:05:07 AM XYZ Mar 3, 2021", datetime(2021, 3, 3, 9, 5, 7), id="unknown-zone-skipped"
        ),
        pytest.param("7:15 a.m. on 4 May 2022", datetime(2022, 5, 4, 7, 15), id="on-glue"),
        # Negative cases: a score or a duration before the date is no time of day.
        pytest.param("Final 3:1 Nov 20, 2019", datetime(2019, 11, 20), id="score-not-time"),
        pytest.param(
            "Runtime 1:45 Released 20 November 2019", datetime(2019, 11, 20), id="far-word"
        ),
        # A date that carries its own time keeps it.
        pytest.param(
            "10:00 Nov 20, 2019 2:16 AM EST",
            datetime(2019, 11, 20, 2, 16, tzinfo=_EST),
            id="own-time-wins",
        ),
    ],
)
def test_time_written_before_its_date(text: str, expected: datetime) -> None:
    assert parse_date(text, use_dateparser=False) == expected


@pytest.mark.parametrize(
    ("meta_time", "expected", "rule"),
    [
        pytest.param(
            "2021-05-03T09:15:00+02:00",
            datetime(2021, 5, 3, 9, 15, tzinfo=timezone(timedelta(hours=2))),
            "meta:article:published_time",
            id="same-day-gives-the-time",
        ),
        # Negative: another day is a disagreement, not more precision.
        pytest.param(
            "2021-05-04T09:15:00+02:00",
            datetime(2021, 5, 3),
            "jsonld:datePublished",
            id="other-day-ignored",
        ),
    ],
)
def test_day_only_jsonld_takes_the_time_of_the_same_day(
    meta_time: str, expected: datetime, rule: str
) -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "May 3, 2021"}</script>'
        f'<meta property="article:published_time" content="{meta_time}">'
    )
    got = metadata_published(_ctx(head=head))
    assert got is not None
    assert (got.value, got.rule) == (expected, rule)


@pytest.mark.parametrize(
    ("published", "modified", "kept"),
    [
        # A scheduled post: saved in the evening, published next morning (same page clock).
        ("2022-05-11T11:30:40+00:00", "2022-05-10T20:10:41+00:00", False),
        ("2017-05-29T14:14:51+02:00", "2017-05-29T12:16:11+02:00", False),
        # Published time with seconds, modified cut to the minute: rounding, kept.
        ("2021-11-01T05:00:14", "2021-11-01T05:00:00", True),
        # An edit an hour later is a modification.
        ("2017-05-29T14:14:51+02:00", "2017-05-29T15:16:11+02:00", True),
        # The same instant written in two zones is not earlier.
        ("2020-03-31T17:27:47+02:00", "2020-03-31T15:55:31+00:00", True),
    ],
    ids=["evening-before", "two-hours-before", "minute-rounding", "hour-after", "other-zone"],
)
def test_modified_earlier_than_published_on_one_clock_is_dropped(
    published: str, modified: str, kept: bool
) -> None:
    head = (
        f'<meta property="article:published_time" content="{published}">'
        f'<meta property="article:modified_time" content="{modified}">'
    )
    ctx = _ctx(head=head)
    pub = _first(PUBLISHED_RULES, ctx)
    assert pub is not None
    ctx.found["published"] = pub
    assert (_first(MODIFIED_RULES, ctx) is not None) is kept
