"""The sixty-third round's blind misses, by structure: a live page's note inviting readers to
reload, a wanted notice's plain particulars, an administrative document's heading set as a
two-cell table, a photo bank's record of one picture, a week's calendar of events, and an event's
time line under the headline of a print view."""

from __future__ import annotations

from crawler.extract import extract

PARAGRAPHS = (
    "Sáng 16/11, Công an thành phố phối hợp với chính quyền các phường tổ chức ra quân cao điểm tấn công, trấn "
    "áp tội phạm, bảo đảm an ninh trật tự dịp cuối năm trên địa bàn.",
    "Theo kế hoạch, lực lượng công an sẽ tăng cường tuần tra, kiểm soát tại các tuyến phố trung tâm, bến xe, nhà ga "
    "và những khu vực tập trung đông người, kịp thời phát hiện, xử lý các hành vi vi phạm pháp luật.",
    "Phát biểu tại buổi lễ, lãnh đạo Công an thành phố đề nghị người dân tích cực cung cấp thông tin, tố giác tội "
    "phạm qua đường dây nóng để lực lượng chức năng kịp thời xử lý.",
)
BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def _page(content: str, title: str, head: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:type" content="article">{head}</head><body><div class="header"><a href="/">Báo An ninh</a>
<a href="/phap-luat/">Pháp luật</a><a href="/xa-hoi/">Xã hội</a></div>
<div class="article"><h1 class="article__title">{title}</h1><div class="time">Thứ Ba, 17/11/2026 - 11:02</div>
{content}</div><div class="footer">© Báo An ninh</div></body></html>"""


def test_a_live_pages_note_inviting_readers_to_reload_is_no_text():
    note = ('<div class="notice" role="note"><p>Bài viết đang được cập nhật liên tục. Mời bạn đọc tải lại trang để '
            "theo dõi diễn biến mới nhất.</p></div>")
    article = extract(_page('<div class="body">' + note + BODY + "</div>", "Trực tiếp: Ra quân trấn áp tội phạm"),
                      "https://anninh.example/truc-tiep-ra-quan-tran-ap-toi-pham-post1.html")
    assert article.text.splitlines() == list(PARAGRAPHS)


WANTED = ("<p>Họ và tên: Lê Văn Khải. Giới tính: Nam.</p><p>Sinh ngày: 14/3/1994, tại Hà Nội.</p>"
          "<p>Nơi thường trú: thôn Đông, xã Phúc Thịnh, TP Hà Nội.</p><p>Họ tên bố: Lê Văn Hòa; họ tên mẹ: Nguyễn Thị Lụa.</p>"
          "<p>Đặc điểm nhận dạng: cao khoảng 1m70, tóc cắt ngắn, có hình xăm ở cánh tay phải.</p>"
          "<p>Phạm tội: Cố ý gây thương tích, quy định tại khoản 3 Điều 134 Bộ luật Hình sự.</p>"
          "<p>Ai phát hiện, bắt giữ đối tượng trên báo ngay cho cơ quan công an gần nhất.</p>")


def test_a_wanted_notices_plain_particulars_make_a_record():
    content = ('<div class="sapo"><p>Cơ quan Cảnh sát điều tra Công an TP Hà Nội ra quyết định truy nã đối với đối '
               'tượng Lê Văn Khải.</p></div><div class="body">' + WANTED + "</div>")
    article = extract(_page(content, "Truy nã đối tượng Lê Văn Khải về tội cố ý gây thương tích"),
                      "https://anninh.example/truy-na-doi-tuong-le-van-khai-post662034.html")
    assert not article.is_article
    assert "fields" in article.reason


def test_a_story_naming_a_suspect_once_by_a_plain_label_stays_news():
    content = '<div class="body">' + BODY + "<p>Họ và tên: Lê Văn Khải, sinh năm 1994.</p></div>"
    article = extract(_page(content, "Ra quân trấn áp tội phạm dịp cuối năm"),
                      "https://anninh.example/ra-quan-tran-ap-toi-pham-post2.html")
    assert article.is_article, article.reason


def test_an_administrative_documents_heading_in_a_two_cell_table_makes_it_a_document():
    heading = ("<table><tr><td><p>UBND HUYỆN HƯƠNG KHÊ</p><p>VĂN PHÒNG HĐND - UBND</p><p>Số: 214/TB-VP</p></td>"
               "<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p>"
               "<p>Hương Khê, ngày 25 tháng 11 năm 2024</p></td></tr></table>")
    terms = ("<p style='text-align:center'><strong>THÔNG BÁO</strong></p>"
             "<p>Căn cứ Luật Tiếp công dân năm 2013, Văn phòng HĐND - UBND huyện thông báo lịch tiếp công dân như sau:</p>"
             "<p>1. Thời gian: Từ 7h30, thứ Năm ngày 12/12/2024.</p><p>2. Địa điểm: Trụ sở Tiếp công dân huyện.</p>"
             "<p>Văn phòng HĐND - UBND huyện thông báo để các cơ quan, đơn vị và nhân dân được biết./.</p>")
    article = extract(_page('<div class="body">' + heading + terms + "</div>",
                            "Thông báo lịch tiếp công dân định kỳ tháng 12 năm 2024 của Chủ tịch UBND huyện"),
                      "https://huongkhe.example/thong-bao/1588-thong-bao-lich-tiep-cong-dan.html")
    assert not article.is_article
    assert "administrative document" in article.reason


def test_a_photo_banks_record_of_one_picture_is_no_story():
    content = ('<div class="photo"><img src="/anh/8824104.jpg" alt=""><div class="photo-caption">Thành viên Hợp tác xã '
               "nông nghiệp dịch vụ Ea Kiết chỉ hái những quả cà phê đã chín đỏ để làm cà phê đặc sản. Ảnh: Tuấn "
               "Anh/TTXVN</div></div><table class='photo-info'><tr><td>Mã ảnh:</td><td>8824104</td></tr>"
               "<tr><td>Địa điểm:</td><td>Xã Ea Kiết, tỉnh Đắk Lắk</td></tr><tr><td>Kích thước:</td>"
               "<td>6000 x 4000 px</td></tr><tr><td>Dung lượng:</td><td>9,8 MB</td></tr></table>")
    article = extract(_page(content, "Thành viên HTX Ea Kiết hái cà phê chín"),
                      "https://vnanet.example/vi/anh/thanh-vien-htx-ea-kiet-hai-ca-phe-chin-8824104.html")
    assert not article.is_article
    assert "picture" in article.reason


def test_a_photo_story_told_in_its_captions_under_a_lead_stays_news():
    photos = "".join(f'<figure><img src="/anh/{n}.jpg" alt=""><figcaption>{p}</figcaption></figure>'
                     for n, p in enumerate(PARAGRAPHS[1:]))
    article = extract(_page(f'<div class="body"><p>{PARAGRAPHS[0]}</p>' + photos + "</div>",
                            "Ra quân trấn áp tội phạm dịp cuối năm"),
                      "https://anninh.example/ra-quan-tran-ap-toi-pham-post3.html")
    assert article.is_article, article.reason


def test_a_weeks_calendar_of_events_is_no_story():
    days = ("<p>Thứ Hai, 30/11</p><p>- 8h00: Hội nghị toàn quốc tổng kết công tác phòng, chống thiên tai năm 2026.</p>"
            "<p>- 14h00: Họp báo giới thiệu Tuần lễ Cà phê Tây Nguyên năm 2026.</p>"
            "<p>Thứ Ba, 1/12</p><p>- 9h00: Khai mạc Hội chợ nông sản, sản phẩm OCOP vùng Tây Bắc.</p>"
            "<p>Thứ Tư, 2/12</p><p>- Kỷ niệm Quốc khánh nước Cộng hòa Dân chủ Nhân dân Lào.</p>"
            "<p>Thứ Năm, 3/12</p><p>- 8h30: Diễn đàn Chuyển đổi số vùng dân tộc thiểu số và miền núi.</p>")
    content = ('<div class="body"><p>TTXVN giới thiệu một số sự kiện trong nước đáng chú ý diễn ra trong tuần từ ngày '
               "30/11 đến ngày 6/12/2026.</p>" + days + "<p>Lịch sự kiện có thể thay đổi theo thông báo của cơ quan tổ "
               "chức.</p></div>")
    article = extract(_page(content, "Các sự kiện trong nước đáng chú ý từ ngày 30/11 đến 6/12/2026"),
                      "https://vnanet.example/vi/tin/cac-su-kien-trong-nuoc-8824990.html")
    assert not article.is_article
    assert "calendar" in article.reason


def test_a_story_telling_its_days_in_paragraphs_stays_news():
    days = "".join(f"<p>Thứ {d}, {n}/11</p><p>{p}</p>" for d, n, p in zip(("Hai", "Ba", "Tư"), (16, 17, 18),
                                                                       PARAGRAPHS, strict=True))
    article = extract(_page('<div class="body">' + days + "</div>", "Ba ngày ra quân trấn áp tội phạm"),
                      "https://anninh.example/ba-ngay-ra-quan-post4.html")
    assert article.is_article, article.reason


def test_an_events_time_line_under_a_print_views_headline_is_the_records_field():
    """A print view prints the event's page bare: headline, date line, sapo, its fields. The
    "Thời gian: …" line is the event's time, not the page's date line to drop."""
    page = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Giao lưu trực tuyến</title></head>
<body onload="window.print()"><div class="print-wrap"><div class="print-head">baodansinh.vn</div>
<h1 class="title">Giao lưu trực tuyến: Những điểm mới về hưởng BHXH một lần trong dự thảo luật sửa đổi</h1>
<div class="time">17/03/2024 10:00</div><h2 class="sapo">Báo Dân sinh tổ chức chương trình giao lưu trực tuyến về
quy định hưởng bảo hiểm xã hội một lần trong dự thảo Luật Bảo hiểm xã hội (sửa đổi).</h2><div class="content">
<p><strong>Thời gian:</strong> 9h00 - 11h00, thứ Năm, ngày 21/3/2024.</p>
<p><strong>Địa điểm:</strong> Tòa soạn Báo Dân sinh; phát trực tuyến trên Báo điện tử Dân sinh.</p>
<p><strong>Khách mời:</strong></p><ul><li>Đại diện Vụ Bảo hiểm xã hội.</li><li>Đại diện Bảo hiểm xã hội Việt Nam.</li>
<li>Luật sư Đoàn Luật sư TP Hà Nội.</li></ul>
<p><strong>Cách gửi câu hỏi:</strong> Bạn đọc gửi câu hỏi về hộp thư của Báo trước 17h00 ngày 20/3/2024.</p>
</div><div class="print-foot">Báo Dân sinh</div></div></body></html>"""
    article = extract(page, "https://dansinh.example/print/giao-luu-truc-tuyen-bhxh-mot-lan-d80490.html")
    assert "Thời gian: 9h00 - 11h00, thứ Năm, ngày 21/3/2024." in article.text.splitlines()
    assert not article.is_article
