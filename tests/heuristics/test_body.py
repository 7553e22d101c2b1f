"""The story body on pages without a profile: one small page per shape the heuristics handle."""

from __future__ import annotations

import copy
import json
import time

import lxml.html
import pytest
from lxml import etree

from copydesk.heuristics.body import BODY_RULES, BodyResult, extract_body
from copydesk.heuristics.scoring import caption_class
from copydesk.model import Block
from copydesk.page import Page
from copydesk.rules import Context

# Story paragraphs long enough to read as prose (commas and sentences, as real ones have).
P1 = "The council voted on Tuesday to close the bridge, citing cracks found during an inspection."
P2 = "Engineers said repairs could take a year, and that ferries would run in the meantime."
P3 = "Residents, many of whom cross daily, packed the hall to ask how long the detour would be."
P4 = "The mayor said the city would apply for state money, but gave no timeline for the work."
STORY = (P1, P2, P3, P4)

NAV = "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
FOOTER = "<footer><p>© 2024 The Daily Example. All rights reserved.</p></footer>"


def page(body: str, head: str = "") -> str:
    return f"<html><head><title>Bridge to close</title>{head}</head><body>{body}</body></html>"


def paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def texts(html: str) -> list[str]:
    result = extract_body(lxml.html.document_fromstring(html))
    assert result is not None
    return [b.text for b in result.blocks]


def test_plain_story_between_chrome() -> None:
    html = page(f"{NAV}<h1>Bridge to close</h1><div class='story'>{paras(*STORY)}</div>{FOOTER}")
    assert texts(html) == list(STORY)


def test_seed_shape_byline_donation_and_loading() -> None:
    """A Columbian-like page: byline and timestamp lines, then a donation appeal and a
    "Loading..." placeholder INSIDE the story container."""
    html = page(
        f"{NAV}<article><h1>NATO seeks to position Kyiv</h1><div class='entry'>"
        "<p>By Iain Marlow and Andrea Palasciano, Bloomberg News</p>"
        "<p>Published: December 4, 2024, 1:35pm</p>"
        f"{paras(*STORY)}"
        "<div class='cfj'><h3>Support local journalism</h3>"
        "<p>Your tax-deductible donation will contribute to better local reporting.</p>"
        "<p>Local journalism needs your help.</p></div>"
        "<p>Loading...</p></div></article>"
    )
    assert texts(html) == list(STORY)


def test_text_in_br_separated_div() -> None:
    html = page(f"{NAV}<div id='main'>{'<br><br>'.join(STORY)}</div>")
    assert texts(html) == list(STORY)


def test_bare_text_between_empty_divs() -> None:
    html = page(f"<div itemprop='articleBody'>{'<div class=gap></div>'.join(STORY)}</div>")
    assert texts(html) == list(STORY)


def test_structure_kept_as_typed_blocks() -> None:
    html = page(
        "<div class='article-body'>"
        f"<p>{P1}</p><h2>What happens next</h2><p>{P2}</p>"
        "<ul><li>Ferries every 20 minutes</li><li>Buses on the old road</li></ul>"
        f"<blockquote><p>We were not told anything, one resident said.</p></blockquote><p>{P3}</p>"
        "</div>"
    )
    result = extract_body(lxml.html.document_fromstring(html))
    assert result is not None
    assert [(b.kind, b.level) for b in result.blocks] == [
        ("paragraph", None),
        ("heading", 2),
        ("paragraph", None),
        ("list_item", None),
        ("list_item", None),
        ("quote", None),
        ("paragraph", None),
    ]


def test_story_split_by_ad_into_sibling_containers() -> None:
    html = page(
        f"{NAV}<div class='wrap'><div class='story-part'>{paras(P1, P2)}</div>"
        "<div class='ad-slot'><p>Advertisement</p></div>"
        f"<div class='story-part'>{paras(P3, P4)}</div></div>"
    )
    assert texts(html) == list(STORY)


