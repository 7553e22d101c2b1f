"""Libération (liberation.fr, next.liberation.fr): the 2015 ``#news-article`` template and
the 2017 ``article-box`` template."""

from copydesk.profile import Profile, Selector

PROFILE = Profile(
    name="liberation",
    domains=("liberation.fr",),
    title=(
        "h1.article-headline",  # 2017 template
        "#news-article h1[itemprop=headline]",  # 2015 template
    ),
    authors=(
        ".article-head-metas .author",  # 2017 template
        "#news-article header .info [itemprop~=author]",  # 2015 template
    ),
    published=(
        Selector(css=".article-head-metas time", attr="datetime"),  # 2017 template
        Selector(css="#news-article time[itemprop=datePublished]", attr="datetime"),
    ),
    body=(
        # 2017 template: the story, and the lead photo beside it in the column (for its
        # caption).
        ".article-box .wide-column > figure, .article-body.read-left-padding",
        "#article-body[itemprop=articleBody]",  # 2015 template
    ),
    drop=(
        # A photo's credit ("DR", "AFP") after its caption, in the figcaption.
        "figcaption .copy",
        "#related-content",
        ".authors-container",
        ".article-body .authors",
        ".article-body .js-ad",
        ".tag-list",
        ".social-toolbar",
    ),
)
