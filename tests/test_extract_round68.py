"""The sixty-eighth round's blind misses, by structure: the metadata naming the account that
posted a story while the page prints its writer, a writer's channel after a dash, a pointer line
to another story (or to this one in another language), a video's and a podcast episode's page
of one line, a reader's question under its label alone, and an edition's translation."""

from __future__ import annotations

from crawler.extract import extract

PARAGRAPHS = (
    "Những ngày cuối tháng 11, các doanh nghiệp chế biến gỗ trong vùng đồng loạt tăng ca để kịp giao các đơn hàng "
    "cuối năm, sản lượng xuất khẩu ước tăng khoảng 15% so với cùng kỳ năm trước.",
    "Theo hiệp hội ngành hàng, năm nay nhiều doanh nghiệp đầu tư thêm dây chuyền sấy và phần mềm truy xuất nguồn "
    "gốc, giúp rút ngắn thời gian chuẩn bị hồ sơ cho mỗi lô hàng xuống còn một nửa.",
    "Từ nay đến Tết Nguyên đán, các nhà máy dự kiến cần thêm khoảng 2.000 lao động thời vụ, phần lớn ở các khâu "
    "chà nhám, sơn và đóng gói sản phẩm cho các đối tác ở Mỹ và châu Âu.",
)
BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
TITLE = "Doanh nghiệp gỗ tăng ca giữ đơn hàng cuối năm"


