"""The sixty-ninth round's blind misses, by structure: a body of bare text between its blocks, a
wire's desk after the writer's name, a table note's source and a wire's mark under the story, a
reporter signing "PV", a widget's table printed twice, a reader's question under the paper's mark
with a lawyer's initial, and a quiz of questions and choices."""

from __future__ import annotations

from crawler.extract import extract

PARAGRAPHS = (
    "Những ngày đầu tháng 12, trên khắp các vùng trồng cà phê phía Tây tỉnh Gia Lai, nông dân tất bật thu hoạch vụ "
    "mới trong niềm vui khi giá cà phê nhân xô vẫn duy trì ở mức cao.",
    "Gia đình ông Rơ Châm Kly ở xã Ia Hrung có 2,5 ha cà phê đang cho thu hoạch. Ông cho biết năm nay thời tiết "
    "thuận lợi, cây ra hoa đậu quả đều nên năng suất ước đạt khoảng 4 tấn nhân mỗi ha.",
    "Theo Sở Nông nghiệp và Môi trường tỉnh, toàn tỉnh hiện có hơn 108.000 ha cà phê, trong đó diện tích cho thu "
    "hoạch khoảng 98.000 ha, sản lượng niên vụ mới dự kiến đạt hơn 300.000 tấn nhân.",
)
BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
TITLE = "Gia Lai: Giá cà phê neo cao, nông dân phấn khởi bước vào vụ thu hoạch"


