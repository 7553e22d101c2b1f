"""Every error copydesk raises on purpose derives from :class:`CopydeskError`.

Callers in crawlers catch ``copydesk.ParseError`` for "this input is not a page we can
read" and ``copydesk.ProfileError`` for "a profile is broken"; nothing from lxml leaks out.
"""

from __future__ import annotations


class CopydeskError(Exception):
    """Base class of all copydesk errors."""


class ParseError(CopydeskError, ValueError):
    """The input cannot be read as an HTML page."""


class EmptyDocumentError(ParseError):
    """The input is empty or only whitespace."""


class NotHTMLError(ParseError):
    """The input is something other than HTML (a PDF, an image, JSON, a feed ...)."""


class ProfileError(CopydeskError, ValueError):
    """An outlet profile is invalid. The message names the profile and the field."""

    def __init__(self, message: str, *, profile: str | None = None, field: str | None = None):
        where = ".".join(x for x in (profile, field) if x)
        super().__init__(f"profile {where}: {message}" if where else message)
        self.profile = profile
        self.field = field


class ProfileLoadError(ProfileError):
    """A profile (or the package that provides it) could not be loaded."""
