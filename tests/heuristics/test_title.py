"""Title rules, on snippets written for these tests."""

from __future__ import annotations

import lxml.html
import pytest

from copydesk.heuristics.title import TITLE_RULES, headline_text, strip_site_name
from copydesk.page import Page
from copydesk.rules import Context, Found


def _title(head: str = "", body: str = "", url: str | None = None) -> Found[str] | None:
    ctx = Context(page=Page(f"<html><head>{head}</head><body>{body}</body></html>", url))
    for rule in TITLE_RULES:
        got = rule(ctx)
        if got is not None:
            return got
    return None


@pytest.mark.parametrize(
    ("title", "sites", "expected"),
    [
        ("Bridge opens - The Harbour Times", ["The Harbour Times"], "Bridge opens"),
        ("Bridge opens | Harbour Times", ["The Harbour Times"], "Bridge opens"),
        ("Harbour Times: Bridge opens to traffic", ["Harbour Times"], "Bridge opens to traffic"),
        (
            "Bridge opens to traffic | HARBOURTIMES.COM",
            ["harbourtimes.com"],
            "Bridge opens to traffic",
        ),
        ("Bridge opens – Harbour Times – News", ["harbourtimes.com"], "Bridge opens"),
        (
            "Was ist Freie Software - MyOOS Community Forum",
            ["foren.myoos.de"],
            "Was ist Freie Software",
        ),
        # No site name known: a short piece after "|" or "»" is still cut.
        ("Bridge opens to traffic | iPhone | Forum", [], "Bridge opens to traffic"),
        (
            "Harbour Blog » Archive » Bridge opens to traffic",
            ["Harbour Blog"],
            "Bridge opens to traffic",
        ),
        ("大桥今天通车-新华网", [], "大桥今天通车"),
        # Kickers and hyphenated words are part of the headline.
        (
            "Klimaschutz: Bohren, bis es heiß wird",
            ["ZEIT ONLINE"],
            "Klimaschutz: Bohren, bis es heiß wird",
        ),
        (
            "Covid-19 cases rise in the harbour district",
            ["Harbour Times"],
            "Covid-19 cases rise in the harbour district",
        ),
        (
            "Kim Jong Un: Der Diktator ist zurück - Donald Trump ist glücklich",
            ["fr.de"],
            "Kim Jong Un: Der Diktator ist zurück - Donald Trump ist glücklich",
        ),
    ],
)
def test_strip_site_name(title: str, sites: list[str], expected: str) -> None:
    assert strip_site_name(title, sites) == expected


def test_strip_site_name_uses_the_affix_two_titles_share() -> None:
    got = strip_site_name(
        "Bridge opens to traffic | Harbour Gazette",
        others=["Council votes on budget | Harbour Gazette"],
    )
    assert got == "Bridge opens to traffic"


def test_strip_site_name_cuts_what_the_bare_og_title_lacks() -> None:
    got = strip_site_name(
        "Bridge opens to traffic - Harbour Gazette Online", others=["Bridge opens to traffic"]
    )
    assert got == "Bridge opens to traffic"


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (
            '<h1><span class="kicker">Klimaschutz</span><span class="visually-hidden">: </span>'
            '<span class="title">Bohren, bis es heiß wird</span></h1>',
            "Bohren, bis es heiß wird",
        ),
        (
            '<h1><span class="dachzeile">Nach dem Sturm</span> '
            '<span class="headline">Brücke gesperrt</span></h1>',
            "Brücke gesperrt",
        ),
        (
            '<h1 class="entry-title"><span class="entry-title__toptitle">IT-Sicherheit</span> '
            "Angriffe nehmen zu</h1>",
            "Angriffe nehmen zu",
        ),
        ("<h1>Plain <em>headline</em> text</h1>", "Plain headline text"),
        ('<h1><span class="kicker">Only a kicker</span></h1>', "Only a kicker"),
    ],
)
def test_headline_text_drops_kickers(html: str, expected: str) -> None:
    assert headline_text(lxml.html.fromstring(html)) == expected


def test_h1_that_matches_og_title_wins() -> None:
    got = _title(
        head="<title>Bridge opens to traffic - The Harbour Times</title>"
        '<meta property="og:title" content="Bridge opens to traffic">',
        body="<h1>Bridge opens to traffic</h1>",
    )
    assert got is not None
    assert got.value == "Bridge opens to traffic"
    assert got.rule == "heuristic:h1"


