"""Scoring every element of the page in one pass, after the chrome is taken out.

The shape handled is the common one: the story is a run of ``<p>`` (or text ``<div>``)
siblings under one wrapper, surrounded by chrome whose text is short, linky or marked as
furniture by its class. Each paragraph with real prose scores its parent fully, its
grandparent half and its great-grandparent a sixth (an idea from Arc90 Readability), so the
wrapper that directly holds most of the prose wins; the score is then discounted by how much
of the wrapper's text is links. All per-element numbers (text length, link text, prose,
scores) come from ONE bottom-up pass, so the cost is linear in the size of the page.
Choosing among the scored elements is :mod:`~copydesk.heuristics.containers`' job.
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
    is_hidden_to_sight,
    is_positive_attr,
)
from copydesk.heuristics.captionwords import is_page_wrapper, is_teaser_title, legend_caption
from copydesk.heuristics.popupcards import is_popup_card
from copydesk.heuristics.pullquotes import is_pull_quote, pull_quote_text

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
#: A box holding at least this share of the page's text AND of its prose wraps the page (an
#: ASP.NET ``<form>`` around everything): it stays however many links the menus in it add,
#: since dropping it would drop the page.
PAGE_WRAPPER_SHARE = 0.9
#: An article's ``<footer>`` is furniture whatever it holds when the article has at least
#: this much prose outside it (a short story's few paragraphs).
ARTICLE_FOOTER_MIN_STORY_PROSE = 200
#: A paragraph with more links than this share is not counted as prose.
PROSE_MAX_LINK_DENSITY = 0.3
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
    """The cleaned tree's per-element numbers and final container scores."""

    stats: dict[HtmlElement, Stats]
    final: dict[HtmlElement, float]


def _elements(root: HtmlElement) -> Iterator[HtmlElement]:
    return root.iter(etree.Element)  # type: ignore[no-any-return]


def _text_of(el: HtmlElement) -> str:
    return " ".join(" ".join(el.itertext()).split())


#: A text taken out of the tree, with the element it sat in (its anchor): it belongs to the
#: story when that element is inside the chosen container(s).
Anchored = tuple[str, HtmlElement | None]


@attrs.frozen
class Stripped:
    """What :func:`strip_chrome` took out of the tree and keeps: captions and pull quotes."""

    captions: list[Anchored]
    pull_quotes: list[Anchored]


def strip_chrome(root: HtmlElement) -> Stripped:
    """Remove never-story tags, hidden elements, captions and pull quotes; return the last two.

    Each comes back with the element it sat in (for keeping only those of the story), in
    document order. A pull quote is looked for before hidden elements: pages mark it
    ``aria-hidden`` so that screen readers skip the repeated sentence, yet readers see it.
    """
    captions: list[Anchored] = []
    pull_quotes: list[Anchored] = []
    doomed: list[HtmlElement] = []
    walker = etree.iterwalk(root, events=("start",))
    for _, el in walker:
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if tag in DROP_TAGS:
            doomed.append(el)
            walker.skip_subtree()
            continue
        if el is not root and is_pull_quote(el) and not is_hidden_to_sight(el):
            text = pull_quote_text(el)
            if text:
                pull_quotes.append((text, _anchor(el)))
            doomed.append(el)
            walker.skip_subtree()
            continue
        if el is not root and is_hidden(el):
            doomed.append(el)
            walker.skip_subtree()
            continue
        if (
            tag in _CAPTION_TAGS
            or (tag != "body" and caption_class(el.get("class")) and not is_page_wrapper(el))
            or legend_caption(el)
        ):
            text = _text_of(el)
            if text and not is_teaser_title(el, text):
                captions.append((text, _anchor(el)))
            doomed.append(el)
            walker.skip_subtree()
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()
    return Stripped(captions=captions, pull_quotes=pull_quotes)


def _anchor(el: HtmlElement) -> HtmlElement | None:
    """Where a caption or pull quote sits: its figure's parent, else its own parent."""
    figure = next((a for a in el.iterancestors() if a.tag == "figure"), None)
    return figure.getparent() if figure is not None else el.getparent()


