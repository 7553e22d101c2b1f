"""Publication and modification dates the page declares: JSON-LD, ``<meta>``, ``itemprop``, URL.

These are the machine-readable candidates, each read from one place and parsed with
:func:`~copydesk.heuristics.datetext.parse_date` (which rejects copyright years and dates in
the future). They are kept apart from the header scan (:mod:`~copydesk.heuristics.dateheader`)
and from the rule chain that weighs them against each other
(:mod:`~copydesk.heuristics.dates`): each rule here is a single-source lookup that profiles
and tests can also call on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime, time, timedelta
from typing import Any
from urllib.parse import parse_qsl

from lxml.html import HtmlElement

from copydesk.cleaning import element_text
from copydesk.heuristics.dateorder import order_hint
from copydesk.heuristics.datetext import parse_date, plausible
from copydesk.heuristics.datezone import off_article
from copydesk.heuristics.metaitems import (
    in_other_item,
    other_item_type,
    story_articles,
    story_meta,
)
from copydesk.rules import Context, Found
from copydesk.urls import split_url, url_path

__all__ = [
    "JSONLD_MODIFIED_KEYS",
    "JSONLD_PUBLISHED_KEYS",
    "MODIFIED_META_KEYS",
    "PUBLISHED_META_KEYS",
    "image_url_date",
    "itemprop_modified",
    "itemprop_published",
    "jsonld_modified",
    "jsonld_published",
    "meta_modified",
    "meta_published",
    "metadata_published",
    "page_languages",
    "url_date",
    "written_date",
]

# ``<meta>`` keys that name the publication moment, most specific first.
PUBLISHED_META_KEYS: tuple[str, ...] = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "article:published",
    "published_time",
    "article.published",
    "datepublished",
    "rnews:datepublished",
    "article_date_original",
    "original-publish-date",
    "publish-date",
    "publish_date",
    "publishdate",
    "pubdate",
    "pub_date",
    "publication_date",
    "published_date",
    "published-date",
    "og:pubdate",
    "bt:pubdate",
    "sailthru.date",
    "parsely-pub-date",
    "cxenseparse:recs:publishtime",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.created",
    "citation_publication_date",
    "citation_date",
    "prism.publicationdate",
    "date_published",
    "datecreated",
    "displaydate",
    "article:post_date",
    "dc.date",
    "dcterms.date",
    "date",
    "created",
    "creation_date",
)
# ``<meta>`` keys for the last change.
MODIFIED_META_KEYS: tuple[str, ...] = (
    "article:modified_time",
    "og:updated_time",
    "article:updated_time",
    "og:modified_time",
    "datemodified",
    "modified_time",
    "dc.date.modified",
    "dcterms.modified",
    "last-modified",
    "lastmod",
    "updated",
    "parsely-updated",
    "eomportal-lastupdate",
    "revised",
)
JSONLD_PUBLISHED_KEYS = ("datePublished", "dateCreated", "uploadDate")
JSONLD_MODIFIED_KEYS = ("dateModified",)

# A date-like fragment in the URL path: /2024/12/04/, /2024-12-04-, /20241204/.
_URL_DATE_RE = re.compile(
    r"""(?<![\d])(?P<y>(?:19|20)\d{2}) (?P<sep>[/_-]?) (?P<m>0[1-9]|1[0-2]|[1-9](?=/))
        (?P=sep) (?P<d>0[1-9]|[12]\d|3[01]|[1-9](?=/)) (?![\d])""",
    re.VERBOSE,
)
# Query parameters that carry the story's date (``?date=2024-12-04``, ``&pubdate=20241204``);
# other parameters hold ids and cache busters that merely look like dates.
_URL_DATE_PARAM_RE = re.compile(r"^(?:date|day|d|pubdate|pub_date|published|datum|fecha)$", re.I)
# File names of a site's own pictures, which every page shares: its logo, a default or
# placeholder share image, an icon.
_SITE_IMAGE_RE = re.compile(
    r"(?i)(?:logo|default|placeholder|fallback|favicon|icon|avatar|brand|og-image|share-image)"
    r"[^/]*$"
)
#: Two timestamps this close are the same moment written in two offsets.
SAME_INSTANT = timedelta(minutes=1)


# ------------------------------------------------------------------ JSON-LD


def _jsonld_dates(ctx: Context, keys: Sequence[str]) -> Iterator[Found[datetime]]:
    """Every date under ``keys`` in the page's JSON-LD, article objects first, key by key.

    Machine-written fields: the fast formats only, no dateparser guessing.
    """
    page = ctx.page
    for obj in _jsonld_candidates(ctx):
        for key in keys:
            for raw in _as_strings(obj.get(key)):
                value = parse_date(raw, now=page.now, use_dateparser=False)
                if value is not None:
                    yield Found(value=value, rule=f"jsonld:{key}", source="metadata")


def _jsonld_candidates(ctx: Context) -> Iterator[Mapping[str, Any]]:
    """Article objects first (the one naming this URL before the others), then the rest
    (less the videos, comments and events when there is an article)."""
    page = ctx.page
    articles = story_articles(page)
    yield from articles
    seen = {id(a) for a in page.jsonld_articles()}  # those left out are other stories
    for obj in page.jsonld:
        # Beside an article, a video's upload or a comment's date is not the story's.
        if id(obj) not in seen and not (articles and other_item_type(obj)):
            yield obj


def _as_strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, int | float) and not isinstance(value, bool):
        yield str(int(value))
    elif isinstance(value, list):
        for item in value[:3]:
            if isinstance(item, str):
                yield item


def jsonld_published(ctx: Context) -> Found[datetime] | None:
    """``datePublished`` (or ``dateCreated``/``uploadDate``) of the page's JSON-LD article."""
    return next(_jsonld_dates(ctx, JSONLD_PUBLISHED_KEYS), None)


