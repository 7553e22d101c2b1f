"""Where a byline sits: layout flags, the story's own footer, source lines behind a teaser,
and beat roles after a name. Snippets written for these tests."""

from __future__ import annotations

import pytest

import copydesk
from copydesk.heuristics.bylinelayout import in_own_footer, is_foreign
from copydesk.heuristics.bylinetext import parse_byline
from copydesk.page import Page

_URL = "https://www.example-news.com/story/1"
_STORY = "<p>" + "The council met on Tuesday to discuss the new budget for the town. " * 4 + "</p>"


def _parse(inner: str) -> copydesk.Article:
    return copydesk.parse(
        f"<html><body><article>{inner}</article></body></html>", _URL, profiles=()
    )


# ---------------------------------------------------------------- layout flags


@pytest.mark.parametrize(
    ("cls", "foreign"),
    [
        ("sig-line hasnt-bio", False),  # says the bio is absent
        ("sig-line without-sidebar", False),
        ("sig-line not-comments", False),
        ("sig-line has-0-headshots isnt-column", False),
        ("author-bio", True),  # the bio box itself
        ("comment-author", True),
    ],
    ids=["hasnt", "without", "not", "isnt", "bio-box", "comment"],
)
def test_negated_layout_flags_are_not_foreign_boxes(cls: str, foreign: bool) -> None:
    page = Page(f'<body><h1>Council budget</h1><div class="{cls}"><span>By Ann Lee</span></div>')
    span = page.root.find(".//span")
    assert is_foreign(span) is foreign


def test_byline_in_a_box_flagged_hasnt_bio() -> None:
    art = _parse(
        '<h1>Council budget</h1><div class="sig-line hasnt-bio is-not-column">'
        '<span class="pb-byline">By <a href="/people/ann-lee">Ann Lee</a></span></div>' + _STORY
    )
    assert art.authors == ("Ann Lee",)


# ---------------------------------------------------------------- the story's own footer


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<div class="story-footer"><p>x</p></div>', True),
        ('<div class="entry-footer"><div><p>x</p></div></div>', True),
        ("<article><footer><p>x</p></footer></article>", True),
        ('<div class="site-footer"><p>x</p></div>', False),
        ("<footer><p>x</p></footer>", False),  # the page's footer, outside the article
        ('<div class="story-body"><p>x</p></div>', False),
    ],
    ids=["story-footer", "entry-footer", "article-footer", "site-footer", "page-footer", "body"],
)
def test_in_own_footer(html: str, expected: bool) -> None:
    page = Page(f"<html><body>{html}</body></html>")
    assert in_own_footer(page.root.find(".//p")) is expected


_FILLER = "<p>More about the budget and the vote.</p>" * 60


@pytest.mark.parametrize(
    ("tail", "authors"),
    [
        (
            '<div class="story-footer"><div class="byline"><p>red, example.at/Agenturen</p>'
            "</div></div>",
            ("example.at", "Agenturen"),
        ),
        (
            '<div class="sidebar"><div class="byline">Newsdesk Team</div></div>',
            (),
        ),  # a sidebar's byline box is another story's
        (
            '<div class="teaser-list"><div class="byline">Newsdesk Team</div></div>',
            (),
        ),
        (
            '<div class="story-footer"><div class="byline">Newsdesk Team</div></div>'
            '<div class="byline">By Ann Lee</div>',
            ("Ann Lee",),
        ),  # a person anywhere near still wins
    ],
    ids=["footer-desk", "sidebar", "teaser", "person-wins"],
)
def test_desk_byline_in_the_story_footer(tail: str, authors: tuple[str, ...]) -> None:
    art = _parse(f"<h1>Council budget</h1>{_STORY}{_FILLER}{tail}")
    assert art.authors == authors


# ---------------------------------------------------------------- source line past a teaser


