"""The twenty-fourth round's misses, in other markup than the families': a headline in a styled
block under a portal's ``<title>`` when a link elsewhere words the story its own way, a JSON-LD
time under a date line that prints the day alone (kept: it is the page's time), and a reader's legal question answered by a
lawyer named in commas; each beside a page that merely resembles it and must keep its answer."""

from __future__ import annotations

import pytest

from crawler.extract import extract
from crawler.extract.detect import PageContext

BASE = "http://127.0.0.1:8000"


# --- a portal's headline in a styled block, a teaser's own wording as the link's text ----------

HEADLINE = "Huyện Đức Thọ tổ chức hội nghị tập huấn phòng chống dịch bệnh trên đàn gia súc"
STORY = ("Sáng 24/11, UBND huyện Đức Thọ tổ chức hội nghị tập huấn công tác phòng chống dịch bệnh trên đàn gia súc, "
         "gia cầm cho hơn 120 cán bộ thú y, khuyến nông các xã, thị trấn trên địa bàn huyện.",
         "Tại hội nghị, cán bộ Chi cục Chăn nuôi và Thú y tỉnh đã hướng dẫn kỹ thuật tiêm phòng vắc xin, khử trùng "
         "chuồng trại và cách nhận biết sớm các triệu chứng của bệnh viêm da nổi cục, dịch tả lợn châu Phi.",
         "Phó Chủ tịch UBND huyện đề nghị các xã rà soát tổng đàn, tổ chức tiêm phòng đợt 2 trước ngày 15/12 và "
         "báo cáo kịp thời khi phát hiện gia súc ốm, chết bất thường để khoanh vùng dập dịch.")

LEAD = ("Hơn 120 cán bộ thú y, khuyến nông được tập huấn kỹ năng phòng chống dịch bệnh trước mùa đông xuân, "
        "khi thời tiết chuyển lạnh và nguy cơ dịch bệnh tăng cao.")


def dnn_portal(headline: str = HEADLINE) -> str:
    """A district's DNN portal: the portal's name as every page's <title>, no og or JSON-LD, the
    headline in a span of the news module's table above a date line and a bold lead, a list of
    other news after."""
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Cổng thông tin điện tử huyện Đức Thọ</title>
</head><body><div id="dnn_Header"><a href="/"><img src="/Portals/0/banner.jpg" alt="Huyện Đức Thọ"></a></div>
<div id="dnn_Menu"><a href="/">Trang chủ</a> | <a href="/tin-tuc">Tin tức</a> | <a href="/van-ban">Văn bản</a></div>
<table width="100%"><tr><td width="220" valign="top"><div class="LeftPane"><b>Liên kết</b>
<a href="https://hatinh.gov.vn">Cổng TTĐT tỉnh</a></div></td>
<td valign="top"><div class="DnnModule"><div class="NewsView">
<table class="NewsDetail"><tr><td><span class="NewsHead">{headline}</span></td></tr>
<tr><td><span class="NewsDate">Cập nhật ngày: 24/11/2026 10:32 SA</span></td></tr>
<tr><td><span class="NewsLead"><b>{LEAD}</b></span></td></tr>
<tr><td><div class="NewsBody">{paragraphs}</div></td></tr></table>
<div class="NewsAuthor">Hồng Nhung</div></div>
<div class="OtherNews"><div class="OtherHead">Các tin khác</div><ul>
<li><a href="/tin-tuc/ID/88/Duc-Tho-ra-quan-lam-thuy-loi-noi-dong">Đức Thọ ra quân làm thủy lợi nội đồng</a></li>
<li><a href="/tin-tuc/ID/87/Khai-giang-lop-boi-duong-ly-luan-chinh-tri">Khai giảng lớp bồi dưỡng lý luận chính trị</a></li>
</ul></div></div></td></tr></table>
<div id="dnn_Footer">UBND huyện Đức Thọ. Điện thoại: 0239 3831 234</div></body></html>"""


URL = BASE + "/tin-tuc/ID/89/Tap-huan-phong-chong-dich-benh-gia-suc"


@pytest.mark.parametrize("anchor", [
    "Tập huấn phòng dịch cho 120 cán bộ thú y",   # a box's teaser, worded its own way
    HEADLINE,                                     # a list's link, the headline itself
    None,                                         # the page on its own
])
def test_a_portal_headline_is_found_whatever_the_links_to_the_page_say(anchor):
    article = extract(dnn_portal(), URL, context=PageContext(anchor=anchor))
    assert article.title == HEADLINE
    assert article.published == "2026-11-24T10:32:00+07:00"


# --- a JSON-LD time under a date line that prints the day alone -------------------------------

def magazine(date_line: str, with_ld: bool = True) -> str:
    """A daily's long-form template: JSON-LD NewsArticle with a time, no article:published_time,
    the headline and a date line over the story."""
    ld = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
          f'"headline":"{HEADLINE}","datePublished":"2026-11-24T05:30:00+07:00"}}</script>') if with_ld else ""
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{HEADLINE} | Báo Hà Tĩnh</title>
{ld}</head><body><header><a href="/" class="logo">Báo Hà Tĩnh</a></header>
<main><article class="longform"><h1 class="longform__title">{HEADLINE}</h1>
<p class="longform__meta"><span class="longform__date">{date_line}</span></p>
<div class="longform__body">{paragraphs}</div></article></main>
<footer>Báo Hà Tĩnh. Giấy phép số 123/GP-BTTTT.</footer></body></html>"""


