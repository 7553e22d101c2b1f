"""The contract every parse honours, checked by the property tests and the fuzz target.

``check_parse(data)`` parses anything and asserts: either a documented error
(:class:`copydesk.ParseError` and subclasses) or an ``Article`` whose invariants hold.
"""

from __future__ import annotations

import json
import os
import re
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING

import copydesk
from copydesk import Article, ParseError
from copydesk.heuristics.boilerplate import is_junk_line

if TYPE_CHECKING:  # hypothesis is imported lazily: the fuzz target needs only copydesk
    from hypothesis import settings


def robust_settings(max_examples: int) -> settings:
    """Hypothesis settings for this suite: no per-example deadline (shared CI machines vary;
    time bounds are tested separately), and derandomized under ``CI=true`` so a CI run is
    reproducible; locally each run explores new examples and keeps failures in .hypothesis/.
    """
    from hypothesis import HealthCheck, settings

    return settings(
        max_examples=max_examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        derandomize=bool(os.environ.get("CI")),
        print_blob=True,
    )


#: The pinned "now" every property test parses with.
NOW = datetime(2025, 6, 1, 12, 0, tzinfo=timezone.utc)
#: Dates before this are never real publication dates of web news.
EARLIEST = datetime(1990, 1, 1, tzinfo=timezone.utc)
#: Clock skew tolerated for "future" dates.
FUTURE_SLACK = timedelta(days=1)

# Paragraphs that are nothing but site furniture: never part of a story. (Together with
# the body extractor's own ``is_junk_line``; contextual markers such as "Support local
# journalism" end a story rather than being furniture everywhere, so they are not listed.)
_BOILERPLATE = frozenset(
    {
        "loading", "loading...", "advertisement", "share this", "share", "tweet", "email",
        "print", "read more", "subscribe", "sign up", "click here", "related", "comments",
        "all rights reserved.",
    }
)  # fmt: skip
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_BLOCK_KINDS = frozenset({"paragraph", "heading", "list_item", "quote", "preformatted"})


def check_parse(
    data: str | bytes, *, url: str | None = None, encoding: str | None = None
) -> Article | None:
    """Parse ``data``; assert the contract; return the Article (None for a documented error)."""
    try:
        article = copydesk.parse(data, url, encoding=encoding, now=NOW)
    except ParseError as exc:
        message = str(exc)
        assert message, "errors carry a message"
        assert "\n" not in message, "error messages are one line"
        return None
    check_article(article)
    return article


def check_article(article: Article) -> None:
    """Assert the invariants of a parsed Article."""
    assert isinstance(article.is_article, bool)
    assert 0.0 <= article.confidence <= 1.0
    for block in article.blocks:
        assert block.kind in _BLOCK_KINDS, block
    for text in article.paragraphs:
        assert text, "no empty paragraph"
        assert text == text.strip(), f"paragraph not stripped: {text!r:.80}"
        assert not _LONE_SURROGATE.search(text), f"lone surrogate in {text!r:.80}"
        assert not _CONTROL.search(text), f"control character in {text!r:.80}"
        assert text.casefold() not in _BOILERPLATE, f"boilerplate paragraph {text!r}"
        assert not is_junk_line(text), f"junk line kept as a paragraph: {text!r}"
    for name in ("title", "section", "site_name", "description"):
        value = getattr(article, name)
        assert value is None or (value and value == value.strip()), (name, value)
    for name in ("published", "modified"):
        value = getattr(article, name)
        if value is None:
            continue
        aware = value if value.tzinfo else value.replace(tzinfo=timezone.utc)
        assert aware <= NOW + FUTURE_SLACK, f"{name} {value} is in the future"
        assert aware >= EARLIEST, f"{name} {value} is implausibly old"
    if article.dateline is not None and article.paragraphs:
        assert article.dateline.raw, "a dateline keeps the text it was cut from"
    json.loads(article.to_json())  # always serialisable
