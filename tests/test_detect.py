"""Article or not (extract.detect): named signals, never "has a parsed date"."""

from __future__ import annotations

from dataclasses import replace

import pytest
from lxml import html

from crawler.extract import extract
from crawler.extract.boxes import SiteKnowledge
from crawler.extract.detect import (
    RECORD_PAIRS,
    Fields,
    PageContext,
    Signals,
    address_line,
    ballot,
    ballot_after,
    contents,
    fields,
    filler,
    hub,
    in_menu,
    judge,
    mark_ballots,
    menu_link_hash,
    menu_links,
    name_words,
    notice,
    numbered,
    people,
    person_line,
    records,
    score,
    signature,
    table_share,
    teaser_text,
    terms,
    time_span,
    typed,
    url_kind,
)

BASE = "http://127.0.0.1:8000"
PARAGRAPHS = [
    "Sáng 12/5, Ủy ban nhân dân huyện tổ chức hội nghị tổng kết công tác phòng, chống thiên tai năm 2023.",
    "Năm qua, trên địa bàn huyện xảy ra 5 đợt mưa lớn, gây thiệt hại hơn 3 tỷ đồng về nhà cửa và hoa màu.",
    "Các xã đã chủ động di dời 120 hộ dân ra khỏi vùng nguy hiểm, không để xảy ra thiệt hại về người.",
    "Năm 2024, huyện tiếp tục rà soát các khu dân cư có nguy cơ sạt lở và kiện toàn lực lượng xung kích.",
]


def page(body: str, head: str = "") -> str:
    return (f"<html lang='vi'><head><title>Trang - Cổng TTĐT huyện</title>{head}</head><body>"
            "<div class='menu'><a href='/'>Trang chủ</a> <a href='/tin-tuc/'>Tin tức</a></div>"
            f"<div class='main'>{body}</div><div class='footer'>Cổng thông tin điện tử huyện</div></body></html>")


def story(title: str = "Huyện tổng kết công tác phòng, chống thiên tai năm 2023", date: str = "") -> str:
    return page(f"<h1>{title}</h1>{date}<div class='content'>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
                + "</div>")


@pytest.mark.parametrize(("url", "kind"), [
    ("/", "home"),
    ("/tin-tuc/", "listing"),
    ("/tin-tuc-su-kien.html", "listing"),
    ("/chuyen-muc/kinh-te?page=2", "listing"),
    ("/2023/09/", "listing"),
    ("/taxonomy/term/5", "listing"),
    ("/index.php?option=com_content&view=category&id=9", "listing"),
    ("/?s=lua", "listing"),
    ("/lien-he.html", "listing"),
    ("/van-ban/qd-123.html", "filed"),
    ("/van-ban/2026/quyet-dinh-12.pdf", "document"),
    ("/index.php?option=com_phocadownload&view=category&id=2", "document"),
    ("/tin-tuc/huyen-tong-ket-cong-tac-phong-chong-thien-tai.html", "article"),
    ("/tin-tuc/253871/na-som.html", "article"),
    ("/chi-tiet.aspx?ItemID=123", "article"),
    ("/index.php?option=com_content&view=article&id=12:cau-moi&catid=5&Itemid=101", "article"),
    ("/newsdetail.asp?NewsID=4521&CatID=3", "article"),
    ("/?p=123", "article"),
    ("/listnews.asp?CatID=3", "listing"),
    ("/newsdetail.asp?NewsID=4521&page=2", "listing"),
    ("/chuyen-muc/kinh-te.aspx?id=5", "listing"),
    ("/2023/09/15/khanh-thanh-cau-dan-sinh-xa-dong-tien/", "article"),
    ("/lich-phat-song.html", "records"),
    ("/wps/portal/qt/trang-chu/lich-cong-tac", "records"),
    ("/gia-ca-thi-truong/", "records"),
    ("/tin-tuc/lich-phat-song-tet-giap-thin-co-nhieu-chuong-trinh-dac-sac.html", "article"),
    # records11: a video story's page under the site's video section; the section itself a listing.
    ("/video/mua-che-dong-tren-doi-khe-mo-xanh", "article"),
    ("/blogs/video/video-mua-che-dong-tren-doi-khe-mo", "article"),
    ("/videos/nong-dan-thu-hoach-lua-tren-dat-nuoi-tom/", "article"),
    ("/video/", "listing"),
    ("/video/thoi-su", "listing"),
    ("/video/mua-che-dong-tren-doi-khe-mo-xanh?page=2", "listing"),
    ("/tag/video/mua-che-dong-tren-doi-khe-mo-xanh", "listing"),
    # A story's own segment under a section named by a navigation word is the story's page; a
    # tag's, an author's, a topic's or a page's name is still theirs.
    ("/chuyen-muc/thoi-su/khanh-thanh-cau-moi-noi-hai-xa-bien-gioi.html", "article"),
    ("/danh-muc/kinh-te/gia-lua-tang-manh-post123456.html", "article"),
    ("/photo/sac-mau-cho-ca-tam-quan-123456.html", "article"),
    ("/About/Blog/entryid/20/comparing-6-types-of-plumbing-pipes", "article"),
    ("/chu-de/covid/khanh-thanh-cau-moi-noi-hai-xa", "article"),
    ("/chu-de/phong-chong-dich-covid-19-tai-dia-phuong", "listing"),
    ("/tac-gia/nguyen-van-a/bai-viet-123456", "listing"),
    ("/chuyen-muc/thoi-su-2024", "listing"),
    # A folder's index file is the folder's page: a story's folder, or a section's.
    ("/2019/11/18/investing/asian-market-latest/index.html", "unknown"),
    ("/tin-tuc/index.html", "listing"),
    # A view page carrying back its list's first page; a further page is not the story.
    ("/news/news_view.html?idx=8576&page=1&bc=03&mc=08&find=", "article"),
    ("/danh-sach.aspx?id=12&page=1", "listing"),
    # A PHP blog's route in the query, with no "=" (Dotclear's, Serendipity's default URLs): read
    # as a path. A dated post is an item; its categories, tags, date archives and pages are lists.
    ("/index.php?post/2023/11/20/Le-ky-niem-ngay-Nha-giao-Viet-Nam", "article"),
    ("/blog/index.php?post/2023/11/20/Hoi-giang-cap-truong-mon-Ngu-van", "article"),
    ("/index.php?/archives/12-le-ky-niem-ngay-nha-giao-viet-nam-20-11.html", "article"),
    ("/index.php?category/Tin-tuc", "listing"),
    ("/index.php?tag/hoc-sinh-gioi", "listing"),
    ("/index.php?archive/2023/11", "listing"),
    ("/index.php?page/2", "listing"),
    ("/index.php?/categories/3-Tin-tuc", "listing"),
    # Its look-alikes keep their answers: fields in the query, a search, the script alone.
    ("/?page=2", "listing"),
    ("/index.php?q=hop-phu-huynh", "listing"),
    ("/index.php?tags", "listing"),
    ("/Portal/TinTuc.nsf/vwTin/abc?OpenDocument", "unknown"),
])
def test_url_kind(url, kind):
    assert url_kind(BASE + url) == kind


@pytest.mark.parametrize("path", ["/chuyen-muc/thoi-su/huyen-tong-ket-cong-tac-phong-chong-thien-tai-nam-2023.html",
                                  "/news/news_view.html?idx=8576&page=1&bc=03"])
def test_a_story_with_no_metadata_under_a_section_s_navigation_word_is_news(path):
    """No og:type, no JSON-LD, no date: its URL is all it has besides its prose and headline,
    and a section's word above the story's own segment made it a listing's."""
    article = extract(story(), BASE + path)
    assert article.is_article, article.reason


def test_an_article_without_a_date_is_an_article():
    article = extract(story(), BASE + "/tin-tuc/huyen-tong-ket-cong-tac-phong-chong-thien-tai-nam-2023.html")
    assert article.is_article, article.reason
    assert article.published is None
    assert article.text.split("\n") == PARAGRAPHS


@pytest.mark.parametrize("path", ["/", "/tin-tuc/", "/chuyen-muc/xa-hoi?page=2", "/lien-he.html",
                                  "/van-ban/2026/quyet-dinh-12.pdf"])
def test_listing_contact_document_and_home_pages_are_not_articles_even_with_a_date(path):
    article = extract(story(date="<div class='date'>12/05/2024 08:00</div>"), BASE + path)
    assert not article.is_article
    assert article.reason          # a reason a person can read in probe and logs


@pytest.mark.parametrize("path", ["/documents/tin-hoat-dong/huyen-tong-ket-phong-chong-thien-tai",
                                  "/document/d/e/2PACX-1vQx7Lm0aB3cD9eF/pub", "/van-ban/qd-123.html"])
def test_a_story_filed_under_a_documents_folder_is_news(path):
    """gdocs25: a folder's word ("/document/", "/documents/", "/van-ban/") names no file: a
    school's news published from a doc, a portal's story filed there, are stories."""
    article = extract(story(date="<p style='text-align:right'>Ngày đăng: 12/05/2024</p>"), BASE + path)
    assert article.is_article, article.reason


BLOG_POST = ("<html lang='vi'><head><title>Lễ kỷ niệm ngày Nhà giáo Việt Nam - Nhật ký lớp học</title>"
             "<meta name='description' content='Nhật ký lớp học'></head><body>"
             "<div id='serendipity_banner'><h1><a href='/index.php'>Nhật ký lớp học</a></h1></div>"
             "<table id='mainpane'><tr><td id='content' valign='top'>"
             "<h3 class='serendipity_date'>Thứ Hai, 20 Tháng 11 2023</h3>"
             "<h4 class='serendipity_title'><a href='{url}'>Lễ kỷ niệm ngày Nhà giáo Việt Nam 20/11</a></h4>"
             "<div class='serendipity_entry'><div class='serendipity_entry_body'>"
             + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) +
             "</div><div class='serendipity_entryFooter'>Đăng bởi <a href='/index.php?/authors/1-Co-Lan'>"
             "Cô Lan</a> trong <a href='/index.php?/categories/3-Tin-tuc'>Tin tức</a> lúc 08:30</div></div>"
             "</td><td id='serendipity_rightSideBar' valign='top'><div class='serendipitySideBarItem'>"
             "<h3>Lưu trữ</h3><a href='/index.php?/archives/2023/11.html'>Tháng 11 2023</a></div>"
             "</td></tr></table></body></html>")


@pytest.mark.parametrize("path", ["/index.php?/archives/12-le-ky-niem-ngay-nha-giao-viet-nam-20-11.html",
                                  "/index.php?post/2023/11/20/Le-ky-niem-ngay-Nha-giao-Viet-Nam"])
def test_a_post_whose_route_is_its_query_is_news(path):
    """urls29: a PHP blog's post addressed by its route in the query ("index.php?post/…") was
    read as "index.php" alone, a home page's name, and refused as a listing."""
    article = extract(BLOG_POST.format(url=path), BASE + path)
    assert article.is_article, article.reason


@pytest.mark.parametrize("path", ["/index.php?/categories/3-Tin-tuc", "/index.php?category/Tin-tuc",
                                  "/index.php?tag/nha-giao", "/index.php"])
def test_a_blog_s_list_whose_route_is_its_query_is_no_news(path):
    """Its look-alikes: the same page under the blog's category, tag or home address."""
    article = extract(BLOG_POST.format(url=path), BASE + path)
    assert not article.is_article
    assert "listing" in article.reason


@pytest.mark.parametrize("path", ["/index.php?title=le-ky-niem-ngay-nha-giao-viet-nam&more=1",
                                  "/index.php?route=extension/blog/article&article=le-ky-niem-nha-giao",
                                  "/blog?post=le-ky-niem-ngay-nha-giao", "/tin-tuc?bai-viet=le-ky-niem-20-11"])
def test_a_post_named_by_its_slug_in_the_query_is_news(path):
    """urls32: b2evolution's "?title=<slug>", an OpenCart blog's "&article=<slug>": the query
    names one story by a slug of three words or more, where a bare script is a home page."""
    article = extract(BLOG_POST.format(url=path), BASE + path)
    assert article.is_article, article.reason


@pytest.mark.parametrize("path", ["/index.php?title=tin-tuc", "/blog?post=tin-tuc&page=2",
                                  "/index.php?tag=le-ky-niem-ngay-nha-giao", "/?s=le-ky-niem-ngay-nha-giao"])
def test_a_section_or_search_in_a_slug_query_is_no_news(path):
    """Its look-alikes: a section's two-word name, a paged list, a tag or a search."""
    assert url_kind(BASE + path) == "listing"


def test_a_document_entry_under_a_documents_folder_is_not_news():
    """Its near look-alike: the entry of a decision over its PDF (a viewer's frame, the file's
    link, a line of summary) is still the document's page."""
    body = ("<h1>Quyết định số 12/QĐ-UBND về việc phê duyệt kế hoạch phòng chống thiên tai</h1>"
            "<div class='doc-view'><p>Trích yếu: Phê duyệt kế hoạch phòng chống thiên tai năm 2024.</p>"
            "<iframe src='/uploads/2024/qd-12.pdf' width='100%' height='800'></iframe>"
            "<p><a href='/uploads/2024/qd-12.pdf'>Tải về (PDF, 320 KB)</a></p></div>")
    article = extract(page(body), BASE + "/documents/123")
    assert not article.is_article
    assert "document" in article.reason


@pytest.mark.parametrize(("text", "is_numbered"), [
    ("PHÒNG GD&ĐT PHÙ YÊN\nTRƯỜNG PTDTBT TH&THCS NẬM TY\nSố: 45/KH-TrTH&THCS\nI. MỤC ĐÍCH, YÊU CẦU", True),
    ("ỦY BAN NHÂN DÂN TỈNH\nSố: 123/2024/QĐ-UBND\nQUYẾT ĐỊNH", True),
    ("Số 07/TB-UBND\nTHÔNG BÁO", True),
    # a story quotes a document's number in a sentence; a figure is no number line
    ("Theo Quyết định số 45/QĐ-UBND, tỉnh sẽ hỗ trợ 200 hộ dân di dời khỏi vùng sạt lở.", False),
    ("Số liệu 2024/2025 cho thấy sản lượng lúa tăng 5%.", False),
])
def test_an_administrative_documents_number_line(text, is_numbered):
    assert numbered(text) is is_numbered


def test_a_plan_published_under_a_documents_folder_is_the_document():
    """A school's plan published from a doc ("/document/d/e/…/pub"): its issuer, its number line
    ("Số: 45/KH-…") and its numbered sections are the document itself, whatever the title a
    link gave it; a story published the same way stays news (above)."""
    body = ("<p>PHÒNG GD&amp;ĐT PHÙ YÊN</p><p>TRƯỜNG PTDTBT TH&amp;THCS NẬM TY</p><p>Số: 45/KH-TrTH&amp;THCS</p>"
            "<h1>Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2026</h1>"
            "<p>I. MỤC ĐÍCH, YÊU CẦU</p><p>1. Nâng cao nhận thức của cán bộ, giáo viên, học sinh về học tập suốt "
            "đời; xây dựng thói quen đọc sách trong nhà trường.</p><p>2. Các hoạt động thiết thực, tiết kiệm, "
            "phù hợp điều kiện của trường.</p><p>II. NỘI DUNG, THỜI GIAN</p><p>- Nội dung: trưng bày sách, thi "
            "kể chuyện, tuyên truyền dưới cờ.</p><p>III. TỔ CHỨC THỰC HIỆN</p><p>Các tổ chuyên môn, Liên đội "
            "căn cứ kế hoạch triển khai thực hiện.</p>")
    article = extract(page(body), BASE + "/document/d/e/2PACX-1vH8xKq2mPz/pub")
    assert not article.is_article
    assert "document" in article.reason


def test_a_listing_is_not_an_article_whatever_its_url():
    items = "".join(f"<li><h3><a href='/tin-tuc/bai-so-{i}-ve-cong-tac-phong-chong-thien-tai.html'>"
                    f"Bài số {i} về công tác phòng chống thiên tai của huyện</a></h3><p>{PARAGRAPHS[i % 4]}</p>"
                    f"<span>12/05/2024</span></li>" for i in range(8))
    article = extract(page(f"<h1>Phòng chống thiên tai</h1><ul>{items}</ul>"),
                      BASE + "/chu-de-phong-chong-thien-tai-va-tim-kiem-cuu-nan-2024.html")
    assert not article.is_article
    assert "teasers" in article.reason


def test_crawl_context_counts():
    url = BASE + "/bai-viet/tong-ket"       # a URL that says nothing
    short = story()
    alone = extract(short, url)
    known = extract(short, url, context=PageContext(
        anchor="Huyện tổng kết công tác phòng, chống thiên tai năm 2023", listed=True))
    assert known.is_article
    assert sum(w for _n, w in score(Signals(title=True, prose=200, text=300, prose_share=0.3,
                                            anchor_match=True, listed=True))) > \
        sum(w for _n, w in score(Signals(title=True, prose=200, text=300, prose_share=0.3)))
    assert alone.title == known.title


def test_judge_reasons():
    assert judge(Signals(title=False, text=2000)) == (False, "no headline")
    assert judge(Signals(title=True, url="home", text=2000))[1] == "home page"
    assert judge(Signals(title=True, url="article", text=100))[1].startswith("text too short")
    ok, why = judge(Signals(title=True, url="listing", text=1200, prose=300, prose_share=0.2))
    assert not ok and "listing URL" in why
    assert judge(Signals(typed="article", title=True, url="unknown", text=400, prose=350, prose_share=0.4))[0]


