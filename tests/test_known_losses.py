"""Known silent losses of the extractor (issue 12), each proved on a small page: a story's own
contact lines, an organisation taken for the writer, a short unsigned story refused for its
"Label: value" lines, a byline in capitals, author chips after a label; and those loss8 fixed: a
news brief shorter than an article, a story in two sibling blocks, zone-less JSON-LD times, pen
names that open like a department's name."""

from __future__ import annotations

from dataclasses import replace

import pytest

from crawler import archive, knowledge
from crawler.config import SiteRules
from crawler.extract import Article, detect, extract, parse_html
from crawler.extract.boxes import SiteKnowledge, block_hashes
from crawler.extract.detect import PageContext
from crawler.page import analyse_page
from crawler.urls import on_other_hosts

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
    ((BRIEF[0].split(". ")[0] + ".",), LISTED),         # under half an article: a stub (one sentence)
])
def test_a_short_page_that_is_no_brief_stays_refused(paragraphs, context):
    article = extract(brief_page(paragraphs, byline=""), BRIEF_URL, context=context)
    assert not article.is_article
    assert article.reason.startswith("text too short")


# loss8, 2. A story printed in two sibling blocks keeps its second once the site's template is known.

SPLIT_URL = "https://gialai.example/kinh-te/nong-dan-chu-se-ho-tieu-huu-co.html"
SPLIT_TITLE = "Nông dân Chư Sê mở rộng diện tích hồ tiêu hữu cơ theo chuỗi liên kết"
PEPPER = (
    "Những năm gần đây, nhiều hộ nông dân ở huyện Chư Sê đã chuyển từ canh tác hồ tiêu truyền thống sang sản xuất "
    "theo hướng hữu cơ, giảm hẳn phân bón hóa học và thuốc bảo vệ thực vật.",
    "Theo Phòng Nông nghiệp huyện, đến nay toàn huyện có hơn 320 ha hồ tiêu được chứng nhận hữu cơ, tăng gấp ba lần "
    "so với năm 2022, tập trung ở các xã Ia Blang, Dun và Ia Pal.",
    "Ông Rơ Mah Khiên, Giám đốc hợp tác xã nông nghiệp Ia Blang, cho biết mỗi ki-lô-gam tiêu hữu cơ được doanh "
    "nghiệp thu mua cao hơn tiêu thường từ 15.000 đến 20.000 đồng.",
    "Để giữ chứng nhận, các thành viên phải ghi chép nhật ký canh tác, ủ phân vi sinh từ vỏ cà phê và chỉ dùng chế "
    "phẩm sinh học khi vườn có dấu hiệu sâu bệnh.",
    "Nhiều hộ ban đầu còn e ngại vì năng suất những vụ đầu giảm khoảng 20%, nhưng sau ba năm đất tơi xốp trở lại, "
    "cây khỏe và ít rụng hạt hơn hẳn.",
    "Huyện đang hỗ trợ kinh phí cấp chứng nhận và kết nối thêm hai doanh nghiệp xuất khẩu sang châu Âu, mục tiêu "
    "nâng diện tích lên 500 ha vào năm 2028.",
    "Bà Nguyễn Thị Lan ở làng Ia Dreng chia sẻ gia đình bà đã có đầu ra ổn định nhờ hợp đồng bao tiêu dài hạn với "
    "doanh nghiệp, không còn lo bị thương lái ép giá.",
    "Ngành nông nghiệp khuyến cáo người dân không mở rộng diện tích ồ ạt mà phải gắn với quy hoạch vùng nguyên liệu "
    "và năng lực thu mua của doanh nghiệp.",
)
TAIL = ("Vụ thu hoạch năm nay, hợp tác xã dự kiến bán được khoảng 400 tấn tiêu hữu cơ.",
        "Nhiều xã lân cận đã cử người đến học cách ủ phân vi sinh từ vỏ cà phê.")
APPEAL = "<div class='keu-goi'><p>Mời bạn đọc gửi tin, bài, ảnh về đường dây nóng của Báo để được hỗ trợ kịp thời.</p></div>"


def split_page(story: tuple[str, ...], second: str, title: str = SPLIT_TITLE) -> str:
    first = "".join(f"<p>{p}</p>" for p in story)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title} | Báo Gia Lai</title>
<meta property="og:title" content="{title}"></head><body>
<div class="dau-trang"><a class="ten-trang" href="/">Báo điện tử Gia Lai</a></div>
<ul class="thanh-menu"><li><a href="/">Trang chủ</a></li><li><a href="/kinh-te">Kinh tế</a></li></ul>
<main class="vung-chinh"><div class="cot-trai"><h1 class="tieu-de">{title}</h1>
<div class="ngay-dang">Thứ Hai, 30/11/2026 - 07:45</div>
<section class="doan-mot">{first}</section>{second}{APPEAL}
<div class="tin-lien-quan"><h3>Tin liên quan</h3><ul>
<li><a href="/kinh-te/ca-phe-tai-canh.html">Gia Lai tái canh hơn 5.000 ha cà phê già cỗi trong năm 2026</a></li>
<li><a href="/kinh-te/sau-rieng-xuat-khau.html">Sầu riêng Gia Lai có thêm mã số vùng trồng xuất khẩu</a></li></ul></div>
</div><aside class="cot-phai"><h4>Đọc nhiều</h4><ul>
<li><a href="/xa-hoi/mua-lu.html">Mưa lũ gây sạt lở nhiều tuyến đường ở huyện Kbang</a></li></ul></aside></main>
<footer><p>Cơ quan chủ quản: Tỉnh ủy Gia Lai.</p></footer></body></html>"""


def learned_site() -> PageContext:
    """What a crawl learns from the site's other articles: the blocks they share (the appeal too)."""
    others = [block_hashes(parse_html(split_page(story, "", title)))
              for story, title in ((STORY, TITLE), (BRIEF * 2, BRIEF_TITLE), (PEPPER[::-1], "Giá tiêu hôm nay"))]
    return PageContext(knowledge=SiteKnowledge.of(template=frozenset.intersection(*others)))


TAIL_SECTION = "<section class='doan-hai'>" + "".join(f"<p>{p}</p>" for p in TAIL) + "</section>"
INLINE_BOX = "<div class='chen-giua'><a href='/kinh-te/ca-phe.html'>Xem thêm: Giá cà phê hôm nay tăng mạnh</a></div>"


@pytest.mark.parametrize("second", [TAIL_SECTION, INLINE_BOX + TAIL_SECTION])
def test_a_storys_second_block_is_kept_once_the_sites_template_is_known(second):
    article = extract(split_page(PEPPER, second), SPLIT_URL, context=learned_site())
    assert article.text.split("\n") == [*PEPPER, *TAIL]   # the site's appeal and the boxes stay out


@pytest.mark.parametrize("heading", ["<h3 class='tieu-de-phu'>Đầu ra ổn định cho nông dân</h3>",
                                     "<p class='tieu-de-phu'><strong>Đầu ra ổn định cho nông dân</strong></p>"])
def test_the_heading_of_a_storys_second_block_comes_with_it(heading):
    """review8: a section's heading between the two blocks stays in its place, not left out."""
    article = extract(split_page(PEPPER, heading + INLINE_BOX + TAIL_SECTION), SPLIT_URL, context=learned_site())
    assert article.text.split("\n") == [*PEPPER, "Đầu ra ổn định cho nông dân", *TAIL]


def test_prose_that_links_away_ends_the_story():
    """A note with a link after the story is no more of it, nor is anything after the note."""
    after = ("<div class='ghi-chu'><p>Bài viết sử dụng số liệu của <a href='/so-lieu'>Cục Thống kê tỉnh Gia Lai</a>"
             " công bố trong niên giám thống kê năm 2025.</p></div>")
    article = extract(split_page(PEPPER, after + TAIL_SECTION), SPLIT_URL, context=learned_site())
    assert article.text.split("\n") == list(PEPPER)


# loss8, 4. A zone-less JSON-LD datePublished is read by the rule of a zone-less meta time.

def ld_post(printed: str, where: str = "json-ld", value: str = "2026-11-27T01:30:00") -> str:
    """A story whose only machine-readable time has no zone; ``printed`` is the date line it shows."""
    ld = (f'<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle", '
          f'"headline": "{TITLE}", "datePublished": "{value}"}}</script>') if where == "json-ld" else ""
    meta = f'<meta property="article:published_time" content="{value}">' if where == "meta" else ""
    return story_page(before=f"<div class='gio-dang'>{printed}</div>").replace(
        "</head>", f"{ld}{meta}</head>").replace("<div class=\"thoi-diem\">Cập nhật: 09:40 | 16/11/2026</div>", "")


@pytest.mark.parametrize("where", ["json-ld", "meta"])
@pytest.mark.parametrize("printed, published, utc", [
    ("27/11/2026 08:30", "2026-11-27T08:30:00+07:00", True),    # the page prints the UTC reading's time
    ("27/11/2026 01:30", "2026-11-27T01:30:00+07:00", False),   # the local reading's
    ("Tin tức - Sự kiện", "2026-11-27T01:30:00+07:00", None),   # nothing printed: Vietnam's, told nothing
])
def test_a_zone_less_json_ld_time_follows_the_meta_times_rule(where, printed, published, utc):
    article = extract(ld_post(printed, where), URL)
    assert (article.published, article.naive_utc) == (published, utc)


@pytest.mark.parametrize("where", ["json-ld", "meta"])
def test_a_zone_less_json_ld_time_follows_the_sites_clock_and_the_feed(where):
    page = ld_post("Tin tức - Sự kiện", where)
    site = SiteKnowledge(naive_utc=True)
    assert extract(page, URL, context=PageContext(knowledge=site)).published == "2026-11-27T08:30:00+07:00"
    fed = PageContext(knowledge=site, fed=True, fed_date="2026-11-27T01:30:00+07:00")   # the feed's word wins
    assert extract(page, URL, context=fed).published == "2026-11-27T01:30:00+07:00"


def test_a_json_ld_time_with_its_zone_is_read_as_written():
    article = extract(ld_post("27/11/2026 08:30", value="2026-11-27T01:30:00+07:00"), URL)
    assert (article.published, article.naive_utc) == ("2026-11-27T01:30:00+07:00", None)


# loss8, 3. What the perturbations lost: a lead after a related box, the first of paragraphs
# written text<br><br>text, a story's sections each in a wrapper, an event without its type.

def test_a_lead_printed_after_a_box_of_bare_teasers_stays():
    box = ("<div class='tieu-de-hop'>Các tin khác</div>"
           "<div class='dong-tin'><a href='/thoi-su/mua-lua-dong-xuan.html'>Nông dân Ea Kar xuống giống lúa vụ Đông "
           "Xuân sớm hơn mọi năm</a></div>"
           "<div class='dong-tin'><a href='/thoi-su/duong-lien-xa.html'>Thông xe tuyến đường liên xã Ea Păl - Cư Ni "
           "sau hai năm thi công</a></div>")
    lead = "Huyện Ea Kar cần thêm viên chức văn hóa cho các thôn, buôn đồng bào dân tộc thiểu số."
    page = story_page(before=box + f"<div class='tom-tat'><b>{lead}</b></div>")
    article = extract(page, URL)
    assert article.text.split("\n") == [lead, *STORY]


