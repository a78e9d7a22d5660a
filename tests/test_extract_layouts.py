"""Extraction on pages that print no metadata and lay out their blocks as old CMSs and page
builders do (``benchmarks/perturb.py`` measures the same on the CMS families)."""

from __future__ import annotations

import pytest

from crawler.extract import extract, parse_html
from crawler.extract.boxes import SiteKnowledge, block_hashes, title_hash
from crawler.extract.core import _tidy
from crawler.extract.detect import PageContext

URL = "https://sogtvt.example/tintuc/Lists/TinTuc/View_Detail.aspx?ItemID=88"
TITLE = "Thông xe cầu vượt nút giao quốc lộ 1 với đường tránh phía Tây"
PARAGRAPHS = (
    "Sáng 12/3, Sở Giao thông vận tải tổ chức thông xe cầu vượt tại nút giao giữa quốc lộ 1 và "
    "tuyến đường tránh phía Tây thành phố, sớm hơn kế hoạch gần một tháng.",
    "Cầu dài 420 mét, rộng 16 mét với bốn làn xe, tổng vốn đầu tư hơn 310 tỷ đồng từ ngân sách "
    "trung ương và ngân sách tỉnh, do Ban quản lý dự án giao thông làm chủ đầu tư.",
    "Theo lãnh đạo Sở, công trình giúp tách luồng xe tải đi quốc lộ khỏi dòng xe nội đô, giảm ùn "
    "tắc vào giờ cao điểm và rút ngắn thời gian đi lại giữa các huyện phía Nam.",
    "Trong thời gian tới, chủ đầu tư tiếp tục hoàn thiện hệ thống chiếu sáng, cây xanh và biển báo "
    "trên các nhánh rẽ của nút giao trước ngày 30/4.",
)


def _story(paragraphs: str) -> str:
    """A government portal's detail page: no Open Graph, no JSON-LD, no <h1>; the headline a
    plain <span> above the date line, the portlet's name in <title>, a left column of links."""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Chi tiết tin</title></head>
<body><div><div class="top"><div><img src="/logo.png" alt="Sở Giao thông vận tải"></div></div></div>
<table width="100%"><tr><td valign="top" width="220"><div><div><b>LIÊN KẾT</b></div>
<div><ul><li><a href="/dvc">Dịch vụ công trực tuyến</a></li><li><a href="/hoi-dap">Hỏi đáp trực tuyến</a></li>
</ul></div></div></td>
<td valign="top"><div><div><div><a href="/">Trang chủ</a> &gt; <a href="/tintuc">Tin tức - Sự kiện</a></div></div>
<div><div><span class="x1">{TITLE}</span>
<div><div>Cập nhật lúc: 09:15 12/03/2024 | Lượt xem: 815</div></div>
<div><div>{paragraphs}</div></div>
<div><div><b>Hoàng Nam</b></div></div></div></div></div></td></tr></table>
<div><div>Bản quyền thuộc Sở Giao thông vận tải. Địa chỉ: 25 Lê Lợi.</div></div></body></html>"""


@pytest.mark.parametrize("paragraphs", [
    "".join(f"<div><div>{p}</div></div>" for p in PARAGRAPHS),     # page builder: <div>s, no <p>
    "<br><br>".join(PARAGRAPHS),                                    # WYSIWYG paste: text<br><br>text
], ids=["divs", "br"])
def test_the_headline_above_paragraphs_written_without_p(paragraphs):
    article = extract(_story(paragraphs), URL)
    assert article.is_article
    assert (article.title, article.published) == (TITLE, "2024-03-12T09:15:00+07:00")
    assert PARAGRAPHS[0] in article.text and PARAGRAPHS[-1] in article.text
    assert TITLE not in article.text and "Dịch vụ công" not in article.text


def _blog_post(date_line: str) -> str:
    """A blog theme's post with no metadata in <head>: the date printed in the locale's short form."""
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE}</title></head>
<body><div class="site"><a href="/">Bản tin Phú Yên</a></div><div class="wrap">
<h1>{TITLE}</h1><div class="meta"><span>{date_line}</span><span>4 phút đọc</span></div>
<div class="content">{body}</div></div></body></html>"""


@pytest.mark.parametrize("date_line, published", [
    ("20 Th11 2023", "2023-11-20"),          # Ghost, moment.js and ICU's short Vietnamese month
    ("08 Thg 1, 2024", "2024-01-08"),
])
def test_a_short_month_printed_without_metadata(date_line, published):
    assert extract(_blog_post(date_line), URL).published == published


def test_a_story_in_an_unnamed_block_leaves_the_boxes_of_its_column():
    """No microdata names the story's block and no class trafilatura knows: the <main> column
    around it (a details list, the story, related links, a video strip) is not the story."""
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    videos = "".join(f"<div><iframe src='https://www.youtube.com/embed/{n}'></iframe><p>{t}</p></div>"
                     for n, t in (("a1", "Phóng sự: Đổi thay trên tuyến quốc lộ 1 qua tỉnh"),
                                  ("b2", "Ra quân bảo đảm trật tự an toàn giao thông dịp lễ")))
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE}</title></head>
<body><header><a href="/">Sở Giao thông vận tải</a></header><div class="row"><main id="content">
<div class="page"><h2>{TITLE}</h2><dl class="info"><dt>Chi tiết</dt><dd>Viết bởi Hoàng Nam</dd>
<dd>Ngày đăng: Thứ ba, 12 Tháng 3 2024 09:15</dd></dl>
<div>{body}</div>
<div class="module"><h3>Tin cùng chuyên mục</h3><ul><li><a href="/tin-1.html">Khởi công tuyến đường ven biển
đoạn qua thị xã Đông Hòa</a></li><li><a href="/tin-2.html">Tổng kết công tác ngành giao thông năm 2023</a></li>
</ul></div><div class="module">{videos}</div></div></main></div>
<footer>Bản quyền thuộc Sở Giao thông vận tải</footer></body></html>"""
    article = extract(page, URL)
    assert article.published == "2024-03-12T09:15:00+07:00"
    assert article.text.splitlines()[0] == PARAGRAPHS[0] and PARAGRAPHS[-1] in article.text
    for leak in ("Chi tiết", "Phóng sự", "Ra quân bảo đảm", "Khởi công tuyến đường"):
        assert leak not in article.text


def test_a_story_pasted_as_text_and_br_between_blocks_is_an_article():
    """A WYSIWYG paste: the story's paragraphs as text<br><br>text in a block that also holds
    a photo, a sub-heading and a box: its loose text is prose, so the page is a story."""
    pasted = "<br><br>".join(PARAGRAPHS[:2]) + (
        "<figure><img src='/anh.jpg'><figcaption>Cầu vượt sau khi thông xe</figcaption></figure>"
        "<h3>Giảm ùn tắc giờ cao điểm</h3>" + "<br><br>".join(PARAGRAPHS[2:]) +
        "<div class='more'><h4>Có thể bạn quan tâm</h4><ul><li><a href='/a.html'>Khởi công tuyến đường ven biển"
        "</a></li><li><a href='/b.html'>Tổng kết công tác ngành giao thông năm 2023</a></li></ul></div>")
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE}</title></head>
<body><header><a href="/">Bản tin Phú Yên</a><nav><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a></nav></header>
<div class="wrap"><h1>{TITLE}</h1><div class="meta">Đăng ngày 12/03/2024</div>
<div class="content">{pasted}</div></div>
<div class="side"><h3>Tin mới</h3><ul><li><a href="/c.html">Ra quân bảo đảm trật tự an toàn giao thông</a></li>
<li><a href="/d.html">Hội nghị tổng kết công tác năm 2023</a></li></ul></div>
<footer>Bản quyền thuộc Bản tin Phú Yên</footer></body></html>"""
    article = extract(page, URL)
    assert article.is_article, article.reason
    assert PARAGRAPHS[0] in article.text and PARAGRAPHS[-1] in article.text


