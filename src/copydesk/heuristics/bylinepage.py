"""Byline rules that read the visible page: byline/author elements, "By ..." lines.

A page carries many author-looking things besides the story's byline: comment authors,
teaser cards, "about the author" boxes, photo credits. These rules look near the headline
first and treat comment threads, teasers, sidebars and bio boxes as foreign. Metadata rules
and the rule chain live in :mod:`copydesk.heuristics.byline`.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterator, Sequence

from lxml import etree
from lxml.html import HtmlElement

from copydesk.cleaning import clean_text, element_text
from copydesk.heuristics.agencies import agency_name
from copydesk.heuristics.bylinetext import (
    byline_from_names,
    parse_byline,
    strip_prefix,
)
from copydesk.model import Byline, Person
from copydesk.page import Page
from copydesk.rules import Context, Found

#: A byline element's text is short; longer text is an author bio or a teaser list.
MAX_BYLINE_ELEMENT_CHARS = 250
#: How many elements after the headline a visible "By ..." line may sit.
MAX_ELEMENTS_AFTER_HEADLINE = 400
#: Shorter <h1> text is a logo or an icon, not the story's headline.
MIN_HEADLINE_CHARS = 4
#: How many elements before the headline a date/author line may sit.
ELEMENTS_BEFORE_HEADLINE = 40
#: An hCard name element holds one name, never a sentence.
MAX_NAME_ELEMENT_CHARS = 60
#: With no <h1> to start from, how many elements of the page a "By ..." line is looked for in.
MAX_ELEMENTS_WITHOUT_HEADLINE = 3000
#: A byline this close after the headline (in elements) is the story's, whatever its class.
NEAR_HEADLINE_ELEMENTS = 40

# Ancestors whose class/id says "not this story's byline": comments, teasers, sidebars.
# Matched against each hyphen/underscore-delimited part of each class/id token, so "nav"
# does not hit "canvas" and "comment" does hit "comment-list" and "post_comments".
_FOREIGN_WORD_RE = re.compile(
    r"""(?:^|[-_])(comment\w*|related|sidebar|footer|recommend(?:ed|ations?)?|teasers?
        |promo|newsletter|popular|trending|outbrain|taboola|nav|navbar|navigation|menu
        |share|sharing|social|bio|authorbio|about|widget-area|respond|reply|replies
        |more-stories|morestories|rail)(?:$|[-_])""",
    re.IGNORECASE | re.VERBOSE,
)
_NOT_BYLINE_TAGS = frozenset({"script", "style", "a", "h1", "h2", "h3", "h4", "h5", "h6", "title"})
# An element that is only a byline label: the name follows in the next element.
_LABEL_RE = re.compile(
    r"""(?i)\s*(?:(?:written|posted|geschrieben|verfasst|erstellt|eingestellt)\s+)?
        (?:by|von|par|por)\s*:?\s*
        |\s*(?:autor|autorin|autoren|author|authors|auteur|autore|text|redaktion)\s*:?\s*""",
    re.VERBOSE,
)
# A class that describes the page layout, not the box: "has-double-sidebar", "no-comments".
_LAYOUT_FLAG_RE = re.compile(r"(?i)(?:has|with|no|is|show|hide|enable|disable)[-_]")
# A label naming the author outright ("Autor:", "Text:", "Written by"), trusted anywhere
# in the story, unlike a bare "By"/"Von" that also opens ordinary sentences and teasers.
_STRONG_LABEL_RE = re.compile(
    r"""(?i)[\s\-–—|•·]*(?:(?:written|posted|geschrieben|verfasst|erstellt|eingestellt)\s+(?:by|von)
        |(?:autor|autorin|autoren|author|authors|auteur|autore|text|redaktion|by|von)\s*:)
        |\s*(?:autor|autorin|autoren|author|auteur|autore)\s*""",
    re.VERBOSE,
)
# A footer named after the post itself ("post-footer", "entry-footer"): the post's own.
_OWN_FOOTER_RE = re.compile(r"(?i)(?:post|entry|article|story)[-_]footer")
# Foreign-box words that sites also use for the story's own header ("teaser__metadata").
_WEAK_FOREIGN_WORDS = frozenset({"teaser", "teasers", "promo", "rail"})
_FOREIGN_TAGS = frozenset({"aside", "footer", "nav", "form", "button", "select"})
# A visible line that opens like a byline.
_BY_LINE_RE = re.compile(
    r"""^[\s\-–—|•·]*(?i:(?:(?:written|posted|reported|story|text|geschrieben|erstellt|verfasst|eingestellt)\s+)?
        (?:by|von|par|por)\b|(?:by|von|autor|autorin|author|text|redaktion)\s*:)""",
    re.VERBOSE,
)


# ---------------------------------------------------------------- the visible page


def _is_foreign(el: HtmlElement) -> bool:
    """True when ``el`` sits in a comment thread, teaser list, sidebar or footer."""
    node: HtmlElement | None = el
    depth = 0
    near = _near_headline(el)
    while node is not None and depth < 30:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _FOREIGN_TAGS and not (tag == "footer" and _in_article(node)):
            return True  # a <footer> inside the <article> is the post's own (blog bylines)
        if tag in ("body", "html"):
            return False
        if tag == "article" and node.find(".//h1") is None and _headline_in_article(el):
            return True  # another <article> than the one holding the headline: a teaser card
        # The element's own class counts too ("comment-author").
        tokens = [
            t
            for t in f"{node.get('class') or ''} {node.get('id') or ''}".split()
            if not _LAYOUT_FLAG_RE.match(t)  # "has-sidebar", "with-navigation": page flags
        ]
        # A container that holds the headline is the story's (or the page layout's,
        # "right-sidebar", "with-navigation"), never a foreign box.
        hits = {m.group(1).lower() for t in tokens if (m := _FOREIGN_WORD_RE.search(t))}
        if hits == {"footer"} and (
            _in_article(node) or any(_OWN_FOOTER_RE.search(t) for t in tokens)
        ):
            hits.clear()  # "post-footer", or a footer inside the <article>: the post's own
        # Right under the headline, a "teaser__meta" box is the story's own header.
        if near:
            hits -= _WEAK_FOREIGN_WORDS
        if hits and node.find(".//h1") is None:
            return True
        node = node.getparent()
        depth += 1
    return False


def _near_headline(el: HtmlElement) -> bool:
    """True when ``el`` is among the first elements after the page's first ``<h1>``."""
    h1 = _first_h1(el.getroottree().getroot())
    if h1 is None:
        return False
    for count, other in enumerate(_following(h1)):
        if other is el:
            return True
        if count >= NEAR_HEADLINE_ELEMENTS:
            break
    return False


