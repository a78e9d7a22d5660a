"""Small text helpers shared by the extraction modules."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NOT_LETTERS = re.compile(r"[\W\d_]+")
# Combining marks (NFD splits Vietnamese letters into base + marks), dropped by fold.
_MARKS = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def squash(text: str | None) -> str:
    """Collapse all whitespace (incl. non-breaking spaces) to single spaces."""
    if not text:
        return ""
    # Most texts are squashed already (link texts, headings, the lines trafilatura returns, pages
    # printed without indentation), and splitting them into words to join them again is most of
    # what reading a text costs. Every white space but " " is unprintable, so a printable text
    # with no double, leading or trailing space is its own result: checked in C, word by word not.
    if text.isprintable() and "  " not in text and text[0] != " " and text[-1] != " ":
        return text if type(text) is str else str(text)
    return " ".join(text.split())


def squashed_longer(text: str, limit: int) -> bool:
    """Whether ``squash(text)`` is longer than ``limit``, squashing no more of a long text (a
    page's column) than it takes: the squash of a prefix is a prefix of the squash."""
    if len(text) <= limit:
        return False
    head = text[:2 * limit]
    return len(squash(head)) > limit or (len(head) < len(text) and len(squash(text)) > limit)


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower-case, without diacritics, đ→d: for matching, never for display.

    Cached: the same lines (menus, box headings, a page's lines compared with its title
    and its sapo) are folded again and again, and the regex over the marks is slow.
    """
    if text.isascii():
        return text.lower()
    # "ð" too: pages converted from the old Vietnamese encodings write "Đ" as the Icelandic "Ð".
    return _MARKS.sub("", unicodedata.normalize("NFD", text.lower())).replace("đ", "d").replace("ð", "d")


def letter_count(text: str) -> int:
    """How many letters ``text`` has (digits, punctuation and spaces not counted): how much a
    short line says beside a date or a number in it."""
    return len(_NOT_LETTERS.sub("", text))
