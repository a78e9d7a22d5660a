"""The thirty-first round's non-articles, in other markup than the families': a forum's threads
opened by a few lines (a resident's question, goods for sale, new-year wishes) where the office
posts its news as threads too (``detect.THREAD_TYPES``), and records a feed lists as it lists the
site's stories (a price board with a line beside it, a profile of fields), which the feed no
longer makes news (``detect.record_kind``)."""

from __future__ import annotations

import json

import pytest

from crawler.extract import extract
from crawler.extract.detect import PageContext

BASE = "http://127.0.0.1:8000"

STORY = [
    "Sáng 14/3, Ban Chỉ huy Quân sự phường Phú Lợi phối hợp với Đoàn Thanh niên tổ chức ra quân dọn "
    "vệ sinh tuyến kênh Rạch Bần, khơi thông dòng chảy trước mùa mưa. Hơn 150 đoàn viên, dân quân và "
    "người dân các khu phố 3, 4 và 5 đã tham gia.",
    "Trong buổi sáng, lực lượng ra quân đã vớt bỏ gần 12 tấn rác, lục bình và cành cây mục trên đoạn "
    "kênh dài 1,8 km; đồng thời phát quang bụi rậm hai bên bờ, lắp thêm biển cấm xả rác tại các điểm "
    "thường xuyên bị đổ trộm.",
    "Ông Lê Văn Hiếu, Phó Chủ tịch UBND phường, cho biết phường sẽ duy trì ra quân mỗi tháng một lần "
    "và giao từng tổ dân phố nhận chăm sóc đoạn kênh trước nhà, đưa tiêu chí giữ kênh sạch vào bình xét "
    "khu phố văn hóa cuối năm.",
    "Dịp này, Đoàn Thanh niên phường cũng trao 20 thùng rác có nắp cho các hộ dân sống ven kênh và phát "
    "tờ rơi hướng dẫn phân loại rác tại nguồn.",
]


