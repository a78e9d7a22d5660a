"""The crawl: discover → fetch → extract → archive, for each configured site.

One asyncio loop, ``concurrency`` workers, and a per-host clock so that two
requests to a host start at least ``delay_seconds`` apart (more if robots.txt
asks). The frontier lives in the archive: a run that stops (page budget
reached, or killed) leaves its pending URLs there and the next run starts
from them. Start pages, list pages, feeds and sitemaps are revisited with
conditional GETs to find new articles; stored articles are revisited on a
schedule that decays with their age, to find edits (kept as versions) and
takedowns (see frontier.py and revisits.py).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import signal
import sqlite3
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import partial
from typing import TypeGuard

import httpx
from sqlite_utils import Database

from . import archive, discover, knowledge, memory, neardup, revisits, soft404
from .config import Settings, SiteConfig
from .errors import ArchiveError, ExtractionError, Interrupted
from .extract import extract
from .extract.detect import PageContext
from .fetch import FetchResult, fetch, make_client, retry_after
from .frontier import (
    LIST_SHARE,
    REFRESH_SHARE,
    RETRY_SHARE,
    REVISIT_SHARE,
    TIER_NEW,
    TIER_REFRESH,
    TIER_REVISIT,
    Item,
    Scheduler,
    article_revisits,
    trap_of,
)
from .page import PageAnalysis, WorkerSpawn, analyse_page, canonical_for, start_worker
from .politeness import HostClock, Robots
from .urls import canonicalize, host_of, looks_like_navigation, on_other_hosts, with_www_variants

log = logging.getLogger(__name__)

# A URL that failed this many times (network, 5xx) is not retried by later runs.
MAX_ATTEMPTS = 3
# Within one run: how often a URL is tried again after a 429/503/5xx or a
# dropped connection, the first backoff, and the longest Retry-After honoured
# (a longer one leaves the URL for the next run).
RETRIES_PER_RUN = 2
BACKOFF_SECONDS = 1.0
MAX_RETRY_AFTER = 300.0
_RETRY_STATUSES = {429, 500, 502, 503, 504}
WATCH_INTERVAL = 0.25     # seconds between two progress updates
# A page's writes (article, raw capture, frontier rows, new links) are one
# savepoint; pages are committed together, every WRITE_BATCH pages or
# WRITE_INTERVAL seconds, whichever comes first. One transaction per page
# would flush a new FTS5 segment for every article; the batch writes its
# articles' search-index entries once, in rowid order, just before its commit
# (archive.defer_index, write_index), in the same transaction. A crash or a write error
# loses at most the uncommitted pages, whose frontier rows are then still
# pending: the next run fetches them again, nothing is half-written. An
# article counts as stored (in the summary, ``runs`` and health) only once
# its batch has committed.
WRITE_BATCH = 50
WRITE_INTERVAL = 0.5
POOL_RESTARTS = 3           # extraction pools started again in a run before it stops (workers killed)
TRIM_EVERY = 200            # pages committed between two malloc_trims of the crawling process
# Start pages, feeds and sitemaps are fetched again on every run to find new
# articles; list pages only near the start pages: new articles appear on page 1,
# and revisiting every old pagination page would spend the run's budget on nothing.
REVISIT_MAX_LIST_DEPTH = 1
NOT_FOUND_WORK = "not-found"   # the request for the site's own 404 page (soft404)
REVISIT_WORK = "revisit"       # a stored article fetched again (frontier.article_revisits)
# What revisits found, counted in ``runs.frontier`` (and the summary line) once stored.
REVISIT_EVENTS = ("edits", "takedowns", "template_changes", "restored")
_HTML_TYPES = ("text/html", "application/xhtml+xml", "")


@dataclass
class SiteReport:
    """What one run did for one site."""

    site: str
    pages: int = 0            # page requests (robots.txt not counted)
    requests: int = 0         # all requests, robots.txt included
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    not_modified: int = 0
    non_articles: int = 0
    failures: int = 0
    blocked: int = 0          # refused by robots.txt
    left_pending: int = 0     # still in the frontier when the page budget ran out
    retries: int = 0          # requests that were tried again in this run
    twins: int = 0            # print/AMP/mobile views of an article already stored, not stored again
    errors: Counter = field(default_factory=Counter)
    by_kind: Counter = field(default_factory=Counter)   # page requests by kind of work (frontier.py)
    traps: Counter = field(default_factory=Counter)     # URLs not followed, by kind of trap
    dropped: Counter = field(default_factory=Counter)   # URLs past a per-document or frontier cap
    soft_404: int = 0         # pages that say "not found" (or read as the site's 404 page), served 200
    unreachable: str | None = None   # why the site could not be crawled at all this run
    warnings: list = field(default_factory=list)
    # (has a date, has an author, text length) of each article stored in this run
    stored: list = field(default_factory=list)
    events: Counter = field(default_factory=Counter)    # REVISIT_EVENTS, once committed

    def health(self) -> dict | None:
        """Extraction health of the articles this run stored (None if it stored none)."""
        if not self.stored:
            return None
        n = len(self.stored)
        lengths = sorted(length for _d, _a, length in self.stored)
        dated = sum(d for d, _a, _l in self.stored)
        return {"articles": n, "with_date": round(dated / n, 3), "without_date": n - dated,
                "with_author": round(sum(a for _d, a, _l in self.stored) / n, 3),
                "median_length": lengths[n // 2]}

    def as_counts(self) -> dict:
        return {"pages": self.pages, "requests": self.requests, "new": self.new,
                "updated": self.updated, "unchanged": self.unchanged,
                "not_modified": self.not_modified, "failures": self.failures,
                "errors": dict(self.errors), "health": self.health(), "frontier": self.frontier()}

    def frontier(self) -> dict:
        """What the run's scheduling did, for ``runs.frontier``."""
        found = {"requests": dict(self.by_kind), "traps": dict(self.traps),
                 "dropped": dict(self.dropped), "soft_404": self.soft_404,
                 "left_pending": self.left_pending, "revisits": self.by_kind[REVISIT_WORK],
                 **{event: self.events[event] for event in REVISIT_EVENTS}}
        if self.unreachable:
            found["unreachable"] = self.unreachable
        if self.warnings:
            found["warnings"] = list(self.warnings)
        return found

    def summary(self) -> str:
        if self.unreachable:
            return f"{self.site}: UNREACHABLE, not crawled this run: {self.unreachable}"
        errors = ", ".join(f"{k} {v}" for k, v in self.errors.most_common()) or "none"
        line = (f"{self.site}: {self.pages} pages fetched, {self.new} new and {self.updated} updated "
                f"articles, {self.not_modified} not modified, {self.failures} failed "
                f"(errors: {errors}), {self.retries} retried, {self.blocked} refused by robots.txt, "
                f"{self.left_pending} left for the next run")
        if self.traps:
            line += "; traps not followed: " + ", ".join(f"{k} {v}" for k, v in self.traps.most_common())
        if self.dropped:
            line += "; dropped by caps: " + ", ".join(f"{k} {v}" for k, v in self.dropped.most_common())
        if self.soft_404:
            line += f"; {self.soft_404} soft 404s"
        if self.by_kind[REVISIT_WORK]:
            line += (f"; {self.by_kind[REVISIT_WORK]} articles revisited: {self.events['edits']} edited, "
                     f"{self.events['takedowns']} taken down, {self.events['restored']} back online, "
                     f"{self.events['template_changes']} read worse (template change, kept)")
        return "".join([line, *(f"\n  WARNING: {w}" for w in self.warnings)])


