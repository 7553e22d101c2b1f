"""Bytes in every common web encoding decode to the right text, however the charset is given.

Fixtures are generated here from ``str`` samples (no binary files in the repository): each
sample is encoded, labelled one way (BOM, <meta charset>, http-equiv, XML declaration, the
``encoding=`` argument as a bare label or a whole Content-Type, or only ``<html lang>``) and
decoded back; the sample must come back character for character.
"""

from __future__ import annotations

import pytest

import copydesk
from copydesk.cleaning import normalize_space
from copydesk.encoding import declared_encoding, decode_html, normalise_encoding_name
from copydesk.page import Page
from copydesk.textrepair import repair_text

from .invariants import NOW

# (codec to encode with, label to declare, language, sample sentence)
SAMPLES: list[tuple[str, str, str, str]] = [
    ("utf-8", "utf-8", "fr", "Café crème, naïve façade — « déjà vu » pour 5 €."),
    ("cp1252", "windows-1252", "fr", "Café crème, naïve façade — « déjà vu » pour 5 €."),
    ("latin-1", "iso-8859-1", "de", "Größere Schäden an der Brücke, sagte Jürgen Groß."),
    ("iso8859-15", "iso-8859-15", "fr", "L'œuvre coûte 40 € à Besançon."),
    ("iso8859-2", "iso-8859-2", "pl", "Zażółć gęślą jaźń - powiedział rzecznik w Łodzi."),
    ("cp1250", "windows-1250", "cs", "Příliš žluťoučký kůň úpěl ďábelské ódy."),
    ("koi8-r", "koi8-r", "ru", "Съешь же ещё этих мягких французских булок, да выпей чаю."),
    ("cp1251", "windows-1251", "ru", "Съешь же ещё этих мягких французских булок, да выпей чаю."),
    ("iso8859-5", "iso-8859-5", "ru", "Правительство объявило о новых мерах поддержки."),
    ("koi8-u", "koi8-u", "uk", "Уряд оголосив про нові заходи підтримки їжі."),
    ("iso8859-7", "iso-8859-7", "el", "Η κυβέρνηση ανακοίνωσε νέα μέτρα στήριξης."),
    ("cp1254", "iso-8859-9", "tr", "Hükümet yeni önlemleri açıkladı; İstanbul’da şükür."),
    ("cp1255", "windows-1255", "he", "הממשלה הודיעה על צעדים חדשים."),
    ("cp1256", "windows-1256", "ar", "أعلنت الحكومة عن إجراءات جديدة."),
    ("shift_jis", "shift_jis", "ja", "東京で記者会見が開かれ、首相は新たな経済対策を発表した。"),
    ("cp932", "shift_jis", "ja", "①東京で記者会見が開かれ、首相は新たな経済対策を発表した。"),
    ("euc_jp", "euc-jp", "ja", "東京で記者会見が開かれ、首相は新たな経済対策を発表した。"),
    ("iso2022_jp", "iso-2022-jp", "ja", "東京で記者会見が開かれた。"),
    ("gb18030", "gb18030", "zh", "北京时间周三，政府宣布了新的经济刺激计划。𠀀"),
    ("gbk", "gbk", "zh", "北京时间周三，政府宣布了新的经济刺激计划。"),
    ("gb2312", "gb2312", "zh", "北京时间周三，政府宣布了新的经济刺激计划。"),
    ("big5", "big5", "zh-TW", "北京時間週三，政府宣佈了新的經濟刺激計劃。"),
    ("euc_kr", "euc-kr", "ko", "서울에서 기자회견이 열렸다."),
    ("cp874", "tis-620", "th", "รัฐบาลประกาศมาตรการใหม่"),
]
SAMPLE_IDS = [f"{codec}-as-{label}" for codec, label, _, _ in SAMPLES]

WIDE = ["utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"]
_BOM = {
    "utf-8": b"\xef\xbb\xbf",
    "utf-16-le": b"\xff\xfe",
    "utf-16-be": b"\xfe\xff",
    "utf-32-le": b"\xff\xfe\x00\x00",
    "utf-32-be": b"\x00\x00\xfe\xff",
}


