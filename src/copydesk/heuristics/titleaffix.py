"""Site-name affixes in titles: finding and cutting "... - The Columbian", "Reuters | ...".

Metadata titles (``og:title``, JSON-LD ``headline``, ``<title>``) usually carry the site's
name, a section or a forum's breadcrumb at one end, joined by a separator. Deciding which
end piece is such an affix is string work on its own: it matches pieces against known site
names and domain labels, compares the page's titles with each other, and cuts short pieces
after separators no headline uses. The title rules (:mod:`~copydesk.heuristics.title`)
and the site-name rule built on them call into this module.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from copydesk.cleaning import clean_text, loose

__all__ = [
    "MAX_META_TITLE",
    "MIN_HEAD_WORDS",
    "MIN_TITLE",
    "SEPARATOR_RE",
    "affix_keys",
    "cut_strong",
    "is_site",
    "loose",
    "section_keys",
    "short_affix",
    "site_name_keys",
    "split_pieces",
    "strip_site_name",
]

#: Shortest headline accepted (shorter h1s are logos or section labels).
MIN_TITLE = 4
#: Metadata titles longer than this are stuffed with keywords or broken; cutting affixes
#: is quadratic in the number of separators, so they are not even looked at.
MAX_META_TITLE = 600
#: An affix longer than this many words is not a site name (it is part of the headline).
MAX_AFFIX_WORDS = 6
#: What is left after cutting an unnamed affix must have at least this many words.
MIN_HEAD_WORDS = 2
#: A domain label this long may be matched inside an affix ("myoos" in "MyOOS Forum").
MIN_LABEL = 5
#: A section name has at most this many words ("Nation & World", "Middle East").
MAX_SECTION_WORDS = 4

# Separators between a headline and the site name: "Title | Site", "Site - Title",
# "Site: Title", "Title · Site", "标题-新华网". Only these split a title; hyphens inside
# words ("Covid-19") and colons inside numbers do not.
SEPARATOR_RE = re.compile(
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


def strip_site_name(
    title: str,
    sites: Sequence[str] = (),
    *,
    others: Iterable[str] = (),
    sections: Iterable[str] = (),
) -> str:
    """``title`` without its site-name prefix or suffix.

    An affix (one or more separator-delimited pieces at either end) is cut when it matches
    a known site name (loosely: case, spaces and punctuation ignored, "The" and domain
    endings tolerated, a domain's distinctive label found inside it), or when another title
    of the page (``og:title`` vs ``<title>``) lacks it or has it too. Once an affix is cut,
    a piece left on the same end that is the page's section (``sections``, see
    :func:`section_keys`) goes too: "Headline - Politics - Site". Failing that, a short
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
    >>> strip_site_name("Dam plan approved - Politics - The Herald", ["The Herald"],
    ...                 sections=["politics"])
    'Dam plan approved'
    """
    title = clean_text(title[: MAX_META_TITLE * 2])
    own = loose(title)
    site_keys, labels = site_name_keys(sites)
    others = [clean_text(o) for o in others if loose(o) != own]  # never compare with itself
    side = "suffix"
    was_cut = False
    for _ in range(3):  # "Section | Title | Site": a few affixes may come off
        cut = _cut_site(title, site_keys, labels)
        if cut is None:
            cut = _cut_shared(title, others)
        if cut is None:
            break
        title, side = cut
        was_cut = True
    if was_cut:
        title = _cut_section(title, side, section_keys(sections))
    return cut_strong(title, side)


def section_keys(names: Iterable[str]) -> set[str]:
    """Keys of the page's section names: loose, without a plural "s" ("Sports" = "sport").

    >>> sorted(section_keys(["Middle East", "world-news", "A very long label for a section"]))
    ['middleeast', 'worldnew']
    """
    keys: set[str] = set()
    for name in names:
        words = name.replace("-", " ").replace("_", " ").split()
        if words and len(words) <= MAX_SECTION_WORDS:
            keys.add(_section_key(name))
    return keys - {""}


def _section_key(text: str) -> str:
    """Loose, without accents (a URL folder spells "Medellín" "medellin") or a plural "s"."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return loose(bare).removesuffix("s")


