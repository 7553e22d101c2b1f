"""Datelines: the place (and sometimes date and agency) that opens a story.

"KYIV, Ukraine (AP) — The ...", "BRUSSELS (Reuters) - ...", "NEW DELHI: ...",
"Hamburg (dpa) - ...". A dateline is split off the first paragraph so the story text starts
with the story, and kept in ``Article.dateline`` so nothing is lost.

Most pages have no dateline, and a first sentence that merely starts with a place ("Paris is
a city ...") or a lead-in ("UPDATE: ...") must never be taken for one, so the test is strict:
a short place written the way datelines write places (ALL CAPS, or capitalised words with an
agency or a dash after them), then a separator, then the story.
"""

from __future__ import annotations

import re

from copydesk.cleaning import element_text, normalize_space
from copydesk.heuristics.markers import markers
from copydesk.lexicon import (
    DATELINE_FUNCTION_WORDS,
    DATELINE_KICKERS,
    DATELINE_LEADINS,
    DATELINE_REGIONS,
    ORGANISATION_WORDS,
    words,
)
from copydesk.model import Dateline
from copydesk.rules import Context, Found, Rule

__all__ = ["DATELINE_RULES", "split_dateline"]

#: Only the start of a paragraph is examined; a dateline is never longer than this.
MAX_DATELINE_CHARS = 120
#: A place ("SOUTHWEST MIAMI-DADE") has at most this many words per comma part.
MAX_PLACE_WORDS = 4
#: Title-case places ("Indianapolis –") are riskier than ALL CAPS: fewer words allowed.
MAX_TITLE_PLACE_WORDS = 3
#: Words the story must have after an ALL-CAPS or agency dateline ("CAIRO — Gunmen opened").
MIN_REST_WORDS = 3
#: Words after a capitalised place without agency ("Indianapolis – Several thousand ...").
MIN_TITLE_REST_WORDS = 6
#: The first paragraph may follow at most this many short blocks (a stray date or photo line).
MAX_BLOCKS_BEFORE_DATELINE = 2
#: A block before the dateline paragraph must be this short to be skipped over.
MAX_SKIPPED_BLOCK_CHARS = 120

# Shape of a dateline: words (no parentheses, dashes or colons in them), an optional
# "(Agency)", then a separator: an em/en dash, one or two hyphens, or a colon, followed by
# whitespace or the end of the text. Words are separated by spaces and capped at 12, so the
# match is linear. Validation of the words happens in Python (_place_parts).
_DATELINE_RE = re.compile(
    r"""
    ^(?P<head>[^\W\d_][^\s()—–―:]*(?:[ ](?![-—–―])[^\s()—–―:]+){0,11})
    (?:[ ]?\((?P<agency>[^()]{1,40})\))?
    (?P<sep>[ ]?(?:[—–―]|-{1,2}|:)(?:[ ]+|$))
    """,
    re.VERBOSE,
)
# A press-release source between slashes: "NEW YORK, Nov. 19, 2019 /PRNewswire/ --".
_SLASH_SOURCE_RE = re.compile(r"\s/(?P<source>[\w .-]{2,30})/$")

_MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|mai|juni"
    r"|juli|okt|dez|janv|févr|mars|avr|juin|juil|août|déc|ene|abr|ago|dic)[a-zéû]*\.?"
)
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
# A date part of a dateline: "Dec 3", "Nov. 19", "3 déc", "2019", "Tuesday".
_DATE_PART_RE = re.compile(
    rf"""^(?:
        {_WEEKDAY}
      | (?:{_WEEKDAY},?\s)?{_MONTH}\s\d{{1,2}}
      | (?:{_WEEKDAY},?\s)?\d{{1,2}}\.?\s{_MONTH}
      | \d{{4}}
      | \d{{1,2}}[./]\d{{1,2}}(?:[./]\d{{2,4}})?
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# One word of a place: letters with the punctuation places use (ST. LOUIS, MIAMI-DADE,
# S.D., Berlin/Hamburg, Coeur d'Alene).
_PLACE_WORD_RE = re.compile(r"^[^\W\d_][^\W\d_.'’/-]*(?:[.'’/-][^\W\d_]*)*\.?$")
# A web address ending ("Example.com", "PanARMENIAN.Net"): a site, never a place.
_TLD_RE = re.compile(
    r"\.(?:com|net|org|info|biz|news|online|de|at|ch|uk|co|in|ru|am|fr|es|it|io|tv|eu|nl)$",
    re.IGNORECASE,
)
# Lower-case words allowed inside a place ("Frankfurt am Main", "Rio de Janeiro").
_PLACE_PARTICLES = words(
    "am an der de del do da dos das la le les los las of on upon sur sous en im in bei ob y e"
)


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _place_words_ok(words: list[str], *, title_max: int) -> str | None:
    """'caps' / 'title' when ``words`` look like a place written as datelines do, else None."""
    if not words or len(words) > MAX_PLACE_WORDS:
        return None
    if not all(_PLACE_WORD_RE.match(w) for w in words) or any(_TLD_RE.search(w) for w in words):
        return None  # "PanARMENIAN.Net -" is a site name
    folded = [w.casefold().strip(".") for w in words]
    if any(f in DATELINE_LEADINS for f in folded) or any(f in ORGANISATION_WORDS for f in folded):
        return None
    if len(words) == 1 and folded[0] in DATELINE_FUNCTION_WORDS:
        return None
    if _is_caps(" ".join(words)):
        return "caps"
    if folded[0] in DATELINE_FUNCTION_WORDS:  # "The President —" opens a sentence
        return None
    if len(words) > title_max:
        return None
    for i, (word, fold) in enumerate(zip(words, folded, strict=True)):
        if word[:1].isupper():
            continue
        if i == 0 or fold not in _PLACE_PARTICLES:
            return None
    return "title"


def _place_parts(head: str) -> tuple[str, str | None, str | None] | None:
    """(place, date, source) for a dateline head like "NEW YORK, Dec 3", or None."""
    source = None
    m = _SLASH_SOURCE_RE.search(head)
    if m:
        source = m.group("source").strip()
        head = head[: m.start()]
    parts = [p.strip() for p in head.split(",")]
    if any(not p for p in parts):
        return None
    place_parts: list[str] = []
    date_parts: list[str] = []
    for i, part in enumerate(parts):
        if _DATE_PART_RE.match(part):
            if i == 0:
                return None
            date_parts.append(part)
            continue
        if date_parts:  # a place after the date: not a dateline shape
            return None
        kind = _place_words_ok(part.split(), title_max=MAX_TITLE_PLACE_WORDS if i == 0 else 4)
        if kind is None:
            return None
        if i == 0 and sum(c.isalpha() for c in part) <= 2:
            return None  # "US —", "AI:": initials or acronyms open the sentence, not a place
        place_parts.append(part)
    if not place_parts:
        return None
    return ", ".join(place_parts), (", ".join(date_parts) or None), source


def split_dateline(text: str) -> tuple[Dateline, str] | None:
    """Split a dateline off the start of a paragraph: ``(Dateline, rest)`` or None.

    ``Dateline.raw`` is the exact prefix removed (separator and following space included).

    >>> dl, rest = split_dateline("KYIV, Ukraine (AP) — Russia said on Monday ...")
    >>> dl.place, dl.agency, dl.raw, rest
    ('KYIV, Ukraine', 'AP', 'KYIV, Ukraine (AP) — ', 'Russia said on Monday ...')
    >>> split_dateline("Paris is a city of light.") is None
    True
    """
    head_text = text[: MAX_DATELINE_CHARS + 40]
    m = _DATELINE_RE.match(head_text)
    if m is None:
        return _standalone(text)
    raw = text[: m.end()]
    if len(raw) > MAX_DATELINE_CHARS:
        return None
    parts = _place_parts(m.group("head"))
    if parts is None:
        return None
    place, date, source = parts
    agency = normalize_space(m.group("agency")) or source or None
    sep = m.group("sep").strip()
    first_kind = "caps" if _is_caps(place.split(",")[0]) else "title"
    # A capitalised word and a colon is how lead-ins look ("Update:", "Photos:"); only a
    # comma-qualified place ("Washington, DC, United States:") passes with a colon.
    if first_kind == "title" and agency is None and sep == ":" and "," not in place:
        return None
    # Kickers end in a colon too ("BOTTOM LINE:", "WHY IT MATTERS:"); datelines with a colon
    # ("NEW DELHI:") never use their words.
    if sep == ":" and any(w.casefold().strip(".'’") in DATELINE_KICKERS for w in place.split()):
        return None
    rest = text[m.end() :]
    # The story after a dateline is a sentence, not a breadcrumb's next crumb ("Forums -
    # Regeln"); after a capitalised place without an agency, a real sentence.
    min_words = MIN_REST_WORDS if first_kind == "caps" or agency else MIN_TITLE_REST_WORDS
    if rest and len(rest.split()) < min_words:
        return None
    # The story after a dateline starts a sentence: a capital, a digit or a quote.
    if rest and not (rest[:1].isupper() or rest[:1].isdigit() or rest[:1] in "\"'“‘«„(¿¡"):
        return None
    return Dateline(raw=raw, place=place, date=date, agency=agency), rest


def _standalone(text: str) -> tuple[Dateline, str] | None:
    """A paragraph that is only "PLACE, REGION" (a press-release dateline on its own line)."""
    stripped = text.strip()
    if len(stripped) > MAX_DATELINE_CHARS or "," not in stripped or "(" in stripped:
        return None
    parts = _place_parts(stripped)
    if parts is None or not _is_caps(parts[0].split(",")[0]):
        return None
    place, date, source = parts
    # "VICTOR TANGERMANN, FUTURISM" has the same shape: alone on its line, the second part
    # must be a known country or US state for the line to be a dateline.
    regions = [p.strip().strip(".").casefold() for p in place.split(",")[1:]]
    if not regions or regions[-1] not in DATELINE_REGIONS:
        return None
    return Dateline(raw=text, place=place, date=date, agency=source), ""


# ---------------------------------------------------------------- rules


def _paragraph_blocks(ctx: Context) -> list[str]:
    body = ctx.value("body")
    blocks = getattr(body, "blocks", None) or ()
    texts: list[str] = []
    for block in blocks[: MAX_BLOCKS_BEFORE_DATELINE + 1]:
        texts.append(block.text if getattr(block, "kind", "paragraph") == "paragraph" else "")
    return texts


def dateline_first_paragraph(ctx: Context) -> Found[Dateline] | None:
    """The dateline opening the story's first paragraph (or one of the first few).

    Past a long block (a standfirst), only the unmistakable ALL-CAPS form with a story after
    it counts ("WASHINGTON — The Senate ..."); a capitalised place must open the story.
    """
    skipped_long = False
    for i, text in enumerate(_paragraph_blocks(ctx)):
        got = split_dateline(text) if text else None
        if got is not None:
            dateline, rest = got
            caps = _is_caps(dateline.place.split(",")[0])
            # A line that is only "BAAR, SWITZERLAND" passed _standalone's region check, so
            # it may follow a standfirst like an ALL-CAPS dateline with a story after it.
            standalone = caps and not rest and dateline.raw == text
            if (caps and (rest or standalone)) or (not skipped_long and (rest or i == 0 or caps)):
                return Found(value=dateline, rule="heuristic:dateline-first-paragraph")
        if len(text) > MAX_SKIPPED_BLOCK_CHARS:
            skipped_long = True
    return None


# What the dateline elements are described as (provenance); matched by markers().
_DATELINE_CSS = (
    "[class*=dateline], [class*=Dateline], [class*=ortsmarke], [class*=Ortsmarke],"
    " [class*=date-line]"
)


def dateline_element(ctx: Context) -> Found[Dateline] | None:
    """An element marked as the dateline (``<span class="dateline">CAIRO —</span>``)."""
    for el in markers(ctx.page).dateline:
        text = element_text(el)
        if not text or len(text) > MAX_DATELINE_CHARS:
            continue
        got = split_dateline(text + " ")
        if got is None and _is_caps(text):  # a bare "CAIRO" in a dateline element
            got = split_dateline(text + " — ")
        if got is None:
            continue
        dateline, rest = got
        if rest.strip():
            continue
        # The raw text is what the story's first block starts with, when it does.
        for block in _paragraph_blocks(ctx)[:1]:
            if block.startswith(text):
                tail = block[len(text) :]
                raw = text + tail[: len(tail) - len(tail.lstrip())]
                break
        else:
            raw = text
        return Found(
            value=Dateline(
                raw=raw, place=dateline.place, date=dateline.date, agency=dateline.agency
            ),
            rule="heuristic:dateline-element",
            selector=_DATELINE_CSS,
        )
    return None


#: The default dateline chain.
DATELINE_RULES: tuple[Rule, ...] = (dateline_first_paragraph, dateline_element)