def test_a_blurb_after_the_last_teaser_still_goes():
    box = ("<div class='tieu-de-hop'>Các tin khác</div>"
           "<div class='dong-tin'><a href='/thoi-su/mua-lua-dong-xuan.html'>Nông dân Ea Kar xuống giống lúa vụ Đông "
           "Xuân sớm hơn mọi năm</a></div><div class='mo-ta'>Vụ Đông Xuân năm nay huyện gieo sạ hơn 9.000 ha.</div>"
           "<div class='dong-tin'><a href='/thoi-su/duong-lien-xa.html'>Thông xe tuyến đường liên xã Ea Păl - Cư Ni "
           "sau hai năm thi công</a></div><div class='mo-ta'>Tuyến đường dài 12 km, tổng vốn hơn 80 tỷ đồng.</div>")
    article = extract(story_page(before=box), URL)
    assert article.text.split("\n") == list(STORY)


def test_the_first_of_paragraphs_written_text_br_br_text_is_kept():
    """A story pasted as text<br><br>text into its section, under the article's header."""
    pasted = "<br><br>".join(PEPPER[:6])
    page = split_page((), "").replace(APPEAL, "").replace(
        "<section class=\"doan-mot\"></section>",
        f"<figure class='anh-dau'><img src='/anh/ho-tieu.jpg'></figure><section class='noi-dung'>\n  {pasted}<br><br>"
        "<figure><img src='/anh/vuon-tieu.jpg'></figure></section>").replace(
        "<div class=\"cot-trai\">", "<article class=\"cot-trai\"><header>").replace(
        "- 07:45</div>", "- 07:45</div></header>", 1).replace("</div><aside", "</article><aside", 1)
    article = extract(page, SPLIT_URL)
    assert article.text.split("\n") == list(PEPPER[:6])


def test_a_storys_sections_each_in_a_bare_wrapper_are_kept():
    """The densest section in the middle, a shorter one before and after it, each in a bare
    ``<div>`` (a page builder's): the climb from the densest goes through its wrapper."""
    parts = ((PEPPER[0],), PEPPER[1:7], (PEPPER[7], *TAIL))
    for wrapper in ("{}", "<div>{}</div>"):
        sections = "".join(wrapper.format("<section class='phan-bai'>" + "".join(f"<p>{p}</p>" for p in part)
                                          + "</section>") for part in parts)
        page = split_page((), "").replace("<section class=\"doan-mot\"></section>", sections).replace(APPEAL, "")
        article = extract(page, SPLIT_URL)
        assert article.text.split("\n") == [*PEPPER, *TAIL], wrapper


EVENT_URL = "https://eakar.example/su-kien/hoi-thi-van-nghe-quan-chung-2026.html"
EVENT_TEXT = ("<p>Hội thi nhằm tuyên truyền, tôn vinh bản sắc văn hóa các dân tộc trên địa bàn huyện, thu hút 18 đội văn nghệ "
              "của các xã, thị trấn với các tiết mục hát, múa, cồng chiêng và trình diễn trang phục truyền thống.</p>"
              "<p>Các đơn vị đăng ký tham gia gửi danh sách về Phòng Văn hóa và Thông tin huyện trước ngày 5/12/2026 để "
              "ban tổ chức bố trí lịch tổng duyệt.</p>")


@pytest.mark.parametrize("schedule", [
    "<h3 class='lich'>8:00, 12/12/2026 - 17:00, 14/12/2026</h3>",
    "<ul class='thong-tin'><li>Thời gian: 8 giờ 00, thứ Bảy 12/12/2026 đến 17 giờ, thứ Hai 14/12/2026</li>"
    "<li>Địa điểm: Sân vận động huyện Ea Kar</li></ul>",
    "<div class='ngay-gio'><div><span>Thứ Bảy, 12 thg 12, 2026 08:00</span></div><div><span>đến </span>"
    "<span>Thứ Hai, 14 thg 12, 2026 17:00</span></div></div>",
])
def test_an_events_page_without_its_type_is_no_article(schedule):
    """No schema.org Event left: a span of time by the headline, and no date of the page's own."""
    page = notice_page("Hội thi văn nghệ quần chúng các dân tộc huyện Ea Kar năm 2026", EVENT_TEXT, schedule)
    article = extract(page, EVENT_URL, context=PageContext(anchor="Hội thi văn nghệ quần chúng các dân tộc huyện "
                                                                  "Ea Kar năm 2026", listed=True))
    assert not article.is_article
    assert "time span" in article.reason


@pytest.mark.parametrize("where", ["first", "last"])
def test_a_sentence_of_an_undated_story_naming_a_span_of_days_is_no_schedule(where):
    """review8: a span of time in the story's prose ("diễn ra từ ngày 20/11 đến 25/11.") is what
    the story tells, not an event page's schedule under its name; the story prints no date."""
    span = "<p>Giải đấu diễn ra từ ngày 20/11 đến 25/11.</p>"
    body = "".join(f"<p>{p}</p>" for p in STORY)
    page = notice_page(TITLE, span + body if where == "first" else body + span, "")
    article = extract(page, URL)
    assert article.is_article, article.reason
    assert article.published is None
    assert "Giải đấu diễn ra từ ngày 20/11 đến 25/11." in article.text.split("\n")


def test_a_story_announcing_an_event_with_its_own_date_line_stays_news():
    schedule = ("<div class='thoi-diem'>Ngày đăng: 25/11/2026 08:15</div>"
                "<p class='lich'>Thời gian: 8:00, 12/12/2026 - 17:00, 14/12/2026</p>")
    page = notice_page("Hội thi văn nghệ quần chúng các dân tộc huyện Ea Kar năm 2026", EVENT_TEXT, schedule)
    article = extract(page, EVENT_URL)
    assert article.is_article, article.reason
    assert article.published == "2026-11-25T08:15:00+07:00"


# loss8, 5. "Khoa" opens a pen name and a faculty's or a ward's name: told by how it is written.

@pytest.mark.parametrize("name, author", [("Khoa Nam", "Khoa Nam"), ("Khoa Minh", "Khoa Minh"), ("KHOA NAM", "Khoa Nam"),
                                          ("Khoa Ngữ văn", None), ("Khoa Nội tổng hợp", None), ("KHOA NGỮ VĂN", None),
                                          # review8: two reporters in capitals, a pen name first; two faculties
                                          ("KHOA NAM - THU HÀ", "Khoa Nam - Thu Hà"),
                                          ("KHOA NAM, THU HÀ", "Khoa Nam, Thu Hà"),
                                          ("KHOA NGỮ VĂN - KHOA LỊCH SỬ", None)])
@pytest.mark.parametrize("where", ["byline", "block"])
def test_a_pen_name_opening_with_khoa_is_an_author_a_department_is_not(name, author, where):
    markup = (dict(after=f"<p style='text-align:right'><strong>{name}</strong></p>") if where == "byline"
              else dict(outside=f"<div><strong>{name}</strong></div>"))
    article = extract(story_page(**markup), URL)
    assert article.author == author
    assert author is None or name not in article.text   # a unit signing stays, as loss7's bodies do


def test_khoa_noi_signing_a_story_of_its_ward_is_no_author():
    """"Khoa Nội" is written as a pen name is: the story naming the ward tells the unit."""
    ward = "<p>Các bác sĩ khoa Nội đã tư vấn sức khỏe miễn phí cho hơn 300 người cao tuổi tại các buôn.</p>"
    signed = "<p style='text-align:right'><strong>Khoa Nội</strong></p>"
    assert extract(story_page(after=ward + signed), URL).author is None
    assert extract(story_page(after=signed), URL).author == "Khoa Nội"   # nothing tells it from a pen name


# loss9, 1. A short unsigned news item with a file attached is news; a notice over a form is not.

ITEM_URL = "https://cumgar.example/tin-hoat-dong/tap-huan-chuyen-doi-so-cho-to-cong-nghe-so.html"
ITEM_TITLE = "Cư M'gar tập huấn chuyển đổi số cho tổ công nghệ số cộng đồng các xã"
ITEM = ("Sáng 19/11, tại hội trường Ủy ban nhân dân huyện Cư M'gar, Phòng Văn hóa và Thông tin huyện tổ chức "
        "tập huấn kỹ năng chuyển đổi số cho hơn 120 thành viên tổ công nghệ số cộng đồng của 17 xã, thị trấn.",
        "Ông Y Lim Niê, Phó Chủ tịch Ủy ban nhân dân huyện, đề nghị các tổ hướng dẫn người dân cài đặt định danh "
        "điện tử và thanh toán không dùng tiền mặt.")
FORM_TITLE = "Thông báo tiếp nhận hồ sơ đăng ký nhiệm vụ chuyển đổi số cấp huyện năm 2027"
FORM = ("Thực hiện Kế hoạch số 88/KH-UBND của Ủy ban nhân dân huyện, Phòng Văn hóa và Thông tin thông báo đến các cơ "
        "quan, đơn vị, doanh nghiệp đăng ký nhiệm vụ chuyển đổi số cấp huyện năm 2027.",
        "Hồ sơ gồm phiếu đăng ký theo mẫu và thuyết minh nhiệm vụ, gửi về Phòng Văn hóa và Thông tin trước ngày "
        "15/12/2026.")
ATTACHED = {"docx": "<p>Tải về: <a href='/files/ke-hoach-tap-huan.docx'>Kế hoạch tập huấn.docx</a></p>",
            "pdf": "<p>Tệp đính kèm: <a href='/upload/2026/11/danh-sach-hoc-vien.pdf'>danh-sach-hoc-vien.pdf</a></p>"}


