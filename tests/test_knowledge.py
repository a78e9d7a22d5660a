"""The crawl, end to end, on a district site that tests article detection, twins and templates.

Served on loopback: a home page listing four stories, a category with a
second page, a contact page, a document page (dated, long), four stories
(one with no date anywhere), a print view of one story without
rel=canonical, and a notice paragraph that every story repeats inside its
body (the site's template, learned from the pages and kept in the archive).
"""

from __future__ import annotations

import json
import sqlite3
import sys
from dataclasses import replace

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from crawler import archive, knowledge
from crawler.cli import main
from crawler.extract import Article, extract
from crawler.extract.boxes import block_hashes, title_hash
from crawler.extract.core import parse_html
from crawler.extract.detect import PageContext, menu_link_hash
from crawler.knowledge import TEMPLATE_PAGES, SiteLearner, find_twin, twin_rank, url_preference
from crawler.sample_site import STORIES as DAILY
from crawler.sample_site import LoopbackSite, Response, html_page, render_daily, serve

NOTICE = ("Mời bạn đọc gửi tin bài, ảnh phản ánh về địa chỉ email toasoan@dongson.example "
          "để được biên tập và đăng tải.")
STORIES = {
    "khanh-thanh-cau-dan-sinh-noi-hai-thon-xa-dong-tien": (
        "Khánh thành cầu dân sinh nối hai thôn xã Đông Tiến", "15/09/2023 08:30",
        ["Sáng 15/9, xã Đông Tiến khánh thành cầu dân sinh bắc qua kênh Bắc, nối hai thôn Phú Mỹ và Thọ Phú.",
         "Cây cầu dài 36 mét, rộng 3,5 mét, tổng vốn đầu tư gần 2 tỷ đồng từ ngân sách xã và nhân dân đóng góp.",
         "Trước đây, người dân hai thôn phải đi vòng gần 4 km để sang bên kia kênh, nhất là vào mùa mưa.",
         "Dịp này, UBND xã biểu dương 12 hộ gia đình đã hiến đất, góp công làm đường dẫn lên cầu."]),
    "nong-dan-dong-son-thu-hoach-lua-he-thu-nang-suat-cao": (
        "Nông dân Đông Sơn thu hoạch lúa hè thu, năng suất cao", "20/09/2023 07:00",
        ["Những ngày này, nông dân các xã trong huyện tập trung thu hoạch lúa hè thu khi trời nắng ráo.",
         "Năng suất bình quân ước đạt hơn 60 tạ mỗi héc-ta, cao hơn cùng kỳ năm trước khoảng 3 tạ.",
         "Nhiều hợp tác xã đưa máy gặt đập liên hợp vào đồng, giảm chi phí thuê nhân công cho bà con.",
         "Huyện khuyến cáo nông dân làm đất sớm để gieo cấy vụ đông đúng khung thời vụ."]),
    "ra-quan-ve-sinh-moi-truong-huong-ung-chien-dich": (
        "Ra quân vệ sinh môi trường hưởng ứng chiến dịch làm sạch", "28/09/2023 16:45",
        ["Hàng trăm đoàn viên, thanh niên và người dân thị trấn ra quân thu gom rác thải dọc các tuyến đường.",
         "Lực lượng tham gia đã phát quang bụi rậm, khơi thông cống rãnh và trồng thêm cây xanh.",
         "Ban tổ chức trao tặng thùng đựng rác phân loại cho các khu dân cư có phong trào tốt.",
         "Hoạt động nhằm nâng cao ý thức giữ gìn môi trường sống xanh, sạch, đẹp của cộng đồng."]),
    "hoi-thi-nau-an-gia-dinh-tai-trung-tam-van-hoa-huyen": (
        "Hội thi nấu ăn gia đình tại Trung tâm Văn hóa huyện", None,
        ["Hội thi nấu ăn gia đình thu hút 16 đội đến từ các xã, thị trấn trên địa bàn huyện tham gia.",
         "Mỗi đội trình bày một mâm cơm gia đình với các món ăn truyền thống và sản phẩm địa phương.",
         "Ban giám khảo đánh giá cao sự sáng tạo, cách trình bày và giá trị dinh dưỡng của các món ăn.",
         "Kết thúc hội thi, ban tổ chức trao giải nhất cho đội xã Đông Tiến và các giải phụ."]),
}
DATELESS = "hoi-thi-nau-an-gia-dinh-tai-trung-tam-van-hoa-huyen"
TWIN = "khanh-thanh-cau-dan-sinh-noi-hai-thon-xa-dong-tien"


def _chrome(inner: str, title: str) -> str:
    return (f"<html lang='vi'><head><meta charset='utf-8'><title>{title} - Cổng thông tin huyện Đông Sơn</title>"
            "</head><body><div id='header'><div class='today'>Thứ hai, 02/10/2023</div>"
            "<ul class='menu'><li><a href='/'>Trang chủ</a></li><li><a href='/chuyen-muc/xa-hoi'>Xã hội</a></li>"
            "<li><a href='/lien-he.html'>Liên hệ</a></li></ul></div>"
            f"<div id='main'>{inner}</div><div id='footer'><p>Cổng thông tin điện tử huyện Đông Sơn. "
            "Địa chỉ: số 1 đường Trần Phú, thị trấn Rừng Thông.</p></div></body></html>")