def page_html(sample: str, *, lang: str = "en", head: str = "") -> str:
    paragraphs = "".join(f"<p>{sample} ({n})</p>\n" for n in range(1, 7))
    return (
        f'<html lang="{lang}"><head>{head}<title>{sample[:20]}</title></head>'
        f"<body><article><h1>{sample[:30]}</h1>{paragraphs}</article></body></html>"
    )


def decoded_text(data: bytes, encoding: str | None = None) -> str:
    return normalize_space(Page(data, encoding=encoding).root.text_content())


def _declare(mode: str, label: str) -> tuple[str, str | None]:
    """(html head snippet, encoding argument) for a labelling mode."""
    return {
        "meta-charset": (f'<meta charset="{label}">', None),
        "http-equiv": (
            f'<meta http-equiv="Content-Type" content="text/html; charset={label}">',
            None,
        ),
        "arg-label": ("", label),
        "arg-content-type": ("", f"text/html; charset={label.upper()}"),
        "arg-quoted-content-type": ("", f'text/html;charset="{label}"'),
    }[mode]


@pytest.mark.parametrize(
    "mode",
    ["meta-charset", "http-equiv", "arg-label", "arg-content-type", "arg-quoted-content-type"],
)
@pytest.mark.parametrize(("codec", "label", "lang", "sample"), SAMPLES, ids=SAMPLE_IDS)
def test_labelled_page_decodes_exactly(
    mode: str, codec: str, label: str, lang: str, sample: str
) -> None:
    head, arg = _declare(mode, label)
    data = page_html(sample, lang=lang, head=head).encode(codec)
    assert f"{sample} (3)" in decoded_text(data, arg)


@pytest.mark.parametrize(("codec", "label", "lang", "sample"), SAMPLES, ids=SAMPLE_IDS)
def test_xml_declaration_label(codec: str, label: str, lang: str, sample: str) -> None:
    html = f'<?xml version="1.0" encoding="{label}"?>\n' + page_html(sample, lang=lang)
    assert f"{sample} (1)" in decoded_text(html.encode(codec))


@pytest.mark.parametrize("codec", WIDE)
@pytest.mark.parametrize("with_bom", [True, False], ids=["bom", "no-bom"])
def test_unicode_encodings_with_and_without_bom(codec: str, with_bom: bool) -> None:
    sample = "Zürich, Київ, 東京 and 🚀 — all in one story."
    data = page_html(sample).encode(codec)
    if with_bom:
        data = _BOM[codec] + data
    assert f"{sample} (2)" in decoded_text(data)


def test_bom_beats_a_contradicting_label() -> None:
    data = _BOM["utf-8"] + page_html("naïve", head='<meta charset="koi8-r">').encode("utf-8")
    assert "naïve (1)" in decoded_text(data, "text/html; charset=windows-1251")


def test_utf16_label_on_ascii_compatible_bytes_is_ignored() -> None:
    data = page_html("café", head='<meta charset="utf-16">').encode("utf-8")
    assert "café (1)" in decoded_text(data)


# Unlabelled legacy pages: only <html lang> hints at the encoding.
UNLABELLED = [
    ("koi8-r", "ru", "Съешь же ещё этих мягких французских булок, да выпей чаю."),
    ("cp1251", "ru", "Съешь же ещё этих мягких французских булок, да выпей чаю."),
    ("cp1251", "bg", "Правителството обяви нови мерки за подкрепа."),
    ("shift_jis", "ja", "東京で記者会見が開かれ、首相は新たな経済対策を発表した。"),
    ("euc_jp", "ja", "東京で記者会見が開かれ、首相は新たな経済対策を発表した。"),
    ("gb18030", "zh-CN", "北京时间周三，政府宣布了新的经济刺激计划。"),
    ("big5", "zh-Hant", "北京時間週三，政府宣佈了新的經濟刺激計劃。"),
    ("cp1250", "pl", "Zażółć gęślą jaźń — powiedział rzecznik."),
    ("iso8859-2", "pl", "Zażółć gęślą jaźń, powiedział rzecznik."),
    ("cp1250", "cs", "Příliš žluťoučký kůň úpěl ďábelské ódy."),
    ("iso8859-2", "cs", "Příliš žluťoučký kůň úpěl ďábelské ódy."),
    ("cp1253", "el", "Η κυβέρνηση ανακοίνωσε νέα μέτρα στήριξης."),
    ("cp1252", "fr", "Café crème, naïve façade — « déjà vu »."),
    ("cp1252", "", "Café crème, naïve façade — « déjà vu »."),
]


