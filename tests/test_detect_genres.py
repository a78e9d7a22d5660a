"""The thirteenth round's non-articles in other markup: a notice, an event's page, a
document's page, a Q&A and a print view, each beside a story that merely resembles it."""

from __future__ import annotations

from crawler.extract import extract
from crawler.extract.detect import _updated, time_span

SITE = "Cổng thông tin điện tử huyện Cam Lộ"


def page(title: str, body: str, date_line: str = "<span class='ngay'>Thứ Tư, 12/03/2025 09:15</span>") -> str:
    """A Joomla-like district portal: another CMS's shape than the families'."""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title} - {SITE}</title></head>
<body><div id="top"><a href="/">{SITE}</a></div>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li></ul>
<div class="item-page"><h2 itemprop="headline">{title}</h2><div class="article-info">{date_line}</div>
<div itemprop="articleBody">{body}</div></div>
<div class="moduletable"><h3>Tin mới</h3><ul>
<li><a href="/tin-tuc/nong-dan-cam-lo-thu-hoach-ho-tieu.html">Nông dân Cam Lộ thu hoạch hồ tiêu được mùa được giá</a></li>
<li><a href="/tin-tuc/thong-xe-cau-cam-tuyen.html">Thông xe cầu Cam Tuyền sau tám tháng thi công</a></li>
</ul></div><div id="footer">Cơ quan chủ quản: UBND huyện Cam Lộ, tỉnh Quảng Trị.</div></body></html>"""


URL = "https://camlo.example/index.php/tin-tuc/123-bai-viet.html"

NOTICE = ("<p>Căn cứ Kế hoạch số 45/KH-UBND ngày 02/3/2025 của UBND huyện, Phòng Tài nguyên và Môi trường huyện "
          "thông báo lịch thu gom rác thải nguy hại trên địa bàn các xã như sau:</p>"
          "<ol><li>Xã Cam Thành: từ 7 giờ đến 11 giờ ngày 20/3/2025, tại Nhà văn hóa thôn Tân Mỹ.</li>"
          "<li>Xã Cam Chính: từ 13 giờ 30 đến 16 giờ ngày 20/3/2025, tại sân UBND xã.</li>"
          "<li>Thị trấn Cam Lộ: từ 7 giờ đến 11 giờ ngày 21/3/2025, tại chợ Cam Lộ.</li></ol>"
          "<p>Đề nghị UBND các xã, thị trấn thông báo rộng rãi đến người dân để mang rác thải nguy hại "
          "(pin, bóng đèn, vỏ chai thuốc bảo vệ thực vật) đến đúng địa điểm, đúng thời gian.</p>")

NOTICE_STORY = ("<p>Sáng 11/3, Phòng Tài nguyên và Môi trường huyện Cam Lộ vừa thông báo lịch thu gom rác thải nguy hại "
                "đợt 1 năm 2025 tại ba xã, thị trấn, sau khi đợt thí điểm năm ngoái thu được hơn 1,2 tấn pin, bóng "
                "đèn và vỏ chai thuốc bảo vệ thực vật.</p>"
                "<p>Theo ông Lê Văn Hòa, Trưởng phòng, người dân đã quen mang rác nguy hại đến điểm tập kết; năm nay "
                "huyện mở rộng thêm hai điểm tại Cam Thành và Cam Chính để người dân đỡ phải đi xa.</p>"
                "<p>Năm 2025, huyện đặt mục tiêu thu gom 100% rác thải nguy hại phát sinh trong khu dân cư và xử lý "
                "tại nhà máy của tỉnh, chấm dứt tình trạng đốt, chôn lấp tại vườn nhà.</p>")


def test_a_notice_in_its_issuers_voice_over_its_terms_is_no_story():
    article = extract(page("Thông báo lịch thu gom rác thải nguy hại đợt 1 năm 2025", NOTICE), URL)
    assert not article.is_article
    assert "issuer" in article.reason


def test_a_story_reporting_a_notice_stays_an_article():
    article = extract(page("Thông báo lịch thu gom rác thải nguy hại đợt 1 năm 2025", NOTICE_STORY), URL)
    assert article.is_article, article.reason


MEETING = ("<p>Thường trực Hội Cựu chiến binh huyện thông báo triệu tập hội nghị Ban Chấp hành mở rộng "
           "quý I/2025, cụ thể như sau:</p>"
           "<p>Thời gian: 8 giờ, thứ Ba ngày 25/3/2025.</p><p>Địa điểm: Hội trường Huyện ủy Cam Lộ.</p>"
           "<p>Thành phần: Ủy viên Ban Chấp hành, Chủ tịch Hội Cựu chiến binh các xã, thị trấn.</p>"
           "<p>Đề nghị các đồng chí sắp xếp công việc, tham dự đầy đủ, đúng giờ.</p>")

MEETING_STORY = ("<p>Thường trực Hội Cựu chiến binh huyện thông báo kết quả hội nghị Ban Chấp hành mở rộng quý I/2025 "
                 "như sau: toàn huyện kết nạp thêm 46 hội viên, vận động xây dựng 3 nhà nghĩa tình đồng đội.</p>"
                 "<p>Ông Lê Văn Thắng, Chủ tịch Hội, cho biết năm nay Hội tập trung giúp hội viên vay vốn phát triển "
                 "kinh tế, nhân rộng các mô hình trang trại, gia trại có thu nhập trên 500 triệu đồng mỗi năm.</p>"
                 "<p>Dịp này, Hội trao 20 suất quà cho hội viên có hoàn cảnh khó khăn, mỗi suất trị giá một triệu đồng.</p>")


def test_a_notice_of_a_meeting_over_its_labelled_fields_is_no_story():
    """Terms may be labelled fields ("Thời gian: …", "Địa điểm: …") under the announcing line's colon."""
    article = extract(page("Thông báo triệu tập hội nghị Ban Chấp hành mở rộng quý I/2025", MEETING), URL)
    assert not article.is_article
    assert "issuer" in article.reason


