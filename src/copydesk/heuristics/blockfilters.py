"""Which extracted blocks of the story container are story, and where the story ends.

The container chosen by scoring still holds chrome set in the same markup as the story:
placeholders and appeals ("Advertisement", "Support local journalism"), byline and timestamp
lines, link lists and teasers, chart labels, the headline repeated as ``<h1>``. This module
judges the container's blocks one by one, with their neighbours as context (a link-dense
sentence between story paragraphs is story; a heading over dropped links labelled chrome; a
"Related" line after enough story ends it). What counts as chrome wording is
:mod:`~copydesk.heuristics.chromewords`' job; which link-dense blocks are story,
:mod:`~copydesk.heuristics.linkedblocks`'; markup -> blocks,
:mod:`~copydesk.heuristics.blocks`'.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from copydesk.heuristics.appeallines import is_paywall_line
from copydesk.heuristics.blocks import RawBlock
from copydesk.heuristics.chromewords import (
    is_agency_line,
    is_contact_line,
    is_date_line,
    is_junk_line,
    is_meta_line,
    is_section_end,
)

# Re-exported: the link-dense block checks lived here before they got a module of their own.
from copydesk.heuristics.linkedblocks import (
    is_linked_sentence,
    is_linked_subheading,
    is_linky,
    is_prose,
    is_section_h1,
    is_sentence,
    linked_story_block,
)
from copydesk.heuristics.metalines import is_head_date_line
from copydesk.heuristics.photoinsets import photo_insets
from copydesk.heuristics.promolines import is_teaser_label
from copydesk.model import Block

__all__ = [
    "filter_blocks",
    "introduces_dropped_list",
    "is_inset_end",
    "is_linked_sentence",
    "is_linked_subheading",
    "is_section_h1",
    "is_sentence",
    "kickers",
    "table_rows_with_data",
]

#: A section-ending line ("Related", "Support local journalism") only truncates the story
#: once at least this many characters of story precede it; earlier it is just dropped.
SECTION_END_MIN_PRECEDING = 200
#: ... and only when what follows it is shorter than this share of the story before it: a
#: "Sign up for our newsletter" box in mid-story is dropped, not taken for the story's end.
SECTION_END_MAX_TAIL_SHARE = 1.0
#: ... nor when it opens a box set into the story and the story's own box resumes after it
#: with a prose paragraph of at least this many characters (a "Related" inset mid-story).
INSET_RESUME_MIN_CHARS = 80
#: ... within this many blocks (an inset is a few links; this also bounds the look-ahead).
INSET_MAX_BLOCKS = 40
# A section-ending line opening a comment thread ("Comments", "Kommentare (3)"): posts
# set as deep as the story's paragraphs after it are not the story resuming.
_COMMENTS_TITLE = re.compile(
    r"\b(?:comments?|kommentare?|commentaires?|comentarios?|reactions?|repl(?:y|ies))\b", re.I
)
#: ... or with at least this many such paragraphs in one other box, as deep as the story's
#: (a story cut into several wrappers of paragraphs); one paragraph may be an author's bio.
INSET_RESUME_MIN_SIBLING_PARAGRAPHS = 2
#: Byline/timestamp lines are only dropped among the first few blocks of the story.
META_LINE_LEADING_BLOCKS = 4
#: A heading longer than this is prose set large, kept whatever follows it.
ORPHAN_HEADING_MAX_CHARS = 100
#: A line ending in a colon is the label of the link list after it ("More games news:") up
#: to this many characters; longer, it is a story sentence introducing what follows.
LIST_INTRO_MAX_CHARS = 80
#: ... when the filters dropped a list item after it, or this many linked lines in a row.
LIST_INTRO_MIN_LINKS = 2
#: A table row with at least this many cells, one of them plain text, is a row of data.
DATA_ROW_MIN_CELLS = 2
#: ... and with at most this many blocks: a row holding a long list of links is a
#: navigation box ("Regions: <a>..</a> <a>..</a> ..."), not a row of data.
DATA_ROW_MAX_BLOCKS = 8

#: A paywall teaser ("This article is for subscribers only") ends the story when no story
#: prose follows it: no sentence paragraph of at least this many characters ...
PAYWALL_RESUME_MIN_CHARS = 120
#: ... and fewer than this many characters of sentence paragraphs in all. An offer box is
#: short lines ("1 € le premier mois", "Cancel anytime", "Log in"); a story that goes on
#: after a teaser the page set into it (for readers who are subscribers) is sentences.
PAYWALL_RESUME_TOTAL_CHARS = 300

#: A label left after the story ("Dossier", "Tags", "UPDATES") is a few words ...
TRAILING_LABEL_MAX_CHARS = 30
# ... of letters and numbers only: no sentence mark, no colon ("Source: PAP"), no brackets.
_LABEL = re.compile(r"^[^\W_]+(?:[ &-]+[^\W_]+){0,3}$")
# ... and no credit: "Reporting by Jane Doe", "Text von Max Muster" name the story's makers.
_CREDIT_WORD = re.compile(r"\b(?:by|von|par|por|door|di|da)\b", re.IGNORECASE)

# Two letters in a row: any word. A block without one is numbers and symbols only.
_WORDY = re.compile(r"[^\W\d_]{2}")


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
    remaining = sum(len(rb.text) for rb in raw if is_prose(rb))
    data_rows = table_rows_with_data(raw)
    # Photo boxes set into the story, and the kicker above a headline the container holds.
    skipped = photo_insets(raw) | kickers(raw)
    story_box = -1  # the box of the last story paragraph kept
    story_depth = -1  # ... and how deep that paragraph sits
    for i, rb in enumerate(raw):
        text = rb.text
        if is_prose(rb):
            remaining -= len(text)
        if (
            is_section_end(text)
            and story_chars >= SECTION_END_MIN_PRECEDING
            and remaining < SECTION_END_MAX_TAIL_SHARE * story_chars
            and not is_inset_end(raw, i, story_box, story_depth)
        ):
            break
        if is_teaser_label(text) and story_chars and not remaining:
            break  # "Više o temi" over the related links: no prose after it, the story is over
        if story_chars and is_paywall_line(text) and not story_resumes(raw, i, story_box):
            break  # a paywall teaser over its offer ("Only $1 for 6 months"): the story is over
        if i in skipped:
            continue
        linked_story = is_linky(rb) and linked_story_block(raw, i, trusted=trusted)
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
            if is_prose(rb):
                story_box = rb.box
                story_depth = rb.depth
    _drop_trailing_labels(raw, keep)
    out: list[Block] = []
    for i, rb in enumerate(raw):
        if not keep[i]:
            continue
        if rb.kind == "heading" and not _followed_by_text(raw, keep, i):
            continue
        if rb.kind == "paragraph" and introduces_dropped_list(raw, keep, i):
            continue
        out.append(Block(kind=rb.kind, text=rb.text, level=rb.level))
    # A story does not end on a subheading: one left last heads what was dropped after it
    # (a "Fancy a ride with others?" promo box) or nothing at all. A page of headings
    # only (a test page, a list of titles) keeps them.
    if any(b.kind != "heading" for b in out):
        while out[-1].kind == "heading":
            out.pop()
    return out


def story_resumes(raw: Sequence[RawBlock], i: int, story_box: int = -1) -> bool:
    """True when story prose follows block ``i`` (a paywall teaser set into the story).

    Page shape: a truncated story ends on "Continue reading with a subscription" over the
    offer box's prices, buttons and log-in prompt, all short lines; no cut when a sentence
    paragraph of some length, or several shorter ones, come after it. A teaser in a box of
    its own inside the story (a banner between paragraphs) is followed by the story's own
    box (``story_box``, that of the last story paragraph): any sentence or list item there,
    however short (a tabloid's one-line paragraphs, a listicle), is the story going on.

    >>> from copydesk.heuristics.blocks import RawBlock
    >>> rb = lambda t: RawBlock("paragraph", t, None, 0, "p")
    >>> offer = [rb("Only $1 for 6 months"), rb("Cancel anytime."), rb("Log in")]
    >>> story_resumes([rb("Already a subscriber? Log in"), *offer], 0)
    False
    >>> para = "The council met again on Friday, and this time the vote went the other way, "
    >>> para += "with two members who had backed the closure changing sides after the report."
    >>> story_resumes([rb("Already a subscriber? Log in"), rb(para)], 0)
    True
    """
    total = 0
    banner = story_box >= 0 and raw[i].box != story_box
    for rb in raw[i + 1 :]:
        text = rb.text
        own = banner and rb.box == story_box and not is_junk_line(text)
        if own and (rb.kind == "list_item" or (is_prose(rb) and is_sentence(text))):
            return True
        if not is_prose(rb) or not is_sentence(text) or is_junk_line(text):
            continue
        total += len(text)
        if len(text) >= PAYWALL_RESUME_MIN_CHARS or total >= PAYWALL_RESUME_TOTAL_CHARS:
            return True
    return False


def _drop_trailing_labels(raw: Sequence[RawBlock], keep: list[bool]) -> None:
    """Drop the labels left after the story once the link boxes they headed were dropped.

    Page shape: a dossier or tag box after the story ("Dossier", "Trianon 100", three linked
    headlines, "Tags") or a feed's section titles ("UPDATES" over links): the links go as
    link-dense blocks, their titles stay as short paragraphs. After the story's last kept
    block that is not such a label, a run of labels and dropped link blocks is chrome when it
    holds at least one dropped link block. A trailing credit ("AFP", "Source: PAP") or a
    sign-off sentence is not a label.
    """
    labels: list[int] = []
    dropped_links = False
    for i in range(len(raw) - 1, -1, -1):
        rb = raw[i]
        if not keep[i]:
            dropped_links = dropped_links or is_linky(rb)
            continue
        if not _is_label(rb):
            break
        labels.append(i)
    if dropped_links and labels and len(labels) < sum(keep):
        for i in labels:
            keep[i] = False


#: The headline is looked for among this many first blocks of the container (kickers).
KICKER_MAX_BLOCKS = 4


def kickers(raw: Sequence[RawBlock]) -> frozenset[int]:
    """The labels set above the headline ("Presse", "Politics") when the container holds
    the headline too.

    Page shape: ``<main><div>Presse</div><header><h1>..</h1></header><section>story..``: a
    story container wide enough to hold the page's header starts with the section's
    kicker; the ``<h1>`` goes as the headline, the kicker stayed as a paragraph (and kept
    the ``<h1>`` as a subheading between two paragraphs). Story text never stands above
    its headline; with anything but labels above it, the ``<h1>`` is not the headline.

    >>> from copydesk.heuristics.blocks import RawBlock
    >>> label = RawBlock("paragraph", "Politics", None, 0, "div")
    >>> h1 = RawBlock("heading", "Bridge closes", 1, 0, "h1")
    >>> para = RawBlock("paragraph", "The council voted on Tuesday to close it.", None, 0, "p")
    >>> sorted(kickers([label, h1, para])), sorted(kickers([label, para, h1, para]))
    ([0], [])
    """
    for i, rb in enumerate(raw[:KICKER_MAX_BLOCKS]):
        if rb.tag == "h1":
            above = range(i)
            if all(_is_label(raw[j]) for j in above):
                return frozenset(above)
            break
    return frozenset()


def _is_label(rb: RawBlock) -> bool:
    return (
        len(rb.text) <= TRAILING_LABEL_MAX_CHARS
        and not rb.link_chars
        and _LABEL.match(rb.text) is not None
        and not is_agency_line(rb.text)
        and _CREDIT_WORD.search(rb.text) is None
    )


def is_inset_end(raw: Sequence[RawBlock], i: int, story_box: int, story_depth: int = -1) -> bool:
    """A section-ending line inside a box set into the story, with story text after the box.

    Page shape: a "Related" box (a heading over links) placed between two paragraphs of
    the story, with no class naming it: the line opens the box, not the end of the story.
    It is an inset when the line sits in another box than the story paragraphs before it
    and a prose sentence in the story's own box comes after it, or, for a story cut into
    sibling wrappers of paragraphs (``<div><p>..</p></div><div>Related..</div><div><h2>..
    </h2><p>..</p><p>..</p></div>``), a few prose sentences in another box, set as deep as
    the story's paragraphs (a teaser's blurb or a comment sits elsewhere, and alone).

    >>> from copydesk.heuristics.blocks import RawBlock
    >>> text = "The new drive holds four times the data, and it costs much less than the old one."
    >>> len(text) >= INSET_RESUME_MIN_CHARS
    True
    >>> para = RawBlock("paragraph", text, None, 0, "p", 1)
    >>> head = RawBlock("heading", "Related", 3, 0, "h3", 2)
    >>> link = RawBlock("list_item", "Seagate ships 20TB drives", None, 25, "li", 3)
    >>> is_inset_end([para, head, link, para], 1, 1), is_inset_end([para, head, link], 1, 1)
    (True, False)
    >>> flat = RawBlock("heading", "Related", 3, 0, "h3", 1)
    >>> is_inset_end([para, flat, link, para], 1, 1)
    False
    >>> part = RawBlock("paragraph", text, None, 0, "p", 4, depth=3)
    >>> para = RawBlock("paragraph", text, None, 0, "p", 1, depth=3)
    >>> is_inset_end([para, head, link, part, part], 1, 1, 3)
    True
    >>> is_inset_end([para, head, link, part], 1, 1, 3)
    False
    """
    if story_box < 0 or raw[i].box == story_box:
        return False
    if _COMMENTS_TITLE.search(raw[i].text):
        story_depth = -1  # comments after a story: their posts resume nothing
    sibling_paragraphs: dict[int, int] = {}
    for rb in raw[i + 1 : i + 1 + INSET_MAX_BLOCKS]:
        if not (is_prose(rb) and len(rb.text) >= INSET_RESUME_MIN_CHARS and is_sentence(rb.text)):
            continue
        if rb.box == story_box:
            return True
        if story_depth >= 0 and rb.depth == story_depth and rb.box != raw[i].box:
            count = sibling_paragraphs.get(rb.box, 0) + 1
            if count >= INSET_RESUME_MIN_SIBLING_PARAGRAPHS:
                return True
            sibling_paragraphs[rb.box] = count
    return False


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
        and any(not is_linky(c) for c in cells)
    )


def _is_chrome_block(
    rb: RawBlock, *, leading: bool, linked_story: bool = False, section_h1: bool = False
) -> bool:
    text = rb.text
    if (rb.tag == "h1" and not section_h1) or is_junk_line(text) or is_section_end(text):
        return True
    if is_date_line(text) or is_contact_line(text):
        return True
    if not _WORDY.search(text) and rb.tag not in ("td", "th") and rb.kind != "preformatted":
        return True  # "$915", "’22", "1 / 5": chart labels and counters, not sentences
    if is_linky(rb) and not linked_story:
        return True
    return leading and (is_meta_line(text) or is_agency_line(text) or is_head_date_line(text))


def introduces_dropped_list(raw: Sequence[RawBlock], keep: Sequence[bool], i: int) -> bool:
    """A short line ending in a colon whose link list was dropped ("More games news:").

    Page shape: a story closing on "Read more:", "More games news:" or "Lire aussi :" over a
    list of linked headlines; the list goes as chrome and its label would dangle at the end.
    A line before a list or quote that is kept ("She said:") is story.

    >>> from copydesk.heuristics.blocks import RawBlock
    >>> intro = RawBlock("paragraph", "More games news:", None, 0, "p")
    >>> link = RawBlock("list_item", "Review: NBA 2K17", None, 16, "li")
    >>> introduces_dropped_list([intro, link], [True, False], 0)
    True
    >>> introduces_dropped_list([intro, link], [True, True], 0)
    False
    """
    text = raw[i].text
    if len(text) > LIST_INTRO_MAX_CHARS or not text.endswith((":", "：")):
        return False
    dropped = 0  # the dropped link entries right after the line
    for j in range(i + 1, min(len(raw), i + 1 + LIST_INTRO_MIN_LINKS)):
        if keep[j] or not is_linky(raw[j]):
            break
        dropped += 1
    # A list's items, or teaser lines in a row: one linked line alone is a button the
    # line points to ("Download it here:" over "GET THE QUIZ"), a sentence of the story.
    return dropped >= LIST_INTRO_MIN_LINKS or (dropped > 0 and raw[i + 1].kind == "list_item")


def _followed_by_text(raw: Sequence[RawBlock], keep: Sequence[bool], i: int) -> bool:
    """False when heading ``i`` labels a link list ("Story Tools" over links that were dropped)."""
    if i + 1 >= len(raw) or keep[i + 1]:
        return True
    nxt = raw[i + 1]
    return not is_linky(nxt) or len(raw[i].text) > ORPHAN_HEADING_MAX_CHARS
