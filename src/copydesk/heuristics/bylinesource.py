"""Last-resort byline rules: signatures, source lines, dateline agencies, date|name lines,
and the owner of a personal site.

When a page bylines nobody, the story itself often says who it came from: a closing
signature in bold ("Stefan Wasmer"), a source line ("Quelle: MDR THÜRINGEN/ls"), an end tag
("(FR mit dpa)"), or the agency in its dateline ("Hamburg (dpa/lno) –"). These come after
every byline element and metadata person in the chain, and only organisations come of the
source lines: they never name a person. A short meta line at the headline that joins a date
and a name with pipes ("04.02.2022 | 13:10 Uhr | Jane Doe") is read here too.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

from copydesk.cleaning import clean_text, element_text, loose
from copydesk.heuristics.bylinepage import around_headline, in_foreign_box
from copydesk.heuristics.bylinetext import byline_from_names, parse_byline
from copydesk.heuristics.credit import credit_from_text
from copydesk.lexicon import DATELINE_REGIONS, OUTLET_WORDS, words
from copydesk.model import Byline, Dateline
from copydesk.rules import Context, Found

__all__ = [
    "date_name_line",
    "dateline_agency",
    "personal_site",
    "signature_line",
    "source_line",
]

#: How many closing blocks may hold a source line.
SOURCE_BLOCKS = 3
#: A source line names one outlet and maybe a desk code: "Quelle: MDR THÜRINGEN/ls".
MAX_SOURCE_CHARS = 60
#: The last paragraph is found in the page by this much of its start (XPath string test).
MAX_MATCH_PREFIX_CHARS = 40
#: An end tag "(FR mit dpa)" closing the last paragraph is this short.
MAX_END_TAG_CHARS = 40

# "Quelle: kathpress", "Source: AFP", "Fuente: EFE": a whole short block.
_SOURCE_LINE_RE = re.compile(
    r"^(?i:quelle|quellen|source|sources|fuente|fonte|bron|źródło)\s*:\s*(?P<src>[^:]{2,60})$"
)
# A closing tag naming an agency: "... sein. (FR mit dpa)", "... (dpa/lno)". The credit
# lexicon decides whether the inside names an agency, so "(Archivbild)" never counts.
_END_TAG_RE = re.compile(r"[.!?\"”]\s*\((?P<src>[^()]{2,40})\)$")
# Words that make a "source" a reference to a document or a picture, not the story's origin.
_STARTS_XPATH = etree.XPath("//p[starts-with(normalize-space(.), $text)]")
# The paragraphs right after the story's last one (empty spacer paragraphs count): a source
# line sits there, possibly in the next layout box, or after a teaser box the page put
# between ("more on this" cards hold two or three paragraphs of their own).
_NEXT_PARAGRAPHS_XPATH = etree.XPath("following::p[position() <= 6]")
_NOT_ORIGIN_RE = re.compile(r"(?i)\b(?:bild|foto|photo|image|grafik|studie|study|https?|www)\b")


def _organisation(source: str, raw: str) -> Byline | None:
    source = clean_text(source).strip(" .")
    if not source or len(source) > MAX_SOURCE_CHARS or _NOT_ORIGIN_RE.search(source):
        return None
    return Byline(raw=raw, people=(), organisations=(source,))


def source_line(ctx: Context) -> Found[Byline] | None:
    """A closing "Quelle: X" line, or an agency end tag "(X mit dpa)": X as an organisation.

    >>> import copydesk
    >>> story = "<p>" + "The council met on Tuesday to vote on the budget. " * 6 + "</p>"
    >>> html = f"<article><h1>Budget vote</h1>{story}<p>Quelle: kathpress</p></article>"
    >>> copydesk.parse(html).authors
    ('kathpress',)
    """
    blocks = getattr(ctx.value("body"), "blocks", None) or ()
    texts = [b.text.strip() for b in reversed(blocks[-SOURCE_BLOCKS:])]
    # The body extractor drops such lines as boilerplate; read the page right after it too.
    texts.extend(_after_story(ctx, blocks[-1].text) if blocks else ())
    for text in texts:
        m = _SOURCE_LINE_RE.match(text) if len(text) <= MAX_SOURCE_CHARS + 10 else None
        got = _organisation(m.group("src"), text) if m else None
        if got is not None:
            return Found(value=got, rule="heuristic:source-line")
    # The end tag closes the story's last paragraph, which a note ("*fr.de is part of ...")
    # may follow.
    for block in reversed(blocks[-SOURCE_BLOCKS:]):
        text = block.text.strip()
        m = _END_TAG_RE.search(text[-MAX_END_TAG_CHARS - 4 :])
        if m and credit_from_text(m.group("src")) is not None:
            got = _organisation(m.group("src"), m.group("src"))
            if got is not None:
                return Found(value=got, rule="heuristic:source-end-tag")
    return None


def _after_story(ctx: Context, last: str) -> list[str]:
    """Texts of the short elements right after the story's last paragraph in the page."""
    matched = _STARTS_XPATH(ctx.page.root, text=last[:MAX_MATCH_PREFIX_CHARS])
    ends = [e for e in (matched if isinstance(matched, list) else []) if isinstance(e, HtmlElement)]
    if not ends:
        return []
    texts: list[str] = []
    following = _NEXT_PARAGRAPHS_XPATH(ends[-1])
    for el in following if isinstance(following, list) else []:
        if not isinstance(el, HtmlElement) or in_foreign_box(ctx, el):
            continue  # a teaser's or a caption's "Quelle:" is not the story's
        text = element_text(el)
        if text and len(text) <= MAX_SOURCE_CHARS + 10:
            texts.append(text)
    return texts


