"""Marketplace (marketplace.org, American Public Media): the Drupal 7 episode/story nodes,
where the story text sits in the ``lede`` and ``body`` fields and the date in a panel pane."""

from copydesk.profile import Profile, Selector

PROFILE = Profile(
    name="marketplace",
    domains=("marketplace.org",),
    title=("h1.node-title",),
    published=(Selector(css=".pane-node-field-date .date-display-single", attr="content"),),
    body=(
        ".node .inner .field-name-field-lede .field-item, "
        ".node .inner .field-name-body .field-item",
    ),
    drop=(".field-name-field-ref-bio-multi", ".field-name-field-links", ".view-buzzworthy"),
)
