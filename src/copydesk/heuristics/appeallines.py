"""Appeals to the reader left in the story: app promotions, paywall teasers, feedback boxes.

News templates set these lines in the story's own markup, so only their wording gives them
away (:mod:`~copydesk.heuristics.promolines` knows embed fallbacks and inline teasers; this
module the site selling itself):

* app promotions, inside or after the story: "Download our app", "Get the Fox News app",
  "Available on the App Store", "Jetzt die tagesschau-App herunterladen", "Téléchargez
  l'application Le Monde", "Descarga la app";
* paywall and subscription teasers ending a truncated story: "This article is for
  subscribers only", "Already a subscriber? Log in", "Jetzt weiterlesen mit SZ Plus",
  "Einmal zahlen", "Abonnez-vous pour lire la suite", "Suscríbete para seguir leyendo";
* feedback boxes: "Questions? Comments? Email us at ...", "Tell us what you think",
  "Follow AP's coverage at https://...".

Every pattern is anchored to the whole line, whose length is capped, and a line holding a
quoted passage is never an appeal, so a story sentence about an app, a subscription or an
e-mail ("The app is available for iOS and Android", "Subscribers will pay $5 more") stays.
"""

from __future__ import annotations

import re

from copydesk.cleaning import holds_literal, holds_quotation

__all__ = ["APPEAL_LINE_MAX_CHARS", "is_appeal_line", "is_paywall_line"]

# Words that mark an app promotion as the site's own: "our" in the corpus languages, a
# store's name, news words, "free". Without one, "Download the app from the vendor's site"
# is a step in a how-to story, not an advert.
_OUR = r"(?:our|unsere[mnrs]?|notre|nos|nuestra|nuestras|la\s+nostra|nosso|onze)"
_STORE = r"(?:(?:apple\s+)?app\s?store|google\s+play(?:\s+store)?|play\s+store|itunes|appgallery)"
_NEWS = r"""(?:news|nachrichten|eilmeldungen|schlagzeilen|actualit[ée]s?|infos?|noticias|notizie
    |not[íi]cias|alerts?|headlines|push)"""
_FREE = r"(?:free|kostenlos(?:e[nr]?)?|gratis|gratuit(?:e|ement)?|gratuita)"
# Reading and "more" words: what a site invites readers to do in its app.
_READ = r"""(?:read|more|stories|articles|lesen|mehr|artikel|lire|retrouvez|plus|leer|m[áa]s
    |leggi|leia|stay|bleiben|restez)"""
# What "app" is called: "app", "App", "appli", "application", "aplicación", "aplicativo";
# German compounds "tagesschau-App", "News-App". An English "application form" or "process"
# is not an app.
_APP = r"""(?:[\w.+]+-)?(?:apps?|appli(?:cation)?|aplicaci[óo]n|aplicativo|applicazione)\b
    (?!\s+(?:forms?|process|deadline|fees?|pack|guide)\b)"""

