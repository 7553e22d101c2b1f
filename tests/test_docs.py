"""Every ``>>>`` example in README.md and docs/*.md runs, so documentation cannot rot.

The lists the docs claim are complete are checked against the code too: the transforms
and profile fields tables in docs/profiles.md, and the exception classes in docs/errors.md.
(docs/rules.md, the rule chains, is checked by tests/test_docs_rules.py.)
"""

from __future__ import annotations

import doctest
import os
import re
from pathlib import Path

import pytest

from copydesk import exceptions
from copydesk.profile import PROFILE_FIELDS
from copydesk.transforms import TRANSFORMS

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


def _table_keys(text: str, header: str) -> list[str]:
    """The first cell's backticked names in the Markdown table whose header row starts
    ``| header |`` (``strip_prefix:TEXT` / `strip_suffix:TEXT`` gives both names)."""
    rows = text.split(f"| {header} |", 1)[1].split("\n\n", 1)[0].splitlines()[2:]
    keys: list[str] = []
    for row in rows:
        first = row.split("|")[1]
        keys.extend(re.split(r"[:\[]", name)[0] for name in re.findall(r"`([^`]+)`", first))
    return keys


def test_profiles_doc_lists_every_transform() -> None:
    text = (ROOT / "docs" / "profiles.md").read_text(encoding="utf-8")
    assert sorted(_table_keys(text, "transform")) == sorted(TRANSFORMS)


def test_profiles_doc_lists_every_profile_field() -> None:
    text = (ROOT / "docs" / "profiles.md").read_text(encoding="utf-8")
    assert sorted(_table_keys(text, "field")) == sorted(PROFILE_FIELDS)


def test_errors_doc_names_every_exception() -> None:
    text = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    names = [n for n, obj in vars(exceptions).items() if isinstance(obj, type)]
    names = [n for n in names if issubclass(getattr(exceptions, n), Exception)]
    assert [n for n in names if f"{n}`" not in text] == []