# Class names are split into word tokens on "-", "_" and camelCase humps.
_CLASS_TOKEN = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")
# Tokens before "caption" that make the class a state flag on a wrapper ("no_caption",
# "has-caption", "without-caption", "hideCaption"), not a caption box.
_CAPTION_NEGATIONS = frozenset(
    {"no", "not", "has", "have", "with", "without", "show", "hide", "is"}
)
# A token ending in "caption" ("caption", "figcaption", "imagecaption"), not "captioned" or
# "captions" (a toggle: "with-captions").
_CAPTION_TOKEN = re.compile(r"^(?!no|has|with|show|hide)[a-z0-9]*caption$")


def caption_class(cls: str | None) -> bool:
    """True when a class names a caption box, judged on word tokens.

    Page shape: photo captions in ``<div class="wp-caption-text">``,
    ``<p class="image__caption">``, ``<span class="photoCaption">``; while wrappers flag
    that they have none (``class="item no_caption"``, ``buzz_attr_no_caption``).

    >>> [caption_class(c) for c in ("wp-caption-text", "photoCaption", "image__caption")]
    [True, True, True]
    >>> [caption_class(c) for c in ("item no_caption", "buzz_attr_no_caption", "has-captions")]
    [False, False, False]
    """
    if not cls or "caption" not in cls.lower():
        return False
    for word in cls.split():
        tokens = [t.lower() for t in _CLASS_TOKEN.findall(word)]
        for i, token in enumerate(tokens):
            if _CAPTION_TOKEN.match(token) and (i == 0 or tokens[i - 1] not in _CAPTION_NEGATIONS):
                return True
    return False


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
    return Analysis(stats=stats, final=final)


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
        return "strong" if is_popup_card(el, st.link_density) else None
    if tag in _SOFT_DROP_TAGS:
        # An <aside> used as the layout's main column holds the page's <main> (the story
        # and its sidebars); a real sidebar or footer never does. A quotation's own
        # <footer> is its attribution ("<blockquote>...<footer>— Jane Doe</footer>").
        if _holds_main(el) or (tag == "footer" and _in_quotation(el)):
            return None
        return "weak"
    if tag in ("article", "main"):
        return None
    return furniture_class(el.get("class"), el.get("id"))


def _holds_main(el: HtmlElement) -> bool:
    return next(el.iterdescendants("main"), None) is not None


def _in_quotation(el: HtmlElement) -> bool:
    parent = el.getparent()
    return parent is not None and parent.tag == "blockquote"


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
        if el.tag == "footer" and is_article_footer(el, st, stats):
            pass  # the story's own footer (comments, tags), however much prose it holds
        elif st.prose >= share * total and st.link_density <= FURNITURE_KEEP_MAX_LINK_DENSITY:
            continue  # the story's own wrapper, whatever its class says
        elif _wraps_page(st, root_st):
            continue
        ancestors = list(el.iterancestors())
        out.append(el)
        _subtract(st, ancestors, stats)
    return out


def is_article_footer(el: HtmlElement, st: Stats, stats: dict[HtmlElement, Stats]) -> bool:
    """True for the ``<footer>`` of an ``<article>`` that holds story prose outside it.

    Page shape: ``<article><div><p>story..</p></div><footer><h3>Share this</h3>..<ol><li>
    <article>comment..</article></li>..</ol></footer></article>``. A ``<footer>`` is kept
    when it holds most of the page's prose (some layouts misuse it as a column), but a long
    comment thread outweighs a short story; with class names the thread goes by name, on a
    page whose classes say nothing (stripped, hashed) it stayed and the story container grew
    over it. An article's footer is about the story, never the story.
    """
    article = next((a for a in el.iterancestors() if a.tag == "article"), None)
    if article is None:
        return False
    ast = stats.get(article)
    return ast is not None and ast.prose - st.prose >= ARTICLE_FOOTER_MIN_STORY_PROSE


def _wraps_page(st: Stats, root_st: Stats | None) -> bool:
    """True for a box holding nearly all of the page's text and prose: the page itself.

    Page shape: an ASP.NET page wraps everything in ``<form id="aspnetForm">``. Once the
    menus inside are dropped by their class the form's link density is low, but on a page
    whose classes say nothing (stripped or hashed: ``css-1x2y3z``) the menus stay, the form
    is link-dense, and dropping it as furniture would leave no story at all.
    """
    if root_st is None or not root_st.chars or not root_st.prose:
        return False
    return (
        st.chars >= PAGE_WRAPPER_SHARE * root_st.chars
        and st.prose >= PAGE_WRAPPER_SHARE * root_st.prose
    )


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
