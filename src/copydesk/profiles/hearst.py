"""Hearst Newspapers (ctpost.com, mysanantonio.com, seattlepi.com and the other Hearst
local sites): one shared article template with ``.article-title`` / ``.article-body``."""

from copydesk.profile import Profile, Selector

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
    # Wire bylines end in the writer's AP beat, title-cased by the site ("Tom Roe, Ap Auto
    # Writer"); that suffix is a job title, not a second author.
    byline=(
        Selector(
            css=".article-title .byline",
            transforms=(r"remove:(?i),\s*AP\s+(?:\w+\s+){0,3}?Writers?\s*$",),
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
