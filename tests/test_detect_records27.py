"""The twenty-sixth round's non-articles and a refused article in other markup than the families':
a reader's letter named with an address and asked again by its honorific ("Bà hỏi, …?"), a
recruitment's fields fed as a blog's post, a forum's question in its asker's voice answered by a
reply addressed to them, a schedule typed as marked lines of one block, and a short photo story
beside a table theme's columns of teasers; each beside a page that merely resembles it and must
keep its answer."""

from __future__ import annotations

from crawler.extract import extract
from crawler.extract.detect import PageContext

BASE = "http://127.0.0.1:8000"


def portal(main: str, title: str = "Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An") -> str:
    """A provincial department's portal: header, menu, the item's column, a right column."""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title></head><body>
<header class="site-header"><a href="/" class="logo">Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An</a>
<nav class="main-nav"><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li>
<li><a href="/hoi-dap">Hỏi đáp</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></nav></header>
<div class="container"><div class="col-main">{main}</div>
<div class="col-right"><div class="portlet"><h3>Liên kết</h3><ul><li><a href="https://dichvucong.gov.vn">Dịch vụ công</a>
</li></ul></div></div></div>
<footer><p>Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An. Điện thoại: 0238.3844.xxx</p></footer></body></html>"""


# --- a reader's letter: named with an address, the case told, asked again by the honorific -----

LETTER = ("<p>Ông Trần Văn Hùng (huyện Diễn Châu) có con trai đi lao động tại Hàn Quốc theo hợp đồng 5 năm, "
          "nay đã về nước được 2 tháng. Ông hỏi, con trai ông có được hưởng trợ cấp thất nghiệp và được hỗ trợ "
          "học nghề không?</p>")
ANSWER = ("<p><b>Về vấn đề này, Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An trả lời như sau:</b></p>"
          "<p>Người lao động đi làm việc ở nước ngoài theo hợp đồng không tham gia bảo hiểm thất nghiệp trong nước "
          "nên không thuộc đối tượng hưởng trợ cấp thất nghiệp. Tuy vậy, người lao động về nước được tư vấn, giới "
          "thiệu việc làm miễn phí tại Trung tâm Dịch vụ việc làm tỉnh.</p>"
          "<p>Đề nghị ông liên hệ Trung tâm Dịch vụ việc làm tỉnh Nghệ An để được hướng dẫn cụ thể.</p>")


def test_a_reader_s_letter_asked_again_by_its_honorific_is_a_record():
    main = ("<h1 class='title'>Lao động về nước có được hưởng trợ cấp thất nghiệp?</h1>"
            "<div class='meta'>Cập nhật: 14/11/2024 08:30</div>"
            f"<div class='question'>{LETTER}</div><div class='answer'>{ANSWER}</div>")
    article = extract(portal(main), BASE + "/hoi-dap/lao-dong-ve-nuoc-co-duoc-huong-tro-cap-that-nghiep-1207.html")
    assert not article.is_article
    assert "question" in article.reason


def test_a_story_quoting_a_citizen_asking_again_stays_news():
    # The same words in a story: its lede and paragraphs first, the citizen quoted among them.
    main = ("<h1 class='title'>Diễn Châu đối thoại với người lao động đi làm việc ở nước ngoài về nước</h1>"
            "<div class='meta'>Cập nhật: 14/11/2024 08:30</div><div class='content'>"
            "<p>Sáng 13/11, UBND huyện Diễn Châu tổ chức hội nghị đối thoại với hơn 120 người lao động đã đi làm "
            "việc ở nước ngoài theo hợp đồng trở về địa phương trong năm 2024.</p>"
            "<p>Tại hội nghị, nhiều ý kiến đề nghị huyện hỗ trợ học nghề, vay vốn khởi nghiệp và giới thiệu việc "
            "làm tại các khu công nghiệp trong tỉnh cho người lao động về nước.</p>"
            f"{LETTER}"
            "<p>Trả lời ý kiến này, lãnh đạo Phòng Lao động - Thương binh và Xã hội huyện cho biết người lao động "
            "về nước được tư vấn, giới thiệu việc làm miễn phí và được vay vốn ưu đãi để sản xuất, kinh doanh.</p>"
            "<p>Kết thúc hội nghị, huyện giao các phòng chuyên môn tổng hợp ý kiến, báo cáo UBND tỉnh.</p>"
            "</div>")
    article = extract(portal(main), BASE + "/tin-tuc/dien-chau-doi-thoai-voi-nguoi-lao-dong-ve-nuoc-1208.html")
    assert article.is_article, article.reason


# --- a recruitment's fields fed as a blog's post ------------------------------------------------

def blog(post: str, title: str) -> str:
    """A site builder's blog post (Wix-like markup): no article type, the post in the site's feed."""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title} | Gốm Bát Tràng Minh Châu</title>
<meta property="og:type" content="website"></head><body>
<header id="SITE_HEADER"><a href="/">Gốm Bát Tràng Minh Châu</a><nav><a href="/">Trang chủ</a> <a href="/blog">Blog</a>
<a href="/cua-hang">Cửa hàng</a> <a href="/lien-he">Liên hệ</a></nav></header>
<main id="PAGES_CONTAINER"><article data-hook="post"><h1 data-hook="post-title">{title}</h1>
<div data-hook="post-meta"><span data-hook="time-ago">12 thg 10, 2026</span></div>
<div data-hook="post-description">{post}</div></article></main>
<footer id="SITE_FOOTER"><p>Xưởng gốm Minh Châu - Bát Tràng, Gia Lâm, Hà Nội</p></footer></body></html>"""


