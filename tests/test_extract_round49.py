"""The forty-eighth round's blind misses: a writer named like a province ("Thanh Hòa" is no
"Thanh Hóa"), a live report's "Tường thuật:" credit, a recruitment call's numbered terms however
long, and a call to action's box after the story (its description no lead)."""

from __future__ import annotations

from crawler.extract import clean, extract

PARAGRAPHS = (
    "Thời gian lưu trú bình quân của du khách mới khoảng 1,8 ngày; đường sá thuận lợi nên nhiều gia đình đi về trong "
    "ngày hoặc chỉ ngủ lại một đêm, vì thiếu sản phẩm du lịch buổi tối.",
    "Tỉnh đang phối hợp với thành phố thí điểm phố đi bộ ven biển vào tối thứ Sáu, thứ Bảy hằng tuần, kết hợp chợ đêm "
    "ẩm thực và biểu diễn nghệ thuật dân gian Chăm cho du khách.",
    "Một số doanh nghiệp cũng được khuyến khích phát triển tour ngắm hoàng hôn trên đồi cát, tour câu mực đêm cùng ngư "
    "dân để giữ chân du khách lâu hơn.",
)


def _page(body: str, title: str = "Mũi Né cần thêm sản phẩm đêm để giữ chân du khách") -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-12T07:15:00+07:00">
</head><body><div class="header"><a href="/">Báo Tỉnh</a><ul><li><a href="/du-lich">Du lịch</a></li></ul></div>
<div class="article"><h1 class="article__title">{title}</h1><div class="article__meta">Chủ Nhật, 12/05/2024 | 07:15</div>
<div class="article__body">{body}</div></div><div class="footer">Giấy phép số 12/GP-BTTTT.</div></body></html>"""


URL = "https://baotinh.example/mui-ne-can-them-san-pham-dem-121402.html"


def test_a_writer_named_like_a_province_is_a_writer():
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + \
        '<p style="text-align: right;"><strong>THANH HÒA</strong> (thực hiện)</p>'
    assert extract(_page(body), URL).author == "Thanh Hòa"
    assert clean.byline_name("Thanh Hóa", right_aligned=True, last=True) is None   # the province


def test_a_live_reports_credit_names_its_writer():
    body = f"<p>{PARAGRAPHS[0]}</p><p>Tường thuật: Trần Minh Khoa</p>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:])
    article = extract(_page(body), URL)
    assert article.author == "Trần Minh Khoa" and "Tường thuật" not in article.text


def test_a_calls_numbered_terms_make_it_no_story_however_long():
    body = ("<p>Trường Đại học Sông Lam thông báo tuyển dụng 18 viên chức giảng viên đợt 2 năm 2026 cho các khoa, viện "
            "đào tạo.</p><p>Căn cứ Nghị định số 115/2020/NĐ-CP ngày 25/9/2020 của Chính phủ quy định về tuyển dụng, sử "
            "dụng và quản lý viên chức; Nghị định số 85/2023/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số "
            "115/2020/NĐ-CP;</p><p>Căn cứ Kế hoạch tuyển dụng viên chức năm 2026 đã được Hội đồng trường phê duyệt, "
            "Trường Đại học Sông Lam thông báo tuyển dụng viên chức giảng viên đợt 2 năm 2026 như sau:</p>"
            "<p><strong>1. Số lượng, vị trí tuyển dụng:</strong> 18 chỉ tiêu (chi tiết theo phụ lục đính kèm).</p>"
            "<p><strong>2. Điều kiện dự tuyển:</strong> Có bằng thạc sĩ trở lên đúng chuyên ngành; ưu tiên ứng viên có "
            "bằng tiến sĩ, có công bố quốc tế trong năm năm gần nhất.</p><p><strong>3. Thời hạn nhận hồ sơ:</strong> "
            "từ ngày 09/11/2026 đến 17h00 ngày 08/12/2026 tại Phòng Tổ chức cán bộ (Phòng 204, Nhà điều hành).</p>"
            "<p><strong>4. Hồ sơ dự tuyển:</strong> Phiếu đăng ký dự tuyển theo mẫu; bản sao văn bằng, chứng chỉ và "
            "bảng điểm; giấy chứng nhận sức khỏe do cơ quan y tế có thẩm quyền cấp trong vòng sáu tháng.</p>")
    article = extract(_page(body, "Thông báo tuyển dụng viên chức giảng viên đợt 2 năm 2026"),
                      "https://dhsl.example/news/thong-bao/thong-bao-tuyen-dung-vien-chuc-giang-vien-1280.html")
    assert not article.is_article


def test_a_call_to_actions_box_after_the_story_is_no_text_and_no_lead():
    cta = ('<div class="wp-block-uagb-call-to-action"><div class="uagb-cta__wrap"><h3 class="uagb-cta__title">Đặt lịch '
           'tiêm chủng cho trẻ</h3><p class="uagb-cta__desc">Gọi tổng đài 0205.3870.115 hoặc đặt lịch trực tuyến để '
           'được phục vụ nhanh nhất.</p></div><div class="uagb-cta__buttons"><a href="tel:02053870115">Gọi ngay</a>'
           "</div></div>")
    article = extract(_page("".join(f"<p>{p}</p>" for p in PARAGRAPHS) + cta), URL)
    assert "0205.3870.115" not in article.text and article.text.startswith(PARAGRAPHS[0])
