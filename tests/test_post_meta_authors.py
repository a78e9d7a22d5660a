"""The fourteenth round's fields: a blog's post meta line naming its writers after the post's time
("Đăng 2 ngày trước bởi A và B"), a Windows domain's login as the posting account
("sitecore\\bientap"), and the caption of a picture's own block that is no ``<figure>``. Each
rule on markup other than the round's fixtures, and a page that merely resembles the case."""

from __future__ import annotations

import pytest

from crawler.extract import extract
from crawler.extract.clean import is_account

URL = "https://baoangiang.example/2025/05/nong-dan-thoai-son-thu-hoach-lua-he-thu"
TITLE = "Nông dân Thoại Sơn thu hoạch lúa hè thu sớm, được giá"
STORY = (
    "Những ngày này, nông dân các xã Vọng Đông, Vọng Thê của huyện Thoại Sơn đang tập trung thu hoạch "
    "hơn 3.000 ha lúa hè thu sớm; năng suất bình quân đạt 6,5 tấn mỗi héc-ta, cao hơn vụ trước.",
    "Thương lái thu mua lúa tươi tại ruộng với giá từ 6.800 đến 7.200 đồng mỗi ký tùy giống, nhiều hộ "
    "có lãi từ 20 đến 25 triệu đồng mỗi héc-ta sau khi trừ chi phí.",
    "Ông Nguyễn Văn Tư, ấp Tân Hiệp, cho biết nhờ áp dụng chương trình một phải năm giảm, lượng giống "
    "và phân bón giảm đáng kể, trong khi lúa ít sâu bệnh và dễ bán hơn.",
    "Phòng Nông nghiệp huyện khuyến cáo bà con thu hoạch đến đâu xử lý rơm rạ đến đó, không đốt đồng, "
    "để chuẩn bị xuống giống vụ thu đông đúng lịch thời vụ.",
)


def wordpress_post(meta: str, *, above: bool = False, extra: str = "") -> str:
    """A WordPress theme's post (``entry-header``, ``entry-content``, ``entry-footer``), the meta
    line over the body or under it."""
    body = "".join(f"<p>{p}</p>" for p in STORY) + extra
    line = f'<div class="entry-meta">{meta}</div>'
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE} – Báo An Giang</title>
</head><body class="single single-post"><header id="masthead"><a href="/">Báo An Giang</a>
<nav><a href="/kinh-te/">Kinh tế</a> <a href="/xa-hoi/">Xã hội</a></nav></header>
<main id="main"><article class="post type-post"><header class="entry-header"><h1 class="entry-title">{TITLE}</h1>
{line if above else ""}</header><div class="entry-content">{body}</div>
<footer class="entry-footer">{"" if above else line}</footer></article>
<aside class="widget-area"><h2>Tin mới</h2><ul><li><a href="/2025/05/gia-lua-tang">Giá lúa tăng nhẹ đầu vụ</a></li>
<li><a href="/2025/05/mua-som">Mưa sớm ở vùng Bảy Núi</a></li></ul></aside></main>
<footer id="colophon"><p>Báo An Giang – Cơ quan của Đảng bộ tỉnh An Giang</p></footer></body></html>"""


@pytest.mark.parametrize("above", [False, True])
def test_writers_after_the_posts_relative_time_and_by(above):
    meta = ('Đăng <a href="/2025/05/20/">3 giờ trước</a> bởi <a href="/author/thanh-hai/">Thanh Hải</a> '
            'và <a href="/author/kim-ngan/">Kim Ngân</a> · 4 phút đọc')
    article = extract(wordpress_post(meta, above=above), URL)
    assert article.is_article, article.reason
    assert article.author == "Thanh Hải, Kim Ngân"
    assert "phút đọc" not in article.text


def test_a_plain_writer_after_the_posts_date_and_by():
    article = extract(wordpress_post("Chuyên mục: Kinh tế | Đăng ngày 20/05/2025 bởi Minh Quân"), URL)
    assert article.author == "Minh Quân"


@pytest.mark.parametrize("meta", [
    'Đăng <a href="/2025/05/20/">8 ngày trước</a> bởi <a href="/author/bientap/">bientap</a>',
    "Đăng 8 ngày trước bởi Ban Biên Tập",
    "Đăng bởi Quản trị viên",
])
def test_an_account_after_by_is_no_writer(meta):
    article = extract(wordpress_post(meta), URL)
    assert article.is_article, article.reason
    assert article.author is None


def test_a_sentence_with_by_after_a_date_names_no_writer():
    """A story reporting who did something on a day: "… ngày 12/5/2024 bởi Công ty …", "… hôm qua
    bởi Nguyễn Văn An, người …": prose, never a meta line."""
    extra = ("<p>Cống được khánh thành ngày 12/5/2024 bởi Công ty Cổ phần Xây dựng Minh Phát.</p>"
             "<p>Vụ việc được phát hiện hôm qua bởi Nguyễn Văn An, người dân ấp Tân Hiệp.</p>")
    article = extract(wordpress_post("Chuyên mục: Kinh tế", extra=extra), URL)
    assert article.is_article, article.reason
    assert article.author is None
    assert "Công ty Cổ phần Xây dựng Minh Phát" in article.text


