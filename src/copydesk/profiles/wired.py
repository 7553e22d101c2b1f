"""WIRED (wired.com): Condé Nast "Verso" article pages, the story split into chunks."""

from copydesk.profile import Profile

PROFILE = Profile(
    name="wired",
    domains=("wired.com",),
    title=("h1[data-testid='ContentHeaderHed']", "h1.content-header__hed"),
    authors=(
        "[data-testid='BylineName'] a",
        ".content-header .byline__name-link",
        ".content-header__bylines .byline__name",
    ),
    body=(
        # 2021+ Verso redesign: one BodyWrapper per chunk, paragraphs in .body__inner-container.
        ".body__inner-container",
        # 2018-2020: the story is cut into .article__chunks, each with an .article__body grid
        # item; the header's lead photo is read for its caption.
        ".content-header .lead-asset, .article__chunks .article__body",
        "article[itemprop='articleBody']",
    ),
    drop=(
        ".callout",
        ".inline-recirc-wrapper",
        ".consumer-marketing-unit",
        ".ad",
        ".pullquote-embed",
        "[data-testid='GenericCallout']",
        ".related-cne-video-component",
        # A photo's credit ("Photograph: Getty Images") beside its caption.
        "figcaption .caption__credit",
        # 2019-2020: the "More Great WIRED Stories" link list closing the last chunk.
        # (the list first: drops run in order, and the list is found through its heading).
        ".article__body > hr ~ .heading-h3 + ul",
        ".article__body > hr ~ .heading-h3",
    ),
)
