"""The story body: the story's paragraphs, subheadings, list items and quotes — nothing else.

Entry points:

* :func:`extract_body` — clean a (mutable) tree, find the story container(s) or use the
  ones a profile names, turn them into typed blocks and drop the blocks that are chrome.
* :data:`BODY_RULES` — the rule chain the engine runs: the DOM heuristic first, then the
  JSON-LD ``articleBody`` for pages whose text exists only there.

Steps, each in its own module: :mod:`~copydesk.heuristics.boilerplate` (what is chrome),
:mod:`~copydesk.heuristics.scoring` (where the story is), :mod:`~copydesk.heuristics.blocks`
(markup -> blocks). The rules here decide which blocks survive.
"""

from __future__ import annotations

import contextlib
import html
import re
from collections.abc import Mapping, Sequence
from typing import Any

import attrs
import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from copydesk.cleaning import clean_text
from copydesk.heuristics.blocks import RawBlock, extract_blocks
from copydesk.heuristics.boilerplate import (
    is_agency_line,
    is_credit_caption,
    is_date_line,
    is_junk_line,
    is_meta_line,
    is_section_end,
)
from copydesk.heuristics.containers import compare_form, find_lead, pick_containers
from copydesk.heuristics.scoring import analyse, strip_chrome
from copydesk.model import Block
from copydesk.rules import Context, Found, Rule

#: A block whose text is more than this share links is a link list entry, not prose.
MAX_LINK_DENSITY = 0.5
#: ... unless it is long: a paragraph citing several sources is still a paragraph ...
LINKY_PROSE_MIN_CHARS = 250
#: ... or a sentence is written around the link (this many characters outside it) and the
#: link is not nearly all of it.
SENTENCE_AROUND_LINK_CHARS = 50
MOSTLY_LINK_DENSITY = 0.75
#: A section-ending line ("Related", "Support local journalism") only truncates the story
#: once at least this many characters of story precede it; earlier it is just dropped.
SECTION_END_MIN_PRECEDING = 200
#: ... and only when what follows it is shorter than this share of the story before it: a
#: "Sign up for our newsletter" box in mid-story is dropped, not taken for the story's end.
SECTION_END_MAX_TAIL_SHARE = 1.0
#: Byline/timestamp lines are only dropped among the first few blocks of the story.
META_LINE_LEADING_BLOCKS = 4
#: A heading longer than this is prose set large, kept whatever follows it.
ORPHAN_HEADING_MAX_CHARS = 100
#: The headline is looked for among the story's first few blocks ...
TITLE_LEADING_BLOCKS = 3
#: ... and only when it is at least this long (a one-word title matches too much).
MIN_TITLE_CHARS = 15
#: The DOM result is distrusted when the JSON-LD articleBody is this many times longer.
JSONLD_MUCH_LONGER = 2.0
#: Fewer characters than this of DOM text is "found nothing".
MIN_BODY_CHARS = 80
#: A table row with at least this many cells, one of them plain text, is a row of data.
DATA_ROW_MIN_CELLS = 2
#: ... and with at most this many blocks: a row holding a long list of links is a
#: navigation box ("Regions: <a>..</a> <a>..</a> ..."), not a row of data.
DATA_ROW_MAX_BLOCKS = 8
#: A link-dense paragraph written as a sentence (ends in . ! ? or a closing quote after one)
#: of at least this many words is story text when story prose stands around it ...
LINKED_SENTENCE_MIN_WORDS = 4
#: ... or, in a script written without spaces (Chinese, Japanese), this many characters ...
UNSPACED_SENTENCE_MIN_CHARS = 8
#: ... with at least this many characters outside its links ...
LINKED_SENTENCE_MIN_PLAIN_CHARS = 3
#: ... within this many blocks before and after it (linked sentences in a row are skipped).
LINKED_SENTENCE_WINDOW = 3
#: A heading that is all link (a listicle's "<h3><a>Product</a></h3>") is a subheading when
#: the paragraph after it is prose of at least this many characters.
LINKED_HEADING_MIN_NEXT_CHARS = 100


