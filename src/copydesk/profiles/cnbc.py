"""CNBC (cnbc.com): PageBuilder "ArticleBody" pages (2018+) and older story templates."""

from copydesk.profile import Profile

PROFILE = Profile(
    name="cnbc",
    domains=("cnbc.com",),
    title=("h1.ArticleHeader-headline", "h1.title"),
    authors=(
        # Related-story cards further down also carry author names (.Card-byline).
        {"css": ".ArticleHeader-author .Author-authorName", "transforms": ["dedupe"]},
    ),
    body=(
        # 2018+: story paragraphs are grouped in .group divs; key points, videos and image
        # embeds sit between the groups. The image embeds are read for their captions.
        ".ArticleBody-articleBody .group, .ArticleBody-articleBody .InlineImage-imageEmbed",
        ".ArticleBody-articleBody",
        # 2014-2018.
        "#article_body",
        "[itemprop='articleBody']",
        # 2011 blog template.
        "#cnbc_textbody .storyBody",
    ),
    drop=(
        # A photo's credit ("Scott Olson | Getty Images"); its caption goes to the captions.
        ".InlineImage-imageEmbedCredit",
        ".InlineVideo-wrapper",
        "[id^='Placeholder-ArticleBody-Video']",
        ".RelatedContent-relatedContent",
        ".ArticleBody-subtitle",
        ".BulletedList-container",
        ".PageBuilder-sidebar",
        "[data-module='ArticleAd']",
        ".InlineAd",
        ".cnbc-newsletter-signup",
    ),
)
