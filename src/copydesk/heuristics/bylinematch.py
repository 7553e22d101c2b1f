"""Matching author names across sources: the same person in JSON-LD, ``<meta>`` and the
visible byline, spelled differently ("annlee", "Ann", "A. Lee", "Ann Lee").

The byline rules in :mod:`copydesk.heuristics.byline` use these to decide whether metadata
and the page agree, to complete a metadata list that names only the first author, and to
put user names in the visible spelling.
"""

from __future__ import annotations

import re

from copydesk.cleaning import clean_text, loose
from copydesk.model import Byline

__all__ = [
    "complete_name",
    "extend_byline",
    "overlap",
    "respell",
    "same_person",
    "squash",
]


# A one-word author name followed, in a text about that person, by capitalised words and
# then a separator or a verb: "Stefanus Stahl - Maschinenbauer ...", "Ann Lee is a ...".
# Bounded (at most three surname words), so the match is linear.
_FULL_NAME_AFTER_RE = re.compile(
    r"""\s+(?P<rest>[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+){0,2})
        (?=\s*(?:[-–—,:;(|]|$)|\s(?:is|was|ist|war|est|es|writes|schreibt)\b)""",
    re.VERBOSE,
)
#: A description is searched this far for the full name; it opens bios, it is not buried.
MAX_DESCRIPTION_CHARS = 200


def complete_name(name: str, text: object) -> str:
    """The full name when ``name`` is a first name alone and ``text`` (the person's bio)
    opens with it followed by the surname; else ``name`` unchanged.

    CMS author records often carry only the display name ("Stefanus") while the bio starts
    "Stefanus Stahl - Maschinenbauer ...".

    >>> complete_name("Stefanus", "Stefanus Stahl - Maschinenbauer und Abenteurer.")
    'Stefanus Stahl'
    >>> complete_name("Stefanus", "Stefanus fährt Rad."), complete_name("Ann Lee", "Ann Lee Smith")
    ('Stefanus', 'Ann Lee')
    """
    name = name.strip()
    if not isinstance(text, str) or " " in name or not name[:1].isupper():
        return name
    text = clean_text(text)[:MAX_DESCRIPTION_CHARS]
    if not text.startswith(name):
        return name
    m = _FULL_NAME_AFTER_RE.match(text, len(name))
    return f"{name} {m.group('rest')}" if m else name


def respell(byline: Byline, *visible: Byline | None) -> Byline:
    """Metadata user names ("arianschlichenmayer", "Stefanus") in the visible byline's
    spelling, when the visible byline names the same person in full ("Arian Schlichenmayer",
    "Stefanus Stahl")."""
    full = [p for v in visible if v is not None for p in v.people if " " in p.name]
    if not full or all(" " in p.name for p in byline.people):
        return byline
    people = []
    for person in byline.people:
        match = next(
            (p for p in full if " " not in person.name and same_person(person.name, p.name)),
            None,
        )
        people.append(match if match is not None else person)
    if people == list(byline.people):
        return byline
    unique = tuple({p.name.casefold(): p for p in people}.values())
    return Byline(raw=byline.raw, people=unique, organisations=byline.organisations)


def extend_byline(byline: Byline, *others: Byline | None) -> Byline:
    """``byline`` plus the people of any other source that names all of its people."""
    for other in others:
        if other is None or len(other.people) <= len(byline.people):
            continue
        if all(any(same_person(m, n) for n in other.names) for m in byline.names):
            extra = tuple(
                p for p in other.people if not any(same_person(p.name, m) for m in byline.names)
            )
            return Byline(
                raw=byline.raw, people=byline.people + extra, organisations=byline.organisations
            )
    return byline


def overlap(a: Byline, b: Byline) -> bool:
    return any(same_person(m, n) for m in a.names for n in b.names)


def same_person(a: str, b: str) -> bool:
    """Same name, a one-word user/first name of the other's full name ("annlee", "Ann"
    for "Ann Lee"), or the same surname with initials for the given names ("A. Lee",
    "A. B. Lee" for "Ann Lee", "Ann Beth Lee").

    >>> same_person("A. Lee", "Ann Lee"), same_person("Ann", "Ann Lee")
    (True, True)
    >>> same_person("A. Lee", "Bo Lee"), same_person("Ann Lee", "Ann Leeds")
    (False, False)
    """
    sa, sb = squash(a), squash(b)
    if sa == sb:
        return True
    if " " in a and " " not in b:
        a, b, sa, sb = b, a, sb, sa
    if " " not in a:
        return " " in b and sa == squash(b.split()[0])
    return _initials_match(a, b) or _initials_match(b, a)


def _initials_match(short: str, full: str) -> bool:
    """True when ``short`` is ``full`` with its given names cut to initials ("A. Lee")."""
    given, surname = short.split()[:-1], short.split()[-1]
    full_given, full_surname = full.split()[:-1], full.split()[-1]
    if squash(surname) != squash(full_surname) or len(given) != len(full_given):
        return False
    if not all(re.fullmatch(r"\w\.?", g) for g in given):
        return False
    return all(g[0].casefold() == f[0].casefold() for g, f in zip(given, full_given, strict=True))


def squash(text: str) -> str:
    """Loose form of a name for matching across sources (see :func:`copydesk.cleaning.loose`)."""
    return loose(text)
