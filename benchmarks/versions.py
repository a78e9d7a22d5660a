"""Search over every version: what ``search --all-versions`` costs beside the current text.

    uv run python benchmarks/versions.py [--articles 100000] [--edited 0.05] [--db PATH] [--reuse]

The archive of benchmarks/archive.py (same synthetic articles), then a share
of its articles edited once (``archive.keep_version`` and a changed text, as a
revisit that finds an edit stores it; the earlier versions' search index
``versions_fts`` kept in sync by its triggers). Measured: the rate of storing
edits, and the same query mix as the archive benchmark, ranked and newest
first, with and without the earlier versions.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.archive import QUERIES, build  # noqa: E402
from benchmarks.report import goals_table, machine, publish  # noqa: E402
from crawler import archive  # noqa: E402
from crawler.extract import Article  # noqa: E402
from crawler.search import Filters, search  # noqa: E402


def edit(db_path: Path, share: float) -> tuple[int, float]:
    """Edit every (1/share)-th article once: its old version kept, a sentence of its text changed.
    How many, and the edits stored per second."""
    db = archive.open_archive(db_path, create=False)
    step = max(1, round(1 / share))
    rows = db.execute("SELECT id, url, site, title, author, published, text FROM articles WHERE id % ? = 0",
                      [step]).fetchall()
    start = time.perf_counter()
    with archive.transaction(db):
        for article_id, url, site, title, author, published, text in rows:
            archive.keep_version(db, article_id, "2025-01-02T00:00:00+00:00")
            changed = text.replace(".", ". Đính chính: số liệu đã được cập nhật.", 1)
            archive.save_article(db, site, url, Article(url=url, title=title, author=author, published=published,
                                                        text=changed), "2025-01-02T00:00:00+00:00")
    elapsed = time.perf_counter() - start
    db.conn.close()
    return len(rows), len(rows) / elapsed


def latencies(db_path: Path, *, newest: bool, all_versions: bool, repeat: int = 5) -> tuple[float, float]:
    """p50 and p95 in ms over the query mix (each query run once before, to warm the cache)."""
    db = archive.open_readonly(db_path)
    times = []
    for _label, query, filters in QUERIES:
        search(db, Filters(query=query, **filters), limit=20, newest_first=newest, all_versions=all_versions)
        for _ in range(repeat):
            start = time.perf_counter()
            search(db, Filters(query=query, **filters), limit=20, newest_first=newest, all_versions=all_versions)
            times.append(time.perf_counter() - start)
    db.conn.close()
    times.sort()
    return statistics.median(times) * 1000, times[int(len(times) * 0.95)] * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--edited", type=float, default=0.05, help="Share of the articles edited once.")
    parser.add_argument("--db", type=Path, help="Keep the archive here (default: a temporary folder).")
    parser.add_argument("--reuse", action="store_true",
                        help="Measure the archive already at --db (built and edited by an earlier run).")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db_path = args.db or Path(tmp) / "versions.db"
        rate_file = db_path.with_name(db_path.name + ".edit-rate")    # kept for --reuse
        if args.reuse:
            rate = float(rate_file.read_text())
        else:
            build(db_path, args.articles)
            rate = edit(db_path, args.edited)[1]
            rate_file.write_text(f"{rate:.1f}")
        db = archive.open_readonly(db_path)
        versions = db.execute("SELECT count(*) FROM versions").fetchone()[0]
        db.conn.close()
        figures = {(newest, every): latencies(db_path, newest=newest, all_versions=every)
                   for newest in (True, False) for every in (False, True)}
    rows = [(f"storing an edit, both indexes in sync ({versions:,} versions)",
             "≥ 100 edits/s (a polite crawl fetches a few pages a second)", f"{rate:,.0f} edits/s")]
    for newest, label in ((True, "newest-first"), (False, "ranked (bm25)")):
        plain, every = figures[(newest, False)], figures[(newest, True)]
        rows.append((f"{label} top-20, p50 / p95: current text", "-", f"{plain[0]:.1f} / {plain[1]:.1f} ms"))
        rows.append((f"{label} top-20, p50 / p95: --all-versions", "p95 ≤ 2 × the current text's + 50 ms",
                     f"{every[0]:.1f} / {every[1]:.1f} ms"))
    body = (f"## Searching all versions\n\nMeasured with `uv run python benchmarks/versions.py --articles "
            f"{args.articles} --edited {args.edited}` ({machine()}): the archive benchmark's articles, "
            f"{args.edited:.0%} of them edited once. The earlier versions have their own search index "
            "(`versions_fts`, kept in sync by triggers, the articles' tokenizer); `search --all-versions` runs "
            "the query on both, and a search without it does not touch it. A ranked search whose current "
            "matches fill the page does not look further.\n\n" + goals_table(rows) + "\n\n"
            "The first design had no such index: `--all-versions` indexed the earlier versions in memory "
            "for each command, which took 6.9 s for these 5,000 versions (1.4 ms a version), before the "
            "first hit. It remains only for an archive of a development build of schema 9 without "
            "`versions_fts`.\n")
    publish(args.out, body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
