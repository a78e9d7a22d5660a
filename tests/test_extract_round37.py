"""The thirty-sixth round's blind misses, and three left from earlier rounds, in markup of our own:
an ASP.NET portal (one form around the page, the date line in the runtime's US format beside
boxes dated by hand, the body's paragraphs inside a label's <span>, a "not found" message under
the portal's name for a title, a court's notice of service typed as its document), a byline
with its unit in capitals, a reader's question signed "(Bạn đọc …)", a call signed by the
office-holder, a staff profile and an exam schedule typed as articles, a poll under a sapo
set as an <h2>, a blog's poster line in the mobile template's body, and blog posts that are
lists or calls for entries."""

from __future__ import annotations

from lxml import html as lxml_html

from crawler.extract import clean, detect, extract

BASE = "http://127.0.0.1:8000"
PARAGRAPHS = [
    "Sáng 24/11, Hội đồng xét xử đã tiến hành phiên tòa theo hình thức trực tuyến, kết nối giữa trụ sở "
    "và điểm cầu đặt tại trại tạm giam, bảo đảm đầy đủ quyền của bị cáo và những người tham gia tố tụng.",
    "Theo cáo trạng, trong tháng 6/2026 bị cáo đã ba lần lén lút lấy trộm tài sản của các hộ dân trên địa "
    "bàn, tổng giá trị khoảng 46 triệu đồng; toàn bộ tài sản đã được thu hồi và trả lại cho người bị hại.",
    "Sau khi xem xét công khai các chứng cứ, Hội đồng xét xử tuyên phạt bị cáo 30 tháng tù; phiên tòa là "
    "dịp tuyên truyền pháp luật đến người dân, góp phần phòng ngừa loại tội phạm xâm phạm sở hữu.",
]


def court_page(title: str, content: str, date_line: str = "11/12/2026 4:05:33 PM", poll: bool = True) -> str:
    """A court portal on ASP.NET WebForms: one form around the page, the headline in a label's
    <span>, the body's paragraphs inside another, boxes dated by hand in brackets."""
    sidebar_poll = ('<div class="portlet"><div class="portlet-title">THĂM DÒ Ý KIẾN</div><p>Bạn đánh giá thế nào về '
                    'cổng thông tin?</p><table id="rbl"><tr><td><input type="radio" name="ctl00$rbl" value="1">'
                    '<label>Rất hữu ích</label></td></tr><tr><td><input type="radio" name="ctl00$rbl" value="2">'
                    '<label>Hữu ích</label></td></tr><tr><td><input type="radio" name="ctl00$rbl" value="3">'
                    '<label>Cần cải thiện</label></td></tr></table></div>') if poll else ""
    dated = f'<div class="news-date">Ngày đăng: <span id="lblNgayDang">{date_line}</span> | Lượt xem: 1.245</div>' \
        if date_line else ""
    return f"""<html><head><meta charset="utf-8"><title>Cổng thông tin điện tử Tòa án nhân dân tỉnh</title></head>
<body><form method="post" action="./ChiTietTin.aspx?ItemID=12" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWAgIB">
<div id="banner"><h1>TÒA ÁN NHÂN DÂN TỈNH TUYÊN QUANG</h1><span class="ngaythang">Thứ Bảy, ngày 05 tháng 12
năm 2026</span></div><ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc.aspx">Tin tức - Sự
kiện</a></li><li><a href="/hoi-dap.aspx">Hỏi đáp pháp luật</a></li></ul>
<div id="left"><div class="news-detail"><h2 class="news-title"><span id="lblTieuDe">{title}</span></h2>{dated}
<div class="news-content"><span id="lblNoiDung">{content}</span></div>
<div class="news-tools"><a href="/InTin.aspx?ItemID=12">In bài viết</a> | <a href="javascript:history.back()">Quay
lại</a></div>
<div class="other-news"><h3>Các tin khác</h3><ul>
<li><a href="/ChiTietTin.aspx?ItemID=11">Trao quyết định bổ nhiệm Phó Chánh án Tòa án nhân dân khu vực 3</a>
<span class="date">(27/11/2026)</span></li>
<li><a href="/ChiTietTin.aspx?ItemID=10">Hội nghị triển khai công tác xét xử năm 2027 của ngành Tòa án tỉnh</a>
<span class="date">(19/11/2026)</span></li></ul></div></div></div>
<div id="right">{sidebar_poll}<div class="portlet"><div class="portlet-title">THỐNG KÊ TRUY CẬP</div>
<p>Tổng lượt truy cập: 1.254.332</p></div></div>
<div id="footer">Cổng thông tin điện tử Tòa án nhân dân tỉnh Tuyên Quang. Địa chỉ: số 1 đường Tân Trào.</div>
</form></body></html>"""


