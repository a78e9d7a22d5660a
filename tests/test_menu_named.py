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


# A legacy portal's menu column: a table of a link a row, no <nav> (leftovers19).

REGISTER = "/Portal/VanBan.nsf/vwChiDao?OpenView"
MENU_ROWS = (("/Portal/Home.nsf/TrangChu?OpenPage", "Trang chủ"), ("/Portal/GioiThieu.nsf/0/A1?OpenDocument", "Giới thiệu"),
             ("/Portal/TinTuc.nsf/vwTin?OpenView", "Tin tức - Sự kiện"), (REGISTER, "Văn bản chỉ đạo"),
             ("/Portal/Lich.nsf/0/B2?OpenDocument", "Lịch công tác"), ("/Portal/HoiDap.nsf/0/C3?OpenDocument", "Hỏi đáp"))
SIDE_STORIES = (("/Portal/TinTuc.nsf/0/D4?OpenDocument", "Khánh thành trường mầm non xã Tân Hợp sau một năm xây dựng"),
                ("/Portal/TinTuc.nsf/0/E5?OpenDocument", "Hướng Hóa ra quân trồng 50 ha rừng gỗ lớn đầu năm 2025"),
                ("/Portal/TinTuc.nsf/0/F6?OpenDocument", "Nông dân Tân Lập thu hoạch cà phê chè đạt năng suất cao"),
                ("/Portal/TinTuc.nsf/0/A7?OpenDocument", "Xã Tân Long có thêm hai thôn đạt chuẩn nông thôn mới"),
                ("/Portal/TinTuc.nsf/0/B8?OpenDocument", "Huyện đoàn tổ chức hội trại tòng quân cho thanh niên"))


def portal(title: str, main: str, side: tuple[tuple[str, str], ...] = SIDE_STORIES) -> str:
    """A portal laid out in tables, <font> everywhere: a header bar (today's date, a search link),
    the menu column a table of a link a row (each behind a spacer cell), ``main`` under
    ``title``, the latest stories with their days, the portal's imprint."""
    menu = "".join(f"<tr><td width='12'><img src='/icons/ecblank.gif' width='12' alt=''></td><td class='menu'>"
                   f"<a href='{href}'><font size='2'>{name}</font></a></td></tr>" for href, name in MENU_ROWS)
    latest = "".join(f"<tr><td><a href='{href}'><font size='2'>{name}</font></a> <font size='1'>(0{i + 1}/03/2025)</font>"
                     "</td></tr>" for i, (href, name) in enumerate(side))
    return f"""<html><head><meta charset="utf-8"><title>Cổng thông tin điện tử huyện Hướng Hóa</title></head><body>
<table width="980" align="center"><tr><td colspan="3"><img src="/banner.jpg" alt="Cổng thông tin"></td></tr>
<tr><td colspan="3"><table width="100%"><tr><td><font size="2">Thứ sáu, ngày 14/03/2025</font></td>
<td align="right"><a href="/Portal/TinTuc.nsf/vwTin?SearchView&amp;Query=rung"><font size="2">trồng rừng</font></a> |
<a href="/Portal/HoiDap.nsf/fmHoi?OpenForm"><font size="2">Gửi câu hỏi</font></a></td></tr></table></td></tr>
<tr valign="top"><td width="180"><table width="180"><tr><td colspan="2"><b><font size="2">DANH MỤC</font></b></td></tr>
{menu}</table></td>
<td width="580"><table width="100%" cellpadding="6"><tr><td><font size="4" color="#003366"><b>{title}</b></font></td></tr>
<tr><td>{main}</td></tr></table></td>
<td width="220"><table width="220"><tr><td><b><font size="2">TIN MỚI</font></b></td></tr>{latest}</table></td></tr>
<tr><td colspan="3" align="center"><font size="1">CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HƯỚNG HÓA<br>
Cơ quan chủ quản: Ủy ban nhân dân huyện Hướng Hóa - Địa chỉ: 12 Hùng Vương, thị trấn Khe Sanh<br>
Giấy phép số 05/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Quảng Trị cấp<br>
Ghi rõ nguồn "Cổng thông tin điện tử huyện Hướng Hóa" khi phát hành lại thông tin từ Cổng.</font></td></tr>
</table></body></html>"""


def test_a_view_its_menu_columns_table_names_is_no_article():
    """The register view the menu's row "Văn bản chỉ đạo" links to: the site's page, its rows
    the documents' numbers, days and summaries."""
    rows = (("45/CT-UBND", "12/03/2025", "Về tăng cường công tác phòng cháy, chữa cháy rừng trong mùa khô năm 2025"),
            ("38/KH-UBND", "05/03/2025", "Kế hoạch tổ chức Tết trồng cây đời đời nhớ ơn Bác Hồ xuân Ất Tỵ"))
    register = ("<table width='100%'><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>"
                + "".join(f"<tr><td><a href='/Portal/VanBan.nsf/0/{n[:2]}?OpenDocument'>{n}</a></td><td>{d}</td>"
                          f"<td>{s}</td></tr>" for n, d, s in rows) + "</table>")
    # The crawl came by the menu's link, which names the page by its title, as its other pages list it.
    article = extract(portal("Văn bản chỉ đạo", register), "http://huonghoa.example" + REGISTER,
                      context=PageContext(anchor="Văn bản chỉ đạo", listed=True))
    assert not article.is_article
    assert "page of the site" in article.reason


def test_a_story_its_latest_stories_table_lists_is_kept():
    """A table of a link a row whose links are headlines (the latest stories, this one among
    them) is no menu."""
    href, title = SIDE_STORIES[0]
    story = "<br><br>".join(f"<font size='2'>{p}</font>" for p in PROSE)
    article = extract(portal(title, story), "http://huonghoa.example" + href,
                      context=PageContext(anchor=title, listed=True))
    assert article.is_article and article.title == title