def test_story_in_sections_that_are_not_siblings() -> None:
    """Medium-like: each section wraps its paragraphs two levels down."""
    html = page(
        f"{NAV}<article><div>"
        f"<section><div class='n'><div class='z'>{paras(P1, P2, P3)}</div></div></section>"
        "<section><div class='n'><div class='z'>"
        f"<h3>Later</h3>{paras(P4, P1)}</div></div></section>"
        "</div></article>"
    )
    assert texts(html) == [P1, P2, P3, "Later", P4, P1]


def test_share_related_comments_and_newsletter_removed() -> None:
    html = page(
        "<div class='post'>"
        "<div class='share-buttons'><a href='/fb'>Facebook</a><a href='/tw'>Twitter</a></div>"
        f"{paras(P1, P2)}"
        "<div class='newsletter-box'><p>Sign up for our morning newsletter today.</p></div>"
        f"{paras(P3, P4)}"
        "<div class='related-articles'><h3>Related</h3><ul>"
        "<li><a href='/a'>Another bridge closed in 2019 after a storm</a></li></ul></div>"
        "<div id='comments'><p>Great article, thanks for writing it, really.</p></div>"
        "</div>"
    )
    assert texts(html) == list(STORY)


def test_mid_story_appeal_is_dropped_not_taken_for_the_end() -> None:
    html = page(
        f"<div class='body'>{paras(P1)}<p>SIGN UP FOR OUR NEWSLETTER</p>{paras(P2, P3, P4)}</div>"
    )
    assert texts(html) == list(STORY)


def test_captions_kept_apart() -> None:
    html = page(
        f"<div class='story'><p>{P1}</p>"
        "<figure><img src='b.jpg'><figcaption>The bridge on Monday. (Jane Doe/AP)</figcaption>"
        f"</figure>{paras(P2, P3)}<div class='image-caption'>Ferry terminal.</div></div>"
    )
    result = extract_body(lxml.html.document_fromstring(html))
    assert result is not None
    assert [b.text for b in result.blocks] == [P1, P2, P3]
    assert result.captions == ("The bridge on Monday. (Jane Doe/AP)", "Ferry terminal.")


def test_hidden_and_script_text_ignored() -> None:
    html = page(
        f"<div class='story'>{paras(P1)}<p style='display:none'>Hidden duplicate text here.</p>"
        f"<script>var story = 'not text';</script>{paras(P2)}"
        "<span class='sr-only'>Share on Facebook</span></div>"
    )
    assert texts(html) == [P1, P2]


def test_teaser_cards_inside_links_are_not_the_story() -> None:
    teaser = (
        "<a href='/other'><div class='card'><p>A long teaser paragraph, with commas, that "
        "describes another story somewhere else on the site entirely.</p></div></a>"
    )
    html = page(f"<div class='teasers'>{teaser * 6}</div><div class='story'>{paras(*STORY)}</div>")
    assert texts(html) == list(STORY)


def test_heading_over_link_list_dropped() -> None:
    html = page(
        f"<div class='story'>{paras(P1, P2, P3)}<h3>Story Tools</h3>"
        "<p><a href='/print'>Print this story</a></p><p>{P4}</p></div>".replace("{P4}", P4)
    )
    assert texts(html) == list(STORY)


def test_chart_labels_and_date_lines_dropped() -> None:
    html = page(
        f"<div class='story'><p>Updated: Dec. 4, 2024 at 1:35 p.m. ET</p>{paras(P1, P2)}"
        f"<p>$915</p><p>’22</p>{paras(P3)}</div>"
    )
    assert texts(html) == [P1, P2, P3]


def test_wordpress_term_classes_do_not_remove_the_post() -> None:
    html = page(
        f"{NAV}<article class='post type-post tag-ads tag-nav category-sidebar author-x'>"
        f"<div class='entry-content'>{paras(*STORY)}</div></article>"
        "<aside class='widget'><a href='/1'>Archive</a></aside>"
    )
    assert texts(html) == list(STORY)


def test_story_wrapper_named_like_furniture_is_kept() -> None:
    """A blog engine wraps the post in "widget Blog"; it holds the page's prose, so it stays."""
    html = page(
        f"<div class='widget Blog' id='Blog1'>{paras(*STORY)}</div>"
        "<div class='widget LinkList'>"
        "<a href='/a'>Blogroll one</a><a href='/b'>Blogroll two</a></div>"
    )
    assert texts(html) == list(STORY)


