"""Story text outside the obvious container: a standfirst set far above the body, and a
"Related" box set between two paragraphs of the story. One page shape per test, each with
its negative case."""

from __future__ import annotations

import lxml.html
import pytest

from copydesk.heuristics.body import extract_body
from copydesk.heuristics.containers import is_story_text_class, part_wrappers
from copydesk.heuristics.scoring import analyse, strip_chrome

STORY = (
    "The council voted on Tuesday to close the bridge, citing cracks found during an inspection.",
    "Engineers said repairs could take a year, and that ferries would run in the meantime.",
    "Residents, many of whom cross daily, packed the hall to ask how long the detour would be.",
    "The mayor said the city would apply for state money, but gave no timeline for the work.",
)
DEK = "The city shuts its oldest bridge after engineers found cracks in two of its piers."


def texts(html: str) -> list[str]:
    result = extract_body(lxml.html.document_fromstring(html))
    assert result is not None
    return [b.text for b in result.blocks]


def paras(items: tuple[str, ...] = STORY) -> str:
    return "".join(f"<p>{t}</p>" for t in items)


def test_standfirst_four_levels_above_the_story_text() -> None:
    # Themes nest the text in entry-content > row > div > text (beside an ad slot); the
    # header zone with the standfirst is a sibling of entry-content, four levels up.
    html = (
        "<html><body><div class='post'><div class='intro'><p><a href='/'>Home</a> » "
        "<a href='/n'>News</a> » <a href='/n/city'>City and region news</a></p>"
        "<h1>Bridge closes</h1>"
        "<div class='mots'><a href='/t/1'>Bridges</a> <a href='/t/2'>Traffic and transport</a>"
        " <a href='/t/3'>Council</a> <a href='/t/4'>Ferries and boats</a></div>"
        f"<div class='chapo'><div><p>{DEK}</p></div></div></div>"
        "<div class='entry-content'><div class='row'><div>"
        f"<div class='article_texte'>{paras()}</div><div class='pub'>Anzeige</div></div></div>"
        "</div></div></body></html>"
    )
    assert texts(html) == [DEK, *STORY]


def test_header_zone_holding_the_headline_is_not_the_standfirst() -> None:
    # The zone is named "intro" but holds the headline and a kicker: only its paragraph
    # is the standfirst, the headline stays out of the story.
    html = (
        "<html><body><main><div class='top'><header class='intro'><h2 class='intro__title'>"
        "<b>News | 30.10.2021</b> Bridge closes for a year</h2>"
        f"<p class='intro__text'>{DEK}</p></header></div><div class='cols'><div class='col'>"
        f"<div class='text'>{paras()}</div></div><div class='col'><p>Contact us</p></div></div>"
        "</main></body></html>"
    )
    assert texts(html) == [DEK, *STORY]


def test_unrelated_intro_box_far_from_the_story_is_not_taken() -> None:
    # A promo "intro" box with links is not prose: no standfirst.
    promo = "<a href='/a'>Subscribe to our newsletter for more stories about the city today</a>"
    html = (
        f"<html><body><div class='intro'><p>{promo}</p></div>"
        f"<div class='entry-content'><div class='row'><div><div>{paras()}</div></div></div>"
        "</div></body></html>"
    )
    assert texts(html) == list(STORY)


RELATED = (
    "<div class='box'><div class='inner'><h3>Related</h3><ul>"
    "<li><a href='/x'>Seagate will ship 20TB hard drives next year</a></li>"
    "<li><a href='/y'>Microsoft stores data in DNA</a></li></ul></div></div>"
)


def test_related_inset_between_story_paragraphs_does_not_end_the_story() -> None:
    html = (
        f"<html><body><article id='a'>{paras(STORY[:3])}{RELATED}{paras(STORY[3:])}"
        "</article></body></html>"
    )
    assert texts(html) == list(STORY)


def test_related_box_after_the_story_still_ends_it() -> None:
    tail = "<p>Copyright 2020, all rights reserved.</p>"
    html = f"<html><body><article id='a'>{paras()}{RELATED}{tail}</article></body></html>"
    assert texts(html) == list(STORY)


def test_related_line_in_the_story_box_still_ends_the_story() -> None:
    # "Related" set as a plain line among the story's own paragraphs: the end, as before.
    more = "<p>Other news: the library reopens, with longer hours, on Monday next week.</p>"
    html = f"<html><body><article id='a'>{paras()}<p>Related</p>{more}</article></body></html>"
    assert texts(html) == list(STORY)


MOST_READ = "".join(
    f"<li><a href='/m{i}'>Most read story number {i} of the day, with a long headline</a></li>"
    for i in range(8)
)


def parts_page(part_class: str) -> str:
    # A story cut into sibling sections by the CMS (first paragraph, second paragraph, rest),
    # each holding its text in an element with one class; the parts' own classes differ.
    part = f"<section class='{part_class}'>"
    return (
        "<html><body><main><div class='col'>"
        f"<section class='detail first'>{part}<p>{STORY[0]}</p></section></section>"
        f"<section class='detail second'>{part}<p>{STORY[1]}</p></section></section>"
        "<section class='inline-more'><a href='/z'>More: the ferry timetable</a></section>"
        f"<section class='detail'>{part}{paras(STORY[2:] * 3)}</section></section>"
        f"<ul class='list'>{MOST_READ}</ul></div></main></body></html>"
    )


