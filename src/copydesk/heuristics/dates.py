"""Published and modified dates: metadata first, then the page's own markup, then the URL.

Order of trust, from the most to the least explicit: JSON-LD on the article object,
``<meta>`` tags named for publication, ``itemprop=datePublished`` in the body, ``<time>``
elements in the article header, visible "Published:" / "Veröffentlicht am" lines near the
headline, and finally a date in the URL path. Every candidate goes through
:func:`~copydesk.heuristics.datetext.parse_date`, which rejects copyright years and dates in
the future. Published and modified are kept apart: an "Updated" label never fills
``published`` while a "Published" label is there to be read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import urlsplit

import attrs
from lxml.html import HtmlElement

from copydesk.cleaning import element_text
from copydesk.heuristics.datetext import FUTURE_SLACK, parse_date, plausible
from copydesk.heuristics.datezone import (
    MAX_DATE_TEXT,
    PUBLISHED_LABEL_RE,
    UPDATED_LABEL_RE,
    HeaderZone,
    date_lines,
    off_article,
)
from copydesk.rules import Context, Found, Rule

__all__ = ["MODIFIED_RULES", "PUBLISHED_RULES", "parse_date"]

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
#: Two timestamps this close are the same moment written in two offsets.
SAME_INSTANT = timedelta(minutes=1)
MONTHS_IN_YEAR = 12
# Class words that mark a <time> as the publication time.
_PUBLISH_CLASS_RE = re.compile(r"publish|posted|pubdate|created", re.IGNORECASE)


# ------------------------------------------------------------------ JSON-LD


def _jsonld_date(ctx: Context, keys: Sequence[str], rule_prefix: str) -> Found[datetime] | None:
    page = ctx.page
    for obj in _jsonld_candidates(ctx):
        for key in keys:
            for raw in _as_strings(obj.get(key)):
                value = parse_date(raw, now=page.now, use_dateparser=False)
                if value is not None:
                    return Found(value=value, rule=f"{rule_prefix}{key}", source="metadata")
    return None


def _jsonld_candidates(ctx: Context) -> Iterator[Mapping[str, Any]]:
    """Article objects first (the one naming this URL before the others), then the rest."""
    page = ctx.page
    articles = list(page.jsonld_articles())
    url = (page.url or "").rstrip("/")
    if url and len(articles) > 1:
        articles.sort(key=lambda o: 0 if _names_url(o, url) else 1)
    yield from articles
    seen = {id(a) for a in articles}
    for obj in page.jsonld:
        if id(obj) not in seen:
            yield obj


def _names_url(obj: Mapping[str, Any], url: str) -> bool:
    for key in ("url", "@id", "mainEntityOfPage"):
        value = obj.get(key)
        if isinstance(value, dict):
            value = value.get("@id") or value.get("url")
        if isinstance(value, str) and value.rstrip("/").split("#")[0] == url:
            return True
    return False


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
    return _jsonld_date(ctx, JSONLD_PUBLISHED_KEYS, "jsonld:")


def jsonld_modified(ctx: Context) -> Found[datetime] | None:
    """``dateModified`` of the page's JSON-LD article."""
    return _jsonld_date(ctx, JSONLD_MODIFIED_KEYS, "jsonld:")


# ------------------------------------------------------------------ <meta>


def _meta_date(ctx: Context, keys: Sequence[str]) -> Found[datetime] | None:
    page = ctx.page
    for key in keys:
        for raw in page.meta.get(key, ()):
            value = parse_date(raw, now=page.now, languages=_languages(ctx))
            if value is not None:
                return Found(value=value, rule=f"meta:{key}", source="metadata")
    return None


def meta_published(ctx: Context) -> Found[datetime] | None:
    """``article:published_time``, ``pubdate``, ``dc.date`` ... in ``<meta>`` tags."""
    return _meta_date(ctx, PUBLISHED_META_KEYS)


def meta_modified(ctx: Context) -> Found[datetime] | None:
    """``article:modified_time``, ``og:updated_time`` ... in ``<meta>`` tags."""
    return _meta_date(ctx, MODIFIED_META_KEYS)


# ------------------------------------------------------------------ markup in the body


def _itemprop(ctx: Context, prop: str) -> Found[datetime] | None:
    page = ctx.page
    for el in page.xpath(f"//*[@itemprop='{prop}'][not(self::meta)]"):
        if not isinstance(el, HtmlElement) or off_article(el):
            continue
        for raw in (el.get("datetime"), el.get("content"), element_text(el)):
            if raw:
                value = parse_date(raw, now=page.now, languages=_languages(ctx))
                if value is not None:
                    return Found(value=value, rule=f"heuristic:itemprop-{prop}", source="metadata")
    return None


