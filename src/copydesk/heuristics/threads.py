"""Forum and discussion threads: the opening post is the story.

Page shape: a forum thread (``/forum/``, ``/threads/``, ``showthread.php``,
``viewtopic.php``, ``/discussion/`` ...) sets the opening post and every reply in boxes of
one kind, classed like comments or posts ("message message--post", "MtnComment",
"post bg2"). The chrome cleaning removes comment boxes, and so the opening post with them;
the scoring may pick the longest reply instead. On such a page the first box of the
longest run of like post boxes is the story.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping, Sequence
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

__all__ = ["first_post", "is_thread_markup", "is_thread_page", "is_thread_url"]

# Thread addresses: a path segment naming a forum or thread, or the classic board scripts.
# "/t7-forums-regeln" is the forumotion style (t<number>-<slug>), "/t/some-topic/1234"
# Discourse's (t/<slug>/<number>), "/thread-4711.html" and "/apple-forum/" other boards'.
# A story's slug is no thread: "/school-board-approves-budget", "/panel-discussion-on-housing".
_THREAD_PATH = re.compile(
    r"""(?:^|/)(?:forums?|foren|threads?|showthread(?:\.php)?|viewtopic(?:\.php)?
        |discussions?|boards?|t\d+-[^/]*|t/[^/?#]+/\d+)(?:/|$|\.|\?|\#|_|-\d)
        |[-_](?:forums?|boards?)(?:/|$)""",
    re.VERBOSE | re.IGNORECASE,
)
# "/topic/..." is a thread on many boards, but news sites file their subject hubs there.
_TOPIC_PATH = re.compile(r"(?:^|/)topic(?:/|$|\.|\?|\#)", re.IGNORECASE)
# schema.org's type for a thread's opening post, which forum software sets in JSON-LD or
# microdata: the page is a thread whatever its address looks like.
_THREAD_TYPE = "discussionforumposting"
# Every microdata type on the page. Asked of every page, so compiled once, the attributes
# read straight off the attribute axis, and returned as plain strings (no smart strings
# pointing back into the tree): a third cheaper than "//*[@itemtype]/@itemtype".
_ITEMTYPES = etree.XPath("//@itemtype", smart_strings=False)
# Board software names its thread view on <body>: XenForo's data-template="thread_view",
# phpBB's class "section-viewtopic".
_BOARD_THREAD_VIEW = re.compile(r"(?:^|\s)(?:thread_view|section-viewtopic)(?:\s|$)")
# Class words of a post box.
_POST_CLASS = re.compile(r"post|message|comment|reply|beitrag", re.IGNORECASE)
#: A run of post boxes has at least this many members (the opening post and a reply).
MIN_POSTS = 2
#: A post box holds at least this many characters of text.
MIN_POST_CHARS = 20


def is_thread_url(url: str | None, *, with_topic: bool = True) -> bool:
    """True for a forum thread's address (``with_topic``: "/topic/..." counts too, as it
    does on many boards; rules that need no other sign of a thread leave it out, since news
    sites file their subject hubs there).

    >>> is_thread_url("https://example.com/forums/threads/patch-notes.3976/")
    True
    >>> is_thread_url("https://example.com/news/2024/forum-on-housing-held")
    False
    """
    if not url:
        return False
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.IGNORECASE)
    if _THREAD_PATH.search(path) is not None:
        return True
    return with_topic and _TOPIC_PATH.search(path) is not None


def is_thread_markup(root: HtmlElement, jsonld: Sequence[Mapping[str, Any]] = ()) -> bool:
    """True for a forum thread recognised by its markup, whatever its address.

    Page shape: a board whose threads live at addresses without a thread word
    ("/community/patch-notes.3976/", "/p/12345"): the page still declares its opening post a
    ``DiscussionForumPosting`` (JSON-LD or microdata), or its board software names the
    thread view on ``<body>``.

    >>> import lxml.html
    >>> root = lxml.html.document_fromstring(
    ...     '<html><body data-template="thread_view"><p>x</p></body></html>')
    >>> is_thread_markup(root), is_thread_markup(root, [{"@type": "NewsArticle"}])
    (True, True)
    >>> is_thread_markup(lxml.html.document_fromstring("<html><body><p>x</p></body></html>"),
    ...                  [{"@type": ["DiscussionForumPosting"]}])
    True
    >>> is_thread_markup(lxml.html.document_fromstring("<html><body><p>x</p></body></html>"))
    False
    """
    for obj in jsonld:
        kind = obj.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(isinstance(k, str) and k.lower() == _THREAD_TYPE for k in kinds):
            return True
    types = _ITEMTYPES(root)
    for value in types if isinstance(types, list) else []:
        if str(value).rstrip("/").lower().endswith(_THREAD_TYPE):
            return True
    body = root.find("body") if root.tag == "html" else None
    if body is None:
        return False
    marks = f"{body.get('data-template') or ''} {body.get('class') or ''}"
    return _BOARD_THREAD_VIEW.search(marks) is not None


def is_thread_page(
    url: str | None, root: HtmlElement, jsonld: Sequence[Mapping[str, Any]] = ()
) -> bool:
    """True for a forum thread, by its address (:func:`is_thread_url`) or its markup
    (:func:`is_thread_markup`)."""
    return is_thread_url(url) or is_thread_markup(root, jsonld)


def first_post(root: HtmlElement) -> HtmlElement | None:
    """A copy of the thread's opening post, with its post/comment class words neutralised.

    The longest run of elements sharing tag and first class word, classed like a post, is
    the thread's list of posts (the outermost when nested boxes repeat as often); its first
    member is the opening post. The copy's class/id words that name it a comment are
    dropped, so that the chrome cleaning keeps it.
    """
    groups: dict[tuple[str, str], list[HtmlElement]] = {}
    for el in root.iter("div", "article", "li", "section", "table", "tr", "td"):
        cls = (el.get("class") or "").split()
        if not cls or _POST_CLASS.search(cls[0]) is None:
            continue
        if len(el.text_content().strip()) < MIN_POST_CHARS:
            continue
        groups.setdefault((el.tag, cls[0]), []).append(el)
    runs = [g for g in groups.values() if len(g) >= MIN_POSTS]
    members = {id(el) for g in runs for el in g}
    # Nested boxes repeat once per post too (a post's user cell and message cell): only
    # runs not set inside another run's box are lists of posts.
    top = [g for g in runs if not any(id(a) in members for a in g[0].iterancestors())]
    if not top:
        return None
    run = max(top, key=len)
    clone = copy.deepcopy(run[0])
    # Broken markup nests each reply inside the post before it: the replies go.
    key = (run[0].tag, (run[0].get("class") or "").split()[0])
    for el in list(clone.iterdescendants(key[0])):
        if (el.get("class") or "").split()[:1] == [key[1]] and el.getparent() is not None:
            el.drop_tree()
    clone = _text_box(clone)
    for el in clone.iter():
        if not isinstance(el.tag, str):
            continue
        for attr in ("class", "id"):
            value = el.get(attr)
            if value and _POST_CLASS.search(value):
                el.set(attr, _POST_CLASS.sub("", value))
    return clone


# Class words of the box holding a post's text, beside its author cell and footer.
_TEXT_CLASS = re.compile(r"body|content|text|bbwrapper", re.IGNORECASE)
#: The text box holds at least this share of the post's text.
TEXT_BOX_MIN_SHARE = 0.5


def _text_box(post: HtmlElement) -> HtmlElement:
    """The innermost box classed as the post's text holding most of it, else the post."""
    total = len(post.text_content().strip()) or 1
    best = post
    for el in post.iterdescendants():
        if not isinstance(el.tag, str) or _TEXT_CLASS.search(el.get("class") or "") is None:
            continue
        if len(el.text_content().strip()) >= TEXT_BOX_MIN_SHARE * total:
            best = el
    return best
