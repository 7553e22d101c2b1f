"""copydesk: news article pages to typed ``Article`` objects.

>>> import copydesk
>>> story = "".join(
...     f"<p>On day {n} the river fell again, and the levees held through the night "
...     f"while crews checked {n * 3} pumps along the eastern bank.</p>"
...     for n in range(4)
... )
>>> page = "<title>Flood waters recede</title><article><h1>Flood waters recede</h1>" + story
>>> art = copydesk.parse(page)
>>> art.title, len(art.paragraphs)
('Flood waters recede', 4)
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
