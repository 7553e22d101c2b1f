"""Loading profiles from .py, .toml and .json files, and checking them for every problem."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from copydesk import Profile, Selector
from copydesk.profile_files import ProfileFileError, check_profile_file, load_profile_file

needs_tomllib = pytest.mark.skipif(sys.version_info < (3, 11), reason="tomllib is Python 3.11+")

PLANET_TOML = """
name = "planet"
domains = ["dailyplanet.example"]
description = "The Daily Planet"
title = ["h1.headline", {css = "meta[property='og:title']", attr = "content"}]
byline = [{css = ".byline", transforms = ["strip_by"]}]
published = [{xpath = "//time[@itemprop='datePublished']/@datetime"}]
body = [".story-body"]
drop = [".promo"]
"""

EXPECTED = Profile(
    name="planet",
    domains=("dailyplanet.example",),
    description="The Daily Planet",
    title=("h1.headline", Selector(css="meta[property='og:title']", attr="content")),
    byline=(Selector(css=".byline", transforms=("strip_by",)),),
    published=(Selector(xpath="//time[@itemprop='datePublished']/@datetime"),),
    body=(".story-body",),
    drop=(".promo",),
)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@needs_tomllib
def test_toml_single_profile(tmp_path: Path) -> None:
    path = _write(tmp_path, "planet.toml", PLANET_TOML)
    (profile,) = load_profile_file(path)
    assert profile.to_mapping() == EXPECTED.to_mapping()
    assert profile.origin == str(path)


@needs_tomllib
def test_toml_several_profiles(tmp_path: Path) -> None:
    text = """
[[profiles]]
name = "planet"
domains = ["dailyplanet.example"]
title = ["h1"]

[[profiles]]
name = "planet-sports"
domains = ["dailyplanet.example/sports"]
title = ["h1.sports-head"]
"""
    profiles = load_profile_file(_write(tmp_path, "p.toml", text))
    assert [p.name for p in profiles] == ["planet", "planet-sports"]


@pytest.mark.parametrize(
    "document",
    [
        pytest.param(EXPECTED.to_mapping(), id="object"),
        pytest.param([EXPECTED.to_mapping()], id="list"),
        pytest.param({"profiles": [EXPECTED.to_mapping()]}, id="profiles-key"),
    ],
)
def test_json_shapes(tmp_path: Path, document: object) -> None:
    (profile,) = load_profile_file(_write(tmp_path, "planet.json", json.dumps(document)))
    assert profile.to_mapping() == EXPECTED.to_mapping()


def test_python_module(tmp_path: Path) -> None:
    text = """
from copydesk import Profile

PROFILE = Profile(name="planet", domains=("dailyplanet.example",), title=("h1",))
"""
    path = _write(tmp_path, "planet.py", text)
    before = set(sys.modules)
    (profile,) = load_profile_file(path)
    assert profile.name == "planet"
    assert profile.origin == str(path)
    assert set(sys.modules) == before  # the module did not stay behind


def test_python_module_profiles_callable_and_reload(tmp_path: Path) -> None:
    template = """
from copydesk import Profile

def PROFILES():
    return [Profile(name=n, domains=("dailyplanet.example",)) for n in {names!r}]
