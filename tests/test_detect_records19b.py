"""The eighteenth round's non-articles and URLs in other markup than the families': a story
published as a page named by its slug ("/page/<slug>") and a collection's list under its plural
name ("/posts"), each beside a page that merely resembles it."""

from __future__ import annotations

import pytest

from crawler.extract import extract
from crawler.extract.detect import PageContext, url_kind
from crawler.urls import looks_like_navigation

BASE = "http://127.0.0.1:8000"
SITE = "Thư viện tỉnh Hà Giang"
PROSE = ("<p>Sáng 18/11, tại điểm trường Nà Vài, xã Yên Minh, Thư viện tỉnh phối hợp với Phòng Giáo dục huyện tổ "
         "chức ngày hội đọc sách cho hơn 200 học sinh bán trú, trao tặng 1.500 cuốn sách thiếu nhi và truyện tranh.</p>"
         "<p>Các em được nghe kể chuyện, thi vẽ tranh theo sách và tham gia trò chơi đố vui; tủ sách lưu động của "
         "thư viện sẽ luân chuyển giữa ba điểm trường đến hết năm học, mỗi đợt đổi mới khoảng 300 đầu sách.</p>"
         "<p>Cô Hoàng Thị Mai, Hiệu trưởng nhà trường, cho biết học sinh ở bán trú rất thiếu sách đọc ngoài giờ, "
         "nhiều em lần đầu được cầm trên tay một cuốn truyện tranh in màu bằng tiếng Việt.</p>")


def page(title: str, body: str, meta: str = "", head: str = "") -> str:
    """A WordPress-like library site (Astra theme's markup): another CMS's shape than the families'."""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title} – {SITE}</title>{head}</head>
