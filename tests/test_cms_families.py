"""Every CMS family in tests/sites/: extraction per page, then the real crawl end to end.

Issue 12. Each family (see tests/cms_sites.py and docs/families.md) says what
its articles must yield and which pages are not articles. The cases the
extractor does not pass yet are listed, one by one, in KNOWN_FAILURES: they
run as xfail (not strict), so a fix shows up as XPASS and its entry is then
removed. Never weaken an assertion to pass a case; shrink the set instead.

Case ids are ``family-check-route``. Checks:
  extraction, per article:   is_article, title, published, author, body (precision and
                             recall >= 0.95, the benchmark metric), without (no box text)
  extraction, per non-article: not_article
  crawl, per family:         crawl-found (every article stored once, twins not apart),
                             crawl-only (nothing else stored)
  crawl, per article:        crawl-fields (title, published, author of the stored row)
The fixture checks at the end (fixture-*) are about the families themselves and
never xfail.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import os
import re
import sqlite3
import unicodedata
from contextlib import ExitStack
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import httpx
import pytest
from click.testing import CliRunner
from lxml import etree, html

from benchmarks.extraction import score
from crawler.cli import main
from crawler.extract import extract
from crawler.urls import is_probably_binary

from .cms_sites import (
    HOLDOUT,
    OFFLINE_BASE,
    OFFLINE_BASE2,
    SECOND_KEY,
    SITES,
    Family,
    failing_cases,
    families,
    family_routes,
    load_family,
    normal_key,
    route_key,
    serve_family,
    served_key,
    site_context,
)

# CMS_FAMILIES_ROOT=benchmarks/holdout scores another folder of families the same way
# (the held-out ones: never part of the suite, see benchmarks/holdout/README.md).
FAMILIES = {f.name: f for f in families(Path(os.environ.get("CMS_FAMILIES_ROOT") or SITES))}
MIN_SCORE = 0.95

# (family, check, route) of every case today's extractor fails. Remove entries as they pass.
# CMS_FAMILIES_NO_KNOWN=1 in the environment runs them all as plain tests, to see what still fails.
KNOWN_FAILURES: set[tuple[str, str, str]] = set()


def _case(family: str, check: str, key: str):
    known = (family, check, key) in KNOWN_FAILURES and not os.environ.get("CMS_FAMILIES_NO_KNOWN")
    marks = [pytest.mark.xfail(strict=False, reason="issue 12")] if known else []
    return pytest.param(family, key, marks=marks, id=f"{family}-{check}-{key}")


def _cases(check: str, keys) -> list:
    return [_case(name, check, key) for name, family in FAMILIES.items() for key in keys(family)]


ARTICLES = lambda f: list(f.articles)          # noqa: E731
NOT_ARTICLES = lambda f: list(f.not_articles)  # noqa: E731
ONCE = lambda f: [""]                          # noqa: E731


def flat(text: str | None) -> str:
    """Text as a reader compares it: NFC (windows-1258 pages decode to combining marks), one
    space, any case."""
    return " ".join(unicodedata.normalize("NFC", text or "").split()).casefold()


@functools.cache
def extracted(family: str, key: str):
    body, url, content_type = FAMILIES[family].page(key)
    return extract(body, url, content_type)


# --- extraction, page by page -------------------------------------------------------------

@functools.cache
def extracted_in_site(family: str, key: str):
    """The page extracted with what a crawl of its site knows of it (``site_context``)."""
    body, url, content_type = FAMILIES[family].page(key)
    return extract(body, url, content_type, context=site_context(FAMILIES[family], key))


@pytest.mark.parametrize(("family", "key"), _cases("is_article", ARTICLES))
def test_article_is_article(family, key):
    for article in (extracted(family, key), extracted_in_site(family, key)):
        assert article.is_article, article.reason


@pytest.mark.parametrize(("family", "key"), _cases("title", ARTICLES))
def test_article_title(family, key):
    assert extracted(family, key).title == FAMILIES[family].articles[key].title


@pytest.mark.parametrize(("family", "key"), _cases("published", ARTICLES))
def test_article_published(family, key):
    assert extracted(family, key).published == FAMILIES[family].articles[key].published


@pytest.mark.parametrize(("family", "key"), _cases("author", ARTICLES))
def test_article_author(family, key):
    article, expected = extracted(family, key), FAMILIES[family].articles[key]
    assert article.author == expected.author
    if expected.source is not None:   # an outlet credited is the source, never the author
        assert article.source == expected.source


@pytest.mark.parametrize(("family", "key"), _cases("body", ARTICLES))
def test_article_body(family, key):
    precision, recall, _ = score(extracted(family, key).text, FAMILIES[family].articles[key].text)
    assert precision >= MIN_SCORE and recall >= MIN_SCORE, f"precision {precision:.3f}, recall {recall:.3f}"


@pytest.mark.parametrize(("family", "key"), _cases("without", ARTICLES))
def test_article_without_boxes(family, key):
    text = flat(extracted(family, key).text)
    leaked = [s for s in FAMILIES[family].articles[key].without if flat(s) in text]
    assert not leaked


@pytest.mark.parametrize(("family", "key"), _cases("not_article", NOT_ARTICLES))
def test_not_article(family, key):
    article = extracted_in_site(family, key)
    assert not article.is_article, f"taken as an article: {article.title!r} {article.published!r}"


# --- the real crawl, per family -----------------------------------------------------------

def _absolute(base: str, url: str, base2: str = "") -> str:
    return urljoin(base + "/", url.replace("{{BASE2}}", base2).replace("{{BASE}}", base))


def _site_config(family: Family, base: str, base2: str = "") -> str:
    lists = {key: [_absolute(base, u, base2) for u in family.config.get(key, [])]
             for key in ("start_urls", "feeds", "sitemaps")}
    site = "\n".join(f"{key} = [{', '.join(repr(u) for u in urls)}]" for key, urls in lists.items() if urls)
    return f'[[sites]]\nname = "{family.name}"\n{site}\n'


def _config(sites: dict[str, str], db_path, seconds: dict[str, str] | None = None) -> str:
    """One config for the families served at ``sites`` (name -> base URL; ``seconds``: the
    base URL of a family's second host)."""
    return f"""
[archive]
path = "{db_path}"

[crawl]
user_agent = "provincial-news-archive-test/0.1 (+https://example.invalid/contact)"
delay_seconds = 0.01
concurrency = 4
max_pages_per_run = 400
timeout_seconds = 10

""" + "\n".join(_site_config(FAMILIES[name], base, (seconds or {}).get(name, "")) for name, base in sites.items())


@pytest.fixture(scope="session")
def crawled(tmp_path_factory):
    """family name -> {normal route key: [stored rows]}.

    All families are crawled in one run of the CLI, each on its own loopback
    port, the first time a test asks: one start of the extraction processes
    instead of one per family.
    """
    done: dict[str, dict[str, list[dict]]] = {}

    def crawl_all() -> None:
        folder = tmp_path_factory.mktemp("crawl-families")
        with ExitStack() as stack:
            sites = {name: stack.enter_context(serve_family(family)) for name, family in FAMILIES.items()}
            bases = {name: site.base for name, (site, _second) in sites.items()}
            seconds = {name: second.base for name, (_site, second) in sites.items() if second is not None}
            config = folder / "config.toml"
            config.write_text(_config(bases, folder / "archive.db", seconds), encoding="utf-8")
            result = CliRunner().invoke(main, ["crawl", "--config", str(config)], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        with sqlite3.connect(folder / "archive.db") as conn:
            conn.row_factory = sqlite3.Row
            rows = [dict(r) for r in conn.execute("SELECT site, url, title, published, author FROM articles")]
        for name in FAMILIES:
            done[name] = {}
        for row in rows:
            key = route_key(row["url"], bases[row["site"]])
            if key is None and row["site"] in seconds and (on_second := route_key(row["url"], seconds[row["site"]])):
                key = SECOND_KEY + on_second   # a page of the second host, as site.json names its twins
            done[row["site"]].setdefault(normal_key(key) if key else row["url"], []).append(row)

    failed: list[BaseException] = []

    def crawl(name: str) -> dict[str, list[dict]]:
        if failed:
            raise failed[0]
        if not done:
            try:
                crawl_all()
            except BaseException as error:   # one failed run fails every crawl test, without rerunning
                failed.append(error)
                raise
        return done[name]

    return crawl


def stored_rows(family: str, key: str, stored: dict[str, list[dict]]) -> list[dict]:
    """The rows stored for article ``key``: under its key, or an alias of it (the same page
    under another URL, ``Family.aliases``): a user expects one row, under a stable URL."""
    return [row for alias in FAMILIES[family].aliases(key) for row in stored.get(normal_key(alias), [])]


@pytest.mark.parametrize(("family", "key"), _cases("crawl-found", ONCE))
def test_crawl_stores_every_article_once(family, key, crawled):
    stored = crawled(family)
    counts = {path: len(stored_rows(family, path, stored)) for path in FAMILIES[family].articles}
    assert counts == dict.fromkeys(counts, 1)


@pytest.mark.parametrize(("family", "key"), _cases("crawl-only", ONCE))
def test_crawl_stores_nothing_else(family, key, crawled):
    expected = {normal_key(alias) for path in FAMILIES[family].articles for alias in FAMILIES[family].aliases(path)}
    assert sorted(set(crawled(family)) - expected) == []


@pytest.mark.parametrize(("family", "key"), _cases("crawl-fields", ARTICLES))
def test_crawl_fields(family, key, crawled):
    want = FAMILIES[family].articles[key]
    rows = stored_rows(family, key, crawled(family))
    assert rows, "not stored"
    assert [(r["title"], r["published"], r["author"]) for r in rows] == [(want.title, want.published, want.author)]


# --- the families themselves --------------------------------------------------------------

FAMILY_IDS = sorted(FAMILIES)


def _parse(family: Family, key: str):
    """A served page as a browser reads it (decoded by its charset; an XML declaration is no matter)."""
    return html.fromstring(re.sub(r"^\s*<\?xml[^>]*>", "", family.text(key)))


def _served_pages(family: Family):
    for key, spec in family.routes.items():
        if "file" in spec and "html" in family.content_type(key):
            yield key, _parse(family, key)


@pytest.mark.parametrize("family", FAMILY_IDS)
def test_fixture_manifest(family):
    f = FAMILIES[family]
    second = f.second_host()
    for key, spec in [*f.routes.items(), *(second.routes.items() if second else ())]:
        assert key.startswith("/"), key
        if "file" in spec:
            assert (f.folder / spec["file"]).is_file(), key
        if 300 <= int(spec.get("status", 200)) < 400:
            assert spec.get("location"), key
    for key in [*f.articles, *f.not_articles, *f.twins]:
        if key.startswith(SECOND_KEY):   # a twin on the second host
            assert second and served_key(second, key.removeprefix(SECOND_KEY)), f"{key} is not served"
        else:
            assert served_key(f, key), f"{key} is not served"
    status = {}
    for key in [*f.articles, *f.not_articles]:
        host, path = f.on_host(key)   # a non-article may be the second host's ("{{BASE2}}/": its home)
        status[key] = int(host.routes[served_key(host, path) or path].get("status", 200))
    for key in f.articles:
        assert status[key] == 200, key
    for key in f.not_articles:   # a page that is not an article may also be one taken down, or a redirect
        assert status[key] in (200, 301, 302, 303, 307, 308, 404, 410), key
    assert set(f.twins.values()) <= set(f.articles), "a twin names an article that is not listed"
    assert not set(f.articles) & set(f.not_articles)
    assert f.articles and f.not_articles and "/robots.txt" in f.routes
    for article in f.articles.values():
        assert article.lines and article.title, article.path
        assert article.author not in ("admin", "bientap"), article.path


@pytest.mark.parametrize("family", FAMILY_IDS)
def test_fixture_truth_is_on_the_page(family):
    """Every expected line, title and `without` snippet is on its page: no check is vacuous."""
    f = FAMILIES[family]
    for key, article in f.articles.items():
        page = flat(_parse(f, key).text_content())
        missing = [line for line in (article.title, *article.lines, *article.without) if flat(line) not in page]
        assert not missing, key


@pytest.mark.parametrize("family", FAMILY_IDS)
def test_fixture_links_are_served(family):
    """Every page link on every page leads to a route (one that may deliberately 404)."""
    f = FAMILIES[family]
    dangling = set()
    for key, tree in _served_pages(f):
        for a in tree.iter("a"):
            href = (a.get("href") or "").strip()
            if not href or href.startswith("#"):
                continue
            target = route_key(urljoin(OFFLINE_BASE + key, href).split("#", 1)[0], OFFLINE_BASE)
            if target and not is_probably_binary(target) and not served_key(f, target):
                dangling.add((key, href))
    assert not dangling


def _links(family: Family, key: str) -> list[str]:
    """Same-site links of one served route: <a href>, feed/sitemap entries, a redirect's Location."""
    spec = family.routes[key]
    if "location" in spec:
        return [spec["location"].replace("{{BASE}}", OFFLINE_BASE)]
    body = family.body(key)
    if not body:
        return []
    if "html" in family.content_type(key):
        tree = _parse(family, key)
        found = [a.get("href") for a in tree.iter("a") if a.get("href")]
        found += [el.get("href") for el in tree.iter("link")
                  if "alternate" in (el.get("rel") or "") and el.get("href")]
        return found
    if family.content_type(key).split(";")[0].strip().endswith("xml"):  # not a .docx's "openxmlformats"
        # Read as the crawler reads a feed (``discover``): a stray "&" in a sloppy CMS's feed is
        # recovered from, not a dead end.
        root = etree.fromstring(body, etree.XMLParser(recover=True, resolve_entities=False, no_network=True))
        return [(el.text or el.get("href") or "").strip() for el in root.iter("{*}loc", "loc", "{*}link", "link")]
    return []


@pytest.mark.parametrize("family", FAMILY_IDS)
def test_fixture_articles_are_reachable(family):
    """The crawler can reach every article from the configured start URLs, feeds and sitemaps."""
    f = FAMILIES[family]
    queue = [route_key(_absolute(OFFLINE_BASE, u), OFFLINE_BASE)
             for key in ("start_urls", "feeds", "sitemaps") for u in f.config.get(key, [])]
    seen: set[str] = set()
    while queue:
        served = served_key(f, queue.pop() or "")
        if served is None or served in seen:
            continue
        seen.add(served)
        for link in _links(f, served):
            target = route_key(urljoin(OFFLINE_BASE + served, link).split("#", 1)[0], OFFLINE_BASE)
            if target:
                queue.append(target)
    unreached = [key for key in f.articles if served_key(f, key) not in seen]
    assert not unreached


def test_routes_answer_any_query_spelling():
    """The crawler sorts and escapes query parameters; a real server reads them in any order."""
    family = load_family(SITES / "joomla")
    key = next(k for k in family.routes if k.startswith("/index.php?option=com_content"))
    routes = family_routes(family, OFFLINE_BASE)
    path, query = key.split("?")
    reordered = path + "?" + "&".join(reversed(query.split("&"))).replace(":", "%3A")
    assert reordered != key and routes.get(reordered) is routes[key]
    assert routes.get("/no/such/page") is None


def test_a_familys_second_host_is_served_on_its_own_address(tmp_path):
    """site.json's ``second_host`` routes (an m. host's mobile twins) are served on 127.0.0.2
    (``loopback_host``), with ``{{BASE}}`` and ``{{BASE2}}`` the two hosts' base URLs."""
    (tmp_path / "tin.html").write_text("<link rel='alternate' href='{{BASE2}}/tin.htm'><p>bản đầy đủ</p>")
    (tmp_path / "m-tin.html").write_text("<link rel='canonical' href='{{BASE}}/tin.htm'><p>bản di động</p>")
    manifest = {"routes": {"/tin.htm": {"file": "tin.html"}},
                "second_host": {"routes": {"/tin.htm": {"file": "m-tin.html"},
                                           "/cu.htm": {"status": 301, "location": "/tin.htm"}}}}
    (tmp_path / "site.json").write_text(json.dumps(manifest))
    with serve_family(load_family(tmp_path)) as (site, second), httpx.Client() as client:
        assert second is not None and second.base != site.base
        assert client.get(site.base + "/tin.htm").text == (f"<link rel='alternate' href='{second.base}/tin.htm'>"
                                                           "<p>bản đầy đủ</p>")
        assert client.get(second.base + "/tin.htm").text == (f"<link rel='canonical' href='{site.base}/tin.htm'>"
                                                             "<p>bản di động</p>")
        assert client.get(second.base + "/cu.htm").headers["location"] == second.base + "/tin.htm"
    assert [r.path for r in second.requests] == ["/tin.htm", "/cu.htm"] and len(site.requests) == 1
    assert load_family(tmp_path).body("/tin.htm") == f"<link rel='alternate' href='{OFFLINE_BASE2}/tin.htm'>" \
                                                     "<p>bản đầy đủ</p>".encode()
    body, url, _type = load_family(tmp_path).page(SECOND_KEY + "/tin.htm")   # a second-host page, page by page
    assert (body, url) == (f"<link rel='canonical' href='{OFFLINE_BASE}/tin.htm'><p>bản di động</p>".encode(),
                           OFFLINE_BASE2 + "/tin.htm")


def test_failing_cases_reads_a_pytest_report():
    report = ("FAILED tests/test_cms_families.py::test_article_title[drupal-title-/tin-tuc/a-b] - AssertionError\n"
              "FAILED tests/test_cms_families.py::test_crawl_fields[liferay-crawl-fields-/web/guest/x?p=1] - assert\n"
              "FAILED tests/test_cms_families.py::test_crawl_stores_nothing_else[blogspot-crawl-only-] - assert\n"
              "FAILED tests/test_cms_families.py::test_article_body[ghost-casper-body-/a-title-b/] - assert\n"
              "XFAIL tests/test_cms_families.py::test_not_article[joomla-not_article-/] - issue 12\n")
    assert failing_cases(report) == [("blogspot", "crawl-only", ""), ("drupal", "title", "/tin-tuc/a-b"),
                                     ("ghost-casper", "body", "/a-title-b/"),
                                     ("liferay", "crawl-fields", "/web/guest/x?p=1")]


def _holdout_check():
    """benchmarks/holdout/check.py, a script outside any package, as a module."""
    spec = importlib.util.spec_from_file_location("holdout_check", HOLDOUT / "check.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_holdout_check_follows_a_second_host(tmp_path):
    """check.py reads a twin keyed ``{{BASE2}}/…`` on the second host and follows links between
    the hosts; a second-host page that is not served is reported."""
    text = ("Sáng nay, tỉnh khánh thành cây cầu mới bắc qua sông lớn, nối hai huyện sau nhiều năm chờ đợi.\n"
            "Công trình dài 500 mét, vốn đầu tư 300 tỷ đồng, hoàn thành vượt tiến độ hai tháng.\n")
    paragraphs = "".join(f"<p>{line}</p>" for line in text.splitlines())
    (tmp_path / "expected").mkdir()
    (tmp_path / "expected" / "cau.txt").write_text(text, encoding="utf-8")
    (tmp_path / "home.html").write_text("<html><body><a href='/cau.html'>Khánh thành cầu</a></body></html>",
                                        encoding="utf-8")
    (tmp_path / "cau.html").write_text("<html><head><link rel='alternate' href='{{BASE2}}/cau.html'></head>"
                                       f"<body><h1>Khánh thành cầu</h1>{paragraphs}</body></html>",
                                       encoding="utf-8")
    (tmp_path / "m-cau.html").write_text("<html><head><link rel='canonical' href='{{BASE}}/cau.html'></head>"
                                         f"<body><h1>Khánh thành cầu</h1>{paragraphs}"
                                         "<a href='{{BASE2}}/'>Trang chủ</a></body></html>", encoding="utf-8")
    manifest: dict[str, Any] = {"config": {"start_urls": ["/"]},
                "routes": {"/": {"file": "home.html"}, "/cau.html": {"file": "cau.html"},
                           "/robots.txt": {"file": "home.html", "status": 404}},
                "articles": {"/cau.html": {"title": "Khánh thành cầu", "published": None, "author": None,
                                           "text": "expected/cau.txt"}},
                "twins": {"{{BASE2}}/cau.html": "/cau.html"},
                "not_articles": ["/", "{{BASE2}}/"],
                "second_host": {"routes": {"/cau.html": {"file": "m-cau.html"}, "/": {"file": "home.html"}}}}
    (tmp_path / "site.json").write_text(json.dumps(manifest), encoding="utf-8")
    check = _holdout_check()
    assert check.problems(load_family(tmp_path)) == []
    del manifest["second_host"]["routes"]["/"]
    (tmp_path / "site.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert check.problems(load_family(tmp_path)) == ["{{BASE2}}/: not_article is not a route"]
    del manifest["routes"]["/robots.txt"]   # the family tests ask every site for one
    (tmp_path / "site.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert "/robots.txt: not a route" in check.problems(load_family(tmp_path))[-1]