_APP_PROMO = rf"""
    # Imperative: download/get/install the app, in a line that also names the site ("our"),
    # a store, news or "free". "Download our app", "Get the Fox News app for breaking news
    # alerts", "Jetzt die kostenlose tagesschau-App herunterladen", "Téléchargez
    # gratuitement l'application", "Descarga la app de noticias", "Scarica l'app".
    (?=[^\n]{{0,160}}\b(?:{_OUR}|{_STORE}|{_NEWS}|{_FREE})\b)
    (?:(?:jetzt|hier|now)\s+)?
    (?:download|get|install|try|(?:jetzt\s+)?(?:herunterladen|downloaden|installieren)
        |t[ée]l[ée]charge[rz]|descarga(?:r|la)?|desc[áa]rgate|baixe|scarica|instala
        |(?:laden|holen)\s+sie\s+sich|lade\s+dir|hol\s+dir|installieren\s+sie)\b
    [^\n.,;]{{0,60}}?\b{_APP}[^\n,;]{{0,100}}
    # German infinitive last: "Die NINA-App herunterladen", "Unsere App jetzt installieren".
    |(?:(?:jetzt|hier)\s+)?(?:(?:die|unsere)\s+)?(?:(?:kostenlose|neue|offizielle)\s+)?
        (?:(?-i:[A-ZÄÖÜ0-9])[\w.+]*\s+){{0,3}}{_APP}\s+(?:jetzt\s+)?(?:{_FREE}\s+)?
        (?:herunterladen|downloaden|installieren|laden)
    # The site's app by name: "The Times of India News App for Latest City News".
    |[^\n]{{0,60}}\b{_NEWS}[\s-]+app\s+for\s+(?:the\s+)?(?:latest|breaking|all)\b[^\n]{{0,60}}
    # "Read it in our app", "Mehr Nachrichten in unserer App", "Toute l'actualité sur notre
    # application": a line about reading or news ending on the site's own app (no sentence
    # stop: a company blog writing "We fixed a bug in our app." is story, and its heading
    # "New features in our app" reads no news).
    |(?=[^\n]{{0,100}}\b(?:{_READ}|{_NEWS})\b)
        [^\n.!?]{{0,100}}\b(?:in|on|with|im|in\s+der|mit|dans|sur|avec|en|con|nella|no|na)\s+
        {_OUR}\s+(?:(?:{_FREE}|neue[nr]?|new|nouvelle)\s+)?{_APP}\s*(?:[!:→»]|$)
    # Store badges and buttons: "Download on the App Store", "Get it on Google Play",
    # "Disponible sur Google Play", "Jetzt bei Google Play", and badges side by side.
    |(?:download|get\s+it|available|now\s+available|also\s+available|disponible|jetzt|laden
        |erh[äa]ltlich|descargar?|d[ée]couvrez[-\s]le)\s+(?:\w+\s+)?(?:on|from|in|at|bei|im
        |auf|sur|dans|en|no|na)\s+(?:the\s+|de\s+)?{_STORE}
        (?:\s*(?:and|or|&|und|oder|et|ou|y|o|e|,)\s*(?:on\s+|in\s+|im\s+)?(?:the\s+)?{_STORE})?
    |{_STORE}(?:\W+{_STORE}){{1,2}}
    |send\s+(?:yourself|me)\s+a\s+link\s+to\s+(?:download|get)\s+the\s+app
    |(?:open|read|continue|view|listen)\s+(?:this\s+(?:story|article)\s+)?in\s+(?:the\s+)?app
"""

