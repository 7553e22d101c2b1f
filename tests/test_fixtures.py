"""Every fixture page under fixtures/ against its expected JSON: adding a pair adds a test."""

from __future__ import annotations

from pathlib import Path

import pytest

from copydesk.testing import FixtureCase, assert_case, iter_cases

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CASES = list(iter_cases(FIXTURES))


def test_fixtures_exist() -> None:
    assert len(CASES) >= 1


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_fixture(case: FixtureCase) -> None:
    assert_case(case)
