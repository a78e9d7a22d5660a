"""Load and validate ``config.toml`` into one frozen ``Settings`` object.

Precedence is defaults (here) < config file < command-line options, which the
CLI applies with ``dataclasses.replace``. Validation happens once, before any
request is made, and every error names the offending key.
"""

from __future__ import annotations

import re
import socket
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from lxml import etree

from .errors import ConfigError
from .urls import canonicalize, host_of

DEFAULT_USER_AGENT = (
    "provincial-news-archive/0.1 (+https://github.com/provincial-news-archive)"
)


@dataclass(frozen=True)
class CrawlSettings:
    # Sent on every request, robots.txt included.
    user_agent: str = DEFAULT_USER_AGENT
    # Minimum gap between two request starts to one host; robots.txt Crawl-delay raises it.
    delay_seconds: float = 1.0
    # Requests in flight in total, across all hosts.
    concurrency: int = 8
    # Page requests per site in one run (robots.txt not counted); the rest of
    # the frontier is kept in the archive and continued by the next run.
    max_pages_per_run: int = 2000
    # Total deadline for one request, body included.
    timeout_seconds: float = 20.0
    # Larger bodies are abandoned and counted as failures.
    max_response_bytes: int = 5 * 1024 * 1024
    # A hop further than this is a failure ("too many redirects").
    max_redirects: int = 5
    # Processes that parse and extract pages; 0 means one per CPU core.
    extract_processes: int = 0
    # What one document may add to the frontier (the rest is counted as dropped):
    # URLs from one sitemap or feed (the sitemap protocol's own limit), child
    # sitemaps from one sitemap index, links from one HTML page.
    max_urls_per_document: int = 50_000
    max_sitemap_children: int = 1_000
    max_links_per_page: int = 1_000
    # URLs kept in the frontier per site; links found past it are dropped and counted.
    max_frontier_per_site: int = 200_000
    # Traps, never followed: pagination numbers above this (?page=N, /trang/N), and
    # calendar listings (/2023/01/01, ?date=2023-01-01) dated more than this many days
    # before today or after tomorrow.
    max_page_number: int = 100
    calendar_days: int = 92
    # Revisits of stored articles (conditional GETs that find edits and takedowns): due
    # at these offsets after an article was first seen, then every ``revisit_every``
    # ("" = never again). Durations: a number and s, m, h, d or w ("90m", "7d").
    revisit_after: tuple[str, ...] = ("1h", "1d", "7d", "30d")
    revisit_every: str = ""

    def revisit_schedule(self, site: SiteConfig | None = None) -> tuple[tuple[int, ...], int | None]:
        """(offsets, then every) in seconds for ``site`` (its own keys win over [crawl])."""
        after = site.revisit_after if site is not None and site.revisit_after is not None else self.revisit_after
        every = site.revisit_every if site is not None and site.revisit_every is not None else self.revisit_every
        return tuple(sorted(duration_seconds(d) for d in after)), duration_seconds(every) if every else None


_DURATION = re.compile(r"\s*(\d+)\s*([smhdw])\s*")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}


def duration_seconds(text: str) -> int:
    """Seconds of a duration such as "90m", "1h", "7d", "2w"; ``ValueError`` if it is not one."""
    found = _DURATION.fullmatch(text)
    if not found or int(found.group(1)) == 0:
        raise ValueError(f"{text!r} is not a duration (a number above 0 and s, m, h, d or w: \"1h\", \"7d\")")
    return int(found.group(1)) * _UNIT_SECONDS[found.group(2)]


@dataclass(frozen=True)
class SiteRules:
    """A site's escape hatch for when the generic extractor gets it wrong.

    The expressions are XPath 1.0 (as lxml evaluates them), tried on the page
    as fetched: ``drop_xpath`` elements are removed before extraction; the
    first node ``body_xpath``, ``title_xpath``, ``date_xpath`` or
    ``author_xpath`` selects (an element, or an attribute or ``string()``
    value) wins over what the generic rules find. A page whose URL does not
    match ``article_url_pattern`` (a regular expression, searched) is never
    stored as an article.
    """

    drop_xpath: tuple[str, ...] = ()
    body_xpath: str | None = None
    title_xpath: str | None = None
    date_xpath: str | None = None
    author_xpath: str | None = None
    article_url_pattern: str | None = None

    def is_article_url(self, url: str) -> bool:
        return self.article_url_pattern is None or re.search(self.article_url_pattern, url) is not None


