"""Where a story laid out as absolutely placed frames ends (``crawler.extract.frames``)."""

from __future__ import annotations

from lxml import html

from crawler.extract import extract
from crawler.extract.frames import end_at_story

URL = "https://dulich.example.vn/tin-tuc/mua-le-hoi-dam-o-loan.html"
PARAGRAPHS = (
    "Sáng 8/3, huyện Tuy An khai mạc mùa lễ hội đầm Ô Loan với nhiều hoạt động văn hóa, thể thao "
    "và ẩm thực dành cho người dân và du khách gần xa.",
    "Du khách được tham gia đua thuyền, câu cá trên đầm, thưởng thức sò huyết nướng và xem biểu "
    "diễn bài chòi do các nghệ nhân địa phương thể hiện mỗi tối.",
    "Theo Phòng Văn hóa huyện, năm nay lễ hội kéo dài ba ngày, dự kiến đón khoảng 20.000 lượt "
    "khách, tăng gần gấp đôi so với năm trước.",
)
HEADLINE = "Khai mạc mùa lễ hội đầm Ô Loan năm 2025"
FOOTER = ("TRUNG TÂM XÚC TIẾN DU LỊCH TỈNH", "Địa chỉ: 15 Trần Hưng Đạo, phường 1, TP Tuy Hòa",
          "Điện thoại: 0257 3 812 345 - Email: dulich@example.vn")


def _frame(fid: str, *lines: str) -> str:
    """A builder's text frame: a box placed by position holding its paragraphs."""
    return f'<div class="clearfix colelem" id="{fid}">' + "".join(f"<p>{t}</p>" for t in lines) + "</div>"


def _muse(story: list[str], after: list[str]) -> str:
    """An Adobe Muse export: every frame a sibling under ``div#page``, no semantic tag."""
    frames = "".join(story + after)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tin tức</title>
<meta name="generator" content="2018.1.1.386"/></head><body><div class="clearfix" id="page">
<div class="clearfix colelem" id="u100-4"><p><a href="../index.html">Trang chủ</a> &gt;
<a href="../tin-tuc.html">Tin tức</a></p></div>
{_frame("u110-4", f'<span id="u111">{HEADLINE}</span>')}
{_frame("u120-4", "Ngày đăng: 09/03/2025")}
{frames}
</div></body></html>"""


def _story_frames(*last: str) -> list[str]:
    return [_frame("u130-6", PARAGRAPHS[0], "&nbsp;", PARAGRAPHS[1]),
            '<div class="clip_frame colelem" id="u140"><img src="../images/le-hoi.jpg" alt=""/></div>',
            _frame("u150-8", PARAGRAPHS[2], "&nbsp;", *last)]


AFTER_STORY = [
    _frame("u160-4", "Bài 4: Những homestay bên đầm"),
    '<div class="clearfix colelem" id="pu170"><div class="fb-like grpelem" id="u171"></div>'
    + _frame("u172-4", "Chia sẻ bài viết") + "</div>",
    '<div class="size_fixed colelem" id="u180"><div class="fb-comments"></div></div>',
    '<div class="browser_width grpelem" id="u190-bw"><div id="u190"><div class="clearfix" id="u190_align">'
    + _frame("u191-8", *FOOTER) + "</div></div></div>",
]


def test_a_muse_story_ends_at_its_last_frame_of_prose():
    article = extract(_muse(_story_frames("Theo Báo Phú Yên"), AFTER_STORY), URL, "text/html")
    assert article.is_article and article.title == HEADLINE
    assert article.text.splitlines() == list(PARAGRAPHS)
    assert article.source == "Báo Phú Yên"


def test_a_dreamweaver_story_of_layers_ends_at_its_last_frame_of_prose():
    """Dreamweaver's AP divs: each block a layer placed by its style, siblings under a wrapper."""
    top = iter(range(100, 2000, 120))

    def layer(i: int, *lines: str) -> str:
        return (f'<div id="apDiv{i}" style="position:absolute; left:160px; top:{next(top)}px; width:640px;">'
                + "".join(f"<p>{t}</p>" for t in lines) + "</div>")
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Tin mới</title></head>
<body><div id="wrapper">{layer(1, f'<strong>{HEADLINE}</strong>')}{layer(2, "Ngày đăng: 09/03/2025")}
{layer(3, PARAGRAPHS[0], PARAGRAPHS[1])}{layer(4, PARAGRAPHS[2])}
{layer(5, "Bài 4: Những homestay bên đầm")}{layer(6, "Chia sẻ bài viết")}
{layer(7, '<a href="tin-1.html">Lễ hội Cầu ngư 2025</a>', '<a href="tin-2.html">Gành Đá Đĩa</a>')}
{layer(8, *FOOTER)}</div></body></html>"""
    lines = extract(page, URL, "text/html").text.splitlines()
    assert lines[-1] == PARAGRAPHS[2] and "Chia sẻ bài viết" not in lines


def test_a_short_closing_paragraph_in_its_own_frame_stays():
    closing = "Mời bạn đọc đón xem kỳ tới."
    article = extract(_muse(_story_frames(), [_frame("u155-4", closing), *AFTER_STORY]), URL, "text/html")
    assert article.text.splitlines() == [*PARAGRAPHS, closing]


def test_the_story_s_contact_box_before_its_last_paragraph_stays():
    contact = ["Thông tin chi tiết xin liên hệ Ban tổ chức:", "Địa chỉ: 02 Lê Lợi, thị trấn Chí Thạnh",
               "Điện thoại: 0257 3 865 123"]
    story = _story_frames()
    story.insert(2, _frame("u145-8", *contact))
    article = extract(_muse(story, AFTER_STORY), URL, "text/html")
    lines = article.text.splitlines()
    assert lines[-1] == PARAGRAPHS[2] and contact[1] in lines


def _frames_body(*frames: str) -> html.HtmlElement:
    return html.fromstring(f'<div id="page">{"".join(frames)}</div>')


def test_a_signature_or_source_alone_after_the_story_keeps_the_tail():
    tail = [_frame("u160-4", "Theo Báo Phú Yên"), _frame("u161-4", "Chia sẻ bài viết"), *AFTER_STORY[2:]]
    body = _frames_body(*_story_frames(), *tail)
    before = body.text_content()
    end_at_story(body)
    assert body.text_content() == before


def test_a_story_of_paragraphs_keeps_its_last_lines():
    """A CMS body of ``<p>``s is no list of frames: its short last lines (a signature) are its own."""
    body = html.fromstring("<div>" + "".join(f"<p>{t}</p>" for t in PARAGRAPHS)
                           + "<p>Minh Anh</p><p>Chia sẻ</p><div>Tags: lễ hội</div><p>Ô Loan</p></div>")
    before = body.text_content()
    end_at_story(body)
    assert body.text_content() == before


def test_a_frame_of_prose_after_the_short_lines_keeps_them_all():
    """A line in its own frame then more of the story: a subheading, no end."""
    body = _frames_body(*_story_frames()[:2], _frame("u150-4", "Đêm hội bài chòi"),
                        _frame("u151-4", PARAGRAPHS[2]), *AFTER_STORY[1:])
    end_at_story(body)
    assert "Đêm hội bài chòi" in body.text_content()
    assert "Chia sẻ bài viết" not in body.text_content()
