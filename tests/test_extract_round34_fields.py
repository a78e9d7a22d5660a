"""The thirty-second round's day-headed blog posts, in other markup than the family's: a blog
that prints the day once over its posts ("Thứ Tư, 28 tháng 10, 2026" in a date header) and the
post's time only in its footer, as the link to the post itself ("Đăng bởi … vào lúc <a
href="…">16:00</a>"): the post's moment is that day at that time (``core._permalink_time``).
A time linking elsewhere, or to a comment of the page, is no post's time. And a forum's thread
with no markup naming it one (no microdata, no og:type): posts of one shape, each dated, the first
line of prose in the first (``core._conversation``), a thread whose opening post is short."""

from __future__ import annotations

import pytest
from lxml import html

from crawler.extract import boxes, extract
from crawler.extract.core import _conversation, _entries_around, _linked_entries
from crawler.extract.detect import PageContext

BASE = "http://127.0.0.1:8000"
PATH = "/2026/10/nong-dan-xa-tan-lap-thu-hoach-lua.html"
TITLE = "Nông dân xã Tân Lập thu hoạch lúa sớm tránh mưa lũ"
PROSE = [
    "Những ngày cuối tháng 10, nông dân xã Tân Lập khẩn trương thu hoạch hơn 300 ha lúa mùa đã chín "
    "để tránh đợt mưa lớn được dự báo sẽ xuất hiện vào đầu tháng 11.",
    "Hợp tác xã nông nghiệp Tân Lập điều động 12 máy gặt đập liên hợp, ưu tiên các cánh đồng trũng "
    "thấp ven sông; mỗi ngày các máy gặt được khoảng 40 ha, nhanh gấp ba lần so với gặt tay.",
    "Theo ông Lò Văn Thắng, chủ nhiệm hợp tác xã, năng suất năm nay đạt khoảng 58 tạ mỗi héc-ta, "
    "cao hơn vụ trước nhờ dùng giống lúa ngắn ngày và bón phân cân đối theo khuyến cáo.",
    "Ủy ban nhân dân xã cũng lập tổ công tác hỗ trợ các hộ neo đơn, gia đình chính sách thu hoạch, "
    "vận chuyển lúa về nơi khô ráo trước khi mưa đến.",
]


