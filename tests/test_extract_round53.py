"""The fifty-second round's blind misses: an aggregator's source line with the original's address
("Nguồn Báo Bình Phước: https://…"), a badge opening the headline ("TRỰC TIẾP"), a desk signing
for its station ("BAN THỜI SỰ - ĐÀI THVN"), a review's score box, a live page's note, and a
place's short name as its headline."""

from __future__ import annotations

from crawler.extract import clean, extract

PARAGRAPHS = (
    "Toàn tỉnh hiện có hơn 12.000 ha cao su đạt chứng chỉ quản lý rừng bền vững, chủ yếu tại các huyện Phú Riềng, "
    "Bù Đăng và Đồng Phú, giúp mủ cao su bán được giá cao hơn từ 5 đến 8%.",
    "Để đạt chứng chỉ, các hộ trồng phải ghi chép nhật ký sản xuất, không dùng thuốc diệt cỏ cấm và bảo vệ hành "
    "lang suối trong vườn cây theo đúng hướng dẫn của tổ chức cấp chứng chỉ.",
    "Sở Nông nghiệp và Môi trường cho biết sẽ tiếp tục hỗ trợ các hợp tác xã mở rộng diện tích đạt chứng chỉ lên "
    "20.000 ha vào năm 2026, gắn với liên kết tiêu thụ cùng doanh nghiệp chế biến.",
)


