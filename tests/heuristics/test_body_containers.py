"""Choosing the story container(s) from the scored tree: one page shape per test."""

from __future__ import annotations

import lxml.html
import pytest
from lxml.html import HtmlElement

from copydesk.heuristics.body import extract_body
from copydesk.heuristics.containers import find_lead, pick_containers
from copydesk.heuristics.scoring import analyse, strip_chrome

PROSE = "A sentence of the story, with a comma, long enough to be read as real prose here."
STORY = (
    "The council voted on Tuesday to close the bridge, citing cracks found during an inspection.",
    "Engineers said repairs could take a year, and that ferries would run in the meantime.",
    "Residents, many of whom cross daily, packed the hall to ask how long the detour would be.",
    "The mayor said the city would apply for state money, but gave no timeline for the work.",
)


def paras(n: int) -> str:
    return f"<p>{PROSE}</p>" * n


def choose(html: str) -> tuple[HtmlElement, list[str]]:
    body = lxml.html.document_fromstring(html).find("body")
    assert body is not None
    strip_chrome(body)
    chosen = pick_containers(body, analyse(body))
    return body, [el.get("id") or el.tag for el in chosen]


def test_best_container_alone() -> None:
    _, ids = choose(
        f"<html><body><div id='nav'><a href='/'>Home</a></div><div id='story'>{paras(5)}</div>"
        "</body></html>"
    )
    assert ids == ["story"]


def test_sibling_parts_of_one_story() -> None:
    """The wrapper also holds a link list, so it is not the story; its two parts are."""
    links = "".join(f"<li><a href='/s{i}'>Another headline number {i}</a></li>" for i in range(30))
    _, ids = choose(
        f"<html><body><div id='wrap'><div id='a' class='part'>{paras(4)}</div>"
        "<div id='ad'><a href='/x'>Sponsored link</a></div>"
        f"<div id='b' class='part'>{paras(3)}</div><ul id='list'>{links}</ul></div>"
        "</body></html>"
    )
    assert ids == ["a", "b"]


def test_wrapper_that_adds_only_a_slot_is_the_story() -> None:
    _, ids = choose(
        f"<html><body><div id='wrap'><div id='a'>{paras(4)}</div>"
        f"<div id='ad'><a href='/x'>Sponsored</a></div><div id='b'>{paras(3)}</div></div>"
        "<div id='nav'><a href='/1'>Home</a></div></body></html>"
    )
    assert ids == ["wrap"]


def test_near_equal_parts_under_one_ancestor() -> None:
    parts = "".join(
        f"<section><div class='s'><div id='p{i}'>{paras(3)}</div></div></section>" for i in range(4)
    )
    _, ids = choose(f"<html><body><article id='art'>{parts}</article></body></html>")
    assert ids == ["art"]


def test_teaser_inside_a_link_is_never_chosen() -> None:
    teaser = f"<a href='/other'><div class='card'>{paras(2)}</div></a>"
    _, ids = choose(
        f"<html><body><div id='teasers'>{teaser * 5}</div><div id='story'>{paras(3)}</div>"
        "</body></html>"
    )
    assert ids == ["story"]


def test_article_element_takes_no_siblings() -> None:
    _, ids = choose(
        f"<html><body><div id='other'>{paras(2)}</div><article id='art'>{paras(3)}</article>"
        "</body></html>"
    )
    assert ids == ["art"]


def test_small_page_is_read_whole() -> None:
    _, ids = choose("<html><body><div><p>Short line one.</p></div><p>Two.</p></body></html>")
    assert ids == ["body"]


def test_standfirst_found_in_the_header_zone() -> None:
    body = lxml.html.document_fromstring(
        "<html><body><article><header><h1>Headline</h1>"
        "<p id='lead' class='article-lead'>A summary of the story, set above its body.</p>"
        f"</header><div id='text'>{paras(5)}</div></article></body></html>"
    ).find("body")
    assert body is not None
    analysis = analyse(body)
    chosen = pick_containers(body, analysis)
    lead = find_lead(chosen[0], analysis.stats, body)
    assert lead is not None
    assert lead.get("id") == "lead"


def test_no_standfirst_when_the_header_has_none() -> None:
    body = lxml.html.document_fromstring(
        "<html><body><article><header><h1>Headline</h1><h2 class='subtitle'>A deck set "
        f"as a heading, which is display type.</h2></header><div id='text'>{paras(5)}</div>"
        "</article></body></html>"
    ).find("body")
    assert body is not None
    analysis = analyse(body)
    chosen = pick_containers(body, analysis)
    assert find_lead(chosen[0], analysis.stats, body) is None


def test_standfirst_repeated_as_the_meta_description_is_the_lead() -> None:
    dek = "Tax cuts and higher interest rates could make it harder to respond to recessions."
    head = f"<meta name='description' content='{dek}'>"
    body = (
        f"<div class='top'><h1>Debt rises</h1><p class='css-z6dj7x'>{dek}</p></div>"
        f"<section class='body'>{''.join(f'<p>{t}</p>' for t in STORY)}</section>"
    )
    root = lxml.html.document_fromstring(f"<html><head>{head}</head><body>{body}</body></html>")
    result = extract_body(root)
    assert result is not None
    assert [b.text for b in result.blocks] == [dek, *STORY]


def test_paragraph_unlike_the_description_is_not_the_lead() -> None:
    head = "<meta name='description' content='Something else entirely, said the page.'>"
    body = (
        "<div class='top'><h1>Debt rises</h1><p class='css-z6dj7x'>Supported by our sponsor"
        f" and partners, who make this possible.</p></div><section class='body'>"
        f"{''.join(f'<p>{t}</p>' for t in STORY)}</section>"
    )
    root = lxml.html.document_fromstring(f"<html><head>{head}</head><body>{body}</body></html>")
    result = extract_body(root)
    assert result is not None
    assert [b.text for b in result.blocks] == list(STORY)


@pytest.mark.parametrize(
    ("cls", "expected_first"),
    [
        pytest.param("article-text", "The verdict: fast, quiet and expensive.", id="story-class"),
        pytest.param("bd", STORY[0], id="generic-class-not-followed"),
    ],
)
def test_story_part_with_the_story_class_outside_the_container(
    cls: str, expected_first: str
) -> None:
    verdict = "The verdict: fast, quiet and expensive."
    parts = "".join(
        f"<div class='block'><div class='{cls}'><p>{t}</p><p>{t}</p></div></div>" for t in STORY
    )
    body = (
        f"<main><div class='head'><div class='{cls}'><p>{verdict}</p></div></div>"
        f"<div class='aside-col'><p>Short note.</p></div><div class='sections'>{parts}</div></main>"
    )
    root = lxml.html.document_fromstring(f"<html><body>{body}</body></html>")
    result = extract_body(root)
    assert result is not None
    assert result.blocks[0].text == expected_first
