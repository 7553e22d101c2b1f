"""One byline segment at a time: a person's name, an organisation, or clutter.

:mod:`copydesk.heuristics.bylinetext` cuts a byline line into segments ("Ann Lee", "AP Auto
Writer", "Bloomberg News", "Profile"); this module decides what each one is, strips the
roles around names ("Games Editor", "Staff Writer") and puts ALL-CAPS names in name case.
"""

from __future__ import annotations

import re

from copydesk.heuristics.agencies import agency_name
from copydesk.lexicon import (
    NAME_PARTICLES,
    NAME_SUFFIXES,
    ORGANISATION_SUFFIXES,
    ORGANISATION_WORDS,
    ROLE_BEATS,
    ROLE_PHRASES,
    words,
)

__all__ = ["acronym_before_role", "classify_segment", "name_case"]

#: A one-word ALL-CAPS part this short is an outlet's acronym or call sign ("CNN", "WABC").
MAX_ACRONYM_CHARS = 5
#: A one-word byline part this short is an editor's code ("lno", "dsw"), not a user name.
MAX_CODE_CHARS = 3
#: A single name longer than this is a sentence, not a name.
MAX_NAME_CHARS = 60
#: People's names have at most this many words ("Jose de la Cruz Martinez Lopez").
MAX_NAME_WORDS = 6
# A role, maybe with its beat before it ("Games Editor", "Health Correspondent"): at most
# two beat words, each a bounded alternation, so the match stays linear.
_ROLE_RE = re.compile(
    r"\b(?:(?:"
    + "|".join(sorted(ROLE_BEATS, key=len, reverse=True))
    + r")\s+){0,2}(?:"
    + "|".join(re.escape(r) for r in sorted(ROLE_PHRASES, key=len, reverse=True))
    + r")s?\b",
    re.IGNORECASE,
)
# The role alone, for a name whose surname is also a beat word ("Jane Money Reporter").
_BARE_ROLE_RE = re.compile(
    r"\b(?:"
    + "|".join(re.escape(r) for r in sorted(ROLE_PHRASES, key=len, reverse=True))
    + r")s?\b",
    re.IGNORECASE,
)
# An outlet's acronym or call sign: "CNN", "AP", "WABC", "BR24".
_ACRONYM_RE = re.compile(r"[A-Z][A-Z0-9&]{1,5}")
# An outlet's acronym between a name and a role: "Patti Domm CNBC Executive News Editor".
# The role is matched by _ROLE_RE afterwards; here only the acronym is split off.
_ACRONYM_BEFORE_ROLE_RE = re.compile(r"\s(?P<org>[A-Z][A-Z0-9&]{1,5})\s+(?=\S)")
# A domain-looking token ("uncut-news.ch", "wien.ORF.at"): an outlet, not a person.
_DOMAIN_RE = re.compile(r"\b[\w-]+(?:\.[\w-]+)*\.(?:[a-z]{2,6})\b", re.IGNORECASE)
_LETTER_RE = re.compile(r"[^\W\d_]")
# Portuguese "e" joining two surnames ("José Volta e Pinto"). Not a NAME_PARTICLE: those are
# also lower-cased by name_case, and an all-caps "E" is far more often an initial.
_SURNAME_JOINERS = frozenset({"e"})
# A surname with its particle joined on in lower case: "al-Rashid", "el-Sayed", "bin-Laden",
# "d'Alembert", "dell'Orto". The part after the join is capitalised.
_PARTICLE_JOINED_RE = re.compile(
    r"(?:al|el|ad|ar|as|ash|at|az|ud|ul|bin|ibn|abu|ben|bint|d|dell|l)[-'’][A-ZÀ-Þ]"
)
# Words that show a segment is running text or page chrome, not a name.
# Page chrome that clings to a byline ("Profile", "Follow", "Quelle:"): trimmed off its ends.
_CHROME_WORDS = words(
    """comments comment share follow subscribe sign login log newsletter datum stand date
    time zeit uhr erschienen quelle bild foto fotos unfollow mehr alle artikel beiträge
    posts read min minutes ago photo photos video image images credit source sources
    advertisement sponsored related view profile bio page home menu search contact
    articles story stories author authors tags tag category categories interview monday
    tuesday wednesday thursday friday saturday sunday
    gesponserte inhalte anzeige werbung sponsored"""
)
# Words of an author link's or box's wording, never of a name (lenient metadata too).
_LINK_WORDS = words(
    """the profile profil contact kontakt posts articles artikel beiträge view all alle"""
)
# Common words that follow "By"/"Von"/"Par"/"Por" in phrases, not in bylines ("By Popular
# Demand", "By Invitation Only", "Sort by Relevance", "Von Hand", "Par défaut", "Por
# ejemplo"). A segment made of these alone is no person. Words that are also given names or
# common surnames stay out ("will", "rich", "faith", "hope", "rose", "may", "mark", "hill",
# "chance", "price", "long", "young", "klein", "lang"): "Will Rich" is a reporter.
_PHRASE_WORDS = words(
    """request requests demand popular public special personal private exclusive design
    default appointment appointments invitation only accident mistake nature definition
    comparison contrast choice force surprise proxy example examples numbers number heart
    law mail email e-mail phone telephone fax courier car train bus plane air sea land
    road rail foot bicycle bike boat ship night day far means any all accounts way
    extension association virtue necessity degrees turns leaps bounds itself themselves
    reservation subscription donation referral permission consent agreement arrangement
    order sort sorted filter relevance rating ratings popularity newest oldest latest
    recent category topic topics region country state location type size colour color
    month year week genre brand product industry keyword subject season team sport
    league age distance weight height area sector district county city alphabet
    alphabetical date name default fiat hook crook heart storm
    hand heute morgen gestern anfang haus aus grund auf weitem neuem hier dort innen
    außen oben unten vorne hinten selbst allein bis wegen zu nach kategorie thema
    défaut defaut exemple ailleurs contre rapport hasard catégorie categorie thème
    région ordre avance conséquent consequent cœur coeur courrier téléphone voie terre
    mer avion erreur principe ici là moments
    favor ejemplo fin eso supuesto ahora cierto defecto categoría fecha tema región"""
)
_NOT_NAME_WORDS = _CHROME_WORDS | words(
    """the a an of in on at is are was were to this that these more all about our your my
    his her their its it he she they we you i"""
)


