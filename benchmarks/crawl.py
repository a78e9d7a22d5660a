"""Crawl throughput, overhead, memory and rerun speed on a generated loopback site.

    uv run python benchmarks/crawl.py [--pages 2000] [--memory-pages 10000] [--out docs/benchmarks.md]
    uv run python benchmarks/crawl.py --pages 1000 --memory-pages 0    # the short run (~1 min idle)

The site (provincial-daily article pages with their chrome and boxes, list
pages of 50 links, ETags) is served by a separate process on 127.0.0.1, from
pre-rendered replies (a minimal asyncio HTTP/1.1 server with keep-alive), so
that it takes as little as possible of the cores it shares with the crawl.
Figures, all from one run on this machine:

- throughput ratio: crawl pages/s with ``delay_seconds = 0`` divided by the
  pages/s of plain ``trafilatura.extract`` over the same pages in one process;
- overhead: CPU time of the crawling process (fetch, queue, canonicalise,
  store, index; parsing and extraction run in the workers) per page, divided
  by our bare extraction's CPU time per page;
- extraction: our extraction's median CPU time per page divided by plain
  trafilatura's, page by page on the same bytes; and the CPU per page of
  each process of the crawl (crawling process, workers, server);
- peak memory: ``crawler crawl`` started in a fresh process, plus its workers
  (sum of resident sizes, sampled every 0.1 s), crawling ``--memory-pages`` pages;
- rerun speed: first crawl time divided by the time of a second crawl of
  the unchanged site.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import multiprocessing
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

import trafilatura

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.report import goals_table, machine, publish  # noqa: E402
from crawler import archive  # noqa: E402
from crawler.config import parse_settings  # noqa: E402
from crawler.crawl import crawl  # noqa: E402
from crawler.extract import extract  # noqa: E402
from crawler.sample_site import STORIES, render_daily, render_list  # noqa: E402

WORDS = ("tỉnh", "huyện", "xã", "nhân dân", "phát triển", "kinh tế", "đồng chí", "công trình", "nông thôn mới",
         "đường cao tốc", "cửa khẩu", "du lịch", "hợp tác xã", "thu hoạch", "ngân sách", "dự án", "Lạng Sơn",
         "Cao Bằng", "biên giới", "an ninh", "giáo dục", "y tế", "văn hóa", "lễ hội", "sản xuất", "đầu tư")
MENU = "".join(f'<li><a href="/">Chuyên mục {i}</a></li>' for i in range(120))
# What real provincial pages carry around the story: scripts, a mega-menu, a
# sidebar of teasers with images, dates and blurbs (about 120 KB a page).
SCRIPTS = "".join(f"<script>window.__cfg_{i} = {{slot: {i}, w: 300, h: 250, zone: 'sidebar', lazy: true}};"
                  f"{'/* tracking */ ' * 40}</script>" for i in range(30))


def sidebar(rng: random.Random, others: list) -> str:
    """Forty teasers of other stories of the site (links every crawl already knows)."""
    items = []
    for i, other in enumerate(rng.sample(others, min(40, len(others)))):
        blurb = " ".join(rng.choice(WORDS) for _ in range(25)).capitalize()
        items.append(f'<div class="item"><a href="/{other.slug}.html"><img src="/img/{i}.jpg" alt=""></a>'
                     f'<h4><a href="/{other.slug}.html">{other.title}</a></h4>'
                     f'<span class="date">0{1 + i % 9}/0{1 + i % 9}/2024 08:{10 + i}</span><p>{blurb}.</p></div>')
    return f'<aside class="sidebar"><div class="title-box">Tin nổi bật</div>{"".join(items)}</aside>'


def paragraph(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(40, 90))]
    return " ".join(words).capitalize() + "."


def build_pages(count: int, seed: int = 7) -> dict[str, bytes]:
    """``count`` article pages and their list pages, as a provincial daily serves them."""
    rng = random.Random(seed)
    stories = []
    for i in range(count):
        base = STORIES[i % len(STORIES)]
        stories.append(replace(base, slug=f"bai-{i:05d}", title=f"{base.title} – kỳ {i}",
                               paragraphs=tuple(paragraph(rng) for _ in range(rng.randint(10, 22)))))
    href = lambda s: f"/{s.slug}.html"  # noqa: E731
    pages = {}
    for i, story in enumerate(stories):
        html = render_daily(story, "Báo Demo", stories[max(0, i - 3):i], stories[i + 1:i + 4], href)
        html = html.replace("<nav>", f"<nav><ul>{MENU}</ul>").replace("</head>", SCRIPTS + "</head>")
        pages[href(story)] = html.replace("</body>", sidebar(rng, stories) + "</body>").encode()
    per_list = 50
    lists = [stories[i:i + per_list] for i in range(0, count, per_list)]
    for n, chunk in enumerate(lists):
        nxt = f"/tin-moi?trang={n + 2}" if n + 1 < len(lists) else None
        path = "/" if n == 0 else f"/tin-moi?trang={n + 1}"
        pages[path] = render_list("Tin mới", "Báo Demo", chunk, href, next_page=nxt).encode()
    return pages


class _Replies(asyncio.Protocol):
    """HTTP/1.1 with keep-alive over pre-rendered replies: a GET costs a dict lookup and one
    write, so the server takes as little as it can of the cores the crawl is measured on."""

    def __init__(self, replies: dict[str, tuple[bytes, bytes, bytes | None]]) -> None:
        self.replies = replies
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport) -> None:
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while (end := self.buffer.find(b"\r\n\r\n")) >= 0:
            head, self.buffer = self.buffer[:end], self.buffer[end + 4:]
            lines = head.split(b"\r\n")
            target = lines[0].split(b" ")[1].decode("latin-1") if len(lines[0].split(b" ")) > 2 else "/"
            etag_asked = next((line.split(b":", 1)[1].strip() for line in lines[1:]
                               if line[:14].lower() == b"if-none-match:"), None)
            reply, not_modified, etag = self.replies.get(target) or self.replies["\0404"]
            assert self.transport is not None
            self.transport.write(not_modified if etag is not None and etag_asked == etag else reply)


def _prerender(pages: dict[str, bytes]) -> dict[str, tuple[bytes, bytes, bytes | None]]:
    """Each path's whole reply (status, headers, body), its 304 reply and its ETag."""
    replies: dict[str, tuple[bytes, bytes, bytes | None]] = {}
    for path, body in pages.items():
        etag = f'"{hash(body) & 0xFFFFFFFF:x}"'.encode()
        head = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nETag: " + etag
                + b"\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n")
        replies[path] = (head + body, b"HTTP/1.1 304 Not Modified\r\nETag: " + etag
                         + b"\r\nContent-Length: 0\r\n\r\n", etag)
    robots = b"User-agent: *\nAllow: /\n"
    replies["/robots.txt"] = (b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: "
                              + str(len(robots)).encode() + b"\r\n\r\n" + robots, b"", None)
    missing = b"<html><body><h1>404</h1></body></html>"
    replies["\0404"] = (b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nContent-Length: "
                         + str(len(missing)).encode() + b"\r\n\r\n" + missing, b"", None)
    return replies


