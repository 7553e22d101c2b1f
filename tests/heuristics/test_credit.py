"""Credit (wire agency) recognition and rules, on snippets written for these tests."""

from __future__ import annotations

import time

import attrs
import pytest

from copydesk.heuristics.credit import (
    CREDIT_RULES,
    credit_agency_site,
    credit_byline,
    credit_dateline,
    credit_from_text,
    credit_jsonld,
    credit_opening,
    credit_trailer,
)
from copydesk.model import Block, Byline, Credit, Dateline, Person
from copydesk.page import Page
from copydesk.rules import Context, Found


@attrs.frozen
class _Body:
    blocks: tuple[Block, ...]


def _ctx(
    paragraphs: tuple[str, ...] = (),
    *,
    html: str = "<html><body><p>x</p></body></html>",
    url: str | None = "https://www.localpaper.example/news/1",
    **found: object,
) -> Context:
    ctx = Context(page=Page(html, url=url))
    blocks = tuple(Block(kind="paragraph", text=t) for t in paragraphs)
    ctx.found["body"] = Found(value=_Body(blocks), rule="x")
    for key, value in found.items():
        ctx.found[key] = Found(value=value, rule="x")
    return ctx


def _first(ctx: Context) -> Found[Credit] | None:
    return next((f for f in (rule(ctx) for rule in CREDIT_RULES) if f is not None), None)


STORY = ("The council voted on Tuesday to approve the new budget.", "It takes effect in May.")


@pytest.mark.parametrize(
    ("text", "name", "abbr"),
    [
        ("AP", "Associated Press", "AP"),
        ("The Associated Press", "Associated Press", "AP"),
        ("Reuters", "Reuters", None),
        ("AFP/The Local", "Agence France-Presse", "AFP"),
        ("dpa/lno", "dpa", None),
        ("dsw / DPA", "dpa", None),
        ("Bloomberg News", "Bloomberg News", None),
        ("PTI", "Press Trust of India", "PTI"),
        ("Kyodo", "Kyodo News", "Kyodo"),
        ("Agenzia ANSA", "ANSA", None),
        ("Reuters Editorial", "Reuters", None),
    ],
)
def test_credit_from_text(text: str, name: str, abbr: str | None) -> None:
    credit = credit_from_text(text)
    assert credit is not None
    assert name == credit.name
    assert abbr == credit.abbr


@pytest.mark.parametrize(
    "text",
    [
        "",
        "The Local",
        "KXAN",
        "ap",
        "Jane Doe",
        "Editorial Staff",
        "A story the Associated Press " * 10,
    ],
)
def test_credit_from_text_negative(text: str) -> None:
    assert credit_from_text(text) is None


def test_credit_dateline() -> None:
    dateline = Dateline(raw="KYIV, Ukraine (AP) — ", place="KYIV, Ukraine", agency="AP")
    found = credit_dateline(_ctx(STORY, dateline=dateline))
    assert found is not None
    assert found.value.name == "Associated Press"
    assert found.rule == "heuristic:credit-dateline"


def test_credit_dateline_local_station_is_not_a_credit() -> None:
    dateline = Dateline(raw="AUSTIN (KXAN) — ", place="AUSTIN", agency="KXAN")
    assert credit_dateline(_ctx(STORY, dateline=dateline)) is None


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("(Reuters) — The New York State Attorney General is investigating.", "Reuters"),
        ("(AP) -- A fire broke out on Monday.", "Associated Press"),
        ("BANGKOK, Thailand (AFP) - Police said on Monday.", "Agence France-Presse"),
    ],
)
def test_credit_opening(opening: str, name: str) -> None:
    found = credit_opening(_ctx((opening, *STORY)))
    assert found is not None
    assert name == found.value.name


def test_credit_opening_ignores_mentions() -> None:
    assert credit_opening(_ctx(("He told Reuters (and others) - nothing.", *STORY))) is None


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        (
            Byline(
                raw="By A and B, Bloomberg News",
                people=(Person(name="A B"),),
                organisations=("Bloomberg News",),
            ),
            "Bloomberg News",
        ),
        (Byline(raw="Reuters", organisations=("Reuters",)), "Reuters"),
        (Byline(raw="dsw / DPA", organisations=("DPA",)), "dpa"),
    ],
)
def test_credit_byline(byline: Byline, name: str) -> None:
    found = credit_byline(_ctx(STORY, byline=byline))
    assert found is not None
    assert name == found.value.name
    assert found.rule == "heuristic:credit-byline"


