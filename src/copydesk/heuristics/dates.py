"""Published and modified dates: metadata first, then the page's own markup, then the URL.

Order of trust, from the most to the least explicit: JSON-LD on the article object,
``<meta>`` tags named for publication, ``itemprop=datePublished`` in the body, ``<time>``
elements in the article header, visible "Published:" / "Veröffentlicht am" lines near the
headline, and finally a date in the URL path. Every candidate goes through
:func:`~copydesk.heuristics.datetext.parse_date`, which rejects copyright years and dates in
the future. Published and modified are kept apart: an "Updated" label never fills
``published`` while a "Published" label is there to be read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import datetime, timedelta, timezone
from typing import Any

import attrs
from lxml import etree
from lxml.html import HtmlElement

from copydesk.cleaning import element_text, normalize_space
from copydesk.heuristics.datetext import FUTURE_SLACK, parse_date, plausible
from copydesk.rules import Context, Found, Rule

__all__ = ["MODIFIED_RULES", "PUBLISHED_RULES", "parse_date"]

# ``<meta>`` keys that name the publication moment, most specific first.
PUBLISHED_META_KEYS: tuple[str, ...] = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "article:published",
    "published_time",
    "article.published",
    "datepublished",
    "rnews:datepublished",
    "article_date_original",
    "original-publish-date",
    "publish-date",
    "publish_date",
    "publishdate",
    "pubdate",
    "og:pubdate",
    "bt:pubdate",
    "sailthru.date",
    "parsely-pub-date",
    "cxenseparse:recs:publishtime",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.created",
    "citation_publication_date",
    "citation_date",
    "prism.publicationdate",
    "date_published",
    "datecreated",
    "displaydate",
    "article:post_date",
    "dc.date",
    "dcterms.date",
    "date",
    "created",
    "creation_date",
)
# ``<meta>`` keys for the last change.
MODIFIED_META_KEYS: tuple[str, ...] = (
    "article:modified_time",
    "og:updated_time",
    "article:updated_time",
    "og:modified_time",
    "datemodified",
    "modified_time",
    "dc.date.modified",
    "dcterms.modified",
    "last-modified",
    "lastmod",
    "updated",
    "parsely-updated",
    "eomportal-lastupdate",
    "revised",
)
JSONLD_PUBLISHED_KEYS = ("datePublished", "dateCreated", "uploadDate")
JSONLD_MODIFIED_KEYS = ("dateModified",)

# Containers whose dates belong to other stories or to readers, not to this article.
_OFF_ARTICLE_RE = re.compile(
    r"""related|recommend|teaser|sidebar|aside|footer|comment|more-?stories|popular|
        trending|newsletter|most-?read|read-?more|outbrain|taboola|also-?read|latest|
        carousel|promo|site-?header|masthead|top-?bar|today|breaking|ticker""",
    re.VERBOSE | re.IGNORECASE,
)
_OFF_ARTICLE_TAGS = frozenset({"aside", "footer", "nav"})
# Class/id words of elements that show the story's date ("post-date", "article__time").
_DATE_CLASS_RE = re.compile(
    r"date|time|publish|posted|byline|dateline|meta|info|author|submitted|stamp|datum|fecha|data",
    re.IGNORECASE,
)
# Labels that introduce the publication date in visible text, in several languages.
_PUBLISHED_LABEL_RE = re.compile(
    r"""\b(?:published|posted|first\s+published|publication|released|created|
        veröffentlicht|erschienen|publiziert|erstellt|publié|mis\s+en\s+ligne|publicado|
        publicada|pubblicato|gepubliceerd|geplaatst|opublikowano|publicerad|julkaistu)\b""",
    re.VERBOSE | re.IGNORECASE,
)
_UPDATED_LABEL_RE = re.compile(
    r"""\b(?:updated?|last\s+(?:updated|modified)|modified|aktualisiert|stand|mis\s+à\s+jour|
        actualizado|actualizada|aggiornato|bijgewerkt|zaktualizowano|uppdaterad|päivitetty)\b""",
    re.VERBOSE | re.IGNORECASE,
)
# A date-like fragment in the URL path: /2024/12/04/, /2024-12-04-, /20241204/.
_URL_DATE_RE = re.compile(
    r"""(?<![\d])(?P<y>(?:19|20)\d{2}) (?P<sep>[/_-]?) (?P<m>0[1-9]|1[0-2]|[1-9](?=/))
        (?P=sep) (?P<d>0[1-9]|[12]\d|3[01]|[1-9](?=/)) (?![\d])""",
    re.VERBOSE,
)
#: Visible date text longer than this is a paragraph, not a date line.
MAX_DATE_TEXT = 120
#: An unmarked element's text must be this short to count as a date line.
MAX_PLAIN_DATE_TEXT = 50
_DIGIT_RE = re.compile(r"\d")
#: How many candidate elements the visible-text rule looks at before giving up.
MAX_VISIBLE_CANDIDATES = 150
#: The article header: elements this many places after / before the ``<h1>`` in document
#: order. Dates further away belong to teasers, comments or the footer.
NEAR_AFTER = 80
NEAR_BEFORE = 40
#: ... or this many characters of text after / before it.
NEAR_AFTER_CHARS = 400
NEAR_BEFORE_CHARS = 200
#: Elements fetched on each side of the headline before the "near" test trims them.
MAX_SCAN = 400
#: A date line at most this many elements above the <h1>, in one of the h1's closest
#: HEADER_BLOCK_DEPTH containers, belongs to the story header (kicker, date line).
CLOSE_BEFORE = 15
HEADER_BLOCK_DEPTH = 3
#: Two timestamps this close are the same moment written in two offsets.
SAME_INSTANT = timedelta(minutes=1)
MONTHS_IN_YEAR = 12
# Class words that mark a <time> as the publication time.
_PUBLISH_CLASS_RE = re.compile(r"publish|posted|pubdate|created", re.IGNORECASE)
#: A class shared by this many date-ish elements is a list of other stories.
REPEATED_WIDGET = 3
# Elements that may carry the headline when the page has no matching <h1>.
_HEADLINE_XPATH = (
    "//h2 | //h3 | //*[contains(@class, 'headline') or contains(@class, 'title')][not(self::title)]"
)
_LOOSE_RE = re.compile(r"[\W_]+")
# The elements after / before the headline in document order, nearest first for "preceding"
# (a reverse axis counts positions from the context node).
_FOLLOWING = etree.XPath("following::*[position() <= $n]")
_PRECEDING = etree.XPath("preceding::*[position() <= $n]")
_TEXT_NODES = etree.XPath(".//text()[not(ancestor::script) and not(ancestor::style)]")
_SKIP_TAGS = frozenset({"script", "style", "option", "noscript", "template"})


# ------------------------------------------------------------------ JSON-LD


def _jsonld_date(ctx: Context, keys: Sequence[str], rule_prefix: str) -> Found[datetime] | None:
    page = ctx.page
    for obj in _jsonld_candidates(ctx):
        for key in keys:
            for raw in _as_strings(obj.get(key)):
                value = parse_date(raw, now=page.now, use_dateparser=False)
                if value is not None:
                    return Found(value=value, rule=f"{rule_prefix}{key}", source="metadata")
    return None


def _jsonld_candidates(ctx: Context) -> Iterator[Mapping[str, Any]]:
    """Article objects first (the one naming this URL before the others), then the rest."""
    page = ctx.page
    articles = list(page.jsonld_articles())
    url = (page.url or "").rstrip("/")
    if url and len(articles) > 1:
        articles.sort(key=lambda o: 0 if _names_url(o, url) else 1)
    yield from articles
    seen = {id(a) for a in articles}
    for obj in page.jsonld:
        if id(obj) not in seen:
            yield obj


def _names_url(obj: Mapping[str, Any], url: str) -> bool:
    for key in ("url", "@id", "mainEntityOfPage"):
        value = obj.get(key)
        if isinstance(value, dict):
            value = value.get("@id") or value.get("url")
        if isinstance(value, str) and value.rstrip("/").split("#")[0] == url:
            return True
    return False


def _as_strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, int | float) and not isinstance(value, bool):
        yield str(int(value))
    elif isinstance(value, list):
        for item in value[:3]:
            if isinstance(item, str):
                yield item


def jsonld_published(ctx: Context) -> Found[datetime] | None:
    """``datePublished`` (or ``dateCreated``/``uploadDate``) of the page's JSON-LD article."""
    return _jsonld_date(ctx, JSONLD_PUBLISHED_KEYS, "jsonld:")


