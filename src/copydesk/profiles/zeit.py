"""ZEIT ONLINE (zeit.de): the article header splits kicker and title into spans; the story
is a run of ``article-page`` sections after the ``summary`` standfirst."""

from copydesk.profile import Profile, Selector

PROFILE = Profile(
    name="zeit",
    domains=("zeit.de",),
    title=(".article-heading__title",),
    authors=(".article__intro .byline [itemprop=name]", ".byline [itemprop=name]"),
    published=(
        # Print-edition articles: the first-publication date the reader sees is decoded in
        # the browser from data-obfuscated; the datetime attribute holds the last edit.
        Selector(
            css=".article__intro .metadata time.encoded-date[data-obfuscated]",
            attr="data-obfuscated",
            transforms=("b64decode",),
        ),
        Selector(css=".article__intro .metadata time.metadata__date", attr="datetime"),
    ),
    # The header's lead photo (a figure in a wrapper div) is read for its caption only.
    body=(
        ".article-header .summary, .article-header :has(> figure.article__media),"
        " .article-body .article-page",
    ),
    drop=(
        ".article-toc",
        ".article-pagination",
        ".ad-container",
        ".article__media-credit",
        "figure .figure__copyright",  # a photo's "© Name" beside its caption
        ".paywall-footer",
    ),
)
