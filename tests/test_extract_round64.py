"""The sixty-fourth round's blind misses, by structure: a writer's role after the name with no
mark, a credit label in JSON-LD's author, a video's caption beside its emptied frame before the
body, a pointer to watch the programme again elsewhere, a reader's question signed after a dash,
a document signed under its formula ("TM. …"), and a place's page typed as an article."""

from __future__ import annotations

from crawler.extract import extract

PARAGRAPHS = (
    "Sáng 28/11, Trung tâm Thông tin và Xúc tiến du lịch tỉnh phối hợp với chính quyền xã tổ chức khai mạc lễ "
    "hội hoa cải trắng, thu hút hàng nghìn du khách trong và ngoài tỉnh đến tham quan.",
    "Theo ban tổ chức, lễ hội năm nay kéo dài đến hết tháng 12 với nhiều hoạt động như trình diễn trang phục "
    "dân tộc, thi nấu ăn, trưng bày sản phẩm nông nghiệp đặc trưng của địa phương.",
    "Dịp này, các cơ sở lưu trú trên địa bàn cam kết giữ ổn định giá phòng, nâng cao chất lượng phục vụ để du "
    "khách có những trải nghiệm trọn vẹn khi đến với vùng cao.",
)
BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def _page(content: str, title: str, head: str = "", date_line: str = "28/11/2026 07:30") -> str:
    dated = f'<div class="time">{date_line}</div>' if date_line else ""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:type" content="article">{head}</head><body><div class="header"><a href="/">Du lịch Sơn La</a>
