"""Last-resort publication dates, for pages that declare none in the usual places.

When no metadata, header line or URL dates the story, weaker signs still do:

- a machine-readable date in an attribute of a date box near the headline, whose text is
  relative or empty (``<span class="timestamp" data-published="2024-12-04T13:35">2 hours
  ago</span>``, ``<abbr class="published" title="2024-12-04">``);
- a date that opens the story text, as press releases and small newsrooms write it:
  "(21. November 2022) Energieverbraucher ...", "Karlsruhe, (12.11.2021). ...",
  "BERLIN, 4 December 2024 – ...";
- a date the site writes into the document's ``<title>`` ("Una solución ... - 07.12.2017 -
  EL DIARIO");
- a ``<meta>`` tag under a name no convention lists ("super-rare-date-tag"), or one that
  keeps its value in ``value=`` instead of ``content=``, when its name says date or time
  and its value is a full machine-written date;
- on a forum thread, the date of the first post (the thread's opening message).

Each is a guess a reader would also make, so they come after every stronger candidate.
"""

from __future__ import annotations

import re
from datetime import datetime

from lxml.html import HtmlElement

from copydesk.cleaning import normalize_space
from copydesk.heuristics.chromezone import INVISIBLE_TAGS, SITE_CHROME_TAGS, in_chrome
from copydesk.heuristics.datemeta import written_date
from copydesk.heuristics.dateorder import order_hint
from copydesk.heuristics.datetext import month_number, parse_date
from copydesk.heuristics.datezone import UPDATED_LABEL_RE, HeaderZone
from copydesk.heuristics.threads import is_thread_markup, is_thread_url
from copydesk.lexicon import words
from copydesk.rules import Context, Found

__all__ = [
    "any_meta_date",
    "header_attribute_date",
    "lead_text_date",
    "thread_first_post_date",
    "title_date",
]

# Attributes that hold a machine-readable date on a date box, most explicit first.
_DATE_ATTRS: tuple[str, ...] = (
    "datetime",
    "data-published",
    "data-publish-date",
    "data-date",
    "data-datetime",
    "data-timestamp",
    "data-time",
    "content",
    "title",
)
# Attributes where a bare Unix timestamp is the date, not an id or a counter.
# The word breaks of an opening's place ("Karlsruhe", "Rio de Janeiro", "Baden-Baden").
_PLACE_SPLIT_RE = re.compile(r"[\s/,-]+")
_EPOCH_ATTRS = frozenset({"data-timestamp", "data-time"})
# Class/id words of a box showing the story's date or its "published" stamp.
_DATE_BOX_RE = re.compile(r"date|time|publish|posted|stamp|datum|fecha", re.IGNORECASE)
#: Blocks at the top of the story examined for an opening date (headings, a kicker, the
#: first paragraph).
LEAD_BLOCKS = 4
#: Characters at the start of a lead block searched for the opening date: a place and a
#: date fit well within it, and the regex never sees a whole paragraph.
MAX_LEAD_CHARS = 120
# An opening date: an optional place ("Karlsruhe, ", "BERLIN ") or month ("Feb. "), then a
# date in parentheses, or a bare date closed by a dash ("--" too), colon or bar. Every
# part is bounded, so a long paragraph cannot make this backtrack.
_LEAD_DATE_RE = re.compile(
    r"""^\s*
        (?P<place>[^\W\d_][^\W\d_.'’-]*\.?(?:[\s/-][^\W\d_]+\.?){0,3}\s*,?\s*)?
        (?: \( [^()]{6,40} \)
          | \d[^–—:|()]{5,39}? \s* (?:[–—:|]|\s-{1,2}\s) )""",
    re.VERBOSE,
)
# Words that open a sentence about an earlier or later moment ("On 4 March 2019 the court
# ruled: ...", "Since 1 May 2020: ..."), never a dateline's place; compared case-folded.
_NOT_PLACE_WORDS = words(
    """on in at by since until till from after before as of for to about around during
    between through am im seit ab bis vom nach vor dès depuis desde hasta dal dopo prima"""
)
# Articles open place names ("Le Havre", "El Paso", "La Paz") but, alone, a date: "Le 4
# décembre 2024 : ..." is "On 4 December".
_ARTICLE_WORDS = words("le la les el los las il lo der die das")
# A word of running text (lower case, three letters or more) in what should be a bare date
# and its time: "4 March 2019 the court ruled:" is a sentence that reaches a colon.
_PROSE_WORD_RE = re.compile(r"(?<![^\W\d_])[^\W\d_A-ZÀ-Þ][^\W\d_]{2,}")
# Lower-case words a date line may carry besides month names ("13 Uhr", "à 13 heures").
_DATE_LINE_WORDS = frozenset({"uhr", "heure", "heures", "hrs", "horas", "ore"})
# ``<meta>`` names that say date or time; names of the last change, an expiry, a sitemap
# refresh or a time zone are not the publication. Neither are the moments the page was
# built, deployed, rendered or served (``build-date``, ``page-generated-time``), a
# journal issue's cover date, an upload (a video's, an image's) or a copyright year.
_META_DATE_NAME_RE = re.compile(r"date|time|publi|issued|created", re.IGNORECASE)
_META_OTHER_RE = re.compile(
    r"""modif|updat|expir|revis|edit|refresh|zone|valid|birth|event|start|end|until|cache|
        review|crawl|index|last|build|deploy|generat|render|serve|compil|version|cover|
        upload|copyright|sitemap|fetch|request|load|current|today|schedul""",
    re.IGNORECASE | re.VERBOSE,
)
# Class, id or tooltip words of a post's timestamp ("post-date", "MtnCommentTime",
# title="Zeit der Erstellung").
_POST_TIME_RE = re.compile(r"date|time|posted|created|erstell|stamp|datum", re.IGNORECASE)
#: A post's timestamp is a short line; longer text is a message that mentions a date.
MAX_POST_TIME_TEXT = 60
#: Elements looked at for the first post's timestamp before giving up.
MAX_THREAD_CANDIDATES = 400
# Where a date is no post's or date box's own: site chrome, any ``<header>`` (these rules
# run after the header rules have read the story's own header; a header left holds the
# site's or a section's dates), and markup the reader never sees.
_CHROME_TAGS = SITE_CHROME_TAGS | {"header"} | INVISIBLE_TAGS


