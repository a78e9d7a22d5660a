"""The seventy-fourth round's blind misses, by structure: a banner among the paragraphs, the
site's call for its readers' news, an office's photo credit, boards and trade unions named as
accounts, a CMS's default account, and monks' and priests' ranks before a name."""

from __future__ import annotations

from crawler.extract import clean, extract

PARAGRAPHS = (
    "Sáng 27/8, chùa Phúc Long trang nghiêm tổ chức Đại lễ Vu Lan Báo hiếu với sự tham dự của chư tôn đức "
    "Tăng Ni và hàng nghìn Phật tử trong và ngoài tỉnh về tham dự buổi lễ.",
    "Tại buổi lễ, Hòa thượng trụ trì đã chia sẻ ý nghĩa của mùa Vu Lan, nhắc nhở mỗi người con luôn ghi nhớ "
    "công ơn sinh thành, dưỡng dục của cha mẹ và sống hiếu thảo mỗi ngày.",
    "Dịp này, nhà chùa trao 200 suất quà cho các gia đình có hoàn cảnh khó khăn trên địa bàn, mỗi suất quà "
    "gồm gạo, dầu ăn và nhu yếu phẩm thiết yếu trị giá 500.000 đồng.",
)


def _page(body: str, head: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Đại lễ Vu Lan tại chùa Phúc Long</title>
{head}</head><body><main><article><h1>Trang nghiêm Đại lễ Vu Lan Báo hiếu tại chùa Phúc Long</h1>
<div class="date">27/08/2026 20:15</div><div class="detail-content">{body}</div></article></main>
<footer>Cổng thông tin Phật giáo tỉnh</footer></body></html>"""


URL = "https://phatgiao.example/trang-nghiem-dai-le-vu-lan-d12377.html"


def test_a_banner_among_the_paragraphs_is_no_text():
    banner = ('<div class="box_ads_inserter"><div id="zone-ad"><a href="https://www.youtube.com/@kenh" target="_blank"'
              ' rel="nofollow"><img src="https://cdn.example/banner-youtube.jpg" alt="Kênh TV"></a>'
              '<p class="ads-note">Đăng ký kênh YouTube của Cổng thông tin để xem trực tiếp các Đại lễ</p></div></div>')
    paragraphs = [f"<p>{p}</p>" for p in PARAGRAPHS]
    article = extract(_page(paragraphs[0] + banner + "".join(paragraphs[1:])), URL)
    assert article.text.splitlines() == list(PARAGRAPHS)


def test_a_story_s_own_photo_and_caption_stay():
    # A photo linked to its larger file (on a CDN) is the story's, its caption too.
    figure = ('<p><a href="https://cdn.example/files/2026/08/le-vu-lan-lon.jpg" target="_blank"><img '
              'src="https://cdn.example/files/2026/08/le-vu-lan.jpg"></a></p>'
              '<p><em>Chư tôn đức cử hành nghi thức bông hồng cài áo tại lễ đài chính của chùa.</em></p>')
    article = extract(_page(f"<p>{PARAGRAPHS[0]}</p>{figure}<p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>"), URL)
    assert "bông hồng cài áo" in article.text


def test_the_site_s_call_for_its_readers_news_is_no_text():
    call = ('<p class="add-end-note"><em>Mọi tin bài, hình ảnh Phật sự xin gửi về Ban Biên tập Cổng thông tin qua '
            'email bbt@phatgiao.example hoặc Zalo 0912 168 570.</em></p>')
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    extra = "<p>Buổi lễ khép lại trong không khí ấm áp, thiêng liêng của mùa báo hiếu năm nay tại địa phương.</p>"
    article = extract(_page(paragraphs + extra + '<p style="text-align: right;"><strong>Tâm Nhã</strong></p>' + call),
                      URL)
    assert "Mọi tin bài" not in article.text and article.author == "Tâm Nhã"


def test_an_office_s_photo_credit_is_no_writer_nor_text():
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    extra = "<p>Buổi lễ khép lại trong không khí ấm áp, thiêng liêng của mùa báo hiếu năm nay tại địa phương.</p>"
    article = extract(_page(paragraphs + extra + '<p class="has-text-align-right"><em>Ảnh: Ban Truyền thông Giáo phận'
                                                  '</em></p>'), URL)
    assert article.author is None and "Ban Truyền thông" not in article.text


def test_boards_and_trade_unions_named_as_accounts_are_organisations():
    assert clean.is_organisation("Ban Truyền Thông") and clean.is_organisation("Đoàn Thanh Niên")
    assert clean.is_organisation("Công đoàn các KCN")
    assert not clean.is_organisation("Ban Mai") and not clean.is_organisation("Đoàn Văn Hùng")
    assert not clean.is_organisation("Nguyễn Công Đoàn")
    head = '<meta name="author" content="Ban Truyền Thông" />'
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    extra = "<p>Buổi lễ khép lại trong không khí ấm áp, thiêng liêng của mùa báo hiếu năm nay tại địa phương.</p>"
    article = extract(_page(paragraphs + extra + '<p style="text-align: right;"><strong>Giuse Hoàng Quân</strong></p>',
                            head), URL)
    assert article.author == "Giuse Hoàng Quân"


def test_a_cms_s_default_account_is_nobody():
    assert clean.is_account("SuperUser Account") and clean.is_account("Host Account")


def test_a_monk_s_or_a_priest_s_rank_is_no_part_of_the_name():
    assert clean.without_rank("ĐĐ.Thích Quảng Tịnh") == "Thích Quảng Tịnh"
    assert clean.without_rank("Lm. Giuse Nguyễn Văn An") == "Giuse Nguyễn Văn An"
    assert clean.without_rank("Hòa thượng Thích Thanh Tịnh") == "Thích Thanh Tịnh"
    assert clean.without_rank("TT Huế") == "TT Huế"   # no dot: no rank


def test_a_rank_over_a_signature_set_apart_is_read_where_the_page_asks_no_question():
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    extra = "<p>Buổi lễ khép lại trong không khí ấm áp, thiêng liêng của mùa báo hiếu năm nay tại địa phương.</p>"
    signed = '<p style="text-align: right;"><strong>ĐĐ.Thích Quảng Tịnh</strong></p>'
    assert extract(_page(paragraphs + extra + signed), URL).author == "Thích Quảng Tịnh"
    # Under a reader's question the ranked name signs the expert's answer: no writer of the page.
    asked = ("<p><strong>Hỏi:</strong> Tôi là lao động tự do, năm nay 58 tuổi, đã đóng bảo hiểm xã hội tự nguyện "
             "được 12 năm. Xin hỏi tôi có được đóng một lần cho những năm còn thiếu để hưởng lương hưu không?</p>"
             "<p><strong>Trả lời:</strong> Theo quy định của Luật Bảo hiểm xã hội năm 2024, người tham gia bảo hiểm xã "
             "hội tự nguyện đã đủ tuổi nghỉ hưu mà thời gian đóng còn thiếu không quá 10 năm thì được đóng một lần "
             "cho số năm còn thiếu để hưởng lương hưu theo quy định.</p>")
    expert = '<p style="text-align: right;"><strong>Luật sư Nguyễn Hữu Phước</strong></p>'
    assert extract(_page(asked + expert), URL).author is None
