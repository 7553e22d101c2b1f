"""Credit: the wire service a story came from (AP, Reuters, AFP, dpa ...).

An agency is named in a handful of fixed places: the dateline ("PARIS (AFP) —"), the byline
("By A, Associated Press"), a trailer at the end ("— Associated Press", "Copyright 2019 The
Associated Press"), structured metadata (JSON-LD ``sourceOrganization``), or the site itself
(reuters.com). Only those places count: an agency merely mentioned in the story ("told
Reuters") or in a photo caption ("AP Photo/...") is not the story's credit, and most pages
have none, so every rule here is strict.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from copydesk.cleaning import clean_text
from copydesk.heuristics.agencies import AGENCY_PATTERN, agency_name
from copydesk.lexicon import AGENCIES, ORGANISATION_WORDS, Agency
from copydesk.model import Byline, Credit, Dateline
from copydesk.rules import Context, Found, Rule

__all__ = ["CREDIT_RULES", "credit_from_text"]

#: A credit text is short ("dpa/lno", "AFP/The Local"); longer text is a sentence.
MAX_CREDIT_TEXT_CHARS = 120
#: A trailer paragraph ("— Associated Press", "Copyright 2019 ...") is short.
MAX_TRAILER_CHARS = 240
#: How many closing blocks may hold a trailer.
TRAILER_BLOCKS = 4
#: How many opening blocks may hold an agency-only dateline "(Reuters) —".
OPENING_BLOCKS = 3

_BY_NAME: dict[str, Agency] = {a.name: a for a in AGENCIES}

# Parts of a credit text: "dpa/lno", "AFP/The Local", "FR mit dpa", "dsw / DPA".
_PART_SPLIT_RE = re.compile(r"\s*(?:[,;|/&+]|\s(?i:and|und|with|mit|et|y)\s)\s*")


_AGENCY = AGENCY_PATTERN

# An agency-only dateline opening the story: "(Reuters) — The ...", "(AP) -- ", and a place
# dateline the dateline rules did not accept ("BANGKOK, Thailand (AP) —").
_OPENING_RE = re.compile(
    rf"""^[^()]{{0,60}}?\(\s*(?P<agency>{_AGENCY})(?:\s*/\s*\w{{1,6}})?\s*\)\s*(?:[—–―]|-{{1,2}}|:)\s""",
    re.VERBOSE,
)

# Closing credit lines. Each is anchored to the whole (short) trailer paragraph or its end,
# so a mention inside a sentence ("he told Reuters") never matches.
_TRAILER_RES: tuple[re.Pattern[str], ...] = (
    # "— Associated Press", "-- Reuters", "(AFP)", "AFP", "Associated Press"
    re.compile(rf"^(?:[—–―]|-{{1,2}})?\s*\(?(?:(?i:the)\s+)?(?P<agency>{_AGENCY})\)?\s*\.?$"),
    # "... said. (AFP)" / "... said. — AP": a sentence closed by the agency tag.
    re.compile(rf"[.!?\"”]\s*(?:\((?P<agency>{_AGENCY})\)|[—–―]\s*(?P<agency2>{_AGENCY}))\.?$"),
    # "... the country. PTI": a bare agency abbreviation closing the last sentence (South
    # Asian and German papers sign wire copy so). Written as the abbreviation is (ALL CAPS,
    # or "dpa"), so an ordinary closing word never matches; agency_name() then decides.
    re.compile(r"[.!?\"”]\s+(?P<agency>[A-Z]{2,5}|dpa)\.?$"),
    # "Copyright 2019 The Associated Press. All rights reserved." / "© 2019 AFP"
    re.compile(
        rf"^(?i:copyright|\(c\)|©)\s*(?:©\s*)?(?:\d{{4}}\s*)?(?:(?i:the)\s+)?(?P<agency>{_AGENCY})\b"
    ),
    # "This story was originally published by States Newsroom." / "distributed by TNS"
    re.compile(
        rf"""(?i:(?:originally\s+(?:published|appeared)|first\s+(?:published|appeared)
                 |republished|distributed|syndicated|provided)\s+(?:by|in|on|at|from|via)
                 |this\s+(?:story|article)\s+(?:is|was)\s+(?:from|by))
             \s+(?:(?i:the)\s+)?(?P<agency>{_AGENCY})\b""",
        re.VERBOSE,
    ),
)
# Reuters closes its stories with "Reporting by X; Editing by Y": a Reuters-only trailer.
_REUTERS_TRAILER_RE = re.compile(
    r"^\(?(?:Additional\s+)?(?:Reporting|Writing)\s+by\s[^()]{2,160}?[;,]?\s+Editing\s+by\s"
)


def credit_from_text(text: str) -> Credit | None:
    """The agency a short credit text names ("dpa/lno", "AFP/The Local", "The AP"), or None.

    >>> credit_from_text("dpa/lno").name, credit_from_text("AFP/The Local").abbr
    ('dpa', 'AFP')
    >>> credit_from_text("The Local") is None
    True
    """
    raw = clean_text(text)
    if not raw or len(raw) > MAX_CREDIT_TEXT_CHARS:
        return None
    for part in (raw, *_PART_SPLIT_RE.split(raw)):
        name = agency_name(part) or agency_name(_strip_desk_words(part))
        if name is not None:
            return _credit(name, raw)
    return None


def _strip_desk_words(text: str) -> str:
    """ "Agenzia ANSA", "Reuters Editorial", "Redazione ANSA" -> the agency's own name."""
    words = text.split()
    while words and words[0].casefold() in ORGANISATION_WORDS:
        words.pop(0)
    while words and words[-1].casefold() in ORGANISATION_WORDS:
        words.pop()
    return " ".join(words)


