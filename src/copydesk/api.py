"""``parse``: the one-call entry point."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from copydesk.engine import extract
from copydesk.model import Article
from copydesk.page import Page
from copydesk.profile import Profile, profiles_for
from copydesk.registry import default_registry


def parse(
    html: str | bytes,
    url: str | None = None,
    *,
    profiles: Sequence[Profile] | None = None,
    encoding: str | None = None,
    now: datetime | None = None,
) -> Article:
    """Parse a news article page into an :class:`~copydesk.Article`.

    Args:
        html: the page, as text or as bytes in any encoding (decoded from the BOM, then
            ``encoding``, then the page's ``<meta charset>``, then UTF-8/windows-1252).
        url: the page's address. Without one, the page's canonical URL is used for
            choosing profiles.
        profiles: ``None`` uses every installed profile (built-in and third-party);
            ``()`` disables profiles, leaving the generic rules; a sequence of
            :class:`~copydesk.Profile` uses exactly those (those matching the URL, or all of
            them when the page has no URL at all).
        encoding: a charset or a whole HTTP ``Content-Type`` value, if the caller knows it.
        now: the moment relative dates ("2 hours ago") count from; also the upper bound
            for plausible dates. Defaults to none: relative dates are left unresolved.

    Raises:
        copydesk.EmptyDocumentError: the input is empty.
        copydesk.NotHTMLError: the input is not HTML (binary, JSON, plain text).
        copydesk.ParseError: the input cannot be parsed at all.

    >>> art = parse("<html><body><h1>Hello</h1><p>" + "Words here. " * 40 + "</p></body></html>")
    >>> art.title
    'Hello'
    """
    page = Page(html, url, encoding=encoding, now=now)
    if profiles is None:
        chosen = default_registry().match(page.url)
    else:
        explicit = tuple(profiles)
        chosen = profiles_for(page.url, explicit) if page.url else explicit
    return extract(page, chosen)
