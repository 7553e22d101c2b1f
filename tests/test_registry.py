"""The profile registry: built-ins, lookup by URL, and what an entry point may hold."""

from __future__ import annotations

import types
from typing import Any

import pytest

from copydesk import Profile, ProfileError
from copydesk.exceptions import ProfileLoadError
from copydesk.registry import Registry, _profiles_in

A = Profile(name="a", domains=("a.example",))
B = Profile(name="b", domains=("b.example",))
A_NEWS = Profile(name="a-news", domains=("a.example/news",))


def test_builtin_profiles_all_load() -> None:
    reg = Registry.builtin()
    assert reg.errors == (), [str(e) for e in reg.errors]
    assert len(reg) >= 1
    names = [p.name for p in reg]
    assert len(names) == len(set(names)), "two built-in profiles share a name"
    assert all(p.origin == "built-in" for p in reg)


def test_builtin_domains_do_not_overlap() -> None:
    """Two built-in profiles claiming the same domain would shadow each other silently."""
    seen: dict[str, str] = {}
    for profile in Registry.builtin():
        for domain in profile.domains:
            key = domain.lower().removeprefix("www.")
            assert key not in seen, f"{key} is claimed by {seen.get(key)} and {profile.name}"
            seen[key] = profile.name


def test_match_most_specific_first() -> None:
    reg = Registry([A, B, A_NEWS])
    assert [p.name for p in reg.match("https://www.a.example/news/1")] == ["a-news", "a"]
    assert [p.name for p in reg.match("https://a.example/sport/1")] == ["a"]
    assert reg.match("https://c.example/") == ()
    assert reg.match(None) == ()


def test_get_len_iter_add() -> None:
    err = ProfileLoadError("boom", profile="x")
    reg = Registry([A], errors=[err]) + Registry([B])
    assert reg.get("b") is B
    assert reg.get("zzz") is None
    assert len(reg) == 2
    assert list(reg) == [A, B]
    assert reg.errors == (err,)


def _module(**attrs: Any) -> types.ModuleType:
    module = types.ModuleType("some_profiles")
    for key, value in attrs.items():
        setattr(module, key, value)
    return module


ENTRY_POINT_VALUES = [
    pytest.param(A, ["a"], id="profile-object"),
    pytest.param([A, B], ["a", "b"], id="list"),
    pytest.param((p for p in (A, B)), ["a", "b"], id="generator"),
    pytest.param(lambda: [B], ["b"], id="callable"),
    pytest.param(_module(PROFILE=A), ["a"], id="module-PROFILE"),
    pytest.param(_module(PROFILES=(A, B)), ["a", "b"], id="module-PROFILES"),
    pytest.param(_module(PROFILES=lambda: [B]), ["b"], id="module-PROFILES-callable"),
]


@pytest.mark.parametrize(("value", "names"), ENTRY_POINT_VALUES)
def test_entry_point_value_shapes(value: object, names: list[str]) -> None:
    got = _profiles_in(value, "pkg")
    assert [p.name for p in got] == names
    assert all(p.origin == "pkg" for p in got)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        pytest.param(_module(), "defines neither PROFILE nor PROFILES", id="empty-module"),
        pytest.param(["not a profile"], "expected a copydesk.Profile, got str", id="strings"),
        pytest.param(lambda: [42], "expected a copydesk.Profile, got int", id="callable-bad"),
    ],
)
def test_bad_entry_point_values(value: object, message: str) -> None:
    with pytest.raises(ProfileError, match=message):
        _profiles_in(value, "pkg")
