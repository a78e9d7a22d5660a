"""`crawler serve`: the real Datasette on loopback, read over HTTP and in a real headless Chromium."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import time

import httpx
import pytest
from click.testing import CliRunner

from crawler.cli import main

from .processes import running

TITLE = "Khởi công đường cao tốc Đồng Đăng – Trà Lĩnh"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def served(sites, config_file, tmp_path):
    assert CliRunner().invoke(main, ["crawl", "--config", str(config_file)]).exit_code == 0
    with serving(tmp_path / "archive.db") as server:
        yield server


@contextlib.contextmanager
def serving(db_path):
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with running("serve", "--db", str(db_path), "--port", str(port)) as server, \
            httpx.Client(base_url=base, trust_env=False, timeout=10) as client:
        for _ in range(1200):
            assert server.poll() is None, server.communicate()
            try:
                if client.get("/archive.json").status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.05)
        else:
            raise AssertionError("crawler serve did not answer within a minute")
        yield base, client
        server.terminate()       # a clean stop; running() kills it if this one fails


def titles(response) -> list[str]:
    return [row["title"] for row in response.json()["rows"]]


def test_datasette_search_ignores_diacritics_both_ways_and_facets(served):
    _base, client = served
    for query in ("duong cao toc", "đường cao tốc", "Đường Cao Tốc", "DUONG CAO TOC"):
        response = client.get("/archive/articles.json", params={"_search": query, "_shape": "objects"})
        assert response.status_code == 200
        assert titles(response) == [TITLE], query
    listing = client.get("/archive/articles.json", params={"_shape": "objects"}).json()
    assert set(listing["facet_results"]) >= {"site", "category", "month"}
    months = {row["value"] for row in listing["facet_results"]["month"]["results"]}
    assert "2023-01" in months
    assert client.get("/archive/raw_pages").status_code == 200          # hidden from the index, still reachable
    assert "raw_pages" not in client.get("/archive").text.split("hidden tables")[0]
    row = next(r for r in listing["rows"] if r["title"] == TITLE)
    page = client.get(f"/archive/articles/{row['id']}")
    assert page.status_code == 200 and "Dự án đường cao tốc Đồng Đăng – Trà Lĩnh" in page.text
    assert f"<h1>{TITLE}</h1>" in page.text


CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")
needs_browser = pytest.mark.skipif(not (CHROMIUM and DRIVER), reason="needs Debian's chromium and "
                                   "chromium-driver (.ci/run installs them)")


@contextlib.contextmanager
def chromium():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    assert CHROMIUM is not None   # the test is skipped without it
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--no-proxy-server", f"--user-data-dir={os.environ.get('TMPDIR', '/tmp')}/chromium-{os.getpid()}"):
        options.add_argument(flag)
    browser = webdriver.Chrome(service=Service(DRIVER), options=options)
    try:
        yield browser
    finally:
        browser.quit()


@needs_browser
def test_search_in_a_real_browser(served):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    base, _client = served
    with chromium() as browser:
        browser.get(f"{base}/archive/articles")
        box = browser.find_element(By.NAME, "_search")
        box.send_keys("duong cao toc")
        box.submit()
        WebDriverWait(browser, 10).until(expected_conditions.url_contains("_search="))
        body = browser.find_element(By.TAG_NAME, "body").text
        assert TITLE in body and "1 row" in body
        browser.find_element(By.CSS_SELECTOR, "td.col-title a").click()   # the article's own page
        WebDriverWait(browser, 10).until(expected_conditions.url_matches(r"/archive/articles/\d+$"))
        assert "Dự án đường cao tốc" in browser.find_element(By.TAG_NAME, "body").text


HOSTILE_RAW = (b"<html><head><script>window.pwned = 'raw'; document.title = 'PWNED'</script></head>"
               b"<body onload=\"window.pwned = 'onload'\"><h1>Tin</h1><script>document.write('PWNED')</script>"
               b"</body></html>")


@pytest.fixture
def hostile(tmp_path):
    """An archive with a plain article and a hostile one: script in its title, text and raw capture."""
    from crawler import archive
    from crawler.extract import Article

    path = tmp_path / "archive.db"
    db = archive.open_archive(path)
    with archive.transaction(db):
        for url, title, text, raw in [
            ("https://bao.vn/1.html", TITLE, "Dự án đường cao tốc Đồng Đăng – Trà Lĩnh khởi công.\nĐoạn hai.",
             f"<html><body><h1>{TITLE}</h1></body></html>".encode()),
            ("https://evil.vn/2.html", "<img src=x onerror=\"window.pwned = 'title'\">Tin giả",
             "Nội dung <script>window.pwned = 'text'</script> về đường cao tốc giả.", HOSTILE_RAW),
        ]:
            archive.save_article(db, "baotest", url, Article(url=url, title=title, author="Nguyễn Văn An",
                                                             published="2024-03-12", text=text), "2024-07-01")
            archive.save_raw(db, url, url, 200, {"content-type": "text/html; charset=utf-8"}, raw, "2024-07-01")
    db.conn.close()
    with serving(path) as server:
        yield server


def test_the_article_list_shows_chosen_columns_and_a_highlighted_snippet(hostile):
    _base, client = hostile
    page = client.get("/archive/articles", params={"_search": "duong cao toc"}).text
    table = page.split('<table class="rows-and-columns articles-list">')[1].split("</table>")[0]
    assert re.findall(r'<th [^>]*data-column="([^"]+)"', table) == ["title", "site", "published", "author"]
    assert "<mark>đường</mark> <mark>cao</mark> <mark>tốc</mark>" in table
    assert "content_hash" not in table and "spellings" not in table
    assert "&lt;script&gt;" in table and "<script>" not in table      # the hostile text, as text
    raw = client.get("/-/raw/archive/2")
    assert raw.headers["content-type"].startswith("text/plain")
    assert raw.headers["x-content-type-options"] == "nosniff" and "sandbox" in raw.headers["content-security-policy"]
    assert raw.content == HOSTILE_RAW
    assert client.get("/-/raw/archive/99").status_code == 404


@needs_browser
def test_hostile_html_never_runs_in_the_archive_s_origin(hostile):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    base, _client = hostile

    def pwned(browser):
        return browser.execute_script("return window.pwned === undefined ? null : String(window.pwned)")

    with chromium() as browser:
        browser.get(f"{base}/archive/articles?_search=duong+cao+toc")
        headers = [th.text.rstrip(" ▼▲") for th in browser.find_elements(By.CSS_SELECTOR, "table.articles-list th")]
        assert headers == ["title", "site", "published", "author"]
        marks = {m.text for m in browser.find_elements(By.CSS_SELECTOR, "td.col-title .snippet mark")}
        assert marks == {"đường", "cao", "tốc"}
        assert pwned(browser) is None

        browser.find_element(By.PARTIAL_LINK_TEXT, "Tin giả").click()
        WebDriverWait(browser, 10).until(expected_conditions.url_matches(r"/archive/articles/2$"))
        heading = browser.find_element(By.TAG_NAME, "h1").text
        assert heading.startswith("<img src=x") and heading.endswith("Tin giả")
        assert "<script>" in browser.find_element(By.CSS_SELECTOR, ".text").text
        assert pwned(browser) is None

        browser.find_element(By.CSS_SELECTOR, "a.raw").click()
        WebDriverWait(browser, 10).until(expected_conditions.url_contains("/-/raw/"))
        assert "<script>window.pwned = 'raw'" in browser.find_element(By.TAG_NAME, "body").text
        assert browser.title != "PWNED" and pwned(browser) is None


def test_an_article_page_lists_its_versions_and_each_version_has_a_page_with_its_diff(tmp_path):
    from crawler import archive
    from crawler.extract import Article

    from .versions import keep, remove

    path = tmp_path / "archive.db"
    db = archive.open_archive(path)
    url = "https://bao.vn/1.html"
    for at, text, raw in (("2024-07-01T00:00:00+00:00", "Mặt đường <b>ngập</b> sâu 2 mét.", b"<html>v1</html>"),
                          ("2024-07-02T00:00:00+00:00", "Mắt đường <b>ngập</b> sâu 3 mét.", b"<html>v2</html>")):
        keep(db, url, Article(url=url, title=TITLE, published="2024-03-12", text=text), at, raw, site="baotest")
    keep(db, "https://bao.vn/2.html", Article(url=None, title="Tin gỡ", published="2024-03-12", text="Đã gỡ."),
         "2024-07-01T00:00:00+00:00", b"<html>2</html>", site="baotest")
    remove(db, "https://bao.vn/2.html", "2024-07-03T00:00:00+00:00")
    db.conn.close()
    with serving(path) as (_base, client):
        page = client.get("/archive/articles/1").text
        versions = page.split('<table class="versions">')[1].split("</table>")[0]
        links = re.findall(r'<a class="version" href="([^"]+)">version (\d)</a>', versions)
        assert links == [("/-/version/archive/1/1", "1"), ("/-/version/archive/1/2", "2")]
        assert "first seen" in versions and "text (+1 −1 words, 1 with other marks)" in versions
        second = client.get("/-/version/archive/1/2").text
        assert '<del class="marks">Mặt</del><ins class="marks">Mắt </ins>' in second
        assert "<del>2 </del><ins>3 </ins>" in second and "&lt;b&gt;ngập&lt;/b&gt;" in second
        assert "<b>" not in second.split('class="archived-article"')[1]      # the text is text
        assert 'href="/-/version/archive/1/1"' in second and 'href="/-/raw/archive/1/2"' in second
        first = client.get("/-/version/archive/1/1").text
        assert "replaced 2024-07-02T00:00:00+00:00" in first and 'href="/-/raw/archive/1/1"' in first
        assert client.get("/-/raw/archive/1/1").content == b"<html>v1</html>"
        assert client.get("/-/raw/archive/1/2").content == client.get("/-/raw/archive/1").content == b"<html>v2</html>"
        assert client.get("/-/version/archive/1/3").status_code == 404
        assert client.get("/-/version/archive/9/1").status_code == 404
        removed = client.get("/archive/articles/2").text
        assert "Removed: gone from its site since 2024-07-03T00:00:00+00:00" in removed
        assert '<table class="versions">' not in removed                    # one version: no list