def test_a_json_ld_time_under_a_date_line_of_the_day_alone_is_the_time():
    """The page's machine time (not a midnight) under a printed day of its own: the time, as
    docs/families.md has it (only a machine midnight the page never prints is no time)."""
    article = extract(magazine("24/11/2026"), BASE + "/emagazine/tap-huan-phong-dich.html")
    assert article.published == "2026-11-24T05:30:00+07:00"


@pytest.mark.parametrize(("page", "published"), [
    (magazine("24/11/2026 05:30"), "2026-11-24T05:30:00+07:00"),   # the line prints the time
    (magazine("Báo Hà Tĩnh"), "2026-11-24T05:30:00+07:00"),        # no date line: the machine's time
    (magazine("24/11/2026 05:30", with_ld=False), "2026-11-24T05:30:00+07:00"),
])
def test_a_json_ld_time_the_page_prints_or_does_not_contradict_stays(page, published):
    assert extract(page, BASE + "/emagazine/tap-huan-phong-dich.html").published == published


# --- a reader's question answered by a lawyer named in commas ---------------------------------

def legal_page(title: str, body: str) -> str:
    """A provincial daily's legal column: h1 headline, a date line, an empty author block, the
    content div; typed as an article."""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title} - Báo Quảng Trị</title>
<meta property="og:type" content="article"><meta property="og:title" content="{title}"></head>
<body><header><a href="/" class="logo">Báo Quảng Trị</a><nav><a href="/phap-luat">Pháp luật</a>
<a href="/xa-hoi">Xã hội</a></nav></header><div class="main-detail"><h1 class="post-title">{title}</h1>
<div class="post-meta"><span class="post-date">20/11/2026 - 16:05</span><span class="post-author"></span></div>
<div class="post-content">{body}</div></div>
<div class="related"><h3>Tin cùng chuyên mục</h3><ul><li><a href="/phap-luat/thu-tuc-tach-thua-dat-o-1234.html">Thủ
tục tách thửa đất ở</a></li></ul></div><footer>Báo Quảng Trị. Giấy phép số 45/GP-BTTTT.</footer></body></html>"""


QUESTION = ("<p>Bạn đọc Lê Văn Tám (xã Hải Lăng, Quảng Trị) hỏi: Tôi là con riêng của bố, nay bố mất không để lại "
            "di chúc thì tôi có được hưởng phần thừa kế nhà đất cùng vợ sau của bố không?</p>")
REPLY = ("<p>Luật sư Hoàng Minh Đức, Đoàn luật sư tỉnh Quảng Trị, trả lời: Theo Điều 651 Bộ luật Dân sự 2015, con "
         "đẻ của người chết thuộc hàng thừa kế thứ nhất, không phân biệt con trong hay ngoài giá thú. Vì vậy ông "
         "được hưởng phần di sản bằng với vợ và các con khác của bố ông khi chia thừa kế theo pháp luật.</p>")


def test_a_reader_s_question_answered_by_a_lawyer_in_commas_is_no_news():
    article = extract(legal_page("Bạn đọc hỏi, luật sư đáp: Con riêng có được hưởng thừa kế?", QUESTION + REPLY),
                      BASE + "/phap-luat/con-rieng-co-duoc-huong-thua-ke-1240.html")
    assert not article.is_article
    assert "question" in article.reason


def test_a_story_reporting_a_meeting_s_question_and_answer_stays_news():
    lead = ("<p>Chiều 19/11, HĐND xã Hải Lăng tổ chức tiếp xúc cử tri trước kỳ họp cuối năm. Nhiều ý kiến của cử tri "
            "tập trung vào thủ tục đất đai, thừa kế và cấp giấy chứng nhận quyền sử dụng đất sau lũ.</p>")
    asked = ("<p>Ông Lê Văn Tám (thôn 4) hỏi: Bao giờ xã làm xong thủ tục cấp lại giấy chứng nhận cho các hộ bị lũ "
             "cuốn trôi hồ sơ?</p>")
    answered = ("<p>Ông Trần Quốc Huy, Chủ tịch UBND xã, trả lời: Xã đã lập danh sách 46 hộ, phối hợp với Văn phòng "
                "đăng ký đất đai huyện tiếp nhận hồ sơ tại nhà văn hóa các thôn từ tuần sau.</p>")
    article = extract(legal_page("Cử tri Hải Lăng kiến nghị đẩy nhanh cấp lại sổ đỏ sau lũ", lead + asked + answered),
                      BASE + "/xa-hoi/cu-tri-hai-lang-kien-nghi-cap-lai-so-do-1241.html")
    assert article.is_article, article.reason


def test_a_legal_column_signed_by_its_reporter_stays_news():
    signed = QUESTION + REPLY + '<p style="text-align:right"><strong>Phương Thảo</strong></p>'
    article = extract(legal_page("Bạn đọc hỏi, luật sư đáp: Con riêng có được hưởng thừa kế?", signed),
                      BASE + "/phap-luat/con-rieng-co-duoc-huong-thua-ke-1240.html")
    assert article.is_article, article.reason