_PAYWALL = r"""
    # English: "To continue reading, please subscribe", "This article is for subscribers
    # only", "Already a subscriber? Log in", "Log in to keep reading", "You have reached
    # your limit of free articles", "Get unlimited digital access", "Start your free trial".
    (?:to\s+)?(?:continue|keep)\s+reading[,:]?\s+(?:please\s+)?(?:subscribe|log\s+in|sign\s+in
        |register|become\s+a\b)[^\n]{0,100}
    |(?:the\s+rest\s+of\s+)?this\s+(?:article|story|content|post|piece|page)\s+is\s+(?:only\s+)?
        (?:available\s+)?(?:exclusively\s+)?(?:only\s+)?(?:for|to)\s+(?:our\s+)?(?:paying\s+|premium\s+
        |digital\s+|registered\s+)?(?:subscribers|members|users)\b[^\n]{0,100}
    |(?:(?:this\s+is\s+)?(?:a|an)\s+)?(?:premium|subscriber|subscribers|members)[-\s]only
        \s+(?:article|story|content|feature)\b[^\n]{0,60}
    |(?:exclusive\s+(?:to|for)\s+subscribers|for\s+subscribers\s+only|subscriber\s+exclusive)
        [^\n]{0,60}
    |already\s+(?:a\s+)?(?:subscriber|member|registered)\s*\?[^\n]{0,80}
    # "Subscribe to continue reading", "Register for free to keep reading", "Subscribe now
    # to read the full story", "Already have an account? Sign in".
    |(?:subscribe|register|sign\s+up|create\s+a\s+(?:free\s+)?account)(?:\s+(?:now|today))?
        (?:\s+(?:for\s+)?free)?\s+(?:to|and)\s+(?:continue\s+reading|keep\s+reading
        |read\s+(?:the\s+)?(?:full|whole|entire|rest\s+of\s+(?:the|this))\s+(?:story|article))
        \b[^\n]{0,80}
    |already\s+have\s+an?\s+(?:account|subscription)\s*\?[^\n]{0,60}
    |(?:log|sign)\s+in\s+(?:now\s+)?(?:to|for)\s+(?:continue|keep|read|access|unlock|view|see)
        \b[^\n]{0,100}
    |you(?:['’]ve|\s+have)\s+(?:reached|read|used)\s+(?:your|all\s+(?:of\s+)?your|the)\s+
        (?:\w+\s+){0,3}(?:free\s+)?(?:articles?|stories|limit)\b[^\n]{0,120}
    # ("Get full access to the museum for $20 a year" is a story's service line: the access
    # sold must be digital, or to the site's own articles.)
    |(?:unlock|get)\s+(?:unlimited|full|complete|instant)\s+(?:(?:digital|online|premium
        |subscriber)\s+access\b[^\n]{0,100}|access\s+to\s+(?:all\s+)?(?:of\s+)?(?:our\s+)?
        (?:articles|stories|content|journalism|reporting)\b[^\n]{0,100}|access)
    |(?:start|begin)\s+(?:your\s+(?:free\s+)?|(?:a\s+)?free\s+)(?:\d+[-\s](?:day|week|month)\s+)?
        (?:free\s+)?trial\b[^\n]{0,60}
    |want\s+to\s+(?:read|keep\s+reading|continue\s+reading)(?:\s+(?:more|on|the\s+full\s+(?:story
        |article)))?\s*\?[^\n]{0,100}
    # German: "Einmal zahlen" / "Monatlich zahlen" (a payment box's buttons), "Jetzt
    # weiterlesen mit SZ Plus", "Dieser Artikel ist nur für Abonnenten verfügbar", "Möchten
    # Sie weiterlesen?", "Sie sind bereits Abonnent? Hier anmelden", "Ja. Ich bin Abonnent.",
    # "Um diesen Artikel zu lesen, ...", "Jetzt 4 Wochen gratis testen", "Wählen Sie eine
    # der beiden Login-Möglichkeiten aus".
    |(?:einmal|monatlich|j[äa]hrlich|w[öo]chentlich)\s+zahlen
    |(?:jetzt\s+)?weiterlesen\s+mit\s+[^\n]{1,60}
    |(?:dieser|der)\s+(?:artikel|beitrag|text|inhalt)\s+ist\s+(?:
        (?:nur|exklusiv|ausschlie(?:ß|ss)lich)\s+f[üu]r\s+[^\n]{0,40}?\b(?:abonnent\w*|abo\w*
            |plus|mitglieder\w*|registrierte\s+\w+|kund\w*)
        |f[üu]r\s+(?:abonnent\w*|abo-?kund\w*|plus-?\w*|mitglieder)
        |eine?\s+(?:\w+-)?(?:plus|premium|abo)[-\s]?(?:artikel|beitrag|inhalt|text))\b[^\n]{0,80}
    |(?:m[öo]chten|wollen)\s+(?:sie|du)\s+(?:weiterlesen|mehr\s+lesen|den\s+(?:ganzen
        |vollst[äa]ndigen)\s+(?:artikel|text|beitrag)\s+lesen)\s*\?[^\n]{0,100}
    |(?:sie\s+sind|du\s+bist|bist\s+du|sind\s+sie|bereits|schon)\s+(?:bereits\s+|schon\s+)?
        (?:abonnent(?:in)?|abonniert|registriert|kund(?:e|in)|mitglied|plus-?\w*)\s*\?[^\n]{0,100}
    |(?:ja[.,!]?\s+)?ich\s+bin\s+(?:bereits\s+|schon\s+)?(?:abonnent(?:in)?|kund(?:e|in)
        |mitglied)
    # (Only with the subscription or log-in it asks for: "Um den Text zu lesen, braucht man
    # eine Lupe" is story.)
    |um\s+(?:diesen|den)\s+(?:artikel|beitrag|text)\s+(?:vollst[äa]ndig\s+|weiter\s+)?(?:zu\s+)?
        lesen\b(?=[^\n]{0,120}(?:abo|anmeld|registrier|plus|login|einlogg))[^\n]{0,120}
    |jetzt\s+[^\n]{0,40}?\b(?:gratis|kostenlos|f[üu]r\s+\d[\d,.]*\s*(?:€|euro))\s+(?:testen
        |lesen|weiterlesen)
    |[^\n]{0,40}\blogin-?m[öo]glichkeit(?:en)?\b[^\n]{0,60}
    |(?:jetzt\s+)?(?:abonnieren|abo\s+abschlie(?:ß|ss)en|zum\s+abo(?:-?angebot)?
        |abonnent(?:in)?\s+werden)
    # French: "Abonnez-vous pour lire la suite", "Cet article est réservé aux abonnés", "Il
    # vous reste 80% de cet article à lire", "Déjà abonné ? Se connecter".
    |abonnez[-\s]vous\b[^\n]{0,120}
    |(?:cet\s+article|cet\s+contenu|l['’]article|article|contenu|la\s+suite(?:\s+de\s+cet
        \s+article)?)\s+(?:est\s+)?r[ée]serv[ée]e?\s+aux\s+abonn[ée]s\b[^\n]{0,80}
    |il\s+vous\s+reste\s+\d{1,3}\s*%\s+de\s+cet\s+article\s+[àa]\s+lire\b[^\n]{0,80}
    |d[ée]j[àa]\s+abonn[ée]e?\s*\?[^\n]{0,80}
    |pour\s+lire\s+la\s+suite\b(?:(?=[^\n]{0,100}(?:abonn|connect|inscri))[^\n]{0,100})?
    |s['’]abonner|je\s+m['’]abonne
    # Spanish, Italian, Portuguese: "Suscríbete para seguir leyendo", "Suscribite a nuestro
    # newsletter", "Este contenido es exclusivo para suscriptores", "¿Ya eres suscriptor?",
    # "Abbonati per continuare a leggere", "Conteúdo exclusivo para assinantes".
    |suscr[íi]b(?:ete|ite|ase)\b[^\n]{0,120}
    |(?:este\s+)?(?:art[íi]culo|contenido|texto)\s+(?:es\s+)?exclusivo\s+para\s+(?:suscriptores
        |socios|abonados|miembros)\b[^\n]{0,80}
    |ya\s+eres\s+(?:suscriptor|socio|abonado|miembro)\w*\s*\?[^\n]{0,80}
    |para\s+(?:seguir|continuar)\s+leyendo\b(?:(?=[^\n]{0,100}(?:suscr[íi]|registr|inici|abon
        |conect))[^\n]{0,100})?
    |abbonati\s+(?:per|a|ora|subito)\b[^\n]{0,100}
    |(?:questo\s+)?(?:articolo|contenuto)\s+[èe]\s+riservato\s+agli\s+abbonati\b[^\n]{0,80}
    |sei\s+gi[àa]\s+abbonato\s*\?[^\n]{0,80}
    |assine\s+(?:para|j[áa]|agora)\b[^\n]{0,100}
    |conte[úu]do\s+exclusivo\s+para\s+assinantes\b[^\n]{0,80}
    |j[áa]\s+[ée]\s+assinante\s*\?[^\n]{0,80}
"""

