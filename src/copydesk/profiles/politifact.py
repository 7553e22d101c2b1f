"""PolitiFact (politifact.com): fact-check and article pages; the 2019 ``article__``
template and the 2020 redesign (``m-statement`` / ``m-textblock``)."""

from copydesk.profile import Profile, Selector

PROFILE = Profile(
    name="politifact",
    domains=("politifact.com",),
    title=(
        "h1.article__title",  # 2019 template
        ".m-statement__quote",  # 2020 fact-check pages: the claim is the headline
        "h1.c-title",  # 2020 articles
    ),
    authors=(
        "p.article__meta > a.link",  # 2019 template
        ".m-author__content a",  # 2020 redesign
    ),
    published=(
        # the date is a span in the byline paragraph, or bare text after a single author
        Selector(css="p.article__meta span.article__meta", transforms=("strip_prefix:on ",)),
        Selector(css="p.article__meta", transforms=(r"regex:\bon\s+(\w+day,.*)$",)),
        ".m-author__date",  # 2020 redesign
    ),
    body=(
        ".article__text",  # 2019 template
        "article.m-textblock",  # 2020 redesign
    ),
    drop=(".pf-ad", ".artembed", ".m-sidebar", ".share-buttons", ".related-stories"),
)
