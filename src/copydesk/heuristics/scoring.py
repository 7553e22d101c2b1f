"""Finding the story container: clean the tree, then score every element in one pass.

The shape handled is the common one: the story is a run of ``<p>`` (or text ``<div>``)
siblings under one wrapper, surrounded by chrome whose text is short, linky or marked as
furniture by its class. Each paragraph with real prose scores its parent fully, its
grandparent half and its great-grandparent a sixth (an idea from Arc90 Readability), so the
wrapper that directly holds most of the prose wins; the score is then discounted by how much
of the wrapper's text is links. All per-element numbers (text length, link text, scores)
come from ONE bottom-up pass, so the cost is linear in the size of the page.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs
from lxml import etree
from lxml.html import HtmlElement

from copydesk.heuristics.blocks import BLOCK_TAGS, is_link
from copydesk.heuristics.boilerplate import (
    DROP_TAGS,
    attr_words,
    furniture_class,
    is_hidden,
    is_popup_class,
    is_positive_attr,
)

#: A paragraph shorter than this many characters is a label, not prose; it scores nothing.
MIN_PARAGRAPH_CHARS = 25
#: Extra score per 100 characters of a paragraph, capped (long paragraphs are prose).
LENGTH_SCORE_CAP = 3.0
#: How much of a paragraph's score reaches its parent, grandparent, great-grandparent.
PARENT_SHARE, GRANDPARENT_SHARE, GREAT_GRANDPARENT_SHARE = 1.0, 0.5, 1.0 / 6.0
#: Class/id naming the story wrapper ("article-body") or furniture ("sidebar").
CLASS_WEIGHT = 25.0
#: ``itemprop="articleBody"`` is the page saying outright where the story is.
ARTICLE_BODY_WEIGHT = 50.0
#: Possibly-furniture boxes are kept if they hold this share of the page's prose with few
#: links: a story wrapper that happens to be called "content-with-sidebar" is the story.
FURNITURE_KEEP_PROSE_SHARE = 0.5
#: ... and sure-furniture boxes ("comments", "advertisement") only if they hold nearly all
#: of it (a layout wrapper named "ad-off-canvas-pusher" around the whole page).
STRONG_KEEP_PROSE_SHARE = 0.8
FURNITURE_KEEP_MAX_LINK_DENSITY = 0.5
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
#: A paragraph with more links than this share is not counted as prose.
PROSE_MAX_LINK_DENSITY = 0.3
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

# Tags whose elements never hold the story even if they hold text (tag-based prior).
_TAG_PRIOR = {
    "div": 5.0, "article": 10.0, "main": 5.0, "section": 2.0, "pre": 3.0, "td": 3.0,
    "blockquote": 3.0, "form": -3.0, "ol": -3.0, "ul": -3.0, "dl": -3.0, "li": -3.0,
    "address": -3.0, "h1": -5.0, "h2": -5.0, "h3": -5.0, "h4": -5.0, "th": -5.0,
}  # fmt: skip
# Tags whose text is a paragraph of its own for scoring.
_PARA_TAGS = frozenset({"p", "pre", "blockquote"})
# Wrappers that become paragraphs when they hold no block-level child (text in a div).
_TEXT_WRAPPERS = frozenset({"div", "section", "article", "td", "main", "font", "center"})
# Phrasing tags: a class on these names a word's styling or link target, never a chrome box.
INLINE_TAGS = frozenset(
    {
        "a", "span", "em", "strong", "b", "i", "u", "small", "sup", "sub", "time", "abbr",
        "cite", "code", "mark", "q", "font", "s", "del", "ins", "kbd", "var", "dfn", "bdi",
    }
)  # fmt: skip
_LIST_TAGS = frozenset({"li", "ol", "ul", "dl"})
# Tags that are removed like furniture but only when they do not hold the story.
_SOFT_DROP_TAGS = frozenset({"footer", "aside", "form"})
_CAPTION_TAGS = frozenset({"figcaption"})
_SENTENCE_END = re.compile(r"\.(?:\s|$)")


@attrs.define
class Stats:
    """Per-element numbers from the bottom-up pass."""

    chars: int = 0
    link_chars: int = 0
    commas: int = 0
    acc1: float = 0.0  # paragraph scores of children
    acc2: float = 0.0  # ... of grandchildren
    acc3: float = 0.0  # ... of great-grandchildren
    para_score: float = 0.0
    prose: int = 0  # characters in paragraphs of real prose (few links) in the subtree
    has_block_child: bool = False

    @property
    def link_density(self) -> float:
        return self.link_chars / self.chars if self.chars else 0.0

    @property
    def content_score(self) -> float:
        return (
            self.acc1 * PARENT_SHARE
            + self.acc2 * GRANDPARENT_SHARE
            + self.acc3 * GREAT_GRANDPARENT_SHARE
        )


@attrs.define
class Analysis:
    """The cleaned tree's statistics and the captions taken out of it."""

    stats: dict[HtmlElement, Stats]
    captions: list[tuple[str, HtmlElement | None]]
    final: dict[HtmlElement, float]


