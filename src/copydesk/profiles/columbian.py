"""The Columbian (Vancouver, Washington): WordPress theme with a breadcrumb trail."""

from copydesk.profile import Profile, Selector

PROFILE = Profile(
    name="columbian",
    domains=("columbian.com",),
    title=("h1.entry-title",),
    byline=(".entry-meta .byline",),
    published=(Selector(css=".entry-meta .posted-on", transforms=("strip_prefix:Published:",)),),
    section=(Selector(css=".breadcrumbs a", transforms=("join: / ",)),),
    body=(".entry-content",),
    drop=(".cfj-donation", ".comments-loader", ".ad-slot", ".share-bar"),
)
