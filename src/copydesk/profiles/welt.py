"""WELT (welt.de): title, authors and dates come from the page's JSON-LD, which the generic
rules read; the profile names the story column, in two layout eras."""

from copydesk.profile import Profile

PROFILE = Profile(
    name="welt",
    domains=("welt.de",),
    body=(
        ".c-summary__intro, .c-article-text",  # until 2024: standfirst + text column
        ".c-article-page__intro, .c-rich-text-renderer--article",  # 2024 layout
    ),
    drop=(
        ".c-article-text .c-inline-element",  # teaser boxes and embeds between paragraphs
        ".c-article-text .o-paywall",
        ".c-share-buttons",
        ".c-attached-content",
    ),
)