@dataclass(frozen=True)
class SiteConfig:
    name: str
    start_urls: tuple[str, ...]
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    # Escape hatch for a site the generic extractor gets wrong (see SiteRules).
    rules: SiteRules = SiteRules()
    # The site's own revisit schedule (see CrawlSettings.revisit_after); None: [crawl]'s.
    revisit_after: tuple[str, ...] | None = None
    revisit_every: str | None = None

    @property
    def hosts(self) -> frozenset[str]:
        """Hosts that belong to this site, spelled as canonical URLs spell them (no
        default port, Unicode rather than punycode), so that links match."""
        found = set()
        for url in (*self.start_urls, *self.feeds, *self.sitemaps):
            found.add(host_of(canonicalize(url) or url))
        return frozenset(found)


@dataclass(frozen=True)
class Settings:
    archive_path: Path = Path("archive.db")
    crawl: CrawlSettings = field(default_factory=CrawlSettings)
    sites: tuple[SiteConfig, ...] = ()

    def site(self, name: str) -> SiteConfig:
        for site in self.sites:
            if site.name == name:
                return site
        known = ", ".join(s.name for s in self.sites) or "none"
        raise ConfigError(f"unknown site {name!r} (configured: {known})")


_TOP_KEYS = {"archive", "crawl", "sites"}
_ARCHIVE_KEYS = {"path": str}
_SELECTOR_KEYS = ("body_xpath", "title_xpath", "date_xpath", "author_xpath")
_SITE_KEYS = {"name": str, "start_urls": list, "feeds": list, "sitemaps": list, "drop_xpath": list,
              **dict.fromkeys(_SELECTOR_KEYS, str), "article_url_pattern": str,
              "revisit_after": list, "revisit_every": str}


def load_settings(path: str | Path) -> Settings:
    """Read and validate a config file; raise ``ConfigError`` naming the problem."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read config file {path}: {exc.strerror or exc}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: TOML syntax error: {exc}") from None
    return parse_settings(data, base_dir=path.resolve().parent)


def parse_settings(data: dict[str, Any], base_dir: Path = Path(".")) -> Settings:
    """Validate an already-parsed config mapping."""
    _reject_unknown(data, _TOP_KEYS, "")
    archive = data.get("archive", {})
    _expect(archive, dict, "archive")
    _reject_unknown(archive, set(_ARCHIVE_KEYS), "archive.")
    archive_path = Path(_typed(archive, "path", str, "archive.", "archive.db"))
    if not archive_path.is_absolute():
        # Relative to the config file, so a cron job started in $HOME writes
        # the same archive as a person running it from the project folder.
        archive_path = base_dir / archive_path

    crawl = _parse_crawl(data.get("crawl", {}))

    sites_raw = data.get("sites")
    if sites_raw is None:
        raise ConfigError("missing key 'sites': list at least one [[sites]] table")
    _expect(sites_raw, list, "sites")
    if not sites_raw:
        raise ConfigError("key 'sites' is empty: list at least one [[sites]] table")
    sites = tuple(_parse_site(s, i) for i, s in enumerate(sites_raw))
    names = [s.name for s in sites]
    for name in names:
        if names.count(name) > 1:
            raise ConfigError(f"sites: name {name!r} is used twice")
    return Settings(archive_path=archive_path, crawl=crawl, sites=sites)


def check_url_resolves(url: str, where: str = "") -> None:
    """``ConfigError`` (exit 2) when the URL's host name does not resolve."""
    host = urlsplit(url).hostname or ""
    try:
        socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError) as exc:
        reason = exc.args[-1] if exc.args else exc
        raise ConfigError(f"{where}{url}: host {host!r} does not resolve ({reason})") from None


def _parse_crawl(raw: Any) -> CrawlSettings:
    _expect(raw, dict, "crawl")
    defaults = CrawlSettings()
    known = {f.name: type(getattr(defaults, f.name)) for f in fields(CrawlSettings)}
    _reject_unknown(raw, set(known), "crawl.")
    values = {}
    for key, value in raw.items():
        want = known[key]
        if want is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if want is tuple:
            _expect(value, list, f"crawl.{key}")
            value = _durations(value, f"crawl.{key}")
        _expect(value, want, f"crawl.{key}")
        if key == "revisit_every" and value:
            _durations([value], f"crawl.{key}")
        values[key] = value
    settings = CrawlSettings(**values)
    if not settings.user_agent.strip():
        raise ConfigError("crawl.user_agent: must not be empty")
    for key in ("delay_seconds",):
        if getattr(settings, key) < 0:
            raise ConfigError(f"crawl.{key}: must be 0 or more")
    for key in ("concurrency", "max_pages_per_run", "max_response_bytes", "max_urls_per_document",
                "max_sitemap_children", "max_links_per_page", "max_frontier_per_site",
                "max_page_number"):
        if getattr(settings, key) < 1:
            raise ConfigError(f"crawl.{key}: must be 1 or more")
    if settings.timeout_seconds <= 0:
        raise ConfigError("crawl.timeout_seconds: must be more than 0")
    for key in ("max_redirects", "extract_processes", "calendar_days"):
        if getattr(settings, key) < 0:
            raise ConfigError(f"crawl.{key}: must be 0 or more")
    return settings


