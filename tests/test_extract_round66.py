"""The sixty-sixth round's blind misses, by structure: a video page whose playlist of earlier
episodes (titles and dates, played by a script) stands beside the player, a writer signing a
journal's article under a rank above its notes, and an invitation to watch another video closing
the story."""

from __future__ import annotations

from crawler.extract import extract

PARAGRAPHS = (
    "Trong số phát sóng tuần này, chương trình ghi nhận tâm tư của người dân các bản vùng cao, nơi có gần 400 hộ "
    "đồng bào Mông, Dao sinh sống và đi lại khó khăn mỗi mùa mưa.",
    "Ông Giàng A Páo, Trưởng bản chia sẻ, bà con đã góp công, hiến đất để mở rộng mặt đường, nhưng nếu không được "
    "đầu tư cứng hóa thì chỉ sau một mùa mưa, con đường lại hư hỏng như cũ.",
    "Tiếp thu kiến nghị của cử tri, Đoàn đại biểu Quốc hội tỉnh đã chuyển nội dung tới các bộ, ngành và UBND tỉnh, "
    "đồng thời đưa vào nội dung giám sát việc thực hiện các chương trình mục tiêu quốc gia.",
    "Trả lời kiến nghị, UBND tỉnh cho biết tuyến đường đã được đưa vào danh mục đầu tư giai đoạn tới với tổng mức "
    "dự kiến khoảng 48 tỷ đồng, phấn đấu khởi công ngay trong năm tới.",
)
BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
EPISODES = ("Cử tri Cà Mau kiến nghị giải pháp chống sạt lở bờ biển Tây",
            "Cử tri Nghệ An mong sớm có trạm y tế xã đạt chuẩn ở các xã vùng sâu",
            "Giải quyết kiến nghị về cấp giấy chứng nhận quyền sử dụng đất ở Lâm Đồng",
            "Cử tri Hải Phòng hỏi về chính sách cho lao động mất việc sau sắp xếp")


def _video_page() -> str:
    playlist = "".join(
        f'<div class="playlist-item" data-src="https://vod.example/{n}.m3u8" onclick="playItem(this)">'
        f'<div class="thumb"><img src="https://vod.example/{n}.jpg" alt=""><span class="duration">15:0{n}</span></div>'
        f'<div class="info"><h4 class="title">{title}</h4><span class="date">{28 - 7 * n}/11/2026</span></div></div>'
        for n, title in enumerate(EPISODES))
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Quốc hội với cử tri: Đường về bản - Truyền hình Quốc hội</title>
<meta property="og:type" content="video.other"></head><body>
<header><div class="header-date">Thứ Hai, 07/12/2026</div><nav><a href="/">Trang chủ</a>
<a href="/thoi-su">Thời sự</a><a href="/chuong-trinh">Chương trình</a></nav></header>
<main class="main-content page-video"><div class="video-top"><div class="row">
<div class="col-lg-8"><div class="video-player"><video controls src="https://vod.example/main.m3u8"></video></div>
<div class="video-info"><h1 class="video-title">Quốc hội với cử tri: Đường về bản</h1>
<div class="video-meta"><a class="program-name" href="/chuong-trinh/qhvct">Quốc hội với cử tri</a>
<span class="time">Chủ Nhật, 06/12/2026 - 08:15</span></div>
<p class="program-air">Phát sóng lúc 20h00 ngày 05/12/2026 trên kênh Truyền hình Quốc hội</p></div></div>
<div class="col-lg-4"><div class="video-playlist"><h3 class="playlist-title">Các số đã phát sóng</h3>{playlist}
</div></div></div></div>
<div class="container"><div class="row"><div class="col-lg-8 col-main"><div class="video-desc">
<div class="detail-content">{BODY}</div></div>
<div class="box-program-about"><h3 class="box-title">Về chương trình</h3><p>Quốc hội với cử tri là cầu nối giữa
cử tri với đại biểu dân cử, theo đến cùng những kiến nghị của người dân, phát sóng thứ Bảy hằng tuần.</p></div></div>
<aside class="col-lg-4"><div class="box-schedule"><h3>Lịch phát sóng</h3><ul><li>11:30 Thời sự Quốc hội trưa</li>
<li>12:15 Câu chuyện lập pháp</li><li>13:00 Người đại biểu</li><li>14:00 Trực tiếp: Quốc hội thảo luận ở hội trường
về dự án Luật Đất đai (sửa đổi)</li><li>18:00 Thời sự Quốc hội tối</li></ul></div></aside></div></div>
</main><footer>© Truyền hình Quốc hội Việt Nam</footer></body></html>"""


def test_a_playlist_of_dated_titles_beside_the_player_is_no_forum_thread():
    # (each item a title and a date, alike: once read as a thread's posts, the page refused)
    article = extract(_video_page(), "https://qhtv.example/quoc-hoi-voi-cu-tri-duong-ve-ban")
    assert article.is_article, article.reason


def test_the_date_under_the_headline_stands_before_a_playlists_dates():
    article = extract(_video_page(), "https://qhtv.example/quoc-hoi-voi-cu-tri-duong-ve-ban")
    assert article.published == "2026-12-06T08:15:00+07:00"


def test_headings_and_a_sidebar_are_no_story_the_body_left_out():
    # The page's <main> holds the player's block, the playlist and the sidebar: their headings and
    # the <aside> are not more of the story, so the body found is read, not all of <main>.
    article = extract(_video_page(), "https://qhtv.example/quoc-hoi-voi-cu-tri-duong-ve-ban")
    assert article.text.splitlines() == list(PARAGRAPHS)


def _journal(body: str, author: str) -> str:
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
          '"headline": "Phát huy giá trị văn hóa trong kỷ nguyên mới", "datePublished": "2026-11-18T08:15:23+07:00", '
          f'"author": {{"@type": "Person", "name": "{author}"}}}}</script>')
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Phát huy giá trị văn hóa trong kỷ nguyên mới</title><meta property="og:type" content="article">{ld}</head>
<body><header><a href="/">Tạp chí</a><a href="/nghien-cuu">Nghiên cứu</a></header>
<div class="detail"><h1>Phát huy giá trị văn hóa trong kỷ nguyên mới</h1><div class="date">18/11/2026 08:15</div>
<div class="detail-content">{body}</div></div><footer>© Tạp chí</footer></body></html>"""