def _headline_in_article(el: HtmlElement) -> bool:
    h1 = _first_h1(el.getroottree().getroot())
    return h1 is not None and _in_article(h1)


def _in_article(el: HtmlElement) -> bool:
    return any(a.tag == "article" for a in el.iterancestors())


def _merge(bylines: Sequence[Byline]) -> Byline | None:
    people: list[Person] = []
    orgs: list[str] = []
    raws: list[str] = []
    for b in bylines:
        raws.append(b.raw)
        for p in b.people:
            if p.name.casefold() not in (q.name.casefold() for q in people):
                people.append(p)
        orgs.extend(o for o in b.organisations if o not in orgs)
    if not people and not orgs:
        return None
    raw = " ".join(dict.fromkeys(raws))
    return Byline(raw=raw, people=tuple(people), organisations=tuple(orgs))


def itemprop_author(ctx: Context) -> Found[Byline] | None:
    """Microdata ``itemprop=author`` (its ``itemprop=name`` if it has one) in the page."""
    found: list[Byline] = []
    for el in ctx.page.css("[itemprop~=author]"):
        if el.tag == "meta" or _is_foreign(el):
            continue
        names = [n.get("content") or element_text(n) for n in ctx.page.css("[itemprop~=name]", el)]
        names = [n for n in names if n]
        if names:
            got = byline_from_names(names)
        else:
            text = element_text(el)
            got = parse_byline(text) if len(text) <= MAX_BYLINE_ELEMENT_CHARS else None
        if got is not None and got.people:
            found.append(got)
    merged = _merge(found)
    if merged is None:
        return None
    return Found(
        value=merged, rule="itemprop:author", source="metadata", selector="[itemprop~=author]"
    )


