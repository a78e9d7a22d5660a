"""A MediaWiki news wiki's pages: a story in the main namespace is one (without its sections'
[sửa] links and its closing "Nguồn" list); a talk page, a project page or a file's page is
not, whatever prose it holds. Written as MediaWiki 1.39-1.41 prints them in the Vector 2022,
Timeless and MonoBook skins."""

from __future__ import annotations

import pytest

from crawler.extract import extract
from crawler.extract.detect import schedule_title
from crawler.extract.wiki import outside_articles

BASE = "https://tinlangque.example"
PROSE = (
    "Sáng 12 tháng 1, Ủy ban nhân dân huyện tổ chức lễ khánh thành cây cầu bê tông bắc qua sông Hiếu, nối "
    "hai xã Cam Tuyền và Cam Thủy sau gần hai năm thi công với tổng vốn đầu tư hơn 38 tỷ đồng.",
    "Cây cầu dài 120 mét, rộng 7 mét, thay cho chuyến đò ngang mà hàng trăm học sinh và người dân hai bên "
    "bờ vẫn phải đi mỗi ngày, nhất là vào mùa mưa lũ khi nước sông dâng cao và chảy xiết.",
    "Đại diện ban quản lý dự án cho biết công trình được thiết kế chịu được lũ lớn, có lan can và hệ thống "
    "chiếu sáng bằng năng lượng mặt trời, dự kiến giúp rút ngắn quãng đường đi lại khoảng 15 ki-lô-mét.",
)
TALK = (
    "Mình đã sửa lại số liệu vốn đầu tư theo thông cáo của huyện, bản trước ghi nhầm là 36 tỷ đồng. Đề nghị "
    "các bạn khi cập nhật thì ghi rõ nguồn để người đọc kiểm chứng được, nhất là các con số về tiền.",
    "Đồng ý. Ngoài ra nên bổ sung ảnh cây cầu lúc thông xe, mình có chụp được vài tấm nhưng chưa rõ giấy "
    "phép tải lên thế nào cho đúng quy định của trang, nhờ bạn nào biết hướng dẫn giúp với nhé.",
    "Ảnh tự chụp thì chọn giấy phép Ghi công - Chia sẻ tương tự là được. Mình cũng đã thêm thể loại cho bài "
    "để bài hiện trong danh sách tin của huyện, các bạn kiểm tra lại giúp mình phần tiêu đề.",
)
EDIT = ('<span class="mw-editsection"><span class="mw-editsection-bracket">[</span>'
        '<a href="/w/index.php?title=X&amp;action=edit&amp;section={n}" title="Sửa đổi phần">sửa</a>'
        '<span class="mw-editsection-bracket">]</span></span>')


def heading(text: str, n: int) -> str:
    return f'<h2><span class="mw-headline" id="{text}">{text}</span>{EDIT.format(n=n)}</h2>'


def wiki_page(title: str, content: str, ns: int, *, skin: str = "vector-2022", config: bool = True) -> str:
    script = (f'<script>document.documentElement.className="client-js";RLCONF={{"wgCanonicalNamespace":"",'
              f'"wgNamespaceNumber":{ns},"wgPageName":"{title}","wgTitle":"{title}","wgAction":"view",'
              f'"wgIsArticle":true,"wgIsRedirect":false}};</script>') if config else ""
    talk = " ns-talk" if ns % 2 else " ns-subject"
    return f"""<!DOCTYPE html><html class="client-nojs" lang="vi" dir="ltr"><head><meta charset="UTF-8"/>
<title>{title} – Tin Làng Quê</title>{script}
<meta name="generator" content="MediaWiki 1.41.1"/>
<link rel="alternate" type="application/x-wiki" title="Sửa đổi" href="/w/index.php?title={title}&amp;action=edit"/>
</head><body class="skin-{skin} mediawiki ltr sitedir-ltr ns-{ns}{talk} page-{title.replace(' ', '_')} action-view">
<div class="mw-page-container"><nav id="mw-panel"><ul><li><a href="/wiki/Trang_Ch%C3%ADnh">Trang Chính</a></li>
<li><a href="/wiki/%C4%90%E1%BA%B7c_bi%E1%BB%87t:Thay_%C4%91%E1%BB%95i_g%E1%BA%A7n_%C4%91%C3%A2y">Thay đổi gần đây</a></li>
</ul></nav><main id="content" class="mw-body"><h1 id="firstHeading" class="firstHeading mw-first-heading">
<span class="mw-page-title-main">{title}</span></h1><div id="bodyContent" class="vector-body">
<div id="siteSub" class="noprint">Từ Tin Làng Quê</div><div id="mw-content-text" class="mw-body-content">
<div class="mw-parser-output">{content}</div></div>
<div class="printfooter" data-nosnippet="">Lấy từ “<a href="{BASE}/w/index.php?title=X&amp;oldid=88">{BASE}/w/index.php?title=X&amp;oldid=88</a>”</div>
<div id="catlinks" class="catlinks"><a href="/wiki/%C4%90%E1%BA%B7c_bi%E1%BB%87t:Th%E1%BB%83_lo%E1%BA%A1i">Thể loại</a>:
<ul><li><a href="/wiki/Th%E1%BB%83_lo%E1%BA%A1i:Cam_L%E1%BB%99">Cam Lộ</a></li></ul></div></div></main>
<footer id="footer" class="mw-footer"><ul><li id="footer-info-lastmod"> Trang này được sửa đổi lần cuối vào ngày
13 tháng 1 năm 2025, lúc 08:20.</li></ul></footer></div></body></html>"""


