"""The forty-third round's blind misses: an interviewer's credit in a meta tag ("Hoàng Anh (thực
hiện)"), a notice's signer under its position and the copy's "(Đã ký)", and a festival's
programme table under a headline set in a band with its breadcrumb and date line."""

from __future__ import annotations

from crawler.extract import extract

URL = "https://baotinh.example/thoi-su/bai-viet-192261130153000716.htm"
PARAGRAPHS = (
    "Theo Cục Đường bộ Việt Nam, trong năm 2026 toàn quốc đã xác định 46 điểm đen tai nạn giao thông trên các "
    "tuyến quốc lộ, phần lớn tập trung ở các đoạn đèo dốc, đường cong và nút giao đồng mức.",
    "Ngay sau khi rà soát, Cục đã yêu cầu các khu quản lý đường bộ bổ sung biển báo, vạch sơn giảm tốc và dải "
    "phân cách mềm ở những vị trí có thể xử lý nhanh, không chờ dự án cải tạo lớn.",
    "Với 15 điểm phải cải tạo hình học, Cục ưu tiên vốn bảo trì để hoàn thành phần việc cấp bách trước ngày "
    "20/1/2027, bảo đảm an toàn cho người dân đi lại dịp Tết Nguyên đán.",
)


def _page(title: str, body: str, *, head: str = "", published: str = "2026-11-30T15:30:00+07:00") -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:type" content="article"><meta property="og:title" content="{title}">
<meta property="article:published_time" content="{published}">{head}</head><body>
<div class="header"><a href="/">Báo Tỉnh</a> <span>Chủ nhật, 06/12/2026</span><ul class="menu">
<li><a href="/thoi-su.htm">Thời sự</a></li><li><a href="/van-hoa.htm">Văn hóa</a></li></ul></div>
<div class="detail"><div class="box-top-title"><div class="flex-category"><a href="/">Trang chủ</a>
<a href="/van-hoa-the-thao-du-lich.htm" class="item-category">Văn hóa - Thể thao - Du lịch</a></div>
<h1 class="title-detail">{title}</h1><span class="date">{published[8:10]}/{published[5:7]}/{published[:4]}
{published[11:16]}</span></div><div class="box-detail-main"><div class="detail-content">{body}</div></div></div>
<div class="sidebar"><h3>Đọc nhiều</h3><ul><li><a href="/thoi-su/bai-khac-192261129080000663.htm">Cho trẻ em ngồi
ghế trước ô tô bị xử phạt thế nào?</a></li></ul></div><div class="footer">Giấy phép số 12/GP-BTTTT.</div>
</body></html>"""


def test_an_interviewers_credit_in_a_meta_tag_is_the_name():
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    article = extract(_page("Xử lý dứt điểm 46 điểm đen tai nạn giao thông trước Tết", body,
                            head='<meta property="article:author" content="Hoàng Anh (thực hiện)">'), URL)
    assert article.is_article and article.author == "Hoàng Anh"


def test_a_signer_under_the_copys_signed_line_is_no_writer():
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + (
        '<p style="text-align: right;"><strong>CỤC TRƯỞNG</strong><br><em>(Đã ký)</em><br>'
        "<strong>Trần Văn Hòa</strong></p>")
    article = extract(_page("Xử lý dứt điểm 46 điểm đen tai nạn giao thông trước Tết", body), URL)
    assert article.author is None


def test_a_festivals_programme_table_ahead_of_it_under_a_title_band_is_its_page():
    rows = (("08 giờ, 12/11", "Khai mạc Hội chợ - Triển lãm thương mại, du lịch", "Khu vực đường Lê Duẩn"),
            ("19 giờ, 12/11", "Liên hoan nghệ thuật Dù kê, Rô băm", "Sân khấu Công viên Hồ Nước Ngọt"),
            ("08 giờ, 13/11", "Hội thi ẩm thực truyền thống các dân tộc", "Khu văn hóa Hồ Nước Ngọt"),
            ("19 giờ, 14/11", "Lễ cúng trăng, thả đèn nước", "Khu vực Hồ Nước Ngọt"),
            ("07 giờ 30, 15/11", "Giải đua ghe Ngo nam, nữ", "Sông Maspéro"),
            ("16 giờ, 15/11", "Bế mạc, trao giải đua ghe Ngo", "Khán đài chính sông Maspéro"))
    table = "<table><tr><td>Thời gian</td><td>Hoạt động</td><td>Địa điểm</td></tr>" + "".join(
        f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows) + "</table>"
    body = ("<p>STO - Ban Tổ chức thông báo chương trình các hoạt động chính của Lễ hội Oóc Om Bóc - Đua ghe Ngo "
            "năm 2024, diễn ra từ ngày 12 đến 15/11/2024 tại thành phố.</p>" + table +
            "<p>Chương trình có thể thay đổi tùy tình hình thực tế; Ban Tổ chức sẽ thông báo trên Báo và Đài Phát "
            "thanh - Truyền hình tỉnh.</p>")
    article = extract(_page("Chương trình các hoạt động Lễ hội Oóc Om Bóc - Đua ghe Ngo năm 2024", body,
                            published="2024-10-28T16:00:00+07:00"), URL)
    # (refused as the event's record or, since the programme rule reads an event's name saying it
    # will be held, as its programme: both say the table is the page)
    assert not article.is_article and ("event" in article.reason or "programme" in article.reason)
