"""URL splitting that never raises.

``urllib.parse.urlsplit`` raises ``ValueError`` on some malformed input (an unbalanced
"[" reads as a bad IPv6 host; a non-numeric port on ``.port``). URLs reach copydesk from
callers and from pages' own canonical links and image addresses, so every split goes
through here and a malformed URL simply has no host or path.
"""

from __future__ import annotations

from urllib.parse import SplitResult, urlsplit


def split_url(url: str | None) -> SplitResult | None:
    """``urlsplit(url)``, or None when the URL is empty or malformed.

    >>> split_url("https://example.com/a?b").path
    '/a'
    >>> split_url("http://[broken/") is None
    True
    """
    if not url:
        return None
    try:
        return urlsplit(url)
    except ValueError:
        return None


def url_host(url: str | None) -> str:
    """The lower-cased host of ``url`` ('' if it has none or cannot be read)."""
    parts = split_url(url)
    try:
        return (parts.hostname or "").lower() if parts is not None else ""
    except ValueError:
        return ""


def url_path(url: str | None) -> str:
    """The path of ``url`` ('' if it has none or cannot be read)."""
    parts = split_url(url)
    return parts.path if parts is not None else ""
