"""The thirty-second round's blog entry, in other markup than the family's: a blog whose banner
``<h1>`` repeats the entry's title, a day heading over the entry ("Tuesday, November 10. 2026",
as Serendipity and b2evolution templates print it), the entry's title in an ``<h4>`` linking to
itself, and a comment form titled "Add Comment" after the entry (``core._headline``,
``dates.date_alone``, ``clean.take_byline``)."""

from __future__ import annotations

import pytest

from crawler.extract import extract
from crawler.extract.dates import date_alone, parse_vietnamese_date

BASE = "http://127.0.0.1:8000"
TITLE = "Chi đoàn 11B2 trồng 200 cây xanh quanh sân trường"
PROSE = [
    "Sáng thứ Bảy vừa qua, 38 đoàn viên chi đoàn 11B2 cùng thầy chủ nhiệm đã trồng 200 cây sao đen và "
    "bằng lăng quanh sân trường, hưởng ứng phong trào “Vì một trường học xanh” của Đoàn trường.",
    "Cây giống do hội cha mẹ học sinh vận động, mỗi tổ nhận chăm sóc hai mươi cây đến hết năm học; "
    "tổ nào có cây chết phải trồng bù và báo cáo trong buổi sinh hoạt lớp đầu tháng.",
    "Em Nguyễn Minh Anh, bí thư chi đoàn, cho biết cả lớp sẽ làm biển tên cho từng cây và ghi ngày "
    "trồng để các khóa sau tiếp tục chăm sóc.",
]


def blog_entry(day: str, footer: str, comments: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE} - Nhật ký lớp 11B2</title>
</head><body><div id="banner"><h1><a href="/">{TITLE}</a></h1><h2><a href="/">Nhật ký lớp 11B2</a></h2></div>
<table><tr><td id="content"><div class="entry-day"><h3 class="day-header">{day}</h3>
<h4 class="entry-title"><a href="/archives/12-chi-doan-11b2-trong-cay.html">{TITLE}</a></h4>
<div class="entry"><div class="entry-body">{body}</div>
<div class="entry-footer">{footer}</div></div>
<div class="comment-section"><div class="comments-title">Add Comment</div><form action="/comment.php">
<label>Name</label><input name="name"><textarea name="body"></textarea><input type="submit" value="Submit"></form></div>
{comments}</div></td><td id="sidebar"><h3>Archives</h3><ul><li><a href="/archives/2026/11.html">November 2026</a></li>
<li><a href="/archives/2026/10.html">October 2026</a></li></ul></td></tr></table></body></html>"""


@pytest.mark.parametrize("day", ["Tuesday, November 10. 2026", "Thứ Ba, 10/11/2026", "Tuesday, November 10, 2026"])
def test_the_entry_s_heading_is_the_headline_not_its_day(day):
    page = blog_entry(day, "Posted by <a href='/authors/1'>Lan Anh</a> in <a href='/c/1'>Tin lớp</a>", "")
    article = extract(page, BASE + "/archives/12-chi-doan-11b2-trong-cay.html")
    assert article.is_article, article.reason
    assert article.title == TITLE
    assert article.published is not None and article.published.startswith("2026-11-10")
    assert article.author != "Add Comment"
    assert "Add Comment" not in article.text


def test_a_comment_form_s_title_is_no_byline():
    page = blog_entry("Tuesday, November 10. 2026", "", "<div class='comment'><p class='comment-author'>"
                      "<strong>Trần Hòa</strong></p><p>Hay quá các em!</p></div>")
    article = extract(page, BASE + "/archives/12-chi-doan-11b2-trong-cay.html")
    assert article.author is None
    assert "Hay quá" not in article.text


@pytest.mark.parametrize(("text", "alone"), [
    ("Tuesday, November 10. 2026", True), ("Thứ Ba, 10/11/2026", True), ("Chủ nhật, ngày 8/11/2026", True),
    ("Khai mạc hội chợ ngày 10/11/2026", False), ("Lớp 9A3 ngày 20/11", False), ("Tin lớp", False)])
def test_a_date_alone(text, alone):
    assert date_alone(text) is alone


def test_an_english_month_day_with_a_stop_before_the_year():
    assert parse_vietnamese_date("November 10. 2026") == "2026-11-10"