def test_a_headline_in_a_definition_term_agrees_with_title():
    """The headline printed in a <dl><dt>, exactly <title>'s first part; a box's <h4> with the
    site's name above it and the story as text<br> in a <div>: the <dt> is the headline."""
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE} - Bản tin</title></head>
<body><div class="main"><div class="recent"><h4>Bản tin nổi bật</h4><div class="wrap">
<div class="content"><dl class="t"><dt>{TITLE}</dt></dl>Đăng: 12/03/2024
<div class="story">{"<br><br>".join(PARAGRAPHS)}</div></div></div></div></div></body></html>"""
    assert extract(page, URL).title == TITLE


def test_an_author_block_reading_by_name_gives_the_name():
    """WordPress' Vietnamese themes print "Bởi <a>Name</a>" in the author block; with no meta
    author, the block is the author, without its "Bởi" ("by")."""
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE}</title></head>
<body><main><article><h1 class="entry-title">{TITLE}</h1><ul class="post-meta">
<li class="post-author"><span>Bởi <a href="/author/lethihoa/">Lê Thị Hoa</a></span></li>
<li class="post-date"><span>21 Tháng Chín, 2023</span></li></ul>
<div class="entry-content">{body}</div></article></main></body></html>"""
    assert extract(page, URL).author == "Lê Thị Hoa"


def _builder_page(headline_style: str, lead_style: str = "font-weight:700",
                  date_line: str = "Cập nhật: 12/03/2024 09:15") -> str:
    """A site builder's page: every line a <div> with its text in nested styled <span>s, no <p>,
    no heading tag; Open Graph and <title> give the page's name in the builder ("Trang 3 | …"),
    not the story's headline; the date line comes after the body and the byline in the markup
    (the builder places it under the headline by position)."""
    def line(text: str, style: str = "font-size:15px") -> str:
        return f"<div class='t-row'><span style='{style}'><span class='t-run'>{text}</span></span></div>"
    body = "".join(f"<section class='blk'>{line(p)}<div class='t-row'><span>&#8203;</span></div></section>"
                   for p in PARAGRAPHS[1:])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Trang 3 | Nhà văn hóa quận</title>
<meta property="og:title" content="Trang 3 | Nhà văn hóa quận"><meta property="og:type" content="website"></head>
<body><div id="root"><div class="hdr"><section class="blk">{line("NHÀ VĂN HÓA - THỂ THAO QUẬN BA", "font-weight:bold")}</section>
<nav><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a></nav></div>
<div class="pg"><section class="blk">{line(TITLE, headline_style)}</section>
<section class="blk">{line(PARAGRAPHS[0], lead_style)}</section>{body}
<section class="blk">{line("Hoàng Nam", "font-weight:bold")}</section>
<section class="blk">{line(date_line, "color:#999")}</section></div>
<div class="ftr"><section class="blk">{line("Bản quyền thuộc Nhà văn hóa quận.")}</section></div></div></body></html>"""


@pytest.mark.parametrize("style", ["font-size:30px;text-transform:uppercase", "font-weight:bold"])
def test_a_site_builder_s_big_line_above_the_story_is_the_headline_not_its_page_name(style):
    article = extract(_builder_page(style), URL)
    assert article.is_article
    assert (article.title, article.published) == (TITLE, "2024-03-12T09:15:00+07:00")
    assert PARAGRAPHS[0] in article.text and TITLE not in article.text


def test_a_plain_line_above_a_builder_s_story_is_no_headline():
    """Not set bold or large: no headline but the declared one; a bold lead (a sentence) never."""
    article = extract(_builder_page("font-size:15px"), URL)
    assert article.title == "Trang 3 | Nhà văn hóa quận"


def test_a_builder_s_headline_stays_though_the_site_knows_it_as_a_title():
    """The site's other pages tease this story by its headline (the crawl learns it as an article's
    title) while its <title> names the builder's page: the headline is still the page's own."""
    known = SiteKnowledge.of([], [title_hash(TITLE)])
    article = extract(_builder_page("font-weight:bold"), URL, context=PageContext(knowledge=known))
    assert article.is_article and article.title == TITLE


@pytest.mark.parametrize("line", ["Quận Ba, lúc 09:15 ngày 12/3/2024", "TP. Đông Hà, 12/03/2024"])
def test_a_place_and_a_date_after_the_story_is_its_date_line_not_its_text(line):
    """A site builder keeps the date line after the story in its markup (it shows it under the
    headline by position): a place and a date, nothing more, leaves the text's end."""
    text, author, _source = _tidy("\n".join([*PARAGRAPHS, "Hoàng Nam", line]), TITLE, None)
    assert (text.split("\n"), author) == (list(PARAGRAPHS), "Hoàng Nam")
    # A sentence that starts with a place and tells a date stays.
    told = "Quận Ba, ngày 12/3/2024 đón đoàn công tác của tỉnh về kiểm tra tiến độ dự án."
    assert _tidy("\n".join([*PARAGRAPHS, told]), TITLE, None)[0].split("\n")[-1] == told


def _captioned(lang: str, title: str, paragraphs: tuple[str, ...], caption: str,
               site: str = "Cổng thông tin huyện") -> str:
    """A post whose template declares ``lang`` (``""``: none), a photo with its caption mid-story."""
    html_tag = f'<html lang="{lang}">' if lang else "<html>"
    body = "".join(f"<p>{p}</p>" for p in paragraphs[:2])
    body += f'<figure><img src="/anh/1.jpg" alt=""><figcaption>{caption}</figcaption></figure>'
    body += "".join(f"<p>{p}</p>" for p in paragraphs[2:])
    return f"""<!DOCTYPE html>{html_tag}<head><meta charset="utf-8"><title>{title} - {site}</title>
</head><body><div class="site"><a href="/">{site}</a></div><div class="wrap"><h1>{title}</h1>
<div class="meta">12/03/2024 09:15</div><div class="entry">{body}</div></div></body></html>"""


@pytest.mark.parametrize("lang", ["en", "en-US", ""])
def test_a_vietnamese_page_under_a_template_default_lang(lang):
    """Many Vietnamese sites keep their theme's lang="en" (or print none): the page is still
    read as Vietnamese, its photo's caption kept as its story's, its language "vi"."""
    caption = "Cầu vượt nút giao quốc lộ 1 sau khi thông xe"
    article = extract(_captioned(lang, TITLE, PARAGRAPHS, caption), URL)
    assert article.is_article and article.title == TITLE
    assert article.language == "vi"
    assert caption in article.text and PARAGRAPHS[-1] in article.text


def test_an_english_page_naming_a_vietnamese_place_stays_english():
    paragraphs = tuple(f"{p} The new interchange links the bypass with the national highway near Đà Nẵng."
                       for p in ("Traffic opened on the new flyover on Tuesday morning.",
                                 "The bridge is 420 metres long and carries four lanes.",
                                 "Officials expect it to ease congestion at rush hour.",
                                 "Lighting and signs will be finished by the end of April."))
    page = _captioned("en", "New flyover opens near Đà Nẵng", paragraphs, "The flyover", "Central Coast News")
    article = extract(page, URL)
    assert article.language == "en"


