"""The twenty-sixth round's titles, dates, authors and a body, in other markup than the
families': a headline with a dash of its own at the end of a ``<title>`` that the site's names
open, a thread's edit and join dates that make no list of teasers, a credit that names the video
before the writing ("Clip, bài: …"), and a forum's attached picture with its comment as a
definition list; each beside a page that merely resembles it and must keep its answer."""

from __future__ import annotations

from lxml import html

from crawler.extract import extract
from crawler.extract.core import _date_near_headline

BASE = "http://127.0.0.1:8000"

STORY = ("Sáng 28/11, Hội Nông dân xã Yên Phú tổ chức lớp tập huấn kỹ thuật trồng cam theo hướng hữu cơ cho "
         "gần 60 hội viên trên địa bàn xã, với sự hướng dẫn của cán bộ Trạm Khuyến nông huyện.",
         "Tại lớp học, các hội viên được hướng dẫn cách cải tạo đất, bón phân vi sinh, cắt tỉa cành và phòng trừ "
         "sâu bệnh bằng chế phẩm sinh học, hạn chế tối đa việc sử dụng thuốc bảo vệ thực vật hóa học.",
         "Dịp này, Hội Nông dân xã cũng giới thiệu mô hình tổ hợp tác trồng cam của thôn Phú Thọ, nơi các hộ "
         "liên kết bao tiêu sản phẩm và đăng ký mã số vùng trồng để đưa cam vào các siêu thị trong tỉnh.")
SERIES = "Cam hữu cơ Yên Phú - Kỳ 3: Tổ hợp tác bao tiêu sản phẩm"


# --- a headline with a dash of its own, the site's names before it in <title> ---------------

def font_portal(title: str, headline: str, banner: str = "") -> str:
    """A hand-built ASP portal: the headline a bold paragraph, the print and mail icons under it,
    then a table of the writer and the date; no heading, no og."""
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return f"""<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<table width="900"><tr><td class="bn">{banner or '<img src="/images/banner.jpg" alt="">'}</td></tr>
<tr><td class="menu"><a href="/">Trang chủ</a> | <a href="/tin-tuc.asp">Tin tức</a> | <a href="/lien-he.asp">Liên hệ</a></td></tr>
<tr><td valign="top"><p class="subject"><b>{headline}</b></p>
<p class="tools"><a href="/in.asp?id=88"><img src="/images/print.gif" alt="In"></a> <a href="/gui.asp?id=88"><img src="/images/mail.gif" alt="Gửi"></a></p>
<table width="100%"><tr><td><span class="tacgia">Người viết: Hoàng Lan</span></td></tr>
<tr><td><span class="ngay">Ngày đăng: 28/11/2024 09:15</span></td></tr></table>{paragraphs}
<p align="right"><b>Hoàng Lan</b></p></td></tr>
<tr><td class="footer">UBND xã Yên Phú - huyện Yên Sơn. Điện thoại: 0207.3xxx.xxx</td></tr></table></body></html>"""


def test_a_headline_with_a_dash_closing_the_title_is_the_headline():
    page = font_portal(f"UBND xã Yên Phú - Yên Sơn - Tuyên Quang - {SERIES}", SERIES)
    assert extract(page, BASE + "/tin.asp?id=88").title == SERIES


def thread_page(title: str, url_topic: str, headline: str = SERIES) -> str:
    """A forum's thread (an SMF-like theme): the board's name as ``<h1>``, the thread's title
    linked to the thread's own first address, the page read under a post's address."""
    paragraphs = "<br><br>".join(STORY)
    return f"""<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div id="header"><h1 class="forumtitle"><a href="/index.php">Diễn đàn Nông dân Yên Sơn</a></h1></div>
<div class="navigate_section"><a href="/index.php">Diễn đàn</a> » <a href="/index.php?board=3.0">Khuyến nông</a></div>
<div id="forumposts"><div class="cat_bar"><h3 class="catbg"><a href="{url_topic}">{headline}</a></h3></div>
<div class="post_wrapper"><div class="poster"><h4><a href="/profile/?u=5">hoanglan</a></h4></div>
<div class="postarea"><div class="keyinfo"><h5><a href="/index.php?topic=88.msg301#msg301">{headline}</a></h5>
<div class="smalltext">« vào lúc: 28 Tháng 11, 2024, 09:15:00 »</div></div>
<div class="post"><div class="inner">{paragraphs}</div></div></div></div></div>
<div id="footer">Powered by SMF 2.0</div></body></html>"""


