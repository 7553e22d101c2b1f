"""docs/rules.md lists every rule of every default chain, in order: checked against the code.

Rule ids are built inside the rule functions (often as f-strings: ``f"meta:{key}"``), so
they cannot be enumerated by calling anything. What can be enumerated robustly is the chain
itself: ``copydesk.engine.default_rules()`` gives, per field, a tuple of functions. So the
doc's contract is written in terms of those functions, and the checks are:

1. Each field has a ``## <field>`` section, in ``FIELD_ORDER``.
2. The section's numbered table rows (``| 1 | `module.function` | ...``) name exactly the
   chain's functions, as ``<module under copydesk.heuristics>.<function name>``, in chain
   order. A rule added to, removed from, moved in, or renamed in a chain fails here.
3. A rule that runs its own sub-steps (``dates.published_date`` tries a dozen date sources)
   has a lettered step table (``| a | `module.function` | ...``). Its steps are found by
   reading the rule's source (``ast``): every public function it refers to whose first
   parameter is ``ctx`` and which returns a ``Found`` must be in that table, so a new date
   fallback wired into ``published_date`` fails here too; every function in the step table
   must be referred to by the rule.
4. The rule ids written literally in a rule or its steps (``rule="heuristic:h1"``, or the
   constant prefix of an f-string, ``heuristic:header-attr-``) appear in the section in
   backticks. Ids built only in private helpers are not checked: the function names are
   the contract, the ids a courtesy.
5. Every module of ``copydesk.heuristics`` is named somewhere on the page, so the page
   stays a map of the code.

The checks are a pure function of (doc text, chains), which
``test_checker_catches_undocumented_rule`` uses to show that they can fail.
"""

from __future__ import annotations

import ast
import inspect
import pkgutil
import re
import sys
import textwrap
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import copydesk.heuristics
from copydesk.engine import default_rules
from copydesk.rules import FIELD_ORDER

DOC = Path(__file__).resolve().parents[1] / "docs" / "rules.md"
_PREFIX = "copydesk.heuristics."
_SECTION_RE = re.compile(r"^## (\w+)\s*$", re.MULTILINE)
_RULE_ROW_RE = re.compile(r"^\|\s*\d+\s*\|\s*`([\w.]+)`", re.MULTILINE)
_STEP_ROW_RE = re.compile(r"^\|\s*[a-z]\s*\|\s*`([\w.]+)`", re.MULTILINE)

Chains = Mapping[str, Sequence[Callable[..., Any]]]


def short_name(fn: Callable[..., Any]) -> str:
    """``copydesk.heuristics.title.lone_h1`` -> ``title.lone_h1``."""
    return f"{fn.__module__.removeprefix(_PREFIX)}.{fn.__name__}"


def sections(text: str) -> dict[str, str]:
    """The page's ``## name`` sections, by name."""
    heads = list(_SECTION_RE.finditer(text))
    ends = [m.start() for m in heads[1:]] + [len(text)]
    return {m.group(1): text[m.end() : end] for m, end in zip(heads, ends, strict=True)}


def _tree(fn: Callable[..., Any]) -> ast.AST:
    return ast.parse(textwrap.dedent(inspect.getsource(fn)))


def referenced(fn: Callable[..., Any]) -> list[Callable[..., Any]]:
    """Module-level functions the rule's source refers to, in order of first mention."""
    module = sys.modules[fn.__module__]
    names = sorted(
        (n for n in ast.walk(_tree(fn)) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)),
        key=lambda n: (n.lineno, n.col_offset),
    )
    out: list[Callable[..., Any]] = []
    for node in names:
        obj = getattr(module, node.id, None)
        if inspect.isfunction(obj) and obj is not fn and obj not in out:
            out.append(obj)
    return out


def steps(fn: Callable[..., Any]) -> list[Callable[..., Any]]:
    """The sub-rules a rule runs: public heuristics taking ``ctx`` and returning a Found."""
    out = []
    for obj in referenced(fn):
        if obj.__name__.startswith("_") or not obj.__module__.startswith(_PREFIX):
            continue
        sig = inspect.signature(obj)
        if list(sig.parameters)[:1] == ["ctx"] and "Found" in str(sig.return_annotation):
            out.append(obj)
    return out


