"""The fifty-sixth round's blind misses: a post's heading printing its day before the headline
under the page's title band, a page builder's sections each with an empty overlay and a class
naming its instance, a series' label naming the series in quotes, a signature's unit in
brackets on the line under the name, and a recruitment notice opening on its legal bases."""

from __future__ import annotations

from crawler.extract import extract

PARAGRAPHS = (
    "Từ ngày 6 đến 10/3, Trung tâm Văn hóa tỉnh phối hợp với Phòng Văn hóa - Thông tin huyện tổ chức đưa các "
    "chương trình biểu diễn chèo về phục vụ nhân dân 5 xã ven biển.",
    "Chương trình gồm các trích đoạn chèo cổ và những tiết mục mới ca ngợi quê hương, thu hút hàng nghìn lượt "
    "người dân, học sinh đến xem mỗi đêm diễn.",
    "Theo Ban Giám đốc Trung tâm, đây là năm thứ ba đơn vị duy trì hoạt động đưa nghệ thuật truyền thống về cơ "
    "sở, góp phần bảo tồn và lan tỏa di sản văn hóa của địa phương.",
)
TITLE = "Đưa sân khấu chèo về các xã ven biển"


def _page(content: str, title: str = TITLE, band: str = "", head: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title} – Trung tâm Văn hóa</title>
<meta property="og:type" content="article"><meta property="og:title" content="{title}">
<meta property="article:published_time" content="2025-03-11T09:30:00+07:00">{head}</head><body>
<div class="header"><a href="/">Trung tâm Văn hóa tỉnh</a><a href="/tin-hoat-dong/">Tin hoạt động</a></div>
{band}<div class="content"><div class="post">{content}</div></div>
<div class="sidebar"><h3>Bài mới</h3><ul><li><a href="/lop-hat-chau-van/">Lớp hát chầu văn cho thiếu nhi</a></li></ul></div>
<div class="footer">© Trung tâm Văn hóa tỉnh</div></body></html>"""


def test_a_posts_heading_with_its_day_before_the_headline_is_no_text():
    band = f'<div class="title_holder"><h1>{TITLE}</h1></div>'
    content = (f'<h2 class="entry_title"><span class="date">11 Th3</span> {TITLE}</h2>'
               + "".join(f"<p>{p}</p>" for p in PARAGRAPHS))
    article = extract(_page(content, band=band), "https://ttvh.example/dua-san-khau-cheo-ve-cac-xa-ven-bien/")
    assert article.text.splitlines()[0] == PARAGRAPHS[0]


def test_a_line_naming_the_headline_in_a_sentence_stays():   # guard: passes before the change too
    line = f"Ngày 11/3 chương trình {TITLE}"
    content = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2]) + f"<p>{line}</p><p>{PARAGRAPHS[2]}</p>"
    article = extract(_page(content, band=f"<h1>{TITLE}</h1>"), "https://ttvh.example/dua-san-khau-cheo-ve-cac-xa/")
    assert line in article.text.splitlines()


def _section(n: int, inner: str) -> str:
    # Muffin Builder: a section, its overlay, its wrapper, a wrap and a column, each classed with
    # its instance's id as well as its kind.
    return (f'<section class="section mcb-section mcb-section-{n:x}e5b244f0"><div class="mcb-background-overlay"></div>'
            f'<div class="section_wrapper mcb-section-inner mcb-section-inner-{n:x}e5b244f0">'
            f'<div class="wrap mcb-wrap mcb-wrap-{n:x}a0c1d2e3 one"><div class="mcb-wrap-inner">'
            f'<div class="mcb-wrap-background-overlay"></div>{inner}</div></div></div></section>')


def _text_column(paragraphs: str) -> str:
    return f'<div class="column mcb-column one column_column"><div class="column_attr">{paragraphs}</div></div>'


def _image_column(n: int, caption: str) -> str:
    return (f'<div class="column mcb-column one-third column_image"><div class="image_frame"><div class="image_wrapper">'
            f'<img src="/uploads/oc-eo-{n}.jpg" alt=""></div><p class="wp-caption-text">{caption}</p></div></div>')


def test_a_builders_sections_with_overlays_keep_their_captions():
    captions = ("Đại biểu cắt băng khai mạc trưng bày chuyên đề.", "Tượng thần Vishnu bằng đá, thế kỷ VI - VII.",
                "Học sinh in dập hoa văn gốm tại khu trải nghiệm.")
    content = (_section(1, _text_column("".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2])))
               + _section(2, _image_column(1, captions[0]))
               + _section(3, _text_column(f"<p>{PARAGRAPHS[2]}</p>"))
               + _section(4, _image_column(2, captions[1]) + _image_column(3, captions[2])))
    article = extract(_page(content), "https://baotang.example/khai-mac-trung-bay-oc-eo/")
    assert all(caption in article.text for caption in captions), article.text
    assert article.text.splitlines()[0] == PARAGRAPHS[0] and "Bài mới" not in article.text


def test_a_series_label_naming_the_series_in_quotes_is_no_text():
    box = ('<div class="box-series"><p><em>Loạt bài “Sân khấu truyền thống về cơ sở”:</em></p>'
           '<p><a href="/bai-1-nhung-dem-dien-o-lang/">Bài 1: Những đêm diễn ở làng</a></p></div>')
    content = box + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    article = extract(_page(content, title=TITLE + " - Bài 2"), "https://ttvh.example/bai-2-dua-san-khau-cheo/")
    assert "Loạt bài" not in article.text and article.text.splitlines()[0] == PARAGRAPHS[0]


def test_a_signatures_unit_in_brackets_under_the_name_is_no_text():
    content = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + (
        '<p style="text-align: right;"><strong>Nguyễn Văn Hùng</strong><br><em>(Trạm Khuyến nông Giao Thủy)</em></p>')
    article = extract(_page(content), "https://ttvh.example/dua-san-khau-cheo-ve-cac-xa-ven-bien/")
    assert article.author == "Nguyễn Văn Hùng" and "Trạm Khuyến nông" not in article.text
    assert article.text.splitlines()[-1] == PARAGRAPHS[-1]


NOTICE = (
    "<p>Căn cứ Nghị định số 115/2020/NĐ-CP ngày 25/9/2020 của Chính phủ quy định về tuyển dụng, sử dụng và quản lý "
    "viên chức; Nghị định số 85/2023/NĐ-CP ngày 7/12/2023 sửa đổi, bổ sung một số điều của Nghị định số "
    "115/2020/NĐ-CP;</p><p>Căn cứ Kế hoạch số 12/KH-TTVH ngày 8/4/2024 của Trung tâm Văn hóa tỉnh về tuyển dụng "
    "viên chức năm 2024,</p><p>Trung tâm Văn hóa tỉnh thông báo tuyển dụng viên chức năm 2024 như sau:</p>"
    "<p>1. Số lượng cần tuyển: 03 chỉ tiêu (02 diễn viên chèo, 01 kế toán).</p>"
    "<p>2. Tiêu chuẩn, điều kiện: có quốc tịch Việt Nam, từ đủ 18 tuổi trở lên, có văn bằng phù hợp với vị trí "
    "dự tuyển, đủ sức khỏe để thực hiện nhiệm vụ.</p>"
    "<p>3. Hồ sơ đăng ký dự tuyển gồm phiếu đăng ký theo mẫu, bản sao văn bằng, chứng chỉ và giấy chứng nhận "
    "thuộc đối tượng ưu tiên (nếu có).</p>"
    "<p>4. Thời gian nhận hồ sơ: từ ngày 15/4/2024 đến hết ngày 15/5/2024, trong giờ hành chính, tại Phòng Tổ "
    "chức - Hành chính của Trung tâm, số 12 đường Trần Hưng Đạo. Điện thoại liên hệ: 0228.3649.218.</p>")


def test_a_recruitment_notice_opening_on_its_legal_bases_is_no_story():
    article = extract(_page(NOTICE, title="Thông báo tuyển dụng viên chức Trung tâm Văn hóa tỉnh năm 2024"),
                      "https://ttvh.example/thong-bao-tuyen-dung-vien-chuc-nam-2024/")
    assert not article.is_article and "notice" in article.reason


def _ladi_section(name: str, inner: str) -> str:
    # LadiPage: every section is a background block and a container, the page a run of them.
    return (f'<div id="SECTION_{name}" class="ladi-section"><div class="ladi-section-background"></div>'
            f'<div class="ladi-container">{inner}</div></div>')


def test_a_landing_pages_sections_beside_the_story_are_the_pages():
    # The sections beside the story's are the page's own (its menu, a quote request's form, the
    # footer with the address): the story's section is not widened to them.
    menu = "".join(f'<a href="/{slug}/">{name}</a>' for slug, name in
                   (("", "Trang chủ"), ("gioi-thieu", "Giới thiệu"), ("san-pham", "Sản phẩm OCOP"), ("tin-tuc", "Tin tức")))
    story = (f'<h1 class="ladi-headline">{TITLE}</h1>'
             + "".join(f'<div class="ladi-paragraph"><p>{p}</p></div>' for p in PARAGRAPHS))
    form = ('<div class="ladi-headline">Đăng ký nhận báo giá sỉ</div><form><input name="phone">'
            '<button>Gửi</button></form><div class="ladi-paragraph">Cảm ơn quý khách! Chúng tôi sẽ liên hệ lại.</div>')
    footer = ('<div class="ladi-headline">HỢP TÁC XÃ DỊCH VỤ NÔNG NGHIỆP TÂN MỘC</div>'
              '<div class="ladi-paragraph">Địa chỉ: Thôn Kép 2, xã Tân Mộc, huyện Lục Ngạn, tỉnh Bắc Giang. Hotline: 0912 '
              '345 678. Email: htxtanmoc@example.vn. Mã số hợp tác xã 2401234567 do Phòng Tài chính - Kế hoạch huyện '
              'cấp ngày 12/3/2018, nơi đăng ký kinh doanh các sản phẩm vải thiều sấy khô đạt chuẩn OCOP.</div>')
    page = (f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE}</title>
<meta property="og:type" content="article"></head><body><div class="ladi-wraper">"""
            + _ladi_section("HEADER", menu) + _ladi_section("STORY", story) + _ladi_section("POPUP", form)
            + _ladi_section("FOOTER", footer) + "</div></body></html>")
    article = extract(page, "https://htxtanmoc.example/dua-san-khau-cheo-ve-cac-xa-ven-bien")
    assert article.text.splitlines()[-1] == PARAGRAPHS[-1] and "Hotline" not in article.text
