"""USA TODAY (usatoday.com): Gannett "gnt_ar" pages, the lite template and older asset pages."""

from copydesk.profile import Profile

PROFILE = Profile(
    name="usatoday",
    domains=("usatoday.com",),
    title=(
        "h1.gnt_ar_hl",
        # The lite template shows the display headline, longer than og:title.
        "article#mainContentSection h1.title",
        "h1.asset-headline",
        "article.asset h1[itemprop='headline']",
    ),
    byline=(
        # The byline box ends with the publication ("USA TODAY", "The Columbus Dispatch") in
        # a nested div, glued to the last name: read the author links, else its other nodes.
        ".gnt_ar_by .gnt_ar_by_a",
        {
            "xpath": "//div[contains(concat(' ', normalize-space(@class), ' '), ' gnt_ar_by ')]"
            "/node()[not(self::div)]",
            "transforms": ["join"],
        },
        ".byline-section .attribution .author",
        ".asset-metabar-author",
    ),
    published=(
        # "Published 10:02 a.m. ET Nov. 19, 2019 | Updated 3:05 p.m. ET Nov. 19, 2019".
        {"css": ".gnt_ar_dt", "attr": "aria-label", "transforms": ["regex:Published:?\\s*([^|]+)"]},
        {"css": ".byline-section .publish-date", "transforms": ["regex:Published:?\\s*([^|]+)"]},
        {"css": ".asset-metabar-time", "transforms": ["regex:Published:?\\s*([^|]+)"]},
    ),
    body=(
        ".gnt_ar_b",
        "article#mainContentSection .article-wrapper",
        # 2014-2019 Gannett "asset" pages: p.p-text paragraphs in the double-wide column.
        "article.asset .asset-double-wide",
        "[itemprop='articleBody']",
    ),
    drop=(
        ".gnt_ar_b .gnt_em",  # embedded galleries, videos and "Read more" promos
        ".gnt_ar_b aside",
        ".gnt_ar_b [data-c-is]",
        ".article-wrapper > h1.title",
        ".article-wrapper .byline-section",
        ".inline-share-tools",
        ".exclude-from-newsfeed",
    ),
)