def _durations(values: list, key: str) -> tuple[str, ...]:
    """The list of durations at ``key``, checked (``ConfigError`` naming the bad one)."""
    for value in values:
        _expect(value, str, f"{key} item")
        try:
            duration_seconds(value)
        except ValueError as exc:
            raise ConfigError(f"{key}: {exc}") from None
    return tuple(values)


def _parse_site(raw: Any, index: int) -> SiteConfig:
    where = f"sites[{index}]"
    _expect(raw, dict, where)
    _reject_unknown(raw, set(_SITE_KEYS), f"{where}.")
    name = raw.get("name")
    if name is None:
        raise ConfigError(f"{where}: missing key 'name'")
    _expect(name, str, f"{where}.name")
    if not name.strip() or any(c.isspace() for c in name):
        raise ConfigError(f"{where}.name: {name!r} must be one word")
    where = f"sites[{index}] ({name})"
    lists = {}
    for key in ("start_urls", "feeds", "sitemaps"):
        value = raw.get(key, [])
        _expect(value, list, f"{where}.{key}")
        for item in value:
            _expect(item, str, f"{where}.{key} item")
            parts = urlsplit(item)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise ConfigError(f"{where}.{key}: {item!r} is not an http(s) URL")
        lists[key] = tuple(value)
    if not lists["start_urls"] and not lists["feeds"] and not lists["sitemaps"]:
        raise ConfigError(f"{where}: give at least one of start_urls, feeds, sitemaps")
    drop = raw.get("drop_xpath", [])
    _expect(drop, list, f"{where}.drop_xpath")
    for expr in drop:
        _expect(expr, str, f"{where}.drop_xpath item")
        _check_xpath(expr, f"{where}.drop_xpath")
    selectors = {}
    for key in _SELECTOR_KEYS:
        if key in raw:
            _expect(raw[key], str, f"{where}.{key}")
            _check_xpath(raw[key], f"{where}.{key}")
            selectors[key] = raw[key]
    pattern = raw.get("article_url_pattern")
    if pattern is not None:
        _expect(pattern, str, f"{where}.article_url_pattern")
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ConfigError(f"{where}.article_url_pattern: {pattern!r} is not a valid regular expression "
                              f"({exc})") from None
    rules = SiteRules(drop_xpath=tuple(drop), article_url_pattern=pattern, **selectors)
    after, every = raw.get("revisit_after"), raw.get("revisit_every")
    if after is not None:
        _expect(after, list, f"{where}.revisit_after")
        after = _durations(after, f"{where}.revisit_after")
    if every is not None:
        _expect(every, str, f"{where}.revisit_every")
        if every:
            _durations([every], f"{where}.revisit_every")
    return SiteConfig(name=name, rules=rules, revisit_after=after, revisit_every=every, **lists)


def _check_xpath(expr: str, key: str) -> None:
    try:
        etree.XPath(expr)
    except etree.XPathSyntaxError as exc:
        raise ConfigError(f"{key}: {expr!r} is not a valid XPath ({exc})") from None


_TYPE_NAMES = {str: "a string", int: "an integer", float: "a number", list: "a list",
               dict: "a table", bool: "true or false"}


def _expect(value: Any, want: type, key: str) -> None:
    ok = isinstance(value, want) and not (want in (int, float) and isinstance(value, bool))
    if not ok:
        raise ConfigError(
            f"{key}: expected {_TYPE_NAMES.get(want, want.__name__)}, got {value!r}"
        )


def _typed(table: dict, key: str, want: type, prefix: str, default: Any) -> Any:
    value = table.get(key, default)
    _expect(value, want, prefix + key)
    return value


def _reject_unknown(table: dict, known: set[str], prefix: str) -> None:
    for key in table:
        if key not in known:
            hint = ", ".join(sorted(known))
            raise ConfigError(f"unknown key '{prefix}{key}' (expected one of: {hint})")