SITE = "Cổng thông tin điện tử huyện An Lạc"


def _built(head: str, headline: str, above: str = "", below: str = "", banner: str = f'<a href="/">{SITE}</a>') -> str:
    """A page builder's post: no <h1>, the headline a <div> set large by its inline style, the
    date line in a block of its own after the tools and the lead's photo, ``above`` and ``below``
    the story."""
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}</head><body>
<div class="top"><div class="brand"><p>ỦY BAN NHÂN DÂN HUYỆN</p>{banner}</div>
<ul class="nav"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li></ul></div>
<div class="row"><div class="col"><div class="wrap"><div class="box">{above}
<div class="el" style="font-size:26px;font-weight:bold;line-height:1.3">{headline}</div>
<div class="el"><a href="/in">In bài</a> <a href="/gui">Gửi bài</a></div><div class="el"><img src="/anh/1.jpg" alt="">
</div><div class="el"><span>12/03/2024 09:15</span></div>
<div class="el">{body}</div>{below}</div></div></div>
<div class="col"><div><b>Tin mới</b></div><ul><li><a href="/tin-tuc/1">Huyện An Lạc tổ chức hội nghị tổng kết công tác năm</a></li>
<li><a href="/tin-tuc/2">Ra quân làm đường giao thông nông thôn tại các xã</a></li></ul></div></div>
<div class="foot"><p>Cổng thông tin điện tử huyện An Lạc. Địa chỉ: 1 Lê Lợi.</p></div></body></html>"""


TEASED = (f'<div><div><b>Đừng bỏ lỡ</b></div><div><a href="/tin-tuc/88"><img src="/t.jpg" alt=""></a><h3>{TITLE}</h3>'
          f'<span>(11/03/2024)</span></div><div><a href="/tin-tuc/87"><img src="/t.jpg" alt=""></a>'
          f'<h3>Khánh thành cầu dân sinh nối hai thôn</h3><span>(10/03/2024)</span></div></div>')
COMMENTS = f"<div><h3>2 bình luận về “{TITLE}”</h3><p>Bạn đọc A: Mong sớm có thêm cầu.</p></div>"


@pytest.mark.parametrize("head, below", [
    (f"<title>{SITE}</title>", ""),                                                      # nothing declared
    (f'<title>{SITE}</title><meta property="og:title" content="{TITLE}">', ""),          # og:title only
    (f'<title>{SITE}</title><script type="application/ld+json">{{"@type": "NewsArticle", '
     f'"headline": "{TITLE}"}}</script>', COMMENTS),                                    # a comment box quotes it
    (f'<title>{SITE}</title><meta property="og:title" content="{TITLE}">', TEASED),    # a box teases the story
], ids=["site-title", "og-title", "comment-heading", "teased"])
def test_a_page_builders_headline_set_large_by_its_style(head, below):
    """No <h1>: the headline is a <div> styled as one; <title> holds only the site's name (which
    the banner prints); a comment box's heading may quote the headline."""
    article = extract(_built(head, TITLE, below=below), URL)
    assert article.is_article
    assert article.title == TITLE
    assert article.published == "2024-03-12T09:15:00+07:00"
    assert PARAGRAPHS[0] in article.text and TITLE not in article.text


def test_og_title_over_the_banners_name():
    """<title> is the site's name, which the banner prints as plain text before the headline:
    the block that is og:title wins over the first block that is <title>."""
    page = _built(f'<title>{SITE}</title><meta property="og:title" content="{TITLE}">', TITLE,
                  banner=f"<p>{SITE.upper()}</p>")
    assert extract(page, URL).title == TITLE


def test_a_large_line_in_capitals_or_a_sentence_is_no_headline():
    """A large banner slogan in capitals, or a large sentence, is not taken for the headline."""
    above = '<div style="font-size:24px">ĐẨY MẠNH CẢI CÁCH HÀNH CHÍNH NĂM 2024</div>'
    page = _built(f"<title>{SITE}</title>", "Thông báo lịch tiếp công dân của huyện tháng 3.", above=above)
    assert extract(page, URL).title != "ĐẨY MẠNH CẢI CÁCH HÀNH CHÍNH NĂM 2024"


@pytest.mark.parametrize("above", ["", '<div style="font-size:24px">ĐẨY MẠNH CẢI CÁCH HÀNH CHÍNH NĂM 2024</div>'])
def test_a_headline_typed_in_capitals_with_its_date_line(above):
    """No <h1>, no declared title but the site's name: a large line in capitals that a date line
    follows at once, the story after it, is the headline, kept as printed (a slogan in capitals
    above it is not)."""
    headline = TITLE.upper()
    page = _built(f"<title>{SITE}</title>", headline, above=above).replace(
        '<div class="el"><span>12/03/2024 09:15</span></div>', "").replace(
        f"{headline}</div>", f"{headline}</div><div class='el'><span>12/03/2024 09:15</span></div>")
    article = extract(page, URL)
    assert article.is_article and article.title == headline
    assert article.published == "2024-03-12T09:15:00+07:00" and headline not in article.text


def test_an_inline_related_box_makes_no_listing():
    """Mid-story, a "Xem thêm:" line, a related box of linked titles without a heading and an ad
    slot: the story stays an article, none of them in its text."""
    related = ["Huyện An Lạc tổ chức hội nghị tổng kết công tác năm 2023",
               "Ra quân làm đường giao thông nông thôn tại các xã vùng sâu",
               "Khánh thành cầu dân sinh nối hai thôn của xã Đông Tiến"]
    inline = (f'<p><strong>Xem thêm:</strong> <a href="/tin-tuc/9.html">{related[0]}</a></p><div><ul>'
              + "".join(f'<li><a href="/tin-tuc/{n}.html"><img src="/t.jpg" alt=""></a>'
                        f'<a href="/tin-tuc/{n}.html">{t}</a></li>' for n, t in enumerate(related[1:]))
              + '</ul></div><div><div>Quảng cáo</div><iframe src="https://ads.example/slot"></iframe></div>')
    story = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2]) + inline + f"<p>{PARAGRAPHS[2]}</p>"   # a short story
    more = ["Tập huấn kỹ thuật chăm sóc lúa xuân cho bà con nông dân", "Hội nghị tiếp xúc cử tri trước kỳ họp"]
    teasers = "".join(f'<li><a href="/tin-tuc/{n + 20}.html">{t}</a></li>' for n, t in enumerate(related + more))
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE}</title></head><body>
<div class="main"><h1>{TITLE}</h1><div class="date">12/03/2024 09:15</div><div class="content">{story}</div>
<div><ul>{teasers}</ul></div></div></body></html>"""
    article = extract(page, URL)
    assert article.is_article, article.reason
    assert PARAGRAPHS[1] in article.text and PARAGRAPHS[2] in article.text
    assert not any(t in article.text for t in related)
    assert "Quảng cáo" not in article.text   # the ad slot's label


def test_an_ad_slots_label_goes_a_videos_caption_stays():
    caption = "Clip: Lũ về trên sông Hồng chiều 12/3"
    story = (f"<p>{PARAGRAPHS[0]}</p><div><span>QUẢNG CÁO</span><ins data-ad-slot='7'></ins></div>"
             f"<p>{PARAGRAPHS[1]}</p><div><iframe src='https://www.youtube.com/embed/x'></iframe>"
             f"<p>{caption}</p></div><p>{PARAGRAPHS[2]}</p><div>Advertisement</div><iframe src='/ads'></iframe>"
             f"<p>{PARAGRAPHS[3]}</p>")
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE}</title></head><body>
<div class="main"><h1>{TITLE}</h1><div class="date">12/03/2024 09:15</div><div class="content">{story}</div></div>
</body></html>"""
    article = extract(page, URL)
    assert caption in article.text and PARAGRAPHS[3] in article.text
    assert "QUẢNG CÁO" not in article.text and "Advertisement" not in article.text


