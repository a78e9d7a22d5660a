"""The forty-fifth round's blind misses: a unit's account over a signature that names it, an
e-magazine's block of credits, a table's "Nguồn:" note, a builder's grid of captioned photos,
events announced by their time field, an about page its footer names, and a story going on
after a "Xem thêm:" list."""

from __future__ import annotations

from crawler.extract import extract

PARAGRAPHS = (
    "Từ ngày 13 đến 15/5, Trung tâm Y tế huyện phối hợp với các trạm y tế xã, thị trấn tổ chức tiêm bổ sung vắc "
    "xin sởi - rubella cho hơn 2.300 trẻ từ 1 đến 5 tuổi chưa được tiêm đủ mũi theo lịch.",
    "Để bảo đảm an toàn, mỗi điểm tiêm đều bố trí bàn khám sàng lọc, khu vực theo dõi sau tiêm 30 phút và tủ thuốc "
    "chống sốc; cán bộ y tế thôn đến từng gia đình vận động người dân đưa trẻ đi tiêm.",
    "Sau 3 ngày triển khai, toàn huyện đã tiêm được cho 1.987 trẻ, đạt 84,7% kế hoạch; chưa ghi nhận trường hợp phản "
    "ứng nặng sau tiêm. Các trạm y tế sẽ tổ chức tiêm vét cho những trẻ còn lại.",
)
URL = "https://ttyt.example/tiem-bo-sung-vac-xin-soi-rubella/"


