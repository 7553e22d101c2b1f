"""copydesk: news article pages to typed ``Article`` objects.

>>> import copydesk
>>> art = copydesk.parse("<title>Hi</title><article><h1>Hi</h1><p>" + "Text. " * 80 + "</p></article>")
>>> art.title, len(art.paragraphs)
('Hi', 1)
"""

from copydesk.api import parse
from copydesk.exceptions import (
    CopydeskError,
    EmptyDocumentError,
    NotHTMLError,
    ParseError,
    ProfileError,
    ProfileLoadError,
)
from copydesk.model import Article, Block, Byline, Credit, Dateline, Person, Provenance
from copydesk.profile import Profile, Selector
from copydesk.registry import Registry, default_registry

__version__ = "0.1.0.dev0"

__all__ = [
    "Article",
    "Block",
    "Byline",
    "CopydeskError",
    "Credit",
    "Dateline",
    "EmptyDocumentError",
    "NotHTMLError",
    "ParseError",
    "Person",
    "Profile",
    "ProfileError",
    "ProfileLoadError",
    "Provenance",
    "Registry",
    "Selector",
    "__version__",
    "default_registry",
    "parse",
]
