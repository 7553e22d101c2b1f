"""Ars Technica (arstechnica.com): WordPress theme with microdata (``itemprop=articleBody``,
``itemprop=author``) and an upper-deck kicker above the headline."""

from copydesk.profile import Profile, Selector

PROFILE = Profile(
    name="arstechnica",
    domains=("arstechnica.com",),
    title=("header.article-header h1[itemprop=headline]",),
    authors=(".post-meta .byline [itemprop=name]", ".post-meta .byline a[rel=author]"),
    published=(Selector(css=".post-meta time.date", attr="datetime"),),
    body=("[itemprop=articleBody]",),
    drop=(
        ".sidebar",
        ".gallery",
        ".enlarge-link",
        ".ad",
        ".article-links",
        ".story-sidebar",
    ),
)
