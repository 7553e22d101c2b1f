"""Dateline splitting and rules, on paragraphs written for these tests."""

from __future__ import annotations

import time
from typing import Any

import attrs
import pytest

from copydesk.heuristics.dateline import (
    DATELINE_RULES,
    dateline_element,
    dateline_first_paragraph,
    split_dateline,
)
from copydesk.model import Block
from copydesk.page import Page
from copydesk.rules import Context, Found


@attrs.frozen
class _Body:
    """Stand-in for the body extractor's result: only ``.blocks`` is read."""

    blocks: tuple[Block, ...]


def _ctx(paragraphs: list[str], html: str = "<html><body><p>x</p></body></html>") -> Context:
    blocks = tuple(Block(kind="paragraph", text=t) for t in paragraphs)
    return Context(page=Page(html), found={"body": Found(value=_Body(blocks), rule="x")})


STORY = "Officials said on Monday that the talks would continue."


@pytest.mark.parametrize(
    ("prefix", "place", "date", "agency"),
    [
        ("KYIV, Ukraine (AP) — ", "KYIV, Ukraine", None, "AP"),
        ("BRUSSELS (Reuters) - ", "BRUSSELS", None, "Reuters"),
        ("PARIS (AFP) - ", "PARIS", None, "AFP"),
        ("NEW YORK, Dec 3 (Reuters) - ", "NEW YORK", "Dec 3", "Reuters"),
        ("LONDON (Bloomberg) -- ", "LONDON", None, "Bloomberg"),
        ("CAIRO — ", "CAIRO", None, None),
        ("SIOUX FALLS, S.D. – ", "SIOUX FALLS, S.D.", None, None),
        ("NEW DELHI: ", "NEW DELHI", None, None),
        ("BERLIN -- ", "BERLIN", None, None),
        ("ST. LOUIS — ", "ST. LOUIS", None, None),
        ("THE HAGUE, Netherlands (AP) — ", "THE HAGUE, Netherlands", None, "AP"),
        ("SOUTHWEST MIAMI-DADE, FLA. (WSVN) - ", "SOUTHWEST MIAMI-DADE, FLA.", None, "WSVN"),
        ("Washington, DC, United States: ", "Washington, DC, United States", None, None),
        ("Hamburg (dpa/lno) – ", "Hamburg", None, "dpa/lno"),
        ("Indianapolis – ", "Indianapolis", None, None),
        ("PARIS, 3 déc (AFP) - ", "PARIS", "3 déc", "AFP"),
        ("NEW YORK, Nov. 19, 2019 /PRNewswire/ -- ", "NEW YORK", "Nov. 19, 2019", "PRNewswire"),
    ],
)
def test_split_dateline(prefix: str, place: str, date: str | None, agency: str | None) -> None:
    got = split_dateline(prefix + STORY)
    assert got is not None
    dateline, rest = got
    assert prefix == dateline.raw
    assert place == dateline.place
    assert date == dateline.date
    assert agency == dateline.agency
    assert rest == STORY


@pytest.mark.parametrize(
    "text",
    [
        "Paris is a city of light and bridges.",
        "WASHINGTON STATE officials said the fire was contained.",
        "NATO seeks more troops for its eastern flank.",
        "“Yes,” he said — and then he left the room for good.",
        "BREAKING NEWS: The president has resigned from office today.",
        "UPDATE: This story has been corrected to fix a name.",
        "EDITOR'S NOTE — This story contains graphic descriptions.",
        "FILE - In this Jan. 3, 2019 photo, a man walks by.",
        "Update: the road has been reopened to all traffic.",
        "The President — who spoke on Monday — said nothing new.",
        "Jane Doe — the former mayor — said she would run again.",
        "(Reuters) — The New York State Attorney General is investigating.",
        "Forums - Regeln",
        "PanARMENIAN.Net - Verified video footage shows security forces firing.",
        "ISBN: 978-3-16-148410-0",
        "BOTTOM LINE: The economy is slowing faster than expected this year.",
        "WHY IT MATTERS: The vote decides who controls the chamber next year.",
        "NEW: Officials have confirmed the report this morning.",
        "NASA — The space agency said on Monday that the launch would slip.",
        "US — The talks will resume next week in Geneva, officials said.",
        "",
    ],
)
def test_split_dateline_rejects_ordinary_openings(text: str) -> None:
    assert split_dateline(text) is None


