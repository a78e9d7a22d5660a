"""The fortieth round's blind misses: a forum post's date in its head beside the post's counter
("28-11-2026, 08:15 AM #1"), a forum thread whose replies go as comments under its opening post,
a Drupal field's label and value apart ("Nguồn" / "Báo Chính phủ"), and a share bar's label left
without its buttons ("Chia sẻ:")."""

from __future__ import annotations

from crawler.extract import boxes, extract

TITLE = "Hội CCB huyện Cam Lộ tổng kết phong trào thi đua năm 2026"
STORY = ("Sáng 27/11, Hội Cựu chiến binh huyện Cam Lộ tổ chức hội nghị tổng kết công tác Hội và phong trào thi "
         "đua năm 2026, triển khai nhiệm vụ năm 2027.<br><br>Năm 2026, toàn huyện có 19 cơ sở Hội với hơn 3.800 hội "
         "viên. Các cấp Hội đã phối hợp tổ chức 120 buổi sinh hoạt chuyên đề, tuyên truyền chính sách pháp luật đến "
         "hội viên.<br><br>Dịp này, 12 tập thể và 25 cá nhân được Hội Cựu chiến binh tỉnh tặng giấy khen vì có "
         "thành tích xuất sắc trong phong trào.")


def _post(n: int, day: str, user: str, message: str, title: str = "") -> str:
    heading = f'<h2 class="title icon">{title}</h2>' if title else ""
    return (f'<li class="postbitlegacy postbitim postcontainer old" id="post_{n}">'
            f'<div class="posthead"><span class="postdate old"><span class="date">{day}</span></span>'
            f'<span class="nodecontrols"><a href="/threads/12-x?p={n}#post{n}" class="postcounter">#{n % 10}</a>'
            f'</span></div><div class="postdetails"><div class="userinfo"><a class="username" href="/member.php?u={n}">'
            f'<strong>{user}</strong></a><span class="usertitle">Thành viên</span><dl><dt>Tham gia ngày</dt>'
            f'<dd>03-2014</dd><dt>Đến từ</dt><dd>Cam Lộ</dd><dt>Bài gửi</dt><dd>1.284</dd></dl></div><div class="postbody"><div class="postrow">'
            f'{heading}<div class="content"><blockquote class="postcontent">{message}</blockquote></div></div></div>'
            '</div></li>')


def _thread(title: str, first: str) -> str:
    replies = (_post(5531, "28-11-2026, 10:47 AM", "ccb_hoangtuan", "Chúc mừng các bác! Năm nay phong trào ở huyện "
                     "làm rất tốt, mong năm tới tiếp tục phát huy."),
               _post(5532, "29-11-2026, 06:12 AM", "tranbinh58", "Đọc tin mà thấy vui. Mong các chi hội giữ vững "
                     "nền nếp sinh hoạt như năm nay."))
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title} - Diễn đàn CCB</title>
<meta property="og:type" content="article"><meta property="og:title" content="{title}"></head><body>
<div id="header"><a href="/forum.php">Diễn đàn Cựu chiến binh</a> <a href="/register.php">Đăng ký</a>
<a href="/faq.php">Trợ giúp</a></div><div id="breadcrumb"><a href="/forum.php">Diễn đàn</a>
<a href="/forumdisplay.php?f=3">Tin tức hoạt động</a></div>
<div id="pagetitle"><h1>Chủ đề: <span class="threadtitle"><a href="/threads/12-x">{title}</a></span></h1></div>
<div id="postlist"><ol id="posts" class="posts">{_post(5530, "28-11-2026, 08:15 AM", "bbt_hoiccb", first, title)}
{"".join(replies)}</ol></div><div id="footer">Múi giờ GMT +7. Hiện tại là 05:40 PM.</div></body></html>"""


URL = "https://ccb.example/threads/12-x"


def test_a_forum_posts_date_beside_its_counter():
    article = extract(_thread(TITLE, STORY), URL)
    assert article.is_article
    assert article.published == "2026-11-28T08:15:00+07:00"
    assert "Chúc mừng các bác" not in article.text and article.text.startswith("Sáng 27/11")


def test_a_thread_opened_by_a_short_post_is_no_story_whatever_its_type():
    offer = ("Nhà mình có mật ong rừng Hướng Hóa nguyên chất, lấy tháng 10 vừa rồi, đồng đội nào cần thì liên hệ."
             "<br>Giá 350.000đ/lít, có ship trong tỉnh, đồng đội ở xa gửi xe khách.<br>Liên hệ: 0935 xxx 482 (Bình).")
    article = extract(_thread("Bán mật ong rừng nguyên chất", offer), URL)
    assert not article.is_article and "forum thread" in article.reason


def test_the_opening_post_is_kept_only_under_the_pages_title():
    from crawler.extract.core import parse_html
    tree = parse_html(_thread(TITLE, STORY))
    assert tree is not None
    boxes.remove_comments(tree, (TITLE,))
    assert [el.get(boxes.OPENING_POST) for el in tree.iter("li")] == ["2"]
    # Without the page's title over it, the first of a run of comments is one of them.
    tree = parse_html(_thread(TITLE, STORY))
    assert tree is not None
    boxes.remove_comments(tree, ("Một tiêu đề khác",))
    assert not list(tree.iter("li"))


def _node(fields: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in (
        "Chiều 2/12, Thủ tướng Chính phủ đã ký quyết định phê duyệt Đề án phát triển vùng nguyên liệu cà phê "
        "bền vững đến năm 2030, với tổng diện tích khoảng 600.000 ha tại các tỉnh Tây Nguyên.",
        "Theo đề án, các địa phương sẽ tái canh khoảng 100.000 ha cà phê già cỗi, xây dựng mã số vùng trồng và "
        "truy xuất nguồn gốc cho toàn bộ diện tích xuất khẩu sang các thị trường khó tính.",
        "Bộ Nông nghiệp và Môi trường được giao chủ trì, phối hợp với các bộ, ngành hướng dẫn địa phương triển "
        "khai, định kỳ báo cáo Thủ tướng kết quả thực hiện."))
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Phê duyệt đề án cà phê bền vững</title>
</head><body><header><a href="/">Bộ Nông nghiệp và Môi trường</a></header><main><article class="node node--type-article">
<h1 class="page-title"><span>Phê duyệt đề án cà phê bền vững</span></h1><div class="node__meta">Gửi bởi bientap02 lúc
03/12/2026 - 09:40</div><div class="clearfix text-formatted field field--name-body">{paragraphs}</div>{fields}
<ul class="links inline"><li class="a2a"><span class="a2a_kit">Chia sẻ: <a class="a2a_button_facebook"
href="https://www.addtoany.com/add_to/facebook">Facebook</a> <a class="a2a_button_zalo"
href="https://www.addtoany.com/add_to/zalo">Zalo</a></span></li></ul></article>
<aside><div class="field"><div class="field__label">Nguồn</div><div class="field__item">Cổng TTĐT</div></div></aside>
</main></body></html>"""