def blog_post(footer: str, comments: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE} | Tin quê Tân Lập</title>
</head><body><div class="header"><a href="/">Tin quê Tân Lập</a></div>
<div class="main"><div class="date-outer"><h2 class="date-header"><span>Thứ Tư, 28 tháng 10, 2026</span></h2>
<div class="post-outer"><div class="post hentry"><h3 class="post-title entry-title">{TITLE}</h3>
<div class="post-body entry-content">{body}</div>
<div class="post-footer"><div class="post-footer-line">{footer}</div></div></div></div></div>
<div class="comments"><h4>2 nhận xét:</h4>{comments}</div></div>
<div class="sidebar"><h2>Lưu trữ blog</h2><ul><li><a href="/2026/10/">tháng 10 2026</a></li>
<li><a href="/2026/09/">tháng 9 2026</a></li></ul></div></body></html>"""


def test_the_day_header_takes_the_time_of_the_post_s_own_link():
    footer = (f"Đăng bởi <span class='post-author'>Mai Hoa</span> vào lúc "
              f"<a class='timestamp-link' href='{BASE}{PATH}' rel='bookmark'>16:00</a>")
    article = extract(blog_post(footer), BASE + PATH)
    assert article.is_article, article.reason
    assert article.published == "2026-10-28T16:00:00+07:00"


def test_a_relative_permalink_with_a_meridiem():
    footer = f"Posted by Mai Hoa at <a href='{PATH}'>4:00 PM</a> | <a href='{PATH}#comments'>2 comments</a>"
    assert extract(blog_post(footer), BASE + PATH).published == "2026-10-28T16:00:00+07:00"


@pytest.mark.parametrize("href", [f"{PATH}#c12", "/2026/10/mot-bai-khac.html"])
def test_a_time_linking_to_a_comment_or_another_page_is_no_post_s_time(href):
    footer = f"Đăng bởi Mai Hoa | <a href='{href}'>16:00</a>"
    assert extract(blog_post(footer), BASE + PATH).published == "2026-10-28"


def test_a_comment_s_time_after_the_post_is_not_its_time():
    comments = (f"<div class='comment'><p><b>Trần Hòa</b> lúc <a href='{PATH}?showComment=1#c1'>21:15</a></p>"
                "<p>Bà con cố lên!</p></div>")
    article = extract(blog_post("Đăng bởi Mai Hoa", comments), BASE + PATH)
    assert article.published == "2026-10-28"
    assert "Bà con cố lên" not in article.text


# --- a forum's thread with no markup naming it one (``core._conversation``) -----------------------

STORY = [
    "Sáng 20/11, Hội Nông dân xã Phước Hải tổ chức lớp tập huấn kỹ thuật nuôi tôm thẻ chân trắng hai "
    "giai đoạn cho 45 hội viên, với sự hướng dẫn của cán bộ Trung tâm Khuyến nông tỉnh.",
    "Tại lớp học, các học viên được hướng dẫn cách chuẩn bị ao ương, chọn con giống sạch bệnh, quản lý "
    "thức ăn và xử lý nước bằng chế phẩm sinh học để giảm chi phí và hạn chế dịch bệnh.",
    "Ông Nguyễn Văn Tư, Chủ tịch Hội Nông dân xã, cho biết sau lớp tập huấn, hội sẽ chọn 5 hộ làm mô "
    "hình trình diễn, hỗ trợ 50% tiền con giống và chế phẩm cho vụ nuôi đầu năm 2027.",
    "Theo thống kê của xã, toàn xã hiện có 120 ha mặt nước nuôi tôm, sản lượng năm 2026 ước đạt 1.800 "
    "tấn, tăng 12% so với năm trước.",
    "Nhiều hộ nuôi cho biết mô hình hai giai đoạn giúp rút ngắn thời gian nuôi ở ao thương phẩm, giảm "
    "rủi ro khi thời tiết chuyển mùa và chủ động được lịch thả giống theo khuyến cáo của ngành.",
    "Dịp này, Hội Nông dân xã cũng giới thiệu nguồn vốn vay ưu đãi từ Quỹ Hỗ trợ nông dân để các hộ "
    "cải tạo ao, lắp đặt hệ thống quạt nước và mua chế phẩm sinh học.",
]


def phpbb_topic(title: str, posts: list[tuple[str, str, str]]) -> str:
    """A phpBB 3.3 (prosilver) topic: the subject in an ``<h2 class="topic-title">``, each post a
    ``div.post.bg1``/``bg2`` with its profile column and a "» T.Bảy 21/11/2026 08:15" line; no
    microdata, no og:type article."""
    rows = "".join(
        f"""<div id="p{i}" class="post has-profile bg{1 + i % 2}"><div class="inner">
<dl class="postprofile"><dt><a href="/memberlist.php?u={i}" class="username">{who}</a></dt>
<dd class="profile-rank">Thành viên</dd></dl>
<div class="postbody"><h3><a href="#p{i}">Re: {title}</a></h3>
<p class="author"><a href="/viewtopic.php?p={i}#p{i}">»</a> {when}</p>
<div class="content">{text}</div></div></div></div><hr class="divider">"""
        for i, (who, when, text) in enumerate(posts, 1))
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title} - Diễn đàn Nông dân Phước Hải</title>
</head><body id="phpbb"><div class="headerbar"><h1><a href="/">Diễn đàn Nông dân Phước Hải</a></h1></div>
<ul class="breadcrumbs"><li><a href="/">Trang chủ</a></li><li><a href="/viewforum.php?f=3">Trao đổi</a></li></ul>
<div id="page-body"><h2 class="topic-title"><a href="/viewtopic.php?t=77">{title}</a></h2>
<div class="action-bar"><a href="/posting.php?mode=reply&amp;t=77" class="button">Trả lời</a></div>
{rows}</div><div class="copyright">Powered by phpBB® Forum Software</div></body></html>"""


def test_a_thread_with_no_markup_opened_by_a_few_lines_is_no_news():
    posts = [("ba_tam", "T.Bảy 21/11/2026 08:15", "Nhà em cần bán 2 tấn tôm thẻ cỡ 60 con/kg, ai cần liên hệ "
              "0905 111 222 gặp Tám. Giá thương lượng."),
             ("tuan_ao", "T.Bảy 21/11/2026 09:02", "Bác Tám còn không, em lấy 500 kg."),
             ("ba_tam", "T.Bảy 21/11/2026 09:30", "Còn nha, chiều qua lấy.")]
    page = phpbb_topic("Bán tôm thẻ cỡ 60", posts)
    assert not extract(page, BASE + "/viewtopic.php?t=77").is_article
    tree = html.fromstring(page)
    assert _conversation(tree.find(".//h2"), None)   # what makes it a thread, whatever else refuses it


