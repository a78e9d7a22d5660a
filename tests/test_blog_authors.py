"""Writers a blog platform or an English theme credits where a Vietnamese CMS prints no byline: the
one post a ``Blog`` JSON-LD node holds, "Written by" cards with a bio, "Posted by <name> on <date>",
a post footer's "Published by <owner>" (issue 12)."""

from __future__ import annotations

import json

import pytest

from crawler.extract import extract

BASE = "https://blog.quangtridev.example"
SLUG = "/mo-lop-lap-trinh-mien-phi-cho-hoc-sinh-vung-cao"
TITLE = "Mở lớp lập trình miễn phí cho học sinh vùng cao Hướng Hóa"
STORY = (
    "Từ đầu tháng 10, mười hai thành viên của cộng đồng thay nhau lên thị trấn Khe Sanh mở lớp lập trình "
    "miễn phí vào tối thứ bảy cho học sinh các trường trung học cơ sở ở vùng cao Hướng Hóa.",
    "Lớp học dùng phòng máy của nhà văn hóa thị trấn, mỗi buổi có khoảng ba mươi em theo học; các em được "
    "làm quen với Scratch trước, sau đó tự viết trò chơi nhỏ và trang web giới thiệu về bản làng của mình.",
    "Ban tổ chức cho biết sẽ mở thêm một lớp ở xã Lao Bảo vào đầu năm sau nếu có thêm người tình nguyện "
    "đứng lớp và các doanh nghiệp hỗ trợ máy tính cũ.",
)


def _posting(author: str, url: str = BASE + SLUG) -> dict:
    return {"@type": "BlogPosting", "@id": url, "url": url, "headline": TITLE,
            "datePublished": "2026-10-18T02:14:37.000Z", "author": {"@type": "Person", "name": author}}


