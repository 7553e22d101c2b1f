"""``copydesk profiles ...`` subcommands: list, check and draft outlet profiles.

* ``copydesk profiles list`` — installed profiles (name, domains, origin) and load errors.
* ``copydesk profiles check PATH...`` — validate profile files (``.py``, ``.toml``,
  ``.json``, or directories of them) and run them on the fixture pages they serve.
* ``copydesk profiles new DOMAIN PAGE.html`` — draft a profile from one page.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from copydesk.exceptions import CopydeskError
from copydesk.profile import Profile

#: Exit codes (as in :mod:`copydesk.cli`): 0 ok, 1 problems found, 2 bad usage / missing file.
EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
#: How many directories up from a profile file ``check`` looks for a ``fixtures/`` folder.
FIXTURE_SEARCH_LEVELS = 3
#: `profiles list` shortens a long domain list to about this many characters.
LIST_WIDTH = 60


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``profiles`` command and its subcommands to the CLI."""
    p = sub.add_parser("profiles", help="list, check and draft outlet profiles")
    psub = p.add_subparsers(dest="profiles_command", required=True)

    lst = psub.add_parser("list", help="installed profiles: name, domains, origin")
    lst.set_defaults(func=_cmd_list)

    chk = psub.add_parser(
        "check",
        help="validate profile files and run them on their fixture pages",
        description="Validate profile files (.py, .toml, .json, or directories of them): "
        "unknown keys, invalid selectors and unknown transforms are reported as "
        "'FILE: profile NAME.FIELD: problem'. Fixture pairs (NAME.html + NAME.json) in "
        "--fixtures directories, or in a fixtures/ folder near the file, whose URL the "
        "profiles serve are parsed with them and checked too. Exit 1 on any problem.",
    )
    chk.add_argument("paths", nargs="+", metavar="PATH", help="profile file or directory")
    chk.add_argument(
        "--fixtures",
        action="append",
        default=[],
        metavar="DIR",
        help="fixture directory to run the profiles on (repeatable)",
    )
    chk.add_argument(
        "--no-fixtures",
        action="store_true",
        help="only validate the files; do not run fixture pages",
    )
    chk.set_defaults(func=_cmd_check)

    new = psub.add_parser(
        "new",
        help="draft a profile from one page of the outlet",
        description="Draft a profile (a Python module) from one article page: the generic "
        "heuristics run on the page, and stable selectors are proposed for the elements "
        "holding what they found. The draft reproduces the heuristics' result on that page; "
        "check it on a few more pages of the outlet before relying on it.",
    )
    new.add_argument("domain", help="the outlet's domain, e.g. example.com or example.com/news")
    new.add_argument("page", help="an article page of the outlet (HTML file)")
    new.add_argument(
        "more_pages",
        nargs="*",
        metavar="MORE.html",
        help="other pages of the outlet: selectors that also hold there are preferred",
    )
    new.add_argument("--url", help="the page's URL (default: its canonical link)")
    new.add_argument("--name", help="profile name (default: from the domain)")
    new.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write the module here (default: "
        "standard output); an existing file is not overwritten without --force",
    )
    new.add_argument("--force", action="store_true", help="overwrite FILE")
    new.set_defaults(func=_cmd_new)


# ---------------------------------------------------------------- list


def _cmd_list(args: argparse.Namespace) -> int:
    from copydesk.registry import default_registry

    reg = default_registry()
    rows = [("NAME", "DOMAINS", "ORIGIN")]
    rows += [(p.name, _domains(p.domains), p.origin) for p in sorted(reg, key=lambda p: p.name)]
    widths = [max(len(r[i]) for r in rows) for i in range(2)]
    for name, domains, origin in rows:
        print(f"{name:<{widths[0]}}  {domains:<{widths[1]}}  {origin}")
    for error in reg.errors:
        print(f"copydesk: error: {error}", file=sys.stderr)
    return EXIT_OK


def _domains(domains: Sequence[str]) -> str:
    """The domains, shortened to ``LIST_WIDTH`` with a count of the rest."""
    shown: list[str] = []
    for i, domain in enumerate(domains):
        rest = len(domains) - i
        if shown and len(", ".join([*shown, domain])) + len(f" (+{rest} more)") > LIST_WIDTH:
            return f"{', '.join(shown)} (+{rest} more)"
        shown.append(domain)
    return ", ".join(shown)


