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
        # 2019 theme: the lead photo sits beside the .article-p-wrapper text, in the same
        # .main-article-body; read both (the photo for its caption), minus the boxes below.
        ".main-article-body",
    ),
    drop=(
        ".article-about-the-author",
        ".more-on",
        ".article-ad",
        ".ad-container",
        ".related-topics",
        ".sharing-bar",
        # 2019 theme, below the text: "SOURCE: News agencies", the topic tags, and an
        # empty slot for the "More on" box.
        ".main-article-body > .article-body-artSource",
        ".main-article-body > .article-tags-feedback-wrapper",
        ".main-article-body > .inpage-auto-embed",
    ),
)
