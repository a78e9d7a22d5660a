"""Stream article sets out as JSON Lines or CSV.

Rows come straight from a SQLite cursor, so memory stays flat whatever the
archive's size. A file is written under a temporary name beside the target
and renamed into place only when complete: an interrupted export never
leaves a half-written file that looks finished.
"""

from __future__ import annotations

import csv
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from sqlite_utils import Database

from .errors import ExportError
from .search import Filters, where_clause

FORMATS = ("jsonl", "csv")
FIELDS = ("url", "site", "title", "author", "source", "published", "category", "tags",
          "image", "language", "text", "fetched_at")


def iter_articles(db: Database, filters: Filters) -> Iterator[dict]:
    """Matching articles in archive order, one dict at a time.

    The query is compiled and started here, so a bad filter fails before
    anything is written.
    """
    source, where, params = where_clause(filters)
    columns = ", ".join(f"a.{name}" for name in FIELDS)
    cursor = db.execute(f"SELECT {columns} FROM {source}{where} ORDER BY a.id", params)

    def rows() -> Iterator[dict]:
        while batch := cursor.fetchmany(500):
            for row in batch:
                record = dict(zip(FIELDS, row))
                record["tags"] = json.loads(record["tags"] or "[]")
                yield record

    return rows()


def write(rows: Iterator[dict], fmt: str, out: IO[str]) -> int:
    """Write ``rows`` in ``fmt`` to an open text stream; return how many."""
    count = 0
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({**row, "tags": "; ".join(row["tags"])})
            count += 1
    else:
        raise ExportError(f"unknown format {fmt!r} (expected one of: {', '.join(FORMATS)})")
    return count


def export(db: Database, filters: Filters, fmt: str, output: str | Path) -> int:
    """Export to a file path (atomically) or to ``-`` (stdout); return the row count."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} (expected one of: {', '.join(FORMATS)})")
    rows = iter_articles(db, filters)
    if str(output) == "-":
        return write(rows, fmt, sys.stdout)
    target = Path(output)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise ExportError(f"cannot export to {target}: it is a folder")
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise ExportError(f"cannot write to {folder}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            count = write(rows, fmt, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return count
