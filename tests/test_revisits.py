"""Revisits of stored articles (issue 13, the crawl side): conditional requests on a
schedule, edits kept as versions, takedowns flagged, template changes and temporary
failures told apart from both, a crash mid-version leaving old or new state."""

from __future__ import annotations

import hashlib
import json
import signal
import sqlite3
import time
import zlib
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

import pytest
from click.testing import CliRunner

from crawler import archive
from crawler.cli import main
from crawler.config import load_settings
from crawler.crawl import crawl
from crawler.sample_site import STORIES, Story, render_daily, render_list

from . import faults
from .processes import running

LAST_MODIFIED = "Mon, 02 Sep 2024 08:00:00 GMT"
EARLIER = "strftime('%Y-%m-%dT%H:%M:%S+00:00', {}, '-3 hours')"   # a time column, 3 hours back


@dataclass
class Served:
    """What one path answers now: a page (with an ETag from its bytes), a status, a redirect."""

    body: bytes = b""
    status: int = 200
    location: str | None = None
    drip: bool = False


class RevisitSite:
    """A daily whose pages the test changes between runs. Every article honours
    If-None-Match (304 when its bytes are unchanged); ``log`` records each request's
    path, the validators it sent and the status answered."""

    def __init__(self, server: faults.FaultServer, count: int, gate: faults.Gate | None = None) -> None:
        self.server = server
        self.gate = gate
        # Each its own title and date: a block repeated on three pages is learned as template.
        self.stories = [replace(STORIES[i % len(STORIES)], slug=f"bai-{i:02d}",
                                title=f"{STORIES[i % len(STORIES)].title} số {i}",
                                published=f"{i % 28 + 1:02d}/{i // 28 + 1:02d}/2024 08:{i % 60:02d}")
                        for i in range(count)]
        self.paths = [self.href(s) for s in self.stories]
        self.pages: dict[str, Served] = {}
        self.log: list[tuple[str, str | None, str | None, int]] = []
        server.route("/robots.txt", faults.status(404))
        self.home()
        for story in self.stories:
            self.publish(story)

    @staticmethod
    def href(story: Story) -> str:
        return f"/{story.slug}.html"

    def home(self) -> None:
        self.pages["/"] = Served(render_list("Trang chủ", "Báo", self.stories, self.href).encode())
        self.server.route("/", self._route("/"))

    def publish(self, story: Story, **change: object) -> None:
        index = self.paths.index(self.href(story))
        story = self.stories[index] = replace(story, **change)   # type: ignore[arg-type]
        self.pages[self.href(story)] = Served(render_daily(story, "Báo", [], [], self.href).encode())
        route = self._route(self.href(story))
        self.server.route(self.href(story), self.gate.hold(route) if self.gate else route)

    def answer(self, path: str, served: Served) -> None:
        self.pages[path] = served

    def _route(self, path: str) -> faults.Route:
        def route(handler: faults.Handler) -> None:
            served = self.pages[path]
            sent_etag = handler.headers.get("If-None-Match")
            sent_date = handler.headers.get("If-Modified-Since")
            etag = '"' + hashlib.sha256(served.body).hexdigest()[:16] + '"'
            status = served.status
            if served.drip:
                self.log.append((path, sent_etag, sent_date, 0))
                faults.drip(handler, 5)
                return
            if served.location:
                status = 301
            elif status == 200 and sent_etag == etag:
                status = 304
            self.log.append((path, sent_etag, sent_date, status))
            if served.location:
                handler.send(301, b"", "text/plain", Location=served.location)
            elif status == 304:
                handler.send_response(304)
                handler.send_header("ETag", etag)
                handler.end_headers()
            elif status == 200:
                handler.send(200, served.body, ETag=etag, Last_Modified=LAST_MODIFIED)
            else:
                handler.send(status, f"status {status}".encode(), "text/plain")
        return route

    def requests_since(self, mark: int) -> list[tuple[str, str | None, str | None, int]]:
        return [entry for entry in self.log[mark:] if entry[0] in self.paths]


def write_config(folder, server: faults.FaultServer, **crawl_keys: object):
    """faults.write_config's, one extraction process, and these [crawl] keys."""
    config, db = faults.write_config(folder, server)
    extra = "".join(f"{key} = {json.dumps(value)}\n" for key, value in {"extract_processes": 1, **crawl_keys}.items())
    config.write_text(config.read_text(encoding="utf-8").replace("[crawl]\n", "[crawl]\n" + extra, 1),
                      encoding="utf-8")
    return config, db


