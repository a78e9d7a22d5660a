"""Versions for tests of the reading side: stored as a revisit that found an edit stores them."""

from __future__ import annotations

from crawler import archive
from crawler.extract import Article


def keep(db, url: str, article: Article, at: str, body: bytes | None = None, site: str = "cu") -> None:
    """Store ``article`` at ``url`` as its newest version, seen ``at`` (the one before is kept
    in ``versions`` with its capture), with ``body`` as its raw capture when given."""
    with archive.transaction(db):
        row = db.execute("SELECT id FROM articles WHERE url = ?", [url]).fetchone()
        if row is not None:
            archive.keep_version(db, row[0], at)
        archive.save_article(db, site, url, article, at)
        if body is not None:
            archive.save_raw(db, url, url, 200, {"content-type": "text/html; charset=utf-8"}, body, at)


def remove(db, url: str, at: str) -> None:
    """Mark the article at ``url`` taken down, first seen gone ``at``."""
    db.execute("UPDATE articles SET removed_at = ? WHERE url = ?", [at, url])