def test_h1_without_the_og_kicker_wins() -> None:
    got = _title(
        head='<meta property="og:title" content="Harbour: Bridge opens to traffic after delays">',
        body="<h1>Bridge opens to traffic after delays</h1>",
    )
    assert got is not None
    assert got.value == "Bridge opens to traffic after delays"


def test_site_logo_h1_is_not_the_headline() -> None:
    got = _title(
        head="<title>Lemon cake with poppy seeds | Grandma's Kitchen Blog</title>",
        body="<h1>Grandma's Kitchen Blog</h1><h2>Lemon cake with poppy seeds</h2>",
    )
    assert got is not None
    assert got.value == "Lemon cake with poppy seeds"


def test_h1_in_navigation_is_ignored() -> None:
    got = _title(
        head='<meta property="og:title" content="Bridge opens to traffic">',
        body='<nav><h1>Menu</h1></nav><div class="logo"><h1>Harbour Times</h1></div>',
    )
    assert got is not None
    assert got.value == "Bridge opens to traffic"
    assert got.rule == "meta:og:title"


def test_jsonld_headline_with_og_site_name() -> None:
    got = _title(
        head='<meta property="og:site_name" content="Harbour Times">'
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Bridge opens to traffic | Harbour Times"}</script>',
    )
    assert got is not None
    assert got.value == "Bridge opens to traffic"
    assert got.rule == "jsonld:headline"


def test_dublin_core_title_in_a_multi_token_attribute() -> None:
    got = _title(head='<title>Site</title><meta property="x:title dc:title" content="Real title">')
    assert got is not None
    assert got.value == "Real title"


def test_lone_h1_when_nothing_is_declared() -> None:
    got = _title(body="<h1>  Bridge   opens\nto traffic </h1>")
    assert got is not None
    assert got.value == "Bridge opens to traffic"


def test_no_title_at_all() -> None:
    assert _title(body="<p>Just text.</p>") is None


def test_h1_that_is_the_title_prefix_is_the_headline() -> None:
    got = _title(
        head="<title>Tomatoes, sliced right - Kitchen tip with photo - cooks.example</title>"
        '<meta property="og:title" content="Kitchen tip with photo">',
        body="<h1>Tomatoes, sliced right</h1>",
        url="https://www.cooks.example/tips/1",
    )
    assert got is not None
    assert got.value == "Tomatoes, sliced right"


def test_h1_containing_the_site_name_is_still_a_headline() -> None:
    got = _title(
        head='<meta property="og:site_name" content="Harbour">'
        '<meta property="og:title" content="Best of Harbour 2022: the projects you liked most">',
        body="<h1>Best of Harbour 2022: the projects you liked most</h1>",
        url="https://harbour.example/x",
    )
    assert got is not None
    assert got.rule == "heuristic:h1"


def test_section_label_h1_loses_to_the_h1_matching_og_title() -> None:
    got = _title(
        head="<title>News - Lake Institute</title>"
        '<meta property="og:title" content="The first electron decides">',
        body='<h1 class="pagetitle">News</h1>'
        "<article><h1>The first electron decides</h1></article>",
    )
    assert got is not None
    assert got.value == "The first electron decides"


def test_huge_separator_stuffed_title_is_cheap() -> None:
    import time

    start = time.perf_counter()
    got = _title(head=f"<title>{'word | ' * 50_000}</title>", body="<h1>Bridge opens today</h1>")
    assert time.perf_counter() - start < 2.0
    assert got is not None
    assert got.value == "Bridge opens today"


def test_dublin_core_property_spelling_wins_over_name() -> None:
    head = (
        '<meta name="dc.title" content="Template title of the section">'
        '<meta property="dc:title" content="Bridge opens to traffic after repairs">'
    )
    got = _title(head=head)
    assert got is not None
    assert got.value == "Bridge opens to traffic after repairs"


