"""Chrome told by its words alone, for pages whose class names say nothing (stripped, or
hashed as CSS-in-JS sites do): a gallery's counter and buttons, captions whose credit is in
brackets. Each with negative cases."""

from __future__ import annotations

import lxml.html
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from copydesk.cleaning import literal_fold
from copydesk.heuristics import chromewords, promolines
from copydesk.heuristics.body import extract_body
from copydesk.heuristics.chromewords import is_credit_caption, is_junk_line, is_meta_line


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Image 1 of 5", True),
        ("Image 1 of / 23", True),
        ("Photo 3/12", True),
        ("Bild 2 von 9", True),
        ("Caption", True),
        ("Close", True),
        ("0shares", True),
        ("1.2K shares", True),
        ("Full Screen", True),
        ("Autoplay", True),
        ("View Photos", True),
        ("Back to Gallery", True),
        (
            "This document is subject to copyright. Apart from any fair dealing for the purpose"
            " of private study or research, no part may be reproduced without permission.",
            True,
        ),
        ("The document is subject to copyright law, the court said on Monday.", False),
        ("Autoplay videos annoy readers, the survey found.", False),
        ("Close to home: the bridge that links two towns", False),
        ("Shares fell 3 percent on Monday.", False),
        ("The image, one of 5 taken that day, went around the world.", False),
        ("Caption contest winners", False),
    ],
    ids=repr,
)
def test_gallery_and_counter_lines(text: str, expected: bool) -> None:
    assert is_junk_line(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protesters march through the city in June (Image: GETTY )", True),
        ("The minister at the summit (Photo: Reuters)", True),
        ("Two astronauts on a space walk in 2006. (NASA via AP, File)", True),
        ("The photos (image: the one above) went around the world.", False),
        ("The footage, which was shared via AP and others, shows the crash.", False),
        ("He said the photo (taken via a drone) was real, and that the police had it.", False),
    ],
    ids=repr,
)
def test_bracketed_photo_credits(text: str, expected: bool) -> None:
    assert is_credit_caption(text) is expected


STORY = (
    "The council voted on Tuesday to close the bridge, citing cracks found during an inspection.",
    "Engineers said repairs could take a year, and that ferries would run in the meantime.",
    "Residents, many of whom cross daily, packed the hall to ask how long the detour would be.",
)


def test_classless_gallery_leaves_no_counter_or_caption_in_the_story() -> None:
    caption = "The old bridge seen from the river on Monday. (City of Springfield via AP)"
    gallery = (
        f"<div><div><img src='a.jpg'><div>{caption}</div><div>Image 1 of 5</div>"
        "<div>Caption</div><div>Close</div></div></div>"
    )
    story = "".join(f"<p>{t}</p>" for t in STORY)
    html = f"<html><body><div>{gallery}{story}</div></body></html>"
    result = extract_body(lxml.html.document_fromstring(html))
    assert result is not None
    assert [b.text for b in result.blocks] == list(STORY)
    assert caption in result.captions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("by ライトハウス国際特許事務所 ／ 2016.12.01", True),
        ("By Jane Doe ／ 2016.12.01", True),
        ("by the end of the day, 20 people had died.", False),
        ("by 2016 the firm had grown to 200 people", False),
    ],
    ids=repr,
)
def test_byline_line_in_a_script_without_case(text: str, expected: bool) -> None:
    assert is_meta_line(text) is expected


# The free-text junk pattern is only tried on lines holding one of its words: sample lines
# it matches and check the word look-up lets every one through.
@settings(max_examples=400, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(st.from_regex(chromewords._JUNK_PROSE_LINE, fullmatch=True))
def test_junk_prose_prefilter_passes_every_line_the_pattern_matches(line: str) -> None:
    low = literal_fold(line)
    assert any(word in low for word in chromewords._JUNK_PROSE_WORDS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("We may earn a commission from links on this page.", True, id="affiliate"),
        pytest.param("Please enable JavaScript to view the comments.", True, id="script"),
        pytest.param("Sign up for our newsletter to get the news.", True, id="newsletter"),
        pytest.param("© 2024 Example Media. All rights reserved.", True, id="rights"),
        pytest.param("Please consider donating to support local news.", True, id="donate"),
        pytest.param("All Rıghts Reserved", True, id="dotless-i-folded"),
        pytest.param("The council will consider the plan again in March.", False, id="consider"),
        pytest.param("Civil rights groups reserved judgement on it.", False, id="rights-sentence"),
    ],
)
def test_free_text_junk_lines(text: str, expected: bool) -> None:
    assert is_junk_line(text) is expected


# The same for the free-text promotional lines (promolines._PROMO_PROSE_LINE).
@settings(max_examples=400, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(st.from_regex(promolines._PROMO_PROSE_LINE, fullmatch=True))
def test_promo_prose_prefilter_passes_every_line_the_pattern_matches(line: str) -> None:
    low = literal_fold(line)
    assert any(word in low for word in promolines._PROMO_PROSE_WORDS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("4.8 out of 5 based on 120 ratings", True, id="rating-summary"),
        pytest.param("Ihr Browser ist veraltet. Bitte aktualisieren.", True, id="old-browser"),
        pytest.param("Neue Beiträge per E-Mail abonnieren", True, id="newsletter"),
        pytest.param("Spendenkonto IBAN: DE12 3456 7890 1234 5678 90", True, id="iban"),
        pytest.param("Spendenkonto ıBAN: DE12 3456 7890 1234 5678 90", True, id="dotless-i"),
        pytest.param("The ratings agency based its view on the budget.", False, id="sentence"),
    ],
)
def test_free_text_promo_lines(text: str, expected: bool) -> None:
    assert promolines.is_promo_line(text) is expected