@attrs.frozen
class BodyResult:
    """The story's blocks and the captions of its photos (kept apart from the text)."""

    blocks: tuple[Block, ...]
    captions: tuple[str, ...] = ()


def extract_body(
    root: HtmlElement, *, containers: Sequence[HtmlElement] | None = None
) -> BodyResult | None:
    """Extract the story from ``root`` (a mutable tree: chrome is removed from it).

    With ``containers`` (a profile's body elements), only their text is used; otherwise the
    story container(s) are found by scoring.

    >>> import lxml.html
    >>> root = lxml.html.document_fromstring(
    ...     "<html><body><nav><a href='/'>Home</a></nav><div class='story'>"
    ...     "<p>First paragraph of the story, long enough to count as prose.</p>"
    ...     "<p>Advertisement</p><p>Second paragraph, with a comma, also long enough.</p>"
    ...     "</div></body></html>")
    >>> for block in extract_body(root).blocks:
    ...     print(block.text)
    First paragraph of the story, long enough to count as prose.
    Second paragraph, with a comma, also long enough.
    """
    body = root.find("body") if root.tag == "html" else root
    if body is None:
        body = root
    titles = page_titles(root)
    if containers is not None:
        chosen = []
        captions_raw: list[tuple[str, HtmlElement | None]] = []
        for el in containers:
            captions_raw.extend(strip_chrome(el))
            analyse(el)
            chosen.append(el)
    else:
        captions_raw = strip_chrome(body)
        analysis = analyse(body)
        chosen = pick_containers(body, analysis)
        if chosen and chosen[0] is not body:
            lead = find_lead(chosen[0], analysis.stats, body, page_descriptions(root))
            if lead is not None and _is_new_text(lead, chosen):
                chosen.insert(0, lead)
    if not chosen:
        return None
    raw: list[RawBlock] = []
    for el in chosen:
        raw.extend(extract_blocks(el))
    # Captions written as paragraphs ("... | © Agency/Getty Images") go with the captions.
    credited = [rb.text for rb in raw if rb.kind == "paragraph" and is_credit_caption(rb.text)]
    if credited:
        raw = [rb for rb in raw if not (rb.kind == "paragraph" and is_credit_caption(rb.text))]
    blocks = drop_repeated_title(filter_blocks(raw, trusted=containers is not None), titles)
    if not blocks:
        return None
    captions = tuple(
        dict.fromkeys([text for text, anchor in captions_raw if _inside(anchor, chosen)] + credited)
    )
    return BodyResult(blocks=tuple(blocks), captions=captions)


def page_titles(root: HtmlElement) -> tuple[str, ...]:
    """The page's headline as ``<title>`` and ``og:title`` give it, normalised for comparing."""
    found = [t for t in root.xpath("//head/title/text()") if isinstance(t, str)]
    found += [
        m.get("content") or ""
        for m in root.xpath("//head/meta[@property='og:title' or @name='twitter:title']")
    ]
    return tuple(n for n in (_norm(t) for t in found) if len(n) >= MIN_TITLE_CHARS)


def page_descriptions(root: HtmlElement) -> frozenset[str]:
    """The page's meta descriptions, normalised for comparing (a standfirst repeats one)."""
    found = root.xpath(
        "//head/meta[@name='description' or @property='og:description'"
        " or @name='twitter:description' or @property='twitter:description']/@content"
    )
    return frozenset(n for n in (compare_form(str(t)) for t in found) if len(n) >= MIN_TITLE_CHARS)


def drop_repeated_title(blocks: list[Block], titles: Sequence[str]) -> list[Block]:
    """Drop the headline repeated at the top of the story container.

    >>> b = lambda t: Block(kind="heading", text=t, level=2)
    >>> [x.text for x in drop_repeated_title([b("Linde sells US unit"), b("Text.")],
    ...                                      ["linde sells us unit wiwo"])]
    ['Text.']
    """
    if not titles:
        return blocks
    for i, block in enumerate(blocks[:TITLE_LEADING_BLOCKS]):
        text = _norm(block.text)
        if len(text) < MIN_TITLE_CHARS:
            continue
        if any(text in t or (t in text and len(text) <= len(t) * 1.3) for t in titles):
            return blocks[:i] + blocks[i + 1 :]
    return blocks