def hashnode_post(blog_posts: list[dict], byline: str, cards: str) -> str:
    ld = {"@context": "https://schema.org/", "@type": "Blog", "@id": BASE, "name": "Quảng Trị Dev",
          "publisher": {"@type": "Organization", "name": "Quảng Trị Dev"}, "blogPost": blog_posts}
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE}</title>
<meta property="og:title" content="{TITLE}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head><body>
<div id="__next"><header class="blog-header"><h1 class="blog-main-logo"><a href="/">Quảng Trị Dev</a></h1>
<nav><a href="/">Trang chủ</a><a href="/newsletter">Newsletter</a></nav></header>
<main><article><div class="blog-article-page"><h1 data-query="post-title">{TITLE}</h1>
<div class="post-meta">{byline}<a href="{SLUG}" class="tooltip-handle" data-title="Oct 18, 2026 09:14">
<span>Oct 18, 2026</span></a><span>&middot;</span><p><span>5 min read</span></p></div></div>
<section class="blog-content-main"><div id="post-content-wrapper" class="prose">{body}</div></section>
<div class="mx-auto w-full"><div class="about-author"><h3 class="mb-5">Written by</h3>{cards}</div></div>
</article></main><footer class="blog-footer"><p>&copy; 2026 Quảng Trị Dev</p><p>Powered by Hashnode</p></footer>
</div></body></html>"""


def card(name: str, handle: str, bio: str) -> str:
    return (f'<div class="flex flex-col md:flex-row"><div class="mb-4"><a href="https://hashnode.com/@{handle}">'
            f'<img src="/{handle}.png" alt="{name}"/></a></div><div class="flex-1"><h1 class="font-sans">'
            f'<a href="https://hashnode.com/@{handle}">{name}</a></h1><div class="prose"><p>{bio}</p></div></div></div>')


def chip(name: str, handle: str) -> str:
    return f'<a href="https://hashnode.com/@{handle}"><span>{name}</span></a>'


PHUOC = card("Nguyễn Hữu Phước", "phuocnh", "Lập trình viên backend, điều phối nhóm tình nguyện số của cộng đồng.")
LAN = card("Đặng Mai Lan", "mailan", "Biên tập viên blog Quảng Trị Dev, quan tâm đến công nghệ vì cộng đồng.")


def test_the_one_post_a_blog_node_holds_names_the_writer():
    page = hashnode_post([_posting("Nguyễn Hữu Phước")], chip("Nguyễn Hữu Phước", "phuocnh"), PHUOC)
    article = extract(page, BASE + SLUG)
    assert article.author == "Nguyễn Hữu Phước"
    assert article.published == "2026-10-18T09:14:37+07:00"


def test_the_blogs_own_account_on_its_one_post_is_no_writer():
    page = hashnode_post([_posting("Quảng Trị Dev")], chip("Quảng Trị Dev", "quangtridev"), "")
    assert extract(page, BASE + SLUG).author is None


def test_a_blog_node_listing_several_posts_credits_none_of_them():
    """A blog's home (or a post page carrying the blog's list) holds posts of other writers."""
    posts = [_posting("Nguyễn Hữu Phước", BASE + "/bai-mot"), _posting("Đặng Mai Lan", BASE + "/bai-hai")]
    page = hashnode_post(posts, "", "")
    assert extract(page, BASE + SLUG).author is None


def test_a_blog_nodes_one_post_of_another_address_is_not_this_page():
    page = hashnode_post([_posting("Đặng Mai Lan", BASE + "/bai-khac")], "", "")
    assert extract(page, BASE + SLUG).author is None


def test_written_by_cards_name_both_writers_of_a_co_authored_post():
    byline = f'{chip("Đặng Mai Lan", "mailan")} <span>and</span> {chip("Nguyễn Hữu Phước", "phuocnh")}'
    page = hashnode_post([_posting("Đặng Mai Lan")], byline, LAN + PHUOC)
    article = extract(page, BASE + SLUG)
    assert article.author == "Đặng Mai Lan, Nguyễn Hữu Phước"
    assert "Lập trình viên backend" not in article.text


def test_one_written_by_card_keeps_the_metadatas_writer_without_the_bio():
    page = hashnode_post([_posting("Nguyễn Hữu Phước")], chip("Nguyễn Hữu Phước", "phuocnh"), PHUOC)
    assert extract(page, BASE + SLUG).author == "Nguyễn Hữu Phước"


E107_URL = "https://hoiccb.example/news/43/chu-tich-hoi-ccb-huyen-khong-de-hoi-vien-nao-bi-bo-lai"
E107_TITLE = "Chủ tịch Hội CCB huyện: Không để hội viên nào bị bỏ lại phía sau"


def e107_item(poster: str, user_id: int, signature: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{E107_TITLE} - Hội CCB tỉnh</title>
</head><body><nav class="navbar navbar-inverse"><a class="navbar-brand" href="/">Hội CCB tỉnh</a></nav>
<div class="container"><div class="row"><div class="col-md-8"><div class="view-item">
<h2 class="caption">{E107_TITLE}</h2>
<div class="small"><small>Posted by <a href="/user.php?id.{user_id}">{poster}</a> on <span class="date">Chủ nhật
29 Tháng mười một 2026 - 14:20:07</span> | <a href="/news/category/2/hoat-dong-hoi">Hoạt động Hội</a> | 0 Comments
</small></div><div class="body">{body}{signature}</div></div></div>
<div class="col-md-4" id="sidebar"><h4>Tin mới</h4><ul><li><a href="/news/41/ve-nguon">Cựu chiến binh về nguồn</a>
26 Th11 : 08:15</li></ul></div></div></div></body></html>"""


def test_posted_by_a_persons_name_on_a_date_is_the_writer():
    assert extract(e107_item("Trần Quốc Toản", 5), E107_URL).author == "Trần Quốc Toản"


@pytest.mark.parametrize("account", ["admin", "hoiccb"])
def test_posted_by_an_account_on_a_date_is_no_writer(account):
    assert extract(e107_item(account, 2), E107_URL).author is None