def jsonld_modified(ctx: Context) -> Found[datetime] | None:
    """``dateModified`` of the page's JSON-LD article."""
    return next(_jsonld_dates(ctx, JSONLD_MODIFIED_KEYS), None)


# ------------------------------------------------------------------ <meta>


def _meta_dates(
    ctx: Context, keys: Sequence[str], *, thorough: bool = True
) -> Iterator[Found[datetime]]:
    """Every date in the ``<meta>`` tags under ``keys``, key by key.

    ``thorough`` (the meta rules) reads a value like any date text: in the page's language,
    with dateparser as a last resort. Without it only the fast formats count: enough for a
    second reading of a date the metadata already gave.
    """
    page = ctx.page
    meta = story_meta(page)  # not the microdata of teaser cards, comments, videos
    for key in keys:
        for raw in meta.get(key, ()):
            if thorough:
                value = parse_date(
                    raw, now=page.now, languages=page_languages(ctx), order=order_hint(ctx)
                )
            else:
                value = parse_date(raw, now=page.now, use_dateparser=False)
            if value is not None:
                yield Found(value=value, rule=f"meta:{key}", source="metadata")


def meta_published(ctx: Context) -> Found[datetime] | None:
    """``article:published_time``, ``pubdate``, ``dc.date`` ... in ``<meta>`` tags."""
    return next(_meta_dates(ctx, PUBLISHED_META_KEYS), None)


def meta_modified(ctx: Context) -> Found[datetime] | None:
    """``article:modified_time``, ``og:updated_time`` ... in ``<meta>`` tags."""
    return next(_meta_dates(ctx, MODIFIED_META_KEYS), None)


# ------------------------------------------------------------------ markup in the body


def _itemprop(ctx: Context, prop: str) -> Found[datetime] | None:
    page = ctx.page
    for el in page.xpath(f"//*[@itemprop='{prop}'][not(self::meta)]"):
        if not isinstance(el, HtmlElement) or off_article(el) or in_other_item(page, el):
            continue  # a related list's, a teaser card's or a comment's date
        for raw in (el.get("datetime"), el.get("content"), element_text(el)):
            if raw:
                value = parse_date(
                    raw, now=page.now, languages=page_languages(ctx), order=order_hint(ctx)
                )
                if value is not None:
                    return Found(value=value, rule=f"heuristic:itemprop-{prop}", source="metadata")
    return None


def itemprop_published(ctx: Context) -> Found[datetime] | None:
    """An element (``<time>``, ``<span>``) marked ``itemprop="datePublished"``."""
    return _itemprop(ctx, "datePublished")


def itemprop_modified(ctx: Context) -> Found[datetime] | None:
    """An element marked ``itemprop="dateModified"``."""
    return _itemprop(ctx, "dateModified")


# ------------------------------------------------------------------ URL


