"""Reading an article's history: its versions, what changed, a word-level diff.

The archive keeps earlier versions of an article in ``versions`` (fields and raw
capture, see archive.py); the ``articles`` row is the newest. Here they are read
back as one list of ``Version`` (oldest first, the newest last) for
``crawler history``, ``crawler show``, the WARC export of every capture and
``crawler serve``.

The diff is made for Vietnamese: its tokens are the words as published, with
their diacritics, so a changed tone mark ("mặt" → "mắt": face → eye) is a
changed word, reported as such (``marks``), never hidden by the folding that
search uses. Two spellings of one word count as the same word: Unicode forms
(a precomposed "ò" or "o" + a combining grave) and the place of the tone mark
(old style "hoà", "thuỷ" and new style "hòa", "thủy"), which sites switch
between with a new CMS, not an editor.
"""

from __future__ import annotations

import difflib
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from sqlite_utils import Database

from .archive import VERSION_COLUMNS, VERSION_FIELDS, decompress_raw, newest_version_sql
from .errors import CrawlerError, QueryError
from .extract.text import fold
from .urls import canonicalize, with_www_variants

# The fields whose change makes a new version (archive.text_hash), in the order shown.
COMPARED = ("title", "author", "published", "text")
# Words of unchanged text kept around each change in a shortened diff.
CONTEXT_WORDS = 8
# Vietnamese tone marks (combining, after NFD); vowel marks (ă â ê ô ơ ư) are not among them.
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
# A number as Vietnamese prints it ("13,4%", "1.200", "10:30", "12/5/2024"), a word
# (letters and digits, diacritics included) or one other visible character, each with
# the white space after it.
_TOKEN = re.compile(r"(\d+(?:[.,:/]\d+)*%?(?![^\W_])|[^\W_]+|\S)(\s*)")


@dataclass(frozen=True)
class Version:
    """One version of an article: its fields as extracted, when it was seen, its raw capture."""

    number: int
    seen_at: str | None
    replaced_at: str | None         # None for the newest (the article row)
    title: str | None
    author: str | None
    source: str | None
    published: str | None
    text: str
    category: str | None
    tags: str | None                # JSON list, as stored
    image: str | None
    language: str | None
    content_hash: str | None
    extractor: str | None
    fetched_url: str | None
    status: int | None
    headers: str | None             # JSON object, as stored
    raw: bytes | None               # zlib-compressed, as stored; see ``raw_body``
    raw_fetched_at: str | None

    @property
    def current(self) -> bool:
        return self.replaced_at is None

    def raw_body(self) -> bytes | None:
        """The raw capture's bytes, decompressed (None when none was kept)."""
        return decompress_raw(self.raw) if self.raw is not None else None

    def fields(self) -> dict:
        """The version's fields for display and JSON (no raw capture)."""
        return {"number": self.number, "seen_at": self.seen_at, "replaced_at": self.replaced_at,
                **{name: getattr(self, name) for name in VERSION_FIELDS},
                "fetched_url": self.fetched_url, "status": self.status,
                "raw_fetched_at": self.raw_fetched_at}


@dataclass(frozen=True)
class Article:
    """The archive's article at a URL: its id, stored URL, site and takedown date."""

    id: int
    url: str
    site: str
    removed_at: str | None
    version: int


# -- finding the article -------------------------------------------------------

def url_spellings(url: str) -> list[str]:
    """``url`` and the spellings of it the archive may hold instead: canonical, with or
    without a trailing slash, the www./bare twin, http/https."""
    found = [url.strip()]
    canonical = canonicalize(url)
    if canonical:
        found.append(canonical)
    for spelling in list(found):
        parts = urlsplit(spelling)
        if not parts.netloc:
            continue
        paths = {parts.path, parts.path.rstrip("/") or "/", parts.path + "/"}
        for scheme in ("http", "https"):
            for host in sorted(with_www_variants([parts.netloc.lower()])):
                for path in sorted(paths):
                    found.append(urlunsplit((scheme, host, path, parts.query, "")))
    return list(dict.fromkeys(found))


