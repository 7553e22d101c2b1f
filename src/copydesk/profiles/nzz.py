"""Neue Zürcher Zeitung (nzz.ch): Livingdocs article pages; the story is a run of text
components rather than one container, so each paragraph is selected."""

from copydesk.profile import Profile, Selector

# NZZ bylines put the reporter's city after the name ("Lea Muster, Chur, Beat Beispiel"):
# split the list and keep only multi-word entries, which drops the one-word city names.
_AUTHOR_TRANSFORMS = ("split_authors", r"regex:^(\S+\s+\S.*)$")

PROFILE = Profile(
    name="nzz",
    domains=("nzz.ch",),
    title=(
        "h1.headline__title",  # 2020 layout
        "h1.title--content",  # 2019 layout
    ),
    authors=(
        Selector(  # 2020 layout
            css=".headline__meta .metainfo--content .metainfo__item--author",
            transforms=_AUTHOR_TRANSFORMS,
        ),
        Selector(  # 2019 layout
            css=".headline .metainfo--content .metainfo__author", transforms=_AUTHOR_TRANSFORMS
        ),
    ),
    body=(
        ".container--article p.articlecomponent.text",  # 2020 layout
        "article.content .content__main p[itemprop=articleBody]",  # 2019 layout
    ),
    drop=(".resor", ".regwall", ".nzzinteraction", ".adnz-ad-placeholder"),
)
