"""Full-text search that ignores Vietnamese diacritics both ways, đ included.

The FTS5 index folds tone and vowel marks (``remove_diacritics 2``) but keeps
``đ`` as its own letter. So every query word is folded the same way (đ → d)
and each ``d`` is then offered both ways: ``duong`` matches the indexed
``duong`` and ``đuong``. The index stays a single copy of the real text, and
snippets show the diacritics as published.

Query language (what a person types; never raw FTS5 syntax):

    đường cao tốc          all words, any order
    "cao tốc"              a phrase
    -"tin cũ"  -bóng       exclude
    giao*                  prefix
    lũ OR lụt              either; AND binds tighter than OR; (parentheses) group

Field prefixes (``title:cao``, ``author:…``) are not part of it: they raise
``QueryError`` naming the option to use instead (``--author``, ``--site``, …),
rather than silently searching for the word "title".

A query that cannot be understood raises ``QueryError`` with a one-line reason.
"""

from __future__ import annotations

import itertools
import re
import sqlite3
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from sqlite_utils import Database

from .archive import chrono_ceiling, chrono_floor
from .errors import QueryError
from .extract.text import fold

_WORD = re.compile(r"[^\W_]+")
MAX_QUERY_CHARS = 1000
# A phrase with many d's has 2^n spellings; past this many we match its words
# anywhere in the article instead of as a phrase.
MAX_PHRASE_SPELLINGS = 32
SNIPPET_START, SNIPPET_END = "\x02", "\x03"
# Ranked search ranks at most this many of the newest matches (see ``search``).
RANK_WINDOW = 5000
# Title counts most, then author; text and the d-spellings of its đ words alike.
RANK = "bm25(articles_fts, 10.0, 3.0, 1.0, 1.0)"
# Ranked search leaves out of its bm25 the query's phrases found in at least this share
# of the newest RANK_SAMPLE articles (see ``_rank_match``).
COMMON_SHARE = 0.6
RANK_SAMPLE = 2000
# A prefix standing for at most this many of the index's terms is searched as their OR
# (see ``_expand_prefixes``); one standing for more is left to FTS5.
PREFIX_TERMS = 200


@dataclass(frozen=True)
class Filters:
    """What every listing of articles can be narrowed by (search and export)."""

    query: str | None = None
    site: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    unique: bool = False    # leave out syndicated copies (articles.duplicate_of set)
    author: str | None = None   # the byline has these words (diacritics optional)
    removed: bool = False       # only articles taken down (articles.removed_at set)


@dataclass(frozen=True)
class Hit:
    url: str
    title: str | None
    site: str
    published: str | None
    author: str | None
    snippet: str
    rank: float | None      # bm25 (lower is better); None when listed newest first
    removed_at: str | None = None   # when the article was first seen gone (a takedown)
    version: int | None = None      # only this earlier version matched (``all_versions``)

    def to_dict(self) -> dict:
        found = {"url": self.url, "title": self.title, "site": self.site,
                 "published": self.published, "author": self.author,
                 "snippet": self.snippet.replace(SNIPPET_START, "").replace(SNIPPET_END, ""),
                 "rank": round(self.rank, 4) if self.rank is not None else None,
                 "removed_at": self.removed_at}
        if self.version is not None:
            found["version"] = self.version
        return found


# -- parsing -----------------------------------------------------------------

def to_fts(query: str) -> str:
    """Compile a user query into an FTS5 MATCH expression."""
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"query is too long ({len(query)} characters, at most {MAX_QUERY_CHARS})")
    tokens = list(_lex(unicodedata.normalize("NFC", query)))
    if not tokens:
        raise QueryError("empty query: give at least one word to search for")
    parser = _Parser(tokens)
    node = parser.parse_or()
    if parser.pos != len(tokens):
        raise QueryError(f"unexpected {parser.describe(tokens[parser.pos])} in query")
    compiled = _compile(node)
    if compiled is None:
        raise QueryError("query has no searchable words (only punctuation or symbols)")
    return compiled


