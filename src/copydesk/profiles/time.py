"""TIME (time.com, newsfeed.time.com): current article pages and the 2008-2012 templates."""

from copydesk.profile import Profile

PROFILE = Profile(
    name="time",
    domains=("time.com",),
    title=("h1.headline", "h1.article-title"),
    authors=(
        # 2008-2012: "By <span class=name>Bryan Walsh</span> <span class=date>Tuesday, ...</span>"
        # (the byline text as a whole would glue the weekday to the name).
        ".byline .name",
    ),
    body=(
        "#article-body",
        "section.article-body",
        # 2008-2012 time.com/time/ pages.
        ".articleContent",
    ),
    drop=(
        ".component.ad",
        ".inline-recirc",
        ".jumpstart-video",
        ".newsletter-callout",
        ".author-feedback-text",
        ".article-bottom",
        ".articleContent .inlineRelated",
        ".articleContent .adBox",
    ),
)
