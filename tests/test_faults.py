"""Hostile network and sites, for real, on loopback: every fault ends as a counted failure
of that URL (or a successful retry) and the run goes on, in bounded memory.

One crawl, in a child process (so its peak memory is its own), of a site whose
home page links to every misbehaving route; robots.txt faults sit on hosts of
their own. Each test below checks one family of faults in that run's archive.
"""

from __future__ import annotations

import gzip
import itertools
import os
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from crawler.sample_site import STORIES, loopback_host, render_daily, render_list, render_sitemap

from . import faults
from .processes import WITH_PEAK
from .test_extract import _to_cp1258

GIB = 1 << 30
TIMEOUT = 3        # the run's per-request deadline (the drip route must hit it)


def story(n: int, tag: str):
    base = STORIES[n % len(STORIES)]
    return replace(base, slug=f"bai-{tag}", title=f"{base.title} ({tag})")


def page(s, encoding: str = "utf-8") -> str:
    return render_daily(s, "Báo Thử Nghiệm", [], [], lambda x: f"/{x.slug}.html")


FAULTY_LINKS = {
    # path → what it does
    "/big-declared": "Content-Length over the cap",
    "/big-streamed": "8 MiB without Content-Length",
    "/gzip-bomb": "1 MiB of gzip expanding to 1 GiB",
    "/deflate-bomb": "1 MiB of deflate expanding to 1 GiB",
    "/br-bomb": "3 KB of brotli expanding to 2 GiB",
    "/drip": "one byte a second, forever",
    "/loop-a": "redirect loop a → b → a",
    "/chain-0": "ten redirects in a row",
    "/offsite": "redirect to a host outside the site",
    "/ftp": "redirect to ftp://",
    "/numeric-host": "redirect to http://2130706433/ (127.0.0.1 written as a number)",
    "/flaky": "500 once, then the article",
    "/reset": "connection reset once, then the article",
    "/always-500": "500 every time",
    "/pdf": "a PDF served as text/html",
    "/empty": "an empty 200",
    "/truncated": "an article cut off mid-tag",
    "/entities": "an article written in HTML entities",
    "/cp1258": "windows-1258, charset declared late",
    "/utf8-as-latin1": "UTF-8 declared as ISO-8859-1",
}


