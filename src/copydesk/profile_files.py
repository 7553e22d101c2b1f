"""Load outlet profiles from files: Python modules, TOML or JSON documents.

Profiles normally ship inside packages (see :mod:`copydesk.registry`), but while you write one
it is handier to keep it in a file and point copydesk at it. Three formats are read:

* ``.py`` — a module defining ``PROFILE`` (one :class:`~copydesk.Profile`) or ``PROFILES``
  (an iterable of them, or a callable returning one). The module is executed from its path
  under a private name and removed from ``sys.modules`` afterwards, so loading a file twice
  (after editing it) reads it afresh and never shadows a real module.
* ``.toml`` — one profile as the whole document, or several as ``[[profiles]]`` tables
  (needs Python 3.11's ``tomllib``, or the ``tomli`` package on 3.10).
* ``.json`` — one profile object, a list of them, or ``{"profiles": [...]}``.

Every profile is validated as it loads; problems raise :class:`ProfileFileError`, whose
message starts with the file name and names the profile and field. :func:`check_profile_file`
collects *every* problem in a file instead of stopping at the first (``copydesk profiles
check`` prints them).

>>> import json, pathlib, tempfile
>>> path = pathlib.Path(tempfile.mkdtemp()) / "ex.json"
>>> _ = path.write_text(json.dumps({"name": "ex", "domains": ["ex.com"], "title": ["h1"]}))
>>> [p.name for p in load_profile_file(path)]
['ex']
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import sys
import traceback
import uuid
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from copydesk.exceptions import ProfileError
from copydesk.profile import (
    _OTHER_KEYS,
    PROFILE_FIELDS,
    SELECTOR_KEYS,
    Profile,
    Selector,
    unknown_key,
)
from copydesk.selectors import SelectorSyntaxError, compile_css, compile_xpath
from copydesk.transforms import compile_transforms

#: File suffixes :func:`load_profile_file` understands.
PROFILE_SUFFIXES: tuple[str, ...] = (".py", ".toml", ".json")
_KNOWN_KEYS = (*_OTHER_KEYS, *PROFILE_FIELDS)


class ProfileFileError(ProfileError):
    """A profile file cannot be read or holds an invalid profile.

    ``path`` is the file; ``profile`` and ``field`` say where inside it, when known.
    """

    def __init__(
        self,
        path: str | Path,
        message: str,
        *,
        profile: str | None = None,
        field: str | None = None,
    ) -> None:
        where = ".".join(x for x in (profile, field) if x)
        text = f"{path}: profile {where}: {message}" if where else f"{path}: {message}"
        ValueError.__init__(self, text)
        self.path = Path(path)
        self.profile = profile
        self.field = field


def load_profile_file(path: str | Path) -> list[Profile]:
    """The profiles defined in ``path`` (``.py``, ``.toml`` or ``.json``), validated.

    Each profile's ``origin`` is the file's path, so ``copydesk profiles list`` and error
    messages can say where it came from.

    Raises:
        ProfileFileError: the file is missing, unreadable, of an unknown type, or defines an
            invalid profile (the first problem found; see :func:`check_profile_file`).
    """
    file = Path(path)
    if file.suffix == ".py":
        return _load_python(file)
    documents = _documents(file)
    profiles = []
    for data in documents:
        try:
            profiles.append(Profile.from_mapping(data, origin=str(file)))
        except ProfileError as exc:
            raise _file_error(file, exc) from None
    return profiles


def check_profile_file(path: str | Path) -> list[ProfileFileError]:
    """Every problem in the profile file at ``path`` (empty: the file is fine).

    Unlike :func:`load_profile_file`, TOML and JSON documents are checked key by key and
    selector by selector, so one run lists all unknown keys, bad selectors and unknown
    transforms. A Python module stops at its first error (it raises while it is executed).

    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "bad.json"
    >>> _ = path.write_text('{"name": "b", "domains": ["b.com"], "title": ["h1[["], "bodi": []}')
    >>> for problem in check_profile_file(path):
    ...     print(problem)  # doctest: +ELLIPSIS
    /.../bad.json: profile b.title[0]: invalid CSS selector 'h1[[': ...
    /.../bad.json: profile b.bodi: unknown key (did you mean 'body'? known: ...)
    """
    file = Path(path)
    if file.suffix == ".py":
        try:
            _load_python(file)
        except ProfileFileError as exc:
            return [exc]
        return []
    try:
        documents = _documents(file)
    except ProfileFileError as exc:
        return [exc]
    problems: list[ProfileFileError] = []
    for data in documents:
        problems.extend(_check_mapping(file, data))
    return problems


# ---------------------------------------------------------------- Python modules


def _load_python(file: Path) -> list[Profile]:
    from copydesk.registry import _profiles_in

    if not file.is_file():
        raise ProfileFileError(file, "no such file")
    # A unique, private module name: the module may import helpers or define attrs classes
    # (which look themselves up in sys.modules while executing), but it must not stay there.
    name = f"_copydesk_profile_file_{uuid.uuid4().hex}"
    spec = importlib.util.spec_from_file_location(name, file)
    if spec is None or spec.loader is None:
        raise ProfileFileError(file, "cannot be imported as a Python module")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
        if getattr(module, "PROFILES", None) is None and getattr(module, "PROFILE", None) is None:
            raise ProfileFileError(file, "defines neither PROFILE nor PROFILES")
        return _profiles_in(module, str(file))
    except ProfileError as exc:
        raise _file_error(file, exc) from None
    except Exception as exc:  # the module is user code: report any failure as a file error
        raise ProfileFileError(file, _python_error(file, exc)) from None
    finally:
        sys.modules.pop(name, None)


_UNEXPECTED_KEYWORD_RE = re.compile(
    # TypeError of a misspelt keyword: "Profile.__init__() got an unexpected keyword argument
    # 'titel'"; the class and the keyword name the hint.
    r"(?P<cls>Profile|Selector)\.__init__\(\) got an unexpected keyword argument '(?P<key>\w+)'"
)


def _python_error(file: Path, exc: Exception) -> str:
    """``line N: Type: message`` for an exception raised while executing ``file`` (the last
    of its lines in the traceback), with the known keys after a misspelt keyword."""
    text = f"{type(exc).__name__}: {exc}"
    here = os.path.abspath(file)
    lines = [
        f.lineno
        for f in traceback.extract_tb(exc.__traceback__)
        if os.path.abspath(f.filename) == here and f.lineno
    ]
    if lines:
        text = f"line {lines[-1]}: {text}"
    match = _UNEXPECTED_KEYWORD_RE.search(str(exc))
    if match:
        known = _KNOWN_KEYS if match["cls"] == "Profile" else SELECTOR_KEYS
        text += f" ({unknown_key(match['key'], known).removeprefix('unknown key (')}"
    return text


# ---------------------------------------------------------------- TOML / JSON documents


def _documents(file: Path) -> list[Mapping[str, Any]]:
    """The profile mappings in a TOML or JSON file."""
    if file.suffix not in PROFILE_SUFFIXES:
        known = ", ".join(PROFILE_SUFFIXES)
        raise ProfileFileError(file, f"unknown profile file type (use one of {known})")
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise ProfileFileError(file, exc.strerror or str(exc)) from None
    except UnicodeDecodeError as exc:
        raise ProfileFileError(file, f"not UTF-8 text: {exc}") from None
    data: Any
    if file.suffix == ".toml":
        data = _parse_toml(file, text)
    else:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ProfileFileError(file, f"invalid JSON: {exc}") from None
    if isinstance(data, Mapping) and set(data) == {"profiles"}:
        data = data["profiles"]
    items = [data] if isinstance(data, Mapping) else data
    if not isinstance(items, list) or not items:
        raise ProfileFileError(file, "expected a profile, a list of profiles or 'profiles = [...]'")
    for i, item in enumerate(items):
        if not isinstance(item, Mapping):
            raise ProfileFileError(
                file, f"profiles[{i}] is a {type(item).__name__}, not a table/object"
            )
    return items


def _parse_toml(file: Path, text: str) -> Any:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        try:
            import tomli as tomllib  # type: ignore[import-not-found,unused-ignore]
        except ModuleNotFoundError:
            raise ProfileFileError(
                file, "TOML profiles need Python 3.11+ (or 'pip install tomli')"
            ) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileFileError(file, f"invalid TOML: {exc}") from None


def _check_mapping(file: Path, data: Mapping[str, Any]) -> list[ProfileFileError]:
    name = str(data.get("name") or "") or None
    problems: list[ProfileFileError] = []
    for key in data:
        if key not in _KNOWN_KEYS:
            problems.append(
                ProfileFileError(
                    file,
                    unknown_key(str(key), _KNOWN_KEYS),
                    profile=name,
                    field=str(key),
                )
            )
            continue
        if key not in PROFILE_FIELDS:
            continue
        value = data[key]
        if isinstance(value, str | Mapping):
            value = [value]
        if not isinstance(value, Iterable):
            problems.append(
                ProfileFileError(file, "expected a list of selectors", profile=name, field=key)
            )
            continue
        for i, raw in enumerate(value):
            message = _selector_problem(raw)
            if message:
                problems.append(ProfileFileError(file, message, profile=name, field=f"{key}[{i}]"))
    if not problems:  # whatever is left (name, domains, drop) Profile itself checks
        try:
            Profile.from_mapping(data, origin=str(file))
        except ProfileError as exc:
            problems.append(_file_error(file, exc))
    return problems


def _selector_problem(raw: Any) -> str | None:
    try:
        sel = Selector.coerce(raw)
    except (TypeError, ValueError) as exc:
        return str(exc)
    if (sel.css is None) == (sel.xpath is None):
        return "give exactly one of css or xpath"
    try:
        if sel.css is not None:
            compile_css(sel.css)
        else:
            compile_xpath(sel.xpath or "")
        compile_transforms(sel.transforms)
    except (SelectorSyntaxError, ValueError) as exc:
        return str(exc)
    return None


def _file_error(file: Path, exc: ProfileError) -> ProfileFileError:
    if isinstance(exc, ProfileFileError):
        return exc
    message = str(exc)
    where = ".".join(x for x in (exc.profile, exc.field) if x)
    prefix = f"profile {where}: "
    if where and message.startswith(prefix):
        message = message[len(prefix) :]
    return ProfileFileError(file, message, profile=exc.profile, field=exc.field)
