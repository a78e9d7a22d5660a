"""The thirty-ninth round's blind misses: a series' next part announced after a colon ("Đón
đọc: Bài 2: …"), a newsroom's desk signing a reader's question and its answer ("BAN BẠN ĐỌC"),
a price board whose short body sent trafilatura's rescue to the menus, a price table under the
line that introduces it, and a tour's day-by-day programme over a table of its price."""

from __future__ import annotations

from crawler.extract import clean, detect, extract

SITE = "Báo Miền Núi"
MENU = ("<header><div class='top'><span>Thứ Bảy, 05/12/2026</span> <a href='/bao-in/'>Báo in</a> | "
        "<a href='/video/'>Video</a> | <a href='/lien-he/'>Liên hệ</a></div><nav><ul>"
        "<li><a href='/'>Trang chủ</a></li><li><a href='/thoi-su/'>Thời sự</a></li>"
        "<li><a href='/kinh-te/'>Kinh tế</a></li><li><a href='/van-hoa/'>Văn hóa</a></li></ul></nav></header>")
SIDEBAR = ("<aside><h3>Đọc nhiều</h3><ul><li><a href='/thoi-su/mo-duong-1.html'>Mở đường vào bản xa nhất của "
           "huyện</a></li><li><a href='/van-hoa/le-hoi-2.html'>Lễ hội mừng lúa mới của đồng bào Mạ</a></li>"
           "</ul></aside>")