def name_case(name: str) -> str:
    """Put an ALL-CAPS name in name case; leave names with any lower case alone.

    >>> name_case("HANNA ARHIROVA"), name_case("SADHBH O'SULLIVAN"), name_case("JOHN MCDONALD")
    ('Hanna Arhirova', "Sadhbh O'Sullivan", 'John McDonald')
    >>> name_case("JEAN-PAUL DE LA CRUZ"), name_case("danah boyd")
    ('Jean-Paul de la Cruz', 'danah boyd')
    """
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 2 or any(c.islower() for c in letters) or any(c.isdigit() for c in name):
        return name  # mixed case is deliberate; digits make it a handle ("CC7567")
    words = name.split()
    out = []
    for i, word in enumerate(words):
        low = word.lower()
        if 0 < i < len(words) - 1 and low in NAME_PARTICLES:
            out.append(low)
        elif low.casefold() in NAME_SUFFIXES and i > 0:
            out.append(word if low in ("ii", "iii", "iv") else word.capitalize())
        else:
            out.append(_cap_word(word))
    return " ".join(out)


def _cap_word(word: str) -> str:
    # Hyphens and apostrophes start a new capital (Jean-Paul, O'Sullivan); Mc/Mac-prefixed
    # surnames capitalise the next letter (McDonald; "Mac" only for long names: MacArthur).
    parts = re.split(r"([-'’])", word.lower())
    parts = [p[:1].upper() + p[1:] for p in parts]
    cased = "".join(parts)
    if re.match(r"Mc\w\w", cased):
        cased = "Mc" + cased[2].upper() + cased[3:]
    return cased


def _unrole(role_re: re.Pattern[str], seg: str) -> str:
    return re.sub(r"\s+", " ", role_re.sub(" ", seg)).strip(" .,:;-–—|*\"'“”")


