"""The SQLite archive: articles, their raw captures, the crawl frontier, runs.

Tables (see ``SCHEMA_VERSION`` and ``_migrate``):

    articles       one row per canonical URL; FTS5 index ``articles_fts`` kept
                   in sync by triggers (title, author, text; diacritics folded),
                   written once per transaction by this program's writers
                   (``articles_unindexed``, see ``defer_index``)
    raw_pages      the fetched HTML, zlib-compressed, with status and headers,
                   so articles can be re-extracted without refetching
    frontier       every URL a crawl has seen: kind, state, validators (ETag,
                   Last-Modified), content hash, last status, attempts
    runs           one row per crawl run and site: counts and error kinds
    site_blocks    per site, fingerprints of page blocks and on how many article
                   pages each was seen: the site's template (see knowledge.py)
    versions       earlier versions of articles (an edit seen on a revisit): their
                   fields and raw capture; the article row holds the newest; FTS5
                   index ``versions_fts`` kept in sync by triggers
    reextract_progress  how far an unfinished ``crawler reextract`` got

Writes are short transactions; the database is in WAL mode so searches and
exports can read while a crawl writes. Commands that only read open it with
``open_readonly``: read-only, no schema created or migrated, nothing changed.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import zlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from importlib import metadata
from pathlib import Path

from filelock import FileLock, Timeout
from sqlite_utils import Database

from .errors import ArchiveError, DamagedArchiveError, LockedError, NotAnArchiveError
from .extract import Article
from .neardup import BUCKET_DAYS, DUPLICATE_DAYS, FingerprintIndex, same_story, simhash
from .urls import host_of

SCHEMA_VERSION = 9
# What each version added, applied in order to an older archive, in place:
#   1  articles (+ FTS5), raw_pages, frontier, runs
#   2  articles.extractor: the program version whose extraction the row holds
#   3  articles.simhash and articles.duplicate_of (syndicated copies across
#      sites), runs.health (extraction health of the articles a run stored)
#   4  articles.spellings, indexed: words with đ spelled with d; articles.month
#      (YYYY-MM of published, generated) for browsing by month
#   5  articles.chrono (generated, unique): the search index's rowid, so the
#      index is kept in publication order (see CHRONO_SQL); an index covering
#      the near-duplicate lookup
#   6  articles' rowid is chrono (``id`` becomes an ordinary ``INT PRIMARY KEY``,
#      assigned by save_article), and the search index a standard external-content
#      table (``content=[articles]``, keyed on rowid): ``sqlite-utils search`` and
#      plain ``datasette archive.db`` detect it by its name and join on rowid
#   7  site_blocks: what the crawl learned of each site's template
#   8  runs.frontier: what the run's scheduling did (requests by kind, traps,
#      URLs dropped by caps, soft 404s, an unreachable site and why)
#   9  versions (earlier versions of articles) and its search index versions_fts,
#      articles.version and articles.removed_at; idx_articles_published dropped
#      (articles_near starts with published); articles_hits, covering the
#      search's join of hits to articles (search.py)
FTS_COLUMNS = ["title", "author", "text", "spellings"]
WRITE_CACHE_KB = 64 * 1024        # SQLite page cache of a connection that writes in bulk
# A crawl's: its inserts are under 2% of a page's CPU, and a larger cache fills with
# raw captures it never reads again (docs/benchmarks.md, "Crawl throughput": memory).
CRAWL_CACHE_KB = 16 * 1024
# The search index's rowid for an article: minutes since 1970 of ``published``
# (a date without a time is midnight in Vietnam; 0 when unknown) in the high
# bits, ``id`` in the low 32. FTS5 walks its doclists in rowid order, so
# "newest first" is the index's own order: it stops after the first 20
# matches instead of sorting every match, and a date range is a rowid range.
# Unique because ``id`` is. Since version 6 it is also the articles table's own
# rowid, so standard tools join the index to the table on rowid.
CHRONO_SQL = ("(coalesce((CAST(strftime('%s', published) AS INTEGER)"
              " - CASE WHEN length(published) = 10 THEN 25200 ELSE 0 END) / 60, 0) << 32) | id")
CHRONO_ID_BITS = 32
# remove_diacritics 2 folds tone marks and vowel marks (ờ → o); đ stays đ,
# which the query side handles (see search.py).
FTS_TOKENIZE = "unicode61 remove_diacritics 2"


try:
    EXTRACTOR_VERSION = metadata.version("provincial-news-archive")
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    EXTRACTOR_VERSION = "dev"


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def _in_existing_folder(path: str | Path) -> Path:
    path = Path(path)
    if not path.parent.exists():
        raise ArchiveError(f"cannot create archive {path}: folder {path.parent} does not exist")
    return path


@contextmanager
def writer_lock(path: str | Path, wait: float = 0) -> Iterator[None]:
    """Hold ``<archive>.lock`` for a whole run that writes: one writer at a time.

    The lock is an OS file lock, released by the kernel when the process
    ends, however it ends (``kill -9`` included), so a crashed run never
    leaves the archive locked. Readers (search, export) take no lock.
    The lock belongs to the real file (symlinks and relative spellings
    resolved), so two spellings of one archive cannot both write.
    """
    path = _in_existing_folder(Path(path).resolve())
    lock_path = path.with_name(path.name + ".lock")
    lock = FileLock(lock_path, timeout=wait)
    try:
        lock.acquire()
    except Timeout:
        waited = f" after waiting {wait:g} s" if wait else ""
        raise LockedError(f"another run is writing to {path} (lock {lock_path} is held){waited}; "
                          "nothing done") from None
    except OSError as exc:
        raise ArchiveError(f"cannot create lock {lock_path}: {exc}") from None
    try:
        yield
    finally:
        lock.release()


def open_archive(path: str | Path, *, create: bool = True, check: bool = False,
                 cache_kb: int = WRITE_CACHE_KB) -> Database:
    """Open (and create or migrate) the archive; ``ArchiveError`` if it cannot be used.

    ``check``: look for damage first, before anything is written; commands that
    write pass it (``DamagedArchiveError`` if damaged; see ``check_integrity``).
    ``cache_kb``: SQLite's page cache for this connection.
    """
    path = Path(path)
    if not create and not path.exists():
        raise ArchiveError(f"no archive at {path} (run 'crawler crawl' first)")
    _in_existing_folder(path)
    try:
        conn = sqlite3.connect(path, timeout=30, isolation_level=None)
        db = Database(conn)
        conn.execute("PRAGMA busy_timeout = 30000")
        if check and _stamp(path) != _checked_stamp(path):
            check_integrity(db, path)
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        # The default 2 MB cache holds little of a large archive's indexes, which every
        # insert touches at random places (docs/benchmarks.md, "Archive and search").
        conn.execute(f"PRAGMA cache_size = -{int(cache_kb)}")
        _migrate(db)
    except sqlite3.DatabaseError as exc:
        raise database_error(exc, path) from None
    return db


# The tables an archive has; a read command refuses a file without them.
ARCHIVE_TABLES = frozenset({"articles", "articles_fts", "raw_pages", "frontier", "runs"})


def open_readonly(path: str | Path) -> Database:
    """Open the archive for reading only (``search``, ``export``, ``stats``, ``sites``, ``serve``).

    The file is opened with SQLite's ``mode=ro``: no schema is created, no
    migration runs, the journal mode is left as it is, and not one byte of the
    file changes. ``NotAnArchiveError`` for a file that is not an archive or is
    one of another schema version (an older one is migrated by ``crawler migrate``).
    """
    path = Path(path)
    if not path.exists():
        raise ArchiveError(f"no archive at {path} (run 'crawler crawl' first)")
    if path.is_dir():
        raise NotAnArchiveError(f"{path} is a folder, not an archive")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=30,
                               isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise ArchiveError(f"cannot open archive {path}: {exc}") from None
    try:
        conn.execute("PRAGMA busy_timeout = 30000")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        conn.close()
        with open(path, "rb") as head:
            if head.read(16) == b"SQLite format 3\x00":
                raise database_error(exc, path) from None   # an SQLite file, damaged
        raise NotAnArchiveError(f"{path} is not an archive ({exc}); nothing changed") from None
    problem = None
    if version > SCHEMA_VERSION:
        problem = (f"archive schema version {version} is newer than this program's ({SCHEMA_VERSION});"
                   " upgrade crawler")
    elif version < 1 or not ARCHIVE_TABLES <= tables:
        problem = f"{path} is not an archive made by crawler (no articles table); nothing changed"
    elif version < SCHEMA_VERSION:
        problem = (f"archive {path} has schema version {version}, older than this program's"
                   f" ({SCHEMA_VERSION}): run 'crawler migrate --db {path}' first (read commands change nothing)")
    if problem:
        conn.close()
        raise NotAnArchiveError(problem)
    return Database(conn)


# SQLite's primary result codes for a file that is not (or no longer) a sound database.
_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26


def database_error(exc: sqlite3.DatabaseError, path: str | Path | None = None) -> ArchiveError:
    """The ``ArchiveError`` to report for an error SQLite raised on the archive:
    ``DamagedArchiveError`` for a corrupt file, else the plain one (disk full,
    I/O error, read-only file, locked)."""
    where = f"archive {path}" if path else "the archive"
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    # Text that is not UTF-8 was never written by this program: a damaged page read as text.
    if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or any(
            sign in str(exc) for sign in ("malformed", "not a database", "Could not decode to UTF-8")):
        return DamagedArchiveError(
            f"{where} is damaged ({exc}); nothing was written. Restore a backup, or salvage "
            f"its rows with 'sqlite3 {path or 'archive.db'} .recover'")
    return ArchiveError(f"cannot use {where}: {exc}")


def check_integrity(db: Database, path: str | Path | None = None) -> None:
    """``DamagedArchiveError`` unless ``PRAGMA quick_check`` finds the file sound.

    quick_check reads every page and checks the b-tree structure (not that
    indexes match their tables, which integrity_check adds): seconds per GB
    (docs/benchmarks.md), too slow for every hourly run of a large archive.
    So ``open_archive(check=True)`` skips it when the file is exactly as the
    last writer left it (``close_checked``: size and modification time of the
    file and its WAL, kept in ``<archive>.checked``): anything else that
    wrote to it, garbage included, changed them.
    """
    try:
        problems = [row[0] for row in db.execute("PRAGMA quick_check(5)").fetchall()]
    except sqlite3.DatabaseError as exc:
        raise database_error(exc, path) from None
    if problems != ["ok"]:
        # The first problem, without the "*** in database main ***" line that heads it.
        first = next(line for line in "\n".join(problems).splitlines() + ["unknown"]
                     if line.strip() and not line.startswith("***"))
        where = f"archive {path}" if path else "the archive"
        raise DamagedArchiveError(
            f"{where} is damaged ({first}); nothing was written. Restore a backup, or "
            f"salvage its rows with 'sqlite3 {path or 'archive.db'} .recover'")


def _migrate(db: Database) -> None:
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise ArchiveError(
            f"archive schema version {version} is newer than this program's ({SCHEMA_VERSION}); upgrade crawler"
        )
    if version == SCHEMA_VERSION:
        _ready_index(db)
        return
    with transaction(db, deferred_index=False):
        if version < 1:
            _create_v1(db)
        if version < 2:
            db.execute("ALTER TABLE articles ADD COLUMN extractor TEXT")
        if version < 3:
            db.execute("ALTER TABLE articles ADD COLUMN simhash INTEGER")
            db.execute("ALTER TABLE articles ADD COLUMN duplicate_of INTEGER")
            db.execute("ALTER TABLE runs ADD COLUMN health TEXT")
            _link_all_duplicates(db)
        if version < 4:
            _add_spellings(db)
        if version < 5:
            # Its index and search index are made by version 6, which rebuilds the table.
            db.execute(f"ALTER TABLE articles ADD COLUMN chrono INTEGER GENERATED ALWAYS AS ({CHRONO_SQL}) VIRTUAL")
        if version < 6:
            _rowid_is_chrono(db)
        if version < 7:
            db.execute("CREATE TABLE site_blocks (site TEXT NOT NULL, hash INTEGER NOT NULL,"
                       " pages INTEGER NOT NULL, seen_at TEXT, PRIMARY KEY (site, hash)) WITHOUT ROWID")
        if version < 8:
            db.execute("ALTER TABLE runs ADD COLUMN frontier TEXT")
        if version < 9:
            db.execute("ALTER TABLE articles ADD COLUMN version INTEGER NOT NULL DEFAULT 1")
            db.execute("ALTER TABLE articles ADD COLUMN removed_at TEXT")
            db.execute(_VERSIONS_V9)
            db.execute("CREATE UNIQUE INDEX versions_article ON versions (article_id, number)")
            _create_versions_fts(db)
            db.execute(_REEXTRACT_PROGRESS_V9)
            # articles_near starts with published and answers every use of this one:
            # one B-tree fewer to write per article.
            db.execute("DROP INDEX IF EXISTS idx_articles_published")
            # Search joins the index's hits to their articles on chrono through this
            # covering index: a ranked search tests site, date and duplicate_of for
            # thousands of hits, each a table row of its own page otherwise.
            db.execute("CREATE INDEX articles_hits ON articles (chrono, site, published, duplicate_of)")
            _deferrable_index(db)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _create_v1(db: Database) -> None:
    db.table("articles").create(
        {
            "id": int, "url": str, "site": str, "title": str, "author": str, "source": str,
            "published": str, "text": str, "category": str, "tags": str, "image": str,
            "language": str, "fetched_at": str, "updated_at": str, "content_hash": str,
        },
        pk="id", not_null={"url", "site", "text", "fetched_at"},
    )
    db.table("articles").create_index(["url"], unique=True)
    db.table("articles").create_index(["site", "published"])
    db.table("articles").create_index(["published"])
    _create_fts(db, ["title", "author", "text"])
    db.table("raw_pages").create(
        {"url": str, "fetched_url": str, "status": int, "headers": str, "body": bytes,
         "fetched_at": str},
        pk="url",
    )
    db.table("frontier").create(
        {"url": str, "site": str, "kind": str, "state": str, "depth": int, "discovered_at": str,
         "fetched_at": str, "status": int, "etag": str, "last_modified": str,
         "content_hash": str, "attempts": int, "error": str, "canonical": str},
        pk="url", not_null={"site", "kind", "state"}, defaults={"attempts": 0, "depth": 0},
    )
    db.table("frontier").create_index(["site", "state"])
    db.table("runs").create(
        {"id": int, "site": str, "started_at": str, "finished_at": str, "pages": int,
         "requests": int, "new_articles": int, "updated_articles": int, "unchanged": int,
         "not_modified": int, "failures": int, "errors": str},
        pk="id",
    )


# The articles table as version 6 has it: the columns of versions 1 to 5 in their
# order, ``id`` an ordinary primary key so that the rowid can be ``chrono``.
_ARTICLES_V6 = f"""CREATE TABLE [articles] (
   [id] INT PRIMARY KEY NOT NULL, [url] TEXT NOT NULL, [site] TEXT NOT NULL, [title] TEXT,
   [author] TEXT, [source] TEXT, [published] TEXT, [text] TEXT NOT NULL, [category] TEXT,
   [tags] TEXT, [image] TEXT, [language] TEXT, [fetched_at] TEXT NOT NULL, [updated_at] TEXT,
   [content_hash] TEXT, [extractor] TEXT, [simhash] INTEGER, [duplicate_of] INTEGER, [spellings] TEXT,
   [month] TEXT GENERATED ALWAYS AS (substr(published, 1, 7)) VIRTUAL,
   [chrono] INTEGER GENERATED ALWAYS AS ({CHRONO_SQL}) VIRTUAL
)"""
ARTICLE_COLUMNS = ("id", "url", "site", "title", "author", "source", "published", "text", "category",
                   "tags", "image", "language", "fetched_at", "updated_at", "content_hash", "extractor",
                   "simhash", "duplicate_of", "spellings")


# An earlier version of an article: the article row's fields as they were, and
# the raw capture they were extracted from (``raw_pages`` columns; ``raw`` is
# zlib-compressed like ``raw_pages.body``, null when none was kept). ``number``
# counts from 1; ``seen_at`` is when this version was first fetched, and
# ``replaced_at`` when the next one was.
_VERSIONS_V9 = """CREATE TABLE [versions] (
   [id] INTEGER PRIMARY KEY, [article_id] INTEGER NOT NULL, [number] INTEGER NOT NULL,
   [seen_at] TEXT NOT NULL, [replaced_at] TEXT NOT NULL,
   [title] TEXT, [author] TEXT, [source] TEXT, [published] TEXT, [text] TEXT NOT NULL,
   [category] TEXT, [tags] TEXT, [image] TEXT, [language] TEXT, [content_hash] TEXT,
   [extractor] TEXT, [fetched_url] TEXT, [status] INTEGER, [headers] TEXT, [raw] BLOB,
   [raw_fetched_at] TEXT
)"""
# The fields extraction makes (``_record``); a version keeps them with their hash and extractor.
EXTRACTED_FIELDS = ("title", "author", "source", "published", "text", "category", "tags", "image", "language")
VERSION_FIELDS = (*EXTRACTED_FIELDS, "content_hash", "extractor")
# An unfinished ``crawler reextract`` (reextract.py), so the next one continues it: one row per
# choice of sites (``scope``: their names, sorted, comma-separated; "" for all), the extractor
# version and site rules it runs with (``key``), and the last article and version ids done
# (rows are done in id order, articles first). Deleted when the run completes.
_REEXTRACT_PROGRESS_V9 = """CREATE TABLE [reextract_progress] (
   [scope] TEXT PRIMARY KEY, [key] TEXT NOT NULL, [started_at] TEXT NOT NULL,
   [article_id] INTEGER NOT NULL DEFAULT 0, [version_id] INTEGER NOT NULL DEFAULT 0,
   [done] INTEGER NOT NULL DEFAULT 0
)"""
# The earlier versions' search index (``search --all-versions``): title, author and
# text, folded as the articles' index is. No d-spellings column: our query compiler
# offers each d both ways, so only tools that query the index directly would need it.
VERSIONS_FTS_COLUMNS = ("title", "author", "text")


def _create_versions_fts(db: Database) -> None:
    """``versions_fts`` over ``versions`` (rowid = ``versions.id``), kept in sync by triggers."""
    _synced_fts(db, "versions", VERSIONS_FTS_COLUMNS, "id", content_rowid="id")


def _synced_fts(db: Database, table: str, columns: Sequence[str], key: str, *,
                content_rowid: str | None = None, also_on: Sequence[str] = ()) -> None:
    """``<table>_fts``, an external-content FTS5 index of ``table``'s ``columns`` whose rowid
    is the row's ``key``, kept in sync by the triggers ``<table>_ai``, ``_ad`` and ``_au``
    (re-indexing on an update of the columns or of ``also_on``)."""
    index = f"{table}_fts"
    names = ", ".join(columns)
    old = ", ".join(f"old.{c}" for c in columns)
    new = ", ".join(f"new.{c}" for c in columns)
    rowid = f", content_rowid={content_rowid}" if content_rowid else ""
    db.execute(f"CREATE VIRTUAL TABLE {index} USING fts5({names}, content=[{table}]{rowid},"
               f" tokenize='{FTS_TOKENIZE}')")
    delete = f"INSERT INTO {index} ({index}, rowid, {names}) VALUES ('delete', old.{key}, {old});"
    insert = f"INSERT INTO {index} (rowid, {names}) VALUES (new.{key}, {new});"
    db.execute(f"CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN {insert} END")
    db.execute(f"CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN {delete} END")
    db.execute(f"CREATE TRIGGER {table}_au AFTER UPDATE OF {', '.join([*columns, *also_on])} ON {table}"
               f" BEGIN {delete} {insert} END")


def _rowid_is_chrono(db: Database) -> None:
    """Version 6: copy the articles into a table whose rowid is ``chrono`` (in that
    order), then remake its indexes and the search index."""
    for trigger in ("articles_ai", "articles_ad", "articles_au"):
        db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    db.execute("DROP TABLE IF EXISTS articles_fts")
    db.execute(_ARTICLES_V6.replace("[articles]", "[articles_v6]", 1))
    columns = ", ".join(ARTICLE_COLUMNS)
    db.execute(f"INSERT INTO articles_v6 (rowid, {columns}) SELECT chrono, {columns} FROM articles ORDER BY chrono")
    db.execute("DROP TABLE articles")
    db.execute("ALTER TABLE articles_v6 RENAME TO articles")
    db.execute("CREATE UNIQUE INDEX idx_articles_url ON articles (url)")
    db.execute("CREATE INDEX idx_articles_site_published ON articles (site, published)")
    db.execute("CREATE INDEX idx_articles_published ON articles (published)")
    # Covers the near-duplicate lookup: without it every candidate in the date
    # window is read from the table, past its text's overflow pages.
    db.execute("CREATE INDEX articles_near ON articles (published, site, simhash, duplicate_of)")
    _recreate_fts(db)


def _recreate_fts(db: Database) -> None:
    """The search index over FTS_COLUMNS, kept in sync by triggers (re-indexing
    only when an indexed column or the date changes, not when a refetch touches
    ``fetched_at``), and filled from the articles.

    Its rowid is the article's rowid, ``chrono``; ``content=[articles]`` is the
    spelling by which sqlite-utils and Datasette recognise a table's index. The
    triggers key on ``chrono``, which a changed date moves before
    ``follow_chrono`` moves the row.
    """
    for trigger in ("articles_ai", "articles_ad", "articles_au"):
        db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    db.execute("DROP TABLE IF EXISTS articles_fts")
    _synced_fts(db, "articles", FTS_COLUMNS, "chrono", also_on=["published"])
    db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')")


_ROWID_MIN, _ROWID_MAX = -(1 << 63), (1 << 63) - 1    # SQLite's integers

# The search index written once per transaction (schema 9). A trigger that writes
# FTS5 runs inside a statement savepoint, and FTS5 writes what it holds in memory
# as a segment of its own at every savepoint: one segment per article, merged
# again and again (docs/benchmarks.md, "The 1M archive"). So a transaction of this
# program defers the index (``defer_index``): the triggers queue each written
# row's chrono in ``articles_unindexed``, and ``write_index`` writes their entries
# in one statement, in rowid order, just before the commit. The queue is written
# in the same transaction as the rows, so a crash rolls both back, and it is empty
# whenever no transaction is open. Its row ``_ROWID_MIN`` (no article's chrono:
# ids start at 1) marks a deferring transaction; without it (another program's
# writes, or ours outside a transaction) the triggers write the index at once.
_ARTICLES_UNINDEXED_V9 = "CREATE TABLE IF NOT EXISTS [articles_unindexed] ([chrono] INTEGER PRIMARY KEY)"


def _deferrable_index(db: Database) -> None:
    """Schema 9: the queue, and the articles' search-index triggers that use it
    (re-indexing only when an indexed column or the date changes)."""
    db.execute(_ARTICLES_UNINDEXED_V9)
    names = ", ".join(FTS_COLUMNS)
    old = ", ".join(f"old.{c}" for c in FTS_COLUMNS)
    new = ", ".join(f"new.{c}" for c in FTS_COLUMNS)
    deferred = f"EXISTS (SELECT 1 FROM articles_unindexed WHERE chrono = {_ROWID_MIN})"
    # A queued row has no entry yet: only an indexed one has one to delete.
    delete = (f"INSERT INTO articles_fts (articles_fts, rowid, {names}) SELECT 'delete', old.chrono, {old}"
              " WHERE NOT EXISTS (SELECT 1 FROM articles_unindexed WHERE chrono = old.chrono);"
              " DELETE FROM articles_unindexed WHERE chrono = old.chrono;")
    insert = (f"INSERT INTO articles_fts (rowid, {names}) SELECT new.chrono, {new} WHERE NOT {deferred};"
              f" INSERT OR IGNORE INTO articles_unindexed (chrono) SELECT new.chrono WHERE {deferred};")
    for trigger in ("articles_ai", "articles_ad", "articles_au"):
        db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    db.execute(f"CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN {insert} END")
    db.execute(f"CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN {delete} END")
    db.execute(f"CREATE TRIGGER articles_au AFTER UPDATE OF {names}, published ON articles"
               f" BEGIN {delete} {insert} END")


def _ready_index(db: Database) -> None:
    """On opening an archive to write: the queue exists (an archive made by a
    development version of schema 9 may lack it) and is empty (it always is,
    unless another program wrote to it: then its rows are indexed now)."""
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "articles_unindexed" not in tables:
        with transaction(db, deferred_index=False):
            _deferrable_index(db)
    elif db.execute("SELECT 1 FROM articles_unindexed LIMIT 1").fetchone():
        with transaction(db):
            pass        # its exit writes the queued rows' entries


def defer_index(db: Database) -> None:
    """From now until ``write_index``, inside the open transaction, the articles
    written are queued instead of indexed one by one (see ``_ARTICLES_UNINDEXED_V9``)."""
    db.execute(f"INSERT OR IGNORE INTO articles_unindexed (chrono) VALUES ({_ROWID_MIN})")


def write_index(db: Database) -> None:
    """Write the search-index entries of the queued articles, in rowid order, and
    empty the queue (deferring no more): call it in the transaction, before its commit."""
    names = ", ".join(FTS_COLUMNS)
    db.execute(f"INSERT INTO articles_fts (rowid, {names}) SELECT a.chrono, {', '.join(f'a.{c}' for c in FTS_COLUMNS)}"
               " FROM articles_unindexed u JOIN articles a ON a.chrono = u.chrono ORDER BY u.chrono")
    db.execute("DELETE FROM articles_unindexed")


def chrono_floor(day: str) -> int:
    """The smallest search-index rowid of an article published on ``day`` (YYYY-MM-DD)
    or later, in any time zone (a day early, so it only ever widens a range).
    Clamped to SQLite's integers: year 1 and year 9999 are valid bounds."""
    try:
        start = datetime.fromisoformat(day[:10]).replace(tzinfo=UTC) - timedelta(days=1)
    except OverflowError:
        return _ROWID_MIN
    return max(_ROWID_MIN, min(_ROWID_MAX, (int(start.timestamp()) // 60) << CHRONO_ID_BITS))


def chrono_ceiling(day: str) -> int:
    """A search-index rowid above every article published before ``day`` (YYYY-MM-DD),
    in any time zone (a day late, so it only ever widens a range)."""
    return min(_ROWID_MAX, chrono_floor(day) + ((2 * 24 * 60) << CHRONO_ID_BITS))


def _create_fts(db: Database, columns: list[str]) -> None:
    """Version 1's search index over ``columns`` (rowid = id), as version 1 made it."""
    db.table("articles").enable_fts(columns, tokenize=FTS_TOKENIZE, create_triggers=True)
    # Re-index only when indexed columns change, not when a refetch touches fetched_at.
    names = ", ".join(columns)
    old = ", ".join(f"old.{c}" for c in columns)
    new = ", ".join(f"new.{c}" for c in columns)
    db.execute("DROP TRIGGER articles_au")
    db.execute(
        f"CREATE TRIGGER articles_au AFTER UPDATE OF {names} ON articles BEGIN"
        f" INSERT INTO articles_fts (articles_fts, rowid, {names}) VALUES ('delete', old.rowid, {old});"
        f" INSERT INTO articles_fts (rowid, {names}) VALUES (new.rowid, {new}); END"
    )


def _add_spellings(db: Database) -> None:
    """Version 4: index each word with đ a second time spelled with d (see ``spellings``)."""
    db.execute("ALTER TABLE articles ADD COLUMN spellings TEXT")
    rows = db.execute("SELECT id, title, author, text FROM articles").fetchall()
    db.conn.executemany("UPDATE articles SET spellings = ? WHERE id = ?",
                   [(spellings(title, author, text), article_id) for article_id, title, author, text in rows])
    db.execute("ALTER TABLE articles ADD COLUMN month TEXT GENERATED ALWAYS AS (substr(published, 1, 7)) VIRTUAL")


_WORD_WITH_D_BAR = re.compile(r"\w*[đĐ]\w*")


def spellings(*fields: str | None) -> str:
    """Words with đ spelled with d ("đường" → "dường"), for search that ignores marks.

    SQLite's tokenizer strips every Vietnamese tone and vowel mark but keeps
    đ, a letter of its own: without this column "duong" would not find
    "đường" in tools that query the index directly (Datasette's search).
    """
    found: dict[str, None] = {}
    for field_ in fields:
        if not field_ or ("đ" not in field_ and "Đ" not in field_):
            continue
        # The regex only on the few words with đ: twice as fast as over the whole text.
        for chunk in field_.split():
            if "đ" in chunk or "Đ" in chunk:
                for word in _WORD_WITH_D_BAR.findall(chunk):
                    found[word.replace("đ", "d").replace("Đ", "D")] = None
    return " ".join(found)


class transaction:
    """``BEGIN IMMEDIATE`` … ``COMMIT``: take the write lock up front, so two
    writers queue on the busy timeout instead of failing mid-transaction.

    The search index of the articles it writes is written once, just before the
    commit (``defer_index``); ``deferred_index=False`` for the schema's migration,
    which makes the queue.
    """

    def __init__(self, db: Database, *, deferred_index: bool = True) -> None:
        self.db = db
        self.conn = db.conn
        self.deferred_index = deferred_index

    def __enter__(self):
        self.conn.execute("BEGIN IMMEDIATE")
        if self.deferred_index:
            try:
                defer_index(self.db)
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None and self.deferred_index:
            try:
                write_index(self.db)
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
        self.conn.execute("ROLLBACK" if exc_type else "COMMIT")
        return False


def text_hash(article: Article) -> str:
    payload = json.dumps([article.title, article.author, article.published, article.text],
                         ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class ArticleExtras:
    """What the archive stores beside an article's own fields, derived from them."""

    simhash: int | None     # of the text, for near-duplicate links (neardup.simhash)
    spellings: str          # the search index's d-spellings of its đ words (``spellings``)


def article_extras(article: Article) -> ArticleExtras:
    """The extras of ``article``: the crawl computes them in its extraction workers."""
    return ArticleExtras(simhash(article.text), spellings(article.title, article.author, article.text))


def _record(site: str, url: str, article: Article, at: str, extras: ArticleExtras) -> dict:
    return {
        "url": url, "site": site, "title": article.title, "author": article.author,
        "source": article.source, "published": article.published, "text": article.text,
        "category": article.category, "tags": json.dumps(list(article.tags), ensure_ascii=False),
        "image": article.image, "language": article.language, "fetched_at": at,
        "updated_at": at, "content_hash": text_hash(article), "extractor": EXTRACTOR_VERSION,
        "spellings": extras.spellings, "simhash": extras.simhash,
    }


def insert_article(db: Database, record: dict) -> int:
    """Insert an article row (``record``: column → value, without ``id``); return its id.

    The id is the next one; the rowid is the row's ``chrono``, computed by
    SQLite from the same expression as the generated column.
    """
    article_id = db.execute("SELECT coalesce(max(id), 0) + 1 FROM articles").fetchone()[0]
    record = {"id": article_id, **record}
    names = ", ".join(record)
    # Plain SQL on the hot path: one statement, no table introspection.
    rowid = db.execute(f"INSERT INTO articles (rowid, {names}) SELECT {CHRONO_SQL}, {names}"
                       f" FROM (SELECT {', '.join(f'? AS {name}' for name in record)})",
                       list(record.values())).lastrowid or 0
    _index_fingerprint(db, rowid, record.get("published"), record.get("simhash"))
    return article_id


def follow_chrono(db: Database, article_id: int) -> None:
    """Move the row to its rowid ``chrono`` after an update that changed its date (or
    its SimHash: the row, wherever it now is, is added to the near-duplicate index)."""
    db.execute("UPDATE articles SET rowid = chrono WHERE id = ? AND rowid != chrono", [article_id])
    if "_fingerprints" in db.__dict__:
        row = db.execute("SELECT rowid, published, simhash FROM articles WHERE id = ?", [article_id]).fetchone()
        if row is not None:
            _index_fingerprint(db, *row)


def save_article(db: Database, site: str, url: str, article: Article, fetched_at: str,
                 extras: ArticleExtras | None = None) -> str:
    """Insert or update the article at ``url``; returns "new", "updated" or "unchanged".

    ``extras`` are ``article_extras(article)``, made here when the caller has not.
    """
    record = _record(site, url, article, fetched_at, extras or article_extras(article))
    fields_hash = record["content_hash"]
    row = db.execute("SELECT id, content_hash FROM articles WHERE url = ?", [url]).fetchone()
    if row is None:
        record["duplicate_of"] = _original_of(db, site, article.published, record["simhash"])
        insert_article(db, record)
        return "new"
    if row[1] == fields_hash:
        db.execute("UPDATE articles SET fetched_at = ? WHERE id = ?", [fetched_at, row[0]])
        return "unchanged"
    del record["url"]
    db.execute(f"UPDATE articles SET {', '.join(f'{k} = ?' for k in record)} WHERE id = ?",
               [*record.values(), row[0]])
    follow_chrono(db, row[0])
    return "updated"


# The columns of a version (``versions`` but its id and article_id), in table order.
VERSION_COLUMNS = ("number", "seen_at", "replaced_at", *VERSION_FIELDS, "fetched_url", "status",
                   "headers", "raw", "raw_fetched_at")


def newest_version_sql(replaced_at: str) -> str:
    """``SELECT``'s columns and ``FROM`` giving the article row ``a.id = ?`` as a version
    (``VERSION_COLUMNS``, its raw capture from ``raw_pages``); ``replaced_at`` is SQL."""
    return (f"a.version, coalesce(a.updated_at, a.fetched_at), {replaced_at}, "
            + ", ".join(f"a.{name}" for name in VERSION_FIELDS)
            + ", r.fetched_url, r.status, r.headers, r.body, r.fetched_at"
            " FROM articles a LEFT JOIN raw_pages r ON r.url = a.url WHERE a.id = ?")


def keep_version(db: Database, article_id: int, replaced_at: str) -> int:
    """Copy the article row's fields and its raw capture into ``versions`` before
    the caller overwrites them with a newer version; return the number the
    newer version gets (the row's ``version`` is set to it).

    Call it inside the transaction that writes the newer version, so a crash
    leaves either both or neither.
    """
    number = db.execute("SELECT version FROM articles WHERE id = ?", [article_id]).fetchone()[0]
    db.execute(f"INSERT INTO versions (article_id, {', '.join(VERSION_COLUMNS)})"
               f" SELECT a.id, {newest_version_sql('?')}", [replaced_at, article_id])
    db.execute("UPDATE articles SET version = ? WHERE id = ?", [number + 1, article_id])
    return number + 1


@dataclass(frozen=True)
class StoredArticle:
    """What a revisit compares a new extraction with (see revisits.judge)."""

    id: int
    content_hash: str | None
    title: str | None
    published: str | None
    text_length: int
    removed_at: str | None


def stored_article(db: Database, url: str) -> StoredArticle | None:
    row = db.execute("SELECT id, content_hash, title, published, length(text), removed_at"
                     " FROM articles WHERE url = ?", [url]).fetchone()
    return StoredArticle(*row) if row is not None else None


def mark_removed(db: Database, url: str, at: str) -> bool:
    """The article at ``url`` is gone from its site (a takedown), first seen so at ``at``;
    False when it was marked already (its date stays) or is not stored."""
    return db.execute("UPDATE articles SET removed_at = ? WHERE url = ? AND removed_at IS NULL",
                      [at, url]).rowcount > 0


def forget_article(db: Database, url: str) -> None:
    """Delete the article at ``url`` (stored in this run, then found to be no article): its
    row (and search index entry), earlier versions and raw capture."""
    row = db.execute("SELECT id FROM articles WHERE url = ?", [url]).fetchone()
    if row is None:
        return
    db.execute("UPDATE articles SET duplicate_of = NULL WHERE duplicate_of = ?", [row[0]])
    db.execute("DELETE FROM versions WHERE article_id = ?", [row[0]])
    db.execute("DELETE FROM articles WHERE id = ?", [row[0]])
    db.execute("DELETE FROM raw_pages WHERE url = ?", [url])


def mark_present(db: Database, url: str) -> bool:
    """The article at ``url`` is online again: True when it was marked removed."""
    return db.execute("UPDATE articles SET removed_at = NULL WHERE url = ? AND removed_at IS NOT NULL",
                      [url]).rowcount > 0


def has_article(db: Database, url: str) -> bool:
    return db.execute("SELECT 1 FROM articles WHERE url = ?", [url]).fetchone() is not None


def compress_raw(body: bytes) -> bytes:
    """A raw page as ``raw_pages.body`` keeps it (the crawl does this in its workers)."""
    return zlib.compress(body, 6)


def save_raw(db: Database, url: str, fetched_url: str, status: int, headers: dict,
             body: bytes, fetched_at: str, *, compressed: bytes | None = None) -> None:
    """Keep the page's bytes; ``compressed`` is ``compress_raw(body)`` when already made."""
    db.execute(
        "INSERT INTO raw_pages (url, fetched_url, status, headers, body, fetched_at) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(url) DO UPDATE SET fetched_url = excluded.fetched_url, status = excluded.status,"
        " headers = excluded.headers, body = excluded.body, fetched_at = excluded.fetched_at",
        [url, fetched_url, status, json.dumps(headers, ensure_ascii=False),
         compressed if compressed is not None else compress_raw(body), fetched_at])


def _stamp(path: Path) -> str:
    """Size and modification time of the archive and its WAL: what any write changes."""
    parts = []
    for file in (path, path.with_name(path.name + "-wal")):
        try:
            info = file.stat()
            parts.append(f"{info.st_size}:{info.st_mtime_ns}")
        except OSError:
            parts.append("-")
    return " ".join(parts)


def _checked_stamp(path: Path) -> str | None:
    try:
        return path.with_name(path.name + ".checked").read_text(encoding="ascii").strip()
    except OSError:
        return None


def close_checked(db: Database, path: str | Path) -> None:
    """Close an archive this program wrote to without error, and remember the file
    as sound as it is now: the next ``open_archive(check=True)`` need not read it all."""
    path = Path(path)
    db.conn.close()
    try:
        path.with_name(path.name + ".checked").write_text(_stamp(path) + "\n", encoding="ascii")
    except OSError:
        pass        # then the next writer checks the whole file again


# -- near-duplicates (see neardup.py) ----------------------------------------

def _original_of(db: Database, site: str, published: str | None, text_simhash: int | None,
                 exclude_id: int | None = None) -> int | None:
    """The id of an earlier-stored copy of this story on another site, if there is one:
    the lowest id among the articles of other sites published within ``DUPLICATE_DAYS``
    whose SimHash is within ``same_story``'s bits.

    Candidates come from the connection's ``FingerprintIndex`` (see ``_fingerprints``),
    and only they are read from the table: comparing with every article of the
    window costs a millisecond an article at a million articles (docs/benchmarks.md).
    ``exclude_id`` (the version 3 migration, which links stored articles) reads the
    window instead.
    """
    if text_simhash is None or not published:
        return None
    try:
        day = date.fromisoformat(published[:10])
        first, last = day - timedelta(days=DUPLICATE_DAYS), day + timedelta(days=DUPLICATE_DAYS)
        # A plain range on published, so that the published index answers it.
        start, end = first.isoformat(), (last + timedelta(days=1)).isoformat()
    except (ValueError, OverflowError):
        return None
    if exclude_id is not None:
        rows = db.execute(
            "SELECT id, simhash, duplicate_of FROM articles WHERE published >= ? AND published < ?"
            " AND site != ? AND simhash IS NOT NULL AND id != ? ORDER BY id",
            [start, end, site, exclude_id]).fetchall()
        return next((original or article_id for article_id, other, original in rows
                     if same_story(text_simhash, other)), None)
    index = _fingerprints(db)
    buckets = range(first.toordinal() // BUCKET_DAYS, last.toordinal() // BUCKET_DAYS + 1)
    for bucket in buckets:
        if bucket not in index:
            index.load(bucket, _bucket_rows(db, bucket))
    rowids = index.candidates(buckets, text_simhash)
    if not rowids:
        return None
    # The index may hold rows since rolled back, changed or deleted: the table decides.
    # One statement for any number of candidates (a JSON list), not one per count: the
    # connection caches 128 prepared statements, and on a site whose texts are much alike
    # (hundreds of candidates) those grew by 4 MB a thousand pages in a crawl.
    rows = db.execute("SELECT id, site, published, simhash, duplicate_of FROM articles"
                      " WHERE rowid IN (SELECT value FROM json_each(?)) ORDER BY id",
                      [json.dumps(sorted(rowids))]).fetchall()
    return next((original or article_id for article_id, other_site, other_published, other, original in rows
                 if other_site != site and other_published is not None and start <= other_published < end
                 and other is not None and same_story(text_simhash, other)), None)


def _fingerprints(db: Database) -> FingerprintIndex:
    """The connection's index of stored SimHashes (rowid, by days and bands), filled a
    bucket of days at a time as lookups need them and kept for the connection's life.

    It stays true because entries are only ever added (``_index_fingerprint`` after
    every write of this module that stores a SimHash or a date; ``_original_of``
    checks candidates against the table), and it is emptied when another connection
    has committed since it was last used (``PRAGMA data_version``). Writes to
    ``articles.site``, ``published`` or ``simhash`` by other code on the same
    connection would not be seen: they go through this module.
    """
    version = db.execute("PRAGMA data_version").fetchone()[0]
    state = db.__dict__.get("_fingerprints")
    if state is None or state[0] != version:
        state = (version, FingerprintIndex())
        db.__dict__["_fingerprints"] = state
    return state[1]


def _bucket_rows(db: Database, bucket: int) -> list[tuple[int, int]]:
    """(rowid, SimHash) of the articles published in the bucket's days (its string range,
    as ``_original_of``'s window is one), read from the ``articles_near`` index alone."""
    start = date.fromordinal(max(1, bucket * BUCKET_DAYS)).isoformat()
    try:
        end = date.fromordinal(bucket * BUCKET_DAYS + BUCKET_DAYS).isoformat()
    except (ValueError, OverflowError):
        end = date.max.isoformat() + "~"
    return db.execute("SELECT rowid, simhash FROM articles WHERE published >= ? AND published < ?"
                      " AND simhash IS NOT NULL", [start, end]).fetchall()


def _index_fingerprint(db: Database, rowid: int, published: str | None, text_simhash: int | None) -> None:
    """Add an article just written to the connection's index (if its bucket is loaded)."""
    state = db.__dict__.get("_fingerprints")
    if state is None or text_simhash is None or not published:
        return
    try:
        bucket = date.fromisoformat(published[:10]).toordinal() // BUCKET_DAYS
    except ValueError:
        # A date the buckets cannot place (it still sorts into some bucket's string range).
        state[1].clear()
        return
    if bucket in state[1]:
        state[1].add(bucket, rowid, text_simhash)


def _link_all_duplicates(db: Database) -> None:
    """Fingerprint and link every stored article (the version 3 migration)."""
    rows = db.execute("SELECT id, site, published, text FROM articles ORDER BY id").fetchall()
    for article_id, site, published, text in rows:
        text_simhash = simhash(text or "")
        db.execute("UPDATE articles SET simhash = ? WHERE id = ?", [text_simhash, article_id])
        original = _original_of(db, site, published, text_simhash, exclude_id=article_id)
        if original is not None and original < article_id:
            db.execute("UPDATE articles SET duplicate_of = ? WHERE id = ?", [original, article_id])


def replace_extraction(db: Database, article_id: int, article: Article, at: str,
                       extras: ArticleExtras | None) -> bool:
    """Store a new extraction of a stored article (its fetch time stays); False if nothing changed.

    ``extras`` None: the stored ones still hold (the article's ``text_hash`` is the stored one).
    """
    record = _record("", "", article, at, extras or ArticleExtras(None, ""))
    if extras is None:
        del record["simhash"], record["spellings"]
    row = db.execute(f"SELECT {', '.join(EXTRACTED_FIELDS)} FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None or tuple(row) == tuple(record[f] for f in EXTRACTED_FIELDS):
        return False
    for key in ("url", "site", "fetched_at"):
        del record[key]
    db.table("articles").update(article_id, record)
    follow_chrono(db, article_id)
    return True


def sites_where(sites: Iterable[str], column: str = "site") -> tuple[str, list[str]]:
    """`` WHERE <column> IN (…)`` and its parameters for these sites; nothing for none (all sites)."""
    sites = list(sites)
    if not sites:
        return "", []
    return f" WHERE {column} IN ({', '.join('?' * len(sites))})", sites


def site_hosts(db: Database, site: str) -> frozenset[str]:
    """The hosts the archive knows ``site`` by: of its frontier's URLs (every page the crawl
    queued, an m. host's too) and of its articles'."""
    rows = db.execute(
        "SELECT DISTINCT substr(rest, 1, instr(rest || '/', '/') - 1) FROM ("
        " SELECT substr(url, instr(url, '://') + 3) AS rest FROM frontier WHERE site = ?"
        " UNION ALL SELECT substr(url, instr(url, '://') + 3) FROM articles WHERE site = ?)", [site, site])
    return frozenset(host for (start,) in rows if (host := host_of("//" + start)))


def replace_version_extraction(db: Database, version_id: int, article: Article) -> bool:
    """Store a new extraction of an earlier version (``versions`` row) from its own raw capture,
    in place: its number and dates stay, no version is added. False if nothing changed."""
    record = _record("", "", article, "", ArticleExtras(None, ""))
    row = db.execute(f"SELECT {', '.join(EXTRACTED_FIELDS)} FROM versions WHERE id = ?", [version_id]).fetchone()
    if row is None or tuple(row) == tuple(record[f] for f in EXTRACTED_FIELDS):
        return False
    db.execute(f"UPDATE versions SET {', '.join(f'{f} = ?' for f in VERSION_FIELDS)} WHERE id = ?",
               [*(record[f] for f in VERSION_FIELDS), version_id])
    return True


# What each kind of stored capture is read from: its table's rows joined to their article
# (for the site), with the capture's compressed bytes, headers and fetched URL.
_CAPTURES = {
    "article": ("a", "FROM articles a JOIN raw_pages r ON r.url = a.url",
                "a.id, a.site, r.fetched_url, r.body, r.headers, a.content_hash"),
    "version": ("v", "FROM versions v JOIN articles a ON a.id = v.article_id",
                "v.id, a.site, coalesce(v.fetched_url, a.url), v.raw, v.headers, v.content_hash"),
}


def count_captures(db: Database, kind: str, sites: Iterable[str] = (), after: int = 0) -> int:
    """How many ``kind`` ("article" or "version") rows with a raw capture have an id above ``after``."""
    alias, source, _columns = _CAPTURES[kind]
    where, params = _captures_where(alias, sites, after)
    return db.execute(f"SELECT count(*) {source}{where}", params).fetchone()[0]


def captures(db: Database, kind: str, sites: Iterable[str] = (), after: int = 0,
             limit: int = 200) -> list[tuple[int, str, str, bytes, str, str]]:
    """(id, site, fetched URL, compressed raw, headers JSON, content hash) of up to ``limit`` ``kind`` rows
    ("article": articles and their ``raw_pages`` capture; "version": ``versions`` rows) with a
    capture, of these ``sites`` (or all), in id order from the first id above ``after``.

    One short statement per call, none left open: the caller writes between calls.
    """
    alias, source, columns = _CAPTURES[kind]
    where, params = _captures_where(alias, sites, after)
    return db.execute(f"SELECT {columns} {source}{where} ORDER BY {alias}.id LIMIT ?",
                      [*params, limit]).fetchall()


def _captures_where(alias: str, sites: Iterable[str], after: int) -> tuple[str, list]:
    # "+a.site": the site is a filter, never the index to search by. Through the site's index
    # every call would read and sort all of the site's rows (their captures too) for one chunk;
    # walking the ids reads each row once over all the calls.
    where, params = sites_where(sites, "+a.site")
    raw = " AND v.raw IS NOT NULL" if alias == "v" else ""
    return (f"{where} AND" if where else " WHERE") + f" {alias}.id > ?{raw}", [*params, after]


def decompress_raw(body: bytes) -> bytes:
    """A raw page as it was fetched, from ``raw_pages.body`` or ``versions.raw``."""
    return zlib.decompress(body)


def load_raw(db: Database, url: str) -> tuple[bytes, dict] | None:
    row = db.execute("SELECT body, headers FROM raw_pages WHERE url = ?", [url]).fetchone()
    if row is None:
        return None
    return zlib.decompress(row[0]), json.loads(row[1] or "{}")


# -- frontier ---------------------------------------------------------------

def frontier_rows(db: Database, site: str) -> Iterable[dict]:
    return db.query("SELECT * FROM frontier WHERE site = ?", [site])


def frontier_depths(db: Database, site: str) -> dict[str, int]:
    """Every URL of the site's frontier (and the canonical URL it was stored under) with
    its link depth: what a run needs to know a link is not new."""
    known: dict[str, int] = {}
    for url, canonical, depth in db.execute(
            "SELECT url, canonical, depth FROM frontier WHERE site = ?", [site]):
        known[url] = depth or 0
        if canonical:
            known.setdefault(canonical, depth or 0)
    return known


def frontier_select(db: Database, site: str, where: str, params: list, limit: int,
                    order: str = "depth, discovered_at, rowid") -> list[dict]:
    """Up to ``limit`` of the site's frontier rows matching ``where``, best first."""
    return list(db.query(f"SELECT * FROM frontier WHERE site = ? AND ({where}) ORDER BY {order}"
                         " LIMIT ?", [site, *params, limit]))


def count_pending(db: Database, site: str) -> int:
    return db.execute("SELECT COUNT(*) FROM frontier WHERE site = ? AND state = 'pending'",
                      [site]).fetchone()[0]


def lower_depth(db: Database, urls: Iterable[tuple[str, int]]) -> None:
    """A shorter path to known URLs was found: their depth is the shortest seen."""
    db.conn.executemany("UPDATE frontier SET depth = ? WHERE url = ? AND depth > ?",
                        [(depth, url, depth) for url, depth in urls])


def add_to_frontier(db: Database, site: str, urls: Iterable[tuple[str, str, int]]) -> None:
    """Record newly discovered (url, kind, depth) as pending; known URLs are left alone."""
    now = now_iso()
    db.conn.executemany(
        "INSERT OR IGNORE INTO frontier (url, site, kind, state, depth, discovered_at, attempts)"
        " VALUES (?, ?, ?, 'pending', ?, ?, 0)",
        [(url, site, kind, depth, now) for url, kind, depth in urls],
    )


def update_frontier(db: Database, url: str, site: str, **values: object) -> None:
    values.setdefault("fetched_at", now_iso())
    columns = ", ".join(f"{k} = ?" for k in values)
    updated = db.execute(f"UPDATE frontier SET {columns} WHERE url = ?", [*values.values(), url])
    if updated.rowcount == 0:
        db.table("frontier").insert({"url": url, "site": site, "kind": values.get("kind", "page"),
                               "state": values.get("state", "done"), "depth": 0,
                               "discovered_at": now_iso(), **values}, replace=True)


def mark_failed(db: Database, url: str, *, gone: bool, status: int | None, error: str | None) -> None:
    """A fetch failed: count the attempt; 404/410 are "gone" and never retried."""
    db.execute(
        "UPDATE frontier SET state = ?, status = ?, error = ?, fetched_at = ?,"
        " attempts = COALESCE(attempts, 0) + 1 WHERE url = ?",
        ["gone" if gone else "failed", status, error, now_iso(), url])


# -- runs --------------------------------------------------------------------

def record_run(db: Database, site: str, started_at: str, counts: dict) -> None:
    with transaction(db):
        db.table("runs").insert({
            "site": site, "started_at": started_at, "finished_at": now_iso(),
            "pages": counts.get("pages", 0), "requests": counts.get("requests", 0),
            "new_articles": counts.get("new", 0), "updated_articles": counts.get("updated", 0),
            "unchanged": counts.get("unchanged", 0), "not_modified": counts.get("not_modified", 0),
            "failures": counts.get("failures", 0),
            "errors": json.dumps(counts.get("errors", {}), sort_keys=True),
            "health": json.dumps(counts["health"]) if counts.get("health") else None,
            "frontier": json.dumps(counts["frontier"], sort_keys=True) if counts.get("frontier") else None,
        })
