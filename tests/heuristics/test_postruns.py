"""A comment thread told by shape when its class names say nothing
(:mod:`copydesk.heuristics.postruns`, used by the container choice): one page shape, with
its negative cases."""

from __future__ import annotations

import lxml.html
import pytest

from copydesk.heuristics.body import extract_body

STORY = (
    "Apple plans to release a new laptop with a scissor keyboard in the first half of next "
    "year, according to industry sources cited by a Taiwanese publication.",
    "The report says the new model will have the same keyboard as the larger one released "
    "this month, which drew praise from reviewers and buyers alike.",
    "Apple has not commented on the report, and it did not say when the new model would go "
    "on sale, nor at what price.",
)
LONG_COMMENT = (
    "I agree, but it begs the question, who was in charge, the designer or the chief "
    "executive, and why did it take so long, three years, four models, countless repairs, "
    "to admit that the keyboard was a mistake, a costly one, for the company and for us. "
) * 4


def post(n: int, text: str, stamp: str = "2 days ago at 08:51 am") -> str:
    return (
        f"<div><div><a href='/members/{n}'><img src='/a.png' alt='Avatar'></a></div>"
        f"<div><div><a href='/posts/{n}'>user{n}</a></div><div>{stamp}</div>"
        f"<div>{text}</div></div></div>"
    )


def page(thread: str) -> str:
    story = "".join(f"<p>{t}</p>" for t in STORY)
    return (
        f"<html><body><div><div><h1>New laptop next year</h1><div>{story}</div></div>"
        f"<div><h2>Top rated comments</h2>{thread}</div></div></body></html>"
    )


def texts(html: str) -> list[str]:
    result = extract_body(lxml.html.document_fromstring(html))
    assert result is not None
    return [b.text for b in result.blocks]


def test_story_before_a_classless_comment_thread_beats_a_long_comment() -> None:
    thread = post(1, "Good to see.") + post(2, LONG_COMMENT) + post(3, "Finally, a fix.")
    assert texts(page(thread)) == list(STORY)


@pytest.mark.parametrize("stamp", ["Reply", "Share this"], ids=repr)
def test_like_boxes_without_timestamps_are_not_a_thread(stamp: str) -> None:
    # Boxes of one shape with no timestamp (a story's sections, a list of cards) are not
    # comments: the scoring's choice stands.
    thread = "".join(post(n, t, stamp) for n, t in enumerate(("Good.", LONG_COMMENT, "Fix.")))
    assert LONG_COMMENT.strip() in texts(page(thread))


def test_thread_with_nothing_before_it_keeps_its_longest_post() -> None:
    # A forum thread: no story before the posts, so the longest post stays the pick.
    thread = post(1, "Good to see.") + post(2, LONG_COMMENT) + post(3, "Finally, a fix.")
    html = f"<html><body><div><h1>Keyboards</h1><div>{thread}</div></div></body></html>"
    assert LONG_COMMENT.strip() in texts(html)


def test_live_blog_posts_under_a_title_naming_no_comments_stay() -> None:
    # A live blog's posts are stamped boxes of one shape too; its title names no comments,
    # so the summary above them does not replace them.
    thread = post(1, "Good to see.") + post(2, LONG_COMMENT) + post(3, "Finally, a fix.")
    html = page(thread).replace("Top rated comments", "Live updates")
    assert LONG_COMMENT.strip() in texts(html)
