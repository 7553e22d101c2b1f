"""Article to and from JSON-safe dicts: the exact shape, key order included (CLI output)."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from copydesk.model import Article, Block, Byline, Credit, Dateline, Person, Provenance
from copydesk.serialize import article_from_dict, article_to_dict, article_to_json

_FULL = Article(
    url="https://example.org/a",
    title="Vote count",
    byline=Byline(
        raw="By Jane Doe, AP",
        people=(Person(name="Jane Doe", raw="Jane Doe"),),
        organisations=("AP",),
    ),
    credit=Credit(name="Associated Press", abbr="AP", raw="AP"),
    dateline=Dateline(raw="PARIS (AP) —", place="PARIS", agency="AP"),
    published=datetime(2024, 12, 4, 13, 35, tzinfo=timezone.utc),
    blocks=(Block(kind="heading", text="Results", level=2), Block(kind="paragraph", text="x")),
    captions=("Voters queue in Paris.",),
    pull_quotes=("“Every vote counts, and every vote was counted.”",),
    provenance={"title": Provenance(rule="meta:og:title", source="metadata")},
)


def test_full_article_dict_shape() -> None:
    got = article_to_dict(_FULL)
    assert got["byline"] == {
        "raw": "By Jane Doe, AP",
        "people": [{"name": "Jane Doe", "raw": "Jane Doe"}],
        "organisations": ["AP"],
    }
    assert list(got["credit"].items()) == [
        ("name", "Associated Press"),
        ("abbr", "AP"),
        ("raw", "AP"),
    ]
    assert list(got["dateline"]) == ["raw", "place", "date", "agency"]
    assert got["dateline"]["date"] is None
    assert got["blocks"] == [
        {"kind": "heading", "text": "Results", "level": 2},
        {"kind": "paragraph", "text": "x", "level": None},
    ]
    assert got["provenance"] == {
        "title": {"rule": "meta:og:title", "source": "metadata", "selector": None}
    }
    assert got["published"] == "2024-12-04T13:35:00+00:00"
    assert got["captions"] == ["Voters queue in Paris."]
    assert got["pull_quotes"] == ["“Every vote counts, and every vote was counted.”"]
    # Pull quotes follow the captions: both are text kept apart from the story.
    keys = list(got)
    assert keys.index("pull_quotes") == keys.index("captions") + 1


def test_dict_without_pull_quotes_reads_as_none() -> None:
    # JSON written before pull quotes were kept has no such key.
    data = article_to_dict(_FULL)
    del data["pull_quotes"]
    assert article_from_dict(data).pull_quotes == ()


@pytest.mark.parametrize("article", [_FULL, Article()], ids=["full", "empty"])
def test_round_trip_through_json(article: Article) -> None:
    data = json.loads(article_to_json(article))
    assert article_from_dict(data) == article


def test_missing_parts_are_null() -> None:
    got = article_to_dict(Article(title="T"))
    assert (got["byline"], got["credit"], got["dateline"]) == (None, None, None)
    assert got["blocks"] == []
    assert got["provenance"] == {}
