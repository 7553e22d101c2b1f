"""Byline rules: who wrote the story, from metadata first, then from the visible page.

Structured author data (JSON-LD, ``<meta>``) is the most reliable when it names people, so
it comes first; an author that is only an organisation (the site itself, often) must not
hide a visible "By Jane Doe", so organisation-only answers come last. The string parsing
lives in :mod:`copydesk.heuristics.bylinetext` and :mod:`copydesk.heuristics.bylinenames`,
name matching across sources in :mod:`copydesk.heuristics.bylinematch`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from copydesk.cleaning import clean_text
from copydesk.heuristics.bylineboxes import author_box, sidebar_author_box
from copydesk.heuristics.bylinelines import by_line_text
from copydesk.heuristics.bylinematch import (
    complete_name,
    extend_byline,
    overlap,
    respell,
    squash,
)
from copydesk.heuristics.bylinenames import name_case
from copydesk.heuristics.bylinepage import (
    author_link,
    byline_class,
    byline_class_agency,
    byline_class_candidates,
    byline_class_organisation,
    hcard_author,
    itemprop_author,
    lower_case_bylines,
    rel_author,
)
from copydesk.heuristics.bylinesource import (
    date_name_line,
    dateline_agency,
    personal_site,
    signature_line,
    source_line,
)
from copydesk.heuristics.bylinetext import (
    byline_from_names,
    parse_byline,
)
from copydesk.heuristics.metaitems import other_item_type, story_articles, story_meta
from copydesk.model import Byline
from copydesk.rules import Context, Found, Rule

__all__ = [
    "BYLINE_RULES",
    "author_box",
    "author_link",
    "by_line_text",
    "byline_class",
    "byline_class_agency",
    "byline_class_organisation",
    "byline_from_names",
    "complete_name",
    "date_name_line",
    "dateline_agency",
    "hcard_author",
    "itemprop_author",
    "jsonld_author",
    "jsonld_author_organisation",
    "meta_author",
    "meta_author_organisation",
    "name_case",
    "parse_byline",
    "personal_site",
    "rel_author",
    "sidebar_author_box",
    "signature_line",
    "source_line",
]

#: More author meta tags than this are a reference list, not the story's byline.
MAX_META_AUTHORS = 12

# Dublin Core first: pages that set it chose it deliberately, while name=author is often a
# CMS default (readability's fixtures encode the same preference).
_META_AUTHOR_KEYS = (
    "dc:creator",
    "dc.creator",
    "dcterms:creator",
    "dcterms.creator",
    "author",
    "article:author",
    "og:article:author",
    "parsely-author",
    "sailthru.author",
    "byl",
    "cxenseparse:author",
    "citation_author",
)
_ORG_TYPES = (
    "organization",
    "newsmediaorganization",
    "corporation",
    "organisation",
    "localbusiness",
    "educationalorganization",
    "governmentorganization",
)

# ---------------------------------------------------------------- structured metadata


def _jsonld_names(
    obj: Mapping[str, Any], nodes: Mapping[str, Mapping[str, Any]]
) -> tuple[list[str], list[str]]:
    """(people, organisations) named in a JSON-LD object's ``author``/``creator``.

    ``nodes`` resolves ``{"@id": ...}`` references: Yoast-style graphs name the author in a
    separate Person node.
    """
    people: list[str] = []
    orgs: list[str] = []
    value = obj.get("author") or obj.get("creator")
    items = value if isinstance(value, list) else [value]
    for item in items[:20]:
        if isinstance(item, Mapping) and "name" not in item and isinstance(item.get("@id"), str):
            item = nodes.get(item["@id"], item)
        if isinstance(item, str):
            people.append(item)
        elif isinstance(item, Mapping):
            name = item.get("name")
            if isinstance(name, list):
                name = next((n for n in name if isinstance(n, str)), None)
            if not isinstance(name, str) or not name.strip():
                given, family = item.get("givenName"), item.get("familyName")
                name = " ".join(x for x in (given, family) if isinstance(x, str))
            if not name.strip():
                continue
            name = complete_name(name, item.get("description"))
            types = item.get("@type")
            types = types if isinstance(types, list) else [types]
            if any(isinstance(t, str) and t.lower() in _ORG_TYPES for t in types):
                orgs.append(name)
            else:
                people.append(name)
    return people, orgs


def _jsonld_candidates(ctx: Context) -> Iterator[Mapping[str, Any]]:
    articles = story_articles(ctx.page)  # the one naming this page first
    yield from articles
    seen = {id(a) for a in ctx.page.jsonld_articles()}  # those left out are other stories
    for obj in ctx.page.jsonld:
        # Beside an article, an embedded video's or a review's author is not the story's.
        if id(obj) in seen or (articles and other_item_type(obj)):
            continue
        if "author" in obj or "creator" in obj:
            yield obj


def _jsonld_byline(ctx: Context) -> Byline | None:
    nodes = {o["@id"]: o for o in ctx.page.jsonld if isinstance(o.get("@id"), str)}
    for obj in _jsonld_candidates(ctx):
        people, orgs = _jsonld_names(obj, nodes)
        if people or orgs:
            # No site-name demotion here: on personal blogs the author *is* the site.
            return byline_from_names(people, organisations=orgs)
    return None


def jsonld_author(ctx: Context) -> Found[Byline] | None:
    """JSON-LD ``author`` of the article object, when it names people.

    JSON-LD is sometimes the CMS account that uploaded the story rather than the reporters:
    when the visible byline names other people and the meta author does not side with the
    JSON-LD, the JSON-LD is passed over. When the meta tag or the visible byline names the
    same people and more (JSON-LD often lists only the first author), the others are added.
    """
    byline = _jsonld_byline(ctx)
    if byline is None or not byline.people:
        return None
    visible = _visible_byline(ctx)
    meta = _meta_byline(ctx)
    sided = meta is not None and overlap(byline, meta[1])
    outvoted = not sided or _meta_backs_visible(ctx, visible)
    if visible is not None and not overlap(byline, visible) and outvoted:
        return None
    byline = extend_byline(byline, meta[1] if meta else None, _by_line(ctx))
    if visible is None:
        # A byline in lower case (capitals only by CSS) that names the JSON-LD author and
        # more: its other names are the co-authors the JSON-LD left out.
        byline = extend_byline(byline, *lower_case_bylines(ctx))
    byline = respell(byline, visible, meta[1] if meta else None)
    return Found(value=byline, rule="jsonld:author", source="metadata")


def _by_line(ctx: Context) -> Byline | None:
    """The visible "By ..." line only (not a class guess): trusted to add missing authors."""
    found = by_line_text(ctx)
    return None if found is None else found.value


def _visible_byline(ctx: Context) -> Byline | None:
    """The "By ..." line the reader sees, used to overrule metadata naming someone else."""
    found = by_line_text(ctx)
    if found is not None:
        return found.value
    return next((got for _, got in byline_class_candidates(ctx) if got.people), None)


def jsonld_author_organisation(ctx: Context) -> Found[Byline] | None:
    """JSON-LD ``author`` that is only an organisation: the last resort, not a person."""
    byline = _jsonld_byline(ctx)
    if byline is None:
        return None
    return Found(value=byline, rule="jsonld:author-organisation", source="metadata")


def _meta_values(ctx: Context, key: str) -> list[str]:
    """Contents of meta tags whose name/property is ``key`` or lists it among several
    space-separated tokens (``property="dc:creator twitter:creator"``)."""
    meta = story_meta(ctx.page)  # not the microdata of teaser cards or comments
    values = list(meta.get(key, ()))
    for name, contents in meta.items():
        if " " in name and key in name.split():
            values.extend(contents)
    return values


def _twitter_label_author(ctx: Context) -> list[str]:
    """``twitter:label1="Written by"`` + ``twitter:data1="Jane Doe"`` (WordPress SEO plugins)."""
    for n in range(1, 5):
        label = ctx.page.meta.get(f"twitter:label{n}", ())
        if label and _TWITTER_AUTHOR_LABEL_RE.match(label[0]):
            return list(ctx.page.meta.get(f"twitter:data{n}", ())[:1])
    return []


_TWITTER_AUTHOR_LABEL_RE = re.compile(
    r"(?i)^(?:written\s+by|author|verfasst\s+von|geschrieben\s+von|autor|écrit\s+par|escrito\s+por)"
)


def _meta_byline(ctx: Context) -> tuple[str, Byline] | None:
    return next(_meta_bylines(ctx), None)


def _meta_backs_visible(ctx: Context, visible: Byline | None) -> bool:
    """Whether any author meta tag names someone of the visible byline: then metadata naming
    other people (the CMS account that posted the story) is outvoted, even if another
    meta tag repeats that account."""
    return visible is not None and any(overlap(b, visible) for _, b in _meta_bylines(ctx))


def _meta_bylines(ctx: Context) -> Iterator[tuple[str, Byline]]:
    for key in (*_META_AUTHOR_KEYS, "twitter:data"):
        found = _twitter_label_author(ctx) if key == "twitter:data" else _meta_values(ctx, key)
        values = [
            v
            for v in found
            if not re.match(r"(?i)https?://|www\.", v) and not _credits_builder(v, ctx.page.domain)
        ]
        if len(values) > MAX_META_AUTHORS:
            continue  # a reference list ("citation_author" of every cited paper), not a byline
        if not values:
            continue
        byline = byline_from_names(list(dict.fromkeys(values)))
        if byline is not None:
            yield key, _site_as_org(ctx, byline)


# A web address inside an author value: "Jane Doe - http://janedoe.dev", "Acme GmbH www.acme.de".
_VALUE_HOST_RE = re.compile(r"(?i)(?:https?://|\bwww\.)(?:www\.)?(?P<host>[\w-]+(?:\.[\w-]+)+)")


def _credits_builder(value: str, domain: str | None) -> bool:
    """True for a meta author that signs with another site's address: the theme's or the
    web agency's credit ("Web Commerce GmbH www.w-commerce.de"), not the story's author.

    >>> _credits_builder("Jane Doe - http://janedoe.dev", "news.example.com")
    True
    >>> _credits_builder("Jane Doe - https://www.example.com/jane", "news.example.com")
    False
    """
    m = _VALUE_HOST_RE.search(value)
    if m is None or not domain:
        return False
    label = squash(m.group("host").split(".")[-2])
    return label != squash(domain.split(".")[-2] if "." in domain else domain)


#: Meta tags that declare the site's name.
_SITE_KEYS = ("og:site_name", "application-name")


def _site_as_org(ctx: Context, byline: Byline) -> Byline:
    """Move a "person" that is really the site's own name into ``organisations``."""
    site = ctx.value("site_name")
    keys = {squash(site)} if isinstance(site, str) and site else set()
    # The declared names whole too: site_name keeps only the part of "Name | Slogan" that
    # names the domain, and a meta author may repeat the whole declaration.
    keys.update(squash(v) for k in _SITE_KEYS for v in ctx.page.meta.get(k, ()))
    domain = ctx.page.domain or ""
    if domain:
        keys.add(squash(domain.rsplit(".", 1)[0].split(".")[-1]))
    keys.discard("")
    if byline.people and squash(byline.raw) in keys:
        # The whole value is the site's name, separators and all ("Mac & i", "Agency |
        # Latest news | XYZ"): one organisation, not people cut out of it.
        return Byline(raw=byline.raw, organisations=(clean_text(byline.raw),))
    people = tuple(p for p in byline.people if squash(p.name) not in keys)
    if len(people) == len(byline.people):
        return byline
    moved = tuple(p.name for p in byline.people if p not in people)
    return Byline(raw=byline.raw, people=people, organisations=byline.organisations + moved)