def test_a_notice_title_over_a_report_in_prose_stays_an_article():
    article = extract(page("Thông báo kết quả hội nghị Ban Chấp hành mở rộng quý I/2025", MEETING_STORY), URL)
    assert article.is_article, article.reason


def test_a_notice_told_in_paragraphs_stays_a_brief():
    """No terms under a colon, no file, no schedule's name: a road closure told in prose reads as news."""
    body = ("<p>Sở Giao thông vận tải thông báo tạm dừng lưu thông qua cầu Cam Hiếu từ ngày 15/3/2025 đến hết "
            "ngày 30/3/2025 để sửa chữa khe co giãn và mặt cầu bị hư hỏng sau mùa mưa lũ năm 2024.</p>"
            "<p>Trong thời gian này, các phương tiện đi theo Quốc lộ 9 qua cầu Đông Hà; xe tải trên 10 tấn đi "
            "tuyến tránh phía Bắc. Đơn vị thi công bố trí biển báo, rào chắn và người hướng dẫn hai đầu cầu.</p>")
    article = extract(page("Thông báo tạm dừng lưu thông qua cầu Cam Hiếu", body), URL)
    assert article.is_article, article.reason


EVENT = ("<ul><li>Thời gian: 8 giờ, thứ Sáu ngày 28/3/2025</li><li>Địa điểm: Hội trường UBND huyện Cam Lộ</li>"
         "<li>Đơn vị tổ chức: Hội Nông dân huyện</li></ul>"
         "<p>Tọa đàm là dịp để nông dân trồng hồ tiêu chia sẻ kinh nghiệm chuyển sang canh tác hữu cơ, "
         "liên kết tiêu thụ và đăng ký chỉ dẫn địa lý cho hồ tiêu Cam Lộ.</p>")


def test_an_events_name_over_its_time_and_place_ahead_is_no_story():
    article = extract(page("Tọa đàm “Hồ tiêu Cam Lộ: hướng đi hữu cơ”", EVENT), URL)
    assert not article.is_article
    assert "event" in article.reason


