"""Chrome by wording, continued: embed fallbacks, inline teasers and calls to action.

:mod:`~copydesk.heuristics.chromewords` knows the placeholders and appeals of English and
German pages; these are the lines that widgets and CMS templates leave in story markup in
many languages: the fallback text of an embedded Instagram post ("A post shared by Jane
(@jane) on Feb 16, 2020"), an inline teaser ("ALSO READ | Minister resigns"), an invitation
to follow a feed ("Never miss a story from ..."), and the notice shown when scripts are off
("Your browser does not support JavaScript"). Each pattern is anchored to the whole line
and the line's length is capped, so a sentence of the story that uses the same words is
kept.
"""

from __future__ import annotations

import re

from copydesk.cleaning import holds_literal

__all__ = ["PROMO_LINE_MAX_CHARS", "SCRIPT_NOTICE_MAX_CHARS", "is_promo_line", "is_teaser_label"]

# "Read also" / "more on the topic" labels in other languages (Indonesian, Polish, Czech,
# Dutch, Swedish, Italian, Russian, Bosnian/Croatian/Serbian, Romanian, Turkish, Finnish,
# Danish/Norwegian).
_TEASER_LABELS = r"""
    baca\s+juga|czytaj\s+(?:te[żz]|tak[żz]e|wi[ęe]cej)|zobacz\s+(?:te[żz]|tak[żz]e)
    |[čc]t[ěe]te\s+tak[ée]|lees\s+ook|l[äa]s\s+(?:ocks[åa]|[äa]ven)|leggi\s+anche
    |читайте\s+(?:также|тоже)|смотрите\s+также|(?:ещ[её]\s+)?по\s+теме
    |vi[šs]e\s+o(?:\s+temi)?|pro[čc]itajte\s+(?:jo[šs]|i)|mai\s+multe\s+[șşs]tiri
    |ilgili\s+haberler|benzer\s+haberler|lue\s+my[öo]s|l[æa]s\s+ogs[åa]|les\s+ogs[åa]
"""