class _SiteState:
    def __init__(self, site: SiteConfig, budget: int) -> None:
        self.config = site
        self.hosts = with_www_variants(site.hosts)
        self.budget = budget
        self.report = SiteReport(site.name)
        self.known: dict[str, int] = {}     # every URL in the frontier, with its link depth
        self.size = 0                       # frontier rows of the site
        self.queued: dict[str, Item] = {}   # URLs queued in this run
        self.visited: set[str] = set()      # URLs handed to a worker in this run
        self.claimed = 0                    # page requests granted out of the budget
        self.reserved = 0                   # queued revisits not yet granted: their share of the budget
        self.trapped: set[str] = set()
        self.not_found: int | None = None   # SimHash of the site's own 404 page, if it serves one
        # What the crawl knows of pages before fetching them (see extract.detect.PageContext):
        # a headline-like anchor text of a link to them, and whether a list, feed or sitemap lists them.
        self.anchors: dict[str, str] = {}
        self.listed: set[str] = set()
        self.fed: set[str] = set()          # of those, the items of a feed or a news sitemap
        self.fed_dates: dict[str, str] = {}  # and the dates these give them
        self.learner: knowledge.SiteLearner | None = None
        # Articles this run stored as new, with their health entry (SiteReport.stored): judged
        # again at the end of the run, when the site's template (its menu links) is known.
        self.stored_new: dict[str, tuple] = {}
        # Of those, the other URLs that led to them (a list's, a feed's or a redirect's
        # spelling, a twin's): what the crawl learned under those counts for them too.
        self.aliases: dict[str, set[str]] = {}
        # The run's start pages, feeds and sitemaps, and how those fetched so far fared: when
        # every one failed, nothing new can be found and the run must not look like a good one.
        self.seeds: set[str] = set()
        self.seed_errors: dict[str, str] = {}
        self.seed_ok = False

    def owns(self, url: str) -> bool:
        return host_of(url) in self.hosts

    def mirrors(self, url: str) -> tuple[str, ...]:
        """The page at ``url`` on the site's other hosts: an m. mirror's desktop page, whose
        menu links name it (``PageContext.mirrors``)."""
        return on_other_hosts(url, self.hosts)


@dataclass
class _Tally:
    """What one page's writes count for in its site's report: added when its batch commits."""

    report: SiteReport
    articles: Counter = field(default_factory=Counter)   # "new", "updated", "unchanged"
    stored: list = field(default_factory=list)           # as SiteReport.stored
    events: Counter = field(default_factory=Counter)     # as SiteReport.events

    def add_to_report(self) -> None:
        self.report.new += self.articles["new"]
        self.report.updated += self.articles["updated"]
        self.report.unchanged += self.articles["unchanged"]
        self.report.stored += self.stored
        self.report.events += self.events


