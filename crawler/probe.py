"""Trying a site before it goes into config.toml: ``crawler probe URL``.

A probe does what a first crawl would, on a small scale: the same robots.txt
rules, per-host clock, fetch and extraction as ``crawl``, one request at a
time. It reads robots.txt, finds the site's feeds (``<link rel="alternate">``,
else the usual ``/rss`` and ``/feed`` paths, including an HTML ``/rss`` page
that lists a site's feeds) and sitemaps (named in robots.txt, else
``/sitemap.xml``; indexes are followed, newest child first), extracts a few
article pages and flags what looks wrong. It writes nothing: no archive, no
frontier. ``ProbeReport.site_block()`` is the ``[[sites]]`` table to paste.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from urllib.parse import urlsplit

import httpx

from . import discover
from .config import CrawlSettings, SiteRules
from .extract import Article
from .extract.clean import is_box_heading
from .extract.dates import VIETNAM
from .extract.detect import article_url_score
from .fetch import FetchResult, fetch, make_client
from .neardup import SAME_TEXT_BITS, near
from .page import PageAnalysis, analyse_page, canonical_for
from .politeness import HostClock, Robots, rules_for_agent
from .urls import canonicalize, host_of, origin_of, with_www_variants

# Tried in order when the pages announce no feed; the first that answers wins.
FEED_GUESSES = ("/rss", "/feed", "/rss.xml", "/feed.xml", "/atom.xml")
# Tried when robots.txt names no sitemap.
SITEMAP_GUESSES = ("/sitemap.xml", "/sitemap_index.xml")
MAX_LISTED_FEEDS = 5      # feeds read from an HTML page that lists the site's feeds
MAX_SITEMAP_DOCS = 6      # sitemap documents read in all, indexes included
TRIES_PER_SAMPLE = 3      # pages fetched per wanted sample at most (some are not articles)
SHORT_TEXT = 300          # characters; shorter "article" text is usually a teaser or a caption
STALE_DAYS = 30           # a feed whose newest item is older than this may be abandoned
LINE_PREVIEW = 160        # characters of the first and last lines shown

_FEEDISH = re.compile(r"(\.rss|\.atom|/feed|/rss|rss\.xml|\.xml)($|[/?])", re.I)
# Second-level and country labels dropped when a site name is made from its host.
_HOST_SUFFIXES = {"vn", "com", "net", "org", "gov", "edu", "info", "int", "ac", "health", "biz", "name", "pro"}


@dataclass
class Source:
    """A feed or sitemap the probe read."""

    url: str
    kind: str                  # feed | sitemap | news sitemap | sitemap index
    found_by: str              # robots.txt | <link rel="alternate"> | guessed | listed on … | in …
    entries: int = 0           # items, URLs, or (for an index) child sitemaps
    newest: str | None = None  # the newest entry date the document gives
    error: str | None = None

    @property
    def usable(self) -> bool:
        return self.error is None and self.entries > 0


@dataclass
class Sample:
    """One article page the probe extracted, and what looks wrong with it."""

    url: str
    title: str | None
    published: str | None
    author: str | None
    length: int
    first_line: str
    last_line: str
    flags: list[str] = field(default_factory=list)
    # How each field was found (see extract.FoundBy): json-ld, meta, time, printed, url, byline, selector…
    found_by: dict[str, str] = field(default_factory=dict)


@dataclass
class ProbeReport:
    url: str                                   # the start page (after redirects)
    robots_status: int | None = None           # None: robots.txt could not be had
    robots_rules: list[str] = field(default_factory=list)   # Allow/Disallow lines that apply to us
    crawl_delay: float = 0.0                   # robots.txt's Crawl-delay for us (0: none)
    sources: list[Source] = field(default_factory=list)
    start_links: int = 0                       # links on the start page
    article_links: int = 0                     # of them, the ones that look like articles
    start_error: str | None = None
    candidates: int = 0                        # article candidates from feeds, sitemaps, start page
    disallowed: int = 0                        # candidates robots.txt refuses (never requested)
    samples: list[Sample] = field(default_factory=list)
    not_articles: list[dict] = field(default_factory=list)   # {"url", "reason"}
    failed: list[dict] = field(default_factory=list)         # {"url", "error"}
    requests: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)        # why the site cannot be crawled
    notes: list[str] = field(default_factory=list)           # worth knowing, not fatal
    # Settings worth adding to the [[sites]] block: key → why (a field missing on most samples).
    suggestions: dict[str, str] = field(default_factory=dict)

    @property
    def crawlable(self) -> bool:
        return not self.problems

    def site_block(self) -> str:
        """A ``[[sites]]`` table for config.toml with what the probe found."""
        top = [s for s in self.sources if s.usable and not s.found_by.startswith("in ")]
        lines = ["[[sites]]", f"name = {_toml(site_name_for(self.url))}",
                 f"start_urls = [{_toml(self.url)}]"]
        feeds = [s.url for s in top if s.kind == "feed"]
        sitemaps = [s.url for s in top if s.kind != "feed"]
        if feeds:
            lines.append(f"feeds = [{', '.join(map(_toml, feeds))}]")
        if sitemaps:
            lines.append(f"sitemaps = [{', '.join(map(_toml, sitemaps))}]")
        for key, why in self.suggestions.items():
            lines.append(f'# {key} = "//…"   # {why}')
        return "\n".join(lines) + "\n"

    def to_dict(self) -> dict:
        data = asdict(self)
        data.update(crawlable=self.crawlable, config=self.site_block())
        return data


def site_name_for(url: str) -> str:
    """A short name for config.toml from a URL's host: baolangson.vn → baolangson."""
    parts = urlsplit(url)
    host = (parts.hostname or "site").removeprefix("www.")
    labels = host.split(".")
    if host.replace(".", "").isdigit() or ":" in host:
        name = "-".join(host.replace(":", ".").split("."))
    else:
        while len(labels) > 1 and labels[-1] in _HOST_SUFFIXES:
            labels.pop()
        name = "-".join(labels)
    return f"{name}-{parts.port}" if parts.port else name


