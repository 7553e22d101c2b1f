"""Where things are on a page, for the byline rules: the headline, document order, and the
boxes (comments, teasers, sidebars, figures) whose author-looking text is not the story's.

Computed once per page (node positions come from the single walk of
:func:`copydesk.heuristics.markers.markers`) and memoised on ``Page.cache``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import attrs
from lxml.html import HtmlElement

from copydesk.cleaning import element_text, text_longer_than
from copydesk.heuristics.datezone import PERSON_LINK_RE
from copydesk.heuristics.markers import markers
from copydesk.page import Page

__all__ = [
    "NEAR_HEADLINE_ELEMENTS",
    "Layout",
    "first_h1",
    "in_article",
    "in_own_footer",
    "in_teaser_card",
    "is_foreign",
    "page_layout",
]

#: Shorter <h1> text is a logo or an icon, not the story's headline.
MIN_HEADLINE_CHARS = 4
#: A byline this close after the headline (in elements) is the story's, whatever its class.
NEAR_HEADLINE_ELEMENTS = 40
#: The same, above the headline: a few elements (a kicker, a date/author line in a hero box).
NEAR_BEFORE_HEADLINE_ELEMENTS = 8

# Ancestors whose class/id says "not this story's byline": comments, teasers, sidebars.
# Matched against each hyphen/underscore-delimited part of each class/id token, so "nav"
# does not hit "canvas" and "comment" does hit "comment-list" and "post_comments".
_FOREIGN_WORD_RE = re.compile(
    r"""(?:^|[-_])(comment\w*|related|sidebar|footer|recommend(?:ed|ations?)?|teasers?
        |promo|newsletter|popular|trending|outbrain|taboola|nav|navbar|navigation|menu
        |share|sharing|social|bio|authorbio|about|widget-area|respond|reply|replies
        |more-stories|morestories|rail|mediabox|caption|figcaption|gallery|player
        |(?:up|read)[-_]?next|next[-_]?(?:up|story|stories|article|articles|post|posts)
        |prev(?:ious)?[-_]?(?:story|article|post))(?:$|[-_])""",
    re.IGNORECASE | re.VERBOSE,
)
# A class that describes the page layout, not the box: "has-double-sidebar", "no-comments",
# and the negated flags ("hasnt-bio", "without-sidebar", "not-comments") that say a box is
# *absent*: a byline "div.sig-line.hasnt-bio" is no bio box.
_LAYOUT_FLAG_RE = re.compile(
    r"(?i)(?:has|hasnt|hasn't|with|without|no|not|is|isnt|show|hide|enable|disable)[-_]"
)
# A footer named after the post itself ("post-footer", "entry-footer"): the post's own.
_OWN_FOOTER_RE = re.compile(r"(?i)(?:post|entry|article|story)[-_]footer")
# A class that names the byline box first ("byline-social", "byline_share"): the story's
# byline with its share buttons, not a social widget.
_BYLINE_BOX_RE = re.compile(r"(?i)by-?line[-_]")
# Foreign-box words that sites also use for the story's own header ("teaser__metadata").
_WEAK_FOREIGN_WORDS = frozenset({"teaser", "teasers", "promo", "rail", "about"})
# ... but an "about" box that says it presents the site, not the story's author: "about-us",
# "about-site", "about_the_blog" (a founder's or an editor's name in it is no byline).
_SITE_ABOUT_RE = re.compile(
    r"""(?i)(?:^|[-_])about[-_](?:the[-_])?(?:us|site|blog|company|publication|magazine
        |newsroom|project|organi[sz]ation|website|network)(?:$|[-_])""",
    re.VERBOSE,
)
# A picture's credit classed like a byline ("photo-author", "image_credit", "bild-autor"):
# the picture comes first. An "author-photo" is the byline's portrait, and stays.
_MEDIA_CREDIT_RE = re.compile(
    r"(?i)^(?:photo|image|img|picture|pic|foto|bild|media|video)s?[-_]{1,2}"
    r"(?:author|autor|auteur|credit|byline|by|source|copyright)"
)
# Figures and their captions credit the picture or the video, not the story.
_FOREIGN_TAGS = frozenset(
    {"aside", "footer", "nav", "form", "button", "select", "figure", "figcaption"}
)


@attrs.frozen
class Layout:
    """Where things are on the page, computed once: the headline and document order.

    ``order`` maps every node to its position in document order, so "after the headline"
    and "near the headline" are two dict look-ups instead of a walk or an XPath
    ``following::*`` per question. Holding the elements also keeps lxml's proxies alive,
    so identity comparisons stay valid for the page's lifetime.
    """

    h1: HtmlElement | None
    order: dict[Any, int]
    #: Every node, in document order (``order``'s keys as a sequence, for windows).
    nodes: tuple[Any, ...] = ()
    #: Position of the headline's last descendant: XPath ``following::`` starts after it.
    h1_end: int = -1
    #: The headline's text ("" without one), read once instead of per byline candidate.
    headline: str = ""
    #: Whether the headline sits in an ``<article>``: another ``<article>`` is a teaser.
    h1_in_article: bool = False

    def position(self, el: HtmlElement) -> int:
        return self.order.get(el, -1)

    def after_h1(self, el: HtmlElement) -> bool:
        """True when ``el`` is on XPath's ``following::`` axis of the headline."""
        return self.h1 is not None and self.position(el) > self.h1_end

    def around_h1(self, before: int, after: int) -> Iterator[HtmlElement]:
        """The elements from ``before`` nodes above the headline to ``after`` nodes past it,
        the headline's own descendants left out."""
        if self.h1 is None:
            return
        start = max(0, self.position(self.h1) - before)
        for node in self.nodes[start : self.h1_end + after + 1]:
            if isinstance(node, HtmlElement) and not (
                self.position(self.h1) <= self.position(node) <= self.h1_end
            ):
                yield node

    def near_h1(self, el: HtmlElement) -> bool:
        """True when ``el`` is among the first elements after the headline."""
        if self.h1 is None:
            return False
        gap = self.position(el) - self.position(self.h1)
        return 0 < gap <= NEAR_HEADLINE_ELEMENTS + 1


