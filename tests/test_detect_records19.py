"""The nineteenth round's losses on sites outside the fixtures: a national paper's photo story
whose photos are tables (an image's row, its caption's row), an OpenCms portal's citizen's
question and its answer under "Nội dung câu hỏi" / "Trả lời của Sở …" headings, and a paper's
poll page (a short intro over its choices); each beside what merely resembles it."""

from __future__ import annotations

import pytest

from crawler.extract import extract

PAPER = "Znews"
RELATED = ("<section class='article-related'><h3>Đọc tiếp</h3><article class='article-item'><p class='article-title'>"
           "<a href='/hoi-hoa-ban-dien-bien-2024-post1466100.html'>Hội hoa Ban Điện Biên 2024 thu hút hàng vạn du khách "
           "đến tham quan</a></p></article></section>")


def paper_page(title: str, body: str, summary: str = "", author: str = "Minh Khoa",
               section: str = "Du lịch") -> str:
    """A national paper's article template (Znews-like): the summary over the body, tags under it."""
    byline = f"<li class='the-article-author'><a href='/tac-gia/minh-khoa.html'>{author}</a></li>" if author else ""
    lead = f"<p class='the-article-summary'>{summary}</p>" if summary else ""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title} - {PAPER}.vn</title>
<meta property="og:type" content="article"><meta property="og:title" content="{title}">
<meta property="article:published_time" content="2024-03-12T16:05:00+07:00"></head><body>
<header id="site-header"><a class="site-logo" href="/">{PAPER}</a><nav id="main-nav"><ul>
<li><a href="/thoi-su.html">Thời sự</a></li><li><a href="/du-lich.html">Du lịch</a></li><li><a href="/the-thao.html">Thể thao</a></li>
</ul></nav></header>
<div class="page-wrapper"><article class="the-article" data-id="1466002">
<header class="the-article-header"><p class="the-article-category"><a href="/du-lich.html">{section}</a></p>
<h1 class="the-article-title">{title}</h1>
<ul class="the-article-meta">{byline}<li class="the-article-publish">16:05 12/3/2024</li></ul></header>
<section class="main">{lead}<div class="the-article-body">{body}</div>
<div class="the-article-tags"><strong>Tags:</strong><a class="tag-item" href="/tieu-diem/sa-pa.html">Sa Pa</a></div>
</section></article>{RELATED}</div>
<footer id="site-footer"><p>Giấy phép số 1234/GP-BTTTT. Tổng biên tập: Nguyễn Văn An.</p></footer></body></html>"""


# 1. A photo story whose photos are tables: an image's row, its caption's row.

CAPTIONS = (
    "Từ 5h sáng, hàng trăm người dân xã Tả Van đã có mặt bên bờ suối Mường Hoa để chuẩn bị cho lễ xuống đồng.",
    "Già làng Vàng A Chu làm lễ cúng thần ruộng, cầu mong mưa thuận gió hòa, lúa ngô tốt tươi trong năm mới.",
    "Những đôi trâu khỏe nhất bản được chọn để cày những đường cày đầu tiên trên thửa ruộng bậc thang ven đồi.",
    "Phụ nữ Giáy trong trang phục truyền thống gùi mạ ra đồng, vừa đi vừa hát những làn điệu dân ca.",
    "Du khách nước ngoài thích thú tham gia cấy lúa cùng người dân, nhiều người lần đầu lội xuống ruộng bùn.",
    "Sau phần lễ, bà con quây quần bên mâm cơm mới, chia nhau xôi ngũ sắc và chén rượu ngô ủ men lá.",
)
LEAD = "Người Giáy ở Tả Van mở hội xuống đồng đầu năm."
BETWEEN = ("Lễ hội diễn ra vào ngày Thìn tháng Giêng.", "Năm nay có hơn 3.000 người dự.")
STORY_URL = "https://znews.vn/nguoi-giay-o-ta-van-xuong-dong-dau-nam-post1466002.html"


def picture(n: int, caption: str) -> str:
    return ("<table class='picture' align='center'><tbody><tr><td class='pic'>"
            f"<img src='https://photo.znews.vn/w660/Uploaded/2024_03_12/anh-{n}.jpg' alt='' width='1200' height='800'>"
            f"</td></tr><tr><td class='pic_caption'><p class='caption'>{caption}</p></td></tr></tbody></table>")


def photo_story(photos: list[str], between: tuple[str, ...] = BETWEEN) -> str:
    """A short lead, a photo, a line of the story, a photo, another line, the other photos."""
    parts = list(photos)
    for n, line in reversed(list(enumerate(between))):
        parts.insert(n + 1, f"<p>{line}</p>")
    return paper_page("Người Giáy ở Tả Van xuống đồng đầu năm", "".join(parts), summary=LEAD)


def test_a_photo_story_whose_photos_are_tables_is_an_article():
    """Read as tables, its captions were rows and its text "a table with a line or two"."""
    article = extract(photo_story([picture(n, c) for n, c in enumerate(CAPTIONS)]), STORY_URL)
    assert article.is_article, article.reason
    lines = article.text.split("\n")
    assert lines[:4] == [LEAD, CAPTIONS[0], BETWEEN[0], CAPTIONS[1]]
    assert not any(line.startswith("|") for line in lines)


def test_a_table_of_two_photos_each_over_its_caption_is_two_figures():
    rows = [f"<tr><td class='pic'><img src='/anh-{n}.jpg'></td></tr><tr><td class='pic_caption'>{c}</td></tr>"
            for n, c in enumerate(CAPTIONS)]
    tables = [f"<table class='picture'><tbody>{rows[n]}{rows[n + 1]}</tbody></table>" for n in (0, 2, 4)]
    article = extract(photo_story(tables), STORY_URL)
    assert article.is_article, article.reason
    assert [c for c in CAPTIONS if c in article.text.split("\n")] == list(CAPTIONS)


def test_photo_tables_one_after_another_with_no_story_stay_a_gallery():
    """The same photos and a line over them, nothing told among them: a gallery, as in figures."""
    article = extract(photo_story([picture(n, c) for n, c in enumerate(CAPTIONS)], between=()), STORY_URL)
    assert not article.is_article
    assert "gallery" in article.reason


def test_an_undated_album_with_a_line_under_each_photo_stays_a_gallery():
    """A photo library's album: no date of its own, a short line set under each photo beside
    its caption. Lines among photos make a story only of a dated page."""
    items = "".join(f"<figure><img src='/album/{n}.jpg'><figcaption>{c}</figcaption></figure>"
                    f"<p>Ảnh chụp tại xã Tả Van, tháng {n + 1}/2024.</p>" for n, c in enumerate(CAPTIONS))
    html = paper_page("Sắc màu mùa lúa Tả Van", items, summary=LEAD, section="Thư viện ảnh")
    html = html.replace('<meta property="article:published_time" content="2024-03-12T16:05:00+07:00">', "")
    html = html.replace('<li class="the-article-publish">16:05 12/3/2024</li>', "")
    article = extract(html, "https://znews.vn/thu-vien-anh/sac-mau-mua-lua-ta-van")
    assert not article.is_article
    assert "gallery" in article.reason


PRICES = (("Xăng RON 95-III", "24.330", "24.810"), ("Xăng E5 RON 92-II", "23.280", "23.740"),
          ("Dầu diesel 0,05S-II", "20.690", "21.100"), ("Dầu hỏa 2-K", "20.780", "21.190"),
          ("Dầu mazut 180CST 3,5S", "16.540", "16.870"))


@pytest.mark.parametrize("shape", ["icons", "logo"])
def test_a_price_table_with_pictures_and_a_line_stays_refused(shape):
    """A price board whose rows each show the product's icon beside its name and prices, or
    whose first row is the company's logo: a data table, not a photo's."""
    head = "<tr><th>Mặt hàng</th><th>Vùng 1</th><th>Vùng 2</th></tr>"
    if shape == "icons":
        head = "<tr><th></th><th>Mặt hàng</th><th>Vùng 1</th><th>Vùng 2</th></tr>"
        rows = "".join(f"<tr><td><img src='/icon/{n}.png' width='24'></td><td>{name}</td><td>{one}</td><td>{two}</td></tr>"
                       for n, (name, one, two) in enumerate(PRICES))
    else:
        head = f"<tr><td colspan='3'><img src='/logo/petrolimex.png' width='200'></td></tr>{head}"
        rows = "".join(f"<tr><td>{name}</td><td>{one}</td><td>{two}</td></tr>" for name, one, two in PRICES)
    body = ("<p>Giá bán lẻ xăng dầu của Petrolimex áp dụng từ 15h ngày 12/3/2024 (đồng/lít):</p>"
            f"<table class='price'><tbody>{head}{rows}</tbody></table>")
    article = extract(paper_page("Giá xăng dầu hôm nay 12/3/2024", body, author="", section="Kinh doanh"),
                      "https://znews.vn/gia-xang-dau-hom-nay-12-3-2024-post1466003.html")
    assert not article.is_article


# 2. An OpenCms portal's citizen's question and its agency's answer.

PORTAL = "Cổng thông tin điện tử tỉnh Bắc Kạn"
QA_TITLE = "Thủ tục cấp đổi giấy phép lái xe quá hạn sử dụng"
ASKED = ("Tôi có giấy phép lái xe hạng B2 do Sở Giao thông vận tải Bắc Kạn cấp năm 2013, đến nay đã quá hạn sử dụng "
         "gần 5 tháng do tôi đi làm ăn xa. Xin hỏi tôi có phải sát hạch lại không và hồ sơ cấp đổi gồm những gì?")
ANSWER = ("Theo Thông tư số 35/2024/TT-BGTVT, người có giấy phép lái xe quá thời hạn sử dụng dưới 01 năm kể từ ngày "
          "hết hạn thì được xét cấp đổi, không phải sát hạch lại.",
          "Hồ sơ gồm đơn đề nghị cấp đổi theo mẫu, giấy khám sức khỏe của người lái xe do cơ sở y tế có thẩm quyền "
          "cấp, bản sao giấy phép lái xe và giấy tờ tùy thân còn giá trị.",
          "Ông có thể nộp hồ sơ trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh hoặc nộp trực tuyến trên Cổng "
          "dịch vụ công quốc gia; thời hạn giải quyết không quá 05 ngày làm việc.")
ANSWERED = "".join(f"<p>{p}</p>" for p in ANSWER)
QA_SHAPES = {
    "headings": ("<div class='faq-info'><p><strong>Người hỏi:</strong> Hoàng Văn Tùng</p>"
                 "<p><strong>Địa chỉ:</strong> xã Cao Kỳ, huyện Chợ Mới</p><p><strong>Ngày hỏi:</strong> 12/03/2024</p>"
                 f"</div><div class='faq-question'><h3>Nội dung câu hỏi</h3><p>{ASKED}</p></div>"
                 f"<div class='faq-answer'><h3>Trả lời của Sở Giao thông vận tải</h3>{ANSWERED}</div>"),
    "asker and answer": ("<div class='faq-info'><p><strong>Người hỏi:</strong> Hoàng Văn Tùng - xã Cao Kỳ</p></div>"
                         f"<div class='faq-question'><p>{ASKED}</p></div>"
                         f"<div class='faq-answer'><h3>Trả lời của Sở Giao thông vận tải</h3>{ANSWERED}</div>"),
    "answer's content": ("<p class='asker'>Hoàng Văn Tùng - xã Cao Kỳ, huyện Chợ Mới - 12/03/2024</p>"
                         f"<div class='question'><h4>Câu hỏi:</h4><p>{ASKED}</p></div>"
                         f"<div class='answer'><h4>Nội dung trả lời:</h4><p><em>Sở Giao thông vận tải</em></p>"
                         f"{ANSWERED}</div>"),
}


def portal_page(title: str, body: str) -> str:
    """An OpenCms portal's detail page: breadcrumbs, the title, the content, a list of others beside it."""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title} - {PORTAL}</title>
