"""Author names completed or respelled across sources, signature lines, and the per-page
marker scan — on small snippets written for these tests."""

from __future__ import annotations

import json

import pytest

import copydesk
from copydesk.heuristics.byline import complete_name, jsonld_author, meta_author
from copydesk.heuristics.bylinetext import byline_from_names, parse_byline
from copydesk.heuristics.markers import markers
from copydesk.page import Page
from copydesk.rules import Context, Found

_URL = "https://www.example-news.com/story/1"
_STORY = "<p>" + "The council met on Tuesday to discuss the new budget for the town. " * 4 + "</p>"


def _jsonld(author: object) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "author": author}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


# ---------------------------------------------------------------- complete_name


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("Stefanus", "Stefanus Stahl - Maschinenbauer und Abenteurer.", "Stefanus Stahl"),
        ("Ann", "Ann Lee is a reporter covering city hall.", "Ann Lee"),
        ("Ann", "Ann Lee, reporter.", "Ann Lee"),
        ("Ann", "Ann de Vries writes about food.", "Ann"),  # lower-case particle: unsure
        ("Ann", "Ann covers city hall.", "Ann"),  # no surname follows
        ("Ann", "She is Ann Lee, a reporter.", "Ann"),  # the bio must open with the name
        ("Ann Lee", "Ann Lee Smith - reporter", "Ann Lee"),  # already a full name
        ("jdoe", "jdoe Smith - reporter", "jdoe"),  # a user name, not a first name
        ("Ann", None, "Ann"),
    ],
    ids=["dash", "is", "comma", "particle", "no-surname", "not-opening", "full", "user", "none"],
)
def test_complete_name(name: str, text: str | None, expected: str) -> None:
    assert complete_name(name, text) == expected


def test_jsonld_person_completed_from_its_description() -> None:
    person = {"@type": "Person", "name": "Stefanus", "description": "Stefanus Stahl - Biker."}
    html = f"<html><head>{_jsonld(person)}</head><body><h1>Headline</h1></body></html>"
    found = jsonld_author(Context(page=Page(html, url=_URL)))
    assert found is not None
    assert found.value.names == ("Stefanus Stahl",)


# ---------------------------------------------------------------- respelling user names


@pytest.mark.parametrize(
    ("author", "byline", "expected"),
    [
        ("arianschlichenmayer", "von Arian Schlichenmayer", ("Arian Schlichenmayer",)),
        ("Stefanus", "By Stefanus Stahl", ("Stefanus Stahl",)),
        ("jdoe", "By Ann Lee", None),  # another person: the visible byline overrules
        ("annlee", "By Ann Leeds", None),
    ],
    ids=["squashed", "first-name", "other-person", "near-miss"],
)
def test_metadata_user_name_takes_the_visible_spelling(
    author: str, byline: str, expected: tuple[str, ...] | None
) -> None:
    html = (
        f"<html><head>{_jsonld({'@type': 'Person', 'name': author})}</head><body>"
        f'<h1>Headline</h1><div class="post-header_author">{byline}</div></body></html>'
    )
    found = jsonld_author(Context(page=Page(html, url=_URL)))
    if expected is None:
        assert found is None or found.value.names == (author,)
    else:
        assert found is not None
        assert found.value.names == expected


def test_meta_user_name_takes_the_visible_spelling() -> None:
    html = (
        '<html><head><meta name="author" content="annlee"></head><body><h1>Headline</h1>'
        '<p class="byline">By Ann Lee</p></body></html>'
    )
    found = meta_author(Context(page=Page(html, url=_URL)))
    assert found is not None
    assert found.value.names == ("Ann Lee",)


# ---------------------------------------------------------------- places after an outlet


@pytest.mark.parametrize(
    ("names", "people", "orgs"),
    [
        (["example.de, Frankfurt, Germany"], (), ("example.de",)),
        (["Reuters, Berlin"], (), ("Reuters",)),
        (["jdoe, Reuters"], ("jdoe",), ("Reuters",)),  # a user name before the outlet stays
        (["jdoe"], ("jdoe",), ()),
    ],
    ids=["domain-city-country", "agency-city", "user-then-agency", "user"],
)
def test_metadata_places_after_an_outlet_are_not_people(
    names: list[str], people: tuple[str, ...], orgs: tuple[str, ...]
) -> None:
    got = byline_from_names(names)
    assert got is not None
    assert (got.names, got.organisations) == (people, orgs)


# ---------------------------------------------------------------- signature lines


