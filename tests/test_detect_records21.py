"""The twentieth round's non-articles, in other markup than the families': an event's page
ahead of it (its time, place and programme, or an opening saying when it will be held over its
programme's table), a recruitment call and a survey's form posted as signed blog posts, and a
documentation site's how-to page; each beside a page that merely resembles it and must keep
its answer."""

from __future__ import annotations

import pytest

from crawler.extract import extract
from crawler.extract.detect import PageContext, forthcoming, programme

BASE = "http://127.0.0.1:8000"
STORY = ("<p>Buổi sinh hoạt thu hút hơn 70 bạn trẻ là sinh viên, lập trình viên và cán bộ công chức trẻ đến "
         "từ thành phố và các huyện lân cận, nhiều bạn lần đầu tham gia một sự kiện công nghệ của cộng đồng.</p>"
         "<p>Sau phần trình bày, các nhóm thực hành viết một công cụ nhỏ tra cứu thủ tục hành chính bằng dữ liệu "
         "mở của tỉnh; ba nhóm hoàn thành sản phẩm chạy được ngay tại chỗ và được ban tổ chức tặng quà.</p>"
         "<p>Anh Lê Quang Huy, trưởng nhóm tổ chức, cho biết cộng đồng sẽ duy trì buổi gặp hằng tháng, luân phiên "
         "giữa các huyện, và mở thêm một lớp học cuối tuần dành cho học sinh trung học phổ thông.</p>")


def jekyll(title: str, body: str, day: str = "2026-12-01T09:00:00+07:00", by: str = "Phan Thị Thu Trang") -> str:
    """A Jekyll blog (Minima theme's markup) of a community: every post typed as a BlogPosting
    and signed by its writer."""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title} | Cộng đồng Web Huế</title>
<meta property="og:type" content="article"><meta property="og:title" content="{title}">
<meta property="article:published_time" content="{day}">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"BlogPosting","headline":"{title}",
"datePublished":"{day}","author":{{"@type":"Person","name":"{by}"}}}}</script></head>
<body><header class="site-header"><div class="wrapper"><a class="site-title" href="/">Cộng đồng Web Huế</a>
<nav class="site-nav"><div class="trigger"><a class="page-link" href="/about/">Giới thiệu</a>
<a class="page-link" href="/su-kien/">Sự kiện</a></div></nav></div></header>
<main class="page-content"><div class="wrapper"><article class="post h-entry">
<header class="post-header"><h1 class="post-title p-name">{title}</h1>
<p class="post-meta"><time class="dt-published" datetime="{day}">{day[8:10]}/{day[5:7]}/{day[:4]}</time> •
<span class="p-author h-card">{by}</span></p></header>
<div class="post-content e-content">{body}</div></article></div></main>
<footer class="site-footer"><div class="wrapper"><p>Cộng đồng Web Huế — gặp nhau mỗi tháng.</p></div></footer></body></html>"""


def in_feed(title: str) -> PageContext:
    return PageContext(anchor=title, listed=True, fed=True)


# --- an event's page ahead of it, signed as the blog's every post --------------------------

FIELDS = ("<p><strong>Thời gian:</strong> 8:30 – 11:30, thứ Bảy 20/12/2026</p>"
          "<p><strong>Địa điểm:</strong> Trung tâm Sáng tạo khởi nghiệp, 24 Lý Thường Kiệt, TP. Huế</p>")
AGENDA = ("<h2>Nội dung</h2><ul><li>8:30 – Đón khách, làm quen</li><li>9:00 – Triển khai ứng dụng web lên máy "
          "chủ đám mây</li><li>10:15 – Thực hành theo nhóm</li><li>11:15 – Hỏi đáp, bốc thăm quà</li></ul>")


def test_a_signed_meetup_page_ahead_of_it_is_no_news():
    title = "Web Huế gặp mặt lần thứ 9: Đưa ứng dụng lên đám mây"
    page = jekyll(title, FIELDS + AGENDA + "<p><a href='https://forms.gle/x'>Đăng ký tại đây</a> (40 chỗ).</p>")
    for context in (None, in_feed(title)):
        article = extract(page, BASE + "/2026/12/01/web-hue-gap-mat-lan-9.html", context=context)
        assert not article.is_article
        # A feed lists it as it lists the blog's stories: its fields decide, page by page or in the feed.
        assert "ahead of the event" in article.reason or "an event's time and place" in article.reason


def test_a_signed_report_of_the_meetup_after_it_stays_news():
    title = "Web Huế gặp mặt lần thứ 9: Hơn 70 bạn trẻ học đưa ứng dụng lên đám mây"
    page = jekyll(title, FIELDS + AGENDA + STORY, day="2026-12-21T10:00:00+07:00")
    article = extract(page, BASE + "/2026/12/21/web-hue-gap-mat-lan-9-hon-70-ban-tre.html", context=in_feed(title))
    assert article.is_article, article.reason


def test_a_signed_story_announcing_the_meetup_in_paragraphs_stays_news():
    title = "Web Huế sắp gặp mặt lần thứ 9 với chủ đề đám mây"
    page = jekyll(title, FIELDS + STORY + AGENDA)
    article = extract(page, BASE + "/2026/12/01/web-hue-sap-gap-mat-lan-9.html", context=in_feed(title))
    assert article.is_article, article.reason


# --- an opening saying when the event will be held, over its programme's table ---------------

def wordpress(title: str, body: str, day: str) -> str:
    """A WordPress post (Astra theme) of a department's site, typed as an article."""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title} – Sở Khoa học và Công nghệ</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="{day}"></head>