def find_article(db: Database, url: str) -> Article:
    """The article stored at ``url`` (or at a spelling of it, or at the URL a fetched one
    was stored under); ``QueryError`` when the archive has none."""
    spellings = url_spellings(url)
    marks = ", ".join("?" * len(spellings))
    columns = "id, url, site, removed_at, version"
    rows = db.execute(f"SELECT {columns} FROM articles WHERE url IN ({marks})", spellings).fetchall()
    if not rows:
        # A URL that redirected, or named another as its canonical one: the frontier knows.
        rows = db.execute(f"SELECT {columns} FROM articles WHERE url IN (SELECT canonical FROM frontier"
                          f" WHERE url IN ({marks}) AND canonical IS NOT NULL)", spellings).fetchall()
    if not rows:
        raise QueryError(f"no article at {url} in the archive")
    # The spelling given first wins (exact, then canonical, …).
    rows.sort(key=lambda row: spellings.index(row[1]) if row[1] in spellings else len(spellings))
    return Article(*rows[0])


def versions(db: Database | sqlite3.Connection, article_id: int) -> list[Version]:
    """Every version of the article, oldest first; the last one is the article row
    (``db`` may be a plain connection: Datasette's, for ``crawler serve``)."""
    columns = ", ".join(VERSION_COLUMNS)
    rows = db.execute(f"SELECT {columns} FROM versions WHERE article_id = ? ORDER BY number",
                      [article_id]).fetchall()
    newest = db.execute(f"SELECT {newest_version_sql('NULL')}", [article_id]).fetchone()
    if newest is None:
        raise QueryError(f"no article with id {article_id} in the archive")
    return [Version(*row) for row in [*rows, newest]]


def pick(found: list[Version], number: int | None) -> Version:
    """Version ``number`` of the list (the newest when None); ``QueryError`` if there is none."""
    if number is None:
        return found[-1]
    for version in found:
        if version.number == number:
            return version
    numbers = ", ".join(str(v.number) for v in found)
    raise QueryError(f"no version {number} of this article (it has {numbers})")


def raw_capture(version: Version, url: str) -> bytes:
    body = version.raw_body()
    if body is None:
        raise CrawlerError(f"version {version.number} of {url} has no raw capture")
    return body


# -- comparing -----------------------------------------------------------------

