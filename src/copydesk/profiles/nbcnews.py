"""NBC News (nbcnews.com): Next.js article pages (2019+)."""

from copydesk.profile import Profile

PROFILE = Profile(
    name="nbcnews",
    domains=("nbcnews.com",),
    title=("h1.article-hero-headline__htag", "h1[data-test='article-hero__headline']"),
    byline=(
        # 2022+: "By <span class=byline-name>A</span> and <span class=byline-name>B</span>".
        ".article-inline-byline",
    ),
    authors=(
        # 2019-2021: one .articleByline__name per author (a bio paragraph follows it).
        {"css": ".articleByline .articleByline__name", "transforms": ["dedupe"]},
    ),
    # The headline's "unibrow" names the section ("World", "U.S. news"); the metadata's
    # articleSection is the site-wide "news".
    section=(".articleTitleSection",),
    body=(
        # The story is split around ads into several .article-body__content blocks.
        ".article-body__content",
    ),
    drop=(
        "#emailSignup",
        "[data-test='email-signup']",
        ".ad-container",
        "[data-activity-map='inline-recommended-stories']",
        ".recommended-intersection-ref",
        ".inline-video",
        ".taboola-container",
        ".article-body__content .expanded-byline",
    ),
)
