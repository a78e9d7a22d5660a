"""Being a good guest: robots.txt per host, and a minimum gap between requests.

``Robots`` reads each host's robots.txt once per run with protego (404 means
everything is allowed; a 5xx or a network failure means the host is left alone
for this run, as Google does). ``HostClock`` hands out request start times so
that two requests to one host start at least ``delay`` seconds apart, while
different hosts proceed in parallel.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass, replace

import httpx
from protego import Protego

from .config import CrawlSettings
from .fetch import fetch
from .urls import host_of, origin_of

log = logging.getLogger(__name__)

# Google reads the first 500 KiB of a robots.txt; so do we.
ROBOTS_MAX_BYTES = 500 * 1024


@dataclass(frozen=True)
class RobotsRules:
    host: str
    parser: Protego | None          # None: no usable rules (404 → allow all, or unreachable)
    reachable: bool = True          # False: 5xx or network error → disallow all this run
    reason: str = ""
    status: int | None = None       # of the robots.txt request
    text: str = ""                  # the file as read (for ``crawler probe``'s report)

    def allows(self, url: str, user_agent: str) -> bool:
        if not self.reachable:
            return False
        if self.parser is None:
            return True
        return self.parser.can_fetch(url, user_agent)

    def crawl_delay(self, user_agent: str) -> float:
        if self.parser is None:
            return 0.0
        delay = self.parser.crawl_delay(user_agent)
        return float(delay) if delay else 0.0

    @property
    def sitemaps(self) -> list[str]:
        return list(self.parser.sitemaps) if self.parser is not None else []


class Robots:
    """robots.txt for every host a run touches, fetched once, politely."""

    def __init__(self, client: httpx.AsyncClient, settings: CrawlSettings, clock: HostClock):
        self.client = client
        self.settings = settings
        self.clock = clock
        self._rules: dict[str, RobotsRules] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    async def rules_for(self, url: str) -> RobotsRules:
        host = host_of(url)
        lock = self._locks.setdefault(host, asyncio.Lock())
        async with lock:
            if host not in self._rules:
                self._rules[host] = await self._load(url, host)
                delay = self._rules[host].crawl_delay(self.settings.user_agent)
                if delay > self.settings.delay_seconds:
                    log.info("%s: robots.txt Crawl-delay %.1f s", host, delay)
                    self.clock.set_delay(host, delay)
        return self._rules[host]

    @property
    def hosts_read(self) -> list[str]:
        return list(self._rules)

    def loaded(self, url: str) -> bool:
        """True when the host's robots.txt has been read in this run."""
        return host_of(url) in self._rules

    async def allows(self, url: str) -> bool:
        return (await self.rules_for(url)).allows(url, self.settings.user_agent)

    async def _load(self, url: str, host: str) -> RobotsRules:
        robots_url = origin_of(url) + "/robots.txt"
        limited = replace(self.settings, max_response_bytes=ROBOTS_MAX_BYTES)
        await self.clock.wait(host)
        # An oversized file is cut at ROBOTS_MAX_BYTES and its head used, as Google does.
        result = await fetch(self.client, robots_url, limited, head_only=True)
        # The next request waits a full delay after this one ends: the first request to a
        # host opens its connection, so the server saw it start later than we did.
        self.clock.postpone(host, self.clock.delay(host))
        if result.ok:
            text = result.body.decode("utf-8", errors="replace")
            if len(result.body) >= ROBOTS_MAX_BYTES:
                text = text[:text.rfind("\n") + 1]     # no half line at the cut
                log.warning("%s: robots.txt over %d bytes; using its head", host, ROBOTS_MAX_BYTES)
            try:
                return RobotsRules(host, Protego.parse(text), status=result.status, text=text)
            except Exception as exc:  # protego is lenient; be safe on hostile input
                log.warning("%s: unparseable robots.txt (%s), treating as allow-all", host, exc)
                return RobotsRules(host, None, reason="unparseable", status=result.status)
        if result.status is not None and 400 <= result.status < 500 and result.status != 429:
            return RobotsRules(host, None, reason=f"robots.txt HTTP {result.status}", status=result.status)
        log.warning("%s: robots.txt unavailable (%s); host skipped this run", host, result.error)
        return RobotsRules(host, None, reachable=False, reason=f"robots.txt: {result.error}", status=result.status)


class HostClock:
    """Per-host spacing of request starts."""

    def __init__(self, default_delay: float) -> None:
        self.default_delay = default_delay
        self._delay: dict[str, float] = {}
        self._next: dict[str, float] = {}
        self._last: dict[str, float] = {}

    def set_delay(self, host: str, delay: float) -> None:
        """Change a host's gap; a slot already booked moves back to honour it."""
        self._delay[host] = max(delay, self.default_delay)
        if host in self._last:
            self._next[host] = max(self._next.get(host, 0.0), self._last[host] + self._delay[host])

    def delay(self, host: str) -> float:
        return self._delay.get(host, self.default_delay)

    def postpone(self, host: str, seconds: float) -> None:
        """No request to ``host`` starts in the next ``seconds`` (a Retry-After, a backoff)."""
        self._next[host] = max(self._next.get(host, 0.0), time.monotonic() + seconds)

    def ready_in(self, host: str) -> float:
        """Seconds until a request to ``host`` may start (0 if it may now)."""
        return max(0.0, self._next.get(host, 0.0) - time.monotonic())

    def reserve(self, host: str) -> None:
        """Claim the next start slot of ``host`` (call when ``ready_in`` is 0)."""
        start = max(time.monotonic(), self._next.get(host, 0.0))
        self._last[host] = start
        self._next[host] = start + self.delay(host)

    async def wait(self, host: str) -> None:
        """Wait for, then claim, the next start slot of ``host``."""
        while (pause := self.ready_in(host)) > 0:
            await asyncio.sleep(pause)
        self.reserve(host)


def rules_for_agent(text: str, user_agent: str) -> list[str]:
    """The Allow/Disallow lines of the robots.txt group that applies to ``user_agent``
    (the group naming our product token, else ``*``), as written, for a person to read.
    Deciding what may be fetched stays with protego: this only reports."""
    product = user_agent.split("/")[0].strip().lower()
    groups: dict[str, list[str]] = {}
    agents: list[str] = []
    in_agents = False
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        key, _, value = line.partition(":")
        key, value = key.strip().lower(), value.strip()
        if key == "user-agent":
            agents = agents + [value.lower()] if in_agents else [value.lower()]
            groups.setdefault(value.lower(), [])
            in_agents = True
        elif key in ("allow", "disallow"):
            in_agents = False
            if value:               # an empty Disallow allows everything: nothing to report
                for agent in agents:
                    groups.setdefault(agent, []).append(f"{key.capitalize()}: {value}")
        elif key:
            in_agents = False
    return groups.get(product if product in groups else "*", [])