SCHEDULE = ["Chào ngày mới", "Thời sự sáng", "Nông nghiệp và nông thôn", "Phim truyện: Hương đất (tập 12)",
            "Ca nhạc theo yêu cầu", "Thời sự trưa", "Sức khỏe cho mọi nhà", "Dân ca ví, giặm Nghệ Tĩnh",
            "Thời sự chiều", "Chuyên mục Xây dựng nông thôn mới", "Phim truyện: Những ngọn đèn biển (tập 8)"]
DOCUMENTS = [(f"{100 + i}/QĐ-UBND", f"{10 + i}/05/2024", "Quyết định phê duyệt kế hoạch triển khai chương trình "
              f"mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025 tại {i + 2} xã đặc biệt khó khăn")
             for i in range(7)]


def test_a_programme_schedule_is_not_an_article():
    items = "".join(f"<li><span>{6 + i}:{15 * (i % 4):02d}</span><span>{name}</span></li>"
                    for i, name in enumerate(SCHEDULE))
    article = extract(page(f"<h2>Lịch phát sóng ngày 20/5</h2><div class='day'><ul class='schedule'>{items}</ul>"
                           f"<ul class='schedule'>{items}</ul></div>"), BASE + "/lich-phat-song.html")
    assert not article.is_article
    assert "times, dates or numbers" in article.reason


def test_a_table_of_records_is_no_story():
    """A table of documents whose cells are long sentences: its rows are records, led by numbers."""
    table = html.fromstring(
        "<div><table><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>"
        + "".join(f"<tr><td>{n}</td><td>{d}</td><td>{t}</td></tr>" for n, d, t in DOCUMENTS) + "</table></div>")
    chars, items, led = records(table)
    assert items == 8 and led == 7 and chars > 900
    signals = Signals(title=True, prose=chars, text=chars + 100, prose_share=0.55, records=chars,
                      record_items=items, led=led)
    ok, why = judge(signals)
    assert not ok and "a table or a list" in why and "times, dates or numbers" in why
    # The same prose in paragraphs is a story; so is a page typed as an article around such a table.
    assert judge(replace(signals, records=0, record_items=0, led=0))[0]
    assert judge(replace(signals, typed="article", url="article"))[0]


def test_an_article_with_a_table_is_an_article():
    rows = "".join(f"<tr><td>{i}</td><td>Xã số {i}</td><td>{120 + i} ha</td></tr>" for i in range(1, 7))
    article = extract(page("<h1>Huyện tổng kết công tác phòng, chống thiên tai năm 2023</h1><div class='content'>"
                           + "".join(f"<p>{p}</p>" for p in PARAGRAPHS * 2) + f"<table>{rows}</table></div>"),
                      BASE + "/tin-tuc/huyen-tong-ket-cong-tac-phong-chong-thien-tai-nam-2023.html")
    assert article.is_article, article.reason


MENU_PAGE = ("<html><body><ul class='nav'><li><a href='/'>Trang chủ</a></li><li><a href='/gioi-thieu'>Giới thiệu</a></li>"
             "<li><a href='/van-ban-chi-dao-dieu-hanh'>Văn bản chỉ đạo điều hành</a></li><li><a href='/lien-he'>Liên hệ</a></li>"
             "</ul><div class='xem-nhieu'><h3>Xem nhiều</h3><ul>"
             "<li><a href='/tin/giu-lua-xoe-thai-20210.html'>Giữ lửa xòe Thái ở bản Mòng</a></li>"
             "<li><a href='/tin/mua-da-gay-thiet-hai-20198.html'>Mưa đá gây thiệt hại tại nhiều xã vùng cao huyện Sông Mã</a></li>"
             "<li><a href='/tin/xoai-yen-chau-20231.html'>Xoài Yên Châu vào vụ thu hoạch, giá bán cao hơn năm trước</a></li>"
             "</ul></div><p><a href='/tin/khoi-cong-quoc-lo-20245.html'>Khởi công nâng cấp quốc lộ 4G đoạn qua "
             "sông Mã</a></p></body></html>")


def test_menu_links_are_short_names_among_short_names():
    found = menu_links(html.fromstring(MENU_PAGE), BASE + "/tin/bai-viet-1.html")
    # A short-titled story among headlines ("Xem nhiều") and a headline teaser are no menu links.
    assert found == tuple(BASE + p for p in ("/", "/gioi-thieu", "/van-ban-chi-dao-dieu-hanh", "/lien-he"))


def test_menu_links_resolve_against_the_page_s_base():
    # A template that sets <base href> writes its menu relative to it, not to the page's folder.
    page_ = MENU_PAGE.replace("<html><body>", f"<html><head><base href='{BASE}/'></head><body>").replace("href='/'", "href='./'").replace("href='/", "href='")
    found = menu_links(html.fromstring(page_), BASE + "/tin/2024/bai-viet-1.html")
    assert found == tuple(BASE + p for p in ("/", "/gioi-thieu", "/van-ban-chi-dao-dieu-hanh", "/lien-he"))


def test_an_empty_anchor_over_a_story_s_card_is_no_menu_link():
    """records12: a gallery of cards under each story ("Tin khác"), each an empty anchor laid
    over the card, its title and summary in the card's own blocks beside it: three links of no
    words read as a group of short names, a menu, and each story the cards name as the site's
    page. A link naming nothing is no menu's; an icon or a logo by its image stays one."""
    cards = "".join(f"<div class='card'><a href='/tin-tuc/{slug}' class='card__anchor'></a><div class='card__title'>"
                    f"{title}</div><div class='card__summary'>{PARAGRAPHS[n]}</div></div>"
                    for n, (slug, title) in enumerate([
                        ("don-dep-sau-lu", "Tình nguyện viên dọn dẹp nhà cửa cho bà con sau lũ"),
                        ("ao-am-vung-cao", "Trao áo ấm cho học sinh điểm trường vùng cao"),
                        ("tong-ket-he", "Tổng kết chiến dịch tình nguyện hè của thanh niên tỉnh")]))
    page_ = (f"<html><body><ul class='nav'><li><a href='/gioi-thieu'>Giới thiệu</a></li>"
             f"<li><a href='/lien-he'>Liên hệ</a></li><li><a href='/'><img src='/logo.png'></a></li></ul>"
             f"<div class='gallery'>{cards}</div></body></html>")
    found = menu_links(html.fromstring(page_), BASE + "/tin-tuc/bai-viet-1")
    assert found == tuple(BASE + p for p in ("/gioi-thieu", "/lien-he", "/"))


def _site_page(url: str = BASE + "/ung-ho-toa-soan/") -> str:
    head = ("<meta property='og:type' content='article'>"
            "<meta property='article:published_time' content='2023-03-01T02:00:00.000Z'>")
    return page("<article><h1>Ủng hộ tòa soạn báo điện tử của tỉnh</h1><div class='content'>"
                + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div></article>", head)


def _knowing(*urls: str) -> SiteKnowledge:
    return SiteKnowledge.of(template=[menu_link_hash(u) for u in urls])


def test_a_page_the_site_menu_links_is_not_news():
    url = BASE + "/ung-ho-toa-soan/"
    assert extract(_site_page(), url).is_article     # alone, it reads as an article
    article = extract(_site_page(), url, context=PageContext(knowledge=_knowing(url)))
    assert not article.is_article
    assert article.reason == "a page of the site's menu, not news"


@pytest.mark.parametrize("context", [
    PageContext(fed=True),                                                       # a feed lists it
    PageContext(anchor="Ủng hộ tòa soạn báo điện tử của tỉnh", listed=True),    # a teaser names it
])
def test_a_story_the_menu_links_is_news_when_listed_as_one(context):
    url = BASE + "/ung-ho-toa-soan/"
    assert extract(_site_page(), url, context=replace(context, knowledge=_knowing(url))).is_article
    dated = BASE + "/2023/03/01/ung-ho-toa-soan/"
    assert extract(_site_page(), dated, context=PageContext(knowledge=_knowing(dated))).is_article


def test_a_document_record_is_no_article():
    rows = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in [
        ("Số ký hiệu", "1125/QĐ-UBND"), ("Loại văn bản", "Quyết định"), ("Cơ quan ban hành", "UBND huyện"),
        ("Trích yếu", "Phê duyệt Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn trên địa bàn huyện năm 2024, "
                      "phân công nhiệm vụ cho các cơ quan, đơn vị và UBND các xã, thị trấn trong huyện"),
        ("Tệp đính kèm", "<a href='/LinkClick.aspx?fileticket=Qm9u&tabid=71'>1125-QD-UBND.pdf</a>")])
    body = f"<h1>Quyết định phê duyệt Kế hoạch phòng, chống thiên tai năm 2024</h1><table>{rows}</table>"
    article = extract(page(body), BASE + "/van-ban/ArticleID/88/Quyet-dinh-phe-duyet-ke-hoach-phong-chong-thien-tai")
    assert not article.is_article


def test_table_share_counts_rows_of_tables():
    table = "| Số ký hiệu | 1125/QĐ-UBND |\n|---|---|\n| Ngày ban hành | 24/04/2024 |\n| Cơ quan ban hành | UBND huyện |"
    assert table_share(table) > 0.6
    assert table_share("\n".join([table, *PARAGRAPHS])) < 0.6
    assert table_share("Một đoạn văn.\n| a | b |\n|---|---|") == 0.0


def test_a_portal_page_under_navigational_state_is_the_page_the_menu_links():
    menu = BASE + "/wps/portal/Home/tuyen-truyen"
    state = menu + "/!ut/p/z1/04_Sj9CPykssy0xPLMnMz0vMAfIjo8zijQx9DD0sTAx8/dz/d5/L2dBISEvZ0FBIS9nQSEh/"
    assert in_menu(_knowing(menu), state)
    assert not in_menu(_knowing(menu), BASE + "/wps/portal/Home/tin-tuc/!ut/p/z1/04_Sj9CPy/dz/d5/L2dBIS/")
    assert not in_menu(None, menu)


def test_record_types_are_no_news_unless_typed_as_an_article():
    assert typed("profile") == typed(None, "Event".lower()) == typed("website", "qapage") == "record"
    # An event's JSON-LD, with no article's beside it, says more than an og:type "article".
    assert typed("article", "event") == "record" and typed("article") == "article"
    assert typed("website") == "other" and typed(None, "person") is None
    event = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "EducationEvent",'
             '"name": "Hội thảo", "startDate": "2024-05-20T08:00"}</script>')
    url = BASE + "/hoi-thao-khoa-hoc-chuyen-doi-so-trong-nong-nghiep-2024"
    article = extract(story("Hội thảo khoa học chuyển đổi số trong nông nghiệp năm 2024"), url)
    assert article.is_article, article.reason
    record = extract(page(story("Hội thảo khoa học chuyển đổi số trong nông nghiệp năm 2024"), event), url)
    assert not record.is_article and "typed as a record" in record.reason
    # An article's JSON-LD beside the event's: a story about the event.
    both = event.replace("</script>", "</script>" + event.replace("EducationEvent", "NewsArticle"))
    assert extract(page(story(), both), url).is_article
    # The same in two scripts (a sidebar's event widget), og:type "website" as many news sites print it.
    news = event.replace("EducationEvent", "NewsArticle")
    for scripts in (event + news, news + event):
        assert extract(page(story(), "<meta property='og:type' content='website'>" + scripts), url).is_article
    assert extract(page(story(), "<meta property='og:type' content='profile'>" + news), url).is_article
    # A dated URL or a feed keeps a story whatever it is typed.
    assert judge(Signals(typed="record", title=True, url="article", dated_url=True, text=900, prose=800,
                         prose_share=0.5))[0]


def test_a_product_page_and_a_record_around_the_headline_are_no_news():
    """og:type "product" is the page's own type; microdata around the <h1> makes the headline a
    record's name (an event's, a product's). A JSON-LD Product alone, or microdata elsewhere, is not."""
    url = BASE + "/san-pham/che-shan-tuyet-suoi-giang-loai-dac-biet"
    name = "Chè Shan tuyết Suối Giàng loại đặc biệt 500 gam"
    text = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    assert typed("product") == typed("website", "product") == "record"
    shop = extract(page(f"<h1>{name}</h1><div class='mo-ta'>{text}</div>",
                        "<meta property='og:type' content='product'>"), url)
    assert not shop.is_article and "typed as a record" in shop.reason
    for kind in ("https://schema.org/Product", "http://schema.org/SocialEvent"):
        scoped = f"<div itemscope itemtype='{kind}'><h1 itemprop='name'>{name}</h1><div itemprop='description'>{text}</div></div>"
        assert not extract(page(scoped), url).is_article
    # a post with an SEO plugin's Product in JSON-LD, and one with an event's microdata in its sidebar
    seo = "<script type='application/ld+json'>{\"@type\": \"Product\", \"name\": \"Chè\"}</script>"
    widget = ("<div itemscope itemtype='https://schema.org/Event'><span itemprop='name'>Hội chợ chè</span>"
              "<time itemprop='startDate' datetime='2024-06-01'>01/06</time></div>")
    assert extract(page(f"<h1>{name}</h1><div class='mo-ta'>{text}</div>", seo), url).is_article
    assert extract(page(f"<h1>{name}</h1><div class='mo-ta'>{text}</div>{widget}"), url).is_article
    # an article's microdata beside the event's: a story about the event
    story_item = f"<div itemscope itemtype='https://schema.org/NewsArticle'>{scoped}</div>"
    assert extract(page(story_item), url).is_article


def test_a_forum_thread_whose_post_asks_and_a_reply_answers_is_no_news():
    """A discussion: the page's own post puts a question, a reply ("Re: <subject>") answers it;
    the poster named on the post's line is no reporter's signature. A story with a reply under
    it (a reader's thanks) stays news."""
    url = BASE + "/thao-luan/xem.php?t=41"
    subject = "Xin hỏi về thủ tục chuyển trường cho học sinh lớp 8"
    def thread(first: str, reply: str) -> str:
        posts = "".join(f"<div class='bai-dang'><div class='dau'><h4>{h}</h4><span>bởi <a href='/thanh-vien/{n}'>{who}"
                        f"</a> | 0{n}/04/2024 20:15</span></div><div class='noi-dung'>{t}</div>"
                        "<div class='nut'><a href='#'>Trả lời</a></div></div>"
                        for n, (h, who, t) in enumerate(((subject, "Đặng Văn Toàn", first),
                                                         ("Re: " + subject, "Phạm Hồng Nhung", reply)), 1))
        return page(f"<h2>{subject}</h2>{posts}")
    question = ("<p>Gia đình tôi chuyển công tác từ Lào Cai về huyện từ tháng 3, con tôi đang học lớp 8. "
                "Xin hỏi nhà trường cần những giấy tờ gì để cháu được nhận vào học giữa năm học?</p>")
    answer = "<p>Chào anh, anh mang học bạ, giấy giới thiệu chuyển trường và bản sao giấy khai sinh đến văn phòng " \
             "nhà trường trong giờ hành chính để được hướng dẫn.</p>"
    asked = extract(thread(question, answer), url)
    assert not asked.is_article and "question" in asked.reason
    told = extract(thread("".join(f"<p>{p}</p>" for p in PARAGRAPHS), "<p>Cảm ơn nhà trường đã thông tin.</p>"), url)
    assert told.is_article, told.reason


EVENT_FIELDS = ("<table class='info'><tr><th>Thời gian</th><td>08:00 - 11:30, thứ Ba 21/5/2024</td></tr>"
                "<tr><th>Địa điểm</th><td>Hội trường tầng 3, nhà A</td></tr>"
                "<tr><th>Đơn vị chủ trì</th><td>Khoa Nông học</td></tr></table>")


def test_fields_before_a_short_description_make_a_record():
    url = BASE + "/hoat-dong/seminar-ung-dung-cam-bien-trong-quan-ly-tuoi-tieu-vung-han.html"
    title = "Seminar ứng dụng cảm biến trong quản lý tưới tiêu vùng hạn"
    record = extract(page(f"<h1>{title}</h1>{EVENT_FIELDS}<div class='content'><p>{PARAGRAPHS[0]}</p>"
                          f"<p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p></div>"), url,
                     context=PageContext(anchor=title, listed=True))
    assert not record.is_article and "a record of 3 fields" in record.reason
    # The same fields after a story's prose (an info box closing it) leave a story.
    story_ = extract(page(f"<h1>{title}</h1><div class='content'>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS * 2)
                          + f"{EVENT_FIELDS}</div>"), url, context=PageContext(anchor=title, listed=True))
    assert story_.is_article, story_.reason
    found = fields(html.fromstring(f"<div><dl><dt>Ngày</dt><dd>21/5</dd><dt>Nơi</dt><dd>Hội trường</dd></dl>"
                                   f"<dl class='article-info'><dt>Chi tiết</dt><dd>Viết bởi A</dd><dd>Lượt xem: 5</dd>"
                                   f"</dl><p>{PARAGRAPHS[0]}</p></div>"))
    assert (found.pairs, found.lead) == (3, True)


