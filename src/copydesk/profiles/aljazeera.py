"""Al Jazeera English (aljazeera.com): two layout eras, the 2019 ``article-p-wrapper``
theme and the 2020 redesign with a ``wysiwyg`` story body."""

from copydesk.profile import Profile

PROFILE = Profile(
    name="aljazeera",
    domains=("aljazeera.com",),
    title=(
        "header.article-header h1",  # 2020 redesign
        "h1.post-title",  # 2019 theme
    ),
    authors=(
        ".article-author-name-item a.author-link",  # 2020 redesign
        ".article-author-name-item",  # 2020 redesign, author without a profile page
        ".article-heading-author-name a",  # 2019 theme
    ),
    body=(
        ".wysiwyg--all-content",  # 2020 redesign
        ".main-article-body .article-p-wrapper",  # 2019 theme
    ),
    drop=(
        ".article-about-the-author",
        ".more-on",
        ".article-ad",
        ".ad-container",
        ".related-topics",
        ".sharing-bar",
    ),
)