def test_source_line_after_a_teaser_box() -> None:
    teaser = (
        '<div class="box"><h4>More on this</h4><p>Budget talks</p><p>Read the earlier story '
        "about the council and its spending plans.</p><p></p></div>"
    )
    art = _parse(f"<h1>Council budget</h1>{_STORY}{teaser}<p><em>Quelle: Example TV/ls</em></p>")
    assert art.authors == ("Example TV/ls",)


def test_teaser_source_line_is_not_the_story_source() -> None:
    teaser = '<div class="related-box"><p>Quelle: Other Paper</p></div>'
    art = _parse(f"<h1>Council budget</h1>{_STORY}{teaser}")
    assert art.authors == ()


# ---------------------------------------------------------------- beat roles


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Ben Stone Games Editor", ("Ben Stone",)),
        ("By Ann Lee, Technology Reporter", ("Ann Lee",)),
        ("Ann Lee, Health Correspondent", ("Ann Lee",)),
        ("By Ann Lee, Senior Political Correspondent", ("Ann Lee",)),
        ("By Ann Lee and Bo Park, Business Writers", ("Ann Lee", "Bo Park")),
        ("Ann Travel", ("Ann Travel",)),  # a beat word alone is a surname
        ("By Ann Games", ("Ann Games",)),
        ("By Jane Money Reporter", ("Jane Money",)),  # the surname, not a beat
    ],
    ids=[
        "games-editor",
        "tech-reporter",
        "health",
        "two-beats",
        "plural",
        "surname",
        "surname2",
        "surname-role",
    ],
)
def test_beat_roles_are_cut(text: str, people: tuple[str, ...]) -> None:
    got = parse_byline(text)
    assert got is not None
    assert got.names == people
    assert got.organisations == ()


# ---------------------------------------------------------------- institutions with "and"


@pytest.mark.parametrize(
    ("text", "people", "orgs"),
    [
        (
            "Autor: Yong Li, Fujian Agriculture and Forestry University",
            ("Yong Li",),
            ("Fujian Agriculture and Forestry University",),
        ),
        (
            "By Ann Lee, Department of Health and Human Services",
            ("Ann Lee",),
            ("Department of Health and Human Services",),
        ),
        (
            "By Ann Lee and Bo Park, Example University",
            ("Ann Lee", "Bo Park"),
            ("Example University",),
        ),  # the comma ends the "and": two people
        ("By Ann Lee and Bo Park", ("Ann Lee", "Bo Park"), ()),
    ],
    ids=["university", "services", "people-then-university", "people"],
)
def test_and_inside_an_institution_name(
    text: str, people: tuple[str, ...], orgs: tuple[str, ...]
) -> None:
    got = parse_byline(text)
    assert got is not None
    assert (got.names, got.organisations) == (people, orgs)


# ---------------------------------------------------------------- initials vs full names


def _jsonld(name: str) -> str:
    return (
        '<script type="application/ld+json">{"@context": "https://schema.org", '
        f'"@type": "NewsArticle", "author": {{"@type": "Person", "name": "{name}"}}}}</script>'
    )


@pytest.mark.parametrize(
    ("jsonld", "visible", "authors"),
    [
        ("Ann Lee", "By A. Lee and Bo Park", ("Ann Lee", "Bo Park")),
        ("Ann Lee", "By Ann Lee and Bo Park", ("Ann Lee", "Bo Park")),
        ("Ann Lee", "By B. Lee and Bo Park", ("B. Lee", "Bo Park")),  # another initial
        ("Ann Lee", "By Cy Diaz", ("Cy Diaz",)),  # the visible byline names someone else
    ],
    ids=["initial", "full", "other-initial", "other-person"],
)
def test_jsonld_reconciled_with_initials(
    jsonld: str, visible: str, authors: tuple[str, ...]
) -> None:
    html = (
        f"<html><head>{_jsonld(jsonld)}</head><body><article><h1>Council budget</h1>"
        f'<p class="byline">{visible}</p>{_STORY}</article></body></html>'
    )
    assert copydesk.parse(html, _URL, profiles=()).authors == authors


