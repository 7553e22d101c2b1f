"""Link-dense blocks that are story text all the same: linked sentences and subheadings."""

from __future__ import annotations

import lxml.html
import pytest

from copydesk.heuristics.blockfilters import (
    is_linked_sentence,
    is_linked_subheading,
    is_sentence,
)
from copydesk.heuristics.blocks import RawBlock
from copydesk.heuristics.body import extract_body

P1 = "The council voted on Tuesday to close the bridge, citing cracks found during an inspection."
P2 = "Engineers said repairs could take a year, and that ferries would run in the meantime."
P3 = "Residents, many of whom cross daily, packed the hall to ask how long the detour would be."
P4 = "The mayor said the city would apply for state money, but gave no timeline for the work."


def texts(body: str, *, container: str | None = None) -> list[str]:
    root = lxml.html.document_fromstring(f"<html><body>{body}</body></html>")
    given = root.xpath(container) if container else None
    result = extract_body(root, containers=given)
    assert result is not None
    return [b.text for b in result.blocks]


def paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Assange faces a charge of conspiracy.", True, id="plain-sentence"),
        pytest.param("“Oh, certainly, sir, if you prefer.”", True, id="quoted-dialogue"),
        pytest.param("Ah Bartleby! Ah humanity!", True, id="exclamation"),
        pytest.param("[Read: Tunisia sends fighters to Syria]", False, id="bracketed-teaser"),
        pytest.param("Five things we learned from the interview", False, id="headline-no-stop"),
        pytest.param("More here.", False, id="too-few-words"),
        pytest.param("and then it ended there.", False, id="lower-case-start"),
        pytest.param("東京で会議が開かれた。", True, id="japanese"),
        pytest.param("«Élise a tout vu», dit-il.", True, id="french-guillemets"),
        pytest.param("東京", False, id="too-short-unspaced"),
    ],
)
def test_is_sentence(text: str, expected: bool) -> None:
    assert is_sentence(text) is expected


def rb(text: str, links: int = 0, *, kind: str = "paragraph", tag: str = "p", box: int = 1):
    return RawBlock(kind, text, 3 if kind == "heading" else None, links, tag, box)  # type: ignore[arg-type]


LINE = "He silently retired into his hermitage."


@pytest.mark.parametrize(
    ("raw", "i", "expected"),
    [
        pytest.param([rb(P1), rb(LINE, 30), rb(P2)], 1, True, id="between-prose"),
        pytest.param([rb(LINE, 30), rb(P2)], 0, True, id="opens-the-story"),
        pytest.param([rb(P1), rb(LINE, 30), rb(LINE, 30), rb(P2)], 1, True, id="two-in-a-row"),
        pytest.param([rb(P1), rb(LINE, 30)], 1, False, id="nothing-after"),
        pytest.param([rb(P1), rb(LINE, 30, box=2), rb(P2)], 1, False, id="other-box-promo"),
        pytest.param(
            [rb(P1), rb("Sub", kind="heading", tag="h2"), rb(LINE, 30), rb(P2)],
            2,
            True,
            id="after-its-subheading",
        ),
        pytest.param(
            [rb(P1), rb("Sub", kind="heading", tag="h2", box=2), rb(LINE, 30), rb(P2)],
            2,
            False,
            id="after-a-heading-of-another-box",
        ),
        pytest.param([rb(P1), rb("Read the transcript", 19), rb(P2)], 1, False, id="not-sentence"),
    ],
)
def test_is_linked_sentence(raw: list[RawBlock], i: int, expected: bool) -> None:
    assert is_linked_sentence(raw, i) is expected


def test_linked_sentence_in_a_trusted_container_needs_no_neighbours() -> None:
    raw = [rb("Van Der Beek has been eliminated from the show.", 40, box=2), rb(P1)]
    assert is_linked_sentence(raw, 0, trusted=True)
    assert not is_linked_sentence(raw, 0)


HEAD = "“Thumper” ($20)"


@pytest.mark.parametrize(
    ("raw", "i", "expected"),
    [
        pytest.param(
            [rb(P1), rb(HEAD, 15, kind="heading", tag="h3"), rb(P2 + P3)], 1, True, id="listicle"
        ),
        pytest.param(
            [rb(P1), rb(HEAD, 15, kind="heading", tag="h3", box=2), rb(P2, box=2)],
            1,
            False,
            id="teaser-card-own-box",
        ),
        pytest.param(
            [rb(P1), rb(HEAD, 15, kind="heading", tag="h3"), rb("Short dek.")],
            1,
            False,
            id="short-text-after",
        ),
        pytest.param(
            [rb(HEAD, 15, kind="heading", tag="h3"), rb(P2)], 0, False, id="no-prose-before"
        ),
    ],
)
def test_is_linked_subheading(raw: list[RawBlock], i: int, expected: bool) -> None:
    assert is_linked_subheading(raw, i) is expected


def test_dialogue_line_that_is_mostly_a_link_is_kept() -> None:
    line = "<p><a href='/w/hermitage'>He silently retired into his</a> hermitage.</p>"
    assert texts(f"<div class='story'>{paras(P1, P2)}{line}{paras(P3, P4)}</div>") == [
        P1,
        P2,
        "He silently retired into his hermitage.",
        P3,
        P4,
    ]


def test_teaser_headline_that_is_one_link_is_dropped_even_as_a_question() -> None:
    teaser = "<p><a href='/other'>Why did the president visit Kenya this week?</a></p>"
    assert texts(f"<div class='story'>{paras(P1, P2)}{teaser}{paras(P3, P4)}</div>") == [
        P1,
        P2,
        P3,
        P4,
    ]