def test_a_story_of_the_event_after_it_stays_an_article():
    """The same name and fields, posted the day after the event: its report."""
    body = EVENT + ("<p>Tại tọa đàm, hơn 120 nông dân đã nghe các chuyên gia của Viện Khoa học Nông nghiệp "
                    "hướng dẫn ủ phân hữu cơ và phòng bệnh chết nhanh cho cây hồ tiêu; 15 hộ đăng ký tham gia "
                    "chuỗi liên kết với doanh nghiệp.</p>")
    article = extract(page("Tọa đàm “Hồ tiêu Cam Lộ: hướng đi hữu cơ”", body,
                           "<span class='ngay'>Thứ Bảy, 29/03/2025 10:00</span>"), URL)
    assert article.is_article, article.reason


REPORT = ("<p>Báo cáo tổng hợp kết quả thực hiện các chương trình mục tiêu quốc gia trên địa bàn huyện năm 2024 "
          "và phương hướng năm 2025.</p><p><a href='/images/files/bao-cao-2024.pdf'>Tải báo cáo (PDF, 2 MB)</a></p>")


def test_a_documents_name_over_its_file_is_no_story():
    article = extract(page("Báo cáo kết quả thực hiện các chương trình mục tiêu quốc gia năm 2024", REPORT), URL)
    assert not article.is_article


def test_a_story_with_its_plan_attached_stays_an_article():
    """A story opens on the day of what it tells; the file beside it is the plan it reports."""
    body = ("<p>Chiều 11/3, UBND huyện Cam Lộ tổ chức hội nghị triển khai kế hoạch phát triển hồ tiêu giai đoạn "
            "2025 - 2030, với mục tiêu nâng diện tích lên 500 ha, trong đó 200 ha đạt chứng nhận hữu cơ.</p>"
            "<p>Theo kế hoạch, huyện hỗ trợ 50% giá giống, phân bón hữu cơ trong hai năm đầu và kết nối doanh "
            "nghiệp bao tiêu sản phẩm cho các hợp tác xã.</p>"
            "<p>Phát biểu tại hội nghị, ông Lê Văn Hòa, Chủ tịch UBND huyện, yêu cầu các xã rà soát quỹ đất, "
            "vận động nông dân tham gia tổ hợp tác và không để tình trạng trồng tự phát, chạy theo giá như "
            "những năm trước khiến nhiều hộ thua lỗ khi giá hồ tiêu xuống thấp.</p>"
            "<p>Hiện toàn huyện có 312 ha hồ tiêu, tập trung ở Cam Thành, Cam Tuyền và Cam Chính; năng suất bình "
            "quân đạt 1,8 tấn/ha, giá bán đầu vụ năm nay khoảng 140.000 đồng/kg, cao hơn cùng kỳ năm trước.</p>"
            "<p><a href='/images/files/ke-hoach-ho-tieu.pdf'>Tải kế hoạch</a></p>")
    article = extract(page("Kế hoạch phát triển hồ tiêu Cam Lộ giai đoạn 2025 - 2030", body,
                           "<span class='ngay'>Thứ Tư, 12/03/2025 09:15</span>"), URL)
    # Not refused by the document's name: the older score's "document download page" weighs on
    # its own (a short story beside a file), as before this rule.
    assert "document's name" not in article.reason


def test_a_question_over_a_bare_answer_label_is_no_story():
    body = ("<div class='hoi'><p><em>Hỏi:</em> Tôi là người cao tuổi sống một mình, có được hỗ trợ tiền điện "
            "hằng tháng không? (Bà Trần Thị Lụa, xã Cam Thủy)</p></div>"
            "<div class='dap'><p><em>Trả lời:</em></p><p>Theo Quyết định số 28/2014/QĐ-TTg, hộ nghèo và hộ chính "
            "sách xã hội được hỗ trợ tiền điện 30.000 đồng/hộ/tháng. Bà liên hệ UBND xã để được hướng dẫn lập "
            "hồ sơ đề nghị hỗ trợ theo quy định hiện hành.</p></div>")
    article = extract(page("Người cao tuổi sống một mình có được hỗ trợ tiền điện?", body),
                      "https://camlo.example/index.php/hoi-dap/77-ho-tro-tien-dien.html")
    assert not article.is_article
    assert "question" in article.reason


