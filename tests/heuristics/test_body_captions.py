"""Photo captions of the story (issue #3/#5): captions of figures a profile names as body
containers, photo legends (``<p class="legend">``) inside a photo wrapper, and the
captions that must stay out (figures outside every container, chart and form legends)."""

from __future__ import annotations

import lxml.html
import pytest

from copydesk import Profile, parse
from copydesk.heuristics.body import extract_body
from copydesk.heuristics.captionwords import legend_caption

STORY = (
    "The council voted on Tuesday to close the bridge, citing cracks found during an inspection.",
    "Engineers said repairs could take a year, and that ferries would run in the meantime.",
    "Residents, many of whom cross daily, packed the hall to ask how long the detour would be.",
    "The mayor said the city would apply for state money, but gave no timeline for the work.",
)
CAPTION = "The old bridge at dusk on Monday."
FIGURE = (
    f"<figure class='photo'><img src='bridge.jpg' alt=''><figcaption>{CAPTION}</figcaption>"
    "</figure>"
)
URL = "https://planet.example/metro/bridge-to-close"


def page(body: str) -> str:
    return f"<html><head><title>Bridge to close</title></head><body>{body}</body></html>"


def paras(items: tuple[str, ...] = STORY) -> str:
    return "".join(f"<p>{t}</p>" for t in items)


def with_containers(html: str, css: str) -> tuple[list[str], list[str]]:
    root = lxml.html.document_fromstring(html)
    result = extract_body(root, containers=root.cssselect(css))
    assert result is not None
    return [b.text for b in result.blocks], list(result.captions)


# ------------------------------------------------------------ profile containers


@pytest.mark.parametrize(
    ("html", "css"),
    [
        pytest.param(
            page(
                f"<article><div class='story'>{paras(STORY[:2])}{FIGURE}{paras(STORY[2:])}"
                "</div></article>"
            ),
            "div.story p, div.story figure",
            id="paragraphs-and-figures-listed",
        ),
        pytest.param(
            page(
                f"<article><h1>Bridge to close</h1>{FIGURE}<div class='text'>{paras()}</div>"
                "</article>"
            ),
            "article > figure, article > div.text",
            id="figure-beside-text-wrapper",
        ),
        pytest.param(
            page(
                f"<article><div class='text'>{paras()}</div><div class='media'>{FIGURE}</div>"
                "</article>"
            ),
            "div.text, div.media figure",
            id="figure-after-text-in-its-own-box",
        ),
        pytest.param(
            page(
                f"<article><div class='story'>{paras(STORY[:2])}{FIGURE}{paras(STORY[2:])}"
                "</div></article>"
            ),
            "div.story, div.story figure",
            id="figure-also-inside-a-listed-container",
        ),
    ],
)
def test_caption_of_a_figure_named_as_a_container(html: str, css: str) -> None:
    texts, captions = with_containers(html, css)
    assert texts == list(STORY)
    assert captions == [CAPTION]  # once, and not among the paragraphs


def test_figure_outside_every_container_gives_no_caption() -> None:
    html = page(
        f"<article>{FIGURE}<div class='text'>{paras()}</div>"
        "<aside><figure><img src='ad.jpg'><figcaption>Our new app</figcaption></figure></aside>"
        "</article>"
    )
    texts, captions = with_containers(html, "div.text")
    assert texts == list(STORY)
    assert captions == []


def test_caption_in_a_box_the_cleaning_drops_goes_with_it() -> None:
    # A related-stories box inside the profile's container: the cleaning drops it, and the
    # teaser photo's caption goes with it; the story's own photo keeps its caption.
    teaser = (
        "<aside class='related'><figure><img src='t.jpg'><figcaption>Teaser photo of a ferry"
        "</figcaption></figure><a href='/ferries'>Ferries to run all winter</a></aside>"
    )
    html = page(
        f"<article><div class='story'>{paras(STORY[:2])}{FIGURE}{teaser}{paras(STORY[2:])}"
        "</div></article>"
    )
    texts, captions = with_containers(html, "div.story")
    assert texts == list(STORY)
    assert captions == [CAPTION]


