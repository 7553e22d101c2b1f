"""Shared settings for the robustness suite: the ``slow`` marker.

Slow tests still run by default (CI runs everything); deselect them locally with
``-m "not slow"``. Hypothesis settings live in ``invariants.robust_settings`` and apply to
this suite's tests only (no global profile, so other suites keep their own settings).
"""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: takes seconds (hostile sizes); still runs in CI")
