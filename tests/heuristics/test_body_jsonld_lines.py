"""The JSON-LD ``articleBody`` goes through the DOM's whole-line chrome checks.

Pages written here: a script-rendered story (an empty ``<div id="app">``) whose JSON-LD
carries the text, with the CMS's furniture lines left inside it.
"""

from __future__ import annotations

import json

import pytest

from copydesk import parse
from copydesk.heuristics.bodyjsonld import blocks_from_text, raw_blocks_from_text

P1 = "The council voted on Tuesday to close the bridge, citing cracks found during an inspection."
P2 = "Engineers said repairs could take a year, and that ferries would run in the meantime."
P3 = "Residents, many of whom cross daily, packed the hall to ask how long the detour would be."
P4 = "The mayor said the city would apply for state money, but gave no timeline for the work."
STORY = [P1, P2, P3, P4]

AP_NOTICE = "Copyright 2024 The Associated Press. All rights reserved."


def ld_page(article_body: str, url: str = "https://example.com/news/bridge-to-close") -> str:
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Bridge to close",
            "url": url,
            "articleBody": article_body,
        }
    )
    return (
        f"<html><head><title>Bridge to close</title>"
        f"<script type='application/ld+json'>{ld}</script></head>"
        "<body><h1>Bridge to close</h1><div id='app'><p>Loading...</p></div></body></html>"
    )


def paragraphs(article_body: str) -> list[str]:
    article = parse(ld_page(article_body), "https://example.com/news/bridge-to-close")
    assert article.provenance["paragraphs"].rule == "jsonld:articleBody"
    return list(article.paragraphs)


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param([P1, "Advertisement", P2, P3, P4], id="advertisement-slot"),
        pytest.param(
            [P1, P2, "Share this article", P3, "Click here to subscribe", P4],
            id="share-and-click-prompts",
        ),
        pytest.param([P1, P2, P3, P4, AP_NOTICE], id="ap-rights-notice"),
        pytest.param(
            [P1, P2, "Get the Fox News app for breaking news alerts", P3, P4], id="app-promotion"
        ),
        pytest.param([P1, P2, P3, P4, "Follow us on Twitter @examplenews"], id="follow-prompt"),
        pytest.param([P1, P2, P3, P4, "Subscribe to continue reading"], id="paywall-teaser"),
    ],
)
def test_chrome_lines_in_article_body_are_dropped(lines: list[str]) -> None:
    assert paragraphs("\n\n".join(lines)) == STORY


def test_paywall_teaser_and_its_offer_end_the_article_body() -> None:
    lines = [*STORY, "Subscribe to continue reading", "Only $1 for 6 months", "Cancel anytime"]
    assert paragraphs("\n\n".join(lines)) == STORY


def test_markup_article_body_is_filtered_too() -> None:
    markup = "".join(f"<p>{t}</p>" for t in [P1, "Advertisement", P2, P3, P4, AP_NOTICE])
    assert paragraphs(markup) == STORY


def test_ap_notice_still_credits_the_story() -> None:
    """The rights notice leaves the text but still names the wire the story came from."""
    article = parse(ld_page("\n\n".join([*STORY, AP_NOTICE])), "https://example.com/news/b")
    assert article.credit is not None
    assert article.credit.name == "Associated Press"
    assert AP_NOTICE not in article.paragraphs


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "The advertisement ran for weeks before anyone on the council noticed it.",
            id="sentence-about-an-advertisement",
        ),
        pytest.param(
            "Copyright lawyers say the city may not reuse the original drawings.",
            id="sentence-about-copyright",
        ),
        pytest.param(
            "Subscribers to the city's alert service got a text an hour before.",
            id="sentence-about-subscribers",
        ),
        pytest.param("Share prices of the contractor fell 4% on the news.", id="share-prices"),
    ],
)
def test_story_lines_in_article_body_stay(line: str) -> None:
    assert paragraphs("\n\n".join([P1, line, P2, P3, P4])) == [P1, line, P2, P3, P4]


def test_data_table_in_markup_article_body_keeps_its_cells() -> None:
    """Dates and amounts alone in table cells are data, as in the DOM's tables."""
    table = (
        "<table><tr><td>2020-09-01</td><td>$2,800</td><td>Jane Doe</td></tr>"
        "<tr><td>2020-09-03</td><td>$500</td><td>John Roe</td></tr></table>"
    )
    texts = [b.text for b in blocks_from_text(f"<p>{P1}</p>{table}<p>{P2}</p>")]
    assert texts == [P1, "2020-09-01", "$2,800", "Jane Doe", "2020-09-03", "$500", "John Roe", P2]


def test_raw_blocks_carry_no_link_lengths() -> None:
    """Links in a JSON string say nothing about layout: a linked sentence is not chrome."""
    linked = f"<p><a href='/bridge'>{P1}</a></p><p>{P2}</p>"
    assert [rb.link_chars for rb in raw_blocks_from_text(linked)] == [0, 0]
    assert [b.text for b in blocks_from_text(linked)] == [P1, P2]
