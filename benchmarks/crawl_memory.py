"""Where the crawling process's memory goes, page count by page count.

    uv run python benchmarks/crawl_memory.py [--pages 10000] [--at 1000,3000,6000,10000] [--no-tracemalloc]

Crawls the benchmark's generated site (benchmarks/crawl.py's pages, served by a
process of its own) in this process, as ``crawler crawl`` does, and at each
page count of ``--at`` prints: the resident size, SQLite's own figures
(``sqlite3_memory_used`` of the loaded libsqlite3, and the crawl connection's
page cache, ``SQLITE_DBSTATUS_CACHE_USED``), glibc's ``mallinfo2`` (heap from
the system, in use, free, mapped), the Python objects tracemalloc sees (total
and the largest lines) and the sizes of the run's own sets and queues. A
diagnosis tool: its figures go in docs/benchmarks.md by hand.
"""

from __future__ import annotations

import argparse
import ctypes
import logging
import multiprocessing
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.crawl import _proc_kb, _serve_forever, build_pages  # noqa: E402
from crawler import archive  # noqa: E402
from crawler import crawl as crawl_mod  # noqa: E402
from crawler.config import parse_settings  # noqa: E402


class _Mallinfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks",
        "keepcost")]


_libc = ctypes.CDLL("libc.so.6")
_libc.mallinfo2.restype = _Mallinfo2
_sqlite = ctypes.CDLL("libsqlite3.so.0")
_sqlite.sqlite3_memory_used.restype = ctypes.c_int64


def _db_status(conn, op: int) -> int:
    """A figure of ``sqlite3_db_status`` for the connection (1: page cache, 2: schemas,
    3: prepared statements, in bytes): the ``sqlite3 *`` is the first field of CPython's
    connection object, after its header."""
    handle = ctypes.c_void_p.from_address(id(conn) + 2 * ctypes.sizeof(ctypes.c_void_p)).value
    current, high = ctypes.c_int(), ctypes.c_int()
    _sqlite.sqlite3_db_status(ctypes.c_void_p(handle), op, ctypes.byref(current), ctypes.byref(high), 0)
    return current.value


def _statements(conn) -> Counter:
    """The connection's prepared statements (``sqlite3_next_stmt``), counted by their SQL's start."""
    handle = ctypes.c_void_p(ctypes.c_void_p.from_address(id(conn) + 2 * ctypes.sizeof(ctypes.c_void_p)).value)
    _sqlite.sqlite3_next_stmt.restype = ctypes.c_void_p
    _sqlite.sqlite3_next_stmt.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    _sqlite.sqlite3_sql.restype = ctypes.c_char_p
    _sqlite.sqlite3_sql.argtypes = [ctypes.c_void_p]
    found: Counter = Counter()
    stmt = _sqlite.sqlite3_next_stmt(handle, None)
    while stmt:
        found[(_sqlite.sqlite3_sql(stmt) or b"").decode(errors="replace")[:90]] += 1
        stmt = _sqlite.sqlite3_next_stmt(handle, stmt)
    return found


MB = 2**20


def _serve_built(count: int, ready, port_value) -> None:
    """The site, built in the server's process: the pages never pass through this one's heap."""
    _serve_forever(build_pages(count, seed=11), ready, port_value)