def run_crawl(config, now: datetime | None = None):
    settings = load_settings(config)
    db = archive.open_archive(settings.archive_path)
    try:
        return crawl(settings, db, now=now)[0]
    finally:
        db.conn.close()


def rows(db_path, sql, params=()):
    with sqlite3.connect(db_path) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(sql, params)]


def by_path(db_path, sql, params=()):
    return {"/" + row["url"].split("/", 3)[-1]: row for row in rows(db_path, sql, params)}


def last_run(db_path) -> dict:
    run = rows(db_path, "SELECT * FROM runs ORDER BY id DESC LIMIT 1")[0]
    return {**run, "frontier": json.loads(run["frontier"])}


@pytest.fixture
def site(fault_site):
    return RevisitSite(fault_site, 6)


def test_edits_headlines_takedowns_and_moves_after_a_revisit(site, fault_site, tmp_path):
    config, db = write_config(tmp_path, fault_site)
    first = run_crawl(config)
    assert first.new == 6
    paths = site.paths
    before = by_path(db, "SELECT * FROM articles")
    assert set(before) == set(paths)
    # Run 1 sent no validators for the articles (they were new).
    assert all(sent == [None, None] for _p, *sent, _s in site.requests_since(0))

    # Between runs: an edited text, a new headline, a takedown (404), a move to the home page.
    edited, retitled, removed, moved = site.stories[:4]
    site.publish(edited, paragraphs=(edited.paragraphs[0].replace("13,4%", "14,3%"), *edited.paragraphs[1:]))
    site.publish(retitled, title=retitled.title + " (cập nhật)")
    site.answer(paths[2], Served(status=404))
    site.answer(paths[3], Served(location=f"{fault_site.base}/"))
    site.home()

    # Run 2, a few hours later: every article is due (its first revisit, 1 hour after it was seen).
    mark = len(site.log)
    report = run_crawl(config, now=datetime.now(UTC) + timedelta(hours=3))
    after = by_path(db, "SELECT * FROM articles")
    versions = rows(db, "SELECT * FROM versions ORDER BY article_id")

    # Exactly two versions kept: the text and the headline as they were.
    assert [(v["article_id"], v["number"]) for v in versions] == sorted(
        (before[p]["id"], 1) for p in paths[:2])
    kept = {v["article_id"]: v for v in versions}
    assert kept[before[paths[0]]["id"]]["text"] == before[paths[0]]["text"]
    assert "13,4%" in before[paths[0]]["text"] and "14,3%" in after[paths[0]]["text"]
    assert kept[before[paths[1]]["id"]]["title"] == before[paths[1]]["title"]
    assert after[paths[1]]["title"].endswith("(cập nhật)")
    for path in paths[:2]:
        version = kept[before[path]["id"]]
        assert after[path]["version"] == 2 and version["content_hash"] == before[path]["content_hash"]
        assert version["replaced_at"] == after[path]["updated_at"]
    # Each kept version has the capture it was read from; the article row, the new one.
    old_raw = {p: zlib.decompress(kept[before[p]["id"]]["raw"]).decode() for p in paths[:2]}
    assert "13,4%" in old_raw[paths[0]] and "(cập nhật)" not in old_raw[paths[1]]
    new_raw = {p: zlib.decompress(r["body"]).decode() for p, r in by_path(db, "SELECT * FROM raw_pages").items()}
    assert "14,3%" in new_raw[paths[0]] and "(cập nhật)" in new_raw[paths[1]]
    # The search index follows the newest text.
    with sqlite3.connect(db) as conn:
        hits = conn.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", ['"cập nhật"']).fetchall()
    assert [h for (h,) in hits] == [rows(db, "SELECT rowid FROM articles WHERE url LIKE ?",
                                         [f"%{paths[1]}"])[0]["rowid"]]

    # Taken down: 404, and a redirect to the home page. The rows stay, flagged.
    for path in paths[2:4]:
        assert after[path]["removed_at"] is not None, path
        assert after[path]["text"] == before[path]["text"] and after[path]["version"] == 1
    # Unchanged: only conditional requests, answered 304; nothing written but the check.
    for path in paths[4:]:
        assert after[path]["removed_at"] is None and after[path]["version"] == 1
        assert after[path]["content_hash"] == before[path]["content_hash"]
    revisited = site.requests_since(mark)
    assert sorted(p for p, *_rest in revisited) == sorted(paths)
    for path, etag, date, status in revisited:
        assert etag and date == LAST_MODIFIED, path
        assert status == (304 if path in paths[4:] else 200 if path in paths[:2] else
                          404 if path == paths[2] else 301), path

    # The counts say what was stored.
    run = last_run(db)
    assert run["updated_articles"] == report.updated == 2
    assert run["not_modified"] >= 2 and report.events["takedowns"] == 2
    assert {k: run["frontier"][k] for k in ("revisits", "edits", "takedowns", "template_changes")} == \
        {"revisits": 6, "edits": 2, "takedowns": 2, "template_changes": 0}
    assert "6 articles revisited: 2 edited, 2 taken down" in report.summary()

    # What a reader sees: the edit as a word diff, the takedowns flagged.
    shown = CliRunner().invoke(main, ["history", after[paths[0]]["url"], "--no-color", "--db", str(db)])
    assert shown.exit_code == 0, shown.output
    assert "[-13,4%-]" in shown.stdout and "{+14,3%+}" in shown.stdout
    removed_hits = CliRunner().invoke(main, ["export", "--removed", "--format", "jsonl", "--db", str(db)])
    assert sorted(json.loads(line)["url"] for line in removed_hits.stdout.splitlines()) == \
        sorted(after[p]["url"] for p in paths[2:4])
    gone_at = after[paths[2]]["removed_at"]

    # Run 3, two days on (the 1-day revisit): the removed article is back, the moved one
    # still redirects (its first date gone is kept).
    site.publish(removed)
    run_crawl(config, now=datetime.now(UTC) + timedelta(days=2))
    again = by_path(db, "SELECT * FROM articles")
    assert again[paths[2]]["removed_at"] is None and again[paths[2]]["version"] == 1
    assert again[paths[3]]["removed_at"] == after[paths[3]]["removed_at"]
    assert gone_at and last_run(db)["frontier"]["restored"] == 1
    assert len(rows(db, "SELECT * FROM versions")) == 2


