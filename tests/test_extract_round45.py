"""Misses the held-out rounds left: a hotline's box set apart among a story's paragraphs (a
bordered note, a rich-text editor's banner block)."""

from __future__ import annotations

from crawler.extract import extract

URL = "https://baotinh.example/xa-hoi/dua-lao-dong-ve-nuoc-275016.html"
PARAGRAPHS = (
    "Chiều 19/6, Đại sứ quán Việt Nam tại Malaysia phối hợp với cơ quan chức năng nước sở tại đưa 27 lao động "
    "bị mắc kẹt tại một công trường ở bang Selangor về nước an toàn sau hơn hai tháng chờ đợi.",
    "Theo Đại sứ quán, các lao động sang Malaysia làm việc theo hợp đồng cung ứng nhưng doanh nghiệp tiếp "
    "nhận ngừng hoạt động, nhiều người không được trả lương và bị giữ hộ chiếu.",
    "Cục Quản lý lao động ngoài nước đã yêu cầu doanh nghiệp đưa lao động đi làm việc giải quyết các chế độ "
    "còn lại cho người lao động sau khi họ về đến quê nhà.",
    "Đại sứ quán khuyến cáo người lao động chỉ đi làm việc ở nước ngoài thông qua doanh nghiệp được cấp phép "
    "và tìm hiểu kỹ hợp đồng trước khi xuất cảnh.",
)


def _page(body: str) -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Đưa 27 lao động bị mắc kẹt về nước</title><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-06-20T09:10:00+07:00"></head><body>
<div class="header"><a href="/">Báo Tỉnh</a><ul class="menu"><li><a href="/xa-hoi.html">Xã hội</a></li></ul></div>
<div class="detail"><h1>Đưa 27 lao động bị mắc kẹt về nước</h1><span class="date">20/06/2026 09:10</span>
<div class="detail-content">{body}</div></div><div class="footer">Giấy phép số 12/GP-BTTTT.</div></body></html>"""


def _story(box: str) -> str:
    return "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2]) + box + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[2:])


def test_a_hotlines_box_among_the_paragraphs_is_not_the_story():
    box = ('<div class="box-note" style="border: 1px solid #c8102e; padding: 10px;">'
           '<p style="text-align: center;"><strong>ĐƯỜNG DÂY NÓNG BẢO HỘ CÔNG DÂN</strong></p>'
           "<p>Công dân Việt Nam gặp khó khăn ở nước ngoài có thể liên hệ tổng đài bảo hộ công dân: "
           "+84 981 84 84 84 (hoạt động 24/7).</p></div>")
    article = extract(_page(_story(box)), URL)
    assert article.is_article
    assert "84 981" not in article.text and "ĐƯỜNG DÂY NÓNG" not in article.text
    assert all(p in article.text for p in PARAGRAPHS)


def test_an_editors_banner_block_with_a_hotline_is_not_the_story():
    box = ('<div class="my-8"><div class="border py-3 px-6"><div class="richtext"><p>Đường dây nóng Ban Chỉ huy '
           "phòng, chống thiên tai tỉnh: 0293 3878 115.</p></div></div></div>")
    article = extract(_page(_story(box)), URL)
    assert "0293 3878 115" not in article.text
    assert all(p in article.text for p in PARAGRAPHS)


def test_a_paragraph_of_the_story_giving_a_number_stays():
    line = "Người dân cần hỗ trợ có thể gọi đường dây nóng của Ban Chỉ huy phòng chống thiên tai tỉnh: 0233 3 852 145."
    article = extract(_page(_story(f"<p>{line}</p>")), URL)
    assert line in article.text


def _wordpress_post(footer: str) -> str:
    story = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Đưa 27 lao động về nước</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-06-20T09:10:00+07:00">
</head><body><div class="td-header"><a href="/">Cổng thông tin huyện</a></div><article class="post">
<header><h1 class="entry-title">Đưa 27 lao động bị mắc kẹt về nước</h1></header>
<div class="td-post-content">{story}<p style="text-align: right;"><strong>Hoàng Gia</strong></p></div>
<footer>{footer}<ul class="td-tags"><li><span>TỪ KHÓA</span></li><li><a href="/tag/lao-dong/">lao động</a></li></ul>
</footer></article><footer class="site-footer"><div><span>Nguồn</span><a href="https://cong.example/">Cổng
thông tin điện tử tỉnh</a></div></footer></body></html>"""