<body class="single single-post"><header class="site-header"><a href="/" rel="home">Sở Khoa học và Công nghệ</a>
<nav class="main-navigation"><ul class="menu"><li><a href="/tin-tuc/">Tin tức</a></li><li><a href="/lien-he/">Liên hệ</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="main"><article class="post type-post">
<header class="entry-header"><h1 class="entry-title">{title}</h1><div class="entry-meta"><span class="posted-on">
<time class="entry-date published" datetime="{day}">{day[8:10]}/{day[5:7]}/{day[:4]}</time></span></div></header>
<div class="entry-content">{body}</div></article></main></div>
<footer class="site-footer">© Sở Khoa học và Công nghệ tỉnh Phú Yên</footer></body></html>"""


PROGRAMME = ("<h3>Chương trình</h3><table><thead><tr><th>Thời gian</th><th>Nội dung</th></tr></thead><tbody>"
             "<tr><td>7:30 – 8:00</td><td>Đón tiếp đại biểu</td></tr>"
             "<tr><td>8:00 – 9:30</td><td>Khai mạc, trao giải cuộc thi ý tưởng khởi nghiệp</td></tr>"
             "<tr><td>9:30 – 11:30</td><td>Tham quan gian hàng công nghệ</td></tr>"
             "<tr><td>14:00 – 16:30</td><td>Tọa đàm kết nối nhà đầu tư</td></tr></tbody></table>")
TECHFEST = "Ngày hội Khởi nghiệp đổi mới sáng tạo tỉnh Phú Yên năm 2026"


def test_an_events_opening_and_programme_ahead_of_it_is_no_news():
    body = ("<p>Ngày hội Khởi nghiệp đổi mới sáng tạo tỉnh Phú Yên năm 2026 sẽ diễn ra vào ngày 18/4/2026 tại "
            "Quảng trường 1/4, TP. Tuy Hòa.</p>" + PROGRAMME +
            "<h3>Đăng ký gian hàng</h3><p>Đơn vị đăng ký trước ngày 10/4/2026 qua trang Liên hệ.</p>")
    page = wordpress(TECHFEST, body, "2026-03-30T08:00:00+07:00")
    article = extract(page, BASE + "/2026/03/30/ngay-hoi-khoi-nghiep-2026/", context=in_feed(TECHFEST))
    assert not article.is_article
    assert "ahead of the event" in article.reason


def test_a_story_of_the_event_after_it_with_its_programme_stays_news():
    body = ("<p>Ngày hội Khởi nghiệp đổi mới sáng tạo tỉnh Phú Yên năm 2026 đã diễn ra ngày 18/4/2026 tại "
            "Quảng trường 1/4, TP. Tuy Hòa, thu hút hơn 3.000 lượt khách tham quan 60 gian hàng.</p>" + PROGRAMME
            + "<p>Giải nhất cuộc thi ý tưởng thuộc về nhóm sinh viên Trường Đại học Phú Yên với dự án nước mắm "
            "truy xuất nguồn gốc bằng mã QR, được một quỹ đầu tư cam kết hỗ trợ ươm tạo trong một năm.</p>")
    page = wordpress(TECHFEST, body, "2026-04-18T17:00:00+07:00")
    article = extract(page, BASE + "/2026/04/18/ngay-hoi-khoi-nghiep-2026-thu-hut-3000-luot-khach/",
                      context=in_feed(TECHFEST))
    assert article.is_article, article.reason


def test_a_story_announcing_the_event_in_paragraphs_stays_news():
    body = ("<p>Ngày hội Khởi nghiệp đổi mới sáng tạo tỉnh Phú Yên năm 2026 sẽ diễn ra vào ngày 18/4/2026 tại "
            "Quảng trường 1/4, TP. Tuy Hòa, với khoảng 60 gian hàng của doanh nghiệp, trường học và hợp tác xã.</p>"
            "<p>Theo Sở Khoa học và Công nghệ, năm nay ngày hội dành riêng một khu trưng bày sản phẩm OCOP ứng dụng "
            "công nghệ số, từ nước mắm truy xuất nguồn gốc đến cá ngừ đại dương đóng hộp của ngư dân Phú Yên.</p>"
            "<p>Cuộc thi ý tưởng khởi nghiệp đã nhận 46 hồ sơ, ban giám khảo chọn 10 dự án vào vòng chung kết; "
            "giải nhất được hỗ trợ 100 triệu đồng và một năm ươm tạo tại trung tâm khởi nghiệp của tỉnh.</p>"
            "<p>Đây là năm thứ năm tỉnh tổ chức ngày hội, nhằm kết nối các dự án khởi nghiệp với nhà đầu tư, "
            "quỹ hỗ trợ và các chương trình khuyến công, khuyến nông của địa phương.</p>" + PROGRAMME)
    page = wordpress(TECHFEST, body, "2026-03-30T08:00:00+07:00")
    article = extract(page, BASE + "/2026/03/30/phu-yen-sap-to-chuc-ngay-hoi-khoi-nghiep/", context=in_feed(TECHFEST))
    assert article.is_article, article.reason


@pytest.mark.parametrize(("text", "published", "ahead"), [
    ("Hội thảo sẽ diễn ra vào ngày 15/3/2025 tại Quy Nhơn.", "2025-02-25", True),
    ("Lễ hội sẽ được tổ chức từ ngày 2 tháng 5 tại làng Chuông.", "2026-04-20T08:00:00+07:00", True),
    ("Hội thảo đã diễn ra ngày 15/3/2025 tại Quy Nhơn.", "2025-03-16", False),   # told after it
    ("Hội thảo sẽ diễn ra vào ngày 15/3/2025 tại Quy Nhơn.", "2025-03-20", False),   # a day before the page's
    ("Sáng 15/3, hội thảo khai mạc; năm sau sẽ tổ chức tại Huế.", "2025-03-15", False),   # no day after "sẽ"
])
def test_an_opening_says_the_event_is_ahead(text, published, ahead):
    assert forthcoming(text + "\nChương trình", published) is ahead


def test_a_table_s_rows_of_times_are_a_programme_but_a_span_in_a_field_is_not():
    assert programme("| 7:30 – 8:00 | Đón tiếp |\n| 8:00 – 9:00 | Khai mạc |\n| 14:00 – 16:30 | Hội thảo |") == 3
    assert programme("Thời gian: 14:00 – 17:00, Chủ nhật 13/12/2026") == 0


# --- a recruitment call and a survey's form, signed as the blog's every post ---------------

CALL = ("<p>Cộng đồng Web Huế tuyển 15 tình nguyện viên hỗ trợ người cao tuổi dùng dịch vụ công trực tuyến.</p>"
        "<h2>Yêu cầu</h2><ul><li>Từ 18 tuổi, sử dụng thành thạo điện thoại thông minh</li>"
        "<li>Tham gia ít nhất 3 buổi sáng Chủ nhật</li></ul><h2>Quyền lợi</h2><ul><li>Giấy chứng nhận tình "
        "nguyện</li><li>Hỗ trợ ăn trưa</li></ul><h2>Hồ sơ</h2><p>Điền biểu mẫu đăng ký trước ngày 10/12/2026.</p>")


def test_a_signed_recruitment_call_with_no_prose_is_no_news():
    title = "Tuyển tình nguyện viên dịch vụ công trực tuyến mùa đông 2026"
    article = extract(jekyll(title, CALL), BASE + "/2026/12/01/tuyen-tinh-nguyen-vien.html", context=in_feed(title))
    assert not article.is_article
    assert "terms" in article.reason or "no paragraph of prose" in article.reason


def test_a_call_after_a_reading_time_line_is_still_its_terms():
    title = "Tuyển cộng tác viên dịch vụ công trực tuyến năm 2026"
    page = jekyll(title, "<p class='reading-time'>· 2 phút đọc</p>" + CALL, by="")
    article = extract(page, BASE + "/2026/12/01/tuyen-cong-tac-vien.html", context=in_feed(title))
    assert not article.is_article
    assert "terms" in article.reason or "no paragraph of prose" in article.reason


def test_a_signed_story_about_a_recruitment_told_in_paragraphs_stays_news():
    title = "Tuyển tình nguyện viên số: 120 bạn trẻ đăng ký chỉ sau một tuần"
    body = (STORY + "<h2>Yêu cầu</h2><ul><li>Từ 18 tuổi</li><li>Tham gia 3 buổi</li></ul>"
            "<h2>Quyền lợi</h2><ul><li>Giấy chứng nhận</li></ul><h2>Hồ sơ</h2><p>Đăng ký trước 10/12.</p>")
    article = extract(jekyll(title, body), BASE + "/2026/12/08/tuyen-tinh-nguyen-vien-so.html", context=in_feed(title))
    assert article.is_article, article.reason


FORM = "<iframe src='https://docs.google.com/forms/d/e/1FAIpQLSfHue/viewform?embedded=true' width='640' height='800'>Đang tải…</iframe>"


def test_a_signed_post_of_a_survey_s_embedded_form_is_no_news():
    title = "Khảo sát nhu cầu học lập trình của sinh viên Huế năm 2027"
    page = jekyll(title, "<p>Mời bạn dành 5 phút trả lời khảo sát để cộng đồng lên kế hoạch lớp học năm 2027.</p>" + FORM)
    article = extract(page, BASE + "/2026/12/01/khao-sat-nhu-cau-hoc-lap-trinh.html", context=in_feed(title))
    assert not article.is_article
    assert "a poll, a survey" in article.reason


def test_a_story_of_a_survey_s_results_with_its_form_stays_news():
    title = "Khảo sát: 7 trên 10 sinh viên Huế muốn học lập trình web"
    article = extract(jekyll(title, STORY + FORM), BASE + "/2026/12/15/ket-qua-khao-sat.html", context=in_feed(title))
    assert article.is_article, article.reason


# --- a documentation site's how-to page --------------------------------------------------------

def mkdocs(title: str, body: str) -> str:
    """An MkDocs Material page of a department's handbook: typed as a website, no date but a
    "last updated" line telling how long ago (as GitBook's and the git plugin's "timeago" print)."""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title} - Sổ tay dịch vụ công</title>
<meta property="og:type" content="website"><meta property="og:title" content="{title}"></head>
<body><header class="md-header"><a href="/" class="md-header__button md-logo">Sổ tay dịch vụ công</a></header>
<div class="md-container"><main class="md-main"><div class="md-main__inner md-grid">
<div class="md-sidebar md-sidebar--primary"><nav class="md-nav"><ul class="md-nav__list">
<li class="md-nav__item"><a href="/huong-dan/nop-ho-so-truc-tuyen/" class="md-nav__link">Nộp hồ sơ trực tuyến</a></li>
<li class="md-nav__item"><a href="/huong-dan/thanh-toan-phi/" class="md-nav__link">Thanh toán phí, lệ phí</a></li></ul></nav></div>
<div class="md-content"><article class="md-content__inner md-typeset"><h1>{title}</h1>{body}
<aside class="md-source-file"><span class="md-source-file__fact">Cập nhật lần cuối: 3 tuần trước</span></aside>
</article></div></div></main><footer class="md-footer">© Văn phòng UBND tỉnh</footer></div></body></html>"""


