"""The page's ``<meta>`` tags without the microdata of other items on it.

``Page.meta`` keys every ``<meta>`` by its ``name``, ``property`` or ``itemprop``. A
``<meta itemprop>`` in the body is microdata: it describes the item it sits in, which is
the story only when that item is the story. Themes mark up the teaser cards of related
stories, comments, embedded videos and events the same way (``<div itemscope
itemtype=".../NewsArticle"><meta itemprop="datePublished" content="2024-11-01">
<a href="/other">Other story ...</a></div>``), and their dates and authors are not the
story's. The date and byline rules read :func:`story_meta` instead, which leaves out
``<meta itemprop>`` tags of an item that does not hold the page's ``<h1>`` and is either
of a kind that is never the story (a comment, a video, an event) or a small teaser card
linking to another page. The class of the boxes around them is no guide: themes put the
story's own microdata in a ``<footer>`` or an ``<aside>`` column.

Tags with a ``name`` or ``property`` describe the page and are all kept. The same kinds of
JSON-LD object (:func:`other_item_type`) are not read for the story's date or author when
the page has an article object.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from lxml.html import HtmlElement

from copydesk.cleaning import element_text, text_longer_than
from copydesk.heuristics.datezone import PERSON_LINK_RE, TEASER_WORDS
from copydesk.page import Page, meta_map

__all__ = [
    "foreign_item_meta",
    "in_other_item",
    "other_item_type",
    "story_articles",
    "story_meta",
]

_KEY = "metaitems.story-meta"
_ITEMS_KEY = "metaitems.other-items"
_ARTICLES_KEY = "metaitems.story-articles"
# Item types that describe something on the page other than the story: its comments, an
# embedded video or picture, an event it mentions, a product, book or film it reviews.
_OTHER_ITEM_RE = re.compile(
    r"(?i)(?:Comment|VideoObject|AudioObject|ImageObject|MediaObject|Event|Review|Rating"
    r"|Question|Answer|Offer|Product|Book|Movie|TVSeries|TVEpisode|MusicAlbum|MusicRecording"
    r"|VideoGame|SoftwareApplication)$"
)
#: A teaser card holds a headline, a date and a line of summary; more text is the story.
TEASER_CHARS = 300


def story_meta(page: Page) -> Mapping[str, tuple[str, ...]]:
    """``page.meta`` less the ``<meta itemprop>`` tags of other items (memoised per page).

    >>> html = ('<h1>Budget passes</h1><div itemscope><a href="/f">Ferry service resumes'
    ...         ' after the storm</a><meta itemprop="datePublished" content="2024-11-01"></div>')
    >>> "datepublished" in Page(html).meta, "datepublished" in story_meta(Page(html))
    (True, False)
    """
    cached = page.cache.get(_KEY)
    if isinstance(cached, dict):
        return cached
    meta = page.meta
    result: Mapping[str, tuple[str, ...]] = meta
    dropped = [el for el in page.root.iter("meta") if foreign_item_meta(page, el)]
    if dropped:
        skip = set(dropped)
        result = meta_map(el for el in page.root.iter("meta") if el not in skip)
    page.cache[_KEY] = dict(result)
    return result


def foreign_item_meta(page: Page, el: HtmlElement) -> bool:
    """Whether ``el`` is a ``<meta itemprop>`` of an item other than the story (see above)."""
    if not el.get("itemprop") or el.get("name") or el.get("property"):
        return False
    return in_other_item(page, el)


def in_other_item(page: Page, el: HtmlElement) -> bool:
    """Whether microdata ``el`` (a ``<meta>``, a ``<time itemprop=datePublished>``) belongs to
    an item other than the story: one without the page's ``<h1>`` that is a comment, a video,
    an event ... or a small teaser card linking to another page.

    >>> html = ('<h1>Budget passes</h1><div itemscope><a href="/f">Ferry service resumes'
    ...         ' after the storm</a><time itemprop="datePublished">1 Nov 2024</time></div>')
    >>> page = Page(html)
    >>> in_other_item(page, page.root.find(".//time")), in_other_item(page, page.root.find(".//h1"))
    (True, False)
    """
    item = next((a for a in el.iterancestors() if a.get("itemscope") is not None), None)
    if item is None or item.tag in ("html", "body"):
        return False
    # One verdict per item: an item holds many microdata tags, and the teaser-card test
    # reads the item's text. Only items of the page's own (never mutated) tree are memoised.
    if item.getroottree().getroot() is not page.root:
        return _other_item(page, item)
    verdicts = page.cache.get(_ITEMS_KEY)
    if not isinstance(verdicts, dict):
        page.cache[_ITEMS_KEY] = verdicts = {}
    if item not in verdicts:
        verdicts[item] = _other_item(page, item)
    return bool(verdicts[item])


def _other_item(page: Page, item: HtmlElement) -> bool:
    if item.find(".//h1") is not None:
        return False
    if _OTHER_ITEM_RE.search((item.get("itemtype") or "").rstrip("/")):
        return True
    return _teaser_card(page, item)


def _teaser_card(page: Page, item: HtmlElement) -> bool:
    """A small item linking to another page with a headline-length link text."""
    if text_longer_than(item, TEASER_CHARS):
        return False
    own = (page.url or "").split("#")[0].rstrip("/")
    for link in item.iter("a"):
        href = (link.get("href") or "").strip()
        if not href or href.startswith("#") or PERSON_LINK_RE.search(href):
            continue
        if own and href.split("#")[0].rstrip("/") == own:
            continue  # a permalink to the story itself
        if len(element_text(link).split()) >= TEASER_WORDS:
            return True
    return False


def other_item_type(obj: Mapping[str, Any]) -> bool:
    """Whether a JSON-LD object is of a kind that is never the story (see ``_OTHER_ITEM_RE``):
    beside the page's article, a ``VideoObject``'s ``uploadDate`` and ``author`` are the
    embedded clip's.

    >>> other_item_type({"@type": "VideoObject"}), other_item_type({"@type": ["WebPage"]})
    (True, False)
    """
    types = obj.get("@type")
    for t in types if isinstance(types, list) else [types]:
        if isinstance(t, str) and _OTHER_ITEM_RE.search(t.rsplit("/", 1)[-1]):
            return True
    return False


def story_articles(page: Page) -> list[Mapping[str, Any]]:
    """The page's JSON-LD article objects, the one naming the page's URL first.

    A page may carry article objects for its related stories too; the story's own is the
    one whose ``url``/``@id``/``mainEntityOfPage`` is the page's address (else page order).
    When one names the page, those naming another page are left out.

    >>> html = ('<script type="application/ld+json">[{"@type": "NewsArticle", "url": "/x", '
    ...         '"headline": "Other"}, {"@type": "NewsArticle", "url": "https://e.com/a", '
    ...         '"headline": "Own"}]</script>')
    >>> [a["headline"] for a in story_articles(Page(html, "https://e.com/a"))]
    ['Own', 'Other']
    >>> html = html.replace('"/x"', '"https://e.com/x"')
    >>> [a["headline"] for a in story_articles(Page(html, "https://e.com/a"))]
    ['Own']
    """
    cached = page.cache.get(_ARTICLES_KEY)
    if isinstance(cached, list):
        return list(cached)
    articles = list(page.jsonld_articles())
    forms = _page_forms(page.url)
    if forms and len(articles) > 1:
        own = [o for o in articles if _urls(o) & forms]
        # An object naming the page by its plain address ranks before one naming it by a
        # fragment ("https://e.com/a/#article"): both are the page's, the plain one first.
        own.sort(key=lambda o: not _urls(o, fragments=False) & forms)
        if own:
            # The others that name another page are that page's story (a related link's
            # date or author), not fallbacks for what the page's own object leaves out.
            rest = [o for o in articles if o not in own and not _urls(o) - forms]
            articles = own + rest
    page.cache[_ARTICLES_KEY] = list(articles)
    return articles


def _page_forms(url: str | None) -> set[str]:
    """The page's address as objects name it: without fragment or trailing slash, with and
    without its query (tracking parameters, "?utm_source=...", are not in the JSON-LD)."""
    if not url or not url.startswith(("http://", "https://")):
        return set()
    bare = _bare(url)
    return {bare, bare.split("?")[0].rstrip("/")}


def _bare(url: str) -> str:
    """An address compared loosely: no scheme (pages mix http and https), no fragment
    (".../#article" is the page's own object), no trailing slash."""
    return url.split("#")[0].split("://", 1)[-1].rstrip("/")


def _urls(obj: Mapping[str, Any], *, fragments: bool = True) -> set[str]:
    """The absolute page addresses an object names (``url``, ``@id``, ``mainEntityOfPage``),
    compared loosely (:func:`_bare`); without ``fragments``, only those written without one."""
    found: set[str] = set()
    for key in ("url", "@id", "mainEntityOfPage"):
        value = obj.get(key)
        if isinstance(value, dict):
            value = value.get("@id") or value.get("url")
        absolute = isinstance(value, str) and value.startswith(("http://", "https://"))
        if absolute and (fragments or "#" not in str(value)):
            found.add(_bare(str(value)))
    return found
