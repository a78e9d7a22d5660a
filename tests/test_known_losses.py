"""Known silent losses of the extractor (issue 12), each proved on a small page: a story's own
contact lines, an organisation taken for the writer, a short unsigned story refused for its
"Label: value" lines, a byline in capitals, author chips after a label; and those loss8 fixed: a
news brief shorter than an article, a story in two sibling blocks, zone-less JSON-LD times, pen
names that open like a department's name."""

from __future__ import annotations

import pytest

from crawler import knowledge
from crawler.extract import extract
from crawler.extract.detect import PageContext

SITE = "Trang tin điện tử huyện Ea Kar"
URL = "https://eakar.example/thoi-su/tuyen-dung-vien-chuc-nam-2026.html"
TITLE = "Trung tâm Văn hóa huyện tuyển dụng viên chức làm việc tại các thôn buôn"
STORY = (
    "Trung tâm Văn hóa, Thông tin và Thể thao huyện Ea Kar thông báo tuyển dụng 06 viên chức làm công tác "
    "tuyên truyền, hướng dẫn văn nghệ quần chúng tại các thôn, buôn đồng bào dân tộc thiểu số.",
    "Người dự tuyển phải có trình độ đại học trở lên thuộc các chuyên ngành văn hóa, nghệ thuật, báo chí; "
    "ưu tiên người biết tiếng Ê Đê hoặc tiếng M'nông và có hộ khẩu thường trú trên địa bàn huyện.",
    "Hồ sơ nộp trực tiếp tại bộ phận tổ chức của Trung tâm trong giờ hành chính, từ ngày 16/11 đến hết "
    "ngày 15/12/2026; lệ phí dự tuyển thực hiện theo quy định hiện hành của Bộ Tài chính.",
)


