"""readability's turn inside trafilatura, skipped where it cannot change the result.

trafilatura (not in fast mode) runs readability over a copy of the tree it reads, in
``compare_extraction``, and takes readability's text instead of its own only when
``_prefer_readability`` says so. In the balanced focus our options have, that is when
readability's text is more than twice as long as its own, or when it is longer than twice
``min_extracted_size`` and the own extraction has no paragraph text or more tables than
paragraphs. readability keeps, moves and drops the tree's text, in order, and adds none (but
"VIDEO" in a video's iframe; and the text of a raw-text element, ``<xmp>`` or ``<noembed>``,
reads longer once its summary, printed as XML, is parsed again as HTML): its text, trimmed,
is never longer than the whole tree's, trimmed. So where the tree's text is at most twice
trafilatura's own, with paragraph text and no more tables than paragraphs in the own
extraction, readability cannot win, and it reads an empty tree instead: about a third of
trafilatura's time on a page we cleaned (most of the story is what is left of the page).

Only while ``ours()`` is on (``core._main_text``): plain trafilatura calls run as written.
Written for the trafilatura it was checked against (the digest of the functions' source
below, as ``bodypath``; ``tests/test_trafilatura_shortcuts.py`` compares every fixture page
with the shortcut and without it): another trafilatura runs readability as it writes.
"""

from __future__ import annotations

import hashlib
import inspect
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from copy import copy
from typing import Any

import trafilatura.core
import trafilatura.external
import trafilatura.readability_lxml
from lxml import etree, html
from trafilatura.settings import Extractor

from .text import squash

# The digest of the functions the reasoning above reads (trafilatura 2.3.1).
MIRRORED = "8707055478111852"
# Elements whose text may read longer after readability (see above): no shortcut on a tree with one.
_GROWS = ("iframe", "xmp", "plaintext", "noembed", "noframes")

_state = threading.local()
_compare = trafilatura.core.compare_extraction
# trafilatura's own, which the shortcuts below stand in for (and their digests read).
_prepare_tree = trafilatura.core._prepare_tree
_extract_and_compare = trafilatura.core._extract_and_compare


def source_digest(*functions: Any) -> str:
    """The digest of trafilatura functions' source, which a shortcut mirrors; "" when it is
    installed without its source (not checked, so no shortcut)."""
    try:
        sources = [inspect.getsource(f) for f in functions]
    except (OSError, TypeError):
        return ""
    return hashlib.sha256("\n".join(sources).encode()).hexdigest()[:16]


def digest() -> str:
    return source_digest(
        _extract_and_compare, trafilatura.external.compare_extraction,
        trafilatura.external._prefer_readability, trafilatura.external.try_readability,
        trafilatura.readability_lxml.Document)


# Compiled once, as plain strings: ``body.xpath(…)`` compiles the expression at every call.
_P_TEXTS = etree.XPath(".//p//text()", smart_strings=False)


def loses(raw_tree: html.HtmlElement, body: html.HtmlElement, own: int, options: Extractor) -> bool:
    """Whether ``_prefer_readability`` is surely false for ``raw_tree`` (what readability would
    read), trafilatura's ``body`` and the length ``own`` of its text, whatever readability finds."""
    if options.focus != "balanced" or not own or next(raw_tree.iter(*_GROWS), None) is not None:
        return False
    if not _P_TEXTS(body) or len(body.findall(".//table")) > len(body.findall(".//p")):
        return False
    text = raw_tree.text_content()
    return len(text) <= 2 * own or len(squash(text)) <= 2 * own   # squash only shortens it


def _compare_extraction(cleaned_tree: html.HtmlElement, raw_tree: html.HtmlElement, body: html.HtmlElement,
                        text: str, options: Extractor) -> tuple:
    if active() and loses(raw_tree, body, len(text), options):
        raw_tree = html.Element("html")   # readability finds nothing: the own extraction stays
    return _compare(cleaned_tree, raw_tree, body, text, options)


def active() -> bool:
    """Whether ``ours()`` is on in this thread."""
    return getattr(_state, "on", False)


@contextmanager
def ours() -> Iterator[None]:
    """readability skipped, where it cannot win, in the trafilatura calls made inside."""
    outer = active()
    _state.on = True
    try:
        yield
    finally:
        _state.on = outer


# -- the copies made for readability and justext ---------------------------------------------
#
# trafilatura copies the tree it reads for readability (``copy(tree)`` in ``_extract_and_compare``)
# and its cleaned tree before converting its tags (``_prepare_tree``'s backup), which only
# ``justext_rescue`` reads, in ``compare_extraction``, and (comments on) a forum's capture in
# ``trafilatura_sequence``. Inside our extraction (comments off) the copy for readability is made
# only where readability may win (``loses`` reads the tree itself: the copy is the same text), and
# the backup only where justext is asked: where readability may win, or trafilatura's own text is
# unclean or short. It is then made again as it was, from the same tree (nothing changes that
# tree between ``_prepare_tree`` and ``_extract_and_compare``): each copy is about a twentieth
# of trafilatura's time on a page we cleaned. Written for the functions of the digest below.
COPIES_MIRRORED = "4be6005b728bab22"
_SANITIZED = etree.XPath(trafilatura.external.SANITIZED_XPATH)   # what ``compare_extraction`` calls unclean


def copies_digest() -> str:
    return source_digest(
        trafilatura.core.trafilatura_sequence, _prepare_tree, _extract_and_compare, trafilatura.core._recall_retry,
        trafilatura.external.compare_extraction)


def _prepare_tree_once(tree: html.HtmlElement, options: Extractor, url: str | None) -> tuple:
    if not active() or options.comments:
        return _prepare_tree(tree, options, url)
    cleaned = trafilatura.core.tree_cleaning(copy(tree), options)
    return trafilatura.core.convert_tags(cleaned, options, url), None   # no backup yet


def _extract_and_compare_copying_less(cleaned_tree: html.HtmlElement, cleaned_tree_backup: Any,
                                      tree: html.HtmlElement, options: Extractor) -> tuple[Any, str]:
    backup = cleaned_tree_backup
    if backup is not None:   # made by trafilatura's own ``_prepare_tree``
        return _extract_and_compare(cleaned_tree, backup, tree, options)
    body, text = trafilatura.core.extract_content(cleaned_tree, options)
    if options.fast:
        return body, text
    if loses(tree, body, len(text), options):
        raw_tree = html.Element("html")   # readability finds nothing: the own extraction stays
        justext = len(text) < options.min_extracted_size or bool(_SANITIZED(body))
    else:
        raw_tree, justext = copy(tree), True
    if justext:
        backup = trafilatura.core.tree_cleaning(copy(tree), options)
    return _compare(backup, raw_tree, body, text, options)


if digest() == MIRRORED:
    trafilatura.core.compare_extraction = _compare_extraction
    if copies_digest() == COPIES_MIRRORED:
        trafilatura.core._prepare_tree = _prepare_tree_once
        trafilatura.core._extract_and_compare = _extract_and_compare_copying_less
