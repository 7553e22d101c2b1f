"""Boxes whose dates are not the story's: related lists, comments, footers, events.

A page prints many dates besides the story's: teasers of other stories, comment
timestamps, the footer's "Updated" stamp, the masthead's "today", the date of an event or
a deadline the story is about. The date rules of :mod:`~copydesk.heuristics.datezone` and
:mod:`~copydesk.heuristics.dateheader` ask this module whether an element sits in such a
box (by its tag and its class words); where the headline is (and so which containers are
the story's own) is the header zone's business.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

__all__ = ["off_article", "other_date_box"]

# Containers whose dates belong to other stories or to readers, not to this article.
_OFF_ARTICLE_RE = re.compile(
    r"""related|recommend|teaser|sidebar|aside|footer|comment|more-?stories|popular|
        trending|newsletter|most-?read|read-?more|outbrain|taboola|also-?read|latest|
        carousel|promo|site-?header|masthead|top-?bar|today|breaking|ticker|disqus|
        more-?from|(?:up|read)[-_]?next|next[-_]?(?:up|stor|article|post)|
        prev(?:ious)?[-_]?(?:stor|article|post)""",
    re.VERBOSE | re.IGNORECASE,
)
_OFF_ARTICLE_TAGS = frozenset({"aside", "footer", "nav"})
# A footer named after the post itself ("post-footer", "entry-footer"): the post's own.
_OWN_FOOTER_RE = re.compile(r"(?i)(?:post|entry|article|story)[-_]{1,2}footer")
# Off-article words that sites also give the story's own date box ("teaser__metadata",
# "promo-date" in a story header): they count on its containers, not on the box itself.
_OWN_HEADER_WORDS = frozenset({"teaser", "promo"})
# Words of a class or id (split at "-", "_", spaces and camelCase humps) that name a box
# dating something else. Whole words only, so utility classes that merely contain one
# ("form-validation", "indeterminate") do not count, nor Tailwind's "pointer-events-none".
_OTHER_DATE_WORDS = frozenset(
    {
        *("event", "events", "termin", "termine", "veranstaltung", "veranstaltungen"),
        *("deadline", "deadlines", "expiry", "expires", "expiration"),
        *("schedule", "schedules", "countdown", "fixture", "fixtures"),
        *("valid", "validity", "gueltig", "gueltigkeit"),
    }
)
_CLASS_WORD_SPLIT = re.compile(r"[-_\s]+|(?<=[a-z])(?=[A-Z])")
# Words that make a following date word a CSS utility: "pointer-events-none".
_UTILITY_BEFORE = frozenset({"pointer"})


def _names_other_date(attrs: str) -> bool:
    """Whether a class/id names a box dating an event, a deadline, an offer's expiry, a
    schedule or a countdown."""
    words = [w.lower() for w in _CLASS_WORD_SPLIT.split(attrs) if w]
    return any(
        w in _OTHER_DATE_WORDS and (i == 0 or words[i - 1] not in _UTILITY_BEFORE)
        for i, w in enumerate(words)
    )


#: How many levels up a box dating something else ("event-info") is looked for.
OTHER_DATE_BOX_DEPTH = 2


def other_date_box(el: HtmlElement) -> bool:
    """Whether ``el`` is, or sits just inside, a box that dates an event, a deadline, an
    offer ("event-date", "termin", "deadline"): a date the story is about, not its own.

    >>> from lxml.html import fromstring
    >>> box = fromstring('<div class="event-info"><p><time>20 Dec</time></p></div>')
    >>> other_date_box(box.find('.//time')), other_date_box(fromstring('<p class="date">x</p>'))
    (True, False)
    """
    for depth, node in enumerate((el, *el.iterancestors())):
        if depth > OTHER_DATE_BOX_DEPTH or node.tag in ("body", "html"):
            return False
        if _names_other_date(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return True
    return False


def off_article(
    el: HtmlElement,
    keep: set[HtmlElement] | frozenset[HtmlElement] = frozenset(),
    *,
    allow_aside: bool = False,
) -> bool:
    """Whether ``el`` is, or sits in, a footer, a navigation bar, an aside (unless
    ``allow_aside``) or a box classed as related stories, comments, a ticker ...; the
    headline's ancestors (``keep``) are the story's, whatever their class.

    >>> from lxml.html import fromstring
    >>> page = fromstring('<div><p>x</p><footer>Updated 01.02.2024</footer></div>')
    >>> off_article(page.find('.//p')), off_article(page.find('.//footer'))
    (False, True)
    """
    if el not in keep and isinstance(el.tag, str):
        # The box itself as a date line ("<footer>Updated ...", "<div class=more-from-author>
        # More from Jane Doe ... Nov 2, 2024"), not only what it holds.
        if (
            el.tag in _OFF_ARTICLE_TAGS
            and not (allow_aside and el.tag == "aside")
            and not _own_footer(el, keep)
        ):
            return True
        if _off_class(el, keep, allowed=_OWN_HEADER_WORDS):
            return True
    for anc in el.iterancestors():
        if anc in keep:
            return False
        if not isinstance(anc.tag, str):
            continue
        if (
            anc.tag in _OFF_ARTICLE_TAGS
            and not (allow_aside and anc.tag == "aside")
            and not _own_footer(anc, keep)
        ):
            return True
        if anc.tag in {"body", "html"}:
            return False
        if _off_class(anc, keep):
            return True
    return False


def _off_class(
    el: HtmlElement,
    keep: set[HtmlElement] | frozenset[HtmlElement],
    allowed: frozenset[str] = frozenset(),
) -> bool:
    """Whether ``el``'s class/id names an off-article box (less the ``allowed`` words); a
    footer inside the headline's own ``<article>``, or named after the post ("entry-footer"),
    is the post's."""
    attrs = f"{el.get('class') or ''} {el.get('id') or ''}"
    if not attrs.strip():
        return False
    hits = {m.group().lower() for m in _OFF_ARTICLE_RE.finditer(attrs)} - allowed
    if hits == {"footer"} and (_in_own_article(el, keep) or _OWN_FOOTER_RE.search(attrs)):
        return False
    return bool(hits)


def _own_footer(el: HtmlElement, keep: set[HtmlElement] | frozenset[HtmlElement]) -> bool:
    """A ``<footer>`` inside the headline's own ``<article>``: the post's "Posted on ..."."""
    return el.tag == "footer" and _in_own_article(el, keep)


def _in_own_article(el: HtmlElement, keep: set[HtmlElement] | frozenset[HtmlElement]) -> bool:
    if not keep:
        return False
    article = next((a for a in el.iterancestors() if a.tag == "article"), None)
    return article is not None and article in keep
