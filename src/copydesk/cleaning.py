"""Text normalisation shared by every rule.

One definition of "clean text" keeps a title from a profile and a title from JSON-LD
comparable, and keeps paragraphs free of the invisible characters pages are full of.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator

from lxml.html import HtmlElement

# Characters that are invisible on the page and must neither split nor join words.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\x00"))
_SPACE_RE = re.compile(r"\s+")
# Everything but letters and digits: dropped when names are compared loosely.
_LOOSE_RE = re.compile(r"[\W_]+")
# Quotation marks, straight and typographic, of the corpus languages.
_QUOTE_MARK = re.compile(r"[\"“”„«»]")
#: A line with at least this many quotation marks holds a quoted passage.
QUOTED_MIN_MARKS = 2
# Elements whose text a reader never sees.
_HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object"})


def normalize_space(text: str | None) -> str:
    """Collapse runs of whitespace (NBSP included) and drop invisible characters.

    >>> normalize_space("  a\\u00a0 b\\u200bc\\n d ")
    'a bc d'
    """
    if not text:
        return ""
    return _SPACE_RE.sub(" ", text.translate(_INVISIBLE)).strip()


def loose(text: str) -> str:
    """``text`` case-folded, without spaces and punctuation, for loose comparison of names
    and headlines ("The Columbian!" and "the-columbian" are one site).

    >>> loose("The Columbian!")
    'thecolumbian'
    """
    return _LOOSE_RE.sub("", text.casefold())


# Under re.IGNORECASE, besides ASCII letters only these characters match an ASCII letter
# (İ and dotless ı match "i", long ſ "s", the Kelvin sign "k"; checked over all of Unicode).
_ASCII_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def literal_fold(text: str) -> str:
    """``text`` lower-cased so that ``word in literal_fold(text)`` holds for a lower-case
    ASCII ``word`` whenever an IGNORECASE pattern finds ``word`` in ``text``.

    Prefilters use it: a pattern that needs one of a few literals is skipped for a line
    holding none, which then never changes the pattern's answer.

    >>> "registriert" in literal_fold("Schon reg\u0130striert?"), "itunes" in literal_fold("ıTunes")
    (True, True)
    """
    return text.lower() if text.isascii() else text.translate(_ASCII_FOLD).lower()


def holds_literal(text: str, literals: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of the lower-case ASCII ``literals``, as an IGNORECASE
    pattern would find it: the prefilter before a costly pattern that needs one of them.

    >>> holds_literal("Get the APP", ("app", "play")), holds_literal("Story text", ("app",))
    (True, False)
    """
    low = literal_fold(text)
    return any(word in low for word in literals)


def holds_quotation(text: str) -> bool:
    """Whether ``text`` holds a quoted passage (an opening and a closing mark).

    A line quoting a source ("“Email us at tips@city.gov,” the sheriff said") is story,
    whatever an appeal or a contact trailer it repeats.

    >>> holds_quotation("“Download our app,” the minister urged."), holds_quotation("Get the app")
    (True, False)
    """
    return len(_QUOTE_MARK.findall(text)) >= QUOTED_MIN_MARKS


def clean_text(text: str | None) -> str:
    """``normalize_space`` plus HTML-entity decoding and NFC, for text from metadata.

    >>> clean_text("Tom &amp; Jerry&#8217;s")
    'Tom & Jerry’s'
    """
    if not text:
        return ""
    return unicodedata.normalize("NFC", normalize_space(html.unescape(text)))


def element_text(el: HtmlElement) -> str:
    """The visible text of an element, whitespace-normalised, scripts and styles skipped.

    >>> import lxml.html
    >>> element_text(lxml.html.fromstring("<div><p>a<script>x</script></p><p>b</p></div>"))
    'a b'
    >>> element_text(lxml.html.fromstring("<p><a>News24</a><br>13 Jan<b>2020</b></p>"))
    'News24 13 Jan2020'
    """
    return normalize_space("".join(_text_parts(el)))


def text_longer_than(el: HtmlElement, limit: int) -> bool:
    """``len(element_text(el)) > limit``, without reading all of a big element's text.

    Size checks ("a box with this much text is the story, not a teaser card") are asked of
    ancestors that may wrap the whole page; the walk stops once the text read so far is
    over the limit. Exact: whitespace collapsing never shortens a text by appending to it,
    so a prefix over the limit means the whole text is.

    >>> import lxml.html
    >>> box = lxml.html.fromstring("<div><p>Ferry  service</p><p>resumes</p></div>")
    >>> text_longer_than(box, 20), text_longer_than(box, 21), len(element_text(box))
    (True, False, 21)
    """
    parts: list[str] = []
    raw = 0
    check_at = limit  # the raw text is never shorter than its normalised form
    for part in _text_parts(el):
        parts.append(part)
        raw += len(part)
        if raw > check_at:
            if len(normalize_space("".join(parts))) > limit:
                return True
            check_at = 2 * raw  # re-check after doubling: linear work in all
    return len(normalize_space("".join(parts))) > limit


def _text_parts(el: HtmlElement) -> Iterator[str]:
    """The raw text pieces of :func:`element_text`, in reading order.

    Iterative (an explicit stack, not recursion) so no nesting depth can overflow Python's
    stack.
    """
    # Each entry is an element still to visit, or a string to emit once its subtree is done
    # (the separator closing a block element, then the element's tail).
    stack: list[HtmlElement | str] = [el]
    root = True
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item
            continue
        tag = item.tag if isinstance(item.tag, str) else ""
        block = tag in _BLOCK_TAGS and not root
        if item.tail and not root:
            stack.append(item.tail)
        if block:  # a block element (or <br>) separates its text from what comes after...
            stack.append(" ")
            yield " "  # ...and from what came before
        root = False
        if tag in _HIDDEN_TAGS:
            continue
        if item.text and tag:
            yield item.text
        stack.extend(reversed(item))


_BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "td", "tr"}
)
