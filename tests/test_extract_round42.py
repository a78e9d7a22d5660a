"""The forty-first round's blind misses: a gallery of figures, each with its caption; two teaser
links set on lines of their own in one table cell inside the body; an author box marked up as the
author's Person; a notice headed by its issuer ("Báo … thông báo tuyển dụng …"); a schedule's
table of three rows whose rows open on "Sáng thứ Sáu" and "Từ 7 giờ 30"; an event's fields as a
page builder's cards, a bold label over its value each."""

from __future__ import annotations

from crawler.extract import detect, extract

URL = "https://baotinh.example/tin-tuc/bai-viet-331180.html"
LEAD = ("Sáng 12/3, UBND huyện Võ Nhai tổ chức hội nghị tổng kết công tác phòng, chống thiên tai năm 2023 và triển "
        "khai nhiệm vụ năm 2024 với sự tham dự của lãnh đạo các xã, thị trấn.")
PARAGRAPHS = (
    "Năm 2023, trên địa bàn huyện xảy ra 4 đợt mưa lớn kèm lốc xoáy làm hư hại 126 ngôi nhà, gần 40 ha lúa và "
    "hoa màu. Ngay sau mỗi đợt thiên tai, các xã đã huy động lực lượng giúp người dân khắc phục hậu quả.",
    "Huyện đã chủ động rà soát 18 điểm có nguy cơ sạt lở, lắp đặt biển cảnh báo và xây dựng phương án di dời "
    "các hộ dân ở khu vực nguy hiểm đến nơi an toàn trước mùa mưa bão.",
    "Phát biểu chỉ đạo, lãnh đạo huyện đề nghị các địa phương tiếp tục kiện toàn ban chỉ huy phòng chống thiên "
    "tai, chuẩn bị đủ vật tư, phương tiện theo phương châm bốn tại chỗ.",
)