def _norm(text: str) -> str:
    return " ".join(_NON_WORD.sub(" ", text.casefold()).split())


def _is_new_text(lead: HtmlElement, chosen: Sequence[HtmlElement]) -> bool:
    """True when the standfirst is neither inside the story nor repeated in it."""
    if any(lead in c.iterancestors() for c in chosen):
        return False
    text = _norm(lead.text_content())
    return not any(text in _norm(c.text_content()) for c in chosen)


def _inside(anchor: HtmlElement | None, containers: Sequence[HtmlElement]) -> bool:
    if anchor is None:
        return False
    ids = {id(c) for c in containers}
    if id(anchor) in ids:
        return True
    return any(id(a) in ids for a in anchor.iterancestors())


def filter_blocks(raw: Sequence[RawBlock], *, trusted: bool = False) -> list[Block]:
    """Drop chrome blocks; cut the story at a section-ending line after enough text.

    A heading survives only if the block after it does: a heading whose content was all
    dropped ("Story Tools" over a list of links) labelled chrome. With ``trusted`` (the
    container came from a profile), a link-dense paragraph written as a sentence is kept
    without looking at its neighbours.

    >>> from copydesk.heuristics.blocks import RawBlock
    >>> rb = lambda t, kind="paragraph", links=0: RawBlock(kind, t, None, links, "p")
    >>> story = "A sentence of the story, long enough to be prose. " * 10
    >>> tools = [rb("Tools", "heading"), rb("Print it", links=8)]
    >>> raw = [rb(story), rb("Loading..."), *tools, rb("Related"), rb("x")]
    >>> [b.text[:20] for b in filter_blocks(raw)]
    ['A sentence of the st']
    """
    keep = [False] * len(raw)
    story_chars = 0
    # Paragraph text still to come: a section-end line followed by as much prose as came
    # before it is a mid-story box, not the end (list items and teasers do not count).
    remaining = sum(len(rb.text) for rb in raw if _is_prose(rb))
    data_rows = table_rows_with_data(raw)
    for i, rb in enumerate(raw):
        text = rb.text
        if _is_prose(rb):
            remaining -= len(text)
        if (
            is_section_end(text)
            and story_chars >= SECTION_END_MIN_PRECEDING
            and remaining < SECTION_END_MAX_TAIL_SHARE * story_chars
        ):
            break
        linked_story = _is_linky(rb) and _linked_story_block(raw, i, trusted=trusted)
        leading = story_chars == 0 or i < META_LINE_LEADING_BLOCKS
        if rb.row in data_rows:
            if is_junk_line(text):
                continue  # a data table's cell: its links and dates are its data
        elif _is_chrome_block(
            rb,
            leading=leading,
            linked_story=linked_story,
            section_h1=story_chars > 0 and is_section_h1(raw, i),
        ):
            continue
        keep[i] = True
        if rb.kind != "heading":
            story_chars += len(text)
    out: list[Block] = []
    for i, rb in enumerate(raw):
        if not keep[i]:
            continue
        if rb.kind == "heading" and not _followed_by_text(raw, keep, i):
            continue
        out.append(Block(kind=rb.kind, text=rb.text, level=rb.level))
    return out


def table_rows_with_data(raw: Sequence[RawBlock]) -> frozenset[int]:
    """The table rows that hold a cell of plain text beside their links.

    Page shape: a table in the story listing releases, results or prices ("<td><a>4.2.3</a>
    </td><td>April 2014</td>"): cell by cell the link and the date look like chrome, the row
    is data. A row of links only, or a label beside a long list of links (a navigation
    table), is not a data row.

    >>> from copydesk.heuristics.blocks import RawBlock
    >>> cell = lambda t, links, row: RawBlock("paragraph", t, None, links, "td", 0, row)
    >>> sorted(table_rows_with_data([cell("4.2.3", 5, 1), cell("April 2014", 0, 1),
    ...                              cell("Home", 4, 2), cell("News", 4, 2)]))
    [1]
    """
    rows: dict[int, list[RawBlock]] = {}
    for rb in raw:
        if rb.row >= 0:
            rows.setdefault(rb.row, []).append(rb)
    return frozenset(
        row
        for row, cells in rows.items()
        if DATA_ROW_MIN_CELLS <= len(cells) <= DATA_ROW_MAX_BLOCKS
        and any(not _is_linky(c) for c in cells)
    )