def test_a_threads_title_with_a_dash_after_the_boards_name_is_the_headline():
    page = thread_page(f"Diễn đàn Nông dân Yên Sơn :: Xem chủ đề - {SERIES}", "/index.php?topic=88.0")
    assert extract(page, BASE + "/index.php?topic=88.msg301").title == SERIES


def test_the_sites_name_opening_the_title_in_a_banner_heading_is_no_headline():
    # Near look-alike: the banner's <h1> prints the title's two opening pieces; the headline
    # has no dash and is the title's last piece.
    headline = "Hội Nông dân xã Yên Phú tập huấn kỹ thuật trồng cam hữu cơ"
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    page = f"""<html><head><meta charset="utf-8"><title>Xã Yên Phú - Yên Sơn - {headline}</title></head><body>
<div class="banner"><h1>Xã Yên Phú - Yên Sơn</h1></div>
<div class="menu"><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức</a></div>
<div class="main"><h2 class="title">{headline}</h2><div class="date">28/11/2024 09:15</div>{paragraphs}</div>
<div class="footer">UBND xã Yên Phú</div></body></html>"""
    assert extract(page, BASE + "/tin-tuc/88").title == headline


# --- a thread's edit and join dates ------------------------------------------------------------

def mybb_thread(edited: str = "", joined: str = "") -> str:
    """A MyBB-like thread: the title in the table's head, each post's author box (the join
    date) beside its head's date, the message as runs of ``<br>``, an edit note under it; a
    reply after the first post."""
    message = "<br><br>".join(STORY)

    def post(number: int, day: str, name: str, text: str, note: str = "") -> str:
        return f"""<div class="post" id="post_{number}"><div class="post_author">
<div class="author_information"><strong><span class="largetext"><a href="member.php?uid={number}">{name}</a></span></strong></div>
<div class="author_statistics">Bài gửi: 412<br>Ngày tham gia: {joined or "11-03-2015"}</div></div>
<div class="post_content"><div class="post_head"><span class="post_date">{day}</span></div>
<div class="post_body scaleimages" id="pid_{number}">{text}</div>
<div class="post_meta" id="post_meta_{number}">{note}</div></div></div>"""
    note = f'<span class="edited_post">(Lần sửa cuối: {edited}, 16:40 bởi hoanglan.)</span>' if edited else ""
    return f"""<html><head><meta charset="utf-8"><title>{SERIES}</title></head><body>
<div id="header"><div class="logo"><a href="index.php"><img src="images/logo.png" alt="Diễn đàn Nông dân Yên Sơn"></a></div></div>
<div class="navigation"><a href="index.php">Diễn đàn Nông dân Yên Sơn</a> › <a href="forumdisplay.php?fid=3">Khuyến nông</a></div>
<table class="tborder"><tr><td class="thead"><div><strong>{SERIES}</strong></div></td></tr></table>
<div id="posts">
{post(1, "28-11-2024, 09:15 AM", "hoanglan", message, note)}
{post(2, "03-12-2024, 08:20 PM", "minhtu", "Cảm ơn bác đã chia sẻ, xã chúng tôi cũng đang làm thử mô hình này.")}
</div></body></html>"""


def test_a_threads_edit_and_join_dates_are_no_list_of_teasers():
    article = extract(mybb_thread(edited="03-12-2024", joined="Tháng 3, 2015"), BASE + "/showthread.php?tid=88")
    assert article.published == "2024-11-28T09:15:00+07:00"


def zone_of(*lines: str) -> list:
    return [html.fragment_fromstring(line) for line in lines]


def test_a_posts_edit_and_its_writers_join_date_make_no_list_of_teasers():
    # The dates a thread prints after its first post's line when no body is found yet.
    zone = zone_of("<p class='author'>bởi hoanglan » 28-11-2024 09:15</p>",
                   "<div class='notice'>Lần sửa cuối bởi hoanglan; 03-12-2024 lúc 16:40.</div>",
                   "<dd>Tham gia ngày: 11-03-2015</dd>",
                   "<p class='author'>bởi minhtu » 03-12-2024 20:20</p>")
    assert _date_near_headline(zone) == ("2024-11-28T09:15:00+07:00", "printed")


