"""Captions written as paragraphs, known by their wording.

Captions in ``<figcaption>`` or a caption class are found by markup
(:mod:`~copydesk.heuristics.scoring`); these checks catch the ones a page sets as a plain
``<p>`` or ``<div>`` inside the story: text closed by the photo's credit ("... | ©
Agency/Getty Images"), a figure's numbered label ("Abbildung 4: ..."), or a gallery's
enlarge button read into the caption ("Vergrößern Die neue Halle."). The body keeps them
with the captions, not the story. :func:`legend_caption` knows one more caption box by markup:
the "legend" class (French *légende*, Portuguese *legenda*) of a photo wrapper's caption.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from copydesk.heuristics.blocks import is_link

__all__ = [
    "CREDIT_CAPTION_MAX_CHARS",
    "caption_text",
    "is_credit_caption",
    "is_figure_caption",
    "is_page_wrapper",
    "is_photo_credit_line",
    "is_teaser_title",
    "legend_caption",
]

# A photo credit closing a line: "... | © Augusta National/Getty Images", "... Photo: Jane
# Doe/AP", "... (AP Photo/Evan Vucci)". The credit is short and has no sentence end in it.
_CREDIT_TAIL = re.compile(
    r"""
    (?:^|[\s|/–—-])(?:©|\(c\)|copyright\b|(?:photo|foto|bild|image|picture)s?\s*(?:credit)?\s*:)
        \s*[^.!?©|]{2,80}$
    |\((?:AP|AFP|Reuters|EPA|dpa)\s+(?:Photo|Foto)\b[^()]{0,80}\)$
    # "... (Image: Getty)", "... (Photo: Reuters)": the credit in brackets, tabloid style.
    |\((?:photo|foto|bild|image|picture)s?\s*(?:credit)?\s*:[^().!?]{2,60}\)$
    # "... (NASA via AP, File)": a handout photo an agency moved, AP style.
    |\([^()]{0,60}\bvia\s+(?:AP|AFP|Reuters|EPA|dpa)\b[^()]{0,20}\)$
    |/\s?(?:getty\s+images|afp|reuters|dpa|epa|shutterstock|istock(?:photo)?|imago|alamy)\W*$
    """,
    re.VERBOSE | re.IGNORECASE,
)
#: A photo caption is a sentence or two; a longer block ending in a credit is prose.
CREDIT_CAPTION_MAX_CHARS = 300


# A figure's numbered label opening its caption: "Abbildung 4: ...", "Figure 2. ...",
# "Abb. 3 – ...". A story sentence refers to a figure ("as Figure 2 shows"); it does not
# open with its label and a colon or full stop.
_FIGURE_LABEL = re.compile(
    r"""^\W*(?:abbildung|abb\.|figure|fig\.|grafik|illustration|bild|foto|photo|image)
        \s?\d{1,3}[a-z]?\s?[:.–—]\s""",
    re.VERBOSE | re.IGNORECASE,
)
# The label of a photo's enlarge button read into its caption ("Vergrößern Die neue ..."),
# followed by the caption's first word; not an imperative ("Vergrößern Sie das Bild").
_ENLARGE_PREFIX = re.compile(
    r"^(?i:vergr(?:ö|oe)(?:ß|ss)ern|enlarge(?:\s+this\s+image)?|agrandir|ampliar)"
    r"\s+(?!Sie\b)(?=[A-ZÄÖÜ])",
)


def is_figure_caption(text: str) -> bool:
    """True for a photo or figure caption written as a paragraph, known by how it opens.

    Page shape: reports and how-tos that caption figures in a ``<p><em>`` ("Abbildung 4:
    klassische Schwachschicht."), and galleries whose enlarge button's label runs into
    the caption ("Vergrößern Die Aussparung für die Kamera").

    >>> is_figure_caption("Abbildung 4: klassische Schwachschicht."), is_figure_caption(
    ...     "Vergrößern Eine runde Aussparung für die Kamera.")
    (True, True)
    >>> is_figure_caption("As Figure 4 shows, the layer is weak."), is_figure_caption(
    ...     "Vergrößern Sie das Bild mit einem Klick, dann sehen Sie mehr.")
    (False, False)
    """
    if len(text) > CREDIT_CAPTION_MAX_CHARS:
        return False
    return _FIGURE_LABEL.match(text) is not None or _ENLARGE_PREFIX.match(text) is not None


# A photo's credit line on its own: "Photo: Jane Doe, AP", "Foto: dpa", "Image © Getty".
_CREDIT_LINE = re.compile(
    r"^\W*(?:photo|image|picture|foto|bild)s?(?:\s+(?:credit|courtesy))?\s*[:©]\s*\S.{0,80}$",
    re.IGNORECASE,
)


# A photographer and the agency, alone on the line: "Michael Conroy, AP", "Jane Doe/AFP".
_PHOTOGRAPHER_LINE = re.compile(
    r"""^(?-i:[A-Z])[\w.'’-]*(?:\s(?-i:[A-Z])[\w.'’-]*){0,3}\s?[,/]\s?
        (?:AP|AFP|Reuters|EPA|dpa|Getty\s+Images|Bloomberg|Shutterstock|Imago)(?:\s+Photo)?$""",
    re.VERBOSE | re.IGNORECASE,
)


def is_photo_credit_line(text: str) -> bool:
    """True for a photo's credit, alone or closing its caption.

    >>> is_photo_credit_line("Photo: Damian Dovarganes, AP"), is_photo_credit_line("Foto: dpa")
    (True, True)
    >>> is_photo_credit_line("The president speaks in Ohio. (AP Photo/Evan Vucci)")
    True
    >>> is_photo_credit_line("Michael Conroy, AP"), is_photo_credit_line("Jane Doe/AFP")
    (True, True)
    >>> is_photo_credit_line("Photos of the bridge went around the world on Monday.")
    False
    >>> is_photo_credit_line("He said so, AP"), is_photo_credit_line("Michael Conroy")
    (False, False)
    """
    return (
        _CREDIT_LINE.match(text) is not None
        or _PHOTOGRAPHER_LINE.match(text) is not None
        or is_credit_caption(text)
    )


def caption_text(text: str) -> str:
    """A caption without its enlarge button's label.

    >>> caption_text("Vergrößern Die neue Halle."), caption_text("Figure 2: A chart.")
    ('Die neue Halle.', 'Figure 2: A chart.')
    """
    return _ENLARGE_PREFIX.sub("", text, count=1)


def is_credit_caption(text: str) -> bool:
    """True for a photo caption written as a paragraph: text closed by the photo's credit.

    Page shape: galleries and inline photos whose caption is a ``<p>`` or ``<div>`` (no
    ``figcaption``) ending in "| © Agency/Getty Images" or "(AP Photo/Name)".

    >>> is_credit_caption("Lee Elder at the Masters in 1975. | © Augusta National/Getty Images")
    True
    >>> is_credit_caption("The president speaks in Ohio. (AP Photo/Evan Vucci)")
    True
    >>> is_credit_caption("Protesters march in June (Image: GETTY )")
    True
    >>> is_credit_caption("Two astronauts on a space walk. (NASA via AP, File)")
    True
    >>> is_credit_caption("The agency said the photo: was taken in 2019.")
    False
    >>> is_credit_caption("The photos (image: the one above) went around the world.")
    False
    """
    return len(text) <= CREDIT_CAPTION_MAX_CHARS and _CREDIT_TAIL.search(text) is not None


# Class names are split into word tokens on "-", "_" and camelCase humps ("yom-figure",
# "legendPhoto", "cell legenda").
_CLASS_TOKEN = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")
# "legend" in English class names, "legende" in French and German ones, "legenda" in
# Portuguese and Italian ones: a photo's caption when a photo wrapper holds it.
_LEGEND_TOKENS = frozenset({"legend", "legende", "legenda"})
# Tokens before "legend" that make the class a state flag ("no-legend", "has-legend").
_LEGEND_NEGATIONS = frozenset({"no", "not", "has", "with", "without", "show", "hide", "is"})
# Class words of a wrapper that holds a picture (and its caption).
_PHOTO_TOKENS = frozenset(
    {
        "figure", "fig", "photo", "foto", "image", "img", "picture", "pic", "media",
        "illustration", "visuel", "visual", "bild", "imagen", "imagem", "immagine",
    }
)  # fmt: skip
#: A "legend" is looked for a photo wrapper this many ancestors up ...
LEGEND_WRAPPER_LEVELS = 3
#: ... with at most this much text beside the legend's own (a credit, "View photo"): a
#: photo box is a picture and its caption; a "media-story" box with a legend somewhere in
#: its text is the story, not a photo.
LEGEND_WRAPPER_OTHER_CHARS = 300
# Tags never taken for a legend caption: a form's <legend>, and the figure itself (its
# caption is found inside it).
_NOT_LEGEND_TAGS = frozenset({"legend", "figure", "fieldset", "body", "html"})


def _class_tokens(cls: str | None) -> list[list[str]]:
    return [[t.lower() for t in _CLASS_TOKEN.findall(word)] for word in (cls or "").split()]


def _names_legend(cls: str | None) -> bool:
    for tokens in _class_tokens(cls):
        for i, token in enumerate(tokens):
            if token in _LEGEND_TOKENS and (i == 0 or tokens[i - 1] not in _LEGEND_NEGATIONS):
                return True
    return False


def _names_photo(cls: str | None) -> bool:
    return any(t in _PHOTO_TOKENS for tokens in _class_tokens(cls) for t in tokens)


def legend_caption(el: HtmlElement) -> bool:
    """True for a photo caption set as a "legend": the legend class inside a photo wrapper.

    Page shape: Yahoo's 2011-15 pages (``<div class="yom-figure"><figure><img></figure>
    <p class="legend">``) and French, Portuguese and Italian sites (``<div class="photo">
    <img><div class="legende">``). Only inside a figure or a photo/image/media wrapper (or
    with a photo word in its own class, "photo-legend"): a chart's legend in the story
    text, or a form's ``<legend>``, is not a caption.

    >>> import lxml.html
    >>> box = lxml.html.fragment_fromstring(
    ...     "<div class='yom-figure'><img src='a.jpg'><p class='legend'>A man.</p></div>")
    >>> legend_caption(box.find("p"))
    True
    >>> chart = lxml.html.fragment_fromstring(
    ...     "<div class='chart'><p class='legend'>Blue: exports.</p></div>")
    >>> legend_caption(chart.find("p"))
    False
    """
    cls = el.get("class")
    if not cls or "legend" not in cls.lower() or el.tag in _NOT_LEGEND_TAGS:
        return False
    if not _names_legend(cls):
        return False
    if _names_photo(cls):
        return True
    for level, wrapper in enumerate(el.iterancestors()):
        if level >= LEGEND_WRAPPER_LEVELS:
            break
        if wrapper.tag == "figure" or _names_photo(wrapper.get("class")):
            other = len(wrapper.text_content()) - len(el.text_content())
            return other <= LEGEND_WRAPPER_OTHER_CHARS
    return False


#: A caption may hold a paragraph or two (the caption and its credit); more is a wrapper.
CAPTION_MAX_PARAGRAPHS = 2
#: ... and a wrapper holds a page's worth of text, more than any caption (or teaser box).
PAGE_WRAPPER_MIN_CHARS = 1000


def is_page_wrapper(el: HtmlElement) -> bool:
    """True for an element that holds a page section, whatever its class says.

    Page shape: CMS themes put state words on the page's outer ``<div>``
    (``class="section_id_1 right-column-shift caption page"``); read as a caption box, the
    whole story would go with the captions. A real caption, or a teaser box named
    "caption-teaser", holds a line or two.

    >>> import lxml.html
    >>> story = "<p>" + "A sentence of the story. " * 20 + "</p>"
    >>> page = lxml.html.fragment_fromstring(f"<div class='caption page'>{story * 3}</div>")
    >>> is_page_wrapper(page)
    True
    >>> cap = lxml.html.fragment_fromstring(
    ...     "<div class='caption'><p>A man walks.</p><p>Photo: AP</p></div>")
    >>> is_page_wrapper(cap)
    False
    """
    paragraphs = sum(1 for _ in el.iterdescendants("p"))
    return paragraphs > CAPTION_MAX_PARAGRAPHS and len(el.text_content()) >= PAGE_WRAPPER_MIN_CHARS


#: A "caption" box whose text is mostly the link of its card's thumbnail is a teaser's title.
TEASER_CAPTION_MIN_LINK_SHARE = 0.5
#: The card holding the thumbnail is at most this many levels above the caption box.
TEASER_CARD_LEVELS = 2


def is_teaser_title(el: HtmlElement, text: str) -> bool:
    """A related story's headline beside its thumbnail, in a box named "caption".

    Page shape: a related-stories card (``<a href=X><img></a>`` then ``<div
    class="...-caption"><a href=X>Headline</a></div>``): removed, but not a photo caption.
    A photo caption links elsewhere than its photo ("Photo: Jane via Unsplash"), or to the
    full-size image file, so it is kept.
    """
    card_links: set[str] = set()
    for level, card in enumerate(el.iterancestors()):
        if level >= TEASER_CARD_LEVELS:
            break
        for a in card.iter("a"):
            href = a.get("href")
            if (
                href
                and is_link(a)
                and next(a.iter("img"), None) is not None
                and _IMAGE_FILE.search(href) is None
            ):
                card_links.add(href)
    if not card_links:
        return False
    linked = sum(len(_text_of(a)) for a in el.iter("a") if a.get("href") in card_links)
    return linked >= TEASER_CAPTION_MIN_LINK_SHARE * len(text)


# A link to the photo's own file (a lightbox's full-size image), not to another page.
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|svg|tiff?)(?:[?#].*)?$", re.IGNORECASE)


def _text_of(el: HtmlElement) -> str:
    return " ".join(" ".join(el.itertext()).split())
