"""stern.de: the 2019 ``o-article-header`` template, where the headline is an ``h2`` whose
``data-headline`` attribute holds it without the kicker."""

from copydesk.profile import Profile, Selector

PROFILE = Profile(
    name="stern",
    domains=("stern.de",),
    title=(
        Selector(css=".o-article-header h2.a-h1-title", attr="data-headline"),
        ".title__headline",  # 2021 layout: kicker and headline in separate spans
    ),
    published=(Selector(css=".o-article-header time.a-datetime", attr="datetime"),),
    # The agency sits in a source box after the story text ("DPA", "AFP").
    credit=(".article-content > .m-source .a-text-block",),
    body=(".o-article-header .article-intro, .article-content .rtf-content-wrapper",),
    drop=(
        ".m-sharing-toolbar",
        ".o-single-image",
        ".group-teaserblock",
        ".m-ad-container",
        ".o-newsticker",
    ),
)