def story(byline: str) -> str:
    return "".join(f"<p style='text-align: justify;'>{p}</p>" for p in PARAGRAPHS) + \
        f'<p style="text-align: right;"><strong>{byline}</strong></p>'


def test_the_runtime_us_format_of_the_date_line_outweighs_boxes_dated_by_hand():
    # "11/12/2026 4:05:33 PM" read day first is a day to come: 12 November, as the CMS printed it.
    article = extract(court_page("Xét xử trực tuyến vụ án trộm cắp tài sản tại điểm cầu trại tạm giam",
                                 story("Minh Hà")), BASE + "/tin-tuc/12/xet-xu-truc-tuyen.aspx")
    assert article.is_article
    assert article.published == "2026-11-12T16:05:33+07:00"
    # And "11/5/2026 9:12:40 AM", a past day either way round, is 5 November.
    article = extract(court_page("Xét xử trực tuyến vụ án trộm cắp tài sản tại điểm cầu trại tạm giam",
                                 story("Minh Hà"), date_line="11/5/2026 9:12:40 AM"),
                      BASE + "/tin-tuc/12/xet-xu-truc-tuyen.aspx")
    assert article.published == "2026-11-05T09:12:40+07:00"


def test_a_signature_in_capitals_loses_the_unit_after_its_dash_or_in_brackets():
    assert clean.byline_name("LÊ THỊ MAI - TAND KHU VỰC 2", right_aligned=True) == "LÊ THỊ MAI"
    assert clean.byline_name("NGUYỄN VĂN TÙNG (TAND khu vực 1)", right_aligned=True) == "NGUYỄN VĂN TÙNG"
    assert clean.byline_name("HOÀNG AN - BỆNH VIỆN ĐA KHOA TỈNH", right_aligned=True) == "HOÀNG AN"
    assert clean.byline_name("TRẦN HÒA - LÊ ÁNH", right_aligned=True) == "TRẦN HÒA - LÊ ÁNH"   # two names stay
    for byline, author in (("LÊ THỊ MAI - TAND KHU VỰC 2", "Lê Thị Mai"),
                           ("NGUYỄN VĂN TÙNG (TAND khu vực 1)", "Nguyễn Văn Tùng")):
        article = extract(court_page("Xét xử trực tuyến vụ án trộm cắp tài sản tại điểm cầu trại tạm giam",
                                     story(byline)), BASE + "/tin-tuc/12/xet-xu-truc-tuyen.aspx")
        assert article.author == author
        assert "TAND" not in article.text


def test_a_question_and_its_answer_inside_a_labels_span_are_a_qa_page():
    content = ("<p><b>Câu hỏi:</b> <i>Chị Lê Thị H. (phường An Tường) hỏi: Vợ chồng tôi đã thống nhất ly hôn và "
               "việc nuôi con. Xin hỏi chúng tôi cần chuẩn bị những giấy tờ gì và nộp ở đâu?</i></p>"
               "<p><b>Trả lời:</b></p><p>Theo quy định của Bộ luật Tố tụng dân sự, hồ sơ yêu cầu công nhận thuận "
               "tình ly hôn gồm đơn yêu cầu có chữ ký của cả hai vợ chồng, bản chính giấy chứng nhận kết hôn, bản "
               "sao căn cước của vợ và chồng, bản sao giấy khai sinh của các con.</p><p>Hồ sơ nộp tại Tòa án nhân "
               "dân khu vực nơi một trong hai bên cư trú, làm việc; lệ phí giải quyết việc dân sự là 300.000 "
               "đồng.</p>")
    article = extract(court_page("Ly hôn thuận tình cần chuẩn bị những giấy tờ gì?", content,
                                 date_line="10/10/2026 10:20:00 AM"), BASE + "/hoi-dap/14/ly-hon-thuan-tinh.aspx")
    assert not article.is_article
    assert "question" in article.reason