def story_page(slug: str, *, print_view: bool = False) -> str:
    title, when, paragraphs = STORIES[slug]
    date = f"<div class='ngay-dang'>{when}</div>" if when else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs) + f"<p>{NOTICE}</p>"
    tools = "" if print_view else f"<a class='in' href='/print/{slug}.html'>In bài</a>"
    return _chrome(f"<div class='chi-tiet'><h1>{title}</h1>{date}{tools}<div class='noi-dung'>{body}</div></div>",
                   title)


def list_page(slugs, *, next_page: str | None = None) -> str:
    items = "".join(f"<li><a href='/tin-tuc/{s}.html'>{STORIES[s][0]}</a><p>{STORIES[s][2][0]}</p></li>"
                    for s in slugs)
    more = f"<a href='{next_page}'>Trang sau</a>" if next_page else ""
    return _chrome(f"<h1>Tin tức</h1><ul class='ds'>{items}</ul>{more}", "Tin tức")


def routes() -> dict:
    slugs = list(STORIES)
    found = {
        "/": html_page(list_page(slugs[:2], next_page="/chuyen-muc/xa-hoi")),
        "/chuyen-muc/xa-hoi": html_page(list_page(slugs[2:3], next_page="/chuyen-muc/xa-hoi?page=2")),
        "/chuyen-muc/xa-hoi?page=2": html_page(list_page(slugs[3:]) + "<a href='/van-ban/qd-123.html'>Văn bản</a>"),
        "/lien-he.html": html_page(_chrome("<h1>Liên hệ</h1><p>Điện thoại: 0237 3868 111. "
                                           "Email: ubnd@dongson.example</p>", "Liên hệ")),
        "/van-ban/qd-123.html": html_page(_chrome(
            "<h1>Quyết định số 123/QĐ-UBND về kế hoạch phát triển giao thông nông thôn</h1>"
            "<div class='ngay-dang'>12/09/2023 09:00</div>"
            + "".join(f"<p>Điều {i}. Quy định chi tiết việc đầu tư, quản lý, bảo trì các tuyến đường giao thông "
                      "nông thôn trên địa bàn huyện giai đoạn 2023 - 2025, phân công trách nhiệm cụ thể.</p>"
                      for i in range(1, 6))
            + "<p><a href='/files/qd-123.pdf'>Tải về văn bản</a></p>", "Quyết định số 123")),
    }
    for slug in slugs:
        found[f"/tin-tuc/{slug}.html"] = html_page(story_page(slug))
        found[f"/print/{slug}.html"] = html_page(story_page(slug, print_view=True))
    return found


@pytest.fixture
def district(tmp_path):
    site = LoopbackSite("127.0.0.1")
    with serve(site):
        site.routes.update(routes())
        config = tmp_path / "config.toml"
        config.write_text(f"""
[archive]
path = "{tmp_path / 'archive.db'}"

[crawl]
user_agent = "provincial-news-archive-test/0.1 (+https://example.invalid/contact)"
delay_seconds = 0
concurrency = 2
max_pages_per_run = 100

[[sites]]
name = "dongson"
start_urls = ["{site.base}/"]
""", encoding="utf-8")
        yield site, config, tmp_path / "archive.db"


def run(*args):
    return CliRunner().invoke(main, list(map(str, args)), catch_exceptions=False)


def rows(db, sql, params=()):
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(sql, params)]


def test_articles_once_dateless_counted_nothing_else_template_learned(district):
    site, config, db = district
    result = run("crawl", "--config", config)
    assert result.exit_code == 0, result.output
    stored = {r["url"].removeprefix(site.base): r for r in rows(db, "SELECT * FROM articles")}
    # Every story once, under its own URL; no list, pagination, contact, document page or print twin.
    assert set(stored) == {f"/tin-tuc/{s}.html" for s in STORIES}
    assert stored[f"/tin-tuc/{DATELESS}.html"]["published"] is None
    assert stored[f"/tin-tuc/{TWIN}.html"]["published"] == "2023-09-15T08:30:00+07:00"
    # Print views were fetched (nothing points to the story from them) and recognised as twins.
    assert any(r.path.startswith("/print/") for r in site.requests)
    frontier = {r["url"].removeprefix(site.base): r for r in rows(db, "SELECT * FROM frontier")}
    assert frontier[f"/print/{TWIN}.html"]["canonical"] == f"{site.base}/tin-tuc/{TWIN}.html"
    # The dateless article is counted in the run's health, and stats and sites show it.
    health = json.loads(rows(db, "SELECT health FROM runs ORDER BY id DESC LIMIT 1")[0]["health"])
    assert health["articles"] == 4 and health["without_date"] == 1
    assert "1 article without a date" in run("stats", "--db", db).output
    assert "1 article without a date" in run("sites", "--config", config).output
    # The notice every story repeats was learned as the site's template and kept.
    learned = rows(db, "SELECT * FROM site_blocks WHERE site = 'dongson' AND pages >= ?", [TEMPLATE_PAGES])
    assert learned
    # Stories extracted before the template was known still carry it; reextract uses what was learned.
    assert any(NOTICE in r["text"] for r in stored.values())
    result = run("reextract", "--db", db, "--config", config)
    assert result.exit_code == 0, result.output
    after = rows(db, "SELECT url, text FROM articles")
    assert len(after) == 4
    for row in after:
        assert NOTICE not in row["text"], row["url"]
        assert STORIES[row["url"].rsplit("/", 1)[-1][:-5]][2][-1] in row["text"]