class _Writes:
    """The crawl's archive writes, a savepoint per page, committed in batches.

    A page's ``_Tally`` reaches its report only when the batch commits. A write
    that fails (disk full, I/O error, read-only or damaged file) rolls the whole
    batch back, so its pages stay pending in the frontier, and raises
    ``ArchiveError``, as does every later write: the run stops.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self.conn = db.conn
        self.path = db.execute("PRAGMA database_list").fetchone()[2] or None
        self.open = False
        self.pages = 0
        self.opened_at = 0.0
        self.tallies: list[_Tally] = []          # of the pages in the open batch
        self.failed: ArchiveError | None = None
        self.trimmer = memory.Trimmer(TRIM_EVERY)

    @contextmanager
    def page(self, report: SiteReport | None = None) -> Iterator[_Tally | None]:
        if self.failed:
            raise self.failed
        try:
            if not self.open:
                self.conn.execute("BEGIN IMMEDIATE")
                self.open, self.pages, self.opened_at = True, 0, time.monotonic()
                archive.defer_index(self.db)
            self.conn.execute("SAVEPOINT page")
        except sqlite3.DatabaseError as exc:
            raise self._fail(exc) from None
        tally = _Tally(report) if report is not None else None
        try:
            yield tally
            self.conn.execute("RELEASE page")
        except BaseException as exc:
            if _write_failure(exc):
                raise self._fail(exc) from None
            try:
                self.conn.execute("ROLLBACK TO page")      # this page only; the batch stays
                self.conn.execute("RELEASE page")
            except sqlite3.DatabaseError as again:
                raise self._fail(again) from None
            raise
        if tally is not None:
            self.tallies.append(tally)
        self.pages += 1
        if self.pages >= WRITE_BATCH:
            self.commit()

    def commit_if_due(self) -> None:
        if self.open and time.monotonic() - self.opened_at >= WRITE_INTERVAL:
            self.commit()

    def commit(self) -> None:
        if not self.open:
            return
        try:
            archive.write_index(self.db)
            self.conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            raise self._fail(exc) from None
        self.open = False
        for tally in self.tallies:
            tally.add_to_report()
        self.tallies.clear()
        self.trimmer.tick(self.pages)     # the batch's pages and statements are freed

    def _fail(self, exc: sqlite3.DatabaseError) -> ArchiveError:
        """Roll the open batch back (SQLite may have done so already) and remember why."""
        self.open = False
        self.tallies.clear()
        if self.conn.in_transaction:
            try:
                self.conn.execute("ROLLBACK")
            except sqlite3.DatabaseError:
                pass          # nothing more to undo: the next open finds the file as last committed
        error = archive.database_error(exc, self.path)
        if type(error) is ArchiveError:
            error = ArchiveError(f"cannot write to archive {self.path}: {exc}; the run stopped, and "
                                 "its uncommitted pages stay pending for the next run")
        self.failed = error
        return error


def _write_failure(exc: BaseException) -> TypeGuard[sqlite3.DatabaseError]:
    """A failure of the archive file (full, I/O, read-only, damaged), not a bug of one page."""
    return isinstance(exc, sqlite3.DatabaseError) and not isinstance(
        exc, (sqlite3.IntegrityError, sqlite3.ProgrammingError, sqlite3.InterfaceError))


class Crawler:
    """One run over some sites; ``await crawler.run()``."""

    def __init__(self, settings: Settings, db: Database, client: httpx.AsyncClient,
                 sites: list[SiteConfig], max_pages: int | None = None,
                 watch: Callable[[list[SiteReport]], None] | None = None,
                 executor: Executor | None = None, now: datetime | None = None,
                 new_pool: Callable[[], Executor] | None = None) -> None:
        self.settings = settings
        self.now = now                # what revisits are due at; None: the clock's time
        self.watch = watch
        self.executor = executor      # None: the event loop's default threads
        self.new_pool = new_pool      # starts another executor when a worker died (None: never)
        self.pool_restarts = 0
        self.db = db
        self.writes = _Writes(db)
        self.client = client
        self.clock = HostClock(settings.crawl.delay_seconds)
        self.robots = Robots(client, settings.crawl, self.clock)
        self.scheduler = Scheduler(self.clock, self._admit)
        budget = max_pages if max_pages is not None else settings.crawl.max_pages_per_run
        self.sites = {s.name: _SiteState(s, budget) for s in sites}

    async def run(self) -> list[SiteReport]:
        """Crawl until every queue is empty. However the run ends (done, cancelled
        by Ctrl-C or SIGTERM, stopped by a write error), the pages committed are
        counted and each site gets its ``runs`` row, which says why it stopped."""
        started = archive.now_iso()
        tasks: list[asyncio.Task] = []
        try:
            # Sites are seeded side by side: each waits for its own hosts' robots.txt and delay.
            await asyncio.gather(*(self._seed(state) for state in self.sites.values()))
            workers = [asyncio.create_task(self._worker()) for _ in range(self.settings.crawl.concurrency)]
            tasks += [*workers, asyncio.create_task(self._flush())]
            if self.watch:
                tasks.append(asyncio.create_task(self._watch()))
            for task in tasks:    # the first failure is raised below; the others are expected
                task.add_done_callback(lambda t: t.cancelled() or t.exception())
            # Until every worker is done, or a worker or the flusher fails (a write error).
            waiting = set(tasks[:len(workers) + 1])
            while not all(worker.done() for worker in workers):
                done, waiting = await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
                for task in done:
                    task.result()
            for state in self.sites.values():
                self._recheck_site_pages(state)
        except BaseException as exc:
            for task in tasks:
                task.cancel()
            self._finish(started, "archive-write" if isinstance(exc, ArchiveError) else
                         "interrupted" if isinstance(exc, (asyncio.CancelledError, KeyboardInterrupt))
                         else "internal")
            raise
        for task in tasks:
            task.cancel()
        self._finish(started, None)
        return self.reports()

    def _finish(self, started: str, stopped: str | None) -> None:
        """Commit the pages done (interrupted or not: they are kept), then record each
        site's run; raises ``ArchiveError`` if that fails and nothing else stopped the run."""
        failure = None
        if stopped != "archive-write":
            try:
                self.writes.commit()
            except ArchiveError as exc:
                failure, stopped = (exc if stopped is None else None), "archive-write"
        if self.watch:
            self.watch(self.reports())
        self.scheduler.drain()
        for state in self.sites.values():   # what the budget left is pending in the frontier
            try:
                state.report.left_pending = archive.count_pending(self.db, state.config.name)
            except sqlite3.DatabaseError:
                pass                        # the archive cannot be read: the failure is reported below
            if state.seeds and not state.seed_ok and set(state.seed_errors) == state.seeds \
                    and state.report.unreachable is None:
                url, error = next(iter(state.seed_errors.items()))
                self._unreachable(state, f"every start page, feed and sitemap failed ({url}: {error})",
                                  counted=True)
        for host in self.robots.hosts_read:
            for state in self.sites.values():
                if host in state.hosts:
                    state.report.requests += 1
        for state in self.sites.values():
            state.report.requests += state.report.pages
            if stopped:
                state.report.errors[stopped] += 1
            if state.learner is not None and stopped != "archive-write":
                try:
                    with archive.transaction(self.db):
                        state.learner.save(self.db)
                except sqlite3.DatabaseError as exc:   # what was learned only: the runs row still goes
                    log.error("%s: the site's learned template could not be saved: %s", state.config.name, exc)
            try:
                archive.record_run(self.db, state.config.name, started, state.report.as_counts())
            except sqlite3.DatabaseError as exc:
                # Written if at all possible: a full disk may still take this small row.
                log.error("%s: the run could not be recorded: %s", state.config.name, exc)
                if stopped is None and failure is None:
                    failure = archive.database_error(exc, self.writes.path)
        if failure is not None:
            raise failure

    def reports(self) -> list[SiteReport]:
        return [state.report for state in self.sites.values()]

    async def _flush(self) -> None:
        """Commit the pages written so far at least every WRITE_INTERVAL seconds."""
        while True:
            await asyncio.sleep(WRITE_INTERVAL / 2)
            self.writes.commit_if_due()

    async def _watch(self) -> None:
        """Hand the live reports to ``watch`` (a progress display) a few times a second."""
        watch = self.watch
        assert watch is not None   # started only with a watch
        while True:
            watch(self.reports())
            await asyncio.sleep(WATCH_INTERVAL)

    async def _seed(self, state: _SiteState) -> None:
        """Queue this run's work for one site (see frontier.py for the policy)."""
        site, settings = state.config, self.settings.crawl
        state.learner = knowledge.SiteLearner(self.db, site.name)
        state.known = archive.frontier_depths(self.db, site.name)
        state.size = len(state.known)
        seeds = [(u, "start") for u in site.start_urls] + [(u, "feed") for u in site.feeds] \
            + [(u, "sitemap") for u in site.sitemaps]
        # robots.txt first: its Sitemap lines are seeds too.
        down, hosts = [], {host_of(u): u for u, _kind in seeds}
        for url in hosts.values():
            rules = await self.robots.rules_for(url)
            if not rules.reachable:
                down.append(f"{host_of(url)}: {rules.reason}")
            # A Sitemap: line may name any host; we only read the site's own.
            seeds += [(u, "sitemap") for u in rules.sitemaps
                      if (canonical := canonicalize(u)) and state.owns(canonical)]
        if len(down) == len(hosts):
            self._unreachable(state, "; ".join(down))
            return
        seeds = list({canonicalize(url) or url: kind for url, kind in seeds}.items())
        new = [(url, kind, 0) for url, kind in seeds if url not in state.known]
        with self.writes.page():
            archive.add_to_frontier(self.db, site.name, new)
            archive.lower_depth(self.db, [(url, 0) for url, _kind in seeds])
        self.writes.commit()
        state.known.update((url, 0) for url, _kind in seeds)
        state.size += len(new)
        # The site's own "not found" page, fetched like any request, before the pages it judges.
        self.scheduler.put(Item(soft404.random_url(seeds[0][0]), site.name, "other", 0,
                                work=NOT_FOUND_WORK, tier=TIER_REFRESH), first=True)
        seed_urls = [url for url, _kind in seeds]
        state.seeds = set(seed_urls)
        budget = state.budget
        # Tier 0, every run whatever the backlog: start pages, then the other seeds, then
        # feeds and sitemaps found on the way, least recently fetched first; at most
        # REFRESH_SHARE of the budget, so that a budget smaller than them still finds new
        # articles (they take turns).
        marks = ",".join("?" * len(seed_urls))
        refresh = archive.frontier_select(
            self.db, site.name, f"url IN ({marks}) OR (state = 'done' AND kind IN ('feed', 'sitemap'))",
            seed_urls * 2, budget, order=f"url NOT IN ({marks}), kind != 'start', fetched_at, rowid")
        for row in refresh[:max(1, int(budget * REFRESH_SHARE))]:
            self._enqueue(state, self._item(row, work=row["kind"], tier=TIER_REFRESH,
                                            depth=0 if row["url"] in seed_urls else None))
        # Tier 1: list pages near the start revisited, least recently fetched first, up to
        # LIST_SHARE of the budget...
        for row in archive.frontier_select(
                self.db, site.name,
                f"state = 'done' AND kind IN ('start', 'list') AND depth <= {REVISIT_MAX_LIST_DEPTH}",
                [], int(budget * LIST_SHARE), order="fetched_at, rowid"):
            self._enqueue(state, self._item(row, work="list"))
        # ...pages never fetched (a run cut short resumes here), shallowest and oldest first...
        pending = archive.frontier_select(self.db, site.name, "state = 'pending'", [], budget * 2)
        trapped = []
        for row in pending:
            trap = trap_of(row["url"], settings)
            if trap and row["url"] not in seed_urls:
                state.trapped.add(row["url"])
                state.report.traps[trap] += 1
                trapped.append(row["url"])
            else:
                self._enqueue(state, self._item(row, work="new" if row["kind"] == "page" else row["kind"]))
        with self.writes.page():
            for url in trapped:
                archive.update_frontier(self.db, url, site.name, state="trap", error="crawler trap")
        # ...earlier runs' failures, a share of the budget (robots.txt may allow blocked
        # pages now; checking costs no request)...
        retries = archive.frontier_select(
            self.db, site.name, f"(state = 'failed' AND attempts < {MAX_ATTEMPTS}) OR state = 'blocked'",
            [], max(1, int(budget * RETRY_SHARE)), order="attempts, fetched_at, rowid")
        for row in retries:
            self._enqueue(state, self._item(row, work="retry"))
        # ...and, tier 2, stored articles due for a revisit, most overdue first, up to
        # REVISIT_SHARE of the budget, which is kept for them (``_admit``).
        due = article_revisits(self.db, site.name, int(budget * REVISIT_SHARE),
                               settings.revisit_schedule(site), self.now)
        for row in due:
            if row["url"] not in state.queued:
                state.reserved += 1
                self._enqueue(state, self._item(row, work=REVISIT_WORK, tier=TIER_REVISIT))

    @staticmethod
    def _item(row: dict, *, work: str, tier: int = TIER_NEW, depth: int | None = None) -> Item:
        return Item(row["url"], row["site"], row["kind"], (row["depth"] or 0) if depth is None else depth,
                    row["etag"], row["last_modified"], body_hash=row["content_hash"], work=work, tier=tier)

    def _unreachable(self, state: _SiteState, reason: str, counted: bool = False) -> None:
        """No host of the site answered (robots.txt could not be read), or every page the
        run starts from failed (``counted``: those failures are counted already): the site
        fails this run, alone; its frontier waits for the next run."""
        report = state.report
        report.unreachable = reason
        report.failures += 0 if counted else 1
        report.errors["unreachable"] += 1
        log.warning("%s: site unreachable, not crawled this run: %s", state.config.name, reason)

    async def _learn_not_found(self, state: _SiteState, item: Item) -> None:
        """Fetch a path that cannot exist, once per run: a site that answers it with 200
        shows what its "not found" page reads like (see ``soft404``). A request, not a page
        of the budget; nothing is stored."""
        if not await self.robots.allows(item.url):
            return
        state.report.requests += 1
        result = await fetch(self.client, item.url, self.settings.crawl, check_hop=self._hop_check(state))
        if not result.ok or result.content_type not in _HTML_TYPES:
            return
        analysis = await self._in_pool(partial(analyse_page, result.body, result.headers.get("content-type"),
                                               result.canonical_final_url, state.config.rules, True,
                                               max_links=self.settings.crawl.max_links_per_page))
        article = analysis.article
        if article is not None and article.text:
            state.not_found = neardup.simhash(article.text)

    async def _in_pool(self, call: Callable[[], PageAnalysis]) -> PageAnalysis:
        """``call()`` in the extraction pool. A worker that dies (the kernel's OOM killer, a
        crash in a C library) breaks the whole pool, for every page after it: a new pool is
        started and the page is tried once more in it. ``BrokenProcessPool`` if it breaks
        that one too; ``ExtractionError`` once pools broke more than ``POOL_RESTARTS`` times."""
        loop = asyncio.get_running_loop()
        for attempt in range(2):
            executor = self.executor
            try:
                return await loop.run_in_executor(executor, call)
            except BrokenProcessPool:
                if self.new_pool is None or executor is None:
                    raise
                self._restart_pool(executor)
                if attempt:
                    raise
        raise AssertionError("unreachable")

    def _restart_pool(self, broken: Executor) -> None:
        if self.executor is not broken or self.new_pool is None:
            return                   # another page's failure already started a new pool
        self.pool_restarts += 1
        if self.pool_restarts > POOL_RESTARTS:
            raise ExtractionError(f"the extraction workers died {self.pool_restarts} times in this run (killed by "
                                  "the system, out of memory?); the pages done are stored, the rest are pending")
        log.warning("an extraction worker died (killed by the system, out of memory?): workers started again")
        broken.shutdown(wait=False, cancel_futures=True)
        self.executor = self.new_pool()

    def _admit(self, item: Item, claim: bool) -> bool:
        """May ``item`` be fetched now? No once its site's budget is spent (it stays pending
        for the next run) or when it was already fetched in this run by a shorter path."""
        state = self.sites[item.site]
        if item.work == NOT_FOUND_WORK:
            return True
        # Other work leaves the budget of the revisits still queued to them.
        reserved = 0 if item.work == REVISIT_WORK else state.reserved
        if state.claimed + reserved >= state.budget or (item.tries == 0 and item.url in state.visited):
            return False
        if claim:
            state.claimed += 1
            state.visited.add(item.url)
            if item.work == REVISIT_WORK and item.tries == 0:
                state.reserved -= 1
        return True

    def _enqueue(self, state: _SiteState, item: Item) -> None:
        queued = state.queued.get(item.url)
        if queued is not None and (queued.depth <= item.depth or item.url in state.visited):
            return
        if queued is not None:    # a shorter path to a URL still waiting: it moves up
            item = replace(queued, depth=item.depth)
        state.queued[item.url] = item
        self.scheduler.put(item)

    async def _worker(self) -> None:
        while (item := await self.scheduler.get()) is not None:
            try:
                await self._visit(item)
            except (ArchiveError, ExtractionError):
                raise            # the archive cannot be written, or the workers keep dying: the run stops
            except BrokenProcessPool:  # the page's worker died twice: the page may be what kills it
                log.warning("%s: its extraction worker died twice; left for the next runs' retries", item.url)
                self.sites[item.site].report.failures += 1
                self.sites[item.site].report.errors["worker-died"] += 1
                if item.work != REVISIT_WORK:   # a stored article's row stays as it was (_revisit_failed)
                    with self.writes.page():   # a failed try: retried MAX_ATTEMPTS times, not as new each run
                        archive.mark_failed(self.db, item.url, gone=False, status=None,
                                            error="its extraction worker died (killed by the system, out of memory?)")
            except Exception:  # a bug on one page must not end the run
                log.exception("unexpected error on %s", item.url)
                self.sites[item.site].report.failures += 1
                self.sites[item.site].report.errors["internal"] += 1
            finally:
                self.scheduler.task_done()

    async def _visit(self, item: Item) -> None:
        state = self.sites[item.site]
        report = state.report
        if item.work == NOT_FOUND_WORK:
            await self._learn_not_found(state, item)
            return
        rules_known = self.robots.loaded(item.url)
        if not await self.robots.allows(item.url):
            report.blocked += 1
            state.claimed -= 1        # no request made
            with self.writes.page():
                archive.update_frontier(self.db, item.url, item.site, state="blocked")
            return
        if not rules_known:
            await self.clock.wait(host_of(item.url))  # robots.txt used this host's slot
        report.pages += 1
        report.by_kind[item.work if not item.tries else "retry"] += 1
        result = await fetch(self.client, item.url, self.settings.crawl,
                             check_hop=self._hop_check(state),
                             etag=item.etag, last_modified=item.last_modified)
        if result.error and self._retry(state, item, result):
            return
        if item.url in state.seeds:
            if result.error:
                state.seed_errors[item.url] = result.error
            else:
                state.seed_ok = True
        if result.error and item.work == REVISIT_WORK:
            self._revisit_failed(state, item, result)
        elif result.error:
            self._failed(state, item, result)
        elif result.not_modified:
            report.not_modified += 1
            with self.writes.page(report) as tally:
                assert tally is not None
                archive.update_frontier(self.db, item.url, item.site, state="done", status=304)
                # A removed article answering 304 again (itself, not a page it redirects to) is back.
                if item.work == REVISIT_WORK and not result.redirects and archive.mark_present(self.db, item.url):
                    tally.events["restored"] += 1
        else:
            await self._handle(state, item, result)

    def _hop_check(self, state: _SiteState) -> Callable[[str], Awaitable[str | None]]:
        async def check(url: str) -> str | None:
            if not state.owns(url):
                return "outside the site"
            if not await self.robots.allows(url):
                return "disallowed by robots.txt"
            return None
        return check

    def _retry(self, state: _SiteState, item: Item, result: FetchResult) -> bool:
        """Queue ``item`` again after a 429/503 (its Retry-After), a 5xx or a dropped
        connection (exponential backoff); False when it is not worth another try."""
        transient = result.status in _RETRY_STATUSES or result.error_kind == "network"
        if not transient or item.tries >= RETRIES_PER_RUN:
            return False
        host = host_of(item.url)
        wait = BACKOFF_SECONDS * 2 ** item.tries
        asked = retry_after(result.headers.get("retry-after")) if result.status in (429, 503) else None
        if asked is not None:
            if asked > MAX_RETRY_AFTER:
                return False
            wait = max(wait, asked)
            # The server asked us to slow down: the whole host goes slower for the rest of the run.
            self.clock.set_delay(host, max(self.clock.delay(host) * 2, min(asked, 60.0), BACKOFF_SECONDS))
        self.clock.postpone(host, wait)
        state.report.retries += 1
        log.info("%s: %s on %s; trying again in %.1f s", state.config.name, result.error, item.url, wait)
        self.scheduler.put(replace(item, tries=item.tries + 1), first=True)
        return True

    def _failed(self, state: _SiteState, item: Item, result: FetchResult) -> None:
        report = state.report
        report.failures += 1
        report.errors[result.error_kind or "error"] += 1
        log.info("%s: failed %s: %s", state.config.name, item.url, result.error)
        with self.writes.page():
            archive.mark_failed(self.db, item.url, gone=result.status in (404, 410),
                                status=result.status, error=result.error)

    def _revisit_failed(self, state: _SiteState, item: Item, result: FetchResult) -> None:
        """A revisit failed. 404/410: the article was taken down. Anything else (5xx,
        timeout, connection, a redirect off the site) says nothing about the article:
        its frontier row is left as it was, so it is still due next run."""
        if result.status not in (404, 410):
            state.report.failures += 1
            state.report.errors[result.error_kind or "error"] += 1
            log.info("%s: revisit of %s failed (not a takedown): %s", state.config.name, item.url,
                     result.error)
            return
        self._failed(state, item, result)
        self._taken_down(state, item, f"answers {result.status}")

    def _taken_down(self, state: _SiteState, item: Item, why: str, validators: dict | None = None) -> None:
        """Mark the stored article at ``item.url`` removed (the row and its versions stay)."""
        with self.writes.page(state.report) as tally:
            assert tally is not None
            if validators is not None:
                archive.update_frontier(self.db, item.url, item.site, state="gone", kind="article",
                                        **validators)
            if archive.mark_removed(self.db, item.url, archive.now_iso()):
                tally.events["takedowns"] += 1
                log.info("%s: taken down: %s %s", state.config.name, item.url, why)

    async def _handle(self, state: _SiteState, item: Item, result: FetchResult) -> None:
        body, ctype = result.body, result.content_type
        body_hash = hashlib.sha256(body).hexdigest()[:32]
        validators = {"etag": result.headers.get("etag"),
                      "last_modified": result.headers.get("last-modified"),
                      "content_hash": body_hash, "status": result.status}
        final = result.canonical_final_url
        caps = self.settings.crawl
        if item.kind == "sitemap" or discover.looks_like_sitemap(body):
            found = discover.parse_sitemap(body, final, caps.max_urls_per_document, caps.max_sitemap_children)
            self._discovered(state, item, found, validators, kind="sitemap", final=final)
            return
        if item.kind == "feed" or discover.looks_like_feed(body):
            found = discover.parse_feed(body, final, caps.max_urls_per_document)
            self._discovered(state, item, found, validators, kind="feed", final=final)
            return
        if ctype not in _HTML_TYPES and not ctype.endswith("+xml"):
            state.report.failures += 1
            state.report.errors["not-html"] += 1
            with self.writes.page():
                archive.update_frontier(self.db, item.url, item.site, state="done", kind="other",
                                        error=f"not HTML ({ctype})", **validators)
            return
        # Parsing, links and extraction are CPU work: they run in the process pool.
        unchanged_list = item.kind == "list" and body_hash == item.body_hash
        context = self._context(state, item.url, (final,) if final != item.url else ())   # a redirect's page too
        analysis = await self._in_pool(partial(analyse_page, body, result.headers.get("content-type"), final,
                                               state.config.rules, not unchanged_list, context,
                                               max_links=self.settings.crawl.max_links_per_page))
        found, article = analysis.links, analysis.article
        if unchanged_list:
            # An unchanged list page: its links are known; nothing to extract.
            self._discovered(state, item, found, validators, kind="list", final=final)
            return
        assert article is not None   # extracted unless an unchanged list
        url = canonical_for(final, article, state.hosts)
        soft = (article.is_article or article.reason == soft404.NOT_FOUND_REASON) \
            and soft404.is_soft_404(article, analysis.simhash, state.not_found)
        if soft:
            state.report.soft_404 += 1
            article = replace(article, is_article=False, reason="soft 404")
        if item.work == REVISIT_WORK and not article.is_article:
            if soft:
                self._taken_down(state, item, "now a soft 404", validators)
            elif final != item.url:            # sent to the home page or a section
                # Not that page's validators: they would make the next revisit a 304 of it.
                self._taken_down(state, item, f"now redirects to {final}", {"status": result.status})
            else:
                self._template_change(state, item, found, validators, f"no longer an article ({article.reason})")
            return
        if not article.is_article:
            kind = "start" if item.kind == "start" else ("list" if len(found.pages) >= 10 or
                                                          looks_like_navigation(final) else "other")
            state.report.non_articles += 1
            log.debug("%s: not an article (%s): %s", state.config.name, article.reason, final)
            self._discovered(state, item, found, validators, kind=kind, final=final)
            return
        twin = None
        if not archive.has_article(self.db, url):
            twin = knowledge.find_twin(self.db, state.config.name, url, article, analysis.simhash)
        if twin is not None and knowledge.url_preference(url, article.published) \
                >= knowledge.url_preference(twin[1], article.published):
            # Another view of an article already stored under a URL at least as good.
            state.report.twins += 1
            log.debug("%s: %s is a twin of %s", state.config.name, final, twin[1])
            if twin[1] in state.stored_new:
                state.aliases.setdefault(twin[1], set()).update((item.url, final, url))
            with self.writes.page():
                self._record_links(state, item, found)
                archive.update_frontier(self.db, item.url, item.site, state="done", kind="article",
                                        canonical=twin[1], **validators)
            return
        # A stored article whose fields changed: an edit (the stored version is kept), or a
        # page the site's new template reads worse (the stored version stays; revisits.py).
        stored = archive.stored_article(self.db, url) if twin is None else None
        edited = stored if stored is not None and stored.content_hash != archive.text_hash(article) else None
        if edited is not None:
            learned = state.learner.template if state.learner else ()
            worse = revisits.judge(edited, article, analysis.blocks, learned)
            if worse:
                self._template_change(state, item, found, validators, worse)
                return
        fetched_at = archive.now_iso()
        with self.writes.page(state.report) as tally:
            assert tally is not None   # a report was given
            if twin is not None:       # the stored row was a twin's: it moves to this better URL
                knowledge.move_article(self.db, twin[0], twin[1], url)
            if edited is not None:
                archive.keep_version(self.db, edited.id, fetched_at)
                tally.events["edits"] += 1
            if archive.mark_present(self.db, url):
                tally.events["restored"] += 1
            outcome = archive.save_article(self.db, state.config.name, url, article, fetched_at,
                                           analysis.extras)
            archive.save_raw(self.db, url, result.final_url, result.status or 200,
                             result.headers, body, fetched_at, compressed=analysis.raw_compressed)
            self._record_links(state, item, found)
            archive.update_frontier(self.db, item.url, item.site, state="done", kind="article",
                                    canonical=url if url != item.url else None, **validators)
            if url != item.url:
                archive.update_frontier(self.db, url, item.site, state="done", kind="article",
                                        **validators)
            for other in found.twins:   # the page's declared AMP/mobile views: never fetched
                if other != url and other not in state.known and state.owns(other):
                    archive.update_frontier(self.db, other, item.site, state="done", kind="article",
                                            canonical=url)
                    state.known[other] = item.depth + 1
            tally.articles[outcome] += 1
            if outcome in ("new", "updated"):
                tally.stored.append((bool(article.published), bool(article.author), len(article.text)))
        state.known.setdefault(url, item.depth)
        state.visited.add(url)
        if outcome == "new":
            state.stored_new[url] = tally.stored[-1]
        elif twin is not None and twin[1] in state.stored_new:   # a row of this run, moved here
            state.stored_new[url] = state.stored_new.pop(twin[1])
            state.aliases.setdefault(url, set()).update(state.aliases.pop(twin[1], ()), (twin[1],))
        if url in state.stored_new and (item.url != url or final != url):
            state.aliases.setdefault(url, set()).update((item.url, final))
        if outcome == "new" and state.learner is not None and analysis.blocks and knowledge.teaches(article.text):
            state.learner.learn(analysis.blocks, article.title, [u for u in analysis.menu if state.owns(u)],
                                article.month_first, article.naive_utc)
        log.info("%s: %s article %s", state.config.name, outcome, url)

    @staticmethod
    def _context(state: _SiteState, url: str, aliases: Iterable[str] = ()) -> PageContext:
        """What the crawl knows of the page at ``url``, and at the other URLs that led to it."""
        urls = [url, *aliases]
        return PageContext(anchor=next((state.anchors[u] for u in urls if u in state.anchors), None),
                           listed=any(u in state.listed for u in urls), fed=any(u in state.fed for u in urls),
                           fed_date=next((state.fed_dates[u] for u in urls if u in state.fed_dates), None),
                           knowledge=state.learner.knowledge() if state.learner else None,
                           mirrors=state.mirrors(url))

    def _recheck_site_pages(self, state: _SiteState) -> None:
        """Judge again the articles this run stored that the site's template links to with
        a menu-like name: the template was often learned only after them (the home page
        links to its menu's pages first). One that is now no article (an about, contact or
        advertising page, a topic hub) is forgotten: its row and capture go, the frontier
        keeps it as a page that is not an article."""
        learner = state.learner
        again = [u for u in state.stored_new if learner.in_menu(u, *state.mirrors(u))] if learner is not None else []
        if again:
            assert learner is not None
            learner.knowledge(current=True)   # the pages' context: the menu in_menu found
            self.writes.commit()     # the report has counted what the pages stored
        for url in again:
            raw = archive.load_raw(self.db, url)
            if raw is None:
                continue
            body, headers = raw
            article = extract(body, url, headers.get("content-type"), rules=state.config.rules,
                              context=self._context(state, url, state.aliases.get(url, ())))
            if article.is_article:
                continue
            log.info("%s: not an article after all (%s): %s", state.config.name, article.reason, url)
            with self.writes.page(state.report) as tally:
                assert tally is not None
                archive.forget_article(self.db, url)
                for other in {url, *state.aliases.get(url, ())}:
                    archive.update_frontier(self.db, other, state.config.name, state="done", kind="other",
                                            canonical=None)
                tally.articles["new"] -= 1
            state.report.stored.remove(state.stored_new.pop(url))
            state.aliases.pop(url, None)
            state.report.non_articles += 1

    def _template_change(self, state: _SiteState, item: Item, found: discover.Discovered,
                         validators: dict, why: str) -> None:
        """A stored article now reads worse (``revisits.judge``): not an edit. The stored
        version stays as it is; the check counts as done (the next one is on schedule)."""
        log.warning("%s: %s reads worse than the stored version (%s): kept the stored one",
                    state.config.name, item.url, why)
        self._warn(state, "stored articles read worse on revisit (has the site's template changed?): "
                          "kept their stored versions; check with 'crawler probe'")
        with self.writes.page(state.report) as tally:
            assert tally is not None
            self._record_links(state, item, found)
            archive.update_frontier(self.db, item.url, item.site, state="done", kind="article",
                                    **validators)
            tally.events["template_changes"] += 1

    def _discovered(self, state: _SiteState, item: Item, found: discover.Discovered,
                    validators: dict, kind: str, final: str | None = None) -> None:
        """Record what a page that is not an article links to. ``final``: the URL a redirect
        led it to, read now: it is done too, so that a link to it does not fetch it again."""
        if kind == "feed" or (kind == "sitemap" and found.news):
            state.fed.update(found.pages)
            state.fed_dates.update(found.dates)
        reached = final if final and final != item.url and state.owns(final) else None
        with self.writes.page():
            self._record_links(state, item, found, html=kind not in ("sitemap", "feed"),
                               listed=kind in ("sitemap", "feed", "list", "start"))
            archive.update_frontier(self.db, item.url, item.site, state="done", kind=kind,
                                    **validators)
            if reached:
                archive.update_frontier(self.db, reached, item.site, state="done",
                                        kind="list" if kind == "start" else kind, **validators)
        if reached:
            state.known.setdefault(reached, item.depth)
            state.visited.add(reached)

    def _record_links(self, state: _SiteState, item: Item, found: discover.Discovered,
                      html: bool = True, listed: bool = False) -> None:
        """Queue links of the site that no run has seen yet, and lower the depth of known
        ones reached by a shorter path (inside the caller's transaction). Caps: links per
        page, the frontier's size per site; traps are not followed (frontier.py). Remember
        the links' anchor texts, and that a list page (``listed``) links to them."""
        settings, report = self.settings.crawl, state.report
        for url, text in found.anchors.items():
            if url not in state.anchors and state.owns(url):
                state.anchors[url] = text
        if listed:
            state.listed.update(found.pages)
        pages = found.pages
        if html and len(pages) + found.past_cap > settings.max_links_per_page:
            report.dropped["links-per-page"] += len(pages) + found.past_cap - settings.max_links_per_page
            pages = pages[:settings.max_links_per_page]
        if found.dropped:
            report.dropped["urls-per-document"] += found.dropped
        depth = item.depth + 1
        new, shorter, owned = [], [], 0
        for urls, kind in ((found.sitemaps, "sitemap"), (found.feeds, "feed"), (pages, "page")):
            for url in urls:
                if not state.owns(url):
                    continue
                owned += 1
                known = state.known.get(url)
                if known is not None:
                    if depth < known:
                        state.known[url] = depth
                        shorter.append((url, depth))
                        if url in state.queued:
                            self._enqueue(state, replace(state.queued[url], depth=depth))
                    continue
                trap = trap_of(url, settings)
                if trap:
                    if url not in state.trapped:
                        state.trapped.add(url)
                        report.traps[trap] += 1
                    continue
                if state.size >= settings.max_frontier_per_site:
                    report.dropped["frontier-per-site"] += 1
                    continue
                state.known[url] = depth
                state.size += 1
                new.append((url, kind, depth))
        if item.work == "start" and found.pages and not owned:
            self._warn(state, f"none of the {len(found.pages)} links of start page {item.url} is on the "
                              f"site's hosts ({', '.join(sorted(state.config.hosts))}); check start_urls")
        if shorter:
            archive.lower_depth(self.db, shorter)
        if new:
            archive.add_to_frontier(self.db, state.config.name, new)
            for url, kind, depth in new:
                self._enqueue(state, Item(url, item.site, kind, depth, work="new" if kind == "page" else kind))

    def _warn(self, state: _SiteState, message: str) -> None:
        if message not in state.report.warnings:
            state.report.warnings.append(message)
            log.warning("%s: %s", state.config.name, message)


