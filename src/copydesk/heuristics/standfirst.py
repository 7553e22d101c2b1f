"""The standfirst: the summary paragraph a page sets above the story, outside its container.

Pages put the standfirst ("lead", "intro", "standfirst", "excerpt", "chapo") in the header
zone beside the headline, a few wrappers above the element holding the body paragraphs;
it is story text. It is found by its class words, or, when the class says nothing, by being
the page's meta description word for word. Choosing the story container itself is
:mod:`~copydesk.heuristics.containers`' job.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from lxml import etree
from lxml.html import HtmlElement

from copydesk.heuristics.scoring import Stats

__all__ = [
    "LEAD_MAX_LEVELS",
    "compare_form",
    "find_lead",
    "header_standfirst",
    "is_description_lead",
]

# Class words of a standfirst: the summary paragraph set above the story's body.
_LEAD_CLASS = re.compile(
    r"lead(?!-?(?:image|media|photo|art|video|img))|intro|standfirst|excerpt|summary|teaser-text"
    r"|deck|(?<![a-z])dek(?![a-z])|lede|sapo|perex|entradilla|bajada|catenaccio|vorspann|anriss"
    r"|chapo|chapeau|abstract|article-?description|subtitle|sub-?headline|subhead",
    re.IGNORECASE,
)
#: A standfirst is prose of this many characters ...
LEAD_MIN_CHARS, LEAD_MAX_CHARS = 40, 800
#: ... with at most this share of links, found within this many levels above the story
#: (a wrapper around one element only does not count: it adds no step away) ...
LEAD_MAX_LINK_DENSITY = 0.2
LEAD_MAX_LEVELS = 5
#: ... among this many elements just before the story (or its ancestor).
LEAD_MAX_PRECEDING = 3
#: Elements looked at inside each of those (a header zone is small).
LEAD_MAX_SCAN = 60


def find_lead(
    first: HtmlElement,
    stats: dict[HtmlElement, Stats],
    root: HtmlElement,
    descriptions: Collection[str] = (),
) -> HtmlElement | None:
    """The standfirst set just above the story container, if the page marks one.

    Pages put the summary paragraph ("lead", "intro", "standfirst", "excerpt") in the
    header zone, outside the element holding the body paragraphs; it is story text. A page
    whose classes say nothing marks it all the same by repeating it as its description
    (``descriptions``: the page's meta descriptions, normalised by :func:`compare_form`).
    """
    story = _Words(first)
    el = first
    levels = 0
    while levels < LEAD_MAX_LEVELS:
        if _has_element_sibling(el):
            levels += 1  # a wrapper around one element only is no step away from the story
        seen = 0
        for sib in el.itersiblings(preceding=True):
            if not isinstance(sib.tag, str):
                continue
            st = stats.get(sib)
            if st is None or st.chars == 0:
                continue
            seen += 1
            if seen > LEAD_MAX_PRECEDING:
                break
            lead = _lead_in(sib, stats, descriptions, story)
            if lead is not None:
                return lead
        parent = el.getparent()
        if parent is None or parent is root:
            break
        el = parent
    return None


def _has_element_sibling(el: HtmlElement) -> bool:
    parent = el.getparent()
    if parent is None:
        return False
    return any(isinstance(sib.tag, str) and sib is not el for sib in parent)


# A deck set as a heading is display type beside the headline, not story text; lists,
# tables and links are not a standfirst either.
_NOT_LEAD_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "nav", "table", "a"})


def _lead_in(
    box: HtmlElement,
    stats: dict[HtmlElement, Stats],
    descriptions: Collection[str] = (),
    story: _Words | None = None,
) -> HtmlElement | None:
    """``box`` or an element inside it (header zones nest the standfirst) that is one.

    Besides class words and the description, the headline marks it: a ``<p>`` written
    as a sentence after the ``<h1>`` of a zone set before the story ("hero" zones with
    headline, meta line and summary, in classes that say nothing of a lead).
    """
    after_h1 = False  # the headline came before: a sentence paragraph here is its summary
    for i, el in enumerate(box.iter(etree.Element)):
        if i > LEAD_MAX_SCAN:
            break
        if el.tag == "h1":
            after_h1 = True
        st = stats.get(el)
        if (
            st is not None
            and el.tag not in _NOT_LEAD_TAGS
            and LEAD_MIN_CHARS <= st.chars <= LEAD_MAX_CHARS
            and st.link_density <= LEAD_MAX_LINK_DENSITY
            and (
                _LEAD_CLASS.search(f"{el.get('class') or ''} {el.get('id') or ''}")
                or is_description_lead(el, descriptions)
                or (after_h1 and story is not None and _is_summary(el, story))
            )
            and not _holds_heading(el)  # last: it walks the subtree (at most 800 chars)
        ):
            return el
    return None


#: A summary after the headline shares at least this many of the story's words (of at
#: least ``SUMMARY_WORD_MIN_CHARS`` letters): a sponsor line or a promo sentence shares none.
SUMMARY_MIN_SHARED_WORDS = 2
SUMMARY_WORD_MIN_CHARS = 5
#: The story text read for its words (its opening is what a summary summarises).
SUMMARY_STORY_MAX_CHARS = 5000
_WORD = re.compile(r"\w+")


class _Words:
    """The story's longer words, read once and only when a candidate needs them."""

    def __init__(self, story: HtmlElement) -> None:
        self._story = story
        self._words: frozenset[str] | None = None

    def get(self) -> frozenset[str]:
        if self._words is None:
            text = self._story.text_content()[:SUMMARY_STORY_MAX_CHARS]
            self._words = _long_words(text)
        return self._words


def _long_words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(text.casefold()) if len(w) >= SUMMARY_WORD_MIN_CHARS)


