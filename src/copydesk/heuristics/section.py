"""The section a story was filed under ("Nation & World", "Politik", "Sport").

Sources, most explicit first: ``article:section`` meta, JSON-LD ``articleSection``, then
the breadcrumb trail (JSON-LD ``BreadcrumbList``, or a ``nav``/``ol``/``div`` marked as a
breadcrumb in the markup).

A breadcrumb becomes a section as its path: the crumbs joined with ``" / "``, without the
leading "Home" crumb and without a trailing crumb that repeats the article's title
("News / Nation & World"). The path keeps the hierarchy a single crumb would lose, and its
last element is the narrowest section.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from lxml.html import HtmlElement

from copydesk.cleaning import clean_text, element_text, loose
from copydesk.heuristics.metadata import HOST_NAME_RE, SITE_SEPARATOR_RE
from copydesk.rules import Context, Found, Rule

__all__ = ["SECTION_RULES", "breadcrumb_path"]

#: Joins breadcrumb crumbs into one section string.
CRUMB_SEPARATOR = " / "
#: A crumb longer than this is a headline, not a section name.
MAX_CRUMB = 60
#: A section longer than this (joined path included) is not a section.
MAX_SECTION = 120
#: At most this many breadcrumb-marked containers are read (a page marks a handful).
MAX_CONTAINERS = 20
#: Breadcrumbs with more crumbs than this are menus, not trails.
MAX_CRUMBS = 8

# Crumbs that name the site root rather than a section.
_HOME_RE = re.compile(
    r"^(?:home|homepage|start|startseite|accueil|inicio|portada|home\s*page|главная|首页|"
    r"forside|etusivu|strona\s+główna|página\s+inicial|pagina\s+iniziale|hjem|hem)$",
    re.IGNORECASE,
)
# A leading crumb naming the site's home page ("Daily Planet Home", "Example News Homepage").
_SITE_HOME_RE = re.compile(r"^\S.{0,40}\s(?:home|homepage|startseite|accueil)$", re.IGNORECASE)
# A crumb cut short with an ellipsis is the story's own (truncated) headline.
_TRUNCATED_RE = re.compile(r"(?:\.\.\.|…)$")
# The label some trails open with ("You are here: Home > News"): not a crumb.
_HERE_RE = re.compile(
    r"^(?:you\s+are\s+here|sie\s+sind\s+hier|sie\s+befinden\s+sich\s+hier|vous\s+êtes\s+ici"
    r"|usted\s+está\s+aquí|está\s+aquí|estás\s+aquí|sei\s+qui|ti\s+trovi\s+qui|u\s+bent\s+hier"
    r"|u\s+bevindt\s+zich\s+hier|você\s+está\s+aqui|jesteś\s+tutaj|du\s+bist\s+hier)\s*:?$",
    re.IGNORECASE,
)
# A CMS category list in one field ("Science, Science Space", "game,news,slider"):
# the site files the story under all of them and the first is the primary one.
_LIST_SPLIT_RE = re.compile(r"\s*[,;]\s*")
# A URL path where a section name should be ("/world/middle_east", "/news/"): the CMS's
# route, not the name the page shows.
_PATH_RE = re.compile(r"^/[\w/.-]*$")
# Separator characters sites print between crumbs (when the crumbs are plain text).
_SEPARATOR_RE = re.compile(r"^[\s/>»›|·•\\:→-]*$")
# Class/id/aria marks of a breadcrumb container ("readcrumb" matches Breadcrumb and
# breadcrumb without XPath's slow translate()).
_BREADCRUMB_XPATH = (
    "//*[self::nav or self::ol or self::ul or self::div or self::p or self::span]"
    "[contains(@class, 'readcrumb') or contains(@id, 'readcrumb')"
    " or contains(@class, 'ReadCrumb') or contains(@class, 'BREADCRUMB')"
    " or contains(@aria-label, 'readcrumb') or contains(@itemtype, 'BreadcrumbList')]"
)


def meta_section(ctx: Context) -> Found[str] | None:
    """``<meta property="article:section">`` (or ``section`` / ``parsely-section``)."""
    for key in (
        "article:section",
        "section",
        "parsely-section",
        "sailthru.section",
        "dc.subject.section",
        "cxenseparse:pageclass-section",
    ):
        for raw in ctx.page.meta.get(key, ()):
            text = _first_listed(_clean_section(raw))
            if text and not _is_site(text, _site_keys(_sites(ctx))) and not _is_title(ctx, text):
                return Found(value=text, rule=f"meta:{key}", source="metadata")
    return None


def jsonld_section(ctx: Context) -> Found[str] | None:
    """The JSON-LD article's ``articleSection`` (the first, if a list)."""
    for obj in ctx.page.jsonld_articles():
        value = obj.get("articleSection")
        if isinstance(value, list):
            value = next((v for v in value if isinstance(v, str) and v.strip()), None)
        if isinstance(value, str):
            text = _first_listed(_clean_section(value))
            if text and not _is_site(text, _site_keys(_sites(ctx))) and not _is_title(ctx, text):
                return Found(value=text, rule="jsonld:articleSection", source="metadata")
    return None


