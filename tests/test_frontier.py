"""The frontier's policy on loopback sites: a run ends with its budget, traps are not
followed and do not starve discovery, caps bound what one document adds, an unreachable
site fails alone, depth is the shortest path, soft 404s are not articles (issue 16)."""

from __future__ import annotations

import asyncio
import gzip
import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from datetime import date

import httpx
import pytest
from click.testing import CliRunner

from crawler import archive, discover
from crawler.cli import main
from crawler.config import CrawlSettings, Settings, SiteConfig, parse_settings
from crawler.crawl import crawl, crawl_async
from crawler.extract import Article
from crawler.frontier import trap_of
from crawler.page import canonical_for
from crawler.sample_site import STORIES, LoopbackSite, Response, html_page, render_daily, serve

from . import trap_site
from .processes import WITH_PEAK


def rows(db_path, sql, params=()):
    with sqlite3.connect(db_path) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(sql, params)]


def settings_for(tmp_path, sites: list[dict], **crawl) -> Settings:
    base = {"user_agent": "provincial-news-archive-test/0.1", "delay_seconds": 0.0, "concurrency": 4,
            "timeout_seconds": 10.0, "extract_processes": 1}
    return parse_settings({"archive": {"path": str(tmp_path / "archive.db")},
                           "crawl": {**base, **crawl}, "sites": sites})


def cli_config(tmp_path, sites: str):
    """A config.toml for ``crawler crawl`` over ``sites`` (its ``[[sites]]`` tables): no delay."""
    config = tmp_path / "config.toml"
    config.write_text(f"""[archive]
path = "{tmp_path / 'archive.db'}"
[crawl]
delay_seconds = 0
timeout_seconds = 5
extract_processes = 1
{sites}""", encoding="utf-8")
    return config


# -- 1. a run ends with its budget ---------------------------------------------

def test_run_ends_when_budget_is_spent_not_after_a_delay_per_leftover_url(tmp_path):
    site = LoopbackSite("127.0.0.1")
    page = render_daily(STORIES[0], "Báo", [], [])
    site.routes.update({f"/p/{i}.html": html_page(page) for i in range(3000)})
    site.routes["/"] = html_page("<html><body><a href='/p/0.html'>x</a></body></html>")
    delay, budget, queued = 0.05, 20, 3000
    with serve(site):
        settings = settings_for(tmp_path, [{"name": "a", "start_urls": [f"{site.base}/"]}],
                                delay_seconds=delay)
        db = archive.open_archive(settings.archive_path)
        with archive.transaction(db):
            archive.add_to_frontier(db, "a", [(f"{site.base}/p/{i}.html", "page", 1) for i in range(queued)])
        started = time.monotonic()
        [report] = crawl(settings, db, max_pages=budget)
        elapsed = time.monotonic() - started
    slots = queued * delay           # what booking a slot per leftover URL cost (150 s)
    assert report.pages == budget
    assert elapsed < slots / 5, (elapsed, slots)
    pages = [r for r in site.requests if r.path.startswith("/p/")]
    assert len(pages) == budget - 1          # the start page was one of the 20
    assert report.left_pending >= queued - len(pages)     # plus links found on the pages fetched
    assert rows(settings.archive_path, "SELECT COUNT(*) AS n FROM frontier WHERE state = 'pending'")[0]["n"] \
        == report.left_pending


