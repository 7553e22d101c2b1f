"""A table of contents box is navigation, not story: the class word "toc" names furniture."""

from __future__ import annotations

import lxml.html
import pytest

from copydesk.heuristics.body import extract_body
from copydesk.heuristics.boilerplate import furniture_class

STORY = (
    "A Hermitian matrix equals its own conjugate transpose, and its eigenvalues are real.",
    "Every Hermitian matrix is normal, so it can be diagonalised by a unitary matrix.",
    "In quantum mechanics, observables such as total spin are Hermitian operators.",
)


@pytest.mark.parametrize(
    ("cls", "ident", "expected"),
    [("toc", "toc", "weak"), ("toc", None, "weak"), ("tocnumber", None, None)],
    ids=["toc-box", "toc-class", "toc-inside-a-word"],
)
def test_toc_class_word(cls: str, ident: str | None, expected: str | None) -> None:
    assert furniture_class(cls, ident) == expected


def test_table_of_contents_box_is_not_story() -> None:
    toc = (
        "<div id='toc' class='toc'><h2>Contents</h2><ul>"
        "<li><a href='#props'>1 Properties of the matrix</a></li>"
        "<li><a href='#apps'>2 Applications in physics</a></li></ul></div>"
    )
    html = (
        f"<html><body><div id='content'><p>{STORY[0]}</p>{toc}"
        f"{''.join(f'<p>{t}</p>' for t in STORY[1:])}</div></body></html>"
    )
    result = extract_body(lxml.html.document_fromstring(html))
    assert result is not None
    assert [b.text for b in result.blocks] == list(STORY)
