"""The eighteenth round's non-articles and URLs in other markup than the families': a story
published as a page named by its slug ("/page/<slug>"), a collection's list under its plural
name ("/posts"), a contest's rules signed by its organising board, an award ceremony announced
in its issuer's voice over its time and place, and a magazine issue's table of contents, each
beside a page that merely resembles it."""

from __future__ import annotations

import pytest

from crawler.extract import extract
from crawler.extract.clean import is_organisation
from crawler.extract.detect import PageContext, contents, url_kind
from crawler.urls import looks_like_navigation

BASE = "http://127.0.0.1:8000"
SITE = "Thư viện tỉnh Hà Giang"
PROSE = ("<p>Sáng 18/11, tại điểm trường Nà Vài, xã Yên Minh, Thư viện tỉnh phối hợp với Phòng Giáo dục huyện tổ "
         "chức ngày hội đọc sách cho hơn 200 học sinh bán trú, trao tặng 1.500 cuốn sách thiếu nhi và truyện tranh.</p>"
         "<p>Các em được nghe kể chuyện, thi vẽ tranh theo sách và tham gia trò chơi đố vui; tủ sách lưu động của "
         "thư viện sẽ luân chuyển giữa ba điểm trường đến hết năm học, mỗi đợt đổi mới khoảng 300 đầu sách.</p>"
         "<p>Cô Hoàng Thị Mai, Hiệu trưởng nhà trường, cho biết học sinh ở bán trú rất thiếu sách đọc ngoài giờ, "
         "nhiều em lần đầu được cầm trên tay một cuốn truyện tranh in màu bằng tiếng Việt.</p>")


def page(title: str, body: str, meta: str = "", head: str = "") -> str:
    """A WordPress-like library site (Astra theme's markup): another CMS's shape than the families'."""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title} – {SITE}</title>{head}</head>
