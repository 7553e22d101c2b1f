"""Author boxes: the name heading an "About the author" box after the story, or the one
person the sidebar's author box names. Late fallbacks for pages whose story carries no byline
of its own; the byline chain tries them after every rule that reads the story's own lines.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

from copydesk.cleaning import clean_text, element_text
from copydesk.heuristics.bylinelayout import page_layout
from copydesk.heuristics.bylinepage import MAX_NAME_ELEMENT_CHARS, describe
from copydesk.heuristics.bylinetext import parse_byline
from copydesk.heuristics.chromezone import SITE_CHROME_TAGS, in_chrome
from copydesk.heuristics.markers import markers
from copydesk.model import Byline
from copydesk.rules import Context, Found

__all__ = ["author_box", "sidebar_author_box"]

# "About the author" boxes: the author's name heads them ("<div class='author-bio'><h3>Jane
# Doe</h3>..."). Read only as a late fallback; most pages also byline the story.
_BOX_NAME_XPATH = etree.XPath(
    ".//*[contains(@class,'name') or self::h2 or self::h3 or self::h4 or self::h5"
    " or self::strong or self::b]"
)
# Tags whose presence as an ancestor makes a box site chrome, not the story's author box.
# Not ``<footer>``: the story's author box often stands in its own footer, after the text;
# ``<header>`` is added: this rule wants the box closing the story, not top matter.
_CHROME_TAGS = (SITE_CHROME_TAGS - {"footer"}) | {"header"}
# Any class/id with "comment" in it: comment threads ("comments", "comment-list") hold the
# commenters' author boxes.
_COMMENTS_RE = re.compile("comment", re.IGNORECASE)
# A sidebar container: "sidebar-left", "l-sidebar", "sidebar" (a whole class/id token, or a
# hyphen/underscore-delimited part of one, so "sidebars-off-canvas" is no sidebar).
_SIDEBAR_RE = re.compile(r"(?:^|[\s_-])sidebar(?:$|[\s_-])", re.IGNORECASE)


def author_box(ctx: Context) -> Found[Byline] | None:
    """The name heading an author box after the headline (a fallback for bylineless pages)."""
    layout = page_layout(ctx.page.root, ctx.page)
    for box in markers(ctx.page).author_box:
        if layout.h1 is not None and not layout.after_h1(box):
            continue
        if in_chrome(box, tags=_CHROME_TAGS, words=_COMMENTS_RE):
            continue
        names = _BOX_NAME_XPATH(box)
        for el in names[:3] if isinstance(names, list) else []:
            if not isinstance(el, HtmlElement):
                continue
            text = element_text(el)
            got = parse_byline(text) if 0 < len(text) <= MAX_NAME_ELEMENT_CHARS else None
            if got is not None and got.people and all(" " in p.name for p in got.people):
                return Found(value=got, rule="heuristic:author-box", selector=describe(box))
    return None


#: Most text-bearing pieces of a sidebar author box read for the name.
MAX_SIDEBAR_BOX_PIECES = 3


def sidebar_author_box(ctx: Context) -> Found[Byline] | None:
    """The one person an author-class box in the page's sidebar names ("Jane Doe · All
    articles"): blog and magazine templates that show the story's author beside it.

    A last resort (nothing near the story named anyone), and only when every such box
    names the same person: a widget listing the site's authors names several.
    """
    found: dict[str, tuple[HtmlElement, Byline]] = {}
    for el in markers(ctx.page).byline:
        if not in_chrome(el, tags=(), words=_SIDEBAR_RE) or _in_comments(el):
            continue
        pieces = [clean_text(t) for t in el.itertext()]
        pieces = [t for t in pieces if t][:MAX_SIDEBAR_BOX_PIECES]
        for text in pieces:
            got = parse_byline(text) if len(text) <= MAX_NAME_ELEMENT_CHARS else None
            if got is not None and len(got.people) == 1 and " " in got.people[0].name:
                found.setdefault(got.people[0].name.casefold(), (el, got))
                break
    if len(found) != 1:
        return None
    el, got = next(iter(found.values()))
    return Found(value=got, rule="heuristic:sidebar-author-box", selector=describe(el))


def _in_comments(el: HtmlElement) -> bool:
    return in_chrome(el, tags=(), words=_COMMENTS_RE)
