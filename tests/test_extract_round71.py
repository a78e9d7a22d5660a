"""Misses left by the seventieth round and the seventy-first round's blind misses, by structure:
a long-form story's closing credits block, and a closing line that sends the reader to the
newsroom's channels on other platforms."""

from __future__ import annotations

from crawler.extract import extract

PARAGRAPHS: tuple[str, ...] = (
    "Chỉ một tuần sau khi nước rút, đội hình thanh niên tình nguyện đầu tiên gồm 60 đoàn viên đã có mặt ở xã, "
    "chia nhau gùi từng bao xi măng, từng tấm tôn qua quãng đường sạt lở dài gần ba cây số.",
    "Phương án xây dựng được nhóm kỹ sư trẻ hỗ trợ miễn phí: điểm trường mới được dời lên khu đất cao cách suối "
    "gần 200 m, móng kè đá hộc, khung thép tiền chế để rút ngắn thời gian thi công.",
    "Sau 45 ngày, hai phòng học kiên cố cùng một phòng ở cho giáo viên đã hoàn thành, với tổng kinh phí gần 1,2 "
    "tỷ đồng được huy động từ quỹ hỗ trợ học sinh vùng cao và các nhà hảo tâm.",
)
# A long-form story: its closing blocks far from the headline.
PARAGRAPHS += tuple(f"Ở điểm trường thứ {n}, các em học sinh nhận áo ấm, chăn bông và sách vở mới; thầy cô cho biết "
                    f"sĩ số lớp học đã trở lại đủ {20 + n} em sau nhiều tuần phải học nhờ ở nhà văn hóa thôn." for n in range(2, 9))
BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
TITLE = "Mùa đông ấm trên bản làng sau lũ"


def _page(after_body: str, last_line: str = "") -> str:
    """A long-form story's page: the headline and date on a cover, the story in a block of its own."""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE}</title>
