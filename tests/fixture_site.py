"""The loopback fixture site for crawl tests: three hosts, every edge case of issue 2.

Host A (127.0.0.1) "baotest", a provincial daily:
  /                       home: links to stories 0 and 1, a print-view link, a tracking-parameter
                          link, a redirecting link, a 404 link, a robots-disallowed link, an
                          off-site link, the contact page and the Kinh tế category
  /chuyen-muc/kinh-te     category page 1 → ?page=2 (pagination) → story 4 (only reachable there)
  /sitemap_index.xml      announced in robots.txt → /sitemap-news.xml → story 2 (sitemap-only)
  /rss/home.rss           announced by <link rel=alternate> → story 3 (feed-only)
  /old-url.html           301 → story 1
  /print/<slug>.html      print view with rel=canonical to story 0
  /private/...            disallowed by robots.txt
  Article pages carry ETags (the rerun must get 304s or not ask at all).
Host B (127.0.0.2) "congtest", a government portal with chi-tiet.aspx?ItemID= URLs.
Host C (127.0.0.3) is not a configured site; nothing may ever be requested from it.
"""

from __future__ import annotations

from dataclasses import replace

from crawler.sample_site import (
    PORTAL_STORIES,
    STORIES,
    LoopbackSite,
    Response,
    html_page,
    portal_routes,
    render_daily,
    render_list,
    render_rss,
    render_sitemap,
    text_page,
    xml_page,
)

EXTRA = replace(STORIES[0], slug="le-hoi-hoa-dao-xu-lang", title="Lễ hội hoa đào xứ Lạng thu hút du khách",
                category="Kinh tế", published="15/02/2024 08:45", iso="2024-02-15T08:45:00+07:00",
                sapo="Lễ hội hoa đào năm nay thu hút hàng nghìn du khách đến tham quan, chụp ảnh và mua sắm đặc sản địa phương.",
                paragraphs=("Ban tổ chức cho biết lễ hội diễn ra trong ba ngày với nhiều hoạt động văn hóa, thể thao đặc sắc của đồng bào các dân tộc.",
                            "Các nhà vườn trưng bày hàng trăm gốc đào thế, đào cổ thụ có giá trị cao, thu hút sự chú ý của người dân và du khách.",
                            "Dịp này, tỉnh cũng tổ chức hội chợ giới thiệu sản phẩm OCOP và các món ăn truyền thống xứ Lạng."),
                author="MINH TRANG", caption="Du khách chụp ảnh bên vườn đào", subheading="")
DAILY = (*STORIES, EXTRA)           # 0,1 linked; 2 sitemap-only; 3 feed-only; 4 via pagination
SITE_NAME = "Báo Test Lạng Sơn"


def href(story) -> str:
    return f"/{story.slug}.html"


def article(story, related) -> Response:
    page = render_daily(story, SITE_NAME, related, list(DAILY[:2]), href)
    return Response(page.encode("utf-8"), 200, (("Content-Type", "text/html; charset=utf-8"),
                                                 ("ETag", f'"{story.slug}-v1"')))


