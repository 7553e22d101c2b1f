"""BuzzFeed (buzzfeed.com): the 2015 ``buzz_superlist`` post template and the later
``subbuzz`` template."""

from copydesk.profile import Profile

PROFILE = Profile(
    name="buzzfeed",
    domains=("buzzfeed.com",),
    title=(
        "h1#post-title",  # 2015 template
        "h1.js-article-title",  # subbuzz template
    ),
    authors=(
        "#buzz_header .byline__author",  # 2015 template
        ".js-article-byline .bylines__name",  # subbuzz template
    ),
    body=(
        # 2015 template: each list item is a container, since items carry classes such
        # as "no_caption" that generic chrome stripping would take for furniture
        "#buzz_sub_buzz > .buzz_superlist_item",
        ".js-article-body",  # subbuzz template
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
