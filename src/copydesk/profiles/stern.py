"""stern.de: the 2019 ``o-article-header`` template, where the headline is an ``h2`` whose
``data-headline`` attribute holds it without the kicker, and the later ``article__body``
templates (2021 on), whose byline is an ``authors__list``."""

from copydesk.profile import Profile, Selector

PROFILE = Profile(
    name="stern",
    domains=("stern.de",),
    title=(Selector(css=".o-article-header h2.a-h1-title", attr="data-headline"),),
    authors=(
        # 2021+ templates: a linked name, or plain text for agency authors
        "li.authors__list-item > a, li.authors__list-item > .typo-article-info-bold",
        # 2019 template: an agency story names no author; the source box after the text does
        # ("DPA"), while the JSON-LD credits the publisher (STERN.de). Only when the JSON-LD
        # names no person, so a reporter's story keeps its reporter.
        Selector(
            xpath="//div[contains(concat(' ', normalize-space(@class), ' '), ' article-content ')]"
            "/div[contains(concat(' ', normalize-space(@class), ' '), ' m-source ')]"
            "/div[contains(concat(' ', normalize-space(@class), ' '), ' a-text-block ')]"
            "[not(//script[@type='application/ld+json'][contains(., '\"Person\"')])]"
        ),
    ),
    published=(Selector(css=".o-article-header time.a-datetime", attr="datetime"),),
    # The agency sits in a source box after the story text ("DPA", "AFP").
    credit=(".article-content > .m-source .a-text-block",),
    body=(
        ".o-article-header .article-intro, .article-content .rtf-content-wrapper",  # 2019
        ".article__body",  # 2021+ templates: intro, text elements and subheads in one column
    ),
    drop=(
        ".m-sharing-toolbar",
        ".o-single-image",
        ".group-teaserblock",
        ".m-ad-container",
        ".o-newsticker",
    ),
)
