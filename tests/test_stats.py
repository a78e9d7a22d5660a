"""Extraction health, its drift between runs, the runs listing, near-duplicate links."""

from __future__ import annotations

import json
import re
import socket

from click.testing import CliRunner

from crawler import archive
from crawler.cli import main
from crawler.extract import Article
from crawler.sample_site import text_page
from crawler.stats import health_drift

STORY = ("Sáng 9/10, đoàn công tác của Thường trực Tỉnh ủy làm việc với Ban Thường vụ Thành ủy Lạng Sơn về kết quả "
         "giữa nhiệm kỳ. Thành phố có 14/18 chỉ tiêu đạt và vượt, thu ngân sách tăng 17%, tổng vốn đầu tư toàn "
         "xã hội 13,2 nghìn tỷ đồng. Thành phố hoàn thành xây dựng 3 xã nông thôn mới, 43 tuyến phố văn minh đô thị, "
         "thành lập mới 480 doanh nghiệp; tỷ lệ hộ nghèo còn 0,36%, lao động qua đào tạo đạt 72%.")
OTHER = ("Nông dân huyện Lục Ngạn thu hoạch vải thiều sớm, giá bán tại vườn từ 25.000 đến 30.000 đồng mỗi ki-lô-gam, "
         "cao hơn năm trước. Các thương lái từ nhiều tỉnh về thu mua, nhiều hộ thu lãi hàng trăm triệu đồng. "
         "Huyện đang mở rộng diện tích trồng vải theo tiêu chuẩn VietGAP để xuất khẩu sang Nhật Bản và châu Âu.")


def save(db, site, url, text, published):
    with archive.transaction(db):
        archive.save_article(db, site, url, Article(url=url, title=text[:40], published=published, text=text),
                             "2024-07-01T00:00:00+00:00")
    return db.execute("SELECT id, duplicate_of FROM articles WHERE url = ?", [url]).fetchone()


def test_syndicated_copies_are_linked_and_collapse_in_search(tmp_path):
    path = tmp_path / "a.db"
    db = archive.open_archive(path)
    original, _ = save(db, "baolangson", "https://bao.vn/1", STORY, "2018-10-09T10:25:00+07:00")
    # Within one site a second version is the site's own business, not a syndicated copy.
    assert save(db, "baolangson", "https://bao.vn/2", STORY + " Cập nhật.", "2018-10-09")[1] is None
    # The portal's copy a day later: another lead sentence and its own byline.
    copy = save(db, "congtinh", "https://cong.vn/a", "Theo Báo Lạng Sơn. " + STORY + " PHÙNG KHIÊM",
                "2018-10-10")
    assert copy[1] == original
    assert save(db, "congtinh", "https://cong.vn/b", OTHER, "2018-10-10")[1] is None        # another story
    assert save(db, "baocaobang", "https://cb.vn/1", STORY, "2019-05-01")[1] is None          # months apart

    runner = CliRunner()
    every = runner.invoke(main, ["search", "chỉ tiêu đạt và vượt", "--db", str(path), "--json"]).stdout.splitlines()
    unique = runner.invoke(main, ["search", "chỉ tiêu đạt và vượt", "--db", str(path), "--json", "--unique"])
    assert len(every) == 4
    assert {json.loads(line)["url"] for line in unique.stdout.splitlines()} == {
        "https://bao.vn/1", "https://bao.vn/2", "https://cb.vn/1"}


def record(db, site, with_date, with_author, median, articles=10):
    archive.record_run(db, site, "2024-07-01T00:00:00+00:00", {
        "pages": 20, "new": articles, "health": {"articles": articles, "with_date": with_date,
                                                  "with_author": with_author, "median_length": median}})


