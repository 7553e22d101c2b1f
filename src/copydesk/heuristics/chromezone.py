"""Whether an element sits in page chrome: one ancestor walk for the rules that ask it.

Several rules ask "is this element inside the navigation, a sidebar, the footer, a comment
thread or a related list?" before they trust what it says (an ``<h1>`` in the logo is no
headline, a date in a teaser is another story's). They ask it with different words on
purpose: an ``<h1>`` in the article's ``<header>`` is the story's, an author box in its
``<footer>`` too, while a forum post's timestamp in any ``<header>`` is not. So the walk is
shared and each caller names its own tags, class/id words and where the walk stops; the
named tag sets below are the common pieces those callers combine.

Not every "where does this sit" walk is this one: ``bylinelayout.is_foreign`` weighs the
headline's position and layout flags token by token, and ``creditcopyright._in_story_part``
looks for the story's wrapper (reaching the root without one means "not the story"), so
both keep their own walks.
"""

from __future__ import annotations

import re
from collections.abc import Container

from lxml.html import HtmlElement

__all__ = ["INVISIBLE_TAGS", "SITE_CHROME_TAGS", "in_chrome"]

#: Tags that are never the story wherever they sit: navigation, sidebars, the page footer.
SITE_CHROME_TAGS = frozenset({"nav", "aside", "footer"})
#: Tags whose text the reader never sees.
INVISIBLE_TAGS = frozenset({"script", "style", "noscript"})


def in_chrome(
    el: HtmlElement,
    *,
    tags: Container[str],
    words: re.Pattern[str] | None = None,
    stop_tags: Container[str] = frozenset(),
    stop_at: Container[HtmlElement] = frozenset(),
    include_self: bool = False,
) -> bool:
    """Whether ``el`` sits in chrome: the nearest node that decides, decides.

    Walking from ``el``'s parent (from ``el`` itself with ``include_self``) up to the root,
    the first node that

    - is in ``stop_at`` (known story containers, e.g. the headline's ancestors): not chrome;
    - has a tag in ``tags``: chrome;
    - has a tag in ``stop_tags`` (the story's ``<article>``, or ``<body>``, whose classes
      describe the page layout rather than the box): not chrome;
    - has a class or id matched by ``words`` (searched in ``"<class> <id>"``): chrome.

    Reaching the root undecided: not chrome.

    >>> from lxml.html import fromstring
    >>> page = fromstring('<div><nav><a>Home</a></nav><div class="related"><p>X</p></div></div>')
    >>> in_chrome(page.find('.//a'), tags=SITE_CHROME_TAGS)
    True
    >>> p = page.find('.//p')
    >>> in_chrome(p, tags=SITE_CHROME_TAGS), in_chrome(p, tags=(), words=re.compile("related"))
    (False, True)
    """
    node: HtmlElement | None = el if include_self else el.getparent()
    while node is not None:
        if node in stop_at:
            return False
        tag = node.tag
        if isinstance(tag, str):
            if tag in tags:
                return True
            if tag in stop_tags:
                return False
            if words is not None:
                attrs = f"{node.get('class') or ''} {node.get('id') or ''}"
                if words.search(attrs):
                    return True
        node = node.getparent()
    return False
