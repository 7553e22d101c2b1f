"""The slow path of date parsing: ``dateparser``, for what the fast regexes miss.

``dateparser`` knows ~200 locales and relative dates, and guesses; it costs milliseconds
per call and a noticeable import. :mod:`~copydesk.heuristics.datetext` calls it last, on
short leftovers only; this module keeps its import lazy, its parsers cached per language
set, and its languages narrowed to the page's own (or the news languages) so it does not
try every locale.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any

__all__ = ["DEFAULT_LANGUAGES", "slow_parse"]

#: Languages dateparser tries when the page does not say which it is written in.
DEFAULT_LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "it", "pt", "nl")

_DIGIT_RE = re.compile(r"\d")
_WORD_RE = re.compile(r"[^\W\d_]{3,}")


@lru_cache(maxsize=64)
def _date_data_parser(languages: tuple[str, ...] | None, now: datetime | None) -> Any:
    from dateparser.date import DateDataParser

    parsers = ["timestamp", "custom-formats", "absolute-time"]
    if now is not None:  # "3 hours ago" means nothing without a "now"
        parsers.insert(1, "relative-time")
    settings: dict[str, Any] = {
        # A date without a day or year is a month heading or a birthday, not a dateline.
        "REQUIRE_PARTS": ["day", "month", "year"],
        "PARSERS": parsers,
        "PREFER_DATES_FROM": "past",
    }
    if now is not None:
        settings["RELATIVE_BASE"] = now
    return DateDataParser(
        languages=list(languages) if languages else None,
        settings=settings,
        try_previous_locales=False,
    )


def slow_parse(text: str, now: datetime | None, languages: Sequence[str] | None) -> datetime | None:
    """``dateparser``'s reading of a short date text the fast paths did not take, or None.

    Every date we accept has a number; all-numeric shapes the fast paths did not take are
    ambiguous ("16/01/20"), so dateparser only sees text with a word in it.

    >>> slow_parse("le 3 mars 2021", None, ["fr"]).date().isoformat()
    '2021-03-03'
    >>> slow_parse("16/01/20", None, None) is None
    True
    """
    if not _DIGIT_RE.search(text) or not _WORD_RE.search(text):
        return None
    langs = _dateparser_languages(languages)
    parser = _date_data_parser(langs, None if now is None else now.replace(tzinfo=None))
    try:
        data = parser.get_date_data(text)
    except Exception:  # dateparser raises a zoo of errors on odd input
        return None
    value = data.date_obj if data is not None else None
    return value if isinstance(value, datetime) else None


@lru_cache(maxsize=256)
def _known_languages() -> frozenset[str]:
    # The plain list of language codes: loading dateparser's locale map instead costs a
    # third of a second on first use, for the same names.
    try:
        from dateparser.data.languages_info import language_order

        return frozenset(str(code) for code in language_order)
    except Exception:
        return frozenset()


def _dateparser_languages(languages: Sequence[str] | None) -> tuple[str, ...] | None:
    if not languages:
        # Without a hint dateparser would load and try all ~200 locales (seconds on first
        # use); the languages news pages are mostly written in are a better bet.
        return DEFAULT_LANGUAGES
    known = _known_languages()
    out: list[str] = []
    for lang in languages:
        primary = lang.lower().replace("_", "-").split("-")[0]
        if primary in known and primary not in out:
            out.append(primary)
    if out and "en" not in out:
        out.append("en")  # English month names turn up on every kind of page
    return tuple(out) or DEFAULT_LANGUAGES