def test_a_source_box_in_the_articles_footer_names_the_outlet():
    box = ('<div class="td-post-source-via"><div class="td-post-small-box"><span>NGUỒN</span>'
           '<a rel="nofollow" href="https://baodaklak.vn/">Báo Đắk Lắk</a></div></div>')
    article = extract(_wordpress_post(box), "https://huyen.example/2026/06/20/dua-lao-dong-ve-nuoc/")
    assert article.author == "Hoàng Gia" and article.source == "Báo Đắk Lắk"
    assert "NGUỒN" not in article.text


def test_a_source_box_in_the_pages_footer_names_no_outlet():
    article = extract(_wordpress_post(""), "https://huyen.example/2026/06/20/dua-lao-dong-ve-nuoc/")
    assert article.author == "Hoàng Gia" and article.source is None


def _vccorp_page(content: str, after: str = "", title: str = "Giá cà phê xuất khẩu lập đỉnh mới") -> str:
    """A VCCorp paper's story page: the headline and the body under one column, the writer and
    the source widget after the body."""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-11-15T09:12:00+07:00">
</head><body><div class="header"><a href="/">CafeF</a><span>Thứ ba, 17/11/2026</span></div>
<div class="left_cate totalcontentdetail"><h1 class="title">{title}</h1><p class="dateandcat">
<span class="pdate">15-11-2026 - 09:12 AM</span></p><div class="w640 fr clear"><h2 class="sapo">Giá cà phê Robusta
xuất khẩu tuần qua lập đỉnh mới, nhiều doanh nghiệp lo thiếu hàng giao cho các hợp đồng đã ký.</h2>
<div class="contentdetail"><div class="detail-content afcbc-body">{content}</div>{after}</div></div></div>
<div class="footer">Giấy phép số 12/GP-BTTTT.</div></body></html>"""


def test_a_source_widget_after_the_body_names_the_outlet():
    after = ('<p class="author">Hà Thư</p><div class="link-source-wrapper"><a class="link-source-name" '
             'title="Theo Thời báo Kinh tế Việt Nam" href="javascript:;">Theo <span class="link-source-text-name">'
             'Thời báo Kinh tế Việt Nam</span><span class="btn-copy"><svg width="10"></svg></span></a>'
             '<div class="link-source-full"><span>Copy link</span><span>https://vneconomy.vn/gia-ca-phe.htm</span>'
             "</div></div>")
    article = extract(_vccorp_page("".join(f"<p>{p}</p>" for p in PARAGRAPHS), after),
                      "https://cafef.example/gia-ca-phe-188261115091203117.chn")
    assert article.author == "Hà Thư" and article.source == "Thời báo Kinh tế Việt Nam"
    assert "Copy link" not in article.text


def test_a_stocks_quote_box_in_the_body_is_not_the_story():
    box = ('<div class="chisochungkhoan"><div class="title_box"><h2 class="title_box">CSL <span>UPCOM</span></h2>'
           '</div><div class="info-price"><p>Giá hiện tại <b>23.400</b></p><p>Thay đổi <b>+600 (+2,63%)</b></p>'
           '<p>KLGD <b>184.300</b></p></div><a class="xemhoso" href="/du-lieu/upcom/csl.chn">Xem hồ sơ doanh nghiệp</a>'
           "</div>")
    article = extract(_vccorp_page(box + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)),
                      "https://cafef.example/gia-ca-phe-188261115091203117.chn")
    assert "23.400" not in article.text and "KLGD" not in article.text
    assert all(p in article.text for p in PARAGRAPHS)


def test_an_e_magazines_credits_after_its_last_section_name_the_writers():
    sections = "".join(f'<div class="emag-section"><h2>Phần {i}</h2><p>{p}</p></div>'
                       for i, p in enumerate(PARAGRAPHS, 1))
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Cao tốc lên vùng cao</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-11-13T08:00:00+07:00">
</head><body><div class="emagazine"><div class="emag-cover"><h1 class="title">Cao tốc lên vùng cao</h1></div>
<div class="emag-body"><div class="detail-content">{sections}</div><div class="emag-credit">
<p>Thực hiện: Phạm Tuấn - Lan Chi</p><p>Thiết kế: Ngọc Hà</p></div></div></div></body></html>"""
    article = extract(page, "https://cafef.example/cao-toc-len-vung-cao-188261113080000881.chn")
    assert article.author == "Phạm Tuấn - Lan Chi"