def _credit(name: str, raw: str) -> Credit:
    agency = _BY_NAME.get(name)
    return Credit(name=name, abbr=agency.abbr if agency else None, raw=raw)


def _matched(m: re.Match[str], raw: str) -> Credit | None:
    found = next((g for g in (m.groupdict().get(k) for k in ("agency", "agency2")) if g), None)
    name = agency_name(found) if found else None
    return _credit(name, raw) if name else None


# ---------------------------------------------------------------- rules


def credit_dateline(ctx: Context) -> Found[Credit] | None:
    """The agency in the dateline: "KYIV, Ukraine (AP) —" -> Associated Press."""
    dateline: Dateline | None = ctx.value("dateline")
    if dateline is None or not dateline.agency:
        return None
    credit = credit_from_text(dateline.agency)
    if credit is None:
        return None
    return Found(value=_credit(credit.name, dateline.raw.strip()), rule="heuristic:credit-dateline")


def _blocks(ctx: Context) -> tuple[Any, ...]:
    body = ctx.value("body")
    return tuple(getattr(body, "blocks", None) or ())


def credit_opening(ctx: Context) -> Found[Credit] | None:
    """An agency-only dateline opening the story: "(Reuters) — The New York ..."."""
    for block in _blocks(ctx)[:OPENING_BLOCKS]:
        m = _OPENING_RE.match(block.text[:160])
        if m:
            credit = _matched(m, m.group(0).strip())
            if credit is not None:
                return Found(value=credit, rule="heuristic:credit-first-paragraph")
    return None


# Bylines taken from a "Quelle: X" source line: that line credits where the facts came from
# (a press office, a partner paper) as often as a wire, so it is not read as a credit.
_NOT_CREDIT_BYLINE_RULES = frozenset({"heuristic:source-line"})


def credit_byline(ctx: Context) -> Found[Credit] | None:
    """An agency among the byline's organisations: "By A and B, Bloomberg News"."""
    byline: Byline | None = ctx.value("byline")
    found = ctx.found.get("byline")
    if byline is None or (found is not None and found.rule in _NOT_CREDIT_BYLINE_RULES):
        return None
    for org in byline.organisations:
        credit = credit_from_text(org)
        if credit is not None:
            return Found(value=_credit(credit.name, byline.raw), rule="heuristic:credit-byline")
    if not byline.people:
        credit = credit_from_text(byline.raw)
        if credit is not None:
            return Found(value=credit, rule="heuristic:credit-byline")
    return None


# ``publisher`` last: a site names itself there, so an agency in it means the CMS filed a
# wire story under the agency (Hearst papers publish AP copy with publisher "Associated Press").
_JSONLD_CREDIT_KEYS = (
    "sourceOrganization",
    "provider",
    "copyrightHolder",
    "author",
    "creator",
    "publisher",
)


def _jsonld_orgs(value: Any) -> Iterator[str]:
    items = value if isinstance(value, list) else [value]
    for item in items[:20]:
        if isinstance(item, str):
            yield item
        elif isinstance(item, Mapping):
            name = item.get("name")
            if isinstance(name, str):
                yield name


def credit_jsonld(ctx: Context) -> Found[Credit] | None:
    """JSON-LD ``sourceOrganization``/``provider``/``copyrightHolder``/``publisher`` naming an
    agency (only lexicon agencies count, so a paper naming itself is never a credit)."""
    for obj in ctx.page.jsonld_articles():
        for key in _JSONLD_CREDIT_KEYS:
            for name in _jsonld_orgs(obj.get(key)):
                canonical = agency_name(name)
                if canonical is not None:
                    return Found(
                        value=_credit(canonical, clean_text(name)),
                        rule=f"jsonld:{key}",
                        source="metadata",
                    )
    return None


def credit_trailer(ctx: Context) -> Found[Credit] | None:
    """A credit line closing the story: "— Associated Press", "Copyright ... Reuters"."""
    blocks = _blocks(ctx)
    for block in reversed(blocks[-TRAILER_BLOCKS:]):
        text = block.text.strip()
        if not text or len(text) > MAX_TRAILER_CHARS * 4:
            continue
        tail = text[-MAX_TRAILER_CHARS:]
        for pattern in _TRAILER_RES:
            m = pattern.search(text if len(text) <= MAX_TRAILER_CHARS else tail)
            if m:
                credit = _matched(m, m.group(0).strip())
                if credit is not None:
                    return Found(value=credit, rule="heuristic:credit-trailer")
        if len(text) <= MAX_TRAILER_CHARS * 2 and _REUTERS_TRAILER_RE.search(text):
            return Found(value=_credit("Reuters", text), rule="heuristic:credit-trailer")
    return None


def credit_agency_site(ctx: Context) -> Found[Credit] | None:
    """On an agency's own site (reuters.com, apnews.com), the agency is the credit."""
    domain = ctx.page.domain or ""
    for agency in AGENCIES:
        for site in agency.domains:
            if domain == site or domain.endswith("." + site):
                return Found(value=_credit(agency.name, domain), rule="domain:agency-site")
    return None


#: The default credit chain: the places an agency is named, most explicit first.
CREDIT_RULES: tuple[Rule, ...] = (
    credit_dateline,
    credit_opening,
    credit_byline,
    credit_jsonld,
    credit_trailer,
    credit_agency_site,
)
