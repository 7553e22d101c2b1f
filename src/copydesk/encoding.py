"""Turn the bytes a crawler fetched into text, the one place this is decided.

Order of evidence, as browsers weigh it (WHATWG Encoding Standard), plus two repairs:

1. a byte-order mark (UTF-8, UTF-16, UTF-32) wins over everything;
2. UTF-16/32 without a BOM is recognised by its NUL-byte pattern;
3. an explicit ``encoding`` argument: a bare label (``"koi8-r"``) or a whole HTTP
   ``Content-Type`` value (``"text/html; charset=koi8-r"``);
4. the page's own ``<meta charset>``, ``<meta http-equiv="Content-Type">`` or XML declaration;
5. no label: UTF-8 if the bytes are UTF-8, else a legacy encoding guessed from ``<html lang>``,
   else windows-1252.

Repairs: a page labelled with a legacy charset whose bytes are valid UTF-8 is UTF-8 (servers
say ISO-8859-1 by default; valid multi-byte UTF-8 does not happen by chance in legacy text);
a page that is mostly UTF-8 with stray windows-1252 bytes (pasted from Word) decodes each
stray byte as windows-1252 instead of to U+FFFD. Labels naming codecs no browser decodes
(UTF-7, Python's ``rot13``/``zlib``/``undefined`` ...) are ignored, so a hostile page cannot
choose a decoder that raises or rewrites the text.

Text that arrived as ``str`` (or a wrong decode that cannot be undone here) is mended by
:mod:`copydesk.textrepair`.
"""

from __future__ import annotations

import codecs
import re

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16-LE: its BOM starts with FF FE too
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Labels browsers accept that Python's codec registry does not know.
_EXTRA_LABELS: dict[str, str] = {
    "x-sjis": "cp932",
    "windows-31j": "cp932",
    "x-gbk": "gb18030",
    "x-euc-jp": "euc_jp",
    "koi8-ru": "koi8-u",
    "x-mac-cyrillic": "mac-cyrillic",
    "x-mac-ukrainian": "mac-cyrillic",
    "x-mac-roman": "mac-roman",
    "unicode-1-1-utf-8": "utf-8",
    "unicode11utf8": "utf-8",
    "unicode20utf8": "utf-8",
    "x-unicode20utf8": "utf-8",
    "iso-8859-8-i": "iso8859-8",
    "windows-874": "cp874",
    "x-cp1250": "cp1250",
    "x-cp1251": "cp1251",
    "x-user-defined": "cp1252",
    "unicode": "utf-16-le",
    "ucs-2": "utf-16-le",
    "unicodefeff": "utf-16-le",
}

# WHATWG: these labels are decoded with a superset encoding. Python's narrower codec would
# turn bytes every browser shows correctly (curly quotes in "latin-1" pages, rare kanji in
# "Shift_JIS" pages) into errors or wrong characters.
_SUPERSETS: dict[str, str] = {
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "big5": "big5hkscs",
}

# Codecs a web page may legitimately use. Anything else Python happens to register (utf-7,
# rot13, zlib, undefined, unicode_escape, EBCDIC ...) is ignored as a label.
_ALLOWED_CODEC_RE = re.compile(
    r"""^(?:
        utf-8 | utf-(?:16|32)(?:-[lb]e)?
      | cp(?:125[0-8]|874|866|932|949|950)
      | iso8859-\d{1,2} | koi8-[ru] | mac-(?:roman|cyrillic)
      | shift_jis(?:_2004|x0213)? | euc_(?:jp|kr|jis_2004|jisx0213)
      | gb18030 | big5hkscs | iso2022_jp(?:_\w+)? | kz1048 | ptcp154
    )$""",
    re.VERBOSE,
)

