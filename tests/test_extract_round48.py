"""The forty-seventh round's blind misses: a legacy layout table's headline in a cell named for a
title (the story in the next row), a player's "install Flash" note, "Các tin cũ hơn:", a removed
story's "Tin này không tồn tại …", a daily's digest of its print issue, and a reader's "Người
hỏi:" line."""

from __future__ import annotations

from crawler.extract import extract

PARAGRAPHS = (
    "Theo Chi cục Thủy lợi, đợt mưa lũ cuối năm 2018 đã làm sạt lở, bồi lấp khoảng 1,2 km kênh chính, một số cống "
    "lấy nước bị hư hỏng, ảnh hưởng đến việc cấp nước tưới cho các xã Phước Tiến, Phước Thắng.",
    "Trong thời gian tạm ngừng cấp nước, công ty khai thác công trình thủy lợi tỉnh sẽ tập trung nhân lực, máy móc "
    "nạo vét lòng kênh, gia cố mái kênh và thay thế các cửa cống bị hư hỏng.",
    "Việc cấp nước trở lại dự kiến bắt đầu từ ngày 06/02/2019, trước thời điểm xuống giống vụ Đông Xuân muộn; Sở đề "
    "nghị các xã thông báo rộng rãi đến người dân để chủ động kế hoạch sản xuất.",
)
TITLE = "Tạm ngừng cấp nước kênh chính Bắc hồ Sông Sắt để sửa chữa"


def _legacy(story: str, title: str = TITLE, date: str = "Ngày đăng: 14/01/2019 4:30:00 CH") -> str:
    """A Classic ASP department's page: the department's name as every page's <title>, its
    banner an image, a menu and a left column in cells, the headline in a <span class="tieude">
    over the date line, the story in the next row's cell."""
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>SỞ NÔNG NGHIỆP VÀ PTNT TỈNH NINH THUẬN</title></head><body><table width="780"><tr><td colspan="3">
<img src="images/banner.jpg" alt="SỞ NÔNG NGHIỆP VÀ PTNT TỈNH NINH THUẬN"></td></tr><tr><td colspan="3"><b>
<a href="default.asp">Trang chủ</a> | <a href="gioithieu.asp">Giới thiệu</a> | <a href="tintuc.asp?catid=1">Tin tức
</a></b></td></tr><tr><td width="170" valign="top"><table><tr><td class="titleleft"><b>DANH MỤC</b></td></tr>
<tr><td class="menuleft"><a href="tintuc.asp?catid=4">Thông báo</a></td></tr><tr><td class="menuleft">
<a href="vanban.asp">Văn bản</a></td></tr></table></td><td width="605" valign="top"><table><tr><td><b>TIN TỨC - SỰ
KIỆN</b></td></tr></table><table cellpadding="5"><tr><td><span class="tieude"><font size="3" color="#003399"><b>{title}
</b></font></span><br><font size="1" color="#808080"><i>{date} &nbsp;-&nbsp; Lượt xem: 688</i></font></td></tr>
<tr><td class="noidung"><font face="Arial" size="2">{story}</font></td></tr></table></td></tr><tr><td colspan="3">
Sở Nông nghiệp và PTNT Ninh Thuận - 204 Thống Nhất, Phan Rang - Tháp Chàm</td></tr></table></body></html>"""


URL = "http://snnptnt.example/chitiet.asp?id=1110"


def _story(*extra: str) -> str:
    return "".join(f'<p align="justify">{p}</p>' for p in PARAGRAPHS) + "".join(extra)


def test_a_layout_tables_headline_in_a_title_cell_over_its_date_line():
    article = extract(_legacy(_story()), URL)
    assert article.title == TITLE
    assert article.published == "2019-01-14T16:30:00+07:00"
    assert all(p in article.text for p in PARAGRAPHS) and "DANH MỤC" not in article.text


def test_a_players_install_flash_note_is_no_text():
    note = ('<p align="center"><object width="480" height="360"><param name="movie" value="player.swf">'
            '<embed src="player.swf" type="application/x-shockwave-flash"></embed></object><br>'
            '<font size="1">Nếu không xem được video, vui lòng cài đặt Adobe Flash Player</font></p>')
    article = extract(_legacy(note + _story()), URL)
    assert "Flash" not in article.text and all(p in article.text for p in PARAGRAPHS)


def test_older_stories_under_their_heading_are_no_text():
    older = ("<br><font size='2'><b>Các tin cũ hơn:</b><br> - Ninh Thuận triển khai kế hoạch phòng chống hạn vụ Hè "
             "Thu 2009 <font size='1'>(02/6/2009)</font><br> - Hội nghị tổng kết công tác khuyến nông năm 2008 "
             "<font size='1'>(20/12/2008)</font></font>")
    article = extract(_legacy(_story(), date="Ngày đăng: 14/01/2019") .replace(
        "</font></td></tr></table></td></tr><tr><td colspan=\"3\">", f"</font>{older}</td></tr></table></td></tr>"
                                                                    "<tr><td colspan=\"3\">"), URL)
    assert "tổng kết công tác khuyến nông" not in article.text and "Các tin cũ hơn" not in article.text
    assert all(p in article.text for p in PARAGRAPHS)


def test_a_removed_storys_message_is_a_soft_404():
    article = extract(_legacy("<p align='center'><b>Tin này không tồn tại hoặc đã bị xóa!</b> <a href='default.asp'>"
                              "Về trang chủ</a></p>", title="Tin tức", date=""), "http://snnptnt.example/chitiet.asp?id=9999")
    assert not article.is_article and "not found" in article.reason


def test_a_dailys_digest_of_its_print_issue_is_no_story():
    items = ("Kim ngạch xuất nhập khẩu quý I qua cửa khẩu Xa Mát tăng gần 20% (Xem trang 2).",
             "Giữ vùng nguyên liệu mía: Cần liên kết chặt giữa nhà máy và nông dân (Xem trang 3).",
             "Huyện Gò Dầu: Ra quân cao điểm tấn công, trấn áp tội phạm (Xem trang 4).",
             "Trường THPT Tây Ninh đón nhận Cờ thi đua của Chính phủ (Xem trang 5).")
    body = ("<p>(BTN) - Trên số báo in ra ngày 21.03.2024 có một số thông tin đáng chú ý như sau:</p>"
            + "".join(f"<p>&gt;&gt; {item}</p>" for item in items))
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Điểm báo in ngày 21.03.2024</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-03-21T05:30:00+07:00">
</head><body><div class="detail"><h1>Điểm báo in ngày 21.03.2024</h1><div class="content">{body}</div></div>
</body></html>"""
    assert not extract(page, "https://baotinh.example/diem-bao-in-ngay-21-03-2024-a171198.html").is_article


def test_a_readers_line_as_asker_is_no_byline():
    qa = ("<p>Gia đình tôi có nhà cấp 4 trong khu vực Kinh thành đã xuống cấp, muốn xây dựng lại nhà hai tầng. Xin hỏi "
          "tôi cần làm những thủ tục gì?</p><p>Người hỏi: <b>Trần Văn Bình</b> - Địa chỉ: phường Đông Ba - Ngày gửi: "
          "20/09/2024</p>")
    article = extract(_legacy(qa + _story(), title="Xây dựng nhà ở trong khu vực Kinh thành cần những thủ tục gì?",
                              date="Ngày đăng: 20/09/2024"), "http://snnptnt.example/hoidap.asp?id=812")
    assert article.author != "Trần Văn Bình"
