"""The site's chrome (its footer, its logo) names the site, never the page: a ``<title>`` part the
footer or the logo prints is the site's name, the footer's text is never the body, and a page
the footer links to is a page of the site, not news."""

from __future__ import annotations

import pytest
from lxml import html

from crawler.extract import extract
from crawler.extract.clean import in_footer

BASE = "http://127.0.0.1:8000"
SITE = "Trang thông tin điện tử xã Tân Lập"
HEADLINE = "Xã Tân Lập ra quân làm đường giao thông nông thôn năm 2024"
STORY = [
    "Sáng ngày 4/3, Ủy ban nhân dân xã Tân Lập tổ chức lễ ra quân làm đường bê tông liên thôn tại thôn Đồng Mới.",
    "Tuyến đường dài 1,2 km, rộng 3,5 m, do Nhà nước hỗ trợ xi măng, nhân dân đóng góp cát, sỏi và ngày công lao động.",
    "Chủ tịch UBND xã đề nghị các thôn huy động tối đa nhân lực, bảo đảm chất lượng và hoàn thành trước mùa mưa.",
    "Năm 2024, xã phấn đấu cứng hóa thêm 5 km đường giao thông nông thôn, góp phần giữ vững tiêu chí nông thôn mới.",
]
FOOTER = ("<div class='wrap'><div class='pageFooter'><div><b>{site}</b></div>"
          "<p>Cơ quan chủ quản: Ủy ban nhân dân xã Tân Lập, huyện Sơn Động, tỉnh Bắc Giang.</p>"
          "<p>Người chịu trách nhiệm: bà Hà Thị Lan, Phó Chủ tịch Ủy ban nhân dân xã Tân Lập.</p>"
          "<p>Địa chỉ: thôn Đồng Mới, xã Tân Lập. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p>"
          "<p>Trang thông tin được cấp phép ngày 12/6/2020 bởi Sở Thông tin và Truyền thông tỉnh Bắc Giang.</p>"
          "<p>Trang được xây dựng và vận hành bởi Trung tâm Văn hóa, Thông tin và Thể thao huyện Sơn Động.</p>"
          "{links}</div></div>")
LINKS = ("<ul class='links'><li><a href='/gioi-thieu'>Giới thiệu</a></li>"
         "<li><a href='/quy-dinh-su-dung'>Quy định sử dụng</a></li><li><a href='/lien-he'>Liên hệ</a></li></ul>")


def portal(center: str, *, title: str, footer_site: str = SITE.upper(), links: str = LINKS) -> str:
    """A small government portal without Open Graph: a logo, a module column, a footer that opens
    with the portal's name in bold capitals."""
    return (f"<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>{title}</title>"
            f"<meta name='description' content='{SITE}'></head><body>"
            f"<div class='top'><a href='/'><img src='/logo.png' alt='{SITE}'></a></div>"
            "<ul class='menu'><li><a href='/'>Trang chủ</a></li><li><a href='/tin-tuc'>Tin tức</a></li></ul>"
            f"<div class='page'><div class='center'>{center}</div>"
            "<div class='side'><div class='module-title'>Liên kết</div><ul><li><a href='https://dichvucong.gov.vn'>"
            "Dịch vụ công</a></li></ul></div></div>"
            + FOOTER.format(site=footer_site, links=links) + "</body></html>")


def detail(headline: str = HEADLINE) -> str:
    return ("<div class='module'><div class='module-title'>Hoạt động của xã</div>"
            f"<h3 class='item-title'>{headline}</h3><div class='item-time'>Cập nhật: 04/03/2024 10:30</div>"
            "<div class='item-text'>" + "".join(f"<p>{p}</p>" for p in STORY) + "</div></div>")


def test_a_title_part_the_footer_prints_is_the_site_s_name():
    article = extract(portal(detail(), title=f"{SITE} | Xem tin"), BASE + "/tin-tuc/xem.php?id=88")
    assert article.is_article, article.reason
    assert (article.title, article.published) == (HEADLINE, "2024-03-04T10:30:00+07:00")
    assert article.text.splitlines() == STORY
    assert "Cơ quan chủ quản" not in article.text


