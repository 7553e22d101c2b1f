"""TIME (time.com, newsfeed.time.com): current article pages, the 2008-2012 templates and
the 2011-2013 NewsFeed blog (a WordPress theme: ``#content > .post`` holds the story, and
the "The Latest on NewsFeed" teasers below it are ``.post`` blocks of their own)."""

from copydesk.profile import Profile

PROFILE = Profile(
    name="time",
    domains=("time.com",),
    title=(
        "h1.headline",
        "h1.article-title",
        # NewsFeed: a bare <h1> in the story's .post (teasers nested further down have h1s too).
        "#content > .post > h1",
    ),
    authors=(
        # 2008-2012: "By <span class=name>Bryan Walsh</span> <span class=date>Tuesday, ...</span>"
        # (the byline text as a whole would glue the weekday to the name).
        ".byline .name",
        # NewsFeed: "By: <a rel=author>Name</a>" in the .meta row beside the topic tags.
        "#content > .post > .meta a[rel='author']",
    ),
    body=(
        "#article-body",
        "section.article-body",
        # 2008-2012 time.com/time/ pages.
        ".articleContent",
        # NewsFeed: the story's own .entry, not the teasers' .entry blocks further down.
        "#content > .post > .entry",
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
        # NewsFeed: photo credit/caption lines under the lead image, share buttons, links out.
        ".entry > #caption",
        ".entry > #description",
        "#relatedPosts",
        "#moreFrom",
    ),
)
