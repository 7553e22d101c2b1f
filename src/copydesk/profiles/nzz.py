"""Neue Zürcher Zeitung (nzz.ch): Livingdocs article pages. The story is a run of text
components and figures directly in the article column, beside its header, so the column is
read (the figures for their captions) without the header."""

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
        # The photos are figures beside the text paragraphs, so the column holding both is
        # read: the captions reach the captions, the photo credits are dropped below.
        ".container--article",  # 2020 layout
        "article.content .content__main",  # 2019 layout
    ),
    drop=(
        # The column's header: headline, standfirst, byline and share buttons.
        ".container--article > .headline",
        ".content__main > .headline",
        # A photo's credit ("Delil Souleiman /AFP"), beside its caption.
        ".image-description__author",
        # Links to other stories: embedded teasers and the "Mehr zum Thema" box.
        ".teaser",
        ".pageelement",
        ".resor",
        ".regwall",
        ".nzzinteraction",
        ".adnz-ad-placeholder",
    ),
)