def item_page(title: str, paragraphs: tuple[str, ...], attached: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="phan-dau"><a href="/">Trang thông tin điện tử huyện Cư M'gar</a><span>Thứ Hai, 30/11/2026</span></div>
<ul class="menu-ngang"><li><a href="/">Trang chủ</a></li><li><a href="/tin-hoat-dong">Tin hoạt động</a></li>
<li><a href="/thong-bao">Thông báo</a></li></ul>
<div class="khung-chinh"><h1 class="ten-tin">{title}</h1><div class="ngay-gio">Đăng ngày 19/11/2026 15:20</div>
<div class="noi-dung-tin">{body}{attached}</div></div>
<footer class="duoi-trang"><p>Ủy ban nhân dân huyện Cư M'gar, tỉnh Đắk Lắk.</p></footer></body></html>"""


@pytest.mark.parametrize("attached", ["docx", "pdf"])
@pytest.mark.parametrize("context", [PageContext(), PageContext(anchor=ITEM_TITLE, listed=True)])
def test_a_short_unsigned_news_item_with_a_file_attached_is_news(attached, context):
    """A meeting reported: a time and a place open it, people are named; the file is its plan."""
    article = extract(item_page(ITEM_TITLE, ITEM, ATTACHED[attached]), ITEM_URL, context=context)
    assert sum(map(len, ITEM)) < 500
    assert article.is_article, article.reason
    assert (article.title, article.published) == (ITEM_TITLE, "2026-11-19T15:20:00+07:00")


@pytest.mark.parametrize("context", [PageContext(), PageContext(anchor=FORM_TITLE, listed=True)])
def test_a_notice_over_a_form_to_download_stays_refused(context):
    """A title, a line of what to do, a file to download: listed by its title as the news is."""
    article = extract(item_page(FORM_TITLE, FORM, ATTACHED["docx"]), ITEM_URL.replace("tap-huan", "dang-ky"),
                      context=context)
    assert not article.is_article
    assert "document to download" in article.reason


# loss9, 2. An unsigned story the site's menu features is news; the site's own pages are not.

FEATURE_URL = "https://cumgar.example/le-hoi-ca-phe-buon-ma-thuot.html"   # no date, no feed, no list links it
FEATURE_TITLE = "Cư M'gar rộn ràng ngày hội văn hóa cồng chiêng các buôn đồng bào Ê Đê"
FEATURE = (
    "Sáng 22/11, tại sân vận động trung tâm huyện Cư M'gar, Ủy ban nhân dân huyện tổ chức ngày hội văn hóa cồng "
    "chiêng với sự tham gia của 24 đội cồng chiêng đến từ các buôn đồng bào Ê Đê, M'nông trên địa bàn.",
    "Các nghệ nhân lớn tuổi cùng lớp trẻ trình diễn những bài chiêng cổ mừng lúa mới, lễ cúng bến nước và điệu "
    "múa xoang quanh đống lửa, thu hút hàng nghìn người dân và du khách đến xem suốt cả buổi sáng.",
    "Bên lề ngày hội, các xã trưng bày sản phẩm thổ cẩm, rượu cần, cà phê và tổ chức thi giã gạo, nấu cơm lam, "
    "tái hiện không gian sinh hoạt cộng đồng của buôn làng Tây Nguyên xưa.",
    "Dịp này, huyện trao giấy khen cho 12 nghệ nhân có nhiều đóng góp trong việc truyền dạy đánh chiêng cho thế "
    "hệ trẻ, góp phần giữ gìn không gian văn hóa cồng chiêng đã được UNESCO ghi danh.",
    "Ngày hội là hoạt động mở đầu chuỗi sự kiện chào mừng lễ hội cà phê của tỉnh, kéo dài đến hết tháng 12.",
)
ABOUT_URL = "https://cumgar.example/gioi-thieu-huyen-cu-mgar.html"
ABOUT_TITLE = "Giới thiệu khái quát về điều kiện tự nhiên, dân cư huyện Cư M'gar"
ABOUT_TEXT = (
    "Huyện Cư M'gar nằm ở phía Tây Bắc tỉnh Đắk Lắk, có diện tích tự nhiên hơn 824 km², gồm 15 xã và 2 thị trấn "
    "với 17 dân tộc anh em cùng sinh sống, trong đó đồng bào dân tộc thiểu số chiếm gần một nửa dân số.",
    "Địa hình của huyện tương đối bằng phẳng, đất đỏ bazan màu mỡ chiếm phần lớn diện tích, thích hợp với cây "
    "công nghiệp dài ngày như cà phê, hồ tiêu, cao su và các loại cây ăn quả có giá trị kinh tế cao.",
    "Khí hậu chia thành hai mùa rõ rệt, mùa mưa từ tháng 5 đến tháng 10 và mùa khô từ tháng 11 đến tháng 4 năm "
    "sau; hệ thống sông suối, hồ đập khá dày, bảo đảm nước tưới cho sản xuất nông nghiệp quanh năm.",
    "Huyện có tuyến Quốc lộ 14 và nhiều tỉnh lộ đi qua, thuận lợi cho giao thương với thành phố Buôn Ma Thuột "
    "và các tỉnh Tây Nguyên, là lợi thế để phát triển thương mại, dịch vụ và du lịch cộng đồng.",
)


def menu_page(title: str, paragraphs: tuple[str, ...], date_line: str = "Cập nhật lúc 16:45, 22/11/2026") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    line = f"<div class='ngay-gio'>{date_line}</div>" if date_line else ""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:type" content="article"></head><body>
<div class="phan-dau"><a href="/">Trang thông tin điện tử huyện Cư M'gar</a></div>
<ul class="menu-ngang"><li><a href="/">Trang chủ</a></li><li><a href="{ABOUT_URL}">Giới thiệu</a></li>
<li><a href="{FEATURE_URL}">Ngày hội cồng chiêng</a></li><li><a href="/thong-bao">Thông báo</a></li></ul>
<div class="khung-chinh"><h1 class="ten-tin">{title}</h1>{line}<div class="noi-dung-tin">{body}</div></div>
<footer class="duoi-trang"><p>Ủy ban nhân dân huyện Cư M'gar, tỉnh Đắk Lắk.</p></footer></body></html>"""


MENU_KNOWN = PageContext(knowledge=SiteKnowledge.of(template=[detect.menu_link_hash(u)
                                                              for u in (FEATURE_URL, ABOUT_URL)]))


def test_an_unsigned_story_the_menu_features_is_news():
    """Its own date line by the headline, and prose that reports what happened on a day."""
    article = extract(menu_page(FEATURE_TITLE, FEATURE), FEATURE_URL, context=MENU_KNOWN)
    assert sum(map(len, FEATURE)) >= 800
    assert article.is_article, article.reason
    assert (article.title, article.published) == (FEATURE_TITLE, "2026-11-22T16:45:00+07:00")


@pytest.mark.parametrize("title, paragraphs, date_line", [
    (ABOUT_TITLE, ABOUT_TEXT, "Cập nhật lúc 16:45, 22/11/2026"),   # the site's about page, dated as every page
    (FEATURE_TITLE, FEATURE, ""),                                   # no date line of its own
    (ABOUT_TITLE, ("Ngày 1/1/2004, huyện Cư M'gar được chia tách, thành lập thêm huyện Buôn Đôn; từ đó huyện "
                   "có 15 xã và 2 thị trấn như hiện nay.", *ABOUT_TEXT), "Cập nhật lúc 16:45, 22/11/2026"),
])   # the last: the history opens on a day, long before the page's own
def test_a_page_of_the_menu_that_reports_no_day_stays_refused(title, paragraphs, date_line):
    """The site's about page, dated as every page is; a story with no date line of its own; a
    history whose first day is years before the page's date."""
    url = ABOUT_URL if title == ABOUT_TITLE else FEATURE_URL
    article = extract(menu_page(title, paragraphs, date_line), url, context=MENU_KNOWN)
    assert not article.is_article
    assert article.reason == "a page of the site's menu, not news"


# loss10, 1. An m. mirror without canonicals: its copy of a menu page is the menu's page too.

MOBILE_ABOUT_URL = ABOUT_URL.replace("https://", "https://m.")


def test_a_mirrors_copy_of_a_menu_page_is_the_menus_page(tmp_path):
    """The crawl learned the desktop host's menu; the m. host's copy of the about page (no
    canonical, its own URL) is named by the menu through its path on the desktop host."""
    page = menu_page(ABOUT_TITLE, ABOUT_TEXT)
    listed = replace(MENU_KNOWN, listed=True, anchor="Giới thiệu")
    assert extract(page, MOBILE_ABOUT_URL, context=listed).is_article   # the menu knows no m. URL
    mirrored = replace(listed, mirrors=on_other_hosts(MOBILE_ABOUT_URL, ["cumgar.example", "m.cumgar.example"]))
    assert mirrored.mirrors == (ABOUT_URL,)
    article = extract(page, MOBILE_ABOUT_URL, context=mirrored)
    assert not article.is_article and article.reason == "a page of the site's menu, not news"
    # the crawl's end-of-run check asks the learner the same way
    learner = knowledge.SiteLearner(archive.open_archive(tmp_path / "archive.db"), "cumgar")
    learner.template.update(detect.menu_link_hash(u) for u in (FEATURE_URL, ABOUT_URL))
    assert learner.in_menu(MOBILE_ABOUT_URL, *mirrored.mirrors) and not learner.in_menu(MOBILE_ABOUT_URL)


# loss9, 4. A source line after the body is read whatever the site has learned first.

ORDER_SITE = "Sở Tài nguyên và Môi trường tỉnh Bình Định"
ORDER_BASE = "https://stnmt.example"
ORDER_STORIES = {   # slug: (title, lead, paragraphs, credits)
    "quan-trac-nuoc-song-kon-412": (
        "Quan trắc chất lượng nước sông Kôn mùa khô năm 2026",
        "Trung tâm Quan trắc tài nguyên và môi trường tỉnh lấy mẫu nước tại 12 điểm dọc sông Kôn.",
        ("Kết quả cho thấy phần lớn các chỉ tiêu đều nằm trong giới hạn cho phép của quy chuẩn kỹ thuật quốc gia "
         "về chất lượng nước mặt dùng cho mục đích cấp nước sinh hoạt.",
         "Riêng hai điểm gần khu công nghiệp Nhơn Hòa có hàm lượng chất hữu cơ cao hơn mức cho phép, do nước thải "
         "của một số cơ sở chế biến nông sản chưa được xử lý triệt để trước khi xả ra môi trường.",
         "Sở đã đề nghị Ủy ban nhân dân thị xã An Nhơn kiểm tra, yêu cầu các cơ sở này khắc phục và báo cáo kết quả "
         "trước ngày 30/6; đồng thời tăng tần suất quan trắc tại các điểm có nguy cơ ô nhiễm.",
         "Người dân sống ven sông được khuyến cáo không sử dụng nước chưa qua xử lý cho ăn uống trong thời gian này."),
        (("Tác giả bài viết", "Lê Minh Khôi"),)),
    "trong-rung-ven-bien-phu-cat-425": (
        "Phù Cát trồng mới 45 ha rừng phòng hộ ven biển",
        "Các xã ven biển huyện Phù Cát ra quân trồng phi lao, keo lá tràm trên các đồi cát trắng.",
        ("Dự án do Ban quản lý rừng phòng hộ tỉnh làm chủ đầu tư, sử dụng vốn ngân sách và vốn hỗ trợ của chương "
         "trình ứng phó biến đổi khí hậu, với tổng kinh phí gần 9 tỷ đồng.",
         "Cây giống được ươm tại chỗ, đạt chiều cao từ 60 đến 80 cm, được bón lót phân hữu cơ và tưới nhỏ giọt "
         "trong ba tháng đầu để bảo đảm tỷ lệ sống trên 85%.",
         "Người dân các thôn ven biển được giao khoán bảo vệ rừng, hưởng lợi từ tỉa thưa và được ưu tiên tham gia "
         "các mô hình du lịch sinh thái dưới tán rừng.",
         "Rừng phòng hộ sau khi khép tán sẽ chắn cát bay, giữ ẩm cho đất và bảo vệ hơn 600 ha đất sản xuất phía trong."),
        (("Nguồn tin", "Chi cục Kiểm lâm"),)),
    "kiem-tra-khai-thac-cat-431": (
        "Kiểm tra hoạt động khai thác cát trên sông Hà Thanh",
        "Đoàn kiểm tra liên ngành làm việc với bốn doanh nghiệp được cấp phép khai thác cát lòng sông.",
        ("Qua kiểm tra, đoàn phát hiện một doanh nghiệp khai thác vượt ranh giới mỏ được cấp phép và tập kết cát "
         "trên hành lang bảo vệ bờ sông, gây nguy cơ sạt lở vào mùa mưa.",
         "Đoàn đã lập biên bản, đình chỉ hoạt động khai thác của doanh nghiệp này và kiến nghị xử phạt theo quy định "
         "về xử phạt vi phạm hành chính trong lĩnh vực khoáng sản.",
         "Ba doanh nghiệp còn lại chấp hành đúng phạm vi, thời gian khai thác, lắp đặt camera giám sát và trạm cân "
         "tại bến bãi theo yêu cầu của cơ quan quản lý.",
         "Sở sẽ tổ chức kiểm tra đột xuất trong những tháng cuối năm, xử lý nghiêm các trường hợp tái phạm."),
        (("Tác giả bài viết", "Đỗ Văn Sang"),)),
    "cap-giay-chung-nhan-dat-tay-son-418": (
        "Tây Sơn đẩy nhanh cấp giấy chứng nhận quyền sử dụng đất lần đầu",
        "Chi nhánh Văn phòng đăng ký đất đai huyện Tây Sơn rà soát hơn 3.000 hồ sơ tồn đọng.",
        ("Từ đầu năm đến nay, chi nhánh đã trả kết quả cho 1.240 hồ sơ cấp giấy chứng nhận lần đầu, tăng gần gấp "
         "đôi so với cùng kỳ năm trước nhờ số hóa bản đồ địa chính và liên thông dữ liệu với cơ quan thuế.",
         "Những hồ sơ còn vướng mắc chủ yếu do nguồn gốc đất phức tạp, ranh giới thửa đất có tranh chấp hoặc người "
         "sử dụng đất chưa hoàn thành nghĩa vụ tài chính theo quy định.",
         "Huyện đã thành lập tổ công tác liên ngành, tổ chức đo đạc lại và đối thoại với từng hộ dân để giải quyết "
         "dứt điểm các trường hợp tồn đọng kéo dài nhiều năm.",
         "Mục tiêu đến cuối năm hoàn thành cấp giấy cho ít nhất 90% số hồ sơ đủ điều kiện trên địa bàn huyện."),
        (("Tác giả bài viết", "Phạm Thu Hà"), ("Nguồn tin", "Báo Bình Định"))),
}


def order_page(slug: str) -> str:
    title, lead, paragraphs, credits = ORDER_STORIES[slug]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    lines = "".join(f"<p class='dong-ghi'><b>{label}: </b>{value}</p>" for label, value in credits)
    return order_shell(title, f"""<div class="ngay-dang">Thứ Tư - 25/11/2026 10:20</div><div class="tom-tat">{lead}</div>
<div class="noi-dung-tin">{body}</div><div class="ghi-chu-cuoi">{lines}</div>""")


def order_shell(title: str, story: str) -> str:
    """A page of the site ``order_page`` serves: its template around a headline and ``story``."""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title} - {ORDER_SITE}</title>
