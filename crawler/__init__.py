"""Provincial news archive: crawl Vietnamese provincial news into a searchable SQLite archive.

The library comes first; ``crawler.cli`` is a thin command line over it. The
pipeline's functions live in modules of the same name (``crawler.crawl.crawl``,
``crawler.extract.extract``, ``crawler.search.search``, ``crawler.export.export``);
they are not re-exported here so that the names keep meaning the modules.
"""

from .archive import open_archive
from .config import CrawlSettings, Settings, SiteConfig, load_settings
from .errors import ArchiveError, ConfigError, CrawlerError, ExportError, QueryError

__all__ = [
    "ArchiveError", "ConfigError", "CrawlSettings", "CrawlerError", "ExportError",
    "QueryError", "Settings", "SiteConfig", "load_settings", "open_archive",
]