def url_date(ctx: Context) -> Found[datetime] | None:
    """A date in the URL path: ``/2024/12/04/``, ``/2024-12-04-title``, ``/20241204/``.

    A path without one may still name the day in a ``date``/``day`` query parameter.
    """
    page = ctx.page
    if not page.url:
        return None
    rule = "url:path-date"
    m = next((m for m in _URL_DATE_RE.finditer(page.path) if _whole_url_date(m)), None)
    if not m:
        rule = "url:query-date"
        m = _query_date(page.url)
    if not m:
        return None
    try:
        value = datetime(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    if not plausible(value, page.now):
        return None
    return Found(value=value, rule=rule, source="heuristic")


def _whole_url_date(m: re.Match[str]) -> bool:
    """Single-digit months and days only between separators ("/2024/1/5/"): run together
    ("/2028064/") the digits are an id, not a day.

    >>> _whole_url_date(_URL_DATE_RE.search("/2024/1/5/x")), _whole_url_date(
    ...     _URL_DATE_RE.search("/2028064/x"))
    (True, False)
    """
    return bool(m["sep"]) or (len(m["m"]) == 2 and len(m["d"]) == 2)


def _query_date(url: str) -> re.Match[str] | None:
    parts = split_url(url)
    if parts is None or not parts.query:
        return None
    for key, value in parse_qsl(parts.query)[:20]:
        if _URL_DATE_PARAM_RE.match(key):
            m = _URL_DATE_RE.fullmatch(value.strip())
            if m and _whole_url_date(m):
                return m
    return None


def image_url_date(ctx: Context) -> Found[datetime] | None:
    """A full date in the lead image's URL (``og:image`` ``.../2020/10/26/...``).

    CMSs file uploads by day; with nothing else to go on, the lead image's upload day is
    the best estimate of the story's. Month-only upload paths (``/2020/10/``) are ignored,
    and so is the site's logo or default share picture (every page shows it).
    """
    page = ctx.page
    for key in ("og:image", "twitter:image"):
        for raw in page.meta.get(key, ())[:1]:
            if _SITE_IMAGE_RE.search(url_path(raw)):
                continue  # the site's logo or default share picture, uploaded long ago
            m = _URL_DATE_RE.search(url_path(raw))
            if not m:
                continue
            try:
                value = datetime(int(m["y"]), int(m["m"]), int(m["d"]))
            except ValueError:
                continue
            if plausible(value, page.now):
                return Found(value=value, rule="url:image-path-date", source="heuristic")
    return None


def page_languages(ctx: Context) -> tuple[str, ...] | None:
    """The page's resolved language as a ``languages`` hint for ``parse_date``, if known."""
    lang = ctx.value("language")
    if isinstance(lang, str) and lang:
        return (lang,)
    return None


def written_date(ctx: Context, text: str) -> datetime | None:
    """A full date written out in ``text`` (digits or a month name, in the page's language).

    The weak rules read text that is not a date field, so the guessing paths stay off: no
    bare numbers (ids, counts), no dateparser (it finds a date in almost anything). Fast
    enough for markup scanned in bulk.

    >>> from copydesk.page import Page
    >>> ctx = Context(page=Page("<p>x</p>"))
    >>> written_date(ctx, "Posted 4 December 2024").date().isoformat()
    '2024-12-04'
    >>> written_date(ctx, "1733317200") is None  # a bare number: an id or a counter here
    True
    """
    return parse_date(
        text,
        now=ctx.page.now,
        languages=page_languages(ctx),
        order=order_hint(ctx),
        use_dateparser=False,
        bare_numbers=False,
    )


def metadata_published(ctx: Context) -> Found[datetime] | None:
    """JSON-LD ``datePublished``, else a publication ``<meta>``, preferring a local offset.

    A UTC timestamp and a local one for the same instant often sit side by side
    (JSON-LD in UTC, ``article:published_time`` with ``-08:00``); the local one carries
    the calendar day the newsroom printed.
    """
    first = jsonld_published(ctx) or meta_published(ctx)
    if first is not None and _day_only(first.value):
        return _same_day_with_time(ctx, first)
    if first is None or first.value.utcoffset() != timedelta(0):
        return first
    for other in _all_metadata_published(ctx):
        offset = other.value.utcoffset()
        if offset and abs(other.value - first.value) <= SAME_INSTANT:
            return other
    return first


def _day_only(value: datetime) -> bool:
    """A bare calendar day ("datePublished": "2024-12-04"): naive, at midnight."""
    return value.tzinfo is None and value.time() == time(0)


def _same_day_with_time(ctx: Context, first: Found[datetime]) -> Found[datetime]:
    """Another metadata source with a time for the day ``first`` only names, else ``first``.

    JSON-LD often carries the day alone where ``article:published_time`` has the full
    timestamp; a different day is a disagreement, not more precision, and is left alone.
    """
    for other in _all_metadata_published(ctx):
        if not _day_only(other.value) and other.value.date() == first.value.date():
            return other
    return first


def _all_metadata_published(ctx: Context) -> Iterator[Found[datetime]]:
    """Every publication date the metadata gives, JSON-LD first, fast formats only."""
    yield from _jsonld_dates(ctx, JSONLD_PUBLISHED_KEYS)
    yield from _meta_dates(ctx, PUBLISHED_META_KEYS, thorough=False)