def test_a_rerun_within_the_hour_revisits_nothing(site, fault_site, tmp_path):
    config, db = write_config(tmp_path, fault_site)
    run_crawl(config)
    mark = len(site.log)
    report = run_crawl(config)
    assert site.requests_since(mark) == [] and report.by_kind["revisit"] == 0
    # A site may turn revisits off.
    config, db = write_config(tmp_path, fault_site, revisit_after=[])
    mark = len(site.log)
    run_crawl(config, now=datetime.now(UTC) + timedelta(days=400))
    assert site.requests_since(mark) == []


@pytest.mark.parametrize("failure", [Served(status=503), Served(status=500), Served(drip=True)],
                         ids=["503", "500", "timeout"])
def test_a_temporary_failure_is_not_a_takedown(site, fault_site, tmp_path, failure):
    config, db = write_config(tmp_path, fault_site, timeout_seconds=1.0)
    run_crawl(config)
    path = site.paths[0]
    site.answer(path, failure)
    frontier_before = by_path(db, "SELECT * FROM frontier")[path]
    later = datetime.now(UTC) + timedelta(hours=3)
    report = run_crawl(config, now=later)
    article = by_path(db, "SELECT * FROM articles")[path]
    assert article["removed_at"] is None and report.failures >= 1
    frontier_after = by_path(db, "SELECT * FROM frontier")[path]
    assert (frontier_after["state"], frontier_after["fetched_at"]) == ("done", frontier_before["fetched_at"])
    assert last_run(db)["frontier"]["takedowns"] == 0
    # Still due: the next run asks again, and finds it back.
    site.publish(site.stories[0])
    mark = len(site.log)
    run_crawl(config, now=later)
    assert [p for p, *_rest in site.requests_since(mark)].count(path) == 1


def test_a_template_change_is_not_an_edit(site, fault_site, tmp_path):
    config, db = write_config(tmp_path, fault_site)
    run_crawl(config)
    before = by_path(db, "SELECT * FROM articles")
    # The site's new template: the story's body now loads by script; the page keeps its
    # headline, date and lead, and loses most of the text.
    story = site.stories[0]
    site.publish(story, paragraphs=(story.paragraphs[0][:60],))
    report = run_crawl(config, now=datetime.now(UTC) + timedelta(hours=3))
    after = by_path(db, "SELECT * FROM articles")
    assert after == before | {site.paths[0]: after[site.paths[0]]}
    assert after[site.paths[0]]["text"] == before[site.paths[0]]["text"]
    assert after[site.paths[0]]["version"] == 1
    assert rows(db, "SELECT * FROM versions") == []
    assert report.updated == 0 and last_run(db)["frontier"]["template_changes"] == 1
    assert any("template" in warning for warning in report.warnings)


