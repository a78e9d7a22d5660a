"""The twenty-fifth round's authors, in other markup than the families': a signature that
credits its source inside the same bold line, a newsroom's credit typed as the body's first
paragraph, and a longform's credits block after the body; each beside a page that merely
resembles it and must keep its answer."""

from __future__ import annotations

from crawler.extract import extract

BASE = "http://127.0.0.1:8000"
URL = BASE + "/2026/11/24/ngay-hoi-doc-sach-tai-truong-tieu-hoc-kim-dong/"
TITLE = "Ngày hội đọc sách tại Trường Tiểu học Kim Đồng"
STORY = ("Sáng 24/11, Trường Tiểu học Kim Đồng tổ chức Ngày hội đọc sách với sự tham gia của hơn 600 học sinh "
         "và đông đảo phụ huynh, thầy cô giáo trong nhà trường.",
         "Tại ngày hội, các lớp trưng bày gian sách do học sinh tự quyên góp, giới thiệu những cuốn sách hay về "
         "quê hương, đất nước và tổ chức các trò chơi đố vui về nhân vật trong truyện thiếu nhi.",
         "Thầy Hiệu trưởng cho biết, số sách quyên góp được sẽ bổ sung vào tủ sách lớp học và gửi tặng các "
         "điểm trường vùng khó khăn của huyện trong dịp Tết Nguyên đán sắp tới.")


def wordpress(first: str = "", last: str = "", after: str = "") -> str:
    """A WordPress school blog: og:type article, the date in the entry's meta, the content's
    paragraphs with an optional first and last line, a block after the content, related posts."""
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE} – TH Kim Đồng</title>
<meta property="og:type" content="article"><meta property="og:title" content="{TITLE}">
<meta property="article:published_time" content="2026-11-24T09:15:00+07:00"></head>
<body class="single-post"><header id="masthead"><a href="/">Trường Tiểu học Kim Đồng</a>
<nav><a href="/">Trang chủ</a> <a href="/tin-tuc/">Tin tức</a> <a href="/lien-he/">Liên hệ</a></nav></header>
<main id="main"><article class="post type-post"><header class="entry-header"><h1 class="entry-title">{TITLE}</h1>
<div class="entry-meta"><time class="entry-date published" datetime="2026-11-24T09:15:00+07:00">24/11/2026</time></div>
</header><div class="entry-content">{first}{paragraphs}{last}</div>{after}
<div class="related-posts"><h3>Bài viết liên quan</h3><ul>
<li><a href="/2026/11/20/hoi-giang-cap-truong/">Hội giảng cấp trường chào mừng 20/11</a></li>
<li><a href="/2026/11/12/tham-quan-di-tich/">Học sinh khối 5 tham quan di tích lịch sử</a></li></ul></div>
</article></main><footer>Trường Tiểu học Kim Đồng. Điện thoại: 0211 3862 123</footer></body></html>"""


def test_signature_with_its_source_in_one_bold_line():
    a = extract(wordpress(last="<p align='right'><b>Minh Tâm (Theo Báo Bắc Giang)</b></p>"), URL)
    assert a.author == "Minh Tâm"
    assert a.source == "Báo Bắc Giang"
    assert "Minh Tâm" not in a.text


def test_source_alone_in_a_bold_line_names_nobody():
    a = extract(wordpress(last="<p align='right'><b>(Theo Báo Bắc Giang)</b></p>"), URL)
    assert a.author is None
    assert a.source == "Báo Bắc Giang"


def test_credit_typed_as_the_first_paragraph():
    a = extract(wordpress(first="<p><strong>Tin, ảnh: Lê Văn Hùng</strong></p>"), URL)
    assert a.author == "Lê Văn Hùng"
    assert "Tin, ảnh" not in a.text
    assert STORY[0] in a.text


def test_interview_question_as_the_first_paragraph_stays_text():
    question = "PV: Thưa thầy, vì sao nhà trường chọn tổ chức ngày hội vào dịp này?"
    a = extract(wordpress(first=f"<p><strong>{question}</strong></p>"), URL)
    assert a.author is None
    assert question in a.text


def test_longform_credits_block_after_the_body():
    credits = ("<div class='longform-credits'><p>Nội dung: TRẦN HÒA - LÊ ÁNH</p>"
               "<p>Thiết kế: MINH ĐỨC</p></div>")
    a = extract(wordpress(after=credits), URL)
    assert a.author == "Trần Hòa - Lê Ánh"
    assert "MINH ĐỨC" not in a.text


def test_block_of_linked_lines_after_the_body_names_nobody():
    links = ("<div class='post-nav'><p><a href='/2026/11/20/hoi-giang-cap-truong/'>Bài: Hội giảng cấp trường</a></p>"
             "<p><a href='/2026/11/12/tham-quan-di-tich/'>Bài: Tham quan di tích lịch sử</a></p></div>")
    a = extract(wordpress(after=links), URL)
    assert a.author is None