def jsonld_modified(ctx: Context) -> Found[datetime] | None:
    """``dateModified`` of the page's JSON-LD article."""
    return _jsonld_date(ctx, JSONLD_MODIFIED_KEYS, "jsonld:")


# ------------------------------------------------------------------ <meta>


def _meta_date(ctx: Context, keys: Sequence[str]) -> Found[datetime] | None:
    page = ctx.page
    for key in keys:
        for raw in page.meta.get(key, ()):
            value = parse_date(raw, now=page.now, languages=_languages(ctx))
            if value is not None:
                return Found(value=value, rule=f"meta:{key}", source="metadata")
    return None


def meta_published(ctx: Context) -> Found[datetime] | None:
    """``article:published_time``, ``pubdate``, ``dc.date`` ... in ``<meta>`` tags."""
    return _meta_date(ctx, PUBLISHED_META_KEYS)


def meta_modified(ctx: Context) -> Found[datetime] | None:
    """``article:modified_time``, ``og:updated_time`` ... in ``<meta>`` tags."""
    return _meta_date(ctx, MODIFIED_META_KEYS)


# ------------------------------------------------------------------ markup in the body


def _itemprop(ctx: Context, prop: str) -> Found[datetime] | None:
    page = ctx.page
    for el in page.xpath(f"//*[@itemprop='{prop}'][not(self::meta)]"):
        if not isinstance(el, HtmlElement) or _off_article(el):
            continue
        for raw in (el.get("datetime"), el.get("content"), element_text(el)):
            if raw:
                value = parse_date(raw, now=page.now, languages=_languages(ctx))
                if value is not None:
                    return Found(value=value, rule=f"heuristic:itemprop-{prop}", source="metadata")
    return None