def test_drift_is_flagged(tmp_path):
    db = archive.open_archive(tmp_path / "a.db")
    for _ in range(3):
        record(db, "s", 1.0, 0.9, 3000)
    assert health_drift(db, "s") == []
    record(db, "s", 0.2, 0.9, 2900)
    assert health_drift(db, "s") == ["20% of the last run's articles have a date (was 100%)"]
    record(db, "s", 1.0, 0.9, 3000, articles=1)      # too few articles to judge: still the last verdict
    assert len(health_drift(db, "s")) == 1
    record(db, "s", 1.0, 0.1, 900)
    assert health_drift(db, "s") == ["10% of the last run's articles have an author (was 90%)",
                                     "median text 900 characters (was 3000)"]


def test_crawl_warns_loudly_when_extraction_drifts_even_quiet(sites, config_file, tmp_path):
    db = archive.open_archive(tmp_path / "archive.db")
    for _ in range(3):   # earlier runs of this site stored long articles
        record(db, "baotest", 1.0, 1.0, 20000)
    result = CliRunner().invoke(main, ["crawl", "--config", str(config_file), "--quiet"])
    assert result.exit_code == 0
    warnings = result.stderr.strip().splitlines()
    assert len(warnings) == 1 and warnings[0].startswith("WARNING: baotest: median text ")
    assert "has the site changed its layout?" in warnings[0]

    runs = CliRunner().invoke(main, ["stats", "--runs", "--db", str(tmp_path / "archive.db"), "--json"])
    latest = json.loads(runs.stdout)[0]
    assert latest["site"] in ("baotest", "congtest") and latest["health"]["with_date"] == 1.0
    table = CliRunner().invoke(main, ["stats", "--db", str(tmp_path / "archive.db")])
    assert "! baotest: median text" in table.stdout
    assert "100%" in table.stdout


def test_total_line_under_cron(sites, config_file):
    result = CliRunner().invoke(main, ["crawl", "--config", str(config_file)])
    lines = result.stderr.strip().splitlines()
    assert lines[-1].startswith("total: 2 sites,") and "7 new" in lines[-1]
    assert [line.split(":")[0] for line in lines[:-1]] == ["baotest", "congtest"]



def test_progress_display_follows_the_live_reports(sites, config_file):
    from rich.console import Console

    from crawler.config import load_settings
    from crawler.crawl import crawl
    from crawler.progress import live

    settings = load_settings(config_file)
    seen = []
    console = Console(record=True, width=120, force_terminal=True)
    with live(console) as redraw:
        def watch(reports):
            seen.append(sum(r.pages for r in reports))
            redraw(reports)
        reports = crawl(settings, archive.open_archive(settings.archive_path), watch=watch)
    assert seen[-1] == sum(r.pages for r in reports) > 0 and seen == sorted(seen)
    shown = console.export_text()
    assert "baotest" in shown and "congtest" in shown and "total" in shown
    assert f"{reports[0].new}" in shown


def test_sites_lists_counts_last_good_run_and_what_broke(sites, config_file, tmp_path):
    a, _b, _c = sites
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        dead_port = free.getsockname()[1]      # closed again: nothing answers there
    config = config_file.read_text(encoding="utf-8") + f"""
[[sites]]
name = "hongtest"
start_urls = ["http://127.0.0.1:{dead_port}/"]
"""
    config_file.write_text(config, encoding="utf-8")
    runner = CliRunner()

    def overview(*args):
        result = runner.invoke(main, ["sites", "--config", str(config_file), *args])
        assert result.exit_code == 0, result.output
        return result

    # Before the first crawl there is no archive: every site is listed, none has run.
    before = json.loads(overview("--json").stdout)
    assert [(r["site"], r["articles"], r["problems"]) for r in before] == [
        (name, 0, ["never crawled successfully"]) for name in ("baotest", "congtest", "hongtest")]

    # hongtest cannot be reached: it fails alone (exit 5), the others are archived.
    assert runner.invoke(main, ["crawl", "--config", str(config_file), "-q"]).exit_code == 5
    rows = {r["site"]: r for r in json.loads(overview("--json").stdout)}
    bao = rows["baotest"]
    assert (bao["articles"], bao["with_date"], bao["with_author"], bao["problems"]) == (5, 1.0, 1.0, [])
    assert bao["last_good_run"]["new_articles"] == 5 and bao["newest"].startswith("2024-06-12")
    assert rows["congtest"]["articles"] == 2 and rows["congtest"]["problems"] == []
    assert rows["hongtest"]["last_good_run"] is None
    assert rows["hongtest"]["problems"] == [
        f"no run has succeeded yet (last: site unreachable: 127.0.0.1:{dead_port}: robots.txt: "
        "ConnectError: All connection attempts failed)"]

    # The daily's server starts failing; and congtest is dropped from the config.
    a.routes["/robots.txt"] = text_page("Service Unavailable", 503)
    config_file.write_text(re.sub(r'\[\[sites\]\]\nname = "congtest"\n[^\n]*\n', "", config), encoding="utf-8")
    assert runner.invoke(main, ["crawl", "--config", str(config_file), "-q", "--site", "baotest"]).exit_code == 5
    text = overview().stdout
    assert text.splitlines()[0].split() == ["site", "articles", "newest", "last", "good", "run", "date", "author"]
    assert "! baotest: last run " in text and "failed: site unreachable" in text and "HTTP 503" in text
    assert "! congtest: archived but no longer in the config" in text
    assert "! hongtest: no run has succeeded yet" in text
    assert text.count("!") == 3


