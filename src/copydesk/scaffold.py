"""Draft an outlet profile from one page: ``copydesk profiles new DOMAIN PAGE.html``.

Writing a profile starts with reading the page's markup for the elements that hold the
headline, byline, date, section and story. This module does that legwork: it runs the
generic heuristics on the page, finds the elements holding what they extracted, and
proposes *stable* selectors for them — ``itemprop``, ``data-*`` attributes, semantic class
names (``byline``, ``headline``, ``article-body``) and ids that do not look generated —
never ``nth-child`` chains or hashed class names such as ``css-1x2y3z``. Each selector is
checked to select exactly the element it was made for.

The draft is then verified: parsed with the drafted profile, the page must give the same
title, authors, published date, section and paragraphs as the heuristics did. A field whose
selector does not reproduce the heuristics' answer is left out (and said so in the notes),
so a draft never makes a page worse. What the draft cannot know is which of its choices hold
on the outlet's *other* pages: check it against a few of them (see ``docs/profiles.md``).

>>> html = '''<html><body><article>
... <h1 class="headline">Tide turns at the harbour</h1>
... <p class="byline">By Ann Lee</p>
... <div class="article-body"><p>The harbour, long quiet, filled with boats again.</p>
... <p>Fishermen said the season, late by weeks, had finally begun in earnest.</p></div>
... </article></body></html>'''
>>> draft = draft_profile(html, "https://www.harbour.example/news/tide", domain="harbour.example")
>>> draft.profile.name, draft.profile.title[0].css, draft.profile.byline[0].css
('harbour', 'h1.headline', 'p.byline')
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from typing import Any

import attrs
from lxml.html import HtmlElement

from copydesk.cleaning import element_text, normalize_space
from copydesk.model import Article
from copydesk.page import Page
from copydesk.profile import Profile, Selector
from copydesk.selectors import SelectorSyntaxError, select

#: The fields a draft proposes selectors for, in the order they are written out.
DRAFT_FIELDS: tuple[str, ...] = ("title", "byline", "authors", "published", "section", "body")
#: Selector candidates tried per field before giving up on it (each try is one parse).
MAX_CANDIDATES = 4
#: How many ancestors up to look for a stable anchor ("article h1") or body container.
MAX_ANCESTOR_STEPS = 6
#: Attribute values longer than this are content, not identifiers.
MAX_ATTR_VALUE_CHARS = 60
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

# Class names and ids that name what an element IS; preferred over neutral ones.
_SEMANTIC_WORDS = (
    "headline",
    "title",
    "heading",
    "hed",
    "byline",
    "author",
    "contributor",
    "writer",
    "date",
    "time",
    "published",
    "timestamp",
    "posted",
    "breadcrumb",
    "crumb",
    "section",
    "category",
    "kicker",
    "eyebrow",
    "body",
    "content",
    "article",
    "story",
    "entry",
    "post",
    "text",
    "main",
)
# A plain CSS identifier; anything else would need escaping and is rarely a stable name.
_IDENT_RE = re.compile(r"^-?[A-Za-z_][A-Za-z0-9_-]*$")
# Generated names: CSS-in-JS prefixes (css-1x2y3z, sc-bdVaJa, jsx-123, emotion-0), and
# CSS-modules hashes (Title_title__3xYz1, styles_body-a1b2c). Both change on every deploy.
_HASHED_PREFIX_RE = re.compile(r"^(?:css|sc|jsx|emotion|styled|svelte|astro|chakra|mui)-", re.I)
_MODULE_HASH_RE = re.compile(r"(?:__|_|-)[A-Za-z0-9]{5,}$")
_DIGITS_RE = re.compile(r"\d")
_SCHEME_RE = re.compile(r"^[a-z][a-z0-9+.-]*://")
# A year or a numeric date: the cheap filter before the (slow) date parser sees a text.
_DATEISH_RE = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")
# Ids like "post-1932754" or "article_87A3F": a record number, different on every page.
_ID_NUMBER_RE = re.compile(r"\d{3,}|[0-9a-f]{8,}", re.I)
# data-* attributes that hold per-page state or framework bookkeeping, not a role.
_UNSTABLE_DATA_ATTRS = frozenset(
    {
        "data-reactid",
        "data-reactroot",
        "data-id",
        "data-uuid",
        "data-index",
        "data-key",
        "data-src",
        "data-href",
        "data-url",
        "data-analytics",
        "data-track",
        "data-tracking",
        "data-v-app",
        "data-hydrate",
        "data-props",
        "data-state",
        "data-style",
        "data-srcset",
    }
)
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


@attrs.frozen(kw_only=True)
class Draft:
    """A drafted profile, its Python module text, and what was (not) drafted and why."""

    profile: Profile
    source: str
    notes: tuple[str, ...]
    article: Article  # the heuristics' answer the draft reproduces


def draft_profile(
    html: str | bytes,
    url: str | None = None,
    *,
    domain: str | None = None,
    name: str | None = None,
    now: datetime | None = None,
    page_label: str | None = None,
) -> Draft:
    """Draft a profile for ``domain`` from one page. See the module docstring.

    Raises:
        ValueError: no domain was given and the page has no URL to take one from.
    """
    from copydesk.engine import extract

    page = Page(html, url, now=now)
    # Accept what people paste: "https://www.example.com/news/" means "example.com/news".
    domain = _SCHEME_RE.sub("", (domain or page.domain or "").strip().lower()).strip("/")
    domain = domain.removeprefix("www.")
    if not domain:
        raise ValueError("give the outlet's domain (the page has no URL to take it from)")
    name = name or profile_name(domain)
    base = extract(page, ())
    finder = _Finder(page.root)
    candidates: dict[str, list[Selector]] = {
        "title": finder.title(base, page),
        "byline": finder.byline(base, page),
        "authors": finder.authors(base),
        "published": finder.published(base, page),
        "section": finder.section(base, page),
        "body": finder.body(base),
    }
    notes: dict[str, str] = {}
    chosen: dict[str, Selector] = {}
    # Try candidates round by round: every undecided field's next candidate in one parse.
    for depth in range(MAX_CANDIDATES):
        trying = {f: c[depth] for f, c in candidates.items() if f not in chosen and len(c) > depth}
        if "byline" in chosen:
            trying.pop("authors", None)  # one of byline/authors is enough
        if not trying:
            break
        trial = _profile(name, domain, {**chosen, **trying})
        got = extract(page, [trial])
        for field, sel in trying.items():
            if _reproduces(field, base, got):
                chosen[field] = sel
    if "byline" in chosen:
        chosen.pop("authors", None)
    for field in DRAFT_FIELDS:
        if field in chosen:
            notes[field] = f"{field}: {chosen[field].label}"
        elif field == "authors":
            continue
        elif not _has(field, base):
            notes[field] = f"{field}: not drafted (the heuristics found none on this page)"
        elif not candidates[field] and not (field == "byline" and candidates["authors"]):
            why = finder.why.get(field, "no stable selector selects it exactly")
            notes[field] = f"{field}: not drafted ({why})"
        else:
            notes[field] = f"{field}: not drafted (no selector reproduced the heuristics' value)"
    profile = _profile(name, domain, chosen)
    final = extract(page, [profile])
    for field in DRAFT_FIELDS:  # belt and braces: the fields chosen together still agree
        if field in chosen and not _reproduces(field, base, final):
            chosen.pop(field)
            notes[field] = f"{field}: not drafted (conflicted with the other selectors)"
    profile = _profile(name, domain, chosen)
    note_lines = tuple(notes[f] for f in DRAFT_FIELDS if f in notes)
    source = render_module(profile, notes=note_lines, page_label=page_label or url)
    return Draft(profile=profile, source=source, notes=note_lines, article=base)


def profile_name(domain: str) -> str:
    """A profile name from a domain: the outlet's label, as a Python-friendly word.

    >>> profile_name("www.columbian.com"), profile_name("news.bbc.co.uk/sport")
    ('columbian', 'bbc')
    """
    host = domain.split("/", 1)[0].lower()
    labels = [x for x in host.split(".") if x and x != "www"]
    if len(labels) > 1:
        labels = labels[:-1]  # the top-level domain
    if len(labels) > 1 and labels[-1] in ("co", "com", "org", "net", "ac", "gov", "ne", "or"):
        labels = labels[:-1]
    word = re.sub(r"[^a-z0-9]+", "_", labels[-1] if labels else host).strip("_")
    return word or "outlet"


# ---------------------------------------------------------------- verification


def _has(field: str, art: Article) -> bool:
    if field in ("byline", "authors"):
        return bool(art.authors)
    if field == "body":
        return bool(art.paragraphs)
    return getattr(art, field) is not None


def _reproduces(field: str, base: Article, got: Article) -> bool:
    if field in ("byline", "authors"):
        return bool(base.authors) and got.authors == base.authors
    if field == "body":
        return bool(base.paragraphs) and got.paragraphs == base.paragraphs
    want = getattr(base, field)
    return want is not None and getattr(got, field) == want


def _profile(name: str, domain: str, chosen: dict[str, Selector]) -> Profile:
    fields: dict[str, Any] = {f: (chosen[f],) for f in DRAFT_FIELDS if f in chosen}
    return Profile(name=name, domains=(domain,), **fields)


# ---------------------------------------------------------------- finding elements


class _Finder:
    """Finds the elements that hold the heuristics' values, and selectors for them."""

    def __init__(self, root: HtmlElement) -> None:
        self.root = root
        self._texts: dict[HtmlElement, str] = {}
        self.why: dict[str, str] = {}  # field -> why no candidate was found

    def text(self, el: HtmlElement) -> str:
        got = self._texts.get(el)
        if got is None:
            got = self._texts[el] = element_text(el)
        return got

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
        out: list[Selector] = []
        for el in els[:3]:
            out.extend(self.unique(el, "byline"))
            out.extend(self.first_of(el, "byline"))
        out.extend(self.meta_candidates(page, _AUTHOR_META, raw))
        rule = art.provenance.get("byline")
        if rule is not None and rule.rule == "jsonld:author":
            out.append(_JSONLD_AUTHOR)  # one author's name (several fail the check and go)
        return _dedupe(out)[:MAX_CANDIDATES]

    def authors(self, art: Article) -> list[Selector]:
        """One selector matching exactly one element per author name, in byline order."""
        if len(art.authors) < 1:
            return []
        per_name = []
        for person in art.authors:
            els = self.smallest_with(person.__eq__)
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
            short.sort(key=lambda e: not _semantic(f"{e.get('class')} {e.get('id')}", "published"))
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
        return _dedupe(out)[:MAX_CANDIDATES]

    def section(self, art: Article, page: Page) -> list[Selector]:
        if not art.section:
            return []
        out = self.meta_candidates(page, ("article:section",), art.section)
        want = _fold(art.section)
        els = self.smallest_with(lambda t: _fold(t) == want)
        els.sort(key=lambda e: (not _in_breadcrumb(e), _depth(e)))
        for el in els[:3]:
            out.extend(self.unique(el, "section"))
            out.extend(self.first_of(el, "section"))
        return _dedupe(out)[:MAX_CANDIDATES]

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
        return _dedupe([*around[:2], *split, *around[2:]])[:MAX_CANDIDATES]

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

    # --------------------------------------------------------- selectors

    def count(self, css: str) -> list[HtmlElement]:
        try:
            return [e for e in select(self.root, css=css) if isinstance(e, HtmlElement)]
        except SelectorSyntaxError:
            return []

    def unique(self, el: HtmlElement, field: str) -> list[Selector]:
        """Stable selectors that select ``el`` and nothing else, best first."""
        out = [Selector(css=css) for css in self._unique_css(el, field)]
        return out[:3]

    def _unique_css(self, el: HtmlElement, field: str) -> Iterator[str]:
        for css in self._css_candidates(el, field):
            if self.count(css) == [el]:
                yield css

    def _css_candidates(self, el: HtmlElement, field: str, *, bare: bool = True) -> Iterator[str]:
        """CSS naming ``el``: by its own markup, then under a stable ancestor, then its tag."""
        own = own_selectors(el, field)
        tag = own[-1]  # the tag name alone: a last resort, except for a page's one <h1>
        yield from own if el.tag == "h1" else own[:-1]
        # Anchored under a stable ancestor: "article h1", ".story-meta time".
        anc = el.getparent()
        for _ in range(MAX_ANCESTOR_STEPS):
            if anc is None or anc.tag in ("html",):
                break
            anchors = own_selectors(anc, field)[:-1][:4]
            if anc.tag in _ANCHOR_TAGS:
                anchors.append(anc.tag)
            for anc_css in anchors:
                for css in own[:4]:
                    yield f"{anc_css} {css}"
            anc = anc.getparent()
        if bare:
            yield tag

    def first_of(self, el: HtmlElement, field: str) -> list[Selector]:
        """A stable selector whose first (or last) match is ``el``, with that transform."""
        out = []
        for css in self._css_candidates(el, field, bare=False):
            matches = self.count(css)
            if len(matches) > 1 and matches[0] is el:
                out.append(Selector(css=css, transforms=("first",)))
            elif len(matches) > 1 and matches[-1] is el:
                out.append(Selector(css=css, transforms=("last",)))
            if len(out) >= 2:
                break
        return out

    def shared(self, targets: list[HtmlElement], field: str) -> list[Selector]:
        """Stable selectors that select exactly ``targets``, in order."""
        out = []
        for css in own_selectors(targets[0], field):
            if self.count(css) == targets:
                out.append(Selector(css=css))
            elif self.count(css)[: len(targets)] == targets and len(targets) == 1:
                out.append(Selector(css=css, transforms=("first",)))
        return _dedupe(out)


