"""Recognising wire agencies by name: one lookup shared by the byline and credit rules.

The spellings live in :data:`copydesk.lexicon.AGENCIES`; this module turns them into a
lookup (canonical name by spelling) and a regex alternation for rules that search text.
"""

from __future__ import annotations

import re

from copydesk.cleaning import clean_text
from copydesk.lexicon import AGENCIES

__all__ = ["AGENCY_PATTERN", "agency_name"]


def _agency_alternation() -> str:
    # Case-insensitive spellings, plus the short exact forms ("AP") matched case-sensitively,
    # longest first so "Associated Press" wins over "AP".
    loose = sorted({s for a in AGENCIES for s in a.spellings}, key=len, reverse=True)
    exact = sorted({s for a in AGENCIES for s in a.exact}, key=len, reverse=True)
    parts = [f"(?i:{re.escape(s)})" for s in loose] + [re.escape(s) for s in exact]
    return "|".join(parts)


#: A regex alternation of every agency spelling (for the credit rules, too).
AGENCY_PATTERN = _agency_alternation()

# Case-folded spelling -> canonical name; the first agency listing a spelling owns it.
_AGENCY_LOOKUP: dict[str, str] = {}
for _agency in AGENCIES:
    for _spelling in _agency.spellings:
        _AGENCY_LOOKUP.setdefault(_spelling.casefold(), _agency.name)
# Short forms matched only as written ("AP", not "ap").
_AGENCY_EXACT: dict[str, str] = {e: a.name for a in AGENCIES for e in a.exact}


def agency_name(text: str) -> str | None:
    """The canonical agency name ``text`` spells, or None.

    >>> agency_name("The Associated Press"), agency_name("AFP"), agency_name("Jane Doe")
    ('Associated Press', 'Agence France-Presse', None)
    """
    text = clean_text(text).strip(" .,;:-–—()")
    if not text:
        return None
    if text in _AGENCY_EXACT:
        return _AGENCY_EXACT[text]
    return _AGENCY_LOOKUP.get(text.casefold())
