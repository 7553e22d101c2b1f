"""The article header zone: where a story's own date is printed, and where it is not.

Date rules must tell the story's date from the dozens of other dates on a page (related
stories, comments, the masthead's "today"). This module finds the headline, measures how
far every element is from it (in elements and in non-link text), marks containers that
belong to other stories or to readers (with :mod:`~copydesk.heuristics.dateboxes`), and
yields the short text lines near the headline that may hold a date. It parses no dates:
``dates`` does that.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

from copydesk.cleaning import element_text, loose, normalize_space
from copydesk.heuristics.dateboxes import off_article, other_date_box
from copydesk.heuristics.datetext import month_number
from copydesk.rules import Context

__all__ = [
    "PERSON_LINK_RE",
    "PUBLISHED_LABEL_RE",
    "UPDATED_LABEL_RE",
    "HeaderZone",
    "date_lines",
    "off_article",
    "other_date_box",
]

# Class/id words of elements that show the story's date ("post-date", "article__time").
_DATE_CLASS_RE = re.compile(
    r"date|time|publish|posted|byline|dateline|meta|info|author|submitted|stamp|datum|fecha|data",
    re.IGNORECASE,
)
# Labels that introduce the publication date in visible text, in several languages.
PUBLISHED_LABEL_RE = re.compile(
    r"""\b(?:published|posted|first\s+published|publication|released|created|
        veröffentlicht|erschienen|publiziert|erstellt|publié|mis\s+en\s+ligne|publicado|
        publicada|pubblicato|gepubliceerd|geplaatst|opublikowano|publicerad|julkaistu)\b""",
    re.VERBOSE | re.IGNORECASE,
)
UPDATED_LABEL_RE = re.compile(
    r"""\b(?:updated?|last\s+(?:updated|modified)|modified|aktualisiert|stand|mis\s+à\s+jour|
        actualizado|actualizada|aggiornato|bijgewerkt|zaktualizowano|uppdaterad|päivitetty)\b""",
    re.VERBOSE | re.IGNORECASE,
)
# Labels of dates that are about someone or something else: a forum member's sign-up,
# a birth date. A line carrying one is never the story's date.
_OTHER_DATE_LABEL_RE = re.compile(
    r"""\b(?:registered|joined|member\s+since|registriert|beigetreten|mitglied\s+seit|
        inscrit|miembro\s+desde|iscritto|lid\s+sinds|born|geboren|née?)\b
      # ... or an event's, a deadline's, an offer's: "When: 20 December", "Deadline:",
      # "Termin:", "Einsendeschluss:", "Valid until".
      |\b(?:when|wann|quand|cuándo|deadline|termin|veranstaltungsdatum|event\s+date
        |einsendeschluss|anmeldeschluss|bewerbungsschluss|valid\s+until|gültig\s+bis
        |expires?|ends|läuft\s+bis)\s*:""",
    re.VERBOSE | re.IGNORECASE,
)
#: Visible date text longer than this is a paragraph, not a date line.
MAX_DATE_TEXT = 120
#: An unmarked element's text must be this short to count as a date line.
MAX_PLAIN_DATE_TEXT = 50
_DIGIT_RE = re.compile(r"\d")
#: How many candidate elements the visible-text rule looks at before giving up.
MAX_VISIBLE_CANDIDATES = 150
#: The article header: elements this many places after / before the ``<h1>`` in document
#: order. Dates further away belong to teasers, comments or the footer.
NEAR_AFTER = 80
NEAR_BEFORE = 40
#: ... or this many characters of text after / before it.
NEAR_AFTER_CHARS = 400
NEAR_BEFORE_CHARS = 200
#: Elements fetched on each side of the headline before the "near" test trims them.
MAX_SCAN = 400
#: A date line at most this many elements above the <h1>, in one of the h1's closest
#: HEADER_BLOCK_DEPTH containers, belongs to the story header (kicker, date line).
CLOSE_BEFORE = 15
HEADER_BLOCK_DEPTH = 3
#: A teaser box: a date at most this many levels below a box that links to another story
#: with a link text of at least this many words (a headline, not an author or a section).
TEASER_DEPTH = 3
TEASER_WORDS = 5
# Links to people, not stories: an author box with a long name ("Staff and news service
# reports") is not a teaser.
PERSON_LINK_RE = re.compile(
    r"author|autor|auteur|profil|user|member|people|person|staff|team|redaktion|mailto:",
    re.IGNORECASE,
)
#: ... in a box with at most this much text (headline, kicker, date, a line of summary).
TEASER_CHARS = 300
#: A class shared by this many date-ish elements is a list of other stories.
REPEATED_WIDGET = 3
# Elements that may carry the headline when the page has no matching <h1>.
_HEADLINE_XPATH = (
    "//h2 | //h3 | //*[contains(@class, 'headline') or contains(@class, 'title')][not(self::title)]"
)
# The elements after / before the headline in document order, nearest first for "preceding"
# (a reverse axis counts positions from the context node).
_FOLLOWING = etree.XPath("following::*[position() <= $n]")
_PRECEDING = etree.XPath("preceding::*[position() <= $n]")
#: Raw text (before whitespace is collapsed) may run this many times over a line's limit.
LINE_SLACK = 4
_SKIP_TAGS = frozenset({"script", "style", "option", "noscript", "template"})


def _line_text(el: HtmlElement, limit: int) -> str:
    """An element's text with a space between every text node, or "" if over ``limit``.

    Date lines are built from fragments ("<a>News24</a><br>13 Jan 2020"); gluing them
    without a space would turn "News24" and "13 Jan" into "News2413 Jan". The walk stops as
    soon as the text is too long to be a date line, so a candidate that wraps the whole
    story costs no more than a short one.
    """
    parts: list[str] = []
    total = 0
    for event, node in etree.iterwalk(el, events=("start", "end")):
        if event == "start":
            if isinstance(node.tag, str) and node.tag not in _SKIP_TAGS and node.text:
                parts.append(node.text)
                total += len(node.text.strip())
        elif node is not el and node.tail:
            parts.append(node.tail)
            total += len(node.tail.strip())
        if total > limit * LINE_SLACK:
            return ""
    text = normalize_space(" ".join(parts))
    return text if len(text) <= limit else ""


def _xpath_list(xpath: etree.XPath, el: HtmlElement, **variables: Any) -> list[Any]:
    result = xpath(el, **variables)
    return result if isinstance(result, list) else []


def _own_text(el: HtmlElement) -> str:
    """An element's own text: its leading text plus its children's tails (not their text)."""
    parts = [el.text or ""]
    parts.extend(child.tail or "" for child in el)
    return normalize_space(" ".join(parts))


def date_lines(root: HtmlElement, layout: HeaderZone) -> Iterator[tuple[HtmlElement, str]]:
    """Texts of short elements near the headline that may hold the story's date.

    Candidates are elements whose class/id names a date or meta box (or that carry a
    "Published" label), and unmarked elements whose own text is a short line with a digit
    in it (many themes print the date in a bare ``<p>`` or ``<span>``). They come closest
    to the headline first: a marked date box in the masthead ("today") must not beat an
    unmarked date line right under the headline.
    """
    # Without a headline every element is "near" and a class shared by several date boxes
    # marks a list of other stories, so the whole window is classified first. With one,
    # elements are classified lazily, closest first: the caller usually stops at the first
    # date line, and most of the window is never looked at.
    classes: dict[str, int] = {}
    if not layout.has_headline:
        for el in layout.window():
            if isinstance(el.tag, str) and _date_classed(el):
                cls = el.get("class") or ""
                classes[cls] = classes.get(cls, 0) + 1
    seen = 0
    headline = layout.headline
    for el in layout.by_distance(layout.window()):
        if headline is not None and (el is headline or headline in el.iterancestors()):
            continue  # "The storm of 12 March 2019": the headline's date is its subject
        limit = _line_limit(el)
        if limit is None:
            continue
        cls = el.get("class") or ""
        if cls and classes.get(cls, 0) >= REPEATED_WIDGET:
            continue  # without a headline to measure from, a repeated box is a story list
        if other_date_box(el):
            continue  # "event-date", "deadline": a date the story is about
        if layout.off_article(el):
            continue
        text = _line_text(el, limit)
        if not text:
            # A date box that also holds a widget: its own text may still be the date line
            # ("<a>Author</a>, 21. Jan. 2015 <div class=rating>...</div>").
            text = _own_text(el)
        if not text or len(text) > limit or _OTHER_DATE_LABEL_RE.search(text):
            continue
        if limit == MAX_PLAIN_DATE_TEXT and _prose(text):
            continue  # an unmarked sentence that mentions a date: "Since 1 May 2020: the ..."
        seen += 1
        if seen > MAX_VISIBLE_CANDIDATES:
            return
        yield el, text


# A word of running text: lower case, three letters or more.
_PROSE_WORD_RE = re.compile(r"(?<![^\W\d_])[^\W\d_A-ZÀ-Þ][^\W\d_]{2,}")
#: An unmarked date line carries at most this many such words besides month names ("vor 3
#: Stunden", "von Jane Doe am 04.12.2024"); more is a sentence that mentions a date.
MAX_PROSE_WORDS = 2


def _prose(text: str) -> bool:
    """Whether an unmarked line is a sentence rather than a date line.

    >>> _prose("Since 1 May 2020: the council has met every week"), _prose("il y a 3 heures")
    (True, False)
    """
    found = [w for w in _PROSE_WORD_RE.findall(text) if month_number(w) is None]
    return len(found) > MAX_PROSE_WORDS


def _date_classed(el: HtmlElement) -> bool:
    attrs = f"{el.get('class') or ''} {el.get('id') or ''}"
    return bool(_DATE_CLASS_RE.search(attrs)) or el.tag in {"time", "small"}


def _line_limit(el: HtmlElement) -> int | None:
    """How long a date line in ``el`` may be, or None if ``el`` is no date-line candidate."""
    if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS:
        return None
    if _date_classed(el):
        return MAX_DATE_TEXT
    if el.text and PUBLISHED_LABEL_RE.search(el.text):
        return MAX_DATE_TEXT
    if el.tag == "a":  # an unmarked dated link points at another story or an archive
        return None
    # Most elements have no digit in their own text: test the raw pieces before joining
    # and collapsing whitespace (this runs on every element near the headline).
    raw = [el.text or "", *(child.tail or "" for child in el)]
    if not any(_DIGIT_RE.search(piece) for piece in raw):
        return None
    if sum(len(piece) for piece in raw) > MAX_PLAIN_DATE_TEXT * LINE_SLACK:
        return None
    own = normalize_space(" ".join(raw))
    if own and len(own) <= MAX_PLAIN_DATE_TEXT:
        return MAX_PLAIN_DATE_TEXT
    return None


class HeaderZone:
    """Where the headline is, so date candidates can be ranked by distance from it.

    The headline is the first ``<h1>`` whose text is part of the resolved title (or vice
    versa); else an ``<h2>``/``<h3>`` or a ``headline``/``title``-classed element with the
    title's text; else the first ``<h1>``. Without a headline every element is "near".
    Containers of the headline are never "off article", whatever their class says
    (``content right-sidebar`` wraps the story on many blogs).

    "Near" means few elements away, or little text away (a header full of icons and share
    buttons is many elements long but holds little text); the near elements form one
    contiguous window of the document, which is all the date scan has to look at.
    """

    def __init__(self, ctx: Context) -> None:
        root = ctx.page.root
        title = ctx.value("title")
        self.headline = _find_headline(root, title)
        self._title_key = loose(title) if isinstance(title, str) else ""
        self.has_headline = self.headline is not None
        self._window: list[HtmlElement] = []
        self._index: dict[HtmlElement, int] = {}
        self._keep: set[HtmlElement] = set()
        if self.headline is None:
            body = root.find("body")
            self._window = list((body if body is not None else root).iter())
            return
        after = _xpath_list(_FOLLOWING, self.headline, n=MAX_SCAN)
        before = _xpath_list(_PRECEDING, self.headline, n=MAX_SCAN)
        near_after = _take_near(after, NEAR_AFTER, NEAR_AFTER_CHARS)
        near_before = _take_near(reversed(before), NEAR_BEFORE, NEAR_BEFORE_CHARS)
        for i, el in enumerate(near_after, start=1):
            self._index[el] = i
        for i, el in enumerate(near_before, start=1):
            self._index[el] = -i
        self._index[self.headline] = 0
        self._window = [*reversed(near_before), self.headline, *near_after]
        self._keep = set(self.headline.iterancestors())

    def window(self) -> list[HtmlElement]:
        """The elements near the headline, in document order (all of them without one)."""
        return self._window

    def off_article(self, el: HtmlElement) -> bool:
        """Whether ``el`` sits in a related list, sidebar, footer or comment thread.

        An unclassed ``<aside>`` right next to the headline is the story's meta box
        (author, date, reading time), not a sidebar.
        """
        close = self.headline is not None and abs(self.distance(el)) <= CLOSE_BEFORE
        return off_article(el, self._keep, allow_aside=close and self.near(el)) or self.in_teaser(
            el
        )

    def in_teaser(self, el: HtmlElement) -> bool:
        """Whether ``el`` sits in a teaser for another story: a small box (a few levels up,
        not holding the headline) that links to a page with a headline-length link text.

        Related-story boxes are not always named as such ("new-raleted-box", "vezani"); their
        shape is: image, headline link, date, little else. The story's own meta box links
        only to short things (author, section); a link with the story's title is a permalink.
        """
        if self.headline is None:
            return False
        for depth, anc in enumerate(el.iterancestors()):
            if depth >= TEASER_DEPTH or anc in self._keep:
                return False
            if not _line_text(anc, TEASER_CHARS):
                return False  # a box with this much text is the story, not a teaser
            for link in anc.iter("a"):
                href = link.get("href") or ""
                if not href or PERSON_LINK_RE.search(href) or el in link.iterdescendants():
                    continue  # an author's page, or a link around the date itself
                text = element_text(link)
                if len(text.split()) < TEASER_WORDS or len(text) > MAX_DATE_TEXT * 2:
                    continue
                key = loose(text)
                if self._title_key and (key in self._title_key or self._title_key in key):
                    continue
                return True
        return False

    def distance(self, el: HtmlElement) -> int:
        """Signed element count from the headline (negative = before it; 0 if not near)."""
        return self._index.get(el, 0)

    def near(self, el: HtmlElement) -> bool:
        """Whether ``el`` sits in the headline's neighbourhood (the article header)."""
        return self.headline is None or el in self._index

    def vouched(self, el: HtmlElement) -> bool:
        """Whether ``el`` sits in the story's own header: just under a real ``<h1>``, or just
        above it inside the same header block (kicker and date lines), not in the masthead.
        """
        if self.headline is None or self.headline.tag != "h1" or not self.near(el):
            return False
        d = self.distance(el)
        if d > 0:
            return True
        if d < -CLOSE_BEFORE:
            return False
        ancestors = list(self.headline.iterancestors())[:HEADER_BLOCK_DEPTH]
        return any(a in ancestors for a in el.iterancestors())

    def by_distance(self, els: list[HtmlElement]) -> list[HtmlElement]:
        """The near elements of ``els``, closest to the headline first (after it on ties)."""
        if self.headline is None:
            return els
        near = [e for e in els if self.near(e)]
        return sorted(near, key=lambda e: (abs(self.distance(e)), self.distance(e) < 0))


def _take_near(els: Iterable[Any], max_count: int, max_chars: int) -> list[HtmlElement]:
    """Elements in order of distance from the headline while they are near enough."""
    out: list[HtmlElement] = []
    chars = 0
    for i, el in enumerate(els, start=1):
        if i > max_count and chars > max_chars:
            break
        if not isinstance(el, HtmlElement):
            continue
        out.append(el)
        # Link text (teaser lists, share and tag links) does not push the date away.
        if el.tag not in _SKIP_TAGS and el.tag != "a":
            chars += len((el.text or "").strip())
        chars += len((el.tail or "").strip())
    return out


def _find_headline(root: HtmlElement, title: object) -> HtmlElement | None:
    # An h1 with the title's text is the headline wherever it sits ("sticky-sidebar-parent"
    # wrappers); an h1 that does not match must at least not sit in chrome.
    h1s = list(root.iter("h1"))
    key = loose(title) if isinstance(title, str) else ""
    if key:
        for h in h1s:
            text = loose(element_text(h))
            if text and (text in key or key in text):
                return h
        for el in root.xpath(_HEADLINE_XPATH):
            if isinstance(el, HtmlElement) and loose(element_text(el)) == key:
                return el
    return next((h for h in h1s if not off_article(h)), None)
