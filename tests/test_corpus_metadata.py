"""Accuracy floors for the news fields on the dev corpus (issue 4), scored by the harness.

The floors sit a little under what copydesk measures today, so a change that makes the
fields worse fails here; they are raised as the heuristics improve.
"""

from __future__ import annotations

import pytest

from tests import corpus

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not corpus.available(), reason="../shared/corpus is not present"),
]

# (dataset, field) -> minimum mean score (title exact, authors set-F1, published same day).
# Measured on 2026-11-30 (session 2): readability title 0.877, authors 0.764, published 1.000
# (14 pages); trafilatura title 0.924, authors 0.881, published 0.945; htmldate published
# 0.929; goose3 published 1.000 (6 pages).
# Titles meet issue 4's 0.85; authors on readability and dates stay under its 0.85 / 0.95
# because of the labels (wrong or UTC-day dates, site names or chrome as authors): see the notes.
FIELD_FLOORS = {
    ("readability", "title"): 0.86,
    ("trafilatura", "title"): 0.91,
    ("readability", "authors"): 0.74,
    ("trafilatura", "authors"): 0.865,
    ("htmldate", "published"): 0.91,
    ("readability", "published"): 0.92,
    ("trafilatura", "published"): 0.93,
}
# Credit and dateline over every labelled page of the corpus: precision and recall floors.
LABEL_FLOORS = {"credit": (0.95, 0.90), "dateline": (0.95, 0.90)}
DATASETS = ("scrapinghub", "readability", "goose3", "htmldate", "trafilatura")


@pytest.mark.parametrize(("dataset", "field"), sorted(FIELD_FLOORS), ids="-".join)
def test_field_floor(dataset: str, field: str) -> None:
    agg = corpus.aggregate(dataset)
    assert agg[field]["score"] >= FIELD_FLOORS[(dataset, field)], agg[field]


@pytest.mark.parametrize("field", sorted(LABEL_FLOORS))
def test_label_precision_recall(field: str) -> None:
    items = [p["meta"][field] for ds in DATASETS for p in corpus.results(ds) if field in p["meta"]]
    pr = corpus.harness().label_pr(items)
    floor_p, floor_r = LABEL_FLOORS[field]
    assert pr["precision"] >= floor_p, pr
    assert pr["recall"] >= floor_r, pr


@pytest.mark.parametrize("dataset", DATASETS)
def test_no_page_crashes(dataset: str) -> None:
    # Per-page time is measured by benchmarks/corpus_speed.py, not asserted in tests.
    assert [p["id"] for p in corpus.results(dataset) if p["error"]] == []
