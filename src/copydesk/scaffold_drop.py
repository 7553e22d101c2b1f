"""Proposing ``drop`` selectors for a drafted profile: the boxes inside the story.

A story container usually holds more than the story: a share bar, a newsletter or donation
appeal, an ad slot, a list of related stories, a "Read more" teaser, a promo for the app.
The generic rules leave these out of the paragraphs on the page the draft is made from, but
a profile's ``drop`` list keeps them out on the outlet's other pages too, where the wording
may slip past the rules. So the draft looks inside the body container for elements that
hold none of the story's text (the paragraphs and captions the heuristics kept) and are
named — or worded — like such a box, and proposes a stable selector for each (class words,
``data-*`` attributes, ids that are not record numbers, as for the other fields).

A selector is proposed only if nothing it matches holds story text, on this page and on
the extra pages given; the draft then checks that the drops change nothing on this page.

>>> import lxml.html
>>> root = lxml.html.document_fromstring('''<html><body><div class="story-body">
... <div class="share-tools"><a href="#">Facebook</a> <a href="#">Email</a></div>
... <p>The harbour, long quiet, filled with boats again this week.</p>
... <p class="share-story-text">Fishermen said the season had finally begun.</p>
... </div></body></html>''')
>>> story = ["The harbour, long quiet, filled with boats again this week.",
...          "Fishermen said the season had finally begun."]
>>> [(d.css, d.seen) for d in propose_drops(root, root.find_class("story-body"), story)]
[('div.share-tools', 'share bar')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import attrs
from lxml.html import HtmlElement

from copydesk.cleaning import element_text
from copydesk.selectors import SelectorSyntaxError, select
from copydesk.stable_selectors import own_selectors, presentational

#: Drop selectors proposed per draft at most: past this, the story container is mostly
#: boxes and a person should read it.
MAX_DROPS = 8
#: A box whose text is longer than this is worded like an appeal only by accident: text
#: cues ("Sign up for our newsletter") count on shorter elements only.
MAX_APPEAL_TEXT_CHARS = 400
#: An element text at least this long found inside a story paragraph is a piece of it
#: (shorter ones, "Share" or "Ad", may occur in any sentence by chance).
MIN_STORY_PIECE_CHARS = 25
#: The first/last this-many characters of a paragraph found in an element mean the
#: paragraph (or most of it) is there, even if cleaning changed its middle.
STORY_EDGE_CHARS = 40
#: How much of a box's text the draft quotes in its comment.
SAMPLE_CHARS = 40
#: A box found by its wording alone is named by a class or id at least this long ("FL",
#: "cf" are layout shorthands shared with anything).
MIN_PLAIN_NAME_CHARS = 4

# Elements that never show text: not boxes to propose (the rules remove them anyway).
_SKIP_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "iframe", "button", "input",
        "select", "textarea", "option", "label", "link", "meta", "br", "hr", "img", "source",
        "picture", "video", "audio",
    }
)  # fmt: skip
# Block-level tags a proposed box may have: inline ones (a, span, em) sit inside sentences.
_BOX_TAGS = frozenset(
    {
        "div", "aside", "section", "ul", "ol", "form", "nav", "p", "figure", "header",
        "footer", "dl", "table", "blockquote", "h2", "h3", "h4", "h5", "h6",
    }
)  # fmt: skip
# Tags a story paragraph comes from: a match inside one of these is inside running text.
_PARAGRAPH_TAGS = frozenset(
    {"p", "li", "h2", "h3", "h4", "h5", "h6", "blockquote", "dd", "dt", "td", "th", "pre"}
)

# What a box is, from its class/id/data-* words: (what the comment says, words naming it).
# Matched as substrings of the lower-cased names, so only words distinctive enough not to
# occur inside story class names ("read" is in "thread", so "read-more" is spelled out).
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("share bar", re.compile(r"shar(?:e|ing)|social|sharethis|addthis|shariff")),
    ("newsletter appeal", re.compile(r"newsletter|sign-?up|opt-?in")),
    ("subscription appeal", re.compile(r"subscri")),
    ("donation appeal", re.compile(r"donat|support-?us|membership-?(?:ask|appeal|cta|promo)")),
    (
        "related stories",
        re.compile(
            r"related|recommend|more-?(?:stories|news|articles|from)|also-?read|most-?read"
            r"|popular|trending|outbrain|taboola|read-?next|up-?next|see-?also"
        ),
    ),
    # Not "teaser": it also names the story's own header component ("teaser__author").
    ("'Read more' teaser", re.compile(r"read-?more|read-?also")),
    ("embedded promo", re.compile(r"promo|(?<![a-z])cta(?![a-z])|app-?download|marketing")),
)
# Ad slots are named with short words ("ad", "ads", "dfp"), matched as whole name parts so
# "ad" does not fire inside "head" or "shadow".
_AD_PARTS = frozenset(
    {"ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adslot",
     "adunit", "dfp", "gpt", "sponsor", "sponsored"}
)  # fmt: skip
# Posts embedded in the story (a quoted tweet, "social-embed"): material the story is
# about, never a share bar, whatever "social" says.
_EMBED_RE = re.compile(
    r"(?:social|tweet|twitter|instagram|tiktok|facebook|bluesky|mastodon)[-_]?(?:media[-_]?)?embed"
    r"|embed(?:ded)?[-_]?(?:social|tweet|twitter|instagram|post)|twitter-tweet|instagram-media"
)
# The wording of boxes whose names say nothing ("box", "inline-module"). Anchored at the
# start of a short text, so a sentence merely mentioning a newsletter does not qualify.
_TEXT_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("share bar", re.compile(r"^share(?:\s+this(?:\s+(?:article|story|page))?)?\b", re.I)),
    (
        "newsletter appeal",
        re.compile(
            r"^(?:sign\s+up|subscribe|get\s+(?:our|the)\b.{0,60}\bnewsletter)"
            r"|\bsign\s+up\s+for\s+(?:our|the)\b.{0,60}\bnewsletter",
            re.I,
        ),
    ),
    (
        "donation appeal",
        re.compile(
            r"^(?:donate|support\s+(?:our|local|independent)\s+(?:journalism|reporting|news))"
            r"|\bbecome\s+a\s+(?:member|supporter)\b|\bmake\s+a\s+donation\b",
            re.I,
        ),
    ),
    ("ad slot", re.compile(r"^(?:advertisement|advertising|sponsored(?:\s+content)?)$", re.I)),
    (
        "related stories",
        re.compile(
            r"^(?:related(?:\s+(?:stories|articles|coverage|content|links))?|more\s+on\s+this"
            r"|see\s+also|you\s+(?:may|might)\s+also\s+like|recommended(?:\s+for\s+you)?"
            r"|most\s+read)\b",
            re.I,
        ),
    ),
    ("'Read more' teaser", re.compile(r"^(?:read\s+more|read\s+also|also\s+read)\b", re.I)),
)
_NAME_PARTS_RE = re.compile(r"[-_\s]+")
# The punctuation of a CSS selector, to read its words back out of it.
_CSS_PUNCT_RE = re.compile(r"[.#\[\]=\"'~^$*|>+]+")
# An attribute test's name ("[data-ad-unit="), to tell a role word from a value word.
_ATTR_NAME_RE = re.compile(r"\[[\w-]+[~|^$*]?=")


@attrs.frozen
class DropProposal:
    """A proposed ``drop`` selector and what the draft saw there."""

    css: str
    seen: str  # what kind of box: "share bar", "newsletter appeal" ...
    sample: str = ""  # the start of its text, for the comment ("" for an empty ad slot)
    pages: tuple[int, int] = (0, 0)  # (other pages it matched on, other pages)

    @property
    def comment(self) -> str:
        """What the draft writes beside the selector: ``share bar: "Share Facebook"``."""
        return f'{self.seen}: "{self.sample}"' if self.sample else self.seen


class _Story:
    """The story text of one page, and whether an element holds any of it."""

    def __init__(self, root: HtmlElement, texts: Sequence[str]) -> None:
        self.root = root
        self.texts = [t for t in texts if t]
        self.edges = [
            (t[:STORY_EDGE_CHARS], t[-STORY_EDGE_CHARS:])
            for t in self.texts
            if len(t) > STORY_EDGE_CHARS
        ]
        self._text: dict[HtmlElement, str] = {}
        self._holds: dict[HtmlElement, bool] = {}

    def text(self, el: HtmlElement) -> str:
        got = self._text.get(el)
        if got is None:
            got = self._text[el] = element_text(el)
        return got

    def holds(self, el: HtmlElement) -> bool:
        """True if ``el`` holds story text, or sits inside a paragraph that does."""
        got = self._holds.get(el)
        if got is None:
            got = self._holds[el] = self._overlaps(self.text(el))
            if not got:
                block = next((a for a in el.iterancestors() if a.tag in _PARAGRAPH_TAGS), None)
                got = self._holds[el] = block is not None and self._overlaps(self.text(block))
        return got

    def _overlaps(self, text: str) -> bool:
        if not text:
            return False
        if any(t in text for t in self.texts):
            return True
        if len(text) >= MIN_STORY_PIECE_CHARS and any(text in t for t in self.texts):
            return True
        return any(head in text or tail in text for head, tail in self.edges)


def propose_drops(
    root: HtmlElement,
    containers: Sequence[HtmlElement],
    story: Sequence[str],
    others: Sequence[tuple[HtmlElement, Sequence[str]]] = (),
) -> list[DropProposal]:
    """Drop selectors for the boxes inside ``containers`` that hold none of ``story``.

    ``story`` is the text the heuristics kept on the page (paragraphs and captions);
    ``others`` are other pages of the outlet as ``(root, their story texts)``. A selector
    qualifies only if none of its matches on any of these pages holds story text.
    """
    page = _Story(root, story)
    checks = [page, *(_Story(r, s) for r, s in others)]
    out: list[DropProposal] = []
    covered: set[HtmlElement] = set()
    for el in _boxes(containers, page):
        if len(out) >= MAX_DROPS:
            break
        if el in covered or any(a in covered for a in el.iterancestors()):
            continue  # an earlier selector (two ad slots, one class) already drops it
        seen = kind_of(el, page.text(el))
        if seen is None:
            continue
        best: tuple[int, str, list[HtmlElement]] | None = None
        for css in _candidates(el):
            per_page = [_matches(c.root, css) for c in checks]
            if el not in per_page[0] or any(
                c.holds(m) for c, ms in zip(checks, per_page, strict=True) for m in ms
            ):
                continue
            on_others = sum(1 for ms in per_page[1:] if ms)
            if best is None or on_others > best[0]:  # the box found on more pages wins
                best = (on_others, css, per_page[0])
            if not others:
                break
        if best is not None:
            on_others, css, matched = best
            covered.update(matched)
            out.append(DropProposal(css, seen, _sample(page.text(el)), (on_others, len(others))))
    return out


def _sample(text: str) -> str:
    if len(text) <= SAMPLE_CHARS:
        return text
    return text[:SAMPLE_CHARS].rsplit(" ", 1)[0] + "…"


def kind_of(el: HtmlElement, text: str) -> str | None:
    """What kind of box ``el`` is, from its names first, then its wording; None if neither.

    >>> import lxml.html
    >>> kind_of(lxml.html.fragment_fromstring('<div class="ad-slot"></div>'), "")
    'ad slot'
    >>> kind_of(lxml.html.fragment_fromstring('<div class="box"></div>'), "Advertisement")
    'ad slot'
    >>> kind_of(lxml.html.fragment_fromstring('<div class="social-embed"></div>'), "") is None
    True
    """
    names = " ".join(_names(el))
    if _EMBED_RE.search(names):
        return None
    seen = kind_of_names(names)
    if seen is not None:
        return seen
    if len(text) <= MAX_APPEAL_TEXT_CHARS:
        for label, pattern in _TEXT_KINDS:
            if pattern.search(text):
                return label
    return None


def kind_of_names(names: str) -> str | None:
    """What kind of box class/id/data-* words name: "share bar", "ad slot" ... or None.

    >>> kind_of_names("dp-newsletter"), kind_of_names("ad-container"), kind_of_names("header")
    ('newsletter appeal', 'ad slot', None)
    """
    low = names.lower()
    for label, pattern in _KINDS:
        if pattern.search(low):
            return label
    if any(part in _AD_PARTS for part in _NAME_PARTS_RE.split(low)):
        return "ad slot"
    return None


def _names(el: HtmlElement) -> Iterator[str]:
    """The words an element is named by: class, id, data-* names and values, aria-label."""
    yield from (el.get("class") or "").lower().split()
    if el.get("id"):
        yield str(el.get("id")).lower()
    for attr, value in el.attrib.items():
        if attr.startswith("data-"):
            yield attr[5:].lower()
            if len(value) <= 60:
                yield value.lower()
    if el.get("aria-label"):
        yield str(el.get("aria-label")).lower()


def _boxes(containers: Sequence[HtmlElement], story: _Story) -> Iterator[HtmlElement]:
    """Elements inside the containers holding no story text, outermost first.

    A box's own children are visited too, after it (the caller skips those it covered), so
    a box without a stable name can still be dropped by a named box inside it.
    """
    stack = [c for c in reversed(containers) if isinstance(c, HtmlElement)]
    while stack:
        el = stack.pop()
        children = [c for c in el if isinstance(c, HtmlElement) and isinstance(c.tag, str)]
        for child in reversed(children):
            stack.append(child)
        if el in containers or el.tag in _SKIP_TAGS or el.tag not in _BOX_TAGS:
            continue
        if not story.holds(el):
            yield el


def _candidates(el: HtmlElement) -> list[str]:
    """Stable selectors for ``el``, those whose words say what it is first."""
    tag = str(el.tag)
    out = []
    for css in own_selectors(el, "drop"):
        if css == tag:
            continue  # every <div>: never
        cls = css[len(tag) + 1 :] if css.startswith(f"{tag}.") else ""
        if _naming_rank(css) < 2:
            pass  # "inline-promo" says what it is, whatever "inline-" says of its looks
        elif cls and all(presentational(c) for c in cls.split(".")):
            continue  # how it looks ("mt-4"), not what it is
        elif len(_CSS_PUNCT_RE.sub("", css[len(tag) :])) < MIN_PLAIN_NAME_CHARS:
            continue  # "div.FL", "#b": a layout abbreviation names nothing
        out.append(css)
    out.sort(key=_naming_rank)
    return out


def _naming_rank(css: str) -> int:
    """0: a class or value says what the box is ("div.share-bar"); 1: only an attribute's
    name does (``div[data-ad-unit="top"]``: "top" names one slot); 2: nothing does."""
    if kind_of_names(_CSS_PUNCT_RE.sub(" ", _ATTR_NAME_RE.sub(" ", css))) is not None:
        return 0
    return 1 if kind_of_names(_CSS_PUNCT_RE.sub(" ", css)) is not None else 2


def _matches(root: HtmlElement, css: str) -> list[HtmlElement]:
    try:
        return [m for m in select(root, css=css) if isinstance(m, HtmlElement)]
    except SelectorSyntaxError:
        return []
