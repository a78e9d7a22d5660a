"""Boxes by structure (extract.boxes): teaser runs whatever their heading, comments, templates."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crawler.extract import extract, parse_html
from crawler.extract.boxes import (
    SiteKnowledge,
    _teaser_target,
    _unpack,
    block_hashes,
    remove_comments,
    remove_signups,
    remove_teaser_boxes,
    title_hash,
)
from crawler.extract.detect import PageContext

URL = "http://127.0.0.1:8000/tin-tuc/nong-dan-bac-son-thu-hoach-na-som-gia-cao.html"
STORY = [
    "Những ngày này, nông dân các xã Bắc Sơn, Long Đống, Vũ Lăng đang tất bật thu hoạch na sớm.",
    "Toàn huyện hiện có gần 700 ha na, trong đó khoảng 150 ha được điều khiển ra hoa để thu hoạch sớm.",
    "Gia đình ông Hoàng Văn Hưng có 600 gốc na, ước thu hoạch 5 tấn, trong đó hơn một nửa là na sớm.",
    "Theo Phòng Nông nghiệp huyện, huyện đã hỗ trợ nông dân xây dựng nhãn hiệu tập thể cho quả na.",
]
TEASERS = [("/tin-tuc/khanh-thanh-cau-dan-sinh-noi-hai-thon-xa-dong-tien.html",
            "Khánh thành cầu dân sinh nối hai thôn xã Đông Tiến"),
           ("/tin-tuc/ra-quan-ve-sinh-moi-truong-huong-ung-chien-dich.html",
            "Ra quân vệ sinh môi trường hưởng ứng chiến dịch làm sạch"),
           ("/tin-tuc/hoi-thi-nau-an-gia-dinh-tai-trung-tam-van-hoa.html",
            "Hội thi nấu ăn gia đình tại Trung tâm Văn hóa huyện")]


def page(after_body: str = "", in_body: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return ("<html lang='vi'><head><title>Nông dân Bắc Sơn thu hoạch na sớm</title></head><body>"
            "<div class='detail'><h1>Nông dân Bắc Sơn thu hoạch na sớm</h1>"
            f"<div class='date'>21/08/2018 07:30</div><div class='content'>{body}{in_body}</div>"
            f"{after_body}</div></body></html>")


def strip(heading: str = "") -> str:
    """Teasers with thumbnails, titles, blurbs and dates, under any heading or none."""
    items = "".join(f"<div class='item'><a href='{href}'><img src='/a.jpg'></a><h3><a href='{href}'>{title}</a></h3>"
                    f"<p>Tóm tắt của bài {i}: nội dung ngắn giới thiệu bài viết.</p><span>20/08/2018</span></div>"
                    for i, (href, title) in enumerate(TEASERS))
    return f"<div class='strip'>{heading}{items}</div>"


def test_teaser_strips_go_whatever_their_heading():
    for heading in ("", "<h2>Có thể bạn chưa đọc</h2>", "<div class='title'>Nổi bật tuần qua</div>"):
        article = extract(page(after_body=strip(heading)), URL)
        assert article.is_article
        assert article.text.split("\n") == STORY, heading
        for _href, title in TEASERS:
            assert title not in article.text


def test_gallery_cards_behind_an_empty_link_go():
    """Cards whose link is an empty anchor laid over them, the title a line of the card."""
    cards = "".join(f"<div class='card'><a href='{href}'></a><span><img src='/a.jpg'></span><div>"
                    f"<div><span>{title}</span></div><div><span>20/08/2018</span></div><div><span>Nông nghiệp</span>"
                    f"</div><div><span>Tóm tắt của bài {i}: nội dung ngắn giới thiệu bài viết.</span></div></div></div>"
                    for i, (href, title) in enumerate(TEASERS))
    tree = parse_html(page(after_body=f"<div class='gallery'>{cards}</div>"))
    assert tree is not None
    assert remove_teaser_boxes(tree, URL) == len(TEASERS)
    text = tree.text_content()
    assert all(p in text for p in STORY) and not any(title in text for _href, title in TEASERS)


def test_links_inside_story_paragraphs_stay():
    linked = [f"<p>Như đã đưa tin, <a href='{h}'>{t}</a> là công trình được người dân mong đợi từ lâu.</p>"
              for h, t in TEASERS[:2]]
    article = extract(page(in_body="".join(linked)), URL)
    for _h, title in TEASERS[:2]:
        assert title in article.text


def test_a_lone_teaser_line_in_the_body_goes():
    href, title = TEASERS[0]
    article = extract(page(in_body=f"<p><strong>Xem thêm:</strong> <a href='{href}'>{title}</a></p>"), URL)
    assert title not in article.text and article.text.split("\n") == STORY


def test_links_to_other_sites_are_not_teasers():
    tree = parse_html(page(after_body="<ul>" + "".join(
        f"<li><a href='https://other.example/{i}'>{t}</a></li>" for i, (_h, t) in enumerate(TEASERS)) + "</ul>"))
    assert remove_teaser_boxes(tree, URL) == 0


def test_reader_comments_go():
    comments = "".join(
        f"<div class='y-kien'><div class='ten'>{name}</div><div class='gio'>22/08/2018 0{i}:55</div>"
        f"<div class='noi-dung'>{text}</div></div>"
        for i, (name, text) in enumerate([("Hoàng Minh", "Na Bắc Sơn năm nay ngọt lắm, đã đặt mua hai thùng."),
                                          ("Lê Thu Hà", "Mong huyện sớm có phiên chợ na để bà con bán được giá.")]))
    form = "<form action='/binh-luan'><label>Họ tên</label><input name='ten'><textarea></textarea></form>"
    tree = parse_html(page(after_body=f"<div class='ykien-box'>{comments}{form}</div>"))
    assert remove_comments(tree) == 3
    article = extract(page(after_body=f"<div class='ykien-box'>{comments}{form}</div>"), URL)
    assert "ngọt lắm" not in article.text and "Hoàng Minh" not in article.text and "Họ tên" not in article.text
    assert article.text.split("\n") == STORY


def test_an_article_header_is_not_a_comment():
    tree = parse_html(page())
    assert remove_comments(tree) == 0


def _columns(main_id: str, side_id: str) -> str:
    """A portal's two columns, each a block of its own id: the story (under its breadcrumb, with
    its posting line, its share links and a list of the section's other titles with their
    dates) and a side column of most-read titles with their dates, a search form and an RSS link."""
    story = "".join(f"<p>{p}</p>" for p in STORY)
    def dated(items):
        return "".join(f"<li><a href='{href}'>{title}</a> <span class='ngay'>(2{i}/08/2018)</span></li>"
                       for i, (href, title) in enumerate(items))
    return ("<html lang='vi'><head><title>Nông dân Bắc Sơn thu hoạch na sớm</title></head><body><div id='wrap'>"
            f"<div id='{main_id}'><ul class='crumbs'><li><a href='/'>Trang chủ</a></li>"
            "<li><a href='/nong-nghiep'>Nông nghiệp</a></li></ul>"
            "<h2 class='title'>Nông dân Bắc Sơn thu hoạch na sớm</h2>"
            "<p class='meta'><span class='ngay'>21/08/2018 - 07:30</span> | Người đăng: "
            f"<a href='/thanh-vien/2'>quantri</a></p><div class='noi-dung'>{story}</div>"
            "<div class='chia-se'>Chia sẻ: <a href='https://www.facebook.com/sharer/sharer.php'>Facebook</a> "
            "<a href='https://zalo.me/share'>Zalo</a></div>"
            f"<div class='cung-muc'><h3>Tin cùng chuyên mục</h3><ul>{dated(TEASERS[:1])}</ul></div></div>"
            f"<div id='{side_id}'><h3>Tìm kiếm</h3><form action='/tim'><input name='q'></form>"
            f"<div class='doc-nhieu'><h3>Đọc nhiều</h3><ul>{dated(TEASERS[1:])}</ul></div>"
            "<p><a href='/rss'>RSS</a></p></div></div></body></html>")


def test_a_page_s_columns_are_no_run_of_comments():
    # Two columns, each holding a dated line and a linked name: ids of their own, no run alike.
    tree = parse_html(_columns("cot-chinh", "cot-phu"))
    assert remove_comments(tree) == 0
    article = extract(_columns("cot-chinh", "cot-phu"), URL)
    assert article.text.split("\n") == STORY


@pytest.mark.parametrize("ids", [("1041", "1057"), ("6f1c2a9e", "0b7d4e13")])
def test_comments_numbered_in_their_ids_are_a_run(ids):
    """Numbered by the CMS's counter or by a key: "comment-1041", "comment-6f1c2a9e"."""
    comments = "".join(
        f"<li id='comment-{key}' class='comment'><div class='comment-author'>{name}</div>"
        f"<div class='comment-meta'>22/08/2018 0{n}:55</div><p>{text}</p></li>"
        for n, key, (name, text) in [(7, ids[0], ("Hoàng Minh", "Na Bắc Sơn năm nay ngọt lắm, đã đặt mua hai thùng.")),
                                     (9, ids[1], ("Lê Thu Hà", "Mong huyện sớm có phiên chợ na để bà con bán được giá."))])
    tree = parse_html(page(after_body=f"<ol class='commentlist'>{comments}</ol>"))
    assert remove_comments(tree) == 2


