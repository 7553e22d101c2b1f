"""App promotions, paywall teasers and feedback appeals left in the story's markup
(heuristics/appeallines.py). Each shape has its negatives: story sentences about apps,
subscriptions and e-mail that use the same words stay."""

from __future__ import annotations

import lxml.html
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from copydesk.heuristics import appeallines
from copydesk.heuristics.appeallines import (
    APPEAL_LINE_MAX_CHARS,
    is_appeal_line,
    is_paywall_line,
)
from copydesk.heuristics.body import extract_body
from copydesk.heuristics.chromewords import is_junk_line

STORY = (
    "The council voted on Tuesday to close the bridge, citing cracks found during an inspection.",
    "Engineers said repairs could take a year, and that ferries would run in the meantime.",
    "Residents, many of whom cross daily, packed the hall to ask how long the detour would be.",
)


def story_with(*lines: str, tag: str = "p") -> list[str]:
    paras = "".join(f"<p>{t}</p>" for t in STORY)
    extra = "".join(f"<{tag}>{t}</{tag}>" for t in lines)
    html = f"<html><body><article>{paras}{extra}</article></body></html>"
    result = extract_body(lxml.html.document_fromstring(html))
    assert result is not None
    return [b.text for b in result.blocks]


# ------------------------------------------------------------------ app promotions

APP_PROMOS = [
    pytest.param("Download our app", id="en-our"),
    pytest.param("Get the Fox News app for breaking news alerts", id="en-news-app"),
    pytest.param("Get our new FREE iPad app now", id="en-free-ipad"),
    pytest.param("Get the Android app from Google Play", id="en-store"),
    pytest.param("Download on the App Store", id="en-badge"),
    pytest.param("Get it free on Google Play", id="en-badge-free"),
    pytest.param("App Store Google Play AppGallery", id="badges-in-a-row"),
    pytest.param("Open in app", id="en-open-in-app"),
    pytest.param("Send yourself a link to download the app.", id="en-send-link"),
    pytest.param("The Times of India News App for Latest City News", id="en-site-news-app"),
    pytest.param("Jetzt die kostenlose tagesschau-App herunterladen", id="de-infinitive"),
    pytest.param("Die NINA-App herunterladen", id="de-named-app"),
    pytest.param("Laden Sie sich jetzt unsere kostenlose App herunter!", id="de-imperative"),
    pytest.param("Mehr Nachrichten in unserer App", id="de-in-our-app"),
    pytest.param("Jetzt bei Google Play", id="de-badge"),
    pytest.param("Téléchargez gratuitement l'application Le Journal", id="fr-imperative"),
    pytest.param("Retrouvez toute l'actualité sur notre application", id="fr-on-our-app"),
    pytest.param("Disponible sur Google Play", id="fr-badge"),
    pytest.param("Descarga la app de noticias", id="es-imperative"),
    pytest.param("Baixe Nosso App", id="pt-our-app"),
]


@pytest.mark.parametrize("line", APP_PROMOS)
def test_app_promotion(line: str) -> None:
    assert is_appeal_line(line)
    assert is_junk_line(line)


def test_app_promotion_after_the_story_is_dropped() -> None:
    assert story_with("Get the Fox News app for breaking news alerts") == list(STORY)


NOT_APP_PROMOS = [
    pytest.param("The app is available for iOS and Android, the company said.", id="about-app"),
    pytest.param(
        "Download the app from the vendor's website and enter the code you were sent.",
        id="how-to-step",
    ),
    pytest.param("Users who download the app must agree to share their location.", id="users"),
    pytest.param("We fixed a bug in our app.", id="company-blog-sentence"),
    pytest.param("New features in our app", id="company-blog-heading"),
    pytest.param("Nutzer sollten die App herunterladen, rät das BSI.", id="de-advice"),
    pytest.param("Die App herunterladen kann jeder, der ein Konto hat.", id="de-sentence"),
    pytest.param("Download the application form from our website.", id="application-form"),
    pytest.param("“Download our app,” the minister urged viewers on Sunday.", id="quoted"),
    pytest.param("Les utilisateurs de l'application ont porté plainte.", id="fr-sentence"),
]


@pytest.mark.parametrize("line", NOT_APP_PROMOS)
def test_story_sentence_about_an_app_stays(line: str) -> None:
    assert not is_appeal_line(line)
    assert story_with(line)[-1] == line


# ------------------------------------------------------------------ paywall teasers

