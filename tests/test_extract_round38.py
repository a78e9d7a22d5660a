"""The thirty-seventh round's blind misses, in markup of our own: a flat-file blog whose day
heads the post and whose time is on the poster's line under it, a journal's authors under their
academic ranks (one card each, a line about the writer under the name), a print issue's note
closing the text, a magazine's author cards and the line under a writer's name, a hospital
post signed by its writer under the department's account, a conference's page (a line, then
its record's time and place ahead of it), a data page of monthly figures, a schedule keyed by
district, a decree's text under the national name and motto, and a blog's invitation in a
list of fields."""

from __future__ import annotations

from dataclasses import replace

from lxml import html as lxml_html

from crawler.extract import clean, detect, extract

from .test_extract_round37 import blog_post

BASE = "http://127.0.0.1:8000"
PARAGRAPHS = [
    "Sáng 20/11 năm nay, trường cũ đông vui khác thường: ngoài lễ kỷ niệm Ngày Nhà giáo Việt Nam, nhà "
    "trường còn đón gần 60 cựu học sinh khóa 1985 từ khắp nơi trở về thăm thầy cô đã dạy mình năm xưa.",
    "Tôi dạy lớp 10A của khóa ấy từ năm 1982, khi trường còn là những dãy nhà cấp bốn lợp ngói, mùa mưa "
    "nước dột ướt cả bàn; bốn mươi năm sau, nhiều em đã thành kỹ sư, bác sĩ, có em làm giám đốc bệnh viện.",
    "Ban liên lạc khóa học trao tặng nhà trường 20 suất học bổng, mỗi suất 3 triệu đồng, dành cho học sinh "
    "nghèo vượt khó; các em cũng góp tiền sửa lại cổng trường cũ làm nơi lưu giữ kỷ niệm cho các thế hệ sau.",
]
BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def flat_blog(footer: str = "Đăng bởi <span>admin</span> lúc 08:30:00 trong <a href='/c/nghe'>Chuyện nghề</a>") -> str:
    return f"""<html><head><meta charset="utf-8"><title>Góc nhỏ thầy Lộc « Ngày Nhà giáo, học trò khóa 1985 về thăm thầy cô cũ</title></head>
<body><div id="head"><h1><a href="/blog/">Góc nhỏ thầy Lộc</a></h1></div><div id="main">
<div class="entry"><h2 class="date">Thứ sáu, 20 Tháng mười một 2026</h2>
<h3><a href="/blog/2026/11/20/hoc-tro-ve-tham-thay/">Ngày Nhà giáo, học trò khóa 1985 về thăm thầy cô cũ</a></h3>
<div class="body">{BODY}<p style="text-align: right;"><strong>Trần Văn Lộc</strong></p></div>
<ul class="entry-footer"><li class="entry-info">{footer}</li><li><a href="/blog/print.php?e=1">In bài</a></li></ul>
</div><div id="comments"><h4>3 bình luận</h4><div class="comment"><p class="date">Thứ sáu, 20 Tháng mười một 2026
lúc 20:30:11</p><p>Cảm ơn thầy đã viết bài, đọc mà nhớ trường quá!</p></div></div></div>
<div id="sidebar"><h4>Bài viết mới</h4><ul><li><a href="/blog/2026/11/16/nha-hoc-bo-mon/">Xã khánh thành nhà học bộ
môn cho trường THCS</a></li></ul></div></body></html>"""


def test_the_posters_line_under_a_post_gives_the_time_of_the_day_heading_it():
    article = extract(flat_blog(), BASE + "/blog/2026/11/20/hoc-tro-ve-tham-thay/")
    assert article.published == "2026-11-20T08:30:00+07:00"
    assert article.author == "Trần Văn Lộc"
    # Without a time on the post's own line, the day alone: a comment's time is the commenter's.
    article = extract(flat_blog(footer="Đăng bởi <span>admin</span> trong <a href='/c/nghe'>Chuyện nghề</a>"),
                      BASE + "/blog/2026/11/20/hoc-tro-ve-tham-thay/")
    assert article.published == "2026-11-20"