def test_an_interview_with_its_answers_labelled_stays_an_article():
    body = ("<p>Sáng 10/3, phóng viên có cuộc trao đổi với ông Lê Văn Hòa, Chủ tịch UBND huyện, về kế hoạch "
            "phát triển hồ tiêu của huyện trong năm 2025 và những năm tiếp theo.</p>"
            "<p><strong>Hỏi:</strong> Năm nay huyện ưu tiên điều gì cho cây hồ tiêu?</p><p><strong>Trả lời:</strong></p>"
            "<p>Chúng tôi ưu tiên chuyển đổi sang canh tác hữu cơ và liên kết tiêu thụ với doanh nghiệp, để giá "
            "hồ tiêu ổn định và người trồng yên tâm đầu tư.</p>"
            "<p><strong>Hỏi:</strong> Nguồn vốn hỗ trợ lấy từ đâu?</p><p><strong>Trả lời:</strong></p>"
            "<p>Từ chương trình mục tiêu quốc gia xây dựng nông thôn mới và ngân sách huyện, khoảng 3 tỷ đồng.</p>")
    article = extract(page("Cam Lộ ưu tiên canh tác hữu cơ cho cây hồ tiêu", body), URL)
    assert article.is_article, article.reason


def test_a_date_line_and_its_update_after_a_bar_is_no_span():
    assert not time_span("Thứ Hai, 14/10/2024 - 11:20 | Cập nhật: 14/10/2024 - 16:45")
    assert _updated("Thứ Hai, 14/10/2024 - 11:20 | Cập nhật: 14/10/2024 - 16:45", 27)
    assert time_span("Thứ bảy, 12/04/2025, 07:30 - 11:30")
    assert time_span("8:00, 24/05/2024 đến 10:00, 28/05/2024")


