"""Day-first or month-first numeric dates: the order hint and the page's own evidence."""

from __future__ import annotations

from datetime import datetime

import pytest

import copydesk
from copydesk import Profile, Selector
from copydesk.heuristics.dateorder import numeric_order, order_hint
from copydesk.heuristics.dates import PUBLISHED_RULES, parse_date
from copydesk.heuristics.datetext import DateOrder
from copydesk.page import Page
from copydesk.rules import Context, Found

HEADLINE = "Council approves the new harbour bridge"


def _ctx(
    body: str = "",
    *,
    head: str = "",
    url: str | None = "https://news.example.com/story",
    lang: str | None = "en",
    html_lang: str = "",
) -> Context:
    attr = f' lang="{html_lang}"' if html_lang else ""
    html = f"<html{attr}><head>{head}</head><body>{body}</body></html>"
    ctx = Context(page=Page(html, url))
    ctx.found["title"] = Found(value=HEADLINE, rule="test")
    if lang:
        ctx.found["language"] = Found(value=lang, rule="test")
    return ctx


def _published(ctx: Context) -> str | None:
    for rule in PUBLISHED_RULES:
        got = rule(ctx)
        if got is not None:
            value: datetime = got.value
            return value.date().isoformat()
    return None


# ------------------------------------------------------------------ parse_date(order=...)


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("12/03/2024", None, "2024-03-12"),
        ("12/03/2024", "dmy", "2024-03-12"),
        ("12/03/2024", "mdy", "2024-12-03"),
        ("12-03-2024", "mdy", "2024-12-03"),
        ("03-25-2024", None, "2024-03-25"),  # 25 cannot be a month, whatever the hint
        ("25/03/2024", "mdy", "2024-03-25"),
        ("03/25/2024", "dmy", "2024-03-25"),
        ("04.05.2021", "mdy", "2021-05-04"),  # dotted dates are always day first
        ("4. 5. 2021", "mdy", "2021-05-04"),
        ("05/05/2024", "mdy", "2024-05-05"),
    ],
    ids=lambda v: str(v),
)
def test_order_hint_reads_ambiguous_numeric_dates(
    text: str, order: DateOrder | None, expected: str
) -> None:
    got = parse_date(text, order=order)
    assert got is not None
    assert got.date().isoformat() == expected


def test_order_hint_beats_the_language_and_is_called_only_when_needed() -> None:
    calls: list[int] = []

    def hint() -> DateOrder:
        calls.append(1)
        return "dmy"

    got = parse_date("04/12/2024", languages=["en-us"], order=hint)
    assert got == datetime(2024, 12, 4)
    assert parse_date("December 4, 2024", order=hint) is not None
    assert parse_date("25/12/2024", order=hint) is not None
    assert len(calls) == 1


def test_a_hint_without_evidence_falls_back_to_the_language() -> None:
    assert parse_date("04/12/2024", languages=["en-us"], order=lambda: None) == datetime(
        2024, 4, 12
    )
    assert parse_date("04/12/2024", languages=["de"], order=lambda: None) == datetime(2024, 12, 4)


# ------------------------------------------------------------------ the page's evidence


@pytest.mark.parametrize(
    ("body", "url", "lang", "expected"),
    [
        # (a) an unambiguous date of the same pattern elsewhere on the page
        ("<p>12/03/2024</p><li>Older: 03/25/2024</li>", "https://x.example.co.uk/a", "en", "mdy"),
        ("<p>12/03/2024</p><li>Older: 25/03/2024</li>", "https://x.example.com/a", "en-us", "dmy"),
        ("<p>12/03/2024</p><li>25-03-2024</li>", "https://x.example.com/a", "en", "dmy"),
        # both proofs cancel: on to the locale
        ("<p>13/03/2024 03/25/2024</p>", "https://x.example.ie/a", "en", "dmy"),
        # a dotted date proves nothing (it is day first whatever the page)
        ("<p>12/03/2024</p><p>25.03.2024</p>", "https://x.example.com/a", "en", "mdy"),
        # script text is not visible
        (
            '<p>12/03/2024</p><script>var d = "25/03/2024";</script>',
            "https://x.example.com/a",
            "en",
            "mdy",
        ),
        # (c) the locale
        ("<p>12/03/2024</p>", "https://x.example.com/a", "en", "mdy"),
        ("<p>12/03/2024</p>", "https://x.example.co.uk/a", "en", "dmy"),
        ("<p>12/03/2024</p>", "https://x.example.co.uk/a", "en-us", "dmy"),
        ("<p>12/03/2024</p>", "https://x.example.com.au/a", "en", "dmy"),
        ("<p>12/03/2024</p>", "https://x.example.in/a", "en", "dmy"),
        ("<p>12/03/2024</p>", "https://x.example.us/a", "en", "mdy"),
        ("<p>12/03/2024</p>", "https://x.example.com/a", "en-gb", "dmy"),
        ("<p>12/03/2024</p>", "https://x.example.com/a", "de", "dmy"),
        ("<p>12/03/2024</p>", "https://x.example.io/a", "en", "mdy"),  # a generic country code
        ("<p>12/03/2024</p>", "https://x.example.ca/a", "en", None),
        ("<p>12/03/2024</p>", "https://x.example.com/a", "en-ca", "mdy"),
        ("<p>12/03/2024</p>", "https://x.example.com/a", None, None),
    ],
    ids=lambda v: str(v)[:40],
)
def test_numeric_order(body: str, url: str, lang: str | None, expected: str | None) -> None:
    assert numeric_order(_ctx(body, url=url, lang=lang)) == expected


