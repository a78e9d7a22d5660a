"""Legacy markup (table or <font> layouts, rich text as <br>-separated runs, the portal's name
as every page's <title>) read by the general steps, on pages in other markup than the
fixture's: a <div> layout with <span> runs, a relative <font size>, a footer in a <div>."""

from __future__ import annotations

import pytest

from crawler.extract import extract
from crawler.extract.clean import _labelled_credit, label_fields
from crawler.extract.core import _font_heading, _inline_runs, parse_html

SITE = "Cổng thông tin điện tử huyện Hòa Bình"
URL = "https://hoabinh.example/portal/tin.asp?id=512"
HEADLINE = "Huyện Hòa Bình khánh thành trường mầm non xã Tân Phong"
RUNS = (
    "Sáng 12/3, UBND huyện Hòa Bình tổ chức lễ khánh thành trường mầm non xã Tân Phong với tổng "
    "vốn đầu tư hơn 9 tỷ đồng từ ngân sách huyện và nguồn xã hội hóa.",
    "Công trình gồm 8 phòng học, nhà bếp một chiều và sân chơi rộng 600 mét vuông, đáp ứng nhu cầu "
    "học tập của hơn 250 cháu trong độ tuổi mầm non của xã.",
    "Phát biểu tại buổi lễ, Chủ tịch UBND huyện đề nghị nhà trường giữ gìn cơ sở vật chất, nâng cao "
    "chất lượng chăm sóc, nuôi dạy trẻ trong năm học tới.",
)


def _page(headline: str, runs: str = "", meta_line: str = "Ngày đăng: 12/03/2024 08:30:00 AM",
          title: str = SITE) -> str:
    """A district portal in <div>s: the headline in a <font size="+2"><b>, the story as <span>
    runs between <br><br>, the footer the site's name and its imprint in one <span>."""
    return f"""<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div><img src="/banner.jpg" alt="{SITE}"></div>
<div><span>Thứ ba, ngày 12/03/2024</span> <a href="/lienhe.asp">Liên hệ</a></div>
<div style="float:left;width:180px"><a href="/">Trang chủ</a><br><a href="/tintuc.asp">Tin tức</a><br>
<a href="/vanban.asp">Văn bản</a></div>
<div style="float:left;width:600px">
<div><font size="+2"><b>{headline}</b></font></div>
<div><span style="color:gray">{meta_line}</span></div>
<div>{runs}</div>
</div>
<div><span>{SITE.upper()}<br>Cơ quan chủ quản: UBND huyện Hòa Bình<br>Địa chỉ: 12 Trần Hưng Đạo</span></div>
</body></html>"""


def _runs() -> str:
    return "<br><br>".join(f"<span>{text}</span>" for text in RUNS) + "<br><br>"


def test_a_story_in_span_runs_under_a_font_size_headline_is_read():
    article = extract(_page(HEADLINE, _runs()), URL)
    assert article.is_article, article.reason
    assert article.title == HEADLINE
    assert article.published == "2024-03-12T08:30:00+07:00"
    assert article.text.split("\n") == list(RUNS)


def test_a_credit_among_labelled_fields_names_the_writer():
    article = extract(_page(HEADLINE, _runs(), meta_line="Lĩnh vực: Giáo dục | Người viết: Thu Trang"), URL)
    assert article.author == "Thu Trang"
    assert "Lĩnh vực" not in article.text


def test_a_page_titled_only_by_the_site_s_name_has_no_headline():
    # A search result: the site's name as <title>, no heading, a list of links.
    links = "".join(f'<a href="/portal/tin.asp?id={n}">Tin số {n} về nông thôn mới ở xã</a><br>' for n in range(8))
    article = extract(_page("", links, meta_line=""), "https://hoabinh.example/portal/timkiem.asp?q=x")
    assert not article.is_article
    assert article.title != SITE


def test_a_story_whose_title_tag_names_it_keeps_its_headline_beside_such_a_footer():
    article = extract(_page(HEADLINE, _runs(), title=f"{HEADLINE} - {SITE}"), URL)
    assert article.is_article and article.title == HEADLINE


