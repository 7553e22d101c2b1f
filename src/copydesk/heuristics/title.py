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
from collections.abc import Iterable, Mapping, Sequence
from copy import deepcopy

from lxml.html import HtmlElement

from copydesk.cleaning import clean_text, element_text
from copydesk.heuristics.metadata import jsonld_publisher_name
from copydesk.rules import Context, Found, Rule

__all__ = ["TITLE_RULES", "headline_text", "site_name_from_title", "strip_site_name"]

#: Shortest headline accepted (shorter h1s are logos or section labels).
MIN_TITLE = 4
#: Longest headline accepted (longer "titles" are paragraphs).
MAX_TITLE = 300
#: Metadata titles longer than this are stuffed with keywords or broken; cutting affixes
#: is quadratic in the number of separators, so they are not even looked at.
MAX_META_TITLE = 600
#: An affix longer than this many words is not a site name (it is part of the headline).
MAX_AFFIX_WORDS = 6
#: An h1 and a metadata title agree when one contains the other and is at least this
#: share of it (a kicker or a site name may differ; a lone site-name h1 inside a long
#: <title> does not agree).
CONTAIN_SHARE = 0.5
#: Shortest loose h1 text that may agree by containment.
MIN_CONTAINED = 10
#: What is left after cutting an unnamed affix must have at least this many words.
MIN_HEAD_WORDS = 2
#: A domain label this long may be matched inside an affix ("myoos" in "MyOOS Forum").
MIN_LABEL = 5

# Separators between a headline and the site name: "Title | Site", "Site - Title",
# "Site: Title", "Title · Site", "标题-新华网". Only these split a title; hyphens inside
# words ("Covid-19") and colons inside numbers do not.
_SEPARATOR_RE = re.compile(
    r"""\s+[|\-–—·•»«›‹/~]\s+ | \s*[|·•»›｜]\s* | (?<=\w):\s+ | \s+::\s+
        | (?<=[\u3000-\u9fff\uff00-\uffef])\s*[-_–—]\s*(?=[\u3000-\u9fff])""",
    re.VERBOSE,
)
# Separators no headline uses between its own words: an affix after one of these may be cut
# even when the site's name is unknown ("Title | Forum", "Blog Archiv » Title").
_STRONG_SEPARATOR_RE = re.compile(
    r"""\s*[|»›｜]\s* | \s+[·•]\s+ | \s+::\s+
        | (?<=[\u3000-\u9fff\uff00-\uffef])\s*[-_–—]\s*(?=[\u3000-\u9fff])""",
    re.VERBOSE,
)
# Metadata title keys, most deliberate first (Dublin Core is rarely set by accident).
_META_TITLE_KEYS = ("dc.title", "dcterms.title", "og:title", "twitter:title", "title")
# Tags whose h1s are site chrome, not the story.
_CHROME_TAGS = frozenset({"nav", "footer", "aside"})
# Tags that hold the story (or the whole page): no chrome test above them.
_CONTENT_TAGS = frozenset({"article", "main", "body", "html"})
_CHROME_CLASS_RE = re.compile(
    r"logo|brand|masthead|site-?title|site-?name|navbar|menu|footer|sidebar|widget|modal|"
    r"cookie|newsletter|related",
    re.IGNORECASE,
)
# Parts of an h1 that are not the headline: kicker/overline/topline labels and the
# visually hidden separators that join them to it.
_KICKER_CLASS_RE = re.compile(
    r"kicker|dachzeile|topline|toptitle|overline|eyebrow|supertitle|roofline|spitzmarke|"
    r"\blabel\b|visually-?hidden|sr-only|screen-reader",
    re.IGNORECASE,
)
# Domain labels that say nothing about the site's name.
_GENERIC_LABELS = frozenset(
    {
        "www",
        "m",
        "amp",
        "mobile",
        "co",
        "com",
        "org",
        "net",
        "gov",
        "edu",
        "ac",
        "news",
        "blog",
        "blogs",
        "online",
        "web",
        "de",
        "en",
        "fr",
        "es",
        "it",
    }
)
# Non-word characters dropped when comparing titles loosely.
_LOOSE_RE = re.compile(r"[\W_]+")
# Permalink marks documentation generators append to headings ("Title¶").
_PERMALINK_MARKS = " ¶#§🔗"
# What is left of an h1 once a kicker is cut may start with its separator.
_LEADING_PUNCT = " :-–—|·•»"