def test_og_locale_gives_the_region_of_a_plain_english_page() -> None:
    head = '<meta property="og:locale" content="en_GB">'
    assert numeric_order(_ctx("<p>12/03/2024</p>", head=head)) == "dmy"
    head = '<meta property="og:locale" content="en_US">'
    ctx = _ctx("<p>12/03/2024</p>", head=head, url="https://x.example.de/a")
    assert numeric_order(ctx) == "dmy"  # the country domain outranks the declared region
    ctx = _ctx("<p>12/03/2024</p>", head=head, lang="de")
    assert numeric_order(ctx) == "dmy"  # a German page's template default says nothing
    ctx = _ctx("<p>12/03/2024</p>", head=head, url="https://x.example.ca/a")
    assert numeric_order(ctx) == "mdy"


@pytest.mark.parametrize(
    ("day", "expected"),
    [("2024-12-03", "mdy"), ("2024-03-12", "dmy"), ("2024-06-01", None)],
)
def test_metadata_day_settles_the_order(day: str, expected: str | None) -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        f'"datePublished": "{day}T09:00:00Z"}}</script>'
    )
    ctx = _ctx("<p>Posted 12/03/2024</p>", head=head, url="https://x.example.ca/a")
    assert numeric_order(ctx) == expected


def test_order_hint_reads_the_page_once() -> None:
    ctx = _ctx("<p>12/03/2024</p><p>Archive: 25/03/2024</p>")
    hint = order_hint(ctx)
    assert parse_date("12/03/2024", order=hint) == datetime(2024, 3, 12)
    ctx.page.cache["copydesk.heuristics.dateorder"] = "mdy"  # memoised: not searched again
    assert parse_date("12/03/2024", order=hint) == datetime(2024, 12, 3)


def test_an_ambiguous_metadata_date_is_no_evidence() -> None:
    head = '<meta name="date" content="12/03/2024">'
    ctx = _ctx("<p>Posted 12/03/2024</p>", head=head, url="https://x.example.ca/a")
    assert numeric_order(ctx) is None


def test_the_evidence_is_searched_only_for_an_ambiguous_date() -> None:
    ctx = _ctx(f'<h1>{HEADLINE}</h1><div class="date">December 3, 2024</div>')
    assert _published(ctx) == "2024-12-03"
    assert not any("dateorder" in key for key in ctx.page.cache)


# ------------------------------------------------------------------ the published rule


@pytest.mark.parametrize(
    ("extra", "url", "expected"),
    [
        ("", "https://news.example.com/story", "2024-12-03"),
        ("", "https://news.example.co.uk/story", "2024-03-12"),
        ("<ul><li>Earlier story, 25/02/2024</li></ul>", "https://news.example.com/s", "2024-03-12"),
        ("<ul><li>Earlier story, 02/25/2024</li></ul>", "https://news.example.ie/s", "2024-12-03"),
    ],
    ids=["plain-en-com", "co-uk", "day-first-proof", "month-first-proof"],
)
def test_header_date_on_a_plain_english_page(extra: str, url: str, expected: str) -> None:
    body = f'<h1>{HEADLINE}</h1><div class="date">Posted 12/03/2024</div><p>Text.</p>{extra}'
    assert _published(_ctx(body, url=url)) == expected


def test_header_date_agrees_with_the_modified_metadata() -> None:
    head = '<meta property="article:modified_time" content="2024-12-05T10:00:00Z">'
    body = f'<h1>{HEADLINE}</h1><div class="date">Posted 12/03/2024</div><p>Updated 12/05/2024</p>'
    ctx = _ctx(body, head=head, url="https://news.example.ie/story")
    assert numeric_order(ctx) == "mdy"  # the metadata outranks the Irish domain
    assert _published(ctx) == "2024-12-03"


@pytest.mark.parametrize(
    ("domain", "expected"),
    [("planet.example.com", "2024-12-03"), ("planet.example.co.uk", "2024-03-12")],
)
def test_a_profile_date_is_read_in_the_page_order(domain: str, expected: str) -> None:
    profile = Profile(name="planet", domains=(domain,), published=(Selector(css=".when"),))
    html = (
        f'<html lang="en"><body><h1>{HEADLINE}</h1><p class="when">12/03/2024</p>'
        "<p>" + "The council met on Tuesday to discuss the new budget. " * 5 + "</p></body></html>"
    )
    art = copydesk.parse(html, url=f"https://{domain}/story", profiles=(profile,))
    assert art.published is not None
    assert art.published.date().isoformat() == expected


@pytest.mark.parametrize(
    ("box", "order"),
    [
        ('<div class="comments"><p>Posted 23/04/2024 by Bob</p></div>', None),
        ("<footer><p>Site updated 23/04/2024</p></footer>", None),
        ('<div class="story-meta"><p>Filed 23/04/2024</p></div>', "dmy"),
    ],
    ids=["comment-box", "footer", "story-meta"],
)
def test_comments_and_footers_cast_no_vote(box: str, order: DateOrder | None) -> None:
    """A reader's comment or the site footer writes dates its own way: only the story's own
    dates vote (no vote here leaves the page's locale, unknown to a bare context, to decide)."""
    html = f'<html lang="en"><body><article><h1>Bridge</h1><p>Posted 04/05/2024</p>{box}'
    page = Page(html + "</article></body></html>", "https://news.example.com/a")
    assert numeric_order(Context(page=page)) == order
