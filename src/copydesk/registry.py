"""Where profiles come from: built-ins, installed packages, or the caller.

Built-in profiles are the modules of ``copydesk.profiles`` (each defines ``PROFILE``).
Third-party packages publish profiles through the entry-point group ``copydesk.profiles``;
an entry point may load a ``Profile``, an iterable of them, or a module defining ``PROFILE``
or ``PROFILES``. A profile that fails to load is recorded in ``Registry.errors`` with its name
and skipped, so one broken package never stops parsing.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib.metadata import EntryPoint, entry_points
from types import ModuleType
from typing import Any

from copydesk.exceptions import ProfileError, ProfileLoadError
from copydesk.profile import Profile, profiles_for

#: The entry-point group third-party packages register profiles under.
ENTRY_POINT_GROUP = "copydesk.profiles"

log = logging.getLogger("copydesk")


class Registry:
    """An ordered, immutable collection of profiles with domain lookup.

    >>> reg = Registry([Profile(name="ex", domains=("example.com",), title=("h1",))])
    >>> [p.name for p in reg.match("https://www.example.com/story")]
    ['ex']
    """

    def __init__(
        self, profiles: Iterable[Profile] = (), *, errors: Iterable[ProfileLoadError] = ()
    ) -> None:
        self.profiles: tuple[Profile, ...] = tuple(profiles)
        self.errors: tuple[ProfileLoadError, ...] = tuple(errors)

    def __iter__(self) -> Iterator[Profile]:
        return iter(self.profiles)

    def __len__(self) -> int:
        return len(self.profiles)

    def get(self, name: str) -> Profile | None:
        """The profile called ``name``, or None."""
        return next((p for p in self.profiles if p.name == name), None)

    def match(self, url: str | None) -> tuple[Profile, ...]:
        """Profiles serving ``url``, most specific first."""
        return profiles_for(url, self.profiles)

    @classmethod
    def builtin(cls) -> Registry:
        """The profiles shipped with copydesk."""
        import copydesk.profiles as package

        profiles: list[Profile] = []
        errors: list[ProfileLoadError] = []
        for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
            if info.name.startswith("_"):
                continue
            origin = "built-in"
            try:
                module = importlib.import_module(f"{package.__name__}.{info.name}")
                profiles.extend(_profiles_in(module, origin))
            except Exception as exc:  # a broken module must not hide the others
                errors.append(_load_error(info.name, origin, exc))
        return cls(profiles, errors=errors)

    @classmethod
    def from_entry_points(cls, group: str = ENTRY_POINT_GROUP) -> Registry:
        """Profiles published by installed packages under ``group``."""
        profiles: list[Profile] = []
        errors: list[ProfileLoadError] = []
        for ep in _entry_points(group):
            origin = ep.dist.name if ep.dist is not None else ep.value
            try:
                profiles.extend(_profiles_in(ep.load(), origin))
            except Exception as exc:  # third-party code: report it, skip it, carry on
                errors.append(_load_error(ep.name, origin, exc))
        return cls(profiles, errors=errors)

    def __add__(self, other: Registry) -> Registry:
        return Registry((*self.profiles, *other.profiles), errors=(*self.errors, *other.errors))


def _entry_points(group: str) -> tuple[EntryPoint, ...]:
    return tuple(entry_points(group=group))


def _profiles_in(obj: Any, origin: str) -> list[Profile]:
    if isinstance(obj, ModuleType):
        found = getattr(obj, "PROFILES", None) or getattr(obj, "PROFILE", None)
        if found is None:
            raise ProfileError(f"module {obj.__name__} defines neither PROFILE nor PROFILES")
        obj = found
    if callable(obj) and not isinstance(obj, Profile):
        obj = obj()
    items = [obj] if isinstance(obj, Profile) else list(obj)
    out = []
    for item in items:
        if not isinstance(item, Profile):
            raise ProfileError(f"expected a copydesk.Profile, got {type(item).__name__}")
        out.append(item if item.origin == origin else _with_origin(item, origin))
    return out


def _with_origin(profile: Profile, origin: str) -> Profile:
    import attrs

    return attrs.evolve(profile, origin=origin)


def _load_error(name: str, origin: str, exc: Exception) -> ProfileLoadError:
    error = ProfileLoadError(
        f"could not be loaded from {origin}: {type(exc).__name__}: {exc}", profile=name
    )
    log.warning("%s", error)
    return error


@lru_cache(maxsize=1)
def default_registry() -> Registry:
    """Built-in profiles plus every installed package's, built once per process.

    A third-party profile whose name equals a built-in one replaces it, so users can
    override what ships with copydesk.
    """
    third_party = Registry.from_entry_points()
    names = {p.name for p in third_party}
    builtin = Registry.builtin()
    kept = [p for p in builtin if p.name not in names]
    return Registry((*third_party.profiles, *kept), errors=(*builtin.errors, *third_party.errors))