def test_labelled_lines_are_fields_but_a_story_s_own_lines_are_not():
    lines = ("<p><strong>Thời gian:</strong> 8 giờ, thứ Ba 21/5/2024</p><p><strong>Địa điểm:</strong> Hội trường A</p>"
             "<div class='field'><div class='field__label'>Đơn vị chủ trì</div><div class='field__item'>Khoa Nông học"
             f"</div></div><p>{PARAGRAPHS[0]}</p>")
    assert fields(html.fromstring(f"<div>{lines}</div>")) == Fields(pairs=3, lead=True, when=2, prose_lines=1, lede="12/5",
                                                                   since="2024-05-21", until="2024-05-21")
    meta = ("<p><strong>Ngày đăng:</strong> 21/5/2024</p><p><b>Tác giả:</b> Minh Anh</p><p><b>Lượt xem:</b> 120</p>"
            f"<p><strong>Ảnh:</strong> Thu Hà</p><p>{PARAGRAPHS[0]}</p>")
    assert fields(html.fromstring(f"<div>{meta}</div>")).pairs == 0


def test_fields_before_the_headline_are_another_column_s():
    counter = "<table><tr><td>Đang online</td><td>15</td></tr><tr><td>Hôm nay</td><td>1.204</td></tr>" \
              "<tr><td>Tổng</td><td>2.135.480</td></tr></table>"
    zone = html.fromstring(f"<div><div class='left'>{counter}</div><div class='center'><h1>Huyện tổng kết công "
                           f"tác phòng, chống thiên tai</h1><p>{PARAGRAPHS[0]}</p></div></div>")
    assert fields(zone).pairs == 3
    assert fields(zone, next(zone.iter("h1"))).pairs == 0
    url = BASE + "/tin-tuc/huyen-tong-ket-cong-tac-phong-chong-thien-tai-nam-2023.html"
    article = extract(page(f"<div class='left'>{counter}</div><div class='center'><h1>Huyện tổng kết công tác "
                           f"phòng, chống thiên tai năm 2023</h1><div class='content'><p>{PARAGRAPHS[0]}</p>"
                           f"<p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p><p>{PARAGRAPHS[3]}</p></div></div>"), url)
    assert article.is_article, article.reason


@pytest.mark.parametrize("meta_line", [
    "<p><strong>Ngày:</strong> 16/05/2024</p><p><strong>Người đăng:</strong> Văn phòng</p>"
    "<p><strong>Người duyệt:</strong> Trần Văn Bình</p>",
    "<ul><li><b>Đơn vị:</b> Phòng Văn hóa</li><li><b>Người đăng:</b> Quản trị viên</li>"
    "<li><b>Ngày:</b> 16/05/2024</li></ul>",
    "<table><tr><td>Ngày đăng:</td><td>16/05/2024 08:30</td></tr><tr><td>Người đăng:</td><td>Quản trị</td></tr>"
    "<tr><td>Lượt xem:</td><td>120</td></tr></table>",
    "<dl><dt>Ngày đăng</dt><dd>16/05/2024</dd><dt>Tác giả</dt><dd>Minh Anh</dd><dt>Lượt xem</dt><dd>120</dd></dl>",
])
def test_a_portals_own_lines_under_the_headline_are_no_records_fields(meta_line):
    """Who posted a story and who approved it, its day, its views: a portal's lines (in a list,
    a table or a definition list), not a record's."""
    body = (f"<h1>Huyện tổng kết công tác phòng, chống thiên tai năm 2023</h1><div class='info'>{meta_line}</div>"
            "<div class='content'>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div>")
    assert fields(html.fromstring(f"<div>{body}</div>")).pairs < RECORD_PAIRS
    article = extract(page(body), BASE + "/tin-tuc/huyen-tong-ket-cong-tac-phong-chong-thien-tai.html",
                      context=PageContext(listed=True))
    assert article.is_article, article.reason


def test_a_short_interview_is_news_not_a_record():
    """A reporter's questions and the answers, each labelled by who speaks: fields in form only."""
    lines = [("PV", "Xin ông cho biết kết quả thu hoạch vụ lúa năm nay?"),
             ("Ông Nguyễn Văn Hòa", "Năm nay năng suất lúa đạt 62 tạ/ha, cao hơn năm trước 3 tạ, giá bán ổn định "
                                   "nên bà con phấn khởi."),
             ("PV", "Huyện có kế hoạch gì cho vụ tới?"),
             ("Ông Nguyễn Văn Hòa", "Huyện sẽ mở rộng diện tích lúa chất lượng cao, liên kết với doanh nghiệp bao "
                                   "tiêu sản phẩm."),
             ("PV", "Khó khăn lớn nhất hiện nay là gì?"),
             ("Ông Nguyễn Văn Hòa", "Thiếu nước tưới cuối vụ và giá vật tư tăng là hai khó khăn chính của bà con.")]
    title = "Huyện Đông Sơn được mùa lúa chất lượng cao năm 2024"
    body = f"<h1>{title}</h1><div class='content'>" + "".join(
        f"<p><strong>{who}:</strong> {said}</p>" for who, said in lines) + "</div>"
    assert fields(html.fromstring(f"<div>{body}</div>")).pairs == 0
    article = extract(page(body), BASE + "/tin-tuc/huyen-dong-son-duoc-mua-lua.html", context=PageContext(listed=True))
    assert article.is_article, article.reason


def test_a_question_with_its_asker_and_answer_is_no_news():
    body = ("<h1>Hỗ trợ chuyển đổi cây trồng trên đất lúa kém hiệu quả ở vùng cao</h1><div class='hoi'>"
            "<p><b>Người gửi:</b> Lê Văn Tám (xã Đồng Tiến)</p><p><b>Ngày gửi:</b> 02/5/2024</p>"
            f"<p>{PARAGRAPHS[0]} {PARAGRAPHS[1]}</p></div><div class='dap'><p><b>Đơn vị trả lời:</b> "
            f"Phòng Nông nghiệp</p><p>{PARAGRAPHS[2]}</p><p>{PARAGRAPHS[3]}</p></div>")
    found = fields(html.fromstring(f"<div>{body}</div>"))
    assert found.asked and found.answered
    url = BASE + "/chi-tiet-cau-hoi.aspx?ItemID=315"
    qa = extract(page(body), url, context=PageContext(anchor="Hỗ trợ chuyển đổi cây trồng trên đất lúa kém hiệu quả "
                                                          "ở vùng cao", listed=True))
    assert not qa.is_article and "a question" in qa.reason
    # An interview's "Hỏi:"/"Trả lời:" name no asker: a story.
    interview = body.replace("<b>Người gửi:</b>", "<b>Hỏi:</b>").replace("<b>Ngày gửi:</b>", "")
    assert not fields(html.fromstring(f"<div>{interview}</div>")).asked


def test_a_short_name_for_a_headline_counts_against():
    signals = Signals(title=True, title_words=3, title_name=True, prose=440, text=420, prose_share=0.5,
                      listed=True)
    assert not judge(signals)[0]
    assert judge(replace(signals, title_words=9))[0]
    # A short title in sentence case counts less: a page's name ("Giới thiệu") or a brief's headline.
    assert sum(w for _, w in score(replace(signals, title_name=False))) == sum(w for _, w in score(signals)) + 1
    assert "a name for a headline" in extract(story("TS. Phạm Văn Đức"), BASE + "/don-vi/ttyt").reason
    # A short headline in sentence case is a brief, not a name.
    for brief in ("Giá vàng tăng mạnh", "Sắc thu Hà Nội", "Mùa lúa chín"):
        assert extract(story(brief), BASE + "/tin-tuc/gia-vang").is_article, brief
    assert name_words("PGS.TS. Lê Văn Hùng") == 4 and name_words("Giá vàng tăng mạnh") == 0
    assert extract(story(), BASE + "/don-vi/ttyt").is_article
    english = story("About Bugs").replace("lang='vi'", "lang='en'").replace(
        "<title>Trang - Cổng TTĐT huyện</title>", "<title>About Bugs - District portal</title>")
    assert extract(english, BASE + "/about-bugs/").is_article   # in English a word is a word


NEWS_ARTICLE = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
                '"headline": "x", "datePublished": "2024-04-02"}</script>')


@pytest.mark.parametrize(("question", "answer"), [
    # Labelled, the asker signing the question.
    ("<p><b>Câu hỏi:</b> Gia đình tôi có 2 sào ruộng bị thu hồi làm đường tỉnh 295. Xin hỏi gia đình tôi được "
     "hỗ trợ chuyển đổi nghề như thế nào? <em>(Trần Văn Nam, xã Phúc Hòa)</em></p>",
     "<p><b>Đáp:</b> Theo Điều 84 Luật Đất đai, hộ gia đình trực tiếp sản xuất nông nghiệp khi Nhà nước thu hồi "
     "đất nông nghiệp được hỗ trợ đào tạo, chuyển đổi nghề và tìm kiếm việc làm.</p>"),
    # Written out, as government portals print a reader's question and the office's answer.
    ("<p>Ông Trần Văn Nam (xã Phúc Hòa) hỏi: Gia đình tôi có 2 sào ruộng bị thu hồi làm đường tỉnh 295, "
     "gia đình tôi được hỗ trợ chuyển đổi nghề như thế nào?</p>",
     "<p>Về vấn đề này, Sở Tài nguyên và Môi trường trả lời như sau:</p>"),
])
def test_a_reader_s_question_and_its_answer_is_no_news_even_typed_as_an_article(question, answer):
    """One question put by a reader and answered: a Q&A page, whatever type its CMS stamps on it."""
    title = "Hộ bị thu hồi đất nông nghiệp được hỗ trợ chuyển đổi nghề thế nào?"
    body = f"<h1>{title}</h1><div class='content'>{question}{answer}<p>{PARAGRAPHS[2]} {PARAGRAPHS[3]}</p></div>"
    found = fields(html.fromstring(f"<div>{body}</div>"))
    assert found.asked and found.answered
    qa = extract(page(body, NEWS_ARTICLE), BASE + "/hoi-dap-chinh-sach/ho-bi-thu-hoi-dat-nong-nghiep-duoc-ho-tro.html",
                 context=PageContext(anchor=title, listed=True))
    assert not qa.is_article and "a question" in qa.reason
    # Nor does a feed make it news (nor a dated URL: a Q&A section dates its paths too,
    # tests/test_detect_records14.py): a school's or an office's feed lists its answers as it
    # lists its news. An interview putting several questions stays news, fed or not
    # (tests/test_extract_round39.py).
    fed = extract(page(body, NEWS_ARTICLE), BASE + "/hoi-dap-chinh-sach/ho-bi-thu-hoi-dat-nong-nghiep-duoc-ho-tro.html",
                  context=PageContext(anchor=title, listed=True, fed=True))
    assert not fed.is_article and "a question" in fed.reason


def test_an_interview_putting_several_questions_stays_news():
    pairs = [("Xin ông cho biết kết quả thu hoạch vụ lúa năm nay?", PARAGRAPHS[1]),
             ("Huyện có kế hoạch gì cho vụ tới?", PARAGRAPHS[2])]
    title = "Huyện Đông Sơn được mùa lúa chất lượng cao năm 2024"
    body = f"<h1>{title}</h1><div class='content'><p>{PARAGRAPHS[0]}</p>" + "".join(
        f"<p><b>Hỏi:</b> {q}</p><p><b>Đáp:</b> {a}</p>" for q, a in pairs) + "</div>"
    assert not fields(html.fromstring(f"<div>{body}</div>")).asked
    article = extract(page(body, NEWS_ARTICLE), BASE + "/tin-tuc/huyen-dong-son-duoc-mua-lua-chat-luong-cao.html",
                      context=PageContext(listed=True))
    assert article.is_article, article.reason


def test_an_event_s_time_and_place_before_a_short_description_make_a_record():
    title = "Ngày hội văn hóa các dân tộc huyện Đakrông lần thứ V"
    when = "<div class='field'><div class='field__label'>Thời gian</div><div class='field__item'>7 giờ 30, 15/6/2024</div></div>"
    where = "<p><strong>Địa điểm:</strong> Sân vận động trung tâm huyện</p>"
    text = f"<p>{PARAGRAPHS[0]} {PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>"
    url = BASE + "/su-kien/ngay-hoi-van-hoa-cac-dan-toc-huyen-dakrong-lan-thu-v"
    assert fields(html.fromstring(f"<div><h1>{title}</h1>{when}{where}{text}</div>")).when == 2
    event = extract(page(f"<h1>{title}</h1>{when}{where}<div class='content'>{text}</div>"), url)
    assert not event.is_article and "an event's time and place" in event.reason
    # One of them counts against the page; after the prose (a story's info box) neither counts.
    signals = Signals(title=True, url="article", prose=500, text=520, prose_share=0.5, headline_near=True,
                      fields=Fields(pairs=1, lead=True, when=1))
    assert "an event's time or place before a short description" in dict(score(signals))
    assert fields(html.fromstring(f"<div><h1>{title}</h1>{text}{text}{when}{where}</div>")).when == 0


HUB_TEASER = ("<div class='item'><a href='/tin-tuc/khoi-cong-tuyen-duong-ven-bien-doan-qua-huyen-trieu-phong-10231.html'>"
              "<img src='/t.jpg' alt=''></a><h4><a href='/tin-tuc/khoi-cong-tuyen-duong-ven-bien-doan-qua-huyen-trieu-"
              "phong-10231.html'>Khởi công tuyến đường ven biển đoạn qua huyện Triệu Phong</a></h4>"
              f"<p>{PARAGRAPHS[0]} {PARAGRAPHS[1]}</p></div>")


def test_a_headline_an_intro_and_teasers_make_a_hub():
    """A topic or event hub: most of the headline's zone is another article's teaser (one will do)."""
    title = "Dự án đường ven biển qua tỉnh Quảng Trị"
    body = (f"<section class='topic'><h1>{title}</h1><p>Tuyến đường dài 48 km đi qua ba huyện ven "
            "biển, khởi công đầu năm 2023. Chuyên trang cập nhật tiến độ thi công và giải phóng mặt bằng.</p>"
            f"{HUB_TEASER}</section>")
    zone = html.fromstring(body)
    teased, total = teaser_text(zone, BASE + "/chuyen-trang/du-an-duong-ven-bien")
    assert teased >= 0.5 * total
    found = extract(page(body), BASE + "/chuyen-trang/du-an-duong-ven-bien", context=PageContext(anchor=title, listed=True))
    assert not found.is_article and "(a hub)" in found.reason
    # Typed as an article, in a feed or under a dated URL, the page is a story that links on.
    signals = Signals(title=True, teased=258, zone_text=400, text=420, prose=300, prose_share=0.5)
    assert hub(signals)
    assert not any(hub(replace(signals, **kept)) for kept in ({"typed": "article"}, {"fed": True}, {"dated_url": True}))
    # A story closing on a "Xem thêm" teaser keeps its prose: an article.
    title = "Huyện tổng kết công tác phòng, chống thiên tai năm 2023"
    story_ = page(f"<h1>{title}</h1><div class='content'>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
                  + f"{HUB_TEASER}</div>")
    article = extract(story_, BASE + "/tin-tuc/huyen-tong-ket-cong-tac-phong-chong-thien-tai.html")
    assert article.is_article, article.reason


ARTICLE_URL = BASE + "/thong-tin-chi-dao-dieu-hanh/ubnd-huyen-thong-bao-ket-qua-thuc-hien-nhiem-vu-thang-3.html"


def test_a_table_with_a_line_beside_it_is_a_record_even_typed_as_an_article():
    """A week's schedule (or a price board) as the whole body: a record, whatever type the CMS stamps."""
    rows = [("Thứ Hai 01/4", "7h30", "Giao ban Thường trực UBND huyện", "Chủ tịch UBND huyện"),
            ("Thứ Ba 02/4", "14h00", "Làm việc với xã Đông Hòa về xây dựng nông thôn mới", "Phó Chủ tịch huyện"),
            ("Thứ Năm 04/4", "8h00", "Tiếp công dân định kỳ tại trụ sở tiếp công dân", "Chủ tịch UBND huyện"),
            ("Thứ Sáu 05/4", "Cả ngày", "Kiểm tra tiến độ thu hoạch lúa tại các xã phía Nam", "Phó Chủ tịch huyện")]
    table = "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows) + "</table>"
    title = "Lịch làm việc của lãnh đạo UBND huyện tuần 14 năm 2024"
    body = f"<h1>{title}</h1><div class='content'>{table}<p>Lịch có thể thay đổi.</p></div>"
    schedule = extract(page(body, NEWS_ARTICLE), ARTICLE_URL, context=PageContext(anchor=title, listed=True))
    assert not schedule.is_article and "a table with a line or two" in schedule.reason
    # A story that carries a table, with its own paragraphs around it, stays news.
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    news = extract(page(body.replace("<p>Lịch có thể thay đổi.</p>", paragraphs), NEWS_ARTICLE), ARTICLE_URL)
    assert news.is_article, news.reason
    # A feed lists a site's records as it lists its stories: the table with a line beside it stays
    # a record there too (a price board posted each day), and a story with its table stays news.
    assert not judge(Signals(title=True, typed="article", url="article", prose=400, text=500, text_table=0.9,
                             fed=True))[0]
    assert judge(Signals(title=True, typed="article", url="article", prose=1200, text=1500, text_table=0.3,
                         fed=True))[0]