ABOUT = ("<h1>Giới thiệu chung về huyện Đông Sơn</h1>"
         + "".join(f"<p>{p}</p>" for p in (
             "Huyện Đông Sơn nằm ở phía tây thành phố, có diện tích tự nhiên hơn 82 km2, gồm 13 xã và một thị trấn.",
             "Dân số toàn huyện khoảng 80.000 người, phần lớn sống bằng nghề nông, trồng lúa và chăn nuôi gia cầm.",
             "Huyện có nhiều di tích lịch sử, văn hóa, trong đó có khu di tích khảo cổ Đông Sơn được xếp hạng quốc gia.",
             "Hệ thống giao thông gồm quốc lộ 45, quốc lộ 47 và tuyến tránh thành phố chạy qua địa bàn huyện.",
             "Những năm qua, huyện tập trung xây dựng nông thôn mới, phát triển công nghiệp và dịch vụ thương mại.")))


@pytest.mark.parametrize("short_link", [False, True], ids=["lists-link-it", "lists-link-its-short-url"])
def test_a_page_the_site_menu_links_is_no_article_a_pinned_story_is(district, monkeypatch, short_link):
    """The site's footer links an about page in the article markup (og:type article) from every
    page, and its header pins a story under a short name: the about page, fetched before the
    template is known, is not kept; the story, which a list names by its headline, is. Also
    when the lists name it through a short URL that redirects to it: what the crawl learned
    under that URL counts for the story."""
    site, config, db = district
    chrome = _chrome

    def with_menu(inner: str, title: str) -> str:
        page = chrome(inner, title).replace(
            "<div id='header'>", f"<div id='header'><div class='noi-bat'><a href='/tin-tuc/{TWIN}.html'>Cầu mới</a></div>")
        return page.replace("</body>", "<ul class='footer-menu'><li><a href='/gioi-thieu-chung'>Giới thiệu</a></li>"
                                       "<li><a href='/lien-he.html'>Liên hệ</a></li><li><a href='/'>Trang chủ</a></li>"
                                       "</ul></body>")

    monkeypatch.setattr(sys.modules[__name__], "_chrome", with_menu)
    about = with_menu(ABOUT, "Giới thiệu").replace("<head>", "<head><meta property='og:type' content='article'>")
    assert extract(about, f"{site.base}/gioi-thieu-chung").is_article      # alone, it reads as an article
    site.routes.update(routes())
    site.routes["/gioi-thieu-chung"] = html_page(about)
    if short_link:
        for path, response in list(site.routes.items()):
            site.routes[path] = Response(response.body.replace(f"href='/tin-tuc/{TWIN}.html'>Kh".encode(),
                                                               b"href='/tin/1'>Kh"), response.status, response.headers)
        site.routes["/tin/1"] = Response(b"", 301, (("Location", f"/tin-tuc/{TWIN}.html"),))
    result = run("crawl", "--config", config)
    assert result.exit_code == 0, result.output
    assert any(r.path == "/gioi-thieu-chung" for r in site.requests)
    assert any(r.path == "/tin/1" for r in site.requests) == short_link
    assert {r["url"].removeprefix(site.base) for r in rows(db, "SELECT url FROM articles")} == \
        {f"/tin-tuc/{s}.html" for s in STORIES}
    frontier = {r["url"].removeprefix(site.base): r for r in rows(db, "SELECT url, kind FROM frontier")}
    assert frontier["/gioi-thieu-chung"]["kind"] == "other"
    assert rows(db, "SELECT url FROM raw_pages WHERE url = ?", [f"{site.base}/gioi-thieu-chung"]) == []
    # What was learned stays in the archive for later runs and reextract.
    learned = rows(db, "SELECT pages FROM site_blocks WHERE site = 'dongson' AND hash = ?",
                   [menu_link_hash(f"{site.base}/gioi-thieu-chung")])
    assert learned and learned[0]["pages"] >= TEMPLATE_PAGES
    runs = rows(db, "SELECT new_articles FROM runs")
    assert [r["new_articles"] for r in runs] == [len(STORIES)]


