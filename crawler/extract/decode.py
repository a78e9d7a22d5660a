"""Raw bytes → correct Vietnamese text.

Order of trust: a byte-order mark; then a declared charset (HTTP header, or a
<meta> anywhere in the page, since some CMSs declare it late); but bytes that
are valid UTF-8 win over a declared Latin-1/windows-1252, which is how
mislabelled UTF-8 pages usually arrive. Undeclared non-UTF-8 bytes go to
charset-normalizer. The result is NFC-normalised: windows-1258 writes tone
marks as combining characters, and search and comparison need one spelling.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I
)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))
# Declarations that UTF-8 bytes commonly hide behind.
_LATIN_LIKE = {"latin-1", "iso8859-1", "cp1252", "ascii", "iso8859-15"}


def declared_charset(body: bytes, content_type: str | None = None) -> str | None:
    """The charset the server or the page claims, as a Python codec name."""
    for found in (_HEADER_CHARSET.search(content_type or ""),
                  _META_CHARSET.search(body)):
        if found:
            name = found.group(1)
            name = name.decode("ascii", "replace") if isinstance(name, bytes) else name
            try:
                return codecs.lookup(name).name
            except LookupError:
                continue
    return None


def decode_html(body: bytes, content_type: str | None = None) -> str:
    """Decode an HTML page's bytes; never raises."""
    return decode_page(body, content_type)[0]


def decode_page(body: bytes, content_type: str | None = None) -> tuple[str, bool]:
    """``decode_html``'s text, and whether it is ``body`` read as UTF-8 and left as it was
    (already NFC): encoding it again gives ``body`` back, so a parser may take the bytes."""
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            return _nfc(body[len(bom):].decode(encoding, errors="replace")), False
    declared = declared_charset(body, content_type)
    utf8 = _try(body, "utf-8")
    if utf8 is not None and (declared is None or declared == "utf-8" or declared in _LATIN_LIKE):
        text = _nfc(utf8)
        return text, text is utf8   # normalize gives back the very string when nothing changes
    if declared and declared not in _LATIN_LIKE:
        other = _try(body, declared)
        if other is not None:
            return _nfc(other), False
    if declared is None or declared in _LATIN_LIKE:
        guess = from_bytes(body[:200_000]).best()
        if guess is not None and guess.encoding:
            return _nfc(body.decode(guess.encoding, errors="replace")), False
    return _nfc(body.decode(declared or "windows-1258", errors="replace")), False


def _try(body: bytes, encoding: str) -> str | None:
    try:
        return body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)
