"""Neue Zürcher Zeitung (nzz.ch): Livingdocs article pages; the story is a run of text
components rather than one container, so each paragraph is selected."""

from copydesk.profile import Profile

PROFILE = Profile(
    name="nzz",
    domains=("nzz.ch",),
    title=(
        "h1.headline__title",  # 2020 layout
        "h1.title--content",  # 2019 layout
    ),
    authors=(
        ".headline__meta .metainfo--content .metainfo__item--author",  # 2020 layout
        ".headline .metainfo--content .metainfo__author",  # 2019 layout
    ),
    body=(
        ".container--article p.articlecomponent.text",  # 2020 layout
        "article.content .content__main p[itemprop=articleBody]",  # 2019 layout
    ),
    drop=(".resor", ".regwall", ".nzzinteraction", ".adnz-ad-placeholder"),
)
