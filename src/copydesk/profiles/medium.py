"""Medium (medium.com): the 2015 ``postField`` markup and the later hashed-class React
pages, where only the ``article > section`` structure is stable."""

from copydesk.profile import Profile

PROFILE = Profile(
    name="medium",
    domains=("medium.com",),
    title=("article section h1",),  # React pages; 2015 pages' og:title is the headline
    body=(
        ".postField--body .section-content",  # 2015 markup
        "article section",  # hashed-class React pages
    ),
    drop=(
        ".postMetaInline",
        ".js-postMetaLockup",
        ".metabar",
        # React pages: the author lockup (avatar, Follow, "May 2 · 4 min read") is the div
        # right after the headline (or after the subtitle); story text is never in a div there.
        "article section h1 + div",
        "article section h1 + h2 + div",
    ),
)
