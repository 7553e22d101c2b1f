"""Engadget (engadget.com): the AOL-era block layout, the Yahoo "caas" body and the 2010 blog."""

from copydesk.profile import Profile, Selector

PROFILE = Profile(
    name="engadget",
    domains=("engadget.com",),
    # 2010-2013 blog: "By Jane Roe posted Aug 18th 2010 7:30PM"; the posting time goes.
    byline=(Selector(css=".post_byline", transforms=(r"regex:^(.+?)\s+posted\b",)),),
    authors=(
        {"css": ".caas-attr-meta .caas-author-byline-collapse a", "transforms": ["dedupe"]},
        # 2015-2019: the article header's author link (feed items below reuse the class).
        {"css": "header a.th-meta[href*='/about/editors/']", "transforms": ["dedupe"]},
    ),
    body=(
        # 2020+ Yahoo platform.
        ".caas-body",
        # 2015-2019: the story is cut into .o-article_block rows, text in .article-text. A
        # review adds a scorecard row after the intro: the score, price and "Buy" button
        # stay out, but its Pros, Cons and Summary (the reviewer's verdict, under headings
        # saying so) are the review's own text, read in place. The photos between the text
        # rows ("breakouts") are read for their captions.
        Selector(
            xpath=(
                "//*[@id='page_body']//*[contains(concat(' ', normalize-space(@class), ' '),"
                " ' article-text ')]"
                " | //*[@id='page_body']//*[self::h4 or self::h5]"
                "[normalize-space()='Pros' or normalize-space()='Cons'"
                " or normalize-space()='Summary']/.."
                " | //*[@id='page_body']//*[@data-engadget-breakout-type='image']"
            )
        ),
        ".article-text",
        # 2010-2013 blog template.
        ".post_body",
    ),
    drop=(
        ".caas-readmore",
        ".caas-da",
        ".o-gallery",
        ".gallery-ad",
        "[data-component='ReviewSummary']",
        ".post_body .read_more",
    ),
)