<meta name="generator" content="OpenCms 11"><meta property="og:title" content="{title}"><meta property="og:type" content="website">
</head><body><div id="page"><header class="area-header"><a class="logo" href="/vi/">{PORTAL}</a>
<nav class="nav-main"><ul><li><a href="/vi/">Trang chủ</a></li><li><a href="/vi/tin-tuc">Tin tức</a></li>
<li><a href="/vi/hoi-dap">Hỏi đáp</a></li><li><a href="/vi/van-ban">Văn bản</a></li></ul></nav></header>
<main class="area-content"><div class="container"><div class="row"><div class="col-md-8">
<div class="element detail-page"><div class="breadcrumbs"><a href="/vi/">Trang chủ</a> / <a href="/vi/hoi-dap">Hỏi đáp</a></div>
<h1 class="detail-title">{title}</h1><div class="detail-content">{body}</div>
<div class="detail-addition">Lượt xem: 215</div></div></div>
<div class="col-md-4"><aside class="element type-list"><h2>Câu hỏi khác</h2><ul>
<li><a href="/vi/hoi-dap/che-do-ho-tro-hoc-sinh-ban-tru">Chế độ hỗ trợ học sinh bán trú ở xã đặc biệt khó khăn</a></li>
<li><a href="/vi/hoi-dap/chuyen-muc-dich-su-dung-dat">Thủ tục chuyển mục đích sử dụng đất vườn sang đất ở</a></li></ul>
<a class="btn" href="/vi/hoi-dap/gui-cau-hoi">Gửi câu hỏi</a></aside></div></div></div></main>
<footer class="area-foot"><p>Cơ quan chủ quản: UBND tỉnh Bắc Kạn. Địa chỉ: số 7 đường Trường Chinh.</p></footer>
</div></body></html>"""


@pytest.mark.parametrize("shape", list(QA_SHAPES))
def test_a_citizens_question_and_the_agencys_answer_under_headings_is_no_story(shape):
    article = extract(portal_page(QA_TITLE, QA_SHAPES[shape]),
                      "https://backan.gov.vn/vi/hoi-dap/thu-tuc-cap-doi-giay-phep-lai-xe-qua-han")
    assert not article.is_article
    assert "question" in article.reason


def test_a_story_of_a_dialogue_with_the_answer_under_a_subheading_stays_news():
    """A story reporting a meeting where a voter asked and a department answered: its lede
    first, the question in the story's own words, the answer under a subheading."""
    body = ("<p>Sáng 12/3, Ban Thường trực Ủy ban MTTQ tỉnh phối hợp với Sở Giao thông vận tải tổ chức hội nghị "
            "đối thoại với người dân huyện Chợ Mới về thủ tục hành chính trong lĩnh vực giao thông.</p>"
            "<p>Ông Hoàng Văn Tùng (xã Cao Kỳ) hỏi: Giấy phép lái xe quá hạn 5 tháng có phải sát hạch lại không?</p>"
            f"<h3>Trả lời của Sở Giao thông vận tải</h3>{ANSWERED}"
            "<p>Kết thúc hội nghị, lãnh đạo Sở đề nghị các xã tiếp tục hướng dẫn người dân nộp hồ sơ trực tuyến.</p>")
    article = extract(portal_page("Đối thoại với người dân Chợ Mới về thủ tục cấp đổi giấy phép lái xe", body),
                      "https://backan.gov.vn/vi/tin-tuc/doi-thoai-voi-nguoi-dan-cho-moi-ve-giay-phep-lai-xe")
    assert article.is_article, article.reason