def test_a_writers_rank_is_no_part_of_the_name():
    # In an author's card or after a label: the rank goes, the name stays.
    for printed, name in (("PGS, TS. NGUYỄN VĂN HÒA", "NGUYỄN VĂN HÒA"), ("TS. Lê Thị Thu Hà", "Lê Thị Thu Hà"),
                          ("ThS. Phạm Quốc Việt", "Phạm Quốc Việt"), ("BS.CKII Trần Văn An", "Trần Văn An"),
                          ("Luật sư Trần Minh", "Trần Minh")):
        assert clean.byline_name(clean.without_rank(printed), right_aligned=True) == name
    assert clean.byline_name("Tác giả: GS.TSKH Đỗ Văn Bình") == "Đỗ Văn Bình"
    assert clean.without_rank("Thu Hà") == "Thu Hà"
    # A closing line under a rank is the expert answering a reader's question, no reporter's byline.
    assert clean.byline_name("Luật sư Nguyễn Hữu Phước", right_aligned=True) is None


def journal_page(authors: str, after_body: str = "") -> str:
    return f"""<html><head><meta charset="utf-8"><title>Phát triển kinh tế tập thể ở vùng đồng bằng - Tạp chí</title>
<meta property="og:type" content="website"></head><body><header><h1 class="site-title">Tạp chí Lý luận</h1>
<nav><a href="/">Trang chủ</a> <a href="/kinh-te">Kinh tế</a></nav></header>
<div class="portlet-body"><div class="article-detail"><h1 class="title">Phát triển kinh tế tập thể ở vùng đồng bằng:
thực trạng và giải pháp</h1><div class="meta"><span class="date-publish">Ngày 12-11-2026, 15:20</span></div>
<div class="article-author">{authors}</div>
<div class="content">{BODY}</div>{after_body}</div></div>
<aside><h3>Đọc nhiều nhất</h3><ul><li><a href="/kinh-te/-/1/nong-thon-moi">Xây dựng nông thôn mới kiểu mẫu ở các
xã miền núi</a></li></ul></aside></body></html>"""


def test_a_journals_authors_under_their_ranks_one_card_each():
    one = ("<p class='author-name'><strong>PGS, TS. NGUYỄN VĂN HÒA</strong></p>"
           "<p class='author-position'><em>Viện trưởng Viện Kinh tế nông nghiệp</em></p>")
    assert extract(journal_page(one), BASE + "/kinh-te/-/1050123/phat-trien").author == "Nguyễn Văn Hòa"
    two = ("<div class='author-item'><p class='author-name'><strong>TS. Lê Thị Thu Hà</strong></p><p class='author-"
           "position'><em>Học viện Chính trị khu vực I</em></p></div><div class='author-item'><p class='author-name'>"
           "<strong>ThS. Phạm Quốc Việt</strong></p><p class='author-position'><em>Ban Tuyên giáo Tỉnh ủy</em></p></div>")
    assert extract(journal_page(two), BASE + "/kinh-te/-/1050123/phat-trien").author == "Lê Thị Thu Hà, Phạm Quốc Việt"


def test_the_print_issue_a_story_ran_in_is_no_part_of_its_text():
    issue = "<p class='issue'><em>Bài đăng trên Tạp chí Cộng sản số 1050 (12-2026)</em></p>"
    article = extract(journal_page("<strong>Minh Phương</strong>", after_body=issue), BASE + "/kinh-te/-/1/phat-trien")
    assert "Bài đăng trên" not in article.text
    assert clean.printed_in("Bài đăng trên Tạp chí Cộng sản số 1050 (12-2026)")
    assert clean.printed_in("Bài in trên báo Nhân Dân số ra ngày 12/11/2026")
    assert not clean.printed_in("Bài đăng trên báo đã thu hút nhiều ý kiến của bạn đọc cả nước.")


