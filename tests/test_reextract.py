"""`crawler reextract`: an improved extractor (or a site's drop_xpath) reaches stored articles without
fetching; every capture, earlier versions included, on the crawl's process pool, interruptible and resumable."""

from __future__ import annotations

import io
import json
import re
import shutil
import signal
import sqlite3
import time
from concurrent.futures import Executor, Future
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from crawler import archive
from crawler import reextract as reextract_mod
from crawler.cli import main
from crawler.config import CrawlSettings, Settings, SiteRules, parse_settings
from crawler.crawl import extraction_pool
from crawler.errors import ConfigError, ExtractionError
from crawler.extract import Article, extract
from crawler.sample_site import STORIES, render_daily

from .processes import running

GOLDEN = Path(__file__).parent / "golden"
BASE = "http://127.0.0.1"
HEADERS = {"content-type": "text/html; charset=utf-8"}
FIRST, SECOND = "2024-05-01T08:00:00+00:00", "2024-05-02T08:00:00+00:00"
STALE = "Bản trích xuất cũ."      # what an older extractor stored, in place of each story's text
SUMMARY = re.compile(r"reextracted (\d+) rows: (\d+) changed, (\d+) no longer articles, (\d+) unchanged"
                     r" in [\d.]+ s \(\d+ rows/s\)")


def run(*args):
    return CliRunner().invoke(main, list(map(str, args)), catch_exceptions=False)


def query(db, sql, params=()):
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def test_reextract_repairs_rows_and_search_without_fetching(sites, config_file, tmp_path):
    a, b, _c = sites
    db = tmp_path / "archive.db"
    assert run("crawl", "--config", config_file).exit_code == 0
    good = dict(query(db, "SELECT url, text FROM articles"))
    # What an older, naive extractor stored: a related box in the text, no author.
    query(db, "UPDATE articles SET text = text || char(10) || 'Cùng chuyên mục Khai mạc hội chợ xuân', "
              "author = NULL WHERE site = 'baotest'")
    assert run("search", "hội chợ xuân", "--db", db).stdout.strip()
    requests_before = len(a.requests) + len(b.requests)

    result = run("reextract", "--db", db, "--config", config_file)
    assert result.exit_code == 0, result.output
    stale = query(db, "SELECT count(*) FROM articles WHERE site = 'baotest'")[0][0]
    assert f"reextracted {len(good)} rows: {stale} changed, 0 no longer articles" in result.stderr
    assert len(a.requests) + len(b.requests) == requests_before           # nothing fetched
    assert dict(query(db, "SELECT url, text FROM articles")) == good
    assert all(author for (author,) in query(db, "SELECT author FROM articles WHERE site = 'baotest'"))
    # The search index followed the rows.
    after = run("search", "hội chợ xuân", "--db", db)
    assert after.stdout.strip() == "" and "No articles" in after.stderr

    again = run("reextract", "--db", db, "--site", "congtest")
    assert "reextracted 2 rows: 0 changed, 0 no longer articles, 2 unchanged" in again.stderr


def test_drop_xpath_is_the_per_site_escape_hatch(tmp_path):
    expected = json.loads((GOLDEN / "daily.json").read_text(encoding="utf-8"))
    page = (GOLDEN / "daily.html").read_bytes()
    dropped = extract(page, expected["url"], rules=SiteRules(drop_xpath=("//td[@class='image_desc']",)))
    assert dropped.text.split("\n") == [line for line in expected["text"]
                                        if not line.startswith("Đồng chí Lâm Thị Phương Thanh")]

    settings = parse_settings({"sites": [{"name": "x", "start_urls": ["http://127.0.0.1/"],
                                          "drop_xpath": ["//div[@class='ad']"]}]})
    assert settings.sites[0].rules.drop_xpath == ("//div[@class='ad']",)
    try:
        parse_settings({"sites": [{"name": "x", "start_urls": ["http://127.0.0.1/"], "drop_xpath": ["//div["]}]})
    except ConfigError as exc:
        assert "drop_xpath" in str(exc) and "//div[" in str(exc)
    else:
        raise AssertionError("a broken XPath must be a config error")


