"""Al Bawaba (albawaba.com): Drupal 8 layout-builder pages; the story is the node body
block, not the site's many other ``field--name-body`` blocks."""

from copydesk.profile import Profile

PROFILE = Profile(
    name="albawaba",
    domains=("albawaba.com",),
    title=("h1.page-header",),
    body=(".block-field-blocknodearticlebody .field--name-body",),
    drop=(".block-field-blocknodearticlebody .syndigate-compyrights",),
)