def _tile(inner: str) -> str:
    """A site builder's tile: the text several classed wrappers deep, one child each."""
    return f'<div class="t1"><div class="t2"><div class="t3"><div class="t4"><div class="t5">{inner}</div></div></div></div></div>'


def _tiled_story(byline: str = "") -> str:
    """A site builder's page (Google Sites and the like): the story in tiles side by side, a
    photo's tile between two tiles of text, each tile a stack of classed one-child wrappers;
    the byline perhaps in a section of its own after the story's."""
    opening = "Lễ thông xe có sự tham dự của lãnh đạo tỉnh, các sở, ngành và đông đảo người dân địa phương."
    first = "".join(f"<p><span>{p}</span></p>" for p in (PARAGRAPHS[0], opening))
    rest = "".join(f"<p><span>{p}</span></p>" for p in PARAGRAPHS[1:])
    caption = '<p style="text-align:center"><span style="font-style:italic">Cầu vượt nhìn từ trên cao.</span></p>'
    tiles = _tile(first) + _tile('<img src="/a.jpg">') + _tile(caption) + _tile(rest)
    signed = f'<section class="s">{_tile(byline)}</section>' if byline else ""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Trường - {TITLE}</title>
<meta property="og:title" content="Trường - {TITLE}"></head><body><div class="page">
<section class="s">{_tile(f"<h2>{TITLE}</h2>")}</section>
<section class="s"><div class="grid">{tiles}</div></section>{signed}
<section class="s">{_tile('<a href="/">Trang chủ</a> <a href="/lien-he">Liên hệ</a>')}</section>
</div></body></html>"""


def test_a_story_in_tiles_of_classed_wrappers_is_whole():
    text = extract(_tiled_story(), URL).text
    assert all(p in text for p in PARAGRAPHS) and "Cầu vượt nhìn từ trên cao." in text


@pytest.mark.parametrize("byline, author", [
    ('<p style="text-align:right"><span style="font-weight:700">Tin, ảnh: Lê Thị Hoa</span></p>', "Lê Thị Hoa"),
    ('<p style="text-align:right"><b>Nông Văn Tâm (Tổ Ngữ văn)</b></p>', "Nông Văn Tâm"),
    ("<p>Trường Tiểu học Phú Lương</p>", None),   # a plain line after the story: no signature
])
def test_a_byline_in_a_section_of_its_own_after_the_story(byline, author):
    article = extract(_tiled_story(byline), URL)
    assert article.author == author
    assert "Lê Thị Hoa" not in article.text and "Nông Văn Tâm" not in article.text


# The thirteenth round's bodies (fields13), in other markup than the families'.

def _column_page(sidebar: str, after: str = "") -> str:
    """A district portal: one content wrapper (``#content``, trafilatura's block) holding the
    column of a short story and a right-hand column of headed boxes."""
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE}</title></head>
<body><div class="banner"><a href="/">Cổng thông tin huyện</a></div><div id="content"><div class="cot-trai">
<div class="chitiet"><h3 class="tieude">{TITLE}</h3><div class="ngay">12/03/2024 09:15</div>
<div class="noidung">{body}</div>{after}</div></div><div class="cot-phai">{sidebar}</div></div>
<div class="footer">Bản quyền thuộc UBND huyện</div></body></html>"""


_AGENDA = ("<div class='khoi'><div class='khoi-dau'><h4>Lịch làm việc</h4><a href='/lich'>Xem tất cả</a>"
           "</div><div class='khoi-than'><ul><li><span class='gio'>Thứ Hai 11/3 - 8h00</span> Chủ tịch UBND huyện "
           "họp giao ban với các phòng, ban chuyên môn.</li><li><span class='gio'>Thứ Tư 13/3 - 14h00</span> Phó Chủ tịch "
           "UBND huyện kiểm tra tiến độ xây dựng trường học.</li></ul></div></div>")
_POLL = ("<div class='khoi'><h4>Thăm dò ý kiến</h4><form action='/binh-chon'><p>Bạn thấy thông tin trên "
         "cổng hữu ích không?</p><label>Rất hữu ích</label><label>Hữu ích</label><label>Chưa hữu ích</label>"
         "<button>Bình chọn</button></form></div><div class='khoi'><h4>Liên kết website</h4><div class='lk'>"
         "<select><option>-- Chọn liên kết --</option><option>Cổng thông tin điện tử tỉnh</option>"
         "<option>Cổng thông tin điện tử Chính phủ</option><option>Cổng dịch vụ công quốc gia</option>"
         "<option>Trang thông tin điện tử Sở Giao thông vận tải</option><option>Báo điện tử của tỉnh</option>"
         "<option>Đài Phát thanh và Truyền hình tỉnh</option><option>Cổng dịch vụ công của tỉnh</option>"
         "</select></div></div><div class='khoi'><h4>Hỏi đáp trực tuyến</h4><h4>Thủ tục hành chính</h4></div>")


def test_a_short_story_beside_a_column_of_headed_boxes_leaves_them():
    """A column of headed boxes beside a short story has no prose: a link dropdown's long list
    of options is none. It goes as the page's side column, the schedule's items with it."""
    article = extract(_column_page(_AGENDA + _POLL), URL)
    assert PARAGRAPHS[0] in article.text and PARAGRAPHS[-1] in article.text
    assert "Lịch làm việc" not in article.text and "giao ban" not in article.text


def test_a_story_section_left_out_of_its_block_is_still_read():
    """Paragraphs after the block found, under a heading of their own, are the story's last
    section: they stay, beside the same column of boxes."""
    section = ("<h4>Bảo đảm an toàn giao thông trong thời gian thi công</h4>"
               "<p>Trong thời gian hoàn thiện các nhánh rẽ, đơn vị thi công bố trí người hướng dẫn phân luồng "
               "tại hai đầu cầu, lắp biển báo và đèn cảnh báo suốt ngày đêm để bảo đảm an toàn cho người đi đường.</p>"
               "<p>Người dân đi qua khu vực được khuyến cáo giảm tốc độ, chấp hành hướng dẫn của lực lượng chức "
               "năng và theo dõi thông báo điều chỉnh giao thông trên trang thông tin của Sở Giao thông vận tải.</p>")
    article = extract(_column_page(_POLL, after=f"<div class='phan'>{section}</div>"), URL)
    assert "người hướng dẫn phân luồng" in article.text and PARAGRAPHS[0] in article.text


def _named_page(outer: str) -> str:
    """A blog theme's post: its block (``entry-content``) inside a wrapper trafilatura's first
    expression also names (``outer``), with the post's tags, share line and author bio after it."""
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE}</title></head>
<body><header><a href="/">Nhật ký công trình</a></header><div {outer}><h1>{TITLE}</h1>
<div class="byline">12/03/2024 09:15</div><div class="entry-content">{body}</div>
<p class="tags">Chủ đề: <a href="/chu-de/giao-thong">Giao thông</a>, <a href="/chu-de/cau">Cầu đường</a></p>
<div class="bio"><p>Kỹ sư cầu đường, viết về các công trình giao thông của tỉnh từ năm 2015.</p></div></div>
<footer>Nhật ký công trình</footer></body></html>"""


@pytest.mark.parametrize("outer", ['class="post"', 'class="article-body"', 'itemprop="articleBody"'])
def test_a_post_s_block_inside_a_wrapper_trafilatura_also_takes_is_what_it_reads(outer):
    article = extract(_named_page(outer), URL)
    assert PARAGRAPHS[0] in article.text and PARAGRAPHS[-1] in article.text
    assert "Chủ đề" not in article.text and "Kỹ sư cầu đường" not in article.text



# The sixteenth round's body (fields16), in other markup than the family's (Squarespace's blocks).

PHOTO_CAPTION = "Xe tải qua cầu vượt trong buổi sáng thông xe."


def _widget_page(after: str, last: str = "<p><em>Nguồn: Báo Giao thông</em></p>") -> str:
    """An Elementor-built post: the text widget, then a widget of the same column after it."""
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE}</title>
<meta property="og:type" content="article"></head><body><header><a href="/">Bản tin Phú Yên</a></header>
<div class="elementor-section"><div class="elementor-column"><h1 class="elementor-heading-title">{TITLE}</h1>
<div class="elementor-widget-wrap"><div class="elementor-widget elementor-widget-text-editor"><div
 class="elementor-widget-container">{body}{last}</div></div>{after}</div></div></div>
<footer>Bản tin Phú Yên. Địa chỉ: 25 Lê Lợi.</footer></body></html>"""


