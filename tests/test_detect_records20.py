"""The nineteenth round's non-articles and a story's URL, in other markup than the families': a
story filed under its day in a video section, a document's entry over a download script or over
its scan with no paragraph of prose, a talk announced before it takes place, a live page before
its event (its countdown and programme), and a student's question with the teacher's answer;
each beside a page that merely resembles it and must keep its answer."""

from __future__ import annotations

import pytest

from crawler.extract import extract
from crawler.extract.detect import url_kind

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