def test_popup_card_on_a_name_is_removed() -> None:
    card = (
        "<span class='rollover-people'><a class='rollover-people-link' href='/p/omar'>"
        "Ilhan Omar</a>"
        "<span class='rollover-people-block'><a href='/x'>Hillicon Valley: more news</a>"
        "</span></span>"
    )
    html = page(
        f"<div class='story'><p>The man threatened Rep. {card} (D-Minn.), police said "
        f"on Monday, after a long investigation.</p>{paras(P2, P3)}</div>"
    )
    assert texts(html)[0] == (
        "The man threatened Rep. Ilhan Omar (D-Minn.), police said on Monday, after a long "
        "investigation."
    )


def test_standfirst_above_the_story_is_kept_once() -> None:
    lead = "A summary of the whole story, set large above the body of the article."
    html = page(
        f"<article><header><h1>Bridge to close</h1><p class='article-lead'>{lead}</p></header>"
        f"<div class='article-text'>{paras(*STORY)}</div></article>"
    )
    assert texts(html) == [lead, *STORY]
    repeated = page(
        f"<article><header><p class='lead'>{P1}</p></header>"
        f"<div class='article-text'>{paras(*STORY)}</div></article>"
    )
    assert texts(repeated) == list(STORY)


def test_no_caption_state_class_is_not_a_caption() -> None:
    html = page(
        f"<div class='story'><div class='item no_caption'><h2>{P1}</h2></div>{paras(P2, P3)}</div>"
    )
    assert texts(html) == [P1, P2, P3]


@pytest.mark.parametrize(
    ("cls", "expected"),
    [
        pytest.param("wp-caption-text", True, id="wordpress"),
        pytest.param("image__caption", True, id="bem"),
        pytest.param("photoCaption", True, id="camel-case"),
        pytest.param("figcaption-wrap", True, id="compound-token"),
        pytest.param("item no_caption", False, id="no-underscore"),
        pytest.param("buzz_attr_no_caption", False, id="negation-inside-word"),
        pytest.param("without-caption", False, id="without"),
        pytest.param("hideCaption", False, id="camel-negation"),
        pytest.param("has-captions", False, id="plural-flag"),
        pytest.param("story-body", False, id="no-caption-word"),
    ],
)
def test_caption_class_words(cls: str, expected: bool) -> None:
    assert caption_class(cls) is expected


def test_state_flag_inside_a_class_word_keeps_the_item() -> None:
    html = page(
        f"<div class='story'>{paras(P1)}<div class='list_item list_attr_no_caption'><p>{P2}</p>"
        f"</div>{paras(P3)}<p class='photo_caption'>A bridge at dusk.</p>{paras(P4)}</div>"
    )
    result = extract_body(lxml.html.document_fromstring(html))
    assert result is not None
    assert [b.text for b in result.blocks] == [P1, P2, P3, P4]
    assert result.captions == ("A bridge at dusk.",)


def test_caption_paragraph_closed_by_a_credit_goes_to_captions() -> None:
    caption = "The old bridge at dusk. | © Jane Doe/Getty Images"
    html = page(f"<div class='story'>{paras(P1, P2)}<p>{caption}</p>{paras(P3, P4)}</div>")
    result = extract_body(lxml.html.document_fromstring(html))
    assert result is not None
    assert [b.text for b in result.blocks] == list(STORY)
    assert result.captions == (caption,)


def test_agency_line_over_the_story_is_not_a_paragraph() -> None:
    html = page(f"<div class='story'><p>Associated Press</p>{paras(*STORY)}</div>")
    assert texts(html) == list(STORY)


def test_continue_reading_split() -> None:
    """The story is cut by a "Continue reading" button; the rest sits in a second wrapper."""
    html = page(
        f"{NAV}<main><div class='article-body'>{paras(P1, P2)}</div>"
        "<div class='read-more-wrap'><button>Continue reading</button>"
        "<a href='#rest'>Continue reading</a></div>"
        f"<div class='article-body article-body--rest'>{paras(P3, P4)}</div></main>"
    )
    assert texts(html) == list(STORY)


