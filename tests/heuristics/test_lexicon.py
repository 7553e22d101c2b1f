"""The shared word lists stay consistent: no spelling names two agencies, no empty entries."""

from __future__ import annotations

import pytest

from copydesk.heuristics.agencies import agency_name
from copydesk.lexicon import AGENCIES, DATELINE_LEADINS, ROLE_PHRASES, Agency, words


def test_agency_names_are_unique() -> None:
    names = [a.name for a in AGENCIES]
    assert len(names) == len(set(names))


def test_no_spelling_names_two_agencies() -> None:
    owner: dict[str, str] = {}
    for agency in AGENCIES:
        for spelling in (*agency.spellings, *agency.exact):
            key = spelling.casefold() if spelling in agency.spellings else spelling
            assert owner.setdefault(key, agency.name) == agency.name, spelling


@pytest.mark.parametrize("agency", AGENCIES, ids=lambda a: a.name)
def test_every_spelling_resolves_to_its_agency(agency: Agency) -> None:
    for spelling in (*agency.spellings, *agency.exact):
        assert agency.name == agency_name(spelling)


@pytest.mark.parametrize("agency", AGENCIES, ids=lambda a: a.name)
def test_domains_are_bare_hosts(agency: Agency) -> None:
    for domain in agency.domains:
        assert domain == domain.lower().strip()
        assert "/" not in domain
        assert not domain.startswith("www.")


def test_short_forms_are_exact_only() -> None:
    # "AP"/"PA"/"CP" are also initials and ordinary letters: matched only as written.
    assert agency_name("AP") == "Associated Press"
    assert agency_name("ap") is None
    assert agency_name("PA") == "PA Media"
    assert agency_name("pa") is None


def test_word_lists_have_no_blanks() -> None:
    assert all(p.strip() == p and p for p in ROLE_PHRASES)
    assert all(w and w == w.casefold() for w in DATELINE_LEADINS)


def test_words_helper() -> None:
    assert frozenset({"a", "b"}) == words(" a\n b  a ")
