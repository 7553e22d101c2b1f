"""The furniture pass of :mod:`copydesk.heuristics.scoring` on pages whose class names say
nothing (stripped, or hashed as CSS-in-JS sites do): one page shape per test, with its
negative case."""

from __future__ import annotations

import lxml.html
import pytest

from copydesk.heuristics.body import extract_body
from copydesk.heuristics.scoring import analyse, strip_chrome

STORY = (
    "The council voted on Tuesday to close the bridge, citing cracks found during an inspection.",
    "Engineers said repairs could take a year, and that ferries would run in the meantime.",
    "Residents, many of whom cross daily, packed the hall to ask how long the detour would be.",
)


def menu(n: int) -> str:
    """A menu of ``n`` links, no class names."""
    items = "".join(
        f"<li><a href='/section/{i}'>Section number {i} of the site menu</a></li>" for i in range(n)
    )
    return f"<div><ul>{items}</ul></div>"


def aspnet_page(menu_links: int, attrs: str = "") -> str:
    # ASP.NET wraps the whole page in one <form>; the menus inside carry no class to drop
    # them by, so the form is link-dense as a whole.
    story = "".join(f"<p>{t}</p>" for t in STORY)
    return (
        f"<html><body><form method='post' action='./story.aspx'{attrs}>{menu(menu_links)}"
        f"<div><div><h1>Bridge closes</h1><div>{story}</div></div></div>{menu(menu_links)}"
        "</form></body></html>"
    )


def texts(html: str) -> list[str]:
    result = extract_body(lxml.html.document_fromstring(html))
    return [] if result is None else [b.text for b in result.blocks]


@pytest.mark.parametrize("attrs", ["", " id='aspnetForm'", " class='css-1x2y3z'"], ids=repr)
def test_link_dense_form_wrapping_the_page_is_not_furniture(attrs: str) -> None:
    assert texts(aspnet_page(12, attrs)) == list(STORY)


def test_link_dense_form_beside_the_story_is_still_furniture() -> None:
    # A search/subscribe form next to the story holds little of the page: it goes.
    story = "".join(f"<p>{t}</p>" for t in STORY)
    form = (
        "<form action='/subscribe'><p>Get our newsletter, every morning at seven, free</p>"
        f"{menu(6)}</form>"
    )
    html = f"<html><body><div>{story}</div>{form}</body></html>"
    body = lxml.html.document_fromstring(html).find("body")
    assert body is not None
    strip_chrome(body)
    analyse(body)
    assert body.find(".//form") is None
    assert texts(html) == list(STORY)


COMMENTS = tuple(
    f"Comment number {i}: I have watched this bridge for years, and frankly the repairs are "
    "long overdue, whatever the council says about the money, the ferries or the detour."
    for i in range(6)
)


def thread() -> str:
    """A comment thread set as the article's footer, no class names."""
    posts = "".join(
        f"<li><article><div><a href='/u/{i}'>reader{i}</a> <time>2 days ago</time></div>"
        f"<div><p>{text}</p></div></article></li>"
        for i, text in enumerate(COMMENTS)
    )
    return f"<footer><div><h3>Share this:</h3></div><ol>{posts}</ol></footer>"


def test_article_footer_with_a_long_comment_thread_is_furniture() -> None:
    story = "".join(f"<p>{t}</p>" for t in STORY)
    html = (
        f"<html><body><div><main><article><h1>Bridge closes</h1><div>{story}</div>{thread()}"
        "</article></main></div></body></html>"
    )
    assert texts(html) == list(STORY)


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(
            "<html><body><article><h1>Bridge closes</h1><footer>{story}</footer></article>"
            "<div><a href='/'>Home</a></div></body></html>",
            id="story-in-the-article-footer",
        ),
        pytest.param(
            "<html><body><div><h1>Bridge closes</h1></div><footer>{story}</footer>"
            "<div><a href='/'>Home</a></div></body></html>",
            id="story-in-a-page-footer",
        ),
    ],
)
def test_footer_holding_the_story_stays(html: str) -> None:
    # A layout that sets the story itself in a <footer>: no story prose outside it.
    story = "".join(f"<p>{t}</p>" for t in STORY)
    assert texts(html.format(story=story)) == list(STORY)


CARD = (
    "<span><span><img src='/img/doe.jpg'><a href='/people/jane-doe'>Jane Lynn Doe</a>"
    "<a href='/news/1'>Doe doubles down on her anti-drug campaign</a> "
    "<a href='/news/2'>State drops protest laws after lawsuit</a> "
    "<a href='/people/jane-doe'>MORE</a></span></span>"
)


def test_classless_hover_card_after_a_name_is_dropped() -> None:
    sentence = (
        f"<p>Gov. <span><a href='/people/jane-doe'>Jane Doe</a>{CARD}</span> is defending the "
        "state's new anti-drug campaign, which drew laughs online.</p>"
    )
    html = f"<html><body><div>{sentence}" + "".join(f"<p>{t}</p>" for t in STORY) + "</div>"
    assert texts(html + "</body></html>")[0] == (
        "Gov. Jane Doe is defending the state's new anti-drug campaign, which drew laughs online."
    )


@pytest.mark.parametrize(
    "inline",
    [
        pytest.param(
            "<a href='/c/fr'>France</a><span><a href='/c/de'>Germany</a>, "
            "<a href='/c/it'>Italy</a> and <a href='/c/es'>Spain</a></span>",
            id="linked-names-no-photo",
        ),
        pytest.param(
            "France<span><img src='/f.png'><a href='/c/de'>Germany</a><a href='/c/it'>Italy</a>"
            "<a href='/c/es'>Spain</a></span>",
            id="not-after-a-link",
        ),
    ],
)
def test_linked_words_in_a_sentence_are_not_a_hover_card(inline: str) -> None:
    sentence = f"<p>Leaders from {inline} met on Monday to talk about the bridge, and ferries.</p>"
    html = f"<html><body><div>{sentence}" + "".join(f"<p>{t}</p>" for t in STORY) + "</div>"
    first = texts(html + "</body></html>")[0]
    assert "Germany" in first
    assert "Spain" in first