def itemprop_published(ctx: Context) -> Found[datetime] | None:
    """An element (``<time>``, ``<span>``) marked ``itemprop="datePublished"``."""
    return _itemprop(ctx, "datePublished")


def itemprop_modified(ctx: Context) -> Found[datetime] | None:
    """An element marked ``itemprop="dateModified"``."""
    return _itemprop(ctx, "dateModified")


@attrs.frozen
class _HeaderDate:
    """A date found in the article header, with how much the page vouches for it."""

    found: Found[datetime]
    shown: bool  # the reader sees it as text (not only in an attribute)
    strong: bool  # after the <h1>, or labelled "Published", or a <time pubdate>


def time_element(ctx: Context) -> Found[datetime] | None:
    """The article's ``<time>`` element: one with ``pubdate``, else the first near the headline.

    Times inside related-story lists, sidebars, footers and comments are skipped, and a time
    labelled "Updated" is left to the modified rules.
    """
    got = _time_element(ctx, _Layout(ctx))
    return got.found if got else None


def _time_element(ctx: Context, layout: _Layout) -> _HeaderDate | None:
    times = [t for t in ctx.page.root.iter("time") if not layout.off_article(t)]
    if not times:
        return None
    marked = [
        t
        for t in times
        if t.get("pubdate") is not None or _PUBLISH_CLASS_RE.search(t.get("class") or "")
    ]
    near = [t for t in layout.by_distance(times) if t not in marked]
    for el in marked + near:
        text = element_text(el)
        shown = _fast_date(ctx, text)
        # A time whose text says "Dec. 6, 2024 / Updated Dec. 7" often carries the update
        # in its attribute: the text before the label is the publication.
        updated = _UPDATED_LABEL_RE.search(text)
        before = _fast_date(ctx, text[: updated.start()]) if updated else None
        if before is not None:
            value: datetime | None = before
        else:
            label = _label_text(el)
            if _UPDATED_LABEL_RE.search(label) and not _PUBLISHED_LABEL_RE.search(label):
                continue
            value = _fast_date(ctx, el.get("datetime") or "") or shown
        if value is not None:
            found = Found(value=value, rule="heuristic:time-element", selector="time")
            strong = el in marked or layout.vouched(el)
            return _HeaderDate(found=found, shown=shown is not None, strong=strong)
    return None