<body class="single"><header class="site-header"><a class="site-title" href="/">{SITE}</a>
<nav class="main-navigation"><ul><li><a href="/">Trang chủ</a></li><li><a href="/posts">Tin tức</a></li>
<li><a href="/page/gioi-thieu">Giới thiệu</a></li><li><a href="/page/lien-he">Liên hệ</a></li></ul></nav></header>
<div id="primary"><main class="site-main"><article class="ast-article-single">
<header class="entry-header"><h1 class="entry-title">{title}</h1>{meta}</header>
<div class="entry-content">{body}</div></article></main>
<aside class="widget-area"><section class="widget"><h2 class="widget-title">Giờ mở cửa</h2>
<p>Thứ Hai đến thứ Sáu: 7h30 - 17h00. Thứ Bảy: 7h30 - 11h00.</p></section></aside></div>
<footer class="site-footer">© {SITE}. Địa chỉ: số 5 đường Nguyễn Trãi, TP Hà Giang.</footer></body></html>"""


NEWS_ARTICLE = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
                '"headline": "x", "datePublished": "2025-11-20"}</script>')
DATE_LINE = "<div class='entry-meta'><span class='posted-on'><time datetime='2025-11-20T08:00:00+07:00'>20/11/2025</time></span></div>"


# --- a page named by its slug is no pagination ----------------------------------------------

@pytest.mark.parametrize(("path", "navigation"), [
    ("/page/2", True),
    ("/page/2/", True),
    ("/tin-tuc/page/3", True),
    ("/trang/4", True),
    ("/tin-tuc/trang-2", True),
    ("/page.html", True),
    ("/page/gioi-thieu", True),       # the about page: named so, not by its "page"
    ("/page/ngay-hoi-doc-sach-cho-hoc-sinh-ban-tru-xa-yen-minh", False),
    ("/trang/thu-vien-tinh-tang-sach-cho-diem-truong-vung-cao", False),
])
def test_page_or_trang_is_navigation_only_numbered(path, navigation):
    assert looks_like_navigation(BASE + path) is navigation


@pytest.mark.parametrize(("path", "kind"), [
    ("/page/ngay-hoi-doc-sach-cho-hoc-sinh-ban-tru-xa-yen-minh", "article"),
    ("/page/2", "listing"),
    ("/chuyen-muc/tin-tuc/page/ngay-hoi-doc-sach-cho-hoc-sinh-ban-tru", "article"),
    # A content type's plural name is its collection's list; one of its items has a slug.
    ("/posts", "listing"),
    ("/entries/", "listing"),
    ("/bai-viet", "listing"),
    ("/posts/ngay-hoi-doc-sach-cho-hoc-sinh-ban-tru-xa-yen-minh", "article"),
    # An old portal's item under such a name, by its query, and the name as a script: no list.
    ("/bai-viet?ma=123", "unknown"),
    ("/bai-viet.html?ma=123", "unknown"),
    ("/posts.php?pid=5", "unknown"),
])
def test_url_kind_of_pages_named_by_slug_and_collections(path, kind):
    assert url_kind(BASE + path) == kind


def test_a_story_published_as_a_page_named_by_its_slug_is_news():
    """No date, no og:type: the CMS's "pages" type prints none. Its URL is all it has besides its
    headline and prose, and "/page/" once read as pagination refused it."""
    title = "Ngày hội đọc sách cho học sinh bán trú xã Yên Minh"
    url = BASE + "/page/ngay-hoi-doc-sach-cho-hoc-sinh-ban-tru-xa-yen-minh"
    story = extract(page(title, PROSE), url)
    assert story.is_article, story.reason
    assert extract(page(title, PROSE), url, context=PageContext(anchor=title, listed=True)).is_article


TEASER = ("<div class='post-item'><div class='post-meta'><span class='cat'>Tin hoạt động</span>"
          "<span class='date'>{day} Nov 2025</span></div><div class='post-body'><h2 class='post-title'>{title}</h2>"
          "<p class='excerpt'>{excerpt}…</p><a class='more-link' href='/posts/{slug}'>Đọc tiếp »</a></div></div>")
TEASERS = [
    ("18", "Ngày hội đọc sách cho học sinh bán trú xã Yên Minh", "Sáng 18/11, tại điểm trường Nà Vài, Thư viện tỉnh "
     "phối hợp với Phòng Giáo dục huyện tổ chức ngày hội đọc sách cho hơn 200 học sinh bán trú, trao tặng 1.500 cuốn",
     "ngay-hoi-doc-sach-cho-hoc-sinh-ban-tru-xa-yen-minh"),
    ("12", "Thư viện tỉnh số hóa 3.000 trang tư liệu Hán Nôm quý", "Sau hai năm thực hiện, Thư viện tỉnh đã số hóa "
     "xong 3.000 trang tư liệu Hán Nôm, sắc phong và gia phả của các dòng họ ở bốn huyện phía Nam, phục vụ bạn đọc",
     "thu-vien-tinh-so-hoa-3000-trang-tu-lieu-han-nom-quy"),
    ("05", "Xe thư viện lưu động về với bà con vùng cao Đồng Văn", "Trong tháng 11, xe thư viện lưu động đã đến 6 xã "
     "vùng cao của huyện Đồng Văn, phục vụ hơn 1.200 lượt bạn đọc là học sinh và người dân",
     "xe-thu-vien-luu-dong-ve-voi-ba-con-vung-cao-dong-van"),
]


def test_a_collection_s_list_under_its_plural_name_is_no_news():
    """A CMS's list of one content type ("/posts", "/entries"): each row an unlinked headline,
    its excerpt and a "read more" link (a card by its button: ``boxes._read_more_cards``). With
    the site's template learned, a row reads as a story's headline and lede: the URL says what
    the page is, and the cards that it lists teasers."""
    rows = "".join(TEASER.format(day=d, title=t, excerpt=e, slug=s) for d, t, e, s in TEASERS)
    html_ = page("Bài viết", f"<section class='post-list'>{rows}</section>").replace(
        "<h1 class=\"entry-title\">Bài viết</h1>", "")   # a list's template prints no headline of its own
    listing = extract(html_, BASE + "/posts", context=PageContext(listed=True))
    assert not listing.is_article and ("listing URL" in listing.reason or "teasers" in listing.reason), \
        (listing.title, listing.reason)
    # The first of its items, at its own URL, is a story.
    title, slug = TEASERS[0][1], TEASERS[0][3]
    assert extract(page(title, PROSE, DATE_LINE), BASE + f"/posts/{slug}").is_article


# --- a contest's rules signed by its organising board ---------------------------------------

RULES = ("<p><strong>1. Đối tượng tham gia</strong></p><p>Học sinh tiểu học và trung học cơ sở trong tỉnh.</p>"
         "<p><strong>2. Nội dung bài dự thi</strong></p><ul><li>Giới thiệu một cuốn sách em yêu thích.</li>"
         "<li>Bài viết dài không quá 1.500 chữ, viết tay hoặc đánh máy.</li></ul>"
         "<p><strong>3. Thời gian nhận bài</strong></p><p>Từ ngày 20/11/2025 đến hết ngày 31/3/2026.</p>"
         "<p><strong>4. Giải thưởng</strong></p><p>01 giải Nhất: 3.000.000 đồng; 02 giải Nhì: 2.000.000 đồng; "
         "03 giải Ba: 1.000.000 đồng.</p><p>Bài dự thi gửi về Thư viện tỉnh, số 5 đường Nguyễn Trãi, TP Hà Giang.</p>")


def test_a_contest_s_rules_signed_by_its_organising_board_are_no_news():
    """"BAN TỔ CHỨC" right-aligned under the rules is the board that issues them, no reporter
    signing a story: the rules stay the contest's terms."""
    title = "Thể lệ cuộc thi Đại sứ văn hóa đọc tỉnh Hà Giang năm 2025"
    body = RULES + "<p style='text-align: right;'><strong>BAN TỔ CHỨC</strong></p>"
    rules = extract(page(title, body, DATE_LINE, NEWS_ARTICLE), BASE + "/posts/the-le-cuoc-thi-dai-su-van-hoa-doc-2025",
                    context=PageContext(anchor=title, listed=True))
    assert not rules.is_article and "terms" in rules.reason, rules.reason
    assert rules.author is None
    assert is_organisation("BAN TỔ CHỨC") and is_organisation("Ban Chỉ đạo")
    assert not is_organisation("Ban Mai") and not is_organisation("Hà Thị Ban")