def jsonld_breadcrumb(ctx: Context) -> Found[str] | None:
    """A JSON-LD ``BreadcrumbList``'s crumbs as a path."""
    for obj in ctx.page.jsonld:
        types = obj.get("@type")
        types = types if isinstance(types, list) else [types]
        if "BreadcrumbList" not in types:
            continue
        names = list(_jsonld_crumbs(obj.get("itemListElement")))
        path = breadcrumb_path(names, title=ctx.value("title"), sites=_sites(ctx))
        if path:
            return Found(value=path, rule="jsonld:BreadcrumbList", source="metadata")
    return None


def _jsonld_crumbs(items: Any) -> Iterable[str]:
    if not isinstance(items, list):
        return []
    ranked: list[tuple[float, str]] = []
    for i, item in enumerate(items):
        if not isinstance(item, Mapping):
            continue
        name = item.get("name")
        inner = item.get("item")
        if not isinstance(name, str) and isinstance(inner, Mapping):
            name = inner.get("name")
        if isinstance(name, str):
            position = item.get("position")
            rank = (
                float(position)
                if isinstance(position, int | float | str)
                and str(position).replace(".", "", 1).isdigit()
                else float(i)
            )
            ranked.append((rank, name))
    ranked.sort(key=lambda pair: pair[0])
    return [name for _, name in ranked]


def dom_breadcrumb(ctx: Context) -> Found[str] | None:
    """A breadcrumb trail in the markup (``nav.breadcrumb``, ``ol.breadcrumbs``, microdata).

    Of nested breadcrumb-marked containers, an inner trail (two crumbs or more) wins over
    the outer container, which reads other links too ("breadcrumb_ctr" around the trail,
    the page's toolbar and a topics menu). A marked "breadcrumb-item" is one crumb, not a
    trail: its list stands.
    """
    title = ctx.value("title")
    containers = [c for c in ctx.page.xpath(_BREADCRUMB_XPATH) if isinstance(c, HtmlElement)]
    paths: dict[HtmlElement, str] = {}
    trails: set[HtmlElement] = set()  # containers of two crumbs or more: a trail, no item
    for container in containers[:MAX_CONTAINERS]:
        names = _dom_crumbs(container)
        if not names or len(names) > MAX_CRUMBS:
            continue
        path = breadcrumb_path(names, title=title, sites=_sites(ctx))
        if path:
            paths[container] = path
            if len(names) > 1:
                trails.add(container)
    for container, path in paths.items():
        if not any(el in trails for el in container.iterdescendants()):
            return Found(value=path, rule="heuristic:breadcrumb", selector="breadcrumb")
    return None


def _dom_crumbs(container: HtmlElement) -> list[str]:
    # Microdata crumbs name themselves; otherwise list items, else links.
    items = container.xpath(".//*[@itemprop='name']")
    if not items:
        items = container.xpath(".//li")
        # A nested list's items would be counted twice; keep the innermost text-holders.
        items = [li for li in items if not li.xpath(".//li")]
    if not items:
        items = container.xpath(".//a")
    names = [element_text(el) for el in items]
    if not names:
        text = element_text(container)
        names = re.split(r"\s+[/>»›|·•→]\s+", text) if text else []
    return [n for n in names if n and not _SEPARATOR_RE.match(n)]


