"""The fifty-fifth round's blind misses and an older held-out one: a Q&A page whose theme
indents the wrappers of its header (the category's link, the headline, the byline), an event's
page ahead whose post wrapper holds the column wrapper of its <main> and <aside>, and several
writers printed a card each in one author block."""

from __future__ import annotations

from crawler.extract import extract

INDENT = "\n" + " " * 28


def _header_page(content: str, title: str) -> str:
    # A theme writes its header line by line, each line indented: the wrapper holding the
    # category's link, the headline and the byline has far more white space than text.
    header = (f'<header class="entry-header">{INDENT}<div class="header-inner">{INDENT}<div class="header-meta">'
              f'{INDENT}<ul class="cat-links">{INDENT}<li>{INDENT}<a href="/chuyen-muc/hoi-dap/">{INDENT}Hỏi đáp'
              f'{INDENT}</a>{INDENT}</li>{INDENT}</ul>{INDENT}<h1 class="entry-title">{title}</h1>{INDENT}'
              f'<span class="byline">{INDENT}<span>Bởi</span>{INDENT}<a href="/author/le-van-hai/">{INDENT}Lê Văn Hải'
              f'{INDENT}</a>{INDENT}</span>{INDENT}<span class="posted-on">{INDENT}3 tuần trước{INDENT}</span>'
              + INDENT * 12 + "</div></div></header>")
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title} – Xã Hòa Bình</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-04-08T09:12:00+07:00"></head><body>
<div class="site-header"><a href="/">Cổng thông tin xã Hòa Bình</a><a href="/chuyen-muc/tin-tuc/">Tin tức</a></div>
<main><article class="post type-post"><div class="post-wrap">{header}
<div class="entry-content">{content}</div></div></article></main>
<footer class="site-footer">© UBND xã Hòa Bình</footer></body></html>"""


QUESTION = ("<p><em>Ông Phạm Văn Tùng (thôn Đông Hải) hỏi: Gia đình tôi muốn chuyển mục đích sử dụng 200 m² đất vườn "
            "sang đất ở. Vậy hồ sơ gồm những gì và nộp ở đâu?</em></p>")
ANSWER = ("<p><strong>Công chức Địa chính - Xây dựng xã trả lời như sau:</strong></p>"
          "<p>Theo quy định của Luật Đất đai, hộ gia đình nộp đơn đề nghị chuyển mục đích sử dụng đất theo mẫu kèm "
          "giấy chứng nhận quyền sử dụng đất tại Bộ phận Một cửa của UBND huyện.</p>"
          "<p>Sau khi có quyết định cho phép, gia đình nộp tiền sử dụng đất theo thông báo của cơ quan thuế và được "
          "chỉnh lý biến động trên giấy chứng nhận trong thời hạn 15 ngày làm việc.</p>")
STORY = ("<p>Sáng 7/4, UBND xã Hòa Bình tổ chức hội nghị đối thoại với hơn 120 hộ dân về công tác bồi thường, giải "
         "phóng mặt bằng dự án nâng cấp tuyến đường liên xã đi qua ba thôn.</p>"
         "<p>Tại hội nghị, người dân đề nghị xã công khai phương án bồi thường, sớm di dời cột điện và hoàn trả mương "
         "tưới tiêu trước vụ hè thu; lãnh đạo xã đã trả lời từng ý kiến.</p>"
         "<p>Dự án có tổng mức đầu tư 18 tỷ đồng, dự kiến khởi công trong tháng 5 và hoàn thành trước mùa mưa bão "
         "năm nay.</p>")


def test_a_qa_page_under_an_indented_theme_header_is_no_story():
    page = _header_page(QUESTION + ANSWER, "Giải đáp về thủ tục chuyển mục đích sử dụng đất")
    article = extract(page, "https://xahoabinh.example/2025/04/08/giai-dap-ve-thu-tuc-chuyen-muc-dich-su-dung-dat/")
    assert not article.is_article and "Q&A" in article.reason


def test_a_story_under_the_same_header_is_kept():   # guard: passes before the change too
    page = _header_page(STORY, "Đối thoại với người dân về giải phóng mặt bằng đường liên xã")
    article = extract(page, "https://xahoabinh.example/2025/04/08/doi-thoai-voi-nguoi-dan-ve-giai-phong-mat-bang/")
    assert article.is_article and article.text.startswith("Sáng 7/4") and article.author == "Lê Văn Hải"


def _hero_page(content: str, title: str, aside: str, head: str = "", byline: str = "") -> str:
    # The post's wrapper holds the headline's hero band and the columns under it; one wrapper
    # holds the <main> column and the <aside> beside it.
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-02-10T08:00:00+07:00">{head}</head><body>
<div class="topbar"><a href="/">Sắc Màu Tây Bắc</a><a href="/van-hoa/">Văn hóa</a><a href="/du-lich/">Du lịch</a></div>
<div class="post-wrap"><div class="hero"><h1 class="entry-title">{title}</h1>{byline}<time datetime="2026-02-10T08:00:00+07:00">
10 Tháng Hai, 2026</time></div>
<div class="cols"><main class="main-col"><article class="post"><div class="entry-content">{content}</div></article>
</main><aside class="sidebar">{aside}</aside></div></div><footer>© Sắc Màu Tây Bắc</footer></body></html>"""