@pytest.mark.parametrize(
    ("last", "authors"),
    [
        ("<p><b><i>Stefan Wasmer</i></b></p>", ("Stefan Wasmer",)),
        ("<p><strong>Anna-Lena Berg</strong></p>", ("Anna-Lena Berg",)),
        ("<p>Stefan Wasmer</p>", ()),  # not set apart: as often a place or a product
        ("<p><b>Pabst FX Headache Fuzz</b></p>", ()),  # ALL-CAPS part: a product
        ("<p><b>Mehr zum Thema</b></p>", ()),  # lower-case words: a phrase
        ("<p><b>Stefan</b> Wasmer</p>", ()),  # only half in bold
        ("<p><b>Ann Lee 2019</b></p>", ()),
    ],
    ids=["bold-italic", "strong-hyphen", "plain", "product", "phrase", "half", "digits"],
)
def test_signature_line(last: str, authors: tuple[str, ...]) -> None:
    html = f"<html><body><article><h1>Council budget</h1>{_STORY}{last}</article></body></html>"
    art = copydesk.parse(html, _URL)
    assert art.authors == authors
    if authors:
        assert art.provenance["authors"].rule == "heuristic:signature"


def test_signature_line_only_when_nothing_better() -> None:
    html = (
        '<html><body><article><h1>Council budget</h1><p class="byline">By Ann Lee</p>'
        f"{_STORY}<p><b>Stefan Wasmer</b></p></article></body></html>"
    )
    assert copydesk.parse(html, _URL).authors == ("Ann Lee",)


# ---------------------------------------------------------------- markers


def test_markers_sorts_marked_elements_once_per_page() -> None:
    page = Page(
        '<div class="author-bio"><h3>Ann Lee</h3></div>'
        '<p id="byline-top">By Ann Lee</p>'
        '<span class="byline"><a class="fn">jdoe</a></span>'
        '<a class="fn">not an author card</a>'
        '<span class="story-dateline">CAIRO</span>'
        '<img class="author-photo" src="x.jpg">'
        '<p class="authority">x</p>'
    )
    got = markers(page)
    assert [e.tag for e in got.author_box] == ["div"]
    assert [e.get("class") or e.get("id") for e in got.byline] == [
        "author-bio",
        "byline-top",
        "byline",
        "authority",  # "uthor" is a cheap, broad test; the byline rules parse the text
    ]
    assert [e.text for e in got.hcard_name] == ["jdoe"]
    assert [e.text for e in got.dateline] == ["CAIRO"]
    assert markers(page) is got  # memoised on the page


# ---------------------------------------------------------------- labels and builder credits


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Pressemitteilung von Katja Kipping", ("Katja Kipping",)),
        ("Ein Kommentar von Ann Lee", ("Ann Lee",)),
        ("Gastbeitrag von Ann Lee", ("Ann Lee",)),
        ("A column by Ann Lee", ("Ann Lee",)),
        ("Analysis by Bo Park", ("Bo Park",)),
        ("Ursula von der Leyen", ("Ursula von der Leyen",)),  # "von" as a name particle
    ],
    ids=["pressemitteilung", "ein-kommentar", "gastbeitrag", "column", "analysis", "particle"],
)
def test_story_kind_label_before_by(text: str, names: tuple[str, ...]) -> None:
    from copydesk.heuristics.bylinetext import parse_byline

    got = parse_byline(text)
    assert got is not None
    assert got.names == names


@pytest.mark.parametrize(
    ("content", "names"),
    [
        ("Jane Doe - http://janedoe-themes.dev", None),  # the theme author's credit
        ("Acme Web GmbH www.acme-web.de", None),  # the web agency's
        ("Jane Doe - https://www.example-news.com/team/jane", ("Jane Doe",)),  # the site's own
        ("Jane Doe", ("Jane Doe",)),
    ],
    ids=["theme", "agency", "own-site", "plain"],
)
def test_meta_author_signed_with_another_site(content: str, names: tuple[str, ...] | None) -> None:
    html = f'<html><head><meta name="author" content="{content}"></head><body><h1>H</h1></body>'
    found = meta_author(Context(page=Page(html, url=_URL)))
    if names is None:
        assert found is None
    else:
        assert found is not None
        assert found.value.names == names


# ---------------------------------------------------------------- personal sites