def test_story_parts_sharing_a_text_class_are_one_story() -> None:
    assert texts(parts_page("body-content note-body")) == [*STORY[:2], *STORY[2:] * 3]


def test_parts_sharing_a_layout_class_are_not_joined() -> None:
    # "span12" names a layout cell, not story text: the best part stands alone.
    assert texts(parts_page("span12")) == list(STORY[2:] * 3)


FACTS = "The firm was ordered on Monday to pay two billion dollars to a couple who fell ill."


def test_text_div_just_before_the_story_is_its_first_paragraph() -> None:
    html = (
        f"<html><body><div class='wysiwyg'><div class='facts'>{FACTS}</div>"
        f"<div class='reserve'>{paras()}</div></div><ul>{MOST_READ}</ul></body></html>"
    )
    assert texts(html) == [FACTS, *STORY]


def test_text_div_after_the_story_is_not_taken() -> None:
    footer = "Posted on Tuesday, May 6, 2014 at 23:30 and filed under Linux, with comments closed."
    html = (
        f"<html><body><div class='wysiwyg'><div class='reserve'>{paras()}</div>"
        f"<div class='postmetadata'>{footer}</div></div><ul>{MOST_READ}</ul></body></html>"
    )
    assert texts(html) == list(STORY)


def test_standfirst_as_a_bare_div_repeating_the_description() -> None:
    html = (
        f"<html><head><meta name='description' content='{DEK}'></head><body>"
        f"<div class='top'><h1>Bridge closes</h1><div>{DEK}</div></div>"
        f"<div class='text'>{paras()}</div><ul>{MOST_READ}</ul></body></html>"
    )
    assert texts(html) == [DEK, *STORY]


def test_bare_div_unlike_the_description_is_not_the_standfirst() -> None:
    html = (
        "<html><head><meta name='description' content='Something else, said the page.'>"
        f"</head><body><div class='top'><h1>Bridge closes</h1><div>{DEK}</div></div>"
        f"<div class='text'>{paras()}</div><ul>{MOST_READ}</ul></body></html>"
    )
    assert texts(html) == list(STORY)


def component(head: str, text_class: str, items: tuple[str, ...], tag: str = "h2") -> str:
    return (
        f"<article class='paragraph paragraph--text'><{tag}>{head}</{tag}>"
        f"<div class='{text_class}'>{paras(items)}</div></article>"
    )


def components_page(text_class: str, tag: str = "h2") -> str:
    # A story built of "paragraph" components, each a subheading and a text element, with
    # a teaser component of another class between them.
    teaser = (
        "<article class='paragraph paragraph--teaser'><div class='paragraph__content'>"
        "<a href='/t'>How to soundproof a wall in a weekend, step by step</a></div></article>"
    )
    return (
        f"<html><body><main><section class='article-full__content'>"
        f"{component('Why it matters', text_class, STORY[:2], tag)}{teaser}"
        f"{component('What it costs', text_class, STORY[2:] * 2, tag)}"
        f"{component('Who can help', text_class, STORY[:3], tag)}"
        f"</section><ul>{MOST_READ}</ul></main></body></html>"
    )


def test_story_built_of_repeated_components_is_read_whole() -> None:
    assert texts(components_page("paragraph__content")) == [
        "Why it matters",
        *STORY[:2],
        "What it costs",
        *STORY[2:] * 2,
        "Who can help",
        *STORY[:3],
    ]


def best_part_wrappers(html: str) -> list[str]:
    body = lxml.html.document_fromstring(html).find("body")
    assert body is not None
    strip_chrome(body)
    analysis = analyse(body)
    best = max(analysis.final, key=analysis.final.__getitem__)
    return [el.get("class") or "" for el in part_wrappers(best, analysis.stats, body)]


def test_part_wrappers_of_the_best_text_element() -> None:
    assert (
        best_part_wrappers(components_page("paragraph__content"))
        == ["paragraph paragraph--text"] * 3
    )


@pytest.mark.parametrize(
    ("text_class", "tag"),
    [("paragraph__content", "h1"), ("span12", "h2")],
    ids=["each-has-a-headline", "layout-class"],
)
def test_no_part_wrappers(text_class: str, tag: str) -> None:
    # A wrapper with its own <h1> is an infinite scroll's next article; a layout class
    # ("span12") does not name story text.
    assert best_part_wrappers(components_page(text_class, tag)) == []


@pytest.mark.parametrize(
    ("cls", "expected"),
    [
        ("body-content note-body", True),
        ("article-text", True),
        ("story__text", True),
        ("span12", False),
        ("bd", False),
        ("col-md-8 row", False),
    ],
)
def test_story_text_class(cls: str, expected: bool) -> None:
    # Only a class naming story text makes same-class elements elsewhere story parts.
    assert is_story_text_class(cls) is expected
