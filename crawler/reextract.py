"""Re-run extraction over the raw captures kept in the archive.

An improved extractor (or new ``SiteRules`` for a site: ``drop_xpath``, selectors) reaches old
articles without a single request: each stored article's raw HTML is
extracted again and the row, search index included, is updated when the
result differs. Rows are never deleted: a capture that no longer reads as
an article is counted and left as it was.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlite_utils import Database

from . import archive, knowledge
from .config import SiteRules
from .extract import extract, parse_html
from .extract.boxes import block_hashes
from .extract.detect import PageContext

log = logging.getLogger(__name__)

BATCH = 200   # articles per write transaction
LEARN_PAGES = 300   # newest captures per site read again to learn its template


@dataclass
class ReextractReport:
    seen: int = 0
    updated: int = 0
    unchanged: int = 0
    not_article: int = 0
    without_capture: int = 0

    def summary(self) -> str:
        return (f"{self.seen} articles re-extracted: {self.updated} updated, {self.unchanged} unchanged, "
                f"{self.not_article} kept as they were (no longer read as articles), "
                f"{self.without_capture} without a raw capture")


def reextract(db: Database, sites: Sequence[str] = (),
              rules: Mapping[str, SiteRules] | None = None) -> ReextractReport:
    """Re-extract the stored articles (of these ``sites``, or all); ``rules`` per site name from config."""
    report = ReextractReport()
    where, params = archive.sites_where(sites)
    total = db.execute("SELECT count(*) FROM articles" + where, params).fetchone()[0]
    at = archive.now_iso()
    pending: list = []
    contexts = {name: PageContext(knowledge=learner.knowledge()) for name, learner in learn(db, sites).items()}
    for article_id, name, fetched_url, body, headers in archive.iter_captures(db, sites):
        report.seen += 1
        article = extract(body, fetched_url, headers.get("content-type"),
                          rules=(rules or {}).get(name, SiteRules()), context=contexts.get(name))
        if not article.is_article:
            report.not_article += 1
            log.info("%s: no longer read as an article (%s); kept", fetched_url, article.reason)
            continue
        pending.append((article_id, article))
        if len(pending) >= BATCH:
            _flush(db, pending, at, report)
    _flush(db, pending, at, report)
    report.without_capture = total - report.seen
    return report


def learn(db: Database, sites: Sequence[str] = ()) -> dict[str, knowledge.SiteLearner]:
    """Each site's template, as stored and as its newest raw captures show it (saved back)."""
    names = list(sites) or [n for (n,) in db.execute("SELECT DISTINCT site FROM articles")]
    learners = {}
    for name in names:
        urls = [u for (u,) in db.execute(
            "SELECT a.url FROM articles a JOIN raw_pages r ON r.url = a.url WHERE a.site = ?"
            " ORDER BY a.id DESC LIMIT ?", [name, LEARN_PAGES])]
        pages = []
        for url in urls:
            raw = archive.load_raw(db, url)
            tree = parse_html(raw[0], raw[1].get("content-type")) if raw else None
            if tree is not None:
                pages.append(block_hashes(tree))
        learners[name] = knowledge.learn_from(db, name, pages)
        with archive.transaction(db):
            learners[name].save(db)
    return learners


def _flush(db: Database, pending: list, at: str, report: ReextractReport) -> None:
    with archive.transaction(db):
        for article_id, article in pending:
            if archive.replace_extraction(db, article_id, article, at, archive.article_extras(article)):
                report.updated += 1
            else:
                report.unchanged += 1
    pending.clear()