def test_a_source_box_with_an_icon_in_its_label_names_the_outlet():
    box = ('<div class="post-bottom-meta post-bottom-source"><div class="post-bottom-meta-title"><span class="tie-icon-link">'
           '</span> Nguồn</div><span class="tagcloud"><a href="https://baobinhdinh.vn/" target="_blank">Báo Bình Định</a>'
           "</span></div>")
    page = _wordpress_post("").replace('<p style="text-align: right;"><strong>Hoàng Gia</strong></p></div>',
                                       f'<p style="text-align: right;"><strong>Hoàng Gia</strong></p>{box}</div>')
    article = extract(page, "https://huyen.example/2026/06/20/dua-lao-dong-ve-nuoc/")
    assert article.source == "Báo Bình Định" and "Nguồn" not in article.text


def _notice_page(title: str, body: str, byline: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-11-10T09:00:00+07:00">
</head><body><div class="header"><a href="/">Báo Tỉnh</a><ul><li><a href="/van-hoa/">Văn hóa</a></li></ul></div>
<div class="detail"><h1>{title}</h1><span class="date">10/11/2026 09:00</span><div class="detail-content">{body}
{byline}</div></div><div class="footer">Giấy phép số 12/GP-BTTTT.</div></body></html>"""


def test_a_contests_rules_in_numbered_articles_are_no_story_however_long():
    clauses = (("Đối tượng dự thi", "Công dân Việt Nam đang sinh sống, làm việc trên địa bàn tỉnh, không giới hạn độ tuổi, "
                "nghề nghiệp. Thành viên Ban Tổ chức, Ban Giám khảo không tham gia dự thi."),
               ("Nội dung dự thi", "- Tác phẩm phản ánh gương người lao động, công nhân, viên chức tiêu biểu trong lao động, "
                "sản xuất, kinh doanh và các phong trào thi đua của tỉnh."),
               ("Thể loại, quy cách tác phẩm", "- Thể loại: ký, phóng sự, bài phản ánh, ghi chép; độ dài không quá 2.500 "
                "chữ. Mỗi tác giả gửi tối đa 3 tác phẩm, chưa đăng trên bất kỳ phương tiện nào."),
               ("Thời gian nhận tác phẩm", "Từ ngày 15-11-2026 đến hết ngày 31-3-2027 (tính theo dấu bưu điện hoặc thời "
                "gian gửi thư điện tử), kết quả công bố vào dịp kỷ niệm ngày Quốc tế Lao động."),
               ("Giải thưởng", "- 1 giải Nhất: 10 triệu đồng; 2 giải Nhì: mỗi giải 7 triệu đồng; 3 giải Ba: mỗi giải 5 "
                "triệu đồng; 5 giải Khuyến khích: mỗi giải 2 triệu đồng, kèm giấy chứng nhận."),
               ("Địa chỉ nhận tác phẩm", "Ban Tổ chức Cuộc thi, số 81, đường Cách Mạng Tháng Tám, phường Trấn Biên. Email: "
                "cuocthiviet@baotinh.example, ghi rõ ngoài phong bì hoặc tiêu đề thư: Bài dự thi."))
    body = ("<p>Thể lệ Cuộc thi viết “Người lao động vững bước vươn lên” năm 2026 do Báo tỉnh phối hợp Liên đoàn Lao động "
            "tỉnh tổ chức.</p>" + "".join(f"<p><strong>Điều {i}. {h}</strong></p><p>{t}</p>"
                                          for i, (h, t) in enumerate(clauses, 1)))
    article = extract(_notice_page("Thể lệ Cuộc thi viết “Người lao động vững bước vươn lên” năm 2026", body),
                      "https://baotinh.example/van-hoa/202611/the-le-cuoc-thi-viet-0e6f4b8/")
    assert not article.is_article


def test_a_festivals_programme_signed_by_the_desk_is_its_page():
    days = (("Ngày 25/11", "19 giờ 30, Lễ khai mạc và chương trình nghệ thuật “Khát vọng biển xanh”."),
            ("Ngày 26/11", "7 giờ, Giải đua thuyền thúng truyền thống; 15 giờ, Liên hoan ẩm thực biển."),
            ("Ngày 27 - 28/11", "Trưng bày ảnh “Xưa và nay”; Hội thi hô hát bài chòi."),
            ("Ngày 29/11", "8 giờ, Giải bóng chuyền bãi biển; 19 giờ, Đêm nhạc “Biển hát”."),
            ("Ngày 30/11", "19 giờ 30, Lễ bế mạc."))
    body = ('<h2 class="sapo">Tuần lễ Văn hóa - Du lịch biển năm 2026 diễn ra từ ngày 25 đến 30/11 với nhiều hoạt '
            "động văn hóa, thể thao, du lịch. Báo Tỉnh giới thiệu chương trình cụ thể:</h2><ul>"
            + "".join(f"<li><strong>{d}:</strong> {t}</li>" for d, t in days) + "</ul>")
    byline = '<p style="text-align: right;"><strong>P.V</strong></p>'
    url = "https://baotinh.example/van-hoa/202611/chuong-trinh-tuan-le-van-hoa-du-lich-bien-8214466/"
    assert not extract(_notice_page("Chương trình Tuần lễ Văn hóa - Du lịch biển năm 2026", body, byline), url).is_article
    signed = extract(_notice_page("Chương trình Tuần lễ Văn hóa - Du lịch biển năm 2026", body,
                                  '<p style="text-align: right;"><strong>Minh Hải</strong></p>'), url)
    assert signed.is_article and signed.author == "Minh Hải"   # a writer's: left to the story's rules


def test_a_seminar_its_organiser_holds_on_a_later_day_is_its_page():
    body = ("<p>Báo Tỉnh phối hợp với các công ty chứng khoán tổ chức hội thảo “Triển vọng thị trường 2027” vào sáng thứ "
            "Bảy, ngày 5/12/2026 tại Hà Nội.</p><p>Thời gian: 8h30 - 11h30, thứ Bảy, ngày 05/12/2026</p>"
            "<p>Địa điểm: Hội trường tầng 3, Khách sạn Melia, 44B Lý Thường Kiệt, Hà Nội</p><p>Chương trình dự kiến:</p>"
            "<table><tr><td>8h00 - 8h30</td><td>Đón tiếp đại biểu</td></tr><tr><td>8h30 - 8h45</td><td>Phát biểu khai "
            "mạc</td></tr><tr><td>8h45 - 9h45</td><td>Tham luận: Lộ trình nâng hạng và dòng vốn ngoại</td></tr><tr>"
            "<td>9h45 - 10h45</td><td>Tọa đàm: Chiến lược phân bổ tài sản năm 2027</td></tr><tr><td>10h45 - 11h30</td>"
            "<td>Hỏi đáp cùng chuyên gia</td></tr></table><p>Diễn giả: Đại diện Ủy ban Chứng khoán Nhà nước, lãnh đạo "
            "các công ty chứng khoán.</p><p>Đăng ký tham dự: Tại đây (số lượng chỗ có hạn).</p>")
    article = extract(_notice_page("Hội thảo “Triển vọng thị trường chứng khoán 2027”", body),
                      "https://baotinh.example/hoi-thao-trien-vong-thi-truong-2027-188261110100000215.chn")
    assert not article.is_article