def test_a_story_s_comments_make_no_thread_of_it():
    tree = html.fromstring(short_brief())
    assert not _conversation(tree.find(".//h1"), None)


def test_the_office_s_story_in_a_thread_with_no_markup_stays_news():
    posts = [("hoinongdan", "T.Sáu 20/11/2026 16:40", "<br><br>".join(STORY) + "<br><br><b>Minh Châu</b>"),
             ("tuan_ao", "T.Sáu 20/11/2026 19:02", "Hay quá, mong hội mở thêm lớp ở thôn 3.")]
    article = extract(phpbb_topic("Tập huấn nuôi tôm thẻ chân trắng hai giai đoạn", posts), BASE + "/viewtopic.php?t=77")
    assert article.is_article, article.reason
    assert "chế phẩm sinh học" in article.text and "Hay quá" not in article.text


def short_brief() -> str:
    comments = "".join(f"""<div class="comment-item"><div class="comment-meta"><b>{who}</b> <span>20/11/2026 {t}</span></div>
<p>{text}</p></div>""" for who, t, text in [
        ("Trần Hòa", "10:15", "Mong xã sớm nhân rộng mô hình này cho bà con vùng ven biển."),
        ("Lê Nam", "11:20", "Bà con cần thêm hỗ trợ vốn để chuyển đổi sang nuôi hai giai đoạn."),
        ("Phạm Thu", "12:05", "Cảm ơn báo đã đưa tin, thông tin rất bổ ích cho nông dân chúng tôi.")])
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tập huấn nuôi tôm ở Phước Hải</title></head>
<body><div class="header"><a href="/">Báo điện tử tỉnh</a></div><div class="main"><div class="detail">
<h1 class="title">Tập huấn nuôi tôm ở Phước Hải</h1><div class="date">20/11/2026 09:30</div>
<div class="content"><p>{STORY[0]}</p><p>{STORY[1]}</p></div></div>
<div class="comments"><h3>Ý kiến bạn đọc</h3>{comments}</div></div></body></html>"""
    return page


def test_a_short_brief_with_its_readers_comments_stays_news():
    article = extract(short_brief(), BASE + "/kinh-te/tap-huan-nuoi-tom-o-phuoc-hai-88123.html")
    assert article.is_article, article.reason
    assert "nhân rộng" not in article.text


# --- a list whose entries are posts in full (``core._linked_entries``) -----------------------------

def label_page(title: str, posts: list[tuple[str, str]]) -> str:
    """A Blogger label page (``/search/label/…``): the label's name over the posts it holds, each
    a ``div.post-outer`` under an ``h3.post-title`` linking to the post's own page, in full."""
    entries = "".join(f"""<div class="post-outer"><div class="post hentry">
<h3 class="post-title entry-title"><a href="{BASE}/2026/11/{slug}.html">{heading}</a></h3>
<div class="post-header"><span class="post-timestamp">20/11/2026</span></div>
<div class="post-body entry-content">{"".join(f"<p>{p}</p>" for p in STORY)}</div></div></div>"""
                      for slug, heading in posts)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="header"><h1><a href="{BASE}/">Nông thôn mới Phước Hải</a></h1></div>
<div class="main"><div class="status-msg-body">Hiển thị các bài đăng có nhãn <b>{title}</b></div>
<div class="blog-posts hfeed">{entries}</div></div>
<div class="sidebar"><h2>Nhãn</h2><ul><li><a href="{BASE}/search/label/thuy-san">thủy sản</a></li></ul></div></body></html>"""


def test_a_label_page_holding_posts_in_full_is_no_article():
    page = label_page("thủy sản", [("tap-huan-nuoi-tom-hai-giai-doan-o-phuoc-hai", "Tập huấn nuôi tôm hai giai đoạn"),
                                   ("hoi-nong-dan-xa-phuoc-hai-ra-mat-to-hop-tac", "Ra mắt tổ hợp tác nuôi tôm")])
    article = extract(page, BASE + "/search/label/thuy-san")
    assert not article.is_article
    assert "entries" in article.reason


def test_a_day_s_archive_of_one_post_is_no_article():
    page = label_page("Thứ Sáu, 20 tháng 11, 2026", [("tap-huan-nuoi-tom-hai-giai-doan-o-phuoc-hai",
                                                       "Tập huấn nuôi tôm thẻ chân trắng hai giai đoạn")])
    article = extract(page, BASE + "/2026/11/20/")
    assert not article.is_article
    assert "entries" in article.reason


def test_a_story_in_a_portlet_titled_by_its_section_s_link_is_news():
    portlets = "".join(f"""<div class="portlet"><h2 class="portlet-title"><a href="{BASE}/tin-tuc/{slug}-1.html">{name}</a></h2>