<meta property="og:type" content="article"></head><body><header><a href="/">Trang chủ</a></header><main>
<div class="cover"><h1 class="title">{TITLE}</h1><time datetime="2026-11-28T06:00:00+07:00">28/11/2026 06:00</time>
</div><div class="longform"><div class="story">{BODY}{last_line}</div>{after_body}
<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=x">Chia sẻ</a></div></div></main>
<footer>© Báo Demo</footer></body></html>"""


def test_a_closing_credits_block_gives_the_writer_and_none_of_its_lines_stay():
    credits = ('<div class="credits"><p><span>Bài:</span> <a href="/author/thanh-ha-1021.html">Thanh Hà</a></p>'
               "<p><span>Ảnh:</span> Như Ý</p><p><span>Thiết kế:</span> Minh Châu</p></div>")
    article = extract(_page(credits), "https://demo.example/mua-dong-am-post1.html")
    assert article.author == "Thanh Hà"
    assert article.text.splitlines() == list(PARAGRAPHS)


def test_a_block_of_two_lines_after_the_story_that_are_no_credits_gives_no_writer():
    lines = '<div class="note"><p>Bài liên quan</p><p>Xem thêm các tin khác</p></div>'
    article = extract(_page(lines), "https://demo.example/mua-dong-am-post2.html")
    assert article.author is None


def test_a_closing_line_pointing_at_the_newsroom_s_podcast_platforms_is_no_text():
    line = ('<p><em>Nghe Thư Đồng Bằng trên <a href="https://podcasts.apple.com/vn/podcast/id1790452213">Apple '
            'Podcasts</a> và <a href="https://open.spotify.com/show/4bXh2QpRk9mT0aLcWvE7sN">Spotify</a>, hoặc ngay '
            "trong ứng dụng.</em></p>")
    article = extract(_page("", line), "https://demo.example/mua-dong-am-post3.html")
    assert article.text.splitlines() == list(PARAGRAPHS)


def test_a_closing_source_line_linking_two_platforms_stays_the_source():
    line = ('<p>Nguồn: <a href="https://www.facebook.com/ubndxa">Fanpage UBND xã</a>, '
            '<a href="https://www.youtube.com/@ubndxa">kênh YouTube của xã</a></p>')
    article = extract(_page("", line), "https://demo.example/mua-dong-am-post4.html")
    assert "Fanpage UBND xã" in (article.source or "") or "Fanpage UBND xã" in article.text


def test_a_closing_sentence_with_one_platform_link_is_the_story_s():
    line = (f"<p>{PARAGRAPHS[0][:60]} – đoạn clip do người dân đăng trên "
            '<a href="https://www.facebook.com/watch/1">Facebook</a> đã thu hút hàng nghìn lượt xem.</p>')
    article = extract(_page("", line), "https://demo.example/mua-dong-am-post5.html")
    assert "đã thu hút hàng nghìn lượt xem" in article.text


def test_word_s_footnotes_stay_with_their_marks():
    notes = "".join(f'<div id="ftn{n}" style="mso-element:footnote"><p class="MsoFootnoteText"><a href="#_ftnref{n}" '
                    f'name="_ftn{n}"><span class="MsoFootnoteReference">[{n}]</span></a> Khoản {n} Điều 62{n} Bộ luật '
                    "Dân sự năm 2015.</p></div>" for n in (1, 2))
    marked = (f'<p>{PARAGRAPHS[0]}<a href="#_ftn1" name="_ftnref1"><sup>[1]</sup></a></p>'
              f'<p>{PARAGRAPHS[1]}<a href="#_ftn2" name="_ftnref2"><sup>[2]</sup></a></p>')
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE}</title></head><body>
<main><article><h1>{TITLE}</h1><time datetime="2026-11-18T08:30:00+07:00">18/11/2026 08:30</time>
<div class="content">{marked}{"".join(f"<p>{p}</p>" for p in PARAGRAPHS[2:])}
<div style="mso-element:footnote-list"><br clear="all"><hr align="left" size="1" width="33%">{notes}</div></div>
</article></main></body></html>"""
    lines = extract(page, "https://journal.example/hoan-thien-quy-dinh17642.html").text.splitlines()
    assert lines[0] == PARAGRAPHS[0] + "[1]"
    assert lines[-2:] == ["[1] Khoản 1 Điều 621 Bộ luật Dân sự năm 2015.", "[2] Khoản 2 Điều 622 Bộ luật Dân sự năm 2015."]


# -- the seventy-first round's blind misses ----------------------------------------------------