async def probe(client: httpx.AsyncClient, url: str, settings: CrawlSettings, pages: int = 5,
                rules: SiteRules = SiteRules()) -> ProbeReport:
    """Probe the site at ``url`` with ``client``; ``pages`` sample articles at most, extracted
    with the site's ``rules`` when it is configured already."""
    return await _Prober(client, url, settings, rules).run(pages)


def probe_site(url: str, settings: CrawlSettings, pages: int = 5,
               rules: SiteRules = SiteRules()) -> ProbeReport:
    """Synchronous entry point used by the CLI (its own client, guarded to the site's hosts)."""
    async def go() -> ProbeReport:
        async with make_client(settings, with_www_variants({host_of(url)})) as client:
            return await probe(client, url, settings, pages, rules)

    return asyncio.run(go())


class _Prober:
    def __init__(self, client: httpx.AsyncClient, url: str, settings: CrawlSettings,
                 rules: SiteRules = SiteRules()) -> None:
        self.client = client
        self.settings = settings
        self.rules = rules
        self.url = canonicalize(url) or url
        self.hosts = with_www_variants({host_of(self.url)})
        self.clock = HostClock(settings.delay_seconds)
        self.robots = Robots(client, settings, self.clock)
        self.report = ProbeReport(self.url)
        self.listings: list[tuple[str, discover.Discovered]] = []   # (url, what it listed) per feed/sitemap
        self.seen_sources: set[str] = set()

    async def run(self, pages: int) -> ProbeReport:
        started = time.monotonic()
        try:
            if await self._read_robots():
                start = await self._read_start_page()
                await self._find_feeds(start)
                await self._find_sitemaps()
                await self._sample(start, pages)
                self._judge()
        finally:
            self.report.requests += len(self.robots.hosts_read)
            self.report.seconds = round(time.monotonic() - started, 2)
        return self.report

    # robots.txt

    async def _read_robots(self) -> bool:
        """Read robots.txt; False when nothing more may be asked of the site."""
        report = self.report
        rules = await self.robots.rules_for(self.url)
        report.robots_status = rules.status
        report.robots_rules = rules_for_agent(rules.text, self.settings.user_agent)
        report.crawl_delay = rules.crawl_delay(self.settings.user_agent)
        if not rules.reachable:
            report.problems.append(f"{rules.reason}: a crawl leaves the site alone while robots.txt "
                                   "cannot be read")
            return False
        if not rules.allows(origin_of(self.url) + "/", self.settings.user_agent) \
                and not rules.allows(self.url, self.settings.user_agent):
            report.problems.append("robots.txt forbids the whole site to our user agent")
            return False
        if report.crawl_delay >= 10:
            report.notes.append(f"robots.txt asks for {report.crawl_delay:g} s between requests: "
                                f"at most {3600 / report.crawl_delay:.0f} pages an hour")
        return True

    # the start page, feeds and sitemaps

    async def _read_start_page(self) -> discover.Discovered:
        if not await self.robots.allows(self.url):
            self.report.start_error = "disallowed by robots.txt"
            return discover.Discovered()
        result = await self._get(self.url)
        if result.error:
            self.report.start_error = result.error
            return discover.Discovered()
        final = result.canonical_final_url
        self.report.url = final
        found = _analyse(result, final, self.rules, want_article=False).links
        own = [u for u in found.pages if host_of(u) in self.hosts]
        self.report.start_links = len(own)
        self.report.article_links = sum(1 for u in own if article_url_score(u) >= 3)
        return found

    async def _find_feeds(self, start: discover.Discovered) -> None:
        for url in start.feeds:
            if host_of(url) in self.hosts:
                await self._read_source(url, '<link rel="alternate">', "feed")
        if any(s.usable and s.kind == "feed" for s in self.report.sources):
            return
        origin = origin_of(self.report.url)
        for path in FEED_GUESSES:
            url = origin + path
            if url in self.seen_sources or not await self.robots.allows(url):
                continue
            result = await self._get(url)
            if result.error:
                continue
            if discover.looks_like_feed(result.body):
                self._add_source(url, f"guessed {path}", "feed", result)
                return
            if "html" in result.content_type:
                # Vietnamese sites often answer /rss with a page listing one feed per section.
                found = _analyse(result, url, self.rules, want_article=False).links
                listed = [u for u in dict.fromkeys((*found.feeds, *found.pages))
                          if host_of(u) in self.hosts and _FEEDISH.search(urlsplit(u).path)]
                for feed in listed[:MAX_LISTED_FEEDS]:
                    await self._read_source(feed, f"listed on {path}", "feed")
                if len(listed) > MAX_LISTED_FEEDS:
                    self.report.notes.append(f"{path} lists {len(listed)} feeds; "
                                             f"the first {MAX_LISTED_FEEDS} were read")
                if any(s.usable and s.kind == "feed" for s in self.report.sources):
                    return

    async def _find_sitemaps(self) -> None:
        rules = await self.robots.rules_for(self.url)
        named = [u for u in (canonicalize(x) for x in rules.sitemaps) if u and host_of(u) in self.hosts]
        for url in named[:MAX_SITEMAP_DOCS]:
            await self._read_source(url, "robots.txt", "sitemap")
        if not named:
            origin = origin_of(self.report.url)
            for path in SITEMAP_GUESSES:
                found = await self._read_source(origin + path, f"guessed {path}", "sitemap", quiet=True)
                if found is not None:
                    break
        read = sum(1 for s in self.report.sources if s.kind != "feed")
        # Indexes are followed breadth-first, newest child first, within the budget.
        queue = [(url, found) for url, found in self.listings if found.sitemaps]
        while queue and read < MAX_SITEMAP_DOCS:
            index_url, index = queue.pop(0)
            for child in sorted(index.sitemaps, key=lambda u: index.dates.get(u, ""), reverse=True):
                if read >= MAX_SITEMAP_DOCS:
                    break
                if child in self.seen_sources or host_of(child) not in self.hosts:
                    continue
                found = await self._read_source(child, f"in {index_url}", "sitemap")
                read += 1
                if found is not None and found.sitemaps:
                    queue.append((child, found))

    async def _read_source(self, url: str, found_by: str, expected: str, *,
                           quiet: bool = False) -> discover.Discovered | None:
        """Fetch and read a feed or sitemap (``expected`` names which, for the report of a
        failure); None, and with ``quiet`` no report line, when it is neither."""
        if url in self.seen_sources:
            return None
        self.seen_sources.add(url)
        if not await self.robots.allows(url):
            if not quiet:
                self.report.sources.append(Source(url, expected, found_by, error="disallowed by robots.txt"))
            return None
        result = await self._get(url)
        if result.error and quiet:
            return None
        if result.error:
            self.report.sources.append(Source(url, expected, found_by, error=result.error))
            return None
        return self._add_source(url, found_by, expected, result, quiet)

    def _add_source(self, url: str, found_by: str, expected: str, result: FetchResult,
                    quiet: bool = False) -> discover.Discovered | None:
        final = result.canonical_final_url
        if discover.looks_like_sitemap(result.body):
            found = discover.parse_sitemap(result.body, final)
            kind = "sitemap index" if found.sitemaps else ("news sitemap" if found.news else "sitemap")
        elif discover.looks_like_feed(result.body):
            found = discover.parse_feed(result.body, final)
            kind = "feed"
        else:
            if not quiet:
                error = f"neither a feed nor a sitemap ({result.content_type or 'no type'})"
                self.report.sources.append(Source(url, expected, found_by, error=error))
            return None
        entries = len(found.sitemaps) if kind == "sitemap index" else len(found.pages)
        self.report.sources.append(Source(url, kind, found_by, entries, found.newest,
                                          None if entries else "lists nothing"))
        self.listings.append((url, found))
        return found

    # sample articles

    async def _sample(self, start: discover.Discovered, pages: int) -> None:
        report = self.report
        candidates = self._candidates(start)
        report.candidates = len(candidates)
        allowed = [url for url in candidates if await self.robots.allows(url)]
        report.disallowed = len(candidates) - len(allowed)
        texts: dict[str, tuple[str, int | None]] = {}     # sampled URL → (text, SimHash)
        for tried, url in enumerate(allowed):
            if len(report.samples) >= pages or tried >= pages * TRIES_PER_SAMPLE:
                break
            result = await self._get(url)
            if result.error:
                report.failed.append({"url": url, "error": result.error})
                continue
            final = result.canonical_final_url
            analysis = _analyse(result, final, self.rules, want_article=True)
            article = analysis.article
            assert article is not None   # asked for
            if not article.is_article:
                report.not_articles.append({"url": final, "reason": article.reason})
                continue
            final = canonical_for(final, article, self.hosts)
            if final in texts:
                continue    # another view (print, AMP, tracking link) of an article already sampled
            sample = _sample_of(final, article)
            for other, (text, simhash) in texts.items():
                if text == article.text:
                    sample.flags.append(f"same text as {other}")
                elif near(simhash, analysis.simhash, SAME_TEXT_BITS):
                    sample.flags.append(f"nearly the same text as {other}")
            texts[final] = (article.text, analysis.simhash)
            report.samples.append(sample)

    def _candidates(self, start: discover.Discovered) -> list[str]:
        """Article URLs to sample: newest first from each feed and sitemap, then the
        start page's article-looking links, taken in turn so every source gets a say."""
        lists = []
        for _url, found in self.listings:
            if found.pages:
                lists.append(sorted(found.pages, key=lambda u: found.dates.get(u, ""), reverse=True))
        links = [u for u in start.pages if article_url_score(u) >= 3 or
                 (self.rules.article_url_pattern and self.rules.is_article_url(u))]
        lists.append(sorted(links, key=article_url_score, reverse=True))
        ordered: list[str] = []
        for row in range(max((len(x) for x in lists), default=0)):
            ordered += [x[row] for x in lists if row < len(x)]
        return [u for u in dict.fromkeys(ordered) if host_of(u) in self.hosts]

    def _judge(self) -> None:
        report = self.report
        usable = [s for s in report.sources if s.usable]
        if report.start_error and not usable:
            report.problems.append(f"the start page failed ({report.start_error}) and no feed or "
                                   "sitemap was found")
        elif not report.samples:
            tried = len(report.not_articles) + len(report.failed)
            if not report.candidates:
                report.problems.append("no article found: no feed, sitemap or start-page link "
                                       "looks like an article")
            elif tried == 0:
                report.problems.append(f"no article found: robots.txt refuses all {report.disallowed} "
                                       "article candidates")
            else:
                reasons = Counter(page["reason"] for page in report.not_articles)
                why = ", ".join(f"{reason} {count}" for reason, count in reasons.most_common())
                report.problems.append(f"no article found: {_n(tried, 'page')} tried; not articles: "
                                       f"{len(report.not_articles)}" + (f" ({why})" if why else "")
                                       + f"; failed: {len(report.failed)}")
        undated = sum(1 for sample in report.samples if not sample.published)
        if undated:
            report.notes.append(f"{undated} of {_n(len(report.samples), 'sample article')} show no readable "
                                "date: they are archived all the same, with no date, and counted in "
                                "'crawler stats'")
        if not any(s.kind == "feed" for s in usable):
            report.notes.append("no feed found: new articles are found through the start page and sitemaps")
        if not any(s.kind != "feed" for s in usable):
            report.notes.append("no sitemap found")
        today = datetime.now(VIETNAM).date()
        for source in usable:
            if source.kind == "feed" and source.newest and \
                    (today - date.fromisoformat(source.newest[:10])).days > STALE_DAYS:
                report.notes.append(f"{source.url}: its newest item is from {source.newest[:10]}: "
                                    "is the feed still updated?")
        if report.disallowed:
            report.notes.append(f"robots.txt refuses {report.disallowed} of the article candidates")
        self._suggest()

    def _suggest(self) -> None:
        """A selector to add when the generic rules miss a field on most samples."""
        report, samples = self.report, self.report.samples
        if len(samples) < 2:
            return
        for field_name, key, what in (("title", "title_xpath", "title"), ("published", "date_xpath", "date"),
                                      ("author", "author_xpath", "author")):
            if getattr(self.rules, key):
                continue
            missing = sum(1 for s in samples if not getattr(s, field_name))
            if missing * 2 > len(samples):
                why = f"no {what} found on {missing} of {len(samples)} samples"
                report.suggestions[key] = why
                report.notes.append(f"{why}: if the pages show one, add {key} (an XPath to it) "
                                    "to the site's [[sites]] block")

    async def _get(self, url: str) -> FetchResult:
        await self.clock.wait(host_of(url))
        self.report.requests += 1
        return await fetch(self.client, url, self.settings, check_hop=self._hop_check)

    async def _hop_check(self, url: str) -> str | None:
        if host_of(url) not in self.hosts:
            return "outside the site"
        if not await self.robots.allows(url):
            return "disallowed by robots.txt"
        return None


