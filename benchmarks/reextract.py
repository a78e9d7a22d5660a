"""Reextract throughput: the crawl's process pool against extraction in one process.

    uv run python benchmarks/reextract.py [--articles 2000] [--versions 200] [--out docs/benchmarks.md]

The captures are the crawl benchmark's generated provincial-daily pages
(``benchmarks/crawl.py``: about 120 KB each, chrome and boxes), stored as a
crawl stores them (article row, compressed raw capture), ``--versions`` of
them with an earlier version (``archive.keep_version``) whose capture is
re-extracted too. Figures, all from one run on this machine:

- single-process extraction: pages/s of ``extract`` over the same pages in a
  plain loop (what ``crawler reextract`` did before it used the pool);
- reextract rows/s with the pool (one worker per core), every row unchanged
  (the usual case: a new release that changes some articles) and every row
  changed (each one rewritten, search index included), and in this process
  (no pool) for the cost of reading, comparing and writing;
- the ratio of the pool's rate to single-process extraction, and the time a
  million captures would take at that rate.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.crawl import build_pages  # noqa: E402
from benchmarks.report import goals_table, machine, publish  # noqa: E402
from crawler import archive  # noqa: E402
from crawler.config import Settings  # noqa: E402
from crawler.crawl import extraction_pool  # noqa: E402
from crawler.extract import extract  # noqa: E402
from crawler.reextract import LEARN_PAGES, ReextractReport, reextract  # noqa: E402

BASE = "http://127.0.0.1"


def store(db_path: Path, pages: list[tuple[str, bytes]], versions: int) -> tuple[float, float, int]:
    """Extract ``pages`` in this process (timed: the single-process rate) and store them as a
    crawl does; the first ``versions`` articles get an earlier version. Returns (wall seconds,
    CPU seconds, rows)."""
    start, cpu = time.perf_counter(), time.process_time()
    articles = [extract(body, f"{BASE}{path}") for path, body in pages]
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    db = archive.open_archive(db_path)
    at = "2024-05-01T08:00:00+00:00"
    with archive.transaction(db):
        for (path, body), article in zip(pages, articles, strict=True):
            url = f"{BASE}{path}"
            archive.save_article(db, "demo", url, article, at)
            archive.save_raw(db, url, url, 200, {"content-type": "text/html; charset=utf-8"}, body, at)
        ids = [row[0] for row in db.execute("SELECT id FROM articles ORDER BY id LIMIT ?", [versions])]
        for article_id in ids:
            archive.keep_version(db, article_id, "2024-05-02T08:00:00+00:00")
    db.conn.close()
    return seconds, cpu, len(articles) + len(ids)


@dataclass
class Run:
    report: ReextractReport
    main_cpu: float       # CPU seconds of this (the reextracting) process
    workers_cpu: float    # CPU seconds of the pool's workers

    @property
    def rate(self) -> float:
        return self.report.done / self.report.seconds

    def cpu_ms(self) -> str:
        rows = self.report.done
        return f"{self.main_cpu / rows * 1000:.1f} + {self.workers_cpu / rows * 1000:.1f} ms CPU per row"


def timed(db_path: Path, pooled: bool) -> Run:
    """One ``reextract`` of every capture, with the pool or in this process."""
    db = archive.open_archive(db_path, create=False)
    pool = extraction_pool(Settings()) if pooled else None
    workers: list[int] = []
    if isinstance(pool, ProcessPoolExecutor):   # started (and done importing) before the clock
        list(pool.map(abs, range(os.cpu_count() or 1)))
        workers = list(pool._processes)
    before = sum(map(_cpu_seconds, workers))
    cpu = time.process_time()
    try:
        report = reextract(db, restart=True, executor=pool)
        main_cpu = time.process_time() - cpu
        workers_cpu = sum(map(_cpu_seconds, workers)) - before
    finally:
        if pool is not None:
            pool.shutdown()
        db.conn.close()
    return Run(report, main_cpu, workers_cpu)


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a live process (/proc/PID/stat)."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--versions", type=int, default=200)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md")
    args = parser.parse_args()
    logging.disable(logging.WARNING)

    pages = [(p, b) for p, b in build_pages(args.articles).items() if p.startswith("/bai-")]
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "r.db"
        seconds, single_cpu, rows = store(db_path, pages, args.versions)
        first = timed(db_path, pooled=True)     # with the template learned: most rows change
        pooled = timed(db_path, pooled=True)    # again: every row unchanged
        in_line = timed(db_path, pooled=False)
    load = max(load, os.getloadavg()[0])
    for run in (first, pooled, in_line):
        assert run.report.done == rows, (run.report.summary(), rows)
    assert pooled.report.unchanged == rows, pooled.report.summary()
    single = len(pages) / seconds
    per_page = single_cpu / len(pages)
    cores = os.cpu_count() or 1

    def idle(run: Run) -> float:
        """The rate on idle cores from CPU times: all cores shared, the reextracting process at most one."""
        rows = run.report.done
        return min(cores * rows / (run.main_cpu + run.workers_cpu), rows / run.main_cpu) * per_page

    million = 1_000_000 / pooled.rate
    rows_text = f"{rows} rows: {len(pages)} articles and {rows - len(pages)} earlier versions"
    table = goals_table([
        ("reextract rows/s (pool) ÷ single-process extraction pages/s", f"≥ 1.7 on {cores} cores",
         f"{pooled.rate / single:.2f} ({pooled.rate:.0f} vs {single:.0f}/s; {rows_text}, all unchanged); "
         f"from CPU times, on idle cores: {idle(pooled):.2f}"),
        ("the same, most rows changed (rows and search index rewritten)", "–",
         f"{first.rate / single:.2f} ({first.rate:.0f} rows/s; {first.report.changed} changed); "
         f"on idle cores: {idle(first):.2f}"),
        ("reextract in one process (no pool) ÷ single-process extraction", "–",
         f"{in_line.rate / single:.2f} ({in_line.rate:.0f} rows/s); CPU per row "
         f"{in_line.main_cpu / in_line.report.done * 1000:.1f} ms"),
        ("CPU per row: reextracting process + workers, vs single-process extraction per page", "–",
         f"{pooled.cpu_ms()} vs {per_page * 1000:.1f} ms"),
        ("projected time for 1,000,000 captures (pool, unchanged)", "–",
         f"{million / 60:.0f} min ({million / 3600:.1f} h); on idle cores "
         f"{1_000_000 / (idle(pooled) / per_page) / 60:.0f} min"),
    ])
    section = (f"## Reextract throughput\n\nMeasured with `uv run python benchmarks/reextract.py "
               f"--articles {args.articles} --versions {args.versions}` ({machine()}; load average up to "
               f"{load:.1f} during the run: other work shared the cores). Single-process extraction is "
               f"`extract` over the same pages in a plain loop, as `crawler reextract` ran before it used "
               f"the crawl's process pool; the pool has one worker per core, and the reextracting process "
               f"reads the captures, compares and writes. Each rate includes learning the site's template "
               f"from its {LEARN_PAGES} newest captures. \"On idle cores\" is what the CPU times allow when "
               f"nothing else runs (an upper bound: the rows' total CPU time shared by all cores, the "
               f"reextracting process on at most one); the wall-clock ratio is the goal's figure, to be "
               f"measured again with the same command on idle cores.\n\n{table}\n")
    publish(args.out, section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