def test_template_and_known_titles_go_with_the_site_knowledge():
    notice = "Mời bạn đọc gửi tin bài, ảnh phản ánh về địa chỉ email toasoan@bao.example để được đăng tải."
    other = "Đường về vùng vải thiều vào mùa thu hoạch năm nay"
    crumb = "<div class='breadcrumb'><a href='/'>Trang chủ</a> › <a href='/kinh-te/'>Kinh tế nông nghiệp</a></div>"
    html = page(in_body=f"<p>{notice}</p><p>{other}</p>").replace("<div class='detail'>", crumb + "<div class='detail'>")
    plain = extract(html, URL)
    assert notice in plain.text and other in plain.text
    # What the crawl learned from other pages of the site: the notice block, another article's title.
    def other_page(i):
        html = page(in_body=f"<p>{notice}</p>").replace("<div class='detail'>", crumb + "<div class='detail'>")
        for j, line in enumerate(STORY):
            html = html.replace(line, f"Đoạn {j} của bài {i}, một câu chuyện khác của cùng trang báo.")
        return html
    seen = [block_hashes(parse_html(other_page(i))) for i in range(3)]
    template = set.intersection(*map(set, seen))
    knowledge = SiteKnowledge.of(template, [
        title_hash(other)])
    known = extract(html, URL, context=PageContext(knowledge=knowledge))
    assert notice not in known.text and other not in known.text
    assert known.text.split("\n") == STORY
    assert known.title == "Nông dân Bắc Sơn thu hoạch na sớm"
    assert known.category == plain.category == "Kinh tế nông nghiệp"   # the breadcrumb is template, and a field