def dateline_agency(ctx: Context) -> Found[Byline] | None:
    """The agency in the story's dateline ("Hamburg (dpa/lno) –"): who the story is from."""
    dateline: Dateline | None = ctx.value("dateline")
    if dateline is None or not dateline.agency:
        return None
    if credit_from_text(dateline.agency) is None:
        return None
    return Found(
        value=Byline(raw=dateline.raw.strip(), people=(), organisations=(dateline.agency,)),
        rule="heuristic:dateline-agency",
    )


# A signed story's closing line: two or three name-case words and nothing else ("Stefan
# Wasmer", "Anna-Lena Berg"). ALL-CAPS parts, digits and lower-case words fail, so product
# names ("Pabst FX Fuzz") and phrases ("Mehr zum Thema") do not match.
_SIGNATURE_RE = re.compile(
    r"^[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?(?:\s[A-ZÀ-Þ][a-zß-ÿ'’-]+){1,2}$"
)
_EMPHASIS_TAGS = frozenset({"b", "strong", "i", "em"})
# Headings of the boxes that close press releases and posts, set in bold like a signature:
# "Über Acme", "Pressekontakt Acme", "Contact Acme", "Weitere Infos". Compared case-folded.
# (Not "press", "more", "mehr": Eyal Press, Thomas More and Mehr are people's surnames.)
_NOT_SIGNATURE_WORDS = words(
    """über about contact contacts kontakt pressekontakt medienkontakt info infos information
    informationen hinweis hinweise weitere related contacto acerca impressum anzeige werbung
    tags themen thema downloads download"""
)
_SIGNATURE_XPATH = etree.XPath("//p[normalize-space(.) = $text]")


def signature_line(ctx: Context) -> Found[Byline] | None:
    """The author's name set in bold or italics as the story's last paragraph.

    Many regional and trade sites sign stories at the end (``<p><b><i>Jane Doe</i></b></p>``)
    instead of bylining them. Only a whole paragraph in emphasis counts: a plain last line
    of the same shape is as often a product or a place.
    """
    body = ctx.value("body")
    blocks = getattr(body, "blocks", ())
    if not blocks or getattr(blocks[-1], "kind", "paragraph") != "paragraph":
        return None
    text = blocks[-1].text
    if not _SIGNATURE_RE.match(text):
        return _dated_sign_off(ctx, text)
    if any(word.casefold() in _NOT_SIGNATURE_WORDS for word in text.split()):
        return None  # "Über Acme", "Pressekontakt Acme": a closing box's heading
    matched = _SIGNATURE_XPATH(ctx.page.root, text=text)
    for el in matched if isinstance(matched, list) else []:
        if isinstance(el, HtmlElement) and _all_emphasis(el):
            got = parse_byline(text)
            if got is not None and len(got.people) == 1 and not got.organisations:
                return Found(value=got, rule="heuristic:signature", selector="p > b")
    return None


