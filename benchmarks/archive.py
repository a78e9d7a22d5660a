"""Archive at scale: insert rate, search latency (ranked and newest-first), export rate and memory.

    uv run python benchmarks/archive.py [--articles 1000000] [--db PATH] [--out docs/benchmarks.md]

Synthetic Vietnamese articles (about 2,500 characters, Zipf-distributed
syllables plus real words, 20 sites, 10 years of dates) are stored through
the project's own ``archive.save_article`` in transactions of 1,000, with
the SimHash and d-spellings precomputed as the crawl's extraction workers do
(the insert rate counts the storing only). Then a
fixed mix of queries runs through ``search.search`` (rare, medium and very
common terms, phrases, prefixes, with and without diacritics, with site and
date filters), ranked top-20 and newest-first, and ``crawler export`` writes
the whole archive to JSON Lines in a child process whose peak memory is read.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import multiprocessing
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import deque
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.report import goals_table, machine, publish  # noqa: E402
from crawler import archive  # noqa: E402
from crawler.extract import Article  # noqa: E402
from crawler.search import Filters, search  # noqa: E402

ONSETS = ("", "b", "c", "ch", "d", "đ", "g", "gi", "h", "kh", "l", "m", "n", "ng", "nh", "ph", "qu", "r", "s",
          "t", "th", "tr", "v", "x")
RHYMES = ("a", "ai", "an", "ang", "anh", "ao", "âm", "ân", "ây", "em", "en", "ê", "ênh", "i", "in", "inh", "o",
          "oa", "oan", "ô", "ông", "ơ", "ơi", "u", "uân", "ung", "ư", "ước", "ương", "yên", "ắc", "ất", "ọc")
REAL = ("tỉnh", "huyện", "xã", "nhân dân", "phát triển", "kinh tế", "đồng chí", "công trình", "nông thôn mới",
        "đường", "cao tốc", "cửa khẩu", "du lịch", "hợp tác xã", "thu hoạch", "ngân sách", "dự án", "Lạng Sơn",
        "Cao Bằng", "biên giới", "an ninh", "giáo dục", "y tế", "văn hóa", "lễ hội", "sản xuất", "đầu tư",
        "giao thông", "giao lưu", "Đồng Đăng", "Trà Lĩnh", "hoa đào", "vải thiều", "Kỳ Lừa", "Mẫu Sơn")
SITES = [f"site{n:02d}" for n in range(20)]

QUERIES: list[tuple[str, str, dict]] = [  # (label, query, filters)
    ("rare word", "Kỳ Lừa", {}),
    ("rare phrase, no marks", '"ky lua"', {}),
    ("medium word", "Mẫu Sơn", {}),
    ("medium, no marks", "mau son", {}),
    ("two medium words", "hoa đào", {}),
    ("very common word", "tỉnh", {}),
    ("very common, no marks", "tinh", {}),
    ("common phrase", '"nông thôn mới"', {}),
    ("prefix", "giao*", {}),
    ("common + site", "kinh tế", {"site": ("site03",)}),
    ("common + year", "dự án", {"since": "2020", "until": "2020"}),
    ("rare + site + month", "Đồng Đăng", {"site": ("site07",), "since": "2019-05", "until": "2019-05"}),
]


def vocabulary(rng: random.Random, size: int = 6000) -> tuple[list[str], list[float]]:
    words = list(REAL)
    while len(words) < size:
        words.append(rng.choice(ONSETS) + rng.choice(RHYMES))
    weights = [1 / (rank + 1) for rank in range(len(words))]
    rng.shuffle(words)        # real words land anywhere in the Zipf ranking
    return words, weights


CHUNK = 1000          # articles generated per task and stored per transaction


def articles(count: int, seed: int = 3):
    for first in range(0, count, CHUNK):
        yield from _chunk((first, min(CHUNK, count - first), seed))


def _chunk(task: tuple[int, int, int]) -> list:
    """Articles ``first`` … ``first + count - 1`` (the same for a given seed, in any process),
    each with the SimHash and d-spellings its extraction worker computes during a crawl."""
    first, count, seed = task
    words, weights = _vocabulary(seed)
    rng = random.Random(seed * 1_000_003 + first)
    start = date(2015, 1, 1)
    made = []
    for n in range(first, first + count):
        body = rng.choices(words, weights, k=rng.randint(400, 700))
        sentences = [" ".join(body[i:i + 18]).capitalize() + "." for i in range(0, len(body), 18)]
        text = "\n".join(" ".join(sentences[i:i + 4]) for i in range(0, len(sentences), 4))
        day = start + timedelta(days=rng.randrange(3650))
        published = f"{day.isoformat()}T{rng.randrange(6, 22):02d}:{rng.randrange(60):02d}:00+07:00"
        title = " ".join(rng.choices(words, weights, k=rng.randint(6, 12))).capitalize()
        site = SITES[n % len(SITES)]
        article = Article(url=None, title=title, published=published, text=text,
                          author="PV " + rng.choice(words).upper())
        # Made here, as the crawl's extraction workers do: storing is what is timed.
        made.append((site, f"https://{site}.example/bai-{n}.html", article, archive.article_extras(article)))
    return made


@functools.cache
def _vocabulary(seed: int) -> tuple[list[str], list[float]]:
    return vocabulary(random.Random(seed))


def build(db_path: Path, count: int, seed: int = 3) -> float:
    """Store ``count`` articles; the rate counts the time spent storing only. Articles
    are generated by a process per core, at most a few chunks ahead of the storing."""
    db = archive.open_archive(db_path)
    storing = 0.0
    tasks = iter([(first, min(CHUNK, count - first), seed) for first in range(0, count, CHUNK)])
    with multiprocessing.get_context("spawn").Pool(os.cpu_count()) as pool:
        pending = deque(pool.apply_async(_chunk, (task,)) for task in itertools.islice(tasks, 4))
        while pending:
            batch = pending.popleft().get()
            pending.extend(pool.apply_async(_chunk, (task,)) for task in itertools.islice(tasks, 1))
            start = time.perf_counter()
            _store(db, batch)
            storing += time.perf_counter() - start
    db.conn.close()
    return count / storing


def _store(db, batch) -> None:
    with archive.transaction(db):
        for site, url, article, extras in batch:
            archive.save_article(db, site, url, article, "2025-01-01T00:00:00+00:00", extras)


def latencies(db_path: Path, newest: bool, repeat: int = 5) -> tuple[float, float, dict]:
    db = archive.open_archive(db_path, create=False)
    times, per_query = [], {}
    for label, query, filters in QUERIES:
        search(db, Filters(query=query, **filters), limit=20, newest_first=newest)   # warm
        own = []
        for _ in range(repeat):
            start = time.perf_counter()
            search(db, Filters(query=query, **filters), limit=20, newest_first=newest)
            own.append(time.perf_counter() - start)
        times += own
        per_query[label] = statistics.median(own) * 1000
    times.sort()
    return times[len(times) // 2] * 1000, times[int(len(times) * 0.95)] * 1000, per_query


PEAK = """
import atexit, os, sys
def peak():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            sys.stderr.write("PEAK " + line.split()[1] + "\\n")
atexit.register(peak)
from crawler.cli import main
main()
"""


def export_rate(db_path: Path, count: int) -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", PEAK, "export", "--db", str(db_path), "--format", "jsonl",
                               "-o", str(Path(tmp) / "all.jsonl")], capture_output=True, text=True, check=True)
        elapsed = time.perf_counter() - start
    peak = next(int(line.split()[1]) for line in done.stderr.splitlines() if line.startswith("PEAK"))
    return count / elapsed, peak // 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, help="Keep the archive here (default: a temporary folder).")
    parser.add_argument("--reuse", action="store_true",
                        help="Measure the archive already at --db (built by an earlier run) instead of building it.")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db_path = args.db or Path(tmp) / "big.db"
        rate_file = db_path.with_name(db_path.name + ".insert-rate")    # kept for --reuse
        if args.reuse:
            insert = float(rate_file.read_text())
        else:
            insert = build(db_path, args.articles)
            rate_file.write_text(f"{insert:.1f}")
        ranked = latencies(db_path, newest=False)
        newest = latencies(db_path, newest=True)
        export, peak_mb = export_rate(db_path, args.articles)
        size_mb = db_path.stat().st_size / 2**20
    n = f"{args.articles:,}"
    rows = [
        (f"insert, search index in sync ({n} articles)", "≥ 3,000 articles/s", f"{insert:,.0f} articles/s"),
        ("newest-first top-20, p50 / p95", "p95 ≤ 20 ms", f"{newest[0]:.1f} / {newest[1]:.1f} ms"),
        ("ranked (bm25) top-20, p50 / p95", "p95 ≤ 100 ms", f"{ranked[0]:.1f} / {ranked[1]:.1f} ms"),
        ("export to JSONL", "≥ 20,000 articles/s", f"{export:,.0f} articles/s"),
        ("export peak memory (RSS)", "< 200 MB", f"{peak_mb} MB"),
    ]
    table = goals_table(rows)
    detail = "\n".join(["| query | ranked ms (median) | newest-first ms (median) |", "|---|---|---|"]
                       + [f"| {label} | {ranked[2][label]:.1f} | {newest[2][label]:.1f} |"
                          for label, _q, _f in QUERIES])
    body = (f"## Archive and search\n\nMeasured with `uv run python benchmarks/archive.py --articles {args.articles}` "
            f"({machine()}; archive {size_mb:,.0f} MB). The goals are for 1,000,000 articles.\n\n{table}\n\n{detail}\n")
    publish(args.out, body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