def test_labelled_sections_with_no_prose_are_a_record_even_typed_as_an_article():
    """An administrative procedure: each section a label and its value, no narrative."""
    sections = [("Cơ quan thực hiện", "Phòng Tư pháp huyện"),
                ("Cách thức thực hiện", "Nộp trực tiếp tại Bộ phận một cửa hoặc qua dịch vụ công trực tuyến."),
                ("Thành phần hồ sơ", "Tờ khai theo mẫu; bản sao giấy tờ tùy thân."),
                ("Thời hạn giải quyết", "03 ngày làm việc."), ("Lệ phí", "Không.")]
    body = "<h1>Thủ tục đăng ký thay đổi, cải chính hộ tịch tại UBND cấp huyện</h1><div class='content'>" + "".join(
        f"<p><strong>{label}:</strong> {value}</p>" for label, value in sections) + "</div>"
    found = fields(html.fromstring(f"<div>{body}</div>"))
    assert found.pairs == 5 and found.prose_lines == 0
    procedure = extract(page(body, NEWS_ARTICLE), ARTICLE_URL, context=PageContext(listed=True))
    assert not procedure.is_article and "no paragraph of prose" in procedure.reason
    # The same fields before a story's paragraphs (a notice with its details) stay a story when typed so.
    story_body = body.replace("</div>", "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div>")
    assert fields(html.fromstring(f"<div>{story_body}</div>")).prose_lines > 0
    assert extract(page(story_body, NEWS_ARTICLE), ARTICLE_URL).is_article


def test_people_with_positions_and_details_are_a_record():
    text = ("Ông Hồ Văn An - Giám đốc Sở\nSinh năm: 1972. Quê quán: Triệu Phong.\nĐiện thoại: 0233.3852.113\n"
            "Bà Lê Thị Hoa, Phó Giám đốc Sở\nNăm sinh: 1978\nPhụ trách lĩnh vực trồng trọt.")
    assert people(text) == (2, 3)
    # A caption goes on to what the person did; a story's sentence names a person in passing.
    assert people("Ông Hồ Văn An - Giám đốc Sở phát biểu chỉ đạo tại hội nghị tổng kết năm 2023\n"
                  "Theo ông Hồ Văn An, Giám đốc Sở, năm nay ngành đạt nhiều kết quả.") == (0, 0)
    leaders = "".join(f"<p>{name}, {role}</p><p>Năm sinh: {born}. Trình độ: Thạc sĩ Nông nghiệp.</p>"
                      f"<p>Phụ trách: {duty}</p>"
                      for name, role, born, duty in [
                          ("Ông Hồ Văn An", "Giám đốc Sở", 1972, "chỉ đạo chung, công tác tổ chức cán bộ, kế hoạch, "
                           "tài chính và thanh tra của Sở."),
                          ("Bà Lê Thị Hoa", "Phó Giám đốc Sở", 1978, "lĩnh vực trồng trọt, bảo vệ thực vật, chăn nuôi "
                           "và thú y, thủy lợi và phòng chống thiên tai.")])
    body = f"<h1>Lãnh đạo Sở Nông nghiệp và Phát triển nông thôn tỉnh</h1><div class='content'>{leaders}</div>"
    page_ = extract(page(body, NEWS_ARTICLE), ARTICLE_URL, context=PageContext(listed=True))
    assert not page_.is_article and "people named with their positions" in page_.reason
    # A story quoting a director keeps its paragraphs: news.
    quoted = body.replace("</div>", "".join(f"<p>{p}</p>" for p in PARAGRAPHS * 2) + "</div>")
    assert extract(page(quoted, NEWS_ARTICLE), ARTICLE_URL).is_article


def test_a_leader_s_profile_under_a_name_and_position_for_a_title_is_a_record():
    """"Ông … - Giám đốc Sở" for a title over born, degree, in charge of, a career in a sentence."""
    assert person_line("Ông Nguyễn Văn Hải - Giám đốc Sở") and person_line("TS. Lê Thu Hà, Phó Hiệu trưởng")
    assert not person_line("Ông Nguyễn Văn Hải - Giám đốc Sở chỉ đạo chống hạn cho lúa hè thu tại các xã")
    title = "Bà Trần Thị Mai - Phó Giám đốc Sở"
    body = (f"<h1>{title}</h1><div class='content'><p>Bà Trần Thị Mai sinh năm 1979, quê quán xã Cẩm Bình.</p>"
            "<p>Trình độ: Thạc sĩ Quản lý tài nguyên; Cao cấp lý luận chính trị.</p>"
            "<p>Bà từng công tác tại Chi cục Bảo vệ môi trường, giữ chức Trưởng phòng Kế hoạch - Tài chính trước "
            "khi được bổ nhiệm Phó Giám đốc Sở từ tháng 6/2023.</p>"
            "<p>Lĩnh vực phụ trách: đất đai, khoáng sản, tài nguyên nước và khí tượng thủy văn.</p></div>")
    profile = extract(page(body), BASE + "/lanh-dao/pho-giam-doc-so.html", context=PageContext(listed=True))
    assert not profile.is_article and "a profile" in profile.reason
    # A story under a leader's words stays news: its title is a sentence, its text what was done.
    news = story("Giám đốc Sở chỉ đạo các xã chủ động chống hạn cho lúa hè thu")
    assert extract(news, ARTICLE_URL, context=PageContext(listed=True)).is_article


def test_a_notice_announcing_its_own_terms_is_no_news():
    """"… thông báo tuyển sinh lớp 6 như sau:" over numbered conditions, or over a table of
    posts: the issuer's notice. A story about a recruitment reports it in prose."""
    terms = ("<p>Căn cứ Kế hoạch số 102/KH-PGDĐT của Phòng Giáo dục và Đào tạo, nhà trường thông báo tuyển sinh "
             "lớp 1 năm học 2025-2026 như sau:</p><p>1. Đối tượng: Trẻ sinh năm 2019 cư trú trên địa bàn xã.</p>"
             "<p>2. Chỉ tiêu: 90 học sinh, 3 lớp.</p><p>3. Hồ sơ gồm: Đơn xin học, bản sao giấy khai sinh.</p>"
             "<p>4. Thời gian nhận hồ sơ: từ ngày 10/7/2025 đến ngày 20/7/2025 tại văn phòng nhà trường.</p>")
    title = "Thông báo tuyển sinh lớp 1 năm học 2025-2026"
    posts = ("<p>Trung tâm Y tế huyện thông báo tuyển dụng viên chức năm 2024 như sau:</p><table>"
             "<tr><th>Vị trí</th><th>Số lượng</th><th>Yêu cầu</th></tr>"
             "<tr><td>Bác sĩ</td><td>2</td><td>Tốt nghiệp đại học y khoa</td></tr>"
             "<tr><td>Điều dưỡng</td><td>3</td><td>Có chứng chỉ hành nghề</td></tr>"
             "<tr><td>Kế toán</td><td>1</td><td>Có 2 năm kinh nghiệm trở lên</td></tr></table>"
             "<p>Hồ sơ nộp tại Phòng Tổ chức - Hành chính, từ ngày 05/8 đến hết ngày 04/9/2024.</p>")
    for body, why in ((terms, "a notice"), (posts, "table")):   # the posts' table under the line announcing it
        html_ = page(f"<h1>{title}</h1><div class='content'>{body}</div>", NEWS_ARTICLE)
        found = extract(html_, ARTICLE_URL, context=PageContext(anchor=title, listed=True))
        assert not found.is_article and why in found.reason, found.reason
    assert notice("Nhà trường thông báo tuyển sinh như sau:\n1. Đối tượng: học sinh.\n2. Chỉ tiêu: 70.")
    # A story about a recruitment: the paper reports it, no notice announcing its own terms.
    assert not notice(f"{PARAGRAPHS[0]}\n1. Đối tượng: học sinh.\n2. Chỉ tiêu: 70.")
    reported = story("Huyện tuyển dụng 40 giáo viên cho các trường vùng cao").replace(
        f"<p>{PARAGRAPHS[1]}</p>", "<p>Sở Nội vụ thông báo kết quả như sau:</p><p>1. Đạt: 38 người.</p>"
        "<p>2. Không đạt: 2 người.</p>" f"<p>{PARAGRAPHS[1]}</p>")
    assert extract(reported, ARTICLE_URL, context=PageContext(listed=True)).is_article
    # A schedule announced so (a leader's days receiving citizens) calls for no application.
    assert not notice("UBND tỉnh thông báo lịch tiếp công dân như sau:\n| Ngày | Địa điểm |\n"
                      "| 15/3 | Trụ sở |\n| 29/3 | Trụ sở |\nCông dân mang theo giấy tờ tùy thân.")


@pytest.mark.parametrize("opening", [
    "Trường THCS Phú Lương tuyển sinh lớp 6 năm học 2025 - 2026 với các nội dung sau:",
    "Căn cứ Kế hoạch số 215/KH-PGDĐT, Ủy ban nhân dân xã tuyển dụng công chức năm 2025, cụ thể:",
    "Nhà trường thông báo tuyển sinh lớp 6 như sau:",
])
def test_a_notice_is_its_opening_over_its_terms_in_any_words(opening):
    """loss11: the issuer's opening line ends on a colon over the terms, whatever it says."""
    assert notice(f"{opening}\n1. Đối tượng: học sinh cư trú tại xã.\n2. Chỉ tiêu: 70 học sinh.\n"
                  "3. Hồ sơ: Đơn xin học, bản sao giấy khai sinh.")
    assert notice(f"{opening}\n| Vị trí | Số lượng | Yêu cầu |\n| Công chức địa chính | 1 | Đại học |\n"
                  "| Công chức văn hóa | 1 | Đại học |\nHồ sơ nộp tại bộ phận một cửa.")
    # A story's lede is a sentence, whatever numbered lines follow it.
    assert not notice(f"{opening[:-1]}.\n1. Đối tượng: học sinh.\n2. Chỉ tiêu: 70.\n3. Hồ sơ: đơn.")


def test_a_notice_under_its_summary_is_its_opening_over_its_terms():
    """records12: a results notice in a portal's story template: its summary (the sapo, one
    sentence) stands above the issuer's opening "… như sau:", and a numbered term's label may be
    a long one ("Tổng số thí sinh đủ điều kiện dự xét tuyển vòng 2: 86 người")."""
    summary = "Sở Giao thông vận tải thông báo kết quả xét tuyển viên chức các đơn vị trực thuộc năm 2025."
    opening = "Căn cứ Kế hoạch số 88/KH-SGTVT, Hội đồng xét tuyển thông báo kết quả như sau:"
    terms = ("1. Tổng số thí sinh đủ điều kiện tham dự xét tuyển vòng hai: 54 người.\n"
             "2. Số thí sinh trúng tuyển: 12 người (có danh sách kèm theo).\n"
             "Thí sinh trúng tuyển hoàn thiện hồ sơ trước ngày 20/12/2025.")
    assert notice(f"{opening}\n{terms}")
    assert notice(f"{summary}\n{opening}\n{terms}")
    # A story's first two lines are sentences, whatever numbered lines follow them.
    assert not notice(f"{summary}\n{opening[:-1]}.\n{terms}")
    assert not notice(f"{PARAGRAPHS[1]} {PARAGRAPHS[2]}\n{opening}\n{terms}")
    body = (f"<h1>Thông báo kết quả xét tuyển viên chức năm 2025</h1><div class='ngay'>24/11/2025 09:15</div>"
            f"<div class='sapo'>{summary}</div><div class='content'><p>{opening}</p>"
            + "".join(f"<p>{line}</p>" for line in terms.splitlines()) + "</div>")
    found = extract(page(body), ARTICLE_URL, context=PageContext(anchor="Thông báo kết quả xét tuyển viên chức năm 2025",
                                                                 listed=True))
    assert not found.is_article and "a notice" in found.reason, found.reason


@pytest.mark.parametrize("line", [
    "Đồng chí Nguyễn Thị Hoài Thu - Ủy viên Ban Thường vụ",
    "Bà Lê Thu Hà, Trưởng Bộ môn Hóa học",
    "Ông Phạm Văn Tùng - Chủ nhiệm Ủy ban Kiểm tra",
    "PGS.TS. Trần Minh Đức - Phó Hiệu trưởng",
])
def test_a_person_line_is_an_honorific_a_name_and_a_position_in_any_words(line):
    """loss11: the honorific, the name in capitals, a separator and the position, no list of posts."""
    assert person_line(line)


@pytest.mark.parametrize("line", [
    "Hà Nội - Điểm đến hấp dẫn của du khách",          # no honorific, no post
    "Ông Nguyễn Văn Hải nói về mùa lúa năm nay",      # no separator: a sentence
    "Ông Nguyễn Văn Hải - Giám đốc Sở phát biểu chỉ đạo tại hội nghị",   # a caption goes on
    "Ông bà ta - Kho tàng tục ngữ",                    # no name
    # review11fix M3: a colon opens what is said; a capitalised clause is no post; "Bà Rịa" no honorific
    "Ông Nguyễn Văn Nên: Không để ai bị bỏ lại phía sau",
    "Ông Nguyễn Văn Nên - Không để ai bị bỏ lại phía sau",
    "Bà Rịa Vũng Tàu: Khởi công dự án mới",
    "Bà Rịa Vũng Tàu - Khởi Công Dự Án Mới",
])
def test_a_line_that_is_no_person_and_post_stays_none(line):
    assert not person_line(line)


def test_a_q_and_a_page_s_meta_lines_name_the_asker_and_the_answerer():
    """"Câu hỏi của ông … gửi ngày …" over the question, "… trả lời - ngày …" over the answer."""
    title = "Thủ tục cấp đổi giấy chứng nhận quyền sử dụng đất khi đo đạc lại"
    body = (f"<h1>{title}</h1><div class='q'><p class='meta'>Câu hỏi của ông Lê Văn Tùng (Thanh Hóa) - gửi ngày "
            f"04/03/2024</p><p>Xã tôi đo đạc lại bản đồ địa chính, diện tích thửa đất tăng thêm 35 m2. Xin hỏi tôi có "
            f"phải nộp tiền sử dụng đất cho phần tăng thêm không?</p></div><div class='a'><p class='meta'>Sở Tài nguyên "
            f"và Môi trường trả lời - ngày 15/03/2024</p><p>{PARAGRAPHS[2]}</p><p>{PARAGRAPHS[3]}</p></div>")
    found = fields(html.fromstring(f"<div>{body}</div>"))
    assert found.asked and found.answered
    qa = extract(page(body), ARTICLE_URL, context=PageContext(anchor=title, listed=True))
    assert not qa.is_article and "a question" in qa.reason
    # A story reporting that an office answered voters is no Q&A: no asker's line over one question.
    news = (f"<h1>{title}</h1><div class='content'><p>{PARAGRAPHS[0]}</p><p>Sở Tài nguyên và Môi trường trả lời</p>"
            f"<p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p></div>")
    assert not fields(html.fromstring(f"<div>{news}</div>")).asked
    assert extract(page(news), ARTICLE_URL, context=PageContext(listed=True)).is_article


def test_short_headings_over_lists_are_a_procedure_s_sections():
    """"<h3>Trình tự thực hiện</h3><ul>…</ul>": a section's name over its steps, each a field; long
    steps are no prose. A story's subheadings stand over paragraphs."""
    sections = [("Trình tự thực hiện", [PARAGRAPHS[0], PARAGRAPHS[1]]), ("Thành phần hồ sơ", ["Tờ khai theo mẫu."]),
                ("Thời hạn giải quyết", ["05 ngày làm việc."])]
    body = "<h1>Cấp giấy phép tổ chức biểu diễn nghệ thuật tại địa phương</h1><div class='content'>" + "".join(
        f"<h3>{name}</h3><ul>" + "".join(f"<li>{step}</li>" for step in steps) + "</ul>" for name, steps in sections) \
        + "</div>"
    assert fields(html.fromstring(f"<div>{body}</div>")) == Fields(pairs=3, lead=True)
    procedure = extract(page(body, NEWS_ARTICLE), ARTICLE_URL, context=PageContext(listed=True))
    assert not procedure.is_article and "no paragraph of prose" in procedure.reason
    # A story's subheadings over paragraphs, or a sentence in bold over a list, are no sections.
    story_body = "".join(f"<h3>{name}</h3><p>{step}</p>" for name, steps in sections for step in steps)
    assert fields(html.fromstring(f"<div>{story_body}</div>")).pairs == 0
    bold = f"<p><b>Huyện đã triển khai nhiều giải pháp.</b></p><ul><li>{PARAGRAPHS[1]}</li></ul>"
    assert fields(html.fromstring(f"<div>{bold}</div>")).pairs == 0


LEGAL_COLUMN = (
    "<p>Bạn đọc Nguyễn Thị Lan (huyện Nông Cống) hỏi: Tôi làm việc cho một công ty may được 5 năm, nay tôi xin "
    "nghỉ việc. Vậy tôi có được hưởng trợ cấp thôi việc không?</p>"
    "<p>Luật sư Lê Văn Bình, Đoàn Luật sư tỉnh Thanh Hóa trả lời:</p>"
    "<p>Theo quy định tại Điều 46 Bộ luật Lao động năm 2019, khi hợp đồng lao động chấm dứt thì người sử dụng lao "
    "động có trách nhiệm trả trợ cấp thôi việc cho người lao động đã làm việc thường xuyên từ đủ 12 tháng trở lên.</p>"
    "<p>Tuy nhiên, thời gian tính trợ cấp thôi việc là tổng thời gian người lao động đã làm việc thực tế trừ đi thời "
    "gian đã tham gia bảo hiểm thất nghiệp. Nếu bạn đã tham gia bảo hiểm thất nghiệp đủ 5 năm thì không được hưởng "
    "trợ cấp thôi việc mà được hưởng trợ cấp thất nghiệp.</p>")


