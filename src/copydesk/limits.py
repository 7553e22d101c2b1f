"""Bounds on the document tree, so hostile pages cost time and memory in proportion to size.

libxml2 refuses to nest deeper than 256 elements without ``huge_tree`` and 2048 with it, and
then silently drops the rest of the document. Python code that walks the tree recursively
overflows the interpreter stack (limit 1000) well before 2048. copydesk therefore parses in
two steps: a fast parse with libxml2's default limits, and only when a limit was hit, either a
``huge_tree`` parse (long text nodes and attributes, which are harmless) or, when the page
nests too deeply, a re-parse of the page with its excess nesting removed
(:func:`flatten_deep_nesting`). The text is kept; only structure past ``MAX_DEPTH`` goes.

Real news pages nest at most ~50 elements deep (the deepest page of the development corpus
is 51), so the bound never touches a real page.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

#: The deepest element nesting a parsed ``Page`` tree may have (libxml2's own default bound).
#: Recursive tree code then needs at most ~256 Python frames, well under the 1000 limit.
MAX_DEPTH = 256
# Where flattening cuts: below MAX_DEPTH so the implied <html>/<body>/<tbody> the parser adds
# cannot push the result back over it. The second, smaller cut is used if the parser nested
# differently from our approximate tag stack.
_FLATTEN_DEPTHS = (200, 64)

_TAG_RE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:_-]{0,63})(?=[\s/>])[^<>]*>?")
# Elements whose content is raw text: tags inside them are not tags.
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "noembed", "noframes"})
_VOID = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
        "keygen",
        "command",
        "basefont",
        "frame",
        "isindex",
    }
)
# Tags that cannot contain themselves: a second <p> closes the first, as parsers do.
_NO_SELF_NESTING = frozenset({"p", "li", "dt", "dd", "option", "tr", "td", "th", "a"})
# Dropped inline tags vanish; dropped block tags leave a space so words do not run together.
_INLINE = frozenset(
    {
        "a",
        "abbr",
        "b",
        "big",
        "cite",
        "code",
        "em",
        "font",
        "i",
        "kbd",
        "mark",
        "q",
        "s",
        "small",
        "span",
        "strike",
        "strong",
        "sub",
        "sup",
        "tt",
        "u",
    }
)

ParserFactory = Callable[[bool], lxml.html.HTMLParser]


def parse_bounded(text: str, make_parser: ParserFactory) -> HtmlElement | None:
    """Parse ``text`` into a tree no deeper than :data:`MAX_DEPTH`, losing no text.

    ``make_parser(huge)`` builds the lxml parser, with or without ``huge_tree``.
    Time is linear in ``len(text)``: at most four parses plus one linear scan.

    >>> import lxml.html
    >>> factory = lambda huge: lxml.html.HTMLParser(huge_tree=huge)
    >>> html = "<p>a</p>" + "<div>" * 5000 + "deep" + "</div>" * 5000 + "<p>z"
    >>> root = parse_bounded(html, factory)
    >>> root.text_content().split(), tree_depth(root) <= MAX_DEPTH
    (['a', 'deep', 'z'], True)
    """
    text = cap_attributes(text)
    parser = make_parser(False)
    root = lxml.html.document_fromstring(text, parser=parser)
    limit = _resource_limit(parser)
    if limit is None:
        return root
    if limit == "buffer":  # a long text node or attribute: harmless, allow it
        parser = make_parser(True)
        root = lxml.html.document_fromstring(text, parser=parser)
        if _resource_limit(parser) is None and tree_depth(root) <= MAX_DEPTH:
            return root
    for depth in _FLATTEN_DEPTHS:
        flat = flatten_deep_nesting(text, depth)
        root = lxml.html.document_fromstring(flat, parser=make_parser(True))
        if tree_depth(root) <= MAX_DEPTH:
            return root
    # Our tag stack and the parser disagreed twice: keep the words, drop all markup.
    plain = _TAG_STRIP_RE.sub(" ", text)
    return lxml.html.document_fromstring(
        "<html><body><p>" + _escape(plain) + "</p></body></html>", parser=make_parser(True)
    )


_TAG_STRIP_RE = re.compile(r"<[^<>]*>")

#: The most attributes one element keeps. libxml2 checks each new attribute against all
#: earlier ones (quadratic: 20,000 attributes cost seconds); real elements have a handful.
MAX_ATTRIBUTES = 256
# Only start tags at least this long can hold MAX_ATTRIBUTES attributes, so only they are
# examined; the search costs at most this many characters per tag: linear overall.
_LONG_TAG_CHARS = 2048
_LONG_TAG_RE = re.compile(rf"<[A-Za-z][^<>]{{{_LONG_TAG_CHARS}}}")
_TAG_BODY_RE = re.compile(r"<[A-Za-z][^<>]*")
# One attribute: a name, optionally "=" and a quoted or bare value.
_ATTRIBUTE_RE = re.compile(r"""\s+([^\s=<>/"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s<>"']+))?""")
#: Longest class or id value kept. Rules match class names with regexes on every element;
#: a megabyte-long class attribute is never real markup and only costs time. Real pages put
#: up to a few KB of feature flags on <html>/<body>, so the bound sits well above that.
MAX_CLASS_CHARS = 16_384
_TOKEN_ATTRIBUTES = frozenset({"class", "id"})


_RAW_OPEN_RE = re.compile(r"<(script|style|textarea|title|xmp|noembed|noframes)\b", re.IGNORECASE)


def _raw_text_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every raw-text element (script, style ...), in order. Linear: each
    element's end is searched once from its start, and an unclosed one ends the scan."""
    spans: list[tuple[int, int]] = []
    pos = 0
    while True:
        opened = _RAW_OPEN_RE.search(text, pos)
        if opened is None:
            return spans
        close = re.compile(rf"</{opened.group(1)}\s*>", re.IGNORECASE).search(text, opened.end())
        end = len(text) if close is None else close.end()
        spans.append((opened.start(), end))
        if close is None:
            return spans
        pos = end


def _shorten_tokens(value: str) -> str:
    """A class/id value cut to MAX_CLASS_CHARS at a space, quotes kept."""
    quote = value[0] if value[0] in "\"'" else ""
    inner = value[1:-1] if quote else value
    cut = inner[:MAX_CLASS_CHARS]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return f"{quote}{cut}{quote}"


def cap_attributes(text: str) -> str:
    """Keep the first :data:`MAX_ATTRIBUTES` attributes of any element that has more, and
    cut class/id values longer than :data:`MAX_CLASS_CHARS`. Text is never touched.

    >>> html = "<p " + " ".join(f"a{i}=1" for i in range(1000)) + ">x</p>"
    >>> cap_attributes(html).count("=")
    256
    """
    match = _LONG_TAG_RE.search(text)
    if match is None:
        return text
    raw = _raw_text_spans(text)
    out: list[str] = []
    last = 0
    while match is not None:
        tag = _TAG_BODY_RE.match(text, match.start())
        if tag is None:  # cannot happen: the long-tag match starts a tag body
            break
        span = bisect.bisect_right(raw, (match.start(), len(text))) - 1
        if span >= 0 and raw[span][0] <= match.start() < raw[span][1]:
            # "<x" inside a script or style is code, not a tag: never touch it.
            match = _LONG_TAG_RE.search(text, raw[span][1])
            continue
        body = tag.group(0)
        name_end = re.match(r"<[A-Za-z][^\s<>/]*", body)
        count, cut = 0, len(body)
        edits: list[tuple[int, int, str]] = []
        for attr in _ATTRIBUTE_RE.finditer(body, name_end.end() if name_end else 1):
            count += 1
            if count == MAX_ATTRIBUTES:
                cut = attr.end()
            elif count > MAX_ATTRIBUTES:
                break
            value = attr.group(2)
            if (
                value
                and len(value) > MAX_CLASS_CHARS
                and attr.group(1).lower() in _TOKEN_ATTRIBUTES
            ):
                edits.append((attr.start(2), attr.end(2), _shorten_tokens(value)))
        if count > MAX_ATTRIBUTES or edits:
            out.append(text[last : tag.start()])
            pos = 0
            for start, end, replacement in edits:
                out.append(body[pos:start])
                out.append(replacement)
                pos = end
            out.append(body[pos:cut])
            last = tag.end()
        match = _LONG_TAG_RE.search(text, tag.end())
    out.append(text[last:])
    return "".join(out)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _resource_limit(parser: lxml.html.HTMLParser) -> str | None:
    """Which libxml2 resource limit the last parse hit: "depth", "buffer", or None."""
    for entry in parser.error_log:
        if entry.type_name == "ERR_RESOURCE_LIMIT" or "XML_PARSE_HUGE" in entry.message:
            return "depth" if "depth" in entry.message.lower() else "buffer"
    return None


def tree_depth(root: HtmlElement, stop_at: int = MAX_DEPTH) -> int:
    """The element nesting depth of a tree (``root`` is depth 1), counted iteratively;
    stops counting once it exceeds ``stop_at``.

    >>> import lxml.html
    >>> tree_depth(lxml.html.fromstring("<div><p><b>x</b></p><p>y</p></div>"))
    3
    """
    depth = deepest = 0
    for event, _ in etree.iterwalk(root, events=("start", "end")):
        if event == "start":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > stop_at:
                    break
        else:
            depth -= 1
    return deepest


def flatten_deep_nesting(text: str, max_depth: int) -> str:
    """Remove the start and end tags nested deeper than ``max_depth``, keeping their text.

    The tag stack is approximate (no HTML tree-construction rules beyond ``<p>``/``<li>``
    self-closing), which is enough for the pathological pages this runs on. One pass, and each
    tag costs at most ``max_depth`` steps, so time is linear in the text. Comments and raw-text
    elements (scripts, styles) are copied untouched.

    >>> flatten_deep_nesting("<div><div><div><b>x</b></div></div></div>y", 2)
    '<div><div> x </div></div>y'
    """
    out: list[str] = []
    stack: list[str] = []
    dropped: Counter[str] = Counter()
    pos = last = 0
    size = len(text)
    while True:
        start = text.find("<", pos)
        if start < 0:
            break
        if text.startswith("<!--", start):
            end = text.find("-->", start + 4)
            pos = size if end < 0 else end + 3
            continue
        match = _TAG_RE.match(text, start)
        if match is None:
            pos = start + 1
            continue
        pos = match.end()
        name = match.group(2).lower()
        if match.group(1):  # an end tag
            if dropped[name]:
                dropped[name] -= 1
                out.append(text[last:start])
                out.append("" if name in _INLINE else " ")
                last = pos
            elif name in stack:
                while stack and stack.pop() != name:
                    pass
            continue
        if name in _RAW_TEXT:
            close = re.compile(rf"</{re.escape(name)}\s*>", re.IGNORECASE).search(text, pos)
            pos = size if close is None else close.end()
            continue
        if name in _VOID:
            continue
        if name in _NO_SELF_NESTING and stack and stack[-1] == name:
            stack.pop()
        if len(stack) >= max_depth:
            dropped[name] += 1
            out.append(text[last:start])
            out.append("" if name in _INLINE else " ")
            last = pos
        else:
            stack.append(name)
    out.append(text[last:])
    return "".join(out)