def _page(title: str, content: str, url_meta: str = "", views: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title} - {SITE}</title>
<meta property="og:type" content="article"><meta property="og:title" content="{title}">{url_meta}</head>
<body>{MENU}<div class="main"><div class="col-left"><div class="detail"><h1 class="title">{title}</h1>
<div class="date">Thứ Sáu, 04/12/2026 06:00{views}</div>{content}</div></div>{SIDEBAR}</div>
<footer><p>{SITE} - Cơ quan của Đảng bộ tỉnh</p></footer></body></html>"""


STORY = "".join(f"<p>{p}</p>" for p in (
    "Chúng tôi lên bản vào một ngày cuối tháng 11, khi gió mùa bắt đầu thổi mạnh trên các triền núi. "
    "Con đường đất đỏ mới mở men theo sườn đồi, nối bản với trung tâm xã.",
    "Bản hiện có 42 hộ với gần 200 nhân khẩu, sống chủ yếu bằng nghề trồng lúa nương và chăn nuôi. "
    "Điều kiện sinh hoạt còn nhiều khó khăn, điện lưới mới về được hai năm nay.",
    "Trưởng bản cho biết, nhờ có đường, nông sản của bà con bán được giá hơn, thương lái lên tận nơi "
    "thu mua, học sinh cũng không còn phải nghỉ học vào mùa mưa.",
))


def test_the_next_part_announced_after_a_colon_is_no_text():
    content = f"<div class='content'>{STORY}<p><i>Đón đọc: Bài 2: Những mùa nương trên đỉnh núi</i></p>" \
              "<p style='text-align:right'><b>NHÓM PV</b></p></div>"
    article = extract(_page("Đường về bản xa - Bài 1: Con đường đất đỏ", content),
                      "https://baomiennui.example/phong-su/duong-ve-ban-xa-bai-1-1201.html")
    assert article.is_article
    assert "Đón đọc" not in article.text and "Những mùa nương" not in article.text
    assert article.text.endswith("mùa mưa.")
    # A sentence telling of the next part is the story's.
    assert not clean._NEXT_PART.match("ky toi, chung toi se theo chan nhung nguoi di nuong")


def test_a_newsrooms_desk_in_capitals_is_no_writer():
    assert clean.is_organisation("BAN BẠN ĐỌC") and clean.is_organisation("BAN THỜI SỰ")
    assert not clean.is_organisation("BAN MAI")   # a pen name, in capitals too
    assert not clean.is_organisation("BAN MAI - THU HÀ") and not clean.is_organisation("BAN MAI THEO TTXVN")


def test_a_readers_question_answered_under_the_desks_name_is_a_qa_page():
    content = ("<div class='sapo'><b>Bạn đọc Vàng A Sử (xã Tả Van, tỉnh Lào Cai) hỏi: Gia đình tôi có nương "
               "gần bìa rừng phòng hộ. Xin hỏi tôi có được khai thác củi khô trong rừng không?</b></div>"
               "<div class='content'><p><b>Trả lời:</b></p><p>Theo Luật Lâm nghiệp, người dân sống gần rừng "
               "phòng hộ được thu hái củi khô, cành nhánh khô theo quy chế quản lý rừng và phải tuân thủ "
               "hướng dẫn của chủ rừng. Việc chặt cây, lấy gỗ trong rừng phòng hộ là bị cấm.</p>"
               "<p>Như vậy, gia đình bạn được thu hái củi khô sau khi đã thông báo với Ban quản lý rừng "
               "phòng hộ hoặc kiểm lâm địa bàn.</p><p style='text-align:right'><b>BAN BẠN ĐỌC</b></p></div>")
    article = extract(_page("Người dân có được lấy củi khô trong rừng phòng hộ không?", content),
                      "https://baomiennui.example/ban-doc/nguoi-dan-co-duoc-lay-cui-1188.html")
    assert not article.is_article
    assert article.author is None


def test_a_short_table_body_is_read_alone_not_with_the_menus():
    content = ("<div class='content'><table class='tbl-price'><tbody><tr><th>Loại</th><th>Giá (đồng/kg)</th>"
               "<th>So với hôm qua</th></tr><tr><td>Cà phê nhân xô Robusta loại 1</td><td>118.000 - 119.500</td>"
               "<td>+1.500</td></tr><tr><td>Hồ tiêu đen xuất khẩu 500 g/l</td><td>142.000 - 145.000</td>"
               "<td>-2.000</td></tr><tr><td>Sầu riêng Ri6 loại A</td><td>62.000 - 65.000</td><td>0</td></tr>"
               "</tbody></table><p><em>Giá tham khảo tại các đại lý thu mua trong tỉnh.</em></p></div>")
    article = extract(_page("Giá nông sản hôm nay tại các đại lý trong tỉnh", content,
                            views=" <span class='view'>Lượt xem: 1.294</span>"),
                      "https://baomiennui.example/kinh-te/gia-nong-san-hom-nay-1190.html")
    assert "Trang chủ" not in article.text and "Liên hệ" not in article.text
    assert "| Cà phê nhân xô Robusta loại 1 | 118.000 - 119.500 | +1.500 |" in article.text
    assert not article.is_article


def test_the_line_introducing_a_table_counts_with_it():
    rows = "\n".join(f"| Vé loại {n} | lượt | {n}0.000 |" for n in range(1, 6))
    intro = "Ban quản lý khu du lịch niêm yết giá vé và dịch vụ áp dụng từ ngày 01/11/2026 như sau:"
    note = "Miễn vé cho trẻ em dưới 1 m. Giảm 50% cho người cao tuổi, người có công với cách mạng."
    header = "| Dịch vụ | Đơn vị | Giá (đồng) |\n|---|---|---|"
    alone = detect.table_share(f"Giá vé áp dụng từ tháng 11.\n{header}\n{rows}\n{note}")
    introduced = detect.table_share(f"{intro}\n{header}\n{rows}\n{note}")
    assert introduced > alone
    assert abs(introduced * len(f"{intro}\n{header}\n{rows}\n{note}")
               - alone * len(f"Giá vé áp dụng từ tháng 11.\n{header}\n{rows}\n{note}") - len(intro)) < 1


def test_a_price_table_under_its_introduction_is_a_price_board():
    rows = "".join(f"<tr><td>{name}</td><td>lượt</td><td>{price}</td></tr>" for name, price in (
        ("Vé tham quan người lớn", "45.000"), ("Vé tham quan trẻ em", "20.000"), ("Bè tre sát chân thác", "50.000"),
        ("Xe điện từ bãi đỗ vào cổng", "15.000"), ("Trông giữ ô tô dưới 16 chỗ", "30.000")))
    content = ("<div class='content'><p>Ban Quản lý Khu du lịch thác Đray Sáp niêm yết giá vé và dịch vụ áp dụng "
               "từ ngày 01/11/2026 như sau:</p><table><tr><th>Dịch vụ</th><th>Đơn vị</th><th>Giá (đồng)</th></tr>"
               f"{rows}</table><p>Miễn vé cho trẻ em dưới 1 m, người khuyết tật đặc biệt nặng. Giảm 50% cho "
               "người cao tuổi, người có công với cách mạng.</p></div>")
    article = extract(_page("Bảng giá vé tham quan Khu du lịch thác Đray Sáp áp dụng từ 1/11/2026", content),
                      "https://baomiennui.example/du-lich/bang-gia-ve-thac-dray-sap-1170.html")
    assert not article.is_article and "table" in article.reason
    # The same table after a story told in paragraphs keeps the story.
    told = content.replace("<div class='content'>", f"<div class='content'>{STORY}")
    assert extract(_page("Khu du lịch thác Đray Sáp điều chỉnh giá vé từ tháng 11", told),
                   "https://baomiennui.example/du-lich/thac-dray-sap-dieu-chinh-gia-ve-1171.html").is_article


def test_a_tours_days_over_its_price_table_is_a_schedule():
    days = ("<p><b>Ngày 1: Buôn Ma Thuột – Hồ Lắk</b></p><ul><li>07:00 Xe đón tại Buôn Ma Thuột.</li>"
            "<li>10:00 Đi thuyền độc mộc trên hồ Lắk.</li><li>18:30 Ăn tối, nghỉ đêm tại buôn Jun.</li></ul>"
            "<p><b>Ngày 2: Buôn Đôn – Buôn Ma Thuột</b></p><ul><li>07:30 Tham quan cầu treo Buôn Đôn.</li>"
            "<li>11:30 Ăn trưa, trở về Buôn Ma Thuột.</li><li>17:00 Kết thúc chương trình.</li></ul>")
    content = ("<div class='content'><p>Lịch trình tham khảo do Trung tâm Xúc tiến du lịch tỉnh xây dựng, áp dụng "
               f"từ tháng 11/2026.</p>{days}<table><tr><td>Giá trọn gói</td><td>1.850.000 đồng/khách</td></tr>"
               "<tr><td>Bao gồm</td><td>Xe, lưu trú, bữa chính, vé tham quan</td></tr></table></div>")
    text = ("Lịch trình tham khảo do Trung tâm Xúc tiến du lịch tỉnh xây dựng.\nNgày 1: Buôn Ma Thuột – Hồ Lắk\n"
            "- 07:00 Xe đón.\n- 10:00 Đi thuyền.\nNgày 2: Buôn Đôn\n- 07:30 Tham quan.\n"
            "| Giá trọn gói | 1.850.000 đồng/khách |\n| Bao gồm | Xe, lưu trú |")
    assert detect.slot_lines(text)
    article = extract(_page("Lịch trình tour Đắk Lắk 2 ngày 1 đêm: Hồ Lắk – Buôn Đôn", content),
                      "https://baomiennui.example/du-lich/lich-trinh-tour-dak-lak-1172.html")
    assert not article.is_article


def test_a_notice_under_its_issuers_name_in_capitals_is_its_issuers():
    """A print view prints the school's name in capitals between the summary and the notice's
    text: the issuer's letterhead, no line of the notice."""
    text = ("Nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 đối với học sinh khối 6, 7.\n"
            "TRƯỜNG THCS LÊ LỢI - HUYỆN ĐỨC TRỌNG\n"
            "Căn cứ kế hoạch giáo dục năm học 2026 - 2027, nhà trường thông báo lịch kiểm tra như sau:\n"
            "| Ngày | Buổi | Môn |\n| Thứ Hai 14/12/2026 | Sáng | Ngữ văn |\n"
            "Đề nghị giáo viên chủ nhiệm thông báo tới học sinh và phụ huynh.")
    title = "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027"
    assert detect.issued(title, text)
    assert detect._letterhead("TRƯỜNG THCS LÊ LỢI - HUYỆN ĐỨC TRỌNG")
    assert not detect._letterhead("KHÁNH THÀNH CẦU MỚI.")   # a sentence in capitals
    # The story a paper tells of the same tests opens on its own lede, no issuer's voice.
    told = text.replace("Nhà trường thông báo lịch", "Sáng 14/12, học sinh khối 6, 7 bước vào kỳ kiểm tra")
    assert not detect.issued(title, told.replace("nhà trường thông báo lịch kiểm tra như sau:", "các em làm bài."))


