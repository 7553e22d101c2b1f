"""Byline strings to :class:`~copydesk.model.Byline`: who wrote it, apart from where it ran.

A byline line mixes people with everything else a page glues to it: "By", roles ("Staff
Writer"), outlets ("Bloomberg News", "Special to The Times"), e-mail addresses, handles and
timestamps. This module strips the clutter, splits the rest into names and sorts each name
into a person or an organisation. It works on strings only; the DOM rules live in
:mod:`copydesk.heuristics.byline`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from copydesk.cleaning import clean_text
from copydesk.heuristics.agencies import AGENCY_PATTERN
from copydesk.heuristics.bylinenames import (
    acronym_before_role,
    classify_segment,
    name_case,
)
from copydesk.lexicon import (
    NAME_PARTICLES,
)
from copydesk.model import Byline, Person

#: Longest byline text we look at; real bylines are far shorter, and the cap bounds regex work.
MAX_BYLINE_CHARS = 400
#: A label before a "By"/"Von" in the same element ("Disko Von ...") is at most this long.
MAX_LABEL_CHARS = 30
#: Words a name needs before a trailing agency is split off it ("JILL COLVIN Associated Press").
MIN_WORDS_BEFORE_AGENCY = 2
#: Before dates and page chrome are cut off, a byline part ("Jane Doe Published Dec. 3")
#: stays under this many words; more is a sentence that happens to start with "By".
MAX_RAW_PART_WORDS = 12
#: Lower-case words (not name particles) a byline line may carry ("at", "on", "in"); more is
#: prose ("By embedding this content in your website you agree ...").
MAX_LOWERCASE_WORDS = 4
#: A byline part longer than this many words is running text; the line is not a byline.
MAX_SENTENCE_WORDS = 8

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|januar|februar|märz|mai|juni"
    r"|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre"
    r"|novembre|décembre)"
)

_WEEKDAYS = (
    r"(?i:mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag"
    r"|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
)

# Where the byline ends and the timestamp/metadata glued to it begins. Everything from the
# first match on is cut. Dates are recognised by shape (month name + number, numeric dates,
# clock times, "3 min ago") because sites glue them on without punctuation
# ("Lucas Nolan22 Dec 2016").
_TAIL_RE = re.compile(
    rf"""
    (?:
        \b(?:last\s+)?(?:updated|published|posted\s+on|posted|modified|aktualisiert
            |veröffentlicht|publiziert|erschienen|publié|mis\s+à\s+jour|publicado|actualizado
            |pubblicato|aggiornato|gepubliceerd|bijgewerkt)\b
      | \b{_MONTHS}\.?\s+\d{{1,2}}\b            # "March 25", "Dec. 3"
      | \d{{1,2}}\.?\s*{_MONTHS}\b              # "22 Dec", "Nolan22 Dec", "3. März"
      | \b\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{2,4}}(?:\b|(?=T\d)) # 03/25/2015, 2015-03-25T22:05
      | \b\d{{1,2}}:\d{{2}}\b                    # clock times
      | \b\d+\s*(?:min|mins|minutes?|hours?|hrs?|h|days?|d)\s+ago\b
      | \b\d+\s*(?:minuti|ore|giorni)\s+fa\b                # Italian "3 minuti fa"
      | \b(?:vor|prije|hace|il\s+y\s+a|há)\s+\d+\s*(?:min|minut|minuten?|minuta|minutos?
          |std|stunden?|sati?|horas?|heures?|h)\b  # "vor 3 Minuten", "prije 26 minuta"
      | \s(?:am|um|on|at|le|el|il|den|der)\s+(?=\d)  # "Bo2man am 29.12.2010", "X at 18:52"
      | \s(?:am|le)\s+(?={_WEEKDAYS})               # "Fabian am Dienstag 6. Mai"
      | \s(?-i:(?:filed\s+)?under|unter)\s+(?=\S)    # blog meta: "Posted by X under Category"
      | \b\d+\s+(?:comments?|shares?|min\s+read|minute\s+read)\b
      | \b(?:follow|share|email|e-mail|twitter|facebook|read\s+more|view\s+bio|see\s+all)\b
      | \b(?:sagt|says|schreibt|writes|meint|dice|dit)\s*:     # comment headers: "X sagt:"
      | \b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag
          |mittwoch|donnerstag|freitag|samstag|sonntag)           # "Jeff Foust Monday, Nov 18"
        (?=,|\s+\d|\s+{_MONTHS})                                  # (not "The Mail On Sunday")
      | (?:фото|photo|foto)\s*:
      | \b(?:photos?|photographs?|photography|fotos?|images?|illustrations?|video|bilder?)
        \s+(?:by|von|par|de|di|por)\b              # "By Jane Doe Photo by Mark Ellis"
      | \b(?:fotos?|photos?|bilder?|illustrations?|grafik|video)\s*:  # photo credit after it
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)