def rel_author(ctx: Context) -> Found[Byline] | None:
    """``<a rel=author>`` links near the story (not in comments or teasers)."""
    found = []
    for el in ctx.page.css("a[rel~=author]"):
        if _is_foreign(el):
            continue
        text = element_text(el)
        got = byline_from_names([text]) if 0 < len(text) <= MAX_BYLINE_ELEMENT_CHARS else None
        if got is not None and got.people:
            found.append(got)
    merged = _merge(found)
    if merged is None:
        return None
    return Found(value=merged, rule="heuristic:rel-author", selector="a[rel~=author]")


# "About the author" boxes: the author's name heads them ("<div class='author-bio'><h3>Jane
# Doe</h3>..."). Read only as a late fallback; most pages also byline the story.
_AUTHOR_BOX_XPATH = etree.XPath(
    "//*[contains(@class,'uthor') and (contains(@class,'bio') or contains(@class,'box')"
    " or contains(@class,'about') or contains(@class,'teaser') or contains(@class,'info')"
    " or contains(@class,'profile') or contains(@class,'card'))]"
)
_BOX_NAME_XPATH = etree.XPath(
    ".//*[contains(@class,'name') or self::h2 or self::h3 or self::h4 or self::h5"
    " or self::strong or self::b]"
)
# Tags whose presence as an ancestor makes a box site chrome, not the story's author box.
_CHROME_TAGS = frozenset({"aside", "nav", "header"})


def author_box(ctx: Context) -> Found[Byline] | None:
    """The name heading an author box after the headline (a fallback for bylineless pages)."""
    h1 = _headline(ctx)
    # A set of the elements themselves (not their id()s): lxml proxies are only stable while
    # a reference keeps them alive.
    following = set(h1.xpath("following::*")) if h1 is not None else None
    boxes = _AUTHOR_BOX_XPATH(ctx.page.root)
    for box in boxes if isinstance(boxes, list) else []:
        if not isinstance(box, HtmlElement) or (following is not None and box not in following):
            continue
        if any(a.tag in _CHROME_TAGS for a in box.iterancestors()) or _in_comments(box):
            continue
        names = _BOX_NAME_XPATH(box)
        for el in names[:3] if isinstance(names, list) else []:
            if not isinstance(el, HtmlElement):
                continue
            text = element_text(el)
            got = parse_byline(text) if 0 < len(text) <= MAX_NAME_ELEMENT_CHARS else None
            if got is not None and got.people and all(" " in p.name for p in got.people):
                return Found(value=got, rule="heuristic:author-box", selector=_describe(box))
    return None


def _in_comments(el: HtmlElement) -> bool:
    for node in el.iterancestors():
        if "comment" in f"{node.get('class') or ''} {node.get('id') or ''}".lower():
            return True
    return False


# hCard names inside an author/byline box: <span class="author vcard"><a class="fn">...</a>.
_HCARD_XPATH = etree.XPath(
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' fn ')]"
    "[ancestor-or-self::*[contains(@class,'uthor') or contains(@class,'yline')]]"
)


def hcard_author(ctx: Context) -> Found[Byline] | None:
    """The microformat name (``.fn``) of an author hCard: a CMS field, so user names count."""
    matched = _HCARD_XPATH(ctx.page.root)
    for el in matched if isinstance(matched, list) else []:
        if not isinstance(el, HtmlElement) or _is_foreign(el):
            continue
        text = element_text(el)
        got = byline_from_names([text]) if 0 < len(text) <= MAX_NAME_ELEMENT_CHARS else None
        if got is not None and got.people:
            return Found(value=got, rule="heuristic:hcard-author", selector=".author .fn")
    return None


# Elements whose class/id says byline/author ("yline", "uthor", "utor" match both cases of
# "Byline", "author", "Autor"); one XPath is much cheaper than ten CSS alternatives.
_BYLINE_CLASS_XPATH = etree.XPath(
    "//*[contains(@class,'yline') or contains(@class,'uthor') or contains(@class,'utor')"
    " or contains(@class,'by-line') or contains(@class,'writer') or contains(@id,'yline')"
    " or contains(@id,'uthor')]"
)


