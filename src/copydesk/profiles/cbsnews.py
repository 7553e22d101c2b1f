"""CBS News (cbsnews.com): article pages, 2019 (paginated sections) and the later BEM markup."""

from copydesk.profile import Profile

PROFILE = Profile(
    name="cbsnews",
    domains=("cbsnews.com",),
    title=("h1.content__title", "h1.content-title"),
    byline=(
        # "By Stefan Becket, Kathryn Watson, Grace Segers": the JSON-LD names only the first
        # author, and only staff with a profile page get a byline link.
        ".content__meta--byline",
        ".content__meta-byline",
    ),
    authors=({"css": "a.byline__author__link", "transforms": ["dedupe"]},),
    published=(
        {"css": ".content__meta--timestamp time[datetime]", "attr": "datetime"},
        {"css": ".content__meta-timestamp time[datetime]", "attr": "datetime"},
    ),
    body=(
        "section.content__body",
        # 2019: long stories come in pages of <section data-page="N">.
        "article.content section[data-page]",
    ),
    drop=(
        ".content__body .ad-wrapper",
        ".top-ad-container",
        ".ad-intromercial",
        ".content__widget-wrapper",
        ".post-newsletter-promo",
        ".content__google",
        "aside.recirculation",
        "[data-ad]",
        ".embed--type-link",
        "figure .embed__caption",
    ),
)
