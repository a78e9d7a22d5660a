"""The real CLI against the real loopback fixture site: crawl, search, export, rerun."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from urllib.parse import urlsplit

from click.testing import CliRunner

from crawler import archive
from crawler.cli import main
from crawler.sample_site import PORTAL_STORIES

from . import fixture_site
from .fixture_site import assert_spaced


def run(*args):
    result = CliRunner().invoke(main, list(map(str, args)), catch_exceptions=False)
    return result


def rows(db_path, sql, params=()):
    with sqlite3.connect(db_path) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(sql, params)]


def test_crawl_search_export_rerun(sites, config_file, tmp_path):
    a, b, c = sites
    db = tmp_path / "archive.db"

    result = run("crawl", "--config", config_file)
    assert result.exit_code == 0, result.output
    assert "baotest:" in result.stderr and "congtest:" in result.stderr

    articles = rows(db, "SELECT * FROM articles ORDER BY url")
    by_site: dict[str, set[str]] = {}
    for row in articles:
        parts = urlsplit(row["url"])
        by_site.setdefault(row["site"], set()).add(parts.path + (f"?{parts.query}" if parts.query else ""))
    # Every article, found through links, pagination, the sitemap index and the feed; nothing else.
    assert by_site == fixture_site.ARTICLE_URLS
    # One row per canonical URL: print views and tracking variants are not separate articles.
    assert len(articles) == len({r["url"] for r in articles}) == 7

    story = {r["url"].rsplit("/", 1)[-1]: r for r in articles}
    first = story["thuong-truc-tinh-uy-lam-viec-voi-thanh-uy.html"]
    assert first["title"] == "Thường trực Tỉnh ủy làm việc với Ban Thường vụ Thành ủy Lạng Sơn"
    assert first["published"] == "2018-10-09T10:25:00+07:00"      # not the header's "today"
    assert first["author"] == "Phùng Khiêm"
    assert first["category"] == "Thời sự"
    text = first["text"]
    assert text.startswith("Sáng nay, đoàn công tác")                # the sapo leads
    assert "Đồng chí Bí thư Tỉnh ủy phát biểu tại buổi làm việc" in text   # photo caption
    assert "Nhiều chỉ tiêu vượt kế hoạch" in text                    # sub-heading
    for leak in ("Cùng chuyên mục", "Tin mới", "Đọc nhiều", "Hotline", "Giấy phép", "Lượt xem",
                 "18/05/2022", "PHÙNG KHIÊM", "Khởi công đường cao tốc", "Từ khóa", "Trang chủ"):
        assert leak not in text, leak
    for row in articles:   # a person's byline, or an office's as the source
        assert row["published"] and (row["author"] or row["source"]) and len(row["text"]) > 200, row["url"]

    portal = story["chi-tiet.aspx?ItemID=123"]
    assert portal["published"] == "2024-03-12"
    assert (portal["author"], portal["source"]) == (None, "Văn phòng UBND tỉnh")   # an office signs: no person
    assert "Các tin đã đưa" not in portal["text"] and PORTAL_STORIES[1].title not in portal["text"]

    # Raw HTML kept, compressed, for every article, with the response headers.
    assert rows(db, "SELECT COUNT(*) AS n FROM raw_pages")[0]["n"] == 7
    raw = archive.load_raw(archive.open_archive(db), first["url"])
    assert raw is not None
    raw_body, raw_headers = raw
    assert first["title"].encode("utf-8") in raw_body and b"C\xc3\xb9ng chuy\xc3\xaan m\xe1\xbb\xa5c" in raw_body
    # (Captured from the article or from its print view, whichever came first: same canonical URL.)
    assert raw_headers["content-type"] == "text/html; charset=utf-8"

    # Politeness: robots.txt read, its Disallow obeyed, our User-Agent on every request,
    # nothing sent to the host that is not a configured site.
    paths_a = [r.path for r in a.requests]
    assert paths_a[0] == "/robots.txt"
    assert not any(p.startswith("/private/") for p in paths_a)
    assert c.requests == []
    for request in a.requests + b.requests:
        assert request.headers["User-Agent"].startswith("provincial-news-archive-test/0.1")
    # The print view and the tracking link were never fetched as such.
    assert not any("print=1" in p or "utm_source" in p for p in paths_a)
    frontier = {r["url"].split("/", 3)[-1]: r for r in rows(db, "SELECT * FROM frontier")}
    assert frontier["missing.html"]["state"] == "gone" and frontier["missing.html"]["status"] == 404
    assert frontier["old-url.html"]["canonical"] is None or frontier["old-url.html"]["canonical"].endswith(
        "khoi-cong-duong-cao-toc-dong-dang-tra-linh.html")
    assert frontier["lien-he.html"]["kind"] != "article"

    # Search, without and with diacritics, through the CLI.
    for query in ("duong cao toc", "đường cao tốc", "DUONG CAO TOC", '"Đồng Đăng"'):
        result = run("search", query, "--db", db, "--json")
        assert result.exit_code == 0, result.output
        hits = [json.loads(line) for line in result.stdout.splitlines()]
        assert [h["title"] for h in hits] == ["Khởi công đường cao tốc Đồng Đăng – Trà Lĩnh"], query
        assert set(hits[0]) >= {"url", "title", "site", "published", "snippet"}
    result = run("search", "vai thieu", "--db", db, "--site", "congtest", "--json")
    assert result.stdout == ""
    result = run("search", "tiep cong dan", "--db", db, "--since", "2024-03", "--until", "2024-03-31", "--json")
    assert [json.loads(x)["site"] for x in result.stdout.splitlines()] == ["congtest"]
    result = run("search", '"unbalanced', "--db", db)
    assert result.exit_code == 2
    assert result.stderr.strip().startswith("Error: unbalanced quote") and len(result.stderr.strip().splitlines()) == 1

    # Export: JSON Lines and CSV, with filters.
    out = tmp_path / "all.jsonl"
    assert run("export", "--db", db, "--format", "jsonl", "--output", out).exit_code == 0
    exported = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(exported) == 7 and {e["url"] for e in exported} == {r["url"] for r in articles}
    result = run("export", "--db", db, "--format", "csv", "--site", "congtest")
    table = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {r["title"] for r in table} == {s.title for s in PORTAL_STORIES}
    result = run("export", "--db", db, "--format", "jsonl", "--query", "duong cao toc")
    assert len(result.stdout.splitlines()) == 1

    # Stats.
    result = run("stats", "--db", db, "--json")
    data = json.loads(result.stdout)
    assert data["total"] == 7
    assert {s["site"]: s["articles"] for s in data["sites"]} == {"baotest": 5, "congtest": 2}

    # Rerun: no article page is downloaded in full again; nothing new is stored twice.
    before_a, before_b = len(a.requests), len(b.requests)
    result = run("crawl", "--config", config_file)
    assert result.exit_code == 0, result.output
    again = a.requests[before_a:] + b.requests[before_b:]
    article_paths = set().union(*fixture_site.ARTICLE_URLS.values())
    full_article_gets = [r for r in again if r.path in article_paths and "If-None-Match" not in r.headers]
    assert full_article_gets == []
    assert len(again) < before_a + before_b
    # Deep pagination is not revisited: only list pages next to the start pages are.
    assert "/chuyen-muc/kinh-te?page=2" not in [r.path for r in again]
    assert "/chuyen-muc/kinh-te" in [r.path for r in again]
    # Its depth is the shortest path's (home → category), whatever order pages were analysed in.
    assert rows(db, "SELECT depth FROM frontier WHERE url = ?", [f"{a.base}/chuyen-muc/kinh-te"])[0]["depth"] == 1
    assert rows(db, "SELECT COUNT(*) AS n FROM articles")[0]["n"] == 7
    runs = rows(db, "SELECT * FROM runs ORDER BY id")
    assert len(runs) == 4 and runs[-1]["new_articles"] == 0


def test_new_article_found_on_rerun(sites, config_file, tmp_path):
    a, b, _c = sites
    db = tmp_path / "archive.db"
    assert run("crawl", "--config", config_file, "--site", "baotest").exit_code == 0
    story = fixture_site.DAILY[3]
    fresh = fixture_site.replace(story, slug="tin-moi-hom-nay", title="Khánh thành cầu mới bắc qua sông Kỳ Cùng")
    a.routes["/tin-moi-hom-nay.html"] = fixture_site.article(fresh, [])
    feed = a.routes["/rss/home.rss"].body.decode().replace(
        "</channel>", f"<item><title>x</title><link>{a.base}/tin-moi-hom-nay.html</link></item></channel>")
    a.routes["/rss/home.rss"] = fixture_site.xml_page(feed)
    assert run("crawl", "--config", config_file, "--site", "baotest").exit_code == 0
    titles = {r["title"] for r in rows(db, "SELECT title FROM articles")}
    assert "Khánh thành cầu mới bắc qua sông Kỳ Cùng" in titles


def test_page_budget_leaves_frontier_for_next_run(sites, config_file, tmp_path):
    db = tmp_path / "archive.db"
    assert run("crawl", "--config", config_file, "--site", "baotest", "--max-pages", "3").exit_code == 0
    first = rows(db, "SELECT COUNT(*) AS n FROM articles")[0]["n"]
    pending = rows(db, "SELECT COUNT(*) AS n FROM frontier WHERE state = 'pending'")[0]["n"]
    assert pending > 0
    # Each run refreshes the start page first (frontier.REFRESH_SHARE), then resumes the backlog.
    for _ in range(9):
        assert run("crawl", "--config", config_file, "--site", "baotest", "--max-pages", "3").exit_code == 0
    final = rows(db, "SELECT COUNT(*) AS n FROM articles")[0]["n"]
    assert first < final == 5
    assert all(r["pages"] <= 3 for r in rows(db, "SELECT pages FROM runs"))


def test_robots_sitemap_on_another_host_is_not_read(sites, config_file):
    a, _b, c = sites
    a.routes["/robots.txt"] = fixture_site.text_page(
        f"User-agent: *\nDisallow: /private/\nSitemap: {c.base}/sitemap.xml\nSitemap: {a.base}/sitemap_index.xml\n")
    assert run("crawl", "--config", config_file, "--site", "baotest").exit_code == 0
    assert c.requests == []
    assert "/sitemap-news.xml" in [r.path for r in a.requests]


def test_delay_between_requests_to_one_host(sites, tmp_path):
    a, b, _c = sites
    path = tmp_path / "config.toml"
    path.write_text(fixture_site.config_toml(a, b, tmp_path / "archive.db", delay=0.2), encoding="utf-8")
    assert run("crawl", "--config", path, "--site", "congtest").exit_code == 0
    assert_spaced([r.at for r in b.requests], 0.2)


def test_robots_crawl_delay_raises_the_gap(sites, tmp_path):
    a, b, _c = sites
    b.routes["/robots.txt"] = fixture_site.text_page("User-agent: *\nCrawl-delay: 0.3\n")
    path = tmp_path / "config.toml"
    path.write_text(fixture_site.config_toml(a, b, tmp_path / "archive.db", delay=0.0), encoding="utf-8")
    assert run("crawl", "--config", path, "--site", "congtest").exit_code == 0
    assert_spaced([r.at for r in b.requests], 0.3)