@pytest.mark.parametrize(
    ("url", "head", "body", "names"),
    [
        (
            "https://marthakessler.wordpress.com/x",
            "<title>Post | Sprachpunkt</title>",
            '<span class="site-description">Martha Kessler</span>',
            ("Martha Kessler",),
        ),
        (
            "https://marthakessler.wordpress.com/x",
            '<title>Post</title><meta name="application-name" content="Martha Kessler">',
            "",
            ("Martha Kessler",),
        ),
        (
            "https://marthakessler.wordpress.com/x",
            "<title>Post | Martha Kessler's Blog</title>",
            "",
            ("Martha Kessler",),
        ),
        (
            "https://marthakessler.wordpress.com/x",
            "<title>Post | Martha Kessler’ Blog</title>",
            "",
            ("Martha Kessler",),
        ),
        (
            "https://www.example.com/x",
            "<title>Post</title>",
            '<span class="site-description">Martha Kessler</span>',
            None,  # the host does not spell the name
        ),
        (
            "https://marthakessler.wordpress.com/x",
            "<title>Post | Martha Kessler Blogs</title>",
            "",
            None,
        ),
    ],
    ids=[
        "site-description",
        "application-name",
        "possessive",
        "possessive-s",
        "other-host",
        "not-possessive",
    ],
)
def test_personal_site_names_from_the_blog_header(
    url: str, head: str, body: str, names: tuple[str, ...] | None
) -> None:
    from copydesk.heuristics.byline import personal_site

    html = f"<html><head>{head}</head><body>{body}</body></html>"
    found = personal_site(Context(page=Page(html, url=url)))
    assert names == (found.value.names if found is not None else None)


@pytest.mark.parametrize(
    ("content", "names"),
    [
        # The site's whole name, slogan and all: no person in it.
        ("Harbour Agency | Latest News of the Coast | HNA", None),
        # Negative: a person's name beside the site's is still a person.
        ("Jane Doe", ("Jane Doe",)),
    ],
    ids=["site-name-with-slogan", "person"],
)
def test_meta_author_that_is_the_site_name(content: str, names: tuple[str, ...] | None) -> None:
    site = "Harbour Agency | Latest News of the Coast | HNA"
    html = (
        f'<html><head><meta name="author" content="{content}">'
        f'<meta property="og:site_name" content="{site}"></head><body><h1>H</h1></body>'
    )
    ctx = Context(page=Page(html, url=_URL))
    ctx.found["site_name"] = Found(value=site, rule="test")
    found = meta_author(ctx)
    if names is None:
        assert found is None
    else:
        assert found is not None
        assert found.value.names == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Robert E Lee", ("Robert E Lee",)),  # an initial without its dot, not "e" = and
        ("By DAVID A SMITH and ANN LEE", ("David A Smith", "Ann Lee")),
        ("POR ANA SILVA E BRUNO COSTA", ("Ana Silva", "Bruno Costa")),  # all-caps "and"
        ("Por Ana Silva e Bruno Costa", ("Ana Silva", "Bruno Costa")),
        ("José Volta e Pinto", ("José Volta e Pinto",)),  # two surnames joined by "e"
        ("Juan Pérez y María López", ("Juan Pérez", "María López")),
    ],
    ids=["initial-e", "initial-a", "caps-e-and", "pt-e-and", "pt-joined-surname", "es-y-and"],
)
def test_e_and_y_between_names(text: str, names: tuple[str, ...]) -> None:
    got = parse_byline(text)
    assert got is not None
    assert got.names == names


def test_a_lone_capital_word_in_a_sentence_is_no_initial() -> None:
    assert parse_byline("By the way I said") is None


@pytest.mark.parametrize(
    ("text", "people", "orgs"),
    [
        ("ΣΥΝΤΑΚΤΙΚΗ ΟΜΑΔΑ", (), ("ΣΥΝΤΑΚΤΙΚΗ ΟΜΑΔΑ",)),  # el: the editorial team
        ("Редакция", (), ("Редакция",)),  # ru: the editorial desk
        ("Γιώργος Παπαδόπουλος", ("Γιώργος Παπαδόπουλος",), ()),  # a Greek person stays one
    ],
    ids=["el-team", "ru-desk", "el-person"],
)
def test_editorial_desks_in_greek_and_cyrillic(
    text: str, people: tuple[str, ...], orgs: tuple[str, ...]
) -> None:
    got = parse_byline(text)
    assert got is not None
    assert (got.names, got.organisations) == (people, orgs)


def _cms_account_page(sailthru: str) -> str:
    return (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Council budget", "author": {"@type": "Person", "name": "Web Poster"}}'
        '</script><meta itemprop="author" content="Web Poster">'
        f'<meta name="sailthru.author" content="{sailthru}"></head><body>'
        '<h1>Council budget</h1><p class="byline">By <a href="/a/ann-lee">Ann Lee</a></p>'
        + "<p>The council met on Tuesday to discuss the new budget for the town.</p>" * 4
        + "</body></html>"
    )


