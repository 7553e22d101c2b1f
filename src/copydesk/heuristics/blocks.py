"""DOM -> typed story blocks.

One iterative walk over a container turns markup into :class:`RawBlock` s: ``<p>`` (and
text sitting bare in a ``<div>``) becomes a paragraph, ``<h2>``-``<h6>`` a heading, ``<li>`` a
list item, ``<blockquote>`` a quote, ``<pre>`` preformatted text. Inline tags (``<a>``,
``<em>``, ``<span>``) never split a word; block tags always end one; two ``<br>`` in a row
end a paragraph (pages that write paragraphs as ``text<br><br>text``), a single ``<br>`` is a
space. Preformatted text keeps its line breaks. The walk uses :func:`lxml.etree.iterwalk`,
so a page nested 100,000 levels deep does not recurse in Python.
"""

from __future__ import annotations

import re

import attrs
from lxml import etree
from lxml.html import HtmlElement

from copydesk.cleaning import normalize_space
from copydesk.model import BlockKind

# Tags that end the current block and start a new one.
BLOCK_TAGS = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
        "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
        "figure", "figcaption", "form", "fieldset", "hr", "address", "details", "summary",
        "center", "body", "html", "amp-img", "picture",
    }
)  # fmt: skip
# Subtrees whose text is never read (normally removed already; checked again for safety).
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "title"})
# A link whose words are a web address ("https://example.com/tickets", "www.theatre.kr"): the
# story prints the address for the reader, as it would print a phone number; link lists and
# teasers are labelled with words. Such text is not counted as link text.
_URL_TEXT = re.compile(r"\s*(?:https?://|www\.)\S+\s*$", re.IGNORECASE)
# Inline tags that hold no text of their own.
_EMPTY_INLINE_TAGS = frozenset({"br", "img", "wbr", "input", "iframe", "video", "audio"})
# The marks a browser draws around a <q> (its text has none of its own, unless the page
# wrote them in as well: then they are left as written).
_Q_OPEN, _Q_CLOSE = "“", "”"
_QUOTED = re.compile(r"\s*[\"“”„«»‘’']")


def _bare_quotation(q: HtmlElement) -> bool:
    """A ``<q>`` set in a sentence whose text has no quotation marks of its own (one that
    wraps whole paragraphs is a box, not a quotation in the line)."""
    if any(isinstance(d.tag, str) and d.tag in BLOCK_TAGS for d in q.iterdescendants()):
        return False
    return _QUOTED.match(q.text_content()) is None


_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}


@attrs.frozen
class RawBlock:
    """A block as extracted, before filtering: its kind, text and how much of it is links."""

    kind: BlockKind
    text: str
    level: int | None
    link_chars: int
    tag: str
    #: Which element holds the block's element (an index per extraction; -1 unknown):
    #: blocks with the same ``box`` are siblings (a story's paragraphs, a teaser card's parts).
    box: int = -1
    #: The table row the block sits in (an index per extraction; -1 outside tables).
    row: int = -1
    #: How deep the block's element sits below the container (-1 unknown): the paragraphs
    #: of sibling wrappers (a story cut into several ``<div>`` s of paragraphs) sit alike.
    depth: int = -1

    @property
    def link_density(self) -> float:
        """Share of the block's characters inside links (0.0 for empty text)."""
        return self.link_chars / len(self.text) if self.text else 0.0


@attrs.define
class _Walker:
    blocks: list[RawBlock] = attrs.field(factory=list)
    parts: list[str] = attrs.field(factory=list)
    link_chars: int = 0
    link_depth: int = 0
    # Open typed ancestors, innermost last: (tag, kind, level).
    stack: list[tuple[str, BlockKind, int | None]] = attrs.field(factory=list)
    # The parent of each open block element, numbered (parallel to ``stack``).
    boxes: list[int] = attrs.field(factory=list)
    # The depth below the container of each open block element (parallel to ``stack``).
    depths: list[int] = attrs.field(factory=list)
    # The depth of the element being walked.
    depth: int = 0
    box_ids: dict[HtmlElement, int] = attrs.field(factory=dict)
    # Open table rows, innermost last, numbered.
    rows: list[int] = attrs.field(factory=list)
    row_count: int = 0
    pending_br: int = 0

    def push(self, el: HtmlElement, entry: tuple[str, BlockKind, int | None]) -> None:
        self.stack.append(entry)
        if _is_mixed_wrapper(el, entry[1]):
            # Its text runs are paragraphs beside its block children: they share its box.
            self.boxes.append(self.box_ids.setdefault(el, len(self.box_ids)))
            self.depths.append(self.depth + 1)
        else:
            parent = el.getparent()
            box = -1 if parent is None else self.box_ids.setdefault(parent, len(self.box_ids))
            self.boxes.append(box)
            self.depths.append(self.depth)
        if entry[0] == "tr":
            self.row_count += 1
            self.rows.append(self.row_count)

    def pop(self) -> None:
        if self.stack:
            if self.stack.pop()[0] == "tr" and self.rows:
                self.rows.pop()
            self.boxes.pop()
            self.depths.pop()

    def add(self, text: str | None) -> None:
        if not text:
            return
        if self.pending_br and text.strip():
            self.pending_br = 0
        self.parts.append(text)
        if self.link_depth and not _URL_TEXT.match(text):
            self.link_chars += len(text.strip())

    def flush(self) -> None:
        self.pending_br = 0
        if not self.parts:
            return
        kind, level, tag = self._current()
        raw = "".join(self.parts)
        if kind == "preformatted":  # code and verse keep their lines
            lines = [normalize_space(line) for line in raw.splitlines()]
            text = "\n".join(lines).strip("\n")
        else:
            text = normalize_space(raw)
        link_chars = self.link_chars
        self.parts.clear()
        self.link_chars = 0
        if not text:
            return
        box = self.boxes[-1] if self.boxes else -1
        depth = self.depths[-1] if self.depths else -1
        row = self.rows[-1] if self.rows else -1
        links = min(link_chars, len(text))
        self.blocks.append(RawBlock(kind, text, level, links, tag, box, row, depth))

    def in_pre(self) -> bool:
        return any(kind == "preformatted" for _, kind, _ in self.stack)

    def _current(self) -> tuple[BlockKind, int | None, str]:
        """The open block's kind (innermost heading/pre, then quote, then list item) and tag."""
        tag = self.stack[-1][0] if self.stack else "p"
        for wanted in ("heading", "preformatted", "quote", "list_item"):
            for _, kind, level in reversed(self.stack):
                if kind == wanted:
                    return kind, level, tag
        return "paragraph", None, tag


