"""The fifty-eighth round's blind misses: a Docsy byline ("Bởi <b>TS. …</b> | date") and its
page's widgets kept off the print ("d-print-none") and reading time, a field's label and value
in bare blocks, a unit signing over a list of plain tags, a print issue's digest, a survey's
form with a box for remarks, and an event's invitation over its fields."""

from __future__ import annotations

from crawler.extract import extract

PARAGRAPHS = (
    "Năm 2025, giá trị tăng thêm của các ngành kinh tế biển và ven biển ước chiếm khoảng 48% tổng sản phẩm trên "
    "địa bàn tỉnh, nhưng riêng công nghiệp lọc hóa dầu và luyện kim đã chiếm gần ba phần tư con số này.",
    "Các ngành dịch vụ biển như vận tải biển, logistics và du lịch tăng trưởng khá nhưng quy mô còn nhỏ; du lịch "
    "biển mới đóng góp khoảng 3% tổng sản phẩm của tỉnh, thấp hơn nhiều so với các địa phương lân cận.",
    "Phân tích của nhóm nghiên cứu chỉ ra ba điểm nghẽn chính: hạ tầng kết nối còn yếu, nguồn nhân lực chất lượng "
    "cao thiếu hụt và việc quản lý không gian biển còn chồng chéo giữa các ngành.",
)
TITLE = "Kinh tế biển nhìn từ số liệu: bức tranh tổng quan"