def test_session_links_and_a_redirected_home_are_crawled_once(tmp_path):
    """Tomcat sends the first visitor from / to the home page with ;jsessionid= in its URL and
    in every link on it: the site is crawled under the plain URLs, each page fetched once."""
    site = LoopbackSite("127.0.0.1")
    session = ";jsessionid=9C1E4B7A02D3F58E61A0B4C7D2E9F315"
    links = "".join(f'<li><a href="/tin{session}?id={i}">{s.title}</a></li>' for i, s in enumerate(STORIES[:3]))
    home = f'<html><body><a href="/trang-chu.htm{session}">Trang chủ</a><ul>{links}</ul></body></html>'
    site.routes.update({
        "/": Response(b"", 302, (("Location", f"/trang-chu.htm{session}"),
                                 ("Set-Cookie", "JSESSIONID=9C1E4B7A02D3F58E61A0B4C7D2E9F315; Path=/"))),
        f"/trang-chu.htm{session}": html_page(home), "/trang-chu.htm": html_page(home),
        **{f"/tin?id={i}": html_page(render_daily(s, "Báo", [], [])) for i, s in enumerate(STORIES[:3])},
    })
    with serve(site):
        settings = settings_for(tmp_path, [{"name": "a", "start_urls": [f"{site.base}/"]}])
        [report] = crawl(settings, archive.open_archive(settings.archive_path))
    paths = [r.path for r in site.requests]
    assert len(paths) == len(set(paths)), paths                  # no page fetched twice
    assert {"/", "/trang-chu.htm", "/tin?id=0", "/tin?id=1", "/tin?id=2"} <= set(paths)
    assert not [p for p in paths if "session" in p.lower() or "%3b" in p.lower()], paths
    stored = {r["url"].split("/", 3)[-1] for r in rows(settings.archive_path, "SELECT url FROM articles")}
    assert stored == {"tin?id=0", "tin?id=1", "tin?id=2"} and report.new == 3
    assert report.left_pending == 0 and report.traps["session"] == 0


def test_a_canonical_that_cuts_off_the_items_id_stores_each_story_under_its_own_url(tmp_path):
    """A Liferay portlet's detail page: every story is "/web/guest/chi-tiet?id=N", and every one
    declares the same canonical, the path without the query ("/chi-tiet", an empty page). Each
    story is stored once, under its own address; a twin's canonical that keeps the id still
    joins it to its story."""
    site = LoopbackSite("127.0.0.1")
    stories = STORIES[:3]

    def story_page(story, canonical: str) -> Response:
        page = render_daily(story, "Cổng thông tin", [], [])
        return html_page(page.replace("</head>", f'<link rel="canonical" href="{canonical}"></head>', 1))

    links = "".join(f'<li><a href="/web/guest/chi-tiet?id={5120 + i}&_c=3">{s.title}</a></li>'
                    for i, s in enumerate(stories))   # served under the crawler's spelling: sorted
    site.routes.update({
        "/": html_page(f"<html><body><ul>{links}</ul>"
                       f'<a href="/web/guest/chi-tiet?id=5120&_c=3&print=1">In</a></body></html>'),
        "/chi-tiet": html_page("<html><body><p>Chi tiết</p></body></html>"),
        **{f"/web/guest/chi-tiet?_c=3&id={5120 + i}": story_page(s, "/chi-tiet") for i, s in enumerate(stories)},
        "/web/guest/chi-tiet?_c=3&id=5120&print=1": story_page(stories[0], "/web/guest/chi-tiet?id=5120&_c=3"),
    })
    with serve(site):
        config = cli_config(tmp_path, f"""[[sites]]
name = "cong"
start_urls = ["{site.base}/"]
""")
        result = CliRunner().invoke(main, ["crawl", "--config", str(config)])
    assert result.exit_code == 0, result.output
    stored = sorted(r["url"].split("/", 3)[-1] for r in rows(tmp_path / "archive.db", "SELECT url FROM articles"))
    assert stored == [f"web/guest/chi-tiet?_c=3&id={5120 + i}" for i in range(3)]