# A sign-off's name line: one to three name-case words ("Benni", "Anna-Lena Berg").
_SIGN_OFF_NAME_RE = re.compile(
    r"^[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?(?:\s[A-ZÀ-Þ][a-zß-ÿ'’-]+){0,2}$"
)


#: Paragraphs made of one line, a ``<br>`` and another line (the text is compared after).
_SIGN_OFF_XPATH = etree.XPath("//p[count(*) = 1 and br]")
#: A name and a date: longer is prose.
MAX_SIGN_OFF_CHARS = 80


def _dated_sign_off(ctx: Context, text: str) -> Found[Byline] | None:
    """A letter-style sign-off closing the story: the author's name, a line break and the
    date ("<p>Benni<br>10. September 2017</p>"). The date line vouches for the name, so a
    first name alone counts here, unlike in a bare signature line."""
    if len(text) > MAX_SIGN_OFF_CHARS:
        return None
    matched = _SIGN_OFF_XPATH(ctx.page.root)
    for el in reversed(matched) if isinstance(matched, list) else []:
        if not isinstance(el, HtmlElement):
            continue
        children = [c for c in el if isinstance(c.tag, str)]
        if len(children) != 1:
            continue
        name, date = clean_text(el.text), clean_text(children[0].tail)
        if f"{name} {date}" != text:
            continue
        if not _SIGN_OFF_NAME_RE.match(name) or not _DATE_PART_RE.match(date):
            continue
        got = parse_byline(name)
        if got is not None and len(got.people) == 1 and not got.organisations:
            return Found(value=got, rule="heuristic:signature", selector="p > br")
    return None


def _all_emphasis(el: HtmlElement) -> bool:
    """True when all of ``el``'s text sits inside one chain of b/strong/i/em elements."""
    node = el
    seen = False
    while True:
        children = [c for c in node if isinstance(c.tag, str) and c.tag != "br"]
        if clean_text(node.text) or len(children) != 1 or clean_text(children[0].tail):
            return seen and not children and bool(clean_text(node.text))
        node = children[0]
        if node.tag not in _EMPHASIS_TAGS:
            return False
        seen = True


# A meta line at the headline that joins a date, maybe a time, and the author's name with
# pipes or bullets: "04.02.2022 | 13:10 Uhr | Jane Doe".
_META_SPLIT_RE = re.compile(r"\s+[|•·]\s+")
# A date or a time part: "04.02.2022", "2022-02-04", "4. Februar 2022", "13:10 Uhr", "Feb 4".
_DATE_PART_RE = re.compile(
    r"""(?ix)^(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}
        |\d{1,2}\.?\s[a-zäéû]{3,9}\.?\s\d{4}|[a-zäéû]{3,9}\.?\s\d{1,2},?\s\d{4}
        |\d{1,2}:\d{2}(?:\s?(?:uhr|h|am|pm|a\.m\.|p\.m\.))?)$"""
)
#: The meta line is short: a date, a time and a name.
MAX_META_LINE_CHARS = 80
#: It sits this close to the headline (nodes before / after).
META_LINE_BEFORE = 20
META_LINE_AFTER = 40
#: A meta line wraps its parts in a few spans at most; a bigger element is a container.
MAX_META_LINE_CHILDREN = 3
_META_LINE_TAGS = frozenset({"small", "span", "div", "p", "time", "li"})


