"""Chrome lines: an empty comment counter with its note, and a long newsletter appeal."""

from __future__ import annotations

import pytest

from copydesk.heuristics.chromewords import is_junk_line


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)", True),
        ("No comments (comments are moderated)", True),
        ("3 Kommentare", True),
        ("No comments were made by the minister (he left early) at the press conference.", False),
        (
            "Lust auf mehr? Lass dir die besten Storys unserer Redaktion jede Woche in "
            "deinen Posteingang "
            "liefern. Melde dich hier für unseren Newsletter an!",
            True,
        ),
        ("Sie meldete sich für den Newsletter an, sagte sie, und las ihn nie.", False),
    ],
    ids=["keine-kommentare-note", "no-comments-note", "count", "sentence", "long-appeal",
         "sentence-newsletter"],
)  # fmt: skip
def test_junk_line(text: str, expected: bool) -> None:
    assert is_junk_line(text) is expected