def h1_agreeing(ctx: Context) -> Found[str] | None:
    """The ``<h1>`` that agrees with a metadata title (the visible headline wins).

    An h1 that is the site's name is never the headline: one that matches a known site
    name, or that is the trailing piece of the ``<title>`` ("Recipes | Liebe geht durch den
    Magen" with h1 "Liebe geht durch den Magen"). An h1 agrees when it equals a metadata
    title (with or without its site-name affix), or when one contains the other and covers
    most of it ("Kicker: Headline" in og:title, "Headline" in the h1).
    """
    metas = [text for _, text in _meta_titles(ctx)]
    if not metas:
        return None
    sites = _site_names(ctx)
    site_keys, _labels = _site_keys(sites)
    suffixes = {a for m in metas for a in _affix_keys(m, sides=("suffix",))}
    # Strict site match only (no domain-label search): "Best of Houzz 2022: ..." on
    # houzz.de is a headline.
    h1s = [
        h for h in _h1_texts(ctx) if _loose(h) not in suffixes and not _is_site(h, site_keys, set())
    ]
    cleaned = [strip_site_name(m, sites, others=metas) for m in metas]
    candidates = [_loose(m) for m in (*cleaned, *metas)]
    for candidate in candidates:  # the most deliberate metadata title first
        for h1 in h1s:
            if _loose(h1) == candidate:
                return Found(value=h1, rule="heuristic:h1", selector="h1")
    for h1 in h1s:
        key = _loose(h1)
        if len(key) >= MIN_CONTAINED and any(_covers(key, c) for c in candidates):
            # "Politics | Headline" (a section link set inside the h1): the metadata title
            # shows where the headline is, and no headline uses "|" between its own words.
            for side in ("prefix", "suffix"):
                cut = _cut_strong(h1, side)
                if cut != h1 and _loose(cut) in candidates:
                    return Found(value=cut, rule="heuristic:h1", selector="h1")
            return Found(value=h1, rule="heuristic:h1", selector="h1")
    return None


def _covers(h1: str, meta: str) -> bool:
    """Whether a loose h1 and a loose metadata title agree by containment.

    An h1 that extends the metadata title ("Bridge reopens" in <title>, "Hob's Bay bridge
    reopens after repairs" in the h1) is the full headline. An h1 found inside a longer
    metadata title must be most of it: a site-name or section h1 is a small part.
    """
    if not h1 or not meta:
        return False
    if meta in h1:
        return len(meta) >= MIN_CONTAINED
    return h1 in meta and len(h1) >= CONTAIN_SHARE * len(meta)


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
        h1s = _h1_texts(ctx)
        if len(h1s) == 1 and len(h1s[0].split()) >= MIN_HEAD_WORDS:
            return Found(value=h1s[0], rule="heuristic:h1", selector="h1")
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


def site_name_from_title(ctx: Context) -> Found[str] | None:
    """The site's name as the ``<title>`` spells it, when an affix there names the domain.

    "Was ist Freie Software - MyOOS Community Forum" on foren.myoos.de gives
    "MyOOS Community Forum". Only affixes that contain the domain's distinctive label are
    taken, so a kicker or a slogan is never mistaken for the site's name.
    """
    if not ctx.page.domain:
        return None
    site_keys, labels = _site_keys([ctx.page.domain])
    for _rule, text in _meta_titles(ctx):
        for _side, rest, affix in _pieces(text, _SEPARATOR_RE):
            if (
                _short(affix)
                and len(affix) < len(rest)
                and _is_site(affix, site_keys, labels)
                and not _SEPARATOR_RE.search(affix)
            ):
                name = affix.strip(_LEADING_PUNCT)
                if name:
                    return Found(value=name, rule="heuristic:title-affix", source="derived")
    return None


def _meta_titles(ctx: Context) -> list[tuple[str, str]]:
    """(rule id, title) from JSON-LD, Open Graph, Dublin Core, Twitter and ``<title>``."""
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
    for key in _META_TITLE_KEYS:
        value = _meta_value(page.meta, key)
        if value:
            out.append((f"meta:{key}", value))
    title_el = page.root.find(".//title")
    if title_el is not None:
        text = clean_text(title_el.text_content())
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


