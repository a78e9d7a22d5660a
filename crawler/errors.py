"""Every failure the library raises on purpose.

    CrawlerError                 base class; the CLI turns it into ``Error: <message>``
    ├── ConfigError              config.toml unreadable, malformed, unknown key, wrong type   (exit 2)
    ├── QueryError               a search query or filter that cannot be understood           (exit 2)
    ├── ArchiveError             archive.db cannot be opened, created or written               (exit 1)
    │   ├── NotAnArchiveError    a read command's file is no archive, or of another version    (exit 1)
    │   └── DamagedArchiveError  archive.db is corrupt (garbage in the file, not a database)   (exit 6)
    │                            (a write failing mid-crawl, disk full, I/O error, read-only: exit 1)
    ├── ExportError              the export destination cannot be written                      (exit 1)
    ├── ExtractionError          the extraction workers were killed (crawl: again and again)  (exit 1)
    ├── LockedError              another crawl or reextract is writing to the same archive     (exit 3)
    ├── UncrawlableError         probe: the site cannot be crawled at all                      (exit 4)
    ├── SiteUnreachableError     a crawl ended, but some site could not be reached at all      (exit 5)
    │                            (host does not resolve, refuses connections, robots.txt
    │                            unavailable); the other sites were crawled and stored
    └── Interrupted              Ctrl-C (SIGINT, exit 130) or SIGTERM (exit 143): 128 + the signal;
                                 the pages done are committed and the run is recorded

Per-page failures during a crawl (timeouts, HTTP errors, oversized bodies) are
not exceptions: they are recorded on the page's ``FetchResult`` and counted,
and the run goes on.
"""

from __future__ import annotations

import signal


class CrawlerError(Exception):
    """Base class of every error this package raises on purpose."""

    exit_code = 1


class ConfigError(CrawlerError):
    """The configuration cannot be used; raised before any request is made."""

    exit_code = 2


class QueryError(CrawlerError):
    """A search query, date or filter that cannot be understood."""

    exit_code = 2


class ArchiveError(CrawlerError):
    """The archive database cannot be opened, created or written."""

    exit_code = 1


class NotAnArchiveError(ArchiveError):
    """A read command was pointed at a file that is not an archive this program can read
    (another SQLite database, or an archive of an older or newer schema); it is left untouched."""

    exit_code = 1


class DamagedArchiveError(ArchiveError):
    """The archive file is corrupt: found before a crawl writes to it (``PRAGMA quick_check``),
    or by any command that reads a damaged page. Restore a backup, or salvage the rows
    with ``sqlite3 archive.db .recover``."""

    exit_code = 6


class ExportError(CrawlerError):
    """The export destination cannot be written."""

    exit_code = 1


class ExtractionError(CrawlerError):
    """Extraction workers were killed (the kernel's OOM killer, a crash in a C library):
    a crawl's more often than a run starts them again, or one of ``reextract``'s. The
    pages or rows done are committed (a crawl's run is recorded); the next run continues."""

    exit_code = 1


class LockedError(CrawlerError):
    """Another run holds the archive's writer lock (cron fired before the last run ended)."""

    exit_code = 3


class UncrawlableError(CrawlerError):
    """``crawler probe``: robots.txt forbids the site, or no article could be found on it."""

    exit_code = 4


class SiteUnreachableError(CrawlerError):
    """A crawl finished, but one or more sites could not be crawled at all (their hosts do
    not resolve, refuse connections, or their robots.txt cannot be read, or every start
    page, feed and sitemap of theirs failed). The other sites
    were crawled and stored; raised after the run so cron never sees 0 when a site was lost."""

    exit_code = 5


class Interrupted(CrawlerError):
    """A signal asked the program to stop (Ctrl-C or ``kill``); the exit code is 128 + its number."""

    def __init__(self, signum: int) -> None:
        self.signum = signum
        self.exit_code = 128 + signum
        super().__init__("Interrupted." if signum == signal.SIGINT else "Terminated.")
