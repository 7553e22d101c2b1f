"""The shared "is this element in page chrome" walk and the callers' settings of it."""

from __future__ import annotations

import re
from typing import Any

import lxml.html
import pytest
from lxml.html import HtmlElement

from copydesk.heuristics.bylineboxes import _SIDEBAR_RE
from copydesk.heuristics.chromezone import INVISIBLE_TAGS, SITE_CHROME_TAGS, in_chrome
from copydesk.heuristics.datezone import off_article
from copydesk.heuristics.titleheads import heading_in_chrome

_RELATED = re.compile("related|sidebar", re.IGNORECASE)


def _target(html: str) -> HtmlElement:
    """The element marked ``id="t"`` in ``html``."""
    found = lxml.html.document_fromstring(html).get_element_by_id("t")
    assert isinstance(found, HtmlElement)
    return found


_CHROME = SITE_CHROME_TAGS
_ARTICLE = frozenset({"article"})


@pytest.mark.parametrize(
    ("html", "kwargs", "expected"),
    [
        pytest.param(
            '<nav><ul><li><a id="t">Home</a></li></ul></nav>',
            {"tags": _CHROME},
            True,
            id="link-in-nav",
        ),
        pytest.param(
            '<div class="story"><p id="t">Text.</p></div>',
            {"tags": _CHROME, "words": _RELATED},
            False,
            id="story-paragraph",
        ),
        pytest.param(
            '<footer><p id="t">© 2024</p></footer>',
            {"tags": frozenset({"nav"})},
            False,
            id="tag-not-asked-for",
        ),
        pytest.param(
            '<div class="related-links"><p id="t">Other story</p></div>',
            {"tags": _CHROME, "words": _RELATED},
            True,
            id="class-word",
        ),
        pytest.param(
            '<div id="sidebar"><p id="t">Other story</p></div>',
            {"tags": (), "words": _RELATED},
            True,
            id="id-word",
        ),
        pytest.param(
            '<div class="related-links"><p id="t">Other story</p></div>',
            {"tags": _CHROME},
            False,
            id="words-off",
        ),
        pytest.param(
            '<div><p id="t" class="related">Other story</p></div>',
            {"tags": (), "words": _RELATED},
            False,
            id="own-class-not-read",
        ),
        pytest.param(
            '<div><p id="t" class="related">Other story</p></div>',
            {"tags": (), "words": _RELATED, "include_self": True},
            True,
            id="own-class-with-include-self",
        ),
        pytest.param(
            '<div><aside id="t">Box</aside></div>',
            {"tags": _CHROME, "include_self": True},
            True,
            id="own-tag-with-include-self",
        ),
        pytest.param(
            '<div class="sidebar-layout"><article><p id="t">Text.</p></article></div>',
            {"tags": _CHROME, "words": _RELATED, "stop_tags": _ARTICLE},
            False,
            id="stop-tag-before-layout-class",
        ),
        pytest.param(
            '<nav><article><p id="t">Teaser.</p></article></nav>',
            {"tags": _CHROME, "stop_tags": _ARTICLE},
            False,
            id="nearest-decides",
        ),
        pytest.param(
            '<article><nav><a id="t">Tags</a></nav></article>',
            {"tags": _CHROME, "stop_tags": _ARTICLE},
            True,
            id="chrome-inside-stop-tag",
        ),
        pytest.param(
            '<div><noscript><img id="t" src="x.gif"></noscript></div>',
            {"tags": INVISIBLE_TAGS},
            True,
            id="invisible",
        ),
    ],
)
def test_in_chrome(html: str, kwargs: dict[str, Any], expected: bool) -> None:
    assert in_chrome(_target(html), **kwargs) is expected


def test_in_chrome_stops_at_known_story_containers() -> None:
    el = _target('<div class="related"><div id="story"><p id="t">Text.</p></div></div>')
    story = el.getparent()
    assert in_chrome(el, tags=SITE_CHROME_TAGS, words=_RELATED) is True
    assert in_chrome(el, tags=SITE_CHROME_TAGS, words=_RELATED, stop_at={story}) is False


def test_in_chrome_skips_comment_nodes_and_reaches_root() -> None:
    root = lxml.html.fromstring("<div><!-- nav --><p>Text.</p></div>")
    p = root.find("p")
    assert p is not None
    assert in_chrome(p, tags=SITE_CHROME_TAGS, words=re.compile("nav")) is False
    assert in_chrome(root, tags=SITE_CHROME_TAGS) is False  # no parent at all


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param('<div class="site-logo"><h1 id="t">Daily Planet</h1></div>', True, id="logo"),
        pytest.param('<aside><h1 id="t">Most read</h1></aside>', True, id="aside"),
        pytest.param('<header><h1 id="t">The story</h1></header>', False, id="article-header"),
        pytest.param(
            '<div class="sidebar-wrapper"><h1 id="t" class="entry-title">Story</h1></div>',
            False,
            id="marked-headline-ignores-layout-class",
        ),
        pytest.param(
            '<aside><h1 id="t" class="entry-title">Story</h1></aside>',
            True,
            id="marked-headline-still-judged-by-tag",
        ),
        pytest.param(
            '<div class="footer-widgets"><article><h1 id="t">Story</h1></article></div>',
            False,
            id="stops-at-article",
        ),
    ],
)
def test_heading_in_chrome(html: str, expected: bool) -> None:
    assert heading_in_chrome(_target(html)) is expected


@pytest.mark.parametrize(
    ("html", "allow_aside", "expected"),
    [
        pytest.param('<aside><time id="t">5 May</time></aside>', False, True, id="aside"),
        pytest.param('<aside><time id="t">5 May</time></aside>', True, False, id="aside-allowed"),
        pytest.param(
            '<aside class="related"><time id="t">5 May</time></aside>',
            True,
            True,
            id="allowed-aside-still-judged-by-class",
        ),
        pytest.param('<header><time id="t">5 May</time></header>', False, False, id="header"),
        pytest.param(
            '<body class="has-sidebar"><div><time id="t">5 May</time></div></body>',
            False,
            False,
            id="body-class-is-layout",
        ),
    ],
)
def test_off_article(html: str, allow_aside: bool, expected: bool) -> None:
    assert off_article(_target(html), allow_aside=allow_aside) is expected


@pytest.mark.parametrize(
    ("attrs", "expected"),
    [
        ("sidebar", True),
        ("l-sidebar", True),
        ("sidebar_left col", True),
        ("col l-sidebar", True),
        (" sidebar", True),  # an id alone: the class part is empty
        ("sidebars", False),
        ("mysidebar", False),
        ("has-sidebarwidget", False),
    ],
)
def test_sidebar_word_matches_whole_token_parts(attrs: str, expected: bool) -> None:
    assert bool(_SIDEBAR_RE.search(attrs)) is expected