def extraction_pool(settings: Settings) -> Executor:
    """Processes for parsing and extraction, one per core unless configured.

    Workers are spawned (never forked from a process with threads) as
    children of the crawl, and on Linux they die with it: a crawl killed by
    ``kill -9`` leaves no worker behind holding its output pipes.
    """
    count = settings.crawl.extract_processes or os.cpu_count() or 1
    return ProcessPoolExecutor(max_workers=count, mp_context=WorkerSpawn(), initializer=start_worker)



async def crawl_async(settings: Settings, db: Database, sites: list[SiteConfig],
                      max_pages: int | None = None,
                      client: httpx.AsyncClient | None = None,
                      watch: Callable[[list[SiteReport]], None] | None = None,
                      now: datetime | None = None) -> list[SiteReport]:
    """Crawl ``sites`` into ``db``; pass ``client`` to control transport (tests), ``watch``
    to see the live per-site reports a few times a second (a progress display), ``now``
    to decide which articles are due for a revisit at another time than the clock's."""
    memory.tune()           # for this process; the workers tune their own (page.start_worker)
    own_client = client is None
    hosts = {host for site in sites for host in with_www_variants(site.hosts)}
    client = client or make_client(settings.crawl, hosts)
    executor = extraction_pool(settings)
    crawler = None
    try:
        crawler = Crawler(settings, db, client, sites, max_pages, watch, executor, now,
                          new_pool=partial(extraction_pool, settings))
        with _sigterm_cancels() as received:
            try:
                return await crawler.run()
            except asyncio.CancelledError:
                if received:
                    raise Interrupted(received[0]) from None
                raise
    finally:
        # The pool of the run's end: one a dead worker broke was shut down when it was replaced.
        (crawler.executor if crawler and crawler.executor else executor).shutdown(wait=True, cancel_futures=True)
        if own_client:
            await client.aclose()


@contextmanager
def _sigterm_cancels() -> Iterator[list[int]]:
    """While the crawl runs, SIGTERM cancels it as ``asyncio.run`` makes Ctrl-C do, so it
    ends the same clean way (pages done committed, runs recorded); the list it yields
    holds the signal once received. A no-op off the main thread."""
    received: list[int] = []
    loop, task = asyncio.get_running_loop(), asyncio.current_task()

    def terminate() -> None:
        received.append(signal.SIGTERM)
        if task is not None:
            task.cancel()

    previous = signal.getsignal(signal.SIGTERM)
    try:
        loop.add_signal_handler(signal.SIGTERM, terminate)
    except (ValueError, RuntimeError, NotImplementedError):
        previous = False
    try:
        yield received
    finally:
        if previous is not False:
            loop.remove_signal_handler(signal.SIGTERM)
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)


def crawl(settings: Settings, db: Database, sites: list[SiteConfig] | None = None,
          max_pages: int | None = None,
          watch: Callable[[list[SiteReport]], None] | None = None,
          now: datetime | None = None) -> list[SiteReport]:
    """Synchronous entry point used by the CLI."""
    return asyncio.run(crawl_async(settings, db, list(sites or settings.sites), max_pages, watch=watch,
                                   now=now))
