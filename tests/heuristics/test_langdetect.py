"""Language from the page's text when the page declares none (heuristics/langdetect.py)."""

from __future__ import annotations

import pytest

import copydesk
from copydesk.heuristics.langdetect import detect_language

# Short news-like paragraphs written for these tests, one per language.
SAMPLES = {
    "en": "The city council voted on Tuesday to expand the bus network, a plan that has been "
    "debated for years. Officials said the first new routes would open in the spring and that "
    "the cost was covered by a state grant which they had won last year.",
    "de": "Der Stadtrat hat am Dienstag beschlossen, das Busnetz auszubauen. Über den Plan wird "
    "seit Jahren gestritten. Die ersten neuen Linien sollen im Frühjahr fahren, die Kosten werden "
    "nach Angaben der Stadt von einem Zuschuss des Landes gedeckt, der im Vorjahr bewilligt wurde.",
    "fr": "Le conseil municipal a voté mardi l'extension du réseau de bus, un projet qui est "
    "débattu depuis des années. Les responsables ont indiqué que les premières lignes seront "
    "ouvertes au printemps et que le coût est couvert par une subvention de la région.",
    "es": "El consejo municipal aprobó el martes la ampliación de la red de autobuses, un plan "
    "que se debate desde hace años. Los responsables dijeron que las primeras líneas abrirán en "
    "primavera y que el coste lo cubre una subvención del gobierno regional.",
    "it": "Il consiglio comunale ha approvato martedì l'ampliamento della rete degli autobus, un "
    "piano di cui si discute da anni. I responsabili hanno detto che le prime linee saranno "
    "aperte in primavera e che il costo è coperto da un contributo della regione.",
    "pt": "A câmara municipal aprovou na terça-feira a ampliação da rede de ônibus, um plano que "
    "é debatido há anos. Os responsáveis disseram que as primeiras linhas serão abertas na "
    "primavera e que o custo é coberto por uma verba do governo do estado.",
    "nl": "De gemeenteraad heeft dinsdag besloten het busnet uit te breiden, een plan waarover al "
    "jaren wordt gediscussieerd. Volgens de gemeente gaan de eerste nieuwe lijnen in het voorjaar "
    "rijden en worden de kosten gedekt door een subsidie van de provincie.",
    "pl": "Rada miasta zagłosowała we wtorek za rozbudową sieci autobusowej, o której "
    "dyskutuje się od lat. Urzędnicy powiedzieli, że pierwsze nowe linie zostaną otwarte "
    "wiosną, a koszt jest "
    "pokryty z dotacji, którą miasto otrzymało już w zeszłym roku od województwa i nie tylko.",
    "ru": "Городской совет во вторник проголосовал за расширение автобусной сети. Этот план "
    "обсуждался несколько лет. По словам чиновников, первые новые маршруты откроются весной.",
    "uk": "Міська рада у вівторок проголосувала за розширення автобусної мережі. Цей план "
    "обговорювали кілька років. За словами посадовців, перші нові маршрути відкриються навесні.",
    "ja": "市議会は火曜日、バス路線網の拡大を可決した。計画は数年前から議論されてきた。"
    "市の担当者によると、最初の新路線は春に開業し、費用は県の補助金でまかなわれるという。",
    "zh": "市议会周二投票通过了扩大公交网络的计划，该计划已经讨论了多年。官员表示，"
    "第一批新线路将于春季开通，费用由省政府去年批准的一笔补助金支付。",
    "ko": "시의회는 화요일 버스 노선망 확대안을 통과시켰다. 이 계획은 수년간 논의되어 왔다. "
    "시 관계자는 첫 신규 노선이 봄에 개통되며 비용은 도 보조금으로 충당된다고 말했다.",
    "el": "Το δημοτικό συμβούλιο ψήφισε την Τρίτη την επέκταση του δικτύου λεωφορείων, ένα σχέδιο "
    "που συζητείται εδώ και χρόνια. Οι πρώτες νέες γραμμές θα λειτουργήσουν την άνοιξη.",
    "ar": "صوت مجلس المدينة يوم الثلاثاء على توسيع شبكة الحافلات، وهي خطة نوقشت لسنوات. وقال "
    "المسؤولون إن الخطوط الجديدة الأولى ستفتتح في الربيع وإن التكلفة تغطيها منحة حكومية.",
}


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_detects_the_language_of_a_paragraph(lang: str) -> None:
    assert detect_language(SAMPLES[lang]) == lang


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("Home News Sport Weather", id="menu-words"),
        pytest.param("Breaking: Obama in Berlin", id="too-short"),
        pytest.param("1 2 3 4 5 6 7 8 9 10 " * 20, id="numbers-only"),
        pytest.param(
            "Apple iPhone Samsung Galaxy Google Pixel Sony Xperia " * 5, id="no-stopwords"
        ),
    ],
)
def test_no_answer_without_a_clear_signal(text: str) -> None:
    assert detect_language(text) is None