def test_a_signature_still_wins_over_the_posting_account():
    signed = "<p style='text-align:right'><strong>Văn Hùng</strong></p>"
    assert extract(e107_item("hoiccb", 2, signed), E107_URL).author == "Văn Hùng"


ZOLA_URL = "https://haidang.example/posts/ghi-chep-khao-sat-ran-san-ho-hon-mun/"
ZOLA_TITLE = "Ghi chép từ chuyến khảo sát rạn san hô Hòn Mun mùa gió chướng"


def zola_post(meta_line: str = "", comments: str = "", footer_line: str = "Published by Nguyễn Hải Đăng") -> str:
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Sổ tay nghề cá</title></head>
<body class="hack dark main container"><header><nav itemscope><a itemprop="url" href="/">Trang chủ</a>
<a itemprop="url" href="/posts/">Bài viết</a><a itemprop="url" href="/about/">Giới thiệu</a></nav></header><main>
<article itemscope itemtype="http://schema.org/BlogPosting"><header><h1 itemprop="headline">{ZOLA_TITLE}</h1>
<span class="muted"><span>6 minute read</span> Published: 2026-11-20 {meta_line}</span></header>
<div itemprop="articleBody">{body}</div>
<footer><hr><p class="taxonomies">Chuyên mục: <a href="/categories/ghi-chep/">Ghi chép thực địa</a> &middot;
Thẻ: <a href="/tags/san-ho/">#san hô</a></p><p>{footer_line}</p>
<nav class="post-nav"><p><a href="/posts/tom-hum-long-hdpe/">&laquo; Ngư dân Vạn Ninh thả nuôi tôm hùm bông
trong lồng HDPE</a></p></nav></footer></article>{comments}</main></body></html>"""


def test_a_post_footers_published_by_names_the_owner_who_wrote_it():
    assert extract(zola_post(), ZOLA_URL).author == "Nguyễn Hải Đăng"


def test_a_guest_writer_in_the_meta_line_wins_over_the_footers_owner():
    guest = '<span class="author">Tác giả: Trần Thị Thu</span>'
    assert extract(zola_post(meta_line=guest), ZOLA_URL).author == "Trần Thị Thu"


@pytest.mark.parametrize("line", ["Published by admin", "Published by Viện Nghiên cứu Hải sản"])
def test_published_by_an_account_or_a_body_is_no_writer(line):
    assert extract(zola_post(footer_line=line), ZOLA_URL).author is None


def test_posted_by_in_a_readers_comment_is_no_writer():
    comments = ('<section id="comments" class="comments"><div class="comment"><p>Posted by Lê Văn Quý</p>'
                "<p>Bài ghi chép rất hay, mong anh viết thêm về Bãi Nồm.</p></div></section>")
    assert extract(zola_post(comments=comments, footer_line="Chia sẻ bài viết"), ZOLA_URL).author is None


CALL_URL = "https://haidang.example/posts/tuyen-tinh-nguyen-vien-dem-ca-rua-bien-2027/"


def test_the_footers_credit_does_not_sign_a_call_for_helpers():
    """A recruitment in the post template is a record; the theme's "Published by" on every post is
    the template's credit, no signature that makes its terms a story."""
    call = ("<p>Trạm cứu hộ rùa biển cần tuyển 6 tình nguyện viên trực đêm trên bãi Hòn Bà từ tháng 4 "
            "đến tháng 8/2027 để đếm tổ rùa và ghi nhận rùa mẹ lên bãi đẻ.</p>"
            "<h2>Yêu cầu</h2><ul><li>Từ 18 tuổi trở lên, biết bơi.</li><li>Có thể trực ca đêm ít nhất 10 ngày.</li></ul>"
            "<h2>Quyền lợi</h2><ul><li>Hỗ trợ ăn ở tại trạm.</li><li>Được tập huấn đo và gắn thẻ rùa.</li></ul>"
            "<h2>Hồ sơ</h2><p>Gửi thư giới thiệu qua email trước ngày 15/02/2027, tiêu đề: “TNV rùa biển 2027”.</p>")
    page = zola_post().replace("".join(f"<p>{p}</p>" for p in STORY), call).replace(
        ZOLA_TITLE, "Tuyển tình nguyện viên đếm tổ rùa biển mùa sinh sản 2027")
    article = extract(page, CALL_URL)
    assert not article.is_article, article.reason