def test_a_story_of_a_contest_signed_by_its_reporter_stays_news():
    """A story of the same contest tells it in paragraphs and is signed by whoever wrote it."""
    title = "Phát động cuộc thi Đại sứ văn hóa đọc năm 2025"
    body = (PROSE.replace("tổ chức ngày hội đọc sách", "phát động cuộc thi Đại sứ văn hóa đọc")
            + "<p style='text-align: right;'><strong>Minh Hà</strong></p>")
    story = extract(page(title, body, DATE_LINE, NEWS_ARTICLE), BASE + "/posts/phat-dong-cuoc-thi-dai-su-van-hoa-doc-2025")
    assert story.is_article, story.reason
    assert story.author == "Minh Hà"


# --- an award ceremony announced in its issuer's voice --------------------------------------

CEREMONY_TITLE = "Lễ tổng kết và trao giải cuộc thi Đại sứ văn hóa đọc năm 2025"


def _ceremony(body: str):
    """The ceremony's page in the story template, dated 20/11, listed by its headline."""
    return extract(page(CEREMONY_TITLE, body, DATE_LINE, NEWS_ARTICLE),
                   BASE + "/posts/le-tong-ket-va-trao-giai-dai-su-van-hoa-doc-2025",
                   context=PageContext(anchor=CEREMONY_TITLE, listed=True))


def test_an_event_announced_in_its_issuer_s_voice_over_its_time_and_place_is_no_news():
    """The issuer's one line ("… trân trọng thông báo Lễ …") over the event's time and place,
    ahead of the page's own date: the event's page, as its fields alone would be."""
    body = ("<p>Thư viện tỉnh Hà Giang trân trọng thông báo Lễ tổng kết và trao giải cuộc thi Đại sứ văn hóa đọc "
            "năm 2025 như sau.</p><ul><li><b>Thời gian:</b> 8 giờ 00, thứ Sáu ngày 12/12/2025</li>"
            "<li><b>Địa điểm:</b> Hội trường Thư viện tỉnh, số 5 đường Nguyễn Trãi</li>"
            "<li><b>Thành phần:</b> đại diện Sở Văn hóa, các trường có học sinh đoạt giải</li></ul>"
            "<p>Các em học sinh đoạt giải có mặt trước 7 giờ 30 để Ban Tổ chức hướng dẫn; phụ huynh được mời dự "
            "cùng các em.</p>")
    event = _ceremony(body)
    assert not event.is_article, event.reason


