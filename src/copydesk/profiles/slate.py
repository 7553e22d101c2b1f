"""Slate (slate.com): Clay CMS article pages (slate-paragraph components)."""

from copydesk.profile import Profile

PROFILE = Profile(
    name="slate",
    domains=("slate.com",),
    # The page's JSON-LD headline is often an SEO variant; the visible headline is the <h1>.
    title=("h1.article__hed",),
    authors=({"css": ".article__byline .article__author", "transforms": ["dedupe"]},),
    published=({"css": "time.article__timestamp[itemprop='datePublished']", "attr": "content"},),
    body=(".article__content", "[itemprop='articleBody']"),
    drop=(
        ".in-article-recirc",  # "More on ..." list inside the story
        # Photos stay for their captions; the credit line under each goes
        # ("Photo illustration by Slate. Photo by ...").
        ".article__content figure .image__credit",
        ".newsletter-signup",
        ".slate-ad",
        ".social-share",
        ".article__content .pullquote",
    ),
)
