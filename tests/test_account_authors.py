"""The account a CMS names in the page's metadata and "Posted by" line is not the writer when it is a
body (a cooperative's shop posting its own news) or when the text is signed (issue 12)."""

from __future__ import annotations

import pytest

from crawler.extract import extract
from crawler.extract.clean import byline_name

URL = "https://thocamphiengcam.example/tin-tuc/phien-cho-tho-cam-cuoi-tuan"
TITLE = "Phiên chợ thổ cẩm cuối tuần hút khách về bản Phiêng Cằm"
STORY = (
    "Sáng Chủ nhật, hơn ba mươi gian hàng thổ cẩm của các hộ trong bản đã bày bán khăn piêu, túi đeo và váy áo "
    "truyền thống dọc con đường bê tông dẫn vào trung tâm bản, thu hút đông đảo du khách dưới xuôi.",
    "Bà Lò Thị Xuân, người có gần năm mươi năm dệt vải, cho biết mỗi tấm khăn piêu phải thêu ròng rã hơn một tháng; "
    "năm nay các chị em trong tổ dệt đã nhận thêm đơn hàng của hai công ty lữ hành ở Hà Nội.",
    "Sau phiên chợ, tổ dệt sẽ mở lớp dạy thêu cho các em học sinh vào dịp nghỉ hè để giữ nghề của bản, "
    "đồng thời quay video giới thiệu các mẫu hoa văn cổ trên trang của cửa hàng.",
)


def shop_post(account: str, signature: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE} - Thổ cẩm Phiêng Cằm</title>
<meta property="og:title" content="{TITLE}"></head><body>
<header class="hdr"><a class="brand" href="/">Thổ cẩm Phiêng Cằm</a><a href="/gio-hang">Giỏ hàng (0)</a></header>
<main><div class="blog-post" itemscope itemtype="http://schema.org/Article">
<meta itemprop="author" content="{account}"><meta itemprop="datePublished" content="2025-06-14">
<h1 class="post-heading">{TITLE}</h1>
<p class="post-meta">Người đăng: <span>{account}</span> - 14/06/2025</p>
<div class="post-body">{body}{signature}</div></div>
<aside class="shop-side"><h3>Sản phẩm mới</h3><ul><li><a href="/khan-pieu-theu-tay">Khăn piêu thêu tay</a> 350.000đ</li>
<li><a href="/tui-deo-hoa-van">Túi đeo hoa văn</a> 180.000đ</li></ul></aside></main>
<footer class="ftr"><p>{account}</p><p>Bản Phiêng Cằm, xã Chiềng Ly, huyện Thuận Châu</p></footer></body></html>"""


SIGNED = "<p style='text-align:right'><em>Bài và ảnh: Lường Văn Thắng</em></p>"


@pytest.mark.parametrize("account", ["Hợp tác xã Dệt thổ cẩm Phiêng Cằm", "Hội Phụ nữ bản Phiêng Cằm"])
def test_a_body_posting_its_own_news_is_no_author(account):
    article = extract(shop_post(account), URL)
    assert article.is_article, article.reason
    assert article.author is None


@pytest.mark.parametrize("account", ["Hợp tác xã Dệt thổ cẩm Phiêng Cằm", "Cầm Thị Nga"])
def test_the_texts_signature_beats_the_posting_account(account):
    article = extract(shop_post(account, SIGNED), URL)
    assert article.author == "Lường Văn Thắng"
    assert "Lường Văn Thắng" not in article.text


@pytest.mark.parametrize("account", ["Cầm Thị Nga", "Khoa Nguyễn"])   # "Khoa", a faculty's word, a name too
def test_a_person_posting_an_unsigned_story_is_still_its_author(account):
    article = extract(shop_post(account), URL)
    assert article.author == account


def theme_post(meta_author: str, signature: str = "") -> str:
    """A theme that writes its own name in ``<meta name="author">`` on every page, over a story
    signed at its end (in another layout than the shop's above)."""
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE}</title>
<meta name="author" content="{meta_author}"><meta property="article:published_time" content="2025-06-14T09:00:00+07:00">
</head><body><div id="top">Hotline: 0212 3852 xxx</div><nav><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức</a></nav>
<section class="blog"><h2 class="post-title">{TITLE}</h2><p class="info">Đăng lúc 09:00, 14/06/2025</p>
<div class="content">{body}{signature}</div></section><footer>Bản quyền thuộc Ban quản lý bản Phiêng Cằm</footer></body></html>"""


@pytest.mark.parametrize("product", ["OctoberCMS", "WordPress", "JoomlaTheme"])
def test_a_products_name_in_the_metadata_is_no_writer(product):
    signed = extract(theme_post(product, "<p style='text-align: right;'><strong>Lò Văn Hùng</strong></p>"), URL)
    assert signed.author == "Lò Văn Hùng"
    assert extract(theme_post(product), URL).author is None


@pytest.mark.parametrize("person", ["Cầm Thị Nga", "Minh", "Nga Cầm"])
def test_a_persons_name_in_the_metadata_is_still_the_writer(person):
    assert extract(theme_post(person), URL).author == person


def office_post(account: str, ending: str = "") -> str:
    """A flat-file CMS's entry: "Đăng bởi: <account>" beside the date over the lead, the story's
    own credit (if any) as its last paragraph."""
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE} | Thổ cẩm</title></head>
<body><header class="site-header"><a href="/">Thổ cẩm Phiêng Cằm</a></header><main><article class="entry">
<header class="entry__header"><h1 class="entry__title">{TITLE}</h1><div class="entry__meta">
<time datetime="2025-06-14T09:00:00+07:00">thứ bảy, 14/06/2025 09:00</time>
<span class="entry__posted-by">Đăng bởi: {account}</span></div></header>
<div class="entry__content">{body}{ending}</div></article></main></body></html>"""


