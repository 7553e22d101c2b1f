"""The language of a page that does not declare one, told from its own text.

About one page in six declares no language at all (no ``<html lang>``, no
``content-language``, no JSON-LD ``inLanguage``). Their text still says it: the writing
system alone settles Japanese, Korean, Chinese, Russian or Greek, and in Latin script the
share of a language's commonest function words ("the", "der", "les", "che" ...) is a strong
signal from a few dozen words on (the classic stop-word method; no model, no dependency).
The answer is only a primary subtag ("de"), and none when the text is short or ambiguous:
a wrong language is worse than none, because date parsing reads it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator

from lxml.html import HtmlElement

from copydesk.rules import Context, Found, Rule

__all__ = [
    "LANGUAGE_TEXT_RULES",
    "contradicted_declaration",
    "detect_language",
    "overruling_language",
    "text_language",
]

#: Characters of paragraph text sampled from the page; enough for a clear signal, cheap.
SAMPLE_CHARS = 6000
#: Fewer letters than this and the script count is noise (a caption, a cookie banner).
MIN_LETTERS = 60
#: Paragraphs shorter than this are labels and buttons, not prose.
MIN_PARAGRAPH_CHARS = 40
#: Less paragraph text than this and the whole body's text is read instead.
MIN_PROSE_CHARS = 200
#: A non-Latin script owning at least this share of the letters names the language.
SCRIPT_SHARE = 0.4
#: Latin text needs this many words before stop-word shares mean anything ...
MIN_WORDS = 25
#: ... the winner's stop words must be at least this share of all words (real prose: 25-45%)
MIN_STOPWORD_SHARE = 0.12
#: ... and it must beat the runner-up by this factor (Danish/Norwegian, Spanish/Portuguese).
MIN_MARGIN = 1.3

# The commonest function words of each Latin-script language, chosen so that each list has
# words the others lack; shared spellings ("de", "en", "a") are fine, the distinct ones decide.
_STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the of and to in is that for it was on with as are be by this from at have has"
        " not but which were their they been would",
        "de": "der die und das ist nicht den mit sich des auf ein eine dem zu von für auch im"
        " werden wurde sind bei sie er es nach aus",
        "fr": "le la les des et est une du dans pour qui que sur pas au avec sont ce cette il"
        " ne plus aux été leur",
        "es": "el la los las de que y en del se por con una para es al lo como más pero sus"
        " fue han este esta",
        "it": "il di che la le della per una non sono del con è gli nel alla anche come dei"
        " più ha delle questo",
        "pt": "o a os as de que do da em um uma para com não no na dos é se ao mais foi"
        " pelo pela das também",
        "nl": "de het een en van is dat in op te voor met zijn niet die er ook aan wordt"
        " door bij werd",
        "sv": "och att det som en på är av för med den till inte har ett om var jag"
        " också efter skulle",
        "da": "og at det som en på er af for med den til ikke har et om var jeg også efter"
        " skal blev",
        "nb": "og at det som en på er av for med den til ikke har et om var jeg også etter"
        " skal ble",
        "fi": "ja on ei se että oli kun mutta myös hän ovat tai joka sen ole vain kuin",
        "pl": "i w na się z nie do że to jest o jak po przez oraz dla są jego od już",
        "cs": "a v se na je že to s z do o jako pro by jsou ale byl jeho od po také",
        "hu": "a az és hogy nem is egy van meg de ez csak már el volt mint után",
        "tr": "ve bir bu da de için ile olarak daha çok gibi en ama olan kadar değil",
        "id": "yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke adalah",
        "ro": "și în de la că cu nu o pe a din pentru este un mai care se sau",
    }.items()
}

_WORD_RE = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> str | None:
    """The primary language subtag of ``text``, or None when the text does not say clearly.

    >>> detect_language("Der Bundestag hat am Donnerstag mit großer Mehrheit ein Gesetz "
    ...     "beschlossen, das die Rente für die Jahre nach 2030 sichern soll. Die Opposition "
    ...     "kritisierte, dass die Kosten nicht gedeckt sind und auf die Jüngeren fallen.")
    'de'
    >>> detect_language("東京都は２日、新たに感染者を確認したと発表した。"
    ...     "都内の累計は一万人を超えた。都は外出の自粛を改めて呼びかけている。"
    ...     "専門家は今後の推移を注視している。")
    'ja'
    >>> detect_language("OK") is None
    True
    """
    sample = text[:SAMPLE_CHARS]
    script = _script_language(sample)
    if script is not None:
        return script or None
    words = [w.casefold() for w in _WORD_RE.findall(sample)]
    if len(words) < MIN_WORDS:
        return None
    scores = sorted(((n, lang) for lang, n in _stopword_scores(words).items()), reverse=True)
    (best, lang), (second, _) = scores[0], scores[1]
    if best < MIN_STOPWORD_SHARE * len(words) or best < MIN_MARGIN * second:
        return None
    return lang


def _stopword_scores(words: list[str]) -> dict[str, int]:
    """How many of ``words`` are each language's stop words (in :data:`_STOPWORDS` order).

    Counted per distinct word: a few hundred look-ups per language list instead of one per
    word of the sample for each of them.
    """
    counts = Counter(words)
    return {lang: sum(counts.get(w, 0) for w in stop) for lang, stop in _STOPWORDS.items()}


def _script_language(text: str) -> str | None:
    """The language a non-Latin writing system names; "" for a non-Latin script this
    module cannot narrow down; None for Latin text (decided by stop words)."""
    counts = _script_counts(text)
    letters = sum(counts.values())
    if letters < MIN_LETTERS:
        return ""
    script, n = max(counts.items(), key=lambda kv: kv[1])
    if script == "latin" or n < SCRIPT_SHARE * letters:
        if counts["kana"] + counts["han"] >= SCRIPT_SHARE * letters:
            script = "han"  # CJK text with a few Latin brand names
        else:
            return None if script == "latin" else ""
    if script in ("han", "kana"):
        # Japanese mixes kana into every sentence; Chinese has none.
        return "ja" if counts["kana"] >= 0.05 * letters else "zh"
    if script == "cyrillic":
        return _cyrillic_language(text)
    if script == "arabic":
        return _arabic_language(text)
    return _SCRIPTS.get(script, "")


# The letters (``str.isalpha``) below U+0250, all of them "latin" to :func:`_script`: counted
# by one regex scan in C instead of a Python loop over every character of the sample.
_LATIN_LETTER_RE = re.compile(
    "[" + "".join(re.escape(chr(c)) for c in range(0x250) if chr(c).isalpha()) + "]"
)
# Everything from U+0250 up: the few characters the Python loop still looks at one by one.
_NON_LATIN_RE = re.compile("[^\x00-\u024f]")


def _script_counts(text: str) -> Counter[str]:
    """Letters of ``text`` per script, keys in order of each script's first letter (as a
    character-by-character count would insert them: ``max`` breaks ties by that order)."""
    counts: Counter[str] = Counter()
    first_latin = _LATIN_LETTER_RE.search(text)
    latin_at = first_latin.start() if first_latin else len(text)
    latin = len(_LATIN_LETTER_RE.findall(text)) if first_latin else 0
    for m in _NON_LATIN_RE.finditer(text):
        ch = m.group()
        if not ch.isalpha():
            continue
        if m.start() > latin_at:
            counts["latin"] += latin
            latin, latin_at = 0, len(text)
        counts[_script(ch)] += 1
    if latin:
        counts["latin"] += latin
    return counts


# Unicode character-name prefixes of the scripts that name one language each.
_SCRIPTS: dict[str, str] = {
    "hangul": "ko",
    "greek": "el",
    "hebrew": "he",
    "thai": "th",
    "devanagari": "hi",
    "bengali": "bn",
    "armenian": "hy",
    "georgian": "ka",
    "tamil": "ta",
}
_NAME_PREFIXES: tuple[tuple[str, str], ...] = (
    ("LATIN", "latin"),
    ("CJK", "han"),
    ("HIRAGANA", "kana"),
    ("KATAKANA", "kana"),
    ("HANGUL", "hangul"),
    ("CYRILLIC", "cyrillic"),
    ("ARABIC", "arabic"),
    ("GREEK", "greek"),
    ("HEBREW", "hebrew"),
    ("THAI", "thai"),
    ("DEVANAGARI", "devanagari"),
    ("BENGALI", "bengali"),
    ("ARMENIAN", "armenian"),
    ("GEORGIAN", "georgian"),
    ("TAMIL", "tamil"),
)


def _script(ch: str) -> str:
    if ch < "\u0250":  # Basic Latin to Latin Extended-B: the common case, no name lookup
        return "latin"
    name = unicodedata.name(ch, "")
    for prefix, script in _NAME_PREFIXES:
        if name.startswith(prefix):
            return script
    return "other"


# Letters Ukrainian has and Russian lacks; Persian letters Arabic lacks.
_UKRAINIAN = frozenset("іїєґІЇЄҐ")
_PERSIAN = frozenset("پچژگ")


def _cyrillic_language(text: str) -> str:
    return "uk" if _share(text, _UKRAINIAN) > 0.005 else "ru"


def _arabic_language(text: str) -> str:
    return "fa" if _share(text, _PERSIAN) > 0.005 else "ar"


def _share(text: str, chars: frozenset[str]) -> float:
    letters = sum(1 for ch in text if ch.isalpha())
    return sum(1 for ch in text if ch in chars) / letters if letters else 0.0


# ------------------------------------------------------------------ the rule

_SKIP = frozenset(("script", "style", "noscript", "template", "nav", "footer", "header"))


def _paragraph_text(elements: Iterable[HtmlElement]) -> str:
    """Text of the paragraphs long enough to be prose, up to :data:`SAMPLE_CHARS`."""
    parts: list[str] = []
    size = 0
    for el in elements:
        text = " ".join(el.itertext())
        if len(text) < MIN_PARAGRAPH_CHARS:
            continue
        parts.append(text)
        size += len(text)
        if size >= SAMPLE_CHARS:
            break
    return " ".join(parts)


#: Words of prose needed before the text may overrule a declared language: a template's
#: ``lang="en"`` on a German story is common (LinkedIn posts, forum and blog themes), but a
#: short page or a bilingual one must not flip a declaration.
MIN_OVERRULE_WORDS = 300
#: The text's language must lead the runner-up by this factor ...
OVERRULE_MARGIN = 3.0
#: ... and the declared language's own function words must be this rare, relative to the
#: winner's: a page mixing both (a translation beside the original) keeps its declaration.
MAX_DECLARED_SHARE = 0.2


def overruling_language(text: str, declared: str) -> str | None:
    """The Latin-script language ``text`` is clearly written in when it is not ``declared``
    (a primary subtag the stop-word lists know); None when the declaration may stand.

    >>> de = "Die Stadt hat sich nicht für den Bau entschieden, weil das Geld noch fehlt. "
    >>> overruling_language(de * 30, "en")
    'de'
    >>> overruling_language(de * 30, "de") is None
    True
    >>> overruling_language(de * 2, "en") is None
    True
    """
    if declared not in _STOPWORDS:
        return None
    words = [w.casefold() for w in _WORD_RE.findall(text[:SAMPLE_CHARS])]
    if len(words) < MIN_OVERRULE_WORDS or _script_language(text[:SAMPLE_CHARS]) is not None:
        return None
    scores = _stopword_scores(words)
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (lang, best), (_, second) = ranked[0], ranked[1]
    if lang == declared or best < MIN_STOPWORD_SHARE * len(words):
        return None
    if best < OVERRULE_MARGIN * second or scores[declared] > MAX_DECLARED_SHARE * best:
        return None
    return lang


def contradicted_declaration(ctx: Context) -> Found[str] | None:
    """The story's language when the page's declared one (``<html lang>``, meta, JSON-LD)
    is the template's and the prose plainly says otherwise. Runs before the declared rules."""
    from copydesk.heuristics.metadata import DECLARED_LANGUAGE_RULES  # metadata imports us

    declared = next((got for rule in DECLARED_LANGUAGE_RULES if (got := rule(ctx))), None)
    if declared is None:
        return None
    text = _prose_text(ctx)
    lang = overruling_language(text, declared.value.split("-")[0]) if text else None
    if lang is None:
        return None
    return Found(value=lang, rule="heuristic:text-language-over-declared", source="heuristic")