def literal_ids(fn: Callable[..., Any]) -> Iterator[tuple[str, bool]]:
    """(id, is_prefix) for ids written in ``fn``: ``rule="x"``, ``rule = "x"``, f-strings."""
    for node in ast.walk(_tree(fn)):
        value: ast.expr | None = None
        if isinstance(node, ast.keyword) and node.arg == "rule":
            value = node.value
        if isinstance(node, ast.Assign) and _assigns_rule(node):
            value = node.value
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            yield value.value, False
        elif isinstance(value, ast.JoinedStr) and value.values:
            head = value.values[0]
            if isinstance(head, ast.Constant) and isinstance(head.value, str):
                yield head.value, True


def _assigns_rule(node: ast.Assign) -> bool:
    return any(isinstance(t, ast.Name) and t.id == "rule" for t in node.targets)


def problems(text: str, chains: Chains) -> list[str]:
    """Everything on the page that disagrees with the chains (empty when it is true)."""
    found: list[str] = []
    secs = sections(text)
    order = [name for name in secs if name in chains]
    if order != [f for f in FIELD_ORDER if f in chains]:
        found.append(f"field sections out of FIELD_ORDER: {order}")
    for field, chain in chains.items():
        sec = secs.get(field)
        if sec is None:
            found.append(f"no '## {field}' section")
            continue
        want = [short_name(r) for r in chain]
        got = _RULE_ROW_RE.findall(sec)
        if got != want:
            found.append(f"{field}: doc rows {got} != chain {want}")
        documented_steps = _STEP_ROW_RE.findall(sec)
        for rule in chain:
            for step in steps(rule):
                if short_name(step) not in documented_steps:
                    found.append(f"{field}: step {short_name(step)} of {short_name(rule)} missing")
            for fn in (rule, *steps(rule)):
                for rule_id, is_prefix in literal_ids(fn):
                    mark = f"`{rule_id}" if is_prefix else f"`{rule_id}`"
                    if mark not in sec:
                        found.append(f"{field}: rule id {rule_id!r} of {short_name(fn)} missing")
        if documented_steps:
            all_refs = {short_name(f) for r in chain for f in referenced(r)}
            for step_name in documented_steps:
                if step_name not in all_refs:
                    found.append(f"{field}: step {step_name} is not run by the chain")
    return found


def heuristics_modules() -> list[str]:
    return sorted(
        m.name for m in pkgutil.iter_modules(copydesk.heuristics.__path__) if m.name != "__init__"
    )


def test_rules_page_matches_default_chains() -> None:
    assert problems(DOC.read_text(encoding="utf-8"), default_rules()) == []


def test_rules_page_names_every_heuristics_module() -> None:
    text = DOC.read_text(encoding="utf-8")
    missing = [m for m in heuristics_modules() if not re.search(rf"`{m}[`.]", text)]
    assert missing == []


def test_checker_catches_undocumented_rule() -> None:
    text = DOC.read_text(encoding="utf-8")
    chains: dict[str, Sequence[Callable[..., Any]]] = dict(default_rules())
    # A rule appended to a chain without a doc line.
    extra = dict(chains, title=(*chains["title"], test_checker_catches_undocumented_rule))
    assert any("title: doc rows" in p for p in problems(text, extra))
    # Two rules swapped in a chain.
    swapped = dict(chains, section=tuple(reversed(chains["section"])))
    assert any("section: doc rows" in p for p in problems(text, swapped))
    # A documented rule's line removed.
    gone = re.sub(r"^\| \d+ \| `credit\.credit_trailer`.*\n", "", text, flags=re.MULTILINE)
    assert any("credit: doc rows" in p for p in problems(gone, chains))
    # A date step's line removed.
    no_step = re.sub(r"^\| \w \| `datefallback\.title_date`.*\n", "", text, flags=re.MULTILINE)
    assert any("datefallback.title_date" in p for p in problems(no_step, chains))
    # A rule id no longer mentioned.
    no_id = text.replace("`heuristic:text-language`", "text language")
    assert any("heuristic:text-language" in p for p in problems(no_id, chains))
