"""The page's visible headings as headline candidates.

Which ``<h1>`` texts may be the story's headline: not those in site chrome (logo,
navigation, sidebar, footer), and each without the kicker or overline the template sets in
its own element. The title rules (:mod:`~copydesk.heuristics.title`) weigh these against
the metadata titles.
"""

from __future__ import annotations

import itertools
import re
from copy import deepcopy

from lxml.html import HtmlElement

from copydesk.cleaning import element_text
from copydesk.heuristics.chromezone import SITE_CHROME_TAGS, in_chrome
from copydesk.heuristics.titleaffix import MIN_TITLE

__all__ = [
    "LEADING_PUNCT",
    "MAX_H1S",
    "MAX_TITLE",
    "h1_texts",
    "heading_in_chrome",
    "headline_text",
    "marked_h1_texts",
]

#: Longest headline accepted (longer "titles" are paragraphs).
MAX_TITLE = 300
# Tags whose h1s are site chrome, not the story. Not ``<header>``: the story's headline sits
# in the article's header as often as the logo sits in the page's.
_CHROME_TAGS = SITE_CHROME_TAGS
# Tags that hold the story (or the whole page): no chrome test above them.
_CONTENT_TAGS = frozenset({"article", "main", "body", "html"})
_CHROME_CLASS_RE = re.compile(
    r"logo|brand|masthead|site-?title|site-?name|navbar|menu|footer|sidebar|widget|modal|"
    r"cookie|newsletter|related",
    re.IGNORECASE,
)
# Classes (hAtom "entry-title", schema.org itemprop="headline") by which a template marks
# an h1 as the story's headline: layout wrappers around it ("sidebar-wrapper") don't matter.
_HEADLINE_MARK_RE = re.compile(
    r"\bentry-title\b|\bpost-title\b|\barticle-title\b|\bheadline\b", re.IGNORECASE
)
# Parts of an h1 that are not the headline: kicker/overline/topline labels, badges ("LIVE",
# "Exclusive") and the visually hidden separators that join them to it.
_KICKER_CLASS_RE = re.compile(
    r"kicker|dachzeile|topline|toptitle|overline|eyebrow|supertitle|roofline|spitzmarke|"
    r"\blabel\b|badge|\bpill\b|visually-?hidden|sr-only|screen-reader",
    re.IGNORECASE,
)
# Permalink marks documentation generators append to headings ("Title¶").
_PERMALINK_MARKS = " ¶#§🔗"
#: What is left of an h1 once a kicker is cut may start with its separator.
LEADING_PUNCT = " :-–—|·•»"


def h1_texts(root: HtmlElement) -> list[str]:
    """Distinct plausible ``<h1>`` texts in page order, at most :data:`MAX_H1S` of them."""
    out: list[str] = []
    seen: set[str] = set()
    for h1 in root.iter("h1"):
        if heading_in_chrome(h1):
            continue
        text = headline_text(h1)
        if MIN_TITLE <= len(text) <= MAX_TITLE and text not in seen:
            seen.add(text)
            out.append(text)
            if len(out) >= MAX_H1S:
                break
    return out


# A story page has one headline, a few at most; past this many <h1>s the page is a listing
# or hostile, and comparing each with every metadata title would only cost time.
MAX_H1S = 20


def marked_h1_texts(root: HtmlElement) -> set[str]:
    """Texts of the h1s the template marks as the story's headline."""
    return {headline_text(h1) for h1 in itertools.islice(root.iter("h1"), MAX_H1S) if _marked(h1)}


def headline_text(h1: HtmlElement) -> str:
    """An h1's text without its kicker/overline and visually hidden separators.

    >>> import lxml.html
    >>> headline_text(lxml.html.fromstring(
    ...     '<h1><span class="kicker">Klimaschutz</span><span class="visually-hidden">: </span>'
    ...     '<span class="title">Bohren, bis es heiß wird</span></h1>'))
    'Bohren, bis es heiß wird'
    """
    marked = [
        el
        for el in h1.iterdescendants()
        if isinstance(el.tag, str) and _KICKER_CLASS_RE.search(el.get("class") or "")
    ]
    full = element_text(h1).rstrip(_PERMALINK_MARKS)
    if not marked:
        return full
    copy = deepcopy(h1)
    for el in copy.iterdescendants():
        if isinstance(el.tag, str) and _KICKER_CLASS_RE.search(el.get("class") or ""):
            el.set("data-copydesk-drop", "1")
    for el in copy.xpath(".//*[@data-copydesk-drop]"):
        if el.getparent() is not None:
            el.drop_tree()
    rest = element_text(copy).rstrip(_PERMALINK_MARKS).strip(LEADING_PUNCT)
    return rest if len(rest) >= MIN_TITLE else full


def heading_in_chrome(el: HtmlElement) -> bool:
    """Whether an h1 sits in site chrome (logo, navigation, sidebar, footer, modal).

    The walk stops at ``<body>`` and at the story's ``<article>``/``<main>``: their
    classes describe the page layout or list the post's categories ("content-sidebar",
    "footer-widgets-visible", "category-no-newsletter"), not what the h1 is. An h1 the
    template marks as the story's headline ("entry-title") is not judged by the layout
    classes around it ("sidebar-wrapper"); only by chrome tags (``<nav>``, ``<aside>``).

    >>> import lxml.html
    >>> page = lxml.html.fromstring('<div class="site-logo"><h1>Daily Planet</h1></div>')
    >>> heading_in_chrome(page.find('.//h1'))
    True
    """
    return in_chrome(
        el,
        tags=_CHROME_TAGS,
        words=None if _marked(el) else _CHROME_CLASS_RE,
        stop_tags=_CONTENT_TAGS,
        include_self=True,
    )


def _marked(el: HtmlElement) -> bool:
    """Whether the template marks ``el`` as the story's headline."""
    return bool(_HEADLINE_MARK_RE.search(f"{el.get('class') or ''} {el.get('itemprop') or ''}"))