def test_a_not_found_message_under_the_portals_name_is_a_soft_404():
    page = court_page("", '<div class="loi">Tin bài không tồn tại hoặc đã bị xóa!</div>', date_line="")
    assert detect.says_not_found(lxml_html.fromstring(page))
    article = extract(page, BASE + "/ChiTietTin.aspx?ItemID=999")
    assert not article.is_article
    assert "not found" in article.reason
    # A views counter's "404", a readers' thread's removed comment say nothing of the page either.
    counted = story("Minh Hà").replace("</p>", "</p><p>Lượt xem: <span>404</span></p>", 1)
    assert not detect.says_not_found(lxml_html.fromstring(court_page("Xét xử trực tuyến", counted)))
    removed = story("Minh Hà") + "<div class='comments'><p>Nội dung đã bị xóa</p></div>"
    assert not detect.says_not_found(lxml_html.fromstring(court_page("Xét xử trực tuyến", removed)))
    # A story that quotes such words in a sentence of its own says nothing of the page.
    quoted = story("Minh Hà").replace("</p>", " Người dân phản ánh đường dẫn cũ báo trang không tồn tại.</p>", 1)
    assert not detect.says_not_found(lxml_html.fromstring(court_page("Xét xử trực tuyến", quoted)))


def test_a_notice_typed_as_its_document_is_the_issuers_notice():
    content = ("<p style='text-align:center'><b>THÔNG BÁO</b></p><p style='text-align:center'><b>Về việc niêm yết "
               "văn bản tố tụng</b></p><p>Tòa án nhân dân khu vực 2 thông báo cho:</p><p>Ông Nguyễn Văn H., sinh "
               "năm 1985; nơi cư trú cuối cùng: thôn Nà Mộ, xã Kiến Thiết; hiện không rõ địa chỉ, là bị đơn trong "
               "vụ án dân sự thụ lý số 112/2026/TLST-DS về việc tranh chấp hợp đồng vay tài sản.</p><p>Nội dung: "
               "triệu tập ông Nguyễn Văn H. có mặt tại trụ sở Tòa án vào hồi 8 giờ 00 phút ngày 15/12/2026 để "
               "tham gia phiên họp kiểm tra việc giao nộp, tiếp cận, công khai chứng cứ và hòa giải.</p>")
    article = extract(court_page("Thông báo về việc niêm yết văn bản tố tụng đối với ông Nguyễn Văn H.", content),
                      BASE + "/thong-bao/13/thong-bao-niem-yet.aspx")
    assert not article.is_article
    assert "notice" in article.reason
    # The same notice told as news (no kind in capitals over it) stays one.
    text = ("Tòa án nhân dân khu vực 2 thông báo lịch tiếp công dân tháng 12 như sau:\n"
            "Chánh án tiếp công dân vào sáng thứ Năm hằng tuần tại trụ sở.")
    assert not detect.issued("Thông báo lịch tiếp công dân tháng 12", text)


def test_a_readers_question_signed_bạn_đọc_in_brackets_is_asked():
    assert detect.signed_question("Anh chị em chúng tôi chia tài sản thế nào? (Bạn đọc Minh Trang, Hải Phòng)")
    assert detect.signed_question("Tôi có phải làm thủ tục gì không? (Nguyễn Văn Tám, Duy Xuyên)")
    assert not detect.signed_question("Vì sao giá lúa giảm? (ảnh minh họa)")


WP_HEAD = """<html lang="vi"><head><meta charset="utf-8"><title>{title} – UBND xã Tân Phước</title>
<meta property="og:type" content="article"><meta property="og:title" content="{title}">
<meta property="article:published_time" content="2026-11-18T08:00:00+07:00"></head><body>
<header><h2>ỦY BAN NHÂN DÂN XÃ TÂN PHƯỚC</h2><nav><a href="/">Trang chủ</a> <a href="/tin-tuc/">Tin tức</a>
<a href="/thong-bao/">Thông báo</a></nav></header><main><article><h1 class="entry-title">{title}</h1>
<div class="entry-meta">18/11/2026</div><div class="entry-content">{content}</div></article></main>
<aside><h3>Tin mới</h3><ul><li><a href="/tin-tuc/ngay-hoi-dai-doan-ket/">Ngày hội Đại đoàn kết toàn dân tộc ở ấp
Tân Hòa năm 2026</a></li><li><a href="/tin-tuc/thu-hoach-lua/">Nông dân xã Tân Phước thu hoạch lúa Thu Đông được
giá</a></li></ul></aside>
<footer><p>Chịu trách nhiệm chính: Ông Nguyễn Thanh Sơn - Chủ tịch UBND xã</p></footer></body></html>"""