def _elements(root: HtmlElement) -> Iterator[HtmlElement]:
    return root.iter(etree.Element)  # type: ignore[no-any-return]


def _text_of(el: HtmlElement) -> str:
    return " ".join(" ".join(el.itertext()).split())


def strip_chrome(root: HtmlElement) -> list[tuple[str, HtmlElement | None]]:
    """Remove never-story tags, hidden elements and captions; return the captions.

    Captions come back with the element they sat in (for keeping only those of the story).
    """
    captions: list[tuple[str, HtmlElement | None]] = []
    doomed: list[HtmlElement] = []
    walker = etree.iterwalk(root, events=("start",))
    for _, el in walker:
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if tag in DROP_TAGS or (el is not root and is_hidden(el)):
            doomed.append(el)
            walker.skip_subtree()
            continue
        if tag in _CAPTION_TAGS or (tag != "body" and _is_caption_class(el.get("class"))):
            text = _text_of(el)
            if text:
                figure = next((a for a in el.iterancestors() if a.tag == "figure"), None)
                anchor = figure.getparent() if figure is not None else el.getparent()
                captions.append((text, anchor))
            doomed.append(el)
            walker.skip_subtree()
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()
    return captions


# A class word naming a caption box ("caption", "wp-caption-text", "image__caption"), not a
# state flag on a wrapper ("no_caption", "has-caption", "with-captions").
_CAPTION_WORD = re.compile(r"^(?!no|has|with|show|hide)[\w-]*caption(?!s\b|ed\b)", re.IGNORECASE)


def _is_caption_class(cls: str | None) -> bool:
    if not cls or "caption" not in cls.lower():
        return False
    return any(_CAPTION_WORD.match(w) for w in cls.split())


def analyse(root: HtmlElement) -> Analysis:
    """One bottom-up pass: compute text/link/score per element, then drop furniture subtrees.

    Furniture boxes are decided after the pass, when the page's total prose is known: one
    that holds most of it is the story wrapper (a blog engine's "widget Blog", a layout's
    "content-with-sidebar") and stays; the others go, and their numbers are taken off their
    ancestors' so scores reflect the cleaned page.
    """
    stats: dict[HtmlElement, Stats] = {}
    doomed: list[HtmlElement] = []
    maybe: list[tuple[HtmlElement, str]] = []
    nodes = list(_elements(root))
    for el in reversed(nodes):
        tag = el.tag
        st = Stats()
        # Text runs sitting directly in the element between block children ("text<div
        # class=ad></div>more text"): each run is a paragraph of its own for scoring.
        run_chars = run_commas = 0
        runs: list[tuple[int, int]] = []
        text = el.text
        if text:
            s = text.strip()
            run_chars += len(s)
            run_commas += s.count(",")
        for child in el:
            cst = stats.get(child)
            if cst is not None:
                st.chars += cst.chars
                st.link_chars += cst.link_chars
                st.commas += cst.commas
                st.acc1 += cst.para_score
                st.acc2 += cst.acc1
                st.acc3 += cst.acc2
                st.prose += cst.prose
                if child.tag in BLOCK_TAGS:
                    st.has_block_child = True
                    runs.append((run_chars, run_commas))
                    run_chars = run_commas = 0
                else:
                    run_chars += cst.chars
                    run_commas += cst.commas
                    st.chars -= cst.chars  # counted with the run below
                    st.commas -= cst.commas
            tail = child.tail
            if tail:
                s = tail.strip()
                run_chars += len(s)
                run_commas += s.count(",")
        runs.append((run_chars, run_commas))
        for chars, commas in runs:
            st.chars += chars
            st.commas += commas
        if tag == "a" and is_link(el):
            st.link_chars = st.chars
        verdict = None if el is root else furniture_verdict(el, tag, st)
        if verdict is not None:
            maybe.append((el, verdict))
        if st.chars >= MIN_PARAGRAPH_CHARS and (
            tag in _PARA_TAGS or (tag in _TEXT_WRAPPERS and not st.has_block_child)
        ):
            st.para_score = _para_score(st.chars, st.commas)
            if st.link_density <= PROSE_MAX_LINK_DENSITY:
                st.prose = st.chars
        elif st.has_block_child:
            for chars, commas in runs:
                if chars >= MIN_PARAGRAPH_CHARS:
                    st.acc1 += _para_score(chars, commas)
                    st.prose += chars
        if tag in _LIST_TAGS:
            # A list's entries (references, link lists, teasers) do not make it a story
            # container however many commas they hold; its prose still counts for expansion.
            st.acc1 = st.acc2 = st.acc3 = st.para_score = 0.0
        stats[el] = st
    doomed.extend(_decide_maybe(maybe, stats, root))
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()
    if doomed:  # forget elements that went with a removed ancestor
        alive = set(_elements(root))
        stats = {el: st for el, st in stats.items() if el in alive}
    final: dict[HtmlElement, float] = {}
    for el, st in stats.items():
        score = st.content_score
        if score <= 0:
            continue
        score += _TAG_PRIOR.get(el.tag, 0.0) + class_weight(el)
        final[el] = score * (1.0 - st.link_density)
    return Analysis(stats=stats, captions=[], final=final)


