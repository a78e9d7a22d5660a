"""The fourteenth round's non-articles in other markup than the families': a listing's further
page titled by its section, a leader's profile with several offices, a Q&A under a dated URL
and a register in a table, each beside a story that merely resembles it."""

from __future__ import annotations

from crawler.extract import extract
from crawler.extract.detect import person_line

SITE = "Hội Cựu chiến binh huyện Hải Lăng"
NAV = ('<nav class="main-menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/hoat-dong-hoi/">Hoạt động Hội</a></li>'
       '<li><a href="/kinh-te/">Kinh tế</a></li><li><a href="/lien-he/">Liên hệ</a></li></ul></nav>')
PROSE = ("<p>Sáng 12/4, Hội Cựu chiến binh huyện Hải Lăng tổ chức hội nghị sơ kết quý I, đánh giá kết quả phong trào "
         "“Cựu chiến binh gương mẫu” và triển khai nhiệm vụ quý II năm 2025 tại hội trường Huyện ủy.</p>"
         "<p>Trong quý I, các cơ sở Hội đã giúp 27 hội viên vay vốn phát triển kinh tế với tổng số tiền hơn 1,3 tỷ "
         "đồng, vận động hội viên hiến hơn 2.000 m2 đất làm đường giao thông nông thôn ở các xã vùng cát.</p>"
         "<p>Dịp này, Hội tặng giấy khen cho 5 tập thể, 12 cá nhân có thành tích xuất sắc trong phong trào thi đua; "
         "phát động đợt thi đua cao điểm chào mừng kỷ niệm 50 năm Ngày giải phóng hoàn toàn miền Nam.</p>")


def page(title: str, body: str, date_line: str = "<div class='post-date'>Thứ Bảy, 12/04/2025 10:20</div>",
         headline: bool = True) -> str:
    """A Drupal-like association site: another CMS's shape than the families'."""
    heading = f"<h1 class='page-title'>{title}</h1>{date_line}" if headline else ""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title} | {SITE}</title>
<meta property="og:title" content="{title}"></head>
<body><header><a href="/" class="logo">{SITE}</a>{NAV}</header>
<main><div class="region-content">{heading}<div class="field--name-body">{body}</div></div>
<aside><h2>Giới thiệu</h2><p>Trang tin của Hội Cựu chiến binh huyện Hải Lăng. Thư góp ý xin gửi về hoiccb@example.vn.</p></aside>
</main><footer>Bản quyền thuộc Hội Cựu chiến binh huyện Hải Lăng, tỉnh Quảng Trị.</footer></body></html>"""


TEASER = ("<div class='views-row'><h3><a href='/hoat-dong-hoi/hoi-cuu-chien-binh-hai-lang-so-ket-quy-i-nam-2025'>"
          "Hội Cựu chiến binh Hải Lăng sơ kết quý I năm 2025</a></h3><span class='date'>12/04/2025</span>"
          "<p>Trong quý I, các cơ sở Hội đã giúp 27 hội viên vay vốn phát triển kinh tế với tổng số tiền hơn 1,3 tỷ "
          "đồng, vận động hội viên hiến hơn 2.000 m2 đất làm đường giao thông nông thôn ở các xã vùng cát.</p>"
          "<a href='/hoat-dong-hoi/hoi-cuu-chien-binh-hai-lang-so-ket-quy-i-nam-2025'>Xem tiếp</a></div>"
          "<div class='pager'><a href='/hoat-dong-hoi/'>‹ Mới hơn</a></div>")


def test_a_listings_further_page_titled_by_its_section_is_no_story():
    html = page("Hoạt động Hội", TEASER, headline=False)
    article = extract(html, "https://ccbhailang.example/hoat-dong-hoi/cu-hon/2")
    assert not article.is_article
    assert "section" in article.reason


def test_a_short_headline_under_its_section_stays_an_article():
    """A brief's short headline is no section's name: the menu's "Kinh tế" names the section."""
    html = page("Giá lúa tăng mạnh", PROSE)
    article = extract(html, "https://ccbhailang.example/kinh-te/gia-lua-tang-manh-o-hai-lang-2025-04-12")
    assert article.is_article, article.reason


PROFILE = ("<p>Họ và tên: Nguyễn Văn Bình</p><p>Ngày sinh: 02/9/1970</p><p>Quê quán: xã Hải Phú, huyện Hải Lăng</p>"
           "<p>Trình độ: Thạc sĩ Kinh tế; Cao cấp lý luận chính trị</p>"
           "<p>Tóm tắt quá trình công tác: từng giữ các chức vụ Trưởng phòng Tài chính - Kế hoạch, Phó Chủ tịch "
           "UBND huyện; từ tháng 10/2020 đến nay là Bí thư Huyện ủy, Chủ tịch Hội đồng nhân dân huyện.</p>")


