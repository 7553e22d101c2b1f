"""``copydesk profiles ...`` subcommands: list, check and draft outlet profiles."""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``profiles`` command and its subcommands to the CLI."""
    p = sub.add_parser("profiles", help="list, check and draft outlet profiles")
    psub = p.add_subparsers(dest="profiles_command", required=True)
    lst = psub.add_parser("list", help="installed profiles: name, domains, origin")
    lst.set_defaults(func=_cmd_list)


def _cmd_list(args: argparse.Namespace) -> int:
    from copydesk.registry import default_registry

    reg = default_registry()
    for profile in sorted(reg, key=lambda p: p.name):
        print(f"{profile.name}\t{', '.join(profile.domains)}\t{profile.origin}")
    for error in reg.errors:
        print(f"copydesk: {error}", file=sys.stderr)
    return 0