def test_kill_9_while_writing_new_versions_leaves_old_or_new(fault_site, tmp_path):
    """Every article edited, the revisits held after a few: kill -9 mid-run leaves each
    article either as it was (version 1) or fully replaced (version 2 and its kept
    version 1), never half; the next run finishes the rest."""
    count, free = 16, 6
    gate = faults.Gate(free=count + free)     # run 1's pages, then a few revisits
    try:
        site = RevisitSite(fault_site, count, gate)
        config, db = write_config(tmp_path, fault_site)
        with running("crawl", "--config", str(config)) as child:
            child.communicate(timeout=120)
        assert child.returncode == 0
        for story in list(site.stories):
            site.publish(story, paragraphs=(*story.paragraphs, "Đính chính: tòa soạn đã sửa một số liệu trong bài."))
        # Due now: the revisit times are moved back rather than the clock forward (a child process).
        with sqlite3.connect(db) as conn:
            conn.execute(f"UPDATE frontier SET discovered_at = {EARLIER.format('discovered_at')},"
                         f" fetched_at = {EARLIER.format('fetched_at')}")
        with running("crawl", "--config", str(config)) as child:
            end = time.monotonic() + 120
            while not gate.held.is_set() and time.monotonic() < end:
                assert child.poll() is None, child.communicate()
                gate.held.wait(0.05)
            assert gate.held.is_set()
            child.send_signal(signal.SIGKILL)
            child.wait()
        assert_old_or_new(db, count)
        gate.open()
        with running("crawl", "--config", str(config)) as child:
            _out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        assert_old_or_new(db, count)
        assert [r["version"] for r in rows(db, "SELECT version FROM articles")] == [2] * count, (
            rows(db, "SELECT f.* FROM frontier f JOIN articles a USING (url) WHERE a.version = 1"), err)
    finally:
        gate.open()


def assert_old_or_new(db, count: int) -> None:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    articles = rows(db, "SELECT a.*, r.body FROM articles a JOIN raw_pages r USING (url)")
    assert len(articles) == count
    for article in articles:
        kept = rows(db, "SELECT * FROM versions WHERE article_id = ?", [article["id"]])
        raw = zlib.decompress(article["body"]).decode()
        edited = "Đính chính" in article["text"]
        assert ("Đính chính" in raw) == edited, article["url"]
        if edited:
            assert article["version"] == 2 and len(kept) == 1 and "Đính chính" not in kept[0]["text"]
            assert "Đính chính" not in zlib.decompress(kept[0]["raw"]).decode()
        else:
            assert article["version"] == 1 and kept == []


def test_revisit_keys_are_validated_at_load():
    from crawler.config import parse_settings
    from crawler.errors import ConfigError

    site = {"name": "a", "start_urls": ["http://127.0.0.1/"]}
    settings = parse_settings({"crawl": {"revisit_after": ["2h", "3d"], "revisit_every": "90d"},
                               "sites": [site, {**site, "name": "b", "revisit_after": [], "revisit_every": ""}]})
    assert settings.crawl.revisit_schedule(settings.sites[0]) == ((7200, 3 * 86400), 90 * 86400)
    assert settings.crawl.revisit_schedule(settings.sites[1]) == ((), None)
    assert parse_settings({"sites": [site]}).crawl.revisit_schedule() == ((3600, 86400, 7 * 86400, 30 * 86400), None)
    for crawl_keys, message in [({"revisit_after": "1h"}, "crawl.revisit_after: expected a list"),
                                ({"revisit_after": ["1 hour"]}, "crawl.revisit_after: '1 hour' is not a duration"),
                                ({"revisit_every": "0d"}, "crawl.revisit_every: '0d' is not a duration")]:
        with pytest.raises(ConfigError, match=message):
            parse_settings({"crawl": crawl_keys, "sites": [site]})
    with pytest.raises(ConfigError, match=r"sites\[0\] \(a\)\.revisit_after: '7' is not a duration"):
        parse_settings({"sites": [{**site, "revisit_after": ["7"]}]})
