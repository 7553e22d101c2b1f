"""Hostile inputs, generated on demand (never stored): shared by the tests and the benchmark.

Each case is a function ``(scale) -> str | bytes``; ``scale=1.0`` is the size named in
issue 6 (100,000-deep nesting, a 50 MB page, 1,000,000 siblings ...). The tests run smaller
scales to stay fast; ``benchmarks/hostile.py`` runs full scale.
"""

from __future__ import annotations

from collections.abc import Callable

HostileCase = Callable[[float], "str | bytes"]

_PARAGRAPH = (
    "<p>The council voted on Tuesday to approve the harbour budget, after a debate that ran "
    "past midnight and drew more than two hundred residents to the chamber.</p>\n"
)
_HEAD = "<html><head><title>Hostile</title></head><body>"


def _n(scale: float, full: int) -> int:
    return max(1, int(full * scale))


def deep_nesting(scale: float) -> str:
    n = _n(scale, 100_000)
    return _HEAD + "<div>" * n + "<p>deep text</p>" + "</div>" * n + "<p>after the deep part</p>"


def deep_unclosed_mixed(scale: float) -> str:
    n = _n(scale, 100_000)
    return _HEAD + "<span><b><i><font><em>" * (n // 5) + "words at the bottom"


def deep_tables(scale: float) -> str:
    n = _n(scale, 30_000)
    return _HEAD + "<table><tr><td>" * n + "cell" + "</td></tr></table>" * n


def siblings(scale: float) -> str:
    return _HEAD + "<p>x</p>" * _n(scale, 1_000_000) + "</body></html>"


def big_page(scale: float) -> str:
    """A plausible article page, ~50 MB at scale 1 (one huge story)."""
    n = _n(scale, 50_000_000 // len(_PARAGRAPH))
    return (
        _HEAD + "<article><h1>The longest story</h1>" + _PARAGRAPH * n + "</article></body></html>"
    )


def giant_attribute(scale: float) -> str:
    n = _n(scale, 20_000_000)
    return _HEAD + f'<p title="{"a" * n}">x</p>' + _PARAGRAPH * 5


def giant_class(scale: float) -> str:
    """A class attribute of a million words: class-name regexes must not go quadratic."""
    n = _n(scale, 1_000_000)
    words = " ".join(f"byline-{i} share content" for i in range(n))
    return _HEAD + f'<div class="{words}" id="{words[:100000]}">' + _PARAGRAPH * 5 + "</div>"


def many_attributes(scale: float) -> str:
    n = _n(scale, 100_000)
    attrs = " ".join(f"data-a{i}='{i}'" for i in range(n))
    return _HEAD + f"<article {attrs}>" + _PARAGRAPH * 5 + "</article>"


def unclosed_everywhere(scale: float) -> str:
    return _HEAD + "<p><b><i><a href=x>word " * _n(scale, 100_000)


def unterminated_tags(scale: float) -> str:
    """``<a<a<a...``: tag starts that never end (quadratic for naive tag regexes)."""
    return _HEAD + "<p>text</p>" + "<a" * _n(scale, 1_000_000)


def unclosed_comments(scale: float) -> str:
    return _HEAD + _PARAGRAPH * 3 + "<!--" * _n(scale, 1_000_000)


def nul_bytes(scale: float) -> bytes:
    """NUL bytes scattered through real text (one per paragraph): a readable page."""
    n = _n(scale, 200_000)
    return (_HEAD + _PARAGRAPH.replace("council", "coun\x00cil") * n).encode()


def nul_flood(scale: float) -> bytes:
    """Mostly NUL bytes: not a page at all."""
    return _HEAD.encode() + b"<p>a\x00b\x00" * _n(scale, 1_000_000)


def lone_surrogates(scale: float) -> str:
    n = _n(scale, 200_000)
    return _HEAD + "<p>x\ud800y\udfffz</p>" * n + _PARAGRAPH * 3


def entity_heavy(scale: float) -> str:
    n = _n(scale, 500_000)
    return _HEAD + "<p>" + "&amp;&#x41;&eacute;&#0;&#xD800;&#99999999;&bogus;&" * n + "</p>"


def script_with_html(scale: float) -> str:
    n = _n(scale, 200_000)
    script = "<script>var s = '<p>not text</p></div><article>';</scr' + 'ipt>';" * n + "</script>"
    return _HEAD + script + "<article><h1>Real</h1>" + _PARAGRAPH * 6 + "</article>"


def xml_external_entities(scale: float) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">'
        '<!ENTITY net SYSTEM "http://127.0.0.1:9/never">'
        '<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
        '<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>'
        "<html><body><article><h1>Entities</h1><p>&xxe; &net; &lol4;</p>"
        + _PARAGRAPH * _n(scale, 5)
        + "</article></body></html>"
    )


def jsonld_deep(scale: float) -> str:
    n = _n(scale, 100_000)
    return (
        '<html><head><script type="application/ld+json">'
        + '{"@type": "NewsArticle", "x": '
        + "[" * n
        + "]" * n
        + "}</script></head><body>"
        + _PARAGRAPH * 5
        + "</body></html>"
    )


def jsonld_huge(scale: float) -> str:
    n = _n(scale, 200_000)
    items = ",".join(
        f'{{"@type": "NewsArticle", "headline": "H{i}", "author": {{"name": "A{i}"}},'
        f' "datePublished": "2024-01-{i % 28 + 1:02d}"}}'
        for i in range(n)
    )
    return (
        f'<html><head><script type="application/ld+json">{{"@graph": [{items}]}}</script>'
        f"</head><body>{_PARAGRAPH * 5}</body></html>"
    )


def long_text_node(scale: float) -> str:
    """One paragraph of 20 MB without a space: regexes on the first paragraph must be capped."""
    n = _n(scale, 20_000_000)
    return _HEAD + "<article><p>WASHINGTON (AP) " + "A" * n + "</p></article>"


def long_word_soup(scale: float) -> str:
    n = _n(scale, 2_000_000)
    return _HEAD + "<p>By " + "Smith and Jones, " * (n // 17) + "</p>" + _PARAGRAPH * 3


def meta_spam(scale: float) -> str:
    n = _n(scale, 100_000)
    metas = "".join(
        f'<meta property="article:published_time" content="2024-01-{i % 28 + 1:02d}">'
        f'<meta name="author" content="Author {i}">'
        for i in range(n)
    )
    return f"<html><head>{metas}</head><body>{_PARAGRAPH * 5}</body></html>"


def date_spam(scale: float) -> str:
    """Thousands of date-like strings: date parsing must be capped, not run on each."""
    n = _n(scale, 100_000)
    return (
        _HEAD
        + "".join(
            f'<time datetime="2024-02-{i % 28 + 1:02d}">Feb {i % 28 + 1}</time>' for i in range(n)
        )
        + "".join(f"<span class='date'>Published {i % 12 + 1} hours ago</span>" for i in range(n))
        + _PARAGRAPH * 5
    )


def byline_spam(scale: float) -> str:
    n = _n(scale, 100_000)
    return (
        _HEAD
        + "".join(
            f'<div class="byline author">By Reporter Number{i} and Another Person, Reuters</div>'
            for i in range(n)
        )
        + _PARAGRAPH * 5
    )


def heading_spam(scale: float) -> str:
    n = _n(scale, 100_000)
    return _HEAD + "".join(
        f"<h1>Headline {i}</h1><h2><a href='/s/{i}'>Link {i}</a></h2>" for i in range(n)
    )


def random_bytes(scale: float) -> bytes:
    n = _n(scale, 10_000_000)
    state = 2463534242
    out = bytearray(n)
    for i in range(0, n, 4):  # xorshift: deterministic, fast enough, no stored blob
        state ^= (state << 13) & 0xFFFFFFFF
        state ^= state >> 17
        state ^= (state << 5) & 0xFFFFFFFF
        out[i : i + 4] = state.to_bytes(4, "little")
    return b"<html>" + bytes(out[:n])


CASES: dict[str, HostileCase] = {
    "deep-nesting": deep_nesting,
    "deep-unclosed-inline": deep_unclosed_mixed,
    "deep-tables": deep_tables,
    "siblings": siblings,
    "big-page": big_page,
    "giant-attribute": giant_attribute,
    "giant-class": giant_class,
    "many-attributes": many_attributes,
    "unclosed-everywhere": unclosed_everywhere,
    "unterminated-tags": unterminated_tags,
    "unclosed-comments": unclosed_comments,
    "nul-bytes": nul_bytes,
    "nul-flood": nul_flood,
    "lone-surrogates": lone_surrogates,
    "entity-heavy": entity_heavy,
    "script-with-html": script_with_html,
    "xml-external-entities": xml_external_entities,
    "jsonld-deep": jsonld_deep,
    "jsonld-huge": jsonld_huge,
    "long-text-node": long_text_node,
    "long-byline-soup": long_word_soup,
    "meta-spam": meta_spam,
    "date-spam": date_spam,
    "byline-spam": byline_spam,
    "heading-spam": heading_spam,
    "random-bytes": random_bytes,
}
