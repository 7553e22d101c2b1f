"""``Page``: the one place HTML is decoded and parsed.

Every rule reads the page through this object, which parses once and caches what several
rules need (JSON-LD objects, meta tags, compiled selectors). It never touches the network.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from functools import cached_property
from typing import Any

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from copydesk.cleaning import clean_text
from copydesk.encoding import decode_html
from copydesk.exceptions import EmptyDocumentError, NotHTMLError, ParseError
from copydesk.limits import parse_bounded
from copydesk.selectors import select
from copydesk.textrepair import looks_binary, repair_text
from copydesk.urls import url_host, url_path

# An XML declaration makes lxml refuse str input; it carries nothing a str needs.
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>")
# Signatures of common non-HTML payloads, checked on the first bytes.
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"RIFF", "a RIFF (WebP/WAV/AVI) file"),
)
_TAG_RE = re.compile(r"<\s*[a-zA-Z!]")


def _parser(huge: bool = True) -> lxml.html.HTMLParser:
    # huge_tree lifts libxml2's size caps (see limits.parse_bounded for when it is used);
    # no_network: a page never makes copydesk fetch anything (HTML has no entity expansion).
    return lxml.html.HTMLParser(
        huge_tree=huge, no_network=True, remove_comments=True, remove_pis=True
    )


def meta_map(elements: Iterable[HtmlElement]) -> dict[str, tuple[str, ...]]:
    """The contents of ``<meta>`` elements keyed by lower-cased ``name``/``property``/
    ``itemprop``/``http-equiv``, in document order (see :attr:`Page.meta`)."""
    found: dict[str, list[str]] = {}
    for el in elements:
        content = el.get("content")
        if content is None:
            continue
        value = clean_text(content)
        if not value:
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = el.get(attr)
            if key:
                found.setdefault(key.strip().lower(), []).append(value)
    return {k: tuple(v) for k, v in found.items()}


class Page:
    """A parsed HTML page.

    Args:
        html: the page as text, or as bytes in any encoding.
        url: where it came from; used for domain matching and relative dates.
        encoding: a charset from the HTTP ``Content-Type`` header, if known.
        now: the moment "today" means, for relative dates ("3 hours ago").

    Raises:
        EmptyDocumentError: the input is empty or whitespace.
        NotHTMLError: the input is a binary file, JSON, or text without any markup.
    """

    def __init__(
        self,
        html: str | bytes,
        url: str | None = None,
        *,
        encoding: str | None = None,
        now: datetime | None = None,
    ) -> None:
        self.encoding: str | None  # the charset bytes were decoded with; None for str input
        if isinstance(html, bytes | bytearray):
            data = bytes(html)
            for magic, what in _BINARY_MAGIC:
                if data.startswith(magic):
                    raise NotHTMLError(f"input is {what}, not HTML")
            text, self.encoding = decode_html(data, encoding)
        elif isinstance(html, str):
            text, self.encoding = html, None
            head = html.lstrip()[:8].encode("latin-1", "replace")
            for magic, what in _BINARY_MAGIC:
                if head.startswith(magic):
                    raise NotHTMLError(f"input is {what}, not HTML")
        else:
            raise TypeError(f"html must be str or bytes, not {type(html).__name__}")
        if looks_binary(text):
            raise NotHTMLError("input looks like binary data, not HTML")
        text = repair_text(text)  # mojibake, lone surrogates, control characters
        text = _XML_DECL_RE.sub("", text, count=1)
        if not text.strip():
            raise EmptyDocumentError("input is empty")
        _reject_non_html(text)
        self.html = text
        self.now = now
        self.root: HtmlElement = _parse(text)
        # Per-page memo for rules that share a costly scan (keyed by the rule module's name).
        self.cache: dict[str, object] = {}
        self.url = url or self.canonical_url

    @cached_property
    def canonical_url(self) -> str | None:
        """``<link rel=canonical>`` or ``og:url``, used when the caller gave no URL."""
        for href in self.root.xpath("//link[@rel='canonical']/@href"):
            if isinstance(href, str) and href.startswith("http"):
                return href.strip()
        for value in self.meta.get("og:url", ()):
            if value.startswith("http"):
                return value
        return None

    @property
    def domain(self) -> str | None:
        """The URL's host, lower-cased, without a leading ``www.``."""
        if not self.url:
            return None
        host = url_host(self.url)
        return host[4:] if host.startswith("www.") else host or None

    @property
    def path(self) -> str:
        """The URL's path ('/' if there is no URL)."""
        return url_path(self.url) or "/"

    def css(self, selector: str, root: HtmlElement | None = None) -> list[HtmlElement]:
        """Elements matching a CSS selector (compiled once per process)."""
        return [
            e
            for e in select(self.root if root is None else root, css=selector)
            if isinstance(e, HtmlElement)
        ]

    def xpath(self, expr: str, root: HtmlElement | None = None) -> list[Any]:
        """Results of an XPath expression (compiled once per process)."""
        return select(self.root if root is None else root, xpath=expr)

    @cached_property
    def meta(self) -> Mapping[str, tuple[str, ...]]:
        """``<meta>`` contents keyed by lower-cased ``name``/``property``/``itemprop``."""
        return meta_map(self.root.iter("meta"))

    def meta_first(self, *keys: str) -> tuple[str, str] | None:
        """The first ``(key, value)`` present among ``keys``, in the order given."""
        for key in keys:
            values = self.meta.get(key)
            if values:
                return key, values[0]
        return None

    @cached_property
    def jsonld(self) -> tuple[Mapping[str, Any], ...]:
        """Every JSON-LD object on the page, ``@graph`` and lists flattened, in page order.

        Malformed blocks are skipped: pages often ship broken JSON-LD next to good markup.
        """
        objects: list[Mapping[str, Any]] = []
        for script in self.root.xpath("//script[@type]"):
            if "ld+json" not in (script.get("type") or "").lower():
                continue
            raw = (script.text or "").strip()
            if raw.startswith("<![CDATA["):  # XHTML habit (MediaWiki): JSON inside CDATA
                raw = raw[9:].removesuffix("]]>").strip()
            if not raw:
                continue
            try:
                data = json.loads(raw, strict=False)
            except RecursionError:
                continue  # hostile nesting: json recurses once per level
            except ValueError:
                try:  # trailing commas / stray control characters are the usual damage
                    data = json.loads(re.sub(r",\s*([}\]])", r"\1", raw), strict=False)
                except (ValueError, RecursionError):
                    continue
            objects.extend(_flatten_jsonld(data))
        return tuple(objects)

    @cached_property
    def title(self) -> str | None:
        """The text of the document's ``<title>`` as written (see :func:`document_title`).

        >>> Page("<title>Vote count | Daily Planet</title><p>Text</p>").title
        'Vote count | Daily Planet'
        """
        return document_title(self.root)

    def jsonld_articles(self) -> tuple[Mapping[str, Any], ...]:
        """JSON-LD objects whose ``@type`` is an article type (NewsArticle, BlogPosting ...)."""
        return tuple(o for o in self.jsonld if _is_article_type(o.get("@type")))