def dateline(day: str) -> str:
    return f'<p><strong class="published">{day}</strong></p>'


def paragraphs(lines: tuple[str, ...]) -> str:
    return "".join(f"<p>{p}</p>\n" for p in lines)


STORY_TITLE = "Khánh thành cầu bắc qua sông Hiếu nối hai xã Cam Tuyền và Cam Thủy"
SOURCES = ('<ul><li><a rel="nofollow" class="external text" href="https://baoquangtri.example/cau-song-hieu">'
           "“Thông xe cầu qua sông Hiếu”</a> — <i>Báo Quảng Trị</i>, 12/01/2025</li></ul>")
INFOBOX = ('<table class="infobox" style="float:right; width:22em"><tr><th>Cầu Cam Tuyền</th></tr>'
           "<tr><td>Chiều dài: 120 m</td></tr></table>")


def story_page(*, skin: str = "vector-2022", after: str = "") -> str:
    content = (dateline("Chủ Nhật, ngày 12 tháng 1 năm 2025") + INFOBOX + paragraphs(PROSE[:2])
               + heading("Cập nhật", 1) + paragraphs(PROSE[2:]) + heading("Nguồn", 2) + SOURCES + after)
    return wiki_page(STORY_TITLE, content, 0, skin=skin)


def test_story_in_the_main_namespace_is_an_article_without_edit_links_or_sources():
    article = extract(story_page(), f"{BASE}/wiki/Kh%C3%A1nh_th%C3%A0nh_c%E1%BA%A7u")
    assert article.is_article, article.reason
    assert article.title == STORY_TITLE
    assert "Cập nhật" in article.text and PROSE[2] in article.text   # a section of the story stays
    assert "sửa" not in article.text
    assert "Thông xe cầu qua sông Hiếu" not in article.text and "Nguồn" not in article.text


@pytest.mark.parametrize("skin", ["timeless", "monobook"])
def test_story_in_other_skins_drops_its_edit_links(skin):
    article = extract(story_page(skin=skin), f"{BASE}/wiki/Kh%C3%A1nh_th%C3%A0nh_c%E1%BA%A7u")
    assert article.is_article and "[sửa]" not in article.text and "Cập nhật\n" in article.text + "\n"


def test_sources_heading_followed_by_more_story_stays():
    # A list under "Nguồn" that does not end the story is the story's own (a list of springs, of funds).
    content = (dateline("Thứ Hai, ngày 13 tháng 1 năm 2025") + paragraphs(PROSE[:1]) + heading("Nguồn", 1)
               + "<ul><li>Ngân sách tỉnh: 20 tỷ đồng</li><li>Ngân sách huyện: 18 tỷ đồng</li></ul>"
               + paragraphs(PROSE[1:]))
    article = extract(wiki_page(STORY_TITLE, content, 0), f"{BASE}/wiki/Kh%C3%A1nh_th%C3%A0nh")
    assert article.is_article and "Ngân sách tỉnh: 20 tỷ đồng" in article.text