def test_the_logo_s_alt_names_the_site_too():
    """Not in the footer this time: the banner's logo and the page's description name the site."""
    article = extract(portal(detail(), title=f"Xem tin | {SITE}", footer_site="Bản quyền thuộc UBND xã"),
                      BASE + "/tin-tuc/xem.php?id=88")
    assert article.title == HEADLINE


def test_a_logo_alt_that_is_the_page_s_title_does_not_hide_the_headline():
    """Themes that write the page's title as the logo's alt: the headline is still the headline."""
    page = portal(detail(), title=HEADLINE, footer_site="Bản quyền thuộc UBND xã").replace(
        f"alt='{SITE}'", f"alt='{HEADLINE}'").replace(f"<h3 class='item-title'>{HEADLINE}</h3>", f"<h1>{HEADLINE}</h1>")
    assert extract(page, BASE + "/tin-tuc/xem.php?id=88").title == HEADLINE


def test_the_title_block_nearest_the_story_is_the_headline():
    """Two blocks named for a title above the story, with no <h1> or declared title: the module's
    name first, the headline next to the story."""
    center = detail().replace("<h3 class='item-title'>", "<div class='item-title'>").replace(
        f"{HEADLINE}</h3>", f"{HEADLINE}</div>")
    article = extract(portal(center, title="Xem tin"), BASE + "/tin-tuc/xem.php?id=88")
    assert article.title == HEADLINE


def test_a_home_page_named_for_the_site_whose_prose_is_its_footer_is_no_article():
    teasers = "".join(f"<li><a href='/tin-tuc/xem.php?id={n}'>{t}</a></li>" for n, t in (
        (88, HEADLINE), (87, "Hội nghị tổng kết công tác dân số năm 2023 của xã"),
        (86, "Tân Lập tổ chức Tết trồng cây đời đời nhớ ơn Bác Hồ")))
    article = extract(portal(f"<div class='module'><div class='module-title'>Tin mới</div><ul>{teasers}</ul></div>",
                             title=SITE), BASE + "/index.php")
    assert not article.is_article
    assert article.title is None      # the <title> is the site's name: no headline
    assert article.published is None


def test_a_page_whose_only_prose_is_its_footer_is_no_article():
    """The footer's address and licence lines are a block of prose, but never the story's."""
    article = extract(portal("<div class='module'><p>Chào mừng bạn đến với cổng thông tin của xã.</p></div>",
                             title=f"{SITE} | Chào mừng bạn đến với cổng thông tin", links=""), BASE + "/chao-mung")
    assert not article.is_article, article.text
    assert article.published is None       # nor is the licence's date the page's


def test_a_page_the_footer_links_to_by_its_title_is_a_page_of_the_site():
    terms = detail("Quy định sử dụng").replace("Cập nhật: 04/03/2024 10:30", "")
    article = extract(portal(terms, title=f"Quy định sử dụng | {SITE}"), BASE + "/quy-dinh-su-dung")
    assert not article.is_article
    assert "its footer links here by its title" in article.reason
    # The same page at an address the footer does not link to reads as news.
    assert extract(portal(terms, title=f"Quy định sử dụng | {SITE}"), BASE + "/tin-tuc/xem.php?id=90").is_article


def test_a_long_story_the_footer_links_to_stays_news():
    """A blog's footer lists its evergreen guides by their titles: a dominant block of prose
    outweighs that."""
    name = "Cẩm nang thủ tục đất đai"
    links = LINKS.replace(">Quy định sử dụng<", f">{name}<")
    guide = detail(name).replace("Cập nhật: 04/03/2024 10:30", "")
    article = extract(portal(guide, title=f"{name} | {SITE}", links=links), BASE + "/quy-dinh-su-dung")
    assert not article.is_article    # short, it is a page of the site
    long = guide.replace("</div></div>", "".join(f"<p>{p}</p>" for p in STORY) + "</div></div>")
    assert extract(portal(long, title=f"{name} | {SITE}", links=links), BASE + "/quy-dinh-su-dung").is_article