@pytest.mark.parametrize("office", ["Ban Truyền thông", "Ban Tuyên giáo", "Phòng Kinh doanh"])
def test_an_offices_posting_account_gives_way_to_the_signature(office):
    """"Đăng bởi: Ban Truyền thông": an office's account posted the entry; the person signing the
    story wrote it, and with no one signing, nobody did."""
    signed = extract(office_post(office, "<p style='text-align: right'><strong>Tin, ảnh: Lò Thị Mai</strong></p>"), URL)
    assert signed.author == "Lò Thị Mai"
    sourced = extract(office_post(office, "<p style='text-align: right'><em>Theo Báo Sơn La</em></p>"), URL)
    assert sourced.author is None and sourced.source == "Báo Sơn La"


@pytest.mark.parametrize("person", ["Ban Mai", "Cầm Thị Nga"])   # "Ban Mai": a pen name, every syllable capitalised
def test_a_person_posting_an_entry_is_still_its_author(person):
    assert extract(office_post(person), URL).author == person


def microdata_post(account: str, signature: str = "", teasers: str = "") -> str:
    """Textpattern's article form: the account in the meta line's microdata Person, a line that
    the page drops as its meta bar; the story may be signed at its end."""
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Thổ cẩm: {TITLE}</title></head>
<body><header><h1 class="site-name"><a href="/">Thổ cẩm Phiêng Cằm</a></h1></header><main>
<article class="article" itemscope itemtype="https://schema.org/Article"><h1 itemprop="headline">{TITLE}</h1>
<p class="article-meta"><strong>Đăng ngày</strong> <time datetime="2025-06-14T09:00:00+07:00"
itemprop="datePublished">14/06/2025 09:00</time><br><strong>Tác giả</strong> <span itemprop="author" itemscope
itemtype="https://schema.org/Person"><span itemprop="name">{account}</span></span><br>
<strong>Bình luận</strong> <a href="#comments">2</a></p>
<div itemprop="articleBody">{body}{signature}</div></article>{teasers}</main></body></html>"""


def test_the_articles_microdata_names_its_writer():
    assert extract(microdata_post("Cầm Thị Nga"), URL).author == "Cầm Thị Nga"


@pytest.mark.parametrize("account", ["Ban Biên tập", "Văn phòng Hội", "Ban Truyền thông"])
def test_an_account_or_an_office_in_the_microdata_is_no_writer(account):
    assert extract(microdata_post(account), URL).author is None
    signed = extract(microdata_post(account, "<p style='text-align:right'><strong>Bài và ảnh: Lò Văn Hùng"
                                              "</strong></p>"), URL)
    assert signed.author == "Lò Văn Hùng"


def test_a_teasers_microdata_author_is_not_the_pages():
    """Cards of other posts, each its own BlogPosting with an author: none of them wrote this one."""
    card = ("<div itemscope itemtype='https://schema.org/BlogPosting'><h3 itemprop='headline'><a href='/tin-tuc/{0}'>"
            "Tin {0}</a></h3><span itemprop='author'>Lò Văn Hùng</span></div>")
    teasers = "<aside><h2>Tin khác</h2>" + "".join(card.format(n) for n in ("mot", "hai", "ba")) + "</aside>"
    assert extract(microdata_post("Ban Biên tập", teasers=teasers), URL).author is None


@pytest.mark.parametrize(("name", "office"), [
    ("Ban Truyền thông", True),
    ("Ban Tuyên giáo Huyện ủy", True),
    ("Ban Mai", False),
    ("Bàn Thị Mai", False),              # a Dao surname, not "Ban"
    ("Bàn Văn Thu và Lê Hà", False),
    ("Ban Mai và Hoàng Anh", False),     # two people
    ("Ban Mai theo TTXVN", False),       # a name and its source
    ("Ban Mai (tổng hợp)", False),
])
def test_an_office_named_ban_is_told_from_people(name, office):
    from crawler.extract.clean import is_organisation
    assert is_organisation(name) is office


def test_a_dao_writers_signature_is_her_byline():
    assert byline_name("Bàn Thị Mai và Lê Hà", right_aligned=True) == "Bàn Thị Mai và Lê Hà"


def test_a_credit_line_of_bold_labels_ends_the_name_at_the_photo_s_label():
    """"<b>Tin:</b> Hải Yến <b>Ảnh:</b> Lê Minh": the labels are elements, no dash between the
    credits; the writer is the name before the photo's label. A photographer named Ánh, and the
    dash-separated line, keep their answers."""
    from .test_detect_records20 import BASE, PROSE, portal
    date = '<div class="meta">Thứ sáu, 20/11/2026 08:15</div>'
    for line, author in (("<p><strong>Tin:</strong> Hải Yến <strong>Ảnh:</strong> Lê Minh</p>", "Hải Yến"),
                         ("<p><strong>Tin: Hải Yến - Ảnh: Lê Minh</strong></p>", "Hải Yến"),
                         ("<p><strong>Tin, ảnh:</strong> Ngọc Ánh</p>", "Ngọc Ánh")):
        article = extract(portal("Hội Nông dân huyện tổng kết mô hình trồng dưa lưới trong nhà màng",
                                 date + f'<div class="bodytext">{PROSE}{line}</div>'),
                          BASE + "/news/thoi-su/tong-ket-mo-hinh-12347.html")
        assert article.author == author
        assert "Lê Minh" not in article.text


def filed_post(poster: str, ending: str = "", part: str = "") -> str:
    """A Hugo-era blog theme's entry: "Đăng bởi: <account or name> trong <category> vào <date>"
    under the headline, the poster's page and the category as links; the entry ends with the
    story's own credit, a next-part line of a series and the share buttons, each naming its
    network, loose in the column after the text."""
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE} | Thổ cẩm</title></head>
<body><div class="navbar"><a href="/">Thổ cẩm Phiêng Cằm</a></div><div class="container"><div class="col-main">
<h2>{TITLE}</h2>
<p class="byline">Đăng bởi: <a href="/nguoi-dang/{poster.lower()}/">{poster}</a> trong
<a href="/chuyen-muc/hoat-dong/">Hoạt động</a> vào 09:00 ngày 14/06/2025</p>
{body}{ending}{part}
<a class="button" href="https://www.facebook.com/sharer.php?u=x">Chia sẻ lên Facebook</a>
<a class="button" href="https://zalo.me/share?u=x">Chia sẻ qua Zalo</a>
<nav class="pagination"><a href="/bai-truoc/">&larr; Bài trước</a></nav></div></div></body></html>"""


