"""The thirtieth round's event post, in other markup than the family's: an event announced before
it happens as a blog's or a portal's post whose headline, date line and one-sentence lead stand in
the page's header and whose body is only the event's labelled fields (a definition list, a
two-column table, lines broken by ``<br>``), no block of prose anywhere (``detect.record_zone``);
beside a story of an event that happened with a labelled box of its time and place inside its
prose, and a notice told in news prose, which stay news."""

from __future__ import annotations

import pytest

from crawler.extract import extract

BASE = "http://127.0.0.1:8000"


def hero_post(title: str, lead: str, body: str, band: str = "section") -> str:
    """A district's portal on a Bootstrap theme: a hero band right under the menu (a ``<section>``,
    a ``<header>`` or a jumbotron ``<div>``) holds the post's heading, its category and date and a
    one-sentence intro; the post's content stands in the main column below it, the footer after."""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title} - UBND huyện Kim Sơn</title>
<meta property="og:type" content="article"><meta property="og:title" content="{title}"></head><body>
<nav class="navbar"><a class="navbar-brand" href="/">UBND HUYỆN KIM SƠN</a><ul class="navbar-nav"><li><a href="/">Trang
chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></nav>
<{band} class="page-hero"><div class="container"><h1 class="display-5">{title}</h1>
<div class="post-info"><a href="/tin-tuc/van-hoa">Văn hóa</a> · 02/12/2024</div><p class="intro">{lead}</p></div></{band}>
<div class="container main-content"><div class="row"><div class="col-md-9"><div class="post-content">{body}</div></div>
<div class="col-md-3"><div class="widget"><h4>Liên kết</h4><a href="https://ninhbinh.gov.vn">Tỉnh Ninh Bình</a></div></div>
</div></div>
<div class="site-footer"><p>Cổng thông tin điện tử huyện Kim Sơn. Địa chỉ: thị trấn Phát Diệm, huyện Kim Sơn.</p></div>
</body></html>"""


URL = BASE + "/tin-tuc/hoi-thi-van-nghe-quan-chung-huyen-kim-son.html"
TITLE = "Hội thi văn nghệ quần chúng huyện Kim Sơn năm 2024"
LEAD = "Hội thi sẽ được tổ chức vào tối 21/12/2024."

AS_LIST = ("<dl class='event-fields'><dt>Thời gian:</dt><dd>19h00, thứ Bảy, ngày 21/12/2024</dd>"
           "<dt>Địa điểm:</dt><dd>Nhà văn hóa trung tâm huyện</dd>"
           "<dt>Đơn vị tổ chức:</dt><dd>Phòng Văn hóa và Thông tin huyện</dd></dl>")
AS_TABLE = ("<table class='table'><tbody><tr><td>Thời gian</td><td>19h00, thứ Bảy, ngày 21/12/2024</td></tr>"
            "<tr><td>Địa điểm</td><td>Nhà văn hóa trung tâm huyện</td></tr>"
            "<tr><td>Đơn vị tổ chức</td><td>Phòng Văn hóa và Thông tin huyện</td></tr></tbody></table>")
AS_LINES = ("<p>Thời gian: 19h00, thứ Bảy, ngày 21/12/2024<br>Địa điểm: Nhà văn hóa trung tâm huyện<br>"
            "Đơn vị tổ chức: Phòng Văn hóa và Thông tin huyện</p>")


@pytest.mark.parametrize(("fields", "band"), [(AS_LIST, "section"), (AS_TABLE, "header"), (AS_LINES, "div")],
                         ids=["dl", "table", "br"])
def test_an_event_s_fields_under_a_lead_in_a_hero_band_are_a_record(fields, band):
    article = extract(hero_post(TITLE, LEAD, fields, band), URL)
    assert not article.is_article
    assert "event" in article.reason


def test_a_story_of_an_event_held_with_its_fields_in_a_box_stays_news():
    story = ("<p>Tối 21/12, tại Nhà văn hóa trung tâm huyện, Hội thi văn nghệ quần chúng huyện Kim Sơn năm 2024 "
             "đã diễn ra với sự tham gia của 27 đội văn nghệ đến từ các xã, thị trấn. Các tiết mục hát chèo, múa "
             "dân gian và ca khúc về quê hương Kim Sơn được dàn dựng công phu, thu hút hàng nghìn người dân.</p>"
             "<div class='box-info'><p><strong>Thời gian:</strong> 19h00, thứ Bảy, ngày 21/12/2024</p>"
             "<p><strong>Địa điểm:</strong> Nhà văn hóa trung tâm huyện</p></div>"
             "<p>Kết thúc hội thi, Ban tổ chức trao giải Nhất cho đội văn nghệ xã Kim Chính, giải Nhì cho thị trấn "
             "Phát Diệm và xã Lai Thành. Ông Trần Văn Thắng, Phó Chủ tịch UBND huyện, cho biết hội thi là dịp để "
             "các địa phương giữ gìn và phát huy những làn điệu dân ca của vùng đất ven biển.</p>")
    page = hero_post("Sôi nổi Hội thi văn nghệ quần chúng huyện Kim Sơn năm 2024",
                       "Hội thi đã khép lại với 27 đội văn nghệ tham gia.", story)
    article = extract(page, BASE + "/tin-tuc/soi-noi-hoi-thi-van-nghe-quan-chung-huyen-kim-son.html")
    assert article.is_article, article.reason


def test_a_notice_told_in_news_prose_stays_news():
    notice = ("<p>Nhằm chào mừng kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam, UBND huyện Kim Sơn tổ "
              "chức Hội thi văn nghệ quần chúng năm 2024 vào tối 21/12/2024 tại Nhà văn hóa trung tâm huyện. Hội thi "
              "dự kiến có 27 đội văn nghệ của các xã, thị trấn tham gia với hơn 100 tiết mục.</p>"
              "<p>Theo Phòng Văn hóa và Thông tin huyện, các đội đã tập luyện từ đầu tháng 11; ban tổ chức mời các "
              "nghệ nhân chèo của tỉnh làm giám khảo và sẽ chọn những tiết mục xuất sắc để tham gia hội diễn cấp "
              "tỉnh vào đầu năm sau.</p>")
    article = extract(hero_post(TITLE, LEAD, notice), URL)
    assert article.is_article, article.reason
