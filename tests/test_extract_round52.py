"""The fifty-first round's blind misses: the site's name in a footer band named for its
navigation ("t4-footnav") taken for the headline, a headline holding a dash of its own in
``<title>``, a call's terms under a lead and an opening line, and a readers' meeting announced
ahead under a lead and a line of invitation."""

from __future__ import annotations

from crawler.extract import extract

PARAGRAPHS = (
    "Trung tâm Y tế huyện vừa ghi nhận 12 ca mắc bệnh tay chân miệng tại ba xã, tăng 5 ca so với cùng kỳ năm trước; "
    "các ca bệnh đều là trẻ dưới 5 tuổi và đã được điều trị ổn định.",
    "Ngay sau khi phát hiện ổ dịch, đội đáp ứng nhanh đã phối hợp với trạm y tế xã khoanh vùng, phun hóa chất khử "
    "khuẩn tại các hộ gia đình và trường mầm non có trẻ mắc bệnh.",
    "Ngành y tế khuyến cáo phụ huynh rửa tay cho trẻ bằng xà phòng, vệ sinh đồ chơi hằng ngày và đưa trẻ đến cơ sở "
    "y tế khi có biểu hiện sốt, loét miệng hoặc phát ban ở tay chân.",
)

FOOTNAV = ('<div id="t4-footnav" class="t4-section t4-footnav"><div class="t4-row"><div class="t4-col footnav-1">'
           '<div class="t4-module module"><div class="module-inner"><h3 class="module-title"><span>TRUNG TÂM Y TẾ '
           'HUYỆN TÂN HIỆP</span></h3><div class="module-ct"><p>Địa chỉ: Khu phố B, thị trấn Tân Hiệp, huyện Tân Hiệp, '
           "tỉnh Kiên Giang. Điện thoại: 0297 3835 115. Email: ttyt.tanhiep@kiengiang.gov.vn. Giờ làm việc: thứ Hai đến "
           "thứ Sáu, sáng từ 7 giờ đến 11 giờ, chiều từ 13 giờ đến 17 giờ.</p></div></div></div></div>"
           '<div class="t4-col footnav-2"><h3 class="module-title">Liên kết</h3><ul><li><a href="https://moh.gov.vn/">'
           "Bộ Y tế</a></li></ul></div></div></div>")


def _joomla(headline: str, site: str = "Trung tâm Y tế huyện Tân Hiệp") -> str:
    return f"""<!DOCTYPE html><html lang="vi-vn"><head><meta charset="utf-8"><title>{headline} - {site}</title></head>
<body><div id="t4-header"><a href="/">Trung tâm Y tế huyện Tân Hiệp</a><ul><li><a href="/tin-tuc">Tin tức</a></li></ul>
</div><div id="t4-main-body"><div class="t4-col component"><div class="com-content-article item-page">
<div class="page-header"><h1 itemprop="headline">{headline}</h1></div><div class="article-aside"><dl class="article-info">
<dd class="published"><time datetime="2024-03-11T15:30:00+07:00">Ngày đăng: 11 Tháng 3 2024</time></dd></dl></div>
<div itemprop="articleBody" class="com-content-article__body">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</div>
</div></div></div>{FOOTNAV}<div id="t4-footer" class="t4-section t4-footer">© 2024 Trung tâm Y tế huyện Tân Hiệp</div>
</body></html>"""


def test_the_sites_name_in_a_footer_band_named_for_its_navigation_is_no_headline():
    headline = "Ghi nhận 12 ca tay chân miệng, ngành y tế khoanh vùng xử lý ổ dịch"
    article = extract(_joomla(headline), "https://ttyt.example/index.php/tin-tuc/ghi-nhan-12-ca-tay-chan-mieng")
    assert article.title == headline


def test_a_headline_with_a_dash_of_its_own_is_the_title():
    headline = "Tân Hiệp tổ chức tiêm bổ sung vắc xin sởi - rubella cho trẻ từ 1 đến 5 tuổi"
    article = extract(_joomla(headline), "https://ttyt.example/index.php/tin-tuc/tiem-bo-sung-vac-xin-soi-rubella")
    assert article.title == headline


