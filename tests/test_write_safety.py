"""What a run reports as stored is what the archive holds, whatever stops it: a full
disk, an I/O or read-only error, a damaged file, SIGTERM during an export."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys

import pytest
from click.testing import CliRunner

from crawler import archive, crawl
from crawler.cli import main
from crawler.errors import DamagedArchiveError

from . import faults
from .processes import reap

ARTICLES = 40


def query(db, sql: str) -> list[tuple]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return conn.execute(sql).fetchall()


def error_lines(stderr: str) -> list[str]:
    assert "Traceback" not in stderr, stderr
    return [line for line in stderr.splitlines() if line.startswith("Error: ")]


def assert_counts_are_rows(db) -> dict:
    """Each run's new articles are rows that exist; no page is half-written; returns the last run."""
    runs = [dict(zip(("new", "updated", "errors"), row, strict=True))
            for row in query(db, "SELECT new_articles, updated_articles, errors FROM runs ORDER BY id")]
    stored = query(db, "SELECT count(*) FROM articles")[0][0]
    assert sum(run["new"] for run in runs) == stored, (runs, stored)
    # An article is stored together with its raw capture and its frontier row, or not at all.
    assert query(db, "SELECT count(*) FROM raw_pages")[0][0] == stored
    assert query(db, "SELECT count(*) FROM frontier WHERE kind = 'article' AND state = 'done'")[0][0] == stored
    assert query(db, "PRAGMA integrity_check")[0][0] == "ok"
    return runs[-1]


def rerun_stores_the_rest(config, db) -> None:
    result = CliRunner().invoke(main, ["crawl", "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert query(db, "SELECT count(*), count(DISTINCT url) FROM articles")[0] == (ARTICLES, ARTICLES)
    assert_counts_are_rows(db)


@pytest.fixture
def daily(fault_site, tmp_path):
    faults.daily(fault_site, ARTICLES, words=400)
    return faults.write_config(tmp_path, fault_site)


def with_pragma(monkeypatch, pragma) -> None:
    """Every archive the CLI opens gets ``pragma(db)`` applied: a write error injected at the SQLite layer."""
    real = archive.open_archive

    def opened(path, **options):
        db = real(path, **options)
        db.execute(pragma(db))
        return db

    monkeypatch.setattr(archive, "open_archive", opened)


def test_a_full_archive_stops_the_run_and_counts_only_what_committed(daily, monkeypatch):
    config, db = daily
    monkeypatch.setattr(crawl, "WRITE_BATCH", 4)      # several batches commit before the disk is "full"
    # SQLite refuses to grow the file past this many pages: SQLITE_FULL, as on a full disk.
    with_pragma(monkeypatch, lambda db: f"PRAGMA max_page_count = "
                                        f"{db.execute('PRAGMA page_count').fetchone()[0] + 40}")
    result = CliRunner().invoke(main, ["crawl", "--config", str(config)])
    assert result.exit_code == 1
    (line,) = error_lines(result.stderr)
    assert "database or disk is full" in line and "stay pending for the next run" in line
    last = assert_counts_are_rows(db)
    assert 0 < last["new"] < ARTICLES and json.loads(last["errors"])["archive-write"] == 1
    # The pages of the batch that failed are still pending: the next run fetches them.
    assert query(db, "SELECT count(*) FROM frontier WHERE state = 'pending' AND url LIKE '%/bai-%'")[0][0] \
        == ARTICLES - last["new"]
    monkeypatch.undo()
    rerun_stores_the_rest(config, db)


def test_a_read_only_archive_is_one_error_line(daily, monkeypatch):
    config, db = daily
    assert CliRunner().invoke(main, ["crawl", "--config", str(config), "--max-pages", "3"]).exit_code == 0
    with_pragma(monkeypatch, lambda db: "PRAGMA query_only = 1")   # SQLITE_READONLY on any write
    result = CliRunner().invoke(main, ["crawl", "--config", str(config)])
    assert result.exit_code == 1
    (line,) = error_lines(result.stderr)
    assert "readonly database" in line
    assert_counts_are_rows(db)


@pytest.fixture
def small_disk(tmp_path):
    """A 1 MB tmpfs (root only: skipped where mounting is not permitted), unmounted afterwards."""
    mount = tmp_path / "disk"
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1024k", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.strip() or made.returncode}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=True)


def test_a_crawl_onto_a_full_disk(fault_site, small_disk, tmp_path):
    faults.daily(fault_site, ARTICLES, words=3000)
    config, db = faults.write_config(tmp_path, fault_site, db=small_disk / "archive.db")
    child = subprocess.run([sys.executable, "-m", "crawler", "crawl", "--config", str(config)],
                           capture_output=True, text=True, timeout=300)
    assert child.returncode == 1, child.stderr
    (line,) = error_lines(child.stderr)
    assert "full" in line or "I/O" in line, line
    last = assert_counts_are_rows(db)
    assert last["new"] < ARTICLES and json.loads(last["errors"])["archive-write"] == 1


def test_a_read_only_file_system_is_one_error_line(daily, small_disk, tmp_path):
    config, db = daily
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace(str(db), str(small_disk / "archive.db")), encoding="utf-8")
    assert CliRunner().invoke(main, ["crawl", "--config", str(config), "--max-pages", "3"]).exit_code == 0
    view = tmp_path / "read-only"          # the same files, through a read-only mount
    view.mkdir()
    subprocess.run(["mount", "--bind", str(small_disk), str(view)], check=True)
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(view)], check=True)
        config.write_text(text.replace(str(db), str(view / "archive.db")), encoding="utf-8")
        child = subprocess.run([sys.executable, "-m", "crawler", "crawl", "--config", str(config)],
                               capture_output=True, text=True, timeout=300)
    finally:
        subprocess.run(["umount", "-l", str(view)], check=True)
    assert child.returncode == 1
    (line,) = error_lines(child.stderr)
    assert "Read-only file system" in line or "readonly" in line, line