def summary(stderr: str) -> tuple[str, ...]:
    """Rows done, changed, no longer articles and unchanged, as the summary line says."""
    found = SUMMARY.search(stderr)
    assert found, stderr
    return found.groups()


def page(i: int, edited: bool = False) -> tuple[str, bytes]:
    """The URL and HTML of story ``i`` (a later edit of it adds a paragraph)."""
    story = STORIES[i % len(STORIES)]
    story = replace(story, slug=f"bai-{i:04d}", title=f"{story.title} – kỳ {i}",
                    paragraphs=story.paragraphs + ((f"Cập nhật lần {i}: số liệu đã được đính chính.",) if edited else ()))
    return f"{BASE}/{story.slug}.html", render_daily(story, "Báo Demo", [], []).encode()


def stored_archive(path: Path, count: int, versions: int = 0) -> Path:
    """``count`` stories stored with a stale extraction, as an older extractor left them; the
    first ``versions`` were edited later: their earlier version (``keep_version``) keeps the first
    capture, and the article row a stale extraction of the edited one."""
    db = archive.open_archive(path)
    with archive.transaction(db):
        for i in range(count):
            url, html = page(i)
            stale = Article(url=url, title=f"Bài {i}", text=STALE)
            archive.save_article(db, "demo", url, stale, FIRST)
            archive.save_raw(db, url, url, 200, HEADERS, html, FIRST)
            if i < versions:
                article_id = db.execute("SELECT id FROM articles WHERE url = ?", [url]).fetchone()[0]
                archive.keep_version(db, article_id, SECOND)
                archive.save_article(db, "demo", url, replace(stale, text=STALE + " Bản sửa."), SECOND)
                archive.save_raw(db, url, url, 200, HEADERS, page(i, edited=True)[1], SECOND)
    db.conn.close()
    return path


def snapshot(path: Path) -> tuple[list, list]:
    """Every article and version row, minus the time a row was last written."""
    with sqlite3.connect(path) as conn:
        columns = [c for c in archive.ARTICLE_COLUMNS if c != "updated_at"] + ["version", "removed_at"]
        articles = conn.execute(f"SELECT {', '.join(columns)} FROM articles ORDER BY id").fetchall()
        versions = conn.execute("SELECT * FROM versions ORDER BY id").fetchall()
    return articles, versions


def reextract_at(path: Path, **options) -> reextract_mod.ReextractReport:
    db = archive.open_archive(path, create=False)
    try:
        return reextract_mod.reextract(db, **options)
    finally:
        db.conn.close()


def test_the_pool_stores_what_one_process_stores(tmp_path, monkeypatch):
    serial = stored_archive(tmp_path / "serial.db", 24, versions=6)
    parallel = Path(shutil.copy(serial, tmp_path / "parallel.db"))
    expected = reextract_at(serial)
    assert (expected.done, expected.changed, expected.versions) == (30, 30, 6)

    # Small tasks and batches, so results come back from both workers in many pieces.
    monkeypatch.setattr(reextract_mod, "CHUNK", 2)
    monkeypatch.setattr(reextract_mod, "BATCH", 5)
    pool = extraction_pool(Settings(crawl=CrawlSettings(extract_processes=2)))
    try:
        report = reextract_at(parallel, executor=pool)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    assert report.summary().split(" in ")[0] == expected.summary().split(" in ")[0]
    assert snapshot(parallel) == snapshot(serial)


