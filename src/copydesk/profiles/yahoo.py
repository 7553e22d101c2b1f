"""Yahoo (news.yahoo.com, finance.yahoo.com, the regional *.yahoo.com sites): three eras —
the 2011-15 ``yom-art`` pages, the 2016-20 ``canvas`` pages, and the ``caas`` pages."""

from copydesk.profile import Profile, Selector

PROFILE = Profile(
    name="yahoo",
    domains=("yahoo.com",),
    title=(
        ".caas-title-wrapper h1",  # caas pages
        "header.canvas-header h1",  # canvas pages
        ".yom-art-hd h1.headline",  # 2011 yom pages
        "#mediacontentstory h1.headline",  # 2015 yom pages
    ),
    authors=(
        ".caas-attr-item-author a",  # caas pages
        ".caas-attr-item-author",  # caas pages, author without a profile link
        ".auth-attr .author-link",  # canvas pages
        ".auth-attr .author-name",  # canvas pages, wire authors without a profile link
    ),
    byline=("cite.byline.vcard .fn",),  # yom pages (2011-15)
    published=(
        Selector(css=".caas-attr-meta time", attr="datetime"),
        Selector(css=".auth-attr time[itemprop=datePublished]", attr="datetime"),
        Selector(css=".auth-attr time", attr="datetime"),
        # yom pages: the byline's abbr holds the ISO time ("1 hr ago" is its text) or, on
        # the 2015 pages, the date as text
        Selector(css="cite.byline.vcard abbr", attr="title"),
        "#mediacontentstory cite.byline.vcard abbr",
    ),
    body=(
        ".caas-body",  # caas pages
        # canvas pages: the story, and the lead photo beside it in the article (for its
        # caption).
        "article > figure.canvas-image, article .canvas-body",
        ".yom-art-content > .bd",  # 2011 yom pages
        "#mediacontentstory .yom-art-content",  # 2015 yom pages
    ),
    drop=(
        ".caas-readmore",
        ".caas-da",
        ".canvas-ad",
        ".view-cmts-cta",
        ".canvas-share-buttons",
        ".yom-ad",
        ".yom-related",
        ".yom-art-related",
    ),
)
