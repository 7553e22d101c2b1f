"""CBS News (cbsnews.com): article pages paginated into <section data-page> blocks."""

from copydesk.profile import Profile

PROFILE = Profile(
    name="cbsnews",
    domains=("cbsnews.com",),
    title=("h1.content__title", "h1.content-title"),
    byline=(
        # "By Stefan Becket, Kathryn Watson, Grace Segers": JSON-LD names only the first.
        ".content__meta-byline .byline__author__text",
        ".content__meta--byline",
        ".content__meta-byline",
    ),
    published=({"css": ".content__meta-timestamp time[datetime]", "attr": "datetime"},),
    body=(
        "section.content__body",
        # 2019: long stories come in pages of <section data-page="N">.
        "article.content section[data-page]",
    ),
    drop=(
        ".content__body .ad-wrapper",
        "[data-ad]",
        ".embed--type-link",
        ".content__body .related-content",
        ".content__body aside",
        "figure .embed__caption",
    ),
)
