"""Last-round byline rules, on small snippets written for these tests."""

from __future__ import annotations

import pytest

from copydesk.heuristics.byline import BYLINE_RULES
from copydesk.model import Byline
from copydesk.page import Page
from copydesk.rules import Context, Found

_JSONLD = (
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge opens",'
    ' "author": {"@type": "Person", "name": "%s"}}</script>'
)


def _first(html: str) -> Found[Byline] | None:
    ctx = Context(page=Page(html, url="https://www.example-news.com/story/1"))
    return next((got for rule in BYLINE_RULES if (got := rule(ctx)) is not None), None)


def _page(author: str, byline: str) -> str:
    return (
        f"<html><head>{_JSONLD % author}</head><body><article><h1>Bridge opens</h1>"
        f'<div class="author">{byline}</div><p>The bridge opened on Monday morning.</p>'
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("author", "byline", "names"),
    [
        # The byline is written in lower case (capitals by CSS) and names the JSON-LD
        # author by initial and a co-author the JSON-LD left out.
        ("Edith Barros", "e. barros / j. i. da costa", ("Edith Barros", "J. I. Da Costa")),
        ("Edith Barros", "edith barros and tom reyes", ("Edith Barros", "Tom Reyes")),
        # Negative cases: a lower-case line that does not name the JSON-LD author, and one
        # that names only that author.
        ("Edith Barros", "j. i. da costa", ("Edith Barros",)),
        ("Edith Barros", "e. barros", ("Edith Barros",)),
    ],
    ids=["initials-and-co-author", "full-names", "other-person", "same-person"],
)
def test_lower_case_byline_completes_jsonld(
    author: str, byline: str, names: tuple[str, ...]
) -> None:
    got = _first(_page(author, byline))
    assert got is not None
    assert (got.rule, got.value.names) == ("jsonld:author", names)
