"""The crawl's scheduling policy: what a run spends its page budget on, in which order,
and which URLs are not worth following at all (traps).

A run's budget goes to kinds of work by tier, then by link depth (shallowest
first), then by age (oldest first):

    tier 0  refresh   the site's start pages, feeds and sitemaps (config and robots.txt),
                      then feeds and sitemaps found on the way: every run whatever the
                      backlog, least recently fetched first, up to REFRESH_SHARE of the
                      budget (so a tiny budget still finds new articles: they take turns)
    tier 1  new       pages not fetched yet (new article candidates, list pages, feeds
                      and sitemaps found on the way), and list pages near the start
                      revisited with conditional GETs (at most LIST_SHARE of the budget,
                      least recently fetched first)
    tier 1  retries   URLs that failed in an earlier run, at most RETRY_SHARE of the
                      budget, competing by depth with new pages
    tier 2  revisits  stored articles fetched again with conditional GETs, to find
                      edits and takedowns: each is due at offsets after it was first
                      seen (``revisit_after``: about 1 hour, 1 day, 7 days, 30 days,
                      then every ``revisit_every`` or never; ``revisit_due``), most
                      overdue first, up to REVISIT_SHARE of the budget. That share is
                      reserved for them (the crawl admits other work only while
                      budget beyond the queued revisits is left), so a backlog of new
                      pages cannot starve them, nor they new articles

Within a tier and a depth, article candidates go before list pages (URL shape,
``urls.looks_like_navigation``). A page found during the run joins the queue at
its own depth, so a new article
linked from the home page (depth 1) goes before an old backlog of deep
pagination. Traps (``trap_of``: pagination past ``max_page_number``, calendar
listings outside ``calendar_days`` of today, session identifiers in the URL) are
never queued; they are counted in the run's report.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from urllib.parse import parse_qsl, urlsplit

from sqlite_utils import Database

from .config import CrawlSettings
from .politeness import HostClock
from .urls import SESSION_PARAMS, SESSION_PATH, host_of, looks_like_navigation

TIER_REFRESH, TIER_NEW, TIER_REVISIT = 0, 1, 2
# Refreshing start pages, feeds and sitemaps takes at most this share of a run's
# budget (at least one page: the first start page), revisits of list pages at
# most LIST_SHARE, retries of earlier runs' failures at most RETRY_SHARE.
REFRESH_SHARE = 0.25
LIST_SHARE = 0.25
RETRY_SHARE = 0.1
# Revisits of stored articles take at most this share of the budget.
REVISIT_SHARE = 0.25


@dataclass(frozen=True)
class Item:
    url: str
    site: str
    kind: str               # start | page | article | list | other | feed | sitemap
    depth: int = 0
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None   # sha256 of the raw body last fetched (column content_hash)
    tries: int = 0          # failed tries of this URL in this run
    work: str = "new"       # what the budget is spent on: start|feed|sitemap|new|list|retry|revisit
    tier: int = TIER_NEW


class Scheduler:
    """Per-host priority queues; hands out the best URL of the host that may be requested
    soonest. ``admit(item)`` is asked before a host's delay slot is booked: an item it
    refuses (its site's budget is spent) is dropped at once and costs no slot, so a run
    ends when its budget is spent, not after one delay per leftover URL."""

    def __init__(self, clock: HostClock, admit: Callable[..., bool] = lambda item, claim: True) -> None:
        self.clock = clock
        self.admit = admit
        self.queues: dict[str, list] = defaultdict(list)
        self.in_flight = 0
        self.changed = asyncio.Event()
        self._order = itertools.count()

    def put(self, item: Item, *, first: bool = False) -> None:
        # Within a tier and a depth, article candidates go before list pages, then oldest first.
        listing = item.work == "list" or looks_like_navigation(item.url)
        key = (-1 if first else item.tier, item.depth, listing, next(self._order))
        heapq.heappush(self.queues[host_of(item.url)], (key, item))
        self.changed.set()

    def _prune(self) -> None:
        for host, queue in list(self.queues.items()):
            while queue and not self.admit(queue[0][1], claim=False):
                heapq.heappop(queue)
            if not queue:
                del self.queues[host]

    async def get(self) -> Item | None:
        while True:
            self._prune()
            if not self.queues:
                if self.in_flight == 0:
                    self.changed.set()  # wake the other workers so they end too
                    return None
                self.changed.clear()
                await self.changed.wait()
                continue
            host = min(self.queues, key=self.clock.ready_in)
            pause = self.clock.ready_in(host)
            if pause > 0:
                self.changed.clear()
                try:
                    await asyncio.wait_for(self.changed.wait(), pause)
                except TimeoutError:
                    pass
                continue
            _key, item = heapq.heappop(self.queues[host])
            if not self.admit(item, claim=True):
                continue
            self.clock.reserve(host)
            self.in_flight += 1
            return item

    def task_done(self) -> None:
        self.in_flight -= 1
        self.changed.set()

    def drain(self) -> list[Item]:
        items = [item for q in self.queues.values() for _key, item in q]
        self.queues.clear()
        return items


# -- traps -------------------------------------------------------------------

# Not ``p``: WordPress numbers its posts with ?p=.
_PAGE_PARAMS = {"page", "trang", "pageindex", "paged", "pagenumber", "pg", "start_page"}
_PAGE_PATH = re.compile(r"/(?:page|trang)[/-](\d+)(?:/|\.html?|$)", re.I)
# A listing by date: the path ends in a date (y/m/d, y/m, y-m-d), nothing after it.
_CALENDAR_PATH = re.compile(r"/((?:19|20)\d\d)(?:[/-](\d{1,2})(?:[/-](\d{1,2}))?)?/?$")
_CALENDAR_PARAMS = {"date", "day", "ngay"}


def _session_param(key: str, value: str) -> bool:
    """A session's parameter; ``sid`` only with a token's value: ``sid=12`` numbers a section
    or a story as often ("ChiTiet.aspx?sid=12&id=3456"), and its pages are news."""
    if key.lower() == "sid":
        return not (value.isdigit() and len(value) <= 10)
    return SESSION_PARAMS.match(key) is not None


def trap_of(url: str, settings: CrawlSettings, today: date | None = None) -> str | None:
    """Why ``url`` is a crawler trap (``pagination``, ``calendar``, ``session``), or None.

    Pagination (``?page=``, ``?trang=``, ``/page/N``, ``/trang-N``, …) past ``max_page_number``,
    a calendar listing dated outside ``calendar_days`` of today (an endless calendar links to the next day, month and
    year for ever), and a session identifier in the URL (every visit a new URL) grow
    the frontier without new articles."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    if SESSION_PATH.search(parts.path) or any(_session_param(k, v) for k, v in query):
        return "session"
    numbers = [v for k, v in query if k.lower() in _PAGE_PARAMS and v.isdigit()]
    numbers += _PAGE_PATH.findall(parts.path)
    if any(int(n) > settings.max_page_number for n in numbers):
        return "pagination"
    when = _calendar_date(parts.path, query)
    if when is not None:
        today = today or date.today()
        window = timedelta(days=settings.calendar_days)
        if not today - window <= when <= today + timedelta(days=1):
            return "calendar"
    return None


def _calendar_date(path: str, query: list[tuple[str, str]]) -> date | None:
    found = _CALENDAR_PATH.search(path)
    if found:
        year, month, day = (int(g) if g else 1 for g in found.groups())
    else:
        value = next((v for k, v in query if k.lower() in _CALENDAR_PARAMS), None)
        parts = re.fullmatch(r"((?:19|20)\d\d)-(\d{1,2})(?:-(\d{1,2}))?", value or "")
        if not parts:
            return None
        year, month, day = (int(g) if g else 1 for g in parts.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return date(year, 1, 1)


def revisit_due(first_seen: datetime, last_fetched: datetime, now: datetime,
                offsets: tuple[int, ...], every: int | None) -> datetime | None:
    """When an article first seen at ``first_seen`` and last fetched at ``last_fetched``
    became due again (the first checkpoint after that fetch), or None if it is not due
    at ``now``. Checkpoints are ``first_seen`` plus each offset (seconds, ascending),
    then plus the last offset and every ``every`` seconds (None: no more)."""
    for offset in offsets:
        checkpoint = first_seen + timedelta(seconds=offset)
        if checkpoint > now:
            return None
        if checkpoint > last_fetched:
            return checkpoint
    if not every:
        return None
    base = first_seen + timedelta(seconds=offsets[-1] if offsets else 0)
    passed = max(0, int((last_fetched - base).total_seconds() // every) + 1)
    checkpoint = base + timedelta(seconds=max(1, passed) * every)
    return checkpoint if checkpoint <= now else None


def _moment(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def article_revisits(db: Database, site: str, limit: int, schedule: tuple[tuple[int, ...], int | None],
                     now: datetime | None = None) -> list[dict]:
    """Frontier rows of the site's stored articles due for a revisit at ``now`` (tier 2),
    most overdue first, at most ``limit``. ``schedule`` is (offsets, every) in seconds
    (``CrawlSettings.revisit_schedule``); an article is first seen at its frontier row's
    ``discovered_at``, last checked at its ``fetched_at`` (a 304 and a 200 move it; a
    5xx or a timeout does not, so the article stays due). Articles marked removed are
    revisited too: one that comes back is restored."""
    offsets, every = schedule
    if limit < 1 or not (offsets or every):
        return []
    now = now or datetime.now(UTC)
    earliest = now - timedelta(seconds=offsets[0] if offsets else every or 0)
    # Not first seen after the first checkpoint and, without ``every``, not checked after
    # the last (most of an old archive); the rest is decided row by row.
    past_last = "" if every else (
        " AND f.fetched_at < strftime('%Y-%m-%dT%H:%M:%S+00:00', coalesce(f.discovered_at, f.fetched_at),"
        f" '+{offsets[-1]} seconds')")
    rows = db.query(
        "SELECT f.* FROM frontier f JOIN articles a ON a.url = f.url WHERE f.site = ?"
        " AND f.kind = 'article' AND f.state IN ('done', 'gone') AND f.fetched_at IS NOT NULL"
        " AND coalesce(f.discovered_at, f.fetched_at) <= ?" + past_last,
        [site, earliest.astimezone(UTC).replace(microsecond=0).isoformat()])
    due = []
    for row in rows:
        last = _moment(row["fetched_at"])
        first = _moment(row["discovered_at"]) or last
        if first is None or last is None:
            continue
        when = revisit_due(first, last, now, offsets, every)
        if when is not None:
            due.append((when, row["url"], row))
    due.sort(key=lambda found: found[:2])
    return [row for _when, _url, row in due[:limit]]
