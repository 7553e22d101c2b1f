"""Pop-up cards set inside running text: a name's hover card (photo, links to the person's
page and stories), hidden until the reader points at the name.

Read as text such a card runs into the sentence ("Gov. Jane DoeJane Lynn DoeDoe doubles
down ..."). :mod:`~copydesk.heuristics.scoring` drops it as furniture: by its class when
the page names it ("rollover-people-block"), by its shape when the class says nothing.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from copydesk.heuristics.boilerplate import is_popup_class

__all__ = ["is_hover_card", "is_popup_card"]


def is_popup_card(el: HtmlElement, link_density: float) -> bool:
    """A pop-up card inside running text: a pop-up box nested in a pop-up trigger.

    The trigger's own word (``<a class="rollover-people-link">Name</a>``) is a link with no
    child elements and stays; the card is a box of elements (photo, links) and goes. Where
    the class names say nothing, the card is told by its shape (:func:`is_hover_card`).
    """
    if el.tag == "a" or len(el) == 0:
        return False
    if not is_popup_class(el.get("class")):
        return is_hover_card(el, link_density)
    parent = el.getparent()
    return parent is not None and is_popup_class(parent.get("class"))


#: A hover card holds at least this many links (the person's page and their stories) ...
HOVER_CARD_MIN_LINKS = 3
#: ... and is nearly all links.
HOVER_CARD_MIN_LINK_DENSITY = 0.8


def is_hover_card(el: HtmlElement, link_density: float) -> bool:
    """An inline box right after a link, holding a photo and a run of links: a hover card.

    Page shape: ``<a href="/people/x">Jane Doe</a><span><img ..><a>Jane Lynn Doe</a><a>Her
    story</a><a>Another story</a><a>MORE</a></span> said on Monday ...`` inside a
    paragraph, shown on hover; read as text it runs into the sentence. A sentence linking
    several names ("<a>France</a>, <a>Germany</a> and <a>Italy</a>") has no photo, and is not
    set in a box of its own after a link.

    >>> import lxml.html
    >>> p = lxml.html.fragment_fromstring(
    ...     "<p>Gov. <a href='/p/1'>Jane Doe</a><span><img src='j.jpg'><a href='/p/1'>Jane Lynn "
    ...     "Doe</a> <a href='/a/1'>Doe doubles down on slogan</a> <a href='/a/2'>Doe signs the "
    ...     "budget</a></span> said on Monday that the campaign would go on.</p>")
    >>> card = p.find("span")
    >>> is_hover_card(card, 0.95), is_hover_card(card, 0.5), is_hover_card(p.find("a"), 1.0)
    (True, False, False)
    """
    if link_density < HOVER_CARD_MIN_LINK_DENSITY:
        return False
    prev = el.getprevious()
    if prev is None or prev.tag != "a" or (prev.tail and prev.tail.strip()):
        return False
    links = 0
    photo = False
    for d in el.iterdescendants("a", "img"):
        if d.tag == "img":
            photo = True
        else:
            links += 1
    return photo and links >= HOVER_CARD_MIN_LINKS
