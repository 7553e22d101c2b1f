"""A broken third-party profile is reported with its name and skipped; parsing succeeds.

Three ways a profile breaks: its package cannot be imported (ImportError, SyntaxError, any
exception at import time), it is invalid (a selector that does not compile), or it fails at
parse time (a transform that raises or returns garbage, an XPath that cannot be evaluated).
In every case ``copydesk.parse`` still returns the generic result for the page.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from importlib import invalidate_caches
from pathlib import Path

import pytest

import copydesk
from copydesk import Profile, Selector
from copydesk import transforms as transforms_module
from copydesk.registry import Registry, default_registry

from .invariants import NOW, check_article

PAGE = (Path(__file__).parent / "pages" / "harbour-ferry.html").read_bytes()
URL = "https://www.coastal-ledger.example/news/2024/03/14/harbour-ferry-service-to-resume"
TITLE = "Harbour ferry service to resume after storm repairs"

ENTRY_POINTS = """\
[copydesk.profiles]
import-error = ledger_broken.needs_missing_dependency
syntax-error = ledger_broken.syntax_error
raises-at-import = ledger_broken.raises_at_import
bad-selector = ledger_broken.bad_selector:PROFILE
bad-xpath = ledger_broken.bad_xpath
unknown-transform = ledger_broken.unknown_transform
wrong-type = ledger_broken.wrong_type:PROFILE
missing-attribute = ledger_broken.good:NO_SUCH_NAME
good = ledger_broken.good:PROFILE
"""
_IMPORT = "from copydesk import Profile, Selector\n"
MODULES = {
    "ledger_broken/__init__.py": "",
    "ledger_broken/needs_missing_dependency.py": "import copydesk_no_such_dependency\n",
    "ledger_broken/syntax_error.py": "PROFILE = Profile(name='x'\n",
    "ledger_broken/raises_at_import.py": "raise RuntimeError('profile package is broken')\n",
    "ledger_broken/bad_selector.py": _IMPORT
    + "PROFILE = Profile(name='ledger-css', domains=('coastal-ledger.example',), title=('h1[',))\n",
    "ledger_broken/bad_xpath.py": _IMPORT
    + "PROFILE = Profile(name='ledger-xpath', domains=('coastal-ledger.example',),"
    " title=(Selector(xpath='//h1[[['),))\n",
    "ledger_broken/unknown_transform.py": _IMPORT
    + "PROFILE = Profile(name='ledger-tf', domains=('coastal-ledger.example',),"
    " title=(Selector(css='h1', transforms=('no_such_transform',)),))\n",
    "ledger_broken/wrong_type.py": "PROFILE = {'name': 'not built'}\n",
    "ledger_broken/good.py": _IMPORT
    + "PROFILE = Profile(name='ledger-good', domains=('coastal-ledger.example',),"
    " section=('nav li:first-child a',))\n",
}


def _install(target: Path) -> None:
    dist = target / "ledger_broken-1.0.0.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: ledger-broken\nVersion: 1.0.0\n")
    (dist / "entry_points.txt").write_text(ENTRY_POINTS)
    for name, text in MODULES.items():
        path = target / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


@pytest.fixture
def broken_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    _install(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    invalidate_caches()
    default_registry.cache_clear()
    yield
    default_registry.cache_clear()
    for name in [m for m in sys.modules if m == "ledger_broken" or m.startswith("ledger_broken.")]:
        del sys.modules[name]


@pytest.mark.usefixtures("broken_package")
def test_each_broken_entry_point_is_named_in_the_registry_errors() -> None:
    errors = {e.profile: str(e) for e in Registry.from_entry_points().errors}
    expected = {
        "import-error": "ModuleNotFoundError",
        "syntax-error": "SyntaxError",
        "raises-at-import": "RuntimeError",
        "bad-selector": "ledger-css.title[0]",
        "bad-xpath": "ledger-xpath.title[0]",
        "unknown-transform": "no_such_transform",
        "wrong-type": "Profile",
        "missing-attribute": "NO_SUCH_NAME",
    }
    for name, words in expected.items():
        assert name in errors, f"{name} not reported: {sorted(errors)}"
        assert words in errors[name], errors[name]
        assert "ledger-broken" in errors[name]  # the package to blame


@pytest.mark.usefixtures("broken_package")
def test_parse_succeeds_with_broken_packages_installed() -> None:
    registry = default_registry()
    assert [p.name for p in registry if p.origin == "ledger-broken"] == ["ledger-good"]
    article = copydesk.parse(PAGE, URL, now=NOW)
    check_article(article)
    assert article.title == TITLE
    assert len(article.paragraphs) >= 4
    assert article.section == "News"  # the good profile of the same package still applies
    assert article.provenance["section"].rule == "profile:ledger-good:section[0]"


@pytest.mark.usefixtures("broken_package")
def test_cli_parses_with_broken_packages_installed(capsys: pytest.CaptureFixture[str]) -> None:
    from copydesk.cli import main

    path = Path(__file__).parent / "pages" / "harbour-ferry.html"
    assert main(["parse", str(path), "--url", URL, "--format", "text"]) == 0
    assert TITLE in capsys.readouterr().out


# ---------------------------------------------------------------- failures at parse time


def _with_transform(
    monkeypatch: pytest.MonkeyPatch, name: str, fn: Callable[[list[str]], object]
) -> None:
    table = dict(transforms_module.TRANSFORMS)
    table[name] = lambda arg: fn
    monkeypatch.setattr(transforms_module, "TRANSFORMS", table)


def _boom(values: list[str]) -> list[str]:
    raise ZeroDivisionError("transform bug")


@pytest.mark.parametrize(
    ("behaviour", "error"),
    [(_boom, "ZeroDivisionError"), (lambda v: None, "TypeError"), (lambda v: [1, 2], "")],
    ids=["raises", "returns-none", "returns-ints"],
)
def test_transform_failing_at_parse_time_is_reported_and_skipped(
    monkeypatch: pytest.MonkeyPatch, behaviour: Callable[[list[str]], object], error: str
) -> None:
    _with_transform(monkeypatch, "flaky", behaviour)
    profile = Profile(
        name="ledger-flaky",
        domains=("coastal-ledger.example",),
        title=(Selector(css="h1", transforms=("flaky",)),),
        byline=(Selector(css=".byline", transforms=("flaky",)),),
    )
    article = copydesk.parse(PAGE, URL, profiles=[profile], now=NOW)
    check_article(article)
    assert article.title == TITLE  # the generic chain answered instead
    assert article.provenance["title"].source != "profile"
    assert article.authors == ("Maria Okafor",)
    report = "\n".join(article.warnings)
    assert "ledger-flaky.title[0]" in report
    assert error in report


def test_xpath_that_fails_at_evaluation_is_skipped() -> None:
    profile = Profile(
        name="ledger-var",
        domains=("coastal-ledger.example",),
        title=(Selector(xpath="//h1[$undefined_variable]"),),
        body=(Selector(xpath="//*[local-name() = $x]"),),
    )
    article = copydesk.parse(PAGE, URL, profiles=[profile], now=NOW)
    check_article(article)
    assert article.title == TITLE
    assert len(article.paragraphs) >= 4


def test_profile_drop_selector_that_removes_the_root_is_harmless() -> None:
    profile = Profile(name="ledger-drop", domains=("coastal-ledger.example",), drop=("html", "*"))
    article = copydesk.parse(PAGE, URL, profiles=[profile], now=NOW)
    check_article(article)
    assert article.title == TITLE
