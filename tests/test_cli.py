"""The command line: output formats, errors as one line and an exit code."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from copydesk.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "fixtures" / "columbian.com" / "nato-kyiv-truce.html"
SEED_URL = json.loads(SEED.with_suffix(".json").read_text())["url"]


def test_parse_json_prints_seed_expectations(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED), "--url", SEED_URL]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["title"] == "NATO seeks to position Kyiv for truce talks with arms plan shift"
    assert data["authors"] == ["Iain Marlow", "Andrea Palasciano"]
    assert data["credit"]["name"] == "Bloomberg News"
    assert data["published"].startswith("2024-12-04T13:35")
    assert len(data["paragraphs"]) == 7


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_parse_text_formats(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED), "--format", fmt, "--no-profiles"]) == 0
    out = capsys.readouterr().out
    assert "NATO seeks to position Kyiv" in out
    assert "Support local journalism" not in out
    assert "Loading..." not in out


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"%PDF-1.4 binary", "PDF"), (b'{"a": 1}', "JSON")],
    ids=["empty", "pdf", "json"],
)
def test_unparseable_input_is_one_line_and_nonzero(
    content: bytes, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(content)
    assert main(["parse", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert message in err


def test_missing_file_is_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(tmp_path / "nope.html")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_python_dash_m_reads_stdin() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "copydesk", "parse", "-", "--format", "text"],
        input=SEED.read_bytes(),
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert b"Iain Marlow" in proc.stdout


def test_profiles_list_shows_builtin(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["profiles", "list"]) == 0
    out = capsys.readouterr().out
    rows = [line.split() for line in out.splitlines()]
    assert ["columbian", "columbian.com", "built-in"] in rows


def test_parse_with_profile_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    profile = tmp_path / "columbian_kicker.toml"
    profile.write_text(
        'name = "columbian-local"\ndomains = ["columbian.com"]\ntitle = [".breadcrumbs a"]\n'
    )
    assert main(["parse", str(SEED), "--url", SEED_URL, "--profile", str(profile)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["title"] == "News"
    assert data["provenance"]["title"]["rule"] == "profile:columbian-local:title[0]"
    assert data["provenance"]["paragraphs"]["rule"] == "profile:columbian:body[0]"


def test_parse_with_broken_profile_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    profile = tmp_path / "bad.toml"
    profile.write_text('name = "bad"\ndomains = ["columbian.com"]\ntitle = ["h1[["]\n')
    assert main(["parse", str(SEED), "--profile", str(profile)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "bad.title[0]" in err