def test_a_template_that_is_most_of_the_page_stays():
    html = page()
    knowledge = SiteKnowledge.of(block_hashes(parse_html(html)))
    assert extract(html, URL, context=PageContext(knowledge=knowledge)).text.split("\n") == STORY


def test_a_comment_thread_named_so_goes_after_the_body():
    # Drupal's comments: "Submitted by … on …" is no short time stamp, but the thread is named.
    comments = "".join(
        f"<article class='comment js-comment'><footer><p>Submitted by <span>{name}</span> on Mon, "
        f"05/20/2024 - 1{i}:20</p></footer><div class='content'><h3><a href='/comment/{i}'>{title}</a></h3>"
        f"<p>{text}</p></div></article>"
        for i, (name, title, text) in enumerate([
            ("Hoàng Văn Nam", "Không khí rất sôi động", "Năm nào tôi cũng đưa cả nhà đi xem, năm nay rất vui."),
            ("Lê Thị Hạnh", "Đề nghị", "Mong ban tổ chức bố trí thêm chỗ đứng xem an toàn cho trẻ em.")]))
    thread = f"<section class='field field--name-comment comment-wrapper'><h2>Ý kiến</h2>{comments}</section>"
    article = extract(page(after_body=thread), URL)
    assert article.text.split("\n") == STORY


def test_a_section_title_above_the_headline_goes():
    html = page().replace("<h1>", "<header class='portlet-topper'><h2>Tin tức - Sự kiện</h2></header><h1>")
    article = extract(html, URL)
    assert article.title == "Nông dân Bắc Sơn thu hoạch na sớm"
    assert article.text.split("\n") == STORY


def test_sidebar_widgets_counters_tool_bars_and_date_lines_go():
    # A government portal laid out in a table: widget titles over link lists, a visitor
    # counter, a print/back tool bar under the body, a labelled date line above it.
    widget = ("<table class='box'><tr><td class='box-title'>DỊCH VỤ CÔNG</td></tr><tr><td><ul>"
              "<li><a href='https://dichvucong.example.vn'>Dịch vụ công trực tuyến</a></li>"
              "<li><a href='https://dichvucong.example.gov'>Cổng Dịch vụ công quốc gia</a></li>"
              "<li><a href='/hoi-dap'>Hỏi đáp trực tuyến</a></li></ul></td></tr></table>"
              "<table class='box'><tr><td class='box-title'>THỐNG KÊ TRUY CẬP</td></tr>"
              "<tr><td>Đang online: 15<br>Tổng lượt truy cập: 2.135.480</td></tr></table>")
    story = "".join(f"<p>{p}</p>" for p in STORY)
    html = ("<html lang='vi'><head><title>Nông dân Bắc Sơn thu hoạch na sớm</title></head><body><table><tr>"
            f"<td class='left'>{widget}</td><td class='center'><div class='detail'>"
            "<span class='title-detail'>Nông dân Bắc Sơn thu hoạch na sớm</span>"
            "<div class='date-detail'><span>Ngày đăng: 21/08/2018</span> | </div>"
            f"<div class='content'>{story}</div><div class='tools'><a href='javascript:window.print();'>In trang"
            "</a> | <a href='javascript:history.back();'>Quay lại</a> | <a href='#top'>Về đầu trang</a></div>"
            "</div></td></tr></table></body></html>")
    article = extract(html, URL)
    assert article.published == "2018-08-21"
    assert article.text.split("\n") == STORY


def test_a_block_named_as_the_lead_that_holds_the_story_is_the_body():
    story = "".join(f"<div>{p}</div><div><br></div>" for p in STORY)
    html = page().replace(f"<div class='content'>{''.join(f'<p>{p}</p>' for p in STORY)}</div>",
                          f"<div class='post-body' itemprop='description articleBody'>{story}</div>")
    assert extract(html, URL).text.split("\n") == STORY


