"""The twenty-seventh round's non-articles in other markup than the family's: a call for
applications headed in its issuer's own words ("X tuyển …") whose terms are labelled lines, and a
reader's question answered by a lawyer named with no comma before "trả lời:"; each beside a story
that merely resembles it and must stay news."""

from __future__ import annotations

import pytest

from crawler.extract import extract
from crawler.extract.detect import terms

BASE = "http://127.0.0.1:8000"


def portal_page(title: str, body: str) -> str:
    """A district hospital's or a provincial daily's WordPress-like post: og:type article, the
    headline in an h2 entry title, the post's paragraphs in an entry-content div, a widget of
    recent posts beside it, no date line."""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title} – Trung tâm Y tế huyện</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Trung tâm Y tế huyện Cam Lộ">
</head><body><header id="masthead"><a href="/" rel="home">Trung tâm Y tế huyện Cam Lộ</a>
<nav id="site-navigation"><ul><li><a href="/gioi-thieu/">Giới thiệu</a></li><li><a href="/category/tin-tuc/">Tin tức</a>
</li><li><a href="/lien-he/">Liên hệ</a></li></ul></nav></header>
<main id="main"><article class="post type-post"><header class="entry-header"><h2 class="entry-title">{title}</h2>
</header><div class="entry-content">{body}</div></article></main>
<aside id="secondary"><section class="widget widget_recent_entries"><h3 class="widget-title">Bài viết mới</h3><ul>
<li><a href="/2024/11/tiem-chung-mo-rong-dot-4/">Tiêm chủng mở rộng đợt 4 năm 2024</a></li>
<li><a href="/2024/11/kham-sang-loc-tang-huyet-ap/">Khám sàng lọc tăng huyết áp cho người cao tuổi</a></li>
</ul></section></aside><footer id="colophon">© 2024 Trung tâm Y tế huyện Cam Lộ. Địa chỉ: Khóm 3, thị trấn
Cam Lộ.</footer></body></html>"""


# --- a call headed "X tuyển …", its terms labelled lines ---------------------------------------

CALL = ("<p>Trung tâm Y tế huyện Cam Lộ cần tuyển 03 điều dưỡng làm việc tại khoa Hồi sức cấp cứu.</p>"
        "<p>+ Yêu cầu: tốt nghiệp cao đẳng điều dưỡng trở lên, có chứng chỉ hành nghề.</p>"
        "<p>+ Hồ sơ gồm: đơn xin việc, sơ yếu lý lịch có xác nhận, bản sao văn bằng, giấy khám sức khỏe.</p>"
        "<p>+ Thời gian nhận hồ sơ: đến hết ngày 20/12/2024.</p>"
        "<p>Mọi chi tiết xin liên hệ phòng Tổ chức - Hành chính, điện thoại 0233 3871 123.</p>")


def test_a_call_headed_in_its_issuer_s_words_with_labelled_terms_is_no_news():
    article = extract(portal_page("Trung tâm Y tế huyện Cam Lộ tuyển điều dưỡng năm 2024", CALL),
                      BASE + "/2024/11/trung-tam-y-te-tuyen-dieu-duong-nam-2024/")
    assert not article.is_article
    assert "terms" in article.reason


def test_a_story_about_a_recruitment_drive_with_its_terms_stays_news():
    lede = ("<p>Trung tâm Y tế huyện Cam Lộ vừa thông báo tuyển 03 điều dưỡng cho khoa Hồi sức cấp cứu, nơi mỗi "
            "năm tiếp nhận hơn 4.000 ca bệnh nặng trong khi chỉ có 9 điều dưỡng. Theo bác sĩ Lê Văn Hòa, Giám đốc "
            "trung tâm, nhiều điều dưỡng trẻ đã chuyển về các bệnh viện tư ở Đông Hà vì thu nhập cao hơn, khiến "
            "khoa phải tăng ca liên tục suốt mùa mưa lũ vừa qua.</p>")
    terms_told = ("<p>+ Yêu cầu: tốt nghiệp cao đẳng điều dưỡng trở lên.</p>"
                  "<p>+ Hồ sơ gồm: đơn xin việc, sơ yếu lý lịch, bản sao văn bằng.</p>"
                  "<p>+ Thời gian nhận hồ sơ: đến hết ngày 20/12/2024.</p>")
    article = extract(portal_page("Trung tâm Y tế huyện Cam Lộ tuyển điều dưỡng vì thiếu người trực cấp cứu",
                                  lede + terms_told),
                      BASE + "/2024/11/trung-tam-y-te-thieu-dieu-duong-truc-cap-cuu/")
    assert article.is_article, article.reason


@pytest.mark.parametrize(("text", "is_terms"), [
    # The opening sentence, then each term a labelled line of the lexicon of terms.
    ("Công ty cần tuyển 5 lái xe.\n- Yêu cầu: bằng lái hạng C.\n- Hồ sơ: đơn, lý lịch.\n- Mức lương: 12 triệu.", True),
    # Labelled lines of another kind (a story's quoted speakers, its figures), or too few terms.
    ("Công ty cần tuyển 5 lái xe.\n- Anh Tuấn: công việc ổn định.\n- Chị Mai: lương khá.\n- Ông Hùng: vui.", False),
    ("Công ty cần tuyển 5 lái xe.\n- Yêu cầu: bằng lái hạng C.\n- Hồ sơ: đơn, lý lịch.", False),
])
def test_terms_may_be_labelled_lines(text, is_terms):
    assert terms("Công ty Vận tải Hòa Bình tuyển lái xe", text) is is_terms


# --- a reader's question answered by a named lawyer, no comma before "trả lời:" -----------------

ASKED = ("<p><em>Bạn đọc Nguyễn Văn Tùng (TP Đông Hà) hỏi: Công ty cho tôi nghỉ việc khi đang điều trị tai nạn "
         "lao động thì có đúng luật không?</em></p>")
ANSWERED = ("<p>Luật sư Hoàng Thị Lan trả lời: Theo Điều 37 Bộ luật Lao động 2019, người sử dụng lao động không được "
            "đơn phương chấm dứt hợp đồng khi người lao động đang điều trị tai nạn lao động theo chỉ định của cơ sở "
            "khám bệnh, chữa bệnh.</p>")


def test_a_q_and_a_answered_by_a_lawyer_named_without_a_comma_is_no_news():
    article = extract(portal_page("Hỏi đáp: Bị cho nghỉ việc khi đang điều trị tai nạn lao động?", ASKED + ANSWERED),
                      BASE + "/hoi-dap/bi-cho-nghi-viec-khi-dang-dieu-tri-tai-nan-lao-dong/")
    assert not article.is_article
    assert "question" in article.reason


def test_a_story_quoting_a_question_and_its_named_answerer_stays_news():
    lede = ("<p>Sáng 28/11, Liên đoàn Lao động tỉnh tổ chức buổi tư vấn pháp luật cho hơn 200 công nhân Khu công "
            "nghiệp Nam Đông Hà. Nhiều công nhân hỏi về chế độ khi bị tai nạn lao động và việc công ty cắt giảm "
            "lao động cuối năm.</p>")
    asked = ("<p>Anh Nguyễn Văn Tùng (Công ty may Hòa Thọ) hỏi: Công ty cho tôi nghỉ việc khi đang điều trị tai nạn "
             "lao động thì có đúng luật không?</p>")
    article = extract(portal_page("Tư vấn pháp luật cho 200 công nhân khu công nghiệp", lede + asked + ANSWERED),
                      BASE + "/2024/11/tu-van-phap-luat-cho-cong-nhan-khu-cong-nghiep/")
    assert article.is_article, article.reason
