"""The twenty-fifth round's non-articles and refused articles in other markup than the families':
an item's page shown by a list's script given its number ("tin.asp?xem=12"), a story set in a
table theme's cells, a reader's question answered by someone whose name holds an abbreviation
("TP.HCM"), a category's list under a "/cat/" folder, a poll's page by its query ("?op=poll"), and
a call for applications whose <title> puts the section's name first; each beside a page that
merely resembles it and must keep its answer."""

from __future__ import annotations

import pytest

from crawler.extract import extract
from crawler.extract.detect import call, table_share, url_kind

BASE = "http://127.0.0.1:8000"


# --- the URL: a list's script showing one item, a category's folder, a poll by its query --------

@pytest.mark.parametrize(("path", "kind"), [
    # A number given to the script's view of one item: the item's page.
    ("/tin.asp?xem=12", "article"),
    ("/news.php?detail=318", "article"),
    ("/tintuc.php?read=77&lang=vi", "article"),
    # The script alone, paged, or asked for a list: its list.
    ("/news.php", "listing"),
    ("/news.php?page=3", "listing"),
    ("/tin-tuc.php?view=list", "listing"),
    ("/index.php?option=com_content&view=category&id=5", "listing"),
    # A category's folder ("/cat/…"), a poll's page, by its folder or by the operation asked.
    ("/tin/cat/thoi-su-dia-phuong-3.html", "listing"),
    ("/cat/tin-tuc", "listing"),
    ("/poll/3", "listing"),
    ("/?op=poll&id=3", "listing"),
    ("/index.php?op=vote&pid=2", "listing"),
    # Not a story's slug that opens on the word, nor the portal's news item by the same query.
    ("/kinh-te/cat-giam-thu-tuc-hanh-chinh-cho-doanh-nghiep-tre-2231.html", "article"),
    ("/?op=news&id=1384205", "article"),
    ("/tin/cat/hoc-sinh-thi-xa-tham-gia-ngay-hoi-doc-sach-nam-2026-553121.html", "article"),
])
def test_url_kind_of_item_scripts_categories_and_polls(path, kind):
    assert url_kind(BASE + path) == kind


# --- a story set in a table theme's cells -----------------------------------------------------

STORY = ("Sáng 20/11, Hội Liên hiệp Phụ nữ huyện Tiên Lãng tổ chức hội thi nấu ăn ngon mừng ngày Nhà giáo Việt Nam "
         "với sự tham gia của 16 đội đến từ các xã, thị trấn trên địa bàn huyện. Mỗi đội có 90 phút chế biến ba món "
         "ăn từ nông sản địa phương và trình bày mâm cỗ theo chủ đề tri ân thầy cô. Ban giám khảo đánh giá cao sự "
         "sáng tạo của các đội khi đưa rau má, cá rô đồng và bánh đa cua vào thực đơn. Kết thúc hội thi, Ban tổ chức "
         "trao giải Nhất cho đội xã Tiên Thắng, hai giải Nhì cho đội xã Quyết Tiến và thị trấn Tiên Lãng. Số tiền "
         "bán các món ăn sau hội thi được các đội góp vào quỹ học bổng cho học sinh nghèo vượt khó của huyện.")