def word_key(word: str) -> str:
    """What makes two spellings of a word the same word: its letters with their vowel
    marks and its tone, wherever the tone mark sits and in whatever Unicode form."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFD", word)
    tones = "".join(sorted(c for c in decomposed if c in _TONES))
    letters = "".join(c for c in decomposed if c not in _TONES)
    return unicodedata.normalize("NFC", letters) + tones


def tokens(text: str | None) -> list[tuple[str, str]]:
    """(token, white space after it) of the text in NFC: words with their diacritics, and
    punctuation one character a token."""
    return _TOKEN.findall(unicodedata.normalize("NFC", text or ""))


@dataclass(frozen=True)
class Change:
    """A piece of a diff: ``op`` is equal, delete, insert or marks (the same word with
    other diacritics: a tone or vowel mark changed). ``old``/``new`` keep their spaces."""

    op: str
    old: str = ""
    new: str = ""

    def to_dict(self) -> dict:
        if self.op == "equal":
            return {"op": "equal", "text": self.new}
        if self.op == "delete":
            return {"op": "delete", "text": self.old}
        if self.op == "insert":
            return {"op": "insert", "text": self.new}
        return {"op": self.op, "old": self.old, "new": self.new}


def diff_words(old: str | None, new: str | None) -> list[Change]:
    """The word-level diff of two texts (see the module's docstring for what is a change)."""
    a, b = tokens(old), tokens(new)
    matcher = difflib.SequenceMatcher(None, [word_key(t) for t, _ in a], [word_key(t) for t, _ in b],
                                      autojunk=False)
    changes: list[Change] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            changes.append(Change("equal", _join(a[i1:i2]), _join(b[j1:j2])))
            continue
        if op == "replace" and i2 - i1 == j2 - j1:
            # Same number of words: a word that only changed its marks is shown as that word.
            for (x, xs), (y, ys) in zip(a[i1:i2], b[j1:j2], strict=True):
                kind = "marks" if fold(x) == fold(y) and x.lower() != y.lower() else "replace"
                if kind == "marks":
                    changes.append(Change("marks", x + xs, y + ys))
                else:
                    changes += [Change("delete", x + xs), Change("insert", new=y + ys)]
            continue
        if i2 > i1:
            changes.append(Change("delete", _join(a[i1:i2])))
        if j2 > j1:
            changes.append(Change("insert", new=_join(b[j1:j2])))
    return _merged(changes)


def _join(parts: list[tuple[str, str]]) -> str:
    return "".join(token + space for token, space in parts)


def _merged(changes: list[Change]) -> list[Change]:
    """Runs of deletions and insertions next to each other as one deletion then one insertion."""
    merged: list[Change] = []
    old = new = ""
    for change in [*changes, Change("equal")]:
        if change.op in ("delete", "insert"):
            old, new = old + change.old, new + change.new
            continue
        if old:
            merged.append(Change("delete", old))
        if new:
            merged.append(Change("insert", new=new))
        old = new = ""
        merged.append(change)
    return merged[:-1]


def _words(text: str) -> int:
    return sum(1 for token, _ in tokens(text) if token[0].isalnum())


def summary(old: Version | None, new: Version) -> dict:
    """What changed from ``old`` to ``new``: the fields (of ``COMPARED``) and, in the text,
    words added, removed and changed in their marks only."""
    if old is None:
        return {"changed": [], "words_added": 0, "words_removed": 0, "words_marks": 0}
    changed = [name for name in COMPARED
               if [word_key(t) for t, _ in tokens(getattr(old, name))]
               != [word_key(t) for t, _ in tokens(getattr(new, name))]]
    added = removed = marks = 0
    if "text" in changed:
        for change in diff_words(old.text, new.text):
            added += _words(change.new) if change.op == "insert" else 0
            removed += _words(change.old) if change.op == "delete" else 0
            marks += _words(change.new) if change.op == "marks" else 0
    return {"changed": changed, "words_added": added, "words_removed": removed, "words_marks": marks}


def listing(found: list[Version]) -> list[dict]:
    """Each version with when it was seen and replaced and what changed from the one before."""
    return [{"number": v.number, "seen_at": v.seen_at, "replaced_at": v.replaced_at, "title": v.title,
             **summary(found[i - 1] if i else None, v)} for i, v in enumerate(found)]


def compare(old: Version, new: Version) -> dict[str, list[Change]]:
    """The word diff of every field of ``COMPARED`` that changed from ``old`` to ``new``."""
    return {name: diff_words(getattr(old, name), getattr(new, name))
            for name in summary(old, new)["changed"]}


# -- rendering -----------------------------------------------------------------

# Terminal colours: deleted red, inserted green, a word whose marks changed bold yellow.
_COLOURS = {"delete": ("\x1b[31;9m", "\x1b[0m"), "insert": ("\x1b[32m", "\x1b[0m"),
            "marks": ("\x1b[1;33m", "\x1b[0m")}
# Plain-text markers (wdiff's), and a word whose marks changed as [~old→new~].
_MARKERS = {"delete": ("[-", "-]"), "insert": ("{+", "+}"), "marks": ("[~", "~]")}


def render(changes: list[Change], *, color: bool = False, context: int | None = CONTEXT_WORDS) -> str:
    """The diff as text: deletions ``[-…-]``, insertions ``{+…+}``, a word whose marks changed
    ``[~mặt→mắt~]`` (or red, green and yellow on a terminal). Unchanged stretches longer than
    twice ``context`` words are shortened to ``…`` (``None``: the whole text)."""
    out = []
    for i, change in enumerate(changes):
        if change.op == "equal":
            out.append(_shortened(change.new, context, first=i == 0, last=i == len(changes) - 1))
            continue
        start, end = (_COLOURS if color else _MARKERS)[change.op]
        if change.op == "marks":
            old, new = change.old.rstrip(), change.new.rstrip()
            shown = f"{old}→{new}" if not color else f"\x1b[31m{old}\x1b[0m→{start}{new}"
            out.append(f"{start if not color else ''}{shown}{end}{change.new[len(new):]}")
            continue
        body = change.old if change.op == "delete" else change.new
        text = body.rstrip()
        out.append(f"{start}{text}{end}{body[len(text):]}")
    return "".join(out)


def _shortened(text: str, context: int | None, *, first: bool, last: bool) -> str:
    """An unchanged stretch with only ``context`` words kept next to each change."""
    if context is None:
        return text
    parts = [token + space for token, space in _TOKEN.findall(text)]
    head, tail = 0 if first else context, 0 if last else context
    if len(parts) <= head + tail + context:
        return text
    return "".join(parts[:head]) + "… " + "".join(parts[len(parts) - tail:])
