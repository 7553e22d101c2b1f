"""Elements whose class or id marks a byline, an author, a dateline or an hCard name.

Several rules look for such elements (the byline-class, author-box and hCard rules, the
dateline element rule). Each used to run its own ``contains(@class, ...)`` XPath over the
whole document; one walk of the tree now finds them all, records every node's position in
document order on the way (the byline rules' "after the headline" test), and each rule
then filters the (few) matches in Python. The result is memoised on ``Page.cache``.
"""

from __future__ import annotations

import re
from typing import Any

import attrs
from lxml import etree
from lxml.html import HtmlElement

from copydesk.page import Page

# Every class and id value of the page, in document order (smart strings: each knows its
# element).
_CLASS_OR_ID_XPATH = etree.XPath("//@class|//@id")
# Any of the markers below, as one regex: the cheap first test of each class/id value.
_ANY_MARKER_RE = re.compile(
    r"yline|uthor|utor|by-line|writer|ublisher|ateline|rtsmarke|date-line|\bfn\b"
)
# Byline/author classes: "yline", "uthor", "utor" match both cases of "Byline", "author",
# "Autor".
_BYLINE_CLASS_PARTS = ("yline", "uthor", "utor", "by-line", "writer", "ublisher")
_BYLINE_ID_PARTS = ("yline", "uthor")
# "About the author" boxes: an author class plus a box-like word.
_AUTHOR_BOX_PARTS = ("bio", "box", "about", "teaser", "info", "profile", "card")
_DATELINE_PARTS = ("dateline", "Dateline", "ortsmarke", "Ortsmarke", "date-line")
_NOT_BYLINE_TAGS = frozenset({"meta", "img", "link"})


@attrs.frozen
class Markers:
    """The marked elements of a page, each list in document order, and every node's
    position in document order (``order``; ``nodes`` is the same as a sequence).

    The positions answer "after the headline?" and "near the headline?" with two look-ups
    instead of a tree walk per question. Holding the nodes also keeps lxml's proxies alive,
    so identity comparisons stay valid for the page's lifetime.
    """

    order: dict[Any, int]
    nodes: tuple[Any, ...]
    byline: tuple[HtmlElement, ...]
    author_box: tuple[HtmlElement, ...]
    hcard_name: tuple[HtmlElement, ...]
    dateline: tuple[HtmlElement, ...]


_KEY = "markers"


def markers(page: Page) -> Markers:
    """The page's marked elements (memoised on ``page.cache``).

    >>> page = Page('<p class="byline">By Jane Doe</p><span class="dateline">CAIRO</span>')
    >>> [e.text for e in markers(page).byline], [e.text for e in markers(page).dateline]
    (['By Jane Doe'], ['CAIRO'])
    """
    cached = page.cache.get(_KEY)
    if isinstance(cached, Markers):
        return cached
    # Every node's position (one walk, in C), then the class/id values tested as strings:
    # cheaper than asking each element for its attributes from Python.
    nodes = tuple(page.root.iter())
    order: dict[Any, int] = dict(zip(nodes, range(len(nodes)), strict=True))
    found: list[HtmlElement] = []
    values = _CLASS_OR_ID_XPATH(page.root)
    for value in values if isinstance(values, list) else []:
        if isinstance(value, str) and _ANY_MARKER_RE.search(value):
            el = getattr(value, "getparent", lambda: None)()
            if el is not None and (not found or found[-1] is not el):
                found.append(el)
    byline: list[HtmlElement] = []
    box: list[HtmlElement] = []
    hcard: list[HtmlElement] = []
    dateline: list[HtmlElement] = []
    for el in found:
        if not isinstance(el, HtmlElement):
            continue
        cls = el.get("class") or ""
        ident = el.get("id") or ""
        authorish = "uthor" in cls
        if el.tag not in _NOT_BYLINE_TAGS and (
            any(p in cls for p in _BYLINE_CLASS_PARTS) or any(p in ident for p in _BYLINE_ID_PARTS)
        ):
            byline.append(el)
        if authorish and any(p in cls for p in _AUTHOR_BOX_PARTS):
            box.append(el)
        if "fn" in cls.split() and _in_author_box(el):
            hcard.append(el)
        if any(p in cls for p in _DATELINE_PARTS):
            dateline.append(el)
    result = Markers(
        order=order,
        nodes=nodes,
        byline=tuple(byline),
        author_box=tuple(box),
        hcard_name=tuple(hcard),
        dateline=tuple(dateline),
    )
    page.cache[_KEY] = result
    return result


def _in_author_box(el: HtmlElement) -> bool:
    """True when ``el`` or an ancestor has an author/byline class (an author hCard)."""
    node: HtmlElement | None = el
    while node is not None:
        cls = node.get("class") or ""
        if "uthor" in cls or "yline" in cls:
            return True
        node = node.getparent()
    return False
