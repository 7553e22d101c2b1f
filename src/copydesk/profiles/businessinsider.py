"""Business Insider (businessinsider.com): article pages of the 2018+ and earlier templates."""

from copydesk.profile import Profile

PROFILE = Profile(
    name="businessinsider",
    domains=("businessinsider.com",),
    title=("h1.post-headline", "h1.article-title", ".sl-layout-post h1"),
    authors=(
        {"css": ".byline-author .byline-link", "transforms": ["dedupe"]},
        {"css": ".byline-author-name", "transforms": ["dedupe"]},
        # 2012-2016: author links in the byline row beside date and page views.
        {"css": ".sl-layout-post .byline a[href*='/author/']", "transforms": ["dedupe"]},
    ),
    published=(
        {"css": ".byline-timestamp[data-timestamp]", "attr": "data-timestamp"},
        # 2012-2016: the date span carries the Unix time in its rel attribute.
        {"css": ".byline .date[data-bi-format='date']", "attr": "rel"},
    ),
    body=(
        # 2020+: paywall-aware wrapper around the story text.
        "#piano-inline-content-wrapper",
        ".content-lock-content",
        # 2012-2019.
        ".post-content[data-piano-inline-content-wrapper]",
        "div.KonaBody.post-content",
    ),
    drop=(
        ".inline-newsletter-signup",
        ".in-post-sticky",
        ".ad-callout-wrapper",
        ".content-recommendations-component",
        ".caption-drawer-label",
        ".ad-wrapper",
        ".read-more-links",
        ".see-also",
        ".post-content-bottom",
        ".category-tagline",
        ".source",
        # 2012-2016 Kona body: images (with their credit and caption lines) inside paragraphs.
        ".KonaBody .image-container",
    ),
)
