"""A loopback news site with crawler traps, for tests/test_frontier.py and benchmarks/frontier.py.

    /                      home: two articles (plus any in ``fresh``), the feed, and three traps:
    /?page=N               endless pagination: each page links to ?page=N+1 and to nothing new
    /date/2023/01/01       endless calendar: each day links to the next day, month and year
    /?sid=…                a session identifier in the URL
    /rss.xml               the feed: the two articles
    /<slug>.html           articles (sample_site's provincial-daily template)
"""

from __future__ import annotations

from datetime import date, timedelta
from urllib.parse import parse_qsl, urlsplit

from crawler.sample_site import STORIES, Response, html_page, render_daily, render_rss, text_page

ARTICLES = STORIES[:2]


class TrapRoutes(dict):
    """Routes computed on request: the traps have no end."""

    def __init__(self, base: str) -> None:
        super().__init__()
        self.base = base
        self.fresh: list = []           # stories added to the home page later

    def get(self, key, default=None):
        parts = urlsplit(key)
        query = dict(parse_qsl(parts.query))
        if key in self:
            return self[key]
        if parts.path == "/robots.txt":
            return text_page("User-agent: *\nAllow: /\n")
        if parts.path == "/rss.xml":
            body = render_rss("Báo Bẫy", self.base, [(s.title, f"/{s.slug}.html") for s in ARTICLES])
            return Response(body.encode(), 200, (("Content-Type", "application/rss+xml"),))
        if parts.path == "/" and "page" in query:
            n = int(query["page"])
            return html_page(_listing(f"Trang {n}", [f"/?page={n + 1}"]))
        if parts.path == "/" and not query:
            links = ([f"/{s.slug}.html" for s in (*self.fresh, *ARTICLES)]
                     + ["/?page=2", "/date/2023/01/01", "/?sid=8f14e45fceea167a", "/rss.xml"])
            return html_page(_listing("Trang chủ", links))
        if parts.path.startswith("/date/"):
            y, m, d = (int(x) for x in parts.path.split("/")[2:5])
            day = date(y, m, d)
            nxt = [day + timedelta(days=1), day + timedelta(days=31), day + timedelta(days=366)]
            return html_page(_listing(f"Ngày {day}", [f"/date/{x.year}/{x.month:02}/{x.day:02}" for x in nxt]))
        for story in (*self.fresh, *ARTICLES):
            if parts.path == f"/{story.slug}.html":
                return html_page(render_daily(story, "Báo Bẫy", [], []))
        return default


def _listing(title: str, links: list[str]) -> str:
    items = "".join(f'<li><a href="{href}">{href}</a></li>' for href in links)
    return (f"<!DOCTYPE html><html lang=\"vi\"><head><title>{title}</title></head>"
            f"<body><h1>{title}</h1><ul>{items}</ul></body></html>")
