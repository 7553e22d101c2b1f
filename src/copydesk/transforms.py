"""Named transforms that outlet profiles apply to the strings their selectors matched.

A transform is written in a profile as ``"name"`` or ``"name:argument"`` and turns the list of
matched strings into a new list. They are data, so a profile stays declarative and every
transform is validated when the profile is loaded.

>>> apply_transforms(["By Jane Roe | Staff"], compile_transforms(("strip_by", "regex:^([^|]+)")))
['Jane Roe']
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime

from copydesk.cleaning import normalize_space

#: A compiled transform: matched strings in, strings out.
Transform = Callable[[list[str]], list[str]]
#: Builds a transform from its argument (the text after ``:``; None if there was none).
TransformFactory = Callable[[str | None], Transform]

# "By", "Von", "Par", "Por", "Di", "Door", "Av" opening a byline, with an optional colon.
_BY_PREFIX_RE = re.compile(r"^\s*(?:by|von|par|por|di|door|av|de)\b\s*:?\s*", re.IGNORECASE)
# Authors in one string: "A, B and C", "A & B", "A; B", "A und B", "A et B", "A y B".
_AUTHOR_SPLIT_RE = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\bi\b|\be\b)\s*")


def _no_arg(name: str, fn: Callable[[list[str]], list[str]]) -> TransformFactory:
    def factory(arg: str | None) -> Transform:
        if arg:
            raise ValueError(f"transform {name!r} takes no argument")
        return fn

    return factory


def _needs_arg(name: str, build: Callable[[str], Transform]) -> TransformFactory:
    def factory(arg: str | None) -> Transform:
        if not arg:
            raise ValueError(f"transform {name!r} needs an argument ('{name}:...')")
        return build(arg)

    return factory


def _strip_by(values: list[str]) -> list[str]:
    return [_BY_PREFIX_RE.sub("", v, count=1) for v in values]


def _split_authors(values: list[str]) -> list[str]:
    return [p for v in values for p in _AUTHOR_SPLIT_RE.split(v) if p.strip()]


def _first(values: list[str]) -> list[str]:
    return values[:1]


def _last(values: list[str]) -> list[str]:
    return values[-1:]


def _dedupe(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


def _join(sep: str | None) -> Transform:
    joiner = " " if sep is None else sep
    return lambda values: [joiner.join(values)] if values else []


def _regex(pattern: str) -> Transform:
    compiled = re.compile(pattern)

    def apply(values: list[str]) -> list[str]:
        out = []
        for value in values:
            match = compiled.search(value[:10_000])
            if match is None:
                continue
            if "value" in compiled.groupindex:
                out.append(match.group("value") or "")
            else:
                out.append(match.group(1) if compiled.groups else match.group(0))
        return out

    return apply


def _remove(pattern: str) -> Transform:
    compiled = re.compile(pattern)
    return lambda values: [compiled.sub("", v[:10_000]) for v in values]


def _strip_prefix(prefix: str) -> Transform:
    low = prefix.lower()
    return lambda values: [v[len(prefix) :] if v.lower().startswith(low) else v for v in values]


def _strip_suffix(suffix: str) -> Transform:
    low = suffix.lower()
    return lambda values: [v[: -len(suffix)] if v.lower().endswith(low) else v for v in values]


def _split(sep: str) -> Transform:
    # A literal separator, not a pattern: "split: / " splits "World / Europe" in two.
    return lambda values: [part for v in values for part in v.split(sep)]


def _strip_chars(chars: str | None) -> Transform:
    # Decorations around a value: "strip:|•" turns "| Dec 4, 2024 •" into "Dec 4, 2024".
    return lambda values: [v.strip(f"{chars or ''} \t\n") for v in values]


def _b64decode(values: list[str]) -> list[str]:
    # Some sites ship a value base64-encoded and decode it in the browser (ZEIT's print
    # articles: the visible first-publication date). UTF-8, else Latin-1; junk is dropped.
    out = []
    for value in values:
        try:
            raw = base64.b64decode(value.strip()[:10_000], validate=True)
        except (binascii.Error, ValueError):
            continue
        try:
            out.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            out.append(raw.decode("latin-1"))
    return out


def _date_format(fmt: str) -> Transform:
    # Validate the format once, at load time, by formatting a known date with it.
    datetime(2001, 2, 3, 4, 5, 6).strftime(fmt)

    def apply(values: list[str]) -> list[str]:
        out = []
        for value in values:
            try:
                out.append(datetime.strptime(value.strip(), fmt).isoformat())
            except ValueError:
                continue
        return out

    return apply


#: Every transform a profile may name.
TRANSFORMS: Mapping[str, TransformFactory] = {
    "strip_by": _no_arg("strip_by", _strip_by),
    "split_authors": _no_arg("split_authors", _split_authors),
    "first": _no_arg("first", _first),
    "last": _no_arg("last", _last),
    "dedupe": _no_arg("dedupe", _dedupe),
    "join": _join,
    "regex": _needs_arg("regex", _regex),
    "remove": _needs_arg("remove", _remove),
    "strip_prefix": _needs_arg("strip_prefix", _strip_prefix),
    "strip_suffix": _needs_arg("strip_suffix", _strip_suffix),
    "date_format": _needs_arg("date_format", _date_format),
    "b64decode": _no_arg("b64decode", _b64decode),
    "split": _needs_arg("split", _split),
    "strip": _strip_chars,
}


def compile_transform(spec: str) -> Transform:
    """Compile one ``"name"`` / ``"name:arg"`` spec; ValueError if unknown or malformed."""
    name, sep, arg = spec.partition(":")
    factory = TRANSFORMS.get(name.strip())
    if factory is None:
        known = ", ".join(sorted(TRANSFORMS))
        raise ValueError(f"unknown transform {name!r} (known: {known})")
    try:
        return factory(arg if sep else None)
    except re.error as exc:
        raise ValueError(f"transform {spec!r}: bad regular expression: {exc}") from None


def compile_transforms(specs: Sequence[str]) -> tuple[Transform, ...]:
    """Compile a sequence of transform specs, in order."""
    return tuple(compile_transform(s) for s in specs)


def apply_transforms(values: list[str], transforms: Sequence[Transform]) -> list[str]:
    """Run ``values`` through ``transforms``; empty strings are dropped after each step."""
    for transform in transforms:
        values = [normalize_space(v) for v in transform(values)]
        values = [v for v in values if v]
    return values
