"""The seventieth round's blind misses, by structure: a portal's headline linked nowhere under
its category's name, two writers' links with nothing between them, a source's label alone in its
span, and a journal's author block opening the body."""

from __future__ import annotations

from crawler.extract import extract

PARAGRAPHS = (
    "Theo báo cáo của Sở Tài chính, đến hết tháng 11, tổng vốn đầu tư công giải ngân trên địa bàn tỉnh đạt hơn "
    "4.200 tỷ đồng, bằng 81,3% kế hoạch vốn năm, cao hơn mức bình quân chung của cả nước.",
    "Nhiều dự án trọng điểm về giao thông, thủy lợi và hạ tầng đô thị được đẩy nhanh tiến độ, trong đó có tuyến "
    "đường nối hai cao tốc và dự án cải tạo hệ thống kênh tưới tiêu ở các xã phía Nam.",
    "Ủy ban nhân dân tỉnh yêu cầu các chủ đầu tư tập trung tháo gỡ vướng mắc về mặt bằng, hoàn thiện hồ sơ thanh "
    "toán để giải ngân hết số vốn còn lại trước ngày 31/01 năm sau.",
)
BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
TITLE = "Hà Nam giải ngân vốn đầu tư công 11 tháng đạt 81,3% kế hoạch"


def test_a_portal_s_headline_linked_nowhere_under_its_category_s_name_is_the_title():
    side = "".join(f'<div class="box"><h2 class="wd-tlh1-2">{name}</h2><ul><li><a href="/web/guest/{n}">Một tin '
                   f"của chuyên mục {name.lower()} số {n}</a></li></ul></div>"
                   for n, name in enumerate(("Thông báo", "Tin xem nhiều", "Hỏi đáp trực tuyến")))
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Tin tức - Sự kiện - Cổng thông tin điện tử tỉnh Hà Nam</title></head><body>
<div class="banner"><a href="/web/guest/trang-chu"><img src="/logo.png" alt="Trang chủ"></a></div>
<div class="main"><div class="portlet">
<h2 class="wd-tlh1-2">Kinh tế</h2><div class="detail"><h3 class="wd-tlh3-4"><a href="#">{TITLE}</a></h3>
<p class="wd-date">Ngày cập nhật 10/12/2024 16:25</p><div class="content">{BODY}</div></div></div>
<div class="side">{side}</div></div></body></html>"""
    article = extract(page, "https://hanam.example/web/guest/tin-tuc-su-kien/-/vcmsviewcontent/Xa8Q/1002/1001/58213")
    assert article.title == TITLE
    assert article.published == "2024-12-10T16:25:00+07:00"


def _page(content: str, meta: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE}</title>
<meta property="og:type" content="article"></head><body><header><a href="/">Trang chủ</a></header><main><article>
<h1 class="article__title">{TITLE}</h1><div class="article__meta">{meta}<time>10/12/2024 16:25</time></div>
{content}</article></main><footer>© Báo Tiền Phong</footer></body></html>"""


def test_two_writers_links_with_nothing_between_them_are_two_writers():
    meta = ('<div class="wrap-author"><a class="author cms-author" href="/author/hoang-cuong-845.tpo">Hoàng Cường</a>'
            '<a class="author cms-author" href="/author/le-vu-1130.tpo">Lê Vũ</a></div>')
    article = extract(_page(f'<div class="article__body">{BODY}</div>', meta), "https://tp.example/tin-post1.tpo")
    assert article.author == "Hoàng Cường, Lê Vũ"


def test_a_source_s_label_alone_in_its_span_after_the_body_credits_the_source():
    source = '<div class="article__source"><span class="source-label">Theo</span> <span class="cms-source">TTXVN</span></div>'
    article = extract(_page(f'<div class="article__body">{BODY}</div>{source}'), "https://tp.example/tin-post2.tpo")
    assert article.source == "TTXVN"
    assert article.text.splitlines() == list(PARAGRAPHS)


def test_a_journal_s_author_block_opening_the_body_is_no_text():
    head = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Article", "headline": "'
            + TITLE + '", "author": {"@type": "Person", "name": "ThS. Vũ Thị Minh Nguyệt"}}</script>')
    block = ('<p style="text-align: right;"><strong>ThS. VŨ THỊ MINH NGUYỆT</strong><br>'
             "<em>Tòa án nhân dân tỉnh Ninh Bình</em></p>")
    sapo = ("Bộ luật Dân sự năm 2015 kéo dài thời hiệu yêu cầu chia di sản, nhưng thực tiễn xét xử cho thấy cách tính "
            "thời hiệu còn nhiều cách hiểu khác nhau.")
    page = _page(f'<h5 class="short-desc"><strong>{sapo}</strong></h5><div class="post-entry">{block}{BODY}</div>')
    article = extract(page.replace("</head>", head + "</head>"), "https://tapchi.example/hoan-thien-quy-dinh17642.html")
    assert article.author == "Vũ Thị Minh Nguyệt"
    assert article.text.splitlines() == [sapo, *PARAGRAPHS]
