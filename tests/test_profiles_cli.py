"""``copydesk profiles list`` and ``copydesk profiles check``, and the usage errors of
``copydesk profiles new`` (what it drafts is tests/test_scaffold.py's business)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from copydesk.cli import main
from copydesk.registry import default_registry

ROOT = Path(__file__).resolve().parents[1]

GOOD = {
    "name": "planet",
    "domains": ["dailyplanet.example"],
    "title": ["h1.hed"],
    "body": [".story"],
}
PAGE = (
    "<html><body><h1 class='hed'>Bridge reopens</h1><div class='story'><p>"
    + "The bridge reopened on Wednesday after three weeks of repairs. " * 6
    + "</p></div></body></html>"
)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["profiles", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_list_shows_builtins(capsys: pytest.CaptureFixture[str]) -> None:
    default_registry.cache_clear()
    code, out, _ = _run(capsys, "list")
    assert code == 0
    header, *rows = out.splitlines()
    assert header.split() == ["NAME", "DOMAINS", "ORIGIN"]
    (columbian,) = [r for r in rows if r.split()[0] == "columbian"]
    assert columbian.split()[1:] == ["columbian.com", "built-in"]


def test_check_ok(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "planet.json"
    path.write_text(json.dumps(GOOD), encoding="utf-8")
    code, out, _ = _run(capsys, "check", str(path))
    assert code == 0
    assert out.splitlines() == [
        f"{path}: note: no fixture pages checked: no fixtures/ folder beside the file or up "
        "to 3 folders above it (give --fixtures DIR)",
        f"{path}: ok (1 profile(s): planet)",
    ]


def test_check_reports_every_error_with_file_profile_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                **GOOD,
                "title": ["h1["],
                "author": ["a"],
                "byline": [{"css": ".by", "transforms": ["shout"]}],
            }
        ),
        encoding="utf-8",
    )
    good = tmp_path / "good.json"
    good.write_text(json.dumps(GOOD), encoding="utf-8")
    code, out, _ = _run(capsys, "check", str(bad), str(good))
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith(f"{bad}: profile planet.title[0]: invalid CSS selector 'h1['")
    assert lines[1].startswith(
        f"{bad}: profile planet.author: unknown key (did you mean 'authors'?"
    )
    assert lines[2].startswith(f"{bad}: profile planet.byline[0]: unknown transform 'shout'")
    assert lines[-1] == f"{good}: ok (1 profile(s): planet)"  # the good file is still checked


def test_check_python_file_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "planet.py"
    path.write_text(
        "from copydesk import Profile\n"
        "PROFILE = Profile(name='planet', domains=('p.example',), drop=('..x',))\n",
        encoding="utf-8",
    )
    code, out, _ = _run(capsys, "check", str(path))
    assert code == 1
    assert out.startswith(f"{path}: profile planet.drop[0]: invalid CSS selector")


def test_check_missing_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "check", str(tmp_path / "absent.toml"))
    assert code == 1
    assert out == f"{tmp_path / 'absent.toml'}: no such file or directory\n"


def test_check_directory_without_profiles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    code, out, _ = _run(capsys, "check", str(tmp_path))
    assert code == 1
    assert out == f"{tmp_path}: no profile files (.py, .toml, .json) in this directory\n"


@pytest.mark.parametrize(
    ("source", "message"),
    [
        (
            "X = 1\nPROFILE = Profile(name='planet', domains=('p.example',), titel=('h1',))\n",
            "planet.py: line 3: TypeError: Profile.__init__() got an unexpected keyword "
            "argument 'titel' (did you mean 'title'? known: name, domains, ",
        ),
        (
            "X = 1\nPROFILE = Profile(name='p', domains=('p.example',), "
            "title=(Selector(css='h1', transform=('first',)),))\n",
            "planet.py: line 3: TypeError: Selector.__init__() got an unexpected keyword "
            "argument 'transform' (did you mean 'transforms'? known: css, xpath, attr, "
            "transforms)",
        ),
        ("PROFILE = Profile(\n", "planet.py: SyntaxError: '(' was never closed"),
        ("import no_such_module_here\n", "planet.py: line 2: ModuleNotFoundError: No module"),
    ],
    ids=["profile-keyword-typo", "selector-keyword-typo", "syntax-error", "import-error"],
)
def test_check_python_file_mistakes_name_line_and_fix(
    source: str, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "planet.py"
    path.write_text("from copydesk import Profile, Selector\n" + source, encoding="utf-8")
    code, out, _ = _run(capsys, "check", "--no-fixtures", str(path))
    assert code == 1
    assert out.startswith(f"{tmp_path}/{message}"), out


def test_check_directory_skips_fixture_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "planet.json").write_text(json.dumps(GOOD), encoding="utf-8")
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "page.json").write_text('{"expect": {}}', encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a profile", encoding="utf-8")
    code, out, _ = _run(capsys, "check", "--no-fixtures", str(tmp_path))
    assert code == 0
    assert out.splitlines() == [f"{tmp_path / 'planet.json'}: ok (1 profile(s): planet)"]


def _fixture(folder: Path, name: str, url: str, title: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.html").write_text(PAGE, encoding="utf-8")
    expect = {
        "url": url,
        "expect": {"title": title},
        "provenance": {"title": "profile:planet:title[0]"},
    }
    (folder / f"{name}.json").write_text(json.dumps(expect), encoding="utf-8")


def test_check_runs_fixture_pages_near_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = tmp_path / "profiles" / "planet.json"
    profile.parent.mkdir()
    profile.write_text(json.dumps(GOOD), encoding="utf-8")
    fixtures = tmp_path / "fixtures"
    _fixture(
        fixtures / "dailyplanet.example", "ok", "https://dailyplanet.example/a", "Bridge reopens"
    )
    # Another outlet's page is not this profile's business, even though it would fail.
    _fixture(fixtures / "other.example", "other", "https://other.example/a", "Nope")
    code, out, _ = _run(capsys, "check", str(profile))
    assert code == 0, out
    assert out.strip().endswith("(1 profile(s): planet, 1 fixture page(s))")


def test_check_reports_failing_fixture(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    profile = tmp_path / "planet.json"
    profile.write_text(json.dumps(GOOD), encoding="utf-8")
    fixtures = tmp_path / "elsewhere"
    _fixture(fixtures, "wrong", "https://dailyplanet.example/a", "Bridge closes")
    code, out, _ = _run(capsys, "check", "--fixtures", str(fixtures), str(profile))
    assert code == 1
    assert (
        f"{fixtures / 'wrong.html'}: title: expected 'Bridge closes', got 'Bridge reopens'" in out
    )
    assert out.strip().endswith("FAILED (1 profile(s): planet, 1 fixture page(s))")


def test_check_builtin_profile_finds_repository_fixtures(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """src/copydesk/profiles/x.py finds fixtures/ three folders up, and runs its pages only.

    (Whether every built-in profile passes its fixtures is tests/test_fixtures.py's job.)
    """
    code, out, _ = _run(
        capsys, "check", str(ROOT / "src" / "copydesk" / "profiles" / "columbian.py")
    )
    assert code == 0, out
    assert out.strip().endswith("columbian.py: ok (1 profile(s): columbian, 1 fixture page(s))")


def test_check_example_package(capsys: pytest.CaptureFixture[str]) -> None:
    example = ROOT / "examples" / "copydesk-profile-example"
    code, out, _ = _run(capsys, "check", str(example / "src" / "copydesk_profile_example"))
    assert code == 0, out
    assert "dailyplanet.py: ok (1 profile(s): dailyplanet, 1 fixture page(s))" in out


def _planet_with_fixtures(tmp_path: Path) -> tuple[Path, Path]:
    """A profile file in a package-like folder, and the fixture folder for its domain."""
    profile = tmp_path / "src" / "planet.json"
    profile.parent.mkdir()
    profile.write_text(json.dumps(GOOD), encoding="utf-8")
    folder = tmp_path / "fixtures" / "dailyplanet.example"
    _fixture(folder, "ok", "https://dailyplanet.example/a", "Bridge reopens")
    return profile, folder


def test_check_reports_fixture_page_without_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profile, folder = _planet_with_fixtures(tmp_path)
    (folder / "new.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "fixtures" / "other.example").mkdir()
    (tmp_path / "fixtures" / "other.example" / "x.html").write_text(PAGE)  # not ours: quiet
    code, out, _ = _run(capsys, "check", str(profile))
    assert code == 1
    assert out.splitlines() == [
        f"{folder / 'new.html'}: no new.json beside it: write what parsing the page must give "
        "(see 'Testing profiles' in docs/profiles.md)",
        f"{profile}: FAILED (1 profile(s): planet, 1 fixture page(s))",
    ]


@pytest.mark.parametrize(
    ("url", "said"),
    [
        (None, 'it has no "url"'),
        ("https://planet.example/a", "its url 'https://planet.example/a' is not"),
    ],
    ids=["no-url", "other-domain"],
)
def test_check_reports_fixture_whose_url_the_profile_does_not_serve(
    url: str | None, said: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profile, folder = _planet_with_fixtures(tmp_path)
    data = json.loads((folder / "ok.json").read_text())
    data["url"] = url
    (folder / "ok.json").write_text(json.dumps(data))
    code, out, _ = _run(capsys, "check", str(profile))
    assert code == 1
    assert out.splitlines()[0] == (
        f"{folder / 'ok.json'}: {said} on dailyplanet.example, so the page is not checked "
        "(profiles are chosen by URL)"
    )


def test_check_notes_profile_whose_domain_no_fixture_has(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The usual mistake: a wrong domain in the profile. Nothing fails, but nothing was
    checked either, and the note says which domains the fixture pages are for."""
    profile, _ = _planet_with_fixtures(tmp_path)
    profile.write_text(json.dumps({**GOOD, "domains": ["dailyplanet.com"]}), encoding="utf-8")
    code, out, _ = _run(capsys, "check", str(profile))
    assert code == 0
    assert out.splitlines() == [
        f"{profile}: note: no fixture pages checked: none in {tmp_path / 'fixtures'} has a url "
        "on dailyplanet.com (the pages there are for dailyplanet.example)",
        f"{profile}: ok (1 profile(s): planet)",
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"url": ', "invalid JSON: Expecting value"),
        ('{"expects": {}}', "unknown keys ['expects'] (known: url, now, expect, "),
        ("[1, 2]", "expected a JSON object with keys url, now, expect"),
        ('{"now": "yesterday"}', "now: not an ISO date-time: 'yesterday'"),
    ],
    ids=["syntax", "unknown-key", "not-an-object", "bad-now"],
)
def test_check_names_the_broken_fixture_json_and_runs_the_others(
    text: str, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profile, folder = _planet_with_fixtures(tmp_path)
    (folder / "broken.html").write_text(PAGE, encoding="utf-8")
    (folder / "broken.json").write_text(text, encoding="utf-8")
    code, out, _ = _run(capsys, "check", str(profile))
    assert code == 1
    first, last = out.splitlines()
    assert first.startswith(f"{folder / 'broken.json'}: {message}")
    assert last == f"{profile}: FAILED (1 profile(s): planet, 1 fixture page(s))"


def test_check_fixture_expectation_typos(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profile, folder = _planet_with_fixtures(tmp_path)
    data = json.loads((folder / "ok.json").read_text())
    data["expect"] |= {"author": ["Lois Lane"], "paragraphs": {"contains": "bridge"}}
    (folder / "ok.json").write_text(json.dumps(data))
    code, out, _ = _run(capsys, "check", str(profile))
    assert code == 1
    html = folder / "ok.html"
    assert out.splitlines()[:2] == [
        f"{html}: author: not an Article field (did you mean 'authors'?)",
        f"{html}: paragraphs: 'contains' checks text, and paragraphs is a list: give its items",
    ]


def test_check_missing_fixtures_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profile, _ = _planet_with_fixtures(tmp_path)
    code, out, _ = _run(capsys, "check", "--fixtures", str(tmp_path / "nope"), str(profile))
    assert code == 1
    assert out.splitlines()[0] == f"{tmp_path / 'nope'}: no such fixture directory"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["PAGE", "dailyplanet.example"],
            "'PAGE' is not a domain: the domain comes first "
            "(copydesk profiles new example.com PAGE.html)",
        ),
        (["dailyplanet.example", "PAGE", "-o", "planet.toml"], "the draft is a Python module"),
        (["dailyplanet.example", "PAGE", "-o", "nodir/planet.py"], "no such directory nodir"),
        (["dailyplanet.example", "PAGE", "-o", "."], "-o . is a directory"),
        (["dailyplanet.example", "PAGE", "-o", "exists.py"], "exists.py exists (use --force"),
        (
            ["dailyplanet.example", "PAGE", "--url", "dailyplanet.example/a"],
            "--url 'dailyplanet.example/a' has no scheme: write 'https://dailyplanet.example/a'",
        ),
        (["dailyplanet.example", "missing.html"], "cannot read missing.html: No such file"),
    ],
    ids=["swapped", "not-py", "no-dir", "dir", "exists", "url-no-scheme", "missing-page"],
)
def test_new_usage_errors_are_one_line(
    argv: list[str],
    message: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    (tmp_path / "exists.py").write_text("# mine\n", encoding="utf-8")
    argv = [str(page) if a == "PAGE" else a for a in argv]
    message = message.replace("'PAGE'", repr(str(page)))
    code, out, err = _run(capsys, "new", *argv)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1
    assert err.startswith("copydesk: ")
    assert message in err
    assert (tmp_path / "exists.py").read_text() == "# mine\n"


def test_new_writes_the_draft(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    out = tmp_path / "planet.py"
    code, _, err = _run(capsys, "new", "dailyplanet.example", str(page), "-o", str(out))
    assert code == 0
    assert err.splitlines()[0] == f"copydesk: wrote {out}"
    code, printed, _ = _run(capsys, "check", "--no-fixtures", str(out))
    assert code == 0, printed


def test_profiles_without_subcommand_names_the_choices(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["profiles"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "the following arguments are required: {list,check,new}" in err


@pytest.mark.parametrize(
    ("url", "warned"),
    [("https://www.dailyplanet.example/metro/a", False), ("https://planet.example/a", True)],
    ids=["same-domain", "other-domain"],
)
def test_new_warns_when_url_is_not_on_the_domain(
    url: str, warned: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    code, out, err = _run(capsys, "new", "dailyplanet.example", str(page), "--url", url)
    assert code == 0
    assert "PROFILE = Profile(" in out
    warning = (
        f"copydesk: warning: --url {url} is not on dailyplanet.example: "
        "the profile will not be used for this page"
    )
    assert (warning in err.splitlines()) is warned


def test_check_accepts_one_transform_given_as_a_string(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``transforms="last"`` is the transform ``last``, not ``l``, ``a``, ``s``, ``t``."""
    path = tmp_path / "planet.py"
    path.write_text(
        "from copydesk import Profile, Selector\n"
        "PROFILE = Profile(name='planet', domains=('p.example',),\n"
        "    section=(Selector(css='.crumbs a', transforms='last'),))\n",
        encoding="utf-8",
    )
    code, out, _ = _run(capsys, "check", "--no-fixtures", str(path))
    assert (code, out) == (0, f"{path}: ok (1 profile(s): planet)\n")