def test_a_recruitment_s_fields_fed_as_a_post_are_a_record():
    post = ("<ul><li><p><strong>Vị trí:</strong> Thợ vuốt gốm, thợ vẽ men lam (10 người)</p></li>"
            "<li><p><strong>Yêu cầu:</strong> Từ 18 đến 45 tuổi, khéo tay, chưa biết nghề được kèm 2 tháng.</p></li>"
            "<li><p><strong>Quyền lợi:</strong> Lương 7 - 11 triệu đồng/tháng, đóng bảo hiểm, nghỉ chủ nhật.</p></li>"
            "<li><p><strong>Liên hệ:</strong> Anh Tuấn, 0987 654 321, tại xưởng trước ngày 30/11/2026.</p></li></ul>")
    url = BASE + "/post/tuyen-tho-vuot-gom-va-ve-men-lam-nam-2026"
    article = extract(blog(post, "Tuyển thợ vuốt gốm và vẽ men lam năm 2026"), url, context=PageContext(fed=True))
    assert not article.is_article
    assert "fields" in article.reason


def test_a_fed_post_with_fields_then_its_story_stays_news():
    # The same fields over a story told in paragraphs: a post of the blog's news.
    post = ("<p><strong>Thời gian:</strong> 10/10/2026</p><p><strong>Địa điểm:</strong> Xưởng gốm Minh Châu</p>"
            "<p><strong>Khách mời:</strong> 40 học sinh Trường THCS Bát Tràng</p>"
            "<p>Ngày 10/10, xưởng gốm Minh Châu đón 40 học sinh Trường THCS Bát Tràng đến tìm hiểu nghề gốm của "
            "làng, từ khâu chọn đất, nhào đất đến vuốt cốt trên bàn xoay.</p>"
            "<p>Các em được nghệ nhân Lê Văn Minh hướng dẫn tự tay vuốt một chiếc bát và vẽ hoa văn men lam, "
            "sản phẩm được nung và gửi về trường sau một tuần.</p>"
            "<p>Nhà trường cho biết sẽ đưa buổi học trải nghiệm tại làng nghề vào chương trình giáo dục địa "
            "phương của năm học này.</p>")
    url = BASE + "/post/hoc-sinh-bat-trang-trai-nghiem-nghe-gom"
    article = extract(blog(post, "Học sinh Bát Tràng trải nghiệm nghề gốm"), url, context=PageContext(fed=True))
    assert article.is_article, article.reason