_FEEDBACK = r"""
    # "Questions? Comments? Email us at ...", "Feedback? Write to us", "Your feedback is
    # important to us", "Tell us what you think".
    (?:(?:questions|comments|feedback|thoughts|tips?|suggestions|corrections?|story\s+ideas?)
        \s*\?\s*){1,4}(?:e-?mail|write|contact|send|tell|let\s+us|reach|drop|get\s+in\s+touch)
        \b[^\n]{0,120}
    |(?:(?:questions|comments|feedback|suggestions)\s*\?\s*){2,4}
    # ("Tell us what you think about the plan, the mayor said" is story: the appeal stops, or
    # goes on to where to write.)
    |tell\s+us\s+what\s+you\s+think\b(?:\s*(?:[:.!]|\bat\b|\bin\s+the\s+comments\b|\bbelow\b
        |\bby\s+e-?mail\b)[^\n]{0,100})?
    |your\s+feedback\s+(?:is\s+(?:important|valuable)|matters)\b[^\n]{0,60}
    |(?:e-?mail|write\s+to|contact)\s+us\s+at\b[^\n]{0,100}
    # German, French, Spanish: "Fragen, Anregungen oder Kritik? Schreiben Sie uns: ...",
    # "Une question ? Écrivez-nous", "Escríbenos a ...".
    |(?:[^\n?]{0,60}\?\s*)?(?:schreiben|mailen)\s+sie\s+(?:uns|der\s+redaktion)\b[^\n]{0,120}
    |(?:[^\n?]{0,60}\?\s*)?[ée]crivez[-\s]nous\b[^\n]{0,120}
    |(?:[^\n?]{0,60}\?\s*)?escr[íi]benos\b[^\n]{0,120}
    # A wire's pointer to its own coverage: "Follow AP's coverage at https://...", "More AP
    # coronavirus coverage: https://...", "Read our full coverage of the trial here" ...
    |(?:follow|see|read|find|get)\s+(?:all\s+(?:of\s+)?)?(?:\w+['’]s|our)\s+(?:[\w-]+\s+){0,2}?
        coverage\b(?:\s+(?:of|on|at|here|from)\b[^\n]{0,140})?
    |more\s+(?:of\s+)?(?:\w+['’]s\s+|our\s+)?(?:[\w-]+\s+){0,2}?coverage\s*:[^\n]{0,160}
    # ... and "More AP NBA: https://apnews.com/NBA and https://twitter.com/AP_Sports": a
    # "More <desk or topic>:" label over nothing but addresses ("More information:" with an
    # address is a service line of the story).
    |more\s+(?!info|details|about\b|than\b)(?:[\w'’&.-]+\s+){0,5}?[\w'’&.-]+\s*:\s*
        (?:https?://|www\.)\S{1,120}
        (?:\s*(?:and|&|,|\|)\s*(?:https?://|www\.)\S{1,120}){0,3}
"""

