"""`crawler probe` against real loopback sites: the fixture daily and portal, a site whose
robots.txt forbids everything, one whose /rss page lists its feeds, one with no article."""

from __future__ import annotations

import contextlib
import json
import tempfile
import tomllib
from dataclasses import replace

from click.testing import CliRunner

from crawler.cli import main
from crawler.config import parse_settings
from crawler.errors import UncrawlableError
from crawler.extract import Article
from crawler.probe import _sample_of, site_name_for
from crawler.sample_site import (
    PORTAL_STORIES,
    STORIES,
    LoopbackSite,
    html_page,
    render_daily,
    render_list,
    render_rss,
    serve,
    text_page,
    xml_page,
)

from . import fixture_site
from .fixture_site import assert_spaced


def probe(url, *extra):
    with tempfile.TemporaryDirectory() as empty, contextlib.chdir(empty):   # no ./config.toml
        return CliRunner().invoke(main, ["probe", url, "--delay", "0", *extra], catch_exceptions=False)


def probe_json(url, *extra):
    result = probe(url, "--json", *extra)
    return result, json.loads(result.stdout)


def paths(site):
    return [r.path for r in site.requests]


def test_the_fixture_daily_feeds_sitemaps_and_samples(sites):
    a, _b, c = sites
    result, report = probe_json(a.base + "/", "--pages", "8")
    assert result.exit_code == 0, result.stderr
    assert report["crawlable"] and report["problems"] == []
    assert report["robots_status"] == 200 and report["robots_rules"] == ["Disallow: /private/"]

    sources = {s["url"].removeprefix(a.base): s for s in report["sources"]}
    # The feed is announced only by <link rel="alternate"> on the home page.
    feed = sources["/rss/home.rss"]
    assert (feed["kind"], feed["found_by"], feed["entries"]) == ("feed", '<link rel="alternate">', 1)
    assert feed["newest"] == fixture_site.DAILY[3].iso
    index = sources["/sitemap_index.xml"]
    assert (index["kind"], index["found_by"], index["entries"]) == ("sitemap index", "robots.txt", 1)
    news = sources["/sitemap-news.xml"]
    assert (news["kind"], news["found_by"], news["entries"]) == ("news sitemap", f"in {a.base}/sitemap_index.xml", 1)
    assert news["newest"] == fixture_site.DAILY[2].iso
    # A feed was announced, so no /rss, /feed guessing; nothing disallowed or off-site was asked.
    asked = paths(a)
    assert not {"/rss", "/feed", "/sitemap.xml"} & set(asked)
    assert not [p for p in asked if p.startswith("/private/")] and c.requests == []
    assert asked[0] == "/robots.txt" and len(asked) == len(set(asked)) == report["requests"]

    # Every story reachable from the start page, the feed and the sitemap, each once:
    # the print view is the same article (rel=canonical), not a second sample.
    samples = {s["url"].removeprefix(a.base): s for s in report["samples"]}
    wanted = {fixture_site.href(s): s for s in fixture_site.DAILY[:4]}
    assert set(samples) == set(wanted)
    for path, story in wanted.items():
        sample = samples[path]
        assert (sample["title"], sample["published"], sample["author"]) == (story.title, story.iso, story.author)
        assert story.sapo.startswith(sample["first_line"].removesuffix("…"))    # a preview
        assert sample["last_line"] == story.paragraphs[-1]
        assert sample["flags"] == [] and sample["length"] > 300

    block = tomllib.loads(report["config"])
    site = parse_settings(block).sites[0]
    assert site.start_urls == (a.base + "/",)
    assert site.feeds == (a.base + "/rss/home.rss",)
    assert site.sitemaps == (a.base + "/sitemap_index.xml",)

    text = probe(a.base + "/")
    assert text.exit_code == 0
    assert "Paste into config.toml:" in text.stdout and report["config"] in text.stdout
    assert "Verdict: this site can be crawled." in text.stdout
    assert f"{fixture_site.DAILY[3].title}" in text.stdout


def test_the_portal_guesses_feed_and_sitemap_paths_politely(sites):
    _a, b, _c = sites
    result = probe(b.base + "/", "--delay", "0.2")
    assert result.exit_code == 0, result.stderr
    asked = paths(b)
    # No feed announced: the usual paths are tried, then the usual sitemap paths.
    assert asked[:3] == ["/robots.txt", "/", "/rss"] and "/sitemap.xml" in asked
    for story in PORTAL_STORIES:
        assert story.title in result.stdout
    assert "no feed found" in result.stdout and "no sitemap found" in result.stdout
    assert_spaced([r.at for r in b.requests], 0.2)
    assert "feeds =" not in result.stdout.split("Paste into config.toml:")[1]