# ---------------------------------------------------------------- check


def _cmd_check(args: argparse.Namespace) -> int:
    from copydesk.profile_files import check_profile_file, load_profile_file

    files, missing = _profile_files(args.paths)
    bad = bool(missing)
    for path in missing:
        print(f"{path}: no such file or directory, or no profile files in it")
    for file in files:
        problems = check_profile_file(file)
        for problem in problems:
            print(problem)
        if problems:
            bad = True
            continue
        profiles = load_profile_file(file)
        names = ", ".join(p.name for p in profiles)
        ran, failures = (
            (0, [])
            if args.no_fixtures
            else _run_fixtures(file, profiles, [Path(d) for d in args.fixtures])
        )
        for line in failures:
            print(line)
        bad = bad or bool(failures)
        status = "FAILED" if failures else "ok"
        tail = f", {ran} fixture page(s)" if ran else ""
        print(f"{file}: {status} ({len(profiles)} profile(s): {names}{tail})")
    return EXIT_PROBLEMS if bad else EXIT_OK


def _profile_files(paths: Sequence[str]) -> tuple[list[Path], list[str]]:
    from copydesk.profile_files import PROFILE_SUFFIXES

    files: list[Path] = []
    missing: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            found = [
                f
                for f in sorted(path.iterdir())
                if f.is_file()
                and f.suffix in PROFILE_SUFFIXES
                and not f.name.startswith("_")
                # a NAME.json beside NAME.html is a fixture's expectations, not a profile
                and not (f.suffix == ".json" and f.with_suffix(".html").exists())
            ]
            files.extend(found)
            if not found:
                missing.append(raw)
        else:
            missing.append(raw)
    return files, missing


def _fixture_dirs(file: Path, explicit: Sequence[Path]) -> Iterator[Path]:
    yield from explicit
    if explicit:
        return
    folder = file.resolve().parent
    for _ in range(FIXTURE_SEARCH_LEVELS + 1):
        if (folder / "fixtures").is_dir():
            yield folder / "fixtures"
            return
        folder = folder.parent


def _run_fixtures(
    file: Path, profiles: Sequence[Profile], dirs: Sequence[Path]
) -> tuple[int, list[str]]:
    """Run the fixture pages these profiles serve; (pages run, problem lines)."""
    from copydesk.testing import check_case, iter_cases

    ran = 0
    lines: list[str] = []
    for folder in _fixture_dirs(file, dirs):
        try:
            cases = list(iter_cases(folder))
        except (OSError, ValueError) as exc:
            lines.append(f"{folder}: cannot read fixtures: {exc}")
            continue
        for case in cases:
            if not any(p.matches(case.url) for p in profiles):
                continue  # another outlet's page
            ran += 1
            for problem in check_case(case, profiles=profiles):
                lines.append(f"{case.html_path}: {problem}")
    return ran, lines


# ---------------------------------------------------------------- new


def _cmd_new(args: argparse.Namespace) -> int:
    from copydesk.scaffold import draft_profile

    page = Path(args.page)
    pages: list[bytes] = []
    for path in (args.page, *args.more_pages):
        try:
            pages.append(Path(path).read_bytes())
        except OSError as exc:
            print(f"copydesk: cannot read {path}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_USAGE
    data, more = pages[0], [(html, None) for html in pages[1:]]  # their canonical URLs
    out = Path(args.output) if args.output else None
    if out is not None and out.exists() and not args.force:
        print(f"copydesk: {out} exists (use --force to overwrite)", file=sys.stderr)
        return EXIT_USAGE
    try:
        draft = draft_profile(
            data,
            args.url,
            domain=args.domain,
            name=args.name,
            page_label=page.name,
            more_pages=more,
        )
    except ValueError as exc:
        if isinstance(exc, CopydeskError):
            raise  # not a page copydesk can read: the CLI's usual one-line error, exit 1
        print(f"copydesk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if out is None:
        sys.stdout.write(draft.source)
    else:
        out.write_text(draft.source, encoding="utf-8")
        print(f"copydesk: wrote {out}", file=sys.stderr)
    for note in draft.notes:
        print(f"copydesk: {note}", file=sys.stderr)
    return EXIT_OK