<body class="single"><header class="site-header"><a class="site-title" href="/">{SITE}</a>
<nav class="main-navigation"><ul><li><a href="/">Trang chủ</a></li><li><a href="/posts">Tin tức</a></li>
<li><a href="/page/gioi-thieu">Giới thiệu</a></li><li><a href="/page/lien-he">Liên hệ</a></li></ul></nav></header>
<div id="primary"><main class="site-main"><article class="ast-article-single">
<header class="entry-header"><h1 class="entry-title">{title}</h1>{meta}</header>
<div class="entry-content">{body}</div></article></main>
<aside class="widget-area"><section class="widget"><h2 class="widget-title">Giờ mở cửa</h2>
<p>Thứ Hai đến thứ Sáu: 7h30 - 17h00. Thứ Bảy: 7h30 - 11h00.</p></section></aside></div>
<footer class="site-footer">© {SITE}. Địa chỉ: số 5 đường Nguyễn Trãi, TP Hà Giang.</footer></body></html>"""


NEWS_ARTICLE = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
                '"headline": "x", "datePublished": "2025-11-20"}</script>')
DATE_LINE = "<div class='entry-meta'><span class='posted-on'><time datetime='2025-11-20T08:00:00+07:00'>20/11/2025</time></span></div>"


# --- a page named by its slug is no pagination ----------------------------------------------

@pytest.mark.parametrize(("path", "navigation"), [
    ("/page/2", True),
    ("/page/2/", True),
    ("/tin-tuc/page/3", True),
    ("/trang/4", True),
    ("/tin-tuc/trang-2", True),
    ("/page.html", True),
    ("/page/gioi-thieu", True),       # the about page: named so, not by its "page"
    ("/page/ngay-hoi-doc-sach-cho-hoc-sinh-ban-tru-xa-yen-minh", False),
    ("/trang/thu-vien-tinh-tang-sach-cho-diem-truong-vung-cao", False),
])
def test_page_or_trang_is_navigation_only_numbered(path, navigation):
    assert looks_like_navigation(BASE + path) is navigation


@pytest.mark.parametrize(("path", "kind"), [
    ("/page/ngay-hoi-doc-sach-cho-hoc-sinh-ban-tru-xa-yen-minh", "article"),
    ("/page/2", "listing"),
    ("/chuyen-muc/tin-tuc/page/ngay-hoi-doc-sach-cho-hoc-sinh-ban-tru", "article"),
    # A content type's plural name is its collection's list; one of its items has a slug.
    ("/posts", "listing"),
    ("/entries/", "listing"),
    ("/bai-viet", "listing"),
    ("/posts/ngay-hoi-doc-sach-cho-hoc-sinh-ban-tru-xa-yen-minh", "article"),
])
def test_url_kind_of_pages_named_by_slug_and_collections(path, kind):
    assert url_kind(BASE + path) == kind


def test_a_story_published_as_a_page_named_by_its_slug_is_news():
    """No date, no og:type: the CMS's "pages" type prints none. Its URL is all it has besides its
    headline and prose, and "/page/" once read as pagination refused it."""
    title = "Ngày hội đọc sách cho học sinh bán trú xã Yên Minh"
    url = BASE + "/page/ngay-hoi-doc-sach-cho-hoc-sinh-ban-tru-xa-yen-minh"
    story = extract(page(title, PROSE), url)
    assert story.is_article, story.reason
    assert extract(page(title, PROSE), url, context=PageContext(anchor=title, listed=True)).is_article


TEASER = ("<div class='post-item'><div class='post-meta'><span class='cat'>Tin hoạt động</span>"
          "<span class='date'>{day} Nov 2025</span></div><div class='post-body'><h2 class='post-title'>{title}</h2>"
          "<p class='excerpt'>{excerpt}…</p><a class='more-link' href='/posts/{slug}'>Đọc tiếp »</a></div></div>")
TEASERS = [
    ("18", "Ngày hội đọc sách cho học sinh bán trú xã Yên Minh", "Sáng 18/11, tại điểm trường Nà Vài, Thư viện tỉnh "
     "phối hợp với Phòng Giáo dục huyện tổ chức ngày hội đọc sách cho hơn 200 học sinh bán trú, trao tặng 1.500 cuốn",
     "ngay-hoi-doc-sach-cho-hoc-sinh-ban-tru-xa-yen-minh"),
    ("12", "Thư viện tỉnh số hóa 3.000 trang tư liệu Hán Nôm quý", "Sau hai năm thực hiện, Thư viện tỉnh đã số hóa "
     "xong 3.000 trang tư liệu Hán Nôm, sắc phong và gia phả của các dòng họ ở bốn huyện phía Nam, phục vụ bạn đọc",
     "thu-vien-tinh-so-hoa-3000-trang-tu-lieu-han-nom-quy"),
    ("05", "Xe thư viện lưu động về với bà con vùng cao Đồng Văn", "Trong tháng 11, xe thư viện lưu động đã đến 6 xã "
     "vùng cao của huyện Đồng Văn, phục vụ hơn 1.200 lượt bạn đọc là học sinh và người dân",
     "xe-thu-vien-luu-dong-ve-voi-ba-con-vung-cao-dong-van"),
]


def test_a_collection_s_list_under_its_plural_name_is_no_news():
    """A CMS's list of one content type ("/posts", "/entries"): each row an unlinked headline,
    its excerpt and a "read more" link, no teaser box by its links' text. With the site's template
    learned, a row reads as a story's headline and lede: the URL says what the page is."""
    rows = "".join(TEASER.format(day=d, title=t, excerpt=e, slug=s) for d, t, e, s in TEASERS)
    html_ = page("Bài viết", f"<section class='post-list'>{rows}</section>").replace(
        "<h1 class=\"entry-title\">Bài viết</h1>", "")   # a list's template prints no headline of its own
    listing = extract(html_, BASE + "/posts", context=PageContext(listed=True))
    assert not listing.is_article and "listing URL" in listing.reason, (listing.title, listing.reason)
    # The first of its items, at its own URL, is a story.
    title, slug = TEASERS[0][1], TEASERS[0][3]
    assert extract(page(title, PROSE, DATE_LINE), BASE + f"/posts/{slug}").is_article
