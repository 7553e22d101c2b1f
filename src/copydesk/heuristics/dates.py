"""Published and modified dates: the rule chain that weighs every date candidate.

Order of trust, from the most to the least explicit: JSON-LD on the article object,
``<meta>`` tags named for publication, ``itemprop=datePublished`` in the body (all in
:mod:`~copydesk.heuristics.datemeta`), ``<time>`` elements in the article header, visible
"Published:" / "Veröffentlicht am" lines near the headline (both in
:mod:`~copydesk.heuristics.dateheader`), and finally a date in the URL path. This module
reconciles them: metadata against the header date the reader sees, published against
modified. Published and modified are kept apart: an "Updated" label never fills
``published`` while a "Published" label is there to be read.

The single-source rules are re-exported here, so profiles and tests keep importing them
from ``copydesk.heuristics.dates``.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone

from copydesk.heuristics.datefallback import (
    any_meta_date,
    header_attribute_date,
    lead_text_date,
    thread_first_post_date,
    title_date,
)
from copydesk.heuristics.dateheader import (
    HeaderDate,
    header_published,
    header_zone,
    time_element,
    visible_modified,
    visible_published,
)
from copydesk.heuristics.datemeta import (
    MODIFIED_META_KEYS,
    PUBLISHED_META_KEYS,
    image_url_date,
    itemprop_modified,
    itemprop_published,
    jsonld_modified,
    jsonld_published,
    meta_modified,
    meta_published,
    metadata_published,
    url_date,
)
from copydesk.heuristics.datescript import header_script_date, script_state_published
from copydesk.heuristics.datetext import FUTURE_SLACK, parse_date
from copydesk.rules import Context, Found, Rule

__all__ = [
    "MODIFIED_META_KEYS",
    "MODIFIED_RULES",
    "PUBLISHED_META_KEYS",
    "PUBLISHED_RULES",
    "image_url_date",
    "itemprop_modified",
    "itemprop_published",
    "jsonld_modified",
    "jsonld_published",
    "meta_modified",
    "meta_published",
    "metadata_published",
    "modified_date",
    "parse_date",
    "published_date",
    "reconciled_published",
    "time_element",
    "url_date",
    "visible_modified",
    "visible_published",
]

#: A day number this small could also be a month: "11/01" may be read either way round.
MONTHS_IN_YEAR = 12


def published_date(ctx: Context) -> Found[datetime] | None:
    """The publication date: metadata, reconciled with the date printed in the header.

    Order of trust: JSON-LD/``<meta>`` (see :func:`metadata_published`) unless the header
    contradicts it (see :func:`_reconcile`), then ``itemprop=datePublished`` markup, then a
    ``<time>`` or visible date line near the headline (or a one-line script printing the
    date there), then a date in the URL. The header zone is computed once and shared by
    every step, which keeps the scan cheap. Last come the weak guesses of
    :mod:`~copydesk.heuristics.datefallback` and
    :mod:`~copydesk.heuristics.datescript`: a date in an attribute of a date box in the
    header (its text relative or empty), a date opening the story text or written in the
    ``<title>``, the lead
    image's upload day, a forum thread's first post, a publication key in a script's JSON
    state, a ``<meta>`` under an unlisted date name.
    """
    meta = metadata_published(ctx)
    if meta is not None:
        url = url_date(ctx)
        if url is not None and url.value.date() == meta.value.date():
            return meta  # the URL confirms it: no header date could override (_reconcile)
    header = header_published(ctx)
    if meta is not None:
        if header is not None and _reconcile(ctx, meta, header):
            return header.found
        return meta
    return (
        itemprop_published(ctx)
        or (header.found if header else None)
        or header_script_date(ctx, header_zone(ctx))
        or url_date(ctx)
        or header_attribute_date(ctx, header_zone(ctx))
        or lead_text_date(ctx)
        or title_date(ctx)
        or image_url_date(ctx)
        or thread_first_post_date(ctx)
        or script_state_published(ctx)
        or any_meta_date(ctx)
    )


def reconciled_published(ctx: Context) -> Found[datetime] | None:
    """The header date, when it should override the metadata date (else None).

    See :func:`_reconcile` for when that is.
    """
    meta = metadata_published(ctx)
    if meta is None:
        return None
    header = header_published(ctx)
    if header is None or not _reconcile(ctx, meta, header):
        return None
    return header.found


def _reconcile(ctx: Context, meta: Found[datetime], header: HeaderDate) -> bool:
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


#: One rule does the work (it shares the header scan between its steps); the single-source
#: rules (re-exported above) stay public for profiles and tests.
PUBLISHED_RULES: tuple[Rule, ...] = (published_date,)


def modified_date(ctx: Context) -> Found[datetime] | None:
    """The last-modified date: JSON-LD, ``<meta>``, ``itemprop``, then a visible "Updated" line.

    A candidate earlier than the publication date is a draft save or a scheduled post's
    creation time, not a modification, and is skipped (see :func:`before_published`).
    """
    published = ctx.value("published")
    for rule in (jsonld_modified, meta_modified, itemprop_modified, visible_modified):
        got = rule(ctx)
        if got is None:
            continue
        if isinstance(published, datetime) and before_published(got.value, published):
            continue
        return got
    return None


#: A modified time this much before the published one is rounding (a published time cut to
#: the minute, a modified time with seconds), not an earlier edit.
SAME_CLOCK_SLACK = timedelta(minutes=2)


def before_published(modified: datetime, published: datetime) -> bool:
    """True when ``modified`` cannot be a modification of a story ``published`` then.

    Both on one clock (both with a zone, or both without): any time more than a rounding
    slack earlier; a bare date (midnight, no zone) is compared by day. One with a zone and one
    without: the zone is unknown, so only more than a day earlier counts.

    >>> from datetime import datetime as dt, timezone as tz
    >>> utc = tz.utc
    >>> before_published(dt(2023, 11, 6, 8, 41, tzinfo=utc), dt(2023, 11, 6, 15, 1, tzinfo=utc))
    True
    >>> before_published(dt(2022, 2, 4), dt(2022, 2, 4, 13, 10))
    False
    >>> before_published(dt(2020, 4, 20, 14, 57), dt(2020, 4, 20, 14, 57, 27, tzinfo=tz.utc))
    False
    """
    if (modified.tzinfo is None) != (published.tzinfo is None):
        return _naive(modified) < _naive(published) - FUTURE_SLACK
    if modified.tzinfo is None and modified.time() == time(0):
        return modified.date() < published.date()
    return _naive(modified) < _naive(published) - SAME_CLOCK_SLACK


def _naive(value: datetime) -> datetime:
    return (
        value.replace(tzinfo=None)
        if value.tzinfo is None
        else value.astimezone(timezone.utc).replace(tzinfo=None)
    )


MODIFIED_RULES: tuple[Rule, ...] = (modified_date,)