def magazine_page(cards: str, writer: str = "Hoàng Lan") -> str:
    return f"""<html><head><meta charset="utf-8"><title>Vốn đầu tư công 2027 - Tạp chí Kinh tế</title>
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Vốn đầu tư công 2027",
"author": {{"@type": "Person", "name": "{writer}"}}, "datePublished": "2026-11-23T06:00:00+07:00"}}</script></head>
<body><header><a href="/">Tạp chí Kinh tế</a></header><div class="detail"><div class="detail__header">
<h1 class="detail__title">Vốn đầu tư công 2027: bài toán giải ngân từ khâu chuẩn bị dự án</h1>
<div class="detail__author">{cards}</div><div class="detail__time">Thứ Hai, 23/11/2026 06:00 (GMT+7)</div></div>
<h2 class="detail__summary">Tỷ lệ giải ngân vốn đầu tư công thấp kéo dài không chỉ do vướng mặt bằng mà bắt nguồn
từ khâu chuẩn bị dự án, điểm nghẽn cần tháo gỡ trước tiên.</h2><div class="detail__content">{BODY}</div></div>
<aside><h3>Tin mới</h3><ul><li><a href="/xuat-khau-ca-tra.htm">Xuất khẩu cá tra sang Trung Đông tăng mạnh trong 10
tháng</a></li></ul></aside></body></html>"""


def card(slug: str, name: str, desc: str = "") -> str:
    line = f'<span class="detail__author-desc">{desc}</span>' if desc else ""
    return (f'<div class="detail__author-item"><a class="detail__author-avatar" href="/tac-gia/{slug}.htm"><img '
            f'src="/{slug}.jpg" alt="{name}"></a><div class="detail__author-info"><a class="detail__author-name" '
            f'href="/tac-gia/{slug}.htm">{name}</a>{line}</div></div>')


def test_a_magazines_author_cards_are_read_whole():
    article = extract(magazine_page(card("hoang-lan", "Hoàng Lan") + card("minh-duc", "Minh Đức")),
                      BASE + "/von-dau-tu-cong-2027.htm")
    assert article.author == "Hoàng Lan, Minh Đức"
    article = extract(magazine_page(card("nguyen-quoc-viet", "Nguyễn Quốc Việt",
                                         "Viện Nghiên cứu Kinh tế và Chính sách (VEPR)"), "Nguyễn Quốc Việt"),
                      BASE + "/von-dau-tu-cong-2027.htm")
    assert article.author == "Nguyễn Quốc Việt"
    assert "VEPR" not in article.text   # the line about the writer is no sapo
    assert article.text.startswith("Tỷ lệ giải ngân")


def test_a_writer_signing_under_a_departments_account_is_the_author():
    page = f"""<html><head><meta charset="utf-8"><title>Phòng bệnh hô hấp cho trẻ khi trời chuyển lạnh – Bệnh viện</title>
<meta name="author" content="Khoa Nhi"><meta property="article:published_time" content="2026-11-20T08:00:00+07:00">
</head><body><header><a href="/">Bệnh viện Đa khoa tỉnh</a></header><main><article class="post">
<h2 class="entry-title">Phòng bệnh hô hấp cho trẻ khi trời chuyển lạnh</h2><div class="post-content">{BODY}
<p>Các bác sĩ Khoa Nhi khuyến cáo cha mẹ giữ ấm cho trẻ, cho trẻ tiêm phòng đầy đủ và vệ sinh mũi họng hằng ngày.</p>
<p style="text-align: right;"><em><strong>Lê Thị Hạnh (Khoa Nhi)</strong></em></p></div>
<div class="fusion-meta-info">By <span class="vcard"><span class="fn"><a href="/author/khoanhi/" rel="author">Khoa
Nhi</a></span></span> | tháng 11 20th, 2026 | Categories: <a href="/c/tu-van/">Tư vấn sức khỏe</a></div>
</article></main></body></html>"""
    article = extract(page, BASE + "/phong-benh-ho-hap/")
    assert article.author == "Lê Thị Hạnh"


def event_page(day: str) -> str:
    return f"""<html><head><meta charset="utf-8"><title>Diễn đàn Kinh tế xanh 2026 - Tạp chí Kinh tế</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-11-25T09:00:00+07:00">
</head><body><header><a href="/">Tạp chí Kinh tế</a></header><div class="detail">
<h1 class="detail__title">Diễn đàn Kinh tế xanh Việt Nam 2026: Tài chính xanh cho tăng trưởng bền vững</h1>
<div class="detail__time">25/11/2026 09:00</div><div class="detail__content">
<p>Diễn đàn do Tạp chí Kinh tế phối hợp với Bộ Tài chính tổ chức, dự kiến quy tụ hơn 500 đại biểu là nhà hoạch
định chính sách, chuyên gia và doanh nghiệp.</p>
<table><tr><td>Thời gian:</td><td>8h00 - 17h00, Thứ Năm, ngày {day}</td></tr>
<tr><td>Địa điểm:</td><td>Trung tâm Hội nghị Quốc gia, Hà Nội</td></tr>
<tr><td>Đơn vị tổ chức:</td><td>Tạp chí Kinh tế, Bộ Tài chính</td></tr></table>
<p>Chương trình dự kiến</p><ul><li>08h00 - 08h30: Đón tiếp đại biểu</li><li>08h30 - 09h00: Khai mạc</li>
<li>09h00 - 11h30: Phiên toàn thể</li></ul></div></div></body></html>"""