# A leading "By"/"Von"/"Par" ... Short foreign prefixes that are also given names or common
# words ("Di", "Door", "Av", "Af") only count in lower case, as bylines write them.
_PREFIX_RE = re.compile(
    r"""
    ^[\s\-–—|•·]*(?:
        (?i:(?:written|posted|reported|created|story|words|text|photos?\s+and\s+text
              |(?:story|text|words)\s+and\s+(?:photos?|photographs?|pictures?|images?|video)
              |(?:a\s+)?(?:column|commentary|analysis|review|essay|guest\s+post))\s+)?
        (?i:by)
      | (?i:текст|автор)\s*(?=:)
      | (?i:piše|pišu|napisao|napisala|napisali|autor|yazan|szerző)\s*(?=:)  # hr/bs/sr, tr, hu
      | (?:كتب|كتبت|بقلم)(?=\s)                  # Arabic "wrote" / "by the pen of"
      | (?i:(?:text|fotos?|photos?|bilder)\s*(?:&|und|and|/|\+)\s*(?:text|fotos?|photos?|bilder))
        \s*(?=:)
      | (?i:(?:text|geschrieben|erstellt|verfasst|eingestellt
              |(?:eine?\s+)?(?:artikel|beitrag|gastbeitrag|pressemitteilung|kommentar|kolumne
                |rezension|analyse|bericht|reportage|interview|essay|glosse))\s+)?(?i:von)
      | (?i:par) | (?i:por) | di | door | av | af
      | (?i:di|door|av|af)(?=\s+\S+\s+\S)     # capitalised: only before a two-word name
      | (?i:text|autor(?:in|innen|en|/-?in|\*in|:in|_in)?|author|authors|verfasser|auteur|autore
          |bylined?|redaktion)\s*(?=:)
    )\s*[:\-–]?\s+
    | ^\s*(?:Author|Autor|Autorin|Written\s+by|By)(?=[A-Z][a-z])  # glued label: "AuthorJane Doe"
    | ^\s*[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{1,6}\s*[：:]\s*(?=\S)  # "文：" (CJK label)
    """,
    re.VERBOSE,
)

# A sponsor's label in a byline box ("Sponsored by Acme Bank", "In partnership with ..."):
# the advertiser paid for the story, it did not write it.
_SPONSOR_RE = re.compile(
    r"""^[\s\-–—|•·]*(?i:(?:sponsored|paid\s+for|promoted|supported|powered|funded
        |brought\s+to\s+you)\s+by|in\s+(?:partnership|association|collaboration|cooperation)
        \s+with|advertisement|anzeige|gesponsert\s+von|en\s+partenariat\s+avec)\b""",
    re.VERBOSE,
)
# The wording of a link to the author's archive: "View all posts by", "More by", "All
# articles by", "Alle Artikel von", "Tous les articles de". At least one such word comes
# before the "by"; each part is a bounded alternation.
_ARCHIVE_PREFIX_RE = re.compile(
    r"""^[\s\-–—|•·]*(?i:(?:(?:view|see|browse|read|show|all|more|alle|weitere|mehr|tous|les
        |plus|todos|los|mais|tutti|gli)\s+){1,3}(?:(?:posts?|articles?|stories|entries|columns?
        |beiträge|artikel|texte|artículos|notas|articoli)\s+)?
        (?P<prep>(?i:by|from|von|par|de|por|di))
      |(?:posts?|articles?|stories|entries|beiträge|artikel|artículos|articoli)\s+
        (?i:by|von|par|por))\s+""",
    re.VERBOSE,
)
# "Special to The Times", "For The Mail On Sunday", "for Bloomberg News": the outlet a person
# wrote for. Capitalised words only, so "for years" in a sentence does not match.
_FOR_OUTLET_RE = re.compile(
    r"""\b(?i:special\s+to|for|für|pour|para|voor)\s+
        (?P<org>(?:(?i:the|die|der|le|la|el)\s+)?[A-Z0-9][\w.&'-]*(?:\s+(?:[A-Z0-9][\w.&'-]*|of|on|and|am|de))*)
        \s*$""",
    re.VERBOSE,
)

