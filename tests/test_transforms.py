"""Every named profile transform, table-driven, plus the errors a profile author can make."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from copydesk.cleaning import normalize_space
from copydesk.transforms import TRANSFORMS, apply_transforms, compile_transform, compile_transforms

CASES: list[tuple[str, tuple[str, ...], list[str], list[str]]] = [
    # id, transform specs, input strings, expected output
    ("strip_by-english", ("strip_by",), ["By Jane Roe"], ["Jane Roe"]),
    ("strip_by-colon-upper", ("strip_by",), ["BY: Jane Roe"], ["Jane Roe"]),
    ("strip_by-german", ("strip_by",), ["Von Anna Schmidt"], ["Anna Schmidt"]),
    ("strip_by-leaves-names-starting-with-by", ("strip_by",), ["Byron Hale"], ["Byron Hale"]),
    ("strip_by-only-at-start", ("strip_by",), ["Jane Roe, by the sea"], ["Jane Roe, by the sea"]),
    (
        "split_authors-and-comma",
        ("split_authors",),
        ["A Roe, B Doe and C Poe"],
        ["A Roe", "B Doe", "C Poe"],
    ),
    (
        "split_authors-ampersand-semicolon",
        ("split_authors",),
        ["A Roe & B Doe; C Poe"],
        ["A Roe", "B Doe", "C Poe"],
    ),
    (
        "split_authors-german-und",
        ("split_authors",),
        ["Anna Schmidt und Jan Weber"],
        ["Anna Schmidt", "Jan Weber"],
    ),
    ("split_authors-keeps-andrea", ("split_authors",), ["Andrea Anderson"], ["Andrea Anderson"]),
    ("first", ("first",), ["a", "b", "c"], ["a"]),
    ("first-of-nothing", ("first",), [], []),
    ("last", ("last",), ["a", "b", "c"], ["c"]),
    ("dedupe-keeps-order", ("dedupe",), ["b", "a", "b", "a"], ["b", "a"]),
    ("join-default-space", ("join",), ["World", "Europe"], ["World Europe"]),
    ("join-separator", ("join: / ",), ["World", "Europe"], ["World / Europe"]),
    ("join-nothing", ("join:, ",), [], []),
    ("regex-whole-match", (r"regex:\d{4}",), ["Posted 2024-12-04"], ["2024"]),
    ("regex-group-1", (r"regex:^([^|]+)\|",), ["Jane Roe | Staff"], ["Jane Roe"]),
    ("regex-named-value", (r"regex:(?P<pre>On )?(?P<value>\w+ \d+)",), ["On Dec 4"], ["Dec 4"]),
    ("regex-no-match-dropped", (r"regex:(\d+)",), ["no digits", "7 up"], ["7"]),
    ("remove", (r"remove:\s*\(.*?\)",), ["Jane Roe (Reuters)"], ["Jane Roe"]),
    ("remove-everything-drops-value", ("remove:.*",), ["gone"], []),
    (
        "strip_prefix-case-insensitive",
        ("strip_prefix:Published:",),
        ["published: Dec 4"],
        ["Dec 4"],
    ),
    ("strip_prefix-absent", ("strip_prefix:Updated",), ["Dec 4"], ["Dec 4"]),
    ("strip_suffix", ("strip_suffix: - The Planet",), ["Headline - The Planet"], ["Headline"]),
    ("date_format", ("date_format:%d/%m/%Y %H:%M",), ["04/12/2024 13:35"], ["2024-12-04T13:35:00"]),
    ("date_format-mismatch-dropped", ("date_format:%d/%m/%Y",), ["Dec 4, 2024"], []),
    ("b64decode", ("b64decode",), ["MTYuIE9rdG9iZXIgMjAxOQ=="], ["16. Oktober 2019"]),
    ("b64decode-latin1", ("b64decode",), ["TnIuoDQz"], ["Nr. 43"]),
    ("b64decode-junk-dropped", ("b64decode",), ["not base64!", "MTc="], ["17"]),
    ("split-literal", ("split: / ",), ["World / Europe"], ["World", "Europe"]),
    ("strip-chars", ("strip:|•",), ["| Dec 4, 2024 •"], ["Dec 4, 2024"]),
    ("strip-whitespace-only", ("strip",), ["  x  "], ["x"]),
    # Chains run left to right; whitespace is normalised and empties dropped after each step.
    ("chain-byline", ("strip_by", "split_authors", "dedupe"), ["By A Roe and A Roe"], ["A Roe"]),
    ("chain-section", ("last", "strip_suffix: »"), ["News »", "World »"], ["World"]),
]


@pytest.mark.parametrize(
    ("specs", "values", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_transform(specs: tuple[str, ...], values: list[str], expected: list[str]) -> None:
    assert apply_transforms(list(values), compile_transforms(specs)) == expected


def test_every_transform_has_a_case() -> None:
    covered = {spec.partition(":")[0] for c in CASES for spec in c[1]}
    assert covered == set(TRANSFORMS)


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        pytest.param("titlecase", "unknown transform 'titlecase'", id="unknown"),
        pytest.param("first:2", "takes no argument", id="argument-not-allowed"),
        pytest.param("regex", "needs an argument", id="regex-needs-pattern"),
        pytest.param("regex:", "needs an argument", id="regex-empty-pattern"),
        pytest.param("regex:(unclosed", "bad regular expression", id="regex-invalid"),
        pytest.param("remove:[a-", "bad regular expression", id="remove-invalid"),
        pytest.param("strip_prefix", "needs an argument", id="strip_prefix-needs-text"),
        pytest.param("date_format", "needs an argument", id="date_format-needs-format"),
        pytest.param("split", "needs an argument", id="split-needs-separator"),
    ],
)
def test_bad_transform_spec(spec: str, message: str) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(")):
        compile_transform(spec)


def test_regex_input_is_capped() -> None:
    """A pathological page cannot feed megabytes into a profile's regex."""
    out = apply_transforms(["x" * 50_000 + "TAIL"], compile_transforms(("regex:(TAIL)",)))
    assert out == []


SPECS = [
    "strip_by",
    "split_authors",
    "first",
    "last",
    "dedupe",
    "join",
    "join: / ",
    "split:,",
    r"regex:(\w+)",
    r"regex:(?P<value>\d+)",
    r"remove:\s*\(.*?\)",
    "strip_prefix:By",
    "strip_suffix:.",
    "strip:|",
    "date_format:%Y-%m-%d",
]


@given(
    values=st.lists(st.text(max_size=200), max_size=6),
    specs=st.lists(st.sampled_from(SPECS), max_size=4),
)
def test_any_chain_gives_clean_nonempty_strings(values: list[str], specs: list[str]) -> None:
    """Whatever the chain, what reaches the field parsers is clean, non-empty text."""
    read = [normalize_space(v) for v in values if normalize_space(v)]  # as the engine reads
    out = apply_transforms(read, compile_transforms(specs))
    assert all(isinstance(v, str) and v and v == v.strip() for v in out)
    assert all("  " not in v and "\n" not in v for v in out)
