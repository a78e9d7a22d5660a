"""Extraction on pages whose class and id names say nothing (CSS modules, hashed or numbered
names: ``benchmarks/scramble.py`` measures it on every family): the lead, the author block
and the headline found by where they stand and what they read like."""

from __future__ import annotations

import pytest

from crawler.extract import extract

STORY = ("Theo báo cáo, trong tháng 5, sản xuất nông nghiệp của tỉnh được chỉ đạo đúng khung thời vụ; tổng "
         "thu ngân sách trên địa bàn đạt 385 tỷ đồng, bằng 48% dự toán năm.",
         "Công tác giải phóng mặt bằng các dự án trọng điểm được tập trung chỉ đạo, tỷ lệ giải ngân vốn đầu "
         "tư công đến nay đạt 31,5% kế hoạch, cao hơn cùng kỳ năm trước.",
         "Kết luận phiên họp, Chủ tịch UBND tỉnh yêu cầu các sở, ngành khẩn trương tháo gỡ vướng mắc, chủ "
         "động phương án phòng, chống thiên tai mùa mưa bão năm nay.")
LEAD = ("Chiều 20/5, Chủ tịch UBND tỉnh chủ trì phiên họp thường kỳ tháng 5 để đánh giá tình hình kinh tế - "
        "xã hội và cho ý kiến vào một số nội dung quan trọng.")
TITLE = "UBND tỉnh họp phiên thường kỳ tháng 5 năm 2024"
URL = "http://127.0.0.1:8000/tin-tuc/ubnd-tinh-hop-phien-thuong-ky-thang-5-2024-245871.html"
SIDEBAR = ("<div class='q7x'><div class='k2m'>Tin khác</div><ul class='r8p'>"
           "<li><a href='/tin-tuc/bac-kan-day-manh-tieu-thu-san-pham-ocop-245790.html'>Đẩy mạnh tiêu thụ sản phẩm "
           "OCOP qua sàn thương mại điện tử</a></li>"
           "<li><a href='/tin-tuc/hoan-thanh-sua-chua-duong-tinh-258-245700.html'>Hoàn thành sửa chữa đường tỉnh "
           "258 đoạn Chợ Rã - Ba Bể</a></li></ul></div>")


def story(*, top: str = "", after: str = "", headline: str = f"<h3 class='h5t'>{TITLE}</h3>",
          title_tag: str = TITLE, og: bool = True) -> str:
    """A story in blocks named for nothing: ``top`` between the headline and the body (in the
    container they share), ``after`` right after the body."""
    og_tags = f"<meta property='og:title' content='{TITLE}'>" if og else ""
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return (f"<html lang='vi'><head><title>{title_tag}</title>{og_tags}</head><body>"
            f"<div class='a1b'><div class='c9z'><a href='/'>Cổng Thông tin điện tử tỉnh</a></div></div>"
            f"<div class='x0q'><div class='m3n'>{headline}<div class='p4r'><div class='t6y'>"
            f"<div class='d8e'>20/05/2024 16:30</div>{top}<div class='b2w'>{paragraphs}</div>{after}</div></div>"
            f"</div><div class='s5k'>{SIDEBAR}</div></div>"
            f"<div class='f1f'><p>Giấy phép số 12/GP-STTTT. Địa chỉ: 05 Trường Chinh, thành phố Bắc Kạn.</p>"
            f"<div class='f2f'>Powered By Liferay</div></div></body></html>")


def test_a_lead_in_the_container_of_the_body_is_the_lead():
    article = extract(story(top=f"<div class='zz1'><strong>{LEAD}</strong></div>"), URL)
    assert article.text.split("\n") == [LEAD, *STORY]


def test_a_caption_named_description_is_no_lead():
    figure = ("<figure class='q1'><img src='/a.jpg' alt=''><figcaption itemprop='description'>Đồng chí Chủ "
              "tịch UBND tỉnh phát biểu kết luận phiên họp</figcaption></figure>")
    page = story(top=f"<p class='zz1'>{LEAD}</p>").replace(f"<p>{STORY[1]}</p>", f"<p>{STORY[1]}</p>{figure}")
    lines = extract(page, URL).text.split("\n")
    assert lines[0] == LEAD and lines[-1] == STORY[-1]