def breadcrumb_path(
    names: Iterable[str], *, title: str | None = None, sites: Iterable[str] = ()
) -> str | None:
    """Crumbs -> one section path, without "Home" and without the article's own title.

    Leading crumbs that name the site ("yle.fi", "ZEIT ONLINE") are a "Home" link too.

    >>> breadcrumb_path(["Home", "News", "Nation & World", "NATO seeks ..."],
    ...                 title="NATO seeks ...")
    'News / Nation & World'
    >>> breadcrumb_path(["yle.fi", "Uutiset", "Politiikka"], sites=["yle.fi"])
    'Uutiset / Politiikka'
    >>> breadcrumb_path(["Home"]) is None
    True
    >>> breadcrumb_path(["Science", "Space", "Home", "Astronomy"])
    'Science / Space'
    >>> breadcrumb_path(["ExampleMD Home", "Health News", "Flu season starts ..."])
    'Health News'
    """
    crumbs = [clean_text(n).strip(" />»›|·•") for n in names]
    crumbs = [c for c in crumbs if c]
    site_keys = _site_keys(sites)
    while crumbs and (
        _HOME_RE.match(crumbs[0])
        or _HERE_RE.match(crumbs[0])
        or _SITE_HOME_RE.match(crumbs[0])
        or _is_site(crumbs[0], site_keys)
    ):
        crumbs.pop(0)
    # A "Home" crumb inside the trail starts a second trail or a menu run together with the
    # first (two breadcrumb lists in one container): keep the first trail.
    home = next((i for i, c in enumerate(crumbs) if _HOME_RE.match(c)), None)
    if home is not None:
        crumbs = crumbs[:home]
    if crumbs and (
        len(crumbs[-1]) > MAX_CRUMB
        or _same_title(crumbs[-1], title)
        or _TRUNCATED_RE.search(crumbs[-1])
    ):
        crumbs.pop()
    if not crumbs or any(len(c) > MAX_CRUMB for c in crumbs):
        return None
    path = CRUMB_SEPARATOR.join(dict.fromkeys(crumbs))
    return path if len(path) <= MAX_SECTION else None


def _site_keys(sites: Iterable[str]) -> set[str]:
    keys: set[str] = set()
    for site in sites:
        if not site:
            continue
        keys.add(loose(site))
        if HOST_NAME_RE.match(site):
            host = site.lower().removeprefix("www.")
            keys.add(loose(host.rsplit(".", 1)[0]))  # "pagesix" for pagesix.com
    keys.discard("")
    return keys


def _is_site(text: str, site_keys: set[str]) -> bool:
    """Whether a crumb or section value is the site's own name or a host name, alone or
    followed by its slogan ("TagesWoche – Journalismus für Basel")."""
    if HOST_NAME_RE.match(text) or loose(text) in site_keys:
        return True
    head = SITE_SEPARATOR_RE.split(text, maxsplit=1)[0]
    return head != text and loose(head) in site_keys


def _is_title(ctx: Context, text: str) -> bool:
    """A section field the CMS filled with the story's own headline."""
    title = ctx.value("title")
    return isinstance(title, str) and text.casefold() == title.casefold()


def _sites(ctx: Context) -> list[str]:
    names = [ctx.value("site_name"), ctx.page.domain]
    return [n for n in names if isinstance(n, str) and n]


def _same_title(crumb: str, title: str | None) -> bool:
    if not title:
        return False
    a, b = crumb.casefold(), title.casefold()
    return a == b or (len(a) > 15 and (a in b or b in a))


def _first_listed(text: str | None) -> str | None:
    """The first entry of a comma-separated category list, else ``text`` as it is.

    >>> _first_listed("Science, Science Space, Science Space Probes")
    'Science'
    >>> _first_listed("Arts & Culture")
    'Arts & Culture'
    """
    if not text:
        return text
    parts = [p for p in _LIST_SPLIT_RE.split(text) if p]
    return parts[0] if parts else None


def _clean_section(raw: str) -> str | None:
    text = clean_text(raw)
    if not text or len(text) > MAX_SECTION or text.startswith(("http://", "https://")):
        return None
    if HOST_NAME_RE.match(text):
        return None  # "gizmodo.com": the CMS filled the field with the site, not a section
    if _PATH_RE.match(text):
        return None  # "/world/middle_east": the section's URL path, not its name
    if _HOME_RE.match(text):
        return None
    return text


SECTION_RULES: tuple[Rule, ...] = (meta_section, jsonld_section, jsonld_breadcrumb, dom_breadcrumb)