def test_close_languages_are_told_apart_by_their_own_words() -> None:
    # Spanish and Portuguese share most function words; the distinct ones decide.
    assert detect_language(SAMPLES["es"] * 3) == "es"
    assert detect_language(SAMPLES["pt"] * 3) == "pt"


def test_page_built_of_divs_and_breaks_is_read_too() -> None:
    body = "<div>" + SAMPLES["nl"].replace(". ", ".<br><br>") + "</div>"
    art = copydesk.parse(_page(body), profiles=())
    assert art.language == "nl"


def _page(body: str, html_attrs: str = "") -> str:
    return f"<html{html_attrs}><head><title>t</title></head><body>{body}</body></html>"


def test_rule_fills_language_for_undeclared_pages() -> None:
    art = copydesk.parse(_page(f"<article><p>{SAMPLES['de']}</p></article>"), profiles=())
    assert art.language == "de"
    assert art.provenance["language"].rule == "heuristic:text-language"


def test_declared_language_wins_over_the_text() -> None:
    html = _page(f"<article><p>{SAMPLES['de']}</p></article>", ' lang="en-GB"')
    art = copydesk.parse(html, profiles=())
    assert art.language == "en-gb"
    assert art.provenance["language"].rule == "heuristic:html-lang"


def test_navigation_and_scripts_do_not_vote() -> None:
    nav = "<nav>" + "".join(f"<p>{SAMPLES['en']}</p>" for _ in range(3)) + "</nav>"
    script = f"<script>var s = '{SAMPLES['en']}';</script>"
    body = nav + script + f"<main><p>{SAMPLES['fr']}</p><p>{SAMPLES['fr']}</p></main>"
    assert copydesk.parse(_page(body), profiles=()).language == "fr"


def test_page_without_prose_has_no_language() -> None:
    art = copydesk.parse(_page("<div>Login</div><div>Menu</div>"), profiles=())
    assert art.language is None
    assert "language" not in art.provenance


def _story(lang: str, times: int) -> str:
    return "<article>" + f"<p>{SAMPLES[lang]}</p>" * times + "</article>"


@pytest.mark.parametrize(
    ("body", "attrs", "expected", "rule"),
    [
        # A template's lang="en" over a long German story: the prose wins.
        (_story("de", 12), ' lang="en"', "de", "heuristic:text-language-over-declared"),
        # Negative cases: a short story keeps its declaration; a story beside its
        # translation keeps it; the declaration agreeing with the text is kept as written.
        (_story("de", 1), ' lang="en"', "en", "heuristic:html-lang"),
        (_story("de", 6) + _story("en", 6), ' lang="en"', "en", "heuristic:html-lang"),
        (_story("de", 12), ' lang="de-CH"', "de-ch", "heuristic:html-lang"),
    ],
    ids=["template-lang", "short", "bilingual", "agrees"],
)
def test_long_prose_overrules_a_template_language(
    body: str, attrs: str, expected: str, rule: str
) -> None:
    art = copydesk.parse(_page(body, attrs), profiles=())
    assert art.language == expected
    assert art.provenance["language"].rule == rule
