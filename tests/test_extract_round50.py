"""The forty-ninth round's blind misses: a youth union's account ("Đoàn Thanh niên") is no writer,
a wanted notice's fields make a record (its "Họ và tên" no byline), and a plan as its issuer
posts it ("Kế hoạch tổ chức hội thi …": aims, time and place, prizes) is no story."""

from __future__ import annotations

from crawler.extract import clean, extract

PARAGRAPHS = (
    "Sáng 24/5, Trường THPT Hoàng Văn Thụ tổ chức lễ tri ân và trưởng thành cho 412 học sinh khối 12 niên khóa "
    "2022 – 2025, với sự tham dự của đông đảo cha mẹ học sinh và thầy cô giáo.",
    "Mở đầu buổi lễ, các em học sinh dâng hoa lên tượng đài Bác Hồ, sau đó xem lại đoạn phim ghi dấu ba năm học tập, "
    "rèn luyện dưới mái trường.",
    "Thầy hiệu trưởng dặn dò các em giữ vững tinh thần ôn tập trong những ngày cuối trước kỳ thi tốt nghiệp trung học "
    "phổ thông, chăm lo sức khỏe và giữ tinh thần thoải mái.",
)


def _page(body: str, title: str, author: str | None = None, meta: str = "") -> str:
    tag = f'<meta name="author" content="{author}">' if author else ""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>{tag}
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-05-24T07:02:18+07:00">
</head><body><div class="header"><a href="/">Trường THPT</a><ul><li><a href="/tin-tuc/">Tin tức</a></li></ul></div>
<main><article class="post"><h1 class="entry-title">{title}</h1>{meta}
<div class="entry-content">{body}</div></article></main><div class="footer">Địa chỉ: số 1 đường Lê Lợi.</div>
</body></html>"""


def test_a_youth_unions_account_is_no_writer():
    page = _page("".join(f"<p>{p}</p>" for p in PARAGRAPHS), "Lễ tri ân và trưởng thành học sinh khối 12",
                 author="Đoàn Thanh niên")
    assert extract(page, "https://thpt.example/le-tri-an-khoi-12/").author is None
    assert clean.is_organisation("Đoàn Thanh niên") and clean.is_organisation("Đoàn trường")


def test_a_writer_named_doan_stays_a_writer():
    # "Đoàn" is a surname: a name capitalised throughout, in capitals too, is a person's.
    for name in ("Đoàn Văn Hùng", "ĐOÀN VĂN HÙNG", "Đoàn Minh và Thu Hà"):
        assert not clean.is_organisation(name)
    page = _page("".join(f"<p>{p}</p>" for p in PARAGRAPHS), "Lễ tri ân và trưởng thành học sinh khối 12",
                 author="Đoàn Văn Hùng")
    assert extract(page, "https://thpt.example/le-tri-an-khoi-12/").author == "Đoàn Văn Hùng"


_FIELDS = (("Họ và tên", "Lê Văn Tâm"), ("Tên gọi khác", "Tâm “đen”"), ("Giới tính", "Nam"), ("Sinh năm", "1989"),
           ("Nơi ĐKTT", "Thôn Phú Thọ, xã Phước Thuận, huyện Ninh Phước"),
           ("Tội danh", "Cố ý gây thương tích (Điều 134 Bộ luật Hình sự)"),
           ("Quyết định truy nã số", "05/QĐ-CSĐT ngày 12/8/2024"),
           ("Đặc điểm nhận dạng", "Cao khoảng 1m68, tóc ngắn, da ngăm, có hình xăm ở cánh tay trái"))


def _field(label: str, value: str) -> str:
    return (f'<div class="field field--name-{len(label)} field--label-inline"><div class="field__label">{label}</div>'
            f'<div class="field__item">{value}</div></div>')


def test_a_wanted_notices_fields_are_a_record_and_name_no_writer():
    body = "".join(_field(label, value) for label, value in _FIELDS) + (
        "<p>Bất kỳ người nào cũng có quyền bắt và giải ngay người có quyết định truy nã đến cơ quan Công an, Viện "
        "kiểm sát hoặc Ủy ban nhân dân nơi gần nhất. Mọi thông tin xin báo về Cơ quan CSĐT Công an huyện.</p>")
    article = extract(_page(body, "Quyết định truy nã đối với Lê Văn Tâm"),
                      "https://congan.example/truy-na/quyet-dinh-truy-na-doi-voi-le-van-tam")
    assert article.author is None
    assert not article.is_article and "fields" in article.reason


def test_a_writers_card_among_fields_still_names_the_writer():
    # A card's label over the name, alone in its holder, among no run of fields: the byline.
    card = ('<div class="author-card"><div class="label">Người viết</div><div class="name">Phạm Thu Uyên</div></div>'
            '<div class="date">24/05/2025</div>')
    page = _page("".join(f"<p>{p}</p>" for p in PARAGRAPHS), "Lễ tri ân và trưởng thành học sinh khối 12", meta=card)
    assert extract(page, "https://thpt.example/le-tri-an-khoi-12/").author == "Phạm Thu Uyên"


DATE_LINE = '<div class="entry-meta"><time datetime="2025-05-24T07:02:18+07:00">24/05/2025</time></div>'


def test_a_plan_as_its_issuer_posts_it_is_no_story():
    # Dated by its headline, its lines read as told: its document's sections show what it is.
    body = ("<p>Thực hiện Kế hoạch công tác văn hóa, thông tin năm 2026, UBND xã Tân Lập ban hành Kế hoạch tổ chức Hội "
            "thi “Tiếng hát Tân Lập” năm 2026, cụ thể như sau:</p><p><strong>I. MỤC ĐÍCH, YÊU CẦU</strong></p>"
            "<p>- Chào mừng kỷ niệm 82 năm Ngày thành lập Quân đội nhân dân Việt Nam.</p><p>- Phát hiện, bồi dưỡng các "
            "hạt nhân văn nghệ ở các thôn.</p><p><strong>II. THỜI GIAN, ĐỊA ĐIỂM</strong></p><p>- Thời gian: 19h30 ngày "
            "12/12/2026 (thứ Bảy).</p><p>- Địa điểm: Hội trường Nhà văn hóa trung tâm xã.</p><p><strong>III. ĐỐI TƯỢNG, "
            "SỐ LƯỢNG</strong></p><p>- Mỗi thôn cử 01 đội tham gia, mỗi đội từ 3 đến 5 tiết mục.</p><p><strong>IV. "
            "GIẢI THƯỞNG</strong></p><p>- 01 giải Nhất: 3.000.000 đồng.</p><p>- 01 giải Nhì: 2.000.000 đồng.</p>"
            "<p>Các thôn đăng ký danh sách đội thi về Văn phòng UBND xã trước ngày 05/12/2026.</p>")
    article = extract(_page(body, "Kế hoạch tổ chức Hội thi “Tiếng hát Tân Lập” năm 2026", meta=DATE_LINE),
                      "https://xatanlap.example/ke-hoach-to-chuc-hoi-thi-tieng-hat-tan-lap-nam-2026/")
    assert not article.is_article


def test_a_story_headed_by_a_plan_is_a_story():
    # A reporter's story of a plan tells it in paragraphs, whatever its headline.
    page = _page("".join(f"<p>{p}</p>" for p in PARAGRAPHS), "Kế hoạch mới giúp học sinh khối 12 ôn thi hiệu quả",
                 meta=DATE_LINE)
    assert extract(page, "https://thpt.example/ke-hoach-moi-on-thi/").is_article


def test_the_outlets_name_opening_the_lead_as_a_label_is_no_lead():
    sapo = ('<div class="post-sapo"><span class="sapo-logo">Báo Cà Mau</span> (CMO) Sau hơn 3 năm tham gia chuỗi liên '
            "kết nuôi tôm sinh thái dưới tán rừng, nhiều hộ dân ở xã Tam Giang Đông đã bán tôm sú với giá cao.</div>")
    article = extract(_page("".join(f"<p>{p}</p>" for p in PARAGRAPHS), "Nuôi tôm dưới tán rừng đước", meta=sapo),
                      "https://baocamau.example/nuoi-tom-duoi-tan-rung-a97415.html")
    assert article.text.startswith("(CMO) Sau hơn 3 năm") and "Báo Cà Mau" not in article.text


def test_a_datelines_mark_set_bold_stays_in_the_lead():
    sapo = ('<div class="post-sapo"><strong>TTO</strong> - Sau hơn 3 năm tham gia chuỗi liên kết nuôi tôm sinh thái '
            "dưới tán rừng, nhiều hộ dân ở xã Tam Giang Đông đã bán tôm sú với giá cao.</div>")
    article = extract(_page("".join(f"<p>{p}</p>" for p in PARAGRAPHS), "Nuôi tôm dưới tán rừng đước", meta=sapo),
                      "https://baocamau.example/nuoi-tom-duoi-tan-rung-a97415.html")
    assert article.text.startswith("TTO - Sau hơn 3 năm")


def test_an_office_signing_with_its_council_is_no_text_nor_writer():
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + \
        '<p class="has-text-align-right"><strong>VĂN PHÒNG HĐND - UBND XÃ</strong></p>'
    article = extract(_page(body, "Lễ tri ân và trưởng thành học sinh khối 12"), "https://xa.example/tam-ngung-cap-nuoc/")
    assert article.author is None and "VĂN PHÒNG" not in article.text
    signed = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + \
        '<p class="has-text-align-right"><strong>Lê Hoa - Hội Nông dân huyện</strong></p>'
    assert extract(_page(signed, "Lễ tri ân và trưởng thành học sinh khối 12"),
                   "https://xa.example/tam-ngung-cap-nuoc/").author == "Lê Hoa"


def test_a_credit_field_among_a_nodes_fields_names_the_writer():
    # Drupal's "Thực hiện" field beside the video's and the body's: a credit's label, no record's.
    video = ('<div class="field field--name-field-video"><iframe src="https://www.youtube.com/embed/abc"></iframe></div>'
             '<div class="field field--name-field-thuc-hien field--label-inline"><div class="field--label">Thực hiện'
             '</div><div class="field--item">Hoàng Long</div></div>')
    body = video + '<div class="field field--name-body">' + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div>"
    article = extract(_page(body, "Video: Lễ tri ân và trưởng thành học sinh khối 12"),
                      "https://thuvien.example/tin-tuc/video-le-tri-an")
    assert article.author == "Hoàng Long"
