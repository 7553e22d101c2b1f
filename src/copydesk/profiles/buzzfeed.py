"""BuzzFeed (buzzfeed.com): the 2015 ``buzz_superlist`` post template; later pages are left
to the generic rules."""

from copydesk.profile import Profile

PROFILE = Profile(
    name="buzzfeed",
    domains=("buzzfeed.com",),
    title=("h1#post-title",),
    authors=("#buzz_header .byline__author",),
    body=(
        # 2015 template: each list item is a container, since items carry classes such
        # as "no_caption" that generic chrome stripping would take for furniture
        "#buzz_sub_buzz > .buzz_superlist_item",
    ),
    drop=(
        ".share-box",
        ".buzz_superlist_number_inline",
        ".js-hidden-caption",
        ".sub_buzz_grid_source_via",  # image credits ("Facebook", "Getty Images")
        ".sub_buzz_source_via",
        ".subbuzz__attribution",
        ".print",
    ),
)
