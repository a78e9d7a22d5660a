"""Re-run extraction over the raw captures kept in the archive.

An improved extractor (or new ``SiteRules`` for a site: ``drop_xpath``, selectors) reaches old
articles without a single request: each stored capture is extracted again
and its row, search index included, is updated when the result differs.
Every capture is read: each article's (``raw_pages``) and each earlier
version's (``versions.raw``); a version's row is updated in place from its
own capture, so reextract never adds a version. Rows are never deleted: a
capture that no longer reads as an article is counted and left as it was.

The extraction runs in the crawl's process pool (``crawl.extraction_pool``),
``CHUNK`` captures per task, and the results are written in id order
(articles first, then versions), one transaction every ``BATCH`` rows or
``crawl.WRITE_INTERVAL`` seconds, as the crawl batches its writes. Each
transaction also records the last ids done (``reextract_progress``), so a run
stopped by Ctrl-C or SIGTERM keeps what it committed and the next run of the
same sites, extractor version and rules continues after it; ``restart``
starts over.
"""

from __future__ import annotations

import hashlib
import json
import logging
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Executor, Future
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

from sqlite_utils import Database

from . import archive, knowledge
from .config import SiteRules
from .crawl import WRITE_INTERVAL
from .errors import ExtractionError, Interrupted
from .extract import Article, extract, parse_html
from .extract.boxes import block_hashes
from .extract.detect import PageContext, menu_link_hash, menu_links
from .page import page_starts
from .urls import host_of, on_other_hosts, with_www_variants

log = logging.getLogger(__name__)

BATCH = 200        # rows per write transaction (or WRITE_INTERVAL seconds, whichever comes first)
CHUNK = 16         # captures per task handed to a worker: few enough to keep every worker busy
IN_FLIGHT = 8      # tasks handed out ahead of the one being written
LEARN_PAGES = 300  # newest captures per site read again to learn its template
KINDS = ("article", "version")   # what is done, in this order (archive.captures)


@dataclass
class ReextractReport:
    """What a run did; the counts are of rows committed."""

    total: int = 0            # rows with a capture this run set out to do
    done: int = 0             # rows done and committed: changed + not_article + unchanged
    changed: int = 0
    not_article: int = 0      # captures that no longer read as articles, kept as they were
    unchanged: int = 0
    versions: int = 0         # of the rows done, earlier versions (``versions`` rows)
    without_capture: int = 0  # articles with no raw capture: nothing to re-extract
    resumed: int = 0          # rows done by the interrupted run this one continued
    seconds: float = 0.0

    def summary(self) -> str:
        rate = self.done / self.seconds if self.seconds > 0 else 0.0
        line = (f"reextracted {self.done} rows: {self.changed} changed, {self.not_article} no longer "
                f"articles, {self.unchanged} unchanged in {self.seconds:.1f} s ({rate:.0f} rows/s)")
        if self.versions:
            line += f"; {self.versions} of the rows are earlier versions"
        if self.resumed:
            line += f"; continued an interrupted run, which had done {self.resumed} rows"
        if self.without_capture:
            line += f"; {self.without_capture} articles have no raw capture"
        return line


class InLine(Executor):
    """Runs each task at once in this process: reextract without a pool (tests, benchmarks)."""

    def submit(self, fn: Callable, /, *args: Any, **kwargs: Any) -> Future:
        future: Future = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except Exception as exc:
            future.set_exception(exc)
        return future


