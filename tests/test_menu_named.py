"""A page that the page's own menu or footer links to by a short name is one of the site's pages (its
history, its about page), not news, even typed as an article with a date line (issue 12). Page by
page, before the crawl has learned the site's template."""

from __future__ import annotations

import pytest

from crawler.extract import extract
from crawler.extract.detect import PageContext

BASE = "https://phuonganhoa.example"
HISTORY = "/lich-su-hinh-thanh-phuong-an-hoa.html"
STORY_URL = "/tin-dia-phuong/nghiem-thu-tuyen-kenh-thuy-loi-ap-3-2041.html"
PROSE = (
    "Phường An Hòa được thành lập năm 1999 trên cơ sở chia tách xã An Hòa cũ, nằm bên bờ sông Cái, có diện tích "
    "tự nhiên 420 ha với 9 khu phố và hơn 21.000 nhân khẩu, phần lớn sống bằng nghề buôn bán và thủ công.",
    "Qua hơn hai mươi năm xây dựng, phường đã hoàn thành hệ thống đường giao thông nội thị, trường học đạt chuẩn "
    "quốc gia và trạm y tế; đời sống văn hóa, tinh thần của nhân dân ngày càng được nâng lên rõ rệt.",
    "Năm 2022, phường được công nhận đạt chuẩn đô thị văn minh, là một trong ba phường đầu tiên của thành phố.",
)


def page(path: str, title: str, *, menu: str = "", bottom: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:type" content="article"><meta property="og:title" content="{title}">
<link rel="canonical" href="{BASE}{path}"></head><body>
<div class="dau"><a href="/"><img src="/logo.png" alt="Phường An Hòa"></a><span>Thứ Tư, 05/03/2025</span></div>
<nav class="thanh-dieu-huong"><ul><li><a href="/">Trang chủ</a></li>
<li><a href="/tin-dia-phuong.html">Tin địa phương</a></li><li><a href="/thong-bao.html">Thông báo</a></li>
{menu}<li><a href="/hoi-dap.html">Hỏi đáp</a></li><li><a href="/danh-ba.html">Danh bạ</a></li></ul></nav>
<div class="noi-dung"><h1 class="tieu-de">{title}</h1><p class="ngay">Cập nhật lúc 09:15 ngày 04/03/2025</p>
<div class="bai">{body}</div></div>
<div id="pageFooter" class="cuoi-trang"><p>Ủy ban nhân dân phường An Hòa</p>{bottom}</div></body></html>"""


HISTORY_TITLE = "Lịch sử hình thành và phát triển phường An Hòa"
ABOUT = "/about/lich-su-hinh-thanh.html"   # a utility path: only a story's other signs keep it
LINKS = {"menu": f"<li><a href='{ABOUT}'>Lịch sử hình thành</a></li>",
         "bottom": f"<p><a href='{ABOUT}'>Lịch sử hình thành</a> | <a href='/lien-he.html'>Liên hệ</a></p>"}


@pytest.mark.parametrize("where", ["menu", "bottom"])
def test_a_page_its_own_menu_or_footer_names_is_no_article(where):
    """The link weighs against, and tips a page that has little else of a story; the same page
    without it is kept."""
    article = extract(page(ABOUT, HISTORY_TITLE, **{where: LINKS[where]}), BASE + ABOUT)
    assert not article.is_article
    assert "page of the site" in article.reason
    assert extract(page(ABOUT, HISTORY_TITLE), BASE + ABOUT).is_article


@pytest.mark.parametrize("anchor", ["Chia sẻ", "Xem tiếp", "2"])
def test_a_link_here_that_does_not_name_the_page_counts_for_nothing(anchor):
    """A share bar's or a pager's link to the page itself is no menu's."""
    link = f"<li><a href='{ABOUT}'>{anchor}</a></li>"
    assert extract(page(ABOUT, HISTORY_TITLE, menu=link), BASE + ABOUT).is_article


def test_a_story_the_menu_only_neighbours_is_kept():
    title = "Nghiệm thu tuyến kênh thủy lợi khu phố 3 sau bốn tháng thi công"
    menu = LINKS["menu"].replace(ABOUT, HISTORY)
    assert extract(page(STORY_URL, title, menu=menu), BASE + STORY_URL).is_article


def test_a_breadcrumb_linking_here_is_no_menu():
    """Two or three steps, the last naming the page: no menu of the site's pages."""
    crumbs = f"<nav class='duong-dan'><a href='/'>Trang chủ</a> › <a href='{ABOUT}'>Lịch sử</a></nav>"
    html = page(ABOUT, HISTORY_TITLE).replace("<div class=\"noi-dung\">", "<div class=\"noi-dung\">" + crumbs)
    assert crumbs in html
    assert extract(html, BASE + ABOUT).is_article


def test_a_menu_text_that_only_begins_a_word_of_the_headline_names_nothing():
    """"Tin" begins "Tình hình …" letter by letter, not word by word: no name of the page."""
    title = "Tình hình sản xuất vụ đông của các khu phố phường An Hòa năm 2025"
    link = f"<li><a href='{ABOUT}'>Tin</a></li>"
    article = extract(page(ABOUT, title, menu=link), BASE + ABOUT)
    assert article.is_article
    assert "links here by" not in article.reason


@pytest.mark.parametrize("anchor", ["Lịch sử hình thàn…", "Lịch sử hình thàn...", "Lịch sử hình thàn"])
def test_a_menu_text_the_cms_cut_mid_word_still_names_the_page(anchor):
    """A CMS cuts a long menu text at its width, with an ellipsis or without one."""
    link = f"<li><a href='{ABOUT}'>{anchor}</a></li>"
    article = extract(page(ABOUT, HISTORY_TITLE, menu=link), BASE + ABOUT)
    assert not article.is_article
    assert "links here by" in article.reason


@pytest.mark.parametrize("anchor", ["Giới thiệu", "Về chúng tôi", "Cơ cấu tổ chức"])
def test_a_menu_naming_the_page_a_page_of_the_site_whatever_its_headline(anchor):
    """"Giới thiệu" in the menu links to this page, headed "Chức năng, nhiệm vụ …": the menu's
    name for the page is a page of the site's (round 17), though it begins no word of the headline."""
    title = "Chức năng, nhiệm vụ và quyền hạn của Ủy ban nhân dân phường An Hòa"
    link = f"<li><a href='{ABOUT}'>{anchor}</a></li>"
    article = extract(page(ABOUT, title, menu=link), BASE + ABOUT)
    assert not article.is_article
    assert "page of the site" in article.reason
    assert extract(page(ABOUT, title), BASE + ABOUT).is_article
    # a news list listing it by its headline (the CMS files it under a section) does not save it
    listed = PageContext(anchor=title, listed=True)
    assert not extract(page(ABOUT, title, menu=link), BASE + ABOUT, context=listed).is_article


def test_a_story_titled_with_a_page_word_the_menu_does_not_link_is_kept():
    """A story headed "Giới thiệu …" on a site whose menu's "Giới thiệu" links to its about page."""
    title = "Giới thiệu sản phẩm OCOP của phường An Hòa tại hội chợ thương mại tỉnh"
    menu = f"<li><a href='{HISTORY}'>Giới thiệu</a></li>"
    assert extract(page(STORY_URL, title, menu=menu), BASE + STORY_URL).is_article