def _page(title: str, body: str, *, after: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title} - Báo Tỉnh</title>
<meta property="og:type" content="article"><meta property="og:title" content="{title}">
<meta property="article:published_time" content="2024-03-12T08:45:00+07:00"></head><body>
<div class="header"><a href="/">Báo Tỉnh điện tử</a> <span class="today">Thứ Sáu, ngày 15/03/2024</span>
<ul class="menu"><li><a href="/thoi-su/">Thời sự</a></li><li><a href="/kinh-te/">Kinh tế</a></li>
<li><a href="/xa-hoi/">Xã hội</a></li></ul></div>
<div class="main"><article class="news_detail"><h1 class="title">{title}</h1>
<div class="date">Thứ Ba 12/03/2024 - 08:45</div><div class="content">{body}</div>{after}</article>
<div class="sidebar"><h3>Đọc nhiều nhất</h3><ul>
<li><a href="/xa-hoi/tuyen-truyen-phong-chong-ma-tuy-trong-truong-hoc-331101.html">Tuyên truyền phòng, chống ma túy
trong trường học năm 2024</a></li>
<li><a href="/kinh-te/nong-dan-dai-tu-mo-rong-dien-tich-che-dong-331120.html">Nông dân Đại Từ mở rộng diện tích
chè đông</a></li></ul></div></div>
<div class="footer">Cơ quan của Đảng bộ tỉnh. Giấy phép số 123/GP-BTTTT.</div></body></html>"""


def _story(*middle: str) -> str:
    return f"<p><strong>{LEAD}</strong></p><p>{PARAGRAPHS[0]}</p>{''.join(middle)}" \
           f"<p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>"


def test_every_picture_of_a_gallery_keeps_its_caption():
    captions = ("Màn đồng diễn hát then, đàn tính của câu lạc bộ văn nghệ xóm Khuôn Câm.",
                "Phần thi kéo co của nam thanh niên các xóm.",
                "Các đội thi gói bánh chưng, bánh dày trong phần thi ẩm thực truyền thống.")
    figures = "".join(f'<figure class="wp-block-image size-large"><img src="/uploads/{n}.jpg" alt="">'
                      f'<figcaption class="wp-element-caption">{c}</figcaption></figure>'
                      for n, c in enumerate(captions))
    gallery = f'<figure class="wp-block-gallery has-nested-images columns-2">{figures}</figure>'
    article = extract(_page("Võ Nhai tổng kết công tác phòng, chống thiên tai năm 2023", _story(gallery)), URL)
    assert article.is_article
    assert all(c in article.text for c in captions)


def test_two_teaser_links_in_one_cell_inside_the_body_are_a_box():
    teasers = ("[Ảnh] Rộn ràng Ngày hội văn hóa các dân tộc huyện Võ Nhai",
               "Ngoại giao địa phương: Từ biên bản ghi nhớ đến dự án cụ thể")
    links = "".join(f'<a href="/van-hoa/bai-{n}-27451{n}.html" title="{t}" style="clear: both; float: left;">{t}</a>'
                    for n, t in enumerate(teasers))
    box = f'<table class="related" style="width: 100%;"><tbody><tr><td align="left">{links}</td></tr></tbody></table>'
    article = extract(_page("Võ Nhai tổng kết công tác phòng, chống thiên tai năm 2023", _story(box)), URL)
    assert article.is_article
    assert not any(t in article.text for t in teasers)
    assert PARAGRAPHS[1] in article.text


def test_an_author_box_marked_up_as_the_authors_person_is_no_text():
    card = ('<div class="saboxplugin-wrap" itemtype="http://schema.org/Person" itemscope itemprop="author">'
            '<div class="saboxplugin-gravatar"><img alt="Lê Quang Huy" src="/avatar.jpg"></div>'
            '<div class="saboxplugin-authorname"><a href="/author/le-quang-huy/" class="vcard author">'
            '<span class="fn" itemprop="name">Lê Quang Huy</span></a></div><div class="saboxplugin-desc">'
            '<div itemprop="description"><p>Cộng tác viên Ban Tuyên giáo Tỉnh Đoàn, phụ trách chuyên mục Gương sáng '
            'tuổi trẻ.</p></div></div></div>')
    article = extract(_page("Võ Nhai tổng kết công tác phòng, chống thiên tai năm 2023", _story() + card), URL)
    assert article.is_article
    assert "Cộng tác viên" not in article.text and article.text.endswith(PARAGRAPHS[2])


RECRUITMENT = ("<p>Căn cứ kế hoạch tuyển dụng viên chức năm 2024 đã được phê duyệt, Báo Tỉnh thông báo tuyển dụng "
               "viên chức như sau:</p><p><strong>1. Vị trí việc làm, số lượng cần tuyển</strong></p>"
               "<p>- Phóng viên (hạng III): 02 chỉ tiêu.</p><p>- Biên tập viên (hạng III): 01 chỉ tiêu.</p>"
               "<p><strong>2. Điều kiện đăng ký dự tuyển</strong></p><p>- Có quốc tịch Việt Nam, cư trú tại Việt Nam; "
               "đủ 18 tuổi trở lên; có lý lịch rõ ràng; đủ sức khỏe để thực hiện nhiệm vụ.</p><p>- Tốt nghiệp đại "
               "học trở lên các chuyên ngành báo chí, truyền thông, ngữ văn phù hợp với vị trí dự tuyển.</p>"
               "<p><strong>3. Hồ sơ đăng ký dự tuyển</strong></p><p>- Phiếu đăng ký dự tuyển theo mẫu ban hành kèm "
               "theo Nghị định số 115/2020/NĐ-CP.</p><p><strong>4. Thời gian, địa điểm nhận hồ sơ</strong></p>"
               "<p>- Thời gian: Từ ngày 11/3/2024 đến hết ngày 10/4/2024 (trong giờ hành chính).</p><p>- Địa điểm: "
               "Phòng Hành chính - Trị sự, Báo Tỉnh, số 2, đường Nha Trang, TP. Thái Nguyên. Điện thoại: "
               "0208.3855.446.</p>")


def test_a_notice_headed_by_its_issuer_is_no_story():
    title = "Báo Tỉnh thông báo tuyển dụng viên chức năm 2024"
    article = extract(_page(title, RECRUITMENT), URL)
    # Refused as terms numbered under their opening since round 46; the issuer's notice reads so too.
    assert not article.is_article and detect.issued(title, article.text, 0)


def test_a_report_that_someone_announced_stays_a_story():
    article = extract(_page("Sở Nội vụ vừa thông báo tuyển dụng 120 giáo viên năm 2024", RECRUITMENT), URL)
    assert article.is_article


def test_a_schedules_table_of_three_rows_under_its_name_is_no_story():
    table = ('<p>Văn phòng Tỉnh ủy thông báo lịch tiếp công dân định kỳ tháng 3/2024 của đồng chí Bí thư Tỉnh ủy '
             'như sau:</p><table border="1"><tbody><tr><td><strong>Thời gian</strong></td><td><strong>Nội dung'
             '</strong></td><td><strong>Địa điểm</strong></td></tr><tr><td>Sáng thứ Sáu, ngày 15/3/2024</td><td>Bí '
             'thư Tỉnh ủy tiếp công dân định kỳ</td><td>Trụ sở Tiếp công dân tỉnh, số 8, đường Đội Cấn</td></tr>'
             '<tr><td>Từ 7 giờ 30 phút</td><td>Tiếp nhận, đăng ký nội dung công dân trình bày</td><td>Phòng tiếp '
             'công dân số 1</td></tr></tbody></table><p>- Thành phần: Lãnh đạo Ban Nội chính Tỉnh ủy, Thanh tra '
             'tỉnh, Ban Tiếp công dân tỉnh và các sở, ngành liên quan.</p><p>- Công dân đến đăng ký mang theo căn '
             'cước công dân và giấy tờ liên quan đến nội dung trình bày.</p>')
    article = extract(_page("Lịch tiếp công dân định kỳ tháng 3/2024 của Bí thư Tỉnh ủy", table), URL)
    assert not article.is_article and "schedule" in article.reason


def _card(label: str, value: str) -> str:
    return (f'<div class="gb-grid-column"><div class="gb-container"><div class="gb-inside-container">'
            f'<p class="gb-headline"><strong>{label}</strong></p><p class="gb-headline">{value}</p></div></div></div>')


def test_an_events_fields_as_a_builders_cards_ahead_of_it_are_its_page():
    body = ("<p>Nhằm chào mừng kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2024), Ban Thường vụ "
            "Tỉnh Đoàn tổ chức Hội trại “Tuổi trẻ Quảng Ngãi - Tự hào tiến bước dưới cờ Đảng” năm 2024.</p>"
            '<div class="gb-grid-wrapper">' + _card("Thời gian", "Từ 7h00 ngày 20/7 đến 11h00 ngày 21/7/2024")
            + _card("Địa điểm", "Công viên Ba Tơ, TP Quảng Ngãi")
            + _card("Đối tượng", "Mỗi Đoàn trực thuộc cử 01 trại gồm 30 trại sinh")
            + _card("Hạn đăng ký", "Trước ngày 10/7/2024") + "</div>"
            "<p><strong>Nội dung hội trại:</strong> thi dựng trại, cổng trại; hội thi tìm hiểu lịch sử Đảng bộ tỉnh; "
            "thi văn nghệ, trò chơi dân gian; lửa trại.</p><p>Mọi chi tiết xin liên hệ Ban Phong trào Tỉnh Đoàn, "
            "điện thoại 0255.3822.505.</p>")
    article = extract(_page("Hội trại “Tuổi trẻ Quảng Ngãi - Tự hào tiến bước dưới cờ Đảng” năm 2024", body), URL)
    assert not article.is_article and "event" in article.reason


def test_a_next_and_previous_pair_is_no_box_that_takes_the_posts_footer():
    nav = ('<footer><p class="taxonomies">Chuyên mục: <a href="/categories/tin-nghe-ca/">Tin nghề cá</a></p>'
           '<p>Published by Nguyễn Hải Đăng</p><nav class="post-nav"><p><a href="/posts/tro-chuyen-voi-thuyen-'
           'truong-le-van-sau/">&laquo; Trò chuyện với thuyền trưởng Lê Văn Sáu về nghề câu cá ngừ đại dương</a> | '
           '<a href="/posts/ghi-chep-tu-chuyen-khao-sat-ran-san-ho/">Ghi chép từ chuyến khảo sát rạn san hô Hòn Mun '
           'mùa gió chướng &raquo;</a></p></nav></footer>')
    article = extract(_page("Võ Nhai tổng kết công tác phòng, chống thiên tai năm 2023", _story(), after=nav), URL)
    assert article.is_article
    assert article.author == "Nguyễn Hải Đăng"