def discourse_topic(title: str, first: str, replies: list[tuple[str, str]], author: str) -> str:
    """A ward's community site on Discourse, as its server renders a topic for a crawler: the
    crawler layout (the site's header, the topic's title in an ``<h1>`` link, each post a
    ``div.topic-body.crawler-post`` with its ``span.creator`` and ``div.post``), and the
    DiscussionForumPosting JSON-LD Discourse prints for the topic."""
    ld = {"@context": "http://schema.org", "@type": "DiscussionForumPosting", "headline": title,
          "articleBody": first, "author": {"@type": "Person", "name": author},
          "datePublished": "2026-03-14T02:10:00Z", "interactionStatistic": {"userInteractionCount": len(replies)}}
    posts = [(author, first)] + replies
    body = "".join(
        f"""<div id="post_{i}" itemprop="comment" class="topic-body crawler-post"><div class="crawler-post-meta">
<span class="creator" itemprop="author"><a href="/u/u{i}"><span itemprop="name">{who}</span></a></span>
<span class="crawler-post-infos"><time datetime="2026-03-14T0{2 + i}:10:00Z" class="post-time">14/03/2026</time></span>
</div><div class="post" itemprop="text">{"".join(f"<p>{p}</p>" for p in text.split(chr(10)))}</div></div>"""
        for i, (who, text) in enumerate(posts, 1))
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title} - Cộng đồng phường Phú Lợi</title>
<meta property="og:type" content="website"><meta property="og:title" content="{title}">
<meta property="article:published_time" content="2026-03-14T02:10:00+00:00">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head><body class="crawler">
<header><a href="/"><img src="/logo.png" alt="Cộng đồng phường Phú Lợi"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/{title[:10]}/41">{title}</a></h1>
<div class="topic-category"><a href="/c/hoi-dap/5">Hỏi đáp</a></div></div>{body}</div>
<footer class="noscript-footer-nav"><a href="/">Trang chủ</a> <a href="/categories">Chuyên mục</a>
<a href="/guidelines">Nội quy</a></footer><p class="powered-by-link">Powered by Discourse</p></body></html>"""


OFFICE = "Văn phòng UBND phường"


@pytest.mark.parametrize(("title", "first", "replies"), [
    ("Hỏi về thủ tục cấp lại giấy khai sinh bản sao",
     "Cho tôi hỏi cấp lại bản sao giấy khai sinh cho con thì làm ở phường hay phải lên thành phố, cần mang "
     "theo những giấy tờ gì? Cảm ơn cán bộ.",
     [(OFFICE, "Chào anh, anh đến bộ phận một cửa của phường, mang căn cước và sổ hộ khẩu cũ nếu còn. "
               "Thời gian trả kết quả trong ngày.")]),
    ("Cần bán 2 con bò lai sind",
     "Nhà tôi ở khu phố 4 cần bán 2 con bò lai sind, khỏe mạnh, đã tiêm phòng đầy đủ. Ai cần liên hệ "
     "0909 123 456 gặp chú Tám.", []),
    ("Chúc mừng năm mới Bính Ngọ 2026",
     "Chúc bà con khu phố 3 năm mới an khang thịnh vượng, vạn sự như ý!",
     [("Nguyễn Thị Hoa", "Chúc mọi người năm mới vui vẻ."), ("Trần Minh", "Năm mới an khang cả nhà nhé.")]),
], ids=["question", "for-sale", "greetings"])
def test_a_thread_opened_by_a_few_lines_is_no_news(title, first, replies):
    article = extract(discourse_topic(title, first, replies, "Phạm Văn Bảy"), BASE + "/t/chu-de/41",
                      context=PageContext(anchor=title, listed=True, fed=True))
    assert not article.is_article
    assert "forum thread" in article.reason


def test_the_office_s_story_posted_as_a_thread_stays_news():
    title = "Phú Lợi ra quân khơi thông kênh Rạch Bần trước mùa mưa"
    page = discourse_topic(title, "\n".join(STORY) + "\nMinh Tâm",
                           [("Lê Hoàng", "Cảm ơn phường, kênh sạch hẳn.")], OFFICE)
    article = extract(page, BASE + "/t/phu-loi-ra-quan/42")
    assert article.is_article, article.reason
    assert "khơi thông dòng chảy" in article.text


def xenforo_thread(title: str, first: str) -> str:
    """A XenForo 2 thread: the opening post in a microdata DiscussionForumPosting block."""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title} | Diễn đàn nông dân</title>
<meta property="og:type" content="article"><meta property="og:title" content="{title}"></head><body>
<div class="p-header"><a href="/">Diễn đàn nông dân Tây Ninh</a></div>
<div class="p-body-header"><h1 class="p-title-value">{title}</h1></div>
<div class="block-body js-replyNewMessageContainer">
<article class="message message--post" itemscope itemtype="https://schema.org/DiscussionForumPosting">
<meta itemprop="headline" content="{title}"><div class="message-userDetails"><h4 class="message-name" itemprop="author"
itemscope itemtype="https://schema.org/Person"><span itemprop="name">nongdan_tn</span></h4></div>
<header class="message-attribution"><time class="u-dt" datetime="2026-03-10T08:15:00+0700">10/3/26</time></header>
<div class="message-content"><div class="bbWrapper" itemprop="text">{first}</div></div></article>
</div><footer class="p-footer">Diễn đàn nông dân Tây Ninh</footer></body></html>"""


def test_a_thread_in_microdata_opened_by_a_few_lines_is_no_news():
    title = "Ai biết chỗ mua giống mít Thái siêu sớm uy tín không ạ"
    page = xenforo_thread(title, "Mình muốn trồng thử 50 gốc mít Thái siêu sớm, ai biết chỗ bán giống chuẩn "
                                 "ở Tây Ninh chỉ giúp mình với, cảm ơn mọi người nhiều.<br>Mình ở Gò Dầu.")
    article = extract(page, BASE + "/threads/ai-biet-cho-mua-giong-mit.1234/")
    assert not article.is_article
    assert "forum thread" in article.reason