</head><body><div class="dau-trang"><a href="/">{ORDER_SITE}</a><span class="hom-nay">Thứ Sáu, 27/11/2026</span></div>
<ul class="menu-chinh"><li><a href="/tin-tuc/">Tin tức</a></li><li><a href="/van-ban/">Văn bản</a></li>
<li><a href="/lien-he/">Liên hệ</a></li></ul>
<div class="khung-tin"><div class="ruot-tin"><h1 class="tieu-de-tin">{title}</h1>
<div class="an-di" itemprop="publisher" itemscope itemtype="http://schema.org/Organization"><span itemprop="name">{ORDER_SITE}</span><span itemprop="url">{ORDER_BASE}/uploads/logo-so-tai-nguyen.png</span></div>
{story}</div></div>
<div class="cot-phai"><div class="khoi"><div class="ten-khoi">Liên kết website</div><p>Cổng thông tin điện tử tỉnh Bình Định</p></div></div>
<footer class="chan"><p>Bản quyền thuộc về {ORDER_SITE}. Địa chỉ: 08 Hai Bà Trưng, Quy Nhơn.</p></footer></body></html>"""


def crawl_in_order(db, slugs: list[str], learner: knowledge.SiteLearner | None = None) -> dict[str, Article]:
    """Each page extracted, in ``slugs`` order, with what the site learned from the pages before
    it, as a crawl with one worker does (``crawl``: a new article teaches the learner)."""
    learner = learner or knowledge.SiteLearner(db, "stnmt")
    found = {}
    for slug in slugs:
        url = f"{ORDER_BASE}/tin-tuc/{slug}.html"
        body = order_page(slug).encode()
        analysis = analyse_page(body, "text/html; charset=utf-8", url, SiteRules(), True,
                                PageContext(knowledge=learner.knowledge()))
        article = analysis.article
        assert article is not None
        found[slug] = article
        if article.is_article and knowledge.teaches(article.text):
            learner.learn(analysis.blocks, article.title, analysis.menu)
    return found


@pytest.mark.parametrize("order", [1, -1])
def test_a_source_line_after_the_body_does_not_hang_on_the_crawls_order(order, tmp_path):
    slugs = list(ORDER_STORIES)[::order]
    stored = crawl_in_order(archive.open_archive(tmp_path / f"archive{order}.db"), slugs)
    assert all(a.is_article for a in stored.values())
    assert [(a.author, a.source) for a in stored.values()] == [
        (dict(credits).get("Tác giả bài viết"), dict(credits).get("Nguồn tin"))
        for _t, _l, _p, credits in (ORDER_STORIES[s] for s in slugs)]


# flake9 (issue 12). An event's page is refused whatever the crawl has fetched before it.

FAIR_TITLE = "Hội chợ nông sản và sản phẩm OCOP tỉnh Bình Định năm 2025"
FAIR = order_shell(FAIR_TITLE, """<div class="noi-dung-tin"><div class="o"><div class="doan">Thời gian: 8h00 ngày
28/6/2025 đến 22h00 ngày 02/7/2025<br>Địa điểm: Quảng trường 31/3, TP. Quy Nhơn<br>Gian hàng HTX Phù Cát: số 45 - 46,
khu vực nông sản Bình Định</div></div><div class="o"><div class="doan">Tại hội chợ, các hợp tác xã giới thiệu nông sản
chính vụ, sản phẩm OCOP 4 sao và đặc sản địa phương, giảm giá 10% cho khách đặt hàng trực tiếp tại gian hàng.</div>
</div></div>""")


@pytest.mark.parametrize("learned", range(len(ORDER_STORIES) + 1))
@pytest.mark.parametrize("context", [{}, {"listed": True}, {"anchor": "Sự kiện: " + FAIR_TITLE, "listed": True}])
def test_an_events_page_with_its_time_field_alone_is_no_article_in_any_crawl_order(learned, context, tmp_path):
    """A time field spanning days after the event's start, no date line of the page's own, a
    short description: the event's record, with the site's template learned from 0 to all of
    its stories first (the crawl's order), listed or not, linked by its name or not."""
    learner = knowledge.SiteLearner(archive.open_archive(tmp_path / "archive.db"), "stnmt")
    crawl_in_order(None, list(ORDER_STORIES)[:learned], learner)
    assert bool(learner.knowledge().template) is (learned >= knowledge.TEMPLATE_PAGES)
    analysis = analyse_page(FAIR.encode(), "text/html; charset=utf-8", f"{ORDER_BASE}/su-kien/hoi-cho-ocop-2025.html",
                            SiteRules(), True, PageContext(knowledge=learner.knowledge(), **context))
    assert analysis.article is not None
    assert not analysis.article.is_article
    assert analysis.article.reason == "an event's time and place before a short description, not news"


@pytest.mark.parametrize("day, published, on", [
    ("22/11", "2026-11-22T16:45:00+07:00", True), ("19/11", "2026-11-22", True), ("nay", "2026-11-22", True),
    ("31/12", "2027-01-02", True),                  # a lede of last year's last day, on a page of January
    ("23/11", "2026-11-22", False),                 # after the page's date
    ("1/1/2004", "2026-11-22", False), ("1/11", "2026-11-22", False), ("", "2026-11-22", False),
    ("22/11", None, False), ("31/2", "2026-11-22", False),
])
def test_a_lede_reports_the_pages_own_days(day, published, on):
    assert detect.lede_on(day, published) is on


# loss11, 1. A page whose only publication time is in its script data (SharePoint's
# _spPageContextInfo FirstPublishedDate, an app's publishedAt) is dated by it; a teaser's date in
# a list of items, or one of several dates, is never taken.

def script_story(script: str, date_line: bool = False) -> str:
    page = story_page().replace("</head>", f"<script>{script}</script></head>")
    return page if date_line else page.replace("<div class=\"thoi-diem\">Cập nhật: 09:40 | 16/11/2026</div>", "")


@pytest.mark.parametrize("script", [
    'var _spPageContextInfo = {"webTitle": "Ea Kar", "isNewsPage": true, "FirstPublishedDate": "2026-11-16T02:40:00Z"};',
    'window.__page = {"post": {"id": 12, "publishedAt": "2026-11-16T02:40:00.000Z", "slug": "tuyen-dung"}};',
    "var page = {published_at: '2026-11-16T09:40:00+07:00'};",
    'var ctx = {"datePublished": "2026-11-16T02:40:00Z", "PublishedDate": "2026-11-16T02:40:00Z"};',
])
def test_a_time_only_in_the_pages_script_data_dates_it(script):
    article = extract(script_story(script), URL)
    assert (article.published, article.found_by.published) == ("2026-11-16T09:40:00+07:00", "script")


@pytest.mark.parametrize("script", [
    'var data = {"related": [{"title": "Mùa lúa", "publishedAt": "2026-11-10T02:40:00Z"}]};',
    'var data = {"items": [{"publishedAt": "2026-11-10T02:40:00Z"}, {"publishedAt": "2026-11-12T02:40:00Z"}]};',
    'var a = {"publishedAt": "2026-11-10T02:40:00Z"}; var b = {"publishedAt": "2026-11-12T02:40:00Z"};',
])
def test_a_teasers_date_in_script_data_is_never_the_pages(script):
    assert extract(script_story(script), URL).published is None


def test_a_printed_date_line_comes_before_the_script_data():
    script = 'var ctx = {"FirstPublishedDate": "2026-11-15T02:40:00Z"};'
    article = extract(script_story(script, date_line=True), URL)
    assert article.published == "2026-11-16T09:40:00+07:00"
    assert article.found_by.published != "script"


# loss11, 3. A series' line naming its other part ("Bài 2: …" closing part 1, "Kỳ trước: …"
# opening part 2) is a teaser, not the story's text.

SERIES_TITLE = "Giữ nghề dệt thổ cẩm ở buôn làng - Bài 1: Những khung cửi bên hiên nhà sàn"


@pytest.mark.parametrize("line, where", [
    ("<p><em>Bài 2: Đưa thổ cẩm đến với du khách</em></p>", "after"),
    ("<p><em>Kỳ tới: Đưa thổ cẩm đến với du khách</em></p>", "after"),
    ("<p><em>Bài 2: <a href='/thoi-su/giu-nghe-det-bai-2.html'>Đưa thổ cẩm đến với du khách</a></em></p>", "after"),
    ("<p><em>Kỳ trước: Những khung cửi bên hiên nhà sàn</em></p>", "before"),
])
def test_a_series_line_naming_its_other_part_is_no_body(line, where):
    page = story_page(title=SERIES_TITLE, after=line if where == "after" else "")
    if where == "before":
        page = page.replace('<div class="than-bai">', '<div class="than-bai">' + line)
    article = extract(page, URL)
    assert article.text.split("\n") == list(STORY)


def test_a_sentence_opening_so_in_a_series_stays():
    line = "<p>Bài 2 của loạt bài sẽ trình bày cách các hợp tác xã đưa thổ cẩm đến với du khách.</p>"
    article = extract(story_page(title=SERIES_TITLE, after=line), URL)
    assert article.text.split("\n")[-1].startswith("Bài 2 của loạt bài")


# loss11, 4. reextract judges a page with the crawl's context: its URL on the site's other
# hosts (PageContext.mirrors), the hosts the archive knows of the site.

def test_reextract_judges_an_m_mirrors_copy_as_the_crawl_does(tmp_path):
    """An older crawl stored the m. host's copy of the about page; today's crawl refuses it
    (the menu names it on the desktop host), and so does a reextract of the archive."""
    from crawler.reextract import reextract

    db = archive.open_archive(tmp_path / "archive.db")
    learner = knowledge.SiteLearner(db, "cumgar")
    for _ in range(knowledge.TEMPLATE_PAGES):
        learner.learn((), None, [ABOUT_URL, FEATURE_URL])
    page = menu_page(ABOUT_TITLE, ABOUT_TEXT).encode()
    with archive.transaction(db):
        learner.save(db)
        archive.add_to_frontier(db, "cumgar", [(FEATURE_URL, "page", 1), (ABOUT_URL, "page", 1)])
        archive.save_article(db, "cumgar", MOBILE_ABOUT_URL, extract(page, MOBILE_ABOUT_URL), "2026-11-22T10:00:00+00:00")
        archive.save_raw(db, MOBILE_ABOUT_URL, MOBILE_ABOUT_URL, 200, {"content-type": "text/html; charset=utf-8"},
                         page, "2026-11-22T10:00:00+00:00")
    report = reextract(db)
    assert (report.done, report.not_article) == (1, 1)


# fields19, 1. hAtom's machine-readable date (SPIP's, Movable Type's, themes of the microformats
# era): <abbr class="published" title="…Z"> is read as a <time datetime>, to the minute.

SPIP_URL = "https://hoinongdan.camlo.example/Nong-dan-Cam-Lo-chuyen-doi-cay-trong.html"
SPIP_TITLE = "Nông dân Cam Lộ chuyển đổi cây trồng trên đất lúa kém hiệu quả"
SPIP_LEAD = "Vụ Hè Thu năm nay, nông dân huyện Cam Lộ chuyển đổi hơn 120 ha đất lúa kém hiệu quả sang trồng màu."
SPIP_STORY = (
    "Tại xã Cam Thành, nhiều chân ruộng cao, thiếu nước tưới vào mùa khô trước đây chỉ cấy được một vụ "
    "lúa với năng suất thấp, nay được chuyển sang trồng ngô sinh khối và lạc.",
    "Ông Nguyễn Văn Hòa, hội viên thôn Phước Tuyền, cho biết gia đình ông chuyển 5 sào lúa sang trồng ngô; "
    "sau 75 ngày, ngô được một công ty chăn nuôi bò sữa thu mua ngay tại ruộng với giá ổn định.",
    "Hỗ trợ giống và kỹ thuật",
    "Huyện hỗ trợ 50% giá giống ngô, lạc và phân bón cho vụ đầu tiên; cán bộ khuyến nông tổ chức 12 lớp "
    "tập huấn kỹ thuật làm đất, gieo trồng và phòng trừ sâu bệnh tại các thôn.",
)


def spip_page(*, info: str, chapo: str = f"<p>{SPIP_LEAD}</p>", aside: str = "") -> str:
    """An article of SPIP's dist templates: the cartouche (surtitre, headline, the hAtom date and
    the authors' vcards), the chapo and the texte, intertitles as <h3 class="spip">."""
    texte = "".join(f'<h3 class="spip">{p}</h3>' if len(p) < 40 else f"<p>{p}</p>" for p in SPIP_STORY)
    return f"""<!DOCTYPE html><html dir="ltr" lang="vi"><head><meta charset="utf-8">
<title>{SPIP_TITLE} - Hội Nông dân huyện Cam Lộ</title><meta name="generator" content="SPIP 4.2.8">
<link rel="canonical" href="{SPIP_URL}"></head><body class="page_article"><div class="page">
<div class="header" id="header"><a rel="start home" href="/"><h1 id="logo_site_spip">Hội Nông dân huyện Cam Lộ</h1></a></div>
<div class="nav" id="nav"><ul class="menu-liste"><li class="menu-entree"><a href="/">Trang chủ</a></li>
<li class="menu-entree"><a href="-Khuyen-nong-.html">Khuyến nông</a></li></ul></div>
<div class="main"><div class="wrapper hfeed"><div class="content hentry" id="content">
<p class="arbo"><a href="/">Trang chủ</a> &gt; <a href="-Khuyen-nong-.html">Khuyến nông</a></p>
<div class="cartouche"><p class="surtitre">Sản xuất vụ Hè Thu</p><h1 class="surlignable">{SPIP_TITLE}</h1>
<p class="info-publi">{info}<span class="sep">, </span><span class="auteurs">bởi <span class="vcard author">
<a class="url fn spip_in" href="_Le-Thi-Thu-Hien_.html">Lê Thị Thu Hiền</a></span></span></p></div>
<div class="surlignable chapo">{chapo}</div><div class="surlignable texte">{texte}</div></div></div>
<div class="aside">{aside}<div class="menu"><h2><a href="-Khuyen-nong-.html">Cùng chuyên mục</a></h2><ul>
<li><a href="Hoi-thao-dau-bo-ngo-sinh-khoi.html">Hội thảo đầu bờ mô hình ngô sinh khối tại Cam Thành</a></li>
<li><a href="Tap-huan-nuoi-bo-vo-beo.html">Tập huấn kỹ thuật nuôi bò vỗ béo cho hội viên xã Cam Chính</a></li>
</ul></div></div></div>
<div class="footer" id="footer"><p class="colophon">2015-2024 © Hội Nông dân huyện Cam Lộ</p></div></div></body></html>"""


@pytest.mark.parametrize("printed", ["Thứ năm 16 Tháng Năm 2024", "16/05/2024", "16 mai 2024"])
def test_an_hatom_published_date_is_read_to_the_minute(printed):
    info = f'<abbr class="published" title="2024-05-16T02:20:00Z">{printed}</abbr>'
    article = extract(spip_page(info=info), SPIP_URL)
    assert article.published == "2024-05-16T09:20:00+07:00"
    assert article.author == "Lê Thị Thu Hiền"


def test_an_hatom_update_never_beats_the_publication():
    info = ('<abbr class="updated" title="2024-05-20T03:00:00Z">20/05/2024</abbr> '
            '<abbr class="published" title="2024-05-16T02:20:00Z">16/05/2024</abbr>')
    assert extract(spip_page(info=info), SPIP_URL).published == "2024-05-16T09:20:00+07:00"


def test_an_hatom_value_class_date_is_read_as_its_holders():
    info = ('<span class="updated"><abbr class="value" title="2024-05-20T03:00:00Z">20/05/2024</abbr></span> '
            '<span class="published"><abbr class="value" title="2024-05-16T02:20:00Z">16/05/2024</abbr></span>')
    assert extract(spip_page(info=info), SPIP_URL).published == "2024-05-16T09:20:00+07:00"


def test_an_events_start_named_published_too_is_no_publication():
    """The Events Calendar names an event's start "published dtstart": the event's day, not the
    page's, which its date line prints."""
    info = ('Đăng ngày 16/05/2024 09:20 · Hội chợ khai mạc <abbr class="tribe-events-abbr tribe-events-start-date '
            'published dtstart" title="2024-06-01T01:00:00Z">01/06/2024</abbr>')
    assert extract(spip_page(info=info), SPIP_URL).published == "2024-05-16T09:20:00+07:00"


def test_a_teasers_hatom_date_and_an_abbreviation_change_nothing():
    """The sidebar's teasers carry their own hAtom dates; an <abbr> in the story is a word."""
    aside = ('<div class="menu"><h2>Tin mới</h2><ul><li class="hentry"><a href="Mua-lua.html">Nông dân Cam Nghĩa '
             'khôi phục vườn tiêu sau bão</a> <abbr class="published" title="2024-05-10T01:00:00Z">10/05/2024</abbr>'
             '</li><li class="hentry"><a href="Duong-lien-xa.html">Thông xe tuyến đường liên xã Cam Thủy - Cam Tuyền'
             '</a> <abbr class="published" title="2024-05-09T01:00:00Z">09/05/2024</abbr></li></ul></div>')
    word = "<abbr title='Hội viên Hội Nông dân'>hội viên</abbr>"
    chapo = "<p>" + SPIP_LEAD.replace("nông dân", word, 1) + "</p>"
    article = extract(spip_page(info="Thứ năm 16/05/2024 09:20", chapo=chapo, aside=aside), SPIP_URL)
    assert article.published == "2024-05-16T09:20:00+07:00"
    assert "hội viên huyện Cam Lộ" in article.text and "Hội viên Hội Nông dân" not in article.text


# fields19, 3. SPIP's lead is its "chapo" (French chapô): kept however short, before the texte,
# with the texte's intertitles.

def test_a_spip_chapo_leads_the_text_with_the_intertitles():
    info = '<abbr class="published" title="2024-05-16T02:20:00Z">16/05/2024</abbr>'
    short = "Chuyển đổi hơn 120 ha đất lúa kém hiệu quả sang trồng màu"   # no stop: no unnamed lead
    article = extract(spip_page(info=info, chapo=f"<p>{short}</p>"), SPIP_URL)
    assert article.text.split("\n") == [short, *SPIP_STORY]


def test_a_teasers_introduction_beside_the_story_is_no_lead():
    aside = ('<div class="menu"><h2>Tin nổi bật</h2><div class="hentry"><h3><a href="Mo-hinh-rau-an-toan.html">'
             'Mô hình rau an toàn ở Cam Hiếu cho thu nhập cao gấp ba lần trồng lúa</a></h3>'
             '<div class="chapo">Tám héc-ta rau an toàn của xã Cam Hiếu được các bếp ăn tập thể bao tiêu</div></div></div>')
    info = '<abbr class="published" title="2024-05-16T02:20:00Z">16/05/2024</abbr>'
    article = extract(spip_page(info=info, aside=aside), SPIP_URL)
    assert article.text.split("\n") == [SPIP_LEAD, *SPIP_STORY]


# fields19, 2. A photo story's captions are its text: a <figure> writing its caption in a plain
# block (no <figcaption>), a caption inside the photo's zoom link (a link to the picture file,
# no teaser), and captions in <figcaption>s around a few lines of text.

PHOTO_URL = "https://lamdong.example/vi/tin-tuc/ruc-ro-sac-hoa-ngay-khai-mac-festival.html"
PHOTO_TITLE = "Rực rỡ sắc hoa ngày khai mạc Festival Hoa Đà Lạt"
CAPTIONS = (
    "Đoàn xe hoa diễu hành qua trung tâm thành phố Đà Lạt trong ngày khai mạc lễ hội.",
    "Nghệ nhân trồng hoa làng Thái Phiên giới thiệu giống cúc mới với du khách.",
    "Các thiếu nữ trong trang phục áo dài biểu diễn trên quảng trường Lâm Viên.",
    "Gian trưng bày lan rừng của Hội sinh vật cảnh tỉnh thu hút đông người xem.",
    "Du khách chụp ảnh bên tiểu cảnh được kết từ hơn năm nghìn chậu hoa cẩm tú cầu.",
    "Nông dân xã Tà Nung mang nông sản tham gia phiên chợ của lễ hội.",
    "Màn trình diễn cồng chiêng của đồng bào K'Ho bên hồ Xuân Hương.",
    "Pháo hoa rực sáng bầu trời thành phố khép lại đêm khai mạc.",
)
BETWEEN = {0: "Lễ hội năm nay kéo dài bốn ngày với hơn 30 hoạt động văn hóa, du lịch và thương mại.",
           2: "Lượng khách đến Đà Lạt dịp này tăng gần một phần ba so với năm trước.",
           5: "Nhiều hợp tác xã đã ký được hợp đồng tiêu thụ hoa và rau với doanh nghiệp trong nước."}
PHOTO_LEAD = ("Tối 14/12, Festival Hoa Đà Lạt lần thứ X khai mạc tại quảng trường Lâm Viên với nhiều hoạt động "
              "đặc sắc, thu hút hàng chục nghìn người dân và du khách.")

PHOTO_BLOCKS = {
    "figure, caption in a div": '<figure class="photo"><img src="/anh/le-hoi-{n}.jpg" alt="">'
                                '<div class="photo-caption"><p>{caption}</p></div></figure>',
    "caption inside the zoom link": '<div class="image"><a href="/export/sites/lamdong/anh/le-hoi-{n}.jpg" '
                                    'class="lightbox"><img src="/export/sites/lamdong/anh/le-hoi-{n}.jpg_1220.jpg" '
                                    'alt=""><span class="caption">{caption}</span></a></div>',
    "linked caption under a zoom link": '<p><a href="/anh/le-hoi-{n}.jpg?__scale=w:1200"><img src="/anh/le-hoi-{n}.jpg">'
                                        '</a></p><p><a href="/anh/le-hoi-{n}.jpg?__scale=w:1200">{caption}</a></p>',
    "figcaptions": '<figure class="image"><img src="/anh/le-hoi-{n}.jpg" alt=""><figcaption>{caption}</figcaption></figure>',
}


def photo_story(block: str, between: dict[int, str] = BETWEEN, after: str = "") -> str:
    body = "".join(block.format(n=n, caption=c) + (f"<p>{between[n]}</p>" if n in between else "")
                   for n, c in enumerate(CAPTIONS))
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>{PHOTO_TITLE} - Cổng thông tin điện tử tỉnh Lâm Đồng</title></head><body>
<div id="header"><a href="/vi/"><img src="/logo.png" alt="Cổng thông tin điện tử tỉnh Lâm Đồng"></a>
<div class="today">Thứ Hai, 16/12/2024</div></div>
<div id="menu"><ul><li><a href="/vi/">Trang chủ</a></li><li><a href="/vi/tin-tuc/">Tin tức</a></li></ul></div>
<div id="main"><div class="col-left"><div class="news-detail"><h1 class="news-title">{PHOTO_TITLE}</h1>
<div class="news-date">15/12/2024 08:30</div><div class="news-sapo">{PHOTO_LEAD}</div>
<div class="news-content">{body}<p style="text-align:right"><strong>Minh Khoa</strong></p>{after}</div></div>
<div class="other-news"><h3>Tin khác</h3><ul>
<li><a href="/vi/tin-tuc/hoi-nghi-xuc-tien-dau-tu.html">Hội nghị xúc tiến đầu tư vào nông nghiệp công nghệ cao</a></li>
<li><a href="/vi/tin-tuc/mo-rong-duong-3-4.html">Khởi công mở rộng đường 3 Tháng 4 đoạn qua đèo Prenn</a></li>
</ul></div></div></div>
<div id="footer"><p>Cổng thông tin điện tử tỉnh Lâm Đồng. Cơ quan chủ quản: UBND tỉnh Lâm Đồng.</p></div></body></html>"""


@pytest.mark.parametrize("block", list(PHOTO_BLOCKS.values()), ids=list(PHOTO_BLOCKS))
def test_a_photo_storys_captions_are_its_text(block):
    article = extract(photo_story(block), PHOTO_URL)
    assert article.is_article, article.reason
    expected = [PHOTO_LEAD]
    for n, caption in enumerate(CAPTIONS):
        expected += [caption, *([BETWEEN[n]] if n in BETWEEN else [])]
    assert article.text.split("\n") == expected
    assert article.author == "Minh Khoa"


def test_linked_photo_cards_to_other_stories_still_go():
    """A related box of photo cards closing the story, each linked to its page: teasers."""
    cards = "".join(f'<figure class="card"><a href="/vi/tin-tuc/{slug}.html"><img src="/anh/{slug}.jpg"></a>'
                    f'<a href="/vi/tin-tuc/{slug}.html">{title}</a></figure>' for slug, title in (
                        ("cho-hoa-xuan", "Chợ hoa xuân Đà Lạt mở cửa sớm phục vụ du khách dịp cuối năm"),
                        ("lang-hoa-van-thanh", "Làng hoa Vạn Thành tất bật vào vụ hoa Tết Nguyên đán"),
                        ("duong-hoa-bui-thi-xuan", "Con đường hoa Bùi Thị Xuân rực rỡ trong những ngày lễ hội")))
    article = extract(photo_story(PHOTO_BLOCKS["figcaptions"], after=f'<div class="lien-quan">{cards}</div>'),
                      PHOTO_URL)
    assert "Chợ hoa xuân" not in article.text and "Làng hoa Vạn Thành" not in article.text
    assert CAPTIONS[-1] in article.text


def test_a_page_of_albums_in_figures_is_still_a_listing():
    """A photo library's page: each figure a link to its album, the album's name its caption."""
    albums = "".join(f'<figure class="album"><a href="/vi/thu-vien-anh/{n}.html"><img src="/anh/album-{n}.jpg"></a>'
                     f'<figcaption><a href="/vi/thu-vien-anh/{n}.html">{caption[:-1]}</a></figcaption></figure>'
                     for n, caption in enumerate(CAPTIONS))
    page = photo_story("", between={}, after=albums).replace(PHOTO_TITLE, "Thư viện ảnh").replace(PHOTO_LEAD, "")
    article = extract(page, "https://lamdong.example/vi/thu-vien-anh/")
    assert not article.is_article


# fields19, 4. A series' label ("Loạt bài: <its name>", linked to the series' page or not), the
# heading over its parts and "Bài tiếp theo: …" are the series' box, not the story.

@pytest.mark.parametrize("line, where", [
    ('<p class="series">Loạt bài: <a href="/loat-bai/nghe-bien/">Nghề biển</a></p>', "before"),
    ('<p><em>Loạt bài: <a href="/loat-bai/nghe-bien/">Nghề biển</a></em></p>', "after"),
    ("<p><strong>Loạt bài: Giữ nghề truyền thống ở vùng biển</strong></p>", "after"),
    ("<p><strong>Các bài trong loạt:</strong></p><p><a href='/thoi-su/giu-nghe-det-bai-2.html'>Bài 2: Đưa thổ "
     "cẩm đến với du khách</a></p>", "after"),
    ("<p><em>Bài tiếp theo: <a href='/thoi-su/giu-nghe-det-bai-2.html'>Đưa thổ cẩm đến với du khách</a></em></p>",
     "after"),
])
def test_a_series_label_or_its_parts_heading_is_no_body(line, where):
    page = story_page(title=SERIES_TITLE, after=line if where == "after" else "")
    if where == "before":
        page = page.replace('<div class="than-bai">', '<div class="than-bai">' + line)
    assert extract(page, URL).text.split("\n") == list(STORY)


def test_a_sentence_on_the_series_stays():
    line = "<p>Loạt bài này được thực hiện với sự hỗ trợ của Quỹ Hỗ trợ phát triển văn hóa dân tộc.</p>"
    article = extract(story_page(title=SERIES_TITLE, after=line), URL)
    assert article.text.split("\n")[-1].startswith("Loạt bài này được thực hiện")


# leftovers19, 1. A portal's header bar prints today's date beside its search links: once the
# crawl knows the site's template and takes those links, the date is still no story's.

PORTAL_URL = "http://congthongtin.example/Portal/TinTuc.nsf/0/7A10C3E5?OpenDocument"
PORTAL_TITLE = "Hợp tác xã Tân Liên mở rộng vùng trồng cà phê sạch"
PORTAL_STORY = (
    "Năm 2008, Hợp tác xã Tân Liên có 25 xã viên với 30 ha cà phê trồng theo lối cũ, năng suất thấp.",
    "Sau khi được tập huấn, các xã viên chuyển sang bón phân hữu cơ và tưới nước tiết kiệm cho vườn.",
    "Đến nay, vùng trồng cà phê sạch của hợp tác xã đã lên 120 ha, cho thu nhập gấp đôi so với trước.",
    "Hợp tác xã đang liên kết với một doanh nghiệp ở Đông Hà để bao tiêu toàn bộ sản phẩm cho xã viên.",
    "Năm 2025, sản phẩm cà phê rang xay của hợp tác xã được công nhận đạt chuẩn OCOP 3 sao cấp tỉnh, "
    "mở ra cơ hội đưa hàng vào các siêu thị lớn ở Huế và Đà Nẵng.",
)


def portal_page(story: tuple[str, ...] = PORTAL_STORY, title: str = PORTAL_TITLE, date_row: str = "") -> str:
    """A legacy portal laid out in tables, <font> everywhere: the header bar (today's date, a hot
    keyword's search link, a question form's link), a menu column, the story under its breadcrumb
    with no date of its own (``date_row``: one above its headline), the other stories with their
    dates."""
    runs = "<br><br>".join(f"<font size='2' face='Arial'>{p}</font>" for p in story)
    return f"""<html><head><meta charset="utf-8"><title>Cổng thông tin điện tử huyện Hướng Hóa</title></head>
<body><table width="980" align="center">
<tr><td colspan="2"><a href="/Portal/Home.nsf/TrangChu?OpenPage"><img src="/banner.jpg" alt="Cổng thông tin"></a></td></tr>
<tr bgcolor="#1F5C99"><td colspan="2"><table width="100%"><tr>
<td><font size="2" color="#FFFFFF">Thứ năm, ngày 03/12/2026</font></td>
<td align="right"><font size="2">Tìm nhiều: </font><a href="/Portal/TinTuc.nsf/vwTin?SearchView&amp;Query=ca%20phe">
<font size="2">cà phê sạch</font></a> | <a href="/Portal/HoiDap.nsf/fmHoi?OpenForm"><font size="2">Gửi câu hỏi</font></a></td>
</tr></table></td></tr>
<tr valign="top"><td width="180"><table>
<tr><td><a href="/Portal/Home.nsf/TrangChu?OpenPage"><font size="2">Trang chủ</font></a></td></tr>
<tr><td><a href="/Portal/TinTuc.nsf/vwTin?OpenView"><font size="2">Tin tức - Sự kiện</font></a></td></tr>
<tr><td><a href="/Portal/VanBan.nsf/vwVanBan?OpenView"><font size="2">Văn bản</font></a></td></tr>
</table></td>
<td width="800"><table width="100%" cellpadding="6">
<tr><td><font size="1"><a href="/Portal/Home.nsf/TrangChu?OpenPage">Trang chủ</a> &gt;&gt;
<a href="/Portal/TinTuc.nsf/vwTin?OpenView">Tin tức - Sự kiện</a></font></td></tr>{date_row}
<tr><td><font size="4" color="#003366"><b>{title}</b></font></td></tr>
<tr><td>{runs}<br><br></td></tr>
<tr><td align="right"><font size="2"><b>Minh Khang</b></font></td></tr>
<tr><td><b><font size="2">Các tin khác:</font></b><br>
- <a href="/Portal/TinTuc.nsf/0/5B20?OpenDocument"><font size="2">Khe Sanh ra quân làm đường giao thông nông thôn</font></a>
<font size="1">(28/11/2026 09:15:00 AM)</font><br>
- <a href="/Portal/TinTuc.nsf/0/5B21?OpenDocument"><font size="2">Hướng Phùng có thêm 3 thôn đạt chuẩn nông thôn mới</font></a>
<font size="1">(25/11/2026 03:40:00 PM)</font></td></tr>
</table></td></tr>
<tr><td colspan="2" align="center"><font size="1">Cơ quan chủ quản: Ủy ban nhân dân huyện Hướng Hóa</font></td></tr>
</table></body></html>"""


def learned_portal() -> PageContext:
    """What a crawl knows of the story: the portal's template, learned from three other stories,
    and the title of the link it came by."""
    others = [block_hashes(parse_html(portal_page(tuple(f"{line} Bài số {i}." for line in PORTAL_STORY[::-1]),
                                                  f"Tin thứ {i} của cổng thông tin huyện")))
              for i in range(knowledge.TEMPLATE_PAGES)]
    return PageContext(knowledge=SiteKnowledge.of(template=frozenset.intersection(*others)), anchor=PORTAL_TITLE)


@pytest.mark.parametrize("context", [None, "learned"])
def test_a_header_bars_date_never_dates_an_undated_story(context):
    article = extract(portal_page(), PORTAL_URL, context=learned_portal() if context else None)
    assert article.is_article and article.title == PORTAL_TITLE
    assert article.published is None


def test_a_story_dated_above_its_headline_keeps_its_date_once_the_template_is_known():
    date_row = "<tr><td><font size='1' color='#808080'>Cập nhật: 14/11/2026 08:05:31 AM</font></td></tr>"
    article = extract(portal_page(date_row=date_row), PORTAL_URL, context=learned_portal())
    assert article.published == "2026-11-14T08:05:31+07:00"


# leftovers22: a news brief set in a one-column table (a photo's row over its text, as old portals
# and pasted Word documents build it) is no photo's caption; its paragraphs are never glued.

TABLE_BRIEF_URL = "https://eakar.example/thoi-su/khanh-thanh-cong-trinh-nuoc-sach-xa-ea-pal.html"
TABLE_BRIEF_TITLE = "Khánh thành công trình nước sạch tập trung tại xã Ea Păl"
TABLE_BRIEF = (
    "Sáng 16/11, Ủy ban nhân dân huyện Ea Kar tổ chức lễ khánh thành công trình nước sạch tập trung phục vụ "
    "hơn 1.200 hộ dân tại xã Ea Păl, nơi nhiều năm qua người dân thiếu nước.",
    "Lễ hội văn hóa các dân tộc huyện năm nay sẽ diễn ra vào cuối tháng 12 với nhiều hoạt động như đua "
    "thuyền, đấu chiêng, thi ẩm thực truyền thống của đồng bào Ê Đê và M'nông.",
    "Đây là dịp để các thôn buôn giao lưu, giới thiệu sản phẩm nông nghiệp và nghề truyền thống.",
)
TABLE_BRIEF_CAPTION = "Lãnh đạo huyện cắt băng khánh thành công trình nước sạch tập trung tại xã Ea Păl sáng 16/11."


def table_brief(table: str) -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TABLE_BRIEF_TITLE} | {SITE}</title>
<meta property="og:title" content="{TABLE_BRIEF_TITLE}"></head><body>
<div class="dau-trang"><a class="ten-trang" href="/">{SITE}</a></div>
<ul class="thanh-menu"><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li></ul>
<div class="vung-giua"><div class="cot-tin"><h2 class="ten-bai">{TABLE_BRIEF_TITLE}</h2>
<div class="thoi-diem">Cập nhật: 09:40 | 16/11/2026</div><div class="than-bai">{table}</div></div>
<div class="cot-ben"><div class="khoi-tin"><h4>Tin đọc nhiều</h4><ul>
<li><a href="/thoi-su/mua-lua-dong-xuan.html">Nông dân Ea Kar xuống giống lúa vụ Đông Xuân sớm hơn mọi năm</a></li>
<li><a href="/thoi-su/duong-lien-xa.html">Thông xe tuyến đường liên xã Ea Păl - Cư Ni sau hai năm thi công</a></li>
</ul></div></div></div>
<footer class="chan-trang"><p>Cơ quan chủ quản: Ủy ban nhân dân huyện Ea Kar, tỉnh Đắk Lắk.</p></footer></body></html>"""


@pytest.mark.parametrize("table", [
    # A Word document pasted: a row for the photo, the paragraphs in rows under it.
    "<table class='MsoNormalTable' border='0' cellpadding='0' width='100%'><tbody>"
    "<tr><td><p class='MsoNormal' align='center'><img src='/Uploads/2026/11/nuoc-sach.jpg' width='500'></p></td></tr>"
    f"<tr><td><p class='MsoNormal'><span>{TABLE_BRIEF[0]}</span></p><p class='MsoNormal'><span>{TABLE_BRIEF[1]}</span></p></td></tr>"
    f"<tr><td><p class='MsoNormal'><span>{TABLE_BRIEF[2]}</span></p></td></tr></tbody></table>",
    # An old portal's editor: the text in one cell, a <br> between its paragraphs.
    "<table width='100%' border='0'><tr><td align='center'><img src='/Uploads/2026/11/nuoc-sach.jpg'></td></tr>"
    f"<tr><td><span style='font-size:12pt'>{TABLE_BRIEF[0]}</span><br><span>{TABLE_BRIEF[1]}</span><br><span>{TABLE_BRIEF[2]}</span>"
    "</td></tr></table>",
])
def test_a_brief_in_a_photo_s_table_keeps_its_paragraphs_apart(table):
    article = extract(table_brief(table), TABLE_BRIEF_URL)
    assert article.is_article, article.reason
    assert "nước.Lễ" not in article.text and "M'nông.Đây" not in article.text
    assert all(p in article.text for p in TABLE_BRIEF)


@pytest.mark.parametrize(("cell", "line"), [
    (f"<em>{TABLE_BRIEF_CAPTION}</em>", TABLE_BRIEF_CAPTION),
    (f"<em>{TABLE_BRIEF_CAPTION}</em><br><em>Ảnh: H'Ngơn</em>", f"{TABLE_BRIEF_CAPTION} Ảnh: H'Ngơn"),   # its credit's line apart
])
def test_a_photo_s_table_over_the_story_is_still_its_caption(cell, line):
    photo = ("<table align='center' width='500'><tr><td><img src='/Uploads/2026/11/nuoc-sach.jpg'></td></tr>"
             f"<tr><td>{cell}</td></tr></table>")
    article = extract(table_brief(photo + "".join(f"<p>{p}</p>" for p in TABLE_BRIEF)), TABLE_BRIEF_URL)
    assert article.is_article, article.reason
    assert article.text.split("\n") == [line, *TABLE_BRIEF]
# short22. A post that is a list of its files (slides, data, a recording) in a column of its
# <article> apart from the headline's block, no prose: a document's entry, once its sign-up box
# no longer lends it a paragraph. A short story linking its file in a sentence stays a story.

FILES_URL = "https://hoitinhoc.example/tai-lieu-hoi-thao-chuyen-doi-so-cap-xa"


def files_post(column: str) -> str:
    return ("<html lang='vi'><head><title>Tài liệu hội thảo chuyển đổi số cấp xã</title></head><body>"
            "<main><article><div class='post-header'><div class='title-wrap'>"
            "<h1>Tài liệu hội thảo chuyển đổi số cấp xã</h1></div>"
            "<div class='meta'><span>Hội Tin học tỉnh</span> · <time datetime='2026-10-25'>25/10/2026</time></div>"
            f"</div><div class='post-main'><div class='post-column'>{column}</div>"
            "<div class='signup'><h3>Nhận bài mới qua email</h3><p>Đọc bài của Hội Tin học tỉnh ngay trong hộp "
            "thư của bạn, mỗi khi có bài mới.</p><form><input type='email' placeholder='Email'>"
            "<button>Đăng ký</button></form></div></div></article></main></body></html>")


def test_a_posts_list_of_files_alone_is_refused():
    column = ("<ul><li>Bài trình bày: <a href='/files/hoi-thao-cds.pdf'>hoi-thao-cds.pdf</a> (3,1 MB)</li>"
              "<li>Dữ liệu mẫu: <a href='https://github.com/hoitinhoc/cds'>github.com/hoitinhoc/cds</a></li>"
              "<li>Ghi hình: <a href='https://www.youtube.com/watch?v=cds2026'>YouTube</a></li></ul>")
    article = extract(files_post(column), FILES_URL)
    assert not article.is_article
    assert "hộp thư" not in article.text


def test_a_short_story_linking_its_file_stays():
    column = ("<p>Sáng 24/10, hơn 80 cán bộ văn hóa, công chức tư pháp các xã đã dự hội thảo chuyển đổi số cấp xã "
              "do Hội Tin học tỉnh phối hợp với Sở Thông tin và Truyền thông tổ chức tại hội trường tỉnh.</p>"
              "<p>Các đại biểu được giới thiệu cách số hóa hồ sơ một cửa và dùng chữ ký số. Bài trình bày của hội "
              "thảo được đăng tại <a href='/files/hoi-thao-cds.pdf'>đây</a> để các xã tham khảo.</p>")
    article = extract(files_post(column), FILES_URL)
    assert article.is_article
    assert article.text.startswith("Sáng 24/10") and "hộp thư" not in article.text
# A serial's part signed, then told to go on: "(Còn nữa)" and the next part's title in italics,
# a link back to the last part; each a <p> whose one child is an <em> (one line, two blocks).
SERIAL_STORY = (
    "Ở bản Nà Sàng, tiếng chày giã gạo vẫn vang lên mỗi sớm. Dù nhiều nhà đã có máy xay xát, các bà, các chị "
    "vẫn giữ nếp giã gạo nếp nương để đồ xôi cho những ngày lễ của bản.",
    "Ông Lò Văn Pọm, 71 tuổi, kể ngày trước mỗi nhà có một cối gỗ to, con gái về làm dâu phải biết giã gạo "
    "cho đều tay; nay cả bản chỉ còn chừng mười cối được dùng thường xuyên.",
    "Từ năm nay, hợp tác xã của bản nhận bao tiêu gạo nếp giã tay để bán cho du khách, giá cao gấp rưỡi gạo "
    "xay máy, giúp các hộ có thêm thu nhập và thêm lý do giữ nghề.",
)


def serial_page(tail: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in SERIAL_STORY)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Giữ nếp giã gạo - Bài 2 | Văn hóa xã Mường Bon</title>
</head><body><nav class="navbar"><a href="/">Trang chủ</a> <a href="/van-hoa">Văn hóa</a> <a href="/lien-he">Liên hệ</a></nav>
<div class="card"><h1 class="title">Giữ nếp giã gạo - Bài 2: Tiếng chày mỗi sớm</h1>
<h6 class="card-subtitle">20/11/2024 - Thời gian đọc: 3 phút</h6>{body}{tail}</div>
<footer><p>Trang ghi chép văn hóa xã Mường Bon</p></footer></body></html>"""


def test_serial_signature_before_its_to_be_continued_lines():
    tail = ('<p style="text-align: right;"><strong>Lường Văn Tiến</strong></p>'
            '<p style="text-align: right;"><em>(Còn nữa)</em></p><p><em>Bài 3: Gạo nếp lên phố</em></p>'
            '<p>Xem lại: <a href="/giu-nep-gia-gao-bai-1">Bài 1: Cối gỗ của bản</a></p>')
    assert extract(serial_page(tail), "https://muongbon.example/giu-nep-gia-gao-bai-2").author == "Lường Văn Tiến"


def test_bold_name_five_lines_before_the_end_is_no_signature():
    # The bold name heads the closing lines (a person quoted), five lines up: no signature.
    tail = ('<p><strong>Lường Văn Tiến</strong></p><p><em>"Còn người giữ thì còn nghề"</em></p>'
            '<p><em>(Còn nữa)</em></p><p><em>Bài 3: Gạo nếp lên phố</em></p>'
            '<p><em>Bài 4: Mùa cốm mới</em></p>'
            '<p>Xem lại: <a href="/giu-nep-gia-gao-bai-1">Bài 1: Cối gỗ của bản</a></p>')
    assert extract(serial_page(tail), "https://muongbon.example/giu-nep-gia-gao-bai-2").author is None


# A video page: the player opens the story, a few paragraphs under it, the author slot credits the
# crew ("Video: …"); a text story with a clip among its paragraphs credits its video crew alike.
VIDEO_TEXT = (
    "Tuyến đường tỉnh 852B dài gần 20 km, nối thành phố Sa Đéc với huyện Lấp Vò, tổng mức đầu tư hơn 1.100 tỷ "
    "đồng; đây là trục giao thông quan trọng của vùng trồng hoa và cây ăn trái của tỉnh.",
    "Trên công trường, các đơn vị thi công tập trung đắp nền, gia tải xử lý đất yếu và đổ bê tông mặt đường; "
    "nhiều mũi làm việc cả ngày lẫn đêm để bù lại những ngày mưa.",
    "Theo Ban Quản lý dự án, tuyến đường sẽ thông xe kỹ thuật vào cuối năm nay, rút ngắn thời gian đi từ Sa "
    "Đéc lên Lấp Vò còn khoảng hai mươi phút.",
)
PLAYER = ('<div class="player"><video controls poster="/anh/852b.jpg"><source src="/video/852b.mp4" type="video/mp4">'
          "Trình duyệt của bạn không hỗ trợ phát video.</video></div>")


def video_page(inside: str) -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Gấp rút thi công đường tỉnh 852B</title>
</head><body><div class="menu"><a href="/">Trang chủ</a> <a href="/video/">Video</a> <a href="/thoi-su/">Thời sự</a></div>
<div class="chi-tiet"><h1 class="tieu-de">Gấp rút thi công đường tỉnh 852B trước mùa nước nổi</h1>
<span class="ngay">Thứ Tư, 11-09-2024</span><div class="noi-dung">{inside}</div>
<div class="tac-gia"><p class="author-name">Video: THANH TÂM - QUỐC BẢO</p></div></div>
<div class="footer">Báo Đồng Tháp điện tử</div></body></html>"""


def test_video_story_credits_its_crew():
    inside = PLAYER + "".join(f"<p>{p}</p>" for p in VIDEO_TEXT)
    assert extract(video_page(inside), "https://baodt.example/video/gap-rut-thi-cong-852b.html").author \
        == "Thanh Tâm - Quốc Bảo"


def test_text_story_with_a_clip_among_its_paragraphs_credits_no_crew():
    inside = f"<p>{VIDEO_TEXT[0]}</p>{PLAYER}" + "".join(f"<p>{p}</p>" for p in VIDEO_TEXT[1:])
    assert extract(video_page(inside), "https://baodt.example/thoi-su/gap-rut-thi-cong-852b.html").author is None


# loss28, 1. Who posted the page, on a line of its own after the story ("Người đăng: bientap01",
# "Đăng bởi: admin"): the CMS's account, metadata, never text; the signature before it is read.

@pytest.mark.parametrize("after", [
    "<p class='author'>Tác giả: Minh Trí</p><p class='poster'>Người đăng: bientap01</p>",
    "<p><em>Người đăng: admin_xttm</em></p>",
    "<div class='post-info'><span>Đăng bởi: quantri</span></div>",
    "<p class='poster'>Người đăng: bientap01</p><p style='text-align:right'><strong>Minh Trí</strong></p>",
])
def test_a_posters_line_after_the_story_is_no_text(after):
    article = extract(story_page(after=after), URL)
    assert article.text.split("\n") == list(STORY)
    assert article.author == ("Minh Trí" if "Minh Trí" in after else None)


@pytest.mark.parametrize("line", [
    "Người đăng ký: 120 hộ gia đình trong các thôn, buôn đã nộp hồ sơ.",
    "Người đăng tải đoạn video lên mạng xã hội đã bị xử phạt 7,5 triệu đồng.",
])
def test_a_sentence_opening_like_a_posters_line_stays(line):
    article = extract(story_page(after=f"<p>{line}</p>"), URL)
    assert article.text.split("\n")[-1] == line


# loss28, 2. A closing line announcing the series' next part ("Đón đọc bài 3: …"): a teaser of a
# part still to come, whatever the headline says of its own number.

@pytest.mark.parametrize("line, title", [
    ("<p><em>Đón đọc bài 3: Những mô hình kinh tế mới</em></p>", SERIES_TITLE.replace("Bài 1", "Bài 2")),
    ("<p><strong>Mời quý độc giả đón đọc kỳ tới: Đưa thổ cẩm đến với du khách</strong></p>", SERIES_TITLE),
    ("<p><i>Đón đọc bài 2: Đưa thổ cẩm đến với du khách</i></p>", TITLE),
])
def test_a_line_announcing_the_next_part_is_no_body(line, title):
    article = extract(story_page(title=title, after=line), URL)
    assert article.text.split("\n") == list(STORY)


@pytest.mark.parametrize("line", [
    "Đón đọc bài 3 của loạt bài vào số báo thứ Hai tuần tới.",
    "Bạn đọc có thể đón đọc bài viết tiếp theo trên số báo ngày mai.",
])
def test_a_sentence_announcing_a_part_stays(line):
    article = extract(story_page(title=SERIES_TITLE, after=f"<p>{line}</p>"), URL)
    assert article.text.split("\n")[-1] == line


# loss28, 3. A video's caption in the player's own block (a class trafilatura drops, "video-embed"):
# the player goes, its caption stays as a photo's does, in the story's place.

CLIP_CAPTION = "Xe buýt điện chạy thử tuyến từ bến xe trung tâm về các thôn, buôn của huyện."


def _with_block(block: str) -> str:
    return story_page().replace(f"<p>{STORY[0]}</p>", f"<p>{STORY[0]}</p>{block}", 1)


@pytest.mark.parametrize("block", [
    f"<div class='video-embed'><iframe src='https://www.youtube.com/embed/abc123'></iframe>"
    f"<p class='video-caption'>{CLIP_CAPTION}</p></div>",
    f"<div class='embed-video'><video src='/video/xe-buyt.mp4' controls></video><em>{CLIP_CAPTION}</em></div>",
])
def test_a_video_caption_in_the_players_block_stays(block):
    article = extract(_with_block(block), URL)
    assert article.text.split("\n") == [STORY[0], CLIP_CAPTION, *STORY[1:]]


def test_a_linked_line_in_a_players_block_stays_out():
    block = ("<div class='video-embed'><iframe src='https://www.youtube.com/embed/abc123'></iframe>"
             f"<p><a href='/video/xe-buyt-dien.html'>{CLIP_CAPTION}</a></p></div>")
    assert CLIP_CAPTION not in extract(_with_block(block), URL).text


# credit30. Who made the video, under its player ("Video: Trung tâm Thông tin …", "Clip: TTXVN"),
# credits it as "Ảnh: TTXVN" credits a photo: no text. A caption that tells what the video shows
# stays, the label before it or not.

PLAYER_BLOCKS = (
    "<div class='video-embed'><iframe src='https://www.youtube.com/embed/abc123'></iframe>"
    "<p class='video-caption'>{}</p></div>",
    "<div class='clip-box'><video src='/video/xe-buyt.mp4' controls></video><em>{}</em></div>",
    "<figure class='media'><iframe src='https://www.youtube.com/embed/abc123'></iframe>"
    "<figcaption>{}</figcaption></figure>",
    "<iframe src='https://www.youtube.com/embed/abc123'></iframe><p style='text-align:center'><em>{}</em></p>",
)


@pytest.mark.parametrize("block", PLAYER_BLOCKS)
@pytest.mark.parametrize("credit", [
    "Video: Trung tâm Văn hóa, Thông tin và Thể thao huyện Ea Kar",
    "Video: Sở Khoa học và Công nghệ",
    "Video: Đài Phát thanh và Truyền hình Đắk Lắk",
    "Clip: TTXVN",
    "Video: H'Ngơn Byă - Minh Khoa",
])
def test_a_videos_credit_under_its_player_is_no_text(block, credit):
    article = extract(_with_block(block.format(credit)), URL)
    assert article.text.split("\n") == list(STORY)


@pytest.mark.parametrize("block", PLAYER_BLOCKS)
@pytest.mark.parametrize("caption", [
    "Video: Xe buýt điện chạy thử tuyến từ bến xe trung tâm về các thôn, buôn",
    "Video: Công an xã Ea Păl hướng dẫn người dân cài ứng dụng định danh",
    "Clip: Trung tâm Văn hóa huyện tổ chức hội diễn văn nghệ quần chúng tại buôn Ea Kmút",
])
def test_a_videos_caption_after_its_label_stays(block, caption):
    article = extract(_with_block(block.format(caption)), URL)
    assert article.text.split("\n") == [STORY[0], caption, *STORY[1:]]