# ``title:cao`` as other search engines spell a field; a word ending in ':' in Vietnamese
# prose ("Lạng Sơn:") is not one, since only these names count.
_FIELD_PREFIX = re.compile(r"^(?:title|author|text|site|url|category|tags?|published|date|source|"
                           r"language|image):", re.IGNORECASE)


def _lex(query: str) -> Iterator[tuple[str, str]]:
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c.isspace():
            i += 1
        elif c == '"':
            end = query.find('"', i + 1)
            if end < 0:
                raise QueryError('unbalanced quote: a phrase opened with " is never closed')
            yield ("phrase", query[i + 1:end])
            i = end + 1
        elif c in "()":
            yield (c, c)
            i += 1
        elif c == "-" and (i == 0 or query[i - 1].isspace() or query[i - 1] == "("):
            if i + 1 >= n or query[i + 1].isspace() or query[i + 1] == ")":
                raise QueryError("'-' must stand right before the word or phrase to exclude")
            yield ("-", "-")
            i += 1
        else:
            j = i
            while j < n and not query[j].isspace() and query[j] not in '"()':
                j += 1
            word = query[i:j]
            i = j
            field_ = _FIELD_PREFIX.match(word)
            if field_:
                raise QueryError(f"field prefixes such as '{field_.group(0)}' are not supported: search"
                                 " all fields with plain words, and narrow with --author, --site,"
                                 " --since, --until")
            if word in ("OR", "AND", "NOT"):
                yield (word, word)
            else:
                yield ("word", word)


class _Parser:
    def __init__(self, tokens):
        self.tokens, self.pos = tokens, 0

    def peek(self):
        return self.tokens[self.pos][0] if self.pos < len(self.tokens) else None

    def take(self):
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    @staticmethod
    def describe(token: tuple) -> str:
        return f"'{token[1]}'" if token[0] != "phrase" else "phrase"

    def parse_or(self):
        parts = [self.parse_and()]
        while self.peek() == "OR":
            self.take()
            if self.peek() in (None, ")", "OR"):
                raise QueryError("'OR' needs a word or phrase on both sides")
            parts.append(self.parse_and())
        return ("or", parts) if len(parts) > 1 else parts[0]

    def parse_and(self):
        positive, negative = [], []
        while self.peek() not in (None, ")", "OR"):
            kind = self.peek()
            if kind == "AND":
                self.take()
                if self.peek() in (None, ")", "OR", "AND"):
                    raise QueryError("'AND' needs a word or phrase on both sides")
                continue
            if kind in ("-", "NOT"):
                self.take()
                if self.peek() in (None, ")", "OR", "AND", "NOT", "-"):
                    raise QueryError(f"'{kind}' must be followed by the word or phrase to exclude")
                negative.append(self.parse_primary())
            else:
                positive.append(self.parse_primary())
        if not positive and not negative:
            if self.peek() == "OR" or self.pos == 0:
                raise QueryError("'OR' needs a word or phrase on both sides")
            raise QueryError("empty group: '()' or nothing before ')'")
        if not positive:
            raise QueryError("a query of exclusions only matches nothing: add a word to search for")
        return ("and", positive, negative)

    def parse_primary(self):
        kind, value = self.take()
        if kind == "(":
            node = self.parse_or()
            if self.peek() != ")":
                raise QueryError("unbalanced parenthesis: '(' is never closed")
            self.take()
            return node
        if kind == ")":
            raise QueryError("unbalanced parenthesis: ')' without '('")
        if kind == "phrase":
            return ("phrase", [fold(w) for w in _WORD.findall(value)])
        prefix = value.endswith("*")
        words = [fold(w) for w in _WORD.findall(value)]
        if prefix and words:
            return ("prefix", words)
        return ("phrase", words)