PAYWALL_TEASERS = [
    pytest.param("To continue reading, please subscribe", id="en-continue"),
    pytest.param("This article is for subscribers only", id="en-for-subscribers"),
    pytest.param("The rest of this story is available to premium members.", id="en-rest"),
    pytest.param("This is a subscriber-only article", id="en-subscriber-only"),
    pytest.param("Already a subscriber? Log in", id="en-already"),
    pytest.param("Log in to keep reading", id="en-log-in"),
    pytest.param("You have reached your limit of free articles this month.", id="en-limit"),
    pytest.param("Get unlimited digital access for $1 a week", id="en-access"),
    pytest.param("Want to read more? Subscribe today.", id="en-want-more"),
    pytest.param("Start your 14-day free trial now", id="en-trial"),
    pytest.param("Einmal zahlen", id="de-pay-once"),
    pytest.param("Monatlich zahlen", id="de-pay-monthly"),
    pytest.param("Jetzt weiterlesen mit SZ Plus", id="de-weiterlesen-mit"),
    pytest.param("Dieser Artikel ist nur für Abonnenten verfügbar.", id="de-for-subscribers"),
    pytest.param("Dieser Artikel ist ein Plus-Artikel", id="de-plus-article"),
    pytest.param("Möchten Sie weiterlesen?", id="de-want-more"),
    pytest.param("Sie sind bereits Abonnent? Hier anmelden", id="de-already"),
    pytest.param("Du bist bereits Kundin? Dann logge dich hier ein.", id="de-already-du"),
    pytest.param("Ja. Ich bin Abonnent.", id="de-i-am-subscriber"),
    pytest.param("Jetzt 4 Wochen gratis testen", id="de-trial"),
    pytest.param("Wählen Sie eine der beiden Login-Möglichkeiten aus", id="de-login-choice"),
    pytest.param("Abonnez-vous pour lire la suite", id="fr-subscribe"),
    pytest.param("Cet article est réservé aux abonnés", id="fr-reserved"),
    pytest.param("Il vous reste 80% de cet article à lire.", id="fr-remaining"),
    pytest.param("Déjà abonné ? Connectez-vous.", id="fr-already"),
    pytest.param("Suscríbete para seguir leyendo", id="es-subscribe"),
    pytest.param("Este contenido es exclusivo para suscriptores", id="es-exclusive"),
    pytest.param("¿Ya eres suscriptor? Inicia sesión", id="es-already"),
    pytest.param("Abbonati per continuare a leggere", id="it-subscribe"),
    pytest.param("Conteúdo exclusivo para assinantes", id="pt-exclusive"),
    pytest.param("Jetzt abonnieren", id="de-button"),
    pytest.param("Je m'abonne", id="fr-button"),
    pytest.param("Subscribe to continue reading", id="en-subscribe-to-continue"),
    pytest.param("Register for free to keep reading.", id="en-register-to-keep"),
    pytest.param("Subscribe now to read the full story", id="en-subscribe-full-story"),
    pytest.param("Already have an account? Sign in", id="en-have-account"),
]


@pytest.mark.parametrize("line", PAYWALL_TEASERS)
def test_paywall_teaser(line: str) -> None:
    assert is_appeal_line(line)
    assert is_paywall_line(line)


def test_paywall_teaser_ending_a_truncated_story_is_dropped() -> None:
    lines = ("Dieser Artikel ist nur für Abonnenten verfügbar.", "Einmal zahlen")
    assert story_with(*lines) == list(STORY)


NOT_PAYWALL_TEASERS = [
    pytest.param("Subscribers will pay $5 more a month from March.", id="subscribers"),
    pytest.param("Already a member of the club for 20 years, he knew everyone.", id="already"),
    pytest.param("This article is for informational purposes only.", id="disclaimer"),
    pytest.param("Einmal zahlen reicht nicht, sagt der Verbraucherschützer.", id="de-sentence"),
    pytest.param("Sie sind bereits Mitglied im Verein und zahlen Beiträge.", id="de-member"),
    pytest.param(
        "Der Beitrag ist ein Plädoyer für mehr Mitgliederbeteiligung in Parteien.",
        id="de-plea",
    ),
    pytest.param("Les abonnés du journal ont reçu un courriel mardi.", id="fr-subscribers"),
    pytest.param("Netflix erhöht den Preis für das Premium-Abo auf 18 Euro.", id="de-price"),
    pytest.param("Abonnieren Sie den Kanal, sagt der Youtuber.", id="de-quoted-advice"),
    pytest.param("Begin trial in March", id="medical-trial"),
    pytest.param("They subscribe to read the full story every morning.", id="en-habit"),
]