def test_a_kicker_inside_the_body_stays():
    html = page().replace("<div class='content'>", "<div class='content'><h2>Nông nghiệp sạch</h2>")
    assert extract(html, URL).text.split("\n") == ["Nông nghiệp sạch", *STORY]


def test_a_url_that_says_online_is_no_visitor_counter():
    line = "Nguồn bài: http://www.nongnghieponline.example.vn/2018/08/na-bac-son.html#ixzz2Ppy: 2018"
    assert line in extract(page(in_body=f"<p>{line}</p>"), URL).text


_HREF_PIECES = st.sampled_from(["/", "a", ".", "..", "?", "#", "=", "&", ";", " ", "\t", "\n", "%2e", "b.html",
                                "//", "x:y", "[", "]", "www.", "127.0.0.1:8000"])


@settings(max_examples=400, deadline=None)
@given(start=st.sampled_from(["/", "", "http://127.0.0.1:8000/", "//127.0.0.1:8000/", "HTTP://www.127.0.0.1:8000",
                              "javascript:", "#"]),
       pieces=st.lists(_HREF_PIECES, max_size=8),
       page=st.sampled_from([URL, "https://www.127.0.0.1:8000/", "http://127.0.0.1:8000/a?x=1", None]),
       host=st.sampled_from([None, "127.0.0.1:8000"]))
def test_a_teaser_link_leads_where_urljoin_says(start, pieces, page, host):
    # Links from the site's root skip urljoin (the hot path of teaser finding): same targets.
    href = start + "".join(pieces)
    stripped = href.strip()
    expected = None
    if stripped and not stripped.startswith(("#", "javascript:", "mailto:", "tel:")):
        try:
            parts = urlsplit(urljoin(page, stripped) if page else stripped)
        except ValueError:
            parts = None
        if parts is not None and (host is None or parts.netloc.lower().removeprefix("www.") == host) \
                and (parts.path not in ("", "/") or parts.query):
            target = f"{parts.path}?{parts.query}"
            own = urlsplit(page) if page else None
            expected = None if own is not None and target == f"{own.path}?{own.query}" else target
    assert _teaser_target(href, page, host) == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=-2**63, max_value=2**63 - 1), max_size=50))
def test_site_knowledge_packs_sorted_big_endian_integers(values):
    # The packed form is what workers receive: 8-byte big-endian signed, sorted, distinct.
    packed = SiteKnowledge.of(values, ()).template
    assert packed == b"".join(v.to_bytes(8, "big", signed=True) for v in sorted(set(values)))
    assert _unpack(packed) == frozenset(values)


def test_a_series_box_goes_whatever_its_heading():
    """A box listing the parts of a series ("Kỳ 1", the current part unlinked, "Kỳ 3" to come):
    a teaser box, though only one of its items links another page."""
    story = "".join(f"<p>Đoạn {n}: người dân xã Hương Trà kể lại những mùa lũ đã qua, những căn nhà nổi và "
                    f"con đò chở học trò tới lớp mỗi sáng trong suốt nhiều năm liền.</p>" for n in range(1, 6))
    series = ("<aside class='chuoi-bai'><h5>Chuỗi phóng sự: Sống chung với lũ</h5><ol>"
              "<li><a href='/phong-su/song-chung-voi-lu-ky-1-nha-noi-tren-song-huong'>Kỳ 1 - Nhà nổi trên sông Hương</a></li>"
              "<li><b>Kỳ 2 - Con đò chở chữ</b></li><li>Kỳ 3 - Mùa nước rút (đón đọc)</li></ol></aside>")
    page_ = (f"<html><body><article><h1>Kỳ 2: Con đò chở chữ qua sông mùa lũ</h1><div class='noi-dung'>{story}"
             f"{series}</div></article></body></html>")
    text = extract(page_, "http://127.0.0.1:8000/phong-su/song-chung-voi-lu-ky-2-con-do-cho-chu").text
    assert "Đoạn 5" in text
    assert "Nhà nổi trên sông Hương" not in text and "Mùa nước rút" not in text and "Chuỗi phóng sự" not in text
    # A story's own numbered list (steps, not parts of a series) stays.
    steps = "<ol><li>Bước 1: nộp hồ sơ tại xã</li><li>Bước 2: nhận kết quả sau năm ngày</li></ol>"
    kept = extract(page_.replace(series, steps), "http://127.0.0.1:8000/phong-su/song-chung-voi-lu-ky-2-con-do").text
    assert "nộp hồ sơ tại xã" in kept


# A long-form report's first part: its series' box closes the body before the next part is out.
SERIES_STORY = [f"<p>Đoạn {n}: các tổ bảo vệ rừng cộng đồng ở huyện biên giới đi tuần bảy đến mười ngày một "
                f"chuyến, ghi chép từng dấu vết lạ rồi báo về trạm kiểm lâm gần nhất.</p>" for n in range(1, 6)]
