"""What counts as chrome: class/id words, hidden markup and whole-line wording."""

from __future__ import annotations

import time

import lxml.html
import pytest

from copydesk.heuristics.boilerplate import furniture_class, is_furniture_attr, is_hidden
from copydesk.heuristics.chromewords import (
    is_agency_line,
    is_credit_caption,
    is_date_line,
    is_junk_line,
    is_junk_run,
    is_meta_line,
    is_section_end,
)


@pytest.mark.parametrize(
    ("cls", "ident", "expected"),
    [
        ("comments-area", None, "strong"),
        ("social-share-bar", None, "strong"),
        ("related-articles", None, "strong"),
        ("newsletter-signup", None, "strong"),
        ("author-bio", None, "strong"),
        ("ad-slot", None, "weak"),
        ("widget Blog", "Blog1", "weak"),
        ("sidebar", None, "weak"),
        (None, "nav", "weak"),
        ("entry-content", None, None),
        ("article-body has-share-bar", None, None),
        # WordPress term classes name the post's topics, not the element's role.
        ("post type-post tag-politics category-news author-jane", None, None),
        # ... but "author-note" is the author's note box under a chapter, not a term.
        ("portlet solid author-note-portlet", None, "weak"),
        ("post-author", None, "strong"),  # the author box under a post, not a term class
        ("post-author-jane", None, None),
        ("section", "sharing-with-a-single-developer", None),
        ("single comments-open with-sidebar no-ads", "page", None),  # state flags
        ("thread shadow head", None, None),
        ("social-media-embed", None, None),  # a quoted post, not a share bar
        ("twitter-tweet", None, None),
        (None, None, None),
    ],
    ids=lambda v: str(v),
)
def test_furniture_class(cls: str | None, ident: str | None, expected: str | None) -> None:
    assert furniture_class(cls, ident) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("masthead-logo", True),
        ("story-body", False),
        ("entry byline-enabled", False),  # a content word beside a weak word wins
        ("byline", True),
        ("head", False),
    ],
)
def test_is_furniture_attr(words: str, expected: bool) -> None:
    assert is_furniture_attr(words) is expected


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<div style="display: none">x</div>', True),
        ('<div style="visibility:hidden">x</div>', True),
        ("<div hidden>x</div>", True),
        ('<div aria-hidden="true">x</div>', True),
        ('<span class="sr-only">Share on Facebook</span>', True),
        ('<div class="visually-hidden">x</div>', True),
        ('<div class="unhidden-story">x</div>', False),
        ('<div style="display:block">x</div>', False),
    ],
)
def test_is_hidden(html: str, expected: bool) -> None:
    assert is_hidden(lxml.html.fragment_fromstring(html)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Advertisement", True),
        ("ADVERTISEMENT", True),
        ("Loading...", True),
        ("Read more", True),
        ("Continue reading", True),
        ("Share this article", True),
        ("Photo: Jane Doe/AP", True),
        ("(Credit: Marguerite Reardon/CNET)", True),
        ("Courtesy G4", True),
        ("© 2024 The Columbian. All rights reserved.", True),
        ("Like this:", True),
        ("Anzeige", True),
        ("If you found this valuable, please consider making a donation to support it.", True),
        ("Donate today to support local journalism.", True),
        ("Please enable JavaScript to view the comments.", True),
        ("The billionaire donated $1m to the campaign last year, records show.", False),
        ("The advertisement ran for weeks before anyone noticed.", False),
        ("Loading the ship took three days, the captain said.", False),
        ("Read more about the plan in the council's report, which was released Tuesday.", False),
        ("Skip to main content", True),
        ("Sharing is caring!", True),
        ("BGR may receive a commission on orders placed through this article.", True),
        ("The broker will earn a commission of 3 percent on the sale, the filing shows.", False),
        ("Pinterest", True),
        ("Written by", True),
        ("Explore further", True),
        ("Filed under: Politics |", True),
        ("Twitter said on Monday it would ban political ads.", False),
        ("Written by hand, the letter was found in a drawer.", False),
        ("Related Roundup: MacBook Pro", True),
        (
            "This website uses cookies. By continuing to use our website without changing the "
            "settings, you are agreeing to our use of cookies. Click here for more information.",
            True,
        ),
        ("We use cookies to improve your experience on our site.", True),
        ("The regulator found the website uses cookies to track readers without consent.", False),
        ("By continuing the talks, the ministers kept the deal alive.", False),
        ("Skip the queue and go straight to the front, the guide advised.", False),
        (
            "Copyright 2024 The Associated Press. All rights reserved. This material may not "
            "be published, broadcast, rewritten or redistributed.",
            True,
        ),
        ("Copyright Reuters 2024", True),
        ("Copyright lawyers say the ruling could change how music is sampled.", False),
        ("Copyright cases rose in 2023.", False),
        ("(c) the council must publish its accounts within six months of the year end", False),
    ],
)
def test_is_junk_line(text: str, expected: bool) -> None:
    assert is_junk_line(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Support local journalism", True),
        ("Support Independent Journalism", True),
        ("Related Articles", True),
        ("Related", True),
        ("More from Nation & World", True),
        ("You may also like", True),
        ("Comments", True),
        ("Leave a Reply", True),
        ("Lesen Sie auch", True),
        ("More Great WIRED Stories", True),
        ("More stories were told that night than anyone could remember.", False),
        ("Support for the plan grew over the summer.", False),
        ("Related charges were filed against two other men.", False),
        ("Comments made by the mayor drew criticism.", False),
    ],
)
def test_is_section_end(text: str, expected: bool) -> None:
    assert is_section_end(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By Iain Marlow and Andrea Palasciano, Bloomberg News", True),
        ("Published: December 4, 2024, 1:35pm", True),
        ("Updated 3 hours ago", True),
        ("Veröffentlicht am 3. März 2017", True),
        ("BY JANE DOE, Associated Press", True),
        ("By Jane Doe, staff writer", True),
        ("Bystanders said the fire started at noon and spread quickly.", False),
        ("By the end of the day, 20 people had died.", False),
        ("Updated figures show the rate rose.", False),
        (
            "By the time firefighters arrived, the warehouse had burned to the ground and "
            "three neighbouring buildings were evacuated as the wind carried embers across "
            "the river.",
            False,
        ),
    ],
)
def test_is_meta_line(text: str, expected: bool) -> None:
    assert is_meta_line(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("23. März 2017 , aktualisiert 23. März 2017, 15:43 Uhr", True),
        ("Updated: Dec. 4, 2024 at 1:35 p.m. ET", True),
        ("Wednesday, December 4, 2024", True),
        ("2024-12-04 13:35", True),
        ("In 2017 the company sold its US unit.", False),
        ("December", False),  # no year or clock: not a timestamp
    ],
)
def test_is_date_line(text: str, expected: bool) -> None:
    assert is_date_line(text) is expected