def _fast_date(ctx: Context, text: str) -> datetime | None:
    """``parse_date`` without the dateparser fallback (for markup scanned in bulk)."""
    if not text:
        return None
    return parse_date(
        text, now=ctx.page.now, languages=_languages(ctx), use_dateparser=False, bare_numbers=False
    )


def visible_published(ctx: Context) -> Found[datetime] | None:
    """A short visible date line near the headline ("Published: 4 December 2024").

    Looks at small elements whose class or id names a date/byline/meta box, and at text
    that carries a "Published"/"Veröffentlicht"/"Publié" label, near the ``<h1>``. Lines
    labelled only "Updated" are skipped; so are repeated widgets (lists of other stories).
    """
    got = _visible(ctx, _Layout(ctx), want_updated=False)
    return got.found if got else None


def visible_modified(ctx: Context) -> Found[datetime] | None:
    """A visible "Updated: ..." / "Aktualisiert am ..." line near the headline."""
    got = _visible(ctx, _Layout(ctx), want_updated=True)
    return got.found if got else None


def _visible(ctx: Context, layout: _Layout, *, want_updated: bool) -> _HeaderDate | None:
    page = ctx.page
    for el, text in _date_lines(page.root, layout):
        updated = _UPDATED_LABEL_RE.search(text)
        published = _PUBLISHED_LABEL_RE.search(text)
        if want_updated:
            if not updated:
                continue
            text = text[updated.end() :]
        else:
            if updated and not published:
                continue
            if updated and published and updated.start() < published.start():
                text = text[published.start() :]
        # dateparser only for lines that say what they are: it is slow and guesses.
        value = parse_date(
            text,
            now=page.now,
            languages=_languages(ctx),
            use_dateparser=bool(published),
            bare_numbers=False,
        )
        if value is not None:
            rule = "heuristic:visible-modified" if want_updated else "heuristic:visible-published"
            strong = bool(published) or layout.vouched(el)
            return _HeaderDate(found=Found(value=value, rule=rule), shown=True, strong=strong)
    return None


def _line_text(el: HtmlElement) -> str:
    """An element's text with a space between every text node.

    Date lines are built from fragments ("<a>News24</a><br>13 Jan 2020"); gluing them
    without a space would turn "News24" and "13 Jan" into "News2413 Jan".
    """
    return normalize_space(" ".join(str(t) for t in _xpath_list(_TEXT_NODES, el)))


def _xpath_list(xpath: etree.XPath, el: HtmlElement, **variables: Any) -> list[Any]:
    result = xpath(el, **variables)
    return result if isinstance(result, list) else []


def _own_text(el: HtmlElement) -> str:
    """An element's own text: its leading text plus its children's tails (not their text)."""
    parts = [el.text or ""]
    parts.extend(child.tail or "" for child in el)
    return normalize_space(" ".join(parts))


def _date_lines(root: HtmlElement, layout: _Layout) -> Iterator[tuple[HtmlElement, str]]:
    """Texts of short elements near the headline that may hold the story's date.

    Candidates are elements whose class/id names a date or meta box (or that carry a
    "Published" label), and unmarked elements whose own text is a short line with a digit
    in it (many themes print the date in a bare ``<p>`` or ``<span>``). They come closest
    to the headline first: a marked date box in the masthead ("today") must not beat an
    unmarked date line right under the headline.
    """
    limits: dict[HtmlElement, int] = {}
    classes: dict[str, int] = {}
    for el in layout.window():
        if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS:
            continue
        attrs = f"{el.get('class') or ''} {el.get('id') or ''}"
        if _DATE_CLASS_RE.search(attrs) or el.tag in {"time", "small"}:
            limits[el] = MAX_DATE_TEXT
            cls = el.get("class") or ""
            classes[cls] = classes.get(cls, 0) + 1
        elif el.text and _PUBLISHED_LABEL_RE.search(el.text):
            limits[el] = MAX_DATE_TEXT
        elif el.tag != "a":  # an unmarked dated link points at another story or an archive
            own = _own_text(el)
            if own and len(own) <= MAX_PLAIN_DATE_TEXT and _DIGIT_RE.search(own):
                limits[el] = MAX_PLAIN_DATE_TEXT
    seen = 0
    for el in layout.by_distance(list(limits)):
        cls = el.get("class") or ""
        if cls and classes.get(cls, 0) >= REPEATED_WIDGET and not layout.has_headline:
            continue  # without a headline to measure from, a repeated box is a story list
        if layout.off_article(el):
            continue
        text = _line_text(el)
        if len(text) > limits[el]:
            # A date box that also holds a widget: its own text may still be the date line
            # ("<a>Author</a>, 21. Jan. 2015 <div class=rating>...</div>").
            text = _own_text(el)
        if not text or len(text) > limits[el]:
            continue
        seen += 1
        if seen > MAX_VISIBLE_CANDIDATES:
            return
        yield el, text