def _is_prose(rb: RawBlock) -> bool:
    return rb.kind == "paragraph" and not _is_linky(rb)


def _is_chrome_block(
    rb: RawBlock, *, leading: bool, linked_story: bool = False, section_h1: bool = False
) -> bool:
    text = rb.text
    if (rb.tag == "h1" and not section_h1) or is_junk_line(text) or is_section_end(text):
        return True
    if is_date_line(text):
        return True
    if not _WORDY.search(text) and rb.tag not in ("td", "th") and rb.kind != "preformatted":
        return True  # "$915", "’22", "1 / 5": chart labels and counters, not sentences
    if _is_linky(rb) and not linked_story:
        return True
    return leading and (is_meta_line(text) or is_agency_line(text))


def _is_linky(rb: RawBlock) -> bool:
    """A link-list entry or teaser ("Read more: <headline>"), not a sentence with a link."""
    if rb.link_density <= MAX_LINK_DENSITY or len(rb.text) >= LINKY_PROSE_MIN_CHARS:
        return False
    plain = len(rb.text) - rb.link_chars
    return rb.link_density > MOSTLY_LINK_DENSITY or plain < SENTENCE_AROUND_LINK_CHARS


def _linked_story_block(raw: Sequence[RawBlock], i: int, *, trusted: bool) -> bool:
    """A link-dense block that is story text all the same (checked after :func:`_is_linky`)."""
    rb = raw[i]
    if rb.kind == "heading":
        return is_linked_subheading(raw, i)
    if rb.kind == "paragraph" and rb.tag == "p":
        return is_linked_sentence(raw, i, trusted=trusted)
    return False


def is_sentence(text: str) -> bool:
    """True for text written as a sentence: a capital or quote first, end punctuation last.

    >>> is_sentence("Assange faces a charge of conspiracy."), is_sentence("Read: Tunisia’s museum")
    (True, False)
    >>> is_sentence("東京で会議が開かれた。"), is_sentence("and so it ended.")
    (True, False)
    """
    return (
        _enough_words(text) and _opens_sentence(text) and _SENTENCE_FINISH.search(text) is not None
    )


def _enough_words(text: str) -> bool:
    """Enough words for a sentence; scripts written without spaces are counted in characters."""
    words = text.split()
    if len(words) >= LINKED_SENTENCE_MIN_WORDS:
        return True
    return len(words) == 1 and len(text) >= UNSPACED_SENTENCE_MIN_CHARS


def _opens_sentence(text: str) -> bool:
    """A capital, a digit or a letter of a script without case, after any opening mark."""
    first = text.lstrip(_OPENING_MARKS)[:1]
    return first.isalnum() and not first.islower()


def is_linked_sentence(raw: Sequence[RawBlock], i: int, *, trusted: bool = False) -> bool:
    """A sentence in the story whose words are mostly links, not a link-list entry.

    Page shape: a story that links names and titles as it goes ("<a>James Van Der Beek</a>
    has been eliminated from <a>Dancing with the Stars</a>.") or a novel's dialogue line
    that is mostly one link; link lists and "[Read: headline]" teasers are not written as
    sentences, and a teaser headline is one link from end to end. Outside a profile's
    container, story prose must stand before (unless it opens the story) and after it.

    >>> from copydesk.heuristics.blocks import RawBlock
    >>> story = RawBlock("paragraph", "It rained, and the river rose. " * 3 + "End.", None, 0, "p")
    >>> line = RawBlock("paragraph", "He silently retired into his hermitage.", None, 28, "p")
    >>> is_linked_sentence([story, line, story], 1), is_linked_sentence([story, line], 1)
    (True, False)
    >>> head = RawBlock("heading", "What charges does he face?", 2, 0, "h2")
    >>> is_linked_sentence([story, head, line, story], 2)
    True
    """
    rb = raw[i]
    if not is_sentence(rb.text) or _TEASER_CUE.match(rb.text):
        return False
    if len(rb.text) - rb.link_chars < LINKED_SENTENCE_MIN_PLAIN_CHARS:
        return False  # one link from end to end: a teaser headline, even with a "?"
    if trusted:
        return True
    box = rb.box
    before = _prose_near(raw, range(i - 1, max(-1, i - 1 - LINKED_SENTENCE_WINDOW), -1), box)
    # A section's first paragraph: its subheading stands right before it, in the same box.
    before = before or (i > 0 and raw[i - 1].kind == "heading" and raw[i - 1].box == box)
    after = _prose_near(raw, range(i + 1, min(len(raw), i + 1 + LINKED_SENTENCE_WINDOW)), box)
    opens = all(_is_linky(rb) or rb.kind == "heading" for rb in raw[:i])
    return after and (before or opens)


