"""The visible "By ..." line: a short line opening with "By"/"Von"/"Par"/"Por", or a label
("Autor:", "Text:") with the name after it, near the top of the story.

The byline-element rules (classes, microdata, links) live in
:mod:`copydesk.heuristics.bylinepage`; this module reads the page's text lines.
"""

from __future__ import annotations

import itertools
import re

from lxml.html import HtmlElement

from copydesk.cleaning import clean_text, element_text
from copydesk.heuristics.bylinelayout import is_foreign, page_layout
from copydesk.heuristics.bylinepage import (
    ELEMENTS_BEFORE_HEADLINE,
    MAX_BYLINE_ELEMENT_CHARS,
    MAX_ELEMENTS_AFTER_HEADLINE,
    describe,
)
from copydesk.heuristics.bylinetext import parse_byline, strip_prefix
from copydesk.model import Byline
from copydesk.rules import Context, Found

__all__ = ["by_line_text"]

#: With no <h1> to start from, how many elements of the page a "By ..." line is looked for in.
MAX_ELEMENTS_WITHOUT_HEADLINE = 3000
#: Story blocks read for a "By ..." line before the DOM scan: the byline opens the story
#: (after a kicker, a standfirst or a date line), it is not found further down.
LEAD_BLOCKS = 4
_NOT_BYLINE_TAGS = frozenset({"script", "style", "a", "h1", "h2", "h3", "h4", "h5", "h6", "title"})
# An element that is only a byline label: the name follows in the next element.
_LABEL_RE = re.compile(
    r"""(?i)\s*(?:(?:written|posted|geschrieben|verfasst|erstellt|eingestellt)\s+)?
        (?:by|von|par|por)\s*:?\s*
        |\s*(?:autor|autorin|autoren|author|authors|auteur|autore|text|redaktion)\s*:?\s*""",
    re.VERBOSE,
)
# A label naming the author outright ("Autor:", "Text:", "Written by"), trusted anywhere
# in the story, unlike a bare "By"/"Von" that also opens ordinary sentences and teasers.
_STRONG_LABEL_RE = re.compile(
    r"""(?i)[\s\-–—|•·]*(?:(?:written|posted|geschrieben|verfasst|erstellt|eingestellt)\s+(?:by|von)
        |(?:autor|autorin|autoren|author|authors|auteur|autore|text|redaktion|by|von)\s*:)
        |\s*(?:autor|autorin|autoren|author|auteur|autore)\s*""",
    re.VERBOSE,
)
# Every opening _BY_LINE_RE and _LABEL_RE accept starts with one of these words: a cheap
# first test on an element's raw text before its full text is assembled.
_OPENING_WORD_RE = re.compile(
    r"""(?i)[\s\-–—|•·\u00ad\u200b\u200c\u200d\u2060\ufeff]*
        (?:written|posted|reported|story|text|words|geschrieben|erstellt|verfasst|eingestellt
          |by|von|par|por|autor|author|auteur|redaktion)""",
    re.VERBOSE,
)
# A visible line that opens like a byline.
_BY_LINE_RE = re.compile(
    r"""^[\s\-–—|•·]*(?i:(?:(?:written|posted|reported|story|text|geschrieben|erstellt|verfasst|eingestellt
        |(?:story|text|words)\s+and\s+(?:photos?|photographs?|pictures?|images?|video))\s+)?
        (?:by|von|par|por)\b|(?:by|von|autor|autorin|author|text|redaktion)\s*:)""",
    re.VERBOSE,
)


def by_line_text(ctx: Context) -> Found[Byline] | None:
    """A short visible line opening with "By"/"Von"/"Par"/"Por" near the top of the story."""
    body = ctx.value("body")
    for block in getattr(body, "blocks", ())[:LEAD_BLOCKS]:
        if getattr(block, "kind", "paragraph") != "paragraph":
            continue  # a subheading "Von Risiken und Nebenwirkungen" is not a byline
        text = block.text
        if len(text) <= MAX_BYLINE_ELEMENT_CHARS and _BY_LINE_RE.match(text):
            got = parse_byline(text)
            if got is not None and got.people:
                return Found(value=got, rule="heuristic:by-line-text")
    # The DOM scan is memoised per page: this rule and the metadata cross-checks read it.
    if _BY_LINE_KEY not in ctx.page.cache:
        ctx.page.cache[_BY_LINE_KEY] = _dom_by_line(ctx)
    cached = ctx.page.cache[_BY_LINE_KEY]
    return cached if isinstance(cached, Found) else None