def test_robots_forbidding_everything_exits_4_after_one_request():
    site = LoopbackSite("127.0.0.1")
    with serve(site):
        site.routes.update({"/robots.txt": text_page("User-agent: *\nDisallow: /\n"),
                            "/": html_page(render_list("Trang chủ", "Báo Cấm", list(STORIES[:2]),
                                                       lambda s: f"/{s.slug}.html"))})
        result, report = probe_json(site.base + "/")
    assert result.exit_code == UncrawlableError.exit_code
    assert result.stderr.splitlines()[-1] == (f"Error: {site.base}/ cannot be crawled: robots.txt forbids "
                                              "the whole site to our user agent")
    assert report["crawlable"] is False and report["robots_rules"] == ["Disallow: /"]
    assert paths(site) == ["/robots.txt"]


def test_an_rss_page_listing_feeds_and_a_stale_feed():
    site = LoopbackSite("127.0.0.1")
    href = lambda s: f"/{s.slug}.html"  # noqa: E731
    with serve(site):
        base = site.base
        site.routes.update({
            "/robots.txt": text_page("User-agent: *\nDisallow: /admin/\n"),
            "/": html_page(render_list("Trang chủ", "Báo RSS", [], href)),
            "/rss": html_page('<html><body><h1>RSS</h1><a href="/rss/thoi-su.rss">Thời sự</a>'
                              '<a href="/rss/kinh-te.rss">Kinh tế</a><a href="/lien-he.html">Liên hệ</a></body></html>'),
            "/rss/thoi-su.rss": xml_page(render_rss("Báo RSS", base, [(STORIES[0].title, href(STORIES[0]))],
                                                    [STORIES[0].iso])),
            "/rss/kinh-te.rss": xml_page(render_rss("Báo RSS", base, [(s.title, href(s)) for s in STORIES[1:3]],
                                                    [s.iso for s in STORIES[1:3]])),
        })
        for story in STORIES[:3]:
            site.routes[href(story)] = html_page(render_daily(story, "Báo RSS", [], []))
        result, report = probe_json(base + "/", "--pages", "2")
    assert result.exit_code == 0, result.stderr
    feeds = [s for s in report["sources"] if s["kind"] == "feed"]
    assert [(s["url"].removeprefix(base), s["found_by"], s["entries"]) for s in feeds] == [
        ("/rss/thoi-su.rss", "listed on /rss", 1), ("/rss/kinh-te.rss", "listed on /rss", 2)]
    assert feeds[1]["newest"] == STORIES[2].iso
    # Newest first from each feed, taking turns.
    assert [s["url"].removeprefix(base) for s in report["samples"]] == [href(STORIES[0]), href(STORIES[2])]
    assert "/lien-he.html" not in paths(site)
    assert any("its newest item is from 2024-06-12" in note for note in report["notes"])
    assert tomllib.loads(report["config"])["sites"][0]["feeds"] == [base + "/rss/thoi-su.rss",
                                                                    base + "/rss/kinh-te.rss"]


def test_flags_identical_text_and_missing_date_and_author():
    site = LoopbackSite("127.0.0.1")
    # og:type says article: kept without a date (the extractor needs a date otherwise).
    bare = ("<html><head><title>Thông báo nghỉ lễ</title><meta property='og:type' content='article'></head><body><h1>Thông báo nghỉ lễ</h1>"
            "<div class='content'>" + "".join(f"<p>{p}</p>" for p in STORIES[1].paragraphs) + "</div></body></html>")
    with serve(site):
        site.routes.update({
            "/robots.txt": text_page("", 404),
            "/": html_page('<html><body><a href="/thong-bao-nghi-le-2024.html">Thông báo</a>'
                           '<a href="/ban-sao/thong-bao-nghi-le-2024.html">Bản sao</a></body></html>'),
            "/thong-bao-nghi-le-2024.html": html_page(bare),
            "/ban-sao/thong-bao-nghi-le-2024.html": html_page(bare),
        })
        result, report = probe_json(site.base + "/")
    assert result.exit_code == 0, result.stderr
    assert report["robots_status"] == 404 and report["robots_rules"] == []
    first, second = report["samples"]
    assert first["flags"] == ["no date", "no author"]
    assert second["flags"] == ["no date", "no author", f"same text as {first['url']}"]
    # How each field was found, and the settings to add for the fields missing on most samples.
    assert first["found_by"] == {"title": "heading", "text": "generic"}
    assert set(report["suggestions"]) == {"date_xpath", "author_xpath"}
    assert '# date_xpath = "//…"   # no date found on 2 of 2 samples' in report["config"]
    assert any(note.startswith("no author found on 2 of 2 samples: if the pages show one, add author_xpath")
               for note in report["notes"])
    assert tomllib.loads(report["config"])["sites"][0].keys() == {"name", "start_urls"}


