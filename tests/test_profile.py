"""Profile validation (issue 2: a broken profile fails at load time, naming profile and field),
domain matching, and the plain-data round trip."""

from __future__ import annotations

from typing import Any

import pytest

from copydesk import Profile, ProfileError, Selector
from copydesk.profile import profiles_for


def _error(build: Any) -> ProfileError:
    with pytest.raises(ProfileError) as info:
        build()
    return info.value


# ---------------------------------------------------------------- load-time errors

BAD_PROFILES: list[Any] = [
    # id, constructor kwargs, expected field, expected words in the message
    pytest.param({"title": ("h1[",)}, "title[0]", "invalid CSS selector", id="css-unclosed"),
    pytest.param(
        {"byline": (".ok", "div >> p")},
        "byline[1]",
        "invalid CSS selector",
        id="css-second-candidate",
    ),
    pytest.param(
        {"body": ("article:nth-child(x)",)},
        "body[0]",
        "invalid CSS selector",
        id="css-bad-pseudo-argument",
    ),
    pytest.param(
        {
            "published": (
                Selector(
                    xpath="//time[@datetime",
                ),
            )
        },
        "published[0]",
        "invalid XPath",
        id="xpath-unclosed",
    ),
    pytest.param(
        {"section": (Selector(css="nav a", transforms=("titlecase",)),)},
        "section[0]",
        "unknown transform 'titlecase'",
        id="unknown-transform",
    ),
    pytest.param(
        {"title": (Selector(css="h1", transforms=("regex:(",)),)},
        "title[0]",
        "bad regular expression",
        id="bad-regex",
    ),
    pytest.param(
        {"title": (Selector(css="h1", xpath="//h1"),)},
        "title[0]",
        "exactly one of css or xpath",
        id="css-and-xpath",
    ),
    pytest.param(
        {"title": (Selector(attr="content"),)},
        "title[0]",
        "exactly one of css or xpath",
        id="neither-css-nor-xpath",
    ),
    pytest.param({"drop": (".ok", "..bad")}, "drop[1]", "invalid CSS selector", id="bad-drop"),
    pytest.param({"domains": ()}, "domains", "at least one domain", id="no-domains"),
    pytest.param({"domains": ("https://x.com",)}, "domains", "bad domain", id="url-as-domain"),
]


@pytest.mark.parametrize(("kwargs", "field", "words"), BAD_PROFILES)
def test_invalid_profile_fails_at_load_naming_profile_and_field(
    kwargs: dict[str, Any], field: str, words: str
) -> None:
    args = {"name": "planet", "domains": ("dailyplanet.example",), **kwargs}
    err = _error(lambda: Profile(**args))
    assert (err.profile, err.field) == ("planet", field)
    assert str(err).startswith(f"profile planet.{field}: ")
    assert words in str(err)


def test_profile_needs_a_name() -> None:
    assert "needs a name" in str(_error(lambda: Profile(name=" ", domains=("x.com",))))


MAPPING_ERRORS: list[Any] = [
    pytest.param({"titel": ["h1"]}, "titel", "unknown key", id="unknown-top-level-key"),
    pytest.param(
        {"title": [{"css": "h1", "atr": "content"}]},
        "title",
        "unknown selector keys: atr",
        id="unknown-selector-key",
    ),
    pytest.param(
        {"title": [42]},
        "title",
        "a selector is a CSS string or a mapping",
        id="selector-wrong-type",
    ),
    pytest.param(
        {"byline": [{"css": ".by", "transforms": ["strip_by", "shout"]}]},
        "byline[0]",
        "unknown transform 'shout'",
        id="unknown-transform",
    ),
    pytest.param({"body": ["div["]}, "body[0]", "invalid CSS selector", id="bad-css"),
]


@pytest.mark.parametrize(("extra", "field", "words"), MAPPING_ERRORS)
def test_from_mapping_errors_name_profile_and_field(
    extra: dict[str, Any], field: str, words: str
) -> None:
    data = {"name": "planet", "domains": ["dailyplanet.example"], **extra}
    err = _error(lambda: Profile.from_mapping(data))
    assert (err.profile, err.field) == ("planet", field)
    assert words in str(err)


def test_valid_profile_compiles_transforms_per_candidate() -> None:
    p = Profile(
        name="planet",
        domains=("dailyplanet.example",),
        byline=(".byline", Selector(css=".author", transforms=("strip_by", "first"))),
    )
    assert p.transforms("byline", 0) == ()
    assert len(p.transforms("byline", 1)) == 2
    assert p.transforms("title", 0) == ()


