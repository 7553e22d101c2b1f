"""Plain-text and Markdown renderings of an ``Article`` for the CLI and for humans."""

from __future__ import annotations

from copydesk.model import Article


def _header_lines(article: Article) -> list[str]:
    lines = []
    if article.byline is not None:
        lines.append(article.byline.raw)
    if article.published is not None:
        lines.append(f"Published: {article.published.isoformat()}")
    if article.credit is not None:
        lines.append(f"Credit: {article.credit.name}")
    return lines


def _story(article: Article) -> list[str]:
    paras = list(article.paragraphs)
    if article.dateline is not None and paras:
        paras[0] = f"{article.dateline.raw.strip()} {paras[0]}"
    return paras


def to_text(article: Article) -> str:
    """Headline, byline lines, then the story with the dateline put back in front.

    >>> from copydesk.model import Article, Block
    >>> print(to_text(Article(title="T", blocks=(Block(kind="paragraph", text="Hi."),))))
    T
    <BLANKLINE>
    Hi.
    """
    parts = [article.title] if article.title else []
    header = _header_lines(article)
    if header:
        parts.append("\n".join(header))
    parts.extend(_story(article))
    return "\n\n".join(parts)


def to_markdown(article: Article) -> str:
    """The article as Markdown: ``#`` headline, headings, lists and quotes as blocks.

    >>> from copydesk.model import Article, Block
    >>> print(to_markdown(Article(title="T", blocks=(
    ...     Block(kind="heading", text="Sub", level=2), Block(kind="list_item", text="a")))))
    # T
    <BLANKLINE>
    ## Sub
    <BLANKLINE>
    - a
    """
    out: list[str] = []
    if article.title:
        out.append(f"# {article.title}")
    header = _header_lines(article)
    if header:
        out.append("  \n".join(f"*{h}*" for h in header))
    first_para = True
    for block in article.blocks:
        text = block.text
        if block.kind == "paragraph" and first_para and article.dateline is not None:
            text = f"**{article.dateline.raw.strip()}** {text}"
        if block.kind == "paragraph":
            first_para = False
        if block.kind == "heading":
            out.append(f"{'#' * min(max(block.level or 2, 2), 6)} {text}")
        elif block.kind == "list_item":
            if out and out[-1].startswith("- "):
                out[-1] += f"\n- {text}"
            else:
                out.append(f"- {text}")
        elif block.kind == "quote":
            out.append(f"> {text}")
        elif block.kind == "preformatted":
            out.append(f"```\n{text}\n```")
        else:
            out.append(text)
    return "\n\n".join(out)
