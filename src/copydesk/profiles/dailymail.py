"""Daily Mail / MailOnline (dailymail.co.uk): the ``#js-article-text`` article template."""

from copydesk.profile import Profile, Selector

PROFILE = Profile(
    name="dailymail",
    domains=("dailymail.co.uk",),
    # The visible headline is the h2 at the top of the article column; the h1 is a
    # shorter share/SEO title inside the share bar, kept as a fallback.
    title=("#js-article-text > h2", "#js-article-text h1"),
    byline=("#js-article-text .author-section",),
    published=(
        Selector(css="#js-article-text .article-timestamp-published time", attr="datetime"),
    ),
    modified=(Selector(css="#js-article-text .article-timestamp-updated time", attr="datetime"),),
    body=("#js-article-text [itemprop=articleBody]",),
    drop=(
        ".mol-factbox",
        ".art-ins",
        ".mol-ads-label-container",
        ".adHolder",
        ".moduleFull",
        ".related-carousel",
        ".mol-video",
        ".shareArticles",
    ),
)
