"""Byline rules that read the visible page's byline/author elements (classes, microdata,
author links, hCards, author boxes); the "By ..." text lines are read by
:mod:`copydesk.heuristics.bylinelines`.

A page carries many author-looking things besides the story's byline: comment authors,
teaser cards, "about the author" boxes, photo credits. These rules look near the headline
first and treat comment threads, teasers, sidebars and bio boxes as foreign (that test and
the page's layout live in :mod:`copydesk.heuristics.bylinelayout`). Metadata rules and the
rule chain live in :mod:`copydesk.heuristics.byline`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from lxml.html import HtmlElement

from copydesk.cleaning import clean_text, element_text
from copydesk.heuristics.agencies import agency_name
from copydesk.heuristics.bylinelayout import (
    in_own_footer,
    is_foreign,
    page_layout,
)
from copydesk.heuristics.bylinematch import squash
from copydesk.heuristics.bylinetext import (
    byline_from_names,
    parse_byline,
)
from copydesk.heuristics.markers import markers
from copydesk.heuristics.metaitems import in_other_item
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
        if in_other_item(ctx.page, el):
            continue  # the author of a book the story reviews, of a comment, of a video
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


def hcard_author(ctx: Context) -> Found[Byline] | None:
    """The microformat name (``.fn``) of an author hCard: a CMS field, so user names count."""
    for el in markers(ctx.page).hcard_name:
        if is_foreign(el, page_layout(ctx.page.root, ctx.page)):
            continue
        text = element_text(el)
        got = byline_from_names([text]) if 0 < len(text) <= MAX_NAME_ELEMENT_CHARS else None
        if got is not None and not got.people and _PEN_NAME_RE.match(text):
            got = Byline(raw=got.raw, people=(Person(name=text, raw=text),))
        if got is not None and got.people:
            return Found(value=got, rule="heuristic:hcard-author", selector=".author .fn")
    return None


# A pen name: a lower-case article and one or two capitalised words ("der Michel", "the
# Dude"). An outlet capitalises its article ("Der Spiegel", "The Local"), and an hCard's
# name is a person's (or a user's) field.
_PEN_NAME_RE = re.compile(
    r"^(?:the|der|die|das|le|la|el|il)\s[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+)?$"
)


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


# A class naming the publisher and no author or byline ("publisher", "article-publisher").
_PUBLISHER_ONLY_RE = re.compile(r"(?i)^(?!.*(?:yline|uthor|utor|by-line|writer)).*ublisher")


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
        if got is not None and _PUBLISHER_ONLY_RE.search(el.get("class") or ""):
            # A "publisher" element names the desk or outlet ("ET Online"), never a person.
            names = tuple(p.name for p in got.people)
            got = Byline(raw=got.raw, organisations=tuple(dict.fromkeys(got.organisations + names)))
        if got is not None:
            found.append((el, split_site_suffix(ctx, got)))
    ctx.page.cache[_CANDIDATES_KEY] = result = _drop_parts_of_agency_lines(found)
    return result


def lower_case_bylines(ctx: Context) -> Iterator[Byline]:
    """Byline/author-class elements written all in lower case ("e. barreneche / j. i. da
    silva", a CSS ``text-transform`` shows them in capitals), read with each word
    capitalised.

    :func:`parse_byline` rejects lower-case text (a sentence is not a name); these are only
    trusted where metadata names the same person (see ``jsonld_author``).
    """
    layout = page_layout(ctx.page.root, ctx.page)
    for el in _order_after_headline(ctx, markers(ctx.page).byline):
        text = element_text(el)
        if (
            not text
            or len(text) > MAX_BYLINE_ELEMENT_CHARS
            or not any(c.islower() for c in text)
            or is_foreign(el, layout)
            or parse_byline(text) is not None
        ):
            continue
        got = parse_byline(text.title())
        if got is not None and got.people:
            yield got


def _drop_parts_of_agency_lines(
    found: list[tuple[HtmlElement, Byline]],
) -> tuple[tuple[HtmlElement, Byline], ...]:
    """Candidates less the one-word "people" inside a byline element that reads as an
    organisation only: in "<div class=author><a>PTI,</a> <span class=author>Washington</span>"
    the span is the agency's dateline place, not a person."""
    org_only = {el for el, got in found if not got.people and got.organisations}
    if not org_only:
        return tuple(found)
    return tuple(
        (el, got)
        for el, got in found
        if not (
            got.people
            and all(" " not in p.name for p in got.people)
            and any(a in org_only for a in el.iterancestors())
        )
    )


#: A person keeps at least this many words when the site's name is cut off its end.
MIN_WORDS_BEFORE_SITE = 2
#: The site's name is at most this many words ("Florida Today", "The Sun Herald").
MAX_SITE_WORDS = 3


def split_site_suffix(ctx: Context, byline: Byline) -> Byline:
    """A byline whose name runs into the site's own name ("Elliot Brown Florida Today" on
    floridatoday.com, two spans glued by the markup): the site goes to ``organisations``.

    The site is known by its name or its domain label, compared without spaces or case.
    """
    keys = {squash(str(ctx.value("site_name") or ""))}
    domain = ctx.page.domain or ""
    if "." in domain:
        keys.add(squash(domain.split(".")[-2]))
    keys.discard("")
    if not keys:
        return byline
    people: list[Person] = []
    orgs = list(byline.organisations)
    for person in byline.people:
        words = person.name.split()
        for k in range(min(MAX_SITE_WORDS, len(words) - MIN_WORDS_BEFORE_SITE), 0, -1):
            if squash("".join(words[-k:])) in keys:
                orgs.append(" ".join(words[-k:]))
                person = Person(name=" ".join(words[:-k]), raw=person.raw)
                break
        people.append(person)
    if orgs == list(byline.organisations):
        return byline
    return Byline(raw=byline.raw, people=tuple(people), organisations=tuple(dict.fromkeys(orgs)))


def byline_class(ctx: Context) -> Found[Byline] | None:
    """An element whose class/id says byline or author, nearest after the headline, with
    the co-authors the page marks up beside it (:func:`with_co_authors`)."""
    candidates = byline_class_candidates(ctx)
    for el, got in candidates:
        if got.people:
            got = with_co_authors(el, got, candidates)
            return Found(value=got, rule="heuristic:byline-class", selector=describe(el))
    return None


#: Co-authors are name elements at most this many: more is a list of staff, not a byline.
MAX_CO_AUTHOR_ELEMENTS = 6


def with_co_authors(
    el: HtmlElement, got: Byline, candidates: Sequence[tuple[HtmlElement, Byline]]
) -> Byline:
    """The byline of ``el`` joined with its co-authors' name elements.

    Sites mark each author up on their own: ``<span class=author>A</span> and <span
    class=author>B</span>`` (siblings sharing the class: the first alone would lose B), or
    a box of author cards (``<div class=authors><div class=author-card>..A..</div>
    <div class=author-card>..B..</div></div>``, whose text run together reads as one long
    name: the cards inside, when there are two or more, say who is who).

    >>> from lxml.html import fromstring
    >>> box = fromstring('<p><span class="author">Ann Lee</span> and '
    ...                  '<span class="author">Bo Park</span></p>')
    >>> a, b = box.findall("span")
    >>> pairs = [(a, Byline(raw="Ann Lee", people=(Person(name="Ann Lee", raw="Ann Lee"),))),
    ...          (b, Byline(raw="Bo Park", people=(Person(name="Bo Park", raw="Bo Park"),)))]
    >>> [p.name for p in with_co_authors(a, pairs[0][1], pairs).people]
    ['Ann Lee', 'Bo Park']
    """
    inner = [g for e, g in candidates if e is not el and _full_names(g) and el in e.iterancestors()]
    if 2 <= len(inner) <= MAX_CO_AUTHOR_ELEMENTS:
        return _merge(inner) or got
    parent, cls = el.getparent(), el.get("class")
    siblings = [
        g
        for e, g in candidates
        if e is not el
        and _full_names(g)
        and e.getparent() is parent
        and cls
        and e.get("class") == cls
    ]
    if 1 <= len(siblings) < MAX_CO_AUTHOR_ELEMENTS:
        return _merge([got, *siblings]) or got
    return got


def _full_names(got: Byline) -> bool:
    """Whether every person of ``got`` has a full name: a lone word beside a byline is its
    place ("Ann Lee, <span class=author-name>Washington</span>") or a handle, no co-author."""
    return bool(got.people) and all(" " in p.name for p in got.people)


def byline_class_agency(ctx: Context) -> Found[Byline] | None:
    """A byline element naming only a wire agency ("Associated Press"): no people, a credit."""
    for el, got in byline_class_candidates(ctx):
        if _is_agency_only(got):
            return Found(value=got, rule="heuristic:byline-class-agency", selector=describe(el))
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
                value=got, rule="heuristic:byline-class-organisation", selector=describe(el)
            )
    return None


def describe(el: HtmlElement) -> str:
    cls = (el.get("class") or "").split()
    return f"{el.tag}.{cls[0]}" if cls else f"{el.tag}#{el.get('id') or ''}"


def _is_agency_only(byline: Byline) -> bool:
    return not byline.people and all(agency_name(o) for o in byline.organisations)
