"""DER SPIEGEL (spiegel.de): the July 2020 redesign, whose article element carries the
headline in ``aria-label`` and marks the story with ``data-area`` / ``data-article-el``
attributes (utility-class styling changes too often to key on)."""

from copydesk.profile import Profile, Selector

PROFILE = Profile(
    name="spiegel",
    domains=("spiegel.de",),
    title=(Selector(css='article[data-area="article"]', attr="aria-label"),),
    body=('article[data-area="article"] header .leading-loose, [data-article-el="body"]',),
    drop=(
        '[data-app-hidden="true"]',
        '[data-article-el="body"] aside',
        '[data-area="related_articles"]',
        '[data-area="paywall"]',
    ),
)
