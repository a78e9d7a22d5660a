"""The forty-second round's blind misses: a series' box of paragraphs under its name, a link back
to the earlier part over the story, a festival's page whose
opening says it will be held over its time field, a poll under a sapo set in a heading, and a
shop's product page typed by its JSON-LD (a Product whose address is the page's)."""

from __future__ import annotations

from crawler.extract import extract

URL = "https://baotinh.example/doi-song/bai-viet-215240917054409851.chn"
PARAGRAPHS = (
    "Sáng 15/9, hơn 1.200 vận động viên đã tham gia giải chạy địa hình vùng cao lần thứ nhất tại xã Y Tý, "
    "huyện Bát Xát. Giải có ba cự ly 10 km, 21 km và 42 km, đi qua những thửa ruộng bậc thang đang mùa lúa chín.",
    "Theo Ban tổ chức, gần một nửa số vận động viên đến từ Hà Nội và các tỉnh miền xuôi. Nhiều người đi cùng "
    "gia đình, ở lại homestay của đồng bào Hà Nhì sau ngày chạy để tham quan, chụp ảnh.",
    "Chủ tịch UBND xã Y Tý cho biết trong ba ngày diễn ra giải, các homestay trên địa bàn kín phòng, doanh thu "
    "từ dịch vụ ăn uống, vận chuyển của người dân tăng gấp nhiều lần so với ngày thường.",
    "Huyện Bát Xát dự kiến tổ chức giải thường niên, gắn với lễ hội mùa lúa chín để thu hút thêm du khách.",
)


