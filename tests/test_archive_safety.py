"""The archive survives what cron and crashes do to it: kill -9, overlapping runs,
readers during a crawl, archives written by an older version. Real processes only."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import sqlite3
import time
from collections import Counter
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from urllib.parse import urlsplit

import httpx
import pytest
from click.testing import CliRunner

from crawler import archive
from crawler.cli import main
from crawler.errors import ExtractionError, LockedError

from . import faults
from .processes import running

ARTICLES = 40
CONCURRENCY = 2
FREE = 10          # article pages served before the gate holds the rest


def count(db, sql="SELECT count(*) FROM articles") -> int:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30) as conn:
        return conn.execute(sql).fetchone()[0]


def wait_for_articles(db, n: int, child, limit: float = 120) -> None:
    """Until ``n`` articles are committed (the crawl is held after them, so it cannot finish first)."""
    end = time.monotonic() + limit
    while time.monotonic() < end:
        assert child.poll() is None, child.communicate()
        if db.exists():
            try:
                if count(db) >= n:
                    return
            except sqlite3.OperationalError:
                pass  # the schema is being created
        time.sleep(0.05)
    raise AssertionError(f"fewer than {n} articles after {limit} s")


@pytest.fixture
def gate():
    """Holds article pages after the first FREE; opened at the end whatever happens."""
    held = faults.Gate(free=FREE)
    try:
        yield held
    finally:
        held.open()


def test_kill_9_mid_crawl_then_resume(fault_site, gate, tmp_path):
    paths = faults.daily(fault_site, ARTICLES, gate)
    config, db = faults.write_config(tmp_path, fault_site, concurrency=CONCURRENCY)
    with running("crawl", "--config", str(config)) as child:
        wait_for_articles(db, FREE, child)

        # Readers work while the crawl writes.
        runner = CliRunner()
        found = runner.invoke(main, ["search", "Lạng Sơn", "--db", str(db), "--json"])
        assert found.exit_code == 0 and found.stdout.strip()
        exported = runner.invoke(main, ["export", "--format", "jsonl", "--db", str(db), "--output", "-"])
        assert exported.exit_code == 0 and len(exported.stdout.splitlines()) >= FREE

        child.send_signal(signal.SIGKILL)
        child.wait()
        assert child.returncode == -signal.SIGKILL
    before = count(db)
    assert before == FREE          # the rest were held: fetched by nobody
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # The search index holds exactly the committed articles (it is written once per batch).
        conn.execute("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)")
        stored_at_kill = {urlsplit(u).path for (u,) in conn.execute("SELECT url FROM articles")}
    served_first = Counter(p for p in fault_site.requests if p in paths)

    gate.open()
    with running("crawl", "--config", str(config)) as rerun:
        out, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        urls = [u for (u,) in conn.execute("SELECT url FROM articles")]
        assert conn.execute("SELECT count(*) FROM frontier WHERE state = 'pending'").fetchone()[0] == 0
    assert len(urls) == len(set(urls)) == ARTICLES
    # The rerun resumed from the frontier: no article committed before the kill was fetched
    # again. Pages asked twice are those held when the crawl was killed.
    served_both = Counter(p for p in fault_site.requests if p in paths)
    again = [p for p in paths if served_first[p] and served_both[p] > served_first[p]]
    assert not set(again) & stored_at_kill, again
    assert len(again) <= CONCURRENCY, again
    assert all(served_both[p] >= 1 for p in paths)


def test_overlapping_runs_exit_3_or_wait(fault_site, gate, tmp_path):
    faults.daily(fault_site, ARTICLES, gate)
    config, db = faults.write_config(tmp_path, fault_site, concurrency=CONCURRENCY)
    with running("crawl", "--config", str(config)) as first:
        # The first run is held mid-crawl (so it holds the lock) until the gate opens.
        assert gate.held.wait(120), first.communicate()
        with running("crawl", "--config", str(config)) as second:
            out, err = second.communicate(timeout=120)
        assert second.returncode == 3, err
        assert err.strip().count("\n") == 0 and "another run is writing" in err and "Traceback" not in err

        with running("crawl", "--config", str(config), "--wait", "120") as third:  # waits its turn
            assert first.poll() is None          # still held: the third cannot have had the lock
            gate.open()
            out, err = first.communicate(timeout=120)
            assert first.returncode == 0, err
            out, err = third.communicate(timeout=120)
            assert third.returncode == 0, err
    assert count(db) == count(db, "SELECT count(DISTINCT url) FROM articles") == ARTICLES
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        runs = conn.execute("SELECT new_articles FROM runs ORDER BY id").fetchall()
    assert sum(n for (n,) in runs) == ARTICLES and len(runs) == 2    # the refused run wrote nothing


def test_sigterm_stops_like_ctrl_c(fault_site, gate, tmp_path):
    faults.daily(fault_site, ARTICLES, gate)
    config, db = faults.write_config(tmp_path, fault_site, concurrency=CONCURRENCY)
    with running("crawl", "--config", str(config)) as child:
        wait_for_articles(db, FREE, child)
        assert gate.held.wait(120)
        child.send_signal(signal.SIGTERM)
        out, err = child.communicate(timeout=120)
    assert child.returncode == 143, err
    assert err.strip().splitlines()[-1] == "Terminated." and "Traceback" not in err, err
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        (new, errors), = conn.execute("SELECT new_articles, errors FROM runs").fetchall()
        stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        pending = conn.execute("SELECT count(*) FROM frontier WHERE state = 'pending'"
                               " AND url LIKE '%/bai-%'").fetchone()[0]
    assert new == stored == FREE and json.loads(errors)["interrupted"] == 1
    assert pending == ARTICLES - FREE          # the held pages: fetched again by the next run

    gate.open()
    with running("crawl", "--config", str(config)) as rerun:
        out, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err
    assert count(db) == count(db, "SELECT count(DISTINCT url) FROM articles") == ARTICLES


def test_an_archive_written_by_version_1_is_migrated_in_place(tmp_path):
    path = tmp_path / "archive.db"
    conn = sqlite3.connect(path, isolation_level=None)
    db = archive.Database(conn)
    archive._create_v1(db)           # the schema exactly as version 1 wrote it
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO articles (url, site, title, text, fetched_at) VALUES "
                 "('http://127.0.0.1/a.html', 'cu', 'Đường cao tốc Đồng Đăng', 'Khởi công đường cao tốc.', '2024-01-01')")
    conn.close()
    before = path.read_bytes()

    # A read command changes nothing: it says how to migrate.
    result = CliRunner().invoke(main, ["search", "duong cao toc", "--db", str(path), "--json"])
    assert result.exit_code == 1 and f"run 'crawler migrate --db {path}' first" in result.stderr
    assert path.read_bytes() == before

    result = CliRunner().invoke(main, ["migrate", "--db", str(path)])
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(main, ["search", "duong cao toc", "--db", str(path), "--json"])
    assert result.exit_code == 0 and json.loads(result.stdout)["title"] == "Đường cao tốc Đồng Đăng"
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == archive.SCHEMA_VERSION
        columns = {row[1] for row in conn.execute("PRAGMA table_info(articles)")}
        assert {"extractor", "version", "removed_at"} <= columns
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_keep_version_copies_the_row_and_its_capture(tmp_path):
    from crawler.extract import Article

    db = archive.open_archive(tmp_path / "archive.db")
    url = "http://127.0.0.1/a.html"
    first = Article(url=url, title="Lũ về", text="Nước sông lên 2 mét.", published="2024-05-01")
    with archive.transaction(db):
        archive.save_article(db, "cu", url, first, "2024-05-01T08:00:00Z")
        archive.save_raw(db, url, url, 200, {"etag": '"1"'}, b"<html>v1</html>", "2024-05-01T08:00:00Z")
    article_id = db.execute("SELECT id FROM articles").fetchone()[0]
    with archive.transaction(db):
        assert archive.keep_version(db, article_id, "2024-05-02T08:00:00Z") == 2
        archive.save_article(db, "cu", url, Article(url=url, title="Lũ về", text="Nước sông lên 3 mét.",
                                                    published="2024-05-01"), "2024-05-02T08:00:00Z")
    kept = db.execute("SELECT number, seen_at, replaced_at, text, raw FROM versions").fetchall()
    assert [row[:4] for row in kept] == [(1, "2024-05-01T08:00:00Z", "2024-05-02T08:00:00Z", "Nước sông lên 2 mét.")]
    assert archive.zlib.decompress(kept[0][4]) == b"<html>v1</html>"
    assert db.execute("SELECT version, text, removed_at FROM articles").fetchone() == (2, "Nước sông lên 3 mét.", None)
    db.close()


def test_an_archive_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "archive.db"
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {archive.SCHEMA_VERSION + 1}")
    result = CliRunner().invoke(main, ["stats", "--db", str(path)])
    assert result.exit_code == 1 and "newer than this program" in result.stderr
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == archive.SCHEMA_VERSION + 1


def test_the_writer_lock_is_per_real_file(tmp_path, monkeypatch):
    path = tmp_path / "archive.db"
    (tmp_path / "link.db").symlink_to(path)
    monkeypatch.chdir(tmp_path)
    with archive.writer_lock(path):
        for spelling in (tmp_path / "link.db", "archive.db", f"../{tmp_path.name}/./archive.db"):
            with pytest.raises(LockedError, match="another run is writing"):
                with archive.writer_lock(spelling):
                    pass


def extraction_workers(parent: int) -> list[int]:
    """The pids of ``parent``'s extraction workers (spawned: ``multiprocessing.spawn``'s main)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as stat:
                ppid = int(stat.read().rsplit(b")", 1)[1].split()[1])
            with open(f"/proc/{entry}/cmdline", "rb") as cmdline:
                spawned = b"spawn_main" in cmdline.read()
        except (OSError, ValueError, IndexError):
            continue                     # gone meanwhile
        if ppid == parent and spawned:
            found.append(int(entry))
    return found


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="finds the workers in /proc")
def test_workers_killed_mid_crawl_are_replaced_and_nothing_is_lost(fault_site, gate, tmp_path):
    # The kernel's OOM killer, or a crash in a C library, kills an extraction worker:
    # the pool is broken for every page after it unless the crawl starts a new one.
    faults.daily(fault_site, ARTICLES, gate)
    config, db = faults.write_config(tmp_path, fault_site, concurrency=CONCURRENCY)
    with running("crawl", "--config", str(config)) as child:
        wait_for_articles(db, FREE, child)
        assert gate.held.wait(120), child.communicate()
        workers = extraction_workers(child.pid)
        assert workers, "no extraction worker found"
        for pid in workers:
            os.kill(pid, signal.SIGKILL)
        gate.open()
        out, err = child.communicate(timeout=180)
    assert child.returncode == 0, err
    assert count(db) == count(db, "SELECT count(DISTINCT url) FROM articles") == ARTICLES
    assert f"{ARTICLES} new" in err and "internal" not in err and "worker-died" not in err, err
    assert "extraction worker died" in err and "Traceback" not in err


