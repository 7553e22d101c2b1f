"""Byline labels and "… ago" tails in more languages, on strings written for these tests."""

from __future__ import annotations

import pytest

from copydesk.heuristics.bylinetext import parse_byline


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Piše: P. Marić prije 26 minuta", ("P. Marić",)),
        ("Napisala: Ana Horvat", ("Ana Horvat",)),
        ("Yazan: Ayşe Demir", ("Ayşe Demir",)),
        ("كتب أحمد علي", ("أحمد علي",)),
        ("بقلم أحمد علي", ("أحمد علي",)),
        ("Von Anna Schmidt vor 3 Minuten", ("Anna Schmidt",)),
        ("Por Juan Pérez hace 2 horas", ("Juan Pérez",)),
        ("Par Jean Dupont il y a 5 min", ("Jean Dupont",)),
        ("Di Mario Rossi 3 minuti fa", ("Mario Rossi",)),
        ("Von Eva Roth publiziert am 3. Mai 2021", ("Eva Roth",)),
        ("Di Mario Rossi pubblicato il 3 maggio 2021", ("Mario Rossi",)),
        ("By Ann Lee, Bo Park 2021-05-03T10:00:00Z News", ("Ann Lee", "Bo Park")),
        ("by 山田太郎 ／ 2021.05.03", ("山田太郎",)),
        ("山田太郎 ｜ 佐藤花子", ("山田太郎", "佐藤花子")),
        # Negative: a katakana middle dot joins one foreign name, it is no separator.
        ("ジョン・スミス", ("ジョン・スミス",)),
        ("文：山田太郎", ("山田太郎",)),
    ],
    ids=[
        "bs-pise",
        "hr-napisala",
        "tr-yazan",
        "ar-kataba",
        "ar-biqalam",
        "de-vor",
        "es-hace",
        "fr-il-y-a",
        "it-fa",
        "de-publiziert",
        "it-pubblicato",
        "iso-timestamp-tail",
        "ja-fullwidth-slash",
        "ja-fullwidth-bar",
        "ja-middle-dot-kept",
        "ja-fullwidth-colon-label",
    ],
)
def test_labels_and_tails(text: str, people: tuple[str, ...]) -> None:
    got = parse_byline(text)
    assert got is not None
    assert got.names == people


@pytest.mark.parametrize(
    "text",
    ["Vor 3 Minuten", "Piše: prije 26 minuta"],
    ids=["only-time", "label-and-time"],
)
def test_nothing_but_label_and_time(text: str) -> None:
    got = parse_byline(text)
    assert got is None or not got.people