def test_amp_page() -> None:
    html = page(
        "<amp-sidebar id='menu'><a href='/'>Home</a><a href='/news'>News</a></amp-sidebar>"
        "<header><a href='/'>The Daily Example</a></header>"
        f"<article><h1>Bridge to close</h1><div class='amp-article-body'><p>{P1}</p>"
        "<amp-img src='b.jpg' width='600' height='400' layout='responsive'></amp-img>"
        f"<amp-ad width='300' height='250' type='doubleclick'></amp-ad>{paras(P2, P3, P4)}"
        "<amp-social-share type='twitter'></amp-social-share></div></article>"
    )
    assert texts(html) == list(STORY)


def test_one_paragraph_brief_among_chrome() -> None:
    menu = "<div class='menu-col'>" + "<p><a href='/s'>Section name here</a></p>" * 30 + "</div>"
    html = page(f"{menu}<div class='story'><p>{P1}</p></div><div class='links'>{menu}</div>")
    assert texts(html) == [P1]


def test_page_with_two_short_lines_is_read_whole() -> None:
    html = page(
        "<div><p>This should not be dropped.</p></div><div><p>This is the content.</p></div>"
    )
    assert texts(html) == ["This should not be dropped.", "This is the content."]


def test_pull_quote_and_comment_thread_left_out() -> None:
    comment = (
        "<li class='comment'><div class='comment-body'><p>I have lived here for thirty years, "
        "and this bridge has always been a problem, frankly, nobody ever listens.</p></div></li>"
    )
    html = page(
        f"<article><div class='entry-content'>{paras(P1, P2)}"
        "<blockquote class='pullquote'>Nobody told us anything.</blockquote>"
        f"{paras(P3, P4)}</div></article>"
        f"<div id='comments' class='comments-area'><ol>{comment * 20}</ol></div>"
    )
    assert texts(html) == list(STORY)


def test_paragraphs_written_as_divs() -> None:
    html = page(f"{NAV}<div class='txt'>{''.join(f'<div>{p}</div>' for p in STORY)}</div>")
    assert texts(html) == list(STORY)


def test_embedded_post_is_story_text() -> None:
    tweet = "Yes this is real and the state spent half a million dollars on it."
    html = page(
        f"<div class='story'>{paras(P1, P2)}<div class='social-media-embed'>"
        f"<blockquote class='twitter-tweet'><p>{tweet}</p></blockquote></div>{paras(P3)}"
        "<div class='social-share'><a href='/fb'>Share on Facebook</a></div></div>"
    )
    assert texts(html) == [P1, P2, tweet, P3]


def test_sentence_around_a_long_link_is_kept() -> None:
    linked = (
        "The Swedish investigation had been <a href='/x'>shelved in 2017 but was re-opened "
        "earlier this year</a> following his eviction from the embassy in London."
    )
    html = page(
        f"<div class='story'>{paras(P1)}<p>{linked}</p>{paras(P2)}"
        "<p>Read more: <a href='/y'>Profile of the man at the centre of the saga</a></p>"
        f"{paras(P3)}</div>"
    )
    assert len(texts(html)) == 4
    assert texts(html)[1].startswith("The Swedish investigation had been shelved")


def test_headline_in_container_is_not_a_paragraph() -> None:
    html = page(f"<article><h1>Bridge to close</h1>{paras(*STORY)}</article>")
    assert texts(html) == list(STORY)


def test_given_containers_are_used_alone() -> None:
    root = lxml.html.document_fromstring(
        page(
            f"<div id='a'>{paras(P1)}<p>Advertisement</p></div>"
            f"<div id='b'>{paras(P2, P3, P4)}</div>"
        )
    )
    result = extract_body(root, containers=root.xpath("//div[@id='a']"))
    assert result == BodyResult(blocks=(Block(kind="paragraph", text=P1),), captions=())


def test_nothing_found_is_none() -> None:
    assert extract_body(lxml.html.document_fromstring(page("<div>   </div>"))) is None


