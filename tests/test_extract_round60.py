"""Misses of the sixtieth round (seen after scoring) and the blind ones of the sixty-first and
sixty-second: an agency credited on a video's one date line, microdata a class hides, a file to
save marked by HTML's ``download`` attribute, an office in the writer's place, "Theo TTXVN" as
JSON-LD's Person, a programme's rundown typed as dash-led paragraphs, Q&A pages whose header
block or sapo hid the question, a quote set as a figure, a portal's second og:title."""

from __future__ import annotations

from crawler.extract import extract

PARAGRAPHS = (
    "Sáng 28/10, Ủy ban nhân dân huyện tổ chức hội nghị sơ kết công tác phòng, chống thiên tai chín tháng đầu năm, "
    "với sự tham dự của lãnh đạo các xã, thị trấn và các phòng, ban chuyên môn.",
    "Theo báo cáo, từ đầu năm đến nay trên địa bàn huyện đã xảy ra 5 đợt mưa lớn, làm sạt lở hơn 2 km bờ sông và "
    "hư hỏng nhiều tuyến đường giao thông nông thôn, thiệt hại ước khoảng 12 tỷ đồng.",
    "Phát biểu kết luận, Chủ tịch Ủy ban nhân dân huyện yêu cầu các địa phương rà soát phương án sơ tán dân ở vùng "
    "trũng thấp, chuẩn bị đầy đủ vật tư, phương tiện theo phương châm bốn tại chỗ.",
)
BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def _page(content: str, title: str, head: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:type" content="article">{head}
</head><body><div class="header"><a href="/">Cổng thông tin điện tử huyện</a><a href="/tin-tuc/">Tin tức</a></div>
<div class="news-detail"><h1 class="news-detail-title">{title}</h1>{content}</div>
<div class="footer">© Cổng thông tin điện tử huyện</div></body></html>"""


def test_an_agency_credited_before_the_date_on_the_date_line_is_the_source():
    line = '<div class="c-video-detail__time">Theo TTXVN - 28/10/2024 - 10:05</div>'
    article = extract(_page(line + BODY, "Huyện sơ kết công tác phòng, chống thiên tai"),
                      "https://congly.example/video/huyen-so-ket-phong-chong-thien-tai-451342.html")
    assert (article.author, article.source) == (None, "TTXVN")
    assert article.published == "2024-10-28T10:05:00+07:00"


def test_microdata_a_class_hides_is_no_text():
    hidden = ('<div class="hidden hide d-none" itemprop="author" itemscope itemtype="http://schema.org/Person">'
              '<span itemprop="name">Văn phòng Sở</span></div>'
              '<span class="hidden d-none" itemprop="mainEntityOfPage">https://so.example/tin/1254.html</span>'
              '<span class="d-none" itemprop="image">https://so.example/uploads/logo.png</span>')
    article = extract(_page('<div itemscope itemtype="http://schema.org/NewsArticle">' + hidden
                            + '<p class="date">Thứ tư - 08/10/2025 16:40</p>' + BODY + "</div>",
                            "Huyện sơ kết công tác phòng, chống thiên tai"), "https://so.example/tin/1254.html")
    assert article.text.splitlines() == list(PARAGRAPHS)


def test_a_plan_over_a_file_marked_to_download_is_no_story():
    content = ('<div class="date">Thứ tư - 08/10/2025 16:40</div>'
               '<div class="hometext">Sở Nông nghiệp và Môi trường ban hành Kế hoạch số 312/KH-SNNMT ngày 08/10/2025 '
               'về triển khai tiêm phòng vắc xin cho đàn vật nuôi đợt 2 năm 2025.</div>'
               '<div class="bodytext"><p>Chi tiết xem tại file đính kèm.</p></div>'
               '<div class="panel"><div class="panel-heading"><strong>File đính kèm</strong></div>'
               '<div class="list-group"><a href="/tin/ke-hoach-312-1254.html?download=1&amp;id=0" download>'
               "Tập tin : <strong>ke-hoach-312-kh-snnmt.pdf</strong></a></div></div>")
    article = extract(_page(content, "Kế hoạch số 312/KH-SNNMT triển khai tiêm phòng vắc xin đợt 2 năm 2025"),
                      "https://so.example/tin/ke-hoach-312-1254.html")
    assert not article.is_article
    assert "download" in article.reason


def test_an_office_alone_in_the_writers_place_is_the_source():
    signed = '<p class="text-right"><strong>Tác giả: </strong>Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh</p>'
    article = extract(_page('<p class="date">14/10/2025 07:15</p>' + BODY + signed,
                            "Huyện sơ kết công tác phòng, chống thiên tai"), "https://so.example/tin/1256.html")
    assert (article.author, article.source) == (None, "Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh")
    assert article.text.splitlines() == list(PARAGRAPHS)


def test_a_person_signing_beside_an_office_is_the_writer():
    signed = ('<p class="text-right"><strong>Tác giả: </strong>Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh</p>'
              '<p style="text-align: right;"><strong>Minh Hải</strong></p>')
    article = extract(_page('<p class="date">14/10/2025 07:15</p>' + BODY + signed,
                            "Huyện sơ kết công tác phòng, chống thiên tai"), "https://so.example/tin/1257.html")
    assert article.author == "Minh Hải"


def test_an_agency_as_json_ld_person_is_the_source():
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
          '"headline": "Huyện sơ kết công tác phòng, chống thiên tai", "datePublished": "2025-10-22T11:40:00+07:00", '
          '"author": {"@type": "Person", "name": "Theo TTXVN"}}</script>')
    article = extract(_page(BODY + '<p class="icon_author">Theo TTXVN</p>', "Huyện sơ kết công tác phòng, chống thiên tai",
                            head=ld), "https://daidoanket.example/huyen-so-ket-10314602.html")
    assert (article.author, article.source) == (None, "TTXVN")


def test_a_rundown_typed_as_dash_led_paragraphs_is_no_story():
    items = ("Thông xe cầu vượt thép tại nút giao Tây Mỗ - Đại Mỗ", "Triển khai tiêm bù vắc xin sởi cho trẻ nhỏ",
             "Nông dân tất bật chăm sóc hoa Tết", "Cảnh báo mưa lớn, nguy cơ ngập úng cục bộ chiều nay",
             "Hoàng thành Thăng Long miễn phí vé tham quan", "Thời tiết chiều và đêm 20/11")
    content = ('<div class="time">20/11/2026 12:40</div>'
               '<div class="sapo">Chuyển động Hà Nội trưa ngày 20/11/2026 có những nội dung chính sau:</div>'
               '<div class="story-body">' + "".join(f"<p>- {item}</p>" for item in items) + "</div>")
    article = extract(_page(content, "Chuyển động Hà Nội trưa ngày 20/11/2026"),
                      "https://hanoitv.example/chuyen-dong-ha-noi-trua-ngay-20112026-a203540.html")
    assert not article.is_article
    assert "list" in article.reason


def test_a_story_with_a_dash_led_list_among_its_paragraphs_stays_news():
    items = "".join(f"<p>- {item}</p>" for item in ("Xã Hòa An: 1,2 km kè bờ sông", "Xã Hòa Bình: 800 m đường",
                                                     "Thị trấn: 3 cống thoát nước"))
    article = extract(_page('<p class="date">28/10/2024 10:05</p>' + BODY + "<p>Các công trình bị hư hỏng gồm:</p>"
                            + items, "Huyện sơ kết công tác phòng, chống thiên tai"),
                      "https://so.example/tin/1258.html")
    assert article.is_article, article.reason


ANSWER = ("<p><strong>Về vấn đề này, Bộ Lao động - Thương binh và Xã hội trả lời như sau:</strong></p>"
          "<p>Theo Điều 46 Luật Việc làm năm 2013, trong thời hạn 3 tháng kể từ ngày chấm dứt hợp đồng lao động, người lao "
          "động nộp hồ sơ hưởng trợ cấp thất nghiệp tại trung tâm dịch vụ việc làm.</p>"
          "<p>Theo Điều 50 Luật Việc làm, đóng đủ 12 tháng đến đủ 36 tháng thì được hưởng 3 tháng trợ cấp; sau đó, cứ đóng "
          "đủ thêm 12 tháng thì được hưởng thêm 1 tháng.</p>")
QUESTION = ("<p><em>Bà Nguyễn Thị Lan (Thái Bình) hỏi: Tôi làm việc cho một công ty may từ tháng 5/2019, đóng bảo hiểm "
            "thất nghiệp liên tục. Ngày 29/2/2024 tôi nghỉ việc do hết hợp đồng. Xin hỏi sau bao lâu tôi được hưởng trợ "
            "cấp thất nghiệp?</em></p>")


def test_a_sapo_telling_what_a_reader_asks_is_no_story_told_before_the_question():
    content = ('<div class="time">Thứ Ba, 12/03/2024 14:10 (GMT+7)</div><h2 class="sapo">Bạn đọc hỏi về thời điểm được '
               "hưởng và số tháng hưởng trợ cấp thất nghiệp sau khi hết hợp đồng lao động.</h2>"
               '<div class="entry-body">' + QUESTION + ANSWER + "</div>")
    article = extract(_page(content, "Nghỉ việc bao lâu thì được hưởng trợ cấp thất nghiệp?"),
                      "https://dansinh.example/nghi-viec-bao-lau-d80418.html")
    assert not article.is_article
    assert "question" in article.reason


def test_a_header_block_over_the_body_holds_no_record_s_fields_alone():
    """The headline's block ends before the body (a header named otherwise than a theme's
    "entry-header"): the question in its sapo, the answer in the body after it, one Q&A."""
    page = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Con riêng có được hưởng thừa kế?</title>
<meta property="og:type" content="article"></head><body><div class="header"><a href="/">Báo Công lý</a></div>
<div class="l-main"><article class="sc-longform"><div class="sc-longform-header"><div class="cat"><a href="/tu-van">Tư
vấn pháp luật</a></div><h1>Con riêng có được hưởng thừa kế khi cha mất không để lại di chúc?</h1>
<div class="meta">24/10/2024 - 06:00</div><p class="sapo">(CLO) Bạn đọc Nguyễn Thị Hoa (Thái Bình) hỏi: Bố tôi mất năm
2023, không để lại di chúc. Bố còn một người con riêng với người phụ nữ khác. Vậy người con riêng này có được chia thừa
kế không?</p></div><div class="ads" id="ads_after_sapo"></div><div class="b-maincontent">
<p><strong>Luật sư Nguyễn Minh Châu, Đoàn Luật sư TP Hà Nội trả lời như sau:</strong></p>
<p>Theo Điều 650 Bộ luật Dân sự năm 2015, thừa kế theo pháp luật được áp dụng khi người chết không để lại di chúc.
Điều 651 quy định hàng thừa kế thứ nhất gồm vợ, chồng, cha đẻ, mẹ đẻ, con đẻ, con nuôi của người chết.</p>
<p>Pháp luật không phân biệt con trong giá thú hay ngoài giá thú. Nếu xác định được quan hệ cha con, người này thuộc
hàng thừa kế thứ nhất và được hưởng phần di sản ngang bằng với những người thừa kế khác.</p></div></article></div>
<div class="footer">© Báo Công lý</div></body></html>"""
    article = extract(page, "https://congly.example/con-rieng-co-duoc-huong-thua-ke-451260.html")
    assert not article.is_article
    assert "question" in article.reason


