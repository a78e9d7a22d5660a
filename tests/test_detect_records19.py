"""The nineteenth round's losses on sites outside the fixtures: a national paper's photo story
whose photos are tables (an image's row, its caption's row); each beside what merely resembles it."""

from __future__ import annotations

import pytest

from crawler.extract import extract

PAPER = "Znews"
RELATED = ("<section class='article-related'><h3>Đọc tiếp</h3><article class='article-item'><p class='article-title'>"
           "<a href='/hoi-hoa-ban-dien-bien-2024-post1466100.html'>Hội hoa Ban Điện Biên 2024 thu hút hàng vạn du khách "
           "đến tham quan</a></p></article></section>")


def paper_page(title: str, body: str, summary: str = "", author: str = "Minh Khoa",
               section: str = "Du lịch") -> str:
    """A national paper's article template (Znews-like): the summary over the body, tags under it."""
    byline = f"<li class='the-article-author'><a href='/tac-gia/minh-khoa.html'>{author}</a></li>" if author else ""
    lead = f"<p class='the-article-summary'>{summary}</p>" if summary else ""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title} - {PAPER}.vn</title>
<meta property="og:type" content="article"><meta property="og:title" content="{title}">
<meta property="article:published_time" content="2024-03-12T16:05:00+07:00"></head><body>
<header id="site-header"><a class="site-logo" href="/">{PAPER}</a><nav id="main-nav"><ul>
<li><a href="/thoi-su.html">Thời sự</a></li><li><a href="/du-lich.html">Du lịch</a></li><li><a href="/the-thao.html">Thể thao</a></li>
</ul></nav></header>
<div class="page-wrapper"><article class="the-article" data-id="1466002">
<header class="the-article-header"><p class="the-article-category"><a href="/du-lich.html">{section}</a></p>
<h1 class="the-article-title">{title}</h1>
<ul class="the-article-meta">{byline}<li class="the-article-publish">16:05 12/3/2024</li></ul></header>
<section class="main">{lead}<div class="the-article-body">{body}</div>
<div class="the-article-tags"><strong>Tags:</strong><a class="tag-item" href="/tieu-diem/sa-pa.html">Sa Pa</a></div>
</section></article>{RELATED}</div>
<footer id="site-footer"><p>Giấy phép số 1234/GP-BTTTT. Tổng biên tập: Nguyễn Văn An.</p></footer></body></html>"""


# 1. A photo story whose photos are tables: an image's row, its caption's row.

CAPTIONS = (
    "Từ 5h sáng, hàng trăm người dân xã Tả Van đã có mặt bên bờ suối Mường Hoa để chuẩn bị cho lễ xuống đồng.",
    "Già làng Vàng A Chu làm lễ cúng thần ruộng, cầu mong mưa thuận gió hòa, lúa ngô tốt tươi trong năm mới.",
    "Những đôi trâu khỏe nhất bản được chọn để cày những đường cày đầu tiên trên thửa ruộng bậc thang ven đồi.",
    "Phụ nữ Giáy trong trang phục truyền thống gùi mạ ra đồng, vừa đi vừa hát những làn điệu dân ca.",
    "Du khách nước ngoài thích thú tham gia cấy lúa cùng người dân, nhiều người lần đầu lội xuống ruộng bùn.",
    "Sau phần lễ, bà con quây quần bên mâm cơm mới, chia nhau xôi ngũ sắc và chén rượu ngô ủ men lá.",
)
LEAD = "Người Giáy ở Tả Van mở hội xuống đồng đầu năm."
BETWEEN = ("Lễ hội diễn ra vào ngày Thìn tháng Giêng.", "Năm nay có hơn 3.000 người dự.")
STORY_URL = "https://znews.vn/nguoi-giay-o-ta-van-xuong-dong-dau-nam-post1466002.html"


def picture(n: int, caption: str) -> str:
    return ("<table class='picture' align='center'><tbody><tr><td class='pic'>"
            f"<img src='https://photo.znews.vn/w660/Uploaded/2024_03_12/anh-{n}.jpg' alt='' width='1200' height='800'>"
            f"</td></tr><tr><td class='pic_caption'><p class='caption'>{caption}</p></td></tr></tbody></table>")


def photo_story(photos: list[str], between: tuple[str, ...] = BETWEEN) -> str:
    """A short lead, a photo, a line of the story, a photo, another line, the other photos."""
    parts = list(photos)
    for n, line in reversed(list(enumerate(between))):
        parts.insert(n + 1, f"<p>{line}</p>")
    return paper_page("Người Giáy ở Tả Van xuống đồng đầu năm", "".join(parts), summary=LEAD)


def test_a_photo_story_whose_photos_are_tables_is_an_article():
    """Read as tables, its captions were rows and its text "a table with a line or two"."""
    article = extract(photo_story([picture(n, c) for n, c in enumerate(CAPTIONS)]), STORY_URL)
    assert article.is_article, article.reason
    lines = article.text.split("\n")
    assert lines[:4] == [LEAD, CAPTIONS[0], BETWEEN[0], CAPTIONS[1]]
    assert not any(line.startswith("|") for line in lines)


def test_a_table_of_two_photos_each_over_its_caption_is_two_figures():
    rows = [f"<tr><td class='pic'><img src='/anh-{n}.jpg'></td></tr><tr><td class='pic_caption'>{c}</td></tr>"
            for n, c in enumerate(CAPTIONS)]
    tables = [f"<table class='picture'><tbody>{rows[n]}{rows[n + 1]}</tbody></table>" for n in (0, 2, 4)]
    article = extract(photo_story(tables), STORY_URL)
    assert article.is_article, article.reason
    assert [c for c in CAPTIONS if c in article.text.split("\n")] == list(CAPTIONS)


def test_photo_tables_one_after_another_with_no_story_stay_a_gallery():
    """The same photos and a line over them, nothing told among them: a gallery, as in figures."""
    article = extract(photo_story([picture(n, c) for n, c in enumerate(CAPTIONS)], between=()), STORY_URL)
    assert not article.is_article
    assert "gallery" in article.reason


PRICES = (("Xăng RON 95-III", "24.330", "24.810"), ("Xăng E5 RON 92-II", "23.280", "23.740"),
          ("Dầu diesel 0,05S-II", "20.690", "21.100"), ("Dầu hỏa 2-K", "20.780", "21.190"),
          ("Dầu mazut 180CST 3,5S", "16.540", "16.870"))


@pytest.mark.parametrize("shape", ["icons", "logo"])
def test_a_price_table_with_pictures_and_a_line_stays_refused(shape):
    """A price board whose rows each show the product's icon beside its name and prices, or
    whose first row is the company's logo: a data table, not a photo's."""
    head = "<tr><th>Mặt hàng</th><th>Vùng 1</th><th>Vùng 2</th></tr>"
    if shape == "icons":
        head = "<tr><th></th><th>Mặt hàng</th><th>Vùng 1</th><th>Vùng 2</th></tr>"
        rows = "".join(f"<tr><td><img src='/icon/{n}.png' width='24'></td><td>{name}</td><td>{one}</td><td>{two}</td></tr>"
                       for n, (name, one, two) in enumerate(PRICES))
    else:
        head = f"<tr><td colspan='3'><img src='/logo/petrolimex.png' width='200'></td></tr>{head}"
        rows = "".join(f"<tr><td>{name}</td><td>{one}</td><td>{two}</td></tr>" for name, one, two in PRICES)
    body = ("<p>Giá bán lẻ xăng dầu của Petrolimex áp dụng từ 15h ngày 12/3/2024 (đồng/lít):</p>"
            f"<table class='price'><tbody>{head}{rows}</tbody></table>")
    article = extract(paper_page("Giá xăng dầu hôm nay 12/3/2024", body, author="", section="Kinh doanh"),
                      "https://znews.vn/gia-xang-dau-hom-nay-12-3-2024-post1466003.html")
    assert not article.is_article
