"""Which link-dense blocks are story: a sentence that links names as it goes, a listicle's
linked subheading; and which are link-list entries and teasers.

Split out of :mod:`~copydesk.heuristics.blockfilters`, which judges the story's blocks with
these checks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from copydesk.heuristics.blocks import RawBlock

__all__ = [
    "is_linked_sentence",
    "is_linked_subheading",
    "is_linky",
    "is_prose",
    "is_section_h1",
    "is_sentence",
    "linked_story_block",
]

#: A block whose text is more than this share links is a link list entry, not prose.
MAX_LINK_DENSITY = 0.5
#: ... unless it is long: a paragraph citing several sources is still a paragraph ...
LINKY_PROSE_MIN_CHARS = 250
#: ... when some of its words are its own: a "See also" line over a run of linked
#: headlines (``See also<br><a>..</a><br><a>..</a>``) is links and nothing else.
LONG_LINKY_MAX_DENSITY = 0.9
#: ... or a sentence is written around the link (this many characters outside it) and the
#: link is not nearly all of it.
SENTENCE_AROUND_LINK_CHARS = 50
MOSTLY_LINK_DENSITY = 0.75
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

# A teaser's cue before its linked headline: "Read more: ...", "See also: ...", "Watch: ...".
_TEASER_CUE = re.compile(
    r"^\W*(?:read|see|watch|listen|related|more|also|lire|lesen|leer|leia|mehr)\b[^:.!?]{0,20}:",
    re.IGNORECASE,
)
# A sentence opens with a capital, a digit or an opening quote/bracket around one ...
_OPENING_MARKS = "\"'“‘«„(¿¡「『"
# ... and ends with . ! ? or an ellipsis, perhaps inside closing quotes or brackets.
_SENTENCE_FINISH = re.compile(r"[.!?…。！？؟।][\"'”’»)」』]{0,3}$")


def is_prose(rb: RawBlock) -> bool:
    """A paragraph that is not a link-list entry or teaser."""
    return rb.kind == "paragraph" and not is_linky(rb)


def is_linky(rb: RawBlock) -> bool:
    """A link-list entry or teaser ("Read more: <headline>"), not a sentence with a link."""
    if rb.link_density <= MAX_LINK_DENSITY:
        return False
    if len(rb.text) >= LINKY_PROSE_MIN_CHARS and rb.link_density <= LONG_LINKY_MAX_DENSITY:
        return False
    plain = len(rb.text) - rb.link_chars
    return rb.link_density > MOSTLY_LINK_DENSITY or plain < SENTENCE_AROUND_LINK_CHARS


def linked_story_block(raw: Sequence[RawBlock], i: int, *, trusted: bool) -> bool:
    """A link-dense block that is story text all the same (checked after :func:`is_linky`)."""
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
    opens = all(is_linky(rb) or rb.kind == "heading" for rb in raw[:i])
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
        if is_prose(rb):
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
    return prev.box == head.box == nxt.box and is_prose(prev) and is_prose(nxt)


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
        and is_prose(prev)
        and is_prose(nxt)
        and len(nxt.text) >= LINKED_HEADING_MIN_NEXT_CHARS
        and is_sentence(nxt.text)
    )
