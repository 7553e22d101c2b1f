"""Shapes a code review of the third session found misread, written as small cases:
story sentences that looked like contact trailers or paywall appeals, section links read as
author names, CSS utility classes read as event boxes, live-blog headings read as comment
threads, the thread addresses the date fallback and the body rules now share, and JSON-LD
objects that name the page by a fragment id."""

from __future__ import annotations

import pytest
from lxml.html import fromstring

import copydesk
from copydesk.heuristics.appeallines import is_appeal_line
from copydesk.heuristics.bylinetext import parse_byline, strip_prefix
from copydesk.heuristics.chromewords import is_junk_line
from copydesk.heuristics.contactlines import is_contact_line
from copydesk.heuristics.dateboxes import other_date_box
from copydesk.heuristics.postruns import is_thread_label
from copydesk.heuristics.threads import is_thread_url


@pytest.mark.parametrize(
    ("line", "contact"),
    [
        ("Follow-up questions were sent to press@company.com.", False),
        ("E-mail your MP at mp@parliament.uk to complain, campaigners said.", False),
        ("Contact tracing apps such as @covid were criticised.", False),
        ("Contact Jane Doe at jane@paper.org.", True),
        ("To reach the reporter behind this story, contact jane@paper.org.", True),
        ("Follow her on Twitter @jdoe", True),
    ],
    ids=["follow-up", "reported", "contact-tracing", "contact", "to-reach", "follow"],
)
def test_contact_lines_and_story_sentences(line: str, contact: bool) -> None:
    assert is_contact_line(line) is contact


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Stories from Ukraine", None),
        ("More from Politics", None),
        ("More from Jane Doe", ["Jane Doe"]),
        ("View all posts by Jane Doe", ["Jane Doe"]),
        ("Tous les articles de Jean Dupont", ["Jean Dupont"]),
    ],
    ids=["place", "section", "person", "posts-by", "french"],
)
def test_archive_links_name_people_not_places(text: str, people: list[str] | None) -> None:
    got = parse_byline(text)
    assert (None if got is None or not got.people else [p.name for p in got.people]) == people


def test_from_needs_a_full_name_to_be_a_prefix() -> None:
    assert strip_prefix("Stories from Ukraine") == ("Stories from Ukraine", False)
    assert strip_prefix("More from Jane Doe") == ("Jane Doe", True)


@pytest.mark.parametrize(
    ("cls", "other"),
    [
        ("flex pointer-events-none", False),
        ("form-validation", False),
        ("indeterminate", False),
        ("event-info", True),
        ("eventDate", True),
        ("upcoming-events", True),
        ("valid-until", True),
    ],
    ids=["tailwind", "validation", "indeterminate", "event", "camel", "plural", "valid"],
)
def test_event_boxes_by_whole_class_words(cls: str, other: bool) -> None:
    box = fromstring(f'<div class="{cls}"><time>12 March 2024</time></div>')
    assert other_date_box(box.find(".//time")) is other


@pytest.mark.parametrize(
    ("title", "thread"),
    [
        ("Comments", True),
        ("12 Comments", True),
        ("Reactions (4)", True),
        ("World reactions to the election", False),
        ("Panel discussion on housing", False),
    ],
    ids=["comments", "count", "reactions-alone", "live-blog", "discussion-heading"],
)
def test_thread_titles(title: str, thread: bool) -> None:
    assert is_thread_label(fromstring(f"<h3>{title}</h3>")) is thread


@pytest.mark.parametrize(
    ("path", "thread", "strict"),
    [
        ("/forum/thread-4711.html", True, True),
        ("/apple-forum/some-post", True, True),
        ("/t/some-topic/1234", True, True),
        ("/topic/climate", True, False),
        ("/school-board-approves-budget", False, False),
        ("/panel-discussion-on-housing", False, False),
    ],
    ids=["thread-n", "x-forum", "discourse", "topic-hub", "board-slug", "discussion-slug"],
)
def test_thread_addresses(path: str, thread: bool, strict: bool) -> None:
    url = f"https://example.org{path}"
    assert is_thread_url(url) is thread
    assert is_thread_url(url, with_topic=False) is strict