def test_every_version_is_reextracted_from_its_own_capture_and_none_is_added(tmp_path):
    path = stored_archive(tmp_path / "archive.db", 3, versions=1)
    url, first = page(0)
    edited = page(0, edited=True)[1]
    stale_in_index = "SELECT count(*) FROM versions_fts WHERE versions_fts MATCH '\"trich xuat cu\"'"
    with sqlite3.connect(path) as conn:
        assert conn.execute(stale_in_index).fetchone()[0] == 1
    report = reextract_at(path)
    assert (report.done, report.changed, report.versions) == (4, 4, 1)
    with sqlite3.connect(path) as conn:
        kept = conn.execute("SELECT article_id, number, seen_at, replaced_at, title, text, extractor, raw"
                            " FROM versions").fetchall()
        row = conn.execute("SELECT id, version, title, text FROM articles WHERE url = ?", [url]).fetchone()
    assert len(kept) == 1                       # updated in place, none added
    article_id, number, seen_at, replaced_at, title, text, extractor, raw = kept[0]
    assert (article_id, number, seen_at, replaced_at) == (row[0], 1, FIRST, SECOND)
    assert (title, text) == (extract(first, url).title, extract(first, url).text)
    assert extractor == archive.EXTRACTOR_VERSION and archive.decompress_raw(raw) == first
    assert row[1:] == (2, extract(edited, url).title, extract(edited, url).text)
    assert "đính chính" in row[3] and "đính chính" not in text

    with sqlite3.connect(path) as conn:     # the versions' search index followed the rows
        conn.execute("INSERT INTO versions_fts (versions_fts) VALUES ('integrity-check')")
        assert conn.execute(stale_in_index).fetchone()[0] == 0

    again = reextract_at(path)
    assert (again.done, again.changed, again.unchanged) == (4, 0, 4)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM versions").fetchone()[0] == 1


def test_a_run_off_a_terminal_prints_one_summary_line(tmp_path):
    path = stored_archive(tmp_path / "archive.db", 5, versions=2)
    with running("reextract", "--db", str(path), cwd=tmp_path) as child:
        _out, err = child.communicate(timeout=300)
    assert child.returncode == 0, err
    assert len(err.splitlines()) == 1 and "\x1b" not in err, err
    assert summary(err) == ("7", "7", "0", "0")
    assert "; 2 of the rows are earlier versions" in err


def test_on_a_terminal_a_bar_shows_rows_done_rate_and_time_left():
    from rich.console import Console

    from crawler.progress import rows_bar

    screen = io.StringIO()
    with rows_bar("reextracting", Console(file=screen, force_terminal=True, width=120)) as watch:
        for done in (0, 40, 120):
            watch(reextract_mod.ReextractReport(total=300, done=done))
    last = screen.getvalue().replace("\r", "\n").splitlines()[-2]
    assert "reextracting" in last and "120/300" in last and "rows/s" in last and "left" in last, last


def progress_done(path: Path) -> int:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30) as conn:
        row = conn.execute("SELECT done FROM reextract_progress").fetchone()
    return row[0] if row else 0


def test_sigterm_keeps_what_is_done_and_the_next_run_does_the_rest(tmp_path):
    # Enough rows that the run cannot commit them all between its first batch and the lock below
    # (at most a batch and the tasks in flight get in: reextract.BATCH, CHUNK, IN_FLIGHT).
    articles = versions = 400
    total = articles + versions
    path = stored_archive(tmp_path / "archive.db", articles, versions=versions)
    reference = Path(shutil.copy(path, tmp_path / "reference.db"))
    with running("reextract", "--db", str(path), cwd=tmp_path) as child:
        end = time.monotonic() + 300
        while progress_done(path) == 0:                 # until a first batch is committed
            assert child.poll() is None, child.communicate()
            assert time.monotonic() < end, "no batch committed"
            time.sleep(0.02)
        # Hold the archive's write lock: the run cannot commit more until it is signalled.
        blocker = sqlite3.connect(path, isolation_level=None, timeout=30)
        try:
            blocker.execute("BEGIN IMMEDIATE")
            child.send_signal(signal.SIGTERM)
            blocker.execute("ROLLBACK")
        finally:
            blocker.close()
        _out, err = child.communicate(timeout=300)
    assert child.returncode == 143, err
    assert "Terminated." in err and "interrupted: the next 'crawler reextract' continues" in err
    done = progress_done(path)
    assert int(summary(err)[0]) == done      # what it says it did is what it committed
    assert 0 < done < total, (done, total)
    with sqlite3.connect(path) as conn:                   # the committed rows, no others, were redone
        stale = conn.execute("SELECT count(*) FROM articles WHERE text LIKE ?", [STALE + "%"]).fetchone()[0]
        stale += conn.execute("SELECT count(*) FROM versions WHERE text = ?", [STALE]).fetchone()[0]
    assert stale == total - done

    with running("reextract", "--db", str(path), cwd=tmp_path) as child:
        _out, err = child.communicate(timeout=300)
    assert child.returncode == 0, err
    assert summary(err) == (str(total - done), str(total - done), "0", "0")
    assert f"continued an interrupted run, which had done {done} rows" in err
    assert progress_done(path) == 0

    expected = reextract_at(reference)
    assert expected.done == total
    assert snapshot(path) == snapshot(reference)