def _post(body: str, *, account: str = "Khoa KSBT", title: str = "Tiêm bổ sung vắc xin sởi cho hơn 2.300 trẻ",
          footer: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-15T02:12:40+00:00">
<meta name="author" content="{account}"></head><body><div class="top-bar">Thứ Sáu, 24/05/2024</div>
<article class="post"><header class="entry-header"><h1 class="entry-title">{title}</h1><ul class="meta">
<li class="meta-author"><a href="/author/tai-khoan/" rel="author">{account}</a></li><li class="meta-date">Tháng Năm 15,
2024</li></ul></header><div class="entry-content">{body}</div></article>
<footer id="footer"><div class="footer-menu"><a href="/">Trang chủ</a> | <a href="/lien-he/">Liên hệ</a>{footer}</div>
</footer></body></html>"""


def _story(end: str = "") -> str:
    return "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + end


def test_an_account_a_signature_names_as_its_unit_is_no_writer():
    article = extract(_post(_story('<p style="text-align: right;"><strong>Lê Thị Hằng – Khoa KSBT</strong></p>')), URL)
    assert article.author == "Lê Thị Hằng"
    unsigned = extract(_post(_story("<p>Nguồn: Trung tâm Kiểm soát bệnh tật tỉnh</p>")), URL)
    assert unsigned.author is None and unsigned.source == "Trung tâm Kiểm soát bệnh tật tỉnh"


def test_the_writer_of_an_e_magazines_credits_is_the_contents():
    credits = ('<div class="emag_credit"><p>Nội dung: <b>Hải Châu</b></p><p>Ảnh: <b>Đức Thanh</b></p>'
               "<p>Thiết kế: <b>Minh Quân</b></p></div>")
    article = extract(_post(_story(credits), account="Báo Đầu tư"), URL)
    assert article.author == "Hải Châu"
    assert "Minh Quân" not in article.text and "Đức Thanh" not in article.text


def test_a_tables_source_note_amid_the_story_is_not_its_source():
    table = ('<p><strong>Bảng 1: Chi tiêu công và tăng trưởng các tỉnh giai đoạn 2010-2025</strong></p>'
             '<p><img src="/bang-1.png" alt="Bảng 1"></p><p><em>Nguồn: Tính toán của tác giả</em></p>')
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2]) + table + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) \
        + "<p>Tài liệu tham khảo: Tổng cục Thống kê (2025), Niên giám thống kê 2024, NXB Thống kê.</p>"
    # The headline, the authors and the body in one block: the lines by the headline are all of it.
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Chi tiêu công và tăng trưởng</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-11-18T09:00:00+07:00">
</head><body><div class="detail"><h1 class="detail__title">Chi tiêu công và tăng trưởng</h1><div class="detail__meta">
<span class="author">TS. Lê Thị Minh Châu - Học viện Tài chính</span><time>09:00 | 18/11/2026</time></div>
<div class="detail__content">{body}</div></div><div class="footer">Giấy phép số 12/GP-BTTTT.</div></body></html>"""
    article = extract(page, "https://tapchi.example/chi-tieu-cong-va-tang-truong.html")
    assert article.source is None


def test_a_builders_grid_of_photos_keeps_their_titles_as_captions():
    captions = ("Đông đảo công nhân lao động đến mua sắm tại Phiên chợ Công đoàn.",
                "Các gian hàng nông sản, sản phẩm OCOP của địa phương thu hút người mua.")
    grid = '<div class="uk-grid">' + "".join(
        f'<div><div class="el-item uk-panel"><img src="/anh-{i}.jpg" class="el-image" alt="{c}">'
        f'<div class="el-title uk-text-meta">{c}</div></div></div>' for i, c in enumerate(captions)) + "</div>"
    body = f"<p>{PARAGRAPHS[0]}</p>{grid}<p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>"
    article = extract(_post(body, account="Hoàng Long"), URL)
    assert all(c in article.text for c in captions)


def test_a_forum_announced_by_its_time_field_is_its_page():
    body = ("<p>Diễn đàn do Báo Đầu tư phối hợp với Hiệp hội Doanh nghiệp công nghiệp hỗ trợ tổ chức.</p>"
            "<p>Diễn đàn nhằm tạo kênh đối thoại giữa cơ quan quản lý, nhà đầu tư và doanh nghiệp về công nghiệp xanh.</p>"
            "<p>Thời gian: 8h00 - 12h00, thứ Ba, ngày 28/5/2024</p><p>Địa điểm: Khách sạn Melia, 44B Lý Thường Kiệt, "
            "Hà Nội</p><p>Chương trình dự kiến:</p><table><tr><td>8h00 - 8h30</td><td>Đón tiếp đại biểu</td></tr><tr>"
            "<td>8h30 - 8h45</td><td>Phát biểu khai mạc</td></tr><tr><td>8h45 - 10h15</td><td>Phiên 1: Chính sách thu "
            "hút đầu tư</td></tr><tr><td>10h30 - 11h45</td><td>Phiên 2: Tài chính xanh cho doanh nghiệp</td></tr><tr>"
            "<td>11h45 - 12h00</td><td>Bế mạc</td></tr></table><p>Đăng ký tham dự: Ban Tổ chức, điện thoại "
            "024.38450537, email: sukien@baodautu.example. Hạn đăng ký: 24/5/2024.</p>")
    article = extract(_post(body, account="Báo Đầu tư", title="Diễn đàn Đầu tư phát triển công nghiệp bền vững 2024"),
                      "https://baodautu.example/dien-dan-dau-tu-phat-trien-cong-nghiep-ben-vung-2024-d212400.html")
    assert not article.is_article


def test_a_call_for_papers_with_a_numbered_time_field_is_its_page():
    body = ("<p>Tạp chí phối hợp với Học viện Tài chính tổ chức Hội thảo khoa học quốc gia “Tài chính xanh” và trân trọng "
            "kính mời các nhà khoa học, chuyên gia gửi bài tham dự.</p>"
            "<p><strong>1. Thời gian, địa điểm tổ chức:</strong> Dự kiến ngày 16/4/2025, tại Học viện Tài chính, Hà Nội.</p>"
            "<p><strong>2. Đơn vị tổ chức:</strong> Tạp chí phối hợp với Học viện Tài chính.</p><p><strong>3. Chủ đề bài viết:</strong></p>"
            "<p>- Khung pháp lý về tài chính xanh, tín dụng xanh, trái phiếu xanh.</p>"
            "<p>- Chính sách thuế, phí hướng tới phát triển bền vững.</p>"
            "<p><strong>4. Thời hạn:</strong> Gửi tóm tắt trước ngày 15/01/2025; gửi toàn văn trước ngày 28/02/2025.</p>"
            "<p><strong>5. Liên hệ:</strong> Ban Thư ký hội thảo, email: hoithao@tapchi.example, điện thoại 024.3933.0070.</p>")
    article = extract(_post(body, account="Tạp chí", title="Hội thảo khoa học quốc gia “Tài chính xanh”: Thông báo "
                            "mời viết bài"), "https://tapchi.example/hoi-thao-khoa-hoc-quoc-gia-tai-chinh-xanh.html")
    assert not article.is_article


def test_an_about_page_its_footer_names_is_no_story():
    body = ("<p>Báo Bình Định là cơ quan của Đảng bộ tỉnh Bình Định, tiếng nói của Đảng bộ, chính quyền và nhân dân "
            "Bình Định; báo in phát hành các ngày trong tuần và Báo Bình Định điện tử khai trương ngày 1.1.2003.</p>"
            "<p>Ban Biên tập: Tổng Biên tập Nguyễn Minh Quang; các Phó Tổng Biên tập Lê Thị Thanh Hương, Trần Đức "
            "Vinh. Các phòng chuyên môn: Thư ký tòa soạn; Thời sự - Chính trị; Kinh tế; Văn hóa - Xã hội.</p>"
            "<p>Địa chỉ: 168 Lê Hồng Phong, TP Quy Nhơn, tỉnh Bình Định. Điện thoại tòa soạn: (0256) 3822 514.</p>")
    url = "https://baobinhdinh.example/viewer.aspx?macm=583&macmp=583&mabb=1869"
    page = _post(body, account="Báo Bình Định", title="Vài nét về Báo Bình Định",
                 footer=' | <a href="/viewer.aspx?macm=583&amp;macmp=583&amp;mabb=1869">Giới thiệu</a>')
    assert not extract(page, url).is_article


def test_the_story_goes_on_after_a_see_also_list():
    see_also = ('<p><strong>Xem thêm:</strong></p><ul><li><a href="/chu-dong-phong-chong-sot-xuat-huyet/">Chủ động '
                'phòng, chống sốt xuất huyết khi mùa mưa đến</a></li><li><a href="/xu-ly-o-dich-tay-chan-mieng/">Xử lý '
                "kịp thời ổ dịch tay chân miệng tại xã Phúc Trạch</a></li></ul>")
    last = ("Trung tâm Y tế huyện khuyến cáo phụ huynh kiểm tra lại sổ tiêm chủng của trẻ; nếu trẻ chưa tiêm đủ 2 mũi "
            "vắc xin có thành phần sởi, cần liên hệ ngay trạm y tế nơi cư trú.")
    body = _story(see_also + f"<p>{last}</p>" + '<p style="text-align: right;"><strong>Lê Thị Hằng</strong></p>')
    article = extract(_post(body), URL)
    assert last in article.text and "Chủ động phòng" not in article.text