_PROMO_LINE = re.compile(
    r"""
    ^\W*(?:
        # Instagram's embed fallback: the attribution under a post that did not load, and
        # the link above it ("View this post on Instagram"), in the embed's languages.
        (?:a\s+post\s+shared\s+by|una\s+publicaci[óo]n\s+compartida\s+(?:de|por)
            |ein\s+beitrag\s+geteilt\s+von|une\s+publication\s+partag[ée]e\s+par
            |um\s+post\s+compartilhado\s+por|un\s+post\s+condiviso\s+da)
            \s[^\n]{1,80}\(@[\w.]{1,40}\)[^\n]{0,60}
        |view\s+this\s+post\s+on\s+instagram|ver\s+esta\s+publicaci[óo]n\s+en\s+instagram
        |diesen\s+beitrag\s+auf\s+instagram\s+ansehen|voir\s+cette\s+publication\s+sur\s+instagram
        |sieh\s+dir\s+diesen\s+beitrag\s+auf\s+instagram\s+an
        |visualizza\s+questo\s+post\s+su\s+instagram|ver\s+ess[ae]\s+(?:foto|post)\s+no\s+instagram
        # Inline teasers: a label, then the linked headline of another story ("ALSO READ |
        # ...", "Baca juga: ...", "Читайте также: ..."); in English, the label alone too.
        |(?:also\s+read|read\s+also|must\s+read|also\s+see|see\s+also)(?:\s*[:|–—-]\s*[^\n]{1,160})?
        |(?:{labels})\s*[:|–—-]\s*[^\n]{1,160}
        # Invitations to follow a feed: "Never miss a story from X", "Keine Meldung von X
        # mehr verpassen", "Ne manquez aucune actualité".
        |(?:never|don['’]t)\s+miss\s+(?:a|an|any)\s+(?:story|stories|update|updates|thing
            |post|posts|article|articles|headline|headlines)\b[^\n]{0,100}
        |(?:keine|nichts)\b[^\n]{0,60}\bmehr\s+verpassen\b[^\n]{0,40}
        |ne\s+(?:manquez|ratez)\s+(?:plus\s+)?(?:aucune?|rien)\b[^\n]{0,100}
        |nie\s+mehr\b[^\n]{0,80}\bverpassen\b[^\n]{0,160}|you\s+can\s+unsubscribe\b[^\n]{0,160}
        # A social post's address left alone where its embed did not load.
        |https?://(?:www\.|m\.)?(?:facebook|instagram|twitter|x|tiktok)\.com/(?:[^/\s]{1,60}/)?
            (?:posts|p|status|reel|videos?)/[^\s]{1,120}
        # Widget labels left in the story box by blog and shop templates: a view counter
        # ("Post Views: 1.432"), a share label ("Artikel teilen:", "Spread the news:"), a
        # feedback prompt and its buttons ("War dieser Artikel hilfreich?" / "JaNein"), recipe
        # card buttons and star ratings ("Jump to Recipe Pin Recipe", "5 from 7 votes"), a
        # link to the next story, an author box's "Latest posts by X (see all)", a notice that
        # the reader's browser is outdated, a topic-page line, and the labels framing an
        # embedded video ("Videobeitrag" ... "Ende des Videobeitrags").
        |(?:post\s+|page\s+|article\s+)?(?:views|aufrufe|visualizaciones|vues)\s*:?\s*\d[\d.,\s]{0,12}
        |\d[\d.,]{0,12}\s*(?:views|aufrufe|visualizaciones|vues)
        |(?:(?:artikel|beitrag|seite|jetzt)\s+)?teilen(?:\s+(?:auf|mit|per)\s+\w+)?
        |spread\s+the\s+(?:news|word|love)|partager(?:\s+(?:cet\s+article|sur\s+\w+))?
        |compartir(?:\s+(?:en|esta\s+noticia|este\s+art[íi]culo)\s*\w*)?|condividi(?:\s+su\s+\w+)?
        |(?:war|ist)\s+(?:dieser|der)\s+(?:artikel|beitrag|text)\s+hilfreich
        |was\s+this\s+(?:article|page|post|story|information)\s+(?:helpful|useful)|ja\s*nein|yes\s*no
        |(?:(?:jump\s+to|print|pin|rate|save)(?:\s+this)?(?:\s+recipe)?\s*){2,4}
        |sterne\s+anklicken\s+zum\s+bewerten|click\s+(?:on\s+)?(?:the\s+)?stars?\s+to\s+rate
        |recipe\s+print\s+rate\s+this\s+recipe
        |[\d.,]{1,4}\s+(?:from|out\s+of|von|aus|de|sur)\s+\d{1,6}\s+(?:votes?|ratings?|reviews?
            |stimmen|bewertungen|votos|avis)
        |(?:n[äa]chste[rs]?|vorherige[rs]?)\s+(?:artikel|beitrag|post)
        |(?:next|previous)\s+(?:article|post|story)
        |art[íi]culo\s+(?:siguiente|anterior)|article\s+(?:suivant|pr[ée]c[ée]dent)
        |latest\s+posts\s+by\s[^\n]{1,60}\(see\s+all\)
        |zugeh[öo]rige\s+themen(?:seiten)?\s*:[^\n]{0,120}
        |(?:ende\s+des\s+)?(?:video|audio)beitrags?|ende\s+der\s+weiteren\s+informationen
        # Appeals that close a blog post or recipe: to report back on the recipe ("Tried this
        # recipe? Tell us how it went"), to follow the author on a named platform, to rate
        # the post, and a newsletter box's title and pitch ("example.com-Newsletter",
        # "... per E-Mail abonnieren").
        |tried\s+(?:this|the|our)\s+recipe\b[^\n]{0,180}
        |(?:hast\s+du|haben\s+sie)\s+(?:das|dieses|ein)\s+rezept\s+(?:ausprobiert|nachgekocht
            |nachgebacken)\b[^\n]{0,180}
        |(?:folge|folgt)\s+(?:mir|uns)\b[^\n]{0,60}\b(?:instagram|facebook|twitter|tiktok|youtube
            |pinterest|mastodon|threads|telegram)\b[^\n]{0,180}
        |[\w.-]{1,40}-newsletter
        |(?:rate\s+(?:me|this\s+(?:post|article|recipe))\W{0,6})?(?:(?:diesen|den)\s+)?
            (?:beitrag|artikel|rezept)\s+bewerten
        # Gallery buttons and share labels ("See album", "Diashow starten »", "Freunden
        # mitteilen:"), and the photo-credit label of a lead image, alone or with its
        # credit ("Bildquelle: SWR", "Beitragsbild: Jane Roe", "Symbolgrafik:© Agency").
        |see\s+(?:the\s+)?(?:album|gallery|all\s+photos)|diashow\s+starten
        # A long story's jump links back to its contents list or top, and a shop box's
        # price tag and button ("nur 9,90 €", "mehr Infos").
        |zur[üu]ck\s+(?:zum\s+inhaltsverzeichnis|zur\s+[üu]bersicht|nach\s+oben|zum\s+seitenanfang)
        |back\s+to\s+(?:the\s+)?(?:table\s+of\s+contents|contents|toc|overview)
        |(?:nur|ab|only|from|jetzt\s+f[üu]r)\s+[\d.,]{1,8}\s*(?:€|eur|euro|\$|£|chf)
        |[\d.,]{1,8}\s*(?:€|eur|chf)|mehr\s+infos?|more\s+info
        |(?:bilder)?galerie\s+(?:ansehen|starten|[öo]ffnen)|freunden\s+mitteilen
        |(?:(?:bild|foto|photo)(?:quelle|nachweis|rechte|credits?)|beitragsbild|titelbild
            |headerbild|symbolbild|symbolfoto|symbolgrafik|fotocredit)(?:\s*(?::|©|\(c\))[^\n]{0,120})?
    )\W*$
    """.replace("{labels}", _TEASER_LABELS),
    re.VERBOSE | re.IGNORECASE,
)
# Promotional lines that open with free text (a rating widget's summary, an outdated-browser
# notice, a newsletter pitch "... per E-Mail abonnieren", a donation appeal addressed to
# the reader "Schon mit 2 Euro kannst du unsere Arbeit unterstützen ...", the bank details
# of a donation box, a line giving an IBAN): costly to try at
# every line, as the pattern must scan ahead for its words, so it is only tried on lines
# holding one of the words every alternative needs (_PROMO_PROSE_WORDS). Kept apart from
# _PROMO_LINE for that reason only: a line is a promotion when either matches it whole.
_PROMO_PROSE_LINE = re.compile(
    r"""
    ^\W*(?:
        [^\n]{0,120}\b[\d.,]{1,4}\s+out\s+of\s+\d{1,2}\s+based\s+on\s+\d{1,6}\s+(?:ratings?|votes?)
        |[^\n]{0,30}\bstar\s+rating\s+loading
        |[^\n]{0,60}\b(?:browser|navegador|navigateur)\b[^\n]{0,30}\b(?:veraltet|outdated
            |out\s+of\s+date|nicht\s+(?:mehr\s+)?unterst[üu]tzt|not\s+supported|obsol[èe]te)\b
            [^\n]{0,80}
        |[^\n]{0,160}\bper\s+e-?mail\s+abonnieren\b[^\n]{0,160}
        |[^\n]{0,80}\b(?:kannst\s+du|k[öo]nnen\s+sie|k[öo]nnt\s+ihr)\s+unsere\s+arbeit
            \s+unterst[üu]tzen\b[^\n]{0,160}
        |[^\n]{0,120}\biban\s*:?\s*[a-z]{2}\d{2}(?:\s?[\da-z]{4}){3,7}[^\n]{0,80}
    )\W*$
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Every alternative of _PROMO_PROSE_LINE needs one of these words. Keep them in step.
_PROMO_PROSE_WORDS = (
    "based",
    "rating",
    "browser",
    "navegador",
    "navigateur",
    "abonnieren",
    "arbeit",
    "iban",
)
# The label alone, in other languages: it heads the related-stories box that ends a story
# ("Više o temi", "Mai multe ştiri"), but a page may also set it inside the story over one
# linked headline, so it only ends the story (see blockfilters), it is not dropped as a line.
_TEASER_LABEL = re.compile(rf"^\W*(?:{_TEASER_LABELS})\W*$", re.VERBOSE | re.IGNORECASE)
#: Lines longer than this are prose (a teaser headline is a line, not a paragraph).
PROMO_LINE_MAX_CHARS = 200

# A notice for readers whose scripts are off: it names JavaScript and the reader's browser
# (in the page's language). A story about JavaScript names no browser in the same short line
# and is longer than the notice.
_SCRIPT_WORD = re.compile(r"\bjava\s?script\b", re.IGNORECASE)
_BROWSER_WORD = re.compile(
    r"""browser|navegador|navigateur|navigatore|przegl[ąa]dar|prohl[íi]že[čc]|prehliada[čc]
        |браузер|tarayıcı|böngész|webbläsare|nettleser|selain|navigator""",
    re.IGNORECASE | re.VERBOSE,
)
#: A script notice is a sentence or two.
SCRIPT_NOTICE_MAX_CHARS = 300


def _is_promo_phrase(text: str) -> bool:
    """Whether ``text`` is a promotional line by its wording (either pattern above)."""
    if _PROMO_LINE.match(text) is not None:
        return True
    return holds_literal(text, _PROMO_PROSE_WORDS) and _PROMO_PROSE_LINE.match(text) is not None


def is_promo_line(text: str) -> bool:
    """True for an embed's fallback line, an inline teaser, a follow invitation or script notice.

    >>> is_promo_line("A post shared by Jane Doe (@janedoe) on Feb 16, 2020 at 3:02pm PST")
    True
    >>> is_promo_line("ALSO READ | Minister resigns over expenses")
    True
    >>> is_promo_line("Twoja przeglądarka nie ma włączonej obsługi JavaScript")
    True
    >>> is_promo_line("Also read by millions, the paper's letters page is a national forum.")
    False
    >>> is_promo_line("A post shared by the minister on Monday drew 2,000 replies.")
    False
    >>> is_promo_line("Post Views: 1.432"), is_promo_line("War dieser Artikel hilfreich?")
    (True, True)
    """
    if len(text) <= PROMO_LINE_MAX_CHARS and _is_promo_phrase(text):
        return True
    return (
        len(text) <= SCRIPT_NOTICE_MAX_CHARS
        and _SCRIPT_WORD.search(text) is not None
        and _BROWSER_WORD.search(text) is not None
    )


def is_teaser_label(text: str) -> bool:
    """True for a "read also" label alone, in a language other than English.

    >>> is_teaser_label("Više o temi"), is_teaser_label("Mai multe ştiri")
    (True, True)
    >>> is_teaser_label("Baca juga artikel ini dan simpan untuk nanti, kata dia.")
    False
    """
    return len(text) <= PROMO_LINE_MAX_CHARS and _TEASER_LABEL.match(text) is not None