_PHOTO_WIDGET = (f'<div class="elementor-widget elementor-widget-image"><div class="elementor-widget-container">'
                 f'<figure class="wp-caption"><img src="/cau.jpg" alt=""><figcaption class="widget-image-caption">'
                 f'{PHOTO_CAPTION}</figcaption></figure></div></div>')


@pytest.mark.parametrize("last, source, author", [
    ("<p><em>Nguồn: Báo Giao thông</em></p>", "Báo Giao thông", None),
    ('<p style="text-align:right"><strong>Hoàng Nam</strong></p>', None, "Hoàng Nam"),
])
def test_a_photo_in_a_block_of_its_own_after_the_text_is_the_story_s(last, source, author):
    """The photo's block stands beside the text's in the column and adds little text: its caption
    is the story's all the same, and the source line or signature before it still ends the story."""
    article = extract(_widget_page(_PHOTO_WIDGET, last), URL)
    assert PHOTO_CAPTION in article.text and PARAGRAPHS[0] in article.text
    assert (article.source, article.author) == (source, author)
    assert "Nguồn" not in article.text and "Hoàng Nam" not in article.text


@pytest.mark.parametrize("after", [
    # a related story's card: a photo and a linked headline
    ('<div class="elementor-widget elementor-widget-image-box"><figure><a href="/tin/12"><img src="/t.jpg"></a>'
     '<figcaption><a href="/tin/12">Khởi công đường ven biển phía Nam nối ba huyện</a></figcaption></figure></div>'),
    # a promotion: a photo and a paragraph of its own beside it
    ('<div class="elementor-widget elementor-widget-image-box"><figure><img src="/qc.jpg"></figure>'
     '<p>Đặt vé xe khách Tết sớm, giảm 10% cho khách đặt qua ứng dụng trước ngày 15/12.</p></div>'),
])
def test_a_photo_box_beside_the_text_is_no_photo_of_the_story(after):
    text = extract(_widget_page(after), URL).text
    assert PARAGRAPHS[-1] in text
    assert "Khởi công đường ven biển" not in text and "Đặt vé xe khách" not in text


# The twentieth round's body (fields20), in other markup than the family's (a block editor's nodes).

NODE_CAPTION = "Cầu vượt nhìn từ nhánh rẽ phía Nam trong ngày thông xe."
NODE_HEADING = "Phân luồng trong những ngày đầu"


def _node_page(between: str = "") -> str:
    """A block editor's post: a short text block, a photo block, a sub-heading block and the long
    text block, each in a wrapper named for its kind, the text in a rich-text field's own <div>
    (``between``: one more block after the first)."""
    rest = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE}</title></head>
<body><header><a href="/">Bản tin giao thông</a></header><main><h1>{TITLE}</h1><p class="date">12/03/2024</p>
<div class="post-blocks"><div class="block block-text"><div class="rich"><p>{PARAGRAPHS[0]}</p></div></div>{between}
<div class="block block-image"><figure><img src="/cau-vuot.jpg" alt=""><figcaption>{NODE_CAPTION}</figcaption></figure></div>
<div class="block block-heading"><h3>{NODE_HEADING}</h3></div>
<div class="block block-text"><div class="rich">{rest}</div></div></div></main>
<footer>Bản tin giao thông. Địa chỉ: 25 Lê Lợi.</footer></body></html>"""


def test_a_short_text_block_among_a_post_s_photo_and_heading_blocks_is_the_story_s():
    article = extract(_node_page(), URL)
    assert article.text.split("\n")[0] == PARAGRAPHS[0]
    assert NODE_CAPTION in article.text and NODE_HEADING in article.text and PARAGRAPHS[-1] in article.text


def test_a_block_of_links_among_them_keeps_the_collection_out():
    # A related-stories block between the post's blocks: no collection of the story's nodes alone.
    links = ('<div class="block block-related"><ul><li><a href="/tin/12">Khởi công đường ven biển phía Nam</a></li>'
             '<li><a href="/tin/13">Sửa chữa mặt cầu Hà Thanh trong tháng 4</a></li></ul></div>')
    text = extract(_node_page(links), URL).text
    assert PARAGRAPHS[-1] in text
    assert "Khởi công đường ven biển" not in text


# The twenty-third round's lost paragraphs (recall24), in other builders' markup than the
# families': a post built of sibling modules, its closing modules adding little text.

UPDATE_NOTE = ("Cập nhật ngày 14/3/2024: Sở Giao thông vận tải cho biết từ ngày 15/3, xe tải trên 10 tấn "
               "được đi qua cầu vượt từ 22 giờ đến 5 giờ sáng hôm sau.")
MODULE_CAPTION = "Dòng xe qua cầu vượt trong buổi sáng đầu tiên thông xe."
# Each builder's text module, image module (with its caption) and the run's holder.
BUILDERS = {
    "squarespace": ('<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content">{}</div></div>',
                    '<div class="sqs-block image-block sqs-block-image"><div class="sqs-block-content"><img'
                    ' src="/cau.jpg" alt=""><p class="image-caption">{}</p></div></div>',
                    '<div class="col sqs-col-12 span-12">{}</div>'),
    "wix": ('<div class="wixui-rich-text" data-testid="richTextElement">{}</div>',
            '<div class="wixui-image"><img src="/cau.jpg" alt=""><p class="caption">{}</p></div>',
            '<div class="wixui-column-strip__column">{}</div>'),
    "webflow": ('<div class="post-module text-module"><div class="w-richtext">{}</div></div>',
                '<div class="post-module image-module"><img src="/cau.jpg" alt=""><div class="caption">{}</div></div>',
                '<div class="post-modules">{}</div>'),
}


def _module_page(builder: str, last: str = "") -> str:
    """A builder's post: the story's text module, a photo's module, then two short text modules
    (an update note, the source line) and ``last`` (more modules of the run)."""
    text, image, holder = BUILDERS[builder]
    modules = (text.format("".join(f"<p>{p}</p>" for p in PARAGRAPHS)) + image.format(MODULE_CAPTION)
               + text.format(f"<p><em>{UPDATE_NOTE}</em></p>")
               + text.format('<p style="text-align:right"><em>Theo Báo Giao thông</em></p>') + last)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE}</title>
<meta property="og:type" content="article"></head><body><header><a href="/">Bản tin Phú Yên</a></header>
<main><h1>{TITLE}</h1><p class="date">12/03/2024</p>{holder.format(modules)}</main>
<footer>Bản tin Phú Yên. Địa chỉ: 25 Lê Lợi.</footer></body></html>"""