def test_an_event_s_notice_told_in_news_prose_stays_news():
    """The same announcement told in paragraphs ("… thông báo Lễ … sẽ diễn ra …" and what the
    contest drew): a news item, though it opens in the issuer's voice."""
    body = ("<p>Thư viện tỉnh Hà Giang thông báo Lễ tổng kết và trao giải cuộc thi Đại sứ văn hóa đọc năm 2025 "
            "sẽ diễn ra sáng 12/12 tại hội trường thư viện, với sự tham dự của đại diện Sở Văn hóa.</p>"
            "<p>Cuộc thi năm nay nhận được hơn 4.300 bài dự thi của học sinh 11 huyện, thành phố, tăng gần gấp "
            "đôi so với năm trước; nhiều bài viết tay của học sinh vùng cao được ban giám khảo đánh giá cao.</p>"
            "<p>Ban giám khảo đã chọn 30 bài xuất sắc nhất vào vòng chung kết; 6 bài đoạt giải sẽ được giới thiệu "
            "trên trang thông tin của thư viện và gửi dự thi cấp quốc gia vào đầu năm 2026.</p>")
    story = _ceremony(body)
    assert story.is_article, story.reason


# --- a magazine issue's table of contents ---------------------------------------------------

CONTENTS = ("<p><strong>Mục lục</strong></p><ul>"
            "<li>Lời tòa soạn: Đọc sách giữa mùa sương - Ban Biên tập (tr. 3)</li>"
            "<li>Ký sự: Tủ sách bên cột mốc - Lò Văn Sinh (tr. 8)</li>"
            "<li>Nghiên cứu: Sắc phong ở các làng Tày ven sông Lô - Nguyễn Thị Huệ (tr. 15)</li>"
            "<li>Truyện ngắn: Chợ phiên cuối năm - Vàng Thị Dợ (tr. 27)</li></ul>")


def test_a_magazine_issue_s_table_of_contents_is_no_news():
    """An issue posted in the story template: its cover, its contents with each work's page and
    a line of where to buy it."""
    title = "Bản tin Thư viện Hà Giang số 4/2025"
    body = ("<p><img src='/uploads/bia-ban-tin-4-2025.jpg' alt='Bìa bản tin số 4/2025'></p>" + CONTENTS
            + "<p>Giá: 15.000 đồng. Bạn đọc đặt mua tại quầy thủ thư.</p>")
    issue = extract(page(title, body, DATE_LINE, NEWS_ARTICLE), BASE + "/posts/ban-tin-thu-vien-ha-giang-so-4-2025",
                    context=PageContext(anchor=title, listed=True))
    assert not issue.is_article and "contents" in issue.reason, issue.reason


def test_a_story_of_a_magazine_issue_closing_on_its_contents_stays_news():
    """A story about the issue tells it in paragraphs; the contents it closes on are a part of it."""
    title = "Bản tin Thư viện số cuối năm dành trọn cho văn hóa đọc vùng cao"
    body = (PROSE.replace("tổ chức ngày hội đọc sách", "ra mắt bản tin số cuối năm, kể lại ngày hội đọc sách")
            + CONTENTS)
    story = extract(page(title, body, DATE_LINE, NEWS_ARTICLE), BASE + "/posts/ban-tin-thu-vien-so-cuoi-nam-2025")
    assert story.is_article, story.reason
    assert contents(story.text) == 0
    assert contents("Mục lục\n- Ký sự: Tủ sách bên cột mốc (tr. 8)\n- Thơ: Mùa sương (tr. 12)\n"
                    "- Truyện ngắn: Chợ phiên (tr. 27)") == 3
