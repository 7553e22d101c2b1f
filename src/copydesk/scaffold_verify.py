"""Checking a drafted profile against the heuristics it drafts from.

A drafted selector is kept only if, parsed with it, the page gives what the generic rules
gave (:func:`reproduces`, and for bylines and bodies the details too, :func:`exact`), and a
``drop`` selector only if it changes nothing on the page (:func:`verified_drops`).
:mod:`copydesk.scaffold` asks these questions while it drafts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

import attrs

from copydesk.model import Article
from copydesk.page import Page
from copydesk.profile import Profile
from copydesk.scaffold_drop import DropProposal

__all__ = ["exact", "has_value", "reproduces", "story_text", "verified_drops"]


def story_text(art: Article) -> list[str]:
    """The text a drop must never touch: the story's blocks, its photos' captions, its pull
    quotes, and the byline (a share bar may carry the author's line; dropping it would lose
    the byline)."""
    return [
        *art.paragraphs,
        *art.captions,
        *art.pull_quotes,
        *([art.byline.raw] if art.byline else []),
    ]


def _outcome(art: Article) -> tuple[object, ...]:
    return (
        art.title,
        art.byline,
        art.authors,
        art.credit,
        art.dateline,
        art.published,
        art.modified,
        art.section,
        art.blocks,
        art.captions,
        art.pull_quotes,
        art.is_article,
    )


def verified_drops(
    page: Page, profile: Profile, proposals: Sequence[DropProposal]
) -> list[DropProposal]:
    """The proposals that, added to ``profile``, leave the page's result as it was.

    The boxes hold no story text, so dropping them should change nothing; when a drop does
    (it moved the body rules' choice of container, say) it is left out, one at a time.
    """
    from copydesk.engine import extract

    if not proposals:
        return []
    want = _outcome(extract(page, [profile]))

    def same(kept: Sequence[DropProposal]) -> bool:
        trial = attrs.evolve(profile, drop=tuple(d.css for d in kept))
        return _outcome(extract(page, [trial])) == want

    if same(proposals):
        return list(proposals)
    kept: list[DropProposal] = []
    for drop in proposals:
        if same([*kept, drop]):
            kept.append(drop)
    return kept


def has_value(field: str, art: Article) -> bool:
    """Whether the heuristics found ``field`` at all (for byline and authors: any author;
    for the body: any paragraph): a field they did not find has nothing to reproduce."""
    if field in ("byline", "authors"):
        return bool(art.authors)
    if field == "body":
        return bool(art.paragraphs)
    return getattr(art, field) is not None


def reproduces(field: str, base: Article, got: Article) -> bool:
    """``got`` has the heuristics' value for ``field`` *and* a profile rule produced it.

    (Without the second half, a selector that matched nothing would pass: the generic rules
    behind it give the same answer.)
    """
    key = {"byline": "authors", "authors": "authors", "body": "paragraphs"}.get(field, field)
    source = got.provenance.get(key)
    if source is None or source.source != "profile":
        return False
    if field in ("byline", "authors"):
        return bool(base.authors) and got.authors == base.authors
    if field == "body":
        return bool(base.paragraphs) and got.paragraphs == base.paragraphs
    want = getattr(base, field)
    value = getattr(got, field)
    if isinstance(want, datetime) and isinstance(value, datetime):
        # Equal instants are not enough: "16:53-04:00" from one tag is "15:53-05:00" or
        # "20:53+00:00" from another, and the offset is part of what the page says.
        return value == want and value.utcoffset() == want.utcoffset()
    return want is not None and value == want


def exact(field: str, base: Article, got: Article) -> bool:
    """Beyond the value :func:`reproduces` checks, the details agree too.

    For a byline that is its raw line (and so the credit read from it): a selector whose
    element also holds the date ("The Associated Press Published Monday, ...") gives the same
    authors but a worse ``byline.raw``; another candidate may give both.
    """
    if field in ("byline", "authors"):
        if got.byline is None or base.byline is None:
            return got.byline is base.byline
        return (
            _bare_byline(got.byline.raw) == _bare_byline(base.byline.raw)
            and (got.byline.people, got.byline.organisations)
            == (base.byline.people, base.byline.organisations)
            and _credit_name(got) == _credit_name(base)
        )
    if field == "body":  # the photo captions and pull quotes come from the container too
        return got.captions == base.captions and got.pull_quotes == base.pull_quotes
    return True


# A byline's leading "By" (its raw line from the page has it, the metadata's does not).
_BY_PREFIX_RE = re.compile(
    r"^(?:(?:posted|written|words|text|reported)\s+)?(?:by|von|par|por|di|door|av)\b[\s:]*",
    re.IGNORECASE,
)


def _bare_byline(raw: str) -> str:
    return _BY_PREFIX_RE.sub("", " ".join(raw.split()))


def _credit_name(art: Article) -> tuple[str, str | None] | None:
    return None if art.credit is None else (art.credit.name, art.credit.abbr)