def _page(content: str, head: str = "", title: str = TITLE, byline: str = "", lang: str = "vi") -> str:
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:type" content="article">{head}</head><body><header><a href="/">Trang chủ</a>
<a href="/kinh-doanh/">Kinh doanh</a><a href="/lien-he/">Liên hệ</a></header><main><article><h1>{title}</h1>
{byline}<div class="date">24/11/2026 07:40</div><div class="entry-content">{content}</div></article></main>
<footer>© Tuần báo Kinh tế</footer></body></html>"""


POSTED_BY = ('<meta name="author" content="Trung Chánh"><script type="application/ld+json">{"@context": '
             '"https://schema.org", "@type": "NewsArticle", "headline": "' + TITLE + '", "datePublished": '
             '"2026-11-24T07:40:00+07:00", "author": {"@type": "Person", "name": "Trung Chánh"}}</script>')


def test_the_writer_the_author_block_prints_wins_over_the_account_the_metadata_names():
    byline = '<div class="content-tacgia"><span class="tdb-author-name">Lê Hoàng - Văn Nam</span></div>'
    article = extract(_page(BODY, POSTED_BY, byline=byline), "https://ktsg.example/doanh-nghiep-go-tang-ca/")
    assert article.author == "Lê Hoàng - Văn Nam"
    assert article.text.splitlines() == list(PARAGRAPHS)


def test_the_metadata_s_writer_stays_where_the_page_prints_that_name_too():
    # (the author block names another; the page shows the metadata's writer too: no account)
    byline = '<div class="content-tacgia"><span class="tdb-author-name">Lê Hoàng</span></div>'
    signed = '<p class="note">Ảnh bìa: Trung Chánh chụp tại nhà máy.</p>'
    article = extract(_page(BODY + signed, POSTED_BY, byline=byline), "https://ktsg.example/doanh-nghiep-go-tang-ca/")
    assert article.author == "Trung Chánh"


def test_a_writer_s_channel_after_a_dash_is_no_part_of_the_name():
    head = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            '"headline": "' + TITLE + '", "author": {"@type": "Person", "name": "Phương Uyên - Kênh VOH Giao thông"}}'
            "</script>")
    article = extract(_page(BODY, head), "https://voh.example/thoi-su/doanh-nghiep-go-611198.html")
    assert article.author == "Phương Uyên"


def test_a_pointer_line_to_another_page_is_no_text_whatever_its_label():
    pointer = ('<p><em>Đọc bài viết bằng tiếng Anh: <a href="https://english.ktsg.example/wood-exporters/">Wood '
               "exporters race to meet US traceability demands</a></em></p>")
    article = extract(_page(BODY + pointer), "https://ktsg.example/doanh-nghiep-go-tang-ca/")
    assert article.text.splitlines() == list(PARAGRAPHS)


def test_a_file_or_a_source_under_a_label_stays():
    attached = ('<p>Toàn văn kế hoạch: <a href="/uploads/ke-hoach-tang-ca-cuoi-nam-cua-hiep-hoi-go.pdf">Kế hoạch '
                "hỗ trợ doanh nghiệp gỗ giữ đơn hàng xuất khẩu cuối năm 2026</a></p>")
    article = extract(_page(BODY + attached), "https://ktsg.example/doanh-nghiep-go-tang-ca/")
    assert "Kế hoạch hỗ trợ doanh nghiệp gỗ giữ đơn hàng xuất khẩu cuối năm 2026" in article.text


VIDEO_TITLE = "CSGT mở đường đưa bé trai bị co giật đến bệnh viện giữa giờ cao điểm"
ONE_LINE = ("(CAO) Chiều 6-12, tổ tuần tra Đội CSGT Tân Sơn Nhất dùng xe đặc chủng mở đường cho ô tô chở bé trai "
            "3 tuổi bị co giật vượt qua đoạn kẹt xe dài trên đường Trường Chinh, đến bệnh viện kịp thời.")


def test_a_video_s_page_of_one_line_is_no_article():
    player = ('<div class="embed-responsive"><iframe class="embed-responsive-item" '
              'src="https://www.youtube.com/embed/h7Lp2sV0cQk" allowfullscreen=""></iframe></div>')
    article = extract(_page(f"{player}<p>{ONE_LINE}</p>", title=VIDEO_TITLE),
                      "https://congan.example/video/csgt-mo-duong_170525.html")
    assert not article.is_article
    assert "player" in article.reason


def test_a_podcast_episode_s_page_of_one_line_is_no_article():
    player = '<div class="player"><audio preload="none" src="https://media.example/ep-12.mp3"></audio></div>'
    article = extract(_page(f"<p>{ONE_LINE}</p>{player}", title=VIDEO_TITLE),
                      "https://voh.example/podcast/chuyen-nha-nong-610902.html")
    assert not article.is_article


def test_a_story_with_its_video_is_an_article():
    player = '<iframe src="https://www.youtube.com/embed/h7Lp2sV0cQk"></iframe>'
    article = extract(_page(f"{player}<p>{ONE_LINE}</p>{BODY}", title=VIDEO_TITLE),
                      "https://congan.example/thoi-su/csgt-mo-duong_170525.html")
    assert article.is_article


def test_a_short_brief_with_no_player_is_judged_as_before():
    # (a like button's frame is no player: the page is left to the other signals)
    frame = '<iframe src="https://www.facebook.com/plugins/like.php?href=https%3A%2F%2Fcongan.example"></iframe>'
    with_frame = extract(_page(f"{frame}<p>{ONE_LINE}</p>", title=VIDEO_TITLE),
                         "https://congan.example/thoi-su/csgt-mo-duong_170525.html")
    without = extract(_page(f"<p>{ONE_LINE}</p>", title=VIDEO_TITLE),
                      "https://congan.example/thoi-su/csgt-mo-duong_170525.html")
    assert with_frame.is_article == without.is_article
    assert "player" not in with_frame.reason


QUESTION = ("Bạn đọc Nguyễn Văn Hòa (xã Quảng Phú, tỉnh Thanh Hóa) hỏi: Tháng 3/2026, UBND xã ban hành quyết "
            "định thu hồi một phần đất vườn của gia đình tôi để làm đường. Đến tháng 9/2026 tôi mới biết và muốn "
            "khiếu nại. Xin hỏi tôi còn quyền khiếu nại không?")
ANSWER = ("Điều 9 Luật Khiếu nại năm 2011 quy định thời hiệu khiếu nại là 90 ngày, kể từ ngày nhận được hoặc biết "
          "được quyết định hành chính. Thời gian có trở ngại khách quan không tính vào thời hiệu khiếu nại.",
          "Như vậy, nếu ông chứng minh được việc đi làm ăn xa là trở ngại khách quan, thời gian đó không tính vào "
          "thời hiệu, và ông vẫn có quyền khởi kiện vụ án hành chính tại Tòa án nhân dân có thẩm quyền.")


def test_a_reader_s_question_under_its_label_alone_and_its_answer_is_no_article():
    content = (f'<p class="label">Câu hỏi</p><p>{QUESTION}</p><p class="label">Trả lời</p>'
               f"<p>Luật sư Lê Minh Tuấn, Đoàn Luật sư TP Hà Nội trả lời:</p>" + "".join(f"<p>{p}</p>" for p in ANSWER))
    article = extract(_page(content, title="Hết thời hiệu khiếu nại, người dân có thể làm gì?"),
                      "https://thanhtra.example/ban-doc/-/het-thoi-hieu-khieu-nai")
    assert not article.is_article
    assert "question" in article.reason


ENGLISH = ("Cuu Long Logistics expects its two new dry ports to cut the cost of moving farm exports by a fifth, "
           "its chief executive said in an interview ahead of the year-end harvest season.",
           "The company plans to invest more in cold storage next year, and to link its depots with river barges "
           "so that growers in the delta can ship fruit to the seaports without using the congested highways.",
           "Farm exporters have long complained that trucking costs eat into their margins during the peak months.")


def test_an_edition_s_translation_of_a_story_told_in_vietnamese_is_no_second_article():
    head = ('<link rel="canonical" href="https://ncdt.example/en/ceo/dry-ports-3371388/">'
            '<link rel="alternate" hreflang="vi" href="https://ncdt.example/ceo/cang-can-3371388/">'
            '<link rel="alternate" hreflang="en" href="https://ncdt.example/en/ceo/dry-ports-3371388/">')
    body = "".join(f"<p>{p}</p>" for p in ENGLISH)
    title = "Cuu Long Logistics CEO: dry ports are the key to cheaper farm exports"
    article = extract(_page(body, head, title=title, lang="en"), "https://ncdt.example/en/ceo/dry-ports-3371388/")
    assert not article.is_article
    assert "hreflang" in article.reason
    alone = extract(_page(body, title=title, lang="en"), "https://ncdt.example/en/ceo/dry-ports-3371388/")
    assert alone.is_article   # no Vietnamese page named: an English story is one


def test_the_vietnamese_page_naming_itself_in_its_hreflang_is_an_article():
    head = ('<link rel="canonical" href="https://ncdt.example/ceo/cang-can-3371388/">'
            '<link rel="alternate" hreflang="vi" href="https://ncdt.example/ceo/cang-can-3371388/">'
            '<link rel="alternate" hreflang="en" href="https://ncdt.example/en/ceo/dry-ports-3371388/">')
    article = extract(_page(BODY, head), "https://ncdt.example/ceo/cang-can-3371388/")
    assert article.is_article