def test_mapping_round_trip() -> None:
    p = Profile(
        name="planet",
        domains=("dailyplanet.example", "planet.example/news"),
        description="The Daily Planet",
        title=("h1.headline", Selector(css="meta[property='og:title']", attr="content")),
        published=(Selector(xpath="//time/@datetime"),),
        section=(Selector(css=".crumbs a", transforms=("last",)),),
        drop=(".promo",),
    )
    data = p.to_mapping()
    assert data["title"][0] == "h1.headline"
    assert data["section"] == [{"css": ".crumbs a", "transforms": ["last"]}]
    assert Profile.from_mapping(data) == p


def test_from_mapping_accepts_single_string_and_transform() -> None:
    p = Profile.from_mapping(
        {
            "name": "planet",
            "domains": "dailyplanet.example",
            "title": "h1",
            "byline": {"css": ".by", "transforms": "strip_by"},
        }
    )
    assert p.domains == ("dailyplanet.example",)
    assert p.title == (Selector(css="h1"),)
    assert p.byline == (Selector(css=".by", transforms=("strip_by",)),)


def test_origin_override() -> None:
    p = Profile.from_mapping({"name": "p", "domains": ["p.example"]}, origin="my-package")
    assert p.origin == "my-package"


# ---------------------------------------------------------------- domain matching

MATCHES: list[Any] = [
    # domains, url, matches?
    pytest.param(("planet.example",), "https://planet.example/a", True, id="exact-host"),
    pytest.param(("planet.example",), "https://www.planet.example/a", True, id="www"),
    pytest.param(
        ("www.planet.example",), "https://planet.example/a", True, id="www-in-profile-ignored"
    ),
    pytest.param(
        ("planet.example",), "https://metro.news.planet.example/a", True, id="deep-subdomain"
    ),
    pytest.param(("planet.example",), "https://PLANET.EXAMPLE/a", True, id="case-insensitive"),
    pytest.param(("planet.example",), "https://planet.example:8443/a", True, id="port"),
    pytest.param(
        ("planet.example",), "https://dailyplanet.example/a", False, id="suffix-is-not-subdomain"
    ),
    pytest.param(
        ("planet.example",), "https://planet.example.evil.test/a", False, id="prefix-of-other-host"
    ),
    pytest.param(
        ("planet.example",), "https://other.example/planet.example", False, id="domain-in-path"
    ),
    pytest.param(
        ("planet.example/news",), "https://planet.example/news/2024/a", True, id="path-prefix"
    ),
    pytest.param(
        ("planet.example/news",),
        "https://planet.example/sports/a",
        False,
        id="path-prefix-other-section",
    ),
    pytest.param(
        ("planet.example/news/",),
        "https://planet.example/news/a",
        True,
        id="path-prefix-trailing-slash",
    ),
    pytest.param(
        ("planet.example/News",), "https://planet.example/News/a", True, id="path-prefix-any-case"
    ),
    pytest.param(("planet.example",), "planet.example/a", True, id="url-without-scheme"),
    pytest.param(("planet.example",), None, False, id="no-url"),
    pytest.param(("planet.example",), "", False, id="empty-url"),
    pytest.param(
        ("a.example", "planet.example"), "https://planet.example/", True, id="second-domain"
    ),
]


@pytest.mark.parametrize(("domains", "url", "expected"), MATCHES)
def test_matches(domains: tuple[str, ...], url: str | None, expected: bool) -> None:
    assert Profile(name="p", domains=domains).matches(url) is expected


def test_more_specific_profile_scores_higher() -> None:
    site = Profile(name="site", domains=("planet.example",))
    news = Profile(name="news", domains=("planet.example/news",))
    metro = Profile(name="metro", domains=("metro.planet.example",))
    url = "https://planet.example/news/a"
    assert news.match_score(url) > site.match_score(url) > 0
    assert metro.match_score(url) == 0
    assert metro.match_score("https://metro.planet.example/x") > site.match_score(
        "https://metro.planet.example/x"
    )
    ordered = profiles_for(url, [site, metro, news])
    assert [p.name for p in ordered] == ["news", "site"]


def test_profiles_for_keeps_declaration_order_on_ties() -> None:
    a = Profile(name="a", domains=("planet.example",))
    b = Profile(name="b", domains=("planet.example",))
    assert [p.name for p in profiles_for("https://planet.example/", [b, a])] == ["b", "a"]
