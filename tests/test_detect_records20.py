"""The nineteenth round's non-articles and a story's URL, in other markup than the families': a
story filed under its day in a video section, a document's entry over a download script or over
its scan with no paragraph of prose, a talk announced before it takes place, a live page before
its event (its countdown and programme), and a student's question with the teacher's answer;
each beside a page that merely resembles it and must keep its answer."""

from __future__ import annotations

import pytest

from crawler.extract import extract
from crawler.extract.detect import PageContext, event_title, url_kind

BASE = "http://127.0.0.1:8000"
SITE = "Cổng thông tin huyện Thọ Xuân"
PROSE = ("<p>Sáng 14/11, tại hội trường UBND huyện, Hội Nông dân huyện tổ chức hội nghị tổng kết mô hình trồng "
         "dưa lưới trong nhà màng, với sự tham gia của hơn 120 hội viên đến từ 18 xã, thị trấn trong huyện.</p>"
         "<p>Sau ba năm triển khai, mô hình đã mở rộng lên 6,5 ha, cho thu nhập bình quân 450 triệu đồng mỗi ha "
         "một năm, gấp năm lần trồng lúa; nhiều hộ đã liên kết bao tiêu sản phẩm với các siêu thị ở Thanh Hóa.</p>"
         "<p>Ông Lê Văn Hùng, Chủ tịch Hội Nông dân huyện, cho biết năm tới hội sẽ phối hợp với ngân hàng chính "
         "sách hỗ trợ vốn cho 40 hộ, mở thêm hai lớp tập huấn kỹ thuật chăm sóc và sơ chế sau thu hoạch.</p>")


def portal(title: str, body: str, head: str = "") -> str:
    """A PHP district portal (NukeViet's news module markup): another CMS's shape than the families'."""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title} - {SITE}</title>{head}</head>