@pytest.mark.parametrize("line", NOT_PAYWALL_TEASERS)
def test_story_sentence_about_subscriptions_stays(line: str) -> None:
    assert not is_appeal_line(line)
    assert not is_paywall_line(line)
    assert story_with(line)[-1] == line


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Subscribe to our newsletter", id="newsletter"),
        pytest.param("Get the Fox News app for breaking news alerts", id="app"),
        pytest.param("Questions? Comments? Email us at desk@example.com", id="feedback"),
    ],
)
def test_other_appeals_are_not_paywall_teasers(line: str) -> None:
    """Only a paywall teaser ends the story; other appeals are dropped where they stand."""
    assert not is_paywall_line(line)


# ------------------------------------------------------------------ feedback appeals

FEEDBACK_APPEALS = [
    pytest.param('"Questions? Comments? Email us at', id="questions-comments"),
    pytest.param("Questions? Comments? Feedback?", id="question-words"),
    pytest.param("Tell us what you think. Email us at feedback@paper.com", id="tell-us"),
    pytest.param("Your feedback is important to us", id="feedback-important"),
    pytest.param("Fragen, Anregungen oder Kritik? Schreiben Sie uns: post@zeitung.de", id="de"),
    pytest.param("Une question ? Écrivez-nous", id="fr"),
    pytest.param(
        "Follow AP's coverage at https://apnews.com/hub/elections and https://apnews.com/x",
        id="wire-coverage",
    ),
    pytest.param("More AP coronavirus coverage: https://apnews.com/hub/virus", id="more-coverage"),
    pytest.param(
        "More AP NBA: https://apnews.com/NBA and https://twitter.com/AP_Sports", id="more-desk"
    ),
]


@pytest.mark.parametrize("line", FEEDBACK_APPEALS)
def test_feedback_appeal(line: str) -> None:
    assert is_appeal_line(line)


def test_feedback_box_inside_the_story_is_dropped() -> None:
    html = (
        "<html><body><article>"
        f"<p>{STORY[0]}</p><h4>Your feedback is important to us</h4>"
        "<p>Tell us what you think. Email us at feedback@paper.com</p>"
        f"<p>{STORY[1]}</p><p>{STORY[2]}</p></article></body></html>"
    )
    result = extract_body(lxml.html.document_fromstring(html))
    assert result is not None
    assert [b.text for b in result.blocks] == list(STORY)


NOT_FEEDBACK_APPEALS = [
    pytest.param(
        "“Tell us what you think,” the mayor asked residents at the meeting.", id="quoted"
    ),
    pytest.param("Questions remain about the cost of the project.", id="questions-remain"),
    pytest.param("Follow the coverage of the trial, the judge told jurors, at your peril.", id="x"),
    pytest.param("Readers can email us at any time, the editor wrote in 2019.", id="sentence"),
    pytest.param("More information: https://www.city.gov/permits", id="service-line"),
    pytest.param("More than 300 people signed: https://example.org/petition", id="more-than"),
]


@pytest.mark.parametrize("line", NOT_FEEDBACK_APPEALS)
def test_story_sentence_about_feedback_stays(line: str) -> None:
    assert not is_appeal_line(line)


def test_long_paragraph_is_never_an_appeal() -> None:
    line = "Download our app. " + "It has the news of the day, and more of it. " * 5
    assert len(line) > APPEAL_LINE_MAX_CHARS
    assert not is_appeal_line(line)


# The app family's literal prefilter (_names_app) must never reject a line its pattern
# accepts: sample lines from the pattern and check the prefilter lets every one through.
@settings(max_examples=500, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(st.from_regex(appeallines._APP_PROMO_LINE, fullmatch=True))
def test_app_prefilter_passes_every_line_the_pattern_matches(line: str) -> None:
    assert appeallines._APP_PROMO_LINE.match(line) is None or appeallines._names_app(line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Download on \u0130Tunes", id="dotted-capital-i"),
        pytest.param("Download on \u0131Tunes", id="dotless-i"),
        pytest.param("Download on iTune\u017f", id="long-s"),
    ],
)
def test_app_prefilter_folds_what_ignorecase_matches(line: str) -> None:
    # IGNORECASE matches these characters to ASCII letters; the store name is the line's
    # only app literal, so only the fold lets it through to the pattern.
    assert is_appeal_line(line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Download the report from the council", id="no-literal"),
        pytest.param("Téléchargez le document", id="non-ascii"),
    ],
)
def test_app_prefilter_rejects_lines_without_any_literal(line: str) -> None:
    assert not appeallines._names_app(line)
