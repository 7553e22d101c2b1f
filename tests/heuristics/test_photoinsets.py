"""Photo boxes set into the story, told by shape on pages whose class names say nothing
(:mod:`copydesk.heuristics.photoinsets`): one page shape, with its negative cases."""

from __future__ import annotations

import lxml.html
import pytest

from copydesk.heuristics.body import extract_body

STORY = (
    "LOS ANGELES (AP) — To the coach, the win was not the goal, only a side effect of it.",
    "They are only a side effect of the consistent play he has shown all season, he said.",
    "The team had lost three of its last four games, and the crowd had started to boo.",
    "The teams meet again on Friday, when the visitors will have their star player back.",
)
CAPTION = "The coach talks to his players during the first half of the game on Tuesday."
QUOTE = "“We play for each other, and tonight it showed,” the coach said after the game."
SIDEBAR_STORY = (
    "The arena, which opened in 1999, is due for a renovation that will close it for most "
    "of next season; the team will play its home games across town, in a smaller hall that "
    "seats about half as many fans, and the league has agreed to move some of the games to "
    "the afternoon so that the schedule works for both teams that share the building."
)


def gallery(caption: str = CAPTION, credit: str = "Photo: Jane Doe, AP") -> str:
    slide = f"<div><div>{caption}</div><div>{credit}</div></div>"
    return (
        f"<div><div><div><ul><li><div>{caption}</div><div>{credit}</div></li></ul></div>"
        f"<div><div>Image 1 of 5</div>{slide}</div><div><div>Coach wins again</div>"
        "<div>1 / 5</div></div></div></div>"
    )


def texts(inset: str) -> list[str]:
    paras = [f"<p>{t}</p>" for t in STORY]
    html = (
        "<html><body><div><div>" + "".join(paras[:2]) + inset + "".join(paras[2:]) + "</div>"
        "</div></body></html>"
    )
    result = extract_body(lxml.html.document_fromstring(html))
    assert result is not None
    return [b.text for b in result.blocks]


def test_classless_gallery_inside_the_story_is_dropped() -> None:
    assert texts(gallery()) == list(STORY)


@pytest.mark.parametrize(
    ("inset", "kept"),
    [
        pytest.param(
            f"<div><div><blockquote>{QUOTE}</blockquote></div></div>", QUOTE, id="quote-no-credit"
        ),
        pytest.param(
            f"<div><div><p>{SIDEBAR_STORY}</p><div>Photo: Jane Doe, AP</div></div></div>",
            SIDEBAR_STORY,
            id="long-paragraph-beside-a-credit",
        ),
    ],
)
def test_boxes_without_a_credit_or_with_story_length_text_stay(inset: str, kept: str) -> None:
    assert kept in texts(inset)


FESTIVAL = "2018 Theatre Series Performance [The Palace] at the Autumn Festival in the park"


def photo(caption: str = FESTIVAL) -> str:
    return f"<div><div><img src='p.jpg'><p>{caption}</p></div></div>"


def test_caption_repeated_under_every_photo_is_dropped() -> None:
    assert texts(photo() + photo() + photo()) == list(STORY)


@pytest.mark.parametrize(
    "inset",
    [
        pytest.param(photo() + photo(), id="only-twice"),
        pytest.param(f"<p>{FESTIVAL}</p>" * 3, id="repeated-in-the-story-box"),
    ],
)
def test_lines_repeated_fewer_times_or_in_the_story_box_stay(inset: str) -> None:
    # Twice is not enough to tell a caption from a line the story sets apart; a refrain
    # among the story's own paragraphs is story.
    assert FESTIVAL in texts(inset)


def test_photo_box_credited_to_a_photographer_and_agency_is_dropped() -> None:
    inset = (
        f"<div><div><img src='t.jpg'><div>{CAPTION}</div><div>Michael Conroy, AP</div></div></div>"
    )
    assert texts(inset) == list(STORY)


def test_box_ending_in_a_name_without_an_agency_stays() -> None:
    # A pull quote's attribution: a name, no agency.
    inset = f"<div><div><div>{QUOTE}</div><div>Michael Conroy</div></div></div>"
    assert QUOTE in texts(inset)


def test_short_label_repeated_in_boxes_of_its_own_stays() -> None:
    # An interview setting each "Question:" label in a box of its own: not a caption.
    label = "<div><div><div>Question:</div></div></div>"
    assert texts(label + label + label).count("Question:") == 3


def test_story_list_right_after_a_gallery_stays() -> None:
    # "The newly selected five are:" over a list, set right after the photos: the list is
    # the story's, the gallery's counters and credits go.
    items = ("Blue Origin, Kent, Washington", "Ceres Robotics, Palo Alto, California")
    photos = "".join(
        f"<div><div>Image {n} of 2</div><div><div>Jane Doe, AP</div></div></div>" for n in (1, 2)
    )
    lst = "<ul>" + "".join(f"<li>{t}</li>" for t in items) + "</ul>"
    found = texts(photos + lst)
    assert [t for t in found if t in items] == list(items)
    assert not [t for t in found if "Image" in t or "Jane Doe" in t]


LONG = (
    "The council voted on Tuesday to close the old bridge after engineers found cracks in two "
    "of its main supports, and the closure will last at least a year."
)


def test_story_paragraphs_wrapped_one_by_one_next_to_a_photo_stay() -> None:
    photo = (
        "<div><div><img src='b.jpg'></div><div>The old bridge on Monday.</div>"
        "<div>Michael Conroy, AP</div></div>"
    )
    wrapped = (
        "<div><p>Drivers will have to use the ring road, officials said, and buses will be "
        "rerouted.</p><div></div></div><div><p>“We had no warning,” said Tom Hale, who runs a "
        "bakery by the bridge.</p></div>"
    )
    story = f"<p>{LONG}</p><p>{LONG}</p>{photo}{wrapped}<p>{LONG}</p>"
    html = f"<html><body><div>{story}</div></body></html>"
    result = extract_body(lxml.html.document_fromstring(html))
    assert result is not None
    got = [b.text for b in result.blocks]
    assert any(t.startswith("Drivers will have") for t in got)
    assert any(t.startswith("“We had no warning") for t in got)
    assert "Michael Conroy, AP" not in got
    assert "The old bridge on Monday." not in got


def test_live_blog_posts_beside_a_credited_photo_stay() -> None:
    posts = "".join(
        f"<div><div><span>10:0{n}</span></div><div><p>Post {n}: rescue teams reached another "
        "village after the road was cleared, officials said.</p>"
        + (
            "<div><img src='r.jpg'><div>Rescuers search the rubble.</div>"
            "<div>Jane Doe, AP</div></div>"
            if n == 1
            else ""
        )
        + "</div></div>"
        for n in range(4)
    )
    html = f"<html><body><div><p>{LONG}</p><p>{LONG}</p><div>{posts}</div></div></body></html>"
    result = extract_body(lxml.html.document_fromstring(html))
    assert result is not None
    got = [b.text for b in result.blocks]
    assert sum(t.startswith("Post ") for t in got) == 4
    assert "Jane Doe, AP" not in got
