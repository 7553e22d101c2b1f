"""Contact trailers after a story (heuristics/contactlines.py): the line telling readers how
to reach the author goes; a quoted sentence, a reporter's bio and a bare signature stay."""

from __future__ import annotations

import lxml.html
import pytest

from copydesk.heuristics.body import extract_body
from copydesk.heuristics.chromewords import is_contact_line as reexported
from copydesk.heuristics.contactlines import CONTACT_LINE_MAX_CHARS, is_contact_line

STORY = (
    "The council voted on Tuesday to close the bridge, citing cracks found during an inspection.",
    "Engineers said repairs could take a year, and that ferries would run in the meantime.",
    "Residents, many of whom cross daily, packed the hall to ask how long the detour would be.",
)


def story_with(line: str) -> list[str]:
    paras = "".join(f"<p>{t}</p>" for t in (*STORY, line))
    result = extract_body(lxml.html.document_fromstring(f"<html><body><article>{paras}</article>"))
    assert result is not None
    return [b.text for b in result.blocks]


TRAILERS = [
    pytest.param(
        "To reach the reporter behind this story, contact jane@paper.org. To reach the editor, "
        "contact ed@paper.org",
        id="to-reach",
    ),
    pytest.param("Send news tips to tips@paper.com", id="send-tips"),
    pytest.param("Got a story idea? Write to metro@paper.com", id="story-idea"),
    pytest.param("E-Mail: anna.muster@zeitung.de", id="de-email-label"),
    pytest.param("E-mail:redaktion@verband.de", id="email-label-no-space"),
    pytest.param("Email: jane.doe@paper.com; Twitter: @janedoe.", id="en-labels"),
    pytest.param("Twitter: @janedoe", id="twitter-label"),
    pytest.param("Kontakt zur Autorin: anna.muster@zeitung.de", id="de-kontakt-zur"),
    pytest.param("Mail an den Autor: max@zeitung.de", id="de-mail-an"),
    pytest.param("Sie erreichen die Autorin unter anna@zeitung.de", id="de-erreichen"),
    pytest.param("Folgen Sie der Autorin auf Twitter: @annamuster", id="de-folgen"),
    pytest.param("Contactez l'auteur : jean.dupont@journal.fr", id="fr-contactez"),
    pytest.param("Pour joindre la rédaction : redaction@journal.fr", id="fr-joindre"),
    pytest.param("Escríbenos a redaccion@diario.es", id="es-escribenos"),
    pytest.param("Sigue a la autora en Twitter: @autora", id="es-sigue"),
    # The handle left in a link: the invitation alone.
    pytest.param("Follow her on Twitter", id="follow-her-on-network"),
    pytest.param("Follow The Verge on Twitter and Facebook", id="follow-site-on-networks"),
    pytest.param("Folgen Sie der Autorin auf Instagram", id="de-follow-on-network"),
    pytest.param("Suivez-la sur X", id="fr-follow-on-network"),
    pytest.param("Síguela en Twitter", id="es-follow-on-network"),
]


@pytest.mark.parametrize("line", TRAILERS)
def test_contact_trailer(line: str) -> None:
    assert is_contact_line(line)
    assert story_with(line) == list(STORY)


NOT_TRAILERS = [
    pytest.param("“Email us at tips@city.gov,” the sheriff said on Friday.", id="quoted-source"),
    pytest.param(
        "Jane Doe is a reporter for the Herald. Follow her on Twitter @jdoe or email jd@h.com",
        id="bio",
    ),
    pytest.param("jane.doe@example.org", id="bare-signature"),
    pytest.param("email@example.org", id="address-starting-with-email"),
    pytest.param("contact@example.org", id="address-starting-with-contact"),
    pytest.param("Kontakt zu den Behörden hatte er nicht, sagte sein Anwalt.", id="de-kontakt"),
    pytest.param("To reach the summit, climbers need permits from the ministry.", id="to-reach"),
    pytest.param("Send tips, the police urged, but nobody called the hotline.", id="no-address"),
    pytest.param("Follow the guidance on Facebook, police said.", id="follow-sentence"),
    pytest.param("Follow the money on Twitter and you will see who pays.", id="follow-goes-on"),
    pytest.param("Sigue la polémica en Twitter", id="es-sigue-is-continues"),
]


@pytest.mark.parametrize("line", NOT_TRAILERS)
def test_not_a_contact_trailer(line: str) -> None:
    assert not is_contact_line(line)
    assert story_with(line)[-1] == line


def test_long_paragraph_is_not_a_trailer() -> None:
    line = "Contact jane@paper.org " + "with more words than any trailer has, " * 8
    assert len(line) > CONTACT_LINE_MAX_CHARS
    assert not is_contact_line(line)


def test_chromewords_reexports_the_check() -> None:
    assert reexported is is_contact_line
