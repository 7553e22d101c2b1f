"""Captions written as paragraphs, known by their wording.

Captions in ``<figcaption>`` or a caption class are found by markup
(:mod:`~copydesk.heuristics.scoring`); these checks catch the ones a page sets as a plain
``<p>`` or ``<div>`` inside the story: text closed by the photo's credit ("... | ©
Agency/Getty Images"), a figure's numbered label ("Abbildung 4: ..."), or a gallery's
enlarge button read into the caption ("Vergrößern Die neue Halle."). The body keeps them
with the captions, not the story.
"""

from __future__ import annotations

import re

__all__ = ["CREDIT_CAPTION_MAX_CHARS", "caption_text", "is_credit_caption", "is_figure_caption"]

# A photo credit closing a line: "... | © Augusta National/Getty Images", "... Photo: Jane
# Doe/AP", "... (AP Photo/Evan Vucci)". The credit is short and has no sentence end in it.
_CREDIT_TAIL = re.compile(
    r"""
    (?:^|[\s|/–—-])(?:©|\(c\)|copyright\b|(?:photo|foto|bild|image|picture)s?\s*(?:credit)?\s*:)
        \s*[^.!?©|]{2,80}$
    |\((?:AP|AFP|Reuters|EPA|dpa)\s+(?:Photo|Foto)\b[^()]{0,80}\)$
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
    >>> is_credit_caption("The agency said the photo: was taken in 2019.")
    False
    """
    return len(text) <= CREDIT_CAPTION_MAX_CHARS and _CREDIT_TAIL.search(text) is not None