@pytest.mark.parametrize("builder", sorted(BUILDERS))
def test_a_post_s_closing_modules_adding_little_text_are_the_story_s(builder):
    article = extract(_module_page(builder), URL)
    assert PARAGRAPHS[0] in article.text and UPDATE_NOTE in article.text
    assert article.source == "Báo Giao thông" and "Theo Báo" not in article.text


@pytest.mark.parametrize("last, box", [
    # a shop's teaser module: the product's picture, its name, price and a link to buy
    ('<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><p>Mật ong hoa tràm 500ml'
     ' - 250.000đ</p><p><a href="/cua-hang/mat-ong">Mua ngay</a></p></div></div>', "Mật ong hoa tràm"),
    # a newsletter module: its heading, a line and the form
    ('<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><h3>Nhận bản tin mỗi tuần</h3>'
     '<p>Để lại email để nhận tin mới nhất.</p><form><input type="email"><button>Gửi</button></form></div></div>',
     "Nhận bản tin"),
])
def test_a_module_run_ending_in_a_shop_teaser_or_a_newsletter_stays_out(last, box):
    text = extract(_module_page("squarespace", last), URL).text
    assert PARAGRAPHS[-1] in text
    assert box not in text


def _image_module_page(caption: str) -> str:
    """A builder's post whose image module captions the picture after its figure, not in it."""
    rest = "".join(f'<div class="module text"><p>{p}</p></div>' for p in PARAGRAPHS[1:])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE}</title>
<meta property="og:type" content="article"></head><body><header><a href="/">Bản tin Phú Yên</a></header>
<main><h1>{TITLE}</h1><p class="date">12/03/2024</p><div class="modules">
<div class="module text"><p>{PARAGRAPHS[0]}</p></div>
<div class="module image"><figure><img src="/cau.jpg" alt=""></figure><figcaption>{caption}</figcaption></div>
{rest}</div></main><footer>Bản tin Phú Yên. Địa chỉ: 25 Lê Lợi.</footer></body></html>"""


def test_a_caption_after_its_figure_is_the_figure_s():
    article = extract(_image_module_page(MODULE_CAPTION), URL)
    assert MODULE_CAPTION in article.text and PARAGRAPHS[-1] in article.text


def test_a_linked_headline_after_a_figure_is_no_caption():
    card = '<a href="/tin/12">Khởi công đường ven biển phía Nam nối ba huyện</a>'
    text = extract(_image_module_page(card), URL).text
    assert PARAGRAPHS[-1] in text and "Khởi công đường ven biển" not in text


# A story set in a layout table (tables22): one column of rows (a lead, a photo, a paragraph a
# row, the byline right-aligned), or a photo left of the text, as old government CMSs and
# pasted Word documents set it. Its rows are paragraphs, never a table's rows in pipes; and the
# page is no "table with a line or two beside it".

LEAD = "Nút giao quốc lộ 1 với đường tránh phía Tây thông xe sớm, giảm ùn tắc cho khu vực nội đô."
CAPTION = "Xe lưu thông qua cầu vượt trong ngày đầu thông xe."
BYLINE = "Quang Hưng"


def _table_story(table: str) -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tin tức</title></head>
<body><div class="header"><a href="/">Trang chủ</a> | <a href="/gioi-thieu">Giới thiệu</a></div>
<div class="content"><h1>{TITLE}</h1><div class="date">Ngày đăng: 12/03/2024</div>
{table}</div><div class="footer">Bản quyền thuộc Sở Giao thông vận tải. Địa chỉ: 25 Lê Lợi.</div></body></html>"""


def _rows_table(bold_lead: bool, photo: bool, caption: bool, rows: int, byline: bool) -> str:
    lead = f"<strong>{LEAD}</strong>" if bold_lead else LEAD
    cells = [lead]
    if photo:
        cells.append('<img src="/upload/cau-vuot.jpg" width="500">')
        if caption:
            cells.append(f"<em>{CAPTION}</em>")
    cells += PARAGRAPHS[:rows]
    trs = "".join(f"<tr><td>{cell}</td></tr>" for cell in cells)
    if byline:
        trs += f'<tr><td align="right"><strong>{BYLINE}</strong></td></tr>'
    return f'<table width="100%">{trs}</table>'


@pytest.mark.parametrize("bold_lead", [True, False], ids=["bold-lead", "plain-lead"])
@pytest.mark.parametrize("photo,caption", [(True, False), (True, True), (False, False)],
                         ids=["photo", "photo-caption", "no-photo"])
@pytest.mark.parametrize("rows", [2, 3, 4])
@pytest.mark.parametrize("byline", [True, False], ids=["byline", "no-byline"])
def test_a_story_in_a_one_column_layout_table_reads_as_paragraphs(bold_lead, photo, caption, rows, byline):
    article = extract(_table_story(_rows_table(bold_lead, photo, caption, rows, byline)), URL)
    assert article.is_article, article.reason
    assert "|" not in article.text
    lines = article.text.split("\n")
    assert lines[-rows:] == list(PARAGRAPHS[:rows]) and LEAD in lines
    if byline:
        assert article.author == BYLINE


def _word_table() -> str:
    """A Word document pasted into the CMS's editor: ``MsoNormalTable``, a ``<p class=MsoNormal>``
    in every cell, its spans and ``<o:p>``s."""
    rows = "".join(
        f'<tr style="mso-yfti-irow:{n}"><td width="100%" valign=top style="padding:0cm 5.4pt 0cm 5.4pt">'
        f'<p class=MsoNormal style="text-align:justify"><span lang=VI style="font-size:13.0pt">{p}<o:p></o:p>'
        f"</span></p></td></tr>" for n, p in enumerate((LEAD, *PARAGRAPHS)))
    return (f'<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width="100%" '
            f'style="width:100.0%;mso-cellspacing:0cm">{rows}<tr><td><p class=MsoNormal align=right '
            f'style="text-align:right"><b><span lang=VI>{BYLINE}</span></b></p></td></tr></table>')


def _portal_cell() -> str:
    """An old portal's one cell holding the story as runs: text<br><br>text."""
    return (f'<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="noidung">'
            f'<b>{LEAD}</b><br><br>{"<br><br>".join(PARAGRAPHS)}<br><br>'
            f'<div align="right"><b>{BYLINE}</b></div></td></tr></table>')


