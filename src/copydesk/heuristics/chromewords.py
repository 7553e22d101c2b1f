"""Chrome by wording: short lines that are appeals, placeholders or page furniture.

A block's markup cannot always tell chrome from story ("Advertisement", "Loading...",
"Support local journalism", "Read more", "By A and B", "Updated 13:35" are set in the same
``<p>`` as the story), so these checks look only at a block's text, after extraction. Each
test is anchored to the whole line and capped in length, so a story sentence that merely
contains such words is kept. Markup evidence (tags, hidden elements, class/id words) is
:mod:`~copydesk.heuristics.boilerplate`'s job.
"""

from __future__ import annotations

import re

from copydesk.cleaning import holds_literal
from copydesk.heuristics.appeallines import is_appeal_line

# Re-exported: the caption checks lived here before they got a module of their own.
from copydesk.heuristics.captionwords import (
    CREDIT_CAPTION_MAX_CHARS,
    caption_text,
    is_credit_caption,
    is_figure_caption,
)

# Re-exported: the contact trailers lived here before they got a module of their own.
from copydesk.heuristics.contactlines import CONTACT_LINE_MAX_CHARS, is_contact_line
from copydesk.heuristics.promolines import is_promo_line
from copydesk.lexicon import AGENCIES

__all__ = [
    "AGENCY_LINE_MAX_CHARS",
    "BYLINE_MAX_LOWER_WORDS",
    "CONTACT_LINE_MAX_CHARS",
    "COOKIE_NOTICE_MAX_CHARS",
    "CREDIT_CAPTION_MAX_CHARS",
    "DATE_LINE_MAX_CHARS",
    "JUNK_LINE_MAX_CHARS",
    "JUNK_RUN_MAX_WORDS",
    "META_LINE_MAX_CHARS",
    "caption_text",
    "is_agency_line",
    "is_contact_line",
    "is_cookie_notice",
    "is_credit_caption",
    "is_date_line",
    "is_figure_caption",
    "is_junk_line",
    "is_junk_run",
    "is_meta_line",
    "is_section_end",
]