class _BrokenPool(Executor):
    """A pool whose worker died: every call fails as ``ProcessPoolExecutor``'s then do."""

    def submit(self, fn, /, *args, **kwargs):
        future: Future = Future()
        future.set_exception(BrokenProcessPool("A child process terminated abruptly"))
        return future


class _PoisonPool(Executor):
    """Runs each call in the caller's thread, but the page at ``poison`` kills its worker and so
    breaks the pool, as a page that crashes libxml2 or takes all the memory does, every time."""

    def __init__(self, poison: str) -> None:
        self.poison = poison

    def submit(self, fn, /, *args, **kwargs):
        future: Future = Future()
        if self.poison in getattr(fn, "args", ()):
            future.set_exception(BrokenProcessPool("A child process terminated abruptly"))
        else:
            future.set_result(fn(*args, **kwargs))
        return future


def test_a_page_that_kills_its_workers_is_a_failure_retried_a_few_runs_not_a_new_page_each_run(tmp_path):
    """A page whose worker dies in two pools is left as a failed fetch, counted in its attempts,
    so that it is retried at most ``MAX_ATTEMPTS`` times (and within the retries' share), not
    fetched as a new page at every run, two pool restarts each time, till runs stop on it."""
    from crawler.config import parse_settings
    from crawler.crawl import Crawler
    from crawler.sample_site import STORIES, render_daily

    base = "http://bao.example"
    poison = f"{base}/bai-2.html"
    pages = {f"{base}/": "<html><body><a href='/bai-1.html'>1</a><a href='/bai-2.html'>2</a></body></html>",
             f"{base}/robots.txt": "", f"{base}/bai-1.html": render_daily(STORIES[0], "Báo", [], []),
             poison: render_daily(STORIES[1], "Báo", [], [])}

    def handler(request: httpx.Request) -> httpx.Response:
        body = pages.get(str(request.url))
        return httpx.Response(200 if body is not None else 404, stream=httpx.ByteStream((body or "").encode()),
                              headers={"Content-Type": "text/html; charset=utf-8"})

    settings = parse_settings({"archive": {"path": str(tmp_path / "archive.db")},
                               "crawl": {"delay_seconds": 0.0, "concurrency": 1},
                               "sites": [{"name": "a", "start_urls": [f"{base}/"]}]})
    db = archive.open_archive(settings.archive_path)

    async def scenario() -> None:
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
            crawler = Crawler(settings, db, client, list(settings.sites), executor=_PoisonPool(poison),
                              new_pool=lambda: _PoisonPool(poison))
            [report] = await crawler.run()
        assert report.new == 1 and report.errors["worker-died"] == 1

    try:
        asyncio.run(scenario())
        row = db.execute("SELECT state, attempts, error FROM frontier WHERE url = ?", [poison]).fetchone()
        assert row[:2] == ("failed", 1) and "worker" in row[2]
    finally:
        db.conn.close()


