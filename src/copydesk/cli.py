"""The ``copydesk`` command: a thin layer over the library.

``copydesk parse PAGE|- [--url URL] [--format json|text|markdown] [--encoding CHARSET]
[--no-profiles] [--profile FILE]`` and ``copydesk profiles list|check|new`` (see
``copydesk profiles --help``). Errors are one line on stderr and a non-zero exit code,
never a traceback; notes about a result that may not be what you wanted (an ignored
``--encoding``, a ``--profile`` that does not serve the page, a page that does not look
like an article) are ``copydesk: warning: ...`` lines on stderr, with exit code 0.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from copydesk import __version__
from copydesk.exceptions import CopydeskError, ProfileError
from copydesk.model import Article
from copydesk.profile import Profile
from copydesk.urls import split_url

#: Exit codes: 0 ok, 1 the input could not be parsed, 2 bad usage / missing file.
EXIT_OK, EXIT_PARSE_ERROR, EXIT_USAGE = 0, 1, 2
#: A value echoed in a message (an option, a page's URL) is cut to this many characters.
MAX_ECHO = 80

# Wrapped by hand: the raw formatter keeps the epilog's example lines as written.
_DESCRIPTION = """Turn a news article page (HTML) into its headline, byline, wire credit,
dateline, dates, section and clean story text; list, check and draft outlet
profiles."""
_EPILOG = """examples:
  copydesk parse story.html --url https://www.example.com/news/2024/12/04/story/
  curl -s URL | copydesk parse - --url URL --format text
  copydesk profiles new example.com story.html -o example_profile.py
  copydesk profiles check example_profile.py

'copydesk COMMAND --help' explains each command's options."""

_PARSE_DESCRIPTION = (
    "Parse one article page and print the result on standard output. Errors are one line "
    "'copydesk: REASON' on standard error, exit 1 for input that is not an HTML page, "
    "exit 2 for a file or option that cannot be used."
)


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="copydesk",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"copydesk {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="{parse,profiles}")

    p = sub.add_parser(
        "parse",
        help="parse an article page and print the result",
        description=_PARSE_DESCRIPTION,
    )
    p.add_argument("path", metavar="PAGE", help="HTML file to read, or - for standard input")
    p.add_argument(
        "--url",
        help="the page's address (http:// or https://): chooses the outlet profiles and "
        "fills 'url' (default: the page's canonical link)",
    )
    p.add_argument(
        "--format",
        choices=("json", "text", "markdown"),
        default="json",
        help="json (default): every field, with provenance; text, markdown: headline, "
        "byline, dates and story",
    )
    p.add_argument(
        "--encoding",
        metavar="CHARSET",
        help="the page's charset (e.g. koi8-r) or its HTTP Content-Type header, if known "
        "(default: a byte-order mark or the page's <meta charset>, else detected)",
    )
    p.add_argument(
        "--no-profiles",
        action="store_true",
        help="do not use the installed profiles: generic rules only (--profile files still apply)",
    )
    p.add_argument(
        "--profile",
        action="append",
        default=[],
        metavar="FILE",
        help="also use the profiles in FILE (.py, .toml or .json), before the installed "
        "ones; repeatable",
    )
    p.set_defaults(func=_cmd_parse)

    from copydesk import cli_profiles

    cli_profiles.register(sub)
    return parser


def url_problem(url: str) -> str | None:
    """Why ``url`` cannot be a page's address (one line), or None if it can.

    Profiles are chosen by the URL's host, so a URL without ``http(s)://`` would quietly
    match nothing (or fill ``Article.url`` with something that is not a URL).

    >>> url_problem("https://example.com/story") is None
    True
    >>> url_problem("www.example.com/story")
    "'www.example.com/story' has no scheme: write 'https://www.example.com/story'"
    >>> url_problem("ftp://example.com/story")
    "'ftp://example.com/story' is not an http:// or https:// address"
    """
    parts = split_url(url.strip())
    if parts is None:
        return f"{url!r} is not a valid URL"
    if "://" not in url:
        return f"{url!r} has no scheme: write 'https://{url.strip().lstrip('/')}'"
    if parts.scheme.lower() not in ("http", "https"):
        return f"{url!r} is not an http:// or https:// address"
    try:
        host = parts.hostname
    except ValueError:
        host = None
    if not host:
        return f"{url!r} has no host name"
    return None


def _encoding_problem(encoding: str | None) -> str | None:
    """Why ``--encoding`` will be ignored (a label copydesk does not decode), or None."""
    from copydesk.encoding import normalise_encoding_name

    if not encoding or not encoding.strip() or normalise_encoding_name(encoding):
        return None
    if ("/" in encoding or ";" in encoding) and "charset" not in encoding.lower():
        return None  # a Content-Type that names no charset ("text/html"): nothing to ignore
    return (
        f"ignoring --encoding {_short(encoding)!r}: not a charset copydesk decodes "
        "(use a label such as utf-8, windows-1252, koi8-r or shift_jis)"
    )