def test_og_title_piece_missing_from_the_h1_is_not_kept() -> None:
    # og:title adds a slide or series caption the h1 does not show: the visible h1 is the
    # headline (a site-less og:title is no proof the piece belongs to the title).
    head = (
        '<meta property="og:site_name" content="Harbour Times">'
        '<meta property="og:title" content="Six ferries with big engines - Engines first">'
        "<title>Six ferries with big engines - Engines first | Harbour Times</title>"
    )
    got = _title(head=head, body="<h1>Six ferries with big engines</h1><p>Text.</p>")
    assert got is not None
    assert got.value == "Six ferries with big engines"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # WordPress body/post classes name the layout and the post's categories.
        (
            '<div class="content-sidebar-wrap"><article class="post type-post '
            'category-no-newsletter-rss"><h1>Lemon cake from the tray: simply lovely!</h1>'
            "</article></div>",
            "Lemon cake from the tray: simply lovely!",
        ),
        # A real sidebar or modal h1 is still chrome: the metadata title wins.
        (
            '<div class="sidebar"><h1>Lemon cake from the tray: simply lovely!</h1></div>',
            "Lemon cake from the tray",
        ),
        (
            "<aside><h1>Lemon cake from the tray: simply lovely!</h1></aside>",
            "Lemon cake from the tray",
        ),
    ],
    ids=["wordpress-classes", "sidebar-div", "aside"],
)
def test_layout_classes_above_the_story_are_not_chrome(body: str, expected: str) -> None:
    head = (
        '<meta property="og:site_name" content="Baking Harbour">'
        '<meta property="og:title" content="Lemon cake from the tray | Baking Harbour">'
    )
    html_body = f'<body class="single content-sidebar footer-widgets-visible">{body}</body>'
    ctx = Context(page=Page(f"<html><head>{head}</head>{html_body}</html>"))
    got = next((f for f in (r(ctx) for r in TITLE_RULES) if f is not None), None)
    assert got is not None
    assert got.value == expected


