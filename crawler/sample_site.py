"""A small Vietnamese news site for ``crawler demo`` and for tests, served on loopback.

Pages are rendered in two CMS styles seen on provincial sites: a provincial
daily (header "today" date, hotline banner, breadcrumb, sapo, image tables,
upper-case byline, "Cùng chuyên mục" inside the article container, "Tin mới"
sidebar, licence footer) and a government portal (``chi-tiet.aspx?ItemID=``
URLs, "Ngày đăng" line, "Tác giả:" byline, "Các tin đã đưa" list). Each host
has robots.txt, a sitemap and an RSS feed.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import format_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Response:
    body: bytes = b""
    status: int = 200
    headers: tuple[tuple[str, str], ...] = (("Content-Type", "text/html; charset=utf-8"),)


@dataclass(frozen=True)
class Story:
    slug: str
    title: str
    category: str           # as printed; its page is /chuyen-muc/<category_slug>
    published: str          # as printed: "09/10/2018 10:25"
    iso: str                # what extraction must find
    sapo: str
    paragraphs: tuple[str, ...]
    author: str             # as printed (the daily prints it in capitals)
    caption: str = ""
    subheading: str = ""
    unit: bool = False      # the byline names an office: archived as the source, with no author

    @property
    def archived_author(self) -> str | None:
        return None if self.unit else self.author

    @property
    def archived_source(self) -> str | None:
        return self.author if self.unit else None

    @property
    def category_slug(self) -> str:
        return CATEGORY_SLUGS.get(self.category, "tin-tuc")


CATEGORY_SLUGS = {"Thời sự": "thoi-su", "Kinh tế": "kinh-te", "Xã hội": "xa-hoi"}


STORIES = (
    Story(
        "thuong-truc-tinh-uy-lam-viec-voi-thanh-uy", "Thường trực Tỉnh ủy làm việc với Ban Thường vụ Thành ủy Lạng Sơn",
        "Thời sự", "09/10/2018 10:25", "2018-10-09T10:25:00+07:00",
        "Sáng nay, đoàn công tác của Thường trực Tỉnh ủy làm việc với Ban Thường vụ Thành ủy Lạng Sơn và phường Vĩnh Trại về kết quả giữa nhiệm kỳ thực hiện nghị quyết đại hội đảng các cấp.",
        ("Qua nửa nhiệm kỳ thực hiện nghị quyết đại hội, thành phố Lạng Sơn có 14/18 chỉ tiêu đạt và vượt. Tốc độ tăng giá trị sản xuất 13,4%, thu ngân sách tăng 17%; tổng vốn đầu tư toàn xã hội 13,2 nghìn tỷ đồng.",
         "Thành phố hoàn thành xây dựng 3 xã nông thôn mới, xây dựng 43 tuyến phố văn minh đô thị, thành lập mới 480 doanh nghiệp; tỷ lệ hộ nghèo hiện còn 0,36%.",
         "Phát biểu tại buổi làm việc, đồng chí Bí thư Tỉnh ủy ghi nhận nỗ lực của thành phố và đề nghị tập trung nguồn lực có trọng tâm, trọng điểm để đạt hiệu quả cao nhất.",
         "Cùng đó, thành phố cần nâng cao hiệu quả quản lý quy hoạch, đất đai, trật tự đô thị và đẩy mạnh cải cách thủ tục hành chính."),
        "Phùng Khiêm", caption="Đồng chí Bí thư Tỉnh ủy phát biểu tại buổi làm việc",
        subheading="Nhiều chỉ tiêu vượt kế hoạch"),
    Story(
        "khoi-cong-duong-cao-toc-dong-dang-tra-linh", "Khởi công đường cao tốc Đồng Đăng – Trà Lĩnh",
        "Kinh tế", "01/01/2023 09:03", "2023-01-01T09:03:00+07:00",
        "Dự án đường cao tốc Đồng Đăng – Trà Lĩnh dài hơn 93 km được khởi công, mở ra cơ hội phát triển mới cho các tỉnh biên giới phía Bắc.",
        ("Tuyến đường cao tốc đi qua địa bàn hai tỉnh Lạng Sơn và Cao Bằng, tổng mức đầu tư hơn 14.000 tỷ đồng theo hình thức đối tác công tư.",
         "Khi hoàn thành, thời gian di chuyển từ Cao Bằng đến cửa khẩu Hữu Nghị rút ngắn còn khoảng một giờ, giảm chi phí vận tải hàng hóa xuất nhập khẩu.",
         "Người dân các xã có đường đi qua đã đồng thuận bàn giao mặt bằng, nhiều hộ chủ động tháo dỡ công trình trước thời hạn."),
        "Thanh Hà", caption="Lãnh đạo tỉnh thực hiện nghi thức khởi công dự án"),
    Story(
        "mua-vai-thieu-luc-ngan", "Đường về vùng vải thiều vào mùa thu hoạch",
        "Kinh tế", "12/06/2024 07:30", "2024-06-12T07:30:00+07:00",
        "Những ngày này, các vựa vải thiều tấp nập thương lái, nông dân phấn khởi vì được mùa, được giá.",
        ("Năm nay diện tích vải thiều toàn huyện đạt hơn 15.000 ha, sản lượng ước khoảng 90.000 tấn, tăng 10% so với năm trước.",
         "Giá vải đầu vụ dao động từ 25.000 đến 35.000 đồng mỗi ki-lô-gam, cao hơn cùng kỳ năm ngoái.",
         "Huyện đã mở rộng vùng trồng đạt tiêu chuẩn xuất khẩu và hướng dẫn nông dân ghi chép nhật ký sản xuất."),
        "Ngọc Lan", caption="Nông dân thu hoạch vải thiều sớm"),
    Story(
        "ra-mat-mo-hinh-dan-van-kheo", "Ra mắt mô hình dân vận khéo ở xã biên giới",
        "Xã hội", "05/03/2024 15:10", "2024-03-05T15:10:00+07:00",
        "Mô hình dân vận khéo giúp đồng bào các dân tộc ở xã biên giới thay đổi tập quán sản xuất, nâng cao thu nhập.",
        ("Sau hai năm triển khai, xã đã có hơn 200 hộ tham gia trồng cây ăn quả theo hướng hàng hóa, thu nhập bình quân tăng 1,5 lần.",
         "Cán bộ xã thường xuyên xuống thôn, bản để nắm bắt tâm tư, nguyện vọng của nhân dân và hướng dẫn cách làm mới.",
         "Đồn biên phòng phối hợp với chính quyền địa phương tổ chức các lớp tập huấn kỹ thuật cho bà con."),
        "Hoàng Văn Nam"),
)

PORTAL_STORIES = (
    Story(
        "123", "Thông báo lịch tiếp công dân tháng 3 năm 2024", "Thông báo",
        "12/03/2024", "2024-03-12",
        "",
        ("Ủy ban nhân dân tỉnh thông báo lịch tiếp công dân định kỳ tháng 3 năm 2024 của đồng chí Chủ tịch Ủy ban nhân dân tỉnh như sau.",
         "Thời gian tiếp công dân vào ngày 15 tháng 3 năm 2024, tại Trụ sở Tiếp công dân tỉnh, số 2 đường Hùng Vương, thành phố Lạng Sơn.",
         "Công dân đến trình bày khiếu nại, tố cáo, kiến nghị, phản ánh mang theo giấy tờ tùy thân và các tài liệu liên quan đến nội dung trình bày."),
        "Văn phòng UBND tỉnh", unit=True),
    Story(
        "124", "Tăng cường phòng cháy, chữa cháy rừng mùa hanh khô", "Chỉ đạo điều hành",
        "20/01/2024", "2024-01-20",
        "",
        ("Để chủ động phòng ngừa cháy rừng trong mùa hanh khô, Ủy ban nhân dân tỉnh yêu cầu các sở, ngành và địa phương triển khai đồng bộ các biện pháp.",
         "Các huyện tổ chức trực 24/24 giờ trong những ngày nắng nóng kéo dài, chuẩn bị đầy đủ lực lượng và phương tiện chữa cháy tại chỗ.",
         "Người đứng đầu chính quyền địa phương chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh nếu để xảy ra cháy rừng lớn."),
        "Chi cục Kiểm lâm", unit=True),
)

TODAY_IN_HEADER = "Thứ tư, 18/05/2022"
DAILY_NAV = ('<a href="/">Trang chủ</a> <a href="/chuyen-muc/thoi-su">Thời sự</a> '
             '<a href="/chuyen-muc/kinh-te">Kinh tế</a>')
PORTAL_NAV = '<a href="/">Trang chủ</a> <a href="/gioi-thieu.aspx">Giới thiệu</a>'



def render_daily(story: Story, site_name: str, related: list[Story], latest: list[Story],
                 href=lambda s: f"/{s.slug}.html") -> str:
    """A provincial daily's article page, chrome and boxes included."""
    subhead = f"<h3>{escape(story.subheading)}</h3>" if story.subheading else ""
    paras = [f"<p>{escape(p)}</p>" for p in story.paragraphs]
    if story.caption:
        paras.insert(1, f'<table class="image center"><tbody><tr><td><img src="/img/{story.slug}.jpg" alt=""></td></tr>'
                        f'<tr><td class="image_desc">{escape(story.caption)}</td></tr></tbody></table>')
    if subhead:
        paras.insert(2, subhead)
    teasers = "".join(
        f'<li><a href="{href(s)}">{escape(s.title)}</a><span class="time">{s.published}</span>'
        f"<p>{escape(s.sapo)}</p></li>" for s in related)
    newest = "".join(f'<li><a href="{href(s)}">{escape(s.title)}</a></li>' for s in latest)
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>{escape(story.title)} - {escape(site_name)}</title>
<meta property="og:title" content="{escape(story.title)}">
<meta property="og:site_name" content="{escape(site_name)}">
<meta property="og:image" content="/img/{story.slug}.jpg">
<link rel="alternate" type="application/rss+xml" href="/rss/home.rss">
</head><body>
<div class="top-bar"><span class="today">{TODAY_IN_HEADER}</span>
<span class="hotline">Hotline: 0942 368 555</span> <span>Email: toasoan@{escape(site_name.lower().replace(' ', ''))}.vn</span></div>
<header class="header"><a href="/" class="logo">{escape(site_name)}</a>
<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/chuyen-muc/thoi-su">Thời sự</a></li>
<li><a href="/chuyen-muc/kinh-te">Kinh tế</a></li><li><a href="/chuyen-muc/xa-hoi">Xã hội</a></li>
<li><a href="/lien-he.html">Liên hệ</a></li></ul></nav></header>
<div class="container"><div class="main-col">
<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/chuyen-muc/{story.category_slug}">{escape(story.category)}</a></div>
<div class="article-detail">
<h1 class="title">{escape(story.title)}</h1>
<div class="meta"><span class="date">{story.published}</span> <span class="views">Lượt xem: 1.234</span>
<a class="print" href="?print=1">In bài</a> <a class="share" href="#">Chia sẻ</a></div>
<div class="sapo"><strong>{escape(story.sapo)}</strong></div>
<div class="content">
{''.join(paras)}
<p style="text-align: right;"><strong>{escape(story.author.upper())}</strong></p>
</div>
<div class="tags">Từ khóa: <a href="/chuyen-muc/{story.category_slug}">Lạng Sơn</a>, <a href="/chuyen-muc/{story.category_slug}">{escape(story.category)}</a></div>
<div class="related"><h3 class="box-title">Cùng chuyên mục</h3><ul>{teasers}</ul></div>
</div></div>
<aside class="side-col"><div class="box"><h3>Tin mới</h3><ul>{newest}</ul></div>
<div class="box"><h3>Đọc nhiều</h3><ul>{newest}</ul></div></aside></div>
<footer class="footer"><p>© {escape(site_name)}. Giấy phép số 123/GP-BTTTT cấp ngày 01/01/2020.</p>
<p>Địa chỉ: Số 1 đường Hùng Vương, thành phố Lạng Sơn</p></footer>
</body></html>"""


def render_portal(story: Story, site_name: str, others: list[Story]) -> str:
    """A government portal's article page: tables for layout, entities, "Ngày đăng"."""
    paras = "".join(f"<p>{escape(p).replace('à', '&agrave;')}</p>" for p in story.paragraphs)
    listed = "".join(f'<li><a href="/chi-tiet.aspx?ItemID={s.slug}">{escape(s.title)}</a> ({s.published})</li>'
                     for s in others)
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{escape(site_name)} - {escape(story.title)}</title></head><body><form id="aspnetForm">
<table width="100%"><tr><td class="banner">{escape(site_name)}<br>{TODAY_IN_HEADER}</td></tr>
<tr><td class="menu"><a href="/">Trang chủ</a> | <a href="/">Tin tức</a> | <a href="/gioi-thieu.aspx">Giới thiệu</a></td></tr>
<tr><td><table><tr><td class="left" valign="top"><ul><li><a href="/">Tin tức - Sự kiện</a></li>
<li><a href="/gioi-thieu.aspx">Giới thiệu</a></li></ul></td>
<td class="center" valign="top"><div class="news-detail">
<h1 class="news-title">{escape(story.title)}</h1>
<div class="news-content">{paras}
<p class="author">Tác giả: {escape(story.author)}</p></div>
<div class="news-date">Ngày đăng: {story.published}</div>
<div class="other-news"><b>Các tin đã đưa</b><ul>{listed}</ul></div>
</div></td></tr></table></td></tr>
<tr><td class="footer">Cổng thông tin điện tử tỉnh. Giấy phép số 45/GP-STTTT. Lượt truy cập: 99999</td></tr>
</table></form></body></html>"""


def render_list(title: str, site_name: str, stories: list[Story], href, next_page: str | None = None,
                nav: str = DAILY_NAV) -> str:
    items = "".join(
        f'<div class="story"><h2><a href="{href(s)}">{escape(s.title)}</a></h2>'
        f'<span class="time">{s.published}</span><p class="sapo">{escape(s.sapo or s.paragraphs[0])}</p></div>'
        for s in stories)
    pager = f'<div class="pager"><a href="{next_page}">Trang sau</a></div>' if next_page else ""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{escape(title)} - {escape(site_name)}</title></head>
<body><div class="top-bar">{TODAY_IN_HEADER} Hotline: 0942 368 555</div>
<nav>{nav}</nav>
<h1>{escape(title)}</h1><div class="list">{items}</div>{pager}
<footer>Giấy phép số 123/GP-BTTTT</footer></body></html>"""