def test_promo_box_of_links_inside_the_story_is_dropped() -> None:
    promo = (
        "<div class='x'><p><a href='/yt'>Watch the show on our channel now!</a></p>"
        "<p><a href='/yt'>Every week our host takes a closer look at the news.</a></p></div>"
    )
    assert texts(f"<div class='story'>{paras(P1, P2)}{promo}{paras(P3, P4)}</div>") == [
        P1,
        P2,
        P3,
        P4,
    ]


def test_listicle_linked_subheadings_are_kept() -> None:
    body = (
        f"<div class='story'>{paras(P1)}<h3><a href='/shop/a'>“Thumper” ($20)</a></h3>"
        f"{paras(P2 + ' ' + P3)}<h3><a href='/shop/b'>“Rez Infinite” ($30)</a></h3>"
        f"{paras(P4 + ' ' + P1)}</div>"
    )
    assert texts(body)[1::2] == ["“Thumper” ($20)", "“Rez Infinite” ($30)"]


def test_related_link_list_under_the_story_stays_out() -> None:
    related = (
        "<ul><li><a href='/a'>Review: a big, beautiful racing game</a></li>"
        "<li><a href='/b'>Review: the football game plays it safe</a></li></ul>"
    )
    assert texts(f"<div class='story'>{paras(P1, P2, P3, P4)}{related}</div>") == [P1, P2, P3, P4]


def test_linky_opening_sentence_in_a_profile_container() -> None:
    opening = (
        "<p><a href='/p/jvdb'>James Van Der Beek</a> has been eliminated from "
        "<a href='/tv/dwts'>Dancing with the Stars</a>.</p>"
    )
    body = f"<div id='s'>{opening}<div class='ad'>Ad</div>{paras(P1)}</div>"
    got = texts(body, container="//div[@id='s']")
    assert got[0] == "James Van Der Beek has been eliminated from Dancing with the Stars."


def test_numbers_in_preformatted_text_are_kept() -> None:
    body = f"<div class='story'>{paras(P1, P2)}<pre>2, 3, 5, 2, 3, 12</pre>{paras(P3, P4)}</div>"
    assert "2, 3, 5, 2, 3, 12" in texts(body)


def test_data_table_rows_keep_their_links_and_dates() -> None:
    rows = "".join(
        f"<tr><td><a href='/r/{v}'>{v}</a></td><td>{d}</td></tr>"
        for v, d in (("4.2.3", "April 2014"), ("4.2.4", "May 2014"))
    )
    body = f"<div class='story'>{paras(P1, P2)}<table>{rows}</table>{paras(P3, P4)}</div>"
    assert texts(body) == [P1, P2, "4.2.3", "April 2014", "4.2.4", "May 2014", P3, P4]


def test_table_rows_of_links_only_stay_out() -> None:
    rows = "<tr><td><a href='/'>Home</a></td><td><a href='/news'>News</a></td></tr>"
    body = f"<div class='story'>{paras(P1, P2)}<table>{rows}</table>{paras(P3, P4)}</div>"
    assert texts(body) == [P1, P2, P3, P4]


def test_linked_first_sentence_under_a_subheading_is_kept() -> None:
    linked = (
        "<p>The Australian-born activist faces <a href='/x'>a charge of conspiracy to commit"
        " computer intrusion</a>.</p>"
    )
    body = f"<div class='story'>{paras(P1, P2)}<h2>What charges does he face?</h2>{linked}"
    body += f"{paras(P3, P4)}</div>"
    got = texts(body)
    assert got[2:4] == [
        "What charges does he face?",
        "The Australian-born activist faces a charge of conspiracy to commit computer intrusion.",
    ]


def test_h1_between_story_paragraphs_is_a_subheading() -> None:
    body = f"<div class='story'><h1>Bridge to close</h1>{paras(P1, P2)}<h1>The detour</h1>"
    body += f"{paras(P3, P4)}</div>"
    assert texts(body) == [P1, P2, "The detour", P3, P4]


def test_data_rows_whose_cells_wrap_text_in_divs() -> None:
    row = "<tr><td><div><a href='/app'>Google Maps</a></div></td><td><div>32.7 MB</div></td></tr>"
    body = f"<div class='story'>{paras(P1, P2)}<table>{row}</table>{paras(P3, P4)}</div>"
    assert texts(body) == [P1, P2, "Google Maps", "32.7 MB", P3, P4]


def test_label_beside_a_long_list_of_links_is_a_navigation_row() -> None:
    links = "".join(f"<li><a href='/r/{n}'>Region {n}</a></li>" for n in range(12))
    row = f"<tr><th>Regions of the country</th><td><ul>{links}</ul></td></tr>"
    body = f"<div class='story'>{paras(P1, P2)}<table>{row}</table>{paras(P3, P4)}</div>"
    assert "Region 3" not in texts(body)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "Read more: <a href='/x'>The minister resigns over the bridge affair</a>.", id="cue"
        ),
        pytest.param(
            "<a href='/x'>The minister resigns over the bridge affair.</a>", id="one-link"
        ),
    ],
)
def test_teasers_stay_out_even_in_a_profile_container(line: str) -> None:
    body = f"<div id='s'>{paras(P1)}<p>{line}</p>{paras(P2)}</div>"
    assert texts(body, container="//div[@id='s']") == [P1, P2]