def test_three_posting_lines_before_the_body_are_still_a_list_of_teasers():
    zone = zone_of("<p>bởi admin » 20-11-2024 09:15</p>", "<p>bởi admin » 22-11-2024 10:00</p>",
                   "<p>bởi admin » 25-11-2024 08:00</p>")
    assert _date_near_headline(zone) == (None, "")


def test_a_list_of_dated_teasers_before_the_body_still_dates_nothing():
    # Near look-alike: a section whose three teasers print their posting lines before a story.
    teasers = "".join(f"""<div class="item"><h3><a href="/tin/{n}">Tin hoạt động số {n} của Hội Nông dân xã</a></h3>
<div class="info">bởi admin » {day}</div></div>""" for n, day in ((1, "20/11/2024"), (2, "22/11/2024"), (3, "25/11/2024")))
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    page = f"""<html><head><meta charset="utf-8"><title>Tin hoạt động - Hội Nông dân Yên Sơn</title></head><body>
<h1>Tin hoạt động</h1>{teasers}<div class="intro">{paragraphs}</div></body></html>"""
    assert extract(page, BASE + "/tin-hoat-dong").published is None


# --- a credit naming the video before the writing ----------------------------------------------

def blog_post(credit: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return f"""<html><head><meta charset="utf-8"><title>Video: Tập huấn trồng cam hữu cơ | Hợp tác xã Yên Phú</title>
</head><body><header><a href="/">Hợp tác xã Yên Phú</a></header><main><article>
<h1 class="entry-title">Video: Tập huấn trồng cam hữu cơ tại xã Yên Phú</h1>
<div class="entry-meta"><time datetime="2024-11-28T09:15:00+07:00">28/11/2024</time></div>
<div class="entry-content"><p><iframe src="https://www.youtube.com/embed/abc"></iframe></p>{paragraphs}
<p style="text-align: right;"><strong>{credit}</strong></p></div></article></main></body></html>"""


def test_a_credit_naming_the_clip_before_the_writing_is_the_byline():
    assert extract(blog_post("Clip và bài: Minh Tú"), BASE + "/video-tap-huan").author == "Minh Tú"


def test_a_credit_for_the_video_alone_is_no_byline():
    assert extract(blog_post("Video: Minh Tú"), BASE + "/video-tap-huan").author != "Minh Tú"


# --- a forum's attached picture as a definition list -------------------------------------------

def attached_post(attachment: str) -> str:
    first, second, third = STORY
    return f"""<html><head><meta charset="utf-8"><title>Diễn đàn Nông dân • Xem chủ đề - Tập huấn trồng cam hữu cơ</title></head>
<body><div id="wrap"><h1>Diễn đàn Nông dân</h1><div class="post"><div class="postbody">
<h3 class="first"><a href="#p51">Tập huấn trồng cam hữu cơ</a></h3>
<p class="author">bởi <strong><a href="./memberlist.php?u=5">hoanglan</a></strong> » 28/11/2024 09:15</p>
<div class="content">{first}<br><br>{second}<br><br>{attachment}<br><br>{third}</div></div></div></div></body></html>"""


def test_an_attached_pictures_comment_is_its_caption():
    attachment = """<div class="attachbox"><dl class="thumbnail"><dt><a href="./file.php?id=9"><img src="./file.php?id=9&t=1"
alt="lop-hoc.jpg"></a></dt><dd>Hội viên thực hành cắt tỉa cành cam tại vườn</dd>
<dd>lop-hoc.jpg (120.5 KiB) Đã xem 87 lần</dd></dl></div>"""
    text = extract(attached_post(attachment), BASE + "/viewtopic.php?p=51").text
    assert "Hội viên thực hành cắt tỉa cành cam tại vườn" in text
    assert "KiB" not in text


def test_a_portrait_with_a_name_as_a_definition_list_is_no_caption():
    # Near look-alike: a writer's card, a portrait and a name, set as a definition list.
    card = """<dl class="writer"><dt><img src="./avatar.jpg" alt=""></dt><dd>Hoàng Lan</dd></dl>"""
    article = extract(attached_post(card), BASE + "/viewtopic.php?p=51")
    assert "Hoàng Lan" not in article.text.splitlines()
