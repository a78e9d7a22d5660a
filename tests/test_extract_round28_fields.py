"""The twenty-eighth round's authors and a caption, in other markup than the families': a share
bar's font-size control ("A- A+") by the date, a board's account labelled as the writer above a
story its reporter signs, and a photo's caption left as the body's last line once the byline
under it is taken; each beside a page that merely resembles it and must keep its answer."""

from __future__ import annotations

import pytest

from crawler.extract import extract
from crawler.extract.core import _signs_only

BASE = "http://127.0.0.1:8000"

STORY = ("Sáng 12/3, Hội Liên hiệp Phụ nữ huyện Krông Pắc phối hợp với Trạm Khuyến nông tổ chức hội thảo "
         "đánh giá mô hình trồng cà phê tái canh gắn với trồng xen sầu riêng tại xã Ea Kly.",
         "Mô hình được triển khai từ năm 2021 trên diện tích 12 ha của 20 hộ hội viên, áp dụng giống cà phê "
         "ghép cao sản, bón phân hữu cơ vi sinh và tưới nước tiết kiệm bằng hệ thống nhỏ giọt.",
         "Sau ba năm, năng suất cà phê bình quân đạt 3,8 tấn nhân mỗi ha, cây sầu riêng trồng xen sinh trưởng "
         "tốt, thu nhập của các hộ tham gia tăng khoảng 30% so với canh tác truyền thống.",
         "Hội thảo đề nghị nhân rộng mô hình ra các xã lân cận, hỗ trợ hội viên vay vốn và liên kết với doanh "
         "nghiệp để bao tiêu sản phẩm theo chuỗi giá trị.")
HEADLINE = "Krông Pắc đánh giá mô hình tái canh cà phê trồng xen sầu riêng"


# --- a share bar's font-size control by the date ------------------------------------------------

def tool_line_page(tools: str) -> str:
    """A provincial portal on a PHP CMS: the date and the tools (print, font size) on one line
    under the headline, no byline anywhere."""
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return f"""<html><head><meta charset="utf-8"><title>{HEADLINE}</title></head><body>
<div class="header"><a href="/"><img src="/logo.png" alt="Cổng thông tin"></a></div>
<div class="menu"><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức</a> <a href="/lien-he">Liên hệ</a></div>
<div class="news-detail"><h1 class="news-title">{HEADLINE}</h1>
<ul class="news-tools"><li class="news-date">12/03/2024 15:40</li>{tools}</ul>
<div class="news-body">{paragraphs}</div></div>
<div class="footer">Cổng thông tin điện tử huyện Krông Pắc</div></body></html>"""


@pytest.mark.parametrize("control", ["A- A+", "A A+", "A- A A+", "- A +"])
def test_a_font_size_control_by_the_date_is_no_author(control):
    tools = f'<li><a href="javascript:window.print()">In bài</a></li><li class="font">{control}</li>'
    assert extract(tool_line_page(tools), BASE + "/tin-tuc/hoi-thao-ca-phe-1204.html").author is None


@pytest.mark.parametrize("name", ["Hà An", "T.H", "K. L", "N. T. Hà"])
def test_a_name_or_initials_in_the_same_place_stay(name):
    # Near look-alikes: names that are no signs, initials among them.
    assert not _signs_only(name)


@pytest.mark.parametrize("control", ["A- A+", "A A+", "+ -", "A+"])
def test_signs_and_one_letter_words_are_no_name(control):
    assert _signs_only(control)


# --- a board's account labelled as the writer ---------------------------------------------------