@pytest.mark.parametrize(
    ("h1", "expected"),
    [
        (
            '<div class="entry-section"><a href="/news/politics/">Politics | </a></div>'
            "<span>Harbour council elects its first new mayor in twenty years</span>",
            "Harbour council elects its first new mayor in twenty years",
        ),
        # A colon is part of headlines: "Kicker: Headline" in the h1 stays whole.
        (
            '"Pure joy": Harbour council elects its first new mayor in twenty years',
            '"Pure joy": Harbour council elects its first new mayor in twenty years',
        ),
    ],
    ids=["section-link-with-bar", "colon-kicker-kept"],
)
def test_h1_section_piece_after_a_bar_is_cut(h1: str, expected: str) -> None:
    head = (
        '<meta property="og:title" content="Harbour council elects its first new mayor in '
        'twenty years">'
    )
    got = _title(head=head, body=f"<h1>{h1}</h1><p>Text.</p>")
    assert got is not None
    assert got.value == expected


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        (
            "<title>Home</title>",
            "<h1>Time to close the harbour shop</h1>",
            "Time to close the harbour shop",
        ),
        # Two h1s: no telling which is the story; the title stands.
        ("<title>Home</title>", "<h1>Harbour Shop</h1><h1>Time to close the shop</h1>", "Home"),
        # A one-word h1 is no better than a one-word title.
        ("<title>Startseite</title>", "<h1>Willkommen</h1>", "Startseite"),
        # A real multi-word title is never replaced.
        (
            "<title>Harbour bridge opens</title>",
            "<h1>Harbour news and views</h1>",
            "Harbour bridge opens",
        ),
    ],
    ids=["one-word-title-lone-h1", "two-h1s", "one-word-h1", "multi-word-title"],
)
def test_one_word_title_gives_way_to_a_lone_h1(head: str, body: str, expected: str) -> None:
    got = _title(head=head, body=body)
    assert got is not None
    assert got.value == expected


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        # og:title written apart from the <title>: it overrules an h1 that only repeats
        # twitter:title.
        (
            "<title>A short history of harbour cranes - Harbour Times</title>"
            '<meta property="og:title" content="The quiet giants of the quay">'
            '<meta name="twitter:title" content="Why cranes still shape the harbour">',
            "<h1>Why cranes still shape the harbour</h1>",
            "The quiet giants of the quay",
        ),
        # ... and an h1 that only repeats the <title>.
        (
            "<title>Council votes: ferry fares go up</title>"
            '<meta property="og:title" content="Ferry fares go up, council decides">',
            "<h1>Council votes: ferry fares go up</h1>",
            "Ferry fares go up, council decides",
        ),
        # An h1 that agrees with the JSON-LD headline keeps its place.
        (
            "<title>Ferry fares rise in spring - Harbour Times</title>"
            '<meta property="og:title" content="Ferry fares rise as fuel costs climb">'
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            '"headline": "Ferry fares rise in spring"}</script>',
            "<h1>Ferry fares rise in spring</h1>",
            "Ferry fares rise in spring",
        ),
        # An og:title taken from the <title> (a piece of it) is no second opinion.
        (
            "<title>Ferry fares rise in spring - Harbour Times</title>"
            '<meta property="og:title" content="Ferry fares rise in spring">',
            "<h1>Ferry fares rise in spring</h1>",
            "Ferry fares rise in spring",
        ),
        # A declared headline (itemprop="headline") that the og:title only rewords stands.
        (
            "<title>Harbour and city agree on a new ferry deal | Harbour Times</title>"
            '<meta property="og:title" content="Ferry deal: harbour and city agree">',
            '<h1 itemprop="headline">Harbour and city agree on a new ferry deal</h1>',
            "Harbour and city agree on a new ferry deal",
        ),
        # ... but not against an og:title that is another headline altogether.
        (
            "<title>Harbour and city agree on a new ferry deal | Harbour Times</title>"
            '<meta property="og:title" content="The quiet giants of the quay">',
            '<h1 itemprop="headline">Harbour and city agree on a new ferry deal</h1>',
            "The quiet giants of the quay",
        ),
        # og:type "website": the og:title is the site's default card, not a headline.
        (
            "<title>Ferry fares rise in spring</title>"
            '<meta property="og:type" content="website">'
            '<meta property="og:title" content="Harbour News - Latest news and views">',
            "<h1>Ferry fares rise in spring</h1>",
            "Ferry fares rise in spring",
        ),
    ],
    ids=[
        "og-over-twitter-h1",
        "og-over-title-h1",
        "h1-agrees-with-jsonld",
        "og-copied",
        "marked-h1-reworded-og",
        "marked-h1-other-og",
        "site-default-og",
    ],
)
def test_deliberate_og_title_against_the_h1(head: str, body: str, expected: str) -> None:
    got = _title(head=head, body=body)
    assert got is not None
    assert got.value == expected


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        # og:title and twitter:title repeat the <title>: the h1 on the same story wins.
        (
            "<title>Heat pumps in old houses - when it pays | Harbour Homes</title>"
            '<meta property="og:title" content="Heat pumps in old houses - when it pays | '
            'Harbour Homes">',
            "<article><h1>Does a heat pump suit an old house?</h1></article>",
            "Does a heat pump suit an old house?",
        ),
        # An h1 about something else (no shared words) is not the headline.
        (
            "<title>Heat pumps in old houses - when it pays | Harbour Homes</title>"
            '<meta property="og:title" content="Heat pumps in old houses - when it pays | '
            'Harbour Homes">',
            "<h1>Subscribe to our weekly letter</h1>",
            "Heat pumps in old houses - when it pays",
        ),
        # No declared metadata title at all: the <title> stands (nothing was copied).
        (
            "<title>Heat pumps in old houses - when it pays</title>",
            "<h1>Does a heat pump suit an old house?</h1>",
            "Heat pumps in old houses - when it pays",
        ),
        # og:title set apart from the <title>: it is not a template copy.
        (
            "<title>Heat pumps in old houses | Harbour Homes</title>"
            '<meta property="og:title" content="Old house, new heating: the heat pump test">',
            "<h1>Does a heat pump suit an old house?</h1>",
            "Old house, new heating: the heat pump test",
        ),
    ],
    ids=["copied-og", "unrelated-h1", "title-only", "og-set-apart"],
)
def test_h1_over_a_copied_title(head: str, body: str, expected: str) -> None:
    got = _title(head=head, body=body)
    assert got is not None
    assert got.value == expected


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        # The h1 drops the og:title's kicker; the site's name sits at the <title>'s end.
        (
            "<title>Coal mine deal: Harbour firm stays the course - harbourtimes.com</title>"
            '<meta property="og:title" content="Coal mine deal: Harbour firm stays the course">',
            "<h1>Harbour firm stays the course</h1>",
            "Harbour firm stays the course",
        ),
        # With no site name known elsewhere, an h1 ending the title is the site's name.
        (
            "<title>Recipes and kitchen notes: Grandma's harbour kitchen</title>",
            "<h1>Grandma's harbour kitchen</h1>",
            "Recipes and kitchen notes",
        ),
    ],
    ids=["kicker-dropped", "no-site-known"],
)
def test_h1_without_a_kicker(head: str, body: str, expected: str) -> None:
    got = _title(head=head, body=body, url="https://www.harbourtimes.com/a/1")
    assert got is not None
    assert got.value == expected


