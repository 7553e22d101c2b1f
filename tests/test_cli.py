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
    assert main(["parse", str(SEED), "--profile", str(profile)]) == 2  # an option, not the page
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(f"copydesk: --profile {profile}: profile bad.title[0]: invalid CSS")


def _parse(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["parse", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_help_says_what_copydesk_does(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert "``" not in out  # no reStructuredText markup leaking out of a docstring
    assert "news article page (HTML)" in out
    assert "copydesk parse story.html --url https://" in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from copydesk import __version__

    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.strip() == f"copydesk {__version__}"


def test_every_parse_option_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["parse", "--help"])
    out = capsys.readouterr().out
    out = " ".join(out.split())  # argparse wraps to the terminal's width
    for words in ("json (default)", "canonical link", "koi8-r", "generic rules only"):
        assert words in out


@pytest.mark.parametrize(
    ("url", "message"),
    [
        (
            "www.columbian.com/news/story/",
            "--url 'www.columbian.com/news/story/' has no scheme: "
            "write 'https://www.columbian.com/news/story/'",
        ),
        ("columbian.com", "write 'https://columbian.com'"),
        ("ftp://columbian.com/a", "is not an http:// or https:// address"),
        ("https:///news/story/", "has no host name"),
        ("http://[broken/", "is not a valid URL"),
    ],
    ids=["www-no-scheme", "bare-domain", "ftp", "no-host", "malformed"],
)
def test_bad_url_is_a_usage_error(
    url: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _parse(capsys, str(SEED), "--url", url)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1
    assert err.startswith("copydesk: --url ")
    assert message in err


@pytest.mark.parametrize("url", ["https://www.columbian.com/x/", "HTTP://columbian.com/x", ""])
def test_good_or_empty_url_is_accepted(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _parse(capsys, str(SEED), "--url", url)
    assert code == 0, err
    assert json.loads(out)["provenance"]["title"]["rule"] == "profile:columbian:title[0]"


@pytest.mark.parametrize(
    ("encoding", "warned"),
    [
        ("no-such-charset", True),
        ("utf-7", True),  # a real codec, but not one a browser decodes: ignored
        ("text/html; charset=bogus", True),
        ("koi8-r", False),
        ("text/html; charset=utf-8", False),
        ("text/html", False),  # a Content-Type that names no charset: nothing is ignored
    ],
)
def test_unusable_encoding_is_a_warning(
    encoding: str, warned: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _parse(capsys, str(SEED), "--encoding", encoding)
    assert code == 0
    assert json.loads(out)["title"]
    if warned:
        assert err == (
            f"copydesk: warning: ignoring --encoding {encoding!r}: not a charset copydesk "
            "decodes (use a label such as utf-8, windows-1252, koi8-r or shift_jis)\n"
        )
    else:
        assert err == ""


def test_long_option_values_are_cut_in_messages(capsys: pytest.CaptureFixture[str]) -> None:
    _, _, err = _parse(capsys, str(SEED), "--encoding", "x" * 500)
    assert err.count("\n") == 1
    assert len(err) < 300


def test_directory_says_give_one_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _parse(capsys, str(tmp_path))
    assert code == 2
    assert err == f"copydesk: {tmp_path} is a directory: give one HTML file\n"


def test_missing_profile_file_is_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _parse(capsys, str(SEED), "--profile", str(tmp_path / "nope.py"))
    assert (code, out) == (2, "")
    assert err == f"copydesk: --profile {tmp_path / 'nope.py'}: no such file\n"


def test_profile_file_for_another_domain_is_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = tmp_path / "other.toml"
    profile.write_text('name = "other"\ndomains = ["other.example"]\ntitle = ["h1"]\n')
    code, out, err = _parse(capsys, str(SEED), "--url", SEED_URL, "--profile", str(profile))
    assert code == 0
    assert json.loads(out)["provenance"]["title"]["rule"] == "profile:columbian:title[0]"
    assert err == (
        f"copydesk: warning: the --profile profiles serve other.example, not "
        f"{SEED_URL[:79]}…: they were not used\n"
    )


STORY = (
    "<html><body><div class='hed'>Ferry fares to rise</div><div class='story'>"
    + "<p>Riders will pay fifty cents more a crossing from April, the harbor commission "
    "decided on Tuesday night after a long hearing.</p>" * 4 + "</div></body></html>"
)


def test_page_without_url_gets_profile_files_but_not_installed_profiles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No --url, no canonical link: the --profile files apply (they were asked for), the
    installed profiles (chosen by URL) do not, all 40-odd of them."""
    page = tmp_path / "story.html"
    page.write_text(STORY)
    profile = tmp_path / "ledger.toml"
    profile.write_text('name = "ledger"\ndomains = ["ledger.example"]\ntitle = [".hed"]\n')
    code, out, _ = _parse(capsys, str(page), "--profile", str(profile))
    assert code == 0
    rules = {field: p["rule"] for field, p in json.loads(out)["provenance"].items()}
    assert rules["title"] == "profile:ledger:title[0]"
    assert [r for r in rules.values() if r.startswith("profile:") and "ledger" not in r] == []


def test_non_article_page_is_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "home.html"
    page.write_text("<html><body><h1>Home</h1><a href='/a'>A story</a></body></html>")
    code, _, err = _parse(capsys, str(page), "--format", "text")
    assert code == 0  # still a result: whether to keep a non-article is the caller's call
    assert err.startswith("copydesk: warning: this page does not look like a news article")


def test_article_warnings_go_to_stderr(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A profile rule that failed at parse time is in the JSON, and on stderr, where the
    text and Markdown formats (which do not print warnings) can show it too."""
    import attrs

    from copydesk import engine

    real = engine.extract
    failed = "profile columbian.title[0]: transform 'flaky' failed: ZeroDivisionError"
    monkeypatch.setattr(
        engine, "extract", lambda *a, **k: attrs.evolve(real(*a, **k), warnings=(failed,))
    )
    code, out, err = _parse(capsys, str(SEED), "--format", "text")
    assert code == 0
    assert "NATO" in out
    assert err == f"copydesk: warning: {failed}\n"


def test_logged_warnings_become_warning_lines(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A broken installed profile package is logged by the registry; without a logging
    configuration of the caller's, the CLI shows it as one ``copydesk: warning:`` line."""
    import logging

    from copydesk.cli import _log_warnings_as_lines

    log = logging.getLogger("copydesk")
    monkeypatch.setattr(logging.getLogger(), "handlers", [])  # as outside pytest
    monkeypatch.setattr(log, "handlers", [])
    _log_warnings_as_lines()
    _log_warnings_as_lines()  # once only
    assert len(log.handlers) == 1
    log.warning("profile broken: could not be loaded from copydesk-broken: ImportError: x")
    assert capsys.readouterr().err == (
        "copydesk: warning: profile broken: could not be loaded from copydesk-broken: "
        "ImportError: x\n"
    )


@pytest.mark.parametrize("tty", [True, False], ids=["terminal", "pipe"])
def test_stdin_from_a_terminal_says_how_to_end(
    tty: bool, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    class Stdin(io.TextIOWrapper):
        def isatty(self) -> bool:
            return tty

    monkeypatch.setattr(sys, "stdin", Stdin(io.BytesIO(SEED.read_bytes())))
    code, out, err = _parse(capsys, "-", "--format", "text")
    assert code == 0
    assert "NATO seeks to position Kyiv" in out
    hint = "copydesk: reading the page from the terminal (end with Ctrl-D)\n"
    assert (err == hint) is tty