# ---------------------------------------------------------------------------- rules


def run_rules(html: str) -> tuple[str, list[str]]:
    ctx = Context(page=Page(html, "https://news.example/story"))
    for rule in BODY_RULES:
        found = rule(ctx)
        if found is not None:
            return found.rule, [b.text for b in found.value.blocks]
    return "", []


def test_rule_ids_and_dom_first() -> None:
    assert run_rules(page(f"<div class='story'>{paras(*STORY)}</div>")) == (
        "heuristic:main-container",
        list(STORY),
    )


def test_jsonld_article_body_when_the_dom_has_no_story() -> None:
    ld = {"@type": "NewsArticle", "headline": "Bridge", "articleBody": "\n\n".join(STORY)}
    head = f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
    html = page("<div id='app'><p>Loading...</p></div>", head)
    assert run_rules(html) == ("jsonld:articleBody", list(STORY))


def test_jsonld_wins_when_dom_shows_a_fraction() -> None:
    """A paywalled or lazy page shows a teaser; the JSON-LD carries the full story."""
    ld = {"@type": "NewsArticle", "articleBody": "\n\n".join(STORY * 3)}
    head = f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
    html = page(f"<div class='story'>{paras(P1)}<a href='/more'>Continue reading</a></div>", head)
    rule, found = run_rules(html)
    assert rule == "jsonld:articleBody"
    assert len(found) == 12


def test_jsonld_article_body_with_markup() -> None:
    ld = {"@type": "NewsArticle", "articleBody": "".join(f"<p>{p}</p>" for p in STORY)}
    head = f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
    assert run_rules(page("<div id='app'></div>", head)) == ("jsonld:articleBody", list(STORY))


def test_jsonld_ignores_other_stories_bodies() -> None:
    """Two article objects with bodies and none naming this page: no guess is made."""
    objs = [
        {"@type": "NewsArticle", "headline": "Other one", "articleBody": P1 * 3},
        {"@type": "NewsArticle", "headline": "Other two", "articleBody": P2 * 3},
    ]
    head = f"<script type='application/ld+json'>{json.dumps(objs)}</script>"
    assert run_rules(page("<div id='app'></div>", head)) == ("", [])


def test_rules_leave_the_pristine_tree_alone() -> None:
    ctx = Context(page=Page(page(f"{NAV}<div class='story'>{paras(*STORY)}</div>")))
    before = lxml.html.tostring(ctx.page.root)
    BODY_RULES[0](ctx)
    assert lxml.html.tostring(ctx.page.root) == before


# ---------------------------------------------------------------------------- robustness


def test_deep_tree_does_not_recurse() -> None:
    root = lxml.html.document_fromstring(page("<div id='deep'></div>"))
    el = root.find(".//div")
    for _ in range(5_000):  # far past Python's recursion limit
        el = etree.SubElement(el, "div")
    el.text = P1
    result = extract_body(root)
    assert result is not None
    assert [b.text for b in result.blocks] == [P1]


def test_large_page_is_fast() -> None:
    chrome = "<div class='sidebar'>" + "<a href='/x'>Link text here</a>" * 2_000 + "</div>"
    story = "<div class='story'>" + paras(*STORY) * 1_000 + "</div>"
    root = lxml.html.document_fromstring(page(chrome + story + chrome))
    work = copy.deepcopy(root)
    start = time.perf_counter()
    result = extract_body(work)
    assert time.perf_counter() - start < 1.0
    assert result is not None
    assert len(result.blocks) == 4_000


@pytest.mark.parametrize(
    "html",
    [
        "<html><body></body></html>",
        "<html><body><p></p></body></html>",
        "<html><body><a href='/'>x</a></body></html>",
        "<html><body><table><tr><td>1</td></tr></table></body></html>",
        "<html><body>" + "<span>" * 300 + "text" + "</span>" * 300 + "</body></html>",
    ],
    ids=["empty", "empty-p", "link-only", "table", "nested-spans"],
)
def test_degenerate_pages_do_not_crash(html: str) -> None:
    extract_body(lxml.html.document_fromstring(html))
