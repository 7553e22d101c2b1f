"""``copydesk profiles list`` and ``copydesk profiles check``."""

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
    assert out.strip() == f"{path}: ok (1 profile(s): planet)"


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
    assert lines[1].startswith(f"{bad}: profile planet.author: unknown key")
    assert lines[2].startswith(f"{bad}: profile planet.byline[0]: unknown transform 'shout'")
    assert lines[3] == f"{good}: ok (1 profile(s): planet)"  # the good file is still checked


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
    assert "absent.toml: no such file" in out


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