def test_a_page_is_tried_again_in_a_new_pool_and_pools_that_keep_breaking_stop_the_run(tmp_path):
    from crawler.config import parse_settings
    from crawler.crawl import POOL_RESTARTS, Crawler
    from crawler.discover import Discovered
    from crawler.page import PageAnalysis

    settings = parse_settings({"archive": {"path": str(tmp_path / "archive.db")},
                               "sites": [{"name": "a", "start_urls": ["http://bao.example/"]}]})
    db = archive.open_archive(settings.archive_path)
    client = httpx.AsyncClient()
    started: list[Executor] = []

    def new_pool(working: bool) -> Executor:
        started.append(ThreadPoolExecutor(1) if working else _BrokenPool())
        return started[-1]

    analysed = PageAnalysis(Discovered())

    async def scenario() -> None:
        crawler = Crawler(settings, db, client, list(settings.sites), executor=_BrokenPool(),
                          new_pool=lambda: new_pool(working=True))
        assert await crawler._in_pool(lambda: analysed) is analysed   # in the new pool
        assert crawler.pool_restarts == 1 and crawler.executor is started[0]

        # A page that kills its worker in the new pool too fails alone; the run goes on...
        crawler = Crawler(settings, db, client, list(settings.sites), executor=_BrokenPool(),
                          new_pool=lambda: new_pool(working=False))
        with pytest.raises(BrokenProcessPool):
            await crawler._in_pool(lambda: analysed)
        assert crawler.pool_restarts == 2
        # ...until pools broke more than POOL_RESTARTS times: then the run stops.
        with pytest.raises(ExtractionError, match="extraction workers died"):
            for _ in range(POOL_RESTARTS):
                with contextlib.suppress(BrokenProcessPool):
                    await crawler._in_pool(lambda: analysed)

    try:
        asyncio.run(scenario())
    finally:
        for pool in started:
            pool.shutdown(wait=True)
        asyncio.run(client.aclose())
        db.conn.close()