# Whole-line placeholders and calls to action. A block that is nothing but one of these is
# chrome wherever it sits. Anchored at both ends: a story sentence that merely contains
# "advertisement" is kept.
_JUNK_LINE = re.compile(
    r"""
    ^\W*(?:
        advertisements?|advertising|anzeige|werbung|publicit[ée]|publicidad|pubblicit[àa]
        |sponsored(?:\s+content)?|(?:like|share)\s+this|gef[äa]llt\s+mir
        |loading|please\s+wait|continue\s+reading|read\s+more|read\s+full\s+(?:story|article)
        |show\s+more|see\s+more|more\s+(?:stories|news|on\s+this\s+story)|related(?:\s+\w+){0,2}
        |click\s+here(?:\s+\w+){0,6}|click\s+to\s+(?:expand|enlarge)|share(?:\s+this)?(?:\s+(?:article|story|post|page))?
        |share\s+on\s+\w+|tweet(?:\s+this)?|email|print|drucken|comments?|\d+\s+comments?
        |print\s+this(?:\s+(?:article|story|page|post))?|share\s+(?:it|this)\s+with\s+(?:your\s+)?friends
        |submit|sharing\s+is\s+caring|written\s+by|explore\s+further|filed\s+under\b.{0,80}
        |facebook|twitter|pinterest|linkedin|whatsapp|reddit|flipboard|telegram|xing|tumblr
        |iklan|sukai\s+ini
        |(?:sign\s+up|subscribe)(?:\s+\w+){0,8}|follow\s+us(?:\s+\w+){0,6}
        |skip\s+(?:to\s+)?(?:the\s+)?(?:main\s+)?(?:content|ad|advertisement|navigation)
        |back\s+to\s+top|top\s+of\s+page|related\s+\w+\s*:.{1,60}
        |\(?(?:photo|image|video|graphic|picture|foto|bild|credit|source|quelle|fuente)s?
            (?:\s+(?:credit|courtesy|by|of|source))?\s*[:©].{0,100}
        |(?:photo\s+|image\s+)?courtesy(?:\s+of)?\s.{1,60}
        |.{0,60}/\s?(?:getty\s+images|afp|ap|reuters|dpa|epa|shutterstock|istock(?:photo)?|imago
            (?:\s+images)?|picture[-\s]alliance|alamy)(?:\s+via\s+\S+)?
        |weitere\s+informationen(?:\s+zu[mr]?\s.{1,60})?
        |(?:empfohlener\s+)?(?:redaktioneller|externer)\s+inhalt|external\s+content
        |(?:s[íi]guenos|folgen?\s+sie\s+uns|folge\s+uns|suivez[-\s]nous|seguici)\b.{0,100}
        |(?:\d+|keine|no)\s+(?:kommentare?|comments?)(?:\s*\([^()]{1,80}\))?|\(?noch\s+keine\s+bewertungen\)?|vergr[öo]ßern|enlarge
        |pin(?:nen)?|(?:rezept|recipe)\s+(?:drucken|print|speichern|save)
        |(?:bei|auf)\s+pinterest\s+(?:speichern|merken|teilen)|save\s+(?:to|on)\s+pinterest|pin\s+it
        |\(?alle\s+angaben\s+ohne\s+gew[äa]hr\)?|\(?(?:all\s+)?information\s+without\s+guarantee\)?
        |纠错|(?:纠错\W*)?责任编辑\s*[:：].{0,30}
        |(?:zum|jump\s+to)\s+(?:rezept|recipe)
        # Rights notices ("Copyright 2024 The Associated Press. All rights reserved. This
        # material may not be published, broadcast, rewritten or redistributed.", "© dpa"),
        # but not a sentence about copyright ("Copyright lawyers say ...").
        |(?:©|copyright\s*(?:[©@]|\(c\)|(?:19|20)\d{2}\b|by\b|:)).{0,200}
        |copyright\s(?:(?-i:[A-Z])\S*\s){1,4}(?:19|20)\d{2}
        |this\s+(?:article|story)\s+(?:is|was)\s+(?:first\s+)?(?:published|updated).{0,80}
        |listen\s+to\s+(?:this\s+)?(?:article|story).{0,40}
        |(?:\d+\s+)?min(?:ute)?s?\s+read
        # A gallery's counter and buttons ("Image 1 of 5", "Photo 3/12", "Caption", "Close")
        # and a share counter ("0shares", "1.2K shares").
        |(?:image|photo|picture|slide|foto|bild)s?\s+\d{1,4}\s*(?:of|/|von|de|sur)\s*/?\s*\d{1,4}
        |caption|close|\d[\d.,]{0,8}[km]?\s*shares?
        |full\s*screen|autoplay|view\s+(?:photos|gallery|slideshow)|back\s+to\s+gallery
        # A rights notice closing a science-news story ("This document is subject to
        # copyright. Apart from any fair dealing ...").
        # ("This article is subject to copyright law, the judge said" is story: the notice
        # ends there, or goes on to what it allows.)
        |this\s+(?:document|article|material|content)\s+is\s+subject\s+to\s+copyright
            (?:\s*\.(?:\s+(?:apart|no\s+part|except|the\s+content)\b.{0,300})?)?
    )\W*$
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Whole-line chrome that opens with free text (an affiliate disclosure, a donation or
# newsletter appeal, a script notice, a rights line): costly to try at every line, as the
# pattern must scan ahead for its words, so it is only tried on lines holding one of the
# literals that every alternative needs (_JUNK_PROSE_WORDS). Kept apart from _JUNK_LINE
# for that reason only: a line is junk when either matches it whole.
_JUNK_PROSE_LINE = re.compile(
    r"""
    ^\W*(?:
        .{0,80}\b(?:may|might|will)\s+(?:earn|receive|get)\s+(?:an?\s+)?(?:small\s+)?(?:affiliate\s+)?commission\b
            .{0,60}\b(?:links?|purchases?|orders?|(?:this|our)\s+(?:article|page|site|post))\b.{0,60}
        |.{0,120}\b(?:please\s+)?consider\s+(?:making\s+a\s+)?(?:donat\w*|supporting|subscribing)\b.{0,120}
        |.{0,120}\bdonat\w*\s+(?:today\s+)?(?:to\s+)?(?:support|help|keep)\s+(?:us|our|it|this|local|independent)\b.{0,120}
        |.{0,80}\b(?:enable|activate|turn\s+on)\s+javascript\b.{0,80}
        |.{0,80}\bjavascript\s+(?:is\s+)?(?:disabled|required|must\s+be\s+enabled)\b.{0,80}
        |.{0,80}\b(?:sign(?:ing)?\s+up|subscribe|subscribing)\b.{0,60}\bnewsletters?\b.{0,100}
        |.{0,60}\bnewsletters?\b.{0,60}\b(?:sign\s+up|subscribe|inbox)\b.{0,60}
        |.{0,160}\b(?:f[üu]r|zu)\s+(?:unseren|unserem|den|dem)\s+newsletter\s+an(?:melden)?\b.{0,20}
        |.{0,200}\ball\s+rights\s+reserved\b.{0,200}
    )\W*$
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Every alternative of _JUNK_PROSE_LINE needs one of these words ("commission", "consider",
# "donat...", "javascript", "newsletter", "rights"). Keep them in step.
_JUNK_PROSE_WORDS = ("commission", "consider", "donat", "javascript", "newsletter", "rights")


def _is_junk_phrase(text: str) -> bool:
    """Whether ``text`` is whole-line chrome by its wording (either pattern above)."""
    if _JUNK_LINE.match(text) is not None:
        return True
    return holds_literal(text, _JUNK_PROSE_WORDS) and _JUNK_PROSE_LINE.match(text) is not None


# Appeals and section titles that end the story: everything from such a line on is chrome
# (donation boxes, "Related coverage", comment sections) even inside the story container.
_SECTION_END = re.compile(
    r"""
    ^\W*(?:
        support\s+(?:local|independent|our|quality|public)\s+(?:\w+\s+)?journalism
        |(?:please\s+)?(?:consider\s+)?(?:donate|make\s+a\s+donation|become\s+a\s+(?:member|subscriber|supporter))
        |related(?:\s+(?:articles?|stories|coverage|content|posts|news|reading|links|topics))?
        |more\s+(?:from|on|in|about)\s.{1,60}|(?:you\s+)?(?:may|might)\s+also\s+like
        |recommended(?:\s+for\s+you|\s+stories|\s+articles)?|read\s+next|what\s+to\s+read\s+next
        |(?:most\s+)?(?:popular|read|viewed)(?:\s+(?:stories|articles|now|today))?
        |comments?|leave\s+a\s+(?:comment|reply)|join\s+the\s+conversation|discussion
        |trending(?:\s+now)?|sign\s+up\s+for\s+(?:our|the).{0,60}|about\s+the\s+author
        |share\s+this\s+(?:article|story|post)|tags?|topics?|filed\s+under
        |neueste\s+artikel|weitere\s+artikel|[äa]hnliche\s+artikel|mehr\s+zum\s+thema
        |lesen\s+sie\s+(?:auch|mehr)|das\s+k[öo]nnte\s+sie\s+(?:auch\s+)?interessieren
        |articles?\s+similaires|(?:[àa]\s+)?lire\s+aussi|sur\s+le\s+m[êe]me\s+sujet
        |noticias\s+relacionadas|te\s+puede\s+interesar|leer\s+m[áa]s|leia\s+tamb[ée]m
        |artigos\s+relacionados|articoli\s+correlati|les\s+plus\s+(?:lus|partag[ée]s|comment[ée]s)|meistgelesen\w*|meistkommentiert\w*
        |lo\s+m[áa]s\s+(?:le[íi]do|visto)|m[áa]s\s+le[íi]d[oa]s|(?:i\s+)?pi[ùu]\s+lett[ie]
        |top\s+themen(?:\s+der\s+redaktion)?|schon\s+gelesen|mehr\s+themen|lust\s+auf\s+mehr
        |zum\s+weiterlesen|quellenangaben|vorschau\s+auf\s+den\s+n[äa]chsten\s+artikel
        |keep\s+reading|mehr\s+\w+\s+(?:auf|bei|von)\s.{1,40}|more\s+(?:\w+\s+){1,2}stories
        |themen\s+in\s+diesem\s+artikel|empfehlungen(?:\s+aus\s+de[mr]\s.{1,40})?
        |(?:recent|latest)\s+posts|registrieren\s+sie\s+sich(?:\s+jetzt)?(?:\s+kostenlos)?
        |kommentare|[üu]ber\s+(?:die\s+autorin|den\s+autor|die\s+autor(?:inn)?en)
        |.{0,60}\bbraucht\s+(?:weiterhin\s+|jetzt\s+|dringend\s+)?(?:eure|ihre|deine)\s+(?:hilfe|unterst[üu]tzung)
        |.{0,80}\bnur\s+mit\s+(?:ihrer|eurer|deiner)\s+(?:hilfe|unterst[üu]tzung)\s+m[öo]glich
        # Russian: "Отзывы" (reviews), "Комментарии", "Похожие статьи", "Читайте также",
        # "Самые популярные диеты" (most popular ...), "Популярное".
        |отзывы|комментари[ийея]|(?:добавить|оставить)\s+(?:отзыв|комментарий)
        |похожие\s+(?:статьи|записи|новости|материалы)|читайте\s+(?:также|ещ[её])
        |смотрите\s+также|самые\s+популярные(?:\s+\w+){0,2}|популярное
        |популярные\s+(?:статьи|записи|новости|материалы)
    )\W*$
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Byline and timestamp lines that open a story container: "By Iain Marlow, Bloomberg News",
# "Published: December 4, 2024, 1:35pm", "Updated 3 hours ago".
_BYLINE_START = re.compile(r"^\W*(?:by|von|par|por|door|di)\s*:?\s+(?P<rest>.+)$", re.IGNORECASE)
_STAMP_START = re.compile(
    r"""
    ^\W*(?:published|posted|updated|last\s+updated|modified|first\s+published|publish\s+date
       |aktualisiert
       |ver[öo]ffentlicht|publi[ée]|mis\s+[àa]\s+jour|actualizado|publicado|pubblicato
       |aggiornato)\b(?P<rest>.*)$
    """,
    re.VERBOSE | re.IGNORECASE,
)
# What follows "Published"/"Updated" in a timestamp: a number, or a relative day.
_STAMP_VALUE = re.compile(r"\d|\b(?:ago|today|yesterday|heute|gestern|hier|aujourd)", re.IGNORECASE)
# Small words a byline holds besides capitalised names ("By A and B of the Times").
_BYLINE_SMALL_WORDS_TEXT = """
and und et y e of for the in at with from de la le van von der den du da staff writer
writers reporter reporters correspondent correspondents editor editors news bureau
"""
_BYLINE_SMALL_WORDS = frozenset(_BYLINE_SMALL_WORDS_TEXT.split())
#: A byline may hold at most this many other lower-case words (a job title, a place).
BYLINE_MAX_LOWER_WORDS = 2

#: Lines longer than this are prose, never a placeholder or appeal title.
JUNK_LINE_MAX_CHARS = 160
#: A byline/timestamp line is short; longer "By ..." text is a sentence.
META_LINE_MAX_CHARS = 130


def is_junk_line(text: str) -> bool:
    """True for a block that is only a placeholder or call to action.

    >>> is_junk_line("Advertisement"), is_junk_line("Loading..."), is_junk_line("Read more")
    (True, True, True)
    >>> is_junk_line("The advertisement ran for weeks before anyone noticed.")
    False
    """
    if len(text) <= JUNK_LINE_MAX_CHARS and _is_junk_phrase(text):
        return True
    return (
        is_cookie_notice(text) or is_promo_line(text) or is_appeal_line(text) or is_junk_run(text)
    )


#: A run of chrome phrases is short: a few words at most.
JUNK_RUN_MAX_WORDS = 8


def is_junk_run(text: str) -> bool:
    """True for a short line made of several chrome phrases run together.

    Page shape: a recipe card's button row ("Zum Rezept Drucken Pinnen") or a rating widget
    with its placeholder ("(No ratings yet) Loading...") read as one block.

    >>> is_junk_run("Zum Rezept Drucken Pinnen"), is_junk_run("(Noch keine Bewertungen) Loading...")
    (True, True)
    >>> is_junk_run("Comments made by the mayor"), is_junk_run("Print")
    (False, False)
    """
    words = text.split()
    if not 2 <= len(words) <= JUNK_RUN_MAX_WORDS:
        return False
    # reachable[i]: words[:i] splits into whole chrome phrases (at least two of them).
    reachable = [False] * (len(words) + 1)
    reachable[0] = True
    for end in range(1, len(words) + 1):
        reachable[end] = any(
            reachable[start] and _is_junk_phrase(" ".join(words[start:end]))
            for start in range(max(0, end - JUNK_RUN_MAX_WORDS), end)
            if not (start == 0 and end == len(words))
        )
    return reachable[-1]


# A cookie banner's opening words: the site speaking about its own cookies. A sentence
# that reports on a site's cookies ("The site uses cookies to track ...") does not open
# like this.
_COOKIE_NOTICE = re.compile(
    r"""
    ^\W*(?:
        (?:this|our)\s+(?:web\s?)?(?:site|page|portal)\s+uses\s+cookies
        |we\s+use\s+cookies
        |by\s+(?:continuing|using|browsing)\b.{0,80}\b(?:site|website|page)\b.{0,80}\bcookies
        |(?:diese\s+(?:web)?seite|wir)\s+(?:verwendet|verwenden|nutzt|nutzen)\s+cookies
        |ce\s+site\s+utilise\s+des\s+cookies|este\s+sitio\s+(?:web\s+)?utiliza\s+cookies
        # The consent placeholder of a blocked embed: "An dieser Stelle findet Ihr einen externen
        # Inhalt von Instagram ..." / "Ich bin damit einverstanden, dass mir externe Inhalte ...".
        |an\s+dieser\s+stelle\s+finde(?:t\s+ihr|st\s+du|n\s+sie)\s+(?:einen\s+)?externen?\s+inhalt
        |ich\s+bin\s+damit\s+einverstanden,?\s+dass\s+mir\s+externe\s+inhalte
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)
#: A cookie banner is a few sentences; a longer block is prose that mentions cookies.
COOKIE_NOTICE_MAX_CHARS = 400


def is_cookie_notice(text: str) -> bool:
    """True for a cookie banner's text, which is often several sentences long.

    >>> is_cookie_notice("This website uses cookies. By continuing to use our website "
    ...                  "you agree to our use of cookies. Click here for more information.")
    True
    >>> is_cookie_notice("The regulator said the website uses cookies to track readers.")
    False
    """
    return len(text) <= COOKIE_NOTICE_MAX_CHARS and _COOKIE_NOTICE.match(text) is not None


def is_section_end(text: str) -> bool:
    """True for a short line that opens post-story furniture (appeals, related, comments).

    >>> is_section_end("Support local journalism"), is_section_end("Related Articles")
    (True, True)
    >>> is_section_end("Support for the plan grew."), is_section_end("More on that later.")
    (False, False)
    """
    if len(text) > JUNK_LINE_MAX_CHARS or text.rstrip().endswith("."):
        return False  # a section title is not a sentence ("More on that later.")
    return _SECTION_END.match(text) is not None


# Agency names as a line of their own: the wire credit set above or below the story.
_AGENCY_LINES = frozenset(
    spelling.casefold() for agency in AGENCIES for spelling in (*agency.spellings, agency.name)
) | frozenset(exact for agency in AGENCIES for exact in agency.exact)
#: An agency credit line is short.
AGENCY_LINE_MAX_CHARS = 60


def is_agency_line(text: str) -> bool:
    """True for a line that is only a wire service's name ("Associated Press", "AFP").

    >>> is_agency_line("Associated Press"), is_agency_line("AP"), is_agency_line("ap")
    (True, True, False)
    >>> is_agency_line("The Associated Press reported the fire first.")
    False
    """
    if len(text) > AGENCY_LINE_MAX_CHARS:
        return False
    stripped = text.strip(" \t-–—|·•()")
    return stripped in _AGENCY_LINES or stripped.casefold() in _AGENCY_LINES


def is_meta_line(text: str) -> bool:
    """True for a byline or timestamp line ("By A and B, Bloomberg News", "Published: ...").

    >>> is_meta_line("By Iain Marlow and Andrea Palasciano, Bloomberg News")
    True
    >>> is_meta_line("Published: December 4, 2024, 1:35pm")
    True
    >>> is_meta_line("By the end of the day, 20 people had died.")
    False
    >>> is_meta_line("Updated figures show the rate rose.")
    False
    """
    if len(text) > META_LINE_MAX_CHARS:
        return False
    m = _BYLINE_START.match(text)
    if m is not None:
        words = _WORD.findall(m.group("rest"))
        lower = [w for w in words if w[0].islower() and w.lower() not in _BYLINE_SMALL_WORDS]
        # A name opens with a capital, or with a letter of a script without case ("by
        # ライトハウス国際特許事務所 ／ 2016.12.01"); "by the end of the day" is a sentence.
        return bool(words) and not words[0][0].islower() and len(lower) <= BYLINE_MAX_LOWER_WORDS
    m = _STAMP_START.match(text)
    return m is not None and _STAMP_VALUE.search(m.group("rest")) is not None


# Words a timestamp line is made of besides numbers: month and weekday names (English,
# German, French, Spanish, Italian, Dutch, Portuguese; full and abbreviated), clock words
# and the verbs that introduce a date. A line with nothing else is a date line.
_DATE_WORDS_TEXT = """
jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june
july august september october november december januar februar märz maerz mai juni juli
oktober dezember janvier février fevrier mars avril juin juillet août aout septembre
octobre novembre décembre decembre enero febrero marzo abril mayo junio julio agosto
septiembre setiembre octubre noviembre diciembre gennaio febbraio aprile maggio giugno
luglio settembre ottobre dicembre januari februari maart mei augustus oktober janeiro
fevereiro março marco maio junho julho setembro outubro novembro dezembro mon tue tues
wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday
montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi
vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo am pm a m
p uhr h gmt utc est edt cst cdt pst pdt bst cet cest et ist aest at on um le el de du of
the in updated update published posted modified last aktualisiert veröffentlicht publié
mis à jour actualizado publicado pubblicato aggiornato ago hours hour minutes minute
days day yesterday today st nd rd th
"""
_DATE_WORDS = frozenset(_DATE_WORDS_TEXT.split())
_YEAR_OR_CLOCK = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b|\b\d{1,2}[:.h]\d{2}\b")
# Separators in a metadata strip: "4 Dec 2024 | Source: Reuters", "Updated 13:35 · 3 min read".
_META_SEPARATOR = re.compile(r"\s[|•·]\s")
_WORD = re.compile(r"[^\W\d_]+")
#: A date line is short.
DATE_LINE_MAX_CHARS = 90


def is_date_line(text: str) -> bool:
    """True for a line that is only a timestamp ("23. März 2017, aktualisiert 15:43 Uhr").

    >>> is_date_line("23. März 2017 , aktualisiert 23. März 2017, 15:43 Uhr")
    True
    >>> is_date_line("Updated: Dec. 4, 2024 at 1:35 p.m. ET")
    True
    >>> is_date_line("23. März 2017, 15:43 Uhr | Quelle: Handelsblatt Online")
    True
    >>> is_date_line("In 2017 the company sold its US unit.")
    False
    """
    if len(text) > DATE_LINE_MAX_CHARS * 2 or not _YEAR_OR_CLOCK.search(text):
        return False
    parts = [p.strip() for p in _META_SEPARATOR.split(text) if p.strip()]
    return all(_is_date_part(p) or is_meta_line(p) or is_junk_line(p) for p in parts) and any(
        _is_date_part(p) for p in parts
    )


def _is_date_part(text: str) -> bool:
    if len(text) > DATE_LINE_MAX_CHARS or not _YEAR_OR_CLOCK.search(text):
        return False
    return all(w in _DATE_WORDS for w in _WORD.findall(text.lower()))
