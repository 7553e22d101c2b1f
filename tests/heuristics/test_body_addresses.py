"""Addresses in the story's text: a web address printed as a link is story text; a trailer
giving the reporter's address is furniture. One page shape per test, with negatives."""

from __future__ import annotations

import lxml.html
import pytest

from copydesk.heuristics.blocks import extract_blocks
from copydesk.heuristics.body import extract_body
from copydesk.heuristics.chromewords import is_contact_line

STORY = (
    "The palace show runs every night except Monday, with English subtitles on a screen.",
    "Tickets cost 30,000 won, and the theatre sells them at the door or on its website.",
    "The cast of thirty sings, dances and fights across a stage built like a royal court.",
)


def texts(body: str) -> list[str]:
    html = f"<html><body><article>{''.join(f'<p>{t}</p>' for t in STORY)}{body}</article>"
    result = extract_body(lxml.html.document_fromstring(html + "</body></html>"))
    assert result is not None
    return [b.text for b in result.blocks]


@pytest.mark.parametrize(
    "link",
    ["https://www.theatre.kr/tickets/palace-show", "www.jeongdongtheater.com", "http://amzn.to/2h"],
    ids=["https-url", "www-host", "short-link"],
)
def test_link_written_as_its_address_is_not_link_text(link: str) -> None:
    div = lxml.html.fragment_fromstring(f"<div><p>Tickets – <a href='{link}'>{link}</a></p></div>")
    (block,) = extract_blocks(div)
    assert block.link_chars == 0


def test_link_with_words_is_link_text() -> None:
    div = lxml.html.fragment_fromstring("<div><p><a href='/t'>Buy tickets here</a></p></div>")
    (block,) = extract_blocks(div)
    assert block.link_chars == len("Buy tickets here")


def test_printed_address_line_stays_in_the_story() -> None:
    line = "Ticketing – <a href='http://www.jeongdongtheater.com'>www.jeongdongtheater.com</a>"
    assert texts(f"<p>{line}</p>")[-1] == "Ticketing – www.jeongdongtheater.com"


def test_headline_link_after_the_story_is_still_dropped() -> None:
    assert texts("<p><a href='/next'>Palace musical returns for a second season</a></p>") == list(
        STORY
    )


@pytest.mark.parametrize(
    "text",
    [
        "Reach the reporters on Twitter at http://twitter.com/MegKinnardAP and http://twitter.com/em",
        "Have a tip? Amy Kuperinsky may be reached at akuperinsky@paper.com. Follow her @AmyKup",
        "Follow Jill Colvin on Twitter: @colvinj",
        "Email the author at jane.doe@example.org",
    ],
    ids=["reach-twitter", "tip-email", "follow-handle", "email"],
)
def test_contact_trailer(text: str) -> None:
    assert is_contact_line(text)
    assert texts(f"<p>{text}</p>") == list(STORY)


@pytest.mark.parametrize(
    "text",
    [
        "Contact tracing is available at www.gov.uk, the ministry said on Friday.",
        "Follow the money, the senator told the committee.",
        "Reach out to your neighbours, the mayor urged residents after the storm.",
        "Follow @jdoe " + "and more words to make a paragraph far too long for a trailer " * 5,
    ],
    ids=["contact-tracing", "follow-the-money", "reach-out", "too-long"],
)
def test_not_a_contact_trailer(text: str) -> None:
    assert not is_contact_line(text)