def _serve_forever(pages: dict[str, bytes], ready, port_value) -> None:
    """The benchmark's site, in a process of its own (see ``_Replies``)."""
    replies = _prerender(pages)
    del pages

    async def run() -> None:
        server = await asyncio.get_running_loop().create_server(lambda: _Replies(replies), "127.0.0.1", 0)
        port_value.value = server.sockets[0].getsockname()[1]
        ready.set()
        await asyncio.Event().wait()

    asyncio.run(run())


class PeakMemory:
    """Peak memory of process ``root`` and all its descendants (workers, a forkserver's
    children, the resource tracker), sampled every 0.1 s from /proc: the largest sum of
    resident sizes (RSS: a page shared by several processes counts in each) with each
    process's share at that moment, and the largest sum of proportional sizes (PSS: a
    shared page counts once, split between the processes that map it)."""

    def __init__(self, root: int) -> None:
        self.root = root
        self.peak = 0                          # sum of RSS, bytes
        self.peak_pss = 0                      # sum of PSS, bytes
        self.parts: dict[str, int] = {}        # each process's RSS at the RSS peak, by role
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            pids = _descendants(self.root)
            rss = {pid: _proc_kb(f"/proc/{pid}/status", "VmRSS:") * 1024 for pid in pids}
            if sum(rss.values()) > self.peak:
                self.peak = sum(rss.values())
                self.parts = {f"{_role(pid, self.root)} {pid}": size for pid, size in rss.items()}
            pss = sum(_proc_kb(f"/proc/{pid}/smaps_rollup", "Pss:") * 1024 for pid in pids)
            self.peak_pss = max(self.peak_pss, pss)
            time.sleep(0.1)

    def breakdown(self) -> str:
        """Each process's RSS at the peak, largest first: 'crawling process 150, worker 110, …'."""
        parts = sorted(self.parts.items(), key=lambda part: -part[1])
        return ", ".join(f"{name.rsplit(' ', 1)[0]} {size / 2**20:.0f}" for name, size in parts)


