"""Third-party profiles through the ``copydesk.profiles`` entry-point group, for real.

The example package in ``examples/copydesk-profile-example`` is installed into a temporary
directory (with pip when the environment can build it offline, else by writing the same
``.dist-info`` pip would: METADATA + entry_points.txt) and that directory is put on
``sys.path``. copydesk then finds it through ``importlib.metadata`` exactly as it finds an
installed package: nothing is mocked.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from importlib.metadata import entry_points
from pathlib import Path

import pytest

import copydesk
from copydesk.cli import main
from copydesk.registry import ENTRY_POINT_GROUP, Registry, default_registry
from copydesk.testing import FixtureCase, assert_case, iter_cases

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "copydesk-profile-example"
EXAMPLE_DIST = "copydesk-profile-example"
FIXTURES = EXAMPLE / "fixtures"
STORY_URL = "https://www.dailyplanet.example/metro/2024/12/04/hobs-bay-bridge-reopens/"


def _pip_install(target: Path, scratch: Path) -> bool:
    """``pip install --target``, offline and without build isolation; False if it can't."""
    # Build from a copy: setuptools writes build/ and *.egg-info next to the sources.
    source = scratch / "copydesk-profile-example"
    shutil.copytree(EXAMPLE, source, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    cmd = [
        sys.executable,
        "-m",
        "pip",
        "install",
        "--quiet",
        "--no-deps",
        "--no-index",
        "--no-build-isolation",
        "--disable-pip-version-check",
        "--target",
        str(target),
        str(source),
    ]
    try:
        done = subprocess.run(cmd, capture_output=True, timeout=120, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0 and any(target.glob("*.dist-info/entry_points.txt"))


def write_distribution(
    target: Path,
    name: str,
    entry_points_txt: str,
    packages: dict[str, Path] | None = None,
    modules: dict[str, str] | None = None,
) -> None:
    """Lay out an installed distribution in ``target`` the way pip does (minus RECORD)."""
    dist = target / f"{name.replace('-', '_')}-1.0.0.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0.0\n", encoding="utf-8"
    )
    (dist / "entry_points.txt").write_text(entry_points_txt, encoding="utf-8")
    for pkg, src in (packages or {}).items():
        shutil.copytree(src, target / pkg, ignore=shutil.ignore_patterns("__pycache__"))
    for filename, text in (modules or {}).items():
        path = target / filename
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _example_entry_points() -> str:
    """The ``[project.entry-points]`` of the example's pyproject.toml, as entry_points.txt."""
    tomllib = pytest.importorskip("tomllib")
    project = tomllib.loads((EXAMPLE / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lines = []
    for group, eps in project["entry-points"].items():
        lines.append(f"[{group}]")
        lines.extend(f"{key} = {value}" for key, value in eps.items())
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def example_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("site-packages")
    if not _pip_install(target, tmp_path_factory.mktemp("build")):
        shutil.rmtree(target)
        target.mkdir()
        write_distribution(
            target,
            EXAMPLE_DIST,
            _example_entry_points(),
            packages={"copydesk_profile_example": EXAMPLE / "src" / "copydesk_profile_example"},
        )
    return target


def _forget(prefixes: tuple[str, ...]) -> None:
    for name in [m for m in sys.modules if m.startswith(prefixes)]:
        del sys.modules[name]


@pytest.fixture
def installed(example_site: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The example package importable and discoverable, for one test only."""
    default_registry.cache_clear()
    monkeypatch.syspath_prepend(str(example_site))
    yield example_site
    _forget(("copydesk_profile_example",))
    default_registry.cache_clear()


BROKEN_ENTRY_POINTS = """\
[copydesk.profiles]
missing-module = copydesk_no_such_module_for_tests
bad-selector = copydesk_broken_profiles.bad_selector
not-a-profile = copydesk_broken_profiles.not_a_profile:THING
good = copydesk_broken_profiles.good:PROFILE
"""

BROKEN_MODULES = {
    "copydesk_broken_profiles/__init__.py": "",
    "copydesk_broken_profiles/bad_selector.py": (
        "from copydesk import Profile\n"
        "PROFILE = Profile(name='brokenbody', domains=('broken.example',), body=('div[',))\n"
    ),
    "copydesk_broken_profiles/not_a_profile.py": "THING = ['not a profile']\n",
    "copydesk_broken_profiles/good.py": (
        "from copydesk import Profile\n"
        "PROFILE = Profile(name='stillgood', domains=('good.example',), title=('h2.hed',))\n"
    ),
}


@pytest.fixture
def broken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    write_distribution(
        tmp_path, "copydesk-broken-profiles", BROKEN_ENTRY_POINTS, modules=BROKEN_MODULES
    )
    default_registry.cache_clear()
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    _forget(("copydesk_broken_profiles",))
    default_registry.cache_clear()


def _story() -> bytes:
    return (FIXTURES / "dailyplanet.example" / "bridge-reopens.html").read_bytes()


# ---------------------------------------------------------------- the example package


def test_example_not_visible_before_install() -> None:
    default_registry.cache_clear()
    assert default_registry().get("dailyplanet") is None
    art = copydesk.parse(_story(), STORY_URL)
    assert not art.provenance["title"].rule.startswith("profile:dailyplanet")


@pytest.mark.usefixtures("installed")
def test_entry_point_is_registered() -> None:
    (ep,) = [e for e in entry_points(group=ENTRY_POINT_GROUP) if e.name == "dailyplanet"]
    assert ep.value == "copydesk_profile_example.dailyplanet"
    assert ep.dist is not None
    assert ep.dist.name == EXAMPLE_DIST


@pytest.mark.usefixtures("installed")
def test_default_registry_has_it_with_distribution_as_origin() -> None:
    profile = default_registry().get("dailyplanet")
    assert profile is not None
    assert profile.origin == EXAMPLE_DIST
    assert profile.domains == ("dailyplanet.example",)
    assert default_registry().get("columbian") is not None  # built-ins are still there
    assert [p.name for p in default_registry().match(STORY_URL)] == ["dailyplanet"]


@pytest.mark.usefixtures("installed")
def test_parse_uses_installed_profile() -> None:
    art = copydesk.parse(_story(), STORY_URL)
    assert art.provenance["title"].rule == "profile:dailyplanet:title[0]"
    assert art.provenance["paragraphs"].rule == "profile:dailyplanet:body[0]"
    assert art.provenance["authors"].rule == "profile:dailyplanet:byline[0]"
    assert art.section == "Metro"
    assert art.authors == ("Lois Lane", "Clark Kent")
    # The profile's drop list took the newsletter box out of the story.
    assert not any("newsletter" in p for p in art.paragraphs)


@pytest.mark.usefixtures("installed")
def test_parse_without_url_matches_on_canonical_link() -> None:
    art = copydesk.parse(_story())
    assert art.provenance["title"].rule == "profile:dailyplanet:title[0]"


@pytest.mark.usefixtures("installed")
@pytest.mark.parametrize("case", list(iter_cases(FIXTURES)), ids=lambda c: c.id)
def test_example_fixtures_pass_through_the_registry(case: FixtureCase) -> None:
    assert_case(case)  # profiles=None: found through the entry point, not passed in


@pytest.mark.usefixtures("installed")
def test_cli_lists_it_with_origin(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["profiles", "list"]) == 0
    out = capsys.readouterr().out
    (line,) = [ln for ln in out.splitlines() if ln.split()[:1] == ["dailyplanet"]]
    assert "dailyplanet.example" in line
    assert line.rstrip().endswith(EXAMPLE_DIST)


def test_third_party_profile_overrides_builtin_of_same_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = (
        "from copydesk import Profile\n"
        "PROFILES = [Profile(name='columbian', domains=('columbian.com',), title=('h2',))]\n"
    )
    write_distribution(
        tmp_path,
        "my-columbian",
        "[copydesk.profiles]\ncol = my_columbian\n",
        modules={"my_columbian.py": module},
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    default_registry.cache_clear()
    try:
        (profile,) = [p for p in default_registry() if p.name == "columbian"]
        assert profile.origin == "my-columbian"
        assert profile.title[0].css == "h2"
    finally:
        _forget(("my_columbian",))
        default_registry.cache_clear()


# ---------------------------------------------------------------- broken packages


@pytest.mark.usefixtures("broken")
def test_broken_entry_points_are_reported_and_skipped() -> None:
    reg = Registry.from_entry_points()
    errors = {e.profile: str(e) for e in reg.errors}
    assert set(errors) >= {"missing-module", "bad-selector", "not-a-profile"}
    assert "ModuleNotFoundError" in errors["missing-module"]
    assert "copydesk-broken-profiles" in errors["missing-module"]  # the package to blame
    assert "brokenbody.body[0]" in errors["bad-selector"]  # the profile and field to fix
    assert "invalid CSS selector" in errors["bad-selector"]
    assert "expected a copydesk.Profile" in errors["not-a-profile"]
    # The good entry point of the same package still loads.
    assert [p.name for p in reg if p.origin == "copydesk-broken-profiles"] == ["stillgood"]


@pytest.mark.usefixtures("broken")
def test_parsing_still_works_with_broken_packages_installed() -> None:
    reg = default_registry()
    assert any(e.profile == "bad-selector" for e in reg.errors)
    assert reg.get("columbian") is not None
    page = (ROOT / "fixtures" / "columbian.com" / "nato-kyiv-truce.html").read_bytes()
    art = copydesk.parse(page, "https://www.columbian.com/news/2024/dec/04/nato/")
    assert art.provenance["title"].rule == "profile:columbian:title[0]"
    good = copydesk.parse(
        "<html><body><h2 class='hed'>Still good</h2><p>" + "Text here. " * 40 + "</p></body>"
        "</html>",
        "https://good.example/story",
    )
    assert good.provenance["title"].rule == "profile:stillgood:title[0]"


@pytest.mark.usefixtures("broken")
def test_cli_list_reports_load_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["profiles", "list"]) == 0
    captured = capsys.readouterr()
    assert "stillgood" in captured.out
    assert "bad-selector" in captured.err
    assert "invalid CSS selector" in captured.err
