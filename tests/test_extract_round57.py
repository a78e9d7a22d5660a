"""The fifty-seventh round's blind misses: a pager's label over the previous post's card
("BÀI TRƯỚC") read as a writer's name block, a page builder's run of a lead module, a video
module and a sub-heading module before the text module, and a Q&A whose question and answer
each stand under their label alone ("Câu hỏi:", "Trả lời:")."""

from __future__ import annotations

from crawler.extract import extract

PARAGRAPHS = (
    "Sáng nay, tại Khu công nghiệp Bình Xuyên, Ban Quản lý các khu công nghiệp tỉnh phối hợp với Công đoàn tổ chức "
    "lễ phát động trồng cây xanh hưởng ứng Ngày Môi trường thế giới với hơn 500 công nhân tham gia.",
    "Theo quy định, mỗi khu công nghiệp phải dành tối thiểu 10% diện tích cho cây xanh, nhưng nhiều năm qua diện "
    "tích này ở một số nơi chưa được đầu tư đúng mức, nhất là ở các khu mới mở rộng.",
    "Ông Phạm Quang Huy, Giám đốc một doanh nghiệp vốn Nhật Bản, cho biết công ty cam kết chăm sóc số cây được "
    "giao, đồng thời trồng thêm cây xanh trong khuôn viên nhà máy và giảm dùng túi ni lông, sản phẩm nhựa dùng một "
    "lần trong bếp ăn của công nhân.",
    "Dịp này, Ban Quản lý cũng phát động cuộc thi ảnh về khu công nghiệp xanh dành cho công nhân, kéo dài đến hết "
    "tháng 8, với nhiều giải thưởng dành cho các tác phẩm xuất sắc.",
)
TITLE = "Doanh nghiệp chung tay trồng cây xanh trong khu công nghiệp"


def _page(content: str, after: str = "", title: str = TITLE, band: bool = False) -> str:
    heading = f'<h1 class="entry-title">{title}</h1>'
    top, inner = (f'<div class="page-title"><div class="wf-wrap">{heading}</div></div>', "") if band else ("", heading)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-06-07T16:20:00+07:00"></head><body>
<div class="header"><a href="/">Truyền hình tỉnh</a><a href="/thoi-su/">Thời sự</a><a href="/video/">Video</a></div>
{top}<div class="main"><article class="post">{inner}
<div class="entry-content">{content}</div>{after}</article></div>
<aside class="sidebar"><section class="widget"><div class="widget-title">Tin mới nhất</div><ul>
<li><a href="/hoi-cho-viec-lam/">Hội chợ việc làm thu hút hơn 40 doanh nghiệp tuyển dụng</a></li>
<li><a href="/khoi-cong-nha-may-xu-ly-nuoc-thai/">Khởi công nhà máy xử lý nước thải tập trung giai đoạn 2</a></li>
</ul></section></aside>
<div class="footer">© Đài Phát thanh và Truyền hình tỉnh</div></body></html>"""


def test_a_pagers_label_over_the_previous_posts_card_is_no_writer():
    card = ('<div class="post-navigation"><div class="prev-post"><a href="/chuyen-doi-so-cap-xa/" rel="prev"></a>'
            '<div class="content"><div class="action-button"><span>BÀI TRƯỚC</span></div>'
            '<h3 class="post-title">Chuyển đổi số cấp xã: Bắt đầu từ những việc nhỏ</h3></div></div></div>')
    article = extract(_page("".join(f"<p>{p}</p>" for p in PARAGRAPHS), after=card),
                      "https://truyenhinh.example/doanh-nghiep-chung-tay-trong-cay-xanh/")
    assert article.author is None


LEAD = ("Hưởng ứng Ngày Môi trường thế giới 5/6, hơn 30 doanh nghiệp trong khu công nghiệp đã tham gia trồng 2.000 "
        "cây xanh dọc các tuyến đường nội khu.")


def test_a_builders_lead_video_and_heading_modules_open_the_text():
    def text_module(inner: str) -> str:
        return f'<div class="wpb_text_column wpb_content_element "><div class="wpb_wrapper">{inner}</div></div>'
    content = ('<div class="vc_row"><div class="wpb_column"><div class="vc_column-inner"><div class="wpb_wrapper">'
               + text_module(f"<p><strong>{LEAD}</strong></p>")
               + '<div class="wpb_video_widget wpb_content_element"><div class="wpb_wrapper"><div class="wpb_video_wrapper">'
               '<iframe src="https://www.youtube.com/embed/Qk7vRzT3pLw" title="Video"></iframe></div></div></div>'
               '<h4 class="vc_custom_heading">Nội dung video</h4>'
               + text_module("".join(f"<p>{p}</p>" for p in PARAGRAPHS)) + "</div></div></div></div>")
    # The theme's fancy header holds the headline, over the post's builder rows.
    article = extract(_page(content, band=True), "https://truyenhinh.example/video-doanh-nghiep-chung-tay-trong-cay-xanh/")
    assert article.text.splitlines()[:2] == [LEAD, "Nội dung video"] and article.text.endswith(PARAGRAPHS[-1])


def test_a_qa_with_its_question_and_answer_each_under_a_label_alone_is_no_story():
    content = ('<div class="hoi-dap"><div class="date">Ngày đăng: 07/03/2024 15:40</div>'
               '<div class="cau-hoi"><p><strong>Câu hỏi:</strong></p><p>Ông Phạm Văn Tư (xã Tân Hạnh) hỏi: Gia đình '
               'tôi có cơ sở sơ chế rau ăn lá cung cấp cho các bếp ăn tập thể. Xin hỏi thủ tục cấp giấy chứng nhận '
               'cơ sở đủ điều kiện an toàn thực phẩm gồm những giấy tờ gì và nộp ở đâu?</p></div>'
               '<div class="tra-loi"><p><strong>Trả lời:</strong></p><p>Về vấn đề này, Chi cục Quản lý chất lượng '
               'Nông lâm sản và Thủy sản trả lời như sau:</p><p>Hồ sơ đề nghị cấp giấy chứng nhận gồm đơn đề nghị '
               'theo mẫu, bản thuyết minh về cơ sở vật chất, trang thiết bị và danh sách người trực tiếp sản xuất đã '
               'được xác nhận kiến thức về an toàn thực phẩm.</p><p>Hồ sơ nộp trực tiếp tại Bộ phận Một cửa của Sở '
               'hoặc nộp trực tuyến trên Cổng Dịch vụ công tỉnh; thời hạn giải quyết là 15 ngày làm việc.</p></div></div>')
    article = extract(_page(content, title="Thủ tục cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm"),
                      "https://sonongnghiep.example/web/guest/hoi-dap/-/asset_publisher/x/content/thu-tuc-cap-giay")
    assert not article.is_article and "question" in article.reason