# Name separators: commas, semicolons, pipes, slashes (and their full-width CJK forms),
# ampersands and the word "and" in the languages bylines come in. Applied after the prefix is gone.
_SPLIT_RE = re.compile(
    r"""\s*(?:[,;|/&+\n•·／｜]|\s[-–]\s|\s(?i:and|und|et|och|og|with|mit|avec|con)\s|\s[ye]\s)\s*""",
    re.VERBOSE,
)
# A capital "E"/"Y" is as often a middle initial ("Robert E Lee", "ANN Y KIM") as an all-caps
# "and": it only separates two names of two words or more ("ANA SILVA E BRUNO COSTA").
_CAPS_AND_RE = re.compile(
    r"""(?<![\w'’-])(?P<left>[A-ZÀ-Þ][\w'’.-]+\s+[A-ZÀ-Þ][\w'’.-]+)\s+[EY]\s+
        (?=[A-ZÀ-Þ][\w'’.-]+\s+[A-ZÀ-Þ][\w'’.-]{1,})""",
    re.VERBOSE,
)

# "and" inside an institution's name ("Fujian Agriculture and Forestry University", "Department
# of Health and Human Services"): up to three capitalised words after it, then an
# institution word, with no comma between, so "Ann Lee and Bo Park, Example University"
# still splits. Bounded repetition: linear.
_INSTITUTION_AND_RE = re.compile(
    r"""\s(?:and|und|&|et|y)\s
        (?=(?:[A-ZÀ-Þ][\w'’-]*\s){0,3}
        (?:Universit(?:y|ät|é|à)|Universidad|Institute|Institut|College|Hospital|Klinikum
          |School|Laborator(?:y|ies)|Foundation|Society|Sciences?|Technology|Services|Affairs)\b)""",
    re.VERBOSE,
)
# Portuguese and Spanish join surnames with "e"/"y" ("José Volta e Pinto", "Ortega y
# Gasset"): after a two-word name, an "e"/"y" and ONE more capitalised word closing the
# segment is that name's last surname, not a second author (who would have a surname too).
_SURNAME_AND_RE = re.compile(
    r"""(?<![\w'’-])(?P<left>[A-ZÀ-Þ][\w'’-]+\s[A-ZÀ-Þ][\w'’-]+)\s(?P<and>e|y)\s
        (?P<right>[A-ZÀ-Þ][\w'’-]+)(?=\s*(?:[,;|/]|$))""",
    re.VERBOSE,
)
#: Stands in for the spaces of an institution's "and" while the byline is split.
_KEEP_SPACE = "\ue000"  # private use: not whitespace to the regexes
# A label glued to the name before it by the page's markup ("Evan HalperStaff Writer",
# "Inga HoeltmannFollow"): a space goes back in so roles and tails are recognised.
_GLUED_RE = re.compile(
    r"(?<=[a-zà-ÿ])(?=(?:Staff|Senior|Contributing|Follow|Unfollow|Profile|Updated|Published"
    r"|Posted|Share|Email|Twitter|Facebook|Read|More|View|Autor|Author|Redakteur|Reporter"
    r"|Correspondent|Editor|Actualizado|Publicado|Aktualisiert|Veröffentlicht|Publié|Mis)"
    r"(?:\b|[A-Z]))"
)
# A capitalised "By"/"Von"/"Par"/"Por" after a short label, followed by a capitalised word.
_INNER_PREFIX_RE = re.compile(r"(?<=\S)\s*[|•·:–—-]?\s+(?:By|Von|Par|Por)\s+(?=[A-Z])")
# "by"/"von" after a date (a digit before it, then a separator or space): the meta line
# "Posted 3 May 2019 by jdoe" / "13. Januar 2014 von uriebe".
_AFTER_DATE_PREFIX_RE = re.compile(r"(?<=\d)[^\w]{0,6}?(?:\s|[·|•])\s*(?i:by|von|par|por)\s+(?=\w)")
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL_RE = re.compile(r"(?:https?://|www\.)[^\s()]+", re.IGNORECASE)
_HANDLE_RE = re.compile(r"(?<![\w@])@\w{1,30}")
_PARENS_RE = re.compile(r"\([^()]{0,80}\)|\[[^\[\]]{0,80}\]")