_LAYOUT_KEY = "bylinelayout.layout"


def page_layout(root: HtmlElement, page: Page | None = None) -> Layout:
    """The page's :class:`Layout`, memoised on ``page.cache`` when a page is given."""
    if page is not None:
        cached = page.cache.get(_LAYOUT_KEY)
        if isinstance(cached, Layout) and cached.order.get(root) == 0:
            return cached
    h1 = first_h1(root)
    if page is not None and root is page.root:
        marked = markers(page)  # its walk records every node's position
        order, nodes = marked.order, marked.nodes
    else:
        order = {el: i for i, el in enumerate(root.iter())}
        nodes = tuple(order)
    h1_end = order[h1] + sum(1 for _ in h1.iterdescendants()) if h1 is not None else -1
    layout = Layout(
        h1=h1,
        order=order,
        h1_end=h1_end,
        nodes=nodes,
        headline=element_text(h1) if h1 is not None else "",
        h1_in_article=h1 is not None and in_article(h1),
    )
    if page is not None:
        page.cache[_LAYOUT_KEY] = layout
    return layout


def _tree_layout(el: HtmlElement, layout: Layout | None) -> Layout:
    if layout is not None and el in layout.order:
        return layout
    return page_layout(el.getroottree().getroot())


def is_foreign(el: HtmlElement, layout: Layout | None = None) -> bool:
    """True when ``el`` sits in a comment thread, teaser list, sidebar or footer, or (past
    the headline's own header) in a teaser card for another story, whatever its class.

    Not :func:`~copydesk.heuristics.chromezone.in_chrome`: here a box's words are read token
    by token (page flags like "has-sidebar" skipped), a box holding the headline is never
    foreign, and how near the headline ``el`` is changes which words count.
    """
    layout = _tree_layout(el, layout)
    near = layout.near_h1(el) or _just_before_h1(el, layout)
    if _in_foreign_box(el, layout, near):
        return True
    # The story's own header box may link to its series or topic with a long link text; a
    # related card sits further down, after the story (however short the story is).
    return not _at_headline(el, layout) and in_teaser_card(el, layout)


#: Elements right after the headline that form its header (standfirst, picture, byline).
HEADER_ELEMENTS = 15


def _at_headline(el: HtmlElement, layout: Layout) -> bool:
    if layout.h1 is None:
        return False
    gap = layout.position(el) - layout.position(layout.h1)
    return -NEAR_BEFORE_HEADLINE_ELEMENTS <= gap <= HEADER_ELEMENTS


#: A teaser card: a box at most this many levels above the byline, not holding the
#: headline, with at most this much text (headline, byline, a line of summary) ...
TEASER_DEPTH = 3
TEASER_CHARS = 300
#: ... that links to another page with a link text this many words long (a headline, not
#: a section's or an author's name).
TEASER_WORDS = 5
# A word of a headline: two letters or more (a permalink's "1. November 2016" is a date).
_WORD_RE = re.compile(r"[^\W\d_]{2,}")