class _Layout:
    """Where the headline is, so date candidates can be ranked by distance from it.

    The headline is the first ``<h1>`` whose text is part of the resolved title (or vice
    versa); else an ``<h2>``/``<h3>`` or a ``headline``/``title``-classed element with the
    title's text; else the first ``<h1>``. Without a headline every element is "near".
    Containers of the headline are never "off article", whatever their class says
    (``content right-sidebar`` wraps the story on many blogs).

    "Near" means few elements away, or little text away (a header full of icons and share
    buttons is many elements long but holds little text); the near elements form one
    contiguous window of the document, which is all the date scan has to look at.
    """

    def __init__(self, ctx: Context) -> None:
        root = ctx.page.root
        self.headline = _find_headline(root, ctx.value("title"))
        self.has_headline = self.headline is not None
        self._window: list[HtmlElement] = []
        self._index: dict[HtmlElement, int] = {}
        self._keep: set[HtmlElement] = set()
        if self.headline is None:
            body = root.find("body")
            self._window = list((body if body is not None else root).iter())
            return
        after = _xpath_list(_FOLLOWING, self.headline, n=MAX_SCAN)
        before = _xpath_list(_PRECEDING, self.headline, n=MAX_SCAN)
        near_after = _take_near(after, NEAR_AFTER, NEAR_AFTER_CHARS)
        near_before = _take_near(reversed(before), NEAR_BEFORE, NEAR_BEFORE_CHARS)
        for i, el in enumerate(near_after, start=1):
            self._index[el] = i
        for i, el in enumerate(near_before, start=1):
            self._index[el] = -i
        self._index[self.headline] = 0
        self._window = [*reversed(near_before), self.headline, *near_after]
        self._keep = set(self.headline.iterancestors())

    def window(self) -> list[HtmlElement]:
        """The elements near the headline, in document order (all of them without one)."""
        return self._window

    def off_article(self, el: HtmlElement) -> bool:
        """Whether ``el`` sits in a related list, sidebar, footer or comment thread.

        An unclassed ``<aside>`` right next to the headline is the story's meta box
        (author, date, reading time), not a sidebar.
        """
        close = self.headline is not None and abs(self.distance(el)) <= CLOSE_BEFORE
        return _off_article(el, self._keep, allow_aside=close and self.near(el))

    def distance(self, el: HtmlElement) -> int:
        """Signed element count from the headline (negative = before it; 0 if not near)."""
        return self._index.get(el, 0)

    def near(self, el: HtmlElement) -> bool:
        """Whether ``el`` sits in the headline's neighbourhood (the article header)."""
        return self.headline is None or el in self._index

    def vouched(self, el: HtmlElement) -> bool:
        """Whether ``el`` sits in the story's own header: just under a real ``<h1>``, or just
        above it inside the same header block (kicker and date lines), not in the masthead.
        """
        if self.headline is None or self.headline.tag != "h1" or not self.near(el):
            return False
        d = self.distance(el)
        if d > 0:
            return True
        if d < -CLOSE_BEFORE:
            return False
        ancestors = list(self.headline.iterancestors())[:HEADER_BLOCK_DEPTH]
        return any(a in ancestors for a in el.iterancestors())

    def by_distance(self, els: list[HtmlElement]) -> list[HtmlElement]:
        """The near elements of ``els``, closest to the headline first (after it on ties)."""
        if self.headline is None:
            return els
        near = [e for e in els if self.near(e)]
        return sorted(near, key=lambda e: (abs(self.distance(e)), self.distance(e) < 0))