def reextract(db: Database, sites: Sequence[str] = (), rules: Mapping[str, SiteRules] | None = None, *,
              hosts: Mapping[str, Iterable[str]] | None = None,
              restart: bool = False, executor: Executor | None = None,
              watch: Callable[[ReextractReport], None] | None = None,
              report: ReextractReport | None = None) -> ReextractReport:
    """Re-extract the stored captures (of these ``sites``, or all); ``rules`` per site name from config.

    ``hosts``: each configured site's hosts (``SiteConfig.hosts``), whose other ones name a page
    where the site mirrors its paths, as the crawl reads them; a site the config does not name
    (or no config) is known by the hosts its archived URLs are on.

    ``executor``: the process pool that extracts (None: this process). ``watch`` is
    called with the report after each write transaction (a progress display).
    ``report`` is filled as rows are committed, so a caller that passes one still has
    the counts when the run is interrupted (``KeyboardInterrupt``, ``Interrupted``),
    which commits the rows already extracted before the exception goes on.
    """
    started = time.monotonic()
    report = report if report is not None else ReextractReport()
    rules = rules or {}
    pool = executor or InLine()
    progress = _Progress.start(db, sites, rules, restart)
    report.resumed = progress.done
    try:
        learned = learn(db, sites, pool)
    except BrokenProcessPool as exc:
        raise ExtractionError("an extraction worker died (killed by the system, out of memory?)"
                              " while learning the sites' templates; nothing was changed") from exc
    # What the crawl knows of every page of a site: the template, as the archive tells it, and
    # the site's hosts, as its config does (the archive's, else: an old domain is no mirror).
    hosts = hosts or {}
    contexts = {name: (PageContext(knowledge=learner.knowledge()),
                       with_www_variants(hosts[name] if name in hosts else archive.site_hosts(db, name)))
                for name, learner in learned.items()}
    report.total = sum(archive.count_captures(db, kind, sites, progress.after[kind]) for kind in KINDS)
    where, params = archive.sites_where(sites)
    report.without_capture = (db.execute("SELECT count(*) FROM articles" + where, params).fetchone()[0]
                              - archive.count_captures(db, "article", sites))
    writer = _Writer(db, progress, report, watch)
    if watch:
        watch(report)
    window: deque[tuple[str, list, Future]] = deque()
    try:
        with _signals_held() as received:
            for kind, rows in _chunks(db, sites, progress.after):
                setups = {site: (rules.get(site, SiteRules()), *contexts.get(site, (None, frozenset())))
                          for site in {r[1] for r in rows}}
                work = [(raw, _content_type(headers), url, site, (stored or "") if kind == "article" else None)
                        for _id, site, url, raw, headers, stored in rows]
                window.append((kind, rows, pool.submit(_extract_chunk, work, setups)))
                if len(window) >= IN_FLIGHT:
                    writer.add(*_collect(window.popleft()))
                _stop_if(received)
            while window:
                writer.add(*_collect(window.popleft()))
                _stop_if(received)
            writer.flush()
    except (KeyboardInterrupt, Interrupted):
        # Ctrl-C or SIGTERM, acted on between two chunks (or before the loop, with nothing
        # written yet): keep what the workers already returned.
        writer.flush()
        raise
    except BrokenProcessPool as exc:
        writer.flush()
        raise ExtractionError("an extraction worker died (killed by the system, out of memory?); the rows done"
                              " are stored: run reextract again to continue") from exc
    finally:
        for _kind, _rows, future in window:
            future.cancel()
        report.seconds = time.monotonic() - started
    progress.finish(db)
    return report


