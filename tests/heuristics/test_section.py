"""Section rules, on snippets written for these tests."""

from __future__ import annotations

import pytest

from copydesk.heuristics.section import SECTION_RULES, breadcrumb_path
from copydesk.page import Page
from copydesk.rules import Context, Found

TITLE = "Council approves the new harbour bridge"


def _section(head: str = "", body: str = "") -> Found[str] | None:
    ctx = Context(page=Page(f"<html><head>{head}</head><body>{body}</body></html>"))
    ctx.found["title"] = Found(value=TITLE, rule="test")
    for rule in SECTION_RULES:
        got = rule(ctx)
        if got is not None:
            return got
    return None


@pytest.mark.parametrize(
    ("crumbs", "expected"),
    [
        (["Home", "News", "Nation & World"], "News / Nation & World"),
        (["Startseite", "Politik", TITLE], "Politik"),
        (["Accueil", "Monde", "Europe"], "Monde / Europe"),
        (["News", "News", "Local"], "News / Local"),
        (["Home"], None),
        ([], None),
        (["Home", "A" * 80], None),
    ],
)
def test_breadcrumb_path(crumbs: list[str], expected: str | None) -> None:
    assert breadcrumb_path(crumbs, title=TITLE) == expected


def test_article_section_meta_wins() -> None:
    got = _section(head='<meta property="article:section" content="Business">')
    assert got is not None
    assert (got.value, got.rule) == ("Business", "meta:article:section")


def test_jsonld_article_section_list() -> None:
    got = _section(
        head='<script type="application/ld+json">{"@type": "NewsArticle", '
        '"articleSection": ["Sport", "Football"]}</script>'
    )
    assert got is not None
    assert (got.value, got.rule) == ("Sport", "jsonld:articleSection")


def test_section_that_is_a_domain_is_ignored() -> None:
    got = _section(
        head='<script type="application/ld+json">{"@type": "NewsArticle", '
        '"articleSection": "harbourtimes.com"}</script>'
    )
    assert got is None


def test_jsonld_breadcrumb_list_in_position_order() -> None:
    got = _section(
        head='<script type="application/ld+json">{"@type": "BreadcrumbList", "itemListElement": ['
        '{"@type": "ListItem", "position": 2, "item": {"name": "Nation & World"}},'
        '{"@type": "ListItem", "position": 1, "name": "News"},'
        f'{{"@type": "ListItem", "position": 3, "name": "{TITLE}"}}]}}</script>'
    )
    assert got is not None
    assert (got.value, got.rule) == ("News / Nation & World", "jsonld:BreadcrumbList")


@pytest.mark.parametrize(
    "body",
    [
        '<div class="breadcrumbs"><a href="/news/">News</a> / '
        '<a href="/news/nation-world/">Nation &amp; World</a></div>',
        '<nav aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/news/">News'
        '</a></li><li><a href="/nw/">Nation &amp; World</a></li></ol></nav>',
        '<ol itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement">'
        '<span itemprop="name">News</span></li><li itemprop="itemListElement">'
        '<span itemprop="name">Nation &amp; World</span></li></ol>',
        '<p id="breadcrumb">News &gt; Nation &amp; World</p>',
    ],
    ids=["div-links", "nav-ol", "microdata", "plain-text"],
)
def test_dom_breadcrumb(body: str) -> None:
    got = _section(body=body)
    assert got is not None
    assert "Nation & World" in got.value
    assert got.rule == "heuristic:breadcrumb"


def test_main_menu_is_not_a_breadcrumb() -> None:
    body = '<nav class="main-nav"><ul><li><a href="/news/">News</a></li></ul></nav>'
    assert _section(body=body) is None


def test_leading_site_crumb_and_site_valued_section_are_dropped() -> None:
    page = Page(
        "<html><head>"
        '<meta property="og:site_name" content="Harbour Times">'
        '<meta property="article:section" content="harbourtimes">'
        "</head><body>"
        '<nav class="breadcrumb"><a href="/">harbourtimes.example</a> › <a href="/n/">Nachrichten'
        '</a> › <a href="/n/p/">Politik</a></nav></body></html>',
        "https://www.harbourtimes.example/n/p/story",
    )
    ctx = Context(page=page)
    ctx.found["site_name"] = Found(value="Harbour Times", rule="test")
    got = None
    for rule in SECTION_RULES:
        got = rule(ctx)
        if got is not None:
            break
    assert got is not None
    assert (got.value, got.rule) == ("Nachrichten / Politik", "heuristic:breadcrumb")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        pytest.param("Lifestyle, Lifestyle Travel, Lifestyle Travel", "Lifestyle", id="cms-list"),
        pytest.param("gadgets,reviews,featured", "gadgets", id="bare-commas"),
        pytest.param("Arts & Culture", "Arts & Culture", id="one-section-kept"),
    ],
)
def test_category_list_in_section_meta_gives_the_first(content: str, expected: str) -> None:
    got = _section(head=f'<meta property="article:section" content="{content}">')
    assert got is not None
    assert got.value == expected