def daily_routes(base: str, offsite: str) -> dict[str, Response]:
    s = DAILY
    home_extra = (
        f'<div class="more"><a href="{href(s[0])}?print=1">Bản in</a> '
        f'<a href="{href(s[1])}?utm_source=facebook&amp;fbclid=IwAR0xyz">Chia sẻ Facebook</a> '
        f'<a href="/old-url.html">Bài cũ</a> <a href="/missing.html">Bài đã gỡ</a> '
        f'<a href="/private/noi-bo.html">Nội bộ</a> <a href="{offsite}/tin-ngoai.html">Báo bạn</a> '
        f'<a href="/print{href(s[0])}">In</a> <a href="/lien-he.html">Liên hệ</a> '
        f'<a href="/chuyen-muc/kinh-te">Kinh tế</a></div>'
    )
    home = render_list("Trang chủ", SITE_NAME, [s[0], s[1]], href).replace("</body>", home_extra + "</body>")
    home = home.replace("<head>", '<head><link rel="alternate" type="application/rss+xml" href="/rss/home.rss">')
    routes = {
        "/": html_page(home),
        "/chuyen-muc/kinh-te": html_page(render_list("Kinh tế", SITE_NAME, [s[1]], href,
                                                     next_page="/chuyen-muc/kinh-te?page=2")),
        "/chuyen-muc/kinh-te?page=2": html_page(render_list("Kinh tế - Trang 2", SITE_NAME, [s[4]], href)),
        "/chuyen-muc/thoi-su": html_page(render_list("Thời sự", SITE_NAME, [s[0]], href)),
        "/chuyen-muc/xa-hoi": html_page(render_list("Xã hội", SITE_NAME, [], href)),
        "/robots.txt": text_page(f"User-agent: *\nDisallow: /private/\n\nSitemap: {base}/sitemap_index.xml\n"),
        "/sitemap_index.xml": xml_page(
            '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<sitemap><loc>{base}/sitemap-news.xml</loc></sitemap></sitemapindex>"),
        "/sitemap-news.xml": xml_page(render_sitemap(base, [href(s[2])], [s[2].iso], news=True)),
        "/rss/home.rss": xml_page(render_rss(SITE_NAME, base, [(s[3].title, href(s[3]))], [s[3].iso])),
        "/old-url.html": Response(b"", 301, (("Location", f"{base}{href(s[1])}"),)),
        "/lien-he.html": html_page("<html><head><title>Liên hệ - Báo Test</title></head><body><h1>Liên hệ tòa soạn</h1>"
                                   "<p>Địa chỉ: Số 1 đường Hùng Vương. Điện thoại: 0205 3812 345.</p></body></html>"),
        "/private/noi-bo.html": article(s[0], []),
        f"/print{href(s[0])}": html_page(
            render_daily(s[0], SITE_NAME, [], [], href).replace(
                "<head>", f'<head><link rel="canonical" href="{base}{href(s[0])}">')),
    }
    for story in s:
        routes[href(story)] = article(story, [x for x in s if x is not story][:2])
    return routes


def build(a: LoopbackSite, b: LoopbackSite, c: LoopbackSite) -> None:
    """Fill the routes once the servers have their ports."""
    a.routes.update(daily_routes(a.base, c.base))
    b.routes.update(portal_routes(b.base, "Cổng thông tin Test"))
    c.routes.update({"/tin-ngoai.html": html_page("<html><body>off-site</body></html>")})


def config_toml(a: LoopbackSite, b: LoopbackSite, db_path, delay: float = 0.0) -> str:
    return f"""
[archive]
path = "{db_path}"

[crawl]
user_agent = "provincial-news-archive-test/0.1 (+https://example.invalid/contact)"
delay_seconds = {delay}
concurrency = 4
max_pages_per_run = 200
timeout_seconds = 10

[[sites]]
name = "baotest"
start_urls = ["{a.base}/"]

[[sites]]
name = "congtest"
start_urls = ["{b.base}/"]
"""


ARTICLE_URLS = {
    "baotest": {href(s) for s in DAILY},
    "congtest": {f"/chi-tiet.aspx?ItemID={s.slug}" for s in PORTAL_STORIES},
}


def assert_spaced(times: list[float], delay: float, least: int = 4) -> None:
    """Requests that arrived at a server ``times`` were started at least ``delay`` apart.

    Arrival times jitter on a loaded machine (the server's thread runs late for one
    request, on time for the next), so no single gap is compared with ``delay``: the
    span of n requests must be at least (n - 2) delays, which allows one request a
    whole delay of lateness and still fails a crawler that does not wait at all.
    """
    assert len(times) >= least, times
    span = times[-1] - times[0]
    assert span >= (len(times) - 2) * delay, (span, [b - a for a, b in zip(times, times[1:], strict=False)])