<div class="portlet-body"><ul><li><a href="{BASE}/tin-tuc/{slug}-tin-moi-nhat-cua-xa-phuoc-hai-5501.html">Tin mới nhất của xã
Phước Hải trong tuần qua</a> <span>(19/11/2026)</span></li></ul></div></div>""" for slug, name in
                       [("thong-bao", "Thông báo của Ủy ban nhân dân xã"), ("van-ban", "Văn bản chỉ đạo điều hành mới")])
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tập huấn nuôi tôm hai giai đoạn</title></head>
<body><div class="header">Cổng thông tin điện tử xã Phước Hải</div><div class="columns">
<div class="portlet"><h2 class="portlet-title"><a href="{BASE}/tin-tuc/hoat-dong-cua-xa-phuoc-hai-1.html">Hoạt động của
Ủy ban nhân dân xã Phước Hải</a></h2><div class="portlet-body"><h1 class="title">Tập huấn nuôi tôm hai giai đoạn</h1>
<div class="date">20/11/2026 09:30</div><div class="content">{"".join(f"<p>{p}</p>" for p in STORY)}</div></div></div>
{portlets}</div></body></html>"""
    article = extract(page, BASE + "/tin-tuc/tap-huan-nuoi-tom-hai-giai-doan-5512.html")
    assert article.is_article, article.reason


# --- a schedule whose table holds half the text (``detect.schedule``) -------------------------------

