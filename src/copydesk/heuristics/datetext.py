"""Date text -> ``datetime``: fast regex paths first, ``dateparser`` only for the rest.

Pages write dates in a handful of shapes (ISO 8601 in metadata; "December 4, 2024",
"4. Dezember 2024", "04.12.2024", "2021年03月23日" in visible text). Regexes and month-name
tables handle those in microseconds; ``dateparser`` is slow and guesses, so it only sees
short leftovers, with a cached parser, explicit languages when known, and relative dates
("3 hours ago") only when the caller says what "now" is.

Timezones are kept as written: an offset or ``Z`` gives a tz-aware ``datetime``, anything
else stays naive. Nothing is converted, so the calendar day is the one the page printed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, timedelta, timezone
from typing import Any, Literal, TypeAlias

from copydesk.heuristics.dateslow import slow_parse

#: Dates before this year are almost always copyright lines, founding years or junk.
MIN_YEAR = 1990
#: Latest year accepted when the caller gives no "now" (a sanity cap, not a clock).
MAX_YEAR = 2100
#: A date this far after ``now`` is a typo or an event date, not a publication date.
FUTURE_SLACK = timedelta(days=1)
MONTHS = 12
#: Longest text handed to the regexes / dateparser; date strings are short.
MAX_TEXT = 200
#: Longest leftover text dateparser is asked about (it is slow and guesses on long text).
MAX_DATEPARSER_TEXT = 80

# Month names and abbreviations: en, de, fr, es, it, pt, nl, ru, pl, ro, fi, tr.
# One string per month, names separated by spaces (ruff keeps this compact).
_MONTH_NAMES: dict[int, str] = {
    1: (
        "ianuarie january jan januar jänner janvier janv enero ene gennaio gen janeiro "
        "januari janv января январь styczeń stycznia janvāris tammikuu ocak"
    ),
    2: (
        "februarie february feb febr februar février fevrier févr fev fév febrero "
        "febbraio fevereiro februari февраля февраль lutego luty şubat"
    ),
    3: (
        "martie march mar märz maerz mrz mars marzo março marco maart mrt марта март "
        "marca marzec mart"
    ),
    4: ("aprilie april apr avril avr abril abr aprile апреля апрель kwietnia kwiecień nisan"),
    5: ("may mai mayo maggio mag maio mei мая май maja maj mayıs"),
    6: ("iunie june jun juni juin junio giugno giu junho июня июнь czerwca czerwiec haziran"),
    7: ("iulie july jul juli juillet juil julio luglio lug julho июля июль lipca lipiec temmuz"),
    8: ("august aug août aout agosto ago augustus августа август sierpnia sierpień ağustos"),
    9: (
        "septembrie september sep sept septembre septiembre set settembre setembro "
        "сентября сентябрь września wrzesień eylül"
    ),
    10: (
        "octombrie october oct oktober okt octobre octubre ottobre ott outubro out "
        "октября октябрь października październik ekim"
    ),
    11: (
        "noiembrie november nov novembre noviembre novembro ноября ноябрь listopada listopad kasım"
    ),
    12: (
        "decembrie december dec dezember dez décembre decembre déc diciembre dic dicembre "
        "dezembro desember декабря декабрь grudnia grudzień aralık"
    ),
}
_MONTH_OF: dict[str, int] = {
    name: num for num, names in _MONTH_NAMES.items() for name in names.split()
}
# Longest names first so "sept" is not cut to "sep" and "juni" not to "jun".
_MONTH_ALT = "|".join(sorted((re.escape(n) for n in _MONTH_OF), key=len, reverse=True))

# A trailing time of day: "13:35", "1:35pm", "13h35", "1.35 p.m.", optional seconds.
_TIME = r"""
    (?P<hh>\d{1,2}) (?:[:h]|\.(?=\d{2}\s*[ap]\.?m)) (?P<mi>\d{2}) (?::(?P<ss>\d{2}))?
    (?:\.\d{1,6})?
    \s* (?P<ampm>[ap]\.?\s?m\.?(?![a-z]))?
    \s* (?P<tz>Z(?![a-z])|(?:GMT|UTC)?\s?[+-]\d{2}:?\d{2}(?!\d)|GMT|UTC|[ECMP][SD]T|CES?T|BST)?