<body><div id="header"><a href="/" class="logo">{SITE}</a>
<ul class="nav navbar-nav"><li><a href="/">Trang chủ</a></li><li><a href="/news/">Tin tức</a></li>
<li><a href="/video/">Video</a></li><li><a href="/laws/">Văn bản</a></li><li><a href="/contact/">Liên hệ</a></li></ul></div>
<div class="wraper"><div class="col-md-16"><div class="news_column panel panel-default"><div class="panel-body">
<h1 class="title margin-bottom-lg">{title}</h1>{body}</div></div></div>
<div class="col-md-8"><div class="panel panel-default"><div class="panel-heading">Tin mới</div><div class="panel-body">
<ul><li><a href="/news/thoi-su/huyen-to-chuc-ra-quan-lam-thuy-loi-noi-dong-vu-dong-xuan-2026-1204.html">Huyện tổ chức ra
quân làm thủy lợi nội đồng vụ Đông Xuân 2026</a></li></ul></div></div></div></div>
<div id="footer">© {SITE}. Địa chỉ: thị trấn Thọ Xuân, tỉnh Thanh Hóa.</div></body></html>"""


def blog(title: str, body: str, meta: str = "", head: str = "") -> str:
    """A Hugo blog (PaperMod theme's markup), typed as an article as every post of it is."""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title} | Sổ tay Thọ Xuân</title>
<meta property="og:type" content="article"><meta property="og:title" content="{title}">{head}</head>
<body class="list"><header class="header"><nav class="nav"><a href="/" class="logo">Sổ tay Thọ Xuân</a>
<ul id="menu"><li><a href="/posts/">Bài viết</a></li><li><a href="/tags/">Thẻ</a></li><li><a href="/about/">Giới thiệu</a></li></ul>
</nav></header><main class="main"><article class="post-single"><header class="post-header">
<h1 class="post-title entry-hint-parent">{title}</h1><div class="post-meta">{meta}</div></header>
<div class="post-content">{body}</div><footer class="post-footer"><ul class="post-tags"><li><a href="/tags/lich-su/">lịch sử</a></li></ul>
</footer></article></main><footer class="footer"><span>© 2026 Sổ tay Thọ Xuân</span></footer></body></html>"""


POSTED = "<span title='2026-11-20 08:00:00 +0700 +07'>20/11/2026</span>&nbsp;·&nbsp;Lê Minh Đức"


# --- a story filed under its day in a section named by a navigation word ---------------------

@pytest.mark.parametrize(("path", "kind"), [
    ("/a/video/2026/1122/127.html", "article"),     # DedeCMS: {typedir}/{Y}/{M}{D}/{aid}.html
    ("/html/photo/2025/0610/31.html", "article"),
    ("/video/2026/11/22/4521.html", "article"),
    ("/a/video/", "listing"),                       # the section, its pages and its date archive stay lists
    ("/a/video/list_3_2.html", "listing"),
    ("/video/2026/11/", "listing"),
    ("/video/2026/11/22/", "listing"),
    ("/video/2026/11/index.html", "listing"),
    ("/tag/video/2026/11/12.html", "listing"),
])
def test_a_numbered_item_under_its_day_in_a_video_section_is_an_article_s_url(path, kind):
    assert url_kind(BASE + path) == kind


def test_a_video_story_under_its_day_is_news():
    video = "<div class='video-player'><iframe src='https://www.youtube.com/embed/x7Kp2nQe4Ws'></iframe></div>"
    body = f"<div class='meta'>Thứ Bảy, 22/11/2026 15:10</div>{video}<div class='bodytext'>{PROSE}</div>"
    article = extract(portal("Video: Mô hình dưa lưới trong nhà màng cho thu nhập cao", body),
                      BASE + "/a/video/2026/1122/127.html")
    assert article.is_article, article.reason


# --- a document's entry over a download script ------------------------------------------------

def test_a_decision_s_entry_over_a_download_script_is_no_article():
    body = ("<p class='text-muted'>12/QĐ-UBND · 05/11/2026 · UBND huyện Thọ Xuân</p>"
            "<div class='panel-heading'>Trích yếu</div><p>Ban hành kèm theo Quyết định này Quy chế bình chọn sản phẩm "
            "nông nghiệp tiêu biểu của huyện Thọ Xuân năm 2026, áp dụng cho các hợp tác xã, tổ hợp tác và hộ sản xuất "
            "trên địa bàn; quy chế gồm 4 chương, 18 điều, có hiệu lực kể từ ngày ký.</p>"
            "<p><a href='/modules/laws/download.php?id=118&amp;file=1'>Tải về</a></p>")
    title = "Quyết định số 12/QĐ-UBND về việc ban hành Quy chế bình chọn sản phẩm nông nghiệp tiêu biểu"
    # As a crawl judges it: the section's list names it by its title.
    article = extract(portal(title, body), BASE + "/laws/detail/quyet-dinh-so-12-qd-ubnd-ve-viec-ban-hanh-quy-che-118.html",
                      context=PageContext(anchor=title, listed=True))
    assert not article.is_article


def test_a_story_of_a_decision_with_its_file_through_a_download_script_is_news():
    body = (f"<div class='meta'>14/11/2026 09:20</div><div class='bodytext'>{PROSE}"
            "<p>Toàn văn quy chế: <a href='/modules/laws/download.php?id=118&amp;file=1'>tải về</a>.</p></div>")
    article = extract(portal("Huyện ban hành quy chế bình chọn sản phẩm nông nghiệp tiêu biểu năm 2026", body),
                      BASE + "/news/thoi-su/huyen-ban-hanh-quy-che-binh-chon-san-pham-nong-nghiep-1118.html")
    assert article.is_article, article.reason


# --- a document's scan with its fields and no paragraph of prose -------------------------------

def test_a_scan_s_page_with_its_fields_and_no_prose_is_no_article():
    body = ("<ul><li>Niên đại: Tự Đức năm thứ 3 (1850)</li><li>Chất liệu: giấy dó, mực nho</li>"
            "<li>Nơi lưu giữ: đình làng Xuân Lập</li><li>Kích thước: 98 x 50 cm</li></ul>"
            "<p><a href='/files/sac-phong-dinh-xuan-lap-1850.pdf'>Tải bản chụp (PDF, 3,1 MB)</a></p>")
    article = extract(blog("Tư liệu: Sắc phong đình làng Xuân Lập (bản chụp)", body),
                      BASE + "/pages/tu-lieu-sac-phong-dinh-lang-xuan-lap-ban-chup/")
    assert not article.is_article
    assert "download" in article.reason or "file" in article.reason


def test_a_post_about_a_scan_told_in_prose_with_its_file_is_news():
    body = ("<p>Đạo sắc phong đình làng Xuân Lập được ban năm Tự Đức thứ 3 (1850), hiện do ông Lê Văn Tám, thủ từ của "
            "đình, cất giữ trong hòm gỗ sơn son; qua hơn 170 năm, tờ giấy dó đã ố vàng, nhiều nếp gấp bị rách.</p>"
            "<p>Tháng 10 vừa qua, nhóm chúng tôi cùng cán bộ Bảo tàng tỉnh đã chụp lại toàn bộ đạo sắc ở độ phân giải "
            "cao, phiên âm và dịch nghĩa để bà con trong làng cùng đọc, đối chiếu với gia phả các dòng họ.</p>"
            "<p><a href='/files/sac-phong-dinh-xuan-lap-1850.pdf'>Tải bản chụp (PDF, 3,1 MB)</a></p>")
    article = extract(blog("Chụp lại đạo sắc phong đình làng Xuân Lập sau hơn 170 năm", body, POSTED),
                      BASE + "/posts/chup-lai-dao-sac-phong-dinh-lang-xuan-lap/")
    assert article.is_article, article.reason


# --- a talk announced before it takes place ---------------------------------------------------

def test_a_talk_s_kind_opens_an_event_s_title():
    assert event_title("Buổi nói chuyện chuyên đề “Lam Kinh thời Lê”")
    assert event_title("Giao lưu với nghệ nhân hát chèo")
    assert event_title("Trực tiếp: Lễ khai mạc Tuần Văn hóa - Du lịch Thọ Xuân")
    assert not event_title("Trực tiếp tiêu thụ nông sản qua sàn thương mại điện tử")


def test_a_talk_announced_ahead_with_its_time_and_place_is_no_article():
    body = ("<ul><li>Thời gian: 8 giờ 30, Chủ nhật 20/12/2026</li><li>Địa điểm: Hội trường Thư viện huyện Thọ Xuân</li>"
            "<li>Diễn giả: Lê Minh Đức</li><li>Đăng ký: miễn phí, nhắn tin 0912 345 678</li></ul>"
            "<p>Mời bạn đọc quan tâm đến dự.</p>")
    article = extract(blog("Buổi nói chuyện chuyên đề “Lam Kinh thời Lê”", body, POSTED),
                      BASE + "/2026/11/noi-chuyen-chuyen-de-lam-kinh-thoi-le.html")
    assert not article.is_article


def test_a_report_of_a_talk_that_took_place_is_news():
    body = ("<p>Sáng 20/11, tại Thư viện huyện Thọ Xuân, buổi nói chuyện chuyên đề “Lam Kinh thời Lê” đã thu hút hơn "
            "150 bạn đọc, trong đó có nhiều học sinh các trường trung học phổ thông trên địa bàn huyện.</p>"
            "<p>Diễn giả Lê Minh Đức đã giới thiệu quá trình xây dựng kinh đô thứ hai của nhà Hậu Lê, các đợt khai quật "
            "khảo cổ từ năm 1996 đến nay và những hiện vật mới được phát hiện tại khu vực chính điện.</p>"
            "<p>Nhiều bạn đọc đặt câu hỏi về việc phục dựng điện Quang Đức và mong thư viện tổ chức thêm các buổi "
            "nói chuyện về lịch sử địa phương trong năm tới.</p>")
    article = extract(blog("Buổi nói chuyện chuyên đề “Lam Kinh thời Lê” thu hút đông đảo bạn đọc", body, POSTED),
                      BASE + "/2026/11/buoi-noi-chuyen-lam-kinh-thoi-le-thu-hut-ban-doc.html")
    assert article.is_article, article.reason


# --- a live page before its event -------------------------------------------------------------

LIVE_HEAD = '<meta property="og:type" content="article">'


def live(entries: str) -> str:
    return ("<p class='sapo'>Lễ khai mạc Tuần Văn hóa - Du lịch Thọ Xuân sẽ diễn ra lúc 20 giờ ngày 12/12/2026 tại "
            "Quảng trường Lam Sơn. Cổng thông tin sẽ tường thuật trực tiếp sự kiện.</p>"
            "<div class='live-program'><h3>Chương trình</h3><ul><li>19:30 - Đón đại biểu</li><li>20:00 - Khai mạc</li>"
            "<li>20:30 - Chương trình nghệ thuật “Xứ Thanh mến yêu”</li><li>21:45 - Bắn pháo hoa</li></ul></div>"
            f"<div class='live-feed'>{entries}</div>")


def test_a_live_page_before_its_event_is_no_article():
    body = live("<p class='live-empty'>Chưa có cập nhật.</p>")
    article = extract(portal("Trực tiếp: Lễ khai mạc Tuần Văn hóa - Du lịch Thọ Xuân", body, LIVE_HEAD),
                      BASE + "/news/su-kien/truc-tiep-le-khai-mac-tuan-van-hoa-du-lich-tho-xuan-1204.html")
    assert not article.is_article


def test_a_live_page_with_its_entries_posted_is_news():
    entries = ("<div class='entry'><b>20:05</b><p>Phó Chủ tịch UBND tỉnh Lê Văn Thành đọc diễn văn khai mạc, nhấn mạnh "
               "Tuần Văn hóa là dịp quảng bá di tích Lam Kinh và các làng nghề truyền thống của huyện tới du khách "
               "trong và ngoài tỉnh.</p></div><div class='entry'><b>20:30</b><p>Chương trình nghệ thuật với sự tham "
               "gia của hơn 300 diễn viên, tái hiện khởi nghĩa Lam Sơn và đời sống người dân đôi bờ sông Chu; "
               "hàng nghìn người dân và du khách đã có mặt tại quảng trường từ chiều.</p></div>"
               "<div class='entry'><b>21:45</b><p>Màn bắn pháo hoa tầm cao kéo dài 15 phút khép lại lễ khai mạc; "
               "ban tổ chức cho biết trong tuần sẽ có hội chợ, triển lãm ảnh và giải đua thuyền trên sông Chu.</p></div>")
    article = extract(portal("Trực tiếp: Lễ khai mạc Tuần Văn hóa - Du lịch Thọ Xuân", live(entries), LIVE_HEAD),
                      BASE + "/news/su-kien/truc-tiep-le-khai-mac-tuan-van-hoa-du-lich-tho-xuan-1204.html")
    assert article.is_article, article.reason


# --- a student's question and the teacher's answer --------------------------------------------

def test_a_student_s_question_and_the_answer_under_a_q_and_a_title_is_no_article():
    body = ("<blockquote><p>Em Lê Thị Hoa, lớp 12C2, hỏi: Thưa thầy, thí sinh tự do có được cộng điểm khuyến khích "
            "khi có chứng chỉ nghề không ạ?</p></blockquote><p><strong>Trả lời:</strong></p>"
            "<p>Thí sinh tự do không được cộng điểm khuyến khích, kể cả khi có chứng chỉ nghề, theo quy chế thi hiện hành.</p>"
            "<p>Em nên xem kỹ Điều 41 của quy chế để biết các trường hợp được cộng điểm.</p>")
    article = extract(blog("Giải đáp: Thí sinh tự do có được cộng điểm khuyến khích không?", body, POSTED),
                      BASE + "/posts/giai-dap-thi-sinh-tu-do-co-duoc-cong-diem-khuyen-khich/")
    assert not article.is_article


def test_a_story_quoting_a_voter_s_question_and_the_answer_is_news():
    body = (PROSE + "<p>Cử tri Lê Văn Bình, xã Xuân Lập, hỏi: khi nào huyện hỗ trợ vốn cho các hộ trồng dưa lưới?</p>"
            "<p>Trả lời: Hội Nông dân huyện cho biết nguồn vốn sẽ được giải ngân trong quý I năm 2027.</p>")
    article = extract(blog("Giải đáp thắc mắc của hội viên về mô hình dưa lưới trong nhà màng", body, POSTED),
                      BASE + "/posts/giai-dap-thac-mac-cua-hoi-vien-ve-mo-hinh-dua-luoi/")
    assert article.is_article, article.reason


def test_a_story_opening_on_a_voter_s_question_and_the_answer_is_news():
    """A meeting's story that opens on a voter's question (the asker set off by commas) and the
    official's answer, its account after them: the comma form makes a Q&A only under a Q&A's
    headline (above), not under a story's."""
    question = ("<p>Cử tri Lê Văn Bình, thôn 3, hỏi: Bao giờ tuyến đường liên xã Xuân Phú - Xuân Thắng "
                "được nâng cấp?</p>")
    answer = ("<p>Trả lời: Ông Lê Văn Hùng, Chủ tịch UBND huyện cho biết tuyến đường đã có trong kế hoạch đầu tư "
              "công trung hạn, dự kiến khởi công quý II năm 2027.</p>")
    date = '<div class="meta">Thứ sáu, 20/11/2026 08:15</div>'
    article = extract(portal("Đại biểu HĐND tỉnh tiếp xúc cử tri xã Xuân Phú",
                             date + f'<div class="bodytext">{question}{answer}{PROSE}</div>'),
                      BASE + "/news/thoi-su/tiep-xuc-cu-tri-xa-xuan-phu-12346.html")
    assert article.is_article, article.reason