def _analyse(result: FetchResult, url: str, rules: SiteRules, *, want_article: bool) -> PageAnalysis:
    """A fetched page, read as the crawl's workers read it."""
    return analyse_page(result.body, result.headers.get("content-type"), url, rules, want_article)


def _sample_of(url: str, article: Article) -> Sample:
    lines = [line for line in article.text.splitlines() if line.strip()]
    sample = Sample(url, article.title, article.published, article.author, len(article.text),
                    _preview(lines[0]) if lines else "", _preview(lines[-1]) if lines else "",
                    found_by={k: v for k, v in asdict(article.found_by).items() if v})
    if not article.title:
        sample.flags.append("no title")
    if not article.published:
        sample.flags.append("no date")
    if not article.author:
        sample.flags.append("no author")
    if len(article.text) < SHORT_TEXT:
        sample.flags.append(f"short text ({len(article.text)} characters)")
    for line in lines:
        if is_box_heading(line):
            sample.flags.append(f"a related-box heading in the text: {line.strip()!r}")
    return sample


def _preview(line: str) -> str:
    line = " ".join(line.split())
    return line if len(line) <= LINE_PREVIEW else line[:LINE_PREVIEW - 1].rstrip() + "…"


def _n(count: int, word: str, plural: str | None = None) -> str:
    return f"{count:,} {word if count == 1 else plural or word + 's'}"