def _ghost(title: str, body: str, excerpt: str) -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-11-25T02:00:00.000Z">
</head><body><header class="gh-navigation"><a href="/">Sổ Tay Sông Hương</a></header><main><article class="gh-article">
<header class="gh-article-header"><h1 class="gh-article-title">{title}</h1><p class="gh-article-excerpt">{excerpt}</p>
<time datetime="2026-11-25">25 Thg 11 2026</time></header><section class="gh-content">{body}</section></article></main>
<footer class="gh-footer">Sổ Tay Sông Hương © 2026</footer></body></html>"""


def test_a_calls_terms_under_a_lead_and_an_opening_line_are_no_story():
    body = ("<p>Sổ Tay Sông Hương cần tìm 2 cộng tác viên ảnh và video tại Huế và các vùng lân cận cho năm 2027.</p>"
            "<h2>Yêu cầu</h2><ul><li>Có máy ảnh hoặc điện thoại quay được video chất lượng tốt.</li><li>Có thể đi "
            "thực tế vào cuối tuần, kể cả vùng núi A Lưới và ven biển.</li></ul><h2>Quyền lợi</h2><ul><li>Nhuận ảnh "
            "300.000 đồng/ảnh được sử dụng, video từ 1.500.000 đồng/sản phẩm.</li></ul><h2>Cách ứng tuyển</h2>"
            "<p>Gửi email kèm 5 đến 10 ảnh tiêu biểu về địa chỉ congtacvien@sotaysonghuong.vn trước ngày 15/12/2026.</p>")
    page = _ghost("Sổ Tay Sông Hương tuyển cộng tác viên ảnh và video năm 2027", body,
                  "Chúng tôi cần 2 cộng tác viên ảnh và video tại Huế và các vùng lân cận cho năm 2027.")
    assert not extract(page, "https://sotay.example/tuyen-cong-tac-vien-anh-va-video-nam-2027/").is_article


def test_a_readers_meeting_announced_ahead_under_a_lead_and_an_invitation_is_no_story():
    body = ("<p>Cuối năm, chúng tôi muốn được gặp trực tiếp những người đã đọc, chia sẻ và ủng hộ bản tin trong suốt "
            "một năm qua.</p><ul><li><strong>Thời gian:</strong> 15h00 - 17h30, thứ Bảy, ngày 12/12/2026</li>"
            "<li><strong>Địa điểm:</strong> Không gian sách Hương Giang, số 14 đường Lê Lợi, Huế</li>"
            "<li><strong>Chương trình:</strong> trò chuyện về loạt bài Cát tặc sông Bồ; giới thiệu kế hoạch năm 2027</li>"
            "<li><strong>Số lượng:</strong> 60 chỗ, ưu tiên thành viên trả phí</li></ul>")
    page = _ghost("Gặp mặt bạn đọc Sổ Tay Sông Hương tại Huế ngày 12/12", body,
                  "Buổi gặp mặt bạn đọc cuối năm sẽ diễn ra chiều thứ Bảy, ngày 12/12/2026 tại Huế. Số lượng chỗ có "
                  "hạn, bạn đọc vui lòng đăng ký trước.")
    assert not extract(page, "https://sotay.example/gap-mat-ban-doc-tai-hue-ngay-12-12/").is_article


def test_a_story_of_a_meeting_held_stays_a_story():
    # The same kind of headline, told after the event in the past: a story.
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    page = _ghost("Gặp mặt bạn đọc Sổ Tay Sông Hương tại Huế", body,
                  "Chiều 12/11, buổi gặp mặt bạn đọc cuối năm đã diễn ra tại Huế với hơn 60 người tham dự.")
    assert extract(page, "https://sotay.example/gap-mat-ban-doc-tai-hue/").is_article


def test_the_sites_host_opening_the_lead_as_a_label_is_no_lead():
    sapo = ('<h2 class="detail__sapo"><span class="detail__sapo-site">baophutho.vn</span> Sáng 6/4, hàng nghìn người '
            "dân các xã vùng ven Khu Di tích lịch sử Đền Hùng đã tham gia lễ rước kiệu về dâng lễ Quốc Tổ.</h2>")
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Rực rỡ lễ rước kiệu về Đền Hùng</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-04-06T10:00:00+07:00">
</head><body><div class="header"><a href="/">Báo Phú Thọ</a></div><div class="detail"><h1 class="detail__title">Rực rỡ lễ
rước kiệu về Đền Hùng</h1><div class="detail__meta">06/04/2025 10:00 GMT+7</div>{sapo}<div class="detail__content">
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</div></div><div class="footer">© Báo Phú Thọ</div></body></html>"""
    article = extract(page, "https://baophutho.example/ruc-ro-le-ruoc-kieu-ve-den-hung-228341.html")
    assert article.text.startswith("Sáng 6/4, hàng nghìn người dân")