def test_a_schedule_table_with_an_intro_and_a_note_is_no_news():
    """The table holds half the text or more: what is beside it is an intro and a note."""
    rows = [("Thứ Hai, 23/11", "07:30 - 11:30", "Thôn Phú Thọ, Phú Mỹ (xã Phước Hải)"),
            ("Thứ Ba, 24/11", "08:00 - 16:00", "Khu phố 2, khu phố 3 thị trấn Đất Đỏ"),
            ("Thứ Năm, 26/11", "13:00 - 17:00", "Ấp Mỹ Thuận, ấp Láng Cát (xã Long Mỹ)"),
            ("Thứ Sáu, 27/11", "07:00 - 12:00", "Tổ 4, tổ 5 ấp Hội Mỹ (xã Phước Hội)"),
            ("Thứ Bảy, 28/11", "07:30 - 15:30", "Toàn bộ ấp Phước Thới (xã Phước Hội)"),
            ("Chủ nhật, 29/11", "06:30 - 10:30", "Khu du lịch Lộc An, ấp Phước Lợi (xã Phước Hội)")]
    table = ("<table class='table'><thead><tr><th>Ngày</th><th>Thời gian</th><th>Khu vực mất điện</th></tr></thead>"
             "<tbody>" + "".join(f"<tr><td>{d}</td><td>{t}</td><td>{a}</td></tr>" for d, t, a in rows)
             + "</tbody></table>")
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Lịch cắt điện tuần từ 23/11 đến 28/11/2026</title>
<meta property="og:type" content="article"></head><body><div class="top">Báo Bà Rịa - Vũng Tàu điện tử</div>
<div class="detail"><h1>Lịch cắt điện tuần từ 23/11 đến 28/11/2026</h1><div class="meta">22/11/2026 16:05</div>
<div class="detail-content"><p>Điện lực Đất Đỏ thông báo lịch tạm ngừng cung cấp điện để bảo trì, sửa chữa đường dây và
trạm biến áp trên địa bàn huyện trong tuần tới, cụ thể như sau:</p>{table}
<p>Trường hợp thời tiết xấu hoặc công việc hoàn thành sớm, điện lực sẽ đóng điện trở lại mà không báo trước. Khách
hàng cần biết thêm thông tin xin liên hệ tổng đài chăm sóc khách hàng 19001006 để được giải đáp.</p></div></div>
</body></html>"""
    article = extract(page, BASE + "/xa-hoi/lich-cat-dien-tuan-tu-23-11-den-28-11-2026-99120.html",
                      context=PageContext(fed=True, listed=True))
    assert not article.is_article
    assert "schedule" in article.reason


# --- teaser cards linked by their button only (``boxes._read_more_cards``) --------------------------

def test_cards_linked_by_their_read_more_button_are_teasers():
    """A site builder's page (Mobirise's): the story in sections (text, photo, text) and a row
    of cards in the section after them, each card's title and blurb unlinked over its "Đọc
    thêm" button: the story's body is the page's, the cards in it."""
    cards = "".join(f"""<div class="card col-12 col-md-6"><div class="card-wrapper"><div class="card-img"><img src="/a{i}.jpg" alt=""></div>
<div class="card-box"><h4 class="card-title"><strong>{heading}</strong></h4><p class="card-text">{blurb}</p></div>
<div class="card-btn"><a class="btn btn-primary" href="{slug}.html">Xem tiếp</a></div></div></div>"""
                    for i, (heading, blurb, slug) in enumerate([
                        ("Hội Nông dân xã trao 20 con bò giống cho hộ nghèo",
                         "Mỗi hộ được nhận một con bò cái giống, trị giá 15 triệu đồng.", "trao-bo-giong"),
                        ("Nghiệm thu mô hình trồng rau an toàn ở thôn 3",
                         "Mô hình cho lợi nhuận gần 80 triệu đồng mỗi héc-ta.", "rau-an-toan")]))
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tập huấn nuôi tôm hai giai đoạn</title></head>
<body><section class="menu"><a href="/">Hội Nông dân xã Phước Hải</a></section>
<section class="header1"><div class="container"><h2 class="section-title"><strong>Tập huấn nuôi tôm hai giai đoạn</strong></h2>
<p class="section-subtitle">20/11/2026</p></div></section>
<section class="content5"><div class="container"><div class="row">{"".join(f"<p class='text'>{p}</p>" for p in STORY[:3])}</div></div></section>
<section class="image3"><div class="container"><img src="/tap-huan.jpg" alt=""><p class="caption">Cán bộ khuyến nông hướng dẫn
bà con chuẩn bị ao ương.</p></div></section>
<section class="content5"><div class="container"><div class="row">{"".join(f"<p class='text'>{p}</p>" for p in STORY[3:])}</div></div></section>
<section class="features3"><div class="container"><div class="section-head"><h4 class="section-title"><strong>Hội viên
làm kinh tế giỏi</strong></h4></div><div class="row">{cards}</div></div></section>
<section class="footer3"><p>© 2026 Hội Nông dân xã Phước Hải</p></section></body></html>"""
    article = extract(page, BASE + "/tap-huan-nuoi-tom.html")
    assert article.is_article, article.reason
    assert "chế phẩm sinh học" in article.text
    assert "bò cái giống" not in article.text and "80 triệu" not in article.text
    tree = html.fromstring(page)   # the cards are teasers by their buttons, whatever else drops them
    assert boxes.remove_teaser_boxes(tree, BASE + "/tap-huan-nuoi-tom.html") == 2
    assert "bò cái giống" not in tree.text_content() and "chế phẩm sinh học" in tree.text_content()


# --- a pull quote repeats the story's own words (``clean.drop_pull_quotes``) ----------------------

def gutenberg_story(quote: str) -> str:
    paragraphs = [*STORY[:2], "Ông Nguyễn Văn Tư nói: “Nuôi hai giai đoạn tốn thêm chi phí ao ương nhưng bù lại tôm khỏe, "
                  "ít bệnh, bà con yên tâm hơn nhiều so với thả thẳng ra ao thương phẩm”.", *STORY[2:]]
    body = "".join(f"<p>{p}</p>" for p in paragraphs[:3]) + quote + "".join(f"<p>{p}</p>" for p in paragraphs[3:])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tập huấn nuôi tôm hai giai đoạn</title>
<meta property="og:type" content="article"></head><body><header class="site-header"><a href="/">Báo Nông thôn</a></header>
<main><article class="post"><h1 class="entry-title">Tập huấn nuôi tôm hai giai đoạn</h1>
<div class="entry-meta"><time datetime="2026-11-20T09:30:00+07:00">20/11/2026</time></div>
<div class="entry-content">{body}</div></article></main></body></html>"""


