"""The container trafilatura reads: the first element its ``BODY_XPATH`` finds, found faster.

``core._wider_container`` needs the element trafilatura's expressions pick before
trafilatura runs them itself. lxml evaluates their ``re:test`` through a Python callback for
every ``article``/``div``/``main``/``section`` of the page, up to seven times each (about a
millisecond a page of ``../shared/benchmarks``' wcxb); this module asks the same questions of
each element in one walk, with the same regular expressions, once per distinct set of
attributes. It is written for the expressions of the trafilatura it was checked against
(their digest below, and ``tests/test_trafilatura_shortcuts.py`` page by page): any other set of
expressions is evaluated as trafilatura writes it.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Callable
from functools import lru_cache

import trafilatura.main_extractor
from lxml import html
from trafilatura.xpaths import BODY_XPATH

from . import readability_bound

# The digest of the expressions the rules below mirror (trafilatura 2.3.1).
MIRRORED = "049ab58f8ca0d8bf"


def digest() -> str:
    return hashlib.sha256("\n".join(e.path for e in BODY_XPATH).encode()).hexdigest()[:16]


def _search(pattern: str, flags: int = 0) -> Callable[[str], re.Match[str] | None]:
    # as lxml's re:test compiles its pattern
    return re.compile(pattern, re.UNICODE | flags).search


# BODY_XPATH's five expressions, in order: each element's first, or none (5).
_ARTICLE_ID = _search("(?:entry|article|art)-content|article__content|article(?:-|__)?body|articleBody|body-text")
_ARTICLE_CLASS = _search("post[-_]text|post-body|post-?entry|post[-_]?content|postContent|post_inner_wrapper|"
                         "article-?text|articleText|(?:entry|page|text|article|art)-content|article__content|"
                         "article(?:-|__)?body|articleBody|ArticleContent|body-text|article__container")
_STORY_ID = _search("^primary|story-body")
_FULLTEXT = _search("fulltext", re.IGNORECASE)
_STORY_CLASS = _search("^article |post-bodycopy|story-?content|(?:theme|blog|section|single)-content|"
                       "single-post|main-column|wpb_text_column|story-body|field-body")
_MAIN_ID = _search("content-main|content-body|contentBody")
_MAIN_CLASS = _search("content[-_]main|content(?:-|__)body")
_CM = str.maketrans("CM", "cm")
_CP = str.maketrans("CP", "cp")
_NONE = 5


@lru_cache(maxsize=4096)
def _kind(tag: str, cls: str, id_: str, prop: str, role: str) -> int:
    """Which of the expressions first takes an element with these attributes (absent: "").
    Cached: a site's pages repeat their classes and ids, page after page."""
    if cls in ("post", "entry") or prop == "articleBody" or id_ == "articleContent" \
            or _ARTICLE_ID(id_) or _ARTICLE_CLASS(cls):
        return 0
    if tag == "article":
        return 1
    if role == "article" or id_ in ("article", "story") \
            or cls in ("postarea", "art-postcontent", "text", "cell", "story") \
            or _STORY_ID(id_) or _FULLTEXT(cls) or _STORY_CLASS(cls):
        return 2
    if id_ == "content" or cls == "content" or _MAIN_ID(id_) or _MAIN_CLASS(cls) \
            or "main-content" in id_.translate(_CM) or "main-content" in cls.translate(_CM) \
            or "page-content" in cls.translate(_CP):
        return 3
    if tag == "main" or cls.startswith("main") or id_.startswith("main") or role.startswith("main"):
        return 4
    return _NONE


def by_xpath(tree: html.HtmlElement) -> html.HtmlElement | None:
    """The first element the first of ``BODY_XPATH``'s expressions to find any finds."""
    for expr in BODY_XPATH:
        found = next(iter(expr(tree)), None)
        if found is not None:
            return found
    return None


def first_container(tree: html.HtmlElement) -> html.HtmlElement | None:
    """``by_xpath(tree)``, in one walk where the expressions are the mirrored ones."""
    if _FAST is False:
        return by_xpath(tree)
    return first_kind(tree)[1]


def first_kind(tree: html.HtmlElement) -> tuple[int, html.HtmlElement | None]:
    """Which of the (mirrored) expressions is the first to find an element, and its first
    element: every one before it finds none (``_NONE``, None: none finds any)."""
    best, found = _NONE, None
    for el in tree.iter("article", "div", "main", "section"):
        kind = _kind(el.tag, el.get("class") or "", el.get("id") or "", el.get("itemprop") or "", el.get("role") or "")
        if kind < best:
            best, found = kind, el
            if kind == 0:
                break   # the first expression's first element: nothing before it in order or in rank
    return best, found


_FAST = digest() == MIRRORED


class _Expression:
    """One of ``BODY_XPATH``'s expressions as trafilatura's ``_extract`` asks them, in order, of
    one tree, for its first element: inside our extraction (``readability_bound.ours``) the
    answers before the first expression's that finds one, and that one, come from
    ``first_kind``'s walk (the tree is the same until an expression finds an element); the
    later expressions run as written (trafilatura prunes the tree it found before asking them)."""

    def __init__(self, index: int, expression: Callable) -> None:
        self.index, self.expression = index, expression

    def __call__(self, tree: html.HtmlElement) -> list:
        if not readability_bound.active() or tree.tag in _WALKED:
            return self.expression(tree)
        if self.index == 0:
            _asked.tree, (_asked.kind, _asked.found) = tree, first_kind(tree)
        elif getattr(_asked, "tree", None) is not tree:
            return self.expression(tree)
        if self.index < _asked.kind:
            return []
        if self.index == _asked.kind:
            return [_asked.found]
        return self.expression(tree)


_WALKED = ("article", "div", "main", "section")   # a root the expressions (``.//``) do not take
_asked = threading.local()
# ``_extract``'s use of the answers: its first element, the expressions in order.
_EXTRACT_MIRRORED = "3e0e39ed3e03e8e4"


if _FAST and readability_bound.source_digest(trafilatura.main_extractor._extract) == _EXTRACT_MIRRORED \
        and trafilatura.main_extractor.BODY_XPATH is BODY_XPATH:
    trafilatura.main_extractor.BODY_XPATH = [_Expression(i, e) for i, e in enumerate(BODY_XPATH)]