<a href="/tin-tuc/">Tin tức</a><a href="/diem-den/">Điểm đến</a></div>
<main><div class="article"><h1 class="title">{title}</h1>{dated}{content}</div></main>
<footer>© Trung tâm Thông tin và Xúc tiến du lịch</footer></body></html>"""


def test_a_writers_role_after_the_name_with_no_mark_is_no_part_of_it():
    signed = '<p class="author">Tác giả: <a href="/tac-gia/minh-duc">Minh Đức tổng hợp</a></p>'
    article = extract(_page(signed + BODY, "Khai mạc lễ hội hoa cải trắng Mộc Châu"),
                      "https://dulich.example/tin-tuc/khai-mac-le-hoi-hoa-cai-post401667.html")
    assert article.author == "Minh Đức"


def test_a_credit_label_in_json_lds_author_is_no_part_of_the_name():
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
          '"headline": "Khai mạc lễ hội hoa cải trắng Mộc Châu", "datePublished": "2026-11-28T07:30:00+07:00", '
          '"author": {"@type": "Person", "name": "Ảnh, bài: Đinh Công Thành"}}</script>')
    article = extract(_page(BODY, "Khai mạc lễ hội hoa cải trắng Mộc Châu", head=ld),
                      "https://dulich.example/tin-tuc/khai-mac-le-hoi-hoa-cai/")
    assert article.author == "Đinh Công Thành"


def test_a_videos_caption_beside_its_emptied_frame_before_the_body_opens_the_text():
    caption = "Nghề dệt thổ cẩm được phụ nữ Thái ở Hua Tát truyền dạy qua nhiều thế hệ."
    video = ('<div class="block-video"><div class="ratio ratio-16x9"><iframe src="https://www.youtube.com/embed/Jk3vQ8"'
             f'></iframe></div><p class="block-video__caption">{caption}</p></div>')
    article = extract(_page(video + '<div class="block-richtext">' + BODY + "</div>", "Video: Giữ nghề dệt thổ cẩm"),
                      "https://dulich.example/tin-tuc/video-giu-nghe-det-tho-cam/")
    assert article.text.splitlines() == [caption, *PARAGRAPHS]


def test_a_pointer_to_watch_the_programme_again_elsewhere_is_no_text():
    pointer = ('<div class="box-xem-lai"><p><strong>Xem lại toàn bộ đêm chung kết</strong> trên ứng dụng <a '
               'href="https://app.example/chung-ket">THVLi</a> hoặc tại <a href="/chuong-trinh/">chuyên trang Chuông '
               "vàng vọng cổ</a>.</p></div>")
    article = extract(_page(BODY + '<p style="text-align: right;"><strong>NHÓM PV</strong></p>' + pointer,
                            "Chung kết Chuông vàng vọng cổ 2026"), "https://thvl.example/giai-tri/chung-ket/")
    assert article.text.splitlines() == list(PARAGRAPHS)


def test_a_readers_question_signed_after_a_dash_and_its_answer_is_no_story():
    content = ('<div class="sapo"><strong>(LĐTĐ) Tôi làm công nhân tại một công ty may được gần 3 năm. Tháng 11 vừa qua, '
               "tôi xin nghỉ việc nhưng công ty không thanh toán tiền những ngày phép năm tôi chưa nghỉ. Xin hỏi công ty "
               "làm như vậy có đúng không? - Bạn đọc Nguyễn Thị Hà (Hà Nội)</strong></div><div class='content'>"
               "<p><strong>Trả lời:</strong></p><p>Theo khoản 1 Điều 113 Bộ luật Lao động năm 2019, người lao động làm "
               "việc đủ 12 tháng thì được nghỉ hằng năm, hưởng nguyên lương theo hợp đồng lao động 12 ngày làm việc.</p>"
               "<p>Trường hợp do thôi việc mà chưa nghỉ hết số ngày nghỉ hằng năm thì người lao động được người sử dụng "
               "lao động thanh toán tiền lương cho những ngày chưa nghỉ.</p></div>")
    article = extract(_page(content, "Người lao động nghỉ việc có được thanh toán tiền ngày phép năm chưa nghỉ?"),
                      "https://laodong.example/nguoi-lao-dong-nghi-viec-208377.html")
    assert not article.is_article
    assert "question" in article.reason


def test_a_document_signed_under_its_formula_is_no_story():
    content = ('<div class="content"><p>CTCP Cảng Cửa Lò Xanh thông báo thay đổi người đại diện theo pháp luật.</p>'
               "<p>Người đại diện theo pháp luật trước khi thay đổi: Ông Phan Văn Hải - Chức danh: Tổng giám đốc.</p>"
               "<p>Người đại diện theo pháp luật sau khi thay đổi: Ông Hồ Đức Tâm - Chức danh: Tổng giám đốc.</p>"
               "<p>Ngày hiệu lực: 20/11/2026.</p><p style='text-align:right'><strong>TM. HỘI ĐỒNG QUẢN TRỊ</strong></p>"
               "<p style='text-align:right'><strong>CHỦ TỊCH</strong></p></div>")
    article = extract(_page(content, "Thông báo thay đổi người đại diện theo pháp luật của CTCP Cảng Cửa Lò Xanh"),
                      "https://chungkhoan.example/thong-bao-thay-doi-nguoi-dai-dien-post401180.html")
    assert not article.is_article
    assert "signs" in article.reason


def test_a_story_quoting_a_signing_formula_mid_text_stays_news():
    content = BODY.replace("</p>", " Văn bản do KT. GIÁM ĐỐC SỞ ký ban hành.</p>", 1)
    article = extract(_page(content, "Khai mạc lễ hội hoa cải trắng Mộc Châu"),
                      "https://dulich.example/tin-tuc/khai-mac-le-hoi-hoa-cai-2/")
    assert article.is_article, article.reason


MAP = ('<h2>Bản đồ</h2><div class="ratio"><iframe src="https://www.google.com/maps/embed?pb=!1m14!1m12!1m3!1d59000'
       '!2d104.6!3d20.85"></iframe></div>')


def test_a_places_page_typed_as_an_article_is_no_story():
    content = ("<p>Tà Xùa là xã vùng cao của tỉnh Sơn La, nằm trên dãy núi cao hơn 2.000 m, nổi tiếng với biển mây "
               "bồng bềnh xuất hiện vào sáng sớm.</p><p>Các điểm check-in nổi tiếng gồm sống lưng khủng long, cây cô "
               "đơn và đồi chè Shan tuyết cổ thụ của người Mông.</p>" + MAP)
    article = extract(_page(content, "Cao nguyên Tà Xùa", date_line=""), "https://dulich.example/diem-den/ta-xua/")
    assert not article.is_article
    assert "place" in article.reason


def test_a_dated_story_with_a_map_stays_news():
    article = extract(_page(BODY + MAP, "Cao nguyên Tà Xùa"), "https://dulich.example/tin-tuc/cao-nguyen-ta-xua/")
    assert article.is_article, article.reason
