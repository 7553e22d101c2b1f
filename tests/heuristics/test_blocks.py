"""Which box a block sits in (:mod:`copydesk.heuristics.blocks`): the paragraphs of a story
written as text runs and ``<br><br>`` beside block children are siblings of those children,
as ``<p>`` s would be. Page shapes with negative cases."""

from __future__ import annotations

import lxml.html
import pytest

from copydesk.heuristics.blocks import extract_blocks
from copydesk.heuristics.body import extract_body

PARAS = (
    "Virtual reality has reached the consoles, and the first games are better than expected, "
    "though some of them are little more than demos.",
    "A rhythm game, fast and loud, that throws shapes at you faster than you can count them, "
    "and it is even better with the headset on.",
    "A horror ride on rails, in which you shoot at whatever jumps out of the dark at you, "
    "from the makers of last year's surprise hit.",
    "The last one is a flight game, the best of the lot, though it costs twice as much as the "
    "others and takes a while to learn.",
)


def boxes(html: str) -> list[tuple[str, int, int]]:
    return [
        (b.text[:12], b.box, b.depth) for b in extract_blocks(lxml.html.fragment_fromstring(html))
    ]


@pytest.mark.parametrize(
    "story",
    [
        pytest.param(
            f"<div><p>{PARAS[0]}</p><h3>Thumper</h3><p>{PARAS[1]}</p></div>", id="paragraphs"
        ),
        pytest.param(
            f"<div>{PARAS[0]}<br><br><h3>Thumper</h3>{PARAS[1]}<br><br></div>", id="br-runs"
        ),
        pytest.param(
            f"<div><b>{PARAS[0]}</b><h3>Thumper</h3><i>{PARAS[1]}</i></div>", id="inline-runs"
        ),
    ],
)
def test_runs_beside_a_subheading_share_its_box(story: str) -> None:
    (_, box0, depth0), (_, box1, depth1), (_, box2, depth2) = boxes(story)
    assert box0 == box1 == box2
    assert depth0 == depth1 == depth2


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(f"<div><div>{PARAS[0]}</div><div>{PARAS[1]}</div></div>", id="text-divs"),
        pytest.param(
            "<div><ul><li>Games<ul><li>Thumper</li></ul></li><li>Consoles</li></ul></div>",
            id="nested-list",
        ),
    ],
)
def test_text_wrappers_without_block_children_keep_their_parents_box(html: str) -> None:
    # A text <div> is a paragraph: its siblings are the other text <div>s. A list item with
    # a nested list stays a sibling of the other items.
    found = boxes(html)
    first, last = found[0], found[-1]
    assert first[1] == last[1]


def test_linked_subheadings_of_a_br_written_review_are_kept() -> None:
    # The review titles each game with a link; the text is written with <br><br>.
    html = "<html><body><div><div>" + "".join(
        f"{text}<br><br><h3><a href='/g/{i}'>Game number {i} ($20)</a></h3>"
        for i, text in enumerate(PARAS)
    )
    html += f"{PARAS[0]}<br><br></div></div></body></html>"
    result = extract_body(lxml.html.document_fromstring(html))
    assert result is not None
    headings = [b.text for b in result.blocks if b.kind == "heading"]
    assert headings == [f"Game number {i} ($20)" for i in range(len(PARAS))]


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param(
            "<div><div>x</div><!-- .featured-image -->First paragraph.<br><br>Second.</div>",
            ["x", "First paragraph.", "Second."],
            id="run-after-a-comment",
        ),
        pytest.param(
            "<div><p>Hello <!-- x --> world.</p><p>Two<?php echo 1 ?> three.</p></div>",
            ["Hello world.", "Two three."],
            id="comment-and-pi-inside-a-paragraph",
        ),
        pytest.param("<div><p>Only <!-- x --></p></div>", ["Only"], id="nothing-after"),
    ],
)
def test_text_after_a_comment_is_read(html: str, expected: list[str]) -> None:
    # extract_body takes any tree; one parsed with its comments kept must not lose the text
    # that follows a comment.
    div = lxml.html.fragment_fromstring(html)
    assert [b.text for b in extract_blocks(div)] == expected