def _h1_texts(ctx: Context) -> list[str]:
    """Distinct plausible ``<h1>`` texts in page order, at most :data:`MAX_H1S` of them."""
    out: list[str] = []
    seen: set[str] = set()
    for h1 in ctx.page.root.iter("h1"):
        if _in_chrome(h1):
            continue
        text = headline_text(h1)
        if MIN_TITLE <= len(text) <= MAX_TITLE and text not in seen:
            seen.add(text)
            out.append(text)
            if len(out) >= MAX_H1S:
                break
    return out


# A story page has one headline, a few at most; past this many <h1>s the page is a listing
# or hostile, and comparing each with every metadata title would only cost time.
MAX_H1S = 20


def _affix_h1s(ctx: Context, metas: list[str]) -> list[str]:
    """h1 texts that are an affix of a metadata title: the site's name set as a heading."""
    affixes = {a for m in metas for a in _affix_keys(m)}
    return [h for h in _h1_texts(ctx) if _loose(h) in affixes]


def headline_text(h1: HtmlElement) -> str:
    """An h1's text without its kicker/overline and visually hidden separators.

    >>> import lxml.html
    >>> headline_text(lxml.html.fromstring(
    ...     '<h1><span class="kicker">Klimaschutz</span><span class="visually-hidden">: </span>'
    ...     '<span class="title">Bohren, bis es heiß wird</span></h1>'))
    'Bohren, bis es heiß wird'
    """
    marked = [
        el
        for el in h1.iterdescendants()
        if isinstance(el.tag, str) and _KICKER_CLASS_RE.search(el.get("class") or "")
    ]
    full = element_text(h1).rstrip(_PERMALINK_MARKS)
    if not marked:
        return full
    copy = deepcopy(h1)
    for el in copy.iterdescendants():
        if isinstance(el.tag, str) and _KICKER_CLASS_RE.search(el.get("class") or ""):
            el.set("data-copydesk-drop", "1")
    for el in copy.xpath(".//*[@data-copydesk-drop]"):
        if el.getparent() is not None:
            el.drop_tree()
    rest = element_text(copy).rstrip(_PERMALINK_MARKS).strip(_LEADING_PUNCT)
    return rest if len(rest) >= MIN_TITLE else full


def _in_chrome(el: HtmlElement) -> bool:
    """Whether an h1 sits in site chrome (logo, navigation, sidebar, footer, modal).

    The walk stops at ``<body>`` and at the story's ``<article>``/``<main>``: their
    classes describe the page layout or list the post's categories ("content-sidebar",
    "footer-widgets-visible", "category-no-newsletter"), not what the h1 is.
    """
    for node in (el, *el.iterancestors()):
        if not isinstance(node.tag, str):
            continue
        if node.tag in _CHROME_TAGS:
            return True
        if node.tag in _CONTENT_TAGS:
            return False
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
    domain = page.domain
    if domain:
        names.append(domain)
    return [n for n in names if n]


def strip_site_name(title: str, sites: Sequence[str] = (), *, others: Iterable[str] = ()) -> str:
    """``title`` without its site-name prefix or suffix.

    An affix (one or more separator-delimited pieces at either end) is cut when it matches
    a known site name (loosely: case, spaces and punctuation ignored, "The" and domain
    endings tolerated, a domain's distinctive label found inside it), or when another title
    of the page (``og:title`` vs ``<title>``) lacks it or has it too. Failing that, a short
    piece after a separator no headline uses ("|", "»", "›") is cut.

    >>> strip_site_name("NATO seeks truce talks - The Columbian", ["The Columbian"])
    'NATO seeks truce talks'
    >>> strip_site_name("Reuters | Oil prices fall", ["Reuters"])
    'Oil prices fall'
    >>> strip_site_name("Klimaschutz: Bohren, bis es heiß wird", ["ZEIT ONLINE"])
    'Klimaschutz: Bohren, bis es heiß wird'
    >>> strip_site_name("Was ist Freie Software - MyOOS Community Forum", ["foren.myoos.de"])
    'Was ist Freie Software'
    >>> strip_site_name("kein App Store mehr über Mobile Daten | iPhone | Forum")
    'kein App Store mehr über Mobile Daten'
    """
    title = clean_text(title[: MAX_META_TITLE * 2])
    own = _loose(title)
    site_keys, labels = _site_keys(sites)
    others = [clean_text(o) for o in others if _loose(o) != own]  # never compare with itself
    side = "suffix"
    for _ in range(3):  # "Section | Title | Site": a few affixes may come off
        cut = _cut_site(title, site_keys, labels)
        if cut is None:
            cut = _cut_shared(title, others)
        if cut is None:
            break
        title, side = cut
    return _cut_strong(title, side)


