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


BLOG_STORY = ["Sáng nay, thư viện xã tổ chức ngày hội đọc sách cho thiếu nhi với sự tham gia của hơn 200 em học "
              "sinh các trường tiểu học trên địa bàn, cùng nhiều phụ huynh và giáo viên.",
              "Các em được nghe kể chuyện, thi vẽ tranh theo sách và đổi sách cũ lấy sách mới; thư viện cũng "
              "giới thiệu tủ sách thiếu nhi mới với hơn 500 đầu sách do các nhà hảo tâm trao tặng."]


def blog_post(printed: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in BLOG_STORY)
    return f"""<html lang="vi"><head><title>Ngày hội đọc sách cho thiếu nhi ở thư viện xã</title></head><body>
<div class="evo_post"><h2 class="evo_post_title">Ngày hội đọc sách cho thiếu nhi ở thư viện xã</h2>
<div class="small text-muted">Posted by Ngọc Lan on {printed} in Tin hoạt động</div>
<div class="evo_post__content">{paragraphs}</div></div></body></html>"""


def test_the_feed_s_date_tells_how_the_page_s_numeric_date_reads():
    from crawler.extract.detect import PageContext
    url = BASE + "/blog1.php/ngay-hoi-doc-sach"
    page = blog_post("04/11/2026 at 09:00").encode()
    month_first = boxes.SiteKnowledge(month_first=True)   # the site's other posts print US dates
    assert extract(page, url, context=PageContext(knowledge=month_first)).published == "2026-04-11T09:00:00+07:00"
    told = PageContext(knowledge=month_first, fed=True, fed_date="2026-11-04T02:00:00+00:00")
    assert extract(page, url, context=told).published == "2026-11-04T09:00:00+07:00"


def qa_page(headline: str, question: str, answer: str) -> str:
    return f"""<html lang="vi"><head><title>Hỏi đáp</title><meta property="og:type" content="article"></head>
<body><nav><a href="/">Trang chủ</a> <a href="/hoi-dap/">Hỏi đáp</a></nav><article>
<div class="asset-header"><h2 class="entry-title">{headline}</h2><footer class="asset-meta">Đăng ngày
<time datetime="2024-10-27T20:00:00+07:00">October 27, 2024</time> bởi Phan Hữu Đức trong Chuyện nghề làm báo
<span>Cập nhật October 28, 2024</span> <span>Chia sẻ: Facebook Zalo Email</span></footer></div>
<div class="entry-content"><p>{question}</p>{answer}</div></article></body></html>"""


QUESTION = ("Bạn đọc Lê Minh Tuấn (Quảng Trạch) hỏi: Tôi làm phóng viên hợp đồng cho một tạp chí được hơn hai "
            "năm. Xin hỏi tôi có đủ điều kiện vào Hội Nhà báo Việt Nam không, hồ sơ gồm những gì?")
STEPS = ("<ul><li>Là công dân Việt Nam, tán thành Điều lệ Hội;</li><li>Đang công tác tại cơ quan báo chí, có thời "
         "gian làm báo liên tục từ 2 năm trở lên;</li><li>Có tác phẩm báo chí đã đăng trong 12 tháng gần nhất.</li></ul>"
         "<p>Hồ sơ gồm đơn xin vào Hội, sơ yếu lý lịch có xác nhận, bản sao hợp đồng lao động và ba tác phẩm "
         "tiêu biểu, nộp qua chi hội cơ quan nơi bạn công tác.</p>")


def test_a_question_and_its_answer_under_a_theme_s_entry_header_are_a_record():
    url = BASE + "/2024/10/hoi-dap-muon-vao-hoi-nha-bao.html"
    headline = "Hỏi đáp: Muốn vào Hội Nhà báo Việt Nam cần những điều kiện gì và hồ sơ gồm những giấy tờ nào?"
    # Under a Q&A's headline, the fields are read past the theme's header ("asset-header"),
    # whose headline and meta lines are a zone's length
    article = extract(qa_page(headline, QUESTION, "<p>Trả lời:</p>" + STEPS).encode(), url)
    assert not article.is_article and "Q&A" in article.reason
    # The answering office's line over the answer's steps answers the question too
    article = extract(qa_page(headline[9:], QUESTION, "<p><strong>Văn phòng Hội trả lời:</strong></p>" + STEPS).encode(), url)
    assert not article.is_article and "question" in article.reason


def test_an_e_magazine_s_opening_credits_are_read_and_leave_the_text():
    paragraphs = "".join(f"<p>{p}</p>" for p in FIRST + SECOND + THIRD)
    page = f"""<html lang="vi"><head><title>{HEADLINE}</title></head><body class="emagazine"><article>
<div class="emag-cover"><h1 class="emag-title">{HEADLINE}</h1></div><div class="emag-content">
<div class="emag-credits"><p>Nội dung: <strong>Hoàng Anh</strong></p><p>Ảnh: <strong>Tùng Đinh</strong></p>
<p>Thiết kế: <strong>Lê Nam</strong></p></div>{paragraphs}</div></article></body></html>"""
    article = extract(page.encode(), BASE + "/emagazine/lua-huu-co-d412200.html")
    assert article.author == "Hoàng Anh"
    assert not any(line.startswith(("Nội dung", "Ảnh:", "Thiết kế")) for line in article.text.splitlines())


def test_a_player_s_page_with_no_body_of_prose_is_no_story():
    page = """<html lang="vi"><head><title>Bản tin nông nghiệp sáng 27/11</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-11-27T06:00:00+07:00">
</head><body><nav><a href="/">Trang chủ</a> <a href="/thoi-su/">Thời sự</a> <a href="/kinh-te/">Kinh tế</a></nav>
<article><h1>Bản tin nông nghiệp sáng 27/11</h1><div class="time">Thứ Tư 27/11/2024, 06:00 (GMT+7)</div>
<h2 class="intro">Nghe bản tin: Xuất khẩu sầu riêng vượt 3 tỷ USD; Cà Mau xuống giống tôm - lúa; giá cà phê tăng.</h2>
<div class="content"><div class="podcast-player"><audio controls><source src="/ban-tin.mp3"></audio></div></div>
</article><footer><a href="/gioi-thieu">Giới thiệu</a> <a href="/lien-he">Liên hệ tòa soạn</a> <a href="/quang-cao">
Quảng cáo</a> <a href="/bao-in">Báo in</a> <a href="/rss">RSS</a></footer></body></html>"""
    article = extract(page.encode(), BASE + "/podcast/ban-tin-nong-nghiep-sang-27-11-d412420.html")
    assert not article.is_article