def test_credit_byline_local_outlet_is_not_a_credit() -> None:
    byline = Byline(
        raw="By Ann Lee, The Local", people=(Person(name="Ann Lee"),), organisations=("The Local",)
    )
    assert credit_byline(_ctx(STORY, byline=byline)) is None


@pytest.mark.parametrize(
    ("last", "name"),
    [
        ("—Associated Press", "Associated Press"),
        ("(Reuters)", "Reuters"),
        ("Copyright 2019 The Associated Press. All rights reserved.", "Associated Press"),
        ("© 2020 AFP", "Agence France-Presse"),
        ("This story was originally published by States Newsroom.", "States Newsroom"),
        ("The mayor declined to comment. (AFP)", "Agence France-Presse"),
        ("Reporting by Ann Lee; Editing by Bo Park", "Reuters"),
        ("More than 300 people were deported last year. PTI", "Press Trust of India"),
        ("Die Gespräche sollen am Montag weitergehen. dpa", "dpa"),
    ],
)
def test_credit_trailer(last: str, name: str) -> None:
    found = credit_trailer(_ctx((*STORY, last)))
    assert found is not None
    assert name == found.value.name
    assert found.rule == "heuristic:credit-trailer"


@pytest.mark.parametrize(
    "last",
    [
        "The mayor told Reuters she would not run again.",
        "The Associated Press contributed to this report from the capital, where talks went on.",
        "AP Photo/Jane Doe",
        "The talks will resume at the UN. NATO",  # an upper-case word, but not an agency
        "The figures come from the statistics office. Ende",
        "He said he would tell AFP.",  # a mention, not a sign-off
    ],
)
def test_credit_trailer_negative(last: str) -> None:
    assert credit_trailer(_ctx((*STORY, last))) is None


def test_credit_jsonld_source_organization() -> None:
    html = """<html><head><script type="application/ld+json">
    {"@type": "NewsArticle", "sourceOrganization": {"@type": "Organization",
     "name": "The Associated Press"}}</script></head><body></body></html>"""
    found = credit_jsonld(_ctx(STORY, html=html))
    assert found is not None
    assert found.value.name == "Associated Press"
    assert found.rule == "jsonld:sourceOrganization"


def test_credit_jsonld_local_publisher_is_not_a_credit() -> None:
    html = """<html><head><script type="application/ld+json">
    {"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "The Local Paper"}}
    </script></head><body></body></html>"""
    assert credit_jsonld(_ctx(STORY, html=html)) is None


def test_credit_jsonld_agency_publisher_on_a_paper_site() -> None:
    html = """<html><head><script type="application/ld+json">
    {"@type": "NewsArticle", "publisher": {"@type": "NewsMediaOrganization",
     "name": "Associated Press"}}</script></head><body></body></html>"""
    found = credit_jsonld(_ctx(STORY, html=html))
    assert found is not None
    assert found.value.name == "Associated Press"
    assert found.rule == "jsonld:publisher"


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("https://www.reuters.com/article/x", "Reuters"),
        ("https://apnews.com/article/x", "Associated Press"),
        ("https://www.afp.com/en/news/x", "Agence France-Presse"),
    ],
)
def test_credit_agency_site(url: str, name: str) -> None:
    found = credit_agency_site(_ctx(STORY, url=url))
    assert found is not None
    assert name == found.value.name


def test_no_credit_on_a_staff_story() -> None:
    byline = Byline(raw="By Ann Lee", people=(Person(name="Ann Lee"),))
    dateline = Dateline(raw="CAIRO — ", place="CAIRO")
    assert _first(_ctx(STORY, byline=byline, dateline=dateline)) is None


def test_credit_rules_are_fast_on_hostile_input() -> None:
    hostile = ("(" * 3000, "Reporting by " + "A; " * 3000, "— " * 5000, "AP " * 5000)
    start = time.perf_counter()
    for text in hostile:
        credit_from_text(text)
        ctx = _ctx((text, *STORY, text))
        credit_opening(ctx)
        credit_trailer(ctx)
    assert time.perf_counter() - start < 1.0
