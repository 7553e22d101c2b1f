"""Run the package's fixture pages through copydesk with this profile: one test per page."""

from __future__ import annotations

from pathlib import Path

import pytest
from copydesk_profile_example.dailyplanet import PROFILE

from copydesk.testing import FixtureCase, assert_case, iter_cases

CASES = list(iter_cases(Path(__file__).resolve().parents[1] / "fixtures"))


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_fixture(case: FixtureCase) -> None:
    # profiles=[PROFILE] tests this file as written, installed or not.
    assert_case(case, profiles=[PROFILE])
