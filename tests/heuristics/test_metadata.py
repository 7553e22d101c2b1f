"""Site name, language and description rules, on snippets written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from copydesk.heuristics.metadata import (
    DESCRIPTION_RULES,
    LANGUAGE_RULES,
    SITE_NAME_RULES,
    normalize_language,
)
from copydesk.page import Page
from copydesk.rules import Context, Found, Rule


def _first(rules: tuple[Rule, ...], head: str = "", html_attrs: str = "") -> Found[Any] | None:
    page = Page(f"<html {html_attrs}><head>{head}</head><body><p>x</p></body></html>")
    ctx = Context(page=page)
    for rule in rules:
        got = rule(ctx)
        if got is not None:
            return got
    return None


@pytest.mark.parametrize(
    ("head", "value", "rule"),
    [
        (
            '<meta property="og:site_name" content="The Harbour Times">',
            "The Harbour Times",
            "meta:og:site_name",
        ),
        (
            '<meta name="application-name" content="Harbour Times">',
            "Harbour Times",
            "meta:application-name",
        ),
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            '"publisher": {"@type": "Organization", "name": "Harbour Times"}}</script>',
            "Harbour Times",
            "jsonld:publisher.name",
        ),
        (
            '<script type="application/ld+json">{"@type": "WebSite", "name": "Harbour Times"}'
            "</script>",
            "Harbour Times",
            "jsonld:publisher.name",
        ),
    ],
)
def test_site_name(head: str, value: str, rule: str) -> None:
    got = _first(SITE_NAME_RULES, head)
    assert got is not None
    assert (got.value, got.rule) == (value, rule)


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="og:site_name" content="https://harbourtimes.example">',
        '<meta property="og:site_name" content="{{ site.name }}">',
        f'<meta property="og:site_name" content="{"Very long slogan " * 10}">',
        "",
    ],
)
def test_site_name_rejects_junk(head: str) -> None:
    assert _first(SITE_NAME_RULES, head) is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("en-US", "en-us"),
        ("de_DE", "de-de"),
        ("fr", "fr"),
        (" pt-BR ", "pt-br"),
        ("zh-Hans-CN", "zh-hans-cn"),
        ("fr, en", "fr"),
        ("und", None),
        ("English", None),
        ("", None),
        (None, None),
    ],
)
def test_normalize_language(raw: str | None, expected: str | None) -> None:
    assert normalize_language(raw) == expected


@pytest.mark.parametrize(
    ("head", "html_attrs", "value", "rule"),
    [
        ("", 'lang="en-US"', "en-us", "heuristic:html-lang"),
        ('<meta http-equiv="content-language" content="de">', "", "de", "meta:content-language"),
        ('<meta property="og:locale" content="fr_FR">', "", "fr-fr", "meta:og:locale"),
        (
            '<script type="application/ld+json">'
            '{"@type": "NewsArticle", "inLanguage": "es"}</script>',
            "",
            "es",
            "jsonld:inLanguage",
        ),
        ('<meta property="og:locale" content="fr_FR">', 'lang="xx"', "fr-fr", "meta:og:locale"),
    ],
)
def test_language(head: str, html_attrs: str, value: str, rule: str) -> None:
    got = _first(LANGUAGE_RULES, head, html_attrs)
    assert got is not None
    assert (got.value, got.rule) == (value, rule)


@pytest.mark.parametrize(
    ("head", "rule"),
    [
        (
            '<meta property="og:description" '
            'content="The council approved the bridge on Tuesday.">',
            "meta:og:description",
        ),
        (
            '<meta name="description" content="The council approved the bridge on Tuesday.">',
            "meta:description",
        ),
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            '"description": "The council approved the bridge on Tuesday."}</script>',
            "jsonld:description",
        ),
    ],
)
def test_description(head: str, rule: str) -> None:
    got = _first(DESCRIPTION_RULES, head)
    assert got is not None
    assert got.rule == rule
    assert got.value == "The council approved the bridge on Tuesday."


def test_placeholder_description_is_skipped() -> None:
    head = (
        '<meta property="og:description" content="News">'
        '<meta name="description" content="The council approved the bridge on Tuesday.">'
    )
    got = _first(DESCRIPTION_RULES, head)
    assert got is not None
    assert got.rule == "meta:description"


@pytest.mark.parametrize(
    ("title", "url", "expected"),
    [
        (
            "Was ist Freie Software - MyOOS Community Forum",
            "https://foren.myoos.de/t/1",
            "MyOOS Community Forum",
        ),
        (
            "Bridge opens to traffic | Harbour Times",
            "https://www.harbourtimes.example/a",
            "Harbour Times",
        ),
        ("Bridge opens to traffic | Evening edition", "https://www.harbourtimes.example/a", None),
        ("Bridge opens to traffic", "https://www.harbourtimes.example/a", None),
    ],
)
def test_site_name_from_the_title_affix(title: str, url: str, expected: str | None) -> None:
    ctx = Context(page=Page(f"<html><head><title>{title}</title></head><body></body></html>", url))
    got = None
    for rule in SITE_NAME_RULES:
        got = rule(ctx)
        if got is not None:
            break
    assert (got.value if got else None) == expected
    if got is not None:
        assert (got.rule, got.source) == ("heuristic:title-affix", "derived")


def test_language_from_body_lang_and_displaced_html_tag() -> None:
    page = Page("<html><head></head><body lang='en'><p>x</p></body></html>")
    got = _first_ctx(LANGUAGE_RULES, Context(page=page))
    assert got is not None
    assert got.value == "en"
    junk = "<b>Warning</b>: mysql_connect() failed<br>\n<!DOCTYPE html>\n<html lang='de-DE'><head>"
    page = Page(junk + "<title>x</title></head><body><p>x</p></body></html>")
    got = _first_ctx(LANGUAGE_RULES, Context(page=page))
    assert got is not None
    assert got.value == "de-de"


def _first_ctx(rules: tuple[Rule, ...], ctx: Context) -> Found[Any] | None:
    for rule in rules:
        got = rule(ctx)
        if got is not None:
            return got
    return None


@pytest.mark.parametrize(
    ("site_name", "url", "expected"),
    [
        ("Boxen – Alle News, Tickets und Termine", "https://www.boxen.de/a", "Boxen"),
        (
            "Harbour Times | Local news, weather | Portside",
            "https://harbourtimes.example/a",
            "Harbour Times",
        ),
        (
            "★★★ - Harbourwatch e.V. - Aktuelles",
            "https://harbourwatch.example/a",
            "Harbourwatch e.V.",
        ),
        ("Hafen Forum - Das große Hafenforum", "https://www.hafen-forum.example/a", "Hafen Forum"),
        ("Přístav.cz - Víte, co se děje", "https://www.pristav.cz/a", "Přístav.cz"),
        # Negative cases: no part names the domain, no URL, a hyphen inside one name,
        # two parts naming the domain alike, a two-letter country label.
        ("Harbour Times - Local News", "https://example.org/a", "Harbour Times - Local News"),
        ("Harbour Times - Local News", None, "Harbour Times - Local News"),
        ("Mid-Atlantic Times", "https://midatlantic.example/a", "Mid-Atlantic Times"),
        (
            "www.harbour.de | Das Harbour-Portal",
            "https://www.harbour.de/a",
            "www.harbour.de | Das Harbour-Portal",
        ),
        ("Mail Online - News", "https://www.dailymail.co.uk/a", "Mail Online - News"),
        (
            "The Harbour Times | HTimes.com",
            "https://www.htimes.com/a",
            "The Harbour Times | HTimes.com",
        ),
        ("htimes.com | inside the harbour", "https://www.htimes.com/a", "htimes.com"),
    ],
    ids=[
        "en-dash-slogan",
        "pipes",
        "stars-prefix",
        "equal-beats-contains",
        "accents",
        "no-domain-part",
        "no-url",
        "hyphenated-name",
        "tie",
        "country-label",
        "name-beats-address",
        "address-beats-slogan",
    ],
)
def test_site_name_keeps_the_part_naming_the_domain(
    site_name: str, url: str | None, expected: str
) -> None:
    head = f'<meta property="og:site_name" content="{site_name}">'
    page = Page(f"<html><head>{head}</head><body><p>x</p></body></html>", url=url)
    got = next(r(Context(page=page)) for r in SITE_NAME_RULES[:1])
    assert got is not None
    assert got.value == expected


@pytest.mark.parametrize(
    ("publisher_id", "expected"),
    [
        # The publisher points at the Organization node with a doubled slash in its @id;
        # the WebSite node's name is a product line, not the site.
        ("https://harbour.example/en//#organization", "Harbour Times"),
        ("https://harbour.example/en/#organization", "Harbour Times"),
        # Negative: a reference to no node falls back to the WebSite's name.
        ("https://harbour.example/en/#publisher", "Harbour Daily"),
    ],
    ids=["doubled-slash", "exact", "dangling"],
)
def test_jsonld_publisher_reference_is_resolved(publisher_id: str, expected: str) -> None:
    graph = (
        '{"@context": "https://schema.org", "@graph": ['
        '{"@type": "Organization", "@id": "https://harbour.example/en/#organization",'
        ' "name": "Harbour Times"},'
        '{"@type": "WebSite", "@id": "https://harbour.example/en/#website",'
        ' "name": "Harbour Daily"},'
        f'{{"@type": "NewsArticle", "headline": "x", "publisher": {{"@id": "{publisher_id}"}}}}]}}'
    )
    got = _first(SITE_NAME_RULES, f'<script type="application/ld+json">{graph}</script>')
    assert got is not None
    assert got.value == expected


@pytest.mark.parametrize(
    ("site_name", "title", "expected"),
    [
        # The CMS put a reworded headline into og:site_name: the next source speaks.
        (
            "Bürgerbeteiligung für Hafenpark Nordheim",
            "Bürgerbeteiligung am Hafenpark Nordheim",
            "Harbour Energy",
        ),
        # Negative cases: a title that carries the site's name as an affix, a site name
        # of two words, a site whose words are not all in the title.
        ("Daily Legal Notices", "Daily Legal Notices : Details : Acme LLC", "Daily Legal Notices"),
        ("Harbour Times", "Harbour Times wins press award", "Harbour Times"),
        (
            "Harbour Energy News Portal",
            "Harbour Energy starts a portal",
            "Harbour Energy News Portal",
        ),
    ],
    ids=["reworded-headline", "title-affix", "two-words", "not-all-words"],
)
def test_site_name_that_is_the_headline_is_skipped(
    site_name: str, title: str, expected: str
) -> None:
    head = (
        f'<meta property="og:site_name" content="{site_name}">'
        '<meta name="application-name" content="Harbour Energy">'
    )
    ctx = Context(page=Page(f"<html><head>{head}</head><body><p>x</p></body></html>"))
    ctx.found["title"] = Found(value=title, rule="test")
    got = next(g for r in SITE_NAME_RULES if (g := r(ctx)) is not None)
    assert got.value == expected


_PUBLISHER = (
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge opens",'
    ' "publisher": {"@type": "Organization", "name": "%s"}}</script>'
)


@pytest.mark.parametrize(
    ("og", "other", "url", "expected"),
    [
        # A section in og:site_name: the title affix names the domain.
        (
            "World",
            "<title>Bridge opens to traffic on Monday | Harbour Times</title>",
            "www.harbourtimes.com",
            "Harbour Times",
        ),
        # A placeholder, the JSON-LD publisher names the domain.
        ("Hosted", _PUBLISHER % "Harbour Times", "www.harbourtimes.co.uk", "Harbour Times"),
        # A handle: a fuller declaration wins, else the handle without its "@".
        (
            "@harbourtimes",
            '<meta name="application-name" content="HarbourTimes">',
            "harbourtimes.example",
            "HarbourTimes",
        ),
        ("@harbourtimes", "", "harbourtimes.example", "harbourtimes"),
        # The bare domain label gives way to the name as written, but stays when alone.
        (
            "harbourtimes",
            _PUBLISHER % "The Harbour Times",
            "harbourtimes.example",
            "The Harbour Times",
        ),
        ("harbourtimes", "", "harbourtimes.example", "harbourtimes"),
        # Negative cases: real names stay, like or unlike the domain.
        (
            "The Guardian",
            _PUBLISHER % "Guardian News & Media",
            "www.theguardian.com",
            "The Guardian",
        ),
        ("Le Monde", _PUBLISHER % "Le Monde.fr", "www.lemonde.fr", "Le Monde"),
        ("Quartz", _PUBLISHER % "QZ Media", "qz.com", "Quartz"),
        ("harbour post", _PUBLISHER % "Harbour Post Online", "harbourpost.example", "harbour post"),
        (
            "Frankfurter Allgemeine",
            _PUBLISHER % "Harbour Times",
            "harbourtimes.example",
            "Frankfurter Allgemeine",
        ),
        # A name in another script cannot be compared with the domain.
        ("خبرآنلاین", _PUBLISHER % "Khabar Online", "www.khabaronline.example", "خبرآنلاین"),
        # A one-word name unlike the domain stays when nothing else names the domain.
        ("Tribune", _PUBLISHER % "Tribune Media", "harbourtimes.example", "Tribune"),
    ],
    ids=[
        "section",
        "placeholder",
        "handle-fuller",
        "handle-alone",
        "bare-label",
        "bare-label-alone",
        "guardian",
        "le-monde",
        "short-domain",
        "brand-in-lower-case",
        "two-words-unlike-domain",
        "other-script",
        "nothing-better",
    ],
)
def test_og_site_name_that_is_not_the_site(og: str, other: str, url: str, expected: str) -> None:
    head = f'<meta property="og:site_name" content="{og}">{other}'
    page = Page(f"<html><head>{head}</head><body><p>x</p></body></html>", f"https://{url}/a/b")
    ctx = Context(page=page)
    got = next(g for r in SITE_NAME_RULES if (g := r(ctx)) is not None)
    assert got.value == expected
