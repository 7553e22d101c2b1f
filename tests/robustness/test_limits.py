"""Unit tests for copydesk.limits: depth flattening and the attribute cap keep all text."""

from __future__ import annotations

import lxml.html
import pytest

from copydesk.limits import (
    MAX_ATTRIBUTES,
    MAX_CLASS_CHARS,
    MAX_DEPTH,
    cap_attributes,
    flatten_deep_nesting,
    parse_bounded,
    tree_depth,
)


def _factory(huge: bool) -> lxml.html.HTMLParser:
    return lxml.html.HTMLParser(huge_tree=huge, no_network=True)


@pytest.mark.parametrize(
    ("html", "depth", "expected"),
    [
        ("<div><div><div>x</div></div></div>", 2, "<div><div> x </div></div>"),
        ("<b><i><u>x</u></i></b>y", 1, "<b>x</b>y"),
        (
            "<div><script>'<div><div><div>'</script></div>",
            1,
            "<div><script>'<div><div><div>'</script></div>",
        ),
        ("<div><!-- <div><div> --><p>x</p></div>", 1, "<div><!-- <div><div> --> x </div>"),
        ("<div><p>a<p>b<p>c</div>", 2, "<div><p>a<p>b<p>c</div>"),  # <p> closes <p>
        (
            "<div><br><img src=x><hr><div>x</div></div>",
            2,
            "<div><br><img src=x><hr><div>x</div></div>",
        ),
        ("<div><div>x</div>", 1, "<div> x "),
        ("a < b and <3", 1, "a < b and <3"),
    ],
    ids=["blocks", "inline", "script", "comment", "p-autoclose", "void", "unclosed", "not-tags"],
)
def test_flatten_deep_nesting(html: str, depth: int, expected: str) -> None:
    assert flatten_deep_nesting(html, depth) == expected


def test_flatten_keeps_every_word() -> None:
    words = [f"w{i}" for i in range(3000)]
    html = "".join(f"<div><span>{w} " for w in words)
    flat = flatten_deep_nesting(html, 50)
    assert lxml.html.fromstring(flat).text_content().split() == words


@pytest.mark.parametrize("depth", [10, 255, 257, 3000])
def test_parse_bounded_depth(depth: int) -> None:
    root = parse_bounded(
        "<p>a</p>" + "<section>" * depth + "mid" + "</section>" * depth + "<p>z</p>", _factory
    )
    assert tree_depth(root) <= MAX_DEPTH
    assert " ".join(root.itertext()).split() == ["a", "mid", "z"]


def test_parse_bounded_huge_text_node() -> None:
    text = "word " * 3_000_000  # 15 MB: over libxml2's default 10 MB text node limit
    root = parse_bounded(f"<p>{text}</p><p>after</p>", _factory)
    assert root.text_content().endswith("after")
    assert len(root.text_content()) > 14_000_000


@pytest.mark.parametrize(
    "attribute",
    ['a{i}="x y = z"', "a{i}='1'", "a{i}=bare", "a{i}", 'data-json{i}=\'{{"k": "=v"}}\''],
    ids=["double-quoted", "single-quoted", "bare", "no-value", "json-value"],
)
def test_cap_attributes(attribute: str) -> None:
    attrs = " ".join(attribute.format(i=i) for i in range(2000))
    capped = cap_attributes(f"<p>before</p><div {attrs}>inside</div><p>after</p>")
    root = lxml.html.fromstring(capped)
    div = root.find(".//div")
    assert div is not None
    assert len(div.attrib) == MAX_ATTRIBUTES
    assert root.text_content() == "beforeinsideafter"


def test_cap_attributes_leaves_long_values_alone() -> None:
    html = '<p title="' + "x" * 100_000 + '" class="a">text</p>'
    assert cap_attributes(html) == html


def test_cap_attributes_unterminated_tag() -> None:
    html = "<p>ok</p><div " + " ".join(f"a{i}=1" for i in range(5000))
    assert cap_attributes(html).count("=") == MAX_ATTRIBUTES


@pytest.mark.parametrize(
    "element", ["script", "style", "SCRIPT", "script type='application/ld+json'"]
)
def test_cap_attributes_never_touches_raw_text(element: str) -> None:
    """Minified code has "<x" followed by thousands of word-like tokens: not a tag."""
    code = "if(a<b " + " ".join(f"v{i}=1" for i in range(3000)) + ")"
    name = element.split()[0]
    html = f"<{element}>{code}</{name}><p " + " ".join(f"a{i}=1" for i in range(500)) + ">x</p>"
    capped = cap_attributes(html)
    assert code in capped
    assert capped.count("=") == 3000 + MAX_ATTRIBUTES + (1 if "type=" in element else 0)


@pytest.mark.parametrize("quote", ['"', "'", ""])
@pytest.mark.parametrize("name", ["class", "ID"])
def test_giant_class_and_id_values_are_shortened(name: str, quote: str) -> None:
    value = " ".join(f"c{i}" for i in range(100_000)) if quote else "x" * 100_000
    html = f"<p>a</p><div {name}={quote}{value}{quote} title='keep'>inside</div><p>z</p>"
    root = lxml.html.fromstring(cap_attributes(html))
    div = root.find(".//div")
    assert div is not None
    assert 0 < len(div.get(name.lower()) or "") <= MAX_CLASS_CHARS
    assert div.get("title") == "keep"
    assert root.text_content() == "ainsidez"


def test_other_long_attribute_values_are_kept() -> None:
    value = "x " * 50_000
    html = f'<meta name="description" content="{value}"><div data-x="{value}">t</div>'
    assert cap_attributes(html) == html
