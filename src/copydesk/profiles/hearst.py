"""Hearst Newspapers (ctpost.com, mysanantonio.com, seattlepi.com and the other Hearst
local sites): one shared article template with ``.article-title`` / ``.article-body``."""

from copydesk.profile import Profile, Selector

#: The headline block's byline line, when it names the AP in the site's title case.
_BYLINE = (
    "normalize-space(//*[contains(concat(' ', normalize-space(@class), ' '), ' article-title ')]"
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' byline ')][contains(., ', Ap ')])"
)

PROFILE = Profile(
    name="hearst",
    domains=(
        "ctpost.com",
        "mysanantonio.com",
        "expressnews.com",
        "seattlepi.com",
        "sfgate.com",
        "sfchronicle.com",
        "chron.com",
        "houstonchronicle.com",
        "timesunion.com",
        "nhregister.com",
        "newstimes.com",
        "stamfordadvocate.com",
        "greenwichtime.com",
        "thehour.com",
        "middletownpress.com",
        "registercitizen.com",
        "beaumontenterprise.com",
        "lmtonline.com",
        "mrt.com",
        "myplainview.com",
        "ourmidland.com",
        "theintelligencer.com",
    ),
    title=(".article-title h1.headline",),
    # Wire bylines end in the writer's AP beat, with the agency title-cased by the site
    # ("Tom Roe, Ap Auto Writer"): read as is, "Ap Auto" would be a second author and the
    # agency lost. The first candidate gives the agency its capitals back ("Tom Roe, AP Auto
    # Writer": one person, organisation AP); the regex drops what a page without such a
    # byline leaves of the concat (", AP").
    byline=(
        Selector(
            xpath=f"concat(substring-before({_BYLINE}, ', Ap '), ', AP ',"
            f" substring-after({_BYLINE}, ', Ap '))",
            transforms=(r"regex:^(\w.*)$",),
        ),
        Selector(
            css=".article-title .byline",
            transforms=(r"remove:(?i)(?<=,\sAP)\s+(?:\w+\s+){0,3}?Writers?\s*$",),
        ),
    ),
    body=(".article-content .article-body",),
    drop=(
        ".article-body .ad-container",
        ".article-body .hnp-ad",
        ".article-body .related-articles",
        ".article-body .embedded-gallery",
        ".article-body .ap-video",
        ".article-body .newsletter-signup",
    ),
)
