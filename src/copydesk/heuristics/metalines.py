"""Metadata strips that open a story: a name or desk, then the date.

:func:`~copydesk.heuristics.chromewords.is_date_line` knows a line made only of date words
and :func:`~copydesk.heuristics.chromewords.is_meta_line` one opening with "By" or
"Updated". Many sites in other scripts set the reporter or desk first and the date after
it, in a language the date words do not cover: "Jane Doe / New Delhi February 14, 2020",
"Varanasi Bureau Updated Thu, 16 Apr 2020 01:00 AM IST". Such a line is a date tail (only
date words, numbers and clock words, with a year or a clock time) after a short head that is
either set off by a separator ("/", "|", "·") or followed by a stamp word ("Updated",
"Published"). A dateline ("WASHINGTON, Feb. 14, 2020") has neither, and a sentence has
more words or its own punctuation, so both are kept.
"""

from __future__ import annotations

import re

from copydesk.heuristics.chromewords import DATE_LINE_MAX_CHARS

__all__ = ["META_HEAD_MAX_WORDS", "is_head_date_line"]

# The words a date tail may hold: English month and weekday names (the scripts these strips
# come in use English dates as often as their own), clock words and stamp words.
_TAIL_WORDS_TEXT = """
    jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june
    july august september october november december mon tue tues wed thu thur thurs fri sat
    sun monday tuesday wednesday thursday friday saturday sunday am pm a m p gmt utc est edt
    cst cdt pst pdt bst cet cest ist aest ict wib hrs h at on updated update published
    posted modified last
"""
_TAIL_WORDS = frozenset(_TAIL_WORDS_TEXT.split())
_STAMP_WORDS = frozenset({"updated", "update", "published", "posted", "modified", "last"})
_TOKEN = re.compile(r"[^\W\d_]+|\d+")
_YEAR_OR_CLOCK = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b|\b\d{1,2}[:.]\d{2}\b")
_SEPARATORS = frozenset("/|·•")
_SEPARATOR = re.compile(r"\s[/|·•]\s")
# A sentence's own punctuation in the head: not a name or a desk.
_SENTENCE_MARK = re.compile(r"[.!?;:,\"“”«»]")
#: The head (reporter, desk, place) is a few words.
META_HEAD_MAX_WORDS = 5


def is_head_date_line(text: str) -> bool:
    """True for "Name / Place Date" or "Desk Updated Date" strips.

    >>> is_head_date_line("Jane Doe / New Delhi February 14, 2020")
    True
    >>> is_head_date_line("Varanasi Bureau Updated Thu, 16 Apr 2020 01:00 AM IST")
    True
    >>> is_head_date_line("WASHINGTON, Feb. 14, 2020")
    False
    >>> is_head_date_line("Officials said on Friday that rents rose 4% in March 2020")
    False
    """
    if len(text) > DATE_LINE_MAX_CHARS or _YEAR_OR_CLOCK.search(text) is None:
        return False
    tokens = list(_TOKEN.finditer(text))
    # The date tail: the longest run of date tokens at the end of the line.
    start = len(tokens)
    while start > 0 and _is_tail_token(tokens[start - 1].group()):
        start -= 1
    if start == 0 or start == len(tokens):
        return False
    tail_text = text[tokens[start].start() :]
    if _YEAR_OR_CLOCK.search(tail_text) is None:
        return False
    head = text[: tokens[start].start()]
    # Words split on spaces: scripts with combining vowel signs break into many tokens.
    words = [w for w in head.split() if w not in _SEPARATORS]
    if len(words) > META_HEAD_MAX_WORDS or _SENTENCE_MARK.search(head):
        return False
    stamped = tokens[start].group().lower() in _STAMP_WORDS
    return stamped or _SEPARATOR.search(head + " ") is not None


def _is_tail_token(token: str) -> bool:
    return token.isdigit() or token.lower() in _TAIL_WORDS