# 3. A paper's poll page: a short intro over its choices, results bars, a "Bình chọn" button.

CHOICES = (("Nguyễn Văn Quyết (Hà Nội FC)", 42), ("Hoàng Đức (Thể Công Viettel)", 27),
           ("Rafaelson (Thép Xanh Nam Định)", 18), ("Nguyễn Tiến Linh (Becamex Bình Dương)", 9),
           ("Đỗ Hùng Dũng (Hà Nội FC)", 4))
INTRO = ("Znews mời độc giả bình chọn cầu thủ chơi ấn tượng nhất tháng 3 tại V.League 2023/24. Danh sách đề cử gồm "
         "5 gương mặt do ban chuyên môn lựa chọn dựa trên bàn thắng, kiến tạo và điểm số sau các vòng đấu.")
MATCH = ("Vòng 12 V.League chứng kiến cuộc đua vô địch nóng lên khi Nam Định bị cầm hòa trên sân nhà, trong khi Hà Nội "
         "FC thắng đậm 3-0 trước Hải Phòng nhờ cú đúp của Nguyễn Văn Quyết.",
         "Đội trưởng Hà Nội FC ghi bàn mở tỷ số ở phút 23 sau pha phối hợp nhỏ với Hai Long, rồi nâng tỷ số lên 2-0 "
         "bằng cú sút xa đẹp mắt ngay trước giờ nghỉ giữa hiệp.",
         "Sang hiệp hai, đội khách dâng cao đội hình tìm bàn gỡ nhưng lại để thủng lưới thêm một bàn từ tình huống "
         "phản công do Pape Omar hoàn tất ở phút 78.",
         "Với chiến thắng này, Hà Nội FC vươn lên vị trí thứ ba trên bảng xếp hạng, kém đội đầu bảng Nam Định 4 điểm "
         "khi giải còn 14 vòng đấu.")


