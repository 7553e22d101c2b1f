"""Is this page a story at all? A home page, a 404 or a section front parses to an
``Article`` too; ``is_article`` and ``confidence`` tell callers how far to trust it.

The engine calls :func:`assess` as ``assess(ctx, blocks)`` after every field is resolved.
"""

from __future__ import annotations

from collections.abc import Sequence

from copydesk.model import Block
from copydesk.rules import Context

# A story has at least this many words of body text; shorter bodies are briefs at best.
MIN_STORY_WORDS = 60
# Below this confidence, is_article is False.
ARTICLE_THRESHOLD = 0.5


def assess(ctx: Context, blocks: Sequence[Block]) -> tuple[bool, float]:
    """Return ``(is_article, confidence)`` from the body's size and the page's own claims."""
    words = sum(len(b.text.split()) for b in blocks if b.kind == "paragraph")
    score = min(words / (MIN_STORY_WORDS * 3), 1.0) * 0.6
    if ctx.page.jsonld_articles() or "article" in ctx.page.meta.get("og:type", ()):
        score += 0.2
    if ctx.found.get("published") is not None:
        score += 0.1
    if ctx.found.get("byline") is not None:
        score += 0.1
    if words < MIN_STORY_WORDS:
        score = min(score, ARTICLE_THRESHOLD - 0.1)
    confidence = round(min(score, 1.0), 3)
    return confidence >= ARTICLE_THRESHOLD, confidence
