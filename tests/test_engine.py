"""The rule engine: chain order, provenance, dateline split, failing profile rules."""

from __future__ import annotations

from copydesk import Profile, Selector, parse
from copydesk.engine import default_rules
from copydesk.rules import FIELD_ORDER

STORY = " ".join(["The council approved the budget after a long debate on Tuesday."] * 6)
PAGE = f"""<html lang="en"><head>
<title>Council passes budget | Town Crier</title>
<meta property="og:title" content="Council passes budget">
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Council passes budget",
 "datePublished": "2024-05-06T10:00:00+02:00",
 "author": {{"@type": "Person", "name": "Ann Lee"}}}}</script>
</head><body>
<div class="hed"><h1>Council passes budget</h1><span class="kicker">Local politics</span></div>
<div class="story"><p>SPRINGFIELD (Reuters) - {STORY}</p><p>{STORY}</p>
<div class="promo"><p>Subscribe to our newsletter for more local news every day.</p></div></div>
</body></html>"""


def test_every_field_has_a_default_chain() -> None:
    rules = default_rules()
    assert set(FIELD_ORDER) == set(rules)
    assert all(rules[f] for f in FIELD_ORDER)


def test_metadata_wins_without_profile_and_records_provenance() -> None:
    art = parse(PAGE, "https://towncrier.example/a", profiles=())
    assert art.title == "Council passes budget"
    assert art.authors == ("Ann Lee",)
    assert art.published is not None
    assert art.published.isoformat() == "2024-05-06T10:00:00+02:00"
    assert art.provenance["published"].source == "metadata"
    assert art.provenance["title"].rule


def test_profile_selector_comes_first_and_is_named() -> None:
    profile = Profile(name="crier", domains=("towncrier.example",), title=(".hed .kicker",))
    art = parse(PAGE, "https://towncrier.example/a", profiles=[profile])
    assert art.title == "Local politics"
    assert art.provenance["title"].rule == "profile:crier:title[0]"
    assert art.provenance["title"].source == "profile"
    assert art.provenance["title"].selector == ".hed .kicker"


def test_profile_for_other_domain_is_not_used() -> None:
    profile = Profile(name="crier", domains=("towncrier.example",), title=(".hed .kicker",))
    art = parse(PAGE, "https://elsewhere.example/a", profiles=[profile])
    assert art.title == "Council passes budget"


def test_profile_selector_that_matches_nothing_falls_through() -> None:
    profile = Profile(name="crier", domains=("towncrier.example",), title=("h1.gone",))
    art = parse(PAGE, "https://towncrier.example/a", profiles=[profile])
    assert art.title == "Council passes budget"
    assert not art.provenance["title"].rule.startswith("profile:")


def test_dateline_is_split_off_the_first_paragraph_not_lost() -> None:
    art = parse(PAGE, "https://towncrier.example/a", profiles=())
    assert art.dateline is not None
    assert art.dateline.place == "SPRINGFIELD"
    assert art.paragraphs[0].startswith("The council approved")
    assert art.dateline.raw.startswith("SPRINGFIELD (Reuters)")
    assert art.credit is not None
    assert art.credit.name == "Reuters"


def test_profile_drop_and_body_container() -> None:
    profile = Profile(
        name="crier", domains=("towncrier.example",), body=(".story",), drop=(".promo",)
    )
    art = parse(PAGE, "https://towncrier.example/a", profiles=[profile])
    assert art.provenance["paragraphs"].rule == "profile:crier:body[0]"
    assert len(art.paragraphs) == 2
    assert not any("newsletter" in p for p in art.paragraphs)


def test_failing_transform_is_reported_and_skipped() -> None:
    profile = Profile(
        name="crier",
        domains=("towncrier.example",),
        published=(Selector(css="h1", transforms=("date_format:%Y",)),),
    )
    art = parse(PAGE, "https://towncrier.example/a", profiles=[profile])
    # date_format yields nothing for "Council passes budget": the chain moves on.
    assert art.published is not None
    assert art.provenance["published"].source == "metadata"


def test_profiles_without_url_apply_when_given_explicitly() -> None:
    profile = Profile(name="crier", domains=("towncrier.example",), title=(".hed .kicker",))
    page = PAGE.replace('<meta property="og:title" content="Council passes budget">', "")
    assert parse(page, profiles=[profile]).title == "Local politics"
    assert parse(page).title == "Council passes budget"  # default registry: no URL, no match