UNLABELLED_IDS = [f"{codec}-{lang or 'nolang'}" for codec, lang, _ in UNLABELLED]


@pytest.mark.parametrize(("codec", "lang", "sample"), UNLABELLED, ids=UNLABELLED_IDS)
def test_unlabelled_legacy_page_guessed_from_lang(codec: str, lang: str, sample: str) -> None:
    data = page_html(sample, lang=lang).encode(codec)
    assert f"{sample} (4)" in decoded_text(data)


# Mislabelled pages: the label lies, the bytes tell the truth.
MISLABELLED = [
    ("utf-8", '<meta charset="iso-8859-1">', None),
    ("utf-8", '<meta charset="windows-1252">', None),
    ("utf-8", "", "text/html; charset=ISO-8859-1"),  # the HTTP default many servers send
    ("utf-8", '<meta charset="koi8-r">', None),
    ("utf-8", '<meta charset="shift_jis">', None),
    ("cp1252", '<meta charset="utf-8">', None),
    ("cp1252", "", "text/html; charset=utf-8"),
]


@pytest.mark.parametrize(
    ("codec", "head", "arg"), MISLABELLED, ids=[f"{c}-labelled-{h or a}" for c, h, a in MISLABELLED]
)
def test_mislabelled_page_is_recovered(codec: str, head: str, arg: str | None) -> None:
    sample = "Café crème — “déjà vu” for 5 €, said Zoë."
    if codec == "utf-8" and "koi8" in head + (arg or ""):
        sample = "Съешь же ещё — “déjà vu”."
    if codec == "utf-8" and "shift_jis" in head:
        sample = "東京で記者会見 — “déjà vu”."
    data = page_html(sample, head=head).encode(codec)
    text = decoded_text(data, arg)
    assert f"{sample} (5)" in text
    assert "\ufffd" not in text


def test_utf8_page_with_stray_windows_1252_bytes() -> None:
    """Pasted-from-Word quotes in an otherwise UTF-8 page decode as quotes, not U+FFFD."""
    good = page_html("Zoë’s café — naïve", head='<meta charset="utf-8">').encode("utf-8")
    data = good.replace(b"(3)", b"\x93quoted\x94 (3)")
    text = decoded_text(data)
    assert "Zoë’s café — naïve “quoted” (3)" in text
    assert "\ufffd" not in text


def _browser_1252(data: bytes) -> str:
    """windows-1252 as browsers decode it: the five undefined bytes become C1 controls."""
    return "".join(bytes([byte]).decode("cp1252", errors="ignore") or chr(byte) for byte in data)


@pytest.mark.parametrize("wrong", ["latin-1", "browser-1252"])
def test_mojibake_str_from_a_latin1_decode_is_repaired(wrong: str) -> None:
    """``requests`` decodes text/html without a charset as ISO-8859-1: undo that."""
    original = page_html("Zoë’s café — naïve “quotes”", head='<meta charset="utf-8">')
    raw = original.encode("utf-8")
    mangled = raw.decode("latin-1") if wrong == "latin-1" else _browser_1252(raw)
    assert "Ã«" in mangled
    text = normalize_space(Page(mangled).root.text_content())
    assert "Zoë’s café — naïve “quotes” (1)" in text


def test_genuine_latin1_text_is_not_repaired() -> None:
    text = "<p>Ã la carte, Â¡hola! and café</p>"
    assert repair_text(text) == text