"""
# Words that may sit between a date and its time ("December 4, 2024, at 1:35pm").
_TIME_GLUE = r"(?:\s*(?:,|\||-|–|—|/|·|T|at|um|à|a\s+las|alle|às|om|kl\.?|o)?\s*)"
# The time every day-month-year pattern may carry after its date.
_OPTIONAL_TIME = "(?:" + _TIME_GLUE + _TIME + ")?"

# ISO 8601 and its relatives: "2024-12-04", "2024-12-04T13:35:00+01:00", "2024/12/04 13:35".
_ISO_RE = re.compile(
    r"""(?<!\d)(?P<y>\d{4}) (?P<sep>[-/.]) (?P<m>\d{1,2}) (?P=sep) (?P<d>\d{1,2}) (?!\d)
        (?: (?:T|\s+|\s*,\s*) """
    + _TIME
    + r""" )?""",
    re.VERBOSE | re.IGNORECASE,
)
# Day first with a month name: "4 December 2024", "4. Dezember 2024", "4 de diciembre de 2024",
# "4th Dec. 2024", "le 4 décembre 2024 à 13h35", "14 Feb ’20" (an apostrophe marks the
# elided century; a bare "14 Feb 20" is as often a day and a count).
_DMY_NAME_RE = re.compile(
    r"""(?<![\d.])(?P<d>\d{1,2}) (?:st|nd|rd|th|er|º|°)? \.? \s* (?:de\s+|-)?
        (?P<mn>"""
    + _MONTH_ALT
    + r""")(?![^\W\d_]) \.? ,? \s* (?:de\s+|del\s+|-)? (?P<y>\d{4}|[’'‘]\d{2})(?!\d)"""
    + _OPTIONAL_TIME,
    re.VERBOSE | re.IGNORECASE,
)
# Month first: "December 4, 2024", "Dec. 4 2024, 1:35pm".
_MDY_NAME_RE = re.compile(
    r"""(?<![^\W\d_])(?P<mn>"""
    + _MONTH_ALT
    + r""")\.? \s+ (?P<d>\d{1,2}) (?:st|nd|rd|th)? ,? \s*
        (?P<y>\d{4}|[’'‘]\d{2})(?!\d)"""
    + _OPTIONAL_TIME,
    re.VERBOSE | re.IGNORECASE,
)
# All-numeric day/month/year: "04.12.2024", "4/12/2024", "12-04-2024"; "04.12.24" only with
# dots (the German/Russian habit), since "4/12/24" is as often a fraction or a score.
_NUMERIC_RE = re.compile(
    r"""(?<![\d.])(?P<a>\d{1,2}) (?P<sep>[./-]) (?P<b>\d{1,2}) (?P=sep)
        (?P<y>\d{4}|(?<=\.)\d{2}) (?![\d])"""
    + _OPTIONAL_TIME,
    re.VERBOSE | re.IGNORECASE,
)
# German typography spaces dotted dates: "4. 2. 2022", often with thin spaces ("4.\u20092.").
# Four-digit years only: "3. 4. 22" is as often a list of numbers.
_SPACED_DOTS_RE = re.compile(
    r"""(?<![\w.])(?P<a>\d{1,2}) (?P<sep>\.) \s? (?P<b>\d{1,2}) \. \s? (?P<y>\d{4}) (?![\d])"""
    + _OPTIONAL_TIME,
    re.VERBOSE | re.IGNORECASE,
)
# Chinese/Japanese/Korean: "2021年03月23日", "2021년 3월 23일".
_CJK_RE = re.compile(
    r"""(?P<y>\d{4}) \s* [年년] \s* (?P<m>\d{1,2}) \s* [月월] \s* (?P<d>\d{1,2}) \s* [日일]?
        (?: \s* """
    + _TIME
    + r""")?""",
    re.VERBOSE | re.IGNORECASE,
)
# C's ctime() and Java's Date.toString(), as some CMSs print in meta tags: "Fri Feb 18
# 10:27:24 2022", "Sun Nov 23 16:00:00 EDT 2014" (the time sits between day and year).
_CTIME_RE = re.compile(
    r"""(?<![^\W\d_])(?P<mn>"""
    + _MONTH_ALT
    + r""")\.? \s+ (?P<d>\d{1,2}) \s+ """
    + _TIME
    + r""" \s+ (?P<y>\d{4})(?!\d)""",
    re.VERBOSE | re.IGNORECASE,
)
# ISO 8601 basic format in metadata: "20200516T09:51:53Z", "20200516T095153+0200".
_ISO_BASIC_RE = re.compile(
    r"""^\s*(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d) T
        (?P<hh>[0-2]\d):?(?P<mi>[0-5]\d)(?::?(?P<ss>[0-5]\d))?(?:\.\d{1,6})?
        (?P<tz>Z|[+-]\d{2}:?\d{2})?\s*$""",
    re.VERBOSE | re.IGNORECASE,
)
# A time written BEFORE its date, as US papers print it: "Published 11:34 PM EST Nov 19,
# 2019", "01:38:07 PM IST Nov 20, 2019". Matched only at the end of the few characters that
# precede a date match that has no time of its own; an unknown zone word ("IST" is Indian,
# Irish or Israeli) is skipped, not guessed. The lookbehind keeps "12:34:56" whole.
_LEADING_TIME_RE = re.compile(
    r"(?<![\d:.])" + _TIME + r""" \s* (?:[A-Z]{2,5}\s*)? (?:,|\||-|–|—|·|on)? \s* $""",
    re.VERBOSE | re.IGNORECASE,
)
#: How many characters before a date may hold its leading time ("11:34:56 a.m. EDT, ").
LEADING_TIME_WINDOW = 32

# A bare Unix timestamp (seconds or milliseconds), as some meta tags carry.
_EPOCH_RE = re.compile(r"^\s*(?P<s>\d{10})(?P<ms>\d{3})?\s*$")
# A bare compact date "20241204" (whole string only: inside text it is too often an id).
_COMPACT_RE = re.compile(r"^\s*(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)\s*$")
# Relative dates, resolved against ``now`` only.
_RELATIVE_RE = re.compile(
    r"""(?P<n>\d{1,3}|an?|one) \s+ (?P<unit>minute|min|hour|hr|day|week)s? \s+ ago\b""",
    re.VERBOSE | re.IGNORECASE,
)
_RELATIVE_UNIT = {
    "minute": timedelta(minutes=1),
    "min": timedelta(minutes=1),
    "hour": timedelta(hours=1),
    "hr": timedelta(hours=1),
    "day": timedelta(days=1),
    "week": timedelta(weeks=1),
}
_BARE_NUMBER_RE = re.compile(r"^[\d\s.,:-]*$")
_NAMED_TZ = {
    "GMT": 0,
    "UTC": 0,
    "Z": 0,
    "BST": 60,
    "CET": 60,
    "CEST": 120,
    "EST": -300,
    "EDT": -240,
    "CST": -360,
    "CDT": -300,
    "MST": -420,
    "MDT": -360,
    "PST": -480,
    "PDT": -420,
}
# English-speaking US-style pages write month first in numeric dates.
_MONTH_FIRST_LANGS = frozenset({"en-us", "en_us", "us"})

#: The order of an all-numeric date's first two numbers: day first ("25/03/2024", most of
#: the world) or month first ("03/25/2024", the United States).
DateOrder: TypeAlias = Literal["dmy", "mdy"]
#: An order hint: the order itself, or a function giving it (None: no evidence), called only
#: when a text holds a numeric date that could be read both ways, so a page-wide search for
#: evidence (see :mod:`~copydesk.heuristics.dateorder`) costs nothing on other pages.
OrderHint: TypeAlias = "DateOrder | Callable[[], DateOrder | None] | None"


def parse_date(
    text: str,
    *,
    now: datetime | None = None,
    languages: Sequence[str] | None = None,
    order: OrderHint = None,
    use_dateparser: bool = True,
    bare_numbers: bool = True,
) -> datetime | None:
    """The first plausible date written in ``text``, or None.

    ``use_dateparser=False`` keeps to the fast paths; ``bare_numbers=False`` refuses a text
    that is only a Unix timestamp or a compact ``20241204`` (fine in a meta tag, noise in
    visible text, where such numbers are ids and counters).

    A numeric date with a slash or a hyphen whose first two numbers could both be the month
    ("12/03/2024") is read in ``order`` (``"dmy"``/``"mdy"``, or a function giving it);
    without one, month first for US English (``languages=["en-us"]``), else day first. A
    number over 12 settles it whatever the hint ("03/25/2024"), and dotted dates
    ("04.05.2021") are always day first.

    Offsets in the text give a tz-aware result; otherwise the result is naive. Dates
    before :data:`MIN_YEAR` or more than a day after ``now`` are rejected.

    >>> parse_date("2024-12-04T13:35:00+01:00").isoformat()
    '2024-12-04T13:35:00+01:00'
    >>> parse_date("Mittwoch, 4. Dezember 2024, 13:35 Uhr")
    datetime.datetime(2024, 12, 4, 13, 35)
    >>> parse_date("December 4, 2024, 1:35pm")
    datetime.datetime(2024, 12, 4, 13, 35)
    >>> parse_date("2021年03月23日").date().isoformat()
    '2021-03-23'
    >>> parse_date("12/03/2024").date().isoformat(), parse_date("12/03/2024", order="mdy").date()
    ('2024-03-12', datetime.date(2024, 12, 3))
    >>> parse_date("© 1987 Example Corp") is None
    True
    """
    if not text:
        return None
    text = text.strip()[:MAX_TEXT]
    found = _fast(text, languages, order, bare_numbers) or _relative(text, now)
    if (
        found is None
        and use_dateparser
        and len(text) <= MAX_DATEPARSER_TEXT
        and (bare_numbers or not _BARE_NUMBER_RE.match(text))
    ):
        found = slow_parse(text, now, languages)
    if found is None or not plausible(found, now):
        return None
    return found


def month_number(word: str) -> int | None:
    """The month a month name or abbreviation names, in any of the languages above.

    >>> month_number("Dezember"), month_number("févr."), month_number("court")
    (12, 2, None)
    """
    return _MONTH_OF.get(word.casefold().rstrip("."))


def plausible(value: datetime, now: datetime | None = None) -> bool:
    """Whether ``value`` could be a publication date (not ancient, not in the future).

    >>> plausible(datetime(1985, 1, 1))
    False
    >>> plausible(datetime(2024, 12, 6), now=datetime(2024, 12, 4))
    False
    """
    if value.year < MIN_YEAR or value.year > MAX_YEAR:
        return False
    if now is not None:
        a, b = _comparable(value, now)
        if a > b + FUTURE_SLACK:
            return False
    return True


def _comparable(a: datetime, b: datetime) -> tuple[datetime, datetime]:
    # Compare wall-clock values when only one side is tz-aware: a day of slack covers it.
    if (a.tzinfo is None) != (b.tzinfo is None):
        return a.replace(tzinfo=None), b.replace(tzinfo=None)
    return a, b


def numeric_dates(text: str) -> Iterator[tuple[int, int, int]]:
    """The numeric dates with a slash or hyphen in ``text``, as (first, second, year) numbers.

    The dates whose reading depends on the order (dotted dates are always day first); the
    page-wide search for evidence of the order reads them.

    >>> list(numeric_dates("Posted 03/25/2024, updated 04.05.2024 and 4-5-2024"))
    [(3, 25, 2024), (4, 5, 2024)]
    """
    for m in _NUMERIC_RE.finditer(text):
        if m["sep"] != "." and len(m["y"]) == 4:
            yield int(m["a"]), int(m["b"]), int(m["y"])


def _fast(
    text: str, languages: Sequence[str] | None, order: OrderHint, bare_numbers: bool
) -> datetime | None:
    m = _EPOCH_RE.match(text) if bare_numbers else None
    if m:
        try:
            return datetime.fromtimestamp(int(m["s"]), tz=timezone.utc)
        except (OverflowError, OSError, ValueError):
            return None
    m = _COMPACT_RE.match(text) if bare_numbers else None
    if m:
        return _build(int(m["y"]), int(m["m"]), int(m["d"]), None)
    m = _ISO_BASIC_RE.match(text)
    if m:
        return _build(int(m["y"]), int(m["m"]), int(m["d"]), m.groupdict())
    best: tuple[int, datetime] | None = None
    for regex in (
        _ISO_RE,
        _DMY_NAME_RE,
        _MDY_NAME_RE,
        _CJK_RE,
        _NUMERIC_RE,
        _SPACED_DOTS_RE,
        _CTIME_RE,
    ):
        for m in regex.finditer(text):
            if best is not None and m.start() >= best[0]:
                break
            value = _from_match(regex, m, languages, order)
            if value is not None:
                if m.groupdict().get("hh") is None:
                    value = _with_leading_time(
                        value, text[max(0, m.start() - LEADING_TIME_WINDOW) : m.start()]
                    )
                best = (m.start(), value)
                break
    return best[1] if best else None


def _from_match(
    regex: re.Pattern[str], m: re.Match[str], languages: Sequence[str] | None, order: OrderHint
) -> datetime | None:
    groups = m.groupdict()
    if regex is _DMY_NAME_RE or regex is _MDY_NAME_RE or regex is _CTIME_RE:
        month = _MONTH_OF.get(m["mn"].lower().rstrip("."))
        if month is None:
            return None
        year = m["y"]
        if not year[0].isdigit():  # "14 Feb ’20": an elided century, always this one
            year = "20" + year[1:]
        return _build(int(year), month, int(m["d"]), groups)
    if regex is _NUMERIC_RE or regex is _SPACED_DOTS_RE:
        a, b = int(m["a"]), int(m["b"])
        year = int(m["y"])
        if year < 100:
            if len(m["a"]) == 1 and len(m["b"]) == 1:
                return None  # "1.2.23" is a version or a list number; dates pad: "01.02.23"
            year += 2000 if year < 70 else 1900
        if m["sep"] != "." and a <= MONTHS and b <= MONTHS and a != b:
            if _resolve(order, languages) == "mdy":
                a, b = b, a
        elif m["sep"] != "." and b > MONTHS and a <= MONTHS:  # "12/25/2024": month first
            a, b = b, a
        return _build(year, b, a, groups)
    return _build(int(m["y"]), int(m["m"]), int(m["d"]), groups)


def _resolve(order: OrderHint, languages: Sequence[str] | None) -> DateOrder:
    """The order to read an ambiguous numeric date in: the hint's, else by the language."""
    got = order() if callable(order) else order
    if got is not None:
        return got
    if languages and any(lang.lower() in _MONTH_FIRST_LANGS for lang in languages):
        return "mdy"
    return "dmy"


def _with_leading_time(value: datetime, before: str) -> datetime:
    """``value`` with the time of day written just before its date, if there is one.

    >>> _with_leading_time(datetime(2019, 11, 19), "Published 11:34 PM EST ").isoformat()
    '2019-11-19T23:34:00-05:00'
    """
    m = _LEADING_TIME_RE.search(before)
    if m is None:
        return value
    return _build(value.year, value.month, value.day, m.groupdict()) or value


def _build(year: int, month: int, day: int, groups: dict[str, Any] | None) -> datetime | None:
    hour = minute = second = 0
    tz: timezone | None = None
    if groups and groups.get("hh") is not None:
        hour, minute = int(groups["hh"]), int(groups["mi"])
        second = int(groups["ss"] or 0)
        ampm = (groups.get("ampm") or "").lower()
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
        tz = _tz(groups.get("tz"))
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=tz)
    except ValueError:
        try:  # a valid day with a nonsense time is still a valid day
            return datetime(year, month, day)
        except ValueError:
            return None


def _tz(raw: str | None) -> timezone | None:
    if not raw:
        return None
    raw = raw.strip().upper()
    if raw in _NAMED_TZ:
        return timezone(timedelta(minutes=_NAMED_TZ[raw]))
    m = re.search(r"([+-])(\d{2}):?(\d{2})", raw)
    if not m:
        return None
    minutes = int(m[2]) * 60 + int(m[3])
    if minutes > 14 * 60:
        return None
    return timezone(timedelta(minutes=-minutes if m[1] == "-" else minutes))


def _relative(text: str, now: datetime | None) -> datetime | None:
    if now is None:
        return None
    m = _RELATIVE_RE.search(text)
    if not m:
        return None
    n = 1 if m["n"].lower() in {"a", "an", "one"} else int(m["n"])
    return now - n * _RELATIVE_UNIT[m["unit"].lower()]
