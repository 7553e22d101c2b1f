"""The rule protocol: every field of an ``Article`` is produced by an ordered chain of rules.

A rule is a small function ``(ctx) -> Found | None``. It returns ``None`` when it has no
confident answer, and the engine moves on to the next rule in the field's chain. Adding a
rule means writing one such function and putting it in a chain — no if/else to edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs
from lxml.html import HtmlElement

from copydesk.model import Provenance, Source

if TYPE_CHECKING:
    from copydesk.page import Page
    from copydesk.profile import Profile

T = TypeVar("T")

#: The fields the engine resolves, in order. Later rules may read earlier results
#: (the dateline reads the body; the credit reads the dateline and the byline).
FIELD_ORDER: tuple[str, ...] = (
    "title",
    "site_name",
    "language",
    "description",
    "section",
    "body",
    "dateline",
    "byline",
    "credit",
    "published",
    "modified",
)


@attrs.frozen(kw_only=True)
class Found(Generic[T]):
    """A rule's answer: the value plus where it came from."""

    value: T
    rule: str
    source: Source = "heuristic"
    selector: str | None = None

    @property
    def provenance(self) -> Provenance:
        """This answer's :class:`~copydesk.model.Provenance`."""
        return Provenance(rule=self.rule, source=self.source, selector=self.selector)


@attrs.define(kw_only=True)
class Context:
    """What a rule may read: the page, the matched profiles, and the fields resolved so far.

    ``work`` is a private copy of the document for rules that need to remove elements
    (the body extractor); ``page.root`` stays pristine for metadata rules.
    """

    page: Page
    profiles: Sequence[Profile] = ()
    found: dict[str, Found[Any]] = attrs.field(factory=dict)
    _work: HtmlElement | None = None

    def value(self, field: str) -> Any:
        """The value resolved for an earlier field, or None."""
        got = self.found.get(field)
        return None if got is None else got.value

    @property
    def work(self) -> HtmlElement:
        """A mutable deep copy of the document, made on first use."""
        if self._work is None:
            import copy

            self._work = copy.deepcopy(self.page.root)
        return self._work


Rule = Callable[[Context], "Found[Any] | None"]
RuleTable = Mapping[str, Sequence[Rule]]
