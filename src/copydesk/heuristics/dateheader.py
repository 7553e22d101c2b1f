"""Dates printed in the article header: the ``<time>`` element and visible date lines.

A reader dates a story by what the header shows under the headline ("Published: 4
December 2024", "Dec. 6 · Updated Dec. 7"), so these candidates can correct metadata that
is off by a time zone or that records a re-save. Scanning the header (and finding the
headline behind it) is the costly part of date extraction, so the scan runs once per page
and is shared by the published and modified rules (:class:`_DateScan`). What each header
date is worth against the metadata is decided in :mod:`~copydesk.heuristics.dates`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime

import attrs
from lxml.html import HtmlElement

from copydesk.cleaning import element_text
from copydesk.heuristics.datemeta import page_languages, written_date
from copydesk.heuristics.dateorder import order_hint
from copydesk.heuristics.datetext import parse_date
from copydesk.heuristics.datezone import (
    MAX_DATE_TEXT,
    PUBLISHED_LABEL_RE,
    UPDATED_LABEL_RE,
    HeaderZone,
    date_lines,
    other_date_box,
)
from copydesk.rules import Context, Found

__all__ = [
    "HeaderDate",
    "header_published",
    "header_zone",
    "time_element",
    "visible_modified",
    "visible_published",
]

# Class words that mark a <time> as the publication time.
_PUBLISH_CLASS_RE = re.compile(r"publish|posted|pubdate|created", re.IGNORECASE)
# The shared scan lives in ``Page.cache`` under the dates namespace (the published and
# modified rules of :mod:`copydesk.heuristics.dates` both read it), followed by the title.
_SCAN_KEY = "copydesk.heuristics.dates:scan:"


@attrs.frozen
class HeaderDate:
    """A date found in the article header, with how much the page vouches for it."""

    found: Found[datetime]
    shown: bool  # the reader sees it as text (not only in an attribute)
    strong: bool  # after the <h1>, or labelled "Published", or a <time pubdate>


def time_element(ctx: Context) -> Found[datetime] | None:
    """The article's ``<time>`` element: one with ``pubdate``, else the first near the headline.

    Times inside related-story lists, sidebars, footers and comments are skipped, and a time
    labelled "Updated" is left to the modified rules. A marked time far from the headline
    counts only inside the headline's ``<article>`` (when it has one).
    """
    got = _time_element(ctx, _scan(ctx).layout)
    return got.found if got else None


def _time_element(ctx: Context, layout: HeaderZone) -> HeaderDate | None:
    times = [
        t for t in ctx.page.root.iter("time") if not layout.off_article(t) and not other_date_box(t)
    ]
    if not times:
        return None
    story = _story_article(layout)
    marked = [
        t
        for t in times
        if (t.get("pubdate") is not None or _PUBLISH_CLASS_RE.search(t.get("class") or ""))
        # Far from the headline, only the story's own <article> vouches for a marked time
        # (a post footer's "Posted on ..."); a list of posts below it is other stories'.
        and (story is None or layout.near(t) or story in t.iterancestors())
    ]
    near = [t for t in layout.by_distance(times) if t not in marked]
    for el in marked + near:
        text = element_text(el)
        shown = written_date(ctx, text)
        # A time whose text says "Dec. 6, 2024 / Updated Dec. 7" often carries the update
        # in its attribute: the text before the label is the publication.
        updated = UPDATED_LABEL_RE.search(text)
        before = written_date(ctx, text[: updated.start()]) if updated else None
        if before is not None:
            value: datetime | None = before
        else:
            label = _label_text(el)
            if UPDATED_LABEL_RE.search(label) and not PUBLISHED_LABEL_RE.search(label):
                continue
            value = written_date(ctx, el.get("datetime") or "") or shown
        if value is not None:
            found = Found(value=value, rule="heuristic:time-element", selector="time")
            strong = el in marked or layout.vouched(el)
            return HeaderDate(found=found, shown=shown is not None, strong=strong)
    return None


def _story_article(layout: HeaderZone) -> HtmlElement | None:
    """The ``<article>`` holding the headline, if there is one."""
    if layout.headline is None:
        return None
    return next((a for a in layout.headline.iterancestors() if a.tag == "article"), None)


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
    key = f"{_SCAN_KEY}{title if isinstance(title, str) else ''}"
    got = ctx.page.cache.get(key)
    if isinstance(got, _DateScan):
        return got
    scan = _DateScan(ctx)
    ctx.page.cache[key] = scan
    return scan


def _visible(ctx: Context, scan: _DateScan, *, want_updated: bool) -> HeaderDate | None:
    page = ctx.page
    layout = scan.layout
    if want_updated and not scan.mentions_update():
        return None  # cheap: one regex over the header's text instead of the line scan
    shown_update: HeaderDate | None = None
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
            before = written_date(ctx, text[: updated.start()])
            if before is not None:
                strong = layout.vouched(el)
                found = Found(value=before, rule=rule)
                return HeaderDate(found=found, shown=True, strong=strong)
            if not layout.vouched(el):
                continue
            text = text[updated.end() :]
            rule = "heuristic:visible-updated"
        # dateparser only for lines that say what they are: it is slow and guesses.
        value = parse_date(
            text,
            now=page.now,
            languages=page_languages(ctx),
            order=order_hint(ctx),
            use_dateparser=bool(published or updated),
            bare_numbers=False,
        )
        if value is None:
            continue
        strong = bool(published or updated) or layout.vouched(el)
        got = HeaderDate(found=Found(value=value, rule=rule), shown=True, strong=strong)
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


def header_zone(ctx: Context) -> HeaderZone:
    """The page's header zone, from the shared date scan (computed once per page)."""
    return _scan(ctx).layout


def header_published(ctx: Context) -> HeaderDate | None:
    """The header's publication date: its ``<time>`` element, else a visible date line."""
    scan = _scan(ctx)
    return _time_element(ctx, scan.layout) or _visible(ctx, scan, want_updated=False)