def classify_segment(segment: str, *, lenient: bool) -> tuple[str, str] | None:
    """('person'|'org', cleaned) for one byline segment, or None for clutter."""
    seg = segment.strip(" .,:;-–—|*\"'“”")
    unroled = _unrole(_ROLE_RE, seg)
    if unroled != seg and (agency_name(unroled) or _ACRONYM_RE.fullmatch(unroled)):
        return "org", unroled  # "AP Auto Writer", "CNN Editor-at-large": the outlet's desk
    if len(unroled.split()) == 1 and len(_unrole(_BARE_ROLE_RE, seg).split()) > 1:
        unroled = _unrole(_BARE_ROLE_RE, seg)  # the "beat" was the surname: "Jane Money"
    # A role is cut from a name ("Ann Lee Staff Writer") or stands alone ("Reporter"); a
    # one-word remainder means the role word was part of a pen name ("Rasender Reporter").
    if len(unroled.split()) != 1 or len(seg.split()) == 1:
        seg = unroled
    if not seg or not _LETTER_RE.search(seg) or "©" in seg:
        return None  # "Bild © ARD" is a photo credit
    if seg.casefold() in NAME_SUFFIXES:
        return None
    first, _, rest = seg.partition(" ")
    if rest and first.casefold() in NAME_SUFFIXES:
        # "By Jane Doe, MA<br>Example Health News": the line break is gone, the credential
        # that closed the name's line opens the outlet's.
        seg = rest
    agency = agency_name(seg)
    if agency:
        return "org", seg
    words = seg.split()
    given = len(words)
    # Page chrome at either end of a name ("Patrick Allan Profile"): trimmed, not fatal.
    while not lenient and words and words[-1].casefold().strip(".,:") in _CHROME_WORDS:
        words.pop()
    while not lenient and words and words[0].casefold().strip(".,:") in _CHROME_WORDS:
        words.pop(0)
    if not words or (len(words) == 1 < given):
        return None  # "By Tuesday Night": one word left of a phrase is no user name
    seg = " ".join(words)
    folded = [w.casefold().strip(".,") for w in words]
    if _DOMAIN_RE.search(seg) and not re.search(r"\b[A-Z]\.\s", seg + " "):
        return "org", seg
    if len(words) > MAX_NAME_WORDS:
        return None
    if len(words) == 1 and seg.isupper() and MAX_CODE_CHARS <= len(seg) <= MAX_ACRONYM_CHARS:
        return "org", seg  # "CNN", "WABC": call signs and acronyms, not people
    if any(w in ORGANISATION_WORDS or w.endswith(ORGANISATION_SUFFIXES) for w in folded):
        return "org", seg
    if all(w in _PHRASE_WORDS for w in folded):
        return None  # "By Popular Demand", "By Design", "Par défaut": a phrase, no name
    if folded[0] in ("the", "die", "der", "das") and len(words) > 1:
        if all(w[:1].isupper() for w in words[1:]):
            return "org", seg  # "The Local": people's names do not start with an article
        return None  # "the way it was": running text
    if any(c.isdigit() for c in seg) and len(words) > 1:
        return "org", seg  # "7 NEWS KXYZ", "Channel 4"
    if len(seg) > MAX_NAME_CHARS or len(words) > MAX_NAME_WORDS:
        return None
    # Initials keep their dot ("A.", "I."), so they are not mistaken for the words "a"/"i";
    # a capital letter alone between two words is an initial without its dot ("David A Smith").
    if not lenient and any(
        w.casefold().strip(",") in _NOT_NAME_WORDS
        and not (0 < i < len(words) - 1 and len(w) == 1 and w.isupper())
        for i, w in enumerate(words)
    ):
        return None
    if lenient:
        # Metadata keeps user names ("jesusfreak"), but not editor codes ("PP", "ls"), nor a
        # link's wording ("Contact the author", "Author profile").
        if len(words) > 1 and any(w in _LINK_WORDS for w in folded):
            return None
        return ("person", seg) if len(seg) > 2 else None
    # Visible text: a person's name has at least one capitalised word of two or more
    # letters and no lower-case word that is not a name particle.
    if len(words) == 1 and len(seg) <= MAX_CODE_CHARS:
        return None  # desk codes and initials: "lno", "dsw", "red" (user names are longer)
    if len(words) == 1:
        return "person", seg  # a user name may be lower case: "uriebe", "freeman1984"
    for word, fold in zip(words, folded, strict=True):
        first = word.lstrip("'’\"(")[:1]
        if (
            first.islower()
            and fold not in NAME_PARTICLES
            and fold not in _SURNAME_JOINERS
            and not _PARTICLE_JOINED_RE.match(word)
        ):
            return None
    return "person", seg


def acronym_before_role(seg: str) -> re.Match[str] | None:
    """The outlet acronym in "Patti Domm CNBC Executive News Editor": after a name of two
    or more words (not itself in capitals), and followed by nothing but a role."""
    for m in _ACRONYM_BEFORE_ROLE_RE.finditer(seg):
        name = seg[: m.start()].split()
        rest = seg[m.end() :]
        role = _ROLE_RE.match(rest)
        if len(name) >= 2 and not seg[: m.start()].isupper() and role and role.end() == len(rest):
            return m
    return None