def poll(holder: str = "form") -> str:
    items = "".join(f"<li class='poll-option'><label><input type='radio' name='poll_8123' value='{n}'> "
                    f"<span class='option-text'>{name}</span></label><div class='poll-bar'><span class='bar' "
                    f"style='width:{share}%'></span><em class='percent'>{share}%</em></div></li>"
                    for n, (name, share) in enumerate(CHOICES))
    inner = ("<p class='poll-question'>Theo bạn, ai là cầu thủ xuất sắc nhất tháng 3?</p>"
             f"<ul class='poll-options'>{items}</ul><div class='poll-actions'><button type='submit' class='btn-vote'>"
             "Bình chọn</button> <a class='view-result' href='#'>Xem kết quả</a></div>"
             "<p class='poll-total'>Tổng số lượt bình chọn: 12.480</p>")
    if holder == "form":
        return f"<form class='z-poll' action='/api/poll/vote' method='post' data-poll-id='8123'>{inner}</form>"
    return f"<div class='z-poll' data-poll-id='8123'>{inner}</div>"   # a script's poll: no form


@pytest.mark.parametrize("holder", ["form", "div"])
def test_a_poll_page_with_a_short_intro_is_no_story(holder):
    html = paper_page("Bình chọn cầu thủ xuất sắc nhất tháng 3 tại V.League 2023/24", f"<p>{INTRO}</p>{poll(holder)}",
                      author="", section="Bóng đá Việt Nam")
    article = extract(html, "https://znews.vn/binh-chon-cau-thu-xuat-sac-nhat-thang-3-v-league-post1466001.html")
    assert not article.is_article
    assert "a poll" in article.reason


@pytest.mark.parametrize("paragraphs", [MATCH, MATCH[:2]])
def test_a_story_with_its_readers_poll_after_it_stays_news(paragraphs):
    """A match report, long or a brief of two paragraphs, asking its readers' view after its text."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs) + poll()
    article = extract(paper_page("Hà Nội FC thắng đậm Hải Phòng, Văn Quyết lập cú đúp", body, section="Bóng đá"),
                      "https://znews.vn/ha-noi-fc-thang-dam-hai-phong-van-quyet-lap-cu-dup-post1466010.html")
    assert article.is_article, article.reason