# --- records a feed lists as it lists the stories ------------------------------------------------

def portal_post(title: str, body: str) -> str:
    """A provincial department's portal on a home-grown PHP CMS: every post under its section
    folder with an id, og:type article, a date line under the headline."""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:type" content="article"><meta property="og:title" content="{title}"></head><body>
<div id="header"><div class="logo">SỞ CÔNG THƯƠNG TỈNH GIA LAI</div><div class="today">Thứ Sáu, 20/11/2026</div></div>
<ul id="menu"><li><a href="/">Trang chủ</a></li><li><a href="/thi-truong/">Thị trường</a></li></ul>
<div id="content"><h1 class="news-title">{title}</h1><div class="news-date">20/11/2026 08:05</div>
<div class="news-body">{body}</div></div>
<div id="footer">Sở Công Thương tỉnh Gia Lai - 26 Trần Hưng Đạo, TP. Pleiku</div></body></html>"""


PRICES = [("Cà phê nhân", "Pleiku", "113.000", "+500"), ("Cà phê nhân", "Chư Sê", "112.700", "+500"),
          ("Hồ tiêu", "Chư Sê", "145.000", "0"), ("Hồ tiêu", "Đức Cơ", "144.500", "-500"),
          ("Cao su mủ nước", "Chư Păh", "420", "+10"), ("Điều thô", "Kông Chro", "31.000", "0")]


def test_a_price_board_a_feed_lists_is_still_a_record():
    title = "Giá nông sản tại Gia Lai ngày 20/11/2026"
    table = ("<table><tr><th>Mặt hàng</th><th>Địa bàn</th><th>Giá (đ/kg)</th><th>Tăng/giảm</th></tr>"
             + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in PRICES) + "</table>")
    page = portal_post(title, "<p>Giá một số mặt hàng nông sản sáng nay:</p>" + table
                       + "<p><em>Giá mang tính tham khảo.</em></p>")
    url = BASE + "/thi-truong/gia-nong-san-tai-gia-lai-ngay-20-11-2026-8812.html"
    for context in (None, PageContext(anchor=title, listed=True, fed=True)):
        article = extract(page, url, context=context)
        assert not article.is_article, context
        assert "table" in article.reason


def test_a_market_story_with_its_table_a_feed_lists_stays_news():
    title = "Giá cà phê tại Gia Lai tăng phiên thứ ba liên tiếp"
    table = ("<table><tr><th>Mặt hàng</th><th>Địa bàn</th><th>Giá (đ/kg)</th><th>Tăng/giảm</th></tr>"
             + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in PRICES[:3]) + "</table>")
    prose = ("<p>Sáng 20/11, giá cà phê nhân tại các địa phương của Gia Lai tiếp tục tăng 500 đồng/kg, phiên "
             "tăng thứ ba liên tiếp, đưa giá lên mức cao nhất kể từ đầu tháng. Theo các đại lý thu mua ở "
             "Pleiku, lượng hàng về chậm do mưa kéo dài làm chậm thu hoạch ở nhiều vườn.</p>" + table
             + "<p>Ông Nguyễn Văn Lực, chủ một đại lý ở Chư Sê, cho biết nông dân đang giữ hàng chờ giá, "
             "trong khi các doanh nghiệp xuất khẩu cần gom đủ hàng giao hợp đồng cuối năm. Giá hồ tiêu "
             "đi ngang sau nhiều phiên giảm, còn giá điều thô ổn định ở mức 31.000 đồng/kg.</p>"
             "<p>Sở Công Thương khuyến cáo nông dân thu hái đúng độ chín, phơi sấy đúng kỹ thuật để bán được "
             "giá cao, tránh thu hái xanh chạy theo giá trước mắt.</p>")
    article = extract(portal_post(title, prose), BASE + "/thi-truong/gia-ca-phe-tang-phien-thu-ba-8813.html",
                      context=PageContext(anchor=title, listed=True, fed=True))
    assert article.is_article, article.reason


def test_a_profile_of_fields_a_feed_lists_is_still_a_record():
    title = "Nghệ nhân ưu tú Đinh Thị Hra"
    fields = "".join(f"<p><strong>{k}:</strong> {v}</p>" for k, v in (
        ("Năm sinh", "1958"), ("Dân tộc", "Jrai"), ("Quê quán", "Làng Ia Kênh, xã Ia Ka"),
        ("Lĩnh vực", "Dệt thổ cẩm truyền thống"), ("Danh hiệu", "Nghệ nhân ưu tú (2019)"),
        ("Liên hệ", "Hợp tác xã dệt Ia Ka, 0269 3820 111")))
    page = portal_post(title, fields)
    url = BASE + "/van-hoa/nghe-nhan-uu-tu-dinh-thi-hra-8790.html"
    for context in (None, PageContext(anchor=title, listed=True, fed=True)):
        article = extract(page, url, context=context)
        assert not article.is_article, (context, article.reason)


# --- a programme's table, a notice under its document heading, a poll over one paragraph --------

def test_a_programme_s_rows_of_days_under_one_sentence_are_a_record():
    title = "Tuần lễ Văn hóa - Du lịch Gia Lai 2026: các hoạt động chính"
    rows = [("8h00, 4/4/2026", "Lễ khai mạc", "Quảng trường Đại Đoàn Kết"),
            ("4-8/4/2026", "Triển lãm ảnh và sản phẩm OCOP", "Bảo tàng tỉnh"),
            ("5/4/2026", "Liên hoan cồng chiêng các dân tộc", "Nhà văn hóa tỉnh"),
            ("6/4/2026", "Giải đua thuyền độc mộc", "Hồ Ayun Hạ"),
            ("7/4/2026", "Chợ phiên ẩm thực Tây Nguyên", "Phố đi bộ Pleiku"),
            ("20h00, 8/4/2026", "Lễ bế mạc và bắn pháo hoa", "Quảng trường Đại Đoàn Kết")]
    table = ("<table><thead><tr><th>Thời gian</th><th>Hoạt động</th><th>Địa điểm</th></tr></thead><tbody>"
             + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows) + "</tbody></table>")
    lead = ("<p>Tuần lễ Văn hóa - Du lịch Gia Lai năm 2026 dự kiến diễn ra từ ngày 4 đến 8/4/2026 tại thành phố "
            "Pleiku và một số huyện, với chủ đề “Gia Lai - Đại ngàn gọi mời”. Các hoạt động chính gồm:</p>")
    page = portal_post(title, lead + table + "<p>Chương trình chi tiết sẽ được thông báo sau.</p>")
    url = BASE + "/van-hoa/tuan-le-van-hoa-du-lich-gia-lai-2026-8801.html"
    for context in (None, PageContext(anchor=title, listed=True, fed=True)):
        article = extract(page, url, context=context)
        assert not article.is_article, context
        assert "table" in article.reason or "programme" in article.reason or "schedule" in article.reason


def test_a_story_of_the_festival_with_its_programme_table_stays_news():
    title = "Khai mạc Tuần lễ Văn hóa - Du lịch Gia Lai 2026"
    rows = [("5/4", "Liên hoan cồng chiêng", "Nhà văn hóa tỉnh"), ("6/4", "Đua thuyền độc mộc", "Hồ Ayun Hạ"),
            ("7/4", "Chợ phiên ẩm thực", "Phố đi bộ Pleiku")]
    table = ("<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
             + "</table>")
    page = portal_post(title, "".join(f"<p>{p}</p>" for p in STORY[:2]) + table
                       + "".join(f"<p>{p}</p>" for p in STORY[2:]))
    article = extract(page, BASE + "/van-hoa/khai-mac-tuan-le-van-hoa-8805.html")
    assert article.is_article, article.reason


NOTICE_TERMS_HTML = (
    "<p>Căn cứ Luật Viên chức năm 2010; Trung tâm Y tế huyện Chư Sê thông báo tuyển dụng viên chức như sau:</p>"
    "<p>1. Số lượng: 03 điều dưỡng, 01 kỹ thuật viên xét nghiệm.</p>"
    "<p>2. Điều kiện: Tốt nghiệp cao đẳng trở lên chuyên ngành phù hợp, có chứng chỉ hành nghề.</p>"
    "<p>3. Hồ sơ: Phiếu đăng ký dự tuyển theo mẫu, bản sao văn bằng, chứng chỉ.</p>"
    "<p>4. Thời gian nhận hồ sơ: Từ ngày 01/12/2026 đến hết ngày 30/12/2026.</p>")


@pytest.mark.parametrize("heading", [
    "<p style='text-align:center'><strong>THÔNG BÁO</strong></p>"
    "<p style='text-align:center'><strong>Tuyển dụng viên chức năm 2026</strong></p>",
    "<h3>THÔNG BÁO</h3><h4>Về việc tuyển dụng viên chức năm 2026</h4>",
    "<p><b>THÔNG BÁO</b></p>",
], ids=["kind-and-subject", "headings", "kind-alone"])
def test_a_notice_s_terms_under_its_document_heading_are_a_record(heading):
    title = "Trung tâm Y tế huyện Chư Sê thông báo tuyển dụng viên chức năm 2026"
    article = extract(portal_post(title, heading + NOTICE_TERMS_HTML),
                      BASE + "/thong-bao/trung-tam-y-te-chu-se-tuyen-dung-8830.html",
                      context=PageContext(anchor=title, listed=True))
    assert not article.is_article
    assert "notice" in article.reason or "call" in article.reason or "terms" in article.reason
    assert article.author is None   # "THÔNG BÁO" in bold capitals is the document's kind, no writer


def test_a_story_about_the_recruitment_under_a_capitals_label_stays_news():
    title = "Chư Sê thiếu điều dưỡng, trung tâm y tế tuyển thêm viên chức"
    story = ("<p><b>THỜI SỰ</b></p><p>Sáng 1/12, Trung tâm Y tế huyện Chư Sê cho biết đơn vị đang thiếu 12 điều "
             "dưỡng so với định mức, nhiều khoa phải bố trí một người trực hai vị trí trong các đợt cao điểm sốt "
             "xuất huyết vừa qua.</p><p>Để bù đắp, trung tâm thông báo tuyển 3 điều dưỡng và 1 kỹ thuật viên xét "
             "nghiệm, đồng thời đề xuất tỉnh có chính sách hỗ trợ nhà ở cho nhân viên y tế từ nơi khác đến công "
             "tác lâu dài tại huyện.</p><p>Bà Rơ Châm H’Lan, Giám đốc trung tâm, cho biết: “Nhiều năm nay chúng "
             "tôi tuyển không đủ chỉ tiêu vì mức lương thấp, xa trung tâm tỉnh. Nếu có hỗ trợ, chúng tôi tin sẽ "
             "giữ chân được người trẻ.”</p><p>Hồ sơ nhận đến hết ngày 30/12/2026 tại phòng Tổ chức của trung "
             "tâm.</p>")
    article = extract(portal_post(title, story), BASE + "/xa-hoi/chu-se-thieu-dieu-duong-8831.html",
                      context=PageContext(anchor=title, listed=True))
    assert article.is_article, article.reason


def test_a_poll_of_choices_under_one_paragraph_is_no_news():
    title = "Mời bạn đọc bình chọn 10 công trình tiêu biểu của tỉnh năm 2026"
    choices = ["Cao tốc Quy Nhơn - Pleiku đoạn qua tỉnh", "Bệnh viện Đa khoa tỉnh cơ sở 2",
               "Hồ chứa nước Ia Mơr giai đoạn hoàn thiện", "Khu công nghiệp Nam Pleiku mở rộng",
               "Cầu Phú Cường qua sông Ba", "Trường THPT chuyên Hùng Vương cơ sở mới"]
    form = ("<form action='/poll/vote' method='post'><ol>"
            + "".join(f"<li><label><input type='checkbox' name='ct' value='{n}'> {c}</label></li>"
                      for n, c in enumerate(choices)) + "</ol><p>Họ tên: <input name='n'> Điện thoại: "
            "<input name='p'></p><button>Gửi</button></form>")
    page = portal_post(title, "<p>Nhân dịp tổng kết năm, Sở Công Thương phối hợp với các cơ quan báo chí trong tỉnh "
                              "tổ chức bình chọn 10 công trình tiêu biểu được khởi công hoặc hoàn thành trong năm "
                              "2026, nhằm ghi nhận những công trình góp phần thay đổi diện mạo và đời sống của người dân. "
                              "Bạn đọc chọn tối đa 10 công trình trong danh sách dưới đây.</p>"
                       + form + "<p><em>Hạn cuối: 24h ngày 20/12/2026.</em></p>")
    article = extract(page, BASE + "/ban-doc/binh-chon-cong-trinh-tieu-bieu-8840.html",
                      context=PageContext(anchor=title, listed=True, fed=True))
    assert not article.is_article
    assert "poll" in article.reason


def test_a_survey_under_its_own_headline_with_its_deadline_is_no_news():
    title = "Khảo sát ý kiến người dân về giờ mở cửa bộ phận một cửa"
    page = portal_post(title, "<p>Để phục vụ người dân tốt hơn, UBND phường kính mời bà con dành ít phút trả lời "
                              "phiếu khảo sát dưới đây về giờ tiếp nhận hồ sơ vào cuối tuần.</p><ol><li>Bà con "
                              "thường đến bộ phận một cửa vào thời gian nào trong ngày? (Sáng sớm / Giữa buổi "
                              "sáng / Đầu giờ chiều / Cuối giờ chiều)</li><li>Bà con có muốn bộ "
                              "phận làm việc sáng thứ Bảy không?</li></ol><div class='embed'><iframe "
                              "src='https://forms.gle/AbCdEf123' width='100%' height='800'></iframe></div>"
                              "<p>Phiếu khảo sát mở đến hết ngày 15/12/2026. UBND phường xin cảm ơn bà con.</p>")
    article = extract(page, BASE + "/thong-tin/khao-sat-gio-mo-cua-mot-cua-8850.html")
    assert not article.is_article
    assert "poll" in article.reason


def test_a_list_of_prize_winners_under_its_document_name_is_no_news():
    title = "Danh sách học sinh đạt giải Hội khỏe Phù Đổng cấp tỉnh năm 2026"
    items = ("<p>Ban Tổ chức Hội khỏe Phù Đổng tỉnh lần thứ XI công bố danh sách học sinh đạt giải:</p>"
             "<p><strong>Môn Điền kinh:</strong></p><p>1. Huy chương Vàng 100 m nam - Rơ Lan Thắng (THPT Chư Sê).</p>"
             "<p>2. Huy chương Vàng nhảy xa nữ - Ksor H’Nhi (THCS Ia Pal).</p><p><strong>Môn Cờ vua:</strong></p>"
             "<p>1. Huy chương Bạc cờ nhanh nam - Nguyễn Minh Khang (THPT Pleiku).</p>"
             "<p>2. Huy chương Đồng cờ tiêu chuẩn nữ - Trần Bảo Ngọc (THCS Phạm Hồng Thái).</p>"
             "<p>Các giải khác: xem văn bản kèm theo.</p>")
    article = extract(portal_post(title, items), BASE + "/giao-duc/danh-sach-hoc-sinh-dat-giai-8860.html",
                      context=PageContext(anchor=title, listed=True))
    assert not article.is_article
    assert "list" in article.reason


def test_a_story_of_the_winners_under_a_list_s_name_stays_news():
    title = "Danh sách dài những tấm huy chương của học sinh Chư Sê"
    article = extract(portal_post(title, "".join(f"<p>{p}</p>" for p in STORY)),
                      BASE + "/giao-duc/danh-sach-dai-huy-chuong-8861.html")
    assert article.is_article, article.reason


def test_a_schedule_typed_as_lines_under_its_days_is_no_news():
    title = "Lịch tạm ngừng cấp nước từ ngày 7/12 đến 12/12/2026"
    days = ("<p>Công ty Cấp nước Gia Lai thông báo lịch tạm ngừng cấp nước để súc xả đường ống trong tuần tới:</p>"
            "<h4>Thứ Hai (7/12)</h4><ul><li>Từ 8h00 đến 14h00: Phường Hoa Lư (tổ 3, tổ 5).</li></ul>"
            "<h4>Thứ Năm (10/12)</h4><ul><li>Từ 7h30 đến 11h00: Phường Tây Sơn (đường Lê Lợi).</li>"
            "<li>Từ 13h00 đến 16h00: Xã Biển Hồ (làng Ia Lang).</li></ul>"
            "<p>Mọi thắc mắc xin gọi đường dây nóng 0269 3823 456.</p>")
    article = extract(portal_post(title, days), BASE + "/thong-bao/lich-tam-ngung-cap-nuoc-8870.html",
                      context=PageContext(anchor=title, listed=True, fed=True))
    assert not article.is_article
    assert "schedule" in article.reason


def test_a_story_under_a_schedule_s_name_told_in_paragraphs_stays_news():
    title = "Lịch cắt nước dày đặc, người dân Pleiku trữ nước"
    article = extract(portal_post(title, "".join(f"<p>{p}</p>" for p in STORY)),
                      BASE + "/xa-hoi/lich-cat-nuoc-day-dac-8871.html")
    assert article.is_article, article.reason


@pytest.mark.parametrize(("signature", "author"), [
    ("Tổ Khoa học tự nhiên", None), ("TỔ CHUYÊN MÔN NGỮ VĂN", None), ("Tô Thị Hạnh", "Tô Thị Hạnh")])
def test_a_school_s_group_signing_is_no_writer(signature, author):
    title = "Học sinh khối 7 làm mô hình hệ Mặt Trời"
    body = "".join(f"<p>{p}</p>" for p in STORY) + f"<p style='text-align:right'><strong>{signature}</strong></p>"
    article = extract(portal_post(title, body), BASE + "/tin-tuc/hoc-sinh-khoi-7-lam-mo-hinh-8880.html")
    assert article.is_article, article.reason
    assert article.author == author
    assert signature not in article.text


def test_a_short_story_whose_comments_are_marked_as_a_discussion_stays_news():
    """A brief's NewsArticle JSON-LD beside a DiscussionForumPosting for its readers' comments (or
    an article's microdata around a comment thread's): the page is the story, the thread its
    comments'."""
    title = "Phú Lợi lắp thêm 20 thùng rác ven kênh Rạch Bần"
    brief = STORY[3] + " Các thùng rác được đặt cách nhau khoảng 80 m dọc hai bờ kênh."
    ld = [{"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
           "datePublished": "2026-03-14T09:00:00+07:00"},
          {"@context": "https://schema.org", "@type": "DiscussionForumPosting", "headline": "Bình luận: " + title,
           "text": "Rất hoan nghênh phường.", "author": {"@type": "Person", "name": "Bạn đọc"}}]
    scripts = "".join(f"<script type='application/ld+json'>{json.dumps(n, ensure_ascii=False)}</script>" for n in ld)
    page = portal_post(title, f"<p>{brief}</p>").replace("</head>", scripts + "</head>")
    micro = portal_post(title, f"<p>{brief}</p>").replace(
        "<div id=\"content\">", "<div id=\"content\" itemscope itemtype=\"https://schema.org/NewsArticle\">").replace(
        "<div id=\"footer\">", "<div class='comments' itemscope itemtype='https://schema.org/DiscussionForumPosting'>"
        "<p itemprop='text'>Rất hoan nghênh phường.</p></div><div id=\"footer\">")
    for html in (page, micro):
        article = extract(html, BASE + "/moi-truong/phu-loi-lap-them-thung-rac-8890.html",
                          context=PageContext(anchor=title, listed=True))
        assert article.is_article, article.reason