def itemprop_published(ctx: Context) -> Found[datetime] | None:
    """An element (``<time>``, ``<span>``) marked ``itemprop="datePublished"``."""
    return _itemprop(ctx, "datePublished")


def itemprop_modified(ctx: Context) -> Found[datetime] | None:
    """An element marked ``itemprop="dateModified"``."""
    return _itemprop(ctx, "dateModified")


@attrs.frozen
class _HeaderDate:
    """A date found in the article header, with how much the page vouches for it."""

    found: Found[datetime]
    shown: bool  # the reader sees it as text (not only in an attribute)
    strong: bool  # after the <h1>, or labelled "Published", or a <time pubdate>


def time_element(ctx: Context) -> Found[datetime] | None:
    """The article's ``<time>`` element: one with ``pubdate``, else the first near the headline.

    Times inside related-story lists, sidebars, footers and comments are skipped, and a time
    labelled "Updated" is left to the modified rules.
    """
    got = _time_element(ctx, _scan(ctx).layout)
    return got.found if got else None


def _time_element(ctx: Context, layout: HeaderZone) -> _HeaderDate | None:
    times = [t for t in ctx.page.root.iter("time") if not layout.off_article(t)]
    if not times:
        return None
    marked = [
        t
        for t in times
        if t.get("pubdate") is not None or _PUBLISH_CLASS_RE.search(t.get("class") or "")
    ]
    near = [t for t in layout.by_distance(times) if t not in marked]
    for el in marked + near:
        text = element_text(el)
        shown = _fast_date(ctx, text)
        # A time whose text says "Dec. 6, 2024 / Updated Dec. 7" often carries the update
        # in its attribute: the text before the label is the publication.
        updated = UPDATED_LABEL_RE.search(text)
        before = _fast_date(ctx, text[: updated.start()]) if updated else None
        if before is not None:
            value: datetime | None = before
        else:
            label = _label_text(el)
            if UPDATED_LABEL_RE.search(label) and not PUBLISHED_LABEL_RE.search(label):
                continue
            value = _fast_date(ctx, el.get("datetime") or "") or shown
        if value is not None:
            found = Found(value=value, rule="heuristic:time-element", selector="time")
            strong = el in marked or layout.vouched(el)
            return _HeaderDate(found=found, shown=shown is not None, strong=strong)
    return None


def _fast_date(ctx: Context, text: str) -> datetime | None:
    """``parse_date`` without the dateparser fallback (for markup scanned in bulk)."""
    if not text:
        return None
    return parse_date(
        text, now=ctx.page.now, languages=_languages(ctx), use_dateparser=False, bare_numbers=False
    )


def visible_published(ctx: Context) -> Found[datetime] | None:
    """A short visible date line near the headline ("Published: 4 December 2024").

    Looks at small elements whose class or id names a date/byline/meta box, and at text
    that carries a "Published"/"Veröffentlicht"/"Publié" label, near the ``<h1>``. Lines
    labelled only "Updated" are skipped; so are repeated widgets (lists of other stories).
    """
    got = _visible(ctx, _scan(ctx), want_updated=False)
    return got.found if got else None


def visible_modified(ctx: Context) -> Found[datetime] | None:
    """A visible "Updated: ..." / "Aktualisiert am ..." line near the headline."""
    got = _visible(ctx, _scan(ctx), want_updated=True)
    return got.found if got else None


class _DateScan:
    """The header zone and its date lines, computed once per page and title.

    Published and modified both read the lines near the headline; the scan (and the
    headline search behind it) is the costly part, so it runs once and its lines are kept
    as they are produced: the published rule usually stops at the first line, and the
    modified rule reads on from the same list.
    """

    def __init__(self, ctx: Context) -> None:
        self.layout = HeaderZone(ctx)
        self._source = date_lines(ctx.page.root, self.layout)
        self._lines: list[tuple[HtmlElement, str]] = []
        self._done = False
        self._updated: bool | None = None

    def mentions_update(self) -> bool:
        """Whether any text near the headline says "Updated" (else no line can)."""
        if self._updated is None:
            parts = [
                f"{el.text or ''} {el.tail or ''}"
                for el in self.layout.window()
                if isinstance(el.tag, str) and el.tag not in {"script", "style"}
            ]
            self._updated = bool(UPDATED_LABEL_RE.search(" ".join(parts)))
        return self._updated

    def lines(self) -> Iterator[tuple[HtmlElement, str]]:
        """The date lines, closest to the headline first (see ``datezone.date_lines``)."""
        i = 0
        while True:
            if i < len(self._lines):
                yield self._lines[i]
                i += 1
                continue
            if self._done:
                return
            nxt = next(self._source, None)
            if nxt is None:
                self._done = True
                return
            self._lines.append(nxt)