SERIES_URL = "http://127.0.0.1:8000/giu-rung-dau-nguon-bai-1-nguoi-gac-rung-o-ban-nam-si-2460377.html"


def series_page(box: str, story: list[str] = SERIES_STORY,
                headline: str = "Giữ rừng đầu nguồn - Bài 1: Người gác rừng ở bản Nậm Sì") -> str:
    return (f"<html><head><title>{headline}</title></head><body><div class='detail'><h1>{headline}</h1>"
            f"<div class='detail-content'>{''.join(story)}{box}</div>"
            f"<p class='author'>Trần Lê Anh</p></div></body></html>")


@pytest.mark.parametrize("box", [
    # the current part (not linked, "active") and the next one announced, not yet linked
    "<div class='series-box'><div class='series-box__label'>Loạt bài Giữ rừng đầu nguồn</div><ul>"
    "<li class='active'>Bài 1: Người gác rừng ở bản Nậm Sì</li>"
    "<li>Bài 2: Giữ rừng nơi phên dậu (đăng ngày 30/11)</li></ul></div>",
    # a table of contents: heading, an ordered list, the current part in bold, two parts to come
    "<section class='tuyen-bai'><h3>Tuyến bài: Giữ rừng đầu nguồn</h3><ol>"
    "<li><strong>Bài 1 - Người gác rừng ở bản Nậm Sì</strong></li><li>Bài 2 - Giữ rừng nơi phên dậu</li>"
    "<li>Bài 3 - Khi rừng trả ơn người (kỳ tới)</li></ol></section>",
])
def test_a_series_box_naming_the_story_goes_though_no_part_is_linked(box):
    """A series' box with no link yet (the first part's, the next announced by its title): its
    item naming the story's own part, label and title, as the headline does, tells it a series' box."""
    text = extract(series_page(box), SERIES_URL).text
    assert "Đoạn 5" in text
    assert "Giữ rừng nơi phên dậu" not in text and "Người gác rừng ở bản Nậm Sì" not in text
    assert "Loạt bài" not in text and "Tuyến bài" not in text


def test_a_next_part_announced_in_a_sentence_and_a_quoted_part_stay():
    """The writer's own closing sentence on the next part ("Kỳ tới, chúng tôi …"), a paragraph
    quoting another series' "Kỳ 2", and a story's unlinked list of an exam's parts are the story's."""
    story = SERIES_STORY + [
        "<p>Bài báo “Kỳ 2: Giữ rừng nơi phên dậu” đăng năm ngoái trên tạp chí Kiểm lâm từng kể về tổ tuần tra này.</p>",
        "<p>Kỳ tới: chúng tôi theo chân lực lượng kiểm lâm vào những khu rừng giáp biên, nơi giữ rừng gắn với "
        "giữ đất.</p>"]
    text = extract(series_page("", story), SERIES_URL).text
    assert "Kỳ 2: Giữ rừng nơi phên dậu" in text and text.endswith("nơi giữ rừng gắn với giữ đất.")
    exam = ("<ol><li>Phần 1: Trắc nghiệm khách quan gồm 40 câu, làm trong 50 phút</li>"
            "<li>Phần 2: Tự luận gồm ba câu hỏi, làm trong 70 phút</li></ol>")
    exam_story = SERIES_STORY[:3] + [exam] + SERIES_STORY[3:]
    kept = extract(series_page("", exam_story, "Đề thi vào lớp 10 năm 2026 gồm hai phần"),
                   "http://127.0.0.1:8000/de-thi-vao-lop-10-nam-2026-gom-hai-phan-2460400.html").text
    assert "Trắc nghiệm khách quan gồm 40 câu" in kept and "Tự luận gồm ba câu hỏi" in kept


def test_a_programme_s_parts_in_a_story_are_no_series_box():
    """"Phần 1: Khai mạc, phát biểu của <a>Chủ tịch UBND tỉnh</a>", "Phần 2: …": a ceremony's
    programme told in the story, one part linking a person's page, is the story's list, not a
    series' box (whose linked items are the parts' titles)."""
    story = [f"<p>Đoạn {n}: tối 2/9, tại quảng trường trung tâm tỉnh diễn ra lễ kỷ niệm Quốc khánh với sự "
             f"tham gia của hàng nghìn người dân và du khách từ nhiều địa phương.</p>" for n in range(1, 6)]
    programme = ("<ol><li>Phần 1: Khai mạc, phát biểu của <a href='/lanh-dao/chu-tich-ubnd-tinh'>Chủ tịch UBND "
                 "tỉnh</a> và lễ chào cờ trang trọng</li><li>Phần 2: Chương trình nghệ thuật chủ đề Khát vọng "
                 "phương Nam</li><li>Phần 3: Bắn pháo hoa tầm thấp trong mười lăm phút</li></ol>")
    page_ = (f"<html><body><article><h1>Lễ kỷ niệm Quốc khánh tại quảng trường trung tâm tỉnh</h1>"
             f"<div class='noi-dung'>{''.join(story[:2])}{programme}{''.join(story[2:])}</div></article></body></html>")
    text = extract(page_, "http://127.0.0.1:8000/thoi-su/le-ky-niem-quoc-khanh-tai-quang-truong").text
    assert "Đoạn 5" in text
    assert "Chương trình nghệ thuật chủ đề Khát vọng" in text and "Bắn pháo hoa tầm thấp" in text


