"""BBC News (bbc.com, bbc.co.uk): the 2015-2020 "story-body" template and the React pages."""

from copydesk.profile import Profile

PROFILE = Profile(
    name="bbc",
    domains=("bbc.com", "bbc.co.uk"),
    title=("h1#main-heading", "h1.story-body__h1", "h1.story-headline"),
    authors=(
        # 2021+: "By Eleanor Haigh" in a hashed-class element; the class keeps its suffix.
        {
            "css": "[data-component='byline-block'] [class*='TextContributorName']",
            "transforms": ["strip_by"],
        },
        ".byline__name",
    ),
    body=(
        # 2021+ React pages: each paragraph run is its own text-block component.
        "article [data-component='text-block']",
        # 2015-2020 template (RDFa property="articleBody").
        ".story-body__inner",
        "[property='articleBody']",
    ),
    drop=(
        "figure",
        ".media-with-caption",
        ".media-placeholder",
        ".story-body__inner .bbccom_advert_placeholder",
        ".story-body__inner .bbccom_slot",
        ".story-body__inner .story-body__unordered-list.related",
        ".story-more",
        "[data-component='links-block']",
        "[data-component='ad-slot']",
        "[data-component='tag-list']",
    ),
)