def table_theme(center: str) -> str:
    """An old ASP portal's table theme: every block a table of its own, the item's headline in a
    caption table's middle cell between two corner cells, its text in the next table's cell
    (paragraphs broken by <br>) over the poster's line, the comments in tables of their own."""
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Hội LHPN huyện Tiên Lãng</title></head><body>
<table width="980" align="center" class="khung"><tr><td colspan="3" class="banner">
<img src="images/banner.gif" alt="Hội LHPN huyện Tiên Lãng"></td></tr>
<tr><td width="190" valign="top" class="cot-trai"><table class="hop"><tr><td class="tieude-hop">Danh mục</td></tr>
<tr><td><a href="tin.asp">Tin hoạt động</a><br><a href="vanban.asp">Văn bản</a><br><a href="lienhe.asp">Liên hệ</a>
</td></tr></table></td>
<td valign="top" class="giua">{center}</td>
<td width="190" valign="top"><table class="hop"><tr><td class="tieude-hop">Thống kê</td></tr>
<tr><td>Lượt truy cập: 81.224</td></tr></table></td></tr></table>
<table width="980" align="center"><tr><td class="chan">Hội LHPN huyện Tiên Lãng - Hải Phòng</td></tr></table>
</body></html>"""


def caption(title: str) -> str:
    return (f"<table width='100%'><tr><td class='goc-trai'></td><td class='tieude'>{title}</td>"
            "<td class='goc-phai'></td></tr></table>")


def test_a_story_in_a_table_theme_s_cells_is_news():
    text = (STORY.replace("Mỗi đội", "<br><br>Mỗi đội").replace("Kết thúc", "<br><br>Kết thúc")
            .replace("Sáng 20/11", "<a href='tin.asp?nhom=2'><img src='images/nhom/hoat-dong.gif' alt='Hoạt động'></a>"
                     "<strong>Sáng 20/11", 1).replace("huyện. Mỗi", "huyện.</strong> Mỗi", 1))
    center = (caption("Hội thi nấu ăn ngon tri ân thầy cô của phụ nữ Tiên Lãng")
              + f"<table width='100%' class='than'><tr><td class='noidung'>{text}</td></tr>"
              "<tr><td align='center' class='chantin'>Đăng bởi <a href='thanhvien.asp?id=3'>hlpn_tienlang</a> lúc "
              "20-11-2024 16:20 · <a href='tin.asp?xem=52#ykien'>0 ý kiến</a> · 142 lượt xem</td></tr></table>"
              + caption("Ý kiến bạn đọc")
              + "<table width='100%' class='than'><tr><td class='noidung'>Chưa có ý kiến nào.</td></tr></table>"
              + caption("Gửi ý kiến")
              + "<table width='100%' class='than'><tr><td class='noidung'>Vui lòng đăng nhập để gửi ý kiến.</td></tr>"
              "</table>")
    article = extract(table_theme(center), BASE + "/tin.asp?xem=52")
    assert article.is_article, article.reason


def test_a_price_board_in_a_table_with_a_line_beside_it_stays_no_news():
    """The look-alike: a table of short cells (a market's prices) and one line beside it."""
    rows = "".join(f"<tr><td>{name}</td><td>{price}</td><td>đồng/kg</td></tr>" for name, price in [
        ("Gạo tẻ thường", "14.500"), ("Gạo nếp cái hoa vàng", "28.000"), ("Thịt lợn hơi", "56.000"),
        ("Thịt bò thăn", "260.000"), ("Cá rô đồng", "90.000"), ("Rau muống", "12.000"), ("Bắp cải", "9.000")])
    center = (caption("Giá cả thị trường ngày 20/11/2024")
              + "<table width='100%' class='than'><tr><td class='noidung'>Giá một số mặt hàng tại chợ Đôi ngày "
              f"20/11/2024.<table class='bang-gia' border='1'><tr><th>Mặt hàng</th><th>Giá</th><th>Đơn vị</th></tr>{rows}"
              "</table></td></tr><tr><td align='center' class='chantin'>Đăng bởi <a href='thanhvien.asp?id=3'>"
              "hlpn_tienlang</a> lúc 20-11-2024 07:10 · 35 lượt xem</td></tr></table>")
    article = extract(table_theme(center), BASE + "/tin.asp?xem=53")
    assert not article.is_article


def test_table_share_leaves_out_a_layout_table_s_paragraph():
    layout = f"| | Hội thi nấu ăn ngon | |\n| {STORY} |\n| Đăng bởi hlpn_tienlang lúc 20-11-2024 16:20 |\n| Chưa có ý kiến nào. |"
    assert table_share(layout) == 0.0
    register = "\n".join(["| Số | Trích yếu | Ngày |", "|---|---|---|",
                          *(f"| {n}/KH-UBND | Kế hoạch tổ chức hội thi cấp huyện năm 2024 số {n} | 1{n}/11/2024 |"
                            for n in range(1, 7))])
    assert table_share(register) > 0.6


# --- a reader's question answered by a lawyer of "TP.HCM" ----------------------------------------

def legal_page(title: str, body: str) -> str:
    """A city daily's legal advice page (a Zend-like template): og:type article, the headline in
    an h1, a date line, the answer's paragraphs in a detail div."""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title} | Báo Sài Gòn</title>
