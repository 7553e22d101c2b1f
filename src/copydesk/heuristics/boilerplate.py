"""Chrome by markup: tags, hidden elements and ``class``/``id`` words that name page furniture.

Tags that never hold story text (``nav``, ``script``, ``button``), hidden elements, and
``class``/``id`` words that name page furniture ("share", "related", "newsletter") let whole
subtrees be removed before the story container is chosen, which is cheaper and surer than
judging their text block by block. A class word is not enough alone (a story wrapper may carry
"has-share-bar"), so the words are graded: strong furniture, weak furniture, and the story
wrapper's own names, which win.

Chrome recognised by its wording ("Advertisement", "Loading...", "Read more") is
:mod:`~copydesk.heuristics.chromewords`' job; its checks are re-exported here for callers that
import them from this module.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml.html import HtmlElement

# Re-exported: the wording checks lived here before they got a module of their own.
from copydesk.heuristics.chromewords import (
    is_agency_line,
    is_cookie_notice,
    is_credit_caption,
    is_date_line,
    is_junk_line,
    is_junk_run,
    is_meta_line,
    is_section_end,
)

__all__ = [
    "DROP_TAGS",
    "attr_words",
    "furniture_class",
    "is_agency_line",
    "is_cookie_notice",
    "is_credit_caption",
    "is_date_line",
    "is_furniture_attr",
    "is_hidden",
    "is_hidden_to_sight",
    "is_junk_line",
    "is_junk_run",
    "is_meta_line",
    "is_popup_class",
    "is_positive_attr",
    "is_section_end",
]

# Elements whose content a reader never sees as story text. Removed with their subtree.
DROP_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "iframe", "object", "embed",
        "canvas", "video", "audio", "map", "button", "input", "select", "textarea", "option",
        "label", "nav", "menu", "dialog", "link", "meta", "head", "title",
        "amp-ad", "amp-embed", "amp-analytics", "amp-sidebar", "amp-social-share",
        "amp-iframe", "amp-consent", "amp-geo", "amp-list", "amp-carousel",
    }
)  # fmt: skip

# Furniture named in class/id, matched as substrings of the lower-cased attribute (so only
# words long or distinctive enough not to occur inside content names). STRONG words name
# boxes that are never the story (comments, related links, share bars): they apply even on
# an element whose class also says "content" ...
_STRONG_NEGATIVE = re.compile(
    r"""
    (?:share|sharing)-?(?:bar|buttons?|tools?|links?|icons?|box|this|wrap|container|module
        |widget|menu|panel|list|article|story|post|overlay|block)
    |sharethis|addthis|shariff|saboxplugin|social|related|comment(?!ary)|news-?letter|subscri|promo|advert|sponsor
    |cookie|consent|gdpr|breadcrumb|popup|signup|sign-up|donat|recommend|popular
    |trending|outbrain|taboola|disqus|footer|masthead|navbar|skip-link|most-read
    |mostread|top-stories|read-?more|more-stories|also-read|login|paywall-(?:prompt|message)
    |author-?(?:bio|box|info|description|details|card|profile|block|wrap)|about-?(?:the-)?author
    |swiper-(?:wrapper|container|slide)|slick-(?:track|list|slider)|owl-(?:carousel|stage)
    |bio-?box|(?<![a-z])bio(?![a-z])|contributor-?(?:bio|info)|(?:post|entry)-author(?![-_a-z])|rollover|hover-?card|popover|ai2html|interactive-(?:graphic|embed)|infographic
    """,
    re.VERBOSE,
)
# ... WEAK words name furniture too, but are also found on story wrappers that carry several
# classes ("entry author-x", "article has-gallery"), so a content word beside them wins.
_WEAK_NEGATIVE = re.compile(
    r"""
    byline|author|sidebar|navigation|widget|toolbar|pagination|pager|follow|banner|timestamp|inline-link
    |tooltip|credit|copyright|keyword|topics|tag-?list|post-tags|article-tags
    |next-article|prev-article|pull-?quote|slideshow|gallery|carousel|lightbox|player
    |playlist|embed-|toc-|table-of-contents|article-meta|post-meta|entry-meta|meta-data
    |publish-date|pubdate|date-published|published-date|updated-date|read(?:ing)?-time
    """,
    re.VERBOSE,
)
# Short furniture words, matched only as whole class words so "ad" does not fire inside
# "head", nor "tag" inside WordPress's "tag-politics" term classes.
_NEGATIVE_WORDS = frozenset(
    {
        "ad", "ads", "adv", "advert", "adslot", "adunit", "dfp", "gpt", "nav", "menu", "tags",
        "toc", "tag", "bio", "cta", "meta", "noprint", "date", "time", "share", "tools", "utility",
        "utilities", "icons", "icon", "btn", "button", "teaser", "teasers", "promo", "more",
        "rail", "aside", "overlay", "modal", "subscribe", "rating", "print", "sharing", "shares",
    }
)  # fmt: skip
# Ad slots named with a prefix or suffix: "ad-slot", "top_ad", "ads-container".
_AD_WORD = re.compile(r"^(?:ads?|adv|dfp)[-_]|[-_]ads?$")
# Posts embedded in the story ("social-media-embed", blockquote.twitter-tweet): quoted
# material the story is about, not a share bar, whatever "social" says.
_EMBED = re.compile(
    r"(?:social|tweet|twitter|instagram|tiktok|facebook|bluesky|mastodon)[-_]?(?:media[-_]?)?embed"
    r"|embed(?:ded)?[-_]?(?:social|tweet|twitter|instagram|post)|twitter-tweet|instagram-media"
)
# Readability's "ok maybe" words: a class naming the content column is not weak furniture.
_CONTENT_WORD = re.compile(r"article|post|entry|content|story|main|body|column|text")
# WordPress-style term classes describe the post, not the element ("tag-sport",
# "category-news", "author-jane", "has-post-thumbnail"), and state flags describe the page
# ("comments-open", "with-sidebar", "no-ads"); they are ignored.
_TERM_CLASS = re.compile(
    r"""^(?:category|tag|author|post|format|type|status|has|tax|term|postid|page-id|single
         |with|no|is|js)[-_]
    (?!(?:bio|box|info|description|details|card|profile|block|wrap|avatar|list|meta|notes?
        |author)\b)
    |^[\w-]*[-_](?:open|enabled|disabled|closed|active|on|off)$""",
    re.VERBOSE,
)
# Words that mark the story's own wrapper: a class carrying one of these is not removed for
# a furniture word it also carries ("article-body has-share-bar").
_POSITIVE = re.compile(
    r"""
    article-?body|articlebody|story-?body|storybody|entry-content|post-content|post-body
    |article-?content|story-?content|article-?text|story-?text|body-?text|main-content
    |content-body|text-body|rich-?text|articletext|paywall-content|field-body
    """,
    re.VERBOSE,
)
# Classes that hide an element from sighted readers (CSS frameworks' utility classes).
_HIDDEN_CLASS = re.compile(
    r"(?:^|\s)(?:hidden|hide|d-none|is-hidden|u-hidden|sr-only|visually-?hidden"
    r"|screen-?reader-?(?:text|only)|offscreen|a11y-hidden|element-invisible)(?:\s|$)",
    re.IGNORECASE,
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def attr_words(el: HtmlElement) -> str:
    """The element's class and id, lower-cased, as one string ("" if neither).

    Term classes ("tag-sport", "category-news") are left out: they name the post's topics.
    """
    cls = el.get("class")
    ident = el.get("id")
    if cls is None and ident is None:
        return ""
    words = [w for w in (cls or "").lower().split() if not _TERM_CLASS.match(w)]
    if ident:
        words.append(ident.lower())
    return " ".join(words)


@lru_cache(maxsize=16384)
def furniture_class(cls: str | None, ident: str | None) -> str | None:
    """How sure raw ``class``/``id`` values name furniture: "strong", "weak" or None.

    Cached: pages repeat the same class strings hundreds of times.

    >>> furniture_class("comments-area", None), furniture_class("widget Blog", "Blog1")
    ('strong', 'weak')
    >>> furniture_class("entry-content", None) is None
    True
    """
    if cls is None and ident is None:
        return None
    words = [w for w in (cls or "").lower().split() if not _TERM_CLASS.match(w)]
    if ident:
        words.append(ident.lower())
    # The checks of is_furniture_attr, word by word: no pattern matches across whitespace
    # and their look-arounds treat a space like the string's edge, so "any word matches" is
    # "the joined text matches", and a word's answers are cached across elements and pages
    # (an id such as "post-4711" makes every class/id pair unique, never its class words).
    flags = 0
    for word in " ".join(words).split():
        flags |= _word_flags(word)
    if flags & _VETO:
        return None
    if flags & _STRONG:
        return "strong"
    if flags & _CONTENT:
        return None
    return "weak" if flags & _WEAK else None


# What one class/id word says (bits of _word_flags): story wrapper or embed, strong
# furniture, content word, weak furniture (a weak word or a short furniture word).
_VETO, _STRONG, _CONTENT, _WEAK = 1, 2, 4, 8


@lru_cache(maxsize=16384)
def _word_flags(word: str) -> int:
    flags = 0
    if _POSITIVE.search(word) or _EMBED.search(word):
        flags |= _VETO
    if _STRONG_NEGATIVE.search(word):
        flags |= _STRONG
    if _CONTENT_WORD.search(word):
        flags |= _CONTENT
    if _WEAK_NEGATIVE.search(word) or word in _NEGATIVE_WORDS or _AD_WORD.search(word):
        flags |= _WEAK
    return flags


# Pop-up cards hung on a word ("rollover-people-block", "hovercard"): removed even from
# inside running text, where other class words are left for the block filters.
_POPUP = re.compile(r"rollover|hover-?card|popover|tooltip", re.IGNORECASE)


def is_popup_class(cls: str | None) -> bool:
    """True for a pop-up card's class ("rollover-people-block").

    >>> is_popup_class("rollover-people-block"), is_popup_class("lead")
    (True, False)
    """
    return cls is not None and _POPUP.search(cls) is not None


def is_positive_attr(words: str) -> bool:
    """True when class/id name the story's own wrapper.

    >>> is_positive_attr("article-body clearfix")
    True
    """
    return bool(words) and _POSITIVE.search(words) is not None


def is_furniture_attr(words: str) -> bool:
    """True when class/id name page furniture (share bars, related lists, ad slots ...).

    >>> [is_furniture_attr(w) for w in ("social-share-bar", "ad-slot", "masthead-logo")]
    [True, True, True]
    >>> [is_furniture_attr(w) for w in ("story-body", "thread shadow", "entry byline-on")]
    [False, False, False]
    """
    if not words or _POSITIVE.search(words):
        return False
    if _STRONG_NEGATIVE.search(words):
        return True
    return _weak_furniture(words)


def _weak_furniture(words: str) -> bool:
    """The weak-furniture words of :func:`is_furniture_attr`, for text already known to
    hold no story-wrapper and no strong-furniture word."""
    if _CONTENT_WORD.search(words):
        return False
    if _WEAK_NEGATIVE.search(words):
        return True
    return any(w in _NEGATIVE_WORDS or _AD_WORD.search(w) for w in words.split())


def is_hidden(el: HtmlElement) -> bool:
    """True for elements the page hides (``hidden``, ``display:none``, ``aria-hidden``).

    >>> import lxml.html
    >>> is_hidden(lxml.html.fragment_fromstring('<div style="display: none">x</div>'))
    True
    """
    if el.get("aria-hidden") == "true" and el.tag not in ("html", "body", "main", "article"):
        return True
    return is_hidden_to_sight(el)


def is_hidden_to_sight(el: HtmlElement) -> bool:
    """True for elements the page hides from sighted readers (``hidden``, ``display:none``,
    a hiding class); ``aria-hidden`` only hides from screen readers.

    >>> import lxml.html
    >>> is_hidden_to_sight(lxml.html.fragment_fromstring('<p aria-hidden="true">x</p>'))
    False
    """
    if el.get("hidden") is not None:
        return True
    style = el.get("style")
    if style and _HIDDEN_STYLE.search(style) is not None:
        return True
    cls = el.get("class")
    return cls is not None and _is_hidden_class(cls)


@lru_cache(maxsize=16384)
def _is_hidden_class(cls: str) -> bool:
    return _HIDDEN_CLASS.search(cls) is not None