@pytest.mark.parametrize("head", ["", NEWS_ARTICLE])
def test_a_newspaper_s_legal_column_signed_by_its_reporter_stays_news(head):
    """"Bạn đọc hỏi, luật sư trả lời": a reader's question answered in a story a reporter signs."""
    title = "Người lao động nghỉ việc có được hưởng trợ cấp thôi việc?"
    body = f"<h1>{title}</h1><div class='content'>{LEGAL_COLUMN}<p><strong>Minh Hà</strong></p></div>"
    column = extract(page(body, head), BASE + "/phap-luat/nguoi-lao-dong-nghi-viec-co-duoc-tro-cap-thoi-viec-123456.htm")
    assert column.is_article, column.reason
    assert column.author == "Minh Hà"
    # Unsigned, the same question and answer are a portal's Q&A record.
    unsigned = extract(page(body.replace("<p><strong>Minh Hà</strong></p>", ""), head),
                       BASE + "/hoi-dap/nguoi-lao-dong-nghi-viec-co-duoc-tro-cap-thoi-viec-123456.htm")
    assert not unsigned.is_article and "a question" in unsigned.reason


def test_a_story_naming_new_leaders_with_their_details_stays_news():
    """A personnel story (who was elected, born when, from where), signed by its reporter."""
    title = "Huyện Đông Sơn có tân Chủ tịch và Phó Chủ tịch UBND huyện"
    leaders = ("<p>Ông Lê Văn Hùng - Chủ tịch UBND huyện</p><p>Sinh năm: 1975</p><p>Quê quán: xã Đông Tiến</p>"
               "<p>Bà Trần Thị Mai - Phó Chủ tịch UBND huyện</p><p>Sinh năm: 1980</p><p>Quê quán: xã Đông Hòa</p>")
    body = (f"<h1>{title}</h1><div class='content'><p>Chiều 5/6, HĐND huyện Đông Sơn tổ chức kỳ họp bất thường "
            "để bầu các chức danh lãnh đạo UBND huyện nhiệm kỳ 2021-2026 theo quy định.</p>"
            f"{leaders}<p><strong>Ngọc Lan</strong></p></div>")
    story_ = extract(page(body, NEWS_ARTICLE), BASE + "/thoi-su/huyen-dong-son-co-tan-chu-tich-ubnd-123459.htm")
    assert story_.is_article, story_.reason
    assert story_.author == "Ngọc Lan"
    # A leader's name taken for a byline signs nothing: who a page shows, or a story names.
    assert signature("Ngọc Lan", story_.text)
    assert not signature("Ông Lê Văn Hùng", story_.text) and not signature("Lê Văn Hùng", story_.text)


def test_an_explainer_under_subheadings_signed_by_its_reporter_stays_news():
    """"What changes from July": a heading over a list for each change, as a procedure's sections
    look; a reporter signs it."""
    changes = [("Tăng lương cơ sở lên 2,34 triệu đồng", "Từ ngày 1/7/2024, mức lương cơ sở tăng từ 1,8 triệu đồng "
                "lên 2,34 triệu đồng/tháng, áp dụng với cán bộ, công chức, viên chức và lực lượng vũ trang."),
               ("Tăng lương hưu, trợ cấp bảo hiểm xã hội", "Mức lương hưu, trợ cấp bảo hiểm xã hội và trợ cấp hằng "
                "tháng được điều chỉnh tăng thêm 15% trên mức hưởng của tháng 6/2024 đối với các đối tượng."),
               ("Bỏ sổ hộ khẩu giấy khi làm thủ tục hành chính", "Người dân không phải xuất trình sổ hộ khẩu giấy khi "
                "làm thủ tục hành chính, thay vào đó sử dụng căn cước công dân gắn chip hoặc tài khoản định danh.")]
    title = "Những chính sách mới có hiệu lực từ tháng 7/2024 người dân cần biết"
    body = (f"<h1>{title}</h1><div class='sapo'>Nhiều chính sách mới liên quan trực tiếp tới người dân có hiệu lực "
            "từ tháng 7/2024.</div><div class='content'>"
            + "".join(f"<h3>{name}</h3><ul><li>{text}</li></ul>" for name, text in changes)
            + "<p><strong>Hải Yến</strong></p></div>")
    url = BASE + "/thoi-su/nhung-chinh-sach-moi-co-hieu-luc-tu-thang-7-2024-123461.htm"
    assert fields(html.fromstring(f"<div>{body}</div>")).prose_lines == 0   # shaped like a procedure
    explainer = extract(page(body, NEWS_ARTICLE), url)
    assert explainer.is_article, explainer.reason
    assert explainer.author == "Hải Yến"


@pytest.mark.parametrize("exchange", [
    # A citizens' dialogue reported: one question put and answered, after the story's own paragraphs.
    "<p>Tại buổi đối thoại, ông Lê Văn Tám (xã Đông Hòa) hỏi: khi nào thôn tôi có đường bê tông?</p>"
    "<p>Về vấn đề này, Chủ tịch UBND huyện trả lời như sau: huyện sẽ bố trí vốn trong năm 2025.</p>",
    # One question put to an official, inside a story.
    "<p><b>Hỏi:</b> Thưa ông, người dân được lợi gì khi nộp hồ sơ trực tuyến?</p>"
    "<p><b>Trả lời:</b> Người dân không phải đi lại nhiều lần và nhận kết quả qua bưu điện.</p>",
])
def test_a_story_reporting_one_question_and_its_answer_stays_news(exchange):
    title = "Huyện Đông Sơn đối thoại với nhân dân về chuyển đổi số trong thủ tục hành chính"
    opening = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2])
    closing = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[2:])
    body = f"<h1>{title}</h1><div class='content'>{opening}{exchange}{closing}</div>"
    assert not fields(html.fromstring(f"<div>{body}</div>")).asked
    for head in ("", NEWS_ARTICLE):
        story_ = extract(page(body, head), BASE + "/tin-tuc/huyen-dong-son-doi-thoai-voi-nhan-dan-123.html")
        assert story_.is_article, story_.reason
    # Put first, before any paragraph of the page's own, the same exchange is a Q&A page.
    qa = f"<h1>{title}</h1><div class='content'>{exchange}{opening}</div>"
    assert fields(html.fromstring(f"<div>{qa}</div>")).asked


def test_an_event_announced_in_a_signed_story_stays_news():
    title = "Giải chạy Vì hòa bình tỉnh Quảng Trị năm 2024 thu hút 5.000 vận động viên"
    body = (f"<h1>{title}</h1><div class='content'><p><strong>Thời gian:</strong> 6 giờ ngày 12/7/2024.</p>"
            f"<p><strong>Địa điểm:</strong> Thành cổ Quảng Trị.</p><p>{PARAGRAPHS[0]} {PARAGRAPHS[1]}</p>"
            f"<p>{PARAGRAPHS[2]} {PARAGRAPHS[3]}</p><p><strong>Thanh Hải</strong></p></div>")
    url = BASE + "/the-thao/giai-chay-vi-hoa-binh-tinh-quang-tri-nam-2024-123.html"
    for head in ("", NEWS_ARTICLE):
        story_ = extract(page(body, head), url)
        assert story_.is_article, story_.reason
        assert story_.author == "Thanh Hải"
    # Unsigned, the same fields over a short description are an event's page.
    unsigned = extract(page(body.replace("<p><strong>Thanh Hải</strong></p>", "")), url)
    assert not unsigned.is_article and "an event's time and place" in unsigned.reason


def test_a_thumbnail_linking_a_story_the_page_names_by_its_headline_is_no_menu_link():
    """A teaser strip of a site builder: each item a picture link and a headline link to one story.
    The picture's link has no text, and three levels up holds only its own item's two links: the
    headline beside it makes it a teaser, never a menu link (else every story the strip shows on
    most pages is "a page of the site's menu")."""
    items = "".join(
        f"<section class='cell'><div class='in'><span class='pic'><a href='/muc/{slug}'><img src='/{slug}.png' "
        f"alt=''></a></span><span class='cap'><a href='/muc/{slug}'>{title}</a></span></div></section>"
        for slug, title in [("ngay-hoi-doc-sach", "Ngày hội đọc sách dành cho học sinh tiểu học của thị xã"),
                            ("giai-co-vua", "Giải cờ vua thanh thiếu niên mở rộng thu hút hơn 80 kỳ thủ")])
    tree = html.fromstring(f"<html><body><nav><a href='/'>Trang chủ</a><a href='/lien-he'>Liên hệ</a>"
                           f"<a href='/gioi-thieu'>Giới thiệu</a></nav><main>{items}</main></body></html>")
    assert menu_links(tree, BASE + "/muc/mot-bai") == tuple(BASE + p for p in ("/", "/lien-he", "/gioi-thieu"))


def test_a_question_whose_label_names_its_asker_in_brackets_is_no_news():
    title = "Hỏi về thủ tục hỗ trợ kinh phí chứng nhận VietGAP cho tổ hợp tác trồng rau"
    body = (f"<h1>{title}</h1><div class='noi-dung'><p><b>Hỏi (Ông Trần Văn Bảy, xã Cam Thủy):</b> Tổ hợp tác "
            "của chúng tôi trồng rau an toàn, muốn được chứng nhận VietGAP thì có được hỗ trợ chi phí không?</p>"
            f"<p><b>Trả lời:</b> {PARAGRAPHS[1]} {PARAGRAPHS[2]}</p></div>")
    found = fields(html.fromstring(f"<div>{body}</div>"))
    assert found.asked and found.answered
    qa = extract(page(body), ARTICLE_URL, context=PageContext(anchor=title, listed=True))
    assert not qa.is_article and "a question" in qa.reason
    # Brackets in a story's line that asks nothing put no question.
    told = body.replace("Hỏi (", "Theo (").replace("không?", "không.")
    assert not fields(html.fromstring(f"<div>{told}</div>")).asked


def test_an_event_s_start_in_calendar_markup_makes_a_record():
    """hCalendar's ``dtstart`` (a CMS's event view) under the headline: an event's record, however
    its details are laid out; a story a reporter signs that shows one stays news."""
    title = "Hội chợ nông sản an toàn và sản phẩm OCOP tỉnh lần thứ II"
    details = ("<dl class='ev'><div><b>Bắt đầu</b> <abbr class='dtstart' title='2024-06-03T08:00:00+07:00'>"
               "03/6/2024 8:00</abbr></div><div><b>Kết thúc</b> <abbr class='dtend' title='2024-06-05T21:00:00+07:00'>"
               "05/6/2024 21:00</abbr></div></dl>")
    text = f"<p>{PARAGRAPHS[0]} {PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p><p>{PARAGRAPHS[3]}</p>"
    assert fields(html.fromstring(f"<div><h1>{title}</h1>{details}{text}</div>")).calendar
    url = BASE + "/lich-su-kien/hoi-cho-nong-san-an-toan-va-san-pham-ocop-tinh-lan-thu-ii"
    event = extract(page(f"<h1>{title}</h1>{details}<div class='content'>{text}</div>"), url,
                    context=PageContext(anchor=title, listed=True))
    assert not event.is_article and "calendar markup" in event.reason
    signed = extract(page(f"<h1>{title}</h1>{details}<div class='content'>{text}"
                          "<p style='text-align:right'><strong>Hoài Nam</strong></p></div>"), url,
                     context=PageContext(anchor=title, listed=True))
    assert signed.is_article and signed.author == "Hoài Nam"
    assert not fields(html.fromstring(f"<div><h1>{title}</h1>{text}</div>")).calendar


def test_numbered_steps_under_a_story_s_header_are_a_procedure():
    """A procedure's "Bước 1: …" lines are its fields, no prose, read under the page's
    ``<header>`` (headline, byline, lead) where the record's body stands."""
    steps = "".join(f"<p>Bước {n}: {line}</p>" for n, line in enumerate([
        "Cá nhân, tổ chức nộp hồ sơ trực tiếp tại Bộ phận tiếp nhận và trả kết quả của Sở hoặc qua dịch vụ bưu chính.",
        "Sở xem xét tính hợp lệ của hồ sơ, tổ chức thẩm định và kiểm tra thực tế điều kiện của cơ sở khi cần thiết.",
        "Sở cấp giấy chứng nhận trong thời hạn 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ theo quy định."], 1))
    head = ("<header><h1>Cấp giấy chứng nhận đủ điều kiện hoạt động dịch vụ đánh giá sự phù hợp</h1>"
            "<div class='by'>Người đăng: Văn phòng Sở — 12/3/2024 08:10</div><div class='lead'>Thủ tục hành chính "
            "cấp tỉnh thuộc lĩnh vực tiêu chuẩn đo lường chất lượng, áp dụng cho tổ chức.</div></header>")
    body = f"<div class='wrap'>{head}<div class='fulltext'><h3>Trình tự thực hiện</h3>{steps}</div></div>"
    found = fields(html.fromstring(f"<div>{body}</div>").find(".//div[@class='wrap']"),
                   html.fromstring(f"<div>{body}</div>").find(".//h1"))
    assert found.pairs == 3 and not found.prose_lines
    procedure = extract(page(body), ARTICLE_URL, context=PageContext(listed=True))
    assert not procedure.is_article and "fields" in procedure.reason
    # Steps a story tells in its prose ("Bước đầu, …") are no fields.
    told = steps.replace("Bước 1:", "Bước đầu,").replace("Bước 2:", "Sau đó,").replace("Bước 3:", "Cuối cùng,")
    assert fields(html.fromstring(f"<div>{told}</div>")).pairs == 0


def test_a_short_unsigned_notice_over_a_form_to_download_is_no_news():
    """An office's call with its form attached ("Tải mẫu: …docx") in a line or two: a notice, not
    news; a story with an attachment (long, or signed by its reporter) stays news."""
    title = "Mời đăng ký tham gia Giải thưởng sáng tạo khoa học công nghệ tỉnh năm 2024"
    body = (f"<h1>{title}</h1><div class='content'><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>"
            "<p>Biểu mẫu kèm theo: <a href='/files/mau-dang-ky-giai-thuong.docx'>Mẫu đăng ký</a></p></div>")
    context = PageContext(anchor=title, listed=True)
    notice = extract(page(body), ARTICLE_URL, context=context)
    assert not notice.is_article and "document to download" in notice.reason
    signed = body.replace("</div>", "<p style='text-align:right'><b>Minh Khoa</b></p></div>")
    assert extract(page(signed), ARTICLE_URL, context=context).is_article
    long = body.replace(f"<p>{PARAGRAPHS[1]}</p>", "".join(f"<p>{p}</p>" for p in PARAGRAPHS * 2))
    assert extract(page(long), ARTICLE_URL, context=context).is_article


def test_a_reporter_s_dated_signed_story_is_news_though_the_menu_links_it():
    """A small site links its stories from its menu: one with its own date line by the headline,
    a dominant block of prose and a reporter's byline is news; unsigned, and opening on no day
    of what it reports, it is the site's page."""
    url = BASE + "/hoat-dong-he"
    more = ["Ban tổ chức đã chuẩn bị sân bãi, trọng tài và lực lượng y tế trực suốt các ngày thi đấu tại nhà thi đấu.",
            "Các vận động viên nhí được phát áo thi đấu, nước uống và được bảo hiểm tai nạn trong thời gian tham gia.",
            "Kết thúc giải, ban tổ chức trao cờ, cúp và giấy khen cho các đội, cá nhân đạt thành tích xuất sắc nhất."]
    prose = "".join(f"<p>{p}</p>" for p in PARAGRAPHS + more * 2)
    body = ("<h1>Sôi nổi giải thể thao hè dành cho thiếu nhi thị trấn năm nay</h1>"
            f"<div class='ngay'>Ngày đăng: 14/06/2024</div><div class='content'>{prose}</div>")
    byline = "<p style='text-align:right'><b>Thu Trang</b></p>"
    context = PageContext(knowledge=_knowing(url))
    signed = extract(page(body[:-len("</div>")] + byline + "</div>"), url, context=context)
    assert signed.is_article and signed.author == "Thu Trang"
    about = body.replace(PARAGRAPHS[0], "Giải thể thao hè là hoạt động thường niên của thị trấn dành cho thiếu nhi.")
    unsigned = extract(page(about), url, context=context)
    assert not unsigned.is_article and unsigned.reason == "a page of the site's menu, not news"


# fields9: the ninth round's event pages and a shop's thank-you page, written otherwise.

FAIR_URL = BASE + "/hoat-dong/phien-cho-nong-san-sach-huyen-cam-xuyen-2025"
FAIR_TITLE = "Phiên chợ nông sản sạch huyện Cẩm Xuyên năm 2025"
FAIR_TEXT = ("Phiên chợ quy tụ hơn 60 gian hàng của các hợp tác xã, tổ hợp tác trong huyện, giới thiệu "
             "bưởi Phúc Trạch, mật ong, cam bù và các sản phẩm OCOP đạt chuẩn ba sao trở lên. Ban tổ chức bố "
             "trí khu ẩm thực và khu trình diễn chế biến ngay tại chợ.")


