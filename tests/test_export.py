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


@pytest.fixture
def versioned(db_path):
    """Bài 1 edited twice (the second edit left the page's bytes as they were), Bài 2 taken down."""
    from .versions import keep, remove

    db = archive.open_archive(db_path)
    url = "https://a.vn/1"
    for at, text, body in (("2024-07-02T00:00:00+00:00", "Nội dung 1, đã sửa", b"<html>edited</html>"),
                           ("2024-07-03T00:00:00+00:00", "Nội dung 1, sửa lần hai", b"<html>edited</html>")):
        keep(db, url, Article(url=None, title="Bài 1", published="2024-02-01", text=text, tags=("Lạng Sơn",)),
             at, body, site="s")
    remove(db, "https://a.vn/2", "2024-07-04T00:00:00+00:00")
    db.conn.close()
    return db_path


def test_removed_is_a_field_and_a_filter(versioned, tmp_path):
    result = CliRunner().invoke(main, ["export", "--db", str(versioned), "--format", "jsonl"])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["removed_at"] for r in records] == [None, None, "2024-07-04T00:00:00+00:00"]
    result = CliRunner().invoke(main, ["export", "--db", str(versioned), "--format", "csv", "--removed"])
    lines = result.stdout.splitlines()
    assert lines[0].endswith(",fetched_at,removed_at") and len(lines) == 2
    assert lines[1].startswith("https://a.vn/2,") and lines[1].endswith(",2024-07-04T00:00:00+00:00")


def test_versions_exports_one_record_per_version(versioned, tmp_path):
    import pyarrow.parquet as pq

    result = CliRunner().invoke(main, ["export", "--db", str(versioned), "--format", "jsonl", "--versions",
                                       "--site", "s"])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["url"][-1], r["version"], r["text"]) for r in records] == [
        ("0", 1, "Nội dung 0, có dấu phẩy"), ("1", 1, "Nội dung 1, có dấu phẩy"), ("1", 2, "Nội dung 1, đã sửa"),
        ("1", 3, "Nội dung 1, sửa lần hai"), ("2", 1, "Nội dung 2, có dấu phẩy")]
    assert [(r["seen_at"], r["replaced_at"]) for r in records[1:4]] == [
        ("2024-07-01T00:00:00+00:00", "2024-07-02T00:00:00+00:00"),
        ("2024-07-02T00:00:00+00:00", "2024-07-03T00:00:00+00:00"), ("2024-07-03T00:00:00+00:00", None)]
    assert records[1]["tags"] == ["Lạng Sơn"] and records[1]["fetched_at"] == "2024-07-01T00:00:00+00:00"
    out = tmp_path / "v.parquet"
    result = CliRunner().invoke(main, ["export", "--db", str(versioned), "-o", str(out), "--versions", "--removed"])
    assert result.exit_code == 0 and "Exported 1 versions" in result.stderr
    table = pq.read_table(out)
    assert str(table.schema.field("version").type) == "int32"
    assert str(table.schema.field("removed_at").type) == "timestamp[ms, tz=UTC]"
    assert table.to_pylist()[0]["removed_at"].isoformat() == "2024-07-04T00:00:00+00:00"


def test_warc_of_every_version_has_a_revisit_for_an_unchanged_payload(versioned, tmp_path):
    from warcio.archiveiterator import ArchiveIterator

    out = tmp_path / "v.warc.gz"
    result = CliRunner().invoke(main, ["export", "--db", str(versioned), "-o", str(out), "--versions",
                                       "--since", "2024-02", "--until", "2024-02"])
    assert result.exit_code == 0 and "Exported 3 captures" in result.stderr
    with open(out, "rb") as stream:
        records = [(r.rec_type, r.rec_headers, r.content_stream().read()) for r in ArchiveIterator(stream)]
    assert [r[0] for r in records] == ["warcinfo", "response", "response", "revisit"]
    first, edited, revisit = records[1:]
    assert first[2] == "<html><body><h1>Bài 1</h1></body></html>".encode() and edited[2] == b"<html>edited</html>"
    assert first[1].get_header("WARC-Target-URI") == "https://a.vn/1?from=feed"
    assert edited[1].get_header("WARC-Date") == "2024-07-02T00:00:00Z"
    headers = revisit[1]
    assert headers.get_header("WARC-Profile").endswith("/revisit/identical-payload-digest")
    assert headers.get_header("WARC-Refers-To") == edited[1].get_header("WARC-Record-ID")
    assert headers.get_header("WARC-Refers-To-Date") == "2024-07-02T00:00:00Z"
    assert headers.get_header("WARC-Payload-Digest") == edited[1].get_header("WARC-Payload-Digest")
    assert headers.get_header("WARC-Date") == "2024-07-03T00:00:00Z" and revisit[2] == b""


def test_json_lines_made_by_sqlite_are_the_records_iter_articles_makes(tmp_path):
    from crawler.export import iter_articles, iter_jsonl
    from crawler.search import Filters

    db = archive.open_archive(tmp_path / "odd.db")
    odd = ['Trích "dẫn" \\ gạch', "dòng\nmới\ttab\r\x01\x1f", "emoji 🌾 và \u2028 tách", ""]
    with archive.transaction(db):
        for i, text in enumerate(odd):
            archive.save_article(db, "s", f"https://a.vn/{i}", Article(
                url=None, title=text or None, author="Nguyễn Văn An" if i else None, published=None if i else "2024-01-01",
                text=f"Lúa {text}", tags=tuple(odd[:i]), image=f"https://a.vn/{i}.jpg" if i else None),
                "2024-07-01T00:00:00+00:00")
    archive.mark_removed(db, "https://a.vn/2", "2024-08-01T00:00:00+00:00")
    for filters, ranked in ((Filters(), False), (Filters(query="lúa"), True), (Filters(query="lua", site=("s",)), False)):
        lines = list(iter_jsonl(db, filters, ranked=ranked))
        records = list(iter_articles(db, filters, ranked=ranked))
        assert len(lines) == len(records) == 4
        assert [json.loads(line) for line in lines] == records
        assert all(list(json.loads(line)) == list(record) for line, record in zip(lines, records, strict=True))
        assert all("\n" not in line for line in lines)
