"""`crawler serve`: the real Datasette on loopback, read over HTTP and in a real headless Chromium."""

from __future__ import annotations

import os
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
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with running("serve", "--db", str(tmp_path / "archive.db"), "--port", str(port)) as server, \
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


CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")


@pytest.mark.skipif(not (CHROMIUM and DRIVER), reason="needs Debian's chromium and chromium-driver "
                                                      "(.ci/run installs them)")
def test_search_in_a_real_browser(served):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    base, _client = served
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--no-proxy-server", f"--user-data-dir={os.environ.get('TMPDIR', '/tmp')}/chromium-{os.getpid()}"):
        options.add_argument(flag)
    browser = webdriver.Chrome(service=Service(DRIVER), options=options)
    try:
        browser.get(f"{base}/archive/articles")
        box = browser.find_element(By.NAME, "_search")
        box.send_keys("duong cao toc")
        box.submit()
        WebDriverWait(browser, 10).until(expected_conditions.url_contains("_search="))
        body = browser.find_element(By.TAG_NAME, "body").text
        assert TITLE in body and "1 row" in body
        browser.find_element(By.CSS_SELECTOR, "td.col-id a").click()      # the row's own page
        WebDriverWait(browser, 10).until(expected_conditions.url_matches(r"/archive/articles/\d+$"))
        assert "Dự án đường cao tốc" in browser.find_element(By.TAG_NAME, "body").text
    finally:
        browser.quit()