STEPS = ("<p>Các bước nộp hồ sơ trực tuyến trên Cổng dịch vụ công quốc gia:</p><ol>"
         "<li>Đăng nhập bằng tài khoản định danh điện tử VNeID.</li>"
         "<li>Chọn thủ tục cần thực hiện, chọn cơ quan giải quyết là UBND xã nơi cư trú.</li>"
         "<li>Điền tờ khai, đính kèm bản chụp giấy tờ theo yêu cầu của thủ tục.</li>"
         "<li>Nộp phí, lệ phí trực tuyến và theo dõi kết quả trong mục Hồ sơ của tôi.</li></ol>")


def test_a_handbook_s_how_to_page_is_no_news():
    title = "Nộp hồ sơ trực tuyến trên Cổng dịch vụ công"
    article = extract(mkdocs(title, STEPS), BASE + "/huong-dan/nop-ho-so-truc-tuyen/",
                      context=PageContext(anchor=title, listed=True))
    assert not article.is_article
    assert "how-to" in article.reason


def test_a_dated_how_to_told_as_news_stays_news():
    title = "Hướng dẫn nộp hồ sơ trực tuyến: người dân Phú Yên tiết kiệm nửa ngày đi lại"
    body = STORY.replace("Buổi sinh hoạt", "Hướng dẫn") + STEPS
    article = extract(wordpress(title, body, "2026-11-12T08:00:00+07:00"),
                      BASE + "/2026/11/12/huong-dan-nop-ho-so-truc-tuyen/", context=in_feed(title))
    assert article.is_article, article.reason
