"""Which way round a page writes its numeric dates: "12/03/2024" is 12 March or 3 December.

Most of the world writes the day first, the United States the month first, and English
pages rarely say which country they are for (most US sites declare plain ``lang="en"``).
The page usually settles it itself, so the evidence is weighed in this order (see
:func:`numeric_order`):

1. another numeric date on the page that can only be read one way: "03/25/2024" anywhere
   in the visible text proves month first, "25/03/2024" day first;
2. the metadata: an ambiguous date in the text that is the JSON-LD or ``<meta>``
   publication or modification day read one way round, and not the other;
3. the locale: the domain's country (``.co.uk``, ``.ie``, ``.au``, ``.in`` ... day first;
   ``.us``, ``.ph`` month first); a page in another language than English is day first;
   then an English region in ``<html lang>``/``og:locale`` (``en-US``/``en_US`` month
   first, ``en-GB`` day first, ``en-CA`` says nothing); then plain English on a domain
   without a country (``.com``, ``.org``, or a code sold as generic: ``.io``, ``.co``) is
   read month first. In the dev corpus, all four plain-``en`` pages on such domains that
   write an unambiguous numeric date write it month first (the one day-first plain-``en``
   page is on an ``.ie`` domain). Plain English on another country's domain gives no
   answer, and ``parse_date`` falls back to day first.

A country domain outranks a declared region because ``en-US`` is the default of common
CMSs (WordPress) that British or Indian sites leave as it is, while nobody registers a
``.co.uk`` by accident. Dotted dates ("04.05.2021") are always day first and are not
evidence: :func:`~copydesk.heuristics.datetext.parse_date` never swaps them.

The search runs at most once per page (``Page.cache``) and only when a date needs it:
callers pass :func:`order_hint` to ``parse_date``, which calls it only on an ambiguous date.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import partial

from lxml.html import HtmlElement

from copydesk.heuristics.datetext import DateOrder, numeric_dates, parse_date
from copydesk.heuristics.metaitems import story_articles, story_meta
from copydesk.rules import Context

__all__ = ["numeric_order", "order_hint"]

MONTHS = 12
#: Characters of visible text searched for numeric dates (a long page's comments and
#: footers add nothing once the header and story are in).
MAX_SCAN_TEXT = 200_000
#: Tags whose text the reader never sees.
_HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template"})
# Boxes whose dates are not the site's own writing: readers' comments (people write dates
# their own way), the page's footer, asides and navigation. Their text casts no vote.
_NO_VOTE_TAGS = frozenset({"footer", "aside", "nav"})
_NO_VOTE_CLASS = re.compile(r"comment|disqus|reply|replies|forum", re.IGNORECASE)
#: Country domains whose countries write the day first ("co.uk", "com.au" end in these)
#: and those that write the month first. Other country codes are left to the language:
#: several are sold as generic names (.co, .io, .tv, .me, .fm), and Canada mixes both.
_DAY_FIRST_TLDS = frozenset(
    {"uk", "ie", "au", "nz", "in", "za", "sg", "my", "pk", "ng", "ke", "gh", "lk", "bd", "hk"}
    | {"mt", "de", "at", "ch", "fr", "be", "nl", "es", "it", "pt", "pl"}
)
_MONTH_FIRST_TLDS = frozenset({"us", "ph"})
#: Country codes sold as generic names: they say nothing about the site's country.
_GENERIC_TLDS = frozenset({"co", "io", "tv", "me", "fm", "ai", "ly", "gg", "to", "cc", "ws"})
#: Regions of a language tag that write the month first; any other region day first.
_MONTH_FIRST_REGIONS = frozenset({"us", "ph"})
#: Regions that say nothing either way (Canada writes both).
_MIXED_REGIONS = frozenset({"ca"})
#: Metadata keys whose dates the text's ambiguous dates are compared with.
_JSONLD_KEYS = ("datePublished", "dateModified", "dateCreated")
_META_KEYS = (
    "article:published_time",
    "article:modified_time",
    "og:updated_time",
    "datepublished",
    "datemodified",
    "pubdate",
    "date",
)
_CACHE_KEY = "copydesk.heuristics.dateorder"


def order_hint(ctx: Context) -> Callable[[], DateOrder | None]:
    """The page's order as a lazy hint for ``parse_date(order=...)``.

    >>> from copydesk.page import Page
    >>> ctx = Context(page=Page("<p>Posted 03/25/2024</p><p>Updated 04/02/2024</p>"))
    >>> parse_date("Updated 04/02/2024", order=order_hint(ctx)).date().isoformat()
    '2024-04-02'
    """
    return partial(numeric_order, ctx)


def numeric_order(ctx: Context) -> DateOrder | None:
    """The order the page writes numeric dates in, from its own evidence (None: no evidence).

    See the module docstring for the evidence and its order. The answer is memoised per
    page.

    >>> from copydesk.page import Page
    >>> numeric_order(Context(page=Page("<p>Posted 25/03/2024</p>")))
    'dmy'
    >>> numeric_order(Context(page=Page("<p>12/03/2024</p>", "https://news.example.co.uk/a")))
    'dmy'
    >>> numeric_order(Context(page=Page("<p>12/03/2024</p>", "https://news.example.com/a")))
    """
    if _CACHE_KEY in ctx.page.cache:
        cached = ctx.page.cache[_CACHE_KEY]
        return "dmy" if cached == "dmy" else "mdy" if cached == "mdy" else None
    text = _visible_text(ctx)
    order = _unambiguous_order(text) or _metadata_order(ctx, text) or _locale_order(ctx)
    ctx.page.cache[_CACHE_KEY] = order
    return order


def _visible_text(ctx: Context) -> str:
    """The page's text outside scripts and styles, capped (see :data:`MAX_SCAN_TEXT`)."""
    parts: list[str] = []
    size = 0
    stack = [ctx.page.root]
    while stack and size <= MAX_SCAN_TEXT:
        el = stack.pop()
        if el.tail:  # the text after a box is its parent's
            parts.append(el.tail)
            size += len(el.tail)
        if not isinstance(el.tag, str) or el.tag in _HIDDEN_TAGS or _casts_no_vote(el):
            continue
        if el.text:
            parts.append(el.text)
            size += len(el.text)
        stack.extend(reversed(el))
    return " ".join(parts)


