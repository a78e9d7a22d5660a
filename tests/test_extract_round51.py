"""The fiftieth round's blind misses: a relayed story's signature over the account that posted it,
an event's fields listed long under the line announcing it, a cover image's caption in a block of
its own, a poll's question in its form (and the rescue that glued the story's block into one line),
and a Q&A page's lead saying who asks about what."""

from __future__ import annotations

from crawler.extract import extract

PARAGRAPHS = (
    "Gần 40 năm gắn bó với nghề thêu thổ cẩm, nghệ nhân Vàng Thị Sểnh ở thôn Bản Phố 1 không chỉ giữ nghề cho gia "
    "đình mà còn mở lớp truyền dạy cho phụ nữ trong thôn, đưa sản phẩm thêu đến với du khách.",
    "Mỗi bộ váy áo thêu tay của người Mông mất từ ba đến sáu tháng mới hoàn thành, với những họa tiết hình học, hoa "
    "văn xoắn ốc tượng trưng cho sự sinh sôi và gắn kết cộng đồng.",
    "Từ khi có khách du lịch, nhiều chị em thấy thêu cũng có thu nhập nên quay lại học; lớp của bà bây giờ có 25 "
    "người, có cả các cháu học sinh đến học vào dịp nghỉ hè.",
)


def _page(body: str, title: str, *, head: str = "", before: str = "", account: str | None = None) -> str:
    meta = (f'<meta name="author" content="{account}">' if account else "")
    line = (f'<div class="entry-meta"><span>Bởi</span> <a href="/author/hoangmai/" rel="author">{account}</a> '
            '<time datetime="2024-04-25T10:05:00+07:00">25/04/2024</time></div>' if account else
            '<div class="entry-meta"><time datetime="2024-04-25T10:05:00+07:00">25/04/2024</time></div>')
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>{meta}{head}
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-04-25T10:05:00+07:00">
</head><body><div class="header"><a href="/">Du lịch Bắc Hà</a><ul><li><a href="/tin-tuc/">Tin tức</a></li></ul></div>
<main><article class="post"><h1 class="entry-title">{title}</h1>{line}{before}
<div class="entry-content">{body}</div></article></main><div class="footer">Phòng Văn hóa và Thông tin huyện.</div>
</body></html>"""


URL = "https://dulichbacha.example/nghe-nhan-vang-thi-senh/"


def test_a_relayed_storys_signature_names_its_writer_not_the_posting_account():
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + (
        '<p class="has-text-align-right"><strong>Thanh Huyền (thực hiện)</strong></p>'
        '<p class="has-text-align-right"><em>Nguồn: Báo Lào Cai điện tử</em></p>')
    article = extract(_page(body, "Nghệ nhân Vàng Thị Sểnh giữ nghề thêu", account="Hoàng Thị Mai"), URL)
    assert (article.author, article.source) == ("Thanh Huyền", "Báo Lào Cai điện tử")


def test_the_posting_account_stays_the_writer_of_its_own_story():
    # No other outlet named: the account's name in the metadata is the writer, as before.
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + \
        '<p class="has-text-align-right"><strong>Ảnh: Lù Văn Sáng</strong></p>'
    article = extract(_page(body, "Nghệ nhân Vàng Thị Sểnh giữ nghề thêu", account="Hoàng Thị Mai"), URL)
    assert article.author == "Hoàng Thị Mai"


def test_an_events_fields_listed_long_under_its_announcing_line_make_a_record():
    items = ("Thời gian: Từ 7 giờ 30 ngày 8/6/2024 đến 17 giờ ngày 9/6/2024.",
             "Địa điểm: Trường đua ngựa thị trấn Bắc Hà (sân vận động trung tâm huyện).",
             "Đối tượng tham gia: Nài ngựa là người dân tộc thiểu số từ đủ 16 tuổi trở lên, có đủ sức khỏe; ngựa đua là "
             "ngựa bản địa, không dùng yên cương.",
             "Nội dung thi đấu: Đua ngựa nam cự ly 4 vòng (2.400 m); đua ngựa nữ cự ly 2 vòng (1.200 m).",
             "Giải thưởng: Giải Nhất 15.000.000 đồng; giải Nhì 10.000.000 đồng; giải Ba 7.000.000 đồng; 5 giải Khuyến "
             "khích, mỗi giải 2.000.000 đồng.",
             "Hạn đăng ký: Trước 17 giờ ngày 31/5/2024 tại Phòng Văn hóa và Thông tin huyện Bắc Hà.",
             "Liên hệ: Bộ phận tổ chức giải, điện thoại 0214.3880.868.")
    body = ("<p>Nhằm bảo tồn, phát huy giá trị văn hóa truyền thống của đồng bào các dân tộc, góp phần quảng bá du lịch "
            "Bắc Hà, UBND huyện Bắc Hà tổ chức Giải đua ngựa truyền thống Bắc Hà mở rộng năm 2024. Thông tin cụ thể:"
            "</p><ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")
    article = extract(_page(body, "Giải đua ngựa truyền thống Bắc Hà mở rộng năm 2024"),
                      "https://dulichbacha.example/giai-dua-ngua-truyen-thong-bac-ha-mo-rong-nam-2024/")
    assert not article.is_article and "fields" in article.reason


def test_a_cover_images_caption_in_a_block_of_its_own_opens_the_text():
    cover = ('<div class="amsCoverImage"><div class="amsCoverImage-container"><img src="/ams/18/cover-image" alt=""></div>'
             '</div><div class="amsCoverImage-caption">Nghệ nhân Vàng Thị Sểnh bên khung thêu trong ngôi nhà ở thôn Bản '
             "Phố 1.</div>")
    cover = f'<div class="cover">{cover}</div>'
    article = extract(_page("".join(f"<p>{p}</p>" for p in PARAGRAPHS), "Nghệ nhân Vàng Thị Sểnh giữ nghề thêu",
                            before=cover), URL)
    assert "Nghệ nhân Vàng Thị Sểnh bên khung thêu trong ngôi nhà ở thôn Bản Phố 1." in article.text.splitlines()


POLL = ('<div class="forminator-ui forminator-poll"><form class="forminator-poll-form" method="post"><fieldset>'
        '<legend class="forminator-question">Bạn đi đến ga metro bằng phương tiện nào?</legend>'
        + "".join(f'<label><input type="radio" name="poll" value="{n}"> {choice}</label>' for n, choice in enumerate(
            ("Xe máy cá nhân, gửi xe tại ga", "Xe buýt kết nối", "Xe đạp công cộng", "Đi bộ",
             "Xe ôm, taxi công nghệ")))
        + '</fieldset><button type="submit">Bình chọn</button><a href="#ket-qua">Xem kết quả</a></form></div>')


def test_a_polls_question_in_its_form_is_no_prose_and_its_page_no_story():
    body = ("<p>Tuyến metro số 1 Bến Thành - Suối Tiên sẽ vận hành thương mại từ ngày 22/12. Bạn dự định đến nhà ga gần "
            "nhất bằng phương tiện nào?</p>" + POLL)
    lead = ('<div class="excerpt"><p>Tuyến metro số 1 sắp đón khách, Tin tức Thủ Đức mời bạn đọc cho biết phương tiện '
            "bạn dự định dùng để đến nhà ga gần nhất.</p></div>")
    article = extract(_page(body, "Bình chọn: Bạn đi đến ga metro bằng phương tiện nào?", before=lead),
                      "https://tintucthuduc.example/tin-tuc/binh-chon-ban-di-den-ga-metro-bang-phuong-tien-nao")
    assert not article.is_article and "poll" in article.reason
    # The story's block is never glued into one line with its headline and meta line.
    assert "Bình chọn: Bạn đi đến ga metro" not in article.text


def test_a_qa_pages_lead_saying_who_asks_is_no_story_told_before_the_question():
    body = ("<p>Bà Nguyễn Thị Lan (phường Tăng Nhơn Phú A) hỏi về việc cấp phép xây dựng trên thửa đất nằm trong quy "
            "hoạch công viên.</p><p>Bà Nguyễn Thị Lan (phường Tăng Nhơn Phú A) hỏi: Gia đình tôi có 120m2 đất ở, đã có "
            "giấy chứng nhận quyền sử dụng đất. Theo quy hoạch phân khu, thửa đất nằm trong khu công viên cây xanh "
            "nhưng chưa có dự án. Tôi muốn xây lại nhà 2 tầng thì có được cấp phép không?</p>"
            "<p>Phòng Quản lý đô thị TP Thủ Đức trả lời như sau:</p><p>Theo Điều 94 Luật Xây dựng năm 2014 (sửa đổi năm "
            "2020), nhà ở riêng lẻ thuộc khu vực đã có quy hoạch phân khu được phê duyệt nhưng chưa có kế hoạch thực "
            "hiện được cấp giấy phép xây dựng có thời hạn.</p><p>Bà có thể nộp hồ sơ tại Bộ phận tiếp nhận và trả kết "
            "quả của UBND TP Thủ Đức để được hướng dẫn cụ thể.</p>")
    article = extract(_page(body, "Hỏi đáp: Xây nhà trên đất nằm trong quy hoạch công viên có được cấp phép?"),
                      "https://tintucthuduc.example/tin-tuc/hoi-dap-xay-nha-tren-dat-quy-hoach-cong-vien")
    assert not article.is_article and "Q&A" in article.reason


def _section(inner: str) -> str:
    return f'<section class="content"><div class="container"><div class="row"><div class="col">{inner}</div></div></div></section>'


def test_a_builders_headline_wrapped_alone_in_its_section_over_the_story_is_the_title():
    # Every block of the page in its own section, container, row and column; a title-named
    # heading over cards after the story ("Tin hoạt động khác") heads the cards, not the story.
    cards = "".join(f'<div class="card"><div class="card-box"><h4 class="card-title"><strong>{t}</strong></h4>'
                    f'<p>Năng suất bình quân đạt 6,2 tấn/ha.</p></div><a href="/page{n}.html">Xem tiếp</a></div>'
                    for n, t in enumerate(("Tân Phú Thịnh ra quân thu hoạch 85 ha lúa ST25 vụ Hè Thu",
                                           "Mở rộng 120 ha lúa hữu cơ trong vụ Đông Xuân 2026 - 2027")))
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Tập huấn thiết bị bay</title></head><body>
<section class="menu"><a href="/">HTX Tân Phú Thịnh</a> <a href="/tin-tuc.html">Tin tức</a></section>
{_section('<h2 class="mbr-section-title display-2"><strong>Xã viên được tập huấn sử dụng thiết bị bay phun thuốc</strong></h2>')}
{"".join(_section(f'<p class="mbr-text">{p}</p>') for p in PARAGRAPHS)}
{_section('<p class="mbr-text"><em>Đăng ngày 15/08/2026</em></p>')}
<section class="features"><div class="container"><div class="mbr-section-head"><h4 class="mbr-section-title display-2">
<strong>Tin hoạt động khác</strong></h4></div><div class="row">{cards}</div></div></section>
<section class="footer">© 2026 HTX Tân Phú Thịnh</section></body></html>"""
    article = extract(page, "https://htx.example/tap-huan-drone.html")
    assert article.title == "Xã viên được tập huấn sử dụng thiết bị bay phun thuốc"


def test_only_a_heading_climbs_the_wrappers_it_stands_alone_in():
    from lxml import html as lxml_html

    from crawler.extract import core

    tree = lxml_html.fromstring('<div><section id="s"><div><div><h2 id="h">Xã viên được tập huấn</h2></div></div>'
                                '</section><table><tr><td><span id="t" class="title">Tiêu đề</span></td></tr></table>'
                                "</div>")
    assert core._lone_top(tree.get_element_by_id("h")).get("id") == "s"
    # A legacy portal's title-named label in a layout table's cell stays where it is: the
    # cell's row holds the page, and a crawl's learned template moved which label was read.
    assert core._lone_top(tree.get_element_by_id("t")).get("id") == "t"