# ---------------------------------------------------------------- outlets beside roles


@pytest.mark.parametrize(
    ("text", "people", "orgs"),
    [
        ("By TOM KRISH, AP Auto Writer", ("Tom Krish",), ("AP",)),
        ("Analysis by Chris Cill, CNN Editor-at-large", ("Chris Cill",), ("CNN",)),
        ("Jo Roberts and Rae Metz, AP Technology Writers", ("Jo Roberts", "Rae Metz"), ("AP",)),
        ("By: Patti Dom CNBC Executive News Editor", ("Patti Dom",), ("CNBC",)),
        ("Rasender Reporter", ("Rasender Reporter",), ()),  # a pen name, not a desk
        ("By Ann Lee, Reporter", ("Ann Lee",), ()),
        ("By Ann Lee CNBC", ("Ann Lee CNBC",), ()),  # no role after it: left alone
        ("By Ann Lee, MA Example Health News", ("Ann Lee",), ("Example Health News",)),
    ],
    ids=[
        "agency-desk",
        "call-sign-desk",
        "plural",
        "acronym-before-role",
        "pen-name",
        "role",
        "no-role",
        "credential-then-outlet",
    ],
)
def test_outlet_before_a_role(text: str, people: tuple[str, ...], orgs: tuple[str, ...]) -> None:
    got = parse_byline(text)
    assert got is not None
    assert (got.names, got.organisations) == (people, orgs)


# ---------------------------------------------------------------- the site's name glued on


@pytest.mark.parametrize(
    ("url", "byline", "authors"),
    [
        (
            "https://www.sunvalleytoday.com/story/1",
            '<span class="author">Ann Lee</span> <span class="pub">Sun Valley Today</span>',
            ("Ann Lee",),
        ),
        ("https://www.sunvalleytoday.com/story/1", "Ann Lee", ("Ann Lee",)),
        ("https://www.lee.com/story/1", "Ann Lee", ("Ann Lee",)),  # two words stay a name
        (
            "https://www.example-news.com/story/1",
            '<span class="author">Ann Lee</span> <span class="pub">Sun Valley Today</span>',
            ("Ann Lee Sun Valley Today",),
        ),  # another site's name is not recognised: nothing is cut
    ],
    ids=["glued-site", "plain", "short-name", "other-site"],
)
def test_site_name_glued_to_the_byline(url: str, byline: str, authors: tuple[str, ...]) -> None:
    html = (
        "<html><body><article><h1>Council budget</h1>"
        f'<div class="byline">{byline}</div>{_STORY}</article></body></html>'
    )
    assert copydesk.parse(html, url, profiles=()).authors == authors


# ---------------------------------------------------------------- agency byline with a place


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        (
            '<div class="article-author"><a class="author-name" href="/author/pti">PTI, </a>'
            '<span class="author-name"> Washington, </span></div>',
            ("PTI",),
        ),
        (
            '<div class="article-author"><a class="author-name" href="/author/al">Ann Lee, </a>'
            '<span class="author-name"> Washington, </span></div>',
            ("Ann Lee",),
        ),
        ('<div class="article-author"><span class="author-name">annlee</span></div>', ("annlee",)),
    ],
    ids=["agency-and-place", "person-and-place", "user-name"],
)
def test_place_beside_an_agency_byline_is_no_person(byline: str, authors: tuple[str, ...]) -> None:
    art = _parse(f"<h1>Council budget</h1>{byline}{_STORY}")
    assert art.authors == authors


# ---------------------------------------------------------------- boxes at the headline


def test_about_box_just_above_the_headline_is_the_story_meta_line() -> None:
    art = _parse(
        '<p class="about"><span class="about__label">Von</span> '
        '<span class="about__name"><a href="/author/eva-roth">Eva Roth</a></span> '
        '<span class="about__label">publiziert am 3. Mai 2021</span></p>'
        "<h1>Council budget</h1>" + _STORY
    )
    assert art.authors == ("Eva Roth",)


