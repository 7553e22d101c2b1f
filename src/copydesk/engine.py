"""The rule engine: resolve each field through its chain of rules and build an ``Article``.

For every field, in :data:`copydesk.rules.FIELD_ORDER`, the chain is: the matched profiles'
selectors (most specific profile first, candidates in the order written), then the default
rules, which weigh the page's structured metadata against what it shows (each field's order
is listed in docs/rules.md). The first rule with an answer wins and its id goes into
``Article.provenance``. A profile rule that raises is reported in
``Article.warnings`` and skipped; it never breaks the parse.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

import attrs
from lxml.html import HtmlElement

from copydesk.cleaning import element_text, normalize_space
from copydesk.model import Article, Byline, Dateline
from copydesk.page import Page
from copydesk.profile import Profile, Selector
from copydesk.rules import FIELD_ORDER, Context, Found, Rule
from copydesk.selectors import select
from copydesk.transforms import apply_transforms

log = logging.getLogger("copydesk")


@lru_cache(maxsize=1)
def default_rules() -> Mapping[str, tuple[Rule, ...]]:
    """The generic chains, per field, in the order docs/rules.md lists them."""
    from copydesk.heuristics import (
        body,
        byline,
        credit,
        creditcopyright,
        dateline,
        dates,
        langdetect,
        metadata,
        section,
        title,
    )

    return {
        "title": tuple(title.TITLE_RULES),
        "site_name": tuple(metadata.SITE_NAME_RULES),
        "language": (*metadata.LANGUAGE_RULES, *langdetect.LANGUAGE_TEXT_RULES),
        "description": tuple(metadata.DESCRIPTION_RULES),
        "section": tuple(section.SECTION_RULES),
        "body": tuple(body.BODY_RULES),
        "dateline": tuple(dateline.DATELINE_RULES),
        "byline": tuple(byline.BYLINE_RULES),
        "credit": (*credit.CREDIT_RULES, creditcopyright.credit_copyright_notice),
        "published": tuple(dates.PUBLISHED_RULES),
        "modified": tuple(dates.MODIFIED_RULES),
    }


def extract(page: Page, profiles: Sequence[Profile] = ()) -> Article:
    """Resolve every field of ``page`` and build its :class:`Article`."""
    ctx = Context(page=page, profiles=tuple(profiles))
    warnings: list[str] = []
    _apply_drops(ctx, warnings)
    rules = default_rules()
    for field in FIELD_ORDER:
        chain = (*_profile_rules(ctx.profiles, field), *rules.get(field, ()))
        found = _resolve(ctx, field, chain, warnings)
        if found is not None:
            ctx.found[field] = found
            if field == "dateline":
                _split_dateline(ctx, found.value)
    return _build(ctx, warnings)


def _resolve(
    ctx: Context, field: str, chain: Sequence[Rule], warnings: list[str]
) -> Found[Any] | None:
    for rule in chain:
        try:
            found = rule(ctx)
        except _ProfileRuleError as exc:
            warnings.append(str(exc))
            log.warning("%s", exc)
            continue
        if found is not None and not _empty(found.value):
            return found
    return None


def _empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str | tuple | list):
        return not value
    blocks = getattr(value, "blocks", None)
    return blocks is not None and not blocks


# ---------------------------------------------------------------- profile rules


class _ProfileRuleError(Exception):
    """A profile's selector or transform failed at parse time."""


def _apply_drops(ctx: Context, warnings: list[str]) -> None:
    """Remove the profiles' ``drop`` elements from the working tree.

    A pull quote is spared: the body extraction takes it out of the story anyway, and
    keeps it in ``Article.pull_quotes`` rather than losing it.
    """
    from copydesk.heuristics.pullquotes import is_pull_quote

    for profile in ctx.profiles:
        for css in profile.drop:
            try:
                for el in select(ctx.work, css=css):
                    if (
                        isinstance(el, HtmlElement)
                        and el.getparent() is not None
                        and not is_pull_quote(el)
                    ):
                        el.drop_tree()
            except Exception as exc:  # a profile must never break the parse
                warnings.append(f"profile {profile.name}.drop: {css!r} failed: {exc}")


def _profile_rules(profiles: Sequence[Profile], field: str) -> list[Rule]:
    rules: list[Rule] = []
    if field == "byline":
        for profile in profiles:
            rules.extend(
                _profile_rule(profile, "byline", i, s)
                for i, s in enumerate(profile.selectors("byline"))
            )
            rules.extend(
                _profile_rule(profile, "authors", i, s)
                for i, s in enumerate(profile.selectors("authors"))
            )
        return rules
    for profile in profiles:
        rules.extend(
            _profile_rule(profile, field, i, s) for i, s in enumerate(profile.selectors(field))
        )
    return rules