def test_an_event_s_json_ld_wins_over_an_og_type_article():
    """A CMS stamps og:type "article" on every page; the page's own JSON-LD says it is an Event."""
    head = ("<meta property='og:type' content='article'><script type='application/ld+json'>{\"@context\": "
            "\"https://schema.org\", \"@type\": \"Event\", \"name\": \"Phiên chợ\", \"startDate\": "
            "\"2025-03-08T07:00:00+07:00\"}</script>")
    body = f"<h1>{FAIR_TITLE}</h1><div class='mo-ta'><p>{FAIR_TEXT}</p></div>"
    fair = extract(page(body, head), FAIR_URL)
    assert not fair.is_article and "typed as a record" in fair.reason
    # An article's JSON-LD beside it: a story about the fair.
    news = head + "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"x\"}</script>"
    assert extract(page(body + "".join(f"<p>{p}</p>" for p in PARAGRAPHS), news), FAIR_URL).is_article


def test_an_event_s_fields_a_line_each_or_plain_are_its_time_and_place():
    """"Thời gian: …<br>Địa điểm: …" in one block, or plain "Ngày kết thúc: …" items with no
    label element: each line a field of the event, none of them prose."""
    broken = (f"<h1>{FAIR_TITLE}</h1><div class='khoi'><div class='chu'>Thời gian: 7h00 ngày 08/3/2025 đến 21h00 "
              f"ngày 10/3/2025<br>Địa điểm: Sân vận động huyện Cẩm Xuyên<br>Đơn vị tổ chức: Phòng Nông nghiệp</div>"
              f"<div class='chu'>{FAIR_TEXT}</div></div>")
    fair = extract(page(broken, "<meta property='og:type' content='website'>"), FAIR_URL)
    assert not fair.is_article and "fields" in fair.reason
    assert fields(html.fromstring(broken)).when == 2
    plain = (f"<div><h1>{FAIR_TITLE}</h1><ol class='lich'><li>Ngày bắt đầu: 08/3/2025</li>"
             f"<li>Ngày kết thúc: 10/3/2025</li><li>Địa điểm: Sân vận động huyện</li></ol><p>{FAIR_TEXT}</p></div>")
    found = fields(html.fromstring(plain))
    assert found.when == 3 and (found.since, found.until) == ("2025-03-08", "2025-03-10")
    # A story's lines written so ("Tin: …<br>Ảnh: …") are no fields; nor is a sentence with a colon.
    credits = f"<div><h1>{FAIR_TITLE}</h1><p>Tin: Minh Hà<br>Ảnh: Thu Trang</p><p>{FAIR_TEXT}</p></div>"
    assert fields(html.fromstring(credits)).pairs == 0


def test_an_exhibition_dated_like_a_story_is_refused_when_its_days_run_after_the_page():
    """A blog-template page with its own date line: its fields' days span weeks after that date
    (an exhibition, a fair); a meeting notice's single day stays news (test_known_losses)."""
    date_line = "<div class='ngay'>Ngày đăng: 02/02/2025</div>"
    fields_ = ("<p><b>Thời gian:</b> khai mạc 9h00 ngày 15/02/2025, mở cửa đến hết ngày 30/4/2025<br>"
               "<b>Địa điểm:</b> Nhà trưng bày, Bảo tàng tỉnh</p>")
    body = (f"<h1>Trưng bày chuyên đề Áo dài xưa và nay</h1>{date_line}<div class='noi-dung'>{fields_}"
            f"<p>{FAIR_TEXT}</p><p>Khách tham quan được hướng dẫn miễn phí vào các buổi sáng thứ Bảy.</p></div>")
    url = BASE + "/trien-lam/trung-bay-chuyen-de-ao-dai-xua-va-nay"
    exhibition = extract(page(body), url)
    assert exhibition.published == "2025-02-02" and not exhibition.is_article
    # The same page whose fields print the days it reports, before its date: a story.
    past = body.replace("15/02/2025", "15/01/2025").replace("30/4/2025", "31/01/2025")
    assert extract(page(past), url).is_article


def test_an_undated_page_typed_as_a_website_s_with_no_story_url_is_no_news():
    """A shop's thank-you page: og:type "website", no date, a short path, one paragraph."""
    body = ("<h1>Đặt lịch thành công, xin cảm ơn anh chị!</h1><div class='loi-nhan'><p>Tổng đài viên sẽ gọi lại "
            "trong vòng 15 phút để xác nhận lịch hẹn của anh chị. Nếu cần đổi giờ, vui lòng nhắn tin qua số "
            "hotline hoặc trả lời tin nhắn xác nhận. Lịch hẹn được giữ trong 24 giờ kể từ lúc đặt, sau thời "
            "gian này hệ thống tự động hủy và gửi thông báo cho anh chị qua tin nhắn điện thoại. Anh chị có thể "
            "đặt lại lịch bất cứ lúc nào trên trang này hoặc gọi điện trực tiếp cho cửa hàng gần nhất.</p></div>")
    head = "<meta property='og:type' content='website'>"
    thanks = extract(page(body, head), BASE + "/dat-lich-thanh-cong")
    assert not thanks.is_article and "no date, no story's URL" in thanks.reason
    # Untyped, or linked from a list by its headline, the same page is judged as before.
    assert extract(page(body), BASE + "/dat-lich-thanh-cong").is_article
    assert extract(page(body, head), BASE + "/dat-lich-thanh-cong", context=PageContext(
        anchor="Đặt lịch thành công, xin cảm ơn anh chị!")).is_article


def test_a_reporter_s_story_with_an_event_s_json_ld_stays_news():
    """A news site marks up the festival a story covers as an Event (for search engines) beside
    its og:type "article": a signed report, a dominant block of prose and its date line, is news."""
    head = ("<meta property='og:type' content='article'><script type='application/ld+json'>{\"@context\": "
            "\"https://schema.org\", \"@type\": \"Event\", \"name\": \"Phiên chợ nông sản sạch\", \"startDate\": "
            "\"2025-03-08T07:00:00+07:00\", \"location\": {\"@type\": \"Place\", \"name\": \"Cẩm Xuyên\"}}</script>")
    report = ("Sáng 5/3, Phòng Nông nghiệp huyện Cẩm Xuyên họp báo thông tin về phiên chợ nông sản sạch "
              "sẽ diễn ra cuối tuần này, với sự tham gia của các hợp tác xã trong và ngoài huyện.")
    prose = "".join(f"<p>{p} {FAIR_TEXT}</p>" for p in (report, *PARAGRAPHS[1:]))
    body = (f"<h1>{FAIR_TITLE}</h1><div class='ngay'>05/03/2025 09:30</div><div class='noi-dung'>{prose}"
            "<p style='text-align:right'><strong>Minh Châu</strong></p></div>")
    news = extract(page(body, head), FAIR_URL)
    assert news.is_article, news.reason
    # Unsigned and short, the same JSON-LD still makes the page the event's record.
    assert not extract(page(f"<h1>{FAIR_TITLE}</h1><div class='mo-ta'><p>{FAIR_TEXT}</p></div>", head),
                       FAIR_URL).is_article


@pytest.mark.parametrize("line", [
    "Ngày đăng: 08/05/2024 10:30 - Cập nhật: 10/05/2024 16:20 | Lượt xem: 425",
    "08/05/2024 10:30 - cập nhật lúc 16:20 10/05/2024",
    "Đăng ngày 08/05/2024 – Sửa đổi 10/05/2024",
])
def test_a_story_s_date_line_with_its_update_is_no_event_s_span(line):
    """records11: a date line printing when the story was posted and when it was updated names
    two days joined by a dash, as an event's schedule does; its second day is the update's, no end."""
    assert not time_span(line)
    assert time_span("8:00, 24/05/2024 - 10:00, 28/05/2024")
    assert time_span("Thời gian: 8:00 24/05/2024 đến 10:00 28/05/2024")
    body = (f"<h1>Phường đẩy nhanh tiến độ giải phóng mặt bằng dự án nâng cấp đường</h1><div class='ngay'>{line}"
            "</div><div class='content'>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div>")
    story_ = extract(page(body), BASE + "/portal/pages/pho-bac-son-day-nhanh-tien-do-giai-phong-mb-4790.aspx")
    assert story_.is_article, story_.reason
    assert story_.published and story_.published.startswith("2024-05-08")


@pytest.mark.parametrize("line", [
    "Thứ Hai, 16/05/2024 09:20 - 9 giờ trước",
    "Thứ Hai, 16/05/2024 09:20 - 2h trước",
    "16/05/2024 09:20 - 2 giờ 30 phút trước",
    "16/05/2024 09:20 - 3 giờ qua",
    "16/05/2024 09:20 - 2h ago",
])
def test_a_date_line_with_the_storys_age_is_no_span(line):
    """review11fix M2: "- 9 giờ trước" after the date and its time says how long ago, no end."""
    assert not time_span(line)


@pytest.mark.parametrize("line", [
    "Thứ bảy, 12/04/2025, 07:30 - 11:30",
    "Thứ bảy, 12/04/2025, 7h - 11h",
    "08/11/2025 từ 14h00 đến 16h30",
    "Ngày 20 tháng 10, 7:30 – 9:00",
])
def test_an_event_s_hours_on_one_day_are_its_span(line):
    """records12: an event's page prints its day and its hours, a start and an end ("12/04/2025,
    07:30 - 11:30") under its name: a span of time, no story's date line, which prints one time."""
    assert time_span(line)
    assert not time_span("Thứ bảy, 12/04/2025, 07:30")
    assert not time_span("12/04/2025 07:30 - Cập nhật 11:30")
    body = (f"<h1>Ngày hội việc làm của thanh niên các xã trong huyện năm nay</h1><p class='info'>{line}</p>"
            "<p class='location'>Địa điểm: Sân vận động huyện</p><div class='content'>"
            f"<p>{FAIR_TEXT}</p></div>")
    event = extract(page(body), BASE + "/su-kien/ngay-hoi-viec-lam-cua-thanh-nien")
    assert not event.is_article and "span" in event.reason, event.reason


