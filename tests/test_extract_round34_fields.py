"""The thirty-second round's day-headed blog posts, in other markup than the family's: a blog
that prints the day once over its posts ("Thứ Tư, 28 tháng 10, 2026" in a date header) and the
post's time only in its footer, as the link to the post itself ("Đăng bởi … vào lúc <a
href="…">16:00</a>"): the post's moment is that day at that time (``core._permalink_time``).
A time linking elsewhere, or to a comment of the page, is no post's time."""

from __future__ import annotations

import pytest

from crawler.extract import extract

BASE = "http://127.0.0.1:8000"
PATH = "/2026/10/nong-dan-xa-tan-lap-thu-hoach-lua.html"
TITLE = "Nông dân xã Tân Lập thu hoạch lúa sớm tránh mưa lũ"
PROSE = [
    "Những ngày cuối tháng 10, nông dân xã Tân Lập khẩn trương thu hoạch hơn 300 ha lúa mùa đã chín "
    "để tránh đợt mưa lớn được dự báo sẽ xuất hiện vào đầu tháng 11.",
    "Hợp tác xã nông nghiệp Tân Lập điều động 12 máy gặt đập liên hợp, ưu tiên các cánh đồng trũng "
    "thấp ven sông; mỗi ngày các máy gặt được khoảng 40 ha, nhanh gấp ba lần so với gặt tay.",
    "Theo ông Lò Văn Thắng, chủ nhiệm hợp tác xã, năng suất năm nay đạt khoảng 58 tạ mỗi héc-ta, "
    "cao hơn vụ trước nhờ dùng giống lúa ngắn ngày và bón phân cân đối theo khuyến cáo.",
    "Ủy ban nhân dân xã cũng lập tổ công tác hỗ trợ các hộ neo đơn, gia đình chính sách thu hoạch, "
    "vận chuyển lúa về nơi khô ráo trước khi mưa đến.",
]


def blog_post(footer: str, comments: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE} | Tin quê Tân Lập</title>
</head><body><div class="header"><a href="/">Tin quê Tân Lập</a></div>
<div class="main"><div class="date-outer"><h2 class="date-header"><span>Thứ Tư, 28 tháng 10, 2026</span></h2>
<div class="post-outer"><div class="post hentry"><h3 class="post-title entry-title">{TITLE}</h3>
<div class="post-body entry-content">{body}</div>
<div class="post-footer"><div class="post-footer-line">{footer}</div></div></div></div></div>
<div class="comments"><h4>2 nhận xét:</h4>{comments}</div></div>
<div class="sidebar"><h2>Lưu trữ blog</h2><ul><li><a href="/2026/10/">tháng 10 2026</a></li>
<li><a href="/2026/09/">tháng 9 2026</a></li></ul></div></body></html>"""


def test_the_day_header_takes_the_time_of_the_post_s_own_link():
    footer = (f"Đăng bởi <span class='post-author'>Mai Hoa</span> vào lúc "
              f"<a class='timestamp-link' href='{BASE}{PATH}' rel='bookmark'>16:00</a>")
    article = extract(blog_post(footer), BASE + PATH)
    assert article.is_article, article.reason
    assert article.published == "2026-10-28T16:00:00+07:00"


def test_a_relative_permalink_with_a_meridiem():
    footer = f"Posted by Mai Hoa at <a href='{PATH}'>4:00 PM</a> | <a href='{PATH}#comments'>2 comments</a>"
    assert extract(blog_post(footer), BASE + PATH).published == "2026-10-28T16:00:00+07:00"


@pytest.mark.parametrize("href", [f"{PATH}#c12", "/2026/10/mot-bai-khac.html"])
def test_a_time_linking_to_a_comment_or_another_page_is_no_post_s_time(href):
    footer = f"Đăng bởi Mai Hoa | <a href='{href}'>16:00</a>"
    assert extract(blog_post(footer), BASE + PATH).published == "2026-10-28"


def test_a_comment_s_time_after_the_post_is_not_its_time():
    comments = (f"<div class='comment'><p><b>Trần Hòa</b> lúc <a href='{PATH}?showComment=1#c1'>21:15</a></p>"
                "<p>Bà con cố lên!</p></div>")
    article = extract(blog_post("Đăng bởi Mai Hoa", comments), BASE + PATH)
    assert article.published == "2026-10-28"
    assert "Bà con cố lên" not in article.text