def test_a_call_signed_by_the_office_holder_has_no_writer():
    content = ("<p style='text-align:center'><strong>THÔNG BÁO</strong><br>Về việc tuyển dụng công chức cấp xã năm "
               "2026</p><p><strong>1. Chỉ tiêu:</strong> 03 chỉ tiêu (01 Tư pháp - Hộ tịch; 01 Địa chính - Xây dựng; "
               "01 Văn hóa - Xã hội).</p><p><strong>2. Điều kiện:</strong></p><ul><li>Có quốc tịch Việt Nam, đủ 18 "
               "tuổi trở lên.</li><li>Tốt nghiệp đại học trở lên, chuyên ngành phù hợp vị trí dự tuyển.</li></ul>"
               "<p><strong>3. Hồ sơ:</strong> Phiếu đăng ký dự tuyển theo mẫu ban hành kèm Nghị định.</p>"
               "<p><strong>4. Thời hạn nhận hồ sơ:</strong> từ ngày 20/11/2026 đến hết ngày 20/12/2026 tại Văn phòng "
               "UBND xã.</p><p style='text-align:right'><strong>CHỦ TỊCH</strong><br><strong>Nguyễn Thanh Sơn"
               "</strong></p>")
    title = "Thông báo tuyển dụng công chức cấp xã năm 2026"
    article = extract(WP_HEAD.format(title=title, content=content), BASE + "/thong-bao/tuyen-dung-cong-chuc-2026/")
    assert not article.is_article
    assert article.author != "Nguyễn Thanh Sơn"


def test_a_name_over_its_fields_with_no_date_line_is_a_profile():
    page = """<html lang="vi"><head><meta charset="utf-8"><title>TS. Phan Thị Thu Trang | Trường Đại học</title>
<meta property="og:type" content="article"></head><body><header><nav><a href="/">Trang chủ</a>
<a href="/doi-ngu">Đội ngũ</a></nav></header><main><h1 class="page-title">TS. Phan Thị Thu Trang</h1>
<article class="node node--type-staff"><div class="field"><div class="field__label">Chức vụ</div>
<div class="field__item">Phó Trưởng khoa Kinh tế</div></div><div class="field"><div class="field__label">Học
vị</div><div class="field__item">Tiến sĩ Kinh tế nông nghiệp</div></div><div class="field"><div
class="field__label">Email</div><div class="field__item">trangptt@truong.edu.vn</div></div><div class="field"><div
class="field__label">Điện thoại</div><div class="field__item">0239 3 855 214</div></div>
<div class="field field--name-body"><p>Tốt nghiệp tiến sĩ tại Học viện Nông nghiệp Việt Nam năm 2019; giảng dạy
các học phần Kinh tế vi mô, Quản trị chuỗi cung ứng; chủ nhiệm hai đề tài cấp tỉnh và đồng tác giả của 18 bài báo
khoa học.</p></div></article></main>
<aside><h2>Tin nổi bật</h2><ul><li><a href="/tin-tuc/le-khai-giang">Lễ khai giảng năm học mới của Trường Đại
học</a></li></ul></aside></body></html>"""
    article = extract(page, BASE + "/doi-ngu/ts-phan-thi-thu-trang")
    assert not article.is_article
    assert "profile" in article.reason


def test_an_exam_schedule_keyed_by_class_is_rows_led_by_their_days():
    text = ("Phòng Đào tạo thông báo lịch thi như sau:\n| Khóa | Thời gian thi | Hình thức |\n"
            "| K17 | 28/12/2026 - 08/01/2027 | Tự luận |\n| K16 | 21/12/2026 - 31/12/2026 | Vấn đáp |\n"
            "| K15 | 14/12/2026 - 24/12/2026 | Tiểu luận |")
    assert detect.table_rows(text) == (4, 3)


