"""Frozen value types that copydesk returns.

Everything here is data: no parsing, no I/O. Messy input is turned into these types by
named constructors in the heuristics modules, never in ``__init__``, so an ``Article`` built
by hand (in a test, say) is exactly what it says.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, Literal

import attrs

#: The kinds of story block copydesk keeps.
BlockKind = Literal["paragraph", "heading", "list_item", "quote", "preformatted"]

#: Where a field's value came from.
Source = Literal["profile", "metadata", "heuristic", "derived"]


@attrs.frozen(kw_only=True)
class Provenance:
    """Which rule produced a field, so a wrong value can be traced to its cause.

    ``rule`` is a stable id such as ``"jsonld:headline"``, ``"heuristic:h1"`` or
    ``"profile:columbian:title[0]"``; ``selector`` is the CSS/XPath that matched, if any.
    """

    rule: str
    source: Source
    selector: str | None = None

    def __str__(self) -> str:
        return self.rule


@attrs.frozen(kw_only=True)
class Person:
    """One named author. ``raw`` keeps the text the name was cut from."""

    name: str
    raw: str | None = None


@attrs.frozen(kw_only=True)
class Credit:
    """The wire service or agency a story came from.

    ``name`` is canonical ("Associated Press"), ``abbr`` the short form ("AP"), ``raw`` the
    text it was recognised in ("WASHINGTON (AP) —", "By A, Bloomberg News").
    """

    name: str
    abbr: str | None = None
    raw: str | None = None


@attrs.frozen(kw_only=True)
class Byline:
    """Who wrote the story: the raw line and the people parsed out of it.

    ``organisations`` holds non-person names found in the byline ("Bloomberg News",
    "Staff"), kept apart so ``people`` only ever holds people.
    """

    raw: str
    people: tuple[Person, ...] = ()
    organisations: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """The people's names, in byline order."""
        return tuple(p.name for p in self.people)


@attrs.frozen(kw_only=True)
class Dateline:
    """The place line that opens a story ("BRUSSELS (Reuters) —").

    ``raw`` is the exact text removed from the first paragraph (so it can be put back),
    ``place`` the place as written, ``date`` an optional date text ("Dec 3"), ``agency``
    the agency named in it ("Reuters"), if any.
    """

    raw: str
    place: str
    date: str | None = None
    agency: str | None = None


@attrs.frozen(kw_only=True)
class Block:
    """One block of story text: a paragraph, subheading, list item or quote."""

    kind: BlockKind
    text: str
    level: int | None = None  # heading level (2 for <h2>), else None


@attrs.frozen(kw_only=True)
class Article:
    """A parsed news article.

    ``paragraphs`` and ``text`` are derived from ``blocks``; ``provenance`` maps each field
    that has a value to the rule that produced it.
    """

    url: str | None = None
    title: str | None = None
    byline: Byline | None = None
    authors: tuple[str, ...] = ()
    credit: Credit | None = None
    dateline: Dateline | None = None
    published: datetime | None = None
    modified: datetime | None = None
    section: str | None = None
    site_name: str | None = None
    language: str | None = None
    description: str | None = None
    blocks: tuple[Block, ...] = ()
    captions: tuple[str, ...] = ()
    #: The story's pull quotes (a line of it set large beside the text), once each, in page
    #: order, without their attribution; kept apart from the story like the captions.
    pull_quotes: tuple[str, ...] = ()
    is_article: bool = True
    confidence: float = 0.0
    provenance: Mapping[str, Provenance] = attrs.field(factory=dict, hash=False)
    warnings: tuple[str, ...] = ()  # profile rules that failed at parse time, and why

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The story's blocks as plain strings, in order, the dateline split off."""
        return tuple(b.text for b in self.blocks)

    @property
    def text(self) -> str:
        """The story as plain text: paragraphs separated by blank lines."""
        return "\n\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict of every field (see :func:`copydesk.serialize.article_to_dict`)."""
        from copydesk.serialize import article_to_dict

        return article_to_dict(self)

    def to_json(self, *, indent: int | None = 2) -> str:
        """The article as a JSON document."""
        from copydesk.serialize import article_to_json

        return article_to_json(self, indent=indent)