def test_a_menu_page_is_refused_when_a_known_template_grows_by_its_menu_only(district, monkeypatch):
    """A site whose template earlier runs learned (here 200 blocks) adds a footer menu: the
    about page it links, fetched before the menu is learned, is judged again at the site's
    end with the menu in the knowledge, though the template grew by less than
    TEMPLATE_GROWTH since it was last packed."""
    site, config, db = district
    archive_db = archive.open_archive(db)
    with archive.transaction(archive_db):
        archive_db.conn.executemany("INSERT INTO site_blocks (site, hash, pages, seen_at) VALUES (?, ?, ?, ?)",
                                    [("dongson", h, 50, "2023-01-01T00:00:00+00:00") for h in range(1, 201)])
    archive_db.conn.close()
    chrome = _chrome

    def with_menu(inner: str, title: str) -> str:
        return chrome(inner, title).replace(
            "</body>", "<ul class='footer-menu'><li><a href='/gioi-thieu-chung'>Giới thiệu</a></li>"
                       "<li><a href='/lien-he.html'>Liên hệ</a></li><li><a href='/'>Trang chủ</a></li></ul></body>")

    monkeypatch.setattr(sys.modules[__name__], "_chrome", with_menu)
    about = with_menu(ABOUT, "Giới thiệu").replace("<head>", "<head><meta property='og:type' content='article'>")
    site.routes.update(routes())
    site.routes["/gioi-thieu-chung"] = html_page(about)
    result = run("crawl", "--config", config)
    assert result.exit_code == 0, result.output
    assert any(r.path == "/gioi-thieu-chung" for r in site.requests)
    assert {r["url"].removeprefix(site.base) for r in rows(db, "SELECT url FROM articles")} == \
        {f"/tin-tuc/{s}.html" for s in STORIES}


def test_a_twin_fetched_first_moves_to_the_better_url(district):
    site, config, db = district
    # The home page links only the print view of the story; a later list page links the story.
    site.routes["/"] = html_page(list_page([]) + f"<a href='/print/{TWIN}.html'>Khánh thành cầu dân sinh nối hai thôn xã Đông Tiến</a>"
                                 "<a href='/chuyen-muc/xa-hoi'>Xã hội</a>")
    site.routes["/chuyen-muc/xa-hoi"] = html_page(list_page([TWIN]))
    assert run("crawl", "--config", config).exit_code == 0
    stored = rows(db, "SELECT url FROM articles")
    assert [r["url"] for r in stored] == [f"{site.base}/tin-tuc/{TWIN}.html"]
    raw = archive.load_raw(archive.open_archive(db), f"{site.base}/tin-tuc/{TWIN}.html")
    assert raw is not None


@pytest.mark.parametrize("dated_first", [False, True])
def test_a_copy_of_a_story_is_kept_under_the_url_in_its_year_s_folder(district, dated_first):
    """A hand-built site copies a story to its notice board ("/thong-bao/…", linked from the home
    page) beside its place in the news archive's year folder ("/tin-tuc/2023/…"), no canonical
    link on either: the article is kept under the archive's URL, whichever the crawl met first."""
    site, config, db = district
    page = html_page(story_page(TWIN))
    site.routes[f"/thong-bao/{TWIN}.html"] = page
    site.routes[f"/tin-tuc/2023/{TWIN}.html"] = page
    title = STORIES[TWIN][0]
    first, later = (f"/tin-tuc/2023/{TWIN}.html", f"/thong-bao/{TWIN}.html") if dated_first \
        else (f"/thong-bao/{TWIN}.html", f"/tin-tuc/2023/{TWIN}.html")
    site.routes["/"] = html_page(_chrome(f"<ul class='ds'><li><a href='{first}'>{title}</a></li></ul>"
                                         "<a href='/chuyen-muc/xa-hoi'>Trang sau</a>", "Tin tức"))
    site.routes["/chuyen-muc/xa-hoi"] = html_page(_chrome(f"<ul class='ds'><li><a href='{later}'>{title}</a></li></ul>",
                                                          "Xã hội"))
    assert run("crawl", "--config", config).exit_code == 0
    assert [r["url"] for r in rows(db, "SELECT url FROM articles")] == [f"{site.base}/tin-tuc/2023/{TWIN}.html"]


def test_url_preference_ranks_a_year_s_folder_after_renderings_and_queries():
    dated, copy = "https://a.vn/tintuc/2025/tt_280325.htm", "https://a.vn/thongbao/tb_280325.htm"
    assert url_preference(dated) < url_preference(copy)
    assert url_preference(copy) < url_preference("https://a.vn/print/tintuc/2025/tt_280325.htm")
    assert url_preference("https://a.vn/tin.asp?id=1") < url_preference("https://a.vn/2025/tin.asp?id=1&cat=3")


def test_a_category_s_number_that_reads_as_a_year_is_no_year_s_folder():
    """leftovers22: a CMS that numbers its categories ("/c/2019/…") files a story of 2024 under
    no year; its own year's folder still wins, and any year's when the date is unknown."""
    published = "2024-05-02T08:15:00+07:00"
    numbered, plain = "https://a.vn/c/2019/cau-moi-123.html", "https://a.vn/tin-tuc/cau-moi-123.html"
    assert url_preference(numbered, published) == url_preference(plain, published)
    assert url_preference("https://a.vn/tin-tuc/2024/cau-moi-123.html", published) < url_preference(plain, published)
    assert url_preference("https://a.vn/2024/05/02/cau-moi.html", published) < url_preference(plain, published)
    assert url_preference(numbered) < url_preference(plain)


