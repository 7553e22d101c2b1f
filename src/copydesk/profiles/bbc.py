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
        # 2021+ React pages: each paragraph run is its own text-block component; the photos
        # between them are image-block components, read for their captions only.
        "article [data-component='text-block'], article [data-component='image-block']",
        # 2015-2020 template (RDFa property="articleBody").
        ".story-body__inner",
        "[property='articleBody']",
    ),
    drop=(
        # Photos and videos stay: their captions go to Article.captions. Out go the screen
        # readers' labels in them ("Image caption", "Media caption", "Image copyright") and
        # the video player's "Media playback is unsupported on your device" fallback.
        "figure .off-screen",
        "figcaption [class*='VisuallyHidden']",
        ".player-with-placeholder__caption",
        # A photo's credit line (2015-2020: "Image copyright" + agency) and, on the React
        # pages, everything in an image block but its caption.
        ".story-image-copyright",
        "[data-component='image-block'] > :not(figure)",
        "[data-component='image-block'] figure > :not(figcaption)",
        ".story-body__inner .bbccom_advert_placeholder",
        ".story-body__inner .bbccom_slot",
        ".story-body__inner .story-body__unordered-list.related",
        ".story-more",
        "[data-component='links-block']",
        "[data-component='ad-slot']",
        "[data-component='tag-list']",
    ),
)
