"""Comment threads told by shape: a run of like boxes, each stamped with a time.

With class names a comment thread goes by name (:mod:`~copydesk.heuristics.boilerplate`);
on a page whose classes say nothing (stripped, or hashed as CSS-in-JS sites do) a long
comment can outscore a short story. A comment sits in one of several sibling boxes of one
shape (avatar, name, time, text), most of them carrying a short timestamp line ("2 days
ago at 08:51 am", ``<time>``), under a title naming comments ("Top Rated Comments"); a
story's sections carry no timestamp each, and a live blog's stamped posts no such title.
:func:`before_comments` (used by :mod:`~copydesk.heuristics.containers`) passes over a
best candidate set in such a run for the best one before it.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from copydesk.heuristics.chromewords import is_date_line
from copydesk.heuristics.scoring import Stats

__all__ = ["before_comments", "in_post_run", "is_thread_label"]

#: A run of posts has at least this many like boxes with a timestamp.
MIN_STAMPED_POSTS = 3
#: The candidate is looked at and this many of its ancestors.
POST_MAX_LEVELS = 5
#: A timestamp line is short ...
STAMP_MAX_CHARS = 40
#: ... and found among the first elements of a post box (its header).
STAMP_MAX_SCAN = 30


def in_post_run(el: HtmlElement, root: HtmlElement) -> bool:
    """True when ``el`` sits in one of a run of like sibling boxes stamped with a time,
    under a title naming comments.

    >>> import lxml.html
    >>> post = lambda n: (f"<div><div><a href='/u/{n}'>user{n}</a></div><div>"
    ...     f"<div>2 days ago at 08:5{n} am</div><div>Comment {n}, long enough.</div></div></div>")
    >>> page = lxml.html.fragment_fromstring(
    ...     "<div><div><p>The story.</p></div><div><h2>Comments</h2>"
    ...     + "".join(post(n) for n in range(3)) + "</div></div>")
    >>> comment = page.xpath("//div[contains(text(), 'Comment 1')]")[0]
    >>> story = page.xpath("//p")[0]
    >>> in_post_run(comment, page), in_post_run(story, page)
    (True, False)
    >>> page.find(".//h2").text = "Live updates"  # a live blog's stamped posts
    >>> in_post_run(comment, page)
    False
    """
    node = el
    for _ in range(POST_MAX_LEVELS):
        parent = node.getparent()
        if node is root or parent is None:
            return False
        shape = _shape(node)
        stamped = 0
        for sib in parent:
            # The tag first: it is the shape's first part, and cheap to compare.
            if sib.tag == node.tag and _shape(sib) == shape and _has_stamp(sib):
                stamped += 1
                if stamped >= MIN_STAMPED_POSTS:
                    return _labelled(parent, node)
        node = parent
    return False


# A comment thread's title: "Comments", "Top Rated Comments", "3 Responses to “Title”",
# "Kommentare (12)", "Reader reactions". A live blog's posts are stamped too, but its
# title names no comments.
_THREAD_LABEL = re.compile(
    r"""^\W*(?:\d+\s+)?(?:[^\W\d_]+\s+){0,2}
        (?:comments?|kommentare?|commentaires?|comentarios?|commenti|replies|leserkommentare)\b
        .{0,80}$
    # "Reactions", "Responses", "Discussion" only alone (with a count): "World reactions to
    # the election" heads a live blog's posts, not a comment thread.
    |^\W*(?:\d+\s+)?(?:reactions?|responses?|discussion|diskussion)(?:\s*\(?\d+\)?)?\W*$""",
    re.VERBOSE | re.IGNORECASE,
)
#: The thread's title is looked for among the elements before it, this many levels up.
THREAD_LABEL_LEVELS = 3
#: A title is a short line.
THREAD_LABEL_MAX_CHARS = 100
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _labelled(box: HtmlElement, post: HtmlElement) -> bool:
    """True when a title naming comments stands before the run of posts in ``box``."""
    holder = post
    for _ in range(THREAD_LABEL_LEVELS):
        for child in box:
            if child is holder:
                break
            if isinstance(child.tag, str) and is_thread_label(child):
                return True
        holder, parent = box, box.getparent()
        if parent is None:
            return False
        box = parent
    return False


def is_thread_label(el: HtmlElement) -> bool:
    """Whether ``el`` titles a comment thread ("Comments", "12 Kommentare", "Reactions")."""
    if el.tag not in _HEADINGS and len(el) > 2:
        return False  # a title is a heading or a line of text, not a box
    text = " ".join(el.text_content().split())
    return len(text) <= THREAD_LABEL_MAX_CHARS and _THREAD_LABEL.match(text) is not None


def _shape(el: HtmlElement) -> tuple[str, tuple[str, ...]]:
    """A box's tag and its children's tags: like boxes of a run share it."""
    return el.tag, tuple(c.tag for c in el if isinstance(c.tag, str))


def _has_stamp(box: HtmlElement) -> bool:
    """True when a box holds a ``<time>`` or a short timestamp line near its start."""
    for i, el in enumerate(box.iterdescendants()):
        if i >= STAMP_MAX_SCAN:
            break
        if not isinstance(el.tag, str):
            continue
        if el.tag == "time":
            return True
        if len(el) == 0:
            text = (el.text or "").strip()
            if text and len(text) <= STAMP_MAX_CHARS and is_date_line(text):
                return True
    return False


#: A candidate before a comment thread replaces a best one inside it when it scores at
#: least this share of it ...
PRE_THREAD_MIN_SHARE = 0.3
#: ... and holds at least this much prose (a story, not a teaser's blurb).
PRE_THREAD_MIN_PROSE = 300


def before_comments(
    ranked: list[HtmlElement],
    final: dict[HtmlElement, float],
    stats: dict[HtmlElement, Stats],
    root: HtmlElement,
) -> list[HtmlElement]:
    """The ranking with the best candidate set before a comment thread first, and the
    thread's candidates out, when the best one sits inside the thread
    (:func:`in_post_run`).

    Page shape: a short story followed by a long comment, on a page whose class names say
    nothing: the comment outscores the story. The story comes before the thread.
    """
    best = ranked[0]
    if not in_post_run(best, root):
        return ranked
    for el in ranked[1:]:
        st = stats.get(el)
        if (
            final[el] >= PRE_THREAD_MIN_SHARE * final[best]
            and st is not None
            and st.prose >= PRE_THREAD_MIN_PROSE
            and _precedes(el, best)
            and not in_post_run(el, root)
        ):
            return [el, *(c for c in ranked if c is not el and not in_post_run(c, root))]
    return ranked


def _precedes(a: HtmlElement, b: HtmlElement) -> bool:
    """True when ``a`` comes before ``b`` in the page and neither holds the other."""
    a_chain = [a, *a.iterancestors()]
    position = {id(x): n for n, x in enumerate(a_chain)}
    b_child = b
    for anc in b.iterancestors():
        n = position.get(id(anc))
        if n is not None:
            if n == 0:
                return False  # a holds b
            return bool(anc.index(a_chain[n - 1]) < anc.index(b_child))
        b_child = anc
    return False