def test_twin_rank_prefers_the_plain_url():
    plain = twin_rank("https://a.vn/tin-tuc/cau-moi.html")
    assert plain == 0
    for twin in ("https://a.vn/print/tin-tuc/cau-moi.html", "https://m.a.vn/tin-tuc/cau-moi.html",
                 "https://a.vn/tin-tuc/cau-moi.html/amp", "https://a.vn/amp/tin-tuc/cau-moi.html",
                 "https://a.vn/node/123", "https://a.vn/tin-tuc/cau-moi.amp.html"):
        assert twin_rank(twin) > plain, twin


def test_twin_rank_knows_a_print_script():
    """A print view served by a script of its own ranks below the article it prints; a story
    whose slug merely starts with "print" or "in" does not."""
    for twin in ("https://a.vn/Print.aspx?ID=101", "https://a.vn/tin-tuc/print.php?id=5",
                 "https://a.vn/ban-in.html?id=7"):
        assert twin_rank(twin) > 0, twin
        assert url_preference(twin) > url_preference("https://a.vn/NewsDetail.aspx?ID=101&CatID=1"), twin
    for story in ("https://a.vn/tin-tuc/printing-house.html", "https://a.vn/in-an-bao-bi.html",
                  "https://a.vn/NewsDetail.aspx?ID=101"):
        assert twin_rank(story) == 0, story


def test_probe_says_a_site_of_dateless_articles_can_be_crawled(district):
    site, _config, _db = district
    site.routes["/"] = html_page(list_page([DATELESS]))
    result = run("probe", site.base + "/", "--pages", "1")
    assert result.exit_code == 0, result.output
    assert "no date" in result.output
    assert "Verdict: this site can be crawled." in result.output


def test_twin_rank_knows_portal_renderings():
    assert twin_rank("https://a.vn/wps/wcm/connect/qt/tin-tuc/cau-moi?presentationtemplate=qt/PT_In&MOD=AJPERES") > 0
    assert twin_rank("https://a.vn/wps/portal/qt/chi-tiet/?urile=wcm:path:/qt/tin-tuc/cau-moi") == 0


def _signed_story(slug: str) -> str:
    """A story whose reporter's linked author block stands above the lead, as on a station's site."""
    title, _when, paragraphs = STORIES[slug]
    return _chrome(f"<div class='chi-tiet'><h1>{title}</h1><div class='ngay-dang'>02/10/2023 08:00</div>"
                   "<div class='info'><a href='/tac-gia/ngoc-diep.html'>Ngọc Diệp</a> - Phòng Thời sự</div>"
                   + "".join(f"<p>{p}</p>" for p in paragraphs) + f"<p>{NOTICE}</p></div>", title)


def test_a_reporter_who_signs_many_articles_is_no_template(tmp_path):
    """One reporter wrote every story: her byline repeats at the same place on each page, like a
    template block, and must still be read as the author (and never removed as template)."""
    db = archive.open_archive(tmp_path / "archive.db")
    learner = SiteLearner(db, "station")
    slugs = list(STORIES)
    for slug in slugs[:3]:
        learner.learn(block_hashes(parse_html(_signed_story(slug))), STORIES[slug][0])
    assert learner.template   # the notice and the chrome were learned
    context = PageContext(knowledge=learner.knowledge())
    last = slugs[3]
    article = extract(_signed_story(last), f"http://127.0.0.1/tin-tuc/{last}.html", context=context)
    assert article.author == "Ngọc Diệp"
    assert NOTICE not in article.text and "Phòng Thời sự" not in article.text
    assert STORIES[last][2][-1] in article.text


def test_articles_of_one_day_keep_their_shared_date_line(tmp_path):
    """Stories published the same minute print the same date line (with its print and share
    links) at the same place: it repeats like a template block and is still the date. The
    header's "today" repeats as well, and stays no date."""
    stories = [replace(story, published="09/10/2018 10:25") for story in DAILY[:4]]
    pages = [render_daily(story, "Báo Tỉnh", stories[:2], stories[2:]) for story in stories]
    learner = SiteLearner(archive.open_archive(tmp_path / "archive.db"), "daily")
    for story, page in zip(stories[:3], pages[:3], strict=True):
        learner.learn(block_hashes(parse_html(page)), story.title)
    context = PageContext(knowledge=learner.knowledge())
    alone = extract(pages[3], f"http://127.0.0.1/{stories[3].slug}.html")
    known = extract(pages[3], f"http://127.0.0.1/{stories[3].slug}.html", context=context)
    assert known.published == alone.published == "2018-10-09T10:25:00+07:00"
    assert known.text == alone.text and "Lượt xem" not in known.text


def _stored_story(tmp_path, url: str) -> tuple:
    """An archive holding the dated story TWIN at ``url`` of site "portal", and the story."""
    db = archive.open_archive(tmp_path / "archive.db")
    title, _when, paragraphs = STORIES[TWIN]
    stored = Article(url=url, title=title, published="2023-09-15T08:30:00+07:00", text="\n".join(paragraphs),
                     is_article=True)
    archive.save_article(db, "portal", url, stored, "2023-10-02T00:00:00+00:00")
    return db, stored


