"""Page: parsing once, metadata access, and what counts as HTML."""

from __future__ import annotations

import pytest

from copydesk import EmptyDocumentError, NotHTMLError, Profile, parse
from copydesk.page import Page


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
