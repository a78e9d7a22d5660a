"""The sixty-seventh round's blind misses, by structure: a domain as the page's meta author, an
order box with a hotline among a site builder's blocks, a writer's affiliation under the
signature, and a document signed under its formula ("TM. …") over the signer's position."""

from __future__ import annotations

from crawler.extract import extract

PARAGRAPHS = (
    "Những ngày cuối tháng 11, các nhà vườn của hợp tác xã đồng loạt vào vụ thu hoạch, sản lượng ước đạt hơn 1.200 "
    "tấn, tăng khoảng 15% so với cùng kỳ năm trước nhờ thời tiết thuận lợi.",
    "Theo ban giám đốc hợp tác xã, năm nay đơn vị đầu tư thêm một dây chuyền rửa và băng tải phân loại, giúp giảm "
    "một nửa số lao động thủ công và rút ngắn thời gian giao hàng cho đối tác.",
    "Từ nay đến Tết Nguyên đán, hợp tác xã sẽ cung ứng khoảng 600 tấn cho các đối tác, phần còn lại bán lẻ qua cửa "
    "hàng giới thiệu sản phẩm và các kênh thương mại điện tử.",
)
BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def _page(content: str, head: str = "", title: str = "Vào vụ thu hoạch bưởi da xanh cuối năm") -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:type" content="article">{head}</head><body><header><a href="/">Trang chủ</a>
<a href="/tin-tuc/">Tin tức</a><a href="/lien-he/">Liên hệ</a></header><main><article><h1>{title}</h1>
<div class="date">24/11/2026 07:40</div><div class="entry-content">{content}</div></article></main>
<footer>© Hợp tác xã</footer></body></html>"""


def test_a_domain_as_meta_author_leaves_the_writer_json_ld_names():
    head = ('<meta name="author" content="toquoc.vn"><script type="application/ld+json">{"@context": '
            '"https://schema.org", "@type": "NewsArticle", "headline": "Vào vụ thu hoạch bưởi da xanh cuối năm", '
            '"datePublished": "2026-11-24T07:40:00+07:00", "author": {"@type": "Person", "name": "Lam Giang"}}'
            "</script>")
    article = extract(_page(BODY, head), "https://toquoc.example/vao-vu-thu-hoach-20261126170930884.htm")
    assert article.author == "Lam Giang"


def test_an_order_box_with_a_hotline_among_a_builders_blocks_is_no_text():
    # (the box's heading glued to its hotline line read "…HƯNGHotline": its words are read apart)
    box = ('<div class="zpelem-box zpelement"><div class="zpelement zpelem-heading"><h4 class="zpheading">ĐẶT MUA '
           'BƯỞI DA XANH PHƯỚC LONG HƯNG</h4></div><div class="zpelement zpelem-text"><div class="zptext"><p>Hotline/'
           'Zalo: 0912 468 135 - Giao hàng tận nơi tại các tỉnh miền Tây.</p></div></div><div class="zpelement '
           'zpelem-button"><a class="zpbutton" href="/lien-he">Đặt hàng ngay</a></div></div>')
    texts = "".join(f'<div class="zpelement zpelem-text"><div class="zptext"><p>{p}</p></div></div>' for p in PARAGRAPHS)
    article = extract(_page(f'<div class="zprow"><div class="zpelem-col zpcol-12">{texts}{box}</div></div>'),
                      "https://htx.example/blogs/post/thu-hoach-buoi-da-xanh")
    assert article.text.splitlines() == list(PARAGRAPHS)


def test_a_writers_affiliation_under_the_signature_is_no_text():
    signed = ('<p style="text-align: right;"><strong>Trần Đình Thuận</strong></p>'
              '<p style="text-align: right;"><em>(Nguyên giáo viên Ngữ văn Trường THPT Can Lộc)</em></p>')
    article = extract(_page(BODY + signed), "https://hoicgc.example/nho-nhung-mua-thi/")
    assert article.author == "Trần Đình Thuận"
    assert article.text.splitlines() == list(PARAGRAPHS)


def test_a_source_line_under_the_signature_stays_the_source():
    signed = ('<p style="text-align: right;"><strong>Thu Hà</strong></p>'
              '<p style="text-align: right;"><em>(Theo Báo Hà Tĩnh)</em></p>')
    article = extract(_page(BODY + signed), "https://hoicgc.example/nho-nhung-mua-thi/")
    assert (article.author, article.source) == ("Thu Hà", "Báo Hà Tĩnh")


def test_a_document_signed_under_its_formula_over_the_signers_position_is_no_story():
    letter = ("<table><tr><td>HỘI CỰU GIÁO CHỨC TỈNH<br>BAN THƯỜNG VỤ<br>Số: 45/TB-HCGC</td><td>CỘNG HÒA XÃ HỘI CHỦ "
              "NGHĨA VIỆT NAM<br>Độc lập – Tự do – Hạnh phúc<br>Hà Tĩnh, ngày 01 tháng 12 năm 2026</td></tr></table>"
              "<p>Thực hiện chương trình công tác năm 2026, Ban Thường vụ Hội triệu tập Hội nghị Ban Chấp hành mở "
              "rộng như sau:</p><p>1. Thời gian: 7 giờ 30 phút, thứ Bảy, ngày 05/12/2026.</p><p>2. Địa điểm: Hội "
              "trường Trường Chính trị Trần Phú.</p><p>3. Thành phần: các đồng chí Ủy viên Ban Chấp hành Hội.</p>"
              '<p style="text-align: right;"><strong>TM. BAN THƯỜNG VỤ</strong><br><strong>CHỦ TỊCH</strong><br>'
              "<em>(Đã ký)</em><br><strong>Nguyễn Đình Lương</strong></p>")
    article = extract(_page(letter, title="Thông báo triệu tập Hội nghị Ban Chấp hành Hội mở rộng"),
                      "https://hoicgc.example/thong-bao-trieu-tap-hoi-nghi/")
    assert not article.is_article
    assert article.author is None