def story_page(*, before: str = "", after: str = "", outside: str = "", footer: str = "", title: str = TITLE) -> str:
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title} | {SITE}</title>
<meta property="og:title" content="{title}"></head><body>
<div class="dau-trang"><a class="ten-trang" href="/">{SITE}</a><span class="hom-nay">Thứ Hai, 30/11/2026</span></div>
<ul class="thanh-menu"><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li></ul>
<div class="vung-giua"><div class="cot-tin"><h2 class="ten-bai">{title}</h2>
<div class="thoi-diem">Cập nhật: 09:40 | 16/11/2026</div>{before}
<div class="than-bai">{body}{after}</div>{outside}</div>
<div class="cot-ben"><div class="khoi-tin"><h4>Tin đọc nhiều</h4><ul>
<li><a href="/thoi-su/mua-lua-dong-xuan.html">Nông dân Ea Kar xuống giống lúa vụ Đông Xuân sớm hơn mọi năm</a></li>
<li><a href="/thoi-su/duong-lien-xa.html">Thông xe tuyến đường liên xã Ea Păl - Cư Ni sau hai năm thi công</a></li>
</ul></div></div></div>
<footer class="chan-trang">{footer}<p>Cơ quan chủ quản: Ủy ban nhân dân huyện Ea Kar, tỉnh Đắk Lắk.</p></footer>
</body></html>"""


# 1. A story's contact lines stay; the site's go.

CONTACT = ("<p>Mọi chi tiết xin liên hệ bà H'Ngơn Byă, cán bộ phụ trách tổ chức của Trung tâm.</p>"
           "<p>Điện thoại: 0262 3625 118</p><p>Email: ttvh.eakar@daklak.gov.vn</p>")


def test_a_storys_own_contact_lines_stay_in_its_text():
    article = extract(story_page(after=CONTACT), URL)
    lines = article.text.split("\n")
    assert lines[-2:] == ["Điện thoại: 0262 3625 118", "Email: ttvh.eakar@daklak.gov.vn"]
    assert article.is_article


def test_a_hotline_closing_a_health_story_stays():
    hotline = "<p>Đường dây nóng: 1900 9095</p>"
    article = extract(story_page(after=hotline), URL)
    assert article.text.split("\n")[-1] == "Đường dây nóng: 1900 9095"


@pytest.mark.parametrize("where", ["after", "outside", "footer"])
def test_the_sites_contact_lines_still_go(where):
    box = ("<div class='lien-lac-toa-soan'><p>Đường dây nóng: 0262 3625 000</p>"
           "<p>Email: toasoan@eakar.gov.vn</p></div>")
    article = extract(story_page(**{where: box}), URL)
    assert "0262 3625 000" not in article.text and "toasoan@" not in article.text
    assert article.text.split("\n") == list(STORY)


# 2. An organisation in title case is no writer.

@pytest.mark.parametrize("name", ["Hợp Tác Xã Tân Tiến", "Công An Xã Cư Huê", "Mặt Trận Tổ Quốc Xã",
                                  "Xí Nghiệp Thủy Lợi", "Ban Quản Lý Dự Án Huyện",
                                  "Công ty Cổ phần Xây dựng Minh Phát"])
@pytest.mark.parametrize("where", ["before", "outside"])
def test_an_organisation_in_a_block_of_its_own_is_no_author(name, where):
    article = extract(story_page(**{where: f"<div><strong>{name}</strong></div>"}), URL)
    assert article.author is None


@pytest.mark.parametrize("name", ["CÔNG TY CỔ PHẦN XÂY DỰNG MINH PHÁT", "TRUNG TÂM Y TẾ HUYỆN",
                                  "Trung Tâm Y Tế Huyện", "Công An Xã Cư Huê", "Sở Y Tế", "Hội Nông Dân"])
def test_an_organisation_signing_the_story_is_no_byline(name):
    article = extract(story_page(after=f"<p style='text-align:right'><strong>{name}</strong></p>"), URL)
    assert article.author is None


@pytest.mark.parametrize("name", ["Hoàng Lộc", "Nguyễn Thị Thu Hương", "Y Khuê Niê"])
def test_a_persons_name_block_is_still_the_author(name):
    article = extract(story_page(outside=f"<div><strong>{name}</strong></div>"), URL)
    assert article.author == name
    assert name not in article.text


@pytest.mark.parametrize("name", ["Văn Hội", "Đăng Khoa", "Ban Mai"])   # words of a body's name, given names too
def test_a_persons_byline_is_still_the_author(name):
    article = extract(story_page(after=f"<p style='text-align:right'><strong>{name}</strong></p>"), URL)
    assert article.author == name


# 4. A byline in capitals after a dash, in name case.

@pytest.mark.parametrize("byline, author", [
    ("- KSOR H'NHAN", "Ksor H'Nhan"),
    ("– NGUYỄN VĂN A", "Nguyễn Văn A"),
    ("- RƠ CHÂM H’LUY - PHẠM HÀ", "Rơ Châm H’Luy - Phạm Hà"),
])
@pytest.mark.parametrize("markup", ["<p style='text-align:right'><strong>{}</strong></p>", "<p><em>{}</em></p>",
                                    "<p>{}</p>"])
def test_a_byline_in_capitals_after_a_dash_is_stored_in_name_case(byline, author, markup):
    article = extract(story_page(after=markup.format(byline)), URL)
    assert article.author == author
    assert article.text.split("\n") == list(STORY)


# 5. Author chips after a label; one name printed twice is no pair of writers.

@pytest.mark.parametrize("label", ["Tác giả ", "Tác giả: "])   # without its colon, as Drupal prints it
def test_author_chips_after_a_label_name_each_writer(label):
    chips = (f"<div class='nguoi-viet'>{label}<a class='the-tac-gia' href='/tac-gia/thu-trang'>Thu Trang</a>"
             "<a class='the-tac-gia' href='/tac-gia/duc-minh'>Đức Minh</a></div>")
    article = extract(story_page(before=chips), URL)
    assert article.author == "Thu Trang, Đức Minh"


def test_a_name_printed_twice_is_one_writer():
    twice = ("<div class='nguoi-viet'><a class='the-tac-gia' href='/tac-gia/thu-trang'>Thu Trang</a>"
             "<a class='the-tac-gia' href='/tac-gia/thu-trang'>Thu Trang</a></div>")
    article = extract(story_page(before=twice), URL)
    assert article.author != "Thu Trang, Thu Trang"


# 3. An unsigned story shaped like a record is kept; a record is not.

NOTICE_URL = "https://eakar.example/thong-bao/hoi-nghi-tong-ket-cong-tac-dan-van-2026.html"


def field(label: str, value: str) -> str:
    return f"<p><strong>{label}:</strong> {value}</p>"


def notice_page(title: str, body: str, date_line: str) -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title} | {SITE}</title></head><body>
<div class="dau-trang"><a class="ten-trang" href="/">{SITE}</a><span class="hom-nay">Thứ Hai, 30/11/2026</span></div>
<ul class="thanh-menu"><li><a href="/">Trang chủ</a></li><li><a href="/thong-bao">Thông báo</a></li></ul>
<div class="vung-giua"><div class="cot-tin"><h2 class="ten-bai">{title}</h2>{date_line}
<div class="than-bai">{body}</div></div>
<div class="cot-ben"><div class="khoi-tin"><h4>Tin đọc nhiều</h4><ul>
<li><a href="/thoi-su/mua-lua-dong-xuan.html">Nông dân Ea Kar xuống giống lúa vụ Đông Xuân sớm hơn mọi năm</a></li>
<li><a href="/thoi-su/duong-lien-xa.html">Thông xe tuyến đường liên xã Ea Păl - Cư Ni sau hai năm thi công</a></li>
</ul></div></div></div>
<footer class="chan-trang"><p>Cơ quan chủ quản: Ủy ban nhân dân huyện Ea Kar, tỉnh Đắk Lắk.</p></footer></body></html>"""


