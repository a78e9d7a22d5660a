"""The seventy-second round's blind misses, by structure: a party committee's name as the meta
author, a writer's outlet with a digit after a slash, and a contest's rules under an aside in
brackets."""

from __future__ import annotations

from crawler.extract import clean, detect, extract

PARAGRAPHS = (
    "Chiều 3/12, đoàn công tác của Thường trực Thành ủy đã làm việc với Ban Thường vụ Đảng ủy phường về kết quả "
    "thực hiện chuyển đổi số trong công tác đảng năm 2026 và phương hướng nhiệm vụ năm 2027.",
    "Theo báo cáo, đến nay 100% chi bộ trực thuộc đã sử dụng sổ tay đảng viên điện tử, nhiều chi bộ khu phố tổ "
    "chức sinh hoạt kết hợp trực tuyến để đảng viên đi làm xa vẫn tham gia đầy đủ.",
    "Phát biểu chỉ đạo, đồng chí Phó Bí thư Thành ủy đề nghị phường tiếp tục số hóa hồ sơ đảng viên, hoàn thành "
    "việc cập nhật dữ liệu trước ngày 31/12 và nhân rộng các mô hình hay trong toàn Đảng bộ.",
)


def _page(closing: str, meta_author: str = "Thành ủy Thành phố Hồ Chí Minh") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Chuyển đổi số trong công tác đảng</title>
<meta name="author" content="{meta_author}"></head><body><main><article>
<h1>Chuyển đổi số trong công tác đảng ở phường Thủ Dầu Một</h1><div class="time">04/12/2026 09:30</div>
<div class="content">{body}{closing}</div></article></main><footer>Cơ quan chủ quản: {meta_author}</footer>
</body></html>"""


def test_a_party_committee_named_as_the_meta_author_is_no_writer():
    assert clean.is_organisation("Thành ủy Thành phố Hồ Chí Minh") and clean.is_organisation("Đảng bộ phường Tân Định")
    assert not clean.is_organisation("Nguyễn Thành Phố")
    article = extract(_page('<p style="text-align: right;"><strong>THANH HIỀN</strong></p>'),
                      "https://cpv.example/tin-tuc/chuyen-doi-so-1491941203")
    assert article.author == "Thanh Hiền"


def test_a_writer_s_outlet_with_a_digit_after_a_slash_is_no_part_of_the_name():
    assert clean.byline_name("Y Sơn Niê/VOV4", right_aligned=True) == "Y Sơn Niê/VOV4"
    assert clean.without_offices("Sùng A Páo/VOV4") == "Sùng A Páo"
    article = extract(_page('<p style="text-align: right;"><strong>Y Sơn Niê/VOV4</strong></p>'),
                      "https://vov4.example/tin-tuc/mua-ca-phe-412333.vov4")
    assert article.author == "Y Sơn Niê"


def test_a_contest_s_rules_under_an_aside_in_brackets_are_terms():
    text = "\n".join([
        'Cuộc thi “Ý tưởng khởi nghiệp thanh niên Quảng Trị” lần thứ V năm 2026',
        '(Ban hành kèm theo Kế hoạch số 125-KH/TĐTN-TNNT ngày 25/9/2026 của Ban Thường vụ Tỉnh đoàn)',
        'Điều 1. Đối tượng dự thi',
        '- Công dân Việt Nam từ 16 đến 35 tuổi (tính đến ngày 31/12/2026) đang sinh sống, học tập, làm việc trên địa bàn tỉnh Quảng Trị.',
        '- Tham gia theo hình thức cá nhân hoặc nhóm (tối đa 05 thành viên, trưởng nhóm không quá 35 tuổi).',
        '- Thành viên Ban Tổ chức, Ban Giám khảo, Tổ Thư ký không được tham gia dự thi.',
        'Điều 2. Lĩnh vực dự thi',
        '- Nông nghiệp và phát triển nông thôn.',
        '- Du lịch, dịch vụ.',
        '- Công nghệ số.',
        '- Sản phẩm văn hóa, sáng tạo gắn với bản sắc địa phương.',
        'Điều 3. Hồ sơ dự thi',
    ])
    assert detect.terms('Thể lệ Cuộc thi “Ý tưởng khởi nghiệp thanh niên Quảng Trị” lần thứ V năm 2026', text)
