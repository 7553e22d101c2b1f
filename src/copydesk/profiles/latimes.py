"""Los Angeles Times (latimes.com): BrightSpot "ArticlePage" pages and the later redesign."""

from copydesk.profile import Profile

PROFILE = Profile(
    name="latimes",
    domains=("latimes.com",),
    title=("h1.ArticlePage-headline", "h1.headline"),
    authors=(
        {"css": ".ArticlePage-authorName a", "transforms": ["dedupe"]},
        {"css": ".author-bio .author-name", "transforms": ["dedupe"]},
        {"css": ".trb_ar_by_nm_au a", "transforms": ["dedupe"]},
    ),
    published=({"css": "time.published-date[datetime]", "attr": "datetime"},),
    body=(
        # 2019-2021: the dateline ("WASHINGTON — ") is a span before the rich-text body, so the
        # whole article body is taken.
        ".ArticlePage-articleBody",
        # 2021+ redesign.
        ".page-article-body",
        # Tribune-era pages (to 2018).
        ".trb_ar_page",
    ),
    drop=(
        ".enhancement",  # embedded promos, newsletters and related links in the body
        "ps-nativo-module",
        ".google-dfp-ad-wrapper",
        # 2019-2021: an ad slot in the body, whose "Advertisement" label would read as a
        # photo caption (its class names one).
        ".GoogleDfpAd-wrapper",
        ".RichTextArticleBody .ArticlePage-authorInfo",
        ".trb_ar_sponsoredmod",
        ".trb_em_r",
    ),
)