def _cmd_parse(args: argparse.Namespace) -> int:
    from copydesk.engine import extract
    from copydesk.page import Page

    url: str | None = args.url.strip() if args.url and args.url.strip() else None
    problem = url_problem(url) if url else None
    if problem:
        print(f"copydesk: --url {problem}", file=sys.stderr)
        return EXIT_USAGE
    try:
        loaded = _load_profile_files(args.profile)
    except ProfileError as exc:
        print(f"copydesk: --profile {exc}", file=sys.stderr)
        return EXIT_USAGE
    data = _read_page(args.path)
    if data is None:
        return EXIT_USAGE
    encoding_note = _encoding_problem(args.encoding)
    if encoding_note:
        _warn(encoding_note)
    page = Page(data, url, encoding=args.encoding)
    article = extract(page, _chosen_profiles(page.url, loaded, args.no_profiles))
    _write(_render(article, args.format))
    if loaded and page.url and not any(p.matches(page.url) for p in loaded):
        domains = ", ".join(d for p in loaded for d in p.domains)
        _warn(f"the --profile profiles serve {domains}, not {_short(page.url)}: they were not used")
    _warn_about(article)
    return EXIT_OK


def _render(article: Article, fmt: str) -> str:
    from copydesk.render import to_markdown, to_text

    if fmt == "markdown":
        return to_markdown(article)
    return to_text(article) if fmt == "text" else article.to_json()


def _write(out: str) -> None:
    # Write UTF-8 bytes: a terminal or pipe with a narrower encoding must not turn a parsed
    # page into a UnicodeEncodeError traceback.
    sys.stdout.buffer.write((out + "\n").encode("utf-8"))
    sys.stdout.flush()


def _read_page(path: str) -> bytes | None:
    """The page's bytes, or None after printing why it cannot be read."""
    if path == "-":
        if sys.stdin.isatty():  # nothing piped in: say why the command seems to hang
            print("copydesk: reading the page from the terminal (end with Ctrl-D)", file=sys.stderr)
        return sys.stdin.buffer.read()
    if Path(path).is_dir():
        print(f"copydesk: {path} is a directory: give one HTML file", file=sys.stderr)
        return None
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        print(f"copydesk: cannot read {path}: {exc.strerror or exc}", file=sys.stderr)
        return None


def _load_profile_files(paths: Sequence[str]) -> tuple[Profile, ...]:
    from copydesk.profile_files import load_profile_file

    return tuple(p for path in paths for p in load_profile_file(path))


def _chosen_profiles(
    url: str | None, loaded: Sequence[Profile], no_profiles: bool
) -> tuple[Profile, ...]:
    """The ``--profile`` files' and (unless ``--no-profiles``) the installed profiles that
    serve ``url``, most specific first. A page without any URL gets the files' profiles
    only: they were asked for, while installed profiles are chosen by URL."""
    from copydesk.profile import profiles_for
    from copydesk.registry import default_registry

    if url is None:
        return tuple(loaded)
    installed = () if no_profiles else default_registry().profiles
    return profiles_for(url, (*loaded, *installed))


def _warn_about(article: Article) -> None:
    for warning in article.warnings:
        _warn(warning)
    if not article.is_article:
        _warn(f"this page does not look like a news article (confidence {article.confidence:.2f})")


def _short(text: str) -> str:
    return text if len(text) <= MAX_ECHO else text[: MAX_ECHO - 1] + "…"


def _warn(message: str) -> None:
    print(f"copydesk: warning: {message}", file=sys.stderr)


class _WarningLines(logging.Handler):
    """The library's logged warnings (an installed profile package that failed to load) as
    ``copydesk: warning: ...`` lines on the current ``sys.stderr``."""

    def emit(self, record: logging.LogRecord) -> None:
        _warn(record.getMessage())


def _log_warnings_as_lines() -> None:
    """Install :class:`_WarningLines` once, unless the caller configured logging."""
    log = logging.getLogger("copydesk")
    if log.handlers or logging.getLogger().handlers:
        return
    log.addHandler(_WarningLines(logging.WARNING))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the exit code."""
    parser = _build_parser()
    args = parser.parse_args(argv)
    _log_warnings_as_lines()
    try:
        code: int = args.func(args)
    except CopydeskError as exc:
        print(f"copydesk: {exc}", file=sys.stderr)
        return EXIT_PARSE_ERROR
    except RecursionError:
        print("copydesk: the page is nested too deeply to process", file=sys.stderr)
        return EXIT_PARSE_ERROR
    except MemoryError:
        print("copydesk: the page is too large to process in available memory", file=sys.stderr)
        return EXIT_PARSE_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    return code