def date_name_line(ctx: Context) -> Found[Byline] | None:
    """ "04.02.2022 | 13:10 Uhr | Jane Doe" at the headline: the name beside the date.

    Every other part must be a date or a time, and the name a full one ("Politik", a
    section, is one word; a place after a date is written with a comma, not a pipe).
    """
    for el in around_headline(ctx, META_LINE_BEFORE, META_LINE_AFTER):
        if el.tag not in _META_LINE_TAGS or len(el) > MAX_META_LINE_CHILDREN:
            continue
        raw = el.text_content()  # in C: a cheap first look before element_text()
        if len(raw) > MAX_META_LINE_CHARS * 2 or ("|" not in raw and "•" not in raw):
            continue
        text = element_text(el)
        if not text or len(text) > MAX_META_LINE_CHARS or in_foreign_box(ctx, el):
            continue
        parts = [p.strip() for p in _META_SPLIT_RE.split(text) if p.strip()]
        names = [p for p in parts if not _DATE_PART_RE.match(p)]
        if len(parts) < 2 or len(names) != 1 or len(names) == len(parts):
            continue
        if names[0].casefold() in DATELINE_REGIONS:
            continue  # "04.02.2022 | New Jersey"
        got = parse_byline(names[0])
        if got is None or got.organisations or len(got.people) != 1:
            continue
        if " " in got.people[0].name:
            return Found(value=got, rule="heuristic:date-name-line", selector=el.tag)
    return None


#: A host label shorter than this ("ap", "faz") is too short to spell a person's name.
MIN_PERSONAL_LABEL_CHARS = 8

# Hosts whose first label is the blog's, not the platform's: name.wordpress.com.
_BLOG_HOSTS = ("wordpress.com", "blogspot.com", "substack.com", "medium.com", "tumblr.com")
# Separators between a page title and the site name: "Post title – Jane Doe".
_TITLE_SPLIT_RE = re.compile(r"\s+[|–—·»:-]\s+")
# A personal name: two to four capitalised words, an optional "Dr."/"Prof." first.
_PERSONAL_NAME_RE = re.compile(
    r"^(?:(?:Dr|Prof)\.\s+)?(?P<name>[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,3})$"
)


# Where a blog names itself besides <title>: app-name metas and the theme's header.
_SITE_META_KEYS = ("application-name", "msapplication-tooltip", "apple-mobile-web-app-title")
_SITE_HEADER_XPATH = etree.XPath(
    "//*[contains(@class,'site-title') or contains(@class,'site-description')"
    " or contains(@class,'blog-title') or contains(@class,'blog-description')]"
)
# "Jane Doe's Blog", "Damian Duchamps' Blog": the owner's name before a possessive.
_POSSESSIVE_BLOG_RE = re.compile(r"(?i)(?:'s|’s|'|’)\s+(?:blog|weblog|website|homepage|site)$")


def personal_site(ctx: Context) -> Found[Byline] | None:
    """On a site named after a person (janedoe.net titled "Jane Doe"), the owner wrote it.

    Only when the host's own label spells the same name as the site name or a title part:
    "Frankfurter Allgemeine" on faz.net is never taken for a person.
    """
    label = _site_label(ctx.page.domain or "")
    if len(label) < MIN_PERSONAL_LABEL_CHARS:
        return None
    texts = [t for t in (ctx.value("site_name"),) if isinstance(t, str)]
    texts.extend(_TITLE_SPLIT_RE.split(clean_text(ctx.page.title)))
    for key in _SITE_META_KEYS:
        texts.extend(ctx.page.meta.get(key, ()))
    found = _SITE_HEADER_XPATH(ctx.page.root)
    texts.extend(element_text(e) for e in (found if isinstance(found, list) else [])[:4])
    for text in texts:
        text = _POSSESSIVE_BLOG_RE.sub("", clean_text(text))
        m = _PERSONAL_NAME_RE.match(text)
        if not m or loose(m.group("name")) != label:
            continue
        words = m.group("name").split()
        # "Tulsa World", "ARD Mediathek": outlets named like people.
        if any(w.isupper() or w.casefold() in OUTLET_WORDS for w in words):
            continue
        byline = byline_from_names([m.group("name")])
        if byline is not None and byline.people:
            return Found(value=byline, rule="heuristic:personal-site")
    return None


def _site_label(domain: str) -> str:
    parts = domain.split(".")
    if any(domain.endswith(h) for h in _BLOG_HOSTS) and len(parts) > 2:
        return loose(parts[0])
    return loose(parts[-2]) if len(parts) >= 2 else ""
