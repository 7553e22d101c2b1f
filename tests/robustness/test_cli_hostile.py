"""``copydesk parse`` on hostile input: a result or one clear line and an exit code, never a
traceback. In-process through ``cli.main`` for every hostile case, and through a real
subprocess for the ways a shell can misuse it (stdin garbage, directories, closed pipes,
non-UTF-8 terminals)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from copydesk.cli import EXIT_OK, EXIT_PARSE_ERROR, EXIT_USAGE, main

from . import hostile_cases as hc
from .test_not_article import ERRORS

ROOT = Path(__file__).resolve().parents[2]
PAGES = Path(__file__).parent / "pages"

#: Small scales: the CLI adds nothing size-dependent on top of parse (tested in test_hostile).
CLI_SCALE = 0.01


def _write(tmp_path: Path, data: str | bytes) -> Path:
    path = tmp_path / "input.html"
    if isinstance(data, str):
        data = data.encode("utf-8", errors="surrogatepass")
    path.write_bytes(data)
    return path


def _assert_clean(code: int, out: str, err: str, fmt: str = "json") -> None:
    assert "Traceback" not in err
    if code == EXIT_OK:
        assert out.strip()
        if fmt == "json":
            json.loads(out)
    else:
        assert code == EXIT_PARSE_ERROR
        assert err.startswith("copydesk: ")
        assert err.count("\n") == 1, err


@pytest.mark.parametrize("fmt", ["json", "text", "markdown"])
@pytest.mark.parametrize("name", sorted(hc.CASES))
def test_hostile_case_gives_result_or_one_line(
    name: str, fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, hc.CASES[name](CLI_SCALE))
    code = main(["parse", str(path), "--format", fmt])
    captured = capsys.readouterr()
    _assert_clean(code, captured.out, captured.err, fmt)


@pytest.mark.parametrize(
    ("data", "error", "words"), [e[1:] for e in ERRORS], ids=[e[0] for e in ERRORS]
)
def test_non_html_input_exits_1_with_the_reason(
    data: str | bytes, error: type, words: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, data)
    assert main(["parse", str(path)]) == EXIT_PARSE_ERROR
    err = capsys.readouterr().err
    _assert_clean(EXIT_PARSE_ERROR, "", err)
    assert words.lower() in err.lower()


@pytest.mark.parametrize(
    "encoding",
    ["koi8-r", "text/html; charset=shift_jis", "rot13", "utf-7", "x" * 500, "", "text/html"],
)
def test_any_encoding_option_is_accepted(encoding: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["parse", str(PAGES / "harbour-ferry.html"), "--encoding", encoding])
    captured = capsys.readouterr()
    _assert_clean(code, captured.out, captured.err)
    assert code == EXIT_OK


def test_directory_and_missing_path_are_usage_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", str(tmp_path)]) == EXIT_USAGE
    assert main(["parse", str(tmp_path / "missing.html")]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.count("\n") == 2
    assert "Traceback" not in err


def _run(
    args: list[str], data: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    full_env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "copydesk", *args],
        input=data,
        capture_output=True,
        timeout=120,
        env=full_env,
        check=False,
    )


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x00" * 1000,
        bytes(range(256)) * 64,
        b"%PDF-1.4",
        b"<div>" * 50_000,
        b"\xff\xfe<\x00p\x00>\x00",
    ],
    ids=["empty", "nuls", "all-bytes", "pdf", "deep", "utf16-bom"],
)
def test_subprocess_stdin_garbage(data: bytes) -> None:
    proc = _run(["parse", "-"], data)
    err = proc.stderr.decode()
    assert proc.returncode in (EXIT_OK, EXIT_PARSE_ERROR), err
    _assert_clean(proc.returncode, proc.stdout.decode(), err)


def test_subprocess_closed_pipe_is_quiet() -> None:
    """``copydesk parse big.html | head -c 100``: no BrokenPipeError traceback."""
    data = hc.big_page(0.02).encode()
    full_env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.run(
        f'"{sys.executable}" -m copydesk parse - --format text | head -c 100 >/dev/null',
        shell=True,
        input=data,
        capture_output=True,
        timeout=120,
        env=full_env,
        check=False,
    )
    assert b"Traceback" not in proc.stderr, proc.stderr.decode()[-500:]


@pytest.mark.parametrize("fmt", ["json", "text", "markdown"])
def test_subprocess_ascii_terminal(fmt: str) -> None:
    proc = _run(
        ["parse", str(PAGES / "vineyard-frost.html"), "--format", fmt],
        env={"PYTHONIOENCODING": "ascii"},
    )
    assert b"Traceback" not in proc.stderr, proc.stderr.decode()[-300:]
    assert proc.returncode == EXIT_OK
