"""Small text helpers shared by the extraction modules."""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")


def squash(text: str | None) -> str:
    """Collapse all whitespace (incl. non-breaking spaces) to single spaces."""
    return _SPACE.sub(" ", (text or "").replace("\xa0", " ")).strip()


def fold(text: str) -> str:
    """Lower-case, without diacritics, đ→d: for matching, never for display."""
    text = unicodedata.normalize("NFD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("đ", "d")
