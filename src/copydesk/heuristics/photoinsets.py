"""Photo boxes set into the story: a gallery or a photo with its caption and credit.

With class names such boxes go by name (:mod:`~copydesk.heuristics.boilerplate`); on a
page whose classes say nothing (stripped, or hashed as CSS-in-JS sites do) they stay in the
story container and read as text: the caption (often twice, thumbnail and slide), the credit
line, the gallery's counter and its title. They are told by shape: a run of blocks outside
the story's own box, set deeper than its paragraphs, with no paragraph longer than a
caption, holding a photo credit line or repeated word for word under several photos.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from copydesk.heuristics.blocks import RawBlock
from copydesk.heuristics.captionwords import CREDIT_CAPTION_MAX_CHARS, is_photo_credit_line
from copydesk.heuristics.linkedblocks import is_prose, is_sentence

__all__ = ["photo_insets"]


def photo_insets(raw: Sequence[RawBlock]) -> frozenset[int]:
    """The indexes of the blocks that make up photo boxes set into the story.

    The story's box is the one holding most of its prose. A run of blocks in other boxes,
    each set deeper than the story's paragraphs and no longer than a caption, is a photo
    box when it holds a photo credit line or comes back word for word at least
    :data:`REPEATED_CAPTION_MIN` times; a story section in a wrapper of its own sits as
    deep as the rest, and holds longer paragraphs, no credit and no repeats.

    >>> from copydesk.heuristics.blocks import RawBlock
    >>> para = RawBlock("paragraph", "The show opens to the public on Friday. " * 3, None, 0,
    ...                 "p", box=1, depth=2)
    >>> cap = RawBlock("paragraph", "A concept car on show in Los Angeles.", None, 0, "div",
    ...                box=7, depth=8)
    >>> credit = RawBlock("paragraph", "Photo: Jane Doe, AP", None, 0, "div", box=7, depth=8)
    >>> sorted(photo_insets([para, cap, credit, para, para]))
    [1, 2]
    >>> sorted(photo_insets([para, cap, para, para]))
    []
    >>> sorted(photo_insets([para, cap, para, cap, para, cap, para]))
    [1, 3, 5]
    """
    prose = Counter[int]()
    depth: dict[int, int] = {}
    for rb in raw:
        if is_prose(rb) and rb.box >= 0:
            prose[rb.box] += len(rb.text)
            depth.setdefault(rb.box, rb.depth)
    if not prose:
        return frozenset()
    story_box = prose.most_common(1)[0][0]
    story_depth = depth[story_box]
    if story_depth < 0:
        return frozenset()
    runs: list[list[int]] = []
    run: list[int] = []
    for i in range(len(raw) + 1):
        if i < len(raw) and raw[i].box != story_box:
            run.append(i)
            continue
        if run and _is_inset(run, raw, story_depth):
            runs.append(run)
        run = []
    # The same caption set under every photo ("2018 Festival [The Palace]"): insets whose
    # lines all come back word for word this many times are captions, credit or not.
    repeats = Counter(raw[j].text for r in runs for j in r)
    out: list[int] = []
    for r in runs:
        if all(_repeated_caption(raw[j].text, repeats) for j in r):
            out.extend(j for j in r if raw[j].kind != "list_item")
            continue
        credits = [j for j in r if is_photo_credit_line(raw[j].text)]
        if not credits:
            continue
        # Only the photo boxes go: the box holding a credit line (caption and credit set
        # side by side), the caption line right before a credit, captions repeated under
        # several photos, and the gallery's short labels. The run's other blocks are the
        # story's own, set deeper (a live blog's posts, paragraphs wrapped one by one next to
        # the photo); so is a list set right after the photos ("The newly selected five
        # are:" over five items), unless its own items carry the credit (a gallery's
        # thumbnails).
        credited = {raw[j].box for j in credits}
        before = {j - 1 for j in credits if j - 1 in r and _caption_like(raw[j - 1])}
        out.extend(
            j
            for j in r
            if raw[j].box in credited
            or j in before
            or _repeated_caption(raw[j].text, repeats, CREDITED_REPEAT_MIN)
            # A gallery's title and counter ("Coach wins again", "1 / 5"): short, no sentence.
            or (_caption_like(raw[j]) and not is_sentence(raw[j].text))
        )
    return frozenset(out)


#: A caption is short: a line of this many characters or more that reads as a sentence is
#: a story paragraph, even right before a credit line.
CAPTION_LINE_MAX_CHARS = 80


def _caption_like(rb: RawBlock) -> bool:
    return rb.kind != "list_item" and len(rb.text) < CAPTION_LINE_MAX_CHARS


#: An inset whose text comes back word for word this many times is a caption set under
#: each photo (a story repeats no paragraph three times in boxes of its own) ...
REPEATED_CAPTION_MIN = 3
#: ... when it is at least this long: an interview's "Q:" label repeats too.
REPEATED_CAPTION_MIN_CHARS = 20


#: Next to a photo credit, a line set twice (the thumbnail's caption and the slide's) is
#: a caption too.
CREDITED_REPEAT_MIN = 2


def _repeated_caption(text: str, repeats: Counter[str], least: int = REPEATED_CAPTION_MIN) -> bool:
    return len(text) >= REPEATED_CAPTION_MIN_CHARS and repeats[text] >= least


def _is_inset(run: Sequence[int], raw: Sequence[RawBlock], story_depth: int) -> bool:
    """Blocks set deeper than the story's paragraphs, none longer than a caption."""
    return all(
        raw[j].depth > story_depth and len(raw[j].text) <= CREDIT_CAPTION_MAX_CHARS for j in run
    )
