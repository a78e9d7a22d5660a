"""Headlines that are links: a classic WordPress theme's ``<h2><a rel="bookmark">`` round the
post's title on its own page, under a ``<title>`` that is the blog's name alone, and Joomla's
"linked titles" pointing at the article's other address (its SEF path while the page came by
``index.php?…&id=N``). Neither link is a way away from the page: the heading is the headline and
stays whole. A category page, whose headings link to other posts, stays a list."""

from __future__ import annotations

import pytest

from crawler.extract import extract
from crawler.extract.detect import PageContext

BASE = "http://127.0.0.1:8000"
HEADLINE = "Xã Quảng Phú ra quân nạo vét kênh mương nội đồng chuẩn bị vụ đông xuân"
STORY = ("Sáng 2/12, UBND xã Quảng Phú phối hợp với Hợp tác xã nông nghiệp tổ chức ra quân nạo vét hơn 4 km "
         "kênh mương nội đồng, chuẩn bị nước tưới cho gần 300 ha lúa vụ đông xuân sắp tới.",
         "Tham gia ra quân có hơn 250 đoàn viên, hội viên và người dân các thôn. Các lực lượng đã phát quang bờ "
         "kênh, vớt bèo, khơi thông dòng chảy tại những đoạn bị bồi lắng nặng sau mùa mưa lũ.",
         "Theo lãnh đạo xã, đợt ra quân sẽ kéo dài đến hết tháng 12; sau đó xã tiếp tục kiên cố hóa thêm "
         "1,2 km kênh mương bằng nguồn vốn chương trình xây dựng nông thôn mới nâng cao.")


def _paragraphs() -> str:
    return "".join(f"<p>{p}</p>" for p in STORY)


def classic_wordpress(href: str) -> str:
    """A blog on a classic theme: the blog's name as <title> and as the banner's <h1>, the post's
    title an <h2> linking its permalink, a sidebar of recent posts."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Đoàn xã Quảng Phú</title></head>
<body><div id="page"><div id="header" role="banner"><h1><a href="{BASE}/">Đoàn xã Quảng Phú</a></h1>
<div class="description">Tuổi trẻ xung kích, tình nguyện</div></div>
<div id="content" class="narrowcolumn"><div class="post" id="post-412">
<h2><a href="{href}" rel="bookmark" title="Permanent Link to {HEADLINE}">{HEADLINE}</a></h2>
<small>Tháng Mười Hai 2nd, 2026 lúc 9:15 sáng</small>
<div class="entry">{_paragraphs()}</div>
<p class="postmetadata alt"><small>Bài viết được đăng trong chuyên mục <a href="{BASE}/category/tin-tuc/">Tin tức</a>.</small></p>
</div></div>
<div id="sidebar"><h2>Bài viết mới</h2><ul>
<li><a href="{BASE}/2026/11/28/dai-hoi-chi-doan-thon-2/">Đại hội Chi đoàn thôn 2 nhiệm kỳ 2026 - 2028</a></li>
<li><a href="{BASE}/2026/11/20/hien-mau-tinh-nguyen-dot-cuoi-nam/">Hiến máu tình nguyện đợt cuối năm tại xã nhà</a></li>
</ul></div><div id="footer"><p>Đoàn xã Quảng Phú · Vận hành bởi WordPress</p></div></div></body></html>"""


def joomla_linked_title(href: str, itemprop: str = "headline") -> str:
    """A commune portal on Joomla with "linked titles" on: the article's heading links its SEF
    address; the portal's name is <title>, no og or JSON-LD."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Cổng thông tin xã Quảng Phú</title></head>
<body><header class="header"><div class="logo"><a href="{BASE}/"><img src="/images/logo.png" alt="Xã Quảng Phú"></a></div>
<nav><ul class="nav menu"><li><a href="{BASE}/">Trang chủ</a></li><li><a href="{BASE}/tin-tuc">Tin tức</a></li></ul></nav></header>
<main id="content"><div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h2 itemprop="{itemprop}"><a href="{href}" itemprop="url">{HEADLINE}</a></h2></div>
<dl class="article-info muted"><dd class="published"><time datetime="2026-12-02T09:15:00+07:00" itemprop="datePublished">
Ngày đăng: 02/12/2026</time></dd></dl>
<div itemprop="articleBody">{_paragraphs()}<p style="text-align: right;"><strong>Minh Châu</strong></p></div>
</div></main><footer><p>UBND xã Quảng Phú. Điện thoại: 0232 3 812 345</p></footer></body></html>"""


def category_page() -> str:
    """The blog's category page: each post's title an <h2> linking the post, its first lines."""
    posts = "".join(
        f"""<div class="post"><h2><a href="{BASE}/2026/12/0{n}/bai-{n}/" rel="bookmark">{title}</a></h2>
<small>Tháng Mười Hai {n}nd, 2026</small><div class="entry"><p>{STORY[n - 1][:160]}…</p></div></div>"""
        for n, title in enumerate([HEADLINE, "Đại hội Chi đoàn thôn 2 nhiệm kỳ 2026 - 2028",
                                   "Hiến máu tình nguyện đợt cuối năm tại xã nhà"], 1))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Đoàn xã Quảng Phú</title></head>