@contextmanager
def _signals_held() -> Iterator[list[int]]:
    """Ctrl-C and SIGTERM are held while reextract runs, and acted on between two chunks
    (``_stop_if``): one that came between a batch's commit and its count would leave the
    report and the saved progress saying different things. A no-op off the main thread."""
    received: list[int] = []
    if threading.current_thread() is not threading.main_thread():
        yield received
        return
    previous = {number: signal.signal(number, lambda signum, _frame: received.append(signum))
                for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield received
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def _stop_if(received: list[int]) -> None:
    if received:
        if received[0] == signal.SIGINT:
            raise KeyboardInterrupt
        raise Interrupted(received[0])


def learn(db: Database, sites: Sequence[str] = (),
          executor: Executor | None = None) -> dict[str, knowledge.SiteLearner]:
    """Each site's template, as stored and as its newest raw captures show it (saved back);
    the captures are parsed in ``executor`` (None: this process)."""
    pool = executor or InLine()
    names = list(sites) or [n for (n,) in db.execute("SELECT DISTINCT site FROM articles")]
    learners = {}
    for name in names:
        # The newest first, and only their captures read (not every capture of the site).
        rows = [(raw, _content_type(headers), url) for raw, headers, url in db.execute(
            "SELECT r.body, r.headers, n.url FROM (SELECT a.url, a.id FROM articles a JOIN raw_pages r ON r.url = a.url"
            " WHERE a.site = ? ORDER BY a.id DESC LIMIT ?) n JOIN raw_pages r ON r.url = n.url ORDER BY n.id DESC",
            [name, LEARN_PAGES])]
        futures = [pool.submit(_blocks_of, rows[i:i + CHUNK]) for i in range(0, len(rows), CHUNK)]
        pages = [blocks for future in futures for blocks in future.result() if blocks is not None]
        learners[name] = knowledge.learn_from(db, name, pages)
        with archive.transaction(db):
            learners[name].save(db)
    return learners


@dataclass
class _Progress:
    """The run's row in ``reextract_progress``: where it starts, and how far it got."""

    scope: str
    key: str
    after: dict[str, int]     # per kind, the last id done
    done: int = 0

    @classmethod
    def start(cls, db: Database, sites: Sequence[str], rules: Mapping[str, SiteRules],
              restart: bool) -> _Progress:
        """Continue the unfinished run of the same sites, extractor and rules, or start over."""
        scope = ",".join(sorted(set(sites)))
        chosen = sorted((name, repr(r)) for name, r in rules.items() if not sites or name in sites)
        key = hashlib.sha256(json.dumps([archive.EXTRACTOR_VERSION, chosen]).encode()).hexdigest()[:16]
        row = db.execute("SELECT key, article_id, version_id, done FROM reextract_progress WHERE scope = ?",
                         [scope]).fetchone()
        if row is not None and row[0] == key and not restart:
            return cls(scope, key, {"article": row[1], "version": row[2]}, row[3])
        progress = cls(scope, key, dict.fromkeys(KINDS, 0))
        with archive.transaction(db):
            db.execute("INSERT OR REPLACE INTO reextract_progress (scope, key, started_at) VALUES (?, ?, ?)",
                       [scope, key, archive.now_iso()])
        return progress

    def save(self, db: Database, after: Mapping[str, int], done: int) -> None:
        """Record how far the run got, inside the transaction that writes those rows."""
        db.execute("UPDATE reextract_progress SET article_id = ?, version_id = ?, done = ? WHERE scope = ?",
                   [after["article"], after["version"], done, self.scope])

    def finish(self, db: Database) -> None:
        with archive.transaction(db):
            db.execute("DELETE FROM reextract_progress WHERE scope = ?", [self.scope])


class _Writer:
    """The results, written in batches with the progress they make; counted once committed."""

    def __init__(self, db: Database, progress: _Progress, report: ReextractReport,
                 watch: Callable[[ReextractReport], None] | None) -> None:
        self.db, self.progress, self.report, self.watch = db, progress, report, watch
        self.pending: list[tuple[str, int, str, Article, archive.ArticleExtras | None]] = []
        self.flushed_at = time.monotonic()

    def add(self, kind: str, rows: list, results: list) -> None:
        for (row_id, _site, url, *_), (article, extras) in zip(rows, results, strict=True):
            self.pending.append((kind, row_id, url, article, extras))
        if len(self.pending) >= BATCH or time.monotonic() - self.flushed_at >= WRITE_INTERVAL:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        at = archive.now_iso()
        outcomes = []
        with archive.transaction(self.db):
            for kind, row_id, url, article, extras in self.pending:
                if not article.is_article:
                    log.info("%s: no longer read as an article (%s); kept", url, article.reason)
                    outcomes.append("not_article")
                elif kind == "article":
                    changed = archive.replace_extraction(self.db, row_id, article, at, extras)
                    outcomes.append("changed" if changed else "unchanged")
                else:
                    changed = archive.replace_version_extraction(self.db, row_id, article)
                    outcomes.append("changed" if changed else "unchanged")
            after = dict(self.progress.after)
            for kind, row_id, *_ in self.pending:
                after[kind] = row_id
            done = self.progress.done + len(self.pending)
            self.progress.save(self.db, after, done)
        self.progress.after, self.progress.done = after, done
        report = self.report
        for (kind, *_), outcome in zip(self.pending, outcomes, strict=True):
            setattr(report, outcome, getattr(report, outcome) + 1)
            report.versions += kind == "version"
        report.done += len(self.pending)
        self.pending.clear()
        self.flushed_at = time.monotonic()
        if self.watch:
            self.watch(report)


def _chunks(db: Database, sites: Sequence[str], after: Mapping[str, int]) -> Iterator[tuple[str, list]]:
    """(kind, up to CHUNK rows of archive.captures), every row with a capture after ``after``, in order."""
    for kind in KINDS:
        last = after[kind]
        while rows := archive.captures(db, kind, sites, last, CHUNK):
            yield kind, rows
            last = rows[-1][0]


def _collect(task: tuple[str, list, Future]) -> tuple[str, list, list]:
    kind, rows, future = task
    return kind, rows, future.result()


def _content_type(headers: str | None) -> str | None:
    return json.loads(headers or "{}").get("content-type")


def _extract_chunk(work: list[tuple[bytes, str | None, str, str, str | None]],
                   setups: Mapping[str, tuple[SiteRules, PageContext | None, frozenset[str]]]
                   ) -> list[tuple[Article, archive.ArticleExtras | None]]:
    """In a worker: each (raw, content type, URL, site, stored content hash) capture extracted
    as the crawl extracts a fetched page, with its site's rules and context (the page's URL on
    the site's other hosts too), and the article's extras when it has a stored row whose text,
    title, author or date it changes (for a version, or an unchanged article, the stored extras hold)."""
    results = []
    for raw, content_type, url, site, stored in work:
        rules, context, hosts = setups[site]
        mirrors = on_other_hosts(url, hosts)
        if mirrors:
            context = replace(context or PageContext(), mirrors=mirrors)
        page_starts()
        article = extract(archive.decompress_raw(raw), url, content_type, rules=rules, context=context)
        wanted = stored is not None and article.is_article and archive.text_hash(article) != stored
        results.append((article, archive.article_extras(article) if wanted else None))
    return results


def _blocks_of(captures: list[tuple[bytes, str | None, str]]) -> list[frozenset[int] | None]:
    """In a worker: the fingerprints of the blocks and menu links (``detect.menu_links``, on
    the article's site) of each (raw, content type, URL) capture (None: unparsable)."""
    found: list[frozenset[int] | None] = []
    for raw, content_type, url in captures:
        page_starts()
        tree = parse_html(archive.decompress_raw(raw), content_type)
        if tree is None:
            found.append(None)
            continue
        host = host_of(url)
        menu = {menu_link_hash(u) for u in menu_links(tree, url) if host_of(u) == host}
        found.append(block_hashes(tree) | menu)
    return found