# --- profile cards in a post's sidebar: an avatar, the name, the writer's unit under it ----------

STATS = "https://thongke.quangtri.example"
STATS_SLUG = "/blog/2026/11/06/chi-so-gia-tieu-dung-thang-10"
STATS_TITLE = "Chỉ số giá tiêu dùng tháng 10 tăng nhẹ so với tháng trước"


def profile_card(name: str, slug: str | None, unit: str) -> str:
    """A static site generator's author card (Docusaurus' avatar, a Hugo theme's, Ghost's): the
    photo with the name as its ``alt``, the name (linked to the writer's page when the site has
    one), a line under it with the writer's unit."""
    shown = f'<a href="/blog/authors/{slug}/">{name}</a>' if slug else name
    return (f'<div class="author-card"><span class="author-card__photo"><img src="/img/{slug or "x"}.jpg" '
            f'alt="{name}"></span><span class="author-card__intro"><strong>{shown}</strong><br>{unit}</span></div>')


def stats_post(cards: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>{STATS_TITLE} - Thống kê tỉnh</title><meta name="author" content="Thống kê tỉnh Quảng Trị"></head>
<body><header class="site-header"><a href="/">Thống kê tỉnh Quảng Trị</a></header>
<main class="container"><aside class="post-sidebar"><a href="/blog/">Quay lại</a>
<div class="post-authors">{cards}</div>
<ul class="post-meta"><li><time datetime="2026-11-06 00:00:00">6 tháng 11, 2026</time></li>
<li>Trong <a href="/blog/category/so-lieu/">Số liệu</a></li><li>3 phút đọc</li></ul></aside>
<article class="post-content"><h1>{STATS_TITLE}</h1>{body}</article></main>
<footer class="site-footer">© 2026 Thống kê tỉnh Quảng Trị</footer></body></html>"""


def test_a_profile_card_in_the_sidebar_names_its_writer_without_the_unit():
    page = stats_post(profile_card("Nguyễn Thu Hà", "nguyenthuha", "Phòng Thống kê Tổng hợp"))
    article = extract(page, STATS + STATS_SLUG)
    assert article.author == "Nguyễn Thu Hà"
    assert "Phòng Thống kê Tổng hợp" not in article.text


def test_two_profile_cards_name_both_writers():
    cards = profile_card("Lê Văn Phúc", "levanphuc", "Phòng Thu thập thông tin") \
        + profile_card("Trần Thị Mai", "tranthimai", "Thống kê khu vực Vĩnh Linh")
    assert extract(stats_post(cards), STATS + STATS_SLUG).author == "Lê Văn Phúc, Trần Thị Mai"


def test_a_profile_card_with_no_writers_page_is_read_by_its_photos_name():
    page = stats_post(profile_card("Hoàng Minh Tuấn", None, "Văn phòng Thống kê tỉnh"))
    assert extract(page, STATS + STATS_SLUG).author == "Hoàng Minh Tuấn"


def test_a_profile_card_of_the_sites_account_names_no_writer():
    # The look-alike: the card of the office's posting account ("admin"), no person's.
    page = stats_post(profile_card("admin", "admin", "Quản trị trang"))
    assert extract(page, STATS + STATS_SLUG).author is None


def test_a_post_with_no_cards_keeps_no_author():
    assert extract(stats_post(""), STATS + STATS_SLUG).author is None