def _prose_near(raw: Sequence[RawBlock], indexes: range, box: int) -> bool:
    """True when a prose sentence in the same box comes within ``indexes``.

    Other linked sentences may stand between; anything else (a heading, a link list, a
    promo box's text) ends the run of story.
    """
    for j in indexes:
        rb = raw[j]
        if rb.box != box or not (rb.kind == "paragraph" and is_sentence(rb.text)):
            return False
        if _is_prose(rb):
            return True
    return False


def is_section_h1(raw: Sequence[RawBlock], i: int) -> bool:
    """An ``<h1>`` between two story paragraphs of one box: a subheading, not the headline.

    Page shape: sites that set every subheading of a long guide as ``<h1>``; the headline
    is above the story, not between its paragraphs.

    >>> from copydesk.heuristics.blocks import RawBlock
    >>> para = RawBlock("paragraph", "The diet is simple, and it works. " * 3, None, 0, "p")
    >>> h1 = RawBlock("heading", "The second phase", 1, 0, "h1")
    >>> is_section_h1([para, h1, para], 1), is_section_h1([h1, para], 0)
    (True, False)
    """
    if i < 1 or i + 1 >= len(raw) or raw[i].tag != "h1":
        return False
    prev, head, nxt = raw[i - 1], raw[i], raw[i + 1]
    return prev.box == head.box == nxt.box and _is_prose(prev) and _is_prose(nxt)


def is_linked_subheading(raw: Sequence[RawBlock], i: int) -> bool:
    """A subheading that is a link, over story prose: a listicle's ``<h3><a>Product</a></h3>``.

    Page shape: reviews and round-ups title each section with a link to the thing
    reviewed; the section's own paragraph follows. A "Related" heading over teaser links
    is followed by more links, not prose.

    >>> from copydesk.heuristics.blocks import RawBlock
    >>> head = RawBlock("heading", "“Thumper” ($20)", 3, 15, "h3")
    >>> para = RawBlock("paragraph", "A rhythm game, fast and loud. " * 4 + "End.", None, 0, "p")
    >>> is_linked_subheading([para, head, para], 1), is_linked_subheading([head, head], 0)
    (True, False)
    """
    if i < 1 or i + 1 >= len(raw) or raw[i].tag == "h1":
        return False
    prev, head, nxt = raw[i - 1], raw[i], raw[i + 1]
    return (
        prev.box == head.box == nxt.box
        and _is_prose(prev)
        and _is_prose(nxt)
        and len(nxt.text) >= LINKED_HEADING_MIN_NEXT_CHARS
        and is_sentence(nxt.text)
    )


def _followed_by_text(raw: Sequence[RawBlock], keep: Sequence[bool], i: int) -> bool:
    """False when heading ``i`` labels a link list ("Story Tools" over links that were dropped)."""
    if i + 1 >= len(raw) or keep[i + 1]:
        return True
    nxt = raw[i + 1]
    return not _is_linky(nxt) or len(raw[i].text) > ORPHAN_HEADING_MAX_CHARS


# ---------------------------------------------------------------------------- rules