def test_about_box_far_below_the_story_stays_foreign() -> None:
    page = Page(
        "<body><h1>Council budget</h1>"
        + "<p>Paragraph of the story.</p>" * 60
        + '<div class="about"><span>By Ann Lee</span></div></body>'
    )
    assert is_foreign(page.root.find(".//div[@class='about']/span"))


@pytest.mark.parametrize(
    ("cls", "foreign"),
    [
        ("byline-social", False),  # the byline with its share buttons
        ("byline_share", False),
        ("social-share", True),  # a share bar alone is no byline
    ],
)
def test_byline_box_named_first_is_not_a_social_widget(cls: str, foreign: bool) -> None:
    page = Page(
        f'<body><h1>Council budget</h1><div class="{cls}"><p class="byline">By Ann Lee</p></div>'
    )
    assert is_foreign(page.root.find(".//p")) is foreign


def test_visible_byline_adds_the_second_author_to_jsonld() -> None:
    art = _parse(
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council budget",'
        ' "author": {"@type": "Person", "name": "Ann Lee"}}</script>'
        '<h1>Council budget</h1><div class="byline-social"><p class="byline">By '
        '<a rel="author" href="/a/ann-lee">Ann Lee</a>, <a rel="author" href="/a/bo-park">Bo Park'
        '</a> <time datetime="2021-05-03T10:00:00Z">2021-05-03T10:00:00Z</time></p></div>' + _STORY
    )
    assert art.authors == ("Ann Lee", "Bo Park")


def test_page_wide_form_holding_the_headline_is_no_widget() -> None:
    art = _parse(
        '<form id="pageForm"><h1>Council budget</h1>'
        '<span class="articleByline">By <span class="fn">Ann Lee</span></span>' + _STORY + "</form>"
    )
    assert art.authors == ("Ann Lee",)


def test_form_beside_the_story_stays_foreign() -> None:
    page = Page(
        "<body><h1>Council budget</h1><p>Story.</p>"
        '<form class="newsletter"><span class="author">Ann Lee</span></form></body>'
    )
    assert is_foreign(page.root.find(".//form/span"))


# ---------------------------------------------------------------- co-authors marked up apart


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        (
            '<div class="meta"><span class="ll-author">Ann Lee</span> and '
            '<span class="ll-author">Bo Park</span></div>',
            ("Ann Lee", "Bo Park"),
        ),
        (
            '<div class="meta"><span class="author">Ann Lee</span>, <span class="author">'
            'Bo Park</span> and <span class="author">Cy Dunn</span></div>',
            ("Ann Lee", "Bo Park", "Cy Dunn"),
        ),
        (
            '<div class="authors"><div class="author-card"><span class="author-name">Ann Lee'
            '</span></div><div class="author-card"><span class="author-name">Bo Park</span>'
            "</div></div>",
            ("Ann Lee", "Bo Park"),
        ),
        # Negative: a name in a related box further down is nobody's co-author.
        (
            '<div class="meta"><span class="author">Ann Lee</span></div>'
            '<div class="related"><span class="author">Zed Roe</span></div>',
            ("Ann Lee",),
        ),
        # Negative: a differently classed sibling (the photographer) is not a co-author.
        (
            '<div class="meta"><span class="author">Ann Lee</span> '
            '<span class="photographer">Zed Roe</span></div>',
            ("Ann Lee",),
        ),
    ],
    ids=["siblings-and", "siblings-list", "author-cards", "related-box", "other-class"],
)
def test_co_authors_marked_up_one_by_one(byline: str, authors: tuple[str, ...]) -> None:
    art = _parse(f"<h1>Council budget passes</h1>{byline}{_STORY}")
    assert art.authors == authors
    assert art.provenance["authors"].rule == "heuristic:byline-class"