ASIDE = ('<div class="widget"><h3>Đăng ký nhận bản tin</h3><p>Nhận những câu chuyện văn hóa, ẩm thực và du lịch '
         'Tây Bắc mỗi tuần qua email của bạn.</p><form><input name="email"><button>Đăng ký</button></form></div>')
FAIR = ("<p>Lễ hội Hoa Ban năm 2026 sẽ diễn ra từ ngày 5 đến 8/3/2026 tại thành phố Điện Biên Phủ. Thông tin chi tiết "
        "như sau:</p><ul><li><strong>Thời gian:</strong> Từ ngày 5/3 đến 8/3/2026.</li>"
        "<li><strong>Địa điểm:</strong> Quảng trường 7/5, thành phố Điện Biên Phủ.</li>"
        "<li><strong>Đơn vị tổ chức:</strong> UBND tỉnh phối hợp với Hiệp hội Du lịch.</li>"
        "<li><strong>Vé vào cửa:</strong> Miễn phí.</li></ul><h3>Chương trình chính</h3><ul>"
        "<li>5/3, 20h00: Lễ khai mạc, đêm nghệ thuật Sắc màu hoa ban.</li><li>6/3: Thi người đẹp hoa ban.</li>"
        "<li>8/3: Lễ bế mạc.</li></ul><h3>Đăng ký gian hàng</h3><p>Các đơn vị, hộ kinh doanh có nhu cầu đăng ký gian "
        "hàng ẩm thực, đặc sản liên hệ Ban tổ chức qua số điện thoại 0215.3825.111 trước ngày 25/2/2026.</p>")


def test_an_event_page_ahead_beside_a_sidebar_in_one_wrapper_is_no_story():
    # The wrapper of the <main> and the <aside> is no paragraph of prose of its own.
    page = _hero_page(FAIR, "Lễ hội Hoa Ban năm 2026: Thời gian, địa điểm, chương trình", ASIDE)
    article = extract(page, "https://sacmautaybac.example/le-hoi-hoa-ban-nam-2026-thoi-gian-dia-diem/")
    assert not article.is_article and "event" in article.reason


def test_a_story_beside_the_same_sidebar_is_kept():   # guard: passes before the change too
    page = _hero_page(STORY, "Đối thoại với người dân về giải phóng mặt bằng đường liên xã", ASIDE)
    article = extract(page, "https://sacmautaybac.example/doi-thoai-voi-nguoi-dan/")
    assert article.is_article and article.text.startswith("Sáng 7/4")


def test_two_writers_linked_under_by_are_both_named():
    # The theme links each writer under "Bởi"; the metadata names the first only.
    byline = ('<div class="meta-author co-authors"><span class="meta-label">Bởi</span>'
              '<div class="meta-separate"><a href="/author/thu-ha/">Thu Hà</a></div>'
              '<div class="meta-separate"><a href="/author/quoc-dung/">Quốc Dũng</a></div></div>')
    page = _hero_page(STORY, "Đối thoại với người dân về giải phóng mặt bằng đường liên xã", ASIDE,
                      head='<meta name="author" content="Thu Hà">', byline=byline)
    article = extract(page, "https://sacmautaybac.example/doi-thoai-voi-nguoi-dan/")
    assert article.author == "Thu Hà, Quốc Dũng" and "Quốc Dũng" not in article.text


def test_two_writers_in_a_fields_items_under_its_label_are_both_named():
    # Drupal's inline field: its label in an element of its own, then a wrapper of its items,
    # the last of them at the body's end where a signature stands.
    field = ('<div class="field field--name-field-tac-gia field--label-inline"><div class="field__label">Tác giả</div>'
             '<div class="field__items"><div class="field__item">Lan Anh</div>'
             '<div class="field__item">Trọng Nghĩa</div></div></div>')
    page = _hero_page(STORY + field, "Đối thoại với người dân về giải phóng mặt bằng đường liên xã", ASIDE)
    article = extract(page, "https://sacmautaybac.example/doi-thoai-voi-nguoi-dan/")
    assert article.author == "Lan Anh, Trọng Nghĩa" and "Trọng Nghĩa" not in article.text
