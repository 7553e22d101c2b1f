"""Credit from the agency's copyright notice set after a wire story.

Papers that run wire copy often print the agency's own notice under the story instead of
naming it in the byline: "Copyright 2024 The Associated Press. All rights reserved. This
material may not be published, broadcast, rewritten or redistributed." Boilerplate rules
rightly keep that line out of the story text, so the trailer rule (which reads the story's
closing blocks) never sees it; this rule reads it in the page instead.

Only a notice that stands on its own in the article's part of the page counts. A photo's
copyright ("© 2024 AP", in a figure or credit line) says who took the picture, and a site
footer's notice is about the site, so neither is the story's credit.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from copydesk.cleaning import normalize_space
from copydesk.heuristics.agencies import AGENCY_PATTERN
from copydesk.heuristics.bodyjsonld import jsonld_body, raw_blocks_from_text
from copydesk.heuristics.boilerplate import attr_words
from copydesk.heuristics.credit import credit_from_text
from copydesk.model import Credit
from copydesk.rules import Context, Found

__all__ = ["credit_copyright_notice"]

#: A notice is a line or two ("... All rights reserved. This material may not be ...").
MAX_NOTICE_CHARS = 300
#: The notice closes an ``articleBody`` within its last few lines.
JSONLD_NOTICE_BLOCKS = 4
#: Elements whose own text may be the notice: paragraphs and the boxes pages set it in.
_NOTICE_TAGS = ("p", "div", "span", "small", "em", "i", "footer", "section", "aside")

# "Copyright 2024 The Associated Press", "© 2019 AFP", "(c) Reuters 2024": the notice
# opens with the copyright sign or word, then at most a year before the agency's name.
_NOTICE_RE = re.compile(
    rf"""^(?i:copyright|\(c\)|©)\s*(?:©\s*)?(?:(?:19|20)\d{{2}}\s*)?(?:(?i:the)\s+)?
        (?P<agency>{AGENCY_PATTERN})\b""",
    re.VERBOSE,
)
# What makes a copyright line the notice of the story's rights, not a photo credit
# ("© REUTERS / POOL") or a list of the site's sources ("© ČTK, DPA, Reuters a ..."): the
# rights clause, or a bare "© <year> <agency>" line.
_RIGHTS_RE = re.compile(
    r"all\s+rights\s+reserved|may\s+not\s+be\s+(?:published|reproduced)|alle\s+rechte"
    r"|tous\s+droits|todos\s+los\s+derechos|tutti\s+i\s+diritti",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(r"(?:19|20)\d{2}")
_AFTER_AGENCY_RE = re.compile(r"\W*$|\.\s")
# Cheap test on an element's own leading text before its whole text is read.
_NOTICE_START_RE = re.compile(r"\s*(?i:copyright|\(c\)|©)")
# Class/id words of the places a photo's copyright sits.
_PHOTO_WORDS = re.compile(r"caption|credit|photo|image|media|gallery|figure|slideshow")
# Class/id words of the story's own wrapper (when the page has no <article>/<main>).
_STORY_WORDS = re.compile(r"article|story|entry|post-?(?:body|content)|body-?text")
_NOT_STORY_TAGS = frozenset(("figure", "figcaption", "picture", "nav", "header", "script"))
_STORY_TAGS = frozenset(("article", "main"))


def credit_copyright_notice(ctx: Context) -> Found[Credit] | None:
    """The agency whose copyright notice sits in the article after the story.

    Page shape: ``<article> ...story... <p>Copyright 2024 The Associated Press. All rights
    reserved.</p></article>`` on a paper's site. Not a credit: the same notice in a
    ``<figure>``/caption/credit (the photo's), or in the page footer (the site's). When the
    story came from the JSON-LD ``articleBody`` (whose filters drop the notice line), the
    notice closing that text counts the same.
    """
    if not ctx.value("body"):
        return None
    for el in ctx.page.root.iter(*_NOTICE_TAGS):
        text = el.text
        if not text or not _NOTICE_START_RE.match(text):
            continue
        line = normalize_space(el.text_content())
        if len(line) > MAX_NOTICE_CHARS or not _in_story_part(el):
            continue
        found = _notice_credit(line)
        if found is not None:
            return found
    body = ctx.found.get("body")
    if body is None or body.rule != "jsonld:articleBody":
        return None
    for rb in reversed(raw_blocks_from_text(jsonld_body(ctx) or "")[-JSONLD_NOTICE_BLOCKS:]):
        if len(rb.text) <= MAX_NOTICE_CHARS and _NOTICE_START_RE.match(rb.text):
            found = _notice_credit(rb.text)
            if found is not None:
                return found
    return None


def _notice_credit(line: str) -> Found[Credit] | None:
    m = _NOTICE_RE.match(line)
    if m is None or not _is_notice(line, m):
        return None
    credit = credit_from_text(m.group("agency"))
    if credit is None:
        return None
    value = Credit(name=credit.name, abbr=credit.abbr, raw=line)
    return Found(value=value, rule="heuristic:credit-copyright-notice")


def _is_notice(line: str, m: re.Match[str]) -> bool:
    """A rights notice: it states the rights, or is exactly "© <year> <agency>"."""
    rest = line[m.end() :]
    if rest.lstrip().startswith(("/", ",", "&", "+")):
        return False  # a photo credit or a list of sources
    if _RIGHTS_RE.search(line):
        return True
    return bool(_YEAR_RE.search(line[: m.start("agency")])) and bool(_AFTER_AGENCY_RE.match(rest))


def _in_story_part(el: HtmlElement) -> bool:
    """Whether ``el`` sits in the story's wrapper (``<article>``, ``<main>``, a class
    naming the story), not in a photo, the navigation or the page header. A site footer is
    outside every story wrapper, so its notice never counts.

    The mirror of :func:`~copydesk.heuristics.chromezone.in_chrome`: an element is in the
    story only when a story wrapper is found, so reaching the root means "not the story"."""
    for node in (el, *el.iterancestors()):
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _NOT_STORY_TAGS or node.get("itemprop") in ("image", "associatedMedia"):
            return False
        words = attr_words(node)
        if _PHOTO_WORDS.search(words):
            return False
        if (
            tag in _STORY_TAGS
            or node.get("itemprop") == "articleBody"
            or _STORY_WORDS.search(words)
        ):
            return True
    return False