def test_a_configured_sites_selectors_are_tried_and_shown(tmp_path):
    site = LoopbackSite("127.0.0.1")
    page = ("<html><head><title>Thông báo nghỉ lễ</title></head><body><h1>Thông báo nghỉ lễ</h1>"
            "<div class='content'>" + "".join(f"<p>{p}</p>" for p in STORIES[1].paragraphs)
            + "<div class='ky'>Người ký: Văn phòng Sở</div><div class='ngay'>Ban hành 02/01/2024</div></div></body></html>")
    with serve(site):
        site.routes.update({
            "/robots.txt": text_page("", 404),
            "/": html_page('<html><body><a href="/thong-bao/nghi-le-2024.html">Thông báo</a>'
                           '<a href="/thong-bao/nghi-le-2025.html">Thông báo</a></body></html>'),
            "/thong-bao/nghi-le-2024.html": html_page(page),
            "/thong-bao/nghi-le-2025.html": html_page(page.replace("02/01/2024", "03/01/2025")),
        })
        config = tmp_path / "config.toml"
        config.write_text(f'[[sites]]\nname = "so"\nstart_urls = ["{site.base}/"]\n'
                          "date_xpath = \"//div[@class='ngay']\"\n"
                          "author_xpath = \"substring-after(//div[@class='ky'], ': ')\"\n"
                          'article_url_pattern = "/thong-bao/"\n', encoding="utf-8")
        result = CliRunner().invoke(main, ["probe", site.base + "/", "--delay", "0", "--config", str(config)],
                                    catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.count("2024-01-02 · Văn phòng Sở") == 1
    assert "found by: title heading, published selector, author selector, text generic" in result.stdout
    assert "date_xpath" not in result.stdout and "Người ký" not in result.stdout


def test_no_article_found_exits_4_with_the_reason():
    site = LoopbackSite("127.0.0.1")
    with serve(site):
        site.routes.update({
            "/robots.txt": text_page("User-agent: *\nAllow: /\n"),
            "/": html_page('<html><body><a href="/chuyen-muc/thoi-su">Thời sự</a>'
                           '<a href="/bai-viet-moi-nhat-cua-toa-soan.html">Bài</a></body></html>'),
            "/bai-viet-moi-nhat-cua-toa-soan.html": html_page("<html><body><p>Đang cập nhật.</p></body></html>"),
        })
        result, report = probe_json(site.base + "/")
    assert result.exit_code == UncrawlableError.exit_code
    assert report["problems"] == ["no article found: 1 page tried; not articles: 1 (no headline 1); failed: 0"]
    assert "cannot be crawled: no article found" in result.stderr


def test_an_unresolvable_or_bad_url_is_bad_input():
    assert probe("ftp://example.invalid/").exit_code == 2
    result = probe("http://no-such-host.invalid/")
    assert result.exit_code == 2 and "does not resolve" in result.stderr


def test_sample_flags_a_box_heading_and_short_text():
    article = Article("http://x/a.html", title="Tiêu đề", published="2024-01-01", author="A",
                      text="Đoạn mở đầu của bài.\nTin liên quan\nMột bài khác", is_article=True)
    sample = _sample_of("http://x/a.html", article)
    assert sample.flags == ["short text (47 characters)", "a related-box heading in the text: 'Tin liên quan'"]
    long = replace(article, text="Câu chuyện. " * 40)
    assert _sample_of("http://x/a.html", long).flags == []


def test_site_names_from_hosts():
    assert site_name_for("https://baolangson.vn/") == "baolangson"
    assert site_name_for("https://www.langson.gov.vn/tin-tuc") == "langson"
    assert site_name_for("https://tinhuy.langson.gov.vn/") == "tinhuy-langson"
    assert site_name_for("http://127.0.0.1:8080/") == "127-0-0-1-8080"
