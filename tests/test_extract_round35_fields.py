"""The thirty-fourth round's blind misses, in markup of our own: a legacy portal's story module
(its URL names the module's file, "&file=article", and the story by "&sid="; a copyright meta
names the site; the date's time after an "@"; the story in a ``<font>``, its lead as a run; a
reader's reply under "Re: <headline>"); signatures with an aside in brackets or a relayed
writer ("Theo Quang Huy (Báo Giao thông)"); a licence box's "Author" field; a sidebar's <h1>;
a headline tagged "[Ảnh]"; an inline "Xem thêm" link that is no teaser box; a video's page
with one line of text; a date line with its zone before the update's label."""

from __future__ import annotations

from crawler.extract import clean, extract
from crawler.extract.detect import time_span, url_kind

BASE = "http://127.0.0.1:8000"
SITE = "Hội Nông dân huyện Tân Phước"
HEADLINE = "Nông dân Tân Phước thu hoạch khóm trái vụ được giá"
LEAD = ("Những ngày này, nông dân các xã phía bắc huyện Tân Phước tất bật thu hoạch khóm trái vụ, "
        "giá bán tại vườn cao hơn cùng kỳ năm trước từ 1.000 đến 2.000 đồng mỗi ký.")
PARAGRAPHS = [
    "Theo Hội Nông dân huyện, toàn huyện có khoảng 1.200 ha khóm cho trái trong đợt này, tập trung ở "
    "các xã Tân Lập, Tân Hòa Thành và Phước Lập; năng suất bình quân đạt 25 tấn mỗi héc-ta.",
    "Ông Nguyễn Văn Tư, hội viên xã Tân Lập, cho biết nhờ xử lý ra hoa đúng lịch, vườn khóm của gia "
    "đình ông cho trái đều, thương lái đến tận ruộng thu mua với giá 9.000 đồng mỗi ký.",
    "Hội Nông dân huyện khuyến cáo bà con không thu hoạch non, giữ chất lượng trái để bảo vệ thương hiệu "
    "khóm Tân Phước và liên kết với hợp tác xã để bán theo hợp đồng.",
]


def legacy_story(signature: str, *, replies: str = "") -> str:
    """A story module's page: the site's name in a banner's bold line, the headline a bold cell
    over its date line, the story a ``<font>`` of runs and paragraphs, replies under it."""
    paragraphs = "".join(f"<p>{p}</p>\n" for p in PARAGRAPHS)
    return f"""<html><head><title>{SITE} - {HEADLINE}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="AUTHOR" content="{SITE}"><meta name="COPYRIGHT" content="Copyright (c) by {SITE}"></head>
<body><table width="100%"><tr><td><img src="logo.gif" alt="logo"></td>
<td align="center"><font size="4"><b>{SITE.upper()}</b></font></td></tr></table>
<table width="100%"><tr><td width="150"><font class="content"><a href="index.php">Trang chủ</a><br>
<a href="modules.php?name=News">Tin tức</a><br><a href="modules.php?name=Topics">Chủ đề</a></font></td>
<td width="100%" valign="top"><table width="100%"><tr><td bgcolor="#d6e8c0">
<b>{HEADLINE}</b><br><font class="tiny">Gửi vào Thứ năm, 26 Tháng mười một 2026 @ 09:42:17 ICT bởi
<a href="modules.php?name=Your_Account&amp;op=userinfo&amp;username=bientap">bientap</a></font>
</td></tr><tr><td bgcolor="#ffffff"><font class="content"><b>{LEAD}</b><br><br>{paragraphs}
<p align="right"><i>{signature}</i></p></font></td></tr></table>
{replies}</td></tr></table></body></html>"""


REPLY = f"""<table width="99%"><tr><td><font class="content"><b>Re: {HEADLINE}</b> (Điểm: 1)<br>bởi Khách vào
Thứ sáu, 27 Tháng mười một 2026 @ 07:12:33 ICT</font></td></tr>
<tr><td><font class="content">Bài viết hay quá, xin Hội cho biết nơi mua giống khóm để bà con học hỏi.</font></td></tr>
</table>"""
STORY_URL = BASE + "/modules.php?name=News&file=article&sid=415"


def test_a_module_s_story_file_is_no_download_and_its_sid_names_the_story():
    assert url_kind(STORY_URL) == "article"
    assert url_kind(BASE + "/modules/laws/download.php?id=118&file=1") == "document"
    assert url_kind(BASE + "/getfile.php?file=quy-che.pdf") == "document"