# --- a forum's question in its asker's voice, answered by a reply addressed to them --------------

def thread(posts: list[tuple[str, str, str]], title: str) -> str:
    """A XenForo 2 thread: each post an <article class="message"> with its author, its time and
    its bbWrapper; a "Trả lời" link in each post's footer."""
    items = "".join(
        f"""<article class="message message--post" data-author="{who}" id="js-post-{n}"><div class="message-inner">
<div class="message-cell message-cell--user"><h4 class="message-name"><a href="/members/{n}/" class="username">{who}</a>
</h4><h5 class="userTitle">Thành viên</h5></div><div class="message-cell message-cell--main">
<header class="message-attribution"><a href="/threads/88/post-{n}"><time class="u-dt" datetime="{when}">{when[:10]}</time>
</a></header><div class="message-content"><article class="message-body"><div class="bbWrapper">{text}</div></article>
</div><footer class="message-footer"><a href="/threads/88/reply?quote={n}" class="actionBar-action">Trả lời</a>
</footer></div></div></article>"""
        for n, (who, when, text) in enumerate(posts, start=1))
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title} | Diễn đàn Hội Nông dân</title>
</head><body><div class="p-header"><a href="/">Diễn đàn Hội Nông dân huyện Can Lộc</a></div>
<ul class="p-breadcrumbs"><li><a href="/">Diễn đàn</a></li><li><a href="/forums/hoi-dap-chinh-sach.4/">Hỏi đáp chính
sách</a></li></ul><div class="p-body"><div class="p-body-inner"><div class="p-body-header">
<h1 class="p-title-value">{title}</h1></div><div class="p-body-main"><div class="p-body-pageContent">
<div class="block-body js-replyNewMessageContainer">{items}</div></div></div></div></div>
<footer class="p-footer">Diễn đàn Hội Nông dân huyện Can Lộc. Múi giờ GMT+7.</footer></body></html>"""


def test_a_forum_question_in_its_asker_s_voice_answered_by_a_reply_is_a_record():
    posts = [("Nguyễn Văn Thắng", "2024-11-20T19:05:00+0700",
              "Tôi trồng 2 ha lúa, vụ hè thu vừa rồi bị ngập úng mất trắng. Xin hỏi tôi có được hỗ trợ giống "
              "theo chính sách khắc phục thiên tai không và phải làm thủ tục ở đâu?"),
             ("bbt_hoinongdan", "2024-11-22T08:40:00+0700",
              "Trả lời bạn Nguyễn Văn Thắng: Theo Nghị định 02/2017/NĐ-CP, diện tích lúa thuần bị thiệt hại trên "
              "70% được hỗ trợ 2 triệu đồng/ha. Bạn làm đơn đề nghị gửi UBND xã trong vòng 10 ngày sau thiên tai "
              "để được kiểm tra, xác nhận.")]
    title = "Lúa bị ngập úng có được hỗ trợ giống không?"
    article = extract(thread(posts, title), BASE + "/threads/lua-bi-ngap-ung-co-duoc-ho-tro-giong-khong.88/")
    assert not article.is_article
    assert "question" in article.reason


def test_a_forum_story_with_a_reply_addressed_to_its_poster_stays_news():
    # A member's story in three paragraphs, the board's reply to him after: a topic of news.
    story = ("Sáng 18/11, Chi hội Nông dân thôn Trung Lương tổ chức ra quân làm đường giao thông nội đồng dài 1,2 "
             "km, với sự tham gia của hơn 80 hội viên và người dân trong thôn.<br><br>Bà con góp hơn 600 ngày "
             "công, hiến 1.500 m2 đất ruộng để mở rộng mặt đường lên 4 m, thuận tiện cho máy gặt vào đồng.<br><br>"
             "Theo kế hoạch, tuyến đường sẽ được đổ bê tông trước vụ đông xuân, với kinh phí 900 triệu đồng do "
             "Nhà nước và nhân dân cùng làm.")
    posts = [("Trần Đình Lương", "2024-11-18T20:15:00+0700", story),
             ("bbt_hoinongdan", "2024-11-19T07:30:00+0700",
              "Trả lời bác Trần Đình Lương: Cảm ơn bác đã gửi tin, ban biên tập sẽ đưa lên bản tin của Hội tháng này.")]
    article = extract(thread(posts, "Thôn Trung Lương ra quân làm đường giao thông nội đồng"), BASE + "/threads/thon-trung-luong-ra-quan-lam-duong.90/")
    assert article.is_article, article.reason


# --- a schedule typed as marked lines of one block ---------------------------------------------

def test_a_schedule_typed_as_marked_lines_is_a_record():
    main = ("<h1 class='title'>Lịch trực tiếp nhận hồ sơ tại các xã tháng 12 năm 2024</h1>"
            "<div class='meta'>Cập nhật: 28/11/2024 15:10</div>"
            "<div class='content'><div><b>Lịch tiếp nhận hồ sơ trợ cấp tháng 12/2024</b><br><br>"
            "• Xã Diễn Kỷ: thứ Hai, 02/12, tại hội trường UBND xã<br>"
            "• Xã Diễn Thành: thứ Tư, 04/12, tại nhà văn hóa xóm 3<br>"
            "• Xã Diễn Phúc: thứ Sáu, 06/12, tại hội trường UBND xã<br>"
            "• Thị trấn Diễn Châu: thứ Hai, 09/12, tại bộ phận một cửa<br><br>"
            "Người dân mang theo căn cước công dân khi đến làm hồ sơ.</div></div>")
    article = extract(portal(main), BASE + "/thong-bao/lich-truc-tiep-nhan-ho-so-tai-cac-xa-thang-12-1290.html")
    assert not article.is_article
    assert "schedule" in article.reason


def test_a_story_under_a_schedule_s_name_with_marked_lines_stays_news():
    # A story named after the schedule it reports, told in paragraphs beside three marked lines.
    main = ("<h1 class='title'>Lịch nghỉ Tết Nguyên đán Ất Tỵ của học sinh Nghệ An kéo dài 11 ngày</h1>"
            "<div class='meta'>Cập nhật: 28/11/2024 15:10</div><div class='content'>"
            "<p>Chiều 27/11, Sở Giáo dục và Đào tạo Nghệ An ban hành văn bản hướng dẫn lịch nghỉ Tết Nguyên đán "
            "Ất Tỵ năm 2025 cho học sinh, giáo viên trên địa bàn tỉnh, dài hơn năm trước hai ngày.</p>"
            "<div>- Mầm non, tiểu học: nghỉ từ ngày 25/1 đến hết 4/2<br>- THCS, THPT: nghỉ từ ngày 25/1 đến hết "
            "4/2<br>- Giáo dục thường xuyên: nghỉ từ ngày 26/1 đến hết 3/2</div>"
            "<p>Theo Sở, lịch nghỉ được xây dựng sau khi lấy ý kiến các trường, bảo đảm đủ số tuần thực học của "
            "học kỳ II và tạo điều kiện cho học sinh vùng cao về quê đón Tết cùng gia đình.</p>"
            "<p>Các trường được yêu cầu thông báo lịch nghỉ đến phụ huynh và tổ chức trực bảo vệ cơ sở vật chất "
            "trong những ngày nghỉ.</p></div>")
    article = extract(portal(main), BASE + "/tin-tuc/lich-nghi-tet-nguyen-dan-at-ty-cua-hoc-sinh-nghe-an-1291.html")
    assert article.is_article, article.reason


# --- a short photo story beside a table theme's columns of teasers -----------------------------

HEADLINES = ["Xã Đồng Tiến ra quân làm đường giao thông nông thôn đợt cuối năm",
             "Hội Nông dân xã tổ chức tập huấn kỹ thuật trồng bưởi da xanh",
             "Trường Tiểu học Đồng Tiến đón bằng công nhận đạt chuẩn quốc gia mức độ 2",
             "Xã Đồng Tiến hoàn thành thu thuế sử dụng đất phi nông nghiệp năm 2024",
             "Ấp 4 xã Đồng Tiến được công nhận ấp văn hóa năm thứ mười liên tiếp",
             "Ban Chỉ huy Quân sự xã tổng kết công tác tuyển quân năm 2024",
             "Xã Đồng Tiến trao 30 suất quà cho học sinh có hoàn cảnh khó khăn"]


def theme(center: str) -> str:
    """A commune portal's table theme (ASP.NET, 2000s): a left column of modules, the center, a
    right column of modules; each module a table with its heading row."""
    left = "".join(f"<tr><td class='tin'><a href='/tin.aspx?id={30 + n}'>{h}</a></td></tr>"
                   for n, h in enumerate(HEADLINES[:4]))
    right = "".join(f"<tr><td class='tin'><a href='/tin.aspx?id={40 + n}'>{h}</a></td></tr>"
                    for n, h in enumerate(HEADLINES[3:]))
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Cổng thông tin xã Đồng Tiến</title></head><body><table width="1000" align="center" class="main">
<tr><td colspan="3"><img src="/images/banner.jpg" alt="UBND xã Đồng Tiến"></td></tr>
<tr><td width="200" valign="top"><table class="module"><tr><th>Tin mới</th></tr>{left}</table>
<table class="module"><tr><th>Liên kết</th></tr><tr><td><a href="http://binhphuoc.gov.vn">Cổng TTĐT tỉnh</a></td></tr>
</table></td>
<td valign="top" class="center">{center}</td>
<td width="200" valign="top"><table class="module"><tr><th>Xem nhiều</th></tr>{right}</table>
<table class="module"><tr><th>Thống kê</th></tr><tr><td>Đang truy cập: 12</td></tr></table></td></tr>
<tr><td colspan="3" class="footer">UBND xã Đồng Tiến - huyện Đồng Phú - tỉnh Bình Phước</td></tr></table></body></html>"""