# An agency closing a name segment, optionally with its desk role: "JILL COLVIN Associated
# Press", "ANN LEE AP Business Writer".
_TRAILING_AGENCY_RE = re.compile(
    rf"""\s(?P<agency>{AGENCY_PATTERN})
        (?:\s+(?:[A-Z][a-z]+\s+)?(?i:writer|correspondent|reporter|editor|columnist))?$""",
    re.VERBOSE,
)


def _strip_clutter(text: str) -> str:
    text = _GLUED_RE.sub(" ", text)
    text = _EMAIL_RE.sub(" ", text)
    text = _URL_RE.sub(" ", text)
    text = _HANDLE_RE.sub(" ", text)
    text = _PARENS_RE.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip()


def _cut_tail(text: str) -> str:
    m = _TAIL_RE.search(text)
    if m and m.start() > 0:
        return text[: m.start()]
    if m:
        return ""
    return text


def strip_prefix(text: str) -> tuple[str, bool]:
    """Remove a leading "By"/"Von"/"Par"...; return the rest and whether there was one.

    An author-archive link's wording ("View all posts by", "More by", "Alle Artikel von")
    is a prefix too: the name follows it.

    >>> strip_prefix("By: Jane Doe"), strip_prefix("Jane Doe")
    (('Jane Doe', True), ('Jane Doe', False))
    >>> strip_prefix("View all posts by Jane Doe")
    ('Jane Doe', True)
    """
    m = _PREFIX_RE.match(text) or _ARCHIVE_PREFIX_RE.match(text)
    if m is None:
        return text, False
    rest = text[m.end() :]
    # "More from Jane Doe" names a person; "Stories from Ukraine", "More from Politics" and
    # "Plus de Paris" name a place or a section: after "from"/"de"/"di" a full name is needed.
    prep = m.groupdict().get("prep")
    if prep and prep.lower() in _PLACE_PREPOSITIONS and len(rest.split()) < MIN_NAME_WORDS:
        return text, False
    return rest, True


# Archive-link words that also introduce a place or a topic ("Stories from Ukraine").
_PLACE_PREPOSITIONS = frozenset({"from", "de", "di"})
#: Words of a full name (given name and surname).
MIN_NAME_WORDS = 2


def _segments(text: str) -> tuple[list[str], list[str]]:
    """Split a prefix-free byline into name segments, plus outlets named with "for" or
    trailing an agency without a comma ("JILL COLVIN Associated Press")."""
    outlets: list[str] = []
    segments: list[str] = []
    text = _INSTITUTION_AND_RE.sub(lambda m: m.group().replace(" ", _KEEP_SPACE), text)
    text = _CAPS_AND_RE.sub(lambda m: f"{m['left']}, ", text)
    text = _SURNAME_AND_RE.sub(
        lambda m: f"{m['left']}{_KEEP_SPACE}{m['and']}{_KEEP_SPACE}{m['right']}", text
    )
    for seg in _SPLIT_RE.split(text):
        seg = seg.replace(_KEEP_SPACE, " ")
        m = _FOR_OUTLET_RE.search(seg)
        if m and m.start() > 0:
            outlets.append(m.group("org"))
            seg = seg[: m.start()]
        m = acronym_before_role(seg)
        if m is not None:
            outlets.append(m.group("org"))
            seg = seg[: m.start()]
        m = _TRAILING_AGENCY_RE.search(seg)
        # Two words must come first: "Michael Bloomberg" is a person, not "Michael" + agency.
        if m and len(seg[: m.start()].split()) >= MIN_WORDS_BEFORE_AGENCY:
            outlets.append(m.group("agency"))
            seg = seg[: m.start()]
        segments.append(seg)
    return segments, outlets


