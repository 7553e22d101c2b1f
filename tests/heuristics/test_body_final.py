"""Last-round body fixes on real page shapes (session 2, issue #3)."""

from __future__ import annotations

import lxml.html
import pytest

import copydesk
from copydesk.heuristics.body import extract_body
from copydesk.heuristics.chromewords import is_section_end
from copydesk.heuristics.threads import is_thread_url

STORY_RU = (
    "Диета Аткинса основана на резком сокращении углеводов в ежедневном рационе питания.",
    "В первые две недели разрешено не более двадцати граммов углеводов, затем норма растёт.",
    "Многие худеющие отмечают, что чувство голода на такой диете почти не беспокоит их.",
    "Недостаток диеты в том, что она требует постоянного подсчёта углеводов в продуктах.",
)


def texts(body: str) -> list[str]:
    html = f"<html><head><title>Диета Аткинса</title></head><body>{body}</body></html>"
    result = extract_body(lxml.html.document_fromstring(html))
    assert result is not None
    return [b.text for b in result.blocks]


def story_ru() -> str:
    return "".join(f"<p>{t}</p>" for t in STORY_RU)


TEASER_CARDS = (
    "<div class='cards'><h2>Самые популярные диеты</h2>"
    + "".join(
        f"<div class='card'><div class='title'><a href='/d{i}.html'>Диета номер {i}</a></div>"
        f"<div class='text'>Эффективная диета. Результат {i} кг за 7 дней.</div></div>"
        for i in range(1, 5)
    )
    + "</div>"
)
REVIEWS = (
    "<div class='rev'><h3>Отзывы</h3><div>Добавить отзыв</div>"
    "<p>Сижу на этой диете неделю, минус два килограмма, продолжаю.</p></div>"
)


@pytest.mark.parametrize(
    "tail",
    [
        pytest.param(TEASER_CARDS, id="most-popular-teaser-cards"),
        pytest.param(REVIEWS, id="reviews-section"),
        pytest.param(
            "<h3>Читайте также</h3><p>Белковая диета: меню на неделю.</p>", id="read-also"
        ),
    ],
)
def test_russian_section_titles_end_the_story(tail: str) -> None:
    assert texts(f"<div class='story'>{story_ru()}{tail}</div>") == list(STORY_RU)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("Самые популярные диеты", True, id="most-popular-x"),
        pytest.param("Комментарии", True, id="comments"),
        pytest.param("Похожие статьи", True, id="similar-articles"),
        pytest.param("Отзывы врачей о диете Аткинса разделились", False, id="sentence-on-reviews"),
        pytest.param("Популярные мифы о диете Аткинса и что за ними", False, id="popular-myths"),
    ],
)
def test_russian_section_end_words(line: str, expected: bool) -> None:
    assert is_section_end(line) is expected


def test_russian_subheading_mid_story_is_kept() -> None:
    # A subheading that merely mentions reviews, followed by story, is not an end.
    body = (
        f"<div class='story'>{story_ru()}<h2>Отзывы врачей</h2>"
        "<p>Врачи относятся к диете по-разному: одни её хвалят, другие предупреждают о рисках.</p>"
        "</div>"
    )
    assert texts(body)[-1].startswith("Врачи относятся")


# ----------------------------------------------------------------- forum threads

OPENING = (
    "Since the update to version 13 my phone no longer reaches the app store over mobile data.",
    "Everything else works over LTE, the browser and other apps included. Any ideas, anyone?",
)
REPLIES = (
    "Check the per-app cellular settings, the store may have been switched off there.",
    "Same here on two phones; a reset of the network settings fixed it for me in the end.",
    "Did you try signing out of the store and back in? That helped a friend with this.",
)
# A moderator's long answer: longer than the opening post, which it must not replace.
ANSWER = (
    "We cannot change how the store uses mobile data from our side, sorry to say, and we know "
    "that many of you have asked about it in the last few days, here and by mail.",
    "The setting lives in the phone's own menu, under mobile data, where each app is listed "
    "with a switch of its own; after an update some of these switches go back to off.",
    "If the switch is on and the store still will not load, sign out of your account, restart "
    "the phone and sign in again, which has fixed it for most of the people who wrote to us.",
)
# Teasers of the site's news beside the thread, written as short paragraphs.
NEWS_BOX = (
    "<div class='sidebar-news'>"
    + "".join(
        f"<h3><a href='/n/{i}'>Headline number {i} of the news desk</a></h3>"
        f"<p>A short summary of story {i}, written to make readers click, with a comma.</p>"
        for i in range(8)
    )
    + "</div>"
)


