"""Stream article sets out as JSON Lines, CSV, Parquet or WARC.

Rows come straight from a SQLite cursor, so memory stays flat whatever the
archive's size (Parquet is written in row groups of ``PARQUET_BATCH``). A
file is written under a temporary name beside the target and renamed into
place only when complete: an interrupted export never leaves a half-written
file that looks finished. Every format takes the same filters.

- JSONL, CSV: the article fields (``FIELDS``). ``excel=True`` makes the CSV
  one that Excel opens right: a UTF-8 byte-order mark (else Vietnamese shows
  as mojibake), CRLF line ends, and a cell starting with ``=``, ``+``, ``-``,
  ``@``, a tab or a carriage return prefixed with ``'`` so that it is never run
  as a formula (CSV injection).
- Parquet (pyarrow, the ``parquet`` extra): the same fields, typed:
  ``published`` a timestamp with the +07:00 zone (a date without a time is
  midnight), ``published_date`` the publication day as the site gave it (a
  DATE, right in any session time zone, where midnight +07:00 read in UTC is
  the day before), ``fetched_at`` a UTC timestamp, ``tags`` a list of strings.

A file is created with the permissions the umask allows (``0666 & ~umask``),
like any file a shell redirection makes.
- WARC (warcio): the stored raw capture of each article as a gzipped
  ``response`` record with its original status line and headers, for replay
  tools and deposit. The body is stored decoded, so ``Content-Encoding`` and
  ``Transfer-Encoding`` are dropped and ``Content-Length`` is the body's.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import sys
import tempfile
import zlib
from collections.abc import Iterator
from datetime import UTC, date, datetime
from http import HTTPStatus
from pathlib import Path
from typing import IO, TYPE_CHECKING

from sqlite_utils import Database

from .archive import EXTRACTOR_VERSION
from .errors import ExportError, QueryError
from .extract.dates import VIETNAM
from .search import RANK, Filters, where_clause

if TYPE_CHECKING:
    from warcio.recordloader import ArcWarcRecord
    from warcio.warcwriter import WARCWriter

FORMATS = ("jsonl", "csv", "parquet", "warc")
# A file name's ending → its format, for ``-o`` without ``--format``.
SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet",
            ".warc": "warc", ".warc.gz": "warc"}
# What spreadsheets read as the start of a formula (OWASP's CSV injection list).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
BINARY = ("parquet", "warc")
PARQUET_BATCH = 5000
FIELDS = ("url", "site", "title", "author", "source", "published", "category", "tags",
          "image", "language", "text", "fetched_at", "removed_at")
# What ``versions=True`` adds to each record: which version it is, when it was first
# seen, when the next one replaced it (empty for the newest).
VERSION_FIELDS = ("version", "seen_at", "replaced_at")


def fields_for(versions: bool) -> tuple[str, ...]:
    """The columns of an export: ``FIELDS``, and ``VERSION_FIELDS`` with every version."""
    return FIELDS + VERSION_FIELDS if versions else FIELDS


def format_for(output: str | Path, fmt: str | None) -> str:
    """``fmt``, or the format ``output``'s name ends in (``.jsonl``, ``.csv``, ``.parquet``, ``.warc.gz``)."""
    if fmt:
        return fmt
    name = Path(str(output)).name.lower()
    for suffix, found in sorted(SUFFIXES.items(), key=lambda item: -len(item[0])):
        if name.endswith(suffix):
            return found
    if str(output) == "-":
        raise QueryError("give --format (jsonl, csv, parquet or warc) when exporting to stdout")
    raise QueryError(f"cannot tell the format from {str(output)!r}: give --format, or end the name"
                     f" in {', '.join(SUFFIXES)}")