def own_selectors(el: HtmlElement, field: str = "") -> list[str]:
    """Selectors naming ``el`` by its own markup, most stable first (uniqueness unchecked).

    >>> import lxml.html
    >>> el = lxml.html.fragment_fromstring(
    ...     '<div id="post-1932754" class="css-1x2y3z story-body" itemprop="articleBody"></div>')
    >>> own_selectors(el, "body")
    ['div[itemprop="articleBody"]', 'div.story-body', 'div']
    """
    tag = el.tag if isinstance(el.tag, str) else "*"
    out: list[str] = []
    props = [p for p in (el.get("itemprop") or "").split() if _IDENT_RE.match(p)]
    if len(props) == 1:
        out.append(f'{tag}[itemprop="{props[0]}"]')
    else:  # "description articleBody": match one word of the list, the field's first
        props.sort(key=lambda p: not _semantic(p, field))
        out.extend(f'{tag}[itemprop~="{p}"]' for p in props[:2])
    if tag == "meta":
        for attr in ("property", "name"):
            value = el.get(attr)
            if value and _plain_value(value):
                out.append(f'meta[{attr}="{value}"]')
    if el.get("rel") and _plain_value(el.get("rel") or ""):
        out.append(f'{tag}[rel="{el.get("rel")}"]')
    for attr, value in sorted(el.attrib.items()):
        if (
            attr.startswith("data-")
            and attr not in _UNSTABLE_DATA_ATTRS
            and _IDENT_RE.match(attr)
            and _plain_value(value)
            and _stable_name(value.replace(" ", "-"))
        ):
            out.append(f'{tag}[{attr}="{value}"]')
    el_id = el.get("id")
    if el_id and _stable_id(el_id):
        out.append(f"#{el_id}")
    classes = [c for c in (el.get("class") or "").split() if _stable_name(c)]
    classes.sort(
        key=lambda c: (
            not _semantic(c, field),
            not _semantic(c, ""),
            bool(_DIGITS_RE.search(c)),
            len(c),
        )
    )
    out.extend(f"{tag}.{c}" for c in classes[:4])
    if len(classes) > 1:
        out.append(f"{tag}.{classes[0]}.{classes[1]}")
    for attr in ("aria-label", "role"):
        value = el.get(attr)
        if value and _plain_value(value) and len(value) < 30:
            out.append(f'{tag}[{attr}="{value}"]')
    out.append(tag)
    return list(dict.fromkeys(out))


