"""Fox News (foxnews.com): article pages with a featured video lede and all-caps promo links."""

from copydesk.profile import Profile, Selector

PROFILE = Profile(
    name="foxnews",
    domains=("foxnews.com",),
    title=("h1.headline",),
    authors=(
        # The outlet's link after the writer's reads " | Fox News": its bar goes.
        Selector(css=".article-meta .author-byline span > a", transforms=("strip:|", "dedupe")),
        Selector(css=".author-byline a[href*='/person/']", transforms=("dedupe",)),
    ),
    body=(".article-content", ".article-body"),
    drop=(
        # The featured video's player controls ("close") and overlay label.
        ".featured-video .control",
        ".featured-video .overlay",
        # The byline box (with the author's one-line bio) sits inside .article-content.
        ".article-content .article-meta",
        ".author-bio",
        ".article-body .ad-container",
        ".article-body .vendor-unit",
        ".article-body .embed-media",
        ".article-body .inline-related",
        ".article-body .newsletter-signup",
        ".article-body .related-topics",
    ),
)
