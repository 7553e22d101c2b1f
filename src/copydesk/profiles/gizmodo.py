"""Gizmodo (gizmodo.com): Kinja pages (2012-2022) and the WordPress site that followed."""

from copydesk.profile import Profile

PROFILE = Profile(
    name="gizmodo",
    domains=("gizmodo.com",),
    body=(
        # 2023+ WordPress.
        "article .entry-content",
        # Kinja 2019-2022 (React): the story (.js_expandable-container) and the lead photo
        # beside it, read for its caption; the rest of the "starter post" goes (drop below).
        ".js_post-content:has(> .js_expandable-container)",
        ".js_post-content",
        # Kinja 2012-2018.
        "article.post .post-content",
    ),
    drop=(
        # Kinja 2019-2022: all of the starter post but the story and the lead photo ...
        ".js_post-content:has(> .js_expandable-container)"
        " > :not(figure):not(.js_expandable-container)",
        # ... and a photo's credit line ("Photo: Getty Images", "Screenshot: Gizmodo"), below
        # its caption or, on a photo without one, in its place (class "no-caption").
        ".js_post-content figure .below-caption",
        ".js_post-content figure .no-caption",
        ".ad-container",
        ".ad-unit",
        ".js_ad-mobile-dynamic",
        ".js_ad-dynamic",
        ".js_commerce-inset-permalink",
        ".movable-ad",
        ".instream-native-video",
        ".inset--story",  # Kinja "related story" insets
        ".js_related-stories-inset",
        ".referenced-item",  # 2013: cards quoting other Gizmodo posts
        "aside.related-posts",
    ),
)