PRINT = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Bản in</title></head><body>
<h1>Thông xe cầu Cam Tuyền sau tám tháng thi công</h1><p>12/03/2025</p>
<div id="noidung"><p>Sáng 12/3, UBND huyện Cam Lộ tổ chức lễ thông xe cầu Cam Tuyền bắc qua sông Hiếu, nối hai xã Cam
Tuyền và Cam Thành, sau tám tháng thi công với tổng vốn 48 tỷ đồng từ ngân sách tỉnh và huyện.</p>
<p>Cầu dài 120 m, rộng 9 m, thay cho bến đò ngang mà người dân hai bờ đã dùng hàng chục năm; học sinh không còn
phải đi đò qua sông trong mùa mưa lũ.</p></div>
<table><tr><td>URL: https://camlo.example/index.php/tin-tuc/125-thong-xe-cau-cam-tuyen.html</td></tr></table>
</body></html>"""


def test_a_print_view_stands_for_the_address_it_prints():
    article = extract(PRINT, "https://camlo.example/index.php?option=com_content&view=article&id=125&print=1")
    assert article.canonical_url == "https://camlo.example/index.php/tin-tuc/125-thong-xe-cau-cam-tuyen.html"


def test_a_story_quoting_another_sites_address_keeps_no_canonical():
    other = PRINT.replace("https://camlo.example/index.php/tin-tuc/125", "https://quangtri.example/tin/125")
    article = extract(other, "https://camlo.example/index.php?option=com_content&view=article&id=125&print=1")
    assert article.canonical_url is None


TABLE_NOTICE = ("<p>Văn phòng Huyện ủy thông báo lịch trực lãnh đạo Huyện ủy dịp Tết Nguyên đán Ất Tỵ 2025.</p>"
                "<p style='text-align:center'><strong>LỊCH TRỰC</strong></p>"
                "<table><tr><th>Ngày</th><th>Lãnh đạo trực</th><th>Điện thoại</th></tr>"
                "<tr><td>28/01/2025</td><td>Đồng chí Bí thư Huyện ủy</td><td>0233 3 871 001</td></tr>"
                "<tr><td>29/01/2025</td><td>Đồng chí Phó Bí thư Thường trực</td><td>0233 3 871 002</td></tr>"
                "<tr><td>30/01/2025</td><td>Đồng chí Chủ tịch UBND huyện</td><td>0233 3 871 003</td></tr></table>"
                "<p>Các cơ quan, đơn vị bố trí cán bộ trực theo quy định; mọi tin báo về cháy nổ, mất trật tự "
                "hay hàng hóa tăng giá bất thường trong những ngày Tết xin gọi về số máy trực của Văn phòng Huyện "
                "ủy 0233 3 871 000 hoặc gửi qua cổng thông tin điện tử huyện.</p>"
                "<p style='text-align:right'><strong>VĂN PHÒNG HUYỆN ỦY</strong></p>")


def test_a_notice_in_its_issuers_voice_over_a_table_is_no_story():
    """No colon introduces the terms: the issuer's line, a table of them, a line of contact and
    the issuer's name (a notice that is its terms, ``docs/families.md``); a print view's
    masthead (the site's host) above it changes nothing."""
    title = "Thông báo lịch trực lãnh đạo Huyện ủy dịp Tết Nguyên đán Ất Tỵ 2025"
    for body in (TABLE_NOTICE, "<p>camlo.example</p>" + TABLE_NOTICE):
        article = extract(page(title, body), URL)
        assert not article.is_article
        assert "issuer" in article.reason, article.reason


def test_a_story_of_a_notice_with_its_table_stays_an_article():
    """The issuer's line and a table, then the story told in paragraphs (why, who said what)."""
    story = TABLE_NOTICE.replace(
        "<p style='text-align:right'><strong>VĂN PHÒNG HUYỆN ỦY</strong></p>",
        "<p>Theo ông Lê Văn Hòa, Chánh Văn phòng Huyện ủy, năm nay lần đầu huyện công khai số điện thoại của lãnh "
        "đạo trực Tết để người dân phản ánh kịp thời các vụ cháy nổ, mất trật tự hay hàng hóa tăng giá bất thường; "
        "mọi phản ánh đều được chuyển ngay đến cơ quan chức năng và trả lời trong ngày.</p>"
        "<p>Tết năm ngoái, đường dây trực nhận 46 cuộc gọi, phần lớn phản ánh tình trạng đốt pháo và tụ tập "
        "đua xe ở khu vực cầu Cam Hiếu; lực lượng công an xã đã có mặt kịp thời ở tất cả các vụ việc.</p>")
    article = extract(page("Thông báo lịch trực lãnh đạo Huyện ủy dịp Tết Nguyên đán Ất Tỵ 2025", story), URL)
    assert article.is_article, article.reason


QA = ("<p><b>Câu hỏi:</b> Hộ kinh doanh nộp thuế khoán chuyển sang kê khai thì thủ tục thế nào?</p>"
      "<p><b>Trả lời:</b> Hộ kinh doanh nộp hồ sơ khai thuế theo mẫu 01/CNKD tại Chi cục Thuế khu vực chậm "
      "nhất ngày 30 của tháng đầu quý.</p>"
      "<p><b>Câu hỏi:</b> Hộ có doanh thu dưới 100 triệu đồng một năm có phải nộp thuế không?</p>"
      "<p><b>Trả lời:</b> Không phải nộp thuế giá trị gia tăng và thuế thu nhập cá nhân, nhưng vẫn khai doanh thu.</p>")


def test_questions_answered_under_a_q_and_a_headline_are_no_story():
    """A Q&A post named so by its headline, signed by the staff member who posted it and
    listed by the feed as the site's stories are: its questions each answered in turn."""
    article = extract(page("Hỏi - đáp về chính sách thuế đối với hộ kinh doanh năm 2025", QA
                           + "<p style='text-align:right'><b>Nguyễn Thị Hằng</b></p>"), URL)
    assert not article.is_article
    assert "Q&A" in article.reason, article.reason


def test_a_story_of_a_q_and_a_session_stays_an_article():
    """The same questions and answers after a story's paragraphs (an online session reported),
    or in an interview under a story's headline: news."""
    lead = ("<p>Sáng 14/3, Chi cục Thuế khu vực Cam Lộ - Gio Linh tổ chức buổi hỏi đáp trực tuyến về chính sách "
            "thuế mới, thu hút hơn 300 hộ kinh doanh tham gia và gửi gần 80 câu hỏi về cơ quan thuế.</p>"
            "<p>Ông Lê Văn Hòa, Chi cục trưởng, cho biết nhiều hộ còn lúng túng khi chuyển từ thuế khoán sang "
            "kê khai; dưới đây là một số câu hỏi tiêu biểu được giải đáp tại buổi trực tuyến.</p>")
    article = extract(page("Hỏi đáp trực tuyến về chính sách thuế thu hút hơn 300 hộ kinh doanh", lead + QA), URL)
    assert article.is_article, article.reason
    article = extract(page("Hộ kinh doanh chuyển sang kê khai thuế: những điều cần biết", lead + QA), URL)
    assert article.is_article, article.reason


PROGRAMME = ("<p>Ngày hội tái hiện nghi lễ cầu mùa của người Vân Kiều, mời du khách cùng tham gia.</p>"
             "<ul><li>07:30 - Lễ cúng thần lúa</li><li>09:00 – Thi giã gạo, bắn nỏ</li>"
             "<li>14h00 - Chợ phiên sản vật</li><li>19:30 - Đêm văn nghệ bên bếp lửa</li></ul>")


def test_an_events_name_over_its_programme_is_no_story():
    """An event's page as a calendar plugin prints it: the event's name, its programme (times
    of day over what happens), a line of description, no date line of the page's own."""
    body = "<div class='tribe-events-single'>" + PROGRAMME + "</div>"
    article = extract(page("Ngày hội văn hóa dân tộc Vân Kiều năm 2025", body, date_line=""), URL)
    assert not article.is_article
    assert "programme" in article.reason, article.reason


def test_a_dated_story_with_an_events_programme_stays_an_article():
    """A story under an event's name with its own date line, or telling what happened in
    paragraphs after the programme: news."""
    dated = PROGRAMME + ("<p>Ban tổ chức bố trí xe đưa đón du khách từ trung tâm huyện, miễn phí vé vào cửa; "
                         "các homestay trong xã giảm 20% giá phòng cho khách dự ngày hội.</p>")
    article = extract(page("Ngày hội văn hóa dân tộc Vân Kiều năm 2025", dated), URL)
    assert article.is_article, article.reason
    report = PROGRAMME + ("<p>Sáng 12/3, hơn 2.000 người dân và du khách đã về xã Hướng Phùng dự ngày hội; "
                          "đội giã gạo thôn Cheng giành giải nhất, 40 gian hàng sản vật bán hết trước trưa.</p>"
                          "<p>Bà Hồ Thị Lan, Phó Chủ tịch UBND huyện, cho biết ngày hội sẽ được tổ chức hằng năm "
                          "để giữ gìn bản sắc văn hóa và phát triển du lịch cộng đồng của đồng bào Vân Kiều.</p>")
    article = extract(page("Ngày hội văn hóa dân tộc Vân Kiều năm 2025", report, date_line=""), URL)
    assert article.is_article, article.reason


def _fields_ahead(rows: str, story: str, posted: str = "Thứ Tư, 12/03/2025 09:15") -> str:
    """An event's page as a library's or a museum's CMS prints it: the page's own date line,
    then the event's time and place in a two-column table, then its description."""
    return page("Giới thiệu sách “Cam Lộ - đất và người”",
                f"<table class='event-info'>{rows}</table>{story}", f"<span class='ngay'>{posted}</span>")


EVENT_ROWS = ("<tr><td>Thời gian</td><td>8 giờ 30, thứ Sáu, 28/03/2025</td></tr>"
              "<tr><td>Địa điểm</td><td>Hội trường Thư viện huyện Cam Lộ</td></tr>"
              "<tr><td>Đơn vị tổ chức</td><td>Thư viện huyện phối hợp Hội Văn học Nghệ thuật</td></tr>")


def test_an_events_time_and_place_ahead_of_the_page_lead_its_record():
    """Dated, its description a sentence or two (``told``, whatever share of the page the
    learned template leaves): the event's day, in the fields that lead the page, is after the
    page's own date: the event's record ahead of it."""
    story = ("<p>Buổi giới thiệu sách với sự tham gia của các tác giả, nhà nghiên cứu và bạn đọc yêu thích lịch "
             "sử, văn hóa của huyện Cam Lộ; sách gồm ba phần: Đất, Người và Di sản.</p>"
             "<p>Bạn đọc quan tâm vui lòng đăng ký tham dự qua số điện thoại 0233 3 871 456 trước ngày 25/03/2025.</p>")
    article = extract(_fields_ahead(EVENT_ROWS, story), URL)
    assert not article.is_article
    assert "event" in article.reason, article.reason


def test_a_story_after_the_event_over_its_fields_stays_an_article():
    """The same fields over a story posted after the event (its day before the page's own)."""
    story = ("<p>Sáng 28/3, hơn 150 bạn đọc đã dự buổi giới thiệu sách; các tác giả chia sẻ quá trình ba năm sưu "
             "tầm tư liệu, gặp gỡ hơn 200 nhân chứng ở các xã để hoàn thành bộ sách dày 600 trang.</p>"
             "<p>Thư viện huyện đã trao tặng 50 cuốn sách cho các trường học và tủ sách cộng đồng trên địa bàn.</p>")
    article = extract(_fields_ahead(EVENT_ROWS, story, posted="Thứ Bảy, 29/03/2025 10:00"), URL)
    assert article.is_article, article.reason


# -- a list under a document's name (round 17) ----------------------------------------------

RESULTS_TABLE = ("<table><tr><th>STT</th><th>Họ và tên</th><th>Năm sinh</th><th>Đơn vị</th><th>Điểm</th></tr>"
                 "<tr><td>1</td><td>Trần Thị Minh Nguyệt</td><td>14/02/1996</td><td>Trường THCS Cam Thành</td>"
                 "<td>86</td></tr>"
                 "<tr><td>2</td><td>Nguyễn Hoàng Phương Thảo</td><td>30/09/1999</td><td>Trường Tiểu học Cam Chính</td>"
                 "<td>81</td></tr>"
                 "<tr><td>3</td><td>Lê Văn Hùng</td><td>07/07/1995</td><td>Trường Mầm non Cam Lộ</td><td>79</td></tr>"
                 "<tr><td>4</td><td>Hồ Thị Bích Ngọc</td><td>19/11/1998</td><td>Trường THCS Cam Chính</td><td>75</td></tr>"
                 "</table>")


def test_a_list_under_a_documents_name_is_no_story():
    body = ("<p><strong>Hội đồng xét tuyển giáo viên huyện Cam Lộ thông báo kết quả xét tuyển vòng 2 năm "
            "2025.</strong></p><p>Căn cứ biên bản chấm điểm phỏng vấn, Hội đồng xét tuyển giáo viên huyện Cam Lộ "
            "năm 2025 công bố kết quả vòng 2 như sau:</p>"
            f"{RESULTS_TABLE}<p>Thí sinh có thắc mắc liên hệ Phòng Nội vụ huyện trước ngày 30/3/2025.</p>")
    article = extract(page("Kết quả xét tuyển giáo viên vòng 2 năm 2025", body), URL)
    assert not article.is_article
    assert "results" in article.reason or "table with a line or two" in article.reason   # the intro counts with it
    # every row of the table is read: a long name beside a birth date is no reader's comment
    assert "Nguyễn Hoàng Phương Thảo" in extract(page("Tin tức", body), URL).text


def test_a_story_about_a_list_with_its_table_stays_an_article():
    body = ("<p>Sáng 20/3, Hội đồng xét tuyển giáo viên huyện Cam Lộ công bố kết quả vòng 2 với 4 thí sinh trúng "
            "tuyển, sau hai tháng thi tuyển căng thẳng tại ba điểm trường.</p>"
            f"{RESULTS_TABLE}"
            "<p>Theo ông Lê Văn Hòa, Trưởng phòng Nội vụ, năm nay huyện tuyển đủ chỉ tiêu giáo viên tiểu học "
            "nhưng vẫn thiếu giáo viên mầm non ở các xã vùng gò đồi.</p>")
    article = extract(page("Danh sách giáo viên trúng tuyển năm 2025: Cam Lộ vẫn thiếu giáo viên mầm non", body), URL)
    assert article.is_article, article.reason
