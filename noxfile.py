"""Developer sessions: ``nox -s tests lint typing docs build``."""

from __future__ import annotations

import nox

nox.options.sessions = ["tests", "lint", "typing", "docs"]
PYTHONS = ["3.10", "3.11", "3.12", "3.13"]


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """The whole test suite (unit, fixtures, docs, corpus floors)."""
    session.install("-e", ".[test]")
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """Ruff lint and format check."""
    session.install("ruff")
    session.run("ruff", "check", "src", "tests", "benchmarks", "fuzz", "noxfile.py")
    session.run("ruff", "format", "--check", "src", "tests", "benchmarks", "fuzz", "noxfile.py")


@nox.session
def typing(session: nox.Session) -> None:
    """mypy --strict on src/."""
    session.install("-e", ".", "mypy", "lxml-stubs", "types-dateparser")
    session.run("mypy", "src")


@nox.session
def docs(session: nox.Session) -> None:
    """Run every example in README.md and docs/ (they are doctests)."""
    session.install("-e", ".[test]")
    session.run("pytest", "tests/test_docs.py", "tests/test_docs_rules.py", "-q")


@nox.session
def build(session: nox.Session) -> None:
    """Build the sdist and wheel."""
    session.install("build")
    session.run("python", "-m", "build")
