"""The fifty-third round's blind misses: a festival's programme announced ahead with a lead, its
opening and a note beside the table, and a pointer to another page, linked on "tại đây"."""

from __future__ import annotations

from crawler.extract import extract

PARAGRAPHS = (
    "Sáng 15/7, Tỉnh Đoàn phối hợp với Sở Khoa học và Công nghệ phát động Cuộc thi Ý tưởng khởi nghiệp thanh niên "
    "năm 2024, hướng đến các ý tưởng gắn với sản phẩm đặc trưng của địa phương.",
    "Năm 2023, cuộc thi nhận được 68 ý tưởng dự thi, trong đó nhiều dự án như trà mãng cầu, du lịch cộng đồng ở "
    "Gành Đá Đĩa, nước mắm truyền thống Gành Đỏ đã được triển khai hiệu quả.",
    "Ban Tổ chức sẽ chọn 10 ý tưởng xuất sắc vào vòng chung kết, được các chuyên gia hỗ trợ hoàn thiện kế hoạch "
    "kinh doanh và kết nối với các quỹ đầu tư trong và ngoài tỉnh.",
)


def _page(body: str, title: str, lead: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-09-26T15:30:00+07:00">
</head><body><div class="header"><a href="/">Báo Tỉnh</a><a href="/van-hoa">Văn hóa</a></div><div class="detail">
<h1 class="detail-title">{title}</h1><div class="detail-time">Thứ Năm, 26/09/2024 | 15:30</div>
<div class="detail-sapo"><strong>{lead}</strong></div><div class="detail-content">{body}</div></div>
<div class="footer">© Báo Tỉnh</div></body></html>"""


def test_a_festivals_programme_announced_ahead_is_no_story():
    rows = (("Ngày 2/10/2024", "Lễ rước y trang từ làng Raglai về đền thờ Po Inư Nưgar", "Xã Phước Hà, huyện Thuận Nam"),
            ("7 giờ, ngày 3/10/2024", "Lễ mở cửa tháp, tắm tượng, dâng lễ vật", "Tháp Po Klong Garai, phường Đô Vinh"),
            ("8 giờ 30, ngày 3/10/2024", "Chương trình văn nghệ, trình diễn trống Ghinăng, kèn Saranai",
             "Sân khấu chân tháp Po Klong Garai"),
            ("Ngày 3 - 4/10/2024", "Hội chợ, trưng bày gốm Bàu Trúc, thổ cẩm Mỹ Nghiệp, ẩm thực Chăm",
             "Khu di tích tháp Po Klong Garai"),
            ("Ngày 4/10/2024", "Lễ Katê tại các làng Chăm, thi đấu thể thao truyền thống", "Các làng Chăm trên địa bàn"))
    table = ("<table><tr><th>Thời gian</th><th>Nội dung</th><th>Địa điểm</th></tr>"
             + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows) + "</table>")
    body = ("<p>Thực hiện Kế hoạch của UBND tỉnh về tổ chức Lễ hội Katê của đồng bào Chăm năm 2024, Ban Tổ chức thông "
            "báo chương trình cụ thể như sau:</p>" + table + "<p><em>Lưu ý: Du khách đến tham dự lễ hội gửi xe tại bãi "
            "giữ xe phía Nam di tích; không mặc trang phục phản cảm khi vào khu vực đền tháp.</em></p>")
    lead = ("Ban Tổ chức Lễ hội Katê năm 2024 thông báo chương trình các hoạt động diễn ra từ ngày 2 đến 4/10/2024 tại "
            "các đền tháp và làng Chăm trên địa bàn tỉnh.")
    article = extract(_page(body, "Chương trình Lễ hội Katê năm 2024", lead),
                      "https://baotinh.example/news/148120p1c30/chuong-trinh-le-hoi-kate-nam-2024.htm")
    assert not article.is_article and "programme" in article.reason


def test_a_pointer_to_another_page_linked_on_here_is_no_text():
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + (
        '<p><em>Xem chi tiết thể lệ cuộc thi <a href="/2024/07/15/the-le-cuoc-thi/">tại đây</a>.</em></p>')
    article = extract(_page(body, "Phát động Cuộc thi Ý tưởng khởi nghiệp thanh niên năm 2024"),
                      "https://tuoitre.example/2024/07/15/phat-dong-cuoc-thi-y-tuong-khoi-nghiep/")
    assert "tại đây" not in article.text and article.text.endswith(PARAGRAPHS[-1])


def test_a_newsrooms_account_is_no_writer():
    page = _page("".join(f"<p>{p}</p>" for p in PARAGRAPHS), "Làng gốm Cậy hồi sinh nhờ đơn hàng xuất khẩu")
    page = page.replace("</head>", '<meta name="author" content="Tòa soạn"></head>')
    assert extract(page, "https://tapchi.example/video-lang-gom-cay-hoi-sinh/").author is None


def test_a_price_board_half_of_it_a_table_and_a_line_beside_is_no_story():
    rows = (("Lợn hơi", "63.000 - 65.000", "+1.000"), ("Gà ta hơi", "85.000 - 90.000", "0"),
            ("Lúa tẻ thường (tươi)", "7.200 - 7.500", "0"), ("Phân đạm Urê", "11.500", "-100"),
            ("Phân NPK 16-16-8", "14.200", "0"))
    table = ("<table><tr><th>Mặt hàng</th><th>Giá hôm nay</th><th>So với hôm qua</th></tr>"
             + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows) + "</table>")
    body = "<p>Đơn vị tính: đồng/kg</p>" + table + "<p>Nguồn: Sở Công Thương</p>"
    lead = ("Giá một số mặt hàng nông sản, vật tư nông nghiệp tại các chợ đầu mối và đại lý trên địa bàn tỉnh ngày "
            "15/8/2024.")
    article = extract(_page(body, "Bảng giá nông sản, vật tư nông nghiệp ngày 15/8/2024", lead),
                      "https://tapchi.example/bang-gia-nong-san-vat-tu-nong-nghiep-ngay-15-8-2024/")
    assert not article.is_article and "table" in article.reason


def test_a_video_credit_between_the_player_and_the_body_names_the_writers():
    head = ('<div class="article__video"><video controls><source src="/v/xoai.mp4" type="video/mp4"></video></div>'
            '<div class="article__author">Video: <strong>Minh Thu - Quang Huy</strong></div>')
    page = _page("".join(f"<p>{p}</p>" for p in PARAGRAPHS), "Yên Châu vào mùa xoài tròn")
    page = page.replace('<div class="detail-content">', head + '<div class="detail-content">')
    assert extract(page, "https://baotinh.example/kinh-te-video/yen-chau-vao-mua-xoai-tron.html").author \
        == "Minh Thu - Quang Huy"
