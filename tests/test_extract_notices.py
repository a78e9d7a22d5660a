"""The site's notices about a story, in markup of our own: a blog's word that the story is
reprinted, the next part of a series announced under this one (in the old encodings' "Ð"), and
the sender a legacy portal opens its stories with ('tranvanhai viết "…"'). None is the story's
text; the sentences around them that say the same words are."""

from __future__ import annotations

from crawler.extract import extract
from crawler.extract.text import fold

BASE = "http://127.0.0.1:8000"
HEADLINE = "Nông dân Quảng Điền thuê máy bay không người lái phun thuốc cho lúa"
LEAD = ("Vụ Hè Thu năm nay, nhiều hợp tác xã ở huyện Quảng Điền đã chuyển sang thuê máy bay không "
        "người lái để phun thuốc bảo vệ thực vật, giúp giảm công lao động.")
PARAGRAPHS = [
    "Tại Hợp tác xã Nông nghiệp Quảng Phú, mỗi chiếc máy bay có thể phun 15 ha lúa trong một ngày, gấp "
    "khoảng mười lần so với phun thủ công; chi phí thuê là 35.000 đồng mỗi sào.",
    "Ông Hồ Văn Tâm, xã viên hợp tác xã, cho biết trước đây mỗi lần phun thuốc gia đình ông phải thuê "
    "thêm hai người làm trong ba ngày, nay chỉ cần đăng ký với hợp tác xã.",
    "Theo Phòng Nông nghiệp huyện, toàn huyện đã có hơn 1.200 ha lúa được phun bằng máy bay trong vụ "
    "này; cán bộ kỹ thuật khuyến cáo chỉ phun khi có thông báo của cơ quan chuyên môn.",
    "Kỳ tới, chúng tôi sẽ trở lại cánh đồng Quảng Phú để tìm hiểu cách các tổ dịch vụ trẻ được đào tạo "
    "điều khiển máy bay và bảo dưỡng thiết bị.",
]


def page(before: str = "", after: str = "", lead: str = f"<p><strong>{LEAD}</strong></p>") -> str:
    paragraphs = "".join(f"<p>{p}</p>\n" for p in PARAGRAPHS)
    return f"""<html lang="vi"><head><meta charset="utf-8"><title>{HEADLINE} | Blog</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-10-08T16:45:00+07:00"></head>
<body><header><a href="/">Blog Phóng viên Sinh viên</a></header>
<nav><a href="/">Trang chủ</a> <a href="/archives/">Lưu trữ</a> <a href="/about/">Giới thiệu</a></nav>
<article><h1>{HEADLINE}</h1><div class="content">{before}{lead}{paragraphs}{after}</div></article>
<footer>© 2024 CLB Phóng viên Sinh viên</footer></body></html>"""


def lines(html: str) -> list[str]:
    article = extract(html.encode(), BASE + "/2024/10/08/nong-dan-thue-drone/")
    assert article.is_article, article.reason
    return article.text.splitlines()


def test_a_reprint_notice_opening_or_closing_the_story_is_not_its_text():
    notice = ("Bài viết được CLB đăng lại phục vụ mục đích học tập, bản quyền thuộc về tác giả và cơ quan "
              "báo chí.")
    for where in ("before", "after"):
        got = lines(page(**{where: f"<blockquote><p><em>{notice}</em></p></blockquote>"}))
        assert notice not in got
        assert LEAD in got and PARAGRAPHS[-1] in got


def test_a_story_that_tells_of_a_reprint_keeps_the_sentence():
    told = ("Nhiều hợp tác xã đã đăng lại hướng dẫn của Phòng Nông nghiệp trên trang của mình để bà con "
            "theo dõi, bản quyền hình ảnh thuộc về các nhà cung cấp dịch vụ và được ghi rõ dưới mỗi ảnh, "
            "theo yêu cầu của huyện khi cấp phép hoạt động cho các tổ dịch vụ bay trên địa bàn các xã.")
    assert told in lines(page(after=f"<p>{told}</p>"))


def test_the_next_part_announced_under_a_series_part_is_not_its_text():
    # "Ð" (U+00D0) for "Đ", as pages converted from the old encodings print it.
    trailer = "Ðón đọc bài 3: Ðưa giỏ đan lên sàn thương mại điện tử"
    got = lines(page(after=f'<p class="series-next"><em>{trailer}</em></p>'))
    assert trailer not in got
    assert PARAGRAPHS[-1] in got   # "Kỳ tới, chúng tôi …": a sentence of the story
    assert "Kỳ sau: Người trẻ giữ nghề" not in lines(page(after="<p><em>Kỳ sau: Người trẻ giữ nghề</em></p>"))


def test_the_old_encodings_eth_folds_as_d():
    assert fold("Ðón đọc") == fold("Đón đọc") == "don doc"


def test_the_sender_a_portal_opens_a_story_with_goes_and_the_lead_stays():
    sender = ('<font class="content"><a href="modules.php?name=Your_Account&amp;op=userinfo&amp;'
              f'username=tranvanhai">tranvanhai</a> viết "<i>{LEAD}</i>"<br><br></font>')
    got = lines(page(lead=sender))
    assert got[0] == LEAD
    assert not any("tranvanhai" in line for line in got)
    # Written into the text itself, the quote closed in the same run.
    got = lines(page(lead=f'<p><a href="/u/hoa">hoa</a> viết: "{LEAD}"</p>'))
    assert got[0] == LEAD


def test_a_sentence_that_opens_with_a_link_and_writes_keeps_its_words():
    sentence = ('<p><a href="/tac-gia/nguyen-du">Nguyễn Du</a> viết "Truyện Kiều" khi nào vẫn là câu hỏi '
                'của các nhà nghiên cứu, và hợp tác xã đã mời một nhà nghiên cứu về nói chuyện.</p>')
    got = lines(page(lead=sentence))
    assert got[0].startswith("Nguyễn Du viết")
