"""Page shapes from the third story-body audit (issue #3), on the snippet-scored pages:
widget labels that blog, shop and recipe templates leave inside the story box (view
counters, share labels, feedback prompts, recipe-card buttons and star ratings, next-story
links, author-box links, outdated-browser notices, embedded-video frames) and the
"Recent posts" / registration-wall headings that end a story. Each shape has its negative
case: a story sentence using the same words is kept."""

from __future__ import annotations

import lxml.html
import pytest

from copydesk.heuristics.body import extract_body
from copydesk.heuristics.chromewords import is_junk_line, is_section_end
from copydesk.heuristics.promolines import is_promo_line

STORY = (
    "The council voted on Tuesday to close the bridge, citing cracks found during an inspection.",
    "Engineers said repairs could take a year, and that ferries would run in the meantime.",
    "Residents, many of whom cross daily, packed the hall to ask how long the detour would be.",
    "The mayor said the city would apply for state money, but gave no timeline for the work.",
)


def body(html: str) -> list[str]:
    result = extract_body(lxml.html.document_fromstring(html))
    assert result is not None
    return [b.text for b in result.blocks]


def paras(items: tuple[str, ...] = STORY) -> str:
    return "".join(f"<p>{t}</p>" for t in items)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Post Views: 1.432", id="view-counter"),
        pytest.param("2,391 views", id="view-count-after"),
        pytest.param("Artikel teilen:", id="share-label-de"),
        pytest.param("Spread the news:", id="share-label-en"),
        pytest.param("Partager", id="share-label-fr"),
        pytest.param("War dieser Artikel hilfreich?", id="feedback-de"),
        pytest.param("Was this article helpful?", id="feedback-en"),
        pytest.param("JaNein", id="feedback-buttons"),
        pytest.param("Jump to Recipe Pin Recipe", id="recipe-buttons"),
        pytest.param("RECIPE PRINT RATE THIS RECIPE", id="recipe-buttons-caps"),
        pytest.param("4.67 from 21 votes", id="star-rating"),
        pytest.param("3.65 von 1990 Bewertungen", id="star-rating-de"),
        pytest.param("My post title, 5.0 out of 5 based on 2 ratings", id="rating-summary"),
        pytest.param("GD Star Rating loading...", id="rating-loading"),
        pytest.param("Nächster Artikel", id="next-story-de"),
        pytest.param("Previous article", id="previous-story-en"),
        pytest.param("Latest posts by Jane Roe (see all)", id="author-box-link"),
        pytest.param("Dein Browser ist leider veraltet.", id="outdated-browser-de"),
        pytest.param("Your browser is out of date.", id="outdated-browser-en"),
        pytest.param("Zugehörige Themenseiten: Digitalisierung und IT", id="topic-pages"),
        pytest.param("Ende des Videobeitrags", id="video-frame-end"),
        pytest.param("Videobeitrag", id="video-frame-start"),
    ],
)
def test_widget_label_is_chrome(line: str) -> None:
    assert is_promo_line(line)
    assert is_junk_line(line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Views on the new bridge differ sharply among residents.", id="views-prose"),
        pytest.param("Teilen Sie uns Ihre Meinung mit, schreibt der Verband.", id="teilen-prose"),
        pytest.param("The next article in the series appears on Monday.", id="next-prose"),
        pytest.param("Was this decision helpful to the town? Few think so.", id="helpful-prose"),
        pytest.param(
            "Officials said the agency's software ran in a browser that staff had long "
            "complained was outdated, and that a replacement had been ordered in spring "
            "after two audits, a lawsuit and a string of outages that cost the city money "
            "and stranded hundreds of residents who tried to pay their water bills online.",
            id="browser-prose",
        ),
        pytest.param("Ratings: 5 out of 10 voters backed the plan in 2019 polls.", id="poll"),
        pytest.param("Her recipe for the pie won first prize at the fair.", id="recipe-prose"),
    ],
)
def test_story_sentence_with_widget_words_is_kept(line: str) -> None:
    assert not is_promo_line(line)
    assert not is_junk_line(line)