def _para_score(chars: int, commas: int) -> float:
    """A paragraph's worth: one point, one per comma, one per 100 characters (capped)."""
    return 1.0 + commas + min(chars / 100.0, LENGTH_SCORE_CAP)


def furniture_verdict(el: HtmlElement, tag: str, st: Stats) -> str | None:
    """ "strong" (sure furniture), "weak" (furniture unless it holds the story) or None."""
    if tag in ("html", "body"):
        return None
    if tag in INLINE_TAGS and not st.has_block_child:
        # Words in running text: chrome made of inline tags is caught per block, except a
        # pop-up card hung on a name, whose text would run into the sentence.
        return "strong" if _is_popup_card(el) else None
    if tag in _SOFT_DROP_TAGS:
        return "weak"
    if tag in ("article", "main"):
        return None
    return furniture_class(el.get("class"), el.get("id"))


def _is_popup_card(el: HtmlElement) -> bool:
    """A pop-up card inside running text: a pop-up box nested in a pop-up trigger.

    The trigger's own word (``<a class="rollover-people-link">Name</a>``) is a link with no
    child elements and stays; the card is a box of elements (photo, links) and goes.
    """
    if el.tag == "a" or len(el) == 0 or not is_popup_class(el.get("class")):
        return False
    parent = el.getparent()
    return parent is not None and is_popup_class(parent.get("class"))


def _decide_maybe(
    maybe: list[tuple[HtmlElement, str]], stats: dict[HtmlElement, Stats], root: HtmlElement
) -> list[HtmlElement]:
    """The furniture boxes to remove; their numbers are taken off their ancestors."""
    root_st = stats.get(root)
    out: list[HtmlElement] = []
    # Inner boxes first: a wrapper is judged on what is left once the share bars and ad
    # slots inside it are gone.
    for el, verdict in maybe:
        st = stats[el]
        total = root_st.prose if root_st is not None else 0
        share = FURNITURE_KEEP_PROSE_SHARE if verdict == "weak" else STRONG_KEEP_PROSE_SHARE
        if st.prose >= share * total and st.link_density <= FURNITURE_KEEP_MAX_LINK_DENSITY:
            continue  # the story's own wrapper, whatever its class says
        ancestors = list(el.iterancestors())
        out.append(el)
        _subtract(st, ancestors, stats)
    return out


def _subtract(st: Stats, ancestors: list[HtmlElement], stats: dict[HtmlElement, Stats]) -> None:
    """Take a removed subtree's numbers off its ancestors."""
    shares = (st.para_score, st.acc1, st.acc2)
    for level, anc in enumerate(ancestors):
        ast = stats.get(anc)
        if ast is None:
            break
        ast.chars -= st.chars
        ast.link_chars -= st.link_chars
        ast.commas -= st.commas
        ast.prose -= st.prose
        if level == 0:
            ast.acc1 -= shares[0]
            ast.acc2 -= shares[1]
            ast.acc3 -= shares[2]
        elif level == 1:
            ast.acc2 -= shares[0]
            ast.acc3 -= shares[1]
        elif level == 2:
            ast.acc3 -= shares[0]


