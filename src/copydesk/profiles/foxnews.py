"""Fox News (foxnews.com): article pages with a featured video lede and all-caps promo links."""

from copydesk.profile import Profile, Selector

PROFILE = Profile(
    name="foxnews",
    domains=("foxnews.com",),
    title=("h1.headline",),
    authors=(
        Selector(css=".article-meta .author-byline span > a", transforms=("dedupe",)),
        Selector(css=".author-byline a[href*='/person/']", transforms=("dedupe",)),
    ),
    body=(".article-content", ".article-body"),
    drop=(
        # The featured video's player controls ("close") and overlay label.
        ".featured-video .control",
        ".featured-video .overlay",
        # In-story promo links to other stories are all-caps paragraphs wrapping a
        # <strong><a>; Fox marks none of them, so match the shape.
        ".article-body p > strong:only-child > a[href]",
        ".article-body .ad-container",
        ".article-body .vendor-unit",
        ".article-body .embed-media",
        ".article-body .inline-related",
        ".article-body .newsletter-signup",
        ".article-body .related-topics",
    ),
)
