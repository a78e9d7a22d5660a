"""The archive survives what cron and crashes do to it: kill -9, overlapping runs,
readers during a crawl, archives written by an older version. Real processes only."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import replace
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner

from crawler import archive, crawl
from crawler.cli import main
from crawler.sample_site import STORIES, render_daily, render_list

from . import faults

ARTICLES = 40
CONCURRENCY = 2


def slow_site(server: faults.FaultServer, pause: float, gate: threading.Event | None = None) -> list[str]:
    """A daily whose pages each take ``pause`` seconds: slow enough to be caught mid-run;
    with ``gate``, article pages after the first two also wait until it is set, so the
    run is still going however slowly another process starts."""
    stories = [replace(STORIES[i % len(STORIES)], slug=f"bai-{i:03d}", title=f"{STORIES[i % len(STORIES)].title} số {i}")
               for i in range(ARTICLES)]
    href = lambda s: f"/{s.slug}.html"  # noqa: E731

    served = []

    def slow(body: bytes):
        def route(handler):
            time.sleep(pause)
            served.append(handler.path)
            if gate is not None and len(served) > 3:
                gate.wait(60)
            handler.send(200, body)
        return route

    server.route("/robots.txt", faults.status(404))
    server.route("/", slow(render_list("Trang chủ", "Báo", stories, href).encode()))
    for s in stories:
        server.route(href(s), slow(render_daily(s, "Báo", [], [], href).encode()))
    return [href(s) for s in stories]


def write_config(tmp_path, server) -> tuple:
    db = tmp_path / "archive.db"
    config = tmp_path / "config.toml"
    config.write_text(f"""
[archive]
path = "{db}"
[crawl]
user_agent = "provincial-news-archive-test/0.1"
delay_seconds = 0
concurrency = {CONCURRENCY}
[[sites]]
name = "cham"
start_urls = ["{server.base}/"]
""", encoding="utf-8")
    return config, db


def start_crawl(config, *extra) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "crawler", "crawl", "--config", str(config), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def count(db, sql="SELECT count(*) FROM articles") -> int:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30) as conn:
        return conn.execute(sql).fetchone()[0]


def wait_for_articles(db, n: int, child: subprocess.Popen, limit: float = 30) -> None:
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
def site():
    server = faults.FaultServer("127.0.0.1")
    with faults.serve(server):
        yield server


def test_kill_9_mid_crawl_then_resume(site, tmp_path):
    paths = slow_site(site, pause=0.1)
    config, db = write_config(tmp_path, site)
    child = start_crawl(config)
    wait_for_articles(db, 8, child)

    # Readers work while the crawl writes.
    runner = CliRunner()
    found = runner.invoke(main, ["search", "Lạng Sơn", "--db", str(db), "--json"])
    assert found.exit_code == 0 and found.stdout.strip()
    exported = runner.invoke(main, ["export", "--format", "jsonl", "--db", str(db), "--output", "-"])
    assert exported.exit_code == 0 and len(exported.stdout.splitlines()) >= 8

    child.send_signal(signal.SIGKILL)
    child.communicate()
    assert child.returncode == -signal.SIGKILL
    before = count(db)
    assert 8 <= before < ARTICLES
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored_at_kill = {urlsplit(u).path for (u,) in conn.execute("SELECT url FROM articles")}
    served_first = Counter(p for p in site.requests if p in paths)

    rerun = start_crawl(config)
    out, err = rerun.communicate(timeout=60)
    assert rerun.returncode == 0, err
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        urls = [u for (u,) in conn.execute("SELECT url FROM articles")]
        assert conn.execute("SELECT count(*) FROM frontier WHERE state = 'pending'").fetchone()[0] == 0
    assert len(urls) == len(set(urls)) == ARTICLES
    # The rerun resumed from the frontier: no article committed before the kill was fetched
    # again. Pages asked twice are those in flight or in the last, uncommitted batch.
    served_both = Counter(p for p in site.requests if p in paths)
    again = [p for p in paths if served_first[p] and served_both[p] > served_first[p]]
    assert not set(again) & stored_at_kill, again
    assert len(again) <= CONCURRENCY + crawl.WRITE_BATCH, again
    assert all(served_both[p] >= 1 for p in paths)


def test_overlapping_runs_exit_3_or_wait(site, tmp_path):
    gate = threading.Event()        # the first run waits on it: still running when the second starts
    slow_site(site, pause=0.05, gate=gate)
    config, db = write_config(tmp_path, site)
    first = start_crawl(config)
    try:
        wait_for_articles(db, 2, first)
        started = time.monotonic()
        second = start_crawl(config)
        out, err = second.communicate(timeout=30)
    finally:
        gate.set()
    assert second.returncode == 3
    assert time.monotonic() - started < 10          # at once, not after the first run
    assert err.strip().count("\n") == 0 and "another run is writing" in err and "Traceback" not in err

    third = start_crawl(config, "--wait", "60")      # this one waits its turn
    first.communicate(timeout=60)
    assert first.returncode == 0
    out, err = third.communicate(timeout=60)
    assert third.returncode == 0, err
    assert count(db) == count(db, "SELECT count(DISTINCT url) FROM articles") == ARTICLES
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


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
        assert "extractor" in columns
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_an_archive_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "archive.db"
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {archive.SCHEMA_VERSION + 1}")
    result = CliRunner().invoke(main, ["stats", "--db", str(path)])
    assert result.exit_code == 1 and "newer than this program" in result.stderr
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == archive.SCHEMA_VERSION + 1
