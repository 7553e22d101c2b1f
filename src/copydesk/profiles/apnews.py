"""The Associated Press (apnews.com, and member-site copies on hosted.ap.org)."""

from copydesk.profile import Profile

PROFILE = Profile(
    name="apnews",
    domains=("apnews.com", "hosted.ap.org"),
    title=(
        "h1.Page-headline",
        "[data-key='card-headline'] h1",
        ".CardHeadline h1",
        # hosted.ap.org: the page's <h1> is the member site's logo; the story is an <h2>.
        ".ap-story h2.ap-story-headline",
    ),
    byline=(
        ".Page-authors",
        "[class^='Component-bylines']",
        ".ap-story-byline .field-name-field-byline-original",
    ),
    credit=(".ap-story-byline .field-name-field-byline-title",),
    body=(
        # 2023+ apnews.com.
        ".RichTextStoryBody",
        # 2019-2022 apnews.com.
        "div.Article[data-key='article']",
        # hosted.ap.org keeps the story in a custom <block> element.
        ".ap-story > block",
    ),
    drop=(
        ".ap-story-media-blk-wrap",  # "View all (23)" photo grid inside the story
        ".bottom-social-share",
        ".block-ap-hosted-rightsidebar-widget",
        ".block-hosted-article",
        ".Page-below",
        ".Advertisement",
        "bsp-list-loadmore",
        ".RichTextStoryBody .Enhancement",
        "[data-key='related-story-embed']",
        "[data-key='embed-ad']",
        ".ad-placeholder",
    ),
)
