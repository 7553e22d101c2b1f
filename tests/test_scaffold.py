"""``copydesk profiles new``: drafting a profile from one page.

The acceptance bar: the draft passes ``profiles check``, uses stable selectors only, and
parsing the page with it reproduces what the heuristics found (title, authors, published,
paragraphs) — on a page written here and on real corpus pages of outlets without a profile.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import lxml.html
import pytest

import copydesk
from copydesk.cli import main
from copydesk.model import Article
from copydesk.page import Page
from copydesk.profile_files import load_profile_file
from copydesk.registry import Registry
from copydesk.scaffold import draft_profile, profile_name
from copydesk.scaffold_find import Finder
from copydesk.stable_selectors import (
    content_words,
    own_selectors,
    presentational,
    spells_content,
    stable_id,
    stable_name,
)
from tests import corpus

URL = "https://www.harbourgazette.example/news/2024/12/04/ferry-strike/"

# A page in the style of a React news site: hashed CSS-in-JS class names everywhere, a
# record-number id, and stable hooks (itemprop, data-testid, semantic classes) beside them.
PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Ferry crews walk out over rosters | Harbour Gazette</title>
<meta property="og:title" content="Ferry crews walk out over rosters">
<meta property="article:section" content="Local News">
<link rel="canonical" href="https://www.harbourgazette.example/news/2024/12/04/ferry-strike/">
</head><body>
<div id="__next"><div class="css-1x2y3z">
<header class="sc-bdVaJa kQwErT"><a href="/">Harbour Gazette</a>
 <nav class="css-9q8w7e"><a href="/news/">News</a> <a href="/sport/">Sport</a></nav></header>
<main class="css-4r5t6y">
<article id="story-1932754" class="css-0a1b2c">
 <nav class="breadcrumbs css-abc123" aria-label="Breadcrumb"><a href="/">Home</a>
  <a href="/news/">Local News</a></nav>
 <h1 class="css-h1x9z8 sc-kEYyzF" data-testid="headline">Ferry crews walk out over rosters</h1>
 <div class="ArticleMeta_meta__3xYz1">
  <span class="byline css-77hh2j">By Mere Tūhoe and Sam Patel</span>
  <time class="css-p0o9i8" datetime="2024-12-04T07:15:00+13:00">4 December 2024</time>
 </div>
 <div class="css-m1n2b3">
  <div itemprop="articleBody" class="StoryBody_body__a1B2c css-z9y8x7">
   <p class="css-q1w2e3">WELLINGTON — Ferry crews walked off the job on Wednesday morning,
   stranding hundreds of commuters on both sides of the harbour as talks over new rosters
   broke down for a second week.</p>
   <p class="css-q1w2e3">The union said its members had been asked to work split shifts of up
   to fourteen hours, a change the operator says is needed to keep the timetable running
   through the summer.</p>
   <div class="css-ad0001"><span>Advertisement</span></div>
   <p class="css-q1w2e3">“Nobody wants to let passengers down,” the union's organiser said at
   the terminal, where a handful of buses had been laid on for stranded travellers.</p>
   <p class="css-q1w2e3">The operator said it would meet the union again on Friday and expected
   normal sailings to resume by the weekend if agreement could be reached.</p>
  </div>
 </div>
</article></main>
<footer class="css-f00t3r"><p>© 2024 Harbour Gazette</p></footer>
</div></div></body></html>
"""

HASHED = re.compile(r"\b(?:css|sc)-\w+|__[A-Za-z0-9]{5}|story-1932754|nth-")


def _fields(art: Article) -> tuple[object, ...]:
    return art.title, art.authors, art.published, art.paragraphs