def iter_articles(db: Database, filters: Filters, *, ranked: bool = False,
                  versions: bool = False) -> Iterator[dict]:
    """Matching articles in archive order (best match first when ``ranked``), one dict at a time;
    with ``versions``, every version of each, oldest first (``fields_for(True)``).

    The query is compiled and started here, so a bad filter fails before
    anything is written.
    """
    columns = ", ".join(f"a.{name}" for name in FIELDS)
    extra = ", a.id, a.version, coalesce(a.updated_at, a.fetched_at)" if versions else ""
    cursor = _select(db, filters, columns + extra, ranked)

    def rows() -> Iterator[dict]:
        while batch := cursor.fetchmany(500):
            earlier = _earlier_versions(db, [row[len(FIELDS)] for row in batch]) if versions else {}
            for row in batch:
                record = dict(zip(FIELDS, row, strict=False))
                if versions:
                    article_id, number, seen_at = row[len(FIELDS):]
                    yield from (_as_version(record, old) for old in earlier.get(article_id, ()))
                    record.update(version=number, seen_at=seen_at, replaced_at=None)
                record["tags"] = json.loads(record["tags"] or "[]")
                yield record

    return rows()


def _select(db: Database, filters: Filters, columns: str, ranked: bool) -> sqlite3.Cursor:
    """The cursor of ``columns`` (SQL, of the articles ``a``) of the matching articles, in
    archive order or best match first."""
    source, where, params = where_clause(filters, db)
    if ranked and not filters.query:
        raise QueryError("ranked order needs a --query to rank by")
    order = f"{RANK}, a.id" if ranked else "a.id"
    return db.execute(f"SELECT {columns} FROM {source}{where} ORDER BY {order}", params)


def iter_jsonl(db: Database, filters: Filters, *, ranked: bool = False) -> Iterator[str]:
    """The JSON Lines of ``iter_articles``' records (without versions), each made by SQLite's
    ``json_object``: the same records, keys in the same order, written compactly. A
    dict and ``json.dumps`` for each article took twice the CPU time (docs/benchmarks.md,
    "Archive and search"). Started here, as ``iter_articles`` is."""
    members = ", ".join(f"'{name}', " + ("json(coalesce(a.tags, '[]'))" if name == "tags" else f"a.{name}")
                        for name in FIELDS)
    cursor = _select(db, filters, f"json_object({members})", ranked)

    def lines() -> Iterator[str]:
        while batch := cursor.fetchmany(500):
            for (line,) in batch:
                yield line

    return lines()


_KEPT = ("title", "author", "source", "published", "category", "tags", "image", "language", "text")


def _earlier_versions(db: Database, article_ids: list[int]) -> dict[int, list[dict]]:
    """The earlier versions of these articles (fields of ``_KEPT``), oldest first, by article id."""
    found: dict[int, list[dict]] = {}
    columns = ("article_id", "number", "seen_at", "replaced_at", "raw_fetched_at", *_KEPT)
    for row in db.execute(f"SELECT {', '.join(columns)} FROM versions WHERE article_id IN"
                          f" ({', '.join('?' * len(article_ids))}) ORDER BY article_id, number", article_ids):
        found.setdefault(row[0], []).append(dict(zip(columns, row, strict=True)))
    return found


def _as_version(article: dict, version: dict) -> dict:
    """The export record of an earlier ``version`` of ``article`` (an export record)."""
    record = {**article, **{name: version[name] for name in _KEPT},
              "fetched_at": version["raw_fetched_at"] or version["seen_at"],
              "version": version["number"], "seen_at": version["seen_at"],
              "replaced_at": version["replaced_at"]}
    record["tags"] = json.loads(record["tags"] or "[]")
    return record