def _spellings(token: str) -> list[str]:
    """Every d of a folded word, as d and as đ (at most the first three d's)."""
    positions = [i for i, c in enumerate(token) if c == "d"][:3]
    if not positions:
        return [token]
    result = []
    for choice in itertools.product("dđ", repeat=len(positions)):
        chars = list(token)
        for pos, c in zip(positions, choice, strict=True):
            chars[pos] = c
        result.append("".join(chars))
    return result


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _any(options: list[str]) -> str:
    return options[0] if len(options) == 1 else "(" + " OR ".join(options) + ")"


def _compile(node: tuple) -> str | None:
    kind = node[0]
    if kind == "phrase":
        words = node[1]
        if not words:
            return None
        spelled = [_spellings(w) for w in words]
        count = 1
        for options in spelled:
            count *= len(options)
        if count <= MAX_PHRASE_SPELLINGS:
            return _any([_quote(" ".join(combo)) for combo in itertools.product(*spelled)])
        return "(" + " AND ".join(_any([_quote(o) for o in options]) for options in spelled) + ")"
    if kind == "prefix":
        *whole, last = node[1]
        parts = [p for p in (_compile(("phrase", [w])) for w in whole) if p is not None]
        parts.append(_any([_quote(o) + "*" for o in _spellings(last)]))
        return parts[0] if len(parts) == 1 else "(" + " AND ".join(parts) + ")"
    if kind == "or":
        parts = [p for p in (_compile(child) for child in node[1]) if p]
        return _any(parts) if parts else None
    positive = [p for p in (_compile(child) for child in node[1]) if p]
    negative = [p for p in (_compile(child) for child in node[2]) if p]
    if not positive:
        return None
    expr = positive[0] if len(positive) == 1 else "(" + " AND ".join(positive) + ")"
    for neg in negative:
        expr = f"({expr} NOT {neg})"
    return expr


# -- filters and running -----------------------------------------------------