_UTF16_32 = frozenset({"utf-16", "utf-32", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"})

# Only <meta> tags and the XML declaration can declare a charset; a bare "charset=" inside a
# script or an article about encodings must not. Tags are bounded ({0,1024}) so an unclosed
# "<meta" cannot make the scan quadratic.
_META_TAG_RE = re.compile(rb"<meta\b[^>]{0,1024}>", re.IGNORECASE)
_XML_DECL_RE = re.compile(rb"^\s{0,64}<\?xml\b[^>]{0,256}\?>", re.IGNORECASE)
_CHARSET_ATTR_RE = re.compile(
    rb"""(?:charset|encoding)\s{0,16}=\s{0,16}["']?\s{0,16}([A-Za-z0-9_.:\-]{1,40})""",
    re.IGNORECASE,
)
# Browsers prescan 1024 bytes; real pages put long comments and scripts first, so look further.
_PRESCAN_BYTES = 16384

# <html lang="ru">: the only hint left for unlabelled pages in a legacy encoding.
_LANG_RE = re.compile(
    rb"""<html\b[^>]{0,512}?\b(?:xml:)?lang\s{0,8}=\s{0,8}["']?\s{0,8}([A-Za-z]{2,3})(?:[-_]([A-Za-z]{2,4}))?""",
    re.IGNORECASE,
)

# The legacy encoding a language's unlabelled pages were most likely written in.
_LEGACY_BY_LANGUAGE: dict[str, str] = {
    "ja": "cp932",
    "zh": "gb18030",
    "ko": "cp949",
    "th": "cp874",
    "vi": "cp1258",
    "el": "cp1253",
    "tr": "cp1254",
    "he": "cp1255",
    "iw": "cp1255",
    "ar": "cp1256",
    "fa": "cp1256",
    "ur": "cp1256",
    "lt": "cp1257",
    "lv": "cp1257",
    "et": "cp1257",
    **dict.fromkeys(("pl", "cs", "sk", "hu", "sl", "hr", "ro", "bs", "sq"), "cp1250"),
    **dict.fromkeys(("ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn"), "cyrillic"),
}
# Traditional-Chinese regions use Big5, not GB18030.
_BIG5_REGIONS = frozenset({"tw", "hk", "mo", "hant"})

# A valid UTF-8 multi-byte sequence; counted to tell "UTF-8 with a few stray bytes" from
# "a legacy encoding" when the bytes are not valid UTF-8 as a whole.
_UTF8_SEQ_RE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_ASCII_BYTES = bytes(range(128))
# How many bytes the UTF-8-or-legacy vote samples (bounded so huge pages stay linear and cheap).
_SAMPLE_BYTES = 1 << 18
# Share of non-ASCII bytes that must sit in valid UTF-8 sequences for the page to count as
# UTF-8-with-damage; legacy text scores near 0, damaged UTF-8 near 1.
_UTF8_SHARE = 0.5

_FALLBACK_HANDLER = "copydesk-cp1252-fallback"


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    """Decode the bytes UTF-8 rejected as windows-1252: stray Word quotes become quotes."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    return bytes(bad).decode("cp1252", errors="replace"), exc.end


codecs.register_error(_FALLBACK_HANDLER, _cp1252_fallback)


def normalise_encoding_name(name: str | None) -> str | None:
    """A Python codec name for a charset label or a ``Content-Type`` value, or None.

    >>> normalise_encoding_name("ISO-8859-1")
    'cp1252'
    >>> normalise_encoding_name("text/html; charset=KOI8-R")
    'koi8-r'
    >>> normalise_encoding_name("Shift_JIS")
    'cp932'
    >>> [normalise_encoding_name(x) for x in ("no-such-charset", "utf-7", "rot13", "text/html")]
    [None, None, None, None]
    """
    if not name:
        return None
    label = name.strip()
    if ";" in label or "/" in label:  # a whole Content-Type value: only its charset counts
        match = _CHARSET_ATTR_RE.search(label.encode("ascii", "ignore"))
        if match is None:
            return None
        label = match.group(1).decode("ascii")
    label = label.strip().strip("\"'").strip().lower()
    label = _EXTRA_LABELS.get(label, label)
    try:
        codec = codecs.lookup(label).name
    except (LookupError, ValueError):
        return None
    codec = _SUPERSETS.get(codec, codec)
    return codec if _ALLOWED_CODEC_RE.match(codec) else None


def declared_encoding(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag or its XML declaration, or None.

    >>> declared_encoding(b'<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
    'gb18030'
    >>> declared_encoding(b"<script>var charset='koi8-r'</script>") is None
    True
    """
    head = data[:_PRESCAN_BYTES]
    xml = _XML_DECL_RE.match(head)
    candidates = [xml.group(0)] if xml else []
    candidates.extend(m.group(0) for m in _META_TAG_RE.finditer(head))
    for tag in candidates:
        match = _CHARSET_ATTR_RE.search(tag)
        if match:
            name = normalise_encoding_name(match.group(1).decode("ascii", "ignore"))
            if name:
                return name
    return None


def decode_html(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode page bytes; return ``(text, encoding_used)``. Never raises on any bytes.

    >>> decode_html("café".encode("utf-8"))
    ('café', 'utf-8')
    >>> decode_html(b'<meta charset="windows-1252">caf\\xe9')[0][-4:]
    'café'
    >>> decode_html("<p>Привет</p>".encode("koi8-r"), "text/html; charset=koi8-r")
    ('<p>Привет</p>', 'koi8-r')
    >>> decode_html('<meta charset="iso-8859-1"><p>café</p>'.encode("utf-8"))[1]  # mislabelled
    'utf-8'
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(name, errors="replace"), name
    wide = _sniff_utf16_32(data)
    if wide:
        return data.decode(wide, errors="replace"), wide
    for label in (normalise_encoding_name(encoding), declared_encoding(data)):
        if label is None or label in _UTF16_32:
            continue  # a page that says UTF-16 without NULs is really ASCII-compatible
        if label == "utf-8":
            return _decode_probably_utf8(data)
        if _is_utf8_with_non_ascii(data):
            return data.decode("utf-8"), "utf-8"  # mislabelled: valid UTF-8 is no accident
        return data.decode(label, errors="replace"), label
    return _decode_probably_utf8(data)


def _decode_probably_utf8(data: bytes) -> tuple[str, str]:
    """UTF-8 (stray bytes as windows-1252), unless the bytes are really a legacy encoding."""
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    sample = data[:_SAMPLE_BYTES]
    non_ascii = len(sample.translate(None, _ASCII_BYTES))
    in_utf8 = sum(len(m.group(0)) for m in _UTF8_SEQ_RE.finditer(sample))
    if non_ascii and in_utf8 / non_ascii >= _UTF8_SHARE:
        return data.decode("utf-8", errors=_FALLBACK_HANDLER), "utf-8"
    legacy = _legacy_guess(data) or "cp1252"
    return data.decode(legacy, errors="replace"), legacy


def _legacy_guess(data: bytes) -> str | None:
    """The legacy encoding ``<html lang>`` suggests, checked against the bytes."""
    match = _LANG_RE.search(data[:_PRESCAN_BYTES])
    if match is None:
        return None
    lang = match.group(1).decode("ascii").lower()
    region = (match.group(2) or b"").decode("ascii").lower()
    guess = _LEGACY_BY_LANGUAGE.get(lang)
    if guess == "gb18030" and region in _BIG5_REGIONS:
        guess = "big5hkscs"
    if guess == "cyrillic":
        guess = _cyrillic_guess(data[:_SAMPLE_BYTES])
    if guess == "cp1250" and not _C1_BYTES_RE.search(data[:_SAMPLE_BYTES]):
        # windows-1250 puts š, ś, ź, „ ” and dashes in 0x80-0x9F, where ISO-8859-2 has only
        # control codes that real text never holds: without such bytes it is ISO-8859-2.
        guess = "iso8859-2"
    if guess == "cp932":
        # Japanese pages are Shift_JIS or EUC-JP; the one that decodes cleanly is right.
        for name in ("cp932", "euc_jp"):
            try:
                data[:_SAMPLE_BYTES].decode(name)
            except UnicodeDecodeError as exc:
                if exc.start >= _SAMPLE_BYTES - 4:  # the sample cut a character in two
                    return name
                continue
            return name
    return guess


_C1_BYTES_RE = re.compile(rb"[\x80-\x9f]")


def _cyrillic_guess(sample: bytes) -> str:
    """windows-1251 or KOI8-R: lower-case letters dominate running text, and the two put
    them in opposite halves of 0xC0-0xFF (1251: 0xE0-0xFF; KOI8-R: 0xC0-0xDF).

    >>> _cyrillic_guess("съешь же ещё этих мягких булок".encode("koi8-r"))
    'koi8-r'
    >>> _cyrillic_guess("съешь же ещё этих мягких булок".encode("cp1251"))
    'cp1251'
    """
    high = sum(sample.count(bytes([b])) for b in range(0xE0, 0x100))
    low = sum(sample.count(bytes([b])) for b in range(0xC0, 0xE0))
    return "koi8-r" if low > high else "cp1251"


def _sniff_utf16_32(data: bytes) -> str | None:
    """UTF-16/32 without a BOM: markup is mostly ASCII, so every other (or 3 in 4) byte is NUL."""
    head = data[:1024]
    if len(head) < 8 or b"\x00" not in head:
        return None
    size = len(head) - len(head) % 4
    by_offset = [head[i:size:4].count(0) / (size // 4) for i in range(4)]
    if by_offset[1] > 0.8 and by_offset[2] > 0.8 and by_offset[3] > 0.8 and by_offset[0] < 0.2:
        return "utf-32-le"
    if by_offset[0] > 0.8 and by_offset[1] > 0.8 and by_offset[2] > 0.8 and by_offset[3] < 0.2:
        return "utf-32-be"
    even = (by_offset[0] + by_offset[2]) / 2
    odd = (by_offset[1] + by_offset[3]) / 2
    if odd > 0.6 and even < 0.1:
        return "utf-16-le"
    if even > 0.6 and odd < 0.1:
        return "utf-16-be"
    return None


def _is_utf8_with_non_ascii(data: bytes) -> bool:
    """True if the bytes hold non-ASCII and are valid UTF-8: then a legacy label is a lie."""
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
