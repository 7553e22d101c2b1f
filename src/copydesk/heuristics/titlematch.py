"""When two titles say the same thing: pure string comparisons for the title rules.

A page states its headline several times (``<h1>``, ``og:title``, JSON-LD, ``<title>``),
each with its own decoration: a site-name affix, a "Kicker: " label, a teaser rewording.
These functions decide agreement between two such texts; which text wins is
:mod:`~copydesk.heuristics.title`'s job.
"""

from __future__ import annotations

import re

from copydesk.heuristics.titleaffix import (
    MIN_HEAD_WORDS,
    SEPARATOR_RE,
    loose,
    short_affix,
    split_pieces,
)

__all__ = ["after_kicker", "agrees", "covers", "rewords", "stems", "trimmed_from"]

#: An h1 and a metadata title agree when one contains the other and is at least this
#: share of it (a kicker or a site name may differ; a lone site-name h1 inside a long
#: <title> does not agree).
CONTAIN_SHARE = 0.5

#: Shortest loose h1 text that may agree by containment.
MIN_CONTAINED = 10

# The colon that ends a kicker label ("Klimaschutz: ..."), not one inside a time or ratio.
_KICKER_COLON_RE = re.compile(r"(?<=\w)[:]\s+")

#: A kicker is a short label: longer lead-ins are part of the headline.
MAX_KICKER_WORDS = 6

# Words long enough to tell what a title is about ("the", "und", "for" are not).
_WORD_RE = re.compile(r"\w{4,}")

#: A title rewords another when it uses at least this share of its word stems (a teaser
#: cut or reordered from the headline); a different headline shares a word or two.
REWORD_SHARE = 0.6

#: Letters kept of each word when comparing subjects: a crude stem that survives plurals
#: and inflection ("Leasing"/"Leasen", "houses"/"house").
STEM = 4


def agrees(h1: str, keys: set[str]) -> bool:
    """Whether an h1 equals or covers one of the loose metadata title ``keys``."""
    key = loose(h1)
    return any(key == k or (len(key) >= MIN_CONTAINED and covers(key, k)) for k in keys)


def trimmed_from(title: str, tag: str) -> bool:
    """Whether ``title`` is the ``<title>`` text with one short end piece cut off.

    >>> trimmed_from("Bridge opens to traffic", "Bridge opens to traffic | Harbour Times")
    True
    >>> trimmed_from("Bridge opens", "Bridge opens")
    False
    """
    key = loose(title)
    return any(
        key == loose(rest) and short_affix(affix) and len(affix) < len(rest)
        for _side, rest, affix in split_pieces(tag, SEPARATOR_RE)
    )


def after_kicker(title: str) -> list[str]:
    """The headline after a short "Kicker: " label ("Klimaschutz: Bohren, bis es heiß wird")."""
    match = _KICKER_COLON_RE.search(title)
    if match is None:
        return []
    kicker, head = title[: match.start()], title[match.end() :]
    if len(kicker.split()) > MAX_KICKER_WORDS or len(head.split()) < MIN_HEAD_WORDS:
        return []
    return [head.strip()]


def rewords(words: set[str], text: str) -> bool:
    """Whether ``text`` uses most of ``words`` (word stems of another title)."""
    return bool(words) and len(words & stems(text)) >= REWORD_SHARE * len(words)


def stems(text: str) -> set[str]:
    """Word stems of ``text``: the first letters of its longer words ("pumps" ~ "pump").

    >>> sorted(stems("Heat pumps in old houses"))
    ['heat', 'hous', 'pump']
    """
    return {word[:STEM] for word in _WORD_RE.findall(text.casefold())}


def covers(h1: str, meta: str) -> bool:
    """Whether a loose h1 and a loose metadata title agree by containment.

    An h1 that extends the metadata title ("Bridge reopens" in <title>, "Hob's Bay bridge
    reopens after repairs" in the h1) is the full headline. An h1 found inside a longer
    metadata title must be most of it: a site-name or section h1 is a small part.
    """
    if not h1 or not meta:
        return False
    if meta in h1:
        return len(meta) >= MIN_CONTAINED
    return h1 in meta and len(h1) >= CONTAIN_SHARE * len(meta)
