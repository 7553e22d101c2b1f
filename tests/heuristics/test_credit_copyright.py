"""Credit from the agency's copyright notice after a wire story (heuristics/creditcopyright.py)."""

from __future__ import annotations

import pytest

import copydesk

PARA = (
    "<p>The council voted on Tuesday to expand the bus network after a debate that lasted "
    "for hours, and officials said the first routes would open in the spring.</p>"
)
STORY = "<h1>Council votes to expand buses</h1>" + PARA * 4


def _credit(body: str) -> tuple[str | None, str | None]:
    art = copydesk.parse(f"<html><body>{body}</body></html>", profiles=())
    prov = art.provenance.get("credit")
    return (art.credit.name if art.credit else None, prov.rule if prov else None)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        pytest.param(
            f"<article>{STORY}<p>Copyright 2024 The Associated Press. All rights reserved.</p>"
            "</article>",
            "Associated Press",
            id="ap-notice-in-article",
        ),
        pytest.param(
            f"<div class='story-body'>{STORY}<p><em>© 2024 Reuters</em></p></div>",
            "Reuters",
            id="bare-year-notice-in-story-wrapper",
        ),
        pytest.param(
            f"<article>{STORY}<footer><small>©2019 AFP. Tous droits réservés.</small></footer>"
            "</article>",
            "Agence France-Presse",
            id="article-footer-counts",
        ),
    ],
)
def test_notice_after_the_story_credits_the_agency(body: str, name: str) -> None:
    assert _credit(body) == (name, "heuristic:credit-copyright-notice")


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "<article><h1>Council votes</h1><figure><img src='a.jpg'><figcaption>A bus. "
            "<span>Copyright 2024 The Associated Press. All rights reserved.</span>"
            f"</figcaption></figure>{PARA * 4}</article>",
            id="photo-caption",
        ),
        pytest.param(
            f"<article><div class='photo-credit'>© 2024 AFP</div>{STORY}</article>",
            id="photo-credit-box",
        ),
        pytest.param(
            f"<article>{STORY}<p>© REUTERS / POOL</p></article>",
            id="photo-credit-slash",
        ),
        pytest.param(
            f"<article>{STORY}<p>Copyright © ČTK, DPA, Reuters a fotobanka Profimedia</p>"
            "</article>",
            id="list-of-sources",
        ),
        pytest.param(
            f"<article>{STORY}</article><footer><p>Copyright 2024 The Associated Press. "
            "All rights reserved.</p></footer>",
            id="site-footer",
        ),
        pytest.param(
            f"<article>{STORY}<p>Copyright law was discussed with Reuters reporters.</p></article>",
            id="sentence-mentioning-an-agency",
        ),
    ],
)
def test_other_copyright_lines_are_not_the_story_credit(body: str) -> None:
    assert _credit(body) == (None, None)
