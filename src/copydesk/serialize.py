"""``Article`` to and from JSON-safe dicts, kept out of the model on purpose."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import attr

from copydesk.model import Article, Block, Byline, Credit, Dateline, Person, Provenance


def article_to_dict(article: Article) -> dict[str, Any]:
    """Every field of ``article`` as JSON-safe values (datetimes as ISO 8601 strings)."""
    return {
        "url": article.url,
        "title": article.title,
        "byline": _plain(article.byline),
        "authors": list(article.authors),
        "credit": _plain(article.credit),
        "dateline": _plain(article.dateline),
        "published": _iso(article.published),
        "modified": _iso(article.modified),
        "section": article.section,
        "site_name": article.site_name,
        "language": article.language,
        "description": article.description,
        "paragraphs": list(article.paragraphs),
        "blocks": [_plain(b) for b in article.blocks],
        "captions": list(article.captions),
        "pull_quotes": list(article.pull_quotes),
        "is_article": article.is_article,
        "confidence": article.confidence,
        "provenance": {k: _plain(p) for k, p in article.provenance.items()},
        "warnings": list(article.warnings),
    }


def article_to_json(article: Article, *, indent: int | None = 2) -> str:
    """``article`` as a JSON document (UTF-8 text, non-ASCII kept)."""
    return json.dumps(article_to_dict(article), ensure_ascii=False, indent=indent)


def article_from_dict(data: dict[str, Any]) -> Article:
    """Rebuild an :class:`Article` from :func:`article_to_dict`'s output.

    >>> from copydesk.model import Article
    >>> a = Article(title="T", blocks=(Block(kind="paragraph", text="x"),))
    >>> article_from_dict(article_to_dict(a)) == a
    True
    """
    b = data.get("byline")
    c = data.get("credit")
    d = data.get("dateline")
    return Article(
        url=data.get("url"),
        title=data.get("title"),
        byline=None
        if b is None
        else Byline(
            raw=b["raw"],
            people=tuple(Person(name=p["name"], raw=p.get("raw")) for p in b.get("people", ())),
            organisations=tuple(b.get("organisations", ())),
        ),
        authors=tuple(data.get("authors", ())),
        credit=None if c is None else Credit(name=c["name"], abbr=c.get("abbr"), raw=c.get("raw")),
        dateline=None
        if d is None
        else Dateline(raw=d["raw"], place=d["place"], date=d.get("date"), agency=d.get("agency")),
        published=_dt(data.get("published")),
        modified=_dt(data.get("modified")),
        section=data.get("section"),
        site_name=data.get("site_name"),
        language=data.get("language"),
        description=data.get("description"),
        blocks=tuple(
            Block(kind=x["kind"], text=x["text"], level=x.get("level"))
            for x in data.get("blocks", ())
        ),
        captions=tuple(data.get("captions", ())),
        pull_quotes=tuple(data.get("pull_quotes", ())),
        is_article=bool(data.get("is_article", True)),
        confidence=float(data.get("confidence", 0.0)),
        provenance={
            k: Provenance(rule=p["rule"], source=p["source"], selector=p.get("selector"))
            for k, p in data.get("provenance", {}).items()
        },
        warnings=tuple(data.get("warnings", ())),
    )


def _plain(value: Byline | Credit | Dateline | Block | Provenance | None) -> dict[str, Any] | None:
    """A part of the article as a dict in field order, nested parts and tuples as dicts and
    lists (a Byline's people too); None stays None. Every field of these parts is a string,
    a number or None, so the result is JSON-safe as it is."""
    # attr.asdict, not attrs.asdict: only the former turns tuples into lists.
    return None if value is None else attr.asdict(value, retain_collection_types=False)


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _dt(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)
