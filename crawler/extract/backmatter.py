"""A document's back matter after its story: the licence it is published under, how to cite
it, and its notes' links back to the text.

Research blogs, institutes' notes and documentation generators (Quarto, Hugo's academic
themes, Jekyll's "cite this" includes) close a post with a block saying which licence it is
under (a link marked ``rel="license"``, the HTML way of naming one) and a citation of the post
itself, often as a BibTeX entry (``@online{key, author = {…}, …}``) in a ``<pre>``. Neither is
the story's text. Each rests on a standard mark, not on a template's names: the ``rel`` value
HTML defines, and the shape of a BibTeX entry. Only a part at the body's end goes, with the
heading over it: a story that quotes a BibTeX entry in its middle (a guide to citing) keeps it.

The notes themselves are the story's (what its numbers rest on); only their links back to the
reference ("↩") go, which made a list of notes read as a menu of short links.

A closing "Nguồn"/"Sources" section (a wiki's news story, Wikinews' convention: a heading over
a list of the reports it rests on) is the story's source, as a "Nguồn: …" line under a paper's
story is (the article's ``source``, never its text); a "Tham khảo"/"References" section of notes
stays, as the notes do.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from lxml import html

from .clean import drop, text_of
from .text import fold

_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
# An entry's type, its key and its first field: "@online{gialua2024,\n  author = {…".
_BIBTEX = re.compile(r"^\s*@[a-z]+\s*\{\s*[^\s,{}]+\s*,\s*[a-z]+\s*=", re.I)
_SYMBOLS = re.compile(r"^[\W_]+$")   # no letter nor digit: "↩︎", "↑", "^"
_CITATION_CHARS = 300   # a citation's block besides its entry: a label, the reference in a line or two
_LICENCE_CHARS = 120    # a licence's block: its heading and one line naming the licence


def remove_back_matter(tree: html.HtmlElement, headline: html.HtmlElement | None) -> None:
    """Drop the licence and citation parts that end the block holding the headline and the
    story (its ``<article>``, its ``<main>``), last first: the part before the last one ends
    that block once the last one is gone. Before the body is measured: a citation's lines are
    dense text, and a short story's body would be found in them."""
    if headline is None:
        return
    parts: list[html.HtmlElement] = []
    for mark in _marks(tree):
        part = _part_of(mark, tree)
        if part is not None and part not in parts and not any(p in part.iterancestors() for p in parts):
            parts = [p for p in parts if part not in p.iterancestors()] + [part]
    if not parts:
        return
    above = {headline, *headline.iterancestors()}
    for part in sorted(parts, key=_position(tree), reverse=True):
        holder = next((a for a in part.iterancestors() if a in above), None)
        if holder is None or part in above or not _ends(part, holder):
            continue
        heading = _heading_before(part)
        drop(part)
        if heading is not None and _ends(heading, holder):
            drop(heading)


# A sources section's heading, read whole and folded ("Nguồn", "Nguồn tin", "Sources").
_SOURCES_HEADING = re.compile(r"(nguon|nguon tin|nguon bai|nguon bai viet|cac nguon|sources?)\W*")
_SOURCE_ITEM_CHARS = 250   # a source's item: a report's title, its outlet and its date


def remove_sources_section(tree: html.HtmlElement) -> None:
    """Drop a heading naming the story's sources and the list of them under it, when the list
    ends the block the story is in (a Wikinews-style "Sources" section)."""
    for heading in [h for h in tree.iter(*_HEADINGS) if _SOURCES_HEADING.fullmatch(fold(text_of(h)))]:
        listed = next((x for x in heading.itersiblings() if isinstance(x.tag, str) and text_of(x)), None)
        parent = heading.getparent()
        if listed is None or listed.tag not in ("ul", "ol") or parent is None or not _ends(listed, parent):
            continue
        items = [text_of(li) for li in listed.iter("li")]
        if items and all(len(item) <= _SOURCE_ITEM_CHARS for item in items):
            drop(listed)
            drop(heading)


def drop_back_links(tree: html.HtmlElement) -> None:
    """Drop the links from a note back to its reference in the text: DPUB-ARIA's
    ``role="doc-backlink"``, or an in-page link of a list item whose text is a symbol ("↩︎").
    A list of notes each ending with such a short link is taken for a menu and dropped whole."""
    for a in list(tree.iter("a")):
        if a.get("role") == "doc-backlink" or (a.get("href") or "").startswith("#") \
                and _SYMBOLS.match(a.text_content().strip() or "x") and next(a.iterancestors("li"), None) is not None:
            drop(a)


def _marks(body: html.HtmlElement) -> Iterator[html.HtmlElement]:
    for el in body.iter("a", "pre"):
        if el.tag == "pre":
            if _BIBTEX.match(el.text_content()):
                yield el
        elif "license" in (el.get("rel") or "").lower().split():
            yield el


def _part_of(mark: html.HtmlElement, body: html.HtmlElement) -> html.HtmlElement | None:
    """The block below ``body`` that holds ``mark`` and little else: its headed section (a
    ``<section>``, or a block opening with a heading), else the widest block around it whose
    text is a line (a licence's) or two besides a BibTeX entry (a citation's) and that holds
    no paragraph of its own (the story's last paragraphs beside a licence line)."""
    entries = sum(len(text_of(p)) for p in mark.iter("pre"))
    limit = _CITATION_CHARS if mark.tag == "pre" else _LICENCE_CHARS
    part, el = None, mark
    while el is not body and el is not None:
        if len(text_of(el)) - entries > limit:
            break
        if el.tag == "section" or _opens_with_heading(el):
            return el
        if any(text_of(p) and mark not in p.iter() for p in el.iter("p")):
            break
        part = el
        el = el.getparent()
    return None if part is None or part.tag == "a" else part


def _opens_with_heading(el: html.HtmlElement) -> bool:
    first = next((c for c in el if isinstance(c.tag, str) and text_of(c)), None)
    return first is not None and first.tag in _HEADINGS


def _heading_before(part: html.HtmlElement) -> html.HtmlElement | None:
    before = next((x for x in part.itersiblings(preceding=True) if isinstance(x.tag, str) and text_of(x)), None)
    return before if before is not None and before.tag in _HEADINGS else None


def _ends(el: html.HtmlElement, body: html.HtmlElement) -> bool:
    """Whether nothing with text follows ``el`` in ``body``."""
    while el is not body:
        if (el.tail or "").strip() or any(isinstance(x.tag, str) and text_of(x) or (x.tail or "").strip()
                                          for x in el.itersiblings()):
            return False
        parent = el.getparent()
        if parent is None:
            return False
        el = parent
    return True


def _position(body: html.HtmlElement) -> Callable[[html.HtmlElement], int]:
    order = {el: i for i, el in enumerate(body.iter())}
    return lambda el: order.get(el, -1)