def class_weight(el: HtmlElement) -> float:
    """+CLASS_WEIGHT for a story-wrapper class/id, more for itemprop=articleBody."""
    weight = 0.0
    if (el.get("itemprop") or "").lower() == "articlebody":
        weight += ARTICLE_BODY_WEIGHT
    if is_positive_attr(attr_words(el)):
        weight += CLASS_WEIGHT
    return weight


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
    top_score = final.get(top, 0.0)
    parent = top.getparent()
    if parent is None:
        return [top]
    threshold = max(SIBLING_MIN_SCORE, top_score * SIBLING_SHARE)
    top_class = top.get("class")
    chosen: list[HtmlElement] = []
    for sib in parent:
        if not isinstance(sib.tag, str):
            continue
        if sib is top:
            chosen.append(sib)
            continue
        score = final.get(sib, 0.0)
        if score <= 0:
            pass
        elif top_class and sib.get("class") == top_class:
            score += top_score * SIBLING_SHARE
        if score >= threshold:
            chosen.append(sib)
            continue
        if sib.tag == "p":
            st = analysis.stats.get(sib)
            if st is None:
                continue
            prose = st.chars > SIBLING_P_MIN_CHARS and st.link_density < SIBLING_P_MAX_LINK_DENSITY
            sentence = st.link_chars == 0 and _SENTENCE_END.search(sib.text_content() or "")
            if prose or sentence:
                chosen.append(sib)
    return chosen


# Class words of a standfirst: the summary paragraph set above the story's body.
_LEAD_CLASS = re.compile(
    r"lead(?!-?(?:image|media|photo|art|video|img))|intro|standfirst|excerpt|summary|teaser-text"
    r"|deck|(?<![a-z])dek(?![a-z])|sapo"
    r"|chapo|chapeau|abstract|article-?description|subtitle|sub-?headline|subhead",
    re.IGNORECASE,
)
#: A standfirst is prose of this many characters ...
LEAD_MIN_CHARS, LEAD_MAX_CHARS = 40, 800
#: ... with at most this share of links, found within this many levels above the story ...
LEAD_MAX_LINK_DENSITY = 0.2
LEAD_MAX_LEVELS = 3
#: ... among this many elements just before the story (or its ancestor).
LEAD_MAX_PRECEDING = 3
#: Elements looked at inside each of those (a header zone is small).
LEAD_MAX_SCAN = 60


def find_lead(
    first: HtmlElement, stats: dict[HtmlElement, Stats], root: HtmlElement
) -> HtmlElement | None:
    """The standfirst set just above the story container, if the page marks one.

    Pages put the summary paragraph ("lead", "intro", "standfirst", "excerpt") in the
    header zone, outside the element holding the body paragraphs; it is story text.
    """
    el = first
    for _ in range(LEAD_MAX_LEVELS):
        seen = 0
        for sib in el.itersiblings(preceding=True):
            if not isinstance(sib.tag, str):
                continue
            st = stats.get(sib)
            if st is None or st.chars == 0:
                continue
            seen += 1
            if seen > LEAD_MAX_PRECEDING:
                break
            lead = _lead_in(sib, stats)
            if lead is not None:
                return lead
        parent = el.getparent()
        if parent is None or parent is root:
            break
        el = parent
    return None


# A deck set as a heading is display type beside the headline, not story text; lists,
# tables and links are not a standfirst either.
_NOT_LEAD_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "nav", "table", "a"})


def _lead_in(box: HtmlElement, stats: dict[HtmlElement, Stats]) -> HtmlElement | None:
    """``box`` or an element inside it (header zones nest the standfirst) that is one."""
    for i, el in enumerate(box.iter(etree.Element)):
        if i > LEAD_MAX_SCAN:
            break
        st = stats.get(el)
        if (
            st is not None
            and el.tag not in _NOT_LEAD_TAGS
            and LEAD_MIN_CHARS <= st.chars <= LEAD_MAX_CHARS
            and st.link_density <= LEAD_MAX_LINK_DENSITY
            and _LEAD_CLASS.search(f"{el.get('class') or ''} {el.get('id') or ''}")
        ):
            return el
    return None


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
    for parent in top.iterancestors():
        if parent is root or parent.tag in ("body", "html"):
            break
        pst = stats.get(parent)
        if pst is None:
            break
        if pst.chars <= stats[best].chars and _is_parent(parent, best):
            best = parent  # a pure wrapper of the container so far
            continue
        extra = pst.chars - st.chars
        levels += 1
        extra_prose = pst.prose - st.prose
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
