"""The forty-sixth round's blind misses: writers each in a meta tag of their own, a live page's
entries as a list, a writer's card in the story's column, a byline past a gallery's heading, a
bracketed "(Xem thêm: …)", numbered terms under an opening ending in a colon, and a library's
list of books."""

from __future__ import annotations

from crawler.extract import extract

PARAGRAPHS = (
    "Tối 23/3, hàng triệu người dân trên cả nước cùng tắt đèn và các thiết bị điện không cần thiết trong một giờ, "
    "hưởng ứng Chiến dịch Giờ Trái Đất với thông điệp “Tắt đèn, bật hành động”.",
    "Theo Tập đoàn Điện lực Việt Nam, trong một giờ tắt đèn từ 20:30 đến 21:30, cả nước tiết kiệm được khoảng 410.000 "
    "kWh điện, tương đương gần 800 triệu đồng tiền điện.",
    "Tại TP.HCM, chương trình nghệ thuật hưởng ứng Giờ Trái Đất diễn ra trên phố đi bộ Nguyễn Huệ với sự tham gia của "
    "hơn 3.000 đoàn viên, thanh niên và người dân thành phố.",
)
URL = "https://moitruong.example/bai-viet/gio-trai-dat-2024"


def _page(body: str, *, head: str = "", title: str = "Giờ Trái Đất 2024: tắt đèn, bật hành động",
          footer: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-03-23T12:00:00.000Z">
{head}</head><body><header><a href="/">Môi trường Xanh</a><span>Thứ Hai, 13/05/2024</span><nav><ul>
<li><a href="/chuyen-muc/nang-luong">Năng lượng</a></li><li><a href="/chuyen-muc/khi-hau">Khí hậu</a></li></ul></nav>
</header><main><article><h1>{title}</h1><div class="meta"><time datetime="2024-03-23T12:00:00.000Z">23/03/2024 19:00
</time></div>{body}</article></main><footer><p>Giấy phép số 215/GP-BTTTT.</p>{footer}</footer></body></html>"""


def _story(end: str = "") -> str:
    return '<div class="content">' + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + end + "</div>"


def test_writers_each_in_a_meta_tag_of_their_own_are_both_named():
    head = '<meta name="author" content="Phạm Thu Trang"><meta name="author" content="Đỗ Quang Huy">'
    assert extract(_page(_story(), head=head), URL).author == "Phạm Thu Trang, Đỗ Quang Huy"


def test_a_live_pages_entries_in_a_list_are_lines_of_their_own():
    entries = (("21:40", "Tiết kiệm hơn 400.000 kWh điện", PARAGRAPHS[1]),
               ("20:05", "TP.HCM: Phố đi bộ Nguyễn Huệ kín người", PARAGRAPHS[2]),
               ("19:00", "Bắt đầu tường thuật", PARAGRAPHS[0]))
    feed = '<ol class="live-feed">' + "".join(
        f'<li><time class="block">{t}</time><h3>{h}</h3><div class="prose"><p>{p}</p></div></li>'
        for t, h, p in entries) + "</ol>"
    lines = extract(_page(feed), URL).text.splitlines()
    assert all(h in lines and p in lines for _t, h, p in entries)


def test_a_writers_card_in_the_storys_column_is_not_its_text():
    """A photo story: captioned figures and a paragraph, the tags, then the writer's card."""
    card = ('<div class="author-card"><img src="/anh/tran-viet-dung.jpg" alt="Trần Việt Dũng"><div><p>Tác giả</p>'
            '<a href="/tac-gia/tran-viet-dung">Trần Việt Dũng</a><p>Phóng viên ảnh, hơn 10 năm theo chân các đoàn điều '
            "tra chim nước ở đồng bằng sông Hồng.</p></div></div>")
    captions = ("Bình minh trên bãi bồi Cồn Lu, vùng lõi của Vườn quốc gia Xuân Thủy, khu Ramsar đầu tiên.",
                "Đàn choắt mỏ cong kiếm ăn khi thủy triều rút trên bãi triều rộng hơn 7.000 ha.",
                "Cò thìa, loài chim nằm trong Sách Đỏ thế giới, thường xuất hiện thành nhóm nhỏ.")
    figures = "".join(f'<figure><img src="/anh-{i}.jpg" alt="{c}"><figcaption>{c}</figcaption></figure>'
                      for i, c in enumerate(captions))
    body = (f"<div>{figures}<p>{PARAGRAPHS[1]}</p></div>"
            '<ul class="tags"><li><a href="/the/chim-di-cu">#Chim di cư</a></li></ul>' + card)
    article = extract(_page(body, head='<meta name="author" content="Trần Việt Dũng">'), URL)
    assert "Phóng viên ảnh" not in article.text and "Tác giả" not in article.text
    assert PARAGRAPHS[1] in article.text and all(c in article.text for c in captions)


def test_a_byline_past_a_gallerys_heading_is_the_writer():
    gallery = ('<div class="flex_column av_one_full"><div class="av-special-heading"><h3>Một số hình ảnh tại Ngày hội'
               '</h3></div><div class="avia-gallery"><a href="/anh-1.jpg"><img src="/anh-1-180x180.jpg" alt=""></a>'
               '<a href="/anh-2.jpg"><img src="/anh-2-180x180.jpg" alt=""></a></div></div>')
    byline = ('<div class="flex_column av_one_full"><section class="av_textblock_section"><div class="avia_textblock">'
              '<p style="text-align: right;"><strong>Tin, ảnh: Thanh Tâm</strong></p></div></section></div>')
    body = ('<div class="entry-content"><div class="flex_column av_one_full"><section class="av_textblock_section">'
            '<div class="avia_textblock">' + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div></section></div>"
            + gallery + byline + "</div>")
    assert extract(_page(body), URL).author == "Thanh Tâm"


def test_a_bracketed_see_also_line_is_not_the_story():
    line = '<p><em>(Xem thêm: <a href="/NewsDetail.aspx?id=178236">Ngắm thác Bản Giốc mùa nước trong</a>)</em></p>'
    body = '<div class="content">' + f"<p>{PARAGRAPHS[0]}</p>{line}<p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p></div>"
    article = extract(_page(body), URL)
    assert "Xem thêm" not in article.text and all(p in article.text for p in PARAGRAPHS)


TERMS = ("<p><strong>1. Số lượng, vị trí cần tuyển:</strong> 03 chỉ tiêu, gồm:</p><p>- 01 Phóng viên hạng III (Phòng "
         "Thời sự - Chính trị);</p><p>- 01 Biên tập viên hạng III (Phòng Báo điện tử);</p><p>- 01 Kỹ thuật viên dựng "
         "phim (Phòng Báo điện tử).</p><p><strong>2. Điều kiện đăng ký dự tuyển:</strong></p><p>- Có quốc tịch Việt "
         "Nam, cư trú tại Việt Nam; từ đủ 18 tuổi trở lên;</p><p>- Tốt nghiệp đại học trở lên chuyên ngành báo chí, "
         "truyền thông, ngữ văn, công nghệ thông tin hoặc chuyên ngành phù hợp với vị trí việc làm;</p><p>- Ưu tiên "
         "người biết tiếng Tày, Nùng hoặc tiếng Trung Quốc.</p><p><strong>3. Hồ sơ đăng ký dự tuyển:</strong> Phiếu "
         "đăng ký dự tuyển theo mẫu ban hành kèm theo Nghị định số 115/2020/NĐ-CP của Chính phủ.</p><p><strong>4. "
         "Thời gian, địa điểm nhận hồ sơ:</strong> Từ ngày 15/4/2024 đến hết ngày 14/5/2024 (trong giờ hành chính), "
         "tại Phòng Hành chính - Trị sự, Báo Tỉnh. Điện thoại liên hệ: 0206.3852.123.</p><p><strong>5. Hình thức "
         "tuyển dụng:</strong> Xét tuyển.</p><p style=\"text-align: right;\"><strong>BAN BIÊN TẬP BÁO TỈNH</strong></p>")


def _detail(title: str, sapo: str, content: str) -> str:
    """A provincial daily's story page: the headline, the date line, the sapo and the content in
    one block."""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:type" content="article"></head><body><nav><ul><li><a href="/">Trang chủ</a></li>
<li><a href="/xa-hoi">Xã hội</a></li><li><a href="/van-hoa">Văn hóa</a></li></ul></nav><div class="detail-news">
<h1 class="detail-title">{title}</h1><div class="detail-meta"><span class="detail-time">Thứ Tư, 10/04/2024 16:30
</span></div><div class="detail-sapo"><strong>{sapo}</strong></div><div class="detail-content">{content}</div>
<div class="detail-share"><span>Chia sẻ:</span> <a href="https://www.facebook.com/sharer/sharer.php">Facebook</a></div>
</div><div class="footer">Giấy phép số 12/GP-BTTTT.</div></body></html>"""


def test_numbered_terms_under_the_issuers_colon_are_no_story():
    # (the issuer's "Cao Bằng" folds as "bằng", by, a report's word: read with its marks, a name)
    page = _detail("Báo Cao Bằng thông báo tuyển dụng viên chức năm 2024",
                   "Báo Cao Bằng thông báo tuyển dụng viên chức năm 2024 như sau:", TERMS)
    assert not extract(page, "https://baocaobang.example/Bao-Cao-Bang-thong-bao-tuyen-dung-2024-178655.html").is_article


def test_the_same_terms_a_reporter_relays_stay_a_story():
    page = _detail("Báo Tỉnh tuyển dụng 3 viên chức năm 2024",
                   "Báo Tỉnh vừa thông báo tuyển dụng viên chức năm 2024 với các nội dung sau:", TERMS)
    assert extract(page, "https://baotinh.example/Bao-Tinh-tuyen-dung-3-vien-chuc-2024-178656.html").is_article


def test_a_librarys_list_of_new_books_is_no_story():
    books = (("Vĩnh Long - Đất và người", "Nhiều tác giả", "NXB Tổng hợp TP.HCM", 412, "ĐC.04512"),
             ("Lịch sử Đảng bộ huyện Trà Ôn (1930 - 2020)", "Ban Thường vụ Huyện ủy Trà Ôn",
              "NXB Chính trị quốc gia Sự thật", 386, "ĐC.04513"),
             ("Chuyển đổi số trong thư viện công cộng", "Nguyễn Văn Hòa", "NXB Thông tin và Truyền thông", 248,
              "VV.21874"),
             ("Kỹ thuật canh tác cây ăn trái vùng Đồng bằng sông Cửu Long", "Trần Thanh Bình", "NXB Nông nghiệp", 216,
              "VV.21875"))
    body = ("<p>Thư viện tỉnh trân trọng giới thiệu đến bạn đọc danh mục sách mới bổ sung trong tháng 11/2024:</p><ol>"
            + "".join(f"<li>{t} / {a}. - {p}, 2024. - {n} tr.. Ký hiệu kho: {k}</li>" for t, a, p, n, k in books)
            + "</ol><p>Bạn đọc có thể tra cứu và đăng ký mượn các tài liệu trên tại Phòng Mượn của Thư viện tỉnh.</p>")
    article = extract(_page(body, title="Thư mục sách mới tháng 11/2024"),
                      "https://thuvien.example/thu-muc-sach-moi-thang-11-2024/")
    assert not article.is_article


def test_a_writers_card_goes_and_a_closing_paragraph_with_its_byline_stays():
    from lxml import html

    from crawler.extract import boxes
    body = html.fromstring(
        "<div><p>" + PARAGRAPHS[0] + "</p><div class='card'><img src='/a.jpg' alt=''><div><p>Tác giả</p>"
        "<a href='/tac-gia/tran-viet-dung'>Trần Việt Dũng</a><p>Phóng viên ảnh, hơn 10 năm theo chân các đoàn điều tra "
        "chim nước.</p></div></div><div class='end'><p>" + PARAGRAPHS[2] + "</p><p><a href='/tac-gia/thu-ha'>Thu Hà"
        "</a></p></div></div>")
    assert boxes.remove_writer_cards(body) == 1
    text = body.text_content()
    assert "Phóng viên ảnh" not in text and PARAGRAPHS[2] in text and "Thu Hà" in text
