"""Misses the held-out rounds left: a hotline's box set apart among a story's paragraphs (a
bordered note, a rich-text editor's banner block)."""

from __future__ import annotations

from crawler.extract import extract

URL = "https://baotinh.example/xa-hoi/dua-lao-dong-ve-nuoc-275016.html"
PARAGRAPHS = (
    "Chiều 19/6, Đại sứ quán Việt Nam tại Malaysia phối hợp với cơ quan chức năng nước sở tại đưa 27 lao động "
    "bị mắc kẹt tại một công trường ở bang Selangor về nước an toàn sau hơn hai tháng chờ đợi.",
    "Theo Đại sứ quán, các lao động sang Malaysia làm việc theo hợp đồng cung ứng nhưng doanh nghiệp tiếp "
    "nhận ngừng hoạt động, nhiều người không được trả lương và bị giữ hộ chiếu.",
    "Cục Quản lý lao động ngoài nước đã yêu cầu doanh nghiệp đưa lao động đi làm việc giải quyết các chế độ "
    "còn lại cho người lao động sau khi họ về đến quê nhà.",
    "Đại sứ quán khuyến cáo người lao động chỉ đi làm việc ở nước ngoài thông qua doanh nghiệp được cấp phép "
    "và tìm hiểu kỹ hợp đồng trước khi xuất cảnh.",
)


def _page(body: str) -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Đưa 27 lao động bị mắc kẹt về nước</title><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-06-20T09:10:00+07:00"></head><body>
<div class="header"><a href="/">Báo Tỉnh</a><ul class="menu"><li><a href="/xa-hoi.html">Xã hội</a></li></ul></div>
<div class="detail"><h1>Đưa 27 lao động bị mắc kẹt về nước</h1><span class="date">20/06/2026 09:10</span>
<div class="detail-content">{body}</div></div><div class="footer">Giấy phép số 12/GP-BTTTT.</div></body></html>"""


def _story(box: str) -> str:
    return "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2]) + box + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[2:])


def test_a_hotlines_box_among_the_paragraphs_is_not_the_story():
    box = ('<div class="box-note" style="border: 1px solid #c8102e; padding: 10px;">'
           '<p style="text-align: center;"><strong>ĐƯỜNG DÂY NÓNG BẢO HỘ CÔNG DÂN</strong></p>'
           "<p>Công dân Việt Nam gặp khó khăn ở nước ngoài có thể liên hệ tổng đài bảo hộ công dân: "
           "+84 981 84 84 84 (hoạt động 24/7).</p></div>")
    article = extract(_page(_story(box)), URL)
    assert article.is_article
    assert "84 981" not in article.text and "ĐƯỜNG DÂY NÓNG" not in article.text
    assert all(p in article.text for p in PARAGRAPHS)


def test_an_editors_banner_block_with_a_hotline_is_not_the_story():
    box = ('<div class="my-8"><div class="border py-3 px-6"><div class="richtext"><p>Đường dây nóng Ban Chỉ huy '
           "phòng, chống thiên tai tỉnh: 0293 3878 115.</p></div></div></div>")
    article = extract(_page(_story(box)), URL)
    assert "0293 3878 115" not in article.text
    assert all(p in article.text for p in PARAGRAPHS)


def test_a_paragraph_of_the_story_giving_a_number_stays():
    line = "Người dân cần hỗ trợ có thể gọi đường dây nóng của Ban Chỉ huy phòng chống thiên tai tỉnh: 0233 3 852 145."
    article = extract(_page(_story(f"<p>{line}</p>")), URL)
    assert line in article.text


def _wordpress_post(footer: str) -> str:
    story = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Đưa 27 lao động về nước</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-06-20T09:10:00+07:00">
</head><body><div class="td-header"><a href="/">Cổng thông tin huyện</a></div><article class="post">
<header><h1 class="entry-title">Đưa 27 lao động bị mắc kẹt về nước</h1></header>
<div class="td-post-content">{story}<p style="text-align: right;"><strong>Hoàng Gia</strong></p></div>
<footer>{footer}<ul class="td-tags"><li><span>TỪ KHÓA</span></li><li><a href="/tag/lao-dong/">lao động</a></li></ul>
</footer></article><footer class="site-footer"><div><span>Nguồn</span><a href="https://cong.example/">Cổng
thông tin điện tử tỉnh</a></div></footer></body></html>"""


def test_a_source_box_in_the_articles_footer_names_the_outlet():
    box = ('<div class="td-post-source-via"><div class="td-post-small-box"><span>NGUỒN</span>'
           '<a rel="nofollow" href="https://baodaklak.vn/">Báo Đắk Lắk</a></div></div>')
    article = extract(_wordpress_post(box), "https://huyen.example/2026/06/20/dua-lao-dong-ve-nuoc/")
    assert article.author == "Hoàng Gia" and article.source == "Báo Đắk Lắk"
    assert "NGUỒN" not in article.text


def test_a_source_box_in_the_pages_footer_names_no_outlet():
    article = extract(_wordpress_post(""), "https://huyen.example/2026/06/20/dua-lao-dong-ve-nuoc/")
    assert article.author == "Hoàng Gia" and article.source is None