_DAY = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def date_bounds(value: str, option: str) -> tuple[str, str]:
    """``2024``, ``2024-03`` or ``2024-03-05`` → [start, end) as comparable strings."""
    from datetime import date, timedelta

    match = _DAY.match(value.strip())
    if not match:
        raise QueryError(f"{option}: expected YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    year, month, day = match.group(1), match.group(2), match.group(3)
    try:
        if day:
            start = date(int(year), int(month), int(day))
            end = start + timedelta(days=1) if start < date.max else None
        elif month:
            start = date(int(year), int(month), 1)
            end = (date(start.year + (start.month == 12), start.month % 12 + 1, 1)
                   if start < date(date.max.year, 12, 1) else None)
        else:
            start = date(int(year), 1, 1)
            end = date(int(year) + 1, 1, 1) if start.year < date.max.year else None
    except ValueError:
        raise QueryError(f"{option}: {value!r} is not a real date") from None
    # Past year 9999 (no date): "~" sorts after every date and time written on the last day.
    return start.isoformat(), end.isoformat() if end else date.max.isoformat() + "~"


def where_clause(filters: Filters, db: Database | None = None) -> tuple[str, str, list]:
    """(FROM … JOIN, WHERE …, params) for the filters; shared by search and export.

    With a query, the search index drives: its rowid is the article's ``chrono``
    (publication order), so a date filter also bounds the rowid range, which
    FTS5 applies inside the index (the exact date test stays on ``published``).
    ``db``: the archive whose index's terms a prefix is expanded into (``_expand_prefixes``).
    """
    source = "articles a"
    where: list[str] = []
    params: list = []
    match = _match(filters)
    if match is not None and db is not None:
        match = _expand_prefixes(db, match)
    if match is not None:
        # On chrono, not rowid (they are equal), so that the join reads the covering
        # index articles_hits instead of a table page per hit.
        source = "articles_fts JOIN articles a ON a.chrono = articles_fts.rowid"
        where.append("articles_fts MATCH ?")
        params.append(match)
        bounds, bound_params = _rowid_bounds(filters)
        where += bounds
        params += bound_params
    row_where, row_params = _row_filters(filters)
    where += row_where
    params += row_params
    return source, (" WHERE " + " AND ".join(where)) if where else "", params


def _row_filters(filters: Filters) -> tuple[list[str], list]:
    """The filters on the article row itself (``a``): all but the query and author."""
    where: list[str] = []
    params: list = []
    if filters.site:
        where.append(f"a.site IN ({', '.join('?' for _ in filters.site)})")
        params.extend(filters.site)
    if filters.since:
        where.append("a.published >= ?")
        params.append(date_bounds(filters.since, "--since")[0])
    if filters.until:
        where.append("a.published < ?")
        params.append(date_bounds(filters.until, "--until")[1])
    if filters.unique:
        where.append("a.duplicate_of IS NULL")
    if filters.removed:
        where.append("a.removed_at IS NOT NULL")
    return where, params


def _match(filters: Filters) -> str | None:
    """The MATCH expression of the query and the author filter (words of the byline,
    diacritics optional as in the query), or None when there is neither."""
    parts = []
    if filters.query is not None:
        parts.append(to_fts(filters.query))
    if filters.author is not None:
        try:
            parts.append(f"author : ({to_fts(filters.author)})")
        except QueryError as exc:
            raise QueryError(f"--author: {exc}") from None
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else " AND ".join(f"({part})" for part in parts)


# A prefix as ``_compile`` writes it (its words have no quotes), and the prefixes whose
# terms are looked up: those that the index's tokenizer leaves as they are.
_PREFIX = re.compile(r'"([^"]*)"\*')
_PLAIN_PREFIX = re.compile(r"[a-z0-9đ]+")


def _expand_prefixes(db: Database, match: str) -> str:
    """``match`` with each prefix (``"giao"*``) replaced by the OR of the index's terms it
    stands for, when they are at most ``PREFIX_TERMS``: the same matches.

    FTS5 answers a prefix by merging the doclists of all its terms, positions and all,
    before it returns a row, so newest first cannot stop after 20 rows (30 ms for
    ``giao*`` in 650,000 articles, whatever the limit); an OR of whole terms is walked
    in rowid order and stops. The terms come from the index itself (``fts5vocab``),
    one seek a term (docs/benchmarks.md, "Archive and search").
    """
    def expand(found: re.Match) -> str:
        prefix = found.group(1)
        if not _PLAIN_PREFIX.fullmatch(prefix):
            return found.group(0)
        terms = _terms(db, prefix, PREFIX_TERMS + 1)
        if not terms or len(terms) > PREFIX_TERMS:
            return found.group(0)
        return _any([_quote(term) for term in terms])

    return _PREFIX.sub(expand, match)


def _terms(db: Database, prefix: str, most: int) -> list[str] | None:
    """Up to ``most`` terms of the articles' index that start with ``prefix``, in order,
    each found by one seek of ``fts5vocab`` (its ``instance`` rows are read lazily, so
    ``LIMIT 1`` reads one entry of a term, not its doclist); None if it cannot be read."""
    try:
        db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.articles_terms"
                   " USING fts5vocab(main, articles_fts, instance)")
        terms: list[str] = []
        after, last = prefix, prefix + chr(0x10FFFF)
        while len(terms) < most:
            # <= and >=: the vocabulary reads its bounds as inclusive, and an exclusive upper
            # bound would make it read every entry of the term on it.
            row = db.execute("SELECT term FROM temp.articles_terms WHERE term >= ? AND term <= ? LIMIT 1",
                             [after, last]).fetchone()
            if row is None:
                break
            terms.append(row[0])
            after = row[0] + "\x01"          # the next term: no term has a control character
        return terms
    except sqlite3.Error:
        return None


def _rowid_bounds(filters: Filters) -> tuple[list[str], list[int]]:
    """Search-index rowid bounds that contain every article of the date filters."""
    where, params = [], []
    if filters.since:
        where.append("articles_fts.rowid >= ?")
        params.append(chrono_floor(date_bounds(filters.since, "--since")[0]))
    if filters.until:
        where.append("articles_fts.rowid < ?")
        params.append(chrono_ceiling(date_bounds(filters.until, "--until")[1]))
    return where, params