def header_attribute_date(ctx: Context, layout: HeaderZone) -> Found[datetime] | None:
    """A date in an attribute of a date box near the headline (closest first).

    Boxes labelled "Updated" are skipped; so are boxes off the article (related lists,
    comments). Bare Unix timestamps count only in ``data-timestamp``/``data-time``.

    >>> from copydesk.page import Page
    >>> html = ('<h1>Vote</h1><span class="timestamp" data-published="2024-12-04T13:35:00">'
    ...         '2 hours ago</span>')
    >>> ctx = Context(page=Page(html))
    >>> header_attribute_date(ctx, HeaderZone(ctx)).value.isoformat()
    '2024-12-04T13:35:00'
    """
    if not layout.has_headline:
        return None  # without a headline the story's box cannot be told from a teaser's
    for el in layout.by_distance(layout.window()):
        if not isinstance(el, HtmlElement) or el.tag in _CHROME_TAGS:
            continue
        box = f"{el.get('class') or ''} {el.get('id') or ''}"
        if el.tag != "time" and not _DATE_BOX_RE.search(box):
            continue
        if UPDATED_LABEL_RE.search(box) or layout.off_article(el):
            continue
        for attr in _DATE_ATTRS:
            raw = el.get(attr)
            if not raw:
                continue
            value = parse_date(
                raw[:MAX_POST_TIME_TEXT],
                now=ctx.page.now,
                order=order_hint(ctx),
                use_dateparser=False,
                bare_numbers=attr in _EPOCH_ATTRS,
            )
            if value is not None:
                return Found(value=value, rule=f"heuristic:header-attr-{attr}")
    return None


def lead_text_date(ctx: Context) -> Found[datetime] | None:
    """A date that opens one of the story's first blocks (before the text proper).

    >>> from copydesk.heuristics.body import BodyResult
    >>> from copydesk.model import Block
    >>> from copydesk.page import Page
    >>> ctx = Context(page=Page("<p>x</p>"))
    >>> blocks = (Block(kind="paragraph", text="(21. November 2022) Verbraucher erhalten ..."),)
    >>> ctx.found["body"] = Found(value=BodyResult(blocks=blocks), rule="test")
    >>> lead_text_date(ctx).value.date().isoformat()
    '2022-11-21'
    """
    body = ctx.value("body")
    blocks = getattr(body, "blocks", None)
    if not blocks:
        return None
    for block in blocks[:LEAD_BLOCKS]:
        m = _LEAD_DATE_RE.match(block.text[:MAX_LEAD_CHARS])
        if not m or not _place_like(m["place"] or "") or _prose_opening(m):
            continue
        # The whole opening, place included: "December 4, 2024:" reads "December" as a
        # place, and the date is the only date in it either way.
        value = written_date(ctx, m.group(0))
        if value is not None:
            return Found(value=value, rule="heuristic:lead-text-date")
    return None


def _prose_opening(m: re.Match[str]) -> bool:
    """Whether an opening match is a sentence, not a place and a date: its "place" is a
    preposition ("On 4 March 2019: ..."), or running text sits between its date and the
    dash or colon that closes it ("4 March 2019 the court ruled: ...").

    >>> _prose_opening(_LEAD_DATE_RE.match("On 4 March 2019: the court"))
    True
    >>> _prose_opening(_LEAD_DATE_RE.match("BERLIN, 4. Dezember 2024, 13 Uhr – Die"))
    False
    >>> _prose_opening(_LEAD_DATE_RE.match("Le Havre, 4 décembre 2024 – Le port"))
    False
    """
    place = (m["place"] or "").split()
    first = place[0].casefold().strip(".,") if place else ""
    if first in _NOT_PLACE_WORDS or (len(place) == 1 and first in _ARTICLE_WORDS):
        return True
    rest = m.group(0)[m.end("place") if m["place"] is not None else 0 :]
    return any(
        w.casefold() not in _DATE_LINE_WORDS and month_number(w) is None
        for w in _PROSE_WORD_RE.findall(rest)
    )


