"""Forbes (forbes.com): contributor articles with custom elements (``article-body-container``,
``contrib-byline``); the byline carries a role ("Senior Contributor") after the name."""

from copydesk.profile import Profile

PROFILE = Profile(
    name="forbes",
    domains=("forbes.com",),
    title=("h1.fs-headline",),
    authors=(".top-authors .contrib-byline-author a", ".fs-author-name a"),
    body=(".article-body .article-container", ".article-body"),
    drop=(
        ".vestpocket",
        ".article-sharing",
        ".fs-author-group",
        ".recirc-module",
        ".ad-unit",
        "fbs-ad",
        "sharing",  # the share-button custom element at the top of the story
    ),
)