def _page(content: str, title: str = TITLE, head: str = "", published: str = "2026-09-14T08:00:00+07:00") -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title} | Viện Nghiên cứu</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="{published}">{head}
</head><body><nav class="td-navbar"><a href="/">Viện Nghiên cứu Phát triển</a><a href="/tin-tuc/">Tin tức</a></nav>
<main role="main"><div class="td-content"><h1>{title}</h1>{content}</div></main>
<footer class="td-footer">© Viện Nghiên cứu Phát triển</footer></body></html>"""


def _docsy(byline: str, body: str) -> str:
    return (f'<div class="td-byline mb-4">Bởi <b>{byline}</b> | <time datetime="2026-09-14">14/09/2026</time></div>'
            '<header class="article-meta"><p class="reading-time"><i class="fa-regular fa-clock"></i>&nbsp; 3 phút đọc'
            "&nbsp;</p></header>" + body
            + '<div class="d-print-none"><h2 class="feedback--title">Phản hồi</h2><p class="feedback--question">Trang này '
            'có hữu ích không?</p><button class="btn">Có</button><button class="btn">Không</button>'
            '<p class="feedback--response">Rất vui khi nghe điều đó! Hãy cho chúng tôi biết nếu bạn muốn đọc thêm.</p>'
            "</div>")


def test_a_docsy_byline_names_the_writer_without_the_rank():
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    article = extract(_page(_docsy("TS. Đặng Công Minh", body)), "https://vien.example/tin-tuc/2026/09/14/kinh-te-bien/")
    assert article.author == "Đặng Công Minh"


def test_a_pages_widget_kept_off_the_print_and_its_reading_time_are_no_text():
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    article = extract(_page(_docsy("TS. Đặng Công Minh", body)), "https://vien.example/tin-tuc/2026/09/14/kinh-te-bien/")
    assert article.text.split("\n") == list(PARAGRAPHS)   # no reading time, no feedback box


def test_two_writers_each_under_a_rank_are_both_named():
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    article = extract(_page(_docsy("TS. Nguyễn Văn Quý, ThS. Lê Thị Hoài", body)),
                      "https://vien.example/tin-tuc/2026/09/14/kinh-te-bien/")
    assert article.author == "Nguyễn Văn Quý, Lê Thị Hoài"


def test_a_fields_label_and_value_in_bare_blocks_name_the_writer():
    # (the node's plain tags after it: the field is no signature closing the text)
    field = ("<div><div>Tác giả</div><div>Nguyễn Minh Phương - Trung tâm Công nghệ thông tin và Truyền thông</div></div>"
             '<ul class="tags"><li><span class="tag">Kinh tế biển</span></li><li><span class="tag">Số liệu</span></li></ul>')
    body = '<div class="ct-basic-content">' + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div>"
    article = extract(_page(body + field),
                      "https://stttt.example/tin-tuc/kinh-te-bien-nhin-tu-so-lieu")
    assert article.author == "Nguyễn Minh Phương"


def test_a_unit_signing_over_a_list_of_plain_tags_is_no_text():
    content = ("".join(f"<p>{p}</p>" for p in PARAGRAPHS)
               + '<p class="text-align-right"><strong>Phòng Chuyển đổi số</strong></p>'
               '<ul class="ct-item-list"><li><span class="ct-tag">Chuyển đổi số</span></li></ul>')
    article = extract(_page(content), "https://stttt.example/tin-tuc/kinh-te-bien-nhin-tu-so-lieu")
    assert "Phòng Chuyển đổi số" not in article.text and article.author is None


def test_a_print_issues_digest_is_no_story():
    items = (
        "Những năm qua, phong trào nông dân thi đua sản xuất, kinh doanh giỏi ở huyện Chợ Gạo ngày càng lan tỏa, "
        "nhiều hộ vươn lên làm giàu từ vườn thanh long, vườn dừa. Làm giàu trên mảnh vườn quê (xem trang 3).",
        "Đến hẹn lại lên, những ngày giáp Tết, các làng nghề bánh tráng, bánh phồng ở huyện Cái Bè lại đỏ lửa suốt "
        "đêm để kịp đơn hàng cho thương lái khắp nơi. Làng nghề vào vụ Tết (xem trang 6).",
        "Cận Tết, nhu cầu đi lại tăng cao, tuyến cao tốc thường xuyên ùn tắc vào cuối tuần; ngành chức năng đã có "
        "phương án phân luồng từ xa và tăng cường lực lượng. Sẵn sàng phục vụ nhân dân đi lại (xem trang 8).",
        "Giá lúa tăng nhẹ so với tuần trước, nhiều nông dân phấn khởi vì vụ đông xuân trúng mùa, được giá; thương "
        "lái thu mua tại ruộng với giá cao. Nông dân phấn khởi (xem trang 9).")
    content = ("<p>Mời độc giả đón đọc Báo Ấp Bắc số ra ngày 10-1, với những thông tin nổi bật.</p>"
               + "".join(f"<p>{p}</p>" for p in items))
    article = extract(_page(content, title="Đón đọc Báo Ấp Bắc số ra ngày 10-1"),
                      "https://baoapbac.example/ban-doc/202501/don-doc-bao-ap-bac-so-ra-ngay-10-1-1035301/")
    assert not article.is_article and "contents" in article.reason


def test_a_surveys_form_with_a_box_for_remarks_is_no_story():
    form = ('<form class="webform-submission-form"><fieldset><legend>1. Ông/bà đã từng nộp hồ sơ trực tuyến chưa?</legend>'
            '<input type="radio" name="da_nop" id="c1"><label for="c1">Đã từng</label>'
            '<input type="radio" name="da_nop" id="c2"><label for="c2">Chưa từng</label></fieldset>'
            '<fieldset><legend>2. Mức độ hài lòng chung</legend>'
            '<input type="radio" name="hl" id="h1"><label for="h1">Rất hài lòng</label>'
            '<input type="radio" name="hl" id="h2"><label for="h2">Hài lòng</label>'
            '<input type="radio" name="hl" id="h3"><label for="h3">Không hài lòng</label></fieldset>'
            '<label for="g">3. Góp ý để cải thiện dịch vụ</label><textarea id="g" name="gop_y"></textarea>'
            '<input type="submit" value="Gửi khảo sát"></form>')
    content = ("<p>Nhằm nâng cao chất lượng cung cấp dịch vụ công trực tuyến, Sở trân trọng mời người dân, doanh nghiệp "
               "dành ít phút trả lời các câu hỏi dưới đây. Thông tin cá nhân của người tham gia được bảo mật.</p>" + form)
    article = extract(_page(content, title="Khảo sát mức độ hài lòng về dịch vụ công trực tuyến năm 2025"),
                      "https://stttt.example/khao-sat/khao-sat-muc-do-hai-long-nam-2025")
    assert not article.is_article and "poll" in article.reason


def test_an_events_invitation_over_its_fields_is_no_story():
    content = ('<div class="lead">Viện Nghiên cứu Phát triển tổ chức hội thảo khoa học “Liên kết vùng duyên hải trong phát '
               "triển logistics”. Trân trọng kính mời các nhà khoa học, nhà quản lý và doanh nghiệp quan tâm đến tham dự."
               "</div><ul><li><strong>Thời gian:</strong> 8h00 - 16h30, thứ Tư, ngày 28/10/2026.</li>"
               "<li><strong>Địa điểm:</strong> Hội trường tầng 3, Viện Nghiên cứu Phát triển, số 52 đường Hùng Vương.</li>"
               "<li><strong>Đơn vị phối hợp:</strong> Hiệp hội Logistics miền Trung.</li></ul>"
               "<h2>Chương trình dự kiến</h2><table><tr><th>Thời gian</th><th>Nội dung</th></tr>"
               "<tr><td>8h00 - 8h30</td><td>Đón tiếp đại biểu</td></tr><tr><td>8h30 - 9h00</td><td>Khai mạc</td></tr>"
               "<tr><td>9h00 - 11h30</td><td>Phiên 1: Hạ tầng và dịch vụ logistics vùng duyên hải</td></tr>"
               "<tr><td>13h30 - 16h00</td><td>Phiên 2: Cơ chế liên kết giữa các cảng biển</td></tr></table>"
               "<p>Hạn đăng ký tham dự và gửi tham luận: ngày 22/10/2026.</p>")
    article = extract(_page(content, title="Hội thảo “Liên kết vùng duyên hải trong phát triển logistics”",
                            published="2026-10-15T10:00:00+07:00"),
                      "https://vien.example/tin-tuc/2026/10/15/hoi-thao-lien-ket-vung-duyen-hai/")
    assert not article.is_article