def test_a_portal_state_url_of_a_stored_article_is_its_twin(tmp_path):
    """The same page under another query string (a portlet's state, a print mode) reads its
    headline otherwise and prints no date: nearly the same text under the same path is a twin."""
    url = "http://127.0.0.1/web/guest/tin-tuc/-/asset_publisher/Zx9b/content/cau-moi"
    db, stored = _stored_story(tmp_path, url)
    state = url + "?p_p_id=101&p_p_state=exclusive"
    view = replace(stored, title="Cổng thông tin điện tử huyện Đông Sơn", published=None, url=state)
    assert find_twin(db, "portal", state, view) is not None
    other = replace(view, text="\n".join(STORIES[DATELESS][2]))
    assert find_twin(db, "portal", state, other) is None


def _portal_page(slug: str) -> str:
    """A portal page whose <title> and first <h1> are the portal's name on every page."""
    title, _when, paragraphs = STORIES[slug]
    portal = "Cổng thông tin điện tử huyện Đông Sơn"
    return (f"<html lang='vi'><head><title>{portal}</title></head><body><div class='top'><h1>{portal}</h1></div>"
            f"<div class='noi-dung'><h2>{title}</h2>" + "".join(f"<p>{p}</p>" for p in paragraphs)
            + "</div></body></html>")


def test_a_title_the_site_gives_every_page_names_no_article(tmp_path):
    db = archive.open_archive(tmp_path / "archive.db")
    learner = SiteLearner(db, "portal")
    slugs = list(STORIES)
    last = slugs[3]
    url = f"http://127.0.0.1/tin-tuc/{last}.html"
    assert extract(_portal_page(last), url).title != STORIES[last][0]   # alone, <title> and <h1> agree
    for slug in slugs[:3]:
        learner.learn(block_hashes(parse_html(_portal_page(slug))), STORIES[slug][0])
    article = extract(_portal_page(last), url, context=PageContext(knowledge=learner.knowledge()))
    assert article.title == STORIES[last][0]


def test_a_dateless_print_view_with_another_headline_is_a_twin(tmp_path):
    url = "http://127.0.0.1/wps/portal/qt/chi-tiet/?urile=wcm:path:/qt/tin-tuc/cau-moi"
    db, stored = _stored_story(tmp_path, url)
    printed = "http://127.0.0.1/wps/wcm/connect/qt/tin-tuc/cau-moi?presentationtemplate=qt/PT_In"
    view = replace(stored, title="CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÔNG SƠN", published=None, url=printed)
    assert find_twin(db, "portal", printed, view) == (1, url)
    plain = "http://127.0.0.1/tin-tuc/cau-moi-2.html"      # not a rendering: a story of its own
    assert find_twin(db, "portal", plain, replace(view, url=plain)) is None


def test_a_story_whose_dateless_print_view_was_stored_first_finds_it(tmp_path):
    printed = "http://127.0.0.1/wps/wcm/connect/qt/tin-tuc/cau-moi?presentationtemplate=qt/PT_In"
    db, view = _stored_story(tmp_path, printed)
    db.execute("UPDATE articles SET title = ?, published = NULL", ["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÔNG SƠN"])
    url = "http://127.0.0.1/wps/portal/qt/chi-tiet/?urile=wcm:path:/qt/tin-tuc/cau-moi"
    assert find_twin(db, "portal", url, replace(view, url=url)) == (1, printed)
def test_find_twin_looks_at_undated_rows_first_then_the_days_around(tmp_path):
    from crawler.extract import Article
    from crawler.knowledge import find_twin

    db = archive.open_archive(tmp_path / "a.db")
    text = "\n".join(STORIES[TWIN][2])
    story = Article(url=None, title=STORIES[TWIN][0], text=text, published="2023-09-15T08:30:00+07:00",
                    is_article=True)
    with archive.transaction(db):
        for url, published in (("https://a.vn/far.html", "2023-09-25T08:30:00+07:00"),
                               ("https://a.vn/near.html", "2023-09-14T08:30:00+07:00")):
            archive.save_article(db, "a", url, Article(url=url, title=story.title, text=text, published=published,
                                                       is_article=True), "2023-09-20T00:00:00+00:00")
    assert find_twin(db, "a", "https://a.vn/new.html", story) == (2, "https://a.vn/near.html")
    with archive.transaction(db):
        archive.save_article(db, "a", "https://a.vn/undated.html", Article(url=None, title=story.title, text=text,
                                                                           is_article=True), "2023-09-20T00:00:00+00:00")
    assert find_twin(db, "a", "https://a.vn/new.html", story) == (3, "https://a.vn/undated.html")
    assert find_twin(db, "b", "https://a.vn/new.html", story) is None
    db.conn.close()