def _page(content: str, head: str = "", title: str = TITLE, sidebar: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:type" content="article">{head}</head><body><header><a href="/">Trang chủ</a>
<a href="/thi-truong/">Thị trường</a><a href="/lien-he/">Liên hệ</a></header><main><article><h1>{title}</h1>
<div class="date">04/12/2026 10:15</div><div class="content">{content}</div></article>
<aside class="sidebar">{sidebar}</aside></main><footer>© Báo Kinh tế</footer></body></html>"""


URL = "https://bnews.example/gia-lai-gia-ca-phe-neo-cao/446871.html"


MORE = ("Ông Lê Văn Thành, Phó Giám đốc Sở cho biết, thời gian qua địa phương đã khuyến khích nông dân tái canh "
        "các vườn cà phê già cỗi bằng giống mới cho năng suất cao, chống chịu sâu bệnh tốt hơn.",
        "Cùng với cà phê, nhiều hộ dân đã chủ động trồng xen sầu riêng, bơ, hồ tiêu để tăng thu nhập trên cùng diện "
        "tích, giảm rủi ro khi giá một loại nông sản đi xuống.",
        "Tại các cơ sở thu mua, không khí giao dịch khá sôi động, nhiều đại lý mở cửa từ sáng sớm để kịp cân hàng "
        "cho các hộ dân mang cà phê tươi đến bán ngay trong ngày.")


def test_bare_text_between_a_body_s_blocks_is_its_paragraphs():
    # (a sapo's block and a photo's, then the story's first paragraphs as bare text, an ad's block, <p>s)
    photo = ('<div class="insertImage"><figure><img src="/a.jpg" alt=""></figure>'
             '<div class="imgCaption">Nông dân xã Ia Hrung thu hoạch cà phê vụ mới.</div></div>')
    content = (f'<div class="lr-summary-post">{PARAGRAPHS[0]}</div>{photo}\n{PARAGRAPHS[1]}\n{PARAGRAPHS[2]}\n'
               '<div class="editor_inpage"><div id="ad"></div></div>' + "".join(f"<p>{p}</p>" for p in MORE))
    article = extract(_page(content), URL)
    text = " ".join(article.text.split())
    assert all(p in text for p in PARAGRAPHS + MORE)


def test_a_wire_s_desk_after_the_writer_s_name_is_no_part_of_it():
    article = extract(_page(BODY + '<div class="lr-author">Hà Linh/Bnews/Vnanet.vn</div>'), URL)
    assert article.author == "Hà Linh"
    assert article.text.splitlines() == list(PARAGRAPHS)


TABLE = ("<table><tr><th>Chỉ tiêu</th><th>Quý 3/2025</th><th>Quý 3/2026</th></tr><tr><td>Doanh thu thuần</td>"
         "<td>1.120</td><td>1.415</td></tr><tr><td>Lợi nhuận sau thuế</td><td>77</td><td>142</td></tr></table>")


def test_a_table_s_note_is_not_the_story_s_source_and_the_wire_s_mark_is():
    note = '<p class="pBody" style="text-align:right;"><em>Nguồn: VietstockFinance</em></p>'
    signed = ('<p class="pAuthor" style="text-align:right;"><strong>Bảo Lâm</strong></p>'
              '<p class="pSource" style="text-align:right;"><a href="https://fili.vn">FILI</a></p>')
    article = extract(_page(f"<p>{PARAGRAPHS[0]}</p>{TABLE}{note}<p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>"
                            + signed), URL)
    assert article.author == "Bảo Lâm"
    assert article.source == "FILI"
    mark = '<p class="pSource" style="text-align:right;"><a href="https://fili.vn">FILI</a></p>'
    unsigned = extract(_page(BODY + mark), URL)
    assert (unsigned.author, unsigned.source) == (None, "FILI")


def test_an_acronym_alone_linked_nowhere_is_no_source():
    article = extract(_page(BODY + '<p style="text-align:right;"><strong>BTC</strong></p>'), URL)
    assert article.source is None


def test_a_reporter_signing_pv_is_the_author_unless_a_source_is_credited():
    signed = extract(_page(BODY + '<p style="text-align: right;"><strong>PV</strong></p>'), URL)
    assert signed.author == "PV"
    relayed = extract(_page(BODY + '<p style="text-align:right"><strong>PV</strong> (Theo <em>TTXVN</em>)</p>'), URL)
    assert (relayed.author, relayed.source) == (None, "TTXVN")


def test_a_widget_s_table_printed_again_in_the_sidebar_is_no_text():
    rows = "".join(f"<tr><td>{name}</td><td>{price}</td><td>0</td></tr>" for name, price in
                   [("Cà phê Robusta (Đắk Lắk)", "118.500"), ("Hồ tiêu (Gia Lai)", "146.000"),
                    ("Lúa IR 50404 (An Giang)", "6.300"), ("Heo hơi (miền Bắc)", "62.000")])
    widget = (f'<div class="box_giaca_inline"><div class="title_gc">Bảng giá nông sản hôm nay</div>'
              f'<table><thead><tr><th>Mặt hàng</th><th>Giá</th><th>+/-</th></tr></thead><tbody>{rows}</tbody>'
              '</table><a href="/bang-gia-nong-san.html">Xem bảng giá đầy đủ</a></div>')
    side = (f'<div class="box_side"><div class="title_box">Giá nông sản</div><table><thead><tr><th>Mặt hàng</th>'
            f'<th>Giá</th><th>+/-</th></tr></thead><tbody>{rows}</tbody></table></div>')
    article = extract(_page(widget + BODY, sidebar=side), URL)
    assert article.text.splitlines() == list(PARAGRAPHS)


def test_a_story_s_own_table_stays():
    article = extract(_page(f"<p>{PARAGRAPHS[0]}</p>{TABLE}<p>{PARAGRAPHS[1]}</p>"), URL)
    assert "Lợi nhuận sau thuế" in article.text


def test_a_reader_s_question_under_the_paper_s_mark_and_a_lawyer_s_answer_is_no_article():
    sapo = ("<h2 class='sapo'>(BVPL) - Bạn đọc Nguyễn Thị H. (TP Hải Phòng) hỏi: Con trai tôi 16 tuổi, cùng nhóm "
            "bạn lấy trộm một chiếc xe máy. Xin hỏi cháu có được áp dụng biện pháp xử lý chuyển hướng không?</h2>")
    answer = ("<p>Luật sư Trần Văn D., Đoàn Luật sư TP Hà Nội trả lời như sau:</p>"
              + "".join(f"<p>{p}</p>" for p in (
                  "Luật Tư pháp người chưa thành niên năm 2024 quy định các biện pháp xử lý chuyển hướng áp dụng đối "
                  "với người chưa thành niên phạm tội, gồm khiển trách, xin lỗi bị hại, bồi thường thiệt hại.",
                  "Việc áp dụng biện pháp xử lý chuyển hướng phải có đủ các điều kiện: có đủ căn cứ xác định hành vi "
                  "phạm tội, người chưa thành niên và người đại diện đồng ý bằng văn bản.",
                  "Trường hợp con bạn phạm tội ít nghiêm trọng, nếu đáp ứng đủ các điều kiện nêu trên thì cháu có thể "
                  "được cơ quan có thẩm quyền xem xét áp dụng biện pháp xử lý chuyển hướng.")))
    title = "Người chưa thành niên phạm tội có được áp dụng biện pháp xử lý chuyển hướng?"
    article = extract(_page(sapo + answer, title=title),
                      "https://bvpl.example/tu-van-phap-luat/giai-dap/nguoi-chua-thanh-nien-184455.html")
    assert not article.is_article
    assert "question" in article.reason


def test_a_quiz_of_questions_and_choices_is_no_article_though_signed():
    quiz = [("Phim Tết thường ra rạp vào thời điểm nào", ("Mùng 1 Tết Nguyên đán", "Rằm tháng Giêng",
                                                          "Khoảng một tuần trước Tết", "Sau Tết một tháng")),
            ("Thể loại nào chiếm nhiều suất chiếu nhất mùa phim Tết", ("Phim hài gia đình", "Phim kinh dị",
                                                                      "Phim hoạt hình", "Phim tài liệu")),
            ("Phim của đạo diễn Trần Khải lấy bối cảnh làng nghề nào", ("Làng gốm Bát Tràng", "Làng hoa Sa Đéc",
                                                                       "Làng lụa Vạn Phúc", "Làng nón Chuông")),
            ("Suất chiếu sớm trước ngày khởi chiếu chính thức gọi là gì", ("Suất chiếu sneakshow", "Buổi ra mắt",
                                                                          "Đêm gala", "Suất chiếu đặc biệt")),
            ("Một phim Tết thường trụ rạp trung bình bao lâu", ("Khoảng một tuần", "Khoảng ba đến bốn tuần",
                                                              "Khoảng ba tháng", "Cả năm")),
            ("Nhân vật dân gian nào hay được đưa vào phim hài dịp Tết", ("Táo quân", "Thạch Sanh", "Thánh Gióng",
                                                                        "Chú Cuội"))]
    questions = "".join(
        f'<div class="item-quiz"><p class="question"><strong>Câu {n}/6:</strong> {q}?</p><ul class="list-answer">'
        + "".join(f'<li><label><input type="radio" name="q{n}" value="{v}"> {v}. {c}</label></li>'
                  for v, c in zip("ABCD", ch, strict=True))
        + "</ul></div>" for n, (q, ch) in enumerate(quiz, 1))
    intro = ('<p class="description">Trả lời 6 câu hỏi dưới đây để biết bạn có phải tín đồ của những bộ phim ra '
             "rạp dịp Tết.</p>")
    signed = '<p class="Normal" style="text-align:right;"><strong>Ngọc Linh</strong></p>'
    title = "Bạn hiểu bao nhiêu về phim Tết Việt?"
    # (laid out as the magazine's detail template: no container of the story's own around the quiz)
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:type" content="article"></head><body><header><a href="/">Trang chủ</a>
<a href="/giai-tri">Giải trí</a></header><section class="page-detail"><div class="container"><div class="sidebar-1">
<div class="header-content"><ul class="breadcrumb"><li><a href="/giai-tri">Giải trí</a></li></ul>
<span class="date">Thứ sáu, 4/12/2026, 20:00 (GMT+7)</span></div><h1 class="title-detail">{title}</h1>{intro}
<div class="box-quiz">{questions}<div class="action-quiz"><button type="button">Xem kết quả</button></div></div>
{signed}</div></div></section><footer>© Ngôi Sao</footer></body></html>"""
    article = extract(page, "https://ngoisao.example/ban-hieu-bao-nhieu-ve-phim-tet-viet-4813990.html")
    assert not article.is_article