def _page(title: str, body: str, *, head: str = "", sapo: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:type" content="article"><meta property="og:title" content="{title}">
<meta property="article:published_time" content="2024-09-17T06:00:00+07:00">{head}</head><body>
<div class="header"><a href="/">Báo Tỉnh</a> <span>Thứ Ba, 17/09/2024</span><ul class="menu">
<li><a href="/xa-hoi.chn">Xã hội</a></li><li><a href="/doi-song.chn">Đời sống</a></li></ul></div>
<div class="main"><h1 class="kbwc-title">{title}</h1>{sapo}<div class="knc-content" id="ContentDetail">{body}</div>
<div class="tags">Tags: <a href="/tag/chay-bo.chn">chạy bộ</a></div></div>
<div class="sidebar"><h3>Đọc nhiều nhất</h3><ul>
<li><a href="/xa-hoi/tan-sinh-vien-nhap-hoc-215240918064833527.chn">Hàng nghìn tân sinh viên được tình nguyện
viên đón tận bến xe</a></li></ul></div><div class="footer">Giấy phép số 123/GP-BTTTT.</div></body></html>"""


def _story(*middle: str) -> str:
    return f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>{''.join(middle)}<p>{PARAGRAPHS[2]}</p><p>{PARAGRAPHS[3]}</p>"


TITLE = "Giới trẻ mê chạy bộ - Bài 2: Giải chạy tỉnh lẻ kéo du khách về bản"


def test_a_series_box_of_paragraphs_under_its_name_is_no_text():
    box = ('<div class="VCSortableInPreviewMode" type="content"><div><p><b>Loạt bài: Giới trẻ mê chạy bộ</b></p>'
           '<p><a href="/bai-1-215240910055802167.chn">Bài 1: Từ trào lưu mạng xã hội đến lối sống mới</a></p>'
           '<p>Bài 2: Giải chạy tỉnh lẻ kéo du khách về bản</p><p>Bài 3: Chạy bộ đúng cách để không "cháy" đầu gối'
           '</p></div></div>')
    article = extract(_page(TITLE, _story(box)), URL)
    assert article.is_article
    assert "Bài 3" not in article.text and "Loạt bài" not in article.text
    assert article.text.count("\n") == 3


def test_a_link_back_to_the_earlier_part_over_the_story_is_no_text():
    back = ('<p><em>Xem Kỳ 1: <a href="/di-san/dau-an-van-hoa-hoa-binh-ky-1.html">Những công cụ ghè đẽo một mặt</a>'
            '</em></p>')
    article = extract(_page(TITLE, back + _story()), URL)
    assert article.is_article
    assert article.text.startswith(PARAGRAPHS[0])


def test_a_festivals_page_saying_it_will_be_held_over_its_time_field_is_no_story():
    body = ("<p>Lễ hội Cầu ngư năm 2024 sẽ được tổ chức tại Lăng Ông Nam Hải, thị trấn Phú Thứ, huyện Tây Hòa. Thông "
            "tin chi tiết về lễ hội như sau:</p><p><b>Thời gian:</b> Từ ngày 28 đến 30/3/2024 (nhằm ngày 19 - 21/2 "
            "năm Giáp Thìn).</p><p><b>Địa điểm:</b> Lăng Ông Nam Hải, khu phố Phú Thạnh, thị trấn Phú Thứ.</p>"
            "<p><b>Đơn vị tổ chức:</b> UBND thị trấn Phú Thứ phối hợp với Ban Quản lý Lăng Ông Nam Hải.</p>"
            "<p><b>Chương trình:</b></p><p>- Ngày 28/3: Lễ rước Ông, lễ khai mạc.</p><p>- Ngày 29/3: Hội đua thuyền "
            "thúng, hát bả trạo, hội thi nấu ăn.</p><p>- Ngày 30/3: Lễ tế Ông, lễ bế mạc.</p><p><b>Liên hệ:</b> Văn "
            "phòng UBND thị trấn Phú Thứ, điện thoại (0257) 3 575 122.</p>")
    page = _page("Lễ hội Cầu ngư thị trấn Phú Thứ năm 2024: Thời gian, địa điểm và chương trình", body).replace(
        "2024-09-17T06:00:00+07:00", "2024-03-20T16:15:00+07:00")
    article = extract(page, URL)
    assert not article.is_article and "event" in article.reason


def test_a_poll_under_a_sapo_set_in_a_heading_is_no_story_and_names_no_writer():
    choices = "".join(f'<li><label><input type="radio" name="candidate" value="{n}"> <b>{name}</b> - {line}</label></li>'
                      for n, (name, line) in enumerate((
                          ("Nguyễn Minh Khôi", "Sinh viên năm 3, ngành Cơ điện tử, nhóm tác giả robot phân loại rác"),
                          ("Lường Thị Thu", "Sinh viên năm 4, ngành Y đa khoa, sáng lập nhóm tình nguyện khám bệnh"),
                          ("Trần Đức Anh", "Sinh viên năm 2, ngành Công nghệ thông tin, huy chương vàng Olympic"),
                          ("Phạm Ngọc Hân", "Sinh viên năm 3, ngành Sư phạm Âm nhạc, lớp hát miễn phí cho trẻ em"))))
    body = (f'<form class="vote-form" action="/ajax/vote.chn" method="post"><p><b>Hạng mục: Bình chọn của độc giả</b>'
            f'</p><ul>{choices}</ul><button type="submit">Bình chọn</button></form><p><b>Thể lệ bình chọn:</b></p><ul>'
            '<li>Thời gian: từ 10h00 ngày 12/9 đến 23h59 ngày 30/9/2024.</li><li>Mỗi tài khoản được bình chọn 1 '
            'lần/ngày cho 1 ứng viên.</li><li>Kết quả được công bố tại lễ trao giải ngày 15/10/2024.</li></ul>')
    sapo = ('<h2 class="knc-sapo">Cổng bình chọn giải thưởng do độc giả quyết định mở từ ngày 12/9 đến hết ngày '
            '30/9/2024. Mỗi tài khoản được bình chọn một lần mỗi ngày.</h2>')
    article = extract(_page("Bình chọn Gương mặt sinh viên tiêu biểu 2024: Ai xứng đáng nhận giải do độc giả quyết "
                            "định?", body, sapo=sapo), URL)
    assert not article.is_article and "poll" in article.reason
    assert article.author != "Phạm Ngọc Hân"


def test_a_shops_product_page_typed_so_by_its_json_ld_is_no_story():
    address = "https://htxsen.example/san-pham/tra-tim-sen-hop-200g/"
    product = ('<script type="application/ld+json">{"@context": "https://schema.org/", "@type": "Product", "@id": '
               f'"{address}#product", "name": "Trà tim sen Tháp Mười hộp 200g", "url": "{address}", "brand": '
               '{"@type": "Brand", "name": "HTX Sen Tháp Mười"}}</script>')
    body = ("<p>Trà tim sen Tháp Mười được làm từ tim của những hạt sen già thu hoạch trên cánh đồng sen của 28 hộ thành "
            "viên hợp tác xã. Mỗi ngày, các chị em trong ấp tỉ mỉ tách từng hạt sen bằng que tre để lấy phần tim.</p>"
            "<p>Sau khi rửa sạch, tim sen được sấy lạnh trong 12 tiếng để giữ nguyên màu xanh và hương thơm tự nhiên. "
            "Trà có vị đắng nhẹ, hậu ngọt, giúp thanh nhiệt và dễ ngủ, phù hợp dùng hằng ngày hoặc làm quà biếu.</p>"
            "<p>Cách dùng: cho 3 – 5g trà vào ấm, tráng qua bằng nước sôi rồi hãm với 200ml nước khoảng 5 phút.</p>")
    article = extract(_page("Trà tim sen Tháp Mười hộp 200g – OCOP 4 sao", body, head=product), address)
    assert not article.is_article and "record" in article.reason
    # the same Product on another page (a post reviewing it): the post's own story
    elsewhere = "https://htxsen.example/tin-tuc/tra-tim-sen-dat-ocop-4-sao/"
    assert extract(_page("Trà tim sen Tháp Mười hộp 200g – OCOP 4 sao", body, head=product), elsewhere).is_article