def test_profile_listing_figures_reaches_article_captions() -> None:
    html = page(
        f"<article><header><h1>Bridge to close</h1><p class='deck'>Short deck line.</p></header>"
        f"{FIGURE}<div class='text'>{paras()}</div></article>"
    )
    planet = Profile(
        name="planet", domains=("planet.example",), body=("article > figure, article > div.text",)
    )
    article = parse(html, URL, profiles=[planet])
    assert article.provenance["paragraphs"].rule == "profile:planet:body[0]"
    assert article.paragraphs == STORY
    assert article.captions == (CAPTION,)


# -------------------------------------------------------------------- legends


@pytest.mark.parametrize(
    "photo",
    [
        pytest.param(
            f"<div class='yom-figure'><figure><img src='a.jpg'></figure>"
            f"<p class='legend'>{CAPTION}</p></div>",
            id="legend-beside-figure-in-figure-box",
        ),
        pytest.param(
            f"<figure><img src='a.jpg'><div class='legende'>{CAPTION}</div></figure>",
            id="legende-in-figure",
        ),
        pytest.param(
            f"<div class='photo'><img src='a.jpg'><div><span class='legend'>{CAPTION}</span>"
            "</div></div>",
            id="legend-two-levels-under-photo-box",
        ),
        pytest.param(
            f"<div class='info-foto'><img src='a.jpg'><div class='cell legenda'>{CAPTION}</div>"
            "</div>",
            id="legenda-in-foto-box",
        ),
        pytest.param(f"<p class='photo-legend'>{CAPTION}</p>", id="own-class-names-the-photo"),
    ],
)
def test_photo_legend_is_a_caption(photo: str) -> None:
    html = page(f"<div class='story'>{paras(STORY[:2])}{photo}{paras(STORY[2:])}</div>")
    root = lxml.html.document_fromstring(html)
    result = extract_body(root)
    assert result is not None
    assert [b.text for b in result.blocks] == list(STORY)
    assert result.captions == (CAPTION,)


CHART_NOTE = "Bars show the number of crossings per day, counted by the city in March."


@pytest.mark.parametrize(
    "inset",
    [
        pytest.param(
            f"<div class='chart'><p class='legend'>{CHART_NOTE}</p></div>", id="chart-legend"
        ),
        pytest.param(f"<p class='legend'>{CHART_NOTE}</p>", id="bare-legend-class"),
        pytest.param(
            f"<div class='media'><img src='a.jpg'><p class='has-legend'>{CHART_NOTE}</p></div>",
            id="legend-state-flag",
        ),
        pytest.param(
            f"<fieldset class='photo-upload'><legend class='legend'>{CHART_NOTE}</legend>"
            "</fieldset>",
            id="form-legend",
        ),
    ],
)
def test_legend_outside_a_photo_wrapper_stays_story(inset: str) -> None:
    html = page(f"<div class='story'>{paras(STORY[:2])}{inset}{paras(STORY[2:])}</div>")
    result = extract_body(lxml.html.document_fromstring(html))
    assert result is not None
    assert CHART_NOTE not in result.captions
    if "fieldset" not in inset:
        assert [b.text for b in result.blocks] == [*STORY[:2], CHART_NOTE, *STORY[2:]]


def test_legend_caption_needs_a_short_photo_wrapper() -> None:
    story_box = lxml.html.fragment_fromstring(
        f"<div class='article media-story'>{paras(STORY * 2)}"
        f"<p class='legend'>{CHART_NOTE}</p></div>"
    )
    assert legend_caption(story_box.find("p[@class='legend']")) is False
    photo = lxml.html.fragment_fromstring(
        f"<div class='media'><img src='a.jpg'><p class='legend'>{CAPTION}</p></div>"
    )
    assert legend_caption(photo.find("p")) is True