def post(author: str, texts: tuple[str, ...] | str, *, inner: str = "") -> str:
    paras = "".join(f"<p>{t}</p>" for t in ((texts,) if isinstance(texts, str) else texts))
    return (
        f"<div class='comment'><div class='comment-info'><span>{author}</span>"
        f"<span>28.09.19 12:44</span></div><div class='comment-text'>{paras}</div>{inner}</div>"
    )


def thread_page(posts: str) -> str:
    return (
        "<html><head><title>No app store over mobile data</title></head><body>"
        "<nav><a href='/'>Home</a><a href='/forum/'>Forum</a></nav>"
        "<h1>No app store over mobile data</h1>"
        f"<div class='thread'>{posts}</div>"
        "<aside><ul><li><a href='/n/1'>Review of the new headphones</a></li>"
        "<li><a href='/n/2'>Apple Pay at more banks</a></li></ul></aside>"
        "<footer>Forum software © 2019</footer></body></html>"
    )


def paragraphs(html: str, url: str) -> list[str]:
    return list(copydesk.parse(html, url=url).paragraphs)


THREAD_URL = "https://example.com/forum/discussion/no-app-store-over-mobile-data-338679.html"


def test_thread_opening_post_in_comment_box_is_the_story() -> None:
    posts = post("mac1", OPENING) + "".join(post(f"u{i}", r) for i, r in enumerate(REPLIES))
    html = thread_page(posts).replace("<aside>", NEWS_BOX + "<aside>")
    assert paragraphs(html, THREAD_URL) == list(OPENING)


def test_thread_replies_nested_by_broken_markup_are_left_out() -> None:
    nested = post("mod", ANSWER)
    for i, reply in reversed(list(enumerate(REPLIES))):
        nested = post(f"u{i}", reply, inner=nested)
    html = thread_page(post("mac1", OPENING, inner=nested)).replace("<aside>", NEWS_BOX + "<aside>")
    assert paragraphs(html, THREAD_URL) == list(OPENING)


def test_comment_boxes_on_a_news_page_are_not_the_story() -> None:
    story = "".join(f"<p>{t}</p>" for t in STORY_EN)
    comments = "".join(post(f"u{i}", r) for i, r in enumerate(REPLIES))
    html = thread_page(comments).replace(
        "<div class='thread'>", f"<article class='story'>{story}</article><div class='thread'>"
    )
    assert paragraphs(html, "https://example.com/news/2019/09/28/app-store") == list(STORY_EN)


STORY_EN = (
    "The council voted on Tuesday to close the bridge, citing cracks found during an inspection.",
    "Engineers said repairs could take a year, and that ferries would run in the meantime.",
    "Residents, many of whom cross daily, packed the hall to ask how long the detour would be.",
)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        pytest.param("https://example.com/forums/threads/patch-notes.3976/", True, id="xenforo"),
        pytest.param("https://example.com/showthread.php?t=12", True, id="vbulletin"),
        pytest.param("https://example.com/viewtopic.php?f=4&t=167", True, id="phpbb"),
        pytest.param("https://example.forumieren.com/t7-forums-regeln", True, id="forumotion"),
        pytest.param("https://example.com/news/forum-on-housing-held", False, id="news-slug"),
        pytest.param("https://example.com/2019/09/discussion-of-the-budget", False, id="slug"),
        pytest.param(None, False, id="no-url"),
    ],
)
def test_is_thread_url(url: str | None, expected: bool) -> None:
    assert is_thread_url(url) is expected