def build(site: faults.FaultServer, huge_robots: faults.FaultServer, broken_robots: faults.FaultServer,
          garbage_robots: faults.FaultServer, limited: faults.FaultServer) -> dict:
    """Routes of the faulty site; returns the stories that must end up archived, by path."""
    expect = {}
    good = [story(i, f"tot-{i}") for i in range(2)]
    for s in good:
        site.html(f"/{s.slug}.html", page(s))
        expect[f"/{s.slug}.html"] = s
    links = "".join(f'<li><a href="{p}">{what}</a></li>' for p, what in FAULTY_LINKS.items())
    home = render_list("Trang chủ", "Báo Thử Nghiệm", good, lambda x: f"/{x.slug}.html")
    site.html("/", home.replace("</body>", f"<ul>{links}</ul></body>"))
    site.html("/robots.txt", f"User-agent: *\nAllow: /\nSitemap: {site.base}/sitemap-index.xml\n")

    site.route("/big-declared", lambda h: h.stream([b"<html>" * 100],
                                                   **{"Content-Length": str(50 * faults.MIB)}))
    site.route("/big-streamed", lambda h: h.stream(b"<p>" + bytes(faults.MIB) for _ in range(8)))
    bombs = {"gzip": faults.gzip_bomb(GIB), "deflate": faults.deflate_bomb(GIB), "br": faults.brotli_bomb(2 * GIB)}
    for coding, body in bombs.items():
        site.route(f"/{coding}-bomb",
                   lambda h, body=body, coding=coding: h.send(200, body, Content_Encoding=coding))  # type: ignore[misc]
    site.route("/drip", faults.drip)
    site.route("/loop-a", faults.redirect("/loop-b"))
    site.route("/loop-b", faults.redirect("/loop-a"))
    for i in range(10):
        site.route(f"/chain-{i}", faults.redirect(f"/chain-{i + 1}"))
    site.route("/offsite", faults.redirect(f"http://{loopback_host('127.0.0.9')}:{site.port}/elsewhere"))
    site.route("/ftp", faults.redirect(f"ftp://{site.host}/file.html"))
    site.route("/numeric-host", faults.redirect(f"http://2130706433:{site.port}/secret"))
    site.route("/secret", faults.status(200))

    recovering = {
        "/flaky": faults.status(500),
        "/reset": lambda h: h.reset(),
    }
    for n, (path, first) in enumerate(recovering.items()):
        s = story(n, path.strip("/"))
        site.route(path, faults.first_then(first, lambda h, s=s: h.send(200, page(s).encode())))  # type: ignore[misc]
        expect[path] = s
    site.route("/always-500", faults.status(500))
    site.route("/pdf", lambda h: h.send(200, b"%PDF-1.7\n" + os.urandom(20000), "text/html"))
    site.route("/empty", lambda h: h.send(200, b""))
    cut = page(story(1, "cut"))
    site.route("/truncated", lambda h: h.send(200, cut[: len(cut) * 2 // 3].encode()))
    ent = story(2, "thuc-the")
    site.route("/entities", lambda h: h.send(200, page(ent).encode("ascii", "xmlcharrefreplace")))
    expect["/entities"] = ent
    legacy = story(3, "cp1258")
    late = page(legacy).replace('<meta charset="utf-8">', "").replace(
        "</body>", '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></body>')
    site.route("/cp1258", lambda h: h.send(200, _to_cp1258(late), "text/html"))
    expect["/cp1258"] = legacy
    mislabelled = story(0, "latin1")
    site.route("/utf8-as-latin1", lambda h: h.send(
        200, page(mislabelled).replace('<meta charset="utf-8">', '<meta charset="ISO-8859-1">').encode(),
        "text/html; charset=ISO-8859-1"))
    expect["/utf8-as-latin1"] = mislabelled

    # Sitemaps: an index that lists itself, a loop through a second index, junk, a bomb, and one good gzip sitemap.
    from_sitemap = story(1, "tu-sitemap")
    site.html(f"/{from_sitemap.slug}.html", page(from_sitemap))
    expect[f"/{from_sitemap.slug}.html"] = from_sitemap
    index = ('<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             + "".join(f"<sitemap><loc>{site.base}{p}</loc></sitemap>" for p in (
                 "/sitemap-index.xml", "/index-2.xml", "/not-xml.xml", "/truncated.xml", "/laughs.xml",
                 "/good.xml.gz")) + "</sitemapindex>")
    site.route("/sitemap-index.xml", lambda h: h.send(200, index.encode(), "application/xml"))
    site.route("/index-2.xml", lambda h: h.send(200, index.replace("/index-2.xml", "/x").encode(), "application/xml"))
    site.route("/not-xml.xml", lambda h: h.send(200, b"\x89PNG\r\n\x1a\n" + os.urandom(3000), "application/xml"))
    site.route("/truncated.xml", lambda h: h.send(200, render_sitemap(site.base, ["/a.html", "/b.html"])[:120].encode(),
                                                  "application/xml"))
    site.route("/laughs.xml", lambda h: h.send(200, faults.BILLION_LAUGHS, "application/xml"))
    site.route("/good.xml.gz", lambda h: h.send(
        200, gzip.compress(render_sitemap(site.base, [f"/{from_sitemap.slug}.html"]).encode()), "application/x-gzip"))

    # robots.txt faults, one host each: over the size cap, 5xx, binary garbage.
    huge_robots.route("/robots.txt", lambda h: h.send(200, b"User-agent: *\nDisallow: /x\n" * 40000, "text/plain"))
    huge_robots.html("/", home)
    broken_robots.route("/robots.txt", faults.status(503))
    broken_robots.html("/", home)
    garbage_robots.route("/robots.txt", lambda h: h.send(200, os.urandom(4000) + b"\nDisallow /\n:::", "text/plain"))
    garbage = story(0, "robots-rac")
    garbage_robots.html("/", render_list("Trang chủ", "Báo", [garbage], lambda x: f"/{x.slug}.html"))
    garbage_robots.html(f"/{garbage.slug}.html", page(garbage))
    # A host that asks us to slow down (it gets slower for the rest of the run, so it has a site of its own).
    calm = [story(i, f"cham-{i}") for i in range(3)]
    limited.route("/robots.txt", faults.status(404))
    limited.html("/", render_list("Trang chủ", "Báo", calm[:1], lambda x: f"/{x.slug}.html").replace(
        "</body>", '<a href="/rate-limited">a</a> <a href="/unavailable">b</a></body>'))
    limited.html(f"/{calm[0].slug}.html", page(calm[0]))
    limited.route("/rate-limited", faults.first_then(faults.status(429, Retry_After="1"),
                                                     lambda h: h.send(200, page(calm[1]).encode())))
    limited.route("/unavailable", faults.first_then(
        lambda h: faults.status(503, Retry_After=faults.http_date_in(2))(h),
        lambda h: h.send(200, page(calm[2]).encode())))
    return expect


SITE_NAMES = ("faulty", "hugerobots", "brokenrobots", "garbagerobots", "ratelimited")   # one per server

CONFIG = """
[archive]
path = "{db}"

[crawl]
user_agent = "provincial-news-archive-test/0.1"
delay_seconds = 0
concurrency = 4
timeout_seconds = {timeout}
"""


def config_text(db: Path, servers) -> str:
    sites = "".join(f'\n[[sites]]\nname = "{name}"\nstart_urls = ["{server.base}/"]\n'
                    for name, server in zip(SITE_NAMES, servers, strict=True))
    return CONFIG.format(db=db, timeout=TIMEOUT) + sites



@pytest.fixture(scope="module")
def faulty_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("faults")
    servers = (faults.FaultServer("127.0.0.1"), faults.FaultServer(loopback_host("127.0.0.2")),
               faults.FaultServer(loopback_host("127.0.0.3")), faults.FaultServer(loopback_host("127.0.0.4")),
               faults.FaultServer(loopback_host("127.0.0.5")))
    with faults.serve(*servers):
        expect = build(*servers)
        db = tmp / "archive.db"
        config = tmp / "config.toml"
        config.write_text(config_text(db, servers), encoding="utf-8")
        started = time.monotonic()
        peak_file = tmp / "peak.txt"
        child = subprocess.run([sys.executable, "-c", WITH_PEAK, "crawl", "--config", str(config)],
                               capture_output=True, text=True, cwd=tmp, timeout=120,
                               env={**os.environ, "PEAK_FILE": str(peak_file)})
        elapsed = time.monotonic() - started
        stderr = child.stderr
    yield {"servers": servers, "expect": expect, "db": db, "stderr": stderr, "elapsed": elapsed,
           "exit": child.returncode,
           "peak_mb": int(peak_file.read_text()) / 1024 if peak_file.exists() else None}


def frontier(db: Path) -> dict[str, dict]:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        return {row["url"].split("/", 3)[-1]: dict(row) for row in conn.execute("SELECT * FROM frontier")}


def articles(db: Path) -> dict[str, dict]:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        return {row["url"]: dict(row) for row in conn.execute("SELECT * FROM articles")}


def test_the_run_ends_well_and_in_bounded_memory(faulty_run):
    # 5: brokenrobots (robots.txt 503) could not be crawled at all; every other site was.
    assert faulty_run["exit"] == 5, faulty_run["stderr"]
    assert "brokenrobots: UNREACHABLE" in faulty_run["stderr"]
    assert "Traceback" not in faulty_run["stderr"]
    # 1 GiB + 1 GiB + 2 GiB of bombs and 8 MiB streams went by; a crawl needs ~100 MB.
    if sys.platform == "linux":
        assert faulty_run["peak_mb"] is not None and faulty_run["peak_mb"] < 250, faulty_run["peak_mb"]
    # The drip is cut by the total deadline; retries wait seconds, not minutes.
    assert faulty_run["elapsed"] < 60
    with sqlite3.connect(faulty_run["db"]) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_oversized_bodies_and_bombs_fail_by_size(faulty_run):
    rows = frontier(faulty_run["db"])
    for path in ("big-declared", "big-streamed", "gzip-bomb", "deflate-bomb", "br-bomb"):
        assert rows[path]["state"] == "failed", path
        assert "cap" in rows[path]["error"], (path, rows[path]["error"])
    assert "too-large 5" in faulty_run["stderr"]


def test_drip_hits_the_total_deadline(faulty_run):
    row = frontier(faulty_run["db"])["drip"]
    assert row["state"] == "failed" and f"within {TIMEOUT} s" in row["error"]


def test_redirect_faults_are_refused(faulty_run):
    rows = frontier(faulty_run["db"])
    assert "loop" in rows["loop-a"]["error"]
    assert "more than 5 redirects" in rows["chain-0"]["error"]
    assert "outside the site" in rows["offsite"]["error"]
    assert "unusable URL" in rows["ftp"]["error"] or "outside the site" in rows["ftp"]["error"]
    assert "outside the site" in rows["numeric-host"]["error"]
    served = faulty_run["servers"][0].requests
    assert "/secret" not in served and "/elsewhere" not in served and "/chain-6" not in served


def test_transient_errors_are_retried_with_backoff(faulty_run):
    site = faulty_run["servers"][0]
    stored = articles(faulty_run["db"])
    for path in ("/flaky", "/reset"):
        assert site.hits[path] == 2, path
        assert f"{site.base}{path}" in stored, path
    # A URL that never recovers is tried 1 + 2 times, with growing pauses, then counted as failed.
    assert site.hits["/always-500"] == 3
    times = [t for t, path in site.times if path == "/always-500"]
    assert times[1] - times[0] >= 0.9 and times[2] - times[1] >= 1.9
    assert frontier(faulty_run["db"])["always-500"]["state"] == "failed"


def test_429_and_503_wait_for_retry_after_and_slow_the_host(faulty_run):
    limited = faulty_run["servers"][4]
    stored = articles(faulty_run["db"])
    for path in ("/rate-limited", "/unavailable"):
        assert limited.hits[path] == 2, path
        assert f"{limited.base}{path}" in stored, path
    first: dict[str, float] = {}
    for t, path in limited.times:
        if path in first:
            # Retry-After: 1, and an HTTP-date 2 s ahead (whole seconds, so at least 1 s).
            assert t - first[path] >= 0.95, path
        first.setdefault(path, t)
    # Once the 429 has been read (requests already in flight aside), that host's
    # requests are at least a second apart for the rest of the run.
    after = [t for t, _ in limited.times if t >= first["/rate-limited"] + 0.5]
    assert len(after) >= 3 and all(b - a >= 0.95 for a, b in itertools.pairwise(after)), after
    assert "ratelimited:" in faulty_run["stderr"] and "2 retried" in faulty_run["stderr"]


def test_robots_faults(faulty_run):
    huge, broken, garbage = faulty_run["servers"][1:4]
    # Over the cap: its head (Disallow: /x, repeated) is used, and the host is crawled.
    assert huge.requests[0] == "/robots.txt" and "/" in huge.requests
    assert not any(path.startswith("/x") for path in huge.requests)
    assert broken.requests == ["/robots.txt"]        # 503: host left alone this run
    assert "/" in garbage.requests                   # unparseable: treated as no rules
    assert any(a["site"] == "garbagerobots" for a in articles(faulty_run["db"]).values())


def test_bad_content_never_stops_the_run_and_text_is_right(faulty_run):
    rows = frontier(faulty_run["db"])
    for path in ("pdf", "empty", "truncated"):
        assert rows[path]["state"] in ("done", "failed"), path
    stored = articles(faulty_run["db"])
    base = faulty_run["servers"][0].base
    for path, s in faulty_run["expect"].items():
        row = stored.get(f"{base}{path}")
        assert row is not None, path
        assert row["title"] == s.title, path
        for paragraph in s.paragraphs:
            assert paragraph in row["text"], (path, paragraph)


def test_hostile_sitemaps(faulty_run):
    rows = frontier(faulty_run["db"])
    site = faulty_run["servers"][0]
    assert site.hits["/sitemap-index.xml"] == 1 and site.hits["/index-2.xml"] == 1   # loops read once
    for path in ("not-xml.xml", "truncated.xml", "laughs.xml"):
        assert rows[path]["state"] in ("done", "failed"), path
    assert "/bai-tu-sitemap.html" in site.requests       # reached only through the gzip sitemap