def test_a_poll_inside_aspnets_page_form_is_the_pages_ballot():
    poll = ('<h3 class="sapo">Mời bạn đọc bình chọn 10 sự kiện tiêu biểu trong nước năm 2026 do tòa soạn đề cử.</h3>'
            '<ul class="poll">' + "".join(f'<li><label><input type="checkbox" name="sk" value="{n}"> {choice}</label>'
                                          '</li>' for n, choice in enumerate(
                                              ("Hoàn thành hợp nhất đơn vị hành chính cấp tỉnh",
                                               "Thông xe toàn tuyến cao tốc Bắc - Nam phía Đông",
                                               "Xuất khẩu nông sản lập kỷ lục mới",
                                               "Khởi công tuyến đường sắt Lào Cai - Hà Nội - Hải Phòng"))) +
            '</ul><button type="button">Bình chọn</button><p>Thời hạn bình chọn: đến 24h00 ngày 25/12/2026.</p>')
    tree = lxml_html.fromstring(court_page("Bình chọn 10 sự kiện tiêu biểu trong nước năm 2026", poll))
    detect.mark_ballots(tree)
    marked = [el for el in tree.iter() if el.get(detect.BALLOT_MARK) is not None]
    assert [el.tag for el in marked] == ["ul", "table"]   # the page's poll and the sidebar's, not the form
    article = extract(court_page("Bình chọn 10 sự kiện tiêu biểu trong nước năm 2026", poll),
                      BASE + "/binh-chon/15/binh-chon-10-su-kien.aspx")
    assert not article.is_article
    assert "poll" in article.reason


def test_a_blogs_poster_line_in_the_body_signs_nothing():
    body = lxml_html.fromstring(
        "<div class='post-outer'><div class='post-body'>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) +
        "</div><div class='post-footer'><span class='post-author vcard'>Đăng bởi <span class='fn'>Lê Quang Vinh"
        "</span></span></div></div>")
    assert clean.take_byline(body) is None
    signed = lxml_html.fromstring("<div>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) +
                                  "<p style='text-align:right'><strong>Lê Quang Vinh</strong></p></div>")
    assert clean.take_byline(signed) == "Lê Quang Vinh"


def blog_post(content: str, title: str) -> str:
    return f"""<html lang="vi"><head><meta charset="utf-8"><title>{title} — Bút Xanh</title>
<meta property="og:type" content="article"></head><body><header><a href="/butxanh/">Bút Xanh</a></header>
<article><h1>{title}</h1><time datetime="2026-11-20T09:00:00Z">20/11/2026</time>{content}</article>
<footer><a href="/butxanh/">Bút Xanh</a> · Published with WriteFreely</footer></body></html>"""


def test_a_post_that_is_a_list_is_no_story():
    books = ["“Mùa cọ” – thơ, Hoàng Thị Mai, NXB Hội Nhà văn, 120 trang",
             "“Bến Bình Ca” – tập truyện ngắn, Lê Minh Đức, NXB Văn học, 186 trang",
             "“Gió núi” – tản văn, Nông Thị Hạnh, NXB Thanh niên, 144 trang",
             "“Chuyện ở lán Nà Lừa” – truyện thiếu nhi, Hà Thị Lan, NXB Kim Đồng, 64 trang",
             "“Sông Gâm mùa nước” – bút ký, Trần Văn Bình, NXB Hội Nhà văn, 210 trang"]
    listed = ("<p>Sách của các thành viên xuất bản trong năm 2026 (cập nhật đến tháng 11):</p><ol>"
              + "".join(f"<li>{b}</li>" for b in books) + "</ol><p>Thành viên có sách mới xin báo ban liên lạc.</p>")
    article = extract(blog_post(listed, "Ấn phẩm của thành viên năm 2026"), BASE + "/butxanh/an-pham-nam-2026")
    assert not article.is_article
    assert "list" in article.reason
    # The same books, each told in a paragraph, are a story of them.
    told = "".join(f"<p>{b}: tác giả kể về hành trình viết cuốn sách suốt nhiều năm lặn lội ở các bản vùng cao, "
                   f"ghi chép từ những chuyến đi cùng bà con.</p>" for b in books)
    assert extract(blog_post(told, "Ấn phẩm của thành viên năm 2026"), BASE + "/butxanh/an-pham-nam-2026").is_article


def test_a_call_for_entries_under_its_headings_is_a_calls_terms():
    text = ("Nhóm Bút Xanh mời các cây bút trong và ngoài tỉnh gửi bài cho tuyển tập “Xuân 2027”.\nThể loại\n"
            "- Truyện ngắn: không quá 3.000 chữ\n- Thơ: tối đa 5 bài\nYêu cầu\n- Tác phẩm chưa in trên sách, báo\n"
            "Hạn nhận bài\nTrước ngày 20/12/2026.\nCách gửi\nGửi qua email, tiêu đề ghi rõ tên tác giả.")
    assert detect.terms("Mời gửi bài tuyển tập Xuân Tuyên Quang 2027", text)