"""
    path = _write(tmp_path, "planet.py", template.format(names=["a", "b"]))
    assert [p.name for p in load_profile_file(path)] == ["a", "b"]
    path.write_text(template.format(names=["c"]), encoding="utf-8")
    assert [p.name for p in load_profile_file(path)] == ["c"]  # read afresh, not cached


FILE_ERRORS = [
    # id, file name, content, expected (profile, field) or None, words in the message
    pytest.param(
        "bad.json",
        '{"name": "planet", "domains": ["p.example"], "title": ["h1["]}',
        ("planet", "title[0]"),
        "invalid CSS selector",
        id="json-bad-css",
    ),
    pytest.param(
        "bad.json",
        '{"name": "planet", "domains": ["p.example"], "auth": ["a"]}',
        ("planet", "auth"),
        "unknown key",
        id="json-unknown-key",
    ),
    pytest.param(
        "bad.json",
        '{"name": "planet", "domains": ["p.example"],'
        ' "byline": [{"css": ".b", "transforms": ["shout"]}]}',
        ("planet", "byline[0]"),
        "unknown transform 'shout'",
        id="json-unknown-transform",
    ),
    pytest.param("bad.json", "{not json", None, "invalid JSON", id="json-syntax"),
    pytest.param("bad.json", "[1, 2]", None, "profiles[0] is a int", id="json-not-objects"),
    pytest.param("bad.json", "[]", None, "expected a profile", id="json-empty-list"),
    pytest.param("bad.yaml", "name: x", None, "unknown profile file type", id="yaml"),
    pytest.param(
        "bad.py",
        "import nonexistent_module_for_copydesk_tests\n",
        None,
        "ModuleNotFoundError",
        id="py-import-error",
    ),
    pytest.param(
        "bad.py", "X = 1\n", None, "defines neither PROFILE nor PROFILES", id="py-no-profile"
    ),
    pytest.param(
        "bad.py",
        "from copydesk import Profile\n"
        "PROFILE = Profile(name='planet', domains=('p.example',), body=('p[',))\n",
        ("planet", "body[0]"),
        "invalid CSS selector",
        id="py-bad-css",
    ),
]


@pytest.mark.parametrize(("name", "text", "where", "words"), FILE_ERRORS)
def test_file_errors_name_file_profile_and_field(
    tmp_path: Path, name: str, text: str, where: tuple[str, str] | None, words: str
) -> None:
    path = _write(tmp_path, name, text)
    with pytest.raises(ProfileFileError) as info:
        load_profile_file(path)
    err = info.value
    assert str(err).startswith(f"{path}: ")
    assert words in str(err)
    assert err.path == path
    if where is not None:
        assert (err.profile, err.field) == where
        assert f"profile {where[0]}.{where[1]}: " in str(err)
    assert [str(e) for e in check_profile_file(path)] == [str(err)]


@needs_tomllib
@pytest.mark.parametrize(
    ("text", "field", "words"),
    [
        pytest.param(
            'name = "planet"\ndomains = ["p.example"]\ntitle = ["h1 >"]\n',
            "title[0]",
            "invalid CSS selector",
            id="bad-css",
        ),
        pytest.param(
            'name = "planet"\ndomains = ["p.example"]\nheadline = ["h1"]\n',
            "headline",
            "unknown key",
            id="unknown-key",
        ),
        pytest.param(
            'name = "planet"\ndomains = ["p.example"]\n'
            'title = [{css = "h1", transforms = ["upper"]}]\n',
            "title[0]",
            "unknown transform 'upper'",
            id="unknown-transform",
        ),
    ],
)
def test_toml_errors(tmp_path: Path, text: str, field: str, words: str) -> None:
    path = _write(tmp_path, "bad.toml", text)
    with pytest.raises(ProfileFileError, match=words) as info:
        load_profile_file(path)
    assert (info.value.profile, info.value.field) == ("planet", field)


@needs_tomllib
def test_toml_syntax_error(tmp_path: Path) -> None:
    with pytest.raises(ProfileFileError, match="invalid TOML"):
        load_profile_file(_write(tmp_path, "bad.toml", "name = \n"))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ProfileFileError, match=r"(?i)no such file"):
        load_profile_file(tmp_path / "absent.json")
    with pytest.raises(ProfileFileError, match="no such file"):
        load_profile_file(tmp_path / "absent.py")


def test_check_lists_every_problem(tmp_path: Path) -> None:
    doc = {
        "name": "planet",
        "domains": ["p.example"],
        "title": ["h1", "h2[", {"css": "h3", "transforms": ["nope"]}],
        "bodi": [".story"],
        "byline": [{"css": ".b", "xpath": "//b"}],
    }
    path = _write(tmp_path, "bad.json", json.dumps(doc))
    problems = check_profile_file(path)
    assert [(p.profile, p.field) for p in problems] == [
        ("planet", "title[1]"),
        ("planet", "title[2]"),
        ("planet", "bodi"),
        ("planet", "byline[0]"),
    ]


def test_check_reports_domain_errors_after_selectors_pass(tmp_path: Path) -> None:
    path = _write(tmp_path, "bad.json", json.dumps({"name": "planet", "domains": []}))
    (problem,) = check_profile_file(path)
    assert problem.field == "domains"


def test_check_ok(tmp_path: Path) -> None:
    path = _write(tmp_path, "ok.json", json.dumps(EXPECTED.to_mapping()))
    assert check_profile_file(path) == []