def _photo_left_table() -> str:
    """A photo (its caption under it) in the left cell, the story's first paragraph right of it,
    the rest in rows across both columns."""
    rest = "".join(f"<tr><td colspan=2>{p}</td></tr>" for p in PARAGRAPHS[1:])
    return (f'<table width="100%" cellpadding="4"><tr><td width="40%" valign="top">'
            f'<img src="/upload/cau-vuot.jpg" width="260"><br><i>{CAPTION}</i></td>'
            f'<td valign="top">{PARAGRAPHS[0]}</td></tr>{rest}'
            f'<tr><td colspan="2" align="right"><b>{BYLINE}</b></td></tr></table>')


@pytest.mark.parametrize("table", [_word_table, _portal_cell, _photo_left_table],
                         ids=["word-mso", "portal-br", "photo-left"])
def test_a_story_in_other_layout_tables_reads_as_paragraphs(table):
    article = extract(_table_story(table()), URL)
    assert article.is_article, article.reason
    assert "|" not in article.text
    lines = article.text.split("\n")
    assert all(p in lines for p in PARAGRAPHS)
    assert article.author == BYLINE


PRICES = ('<table border="1" cellpadding="2"><tr><td><b>Mặt hàng</b></td><td><b>Đơn vị</b></td>'
          '<td><b>Giá (đồng)</b></td></tr><tr><td>Xi măng PCB40</td><td>tấn</td><td>1.450.000</td></tr>'
          '<tr><td>Thép cuộn phi 6</td><td>kg</td><td>14.800</td></tr>'
          '<tr><td>Cát xây dựng</td><td>m3</td><td>320.000</td></tr></table>')
RESULTS = ('<table class="table"><thead><tr><th>Hạng</th><th>Đơn vị thi công</th><th>Điểm</th></tr></thead>'
           '<tbody><tr><td>1</td><td>Công ty Cầu đường số 3</td><td>95</td></tr>'
           '<tr><td>2</td><td>Công ty Xây dựng Phú Tài</td><td>91</td></tr>'
           '<tr><td>3</td><td>Công ty Giao thông 1</td><td>88</td></tr></tbody></table>')


@pytest.mark.parametrize("table,first_row", [
    (PRICES, "| Mặt hàng | Đơn vị | Giá (đồng) |"),                # no <th>: a row of short cells, numbers
    (RESULTS, "| Hạng | Đơn vị thi công | Điểm |"),             # a header row
], ids=["prices", "results"])
def test_a_data_table_inside_a_story_keeps_its_rows(table, first_row):
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2]) + table + f"<p>{PARAGRAPHS[2]}</p>"
    article = extract(_table_story(paragraphs), URL)
    assert article.is_article
    assert first_row in article.text.split("\n")
    assert PARAGRAPHS[0] in article.text and PARAGRAPHS[2] in article.text


def test_a_table_with_a_description_beside_each_item_keeps_its_rows():
    # Two cells of text in a row, one of them a long sentence: a register's, not a layout's.
    rows = "".join(f"<tr><td>Gói thầu số {n}</td><td>{p}</td></tr>" for n, p in enumerate(PARAGRAPHS[1:], 1))
    page = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:1]) + f"<table>{rows}</table>"
    text = extract(_table_story(page), URL).text
    assert f"| Gói thầu số 1 | {PARAGRAPHS[1]} |" in text.split("\n")


def test_one_paragraph_among_short_rows_is_no_story_s_layout():
    # A page's print layout (its name, a date, one paragraph, a link back) or a boxed note: one
    # paragraph is no story set a paragraph a row, and the table keeps its reading.
    from lxml import html

    from crawler.extract.clean import unwrap_layout_tables
    tree = html.fromstring(f"<div><table><tr><td><b>{TITLE}</b></td></tr><tr><td>12/03/2024</td></tr>"
                           f"<tr><td>{PARAGRAPHS[0]}</td></tr><tr><td><a href='/'>Trang chủ</a></td></tr></table></div>")
    unwrap_layout_tables(tree)
    assert tree.find(".//table") is not None
# A desktop publisher's export (Muse, iWeb, a Dreamweaver template): every text a frame placed by
# position, all frames of one class, the headline a styled <span> in a frame of its own, the
# builder's page name as <title>, &nbsp; paragraphs as spacers; the other stories' links below.

OTHER = ("/tin-tuc/sua-chua-mat-cau-ha-thanh.html", "Sửa chữa mặt cầu Hà Thanh trong tháng 4 năm nay")


def _frame(inner: str) -> str:
    return f'<div class="clearfix colelem"><p><span class="txt">{inner}</span></p></div>'


def _framed(headline: str = TITLE, date_frame: str = "Ngày đăng: 12/03/2024",
            paragraphs: tuple[str, ...] = PARAGRAPHS, teasers: tuple[tuple[str, str], ...] = (OTHER,)) -> str:
    body = "<p>&nbsp;</p>".join(f"<p>{p}</p>" for p in paragraphs)
    links = "".join(f'<div class="clearfix colelem"><p><a class="nonblock" href="{href}">{text}</a></p></div>'
                    for href, text in teasers)
    return f"""<!DOCTYPE html><html class="nojs html" lang="vi-VN"><head><meta charset="utf-8">
<meta name="generator" content="2018.1.1.386"><title>Tin tức</title></head>
<body><div class="clearfix" id="page"><div class="clearfix colelem"><p>SỞ GIAO THÔNG VẬN TẢI</p></div>
<nav class="MenuBar"><a href="/index.html">Trang chủ</a> <a href="/tin-tuc.html">Tin tức</a></nav>
<div class="clearfix colelem"><p><a href="/index.html">Trang chủ</a> &gt; <a href="/tin-tuc.html">Tin tức</a></p></div>
{_frame(headline)}{_frame(date_frame) if date_frame else ""}
<div class="clearfix colelem">{body}<p>&nbsp;</p></div>
{_frame("TIN KHÁC")}{links}
<div class="clearfix colelem"><p>Sở Giao thông vận tải. Địa chỉ: 25 Lê Lợi. Thiết kế bởi Adobe Muse.</p></div>
</div></body></html>"""


@pytest.mark.parametrize(("date_frame", "published"), [("Ngày đăng: 12/03/2024", "2024-03-12"),
                                                       ("Cập nhật: 12-03-2024 | 09:15", "2024-03-12T09:15:00+07:00"),
                                                       ("(12/03/2024)", "2024-03-12")])
def test_a_headline_alone_in_its_frame_over_the_date_frame_is_the_headline(date_frame, published):
    article = extract(_framed(date_frame=date_frame), URL)
    assert article.is_article
    assert (article.title, article.published) == (TITLE, published)
    assert PARAGRAPHS[0] in article.text and TITLE not in article.text


def test_a_line_alone_in_its_frame_with_no_date_frame_under_it_stays_no_headline():
    """No date line under it, no bold or large style: nothing tells the line from a kicker or a
    caption; the builder's page name stays the title."""
    article = extract(_framed(date_frame=""), URL)
    assert article.title == "Tin tức"


def test_a_headline_frame_stays_though_the_other_pages_tease_the_story_in_frames_alike():
    """The site's other pages link to this story in frames of the same class, with its headline
    as their text: the crawl learns that line as template. The page's own headline stays; the
    teaser of another story, learnt the same way, goes."""
    def other_page(i: int) -> str:
        return _framed(headline=f"Tin thứ {i} của Sở Giao thông vận tải trong tuần này",
                       paragraphs=tuple(f"Đoạn {j} của bài {i}, một câu chuyện khác của cùng trang." for j in range(4)),
                       teasers=(("/tin-tuc/88", TITLE), OTHER))
    template = set.intersection(*(set(block_hashes(parse_html(other_page(i)))) for i in range(3)))
    known = PageContext(anchor=TITLE, knowledge=SiteKnowledge.of(template, []))   # as a list links to it
    article = extract(_framed(), URL, context=known)
    assert article.is_article and article.title == TITLE
    assert PARAGRAPHS[-1] in article.text and OTHER[1] not in article.text