_NON_WORD = re.compile(r"[^\w]+")
# A sentence opens with a capital, a digit or an opening quote/bracket around one ...
# A teaser's cue before its linked headline: "Read more: ...", "See also: ...", "Watch: ...".
_TEASER_CUE = re.compile(
    r"^\W*(?:read|see|watch|listen|related|more|also|lire|lesen|leer|leia|mehr)\b[^:.!?]{0,20}:",
    re.IGNORECASE,
)
_OPENING_MARKS = "\"'“‘«„(¿¡「『"
# ... and ends with . ! ? or an ellipsis, perhaps inside closing quotes or brackets.
_SENTENCE_FINISH = re.compile(r"[.!?…。！？؟।][\"'”’»)」』]{0,3}$")
# Two letters in a row: any word. A block without one is numbers and symbols only.
_WORDY = re.compile(r"[^\W\d_]{2}")
# Markup inside a JSON string: "<p>", "</p>", "<br/>" (escaped or not).
_HTML_TAG = re.compile(
    r"</?(?:p|br|div|h[1-6]|ul|ol|li|blockquote|strong|em|a)\b[^>]{0,200}>|&lt;/?p&gt;",
    re.IGNORECASE,
)
_PARA_SPLIT = re.compile(r"\s*\n\s*\n\s*|\s*\r\n\s*\r\n\s*")


def _jsonld_body(ctx: Context) -> str | None:
    """The page's own JSON-LD ``articleBody``.

    Pages list other stories' objects too (related items, a live blog's entries); with
    several bodies only one whose headline or URL matches this page is used.
    """
    bodies: list[tuple[Mapping[str, Any], str]] = []
    for obj in ctx.page.jsonld_articles():
        body = obj.get("articleBody")
        if isinstance(body, list):
            body = "\n\n".join(str(b) for b in body if isinstance(b, str))
        if isinstance(body, str) and body.strip():
            bodies.append((obj, body))
    if len(bodies) == 1:
        return bodies[0][1]
    title = _norm(str(ctx.value("title") or ""))
    url = (ctx.page.url or "").rstrip("/")
    for obj, body in bodies:
        headline = _norm(str(obj.get("headline") or ""))
        ids = {str(obj.get(k) or "").rstrip("/") for k in ("url", "@id", "mainEntityOfPage")}
        if (title and headline and (headline in title or title in headline)) or (
            url and url in ids
        ):
            return body
    return None


def _blocks_from_text(text: str) -> tuple[Block, ...]:
    """Paragraphs of an ``articleBody``: plain text split on blank lines, or HTML markup."""
    if _HTML_TAG.search(text):
        with contextlib.suppress(etree.ParserError, ValueError):
            fragment = lxml.html.fragment_fromstring(
                html.unescape(text) if "&lt;" in text else text, create_parent="div"
            )
            raw = extract_blocks(fragment)
            return tuple(Block(kind=r.kind, text=r.text, level=r.level) for r in raw)
    text = html.unescape(text)
    paras = [clean_text(p) for p in _PARA_SPLIT.split(text)]
    if len(paras) == 1:
        paras = [clean_text(p) for p in text.splitlines()]
    return tuple(Block(kind="paragraph", text=p) for p in paras if p)


def main_container_rule(ctx: Context) -> Found[BodyResult] | None:
    """The scored story container(s) of the DOM, unless JSON-LD shows it missed the story."""
    result = extract_body(ctx.work)
    if result is None:
        return None
    chars = sum(len(b.text) for b in result.blocks)
    ld = _jsonld_body(ctx)
    if ld is not None and (chars < MIN_BODY_CHARS or len(ld) > JSONLD_MUCH_LONGER * chars):
        return None  # the JSON-LD rule does better
    return Found(value=result, rule="heuristic:main-container", source="heuristic")


def jsonld_article_body_rule(ctx: Context) -> Found[BodyResult] | None:
    """``articleBody`` from JSON-LD: pages that render the story with script only."""
    text = _jsonld_body(ctx)
    if text is None:
        return None
    blocks = _blocks_from_text(text)
    if not blocks:
        return None
    return Found(value=BodyResult(blocks=blocks), rule="jsonld:articleBody", source="metadata")


BODY_RULES: tuple[Rule, ...] = (main_container_rule, jsonld_article_body_rule)