def _plain_value(value: str) -> bool:
    return 0 < len(value) <= MAX_ATTR_VALUE_CHARS and not any(c in value for c in '"\\\n{}')


def _stable_name(name: str) -> bool:
    """True for class names a human chose; False for generated ones (css-1x2y3z ...)."""
    if not _IDENT_RE.match(name) or len(name) > 40:
        return False
    if _HASHED_PREFIX_RE.match(name):
        return False
    tail = _MODULE_HASH_RE.search(name)
    if tail and _DIGITS_RE.search(tail.group()) and re.search(r"[A-Za-z]", tail.group()[1:]):
        return False  # a hash-like tail mixing letters and digits: Title_title__3xYz1
    digits = len(_DIGITS_RE.findall(name))
    return digits <= 2 or digits * 3 <= len(name) // 2


def _stable_id(value: str) -> bool:
    return _stable_name(value) and not _ID_NUMBER_RE.search(value)


def _semantic(name: str, field: str) -> bool:
    low = name.lower()
    words = _FIELD_WORDS.get(field, _SEMANTIC_WORDS) if field else _SEMANTIC_WORDS
    return any(w in low for w in words)


_FIELD_WORDS = {
    "title": ("headline", "title", "heading", "hed"),
    "byline": ("byline", "author", "contributor", "writer", "by"),
    "authors": ("author", "contributor", "writer", "name"),
    "published": ("date", "time", "published", "timestamp", "posted"),
    "section": ("breadcrumb", "crumb", "section", "category", "kicker", "eyebrow"),
    "body": ("body", "content", "article", "story", "entry", "text"),
}
_HEADING_RANK = {"h1": 0, "h2": 1, "h3": 2}
# Ancestors whose bare tag name is a meaningful anchor ("article h1", "header time").
_ANCHOR_TAGS = frozenset({"article", "main", "header"})


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