_ARTICLE_TYPES = frozenset(
    t.lower()
    for t in (
        "Article",
        "NewsArticle",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BackgroundNewsArticle",
        "ReviewNewsArticle",
        "BlogPosting",
        "LiveBlogPosting",
        "Report",
        "ScholarlyArticle",
        "TechArticle",
        "SocialMediaPosting",
        "WebPage",
        "ItemPage",
    )
)
_STRONG_ARTICLE_TYPES = _ARTICLE_TYPES - {"webpage", "itempage"}


def document_title(root: HtmlElement) -> str | None:
    """The text of the first ``<title>`` in ``root``, as written; None when there is none.

    The first in document order is the ``<head>``'s on any page that has one; a page whose
    head lost it to broken markup still has it before any icon's SVG ``<title>``. The text
    is not normalised: callers compare, split or clean it their own way. (libxml2 reads a
    ``<title>`` as plain text, so its ``.text`` is all of it.)

    >>> document_title(lxml.html.fromstring("<title>Vote count</title><p>x</p>"))
    'Vote count'
    >>> document_title(lxml.html.fromstring("<p>No title here</p>")) is None
    True
    """
    el = root.find(".//title")
    return None if el is None else el.text_content()


def _is_article_type(value: Any) -> bool:
    types = value if isinstance(value, list) else [value]
    return any(isinstance(t, str) and t.lower() in _STRONG_ARTICLE_TYPES for t in types)