MEETING = (field("Thời gian", "08 giờ 00, thứ Năm ngày 10/12/2026.")
           + field("Địa điểm", "Hội trường Ủy ban nhân dân huyện Ea Kar.")
           + field("Thành phần", "Lãnh đạo các phòng, ban, ngành; Chủ tịch Ủy ban nhân dân các xã, thị trấn.")
           + "<p>Hội nghị đánh giá kết quả công tác dân vận năm 2026, bàn giải pháp thực hiện nhiệm vụ năm 2027 và "
             "khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua dân vận khéo. Đề nghị các "
             "cơ quan, đơn vị cử đại biểu tham dự đầy đủ, đúng thành phần và đúng giờ.</p>")
DATE_LINE = "<div class='thoi-diem'>Ngày đăng: 25/11/2026 08:15</div>"


def test_an_unsigned_story_with_its_date_line_is_kept_whatever_its_fields():
    article = extract(notice_page("Thông báo tổ chức hội nghị tổng kết công tác dân vận năm 2026", MEETING, DATE_LINE),
                      NOTICE_URL)
    assert article.is_article, article.reason
    assert article.published == "2026-11-25T08:15:00+07:00"


def test_an_events_record_without_a_date_of_its_own_stays_refused():
    """The same fields and paragraph with no date line: the only dates are the event's own."""
    article = extract(notice_page("Thông báo tổ chức hội nghị tổng kết công tác dân vận năm 2026", MEETING, ""),
                      NOTICE_URL)
    assert not article.is_article


def test_a_documents_record_stays_refused():
    record = ("<table><tr><td>Số ký hiệu</td><td>215/QĐ-UBND</td></tr><tr><td>Ngày ban hành</td><td>20/11/2026</td></tr>"
              "<tr><td>Cơ quan ban hành</td><td>Ủy ban nhân dân huyện Ea Kar</td></tr><tr><td>Người ký</td>"
              "<td>Y Phôn Byă</td></tr></table><p>Về việc phê duyệt kế hoạch tổ chức hội nghị tổng kết công tác dân "
              "vận năm 2026 trên địa bàn huyện.</p><p><a href='/files/215-qd-ubnd.pdf'>Tải về 215-QĐ-UBND.pdf</a></p>")
    article = extract(notice_page("Quyết định số 215/QĐ-UBND phê duyệt kế hoạch tổ chức hội nghị tổng kết", record,
                                  "<div class='thoi-diem'>Ngày đăng: 25/11/2026 08:15</div>"),
                      "https://eakar.example/van-ban/215-qd-ubnd.html")
    assert not article.is_article


