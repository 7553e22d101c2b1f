"""The articleness score: each signal moves the confidence the documented way."""

from __future__ import annotations

import pytest

from copydesk.heuristics.articleness import (
    ARTICLE_THRESHOLD,
    MIN_STORY_WORDS,
    Signals,
    score,
    url_shape,
)

STORY = Signals(words=400, article_jsonld=True, og_type="article", published=True, byline=True)

CASES = [
    ("full-story", STORY, True),
    ("story-body-only", Signals(words=300), True),
    ("story-body-and-date", Signals(words=120, published=True), True),
    (
        "brief-with-metadata",
        Signals(words=MIN_STORY_WORDS - 1, article_jsonld=True, published=True),
        False,
    ),
    ("empty", Signals(), False),
    ("404-with-text", Signals(words=200, not_found=True), False),
    ("404-even-with-metadata", Signals(words=300, article_jsonld=True, not_found=True), False),
    ("home-page", Signals(words=300, teasers=40, url_shape="site", og_type="website"), False),
    ("section-front", Signals(words=250, teasers=25, collection_jsonld=True), False),
    ("teasers-only", Signals(words=200, teasers=30), False),
    ("story-with-related-rail", Signals(words=600, teasers=8, published=True), True),
    ("long-story-with-big-rail", Signals(words=1500, teasers=20, published=True), True),
    ("site-url-but-real-story", Signals(words=500, article_jsonld=True, url_shape="site"), True),
]


@pytest.mark.parametrize(("signals", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_score_decides(signals: Signals, expected: bool) -> None:
    confidence = score(signals)
    assert 0.0 <= confidence <= 1.0
    assert (confidence >= ARTICLE_THRESHOLD) is expected, confidence


@pytest.mark.parametrize(
    "field",
    ["article_jsonld", "published", "byline"],
)
def test_positive_signals_raise_confidence(field: str) -> None:
    base = Signals(words=80)
    assert score(Signals(**{**_fields(base), field: True})) > score(base)


def test_more_body_never_lowers_confidence() -> None:
    values = [score(Signals(words=w, published=True)) for w in range(0, 1000, 25)]
    assert values == sorted(values)


def _fields(s: Signals) -> dict[str, object]:
    import attrs

    return attrs.asdict(s)


@pytest.mark.parametrize(
    ("url", "shape"),
    [
        ("https://x.example/", "site"),
        ("https://x.example", "site"),
        ("https://x.example/news/", "site"),
        ("https://x.example/news/2024/03/14/harbour-ferry-service-to-resume", "article"),
        ("https://x.example/story/12345678", "article"),
        ("https://x.example/a/harbour_ferry_to_resume.html", "article"),
        ("https://x.example/news/local/", "unknown"),
        ("https://x.example/2024/", "unknown"),
        ("http://[::1/bad", "unknown"),
        (None, "unknown"),
    ],
)
def test_url_shape(url: str | None, shape: str) -> None:
    assert url_shape(url) == shape
