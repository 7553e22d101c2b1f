"""Reuters (reuters.com): the 2021+ Arc pages, the 2017-2020 React template and older pages."""

from copydesk.profile import Profile

PROFILE = Profile(
    name="reuters",
    domains=("reuters.com",),
    title=(
        "h1[data-testid='Heading']",
        "h1.ArticleHeader_headline",
        "h1.article-headline",
    ),
    authors=(
        {"css": "[data-testid='AuthorByline'] a[href*='/authors/']", "transforms": ["dedupe"]},
        {"css": ".BylineBar_byline a", "transforms": ["dedupe"]},
    ),
    # 2017-2020: the channel above the headline ("Business News"); those pages carry no
    # section metadata.
    section=(".ArticleHeader_channel",),
    body=(
        # 2021+: paragraphs are [data-testid="paragraph-N"] in a div whose class carries a
        # build hash that changes between deploys (article-body__content__17Yit, __3VtU3).
        "[class*='article-body__content__']",
        # 2017-2020 React template.
        ".StandardArticleBody_body",
        # 2010-2016.
        "#article-text",
        "#articleText",
    ),
    drop=(
        # "Reporting by ...; Editing by ..." sign-off trailer.
        ".Attribution_container",
        ".StandardArticleBody_trustBadgeContainer",
        # Photos stay, so their captions reach the captions; their "Expand Image Slideshow"
        # button goes (an aria-label today, but a text label in some builds).
        ".Image_container [class*='Image_expand-button']",
        ".RelatedCoverage_related-coverage-module",
        "[data-testid='toolbar-container']",
        "[data-testid='ArticleToolbar']",
        "[data-testid='ResponsiveAdSlot']",
        "[data-testid='promo-box']",
        "[data-testid='AuthorBio']",
        ".related-content",
    ),
)