# -- damaged archives ------------------------------------------------------------


def damage(db) -> None:
    """Garbage over the middle third of the file (after folding the WAL into it)."""
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = db.stat().st_size
    with open(db, "r+b") as f:
        f.seek(size // 3)
        f.write(bytes(range(251)) * (size // 3 // 251))


def test_a_damaged_archive_is_never_written_and_every_command_says_so(daily, tmp_path):
    """Writers check the whole file first; readers say so when they meet a damaged page
    (``stats --runs``, which reads only the intact runs table, still answers)."""
    config, db = daily
    assert CliRunner().invoke(main, ["crawl", "--config", str(config)]).exit_code == 0
    damage(db)
    before = db.read_bytes()
    runner = CliRunner()
    for command in (["crawl", "--config", str(config)], ["reextract", "--db", str(db)],
                    ["search", "Lạng Sơn", "--db", str(db)], ["stats", "--db", str(db)],
                    ["sites", "--config", str(config)],
                    ["export", "--format", "jsonl", "--db", str(db), "-o", str(tmp_path / "out.jsonl")]):
        result = runner.invoke(main, command)
        assert result.exit_code == DamagedArchiveError.exit_code == 6, (command, result.output)
        (line,) = error_lines(result.stderr)
        assert "is damaged" in line and ".recover" in line, (command, line)
    assert db.read_bytes() == before                       # the crawl did not write to it
    assert not list(tmp_path.glob("*.part")) and not (tmp_path / "out.jsonl").exists()


def test_quick_check_finds_the_damage(tmp_path):
    path = tmp_path / "a.db"
    db = archive.open_archive(path)
    with archive.transaction(db):
        for i in range(300):
            db.execute("INSERT INTO frontier (url, site, kind, state) VALUES (?, 's', 'page', 'pending')",
                       [f"https://a.vn/{i}/" + "x" * 200])
    archive.check_integrity(db, path)            # sound: no error
    db.conn.close()
    damage(path)
    with pytest.raises(DamagedArchiveError, match="is damaged"):
        archive.open_archive(path, check=True)


def test_the_whole_file_is_checked_only_when_something_else_wrote_to_it(daily, monkeypatch):
    config, db = daily
    checked = []
    real = archive.check_integrity

    def counted(*args):
        checked.append(1)
        return real(*args)

    monkeypatch.setattr(archive, "check_integrity", counted)
    crawl_once = lambda: CliRunner().invoke(main, ["crawl", "--config", str(config)]).exit_code  # noqa: E731
    assert crawl_once() == 0 and len(checked) == 1          # a new archive: checked
    assert crawl_once() == 0 and len(checked) == 1          # as the last crawl left it: not read again
    with sqlite3.connect(db) as conn:                       # another program wrote to it
        conn.execute("UPDATE runs SET pages = pages")
    assert crawl_once() == 0 and len(checked) == 2


# -- export ---------------------------------------------------------------------------


@pytest.fixture
def small_archive(daily):
    config, db = daily
    assert CliRunner().invoke(main, ["crawl", "--config", str(config), "--max-pages", "20"]).exit_code == 0
    return db


# The export CLI with a file-size limit (a "full disk" that needs no root), or held after
# its first rows until stdin closes (so a test can signal it mid-export without sleeps).
_LIMITED = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (40000, 40000))   # above SQLite's 32 KB -shm
sys.argv[0] = "crawler"
from crawler.cli import main
main()
"""
_HELD = """
import sys
from crawler import export
real = export.write

def write(rows, fmt, out, **options):
    def held():
        for n, row in enumerate(rows):
            yield row
            if n == 1:
                out.flush()
                print("exporting", flush=True)
                sys.stdin.read()
    return real(held(), fmt, out, **options)

export.write = write
sys.argv[0] = "crawler"
from crawler.cli import main
main()
"""


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_FSIZE as a full disk is Linux's behaviour")
def test_export_to_a_full_disk_is_one_error_line(small_archive, tmp_path):
    out = tmp_path / "out" / "all.jsonl"
    out.parent.mkdir()
    child = subprocess.run([sys.executable, "-c", _LIMITED, "export", "--format", "jsonl", "--db",
                            str(small_archive), "-o", str(out)], capture_output=True, text=True, timeout=120)
    assert child.returncode == 1
    (line,) = error_lines(child.stderr)
    assert line.startswith(f"Error: cannot write {out}: File too large")
    assert os.listdir(out.parent) == []                       # no .part left, no half file


def test_sigterm_during_export_leaves_no_part_file(small_archive, tmp_path):
    out = tmp_path / "out" / "all.jsonl"
    out.parent.mkdir()
    child = subprocess.Popen([sys.executable, "-c", _HELD, "export", "--format", "jsonl", "--db",
                              str(small_archive), "-o", str(out)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stderr is not None
    try:
        assert child.stdout.readline() == "exporting\n"     # rows written, the export held
        assert [p.name.endswith(".part") for p in out.parent.iterdir()] == [True]
        child.send_signal(signal.SIGTERM)
        assert child.wait(timeout=120) == 143
        assert child.stderr.read().strip() == "Terminated."
    finally:
        if child.poll() is None:
            child.kill()
        reap(child)
    assert os.listdir(out.parent) == []
