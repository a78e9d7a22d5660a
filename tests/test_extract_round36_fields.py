"""The thirty-fifth round's blind misses, in markup of our own: a portal whose story is a run of
content pieces (each section its own block, sub-headings over the later ones, a photo's piece
with its caption and credit, the source in a piece of its own), a kicker before the headline
("Thông báo: …") that the page's og:title leaves out, dates printed "2026-11-20 02:15 PM" and
"11/20/26 at 3:05 pm", a blog post's byline in the post's own footer repeated on every page,
a teaser box beside a short post, and a blog engine's trackback box."""

from __future__ import annotations

from lxml import html as lxml_html

from crawler.extract import boxes, clean, extract
from crawler.extract.dates import parse_vietnamese_date, reads_month_first

BASE = "http://127.0.0.1:8000"
HEADLINE = "Nông dân Hải Lăng mở rộng cánh đồng lúa hữu cơ gắn với liên kết tiêu thụ"
SAPO = ("Từ vài chục hécta làm thử nghiệm cách đây 5 năm, đến nay diện tích lúa hữu cơ có liên kết tiêu "
        "thụ ở vùng đồng bằng phía Nam của tỉnh đã vượt 640 ha, giúp nông dân tăng thu nhập.")
FIRST = ["Những ngày cuối tháng 11, trên cánh đồng ở xã Hải Lăng, bà con đang khẩn trương làm đất, ủ phân "
         "hữu cơ để chuẩn bị cho vụ Đông Xuân; năm nay hợp tác xã đăng ký mở rộng thêm 85 ha lúa hữu cơ."]
SECOND = ["Ông Trần Văn Lợi, Giám đốc hợp tác xã, cho biết sản xuất lúa hữu cơ đòi hỏi nông dân tuân thủ "
          "nghiêm quy trình: không dùng phân bón hóa học, ruộng phải có vùng đệm và được ghi chép nhật ký.",
          "Toàn bộ sản lượng lúa hữu cơ của hợp tác xã được doanh nghiệp bao tiêu với giá cao hơn lúa thường "
          "từ 1.500 đến 2.000 đồng mỗi ký; bình quân mỗi hécta cho lãi khoảng 32 triệu đồng mỗi vụ."]
SUBHEADING = "Hướng tới vùng nguyên liệu đạt chuẩn xuất khẩu"
THIRD = ["Theo Sở Nông nghiệp và Môi trường, tỉnh đang hỗ trợ các hợp tác xã chi phí chứng nhận hữu cơ, xây "
         "dựng nhãn hiệu và truy xuất nguồn gốc bằng mã QR cho từng lô lúa của bà con.",
         "Ngành nông nghiệp đặt mục tiêu đến năm 2030 toàn tỉnh có trên 1.500 ha lúa hữu cơ, trong đó ít nhất "
         "một nửa diện tích đạt tiêu chuẩn để xuất khẩu sang thị trường châu Âu và Nhật Bản."]
CAPTION = "Nông dân xã Hải Lăng ủ phân hữu cơ vi sinh từ rơm rạ, chuẩn bị cho vụ Đông Xuân"
URL = BASE + "/vi/tin-tuc/chi-tiet/nong-dan-hai-lang-mo-rong-canh-dong-lua-huu-co/"


def piece(paragraphs: list[str], heading: str = "") -> str:
    head = f'<div class="heading"><h2 class="piece-heading">{heading}</h2></div>' if heading else ""
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f'<div class="element type-section piece">{head}<div class="body"><div class="text">{text}</div></div></div>'


def portal_page(kicker: str = "", og_title: str = HEADLINE, source: str = "") -> str:
    photo = ('<div class="element type-section piece only-visual"><div class="visual"><div class="image-src-box">'
             f'<img src="/anh-1.jpg" alt="{CAPTION}"></div><div class="subtitle"><div class="subtitle-text">'
             f'{CAPTION}</div><div class="image-copyright">© Ảnh: Cổng TTĐT tỉnh</div></div></div></div>')
    intro = f'<span class="intro">{kicker}<span class="sr-only">:</span></span>' if kicker else ""
    closing = (f'<div class="element type-section piece"><div class="body"><div class="text">'
               f'<p style="text-align: right;"><em>{source}</em></p></div></div></div>') if source else ""
    return f"""<html lang="vi"><head><meta charset="utf-8"><title>{og_title} - Cổng TTĐT tỉnh</title>
<meta property="og:title" content="{og_title}"></head><body>
<header><div class="date">Thứ Hai, ngày 30 tháng 11 năm 2026</div><nav><a href="/">Trang chủ</a>
<a href="/vi/tin-tuc/">Tin tức</a> <a href="/vi/van-ban/">Văn bản</a></nav></header>
<main><div class="row"><div class="col-lg-8 area-main"><div class="detail-page type-article">
<div class="detail-visual piece"><div class="heading"><h1 class="intro-headline">{intro}<span class="headline">{HEADLINE}</span></h1></div>
<div class="body"><div class="text"><div class="sub-header">{SAPO}</div>
<div class="visual-info"><div class="info date">Cập nhật: 24/11/2026 09:12</div>
<div class="info person">Lê Thị Thu Hà</div></div></div></div></div>
<div class="detail-content">{piece(FIRST)}{photo}{piece(SECOND)}{piece(THIRD, SUBHEADING)}{closing}</div>
</div></div>
<div class="col-lg-4"><div class="element type-list"><h3>Tin mới nhất</h3><ul>
<li><a href="/vi/tin-tuc/chi-tiet/khoi-cong-tuyen-duong-ven-bien/">Khởi công tuyến đường ven biển đoạn qua Gio Linh</a></li>
<li><a href="/vi/tin-tuc/chi-tiet/ngay-hoi-van-hoa/">Ngày hội văn hóa các dân tộc miền núi Hướng Hóa</a></li>
<li><a href="/vi/tin-tuc/chi-tiet/ubnd-tinh-hop/">UBND tỉnh họp phiên thường kỳ tháng 11</a></li></ul></div></div>
</div></main><footer>© Cổng Thông tin điện tử tỉnh</footer></body></html>"""