@pytest.mark.parametrize("account", ["bientap", "admin", "quantri"])
def test_an_account_filed_in_a_category_is_no_writer(account):
    """"Đăng bởi bientap trong Hoạt động": the account and the section it filed the entry in, no
    writer; the story's own "Tin, ảnh:" credit names the writer, and the poster's line goes."""
    article = extract(filed_post(account), URL)
    assert article.author is None and "Đăng bởi" not in article.text
    signed = extract(filed_post(account, "<p style='text-align: right'><strong>Tin, ảnh: Lò Thị Mai</strong></p>"), URL)
    assert signed.author == "Lò Thị Mai"


@pytest.mark.parametrize("person", ["Cầm Thị Nga", "Lò Văn Hùng"])
def test_a_person_filed_in_a_category_is_the_writer_without_the_category(person):
    assert extract(filed_post(person), URL).author == person


def test_share_buttons_naming_their_network_and_the_next_part_line_are_no_story():
    """The share row under the story hid its closing next-part line from the series' rule: with the
    row gone, "Kỳ 3: …" under part 2 is the series' teaser again."""
    part = "<p style='text-align: right'><em>Kỳ 3: Những phiên chợ vùng cao</em></p>"
    page = filed_post("Cầm Thị Nga", part=part).replace(TITLE, f"Chợ vùng cao (Kỳ 2): {TITLE}")
    article = extract(page, URL)
    assert "Chia sẻ" not in article.text and "Kỳ 3" not in article.text
    assert article.text.endswith(STORY[-1])