def stop_after_two_articles(path: Path) -> None:
    """Leave the progress of a run of every site that stopped after the first two articles."""
    db = archive.open_archive(path, create=False)
    unfinished = reextract_mod._Progress.start(db, (), {}, restart=True)
    with archive.transaction(db):
        unfinished.save(db, {"article": 2, "version": 0}, 2)
    db.conn.close()


def test_all_starts_over_and_a_different_choice_of_sites_does_not_continue(tmp_path):
    path = stored_archive(tmp_path / "archive.db", 4)
    stop_after_two_articles(path)
    assert reextract_at(path).summary().startswith("reextracted 2 rows: 2 changed")   # it continues
    stop_after_two_articles(path)
    assert reextract_at(path, sites=["demo"]).done == 4         # another choice of sites: everything
    assert progress_done(path) == 2                             # the unfinished run is still there
    assert reextract_at(path, restart=True).done == 4
    assert progress_done(path) == 0


def test_every_capture_parsed_counts_towards_the_workers_trims(tmp_path, monkeypatch):
    from crawler import page as page_mod
    from crawler.memory import Trimmer

    counted = Trimmer(10**9)                    # counts, never trims
    monkeypatch.setattr(page_mod, "_trimmer", counted)
    report = reextract_at(stored_archive(tmp_path / "a.db", 12, versions=3))
    assert report.done == 15
    # Each capture is extracted once, and the 12 articles' newest captures are parsed
    # once more before, to learn the site's template.
    assert counted.count == 15 + 12


class _DiesAfter(Executor):
    """Runs the first ``calls`` tasks in this process, then fails every task as a
    ``ProcessPoolExecutor`` does once one of its workers was killed."""

    def __init__(self, calls: int) -> None:
        self.calls = calls

    def submit(self, fn, /, *args, **kwargs):
        future: Future = Future()
        self.calls -= 1
        if self.calls < 0:
            future.set_exception(BrokenProcessPool("A child process terminated abruptly"))
        else:
            future.set_result(fn(*args, **kwargs))
        return future


def test_a_worker_killed_stops_the_run_with_the_rows_done_kept_and_the_next_run_continues(tmp_path, monkeypatch):
    path = stored_archive(tmp_path / "archive.db", 12, versions=3)
    reference = Path(shutil.copy(path, tmp_path / "reference.db"))
    reextract_at(reference)
    monkeypatch.setattr(reextract_mod, "CHUNK", 2)
    monkeypatch.setattr(reextract_mod, "BATCH", 2)
    # Six tasks learn the site's template (12 captures), then three chunks of two rows are extracted.
    with pytest.raises(ExtractionError, match="worker died.*run reextract again"):
        reextract_at(path, executor=_DiesAfter(6 + 3))
    assert progress_done(path) == 6
    report = reextract_at(path)
    assert (report.resumed, report.done) == (6, 15 - 6)
    assert snapshot(path) == snapshot(reference)


def test_a_worker_killed_while_learning_changes_nothing(tmp_path):
    path = stored_archive(tmp_path / "archive.db", 4)
    before = snapshot(path)
    with pytest.raises(ExtractionError, match="while learning"):
        reextract_at(path, executor=_DiesAfter(0))
    assert snapshot(path) == before and progress_done(path) == 0