@pytest.mark.parametrize(
    "label",
    [
        "utf-7",
        "rot13",
        "zlib",
        "undefined",
        "unicode_escape",
        "base64",
        "x" * 300,
        "",
        "'",
        "cp037",
        "idna",
    ],
)
def test_hostile_or_useless_labels_are_ignored(label: str) -> None:
    sample = "Café +AGEAbABlAHIAdAAo-1+ACk-"
    data = page_html(sample, head=f'<meta charset="{label}">').encode("utf-8")
    assert f"{sample} (1)" in decoded_text(data)
    assert f"{sample} (2)" in decoded_text(data, f"text/html; charset={label}")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("text/html; charset=koi8-r", "koi8-r"),
        ('text/html;charset="Shift_JIS"', "cp932"),
        ("TEXT/HTML; Charset = GBK", "gb18030"),
        ("application/xhtml+xml; charset=utf-8; boundary=x", "utf-8"),
        ("text/html", None),
        ("latin1", "cp1252"),
        ("US-ASCII", "cp1252"),
        ("ISO-8859-9", "cp1254"),
        ("x-sjis", "cp932"),
        ("EUC-KR", "cp949"),
        ("big5", "big5hkscs"),
        ("x-mac-cyrillic", "mac-cyrillic"),
        ("utf-7", None),
        (None, None),
    ],
)
def test_normalise_encoding_name(value: str | None, expected: str | None) -> None:
    assert normalise_encoding_name(value) == expected


def test_charset_outside_meta_tags_is_not_a_declaration() -> None:
    data = b"<html><head><script>var x = 'charset=koi8-r';</script></head><body>caf\xc3\xa9</body>"
    assert declared_encoding(data) is None
    assert decode_html(data)[1] == "utf-8"


def test_decode_never_raises_on_arbitrary_bytes() -> None:
    blob = bytes(range(256)) * 8
    for label in (None, "utf-8", "shift_jis", "gb18030", "utf-16", "koi8-r"):
        text, used = decode_html(blob, label)
        assert isinstance(text, str)
        assert used


# End to end: stories in legacy encodings come out as clean paragraphs, however labelled.
STORIES = [
    ("koi8-r", "ru", "Съешь же ещё этих мягких французских булок, да выпей чаю, сказал он."),
    ("cp1251", "ru", "Правительство объявило о новых мерах поддержки малого бизнеса в регионах."),
    (
        "shift_jis",
        "ja",
        "東京で記者会見が開かれ、首相は新たな経済対策を発表した。市場は好意的に反応した。",
    ),
    ("gb18030", "zh", "北京时间周三，政府宣布了新的经济刺激计划，市场对此反应积极，股市小幅上涨。"),
    ("big5", "zh-TW", "北京時間週三，政府宣佈了新的經濟刺激計劃，市場對此反應積極，股市小幅上漲。"),
    (
        "iso8859-2",
        "pl",
        "Zażółć gęślą jaźń - powiedział rzecznik rządu podczas konferencji w Łodzi.",
    ),
    ("cp1253", "el", "Η κυβέρνηση ανακοίνωσε νέα μέτρα στήριξης για τις μικρές επιχειρήσεις."),
    ("euc_kr", "ko", "서울에서 기자회견이 열렸고 정부는 새로운 경제 대책을 발표했다."),
]
# Characters that only appear when UTF-8 or a CJK encoding was decoded as a Western one.
_MOJIBAKE_CHARS = set("ÐÑÃâÂ\ufffd")


@pytest.mark.parametrize("how", ["content-type", "meta", "lang-only"])
@pytest.mark.parametrize(("codec", "lang", "sample"), STORIES, ids=[s[0] for s in STORIES])
def test_parse_keeps_legacy_paragraphs_without_mojibake(
    codec: str, lang: str, sample: str, how: str
) -> None:
    head = f'<meta charset="{codec}">' if how == "meta" else ""
    data = page_html(sample, lang=lang, head=head).encode(codec)
    encoding = f"text/html; charset={codec}" if how == "content-type" else None
    article = copydesk.parse(data, encoding=encoding, now=NOW)
    assert article.paragraphs
    assert any(sample in p for p in article.paragraphs)
    for paragraph in article.paragraphs:
        assert not set(paragraph) & _MOJIBAKE_CHARS, paragraph
    if article.title:
        assert not set(article.title) & _MOJIBAKE_CHARS


def test_page_full_of_replacement_characters_is_still_a_page() -> None:
    """A GBK page a crawler decoded as UTF-8 with errors="replace" is damaged, not binary."""
    sample = "北京时间周三，政府宣布了新的经济刺激计划。" * 40
    mangled = page_html(sample, lang="zh").encode("gbk").decode("utf-8", errors="replace")
    assert mangled.count("\ufffd") > 500
    page = Page(mangled)
    assert page.root.find(".//article") is not None
