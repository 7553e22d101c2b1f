"""Mend text that arrived as ``str`` before it is parsed, and tell markup from binary junk.

A crawler that decoded a UTF-8 page as latin-1, broken JSON with lone surrogates, control
characters that lxml refuses: these are fixed on the text, because the bytes are gone.
:mod:`copydesk.encoding` decides the decoding when the bytes are still there.
"""

from __future__ import annotations

import codecs
import re

# Lone UTF-16 surrogates (from broken JSON or surrogateescape decoding): lxml silently cuts
# the document at the first one, so they must go before parsing.
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
# C0 controls other than tab/newline/carriage-return, DEL and the noncharacters U+FFFE/U+FFFF:
# never visible, never meaningful in a page. NUL makes lxml emit U+FFFD mid-word, and lxml
# refuses every one of them when a rule later assigns text to an element (ValueError).
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufffe\uffff]+")
# The same characters one by one: ``ch in text`` is a memchr-speed scan, several times faster
# than the character-class regex over a whole page, and nearly every page has none of them.
_CONTROL_CHARS = "".join(
    chr(c) for c in (*range(0x09), 0x0B, *range(0x0E, 0x20), 0x7F, 0xFFFE, 0xFFFF)
)
# Character references to the same forbidden characters ("&#1;", "&#x0C;", "&#xFFFF;"): the
# parser would put them into the tree, where they break later text edits the same way.
_BAD_CHARREF_RE = re.compile(
    r"""&\#(?:
        0*(?:[1-8]|1[124-9]|2[0-9]|3[01]|127|6553[45])(?![0-9])
      | [xX]0*(?:[1-8bBcCeEfF]|1[0-9a-fA-F]|7[fF]|[fF]{3}[eEfF])(?![0-9a-fA-F])
    );?""",
    re.VERBOSE,
)
# The signature of UTF-8 decoded as latin-1/windows-1252: a lead byte (Â-ô) followed by a
# continuation byte (0x80-0xBF, which windows-1252 shows as €‚ƒ…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ and
# NBSP-¿); checked before trying the (whole-document) repair.
_MOJIBAKE_RE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030"
    "\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161"
    "\u203a\u0153\u017e\u0178]"
)


def repair_text(text: str) -> str:
    """Mend text before parsing: mojibake from a wrong latin-1 decode, lone surrogates,
    control characters. Linear in the length of the text.

    >>> repair_text("<p>cafÃ© â€” naÃ¯ve</p>")
    '<p>café — naïve</p>'
    >>> repair_text("a\\ud800b\\x00c\\x07d&#1;e&#x0c;f&#10;")
    'a\\ufffdbcdef&#10;'
    >>> repair_text("<p>Ã la carte</p>")  # not valid UTF-8 when re-encoded: left alone
    '<p>Ã la carte</p>'
    """
    if not text.isascii():
        if _SURROGATE_RE.search(text):
            # Round-trip through UTF-16: paired surrogates become the real character,
            # lone ones U+FFFD.
            text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
        if _MOJIBAKE_RE.search(text):
            text = _undo_latin1_decode(text)
    if "\x0c" in text:  # form feed is whitespace in HTML, but not a character XML allows
        text = text.replace("\x0c", " ")
    if "&#" in text:
        text = _BAD_CHARREF_RE.sub("", text)
    if any(ch in text for ch in _CONTROL_CHARS):
        text = _CONTROL_RE.sub("", text)
    return text


def _undo_latin1_decode(text: str) -> str:
    """Re-decode text that was UTF-8 read as latin-1 or windows-1252, if (and only if) the
    whole text round-trips: a genuine latin-1 page practically never does.

    Encoding as windows-1252 with C1 controls (U+0080-U+009F) passed through as their byte
    covers both ways a crawler gets this wrong: ISO-8859-1 (``requests``' default for
    text/html) and windows-1252 as browsers implement it.
    """
    try:
        return text.encode("cp1252", errors=_C1_PASSTHROUGH).decode("utf-8")
    except UnicodeError:
        return text


def _c1_passthrough(exc: UnicodeError) -> tuple[bytes, int]:
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    chars = exc.object[exc.start : exc.end]
    if all(ord(c) < 256 for c in chars):
        return chars.encode("latin-1"), exc.end
    raise exc


_C1_PASSTHROUGH = "copydesk-c1-passthrough"
codecs.register_error(_C1_PASSTHROUGH, _c1_passthrough)


def looks_binary(text: str) -> bool:
    """True if the start of decoded text is full of control characters: an image, an
    archive or random bytes rather than markup.

    >>> looks_binary("<html><body>hello</body></html>")
    False
    >>> looks_binary(bytes(range(256)).decode("latin-1") * 4)
    True
    """
    head = text[:_BINARY_SNIFF_CHARS]
    if not head:
        return False
    # U+FFFD is not counted: a CJK page a crawler decoded with the wrong codec is full of
    # them and still a page; binary data shows itself through control characters.
    controls = sum(len(m) for m in _CONTROL_RE.findall(head))
    return controls >= _BINARY_MIN_CONTROLS and controls / len(head) > _BINARY_CONTROL_SHARE


# Binary sniffing: the first 4 KB decide; markup has no controls at all, random bytes ~12%.
_BINARY_SNIFF_CHARS = 4096
_BINARY_MIN_CONTROLS = 8
_BINARY_CONTROL_SHARE = 0.05