def _dedupe(sels: list[Selector]) -> list[Selector]:
    return list(dict.fromkeys(sels))


# ---------------------------------------------------------------- module text


def render_module(
    profile: Profile, *, notes: Sequence[str] = (), page_label: str | None = None
) -> str:
    '''The profile as a Python module defining ``PROFILE``, ready for ``profiles check``.

    >>> print(render_module(Profile(name="x", domains=("x.example",), title=("h1",))))
    ... # doctest: +ELLIPSIS
    """Draft profile for x.example...
    PROFILE = Profile(
        name='x',
        domains=('x.example',),
        title=('h1',),
    )
    <BLANKLINE>
    '''
    lines = [f'"""Draft profile for {", ".join(profile.domains)}.', ""]
    if page_label:
        label = page_label.replace('"""', "'''").replace("\\", "/")
        lines += ["Made by `copydesk profiles new` from:", f"    {label}", ""]
    lines += [
        "Check each selector on a few other pages of the outlet before relying on it, then",
        "add a fixture pair (page + expected JSON) so a redesign cannot break it silently.",
    ]
    if notes:
        lines += ["", "Drafted:", *(f"    {n}" for n in notes)]
    lines += [
        '"""',
        "",
        "from copydesk import Profile, Selector  # noqa: F401",
        "",
        "PROFILE = Profile(",
        f"    name={profile.name!r},",
        f"    domains={_tuple(profile.domains)},",
    ]
    if profile.description:
        lines.append(f"    description={profile.description!r},")
    for field in DRAFT_FIELDS:
        sels = profile.selectors(field)
        if sels:
            lines.append(f"    {field}=({''.join(_selector_src(s) + ', ' for s in sels)[:-2]},),")
    if profile.drop:
        lines.append(f"    drop={_tuple(profile.drop)},")
    lines += [")", ""]
    return "\n".join(lines)


def _tuple(items: Sequence[str]) -> str:
    return "(" + ", ".join(repr(x) for x in items) + ("," if len(items) == 1 else "") + ")"


def _selector_src(sel: Selector) -> str:
    if sel.css is not None and not sel.attr and not sel.transforms:
        return repr(sel.css)
    args = []
    if sel.css is not None:
        args.append(f"css={sel.css!r}")
    if sel.xpath is not None:
        args.append(f"xpath={sel.xpath!r}")
    if sel.attr:
        args.append(f"attr={sel.attr!r}")
    if sel.transforms:
        args.append(f"transforms={_tuple(sel.transforms)}")
    return f"Selector({', '.join(args)})"
