"""The Independent (independent.co.uk): styled-components pages with hashed classes, so the
profile keys on ids (``#articleHeader``, ``#main``) and the ``article:author_name`` meta."""

from copydesk.profile import Profile, Selector

PROFILE = Profile(
    name="independent",
    domains=("independent.co.uk",),
    title=("#articleHeader h1",),
    authors=(Selector(css="meta[property='article:author_name']", attr="content"),),
    body=("#main",),
    drop=(
        "#main .inline-readmore",
        "#main .ad-wrapper",
        "#main [data-video-provider]",
        "#main .newsletter-signup",
    ),
)
