"""Selectors that survive a site's next deploy: what ``copydesk profiles new`` proposes.

An element is named by what it *is* — ``itemprop``, ``data-*`` roles, semantic class names
(``byline``, ``headline``, ``article-body``), ids that are not record numbers — never by
position (``nth-child``) or by generated class names (``css-1x2y3z``, ``sc-bdVaJa``,
``Title_title__3xYz1``), which change whenever the site is rebuilt.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

#: Attribute values longer than this are content, not identifiers.
MAX_ATTR_VALUE_CHARS = 60

# Class names and ids that name what an element IS; preferred over neutral ones.
_SEMANTIC_WORDS = (
    "headline",
    "title",
    "heading",
    "hed",
    "byline",
    "author",
    "contributor",
    "writer",
    "date",
    "time",
    "published",
    "timestamp",
    "posted",
    "breadcrumb",
    "crumb",
    "section",
    "category",
    "kicker",
    "eyebrow",
    "body",
    "content",
    "article",
    "story",
    "entry",
    "post",
    "text",
    "main",
)
# A plain CSS identifier; anything else would need escaping and is rarely a stable name.
_IDENT_RE = re.compile(r"^-?[A-Za-z_][A-Za-z0-9_-]*$")
# Generated names: CSS-in-JS prefixes (css-1x2y3z, sc-bdVaJa, jsx-123, emotion-0), and
# CSS-modules hashes (Title_title__3xYz1, styles_body-a1b2c). Both change on every deploy.
_HASHED_PREFIX_RE = re.compile(r"^(?:css|sc|jsx|emotion|styled|svelte|astro|chakra|mui)-", re.I)
_MODULE_HASH_RE = re.compile(r"(?:__|_|-)[A-Za-z0-9]{5,}$")
_DIGITS_RE = re.compile(r"\d")
# Utility-CSS classes (Tailwind, Bootstrap): styling that a redesign changes wholesale.
_PRESENTATIONAL_RE = re.compile(
    r"""^(?:text|font|bg|tw|[mp][trblxy]?|w|h|min|max|col|row|flex|grid|d|align|justify|gap
    |leading|tracking|border|rounded|shadow|order|offset|pull|push|float|inline|block|hidden
    |visible|relative|absolute|sticky|overflow|z|opacity|items|self|space|clearfix|cf|
    group|container|wrapper|inner|outer|span\d+|sm|md|lg|xl|color|colour)(?:-|$)
    # Atomic CSS (Tachyons, Basscss): f3 (font size), db/dib/dn (display), fw6, lh-copy,
    # pa3/mt2/ph0 (spacing), ttu (text transform), near-black/mid-gray (colour).
    |^(?:f\d|fw\d|[hw]\d|mw\d|d[bin]|di[bt]|dt(?:c|-row)?|ttu|ttc|ttl|tc|tl|tr|lh-\w+|[mpn][avhtblr]?\d
    |(?:near|mid|light|dark|moon)-(?:black|gray|grey|white|silver))(?:-[a-z]{1,2})?$
    # Typography and size words on their own: "sans-serif", "bold", "big", "uppercase".
    |^(?:(?:sans-)?serif|bold|italic|uppercase|lowercase|underline|nowrap|truncate|small
    |large|big|tiny|light|dark)$""",
    re.VERBOSE,
)
#: Class names this short are a minifier's ("n", "hR"), unless a utility class ("db", "h1").
MAX_MINIFIED_CHARS = 2
#: Of a value the selector is for, only this much is read for its words.
MAX_CONTENT_CHARS = 300
# Words of a value ("Ann-Marie O'Neil" -> ann, marie, o, neil).
_WORD_RE = re.compile(r"[^\W_]+")
# Parts of a class name: split at -, _ and camelCase humps ("authorAnnLee" -> author Ann Lee).
_NAME_PART_RE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
#: Tags a page has one of, whose bare name is a fair selector ("h1").
SINGULAR_TAGS = frozenset({"h1"})
# A numeric segment ("_0_", "--1", "-13"): a counter the page builder assigned.
_INDEX_SEGMENT_RE = re.compile(r"(?:^|[-_])\d+(?:[-_]|$)")
# data-* attributes that hold per-page state or framework bookkeeping, not a role.
_UNSTABLE_DATA_ATTRS = frozenset(
    {
        "data-reactid",
        "data-reactroot",
        "data-id",
        "data-uuid",
        "data-index",
        "data-key",
        "data-src",
        "data-href",
        "data-url",
        "data-analytics",
        "data-track",
        "data-tracking",
        "data-v-app",
        "data-hydrate",
        "data-props",
        "data-state",
        "data-style",
        "data-srcset",
    }
)


def own_selectors(el: HtmlElement, field: str = "", *, content: str = "") -> list[str]:
    """Selectors naming ``el`` by its own markup, most stable first (uniqueness unchecked).

    ``content`` is the value the selector is for (an author's name, a section): a class, id
    or ``data-*`` value that spells it (``<a class="jane-doe">Jane Doe</a>``) names this
    page's content, not the template, and matches nothing on the outlet's other pages.

    >>> import lxml.html
    >>> el = lxml.html.fragment_fromstring(
    ...     '<div id="post-1932754" class="css-1x2y3z story-body" itemprop="articleBody"></div>')
    >>> own_selectors(el, "body")
    ['div[itemprop="articleBody"]', 'div.story-body', 'div']
    >>> a = lxml.html.fragment_fromstring('<a class="author-link ann-lee">Ann Lee</a>')
    >>> own_selectors(a, "byline", content="By Ann Lee")
    ['a.author-link', 'a']
    """
    tag = el.tag if isinstance(el.tag, str) else "*"
    words = content_words(content)
    out: list[str] = []
    props = [p for p in (el.get("itemprop") or "").split() if _IDENT_RE.match(p)]
    if len(props) == 1:
        out.append(f'{tag}[itemprop="{props[0]}"]')
    else:  # "description articleBody": match one word of the list, the field's first
        props.sort(key=lambda p: not semantic(p, field))
        out.extend(f'{tag}[itemprop~="{p}"]' for p in props[:2])
    if tag == "meta":
        for attr in ("property", "name"):
            value = el.get(attr)
            if value and _plain_value(value):
                out.append(f'meta[{attr}="{value}"]')
    if el.get("rel") and _plain_value(el.get("rel") or ""):
        out.append(f'{tag}[rel="{el.get("rel")}"]')
    for attr, value in sorted(el.attrib.items()):
        if (
            attr.startswith("data-")
            and attr not in _UNSTABLE_DATA_ATTRS
            and _IDENT_RE.match(attr)
            and _plain_value(value)
            and stable_name(value.replace(" ", "-"))
            and not spells_content(value, words)
        ):
            out.append(f'{tag}[{attr}="{value}"]')
    el_id = el.get("id")
    if el_id and stable_id(el_id) and not spells_content(el_id, words):
        out.append(f"#{el_id}")
    classes = [
        c
        for c in (el.get("class") or "").split()
        if stable_name(c) and not spells_content(c, words)
    ]
    classes.sort(
        key=lambda c: (
            not semantic(c, field),
            not semantic(c, ""),
            presentational(c),
            bool(_DIGITS_RE.search(c)),
            len(c),
        )
    )
    named = [c for c in classes if not presentational(c)]
    out.extend(f"{tag}.{c}" for c in named[:4])
    if len(named) > 1:
        out.append(f"{tag}.{named[0]}.{named[1]}")
    if tag in SINGULAR_TAGS:  # a page's one <h1> beats how it happens to be styled
        out.append(tag)
    out.extend(f"{tag}.{c}" for c in classes if presentational(c))
    for attr in ("aria-label", "role"):
        value = el.get(attr)
        if value and _plain_value(value) and len(value) < 30:
            out.append(f'{tag}[{attr}="{value}"]')
    out.append(tag)
    return list(dict.fromkeys(out))


def content_words(text: str) -> frozenset[str]:
    """The words of a value, case-folded, for :func:`spells_content`.

    >>> sorted(content_words("By Ann-Marie O'Neil"))
    ['ann', 'by', 'marie', 'neil', 'o']
    """
    return frozenset(w.casefold() for w in _WORD_RE.findall(text[:MAX_CONTENT_CHARS]))


def spells_content(name: str, words: frozenset[str]) -> bool:
    """True if the class/id/attribute value ``name`` is made of the page's own content words.

    Only the words that are not role words count: ``author-ann-lee`` spells "Ann Lee",
    while ``author`` or ``byline-name`` say what the element is and stay.

    >>> w = content_words("Ann Lee")
    >>> spells_content("ann-lee", w), spells_content("authorAnnLee", w), spells_content("author", w)
    (True, True, False)
    >>> spells_content("byline-name", content_words("Name Withheld"))
    False
    """
    if not words:
        return False
    parts = [p.casefold() for p in _NAME_PART_RE.findall(name)]
    own = [p for p in parts if not _is_role_word(p)]
    return bool(own) and all(p in words for p in own)


def _is_role_word(part: str) -> bool:
    return any(part.startswith(w) or w.startswith(part) for w in _ROLE_WORDS)


def presentational(name: str) -> bool:
    """True for utility classes that say how an element looks, not what it is.

    >>> [presentational(c) for c in ("text-4xl", "mt-2", "col-md-8", "clearfix", "byline")]
    [True, True, True, True, False]
    >>> [presentational(c) for c in ("f3", "db", "near-black", "pa3", "color-blue", "dateline")]
    [True, True, True, True, True, False]
    """
    return bool(_PRESENTATIONAL_RE.match(name))


def _plain_value(value: str) -> bool:
    return 0 < len(value) <= MAX_ATTR_VALUE_CHARS and not any(c in value for c in '"\\\n{}')


def stable_name(name: str) -> bool:
    """True for class names a human chose; False for generated ones (css-1x2y3z ...)."""
    if not _IDENT_RE.match(name) or len(name) > 40:
        return False
    if _HASHED_PREFIX_RE.match(name):
        return False
    if len(name) <= MAX_MINIFIED_CHARS and not presentational(name):
        return False  # a minifier's name ("n", "hR"): the next build renames it
    tail = _MODULE_HASH_RE.search(name)
    if tail and _DIGITS_RE.search(tail.group()) and re.search(r"[A-Za-z]", tail.group()[1:]):
        return False  # a hash-like tail mixing letters and digits: Title_title__3xYz1
    if _INDEX_SEGMENT_RE.search(name) and not presentational(name):
        return False  # a counter: et_pb_text_0_tb_header, headline--1, tdi_93
    digits = len(_DIGITS_RE.findall(name))
    return digits <= 2 or digits * 3 <= len(name) // 2


def stable_id(value: str) -> bool:
    """True for ids a human chose: "main-content", not "post-1932754", "menu-item-13", "p7"."""
    return stable_name(value) and not _DIGITS_RE.search(value)


def semantic(name: str, field: str) -> bool:
    low = name.lower()
    words = _FIELD_WORDS.get(field, _SEMANTIC_WORDS) if field else _SEMANTIC_WORDS
    return any(w in low for w in words)


# Words that say what an element is (any field's): they never make a name "content".
_ROLE_WORDS = tuple(
    sorted(
        {
            *_SEMANTIC_WORDS,
            "name",
            "link",
            "item",
            "list",
            "meta",
            "info",
            "data",
            "label",
            "wrap",
            "box",
            "block",
            "area",
            "field",
            "value",
            "primary",
            "lead",
            # navigation: "menu-politics" names the Politics menu item, "politics" spells it
            "menu",
            "nav",
            "current",
            "active",
            "parent",
        }
    )
)

_FIELD_WORDS = {
    "title": ("headline", "title", "heading", "hed"),
    "byline": ("byline", "author", "contributor", "writer", "by"),
    "authors": ("author", "contributor", "writer", "name"),
    "published": ("date", "time", "published", "timestamp", "posted"),
    "section": ("breadcrumb", "crumb", "section", "category", "kicker", "eyebrow"),
    "body": ("body", "content", "article", "story", "entry", "text"),
    # Boxes inside the story a profile drops (see copydesk.scaffold_drop).
    "drop": (
        "share",
        "social",
        "newsletter",
        "signup",
        "subscri",
        "donat",
        "promo",
        "related",
        "recommend",
        "more",
        "ad",
    ),
}
