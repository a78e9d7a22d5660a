"""The twenty-fifth round's dates and titles, in other markup than the families': a ``<title>``
that names the page's kind before the headline ("Tin tức: …") where the page prints the headline
alone, a date line in the layout table's row under the body's, and a shop theme's JSON-LD that
writes the local clock with a false "Z" beside the true ``<time datetime>``; each beside a page
that merely resembles it and must keep its answer."""

from __future__ import annotations

import pytest

from crawler.extract import extract

BASE = "http://127.0.0.1:8000"

STORY = ("Sáng 05/11, Hội Nông dân xã Yên Phú tổ chức lớp tập huấn kỹ thuật trồng cam theo hướng hữu cơ cho "
         "gần 60 hội viên trên địa bàn xã, với sự hướng dẫn của cán bộ Trạm Khuyến nông huyện.",
         "Tại lớp học, các hội viên được hướng dẫn cách cải tạo đất, bón phân vi sinh, cắt tỉa cành và phòng trừ "
         "sâu bệnh bằng chế phẩm sinh học, hạn chế tối đa việc sử dụng thuốc bảo vệ thực vật hóa học.",
         "Dịp này, Hội Nông dân xã cũng giới thiệu mô hình tổ hợp tác trồng cam của thôn Phú Thọ, nơi các hộ "
         "liên kết bao tiêu sản phẩm và đăng ký mã số vùng trồng để đưa cam vào các siêu thị trong tỉnh.")
HEADLINE = "Hội Nông dân xã Yên Phú tập huấn kỹ thuật trồng cam hữu cơ"


# --- an e107-like portal: "<Kind>: <Headline>" as <title>, the headline alone in a table cell,
# the date line in the table's next row -------------------------------------------------------

