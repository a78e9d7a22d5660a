"""The thirtieth round's byline under the headline, in other markup than the family's: a line
right under the headline (in its own header or the block around it) that is a person's name,
alone or with their unit after a dash or in brackets, is the byline, whatever tag prints it; a
subtitle sentence or a unit alone there is no writer."""

from __future__ import annotations

import pytest

from crawler.extract import extract

URL = "https://vhtt.example.gov.vn/tin-tuc/hoi-thi-tuyen-truyen-luu-dong-2024.html"
TITLE = "Hội thi tuyên truyền lưu động chào mừng kỷ niệm 80 năm thành lập Quân đội nhân dân Việt Nam"
STORY = ("Ngày 12/11, Trung tâm Văn hóa - Thể thao huyện tổ chức Hội thi tuyên truyền lưu động với sự tham gia "
         "của 9 đội đến từ các xã, thị trấn trên địa bàn huyện.",
         "Các đội thi đã mang đến hội thi nhiều tiết mục ca múa nhạc, tiểu phẩm được dàn dựng công phu, ca ngợi "
         "truyền thống vẻ vang của Quân đội nhân dân Việt Nam và tình quân dân cá nước.",
         "Kết thúc hội thi, Ban tổ chức trao giải Nhất cho đội xã Tân Hòa, giải Nhì cho đội thị trấn và hai giải "
         "Ba cho các đội xã Phú Lộc, Minh Đức.")


def joomla(under: str) -> str:
    """A Joomla article: the headline in its page header, ``under`` right after that header, the
    article info with the date, then the text."""
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE}</title></head>
<body><div class="header"><a href="/">Cổng thông tin điện tử huyện Tân Châu</a></div>
<ul class="nav menu"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc.html">Tin tức - Sự kiện</a></li></ul>
<div class="item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header">
<h2 itemprop="headline">{TITLE}</h2></div>{under}
<dl class="article-info"><dd class="published">Đăng ngày 12/11/2024</dd></dl>
<div itemprop="articleBody">{paragraphs}</div></div>
<div class="moduletable"><h3>Tin mới</h3><ul><li><a href="/tin-tuc/giai-bong-da.html">Giải bóng đá thanh
niên huyện năm 2024</a></li></ul></div><div class="footer">Bản quyền thuộc UBND huyện Tân Châu</div></body></html>"""


def portal(headline_block: str) -> str:
    """A government portal's detail page: ``headline_block`` (the headline and what it prints
    under it), the date line, then the text."""
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE}</title></head>
<body><div id="banner"><a href="/">Sở Văn hóa, Thể thao và Du lịch</a></div>
<div class="content-detail">{headline_block}<div class="date">12/11/2024 09:30</div>
<div class="content">{paragraphs}</div></div>
<div class="footer">Sở Văn hóa, Thể thao và Du lịch. Địa chỉ: 12 Lê Lợi</div></body></html>"""


@pytest.mark.parametrize("html_page, author", [
    # a heading right under the headline's block: the person, their unit in brackets or after a dash
    (joomla("<h4>Lê Thu Hà (Trung tâm Văn hóa - Thể thao)</h4>"), "Lê Thu Hà"),
    (joomla("<h3>Quang Vinh - Phòng Văn hóa và Thông tin</h3>"), "Quang Vinh"),
    (portal(f"<h1 class='title'>{TITLE}</h1><h2>Nguyễn Hải Đăng</h2>"), "Nguyễn Hải Đăng"),
    # the same line in a paragraph or a block of its own under the headline
    (portal(f"<h1>{TITLE}</h1><p class='sub'>Minh Tâm - Phòng Tuyên truyền</p>"), "Minh Tâm"),
    (portal(f"<div class='tieu-de'><h1>{TITLE}</h1><div>Lê Thu Hà (Trung tâm Văn hóa)</div></div>"), "Lê Thu Hà"),
    # two people on the line: both names
    (joomla("<h3>Hoàng Minh - Thu Hà</h3>"), "Hoàng Minh - Thu Hà"),
])
def test_a_name_right_under_the_headline_is_the_byline(html_page, author):
    a = extract(html_page, URL)
    assert (a.title, a.author, a.found_by.author) == (TITLE, author, "author-block")
    assert author.split(" - ")[0] not in a.text
    assert a.text.splitlines() == list(STORY)


@pytest.mark.parametrize("html_page", [
    # the story's subtitle, a sentence
    joomla("<h3>Chín đội thi mang đến nhiều tiết mục ca ngợi truyền thống của quân đội</h3>"),
    portal(f"<h1>{TITLE}</h1><h2>Hơn 300 diễn viên quần chúng của 9 xã, thị trấn tham gia hội thi</h2>"),
    # a unit alone signs no writer
    joomla("<h3>Phòng Tuyên truyền</h3>"),
    # a series' label with a colon
    portal(f"<h1>{TITLE}</h1><h2>Kỳ 1: Những người lính năm xưa</h2>"),
])
def test_a_subtitle_or_a_unit_under_the_headline_names_nobody(html_page):
    a = extract(html_page, URL)
    assert (a.title, a.author, a.found_by.author) == (TITLE, None, "")
    assert STORY[0] in a.text


def with_menu(page: str, *sections: str) -> str:
    """``page`` with a site menu linking ``sections`` by name (and a writer's page, linked by
    theirs: "/tac-gia/…")."""
    links = "".join(f"<li><a href='/chuyen-muc/{i}.html'>{s}</a></li>" for i, s in enumerate(sections))
    menu = (f"<nav class='main-menu'><ul><li><a href='/'>Trang chủ</a></li>{links}"
            "<li><a href='/lien-he.html'>Liên hệ</a></li><li><a href='/hoi-dap.html'>Hỏi đáp</a></li></ul></nav>")
    return page.replace("<div id=\"banner\">", menu + "<div id=\"banner\">", 1) \
        .replace("<div class=\"header\">", menu + "<div class=\"header\">", 1)


@pytest.mark.parametrize("html_page", [
    # a section's name in title case under the headline, the menu's link naming it: no writer
    with_menu(portal(f"<h1>{TITLE}</h1><h2>Tin Tức - Sự Kiện</h2>"), "Tin Tức - Sự Kiện", "Văn Hóa"),
    with_menu(portal(f"<h1>{TITLE}</h1><p class='cat'>Hoạt Động Của Sở</p>"), "Hoạt Động Của Sở", "Thể Thao"),
    with_menu(joomla("<h3>Chính Trị</h3>"), "Chính Trị", "Kinh Tế"),
])
def test_a_section_the_menu_links_under_the_headline_is_no_writer(html_page):
    a = extract(html_page, URL)
    assert (a.title, a.author) == (TITLE, None)
    assert a.text.splitlines() == list(STORY)


def test_a_writer_the_page_links_to_their_own_page_stays_the_writer():
    page = with_menu(portal(f"<h1>{TITLE}</h1><h2>Nguyễn Hải Đăng</h2>"), "Văn Hóa", "Thể Thao")
    page = page.replace("<div class=\"footer\">", "<div class='more'><a href='/tac-gia/nguyen-hai-dang.html'>"
                        "Nguyễn Hải Đăng</a></div><div class=\"footer\">", 1)
    a = extract(page, URL)
    assert (a.author, a.found_by.author) == ("Nguyễn Hải Đăng", "author-block")
