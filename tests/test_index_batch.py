"""The articles' search index written once per transaction (archive.defer_index,
write_index): in step with the table at every commit, after a kill -9 at any
point of a batch, and for writes made outside a batch or by other programs."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys

import pytest

from crawler import archive
from crawler.extract import Article
from crawler.search import Filters, search

from .processes import reap


def article(n: int, text: str, published: str | None = None) -> Article:
    return Article(url=None, title=f"Tin số {n}", text=text, author="Nguyễn Văn An",
                   published=published or f"2024-05-{n % 28 + 1:02d}T08:00:00+07:00")


def in_step(path) -> None:
    """The index holds exactly the table's rows (FTS5 compares it with its content
    table) and nothing is left queued."""
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)")
        assert conn.execute("SELECT count(*) FROM articles_unindexed").fetchone()[0] == 0
    conn.close()


def found(db, query: str) -> list[str]:
    return sorted(hit.url for hit in search(db, Filters(query=query), limit=100))


def test_a_batch_indexes_its_articles_at_commit(tmp_path):
    db = archive.open_archive(tmp_path / "a.db")
    with archive.transaction(db):
        for n in range(30):
            archive.save_article(db, "a", f"https://a.vn/{n}", article(n, f"Hoa đào nở sớm, số {n}."), "2025-01-01")
        # Queued, not yet indexed: the table has them, the index not.
        assert db.execute("SELECT count(*) FROM articles_unindexed WHERE chrono > 0").fetchone()[0] == 30
        assert db.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'hoa'").fetchone()[0] == 0
    in_step(tmp_path / "a.db")
    assert found(db, "hoa đào") == sorted(f"https://a.vn/{n}" for n in range(30))


def test_changes_in_and_across_batches_keep_the_index_in_step(tmp_path):
    db = archive.open_archive(tmp_path / "a.db")
    with archive.transaction(db):
        for n in range(6):
            archive.save_article(db, "a", f"https://a.vn/{n}", article(n, "Lúa chín vàng đồng."), "2025-01-01")
        # A queued row edited (its date moves its rowid) and one deleted, before any entry is written.
        archive.save_article(db, "a", "https://a.vn/1", article(1, "Cao tốc thông xe.", "2023-02-03"), "2025-01-02")
        db.execute("DELETE FROM articles WHERE url = 'https://a.vn/2'")
    in_step(tmp_path / "a.db")
    with archive.transaction(db):
        # Rows indexed by the batch before: edited, deleted, and a new one.
        archive.save_article(db, "a", "https://a.vn/3", article(3, "Bão số 3 đổ bộ.", "2022-09-09"), "2025-01-03")
        db.execute("DELETE FROM articles WHERE url = 'https://a.vn/4'")
        archive.save_article(db, "a", "https://a.vn/9", article(9, "Lúa xuân."), "2025-01-03")
    in_step(tmp_path / "a.db")
    # Outside a transaction, and by plain SQL as another program writes: indexed at once.
    archive.save_article(db, "a", "https://a.vn/10", article(10, "Lúa mùa."), "2025-01-04")
    db.execute("UPDATE articles SET text = 'Bão tan.' WHERE url = 'https://a.vn/0'")
    in_step(tmp_path / "a.db")
    assert found(db, "lúa") == ["https://a.vn/10", "https://a.vn/5", "https://a.vn/9"]
    assert found(db, "bão") == ["https://a.vn/0", "https://a.vn/3"]
    assert found(db, "cao tốc") == ["https://a.vn/1"]


def test_a_failed_batch_leaves_neither_rows_nor_entries(tmp_path):
    db = archive.open_archive(tmp_path / "a.db")
    with pytest.raises(RuntimeError), archive.transaction(db):
        archive.save_article(db, "a", "https://a.vn/1", article(1, "Hoa mai."), "2025-01-01")
        raise RuntimeError("a bug mid-batch")
    in_step(tmp_path / "a.db")
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 0


# A writer that commits one batch, then stops at ``stage`` of a second one and
# says so on stdout, to be killed there: "inserted" (rows written and queued, no
# index entry yet) or "indexed" (entries written, not committed).
WRITER = """
import sys
from crawler import archive
from crawler.extract import Article
path, stage = sys.argv[1], sys.argv[2]
db = archive.open_archive(path)
def store(first, count):
    for n in range(first, first + count):
        archive.save_article(db, "a", f"https://a.vn/{n}", Article(
            url=None, title=f"Tin {n}", text=f"Hoa đào nở sớm {n}.", published=f"2024-05-{n % 28 + 1:02d}"),
            "2025-01-01")
with archive.transaction(db):
    store(0, 20)
db.conn.execute("BEGIN IMMEDIATE")
archive.defer_index(db)
store(20, 20)
if stage == "indexed":
    archive.write_index(db)
print(stage, flush=True)
sys.stdin.readline()
"""


@pytest.mark.parametrize("stage", ["inserted", "indexed"])
def test_a_kill_mid_batch_leaves_table_and_index_in_step(tmp_path, stage):
    path = tmp_path / "a.db"
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(path), stage], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == stage, child.stderr.read() if child.stderr else ""
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert child.returncode == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
        reap(child)
    in_step(path)
    reader = archive.open_readonly(path)
    assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] == 20
    assert found(reader, "hoa đào") == sorted(f"https://a.vn/{n}" for n in range(20))
    reader.conn.close()
    # The next writer goes on from there.
    db = archive.open_archive(path)
    with archive.transaction(db):
        archive.save_article(db, "a", "https://a.vn/99", article(99, "Hoa đào Mẫu Sơn."), "2025-01-02")
    in_step(path)
    assert len(found(db, "hoa đào")) == 21
    db.conn.close()


def test_rows_left_queued_by_another_program_are_indexed_by_the_next_writer(tmp_path):
    path = tmp_path / "a.db"
    db = archive.open_archive(path)
    with archive.transaction(db):
        archive.save_article(db, "a", "https://a.vn/1", article(1, "Hoa mai."), "2025-01-01")
    # Another program copied our deferral but committed without writing the index.
    db.conn.execute("BEGIN IMMEDIATE")
    archive.defer_index(db)
    archive.save_article(db, "a", "https://a.vn/2", article(2, "Hoa mai vàng."), "2025-01-01")
    db.conn.execute("COMMIT")
    db.conn.close()
    again = archive.open_archive(path)
    in_step(path)
    assert found(again, "hoa mai") == ["https://a.vn/1", "https://a.vn/2"]
    again.conn.close()


def test_an_archive_of_schema_9_without_the_queue_gets_it(tmp_path):
    path = tmp_path / "a.db"
    db = archive.open_archive(path)
    archive.save_article(db, "a", "https://a.vn/1", article(1, "Hoa mai."), "2025-01-01")
    db.execute("DROP TABLE articles_unindexed")     # as a development build of schema 9 made it
    db.conn.close()
    again = archive.open_archive(path)
    with archive.transaction(again):
        archive.save_article(again, "a", "https://a.vn/2", article(2, "Hoa mai vàng."), "2025-01-01")
    in_step(path)
    assert found(again, "hoa mai") == ["https://a.vn/1", "https://a.vn/2"]
    again.conn.close()
