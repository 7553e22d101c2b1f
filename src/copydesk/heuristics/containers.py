"""Choosing the story container(s) from the scores :mod:`~copydesk.heuristics.scoring` computed.

The best-scoring element is only a start: a story cut into parts by ad slots sits in several
sibling wrappers; one cut into sections sits under an ancestor that adds nothing but more
prose; a few near-equal candidates under one ancestor are parts of one story. Each of those
page shapes has its own small step here. The standfirst set above the story is
:mod:`~copydesk.heuristics.standfirst`' job.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

from copydesk.heuristics.blocks import is_link
from copydesk.heuristics.boilerplate import furniture_class, is_positive_attr
from copydesk.heuristics.postruns import before_comments
from copydesk.heuristics.scoring import Analysis, Stats

# Re-exported: the standfirst search lived here before it got a module of its own.
from copydesk.heuristics.standfirst import compare_form, find_lead, is_description_lead

__all__ = [
    "compare_form",
    "find_lead",
    "is_description_lead",
    "is_side_box",
    "is_story_text_class",
    "is_text_div",
    "part_wrappers",
    "pick_containers",
    "same_class_parts",
]

#: Siblings of the best container whose score reaches this share of its score are part of
#: the story too (a story split by ad slots into several wrappers).
SIBLING_SHARE = 0.2
#: ... and never below this absolute score.
SIBLING_MIN_SCORE = 10.0
#: A sibling ``<p>`` with this much text and few links is story text.
SIBLING_P_MIN_CHARS = 80
SIBLING_P_MAX_LINK_DENSITY = 0.25
#: The best few candidates looked at for a shared ancestor ...
TOP_CANDIDATES = 5
#: ... counting those scoring at least this share of the best ...
ALTERNATIVE_SHARE = 0.75
#: ... of which this many must share the ancestor.
MIN_ALTERNATIVES = 3
#: An ancestor joins the story when at least this share of the text it adds is prose ...
EXPAND_MIN_PROSE_SHARE = 0.7
#: ... and it adds at least this much prose (a whole paragraph or more).
EXPAND_MIN_PROSE_CHARS = 150
#: ... and grows the story's prose by at least this share (a lead paragraph, a newsletter
#: box or a pull quote next to the story adds less; a story's second section adds more).
EXPAND_MIN_PROSE_GROWTH = 0.15
#: ... and the text it adds is no more than this share links (not a teaser list).
EXPAND_MAX_LINK_DENSITY = 0.2
#: Looking further up stops where what is added is less than this share prose ...
EXPAND_STOP_PROSE_SHARE = 0.5
#: ... or more than this share links ...
EXPAND_STOP_LINK_SHARE = 0.35
#: ... or after this many ancestors that add text.
EXPAND_MAX_LEVELS = 3
#: Below this best score the page has no real story container (a couple of short lines):
#: the whole body is read instead of guessing among near-equal scraps.
WEAK_PAGE_SCORE = 8.0
#: ... on a page with less text than this (a full page of chrome is never read whole).
WEAK_PAGE_MAX_CHARS = 1000
#: Walking up from the best container: a parent scoring below this share of it stops the walk.
PARENT_STOP_SHARE = 1.0 / 3.0
_SENTENCE_END = re.compile(r"\.(?:\s|$)")


def pick_containers(root: HtmlElement, analysis: Analysis) -> list[HtmlElement]:
    """The story container and its sibling containers, in document order."""
    if not analysis.final:
        return [root]
    final = analysis.final
    ranked = []
    for el in sorted(final, key=final.__getitem__, reverse=True):
        if not _inside_link(el):
            ranked.append(el)
            if len(ranked) == TOP_CANDIDATES:
                break
    if not ranked:
        return [root]
    ranked = before_comments(ranked, final, analysis.stats, root)
    root_st = analysis.stats.get(root)
    if (
        final[ranked[0]] < WEAK_PAGE_SCORE
        and root_st is not None
        and root_st.chars < WEAK_PAGE_MAX_CHARS
    ):
        return [root]  # a page with a line or two of text: all of it, the filters clean it
    shared = _common_ancestor(ranked, final, root)
    top = _walk_up(ranked[0], final, root) if shared is None else shared
    top = _expand(top, analysis.stats, root)
    wrappers = part_wrappers(top, analysis.stats, root)
    if wrappers:
        return wrappers
    top_score = final.get(top, 0.0)
    parent = top.getparent()
    if parent is None or top.tag == "article":
        return [top]  # an <article> is the whole story; its siblings are other things
    threshold = max(SIBLING_MIN_SCORE, top_score * SIBLING_SHARE)
    top_class = top.get("class")
    # The best candidate's own class, when it sits inside the chosen container and names
    # story text ("article-text"): the class the page gives its story text blocks.
    part_class = ranked[0].get("class") if ranked[0] is not top else None
    if part_class is not None and not is_story_text_class(part_class):
        part_class = None
    chosen: list[HtmlElement] = []
    before_top = True
    for sib in parent:
        if not isinstance(sib.tag, str):
            continue
        if sib is top:
            chosen.append(sib)
            before_top = False
            continue
        if is_side_box(sib):
            continue  # a sidebar kept for its prose is still not part of the story
        score = final.get(sib, 0.0)
        if score <= 0:
            pass
        elif top_class and sib.get("class") == top_class:
            score += top_score * SIBLING_SHARE
        if score >= threshold:
            chosen.append(sib)
            continue
        parts = same_class_parts(sib, part_class, analysis.stats)
        if parts:
            chosen.extend(parts)
            continue
        st = analysis.stats.get(sib)
        if st is None:
            continue
        prose = st.chars > SIBLING_P_MIN_CHARS and st.link_density < SIBLING_P_MAX_LINK_DENSITY
        if sib.tag == "p":
            sentence = st.link_chars == 0 and _SENTENCE_END.search(sib.text_content() or "")
            if prose or sentence:
                chosen.append(sib)
        elif prose and before_top and is_text_div(sib, st):
            # Only before the story: a text <div> after it is the post's footer line
            # ("Posted on May 6 and filed under ...") more often than story.
            chosen.append(sib)
    return chosen


# A class word naming text of the story ("note-body", "body-content", "story-text"); layout
# classes ("bd", "span12", "col-md-8", "row") name anything.
_TEXT_CLASS_WORD = re.compile(r"body|content|text|story|article|entry", re.IGNORECASE)


def is_story_text_class(cls: str) -> bool:
    """True for a class that names the story's text, so the page's other parts with the same
    class are parts of the story too.

    >>> is_story_text_class("article-text"), is_story_text_class("body-content note-body")
    (True, True)
    >>> is_story_text_class("span12"), is_story_text_class("bd")
    (False, False)
    """
    return is_positive_attr(cls.lower()) or _TEXT_CLASS_WORD.search(cls) is not None


#: Story part wrappers hold at most this share of links (not teaser cards).
PART_WRAPPER_MAX_LINK_DENSITY = 0.3
#: ... and together at least this many times the prose of the best part alone.
PART_WRAPPERS_MIN_GROWTH = 1.5


def part_wrappers(
    top: HtmlElement, stats: dict[HtmlElement, Stats], root: HtmlElement
) -> list[HtmlElement]:
    """The story's part wrappers when the story is cut into repeated ones (else ``[]``).

    Page shape: a CMS that builds the story of "paragraph" components, each a wrapper of
    one class holding a subheading and a text element of one class
    (``<article class="paragraph"><h2>..</h2><div class="paragraph__content">``), beside
    components of other classes (teasers, ads). The best text element is one part; the
    wrappers of the same class holding a text element of the same class are the others.
    A wrapper with an ``<h1>`` is another story (an infinite scroll's next article).
    """
    wrapper = top.getparent()
    text_class = top.get("class")
    if wrapper is None or wrapper is root or not text_class or not is_story_text_class(text_class):
        return []
    box = wrapper.getparent()
    wrapper_class = wrapper.get("class")
    if box is None or not wrapper_class:
        return []
    parts: list[HtmlElement] = []
    for sib in box:
        if sib.get("class") != wrapper_class or not isinstance(sib.tag, str):
            continue
        st = stats.get(sib)
        if (
            st is None
            or st.link_density > PART_WRAPPER_MAX_LINK_DENSITY
            or next(sib.iterdescendants("h1"), None) is not None
            or not any(el.get("class") == text_class for el in sib.iterdescendants())
        ):
            continue
        parts.append(sib)
    prose = sum(stats[p].prose for p in parts)
    top_st = stats.get(top)
    if len(parts) < 2 or top_st is None or prose < PART_WRAPPERS_MIN_GROWTH * top_st.prose:
        return []
    return parts


def is_text_div(el: HtmlElement, st: Stats) -> bool:
    """A paragraph written as a ``<div>`` (text and inline tags, no block child).

    Page shape: ``<div class="facts">The firm was fined on Monday ...</div>`` set just
    before the ``<div>`` holding the rest of the story's paragraphs. Its text must read as
    prose (a run of words): a print header's ``<div><span>https://..</span></div>`` does not.

    >>> import lxml.html
    >>> from copydesk.heuristics.scoring import analyse
    >>> box = lxml.html.fragment_fromstring(
    ...     "<div><div>The firm was fined, <b>a court</b> said on Monday.</div>"
    ...     "<div><p>x</p></div><div><span>https://example.com/news/2019/a-story</span></div></div>")
    >>> stats = analyse(box).stats
    >>> [is_text_div(d, stats[d]) for d in box]
    [True, False, False]
    """
    if el.tag != "div" or st.has_block_child:
        return False
    return len(el.text_content().split()) >= TEXT_DIV_MIN_WORDS


#: A paragraph written as a ``<div>`` has at least this many words (a URL or a label is one).
TEXT_DIV_MIN_WORDS = 8


def same_class_parts(
    box: HtmlElement, story_class: str | None, stats: dict[HtmlElement, Stats]
) -> list[HtmlElement]:
    """Elements inside ``box`` with the story text's own class: parts of the story.

    Page shape: a review whose text blocks all carry one class ("article-text", a class
    naming story text: generic ones like "bd" or "span12" mark anything) but
    whose first block (the verdict, pros and cons) sits in a wrapper of its own beside the
    one holding the rest. Elements inside a matching one are not listed again.

    >>> import lxml.html
    >>> from copydesk.heuristics.scoring import analyse
    >>> box = lxml.html.fragment_fromstring(
    ...     "<div><div class='text'><p>The verdict, in short.</p></div><p>Other</p></div>")
    >>> [el.get("class") for el in same_class_parts(box, "text", analyse(box).stats)]
    ['text']
    >>> same_class_parts(box, "promo", analyse(box).stats)
    []
    """
    if not story_class:
        return []
    out: list[HtmlElement] = []
    for i, el in enumerate(box.iter(etree.Element)):
        if i > PART_MAX_SCAN:
            break
        if el.get("class") != story_class or any(p in out for p in el.iterancestors()):
            continue
        st = stats.get(el)
        if st is not None and st.chars and st.link_density <= PART_MAX_LINK_DENSITY:
            out.append(el)
    return out


#: Elements looked at inside a sibling of the story container for story parts ...
PART_MAX_SCAN = 300
#: ... which have at most this share of links (not a teaser card with the same class).
PART_MAX_LINK_DENSITY = 0.5


def _inside_link(el: HtmlElement) -> bool:
    """True for an element inside an ``<a>``: a teaser card, never the story itself."""
    return any(a.tag == "a" and is_link(a) for a in el.iterancestors())


def _common_ancestor(
    ranked: list[HtmlElement], final: dict[HtmlElement, float], root: HtmlElement
) -> HtmlElement | None:
    """An ancestor shared by several near-best candidates: the story is split into parts.

    When the best few containers score alike and sit under one ancestor (a story cut into
    sections by ad slots), the ancestor is the story container.
    """
    top = ranked[0]
    best = final[top]
    alternatives = [c for c in ranked[1:] if final[c] >= best * ALTERNATIVE_SHARE]
    if len(alternatives) < MIN_ALTERNATIVES:
        return None
    ancestor_sets = [set(c.iterancestors()) for c in alternatives]
    for parent in top.iterancestors():
        if parent is root or parent.tag in ("body", "html"):
            break
        if sum(parent in s for s in ancestor_sets) >= MIN_ALTERNATIVES:
            return parent
    return None


def _expand(top: HtmlElement, stats: dict[HtmlElement, Stats], root: HtmlElement) -> HtmlElement:
    """Grow the container to the highest ancestor whose additions are mostly prose.

    Handles stories cut into sections that are not siblings (``section > div > p`` blocks
    one after another, each section with its own subheading): the ancestor adds more
    paragraphs and little else, so it is the story. Looks a few levels up (a subheading
    alone is not enough growth, the next section is) and stops where chrome comes in.
    """
    st = stats.get(top)
    if st is None:
        return top
    best = top
    levels = 0
    side_prose = 0  # prose of sidebars kept beside the story (it is not the story's)
    child = top
    for parent in top.iterancestors():
        if parent is root or parent.tag in ("body", "html"):
            break
        pst = stats.get(parent)
        if pst is None:
            break
        side_prose += _side_box_prose(parent, child, stats)
        child = parent
        if pst.chars <= stats[best].chars and _is_parent(parent, best):
            best = parent  # a pure wrapper of the container so far
            continue
        extra = pst.chars - st.chars
        levels += 1
        extra_prose = pst.prose - st.prose - side_prose
        extra_links = pst.link_chars - st.link_chars
        if (
            extra_prose < EXPAND_STOP_PROSE_SHARE * extra
            or extra_links > EXPAND_STOP_LINK_SHARE * extra
        ):
            break
        if (
            extra_prose >= EXPAND_MIN_PROSE_SHARE * extra
            and extra_prose >= max(EXPAND_MIN_PROSE_CHARS, EXPAND_MIN_PROSE_GROWTH * st.prose)
            and extra_links <= EXPAND_MAX_LINK_DENSITY * extra
        ):
            best = parent
        if levels >= EXPAND_MAX_LEVELS:
            break
    return best


def is_side_box(el: HtmlElement) -> bool:
    """True for a sidebar: an ``<aside>`` or a box whose class/id names furniture.

    Such a box survives the furniture pass when it holds most of a short page's prose;
    it is still not the story, nor a part of it.

    >>> import lxml.html
    >>> [is_side_box(lxml.html.fragment_fromstring(h)) for h in (
    ...     "<aside><p>About us</p></aside>", "<div class='widget-area'>x</div>",
    ...     "<div class='entry-content'>x</div>")]
    [True, True, False]
    """
    return el.tag == "aside" or furniture_class(el.get("class"), el.get("id")) is not None


def _side_box_prose(
    parent: HtmlElement, child: HtmlElement, stats: dict[HtmlElement, Stats]
) -> int:
    """Prose in ``parent``'s children (other than ``child``) that are sidebars.

    Page shape: a short post beside a sidebar (``<aside>``, ``class="widget"``) whose text
    widget holds more prose than the post, so it survived the furniture pass (a box holding
    most of a page's prose is kept in case it is the story). Growing the story container
    over it would take the sidebar's "About us" text for the story's second section.
    """
    total = 0
    for sib in parent:
        if sib is child or not isinstance(sib.tag, str):
            continue
        if is_side_box(sib):
            sst = stats.get(sib)
            if sst is not None:
                total += sst.prose
    return total


def _is_parent(parent: HtmlElement, child: HtmlElement) -> bool:
    return child.getparent() is parent


def _walk_up(top: HtmlElement, final: dict[HtmlElement, float], root: HtmlElement) -> HtmlElement:
    """Move to a parent that scores higher (the story spans several of its children)."""
    last = final.get(top, 0.0)
    stop = last * PARENT_STOP_SHARE
    parent = top.getparent()
    while parent is not None and parent is not root and parent.tag != "body":
        score = final.get(parent)
        if score is None:
            parent = parent.getparent()
            continue
        if score < stop:
            break
        if score > last:
            return parent
        last = score
        parent = parent.getparent()
    return top