def test_a_legacy_story_module_s_page_yields_its_story_whole():
    article = extract(legacy_story("Trần Văn Hải (Chi hội Nông dân xã Tân Lập)", replies=REPLY), STORY_URL)
    assert article.is_article, article.reason
    assert article.title == HEADLINE   # not the banner's bold name that <title> also holds
    assert article.published == "2026-11-26T09:42:17+07:00"   # "@ 09:42:17" is the day's time
    assert article.author == "Trần Văn Hải"   # the unit in brackets is no part of the name
    assert article.text.startswith(LEAD)   # the lead as a run of the <font>, before its <p>s
    assert PARAGRAPHS[-1] in article.text
    assert "Bài viết hay quá" not in article.text and "Re:" not in article.text


def test_the_site_s_name_in_a_meta_author_is_no_writer():
    article = extract(legacy_story("Ban biên tập"), STORY_URL)
    assert article.author != SITE


def test_a_forum_whose_every_post_is_re_keeps_its_opening_post():
    posts = "".join(f"""<div class="post"><h3><a href="#p{i}">Re: {HEADLINE}</a></h3>
<div class="content">{text}</div></div>""" for i, text in enumerate([" ".join(PARAGRAPHS), "Hay quá, cảm ơn hội."]))
    page = f"""<html><head><title>{HEADLINE} - Diễn đàn</title></head><body>
<h2 class="topic-title"><a href="/viewtopic.php?t=7">{HEADLINE}</a></h2>{posts}</body></html>"""
    article = extract(page, BASE + "/viewtopic.php?t=7")
    assert PARAGRAPHS[0] in article.text and "Hay quá" not in article.text


def test_signatures_with_an_aside_or_a_relayed_writer():
    assert clean.byline_name("Hoàng Gia Bảo (K46 Báo chí)", right_aligned=True) == "Hoàng Gia Bảo"
    assert clean.byline_name("Hải Ninh (Tổng hợp)", right_aligned=True, last=True) == "Hải Ninh"
    assert clean.byline_name("Theo Quang Huy (Báo Giao thông)", right_aligned=True) == "Quang Huy"
    assert clean.byline_source("Theo Quang Huy (Báo Giao thông)") == "Báo Giao thông"
    assert clean.byline_name("Theo Báo Nhân Dân", right_aligned=True) is None   # a source alone
    assert clean.byline_name("LỊCH CÔNG TÁC TUẦN 48", right_aligned=True) is None   # a heading in capitals


def test_a_licence_box_s_author_field_names_the_writer_over_the_club_s_json_ld():
    prose = "".join(f"<p>{p}</p>" for p in [LEAD, *PARAGRAPHS])
    page = f"""<html lang="vi"><head><title>{HEADLINE} - Blog CLB Phóng viên</title>
<script type="application/ld+json">{{"@type": "BlogPosting", "headline": "{HEADLINE}",
"author": {{"@type": "Person", "name": "CLB Phóng viên Sinh viên Tân Phước"}}}}</script></head><body>
<article><h1>{HEADLINE}</h1><time datetime="2024-11-13T23:15:00.000Z">14/11/2024</time>
<div class="content">{prose}</div>
<div class="article-licensing"><p>{HEADLINE}</p><div><h6>Author</h6><p>Nguyễn Thảo Vy</p></div>
<div><h6>Posted on</h6><p>14/11/2024</p></div></div></article></body></html>"""
    article = extract(page, BASE + "/2024/11/14/khom-trai-vu/")
    assert article.author == "Nguyễn Thảo Vy"


def test_a_sidebar_s_heading_that_title_names_is_not_the_headline():
    prose = "".join(f"<p>{p}</p>" for p in [LEAD, *PARAGRAPHS])
    page = f"""<html><head><title>Trang - {SITE} - Cổng dữ liệu mở</title></head><body>
<aside><section><h1 class="heading">{SITE}</h1><p class="description">Tổ chức chính trị - xã hội của nông
dân huyện Tân Phước, đại diện quyền lợi hội viên.</p></section></aside>
<div role="main"><article><h1 class="page-heading">{HEADLINE}</h1>{prose}</article></div></body></html>"""
    article = extract(page, BASE + "/organization/pages/hoi-nong-dan/khom-trai-vu")
    assert article.title == HEADLINE