def _descendants(root: int) -> list[int]:
    """``root`` and every live process below it."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            children.setdefault(_ppid(entry), []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, ()))
    return found


def _role(pid: int, root: int) -> str:
    if pid == root:
        return "crawling process"
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
            command = cmdline.read()
    except OSError:
        return "process"
    if _ppid(str(pid)) != root:             # a forkserver's child, its command line and all
        return "worker"
    for marker, role in ((b"resource_tracker", "resource tracker"), (b"forkserver", "forkserver")):
        if marker in command and b"spawn_main" not in command:
            return role
    return "worker"


def _cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a live process has used so far."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _proc_kb(path: str, field: str) -> int:
    """A size field of a /proc file (``VmRSS:`` of /proc/PID/status, ``Pss:`` of
    /proc/PID/smaps_rollup), in kB; 0 for a process gone or a file unreadable."""
    try:
        with open(path) as lines:
            for line in lines:
                if line.startswith(field):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _ppid(pid: str) -> int:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return int(stat.read().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return -1


def run_crawl(base: str, db_path: Path, pages: int) -> tuple[float, float, list]:
    """(wall seconds, CPU seconds of this process, reports) of one crawl."""
    settings = parse_settings({
        "archive": {"path": str(db_path)},
        "crawl": {"delay_seconds": 0, "max_pages_per_run": pages + 1000,
                  "user_agent": "provincial-news-archive-benchmark/0.1"},
        "sites": [{"name": "demo", "start_urls": [f"{base}/"]}],
    })
    db = archive.open_archive(db_path, cache_kb=archive.CRAWL_CACHE_KB)   # as `crawler crawl` opens it
    cpu = resource.getrusage(resource.RUSAGE_SELF)
    start = time.perf_counter()
    reports = crawl(settings, db)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_SELF)
    db.conn.close()
    return wall, (after.ru_utime - cpu.ru_utime) + (after.ru_stime - cpu.ru_stime), reports


def crawl_in_child(base: str, folder: Path, pages: int) -> tuple[float, PeakMemory, dict]:
    """(wall seconds, peak memory, the run's counts) of ``crawler crawl`` run as a user runs
    it, in a fresh process: this script's own copies of pages and modules do not count."""
    config = folder / "config.toml"
    config.write_text(f"""
[archive]
path = "{folder / 'm.db'}"
[crawl]
delay_seconds = 0
max_pages_per_run = {pages + 1000}
user_agent = "provincial-news-archive-benchmark/0.1"
[[sites]]
name = "demo"
start_urls = ["{base}/"]
""", encoding="utf-8")
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "crawler", "crawl", "--config", str(config), "-q"], cwd=ROOT)
    with PeakMemory(child.pid) as memory:
        child.wait()
    wall = time.perf_counter() - start
    if child.returncode != 0:
        raise SystemExit(f"crawler crawl exited {child.returncode}")
    db = archive.open_archive(folder / "m.db", create=False)
    pages_fetched, new = db.execute("SELECT pages, new_articles FROM runs ORDER BY id DESC LIMIT 1").fetchone()
    db.conn.close()
    counts = {"pages": pages_fetched, "new_articles": new}
    return wall, memory, counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--memory-pages", type=int, default=10000)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md")
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    rows = []

    pages = build_pages(args.pages)
    articles = [(p, b) for p, b in pages.items() if p.startswith("/bai-")]
    # Page by page, plain trafilatura then ours on the same bytes, so that both see the
    # same machine state (other work on these cores slows both alike).
    plain_wall, plain_cpu, ours_cpu = 0.0, [], []
    for path, body in articles:
        start, cpu_start = time.perf_counter(), time.process_time()
        trafilatura.extract(body, url=f"http://127.0.0.1{path}")
        plain_wall += time.perf_counter() - start
        middle = time.process_time()
        extract(body, f"http://127.0.0.1{path}")
        plain_cpu.append(middle - cpu_start)
        ours_cpu.append(time.process_time() - middle)
    plain = len(articles) / plain_wall
    ours = statistics.fmean(ours_cpu)

    context = multiprocessing.get_context("spawn")
    ready, port = context.Event(), context.Value("i", 0)
    server = context.Process(target=_serve_forever, args=(pages, ready, port), daemon=True)
    server.start()
    ready.wait(60)
    assert server.pid is not None
    base = f"http://127.0.0.1:{port.value}"
    with tempfile.TemporaryDirectory() as tmp:
        server_cpu, workers_cpu = _cpu_seconds(server.pid), _children_cpu()
        wall, cpu, reports = run_crawl(base, Path(tmp) / "a.db", args.pages)
        # The workers have been reaped when the crawl returns: their CPU is this process's children's.
        workers_cpu = _children_cpu() - workers_cpu
        server_cpu = _cpu_seconds(server.pid) - server_cpu
        fetched = reports[0].pages
        stored = reports[0].new
        crawl_rate = fetched / wall
        rerun_wall, _cpu, rerun_reports = run_crawl(base, Path(tmp) / "a.db", args.pages)
    server.terminate()
    cores = os.cpu_count()
    rows.append(("crawl pages/s ÷ plain trafilatura pages/s (one process)",
                 f"≥ 1.7 on {cores} cores", f"{crawl_rate / plain:.2f} ({crawl_rate:.0f} vs {plain:.0f} pages/s; "
                 f"{fetched} pages, {stored} articles stored)"))
    overhead = (cpu / fetched) / ours
    rows.append(("crawling process CPU per page ÷ our bare extraction per page", "≤ 15%",
                 f"{overhead:.0%} ({cpu / fetched * 1000:.1f} ms vs {ours * 1000:.1f} ms)"))
    ratio = statistics.median(ours_cpu) / statistics.median(plain_cpu)
    rows.append(("our extraction ÷ plain trafilatura, median CPU per page (these pages)", "≤ 1.3",
                 f"{ratio:.2f} ({statistics.median(ours_cpu) * 1000:.1f} vs "
                 f"{statistics.median(plain_cpu) * 1000:.1f} ms; {len(articles)} pages)"))
    rows.append(("CPU per page: crawling process / extraction workers / loopback server", "–",
                 f"{cpu / fetched * 1000:.1f} / {workers_cpu / fetched * 1000:.1f} / "
                 f"{server_cpu / fetched * 1000:.1f} ms"))
    rows.append(("first crawl time ÷ rerun time (unchanged site)", "≥ 20",
                 f"{wall / rerun_wall:.1f} ({wall:.1f} s vs {rerun_wall:.2f} s; rerun fetched "
                 f"{rerun_reports[0].pages} pages, {rerun_reports[0].not_modified} not modified)"))

    if args.memory_pages:
        del pages, articles      # measure the crawl, not this script's copies of the pages
        big = build_pages(args.memory_pages, seed=11)
        ready, port = context.Event(), context.Value("i", 0)
        server = context.Process(target=_serve_forever, args=(big, ready, port), daemon=True)
        server.start()
        ready.wait(120)
        del big
        with tempfile.TemporaryDirectory() as tmp:
            wall, memory, counts = crawl_in_child(f"http://127.0.0.1:{port.value}", Path(tmp), args.memory_pages)
        server.terminate()
        rows.append((f"peak memory of a {counts['pages']}-page crawl (`crawler crawl` + its workers), "
                     "sum of RSS", "< 300 MB",
                     f"{memory.peak / 2**20:.0f} MB ({memory.breakdown()}; {wall:.0f} s, "
                     f"{counts['new_articles']} articles)"))
        rows.append(("the same, sum of PSS (a shared page counted once)", "–",
                     f"{memory.peak_pss / 2**20:.0f} MB"))

    table = goals_table(rows)
    section = (f"## Crawl throughput\n\nMeasured with `uv run python benchmarks/crawl.py` ({machine()}); the "
               f"loopback server runs in its own process on the same cores.\n\n{table}\n")
    publish(args.out, section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
