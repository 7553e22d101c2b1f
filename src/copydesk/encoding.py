"""Turn the bytes a crawler fetched into text, the one place this is decided.

Order of evidence: a byte-order mark, then an explicit ``encoding`` argument (from the HTTP
``Content-Type`` header, say), then the page's own ``<meta charset>`` / ``http-equiv``
declaration, then UTF-8 if the bytes are valid UTF-8, then windows-1252, which decodes
any byte sequence.
"""

from __future__ import annotations

import codecs
import re

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# <meta charset="x">, <meta http-equiv="Content-Type" content="text/html; charset=x">,
# and the XML declaration's encoding="x"; only the first few KB are searched, as browsers do.
_DECLARED_RE = re.compile(
    rb"""(?:charset|encoding)\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""",
    re.IGNORECASE,
)
_PRESCAN_BYTES = 4096


def normalise_encoding_name(name: str | None) -> str | None:
    """A Python codec name for a declared charset, or None if Python has no such codec.

    >>> normalise_encoding_name("ISO-8859-1")
    'cp1252'
    >>> normalise_encoding_name("no-such-charset") is None
    True
    """
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().strip("\"'").lower()).name
    except LookupError:
        return None
    # Browsers treat latin-1 and ascii labels as windows-1252 (WHATWG Encoding Standard).
    if codec in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    return codec


def declared_encoding(data: bytes) -> str | None:
    """The charset a page declares in its first bytes, normalised, or None."""
    match = _DECLARED_RE.search(data[:_PRESCAN_BYTES])
    return normalise_encoding_name(match.group(1).decode("ascii", "ignore")) if match else None


def decode_html(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode page bytes; return ``(text, encoding_used)``.

    >>> decode_html("café".encode("utf-8"))
    ('café', 'utf-8')
    >>> decode_html(b'<meta charset="windows-1252">caf\\xe9')[0][-4:]
    'café'
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(name, errors="replace"), name
    candidates = [normalise_encoding_name(encoding), declared_encoding(data)]
    for name in candidates:
        if name is None:
            continue
        if name in ("utf-16", "utf-32", "utf-16-le", "utf-16-be") and b"\x00" not in data[:512]:
            continue  # a page that says UTF-16 without NULs is really an 8-bit encoding
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            # Mislabelled pages are common ("latin-1" that is really UTF-8): try UTF-8 first.
            try:
                return data.decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                return data.decode(name, errors="replace"), name
        if name == "cp1252" and _looks_like_utf8(data):
            return data.decode("utf-8"), "utf-8"
        return text, name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def _looks_like_utf8(data: bytes) -> bool:
    """True if the bytes hold non-ASCII and are valid UTF-8: then a 1252 label is a lie."""
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