def search(db: Database, filters: Filters, *, limit: int = 20, newest_first: bool = False,
           all_versions: bool = False) -> list[Hit]:
    """Ranked hits (bm25; title counts most), or newest first; see ``_current``.

    ``all_versions``: also the articles whose current text does not match but an
    earlier version's does (see ``_earlier_versions``), each once, with the
    number of its newest matching version: after the ranked hits, or in their
    place in newest-first order.
    """
    hits = _current(db, filters, limit=limit, newest_first=newest_first)
    if not all_versions or (len(hits) >= limit and not newest_first):
        return hits
    earlier = _earlier_versions(db, filters, {hit.url for hit in hits}, limit)
    if not newest_first:
        return (hits + [hit for _chrono, hit in earlier])[:limit]
    found = dict(db.execute(f"SELECT url, rowid FROM articles WHERE url IN ({', '.join('?' * len(hits))})",
                            [hit.url for hit in hits]).fetchall()) if hits else {}
    merged = [(found[hit.url], hit) for hit in hits] + earlier
    return [hit for _chrono, hit in sorted(merged, key=lambda pair: -pair[0])][:limit]


def _current(db: Database, filters: Filters, *, limit: int = 20, newest_first: bool = False) -> list[Hit]:
    """Ranked hits (bm25; title counts most), or newest first.

    Newest first walks the index backwards and stops at ``limit`` hits. Ranked
    search ranks the ``RANK_WINDOW`` newest matches of the query (all of them
    when there are fewer; a wider window when the other filters leave fewer
    than ``limit`` hits in it): bm25 over all 300,000 matches of a very common
    word in a million articles takes seconds, and the best match of such a
    word is wanted among recent articles (``--since``/``--until`` rank any
    period). Snippets are made for the hits only.
    """
    if not filters.query:
        raise QueryError("empty query: give at least one word to search for")
    source, where, params = where_clause(filters, db)
    match = params[0]               # where_clause puts the MATCH expression first
    columns = ("a.url, a.title, a.site, a.published, a.author,"
               f" snippet(articles_fts, 2, '{SNIPPET_START}', '{SNIPPET_END}', '…', 16), a.removed_at")
    try:
        if newest_first:
            # The index's own order: snippets for the rows returned only, and no bm25,
            # whose corpus statistics would read every match of every term.
            rows = db.execute(f"SELECT {columns} FROM {source}{where} ORDER BY articles_fts.rowid DESC"
                              " LIMIT ?", [*params, limit]).fetchall()
            return [_hit(row, None) for row in rows]
        ranked = _ranked(db, filters, source, where, params, limit)
        if not ranked:
            return []
        keys = [key for key, _rank in ranked]
        # Snippets for the hits only. The rowid range goes into the index, which is read
        # once; the IN test (kept out of the index by the unary +, or FTS5 would evaluate
        # the query once per key: 30 ms a time for a common prefix) runs before snippet().
        rows = db.execute(
            f"SELECT articles_fts.rowid, {columns} FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
            " WHERE articles_fts MATCH ? AND articles_fts.rowid >= ? AND articles_fts.rowid <= ?"
            f" AND +articles_fts.rowid IN ({', '.join('?' * len(keys))})",
            [match, min(keys), max(keys), *keys]).fetchall()
    except sqlite3.OperationalError as exc:
        # Our compiler only emits valid syntax; this is a last line of defence.
        raise QueryError(f"cannot run this query: {exc}") from None
    found = {row[0]: row[1:] for row in rows}
    return [_hit(found[key], rank) for key, rank in ranked if key in found]