@pytest.mark.parametrize(("final", "canonical", "stored"), [
    ("/web/guest/chi-tiet?id=51248&_c=3", "/chi-tiet", "/web/guest/chi-tiet?id=51248&_c=3"),  # the id cut off
    ("/tin.aspx?NewsID=7", "/tin.aspx", "/tin.aspx?NewsID=7"),                              # a short id, by its name
    ("/tin.aspx?NewsID=1245&CatID=3", "/tin.aspx?NewsID=1245", "/tin.aspx?NewsID=1245"),    # a section's id: a twin
    ("/tin.aspx?id=1245&utm_source=zalo", "/tin-1245.html", "/tin-1245.html"),              # another path: trusted
    ("/bai-viet/1245?page=2", "/bai-viet/1245", "/bai-viet/1245"),                          # the id in the path
])
def test_a_canonical_is_trusted_unless_it_cuts_off_the_items_id(final, canonical, stored):
    base = "http://127.0.0.1:8080"
    article = Article(url=base + final, canonical_url=base + canonical)
    assert canonical_for(base + final, article, frozenset({"127.0.0.1:8080"})) == base + stored


# -- 2. one unreachable site fails alone -----------------------------------------

def test_a_site_whose_every_start_page_fails_is_lost_loudly(tmp_path):
    """A moved home page (404) and a broken feed: the run can find nothing new on the site, so
    it is UNREACHABLE and the crawl exits 5; a site whose feed alone fails is crawled as usual."""
    gone, fine = LoopbackSite("127.0.0.1"), LoopbackSite("127.0.0.2")
    gone.routes["/rss.xml"] = Response(b"oops", 500, (("Content-Type", "text/plain"),))
    fine.routes["/"] = html_page(f"<html><body><a href='/{STORIES[0].slug}.html'>{STORIES[0].title}</a></body></html>")
    fine.routes[f"/{STORIES[0].slug}.html"] = html_page(render_daily(STORIES[0], "Báo", [], []))
    with serve(gone, fine):
        config = cli_config(tmp_path, f"""[[sites]]
name = "doi-nha"
start_urls = ["{gone.base}/"]
feeds = ["{gone.base}/rss.xml"]
[[sites]]
name = "van-on"
start_urls = ["{fine.base}/"]
feeds = ["{fine.base}/rss.xml"]
""")
        result = CliRunner().invoke(main, ["crawl", "--config", str(config)])
    assert result.exit_code == 5, result.output
    assert "doi-nha: UNREACHABLE" in result.stderr and "every start page, feed and sitemap failed" in result.stderr
    assert "van-on: UNREACHABLE" not in result.stderr
    runs = {r["site"]: r for r in rows(tmp_path / "archive.db", "SELECT * FROM runs")}
    assert json.loads(runs["doi-nha"]["errors"])["unreachable"] == 1
    assert runs["doi-nha"]["failures"] == 2          # the two requests that failed, counted once
    assert json.loads(runs["van-on"]["errors"]).get("unreachable") is None
    assert runs["van-on"]["new_articles"] == 1


def test_unreachable_sites_fail_alone_and_the_run_exits_5(sites, tmp_path):
    a, _b, _c = sites
    with socket.socket() as probe:           # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    config = cli_config(tmp_path, f"""[[sites]]
