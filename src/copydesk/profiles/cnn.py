"""CNN (cnn.com): the 2023+ "article__content" pages and the 2015-2022 zone/container layout."""

from copydesk.profile import Profile

PROFILE = Profile(
    name="cnn",
    domains=("cnn.com",),
    title=("h1[data-editable='headlineText']", "h1.headline__text", "h1.pg-headline"),
    authors=({"css": ".byline__names .byline__name", "transforms": ["dedupe"]},),
    byline=(
        # 2015-2022: "Analysis by Chris Cillizza, CNN Editor-at-large"; the story-type word
        # (Analysis, Opinion, Review) is not part of the byline.
        {
            "css": ".metadata__byline__author",
            "transforms": ["remove:^\\s*(?:Analysis|Opinion|Review|Commentary|Perspective)\\s+"],
        },
    ),
    published=(
        # The page also carries a VideoObject whose uploadDate is not the story's date.
        {"css": "meta[property='article:published_time']", "attr": "content"},
        {"css": "meta[name='pubdate']", "attr": "content"},
        {"css": "meta[itemprop='datePublished']", "attr": "content"},
    ),
    body=(
        # 2023+.
        ".article__content",
        # 2015-2022: paragraphs are .zn-body__paragraph blocks in the body-text zone (most of
        # them inside .zn-body__read-all, which is the story, not a "read all" link).
        "section#body-text",
        "[itemprop='articleBody']",
    ),
    drop=(
        ".el__embedded",  # inline video and gallery embeds
        ".ad-slot",
        ".ad-feedback-link-container",
        "[data-component-name='ad-slot-header']",
        ".related-content",
        ".source__location",
    ),
)
