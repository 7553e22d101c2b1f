"""Every built-in profile on the corpus pages of its outlet: field accuracy per outlet.

For each built-in profile, the corpus pages whose URL (the ground truth's ``url``, else the
page's canonical link) the profile serves are parsed with that profile and with
``profiles=()``, and scored the way the harness scores them (``../shared/eval/harness.py``):
title exact after normalisation, authors set-F1, published same calendar day, body 4-shingle
F1 where the full text is known.

The per-outlet table is printed beside the generic rules' scores on the same pages, with the
issue's targets per outlet (body F1 >= 0.97 on every page, title/authors/date right on >= 95%
of the pages whose truth has them) marked, so the numbers can be quoted as they are. The
targets are not asserted page by page: the truth labels of several pages count photo
captions, related-story links, author bios or a byline that is not on the page as story or
author, and a profile must not copy that noise to pass. What is asserted:

1. every profile fires (a profile rule produces a field) on each corpus page that is its
   outlet's own article; the pages that are not are listed, with the reason, in
   :data:`NOT_OUTLET_PAGES`;
2. aggregate floors over all profiled pages, a little under what is achieved;
3. per page, profiles on are never worse than profiles off by more than
   :data:`MAX_REGRESSION` on any field;
4. per page, profiles on never lose a photo caption that profiles off finds (but for bare
   photo credits, and the few listed in :data:`CAPTIONS_NOT_LOST`).

Runs only with the corpus present (``pytest -m corpus``); never copies corpus pages anywhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from types import ModuleType
from typing import Any

import attrs
import pytest

import copydesk
from copydesk.model import Article
from copydesk.page import Page
from copydesk.profile import Profile
from copydesk.registry import Registry
from tests import corpus

pytestmark = pytest.mark.corpus


#: The issue's per-outlet targets, shown in the table: body F1 on every page of the outlet ...
TARGET_BODY_F1 = 0.97
#: ... and the share of its pages (with truth for the field) it gets right.
TARGET_FIELD_RATE = 0.95
META_FIELDS = ("title", "authors", "published")
FIELDS = ("body", *META_FIELDS)

#: Aggregate floors over every profiled page, a little under what the profiles achieve
#: (body F1 mean 0.987; title 26/28, authors 18/23, date 22/22 at the last measurement): one
#: page's wobble in a heuristic passes, a profile that breaks on several pages does not.
#: Authors stay low because of the labels, not the profiles: see the module docstring.
MIN_BODY_F1_MEAN = 0.980
MIN_FIELD_RATES = {"title": 0.89, "authors": 0.73, "published": 0.95}
#: Profiles on may score below profiles off on a page by at most this much, on any field.
MAX_REGRESSION = 0.005

#: Corpus pages served by a profile (by URL) that are not the outlet's own article page, so
#: the profile has nothing of its outlet's to read there; a profile need not fire on them.
NOT_OUTLET_PAGES = {
    # An MSN syndication page of a Business Insider story (MSN's template, Taboola rails);
    # the URL in the truth is the original's.
    "readability/msn": "businessinsider",
    # A WordPress blog post about schema markup (okaymarketing) filed under a Business
    # Insider URL in the goose3 truth.
    "goose3/content__test_okaymarketing": "businessinsider",
    # SAT.1 Regional's page for a dpa story, saved under the welt.de URL: no WELT markup.
    "trafilatura/d90b19386e2b48559082547016cbe5ec": "welt",
}


#: Captions the generic rules find that a profile rightly leaves out, by page: each is the
#: beginning of such a caption. Keep it short; a caption lost for any other reason is a bug.
CAPTIONS_NOT_LOST = {
    # WIRED 2019-2020: a class of the article header names its caption style, so the generic
    # rules take the whole header (byline, date, headline, share links) for a caption. The
    # lead photo's own caption is only a credit here.
    "scrapinghub/2f42ef1d3ea0c96e56355d3db93d0e06b47e760b74f6f4261278b8cd1c246dd6": ("Molly Woo",),
    # BuzzFeed 2015: the image credits under list items ("Facebook", a police force).
    "readability/buzzfeed-1": ("West Merica Police", "Facebook"),
    # BBC 2015-2020: the video player's fallback text in its caption box.
    "scrapinghub/c7e39ac49fa1235f5d50f83bf2444248bd3aa4e6df044377916c812dd109ba23": (
        "Media playback is unsupported",
    ),
    # Engadget 2010: the byline line, in a box whose class names a caption.
    "goose3/content__test_engadget": ("By Richard Lawler posted",),
    # LA Times 2020: the "Advertisement" label of an ad slot in the body (its class names a
    # caption); the profile drops the slot.
    "trafilatura/latimes.com.bloomberg": ("Advertisement",),
}

#: Subheadings the generic rules find that a profile rightly leaves out, by page: each is
#: the beginning of such a heading. Keep it short; a subheading lost otherwise is a bug.
HEADINGS_NOT_LOST = {
    # Medium 2017: the publication's name above the story, in the generic rules' body.
    "readability/medium-1": ("Open Journalism Project",),
    # Economic Times 2020: the summary box above the story, a shortened first paragraph.
    "htmldate/mediacloud__1502375798": ("The Nifty PSU Bank index",),
    # Daily Mail 2020: the headline of another story embedded in a fact box.
    "trafilatura/dailymail.co.uk.food": ("Prince Charles: One million",),
    # Engadget 2017: the title of a photo gallery embedded in the review (dropped whole).
    "readability/engadget": ("Gallery: Xbox One X screenshots",),
}

# A caption that is only a photo's credit ("Photo: Getty Images", "Jane Doe / AFP / Getty
# Images", "© Name"): profiles drop those on purpose, so losing one loses nothing.
_BARE_CREDIT = re.compile(
    r"""
    ^\W*(?:©|\(c\)|(?:photo(?:graph)?|image|picture|illustration|screenshot|video|gif|credit
        |foto|bild)s?\s*(?:credit)?\s*:)
    |/\s*(?:getty\s+images|afp|reuters|ap|epa|dpa|shutterstock|istock)\W*$
    """,
    re.VERBOSE | re.IGNORECASE,
)
#: A bare credit is a name or two; longer text with a credit in it is a caption.
BARE_CREDIT_MAX_CHARS = 60


@attrs.frozen
class Scored:
    outlet: str
    page: str
    scores: dict[str, float]  # body/title/authors/published -> 0..1 (absent: no truth)
    generic: dict[str, float]
    from_profile: tuple[str, ...]  # fields a profile rule produced
    captions: tuple[str, ...] = ()  # Article.captions, profiles on ...
    generic_captions: tuple[str, ...] = ()  # ... and off
    section: str | None = None  # Article.section, profiles on ...
    generic_section: str | None = None  # ... and off
    headings: tuple[str, ...] = ()  # the text of the "heading" blocks, profiles on ...
    generic_headings: tuple[str, ...] = ()  # ... and off
    title: str | None = None  # Article.title, profiles on


def _outputs(art: Article) -> dict[str, Any]:
    """What the harness reads from an Article (the dateline goes back in front of the body)."""
    body = "\n\n".join(art.paragraphs)
    if art.dateline is not None and art.dateline.raw.strip():
        body = f"{art.dateline.raw.strip()} {body}"
    return {
        "body": body,
        "title": art.title,
        "authors": list(art.authors),
        "published": art.published,
    }


def _score(harness: ModuleType, truth: dict[str, Any], art: Article) -> dict[str, float]:
    out = _outputs(art)
    scores: dict[str, float] = {}
    body = harness.score_body(truth, out["body"])
    if body.get("kind") == "full" and body.get("f1") is not None:
        scores["body"] = body["f1"]
    meta = harness.score_meta(truth, out)
    scores.update({f: meta[f] for f in META_FIELDS if f in meta})
    return scores


def _headings(art: Article) -> tuple[str, ...]:
    return tuple(b.text for b in art.blocks if b.kind == "heading")


def _corpus_pages(harness: ModuleType) -> Iterator[tuple[str, str, str | None, dict[str, Any]]]:
    for dataset in harness.corpus_datasets(corpus.CORPUS):
        for page_id, truth in harness.load_corpus(corpus.CORPUS, dataset).items():
            html = harness.read_corpus_page(corpus.CORPUS, dataset, page_id)
            yield f"{dataset}/{page_id}", html, truth.get("url"), truth


@pytest.fixture(scope="module")
def scored() -> list[Scored]:
    if not corpus.available():
        pytest.skip(f"corpus or harness not found under {corpus.SHARED}")
    harness = corpus.harness()
    registry = Registry.builtin()
    results = []
    for page_id, html, url, truth in _corpus_pages(harness):
        try:
            page_url = url or Page(html).canonical_url
        except copydesk.ParseError:
            continue
        matched: tuple[Profile, ...] = registry.match(page_url)
        if not matched:
            continue
        profile = matched[0]  # the outlet; less specific matches still run after it
        art = copydesk.parse(html, page_url, profiles=matched)
        generic = copydesk.parse(html, page_url, profiles=())
        results.append(
            Scored(
                outlet=profile.name,
                page=page_id,
                scores=_score(harness, truth, art),
                generic=_score(harness, truth, generic),
                from_profile=tuple(f for f, p in art.provenance.items() if p.source == "profile"),
                captions=art.captions,
                generic_captions=generic.captions,
                section=art.section,
                generic_section=generic.section,
                headings=_headings(art),
                generic_headings=_headings(generic),
                title=art.title,
            )
        )
    if not results:
        pytest.skip("no corpus page is served by a built-in profile")
    return results


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _cell(values: list[float], generic: list[float], *, rate: bool) -> str:
    if not values:
        return "-"

    def fmt(xs: list[float]) -> str:
        return f"{sum(x == 1.0 for x in xs)}/{len(xs)}" if rate else f"{_mean(xs) or 0.0:.3f}"

    return f"{fmt(values)} ({fmt(generic)})"


def _short_of_targets(rows: list[Scored]) -> list[str]:
    """The fields on which ``rows`` (one outlet's pages) miss the issue's targets."""
    short = []
    bodies = [r.scores["body"] for r in rows if "body" in r.scores]
    if bodies and min(bodies) < TARGET_BODY_F1:
        short.append("body")
    for field in META_FIELDS:
        rate = _rate(rows, field)
        if rate is not None and rate < TARGET_FIELD_RATE:
            short.append(field)
    return short


def _table(results: list[Scored]) -> str:
    outlets = sorted({r.outlet for r in results})
    head = (
        f"{'outlet':<16}{'pages':>6}  {'body F1':<16}{'min F1':<8}{'title':<16}{'authors':<16}"
        f"{'date':<16}{'fired':<7}targets"
    )
    lines = [
        "profile (generic rules) per outlet; title/authors/date: pages right / with truth;"
        " fired: pages where the profile produced a field;",
        f"targets: body F1 >= {TARGET_BODY_F1} on every page, title/authors/date right on"
        f" >= {TARGET_FIELD_RATE:.0%} of pages (short: the fields that miss)",
        head,
        "-" * len(head),
    ]
    met: dict[str, list[str]] = {f: [] for f in FIELDS}
    measured: dict[str, list[str]] = {f: [] for f in FIELDS}
    for outlet in [*outlets, "ALL"]:
        rows = [r for r in results if outlet in ("ALL", r.outlet)]
        cells = []
        for field in FIELDS:
            have = [r for r in rows if field in r.scores]
            cells.append(
                _cell(
                    [r.scores[field] for r in have],
                    [r.generic.get(field, 0.0) for r in have],
                    rate=field != "body",
                )
            )
        bodies = [r.scores["body"] for r in rows if "body" in r.scores]
        low = f"{min(bodies):.3f}" if bodies else "-"
        fired = sum(bool(r.from_profile) for r in rows)
        short = _short_of_targets(rows)
        if outlet != "ALL":
            for field in FIELDS:
                if any(field in r.scores for r in rows):
                    measured[field].append(outlet)
                    if field not in short:
                        met[field].append(outlet)
        lines.append(
            f"{outlet:<16}{len(rows):>6}  {cells[0]:<16}{low:<8}{cells[1]:<16}{cells[2]:<16}"
            f"{cells[3]:<16}{f'{fired}/{len(rows)}':<7}"
            + ("" if outlet == "ALL" else ("ok" if not short else "short: " + ",".join(short)))
        )
    lines.append("")
    for field in FIELDS:
        lines.append(
            f"outlets meeting the {field} target: {len(met[field])}/{len(measured[field])}"
            f" (with truth for it); short: "
            + (", ".join(o for o in measured[field] if o not in met[field]) or "none")
        )
    return "\n".join(lines)


def _rate(rows: list[Scored], field: str) -> float | None:
    have = [r for r in rows if field in r.scores]
    return sum(r.scores[field] == 1.0 for r in have) / len(have) if have else None


def test_profiles_on_their_outlets_pages(
    scored: list[Scored], capsys: pytest.CaptureFixture[str]
) -> None:
    """Aggregate floors over every profiled page, with the per-outlet table printed."""
    table = _table(scored)
    with capsys.disabled():
        print("\n" + table)
    problems = []
    body = _mean([r.scores["body"] for r in scored if "body" in r.scores])
    if body is not None and body < MIN_BODY_F1_MEAN:
        problems.append(f"body F1 mean {body:.3f} < {MIN_BODY_F1_MEAN}")
    for field, floor in MIN_FIELD_RATES.items():
        rate = _rate(scored, field)
        if rate is not None and rate < floor:
            wrong = [f"{r.page} ({r.outlet})" for r in scored if r.scores.get(field, 1.0) < 1.0]
            problems.append(f"{field} right on {rate:.0%} < {floor:.0%}: {', '.join(wrong)}")
    assert not problems, table + "\n\n" + "\n".join(problems)


def test_profiles_never_worse_than_generic_rules(scored: list[Scored]) -> None:
    """A profile that makes a field worse than the generic rules on its own outlet is wrong."""
    worse = [
        f"{r.outlet} {r.page}: {field} {r.scores[field]:.3f} < {r.generic[field]:.3f} generic"
        for r in scored
        for field in FIELDS
        if field in r.scores and r.scores[field] < r.generic.get(field, 0.0) - MAX_REGRESSION
    ]
    assert not worse, "\n".join(worse)


def test_every_profile_fires_on_its_outlets_pages(scored: list[Scored]) -> None:
    """A profile whose selectors never win on its own outlet's pages is broken or dead weight."""
    idle = [
        f"{r.outlet} {r.page}"
        for r in scored
        if not r.from_profile and NOT_OUTLET_PAGES.get(r.page) != r.outlet
    ]
    assert not idle, "profiles that produced no field on their outlet's page:\n" + "\n".join(idle)


def test_not_outlet_pages_are_still_served_and_idle(scored: list[Scored]) -> None:
    """Keep the allow-list honest: each entry is a profiled page where the profile is idle.

    Once a listed profile fires there (or the page leaves the corpus), the entry goes.
    """
    by_page = {r.page: r for r in scored}
    stale = [
        f"{page} ({outlet})"
        for page, outlet in NOT_OUTLET_PAGES.items()
        if page not in by_page or by_page[page].outlet != outlet or by_page[page].from_profile
    ]
    assert not stale, "stale NOT_OUTLET_PAGES entries: " + ", ".join(stale)


def _is_bare_credit(caption: str) -> bool:
    return len(caption) <= BARE_CREDIT_MAX_CHARS and _BARE_CREDIT.search(caption) is not None


def _lost_captions(row: Scored) -> list[str]:
    """Captions of the generic rules that no caption of the profile's is part of.

    A profile's caption may be shorter (the photo's credit or a screen-reader label cut
    off), so a generic caption counts as kept when one of the profile's is inside it.
    """
    return [
        caption
        for caption in row.generic_captions
        if not any(kept in caption for kept in row.captions)
    ]


def test_profiles_never_lose_a_caption_the_generic_rules_find(scored: list[Scored]) -> None:
    """A profile that drops a photo with its caption makes the Article worse (issues #3/#5)."""
    lost = [
        f"{r.outlet} {r.page}: {caption[:80]!r}"
        for r in scored
        for caption in _lost_captions(r)
        if not _is_bare_credit(caption)
        and not caption.startswith(CAPTIONS_NOT_LOST.get(r.page, ()))
    ]
    assert not lost, "captions found by the generic rules, lost by a profile:\n" + "\n".join(lost)


def test_captions_not_lost_are_still_lost(scored: list[Scored]) -> None:
    """Keep the allow-list honest: each listed caption is one the profile still leaves out."""
    stale = _stale_entries(CAPTIONS_NOT_LOST, _lost_captions, scored)
    assert not stale, "stale CAPTIONS_NOT_LOST entries:\n" + "\n".join(stale)


def _stale_entries(
    allowed: Mapping[str, tuple[str, ...]],
    lost: Callable[[Scored], list[str]],
    scored: list[Scored],
) -> list[str]:
    """Allow-list entries (page -> text starts) that no longer match anything ``lost`` finds."""
    by_page = {r.page: r for r in scored}
    return [
        f"{page}: {start!r}"
        for page, starts in allowed.items()
        for start in starts
        if page not in by_page or not any(t.startswith(start) for t in lost(by_page[page]))
    ]


def _lost_headings(row: Scored) -> list[str]:
    """Subheadings of the generic rules that the profile's Article has nowhere.

    The headline itself is no subheading: the generic rules sometimes read the page's <h1>
    into the body, and a profile rightly leaves it out.
    """
    kept = {_norm(h) for h in row.headings}
    title = _norm(row.title or "")
    return [h for h in row.generic_headings if _norm(h) not in kept and _norm(h) != title]


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def test_profiles_never_lose_a_section_or_subheading_the_generic_rules_find(
    scored: list[Scored],
) -> None:
    """A profile whose body misses the story's subheadings (or its section) makes it worse."""
    lost = [
        f"{r.outlet} {r.page}: section {r.generic_section!r}"
        for r in scored
        if r.generic_section and not r.section
    ] + [
        f"{r.outlet} {r.page}: heading {heading[:80]!r}"
        for r in scored
        for heading in _lost_headings(r)
        if not heading.startswith(HEADINGS_NOT_LOST.get(r.page, ()))
    ]
    assert not lost, "found by the generic rules, lost by a profile:\n" + "\n".join(lost)


def test_headings_not_lost_are_still_lost(scored: list[Scored]) -> None:
    """Keep the allow-list honest: each listed subheading is one the profile still leaves out."""
    stale = _stale_entries(HEADINGS_NOT_LOST, _lost_headings, scored)
    assert not stale, "stale HEADINGS_NOT_LOST entries:\n" + "\n".join(stale)


@pytest.mark.parametrize(
    ("caption", "bare"),
    [
        ("Photo: Getty Images", True),
        ("Photograph: Tim Robberts/Getty Images", True),
        ("Mandel Ngan / AFP / Getty Images", True),
        ("© Noah Addis", True),
        ("Duck fluff and feathers in the middle of a drying process.", False),
        ("FILE PHOTO: Traders work on the floor of the exchange. REUTERS/Brendan McDermid", False),
        (
            "Protesters outside parliament on Tuesday / AFP / Getty Images, via a pool camera",
            False,
        ),
    ],
    ids=[
        "photo-colon",
        "photograph-slash",
        "slashed-agencies",
        "copyright",
        "caption",
        "file-photo",
        "long-credit-tail",
    ],
)
def test_bare_credit(caption: str, bare: bool) -> None:
    assert _is_bare_credit(caption) is bare