def test_og_title_trimmed_from_the_title_tag_is_kept_whole() -> None:
    # twitter:site names the product; the site cut only its own name off the <title>.
    head = (
        '<meta property="og:site_name" content="Harbour Foundation">'
        '<meta name="twitter:site" content="@ferrybox">'
        '<meta property="og:title" content="Ferrybox — Make it yours — The open harbour app">'
        "<title>Ferrybox — Make it yours — The open harbour app — Harbour Foundation</title>"
    )
    got = _title(head=head, body="<h1>Harbour Foundation</h1>")
    assert got is not None
    assert got.value == "Ferrybox — Make it yours — The open harbour app"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The template marks the h1 as the entry's title: the wrapper's name doesn't matter.
        (
            '<article><div class="sidebar-wrapper"><header><h1 class="entry-title">'
            "Company car: lease or buy?</h1></header></div></article>",
            "Company car: lease or buy?",
        ),
        # Unmarked, the same h1 in a sidebar wrapper is chrome.
        (
            '<article><div class="sidebar-wrapper"><h1>Company car: lease or buy?</h1>'
            "</div></article>",
            "Company cars: leasing or buying? What pays off?",
        ),
        # Marked, but in an <aside>: still chrome.
        (
            '<aside><h1 class="entry-title">Company car: lease or buy?</h1></aside>',
            "Company cars: leasing or buying? What pays off?",
        ),
    ],
    ids=["marked-in-wrapper", "unmarked-in-wrapper", "marked-in-aside"],
)
def test_headline_marked_h1_is_not_chrome(body: str, expected: str) -> None:
    head = (
        "<title>Company cars: leasing or buying? What pays off?</title>"
        '<meta property="og:title" content="Company cars: leasing or buying? What pays off?">'
    )
    got = _title(head=head, body=body)
    assert got is not None
    assert got.value == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The h1 is the breadcrumb's last item; the h2 marks its kicker.
        (
            '<ol class="breadcrumbs"><li><h1>Covid-19: Can the harbour stop the spread?</h1>'
            '</li></ol><article><header><h2><span class="content__kicker">Covid-19</span>'
            '<span class="sr-only">: </span><span class="content__title">Can the harbour '
            "stop the spread?</span></h2></header></article>",
            "Can the harbour stop the spread?",
        ),
        # No marked kicker in the h2: the metadata title stands, kicker and all.
        (
            '<ol class="breadcrumbs"><li><h1>Covid-19: Can the harbour stop the spread?</h1>'
            "</li></ol><article><h2>Covid-19: Can the harbour stop the spread?</h2></article>",
            "Covid-19: Can the harbour stop the spread?",
        ),
        # An h2 with a kicker that is another story (a teaser) is not the headline.
        (
            '<article><h2><span class="kicker">Ferries</span> Fares rise in spring</h2></article>',
            "Covid-19: Can the harbour stop the spread?",
        ),
    ],
    ids=["breadcrumb-h1-kicker-h2", "unmarked-h2", "teaser-h2"],
)
def test_h2_headline_with_a_marked_kicker(body: str, expected: str) -> None:
    head = (
        "<title>Covid-19: Can the harbour stop the spread? - Harbour Science</title>"
        '<meta property="og:title" content="Covid-19: Can the harbour stop the spread?">'
    )
    got = _title(head=head, body=body)
    assert got is not None
    assert got.value == expected


# ------------------------------------------------------------------ "Headline - Section - Site"

