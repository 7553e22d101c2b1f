"""Finding the elements that hold what the heuristics extracted, for drafting a profile.

:class:`Finder` answers, per field, "which elements of this page hold the value the generic
rules found, and which stable selectors name them?" — the candidates that
:func:`copydesk.scaffold.draft_profile` then verifies by parsing the page with them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from lxml.html import HtmlElement

from copydesk.cleaning import element_text, normalize_space
from copydesk.model import Article
from copydesk.page import Page
from copydesk.profile import Selector
from copydesk.scaffold_names import MAX_ANCESTOR_STEPS, Namer, dedupe
from copydesk.stable_selectors import semantic

#: Selector candidates tried per field before giving up on it (each try is one parse).
MAX_CANDIDATES = 4
#: Short texts with digits tried as visible dates (dateparser is slow; the date is near the top).
MAX_DATE_LOOKUPS = 15
#: Story paragraphs without an element of their own looked up per draft (a page scan each).
MAX_CONTAINED_LOOKUPS = 6
#: A visible date line longer than this is a paragraph, not a date.
MAX_DATE_TEXT_CHARS = 80
#: ... and one shorter than this ("12") is not a date at all.
MIN_DATE_TEXT_CHARS = 6
#: Share of the story's paragraphs that must be found in the markup to propose a body.
MIN_BODY_PARAGRAPHS_FOUND = 0.6
_DIGITS_RE = re.compile(r"\d")
# A year or a numeric date: the cheap filter before the (slow) date parser sees a text.
_DATEISH_RE = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")
# Date-bearing meta/itemprop names the heuristics also read.
_DATE_META = (
    "article:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publish-date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.created",
    "og:published_time",
)
# Elements whose text is never on the page (and comments/processing instructions).
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg"})
_BLOCK_TAGS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "div", "td", "dd")


class Finder(Namer):
    """Finds the elements that hold the heuristics' values, and selectors for them."""

    def __init__(self, root: HtmlElement) -> None:
        super().__init__(root)
        self.why: dict[str, str] = {}  # field -> why no candidate was found

    def elements(self) -> Iterator[HtmlElement]:
        body = self.root.find("body")
        for el in (body if body is not None else self.root).iter():
            if isinstance(el, HtmlElement) and el.tag not in _SKIP_TAGS:
                yield el

    def smallest_with(self, pred: Callable[[str], bool]) -> list[HtmlElement]:
        """Elements whose text satisfies ``pred`` and none of whose children does."""
        found = [el for el in self.elements() if pred(self.text(el))]
        inner = set()
        for el in found:
            parent = el.getparent()
            while parent is not None:
                inner.add(parent)
                parent = parent.getparent()
        return [el for el in found if el not in inner]

    # --------------------------------------------------------- per field

    def title(self, art: Article, page: Page) -> list[Selector]:
        if not art.title:
            return []
        want = _fold(art.title)
        els = self.smallest_with(lambda t: _fold(t) == want)
        els.sort(key=lambda e: (_HEADING_RANK.get(e.tag, 9), _depth(e)))
        out = [s for el in els[:3] for s in self.unique(el, "title")]
        out.extend(self.meta_candidates(page, ("og:title", "twitter:title"), art.title))
        heads = page.css("head title") or page.css("title")
        if len(heads) == 1:  # the <title>, with the site's name trimmed off as the rules did
            trimmed = _trimmed("title", None, element_text(heads[0]), art.title)
            if trimmed is not None:
                out.append(trimmed)
        return out[:MAX_CANDIDATES]

    def byline(self, art: Article, page: Page) -> list[Selector]:
        if art.byline is None or not art.authors:
            return []
        raw = normalize_space(art.byline.raw)
        els = self.smallest_with(lambda t: raw in t) if raw else []
        if not els:  # raw may be assembled from metadata; find the first author instead
            first = art.authors[0]
            els = self.smallest_with(lambda t: first in t and len(t) < 4 * len(raw) + 20)
        # A name the metadata gave may also sit in a menu or a footer ("ТАСС" heading the
        # agency's menu): only an element the markup or its wording marks as a byline counts.
        els = [el for el in els if self.marked_as_byline(el)]
        out: list[Selector] = []
        for el in els[:3]:
            out.extend(self.unique(el, "byline"))
            out.extend(self.first_of(el, "byline"))
        out.extend(self.meta_candidates(page, _AUTHOR_META, raw))
        rule = art.provenance.get("byline")
        if rule is not None and rule.rule in ("jsonld:author", "jsonld:author-organisation"):
            out.append(_JSONLD_AUTHOR)  # one author's name (several fail the check and go)
        return dedupe(out)[:MAX_CANDIDATES]

    def marked_as_byline(self, el: HtmlElement) -> bool:
        """``el`` reads "By ..." or it, or an ancestor near it, is named as a byline/author."""
        return bool(_BY_LINE_RE.match(self.text(el))) or _marked(el, _BYLINE_MARK_RE)

    def marked_as_section(self, el: HtmlElement) -> bool:
        """``el``, or an ancestor near it, is named as a breadcrumb, section, kicker, or the
        current item of a menu: a section name in a plain menu is one of many."""
        return _marked(el, _SECTION_MARK_RE)

    def authors(self, art: Article) -> list[Selector]:
        """One selector matching exactly one element per author name, in byline order."""
        if len(art.authors) < 1:
            return []
        per_name = []
        for person in art.authors:
            els = [e for e in self.smallest_with(person.__eq__) if self.marked_as_byline(e)]
            if not els:
                return []
            per_name.append(els)
        targets = [els[0] for els in per_name]
        out = []
        for sel in self.shared(targets, "authors"):
            out.append(sel)
        return out[:MAX_CANDIDATES]

    def published(self, art: Article, page: Page) -> list[Selector]:
        from copydesk.heuristics.dates import parse_date

        if art.published is None:
            return []
        # Without a language, dateparser tries every locale it knows: seconds per text.
        langs = [(art.language or "en")[:2].lower()]
        out: list[Selector] = []
        # <time datetime> and [itemprop=datePublished] elements, in document order.
        for el in self.root.iter("time", "meta", "span", "div", "p", "abbr"):
            if not isinstance(el, HtmlElement):
                continue
            itemprop = (el.get("itemprop") or "").lower()
            attr = "datetime" if el.get("datetime") else "content" if el.get("content") else None
            if el.tag == "meta":
                key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
                if key not in _DATE_META:
                    continue
            elif el.tag != "time" and itemprop != "datepublished":
                continue
            value = el.get(attr) if attr else self.text(el)
            if not value or parse_date(value[:200], now=page.now, languages=langs) != art.published:
                continue
            for sel in self.unique(el, "published"):
                out.append(Selector(css=sel.css, attr=attr))
            if out:
                break
        if not out:  # a visible date line whose text is the date, date-named ones first
            short = self.smallest_with(_looks_like_date_line)
            short.sort(key=lambda e: not semantic(f"{e.get('class')} {e.get('id')}", "published"))
            for el in short[:MAX_DATE_LOOKUPS]:
                if parse_date(self.text(el), now=page.now, languages=langs) == art.published:
                    out.extend(self.unique(el, "published"))
                    if out:
                        break
        rule = art.provenance.get("published")
        if rule is not None and rule.rule == "jsonld:datePublished":
            # JSON-LD is as stable as a site's templates get, but CSS cannot read a script's
            # text: an XPath returns it and a regex picks the date out.
            out.append(_JSONLD_DATE)
        return dedupe(out)[:MAX_CANDIDATES]

    def section(self, art: Article, page: Page) -> list[Selector]:
        if not art.section:
            return []
        out = self.meta_candidates(page, ("article:section",), art.section)
        want = _fold(art.section)
        els = [
            e for e in self.smallest_with(lambda t: _fold(t) == want) if self.marked_as_section(e)
        ]
        els.sort(key=lambda e: (not _in_breadcrumb(e), _depth(e)))
        for el in els[:3]:
            out.extend(self.unique(el, "section"))
            out.extend(self.first_of(el, "section"))
        return dedupe(out)[:MAX_CANDIDATES]

    def body(self, art: Article) -> list[Selector]:
        paragraphs = art.paragraphs
        if not paragraphs:
            return []
        index: dict[str, list[HtmlElement]] = {}
        for el in self.elements():
            if el.tag in _BLOCK_TAGS:
                index.setdefault(self.text(el), []).append(el)
        hits: list[tuple[int, HtmlElement]] = []  # (paragraph number, its element)
        unmatched: list[tuple[int, str]] = []
        for i, text in enumerate(paragraphs):
            els = index.get(text)
            if not els and i < 3:  # the dateline was cut from the front of this one
                els = [e for t, es in index.items() if t.endswith(text) for e in es][:1]
            if els:
                hits.append((i, els[-1]))  # the innermost of equal-text nestings
            else:
                unmatched.append((i, text))
        # Paragraphs cut from <br> runs or bare text have no element of their own: use the
        # smallest element containing them (for a sample; each lookup scans the page).
        step = max(1, len(unmatched) // MAX_CONTAINED_LOOKUPS)
        sample = unmatched[::step][:MAX_CONTAINED_LOOKUPS]
        found_in_sample = 0
        for i, text in sample:
            els = self.smallest_with(_contains(text))
            if els:
                hits.append((i, els[0]))
                found_in_sample += 1
        found = len(paragraphs) - len(unmatched)
        if sample:
            found += round(len(unmatched) * found_in_sample / len(sample))
        if not hits or found < MIN_BODY_PARAGRAPHS_FOUND * len(paragraphs):
            self.why["body"] = "its paragraphs are not in the page's markup as shown"
            return []
        matched = [el for _, el in sorted(hits, key=lambda h: h[0])]
        container = _common_ancestor(matched)
        if container is None:
            return []
        around = self.containers_from(container)
        # The story may open with a standfirst outside its container (the body rules add
        # it): name both, "LEAD, CONTAINER", which selects them in document order.
        split = []
        for k in (1, 2):
            if len(matched) <= k + 1:
                break
            inner = _common_ancestor(matched[k:])
            lead = matched[0] if k == 1 else _common_ancestor(matched[:k])
            if inner is None or lead is None or _related(lead, inner):
                continue
            lead_sels, inner_sels = self.unique(lead, "body")[:1], self.containers_from(inner)
            if lead_sels and inner_sels:
                split.append(Selector(css=f"{lead_sels[0].css}, {inner_sels[0].css}"))
        return dedupe([*around[:2], *split, *around[2:]])[:MAX_CANDIDATES]

    def containers_from(self, container: HtmlElement) -> list[Selector]:
        """Stable selectors for ``container`` and its ancestors, nearest first."""
        out: list[Selector] = []
        steps = 0
        node: HtmlElement | None = container
        while node is not None and steps <= MAX_ANCESTOR_STEPS and node.tag not in ("body", "html"):
            out.extend(self.unique(node, "body")[:2])
            node = node.getparent()
            steps += 1
        return out

    def meta_candidates(self, page: Page, keys: Sequence[str], want: str) -> list[Selector]:
        out = []
        for key in keys:
            for attr in ("property", "name"):
                css = f'meta[{attr}="{key}"]'
                els = page.css(css)
                if len(els) == 1:
                    sel = _trimmed(css, "content", els[0].get("content") or "", want)
                    if sel is not None:
                        out.append(sel)
        return out


_HEADING_RANK = {"h1": 0, "h2": 1, "h3": 2}
# Attributes whose values say what an element is (data-* ones are read too).
_MARK_ATTRS = frozenset({"class", "id", "itemprop", "itemtype", "rel", "role", "aria-label"})
# Words marking a byline element: "byline", "c-byline__name", "author", "dc.creator",
# "data-author-name", "contributor", "writer", "reporter". Case-insensitive substring.
_BYLINE_MARK_RE = re.compile(r"byline|author|creator|contributor|writer|reporter", re.I)
# Words marking where a page names its section: "breadcrumb", "BreadcrumbList" (itemtype),
# "article-section", "category", "kicker", "eyebrow", "rubric", "Ressort", "topic",
# "channel", "vertical", and a menu's "current"/"active" item. Case-insensitive substring.
_SECTION_MARK_RE = re.compile(
    r"crumb|section|categor|kicker|eyebrow|rubri|ressort|topic|channel|vertical|current|active",
    re.I,
)
# A line that starts like a byline: "By Ann Lee", "Von Anna Schmidt", "Par Jean Dupont".
_BY_LINE_RE = re.compile(r"^\s*(?:by|von|par|por|di|door|av)\s+\S", re.I)


_JSONLD_DATE = Selector(
    xpath="//script[@type='application/ld+json']/text()",
    transforms=(r'regex:"datePublished"\s*:\s*"(?P<value>[^"]{6,40})"', "first"),
)


_JSONLD_AUTHOR = Selector(
    xpath="//script[@type='application/ld+json']/text()",
    transforms=(
        r'regex:"author"\s*:\s*\[?\s*\{[^{}]*?"name"\s*:\s*"(?P<value>[^"]{2,80})"',
        "first",
    ),
)
# Author meta tags the byline rules read.
_AUTHOR_META = ("author", "article:author", "parsely-author", "sailthru.author", "byl")


def _marked(el: HtmlElement, marks_re: re.Pattern[str]) -> bool:
    """``el`` or one of its nearest ancestors has a class, id, itemprop, ``data-*`` name or
    value ... that ``marks_re`` finds."""
    node: HtmlElement | None = el
    for _ in range(MAX_ANCESTOR_STEPS + 1):
        if node is None or node.tag in ("body", "html"):
            return False
        marks = " ".join(
            f"{k} {v}" if k.startswith("data-") else v
            for k, v in node.attrib.items()
            if k in _MARK_ATTRS or k.startswith("data-")
        )
        if marks_re.search(marks):
            return True
        node = node.getparent()
    return False


def _looks_like_date_line(text: str) -> bool:
    return MIN_DATE_TEXT_CHARS <= len(text) < MAX_DATE_TEXT_CHARS and bool(_DATEISH_RE.search(text))


def _trimmed(css: str, attr: str | None, value: str, want: str) -> Selector | None:
    """``css`` reading ``want`` out of ``value``: as is, or with a site name cut off."""
    value = normalize_space(value)
    if not want or want not in value:
        return None
    if value == want:
        return Selector(css=css, attr=attr)
    if value.startswith(want):  # "Headline | Site": the site part is the same on every page
        return Selector(css=css, attr=attr, transforms=(f"strip_suffix:{value[len(want) :]}",))
    if value.endswith(want):
        return Selector(css=css, attr=attr, transforms=(f"strip_prefix:{value[: -len(want)]}",))
    return None


def _contains(part: str) -> Callable[[str], bool]:
    return lambda text: part in text


def _fold(text: str) -> str:
    return normalize_space(text).casefold().replace("’", "'").replace("‘", "'")


def _depth(el: HtmlElement) -> int:
    return sum(1 for _ in el.iterancestors())


def _in_breadcrumb(el: HtmlElement) -> bool:
    for anc in (el, *el.iterancestors()):
        marks = " ".join((anc.get("class") or "", anc.get("id") or "", anc.get("aria-label") or ""))
        if "crumb" in marks.lower():
            return True
    return False


def _related(a: HtmlElement, b: HtmlElement) -> bool:
    """True if one element contains the other (or they are the same)."""
    return a is b or a in b.iterancestors() or b in a.iterancestors()


def _common_ancestor(els: Sequence[HtmlElement]) -> HtmlElement | None:
    paths = [[*reversed(list(e.iterancestors())), e] for e in els]
    common: HtmlElement | None = None
    for level in zip(*paths, strict=False):
        if all(x is level[0] for x in level):
            common = level[0]
        else:
            break
    if common is not None and len(els) == 1 and common is els[0]:
        common = els[0].getparent()
    return common