# One pattern per family: an appeal is a line any of them matches whole. They are run
# apart because the app family, unlike the others, is costly to try on a line (its
# alternatives open with look-aheads and free text), so it gets a cheap prefilter.
_APP_PROMO_LINE = re.compile(rf"^\W*(?:{_APP_PROMO})\W*$", re.VERBOSE | re.IGNORECASE)
_PAYWALL_LINE = re.compile(rf"^\W*(?:{_PAYWALL})\W*$", re.VERBOSE | re.IGNORECASE)
_FEEDBACK_LINE = re.compile(rf"^\W*(?:{_FEEDBACK})\W*$", re.VERBOSE | re.IGNORECASE)
#: An appeal is a line or two; a longer block is prose.
APPEAL_LINE_MAX_CHARS = 200

# The prefilter of the app family: every match of _APP_PROMO holds an app word (_APP:
# "app", "appli", "aplicación", "aplicativo", ...) or a store name (_STORE: "App Store",
# "Google Play", "iTunes", ...), so it holds one of these literals. A line without any is
# no app promotion, and skipping the pattern for it never changes the answer. Keep the
# list in step when adding an alternative.
_APP_LITERALS = ("app", "aplica", "play", "itunes")


def _names_app(text: str) -> bool:
    """Whether ``text`` holds a literal every app promotion needs (see above)."""
    return holds_literal(text, _APP_LITERALS)


def is_appeal_line(text: str) -> bool:
    """True for an app promotion, a paywall teaser or a feedback appeal, alone on its line.

    >>> is_appeal_line("Get the Fox News app for breaking news alerts")
    True
    >>> is_appeal_line("Jetzt die kostenlose tagesschau-App herunterladen")
    True
    >>> is_appeal_line("Abonnez-vous pour lire la suite")
    True
    >>> is_appeal_line("Questions? Comments? Email us at")
    True
    >>> is_appeal_line("The app is available for iOS and Android, the company said.")
    False
    >>> is_appeal_line("Subscribers will pay $5 more a month from March.")
    False
    """
    if len(text) > APPEAL_LINE_MAX_CHARS:
        return False
    if (
        _PAYWALL_LINE.match(text) is None
        and _FEEDBACK_LINE.match(text) is None
        and not (_names_app(text) and _APP_PROMO_LINE.match(text) is not None)
    ):
        return False
    return not holds_quotation(text)


def is_paywall_line(text: str) -> bool:
    """True for a paywall or subscription teaser alone on its line (one kind of appeal).

    Unlike other appeals it marks where a truncated story stops: what follows it is the
    offer ("1 € le premier mois", "Cancel anytime"), not more story.

    >>> is_paywall_line("This article is for subscribers only")
    True
    >>> is_paywall_line("Get the Fox News app for breaking news alerts")
    False
    >>> is_paywall_line("Subscribers will pay $5 more a month from March.")
    False
    """
    if len(text) > APPEAL_LINE_MAX_CHARS or _PAYWALL_LINE.match(text) is None:
        return False
    return not holds_quotation(text)