def _story(content: str, aside: str = "", title: str = TITLE) -> str:
    """A magazine's page: the headline and date over the story, a column of modules beside it."""
    modules = "".join(f'<div class="box"><div class="box-title">Đọc nhiều</div><ul>'
                      f'<li><a href="/tin-{n}.html">Một bài đọc nhiều số {n} của tạp chí tuần này</a></li>'
                      f'<li><a href="/tin-{n}b.html">Một bài khác đọc nhiều số {n} của tạp chí</a></li></ul></div>'
                      for n in range(3))
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title></head><body>
<div id="main"><div id="col-left"><div class="detail"><h2 class="title-detail">{title}</h2>
<div class="date-detail">16:40 | 05/12/2026</div><div class="content-detail">{content}</div></div></div>
<div id="col-right">{modules}{aside}</div></div></body></html>"""


def test_two_writers_credited_before_a_photographer_on_the_next_line_are_both_the_author():
    from crawler.extract import clean
    assert clean.byline_name("Bài: Lam Giang - Thảo Nguyên Ảnh: Hữu Phước") == "Lam Giang - Thảo Nguyên"
    assert clean.byline_name("Nội dung: Minh Châu - Ảnh: Đức Anh - Thiết kế: Hà Phương") == "Minh Châu"
    closing = '<p style="text-align: right;"><strong>Bài: Lam Giang - Thảo Nguyên<br>Ảnh: Hữu Phước</strong></p>'
    article = extract(_story(BODY + closing), "https://mag.example/nhung-dong-kenh-52188.html")
    assert article.author == "Lam Giang - Thảo Nguyên"
    assert "Hữu Phước" not in article.text


def test_an_interview_s_closing_credit_names_who_conducted_it():
    closing = '<p style="text-align: right;"><strong>Bảo Trâm thực hiện</strong></p>'
    article = extract(_story(BODY + closing), "https://mag.example/via-he-52210.html")
    assert article.author == "Bảo Trâm"
    assert "thực hiện" not in article.text


def test_a_featured_writer_s_bio_in_the_side_column_is_not_the_author():
    bio = ('<div class="box-right"><div class="title-box-right">Tác giả</div><div class="tacgia-noibat">'
           '<a href="/tac-gia/a1187/Phan-Nhat-Tan.html"><img src="/tg.jpg" alt="Phan Nhật Tân"></a>'
           '<p><a href="/tac-gia/a1187/Phan-Nhat-Tan.html"><b>PHAN NHẬT TÂN</b></a> Sinh năm 1979 tại Điện Bàn. '
           "Hội viên Hội Nhà văn Việt Nam. Đã xuất bản: Mùa cá bống (truyện ngắn, 2015).</p></div></div>")
    mention = "<p>Nhiều tác giả tham gia trại năm nay là những gương mặt quen thuộc với bạn đọc như nhà văn Phan Nhật Tân.</p>"
    article = extract(_story("<p><strong>THANH TÂM</strong></p>" + BODY + mention, bio),
                      "https://mag.example/n31270/trai.html")
    assert article.author == "Thanh Tâm"


def test_a_poem_set_a_line_a_div_keeps_its_lines():
    lines = ("Mẹ nặn chiếc lu bằng đôi tay đất", "xoay mãi vòng xoay không có điểm dừng",
             "con lớn lên trong tiếng bàn xoay", "và mùi củi khô của lò nung cuối xóm")
    poem = ('<div style="text-align: center;"><b>Gửi mẹ ở làng gốm</b></div><div>&nbsp;</div>'
            + "".join(f'<div style="margin-left: 80px;"><span>{line}</span></div>' for line in lines))
    article = extract(_story(BODY + poem), "https://mag.example/n31245/chum-tho.html")
    assert article.text.splitlines()[-4:] == list(lines)


def test_an_issue_s_preview_of_excerpts_is_not_an_article():
    from crawler.extract import detect
    teasers = "".join(f"<p>Bài số {n} của số báo này ({name}). Một đoạn mở đầu đủ dài của bài viết thứ {n} trong số "
                      f"báo phát hành tuần này, kể về chuyện đô thị và con người ở thành phố…</p>"
                      for n, name in enumerate(("Vũ Hoài An", "Nguyễn Thu Sương", "Hoàng Thạch", "Tạ Quang Đạt")))
    article = extract(_story(f"<p>{PARAGRAPHS[0]}</p>{teasers}", title="Đón đọc Người Đô Thị phát hành ngày 4.12"),
                      "https://mag.example/don-doc-52219.html")
    assert not article.is_article
    assert not detect.excerpted("\n".join(PARAGRAPHS) + "\nMột câu kết dang dở của một đoạn văn dài hơn tám mươi ký tự…")


def test_a_document_signed_under_the_issuer_s_mark_is_not_a_reporter_s_story():
    document = ('<table><tr><td>LIÊN HIỆP CÁC HỘI VHNT THÀNH PHỐ ĐÀ NẴNG<br>TẠP CHÍ SÔNG THU</td><td>CỘNG HÒA XÃ HỘI '
                "CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</td></tr><tr><td>Số: 27/TB-TCST</td><td>Đà Nẵng, "
                'ngày 28 tháng 5 năm 2026</td></tr></table><p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
                + BODY + '<p style="text-align: right;"><strong>TỔNG BIÊN TẬP</strong><br>(đã ký)</p>'
                '<p style="text-align: right;"><strong>Võ Thị Thu Hà</strong></p>')
    article = extract(_story(document, title="Thể lệ Cuộc thi sáng tác thơ năm 2026"), "https://mag.example/n30640/the-le.html")
    assert not article.is_article


def test_a_stock_s_quote_widget_in_the_body_is_no_text():
    widget = ('<div class="vnf-stock-widget expNoEdit" contenteditable="false"><div class="vnf-stock-widget__head">'
              '<a href="https://stock.example/HPG">'
              '<span>HPG</span></a> <span>HOSE</span></div><div class="vnf-stock-widget__price">27.650 <span>+350 '
              "(+1,28%)</span></div><table><tr><td>Tham chiếu</td><td>27.300</td></tr><tr><td>Cao nhất</td><td>27.800"
              "</td></tr><tr><td>Khối lượng khớp lệnh</td><td>28.904.100</td></tr></table>"
              '<div class="vnf-stock-widget__time">Dữ liệu cập nhật: 15:00 27/11/2026</div></div>')
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    article = extract(_page("", widget + paragraphs), "https://finance.example/thep-d148790.html")
    assert "Tham chiếu" not in article.text and "HOSE" not in article.text
    assert article.text.splitlines()[-1] == PARAGRAPHS[-1]


def test_a_print_edition_s_jump_lines_are_no_text():
    jumped = f"<p>{PARAGRAPHS[0]}</p><p>(Xem tiếp trang 2)</p><p>(Tiếp theo trang 1)</p>" + "".join(
        f"<p>{p}</p>" for p in PARAGRAPHS[1:])
    article = extract(_story(jumped), "https://epaper.example/bai-viet/ra-quan-a20871.html")
    assert article.text.splitlines() == list(PARAGRAPHS)


def test_a_reader_s_question_under_the_paper_s_mark_answered_by_a_lawyer_is_not_an_article():
    qa = ("<p>(GDVN) - Bạn đọc hỏi về điều kiện tính thời gian hợp đồng để hưởng phụ cấp thâm niên khi giáo viên "
          "trúng tuyển viên chức.</p><p><strong>Bạn đọc Trần Thị Lan (tranthilan***@gmail.com) hỏi:</strong></p>"
          "<p>Tôi là giáo viên tiểu học, ký hợp đồng lao động với một trường công lập từ tháng 9/2020 và đóng bảo "
          "hiểm xã hội bắt buộc đầy đủ. Xin hỏi thời gian hợp đồng trước đây có được tính để hưởng phụ cấp không?</p>"
          "<p><strong>Luật sư Phạm Văn Tuấn, Đoàn Luật sư thành phố Hà Nội trả lời:</strong></p>"
          "<p>Theo Nghị định số 77/2021/NĐ-CP, thời gian tính hưởng phụ cấp thâm niên là thời gian giảng dạy có "
          "đóng bảo hiểm xã hội bắt buộc, bao gồm cả thời gian giảng dạy theo hợp đồng tại cơ sở công lập.</p>"
          "<p>Như vậy, nếu thời gian hợp đồng của bạn là thời gian trực tiếp giảng dạy và có đóng bảo hiểm xã hội "
          "bắt buộc thì được cộng dồn để tính phụ cấp thâm niên theo quy định hiện hành.</p>")
    article = extract(_story(qa, title="Giáo viên hợp đồng có được hưởng phụ cấp thâm niên nhà giáo không?"),
                      "https://edu.example/giao-vien-hop-dong-post262002.gd")
    assert not article.is_article


def test_a_data_table_under_an_editor_s_caption_class_keeps_its_rows():
    rows = "".join(f"<tr><td>{code}</td><td>{price}</td></tr>" for code, price in (("HPG", "28.750"), ("VCB", "93.400"),
                                                                                  ("FPT", "131.200")))
    table = (f'<div class="table-responsive"><table class="table expNoEdit"><caption>Top 3 cổ phiếu được mua ròng'
             f"</caption><thead><tr><th>Mã CK</th><th>Giá đóng cửa</th></tr></thead><tbody>{rows}</tbody></table></div>")
    article = extract(_page("", table), "https://finance.example/khoi-ngoai-d148812.html")
    lines = article.text.splitlines()
    assert any("HPG" in line and "28.750" in line and "VCB" not in line for line in lines)