def _flatten_jsonld(data: Any, depth: int = 0) -> Iterator[Mapping[str, Any]]:
    if depth > 8:
        return
    if isinstance(data, list):
        for item in data:
            yield from _flatten_jsonld(item, depth + 1)
    elif isinstance(data, dict):
        graph = data.get("@graph")
        if isinstance(graph, list):
            yield from _flatten_jsonld(graph, depth + 1)
        if "@type" in data:
            yield data
        main = data.get("mainEntity")
        if isinstance(main, dict) and "@type" in main:
            yield from _flatten_jsonld(main, depth + 1)


def _reject_non_html(text: str) -> None:
    head = text.lstrip()[:1024]
    if head[:1] in "{[" and (not _TAG_RE.search(head) or _is_json(text)):
        raise NotHTMLError("input looks like JSON, not HTML")
    feed = _XML_ROOT_RE.match(head)
    if feed:
        raise NotHTMLError(f"input is {_FEED_ROOTS[feed.group(1).lower()]}, not HTML")
    if not _TAG_RE.search(text[:65536]) and "<" not in text[:65536]:
        raise NotHTMLError("input has no HTML markup")


def _is_json(text: str) -> bool:
    """True if the whole text is a JSON document (an API response with HTML in its strings)."""
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return False
    return True


# The first element of an XML document (after prolog, doctype and comments); HTML pages start
# with <html>, <head>, <body> or content, while feeds and sitemaps start with their own root.
_XML_ROOT_RE = re.compile(
    r"(?:\s|<\?[^>]{0,512}\?>|<!--.{0,2048}?-->|<!DOCTYPE[^>\[]{0,512}(?:\[.{0,4096}?\])?\s*>)*"
    r"<(rss|feed|rdf:RDF|urlset|sitemapindex|opml)\b",
    re.IGNORECASE | re.DOTALL,
)
_FEED_ROOTS = {
    "rss": "an RSS feed",
    "feed": "an Atom feed",
    "rdf:rdf": "an RSS 1.0 (RDF) feed",
    "urlset": "an XML sitemap",
    "sitemapindex": "an XML sitemap index",
    "opml": "an OPML outline",
}


def _parse(text: str) -> HtmlElement:
    try:
        root = parse_bounded(text, _parser)
    except (etree.ParserError, ValueError) as exc:
        raise ParseError(f"cannot parse the page as HTML: {exc}") from None
    if root is None:
        raise ParseError("cannot parse the page as HTML: no document element")
    _move_stray_head_content(root)
    return root


# What may stand in <head>; anything else there is page content libxml2 misplaced.
_HEAD_TAGS = frozenset(
    {"title", "meta", "link", "script", "style", "base", "noscript", "template", "object"}
)


def _move_stray_head_content(root: HtmlElement) -> None:
    """Move body content that libxml2 left in ``<head>`` into ``<body>``.

    libxml2 predates HTML5: on a page without an explicit ``<body>``, an ``<article>``,
    ``<main>`` or ``<section>`` after the ``<title>`` stays inside ``<head>``, where no
    content rule looks. The first such element and everything after it belong to the body.
    """
    head = root.find("head")
    if head is None:
        return
    children = list(head)
    first = next(
        (
            i
            for i, el in enumerate(children)
            if isinstance(el.tag, str) and el.tag not in _HEAD_TAGS
        ),
        None,
    )
    if first is None:
        return
    body = root.find("body")
    if body is None:
        body = etree.SubElement(root, "body")
    for el in reversed(children[first:]):
        body.insert(0, el)