def test_a_short_photo_story_beside_columns_of_teasers_is_news():
    center = ("<table width='100%'><tr><td class='tieude'>Hội thi gói bánh tét của phụ nữ ấp 2</td></tr>"
              "<tr><td class='ngay'>Ngày đăng: 02/12/2024 09:15</td></tr><tr><td class='noidung'>"
              "<p>Ngày 30/11, Chi hội Phụ nữ ấp 2 tổ chức hội thi gói bánh tét với sự tham gia của 6 đội.</p>"
              "<p align='center'><img src='/upload/banhtet1.jpg' width='400'><br><i>Các đội chuẩn bị lá chuối, "
              "nếp và nhân đậu xanh</i></p>"
              "<p>Mỗi đội gói 5 đòn bánh trong 60 phút, ban giám khảo chấm theo độ chặt tay và hình thức.</p>"
              "<p align='center'><img src='/upload/banhtet2.jpg' width='400'><br><i>Ban giám khảo chấm bánh "
              "của đội tổ 5</i></p>"
              "<p>Đội tổ 5 đoạt giải nhất; bánh sau hội thi được tặng các hộ khó khăn trong ấp.</p>"
              "<p align='right'><b>Thu Hà</b></p></td></tr></table>")
    article = extract(theme(center), BASE + "/tin.aspx?id=52")
    assert article.is_article, article.reason


def test_a_listing_in_the_same_theme_stays_a_listing():
    # The category's heading over its teasers in the center, the same columns beside it.
    items = "".join(f"<tr><td class='tin'><a href='/tin.aspx?id={60 + n}'>{h}</a><br><span class='ngay'>"
                    f"0{n + 1}/12/2024</span></td></tr>" for n, h in enumerate(HEADLINES))
    center = f"<table width='100%'><tr><td class='tieude'>Tin hoạt động</td></tr>{items}</table>"
    article = extract(theme(center), BASE + "/tin.aspx?cat=2")
    assert not article.is_article
