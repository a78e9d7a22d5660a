"""The twenty-first round's non-articles, in other markup than the families': a reader's legal
question answered under a sapo that puts it in the reader's voice, a recruitment call whose
terms stand under one sentence in its issuer's voice (no colon to introduce them), and a live
page posted before its event that says the coverage is ahead; each beside a page that merely
resembles it and must keep its answer."""

from __future__ import annotations

import pytest

from crawler.extract import extract
from crawler.extract.detect import forthcoming, live_title, notice

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


# --- a recruitment call: one sentence in its issuer's voice over its numbered terms -----------

def portal(title: str, summary: str, body: str) -> str:
    """A provincial agency's portal (a DNN/Liferay news module: div.news-detail, a summary, a
    date line, the content), no type and no writer."""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title></head>
<body><div id="banner"><a href="/">Trung tâm Y tế huyện Cẩm Xuyên</a></div>
<div id="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li>
<li><a href="/thong-bao">Thông báo</a></li></ul></div>
<div class="main"><div class="news-detail"><h2 class="news-title">{title}</h2>
<div class="news-date">Ngày đăng: 15/11/2026 08:00</div><div class="news-summary"><b>{summary}</b></div>
<div class="news-content">{body}</div></div>
<div class="other-news"><h4>Tin khác</h4><ul><li><a href="/tin-tuc/kham-sang-loc-mien-phi-cho-nguoi-cao-tuoi-
1201">Khám sàng lọc miễn phí cho người cao tuổi</a></li></ul></div></div>
<div id="footer">Trung tâm Y tế huyện Cẩm Xuyên. Điện thoại: 0239 3861 234.</div></body></html>"""


TERMS = ("<p>1. Vị trí tuyển: 03 điều dưỡng hạng IV, 01 kỹ thuật viên xét nghiệm.</p>"
         "<p>2. Điều kiện dự tuyển:</p><ul><li>Tốt nghiệp cao đẳng điều dưỡng hoặc xét nghiệm trở lên;</li>"
         "<li>Có chứng chỉ hành nghề;</li><li>Đủ sức khỏe để công tác.</li></ul>"
         "<p>3. Hồ sơ gồm: phiếu đăng ký dự tuyển, bản sao văn bằng, chứng chỉ, giấy khám sức khỏe.</p>"
         "<p>4. Thời hạn nhận hồ sơ: đến 17 giờ ngày 15/12/2026 tại phòng Tổ chức - Hành chính.</p>")


def test_a_call_whose_terms_stand_under_its_issuer_s_sentence_is_no_news():
    summary = "Trung tâm Y tế huyện Cẩm Xuyên thông báo tuyển dụng viên chức làm việc tại các trạm y tế xã năm 2026."
    article = extract(portal("Trung tâm Y tế huyện Cẩm Xuyên tuyển viên chức năm 2026", summary, TERMS),
                      BASE + "/tin-tuc/trung-tam-y-te-huyen-cam-xuyen-tuyen-vien-chuc-nam-2026-1207")
    assert not article.is_article
    assert "notice" in article.reason


def test_a_story_reporting_a_call_with_its_terms_stays_news():
    """The same terms under a reporter's sentence ("… vừa thông báo …"): a news brief relaying
    the call, as a newspaper files it."""
    summary = ("Trung tâm Y tế huyện Cẩm Xuyên vừa thông báo tuyển dụng viên chức làm việc tại các trạm y tế xã năm "
               "2026.")
    article = extract(portal("Trung tâm Y tế huyện Cẩm Xuyên tuyển viên chức năm 2026", summary, TERMS),
                      BASE + "/tin-tuc/trung-tam-y-te-huyen-cam-xuyen-tuyen-vien-chuc-nam-2026-1207")
    assert article.is_article, article.reason


def test_a_notice_opens_on_its_sapo_in_its_issuer_s_voice_or_on_a_colon():
    terms = "1. Số lượng: 05 người.\n2. Hồ sơ gồm: đơn, lý lịch.\n3. Thời hạn: 15/12/2026."
    issued = "Trường Tiểu học Cẩm Hưng thông báo tuyển giáo viên hợp đồng năm học 2026."
    assert notice(f"{issued}\n{terms}", sapo=issued)
    assert notice("Trường Tiểu học Cẩm Hưng tuyển giáo viên hợp đồng như sau:\n" + terms)
    # The same sentence as the body's first paragraph, no sapo set apart: a story's lede.
    assert not notice(f"{issued}\n{terms}")
    for lede in ("Trường Tiểu học Cẩm Hưng vừa thông báo tuyển giáo viên hợp đồng năm học 2026.",
                 "Ngày 14/11, Trường Tiểu học Cẩm Hưng thông báo tuyển giáo viên hợp đồng."):
        assert not notice(f"{lede}\n{terms}", sapo=lede)
    # A paragraph between the sapo and the terms: a story told, its terms quoted.
    told = "Năm nay trường mở thêm hai lớp bán trú nên cần thêm giáo viên có kinh nghiệm dạy lớp ghép."
    assert not notice(f"{issued}\n{told}\n{terms}", sapo=issued)


# --- a live page before its event, its opening saying the coverage is ahead -------------------

def live_page(title: str, sapo: str, body: str) -> str:
    """A daily built like Tuổi Trẻ's live template: h1.detail-title, a publish date, the sapo
    in h2.detail-sapo, the content in div.detail-content, typed as a NewsArticle."""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-11-25T16:00:00+07:00"></head>
<body><header class="header"><a class="logo" href="/">Báo Tiền Phong Miền Tây</a>
<ul class="menu-nav"><li><a href="/thoi-su.htm">Thời sự</a></li><li><a href="/xa-hoi.htm">Xã hội</a></li></ul></header>
<div class="detail-container"><div class="detail-cate"><a href="/xa-hoi.htm">Xã hội</a></div>
<h1 class="detail-title article-title" data-role="title">{title}</h1>
<div class="detail-time"><div data-role="publishdate">25/11/2026 16:00 GMT+7</div></div>
<h2 class="detail-sapo" data-role="sapo">{sapo}</h2>
<div class="detail-cmain"><div id="main-detail" class="detail-content afcbc-body" data-role="content">{body}</div></div>
</div><div class="box-relate"><h3>Tin liên quan</h3><ul><li><a href="/xa-hoi/cau-co-chien-thong-xe-
2026112416.htm">Cầu Cổ Chiên sẵn sàng thông xe</a></li></ul></div>
<footer class="footer">Báo Tiền Phong Miền Tây. Tổng biên tập: Lê Văn Minh.</footer></body></html>"""