def render_rss(site_name: str, base: str, links: list[tuple[str, str]], dates: list[str] | None = None) -> str:
    """An RSS 2.0 feed of (title, path) links; ``dates`` (ISO 8601, one per link) become pubDates."""
    items = "".join(
        f"<item><title>{escape(t)}</title><link>{base}{escape(path)}</link>{_pub_date(dates, i)}</item>"
        for i, (t, path) in enumerate(links))
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{escape(site_name)}</title>'
            f"<link>{base}/</link>{items}</channel></rss>")


def render_sitemap(base: str, paths: list[str], dates: list[str] | None = None, news: bool = False) -> str:
    """A sitemap of paths; ``dates`` (ISO 8601, one per path) become lastmods, or with
    ``news`` the publication dates of a Google news sitemap."""
    def when(i: int) -> str:
        if not dates:
            return ""
        if news:
            return f"<news:news><news:publication_date>{dates[i]}</news:publication_date></news:news>"
        return f"<lastmod>{dates[i]}</lastmod>"

    urls = "".join(f"<url><loc>{base}{escape(p)}</loc>{when(i)}</url>" for i, p in enumerate(paths))
    news_ns = ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"' if news else ""
    return (f'<?xml version="1.0" encoding="UTF-8"?>'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"{news_ns}>{urls}</urlset>')


def _pub_date(dates: list[str] | None, index: int) -> str:
    if not dates:
        return ""
    return f"<pubDate>{format_datetime(datetime.fromisoformat(dates[index]))}</pubDate>"


def html_page(text: str, status: int = 200) -> Response:
    return Response(text.encode("utf-8"), status)


def xml_page(text: str) -> Response:
    return Response(text.encode("utf-8"), 200, (("Content-Type", "application/xml; charset=utf-8"),))


def text_page(text: str, status: int = 200) -> Response:
    return Response(text.encode("utf-8"), status, (("Content-Type", "text/plain; charset=utf-8"),))


def daily_routes(base: str, site_name: str = "Báo Lạng Sơn Demo") -> dict[str, Response]:
    """The provincial daily: home, category pages, articles, robots.txt, sitemap, feed."""
    stories = list(STORIES)
    href = lambda s: f"/{s.slug}.html"  # noqa: E731
    routes = {
        "/": html_page(render_list("Trang chủ", site_name, stories[:2], href)),
        **{f"/chuyen-muc/{slug}": html_page(render_list(name, site_name,
                                                        [s for s in stories if s.category == name], href))
           for name, slug in CATEGORY_SLUGS.items()},
        "/robots.txt": text_page(f"User-agent: *\nDisallow: /admin/\nSitemap: {base}/sitemap.xml\n"),
        # The sitemap is the only way to the third story; the feed the only way to the fourth.
        "/sitemap.xml": xml_page(render_sitemap(base, [href(s) for s in stories[:3]], [s.iso for s in stories[:3]])),
        "/rss/home.rss": xml_page(render_rss(site_name, base, [(s.title, href(s)) for s in (stories[0], stories[3])],
                                             [s.iso for s in (stories[0], stories[3])])),
        "/lien-he.html": html_page("<html><head><title>Liên hệ</title></head><body><h1>Liên hệ tòa soạn</h1>"
                                   "<p>Địa chỉ: Số 1 đường Hùng Vương. Điện thoại: 0205 3812 345.</p></body></html>"),
    }
    for story in stories:
        related = [s for s in stories if s is not story][:2]
        routes[href(story)] = html_page(render_daily(story, site_name, related, stories[:3], href))
    return routes


def portal_routes(base: str, site_name: str = "Cổng thông tin điện tử tỉnh Demo") -> dict[str, Response]:
    stories = list(PORTAL_STORIES)
    href = lambda s: f"/chi-tiet.aspx?ItemID={s.slug}"  # noqa: E731
    routes = {
        "/": html_page(render_list("Tin tức - Sự kiện", site_name, stories, href, nav=PORTAL_NAV)),
        "/robots.txt": text_page("User-agent: *\nDisallow: /admin/\n"),
        "/gioi-thieu.aspx": html_page("<html><body><h1>Giới thiệu</h1><p>Cổng thông tin điện tử tỉnh.</p></body></html>"),
    }
    for story in stories:
        others = [s for s in stories if s is not story]
        routes[href(story)] = html_page(render_portal(story, site_name, others))
    return routes


@dataclass(frozen=True)
class Request:
    """One request a loopback site received (for tests and the demo's counts)."""

    path: str
    headers: dict[str, str]
    at: float                  # time.monotonic()


@dataclass
class LoopbackSite:
    """One host: a threaded HTTP server on a loopback address, serving ``routes``."""

    host: str = "127.0.0.1"
    routes: dict[str, Response] = field(default_factory=dict)
    requests: list[Request] = field(default_factory=list)
    port: int = 0

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.port}"