def test_a_story_under_a_header_block_stays_news():
    content = ('<div class="story-header"><p class="date">28/10/2024 10:05</p><p class="sapo">Nhiều bạn đọc hỏi về tiến độ '
               "khắc phục sạt lở sau mùa mưa lũ năm nay.</p></div><div class='ads'></div><div class='story-body'>"
               + BODY + "</div>")
    article = extract(_page(content, "Huyện sơ kết công tác phòng, chống thiên tai"), "https://so.example/tin/1259.html")
    assert article.is_article, article.reason
    assert article.text.splitlines()[1:] == list(PARAGRAPHS)


# --- the sixty-second round's blind misses ---------------------------------------------------

QUOTE = "Trẻ con ở xóm biển đọc sách không phải để đi thi, các cháu đọc để biết ngoài kia có những gì."


def test_a_quote_set_as_a_figure_is_the_storys_text():
    """WordPress's pull quote block is a <figure> holding a <blockquote>: no picture to caption."""
    pull = f'<figure class="wp-block-pullquote"><blockquote><p>{QUOTE}</p><cite>Ông Vũ Đình Khải</cite></blockquote></figure>'
    body = f"<p>{PARAGRAPHS[0]}</p>{pull}<p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>"
    article = extract(_page('<p class="date">11/11/2024 08:30</p>' + body, "Tủ sách gia đình giữa xóm biển"),
                      "https://thuvien.example/2024/11/11/tu-sach-gia-dinh-giua-xom-bien/")
    assert QUOTE in article.text.splitlines()
    assert "Ông Vũ Đình Khải" in article.text


