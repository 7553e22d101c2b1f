"""The Daily Planet (dailyplanet.example): a made-up outlet with a hand-rolled CMS.

Its pages put the byline and the date in one line ("By Lois Lane and Clark Kent | Dec 4,
2024"), mark the story with ``data-component`` attributes, and wedge a newsletter box and a
"Read more" list into the story text.
"""

from copydesk import Profile, Selector

PROFILE = Profile(
    name="dailyplanet",
    domains=("dailyplanet.example",),
    description="The Daily Planet, Metropolis",
    title=("h1[data-component='headline']",),
    # "By Lois Lane and Clark Kent | Dec 4, 2024": keep what precedes the bar.
    byline=(Selector(css=".dp-meta", transforms=("regex:^([^|]+)",)),),
    # The machine-readable date is on <time>; the "Dec 4" text is the fallback.
    published=(
        Selector(css=".dp-meta time", attr="datetime"),
        Selector(css=".dp-meta", transforms=(r"regex:\|\s*(.+)$",)),
    ),
    section=(Selector(css="nav.dp-crumbs a", transforms=("last",)),),
    body=("[data-component='story-body']",),
    drop=(".dp-newsletter", ".dp-read-more"),
)