@pytest.mark.parametrize(
    ("crumbs", "expected"),
    [
        pytest.param(
            ["Home", "Health", "Diet", "Home", "Recipes"], "Health / Diet", id="two-trails"
        ),
        pytest.param(["Home", "Health", "Diet"], "Health / Diet", id="one-trail"),
    ],
)
def test_second_home_crumb_ends_the_trail(crumbs: list[str], expected: str) -> None:
    assert breadcrumb_path(crumbs) == expected


def test_you_are_here_label_is_not_a_crumb() -> None:
    assert breadcrumb_path(["Sie sind hier:", "Startseite", "Sport", "Fußball"]) == (
        "Sport / Fußball"
    )


@pytest.mark.parametrize(
    ("crumbs", "expected"),
    [
        pytest.param(["ExampleMD Home", "Health News"], "Health News", id="site-home-crumb"),
        pytest.param(["Du bist hier:", "Sport", "Tennis"], "Sport / Tennis", id="du-bist-hier"),
        pytest.param(
            ["News", "Local", "Council approves the new..."], "News / Local", id="cut-title"
        ),
        # Negative: a section that merely contains the word stays.
        pytest.param(["Home & Garden", "Kitchens"], "Home & Garden / Kitchens", id="home-garden"),
    ],
)
def test_home_labels_and_truncated_titles_are_no_crumbs(
    crumbs: list[str], expected: str | None
) -> None:
    assert breadcrumb_path(crumbs) == expected


def test_inner_trail_beats_its_container_of_toolbar_and_menu() -> None:
    body = (
        '<div id="breadcrumb_box"><div id="breadcrumb_trail">'
        '<a href="/">ExampleMD Home</a> <a href="/health/">Health News</a></div>'
        '<a href="#email">Email a Friend</a><ul class="trends"><li><a href="/a">Asthma</a></li>'
        '<li><a href="/b">Hay fever</a></li></ul></div>'
    )
    got = _section(body=body)
    assert got is not None
    assert got.value == "Health News"


def test_marked_crumb_items_leave_the_trail_whole() -> None:
    body = (
        '<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Home</a></li>'
        '<li class="breadcrumb-item"><a href="/news/">News</a></li>'
        '<li class="breadcrumb-item"><a href="/news/local/">Local</a></li></ol>'
    )
    got = _section(body=body)
    assert got is not None
    assert got.value == "News / Local"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # The CMS's route instead of the section's name: skipped, the next source speaks.
        ('<meta name="section" content="/world/middle_east">', None),
        (
            '<meta name="section" content="/world/middle_east"><meta property="article:section"'
            ' content="World">',
            "World",
        ),
        # The headline in the section field.
        (f'<meta property="article:section" content="{TITLE}">', None),
        # Negative cases: a name with a slash and a section that shares a word with the title.
        ('<meta property="article:section" content="Politik / Ausland">', "Politik / Ausland"),
        ('<meta property="article:section" content="Council">', "Council"),
    ],
    ids=["path", "path-then-name", "headline", "slash-in-name", "word-of-title"],
)
def test_section_that_is_a_path_or_the_headline_is_skipped(head: str, expected: str | None) -> None:
    got = _section(head=head)
    assert (got.value if got else None) == expected


@pytest.mark.parametrize(
    ("crumbs", "expected"),
    [
        (["Harbour Times – Journalism for Portside", "Society"], "Society"),
        (["Harbour Times | Local news", "Politics", "Council"], "Politics / Council"),
        # Negative: a first crumb that only starts like the site is a section.
        (["Harbour Times Sport – Football", "Local"], "Harbour Times Sport – Football / Local"),
    ],
    ids=["en-dash-slogan", "pipe-slogan", "not-the-site"],
)
def test_leading_crumb_naming_the_site_with_its_slogan_is_home(
    crumbs: list[str], expected: str
) -> None:
    assert breadcrumb_path(crumbs, title=TITLE, sites=["Harbour Times"]) == expected
