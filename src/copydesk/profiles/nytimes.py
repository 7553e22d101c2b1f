"""The New York Times (nytimes.com): React article pages (2018+) and the older story template."""

from copydesk.profile import Profile

PROFILE = Profile(
    name="nytimes",
    domains=("nytimes.com",),
    title=("h1[data-testid='headline']", "h1[itemprop='headline']", "h1#headline"),
    body=(
        # 2018+: the paragraphs sit in StoryBodyCompanionColumn blocks; charts and "More
        # about ..." link boxes between them are siblings, so they stay out. The standfirst
        # under the headline (#article-summary; in 2018 a bare <p> child of the header) is
        # the story's opening, read first. The photo viewers (the lead photo in the header,
        # others in the story) are read for their captions only.
        "article#story > header > p, article#story [data-testid='photoviewer-children'],"
        " section[name='articleBody'] .StoryBodyCompanionColumn",
        "section[name='articleBody']",
        # 2014-2017 template: the story is split into .story-body blocks (related-story cards
        # reuse the class deeper down, hence the child combinator).
        ".story-body-supplemental > .story-body",
        "#story-body",
    ),
    drop=(
        "#NYT_BELOW_MAIN_CONTENT_REGION",
        "[data-testid='inline-message']",
        "[data-testid='brand-bar']",
        # A photo viewer's image, its screen-reader label ("Image") and anything beside the
        # photo (slideshow buttons): the caption stays.
        "[data-testid='photoviewer-children'] > :not(figure)",
        "[data-testid='photoviewer-children'] figure > :not(figcaption)",
        ".bottom-of-article",
        ".story-interrupter",
        ".ad",
        ".story-ad",
        "[id^='story-ad-']",
        ".nytint-post-footer",
    ),
)
