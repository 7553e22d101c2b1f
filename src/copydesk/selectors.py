"""CSS and XPath selectors, compiled once and cached.

Profiles and heuristics both select elements; compiling CSS to XPath is the slow part, so
it happens once per distinct selector string for the life of the process. Compilation errors
become :class:`SelectorSyntaxError`, which profiles turn into errors naming the field.
"""

from __future__ import annotations

from functools import lru_cache

import cssselect
from lxml import etree
from lxml.html import HtmlElement


class SelectorSyntaxError(ValueError):
    """A CSS or XPath selector does not compile."""


@lru_cache(maxsize=4096)
def compile_css(css: str) -> etree.XPath:
    """Compile a CSS selector to an lxml XPath object.

    >>> import lxml.html
    >>> root = lxml.html.fromstring("<div><p class='a'>x</p><p>y</p></div>")
    >>> [e.text for e in compile_css("p.a")(root)]
    ['x']
    """
    try:
        expr = cssselect.HTMLTranslator().css_to_xpath(css)
    except cssselect.SelectorError as exc:
        raise SelectorSyntaxError(f"invalid CSS selector {css!r}: {exc}") from None
    return etree.XPath(expr)


@lru_cache(maxsize=4096)
def compile_xpath(xpath: str) -> etree.XPath:
    """Compile an XPath expression, raising :class:`SelectorSyntaxError` if it is invalid."""
    try:
        return etree.XPath(xpath)
    except etree.XPathSyntaxError as exc:
        raise SelectorSyntaxError(f"invalid XPath {xpath!r}: {exc}") from None


def select(root: HtmlElement, *, css: str | None = None, xpath: str | None = None) -> list[object]:
    """Elements (or strings, for XPath returning text/attributes) matched under ``root``."""
    compiled = compile_css(css) if css is not None else compile_xpath(xpath or "")
    try:
        result = compiled(root)
    except etree.XPathEvalError:
        return []
    return list(result) if isinstance(result, list) else [result]
