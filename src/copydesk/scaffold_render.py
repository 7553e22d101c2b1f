"""A drafted profile as the text of a Python module, ready for ``copydesk profiles check``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from copydesk.profile import Profile, Selector

__all__ = ["DRAFT_FIELDS", "render_module"]

#: The fields a draft proposes selectors for, in the order they are written out.
DRAFT_FIELDS: tuple[str, ...] = ("title", "byline", "authors", "published", "section", "body")


def render_module(
    profile: Profile,
    *,
    notes: Sequence[str] = (),
    page_label: str | None = None,
    drop_comments: Mapping[str, str] | None = None,
) -> str:
    '''The profile as a Python module defining ``PROFILE``, ready for ``profiles check``.

    >>> print(render_module(Profile(name="x", domains=("x.example",), title=("h1",))))
    ... # doctest: +ELLIPSIS
    """Draft profile for x.example...
    PROFILE = Profile(
        name='x',
        domains=('x.example',),
        title=('h1',),
    )
    <BLANKLINE>
    '''
    lines = [f'"""Draft profile for {", ".join(profile.domains)}.', ""]
    if page_label:
        label = page_label.replace('"""', "'''").replace("\\", "/")
        lines += ["Made by `copydesk profiles new` from:", f"    {label}", ""]
    lines += [
        "Check each selector on a few other pages of the outlet before relying on it, then",
        "add a fixture pair (page + expected JSON) so a redesign cannot break it silently.",
    ]
    if notes:
        lines += ["", "Drafted:", *(f"    {n}" for n in notes)]
    lines += [
        '"""',
        "",
        "from copydesk import Profile, Selector  # noqa: F401",
        "",
        "PROFILE = Profile(",
        f"    name={profile.name!r},",
        f"    domains={_tuple(profile.domains)},",
    ]
    if profile.description:
        lines.append(f"    description={profile.description!r},")
    for field in DRAFT_FIELDS:
        sels = profile.selectors(field)
        if sels:
            lines.append(f"    {field}=({''.join(_selector_src(s) + ', ' for s in sels)[:-2]},),")
    comments = drop_comments or {}
    if profile.drop and not any(comments.get(css) for css in profile.drop):
        lines.append(f"    drop={_tuple(profile.drop)},")
    elif profile.drop:  # one selector a line, each with what it drops
        lines.append("    drop=(")
        for css in profile.drop:
            comment = _comment(comments.get(css, ""))
            lines.append(f"        {css!r},{f'  # {comment}' if comment else ''}")
        lines.append("    ),")
    lines += [")", ""]
    return "\n".join(lines)


def _comment(text: str) -> str:
    """``text`` as safe for one comment line: no line breaks or control characters."""
    return " ".join("".join(c if c.isprintable() else " " for c in text).split())


def _tuple(items: Sequence[str]) -> str:
    return "(" + ", ".join(repr(x) for x in items) + ("," if len(items) == 1 else "") + ")"


def _selector_src(sel: Selector) -> str:
    if sel.css is not None and not sel.attr and not sel.transforms:
        return repr(sel.css)
    args = []
    if sel.css is not None:
        args.append(f"css={sel.css!r}")
    if sel.xpath is not None:
        args.append(f"xpath={sel.xpath!r}")
    if sel.attr:
        args.append(f"attr={sel.attr!r}")
    if sel.transforms:
        args.append(f"transforms={_tuple(sel.transforms)}")
    return f"Selector({', '.join(args)})"