def shop_post(credit: str, signature: str) -> str:
    """A cooperative's shop on a WooCommerce theme: the post's meta line labels its account
    "Tác giả:", the reporter signs the body's end (bold, right-aligned) or nobody does."""
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return f"""<html><head><meta charset="utf-8"><title>{HEADLINE} - Cà phê Ea Kly</title>
<meta property="og:site_name" content="Cà phê Ea Kly"></head><body>
<header class="site-header"><a href="/">Cà phê Ea Kly</a> <a href="/cua-hang">Cửa hàng</a> <a href="/gio-hang">Giỏ hàng</a></header>
<main><article class="post"><h1 class="entry-title">{HEADLINE}</h1>
<div class="entry-meta"><span class="posted-on">12/03/2024</span> <span class="byline">Tác giả: {credit}</span></div>
<div class="entry-content">{paragraphs}{signature}</div></article></main>
<footer>© Cà phê Ea Kly</footer></body></html>"""


@pytest.mark.parametrize("board", ["Ban quản trị HTX", "Ban quản trị website", "Văn phòng hợp tác xã"])
def test_a_boards_account_yields_to_the_reporter_signing_the_body(board):
    page = shop_post(board, '<p style="text-align:right"><strong>Bài, ảnh: Trần Quốc Huy</strong></p>')
    assert extract(page, BASE + "/tin-tuc/hoi-thao-ca-phe").author == "Trần Quốc Huy"


def test_a_person_credited_above_a_unit_signing_stays_the_author():
    # Near look-alike: a person labelled as the writer, the unit set apart at the end.
    page = shop_post("Nguyễn Thị Hồng", '<p style="text-align:right"><strong>Hội Liên hiệp Phụ nữ huyện</strong></p>')
    assert extract(page, BASE + "/tin-tuc/hoi-thao-ca-phe").author == "Nguyễn Thị Hồng"


def test_a_person_credited_above_a_reporters_signature_stays_the_author():
    # Near look-alike: two people; the labelled credit comes first, as before.
    page = shop_post("Nguyễn Thị Hồng", '<p style="text-align:right"><strong>Trần Quốc Huy</strong></p>')
    assert extract(page, BASE + "/tin-tuc/hoi-thao-ca-phe").author == "Nguyễn Thị Hồng"


# --- a caption under its picture, the byline after it -------------------------------------------

CAPTION = "Cà phê nhân xuất khẩu được sơ chế, đóng bao tại hợp tác xã."


def photo_story(after_photo: str) -> str:
    """A district's portal on DotNetNuke: the editor's photo in a <div> of its own, its caption an
    italic <div> under it, and the credit right-aligned under both."""
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return f"""<html><head><meta charset="utf-8"><title>{HEADLINE}</title></head><body>
<div id="dnn_ctr_header"><a href="/">UBND huyện Krông Pắc</a> <a href="/tin-tuc">Tin tức</a></div>
<div class="DnnModule"><h2 class="Title">{HEADLINE}</h2><span class="Normal date">12/03/2024</span>
<div class="ArticleContent">{paragraphs}
<div style="text-align:center"><img src="/Portals/0/2024/ca-phe.jpg" width="600"></div>
{after_photo}
<div style="text-align:right"><b>Tin, ảnh: Thu Hiền</b></div></div></div>
<div class="footer">UBND huyện Krông Pắc</div></body></html>"""


def test_a_caption_under_its_picture_before_the_byline_is_text():
    page = photo_story(f'<div style="text-align:center"><i>{CAPTION}</i></div>')
    article = extract(page, BASE + "/tin-tuc/ca-phe-xuat-khau-12")
    assert CAPTION in article.text
    assert article.author == "Thu Hiền"


def test_a_unit_signing_under_a_caption_is_still_no_text():
    # Near look-alike: the line under the caption, no picture right above it, is the unit signing.
    unit = "Hợp tác xã Nông nghiệp Ea Kly"
    page = photo_story(f'<div style="text-align:center"><i>{CAPTION}</i></div>'
                       f'<div style="text-align:right"><i>{unit}</i></div>').replace(
        '<div style="text-align:right"><b>Tin, ảnh: Thu Hiền</b></div>', "")
    article = extract(page, BASE + "/tin-tuc/ca-phe-xuat-khau-12")
    assert CAPTION in article.text
    assert unit not in article.text