def _casts_no_vote(el: HtmlElement) -> bool:
    """A footer, aside, navigation or comment box (see :data:`_NO_VOTE_TAGS`)."""
    if el.tag in _NO_VOTE_TAGS:
        return True
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    return bool(names.strip()) and _NO_VOTE_CLASS.search(names) is not None


def _votes(counts: dict[DateOrder, int]) -> DateOrder | None:
    """The one order with evidence, or None when there is none or both have some."""
    dmy, mdy = counts["dmy"], counts["mdy"]
    if dmy and not mdy:
        return "dmy"
    if mdy and not dmy:
        return "mdy"
    return None


def _unambiguous_order(text: str) -> DateOrder | None:
    """Step 1: numeric dates that can be read one way only ("25/03/2024", "03/25/2024").

    >>> _unambiguous_order("Posted 03/25/2024 · 12/03/2024"), _unambiguous_order("12/03/2024")
    ('mdy', None)
    """
    counts: dict[DateOrder, int] = {"dmy": 0, "mdy": 0}
    for a, b, _ in numeric_dates(text):
        if a > MONTHS >= b >= 1:
            counts["dmy"] += 1
        elif b > MONTHS >= a >= 1:
            counts["mdy"] += 1
    return _votes(counts)


def _metadata_order(ctx: Context, text: str) -> DateOrder | None:
    """Step 2: ambiguous dates in the text that are a metadata day read one way only."""
    days = set(_metadata_days(ctx))
    if not days:
        return None
    counts: dict[DateOrder, int] = {"dmy": 0, "mdy": 0}
    for a, b, year in numeric_dates(text):
        if a == b or a > MONTHS or b > MONTHS:
            continue
        as_dmy, as_mdy = (year, b, a) in days, (year, a, b) in days
        if as_dmy != as_mdy:
            counts["dmy" if as_dmy else "mdy"] += 1
    return _votes(counts)


def _metadata_days(ctx: Context) -> Iterator[tuple[int, int, int]]:
    """The (year, month, day) of each metadata date written unambiguously.

    A metadata value that is itself an ambiguous numeric date is no evidence (and reading it
    would need the order being decided).
    """
    page = ctx.page
    raws: list[str] = []
    for obj in story_articles(page)[:3]:
        raws.extend(v for k in _JSONLD_KEYS if isinstance(v := obj.get(k), str))
    meta = story_meta(page)
    for key in _META_KEYS:
        raws.extend(meta.get(key, ())[:2])
    for raw in raws:
        if any(a <= MONTHS and b <= MONTHS for a, b, _ in numeric_dates(raw)):
            continue
        value = parse_date(raw, use_dateparser=False)
        if value is not None:
            yield value.year, value.month, value.day


def _locale_order(ctx: Context) -> DateOrder | None:
    """Step 3: the domain's country, else the declared English region, else the language.

    A page in another language is day first whatever its ``og:locale`` says (a German
    page's template may keep the CMS's default ``en_US``).
    """
    domain = ctx.page.domain or ""
    tld = domain.rsplit(".", 1)[-1] if "." in domain else ""
    if tld in _DAY_FIRST_TLDS:
        return "dmy"
    if tld in _MONTH_FIRST_TLDS:
        return "mdy"
    language = ctx.value("language")
    if not isinstance(language, str) or not language:
        return None
    if language.split("-")[0] != "en":
        return "dmy"
    tags = [language, *ctx.page.meta.get("og:locale", ())[:1], ctx.page.root.get("lang") or ""]
    for tag in tags:
        parts = tag.lower().replace("_", "-").split("-")
        if parts[0] == "en" and len(parts) > 1 and len(parts[1]) == 2:
            if parts[1] in _MIXED_REGIONS:
                continue
            return "mdy" if parts[1] in _MONTH_FIRST_REGIONS else "dmy"
    return "mdy" if len(tld) != 2 or tld in _GENERIC_TLDS else None