def _toml(value: str) -> str:
    # A JSON string is a TOML basic string for every character a URL or name holds.
    return json.dumps(value, ensure_ascii=False)


def describe(report: ProbeReport) -> str:
    """The report as a person reads it: findings, samples, the config block, the verdict."""
    out = [f"Probe of {report.url} ({report.requests} requests, {report.seconds:.1f} s)", ""]
    status = "not found: everything allowed" if report.robots_status == 404 else (
        f"HTTP {report.robots_status}" if report.robots_status else "unavailable")
    out.append(f"robots.txt   {status}; {_n(len(report.robots_rules), 'rule')} for us"
               + (f"; Crawl-delay {report.crawl_delay:g} s" if report.crawl_delay else ""))
    out += [f"             {rule}" for rule in report.robots_rules[:10]]
    if len(report.robots_rules) > 10:
        out.append(f"             … {len(report.robots_rules) - 10} more")
    for label, feeds in (("feeds", True), ("sitemaps", False)):
        found = [s for s in report.sources if (s.kind == "feed") == feeds]
        if not found:
            out.append(f"{label:<12} none found")
        for number, source in enumerate(found):
            what = (f"error: {source.error}" if source.error and not source.entries else
                    f"{source.kind}, "
                    + (_n(source.entries, "sitemap") if source.kind == "sitemap index" else
                       _n(source.entries, "entry", "entries"))
                    + (f", newest {source.newest[:16].replace('T', ' ')}" if source.newest else ""))
            out.append(f"{label if number == 0 else '':<12} {source.url}\n{'':<13}{what} ({source.found_by})")
    if report.start_error:
        out.append(f"start page   failed: {report.start_error}")
    else:
        out.append(f"start page   {report.start_links} links to the site, {report.article_links} look like articles")
    out.append("")
    shown = f"{_n(len(report.samples), 'sample article')} of {_n(report.candidates, 'candidate')}"
    if report.not_articles or report.failed:
        shown += f"; {len(report.not_articles)} pages were not articles, {len(report.failed)} failed"
    out += [shown, ""]
    for number, sample in enumerate(report.samples, 1):
        out.append(f"{number}. {sample.title or '(no title)'}")
        out.append(f"   {sample.url}")
        out.append(f"   {sample.published or 'no date'} · {sample.author or 'no author'} · "
                   f"{sample.length:,} characters")
        if sample.found_by:
            out.append("   found by: " + ", ".join(f"{k} {v}" for k, v in sample.found_by.items()))
        out.append(f"   first: {sample.first_line}")
        out.append(f"   last:  {sample.last_line}")
        out += [f"   ! {flag}" for flag in sample.flags]
        out.append("")
    for page in report.not_articles:
        out.append(f"not an article ({page['reason']}): {page['url']}")
    for failure in report.failed:
        out.append(f"failed: {failure['url']}: {failure['error']}")
    out += [f"note: {note}" for note in report.notes]
    out += ["", "Paste into config.toml:", "", report.site_block()]
    if report.crawlable:
        out.append("Verdict: this site can be crawled.")
    else:
        out += [f"Verdict: this site cannot be crawled: {problem}." for problem in report.problems]
    return "\n".join(out)
