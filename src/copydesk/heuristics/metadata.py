"""Site name, language and description: straight from the page's own metadata.

These fields are declared, not inferred: ``og:site_name``, ``<html lang>``,
``og:description``. The rules only pick the most specific declaration and tidy it
(language tags become lower-case BCP-47-ish tags such as ``"en"`` or ``"en-us"``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from copydesk.cleaning import clean_text
from copydesk.heuristics.langdetect import contradicted_declaration
from copydesk.rules import Context, Found, Rule

__all__ = [
    "DECLARED_LANGUAGE_RULES",
    "DESCRIPTION_RULES",
    "HOST_NAME_RE",
    "LANGUAGE_RULES",
    "SITE_NAME_RULES",
    "SITE_SEPARATOR_RE",
    "jsonld_publisher_name",
    "name_part",
    "normalize_language",
]

#: Longest site name accepted; longer values are slogans or whole titles.
MAX_SITE_NAME = 80
#: Shortest domain name (and site-name part) matched against each other: "tv", "ab" match
#: too much by chance.
MIN_DOMAIN_LABEL = 3
#: Shortest description kept; shorter ones are placeholders ("News", "Home").
MIN_DESCRIPTION = 20

# A language tag: 2-3 letter primary subtag, optional script/region/variant subtags.
_LANG_RE = re.compile(r"^[a-z]{2,3}(?:-[a-z0-9]{2,8}){0,3}$")
# The source's own <html lang=...> (attribute order free, quotes optional).
_HTML_LANG_RE = re.compile(
    r"""<html\b[^>]{0,500}?\blang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)""",
    re.IGNORECASE,
)
#: How much of the source is searched for a displaced ``<html lang>``.
HTML_LANG_SCAN = 20_000
# Placeholder values CMSs leave in language fields.
_LANG_JUNK = frozenset({"und", "mul", "zxx", "xx", "none", "null", "default"})


# ------------------------------------------------------------------ site name


def og_site_name(ctx: Context) -> Found[str] | None:
    """``<meta property="og:site_name">`` (its name part when it carries a slogan).

    Some outlets fill it with something else: a handle ("@harbourtimes"), a section
    ("U.S."), a placeholder ("Hosted") or the bare domain label ("harbourtimes"). Then
    another declaration that names the domain (JSON-LD publisher, application-name, the
    ``<title>`` affix) wins; a handle without one is kept without its "@".
    """
    found = _site_text(ctx, _meta_text(ctx, ("og:site_name",), MAX_SITE_NAME))
    if found is None:
        return None
    value = found.value
    handle = value.startswith("@")
    if handle:
        value = value.lstrip("@").strip()
        if not value:
            return None
        found = Found(value=value, rule=found.rule, source=found.source)
    label = _domain_label(ctx.page.domain)
    if label is None:
        return found
    one_word = len(value.split()) == 1
    # "harbourtimes", not the brand written in lower case ("top agrar").
    bare_label = one_word and _fold(value) == label and value == value.lower()
    # Only a name in Latin letters can be compared with the domain: "خبرآنلاین" on
    # khabaronline.ir is the site's own name in its own script.
    unrelated = one_word and _fold(value).isascii() and _domain_rank(value, label) == 0
    if handle or bare_label or unrelated:
        better = _named_declaration(ctx, label, value)
        if better is not None:
            return better
    return found


def _domain_label(domain: str | None) -> str | None:
    """The folded name label of a host ("harbourtimes" for www.harbourtimes.co.uk), or None
    when it is too short to compare ("sz" for sz.de)."""
    labels = [x for x in (domain or "").casefold().split(".") if x and x != "www"]
    if len(labels) < 2:
        return None
    # "co.uk", "com.au": a short second-level label before a country code is not the name.
    if len(labels) >= 3 and len(labels[-2]) <= _MAX_SLD_CHARS and len(labels[-1]) == 2:
        labels = labels[:-1]
    label = _fold(labels[-2])
    return label if len(label) >= MIN_DOMAIN_LABEL else None


#: "co", "com", "org", "ac", "net" as the second level under a country code.
_MAX_SLD_CHARS = 3


def _domain_rank(value: str, label: str) -> int:
    """2: the value names the domain ("AP News" for apnews); 1: it shares a word with it
    ("The Times" for harbourtimes); 0: nothing in common ("U.S.", "Hosted")."""
    key = _fold(value)
    if len(key) >= MIN_DOMAIN_LABEL and (key == label or label in key or key in label):
        return 2
    words = [_fold(w) for w in value.split()]
    return int(any(len(w) >= MIN_DOMAIN_LABEL and w in label for w in words))


def _named_declaration(ctx: Context, label: str, weak: str) -> Found[str] | None:
    """The first other site-name declaration that names the domain and is not ``weak``
    itself ("PolitiFact" for "@politifact" and "politifact")."""
    for rule in (jsonld_publisher, application_name, title_affix):
        other = rule(ctx)
        if other is None or other.value.lstrip("@") == weak:
            continue
        if _domain_rank(other.value, label) == 2 and not HOST_NAME_RE.match(other.value):
            return other
    return None


def application_name(ctx: Context) -> Found[str] | None:
    """``<meta name="application-name">`` (or ``apple-mobile-web-app-title``)."""
    keys = ("application-name", "apple-mobile-web-app-title")
    return _site_text(ctx, _meta_text(ctx, keys, MAX_SITE_NAME))


def jsonld_publisher(ctx: Context) -> Found[str] | None:
    """The JSON-LD article's ``publisher.name`` (else a ``WebSite``/``Organization`` name)."""
    name = jsonld_publisher_name(ctx.page.jsonld_articles(), ctx.page.jsonld)
    if name is None:
        return None
    return _site_text(ctx, Found(value=name, rule="jsonld:publisher.name", source="metadata"))