def _hit(row: tuple, rank: float | None) -> Hit:
    """A hit from a row of ``search``'s columns (url, title, site, published, author, snippet,
    removed_at)."""
    url, title, site, published, author, snippet, removed_at = row
    return Hit(url=url, title=title, site=site, published=published, author=author, snippet=snippet,
               rank=rank, removed_at=removed_at)


def _earlier_versions(db: Database, filters: Filters, exclude: set[str],
                      limit: int) -> list[tuple[int, Hit]]:
    """(article rowid, hit) of up to ``limit`` articles, newest first, not in ``exclude``,
    whose earlier version matches the query (the filters on the article row apply).

    The earlier versions have their own search index, ``versions_fts`` (the same
    tokenizer as the articles'), and the query runs on it as on the articles'.
    """
    row_where, row_params = _row_filters(filters)
    match = _match(filters)
    try:
        # Which versions, without snippets (one per article: its newest matching version) …
        rows = db.execute(
            "SELECT v.id, a.rowid, a.url FROM versions_fts JOIN versions v ON v.id = versions_fts.rowid"
            f" JOIN articles a ON a.id = v.article_id WHERE {' AND '.join(['versions_fts MATCH ?', *row_where])}"
            " ORDER BY a.rowid DESC, v.number DESC", [match, *row_params])
        chosen: dict[str, tuple[int, int]] = {}
        for version_id, chrono, url in rows:
            if url not in exclude and url not in chosen:
                chosen[url] = (version_id, chrono)
                if len(chosen) >= limit:
                    break
        rows.close()
        ids = [version_id for version_id, _chrono in chosen.values()]
        # … then the snippets of those only.
        found = {row[0]: row[1:] for row in db.execute(
            "SELECT v.id, a.url, a.title, a.site, a.published, a.author, v.number, a.removed_at,"
            f" snippet(versions_fts, 2, '{SNIPPET_START}', '{SNIPPET_END}', '…', 16)"
            " FROM versions_fts JOIN versions v ON v.id = versions_fts.rowid"
            " JOIN articles a ON a.id = v.article_id WHERE versions_fts MATCH ?"
            f" AND +versions_fts.rowid IN ({', '.join('?' * len(ids))})", [match, *ids])}
    except sqlite3.OperationalError as exc:
        raise QueryError(f"cannot run this query: {exc}") from None
    hits = []
    for version_id, chrono in chosen.values():
        url, title, site, published, author, number, removed_at, snippet = found[version_id]
        hits.append((chrono, Hit(url=url, title=title, site=site, published=published, author=author,
                                 snippet=snippet, rank=None, removed_at=removed_at, version=number)))
    return hits


def _ranked(db: Database, filters: Filters, source: str, where: str, params: list,
            limit: int) -> list[tuple[int, float]]:
    """(rowid, bm25) of the best ``limit`` hits among the newest matches, window by window.

    bm25 is that of ``_rank_match``: when it leaves phrases out, the window's matches
    are ranked by the phrases kept, and those with none of them follow, newest first
    (rank 0).
    """
    bounds, bound_params = _rowid_bounds(filters)
    in_index = " AND ".join(["articles_fts MATCH ?", *bounds])
    if where == " WHERE " + in_index:
        # Nothing to test on the articles (no filter but the query and its dates' rowid
        # range): rank in the index alone.
        source = "articles_fts"
    rank_match = _rank_match(db, params[0], filters)
    window = RANK_WINDOW
    while True:
        # The window's oldest rowid, found in the index alone (no join): cheap.
        floor = db.execute(f"SELECT rowid FROM articles_fts WHERE {in_index} ORDER BY rowid DESC"
                           " LIMIT 1 OFFSET ?", [params[0], *bound_params, window - 1]).fetchone()
        # No floor: fewer matches than the window, rank them all.
        above, above_params = ("", []) if floor is None else (" AND articles_fts.rowid >= ?", [floor[0]])
        matches = f"FROM {source}{where}{above}"
        if rank_match == params[0]:
            hits = db.execute(f"SELECT articles_fts.rowid, {RANK} AS rank {matches} ORDER BY rank LIMIT ?",
                              [*params, *above_params, limit]).fetchall()
        else:
            # The window's matches, ranked by the phrases kept: the set is made once (the
            # subquery is not correlated), and bm25 counts only the phrases kept. CROSS JOIN:
            # in a subquery SQLite would rather read the site's articles and run the MATCH
            # once for each.
            window_matches = matches.replace(" JOIN articles a ", " CROSS JOIN articles a ", 1)
            hits = db.execute(
                f"SELECT articles_fts.rowid, {RANK} AS rank FROM articles_fts WHERE {in_index}{above}"
                f" AND +articles_fts.rowid IN (SELECT articles_fts.rowid {window_matches}) ORDER BY rank LIMIT ?",
                [rank_match, *bound_params, *above_params, *params, *above_params, limit]).fetchall()
            if len(hits) < limit:
                ranked = {rowid for rowid, _rank in hits}
                newest = db.execute(f"SELECT articles_fts.rowid {matches} ORDER BY articles_fts.rowid DESC LIMIT ?",
                                    [*params, *above_params, limit + len(hits)]).fetchall()
                hits += [(rowid, 0.0) for (rowid,) in newest if rowid not in ranked][:limit - len(hits)]
        if floor is None or len(hits) >= limit:
            return hits
        window *= 8


