"""trafilatura's raw-tree, comment and hidden-element prunes, not run on a tree where they
can find nothing.

trafilatura prunes its whole tree with ``RAW_TREE_PRUNE_XPATH`` (an infinite scroll's
appended articles, share buttons), without comments with ``REMOVE_COMMENTS_AND_LISTS_XPATH``
(comment threads), and with ``OVERALL_DISCARD_XPATH``, whose second expression takes hidden
elements and comment parts. Their ``re:test`` runs a Python callback for every element they
look at, several times each. Every element these expressions take has an attribute (``id``,
``class``, ``style``; ``aria-hidden``) that holds one of a few words of their patterns
(``_RAW``, ``_COMMENTS``, ``_HIDDEN`` below: "omment", "hide", "display"…), and no pattern
matches an absent attribute (read as ""). The values of those attributes, read in one XPath
call without callbacks, say whether one holds such a word; where none does, the expression
finds nothing and is not run. Elsewhere it runs as written. Likewise the cookie-banner part
of ``BASIC_CLEAN_XPATH``, the cleaning of trafilatura's baseline and of its ``html2txt`` (which
measures the page when trafilatura's text is short). (``OVERALL_DISCARD_XPATH``'s
first expression names words found on nearly every page: it always runs.)

Only while ``readability_bound.ours()`` is on: plain trafilatura calls run as written. Written
for the expressions of the trafilatura it was checked against (the digest of their source
below; ``tests/test_trafilatura_shortcuts.py`` checks it and compares the answers page by
page): other expressions run as written.
"""

from __future__ import annotations

import hashlib
import re
from importlib import import_module
from typing import Any

import trafilatura.core
import trafilatura.external
import trafilatura.main_extractor
from lxml import etree, html
from trafilatura.settings import BASIC_CLEAN_XPATH
from trafilatura.xpaths import OVERALL_DISCARD_XPATH, RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH

from . import readability_bound

# The module (``trafilatura.baseline`` names its function, which the package exports).
_BASELINE: Any = import_module("trafilatura.baseline")

# The digest of the expressions the words below are read from (trafilatura 2.3.1).
MIRRORED = "ead880b78f280efc"

_ID_CLASS = etree.XPath(".//@id|.//@class", smart_strings=False)
_ID_CLASS_STYLE_ARIA = etree.XPath(".//@id|.//@class|.//@style|.//@aria-hidden", smart_strings=False)

# Each expression's words: every attribute value its patterns take holds one of them.
_RAW = (("mvp-post-add-", "infinite"), ("elementor-share-buttons",))
_COMMENTS = ("omment", "comol", "disqus_thread")
# OVERALL_DISCARD_XPATH[1]: "comments-title", "reply-…", "hidden" (id, style), "display:none"
# (style), "reader-comments|akismet" (id), "^hide-|comments-title|nocomments|-reply-|message|
# akismet|suggest-links|-hide-|hide-print| hidden| hide|noprint|notloaded" (class), aria-hidden="true".
_HIDDEN = ("comments-title", "reply-", "hidden", "display", "reader-comments", "akismet", "hide",
           "nocomments", "message", "suggest-links", "noprint", "notloaded", "true")


# BASIC_CLEAN_XPATH (the baseline's and ``html2txt``'s cleaning): a union of tags and of the
# elements whose class or id matches a cookie banner's pattern (case-insensitive), every match
# of which holds one of these words, in any case (as ``re:test``'s "i", Python's ``re.I``).
_CONSENT_TEST = "|.//*[re:test(@class, "
_CONSENT = re.compile("cookie|consent|borlabs|cmplz|onetrust|moove", re.I)


def digest() -> str:
    expressions = (*RAW_TREE_PRUNE_XPATH, *REMOVE_COMMENTS_AND_LISTS_XPATH, OVERALL_DISCARD_XPATH[1], BASIC_CLEAN_XPATH)
    return hashlib.sha256("\n".join(e.path for e in expressions).encode()).hexdigest()[:16]


class _Skippable:
    """An expression not run on a tree where no value ``values`` reads holds one of ``words``."""

    def __init__(self, expression: etree.XPath, values: etree.XPath, words: tuple[str, ...]) -> None:
        self.expression, self.values, self.words = expression, values, words

    def __call__(self, tree: html.HtmlElement) -> list:
        if readability_bound.active():
            read = "\n".join(self.values(tree))
            if not any(w in read for w in self.words):
                return []
        return self.expression(tree)


class _Cleaning:
    """BASIC_CLEAN_XPATH, without its cookie-banner part on a tree where no class or id holds
    one of its words (that part finds nothing: the union is the rest's)."""

    def __init__(self, expression: etree.XPath) -> None:
        self.expression = expression
        self.tags = etree.XPath(expression.path[:expression.path.index(_CONSENT_TEST)])

    def __call__(self, tree: html.HtmlElement) -> list:
        if readability_bound.active() and _CONSENT.search("\n".join(_ID_CLASS(tree))) is None:
            return self.tags(tree)
        return self.expression(tree)


def install() -> bool:
    """Put the skippable expressions in trafilatura's modules; False when not mirrored (or
    already installed)."""
    core, main, external = trafilatura.core, trafilatura.main_extractor, trafilatura.external
    if digest() != MIRRORED or core.RAW_TREE_PRUNE_XPATH is not RAW_TREE_PRUNE_XPATH \
            or core.REMOVE_COMMENTS_AND_LISTS_XPATH is not REMOVE_COMMENTS_AND_LISTS_XPATH \
            or main.OVERALL_DISCARD_XPATH is not OVERALL_DISCARD_XPATH \
            or external.OVERALL_DISCARD_XPATH is not OVERALL_DISCARD_XPATH \
            or _BASELINE.BASIC_CLEAN_XPATH is not BASIC_CLEAN_XPATH:
        return False
    core.RAW_TREE_PRUNE_XPATH = [_Skippable(e, _ID_CLASS, w)
                                 for e, w in zip(RAW_TREE_PRUNE_XPATH, _RAW, strict=True)]
    core.REMOVE_COMMENTS_AND_LISTS_XPATH = [
        _Skippable(e, _ID_CLASS, _COMMENTS) for e in REMOVE_COMMENTS_AND_LISTS_XPATH]
    discard = [OVERALL_DISCARD_XPATH[0], _Skippable(OVERALL_DISCARD_XPATH[1], _ID_CLASS_STYLE_ARIA, _HIDDEN)]
    main.OVERALL_DISCARD_XPATH = external.OVERALL_DISCARD_XPATH = discard
    _BASELINE.BASIC_CLEAN_XPATH = _Cleaning(BASIC_CLEAN_XPATH)
    return True
