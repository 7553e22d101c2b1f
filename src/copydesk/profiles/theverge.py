"""The Verge (theverge.com): Vox Media Chorus pages (to 2022) and the "duet" redesign."""

from copydesk.profile import Profile

PROFILE = Profile(
    name="theverge",
    domains=("theverge.com",),
    title=("h1.c-page-title", "article h1.font-polysans"),
    authors=(
        {"css": ".c-byline .c-byline__author-name", "transforms": ["dedupe"]},
        {"css": ".duet--article--article-byline a[href*='/authors/']", "transforms": ["dedupe"]},
    ),
    # Chorus: "Filed under" lists the story's groups, its main one first. The JSON-LD
    # articleSection is a placement ("Front Page"), not a section.
    section=(".c-entry-group-labels .c-entry-group-labels__item",),
    body=(
        # 2022+: one component per paragraph run.
        ".duet--article--article-body-component",
        # Chorus (2014-2022).
        ".c-entry-content",
    ),
    drop=(
        ".c-float-right aside",  # pull quotes repeating the story's own sentences
        ".c-float-left aside",
        ".c-read-more",
        ".c-related-list",
        ".m-ad",
        ".c-newsletter_signup_box",
        ".duet--article--related-links",
    ),
)
