"""The headline: the page's ``<h1>`` reconciled with its metadata titles.

Metadata titles (``og:title``, JSON-LD ``headline``, ``<title>``) are easy to find but
often carry the site's name ("... - The Columbian", "Reuters | ...") or a kicker
("Klimaschutz: ..."); the ``<h1>`` is what the reader sees as the headline but may be the
site logo. So the rules:

1. the ``<h1>`` when it agrees with a metadata title (equal after the site name is cut off,
   or one contains the other);
2. else the first metadata title, with the site-name affix cut off (the site name is known
   from ``og:site_name``/``application-name``/JSON-LD publisher, or it is the affix that
   ``<title>`` and ``og:title`` share);
3. else a lone, plausible ``<h1>``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from lxml.html import HtmlElement

from copydesk.cleaning import clean_text, element_text
from copydesk.heuristics.metadata import jsonld_publisher_name
from copydesk.rules import Context, Found, Rule

__all__ = ["TITLE_RULES", "strip_site_name"]

#: Shortest headline accepted (shorter h1s are logos or section labels).
MIN_TITLE = 4
#: Longest headline accepted (longer "titles" are paragraphs).
MAX_TITLE = 300
#: An affix this long or longer is not a site name (it is part of the headline).
MAX_AFFIX_WORDS = 6

# Separators between a headline and the site name: "Title | Site", "Site - Title", "Title · Site".
_SEPARATOR_RE = re.compile(r"\s+[|\-–—·•»«/:~]\s+|\s*[|·•»]\s*")
# Tags whose h1s are site chrome, not the story.
_CHROME_TAGS = frozenset({"nav", "footer", "aside"})
_CHROME_CLASS_RE = re.compile(
    r"logo|brand|masthead|site-?title|site-?name|navbar|menu|footer|sidebar|widget|modal|"
    r"cookie|newsletter|related",
    re.IGNORECASE,
)
# Non-word characters dropped when comparing titles loosely.
_LOOSE_RE = re.compile(r"[\W_]+")


def h1_agreeing(ctx: Context) -> Found[str] | None:
    """The ``<h1>`` that agrees with a metadata title (the visible headline wins)."""
    metas = [text for _, text in _meta_titles(ctx)]
    if not metas:
        return None
    sites = _site_names(ctx)
    cleaned = [strip_site_name(m, sites, others=metas) for m in metas]
    for h1 in _h1_texts(ctx):
        key = _loose(h1)
        if not key:
            continue
        for meta in (*cleaned, *metas):
            mkey = _loose(meta)
            if key == mkey:
                return Found(value=h1, rule="heuristic:h1", selector="h1")
        for meta in (*cleaned, *metas):
            mkey = _loose(meta)
            # "Kicker: Headline" in og:title while the h1 holds just the headline (or the
            # reverse): the h1 is the headline as printed.
            if len(key) >= 10 and mkey and (key in mkey or mkey in key):
                return Found(value=h1, rule="heuristic:h1", selector="h1")
    return None


def meta_title(ctx: Context) -> Found[str] | None:
    """The first metadata title, without its site-name affix."""
    titles = _meta_titles(ctx)
    if not titles:
        return None
    sites = _site_names(ctx)
    others = [text for _, text in titles]
    for rule, text in titles:
        value = strip_site_name(text, sites, others=others)
        if MIN_TITLE <= len(value) <= MAX_TITLE:
            source = "heuristic" if rule == "heuristic:title-tag" else "metadata"
            return Found(value=value, rule=rule, source=source)  # type: ignore[arg-type]
    return None


def lone_h1(ctx: Context) -> Found[str] | None:
    """The first plausible ``<h1>`` when the page declares no title at all."""
    for text in _h1_texts(ctx):
        return Found(value=text, rule="heuristic:h1", selector="h1")
    return None


def _meta_titles(ctx: Context) -> list[tuple[str, str]]:
    """(rule id, title) from JSON-LD, Open Graph, Twitter, Dublin Core and ``<title>``."""
    page = ctx.page
    out: list[tuple[str, str]] = []
    for obj in page.jsonld_articles():
        for key in ("headline", "name"):
            value = obj.get(key)
            if isinstance(value, str) and clean_text(value):
                out.append((f"jsonld:{key}", clean_text(value)))
                break
        if out:
            break
    for key in ("og:title", "twitter:title", "dc.title", "dcterms.title", "title"):
        for value in page.meta.get(key, ())[:1]:
            out.append((f"meta:{key}", value))
    title_el = page.root.find(".//title")
    if title_el is not None:
        text = clean_text(title_el.text_content())
        if text:
            out.append(("heuristic:title-tag", text))
    return [(r, t) for r, t in out if len(t) >= MIN_TITLE]


def _h1_texts(ctx: Context) -> list[str]:
    out: list[str] = []
    for h1 in ctx.page.root.iter("h1"):
        if _in_chrome(h1):
            continue
        text = element_text(h1)
        if MIN_TITLE <= len(text) <= MAX_TITLE and text not in out:
            out.append(text)
    return out


def _in_chrome(el: HtmlElement) -> bool:
    for node in (el, *el.iterancestors()):
        if not isinstance(node.tag, str):
            continue
        if node.tag in _CHROME_TAGS:
            return True
        attrs = f"{node.get('class') or ''} {node.get('id') or ''}"
        if attrs.strip() and _CHROME_CLASS_RE.search(attrs):
            return True
    return False


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
    if page.domain:
        names.append(page.domain)
        names.append(page.domain.rsplit(".", 1)[0])
    return [n for n in names if n]


def strip_site_name(title: str, sites: Sequence[str] = (), *, others: Iterable[str] = ()) -> str:
    """``title`` without a site-name prefix or suffix.

    An affix is cut when it matches a known site name (loosely: case, spaces and
    punctuation ignored, "The" and domain endings tolerated), or when another title of
    the page (``og:title`` vs ``<title>``) ends or starts with the same affix, as a short
    piece (at most a few words) that is not the headline itself.

    >>> strip_site_name("NATO seeks truce talks - The Columbian", ["The Columbian"])
    'NATO seeks truce talks'
    >>> strip_site_name("Reuters | Oil prices fall", ["Reuters"])
    'Oil prices fall'
    >>> strip_site_name("Klimaschutz: Bohren, bis es heiß wird", ["ZEIT ONLINE"])
    'Klimaschutz: Bohren, bis es heiß wird'
    """
    title = clean_text(title)
    site_keys = {_loose(s) for s in sites if _loose(s)}
    own = _loose(title)
    others = [o for o in others if _loose(o) != own]  # never compare a title with itself
    for _ in range(2):  # "Title | Section | Site": at most two affixes come off
        parts = _split(title)
        if len(parts) < 2:
            break
        head, tail = parts[0], parts[-1]
        if _is_site(tail[1], site_keys) and _loose(tail[0]):
            title = tail[0]
        elif _is_site(head[1], site_keys) and _loose(head[0]):
            title = head[0]
        else:
            shared = _shared_affix(title, parts, others)
            if shared is None:
                break
            title = shared
    return title


def _split(title: str) -> list[tuple[str, str]]:
    """The two ways to cut ``title`` at its outermost separators: (rest, affix) pairs.

    Returns ``[(rest_after_prefix, prefix), (rest_before_suffix, suffix)]`` or fewer.
    """
    matches = list(_SEPARATOR_RE.finditer(title))
    if not matches:
        return []
    first, last = matches[0], matches[-1]
    prefix = (title[first.end() :].strip(), title[: first.start()].strip())
    suffix = (title[: last.start()].strip(), title[last.end() :].strip())
    return [prefix, suffix]


def _is_site(affix: str, site_keys: set[str]) -> bool:
    key = _loose(affix)
    if not key or not site_keys:
        return False
    for site in site_keys:
        if key == site or key == "the" + site or site == "the" + key:
            return True
        # "MDR.DE" vs "mdr", "Spektrum der Wissenschaft" vs "spektrum.de"
        if (
            len(key) >= 3
            and len(site) >= 3
            and (site.startswith(key) or key.startswith(site))
            and abs(len(key) - len(site)) <= 4
        ):
            return True
    return False


def _shared_affix(title: str, parts: list[tuple[str, str]], others: Iterable[str]) -> str | None:
    """Cut an affix that another title of the page does not have, or has too (site name)."""
    (after_prefix, prefix), (before_suffix, suffix) = parts
    for other in others:
        other = clean_text(other)
        if other == title:
            continue
        # og:title is the bare headline and <title> adds " | Site": cut what is extra.
        if _loose(other) == _loose(before_suffix) and len(suffix.split()) <= MAX_AFFIX_WORDS:
            return before_suffix
        if _loose(other) == _loose(after_prefix) and len(prefix.split()) <= MAX_AFFIX_WORDS:
            return after_prefix
        # Both titles end with the same short affix: that affix is the site's name.
        o_parts = _split(other)
        if (
            o_parts
            and _loose(suffix)
            and _loose(o_parts[1][1]) == _loose(suffix)
            and len(suffix.split()) <= MAX_AFFIX_WORDS
            and _loose(o_parts[1][0]) != _loose(before_suffix)
        ):
            return before_suffix
    return None


def _loose(text: str) -> str:
    return _LOOSE_RE.sub("", text.casefold())


TITLE_RULES: tuple[Rule, ...] = (h1_agreeing, meta_title, lone_h1)
