"""Hearst Newspapers (ctpost.com, mysanantonio.com, seattlepi.com and the other Hearst
local sites): one shared article template with ``.article-title`` / ``.article-body``."""

from copydesk.profile import Profile

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
    byline=(".article-title .byline",),
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