def test_a_crawl_then_a_reextract_of_a_site_on_two_hosts_changes_no_row(tmp_path):
    """A family served on a desktop and an m. host (docs/families.md ``second_host``), every route
    mirrored, the m. pages without canonicals, both homes configured: reextract judges each page
    with the context the crawl gave it (its URL on the site's other host), so it changes nothing."""
    from .cms_sites import SITES, load_family, serve_family

    folder = tmp_path / "radio_tv"
    shutil.copytree(SITES / "radio_tv", folder)
    manifest = json.loads((folder / "site.json").read_text(encoding="utf-8"))
    mirrored = {}
    for path, spec in manifest["routes"].items():
        if spec.get("file", "").endswith(".html"):
            text = (folder / spec["file"]).read_text(encoding="utf-8")
            (folder / f"m-{spec['file']}").write_text(re.sub(r"<link[^>]*canonical[^>]*>", "", text), encoding="utf-8")
            spec = {**spec, "file": f"m-{spec['file']}"}
        mirrored[path] = spec
    manifest["second_host"] = {"routes": mirrored}
    (folder / "site.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "archive.db"
    with serve_family(load_family(folder)) as (site, mobile):
        assert mobile is not None
        config = tmp_path / "config.toml"
        config.write_text(f"""[archive]\npath = "{db}"\n[crawl]\ndelay_seconds = 0.01\nconcurrency = 4
user_agent = "provincial-news-archive-test/0.1 (+https://example.invalid/contact)"
[[sites]]\nname = "radio"\nstart_urls = ["{site.base}/", "{mobile.base}/"]\n""", encoding="utf-8")
        assert run("crawl", "--config", config).exit_code == 0
    crawled = snapshot(db)
    assert len({re.sub(r"//[^/]+", "", url) for (url,) in query(db, "SELECT url FROM articles")}) >= 5
    result = run("reextract", "--config", config)
    assert result.exit_code == 0, result.output
    assert summary(result.stderr)[1:3] == ("0", "0")
    assert snapshot(db) == crawled


def test_reextract_knows_a_site_by_its_configs_hosts(tmp_path, monkeypatch):
    """review11fix L3: as the crawl does, the config's hosts name a page's mirrors; a domain the
    site left, still in the archive, is none. With no config, the archive's hosts."""
    from crawler.urls import with_www_variants

    path = stored_archive(tmp_path / "archive.db", 2)
    db = archive.open_archive(path, create=False)
    with archive.transaction(db):
        archive.save_article(db, "demo", "http://old.example/bai-cu.html",
                             Article(url="http://old.example/bai-cu.html", title="Bài cũ", text=STALE), FIRST)
    db.conn.close()
    seen = []
    extract_chunk = reextract_mod._extract_chunk

    def spy(work, setups):
        seen.append(setups["demo"][2])
        return extract_chunk(work, setups)

    monkeypatch.setattr(reextract_mod, "_extract_chunk", spy)
    reextract_at(path, restart=True)
    assert seen[-1] == with_www_variants({"127.0.0.1", "old.example"})
    reextract_at(path, restart=True, hosts={"demo": frozenset({"127.0.0.1"})})
    assert seen[-1] == with_www_variants({"127.0.0.1"})

    # The command passes the config's hosts, and runs with none when there is no config.
    calls: list = []

    def fake_reextract(db, sites, rules, **options):
        calls.append(options["hosts"])
        return reextract_mod.ReextractReport()

    monkeypatch.setattr(reextract_mod, "reextract", fake_reextract)
    config = tmp_path / "config.toml"
    config.write_text(f'[archive]\npath = "{path}"\n[[sites]]\nname = "demo"\nstart_urls = ["{BASE}/"]\n',
                      encoding="utf-8")
    assert run("reextract", "--config", config).exit_code == 0
    monkeypatch.chdir(tmp_path)   # no ./config.toml, no $CRAWLER_CONFIG
    monkeypatch.delenv("CRAWLER_CONFIG", raising=False)
    config.unlink()
    assert run("reextract", "--db", path).exit_code == 0
    assert calls == [{"demo": frozenset({"127.0.0.1"})}, {}]