def _build(raw: str, text: str, *, lenient: bool) -> Byline | None:
    people: list[Person] = []
    orgs: list[str] = []
    org_first = False  # the entry opens with an outlet: "hessenschau.de, Frankfurt, Germany"
    segments, outlets = _segments(text)
    if not lenient and any(len(s.split()) > MAX_SENTENCE_WORDS for s in segments):
        return None  # "Von Politikern und Medien wird ...": a sentence, not a byline
    for seg in segments:
        got = classify_segment(seg, lenient=lenient)
        if got is None:
            continue
        kind, value = got
        org_first = org_first or (kind == "org" and not people)
        if kind == "org":
            if value not in orgs:
                orgs.append(value)
        else:
            name = name_case(value)
            if name.casefold() not in (p.name.casefold() for p in people):
                people.append(Person(name=name, raw=seg.strip(" -–—|,;:·•")))
    for outlet in outlets:
        outlet = outlet.strip(" .,")
        if outlet and outlet not in orgs:
            orgs.append(outlet)
    if any(" " in p.name for p in people) or (orgs and (not lenient or org_first)):
        # Beside a full name or an outlet, a one-word "name" is an affiliation or a place
        # ("Jane Doe, Google", "PTI, Washington"), not a second author. In metadata, one-word
        # user names stay, unless an outlet opens the entry: then they are its address.
        people = [p for p in people if " " in p.name]
    if not people and not orgs:
        return None
    return Byline(raw=raw, people=tuple(people), organisations=tuple(orgs))


def parse_byline(text: str) -> Byline | None:
    """Parse a visible byline line into people and organisations.

    Returns None when nothing in it looks like a name.

    >>> parse_byline("By A. Smith and Jo Brown, Bloomberg News").names
    ('A. Smith', 'Jo Brown')
    >>> parse_byline("By A. Smith and Jo Brown, Bloomberg News").organisations
    ('Bloomberg News',)
    >>> parse_byline("By HANNA ARHIROVA Updated 3 min ago").names
    ('Hanna Arhirova',)
    """
    raw = clean_text(text)[:MAX_BYLINE_CHARS]
    if not raw or _SPONSOR_RE.match(raw):
        return None
    body, had_prefix = strip_prefix(raw)
    if not had_prefix:
        # A short label before the prefix ("Disko Von Ernst Lohoff", "Politik | By Jane")
        m = _INNER_PREFIX_RE.search(body[: MAX_LABEL_CHARS + 8])
        if m is None:
            # After a date, "by"/"von" may be lower case: "Dezember 10, 2019 · von freeman"
            m = _AFTER_DATE_PREFIX_RE.search(body[: MAX_LABEL_CHARS * 2])
        if m:
            body = body[m.end() :]
    # "By embedding this video, you agree to ...": a sentence, whatever the tail cut leaves.
    if any(len(s.split()) > MAX_RAW_PART_WORDS for s in _SPLIT_RE.split(_strip_clutter(body))):
        return None
    lower = [w for w in body.split() if w[:1].islower() and w.isalpha() and w not in NAME_PARTICLES]
    if len(lower) > MAX_LOWERCASE_WORDS:
        return None
    body = _strip_clutter(_cut_tail(_strip_clutter(body)))
    body, _ = strip_prefix(body)  # "Updated ... By Jane" leaves nothing; "By: By Jane" rare
    if not body:
        return None
    return _build(raw.strip(), body, lenient=False)


def byline_from_names(
    names: Iterable[str], raw: str | None = None, *, organisations: Iterable[str] = ()
) -> Byline | None:
    """A :class:`Byline` from author names given by metadata (JSON-LD, ``<meta>``).

    Metadata names are trusted more than visible text (user names such as "jesusfreak" are
    kept), but an entry may still hold several names or an outlet ("A and B", "Reuters").

    >>> byline_from_names(["Stella Kim, Jennifer Jett"]).names
    ('Stella Kim', 'Jennifer Jett')
    >>> byline_from_names(["Reuters"]).organisations
    ('Reuters',)
    """
    people: list[Person] = []
    orgs: list[str] = [o for o in (clean_text(x) for x in organisations) if o]
    texts: list[str] = []
    for name in names:
        text = clean_text(name)[:MAX_BYLINE_CHARS]
        if not text or _URL_RE.fullmatch(text):
            continue
        texts.append(text)
        body, _ = strip_prefix(text)
        body = _strip_clutter(_cut_tail(_strip_clutter(body)))
        got = _build(text, body, lenient=True) if body else None
        if got is None:
            continue
        for person in got.people:
            if person.name.casefold() not in (p.name.casefold() for p in people):
                people.append(person)
        orgs.extend(o for o in got.organisations if o not in orgs)
    if not people and not orgs:
        return None
    if raw is None:
        raw = ", ".join(texts) if texts else ", ".join(orgs)
    return Byline(raw=raw, people=tuple(people), organisations=tuple(orgs))
