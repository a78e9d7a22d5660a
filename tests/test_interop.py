"""The archive in the tools its users already have, and read commands that change nothing.

sqlite-utils' own CLI and a plain Datasette (no metadata, no plugin) search the
archive, diacritics folded both ways; read commands refuse a file that is not an
archive and leave its bytes as they were; every command finds the config's
archive; spreadsheets, Parquet and shell completion.
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
from datetime import UTC, date
from pathlib import Path

import pytest
from click.testing import CliRunner

from crawler import archive, errors
from crawler.cli import main
from crawler.extract import Article

TITLE = "Khởi công đường cao tốc Đồng Đăng – Trà Lĩnh"
FETCHED = "2024-07-01T00:00:00+00:00"
ARTICLES = [
    # site, url, title, author, published, text
    ("baotest", "https://bao.vn/1.html", TITLE, "Nguyễn Văn An", "2024-03-12",
     "Dự án đường cao tốc Đồng Đăng – Trà Lĩnh được khởi công sáng nay tại Cao Bằng."),
    ("baotest", "https://bao.vn/2.html", "=HYPERLINK(\"http://x.vn\")", "Trần Thị Bình",
     "2024-03-13T08:30:00+07:00", "-2+3 là một phép tính trong bài học toán của học sinh lớp hai."),
    ("congtest", "https://cong.vn/3.html", "Lễ hội hoa đào Lạng Sơn", None, "2023-01-20T10:00:00+07:00",
     "Lễ hội hoa đào năm nay thu hút đông đảo du khách đến tham quan."),
]


def build(path: Path) -> Path:
    db = archive.open_archive(path)
    with archive.transaction(db):
        for site, url, title, author, published, text in ARTICLES:
            archive.save_article(db, site, url, Article(url=url, title=title, author=author,
                                                        published=published, text=text), FETCHED)
            archive.save_raw(db, url, url, 200, {"content-type": "text/html; charset=utf-8"},
                             f"<html><body><h1>{title}</h1><p>{text}</p></body></html>".encode(), FETCHED)
    archive.record_run(db, "baotest", FETCHED, {"pages": 2, "new": 2})
    db.conn.close()
    return path


@pytest.fixture(scope="module")
def archive_db(tmp_path_factory) -> Path:
    return build(tmp_path_factory.mktemp("archive") / "archive.db")


def invoke(*args, **kwargs):
    return CliRunner().invoke(main, [str(a) for a in args], **kwargs)


# -- read commands change nothing -------------------------------------------------

@pytest.fixture
def foreign(tmp_path) -> Path:
    """Someone else's SQLite database, with data in it."""
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        conn.execute("INSERT INTO notes (body) VALUES ('cao tốc')")
    conn.close()
    return path