def _place_like(text: str) -> bool:
    """Whether an opening's words are capitalised, as a place (or a month name) is."""
    return all(word[0].isupper() for word in _PLACE_SPLIT_RE.split(text) if word)


def title_date(ctx: Context) -> Found[datetime] | None:
    """A full date in the document's ``<title>`` (some CMSs append the story's day), outside
    the headline's own words.

    >>> from copydesk.page import Page
    >>> html = "<head><title>Una solución - 07.12.2017 - EL DIARIO</title></head>"
    >>> title_date(Context(page=Page(html))).value.date().isoformat()
    '2017-12-07'
    """
    title = ctx.page.title
    if title is None:
        return None
    text = normalize_space(title)
    # A date inside the headline itself is what the story is about ("Remembering the
    # storm of 12 March 2019"), not the day it ran: only the pieces around it count.
    head = ctx.value("title")
    if isinstance(head, str) and head:
        at = text.casefold().find(head.casefold())
        if at >= 0:
            text = f"{text[:at]} | {text[at + len(head) :]}"
    value = written_date(ctx, text)
    return None if value is None else Found(value=value, rule="heuristic:title-date")


def any_meta_date(ctx: Context) -> Found[datetime] | None:
    """A ``<meta>`` whose name says date/time and whose value is a full written date.

    Reads ``content=`` and ``value=`` alike, of tags with a ``name`` or ``property`` (an
    ``itemprop`` alone is an item's microdata, not the page's). Names of modification,
    expiry, build and similar moments are skipped.

    >>> from copydesk.page import Page
    >>> html = '<head><meta name="x-story-date" value="2014-11-23T15:00:00+04:00"></head>'
    >>> any_meta_date(Context(page=Page(html))).value.isoformat()
    '2014-11-23T15:00:00+04:00'
    """
    page = ctx.page
    for el in page.root.iter("meta"):
        # ``name``/``property`` describe the page; an ``itemprop`` alone is microdata of
        # whatever item it sits in (a teaser card, a video, a comment), and the publication
        # keys of the story's own microdata are read by ``datemeta`` already.
        name = " ".join(el.get(a) or "" for a in ("name", "property"))
        if not _META_DATE_NAME_RE.search(name) or _META_OTHER_RE.search(name):
            continue
        raw = el.get("content") or el.get("value") or ""
        value = parse_date(
            raw, now=page.now, order=order_hint(ctx), use_dateparser=False, bare_numbers=False
        )
        if value is not None:
            return Found(value=value, rule="meta:any-date", source="metadata")
    return None


def thread_first_post_date(ctx: Context) -> Found[datetime] | None:
    """On a forum thread, the first timestamp-classed line in the page.

    A thread is dated by its opening message; its posts sit in "comment"/"post" boxes
    that the header scan rightly skips on news pages. A thread is known by its URL path
    ("/forum/", "/threads/", "viewtopic") or, whatever its address, by its markup: a
    ``DiscussionForumPosting`` in JSON-LD or microdata, or the board software's thread view
    named on ``<body>`` (:func:`~copydesk.heuristics.threads.is_thread_markup`).

    >>> from copydesk.page import Page
    >>> html = ('<div class="post"><span class="post-time">28.09.19 12:44</span>Hi</div>'
    ...         '<div class="post"><span class="post-time">30.09.19 08:01</span>Re</div>')
    >>> page = Page(html, "https://example.org/forum/thread-123.html")
    >>> thread_first_post_date(Context(page=page)).value.date().isoformat()
    '2019-09-28'
    """
    page = ctx.page
    by_url = is_thread_url(page.url, with_topic=False)
    if not by_url and not is_thread_markup(page.root, page.jsonld):
        return None
    body = page.root.find("body")
    seen = 0
    for el in (body if body is not None else page.root).iter():
        if not isinstance(el, HtmlElement) or el.tag in _CHROME_TAGS:
            continue
        attrs = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('title') or ''}"
        if not _POST_TIME_RE.search(attrs) or in_chrome(el, tags=_CHROME_TAGS):
            continue
        seen += 1
        if seen > MAX_THREAD_CANDIDATES:
            return None
        text = normalize_space(" ".join(el.itertext()))
        if not text or len(text) > MAX_POST_TIME_TEXT:
            continue
        value = written_date(ctx, text)
        if value is not None:
            return Found(value=value, rule="heuristic:thread-first-post")
    return None