def notes(items: list[tuple[str, str]], heading: str = "<h4>57 notes</h4>") -> str:
    """A blog's notes under the post: each reader's avatar and linked name, then what they did."""
    rows = "".join(f"<li class='note'><a href='https://{who}.example/' title='{who}'><img src='/avatar-{who}.png'></a>"
                   f"<span><a href='https://{who}.example/'>{who}</a> {did}</span></li>" for who, did in items)
    return f"<section class='post-notes'>{heading}<ol>{rows}</ol></section>"


def test_a_list_of_readers_likes_and_reblogs_goes():
    activity = notes([("dulich", "reblogged this from mavankien and added: Năm nay em nhất định lên Bắc Sơn mùa na!"),
                      ("hoanghai", "liked this"), ("nguoimong", "liked this"), ("thanhnien", "liked this"),
                      ("mavankien", "posted this")])
    tree = parse_html(page(in_body=activity))
    assert tree is not None
    remove_comments(tree)
    text = tree.text_content()
    assert "liked this" not in text and "57 notes" not in text and "Bắc Sơn mùa na!" not in text
    assert STORY[-1] in text


def test_a_storys_list_of_places_alike_stays():
    """Items opening with a link, the same words after each: the story's list (no reader's picture)."""
    items = "".join(f"<li><a href='/xa/{x}'>Xã {x}</a> đạt chuẩn nông thôn mới năm 2018</li>"
                    for x in ("Long Đống", "Vũ Lăng", "Tân Lập", "Bắc Quỳnh"))
    tree = parse_html(page(in_body=f"<p>Các xã về đích trong năm:</p><ul>{items}</ul>"))
    assert tree is not None
    remove_comments(tree)
    assert "Xã Tân Lập đạt chuẩn nông thôn mới năm 2018" in tree.text_content()


@pytest.mark.parametrize("after", ["<a href='/tin/{n}.html'>Xem tiếp</a>", "Cập nhật lúc 10:3{n}",
                                   "Giám đốc Sở Nông nghiệp"])
def test_a_list_of_pictured_links_with_the_same_words_after_stays(after):
    """Teasers with a thumbnail, a title and a "Xem tiếp" link or a time; leaders with their
    photo, name and post: each item's words are a link's, a figure's or a title's, no template's
    action in lower case after a reader's name."""
    items = "".join(f"<li><a href='/tin/{n}.html'><img src='/anh/{n}.jpg'></a>"
                    f"<a href='/tin/{n}.html'>Người {n}</a> {after.format(n=n)}</li>" for n in range(1, 7))
    tree = parse_html(page(in_body=f"<div class='lanh-dao'><h4>Lãnh đạo</h4><ul>{items}</ul></div>"))
    assert tree is not None
    remove_comments(tree)
    text = tree.text_content()
    assert "Người 6" in text and "Lãnh đạo" in text


# A short story (two paragraphs) with a sign-up box and a one-card "other posts" box after it,
# in the story's own container: the page alone cannot narrow to the body, the boxes must go.

BRIEF = ["Sáng 23/11, Hội Nông dân xã Tân Lập phối hợp với Trạm Khuyến nông huyện tổ chức lớp tập huấn kỹ thuật "
         "chăm sóc na cho hơn 60 hội viên ở các thôn Nà Lừa, Khuổi Tát và Bản Chu.",
         "Các hội viên được hướng dẫn cách tỉa cành, bón phân hữu cơ và phòng trừ sâu bệnh cho cây na sau thu hoạch. "
         "Hội Nông dân xã dự kiến mở thêm hai lớp vào tháng 12."]
OTHER = ("/tin-tuc/khanh-thanh-cau-dan-sinh-noi-hai-thon-xa-dong-tien.html",
         "Khánh thành cầu dân sinh nối hai thôn xã Đông Tiến")
BRIEF_URL = "https://tanlap.example/tin-tuc/tap-huan-ky-thuat-cham-soc-na.html"
BRIEF_TITLE = "Tập huấn kỹ thuật chăm sóc na cho hội viên nông dân"