@pytest.mark.parametrize(
    ("sailthru", "authors"),
    [
        # A meta tag siding with the visible byline outvotes the CMS account elsewhere.
        ("By Ann Lee", ("Ann Lee",)),
        # Negative: with every metadata source naming the account, metadata stands.
        ("Web Poster", ("Web Poster",)),
    ],
    ids=["meta-backs-visible", "metadata-agrees"],
)
def test_visible_byline_backed_by_a_meta_tag_beats_the_cms_account(
    sailthru: str, authors: tuple[str, ...]
) -> None:
    art = copydesk.parse(_cms_account_page(sailthru), _URL, profiles=())
    assert art.authors == authors


# ---------------------------------------------------------------- CMS accounts and team accounts


@pytest.mark.parametrize(
    ("text", "people", "organisations"),
    [
        ("admin", (), ()),
        ("Posted by admin", (), ()),
        ("By Administrator", (), ()),
        ("webmaster", (), ()),
        ("Android Tools Developers", (), ("Android Tools Developers",)),
        # Negative cases: a role after a real name is cut, a surname that starts like the
        # word and a surname that is the word stay.
        ("Jane Doe, Admin", ("Jane Doe",), ()),
        ("By Adminah Smith", ("Adminah Smith",), ()),
        ("By Jane Admin", ("Jane Admin",), ()),
    ],
    ids=[
        "admin",
        "posted-by-admin",
        "administrator",
        "webmaster",
        "team-account",
        "role-after-name",
        "prefix-surname",
        "surname-admin",
    ],
)
def test_cms_and_team_accounts_are_not_people(
    text: str, people: tuple[str, ...], organisations: tuple[str, ...]
) -> None:
    got = parse_byline(text)
    assert (tuple(p.name for p in got.people) if got else ()) == people
    assert (tuple(got.organisations) if got else ()) == organisations


def test_itemprop_team_account_falls_through_to_the_visible_byline() -> None:
    html = (
        "<html><body><article><h1>Smaller app updates</h1>"
        "<p><em>Posted by Ann Lee, Software Engineer</em></p>" + _STORY + '<div class="footer">'
        'Posted by <span itemprop="author">Android Tools Developers</span></div>'
        "</article></body></html>"
    )
    art = copydesk.parse(html, url=_URL, profiles=())
    assert "Android Tools Developers" not in art.authors


@pytest.mark.parametrize(
    ("author", "people"),
    [
        # The whole "Name | Slogan" declaration as the meta author: the site, not people.
        ("Harbour Times | Anna Berg Kai Lund", ()),
        # Negative case: a real author beside the same declaration.
        ("Ann Lee", ("Ann Lee",)),
    ],
    ids=["site-declaration", "real-author"],
)
def test_meta_author_repeating_the_site_declaration_is_not_people(
    author: str, people: tuple[str, ...]
) -> None:
    html = (
        '<html><head><meta property="og:site_name" content="Harbour Times | Anna Berg Kai'
        f' Lund"><meta name="author" content="{author}"></head><body><article>'
        "<h1>Council budget</h1>" + _STORY + "</article></body></html>"
    )
    art = copydesk.parse(html, url="https://www.harbourtimes.example/a/1", profiles=())
    assert art.site_name == "Harbour Times"
    assert (tuple(p.name for p in art.byline.people) if art.byline else ()) == people


# ---------------------------------------------------------------- phrases after "By"


@pytest.mark.parametrize(
    "text",
    [
        "By Request",
        "By Popular Demand",
        "By Design",
        "By Default",
        "By Appointment",
        "By Invitation Only",
        "By Land and Sea",
        "Sort by Relevance",
        "Von Hand",
        "Par défaut",
        "Por Ejemplo",
    ],
)
def test_a_phrase_of_common_words_is_no_byline(text: str) -> None:
    assert parse_byline(text) is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("By Will Rich", ("Will Rich",)),
        ("By Faith Hope", ("Faith Hope",)),
        ("By Rose May", ("Rose May",)),
        ("By Mark Hill", ("Mark Hill",)),
        ("By Grant Wood and Dawn French", ("Grant Wood", "Dawn French")),
        ("By Summer Hand", ("Summer Hand",)),  # one word a common one, the other a name
        ("Von Anna Morgen", ("Anna Morgen",)),
    ],
)
def test_names_that_are_also_words_still_pass(text: str, names: tuple[str, ...]) -> None:
    got = parse_byline(text)
    assert got is not None
    assert tuple(p.name for p in got.people) == names


def test_a_phrase_after_by_falls_through_to_the_real_byline() -> None:
    html = (
        "<html><body><article><h1>Council approves the new harbour bridge</h1>"
        '<p class="byline">By Popular Demand</p>'
        '<div class="author">Jane Roe</div>'
        f"{_STORY}</article></body></html>"
    )
    art = copydesk.parse(html, url=_URL)
    assert art.byline is not None
    assert [p.name for p in art.byline.people] == ["Jane Roe"]