# --- a forum's topic by its number is an item, its board a listing ------------------------------

@pytest.mark.parametrize(("url", "kind"), [
    ("http://127.0.0.1:8000/index.php?topic=88.0", "article"),          # SMF
    ("http://127.0.0.1:8000/forum/index.php?topic=1203.0", "article"),
    ("http://127.0.0.1:8000/showthread.php?threadid=451", "article"),   # vBulletin 3
    ("http://127.0.0.1:8000/index.php?board=3.0", "listing"),           # the board's list of topics
    ("http://127.0.0.1:8000/index.php?topic=tin-tuc", "listing"),       # a named topic, no number
    ("http://127.0.0.1:8000/index.php?action=search", "listing"),
])
def test_a_forum_s_topic_by_its_number_is_an_item(url, kind):
    from crawler.extract.detect import url_kind
    assert url_kind(url) == kind


def test_a_card_s_read_more_button_is_no_menu_link():
    """A builder's news list: each card's title is a heading with no link, its only link the
    button under it ("Xem tiếp", "Đọc thêm »", "Chi tiết"). Those buttons, grouped in the list's
    row of cards, are no menu naming the stories as pages of the site; the navigation bar is."""
    from lxml import html as lxml_html

    from crawler.extract.detect import menu_links
    cards = "".join(
        f"<div class='card'><h4>Tin mùa vụ số {n}</h4><p>Tóm tắt ngắn của bản tin.</p>"
        f"<a class='btn' href='tin-{n}.html'>{label}</a></div>"
        for n, label in enumerate(["Xem tiếp", "Đọc thêm »", "Chi tiết", "Read more…"], 1))
    page = ("<html><body><nav><a href='index.html'>Trang chủ</a><a href='gioi-thieu.html'>Giới thiệu</a>"
            f"<a href='lien-he.html'>Liên hệ</a></nav><section class='cards'>{cards}</section></body></html>")
    links = menu_links(lxml_html.fromstring(page), BASE + "/tin-tuc.html")
    assert BASE + "/gioi-thieu.html" in links and BASE + "/lien-he.html" in links
    assert not any("/tin-" in link for link in links)