@pytest.mark.parametrize("top, after, author", [
    ("<div class='u7'><span class='u8'>Minh Khôi</span></div>", "", "Minh Khôi"),
    ("<div class='u7'>Minh Anh (CTV)</div>", "", "Minh Anh"),
    ("", "<div class='u9'><strong>Quang Vinh</strong></div>", "Quang Vinh"),
    # one card a person, in a meta bar beside the date and the views
    ("<div class='u7'><span class='v1'>Hoàng Lộc</span><span class='v1'>Phương Hằng</span></div>", "",
     "Hoàng Lộc, Phương Hằng"),
    ("<div class='u7'><span class='v2'>thứ ba, 21/05/2024</span> <span class='v3'><i class='v5'></i> Thanh Tâm - "
     "Quốc Huy</span> <span class='v4'>1.097</span></div>", "", "Thanh Tâm - Quốc Huy"),
])
def test_an_author_block_named_for_nothing(top, after, author):
    article = extract(story(top=top, after=after), URL)
    assert article.author == author
    assert article.text.split("\n") == list(STORY)


@pytest.mark.parametrize("top, after", [
    ("", ""),                                                                # the footer's "Powered By Liferay"
    ("<div class='u7'>Người hỏi: <span>Phan Văn Dũng</span> (xã Hải Thượng)</div>", ""),   # inside a line
    ("", "<div class='u9'>Trường Đại Học Nông Lâm</div>"),                  # an organisation
    ("<div class='u7'>Ông Hồ Xuân Hòe</div>", ""),                          # a person named with an honorific
    ("", "<div class='u9'>Tuyen Quang Provincial Portal</div>"),            # no Vietnamese name
])
def test_a_short_title_case_line_is_no_author(top, after):
    assert extract(story(top=top, after=after), URL).author is None


@pytest.mark.parametrize("label", ["LƯỢT XEM", "Lượt đọc", "Chia sẻ"])
def test_a_counters_label_alone_is_no_author(label):
    # A share bar's counters, each a number over its label in a block of its own: the label
    # reads like two capitalised words, no writer's name.
    counters = (f"<div class='u7'><div class='c1'><b class='c2'>1.2k</b><i class='c3'>{label}</i></div>"
                f"<div class='c1'><b class='c2'>42</b></div></div>")
    assert extract(story(top=counters), URL).author is None
    # A writer's name in the same bar is still the author.
    named = counters.replace("<div class='c1'>", "<div class='c1'><em class='c4'>Thanh Tâm</em></div>"
                             "<div class='c1'>", 1)
    assert extract(story(top=named), URL).author == "Thanh Tâm"


def test_a_headline_in_a_plain_span_followed_by_its_date_line():
    dateline = "<div class='d9d'>Cập nhật lúc: 16:30 20/05/2024 | Lượt xem: 1532</div>"
    page = story(headline=f"<span class='k1k'>{TITLE}</span>{dateline}", title_tag="Chi tiết tin", og=False)
    article = extract(page, URL)
    assert (article.title, article.published) == (TITLE, "2024-05-20T16:30:00+07:00")
    assert article.text.split("\n") == list(STORY)
    # A line in capitals (a banner's name), or one no date follows, is no headline.
    for other in (f"<span class='k1k'>{TITLE.upper()}</span>{dateline}", f"<span class='k1k'>{TITLE}</span>"):
        assert extract(story(headline=other, title_tag="Chi tiết tin", og=False), URL).title != TITLE


def test_a_lead_after_the_lead_photo_is_no_caption():
    # The story's photo in a block of its own, then the lead: prose, not a short, italic or
    # centred caption under it.
    photo = "<div class='g3'><img src='/anh/phien-hop.jpg' alt=''></div>"
    article = extract(story(top=f"{photo}<div class='zz1'>{LEAD}</div>"), URL)
    assert article.text.split("\n") == [LEAD, *STORY]
    caption = "<div class='zz1' style='text-align:center'>Quang cảnh phiên họp thường kỳ tháng 5 của UBND tỉnh " \
              "chiều 20/5 tại trụ sở Ủy ban nhân dân tỉnh.</div>"
    assert extract(story(top=f"{photo}{caption}"), URL).text.split("\n") == list(STORY)


