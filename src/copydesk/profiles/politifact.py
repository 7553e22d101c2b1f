"""PolitiFact (politifact.com): fact-check and article pages in the 2019 ``article__``
template; the 2020 redesign's story body is the ``m-textblock`` article."""

from copydesk.profile import Profile, Selector

PROFILE = Profile(
    name="politifact",
    domains=("politifact.com",),
    title=("h1.article__title",),  # 2019 template; later pages' og:title serves
    authors=("p.article__meta > a.link",),
    published=(
        # the date is a span in the byline paragraph, or bare text after a single author
        Selector(css="p.article__meta span.article__meta", transforms=("strip_prefix:on ",)),
        Selector(css="p.article__meta", transforms=(r"regex:\bon\s+(\w+day,.*)$",)),
    ),
    body=(
        ".article__text",  # 2019 template
        "article.m-textblock",  # 2020 redesign
    ),
    drop=(".pf-ad", ".artembed", ".m-sidebar", ".share-buttons", ".related-stories"),
)