def test_a_brief_of_one_long_paragraph_closing_on_a_poll_stays_news():
    """No poll's headline: one paragraph of a story's length, then its readers' poll."""
    title = "Pleiku thí điểm tuyến xe buýt điện đầu tiên nối trung tâm với sân bay"
    choices = ["Rất cần thiết", "Cần thiết", "Chưa cần thiết", "Không có ý kiến"]
    form = ("<form action='/poll/vote' method='post'><p>Bạn nghĩ sao về tuyến xe buýt này?</p><ol>"
            + "".join(f"<li><label><input type='radio' name='y' value='{n}'> {c}</label></li>"
                      for n, c in enumerate(choices)) + "</ol><button>Gửi</button></form>")
    brief = ("<p>Từ ngày 1/12, thành phố Pleiku đưa vào chạy thử tuyến xe buýt điện đầu tiên nối trung tâm thành "
             "phố với sân bay Pleiku, dài 9 km, với 6 xe 29 chỗ chạy từ 5h30 đến 21h, 20 phút một chuyến; giá "
             "vé 10.000 đồng, miễn phí cho người cao tuổi và học sinh trong tháng đầu. Theo Sở Xây dựng, nếu "
             "lượng khách đạt trên 600 lượt mỗi ngày, tỉnh sẽ mở thêm hai tuyến nối các huyện lân cận.</p>")
    article = extract(portal_post(title, brief + form), BASE + "/giao-thong/pleiku-thi-diem-xe-buyt-dien-8895.html",
                      context=PageContext(anchor=title, listed=True))
    assert article.is_article, article.reason