def in_teaser_card(el: HtmlElement, layout: Layout | None = None) -> bool:
    """True when ``el`` sits in a small box that links to another story: the shape of a
    related-stories card ("<div><a href=/x>Ferry service resumes after the storm</a>
    <p>By Mark Ellis</p></div>"), which sites do not always class as related.

    >>> from lxml.html import fromstring
    >>> root = fromstring('<div><h1>Budget passes</h1><p>Story text.</p><div><a href="/f">'
    ...     'Ferry service resumes after the storm</a><p>By Mark Ellis</p></div></div>')
    >>> in_teaser_card(root.findall('.//p')[1]), in_teaser_card(root.find('.//p'))
    (True, False)
    """
    layout = _tree_layout(el, layout)
    headline = layout.headline
    for depth, anc in enumerate(el.iterancestors()):
        if depth >= TEASER_DEPTH or anc.tag in ("body", "html") or anc.find(".//h1") is not None:
            return False
        if text_longer_than(anc, TEASER_CHARS):
            return False  # a box with this much text is the story, not a card
        for link in anc.iter("a"):
            href = (link.get("href") or "").strip()
            if not href or href.startswith("#") or PERSON_LINK_RE.search(href):
                continue  # an anchor, or an author's page
            text = element_text(link)
            if (
                len(_WORD_RE.findall(text)) >= TEASER_WORDS
                and text != headline
                and el not in link.iter()
            ):
                return True
    return False


def _in_foreign_box(el: HtmlElement, layout: Layout, near: bool) -> bool:
    node: HtmlElement | None = el
    depth = 0
    h1_in_article = layout.h1_in_article
    while node is not None and depth < 30:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag == "form" and node.find(".//h1") is not None:
            pass  # ASP.NET wraps the whole page in one <form>: the headline's is no widget
        elif tag in _FOREIGN_TAGS and not (tag == "footer" and in_article(node)):
            return True  # a <footer> inside the <article> is the post's own (blog bylines)
        if tag in ("body", "html"):
            return False
        if tag == "article" and node.find(".//h1") is None and h1_in_article:
            return True  # another <article> than the one holding the headline: a teaser card
        # The element's own class counts too ("comment-author").
        tokens = [
            t
            for t in f"{node.get('class') or ''} {node.get('id') or ''}".split()
            if not _LAYOUT_FLAG_RE.match(t)  # "has-sidebar", "with-navigation": page flags
            and not _BYLINE_BOX_RE.match(t)  # "byline-social": the byline's own bar
        ]
        # A container that holds the headline is the story's (or the page layout's,
        # "right-sidebar", "with-navigation"), never a foreign box.
        hits = {m.group(1).lower() for t in tokens if (m := _FOREIGN_WORD_RE.search(t))}
        if hits == {"footer"} and (
            in_article(node) or any(_OWN_FOOTER_RE.search(t) for t in tokens)
        ):
            hits.clear()  # "post-footer", or a footer inside the <article>: the post's own
        # Right under the headline, a "teaser__meta" box is the story's own header; an
        # "about-us" box there is still the site's.
        if near:
            site_about = any(_SITE_ABOUT_RE.search(t) for t in tokens)
            hits -= _WEAK_FOREIGN_WORDS - ({"about"} if site_about else set())
        if any(_MEDIA_CREDIT_RE.match(t) for t in tokens):
            hits.add("media-credit")
        if hits and node.find(".//h1") is None:
            return True
        node = node.getparent()
        depth += 1
    return False


def _just_before_h1(el: HtmlElement, layout: Layout) -> bool:
    """True when ``el`` sits in the few elements right above the headline, where a story's
    own "Von X publiziert am ..." line or kicker box stands (``p.about`` in a hero header)."""
    if layout.h1 is None:
        return False
    gap = layout.position(el) - layout.position(layout.h1)
    return -NEAR_BEFORE_HEADLINE_ELEMENTS <= gap < 0


#: How many ancestors up a story's own footer is looked for.
MAX_FOOTER_DEPTH = 6


def in_own_footer(el: HtmlElement) -> bool:
    """True when ``el`` sits in the story's own footer ("story-footer", "entry-footer", a
    ``<footer>`` inside the ``<article>``): where many outlets put the byline, under the text.

    >>> from lxml.html import fromstring
    >>> page = fromstring('<div><div class="story-footer"><p>red, Agenturen</p></div></div>')
    >>> in_own_footer(page.find('.//p')), in_own_footer(page)
    (True, False)
    """
    for depth, node in enumerate((el, *el.iterancestors())):
        if depth > MAX_FOOTER_DEPTH:
            break
        if node.tag == "footer" and in_article(node):
            return True
        tokens = f"{node.get('class') or ''} {node.get('id') or ''}".split()
        if any(_OWN_FOOTER_RE.search(t) for t in tokens):
            return True
    return False


def in_article(el: HtmlElement) -> bool:
    return any(a.tag == "article" for a in el.iterancestors())


def first_h1(root: HtmlElement) -> HtmlElement | None:
    """The first ``<h1>`` with words in it (an empty or logo-only h1 is not the headline)."""
    for h1 in root.iter("h1"):
        if len(element_text(h1)) >= MIN_HEADLINE_CHARS:
            return h1
    return None
