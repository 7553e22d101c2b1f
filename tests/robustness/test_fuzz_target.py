"""The atheris target keeps working: its smoke mode runs the same property without atheris."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

FUZZ = Path(__file__).resolve().parents[2] / "fuzz" / "fuzz_parse.py"


def _load() -> object:
    spec = importlib.util.spec_from_file_location("fuzz_parse", FUZZ)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_fuzz_target_smoke(capsys: pytest.CaptureFixture[str]) -> None:
    module = _load()
    module.smoke(150, seed=6)  # type: ignore[attr-defined]
    assert "contract held" in capsys.readouterr().out


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x00",
        b"\x01\x02",
        b"\x02\x00\x00\x00\x10\x00\x00\x00<div>&#1;",
        b"\x03\x06\xff\xff\xff\xff",
    ],
)
def test_fuzz_target_edge_inputs(data: bytes) -> None:
    _load().run_one(data)  # type: ignore[attr-defined]


# Regression: found by fuzz/fuzz_parse.py. Characters XML forbids (form feed, C0 controls,
# U+FFFF), raw or as character references, reached the tree and made a later text edit in
# the body extractor raise "All strings must be XML compatible".
@pytest.mark.parametrize(
    "junk", ["\x0c", "\x01", "\ufffe", "\uffff", "&#12;", "&#1;", "&#x0B;", "&#xFFFF;", "&#127;"]
)
def test_xml_forbidden_characters_never_reach_the_tree(junk: str) -> None:
    import copydesk

    from .invariants import check_article

    html = (
        f"<html><body><article><div><span class='share'>x</span>{junk}tail{junk}</div>"
        + f"<p>The council met on Tuesday{junk} and voted to approve the harbour budget.</p>" * 8
        + "</article></body></html>"
    )
    check_article(copydesk.parse(html))
