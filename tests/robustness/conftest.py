"""Shared settings for the robustness suite: the ``slow`` marker and hypothesis profiles.

Slow tests still run by default (CI runs everything); deselect them locally with
``-m "not slow"``. Under ``CI=true`` hypothesis is derandomized, so a CI run is reproducible;
locally it explores new examples each run (and keeps failures in ``.hypothesis/``).
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: takes seconds (hostile sizes); still runs in CI")


settings.register_profile(
    "copydesk",
    deadline=None,  # timing varies on shared CI machines; time bounds are tested separately
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=bool(os.environ.get("CI")),
    print_blob=True,
)
settings.load_profile("copydesk")