name = "baotest"
start_urls = ["{a.base}/"]
[[sites]]
name = "mat-ten"
start_urls = ["https://khong-ton-tai.invalid/"]
[[sites]]
name = "tu-choi"
start_urls = ["http://127.0.0.1:{closed}/"]
""")
    result = CliRunner().invoke(main, ["crawl", "--config", str(config)])
    assert result.exit_code == 5, result.output
    assert "mat-ten: UNREACHABLE" in result.stderr and "tu-choi: UNREACHABLE" in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("Error: 2 of 3 sites could not be reached")
    db = tmp_path / "archive.db"
    assert rows(db, "SELECT COUNT(*) AS n FROM articles WHERE site = 'baotest'")[0]["n"] == 5
    runs = {r["site"]: r for r in rows(db, "SELECT * FROM runs")}
    for name in ("mat-ten", "tu-choi"):
        assert json.loads(runs[name]["errors"]) == {"unreachable": 1}
        assert runs[name]["pages"] == 0 and json.loads(runs[name]["frontier"])["unreachable"]
    assert json.loads(runs["baotest"]["errors"]).get("unreachable") is None
    # Persisting: loud in `sites` and `stats`, with how many runs in a row.
    CliRunner().invoke(main, ["crawl", "--config", str(config), "--site", "mat-ten"])
    listing = CliRunner().invoke(main, ["sites", "--config", str(config)]).output
    assert "mat-ten" in listing and "site unreachable" in listing and "unreachable in the last 2 runs" in listing
    stats = CliRunner().invoke(main, ["stats", "--db", str(db)]).output
    assert "! mat-ten: unreachable in the last 2 runs" in stats


# -- 3. a scheduling policy, traps -------------------------------------------------

def test_traps_do_not_starve_discovery_over_five_runs(tmp_path):
    site = LoopbackSite("127.0.0.1")
    site.routes = trap_site.TrapRoutes("")
    with serve(site):
        site.routes.base = site.base
        settings = settings_for(tmp_path, [{"name": "bay", "start_urls": [f"{site.base}/"],
                                            "feeds": [f"{site.base}/rss.xml"]}], max_page_number=3)
        db = archive.open_archive(settings.archive_path)
        reports = []
        for run in range(5):
            if run == 4:
                site.routes.fresh.append(replace(STORIES[2], slug="tin-moi-truoc-lan-5"))
            site.requests.clear()
            [report] = crawl(settings, db, max_pages=8)
            reports.append(report)
            paths = [r.path for r in site.requests]
            assert "/" in paths and "/rss.xml" in paths, (run, paths)     # refreshed every run
            assert report.pages <= 8
        assert "/tin-moi-truoc-lan-5.html" in paths
        assert reports[-1].new == 1
    urls = {r["url"].split("/", 3)[-1] for r in rows(settings.archive_path, "SELECT url FROM articles")}
    assert urls == {f"{s.slug}.html" for s in trap_site.ARTICLES} | {"tin-moi-truoc-lan-5.html"}
    traps = sum((r.traps for r in reports), start=type(reports[0].traps)())
    assert traps["calendar"] >= 1 and traps["session"] >= 1 and traps["pagination"] >= 1
    fetched = rows(settings.archive_path, "SELECT url FROM frontier WHERE url LIKE '%page=%' AND state = 'done'")
    assert len(fetched) <= 2                  # ?page=2 and ?page=3, never past the limit
    assert "traps not followed" in reports[0].summary() or "traps not followed" in reports[1].summary()
    stats = CliRunner().invoke(main, ["stats", "--db", str(settings.archive_path)]).output
    assert "traps not followed" in stats


def test_trap_rules():
    settings = CrawlSettings(max_page_number=100, calendar_days=92)
    today = date(2026, 11, 30)
    assert trap_of("http://h/tin?page=101", settings, today) == "pagination"
    assert trap_of("http://h/chuyen-muc/trang-2", settings, today) is None
    assert trap_of("http://h/chuyen-muc/trang/250", settings, today) == "pagination"
    assert trap_of("http://h/date/2023/01/01", settings, today) == "calendar"
    assert trap_of("http://h/2026/11/29/", settings, today) is None
    assert trap_of("http://h/2099/01", settings, today) == "calendar"
    assert trap_of("http://h/2023/01/01/bai-viet.html", settings, today) is None   # an article
    assert trap_of("http://h/a?PHPSESSID=abc", settings, today) == "session"
    assert trap_of("http://h/a?sid=abc&x=1", settings, today) == "session"
    assert trap_of("http://h/a?sid=5f2b9c0e7d1a4e3b", settings, today) == "session"
    assert trap_of("http://h/ChiTiet.aspx?sid=12&id=3456", settings, today) is None   # a section's number
    assert trap_of("http://h/?p=123456", settings, today) is None                 # a WordPress post
    assert trap_of("http://h/p-123456.html", settings, today) is None


# -- 4. caps ---------------------------------------------------------------------

def test_document_caps_count_what_they_drop():
    index = ("<sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
             + "".join(f"<sitemap><loc>http://h/s{i}.xml</loc></sitemap>" for i in range(5000)) + "</sitemapindex>")
    found = discover.parse_sitemap(index.encode(), "http://h/", max_children=1000)
    assert len(found.sitemaps) == 1000 and found.dropped == 4000
    feed = "<rss><channel>" + "".join(f"<item><link>http://h/{i}</link></item>" for i in range(300)) + "</channel></rss>"
    found = discover.parse_feed(feed.encode(), "http://h/", max_urls=100)
    assert len(found.pages) == 100 and found.dropped == 200
    plain = "\n".join(f"http://h/{i}" for i in range(300)).encode()
    found = discover.parse_sitemap(gzip.compress(plain), "http://h/", max_urls=10)
    assert len(found.pages) == 10 and found.dropped == 290




# The sitemap's entries kept (the rest counted): a cap below the default's 50,000, so that the
# run spends its time on the 800,000-entry document's memory bound, not on canonicalising URLs;
# and the link page's links, twenty times the per-page cap.
SITEMAP_CAP = 5_000
LINK_PAGE = 20_000


def test_huge_sitemap_and_link_page_add_at_most_the_caps(tmp_path):
    n = 800_000
    site = LoopbackSite("127.0.0.1")
    with serve(site):
        body = b"".join([b"<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>",
                         *(b"<url><loc>/a/%d</loc></url>" % i for i in range(n)), b"</urlset>"])
        assert len(body) < discover.MAX_SITEMAP_BYTES
        site.routes["/sitemap.xml.gz"] = Response(gzip.compress(body, 6), 200, (("Content-Type", "application/gzip"),))
        del body
        links = "".join(f'<a href="/l/{i}.html">{i}</a>' for i in range(LINK_PAGE))
        site.routes["/"] = html_page(f"<html><body>{links}</body></html>")
        config = tmp_path / "config.toml"
        config.write_text(f"""
