"""Input that is not an article: a typed error, or an Article that says it is no story.

The contract (docs/errors.md): input that is not HTML at all raises a
:class:`copydesk.ParseError` subclass; HTML that is not a story (404, home page, section
front, an empty shell) parses to an ``Article`` with ``is_article=False`` and a low
``confidence``.
"""

from __future__ import annotations

import gzip
import io
import zipfile
from pathlib import Path

import pytest

import copydesk
from copydesk import CopydeskError, EmptyDocumentError, NotHTMLError, ParseError

from .invariants import NOW, check_article

PAGES = Path(__file__).parent / "pages"


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("index.html", "<html><body><p>zipped</p></body></html>")
    return buf.getvalue()


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Coastal Ledger</title>
<item><title>Ferry to resume</title><link>https://x.example/a</link>
<description>&lt;p&gt;The harbour ferry will resume service.&lt;/p&gt;</description></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<!-- generated -->
<feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title>
<entry><title>Post</title><content type="html">&lt;p&gt;hello&lt;/p&gt;</content></entry></feed>"""
RDF = """<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns="http://purl.org/rss/1.0/"><channel><title>x</title></channel></rdf:RDF>"""
SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://x.example/a</loc></url></urlset>"""

ERRORS: list[tuple[str, str | bytes, type[ParseError], str]] = [
    ("empty-str", "", EmptyDocumentError, "empty"),
    ("empty-bytes", b"", EmptyDocumentError, "empty"),
    ("whitespace", " \n\t\r\n  ", EmptyDocumentError, "empty"),
    ("bom-only", b"\xef\xbb\xbf", EmptyDocumentError, "empty"),
    ("utf16-whitespace", "   \n".encode("utf-16"), EmptyDocumentError, "empty"),
    ("xml-decl-only", '<?xml version="1.0"?>', EmptyDocumentError, "empty"),
    (
        "plain-text",
        "Just a text file.\nIt has lines, but no markup at all.",
        NotHTMLError,
        "markup",
    ),
    ("json-object", '{"title": "Hello", "body": "<p>x</p>"}', NotHTMLError, "JSON"),
    ("json-array", b'  [1, 2, {"a": null}]', NotHTMLError, "JSON"),
    ("rss", RSS, NotHTMLError, "RSS"),
    ("rss-bytes", RSS.encode(), NotHTMLError, "RSS"),
    ("atom", ATOM, NotHTMLError, "Atom"),
    ("rdf", RDF, NotHTMLError, "RDF"),
    ("sitemap", SITEMAP, NotHTMLError, "sitemap"),
    ("pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog>>endobj", NotHTMLError, "PDF"),
    ("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), NotHTMLError, "PNG"),
    ("jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)), NotHTMLError, "JPEG"),
    ("gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00", NotHTMLError, "GIF"),
    ("zip", _zip(), NotHTMLError, "ZIP"),
    ("gzip", gzip.compress(b"<html><body>compressed</body></html>"), NotHTMLError, "gzip"),
    ("webp", b"RIFF\x24\x00\x00\x00WEBPVP8 ", NotHTMLError, "RIFF"),
    ("random-bytes", bytes((i * 7919) % 251 for i in range(4096)), NotHTMLError, "binary"),
    ("pdf-as-str", "%PDF-1.4\n%âãÏÓ\n", NotHTMLError, "PDF"),
]


@pytest.mark.parametrize(
    ("data", "error", "words"), [e[1:] for e in ERRORS], ids=[e[0] for e in ERRORS]
)
def test_non_html_input_raises_a_typed_error(
    data: str | bytes, error: type[ParseError], words: str
) -> None:
    with pytest.raises(error) as info:
        copydesk.parse(data)
    message = str(info.value)
    assert words.lower() in message.lower()
    assert "\n" not in message
    # Every such error is catchable as ParseError, CopydeskError and ValueError.
    assert isinstance(info.value, ParseError)
    assert isinstance(info.value, CopydeskError)
    assert isinstance(info.value, ValueError)


def test_wrong_argument_type_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        copydesk.parse(12345)  # type: ignore[arg-type]


NOT_FOUND = """<!DOCTYPE html><html><head><title>Page not found | The Coastal Ledger</title></head>
<body><header><a href="/">The Coastal Ledger</a><nav><a href="/news/">News</a>
<a href="/sports/">Sports</a></nav></header>
<main><h1>404 - Page not found</h1><p>Sorry, the page you were looking for does not exist or has
been moved. It may have been removed, renamed, or it may never have existed in the first place.
Try searching our archive, or return to the home page to find the latest news, sports, weather and
opinion from around the region.</p><form action="/search"><input name="q"></form></main>
<footer>© 2024 The Coastal Ledger</footer></body></html>"""


def _teaser(n: int) -> str:
    return (
        f'<article class="card"><h3><a href="/news/2024/03/{n:02d}/story-number-{n}">'
        f"Headline number {n} about the council budget vote</a></h3>"
        f"<p>A short standfirst for story {n}, which sums up the news in a line or two for "
        f"readers skimming the front page.</p></article>"
    )


HOME = (
    "<!DOCTYPE html><html><head><title>The Coastal Ledger | Local news</title>"
    '<meta property="og:type" content="website">'
    '<script type="application/ld+json">{"@type": "WebSite", "name": "The Coastal Ledger"}</script>'
    '</head><body><header><a href="/">The Coastal Ledger</a></header><main>'
    + "".join(_teaser(n) for n in range(1, 31))
    + "</main></body></html>"
)
SECTION = (
    "<html><head><title>Sports - The Coastal Ledger</title>"
    '<script type="application/ld+json">{"@type": "CollectionPage", "name": "Sports"}</script>'
    "</head><body><h1>Sports</h1><div class='river'>"
    + "".join(
        f'<div class="item"><h2><a href="/sports/2024/03/{n:02d}/match-report-{n}">Match report '
        f"{n}: the harbour side wins again</a></h2><p>By Staff | March {n}, 2024</p>"
        f"<p>Teaser text for match {n}: a late goal settled it in front of a full stand.</p></div>"
        for n in range(1, 26)
    )
    + "</div></body></html>"
)
EMPTY_SHELL = "<html><head><title>Loading</title></head><body><div id='app'></div></body></html>"
LOGIN = """<html><head><title>Sign in</title></head><body><form><label>Email <input name=e></label>
<label>Password <input type=password name=p></label><button>Sign in</button></form></body></html>"""

NOT_STORIES = [
    ("404", NOT_FOUND, "https://www.coastal-ledger.example/news/2024/03/14/missing-story"),
    ("home-page", HOME, "https://www.coastal-ledger.example/"),
    ("home-page-no-url", HOME, None),
    ("section-front", SECTION, "https://www.coastal-ledger.example/sports/"),
    ("section-front-no-url", SECTION, None),
    ("empty-shell", EMPTY_SHELL, None),
    ("login-form", LOGIN, "https://www.coastal-ledger.example/login"),
    ("bare-tag", "<p>hello</p>", None),
    ("text-with-a-less-than", "a < b and c > d, nothing else", None),
]


@pytest.mark.parametrize(
    ("html", "url"), [c[1:] for c in NOT_STORIES], ids=[c[0] for c in NOT_STORIES]
)
def test_html_that_is_not_a_story_says_so(html: str, url: str | None) -> None:
    article = copydesk.parse(html, url, now=NOW)
    check_article(article)
    assert article.is_article is False
    assert article.confidence < 0.5


@pytest.mark.parametrize("name", ["harbour-ferry.html", "vineyard-frost.html"])
def test_real_story_pages_are_articles(name: str) -> None:
    article = copydesk.parse((PAGES / name).read_bytes(), now=NOW)
    check_article(article)
    assert article.is_article is True
    assert article.confidence >= 0.5


def test_seed_fixture_is_an_article() -> None:
    seeds = sorted((Path(__file__).parents[2] / "fixtures").glob("*/*.html"))
    if not seeds:
        pytest.skip("no fixture pages yet")
    for path in seeds:
        article = copydesk.parse(path.read_bytes(), now=NOW)
        assert article.is_article, path