_PHRASE = re.compile(r'"[^"]*"\*?')


def _rank_match(db: Database, match: str, filters: Filters) -> str:
    """The MATCH expression whose bm25 ranks the hits of ``match``: the OR of its phrases
    found in fewer than ``COMMON_SHARE`` of the newest ``RANK_SAMPLE`` articles (at least
    its rarest phrase), or ``match`` itself when that is all of them.

    bm25 first counts the articles that have each phrase of the query, in the whole
    index, whatever the window ranked: that count is most of a ranked search's time
    when a phrase is common, and grows with the archive (docs/benchmarks.md). And it
    buys nothing for a phrase in half the articles or more, whose weight (IDF) FTS5
    then sets to a millionth: such phrases are left out. The share is estimated on
    the newest articles, a few milliseconds a phrase; a word that was common lately
    but rare before is treated as common. ``match`` itself with a NOT or an author
    filter, whose phrases a hit may lack by design.
    """
    phrases = list(dict.fromkeys(_PHRASE.findall(match)))
    if len(phrases) < 2 or filters.author is not None or " NOT " in match:
        return match
    floor = db.execute("SELECT rowid FROM articles ORDER BY rowid DESC LIMIT 1 OFFSET ?",
                       [RANK_SAMPLE - 1]).fetchone()
    if floor is None:               # a small archive: its counts are cheap
        return match
    shares = {phrase: db.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ? AND rowid >= ?",
                                 [phrase, floor[0]]).fetchone()[0] for phrase in phrases}
    kept = [phrase for phrase in phrases if shares[phrase] < COMMON_SHARE * RANK_SAMPLE]
    if len(kept) == len(phrases):
        return match
    return _any(kept or [min(phrases, key=lambda phrase: shares[phrase])])


def count(db: Database, filters: Filters) -> dict:
    """How many articles match, in all and by site and by month (newest month first)."""
    source, where, params = where_clause(filters, db)
    try:
        total = db.execute(f"SELECT count(*) FROM {source}{where}", params).fetchone()[0]
        by_site = db.execute(f"SELECT a.site, count(*) FROM {source}{where} GROUP BY a.site"
                             " ORDER BY count(*) DESC, a.site", params).fetchall()
        by_month = db.execute(f"SELECT a.month, count(*) FROM {source}{where} GROUP BY a.month"
                              " ORDER BY a.month IS NULL, a.month DESC", params).fetchall()
    except sqlite3.OperationalError as exc:
        raise QueryError(f"cannot run this query: {exc}") from None
    return {"total": total, "by_site": dict(by_site),
            "by_month": {month or "undated": n for month, n in by_month}}