<body><div id="header" role="banner"><h1><a href="{BASE}/">Đoàn xã Quảng Phú</a></h1></div>
<div id="content"><h2 class="pagetitle">Lưu trữ chuyên mục ‘Tin tức’</h2>{posts}</div>
<div id="footer"><p>Đoàn xã Quảng Phú · Vận hành bởi WordPress</p></div></body></html>"""


POST = BASE + "/2026/12/02/ra-quan-nao-vet-kenh-muong/"


def test_a_classic_theme_s_permalink_heading_is_the_headline():
    # the permalink as the page came, and with a tracking query the address drops
    for href in (POST, POST + "?utm_source=facebook"):
        article = extract(classic_wordpress(href), POST)
        assert article.is_article, article.reason
        assert article.title == HEADLINE
        assert article.published == "2026-12-02T09:15:00+07:00"
        assert STORY[0] in article.text and STORY[2] in article.text


@pytest.mark.parametrize("itemprop", ["headline", "name headline"])   # Joomla's; Typecho's theme's
def test_a_linked_title_to_the_article_s_other_address_stays_whole(itemprop):
    url = BASE + "/index.php?option=com_content&view=article&id=412&catid=8"
    article = extract(joomla_linked_title(BASE + "/tin-tuc/412-ra-quan-nao-vet-kenh-muong", itemprop), url)
    assert article.is_article, article.reason
    assert article.title == HEADLINE
    assert article.published == "2026-12-02T09:15:00+07:00"
    assert article.author == "Minh Châu"
    assert all(p in article.text for p in STORY)


def test_a_category_page_whose_headings_link_to_posts_is_no_article():
    article = extract(category_page(), BASE + "/category/tin-tuc/")
    assert not article.is_article
    assert article.title != HEADLINE


# --- a document exported as a page: its file name as <title>, the links to it worded their way ---

DOC_HEADLINE = "Hội thảo nâng cao chất lượng dạy học tiếng Việt cho học sinh dân tộc thiểu số"
DOC_STORY = ("Ngày 14/11, Phòng Giáo dục và Đào tạo huyện tổ chức hội thảo chuyên đề nâng cao chất lượng dạy học "
             "tiếng Việt cho học sinh dân tộc thiểu số với sự tham gia của 85 cán bộ quản lý và giáo viên.",
             "Các tham luận tập trung vào phương pháp tăng cường tiếng Việt cho trẻ mầm non 5 tuổi, tổ chức góc "
             "đọc trong lớp học và phối hợp với già làng, trưởng bản vận động phụ huynh cho con em đi học đều.",
             "Kết thúc hội thảo, Phòng Giáo dục và Đào tạo giao các trường xây dựng kế hoạch cụ thể, báo cáo kết "
             "quả thực hiện trước ngày 20/12 để tổng hợp, nhân rộng các mô hình hay.")


def office_export() -> str:
    """A document published from an office suite's viewer: the file's name as <title> and in the
    viewer's bar, no meta, the date typed right-aligned above a bold, large headline paragraph,
    the writer's name closing it."""
    paragraphs = "".join(f'<p align="justify" style="margin-bottom: 0.21cm">{p}</p>' for p in DOC_STORY)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="generator" content="LibreOffice 7.6">
<title>BT-15 hoi thao tieng Viet (sua lan 2)</title></head><body lang="vi-VN" dir="ltr">
<header class="viewer-bar"><span class="file-name">BT-15 hoi thao tieng Viet (sua lan 2)</span>
<span class="viewer-note">Chế độ xem - chỉ đọc</span></header><div class="page">
<p align="right" style="margin-bottom: 0.21cm"><i>Mường Tè, ngày 15 tháng 11 năm 2026</i></p>
<p align="center" style="margin-bottom: 0.35cm"><font size="5"><b>{DOC_HEADLINE}</b></font></p>
{paragraphs}<p align="right" style="margin-bottom: 0.21cm"><b>Lò Văn Sáng</b></p></div></body></html>"""


DOC_URL = BASE + "/ban-tin/BT-15.htm"


def test_a_document_s_headline_wins_over_its_file_name_whatever_the_link_says():
    for anchor in (None, f"15/11/2026 - {DOC_HEADLINE}", f"{DOC_HEADLINE} (15/11/2026)",
                   "Nâng cao chất lượng dạy học tiếng Việt cho học sinh dân tộc thiểu số"):
        article = extract(office_export(), DOC_URL, context=PageContext(anchor=anchor))
        assert article.is_article, (anchor, article.reason)
        assert article.title == DOC_HEADLINE, anchor
        assert article.published == "2026-11-15", anchor
        assert article.author == "Lò Văn Sáng", anchor


def test_a_headline_that_starts_with_a_date_is_read_whole():
    headline = "30/4 - Ngày hội non sông của người dân thị trấn Mường Tè bên dòng sông Đà"
    page = office_export().replace(DOC_HEADLINE, headline)
    article = extract(page, DOC_URL, context=PageContext(anchor=headline))
    assert article.title == headline


# --- near look-alikes: a list's cell a link words longer, a section's linked name before the headline ---

def documents_list() -> str:
    """A portal's list of legal documents: number, date and summary in cells; the links to it
    elsewhere name one document in full ("Chỉ thị 05/CT-UBND về …")."""
    rows = "".join(f"<tr><td>{n}</td><td>{d}</td><td>{s}</td></tr>" for n, d, s in (
        ("512/QĐ-UBND", "24/03/2026", "Phê duyệt quy hoạch phát triển rừng sản xuất giai đoạn 2026 - 2030"),
        ("05/CT-UBND", "15/03/2026", "Về tăng cường quản lý bảo vệ rừng mùa khô"),
        ("118/KH-UBND", "02/03/2026", "Kế hoạch trồng cây nhớ ơn Bác Hồ năm 2026")))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Cổng thông tin điện tử huyện</title></head>
<body><table width="1000"><tr><td colspan="2"><img src="/banner.jpg" alt="Cổng thông tin điện tử huyện"></td></tr>
<tr><td width="200"><a href="/">Trang chủ</a><br><a href="/van-ban">Văn bản pháp quy</a></td>
<td><b>Văn bản pháp quy</b><table><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>{rows}</table>
</td></tr></table></body></html>"""