def _pieces(title: str, regex: re.Pattern[str]) -> list[tuple[str, str, str]]:
    """Every way to cut ``title`` at one separator: (side, rest, affix), outermost first."""
    matches = [m for m in regex.finditer(title) if m.start() > 0 and m.end() < len(title)]
    out: list[tuple[str, str, str]] = []
    for m in reversed(matches):
        out.append(("suffix", title[: m.start()].strip(), title[m.end() :].strip()))
    for m in matches:
        out.append(("prefix", title[m.end() :].strip(), title[: m.start()].strip()))
    return [(side, rest, affix) for side, rest, affix in out if _loose(rest)]


def _short(affix: str) -> bool:
    return len(affix.split()) <= MAX_AFFIX_WORDS


def _cut_site(title: str, site_keys: set[str], labels: set[str]) -> tuple[str, str] | None:
    for side, rest, affix in _pieces(title, _SEPARATOR_RE):
        if _short(affix) and _is_site(affix, site_keys, labels):
            return rest, side
    return None


def _cut_shared(title: str, others: list[str]) -> tuple[str, str] | None:
    """Cut an affix that another title of the page lacks (og:title = bare headline) or
    shares around a different headline (both end in the same site name).

    Only affixes shorter than what is left are cut: the headline is the long part.
    """
    pieces = [p for p in _pieces(title, _SEPARATOR_RE) if _short(p[2]) and len(p[2]) < len(p[1])]
    if not pieces:
        return None
    for other in others:
        okey = _loose(other)
        for side, rest, _affix in pieces:
            if okey == _loose(rest):
                return rest, side
        other_pieces = {
            (side, _loose(affix)): _loose(rest)
            for side, rest, affix in _pieces(other, _SEPARATOR_RE)
        }
        for side, rest, affix in pieces:
            other_rest = other_pieces.get((side, _loose(affix)))
            key = _loose(rest)
            if other_rest and side == "suffix" and key not in other_rest and other_rest not in key:
                return rest, side
    return None


def _cut_strong(title: str, side: str) -> str:
    """Cut short pieces after separators no headline uses, on the site-name side."""
    for _ in range(3):
        pieces = [p for p in _pieces(title, _STRONG_SEPARATOR_RE) if p[0] == side]
        if not pieces:
            break
        _side, rest, affix = pieces[0]  # the outermost cut
        cjk = bool(_CJK_RE.search(title))
        enough = len(rest) >= MIN_TITLE if cjk else len(rest.split()) >= MIN_HEAD_WORDS
        if not (_short(affix) and enough and len(affix) < len(rest)):
            break
        title = rest
    return title


def _site_keys(sites: Sequence[str]) -> tuple[set[str], set[str]]:
    keys: set[str] = set()
    labels: set[str] = set()
    for site in sites:
        key = _loose(site)
        if not key:
            continue
        keys.add(key)
        if "." in site and " " not in site.strip():  # a domain: keep its distinctive labels
            for label in site.lower().split(".")[:-1]:
                label = _loose(label)
                if len(label) >= MIN_LABEL and label not in _GENERIC_LABELS:
                    labels.add(label)
            keys.add(_loose(site.rsplit(".", 1)[0]))
    return keys, labels


def _is_site(affix: str, site_keys: set[str], labels: set[str]) -> bool:
    key = _loose(affix)
    if not key:
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
    return any(label in key for label in labels)


def _affix_keys(title: str, sides: tuple[str, ...] = ("prefix", "suffix")) -> set[str]:
    """Loose keys of the short end pieces of ``title`` (candidate site names)."""
    return {
        _loose(affix)
        for side, rest, affix in _pieces(clean_text(title), _SEPARATOR_RE)
        if side in sides and _short(affix) and len(affix) <= len(rest)
    }


def _loose(text: str) -> str:
    return _LOOSE_RE.sub("", text.casefold())


_CJK_RE = re.compile(r"[\u3000-\u9fff\uac00-\ud7af]")

TITLE_RULES: tuple[Rule, ...] = (h1_agreeing, meta_title, lone_h1)
