"""Is this page a story at all? A home page, a 404 or a section front parses to an
``Article`` too; ``is_article`` and ``confidence`` tell callers how far to trust it.

The engine calls :func:`assess` as ``assess(ctx, blocks)`` after every field is resolved.
The decision is split in two so each half is testable on its own: :func:`signals` reads
the evidence off the page (cheap XPath counts, no text scans of the whole page), and
:func:`score` turns :class:`Signals` into a confidence in ``[0, 1]`` with named weights.

Evidence for a story: a body of running text, an article type in JSON-LD, ``og:type``
article, a publication date, a byline, an article-shaped URL (a long slug or a numeric id).
Evidence against: a "404 / page not found" title, many headline links or many ``<article>``
teasers (a home page or section front), a site-level URL (``/``, ``/news/``), collection
types in JSON-LD (``CollectionPage``, ``ItemList``), ``og:type`` website.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs
from lxml import etree

from copydesk.model import Block
from copydesk.rules import Context
from copydesk.urls import split_url

# A story has at least this many words of body text (wire briefs run 40-60); below it the
# confidence is capped under the threshold, whatever the metadata claims.
MIN_STORY_WORDS = 25
# Body words at which the body's contribution saturates: a 100-word story is a full story.
FULL_STORY_WORDS = 100
# Below this confidence, is_article is False.
ARTICLE_THRESHOLD = 0.5

# Weights: a full body alone reaches the threshold; the page's own claims (article types,
# a date, a byline, a story-shaped URL) carry a short story over it.
W_BODY = 0.5
W_ARTICLE_JSONLD = 0.15
W_OG_ARTICLE = 0.1
W_PUBLISHED = 0.15
W_BYLINE = 0.1
W_ARTICLE_URL = 0.1
W_SITE_URL = -0.15  # "/" or "/news/": a front, not a story
W_OG_WEBSITE = -0.1
W_COLLECTION_JSONLD = -0.2
W_TEASERS = -0.35  # a page that is mostly headline links ...
W_TEASERS_CLAIMED = -0.15  # ... unless the page itself claims to be an article (related rails)
# A 404 page says so in its title; its confidence is capped here whatever else it has.
NOT_FOUND_CAP = 0.1
# Below MIN_STORY_WORDS the confidence is capped here (just under the threshold).
SHORT_BODY_CAP = ARTICLE_THRESHOLD - 0.1

# Teasers: a front page lists many stories, each a headline link or an <article> card. Real
# stories carry a "related" rail too (typically 3-10 links), hence the floor; and the teasers
# must outweigh the body (one teaser per TEASER_WORDS body words).
MIN_TEASERS = 12
TEASER_WORDS = 40

_TEASER_XPATH = etree.XPath(
    "count(//h2[.//a[@href]] | //h3[.//a[@href]] | //h4[.//a[@href]])"
    " + count(//article[not(ancestor::article)])"
)

# "404", "Page not found", "Seite nicht gefunden", "Page introuvable", "Página no encontrada".
_NOT_FOUND_RE = re.compile(
    r"""\b(?:
        404 | 410
      | (?:page|article|story|content|file)\s+(?:was\s+)?not\s+found
      | not\s+found | page\s+(?:does\s+not|doesn't|no\s+longer)\s+exists?
      | (?:nicht|no)\s+(?:gefunden|encontrad[ao]) | introuvable | non\s+trouvée?
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)

_ARTICLE_TYPES = frozenset(
    t.lower()
    for t in (
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
        "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting",
        "LiveBlogPosting", "Report", "ScholarlyArticle", "TechArticle",
    )
)  # fmt: skip
_COLLECTION_TYPES = frozenset(
    t.lower() for t in ("CollectionPage", "ItemList", "SearchResultsPage", "ProfilePage")
)

# An article URL's last segment: a slug of 3+ words ("nato-kyiv-truce-talks") or an id of
# 5+ digits ("/12345678", "a-b-20241130.html"). Bounded quantifiers: the path is short.
_SLUG_RE = re.compile(r"(?:[^/\-_]{1,40}[\-_]){2,}[^/\-_]{1,40}|\d{5,}")


@attrs.frozen(kw_only=True)
class Signals:
    """The evidence :func:`score` weighs; built by :func:`signals` or by hand in tests."""

    words: int = 0
    article_jsonld: bool = False
    collection_jsonld: bool = False
    og_type: str | None = None
    published: bool = False
    published_metadata: bool = False  # the date came from JSON-LD/meta: a page-level claim
    byline: bool = False
    url_shape: str = "unknown"  # "article", "site" or "unknown"
    teasers: int = 0
    not_found: bool = False


def assess(ctx: Context, blocks: Sequence[Block]) -> tuple[bool, float]:
    """Return ``(is_article, confidence)`` for a resolved page.

    >>> from copydesk.page import Page
    >>> page = Page("<title>404 Not Found</title><h1>Page not found</h1><p>Sorry.</p>")
    >>> assess(Context(page=page), [Block(kind="paragraph", text="Sorry.")])
    (False, 0.005)
    """
    confidence = score(signals(ctx, blocks))
    return confidence >= ARTICLE_THRESHOLD, confidence


def signals(ctx: Context, blocks: Sequence[Block]) -> Signals:
    """Read the evidence off the page and the resolved fields."""
    page = ctx.page
    types = {t for obj in page.jsonld for t in _types(obj.get("@type"))}
    og_types = page.meta.get("og:type", ())
    titles = [ctx.value("title") or "", *([page.title] if page.title else [])]
    titles.extend(h.text_content() for h in page.root.iter("h1"))
    return Signals(
        words=sum(len(b.text.split()) for b in blocks if b.kind != "heading"),
        article_jsonld=bool(types & _ARTICLE_TYPES),
        collection_jsonld=bool(types & _COLLECTION_TYPES),
        og_type=og_types[0].lower() if og_types else None,
        published=ctx.value("published") is not None,
        published_metadata=_from_metadata(ctx, "published"),
        byline=ctx.value("byline") is not None,
        url_shape=url_shape(page.url),
        teasers=_count(_TEASER_XPATH(page.root)),
        not_found=any(_NOT_FOUND_RE.search(str(t)[:300]) for t in titles[:4]),
    )


def score(s: Signals) -> float:
    """The confidence, in ``[0, 1]``, that the page is a single story.

    >>> score(Signals(words=400, article_jsonld=True, published=True, byline=True))
    0.9
    >>> score(Signals(words=400, teasers=60, url_shape="site", og_type="website"))
    0.0
    """
    # A page that says it is an article (its types, or a publication date in its metadata)
    # is trusted over site-level hints: many sites label every page og:type=website.
    claims_article = s.article_jsonld or s.og_type == "article" or s.published_metadata
    value = W_BODY * min(s.words / FULL_STORY_WORDS, 1.0)
    value += W_ARTICLE_JSONLD * s.article_jsonld + W_PUBLISHED * s.published
    value += W_BYLINE * s.byline
    if s.og_type == "article":
        value += W_OG_ARTICLE
    elif s.og_type == "website" and not claims_article:
        value += W_OG_WEBSITE
    if s.collection_jsonld and not claims_article:
        value += W_COLLECTION_JSONLD
    if s.url_shape == "article":
        value += W_ARTICLE_URL
    elif s.url_shape == "site" and not claims_article:
        value += W_SITE_URL
    if s.teasers >= MIN_TEASERS and s.teasers * TEASER_WORDS > s.words:
        value += W_TEASERS_CLAIMED if claims_article else W_TEASERS
    if s.words < MIN_STORY_WORDS:
        value = min(value, SHORT_BODY_CAP * s.words / MIN_STORY_WORDS + 0.01)
    if s.not_found:
        value = min(value, NOT_FOUND_CAP)
    return round(min(max(value, 0.0), 1.0), 3)


def url_shape(url: str | None) -> str:
    """``"article"`` for a story-shaped URL, ``"site"`` for a home page or section front,
    ``"unknown"`` otherwise.

    >>> [url_shape(u) for u in ("https://x.com/", "https://x.com/news/",
    ...     "https://x.com/world/2024/11/30/nato-kyiv-truce-talks", "https://x.com/a/1234567",
    ...     "https://x.com/about", None)]
    ['site', 'site', 'article', 'article', 'site', 'unknown']
    """
    parts = split_url(url)
    if parts is None:  # no URL, or one too malformed to split
        return "unknown"
    path = parts.path
    segments = [s for s in path[:512].split("/") if s]
    if segments and _SLUG_RE.search(segments[-1].rsplit(".", 1)[0]):
        return "article"
    if len(segments) <= 1 and not any(c.isdigit() for c in path):
        return "site"
    return "unknown"


def _from_metadata(ctx: Context, field: str) -> bool:
    found = ctx.found.get(field)
    return found is not None and found.source in ("metadata", "profile")


def _count(result: object) -> int:
    return int(result) if isinstance(result, float) else 0


def _types(value: object) -> list[str]:
    values = value if isinstance(value, list) else [value]
    return [v.lower() for v in values if isinstance(v, str)]