def test_a_pull_quote_repeating_the_story_s_words_goes():
    pull = ("<blockquote class='quote-style-2'><p>Nuôi hai giai đoạn tốn thêm chi phí ao ương nhưng bù lại "
            "tôm khỏe, ít bệnh</p></blockquote>")
    article = extract(gutenberg_story(pull), BASE + "/2026/11/20/tap-huan-nuoi-tom/")
    assert article.text.count("tôm khỏe, ít bệnh") == 1


def test_a_quote_the_story_does_not_repeat_stays():
    letter = ("<blockquote><p>Kính gửi Hội Nông dân xã, gia đình tôi xin cảm ơn các cán bộ đã tận tình hướng dẫn "
              "bà con trong suốt vụ nuôi vừa qua.</p></blockquote>")
    article = extract(gutenberg_story(letter), BASE + "/2026/11/20/tap-huan-nuoi-tom/")
    assert "tận tình hướng dẫn" in article.text


# --- writers and sources in a story's fields (``core._card_names``, ``_staff_source``, ``_field_source``)

def fielded_story(fields: str, after: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tập huấn nuôi tôm hai giai đoạn</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Tập huấn nuôi tôm hai giai đoạn",
"datePublished":"2026-11-20T09:30:00+07:00","author":{{"@type":"Organization","name":"Báo Nông thôn Ngày nay"}}}}</script>
</head><body><header><a href="/">Báo Nông thôn Ngày nay</a></header><main><div class="news-detail">
<h1 class="news-title">Tập huấn nuôi tôm hai giai đoạn</h1><div class="news-meta">{fields}</div>
<div class="news-content">{"".join(f"<p>{p}</p>" for p in STORY)}</div>{after}</div></main>
<footer>Báo Nông thôn Ngày nay - Cơ quan của Hội Nông dân Việt Nam</footer></body></html>"""


def test_two_writers_linked_and_joined_by_va_are_two_writers():
    fields = ("<div class='news-authors'><span class='label'>Tác giả</span><p class='names'><a href='/tac-gia/minh-tu'>"
              "Trần Minh Tú</a> và <a href='/tac-gia/ngoc-han'>Lê Ngọc Hân</a></p></div>")
    assert extract(fielded_story(fields), BASE + "/thuy-san/tap-huan-nuoi-tom-5512.html").author == "Trần Minh Tú, Lê Ngọc Hân"


def test_a_desk_signing_for_an_agency_s_story_credits_the_agency():
    article = extract(fielded_story("", "<div class='news-author'><p style='text-align: right'><strong>PV</strong> (Theo <em>TTXVN</em>)</p></div>"),
                      BASE + "/thuy-san/tap-huan-nuoi-tom-5512.html")
    assert article.author is None
    assert article.source == "TTXVN"


def test_a_source_row_beside_the_writer_s_row_is_the_source():
    table = ("<table class='custom-fields'><tr><td class='k'>Tác giả:</td><td class='v'>Hồ Minh Phương</td></tr>"
             "<tr><td class='k'>Nguồn:</td><td class='v'>Sở Nông nghiệp và Môi trường</td></tr></table>")
    article = extract(fielded_story("", table), BASE + "/thuy-san/tap-huan-nuoi-tom-5512.html")
    assert article.source == "Sở Nông nghiệp và Môi trường"



def test_a_box_s_read_more_to_its_section_s_list_makes_no_card():
    """A portal's portlets: each its name, "Xem tiếp" to the section's list, its latest items."""
    box = (f"<div class='portlet'><h3 class='portlet-title'>Văn bản chỉ đạo điều hành</h3>"
           f"<a class='more' href='{BASE}/van-ban/danh-sach'>Xem tiếp</a><ul>"
           "<li>Kế hoạch số 215/KH-UBND về phòng, chống thiên tai năm 2026</li>"
           "<li>Quyết định số 1183/QĐ-UBND về việc phê duyệt danh mục dự án</li></ul></div>")
    schedule = (f"<div class='portlet'><h3 class='portlet-title'>Lịch công tác lãnh đạo</h3>"
                f"<a class='more' href='{BASE}/lich-cong-tac/danh-sach'>Xem tiếp</a><ul>"
                "<li>Thứ Hai 23/11 - 7h30: Chủ tịch UBND chủ trì giao ban</li></ul></div>")
    tree = html.fromstring(f"<html><body><div class='col'>{box}{schedule}</div></body></html>")
    assert boxes.remove_teaser_boxes(tree, BASE + "/tin-tuc/chi-tiet/24817/phong-su-anh") == 0
    assert "Kế hoạch số 215" in tree.text_content()


def test_a_recruitment_s_count_of_posts_is_no_writer():
    """"Phóng viên: 03 chỉ tiêu" in a recruitment's list: a post and its count, no byline; the
    call, unsigned, is a record."""
    body = ("<p>Đài Phát thanh và Truyền hình tỉnh thông báo tuyển dụng viên chức năm 2026 như sau:</p>"
            "<h3>1. Vị trí và số lượng</h3><ul><li>Phóng viên: 03 chỉ tiêu.</li><li>Quay phim: 01 chỉ tiêu.</li></ul>"
            "<h3>2. Điều kiện</h3><ul><li>Tốt nghiệp đại học chuyên ngành báo chí hoặc truyền thông.</li>"
            "<li>Tuổi không quá 35, có đủ sức khỏe để công tác.</li></ul><h3>3. Hồ sơ</h3>"
            "<ul><li>Nhận hồ sơ đến hết ngày 15/12/2026 tại Phòng Tổ chức - Hành chính của Đài.</li></ul>")
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Thông báo tuyển dụng viên chức năm 2026</title>
</head><body><header><a href="/">Đài PT-TH tỉnh</a></header><main><article><h1>Thông báo tuyển dụng viên chức năm 2026</h1>
<div class="meta">Cập nhật: 20/11/2026 08:00</div><div class="entry">{body}</div></article></main></body></html>"""
    article = extract(page, BASE + "/thong-bao/thong-bao-tuyen-dung-vien-chuc-nam-2026-7781.html")
    assert article.author is None
    assert not article.is_article