@pytest.mark.parametrize(
    "predicate",
    [
        is_junk_line,
        is_section_end,
        is_meta_line,
        is_date_line,
        is_furniture_attr,
        is_junk_run,
        is_credit_caption,
    ],
)
def test_predicates_are_fast_on_hostile_text(predicate: object) -> None:
    hostile = ["a " * 50_000, "by " + "x" * 100_000, "-" * 100_000 + "!", "2024 " * 20_000]
    start = time.perf_counter()
    for text in hostile:
        predicate(text)  # type: ignore[operator]
    assert time.perf_counter() - start < 0.5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zum Rezept Drucken Pinnen", True),
        ("Print This Article Share it With Friends", True),
        ("Share Tweet Submit", True),
        ("(Noch keine Bewertungen) Loading...", True),
        ("Share Tweet Email", True),
        ("Comments made by the mayor", False),
        ("Related charges were filed", False),
        ("Print", False),  # one phrase is is_junk_line's business
        ("Read more about the plan in the report on the bridge repairs today", False),
    ],
)
def test_is_junk_run(text: str, expected: bool) -> None:
    assert is_junk_run(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lee Elder at the Masters in 1975. | © Augusta National/Getty Images", True),
        ("The president speaks in Ohio on Monday. (AP Photo/Evan Vucci)", True),
        ("Rescue workers search the rubble. Photo: Jane Doe/Reuters", True),
        ("Crowds gather outside the court on Friday. /AFP", True),
        ("The agency said the photo: was taken in 2019 near the border.", False),
        ("The council voted to close the bridge, citing cracks found in an inspection.", False),
        ("Copyright law was the subject of the hearing, which lasted hours. " * 6, False),
    ],
)
def test_is_credit_caption(text: str, expected: bool) -> None:
    assert is_credit_caption(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Associated Press", True),
        ("— Reuters", True),
        ("AFP", True),
        ("Reuters reported the fire first, citing two officials.", False),
        ("Press", False),
    ],
)
def test_is_agency_line(text: str, expected: bool) -> None:
    assert is_agency_line(text) is expected