def meta_author(ctx: Context) -> Found[Byline] | None:
    """``<meta name=author>`` and friends (URLs skipped: ``article:author`` is often one).

    Like JSON-LD, passed over when the visible "By ..." line names other people and the
    JSON-LD does not side with the meta tag.
    """
    got = _meta_byline(ctx)
    if got is None or not got[1].people:
        return None
    visible = _visible_byline(ctx)
    if visible is not None and not overlap(got[1], visible):
        jsonld = _jsonld_byline(ctx)
        if jsonld is None or not overlap(got[1], jsonld) or _meta_backs_visible(ctx, visible):
            return None
    byline = respell(extend_byline(got[1], _by_line(ctx)), visible, _jsonld_byline(ctx))
    return Found(value=byline, rule=f"meta:{got[0]}", source="metadata")


def meta_author_organisation(ctx: Context) -> Found[Byline] | None:
    """A meta author that names only an organisation; after every visible byline rule."""
    got = _meta_byline(ctx)
    if got is None:
        return None
    return Found(value=got[1], rule=f"meta:{got[0]}-organisation", source="metadata")


#: The default byline chain, most reliable first.
BYLINE_RULES: tuple[Rule, ...] = (
    jsonld_author,
    meta_author,
    itemprop_author,
    hcard_author,
    by_line_text,
    byline_class,
    rel_author,
    author_link,
    byline_class_agency,
    author_box,
    date_name_line,
    byline_class_organisation,
    source_line,
    dateline_agency,
    jsonld_author_organisation,
    meta_author_organisation,
    personal_site,
    signature_line,
    sidebar_author_box,
)