_BY_LINE_KEY = "bylinepage.by-line"


def _dom_by_line(ctx: Context) -> Found[Byline] | None:
    layout = page_layout(ctx.page.root, ctx.page)
    h1 = layout.h1
    # Without a headline there is no "near the top": the whole page is read (foreign boxes
    # are still skipped), up to a bound that keeps huge pages cheap.
    # Past the top of the story only labelled lines ("Autor: ...", "Text:") count: a bare
    # "By ..." far down the page is more often a teaser's or a quote's.
    limit = MAX_ELEMENTS_AFTER_HEADLINE if h1 is not None else MAX_ELEMENTS_WITHOUT_HEADLINE
    # The nodes after the headline (its descendants first) in document order: a slice of the
    # page's node sequence, then those just before it (nearest first), at distance 0.
    start = layout.position(h1) + 1 if h1 is not None else 1
    after = layout.nodes[start : start + MAX_ELEMENTS_WITHOUT_HEADLINE + 1]
    numbered = itertools.chain(enumerate(after), ((0, e) for e in _preceding(h1)))
    for count, el in numbered:
        if count > MAX_ELEMENTS_WITHOUT_HEADLINE:
            break
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "a", "title"):
            continue
        if el.tag == "br" or el.tag in _HEADING_TAGS:
            # A labelled line after a line break, or after a post's heading: WordPress
            # themes print "<h2>Title</h2> Posted by X under <a>Category</a>".
            got = _br_line(el)
            if got is not None and not is_foreign(el, layout):
                return Found(value=got, rule="heuristic:by-line-text", selector=el.tag)
            if el.tag == "br":
                continue
        if not el.text or not _OPENING_WORD_RE.match(el.text):
            continue  # cheap pre-check: most elements open with no byline word at all
        own = clean_text(el.text)
        if not own:
            continue
        text = element_text(el)
        parent = el.getparent()
        if el.tag in _NOT_BYLINE_TAGS and not _LABEL_RE.fullmatch(text):
            continue  # a heading "Von Risiken und Nebenwirkungen" is a title, not a byline
        if _LABEL_RE.fullmatch(text) and parent is not None:
            # "<h4>Autor</h4><p>Jane Doe</p>", "<span>By</span> <a>Jane Doe</a>": the name
            # is next door; read the parent's text after the label.
            if count > limit and not _STRONG_LABEL_RE.fullmatch(text):
                continue
            text = _after_label(el)
        elif not _BY_LINE_RE.match(own) or (count > limit and not _STRONG_LABEL_RE.match(own)):
            continue
        else:
            rest, had_prefix = strip_prefix(text)
            if not had_prefix or not rest:
                continue
        if not text or len(text) > MAX_BYLINE_ELEMENT_CHARS or is_foreign(el, layout):
            continue
        got = parse_byline(text)
        if got is not None and got.people:
            return Found(value=got, rule="heuristic:by-line-text", selector=describe(el))
    return None


def _preceding(h1: HtmlElement | None) -> list[HtmlElement]:
    """The elements just before the headline, nearest first (a date/author line above it)."""
    if h1 is None:
        return []
    found = h1.xpath(f"preceding::*[position() <= {ELEMENTS_BEFORE_HEADLINE}]")
    return [e for e in reversed(found) if isinstance(e, HtmlElement)]


#: Headings whose trailing text may be a labelled byline line.
_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def _br_line(br: HtmlElement) -> Byline | None:
    """A labelled line after a ``<br>`` (or a heading): "...<br>Autor: <a>Rechtsanwalt</a>
    Jane Doe<br>", "<h2>Title</h2> Posted by Jane Doe under <a>News</a>"."""
    tail = clean_text(br.tail)
    if not tail or not _STRONG_LABEL_RE.match(tail):
        return None
    parts = [tail]
    for sib in br.itersiblings():
        if sib.tag == "br" or sum(map(len, parts)) > MAX_BYLINE_ELEMENT_CHARS:
            break
        parts.append(element_text(sib))
        parts.append(clean_text(sib.tail))
    got = parse_byline(" ".join(p for p in parts if p))
    return got if got is not None and got.people else None


def _after_label(el: HtmlElement) -> str:
    """The text right after a label element: its tail, else the next element's text."""
    tail = clean_text(el.tail)
    if tail.strip(" ,:|"):
        return tail
    nxt = el.getnext()
    return element_text(nxt) if nxt is not None else ""
