"""The Telegraph (telegraph.co.uk): microdata article template (``itemprop=articleBody``,
``headline__heading``, ``byline__author``)."""

from copydesk.profile import Profile, Selector

PROFILE = Profile(
    name="telegraph",
    domains=("telegraph.co.uk",),
    title=("h1.headline__heading",),
    authors=(".byline [itemprop=author] [itemprop=name]",),
    published=(
        Selector(css=".footer-author time[itemprop=datePublished]", attr="datetime"),
        Selector(css="article time[itemprop=datePublished]", attr="datetime"),
    ),
    body=("article[itemprop=articleBody]",),
    drop=(
        # Photos stay, so their captions reach the captions; their "Credit: Agency" goes.
        ".articleBodyImage [itemprop=copyrightHolder]",
        ".articleBodyImage .article-body-image-copyright",
        ".html-embed",
        ".related-article",
        ".article-betting-unit",
        ".tmg-particle",
        ".social-share",
    ),
)