def _cut_section(title: str, side: str, sections: set[str]) -> str:
    """``title`` without the section piece(s) left on the ``side`` a site name came off.

    Only a whole piece that is the section goes, and only while the rest still reads as a
    headline (two words or more, longer than the piece): "Spider-Man - Far From Home"
    loses nothing, whatever the section, since "Spider-Man" alone is no headline.
    """
    for _ in range(2):  # "Headline - Europe - World - Site"
        pieces = [p for p in split_pieces(title, SEPARATOR_RE) if p[0] == side]
        if not pieces:
            break
        _side, rest, affix = pieces[0]  # the outermost piece on that side
        if (
            _section_key(affix) not in sections
            or len(rest.split()) < MIN_HEAD_WORDS
            or len(affix) >= len(rest)
        ):
            break
        title = rest
    return title


def split_pieces(title: str, regex: re.Pattern[str]) -> list[tuple[str, str, str]]:
    """Every way to cut ``title`` at one separator: (side, rest, affix), outermost first."""
    matches = [m for m in regex.finditer(title) if m.start() > 0 and m.end() < len(title)]
    out: list[tuple[str, str, str]] = []
    for m in reversed(matches):
        out.append(("suffix", title[: m.start()].strip(), title[m.end() :].strip()))
    for m in matches:
        out.append(("prefix", title[m.end() :].strip(), title[: m.start()].strip()))
    return [(side, rest, affix) for side, rest, affix in out if loose(rest)]


def short_affix(affix: str) -> bool:
    """Whether ``affix`` is short enough to be a site name (not part of the headline)."""
    return len(affix.split()) <= MAX_AFFIX_WORDS


def _cut_site(title: str, site_keys: set[str], labels: set[str]) -> tuple[str, str] | None:
    for side, rest, affix in split_pieces(title, SEPARATOR_RE):
        if short_affix(affix) and is_site(affix, site_keys, labels):
            return rest, side
    return None


def _cut_shared(title: str, others: list[str]) -> tuple[str, str] | None:
    """Cut an affix that another title of the page lacks (og:title = bare headline) or
    shares around a different headline (both end in the same site name).

    Only affixes shorter than what is left are cut: the headline is the long part.
    """
    pieces = [
        p for p in split_pieces(title, SEPARATOR_RE) if short_affix(p[2]) and len(p[2]) < len(p[1])
    ]
    if not pieces:
        return None
    for other in others:
        okey = loose(other)
        for side, rest, _affix in pieces:
            if okey == loose(rest):
                return rest, side
        other_pieces = {
            (side, loose(affix)): loose(rest)
            for side, rest, affix in split_pieces(other, SEPARATOR_RE)
        }
        for side, rest, affix in pieces:
            other_rest = other_pieces.get((side, loose(affix)))
            key = loose(rest)
            if other_rest and side == "suffix" and key not in other_rest and other_rest not in key:
                return rest, side
    return None


def cut_strong(title: str, side: str) -> str:
    """Cut short pieces after separators no headline uses, on the site-name side."""
    for _ in range(3):
        pieces = [p for p in split_pieces(title, _STRONG_SEPARATOR_RE) if p[0] == side]
        if not pieces:
            break
        _side, rest, affix = pieces[0]  # the outermost cut
        cjk = bool(_CJK_RE.search(title))
        enough = len(rest) >= MIN_TITLE if cjk else len(rest.split()) >= MIN_HEAD_WORDS
        if not (short_affix(affix) and enough and len(affix) < len(rest)):
            break
        title = rest
    return title


def site_name_keys(sites: Sequence[str]) -> tuple[set[str], set[str]]:
    """Loose keys of the site names, and the distinctive labels of those that are domains."""
    keys: set[str] = set()
    labels: set[str] = set()
    for site in sites:
        key = loose(site)
        if not key:
            continue
        keys.add(key)
        if "." in site and " " not in site.strip():  # a domain: keep its distinctive labels
            for label in site.lower().split(".")[:-1]:
                label = loose(label)
                if len(label) >= MIN_LABEL and label not in _GENERIC_LABELS:
                    labels.add(label)
            keys.add(loose(site.rsplit(".", 1)[0]))
    return keys, labels


def is_site(affix: str, site_keys: set[str], labels: set[str]) -> bool:
    """Whether ``affix`` names the site (see :func:`site_name_keys` for the keys)."""
    key = loose(affix)
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


def affix_keys(title: str, sides: tuple[str, ...] = ("prefix", "suffix")) -> set[str]:
    """Loose keys of the short end pieces of ``title`` (candidate site names)."""
    return {
        loose(affix)
        for side, rest, affix in split_pieces(clean_text(title), SEPARATOR_RE)
        if side in sides and short_affix(affix) and len(affix) <= len(rest)
    }


_CJK_RE = re.compile(r"[\u3000-\u9fff\uac00-\ud7af]")
