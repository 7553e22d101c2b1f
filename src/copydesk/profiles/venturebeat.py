"""VentureBeat (venturebeat.com): WordPress single-post template (``article-header``,
``article-byline``, ``article-content``)."""

from copydesk.profile import Profile, Selector

PROFILE = Profile(
    name="venturebeat",
    domains=("venturebeat.com",),
    title=("header.article-header h1.article-title",),
    authors=(".article-byline a.author",),
    published=(Selector(css=".article-byline time.the-time", attr="datetime"),),
    body=("article .article-content",),
    drop=(".boilerplate-before", ".boilerplate-after", ".article-ad", ".post-boilerplate"),
)