def test_a_calls_terms_under_a_heading_and_labelled_lines():
    text = ("Câu lạc bộ Nhà báo cao tuổi tỉnh cần tuyển 02 cộng tác viên biên tập bản thảo sách hồi ký.\n"
            "Yêu cầu:\n- Tốt nghiệp đại học chuyên ngành báo chí, ngữ văn;\n- Có kinh nghiệm biên tập từ 2 năm.\n"
            "Quyền lợi: thù lao theo bản thảo, làm việc linh hoạt.\n"
            "Hồ sơ: thư ứng tuyển, sơ yếu lý lịch. Gửi về email của câu lạc bộ trước ngày 10/12/2026.")
    assert detect.terms("Câu lạc bộ Nhà báo cao tuổi tuyển cộng tác viên biên tập sách", text)
    # A story about the call opens on a lede of its own, more than one sentence, before its terms.
    story = ("Sau hai năm sưu tầm, câu lạc bộ đã có hơn 40 bản thảo hồi ký của các nhà báo lão thành. Để kịp "
             "xuất bản trong năm tới, câu lạc bộ quyết định tìm thêm người biên tập.\n" + text.split("\n", 1)[1])
    assert not detect.terms("Câu lạc bộ Nhà báo cao tuổi tuyển cộng tác viên biên tập sách", story)


def test_a_surveys_headline_over_a_line_and_its_forms_link_is_a_survey():
    from dataclasses import replace
    survey = detect.Signals(typed="article", url="article", title=True, headline_near=True, prose=166, text=276,
                            prose_share=0.1, title_words=5, title_poll=True, fed=True)
    ok, why = detect.judge(survey)
    assert not ok and "survey" in why
    # A story of the survey's results is told in paragraphs; a blog's signed post stays its writer's.
    assert detect.judge(replace(survey, prose=900, text=1000, fields=detect.Fields(prose_lines=4)))[0]
    assert not detect.polled(replace(survey, signed=True))