def test_a_master_page_of_placeholder_text_is_no_article():
    filler = ("Nội dung tin tức nhập vào đây. Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do "
              "eiusmod tempor incididunt ut labore et dolore magna aliqua.",
              "Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo "
              "consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore.")
    article = extract(_framed(headline="Tiêu đề tin tức mẫu của trang", date_frame="Ngày đăng: dd/mm/yyyy",
                              paragraphs=filler), URL)
    assert not article.is_article and "placeholder" in article.reason


def test_a_brief_of_short_paragraphs_beside_a_forgotten_placeholder_block_stays_an_article():
    """review17: a brief's four short paragraphs (under 25 words each), the builder's sample text
    block left under them: its own lines are a story's length, the page is judged on them."""
    brief = ("Sáng 12/3, Sở Giao thông vận tải tổ chức thông xe cầu vượt tại nút giao quốc lộ 1 với đường tránh "
             "phía Tây.", "Cầu dài 420 mét, rộng 16 mét với bốn làn xe, tổng vốn đầu tư hơn 310 tỷ đồng.",
             "Công trình hoàn thành sớm hơn kế hoạch gần một tháng nhờ nhà thầu thi công ba ca.",
             "Sở đề nghị người dân chấp hành biển báo, phân làn khi lưu thông qua cầu.")
    sample = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et "
              "dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip.")
    article = extract(_framed(paragraphs=(*brief, sample)), URL)
    assert article.is_article, article.reason
    assert article.title == TITLE and brief[-1] in article.text


def test_a_story_quoting_the_placeholder_text_stays_an_article():
    quoted = ("Theo nhóm thiết kế, bản mẫu cũ còn để nguyên đoạn chữ giả “Lorem ipsum dolor sit amet” ở "
              "chân trang, nay đã được thay bằng thông tin liên hệ của Sở.",)
    article = extract(_framed(paragraphs=PARAGRAPHS + quoted), URL)
    assert article.is_article and article.title == TITLE


HEADLINE = "Thu hoạch lúa vụ mùa tại huyện Krông Ana và Lắk"


def _title_block(block: str, title: str = "Thu hoạch lúa vụ mùa tại huyện Krông Ana và ...") -> str:
    """A provincial portal's story: no <h1>, no metadata date, the headline an <h2> in a title
    block with (or above) its date line, the CMS's <title> cut short."""
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title></head>
<body><div class="header"><a href="/">Trang chủ</a> <a href="/xa-hoi">Xã hội</a> <a href="/kinh-te">Kinh tế</a></div>
<div class="main"><div class="detail">{block}<div class="content">{paragraphs}</div></div></div>
<div class="footer">Báo Đắk Lắk. Giấy phép số 123/GP-BTTTT. Địa chỉ: 16 Lê Duẩn.</div></body></html>"""


@pytest.mark.parametrize("block", [
    f'<h2 class="title">{HEADLINE} <span class="date">Thứ Năm, 05/12/2024 08:15</span></h2>',
    f'<div class="title-block"><h2>{HEADLINE}</h2><div class="time">Thứ Năm, 05/12/2024 08:15</div></div>',
    f'<h2 class="tieude">{HEADLINE}<br>Thứ Năm, 05/12/2024 08:15</h2>',
    f'<h2 class="tieude">{HEADLINE}<br><small>Cập nhật lúc: 08:15 05/12/2024</small></h2>',
], ids=["span-in-h2", "div-in-title-block", "after-br", "small-after-br"])
def test_date_line_in_headline_block_dates_the_page(block: str) -> None:
    """The headline's text is its words alone; the date line it shares a block with dates the page."""
    article = extract(_title_block(block), URL)
    assert article.title == HEADLINE
    assert article.published == "2024-12-05T08:15:00+07:00"


@pytest.mark.parametrize(("headline", "title"), [
    ("Lễ hội 30/4 tại huyện Krông Ana và Lắk", "Lễ hội 30/4 tại huyện Krông Ana và Lắk - Báo Đắk Lắk"),
    ("Ngày 5/12: Krông Ana và Lắk thu hoạch lúa", "Ngày 5/12: Krông Ana và Lắk thu hoạch lúa - Báo Đắk Lắk"),
    ("Kỷ niệm ngày <b>30/4/1975</b> tại Krông Ana và Lắk", "Kỷ niệm ngày 30/4/1975 tại Krông Ana và Lắk - Báo Đắk Lắk"),
], ids=["festival-day", "day-label", "bold-day"])
def test_headline_naming_a_date_stays_whole(headline: str, title: str) -> None:
    """A date among the headline's words is part of it, not a date line: the date line under it dates the page."""
    block = f'<h2 class="title">{headline}</h2><div class="date">Thứ Năm, 05/12/2024 08:15</div>'
    article = extract(_title_block(block, title), URL)
    assert article.title == title.split(" - ")[0]
    assert article.published == "2024-12-05T08:15:00+07:00"


# --- a legacy news cell: an icon link and a bold lead open it, paragraphs between <br><br> -------

def _icon_led_cell(lead_wrap: str) -> str:
    """A district portal on an old PHP table theme: the headline in a caption cell, the story's
    cell opening with the category's icon link and the bold lead, the paragraphs typed between
    ``<br><br>``, the poster's row under it and the comment tables after."""
    lead, *rest = PARAGRAPHS
    body = "<br />\n<br />\n".join(rest)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Sở Giao thông vận tải - {TITLE}</title></head>
<body><table width="100%"><tr><td class="left" width="180" valign="top"><a href="/">Trang chủ</a><br>
<a href="/tin-tuc.php">Tin tức</a><br><a href="/lien-he.php">Liên hệ</a></td><td class="main" valign="top">
<table width="100%"><tr><td class="cap-left"></td><td class="cap">{TITLE}</td><td class="cap-right"></td></tr></table>
<table width="100%" class="spacer"><tr><td class="main-body"><a href="/tin-tuc.php?cat=2"><img src="/cat/giao-thong.gif"
alt="Giao thông"></a>{lead_wrap.format(lead=lead)}<br />
<br />
{body}</td></tr><tr><td class="news-footer" align="center">Đăng bởi bientap lúc 12-03-2025 09:14 · 0 bình luận · 212 lượt xem</td></tr></table>
<table width="100%"><tr><td class="cap-left"></td><td class="cap">Bình luận</td><td class="cap-right"></td></tr></table>
<table width="100%" class="spacer"><tr><td class="main-body"><div align="center">Chưa có bình luận nào.</div></td></tr></table>
</td></tr></table></body></html>"""


@pytest.mark.parametrize("lead_wrap", ["<strong>{lead}</strong>", "<b><i>{lead}</i></b>", "{lead}"])
def test_a_story_cell_opened_by_an_icon_link_reads_as_paragraphs(lead_wrap):
    article = extract(_icon_led_cell(lead_wrap), "https://sogtvt.example/news.php?readmore=88")
    assert article.is_article, article.reason
    assert article.title == TITLE
    assert article.text.split("\n") == list(PARAGRAPHS)
    assert "|" not in article.text and "bình luận" not in article.text