def test_references_section_of_notes_stays():
    content = (dateline("Thứ Hai, ngày 13 tháng 1 năm 2025") + paragraphs(PROSE) + heading("Tham khảo", 1)
               + "<ul><li>Niên giám thống kê tỉnh Quảng Trị 2023, trang 112.</li></ul>")
    article = extract(wiki_page(STORY_TITLE, content, 0), f"{BASE}/wiki/Kh%C3%A1nh_th%C3%A0nh")
    assert article.is_article and "Niên giám thống kê tỉnh Quảng Trị 2023" in article.text


def test_talk_page_is_not_an_article():
    content = heading("Số liệu vốn đầu tư", 1) + paragraphs(TALK)
    title = "Thảo luận:" + STORY_TITLE
    article = extract(wiki_page(title, content, 1), f"{BASE}/wiki/Th%E1%BA%A3o_lu%E1%BA%ADn:Kh%C3%A1nh_th%C3%A0nh")
    assert not article.is_article


def test_project_page_by_its_body_class_alone_is_not_an_article():
    # Timeless with its configuration loaded by a script file: only the body's class says the namespace.
    content = paragraphs(TALK)
    page = wiki_page("Tin Làng Quê:Giới thiệu về dự án tin cộng đồng của huyện", content, 4, skin="timeless",
                     config=False)
    assert not extract(page, f"{BASE}/wiki/Tin_L%C3%A0ng_Qu%C3%AA:Gi%E1%BB%9Bi_thi%E1%BB%87u").is_article


def test_file_page_is_not_an_article():
    content = ('<div class="fullImageLink"><a href="/images/c/cau.jpg"><img src="/images/c/cau.jpg" width="800"/></a></div>'
               + paragraphs(PROSE))
    page = wiki_page("Tập tin:Cau song Hieu 2025.jpg", content, 6, skin="monobook")
    assert not extract(page, f"{BASE}/wiki/T%E1%BA%ADp_tin:Cau_song_Hieu_2025.jpg").is_article


def test_a_news_site_with_an_ns_class_but_no_mediawiki_body_stays_an_article():
    page = story_page().replace("mediawiki ltr", "ltr").replace('"wgNamespaceNumber":0', '"x":0') \
        .replace("ns-0 ns-subject", "ns-1 home-news")
    assert extract(page, f"{BASE}/tin-tuc/khanh-thanh-cau-song-hieu.html").is_article


def test_events_calendar_in_the_main_namespace_is_not_an_article():
    rows = "".join(f"<tr><td>{d}/2</td><td>{e}</td><td>{p}</td></tr>" for d, e, p in (
        ("3", "Hội chợ nông sản an toàn", "Quảng trường huyện"), ("9", "Giải bóng chuyền các xã", "Nhà văn hóa"),
        ("15", "Lễ hội cầu ngư", "Bến cá Cửa Việt"), ("24", "Đêm nhạc mừng Xuân", "Công viên bờ sông")))
    content = ("<p>Các sự kiện dự kiến diễn ra trong huyện tháng 2 năm 2025. Thành viên có thể bổ sung.</p>"
               '<table class="wikitable"><tr><th>Ngày</th><th>Sự kiện</th><th>Địa điểm</th></tr>' + rows + "</table>")
    page = wiki_page("Lịch sự kiện tháng 2 năm 2025", content, 0)
    assert not extract(page, f"{BASE}/wiki/L%E1%BB%8Bch_s%E1%BB%B1_ki%E1%BB%87n_th%C3%A1ng_2").is_article


def test_story_titled_with_a_calendar_of_events_stays_an_article():
    content = dateline("Thứ Hai, ngày 13 tháng 1 năm 2025") + paragraphs(PROSE)
    page = wiki_page("Lịch sự kiện dày đặc dịp Tết, huyện tăng cường bảo đảm an toàn giao thông", content, 0)
    assert extract(page, f"{BASE}/wiki/L%E1%BB%8Bch_s%E1%BB%B1_ki%E1%BB%87n_d%C3%A0y_%C4%91%E1%BA%B7c").is_article


def test_schedule_title_reads_the_calendar_of_events_not_history():
    assert schedule_title("Lịch sự kiện tháng 12 năm 2024")
    assert not schedule_title("Lịch sử kiến trúc cố đô Huế qua các triều vua")
    assert not schedule_title("Lịch sự trong giao tiếp nơi công sở")


@pytest.mark.parametrize(("number", "outside"), [
    (None, False), (0, False), (1, True), (2, True), (4, True), (6, True), (14, True), (-1, True),
    (100, False), (101, True)])
def test_namespaces_without_articles(number, outside):
    assert outside_articles(number) is outside
