"""The ``copydesk`` command: a thin layer over the library.

``copydesk parse PATH|- [--url URL] [--format json|text|markdown] [--no-profiles]``
``copydesk profiles list|check|new`` (see ``copydesk profiles --help``).
Errors are one line on stderr and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from copydesk.exceptions import CopydeskError
from copydesk.profile import Profile

#: Exit codes: 0 ok, 1 the input could not be parsed, 2 bad usage / missing file.
EXIT_OK, EXIT_PARSE_ERROR, EXIT_USAGE = 0, 1, 2


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="copydesk", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("parse", help="parse an article page and print the result")
    p.add_argument("path", help="HTML file to read, or - for standard input")
    p.add_argument("--url", help="the page's URL (chooses outlet profiles)")
    p.add_argument("--format", choices=("json", "text", "markdown"), default="json")
    p.add_argument("--encoding", help="the page's charset or HTTP Content-Type, if known")
    p.add_argument("--no-profiles", action="store_true", help="no installed profiles")
    p.add_argument(
        "--profile",
        action="append",
        default=[],
        metavar="FILE",
        help="also use the profiles in FILE (.py/.toml/.json), before the installed ones",
    )
    p.set_defaults(func=_cmd_parse)

    from copydesk import cli_profiles

    cli_profiles.register(sub)
    return parser


def _cmd_parse(args: argparse.Namespace) -> int:
    from copydesk.api import parse
    from copydesk.render import to_markdown, to_text

    if args.path == "-":
        data = sys.stdin.buffer.read()
    else:
        try:
            data = Path(args.path).read_bytes()
        except OSError as exc:
            print(f"copydesk: cannot read {args.path}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_USAGE
    article = parse(data, args.url, profiles=_chosen_profiles(args), encoding=args.encoding)
    if args.format == "json":
        out = article.to_json()
    elif args.format == "markdown":
        out = to_markdown(article)
    else:
        out = to_text(article)
    # Write UTF-8 bytes: a terminal or pipe with a narrower encoding must not turn a parsed
    # page into a UnicodeEncodeError traceback.
    sys.stdout.buffer.write((out + "\n").encode("utf-8"))
    sys.stdout.flush()
    return EXIT_OK


def _chosen_profiles(args: argparse.Namespace) -> tuple[Profile, ...] | None:
    """``None`` (installed profiles), or the ``--profile`` files' plus, unless
    ``--no-profiles``, the installed ones after them."""
    if not args.profile:
        return () if args.no_profiles else None
    from copydesk.profile_files import load_profile_file
    from copydesk.registry import default_registry

    loaded = tuple(p for path in args.profile for p in load_profile_file(path))
    return loaded if args.no_profiles else (*loaded, *default_registry().profiles)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the exit code."""
    parser = _build_parser()
    args = parser.parse_args(argv)
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
