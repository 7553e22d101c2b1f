"""Text normalisation shared by every rule.

One definition of "clean text" keeps a title from a profile and a title from JSON-LD
comparable, and keeps paragraphs free of the invisible characters pages are full of.
"""

from __future__ import annotations

import html
import re
import unicodedata

from lxml.html import HtmlElement

# Characters that are invisible on the page and must neither split nor join words.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\x00"))
_SPACE_RE = re.compile(r"\s+")
# Elements whose text a reader never sees.
_HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object"})


def normalize_space(text: str | None) -> str:
    """Collapse runs of whitespace (NBSP included) and drop invisible characters.

    >>> normalize_space("  a\\u00a0 b\\u200b\\nc ")
    'a bc'
    """
    if not text:
        return ""
    return _SPACE_RE.sub(" ", text.translate(_INVISIBLE)).strip()


def clean_text(text: str | None) -> str:
    """``normalize_space`` plus HTML-entity decoding and NFC, for text from metadata.

    >>> clean_text("Tom &amp; Jerry&#8217;s")
    'Tom & Jerry’s'
    """
    if not text:
        return ""
    return unicodedata.normalize("NFC", normalize_space(html.unescape(text)))


def element_text(el: HtmlElement) -> str:
    """The visible text of an element, whitespace-normalised, scripts and styles skipped."""
    parts: list[str] = []
    _collect(el, parts)
    return normalize_space("".join(parts))


def _collect(el: HtmlElement, parts: list[str]) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag not in _HIDDEN_TAGS:
        if el.text and isinstance(el.tag, str):
            parts.append(el.text)
        for child in el:
            _collect(child, parts)
            if tag == "br" or (isinstance(child.tag, str) and child.tag in _BLOCK_TAGS):
                parts.append(" ")
    if el.tail:
        parts.append(el.tail)


_BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "td", "tr"}
)
