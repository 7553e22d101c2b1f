"""The story as the page's JSON-LD ``articleBody`` gives it, for the body rules' fallback.

Some pages render the story with script only, or the scored DOM container misses most of
it; their JSON-LD often carries the full text. This module picks the page's own
``articleBody`` (not a related story's) and splits it into blocks, whether it is plain text
with blank lines between paragraphs or HTML markup. The blocks then go through the same
whole-line chrome checks as the DOM's (:func:`~copydesk.heuristics.blockfilters.filter_blocks`):
CMSs put the rights notice, the "Advertisement" slots, share prompts and paywall teasers
into ``articleBody`` as lines of their own. When to prefer it over the DOM is decided by
the rules in :mod:`~copydesk.heuristics.body`.
"""

from __future__ import annotations

import contextlib
import html
import re
from collections.abc import Mapping
from typing import Any

import attrs
import lxml.html
from lxml import etree

from copydesk.cleaning import clean_text
from copydesk.heuristics.blockfilters import filter_blocks
from copydesk.heuristics.blocks import RawBlock, extract_blocks
from copydesk.heuristics.standfirst import compare_form
from copydesk.model import Block
from copydesk.rules import Context

# Markup inside a JSON string: "<p>", "</p>", "<br/>" (escaped or not).
_HTML_TAG = re.compile(
    r"</?(?:p|br|div|h[1-6]|ul|ol|li|blockquote|strong|em|a)\b[^>]{0,200}>|&lt;/?p&gt;",
    re.IGNORECASE,
)
_PARA_SPLIT = re.compile(r"\s*\n\s*\n\s*|\s*\r\n\s*\r\n\s*")


def jsonld_body(ctx: Context) -> str | None:
    """The page's own JSON-LD ``articleBody``.

    Pages list other stories' objects too (related items, a live blog's entries); with
    several bodies only one whose headline or URL matches this page is used.
    """
    bodies: list[tuple[Mapping[str, Any], str]] = []
    for obj in ctx.page.jsonld_articles():
        body = obj.get("articleBody")
        if isinstance(body, list):
            body = "\n\n".join(str(b) for b in body if isinstance(b, str))
        if isinstance(body, str) and body.strip():
            bodies.append((obj, body))
    if len(bodies) == 1:
        return bodies[0][1]
    title = compare_form(str(ctx.value("title") or ""))
    url = (ctx.page.url or "").rstrip("/")
    for obj, body in bodies:
        headline = compare_form(str(obj.get("headline") or ""))
        ids = {str(obj.get(k) or "").rstrip("/") for k in ("url", "@id", "mainEntityOfPage")}
        if (title and headline and (headline in title or title in headline)) or (
            url and url in ids
        ):
            return body
    return None


def blocks_from_text(text: str) -> tuple[Block, ...]:
    """The story's paragraphs in an ``articleBody``, its chrome lines dropped.

    Plain text is split on blank lines (or on line breaks when it has none), markup into
    its blocks. Only the checks on a line's wording apply: links and boxes in a JSON string
    say nothing about the page's layout, so no block is judged by its links.

    >>> [b.text for b in blocks_from_text("First paragraph.\\n\\nAdvertisement\\n\\nSecond one.")]
    ['First paragraph.', 'Second one.']
    >>> [b.text for b in blocks_from_text("&lt;p&gt;One.&lt;/p&gt;&lt;p&gt;Two.&lt;/p&gt;")]
    ['One.', 'Two.']
    """
    return tuple(filter_blocks(raw_blocks_from_text(text), trusted=True))


def raw_blocks_from_text(text: str) -> list[RawBlock]:
    """The blocks of an ``articleBody`` as written: plain text or HTML markup, unfiltered.

    Link lengths are zeroed (see :func:`blocks_from_text`); a table's cells keep their rows.

    >>> [b.text for b in raw_blocks_from_text("One.\\n\\nAdvertisement")]
    ['One.', 'Advertisement']
    """
    if _HTML_TAG.search(text):
        with contextlib.suppress(etree.ParserError, ValueError):
            fragment = lxml.html.fragment_fromstring(
                html.unescape(text) if "&lt;" in text else text, create_parent="div"
            )
            return [attrs.evolve(rb, link_chars=0) for rb in extract_blocks(fragment)]
    text = html.unescape(text)
    paras = [clean_text(p) for p in _PARA_SPLIT.split(text)]
    if len(paras) == 1:
        paras = [clean_text(p) for p in text.splitlines()]
    return [RawBlock("paragraph", p, None, 0, "p") for p in paras if p]