PROGRAMME = ("<div class='live-schedule'><p class='live-label'>Sắp diễn ra</p>"
             "<p><b>Thời gian:</b> 8 giờ, Chủ nhật 30/11/2026</p><p><b>Địa điểm:</b> Đầu cầu phía Vĩnh Long</p>"
             "<ul><li>7:30 - Đón đại biểu</li><li>8:00 - Văn nghệ chào mừng</li><li>8:45 - Báo cáo quá trình thi công"
             "</li><li>9:15 - Cắt băng thông xe</li></ul><p>Mời quý độc giả đón xem.</p></div>")
LIVE = "Trực tiếp: Lễ thông xe cầu Cổ Chiên"


@pytest.mark.parametrize("sapo", [
    "Báo Tiền Phong Miền Tây sẽ tường thuật trực tiếp Lễ thông xe cầu Cổ Chiên nối hai tỉnh Vĩnh Long và Trà Vinh.",
    "Lễ thông xe cầu Cổ Chiên nối hai tỉnh Vĩnh Long và Trà Vinh sẽ được truyền hình trực tiếp trên kênh THVL1 và "
    "trên báo điện tử.",
])
def test_a_live_page_saying_its_coverage_is_ahead_is_no_news(sapo):
    article = extract(live_page(LIVE, sapo, PROGRAMME), BASE + "/xa-hoi/truc-tiep-le-thong-xe-cau-co-chien-2026112516.htm")
    assert not article.is_article
    assert "ahead of the event" in article.reason


def test_a_live_page_written_after_its_event_stays_news():
    sapo = ("Sáng 30/11, Lễ thông xe cầu Cổ Chiên đã diễn ra tại đầu cầu phía Vĩnh Long; báo Tiền Phong Miền Tây "
            "tường thuật trực tiếp.")
    entries = ("<p><b>8:05</b> - Văn nghệ chào mừng với hơn 200 diễn viên quần chúng, tái hiện đời sống đôi bờ sông "
               "Cổ Chiên và những chuyến đò ngang đã đưa người dân qua sông suốt mấy chục năm.</p>"
               "<p><b>8:50</b> - Đại diện chủ đầu tư báo cáo: cầu dài 2,4 km, vốn 5.000 tỷ đồng, hoàn thành sớm hai "
               "tháng so với kế hoạch nhờ các nhà thầu thi công ba ca liên tục trong mùa khô.</p>"
               "<p><b>9:20</b> - Phó Thủ tướng cắt băng thông xe; hàng nghìn người dân đã đứng chật hai bên đường dẫn "
               "từ sáng sớm để chứng kiến những chiếc xe đầu tiên chạy qua cầu.</p>")
    article = extract(live_page(LIVE, sapo, entries), BASE + "/xa-hoi/truc-tiep-le-thong-xe-cau-co-chien-2026112516.htm")
    assert article.is_article, article.reason


def test_live_coverage_ahead_needs_a_live_page_s_name_or_a_later_day():
    text = "Lễ thông xe cầu Cổ Chiên sẽ được truyền hình trực tiếp trên kênh THVL1."
    assert forthcoming(text, "2026-11-25T16:00:00+07:00", live=True)
    assert not forthcoming(text, "2026-11-25T16:00:00+07:00")
    assert forthcoming(text[:-1] + " ngày 30/11.", "2026-11-25T16:00:00+07:00")
    assert not forthcoming("Đài đã tường thuật trực tiếp lễ thông xe.", "2026-11-25T16:00:00+07:00", live=True)
    assert live_title("Trực tiếp: Lễ thông xe cầu Cổ Chiên")
    assert live_title("Tường thuật trực tiếp - Lễ hội Ok Om Bok")
    assert not live_title("Trực tiếp tiêu thụ nông sản qua sàn thương mại điện tử")
