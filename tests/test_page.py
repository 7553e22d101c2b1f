"""Page: parsing once, metadata access, and what counts as HTML."""

from __future__ import annotations

import pytest

from copydesk import EmptyDocumentError, NotHTMLError, Profile, parse
from copydesk.page import Page, document_title


def test_jsonld_graph_is_flattened_and_broken_blocks_skipped() -> None:
    page = Page(
        """<script type="application/ld+json">{"@graph": [{"@type": "WebSite", "name": "S"},
        {"@type": "NewsArticle", "headline": "H",}]}</script>
        <script type="application/ld+json">{broken</script><p>x</p>"""
    )
    assert [o["@type"] for o in page.jsonld] == ["WebSite", "NewsArticle"]
    assert [o["headline"] for o in page.jsonld_articles()] == ["H"]


def test_meta_keys_are_lowercased_and_entities_decoded() -> None:
    page = Page('<meta property="OG:Title" content="Tom &amp; Jerry"><p>x</p>')
    assert page.meta["og:title"] == ("Tom & Jerry",)
    assert page.meta_first("twitter:title", "og:title") == ("og:title", "Tom & Jerry")


def test_url_falls_back_to_canonical_and_domain_drops_www() -> None:
    page = Page('<link rel="canonical" href="https://www.example.com/a/b"><p>x</p>')
    assert page.url == "https://www.example.com/a/b"
    assert page.domain == "example.com"
    assert page.path == "/a/b"


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ("", EmptyDocumentError),
        ("   \n\t", EmptyDocumentError),
        (b"\x89PNG\r\n", NotHTMLError),
        ('[{"x": 1}]', NotHTMLError),
        ("just some words, no markup", NotHTMLError),
    ],
    ids=["empty", "whitespace", "png", "json", "plain-text"],
)
def test_non_html_is_a_typed_error(data: str | bytes, error: type[Exception]) -> None:
    with pytest.raises(error):
        Page(data)


def test_xml_declaration_in_str_is_accepted() -> None:
    page = Page('<?xml version="1.0" encoding="utf-8"?><html><body><p>Hi</p></body></html>')
    assert page.root.findtext(".//p") == "Hi"


@pytest.mark.parametrize(
    "url", ["http://[broken/story", "https://example.com:notaport/a", "//["], ids=str
)
def test_malformed_url_is_kept_but_never_raises(url: str) -> None:
    # urlsplit raises ValueError on these; a crawler's bad URL must not break the parse.
    assert Page("<p>x</p>", url).domain in (None, "example.com")
    profile = Profile(name="ex", domains=("example.com",), title=("h1",))
    assert profile.match_score("//[") == 0
    assert parse("<h1>Harbour reopens</h1><p>x</p>", url, profiles=[profile]).url == url


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param(
            "<html><head><title> Vote count | Daily Planet </title></head><body><p>x</p></body>",
            " Vote count | Daily Planet ",
            id="head-title-as-written",
        ),
        pytest.param(
            "<html><head><title>Vote count</title></head><body>"
            "<svg><title>Share icon</title></svg><p>x</p></body></html>",
            "Vote count",
            id="head-title-before-svg-title",
        ),
        pytest.param(
            "<title>Tom &amp; Jerry</title><p>x</p>", "Tom & Jerry", id="entities-decoded"
        ),
        pytest.param("<html><head><title></title></head><body><p>x</p></body>", "", id="empty"),
        pytest.param("<html><body><p>No title here</p></body></html>", None, id="no-title"),
    ],
)
def test_title_is_the_first_title_elements_text(html: str, expected: str | None) -> None:
    page = Page(html)
    assert page.title == expected
    assert document_title(page.root) == expected


def test_title_is_read_once() -> None:
    page = Page("<title>Vote count</title><p>x</p>")
    assert page.title == "Vote count"
    title = page.root.find(".//title")
    assert title is not None
    title.text = "Changed"  # the pristine tree is never mutated; this shows the cache
    assert page.title == "Vote count"
