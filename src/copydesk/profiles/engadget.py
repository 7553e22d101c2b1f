"""Engadget (engadget.com): the AOL-era block layout, the Yahoo "caas" body and the 2010 blog."""

from copydesk.profile import Profile

PROFILE = Profile(
    name="engadget",
    domains=("engadget.com",),
    authors=(
        {"css": ".caas-attr-meta .caas-author-byline-collapse a", "transforms": ["dedupe"]},
        # 2015-2019: the article header's author link (feed items below reuse the class).
        {"css": "header a.th-meta[href*='/about/editors/']", "transforms": ["dedupe"]},
    ),
    body=(
        # 2020+ Yahoo platform.
        ".caas-body",
        # 2015-2019: the story is cut into .o-article_block rows, text in .article-text.
        "#page_body .article-text",
        ".article-text",
        # 2010-2013 blog template.
        ".post_body",
    ),
    drop=(
        ".caas-readmore",
        ".caas-da",
        ".caas-figure",
        ".o-gallery",
        ".gallery-ad",
        "[data-component='ReviewSummary']",
        ".post_body .read_more",
    ),
)