def test_a_lead_opening_the_body_in_a_block_of_its_own():
    page = story().replace("<div class='b2w'>", f"<div class='b2w'><div class='zz1'>{LEAD}</div>")
    assert extract(page, URL).text.split("\n") == [LEAD, *STORY]


IMPRINT = ("<div class='w1'><div class='w2'>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC KẠN</div>"
           "<div class='w3'><p>Cơ quan chủ quản: Văn phòng UBND tỉnh Bắc Kạn. Địa chỉ: Tổ 1, phường Đức Xuân, "
           "thành phố Bắc Kạn.</p><p>Giấy phép số 45/GP-TTĐT ngày 12/6/2018 do Cục Phát thanh, truyền hình và "
           "thông tin điện tử cấp.</p><p>Ghi rõ nguồn \"Cổng thông tin điện tử tỉnh Bắc Kạn\" khi phát hành lại "
           "thông tin từ cổng này.</p></div></div>")


def test_an_imprint_in_a_plain_div_is_no_text():
    # The foot of the page in <div>s named for nothing (no <footer>): its lines
    # (publisher, licence, reprint notice) say what it is.
    page = story().replace("<div class='f1f'>", f"{IMPRINT}<div class='f1f'>")
    article = extract(page, URL)
    assert article.text.split("\n") == list(STORY)
    # A story that quotes a licence number keeps its paragraph.
    quoted = f"<p>Giấy phép số 45/GP-UBND được cấp cho doanh nghiệp từ năm 2018, {STORY[0][:60]}.</p>"
    kept = extract(story().replace(f"<p>{STORY[0]}</p>", f"<p>{STORY[0]}</p>{quoted}"), URL).text
    assert "Giấy phép số 45/GP-UBND" in kept


@pytest.mark.parametrize("heading", [f"1 bình luận về “{TITLE}”", "Bình luận"])
def test_a_comment_thread_named_for_nothing_is_no_text(heading):
    comment = ("<div class='n4'><div class='n5'><img src='/avatar.png' alt=''><b>Nguyễn Văn Hùng</b></div>"
               "<div class='n6'><a href='#c-1180'>20/05/2024 lúc 20:10</a></div><div class='n7'><p>Mong tỉnh sớm "
               "giải ngân vốn cho các dự án giao thông, đường về xã tôi mùa mưa đi lại rất khó khăn. Năm ngoái "
               "lũ về, cả thôn bị chia cắt gần một tuần, học sinh phải nghỉ học, nông sản không bán được, bà con "
               "rất mong con đường được nâng cấp trước mùa mưa bão năm nay.</p></div></div>")
    thread = (f"<div class='n1'><div class='n2'><h2 class='n3'>{heading}</h2></div><div class='n8'>{comment}</div>"
              "</div><div class='nr'><h3 class='n9'>Gửi bình luận</h3><form class='n0' action='/binh-luan' "
              "method='post'><textarea name='c'></textarea><button>Gửi</button></form></div>")
    article = extract(story(after=thread), URL)
    assert article.text.split("\n") == list(STORY)



def test_an_opinion_kicker_named_like_a_thread_keeps_its_story():
    """"Bình luận" is also a section (commentary): its kicker above the headline and the
    story, in the block they share, is no comment thread."""
    page = story(headline=f"<div class='k3c'>Bình luận</div><h2 class='h5t'>{TITLE}</h2>")
    article = extract(page, URL)
    assert article.is_article, article.reason
    assert (article.title, article.text.split("\n")) == (TITLE, list(STORY))

def test_an_imprint_line_followed_by_a_dated_licence_is_no_headline():
    # A list page of a portal with no heading: its footer's "Cơ quan chủ quản: …" has a dated
    # licence line after it and the imprint's prose, but it is no story's headline.
    footer = ("<div class='z1'><div class='z2'>Cơ quan chủ quản: Hiệp hội Phát triển Nông thôn Việt Nam</div>"
              "<div class='z3'>Giấy phép số 312/GP-BTTTT ngày 15/6/2022</div>"
              + "".join(f"<p>{p}</p>" for p in STORY) + "</div>")
    page = f"<html lang='vi'><head><title>Kinh tế</title></head><body><div class='z0'>{footer}</div></body></html>"
    assert extract(page, "http://127.0.0.1:8000/kinh-te").title != "Cơ quan chủ quản: Hiệp hội Phát triển Nông thôn Việt Nam"
