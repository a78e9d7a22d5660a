"""Reading an article's history: `crawler history` and `crawler show`, and the word diff."""

from __future__ import annotations

import json
import unicodedata

import pytest
from click.testing import CliRunner

from crawler import archive, history
from crawler.cli import main
from crawler.extract import Article

from .versions import keep, remove

URL = "http://127.0.0.1/tin/lu-ve-123.html"
V1 = "Nước sông lên 2 mét. Mặt đường ngập sâu ở Hoà Bình."
V2 = "Nước sông lên 3 mét. Mắt đường ngập sâu ở Hòa Bình, người dân sơ tán."


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "archive.db"
    db = archive.open_archive(path)
    keep(db, URL, Article(url=URL, title="Lũ về", text=V1, published="2024-05-01", author="Minh"),
         "2024-05-01T08:00:00+00:00", b"<html>v1</html>")
    keep(db, URL, Article(url=URL, title="Lũ về Lạng Sơn", text=V2, published="2024-05-01", author="Minh"),
         "2024-05-02T08:00:00+00:00", b"<html>v2</html>")
    other = "http://127.0.0.1/tin/mot-lan.html"
    keep(db, other, Article(url=other, title="Một lần", text="Chỉ một phiên bản.", published="2024-05-01"),
         "2024-05-01T09:00:00+00:00", b"<html>once</html>")
    remove(db, other, "2024-05-03T08:00:00+00:00")
    db.conn.close()
    return path


def run(*args):
    return CliRunner().invoke(main, [*args])


def test_word_diff_shows_a_changed_tone_mark_and_ignores_spelling_forms():
    changes = history.diff_words(V1, V2)
    ops = [c.to_dict() for c in changes if c.op != "equal"]
    assert {"op": "marks", "old": "Mặt ", "new": "Mắt "} in ops          # face → eye: a change
    assert {"op": "delete", "text": "2 "} in ops and {"op": "insert", "text": "3 "} in ops
    assert not any("Hoà" in json.dumps(op, ensure_ascii=False) for op in ops)  # hoà / hòa: one word
    assert history.render(changes, context=None) == (
        "Nước sông lên [-2-] {+3+} mét. [~Mặt→Mắt~] đường ngập sâu ở Hòa Bình{+, người dân sơ tán+}.")
    decomposed = unicodedata.normalize("NFD", V1)
    assert [c.op for c in history.diff_words(V1, decomposed)] == ["equal"]
    assert history.word_key("thuỷ") == history.word_key("thủy") != history.word_key("thùy")
    assert history.word_key("mặt") != history.word_key("mắt")


def test_a_shortened_diff_keeps_the_words_around_each_change():
    old = " ".join(f"từ{i}" for i in range(100))
    new = old.replace("từ50", "chữ50")
    shown = history.render(history.diff_words(old, new), context=3)
    assert shown == "… từ47 từ48 từ49 [-từ50-] {+chữ50+} từ51 từ52 từ53 … "
    assert "từ0 " in history.render(history.diff_words(old, new), context=None)


def test_history_lists_versions_and_diffs_the_last_two(db_path):
    result = run("history", URL, "--db", str(db_path), "--no-color")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == f"{URL} (cu)"
    assert lines[1].startswith("  v1   seen 2024-05-01 08:00:00  replaced 2024-05-02 08:00:00")
    assert lines[1].endswith("first seen")
    assert lines[2].startswith("  v2   seen 2024-05-02 08:00:00  current")
    assert lines[2].endswith("title, text (+5 -1 words, 1 with other marks)")
    assert "title: Lũ về {+Lạng Sơn+}" in result.stdout
    assert "[~Mặt→Mắt~]" in result.stdout and "[-2-] {+3+}" in result.stdout
    coloured = run("history", URL, "--db", str(db_path), "--color").stdout
    assert "\x1b[32mLạng Sơn\x1b[0m" in coloured and "[~" not in coloured