def _scan(ctx: Context) -> _DateScan:
    """The page's shared date scan (in ``Page.cache``, keyed by the resolved title)."""
    title = ctx.value("title")
    key = f"{__name__}:scan:{title if isinstance(title, str) else ''}"
    got = ctx.page.cache.get(key)
    if isinstance(got, _DateScan):
        return got
    scan = _DateScan(ctx)
    ctx.page.cache[key] = scan
    return scan


def _visible(ctx: Context, scan: _DateScan, *, want_updated: bool) -> _HeaderDate | None:
    page = ctx.page
    layout = scan.layout
    if want_updated and not scan.mentions_update():
        return None  # cheap: one regex over the header's text instead of the line scan
    shown_update: _HeaderDate | None = None
    for el, text in scan.lines():
        updated = UPDATED_LABEL_RE.search(text)
        published = PUBLISHED_LABEL_RE.search(text)
        if shown_update is not None and not published:
            continue  # only a labelled publication date beats the shown update
        rule = "heuristic:visible-published"
        if want_updated:
            if not updated:
                continue
            text = text[updated.end() :]
            rule = "heuristic:visible-modified"
        elif updated and published and updated.start() < published.start():
            text = text[published.start() :]  # "Updated 6 Dec · Published 4 Dec"
        elif updated and not published:
            # "4 Dec 2024 · Updated 5 Dec": the unlabelled date before the label is the
            # publication. A header that shows only "Updated 5 Dec 2024" gives the reader
            # no other date for the story, and readers (and archives) date it by that.
            before = _fast_date(ctx, text[: updated.start()])
            if before is not None:
                strong = layout.vouched(el)
                found = Found(value=before, rule=rule)
                return _HeaderDate(found=found, shown=True, strong=strong)
            if not layout.vouched(el):
                continue
            text = text[updated.end() :]
            rule = "heuristic:visible-updated"
        # dateparser only for lines that say what they are: it is slow and guesses.
        value = parse_date(
            text,
            now=page.now,
            languages=_languages(ctx),
            use_dateparser=bool(published or updated),
            bare_numbers=False,
        )
        if value is None:
            continue
        strong = bool(published or updated) or layout.vouched(el)
        got = _HeaderDate(found=Found(value=value, rule=rule), shown=True, strong=strong)
        if rule != "heuristic:visible-updated":
            return got
        # A separate "Published: ..." line elsewhere in the header still wins.
        shown_update = shown_update or got
    return shown_update


def _label_text(el: HtmlElement) -> str:
    """The text around a ``<time>``: its parent's, capped, to read a label like "Updated"."""
    parent = el.getparent()
    text = element_text(parent if parent is not None else el)
    return text[:MAX_DATE_TEXT]


# ------------------------------------------------------------------ URL