def test_menu_links_seen_on_template_pages_are_learned_and_saved(tmp_path):
    db = archive.open_archive(tmp_path / "archive.db")
    learner = SiteLearner(db, "portal")
    section = "http://127.0.0.1/wps/portal/Home/tuyen-truyen"
    for n in range(TEMPLATE_PAGES):
        assert not learner.in_menu(section)
        learner.learn({n}, f"Bài số {n} của cổng thông tin điện tử tỉnh", [section, f"http://127.0.0.1/tag/{n}"])
    assert learner.in_menu(section)
    assert learner.in_menu(section + "/!ut/p/z1/04_Sj9CPykssy0xPLMnMz0vMAfIjo8z/dz/d5/L2dBISEvZ0FBIS9nQSEh/")
    assert not learner.in_menu("http://127.0.0.1/tag/1")     # on one page only
    with archive.transaction(db):
        learner.save(db)
    assert SiteLearner(db, "portal").in_menu(section)       # a later run knows it
def _us_story(day: str, teasers: tuple[str, ...], clock: str = "7:20:00 AM") -> str:
    """A classic ASP site under a US locale: M/D/YYYY with seconds and AM/PM."""
    title, _, paragraphs = STORIES[TWIN]
    items = "".join(f"<li><a href='/tin-{i}.asp'>Tin số {i} của huyện</a> ({d})</li>" for i, d in enumerate(teasers))
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return _chrome(f"<div class='chi-tiet'><h1>{title}</h1><div class='ngay-dang'>Cập nhật: {day} {clock}</div>"
                   f"<div class='noi-dung'>{body}</div><ul class='tin-khac'>{items}</ul></div>", title)


def test_a_site_that_writes_dates_month_first_reads_its_ambiguous_dates_so(tmp_path):
    """A page whose own dates prove nothing is read with the order the site's other pages proved,
    and the order is kept in the archive for later runs."""
    db = archive.open_archive(tmp_path / "archive.db")
    learner = SiteLearner(db, "asp")
    for teasers in (("9/28/2023", "10/19/2023"), ("10/25/2023",)):
        article = extract(_us_story("10/25/2023", teasers), "http://127.0.0.1/newsdetail.asp?NewsID=1")
        assert article.month_first is True and article.published == "2023-10-25T07:20:00+07:00"
        learner.learn((), article.title, month_first=article.month_first)
    with db.conn:
        learner.save(db)
    # Nothing on this page tells the order: its clock padded ("07:20:00 AM") is no runtime's default.
    alone = _us_story("10/6/2023", ("10/3/2023",), clock="07:20:00 AM")
    url = "http://127.0.0.1/newsdetail.asp?NewsID=2"
    assert extract(alone, url).published == "2023-06-10T07:20:00+07:00"   # day first by default
    # Unpadded, the runtime's US default format tells it alone.
    assert extract(_us_story("10/6/2023", ("10/3/2023",)), url).published == "2023-10-06T07:20:00+07:00"
    knowledge = SiteLearner(db, "asp").knowledge()
    assert knowledge.month_first is True and not knowledge.template
    assert extract(alone, url, context=PageContext(knowledge=knowledge)).published == "2023-10-06T07:20:00+07:00"
def _shop_post(meta_time: str, printed_day: str) -> str:
    """A store's blog post: its metadata time written with no zone, only the day printed."""
    title, _, paragraphs = STORIES[TWIN]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return _chrome(f"<div class='bai'><h1>{title}</h1><p class='ngay'>{printed_day}</p>"
                   f"<div class='noi-dung'>{body}</div></div>", title).replace(
        "</head>", f"<meta property='article:published_time' content='{meta_time}'></head>")


def test_a_site_whose_zone_less_times_are_utc_reads_them_so_on_every_page(tmp_path):
    """One page proves the clock UTC's (its feed's moment, or its printed day); a page whose own
    sources say nothing is read so by the site's word, kept in the archive for later runs and
    ``reextract``; with no word at all, Vietnam's."""
    db = archive.open_archive(tmp_path / "archive.db")
    learner = SiteLearner(db, "shop")
    told = extract(_shop_post("2024-04-02 20:15:00", "03/04/2024"), "http://127.0.0.1/blog/post-3")
    assert (told.published, told.naive_utc) == ("2024-04-03T03:15:00+07:00", True)
    learner.learn((), told.title, naive_utc=told.naive_utc)
    with db.conn:
        learner.save(db)
    silent = _shop_post("2024-04-05 02:00:00", "05/04/2024")   # the same day either way
    url = "http://127.0.0.1/blog/post-5"
    assert (extract(silent, url).published, extract(silent, url).naive_utc) == ("2024-04-05T02:00:00+07:00", None)
    knowledge = SiteLearner(db, "shop").knowledge()
    assert knowledge.naive_utc is True and not knowledge.template
    assert extract(silent, url, context=PageContext(knowledge=knowledge)).published == "2024-04-05T09:00:00+07:00"
    # the page's own word wins over the site's: its feed gives the local reading's moment
    local = PageContext(knowledge=knowledge, fed=True, fed_date="2024-04-05T02:00:00+07:00")
    assert extract(silent, url, context=local).published == "2024-04-05T02:00:00+07:00"