def _is_summary(el: HtmlElement, story: _Words) -> bool:
    """A ``<p>`` written as a sentence that shares words with the story."""
    if el.tag != "p":
        return False
    text = el.text_content().strip()
    if _SENTENCE_END.search(text) is None:
        return False
    return len(_long_words(text) & story.get()) >= SUMMARY_MIN_SHARED_WORDS


_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _holds_heading(el: HtmlElement) -> bool:
    """True for a header zone that holds a heading (the headline, a kicker set as ``<h2>``).

    Page shape: ``<header class="intro"><h2>Headline</h2><p class="intro__text">..</p>``:
    the zone is named like a standfirst but holds the headline too; only the paragraph
    inside it is the standfirst.
    """
    return next(el.iterdescendants(*_HEADING_TAGS), None) is not None


# Anything but letters and digits: ignored when comparing texts.
_NON_WORD = re.compile(r"[^\w]+")


def compare_form(text: str) -> str:
    """``text`` case-folded with punctuation and spacing evened out, for comparing.

    >>> compare_form("Tax cuts, spending — and rates!")
    'tax cuts spending and rates'
    """
    return " ".join(_NON_WORD.sub(" ", text.casefold()).split())


def is_description_lead(el: HtmlElement, descriptions: Collection[str]) -> bool:
    """True for a paragraph that is the page's meta description word for word.

    Page shape: a standfirst with a generated class ("css-z6dj7x") under the headline,
    which the page also gives as its ``description``/``og:description``; or the same set
    as a bare ``<div>``. The whole text must match, so a header wrapper that holds the
    headline beside it is never taken; headings and lists are not standfirsts.

    >>> import lxml.html
    >>> p = lxml.html.fragment_fromstring("<p class='x1'>Rates could rise, it said.</p>")
    >>> is_description_lead(p, {"rates could rise it said"}), is_description_lead(p, set())
    (True, False)
    >>> div = lxml.html.fragment_fromstring("<div>Rates could rise, it said.</div>")
    >>> h2 = lxml.html.fragment_fromstring("<h2>Rates could rise, it said.</h2>")
    >>> said = {"rates could rise it said"}
    >>> is_description_lead(div, said), is_description_lead(h2, said)
    (True, False)
    """
    if el.tag in _NOT_LEAD_TAGS or not descriptions:
        return False
    return compare_form(el.text_content()) in descriptions


# A standfirst is written as a sentence: it ends with end punctuation (perhaps inside
# closing quotes); a kicker, a byline or a date line does not.
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)]{0,3}$")
#: Elements looked at in the headline's ``<header>`` (a header zone is small).
HEADER_MAX_SCAN = 80


def header_standfirst(root: HtmlElement) -> str | None:
    """The summary paragraph set beside the headline in its ``<header>``, if there is one.

    Page shape: ``<header><h1>Headline</h1><p>Snow on the panels cuts output and
    weighs on the mounts.</p></header>`` above a story the DOM shows only in part (a
    paywall) while the JSON-LD ``articleBody`` holds all of it but the standfirst. The
    first ``<header>`` holding an ``<h1>`` is the headline's; its first ``<p>`` that is a
    sentence of standfirst length, with few links, is the standfirst.

    >>> import lxml.html
    >>> root = lxml.html.document_fromstring(
    ...     "<html><body><header><h1>Snow on solar panels</h1><p>By Jo Lee</p>"
    ...     "<p>Snow on the panels cuts output, and it weighs on the mounts.</p></header>"
    ...     "<p>Text.</p></body></html>")
    >>> header_standfirst(root)
    'Snow on the panels cuts output, and it weighs on the mounts.'
    >>> header_standfirst(lxml.html.document_fromstring(
    ...     "<html><body><header><h1>Snow</h1><p>Updated 10.12.2022</p></header></body></html>"))
    """
    header = next(iter(root.xpath("//header[.//h1]")), None)
    if header is None:
        return None
    for i, el in enumerate(header.iter("p")):
        if i > HEADER_MAX_SCAN:
            break
        text = " ".join(el.text_content().split())
        if not LEAD_MIN_CHARS <= len(text) <= LEAD_MAX_CHARS:
            continue
        links = sum(len(" ".join(a.text_content().split())) for a in el.iter("a"))
        if links <= LEAD_MAX_LINK_DENSITY * len(text) and _SENTENCE_END.search(text):
            return text
    return None