def _take_near(els: Iterable[Any], max_count: int, max_chars: int) -> list[HtmlElement]:
    """Elements in order of distance from the headline while they are near enough."""
    out: list[HtmlElement] = []
    chars = 0
    for i, el in enumerate(els, start=1):
        if i > max_count and chars > max_chars:
            break
        if not isinstance(el, HtmlElement):
            continue
        out.append(el)
        # Link text (teaser lists, share and tag links) does not push the date away.
        if el.tag not in _SKIP_TAGS and el.tag != "a":
            chars += len((el.text or "").strip())
        chars += len((el.tail or "").strip())
    return out


def _find_headline(root: HtmlElement, title: object) -> HtmlElement | None:
    # An h1 with the title's text is the headline wherever it sits ("sticky-sidebar-parent"
    # wrappers); an h1 that does not match must at least not sit in chrome.
    h1s = list(root.iter("h1"))
    key = _loose(title) if isinstance(title, str) else ""
    if key:
        for h in h1s:
            text = _loose(element_text(h))
            if text and (text in key or key in text):
                return h
        for el in root.xpath(_HEADLINE_XPATH):
            if isinstance(el, HtmlElement) and _loose(element_text(el)) == key:
                return el
    return next((h for h in h1s if not _off_article(h)), None)


def _loose(text: str) -> str:
    return _LOOSE_RE.sub("", text.casefold())


def _label_text(el: HtmlElement) -> str:
    """The text around a ``<time>``: its parent's, capped, to read a label like "Updated"."""
    parent = el.getparent()
    text = element_text(parent if parent is not None else el)
    return text[:MAX_DATE_TEXT]


def _off_article(
    el: HtmlElement,
    keep: set[HtmlElement] | frozenset[HtmlElement] = frozenset(),
    *,
    allow_aside: bool = False,
) -> bool:
    for anc in el.iterancestors():
        if anc in keep:
            return False
        if not isinstance(anc.tag, str):
            continue
        if anc.tag in _OFF_ARTICLE_TAGS and not (allow_aside and anc.tag == "aside"):
            return True
        if anc.tag in {"body", "html"}:
            return False
        attrs = f"{anc.get('class') or ''} {anc.get('id') or ''}"
        if attrs.strip() and _OFF_ARTICLE_RE.search(attrs):
            return True
    return False


# ------------------------------------------------------------------ URL