def test_an_undated_video_story_is_an_article():
    """records11: a video post with its prose and no date anywhere, under the site's video
    section: no article is lost for a missing field, nor for the section its URL names."""
    video = "<div class='video'><iframe src='https://www.youtube.com/embed/x7Kp2nQe4Ws'></iframe></div>"
    body = (f"<h1>Video: Mùa chè đông trên đồi của hợp tác xã</h1><div class='content'>{video}"
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div>")
    article = extract(page(body), BASE + "/blogs/video/video-mua-che-dong-tren-doi-cua-hop-tac-xa")
    assert article.is_article, article.reason
    assert article.published is None


GALLERY_CAPTIONS = ("Thiếu nữ trong trang phục truyền thống dự ngày hội", "Nghi lễ mở đầu ngày hội của bản",
                    "Trò chơi dân gian trên sân văn hóa xã", "Màn biểu diễn khèn của các nghệ nhân trong huyện")


def test_photos_and_their_captions_with_no_prose_are_a_gallery():
    """records11: a gallery in the site's story template (typed as an article, a photographer's
    credit for a byline): captions only. A photo story opens on its lead and stays news."""
    figures = "".join(f"<figure><img src='/anh/{n}.jpg'><figcaption>{c}</figcaption></figure>"
                      for n, c in enumerate(GALLERY_CAPTIONS))
    head = "<meta property='og:type' content='article'>"
    title = "<h1>Sắc màu ngày hội văn hóa các dân tộc của huyện vùng cao</h1>"
    url = BASE + "/thu-vien/sac-mau-ngay-hoi-van-hoa-cac-dan-toc-huyen-vung-cao"
    gallery_ = extract(page(f"{title}<div class='entry'><p>Ảnh: Minh Châu</p>{figures}</div>", head), url)
    assert not gallery_.is_article and "gallery" in gallery_.reason
    lead = f"<p>{PARAGRAPHS[0]} {PARAGRAPHS[1]}</p>"
    photo_story = extract(page(f"{title}<div class='entry'>{lead}{figures}</div>", head), url)
    assert photo_story.is_article, photo_story.reason


def test_a_schedule_posted_as_a_dated_story_is_no_news():
    """records11: a blog post in the site's story template (typed, dated URL, in the feed) whose
    headline names a schedule ("Lịch …") and whose body is a table of days under a line or two."""
    rows = [("Ngày", "Trạm y tế", "Vắc xin"), ("02-03/8", "Phường 1", "Sởi, rubella"),
            ("09-10/8", "Phường 4", "Bạch hầu, ho gà"), ("16-17/8", "Xã Bình Kiến", "Viêm gan B")]
    table = "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows) + "</table>"
    title = "Lịch tiêm chủng mở rộng tháng 8/2024 tại các trạm y tế"
    lead = "<div class='lead'><p>Trung tâm Y tế thành phố thông báo lịch tiêm chủng mở rộng tại các trạm y tế tháng 8/2024.</p></div>"
    body = (f"<h1>{title}</h1><div class='ngay'>Ngày 26 tháng 07 năm 2024</div>{lead}<div class='content'>{table}"
            "<p>Phụ huynh mang theo sổ tiêm chủng của trẻ. Trạm y tế tiêm vào buổi sáng từ 7 giờ 30.</p></div>")
    url = BASE + "/vi/tin-tuc/2024/07/26/lich-tiem-chung-mo-rong-thang-8-2024-tai-cac-tram-y-te/"
    context = PageContext(anchor=title, listed=True, fed=True)
    schedule = extract(page(body, NEWS_ARTICLE), url, context=context)
    assert not schedule.is_article and "schedule" in schedule.reason
    # A story under such a headline, told in its paragraphs beside the table, stays news.
    told_ = body.replace("<div class='content'>", "<div class='content'>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS))
    assert extract(page(told_, NEWS_ARTICLE), url, context=context).is_article
    # So does a headline that names no schedule ("Lịch sử …": history) over the same table.
    history = body.replace(title, "Lịch sử tiêm chủng mở rộng tại các trạm y tế của thành phố")
    assert extract(page(history, NEWS_ARTICLE), url, context=context).is_article


CALL_TITLE = "Thông báo tuyển dụng giáo viên hợp đồng năm học 2024 - 2025"
CALL_OPENING = "Trường THPT Lê Lợi thông báo tuyển dụng giáo viên hợp đồng năm học 2024 - 2025 theo hình thức xét tuyển."
CALL_TERMS = {
    "labelled": ["Yêu cầu: Tốt nghiệp đại học sư phạm đúng chuyên ngành; ưu tiên người có kinh nghiệm giảng dạy.",
                 "Hồ sơ nộp tại văn phòng nhà trường trước ngày 15/8/2024."],
    "numbered": ["1. Số lượng cần tuyển: 6 giáo viên các môn Toán, Ngữ văn, Tiếng Anh.",
                 "2. Điều kiện đăng ký: Tốt nghiệp đại học sư phạm đúng chuyên ngành.",
                 "3. Thời gian nhận hồ sơ: Từ ngày 01/8/2024 đến hết ngày 15/8/2024, trong giờ hành chính."],
}


def test_a_call_s_prose_is_what_its_text_keeps():
    """records12: a call for applications whose body, as measured, held the teasers of other
    stories under it ("Tin khác", their blurbs read as paragraphs) that the extraction then
    dropped: the prose it counts is no more than its extracted text."""
    call_ = Signals(title=True, url="article", headline_near=True, prose=999, text=755, prose_share=0.74,
                    listed=True, title_words=10, call=True, typed="other")
    assert judge(call_) == (False, "a call for applications under its own 'Thông báo tuyển …' (a recruitment), not news")
    assert judge(replace(call_, prose=1200, text=1400))[0]   # a long story under such a title is left to its signals


@pytest.mark.parametrize("terms", CALL_TERMS)
def test_a_call_for_applications_posted_as_a_dated_story_is_no_news(terms):
    """records11: a school's (a hospital's, a magazine's) call for applications in its story
    template, typed, under a dated URL, in the feed: a headline "Thông báo tuyển …", its issuer
    announcing it in a sentence, its requirements and the file it asks for."""
    body = (f"<h1>{CALL_TITLE}</h1><div class='ngay'>20/07/2024 09:00</div><div class='content'><p>{CALL_OPENING}</p>"
            + "".join(f"<p>{line}</p>" for line in CALL_TERMS[terms]) + "</div>")
    url = BASE + "/tin-tuc/2024/07/20/thong-bao-tuyen-dung-giao-vien-hop-dong-nam-hoc-2024-2025/"
    context = PageContext(anchor=CALL_TITLE, listed=True, fed=True)
    call = extract(page(body, NEWS_ARTICLE), url, context=context)
    assert not call.is_article and "call for applications" in call.reason
    # A story reporting such a call, under its own headline, stays news.
    story_ = body.replace(CALL_TITLE, "Trường THPT Lê Lợi cần thêm giáo viên hợp đồng cho năm học mới")
    assert extract(page(story_, NEWS_ARTICLE), url, context=context).is_article
    # So does a notice of something else ("Thông báo tạm dừng …": a road closed), told as news.
    closed = body.replace(CALL_TITLE, "Thông báo tạm dừng lưu thông qua cầu cũ để sửa chữa mặt cầu")
    assert extract(page(closed, NEWS_ARTICLE), url, context=context).is_article


def test_a_reader_s_question_signed_in_brackets_and_its_answer_is_no_news():
    """An advice column's page: a reader's letter signed by its asker in brackets after the
    question ("…? (Lê Thị Hồng, Triệu Phong, Quảng Trị)"), then "… trả lời:" and the answer.
    Here a portal's entry-content, the question its first paragraph, typed as an article."""
    title = "Con đi làm ở nước ngoài có được hưởng chế độ bảo hiểm xã hội một lần không?"
    body = (f"<h1 class='entry-title'>{title}</h1><div class='entry-content'><p><em>Con trai tôi đi làm việc tại "
            "Hàn Quốc theo hợp đồng được 3 năm, trước đó đã đóng bảo hiểm xã hội 5 năm. Cháu có được rút bảo hiểm "
            "xã hội một lần không? (Lê Thị Hồng, Triệu Phong, Quảng Trị)</em></p>"
            "<p><strong>Bảo hiểm xã hội tỉnh trả lời:</strong></p>"
            f"<p>{PARAGRAPHS[1]} {PARAGRAPHS[2]}</p><p>{PARAGRAPHS[3]}</p></div>")
    found = fields(html.fromstring(f"<div>{body}</div>"))
    assert found.asked and found.answered
    url = BASE + "/hoi-dap/con-di-lam-o-nuoc-ngoai-co-duoc-huong-bhxh-mot-lan-khong-2841.html"
    qa = extract(page(body, NEWS_ARTICLE), url, context=PageContext(anchor=title, listed=True))
    assert not qa.is_article and "a question" in qa.reason


@pytest.mark.parametrize("aside", ["(cười)", "(ảnh minh họa)", "(năm 2023)", "(Lan, TP.HCM)"])
def test_a_story_quoting_a_question_with_an_aside_in_brackets_stays_news(aside):
    """Brackets after a question in a story are an aside (a laugh, a photo's note, a year), not
    an asker's name; and a question put after the story's own paragraphs is one reported."""
    title = "Nông dân Triệu Phong lo lắng khi giá lúa giảm sâu sau mùa lũ năm nay"
    quote = f"<p>“Lúa mất giá thế này thì lấy gì mà tái đầu tư cho vụ sau?” {aside}</p>"
    answered = "<p><strong>Ông Trần Văn Hải, Trưởng phòng Nông nghiệp huyện, trả lời:</strong></p>"
    body = (f"<h1>{title}</h1><div class='content'>{quote}{answered}"
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div>")
    assert not fields(html.fromstring(f"<div>{body}</div>")).asked
    story_ = extract(page(body, NEWS_ARTICLE), BASE + "/nong-nghiep/nong-dan-trieu-phong-lo-lang-123.html")
    assert story_.is_article, story_.reason
    # A reader's question signed by name, put after the story's own paragraphs: reported, news.
    signed = quote.replace(f" {aside}", " (Nguyễn Văn Tám, Duy Xuyên)")
    reported_ = (f"<h1>{title}</h1><div class='content'>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
                 + f"{signed}{answered}<p>{PARAGRAPHS[0]}</p></div>")
    assert not fields(html.fromstring(f"<div>{reported_}</div>")).asked


POLL = ("<div class='wp-polls'><form id='polls_form_3' action='/wp-admin/admin-ajax.php' method='post'>"
        "<ul class='wp-polls-ul'>"
        + "".join(f"<li><input type='radio' id='poll-answer-{n}' name='poll_3' value='{n}'>"
                  f"<label for='poll-answer-{n}'>{choice}</label></li>"
                  for n, choice in enumerate(["Rất hài lòng", "Hài lòng", "Chưa hài lòng"]))
        + "</ul><input type='button' value='Bình chọn'></form></div>")


def test_a_poll_s_choices_under_its_question_are_no_news():
    """A poll posted as a story (WP-Polls in a post): the question for a headline, a line of
    context, radio buttons under one name. Typed as an article, linked by its headline."""
    title = "Bạn đánh giá thế nào về chất lượng dịch vụ công trực tuyến của huyện năm 2024?"
    body = (f"<h1 class='entry-title'>{title}</h1><div class='entry-content'><p>Năm 2024, huyện đưa 1.200 thủ tục hành "
            "chính lên dịch vụ công trực tuyến toàn trình.</p><p>Người dân nộp hồ sơ, nộp phí và nhận kết quả "
            "tại nhà.</p><p>Ý kiến của bạn giúp huyện cải thiện chất lượng dịch vụ trong năm tới.</p>"
            f"{POLL}</div>")
    url = BASE + "/2024/05/ban-danh-gia-the-nao-ve-chat-luong-dich-vu-cong.html"
    poll = extract(page(body, NEWS_ARTICLE), url, context=PageContext(anchor=title, listed=True))
    assert not poll.is_article and "a poll" in poll.reason


def test_a_story_closing_on_a_readers_poll_stays_news():
    """A story that asks its readers' view after its paragraphs, and a short story beside a
    poll in the site's column: news."""
    title = "Huyện Đông Sơn đưa 100% thủ tục hành chính lên dịch vụ công trực tuyến toàn trình"
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    story_ = extract(page(f"<h1>{title}</h1><div class='content'>{paragraphs}{POLL}</div>", NEWS_ARTICLE),
                     BASE + "/tin-tuc/huyen-dong-son-dua-thu-tuc-len-mang-123.html")
    assert story_.is_article, story_.reason
    # A form of choices before the headline (the column's poll above the story) is not the page's.
    brief_ = (f"<div class='col'>{POLL}</div><article><h1>{title}</h1><div class='content'>"
              f"<p>{PARAGRAPHS[0]} {PARAGRAPHS[1]} {PARAGRAPHS[2]}</p></div></article>")
    assert extract(page(brief_, NEWS_ARTICLE), BASE + "/tin-tuc/huyen-dong-son-124.html").is_article
    # A search box or a newsletter's sign-up puts no choices.
    search = ("<form action='/tim-kiem'><input type='text' name='q'><input type='checkbox' name='all'>"
              "<input type='submit' value='Tìm'></form>")
    tree = html.fromstring(f"<div>{search}</div>")
    mark_ballots(tree)
    assert not ballot(tree, None)


def _table_poll(labels: list[str], name: str) -> str:
    """An ASP.NET portal's poll (leftovers22): each radio button in a cell, its label in the next."""
    return ("<form name='frmPoll' method='post' action='/Poll/Vote.aspx'><table class='tblPoll' cellpadding='2'>"
            + "".join(f"<tr><td width='20'><input type='radio' name='{name}' value='{n}'></td>"
                      f"<td class='PollAnswer'>{label}</td></tr>" for n, label in enumerate(labels))
            + "<tr><td colspan='2'><input type='submit' value='Bình chọn'></td></tr></table></form>")


def test_a_poll_s_choices_beside_their_buttons_in_a_table_are_a_poll():
    title = "Bạn đánh giá thế nào về chất lượng dịch vụ công trực tuyến của huyện năm 2024?"
    body = (f"<h1 class='entry-title'>{title}</h1><div class='entry-content'><p>Năm 2024, huyện đưa 1.200 thủ tục hành "
            "chính lên dịch vụ công trực tuyến toàn trình.</p><p>Ý kiến của bạn giúp huyện cải thiện chất lượng "
            f"dịch vụ trong năm tới.</p>{_table_poll(['Rất hài lòng', 'Hài lòng', 'Chưa hài lòng'], 'rdoAnswer')}</div>")
    url = BASE + "/2024/05/ban-danh-gia-the-nao-ve-chat-luong-dich-vu-cong.html"
    poll = extract(page(body, NEWS_ARTICLE), url, context=PageContext(anchor=title, listed=True))
    assert not poll.is_article and "a poll" in poll.reason


@pytest.mark.parametrize("labels", [["★"] * 5, [f"{n} sao" for n in range(1, 6)]])
def test_a_rating_s_stars_beside_their_buttons_in_a_table_are_no_poll(labels):
    tree = html.fromstring(f"<div>{_table_poll(labels, 'rating')}</div>")
    mark_ballots(tree)
    assert not ballot(tree, None)


def test_a_poll_beside_a_wordy_post_header_is_no_news():
    """A theme whose post header (section, headline, date line, views, share bar) holds text
    enough to be the headline's zone alone, the poll in the post's content beside it: the
    first form of choices after the headline, before any other heading, is the page's."""
    title = "Bình chọn điểm đến du lịch được yêu thích nhất của tỉnh năm 2025"
    header = (f"<div class='post-head'><a href='/du-lich/'>Du lịch</a><h1>{title}</h1>"
              "<div class='meta'>Ban Biên tập - Thứ hai, 17/11/2025 08:00 - 1.245 lượt xem - 0 bình luận</div>"
              "<div class='share'><a href='#'>Chia sẻ Facebook</a> <a href='#'>Chia sẻ Zalo</a> "
              "<a href='#'>In bài viết này</a> <a href='#'>Gửi bài viết cho bạn bè</a></div></div>")
    body = (f"<section class='post'>{header}<div class='post-body'><p>Mời bạn đọc chọn điểm đến mình yêu thích "
            f"nhất. Cổng bình chọn đóng ngày 15/12/2025.</p>{POLL}</div></section>")
    url = BASE + "/du-lich/binh-chon-diem-den-duoc-yeu-thich-nhat-2025-881.html"
    poll = extract(page(body, NEWS_ARTICLE), url, context=PageContext(anchor=title, listed=True, fed=True))
    assert not poll.is_article and "a poll" in poll.reason


def test_a_brief_beside_a_sidebar_poll_under_its_own_heading_stays_news():
    """A news brief whose column holds a poll widget under its own heading ("Thăm dò ý kiến"),
    or in an <aside>: the column's poll, not the page's."""
    title = "Huyện Đông Sơn đưa 100% thủ tục hành chính lên dịch vụ công trực tuyến toàn trình"
    header = (f"<div class='post-head'><a href='/tin-tuc/'>Tin tức</a><h1>{title}</h1>"
              "<div class='meta'>Ban Biên tập - Thứ hai, 17/11/2025 08:00 - 1.245 lượt xem - 0 bình luận</div></div>")
    brief_ = f"{header}<div class='post-body'><p>{PARAGRAPHS[0]} {PARAGRAPHS[1]}</p></div>"
    for column in (f"<div class='widget'><h3>Thăm dò ý kiến</h3>{POLL}</div>", f"<aside>{POLL}</aside>"):
        tree = html.fromstring(page(f"<article>{brief_}</article>{column}"))
        mark_ballots(tree)
        assert not ballot_after(tree.find(".//h1"))
    tree = html.fromstring(page(f"<article>{brief_}{POLL}</article>"))
    mark_ballots(tree)
    assert ballot_after(tree.find(".//h1"))


def test_a_call_s_or_a_contest_s_terms_under_short_headings_are_no_news():
    """A recruitment or a contest's rules posted in the site's story template (typed as an
    article, dated, listed): one opening sentence at most, short headings over a line or a list
    ("Đối tượng", "Hồ sơ", "Điều 3. Giải thưởng"), no paragraph of a story."""
    url = BASE + "/tin-tuc/2024/10/{}.html"
    call_ = ("<h1>Trung tâm Văn hóa huyện tuyển nhân viên kỹ thuật âm thanh, ánh sáng</h1>"
             "<div class='item-page'><p>Trung tâm Văn hóa - Thể thao huyện cần tuyển 02 nhân viên.</p>"
             "<h3>Đối tượng</h3><ul><li>Nam, nữ từ 20 đến 40 tuổi</li><li>Có hộ khẩu trong tỉnh</li></ul>"
             "<h3>Tiêu chuẩn</h3><ul><li>Tốt nghiệp trung cấp trở lên</li><li>Có kinh nghiệm vận hành âm thanh</li></ul>"
             "<h3>Hồ sơ</h3><p>Đơn xin việc, sơ yếu lý lịch, bản sao văn bằng.</p>"
             "<p>Liên hệ: phòng Hành chính, 0237 3 812 345.</p></div>")
    rules = ("<h1>Quy chế giải chạy việt dã “Vì sức khỏe cộng đồng” năm 2025</h1><div class='item-page'>"
             "<h4>I. Đối tượng tham gia</h4><p>Cán bộ, công chức, học sinh và người dân trong huyện.</p>"
             "<h4>II. Cự ly thi đấu</h4><p>Nam 5 km, nữ 3 km, học sinh 2 km.</p>"
             "<h4>III. Thời gian, địa điểm</h4><p>7 giờ ngày 20/4/2025 tại Quảng trường huyện.</p>"
             "<h4>IV. Giải thưởng</h4><p>Mỗi nội dung trao 01 giải Nhất, 01 giải Nhì, 02 giải Ba.</p></div>")
    for body, slug in ((call_, "tuyen-nhan-vien-ky-thuat"), (rules, "quy-che-giai-chay-viet-da")):
        title = body[4:body.index("</h1>")]
        got = extract(page(body, NEWS_ARTICLE), url.format(slug), context=PageContext(anchor=title, listed=True))
        assert not got.is_article and "terms" in got.reason, (slug, got.reason)


def test_a_story_of_a_recruitment_or_a_contest_stays_news():
    """A story of a recruitment or of a contest's rules tells it in paragraphs, subheadings or
    not; a story of a route ("tuyến", no call) is no call."""
    url = BASE + "/tin-tuc/2024/10/{}.html"
    story_ = ("<h1>Huyện Đông Sơn tuyển 120 giáo viên cho năm học mới</h1><div class='content'>"
              "<p>Ngày 10/10, UBND huyện Đông Sơn công bố kế hoạch tuyển 120 giáo viên mầm non, tiểu học và "
              "trung học cơ sở để bù số giáo viên nghỉ hưu và đáp ứng quy mô lớp học tăng.</p>"
              "<h3>Đối tượng</h3><p>Theo kế hoạch, người dự tuyển phải có bằng cao đẳng sư phạm trở lên, ưu tiên "
              "người có hộ khẩu trong huyện; năm nay huyện lần đầu xét tuyển cả giáo viên tiếng Anh và tin học "
              "cho các trường vùng khó, nơi nhiều năm liền thiếu giáo viên các môn này.</p>"
              "<h3>Hồ sơ</h3><p>Ông Lê Văn Hùng, Trưởng phòng Nội vụ huyện, cho biết hồ sơ nhận đến hết tháng 11 "
              "tại phòng Nội vụ; kết quả công bố trước Tết để giáo viên kịp nhận lớp ngay từ học kỳ II, không "
              "để học sinh phải học ghép lớp như những năm trước.</p>"
              "<h3>Thời gian</h3><p>Vòng phỏng vấn dự kiến tổ chức trong tháng 12 tại Trung tâm Chính trị huyện, "
              "với sự tham gia của đại diện Sở Giáo dục và Đào tạo cùng hiệu trưởng các trường có chỉ tiêu.</p></div>")
    got = extract(page(story_, NEWS_ARTICLE), url.format("dong-son-tuyen-120-giao-vien"))
    assert got.is_article, got.reason
    assert not terms("Huyện Đông Sơn tuyển 120 giáo viên", "\n".join(PARAGRAPHS))
    # Headings of terms, but under a title of a route, not a call.
    assert not terms("Thông xe tuyến đường ven sông", "Đối tượng\nNgười dân\nThời gian\nTừ 1/10\nĐịa điểm\nCầu mới")
    assert terms("Tuyển dụng nhân viên", "Đối tượng\nNgười dân\nThời gian\nTừ 1/10\nĐịa điểm\nCầu mới")


def test_a_call_s_two_listed_terms_are_its_terms():
    """Two headings of terms, each over a list, and a deadline (a community's call for
    volunteers with no box after it to lend it a third line); the same two headings over
    sentences are a brief's, and one heading over a list is no terms."""
    listed = ("Hội Chữ thập đỏ xã tuyển 15 tình nguyện viên cho đợt hiến máu ngày 14/12.\nYêu cầu\n"
              "- Từ 18 tuổi, đủ sức khỏe\n- Tham gia cả ngày 14/12\nQuyền lợi\n- Giấy chứng nhận\n"
              "- Hỗ trợ ăn trưa\nHạn đăng ký: 05/12/2026.")
    title = "Tuyển tình nguyện viên hiến máu tháng 12"
    assert terms(title, listed)
    told = ("Hội Chữ thập đỏ xã tuyển 15 tình nguyện viên cho đợt hiến máu ngày 14/12.\nYêu cầu\n"
            "Người đăng ký phải từ 18 tuổi và đủ sức khỏe.\nQuyền lợi\nMỗi người được cấp giấy chứng nhận.")
    assert not terms(title, told)
    assert not terms(title, listed.replace("Quyền lợi\n", ""))


def test_headings_over_one_short_value_each_are_a_procedure_s_fields():
    """A procedure's page (a portal's field collection): short headings, each over a list of
    steps or over one short value ("Lệ phí" over "50.000 đồng"), no paragraph of prose."""
    title = "Cấp lại giấy chứng nhận đủ điều kiện an toàn thực phẩm"
    body = (f"<h2 class='page-title'>{title}</h2><div class='field-items'>"
            "<h4>Cách thức thực hiện</h4><ul><li>Nộp trực tiếp tại Bộ phận một cửa</li>"
            "<li>Nộp qua dịch vụ bưu chính</li></ul>"
            "<h4>Thời hạn giải quyết</h4><p>05 ngày làm việc.</p>"
            "<h4>Phí, lệ phí</h4><p>Không.</p></div>")
    found = fields(html.fromstring(f"<div>{body}</div>"))
    assert found.pairs >= RECORD_PAIRS and not found.prose_lines
    record = extract(page(body), BASE + "/thu-tuc/cap-lai-giay-chung-nhan-du-dieu-kien-attp",
                     context=PageContext(anchor=title, listed=True))
    assert not record.is_article, record.reason


def test_a_story_s_subheadings_over_its_paragraphs_are_no_fields():
    """Subheadings over paragraphs of prose, or over a short line followed by more of the
    section, are a story's."""
    title = "Huyện Đông Sơn hoàn thành tiêm vắc xin sởi cho trẻ vùng lũ"
    body = (f"<h1>{title}</h1><div class='content'><h3>Tiêm tận thôn</h3><p>{PARAGRAPHS[0]}</p>"
            f"<h3>Kết quả</h3><p>Hơn 2.000 trẻ đã được tiêm.</p><p>{PARAGRAPHS[1]}</p>"
            f"<h3>Năm tới</h3><p>{PARAGRAPHS[2]} {PARAGRAPHS[3]}</p></div>")
    found = fields(html.fromstring(f"<div>{body}</div>"))
    assert found.pairs == 0 and found.prose_lines == 3
    story_ = extract(page(body), BASE + "/tin-tuc/huyen-dong-son-hoan-thanh-tiem-vac-xin-soi")
    assert story_.is_article, story_.reason


# leftovers19, 4. A place's page: its name, its address right under it, a few paragraphs and the
# map service's frame; no date, no type of an article, no signature.

TEMPLE = ("Chùa Tiên Ka được xây dựng từ thế kỷ XIX trên một quả đồi thấp, nhìn ra cánh đồng lúa của xã Đông Thọ.",
          "Chùa thờ Phật và Mẫu, còn giữ được nhiều pho tượng cổ, hai quả chuông đồng và hệ thống câu đối chữ Hán.",
          "Hằng năm vào rằm tháng Giêng, chùa mở hội cầu an, thu hút hàng nghìn người dân và du khách thập phương.")
MAP = ("<div class='dia-diem-ban-do'><h3>Bản đồ</h3><iframe src='https://www.google.com/maps/embed?pb=!1m18!1m12"
       "!1m3!1d3712.5' width='600' height='450' style='border:0;' allowfullscreen loading='lazy'></iframe></div>")


def place_page(title: str, under: str, prose: tuple[str, ...] = TEMPLE, after: str = MAP) -> str:
    """A WordPress site's place ("dia-diem" post type): the name, ``under`` it (an address line),
    a photo and a few paragraphs, then ``after`` (the map's frame), and a sidebar."""
    paragraphs = "".join(f"<p>{p}</p>" for p in prose)
    return (f"<html lang='vi'><head><title>{title} – Du lịch Tuyên Quang</title>"
            f"<meta property='og:type' content='website'><meta property='og:title' content='{title}'></head>"
            "<body><nav class='main-navigation'><ul><li><a href='/'>Trang chủ</a></li><li><a href='/dia-diem/'>Điểm "
            "đến</a></li><li><a href='/tin-tuc/'>Tin tức</a></li></ul></nav><main id='main'>"
            f"<article class='post-218 dia-diem type-dia-diem'><header class='entry-header'><h1 class='entry-title'>{title}"
            f"</h1></header>{under}<div class='entry-content'><figure><img src='/wp-content/uploads/2024/05/chua.jpg'>"
            f"</figure>{paragraphs}</div>{after}</article></main>"
            "<aside id='secondary'><section class='widget'><h2>Điểm đến khác</h2><ul><li><a href='/dia-diem/"
            "den-thuong-tan-trao/'>Đền Thượng Tân Trào</a></li></ul></section></aside></body></html>")


@pytest.mark.parametrize("address", ["<i class='fa fa-map-marker'></i> thôn Nà Hu, xã Đông Thọ, tỉnh Tuyên Quang",
                                     "Địa chỉ: thôn Nà Hu, xã Đông Thọ, huyện Sơn Dương"])
def test_a_places_name_over_its_address_and_map_is_no_story(address):
    title = "Khu di tích lịch sử và danh thắng chùa Tiên Ka"
    under = f"<div class='dia-diem-dia-chi'>{address}</div>"
    record = extract(place_page(title, under), BASE + "/dia-diem/khu-di-tich-lich-su-va-danh-thang-chua-tien-ka/",
                     context=PageContext(anchor=title, listed=True))
    assert not record.is_article
    assert "a place's record" in record.reason


def test_a_story_by_a_place_with_its_map_stays_news():
    """A story dated under its headline, its address and map after; an undated story whose
    first line under the headline is prose, the map after it: news."""
    title = "Chùa Tiên Ka mở hội cầu an đầu xuân thu hút hàng nghìn du khách"
    dated = ("<div class='entry-meta'>Thứ Năm, 13/02/2025 09:15</div>"
             "<div class='dia-diem-dia-chi'>thôn Nà Hu, xã Đông Thọ, tỉnh Tuyên Quang</div>")
    for under in (dated, ""):
        story_ = extract(place_page(title, under), BASE + "/tin-tuc/chua-tien-ka-mo-hoi-cau-an-dau-xuan/",
                         context=PageContext(anchor=title, listed=True))
        assert story_.is_article, story_.reason


@pytest.mark.parametrize(("line", "expected"), [
    ("xã Tân Trào, tỉnh Tuyên Quang", True),
    ("Số 8, đường 17/8, phường Minh Xuân, tỉnh Tuyên Quang", True),
    ("Địa chỉ: 45 Hùng Vương, thành phố Đông Hà", True),
    ("Thôn 3 - xã Ea Tul - huyện Cư M'gar", True),
    ("Khu di tích quốc gia đặc biệt Tân Trào", False),
    ("phường Minh Xuân", False),   # one unit: a place's name as much as an address
    ("Sáng 12/4, tại xã Tân Trào, huyện Sơn Dương, tỉnh Tuyên Quang, lễ hội mở màn", False),
    ("Xã Tân Trào, huyện Sơn Dương vào mùa lúa chín", False),
])
def test_an_address_line_is_its_units(line, expected):
    assert address_line(line) is expected


# --- review20: a star rating, a name ending on "Trang N", a reader's question on a blog --------

def _stars(name: str = "rating") -> str:
    """A CSS-only star rating (five radio buttons, their labels empty, the stars drawn by the
    style sheet), as themes put under a story or in its comment form."""
    return "".join(f"<input type='radio' id='star{n}' name='{name}' value='{n}'><label for='star{n}' title='{n} sao'>"
                   "</label>" for n in range(5, 0, -1))


@pytest.mark.parametrize("holder", ["div", "form"])
def test_a_star_rating_under_a_brief_is_no_poll(holder):
    """A one-paragraph brief, and under it "Đánh giá bài viết" with five stars, loose (a
    script's) or in the comment form: a rating's scale, no question's choices."""
    title = "Huyện Đông Sơn đưa 100% thủ tục hành chính lên dịch vụ công trực tuyến toàn trình"
    rating = (f"<div class='post-rating'><span>Đánh giá bài viết:</span><div class='stars'>{_stars()}</div>"
              "<span class='avg'>4,6/5 (23 lượt)</span></div>")
    if holder == "form":
        rating = (f"<form id='commentform' action='/binh-luan' method='post'>{rating}"
                  "<textarea name='noi_dung'></textarea><button type='submit'>Gửi</button></form>")
    body = f"<h1>{title}</h1><div class='content'><p>{PARAGRAPHS[0]} {PARAGRAPHS[1]}</p></div>{rating}"
    tree = html.fromstring(page(body))
    mark_ballots(tree)
    assert not ballot_after(tree.find(".//h1"))
    brief = extract(page(body, NEWS_ARTICLE), BASE + "/tin-tuc/huyen-dong-son-dua-thu-tuc-len-mang-125.html")
    assert "poll" not in brief.reason


def test_a_satisfaction_survey_s_worded_choices_stay_a_question():
    """A survey's scale in words ("Rất hài lòng" …), each after its radio button with no label
    element, or in labels naming it: the choices of a question, however few words tell them."""
    loose = ("<div class='khao-sat'><p>Bạn có hài lòng với dịch vụ công trực tuyến?</p><p>"
             + "<br>".join(f"<input type='radio' name='hai_long' value='{n}'> {word}"
                           for n, word in enumerate(["Rất hài lòng", "Hài lòng", "Không hài lòng"])) + "</p></div>")
    for survey in (loose, POLL):
        tree = html.fromstring(f"<div><h1>Khảo sát</h1>{survey}</div>")
        mark_ballots(tree)
        assert ballot_after(tree.find(".//h1")) == 3


def test_a_reader_s_question_under_its_asker_s_line_is_no_news():
    """A blog's answer post: "Anonymous asked:" alone over the reader's question, the answer
    unlabelled under it; its title is the question."""
    question = "Anh ơi cho em hỏi đi Hà Giang tháng mấy thì đẹp nhất ạ? Em muốn chụp cả ruộng bậc thang và hoa."
    answer = ("Ruộng bậc thang Hoàng Su Phì đẹp nhất cuối tháng 9 đến đầu tháng 10, lúa chín. Hoa tam giác mạch thì từ "
              "cuối tháng 10 đến giữa tháng 11. Nếu chỉ đi được một lần thì chọn khoảng 5-15/10. Nhớ mang áo ấm nhé.")
    for asker in ("<b>Anonymous</b> asked:", "<b>Một bạn đọc</b> đã hỏi:"):
        body = (f"<article class='post'><div class='question'><p class='asker'><img src='/a.gif' alt=''> {asker}</p>"
                f"<p>{question}</p></div><div class='answer'><p>{answer}</p></div>"
                "<footer><a href='/post/744433221100998877'>April 2nd, 2024 · 9:10pm</a></footer></article>")
        post = extract(page(body, "<meta property='og:title' content='Đi Hà Giang tháng mấy đẹp?'>"),
                       BASE + "/post/744433221100998877/di-ha-giang-thang-may-dep")
        assert not post.is_article and "a question with its asker" in post.reason, post.reason


def test_an_interview_opening_on_the_reporter_s_question_stays_news():
    """An interview told in a paper's prose: "Phóng viên hỏi:" alone over its first question,
    the guest's answer, more questions after; and a story quoting a reader's question after its
    own paragraphs."""
    title = "Giám đốc Sở Du lịch: Hà Giang sẵn sàng cho mùa hoa tam giác mạch"
    turns = ("<p><b>Phóng viên hỏi:</b></p><p>Thưa ông, mùa hoa năm nay tỉnh chuẩn bị những gì để đón khách?</p>"
             f"<p>Ông Nguyễn Văn An: {PARAGRAPHS[1]} {PARAGRAPHS[2]}</p>"
             "<p>PV: Còn chuyện ùn tắc trên đèo Mã Pì Lèng thì sao, thưa ông?</p>"
             f"<p>Ông Nguyễn Văn An: {PARAGRAPHS[3]}</p>")
    interview = extract(page(f"<h1>{title}</h1><div class='content'>{turns}</div>", NEWS_ARTICLE),
                        BASE + "/tin-tuc/giam-doc-so-du-lich-ha-giang-san-sang-126.html")
    assert interview.is_article, interview.reason
    quoted = (f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p><p>Một bạn đọc hỏi:</p>"
              f"<p>Huyện có hỗ trợ các hộ bị sạt lở làm nhà mới không?</p><p>{PARAGRAPHS[3]}</p>")
    story_ = extract(page(f"<h1>{title}</h1><div class='content'>{quoted}</div>", NEWS_ARTICLE),
                     BASE + "/tin-tuc/huyen-tong-ket-127.html")
    assert story_.is_article, story_.reason


@pytest.mark.parametrize(("text", "items"), [
    # A results list: names ending on "Trang", their points after them.
    ("Bảng nữ, sau 9 ván:\nNguyễn Thu Trang 8\nLê Huyền Trang 7\nPhạm Quỳnh Trang 7\nHoàng Thùy Trang 6\n"
     "Đỗ Minh Anh 5", 0),
    ("Thông tin chi tiết về lịch thi xem tại trang 2\nDanh sách thí sinh xem tại trang 4\n"
     "Sơ đồ phòng thi in ở trang 6", 0),
    # An issue's contents: the page set apart, or abbreviated with its dot.
    ("Mục lục\n- Ký sự: Tủ sách bên cột mốc (tr. 8)\n- Thơ: Mùa sương tr. 12\n- Truyện ngắn: Chợ phiên - Trang 27\n"
     "- Lời tòa soạn ........ 3", 4),
])
def test_a_contents_item_sets_its_page_apart(text, items):
    assert contents(text) == items


@pytest.mark.parametrize(("text", "placeholder"), [
    ("Tiêu đề tin tức\nNội dung nhập vào đây. Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do "
     "eiusmod tempor incididunt ut labore et dolore magna aliqua.", True),
    ("Lorem Ipsum is simply dummy text. Lorem ipsum dolor sit amet, consectetur adipiscing elit.", True),
    # A story that quotes the phrase once among its own words; a name alike ("Magna", "Nulla").
    ("Trang web mới của huyện đã thay đoạn chữ mẫu “Lorem ipsum” còn sót ở chân trang bằng địa chỉ và "
     "số điện thoại của Ủy ban, sau khi người dân phản ánh qua đường dây nóng của tỉnh trong tuần qua.", False),
    ("Công ty Magna Việt Nam khánh thành nhà máy linh kiện ô tô thứ hai tại khu công nghiệp.", False),
    # A page of its own paragraphs among placeholder blocks a designer forgot: judged on them.
    ("Mỗi năm, Hiệp hội công bố bảng xếp hạng các doanh nghiệp bảo hiểm theo doanh thu phí, dựa trên "
     "số liệu báo cáo tài chính đã kiểm toán của năm trước và ý kiến của các chuyên gia trong ngành.\n"
     "Lorem Ipsum\nLorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.\n"
     "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.", False),
])
def test_a_templates_placeholder_text_is_told_by_its_share_of_the_words(text, placeholder):
    assert filler(text) is placeholder


# --- a documentation page dated only by its last revision ------------------------------------

_METHOD = (("Khái niệm", "Chỉ số sản xuất công nghiệp là chỉ tiêu tương đối phản ánh xu hướng và mức độ biến động "
            "của khối lượng sản phẩm công nghiệp sản xuất ra theo thời gian."),
           ("Phương pháp tính", "Chỉ số được tính theo công thức Laspeyres với quyền số là giá trị tăng thêm của "
            "từng ngành công nghiệp cấp hai trong năm gốc 2020."),
           ("Nguồn số liệu", "Số liệu được thu thập hằng tháng từ khoảng 300 doanh nghiệp công nghiệp đại diện trên "
            "địa bàn tỉnh theo phương án điều tra."))
_METHOD_URL = BASE + "/phuong-phap/chi-so-iip/"


def _method_page(stamp: str) -> str:
    """A statistics office's methods page as a documentation generator builds it: the docs'
    sidebar menu naming it among its siblings, a concept for a title, a paragraph under each of
    its headings, and a line under the text with the page's date."""
    docs = (("chi-so-gia-tieu-dung", "Chỉ số giá tiêu dùng"), ("chi-so-iip", "Chỉ số sản xuất công nghiệp"),
            ("dieu-tra-doanh-nghiep", "Điều tra doanh nghiệp"), ("lao-dong", "Lao động, việc làm"),
            ("dan-so", "Dân số"))
    nav = "".join(f"<li><a href='/phuong-phap/{slug}/'>{name}</a></li>" for slug, name in docs)
    body = "".join(f"<h2>{h}</h2><p>{p}</p>" for h, p in _METHOD)
    return (f"<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>Chỉ số sản xuất công nghiệp - "
            f"Thống kê tỉnh</title></head><body><header><a href='/'>Thống kê tỉnh</a> <a href='/blog/'>Tin tức</a> "
            f"<a href='/phuong-phap/'>Phương pháp</a></header><div class='layout'><nav class='docs-sidebar'><ul>"
            f"<li><a href='/phuong-phap/'>Phương pháp</a><ul>{nav}</ul></li></ul></nav><main><article class='doc'>"
            f"<h1>Chỉ số sản xuất công nghiệp</h1>{body}{stamp}</article></main></div>"
            "<footer>© 2026 Thống kê tỉnh</footer></body></html>")


@pytest.mark.parametrize("stamp", [
    "<div class='doc-meta'><span class='icon' title='Cập nhật lần cuối'></span><span>15 tháng 3, 2026</span></div>",
    "<div class='doc-meta'>Cập nhật lần cuối: 15/03/2026</div>",
    "<p class='theme-last-updated'>Last updated on <time datetime='2026-03-15'>15/03/2026</time></p>",
])
def test_a_docs_page_in_its_menu_dated_only_by_its_revision_is_no_article(stamp):
    # Linked by its name from an index of the manual's pages: still a page of the manual.
    context = PageContext(listed=True, anchor="Chỉ số sản xuất công nghiệp")
    article = extract(_method_page(stamp), _METHOD_URL, context=context)
    assert not article.is_article
    assert "last revised" in article.reason


@pytest.mark.parametrize("stamp", ["<div class='doc-meta'>Ngày đăng: 15/03/2026</div>",
                                   "<div class='doc-meta'>15/03/2026</div>"])
def test_the_same_page_dated_as_published_keeps_its_answer(stamp):
    context = PageContext(listed=True, anchor="Chỉ số sản xuất công nghiệp")
    assert extract(_method_page(stamp), _METHOD_URL, context=context).is_article