def _headline(ctx: Context) -> HtmlElement | None:
    return _first_h1(ctx.page.root)


def _first_h1(root: HtmlElement) -> HtmlElement | None:
    """The first ``<h1>`` with words in it (an empty or logo-only h1 is not the headline)."""
    for h1 in root.iter("h1"):
        if len(element_text(h1)) >= MIN_HEADLINE_CHARS:
            return h1
    return None


def _order_after_headline(ctx: Context, els: Sequence[HtmlElement]) -> list[HtmlElement]:
    """Candidates after the first ``<h1>`` first (nearest first), then the rest."""
    h1 = _headline(ctx)
    if h1 is None:
        return list(els)
    following = set(h1.xpath("following::*"))  # elements, kept alive: see author_box
    after = [e for e in els if e in following]
    before = [e for e in els if e not in following]
    return after + before


# Memo of the byline-class candidates per page: several rules (and the metadata rules'
# cross-check) read them, and finding them is the costly part of the byline chain. Weak
# keys: an entry lives exactly as long as its Page.
_CANDIDATES: weakref.WeakKeyDictionary[Page, tuple[tuple[HtmlElement, Byline], ...]] = (
    weakref.WeakKeyDictionary()
)


def byline_class_candidates(ctx: Context) -> tuple[tuple[HtmlElement, Byline], ...]:
    """(element, parsed byline) for byline/author-class elements, nearest the headline first."""
    cached = _CANDIDATES.get(ctx.page)
    if cached is not None:
        return cached
    found: list[tuple[HtmlElement, Byline]] = []
    matched = _BYLINE_CLASS_XPATH(ctx.page.root)
    els = [
        e
        for e in (matched if isinstance(matched, list) else [])
        if isinstance(e, HtmlElement) and e.tag not in ("meta", "img", "link")
    ]
    for el in _order_after_headline(ctx, els):
        text = element_text(el)
        if not text or len(text) > MAX_BYLINE_ELEMENT_CHARS or _is_foreign(el):
            continue
        got = parse_byline(text)
        if got is not None:
            found.append((el, got))
    _CANDIDATES[ctx.page] = result = tuple(found)
    return result


def byline_class(ctx: Context) -> Found[Byline] | None:
    """An element whose class/id says byline or author, nearest after the headline."""
    for el, got in byline_class_candidates(ctx):
        if got.people:
            return Found(value=got, rule="heuristic:byline-class", selector=_describe(el))
    return None


def byline_class_agency(ctx: Context) -> Found[Byline] | None:
    """A byline element naming only a wire agency ("Associated Press"): no people, a credit."""
    for el, got in byline_class_candidates(ctx):
        if _is_agency_only(got):
            return Found(value=got, rule="heuristic:byline-class-agency", selector=_describe(el))
    return None


def _describe(el: HtmlElement) -> str:
    cls = (el.get("class") or "").split()
    return f"{el.tag}.{cls[0]}" if cls else f"{el.tag}#{el.get('id') or ''}"


def by_line_text(ctx: Context) -> Found[Byline] | None:
    """A short visible line opening with "By"/"Von"/"Par"/"Por" near the top of the story."""
    body = ctx.value("body")
    for block in getattr(body, "blocks", ())[:4]:
        if getattr(block, "kind", "paragraph") != "paragraph":
            continue  # a subheading "Von Risiken und Nebenwirkungen" is not a byline
        text = block.text
        if len(text) <= MAX_BYLINE_ELEMENT_CHARS and _BY_LINE_RE.match(text):
            got = parse_byline(text)
            if got is not None and got.people:
                return Found(value=got, rule="heuristic:by-line-text")
    if ctx.page not in _BY_LINES:
        _BY_LINES[ctx.page] = _dom_by_line(ctx)
    return _BY_LINES[ctx.page]


# Memo of the DOM "By ..." scan per page (read by this rule and the metadata cross-checks).
_BY_LINES: weakref.WeakKeyDictionary[Page, Found[Byline] | None] = weakref.WeakKeyDictionary()