NOTES = ("(1) Đảng Cộng sản Việt Nam: Văn kiện Hội nghị lần thứ chín Ban Chấp hành Trung ương khóa XI, Nxb Chính "
         "trị quốc gia, Hà Nội, 2014, tr.47-48.",
         "(2) Bộ Văn hóa, Thể thao và Du lịch: Báo cáo tổng kết công tác năm 2025, Hà Nội, 2026.")


def test_a_rank_before_the_name_in_json_ld_is_no_part_of_it():
    article = extract(_journal(BODY, "Thiếu tướng, PGS.TS Đỗ Minh Khang"), "https://tapchi.example/van-hoa-168412")
    assert article.author == "Đỗ Minh Khang"


def test_a_signature_under_a_rank_and_its_affiliation_above_the_notes_are_no_text():
    signed = ('<p style="text-align: right;"><strong>PGS.TS Trần Thị Minh Hằng</strong></p>'
              '<p style="text-align: right;"><em>Viện Văn hóa và Phát triển, Học viện Chính trị quốc gia Hồ Chí Minh'
              '</em></p><p>______________________</p>' + "".join(f"<p><small>{n}</small></p>" for n in NOTES))
    article = extract(_journal(BODY + signed, "PGS.TS Trần Thị Minh Hằng"), "https://tapchi.example/van-hoa-168412")
    assert article.author == "Trần Thị Minh Hằng"
    lines = article.text.splitlines()
    assert lines[:len(PARAGRAPHS)] == list(PARAGRAPHS)
    assert not any("Minh Hằng" in line or "Học viện" in line for line in lines)
    assert lines[-2:] == list(NOTES)


def test_a_doctors_rank_glued_to_the_name_is_no_part_of_it():
    article = extract(_journal(BODY, "BSCKII Lê Thị Minh Nguyệt"), "https://tapchi.example/van-hoa-168412")
    assert article.author == "Lê Thị Minh Nguyệt"


def _story(closing: str) -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Khởi tố giám đốc công ty địa ốc</title>
<meta property="og:type" content="article"></head><body><header><a href="/">Đời sống</a><a href="/phap-luat">Pháp
luật</a></header><div class="detail"><h1>Khởi tố giám đốc công ty địa ốc</h1><div class="date">05/12/2026 08:15</div>
<div id="main-detail">{BODY}{closing}</div></div><footer>© Đời sống</footer></body></html>"""


def test_an_invitation_to_watch_another_video_and_its_player_close_no_story():
    closing = ('<p><em>Mời quý độc giả theo dõi video đang được quan tâm:</em></p>'
               '<div class="VCSortableInPreviewMode" type="VideoStream"><div class="iframe-wraper"><iframe '
               'src="https://www.youtube.com/embed/q1Xr4Zt8LkE"></iframe></div><div class="VideoCMS_Caption"><p>Cảnh '
               'giác chiêu lừa bán đất nền qua mạng xã hội. (Nguồn: VTV24)</p></div></div>')
    article = extract(_story(closing), "https://dspl.example/khoi-to-giam-doc-a781204.html")
    assert article.text.splitlines() == list(PARAGRAPHS)


def test_a_story_telling_of_its_own_video_keeps_the_line():
    own = "Mời quý độc giả theo dõi video ghi lại những khoảnh khắc của phiên tòa."
    article = extract(_story(f"<p>{own}</p>"), "https://dspl.example/khoi-to-giam-doc-a781204.html")
    assert article.text.splitlines() == [*PARAGRAPHS, own]


def test_a_writer_compiling_in_brackets_abbreviated_is_no_part_of_the_name():
    # (the sixty-fifth round's miss: "t/h", "tổng hợp", what the writer did, in JSON-LD's author)
    article = extract(_journal(BODY, "Hà Phương (t/h)"), "https://tapchi.example/van-hoa-168412")
    assert article.author == "Hà Phương"
