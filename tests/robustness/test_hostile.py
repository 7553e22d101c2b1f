"""Hostile HTML parses without a traceback, honours the Article invariants, loses no text.

Each case of :mod:`hostile_cases` is parsed at a reduced scale. Time and memory are not
asserted here (timed tests are flaky on a loaded machine): ``benchmarks/hostile.py`` runs
every case at full size in its own process and checks the bounds documented in
docs/errors.md, exiting non-zero when one is exceeded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import copydesk
from copydesk.limits import MAX_DEPTH, tree_depth
from copydesk.page import Page

from . import hostile_cases as hc
from .invariants import check_parse

ROOT = Path(__file__).resolve().parents[2]

#: (case, scale used in the test, slow?)
SCALES: list[tuple[str, float, bool]] = [
    ("deep-nesting", 1.0, False),
    ("deep-unclosed-inline", 1.0, False),
    ("deep-tables", 1.0, False),
    ("siblings", 0.05, True),
    ("big-page", 0.1, True),
    ("giant-attribute", 0.5, False),
    ("giant-class", 0.1, True),
    ("many-attributes", 0.5, False),
    ("unclosed-everywhere", 0.2, False),
    ("unterminated-tags", 1.0, False),
    ("unclosed-comments", 1.0, False),
    ("nul-bytes", 0.02, False),
    ("nul-flood", 0.1, False),
    ("lone-surrogates", 0.02, False),
    ("entity-heavy", 0.2, False),
    ("script-with-html", 0.5, False),
    ("xml-external-entities", 1.0, False),
    ("jsonld-deep", 1.0, False),
    ("jsonld-huge", 0.05, True),
    ("long-text-node", 0.5, False),
    ("long-byline-soup", 0.2, False),
    ("meta-spam", 0.05, False),
    ("date-spam", 0.02, True),
    ("byline-spam", 0.05, False),
    ("heading-spam", 0.02, False),
    ("random-bytes", 0.1, False),
]


def _params() -> list[object]:
    params = []
    for name, scale, slow in SCALES:
        marks = [pytest.mark.slow] if slow else []
        params.append(pytest.param(name, scale, id=name, marks=marks))
    return params


def test_every_case_has_a_test_scale() -> None:
    assert {name for name, _, _ in SCALES} == set(hc.CASES)


@pytest.mark.parametrize(("name", "scale"), _params())
def test_hostile_input_gives_article_or_documented_error(name: str, scale: float) -> None:
    check_parse(hc.CASES[name](scale))


def _texts(data: str | bytes) -> str:
    article = copydesk.parse(data)
    return "\n".join(article.paragraphs)


def test_deep_nesting_loses_no_text() -> None:
    text = _texts(hc.deep_nesting(1.0))
    assert "deep text" in text
    assert "after the deep part" in text


@pytest.mark.parametrize("depth", [300, 2047, 2049, 5000, 100_000])
def test_page_tree_depth_is_bounded(depth: int) -> None:
    html = "<p>first</p>" + "<div><span>" * (depth // 2) + "bottom" + "<p>last</p>"
    page = Page(html)
    assert tree_depth(page.root) <= MAX_DEPTH
    words = page.root.text_content().split()
    assert words[0] == "first"
    assert "bottom" in words
    assert words[-1] == "last"


def test_real_depth_pages_are_not_flattened() -> None:
    html = "<div>" * 60 + "<p>x</p>" + "</div>" * 60
    assert tree_depth(Page(html).root) >= 60


def test_external_entities_are_never_expanded() -> None:
    text = _texts(hc.xml_external_entities(1.0))
    assert "root:" not in text
    assert "lollol" not in text


def test_script_contents_never_become_text() -> None:
    text = _texts(hc.script_with_html(0.01))
    assert "not text" not in text
    assert "harbour budget" in text


def test_nul_bytes_vanish_without_splitting_words() -> None:
    text = _texts(hc.nul_bytes(0.001))
    assert "council voted" in text
    assert "\ufffd" not in text


def test_lone_surrogates_become_replacement_characters_not_truncation() -> None:
    article = copydesk.parse(
        "<html><body><article>"
        + "<p>x\ud800y and more words</p>" * 3
        + hc._PARAGRAPH * 4
        + "</article></body></html>"
    )
    text = "\n".join(article.paragraphs)
    assert "harbour budget" in text  # the document was not cut at the first surrogate


@pytest.mark.parametrize("name", ["random-bytes", "nul-flood"])
def test_binary_garbage_is_not_html(name: str) -> None:
    with pytest.raises(copydesk.NotHTMLError):
        copydesk.parse(hc.CASES[name](0.01))