# A Windows domain's login, as Sitecore and SharePoint print who posted.
@pytest.mark.parametrize("login", ["sitecore\\bientaptt", "SONN\\editor01", "i:0#.w|ubnd\\phongvhtt"])
def test_a_domain_login_is_an_account(login):
    assert is_account(login)


@pytest.mark.parametrize("name", ["U23", "COVID-19", "Thanh Hải", "TP.HCM"])
def test_names_and_acronyms_are_no_login(name):
    assert not is_account(name)


def drupal_node(posted: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE} | Sở Nông nghiệp</title>
</head><body><div id="page"><header role="banner"><a href="/">Sở Nông nghiệp và Môi trường</a></header>
<main><article class="node node--type-article"><h1 class="page-title">{TITLE}</h1>
<div class="node__meta"><span class="field--name-created">20/05/2025 08:15</span>
<div class="field--name-uid"><span class="field__label">Đăng bởi:</span> {posted}</div></div>
<div class="field--name-body">{body}</div></article></main>
<footer><p>Sở Nông nghiệp và Môi trường tỉnh An Giang</p></footer></div></body></html>"""


def test_a_domain_login_posting_a_story_is_no_author():
    article = extract(drupal_node("ANGIANG\\btv.hoa"), URL)
    assert article.is_article, article.reason
    assert article.author is None


def test_a_person_posting_a_story_is_still_its_author():
    assert extract(drupal_node("Nguyễn Thu Hà"), URL).author == "Nguyễn Thu Hà"


def picture_story(block: str) -> str:
    """A Joomla article (``item-page``, ``articleBody``) with a picture block in its text."""
    first, *rest = (f"<p>{p}</p>" for p in STORY)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE}</title></head>
<body><div class="header"><a href="/">Cổng thông tin huyện Thoại Sơn</a></div>
<div class="item-page" itemscope itemtype="https://schema.org/Article"><h2 itemprop="headline">{TITLE}</h2>
<dl class="article-info"><dd class="published"><time datetime="2025-05-20T08:15:00+07:00">20/05/2025</time></dd></dl>
<div itemprop="articleBody">{first}{block}{"".join(rest)}</div></div>
<div class="footer">Cổng thông tin điện tử huyện Thoại Sơn</div></body></html>"""


CAPTION = "Nông dân xã Vọng Đông thu hoạch lúa hè thu bằng máy gặt đập liên hợp"


@pytest.mark.parametrize("block", [
    f'<div class="image-block"><span class="holder"><img src="/images/lua.jpg" alt=""></span>'
    f'<p class="text">{CAPTION}</p></div>',
    f'<div class="sppb-addon-single-image"><a href="/images/lua.jpg"><img src="/images/lua.jpg"></a>'
    f'<div>{CAPTION}</div></div>',
])
def test_the_caption_of_a_pictures_own_block_is_kept(block):
    article = extract(picture_story(block), URL)
    assert article.is_article, article.reason
    assert CAPTION in article.text.split("\n")


def test_a_name_under_a_portrait_is_no_caption():
    """A writer's box in the text (a portrait, the name under it) is the byline's, not a caption."""
    block = '<div class="author-card"><img src="/images/tac-gia.jpg" alt=""><div>Ngọc Hân</div></div>'
    article = extract(picture_story(block), URL)
    assert "Ngọc Hân" not in article.text.split("\n")


def test_a_teaser_card_with_a_picture_is_no_caption():
    block = ('<div class="related-card"><a href="/2025/05/gia-lua"><img src="/images/gia.jpg"></a>'
             '<div><a href="/2025/05/gia-lua">Giá lúa tăng nhẹ đầu vụ hè thu ở Thoại Sơn</a></div></div>')
    article = extract(picture_story(block), URL)
    assert "Giá lúa tăng nhẹ đầu vụ hè thu ở Thoại Sơn" not in article.text
