"""Marketplace (marketplace.org, American Public Media): the Drupal 7 episode/story nodes,
where the story text sits in the ``lede`` and ``body`` fields."""

from copydesk.profile import Profile

PROFILE = Profile(
    name="marketplace",
    domains=("marketplace.org",),
    title=("h1.node-title",),
    byline=(".node .inner .field-name-field-byline-description",),
    body=(
        ".node .inner .field-name-field-lede .field-item, "
        ".node .inner .field-name-body .field-item",
    ),
    drop=(".field-name-field-ref-bio-multi", ".field-name-field-links", ".view-buzzworthy"),
)