def wordpress_brief(last: str = "", signup: bool = True, card: bool = True) -> str:
    """A WordPress theme's post: the sign-up widget and the related card inside the <article>."""
    paragraphs = "".join(f"<p>{p}</p>" for p in BRIEF) + last
    box = ("<div class='wp-block-group has-pale-cyan-background-color'><h4 class='wp-block-heading'>Đăng ký nhận bản tin</h4>"
           "<p>Nhận tin mới nhất của xã Tân Lập qua hộp thư mỗi tuần, không bỏ lỡ tin nào.</p>"
           "<form method='post' class='mc4wp-form mc4wp-form-215'><label>Email</label>"
           "<input type='email' name='ne' required><input type='submit' value='Đăng ký'></form></div>") if signup else ""
    related = (f"<div class='wp-block-group read-next'><h3 class='wp-block-heading'>Bài viết khác</h3><div class='row'>"
               f"<div class='col-md-4 related-item'><a href='{OTHER[0]}'><h4 class='entry-title'>{OTHER[1]}</h4></a>"
               "<p class='excerpt'>Cây cầu dài 40 mét, rộng 3,5 mét được khánh thành sáng 20/11, nối thôn Nà Lừa với "
               "thôn Khuổi Tát, giúp hơn 200 hộ dân đi lại thuận tiện trong mùa mưa lũ […]</p></div></div></div>") \
        if card else ""
    return (f"<html lang='vi'><head><title>{BRIEF_TITLE} – Xã Tân Lập</title></head><body>"
            f"<article class='post type-post status-publish'><header class='entry-header'>"
            f"<h1 class='entry-title'>{BRIEF_TITLE}</h1><div class='entry-meta'>"
            "<time class='entry-date published' datetime='2026-11-23T08:15:00+07:00'>23/11/2026</time></div></header>"
            f"<div class='tdb-block-inner td-fix-index'>{paragraphs}</div>{box}{related}</article></body></html>")


def provincial_brief(last: str = "") -> str:
    """A provincial portal's CMS: an older form (a text field named for the e-mail), a
    one-item list of other news, a linked heading and a blurb."""
    paragraphs = "".join(f"<p style='text-align:justify'>{p}</p>" for p in BRIEF) + last
    return (f"<html><head><title>{BRIEF_TITLE}</title></head><body><div class='container'>"
            f"<div class='news-detail'><h1 class='title-detail'>{BRIEF_TITLE}</h1>"
            "<div class='date-detail'>Thứ Hai, 23/11/2026 08:15</div>"
            f"<div class='content-detail'>{paragraphs}</div>"
            "<div class='box-dangky'><div class='title-box'>Đăng ký nhận tin</div>"
            "<p>Nhập địa chỉ thư điện tử để nhận bản tin của Cổng thông tin xã hằng tuần.</p>"
            "<form name='frmDangKy' method='post'><input type='text' name='txtEmail' placeholder='Nhập email của bạn'>"
            "<button type='submit'>Gửi</button></form></div>"
            "<div class='other-news'><div class='title-box'>Bài viết khác</div><ul>"
            f"<li><a href='{OTHER[0]}'><h3>{OTHER[1]}</h3></a>"
            "<p>Cây cầu dài 40 mét được khánh thành sáng 20/11.</p></li></ul></div>"
            "</div></div></body></html>")


@pytest.mark.parametrize("build", [wordpress_brief, provincial_brief])
def test_a_short_storys_signup_and_lone_card_after_it_go(build):
    article = extract(build(), BRIEF_URL)
    assert article.is_article
    assert article.text.split("\n") == BRIEF


@pytest.mark.parametrize(("signup", "card"), [(True, False), (False, True)])
def test_each_box_goes_alone(signup, card):
    article = extract(wordpress_brief(signup=signup, card=card), BRIEF_URL)
    assert article.text.split("\n") == BRIEF


@pytest.mark.parametrize("build", [wordpress_brief, provincial_brief])
def test_a_short_storys_last_sentence_linking_another_story_stays(build):
    last = (f"<p>Trước đó, xã đã <a href='{OTHER[0]}'>{OTHER[1].lower()}</a>, "
            "giúp hội viên hai thôn chở na ra chợ thuận tiện hơn.</p>")
    article = extract(build(last=last), BRIEF_URL)
    assert article.text.split("\n")[-1].startswith("Trước đó, xã đã khánh thành cầu dân sinh")


def test_a_headline_linked_to_the_storys_other_address_is_no_card():
    """A theme links the post's heading (an <h2>) to the story's other address, its lead beside it."""
    markup = (f"<html><head><title>{BRIEF_TITLE}</title></head><body><div class='post'>"
              f"<div class='post-head'><a href='/?p=215'><h2>{BRIEF_TITLE}</h2></a>"
              "<p class='lead'>Hơn 60 hội viên dự lớp tập huấn sáng 23/11.</p></div>"
              f"<div class='post-body'>{''.join(f'<p>{p}</p>' for p in BRIEF)}</div></div></body></html>")
    tree = parse_html(markup)
    assert tree is not None
    remove_teaser_boxes(tree, BRIEF_URL)
    assert BRIEF_TITLE in tree.text_content()


