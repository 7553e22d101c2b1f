"""Outlet profiles: short declarative descriptions of where a site keeps each field.

A profile names the domains it serves, an ordered list of selector candidates per field
(most specific first), elements to drop before extraction, and named transforms. It is
validated and compiled when it is constructed, so a broken selector fails at load time with
an error naming the profile and the field, never silently at parse time.

>>> p = Profile(name="example", domains=("example.com",), title=("h1.headline",))
>>> p.matches("https://news.example.com/a/b")
True
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from copydesk.exceptions import ProfileError
from copydesk.selectors import SelectorSyntaxError, compile_css, compile_xpath
from copydesk.transforms import Transform, compile_transforms
from copydesk.urls import url_host, url_path

#: The fields a profile may give selectors for.
PROFILE_FIELDS: tuple[str, ...] = (
    "title",
    "byline",
    "authors",
    "published",
    "modified",
    "section",
    "body",
    "credit",
)
_OTHER_KEYS = ("name", "domains", "drop", "description", "origin")
#: The keys of a selector written as a mapping (TOML, JSON).
SELECTOR_KEYS = ("css", "xpath", "attr", "transforms")


def unknown_key(key: str, known: Sequence[str]) -> str:
    """The message for a misspelt key: the closest known key, then all of them.

    >>> unknown_key("bodi", ("title", "body"))
    "unknown key (did you mean 'body'? known: title, body)"
    """
    close = difflib.get_close_matches(key, known, n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    return f"unknown key ({hint}known: {', '.join(known)})"


def _specs(value: Iterable[str]) -> tuple[str, ...]:
    # A named converter, not ``tuple``: mypy cannot type attrs' generic ``tuple`` converter.
    # One transform given as a string is one transform, not one per character.
    return (value,) if isinstance(value, str) else tuple(value)


@attrs.frozen(kw_only=True)
class Selector:
    """One candidate for a field: a CSS (or XPath) selector, what to read, how to transform.

    ``attr`` reads an attribute instead of the text; ``transforms`` are names from
    :data:`copydesk.transforms.TRANSFORMS` (``"strip_by"``, ``"regex:..."``, ...).
    """

    css: str | None = None
    xpath: str | None = None
    attr: str | None = None
    transforms: tuple[str, ...] = attrs.field(default=(), converter=_specs)

    @property
    def label(self) -> str:
        """The selector as written, for provenance and error messages."""
        text = self.css if self.css is not None else f"xpath:{self.xpath}"
        return f"{text} @{self.attr}" if self.attr else text

    @classmethod
    def coerce(cls, value: Any) -> Selector:
        """Accept a ``Selector``, a CSS string, or a mapping with the same keys."""
        if isinstance(value, Selector):
            return value
        if isinstance(value, str):
            return cls(css=value)
        if isinstance(value, Mapping):
            unknown = set(value) - set(SELECTOR_KEYS)
            if unknown:
                raise ValueError(
                    f"unknown selector keys: {', '.join(sorted(unknown))} "
                    f"(known: {', '.join(SELECTOR_KEYS)})"
                )
            transforms = value.get("transforms", ())
            if isinstance(transforms, str):
                transforms = (transforms,)
            return cls(
                css=value.get("css"),
                xpath=value.get("xpath"),
                attr=value.get("attr"),
                transforms=tuple(transforms),
            )
        raise TypeError(f"a selector is a CSS string or a mapping, not {type(value).__name__}")


def _selectors(value: Any) -> tuple[Selector, ...]:
    if value is None:
        return ()
    if isinstance(value, str | Selector | Mapping):
        value = (value,)
    return tuple(Selector.coerce(v) for v in value)


def _strings(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


@attrs.frozen(kw_only=True)
class Profile:
    """A declarative outlet profile. See ``docs/profiles.md`` for the format.

    Raises:
        ProfileError: on an empty name, no domains, an invalid selector or an unknown
            transform; the message names the profile and the field.
    """

    name: str
    domains: tuple[str, ...] = attrs.field(converter=_strings)
    title: tuple[Selector, ...] = attrs.field(default=(), converter=_selectors)
    byline: tuple[Selector, ...] = attrs.field(default=(), converter=_selectors)
    authors: tuple[Selector, ...] = attrs.field(default=(), converter=_selectors)
    published: tuple[Selector, ...] = attrs.field(default=(), converter=_selectors)
    modified: tuple[Selector, ...] = attrs.field(default=(), converter=_selectors)
    section: tuple[Selector, ...] = attrs.field(default=(), converter=_selectors)
    body: tuple[Selector, ...] = attrs.field(default=(), converter=_selectors)
    credit: tuple[Selector, ...] = attrs.field(default=(), converter=_selectors)
    drop: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    description: str = ""
    origin: str = "built-in"
    _compiled: Mapping[tuple[str, int], tuple[Transform, ...]] = attrs.field(
        init=False, repr=False, eq=False, hash=False, factory=dict
    )

    def __attrs_post_init__(self) -> None:
        if not self.name or not self.name.strip():
            raise ProfileError("a profile needs a name")
        if not self.domains:
            raise ProfileError(
                "a profile needs at least one domain", profile=self.name, field="domains"
            )
        for domain in self.domains:
            if not domain or " " in domain or "://" in domain:
                raise ProfileError(
                    f"bad domain {domain!r} (write 'example.com' or 'example.com/path')",
                    profile=self.name,
                    field="domains",
                )
        compiled: dict[tuple[str, int], tuple[Transform, ...]] = {}
        for field in PROFILE_FIELDS:
            for i, sel in enumerate(self.selectors(field)):
                where = f"{field}[{i}]"
                if (sel.css is None) == (sel.xpath is None):
                    raise ProfileError(
                        "give exactly one of css or xpath", profile=self.name, field=where
                    )
                try:
                    if sel.css is not None:
                        compile_css(sel.css)
                    else:
                        compile_xpath(sel.xpath or "")
                    compiled[(field, i)] = compile_transforms(sel.transforms)
                except (SelectorSyntaxError, ValueError) as exc:
                    raise ProfileError(str(exc), profile=self.name, field=where) from None
        for i, css in enumerate(self.drop):
            try:
                compile_css(css)
            except SelectorSyntaxError as exc:
                raise ProfileError(str(exc), profile=self.name, field=f"drop[{i}]") from None
        object.__setattr__(self, "_compiled", compiled)

    def selectors(self, field: str) -> tuple[Selector, ...]:
        """The ordered selector candidates for ``field`` (empty if the profile has none)."""
        if field not in PROFILE_FIELDS:  # site_name, language ...: no profile selectors
            return ()
        value: tuple[Selector, ...] = getattr(self, field)
        return value

    def transforms(self, field: str, index: int) -> tuple[Transform, ...]:
        """The compiled transforms of ``field``'s ``index``-th selector."""
        return self._compiled.get((field, index), ())

    def match_score(self, url: str | None) -> int:
        """How specifically this profile serves ``url``: 0 = not at all, longer = closer."""
        if not url:
            return 0
        full = url if "//" in url else f"//{url}"
        host = url_host(full)
        path = (url_path(full) or "/").lower()  # domains are lower-cased, prefixes with them
        best = 0
        for domain in self.domains:
            dom, _, prefix = domain.lower().partition("/")
            dom = dom.removeprefix("www.")
            if host != dom and not host.endswith("." + dom):
                continue
            if prefix and not path.lstrip("/").startswith(prefix.strip("/")):
                continue
            best = max(best, len(dom) + len(prefix) + 1)
        return best

    def matches(self, url: str | None) -> bool:
        """True if this profile serves ``url`` (its host or a subdomain, and path prefix)."""
        return self.match_score(url) > 0

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], *, origin: str | None = None) -> Profile:
        """Build a profile from plain data (a TOML or JSON document), checking every key.

        >>> Profile.from_mapping({"name": "x", "domains": ["x.com"], "titel": ["h1"]})
        Traceback (most recent call last):
        ...
        copydesk.exceptions.ProfileError: profile x.titel: unknown key (did you mean 'title'? ...)
        """
        name = str(data.get("name") or "")
        known = (*_OTHER_KEYS, *PROFILE_FIELDS)
        for key in data:
            if key not in known:
                raise ProfileError(unknown_key(str(key), known), profile=name, field=str(key))
        kwargs: dict[str, Any] = {}
        for key, value in data.items():
            if key in PROFILE_FIELDS:
                try:
                    kwargs[key] = _selectors(value)
                except (TypeError, ValueError) as exc:
                    raise ProfileError(str(exc), profile=name, field=key) from None
            else:
                kwargs[key] = value
        if origin is not None:
            kwargs["origin"] = origin
        return cls(**kwargs)

    def to_mapping(self) -> dict[str, Any]:
        """The profile as plain data (the inverse of :meth:`from_mapping`)."""
        out: dict[str, Any] = {"name": self.name, "domains": list(self.domains)}
        if self.description:
            out["description"] = self.description
        for field in PROFILE_FIELDS:
            sels = self.selectors(field)
            if sels:
                out[field] = [_selector_data(s) for s in sels]
        if self.drop:
            out["drop"] = list(self.drop)
        return out


def _selector_data(sel: Selector) -> str | dict[str, Any]:
    if sel.css is not None and not sel.attr and not sel.transforms:
        return sel.css
    data: dict[str, Any] = {}
    for key in ("css", "xpath", "attr"):
        if getattr(sel, key) is not None:
            data[key] = getattr(sel, key)
    if sel.transforms:
        data["transforms"] = list(sel.transforms)
    return data


def profiles_for(url: str | None, profiles: Iterable[Profile]) -> tuple[Profile, ...]:
    """The profiles serving ``url``, most specific first."""
    scored = [(p.match_score(url), i, p) for i, p in enumerate(profiles)]
    return tuple(p for score, _, p in sorted(scored, key=lambda t: (-t[0], t[1])) if score > 0)
