"""Pull quotes: a sentence of the story set large beside it, kept apart from the story.

A pull quote repeats (or quotes) a line of the story in display type, to catch the eye. It
is not a story paragraph: read in place it repeats a sentence or breaks one in two. Nor is
it chrome: it is the editors' pick of the story's line, so it is kept, in
``Article.pull_quotes`` (issue #3), the way photo captions are kept in ``Article.captions``.

Page shapes known by markup (:func:`is_pull_quote`):

* a box whose class names a pull quote, in any spelling: ``<aside class="pullquote">``,
  ``<blockquote class="pull-quote">``, ``<div class="article-pullquote">``,
  ``<figure class="wp-block-pullquote">`` (WordPress), ``<div class="quote--pull">``,
  ``<td class="pullquote">`` (table layouts);
* an ``<aside>`` in the story holding nothing but a short quotation
  (``<aside><q>...</q></aside>``, ``<aside>“...”</aside>``).

An ordinary ``<blockquote>`` (a letter, a statement, a post the story quotes) is story and
stays a ``quote`` block; so does a word styled by a "pullquote" class inside a paragraph
(``<span class="pullquote">"</span>``): only a box is a pull quote.

:func:`pull_quote_text` gives its text without the attribution set under it
(``<cite>François Héran</cite>``, a last line "Jane Doe, Mila").
:func:`~copydesk.heuristics.scoring.strip_chrome` takes pull quotes out of the tree before
the story container is scored, so they can neither end, split nor move the story.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml.html import HtmlElement

from copydesk.cleaning import normalize_space

__all__ = [
    "MAX_ASIDE_QUOTE_CHARS",
    "MAX_ATTRIBUTION_CHARS",
    "MAX_PULL_QUOTE_CHARS",
    "MAX_PULL_QUOTE_PARAGRAPHS",
    "is_pull_quote",
    "pull_quote_class",
    "pull_quote_text",
]

#: A pull quote is a sentence or two. A box named like one holding more text than this is a
#: wrapper (a layout flagged "pullquote-ready", a story with pull quotes in it), not a quote.
MAX_PULL_QUOTE_CHARS = 500
#: ... or more paragraphs than this (a quote, perhaps a second sentence, the attribution).
MAX_PULL_QUOTE_PARAGRAPHS = 3
#: An unnamed ``<aside>`` counts only when it is shorter still: a sentence in display type.
MAX_ASIDE_QUOTE_CHARS = 300
#: ... and when at least this share of its text is quotation (``<q>``/``<blockquote>``).
MIN_ASIDE_QUOTED_SHARE = 0.8
#: The attribution line under a quote ("Sasha Luccioni, Mila") is a name and a title.
MAX_ATTRIBUTION_CHARS = 80

# Boxes: a class on these can mark a pull quote. A class on a phrasing tag styles a word
# (a large opening quotation mark: <span class="pullquote">"</span>), never a box.
_BOX_TAGS = frozenset(
    {"aside", "blockquote", "figure", "div", "section", "p", "td", "q", "article"}
)
# Elements a quotation box never holds: links, pictures, lists, forms (a teaser, a
# newsletter box, a "quote of the day" widget with a share button).
_NOT_IN_QUOTE = frozenset(
    {"a", "img", "picture", "ul", "ol", "table", "form", "iframe", "video", "figure"}
)
_QUOTE_TAGS = frozenset({"q", "blockquote"})
# Block elements: their text is a part of its own (the quote, then the attribution line).
_BLOCK_TAGS = frozenset(
    {"p", "div", "blockquote", "figcaption", "footer", "li", "h2", "h3", "h4", "h5", "h6", "br"}
)
# Attribution under a quote: a <cite> or <footer>, or a part whose class names it.
_ATTRIBUTION_TAGS = frozenset({"cite", "footer"})
_ATTRIBUTION_WORDS = frozenset(
    {"attribution", "cite", "citation", "credit", "source", "author", "byline", "speaker"}
)

# Class names are split into word tokens on "-", "_" and camelCase humps.
_CLASS_TOKEN = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")
# The pull-quote word, as one token ("pullquote", "wp-block-pullquote") or two
# ("pull-quote", "pullQuote", BEM's "quote--pull", "pullout-quote").
_PULL_QUOTE_TOKENS = frozenset({"pullquote", "pullquotes"})
_PULL_QUOTE_PAIRS = frozenset(
    {
        ("pull", "quote"),
        ("pulled", "quote"),
        ("pullout", "quote"),
        ("quote", "pull"),
        ("quote", "pullout"),
    }
)
# Tokens before the pull-quote word that make the class a state flag on a wrapper
# ("has-pullquote", "no-pull-quote", "with-pullquotes"), not the quote's box.
_NEGATIONS = frozenset({"no", "not", "has", "have", "with", "without", "show", "hide", "is"})
# Tokens after it that name a part of the box (its text, its attribution, its icon): the
# box itself carries the plain name, and a part met alone is left to the usual cleaning.
_PART_WORDS = _ATTRIBUTION_WORDS | frozenset(
    {"icon", "mark", "marks", "name", "title", "share", "button", "enabled", "disabled"}
)
# Opening quotation marks in the languages the library reads, and the closing ones.
_OPENING_QUOTE = re.compile(r"^[\"“„«‘‚‹›「『»]")
_CLOSING_QUOTE = re.compile(r"[\"”“»’‹›」』«]\W{0,2}$")
# An attribution line led by a dash: "— Jane Doe", "– Ministerin".
_DASH_LED = re.compile(r"^[—–-]\s*\w")
# A sentence end: an attribution line is a name and a title, not a sentence.
_SENTENCE_END = re.compile(r"[.!?…]\W{0,2}$")


@lru_cache(maxsize=4096)
def pull_quote_class(cls: str | None) -> bool:
    """True when a class names a pull-quote box, judged on word tokens.

    >>> [pull_quote_class(c) for c in ("pullquote", "pull-quote pull-quote--left",
    ...     "wp-block-pullquote", "article-pullquote", "quote--pull", "c-pullQuote")]
    [True, True, True, True, True, True]
    >>> [pull_quote_class(c) for c in ("quote", "has-pullquote", "pull-quote__attribution",
    ...     "pull-right blockquote", "wp-block-quote")]
    [False, False, False, False, False]
    """
    if not cls:
        return False
    low = cls.lower()
    if "pull" not in low:
        return False
    for word in cls.split():
        tokens = [t.lower() for t in _CLASS_TOKEN.findall(word)]
        for i, token in enumerate(tokens):
            if token in _PULL_QUOTE_TOKENS:
                end = i + 1
            elif tuple(tokens[i : i + 2]) in _PULL_QUOTE_PAIRS:
                end = i + 2
            else:
                continue
            negated = i > 0 and tokens[i - 1] in _NEGATIONS
            part = any(t in _PART_WORDS for t in tokens[end:])
            if not negated and not part:
                return True
    return False


def is_pull_quote(el: HtmlElement) -> bool:
    """True for a pull-quote box: named by its class, or an ``<aside>`` holding a short
    quotation and nothing else.

    >>> import lxml.html
    >>> f = lxml.html.fragment_fromstring
    >>> is_pull_quote(f("<blockquote class='pull-quote'>“We will rebuild.”</blockquote>"))
    True
    >>> is_pull_quote(f("<aside><q>This will be the bridge's last winter.</q></aside>"))
    True
    >>> is_pull_quote(f("<blockquote><p>Dear council, the bridge is unsafe.</p></blockquote>"))
    False
    >>> is_pull_quote(f("<aside class='related'><a href='/x'>“Bridge” to close</a></aside>"))
    False
    """
    tag = el.tag
    if not isinstance(tag, str) or tag not in _BOX_TAGS:
        return False
    if pull_quote_class(el.get("class")):
        return (
            len(normalize_space(el.text_content())) <= MAX_PULL_QUOTE_CHARS
            and sum(1 for _ in el.iter("p")) <= MAX_PULL_QUOTE_PARAGRAPHS
        )
    return tag == "aside" and _is_quotation_aside(el)


def _is_quotation_aside(el: HtmlElement) -> bool:
    """An ``<aside>`` holding one short quotation: no links, pictures or lists, and its text
    either inside ``<q>``/``<blockquote>`` or opening with a quotation mark."""
    # Links and lists first: they end the look at a sidebar early, before its text is read.
    quote_boxes: list[HtmlElement] = []
    for d in el.iterdescendants():
        dtag = d.tag
        if not isinstance(dtag, str):
            continue
        if dtag in _NOT_IN_QUOTE:
            return False
        if dtag in _QUOTE_TAGS and not any(a.tag in _QUOTE_TAGS for a in d.iterancestors()):
            quote_boxes.append(d)
    text = normalize_space(el.text_content())
    if not text or len(text) > MAX_ASIDE_QUOTE_CHARS:
        return False
    quoted = sum(len(normalize_space(d.text_content())) for d in quote_boxes)
    if quoted >= MIN_ASIDE_QUOTED_SHARE * len(text):
        return True
    return _OPENING_QUOTE.match(text) is not None


def pull_quote_text(el: HtmlElement) -> str:
    """The quote's words, whitespace-normalised, without the attribution set under it.

    >>> import lxml.html
    >>> pull_quote_text(lxml.html.fragment_fromstring(
    ...     "<figure class='wp-block-pullquote'><blockquote><p>Il y a, d’abord, le poids "
    ...     "de la géographie.</p><cite>François Héran</cite></blockquote></figure>"))
    'Il y a, d’abord, le poids de la géographie.'
    >>> pull_quote_text(lxml.html.fragment_fromstring(
    ...     "<aside class='pullquote'><p>“The concern is energy.”</p><p>Jane Doe, Mila</p>"
    ...     "</aside>"))
    '“The concern is energy.”'
    """
    parts = [p for p in (normalize_space(t) for t in _parts(el)) if p]
    # An attribution line under the quote: led by a dash, or a short line without a
    # sentence end after a part closed by a quotation mark ("“...” / Jane Doe, Mila").
    while len(parts) > 1:
        last = parts[-1]
        short = len(last) <= MAX_ATTRIBUTION_CHARS and _SENTENCE_END.search(last) is None
        if _DASH_LED.match(last) or (short and _CLOSING_QUOTE.search(parts[-2])):
            parts.pop()
        else:
            break
    return " ".join(parts)


def _parts(el: HtmlElement) -> list[str]:
    """The element's text cut at block boundaries, attribution elements left out."""
    parts: list[str] = [""]
    # An explicit stack (an element to open, a tail string to emit after its subtree, or
    # None: a block closed, start a new part) so no nesting depth can overflow the stack.
    stack: list[HtmlElement | str | None] = [el]
    first = True
    while stack:
        item = stack.pop()
        if item is None:
            parts.append("")
            continue
        if isinstance(item, str):
            parts[-1] += item
            continue
        tag = item.tag if isinstance(item.tag, str) else ""
        if not first:
            if item.tail:
                stack.append(item.tail)
            if tag in _ATTRIBUTION_TAGS or _attribution_class(item.get("class")):
                continue
            if tag in _BLOCK_TAGS:
                stack.append(None)
                parts.append("")
        first = False
        if tag in ("script", "style", "template"):
            continue
        if item.text and tag:
            parts[-1] += item.text
        stack.extend(reversed(item))
    return parts


def _attribution_class(cls: str | None) -> bool:
    if not cls:
        return False
    for word in cls.split():
        if any(t.lower() in _ATTRIBUTION_WORDS for t in _CLASS_TOKEN.findall(word)):
            return True
    return False