def _page(body: str, title: str, *, h1: str | None = None, after: str = "", og: str | None = None) -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{og or title} - Tin Tổng Hợp</title>
<meta property="og:title" content="{og or title} - Tin Tổng Hợp"><meta property="og:type" content="article">
<meta property="article:published_time" content="2024-05-06T10:12:00+07:00"></head><body>
<header class="top"><a href="/">Tin Tổng Hợp</a><a href="/xa-hoi.epi">Xã hội</a></header>
<main><article class="story"><h1 class="story-title">{h1 or title}</h1>
<div class="story-meta"><time datetime="2024-05-06T10:12:00+07:00">06/05/2024 10:12</time></div>
<div class="story-body">{body}</div>{after}</article></main><footer class="site-footer">© Tin Tổng Hợp</footer>
</body></html>"""


URL = "https://tintonghop.example/binh-phuoc-hon-12000-ha-cao-su-c49012345.epi"
BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def test_an_aggregators_source_line_with_the_originals_address_names_the_source():
    after = ('<div class="origin"><span>Nguồn </span><span class="name">Sức khỏe &amp; Đời sống</span><span>: </span>'
             '<a href="/r49012345.epi" rel="nofollow">https://suckhoedoisong.vn/mua-mua-den-lam-gi-169240508.htm</a>'
             "</div>")
    article = extract(_page(BODY + '<p style="text-align:right"><strong>Thùy Linh</strong></p>', "Cao su đạt chứng chỉ",
                            after=after), URL)
    assert (article.author, article.source) == ("Thùy Linh", "Sức khỏe & Đời sống")


def test_a_badge_opening_the_headline_is_no_part_of_the_title():
    title = "Trực tiếp: Lễ thông xe cầu Phước Hòa 2 trên ĐT.741"
    article = extract(_page(BODY, title, h1=f'<span class="badge">TRỰC TIẾP</span> {title}'), URL)
    assert article.title == title


def test_a_desk_signing_for_its_station_is_no_writer():
    assert clean.is_organisation("BAN THỜI SỰ - ĐÀI THVN") and clean.is_outlet("Đài THVN")
    assert not clean.is_organisation("Ban Mai - Hoàng Anh") and not clean.is_outlet("Đài Loan")
    article = extract(_page(BODY + "<p><strong>BAN THỜI SỰ - ĐÀI THVN</strong></p>", "Cao su đạt chứng chỉ"), URL)
    assert article.author is None and "BAN THỜI SỰ" not in article.text


def test_a_reviews_score_box_is_no_text():
    box = ('<section class="review"><div class="verdict"><span class="rate">8.2</span><span>Rất đáng trải nghiệm</span>'
           '<h4>Đánh giá của phóng viên</h4><p>Phù hợp với du khách thích khám phá văn hóa bản địa.</p></div>'
           '<ul class="criteria">' + "".join(f'<li><span class="title">{c}</span><span class="rate">{r}</span></li>'
                                             for c, r in (("Cảnh quan", "9.0"), ("Ẩm thực", "8.5"), ("Lưu trú", "7.5"),
                                                          ("Giá cả", "9.0"))) + "</ul></section>")
    article = extract(_page(BODY + box, "Trải nghiệm du lịch cộng đồng ở bản Klu"), URL)
    assert "Cảnh quan" not in article.text and "Đánh giá của phóng viên" not in article.text
    assert article.text.endswith(PARAGRAPHS[-1])


def test_a_storys_list_of_figures_in_sentences_stays():
    # A list whose items tell figures in sentences is the story's, no score box.
    listed = ("<ul><li>Phú Riềng có 5.200 ha đạt chứng chỉ, tăng 1.100 ha so với năm trước.</li>"
              "<li>Bù Đăng có 3.900 ha đạt chứng chỉ, chủ yếu của các hợp tác xã.</li>"
              "<li>Đồng Phú có 2.900 ha đạt chứng chỉ, phần lớn là vườn của hộ gia đình.</li></ul>")
    article = extract(_page(BODY + listed, "Cao su đạt chứng chỉ"), URL)
    assert "Bù Đăng có 3.900 ha" in article.text


def test_a_live_pages_note_is_no_text():
    note = '<p class="live-note"><mark>● TRỰC TIẾP</mark> Bài viết được cập nhật liên tục</p>'
    article = extract(_page(note + BODY, "Khai mạc Tuần lễ Văn hóa - Du lịch Quy Nhơn 2024"), URL)
    assert "cập nhật liên tục" not in article.text and article.text.startswith(PARAGRAPHS[0])


def test_a_places_short_name_declared_as_the_title_is_the_headline():
    page = _page(BODY, "Kỳ Co", og="Kỳ Co")
    assert extract(page, "https://tintonghop.example/diem-den/ky-co/").title == "Kỳ Co"


def test_a_places_page_of_fields_and_a_short_description_is_no_story():
    info = ('<h2>Thông tin điểm đến</h2><ul class="info">' + "".join(
        f'<li><div class="content"><div class="title">{label}:</div><span class="meta">{value}</span></div></li>'
        for label, value in (("Địa chỉ", "Thôn Lý Hưng, xã Nhơn Lý, TP Quy Nhơn"), ("Giá vé", "40.000 đồng/người lớn"),
                             ("Thời điểm đẹp nhất", "Tháng 3 - tháng 8"), ("Giờ mở cửa", "06h00 - 17h30 hằng ngày")))
        + "</ul>")
    description = ("<p>Kỳ Co là bãi biển hoang sơ thuộc xã Nhơn Lý, cách trung tâm TP Quy Nhơn khoảng 25 km, nổi tiếng "
                   "với làn nước trong xanh.</p><p>Bãi biển dài khoảng 1 km, nằm dưới chân núi Phương Mai; du khách có "
                   "thể tắm biển, lặn ngắm san hô ở Bãi Dứa.</p><p>Khi đi du lịch Kỳ Co, du khách nên mang theo kem "
                   "chống nắng, mũ nón và giữ gìn vệ sinh chung.</p>")
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Kỳ Co - Du lịch Bình Định</title>
<meta property="og:title" content="Kỳ Co - Du lịch Bình Định"><meta property="og:type" content="article">
<meta property="article:published_time" content="2023-05-10T09:00:00+07:00"></head><body>
<header><a href="/">Du lịch Bình Định</a><a href="/diem-den/">Điểm đến</a></header><main><section class="hero">
<h1>Kỳ Co</h1><div>Cập nhật: 30/09/2024</div></section><section><div class="main">{info}<div class="content">
{description}</div></div></section></main><footer class="site-footer">© Trung tâm Xúc tiến Du lịch</footer></body></html>"""
    article = extract(page, "https://dulich.example/diem-den/ky-co/")
    assert article.title == "Kỳ Co" and not article.is_article


def test_a_sections_short_h1_named_only_by_the_title_tag_is_no_headline():
    # "<title>Tin tức | Thư viện …</title>" over every story: its first part is the section's.
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tin tức | Thư viện huyện Hải Hậu</title>
</head><body><div class="header"><a href="/">Thư viện huyện Hải Hậu</a></div><div class="main"><h1>Tin tức</h1>
<div class="post"><h3 id="NewsPostDetailTitle">Sôi nổi Ngày hội đọc sách huyện Hải Hậu năm 2026</h3>
<div class="NewsPostDetailDate">20/11/2026</div><div class="NewsPostDetailContent">{BODY}</div></div></div>
<footer class="site-footer">© Thư viện huyện Hải Hậu</footer></body></html>"""
    article = extract(page, "https://thuvien.example/news/27/58/ngay-hoi-doc-sach-huyen-hai-hau-nam-2026")
    assert article.title == "Sôi nổi Ngày hội đọc sách huyện Hải Hậu năm 2026"