def test_widget_labels_dropped_from_story_box() -> None:
    html = (
        "<html><body><article><h1>Bridge closes</h1><div class='entry-content'>"
        "<p>Post Views: 1.432</p>" + paras() + "<p>War dieser Artikel hilfreich?</p>"
        "<p>JaNein</p><p>Nächster Artikel</p></div></article></body></html>"
    )
    assert body(html) == list(STORY)


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        pytest.param("Recent Posts", True, id="recent-posts"),
        pytest.param("Latest posts", True, id="latest-posts"),
        pytest.param("Registrieren Sie sich jetzt kostenlos:", True, id="registration-wall"),
        pytest.param("Recent posts on the forum blamed the council.", False, id="prose"),
    ],
)
def test_recent_posts_and_registration_end_the_story(line: str, ends: bool) -> None:
    assert is_section_end(line) is ends


def test_recent_posts_list_after_story_is_dropped() -> None:
    html = (
        "<html><body><article><div class='post-content'>" + paras() + "<h3>Recent Posts</h3>"
        "<ul><li>Ferry timetable changes for the winter season announced</li>"
        "<li>Library to reopen after repairs to its roof are finished</li></ul>"
        "</div></article></body></html>"
    )
    assert body(html) == list(STORY)


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        pytest.param("Sieh dir diesen Beitrag auf Instagram an", True, id="instagram-embed-de"),
        pytest.param(
            "Tried this recipe? Tell us how it went in the comments.", True, id="recipe-en"
        ),
        pytest.param("Hast du das Rezept nachgebacken? Dann zeig es uns!", True, id="recipe-de"),
        pytest.param(
            "Folge mir auf Instagram, dort gibt es alle neuen Rezepte!", True, id="follow-me"
        ),
        pytest.param("Folgt uns auf unserem Instagram-Account", True, id="follow-us"),
        pytest.param("example.com-Newsletter", True, id="newsletter-title"),
        pytest.param(
            "Die wichtigsten Nachrichten per E-Mail abonnieren.", True, id="newsletter-pitch"
        ),
        pytest.param("(Rate me? // Beitrag bewerten?)", True, id="rate-post"),
        pytest.param(
            "Folge mir, sagte der Bürgermeister, und führte die Gäste über die Brücke.",
            False,
            id="follow-prose",
        ),
        pytest.param(
            "Der Verein hatte den Newsletter per E-Mail verschickt, wie die Polizei bestätigte, "
            "und bat die Mitglieder, ihn nicht weiterzuleiten.",
            False,
            id="newsletter-prose",
        ),
        pytest.param(
            "Die Jury wird jeden Beitrag bewerten, sagte sie.", False, id="bewerten-prose"
        ),
    ],
)
def test_closing_appeals(line: str, chrome: bool) -> None:
    assert is_promo_line(line) is chrome


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        pytest.param("KOMMENTARE", True, id="comments-de"),
        pytest.param("Über die Autorin:", True, id="about-author-f"),
        pytest.param("Über den Autor", True, id="about-author-m"),
        pytest.param("Über den Autor des Buches ist wenig bekannt.", False, id="about-prose"),
    ],
)
def test_comments_and_author_box_end_the_story(line: str, ends: bool) -> None:
    assert is_section_end(line) is ends