[archive]
path = "{tmp_path / 'archive.db'}"
[crawl]
delay_seconds = 0
extract_processes = 1
max_pages_per_run = 50
max_urls_per_document = {SITEMAP_CAP}
timeout_seconds = 300
[[sites]]
name = "lon"
start_urls = ["{site.base}/"]
sitemaps = ["{site.base}/sitemap.xml.gz"]
""", encoding="utf-8")
        peak_file = tmp_path / "peak.txt"
        child = subprocess.run([sys.executable, "-c", WITH_PEAK, "crawl", "--config", str(config)],
                               capture_output=True, text=True, timeout=300,
                               env={**os.environ, "PEAK_FILE": str(peak_file)})
    assert child.returncode == 0, child.stderr
    settings = CrawlSettings()
    count = rows(tmp_path / "archive.db", "SELECT COUNT(*) AS n FROM frontier")[0]["n"]
    assert count <= SITEMAP_CAP + settings.max_links_per_page + 10
    frontier = json.loads(rows(tmp_path / "archive.db", "SELECT frontier FROM runs")[0]["frontier"])
    assert frontier["dropped"]["urls-per-document"] >= n - SITEMAP_CAP - 10
    home = rows(tmp_path / "archive.db", "SELECT state FROM frontier WHERE url = ?", [f"{site.base}/"])
    assert home == [{"state": "done"}], (home, child.stderr)
    assert frontier["dropped"]["links-per-page"] == LINK_PAGE - settings.max_links_per_page
    assert "dropped by caps" in child.stderr
    peak_mb = int(peak_file.read_text()) / 1024
    assert peak_mb < 300, peak_mb              # the whole document in memory took 687 MB


# -- 5. configured hosts as canonicalisation writes them ---------------------------

def test_configured_hosts_match_canonical_spelling():
    site = SiteConfig("a", ("http://host:80/", "https://xn--bcher-kva.example/"))
    assert site.hosts == {"host", "bücher.example"}


def _mock_site(pages: dict[str, str]) -> httpx.AsyncClient:
    def handler(request: httpx.Request) -> httpx.Response:
        body = pages.get(str(request.url.copy_with(query=None)))
        status, body = (404, "<html><body>404</body></html>") if body is None else (200, body)
        return httpx.Response(status, stream=httpx.ByteStream(body.encode()),
                              headers={"Content-Type": "text/html; charset=utf-8"})
    return httpx.AsyncClient(transport=httpx.MockTransport(handler))


@pytest.mark.parametrize("start, base", [("http://bao.example:80/", "http://bao.example"),
                                          ("http://xn--bo-lna.example/", "http://xn--bo-lna.example")])
def test_default_port_and_punycode_start_urls_are_followed(tmp_path, start, base):
    story = render_daily(STORIES[0], "Báo", [], [])
    pages = {f"{base}/": "<html><body><a href='/bai-1.html'>1</a></body></html>",
             f"{base}/robots.txt": "", f"{base}/bai-1.html": story}
    settings = settings_for(tmp_path, [{"name": "a", "start_urls": [start]}])
    db = archive.open_archive(settings.archive_path)

    async def go():
        async with _mock_site(pages) as client:
            return await crawl_async(settings, db, list(settings.sites), client=client)
    [report] = asyncio.run(go())
    assert report.new == 1 and not report.warnings


def test_warning_when_start_page_links_never_match_the_site(tmp_path):
    pages = {"http://bao.example/": "<html><body><a href='http://www.khac.example/a.html'>1</a>"
                                    "<a href='http://www.khac.example/b.html'>2</a></body></html>",
             "http://bao.example/robots.txt": ""}
    settings = settings_for(tmp_path, [{"name": "a", "start_urls": ["http://bao.example/"]}])
    db = archive.open_archive(settings.archive_path)

    async def go():
        async with _mock_site(pages) as client:
            return await crawl_async(settings, db, list(settings.sites), client=client)
    [report] = asyncio.run(go())
    assert report.warnings and "none of the 2 links of start page" in report.warnings[0]
    assert "WARNING: none of the 2 links" in report.summary()


# -- 6. depth does not depend on arrival order --------------------------------------

def test_shortest_depth_wins_whatever_order_links_arrive_in(tmp_path):
    from crawler.crawl import Crawler
    from crawler.frontier import Item

    settings = settings_for(tmp_path, [{"name": "a", "start_urls": ["http://bao.example/"]}])
    db = archive.open_archive(settings.archive_path)
    client = httpx.AsyncClient()
    try:
        crawler = Crawler(settings, db, client, list(settings.sites))
        state = crawler.sites["a"]
        deep = Item("http://bao.example/x/y/z.html", "a", "article", depth=3)
        home = Item("http://bao.example/", "a", "start", depth=0, work="start")
        section = "http://bao.example/chuyen-muc/kinh-te"
        with crawler.writes.page():                      # the deep page's links arrive first...
            crawler._record_links(state, deep, discover.Discovered(pages=(section,)))
        crawler.writes.commit()
        assert rows(settings.archive_path, "SELECT depth FROM frontier")[0]["depth"] == 4
        with crawler.writes.page():                      # ...then the home page's
            crawler._record_links(state, home, discover.Discovered(pages=(section,)))
        crawler.writes.commit()
        assert rows(settings.archive_path, "SELECT depth FROM frontier")[0]["depth"] == 1
        queued = [item for _host, q in crawler.scheduler.queues.items() for _key, item in sorted(q)]
        assert queued[0].url == section and queued[0].depth == 1
    finally:
        asyncio.run(client.aclose())


# -- 7. soft 404s ---------------------------------------------------------------------

class _Fallback(dict):
    """Known routes, and ``fallback`` (served 200) for every other path."""

    def __init__(self, routes, fallback):
        super().__init__(routes)
        self.fallback = fallback

    def get(self, key, default=None):
        return super().get(key) or (None if key.endswith("robots.txt") else self.fallback)


def test_soft_404s_are_not_articles(tmp_path):
    gone = replace(STORIES[1], title="Không tìm thấy trang bạn yêu cầu")
    own_404 = replace(STORIES[2], title="Thông báo từ tòa soạn")
    home = ("<html><body><a href='/{0}.html'>a</a><a href='/bai-da-xoa.html'>b</a>"
            "<a href='/khong-con.html'>c</a></body></html>")
    one, two = LoopbackSite("127.0.0.1"), LoopbackSite("127.0.0.1")
    one.routes = {"/": html_page(home.format(STORIES[0].slug)),
                  f"/{STORIES[0].slug}.html": html_page(render_daily(STORIES[0], "Báo", [], [])),
                  "/bai-da-xoa.html": html_page(render_daily(gone, "Báo", [], []))}
    # The second site answers every unknown path with 200 and the same dated notice.
    two.routes = _Fallback({"/": html_page(home.format(STORIES[3].slug)),
                            f"/{STORIES[3].slug}.html": html_page(render_daily(STORIES[3], "Báo", [], []))},
                           html_page(render_daily(own_404, "Báo", [], [])))
    with serve(one, two):
        settings = settings_for(tmp_path, [{"name": "mot", "start_urls": [f"{one.base}/"]},
                                           {"name": "hai", "start_urls": [f"{two.base}/"]}])
        db = archive.open_archive(settings.archive_path)
        reports = {r.site: r for r in crawl(settings, db)}
    assert reports["mot"].soft_404 == 1 and reports["mot"].new == 1       # the title says so
    assert reports["hai"].soft_404 == 2 and reports["hai"].new == 1       # reads as its own 404 page
    titles = {r["title"] for r in rows(settings.archive_path, "SELECT title FROM articles")}
    assert titles == {STORIES[0].title, STORIES[3].title}
    assert "2 soft 404s" in reports["hai"].summary()


# -- 7. revisits of stored articles (issue 13) ---------------------------------------

def test_revisit_schedule_decays_with_age():
    from datetime import UTC, datetime, timedelta

    from crawler.frontier import revisit_due

    seen = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)
    offsets = (3600, 86400, 7 * 86400, 30 * 86400)
    at = lambda **kw: seen + timedelta(**kw)  # noqa: E731
    # Fetched when first seen: due after an hour, not before.
    assert revisit_due(seen, seen, at(minutes=59), offsets, None) is None
    assert revisit_due(seen, seen, at(hours=5), offsets, None) == at(hours=1)
    # Revisited at 2 hours: next due at 1 day; a run that missed days is due at the missed checkpoint.
    assert revisit_due(seen, at(hours=2), at(hours=23), offsets, None) is None
    assert revisit_due(seen, at(hours=2), at(days=3), offsets, None) == at(days=1)
    assert revisit_due(seen, at(days=3), at(days=20), offsets, None) == at(days=7)
    # After the last offset: never, or every ``revisit_every``.
    assert revisit_due(seen, at(days=31), at(days=400), offsets, None) is None
    assert revisit_due(seen, at(days=31), at(days=100), offsets, 90 * 86400) is None
    assert revisit_due(seen, at(days=31), at(days=121), offsets, 90 * 86400) == at(days=120)
    assert revisit_due(seen, at(days=125), at(days=300), offsets, 90 * 86400) == at(days=210)
    # A backlog article first fetched a day after it was seen skips the checkpoints before.
    assert revisit_due(seen, at(days=1, hours=1), at(days=2), offsets, None) is None


def test_revisits_most_overdue_first_within_the_limit(tmp_path):
    from datetime import UTC, datetime, timedelta

    from crawler.extract import Article
    from crawler.frontier import article_revisits

    db = archive.open_archive(tmp_path / "archive.db")
    now = datetime(2024, 6, 1, tzinfo=UTC)
    iso = lambda **kw: (now - timedelta(**kw)).isoformat()  # noqa: E731
    # (url, first seen, last fetched, state): when each became due.
    frontier = [("a", iso(hours=2), iso(hours=2), "done"),          # due 1 h ago
                ("b", iso(days=3), iso(days=3), "done"),            # due 2 days 23 hours ago
                ("c", iso(days=3), iso(days=2), "done"),            # checked at 1 day: not due until 7
                ("d", iso(days=10), iso(days=9), "gone"),           # removed, revisited too: due 3 days ago
                ("e", iso(minutes=30), iso(minutes=30), "done"),    # seen half an hour ago
                ("f", iso(days=400), iso(days=300), "done"),        # past the schedule
                ("g", iso(days=3), iso(days=3), "failed")]          # failing: the retry tier's
    with archive.transaction(db):
        for url, seen, fetched, state in frontier:
            archive.save_article(db, "s", f"http://x/{url}", Article(url=url, title=url, text=url * 50), fetched)
            db.execute("INSERT INTO frontier (url, site, kind, state, depth, discovered_at, fetched_at)"
                       " VALUES (?, 's', 'article', ?, 1, ?, ?)", [f"http://x/{url}", state, seen, fetched])
        db.execute("INSERT INTO frontier (url, site, kind, state, depth, discovered_at, fetched_at)"
                   " VALUES ('http://x/list', 's', 'list', 'done', 1, ?, ?)", [iso(days=3), iso(days=3)])
    schedule = ((3600, 86400, 7 * 86400, 30 * 86400), None)
    due = lambda limit: [r["url"][9:] for r in article_revisits(db, "s", limit, schedule, now)]  # noqa: E731
    assert due(10) == ["d", "b", "a"]
    assert due(2) == ["d", "b"] and due(0) == []
    assert article_revisits(db, "s", 10, ((), None), now) == []       # revisits off
    db.conn.close()


def test_revisits_have_their_share_and_never_starve_new_articles(tmp_path):
    """40 stored articles all due, 40 new ones waiting, a budget of 20: the revisits get
    their share (REVISIT_SHARE) and no more, the new articles the rest."""
    from datetime import UTC, datetime, timedelta

    from crawler.frontier import REVISIT_SHARE

    base = "http://bao.example"
    stories = [replace(STORIES[i % len(STORIES)], slug=f"bai-{i}", title=f"{STORIES[i % len(STORIES)].title} {i}",
                       published=f"{i % 28 + 1:02d}/{i // 28 + 1:02d}/2024 08:00") for i in range(80)]
    pages = {f"{base}/robots.txt": ""}

    def publish(count: int) -> None:
        pages[f"{base}/"] = "<html><body>" + "".join(
            f"<a href='/{s.slug}.html'>{s.title}</a>" for s in stories[:count]) + "</body></html>"
        pages.update({f"{base}/{s.slug}.html": render_daily(s, "Báo", [], []) for s in stories[:count]})

    settings = settings_for(tmp_path, [{"name": "a", "start_urls": [f"{base}/"]}])
    db = archive.open_archive(settings.archive_path)

    def run(budget: int, now=None):
        async def go():
            async with _mock_site(pages) as client:
                return await crawl_async(settings, db, list(settings.sites), max_pages=budget,
                                         client=client, now=now)
        return asyncio.run(go())[0]

    publish(40)
    assert run(100).new == 40
    publish(80)
    report = run(20, now=datetime.now(UTC) + timedelta(hours=3))
    share = int(20 * REVISIT_SHARE)
    assert report.by_kind["revisit"] == share
    assert report.pages == 20 and report.new == 20 - share - report.by_kind["start"]
    # The next run: revisits still get their share although the backlog of new pages is larger than the budget.
    report = run(20, now=datetime.now(UTC) + timedelta(hours=3))
    assert report.by_kind["revisit"] == share and report.new == 20 - share - report.by_kind["start"]
    db.conn.close()