@pytest.mark.parametrize(
    ("line", "appeal"),
    [
        ("Suscribirse a un plan de pensiones es obligatorio desde enero.", False),
        ("Get full access to the museum for $20 a year.", False),
        ("Pour lire la suite, le lecteur doit tourner la page.", False),
        ("Para seguir leyendo hay que comprar el libro.", False),
        ("Um den Text zu lesen, braucht man eine Lupe.", False),
        ("Tell us what you think about the plan, the mayor said on Friday.", False),
        ("Get unlimited digital access", True),
        ("Unlock full access to all our articles", True),
        ("Pour lire la suite, abonnez-vous", True),
        ("Para seguir leyendo, suscríbete", True),
        ("Um diesen Artikel zu lesen, schließen Sie ein Abo ab", True),
        ("Tell us what you think at letters@example.org", True),
    ],
    ids=[
        "es-infinitive",
        "museum-access",
        "fr-story",
        "es-story",
        "de-story",
        "tell-us-story",
        "digital-access",
        "our-articles",
        "fr-paywall",
        "es-paywall",
        "de-paywall",
        "tell-us-appeal",
    ],
)
def test_appeals_and_story_sentences(line: str, appeal: bool) -> None:
    assert is_appeal_line(line) is appeal


@pytest.mark.parametrize(
    ("line", "junk"),
    [
        ("This article is subject to copyright law, the judge said.", False),
        ("This document is subject to copyright.", True),
    ],
    ids=["story", "notice"],
)
def test_copyright_notice_and_story(line: str, junk: bool) -> None:
    assert is_junk_line(line) is junk


_LD = (
    '<script type="application/ld+json">[{"@type": "NewsArticle", "url": '
    '"https://e.com/other/", "headline": "Ferry service resumes after the storm", '
    '"datePublished": "2020-01-01"}, {"@type": "NewsArticle", "@id": '
    '"https://e.com/a/#article", "headline": "Council passes the levee budget"}]</script>'
)
_STORY = "".join(
    f"<p>Paragraph {n} of the story tells how the council voted on the levee budget.</p>"
    for n in range(4)
)


@pytest.mark.parametrize(
    "url",
    ["https://e.com/a/", "https://e.com/a?utm_source=feed", "http://e.com/a"],
    ids=["slash", "tracking-query", "other-scheme"],
)
def test_jsonld_article_naming_the_page_by_fragment_id_is_its_own(url: str) -> None:
    html = f"<html><head>{_LD}</head><body><article><h1>Council passes the levee budget</h1>"
    art = copydesk.parse(html + _STORY + "</article></body></html>", url)
    assert art.title == "Council passes the levee budget"
    assert art.published is None  # the related story's date is not the page's


_PARAS = "".join(
    "<p>The council voted on Tuesday to close the old bridge after engineers found cracks "
    "in two of its supports.</p>"
    for _ in range(3)
)


def _blocks(inner: str) -> list[tuple[str, str]]:
    html = f"<html><body><article><h1>Bridge to close next year</h1>{_PARAS}{inner}{_PARAS}"
    art = copydesk.parse(html + "</article></body></html>", "https://news.example.com/a")
    return [(b.kind, b.text) for b in art.blocks]


def test_a_quotations_footer_is_its_attribution() -> None:
    got = _blocks(
        "<blockquote><p>We will not let this bridge fall into the river while we argue "
        "about money.</p><footer>— Mayor Jane Doe</footer></blockquote>"
    )
    assert ("quote", "— Mayor Jane Doe") in got


@pytest.mark.parametrize(
    ("inner", "text"),
    [
        (
            "<p>She added: <q>We simply cannot wait any longer</q>, and left.</p>",
            "She added: “We simply cannot wait any longer”, and left.",
        ),
        ("<p>He said <q>“Fine.”</q></p>", "He said “Fine.”"),
        (
            "<q><p>A whole paragraph set in a q box by the page's template.</p></q>",
            "A whole paragraph set in a q box by the page's template.",
        ),
    ],
    ids=["bare", "marks-written", "box"],
)
def test_q_gets_the_marks_a_browser_draws(inner: str, text: str) -> None:
    assert text in [t for _, t in _blocks(inner)]