def test_author_box_after_story_is_dropped() -> None:
    html = (
        "<html><body><article><div class='post-content'>" + paras() + "<h4>Über die Autorin:</h4>"
        "<p>Jane Roe (37) ist Reporterin und schreibt seit zehn Jahren über Verkehr und "
        "Stadtplanung für verschiedene Magazine.</p></div></article></body></html>"
    )
    assert body(html) == list(STORY)


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        pytest.param("Print Rate", True, id="recipe-card-buttons"),
        pytest.param("Sterne anklicken zum Bewerten", True, id="rating-prompt"),
        pytest.param("See album", True, id="gallery-button"),
        pytest.param("Diashow starten »", True, id="slideshow-button"),
        pytest.param("Freunden mitteilen:", True, id="share-label"),
        pytest.param(
            "Alternativ via Banküberweisung, IBAN: DE30 1234 5678 0000 1111 22", True, id="iban"
        ),
        pytest.param("Bildquelle: Stadtarchiv", True, id="photo-source"),
        pytest.param("Beitragsbild: Jane Roe", True, id="lead-image-credit"),
        pytest.param("Symbolgrafik:© Agentur", True, id="stock-graphic"),
        pytest.param("(Symbolbild)", True, id="stock-photo-label"),
        pytest.param(
            "Print and online ads rose by a third, the report said.", False, id="print-prose"
        ),
        pytest.param(
            "Das Symbolbild der Bewegung, eine geballte Faust, hing an jeder Wand.",
            False,
            id="symbolbild-prose",
        ),
        pytest.param(
            "Die Bank nannte die IBAN des Kontos nicht, auf das die Summe ging.",
            False,
            id="iban-prose",
        ),
    ],
)
def test_gallery_rating_donation_and_credit_labels(line: str, chrome: bool) -> None:
    assert is_promo_line(line) is chrome


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        pytest.param("Zurück zum Inhaltsverzeichnis", True, id="back-to-contents-de"),
        pytest.param("Back to table of contents", True, id="back-to-contents-en"),
        pytest.param("Lue myös: Hallitus kaatui yöllä", True, id="read-also-fi"),
        pytest.param("nur 9,90 €", True, id="price-tag"),
        pytest.param("mehr Infos", True, id="more-info-button"),
        pytest.param(
            "Zurück zum Inhalt der Verhandlung kam das Gericht erst am Abend.", False, id="prose"
        ),
        pytest.param("Die Karte kostet nur 9,90 € und gilt ein Jahr.", False, id="price-prose"),
    ],
)
def test_jump_links_and_shop_box(line: str, chrome: bool) -> None:
    assert is_promo_line(line) is chrome


def test_back_to_contents_links_dropped_between_sections() -> None:
    html = (
        "<html><body><article><div class='content'><h2>Erster Teil</h2>"
        + paras(STORY[:2])
        + "<p><a href='#toc'>Zurück zum Inhaltsverzeichnis</a></p><h2>Zweiter Teil</h2>"
        + paras(STORY[2:])
        + "<p><a href='#toc'>Zurück zum Inhaltsverzeichnis</a></p></div></article></body></html>"
    )
    assert "Zurück zum Inhaltsverzeichnis" not in body(html)
    assert [t for t in body(html) if t in STORY] == list(STORY)


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        pytest.param("Das Magazin braucht weiterhin Eure Hilfe!", True, id="needs-your-help"),
        pytest.param(
            "Diese Arbeit ist nur mit Ihrer Unterstützung möglich!", True, id="only-with-you"
        ),
        pytest.param(
            "Die Feuerwehr braucht Ihre Hilfe nicht, sagte der Sprecher.", False, id="prose"
        ),
    ],
)
def test_german_donation_appeal_ends_the_story(line: str, ends: bool) -> None:
    assert is_section_end(line) is ends


def test_german_donation_line_is_chrome() -> None:
    assert is_promo_line("Schon mit 2,50 Euro kannst du unsere Arbeit unterstützen.")
    assert not is_promo_line("Der Verein bat, man solle unsere Arbeit unterstützen, sagte sie.")


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        pytest.param(
            "An dieser Stelle findet Ihr einen externen Inhalt von Instagram, der den Artikel "
            "ergänzt. Ihr könnt ihn Euch mit einem Klick anzeigen lassen und wieder ausblenden.",
            True,
            id="embed-consent-placeholder",
        ),
        pytest.param(
            "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können "
            "personenbezogene Daten an Drittplattformen übermittelt werden.",
            True,
            id="embed-consent-checkbox",
        ),
        pytest.param("https://www.instagram.com/p/CAbc123xyz/", True, id="instagram-post-url"),
        pytest.param(
            "https://www.facebook.com/SomeBar/posts/123456789", True, id="facebook-post-url"
        ),
        pytest.param(
            "Nie mehr die wichtigsten News verpassen? Abonnieren Sie unser Briefing.",
            True,
            id="never-miss-de",
        ),
        pytest.param(
            "WANT MORE RECIPES? Subscribe to our newsletter and follow us on Facebook, Pinterest "
            "and Instagram for all of the latest updates.",
            True,
            id="newsletter-and-follow",
        ),
        pytest.param("http://www.facebook.com/futureofhope", False, id="profile-url-kept"),
        pytest.param(
            "An dieser Stelle fand die Polizei einen externen Datenträger, sagte der Sprecher.",
            False,
            id="consent-words-prose",
        ),
    ],
)
def test_embed_placeholders_and_signup_lines(line: str, chrome: bool) -> None:
    assert is_junk_line(line) is chrome