def test_font_sizes_that_set_a_heading():
    def font(markup: str) -> bool:
        tree = parse_html(f"<html><body><div>{markup}</div></body></html>")
        assert tree is not None
        return _font_heading(next(tree.iter("font")))
    assert font('<font size="5">Tiêu đề bài viết dài</font>')
    assert font('<font size="4"><b>Tiêu đề bài viết dài</b></font>')
    assert font('<b><font size="+1">Tiêu đề bài viết dài</font></b>')
    assert not font('<font size="4">Một đoạn văn bản thường của bài</font>')   # body text set large
    assert not font('<font size="2"><b>Đoạn mở đầu in đậm của bài</b></font>')   # a bold lead
    assert not font('<font size="-1">Chú thích ảnh</font>')


def test_inline_runs_are_prose_not_links_or_labels():
    def runs(markup: str) -> bool:
        tree = parse_html(f"<html><body><div>{markup}</div></body></html>")
        assert tree is not None
        return _inline_runs(tree.find(".//div"))
    assert runs("<font>" + RUNS[0] + "</font><br><br><font>" + RUNS[1] + "</font>")
    # a menu of links between blank lines, and short labels: no paragraph
    assert not runs("<a href='/a'>" + RUNS[0] + "</a><br><br><a href='/b'>" + RUNS[1] + "</a>")
    assert not runs("<span><a href='/a'>" + RUNS[0] + "</a></span><br><br><span>Xem thêm</span>")
    assert not runs("<b>Lượt xem:</b> 815<br><br><b>Chia sẻ</b>")
    # a bold lead before loose paragraphs: the rule on the block's own text reads that shape
    assert not runs("<span style='font-weight:bold'>" + RUNS[0] + "</span><br><br>" + RUNS[1])


def test_a_labelled_credit_only_in_a_line_of_labelled_fields():
    assert _labelled_credit("Chuyên mục: Gương điển hình tiên tiến - Tác giả: Hoàng Yến") == "Tác giả: Hoàng Yến"
    # a headline or a sentence with a dash and a colon is no metadata line
    assert _labelled_credit("Nông thôn mới vùng gò đồi - Bài 2: Dồn điền đổi thửa") is None
    assert _labelled_credit("Ông Nam - Tác giả: cuốn sách về làng nghề được tái bản") is None
    assert _labelled_credit("Chuyên mục: Kinh tế - Lượt xem: 815") is None


# --- a hand-built page's <title> that names no story: the bold line above it does ----------------

HAND_HEADLINE = "Xã Tân Phong ra quân nạo vét kênh mương nội đồng"
HAND_STORY = (
    "Sáng 3/3, UBND xã Tân Phong tổ chức ra quân nạo vét kênh mương nội đồng chuẩn bị cho vụ lúa "
    "Xuân, với sự tham gia của hơn 300 đoàn viên, hội viên và nhân dân các thôn.",
    "Theo kế hoạch, xã nạo vét gần 12 km kênh mương cấp 3, tu sửa 8 cống điều tiết và phát quang "
    "bờ vùng, bờ thửa trước ngày 20/3 để bảo đảm nước tưới cho toàn bộ diện tích gieo cấy.",
    "Đồng chí Chủ tịch UBND xã đề nghị các thôn huy động tối đa lực lượng, phân công rõ người, rõ "
    "việc và báo cáo tiến độ hằng tuần về Ban chỉ đạo sản xuất của xã.",
)


