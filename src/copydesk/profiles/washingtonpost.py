"""The Washington Post (washingtonpost.com): PageBuilder pages (2015-2019) and the React site."""

from copydesk.profile import Profile

PROFILE = Profile(
    name="washingtonpost",
    domains=("washingtonpost.com",),
    title=("h1[data-qa='headline']", "h1[itemprop='headline']", "#topper-headline-wrapper h1"),
    byline=(
        ".pb-sig-line .pb-byline",  # PageBuilder era: "By <a>Name</a>" beside the timestamp
    ),
    authors=(
        {"css": "[data-qa='author-name']", "transforms": ["dedupe"]},
        {"css": "article .byline a.author-name-link", "transforms": ["dedupe"]},
        {"css": "[itemprop='author'] [itemprop='name']", "transforms": ["dedupe"]},
    ),
    # PageBuilder (2015-2019): the kicker above the headline names the section ("Middle
    # East"); the "section" meta is a path ("/world/middle-east").
    section=("#article-topper .headline-kicker, .pb-f-article-article-topper .headline-kicker",),
    body=(
        # 2015: the story is the <article> beside the signature line inside #article-body.
        "#article-body > article",
        # 2016-2019.
        "article[itemprop='articleBody']",
        # 2020+: the story comes in several .article-body blocks.
        "[data-qa='article-body']",
        ".article-body",
    ),
    drop=(
        # Embedded galleries, videos and graphics: all but their captions, which go to
        # Article.captions ("Gunmen stormed the museum ... (Reuters)" under a video).
        ".inline-content > :not([class*='caption'])",
        ".interstitial-link",  # "[Read: ...]" links between paragraphs
        ".pb-sig-line",
        ".wp-volt-gal",
        "[data-qa='subscribe-promo']",
        "[data-qa='article-body-ad']",
        "[data-qa='interstitial-link']",
        ".hide-for-print",
    ),
)
