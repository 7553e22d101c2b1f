"""Property-based tests: mutated fixture pages never break the parse contract.

Seeds are the fixture pages (``fixtures/**/*.html``) and this suite's own small pages.
Mutations: truncation (at any byte, so multi-byte characters split), sibling shuffles,
junk injection (tags, entities, NULs, lone surrogates, absurd dates, conflicting charsets),
range deletion/duplication, tag renaming, and re-encoding into another charset. Whatever
comes out, :func:`check_parse` holds: a documented error or an Article with its invariants.

About 2,300 examples in all; each parse of a small page takes a few milliseconds.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from pathlib import Path

import lxml.html
from hypothesis import given
from hypothesis import strategies as st

import copydesk
from copydesk.encoding import normalise_encoding_name

from .invariants import NOW, check_parse, robust_settings

ROOT = Path(__file__).resolve().parents[2]
SEEDS: list[bytes] = [
    p.read_bytes()
    for p in sorted(
        [*(ROOT / "fixtures").glob("**/*.html"), *(Path(__file__).parent / "pages").glob("*.html")]
    )
]
assert SEEDS, "the robustness pages are part of this suite"

ENCODINGS = ["utf-8", "utf-16", "cp1252", "iso-8859-2", "koi8-r", "shift_jis", "gb18030", "big5"]

JUNK = [
    "<div>", "</div>", "</p>", "<p>", "<script>", "</script>", "<style>", "<!--", "-->",
    "<![CDATA[", "]]>", "&#0;", "&#xD800;", "&amp", "&", "<", ">", "\x00", "\ud800", "\udfff",
    "\ufeff", "\u202e", '<?xml version="1.0" encoding="utf-16"?>', "<meta charset='koi8-r'>",
    "<html>", "</body>", "<table><tr><td>", "<p>By The Associated Press</p>",
    "WASHINGTON (AP) — ", "<p>Loading...</p>", "<p>Advertisement</p>", "<p>   </p>",
    "<time datetime='2099-01-01T00:00:00Z'>Jan 1, 2099</time>",
    "<meta property='article:published_time' content='1880-01-01'>",
    "<meta property='article:modified_time' content='3000-12-31T00:00:00Z'>",
    '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2999-01-01"}'
    "</script>",
    '<script type="application/ld+json">{"@type": [[[[', "<h1></h1>", "<title>",
    "<p>Published 3 hours ago</p>", "<p>Updated: 31/02/2024</p>", "<br>" * 20,
    "<a href='javascript:alert(1)'>x</a>", "<img src=x onerror=alert(1)>", "<svg><p>in svg</p>",
]  # fmt: skip

Mutation = Callable[[str], str]


def _at(text: str, frac: float) -> int:
    return int(len(text) * frac)


@st.composite
def mutations(draw: st.DrawFn) -> Mutation:
    kind = draw(st.sampled_from(["truncate", "delete", "duplicate", "inject", "shuffle", "rename"]))
    a, b = sorted(draw(st.tuples(st.floats(0, 1), st.floats(0, 1))))
    if kind == "truncate":
        return lambda t: t[: _at(t, a)]
    if kind == "delete":
        return lambda t: t[: _at(t, a)] + t[_at(t, b) :]
    if kind == "duplicate":
        return lambda t: t[: _at(t, b)] + t[_at(t, a) : _at(t, b)] + t[_at(t, b) :]
    if kind == "inject":
        junk = draw(st.one_of(st.sampled_from(JUNK), st.text(max_size=40)))
        times = draw(st.integers(1, 5))
        return lambda t: t[: _at(t, a)] + junk * times + t[_at(t, a) :]
    if kind == "shuffle":
        rng = draw(st.randoms(use_true_random=False))
        return lambda t: _shuffle_siblings(t, rng)
    old, new = draw(st.sampled_from(TAG_SWAPS))
    return lambda t: re.sub(rf"(</?){old}\b", rf"\g<1>{new}", t)


TAG_SWAPS = [
    ("p", "div"), ("div", "p"), ("article", "section"), ("h1", "h2"), ("p", "li"),
    ("p", "script"), ("body", "div"), ("main", "aside"), ("time", "span"), ("a", "p"),
]  # fmt: skip


def _shuffle_siblings(text: str, rng: random.Random) -> str:
    try:
        root = lxml.html.document_fromstring(text)
    except (ValueError, lxml.etree.ParserError):
        return text
    parents = [el for el in root.iter() if len(el) > 1]
    for parent in rng.sample(parents, min(len(parents), 3)):
        children = list(parent)
        rng.shuffle(children)
        for child in children:
            parent.remove(child)  # tails travel with their element
        parent.extend(children)
    return lxml.html.tostring(root, encoding="unicode")


def _decode_seed(seed: bytes) -> str:
    return seed.decode("utf-8", errors="replace")


@st.composite
def encoded(draw: st.DrawFn, text: str) -> tuple[bytes | str, str | None]:
    """The text as str, or as bytes in some charset, labelled in the page, by argument, or not."""
    how = draw(st.sampled_from(["str", "bytes-meta", "bytes-arg", "bytes-unlabelled"]))
    if how == "str":
        return text, None
    codec = draw(st.sampled_from(ENCODINGS))
    data = (
        text.encode(codec, errors="xmlcharrefreplace")
        if codec != "utf-8"
        else (text.encode("utf-8", errors="surrogatepass"))
    )
    if how == "bytes-meta":
        label = f'<meta charset="{codec}">'.encode("ascii")
        data = label + data if codec != "utf-16" else data
        return data, None
    if how == "bytes-arg":
        return data, f"text/html; charset={codec}"
    return data, None


@robust_settings(800)
@given(
    data=st.data(), seed=st.sampled_from(SEEDS), ops=st.lists(mutations(), min_size=1, max_size=4)
)
def test_mutated_pages_keep_the_contract(
    data: st.DataObject, seed: bytes, ops: list[Mutation]
) -> None:
    text = _decode_seed(seed)
    for op in ops:
        text = op(text)
    payload, encoding = data.draw(encoded(text))
    check_parse(payload, encoding=encoding)


@robust_settings(300)
@given(seed=st.sampled_from(SEEDS), cut=st.floats(0, 1))
def test_truncated_bytes_keep_the_contract(seed: bytes, cut: float) -> None:
    """Cut anywhere, even inside a multi-byte character or a tag."""
    check_parse(seed[: int(len(seed) * cut)])


@robust_settings(300)
@given(seed=st.sampled_from(SEEDS), rng=st.randoms(use_true_random=False))
def test_sibling_order_never_breaks_the_contract(seed: bytes, rng: random.Random) -> None:
    check_parse(_shuffle_siblings(_decode_seed(seed), rng))


def _encode_faithfully(text: str, codec: str) -> bytes:
    """Encode as a page author's tools would: a character the charset lacks becomes a
    character reference. (Python's CJK codecs "best-fit" a few characters instead, e.g. £ to
    the bytes of fullwidth ￡ in Shift_JIS, which would change the text.)"""
    data = text.encode(codec, errors="xmlcharrefreplace")
    if data.decode(codec, errors="replace") == text:
        return data
    out = []
    for char in text:
        encoded = char.encode(codec, errors="xmlcharrefreplace")
        faithful = encoded.decode(codec, errors="replace") == char
        out.append(encoded if faithful else f"&#{ord(char)};".encode("ascii"))
    return b"".join(out)


@robust_settings(300)
@given(seed=st.sampled_from(SEEDS), codec=st.sampled_from(ENCODINGS[1:]))
def test_reencoding_does_not_change_the_story(seed: bytes, codec: str) -> None:
    """The same page in another charset, labelled by Content-Type, gives the same Article."""
    text = _decode_seed(seed)
    original = copydesk.parse(text, now=NOW)
    data = _encode_faithfully(text, normalise_encoding_name(codec) or codec)
    again = copydesk.parse(data, encoding=f"text/html; charset={codec}", now=NOW)
    assert again.paragraphs == original.paragraphs
    assert again.title == original.title
    assert again.authors == original.authors
    assert again.published == original.published


@robust_settings(300)
@given(payload=st.one_of(st.binary(max_size=2000), st.text(max_size=2000)))
def test_arbitrary_input_keeps_the_contract(payload: bytes | str) -> None:
    check_parse(payload)


@robust_settings(300)
@given(
    seed=st.sampled_from(SEEDS),
    junk=st.lists(st.tuples(st.floats(0, 1), st.sampled_from(JUNK)), min_size=1, max_size=8),
)
def test_junk_injection_keeps_the_contract(seed: bytes, junk: list[tuple[float, str]]) -> None:
    text = _decode_seed(seed)
    for where, piece in sorted(junk, reverse=True):
        text = text[: _at(text, where)] + piece + text[_at(text, where) :]
    check_parse(text)