def test_a_profile_titled_with_several_offices_is_no_story():
    title = "Đồng chí Nguyễn Văn Bình - Bí thư Huyện ủy, Chủ tịch HĐND huyện"
    assert person_line(title)
    article = extract(page(title, PROFILE, date_line=""), "https://ccbhailang.example/lanh-dao/chi-tiet.aspx?ItemID=4")
    assert not article.is_article
    # a profile by its title, or (its particulars read as fields: "Họ và tên:", "Ngày sinh:") a record
    assert "profile" in article.reason or "fields" in article.reason


def test_a_story_naming_a_leader_and_his_offices_stays_an_article():
    title = "Đồng chí Nguyễn Văn Bình, Bí thư Huyện ủy, Chủ tịch HĐND huyện, kiểm tra công trình"
    assert not person_line(title)
    assert not person_line("Ông Nguyễn Văn Bình, Bí thư Huyện ủy, kiểm tra tiến độ công trình")
    article = extract(page(title, PROSE), "https://ccbhailang.example/hoat-dong-hoi/kiem-tra-cong-trinh-trong-diem-2025")
    assert article.is_article, article.reason


QA = ("<p>Câu hỏi: Ông Lê Văn Sáu (xã Hải Quế, huyện Hải Lăng) hỏi: Tôi là cựu chiến binh, nay muốn vay vốn "
      "Ngân hàng Chính sách xã hội để nuôi bò. Xin hỏi thủ tục vay thế nào, mức vay tối đa là bao nhiêu?</p>"
      "<p>Trả lời: Về vấn đề này, Ngân hàng Chính sách xã hội huyện trả lời như sau:</p>"
      "<p>Hội viên Hội Cựu chiến binh được vay vốn qua tổ tiết kiệm và vay vốn do Hội quản lý; hồ sơ gồm giấy đề "
      "nghị vay vốn theo mẫu và phương án sản xuất, nộp tại tổ trưởng ở thôn nơi ông cư trú.</p>"
      "<p>Mức vay tối đa do Hội đồng quản trị quy định theo từng thời kỳ. Đề nghị ông liên hệ tổ trưởng tổ vay "
      "vốn ở thôn để được hướng dẫn cụ thể.</p>")


def test_a_question_and_its_answer_under_a_dated_url_is_no_story():
    article = extract(page("Thủ tục vay vốn nuôi bò đối với hội viên cựu chiến binh", QA),
                      "https://ccbhailang.example/hoi-dap/2025/04/thu-tuc-vay-von-nuoi-bo-doi-voi-hoi-vien")
    assert not article.is_article
    assert "question" in article.reason


def test_a_story_under_a_dated_url_stays_an_article():
    article = extract(page("Hội Cựu chiến binh Hải Lăng sơ kết quý I năm 2025", PROSE),
                      "https://ccbhailang.example/tin-tuc/2025/04/hoi-cuu-chien-binh-hai-lang-so-ket-quy-i")
    assert article.is_article, article.reason


ROWS = "".join(f"<tr><td>{n}</td><td>{name}</td><td>{place}</td><td>{stars}</td></tr>" for n, name, place, stars in (
    (1, "Hợp tác xã nông nghiệp Hải Phú", "Xã Hải Phú", "3 sao"),
    (2, "Cơ sở sản xuất nước mắm Hải Quế", "Xã Hải Quế", "4 sao"),
    (3, "Tổ hợp tác trồng nấm Hải Sơn", "Xã Hải Sơn", "3 sao"),
    (4, "Hợp tác xã dịch vụ nông nghiệp Hải Trường", "Xã Hải Trường", "3 sao")))
TABLE = ("<table><thead><tr><th>TT</th><th>Tên chủ thể</th><th>Địa chỉ</th><th>Hạng</th></tr></thead>"
         f"<tbody>{ROWS}</tbody></table>")


def test_a_table_with_no_paragraph_is_no_story():
    body = ("<p>Danh sách kèm theo <a href='/van-ban/qd-15'>Quyết định số 15/QĐ-UBND</a> ngày 10/4/2025.</p>"
            + TABLE + "<p>Liên hệ: Phòng Nông nghiệp, điện thoại 0233 3 876 123.</p>")
    article = extract(page("Danh sách chủ thể sản phẩm OCOP của huyện năm 2025", body),
                      "https://ccbhailang.example/kinh-te/danh-sach-chu-the-san-pham-ocop-cua-huyen-nam-2025")
    assert not article.is_article
    assert "table" in article.reason


def test_a_story_with_a_table_stays_an_article():
    article = extract(page("Hải Lăng có thêm bốn sản phẩm OCOP đạt chuẩn năm 2025", PROSE + TABLE),
                      "https://ccbhailang.example/kinh-te/hai-lang-co-them-bon-san-pham-ocop-dat-chuan-nam-2025")
    assert article.is_article, article.reason