@pytest.mark.parametrize(("markup", "inside"), [
    ("<footer><p id='x'>a</p></footer>", True),
    ("<div id='page-footer'><div><p id='x'>a</p></div></div>", True),
    ("<div class='flex-wrap-footer'><header>Báo</header><main><p id='x'>a</p></main><footer>b</footer></div>", False),
    ("<div class='footer-top-visible'><p id='x'>a</p></div>", False),      # a state, not the footer
    ("<header class='entry-header header-footer-group'><p id='x'>a</p></header>", False),
    ("<article><footer class='entry-footer'><p id='x'>a</p></footer></article>", False),   # the story's
    ("<div class='post'><div class='post-footer'><p id='x'>a</p></div></div>", False),     # a post's byline
    ("<footer class='article-author'><p id='x'>a</p></footer>", False),
])
def test_in_footer(markup, inside):
    tree = html.fromstring(f"<html><body class='footer-visible'>{markup}</body></html>")
    assert in_footer(tree.get_element_by_id("x")) is inside


def test_a_title_part_above_the_imprint_is_the_site_s_name_whatever_the_blocks_are_named():
    """No <footer>, no names in words, no Open Graph: the line just above "Cơ quan chủ quản: …"
    is the site's name, and the heading right above the story is the headline."""
    page = (f"<html lang='vi'><head><title>{SITE} - Xem tin</title></head><body>"
            "<div class='c1'><a href='/'>Trang chủ</a> <a href='/tin-tuc'>Tin tức</a></div>"
            "<div class='c2'><div class='c3'>Hoạt động của xã</div>"
            f"<h3>{HEADLINE}</h3><div class='c4'>Cập nhật: 04/03/2024 10:30</div><div class='c5'>"
            + "".join(f"<p>{p}</p>" for p in STORY) + "</div></div>"
            f"<div class='c6'><p><b>{SITE.upper()}</b></p>"
            "<p>Cơ quan chủ quản: Ủy ban nhân dân xã Tân Lập, huyện Sơn Động, tỉnh Bắc Giang.</p>"
            "<p>Giấy phép số 15/GP-STTTT ngày 12/6/2020 của Sở Thông tin và Truyền thông.</p></div>"
            "</body></html>")
    article = extract(page, BASE + "/tin-tuc/xem.php?id=88")
    assert (article.title, article.published) == (HEADLINE, "2024-03-04T10:30:00+07:00")


def test_a_layout_wrapper_named_for_the_footer_it_keeps_down_is_not_the_footer():
    """A "sticky footer" layout wraps the whole page in a block named for the footer; with the
    headline in an <h3> and no <header>, only the prose beside the footer it holds tells."""
    page = portal(detail(), title=f"{SITE} | Xem tin").replace(
        "<body>", "<body><div class='wrapper sticky-footer'>").replace("</body>", "</div></body>")
    article = extract(page, BASE + "/tin-tuc/xem.php?id=88")
    assert article.is_article, article.reason
    assert (article.title, article.text.splitlines()) == (HEADLINE, STORY)
    assert "Cơ quan chủ quản" not in article.text


@pytest.mark.parametrize(("markup", "inside"), [
    ("<div id='footer'><footer><p id='x'>Cơ quan chủ quản: UBND xã</p></footer></div>", True),
    ("<div class='push-footer'><div class='c'><p>" + "Tin. " * 80 + "</p></div>"
     "<div class='footer'><p id='x'>Cơ quan chủ quản: UBND xã</p></div></div>", True),
    ("<div class='push-footer'><div class='c'><p id='x'>" + "Tin. " * 80 + "</p></div>"
     "<div class='footer'><p>Cơ quan chủ quản: UBND xã</p></div></div>", False),
])
def test_a_footer_inside_a_wrapper_named_for_it(markup, inside):
    tree = html.fromstring(f"<html><body>{markup}</body></html>")
    assert in_footer(tree.get_element_by_id("x")) is inside


@pytest.mark.parametrize("close", [
    "<footer><p>Tác giả: Minh Anh</p></footer>",
    "<div class='footer'><p>Tác giả: Minh Anh</p></div>",
])
def test_a_footer_in_the_story_s_column_keeps_the_byline(close):
    """A bare <footer> (or a block named "footer") right after the story's paragraphs, in the
    story's column, is the story's: its byline is the author, not the site's chrome."""
    center = detail().replace("</p></div></div>", "</p></div>" + close + "</div>")
    article = extract(portal(center, title=f"{HEADLINE} | {SITE}"), BASE + "/tin-tuc/xem.php?id=88")
    assert (article.author, article.text.splitlines()) == ("Minh Anh", STORY)
