"""``crawler demo``: the whole pipeline offline, against the bundled sample site."""

from __future__ import annotations

from pathlib import Path

from . import archive, crawl, search
from .config import CrawlSettings, Settings, SiteConfig
from .sample_site import LoopbackSite, daily_routes, loopback_host, portal_routes, serve


def demo_sites() -> tuple[LoopbackSite, LoopbackSite]:
    """The daily on 127.0.0.1 and the portal on 127.0.0.2 (127.0.0.1 where that is not routable)."""
    return LoopbackSite("127.0.0.1"), LoopbackSite(loopback_host("127.0.0.2"))


def run_demo(db_path: Path, query: str = "duong cao toc") -> tuple[list[crawl.SiteReport], list[search.Hit]]:
    daily, portal = demo_sites()
    with serve(daily, portal):
        # Routes need the base URL, known once the servers have their ports.
        daily.routes.update(daily_routes(daily.base))
        portal.routes.update(portal_routes(portal.base))
        settings = Settings(
            archive_path=db_path,
            crawl=CrawlSettings(delay_seconds=0.05, concurrency=4, max_pages_per_run=200),
            sites=(
                SiteConfig("baodemo", start_urls=(daily.base + "/",), feeds=(daily.base + "/rss/home.rss",)),
                SiteConfig("congdemo", start_urls=(portal.base + "/",)),
            ),
        )
        db = archive.open_archive(db_path)
        reports = crawl.crawl(settings, db)
    hits = search.search(db, search.Filters(query=query), limit=5)
    return reports, hits