def url_date(ctx: Context) -> Found[datetime] | None:
    """A date in the URL path: ``/2024/12/04/``, ``/2024-12-04-title``, ``/20241204/``."""
    page = ctx.page
    if not page.url:
        return None
    m = _URL_DATE_RE.search(page.path)
    if not m:
        return None
    try:
        value = datetime(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    if not plausible(value, page.now):
        return None
    return Found(value=value, rule="url:path-date", source="heuristic")


def _languages(ctx: Context) -> tuple[str, ...] | None:
    lang = ctx.value("language")
    if isinstance(lang, str) and lang:
        return (lang,)
    return None


# ------------------------------------------------------------------ reconciliation


def published_date(ctx: Context) -> Found[datetime] | None:
    """The publication date: metadata, reconciled with the date printed in the header.

    Order of trust: JSON-LD/``<meta>`` (see :func:`metadata_published`) unless the header
    contradicts it (see :func:`_reconcile`), then ``itemprop=datePublished`` markup, then a
    ``<time>`` or visible date line near the headline, then a date in the URL. The header
    zone is computed once and shared by every step, which keeps the scan cheap.
    """
    meta = _metadata_published(ctx)
    layout = _Layout(ctx)
    header = _time_element(ctx, layout) or _visible(ctx, layout, want_updated=False)
    if meta is not None:
        if header is not None and _reconcile(ctx, meta, header):
            return header.found
        return meta
    return itemprop_published(ctx) or (header.found if header else None) or url_date(ctx)


def reconciled_published(ctx: Context) -> Found[datetime] | None:
    """The header date, when it should override the metadata date (else None).

    See :func:`_reconcile` for when that is.
    """
    meta = _metadata_published(ctx)
    if meta is None:
        return None
    header = _header_published(ctx)
    if header is None or not _reconcile(ctx, meta, header):
        return None
    return header.found


def _reconcile(ctx: Context, meta: Found[datetime], header: _HeaderDate) -> bool:
    """Whether a header date should override the metadata date.

    Metadata is usually right, but two failures are common: a UTC timestamp whose calendar
    day is not the day the page printed (a story published at 9 p.m. in New York is dated
    the next day in UTC), and a CMS "published" field that is really a re-save date while
    the header shows the original. So: a date in the URL breaks ties; a header date that is
    the metadata date with day and month swapped ("11/01/2021") loses; otherwise a header
    date the reader sees wins if the page vouches for it (right under the ``<h1>``, or
    labelled "Published").
    """
    h_day, m_day = header.found.value.date(), meta.value.date()
    if h_day == m_day:
        return False
    url = url_date(ctx)
    if url is not None:
        if url.value.date() == h_day:
            return True
        if url.value.date() == m_day:
            return False
    if h_day.day <= MONTHS_IN_YEAR and (h_day.year, h_day.day, h_day.month) == (
        m_day.year,
        m_day.month,
        m_day.day,
    ):
        return False  # an ambiguous numeric date read the other way round
    return header.shown and header.strong


def _header_published(ctx: Context) -> _HeaderDate | None:
    layout = _Layout(ctx)
    return _time_element(ctx, layout) or _visible(ctx, layout, want_updated=False)


def _metadata_published(ctx: Context) -> Found[datetime] | None:
    """The JSON-LD/meta publication date, in the page's local offset when one is given.

    A UTC timestamp and a local one for the same instant often sit side by side
    (JSON-LD in UTC, ``article:published_time`` with ``-08:00``); the local one carries
    the calendar day the newsroom printed.
    """
    first = jsonld_published(ctx) or meta_published(ctx)
    if first is None or first.value.utcoffset() != timedelta(0):
        return first
    for other in _all_metadata_published(ctx):
        offset = other.value.utcoffset()
        if offset and abs(other.value - first.value) <= SAME_INSTANT:
            return other
    return first


def _all_metadata_published(ctx: Context) -> Iterator[Found[datetime]]:
    page = ctx.page
    for obj in _jsonld_candidates(ctx):
        for key in JSONLD_PUBLISHED_KEYS:
            for raw in _as_strings(obj.get(key)):
                value = parse_date(raw, now=page.now, use_dateparser=False)
                if value is not None:
                    yield Found(value=value, rule=f"jsonld:{key}", source="metadata")
    for key in PUBLISHED_META_KEYS:
        for raw in page.meta.get(key, ()):
            value = parse_date(raw, now=page.now, use_dateparser=False)
            if value is not None:
                yield Found(value=value, rule=f"meta:{key}", source="metadata")


def metadata_published(ctx: Context) -> Found[datetime] | None:
    """JSON-LD ``datePublished``, else a publication ``<meta>``, preferring a local offset."""
    return _metadata_published(ctx)


#: One rule does the work (it shares the header scan between its steps); the single-source
#: rules above stay public for profiles and tests.
PUBLISHED_RULES: tuple[Rule, ...] = (published_date,)


def modified_date(ctx: Context) -> Found[datetime] | None:
    """The last-modified date: JSON-LD, ``<meta>``, ``itemprop``, then a visible "Updated" line.

    A candidate more than a day before the publication date is a draft save or a scheduled
    post's creation time, not a modification, and is skipped.
    """
    published = ctx.value("published")
    for rule in (jsonld_modified, meta_modified, itemprop_modified, visible_modified):
        got = rule(ctx)
        if got is None:
            continue
        if isinstance(published, datetime):
            mod, pub = _naive(got.value), _naive(published)
            if mod < pub - FUTURE_SLACK:
                continue
        return got
    return None


def _naive(value: datetime) -> datetime:
    return (
        value.replace(tzinfo=None)
        if value.tzinfo is None
        else value.astimezone(timezone.utc).replace(tzinfo=None)
    )


MODIFIED_RULES: tuple[Rule, ...] = (modified_date,)
