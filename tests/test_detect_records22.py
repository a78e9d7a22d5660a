"""The twenty-first round's non-articles, in other markup than the families': a reader's legal
question answered under a sapo that puts it in the reader's voice; beside a page that merely
resembles it and must keep its answer."""

from __future__ import annotations

import pytest

from crawler.extract import extract

BASE = "http://127.0.0.1:8000"


def express(title: str, sapo: str, body: str, day: str = "Thứ tư, 27/11/2026, 09:15 (GMT+7)") -> str:
    """A national daily built like VnExpress: h1.title-detail, span.date, p.description and
    article.fck_detail of p.Normal, typed as an article, no writer in the metadata."""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title} - Báo Nông Thôn Mới</title>
<meta property="og:type" content="article"><meta property="og:title" content="{title}"></head>
<body><header class="header"><a class="logo" href="/">Báo Nông Thôn Mới</a>
<nav class="main-nav"><ul><li><a href="/thoi-su">Thời sự</a></li><li><a href="/phap-luat">Pháp luật</a></li>
<li><a href="/kinh-doanh">Kinh doanh</a></li></ul></nav></header>
<section class="section page-detail"><div class="container"><div class="sidebar-1">
<div class="header-content"><ul class="breadcrumb"><li><a href="/phap-luat">Pháp luật</a></li></ul>
<span class="date">{day}</span></div>
<h1 class="title-detail">{title}</h1><p class="description">{sapo}</p>
<article class="fck_detail">{body}</article>
<div class="footer-content"><div class="box-tinlienquanv2"><h3>Tin liên quan</h3>
<ul><li><a href="/phap-luat/thu-tuc-sang-ten-so-do-khi-nhan-thua-ke-4812345.html">Thủ tục sang tên sổ đỏ khi
nhận thừa kế</a></li></ul></div></div></div>
<div class="sidebar-2"><div class="box-category"><h3>Xem nhiều</h3><ul><li><a href="/thoi-su/mua-lu-lam-sat-lo-
duong-ho-chi-minh-4812001.html">Mưa lũ làm sạt lở đường Hồ Chí Minh</a></li></ul></div></div></div></section>
<footer class="footer"><p>Báo Nông Thôn Mới. Giấy phép số 548/GP-BTTTT.</p></footer></body></html>"""


# --- a reader's question under a sapo that puts it in the reader's own voice ------------------

ANSWER = ("<p class='Normal'>Theo khoản 1 Điều 78 Nghị định 101/2024/NĐ-CP, người sử dụng đất bị mất giấy chứng nhận "
          "nộp đơn đề nghị cấp lại tại bộ phận một cửa cấp huyện, kèm giấy xác nhận của công an cấp xã về việc mất.</p>"
          "<p class='Normal'>Nếu người cùng đứng tên đã chết, bà cần làm thủ tục khai nhận di sản thừa kế tại tổ chức "
          "hành nghề công chứng trước khi đề nghị cấp lại giấy chứng nhận đứng tên những người thừa kế.</p>")


@pytest.mark.parametrize("sapo", [
    "Tôi làm mất giấy chứng nhận quyền sử dụng đất do bố mẹ để lại sau trận lũ vừa qua, nay muốn xin cấp lại thì "
    "cần làm những thủ tục gì?",
    "Xin hỏi, đất đứng tên hai vợ chồng mà chồng đã mất từ năm ngoái, nay giấy chứng nhận bị thất lạc thì thủ tục "
    "cấp lại thế nào?",
])
def test_a_reader_s_question_under_its_summary_in_the_reader_s_voice_is_no_news(sapo):
    body = ("<p class='Normal'><strong>Độc giả Lê Thị Hoa (Quảng Nam) hỏi:</strong> Bố mẹ tôi mất năm 2022, giấy "
            "chứng nhận quyền sử dụng đất đứng tên bố mẹ đã thất lạc sau trận lũ. Tôi phải làm thủ tục gì?</p>"
            "<p class='Normal'><strong>Luật sư Trần Minh Hải, Công ty Luật Minh Hải, trả lời:</strong></p>" + ANSWER)
    article = extract(express("Mất sổ đỏ của bố mẹ đã mất, xin cấp lại thế nào?", sapo, body),
                      BASE + "/phap-luat/mat-so-do-cua-bo-me-da-mat-xin-cap-lai-the-nao-4813377.html")
    assert not article.is_article
    assert "question" in article.reason


def test_a_story_under_a_rhetorical_question_reporting_an_exchange_stays_news():
    """The reporter's question for a sapo (no asker's voice in it) is the story's own opening: the
    exchange it reports at a meeting comes after it, as in any story of a dialogue."""
    body = ("<p class='Normal'>Bà Lê Thị Hoa (xã Cẩm Hưng) hỏi: Giấy chứng nhận của gia đình tôi bị cuốn trôi trong "
            "lũ, bao giờ xã làm thủ tục cấp lại cho dân?</p>"
            "<p class='Normal'>Ông Trần Văn Hùng, Giám đốc Văn phòng đăng ký đất đai huyện, trả lời: Văn phòng sẽ tiếp "
            "nhận hồ sơ ngay tại nhà văn hóa các thôn từ tuần sau, không thu lệ phí với các hộ bị lũ.</p>" + ANSWER)
    sapo = ("Vì sao hàng trăm hộ dân vùng lũ Cẩm Xuyên đến nay vẫn chưa được cấp lại giấy chứng nhận quyền sử dụng "
            "đất bị cuốn trôi?")
    article = extract(express("Hàng trăm hộ dân vùng lũ chờ cấp lại sổ đỏ bị cuốn trôi", sapo, body),
                      BASE + "/thoi-su/hang-tram-ho-dan-vung-lu-cho-cap-lai-so-do-4813390.html")
    assert article.is_article, article.reason
