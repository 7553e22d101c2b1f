"""The headline: the page's ``<h1>`` reconciled with its metadata titles.

Metadata titles (``og:title``, JSON-LD ``headline``, ``<title>``) are easy to find but
often carry the site's name ("... - The Columbian", "Reuters | ...") or a kicker
("Klimaschutz: ..."); the ``<h1>`` is what the reader sees as the headline but may be the
site logo. Which title carries weight depends on how it was made: an ``og:title`` that
differs from the ``<title>`` was written for the story, one found inside the ``<title>``
is the template's copy. So the rules:

1. an ``<h2>`` headline whose kicker the page marks up, when its full text is a metadata
   title (the h1 being the logo or a breadcrumb);
2. the ``<h1>`` when it agrees with a metadata title (equal after the site name is cut
   off, one contains the other, or it is the title without a "Kicker: "). When the
   og:title was written apart from the ``<title>``, the h1 must agree with it or with the
   JSON-LD headline; an h1 that only repeats a lesser title (``twitter:title``, the
   ``<title>``) gives way to the og:title, unless the page marks the h1 as its headline
   and the og:title only rewords it;
3. the ``<h1>`` on the same subject when every metadata title only repeats the
   ``<title>`` (no second opinion was given);
4. else the first metadata title, with the site-name affix cut off (the site name is known
   from ``og:site_name``/``application-name``/JSON-LD publisher, or it is the affix that
   ``<title>`` and ``og:title`` share); a metadata title that is the ``<title>`` minus an
   end piece is already clean and is kept whole;
5. else a lone, plausible ``<h1>``.

This module finds the metadata titles and known site names and applies the rules; which
``<h1>`` texts are plausible is :mod:`~copydesk.heuristics.titleheads`' job, when two
titles agree is :mod:`~copydesk.heuristics.titlematch`'s, and which end piece of a title is
a site-name affix is :mod:`~copydesk.heuristics.titleaffix`'s.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Mapping

from copydesk.cleaning import clean_text, element_text
from copydesk.heuristics.metadata import jsonld_publisher_name
from copydesk.heuristics.metaitems import story_articles
from copydesk.heuristics.titleaffix import (
    MAX_META_TITLE,
    MIN_HEAD_WORDS,
    MIN_TITLE,
    SEPARATOR_RE,
    affix_keys,
    cut_strong,
    is_site,
    loose,
    short_affix,
    site_name_keys,
    split_pieces,
    strip_site_name,
)
from copydesk.heuristics.titleheads import (
    LEADING_PUNCT,
    MAX_H1S,
    MAX_TITLE,
    h1_texts,
    heading_in_chrome,
    headline_text,
    marked_h1_texts,
)
from copydesk.heuristics.titlematch import (
    MIN_CONTAINED,
    after_kicker,
    agrees,
    covers,
    rewords,
    stems,
    trimmed_from,
)
from copydesk.rules import Context, Found, Rule

__all__ = ["TITLE_RULES", "headline_text", "site_name_from_title", "strip_site_name"]

# Metadata title keys, most deliberate first (Dublin Core is rarely set by accident).
_META_TITLE_KEYS = ("dc.title", "dcterms.title", "og:title", "twitter:title", "title")

#: An h1 about the same story as the <title> shares at least this many such words.
MIN_SHARED_WORDS = 2
#: ``<meta>`` keys naming the story's section (their values may be comma-separated lists).
_SECTION_META_KEYS = ("article:section", "section", "parsely-section")
#: Breadcrumb lists longer than this are menus, not trails.
MAX_CRUMBS = 8
# Runs of characters between words, in a slug or a section name.
_NON_WORD_RE = re.compile(r"[\W_]+")


def h1_agreeing(ctx: Context) -> Found[str] | None:
    """The ``<h1>`` that agrees with a metadata title (the visible headline wins).

    An h1 that is the site's name is never the headline: one that matches a known site
    name, or that is the trailing piece of the ``<title>`` ("Recipes | Liebe geht durch den
    Magen" with h1 "Liebe geht durch den Magen"). An h1 agrees when it equals a metadata
    title (with or without its site-name affix), or when one contains the other and covers
    most of it ("Kicker: Headline" in og:title, "Headline" in the h1).
    """
    titles = _meta_titles(ctx)
    metas = [text for _, text in titles]
    if not metas:
        return None
    sites = _site_names(ctx)
    kickerless = {loose(head) for m in metas for head in after_kicker(m)}
    h1s = _story_h1s(ctx, metas, sites, keep=kickerless if _names_site(metas, sites) else set())
    # An og:title written apart from the <title> is the editors' chosen headline: the h1
    # must agree with it or with the JSON-LD headline; agreeing with a lesser title
    # (twitter:title, the <title>) is not enough ("Why neon ..." in h1 and twitter:title,
    # "The modern ambitions ..." in og:title).
    social = _deliberate_social_title(ctx, titles)
    agreeing = metas
    if social is not None:
        agreeing = [social, *(text for rule, text in titles if rule.startswith("jsonld:"))]
    sections = _section_names(ctx)
    cleaned = [strip_site_name(m, sites, others=metas, sections=sections) for m in agreeing]
    candidates = [loose(m) for m in (*cleaned, *agreeing)]
    kickerless = {loose(head) for m in agreeing for head in after_kicker(m)}
    for candidate in candidates:  # the most deliberate metadata title first
        for h1 in h1s:
            if loose(h1) == candidate:
                return Found(value=h1, rule="heuristic:h1", selector="h1")
    for h1 in h1s:
        key = loose(h1)
        if key in kickerless:  # "Kicker: Headline" in og:title, "Headline" in the h1
            return Found(value=h1, rule="heuristic:h1", selector="h1")
        if len(key) >= MIN_CONTAINED and any(covers(key, c) for c in candidates):
            # "Politics | Headline" (a section link set inside the h1): the metadata title
            # shows where the headline is, and no headline uses "|" between its own words.
            for side in ("prefix", "suffix"):
                cut = cut_strong(h1, side)
                if cut != h1 and loose(cut) in candidates:
                    return Found(value=cut, rule="heuristic:h1", selector="h1")
            return Found(value=h1, rule="heuristic:h1", selector="h1")
    all_keys = _title_keys(metas, sites, sections) if social is not None else set()
    if social is not None and any(agrees(h1, all_keys) for h1 in h1s):
        marked = marked_h1_texts(ctx.page.root)
        social_words = stems(social)
        for h1 in h1s:
            if h1 in marked and agrees(h1, all_keys) and rewords(social_words, h1):
                # The page declares this h1 its headline (itemprop="headline",
                # "entry-title") and the og:title only rewords it ("Zollabkommen: Bern und
                # Brüssel einigen sich" for "Bern und Brüssel einigen sich auf neues
                # Zollabkommen"): the declared headline stands.
                return Found(value=h1, rule="heuristic:h1", selector="h1")
        # The h1 repeats a lesser title that the og:title overrules.
        value = strip_site_name(social, sites, others=metas, sections=sections)
        if MIN_TITLE <= len(value) <= MAX_TITLE:
            return Found(value=value, rule="meta:og:title", source="metadata")
    return None


def h1_over_copied_title(ctx: Context) -> Found[str] | None:
    """The story's ``<h1>`` when every metadata title only repeats the ``<title>``.

    A template that copies the ``<title>`` into ``og:title``/``twitter:title`` gives no
    second opinion on the headline; an h1 on the same subject (sharing words with the
    title) that reads differently is the headline the reader sees ("Eignet sich eine
    Wärmepumpe im Altbau?" beside "Wärmepumpe im Altbau - Wann es sich lohnt | Site").
    A page whose only title is the ``<title>`` is left to it: no metadata was even set.
    """
    titles = _meta_titles(ctx)
    tag = next((text for rule, text in titles if rule == "heuristic:title-tag"), None)
    declared = [text for rule, text in titles if rule != "heuristic:title-tag"]
    if tag is None or not declared or any(loose(t) != loose(tag) for t in declared):
        return None
    sites = _site_names(ctx)
    words = stems(tag)
    for h1 in _story_h1s(ctx, [tag], sites):
        if len(h1.split()) >= MIN_HEAD_WORDS and len(words & stems(h1)) >= MIN_SHARED_WORDS:
            return Found(value=h1, rule="heuristic:h1", selector="h1")
    return None


def h2_without_marked_kicker(ctx: Context) -> Found[str] | None:
    """An ``<h2>`` headline whose kicker the page marks up.

    Some templates set the story's headline in an h2 (the h1 is the logo or the last
    breadcrumb, kicker and all) with the kicker in its own element:
    ``<h2><span class="kicker">Covid-19</span><span class="title">Can it be stopped?</span>
    </h2>``. When that h2's full text is a metadata title, the metadata title carries the
    kicker, and the page says the headline is the rest.
    """
    marked: list[tuple[str, str]] = []  # (headline, full text) of h2s with a marked kicker
    for h2 in itertools.islice(ctx.page.root.iter("h2"), MAX_H1S):
        if heading_in_chrome(h2):
            continue
        head = headline_text(h2)
        if head != element_text(h2) and MIN_TITLE <= len(head) <= MAX_TITLE:
            marked.append((head, element_text(h2)))
    if not marked:
        return None
    metas = [text for _, text in _meta_titles(ctx)]
    keys = _title_keys(metas, _site_names(ctx), _section_names(ctx))
    for head, full in marked:
        if loose(full) in keys:
            return Found(value=head, rule="heuristic:h2-kicker", selector="h2")
    return None


def _story_h1s(
    ctx: Context, metas: list[str], sites: list[str], keep: set[str] | frozenset[str] = frozenset()
) -> list[str]:
    """Plausible h1 texts that are not the site's name (nor a trailing title piece).

    ``keep`` holds loose texts that stay even when they end a metadata title: the headline
    after a kicker, once the site's name is known to sit elsewhere in the title.
    """
    site_keys, _labels = site_name_keys(sites)
    suffixes = {a for m in metas for a in affix_keys(m, sides=("suffix",))} - keep
    # Strict site match only (no domain-label search): "Best of Houzz 2022: ..." on
    # houzz.de is a headline.
    return [
        h
        for h in h1_texts(ctx.page.root)
        if loose(h) not in suffixes and not is_site(h, site_keys, set())
    ]


def _names_site(metas: list[str], sites: list[str]) -> bool:
    """Whether an end piece of a metadata title is a known site name ("... - taz.de")."""
    site_keys, labels = site_name_keys(sites)
    return any(
        is_site(affix, site_keys, labels)
        for meta in metas
        for _side, _rest, affix in split_pieces(meta, SEPARATOR_RE)
        if short_affix(affix)
    )


def _title_keys(metas: list[str], sites: list[str], sections: list[str]) -> set[str]:
    """Loose keys of the metadata titles, with and without their site-name affix."""
    return {loose(m) for m in metas} | {
        loose(strip_site_name(m, sites, others=metas, sections=sections)) for m in metas
    }


def _deliberate_social_title(ctx: Context, titles: list[tuple[str, str]]) -> str | None:
    """The ``og:title`` when it was written apart from the ``<title>``.

    An og:title found inside the ``<title>`` (the whole of it, or one of its pieces) is the
    template's copy; one that reads differently was set for the story, unless the Open
    Graph tags describe the whole site (``og:type`` "website": "Yahoo News - Latest News"
    on a story page is the site's default card, not a headline).
    """
    og = next((text for rule, text in titles if rule == "meta:og:title"), None)
    tag = next((text for rule, text in titles if rule == "heuristic:title-tag"), None)
    if og is None or tag is None or loose(og) in loose(tag):
        return None
    if any(t.strip().casefold() == "website" for t in ctx.page.meta.get("og:type", ())):
        return None
    return og


def meta_title(ctx: Context) -> Found[str] | None:
    """The first metadata title, without its site-name affix."""
    titles = _meta_titles(ctx)
    if not titles:
        return None
    others = [text for _, text in titles]
    sites = [*_site_names(ctx), *_affix_h1s(ctx, others)]
    if all(len(text.split()) == 1 for _, text in titles):
        # "Home", "Startseite", "Blog": a one-word title names the page's place in the
        # site, not the story; a single multi-word h1 is the headline.
        h1s = h1_texts(ctx.page.root)
        if len(h1s) == 1 and len(h1s[0].split()) >= MIN_HEAD_WORDS:
            return Found(value=h1s[0], rule="heuristic:h1", selector="h1")
    tag = next((text for rule, text in titles if rule == "heuristic:title-tag"), None)
    sections = _section_names(ctx)
    for rule, text in titles:
        if tag is not None and rule != "heuristic:title-tag" and trimmed_from(text, tag):
            # The site already cut its name off the <title> to make this one ("Firefox —
            # Customize it" beside "Firefox — Customize it — Mozilla"): what is left is
            # the headline, whatever other names it contains.
            value = text
        else:
            value = strip_site_name(text, sites, others=others, sections=sections)
        if MIN_TITLE <= len(value) <= MAX_TITLE:
            source = "heuristic" if rule == "heuristic:title-tag" else "metadata"
            return Found(value=value, rule=rule, source=source)  # type: ignore[arg-type]
    return None


def lone_h1(ctx: Context) -> Found[str] | None:
    """The first plausible ``<h1>`` when the page declares no title at all."""
    for text in h1_texts(ctx.page.root):
        return Found(value=text, rule="heuristic:h1", selector="h1")
    return None


def site_name_from_title(ctx: Context) -> Found[str] | None:
    """The site's name as the ``<title>`` spells it, when an affix there names the domain.

    "Was ist Freie Software - MyOOS Community Forum" on foren.myoos.de gives
    "MyOOS Community Forum". Only affixes that contain the domain's distinctive label are
    taken, so a kicker or a slogan is never mistaken for the site's name.
    """
    if not ctx.page.domain:
        return None
    site_keys, labels = site_name_keys([ctx.page.domain])
    for _rule, text in _meta_titles(ctx):
        for _side, rest, affix in split_pieces(text, SEPARATOR_RE):
            if (
                short_affix(affix)
                and len(affix) < len(rest)
                and is_site(affix, site_keys, labels)
                and not SEPARATOR_RE.search(affix)
            ):
                name = affix.strip(LEADING_PUNCT)
                if name:
                    return Found(value=name, rule="heuristic:title-affix", source="derived")
    return None


def _meta_titles(ctx: Context) -> list[tuple[str, str]]:
    """(rule id, title) from JSON-LD, Open Graph, Dublin Core, Twitter and ``<title>``."""
    page = ctx.page
    out: list[tuple[str, str]] = []
    for obj in story_articles(page):  # the page's own object, not a related story's
        for key in ("headline", "name"):
            value = obj.get(key)
            if isinstance(value, str) and clean_text(value):
                out.append((f"jsonld:{key}", clean_text(value)))
                break
        if out:
            break
    for key in _META_TITLE_KEYS:
        value = _meta_value(page.meta, key)
        if value:
            out.append((f"meta:{key}", value))
    text = clean_text(page.title)
    if text:
        out.append(("heuristic:title-tag", text))
    return [(r, t) for r, t in out if MIN_TITLE <= len(t) <= MAX_META_TITLE]


def _meta_value(meta: Mapping[str, tuple[str, ...]], key: str) -> str | None:
    """The first value for ``key``, also under ``:`` spelling and multi-token attributes
    (``property="dc:title"``, ``property="x:title dc:title"``)."""
    # The RDFa spelling (``property="dc:title"``) before the HTML one (``name="dc.title"``):
    # pages that carry both set the property one deliberately, the name one by template.
    values = meta.get(key.replace(".", ":")) or meta.get(key)
    if values:
        return values[0]
    for name, vals in meta.items():
        if " " in name and (key in name.split() or key.replace(".", ":") in name.split()):
            return vals[0] if vals else None
    return None


def _affix_h1s(ctx: Context, metas: list[str]) -> list[str]:
    """h1 texts that are an affix of a metadata title: the site's name set as a heading."""
    affixes = {a for m in metas for a in affix_keys(m)}
    return [h for h in h1_texts(ctx.page.root) if loose(h) in affixes]


def _section_names(ctx: Context) -> list[str]:
    """The names the page gives its section: ``article:section`` and the like, JSON-LD
    ``articleSection`` and breadcrumb crumbs, and the URL's folders (not its last part, the
    story's slug); none that the slug spells out.

    Read raw, here, because the section field is resolved after the title. Only used to cut
    a title piece that equals one of them (see ``titleaffix.strip_site_name``).

    >>> from copydesk.page import Page
    >>> html = '<meta property="article:section" content="World, Europe">'
    >>> _section_names(Context(page=Page(html, "https://x.test/news/us-politics/slug-1")))
    ['World', 'Europe', 'news', 'us-politics']
    """
    page = ctx.page
    names: list[str] = []
    for key in _SECTION_META_KEYS:
        for raw in page.meta.get(key, ())[:2]:
            names.extend(raw.split(","))
    for obj in story_articles(page)[:1]:
        value = obj.get("articleSection")
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str):
                names.extend(item.split(","))
    for obj in page.jsonld:
        types = obj.get("@type")
        if "BreadcrumbList" in (types if isinstance(types, list) else [types]):
            names.extend(_crumb_names(obj.get("itemListElement")))
    parts = [p for p in page.path.split("/") if p] if page.url else []
    names.extend(f for f in parts[:-1] if not f.isdigit())
    # A name the slug spells is the headline's own words ("/movies/spider-man-far-from-home"
    # for "Spider-Man - Far From Home"), whatever else calls it a section.
    slug = f" {_words(parts[-1])} " if parts else ""
    return [n.strip() for n in names if _words(n) and f" {_words(n)} " not in slug]


def _words(text: str) -> str:
    """``text``'s words, case-folded, unaccented, one space apart ("Far From Home" =
    "far-from-home")."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(w for w in _NON_WORD_RE.split(bare.casefold()) if w)


def _crumb_names(items: object) -> list[str]:
    """The names of a JSON-LD breadcrumb list's crumbs (``name`` or ``item.name``)."""
    names: list[str] = []
    for item in items[:MAX_CRUMBS] if isinstance(items, list) else []:
        if not isinstance(item, Mapping):
            continue
        inner = item.get("item")
        name = item.get("name") or (inner.get("name") if isinstance(inner, Mapping) else None)
        if isinstance(name, str):
            names.append(name)
    return names


def _site_names(ctx: Context) -> list[str]:
    page = ctx.page
    names: list[str] = []
    site = ctx.value("site_name")
    if isinstance(site, str):
        names.append(site)
    for key in ("og:site_name", "application-name", "apple-mobile-web-app-title", "twitter:site"):
        names.extend(v.lstrip("@") for v in page.meta.get(key, ()))
    publisher = jsonld_publisher_name(page.jsonld_articles(), page.jsonld)
    if publisher:
        names.append(publisher)
    domain = page.domain
    if domain:
        names.append(domain)
    return [n for n in names if n]


TITLE_RULES: tuple[Rule, ...] = (
    h2_without_marked_kicker,
    h1_agreeing,
    h1_over_copied_title,
    meta_title,
    lone_h1,
)