# loss8, 1. A news brief ("tin vắn") the site's lists name by its headline is kept; a cut page is not.

BRIEF_SITE = "Cổng thông tin huyện Krông Búk"
BRIEF_TITLE = "Xã Pơng Drang ra quân làm đường giao thông nông thôn đầu mùa khô"
BRIEF_URL = "https://krongbuk.example/tin-van/xa-pong-drang-ra-quan-lam-duong.html"
BRIEF = ("Sáng 28/11, xã Pơng Drang tổ chức ra quân làm 2,5 km đường bê tông tại thôn 4 và thôn 7. "
         "Người dân đóng góp ngày công, hiến đất; ngân sách hỗ trợ xi măng.",
         "Công trình dự kiến hoàn thành trước Tết Nguyên đán.")
LISTED = PageContext(anchor=BRIEF_TITLE, listed=True)


def brief_page(paragraphs: tuple[str, ...] = BRIEF,
               byline: str = "<p class='ky-ten'><strong>Minh Thư</strong></p>") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{BRIEF_TITLE} | {BRIEF_SITE}</title>
</head><body><div class="dau-trang"><a class="ten-trang" href="/">{BRIEF_SITE}</a><span>Thứ Hai, 30/11/2026</span></div>
<ul class="thanh-menu"><li><a href="/">Trang chủ</a></li><li><a href="/tin-van">Tin vắn</a></li></ul>
<div class="vung-giua"><div class="cot-tin"><h2 class="ten-bai">{BRIEF_TITLE}</h2>
<div class="thoi-diem">Cập nhật: 09:40 | 28/11/2026</div>
<div class="than-bai">{body}{byline}</div></div>
<div class="cot-ben"><div class="khoi-tin"><h4>Tin đọc nhiều</h4><ul>
<li><a href="/thoi-su/mua-lua-dong-xuan.html">Nông dân Krông Búk xuống giống lúa vụ Đông Xuân sớm hơn mọi năm</a></li>
<li><a href="/thoi-su/duong-lien-xa.html">Thông xe tuyến đường liên xã Cư Né - Chư Kbô sau hai năm thi công</a></li>
</ul></div></div></div>
<footer class="chan-trang"><p>Cơ quan chủ quản: Ủy ban nhân dân huyện Krông Búk, tỉnh Đắk Lắk.</p></footer>
</body></html>"""


def test_a_news_brief_its_lists_name_by_its_headline_is_kept():
    article = extract(brief_page(), BRIEF_URL, context=LISTED)
    assert article.is_article, article.reason
    assert article.text.split("\n") == list(BRIEF)
    assert (article.title, article.author, article.published) == (BRIEF_TITLE, "Minh Thư", "2026-11-28T09:40:00+07:00")
    assert not knowledge.teaches(article.text)   # kept, but too short to learn the site's template from


CUT = (BRIEF[0], "Công trình dự kiến hoàn thành trước Tết Nguyên đán, mỗi hộ dân trong thôn đóng góp")


@pytest.mark.parametrize("paragraphs, context", [
    (BRIEF, PageContext(listed=True)),                  # no list names it by its headline
    (BRIEF, PageContext(anchor=BRIEF_TITLE)),           # linked by its headline, but from no list page
    (CUT, LISTED),                                      # a capture cut off mid-sentence
    (BRIEF[:1], LISTED),                                # under half an article: a stub
])
def test_a_short_page_that_is_no_brief_stays_refused(paragraphs, context):
    article = extract(brief_page(paragraphs, byline=""), BRIEF_URL, context=context)
    assert not article.is_article
    assert article.reason.startswith("text too short")