def snapshot(pages: int, db, crawler, started: float, traced: bool) -> None:
    info = _libc.mallinfo2()
    count, high = ctypes.c_int64(), ctypes.c_int64()
    _sqlite.sqlite3_status64(9, ctypes.byref(count), ctypes.byref(high), 0)   # SQLITE_STATUS_MALLOC_COUNT
    rss = _proc_kb("/proc/self/status", "VmRSS:") / 1024
    line = (f"{pages} pages, {time.perf_counter() - started:.0f} s: RSS {rss:.0f} MB;"
            f" sqlite {_sqlite.sqlite3_memory_used() / MB:.1f} MB (page cache {_db_status(db.conn, 1) / MB:.1f},"
            f" schema {_db_status(db.conn, 2) / MB:.1f}, statements {_db_status(db.conn, 3) / MB:.1f};"
            f" {count.value} allocations);"
            f" malloc arena {info.arena / MB:.1f}, in use {info.uordblks / MB:.1f}, free {info.fordblks / MB:.1f},"
            f" mmapped {info.hblkhd / MB:.1f} ({info.hblks})")
    print(line, flush=True)
    statements = _statements(db.conn)
    print(f"  {sum(statements.values())} prepared statements; most alike:",
          "; ".join(f"{n} x {sql}" for sql, n in statements.most_common(4)), flush=True)
    if crawler is not None:
        for state in crawler.sites.values():
            sizes = {name: len(getattr(state, name)) for name in (
                "known", "queued", "visited", "anchors", "listed", "fed", "stored_new", "aliases", "trapped")}
            sizes["report.stored"] = len(state.report.stored)
            learner = state.learner
            if learner is not None:
                sizes.update({f"learner.{k}": len(v) for k, v in vars(learner).items()
                              if hasattr(v, "__len__") and not isinstance(v, str)})
            print("  run state:", ", ".join(f"{k} {v}" for k, v in sizes.items()), flush=True)
    if traced:
        snap = tracemalloc.take_snapshot()
        stats = snap.statistics("lineno")
        print(f"  tracemalloc total {sum(s.size for s in stats) / MB:.1f} MB", flush=True)
        for stat in stats[:12]:
            frame = stat.traceback[0]
            print(f"    {stat.size / 1024:8.0f} KB {stat.count:7d}  {frame.filename.replace(str(ROOT) + '/', '')}"
                  f":{frame.lineno}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10000)
    parser.add_argument("--at", default="1000,3000,6000,10000")
    parser.add_argument("--no-tracemalloc", action="store_true")
    parser.add_argument("--trim", type=int, default=0, metavar="N",
                        help="call glibc's malloc_trim(0) every N pages (an experiment; 0: never)")
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    marks = sorted(int(at) for at in args.at.split(","))
    context = multiprocessing.get_context("spawn")
    ready, port = context.Event(), context.Value("i", 0)
    server = context.Process(target=_serve_built, args=(args.pages, ready, port), daemon=True)
    server.start()
    ready.wait(300)
    traced = not args.no_tracemalloc
    crawlers: list = []
    made = crawl_mod.Crawler.__init__

    def keep(self, *a, **k) -> None:
        made(self, *a, **k)
        crawlers.append(self)

    crawl_mod.Crawler.__init__ = keep  # type: ignore[method-assign]
    try:
        with tempfile.TemporaryDirectory() as tmp:
            settings = parse_settings({
                "archive": {"path": f"{tmp}/m.db"},
                "crawl": {"delay_seconds": 0, "max_pages_per_run": args.pages + 1000,
                          "user_agent": "provincial-news-archive-benchmark/0.1"},
                "sites": [{"name": "demo", "start_urls": [f"http://127.0.0.1:{port.value}/"]}],
            })
            db = archive.open_archive(settings.archive_path, check=True, cache_kb=archive.CRAWL_CACHE_KB)
            started = time.perf_counter()
            snapshot(0, db, None, started, False)
            if traced:
                tracemalloc.start()

            trimmed = [0, 0.0]      # pages at the last trim, seconds spent trimming

            def watch(reports) -> None:
                done = sum(report.pages for report in reports)
                if args.trim and done - trimmed[0] >= args.trim:
                    start = time.perf_counter()
                    _libc.malloc_trim(0)
                    trimmed[0], trimmed[1] = done, trimmed[1] + time.perf_counter() - start
                while marks and done >= marks[0]:
                    snapshot(marks.pop(0), db, crawlers[0] if crawlers else None, started, traced)

            crawl_mod.crawl(settings, db, watch=watch)
            snapshot(-1, db, crawlers[0] if crawlers else None, started, traced)
            print(f"peak RSS {_proc_kb('/proc/self/status', 'VmHWM:') / 1024:.0f} MB;"
                  f" malloc_trim took {trimmed[1] * 1000:.0f} ms in all", flush=True)
            db.conn.close()
    finally:
        server.terminate()
        server.join()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