def _hand_page(title: str, headline: str = HAND_HEADLINE, date_line: str = "", rows: bool = False) -> str:
    """A commune's site saved page by page from a FrontPage template: a menu column, the
    headline a bold dark-red <span> in a <p> of its own, the story in <p>s, the writer signing.
    ``rows``: the headline, the date line and the story each in a row of a nested table."""
    paragraphs = "".join(f"<p>{p}</p>" for p in HAND_STORY)
    if rows:
        headline, date_line = f"{headline}</strong></span></p></td></tr><tr><td>{date_line}</td></tr>", ""
        paragraphs = f"<tr><td>{paragraphs}"
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}</title></head><body>
<table width="760" align="center"><tr><td colspan="2"><img src="images/top.jpg" width="760"></td></tr>
<tr valign="top"><td width="160"><p><a href="../index.htm">Trang chủ</a><br><a href="tintuc.htm">Tin tức</a><br>
<a href="../lienhe.htm">Liên hệ</a></p></td>
<td width="600"><table><tr><td><p><span style="color:#990000"><strong>{headline}</strong></span></p>{date_line}
{paragraphs}<p align="right"><strong>Hoàng Minh</strong></p></td></tr></table></td></tr>
<tr><td colspan="2" align="center"><font size="1">Trang thông tin điện tử xã Tân Phong</font></td></tr>
</table></body></html>"""


HAND_URL = "http://tanphong.example/tintuc/nao_vet_0303.htm"


@pytest.mark.parametrize("title", ["New Page 1", "Untitled Document", "Xã Tân Phong", "Tin tức - Xã Tân Phong"])
def test_a_bold_line_above_the_story_is_the_headline_when_title_names_no_story(title):
    article = extract(_hand_page(title), HAND_URL)
    assert article.is_article, article.reason
    assert article.title == HAND_HEADLINE
    assert article.author == "Hoàng Minh"


def test_a_hand_typed_date_under_such_a_headline_dates_the_story():
    for line, day in (("<p align='right'><i>(03/3/2024)</i></p>", "2024-03-03"),
                      ("<p>Chủ nhật, ngày 3 tháng 3 năm 2024</p>", "2024-03-03")):
        for rows in (False, True):
            assert extract(_hand_page("Untitled Document", date_line=line, rows=rows), HAND_URL).published == day


def test_a_bold_lead_is_no_headline_and_a_title_tag_that_names_the_story_stays():
    # The story's own <title>, its headline printed nowhere, a bold lead sentence above the text.
    lead = "Ngày 3/3, xã Tân Phong ra quân nạo vét kênh mương nội đồng chuẩn bị cho vụ Xuân."
    article = extract(_hand_page(HAND_HEADLINE, headline=lead), HAND_URL)
    assert article.title == HAND_HEADLINE


# --- an info line of labels in elements of their own, no separator between the fields ----------

def _info_page(info: str, signature: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in HAND_STORY)
    return f"""<html><head><meta charset="utf-8"><title>{HAND_HEADLINE} - Hội Nông dân huyện</title></head>
<body><div class="wrap"><div class="path"><a href="/">Trang chủ</a> &gt; <a href="/tin/">Tin hoạt động</a></div>
<h1>{HAND_HEADLINE}</h1>
<div class="meta"><b>Ngày:</b> 03/03/2024 07:45 <b>Nguồn:</b>{info}</div>
<div class="content">{paragraphs}{signature}</div></div></body></html>"""


def test_labels_of_their_own_name_the_source_and_the_writer():
    article = extract(_info_page("Báo Hà Nam <b>Người viết:</b>Hoàng Yến <b>Lượt xem:</b> 215"),
                      "http://hnd.example/tin/2024/0303/88.html")
    assert (article.author, article.source) == ("Hoàng Yến", "Báo Hà Nam")
    assert article.published == "2024-03-03T07:45:00+07:00"


def test_a_field_left_at_its_default_and_an_account_name_nobody():
    article = extract(_info_page("Không rõ <b>Người viết:</b>quantri <b>Lượt xem:</b> 215",
                                 signature="<p align='right'><strong>Tin, ảnh: Thu Hà</strong></p>"),
                      "http://hnd.example/tin/2024/0303/88.html")
    assert (article.author, article.source) == ("Thu Hà", None)


def test_label_fields_only_in_a_line_of_labels():
    def fields(markup: str) -> list[tuple[str, str]]:
        tree = parse_html(f"<html><body>{markup}</body></html>")
        assert tree is not None
        return label_fields(tree.find(".//body")[0])
    assert fields("<div><small>Nguồn:</small>Báo Hà Nam <small>Tác giả:</small><a href='/tg/1'>Hoàng Yến</a></div>") \
        == [("Nguồn", "Báo Hà Nam"), ("Tác giả", "Hoàng Yến")]
    # a sentence with a bold word and a colon, a note with one label: no line of fields
    assert fields("<p>Tại buổi làm việc, <b>ông Nam:</b> đề nghị <b>các xã:</b> khẩn trương</p>") == []
    assert fields("<p><b>Lưu ý:</b> hồ sơ nộp trước ngày 15/3 tại bộ phận một cửa.</p>") == []


def test_a_bold_opening_line_is_no_headline_under_a_title_worded_as_one():
    # The <title> words the story's headline, printed nowhere on the page; the story opens on a
    # bold line with no full stop (a lead left unpunctuated, a sub-heading): the title stays.
    lead = "Cả xã huy động hơn 300 đoàn viên, hội viên và nhân dân các thôn tham gia"
    article = extract(_hand_page(HAND_HEADLINE, headline=lead), HAND_URL)
    assert article.title == HAND_HEADLINE
    assert lead in article.text
    # A <title> that is the site's or a section's name still gives way to the bold line.
    assert extract(_hand_page("Tin tức - Xã Tân Phong"), HAND_URL).title == HAND_HEADLINE