_SITE = '<meta property="og:site_name" content="The Harbour Times">'
_JSONLD_SECTION = (
    '<script type="application/ld+json">{"@type": "NewsArticle", '
    '"articleSection": ["Politics"]}</script>'
)
_BREADCRUMB = (
    '<script type="application/ld+json">{"@type": "BreadcrumbList", "itemListElement": ['
    '{"@type": "ListItem", "position": 1, "name": "Home"}, '
    '{"@type": "ListItem", "position": 2, "name": "Local News"}]}</script>'
)


@pytest.mark.parametrize(
    ("title", "head", "url", "expected"),
    [
        (
            "Council approves harbour bridge - Politics - The Harbour Times",
            '<meta property="article:section" content="Politics">',
            "https://harbourtimes.test/news/council-approves-harbour-bridge",
            "Council approves harbour bridge",
        ),
        (
            "Council approves harbour bridge – Politics – The Harbour Times",
            _JSONLD_SECTION,
            "https://harbourtimes.test/story/123",
            "Council approves harbour bridge",
        ),
        (
            "Council approves harbour bridge - Local News - The Harbour Times",
            _BREADCRUMB,
            "https://harbourtimes.test/story/123",
            "Council approves harbour bridge",
        ),
        (  # the section from a folder of the URL, in the plural
            "Council approves harbour bridge - Sports - The Harbour Times",
            "",
            "https://harbourtimes.test/sport/council-approves-harbour-bridge",
            "Council approves harbour bridge",
        ),
        (  # a piece that names no section is the headline's
            "Council approves harbour bridge - Politics - The Harbour Times",
            "",
            "https://harbourtimes.test/news/council-approves-harbour-bridge",
            "Council approves harbour bridge - Politics",
        ),
        (  # what is left would be one word: the piece belongs to the headline
            "Spider-Man - Far From Home - The Harbour Times",
            '<meta property="article:section" content="Far From Home">',
            "https://harbourtimes.test/movies/x",
            "Spider-Man - Far From Home",
        ),
        (  # the slug spells the piece: the headline's own words
            "Review: Spider-Man - Far From Home - The Harbour Times",
            "",
            "https://harbourtimes.test/far-from-home/review-spider-man-far-from-home",
            "Review: Spider-Man - Far From Home",
        ),
        (  # no site name came off: nothing is cut
            "Council approves harbour bridge - Politics",
            '<meta property="article:section" content="Politics">',
            "https://harbourtimes.test/news/x",
            "Council approves harbour bridge - Politics",
        ),
    ],
    ids=[
        "meta-section",
        "jsonld-section-en-dash",
        "breadcrumb",
        "url-folder-plural",
        "no-section",
        "one-word-rest",
        "slug-spells-it",
        "no-site-cut",
    ],
)
def test_section_piece_left_by_the_site_cut(title: str, head: str, url: str, expected: str) -> None:
    got = _title(head=f"<title>{title}</title>{_SITE}{head}", url=url)
    assert got is not None
    assert got.value == expected


@pytest.mark.parametrize(
    ("title", "sections", "expected"),
    [
        (
            "The Harbour Times - Politics - Council approves harbour bridge",
            ["Politics"],
            "Council approves harbour bridge",
        ),
        (
            "Council approves harbour bridge - Europe - World - The Harbour Times",
            ["World", "Europe"],
            "Council approves harbour bridge",
        ),
        (  # the section piece sits at the other end: left alone
            "Politics - Council approves harbour bridge - The Harbour Times",
            ["Politics"],
            "Politics - Council approves harbour bridge",
        ),
        (  # a piece longer than what is left is the headline's
            "Bridge opens - Council approves the new harbour bridge - The Harbour Times",
            ["Council approves the new harbour bridge"],
            "Bridge opens - Council approves the new harbour bridge",
        ),
    ],
    ids=["prefix", "two-sections", "other-end", "long-piece"],
)
def test_strip_site_name_with_sections(title: str, sections: list[str], expected: str) -> None:
    assert strip_site_name(title, ["The Harbour Times"], sections=sections) == expected


def test_section_from_an_unaccented_url_folder() -> None:
    head = "<title>Candidatos debaten en la universidad - Medellín - El Diario</title>"
    head += '<meta property="og:site_name" content="El Diario">'
    got = _title(head=head, url="https://eldiario.test/colombia/medellin/candidatos-debaten-123")
    assert got is not None
    assert got.value == "Candidatos debaten en la universidad"
