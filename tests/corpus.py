"""Shared access to ../shared/corpus and its scoring harness for the corpus-marked tests.

The harness module is imported from ../shared/eval/harness.py so the tests score exactly as
the published numbers do; every page is parsed once per test session and cached here.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
HARNESS = SHARED / "eval" / "harness.py"


def available() -> bool:
    """True when the corpus and its harness sit beside the repository (as in CI)."""
    return CORPUS.is_dir() and HARNESS.is_file()


@cache
def harness() -> ModuleType:
    """The harness module, imported by path."""
    spec = importlib.util.spec_from_file_location("copydesk_eval_harness", HARNESS)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@cache
def results(dataset: str, *, profiles: bool = True) -> tuple[dict[str, Any], ...]:
    """Per-page ``{"id", "body", "meta", "seconds", "error", "out"}`` for one dataset."""
    import os
    import time

    h = harness()
    system = h.Copydesk()
    truth = h.load_corpus(CORPUS, dataset)
    pages = []
    old = os.environ.pop("COPYDESK_HARNESS_NO_PROFILES", None)
    if not profiles:
        os.environ["COPYDESK_HARNESS_NO_PROFILES"] = "1"
    try:
        for page_id in sorted(truth):
            gt = truth[page_id]
            html = h.read_corpus_page(CORPUS, dataset, page_id)
            t0 = time.perf_counter()
            error = None
            try:
                out = system.extract(html, gt.get("url"))
            except Exception as exc:  # counted, then asserted on by the tests
                out, error = {"body": ""}, f"{type(exc).__name__}: {exc}"
            seconds = time.perf_counter() - t0
            pages.append(
                {
                    "id": page_id,
                    "body": h.score_body(gt, out.get("body")),
                    "meta": h.score_meta(gt, out),
                    "seconds": seconds,
                    "error": error,
                    "out": out,
                }
            )
    finally:
        os.environ.pop("COPYDESK_HARNESS_NO_PROFILES", None)
        if old is not None:
            os.environ["COPYDESK_HARNESS_NO_PROFILES"] = old
    return tuple(pages)


def aggregate(dataset: str, *, profiles: bool = True) -> dict[str, Any]:
    """The harness's aggregate figures for one dataset."""
    agg: dict[str, Any] = harness().aggregate(list(results(dataset, profiles=profiles)))
    return agg
