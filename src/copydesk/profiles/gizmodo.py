"""Gizmodo (gizmodo.com): Kinja pages (2012-2022) and the WordPress site that followed."""

from copydesk.profile import Profile

PROFILE = Profile(
    name="gizmodo",
    domains=("gizmodo.com",),
    body=(
        # 2023+ WordPress.
        "article .entry-content",
        # Kinja 2019-2022 (React): the story, without the "starter post" header chrome.
        ".js_post-content .js_expandable-container",
        ".js_post-content",
        # Kinja 2012-2018.
        "article.post .post-content",
    ),
    drop=(
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