def url_date(ctx: Context) -> Found[datetime] | None:
    """A date in the URL path: ``/2024/12/04/``, ``/2024-12-04-title``, ``/20241204/``."""
    page = ctx.page
    if not page.url:
        return None
    m = _URL_DATE_RE.search(page.path)
    if not m:
        return None
    try:
        value = datetime(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    if not plausible(value, page.now):
        return None
    return Found(value=value, rule="url:path-date", source="heuristic")


def image_url_date(ctx: Context) -> Found[datetime] | None:
    """A full date in the lead image's URL (``og:image`` ``.../2020/10/26/...``).

    CMSs file uploads by day; with nothing else to go on, the lead image's upload day is
    the best estimate of the story's. Month-only upload paths (``/2020/10/``) are ignored.
    """
    page = ctx.page
    for key in ("og:image", "twitter:image"):
        for raw in page.meta.get(key, ())[:1]:
            m = _URL_DATE_RE.search(urlsplit(raw).path)
            if not m:
                continue
            try:
                value = datetime(int(m["y"]), int(m["m"]), int(m["d"]))
            except ValueError:
                continue
            if plausible(value, page.now):
                return Found(value=value, rule="url:image-path-date", source="heuristic")
    return None


def _languages(ctx: Context) -> tuple[str, ...] | None:
    lang = ctx.value("language")
    if isinstance(lang, str) and lang:
        return (lang,)
    return None


# ------------------------------------------------------------------ reconciliation


def published_date(ctx: Context) -> Found[datetime] | None:
    """The publication date: metadata, reconciled with the date printed in the header.

    Order of trust: JSON-LD/``<meta>`` (see :func:`metadata_published`) unless the header
    contradicts it (see :func:`_reconcile`), then ``itemprop=datePublished`` markup, then a
    ``<time>`` or visible date line near the headline, then a date in the URL. The header
    zone is computed once and shared by every step, which keeps the scan cheap.
    """
    meta = _metadata_published(ctx)
    if meta is not None:
        url = url_date(ctx)
        if url is not None and url.value.date() == meta.value.date():
            return meta  # the URL confirms it: no header date could override (_reconcile)
    header = _header_published(ctx)
    if meta is not None:
        if header is not None and _reconcile(ctx, meta, header):
            return header.found
        return meta
    return (
        itemprop_published(ctx)
        or (header.found if header else None)
        or url_date(ctx)
        or image_url_date(ctx)
    )


def reconciled_published(ctx: Context) -> Found[datetime] | None:
    """The header date, when it should override the metadata date (else None).

    See :func:`_reconcile` for when that is.
    """
    meta = _metadata_published(ctx)
    if meta is None:
        return None
    header = _header_published(ctx)
    if header is None or not _reconcile(ctx, meta, header):
        return None
    return header.found


def _reconcile(ctx: Context, meta: Found[datetime], header: _HeaderDate) -> bool:
    """Whether a header date should override the metadata date.

    Metadata is usually right, but two failures are common: a UTC timestamp whose calendar
    day is not the day the page printed (a story published at 9 p.m. in New York is dated
    the next day in UTC), and a CMS "published" field that is really a re-save date while
    the header shows the original. So: a date in the URL breaks ties; a header date that is
    the metadata date with day and month swapped ("11/01/2021") loses; otherwise a header
    date the reader sees wins if the page vouches for it (right under the ``<h1>``, or
    labelled "Published").
    """
    h_day, m_day = header.found.value.date(), meta.value.date()
    if h_day == m_day:
        return False
    url = url_date(ctx)
    if url is not None:
        if url.value.date() == h_day:
            return True
        if url.value.date() == m_day:
            return False
    if h_day.day <= MONTHS_IN_YEAR and (h_day.year, h_day.day, h_day.month) == (
        m_day.year,
        m_day.month,
        m_day.day,
    ):
        return False  # an ambiguous numeric date read the other way round
    return header.shown and header.strong


def _header_published(ctx: Context) -> _HeaderDate | None:
    scan = _scan(ctx)
    return _time_element(ctx, scan.layout) or _visible(ctx, scan, want_updated=False)


def _metadata_published(ctx: Context) -> Found[datetime] | None:
    """The JSON-LD/meta publication date, in the page's local offset when one is given.

    A UTC timestamp and a local one for the same instant often sit side by side
    (JSON-LD in UTC, ``article:published_time`` with ``-08:00``); the local one carries
    the calendar day the newsroom printed.
    """
    first = jsonld_published(ctx) or meta_published(ctx)
    if first is None or first.value.utcoffset() != timedelta(0):
        return first
    for other in _all_metadata_published(ctx):
        offset = other.value.utcoffset()
        if offset and abs(other.value - first.value) <= SAME_INSTANT:
            return other
    return first


def _all_metadata_published(ctx: Context) -> Iterator[Found[datetime]]:
    page = ctx.page
    for obj in _jsonld_candidates(ctx):
        for key in JSONLD_PUBLISHED_KEYS:
            for raw in _as_strings(obj.get(key)):
                value = parse_date(raw, now=page.now, use_dateparser=False)
                if value is not None:
                    yield Found(value=value, rule=f"jsonld:{key}", source="metadata")
    for key in PUBLISHED_META_KEYS:
        for raw in page.meta.get(key, ()):
            value = parse_date(raw, now=page.now, use_dateparser=False)
            if value is not None:
                yield Found(value=value, rule=f"meta:{key}", source="metadata")


def metadata_published(ctx: Context) -> Found[datetime] | None:
    """JSON-LD ``datePublished``, else a publication ``<meta>``, preferring a local offset."""
    return _metadata_published(ctx)


#: One rule does the work (it shares the header scan between its steps); the single-source
#: rules above stay public for profiles and tests.
PUBLISHED_RULES: tuple[Rule, ...] = (published_date,)


def modified_date(ctx: Context) -> Found[datetime] | None:
    """The last-modified date: JSON-LD, ``<meta>``, ``itemprop``, then a visible "Updated" line.

    A candidate more than a day before the publication date is a draft save or a scheduled
    post's creation time, not a modification, and is skipped.
    """
    published = ctx.value("published")
    for rule in (jsonld_modified, meta_modified, itemprop_modified, visible_modified):
        got = rule(ctx)
        if got is None:
            continue
        if isinstance(published, datetime):
            mod, pub = _naive(got.value), _naive(published)
            if mod < pub - FUTURE_SLACK:
                continue
        return got
    return None


def _naive(value: datetime) -> datetime:
    return (
        value.replace(tzinfo=None)
        if value.tzinfo is None
        else value.astimezone(timezone.utc).replace(tzinfo=None)
    )


MODIFIED_RULES: tuple[Rule, ...] = (modified_date,)