def test_a_headline_tagged_with_its_form_is_titled_as_declared():
    prose = "".join(f"<p>{p}</p>" for p in [LEAD, *PARAGRAPHS])
    page = f"""<html><head><title>{HEADLINE}</title><meta property="og:title" content="{HEADLINE}"></head>
<body><h1 class="detail-title">[Ảnh] {HEADLINE}</h1>{prose}</body></html>"""
    assert extract(page, BASE + "/khom-trai-vu-a182355.html").title == HEADLINE
    untold = page.replace(f'<meta property="og:title" content="{HEADLINE}">', "").replace(
        f"<title>{HEADLINE}</title>", "<title>Báo Tân Phước</title>")
    assert extract(untold, BASE + "/khom-trai-vu-a182355.html").title == f"[Ảnh] {HEADLINE}"   # as printed


def test_an_inline_see_also_link_makes_no_hub_of_a_story():
    prose = "".join(f"<p>{p}</p>" for p in [LEAD, PARAGRAPHS[0]])
    prose += '<p><em><a href="/dataset/gia-khom-tai-ruong-hang-tuan">Xem thêm: Giá khóm tại ruộng cập nhật hằng tuần</a></em></p>'
    prose += "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:])
    page = f"""<html><head><title>{HEADLINE}</title></head><body><div class="primary" role="main">
<section><h1 class="page-heading">{HEADLINE}</h1><span class="date">15 tháng 10, 2024</span>
<div>{prose}</div></section></div></body></html>"""
    article = extract(page, BASE + "/blog/nong-dan-tan-phuoc-thu-hoach-khom-trai-vu")
    assert article.is_article, article.reason


def test_a_video_s_page_with_one_line_of_text_is_no_news():
    page = """<html><head><title>Highlight Tân Phước 2-1 Cái Bè: ngược dòng ấn tượng</title>
<meta property="og:type" content="article"></head><body><h1>Highlight Tân Phước 2-1 Cái Bè: ngược dòng ấn tượng</h1>
<div class="date">Thứ Tư, ngày 25/11/2026 22:10 PM (GMT+7)</div>
<div class="video"><video src="/v/highlight.mp4"></video><div>Highlight trận đấu vòng 9 giải bóng đá
huyện Tân Phước giữa đội Tân Lập và đội Tân Hòa Thành, mùa giải 2026.</div></div></body></html>"""
    article = extract(page, BASE + "/video-bong-da/highlight-tan-phuoc-2-1-cai-be-c297a1712090.html")
    assert not article.is_article


def test_a_date_line_with_its_zone_and_the_day_it_was_updated_is_no_span():
    assert not time_span("Thứ năm, 07/11/2024 - 08:45 (GMT+7) | Cập nhật: 08/11/2024 10:10 | Lượt xem: 2.017")
    assert time_span("8:00 SA, 24/05/2024 đến 10:00 CH, 28/05/2024")


def test_a_send_to_a_friend_form_under_its_headline_is_no_news():
    form = f"""<table width="100%"><tr><td><center><font class="title"><b>Gửi bài viết cho bạn bè</b></font></center>
<br><br><form action="modules.php?name=News&amp;file=friend" method="post"><input type="hidden" name="sid" value="412">
<font class="content">Bạn sẽ gửi bài viết <b>{HEADLINE}</b> đến một người bạn:<br><br>
<b>Tên của bạn:</b> <input type="text" name="yname"><br><br><b>Email của bạn:</b> <input type="text" name="ymail">
<br><br><b>Tên người nhận:</b> <input type="text" name="fname"><br><br><b>Email người nhận:</b>
<input type="text" name="fmail"><br><br><input type="submit" value="Gửi"></font></form></td></tr></table>"""
    page = legacy_story("Ban biên tập").replace("<td width=\"100%\" valign=\"top\">",
                                                 f"<td width=\"100%\" valign=\"top\">{form}<!--", 1)
    page = page.replace("</td></tr></table></body>", "--></td></tr></table></body>")
    article = extract(page, BASE + "/modules.php?name=News&file=friend&op=FriendSend&sid=412")
    assert not article.is_article and "form" in article.reason
    # The story's own page, whose comment form stands after its prose, stays a story.
    commented = legacy_story("Ban biên tập", replies=form)
    assert extract(commented, STORY_URL).is_article