def test_a_quote_figure_repeating_a_paragraph_is_a_pull_quote():
    said = PARAGRAPHS[1][:90]
    pull = f'<figure class="wp-block-pullquote"><blockquote><p>{said}</p></blockquote></figure>'
    article = extract(_page('<p class="date">11/11/2024 08:30</p>' + pull + BODY, "Tủ sách gia đình giữa xóm biển"),
                      "https://thuvien.example/2024/11/11/tu-sach-gia-dinh-giua-xom-bien/")
    assert article.text.splitlines() == list(PARAGRAPHS)


def test_a_portals_second_og_title_and_a_header_element_give_the_headline():
    """Liferay: the page template declares the page's og:title ("Chi tiết - …"), the content
    portlet the story's after it; the banner's <h1> is the portal's name, the headline a
    <header> element over the story."""
    title = "Phân luồng giao thông qua nút giao Hòa Cầm từ ngày 01/12 để thi công cầu vượt"
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Chi tiết - Cổng thông tin điện tử thành phố Đà Nẵng</title>
<meta property="og:title" content="Chi tiết - Cổng thông tin điện tử thành phố Đà Nẵng">
<meta property="og:site_name" content="Cổng thông tin điện tử thành phố Đà Nẵng">
<meta property="og:type" content="website"><meta property="og:title" content="{title}"></head><body>
<header id="banner"><h1 class="site-title"><span>CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ ĐÀ NẴNG</span>
<span>DA NANG CITY WEB PORTAL</span></h1></header><nav><a href="/">Trang chủ</a><a href="/tin-tuc">Tin tức</a></nav>
<article class="the-article"><section class="main-article"><div id="title"><header class="title-article">{title}</header>
</div><div class="meta"><span><b>Ngày đăng tin: </b>25/11/2026 17:05</span></div><div class="content">{BODY}</div>
</section></article><footer>© Cổng thông tin điện tử thành phố Đà Nẵng</footer></body></html>"""
    article = extract(page, "https://danang.example/web/guest/chinh-quyen/chi-tiet?id=51248&_c=3")
    assert article.title == title
    assert article.published == "2026-11-25T17:05:00+07:00"