def _profile_rule(profile: Profile, field: str, index: int, sel: Selector) -> Rule:
    rule_id = f"profile:{profile.name}:{field}[{index}]"

    def rule(ctx: Context) -> Found[Any] | None:
        try:
            value = _profile_value(ctx, profile, field, index, sel)
        except Exception as exc:
            raise _ProfileRuleError(
                f"profile {profile.name}.{field}[{index}] ({sel.label}) failed: "
                f"{type(exc).__name__}: {exc}"
            ) from exc
        if value is None:
            return None
        return Found(value=value, rule=rule_id, source="profile", selector=sel.label)

    return rule


def _profile_value(ctx: Context, profile: Profile, field: str, index: int, sel: Selector) -> Any:
    root = ctx.work if field == "body" else ctx.page.root
    matched = select(root, css=sel.css) if sel.css is not None else select(root, xpath=sel.xpath)
    if field == "body" and not sel.transforms and not sel.attr:
        from copydesk.heuristics.body import extract_body

        containers = [m for m in matched if isinstance(m, HtmlElement)]
        return extract_body(ctx.work, containers=containers) if containers else None
    values = [_read(m, sel.attr) for m in matched]
    values = apply_transforms([v for v in values if v], profile.transforms(field, index))
    if not values:
        return None
    return _convert(ctx, field, values)


def _read(match: object, attr: str | None) -> str:
    if isinstance(match, HtmlElement):
        return normalize_space(match.get(attr) if attr else element_text(match))
    return normalize_space(str(match))


def _convert(ctx: Context, field: str, values: list[str]) -> Any:
    if field in ("title", "section"):
        return values[0]
    if field == "byline":
        from copydesk.heuristics.byline import byline_from_names, parse_byline

        return parse_byline(values[0]) if len(values) == 1 else byline_from_names(values)
    if field == "authors":
        from copydesk.heuristics.byline import byline_from_names

        return byline_from_names(values)
    if field in ("published", "modified"):
        from copydesk.heuristics.dateorder import order_hint
        from copydesk.heuristics.dates import parse_date

        return parse_date(values[0], now=ctx.page.now, order=order_hint(ctx))
    if field == "credit":
        from copydesk.heuristics.credit import credit_from_text

        return credit_from_text(values[0])
    if field == "body":  # a body selector with transforms/attr: its strings are paragraphs
        from copydesk.heuristics.body import BodyResult
        from copydesk.model import Block

        return BodyResult(
            blocks=tuple(Block(kind="paragraph", text=v) for v in values), captions=()
        )
    raise ValueError(f"unknown profile field {field!r}")


# ---------------------------------------------------------------- assembly


def _split_dateline(ctx: Context, dateline: Dateline) -> None:
    """Remove the dateline's text from the start of the first story block."""
    body = ctx.found.get("body")
    if body is None or not body.value.blocks:
        return
    blocks = list(body.value.blocks)
    for i, block in enumerate(blocks[:3]):
        if block.text.startswith(dateline.raw):
            rest = block.text[len(dateline.raw) :].strip()
            if rest:
                blocks[i] = attrs.evolve(block, text=rest)
            else:
                del blocks[i]
            ctx.found["body"] = attrs.evolve(
                body, value=attrs.evolve(body.value, blocks=tuple(blocks))
            )
            return


def _authors(byline: Byline | None) -> tuple[str, ...]:
    """The people a byline names; failing those, the organisation it credits.

    "By Staff and News Service Reports" or "dpa/lno" name no person, yet they are who the
    page says wrote the story, and callers asking for authors expect that rather than
    nothing. ``Byline.people`` stays people only, so the distinction is never lost.
    """
    if byline is None:
        return ()
    return byline.names or byline.organisations


def _build(ctx: Context, warnings: list[str]) -> Article:
    v = ctx.value
    body = v("body")
    byline: Byline | None = v("byline")
    provenance = {field: found.provenance for field, found in ctx.found.items()}
    if "body" in provenance:
        provenance["paragraphs"] = provenance.pop("body")
    authors = _authors(byline)
    if authors:
        provenance["authors"] = provenance["byline"]
    blocks = tuple(body.blocks) if body is not None else ()
    from copydesk.heuristics.articleness import assess

    is_article, confidence = assess(ctx, blocks)
    return Article(
        url=ctx.page.url,
        title=v("title"),
        byline=byline,
        authors=authors,
        credit=v("credit"),
        dateline=v("dateline"),
        published=v("published"),
        modified=v("modified"),
        section=v("section"),
        site_name=v("site_name"),
        language=v("language"),
        description=v("description"),
        blocks=blocks,
        captions=tuple(body.captions) if body is not None else (),
        pull_quotes=tuple(body.pull_quotes) if body is not None else (),
        is_article=is_article,
        confidence=confidence,
        provenance=provenance,
        warnings=tuple(warnings),
    )
