"""Every ``>>>`` example in README.md and docs/*.md runs, so documentation cannot rot."""

from __future__ import annotations

import doctest
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = sorted([ROOT / "README.md", *(ROOT / "docs").glob("*.md")])
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def test_docs_have_examples() -> None:
    parser = doctest.DocTestParser()
    with_examples = [d for d in DOCS if parser.get_examples(d.read_text(encoding="utf-8"))]
    assert ROOT / "README.md" in with_examples
    assert len(with_examples) >= 3


@pytest.mark.parametrize("path", DOCS, ids=[p.relative_to(ROOT).as_posix() for p in DOCS])
def test_doc_examples(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # examples refer to fixtures/ relative to the repository
    os.environ.setdefault("COLUMNS", "100")
    result = doctest.testfile(
        str(path),
        module_relative=False,
        optionflags=FLAGS,
        verbose=False,
        report=True,
        encoding="utf-8",
    )
    assert result.failed == 0, f"{result.failed} example(s) failed in {path.name}"