def test_a_conferences_record_under_a_line_introducing_it_is_its_page():
    article = extract(event_page("10/12/2026"), BASE + "/su-kien/dien-dan-kinh-te-xanh-2026.htm")
    assert not article.is_article
    assert "ahead of it" in article.reason
    # The same record on a day already past: what the page reports is no event ahead.
    assert "ahead of it" not in extract(event_page("20/11/2026"), BASE + "/su-kien/dien-dan-kinh-te-xanh-2026.htm").reason


def test_a_page_of_monthly_figures_and_no_prose_is_data():
    # A month's index under its caption, its table of months (half the text) and a note: typed as
    # an article under a story's URL, dated, and not one paragraph of prose.
    signals = detect.Signals(typed="article", url="article", title=True, headline_near=True, dated=True,
                             prose=103, text=388, prose_share=0.18, records=137, record_items=6, led=5,
                             text_table=0.49)
    ok, why = detect.judge(signals)
    assert not ok and "data table" in why
    # Months in a story's paragraphs leave it a story.
    assert detect.judge(replace(signals, prose=900, text=1200, prose_share=0.6, fields=detect.Fields(prose_lines=4)))[0]


def test_a_tables_rows_keyed_by_a_name_open_on_their_time():
    table = lxml_html.fromstring("<div><table>" + "".join(
        f"<tr><td>{district}</td><td>{hours}</td><td>Một phần phường</td></tr>" for district, hours in
        (("Cầu Giấy", "08h00 - 12h00"), ("Long Biên", "07h30 - 16h30"), ("Gia Lâm", "13h00 - 17h00"))) + "</table></div>")
    _chars, count, led = detect.records(table)
    assert (count, led) == (3, 3)


def test_a_decrees_text_under_the_national_name_and_motto_is_the_document():
    text = ("| Số hiệu: | 162/2026/NĐ-CP |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 162/2026/NĐ-CP\nNGHỊ ĐỊNH\nQuy định mức lương cơ sở\nĐiều 1. Phạm vi điều chỉnh")
    assert detect.state_document(text)
    assert not detect.state_document("Chính phủ vừa ban hành Nghị định 162/2026/NĐ-CP quy định mức lương cơ sở.\n"
                                     "Theo đó, từ ngày 1/1/2027, mức lương cơ sở là 2,84 triệu đồng/tháng.")


def test_an_invitation_as_a_line_over_a_list_of_fields_is_no_story():
    invitation = ("<p>Trân trọng kính mời quý thầy cô, bạn bè và các thế hệ học trò đến dự buổi ra mắt tập hồi ký "
                  "của tôi vào cuối tuần tới.</p><ul><li>Thời gian: 14 giờ, Chủ nhật, ngày 06/12/2026</li><li>Địa "
                  "điểm: Thư viện huyện Thạch Hà</li><li>Chương trình: giới thiệu sách, giao lưu, tặng sách</li></ul>"
                  "<p>Rất mong được đón tiếp!</p>")
    article = extract(blog_post(invitation, "Mời dự buổi ra mắt tập hồi ký “Phấn trắng bảng đen”"),
                      BASE + "/butxanh/moi-du-ra-mat-hoi-ky")
    assert not article.is_article
    assert "list of fields" in article.reason
    # A story with such a list beside its paragraphs tells what happened.
    story = BODY + invitation.replace("Trân trọng kính mời", "Chúng tôi đã mời")
    assert extract(blog_post(story, "Học trò khóa 1985 về thăm thầy cô cũ"), BASE + "/butxanh/hoc-tro-ve-tham").is_article
