"""The account a CMS names in the page's metadata and "Posted by" line is not the writer when it is a
body (a cooperative's shop posting its own news) or when the text is signed (issue 12)."""

from __future__ import annotations

import pytest

from crawler.extract import extract

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