def test_a_sentence_opening_with_a_share_on_a_network_stays():
    told = "<p>Chia sẻ lên Facebook, chị Lò Thị Mai cho biết bức ảnh phiên chợ đã có hàng nghìn lượt thích.</p>"
    article = extract(filed_post("Cầm Thị Nga", ending=told), URL)
    assert "Chia sẻ lên Facebook, chị Lò Thị Mai" in article.text


def interview_post(byline: str) -> str:
    """A broadcaster's interview: the date and the author block side by side in one meta row over
    the lead, the byline naming who conducted it and the office after a slash."""
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE}</title>
<meta property="article:published_time" content="2025-06-14T09:00:00+07:00"></head><body>
<nav class="menu"><a href="/">Trang chủ</a> <a href="/xa-hoi">Xã hội</a></nav><main><article class="detail">
<h1 class="detail__title">{TITLE}</h1><div class="detail__meta"><div class="detail__time"><span>Thứ Bảy,
09:00, 14/06/2025</span></div><div class="detail__author"><span class="author">{byline}</span></div></div>
<div class="detail__content">{body}</div></article></main></body></html>"""


@pytest.mark.parametrize(("byline", "author"), [
    ("Lò Thị Mai (thực hiện)/VOV-Tây Bắc", "Lò Thị Mai"),
    ("Lò Thị Mai (CTV)/Báo Sơn La", "Lò Thị Mai"),
    ("Lò Thị Mai/VOV-Tây Bắc", "Lò Thị Mai"),
    ("Lò Thị Mai/TTXVN", "Lò Thị Mai"),
    ("Lò Thị Mai (thực hiện)", "Lò Thị Mai"),
    ("Lò Thị Mai/Hoàng Nam", "Lò Thị Mai/Hoàng Nam"),   # two people, as printed
])
def test_a_byline_with_its_credit_aside_and_office_after_a_slash(byline, author):
    """The office or outlet after a slash is no part of the person's name, as a unit after a
    dash or in brackets is not (the families' spec)."""
    assert extract(interview_post(byline), URL).author == author


def test_a_heading_with_an_aside_before_a_slash_is_no_byline():
    assert byline_name("Giá lúa (thực hiện)/tháng 6", right_aligned=True) is None


@pytest.mark.parametrize(("line", "author"), [
    ("Đăng bởi: admin trong", None),                     # the section's link learned as template, gone
    ("Đăng bởi: quantri trong Tin hoạt động", None),
    ("Đăng bởi: Nguyễn Thị Thanh Hương trong", "Nguyễn Thị Thanh Hương"),
])
def test_a_posters_line_ends_its_name_at_in_even_with_its_section_gone(line, author):
    assert byline_name(line) == author
