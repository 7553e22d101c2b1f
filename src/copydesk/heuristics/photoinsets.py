"""Photo boxes set into the story: a gallery or a photo with its caption and credit.

With class names such boxes go by name (:mod:`~copydesk.heuristics.boilerplate`); on a
page whose classes say nothing (stripped, or hashed as CSS-in-JS sites do) they stay in the
story container and read as text: the caption (often twice, thumbnail and slide), the credit
line, the gallery's counter and its title. They are told by shape: a run of blocks outside
the story's own box, set deeper than its paragraphs, holding a photo credit line and no
paragraph longer than a caption.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from copydesk.heuristics.blocks import RawBlock
from copydesk.heuristics.captionwords import CREDIT_CAPTION_MAX_CHARS, is_photo_credit_line
from copydesk.heuristics.linkedblocks import is_prose

__all__ = ["photo_insets"]


def photo_insets(raw: Sequence[RawBlock]) -> frozenset[int]:
    """The indexes of the blocks that make up photo boxes set into the story.

    The story's box is the one holding most of its prose. A run of blocks in other boxes,
    each set deeper than the story's paragraphs, is a photo box when it holds a photo
    credit line and no block longer than a caption; a story section in a wrapper of its
    own sits as deep as the rest, and holds longer paragraphs or no credit.

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
    out: list[int] = []
    run: list[int] = []
    for i in range(len(raw) + 1):
        if i < len(raw) and raw[i].box != story_box:
            run.append(i)
            continue
        if run and _is_photo_box([raw[j] for j in run], story_depth):
            out.extend(run)
        run = []
    return frozenset(out)


def _is_photo_box(blocks: Sequence[RawBlock], story_depth: int) -> bool:
    return (
        all(rb.depth > story_depth for rb in blocks)
        and all(len(rb.text) <= CREDIT_CAPTION_MAX_CHARS for rb in blocks)
        and any(is_photo_credit_line(rb.text) for rb in blocks)
    )