def test_a_long_run_keeps_the_learner_bounded(tmp_path, monkeypatch):
    """A run of many articles keeps at most MAX_TITLES titles and MAX_CANDIDATES rare
    fingerprints (twice that between prunes) in memory, the newest; template blocks stay."""
    monkeypatch.setattr(knowledge, "MAX_TITLES", 30)
    monkeypatch.setattr(knowledge, "MAX_CANDIDATES", 50)
    db = archive.open_archive(tmp_path / "archive.db")
    learner = SiteLearner(db, "daily")
    chrome = {1, 2, 3}
    for page in range(400):
        learner.learn(chrome | {1000 + 2 * page, 1001 + 2 * page}, f"Tin số {page}")
        assert len(learner.titles) <= 30
        assert len(learner.pages) - len(learner.template) <= 2 * 50
    assert learner.template == chrome
    assert set(learner.titles) == {title_hash(f"Tin số {page}") for page in range(370, 400)}
    assert {1798, 1799} <= set(learner.pages) and 1000 not in learner.pages
    assert learner.seen <= set(learner.pages)
    with archive.transaction(db):
        learner.save(db)
    assert SiteLearner(db, "daily").template == chrome


def test_the_knowledge_handed_out_follows_a_grown_template_not_every_block(tmp_path):
    """A young template reaches extraction at once; a big one is packed again when it has
    grown by TEMPLATE_GROWTH of itself, or with the next REFRESH_TITLES titles."""
    db = archive.open_archive(tmp_path / "archive.db")
    learner = SiteLearner(db, "daily")
    for page in range(TEMPLATE_PAGES):
        learner.learn(set(range(1, 33)) | {1000 + page}, None)
    assert learner.knowledge().in_template(32)              # 32 new: at once
    for page in range(TEMPLATE_PAGES):
        learner.learn({33, 2000 + page}, None)
    assert not learner.knowledge().in_template(33)          # 1 new of 33: not yet
    for page in range(TEMPLATE_PAGES):
        learner.learn({34, 35, 3000 + page}, None)
    assert learner.knowledge().in_template(35)              # 3 new of 35: over a sixteenth
    for page in range(TEMPLATE_PAGES):
        learner.learn({36, 4000 + page}, None)
    for n in range(knowledge.REFRESH_TITLES):
        assert not learner.knowledge().in_template(36)
        learner.learn((), f"Tin số {n}")
    assert learner.knowledge().in_template(36)              # with the titles


@settings(max_examples=300, deadline=None)
@given(host=st.sampled_from(["a.vn", "m.a.vn", "AMP.a.vn", "Mobile.a.vn", "www.a.vn"]),
       segments=st.lists(st.sampled_from(["tin-tuc", "Print", "amp", "in", "ban-in", "M", "node", "123",
                                          "bai.amp.html", "cau-moi-amp", "Printable", "index.php"]),
                         max_size=4),
       query=st.sampled_from(["", "?id=1", "?Print=1", "?view=popup", "?outputtype=amp&id=3"]))
def test_the_sql_rendering_test_passes_every_rendering(host, segments, query):
    """find_twin lets SQLite skip URLs that cannot be renderings: none that twin_rank ranks
    above 0 may be skipped."""
    url = f"https://{host}/{'/'.join(segments)}{query}"
    conn = sqlite3.connect(":memory:")
    try:
        passes = conn.execute(f"SELECT {knowledge._MAYBE_RENDERING} FROM (SELECT ? AS url)", [url]).fetchone()[0]
    finally:
        conn.close()
    assert passes or twin_rank(url) == 0, url


# Teasers that name each story in other words than its headline (a site builder's strip).
RETOLD = {slug: f"Tin {n}: {words}" for n, (slug, words) in enumerate(zip(STORIES, (
    "cây cầu mới của hai thôn ven kênh Bắc đã thông xe",
    "mùa gặt lúa hè thu được giá và được mùa",
    "thanh niên thị trấn ra quân dọn rác đường phố",
    "các đội trổ tài nấu mâm cơm ngon ở nhà văn hóa"), strict=True), 1)}


def test_stories_each_teased_with_a_thumbnail_on_the_others_are_all_archived(district):
    """Every story ends with a strip teasing the others, each by a thumbnail link (no text) and a
    link in other words than its headline: the thumbnails repeat on most story pages, but they
    are teasers, not the site's menu, and no story is lost as "a page of the site's menu"."""
    site, config, db = district
    slugs = list(STORIES)

    def strip(own: str) -> str:
        return "<div class='khac'>" + "".join(
            f"<div class='o'><div class='khung'><div class='anh'><a href='/tin-tuc/{s}.html'><img src='/{s}.jpg' "
            f"alt=''></a></div><div class='ten'><a href='/tin-tuc/{s}.html'>{RETOLD[s]}</a></div></div></div>"
            for s in slugs if s != own) \
            + "</div>"

    for slug in slugs:
        site.routes[f"/tin-tuc/{slug}.html"] = html_page(story_page(slug).replace("<div id='footer'>",
                                                                                    strip(slug) + "<div id='footer'>"))
    site.routes["/"] = html_page(_chrome(strip(""), "Trang chủ"))
    result = run("crawl", "--config", config)
    assert result.exit_code == 0, result.output
    stored = {r["url"].removeprefix(site.base) for r in rows(db, "SELECT url FROM articles")}
    assert stored == {f"/tin-tuc/{s}.html" for s in slugs}