READ_COMMANDS = [["search", "cao"], ["export", "--format", "jsonl"], ["stats"], ["stats", "--runs"],
                 ["sites"], ["serve", "--port", "0"], ["history", "http://127.0.0.1/a.html"],
                 ["show", "http://127.0.0.1/a.html"]]


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: " ".join(c))
def test_a_read_command_refuses_a_foreign_sqlite_file_and_leaves_it_unchanged(command, foreign, tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('[[sites]]\nname = "baotest"\nstart_urls = ["http://127.0.0.1/"]\n', encoding="utf-8")
    before = foreign.read_bytes()
    result = invoke(*command, "--db", foreign, "--config", config)
    assert result.exit_code == errors.NotAnArchiveError.exit_code != 0
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1
    assert "not an archive" in result.stderr
    assert foreign.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config.toml", "other.db"]   # no -wal, no -shm


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my notes, not a database\n" * 200)
    result = invoke("stats", "--db", path)
    assert result.exit_code == 1 and "is not an archive" in result.stderr
    assert path.read_bytes() == b"these are my notes, not a database\n" * 200


def test_read_commands_leave_the_archive_itself_byte_for_byte(archive_db):
    before = archive_db.read_bytes()
    assert invoke("search", "duong cao toc", "--db", archive_db).exit_code == 0
    assert invoke("search", "duong cao toc", "--all-versions", "--db", archive_db).exit_code == 0
    assert invoke("stats", "--db", archive_db).exit_code == 0
    assert invoke("export", "--format", "jsonl", "--db", archive_db).exit_code == 0
    assert archive_db.read_bytes() == before


# -- the standard tools ----------------------------------------------------------------

@pytest.mark.parametrize("query", ["cao tốc", "cao toc", "đường cao tốc", "duong cao toc", "Đồng Đăng"])
def test_sqlite_utils_search_finds_articles_with_and_without_diacritics(archive_db, query):
    tool = Path(sys.executable).parent / "sqlite-utils"
    result = subprocess.run([str(tool), "search", str(archive_db), "articles", query, "-c", "title"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert [row["title"] for row in json.loads(result.stdout)] == [TITLE]


@pytest.mark.parametrize("query", ["cao tốc", "duong cao toc", "hoa dao"])
def test_plain_datasette_honours_search_on_the_articles_table(archive_db, query):
    from datasette.app import Datasette

    before = archive_db.read_bytes()

    async def get():
        ds = Datasette([str(archive_db)])      # no metadata, no plugin
        everything = (await ds.client.get("/archive/articles.json?_shape=objects")).json()
        found = (await ds.client.get("/archive/articles.json", params={"_search": query,
                                                                      "_shape": "objects"})).json()
        return everything, found

    everything, found = asyncio.run(get())
    assert len(everything["rows"]) == len(ARTICLES)
    expected = [a[2] for a in ARTICLES if query in ("cao tốc", "duong cao toc") and a[2] == TITLE
                or query == "hoa dao" and "hoa đào" in a[2]]
    assert [row["title"] for row in found["rows"]] == expected
    assert archive_db.read_bytes() == before


def test_a_new_date_moves_the_article_in_the_index_and_the_tools_still_find_it(tmp_path):
    path = build(tmp_path / "archive.db")
    db = archive.open_archive(path)
    with archive.transaction(db):
        assert archive.save_article(db, "congtest", "https://cong.vn/3.html", Article(
            url=None, title="Lễ hội hoa đào Lạng Sơn", published="2025-02-01T10:00:00+07:00",
            text="Lễ hội hoa đào năm nay thu hút đông đảo du khách."), FETCHED) == "updated"
    rowids = db.execute("SELECT rowid, chrono FROM articles").fetchall()
    assert all(rowid == chrono for rowid, chrono in rowids)
    assert db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')") is not None
    found = list(db.table("articles").search("hoa dao"))
    assert [row["published"] for row in found] == ["2025-02-01T10:00:00+07:00"]
    db.conn.close()
    newest = json.loads(invoke("search", "le hoi", "--newest", "--json", "--db", path).stdout.splitlines()[0])
    assert newest["published"] == "2025-02-01T10:00:00+07:00"


# -- the config's archive everywhere ----------------------------------------------------

def test_every_command_takes_the_archive_from_the_config(archive_db, tmp_path, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    (data / "arch.db").write_bytes(archive_db.read_bytes())
    config = ('[archive]\npath = "data/arch.db"\n\n[[sites]]\nname = "baotest"\n'
              'start_urls = ["http://127.0.0.1/"]\n')
    (tmp_path / "config.toml").write_text(config, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CRAWLER_CONFIG", raising=False)
    assert TITLE in invoke("search", "cao toc").stdout
    assert "baotest" in invoke("stats").stdout
    assert "baotest" in invoke("sites").stdout
    assert json.loads(invoke("export", "--format", "jsonl", "--site", "congtest").stdout)["site"] == "congtest"

    # Elsewhere, through $CRAWLER_CONFIG or --config; --db overrides both.
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert "no archive at archive.db" in invoke("stats").stderr
    assert "baotest" in invoke("stats", "--config", tmp_path / "config.toml").stdout
    monkeypatch.setenv("CRAWLER_CONFIG", str(tmp_path / "config.toml"))
    assert "baotest" in invoke("stats").stdout
    assert "no archive at nowhere.db" in invoke("stats", "--db", "nowhere.db").stderr
    monkeypatch.setenv("CRAWLER_CONFIG", str(tmp_path / "missing.toml"))
    result = invoke("stats")
    assert result.exit_code == 2 and "missing.toml" in result.stderr


def test_site_completes_from_the_config(tmp_path, monkeypatch):
    from click.shell_completion import ShellComplete

    (tmp_path / "config.toml").write_text(
        '[[sites]]\nname = "baolangson"\nstart_urls = ["http://127.0.0.1/"]\n\n'
        '[[sites]]\nname = "baocaobang"\nstart_urls = ["http://127.0.0.2/"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CRAWLER_CONFIG", raising=False)
    for command in (["search", "x"], ["export"], ["crawl"], ["stats"], ["reextract"]):
        completer = ShellComplete(main, {}, "crawler", "_CRAWLER_COMPLETE")
        names = [item.value for item in completer.get_completions([*command, "--site"], "baol")]
        assert names == ["baolangson"], command


# -- search and export options ------------------------------------------------------------

def test_search_by_author_count_and_a_clear_error_for_field_prefixes(archive_db):
    for author in ("Bình", "tran thi binh", "TRẦN"):
        result = invoke("search", "học sinh OR cao tốc", "--author", author, "--json", "--db", archive_db)
        assert [json.loads(line)["author"] for line in result.stdout.splitlines()] == ["Trần Thị Bình"], author
    exported = invoke("export", "--format", "jsonl", "--author", "nguyen van", "--db", archive_db).stdout
    assert [json.loads(line)["title"] for line in exported.splitlines()] == [TITLE]
    assert invoke("search", "cao", "--author", "Bình", "--db", archive_db).stderr == "No articles found.\n"
    result = invoke("search", "cao", "--author", '"Bình', "--db", archive_db)
    assert result.exit_code == 2 and result.stderr.startswith("Error: --author: unbalanced quote")

    result = invoke("search", "title:cao", "--db", archive_db)
    assert result.exit_code == 2 and "field prefixes such as 'title:'" in result.stderr and "--author" in result.stderr

    counts = json.loads(invoke("search", "cao OR hoa OR học", "--count", "--json", "--db", archive_db).stdout)
    assert counts == {"total": 3, "by_site": {"baotest": 2, "congtest": 1},
                      "by_month": {"2024-03": 2, "2023-01": 1}}
    text = invoke("search", "cao OR hoa OR học", "--count", "--db", archive_db).stdout
    assert text.startswith("3 articles") and "2023-01" in text


def test_an_unknown_site_is_warned_about(archive_db):
    for command in (["search", "cao"], ["export", "--format", "jsonl"]):
        result = invoke(*command, "--site", "baotets", "--db", archive_db)
        assert result.exit_code == 0
        assert "WARNING: no article of site 'baotets'" in result.stderr and "baotest" in result.stderr


def test_export_infers_the_format_ranks_and_leaves_copies_out(archive_db, tmp_path):
    out = tmp_path / "hits.csv"
    assert invoke("export", "-o", out, "--db", archive_db).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("url,site,title")
    result = invoke("export", "-o", tmp_path / "hits.txt", "--db", archive_db)
    assert result.exit_code == 2 and "give --format" in result.stderr
    assert "give --format" in invoke("export", "--db", archive_db).stderr

    ranked = invoke("export", "--format", "jsonl", "--query", "cao tốc OR học", "--ranked", "--db", archive_db)
    assert [json.loads(line)["title"] for line in ranked.stdout.splitlines()][0] == TITLE   # in the title
    assert invoke("export", "--format", "jsonl", "--ranked", "--db", archive_db).exit_code == 2
    copy = tmp_path / "copy.db"
    copy.write_bytes(archive_db.read_bytes())
    with sqlite3.connect(copy) as conn:       # the third article is a syndicated copy of the first
        conn.execute("UPDATE articles SET duplicate_of = 1 WHERE url = 'https://cong.vn/3.html'")
    conn.close()
    every = invoke("export", "--format", "jsonl", "--db", copy).stdout.splitlines()
    unique = invoke("export", "--format", "jsonl", "--unique", "--db", copy).stdout.splitlines()
    assert len(every) == len(ARTICLES) and len(unique) == len(ARTICLES) - 1
    assert "https://cong.vn/3.html" not in "".join(unique)


@pytest.mark.parametrize("name, fmt", [("a.jsonl", "jsonl"), ("A.NDJSON", "jsonl"), ("dir.v2/a.csv", "csv"),
                                       ("a.parquet", "parquet"), ("a.warc.gz", "warc"), ("a.warc", "warc")])
def test_the_format_comes_from_the_output_name(name, fmt):
    from crawler.export import format_for

    assert format_for(name, None) == fmt
    assert format_for(name, "jsonl") == "jsonl"          # --format wins


def test_export_excel_csv_has_bom_crlf_and_no_formulas(archive_db, tmp_path):
    out = tmp_path / "sheet.csv"
    old = os.umask(0o022)
    try:
        assert invoke("export", "--excel", "-o", out, "--db", archive_db).exit_code == 0
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == 0o644
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw and raw.count(b"\n") == raw.count(b"\r\n")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0]["title"] == TITLE                   # Vietnamese intact
    assert rows[1]["title"] == "'=HYPERLINK(\"http://x.vn\")"
    assert rows[1]["text"].startswith("'-2+3")
    assert all(not v.startswith(("=", "+", "-", "@")) for row in rows for v in row.values())
    result = invoke("export", "--excel", "--format", "jsonl", "--db", archive_db)
    assert result.exit_code == 2 and "--excel" in result.stderr


def test_parquet_keeps_a_date_without_a_time_a_date(archive_db, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    import pyarrow as pa

    out = tmp_path / "a.parquet"
    assert invoke("export", "-o", out, "--db", archive_db).exit_code == 0
    table = pq.read_table(out)
    assert table.schema.field("published_date").type == pa.date32()
    days = dict(zip(table.column("url").to_pylist(), table.column("published_date").to_pylist(), strict=True))
    assert days["https://bao.vn/1.html"] == date(2024, 3, 12)      # date only: not 2024-03-11 in UTC
    assert days["https://bao.vn/2.html"] == date(2024, 3, 13)
    # What a UTC session makes of the timestamp (midnight +07:00): the day before, hence published_date.
    published = dict(zip(table.column("url").to_pylist(), table.column("published").to_pylist(), strict=True))
    assert published["https://bao.vn/1.html"].astimezone(UTC).date() == date(2024, 3, 11)


# -- exit codes ----------------------------------------------------------------------------

def test_the_readme_exit_code_table_is_errors_py():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    table = readme.split("### Exit codes", 1)[1].split("\n## ", 1)[0]
    documented: dict[int, str] = {}
    for line in table.splitlines():
        if line.startswith("| ") and line[2:].split(" ", 1)[0].isdigit():
            number, meaning = line[2:].split(" | ", 1)
            documented[int(number)] = meaning
    codes = {cls: cls.exit_code for cls in vars(errors).values()
             if isinstance(cls, type) and issubclass(cls, errors.CrawlerError) and cls is not errors.Interrupted}
    # Interrupted's code is 128 + the signal's number.
    for signum in (signal.SIGINT, signal.SIGTERM):
        assert f"`{errors.Interrupted.__name__}`" in documented[errors.Interrupted(signum).exit_code]
    for cls, code in codes.items():
        assert code in documented, cls
        assert f"`{cls.__name__}`" in documented[code], (cls, code)
    assert set(documented) == {0, 130, 143} | set(codes.values())