def test_a_page_typed_a_qa_page_is_no_news_though_a_feed_lists_it():
    """A Q&A plugin's page (a QAPage around the question and its accepted answer, the title
    above it): the whole page is typed a record, whatever lists it."""
    page = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Cách tính phụ cấp kiêm nhiệm cho giáo viên</title>
<meta property="og:type" content="website"></head><body><header><a href="/">Diễn đàn giáo viên tỉnh</a></header>
<main><h1 class="question-title">Cách tính phụ cấp kiêm nhiệm cho giáo viên làm thư viện</h1>
<section itemscope itemtype="https://schema.org/QAPage"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">
<div class="q-meta"><span itemprop="author">Nguyễn Thị Mai</span> · 12/11/2026 20:15</div>
<div itemprop="text"><p>Chào mọi người. Trường em không có nhân viên thư viện nên em được phân công kiêm nhiệm công tác thư viện
từ đầu năm học. Cho em hỏi phụ cấp kiêm nhiệm được tính theo văn bản nào và mức hưởng là bao nhiêu phần trăm ạ?</p></div>
<div itemprop="acceptedAnswer" itemscope itemtype="https://schema.org/Answer"><div class="a-meta">Văn phòng Công đoàn · 13/11/2026 08:30</div>
<div itemprop="text"><p>Chào cô, theo quy định hiện hành, giáo viên kiêm nhiệm công tác thư viện được giảm định mức tiết dạy
chứ không hưởng phụ cấp kiêm nhiệm theo tỷ lệ. Cô liên hệ hiệu trưởng để được bố trí lại thời khóa biểu cho phù hợp với quy định.</p>
</div></div></div></section></main></body></html>"""
    article = extract(page, BASE + "/hoi-dap/cach-tinh-phu-cap-kiem-nhiem-cho-giao-vien-441.html",
                      context=PageContext(fed=True, listed=True))
    assert not article.is_article


def test_a_notice_posted_under_its_document_header_is_no_news():
    """A notice typed as its issuer's document (the state's format): the office's name in
    capitals, "Số: …/TB-…", the place and day, "THÔNG BÁO" over its title, then the issuer's
    voice over numbered terms."""
    lines = ["SỞ TƯ PHÁP TỈNH QUẢNG TRỊ", "Số: 88/TB-STP", "Quảng Trị, ngày 3 tháng 12 năm 2026", "THÔNG BÁO",
             "Về việc tạm dừng tiếp nhận hồ sơ lý lịch tư pháp trực tiếp",
             "Thực hiện kế hoạch nâng cấp hệ thống phần mềm, Sở Tư pháp thông báo như sau:",
             "1. Tạm dừng tiếp nhận hồ sơ trực tiếp từ ngày 8/12 đến hết ngày 10/12/2026.",
             "2. Trong thời gian này, người dân nộp hồ sơ trực tuyến qua Cổng dịch vụ công quốc gia.",
             "3. Mọi vướng mắc liên hệ Phòng Hành chính tư pháp, số điện thoại 0233 3 852 147."]
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Thông báo về việc tạm dừng tiếp nhận hồ sơ lý lịch tư pháp trực tiếp</title>
</head><body><div id="banner">Cổng thông tin điện tử Sở Tư pháp</div><div class="main"><h1 class="title">Thông báo về việc tạm dừng
tiếp nhận hồ sơ lý lịch tư pháp trực tiếp</h1><div class="date">03/12/2026</div>
<div class="content">{"".join(f"<p>{line}</p>" for line in lines)}</div></div></body></html>"""
    article = extract(page, BASE + "/thong-bao/thong-bao-ve-viec-tam-dung-tiep-nhan-ho-so-ly-lich-tu-phap-9921.html")
    assert not article.is_article
    assert "issuer" in article.reason