def _dom_by_line(ctx: Context) -> Found[Byline] | None:
    h1 = _headline(ctx)
    # Without a headline there is no "near the top": the whole page is read (foreign boxes
    # are still skipped), up to a bound that keeps huge pages cheap.
    # Past the top of the story only labelled lines ("Autor: ...", "Text:") count: a bare
    # "By ..." far down the page is more often a teaser's or a quote's.
    limit = MAX_ELEMENTS_AFTER_HEADLINE if h1 is not None else MAX_ELEMENTS_WITHOUT_HEADLINE
    scan = _following(h1) if h1 is not None else ctx.page.root.iterdescendants()
    for count, el in _numbered(scan, _preceding(h1)):
        if count > MAX_ELEMENTS_WITHOUT_HEADLINE:
            break
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "a", "title"):
            continue
        if el.tag == "br":
            got = _br_line(el)
            if got is not None and not _is_foreign(el):
                return Found(value=got, rule="heuristic:by-line-text", selector="br")
            continue
        own = clean_text(el.text)
        if not own:
            continue
        text = element_text(el)
        parent = el.getparent()
        if el.tag in _NOT_BYLINE_TAGS and not _LABEL_RE.fullmatch(text):
            continue  # a heading "Von Risiken und Nebenwirkungen" is a title, not a byline
        if _LABEL_RE.fullmatch(text) and parent is not None:
            # "<h4>Autor</h4><p>Jane Doe</p>", "<span>By</span> <a>Jane Doe</a>": the name
            # is next door; read the parent's text after the label.
            if count > limit and not _STRONG_LABEL_RE.fullmatch(text):
                continue
            text = _after_label(el)
        elif not _BY_LINE_RE.match(own) or (count > limit and not _STRONG_LABEL_RE.match(own)):
            continue
        else:
            rest, had_prefix = strip_prefix(text)
            if not had_prefix or not rest:
                continue
        if not text or len(text) > MAX_BYLINE_ELEMENT_CHARS or _is_foreign(el):
            continue
        got = parse_byline(text)
        if got is not None and got.people:
            return Found(value=got, rule="heuristic:by-line-text", selector=_describe(el))
    return None


def _preceding(h1: HtmlElement | None) -> list[HtmlElement]:
    """The elements just before the headline, nearest first (a date/author line above it)."""
    if h1 is None:
        return []
    found = h1.xpath(f"preceding::*[position() <= {ELEMENTS_BEFORE_HEADLINE}]")
    return [e for e in reversed(found) if isinstance(e, HtmlElement)]


def _numbered(
    after: Iterator[HtmlElement], before: list[HtmlElement]
) -> Iterator[tuple[int, HtmlElement]]:
    """(distance, element): the elements after the headline, then those just before it."""
    count = -1
    for count, el in enumerate(after):
        if count > MAX_ELEMENTS_WITHOUT_HEADLINE:
            break
        yield count, el
    for el in before:
        yield 0, el


def _br_line(br: HtmlElement) -> Byline | None:
    """A labelled line after a ``<br>``: "...<br>Autor: <a>Rechtsanwalt</a> Jane Doe<br>"."""
    tail = clean_text(br.tail)
    if not tail or not _STRONG_LABEL_RE.match(tail):
        return None
    parts = [tail]
    for sib in br.itersiblings():
        if sib.tag == "br" or sum(map(len, parts)) > MAX_BYLINE_ELEMENT_CHARS:
            break
        parts.append(element_text(sib))
        parts.append(clean_text(sib.tail))
    got = parse_byline(" ".join(p for p in parts if p))
    return got if got is not None and got.people else None


def _after_label(el: HtmlElement) -> str:
    """The text right after a label element: its tail, else the next element's text."""
    tail = clean_text(el.tail)
    if tail.strip(" ,:|"):
        return tail
    nxt = el.getnext()
    return element_text(nxt) if nxt is not None else ""


def _following(el: HtmlElement) -> Iterator[HtmlElement]:
    """Elements after ``el`` in document order (its descendants first)."""
    yield from el.iterdescendants()
    node: HtmlElement | None = el
    while node is not None:
        for sib in node.itersiblings():
            yield sib
            yield from sib.iterdescendants()
        node = node.getparent()


def _is_agency_only(byline: Byline) -> bool:
    return not byline.people and all(agency_name(o) for o in byline.organisations)