def _is_mixed_wrapper(el: HtmlElement, kind: BlockKind) -> bool:
    """True for a wrapper (not a ``<p>``, heading, list item, quote) holding text runs
    beside block children.

    Page shape: a story written as ``<div>text<br><br>text<h3>Sub</h3>text</div>``: its
    runs are paragraphs and the ``<h3>`` their sibling, as ``<p>`` s and the ``<h3>`` would
    be, so that checks on neighbours in one box ("a linked subheading between two
    paragraphs") judge them alike.
    """
    if kind != "paragraph" or el.tag == "p":
        return False
    has_text = bool(el.text and el.text.strip())
    has_block = False
    for child in el:
        tag = child.tag
        if isinstance(tag, str):
            if tag in BLOCK_TAGS:
                has_block = True
            elif tag not in _EMPTY_INLINE_TAGS and tag not in _SKIP_TAGS:
                has_text = True  # an inline tag in a run: "<b>Bold</b> words"
        if child.tail and child.tail.strip():
            has_text = True
        if has_block and has_text:
            return True
    return False


def is_link(el: HtmlElement) -> bool:
    """True for an ``<a>`` that leads elsewhere; in-page anchors (``#section``) are not links.

    A story's table of contents and footnote marks point inside the page; counting them as
    links would make a well-linked story look like a link list.
    """
    href = el.get("href")
    if href is None:
        return False
    href = href.strip()
    # "#" alone is a script-driven button ("Browse the archive"), not a place in the page.
    return not href.startswith("#") or href == "#"


def _typed(tag: str) -> tuple[BlockKind, int | None] | None:
    if tag in _HEADINGS:
        return "heading", _HEADINGS[tag]
    if tag == "li" or tag == "dd" or tag == "dt":
        return "list_item", None
    if tag == "blockquote":
        return "quote", None
    if tag == "pre":
        return "preformatted", None
    return None


def extract_blocks(container: HtmlElement) -> list[RawBlock]:
    """The container's text as typed blocks, in document order.

    >>> import lxml.html
    >>> div = lxml.html.fragment_fromstring(
    ...     "<div><h2>Sub</h2><p>One <em>two</em>.</p>Bare<br><br>text<ul><li>item</li></ul></div>")
    >>> for b in extract_blocks(div):
    ...     print(b.kind, b.text)
    heading Sub
    paragraph One two.
    paragraph Bare
    paragraph text
    list_item item
    """
    w = _Walker()
    # Comments and processing instructions come as events of their own (never "start" or
    # "end"): the text after one ("<!-- .featured-image --> First paragraph") is read there.
    walker = etree.iterwalk(container, events=("start", "end", "comment", "pi"))
    for event, el in walker:
        if event in ("comment", "pi"):
            w.add(el.tail)
            continue
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            w.depth += 1
            if tag in _SKIP_TAGS or not tag:
                walker.skip_subtree()
                # "end" is still reported for a skipped element; its tail is handled there.
                continue
            if tag == "br":
                if w.in_pre():
                    w.parts.append("\n")
                    continue
                w.pending_br += 1
                if w.pending_br >= 2:
                    w.flush()
                else:
                    w.parts.append(" ")
                continue
            if tag in BLOCK_TAGS:
                w.flush()
                typed = _typed(tag)
                w.push(el, (tag, *typed) if typed else (tag, "paragraph", None))
            elif tag == "a" and is_link(el):
                w.link_depth += 1
            elif tag == "q" and _bare_quotation(el):
                w.add(_Q_OPEN)  # browsers draw a <q>'s quotation marks; its text has none
            w.add(el.text)
        else:
            w.depth -= 1
            if tag in BLOCK_TAGS and tag not in _SKIP_TAGS:
                w.flush()
                w.pop()
            elif tag == "a" and is_link(el):
                w.link_depth = max(0, w.link_depth - 1)
            elif tag == "q" and _bare_quotation(el):
                w.add(_Q_CLOSE)
            elif tag == "br" or tag in ("img", "amp-img") or tag in _SKIP_TAGS:
                pass
            if el is not container:
                w.add(el.tail)
    w.flush()
    return w.blocks
