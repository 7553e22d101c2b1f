"""Every built-in profile on the corpus pages of its outlet: field accuracy per outlet.

For each built-in profile, the corpus pages whose URL (the ground truth's ``url``, else the
page's canonical link) the profile serves are parsed with that profile and scored the way
the harness scores them (``../shared/eval/harness.py``): title exact after normalisation,
authors set-F1, published same calendar day, body 4-shingle F1 where the full text is
known. The per-outlet table is printed (beside the generic rules' scores on the same
pages, so a profile that makes things worse shows), and the test asserts what a profile is
for: on its outlet's pages, body F1 >= 0.97 and title, authors and date right on >= 95% of
the pages whose truth has them.

Runs only with the corpus present (``pytest -m corpus``); never copies corpus pages anywhere.
"""

from __future__ import annotations

from collections.abc import Iterator
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


#: A profile's story text must match the truth at least this well on every page (4-shingle F1).
MIN_BODY_F1 = 0.97
#: Share of an outlet's pages (with truth for the field) a profile must get right.
MIN_FIELD_RATE = 0.95
META_FIELDS = ("title", "authors", "published")


@attrs.frozen
class Scored:
    outlet: str
    page: str
    scores: dict[str, float]  # body/title/authors/published -> 0..1 (absent: no truth)
    generic: dict[str, float]
    from_profile: tuple[str, ...]  # fields a profile rule produced


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
    fmt = (
        (lambda xs: f"{sum(x == 1.0 for x in xs)}/{len(xs)}")
        if rate
        else (lambda xs: f"{_mean(xs):.3f}")
    )
    return f"{fmt(values)} ({fmt(generic)})"


def _table(results: list[Scored]) -> str:
    outlets = sorted({r.outlet for r in results})
    head = (
        f"{'outlet':<16}{'pages':>6}  {'body F1':<16}{'title':<16}{'authors':<16}{'date':<16}fired"
    )
    lines = [
        "profile (generic rules) per outlet; title/authors/date: pages right / with truth;"
        " fired: pages where the profile produced a field",
        head,
        "-" * len(head),
    ]
    for outlet in [*outlets, "ALL"]:
        rows = [r for r in results if outlet in ("ALL", r.outlet)]
        cells = []
        for field in ("body", *META_FIELDS):
            have = [r for r in rows if field in r.scores]
            cells.append(
                _cell(
                    [r.scores[field] for r in have],
                    [r.generic.get(field, 0.0) for r in have],
                    rate=field != "body",
                )
            )
        fired = sum(bool(r.from_profile) for r in rows)
        lines.append(
            f"{outlet:<16}{len(rows):>6}  {cells[0]:<16}{cells[1]:<16}{cells[2]:<16}{cells[3]:<16}"
            f"{fired}/{len(rows)}"
        )
    return "\n".join(lines)


def test_profiles_on_their_outlets_pages(
    scored: list[Scored], capsys: pytest.CaptureFixture[str]
) -> None:
    table = _table(scored)
    with capsys.disabled():
        print("\n" + table)
    problems = []
    for r in scored:
        if r.scores.get("body", 1.0) < MIN_BODY_F1:
            problems.append(f"{r.outlet} {r.page}: body F1 {r.scores['body']:.3f}")
    for field in META_FIELDS:
        have = [r for r in scored if field in r.scores]
        wrong = [r for r in have if r.scores[field] < 1.0]
        if have and 1 - len(wrong) / len(have) < MIN_FIELD_RATE:
            problems.extend(
                f"{r.outlet} {r.page}: {field} wrong ({r.scores[field]:.2f})" for r in wrong
            )
    assert not problems, table + "\n\n" + "\n".join(problems)


def test_every_profile_fires_on_its_pages(scored: list[Scored]) -> None:
    """A profile whose selectors never win on its own outlet's pages is broken or dead weight."""
    idle = sorted({r.outlet for r in scored} - {r.outlet for r in scored if r.from_profile})
    assert not idle, f"profiles that produced no field on any of their pages: {idle}"