def table_portal(title: str, caption: str, date_row: str = "", after: str = "") -> str:
    """A classic PHP portal in a table layout: the site's name and the page's kind before the
    headline in <title>, no og or JSON-LD, the headline in a caption cell, the story in the
    next table's cell and the poster's line in the row under it."""
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    footer = f"<tr><td class='newsinfo' align='center'>{date_row}</td></tr>" if date_row else ""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<table width='100%'><tr><td class='topbar'>Thứ Năm, ngày 06 tháng 11 năm 2026</td></tr></table>
<table width='100%'><tr><td class='leftcol' valign='top'><table class='menu'><tr><td class='menutitle'>Danh mục</td></tr>
<tr><td><a href='news.php'>Trang chủ</a><br /><a href='news.php?cat=2'>Tin hoạt động</a><br />
<a href='contact.php'>Liên hệ</a></td></tr></table></td>
<td class='maincol' valign='top'><table width='100%'><tr><td class='caption'>{caption}</td></tr></table>
<table width='100%' class='content'><tr><td class='newsbody'>{paragraphs}
<p style='text-align:right'><b>Minh Châu</b></p></td></tr>{footer}</table>{after}</td></tr></table>
<table width='100%'><tr><td class='copyright'>Hội Nông dân huyện Yên Sơn. Địa chỉ: Thị trấn Yên Sơn</td></tr></table>
</body></html>"""


URL = BASE + "/news.php?item=812"
POSTED = "Đăng bởi <a href='user.php?id=3'>hnd_yenson</a> lúc 14:20 05-11-2026 &middot; 96 lượt xem"


def test_a_kind_before_the_headline_in_the_title_is_not_the_headline():
    article = extract(table_portal(f"Hội Nông dân huyện Yên Sơn - Tin tức: {HEADLINE}", HEADLINE), URL)
    assert article.title == HEADLINE


def test_a_headline_with_a_colon_printed_whole_keeps_it():
    headline = "Phỏng vấn: Chủ tịch Hội Nông dân xã nói về mô hình cam hữu cơ"
    article = extract(table_portal(f"Hội Nông dân huyện Yên Sơn - {headline}", headline), URL)
    assert article.title == headline


def test_a_kind_before_a_headline_no_block_prints_alone_stays():
    title = f"Tin tức: {HEADLINE}"
    article = extract(table_portal(f"Hội Nông dân huyện Yên Sơn - {title}", "Tin hoạt động"), URL)
    assert article.title == title


def test_the_date_line_in_the_row_under_the_body_dates_the_story():
    article = extract(table_portal(f"Hội Nông dân huyện Yên Sơn - Tin tức: {HEADLINE}", HEADLINE, POSTED), URL)
    assert article.published == "2026-11-05T14:20:00+07:00"
    assert article.author == "Minh Châu"


def test_other_news_under_an_undated_story_give_it_no_date():
    others = ("<table width='100%'><tr><td class='caption'>Tin khác</td></tr><tr><td><ul>"
              "<li><a href='news.php?item=801'>Xã Yên Lâm ra quân làm đường giao thông nông thôn</a> (28-10-2026)</li>"
              "<li><a href='news.php?item=795'>Tổng kết mô hình chăn nuôi bò sinh sản năm 2026</a> (20-10-2026)</li>"
              "</ul></td></tr></table>")
    article = extract(table_portal(f"Hội Nông dân huyện Yên Sơn - {HEADLINE}", HEADLINE, after=others), URL)
    assert article.published is None


# --- a shop theme's JSON-LD: the local clock with a false "Z" -----------------------------------

def shop_post(json_ld: str, time_tag: str) -> str:
    """A Haravan-style shop's blog post: Article JSON-LD, the header's <time> with the day only
    printed, the shop's product cards after the post."""
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{HEADLINE} – Cam Yên Phú</title>
<meta property="og:type" content="article"><meta property="og:title" content="{HEADLINE}">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "BlogPosting",
"headline": "{HEADLINE}", "datePublished": "{json_ld}", "author": {{"@type": "Person", "name": "Cam Yên Phú"}}}}
</script></head><body><div class="announcement">Giao hàng miễn phí toàn quốc cho đơn từ 300.000₫</div>
<header class="site-header"><a href="/" class="logo">Cam Yên Phú</a><nav><a href="/collections/all">Sản phẩm</a>
<a href="/blogs/news">Tin tức</a></nav></header><main><article class="blog-post">
<div class="post-header"><h1 class="post-title">{HEADLINE}</h1><p class="post-meta">{time_tag}</p></div>
<div class="post-content">{paragraphs}</div></article>
<section class="related-products"><h3>Sản phẩm nổi bật</h3><div class="card"><a href="/products/cam-sanh">Cam sành
Yên Phú hộp 5kg</a> <span class="price">180.000₫</span></div></section></main>
<footer class="site-footer">© 2026 Cam Yên Phú. Cung cấp bởi Haravan</footer></body></html>"""


POST_URL = BASE + "/blogs/news/tap-huan-trong-cam-huu-co"


def test_a_json_ld_time_later_by_the_zone_offset_is_the_local_clock_falsely_in_utc():
    page = shop_post("2026-11-06T08:30:00Z", '<time datetime="2026-11-06T01:30:00Z">06 tháng 11, 2026</time>')
    assert extract(page, POST_URL).published == "2026-11-06T08:30:00+07:00"


def test_the_false_utc_clock_is_seen_when_the_days_differ():
    page = shop_post("2026-11-05T21:10:00Z", '<time datetime="2026-11-05T14:10:00Z">05 tháng 11, 2026</time>')
    assert extract(page, POST_URL).published == "2026-11-05T21:10:00+07:00"


@pytest.mark.parametrize("json_ld, time_tag, published", [
    # the JSON-LD is right, the <time> a day
    ("2026-11-06T08:30:00+07:00", '<time datetime="2026-11-06">06 tháng 11, 2026</time>',
     "2026-11-06T08:30:00+07:00"),
    # the <time> a zone-less local clock seven hours before, the page printing the JSON-LD's day
    ("2026-11-06T03:00:00Z", '<time datetime="2026-11-06T03:00">06 tháng 11, 2026</time>',
     "2026-11-06T10:00:00+07:00"),
    # the <time> gives the right instant, the JSON-LD too: the same moment
    ("2026-11-06T08:30:00+07:00", '<time datetime="2026-11-06T01:30:00Z">06 tháng 11, 2026</time>',
     "2026-11-06T08:30:00+07:00"),
    # seven hours apart, the page printing the JSON-LD's day, not the <time>'s
    ("2026-11-06T20:00:00Z", '<time datetime="2026-11-06T13:00:00Z">07 tháng 11, 2026</time>',
     "2026-11-07T03:00:00+07:00"),
])
def test_a_right_json_ld_time_stays(json_ld, time_tag, published):
    assert extract(shop_post(json_ld, time_tag), POST_URL).published == published
