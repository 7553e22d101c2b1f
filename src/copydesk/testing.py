"""Helpers for testing profiles against fixture pages — ours and yours.

A fixture case is a page ``NAME.html`` beside ``NAME.json``::

    {
      "url": "https://www.example.com/2024/12/04/story/",
      "now": "2024-12-05T00:00:00+00:00",          (optional: pins "today")
      "expect": {"title": "...", "authors": ["..."], "credit": {"name": "Reuters"},
                 "section": {"contains": "World"}, "paragraphs": ["...", "..."]},
      "provenance": {"title": "profile:example:title[0]"},  (rule ids that must win)
      "without_profiles": ["title", "paragraphs"]   (fields that must also hold with
                                                      profiles=(): true = all of them)
    }

``expect`` is compared with :meth:`Article.to_dict`: plain values must be equal, a mapping
is compared key by key (only the keys given), and ``{"contains": "x"}`` checks a substring.
Asserting provenance is what makes a profile that silently stops matching fail its test.

>>> import tempfile, json, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.html").write_text("<h1>Flood waters recede</h1><p>" + "Words. " * 50 + "</p>")
>>> _ = (d / "a.json").write_text(json.dumps({"expect": {"title": "Flood waters recede"}}))
>>> [check_case(c) for c in iter_cases(d)]
[[]]
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import attrs

from copydesk.api import parse
from copydesk.model import Article
from copydesk.profile import Profile


@attrs.frozen(kw_only=True)
class FixtureCase:
    """One fixture page and what parsing it must give."""

    id: str
    html_path: Path
    url: str | None
    now: datetime | None
    expect: Mapping[str, Any]
    provenance: Mapping[str, str]
    without_profiles: tuple[str, ...]

    def parse(self, *, profiles: Sequence[Profile] | None = None) -> Article:
        """Parse the fixture page as a user would (bytes in, so decoding is exercised)."""
        return parse(self.html_path.read_bytes(), self.url, profiles=profiles, now=self.now)


def iter_cases(root: str | Path) -> Iterator[FixtureCase]:
    """Every ``*.html`` under ``root`` that has a ``*.json`` beside it, sorted by path.

    Raises:
        ValueError: a ``*.json`` that is not valid JSON or has unknown keys (the message
            starts with its path).
    """
    base = Path(root)
    for html_path in sorted(base.rglob("*.html")):
        case = read_case(html_path, base)
        if case is not None:
            yield case


#: The keys a fixture's ``*.json`` may hold.
CASE_KEYS = ("url", "now", "expect", "provenance", "without_profiles", "note")


def read_case(html_path: str | Path, root: str | Path) -> FixtureCase | None:
    """The fixture case of one page (its id relative to ``root``), or None without a
    ``*.json`` beside it.

    Raises:
        ValueError: the ``*.json`` is not valid JSON, not an object, has unknown keys or a
            bad ``now``; the message starts with its path.
    """
    html_path = Path(html_path)
    json_path = html_path.with_suffix(".json")
    if not json_path.is_file():
        return None
    try:
        data = json.loads(json_path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ValueError(f"{json_path}: invalid JSON: {exc}") from None
    if not isinstance(data, Mapping):
        raise ValueError(f"{json_path}: expected a JSON object with keys {', '.join(CASE_KEYS)}")
    unknown = set(data) - set(CASE_KEYS)
    if unknown:
        raise ValueError(
            f"{json_path}: unknown keys {sorted(unknown)} (known: {', '.join(CASE_KEYS)})"
        )
    expect = data.get("expect") or {}
    wp = data.get("without_profiles", ())
    without = tuple(expect) if wp is True else tuple(wp or ())
    try:
        now = datetime.fromisoformat(data["now"]) if data.get("now") else None
    except (TypeError, ValueError):
        raise ValueError(f"{json_path}: now: not an ISO date-time: {data['now']!r}") from None
    return FixtureCase(
        id=html_path.relative_to(root).with_suffix("").as_posix(),
        html_path=html_path,
        url=data.get("url"),
        now=now,
        expect=expect,
        provenance=data.get("provenance") or {},
        without_profiles=without,
    )


def compare(expect: Mapping[str, Any], article: Article) -> list[str]:
    """Mismatches between ``expect`` and ``article`` as readable lines (empty = all good)."""
    actual = article.to_dict()
    problems = []
    for field, want in expect.items():
        if field not in actual:
            close = difflib.get_close_matches(field, list(actual), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            problems.append(f"{field}: not an Article field{hint}")
            continue
        problems.extend(_match(field, want, actual[field]))
    return problems


def _match(path: str, want: Any, got: Any) -> list[str]:
    if isinstance(want, Mapping) and set(want) == {"contains"}:
        if isinstance(got, list):
            return [f"{path}: 'contains' checks text, and {path} is a list: give its items"]
        ok = isinstance(got, str) and str(want["contains"]) in got
        return [] if ok else [f"{path}: expected to contain {want['contains']!r}, got {got!r}"]
    if isinstance(want, Mapping):
        if not isinstance(got, Mapping):
            return [f"{path}: expected {want!r}, got {got!r}"]
        out = []
        for key, sub in want.items():
            out.extend(_match(f"{path}.{key}", sub, got.get(key)))
        return out
    return [] if want == got else [f"{path}: expected {want!r}, got {got!r}"]


def check_case(case: FixtureCase, *, profiles: Sequence[Profile] | None = None) -> list[str]:
    """Parse ``case`` and list every way it differs from its expectations.

    With profiles on (the default), ``expect`` and ``provenance`` are checked; the fields
    named in ``without_profiles`` are checked again with ``profiles=()``.
    """
    article = case.parse(profiles=profiles)
    problems = compare(case.expect, article)
    for field, rule in case.provenance.items():
        got = article.provenance.get(field)
        if got is None or got.rule != rule:
            problems.append(f"provenance.{field}: expected {rule!r}, got {got and got.rule!r}")
    if case.without_profiles:
        bare = case.parse(profiles=())
        subset = {k: v for k, v in case.expect.items() if k in case.without_profiles}
        problems.extend(f"[no profiles] {p}" for p in compare(subset, bare))
    return problems


def assert_case(case: FixtureCase, *, profiles: Sequence[Profile] | None = None) -> None:
    """``check_case`` that raises ``AssertionError`` listing every mismatch."""
    problems = check_case(case, profiles=profiles)
    if problems:
        raise AssertionError(f"fixture {case.id}:\n  " + "\n  ".join(problems))