def test_a_drupal_fields_label_and_value_apart():
    source = ('<div class="field field--name-field-nguon field--label-inline"><div class="field__label">Nguồn</div>'
              '<div class="field__item">Báo Chính phủ</div></div>')
    article = extract(_node(source), "https://bnnmt.example/tin-tuc/phe-duyet-de-an")
    assert article.source == "Báo Chính phủ"
    assert "Chia sẻ" not in article.text and article.text.endswith("kết quả thực hiện.")
    # A unit in the writer's field is no writer; its label goes with it.
    unit = ('<div class="field field--name-field-tac-gia field--label-inline"><div class="field__label">Tác giả</div>'
            '<div class="field__item">Văn phòng Bộ</div></div>')
    article = extract(_node(unit), "https://bnnmt.example/tin-tuc/phe-duyet-de-an")
    assert article.author is None and "Tác giả" not in article.text
    # The sidebar's field is no source of the story.
    assert extract(_node(""), "https://bnnmt.example/tin-tuc/phe-duyet-de-an").source is None


def test_a_headers_today_beside_its_menu_is_no_posts_head():
    """The header's "today" over a short menu ("Trang chủ", "Liên hệ") stands where a forum post's
    head would: links with words are a menu's, no post counter's, and the story stays dateless."""
    page = ("<html lang='vi'><head><meta charset='utf-8'><title>Hội thi nấu ăn gia đình</title></head><body>"
            "<div id='header'><div class='today'>Thứ hai, 02/10/2023</div><ul><li><a href='/'>Trang chủ</a></li>"
            "<li><a href='/lien-he'>Liên hệ</a></li></ul></div><div id='main'><div class='chi-tiet'>"
            "<h1>Hội thi nấu ăn gia đình tại Trung tâm Văn hóa huyện</h1><div class='noi-dung'>"
            + "".join(f"<p>{p}</p>" for p in (
                "Hội thi nấu ăn gia đình thu hút 16 đội đến từ các xã, thị trấn trên địa bàn huyện tham gia.",
                "Mỗi đội trình bày một mâm cơm gia đình với các món ăn truyền thống và sản phẩm địa phương.",
                "Ban giám khảo đánh giá cao sự sáng tạo, cách trình bày và giá trị dinh dưỡng của các món ăn."))
            + "</div></div></div></body></html>")
    assert extract(page, "https://dongson.example/tin-tuc/hoi-thi-nau-an.html").published is None