@pytest.mark.parametrize("byline", ["<p><strong>Thảo Nguyên</strong></p>", ""])
def test_a_briefs_one_paragraph_and_byline_over_a_signup_form_stay(byline):
    """A theme's newsletter form (MC4WP) put in the post's content under a brief of one paragraph
    and its byline, its sapo apart: the content's block is the story's, only the form goes."""
    paragraph = ("Theo đó, từ 7 giờ đến 16 giờ ngày 8/12, khách hàng tại các phường Tân Lợi, Tân An, Thành Nhất "
                 "và xã Hòa Thắng sẽ bị ngừng cấp điện. Điện lực đề nghị người dân chủ động bố trí sinh hoạt.")
    markup = ("<html lang='vi'><head><title>Tạm ngừng cấp điện nhiều khu vực ở TP Buôn Ma Thuột ngày 8/12</title>"
              "<meta property='article:published_time' content='2026-12-05T08:15:00+07:00'></head><body>"
              "<article class='post'><h1 class='entry-title'>Tạm ngừng cấp điện nhiều khu vực ở TP Buôn Ma Thuột "
              "ngày 8/12</h1><div class='entry-meta'>Thứ Năm, 05/12/2026 08:15</div>"
              "<p class='sapo'><strong>Công ty Điện lực Đắk Lắk vừa thông báo lịch tạm ngừng cung cấp điện để bảo "
              "dưỡng, sửa chữa lưới điện tại nhiều phường, xã của TP Buôn Ma Thuột trong ngày Chủ nhật 8/12."
              f"</strong></p><div class='entry-content'><p>{paragraph}</p>{byline}"
              "<form class='mc4wp-form' method='post'><div class='mc4wp-form-fields'><p>Đăng ký nhận bản tin</p>"
              "<p><input type='email' name='EMAIL' placeholder='Email của bạn'> <input type='submit' value='Đăng ký'>"
              "</p></div></form></div></article></body></html>")
    article = extract(markup, "https://baodaklak.example/xa-hoi/tam-ngung-cap-dien-ngay-8-12.html")
    assert paragraph in article.text and "Đăng ký" not in article.text
    assert article.author == ("Thảo Nguyên" if byline else None)


def test_a_storys_paragraphs_beside_a_signup_form_stay():
    """The form in the story's own block, no wrapper of its own: the form goes, the paragraphs stay."""
    tree = parse_html(page(in_body="<form><input type='email' name='email'><button>Đăng ký</button></form>"))
    assert tree is not None
    assert remove_signups(tree) == 1
    text = tree.text_content()
    assert all(p in text for p in STORY) and "Đăng ký" not in text


# --- a site's account box: a log-in form and the notice over it --------------------------------

ACCOUNT_NOTICE = ("Bạn chưa đăng nhập nên chưa thể tải các tài liệu, bài giảng của thư viện về máy. "
                  "Nếu chưa có tài khoản, hãy bấm Đăng ký ở cột bên phải. Nếu đã có tài khoản, hãy đăng nhập bên dưới.")


def account_box_page(beside_story: bool = False) -> str:
    """A school portal (NukeViet-like) whose centre column opens with the platform's account box
    over every page: a greeting, a notice, a log-in form; or, ``beside_story``, the story's own
    block holding a log-in form for its readers' comments."""
    story = "".join(f"<p>{p}</p>" for p in STORY)
    login = ('<form action="/users/login" method="post">Tài khoản <input name="nv_login"> Mật khẩu '
             '<input type="password" name="nv_password"> <input type="submit" value="Đăng nhập"></form>')
    account = "" if beside_story else (
        f'<div class="account-box"><div class="greeting">Chào mừng quý thầy cô và các em học sinh đến với trang thông tin</div>'
        f"<p>{ACCOUNT_NOTICE}</p>{login}</div>")
    comment_login = f'<p class="note">Đăng nhập để gửi bình luận:</p>{login}' if beside_story else ""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Nông dân Bắc Sơn thu hoạch na sớm</title></head>
<body><div id="header"><a href="/">Trường THCS Bắc Sơn</a></div><div id="center">{account}
<h1>Nông dân Bắc Sơn thu hoạch na sớm, giá cao</h1><div class="date">Thứ Hai, 02/12/2026 08:15</div>
<div class="bodytext">{story}{comment_login}</div></div>
<div id="footer">Trường THCS Bắc Sơn, huyện Bắc Sơn</div></body></html>"""


def test_an_account_box_over_the_story_goes_with_its_notice():
    article = extract(account_box_page(), URL)
    assert article.is_article, article.reason
    assert all(p in article.text for p in STORY)
    assert "chưa đăng nhập" not in article.text and "Chào mừng" not in article.text


def test_a_story_beside_a_log_in_form_stays_whole():
    article = extract(account_box_page(beside_story=True), URL)
    assert article.is_article, article.reason
    assert all(p in article.text for p in STORY)
