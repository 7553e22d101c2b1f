"""Draft an outlet profile from one page: ``copydesk profiles new DOMAIN PAGE.html``.

Writing a profile starts with reading the page's markup for the elements that hold the
headline, byline, date, section and story. This module does that legwork: it runs the
generic heuristics on the page, finds the elements holding what they extracted, and
proposes *stable* selectors for them — ``itemprop``, ``data-*`` attributes, semantic class
names (``byline``, ``headline``, ``article-body``) and ids that do not look generated —
never ``nth-child`` chains or hashed class names such as ``css-1x2y3z``. Each selector is
checked to select exactly the element it was made for.

The draft is then verified: parsed with the drafted profile, the page must give the same
title, authors, published date, section and paragraphs as the heuristics did. A field whose
selector does not reproduce the heuristics' answer is left out (and said so in the notes),
so a draft never makes a page worse. Boxes inside the story container that the heuristics
left out — share bars, newsletter and donation appeals, ad slots, related lists — get
``drop`` selectors (see :mod:`copydesk.scaffold_drop`). Finding the elements is
:mod:`copydesk.scaffold_find`'s job, checking the selectors :mod:`copydesk.scaffold_verify`'s
and writing the module :mod:`copydesk.scaffold_render`'s. What the draft cannot know is
which of its choices hold on the outlet's *other* pages: check it against a few of them
(see ``docs/profiles.md``).

>>> html = '''<html><body><article>
... <h1 class="headline">Tide turns at the harbour</h1>
... <p class="byline">By Ann Lee</p>
... <div class="article-body"><p>The harbour, long quiet, filled with boats again.</p>
... <p>Fishermen said the season, late by weeks, had finally begun in earnest.</p></div>
... </article></body></html>'''
>>> draft = draft_profile(html, "https://www.harbour.example/news/tide", domain="harbour.example")
>>> draft.profile.name, draft.profile.title[0].css, draft.profile.byline[0].css
('harbour', 'h1.headline', 'p.byline')
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import attrs
from lxml.html import HtmlElement

from copydesk.model import Article
from copydesk.page import Page
from copydesk.profile import Profile, Selector
from copydesk.scaffold_drop import DropProposal, propose_drops
from copydesk.scaffold_find import MAX_CANDIDATES, Finder
from copydesk.scaffold_render import DRAFT_FIELDS, render_module
from copydesk.scaffold_verify import exact, has_value, reproduces, story_text, verified_drops
from copydesk.selectors import select

# A pasted URL's scheme: "https://".
_SCHEME_RE = re.compile(r"^[a-z][a-z0-9+.-]*://")


@attrs.frozen(kw_only=True)
class Draft:
    """A drafted profile, its Python module text, and what was (not) drafted and why."""

    profile: Profile
    source: str
    notes: tuple[str, ...]
    article: Article  # the heuristics' answer the draft reproduces
    drops: tuple[DropProposal, ...] = ()  # the boxes in the story the profile drops


def draft_profile(
    html: str | bytes,
    url: str | None = None,
    *,
    domain: str | None = None,
    name: str | None = None,
    now: datetime | None = None,
    page_label: str | None = None,
    more_pages: Sequence[tuple[str | bytes, str | None]] = (),
) -> Draft:
    """Draft a profile for ``domain`` from one page. See the module docstring.

    ``more_pages`` are other ``(html, url)`` pages of the outlet: among the selectors that
    reproduce the heuristics on the main page, one that also agrees with them on at least
    half of these pages is preferred, and the notes say on how many it did.

    Raises:
        ValueError: no domain was given and the page has no URL to take one from.
    """
    from copydesk.engine import extract

    page = Page(html, url, now=now)
    # Accept what people paste: "https://www.example.com/news/" means "example.com/news".
    domain = _SCHEME_RE.sub("", (domain or page.domain or "").strip().lower()).strip("/")
    domain = domain.removeprefix("www.")
    if not domain:
        raise ValueError("give the outlet's domain (the page has no URL to take it from)")
    name = name or profile_name(domain)
    base = extract(page, ())
    others = [Page(h, u, now=now) for h, u in more_pages]
    other_bases = [extract(p, ()) for p in others]
    finder = Finder(page.root)
    candidates: dict[str, list[Selector]] = {
        "title": finder.title(base, page),
        "byline": finder.byline(base, page),
        "authors": finder.authors(base),
        "published": finder.published(base, page),
        "section": finder.section(base, page),
        "body": finder.body(base),
    }
    notes: dict[str, str] = {}
    chosen: dict[str, Selector] = {}
    agreed: dict[str, tuple[int, int]] = {}  # field -> (other pages agreeing, with a value)
    # field -> (rank, selector, tally) of the best candidate that fell short of "chosen":
    # one giving the right value with other details off (a byline line that also holds the
    # date), or one right here but wrong on most other pages. Higher rank wins.
    fallback: dict[str, tuple[tuple[bool, bool], Selector, tuple[int, int]]] = {}
    # Try candidates round by round: every undecided field's next candidate in one parse.
    for depth in range(MAX_CANDIDATES):
        trying = {f: c[depth] for f, c in candidates.items() if f not in chosen and len(c) > depth}
        if "byline" in chosen:
            trying.pop("authors", None)  # one of byline/authors is enough
        if not trying:
            break
        trial = _profile(name, domain, {**chosen, **trying})
        got = extract(page, [trial])
        others_got = [extract(p, [trial]) for p in others]
        for field, sel in trying.items():
            if not reproduces(field, base, got):
                continue
            with_value = [
                (b, g) for b, g in zip(other_bases, others_got, strict=True) if has_value(field, b)
            ]
            tally = (sum(reproduces(field, b, g) for b, g in with_value), len(with_value))
            rank = (exact(field, base, got), 2 * tally[0] >= tally[1])
            if all(rank):
                chosen[field], agreed[field] = sel, tally
            elif field not in fallback or rank > fallback[field][0]:
                fallback[field] = (rank, sel, tally)
    for field, (_, sel, tally) in fallback.items():
        if field not in chosen:  # the best there was: say how it fared on the other pages
            chosen[field], agreed[field] = sel, tally
    if "byline" in chosen:
        chosen.pop("authors", None)
    for field in DRAFT_FIELDS:
        if field in chosen:
            notes[field] = f"{field}: {chosen[field].label}"
            if others:
                k, n = agreed.get(field, (0, 0))
                notes[field] += f" (as the heuristics on {k} of {n} other pages with one)"
        elif field == "authors":
            continue
        elif not has_value(field, base):
            notes[field] = f"{field}: not drafted (the heuristics found none on this page)"
        elif not candidates[field] and not (field == "byline" and candidates["authors"]):
            why = finder.why.get(field, "no stable selector selects it exactly")
            notes[field] = f"{field}: not drafted ({why})"
        else:
            notes[field] = f"{field}: not drafted (no selector reproduced the heuristics' value)"
    profile = _profile(name, domain, chosen)
    final = extract(page, [profile])
    for field in DRAFT_FIELDS:  # belt and braces: the fields chosen together still agree
        if field in chosen and not reproduces(field, base, final):
            chosen.pop(field)
            notes[field] = f"{field}: not drafted (conflicted with the other selectors)"
    profile = _profile(name, domain, chosen)
    drops: list[DropProposal] = []
    if "body" in chosen and chosen["body"].css is not None:
        matched = select(page.root, css=chosen["body"].css)
        containers = [m for m in matched if isinstance(m, HtmlElement)]
        story = {*story_text(base), *story_text(final)}
        others_story = [(p.root, story_text(b)) for p, b in zip(others, other_bases, strict=True)]
        drops = verified_drops(
            page, profile, propose_drops(page.root, containers, sorted(story), others_story)
        )
        profile = attrs.evolve(profile, drop=tuple(d.css for d in drops))
    note_lines = tuple(notes[f] for f in DRAFT_FIELDS if f in notes)
    note_lines += tuple(_drop_note(d, others=bool(others)) for d in drops)
    source = render_module(
        profile,
        notes=note_lines,
        page_label=page_label or url,
        drop_comments={d.css: d.comment for d in drops},
    )
    return Draft(profile=profile, source=source, notes=note_lines, article=base, drops=tuple(drops))


def profile_name(domain: str) -> str:
    """A profile name from a domain: the outlet's label, as a Python-friendly word.

    >>> profile_name("www.columbian.com"), profile_name("news.bbc.co.uk/sport")
    ('columbian', 'bbc')
    """
    host = domain.split("/", 1)[0].lower()
    labels = [x for x in host.split(".") if x and x != "www"]
    if len(labels) > 1:
        labels = labels[:-1]  # the top-level domain
    if len(labels) > 1 and labels[-1] in ("co", "com", "org", "net", "ac", "gov", "ne", "or"):
        labels = labels[:-1]
    word = re.sub(r"[^a-z0-9]+", "_", labels[-1] if labels else host).strip("_")
    return word or "outlet"


def _drop_note(drop: DropProposal, *, others: bool) -> str:
    note = f"drop: {drop.css} ({drop.seen})"
    if others:
        k, n = drop.pages
        note += f" (matched on {k} of {n} other pages)"
    return note


def _profile(name: str, domain: str, chosen: dict[str, Selector]) -> Profile:
    fields: dict[str, Any] = {f: (chosen[f],) for f in DRAFT_FIELDS if f in chosen}
    return Profile(name=name, domains=(domain,), **fields)
