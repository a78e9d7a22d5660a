"""The thirty-first round's dates and bylines, in other markup than the families': a day and its
time printed in two neighbouring elements are one moment; a mid-dot ends a byline's name (what a
meta bar prints after it is a role, an outlet or a reading time); a signer's title or unit after a
dash is no part of the name, and a signature naming a person is no unit signing."""

from __future__ import annotations

import pytest

from crawler.extract import extract
from crawler.extract.dates import a_time_alone

URL = "https://baotanchau.example.vn/xa-hoi/hoi-thi-tuyen-truyen-luu-dong-2024-a1234.html"
TITLE = "Hội thi tuyên truyền lưu động chào mừng kỷ niệm 80 năm thành lập Quân đội nhân dân Việt Nam"
STORY = ("Ngày 12/11, Trung tâm Văn hóa - Thể thao huyện tổ chức Hội thi tuyên truyền lưu động với sự tham gia "
         "của 9 đội đến từ các xã, thị trấn trên địa bàn huyện.",
         "Các đội thi đã mang đến hội thi nhiều tiết mục ca múa nhạc, tiểu phẩm được dàn dựng công phu, ca ngợi "
         "truyền thống vẻ vang của Quân đội nhân dân Việt Nam và tình quân dân cá nước.",
         "Kết thúc hội thi, Ban tổ chức trao giải Nhất cho đội xã Tân Hòa, giải Nhì cho đội thị trấn và hai giải "
         "Ba cho các đội xã Phú Lộc, Minh Đức.")


def page(meta: str, end: str = "") -> str:
    """A provincial paper's article: the top bar's today, the headline, ``meta`` under it, the
    text and ``end`` after its last paragraph."""
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE}</title></head>
<body><div class="top-bar">Thứ Sáu, 04/12/2026</div><div id="banner"><a href="/">Báo Tân Châu</a></div>
<div class="detail"><h1 class="title">{TITLE}</h1>{meta}
<div class="content">{paragraphs}{end}</div></div>
<div class="footer">Báo Tân Châu. Địa chỉ: 12 Lê Lợi</div></body></html>"""


@pytest.mark.parametrize("meta", [
    '<div class="meta"><span class="date"><i class="fa fa-calendar"></i>12/11/2024</span>'
    '<span class="time"><i class="fa fa-clock-o"></i>09:30</span></div>',
    '<ul class="post-meta"><li class="date">Thứ Ba, 12/11/2024</li><li class="time">09:30 (GMT+7)</li></ul>',
    '<div class="meta"><span class="time">09:30</span><span class="date">12/11/2024</span></div>',
    '<p class="info"><span>Cập nhật: 12/11/2024</span><span>Lúc 9:30 SA</span></p>',
])
def test_a_day_and_its_time_in_two_elements_are_one_moment(meta):
    a = extract(page(meta), URL)
    assert (a.published, a.found_by.published) == ("2024-11-12T09:30:00+07:00", "printed")
    assert a.text.splitlines() == list(STORY)


def test_a_count_beside_the_day_is_no_time():
    """Its look-alike: the views counted beside the date line give no time."""
    meta = '<div class="meta"><span class="date">12/11/2024</span><span class="views">Lượt xem: 1230</span></div>'
    assert extract(page(meta), URL).published == "2024-11-12"


@pytest.mark.parametrize(("text", "alone"), [
    ("09:30", True), ("Lúc 9:30 SA", True), ("09:30 (GMT+7)", True), ("9h30", True),
    ("12/11/2024 09:30", False), ("Lượt xem: 1230", False), ("Thời gian đọc: 5 phút", False),
])
def test_a_time_alone(text, alone):
    assert a_time_alone(text) is alone


@pytest.mark.parametrize(("meta", "end", "author"), [
    # a labelled credit: what follows the mid-dot is the date, a unit
    ('<div class="meta">Tác giả: Minh Đức · 12/11/2024 09:30</div>', "", "Minh Đức"),
    ('<div class="meta">12/11/2024 09:30</div>',
     '<p style="text-align:right"><strong>Tin, ảnh: Minh Đức · Phòng VH-TT</strong></p>', "Minh Đức"),
    # a signature: the outlet after the mid-dot, in capitals or not
    ('<div class="meta">12/11/2024 09:30</div>',
     '<p style="text-align:right"><strong>MINH ĐỨC · TTXVN</strong></p>', "Minh Đức"),
    ('<div class="meta">12/11/2024 09:30</div>',
     '<p style="text-align:right"><strong>Minh Đức • Báo Tân Châu</strong></p>', "Minh Đức"),
    # an author block: the role after the mid-dot
    ('<div class="meta">12/11/2024 09:30</div><div class="author">Minh Đức · Phóng viên</div>', "", "Minh Đức"),
])
def test_a_mid_dot_ends_a_byline_s_name(meta, end, author):
    a = extract(page(meta, end), URL)
    assert a.author == author
    assert a.text.splitlines() == list(STORY)


@pytest.mark.parametrize(("end", "author"), [
    ('<p style="text-align:right"><strong>Nguyễn Văn Hậu - Phó Giám đốc Sở Nông nghiệp và PTNT</strong></p>',
     "Nguyễn Văn Hậu"),
    ('<p style="text-align:right"><em>Nguyễn Văn Hậu - Phó Chủ tịch UBND xã Tân Hòa</em></p>', "Nguyễn Văn Hậu"),
    ('<p style="text-align:right"><strong>Lê Hoa - Hội Nông dân huyện</strong></p>', "Lê Hoa"),
    # names joined by a dash stay whole, as printed
    ('<p style="text-align:right"><strong>Thu Hà - Minh Đức</strong></p>', "Thu Hà - Minh Đức"),
])
def test_a_signer_s_title_after_a_dash_is_no_part_of_the_name(end, author):
    a = extract(page('<div class="meta">12/11/2024 09:30</div>', end), URL)
    assert (a.author, a.found_by.author) == (author, "byline")
    assert a.text.splitlines() == list(STORY)


def test_a_unit_signing_alone_still_names_nobody():
    """Its look-alike: the unit alone set apart under the story signs for the office."""
    end = '<p style="text-align:right"><strong>Phòng Văn hóa và Thông tin huyện</strong></p>'
    a = extract(page('<div class="meta">12/11/2024 09:30</div>', end), URL)
    assert a.author is None
    assert a.text.splitlines() == list(STORY)