@pytest.fixture(scope="module")
def draft_text(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("draft") / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    return path.as_posix()


def test_draft_uses_stable_selectors_only() -> None:
    draft = draft_profile(PAGE, URL, domain="harbourgazette.example")
    p = draft.profile
    assert p.name == "harbourgazette"
    assert p.domains == ("harbourgazette.example",)
    assert p.title[0].css == 'h1[data-testid="headline"]'
    assert p.byline[0].css == "span.byline"
    assert (p.published[0].css, p.published[0].attr) == ("article time", "datetime")
    assert p.section[0].css == 'meta[property="article:section"]'
    assert p.body[0].css == 'div[itemprop="articleBody"]'
    for field in ("title", "byline", "authors", "section", "body"):
        for sel in p.selectors(field):
            assert not HASHED.search(sel.label), (field, sel.label)


def test_draft_avoids_hashed_class_for_published() -> None:
    p = draft_profile(PAGE, URL, domain="harbourgazette.example").profile
    (sel,) = p.published
    assert sel.attr == "datetime"
    assert not re.search(r"\b(?:css|sc)-\w+", sel.label)
    assert "__3xYz1" not in sel.label


def test_draft_reproduces_the_heuristics() -> None:
    draft = draft_profile(PAGE, URL, domain="harbourgazette.example")
    base = copydesk.parse(PAGE, URL, profiles=())
    assert base.authors == ("Mere Tūhoe", "Sam Patel")  # the page is a fair test
    assert len(base.paragraphs) == 4
    got = copydesk.parse(PAGE, URL, profiles=[draft.profile])
    assert _fields(got) == _fields(base)
    assert got.section == base.section
    for field in ("title", "paragraphs"):
        assert got.provenance[field].rule.startswith("profile:harbourgazette:")


def test_draft_source_defines_the_same_profile(tmp_path: Path) -> None:
    draft = draft_profile(PAGE, URL, domain="harbourgazette.example")
    path = tmp_path / "harbourgazette.py"
    path.write_text(draft.source, encoding="utf-8")
    (loaded,) = load_profile_file(path)
    assert loaded.to_mapping() == draft.profile.to_mapping()


def test_cli_new_then_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "ferry.html"
    page.write_text(PAGE, encoding="utf-8")
    out = tmp_path / "harbour.py"
    assert (
        main(
            [
                "profiles",
                "new",
                "harbourgazette.example",
                str(page),
                "--url",
                URL,
                "--name",
                "harbour",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    err = capsys.readouterr().err
    assert f"wrote {out}" in err
    assert "title: h1[data-testid=" in err
    assert main(["profiles", "check", "--no-fixtures", str(out)]) == 0
    assert ": ok (1 profile(s): harbour" in capsys.readouterr().out
    (profile,) = load_profile_file(out)
    got = copydesk.parse(PAGE, URL, profiles=[profile])
    assert _fields(got) == _fields(copydesk.parse(PAGE, URL, profiles=()))


def test_cli_new_to_stdout_and_refuses_to_overwrite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "ferry.html"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["profiles", "new", "harbourgazette.example", str(page)]) == 0
    out = capsys.readouterr().out
    assert "PROFILE = Profile(" in out
    assert "name='harbourgazette'" in out
    existing = tmp_path / "exists.py"
    existing.write_text("keep me", encoding="utf-8")
    assert main(["profiles", "new", "x.example", str(page), "-o", str(existing)]) == 2
    assert existing.read_text(encoding="utf-8") == "keep me"
    assert main(["profiles", "new", "x.example", str(tmp_path / "absent.html")]) == 2
    not_html = tmp_path / "notes.txt"
    not_html.write_text("just a line of text, no markup", encoding="utf-8")
    assert main(["profiles", "new", "x.example", str(not_html)]) == 1
    with pytest.raises(SystemExit) as usage:  # argparse: the page is missing
        main(["profiles", "new", str(page)])
    assert usage.value.code == 2


def _jsonld_authors(*names: str) -> str:
    """PAGE without its visible byline, the authors only in JSON-LD."""
    html = PAGE.replace('<span class="byline css-77hh2j">By Mere Tūhoe and Sam Patel</span>', "")
    people = ", ".join(f'{{"@type": "Person", "name": "{n}"}}' for n in names)
    return html.replace(
        "</head>",
        '<script type="application/ld+json">{"@type": "NewsArticle",'
        f' "author": [{people}]}}</script></head>',
    )


def test_draft_reads_a_jsonld_author_with_xpath() -> None:
    html = _jsonld_authors("Ana Lee")
    draft = draft_profile(html, URL, domain="harbourgazette.example")
    (sel,) = draft.profile.byline
    assert sel.xpath == "//script[@type='application/ld+json']/text()"
    got = copydesk.parse(html, URL, profiles=[draft.profile])
    assert got.authors == ("Ana Lee",)
    assert got.provenance["authors"].rule == "profile:harbourgazette:byline[0]"


def test_draft_skips_fields_it_cannot_reproduce() -> None:
    # Two authors only in JSON-LD: no element holds them, and the JSON-LD selector reads
    # one name only, so it fails the check and no byline selector is proposed.
    html = _jsonld_authors("Ana Lee", "Tom Kerr")
    assert copydesk.parse(html, URL, profiles=()).authors == ("Ana Lee", "Tom Kerr")
    draft = draft_profile(html, URL, domain="harbourgazette.example")
    assert not draft.profile.byline
    assert not draft.profile.authors
    assert "byline: not drafted (no selector reproduced the heuristics' value)" in draft.notes
    got = copydesk.parse(html, URL, profiles=[draft.profile])
    assert _fields(got) == _fields(copydesk.parse(html, URL, profiles=()))


def test_draft_trims_site_name_from_metadata_title() -> None:
    # No element holds the bare headline: only og:title with the site's name appended.
    html = PAGE.replace(
        '<meta property="og:title" content="Ferry crews walk out over rosters">',
        '<meta property="og:title" content="Ferry crews walk out over rosters | Harbour Gazette">',
    )
    html = re.sub(r"<h1.*?</h1>", "", html, flags=re.DOTALL)
    base = copydesk.parse(html, URL, profiles=())
    assert base.title == "Ferry crews walk out over rosters"
    draft = draft_profile(html, URL, domain="harbourgazette.example")
    (sel, *_) = draft.profile.title
    assert (sel.css, sel.attr) == ('meta[property="og:title"]', "content")
    assert sel.transforms == ("strip_suffix: | Harbour Gazette",)
    assert copydesk.parse(html, URL, profiles=[draft.profile]).title == base.title


STANDFIRST_PAGE = """<html><head><title>Council approves harbour plan | Gazette</title></head>
<body><div class="page"><header class="story-header">
<h1 class="headline">Council approves harbour plan</h1>
<p class="standfirst">The vote ends two years of argument over the waterfront and clears the
way for building work next spring.</p></header>
<section class="story-body">
<p>The city council voted nine to four on Tuesday night to approve the harbour redevelopment
plan, after a debate that ran past midnight.</p>
<p>Supporters said the plan would bring jobs and housing to a part of the city that has been
neglected for decades, while opponents warned of traffic.</p>
<p>Construction of the first phase, a public promenade along the old wharves, is expected to
begin in March and take about eighteen months.</p>
</section></div></body></html>"""


def test_body_candidates_name_a_standfirst_outside_the_container() -> None:
    from copydesk.engine import extract
    from copydesk.scaffold_find import Finder

    url = "https://gazette.example/news/harbour-plan"
    page = Page(STANDFIRST_PAGE, url)
    base = extract(page, ())
    assert base.paragraphs[0].startswith("The vote ends")  # the rules kept the standfirst
    labels = [s.label for s in Finder(page.root).body(base)]
    assert "p.standfirst, section.story-body" in labels
    both = copydesk.Profile(
        name="g", domains=("gazette.example",), body=("p.standfirst, section.story-body",)
    )
    assert copydesk.parse(STANDFIRST_PAGE, url, profiles=[both]).paragraphs == base.paragraphs


@pytest.mark.parametrize(
    ("given", "domain"),
    [
        ("harbourgazette.example", "harbourgazette.example"),
        ("https://www.harbourgazette.example/", "harbourgazette.example"),
        ("HarbourGazette.example/News/", "harbourgazette.example/news"),
        (None, "harbourgazette.example"),  # from the URL
    ],
)
def test_draft_domain_forms(given: str | None, domain: str) -> None:
    assert draft_profile(PAGE, URL, domain=given).profile.domains == (domain,)


def test_more_pages_prefer_selectors_that_generalise(tmp_path: Path) -> None:
    h1 = 'class="css-h1x9z8 sc-kEYyzF" data-testid="headline"'
    both = PAGE.replace(h1, 'class="headline css-h1x9z8 sc-kEYyzF" data-testid="headline"')
    # Another story of the outlet, from an older template without the data-testid hook.
    other = PAGE.replace(h1, 'class="headline"').replace(
        "Ferry crews walk out over rosters", "Harbour pilots vote on new contract"
    )
    alone = draft_profile(both, URL, domain="harbourgazette.example")
    assert alone.profile.title[0].css == 'h1[data-testid="headline"]'
    draft = draft_profile(both, URL, domain="harbourgazette.example", more_pages=[(other, None)])
    assert draft.profile.title[0].css == "h1.headline"
    assert "title: h1.headline (as the heuristics on 1 of 1 other pages with one)" in draft.notes
    # From the command line: extra pages after the first.
    first, second = tmp_path / "a.html", tmp_path / "b.html"
    first.write_text(both, encoding="utf-8")
    second.write_text(other, encoding="utf-8")
    out = tmp_path / "draft.py"
    argv = ["profiles", "new", "harbourgazette.example", str(first), str(second), "-o", str(out)]
    assert main(argv) == 0
    (profile,) = load_profile_file(out)
    assert profile.title[0].css == "h1.headline"


def test_a_selector_matching_nothing_does_not_count_as_reproducing() -> None:
    from copydesk.scaffold_verify import reproduces

    base = copydesk.parse(PAGE, URL, profiles=())
    dud = copydesk.Profile(name="dud", domains=("harbourgazette.example",), title=("h1.gone",))
    got = copydesk.parse(PAGE, URL, profiles=[dud])
    assert got.title == base.title  # the generic rules stepped in ...
    assert not reproduces("title", base, got)  # ... which is not the selector working
    real = copydesk.Profile(name="real", domains=("harbourgazette.example",), title=("h1",))
    assert reproduces("title", base, copydesk.parse(PAGE, URL, profiles=[real]))


def test_draft_needs_a_domain() -> None:
    with pytest.raises(ValueError, match="domain"):
        draft_profile("<html><body><h1>x</h1><p>" + "Words. " * 40 + "</p></body></html>")


@pytest.mark.parametrize(
    ("name", "stable"),
    [
        ("byline", True),
        ("article-body", True),
        ("entry_title", True),
        ("col-md-8", True),
        ("h1", True),
        ("css-1x2y3z", False),
        ("css-0", False),
        ("sc-bdVaJa", False),
        ("jsx-2948583", False),
        ("emotion-12", False),
        ("Title_title__3xYz1", False),
        ("StoryBody_body__a1B2c", False),
        ("styles-module--headline--2Xb9Q", False),
        ("a1b2c3d4e5", False),
        ("x" * 41, False),
        ("has:colon", False),
        ("et_pb_text_0_tb_header", False),
        ("headline--1", False),
        ("tdi_93", False),
        ("content1", True),
        ("n", False),  # minified
        ("hR", False),
        ("db", True),  # a utility class: stable, and ranked as styling
    ],
)
def test_stable_class_names(name: str, stable: bool) -> None:
    assert stable_name(name) is stable


@pytest.mark.parametrize(
    ("value", "stable"),
    [
        ("main-content", True),
        ("firstHeading", True),
        ("post-1932754", False),
        ("article_87a3f9c2d1", False),
        ("__next", True),
        ("menu-item-13", False),
        ("p7", False),
        ("imgModal1", False),
    ],
)
def test_stable_ids(value: str, stable: bool) -> None:
    assert stable_id(value) is stable


def test_own_selectors_order() -> None:
    el = lxml.html.fragment_fromstring(
        '<span class="css-77hh2j meta byline" data-testid="author-line" id="story-12345" '
        'data-reactid="7">x</span>'
    )
    assert own_selectors(el, "byline") == [
        'span[data-testid="author-line"]',
        "span.byline",
        "span.meta",
        "span.byline.meta",
        "span",
    ]


@pytest.mark.parametrize(
    ("domain", "name"),
    [
        ("columbian.com", "columbian"),
        ("www.columbian.com", "columbian"),
        ("news.bbc.co.uk", "bbc"),
        ("dailyplanet.example/sports", "dailyplanet"),
        ("spiegel.de", "spiegel"),
        ("my-news.example", "my_news"),
        ("localhost", "localhost"),
    ],
)
def test_profile_name(domain: str, name: str) -> None:
    assert profile_name(domain) == name


# ---------------------------------------------------------------- corpus acceptance

CORPUS = corpus.CORPUS
#: Corpus pages drafted per run: enough outlets to mean something, few enough to be quick.
CORPUS_PAGES = 8


def _unprofiled_pages() -> list[tuple[Path, str]]:
    builtin = Registry.builtin()
    seen: set[str] = set()
    out = []
    for dataset in ("scrapinghub", "readability"):
        for meta in sorted((CORPUS / dataset).glob("*.json")):
            data = json.loads(meta.read_text(encoding="utf-8"))
            html_path = meta.with_suffix(".html")
            page = Page(html_path.read_bytes(), data.get("url"))
            if not page.url or not page.domain or builtin.match(page.url):
                continue
            if page.domain in seen or len(html_path.read_bytes()) > 400_000:
                continue  # one page per outlet; skip the heaviest pages to stay quick
            seen.add(page.domain)
            out.append((html_path, page.url))
            if len(out) >= CORPUS_PAGES:
                return out
    return out


@pytest.mark.corpus
def test_scaffold_on_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not found at {CORPUS}")  # the harness is not needed here
    pages = _unprofiled_pages()
    assert len(pages) >= CORPUS_PAGES // 2
    drafted_core = 0
    for html_path, url in pages:
        out = tmp_path / f"{html_path.stem[:20]}.py"
        domain = Page(html_path.read_bytes(), url).domain or ""
        assert main(["profiles", "new", domain, str(html_path), "--url", url, "-o", str(out)]) == 0
        assert main(["profiles", "check", "--no-fixtures", str(out)]) == 0, out.read_text()
        (profile,) = load_profile_file(out)
        text = out.read_text(encoding="utf-8")
        assert not re.search(r"nth-|\b(?:css|sc|jsx)-[A-Za-z0-9]", text), text
        html = html_path.read_bytes()
        base = copydesk.parse(html, url, profiles=())
        got = copydesk.parse(html, url, profiles=[profile])
        assert _fields(got) == _fields(base), f"{html_path.name}: draft changed the result"
        drafted_core += bool(profile.title) and bool(profile.body)
    capsys.readouterr()
    # A draft that proposes nothing reproduces trivially: most pages must get real selectors.
    assert drafted_core >= 0.75 * len(pages)


# ---------------------------------------------------------------- drop proposals

DROP_URL = "https://www.tidewater.example/news/2024/05/02/dredging/"
# A story container holding, besides the story, a share bar, a newsletter box, an ad slot
# and a related list; and one story paragraph whose class says "share" (it must stay).
DROP_PAGE = """<!DOCTYPE html><html lang="en"><head>
<title>Channel dredging to start in June | Tidewater Times</title></head><body>
<header class="site-header"><a href="/">Tidewater Times</a></header>
<article class="story">
<h1 class="headline">Channel dredging to start in June</h1>
<p class="byline">By Ruth Okafor</p>
<time class="published" datetime="2024-05-02T08:00:00-04:00">May 2, 2024</time>
<div class="story-body">
 <div class="share-bar"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
 <p>Work to deepen the shipping channel will begin in June, the port authority said on
 Thursday, after two years of permits and a lawsuit from fishing groups.</p>
 <p class="share-story-text">The dredging will remove about 400,000 cubic yards of silt,
 enough to let larger container ships reach the upriver terminals at any tide.</p>
 <aside class="newsletter-box"><h3>Get the Morning Tide</h3><p>Sign up for our free
 newsletter and get the day's top stories in your inbox.</p></aside>
 <p>Fishing groups said they would watch the work closely and had asked for monitoring of
 the oyster beds downstream of the channel.</p>
 <div class="ad-slot" data-slot-name="inarticle"></div>
 <p>The port expects the project to finish before the hurricane season peaks in
 September.</p>
 <div class="related-stories"><h4>Related</h4><ul>
  <li><a href="/a">Port budget approved for next year</a></li>
  <li><a href="/b">Oyster harvest falls again in the bay</a></li></ul></div>
</div></article></body></html>"""


def test_draft_proposes_drops_for_boxes_in_the_story() -> None:
    draft = draft_profile(DROP_PAGE, DROP_URL)
    base = copydesk.parse(DROP_PAGE, DROP_URL, profiles=())
    assert len(base.paragraphs) == 4  # the page is a fair test: the boxes are left out
    assert draft.profile.body[0].css == "div.story-body"
    seen = {d.css: d.seen for d in draft.drops}
    assert seen == {
        "div.share-bar": "share bar",
        "aside.newsletter-box": "newsletter appeal",
        "div.ad-slot": "ad slot",
        "div.related-stories": "related stories",
    }
    assert draft.profile.drop == tuple(seen)
    assert not any("share-story-text" in css for css in draft.profile.drop)
    got = copydesk.parse(DROP_PAGE, DROP_URL, profiles=[draft.profile])
    assert _fields(got) == _fields(base)
    assert "drop: div.share-bar (share bar)" in draft.notes


def test_drops_are_written_with_what_was_seen(tmp_path: Path) -> None:
    draft = draft_profile(DROP_PAGE, DROP_URL)
    assert "        'div.share-bar',  # share bar: \"Facebook X Email\"\n" in draft.source
    assert "'aside.newsletter-box',  # newsletter appeal: \"Get the Morning Tide" in draft.source
    assert "        'div.ad-slot',  # ad slot\n" in draft.source
    path = tmp_path / "tidewater.py"
    path.write_text(draft.source, encoding="utf-8")
    assert main(["profiles", "check", "--no-fixtures", str(path)]) == 0
    (loaded,) = load_profile_file(path)
    assert loaded.to_mapping() == draft.profile.to_mapping()


NEWSLETTER_MODULE = (
    '<div class="callout"><p>Sign up for our newsletter: the week in the port, every'
    " Friday.</p></div>"
)


def test_a_drop_that_would_hit_story_text_elsewhere_is_not_proposed() -> None:
    # The newsletter box is named only by a neutral class, which another page of the outlet
    # puts around a story paragraph: the selector would cut that, so it is not proposed.
    page = DROP_PAGE.replace(
        '<div class="ad-slot" data-slot-name="inarticle"></div>', NEWSLETTER_MODULE
    )
    other = DROP_PAGE.replace(
        "<p>Fishing groups said", '<div class="callout"><p>Fishing groups said'
    ).replace("downstream of\n the channel.</p>", "downstream of\n the channel.</p></div>")
    other = other.replace("Channel dredging to start", "Oyster beds to be monitored")
    assert "Fishing groups said" in " ".join(copydesk.parse(other, None, profiles=()).paragraphs)
    alone = draft_profile(page, DROP_URL)
    assert "div.callout" in alone.profile.drop
    draft = draft_profile(page, DROP_URL, more_pages=[(other, None)])
    assert "div.callout" not in draft.profile.drop
    assert "aside.newsletter-box" in draft.profile.drop
    assert "drop: aside.newsletter-box (newsletter appeal) (matched on 1 of 1 other pages)" in (
        draft.notes
    )


@pytest.mark.parametrize(
    ("box", "drop", "seen"),
    [
        pytest.param(
            NEWSLETTER_MODULE,
            "div.callout",
            "newsletter appeal",
            id="worded-newsletter-plain-class",
        ),
        pytest.param(
            '<div data-component="donate-ask"><a href="/give">Give to the Times</a></div>',
            'div[data-component="donate-ask"]',
            "donation appeal",
            id="data-attribute",
        ),
        pytest.param(  # the heuristics kept its text: a drop never overrules them
            '<div data-component="donate-ask"><p>Support local journalism: donate today.</p></div>',
            None,
            None,
            id="appeal-the-heuristics-kept",
        ),
        pytest.param(
            '<div class="box read-more"><a href="/c">Read more: the bay in numbers</a></div>',
            "div.read-more",
            "'Read more' teaser",
            id="read-more",
        ),
        pytest.param(
            '<div class="inline-promo"><a href="/app">Get the Tidewater app</a></div>',
            "div.inline-promo",
            "embedded promo",
            id="promo",
        ),
        pytest.param(
            '<div class="social-embed"><blockquote>Big day for the port!</blockquote></div>',
            None,
            None,
            id="embedded-post-is-not-a-share-bar",
        ),
        pytest.param(
            '<div class="FL"><p>Advertisement</p></div>',
            None,
            None,
            id="worded-but-only-a-layout-shorthand-names-it",
        ),
        pytest.param(
            '<div class="factbox"><p>The channel is 12 miles long and 40 feet deep.</p></div>',
            None,
            None,
            id="unnamed-unworded-box",
        ),
    ],
)
def test_drop_kinds(box: str, drop: str | None, seen: str | None) -> None:
    html = DROP_PAGE.replace('<div class="ad-slot" data-slot-name="inarticle"></div>', box)
    draft = draft_profile(html, DROP_URL)
    found = {d.css: d.seen for d in draft.drops}
    base = copydesk.parse(html, DROP_URL, profiles=())
    if drop is None:
        assert set(found) == {"div.share-bar", "aside.newsletter-box", "div.related-stories"}
    else:
        assert found.get(drop) == seen, found
    assert _fields(copydesk.parse(html, DROP_URL, profiles=[draft.profile])) == _fields(base)


def test_no_drops_without_a_drafted_body() -> None:
    html = "<html><body><h1>Short</h1><div class='share-bar'>Share</div></body></html>"
    draft = draft_profile(html, "https://tiny.example/a")
    assert not draft.profile.body
    assert draft.profile.drop == ()


# ---------------------------------------------------------------- selector choice on real shapes

SHAPE_URL = "https://www.harbourgazette.example/news/2024/12/04/ferry-strike/"
SHAPE_STORY = """<div class="story-body"><p>WELLINGTON — Ferry crews walked off the job on
 Wednesday morning, stranding hundreds of commuters on both sides of the harbour as talks
 over new rosters broke down for a second week.</p>
 <p>The union said its members had been asked to work split shifts of up to fourteen hours,
 a change the operator says is needed to keep the timetable running through the summer.</p>
 <p>The operator said it would meet the union again on Friday and expected normal sailings
 to resume by the weekend if agreement could be reached.</p></div>"""


def _shape(*, head: str = "", top: str = "", meta: str = "", h1: str = "") -> str:
    """A small article page with a site menu that names the outlet; pieces slot in."""
    heading = h1 or '<h1 class="headline">Ferry crews walk out over rosters</h1>'
    return (
        "<!DOCTYPE html><html lang='en'><head><title>Ferry crews walk out | Harbour Gazette"
        f"</title>{head}</head><body><nav class='site-menu'><div class='menu-title'>Harbour"
        f" Gazette</div><a href='/news/'>News</a></nav>{top}<article>{heading}{meta}"
        f"{SHAPE_STORY}</article><footer><p>Harbour Gazette, 1 Quay St</p></footer></body></html>"
    )


def _draft_and_check(html: str) -> tuple[copydesk.Profile, Article, Article]:
    draft = draft_profile(html, SHAPE_URL, domain="harbourgazette.example")
    base = copydesk.parse(html, SHAPE_URL, profiles=())
    got = copydesk.parse(html, SHAPE_URL, profiles=[draft.profile])
    return draft.profile, base, got


def test_a_class_spelling_the_author_is_not_a_selector() -> None:
    # nypost-style: the author link's class is the author's slug; on the next story, by
    # someone else, "a.ann-lee" matches nothing.
    html = _shape(
        head='<script type="application/ld+json">{"@type": "NewsArticle",'
        ' "author": ["Ann Lee"]}</script>',
        meta='<div id="author-byline"><p class="byline">By <a class="ann-lee" '
        'href="/author/ann-lee/"><span>Ann Lee</span></a></p></div>',
    )
    profile, base, got = _draft_and_check(html)
    (sel,) = profile.byline
    assert "ann-lee" not in sel.label
    assert sel.css == "p.byline span"
    assert got.byline == base.byline


def test_a_name_in_the_site_menu_is_not_the_byline() -> None:
    # The JSON-LD credits the outlet itself; its name also heads the site menu, which is no
    # byline: the draft reads the JSON-LD instead.
    html = _shape(
        head='<script type="application/ld+json">{"@type": "NewsArticle", "author":'
        ' {"@type": "Organization", "name": "Harbour Gazette"}}</script>'
    )
    profile, base, got = _draft_and_check(html)
    assert base.authors == ("Harbour Gazette",)
    (sel,) = profile.byline
    assert sel.xpath is not None
    assert "menu" not in sel.label
    assert got.byline == base.byline


def test_a_byline_candidate_keeping_the_raw_line_is_preferred() -> None:
    # The byline box also holds the date: same authors, but a raw line (and credit) with
    # "Published ..." glued on. The JSON-LD gives the heuristics' exact byline.
    html = _shape(
        head='<script type="application/ld+json">{"@type": "NewsArticle", "author":'
        ' {"@type": "Organization", "name": "The Associated Press"}}</script>',
        meta='<div class="s-data">The Associated Press<br><span class="date">Published'
        " Wednesday, December 4, 2024 7:15AM</span></div>",
    )
    profile, base, got = _draft_and_check(html)
    assert profile.byline[0].xpath is not None
    assert got.byline == base.byline
    assert got.credit == base.credit


def test_a_date_with_another_offset_does_not_reproduce() -> None:
    # Same instant, other offset: the meta tag says 12:15 UTC, the JSON-LD (which the
    # heuristics read) 07:15-05:00. Only the JSON-LD reproduces what the page's rules said.
    html = _shape(
        head='<meta property="article:published_time" content="2024-12-04T12:15:00+00:00">'
        '<script type="application/ld+json">{"@type": "NewsArticle",'
        ' "datePublished": "2024-12-04T07:15:00-05:00"}</script>'
    )
    profile, base, got = _draft_and_check(html)
    assert base.published is not None
    assert got.published is not None
    assert got.published.isoformat() == base.published.isoformat() == "2024-12-04T07:15:00-05:00"
    assert profile.published[0].xpath is not None


def test_an_anchor_named_for_its_role_beats_a_styling_class() -> None:
    # Two h1s; the headline's own classes are atomic CSS (font size, line height).
    html = _shape(
        top='<aside class="promo"><h1 class="f3">Subscribe today</h1></aside>',
        h1='<header class="story-header"><h1 class="f2 lh-title">Ferry crews walk out over'
        " rosters</h1></header>",
    )
    profile, base, got = _draft_and_check(html)
    assert profile.title[0].css == "header.story-header h1"
    assert got.title == base.title == "Ferry crews walk out over rosters"


@pytest.mark.parametrize(
    ("name", "content", "spelled"),
    [
        ("ann-lee", "Ann Lee", True),
        ("authorAnnLee", "By Ann Lee", True),
        ("author-ann-lee", "Ann Lee", True),
        ("menu-politics", "Politics", True),
        ("author", "Ann Lee", False),
        ("byline-name", "Name Withheld", False),
        ("ann-lee", "", False),
        ("story-politics", "Sport", False),
    ],
)
def test_spells_content(name: str, content: str, spelled: bool) -> None:
    assert spells_content(name, content_words(content)) is spelled


@pytest.mark.parametrize(
    ("name", "styling"),
    [
        ("f3", True),
        ("db", True),
        ("near-black", True),
        ("pa3", True),
        ("color-blue", True),
        ("sans-serif", True),
        ("bold", True),
        ("font-weight-bold", True),
        ("byline", False),
        ("dateline", False),
        ("headline", False),
        ("tag", False),
        ("trending", False),
        ("bolder-news", False),
    ],
)
def test_presentational_classes(name: str, styling: bool) -> None:
    assert presentational(name) is styling


def test_a_section_name_in_a_plain_menu_is_not_a_section_selector() -> None:
    # The section (from metadata) is also one item of the site menu: that item is no
    # section selector (on the next story it still says "Business"). In the breadcrumb, it is.
    menu = (
        '<ul class="site-nav"><li class="menu-item-has-children"><a href="/business/">Business'
        '</a></li><li><a href="/sport/">Sport</a></li></ul>'
    )
    head = '<meta property="article:section" content="Business">'
    base = copydesk.parse(_shape(head=head, top=menu), SHAPE_URL, profiles=())
    assert base.section == "Business"
    finder = Finder(lxml.html.document_fromstring(_shape(top=menu)))
    assert finder.section(base, Page(_shape(top=menu), SHAPE_URL)) == []
    crumbs = '<nav class="breadcrumbs"><a href="/">Home</a> <a href="/business/">Business</a></nav>'
    finder = Finder(lxml.html.document_fromstring(_shape(top=menu + crumbs)))
    labels = [s.label for s in finder.section(base, Page(_shape(top=menu + crumbs), SHAPE_URL))]
    assert labels
    assert all("breadcrumbs" in label for label in labels)


@pytest.mark.parametrize(
    ("draft_raw", "exact"),
    [
        ("By Ann Lee", True),
        ("Posted by Ann Lee", True),
        ("Por Ann Lee", True),
        ("Ann Lee Published Monday, December 2, 2024", False),
    ],
)
def test_a_byline_differing_only_by_its_by_word_is_exact(draft_raw: str, exact: bool) -> None:
    from copydesk.scaffold_verify import exact as is_exact

    def page(raw: str) -> str:
        return _shape(meta=f'<p class="byline">{raw}</p>')

    base = copydesk.parse(page("Ann Lee"), SHAPE_URL, profiles=())
    got = copydesk.parse(page(draft_raw), SHAPE_URL, profiles=())
    assert base.authors == got.authors == ("Ann Lee",)
    assert is_exact("byline", base, got) is exact