def test_standalone_name_and_outlet_is_not_a_dateline() -> None:
    assert split_dateline("VICTOR TANGER, FUTURISM") is None


def test_standalone_dateline_paragraph() -> None:
    got = split_dateline("BAAR, SWITZERLAND")
    assert got is not None
    assert got[0].place == "BAAR, SWITZERLAND"
    assert got[1] == ""


@pytest.mark.parametrize(
    ("blocks", "place"),
    [
        (
            ["A long standfirst about the partnership. " * 4, "BAAR, SWITZERLAND", STORY],
            "BAAR, SWITZERLAND",
        ),
        (["A long standfirst about the partnership. " * 4, "VICTOR TANGER, FUTURISM", STORY], None),
        (["A long standfirst about the partnership. " * 4, "Baar, Switzerland", STORY], None),
    ],
    ids=["caps-region", "caps-not-region", "title-case"],
)
def test_standalone_dateline_after_a_standfirst(blocks: list[str], place: str | None) -> None:
    found = dateline_first_paragraph(_ctx(blocks))
    assert (found.value.place if found is not None else None) == place


def test_split_dateline_is_fast_on_hostile_input() -> None:
    start = time.perf_counter()
    for text in ("A " * 10000 + "—", "(" * 10000, "WORD, " * 5000 + "(AP) —", "-" * 20000):
        split_dateline(text)
    assert time.perf_counter() - start < 0.5


def test_dateline_first_paragraph() -> None:
    found = dateline_first_paragraph(_ctx(["CAIRO — " + STORY, "Second paragraph here."]))
    assert found is not None
    assert found.value.place == "CAIRO"
    assert found.rule == "heuristic:dateline-first-paragraph"


def test_dateline_after_short_date_line() -> None:
    found = dateline_first_paragraph(_ctx(["Nov. 19, 2019", "LONDON (AP) — " + STORY]))
    assert found is not None
    assert found.value.place == "LONDON"


def test_caps_dateline_after_a_standfirst() -> None:
    ctx = _ctx([STORY * 3, "LONDON (AP) — " + STORY])
    found = dateline_first_paragraph(ctx)
    assert found is not None
    assert found.value.place == "LONDON"


def test_capitalised_place_not_searched_past_a_long_paragraph() -> None:
    ctx = _ctx([STORY * 3, "Indianapolis – Several thousand teachers rallied at the Statehouse."])
    assert dateline_first_paragraph(ctx) is None


def test_no_body_no_dateline() -> None:
    ctx = Context(page=Page("<html><body><p>x</p></body></html>"))
    assert all(rule(ctx) is None for rule in DATELINE_RULES)


@pytest.mark.parametrize(
    ("html", "place"),
    [
        ('<p><span class="dateline">CAIRO —</span> Gunmen opened fire.</p>', "CAIRO"),
        ('<p class="ortsmarke"><strong>Dübendorf -</strong></p>', "Dübendorf"),
        ('<div class="ArticlePage-dateline">WASHINGTON</div>', "WASHINGTON"),
    ],
)
def test_dateline_element(html: str, place: str) -> None:
    ctx = _ctx(["Gunmen opened fire on visitors at the museum on Wednesday."], html)
    found = dateline_element(ctx)
    assert found is not None
    assert place == found.value.place


@pytest.mark.parametrize(
    "html",
    [
        '<span class="dateline">Published Nov. 19, 2019</span>',
        '<span class="dateline">KATAPULT-Podcast</span>',
        '<span class="dateline">Updated: 3 hours ago</span>',
    ],
)
def test_dateline_element_negative(html: str) -> None:
    assert dateline_element(_ctx([STORY], html)) is None


def test_raw_matches_block_prefix_for_engine_split() -> None:
    html = '<p><span class="dateline">CAIRO —</span> Gunmen opened fire.</p>'
    found: Any = dateline_element(_ctx(["CAIRO — Gunmen opened fire."], html))
    assert found is not None
    assert "CAIRO — Gunmen opened fire.".startswith(found.value.raw)
