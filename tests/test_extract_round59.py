"""The fifty-ninth round's blind misses: a photo story's headline opening "Phóng sự ảnh:" read as
a credit, writers linked one each with "và" between them, an invitation to the site's other
videos and what is left of a pointer to the next part, a lawyer answering from "TP. Hà Nội", a
doctor's answer under her rank, and an online consultation announced ahead."""

from __future__ import annotations

from crawler.extract import extract

PARAGRAPHS = (
    "Những ngày này, trên khắp các cánh đồng của huyện, bà con nông dân đang tranh thủ thời tiết nắng ráo để thu "
    "hoạch lúa vụ Đông Xuân, năng suất ước đạt hơn 70 tạ mỗi héc-ta.",
    "Nhờ đưa máy gặt đập liên hợp vào đồng ruộng, mỗi ngày một máy có thể thu hoạch từ 5 đến 7 héc-ta, giảm đáng "
    "kể chi phí thuê nhân công so với những vụ trước.",
    "Theo Phòng Nông nghiệp huyện, đến nay toàn huyện đã thu hoạch được khoảng 60% diện tích, dự kiến hoàn thành "
    "trước ngày 20/5 để kịp gieo cấy vụ Hè Thu.",
)


def _page(content: str, title: str, head: str = "", published: str = "2025-05-09T16:45:00+07:00") -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="{published}">{head}
</head><body><div class="header"><a href="/">Cổng thông tin điện tử huyện</a><a href="/tin-tuc/">Tin tức</a></div>
<div class="news-detail"><h1 class="news-detail-title"><span>{title}</span></h1>{content}</div>
<div class="footer">© Cổng thông tin điện tử huyện</div></body></html>"""


def test_a_photo_storys_headline_is_no_credit():
    content = ('<div class="news-detail-content">' + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
               + '<p style="text-align: right;"><strong>Tin, ảnh: Văn Hùng</strong></p></div>')
    article = extract(_page(content, "Phóng sự ảnh: Nông dân hối hả thu hoạch lúa Đông Xuân"),
                      "https://hoavinh.example/tin-tuc/phong-su-anh-nong-dan-thu-hoach-lua-1229.aspx")
    assert article.author == "Văn Hùng"


def test_writers_linked_one_each_with_va_between_them_are_joined_with_commas():
    byline = ('<div class="post-meta"><span class="by">Bởi</span> <a href="/author/thuha/" rel="author">Thu Hà</a> và '
              '<a href="/author/minhkhoa/" rel="author">Minh Khoa</a></div>')
    article = extract(_page(byline + "".join(f"<p>{p}</p>" for p in PARAGRAPHS), "Nông dân thu hoạch lúa Đông Xuân"),
                      "https://kinhte.example/nong-dan-thu-hoach-lua-dong-xuan/")
    assert article.author == "Thu Hà, Minh Khoa"


def test_an_invitation_to_other_videos_and_its_video_are_no_text():
    content = ("".join(f"<p>{p}</p>" for p in PARAGRAPHS)
               + "<p><b>Mời độc giả xem thêm video đang được quan tâm:</b></p>"
               '<figure class="VCSortableInPreviewMode" type="VideoStream"><div class="video-box"><iframe '
               'src="https://vcplayer.example/1.1?vid=so-cuu.mp4"></iframe></div><figcaption><p>Cách sơ cứu đúng khi '
               "gặp người bị đột quỵ tại nhà</p></figcaption></figure>")
    article = extract(_page(content, "Nông dân thu hoạch lúa Đông Xuân"), "https://suckhoe.example/nong-dan-169.htm")
    assert article.text.splitlines()[-1] == PARAGRAPHS[-1]


def test_a_pointer_to_the_next_part_left_without_its_link_is_no_text():
    content = ("".join(f"<p>{p}</p>" for p in PARAGRAPHS)
               + '<p style="text-align: right;"><i>Đón đọc <a href="/bai-2-may-gat-ve-lang-169.htm">Bài 2: Máy gặt về '
               "làng</a></i></p>")
    article = extract(_page(content, "Mùa gặt - Bài 1: Nông dân thu hoạch lúa Đông Xuân"),
                      "https://suckhoe.example/mua-gat-bai-1-168.htm")
    assert article.text.splitlines()[-1] == PARAGRAPHS[-1]


QUESTION = ("Bạn đọc Nguyễn Văn Tùng (huyện Kiến Xương, Thái Bình) hỏi: Bố mẹ tôi để lại cho tôi thửa đất trồng lúa "
            "đã có giấy chứng nhận. Nay tôi làm thủ tục nhận thừa kế thì có phải nộp thuế thu nhập cá nhân không?")
ANSWER = ("<p>Theo quy định của pháp luật về thuế thu nhập cá nhân, thu nhập từ nhận thừa kế là bất động sản giữa cha "
          "đẻ, mẹ đẻ với con đẻ thuộc trường hợp được miễn thuế.</p><p>Đồng thời, đất nhận thừa kế giữa những người nêu "
          "trên cũng được miễn lệ phí trước bạ; khi nộp hồ sơ đăng ký biến động, ông cần kê khai để được miễn.</p>")


def test_a_lawyer_answering_from_a_city_written_tp_dot_answers_the_question():
    content = (f"<p><b>{QUESTION}</b></p><p><b>Luật sư Đỗ Minh Quang, Đoàn Luật sư TP. Hà Nội trả lời:</b></p>"
               + ANSWER + '<p style="text-align:right"><b>Ban Bạn đọc</b></p>')
    article = extract(_page(content, "Đất nông nghiệp được thừa kế có phải nộp thuế thu nhập cá nhân?",
                            published="2024-10-12T09:00:00+07:00"),
                      "https://baotnmt.example/dat-nong-nghiep-duoc-thua-ke-co-phai-nop-thue-384012.html")
    assert not article.is_article and "question" in article.reason


def test_a_doctors_answer_under_her_rank_is_no_reporters_signature():
    content = ("<p><b>Hỏi:</b> Con tôi 2 tuổi, tuần trước bị sốt cao và lên cơn co giật khoảng 2 phút, sau đó cháu tỉnh, "
               "chơi bình thường. Xin hỏi tôi có nên cho cháu chụp MRI sọ não không?</p><p>(Bạn đọc Trần Thu Hằng, Hải "
               "Phòng)</p><p><b>Trả lời:</b></p><p>Chào chị, co giật do sốt thường gặp ở trẻ từ 6 tháng đến 5 tuổi; với "
               "cơn co giật đơn thuần, trẻ tỉnh hoàn toàn sau cơn thì thường không cần chụp MRI.</p><p>Chị nên cho trẻ "
               "đi khám chuyên khoa thần kinh nhi nếu cơn giật kéo dài, chỉ giật một bên người hoặc tái phát nhiều lần."
               '</p><p style="text-align: right;"><b>BSCKII Lê Thị Minh Nguyệt</b><br>Khoa Thần kinh, Bệnh viện Nhi</p>')
    article = extract(_page(content, "Trẻ 2 tuổi sốt cao co giật lần đầu có cần chụp MRI không?",
                            published="2026-11-22T14:00:00+07:00"),
                      "https://suckhoe.example/tre-2-tuoi-sot-cao-co-giat-169261122140012345.htm")
    assert not article.is_article and "question" in article.reason


def test_an_online_consultation_announced_ahead_is_no_story():
    content = ("<h2>SKĐS - Báo tổ chức chương trình tư vấn trực tuyến “Phòng ngừa đột quỵ khi trời lạnh” vào sáng thứ "
               "Năm, ngày 26/11/2026.</h2><p><b>Thời gian:</b> 9h00 - 10h30, thứ Năm ngày 26/11/2026.</p>"
               "<p><b>Hình thức:</b> Trực tuyến trên trang báo điện tử, fanpage và kênh YouTube của Báo.</p>"
               "<p><b>Khách mời:</b></p><ul><li>PGS.TS Đào Văn Thành, Phó Giám đốc Trung tâm Đột quỵ.</li>"
               "<li>ThS.BS Ngô Thị Huyền, Khoa Cấp cứu, Bệnh viện Đa khoa.</li></ul><p>Bạn đọc gửi câu hỏi về hộp thư "
               "của Báo hoặc để lại bình luận dưới bài viết này trước giờ chương trình diễn ra.</p>")
    article = extract(_page(content, "Tư vấn trực tuyến: Phòng ngừa đột quỵ khi trời lạnh",
                            published="2026-11-23T10:00:00+07:00"),
                      "https://suckhoe.example/tu-van-truc-tuyen-phong-ngua-dot-quy-169261123100012345.htm")
    assert not article.is_article
