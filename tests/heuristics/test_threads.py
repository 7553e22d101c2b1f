"""Forum threads recognised by their markup when their address has no thread word
(heuristics/threads.py): the opening post is the story, not the board's news box."""

from __future__ import annotations

import json

import lxml.html
import pytest

import copydesk
from copydesk.heuristics.threads import is_thread_markup, is_thread_page, is_thread_url

OPENING = (
    "Since the last patch my village no longer loads its market stalls after a server restart.",
    "Everything else works, trading and crafting included. Has anyone else seen this, and how?",
)
REPLIES = (
    "Same here since Tuesday, on two different accounts; the stalls come back after a while.",
    "Mine too. Relogging fixed it for me, but it happens again after the next restart.",
)
# A URL with no thread word: a board mounted at /community/ with numeric topic ids.
PLAIN_URL = "https://example.com/community/market-stalls-gone.3976/"


def post(author: str, texts: tuple[str, ...] | str) -> str:
    """A post box classed like a comment, as many boards class them: the chrome cleaning
    drops such boxes, the opening post with the replies."""
    paras = "".join(f"<p>{t}</p>" for t in ((texts,) if isinstance(texts, str) else texts))
    return (
        f"<div class='comment'><div class='comment-info'><span>{author}</span>"
        f"<span>12.03.21 09:14</span></div><div class='comment-text'>{paras}</div></div>"
    )


# The board's news teasers beside the thread, written as short paragraphs.
NEWS_BOX = (
    "<div class='sidebar-news'>"
    + "".join(
        f"<h3><a href='/n/{i}'>Headline number {i} of the game's news desk</a></h3>"
        f"<p>A short summary of update {i}, written to make players click, with a comma.</p>"
        for i in range(8)
    )
    + "</div>"
)


def page(*, head: str = "", body_attrs: str = "", itemtype: str = "") -> str:
    posts = post("op", OPENING) + "".join(post(f"u{i}", r) for i, r in enumerate(REPLIES))
    scope = f" itemscope itemtype='{itemtype}'" if itemtype else ""
    return (
        f"<html><head><title>Market stalls gone</title>{head}</head><body{body_attrs}>"
        "<nav><a href='/'>Home</a><a href='/community/'>Community</a></nav>"
        f"<h1>Market stalls gone</h1><div class='thread'{scope}>{posts}</div>{NEWS_BOX}"
        "<footer>Board software © 2021</footer></body></html>"
    )


JSONLD = "<script type='application/ld+json'>{}</script>".format(
    json.dumps({"@context": "https://schema.org", "@type": "DiscussionForumPosting"})
)


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(page(head=JSONLD), id="jsonld-discussion-forum-posting"),
        pytest.param(page(itemtype="https://schema.org/DiscussionForumPosting"), id="microdata"),
        pytest.param(page(body_attrs=" data-template='thread_view'"), id="xenforo-view"),
        pytest.param(page(body_attrs=" id='phpbb' class='section-viewtopic ltr'"), id="phpbb"),
    ],
)
def test_thread_known_by_its_markup_keeps_the_opening_post(html: str) -> None:
    assert list(copydesk.parse(html, url=PLAIN_URL).paragraphs) == list(OPENING)


def test_same_page_without_thread_markup_is_not_a_thread() -> None:
    root = lxml.html.document_fromstring(page())
    assert not is_thread_page(PLAIN_URL, root)
    # ... and with its posts dropped as comments, the board's news box passes for the story:
    # the case the markup fixes.
    assert list(copydesk.parse(page(), url=PLAIN_URL).paragraphs) != list(OPENING)


@pytest.mark.parametrize(
    ("html", "jsonld", "expected"),
    [
        pytest.param("<body data-template='thread_view'>", [], True, id="xenforo"),
        pytest.param("<body class='nojs section-viewtopic'>", [], True, id="phpbb"),
        pytest.param("<body>", [{"@type": ["DiscussionForumPosting"]}], True, id="type-list"),
        pytest.param("<body>", [{"@type": "NewsArticle"}], False, id="news-article"),
        pytest.param("<body class='thread-view-count'>", [], False, id="lookalike-class"),
        pytest.param("<body class='section-news'>", [{"@type": "Comment"}], False, id="comment"),
    ],
)
def test_is_thread_markup(html: str, jsonld: list[dict[str, object]], expected: bool) -> None:
    root = lxml.html.document_fromstring(f"<html>{html}<p>Text</p></body></html>")
    assert is_thread_markup(root, jsonld) is expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        pytest.param("https://discuss.example.org/t/market-stalls-gone/1234", True, id="discourse"),
        pytest.param("https://discuss.example.org/t/market-stalls-gone/1234/7", True, id="reply"),
        pytest.param("https://example.com/t/shirts", False, id="shop-path"),
        pytest.param("https://example.com/2021/t/market-report", False, id="no-topic-id"),
    ],
)
def test_discourse_topic_addresses(url: str, expected: bool) -> None:
    assert is_thread_url(url) is expected
