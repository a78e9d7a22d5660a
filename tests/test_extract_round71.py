"""Misses left by the seventieth round and the seventy-first round's blind misses, by structure:
a long-form story's closing credits block, and a closing line that sends the reader to the
newsroom's channels on other platforms."""

from __future__ import annotations

from crawler.extract import extract

PARAGRAPHS: tuple[str, ...] = (
    "Chỉ một tuần sau khi nước rút, đội hình thanh niên tình nguyện đầu tiên gồm 60 đoàn viên đã có mặt ở xã, "
    "chia nhau gùi từng bao xi măng, từng tấm tôn qua quãng đường sạt lở dài gần ba cây số.",
    "Phương án xây dựng được nhóm kỹ sư trẻ hỗ trợ miễn phí: điểm trường mới được dời lên khu đất cao cách suối "
    "gần 200 m, móng kè đá hộc, khung thép tiền chế để rút ngắn thời gian thi công.",
    "Sau 45 ngày, hai phòng học kiên cố cùng một phòng ở cho giáo viên đã hoàn thành, với tổng kinh phí gần 1,2 "
    "tỷ đồng được huy động từ quỹ hỗ trợ học sinh vùng cao và các nhà hảo tâm.",
)
# A long-form story: its closing blocks far from the headline.
PARAGRAPHS += tuple(f"Ở điểm trường thứ {n}, các em học sinh nhận áo ấm, chăn bông và sách vở mới; thầy cô cho biết "
                    f"sĩ số lớp học đã trở lại đủ {20 + n} em sau nhiều tuần phải học nhờ ở nhà văn hóa thôn." for n in range(2, 9))
BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
TITLE = "Mùa đông ấm trên bản làng sau lũ"


def _page(after_body: str, last_line: str = "") -> str:
    """A long-form story's page: the headline and date on a cover, the story in a block of its own."""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE}</title>
<meta property="og:type" content="article"></head><body><header><a href="/">Trang chủ</a></header><main>
<div class="cover"><h1 class="title">{TITLE}</h1><time datetime="2026-11-28T06:00:00+07:00">28/11/2026 06:00</time>
</div><div class="longform"><div class="story">{BODY}{last_line}</div>{after_body}
<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=x">Chia sẻ</a></div></div></main>
<footer>© Báo Demo</footer></body></html>"""


def test_a_closing_credits_block_gives_the_writer_and_none_of_its_lines_stay():
    credits = ('<div class="credits"><p><span>Bài:</span> <a href="/author/thanh-ha-1021.html">Thanh Hà</a></p>'
               "<p><span>Ảnh:</span> Như Ý</p><p><span>Thiết kế:</span> Minh Châu</p></div>")
    article = extract(_page(credits), "https://demo.example/mua-dong-am-post1.html")
    assert article.author == "Thanh Hà"
    assert article.text.splitlines() == list(PARAGRAPHS)


def test_a_block_of_two_lines_after_the_story_that_are_no_credits_gives_no_writer():
    lines = '<div class="note"><p>Bài liên quan</p><p>Xem thêm các tin khác</p></div>'
    article = extract(_page(lines), "https://demo.example/mua-dong-am-post2.html")
    assert article.author is None


def test_a_closing_line_pointing_at_the_newsroom_s_podcast_platforms_is_no_text():
    line = ('<p><em>Nghe Thư Đồng Bằng trên <a href="https://podcasts.apple.com/vn/podcast/id1790452213">Apple '
            'Podcasts</a> và <a href="https://open.spotify.com/show/4bXh2QpRk9mT0aLcWvE7sN">Spotify</a>, hoặc ngay '
            "trong ứng dụng.</em></p>")
    article = extract(_page("", line), "https://demo.example/mua-dong-am-post3.html")
    assert article.text.splitlines() == list(PARAGRAPHS)


def test_a_closing_source_line_linking_two_platforms_stays_the_source():
    line = ('<p>Nguồn: <a href="https://www.facebook.com/ubndxa">Fanpage UBND xã</a>, '
            '<a href="https://www.youtube.com/@ubndxa">kênh YouTube của xã</a></p>')
    article = extract(_page("", line), "https://demo.example/mua-dong-am-post4.html")
    assert "Fanpage UBND xã" in (article.source or "") or "Fanpage UBND xã" in article.text


def test_a_closing_sentence_with_one_platform_link_is_the_story_s():
    line = (f"<p>{PARAGRAPHS[0][:60]} – đoạn clip do người dân đăng trên "
            '<a href="https://www.facebook.com/watch/1">Facebook</a> đã thu hút hàng nghìn lượt xem.</p>')
    article = extract(_page("", line), "https://demo.example/mua-dong-am-post5.html")
    assert "đã thu hút hàng nghìn lượt xem" in article.text


def test_word_s_footnotes_stay_with_their_marks():
    notes = "".join(f'<div id="ftn{n}" style="mso-element:footnote"><p class="MsoFootnoteText"><a href="#_ftnref{n}" '
                    f'name="_ftn{n}"><span class="MsoFootnoteReference">[{n}]</span></a> Khoản {n} Điều 62{n} Bộ luật '
                    "Dân sự năm 2015.</p></div>" for n in (1, 2))
    marked = (f'<p>{PARAGRAPHS[0]}<a href="#_ftn1" name="_ftnref1"><sup>[1]</sup></a></p>'
              f'<p>{PARAGRAPHS[1]}<a href="#_ftn2" name="_ftnref2"><sup>[2]</sup></a></p>')
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE}</title></head><body>
<main><article><h1>{TITLE}</h1><time datetime="2026-11-18T08:30:00+07:00">18/11/2026 08:30</time>
<div class="content">{marked}{"".join(f"<p>{p}</p>" for p in PARAGRAPHS[2:])}
<div style="mso-element:footnote-list"><br clear="all"><hr align="left" size="1" width="33%">{notes}</div></div>
</article></main></body></html>"""
    lines = extract(page, "https://journal.example/hoan-thien-quy-dinh17642.html").text.splitlines()
    assert lines[0] == PARAGRAPHS[0] + "[1]"
    assert lines[-2:] == ["[1] Khoản 1 Điều 621 Bộ luật Dân sự năm 2015.", "[2] Khoản 2 Điều 622 Bộ luật Dân sự năm 2015."]