#: A site name joined to its slogan: "Ringsport – Alle News, Tickets und Termine", "KXYZ 9News |
#: Harbour News, Weather". Only spaced separators: "tv-orange" and "Mac&i" are one name.
#: Shared with :mod:`~copydesk.heuristics.section` (a crumb or section field holding the
#: site's name and slogan).
SITE_SEPARATOR_RE = re.compile(r"\s+[|\u2013\u2014-]\s+")
#: A name written as a host ("HarbourTimes.com", "gizmeo.eu", "www.example.de"); shared with
#: :mod:`~copydesk.heuristics.section`, where a host is never a section's name.
HOST_NAME_RE = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", re.IGNORECASE)


def _fold(text: str) -> str:
    """Lower-case letters and digits only, accents dropped ("Aktuálně.cz" -> "aktualnecz")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return re.sub(r"[\W_]+", "", "".join(c for c in decomposed if not unicodedata.combining(c)))


def name_part(value: str, domain: str | None) -> str:
    """The part of a "Name - Slogan" site name that names the domain; else ``value``.

    The part equal to the domain's name beats one inside it ("DAWO!" for dawo-dresden.de),
    which beats one that contains it ("Journalistenwatch e.V."); a tie keeps ``value``.

    >>> name_part("Boxen – Alle News, Tickets, Termine", "www.boxen.de")
    'Boxen'
    >>> name_part("Katzen Forum - Das große Katzenforum", "www.katzen-forum.net")
    'Katzen Forum'
    >>> name_part("Mid - Atlantic Times", None)
    'Mid - Atlantic Times'
    """
    parts = [p for p in SITE_SEPARATOR_RE.split(value) if p]
    labels = (domain or "").split(".")
    if len(parts) < 2 or len(labels) < 2:
        return value
    label = _fold(labels[-2])
    if len(label) < MIN_DOMAIN_LABEL:
        return value
    ranked: list[tuple[int, str]] = []
    for part in parts:
        key = _fold(part)
        if len(key) < MIN_DOMAIN_LABEL:
            continue
        rank = 3 if key == label else 2 if key in label else 1 if label in key else 0
        ranked.append((rank, part))
    best = max((r for r, _ in ranked), default=0)
    winners = [p for r, p in ranked if r == best]
    if not best or len(winners) != 1:
        return value
    if HOST_NAME_RE.match(winners[0]) and any(_title_cased(p) for p in parts):
        return value  # "The Harbour Times | HarbourTimes.com": the name beats its address
    return winners[0]


def _title_cased(text: str) -> bool:
    """Two or more words, every one capitalised, some lower-case letters: a name
    ("The Jerusalem Post"), not a slogan ("inside the machine") or a shout ("BY: JOE")."""
    words = text.split()
    return (
        len(words) >= 2
        and any(c.islower() for c in text)
        and all(w[0].isupper() or not w[0].isalpha() for w in words)
    )


#: A site name with this many long words, all of them in the headline but not as one
#: run (a title carrying the site's name as an affix), is the headline reworded (a CMS
#: that fills ``og:site_name`` with the page's title), not the site.
MIN_HEADLINE_WORDS = 3
#: Shorter words ("für", "the", "am") differ between a headline and its variants.
MIN_HEADLINE_WORD_CHARS = 4
_LONG_WORD_RE = re.compile(rf"[^\W\d_]{{{MIN_HEADLINE_WORD_CHARS},}}")


def is_headline(name: str, title: str | None) -> bool:
    """Whether a declared site name is really the story's headline, reworded or not.

    >>> is_headline("Bürgerbeteiligung für Windpark Steinheim",
    ...             "Geldanlage: Bürgerbeteiligung am Windpark Steinheim")
    True
    >>> is_headline("The Harbour Times", "Harbour Times wins press award")
    False
    >>> is_headline("Daily Legal Notices", "Daily Legal Notices : Details : Acme LLC")
    False
    """
    if not title or name.casefold() in title.casefold():
        return False
    words = [w.casefold() for w in _LONG_WORD_RE.findall(name)]
    if len(words) < MIN_HEADLINE_WORDS:
        return False
    in_title = {w.casefold() for w in _LONG_WORD_RE.findall(title)}
    return all(w in in_title for w in words)


def _site_text(ctx: Context, found: Found[str] | None) -> Found[str] | None:
    if found is None:
        return None
    title = ctx.value("title")
    if is_headline(found.value, title if isinstance(title, str) else None):
        return None
    name = name_part(found.value, ctx.page.domain)
    if name == found.value:
        return found
    return Found(value=name, rule=found.rule, source=found.source, selector=found.selector)


def jsonld_publisher_name(
    articles: tuple[Mapping[str, Any], ...], objects: tuple[Mapping[str, Any], ...]
) -> str | None:
    """The publisher's name from JSON-LD: the article's publisher, else the site's own name.

    >>> jsonld_publisher_name(({"publisher": {"name": "The Columbian"}},), ())
    'The Columbian'
    """
    for obj in articles:
        publisher = obj.get("publisher")
        if isinstance(publisher, list) and publisher:
            publisher = publisher[0]
        if isinstance(publisher, dict):
            name = _short_text(publisher.get("name"), MAX_SITE_NAME)
            if not name and isinstance(publisher.get("@id"), str):
                name = _referenced_name(publisher["@id"], objects)
            if name:
                return name
    for obj in objects:
        types = obj.get("@type")
        types = types if isinstance(types, list) else [types]
        if any(t in ("WebSite", "NewsMediaOrganization") for t in types):
            name = _short_text(obj.get("name"), MAX_SITE_NAME)
            if name:
                return name
    return None


# Repeated slashes in an @id ("https://x.de/de//#organization"): a CMS joining a base URL
# ending in "/" with a path starting with "/"; the same node as with one slash.
_SLASHES_RE = re.compile(r"(?<!:)/{2,}")


def _referenced_name(ref: str, objects: tuple[Mapping[str, Any], ...]) -> str | None:
    """The name of the JSON-LD node a ``{"@id": ...}`` publisher points at, the @id compared
    without doubled slashes (the graph's own resolution needs them equal).

    >>> _referenced_name("https://x.test/de//#org", ({"@id": "https://x.test/de/#org",
    ...                  "name": "Harbour Times"},))
    'Harbour Times'
    """
    key = _SLASHES_RE.sub("/", ref)
    for obj in objects:
        oid = obj.get("@id")
        if isinstance(oid, str) and _SLASHES_RE.sub("/", oid) == key:
            name = _short_text(obj.get("name"), MAX_SITE_NAME)
            if name:
                return name
    return None


def title_affix(ctx: Context) -> Found[str] | None:
    """The site name as an affix of the ``<title>`` that names the domain (derived)."""
    from copydesk.heuristics.title import site_name_from_title  # title imports this module

    return site_name_from_title(ctx)


# ------------------------------------------------------------------ language


def html_lang(ctx: Context) -> Found[str] | None:
    """``<html lang="en-US">`` (or ``xml:lang``), else ``<body lang>``.

    When junk before the doctype (a PHP warning) makes the parser open its own ``<html>``,
    the page's real ``<html lang>`` survives only in the source text, so that is read too.
    """
    root = ctx.page.root
    body = root.find("body")
    for el in (root, body):
        if el is None:
            continue
        for attr in ("lang", "{http://www.w3.org/XML/1998/namespace}lang", "xml:lang"):
            lang = normalize_language(el.get(attr))
            if lang:
                return Found(value=lang, rule="heuristic:html-lang", source="metadata")
    m = _HTML_LANG_RE.search(ctx.page.html[:HTML_LANG_SCAN])
    lang = normalize_language(m.group(1)) if m else None
    if lang:
        return Found(value=lang, rule="heuristic:html-lang", source="metadata")
    return None


def meta_language(ctx: Context) -> Found[str] | None:
    """``content-language``, ``dc.language``, ``language`` meta tags, then ``og:locale``."""
    for key in ("content-language", "dc.language", "dcterms.language", "language", "og:locale"):
        for raw in ctx.page.meta.get(key, ()):
            lang = normalize_language(raw)
            if lang:
                return Found(value=lang, rule=f"meta:{key}", source="metadata")
    return None


def jsonld_language(ctx: Context) -> Found[str] | None:
    """The JSON-LD article's ``inLanguage``."""
    for obj in (*ctx.page.jsonld_articles(), *ctx.page.jsonld):
        value = obj.get("inLanguage")
        if isinstance(value, dict):
            value = value.get("name") or value.get("alternateName")
        if isinstance(value, str):
            lang = normalize_language(value)
            if lang:
                return Found(value=lang, rule="jsonld:inLanguage", source="metadata")
    return None


def normalize_language(raw: str | None) -> str | None:
    """A lower-case BCP-47-ish tag: primary language, plus region when the page gives one.

    Underscores become hyphens (``og:locale`` writes ``en_US``); the first of a
    comma-separated list wins; placeholders ("und", "xx") are dropped.

    >>> normalize_language("en-US")
    'en-us'
    >>> normalize_language("de_DE")
    'de-de'
    >>> normalize_language("fr, en")
    'fr'
    >>> normalize_language("English") is None
    True
    """
    if not raw:
        return None
    tag = raw.strip().split(",")[0].split(";")[0].strip().lower().replace("_", "-")
    if not _LANG_RE.match(tag) or tag.split("-")[0] in _LANG_JUNK:
        return None
    return tag


# ------------------------------------------------------------------ description


def og_description(ctx: Context) -> Found[str] | None:
    """``og:description``."""
    return _meta_text(ctx, ("og:description",), None, MIN_DESCRIPTION)


def meta_description(ctx: Context) -> Found[str] | None:
    """``<meta name="description">``, then ``twitter:description`` / ``dc.description``."""
    return _meta_text(
        ctx, ("description", "twitter:description", "dc.description"), None, MIN_DESCRIPTION
    )


def jsonld_description(ctx: Context) -> Found[str] | None:
    """The JSON-LD article's ``description``."""
    for obj in ctx.page.jsonld_articles():
        text = _short_text(obj.get("description"), None)
        if text and len(text) >= MIN_DESCRIPTION:
            return Found(value=text, rule="jsonld:description", source="metadata")
    return None


# ------------------------------------------------------------------ helpers


def _meta_text(
    ctx: Context, keys: tuple[str, ...], max_len: int | None, min_len: int = 1
) -> Found[str] | None:
    for key in keys:
        for raw in ctx.page.meta.get(key, ()):
            text = _short_text(raw, max_len)
            if text and len(text) >= min_len:
                return Found(value=text, rule=f"meta:{key}", source="metadata")
    return None


def _short_text(value: Any, max_len: int | None) -> str | None:
    if not isinstance(value, str):
        return None
    text = clean_text(value)
    if not text or (max_len is not None and len(text) > max_len):
        return None
    if text.startswith(("http://", "https://", "{{")):
        return None  # an unrendered template or a URL where a name should be
    return text


SITE_NAME_RULES: tuple[Rule, ...] = (
    og_site_name,
    jsonld_publisher,
    application_name,
    title_affix,
)
#: The page's own declarations, most specific first.
DECLARED_LANGUAGE_RULES: tuple[Rule, ...] = (html_lang, meta_language, jsonld_language)
#: A declaration the prose plainly contradicts (a template's ``lang="en"``) loses first.
LANGUAGE_RULES: tuple[Rule, ...] = (contradicted_declaration, *DECLARED_LANGUAGE_RULES)
DESCRIPTION_RULES: tuple[Rule, ...] = (og_description, meta_description, jsonld_description)
