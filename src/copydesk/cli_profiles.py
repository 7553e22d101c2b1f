"""``copydesk profiles ...`` subcommands: list, check and draft outlet profiles.

* ``copydesk profiles list`` — installed profiles (name, domains, origin) and load errors.
* ``copydesk profiles check PATH...`` — validate profile files (``.py``, ``.toml``,
  ``.json``, or directories of them) and run them on the fixture pages they serve.
* ``copydesk profiles new DOMAIN PAGE.html`` — draft a profile from one page.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import attrs

from copydesk.exceptions import CopydeskError
from copydesk.profile import Profile

#: Exit codes (as in :mod:`copydesk.cli`): 0 ok, 1 problems found, 2 bad usage / missing file.
EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
#: How many directories up from a profile file ``check`` looks for a ``fixtures/`` folder.
FIXTURE_SEARCH_LEVELS = 3
#: `profiles list` shortens a long domain list to about this many characters.
LIST_WIDTH = 60
#: `profiles check` names at most this many other outlets' domains when no fixture is a file's.
LIST_OTHERS = 5


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``profiles`` command and its subcommands to the CLI."""
    p = sub.add_parser(
        "profiles",
        help="list, check and draft outlet profiles",
        description="An outlet profile says where one site keeps each field (docs/profiles.md). "
        "Draft one from a page with 'new', validate it and run it on its fixture pages with "
        "'check', and see the installed ones with 'list'.",
    )
    psub = p.add_subparsers(dest="profiles_command", required=True, metavar="{list,check,new}")

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

    log = logging.getLogger("copydesk")
    level = log.level
    log.setLevel(logging.ERROR)  # load errors are printed below, once, as errors
    try:
        reg = default_registry()
    finally:
        log.setLevel(level)
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
    for line in missing:
        print(line)
    for file in files:
        problems = check_profile_file(file)
        for problem in problems:
            print(problem)
        if problems:
            bad = True
            continue
        profiles = load_profile_file(file)
        names = ", ".join(p.name for p in profiles)
        run = (
            FixtureRun()
            if args.no_fixtures
            else _run_fixtures(file, profiles, [Path(d) for d in args.fixtures])
        )
        for line in run.problems:
            print(line)
        if run.note:
            print(f"{file}: note: {run.note}")
        bad = bad or bool(run.problems)
        status = "FAILED" if run.problems else "ok"
        tail = f", {run.ran} fixture page(s)" if run.ran else ""
        print(f"{file}: {status} ({len(profiles)} profile(s): {names}{tail})")
    return EXIT_PROBLEMS if bad else EXIT_OK


def _profile_files(paths: Sequence[str]) -> tuple[list[Path], list[str]]:
    """The profile files the paths name, and a problem line for each path that names none."""
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
                kinds = ", ".join(PROFILE_SUFFIXES)
                missing.append(f"{raw}: no profile files ({kinds}) in this directory")
        else:
            missing.append(f"{raw}: no such file or directory")
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


@attrs.frozen
class FixtureRun:
    """What ``check`` did with a file's fixture pages: pages run, problem lines, and a
    note when no page was run at all (so "ok" cannot pass for "tested")."""

    ran: int = 0
    problems: tuple[str, ...] = ()
    note: str | None = None


def _serves_host(profiles: Sequence[Profile], folder_name: str) -> bool:
    """Whether a profile serves the host a fixture folder is named for (any path prefix)."""
    host = folder_name.lower().removeprefix("www.")
    for profile in profiles:
        for domain in profile.domains:
            dom = domain.partition("/")[0].lower().removeprefix("www.")
            if host == dom or host.endswith("." + dom):
                return True
    return False


