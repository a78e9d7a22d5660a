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
                url=None, title=f"Bài {i}", published=f"2024-0{i + 1}-01", text=f"Nội dung {i}, có dấu phẩy",
                tags=("Lạng Sơn",)), "2024-07-01T00:00:00+00:00")
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