def _neutral(value):
    """A cell a spreadsheet shows as text, never evaluates as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def write(rows: Iterator, fmt: str, out: IO[str], *, excel: bool = False,
          fields: tuple[str, ...] = FIELDS) -> int:
    """Write ``rows`` (records of ``fields``; for JSON Lines, lines made whole by
    ``iter_jsonl`` too) in a text format to an open text stream; return how many."""
    count = 0
    if fmt == "jsonl":
        for row in rows:
            out.write((row if isinstance(row, str) else json.dumps(row, ensure_ascii=False)) + "\n")
            count += 1
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\r\n" if excel else "\n")
        if excel:
            out.write("\ufeff")
        writer.writeheader()
        for row in rows:
            row = {**row, "tags": "; ".join(row["tags"])}
            writer.writerow({k: _neutral(v) for k, v in row.items()} if excel else row)
            count += 1
    else:
        raise ExportError(f"unknown format {fmt!r} (expected one of: {', '.join(FORMATS)})")
    return count


def write_parquet(rows: Iterator[dict], out: IO[bytes], fields: tuple[str, ...] = FIELDS) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ExportError("Parquet export needs pyarrow: uv sync --extra parquet "
                          "(or pip install 'provincial-news-archive[parquet]')") from None
    columns = [*fields]
    columns.insert(fields.index("published") + 1, "published_date")
    schema = pa.schema([
        (name, pa.timestamp("ms", tz="+07:00") if name == "published" else
         pa.date32() if name == "published_date" else
         pa.timestamp("ms", tz="UTC") if name in _UTC_TIMES else
         pa.int32() if name == "version" else
         pa.list_(pa.string()) if name == "tags" else pa.string())
        for name in columns
    ])
    count = 0
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        batch: list[dict] = []
        for row in rows:
            batch.append({**row, "published": _timestamp(row["published"]),
                          "published_date": _day(row["published"]),
                          **{name: _timestamp(row[name]) for name in _UTC_TIMES if name in row}})
            if len(batch) >= PARQUET_BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema))
                count += len(batch)
                batch.clear()
        if batch or not count:
            writer.write_table(pa.Table.from_pylist(batch, schema))
            count += len(batch)
    return count


# The archive's own times (UTC), typed as timestamps in Parquet.
_UTC_TIMES = ("fetched_at", "removed_at", "seen_at", "replaced_at")


def _timestamp(value: str | None) -> datetime | None:
    """An archive date (ISO, with or without a time and zone) as an aware datetime."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=VIETNAM)


def _day(value: str | None) -> date | None:
    """The publication day as written (``2024-03-12`` of ``2024-03-12T23:30:00+07:00`` too)."""
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def write_warc(db: Database, filters: Filters, out: IO[bytes], *, versions: bool = False) -> int:
    """Gzipped WARC 1.1 of the raw captures of the matching articles; with ``versions``, every
    capture of each (oldest first), a ``revisit`` record (profile identical-payload-digest)
    standing for one whose payload is byte-identical to the article's capture before it."""
    from warcio.warcwriter import WARCWriter

    writer = WARCWriter(out, gzip=True, warc_version="WARC/1.1")
    writer.write_record(writer.create_warcinfo_record(
        "archive.warc.gz", {"software": f"provincial-news-archive {EXTRACTOR_VERSION}",
                            "format": "WARC File Format 1.1"}))
    source, where, params = where_clause(filters, db)
    if versions:
        return _write_every_capture(db, writer, source, where, params)
    cursor = db.execute(
        f"SELECT r.fetched_url, r.status, r.headers, r.body, r.fetched_at FROM {source} "
        f"JOIN raw_pages r ON r.url = a.url{where} ORDER BY a.id", params)
    count = 0
    while batch := cursor.fetchmany(100):
        for fetched_url, status, headers, body, fetched_at in batch:
            writer.write_record(_response(writer, fetched_url, status, headers, zlib.decompress(body),
                                          fetched_at))
            count += 1
    return count


def _response(writer: WARCWriter, fetched_url: str, status: int, headers: str | None, payload: bytes,
              fetched_at: str, *, revisit_of: ArcWarcRecord | None = None) -> ArcWarcRecord:
    """A ``response`` record of a capture with its original status line and headers
    (or, given the record of an identical earlier capture, a ``revisit`` record)."""
    from warcio.statusandheaders import StatusAndHeaders

    kept = [(k, v) for k, v in json.loads(headers or "{}").items()
            if k not in ("content-encoding", "transfer-encoding", "content-length")]
    kept.append(("content-length", str(len(payload))))
    reason = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else ""
    http_headers = StatusAndHeaders(f"{status} {reason}".strip(), kept, protocol="HTTP/1.1")
    warc_headers = {"WARC-Date": _warc_date(fetched_at)}
    if revisit_of is not None:
        earlier = revisit_of.rec_headers
        warc_headers["WARC-Refers-To"] = earlier.get_header("WARC-Record-ID")
        return writer.create_revisit_record(
            fetched_url, earlier.get_header("WARC-Payload-Digest"), earlier.get_header("WARC-Target-URI"),
            earlier.get_header("WARC-Date"), http_headers=http_headers, warc_headers_dict=warc_headers)
    return writer.create_warc_record(fetched_url, "response", payload=io.BytesIO(payload), length=len(payload),
                                     http_headers=http_headers, warc_headers_dict=warc_headers)