def test_a_list_s_cell_a_longer_link_text_holds_is_no_headline():
    anchor = "Chỉ thị 05/CT-UBND về tăng cường quản lý bảo vệ rừng mùa khô"
    article = extract(documents_list(), BASE + "/van-ban", context=PageContext(anchor=anchor))
    assert not article.is_article
    assert article.title != "Về tăng cường quản lý bảo vệ rừng mùa khô"


def test_a_section_s_linked_name_before_the_headline_is_no_part_of_it():
    page = joomla_linked_title("#").replace(
        f'<div class="page-header"><h2 itemprop="headline"><a href="#" itemprop="url">{HEADLINE}</a></h2></div>',
        f'<div class="item-title"><span class="title"><a href="{BASE}/tin-tuc">Tin tức - Sự kiện</a> : {HEADLINE}</span></div>')
    page = page.replace("<title>Cổng thông tin xã Quảng Phú</title>",
                        f"<title>{HEADLINE} - Tin tức - Sự kiện - Cổng thông tin xã Quảng Phú</title>")
    article = extract(page, BASE + "/tin-tuc/412.html", context=PageContext(anchor=HEADLINE))
    assert article.is_article, article.reason
    assert article.title == HEADLINE


# --- a series' part on a page that sets nothing apart: its own "Kỳ 3:" line is the headline ----

SERIES = "Giữ lửa nghề truyền thống ở vùng cao"
PART = "Kỳ 3: Làng dệt thổ cẩm Lũng Tám đón khách quốc tế"


def flat_builder(above: str = SERIES, part: str = PART) -> str:
    """A page exported from a desktop site builder: every line an absolutely placed block of its
    own, styles in a stylesheet, a section's name as <title>, no heading, no meta, no date line."""
    lines = "".join(f'<div class="clearfix colelem" id="u{400 + i}"><p>{p}</p></div>' for i, p in enumerate(STORY))
    kicker = f'<div class="clearfix colelem" id="u390"><p><span>{above}</span></p></div>' if above else ""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Tin tức</title></head><body>
<div class="clearfix" id="page"><div class="colelem" id="u300"><a href="/index.html"><img src="/logo.png" alt=""></a></div>
<nav class="MenuBar colelem"><a href="/index.html">Trang chủ</a> <a href="/tin-tuc.html">Tin tức</a>
<a href="/lien-he.html">Liên hệ</a></nav>{kicker}
<div class="clearfix colelem" id="u391"><p><span>{part}</span></p></div>{lines}
<div class="colelem" id="u500"><p>Trung tâm Xúc tiến Du lịch. Điện thoại: 0219 3 811 222</p></div></div></body></html>"""


def test_a_series_part_naming_itself_is_the_headline_and_its_series_no_text():
    article = extract(flat_builder(), BASE + "/tin-tuc/ky-3-lang-det-tho-cam.html")
    assert article.title == PART
    assert SERIES not in article.text
    assert all(p in article.text for p in STORY)


def test_a_part_s_sub_heading_inside_the_story_is_no_headline_and_drops_nothing():
    sub = "Phần 2: Những đơn hàng đầu tiên từ châu Âu"
    middle = flat_builder(above="", part="").replace(
        f'<div class="clearfix colelem" id="u401"><p>{STORY[1]}</p></div>',
        f'<div class="clearfix colelem" id="u450"><p><span>{sub}</span></p></div>'
        f'<div class="clearfix colelem" id="u401"><p>{STORY[1]}</p></div>')
    article = extract(middle, BASE + "/tin-tuc/lang-det-tho-cam.html")
    assert article.title != sub
    assert all(p in article.text for p in STORY)