def _run_fixtures(file: Path, profiles: Sequence[Profile], dirs: Sequence[Path]) -> FixtureRun:
    """Run the fixture pages these profiles serve.

    A page is run when its ``url`` is served by the profiles. In a folder named for one of
    their domains, a page without a ``.json`` beside it, or whose ``url`` they do not serve,
    is a problem: it looks like theirs but would never be checked.
    """
    from copydesk.testing import check_case, read_case
    from copydesk.urls import url_host

    ran = 0
    problems: list[str] = []
    others: set[str] = set()  # the hosts of the pages that are for other outlets
    folders = list(_fixture_dirs(file, dirs))
    for folder in folders:
        if not folder.is_dir():
            problems.append(f"{folder}: no such fixture directory")
            continue
        for html_path in sorted(folder.rglob("*.html")):
            ours = _serves_host(profiles, html_path.parent.name)
            try:
                case = read_case(html_path, folder)
            except (OSError, ValueError) as exc:
                problems.append(str(exc))
                continue
            if case is None:
                if ours:
                    problems.append(
                        f"{html_path}: no {html_path.with_suffix('.json').name} beside it: "
                        "write what parsing the page must give (see 'Testing profiles' in "
                        "docs/profiles.md)"
                    )
                continue
            if not any(p.matches(case.url) for p in profiles):
                if ours:
                    said = f"its url {case.url!r} is not" if case.url else 'it has no "url"'
                    problems.append(
                        f"{html_path.with_suffix('.json')}: {said} on {_domains_of(profiles)}, "
                        "so the page is not checked (profiles are chosen by URL)"
                    )
                elif case.url:
                    others.add(url_host(case.url).removeprefix("www."))
                continue
            ran += 1
            for problem in check_case(case, profiles=profiles):
                problems.append(f"{case.html_path}: {problem}")
    return FixtureRun(
        ran, tuple(problems), None if ran or problems else _no_pages(folders, profiles, others)
    )


def _no_pages(folders: Sequence[Path], profiles: Sequence[Profile], others: set[str]) -> str:
    """Why no fixture page was run, and what to do."""
    if not folders:
        return (
            f"no fixture pages checked: no fixtures/ folder beside the file or up to "
            f"{FIXTURE_SEARCH_LEVELS} folders above it (give --fixtures DIR)"
        )
    where = ", ".join(str(f) for f in folders)
    text = f"no fixture pages checked: none in {where} has a url on {_domains_of(profiles)}"
    if others:
        shown = sorted(h for h in others if h)[:LIST_OTHERS]
        more = " ..." if len(others) > LIST_OTHERS else ""
        text += f" (the pages there are for {', '.join(shown)}{more})"
    return text


def _domains_of(profiles: Sequence[Profile]) -> str:
    return ", ".join(d for p in profiles for d in p.domains)


# ---------------------------------------------------------------- new


def _cmd_new(args: argparse.Namespace) -> int:
    from copydesk.cli import url_problem
    from copydesk.scaffold import draft_profile

    problem = _new_usage_problem(args.domain, args.output, args.force)
    if args.url and not problem:
        bad_url = url_problem(args.url)
        problem = f"--url {bad_url}" if bad_url else None
    if problem:
        print(f"copydesk: {problem}", file=sys.stderr)
        return EXIT_USAGE
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
        try:
            out.write_text(draft.source, encoding="utf-8")
        except OSError as exc:
            print(f"copydesk: cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_USAGE
        print(f"copydesk: wrote {out}", file=sys.stderr)
    for note in draft.notes:
        print(f"copydesk: {note}", file=sys.stderr)
    if args.url and not draft.profile.matches(args.url):
        print(
            f"copydesk: warning: --url {args.url} is not on {', '.join(draft.profile.domains)}: "
            "the profile will not be used for this page",
            file=sys.stderr,
        )
    return EXIT_OK


def _new_usage_problem(domain: str, output: str | None, force: bool) -> str | None:
    """What is wrong with ``profiles new``'s arguments before any page is read, or None."""
    if domain.lower().endswith((".html", ".htm")):
        return (
            f"{domain!r} is not a domain: the domain comes first "
            "(copydesk profiles new example.com PAGE.html)"
        )
    if output is None:
        return None
    out = Path(output)
    if out.is_dir():
        return f"-o {output} is a directory: give a file name ending in .py"
    if out.suffix != ".py":
        return f"-o {output}: the draft is a Python module: name the file *.py"
    if not out.parent.is_dir():
        return f"-o {output}: no such directory {out.parent}"
    if out.exists() and not force:
        return f"{output} exists (use --force to overwrite)"
    return None
