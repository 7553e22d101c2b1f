"""Last-round body fixes on real page shapes (session 2, issue #3)."""

from __future__ import annotations

import lxml.html
import pytest

from copydesk.heuristics.body import extract_body
from copydesk.heuristics.chromewords import is_section_end

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