def _prose_text(ctx: Context) -> str:
    body = ctx.page.root.find("body")
    if body is None:
        return ""
    # Walked lazily, and a second time only when the first pass comes up short: both passes
    # stop at SAMPLE_CHARS, so a long page is never walked (or listed) in full.
    text = _paragraph_text(el for el in _prose_elements(body) if el.tag == "p")
    if len(text) < MIN_PROSE_CHARS:  # no <p> prose: pages built of <div>s and <br>s
        text = _loose_text(_prose_elements(body))
    return unicodedata.normalize("NFC", text)


def text_language(ctx: Context) -> Found[str] | None:
    """The language of the page's paragraphs (``<p>``, else all text of ``<body>``), for
    pages that declare none. Runs after every declared-language rule. Navigation, headers,
    footers and scripts do not vote: they are often in the site's default language."""
    if ctx.page.root.find("body") is None:
        return None
    lang = detect_language(_prose_text(ctx))
    if lang is None:
        return None
    return Found(value=lang, rule="heuristic:text-language", source="heuristic")


def _loose_text(elements: Iterable[HtmlElement]) -> str:
    """Every text node of ``elements``, up to :data:`SAMPLE_CHARS` (enormous pages stay cheap)."""
    parts: list[str] = []
    size = 0
    for el in elements:
        for t in (el.text, el.tail):
            if t and not t.isspace():
                parts.append(t)
                size += len(t)
        if size >= SAMPLE_CHARS:
            break
    return " ".join(parts)


def _prose_elements(root: HtmlElement) -> Iterator[HtmlElement]:
    """``root`` and its descendants in document order, minus the subtrees in :data:`_SKIP`."""
    stack = [root]
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str) or el.tag in _SKIP:
            continue
        yield el
        stack.extend(reversed(el))


LANGUAGE_TEXT_RULES: tuple[Rule, ...] = (text_language,)
