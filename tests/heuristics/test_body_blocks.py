"""Markup -> typed blocks: paragraphs, headings, list items, quotes, preformatted text."""

from __future__ import annotations

import lxml.html
import pytest

from copydesk.heuristics.blocks import extract_blocks, is_link


def blocks(html: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in extract_blocks(lxml.html.fragment_fromstring(html))]


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param(
            "<div><p>One <em>two</em> three.</p><p>Four.</p></div>",
            [("paragraph", "One two three."), ("paragraph", "Four.")],
            id="paragraphs",
        ),
        pytest.param(
            "<div><p>Wash<b>ing</b>ton</p></div>",
            [("paragraph", "Washington")],
            id="inline-tags-do-not-split-words",
        ),
        pytest.param(
            "<div><p>First line<br>same paragraph</p></div>",
            [("paragraph", "First line same paragraph")],
            id="single-br-is-a-space",
        ),
        pytest.param(
            "<div>First paragraph.<br><br>Second paragraph.<br/>\n<br/>Third.</div>",
            [
                ("paragraph", "First paragraph."),
                ("paragraph", "Second paragraph."),
                ("paragraph", "Third."),
            ],
            id="double-br-splits-paragraphs",
        ),
        pytest.param(
            "<div>Bare text one.<div class='x'></div>Bare text two.</div>",
            [("paragraph", "Bare text one."), ("paragraph", "Bare text two.")],
            id="bare-text-split-by-empty-divs",
        ),
        pytest.param(
            "<div><h2>Sub</h2><p>Text.</p><h3>Deeper</h3></div>",
            [("heading", "Sub"), ("paragraph", "Text."), ("heading", "Deeper")],
            id="headings",
        ),
        pytest.param(
            "<div><ul><li>One</li><li><p>Two</p></li></ul></div>",
            [("list_item", "One"), ("list_item", "Two")],
            id="list-items",
        ),
        pytest.param(
            "<div><blockquote><p>Quoted words.</p></blockquote></div>",
            [("quote", "Quoted words.")],
            id="blockquote",
        ),
        pytest.param(
            "<div><pre>x = 1\ny  =  2<br>z = 3</pre></div>",
            [("preformatted", "x = 1\ny = 2\nz = 3")],
            id="preformatted",
        ),
        pytest.param(
            "<div><p>Kept<script>var hidden = 1;</script> text.</p></div>",
            [("paragraph", "Kept text.")],
            id="script-text-skipped",
        ),
        pytest.param("<div>   </div>", [], id="whitespace-only"),
    ],
)
def test_extract_blocks(html: str, expected: list[tuple[str, str]]) -> None:
    assert blocks(html) == expected


def test_heading_level_and_link_density() -> None:
    div = lxml.html.fragment_fromstring(
        "<div><h3>Level three</h3><p><a href='/x'>all link</a></p>"
        "<p>Half <a href='#note'>anchor</a></p></div>"
    )
    h3, linked, anchored = extract_blocks(div)
    assert (h3.kind, h3.level) == ("heading", 3)
    assert linked.link_density == 1.0
    assert anchored.link_density == 0.0  # in-page anchors are not links away


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<a href='/story'>x</a>", True),
        ("<a href='#top'>x</a>", False),
        ("<a name='x'>x</a>", False),
    ],
)
def test_is_link(html: str, expected: bool) -> None:
    assert is_link(lxml.html.fragment_fromstring(html)) is expected


def test_deep_nesting_does_not_recurse() -> None:
    root = lxml.html.fragment_fromstring("<div></div>")
    el = root
    for _ in range(5_000):  # far past Python's recursion limit
        el = lxml.html.etree.SubElement(el, "div")
    el.text = "Deep text."
    assert [(b.kind, b.text) for b in extract_blocks(root)] == [("paragraph", "Deep text.")]