def test_history_json_is_structured(db_path):
    result = run("history", URL, "--db", str(db_path), "--json", "--diff", "1", "2")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [v["number"] for v in data["versions"]] == [1, 2]
    assert data["versions"][1]["changed"] == ["title", "text"]
    assert data["versions"][1]["words_marks"] == 1
    assert data["diff"]["from"] == 1 and data["diff"]["to"] == 2
    assert {"op": "marks", "old": "Mặt ", "new": "Mắt "} in data["diff"]["fields"]["text"]
    assert data["removed_at"] is None


def test_history_finds_the_article_by_another_spelling_and_flags_a_removal(db_path):
    for spelling in (URL + "/", URL.replace("http://", "https://"), URL + "#top", URL + "?utm_source=x"):
        result = run("history", spelling, "--db", str(db_path), "--json")
        assert result.exit_code == 0, (spelling, result.output)
        assert json.loads(result.stdout)["url"] == URL
    once = run("history", "http://127.0.0.1/tin/mot-lan.html", "--db", str(db_path))
    assert once.exit_code == 0
    assert "removed: gone since 2024-05-03T08:00:00+00:00" in once.stdout
    assert "Only one version" in once.stderr


@pytest.mark.parametrize("args, message", [
    (["history", "http://127.0.0.1/nowhere.html"], "Error: no article at http://127.0.0.1/nowhere.html in the archive"),
    (["history", URL, "--diff", "1", "7"], "Error: no version 7 of this article (it has 1, 2)"),
    (["show", URL, "--version", "3"], "Error: no version 3 of this article (it has 1, 2)"),
])
def test_unknown_urls_and_versions_are_one_line_errors(db_path, args, message):
    result = run(*args, "--db", str(db_path))
    assert result.exit_code == 2
    assert result.stderr.strip() == message


def test_show_prints_a_version_or_its_raw_capture(db_path):
    newest = run("show", URL, "--db", str(db_path))
    assert newest.exit_code == 0
    assert newest.stdout.startswith("Lũ về Lạng Sơn\n  version 2 of 2 · seen 2024-05-02 08:00:00 · current\n")
    assert newest.stdout.rstrip().endswith(V2)
    first = json.loads(run("show", URL, "--version", "1", "--json", "--db", str(db_path)).stdout)
    assert (first["number"], first["title"], first["text"], first["replaced_at"]) == (
        1, "Lũ về", V1, "2024-05-02T08:00:00+00:00")
    assert first["tags"] == [] and first["versions"] == 2
    raw = CliRunner().invoke(main, ["show", URL, "--version", "1", "--raw", "--db", str(db_path)])
    assert raw.exit_code == 0 and raw.stdout_bytes == b"<html>v1</html>"
    assert run("show", URL, "--raw", "--db", str(db_path)).stdout_bytes == b"<html>v2</html>"


def test_a_twin_the_crawl_stored_under_the_article_s_url_finds_it(db_path):
    db = archive.open_archive(db_path)
    archive.update_frontier(db, "http://127.0.0.1/amp/lu-ve-123.html", "cu", kind="page", state="done",
                            canonical=URL)
    db.conn.close()
    for twin in ("http://127.0.0.1/amp/lu-ve-123.html", URL + "?print=1"):
        result = run("show", twin, "--json", "--db", str(db_path))
        assert result.exit_code == 0, (twin, result.output)
        assert json.loads(result.stdout)["url"] == URL


def test_show_raw_of_a_version_without_a_capture_says_so(tmp_path):
    path = tmp_path / "archive.db"
    db = archive.open_archive(path)
    keep(db, URL, Article(url=URL, title="Lũ về", text=V1), "2024-05-01T08:00:00+00:00")      # no raw kept
    db.conn.close()
    result = run("show", URL, "--raw", "--db", str(path))
    assert result.exit_code == 1
    assert result.stderr == f"Error: version 1 of {URL} has no raw capture\n"
