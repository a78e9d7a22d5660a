import json
import os

import pytest
from click.testing import CliRunner

from crawler import archive
from crawler.cli import main
from crawler.extract import Article


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "a.db"
    db = archive.open_archive(path)
    with archive.transaction(db):
        for i in range(3):
            archive.save_article(db, "s", f"https://a.vn/{i}", Article(
                url=None, title=f"Bài {i}", published=f"2024-0{i + 1}-01" if i else "2024-01-01T09:03:00+07:00",
                text=f"Nội dung {i}, có dấu phẩy", tags=("Lạng Sơn",)), "2024-07-01T00:00:00+00:00")
            archive.save_raw(db, f"https://a.vn/{i}", f"https://a.vn/{i}?from=feed", 200,
                             {"content-type": "text/html; charset=utf-8", "content-encoding": "gzip",
                              "etag": f'"v{i}"'},
                             f"<html><body><h1>Bài {i}</h1></body></html>".encode(), "2024-07-01T00:00:00+00:00")
    return path


def test_export_file_is_complete_and_atomic(db_path, tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("old content\n")
    result = CliRunner().invoke(main, ["export", "--db", str(db_path), "--format", "jsonl", "-o", str(out)])
    assert result.exit_code == 0 and "Exported 3 articles" in result.stderr
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["title"] for r in records] == ["Bài 0", "Bài 1", "Bài 2"]
    assert records[0]["tags"] == ["Lạng Sơn"]
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".part")]


def test_export_errors(db_path, tmp_path):
    runner = CliRunner()
    result = runner.invoke(main, ["export", "--db", str(db_path), "--format", "csv", "-o",
                                  str(tmp_path / "missing" / "x.csv")])
    assert result.exit_code == 1 and result.stderr.startswith("Error: cannot write to")
    result = runner.invoke(main, ["export", "--db", str(db_path), "--format", "csv", "--query", '"open'])
    assert result.exit_code == 2 and "unbalanced quote" in result.stderr
    result = runner.invoke(main, ["export", "--db", str(tmp_path / "none.db"), "--format", "csv"])
    assert result.exit_code == 1 and "no archive at" in result.stderr


def test_export_date_filter_csv(db_path):
    result = CliRunner().invoke(main, ["export", "--db", str(db_path), "--format", "csv", "--since", "2024-02"])
    lines = result.stdout.splitlines()
    assert lines[0].startswith("url,site,title") and len(lines) == 3


def test_parquet_has_real_types_and_takes_the_filters(db_path, tmp_path):
    import pyarrow.parquet as pq

    out = tmp_path / "out.parquet"
    result = CliRunner().invoke(main, ["export", "--db", str(db_path), "--format", "parquet", "-o", str(out)])
    assert result.exit_code == 0, result.output
    table = pq.read_table(out)
    assert str(table.schema.field("published").type) == "timestamp[ms, tz=+07:00]"
    assert str(table.schema.field("fetched_at").type) == "timestamp[ms, tz=UTC]"
    assert str(table.schema.field("tags").type.value_type) == "string"
    rows = table.to_pylist()
    assert [r["title"] for r in rows] == ["Bài 0", "Bài 1", "Bài 2"]
    assert rows[0]["published"].isoformat() == "2024-01-01T09:03:00+07:00"
    assert rows[1]["published"].isoformat() == "2024-02-01T00:00:00+07:00"   # a date alone: midnight
    assert rows[0]["tags"] == ["Lạng Sơn"]

    CliRunner().invoke(main, ["export", "--db", str(db_path), "--format", "parquet", "-o", str(out),
                              "--since", "2024-02", "--query", "Nội dung"])
    assert [r["title"] for r in pq.read_table(out).to_pylist()] == ["Bài 1", "Bài 2"]


def test_warc_holds_the_raw_captures_with_their_headers(db_path, tmp_path):
    from warcio.archiveiterator import ArchiveIterator

    out = tmp_path / "out.warc.gz"
    result = CliRunner().invoke(main, ["export", "--db", str(db_path), "--format", "warc", "-o", str(out),
                                       "--site", "s", "--until", "2024-02"])
    assert result.exit_code == 0 and "Exported 2 articles" in result.stderr
    with open(out, "rb") as stream:
        records = list((r.rec_type, r.rec_headers.get_header("WARC-Target-URI"), r.rec_headers.get_header("WARC-Date"),
                        r.http_headers, r.content_stream().read()) for r in ArchiveIterator(stream))
    assert [r[0] for r in records] == ["warcinfo", "response", "response"]
    _type, uri, date, http, body = records[1]
    assert uri == "https://a.vn/0?from=feed" and date == "2024-07-01T00:00:00Z"
    assert http.get_statuscode() == "200" and http.get_header("ETag") == '"v0"'
    assert http.get_header("Content-Encoding") is None      # stored decoded
    assert body == "<html><body><h1>Bài 0</h1></body></html>".encode()
    assert http.get_header("Content-Length") == str(len(body))
