"""`crawler reextract`: an improved extractor (or a site's drop_xpath) reaches stored articles without fetching."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from click.testing import CliRunner

from crawler.cli import main
from crawler.config import SiteRules, parse_settings
from crawler.errors import ConfigError
from crawler.extract import extract

GOLDEN = Path(__file__).parent / "golden"


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
    assert all(author for (author,) in query(db, "SELECT author FROM articles"))
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