def _write_every_capture(db: Database, writer: WARCWriter, source: str, where: str, params: list) -> int:
    """Every kept capture of each matching article, oldest first; see ``write_warc``."""
    from .history import versions

    ids = [row[0] for row in db.execute(f"SELECT a.id FROM {source}{where} ORDER BY a.id", params)]
    count = 0
    for article_id in ids:
        previous = None     # (payload, its record) of the article's capture before
        for version in versions(db, article_id):
            payload = version.raw_body()
            if payload is None or version.fetched_url is None or version.status is None:
                continue
            fetched_at = version.raw_fetched_at or version.seen_at or ""
            same = previous is not None and previous[0] == payload
            record = _response(writer, version.fetched_url, version.status, version.headers, payload,
                               fetched_at, revisit_of=previous[1] if same and previous else None)
            writer.write_record(record)
            if not same:
                previous = (payload, record)
            count += 1
    return count


def _warc_date(value: str) -> str:
    parsed = _timestamp(value) or datetime.now(UTC)
    return parsed.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def export(db: Database, filters: Filters, fmt: str, output: str | Path, *,
           excel: bool = False, ranked: bool = False, versions: bool = False) -> int:
    """Export to a file path (atomically) or to ``-`` (stdout); return the row count.

    ``excel``: CSV for spreadsheets (see the module's docstring); ``ranked``:
    best match of ``filters.query`` first instead of archive order;
    ``versions``: every version of each article (every capture in a WARC).
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} (expected one of: {', '.join(FORMATS)})")
    if ranked and fmt == "warc":
        raise QueryError("--ranked orders articles; WARC holds captures in archive order")
    if excel and fmt != "csv":
        raise QueryError("--excel makes a CSV file: use it with --format csv (or an -o name ending in .csv)")
    # Compiles the filters: a bad one fails first.
    lines = iter_jsonl(db, filters, ranked=ranked) if fmt == "jsonl" and not versions else None
    rows = iter_articles(db, filters, ranked=ranked, versions=versions) if lines is None else iter(())
    fields = fields_for(versions)

    def run(out: IO) -> int:
        if lines is not None:
            return write(lines, fmt, out)
        if fmt == "parquet":
            return write_parquet(rows, out, fields)
        if fmt == "warc":
            return write_warc(db, filters, out, versions=versions)
        return write(rows, fmt, out, excel=excel, fields=fields)

    if str(output) == "-":
        return run(sys.stdout.buffer if fmt in BINARY else sys.stdout)
    target = Path(output)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise ExportError(f"cannot export to {target}: it is a folder")
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise ExportError(f"cannot write to {folder}: {exc.strerror or exc}") from None
    try:
        out_file = (os.fdopen(handle, "wb") if fmt in BINARY
                    else os.fdopen(handle, "w", encoding="utf-8", newline=""))
        with out_file as out:
            count = run(out)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, 0o666 & ~_umask())    # mkstemp makes it 0600
        os.replace(temp, target)
    except BaseException as exc:
        # Whatever stops it (a full disk, Ctrl-C, SIGTERM): no hidden .part file is left.
        Path(temp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise ExportError(f"cannot write {target}: {exc.strerror or exc}") from None
        raise
    return count


def _umask() -> int:
    mask = os.umask(0o022)   # reading the umask means setting it: put it straight back
    os.umask(mask)
    return mask
