"""Five runs over a loopback site full of traps: what each run spends its budget on.

    uv run python benchmarks/frontier.py [--runs 5] [--budget 30] [--out docs/benchmarks.md]

The site (tests/trap_site.py) has an endless ``?page=N``, an endless calendar
(``/date/2023/01/01`` → next day, month, year), a session-id link, a feed and
articles; three new articles appear on its home page before every run after the
first. Per run: page requests by kind of work (frontier.py), the frontier's size,
new articles, traps not followed, and the run's time, with the shipped settings
(pagination followed to page 100) and with ``max_page_number = 5``.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.report import machine, publish  # noqa: E402
from crawler import archive  # noqa: E402
from crawler.config import parse_settings  # noqa: E402
from crawler.crawl import crawl  # noqa: E402
from crawler.sample_site import STORIES, LoopbackSite, serve  # noqa: E402
from tests.trap_site import TrapRoutes  # noqa: E402

KINDS = ("start", "feed", "sitemap", "new", "list", "retry")


def five_runs(runs: int, budget: int, **crawl_settings) -> list[dict]:
    site = LoopbackSite("127.0.0.1")
    site.routes = TrapRoutes("")
    figures = []
    with serve(site), tempfile.TemporaryDirectory() as tmp:
        site.routes.base = site.base
        settings = parse_settings({
            "archive": {"path": f"{tmp}/archive.db"},
            "crawl": {"delay_seconds": 0.0, "concurrency": 4, "extract_processes": 1, **crawl_settings},
            "sites": [{"name": "bay", "start_urls": [f"{site.base}/"], "feeds": [f"{site.base}/rss.xml"]}]})
        db = archive.open_archive(settings.archive_path)
        for run in range(runs):
            if run:
                for i in range(3):
                    story = STORIES[(run + i) % len(STORIES)]
                    site.routes.fresh.append(replace(story, slug=f"tin-moi-{run}-{i}"))
            started = time.monotonic()
            [report] = crawl(settings, db, max_pages=budget)
            elapsed = time.monotonic() - started
            with sqlite3.connect(settings.archive_path) as conn:
                size, pending = conn.execute("SELECT COUNT(*), SUM(state = 'pending') FROM frontier").fetchone()
            fresh = {f"tin-moi-{run}-{i}" for i in range(3)} if run else set()
            found = sum(1 for path in (r.path for r in site.requests) if path.strip("/").removesuffix(".html") in fresh)
            site.requests.clear()
            figures.append({"run": run + 1, "pages": report.pages, "kinds": dict(report.by_kind),
                            "size": size, "pending": pending or 0, "new": report.new,
                            "fresh": f"{found}/{len(fresh)}" if fresh else "-",
                            "traps": sum(report.traps.values()), "seconds": elapsed})
    return figures


def budget_end(queued: int = 3000, budget: int = 20, delay: float = 0.05) -> tuple[float, int]:
    """Seconds a run of ``budget`` pages takes with ``queued`` URLs pending at ``delay``,
    and the URLs it leaves pending."""
    site = LoopbackSite("127.0.0.1")
    site.routes = TrapRoutes("")
    with serve(site), tempfile.TemporaryDirectory() as tmp:
        site.routes.base = site.base
        settings = parse_settings({
            "archive": {"path": f"{tmp}/archive.db"},
            "crawl": {"delay_seconds": delay, "extract_processes": 1},
            "sites": [{"name": "bay", "start_urls": [f"{site.base}/"]}]})
        db = archive.open_archive(settings.archive_path)
        with archive.transaction(db):
            archive.add_to_frontier(db, "bay", [(f"{site.base}/cu/{i}.html", "page", 1) for i in range(queued)])
        started = time.monotonic()
        [report] = crawl(settings, db, max_pages=budget)
        return time.monotonic() - started, report.left_pending


def table(figures: list[dict]) -> str:
    head = ("| run | pages | " + " | ".join(KINDS) + " | frontier rows (pending) | new articles "
            "| this run's new home-page articles fetched | traps not followed | seconds |")
    lines = [head, "|" + "---|" * (len(KINDS) + 7)]
    for f in figures:
        kinds = " | ".join(str(f["kinds"].get(k, 0)) for k in KINDS)
        lines.append(f"| {f['run']} | {f['pages']} | {kinds} | {f['size']} ({f['pending']}) | {f['new']} "
                     f"| {f['fresh']} | {f['traps']} | {f['seconds']:.1f} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--budget", type=int, default=30)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md")
    args = parser.parse_args()
    shipped = five_runs(args.runs, args.budget)
    strict = five_runs(args.runs, args.budget, max_page_number=5)
    seconds, left = budget_end()
    body = (f"## Frontier: five runs over a site with traps\n\nMeasured with `uv run python "
            f"benchmarks/frontier.py` ({machine()}): {args.runs} runs of {args.budget} pages, "
            "`delay_seconds = 0`, over a loopback site with an endless `?page=N`, an endless calendar "
            "and a session-id link; three new articles are linked from its home page before each run "
            "after the first. Page requests by kind of work (see `crawler/frontier.py`): `start`, "
            "`feed`, `sitemap` are the refresh tier, `new` pages never fetched, `list` list pages "
            "revisited, `retry` earlier failures.\n\n"
            f"Shipped settings (pagination followed to page 100; calendar pages outside 92 days "
            f"of today and session URLs are traps):\n\n{table(shipped)}\n\n"
            f"With `max_page_number = 5`:\n\n{table(strict)}\n\n"
            "Every run refreshes the start page and the feed first and fetches the articles new on "
            "the home page (depth 1) before the backlog of deeper pagination; the pagination trap "
            "grows the frontier by one page per page fetched until `max_page_number`, after which it "
            "adds nothing. The seconds include starting the run's extraction process.\n\n"
            f"A run of 20 pages with 3,000 URLs pending at `delay_seconds = 0.05` took {seconds:.1f} s and "
            f"left {left:,} pending for the next run; booking a delay slot for each leftover URL "
            "(before issue 16) made it last 3,000 × 0.05 = 150 s.\n")
    publish(args.out, body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
