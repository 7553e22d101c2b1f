"""A short line ending in a colon over a link list the filters dropped ("More games news:",
"Read more:", "Lire aussi :") goes with its list; one over a kept list or quote stays."""

from __future__ import annotations

import lxml.html
import pytest

from copydesk.heuristics.blockfilters import filter_blocks, introduces_dropped_list
from copydesk.heuristics.blocks import RawBlock
from copydesk.heuristics.body import extract_body

STORY = (
    "The council voted on Tuesday to close the bridge, citing cracks found during an inspection.",
    "Engineers said repairs could take a year, and that ferries would run in the meantime.",
    "Residents, many of whom cross daily, packed the hall to ask how long the detour would be.",
    "The mayor said the city would apply for state money, but gave no timeline for the work.",
)
LINKS = (
    "<ul><li><a href='/a'>Ferry timetable changes for the winter season</a></li>"
    "<li><a href='/b'>Review: the new tram line runs late, but it runs</a></li>"
    "<li><a href='/c'>Why the old bridge cracked, and what comes next</a></li></ul>"
)
SIGN_OFF = "Jane Roe covers transport for the Daily Example."


def texts(body: str) -> list[str]:
    html = f"<html><head><title>Bridge to close</title></head><body>{body}</body></html>"
    result = extract_body(lxml.html.document_fromstring(html))
    assert result is not None
    return [b.text for b in result.blocks]


def story(*, after: str = "") -> str:
    return "".join(f"<p>{t}</p>" for t in STORY) + after


@pytest.mark.parametrize(
    "intro",
    [
        pytest.param("<p><em><strong>More games news:</strong></em></p>", id="more-news"),
        pytest.param("<p>Read more:</p>", id="read-more"),
        pytest.param("<p>Nos articles sur le pont\u00a0:</p>", id="french-spaced-colon"),
        pytest.param("<p>Other stories from the transport desk:</p>", id="own-wording"),
    ],
)
def test_intro_of_a_dropped_link_list_goes(intro: str) -> None:
    assert texts(f"<div class='story'>{story(after=intro + LINKS)}<p>{SIGN_OFF}</p></div>") == [
        *STORY,
        SIGN_OFF,
    ]


KEPT_QUOTE = (
    "<blockquote><p>We will not reopen the bridge until every pier has been checked, "
    "and that will take the rest of the year.</p></blockquote>"
)
KEPT_LIST = (
    "<ul><li>Ferries will run every twenty minutes from the old harbour, day and night.</li>"
    "<li>Buses will take the long way round by the ring road until the spring.</li></ul>"
)


@pytest.mark.parametrize(
    ("intro", "follows", "kept"),
    [
        pytest.param("The mayor put it bluntly:", KEPT_QUOTE, 1, id="before-kept-quote"),
        pytest.param("The city set out its plan:", KEPT_LIST, 2, id="before-kept-list"),
        pytest.param(
            "Residents who spoke at the meeting, many of them commuters who cross the bridge "
            "twice a day, asked three questions:",
            LINKS,
            0,
            id="long-sentence-before-links",
        ),
        pytest.param(
            "Download the guide so you can apply it to your own street:",
            "<p><a class='button' href='/guide.pdf'>Get the guide: instant download</a></p>",
            0,
            id="before-one-dropped-button",
        ),
        pytest.param("Here is what else happened this week.", LINKS, 0, id="no-colon"),
    ],
)
def test_line_before_kept_text_or_long_sentence_stays(intro: str, follows: str, kept: int) -> None:
    got = texts(f"<div class='story'>{story(after=f'<p>{intro}</p>' + follows)}</div>")
    assert got[: len(STORY) + 1] == [*STORY, intro]
    assert len(got) == len(STORY) + 1 + kept


def test_only_a_dropped_linky_block_counts() -> None:
    intro = RawBlock("paragraph", "Read more:", None, 0, "p")
    link = RawBlock("list_item", "Ferry timetable changes", None, 23, "li")
    plain = RawBlock("paragraph", "Advertisement", None, 0, "p")
    teaser = RawBlock("paragraph", "Ferry timetable changes", None, 23, "p")
    assert introduces_dropped_list([intro, link], [True, False], 0)
    assert introduces_dropped_list([intro, teaser, teaser], [True, False, False], 0)
    assert not introduces_dropped_list([intro, teaser], [True, False], 0)  # a button
    assert not introduces_dropped_list([intro, plain], [True, False], 0)  # not a list
    assert not introduces_dropped_list([intro], [True], 0)  # nothing after it
    para = RawBlock("paragraph", STORY[0], None, 0, "p")
    assert [b.text for b in filter_blocks([para, intro, link])] == [STORY[0]]