def test_a_story_in_content_pieces_is_read_whole_with_its_sapo_and_captions():
    article = extract(portal_page().encode(), URL)
    assert article.is_article, article.reason
    assert article.text.splitlines() == [SAPO, *FIRST, CAPTION, *SECOND, SUBHEADING, *THIRD]
    assert article.title == HEADLINE and article.published == "2026-11-24T09:12:00+07:00"


def test_a_kicker_the_og_title_leaves_out_is_no_part_of_the_title():
    assert extract(portal_page(kicker="Thông báo").encode(), URL).title == HEADLINE
    declared = f"Thông báo: {HEADLINE}"   # declared with it: the page's own title
    assert (extract(portal_page(kicker="Thông báo", og_title=declared).encode(), URL).title or "").startswith("Thông báo:")


def test_a_source_in_a_piece_of_its_own_after_the_story_is_read():
    article = extract(portal_page(source="Nguồn: Báo Quảng Trị").encode(), URL)
    assert article.source == "Báo Quảng Trị"
    assert "Nguồn: Báo Quảng Trị" not in article.text


def test_an_iso_day_with_a_twelve_hour_clock_and_a_year_in_two_digits():
    assert parse_vietnamese_date("2026-11-20 02:15 PM") == "2026-11-20T14:15:00+07:00"
    assert parse_vietnamese_date("2026-11-20 12:15 AM") == "2026-11-20T00:15:00+07:00"
    assert parse_vietnamese_date("2026-11-20T02:15:00+07:00") == "2026-11-20T02:15:00+07:00"
    assert parse_vietnamese_date("Posted by admin on 11/20/26 at 3:05 pm in Tin") == "2026-11-20T15:05:00+07:00"
    assert parse_vietnamese_date("20/11/26 14:30") == "2026-11-20T14:30:00+07:00"
    # Without a time beside them, two-digit years are read as nothing: a score, a fraction.
    assert parse_vietnamese_date("tỉ số 1/2/26 trong hiệp hai") is None
    assert reads_month_first(["on 11/20/26 at 3:05 pm"]) is True


def test_a_byline_in_the_post_s_own_footer_is_no_template():
    page = lxml_html.fromstring(
        "<html><body><header><p class='tagline'><span class='author'>Phan Hữu Đức</span></p></header>"
        "<article><div class='asset-header'><h2>Đêm trắng ở rốn lũ</h2><footer class='asset-meta'><ul>"
        "<li>bởi <span class='author vcard'><a href='/gioi-thieu.html'>Phan Hữu Đức</a></span></li>"
        "</ul></footer></div></article></body></html>")
    line = page.xpath("//li")[0]
    assert boxes._byline_block(line, clean.text_of(line))   # the post's: its writer, read later
    banner = page.xpath("//p[@class='tagline']")[0]
    assert not boxes._byline_block(banner, clean.text_of(banner))   # the page's header


def test_a_teaser_box_beside_a_short_post_takes_no_post_with_it():
    caption = ("Phóng sự do tôi và quay phim Hồ Văn Tịnh thực hiện cho Đài Phát thanh - Truyền hình tỉnh năm "
               "1999, nay được số hóa, thời lượng mười bốn phút, kể về trận lũ lịch sử ở Lệ Thủy.")
    page = f"""<html lang="vi"><head><title>Phóng sự Lũ về Lệ Thủy</title></head><body>
<div id="main"><article class="entry"><h2 class="entry-title">Phóng sự Lũ về Lệ Thủy</h2>
<div class="entry-content"><p>{caption}</p><p>{caption}</p></div>
<nav class="entry-navigation"><a rel="prev" href="/2024/11/dem-trang-o-ron-lu-le-thuy.html">Đêm trắng ở rốn lũ Lệ Thủy năm nay</a>
<a rel="next" href="/2024/11/nong-dan-bo-trach-trong-sen.html">Nông dân Bố Trạch chuyển ruộng trũng sang trồng sen</a></nav>
</article></div></body></html>"""
    tree = lxml_html.fromstring(page)
    headline = tree.xpath("//h2")[0]
    boxes.remove_teaser_boxes(tree, BASE + "/2024/11/phong-su-lu-ve-le-thuy.html", None, headline)
    assert caption in clean.text_of(tree) and headline.getparent() is not None


def test_a_blog_engine_s_trackback_box_is_no_text():
    paragraphs = "".join(f"<p>{p}</p>" for p in FIRST + SECOND + THIRD)
    page = f"""<html lang="vi"><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>
<div class="entry-content">{paragraphs}</div><div class="trackbacks"><h3>TrackBack</h3>
<p>TrackBack URL cho bài này: {BASE}/cgi-bin/mt/mt-tb.cgi/414</p></div></article></body></html>"""
    text = extract(page.encode(), BASE + "/2024/11/lua-huu-co.html").text
    assert "TrackBack" not in text and text.endswith(THIRD[-1])


def test_an_editor_s_photo_and_its_line_are_a_caption():
    body = lxml_html.fromstring(f"<div><p>{FIRST[0]}</p><p><img src='/a.jpg'></p>"
                                f"<p style='text-align: center;'><em>{CAPTION}</em></p><p>{SECOND[0]}</p></div>")
    clean.mark_captions(body, clean.find_named(body))
    marked = [clean.text_of(el) for el in body.iter() if el.get(clean.CAPTION_MARK) is not None]
    assert marked == [CAPTION]