def loopback_host(host: str) -> str:
    """``host`` (127.0.0.2, .3, …) where the machine routes it (Linux does), else 127.0.0.1:
    a second loopback site gets its own address wherever it can."""
    try:
        with socket.socket() as probe:
            probe.bind((host, 0))
        return host
    except OSError:
        return "127.0.0.1"


@contextmanager
def serve(*sites: LoopbackSite) -> Iterator[tuple[LoopbackSite, ...]]:
    """Serve each site on its own loopback address and port until the block ends."""
    with serving([((site.host, site.port), _handler_for(site)) for site in sites]) as ports:
        for site, port in zip(sites, ports, strict=True):
            site.port = port
        yield sites


@contextmanager
def serving(bindings: list[tuple[tuple[str, int], type[BaseHTTPRequestHandler]]]) -> Iterator[list[int]]:
    """Run one threaded HTTP server per (address, handler class); yields the bound ports."""
    servers = []
    try:
        for address, handler in bindings:
            server = _QuietServer(address, handler)
            threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
            servers.append(server)
        yield [server.server_address[1] for server in servers]
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        # A client closing a kept-alive connection (or hanging up on a capped,
        # slow or hostile response on purpose) is normal, not an error to print.
        pass


def _handler_for(site: LoopbackSite):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            parts = urlsplit(self.path)
            key = parts.path + (f"?{parts.query}" if parts.query else "")
            site.requests.append(Request(key, dict(self.headers), time.monotonic()))
            response = site.routes.get(key) or site.routes.get(parts.path)
            if response is None:
                response = Response(b"<html><body><h1>404</h1></body></html>", 404)
            etag = dict(response.headers).get("ETag")
            if etag and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(response.status)
            for name, value in response.headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(response.body)))
            self.end_headers()
            self.wfile.write(response.body)

        def log_message(self, *args) -> None:
            pass

    return Handler
