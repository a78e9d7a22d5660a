"""The seventy-third round's blind misses, and round 72's kicker, by structure: a label above
the headline, Word's own tags in a pasted story, a hand-built page's headline in capitals (hidden
until a script reveals it), link lines and edit stamps after the story, a line pointing to the
story's translations, a UTC midnight, an English edition's credits, a unit's name with a comma,
a table's cells, a plural's heading and a weekday as no signature."""

from __future__ import annotations

from lxml import html

from crawler.extract import around, clean, extract

PARAGRAPHS = (
    "Sáng 15/11, Ban Công tác Mặt trận khu phố 3 tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026 với sự "
    "tham gia của đông đảo bà con nhân dân trong khu phố và các phường lân cận.",
    "Ngay từ sáng sớm, con hẻm dẫn vào nhà văn hóa khu phố đã rợp cờ hoa, bà con mặc áo dài, áo bà ba đến dự "
    "ngày hội, cùng nhau gói bánh và chuẩn bị bữa cơm đoàn kết giữa hẻm.",
    "Dịp này, khu phố biểu dương 15 gia đình tiêu biểu trong phong trào toàn dân đoàn kết xây dựng đời sống văn "
    "hóa, trao 20 phần quà cho các hộ có hoàn cảnh khó khăn của khu phố.",
)
STORY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def _portal(detail: str, head: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Ấm áp Ngày hội Đại đoàn kết ở khu phố 3 - Cổng thông tin</title>{head}</head><body>
<nav><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức</a></nav><main><div class="news-detail">{detail}</div></main>
<footer>Cổng thông tin điện tử phường</footer></body></html>"""


def test_a_label_over_the_headline_inside_the_story_s_block_is_no_text():
    tree = html.fromstring(f"""<div class="news-detail"><span class="label-type"><i class="fa fa-camera"></i>
Phóng sự ảnh</span><h1>Ấm áp Ngày hội Đại đoàn kết ở khu phố 3</h1><div class="content">{STORY}</div></div>""")
    around._remove_labels_above(tree.find(".//h1"), tree)
    assert "Phóng sự ảnh" not in tree.text_content() and "Ngày hội" in tree.text_content()
    # Text before the headline longer than a label's (a teaser, a notice) is left as it is.
    tree = html.fromstring(f"""<div><p>Thông báo: Cổng thông tin tạm dừng hoạt động để bảo trì từ 22 giờ.</p>
<h1>Ấm áp Ngày hội Đại đoàn kết ở khu phố 3</h1>{STORY}</div>""")
    around._remove_labels_above(tree.find(".//h1"), tree)
    assert "Thông báo" in tree.text_content()


def test_a_record_s_label_cell_beside_its_headline_is_no_kicker():
    # A document's fields in a data table: the headline is the value of "Trích yếu", which stays.
    title = "Kế hoạch nhân rộng mô hình trồng bắp lai ứng dụng tưới tiết kiệm nước trên địa bàn huyện"
    rows = [("Số ký hiệu", "1520/KH-UBND"), ("Ngày ban hành", "12/09/2024"), ("Trích yếu", title)]
    table = "".join(f'<tr><td class="label-col">{k}</td><td>{v}</td></tr>' for k, v in rows)
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title></head><body>
<main><div class="doc-detail"><table class="table">{table}</table>{STORY}</div></main></body></html>"""
    text = extract(page, "https://x.example/van-ban/ke-hoach-1520-245.html").text
    assert "Trích yếu" in text and "Ngày ban hành" in text


def _frontpage(content: str, title: str = "New Page 1", charset: str = "utf-8") -> str:
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0"><title>{title}</title></head><body>
<table border="0" width="100%"><tr><td colspan="2"><img src="images/banner.jpg" alt="Trường PT DTNT tỉnh"></td></tr>
<tr><td valign="top" width="160"><p><a href="index.htm">Trang chủ</a></p><p><a href="tintuc.htm">Tin tức</a></p>
<p><a href="gioithieu.htm">Giới thiệu</a></p></td><td valign="top"><font face="Times New Roman">
{content}
</font></td></tr></table></body></html>"""


WRAPPED = (
    "Sáng ngày 05/9/2011, trong không khí tưng bừng của cả nước chào đón năm học mới, Trường Phổ thông Dân tộc "
    "Nội trú tỉnh long trọng tổ chức Lễ khai giảng năm học 2011 - 2012 với đông đảo cha mẹ học sinh.",
    "Năm học 2011 - 2012, nhà trường có 18 lớp với 612 học sinh thuộc 14 dân tộc đang sinh sống trên địa bàn "
    "tỉnh, trong đó học sinh dân tộc Mông, Thái, Dao và Hà Nhì chiếm đa số.",
    "Phát biểu khai giảng, thầy Hiệu trưởng đã điểm lại những kết quả nổi bật của năm học trước và giao nhiệm "
    "vụ cho năm học mới, chú trọng giáo dục kỹ năng sống cho học sinh nội trú.",
)


def _word(paragraph: str) -> str:
    """A paragraph as Word pastes it: its source lines wrapped mid-sentence, Word's own tag closing it."""
    words = paragraph.split()
    lines = [" ".join(words[i:i + 12]) for i in range(0, len(words), 12)]
    return ('<p class="MsoNormal" style="text-align: justify"><span style="font-size: 13.0pt">'
            + "\n".join(lines) + "<o:p></o:p></span></p>")


def test_word_s_own_tags_leave_a_pasted_paragraph_one_line():
    content = """<p align="center"><b><font size="4">TRƯỜNG PT DTNT TỈNH LAI CHÂU<br>
TƯNG BỪNG KHAI GIẢNG NĂM HỌC 2011 - 2012</font></b></p>
<p align="right"><i><font size="2">Cập nhật ngày: 06/9/2011</font></i></p>""" + "".join(map(_word, WRAPPED))
    article = extract(_frontpage(content), "http://dtnt.example/tintuc/khaigiang2011.htm")
    assert article.text.splitlines() == list(WRAPPED)
    # No <h1>, the editor's placeholder for <title>: the bold line in capitals above the story.
    assert article.title == "TRƯỜNG PT DTNT TỈNH LAI CHÂU TƯNG BỪNG KHAI GIẢNG NĂM HỌC 2011 - 2012"
    assert article.published == "2011-09-06"


def test_a_headline_hidden_until_a_script_animates_it_in_is_read():
    content = """<p align="center" dynamicanimation="fpAnimzoomInFP" id="fpAnimzoomInFP1"
style="position: relative !important; visibility: hidden"><b><font size="4">Sôi nổi Hội trại chào mừng
Ngày thành lập Đoàn TNCS Hồ Chí Minh</font></b></p>
<p align="center"><font size="2"><i>Đăng ngày 28/03/2012 lúc 16h30</i> | Bài và ảnh: <b>Lường Văn Thắng</b></font></p>
<p align="center"><font size="2" color="#FF0000">(Bấm vào ảnh để xem ảnh lớn)</font></p>""" + \
        "".join(f"<p>{p}</p>" for p in WRAPPED)
    article = extract(_frontpage(content, "Hội trại 26-3"), "http://dtnt.example/tintuc/hoitrai_26-3-2012.htm")
    assert article.title == "Sôi nổi Hội trại chào mừng Ngày thành lập Đoàn TNCS Hồ Chí Minh"
    assert article.author == "Lường Văn Thắng"
    assert article.text.splitlines() == list(WRAPPED)   # "(Bấm vào ảnh để xem ảnh lớn)": how to see a photo


def test_a_display_none_block_stays_hidden_whatever_animates_it():
    page = _portal(f"""<h1>Ấm áp Ngày hội Đại đoàn kết ở khu phố 3</h1><div class="content">{STORY}
<div class="wow fadeIn" style="display: none">Nội dung ẩn của quảng cáo không bao giờ hiện ra</div></div>""")
    assert "quảng cáo" not in extract(page, "https://cpv.example/tin-tuc/am-ap-1491941102").text


def test_how_to_see_a_photo_larger_is_chrome():
    for line in ("(Bấm vào ảnh để xem ảnh lớn)", "Click vào hình để phóng to", "Click on the image to enlarge"):
        assert clean._CHROME_LINE.search(clean.fold(line)), line
    assert not clean._CHROME_LINE.search(clean.fold("Bấm vào đây để xem chi tiết kế hoạch"))


def test_lines_of_links_to_the_site_s_other_stories_after_the_story_are_no_text():
    content = """<p align="center"><b><font size="4">Mái nhà chung của học sinh các dân tộc</font></b></p>
<p><i>Ngày 10/12/2010</i></p>""" + "".join(f"<p>{p}</p>" for p in WRAPPED) + """<hr>
<p><font size="2">» <a href="hoithao2010.htm">Hội thảo chuyên đề đổi mới phương pháp dạy học môn Toán</a>
(25/11/2010)<br>» <a href="../gioithieu.htm">Giới thiệu chung về Trường PT DTNT tỉnh Lai Châu</a></font></p>"""
    article = extract(_frontpage(content, "Mai nha chung"), "http://dtnt.example/tintuc/mainhachung.htm")
    assert article.text.splitlines() == list(WRAPPED)


def test_a_story_s_own_links_in_lines_stay():
    # Lines that link elsewhere (a source's site) or say more than a title are the story's.
    closing = ('<p>Tham khảo thêm tại: <a href="https://moh.example/bai-viet/huong-dan-phong-benh-dai-2026">'
               'Hướng dẫn phòng bệnh dại năm 2026 của Bộ Y tế</a><br>'
               '<a href="https://who.example/news/rabies-2026">Báo cáo của Tổ chức Y tế thế giới về bệnh dại</a></p>')
    article = extract(_portal(f"<h1>Ấm áp Ngày hội Đại đoàn kết ở khu phố 3</h1>{STORY}{closing}"),
                      "https://cpv.example/tin-tuc/am-ap-1491941102")
    assert "Báo cáo của Tổ chức Y tế thế giới" in article.text


def test_a_unit_signing_above_the_page_s_edit_stamp_is_no_writer_nor_text():
    content = """<p align="right"><i><font size="2">Lai Châu, ngày 09 tháng 01 năm 2012</font></i></p>
<p align="center"><b><font size="4">Nhà trường thông báo lịch nghỉ Tết Nguyên đán và tổ chức xe đưa học sinh
về quê</font></b></p>""" + "".join(f"<p>{p}</p>" for p in WRAPPED) + """
<p align="right"><b>BAN GIÁM HIỆU</b></p><p>&nbsp;</p>
<p align="right"><font size="1">Cập nhật lần cuối: 12/01/2012</font></p>"""
    article = extract(_frontpage(content, "Thong bao"), "http://dtnt.example/tintuc/thongbao_nghitet2012.htm")
    assert article.author is None
    assert article.text.splitlines() == list(WRAPPED)   # no place and date line, no unit


def test_a_line_pointing_to_the_story_s_translations_is_no_text():
    head = """<link rel="alternate" hreflang="vi" href="https://ipc.example/tin-tuc/binh-minh/" />
<link rel="alternate" hreflang="en" href="https://ipc.example/en/news/sunrise/" />"""
    detail = f"""<h1>Ấm áp Ngày hội Đại đoàn kết ở khu phố 3</h1>{STORY}
<p class="wpml-ls-statics-post_translations">Bài viết này cũng có sẵn bằng: <span><a href="/en/news/sunrise/">Tiếng
Anh</a></span></p>"""
    article = extract(_portal(detail, head), "https://ipc.example/tin-tuc/binh-minh/")
    assert article.text.splitlines() == list(PARAGRAPHS)


def test_a_publication_at_midnight_written_in_utc_takes_no_time_from_the_edit():
    head = """<meta property="article:published_time" content="2026-11-04T17:00:00+00:00" />
<meta property="article:modified_time" content="2026-11-05T08:47:12+00:00" />"""
    article = extract(_portal(f"<h1>Ấm áp Ngày hội Đại đoàn kết ở khu phố 3</h1>{STORY}", head),
                      "https://ipc.example/tin-tuc/xuat-khau-go/")
    assert article.published == "2026-11-05"


ENGLISH = (
    "HÀ NỘI — Wooden ferries that carried generations of farmers across the Đuống River are disappearing as "
    "new bridges open, leaving a handful of boatmen to keep the old crossings alive.",
    "Trần Văn Lực, 67, has rowed the same crossing for four decades and says fewer than twenty people a day "
    "now ride his boat, most of them elderly traders heading to the market.",
    "The provincial authorities plan to close three more crossings next year once the new bridge in Quế Võ "
    "District opens to traffic, officials said.",
)


def _english(body: str, byline: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in ENGLISH)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The last ferrymen - Việt Nam News</title>
</head><body><div class="container"><h1 class="headline">The last ferrymen on the Đuống River</h1>
<div class="info">{byline}<span class="time">November 29, 2026 - 07:00</span></div>
<div id="abody">{body.replace("STORY", paragraphs)}</div></div></body></html>"""


def test_an_english_edition_s_by_line_opening_the_story_is_no_text():
    article = extract(_english("<p><strong>By Hồng Vân</strong></p>STORY"),
                      "https://vns.example/society/1806882/the-last-ferrymen.html")
    assert article.author == "Hồng Vân"
    assert article.text.splitlines() == list(ENGLISH)


def test_an_english_source_line_is_the_source():
    article = extract(_english("STORY<p>Source: VNA</p>"), "https://vns.example/economy/1806911/lao-cai.html")
    assert article.source == "VNA"
    assert article.text.splitlines() == list(ENGLISH)


def test_a_photo_credit_s_label_is_no_part_of_the_name():
    article = extract(_english("STORY", '<div class="author">VNS Photos <strong>Đoàn Tùng</strong></div>'),
                      "https://vns.example/multimedia/photo/1807333/hoi-an.html")
    assert article.author == "Đoàn Tùng"


def test_a_unit_s_name_goes_on_past_its_comma():
    assert clean.is_department("Khoa Phòng, chống bệnh truyền nhiễm")
    assert not clean.is_department("Khoa Nam, Thu Hà")   # two writers


def test_a_table_s_cell_is_no_signature():
    lineup = ('<table><tr><td><strong>Công an Hà Nội (4-2-3-1)</strong></td><td><strong>Thể Công Viettel (3-4-3)'
              '</strong></td></tr><tr><td>Nguyễn Filip, Văn Thanh</td><td>Văn Việt, Thành Chung</td></tr></table>'
              '<p><strong>Dự đoán:</strong> Công an Hà Nội 2-1 Thể Công Viettel</p>')
    article = extract(_portal(f"<h1>Ấm áp Ngày hội Đại đoàn kết ở khu phố 3</h1>{STORY}{lineup}"),
                      "https://bd.example/bong-da-viet-nam/nhan-dinh-5243071210.html")
    assert article.author is None


def test_a_plural_s_heading_or_a_weekday_is_no_name():
    assert clean.byline_name("CÁC TỔ CHUYÊN MÔN", right_aligned=True) is None
    assert clean.byline_name("NHỮNG NGƯỜI BẠN", right_aligned=True, last=True) is None
    assert clean.byline_name("THANH HIỀN", right_aligned=True) == "THANH HIỀN"
    # A weekday over a blog's day of posts is no name either; a name of the same letters is.
    assert clean.byline_name("Thứ Hai", right_aligned=True) is None
    assert clean.byline_name("Thu Ba", right_aligned=True) == "Thu Ba"


def test_a_plain_last_line_signed_with_the_writer_s_unit_above_a_tool_bar_is_the_byline():
    # Round 72's leftover: a portal prints "Văn Đức - Quỹ HTND tỉnh" plainly after the story, its
    # "In bài viết" (a script's link) under it.
    assert clean.byline_name("Văn Đức - Quỹ HTND tỉnh", last=True) == "Văn Đức"
    assert clean.byline_name("Hoàng Minh - Thu Hà", last=True) == "Hoàng Minh - Thu Hà"   # two writers
    closing = ('<p class="wd-actor">Văn Đức - Quỹ HTND tỉnh</p><ul class="tools"><li><a class="wd-print" '
               'href="javascript:expandingWindow(\'/print_article.jsp?printArticleId=25832\');">In bài viết</a>'
               '</li></ul>')
    article = extract(_portal(f'<h1>Ấm áp Ngày hội Đại đoàn kết ở khu phố 3</h1><div class="wd-introduction">'
                              f'{STORY}{closing}</div>'), "https://hnd.example/web/guest/tin-tuc/25832.html")
    assert article.author == "Văn Đức"
    assert article.text.splitlines() == list(PARAGRAPHS)


def test_word_s_tags_in_a_binary_served_as_a_page_are_left_alone():
    # lxml's parser keeps a control character its setter refuses: a PDF served as text/html
    # parses into namespaced "elements" around such bytes; unwrapping them must not raise.
    page = "<html><body><p>%PDF-1.4 \x01\x02<o:p>stream\x03\x04</o:p>\x05 endobj</p></body></html>"
    article = extract(page.encode("latin-1"), "http://dtnt.example/files/report.htm")
    assert not article.is_article
