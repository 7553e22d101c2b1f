"""Publication dates written by scripts: JSON state blobs and ``showDate("...")`` calls.

Many pages render the date on the client: the HTML only holds it inside an inline script,
either as a key of the app's state (``__NEXT_DATA__``, ``window.__INITIAL_STATE__``:
``"publishDate": "2024-12-04T13:35:00Z"``) or as the argument of a small call printed
where the date should appear (``<script>showDate("2024/12/04 13:35")</script>``). Both are
weak evidence (state blobs also describe other stories), so these rules come last in the
published chain, after every candidate the reader or the metadata vouches for.
"""

from __future__ import annotations

import re
from datetime import datetime

from lxml.html import HtmlElement

from copydesk.heuristics.datemeta import written_date
from copydesk.heuristics.dateorder import order_hint
from copydesk.heuristics.datetext import parse_date
from copydesk.heuristics.datezone import HeaderZone
from copydesk.rules import Context, Found

__all__ = ["header_script_date", "script_state_published"]

# A publication key of a JSON object inside a script, with its string value. The quotes may
# be escaped (JSON inside a JS string: ``\"publishDate\":\"2024-...\"``). The key list is
# the publication moment only: plain "date"/"time" keys in state blobs are schedule slots,
# cache stamps and the dates of every teaser on the page.
_STATE_DATE_RE = re.compile(
    r"""\\?["'](?P<key>datePublished|date_published|publishDate|publishedDate|publish_date|
        published_date|publishedAt|published_at|pubDate|pub_date|firstPublishedDate|
        firstPublishedAt|first_published_at|publicationDate|publication_date)\\?["']
        \s*:\s*\\?["'](?P<value>[^"'\\]{8,40})\\?["']""",
    re.VERBOSE,
)
#: Script text searched per script: state blobs can run to megabytes, and the story's own
#: object comes first in them.
MAX_SCRIPT_CHARS = 300_000
#: How many inline scripts are searched before giving up.
MAX_SCRIPTS = 60
#: A script that prints the date in place is a one-liner; longer scripts near the headline
#: are ad and tracking code whose dates are configuration.
MAX_INLINE_CALL = 200
# A call to a function named for dates with a string argument: ``showDate("...")``,
# ``document.write(formatTime('...'))``. Without a headline to measure from, only scripts
# of this shape are read (anywhere else on the page a date in a script is configuration).
_DATE_CALL_RE = re.compile(r"(?:date|time)\w*\s*\(\s*[\"']", re.IGNORECASE)
# Scripts that hold data, not code: JSON-LD is read by ``datemeta`` already.
_LD_TYPE_RE = re.compile(r"ld\+json", re.IGNORECASE)
# Script types that are data or markup, not a call printing the date: JSON-LD (its
# ``dateModified`` is no publication date), JSON state, client-side templates.
_DATA_TYPE_RE = re.compile(r"json|template|html|x-tmpl", re.IGNORECASE)


def script_state_published(ctx: Context) -> Found[datetime] | None:
    """The first publication key of a JSON state blob in an inline script.

    >>> from copydesk.page import Page
    >>> html = '<script>window.__S = {"story": {"publishDate": "2024-12-04T09:00:00Z"}}</script>'
    >>> script_state_published(Context(page=Page(html))).value.date().isoformat()
    '2024-12-04'
    """
    page = ctx.page
    for count, script in enumerate(page.root.iter("script")):
        if count >= MAX_SCRIPTS:
            break
        if script.get("src") or _LD_TYPE_RE.search(script.get("type") or ""):
            continue
        text = (script.text or "")[:MAX_SCRIPT_CHARS]
        if "ub" not in text:  # every key above has "ub" in it: skip the rest cheaply
            continue
        for m in _STATE_DATE_RE.finditer(text):
            value = parse_date(
                m["value"], now=page.now, order=order_hint(ctx), use_dateparser=False
            )
            if value is not None:
                return Found(value=value, rule=f"script:{m['key']}", source="metadata")
    return None


def header_script_date(ctx: Context, layout: HeaderZone) -> Found[datetime] | None:
    """A date passed to a one-line script near the headline (``showDate("2024/12/04")``).

    Only short scripts in the header zone of the body count (on a page without a headline,
    only calls to a function named for dates; never JSON-LD or other data scripts), and
    the date must be a full one written in digits or with a month name (no bare numbers,
    no dateparser).

    >>> from copydesk.page import Page
    >>> html = '<h1>T</h1><p><script>showDate("2020/04/17 01:43:09")</script></p>'
    >>> ctx = Context(page=Page(html))
    >>> header_script_date(ctx, HeaderZone(ctx)).value.isoformat()
    '2020-04-17T01:43:09'
    """
    for el in layout.by_distance(layout.window()):
        if not isinstance(el, HtmlElement) or el.tag != "script" or el.get("src"):
            continue
        if _DATA_TYPE_RE.search(el.get("type") or "") or _in_head(el):
            continue  # data, or a script in <head> (configuration: it prints nothing)
        text = (el.text or "").strip()
        if not text or len(text) > MAX_INLINE_CALL or layout.off_article(el):
            continue
        if not layout.has_headline and not _DATE_CALL_RE.search(text):
            continue
        value = written_date(ctx, text)
        if value is not None:
            return Found(value=value, rule="heuristic:header-script", selector="script")
    return None


def _in_head(el: HtmlElement) -> bool:
    return any(a.tag == "head" for a in el.iterancestors())
