"""Naming an element of a page with stable selectors that select it and nothing else.

:class:`Namer` turns an element into CSS candidates — its own stable markup (see
:mod:`copydesk.stable_selectors`), then the same under a stable ancestor ("article h1",
".story-meta time") — and keeps those that select exactly that element on the page.
:class:`copydesk.scaffold_find.Finder` builds on it to find the elements holding the values.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml.html import HtmlElement

from copydesk.cleaning import element_text
from copydesk.profile import Selector
from copydesk.selectors import SelectorSyntaxError, select
from copydesk.stable_selectors import SINGULAR_TAGS, own_selectors, presentational

#: How many ancestors up to look for a stable anchor ("article h1") or body container.
MAX_ANCESTOR_STEPS = 6
# Ancestors whose bare tag name is a meaningful anchor ("article h1", "header time").
_ANCHOR_TAGS = frozenset({"article", "main", "header"})


class Namer:
    """Stable selectors for the elements of one page (element texts cached)."""

    def __init__(self, root: HtmlElement) -> None:
        self.root = root
        self._texts: dict[HtmlElement, str] = {}

    def text(self, el: HtmlElement) -> str:
        got = self._texts.get(el)
        if got is None:
            got = self._texts[el] = element_text(el)
        return got

    def count(self, css: str) -> list[HtmlElement]:
        try:
            return [e for e in select(self.root, css=css) if isinstance(e, HtmlElement)]
        except SelectorSyntaxError:
            return []

    def unique(self, el: HtmlElement, field: str) -> list[Selector]:
        """Stable selectors that select ``el`` and nothing else, best first."""
        out = [Selector(css=css) for css in self._unique_css(el, field)]
        return out[:3]

    def _unique_css(self, el: HtmlElement, field: str) -> Iterator[str]:
        for css in self._css_candidates(el, field):
            if self.count(css) == [el]:
                yield css

    def _css_candidates(self, el: HtmlElement, field: str, *, bare: bool = True) -> Iterator[str]:
        """CSS naming ``el``: by its own markup, then under a stable ancestor, then its tag.

        Class names spelling the element's value (``a.jane-doe`` around "Jane Doe") are left
        out, on the element and its ancestors: they name this page's content.
        """
        content = "" if field == "body" else self.text(el)
        own = own_selectors(el, field, content=content)
        tag = str(el.tag)  # the tag name alone: a last resort (own_selectors ranks <h1> higher)
        # Its own styling classes ("h1.f3", "span.font-bold") come after the anchored ones.
        own_styled = [css for css in own if _styled_only(css)]
        yield from (
            css for css in own if (css != tag or tag in SINGULAR_TAGS) and css not in own_styled
        )
        # Anchored under a stable ancestor: "article h1", ".story-meta time". Ancestors named
        # for what they are come first, nearest first; those named only for how they look
        # ("col-xs-14", "font-weight-bold") after all of them.
        named: list[str] = []
        styled: list[str] = []
        anc = el.getparent()
        for _ in range(MAX_ANCESTOR_STEPS):
            if anc is None or anc.tag in ("html",):
                break
            anchors = [c for c in own_selectors(anc, field, content=content) if c != anc.tag][:4]
            if anc.tag in _ANCHOR_TAGS:
                anchors.append(anc.tag)
            for anc_css in anchors:
                (styled if _styled_only(anc_css) else named).append(anc_css)
            anc = anc.getparent()
        # Under an anchor the element's role names, or its bare tag, before its styling.
        own_first = [*(css for css in own if css not in own_styled), *own_styled][:4]
        for anc_css in named:
            for css in own_first:
                yield f"{anc_css} {css}"
        yield from own_styled
        for anc_css in styled:
            for css in own_first:
                yield f"{anc_css} {css}"
        if bare:
            yield tag

    def first_of(self, el: HtmlElement, field: str) -> list[Selector]:
        """A stable selector whose first (or last) match is ``el``, with that transform."""
        out = []
        for css in self._css_candidates(el, field, bare=False):
            matches = self.count(css)
            if len(matches) > 1 and matches[0] is el:
                out.append(Selector(css=css, transforms=("first",)))
            elif len(matches) > 1 and matches[-1] is el:
                out.append(Selector(css=css, transforms=("last",)))
            if len(out) >= 2:
                break
        return out

    def shared(self, targets: list[HtmlElement], field: str) -> list[Selector]:
        """Stable selectors that select exactly ``targets``, in order."""
        out = []
        for css in own_selectors(targets[0], field, content=self.text(targets[0])):
            if self.count(css) == targets:
                out.append(Selector(css=css))
            elif self.count(css)[: len(targets)] == targets and len(targets) == 1:
                out.append(Selector(css=css, transforms=("first",)))
        return dedupe(out)


def _styled_only(css: str) -> bool:
    """A ``tag.class`` selector whose classes are all presentational ("div.col-xs-14")."""
    classes = css.split(".")[1:]
    return bool(classes) and "[" not in css and all(presentational(c) for c in classes)


def dedupe(sels: list[Selector]) -> list[Selector]:
    return list(dict.fromkeys(sels))