def test_a_draft_s_full_text_to_download_is_no_news():
    """"Toàn văn dự thảo …" over a line and the draft's file: the document's entry, though the
    site types every page an article."""
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Toàn văn dự thảo Nghị quyết về học phí năm học 2027</title>
<meta property="og:type" content="article"></head><body><header><a href="/">Báo Giáo dục tỉnh</a></header><main><article>
<h1>Toàn văn dự thảo Nghị quyết về học phí năm học 2027</h1><div class="meta">20/11/2026 10:00</div>
<div class="body"><p>Sở Giáo dục và Đào tạo đăng tải toàn văn dự thảo Nghị quyết quy định mức học phí đối với cơ sở giáo dục
mầm non, giáo dục phổ thông công lập năm học 2027 để lấy ý kiến rộng rãi của phụ huynh, học sinh và nhân dân trong tỉnh.</p>
<p>Tải toàn văn dự thảo: <a href="{BASE}/files/du-thao-nghi-quyet-hoc-phi-2027.pdf">du-thao-nghi-quyet-hoc-phi-2027.pdf</a></p>
<p>Ý kiến góp ý gửi về Sở trước ngày 20/12/2026.</p></div></article></main></body></html>"""
    article = extract(page, BASE + "/giao-duc/toan-van-du-thao-nghi-quyet-ve-hoc-phi-nam-hoc-2027-5531.html")
    assert not article.is_article
    assert "file" in article.reason


def test_a_story_s_text_linking_another_story_by_a_heading_stays_news():
    """A theme's related story set as a linked heading amid the text (``<h1><a href=…>`` inside
    ``entry-content``): the story's own block, no entry of a list."""
    related = (f"<p>Xem thêm:</p><h1 class='entry-title'><a href='{BASE}/2026/11/12/hoi-nong-dan-xa-phuoc-hai-ra-mat-to-hop-tac/'"
               " target='_blank' rel='noopener'>Hội Nông dân xã Phước Hải ra mắt tổ hợp tác nuôi tôm: 12 hộ tham gia"
               " vụ đầu</a></h1>")
    body = "".join(f"<p>{p}</p>" for p in STORY[:3]) + related + "".join(f"<p>{p}</p>" for p in STORY[3:])
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tập huấn nuôi tôm hai giai đoạn</title></head>
<body><header class="site-header"><a href="/">Tin quê Phước Hải</a></header><main class="site-main">
<article class="post-1792 post type-post hentry"><header class="entry-header"><h1 class="entry-title">Tập huấn nuôi tôm hai
giai đoạn</h1><span class="posted-on">20/11/2026</span></header><div class="entry-content">{body}</div></article></main>
</body></html>"""
    url = BASE + "/2026/11/20/tap-huan-nuoi-tom-hai-giai-doan/"
    assert extract(page, url).is_article
    tree = html.fromstring(page)   # the heading amid the text makes no entry of the body, as parsed
    entries = _linked_entries(tree, url, url)
    body, headline = tree.find_class("entry-content")[0], tree.find(".//header/h1")
    assert _entries_around(body, entries, "Tập huấn nuôi tôm hai giai đoạn", headline) == 0