<meta property="og:type" content="article"></head><body><div class="top"><a href="/">Báo Sài Gòn</a>
<ul class="menu"><li><a href="/phap-luat.html">Pháp luật</a></li><li><a href="/ban-doc.html">Bạn đọc</a></li></ul></div>
<div class="detail"><h1 class="detail__title">{title}</h1><div class="detail__time">Thứ Sáu, 22/11/2024 08:15</div>
<div class="detail__content">{body}</div></div>
<div class="box-lienquan"><b>Tin liên quan</b><a href="/phap-luat/thu-tuc-sang-ten-xe-may-cu-4521.html">Thủ tục
sang tên xe máy cũ</a></div><div class="footer">Báo Sài Gòn. Giấy phép số 12/GP-BTTTT.</div></body></html>"""


ASKED = ("<p>Bạn đọc Trần Thị Hạnh (Thủ Đức, TP.HCM) hỏi: Tôi thuê nhà có hợp đồng viết tay, nay chủ nhà đòi lấy "
         "lại nhà trước hạn mà không báo trước thì tôi có được bồi thường không?</p>")
ANSWERED = ("<p>Luật sư Phạm Quốc Bảo, Đoàn luật sư TP.HCM, trả lời:</p>"
            "<p>Theo Bộ luật Dân sự 2015, bên cho thuê đơn phương chấm dứt hợp đồng trái luật phải bồi thường thiệt "
            "hại cho bên thuê. Bà cần giữ hợp đồng, biên nhận tiền thuê và gửi văn bản yêu cầu chủ nhà thực hiện "
            "đúng thỏa thuận; nếu không thương lượng được, bà có quyền khởi kiện tại tòa án nơi có nhà.</p>")


def test_a_reader_s_question_answered_by_a_lawyer_of_an_abbreviated_city_is_no_news():
    article = extract(legal_page("Bạn đọc hỏi: Chủ nhà đòi lại nhà trước hạn có phải bồi thường?", ASKED + ANSWERED),
                      BASE + "/ban-doc/chu-nha-doi-lai-nha-truoc-han-20241122081500.html")
    assert not article.is_article
    assert "question" in article.reason


def test_a_story_reporting_a_question_and_an_answer_in_tp_hcm_stays_news():
    lead = ("<p>Sáng 21/11, UBND TP.HCM tổ chức hội nghị đối thoại với người thuê nhà tại các khu công nghiệp. Hơn "
            "300 công nhân đã nêu nhiều ý kiến về giá điện, nước và việc chủ nhà trọ tăng giá thuê cuối năm.</p>")
    asked = ("<p>Chị Trần Thị Hạnh (Thủ Đức) hỏi: Chủ nhà đòi lấy lại phòng trước hạn thì công nhân có được hỗ trợ "
             "tìm chỗ ở mới không?</p>")
    answered = ("<p>Ông Lê Văn Phúc, Phó Giám đốc Sở Xây dựng TP.HCM, trả lời: Sở sẽ phối hợp với công đoàn các khu "
                "công nghiệp lập danh sách phòng trọ đạt chuẩn, giới thiệu cho công nhân trong tháng 12.</p>")
    article = extract(legal_page("TP.HCM đối thoại với công nhân thuê trọ về giá thuê cuối năm", lead + asked + answered),
                      BASE + "/xa-hoi/tphcm-doi-thoai-voi-cong-nhan-thue-tro-20241122090000.html")
    assert article.is_article, article.reason


# --- a call whose <title> puts its section's name first ---------------------------------------

TERMS = ("Thông báo tuyển chọn cộng tác viên\n1. Đối tượng: Đoàn viên từ 18 đến 30 tuổi.\n"
         "2. Hồ sơ: Đơn đăng ký, 01 ảnh 3x4.\n3. Hạn nộp hồ sơ: trước ngày 10/12/2024.")


@pytest.mark.parametrize(("title", "is_call"), [
    ("Tin tức: Thông báo tuyển chọn cộng tác viên năm 2025", True),
    ("Thông báo tuyển chọn cộng tác viên năm 2025", True),
    # A story about a call is headed by who does what, whatever the section's label before it.
    ("Tin tức: Huyện đoàn thông báo tuyển chọn cộng tác viên năm 2025", False),
    ("Tin tức: Hơn 40 đoàn viên trúng tuyển cộng tác viên năm 2025", False),
])
def test_a_call_s_title_may_carry_its_section_s_name_first(title, is_call):
    assert call(title, TERMS) is is_call
