"""Byline rules that read the visible page: byline/author elements, "By ..." lines.

A page carries many author-looking things besides the story's byline: comment authors,
teaser cards, "about the author" boxes, photo credits. These rules look near the headline
first and treat comment threads, teasers, sidebars and bio boxes as foreign (that test and
the page's layout live in :mod:`copydesk.heuristics.bylinelayout`). Metadata rules and the
rule chain live in :mod:`copydesk.heuristics.byline`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

from lxml import etree
from lxml.html import HtmlElement

from copydesk.cleaning import clean_text, element_text
from copydesk.heuristics.agencies import agency_name
from copydesk.heuristics.bylinelayout import (
    in_own_footer,
    is_foreign,
    page_layout,
)
from copydesk.heuristics.bylinetext import (
    byline_from_names,
    parse_byline,
    strip_prefix,
)
from copydesk.heuristics.markers import markers
from copydesk.model import Byline, Person
from copydesk.rules import Context, Found

#: A byline element's text is short; longer text is an author bio or a teaser list.
MAX_BYLINE_ELEMENT_CHARS = 250
#: How many elements after the headline a visible "By ..." line may sit.
MAX_ELEMENTS_AFTER_HEADLINE = 400
#: How many elements before the headline a date/author line may sit.
ELEMENTS_BEFORE_HEADLINE = 40
#: An hCard name element holds one name, never a sentence.
MAX_NAME_ELEMENT_CHARS = 60
#: With no <h1> to start from, how many elements of the page a "By ..." line is looked for in.
MAX_ELEMENTS_WITHOUT_HEADLINE = 3000
_NOT_BYLINE_TAGS = frozenset({"script", "style", "a", "h1", "h2", "h3", "h4", "h5", "h6", "title"})
# An element that is only a byline label: the name follows in the next element.
_LABEL_RE = re.compile(
    r"""(?i)\s*(?:(?:written|posted|geschrieben|verfasst|erstellt|eingestellt)\s+)?
        (?:by|von|par|por)\s*:?\s*
        |\s*(?:autor|autorin|autoren|author|authors|auteur|autore|text|redaktion)\s*:?\s*""",
    re.VERBOSE,
)
# A label naming the author outright ("Autor:", "Text:", "Written by"), trusted anywhere
# in the story, unlike a bare "By"/"Von" that also opens ordinary sentences and teasers.
_STRONG_LABEL_RE = re.compile(
    r"""(?i)[\s\-–—|•·]*(?:(?:written|posted|geschrieben|verfasst|erstellt|eingestellt)\s+(?:by|von)
        |(?:autor|autorin|autoren|author|authors|auteur|autore|text|redaktion|by|von)\s*:)
        |\s*(?:autor|autorin|autoren|author|auteur|autore)\s*""",
    re.VERBOSE,
)
# A visible line that opens like a byline.
# Every opening _BY_LINE_RE and _LABEL_RE accept starts with one of these words: a cheap
# first test on an element's raw text before its full text is assembled.
_OPENING_WORD_RE = re.compile(
    r"""(?i)[\s\-–—|•·\u00ad\u200b\u200c\u200d\u2060\ufeff]*
        (?:written|posted|reported|story|text|geschrieben|erstellt|verfasst|eingestellt
          |by|von|par|por|autor|author|auteur|redaktion)""",
    re.VERBOSE,
)
_BY_LINE_RE = re.compile(
    r"""^[\s\-–—|•·]*(?i:(?:(?:written|posted|reported|story|text|geschrieben|erstellt|verfasst|eingestellt)\s+)?
        (?:by|von|par|por)\b|(?:by|von|autor|autorin|author|text|redaktion)\s*:)""",
    re.VERBOSE,
)


# ---------------------------------------------------------------- the visible page


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
        if el.tag == "meta" or is_foreign(el, page_layout(ctx.page.root, ctx.page)):
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
        if is_foreign(el, page_layout(ctx.page.root, ctx.page)):
            continue
        text = element_text(el)
        got = byline_from_names([text]) if 0 < len(text) <= MAX_BYLINE_ELEMENT_CHARS else None
        if got is not None and got.people:
            found.append(got)
    merged = _merge(found)
    if merged is None:
        return None
    return Found(value=merged, rule="heuristic:rel-author", selector="a[rel~=author]")


# A link to the author's page: "/autoren/jane-doe-6841", "/writer/jane_doe/", "?author=12".
_AUTHOR_HREF_RE = re.compile(
    r"""(?i)(?:/(?:authors?|autor(?:en|in)?|writers?|creator|journalist(?:s|en)?|redakteur(?:e|in)?
           |columnists?|contributors?|byline)/[^/?#\s]+|[?&]author(?:_name)?=\w)""",
    re.VERBOSE,
)
#: How many nodes before / after the headline an author link may sit: bylines are close.
AUTHOR_LINK_BEFORE = 40
AUTHOR_LINK_AFTER = 120


def around_headline(ctx: Context, before: int, after: int) -> Iterator[HtmlElement]:
    """Elements from ``before`` nodes above the headline to ``after`` nodes past it (the
    headline's own left out); nothing without a headline."""
    return page_layout(ctx.page.root, ctx.page).around_h1(before, after)


def in_foreign_box(ctx: Context, el: HtmlElement) -> bool:
    """True when ``el`` sits in a comment thread, teaser list, sidebar, footer or figure."""
    return is_foreign(el, page_layout(ctx.page.root, ctx.page))


def author_link(ctx: Context) -> Found[Byline] | None:
    """Links to author pages right around the headline: the byline, whatever its markup.

    The link text may carry a photo credit ("© Jane Doe") or a label; the first text piece
    that reads as a full name counts.
    """
    layout = page_layout(ctx.page.root, ctx.page)
    found: list[Byline] = []
    for el in layout.around_h1(AUTHOR_LINK_BEFORE, AUTHOR_LINK_AFTER):
        if el.tag != "a" or not _AUTHOR_HREF_RE.search(el.get("href") or ""):
            continue
        if is_foreign(el, layout):
            continue
        got = _link_name(el)
        if got is not None:
            found.append(got)
    merged = _merge(found)
    if merged is None:
        return None
    return Found(value=merged, rule="heuristic:author-link", selector="a[href*=author]")


def _link_name(el: HtmlElement) -> Byline | None:
    texts = [element_text(el), *(clean_text(t) for t in el.itertext())]
    for text in texts:
        if not text or "©" in text or len(text) > MAX_NAME_ELEMENT_CHARS:
            continue
        got = parse_byline(text)  # visible text: strict, "Alle Artikel" is no name
        if got is not None and got.people and all(" " in p.name for p in got.people):
            return got
    return None


# "About the author" boxes: the author's name heads them ("<div class='author-bio'><h3>Jane
# Doe</h3>..."). Read only as a late fallback; most pages also byline the story.
_BOX_NAME_XPATH = etree.XPath(
    ".//*[contains(@class,'name') or self::h2 or self::h3 or self::h4 or self::h5"
    " or self::strong or self::b]"
)
# Tags whose presence as an ancestor makes a box site chrome, not the story's author box.
_CHROME_TAGS = frozenset({"aside", "nav", "header"})


def author_box(ctx: Context) -> Found[Byline] | None:
    """The name heading an author box after the headline (a fallback for bylineless pages)."""
    layout = page_layout(ctx.page.root, ctx.page)
    for box in markers(ctx.page).author_box:
        if layout.h1 is not None and not layout.after_h1(box):
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


def hcard_author(ctx: Context) -> Found[Byline] | None:
    """The microformat name (``.fn``) of an author hCard: a CMS field, so user names count."""
    for el in markers(ctx.page).hcard_name:
        if is_foreign(el, page_layout(ctx.page.root, ctx.page)):
            continue
        text = element_text(el)
        got = byline_from_names([text]) if 0 < len(text) <= MAX_NAME_ELEMENT_CHARS else None
        if got is not None and got.people:
            return Found(value=got, rule="heuristic:hcard-author", selector=".author .fn")
    return None


def _headline(ctx: Context) -> HtmlElement | None:
    return page_layout(ctx.page.root, ctx.page).h1


def _order_after_headline(ctx: Context, els: Sequence[HtmlElement]) -> list[HtmlElement]:
    """Candidates after the first ``<h1>`` first (nearest first), then the rest."""
    layout = page_layout(ctx.page.root, ctx.page)
    if layout.h1 is None:
        return list(els)
    after = [e for e in els if layout.after_h1(e)]
    before = [e for e in els if not layout.after_h1(e)]
    return after + before


# Page.cache key of the byline-class candidates: several rules (and the metadata rules'
# cross-check) read them, and finding them is the costly part of the byline chain.
_CANDIDATES_KEY = "bylinepage.candidates"


def byline_class_candidates(ctx: Context) -> tuple[tuple[HtmlElement, Byline], ...]:
    """(element, parsed byline) for byline/author-class elements, nearest the headline first."""
    cached = ctx.page.cache.get(_CANDIDATES_KEY)
    if isinstance(cached, tuple):
        return cached
    layout = page_layout(ctx.page.root, ctx.page)
    found: list[tuple[HtmlElement, Byline]] = []
    for el in _order_after_headline(ctx, markers(ctx.page).byline):
        text = element_text(el)
        if not text or len(text) > MAX_BYLINE_ELEMENT_CHARS or is_foreign(el, layout):
            continue
        got = parse_byline(text)
        if got is not None:
            found.append((el, split_site_suffix(ctx, got)))
    ctx.page.cache[_CANDIDATES_KEY] = result = tuple(found)
    return result


#: A person keeps at least this many words when the site's name is cut off its end.
MIN_WORDS_BEFORE_SITE = 2
#: The site's name is at most this many words ("Florida Today", "The Sun Herald").
MAX_SITE_WORDS = 3


def split_site_suffix(ctx: Context, byline: Byline) -> Byline:
    """A byline whose name runs into the site's own name ("Elliot Brown Florida Today" on
    floridatoday.com, two spans glued by the markup): the site goes to ``organisations``.

    The site is known by its name or its domain label, compared without spaces or case.
    """
    keys = {_squash(str(ctx.value("site_name") or ""))}
    domain = ctx.page.domain or ""
    if "." in domain:
        keys.add(_squash(domain.split(".")[-2]))
    keys.discard("")
    if not keys:
        return byline
    people: list[Person] = []
    orgs = list(byline.organisations)
    for person in byline.people:
        words = person.name.split()
        for k in range(min(MAX_SITE_WORDS, len(words) - MIN_WORDS_BEFORE_SITE), 0, -1):
            if _squash("".join(words[-k:])) in keys:
                orgs.append(" ".join(words[-k:]))
                person = Person(name=" ".join(words[:-k]), raw=person.raw)
                break
        people.append(person)
    if orgs == list(byline.organisations):
        return byline
    return Byline(raw=byline.raw, people=tuple(people), organisations=tuple(dict.fromkeys(orgs)))


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


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


def byline_class_organisation(ctx: Context) -> Found[Byline] | None:
    """A byline element right at the headline (or in the story's own footer) naming only a
    desk or an outlet ("von Redaktion", "By Staff"): the page's own byline, after every rule
    that names a person."""
    layout = page_layout(ctx.page.root, ctx.page)
    for el, got in byline_class_candidates(ctx):
        if got.people or not got.organisations:
            continue
        gap = layout.position(el) - layout.position(layout.h1) if layout.h1 is not None else 0
        # Or in the story's own footer, under the text ("red, wien.ORF.at/Agenturen").
        under = layout.after_h1(el) and gap <= MAX_ELEMENTS_AFTER_HEADLINE and in_own_footer(el)
        if layout.near_h1(el) or -ELEMENTS_BEFORE_HEADLINE <= gap < 0 or under:
            return Found(
                value=got, rule="heuristic:byline-class-organisation", selector=_describe(el)
            )
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
    # The DOM scan is memoised per page: this rule and the metadata cross-checks read it.
    if _BY_LINE_KEY not in ctx.page.cache:
        ctx.page.cache[_BY_LINE_KEY] = _dom_by_line(ctx)
    cached = ctx.page.cache[_BY_LINE_KEY]
    return cached if isinstance(cached, Found) else None


_BY_LINE_KEY = "bylinepage.by-line"


def _dom_by_line(ctx: Context) -> Found[Byline] | None:
    layout = page_layout(ctx.page.root, ctx.page)
    h1 = layout.h1
    # Without a headline there is no "near the top": the whole page is read (foreign boxes
    # are still skipped), up to a bound that keeps huge pages cheap.
    # Past the top of the story only labelled lines ("Autor: ...", "Text:") count: a bare
    # "By ..." far down the page is more often a teaser's or a quote's.
    limit = MAX_ELEMENTS_AFTER_HEADLINE if h1 is not None else MAX_ELEMENTS_WITHOUT_HEADLINE
    # The nodes after the headline (its descendants first) in document order: a slice of the
    # page's node sequence, then those just before it (nearest first), at distance 0.
    start = layout.position(h1) + 1 if h1 is not None else 1
    after = layout.nodes[start : start + MAX_ELEMENTS_WITHOUT_HEADLINE + 1]
    numbered = itertools.chain(enumerate(after), ((0, e) for e in _preceding(h1)))
    for count, el in numbered:
        if count > MAX_ELEMENTS_WITHOUT_HEADLINE:
            break
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "a", "title"):
            continue
        if el.tag == "br":
            got = _br_line(el)
            if got is not None and not is_foreign(el, layout):
                return Found(value=got, rule="heuristic:by-line-text", selector="br")
            continue
        if not el.text or not _OPENING_WORD_RE.match(el.text):
            continue  # cheap pre-check: most elements open with no byline word at all
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
        if not text or len(text) > MAX_BYLINE_ELEMENT_CHARS or is_foreign(el, layout):
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


def _is_agency_only(byline: Byline) -> bool:
    return not byline.people and all(agency_name(o) for o in byline.organisations)
