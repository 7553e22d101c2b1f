"""The Economic Times (economictimes.indiatimes.com): ``articleshow`` stories and
``slideshow`` galleries whose text lives in per-slide captions."""

from copydesk.profile import Profile, Selector

PROFILE = Profile(
    name="economictimes",
    domains=("economictimes.indiatimes.com",),
    title=(
        "h1.artTitle",  # 2021 articleshow template
        ".article_block h1.title",  # 2020 articleshow template
        ".slideshowPackage h1[itemprop=name]",  # slideshow galleries
    ),
    authors=(
        # Slideshows: the desk or writer in the publish line ("ET Online|"); the JSON-LD
        # author there is the photo credit "Agencies" repeated under every slide.
        Selector(css=".slideshowPackage .publish_info .publisher", transforms=("strip:|",)),
    ),
    published=(Selector(css=".slideshowPackage [itemprop=datePublished]", attr="content"),),
    body=(
        # The story text, and the photos above it (2020 template), read for their captions.
        ".artText, .article_block .articleImg",
        ".article_block .Normal",  # 2020 articleshow template
        ".slideshowPackage [itemprop=associatedMedia] caption",  # slideshow: one per slide
    ),
    drop=(
        # A photo's agency credit ("BCCL", "Agencies") and the company-quote widget that
        # shares the photos' articleImg class.
        ".articleImg .imageAgencyName",
        ".articleImg.stocks_widget",
        ".artSyn .ads",
        ".adContainer",
        ".inlineAd",
        ".relatedStories",
        ".social_share",
    ),
)
