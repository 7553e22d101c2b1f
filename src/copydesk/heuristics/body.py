"""The story body: the story's paragraphs, subheadings, list items and quotes — nothing else.

Entry points:

* :func:`extract_body` — clean a (mutable) tree, find the story container(s) or use the
  ones a profile names, turn them into typed blocks and drop the blocks that are chrome.
* :data:`BODY_RULES` — the rule chain the engine runs: the DOM heuristic first, then the
  JSON-LD ``articleBody`` for pages whose text exists only there.

This module only puts the steps together; each has its own module:
:mod:`~copydesk.heuristics.boilerplate` and :mod:`~copydesk.heuristics.chromewords` (what is
chrome), :mod:`~copydesk.heuristics.scoring` and :mod:`~copydesk.heuristics.containers`
(where the story is), :mod:`~copydesk.heuristics.standfirst` (the summary set above it),
:mod:`~copydesk.heuristics.blocks` (markup -> blocks),
:mod:`~copydesk.heuristics.blockfilters` (which blocks survive) and
:mod:`~copydesk.heuristics.bodyjsonld` (the JSON-LD fallback's text).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs
from lxml.html import HtmlElement

# Re-exported: the block filters lived here before they got a module of their own.
from copydesk.heuristics.blockfilters import (
    filter_blocks,
    is_linked_sentence,
    is_linked_subheading,
    is_section_h1,
    is_sentence,
    table_rows_with_data,
)
from copydesk.heuristics.blocks import RawBlock, extract_blocks
from copydesk.heuristics.bodyjsonld import blocks_from_text, jsonld_body
from copydesk.heuristics.chromewords import caption_text, is_credit_caption, is_figure_caption
from copydesk.heuristics.containers import pick_containers
from copydesk.heuristics.pullquotes import is_pull_quote
from copydesk.heuristics.scoring import Anchored, analyse, strip_chrome
from copydesk.heuristics.standfirst import compare_form, find_lead, header_standfirst
from copydesk.heuristics.threads import first_post, is_thread_page
from copydesk.model import Block
from copydesk.page import document_title
from copydesk.rules import Context, Found, Rule

__all__ = [
    "BODY_RULES",
    "BodyResult",
    "drop_repeated_title",
    "extract_body",
    "filter_blocks",
    "is_linked_sentence",
    "is_linked_subheading",
    "is_section_h1",
    "is_sentence",
    "jsonld_article_body_rule",
    "main_container_rule",
    "page_descriptions",
    "page_titles",
    "table_rows_with_data",
]

#: The headline is looked for among the story's first few blocks ...
TITLE_LEADING_BLOCKS = 3
#: ... and only when it is at least this long (a one-word title matches too much).
MIN_TITLE_CHARS = 15
#: The DOM result is distrusted when the JSON-LD articleBody is this many times longer.
JSONLD_MUCH_LONGER = 2.0
#: Fewer characters than this of DOM text is "found nothing".
MIN_BODY_CHARS = 80

#: A thread's extracted story holds its first post when it holds this much of its opening.
THREAD_POST_HEAD_CHARS = 60

_NON_WORD = re.compile(r"[^\w]+")


@attrs.frozen
class BodyResult:
    """The story's blocks, and the captions of its photos and its pull quotes (kept apart
    from the text)."""

    blocks: tuple[Block, ...]
    captions: tuple[str, ...] = ()
    pull_quotes: tuple[str, ...] = ()


def extract_body(
    root: HtmlElement, *, containers: Sequence[HtmlElement] | None = None
) -> BodyResult | None:
    """Extract the story from ``root`` (a mutable tree: chrome is removed from it).

    With ``containers`` (a profile's body elements), only their text is used, and the
    captions found in them are the story's (a container may be a figure), but for those in
    a box the cleaning drops (a gallery, a related-stories box); otherwise the story
    container(s) are found by scoring, and a caption is the story's when its figure sits
    in one of them. Pull quotes (:mod:`~copydesk.heuristics.pullquotes`) are kept the same
    way, once each, in document order.

    >>> import lxml.html
    >>> root = lxml.html.document_fromstring(
    ...     "<html><body><nav><a href='/'>Home</a></nav><div class='story'>"
    ...     "<p>First paragraph of the story, long enough to count as prose.</p>"
    ...     "<p>Advertisement</p><p>Second paragraph, with a comma, also long enough.</p>"
    ...     "</div></body></html>")
    >>> for block in extract_body(root).blocks:
    ...     print(block.text)
    First paragraph of the story, long enough to count as prose.
    Second paragraph, with a comma, also long enough.
    """
    body = root.find("body") if root.tag == "html" else root
    if body is None:
        body = root
    titles = page_titles(root)
    if containers is not None:
        chosen = []
        captions_raw: list[Anchored] = []
        quotes_raw: list[Anchored] = []
        for el in containers:
            if _in_pull_quote(el):
                continue  # the profile's selector reached into a pull quote: not story
            stripped = strip_chrome(el)
            captions_raw.extend(_anchored_in(stripped.captions, el))
            quotes_raw.extend(_anchored_in(stripped.pull_quotes, el))
            analyse(el)
            chosen.append(el)
    else:
        stripped = strip_chrome(body)
        captions_raw, quotes_raw = stripped.captions, stripped.pull_quotes
        analysis = analyse(body)
        chosen = pick_containers(body, analysis)
        if chosen and chosen[0] is not body:
            lead = find_lead(chosen[0], analysis.stats, body, page_descriptions(root))
            if lead is not None and _is_new_text(lead, chosen):
                chosen.insert(0, lead)
    if not chosen:
        return None
    raw: list[RawBlock] = []
    for el in chosen:
        raw.extend(extract_blocks(el))
    # Captions written as paragraphs ("... | © Agency/Getty Images") go with the captions.
    # So do figure captions opening with their label ("Abbildung 4: ...").
    credited = [caption_text(rb.text) for rb in raw if _is_caption_paragraph(rb)]
    if credited:
        raw = [rb for rb in raw if not _is_caption_paragraph(rb)]
    blocks = drop_repeated_title(filter_blocks(raw, trusted=containers is not None), titles)
    if not blocks:
        return None
    captions = tuple(
        dict.fromkeys([text for text, anchor in captions_raw if _inside(anchor, chosen)] + credited)
    )
    pull_quotes = tuple(dict.fromkeys(t for t, anchor in quotes_raw if _inside(anchor, chosen)))
    return BodyResult(blocks=tuple(blocks), captions=captions, pull_quotes=pull_quotes)


def page_titles(root: HtmlElement) -> tuple[str, ...]:
    """The page's headline as ``<title>`` and ``og:title`` give it, normalised for comparing."""
    title = document_title(root)
    found = [title] if title else []
    found += [
        m.get("content") or ""
        for m in root.xpath("//head/meta[@property='og:title' or @name='twitter:title']")
    ]
    return tuple(n for n in (_norm(t) for t in found) if len(n) >= MIN_TITLE_CHARS)


def page_descriptions(root: HtmlElement) -> frozenset[str]:
    """The page's meta descriptions, normalised for comparing (a standfirst repeats one)."""
    found = root.xpath(
        "//head/meta[@name='description' or @property='og:description'"
        " or @name='twitter:description' or @property='twitter:description']/@content"
    )
    return frozenset(n for n in (compare_form(str(t)) for t in found) if len(n) >= MIN_TITLE_CHARS)


def drop_repeated_title(blocks: list[Block], titles: Sequence[str]) -> list[Block]:
    """Drop the headline repeated at the top of the story container.

    >>> b = lambda t: Block(kind="heading", text=t, level=2)
    >>> [x.text for x in drop_repeated_title([b("Linde sells US unit"), b("Text.")],
    ...                                      ["linde sells us unit wiwo"])]
    ['Text.']
    """
    if not titles:
        return blocks
    for i, block in enumerate(blocks[:TITLE_LEADING_BLOCKS]):
        text = _norm(block.text)
        if len(text) < MIN_TITLE_CHARS:
            continue
        if any(text in t or (t in text and len(text) <= len(t) * 1.3) for t in titles):
            return blocks[:i] + blocks[i + 1 :]
    return blocks


def _norm(text: str) -> str:
    return " ".join(_NON_WORD.sub(" ", text.casefold()).split())


def _is_new_text(lead: HtmlElement, chosen: Sequence[HtmlElement]) -> bool:
    """True when the standfirst is neither inside the story nor repeated in it."""
    if any(lead in c.iterancestors() for c in chosen):
        return False
    text = _norm(lead.text_content())
    return not any(text in _norm(c.text_content()) for c in chosen)


def _is_caption_paragraph(rb: RawBlock) -> bool:
    return rb.kind == "paragraph" and (is_credit_caption(rb.text) or is_figure_caption(rb.text))


def _in_pull_quote(el: HtmlElement) -> bool:
    return any(is_pull_quote(a) for a in el.iterancestors())


def _anchored_in(captions: Sequence[Anchored], container: HtmlElement) -> list[Anchored]:
    """Captions (or pull quotes) found in a profile's container, anchored inside it.

    A caption is anchored at its figure's parent, so that it is kept only while that stays
    in the story (a gallery the cleaning drops takes its captions along). When the
    container is the figure itself, or sits inside it, that parent is outside every
    container: the caption was found in this one, so it is anchored here.
    """
    out: list[Anchored] = []
    for text, anchor in captions:
        if anchor is None or not (anchor is container or container in anchor.iterancestors()):
            anchor = container
        out.append((text, anchor))
    return out


def _inside(anchor: HtmlElement | None, containers: Sequence[HtmlElement]) -> bool:
    if anchor is None:
        return False
    ids = {id(c) for c in containers}
    if id(anchor) in ids:
        return True
    return any(id(a) in ids for a in anchor.iterancestors())


# ---------------------------------------------------------------------------- rules


def main_container_rule(ctx: Context) -> Found[BodyResult] | None:
    """The scored story container(s) of the DOM, unless JSON-LD shows it missed the story.

    On a forum thread whose extraction lacks the opening post, that post is the story.
    """
    thread = is_thread_page(ctx.page.url, ctx.page.root, ctx.page.jsonld)
    post = first_post(ctx.work) if thread else None
    opening = extract_body(post, containers=[post]) if post is not None else None
    result = extract_body(ctx.work)
    # A thread whose opening post the cleaning dropped with the replies (its box is classed
    # like a comment) or the scoring passed over for a longer reply.
    if (
        opening is not None
        and not _holds(result, opening)
        and sum(len(b.text) for b in opening.blocks) >= MIN_BODY_CHARS
    ):
        return Found(value=opening, rule="heuristic:thread-first-post", source="heuristic")
    if result is None:
        return None
    chars = sum(len(b.text) for b in result.blocks)
    ld = jsonld_body(ctx)
    if ld is not None and (chars < MIN_BODY_CHARS or len(ld) > JSONLD_MUCH_LONGER * chars):
        return None  # the JSON-LD rule does better
    return Found(value=result, rule="heuristic:main-container", source="heuristic")


def _holds(result: BodyResult | None, opening: BodyResult) -> bool:
    """True when the extracted story holds the first post's longest paragraph."""
    if result is None:
        return False
    longest = max((b.text for b in opening.blocks), key=len)
    head = _norm(longest)[:THREAD_POST_HEAD_CHARS]
    return head in _norm(" ".join(b.text for b in result.blocks))


def jsonld_article_body_rule(ctx: Context) -> Found[BodyResult] | None:
    """``articleBody`` from JSON-LD: pages that render the story with script only."""
    text = jsonld_body(ctx)
    if text is None:
        return None
    blocks = blocks_from_text(text)
    if not blocks:
        return None
    # articleBody often leaves out the standfirst the page sets beside the headline.
    lead = header_standfirst(ctx.page.root)
    if lead is not None and _norm(lead) not in _norm(text):
        blocks = (Block(kind="paragraph", text=lead), *blocks)
    return Found(value=BodyResult(blocks=blocks), rule="jsonld:articleBody", source="metadata")


BODY_RULES: tuple[Rule, ...] = (main_container_rule, jsonld_article_body_rule)
