"""Contact trailers: the line after a story that tells readers how to reach its author.

Wire and local stories end with "Follow Meg Kinnard at http://twitter.com/MegKinnardAP",
"To reach the reporter behind this story, contact jane@paper.org", German ones with
"Kontakt zur Autorin: anna@zeitung.de" or "E-Mail: anna@zeitung.de": furniture about the
author, set in the story's markup. Such a line opens with an invitation to reach, write to
or follow someone (or with a label naming the channel, "E-Mail:", "Twitter:") and gives an
address: an @handle, an e-mail address or a social network's URL; or it is nothing but an
invitation to follow someone on a named network ("Follow her on Twitter", the handle left
in a link).

What stays story: a sentence that quotes someone ("“Email us at tips@city.gov,” the sheriff
said"), a reporter's sign-off that opens with their name ("Jane Doe is a reporter for the
Herald. Follow her on Twitter @jdoe", a bio the benchmarks keep), an address alone on its
line (an author's signature), a sentence about contact tracing or following the money, and a
line that reports what someone said ("E-mail your MP at ..., campaigners said").
"""

from __future__ import annotations

import re

from copydesk.cleaning import holds_quotation

__all__ = ["CONTACT_LINE_MAX_CHARS", "FOLLOW_LINE_MAX_CHARS", "is_contact_line"]

# A trailer opens with the invitation (English, German, French, Spanish, Italian) ...
_CONTACT_START = re.compile(
    r"""^\W*(?:
        (?:have|got)\s+a\s+(?:news\s+)?(?:tip|story\s+idea|question)\b
        # ("email@example.org" alone is an address, not an invitation to write to one.)
        # ("Follow-up questions ..." and "Contact tracing ..." are no invitation.)
        |(?:reach|contact(?!\s+trac)|follow|e-?mail)\b(?!-)(?![\w.+-]*@)
        |write\s+to\b|to\s+(?:reach|contact)\b
        |you\s+can\s+(?:reach|follow|e-?mail|contact|write\s+to)\b
        |(?:please\s+)?send\s+(?:your\s+)?(?:news\s+)?(?:tips?|story\s+ideas?|feedback|questions
            |comments|letters)\b
        # A label naming the channel: "E-Mail: ...", "Kontakt: ...", "Twitter: @...".
        |(?:e-?mail|mail|kontakt|contact|courriel|correo(?:\s+electr[óo]nico)?|twitter|x
            |instagram|bluesky|mastodon|threads|linkedin|facebook)\s*:
        # German: "Kontakt zur Autorin:", "Mail an den Autor:", "Sie erreichen die Autorin
        # unter ...", "Schreiben Sie dem Autor: ...", "Folgen Sie der Autorin auf Twitter".
        |(?:kontakt|e-?mail|mail|nachricht)\s+(?:(?:an|zu|f[üu]r)\s+(?:de[nmr]|die)|zu[mr])\s+
            (?:autor(?:in)?|autor(?:inn)?en|redaktion|verfasser(?:in)?|redakteur(?:in)?)\b
        |(?:sie\s+erreichen|erreichen\s+sie|schreiben\s+sie|folgen\s+sie)\b
        # French and Spanish, Italian: "Contactez l'auteur : ...", "Pour joindre la
        # rédaction : ...", "Escríbenos a ...", "Sigue a la autora en Twitter: @...".
        |(?:contactez|joignez|[ée]crivez(?:[-\s]nous)?|pour\s+(?:contacter|joindre))\b
        |(?:contacta|cont[áa]ctanos|escr[íi]benos|escribe\s+a|s[íi]gue(?:nos|le|la)?\s+(?:a|en)
            |contatta|scrivi\s+a|segui)\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# ... and gives an address: an @handle, an e-mail address or a social network's URL (so
# "Contact tracing is available at www.gov.uk" is not one).
_CONTACT_ADDRESS = re.compile(
    r"""(?<![\w@])@\w{2,}|[\w.+-]+@[\w-]+\.\w{2,}
        |(?:twitter|x|facebook|instagram|linkedin|threads|bsky|mastodon)\.(?:com|net|app|social)/""",
    re.IGNORECASE | re.VERBOSE,
)
# An invitation to follow the author or the site on a named network, with the handle left
# in a link or left out: "Follow her on Twitter", "Follow The Verge on Facebook", "Folgen
# Sie der Autorin auf Instagram", "Suivez-la sur X", "Síguela en Twitter". The whole line is
# the invitation: a sentence that goes on ("Follow the guidance on Facebook, police said")
# is story.
_NETWORK = r"""(?:twitter|x|instagram|facebook|threads|bluesky|bsky|mastodon|tiktok|linkedin
    |youtube|pinterest|telegram|whatsapp|snapchat)"""
_FOLLOW_ON_NETWORK = re.compile(
    rf"""^\W*(?:follow|folg(?:en\s+sie|e|t)|suivez(?:-(?:nous|le|la|les))?
        # Spanish and Italian with the pronoun only: a bare "Sigue" is also "continues".
        |s[íi]gue(?:nos|le|la|los|las|me)|segui(?:ci|lo|la|mi))
        (?:\s+[^\s,;.!?]+){{0,4}}?\s+(?:on|at|via|auf|bei|sur|en|su)\s+{_NETWORK}
        (?:\s*(?:,|and|or|&|und|oder|et|ou|y|o|e)\s*(?:on\s+|auf\s+|sur\s+|en\s+)?{_NETWORK})*
        \W*$""",
    re.IGNORECASE | re.VERBOSE,
)
#: A follow invitation is a short line.
FOLLOW_LINE_MAX_CHARS = 100
# A reporting clause: the line reports what someone said ("E-mail your MP at mp@example.org
# to complain, campaigners said"), so it is story even though it invites and gives an address.
_REPORTED = re.compile(
    r"""[,;]\s*(?:[\w'’.-]+\s+){0,4}?(?:said|says|told|added|wrote|urged|sagte|sagt|erkl[äa]rte
        |schrieb|a\s+(?:d[ée]clar[ée]|dit|[ée]crit)|dijo|escribi[óo]|ha\s+detto)\b""",
    re.IGNORECASE | re.VERBOSE,
)
#: A contact trailer is a line or two, not a paragraph.
CONTACT_LINE_MAX_CHARS = 250


def is_contact_line(text: str) -> bool:
    """True for a trailer giving the reporter's address ("Reach the reporters at http://..."),
    or inviting readers to follow them on a named network ("Follow her on Twitter").

    >>> is_contact_line("Reach the reporters on Twitter at http://twitter.com/MegKinnardAP")
    True
    >>> is_contact_line("Have a tip? Amy Kuperinsky may be reached at amy@paper.com.")
    True
    >>> is_contact_line("Kontakt zur Autorin: anna.muster@zeitung.de")
    True
    >>> is_contact_line("Follow The Verge on Twitter and Facebook")
    True
    >>> is_contact_line("Contact tracing is available at www.gov.uk, the ministry said.")
    False
    >>> is_contact_line("“Email us at tips@city.gov,” the sheriff said on Friday.")
    False
    """
    if holds_quotation(text):  # a quoted source: story
        return False
    if len(text) <= FOLLOW_LINE_MAX_CHARS and _FOLLOW_ON_NETWORK.match(text) is not None:
        return True
    if len(text) > CONTACT_LINE_MAX_CHARS or not _CONTACT_START.match(text):
        return False
    if _REPORTED.search(text):
        return False
    return _CONTACT_ADDRESS.search(text) is not None