def test_edits_and_takedowns_are_counted_per_site_over_its_last_runs(tmp_path):
    from crawler.stats import CHANGE_RUNS

    from .versions import keep, remove

    path = tmp_path / "a.db"
    db = archive.open_archive(path)
    for n in range(CHANGE_RUNS + 2):            # runs on days 1 … 12; the window starts on day 3
        archive.record_run(db, "cu", f"2024-07-{n + 1:02d}T00:00:00+00:00", {"pages": 1})
    url = "https://cu.vn/1"
    for day, text in (("01", STORY), ("02", STORY + " Sửa."), ("05", STORY + " Sửa lần hai.")):
        keep(db, url, Article(url=url, title="Tin", published="2024-06-30", text=text), f"2024-07-{day}T06:00:00+00:00")
    keep(db, "https://cu.vn/2", Article(url=None, title="Tin khác", published="2024-06-30", text=OTHER),
         "2024-07-01T06:00:00+00:00")
    remove(db, "https://cu.vn/2", "2024-07-06T06:00:00+00:00")
    remove(db, url, "2024-07-02T06:00:00+00:00")         # before the window
    db.conn.close()
    config = tmp_path / "config.toml"
    config.write_text(f'[archive]\npath = "{path}"\n\n[[sites]]\nname = "cu"\nstart_urls = ["http://127.0.0.1:9/"]\n'
                      '\n[[sites]]\nname = "moi"\nstart_urls = ["http://127.0.0.2:9/"]\n', encoding="utf-8")
    runner = CliRunner()
    data = json.loads(runner.invoke(main, ["stats", "--db", str(path), "--json"]).stdout)
    row = data["sites"][0]
    assert (row["edits"], row["takedowns"], row["changes_since"], row["changes_runs"]) == (
        1, 1, "2024-07-03T00:00:00+00:00", CHANGE_RUNS)
    text = runner.invoke(main, ["stats", "--db", str(path)]).stdout
    assert ("  · cu: 1 edit, 1 takedown in the last 10 runs (since 2024-07-03 00:00): see 'crawler history URL',"
            " 'crawler search --removed'") in text
    rows = {r["site"]: r for r in json.loads(runner.invoke(main, ["sites", "--config", str(config), "--json"]).stdout)}
    assert (rows["cu"]["edits"], rows["cu"]["takedowns"]) == (1, 1)
    assert (rows["moi"]["edits"], rows["moi"]["takedowns"], rows["moi"]["changes_runs"]) == (0, 0, 0)
    shown = runner.invoke(main, ["sites", "--config", str(config)]).stdout
    assert "  · cu: 1 edit, 1 takedown in the last 10 runs" in shown and "· moi" not in shown
