"""CMS-family fixture sites: load a family's folder and serve it on loopback.

A family (``tests/sites/<family>/``, holdout ones in ``benchmarks/holdout/<family>/``)
is a small static site in the shape of one real CMS family, described by its
``site.json`` (the format is in ``docs/families.md``): the routes to serve, the
config a user would write, the expected fields and text of each article, the
other URLs of the same article (twins) and the pages that are not articles.

    load_family(path) -> Family
    family_routes(family, base) -> dict[str, Response]     # for LoopbackSite.routes
    serve_family(family) -> (site, second site or None)   # served on loopback until the block ends
    families(root) -> list[Family]

Text files may hold ``{{BASE}}``, replaced by the served site's base URL, and ``{{BASE2}}``,
replaced by the base URL of the family's second host (``second_host``: a mobile twin's m. host).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

from crawler import discover
from crawler.extract import parse_html
from crawler.extract.boxes import SiteKnowledge
from crawler.extract.detect import PageContext, menu_link_hash, menu_links
from crawler.knowledge import TEMPLATE_PAGES
from crawler.sample_site import LoopbackSite, Response, loopback_host, serve
from crawler.urls import canonicalize

ROOT = Path(__file__).resolve().parents[1]
SITES = ROOT / "tests" / "sites"
HOLDOUT = ROOT / "benchmarks" / "holdout"
# The base used when a family's pages are extracted without being served.
OFFLINE_BASE = "http://127.0.0.1:8080"
OFFLINE_BASE2 = "http://127.0.0.2:8080"   # and the second host's (``second_host``)
SECOND_HOST = "127.0.0.2"
SECOND_KEY = "{{BASE2}}"   # a twin's key on the second host: "{{BASE2}}/tin-tuc/….htm"

_TYPES = {".html": "text/html; charset=utf-8", ".htm": "text/html; charset=utf-8",
          ".xml": "application/xml", ".rss": "application/rss+xml", ".txt": "text/plain",
          ".json": "application/json"}


@dataclass(frozen=True)
class ExpectedArticle:
    """What extraction must find on one article page."""

    path: str                       # the route (path and query) of the article, its key in site.json
    title: str
    published: str | None           # ISO 8601 as the page gives it; None when it gives no date
    author: str | None
    source: str | None
    lines: tuple[str, ...]          # ground-truth paragraphs: lead first, then body, sub-headings, captions
    without: tuple[str, ...]        # snippets that must not be in the extracted text

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass(frozen=True)
class Family:
    name: str                       # the folder's name: "wordpress"
    folder: Path
    manifest: dict = field(repr=False)
    # ``{{BASE2}}``: the second host's base URL; keyword-only, as subclasses add positional fields
    base2: str = field(default=OFFLINE_BASE2, repr=False, kw_only=True)

    @property
    def title(self) -> str:
        return self.manifest.get("family", self.name)

    @property
    def config(self) -> dict:
        return self.manifest.get("config", {})

    @property
    def routes(self) -> dict[str, dict]:
        return self.manifest["routes"]

    def second_host(self) -> Family | None:
        """The family's second host (``second_host.routes`` in site.json: an m. host serving
        mobile twins), as a family of its own routes; None when it has none."""
        routes = self.manifest.get("second_host", {}).get("routes")
        return replace(self, manifest={**self.manifest, "routes": routes}) if routes else None

    @property
    def twins(self) -> dict[str, str]:
        return self.manifest.get("twins", {})

    def aliases(self, key: str) -> tuple[str, ...]:
        """The article ``key`` and its twins that the site serves from the same file: the same
        page under another URL (``?NewsID=1`` and ``?NewsID=1&CatID=3``), not another rendering
        (print, AMP) and not a redirect. The crawl may keep the article under any one of them."""
        file = self.routes.get(key, {}).get("file")
        same = [twin for twin, article in self.twins.items()
                if article == key and file and self.routes.get(served_key(self, twin) or "", {}).get("file") == file
                and int(self.routes[served_key(self, twin) or ""].get("status", 200)) == 200]
        return (key, *same)

    @property
    def not_articles(self) -> tuple[str, ...]:
        return tuple(self.manifest.get("not_articles", ()))

    @property
    def articles(self) -> dict[str, ExpectedArticle]:
        found = {}
        for path, spec in self.manifest.get("articles", {}).items():
            lines = (self.folder / spec["text"]).read_text(encoding="utf-8").splitlines()
            found[path] = ExpectedArticle(
                path, spec["title"], spec.get("published"), spec.get("author"), spec.get("source"),
                tuple(line.strip() for line in lines if line.strip()), tuple(spec.get("without", ())))
        return found

    def on_host(self, path: str) -> tuple[Family, str]:
        """The family of the host that serves ``path`` and the route that answers it there: a
        key written ``{{BASE2}}/path`` (``SECOND_KEY``) is the second host's, any other the
        site's own; a key with a query its route answers without one ("/tim-kiem?q=lai+suat"
        by "/tim-kiem"), as the loopback site does (``served_key``)."""
        host = self
        if path.startswith(SECOND_KEY):
            second = self.second_host()
            if second is None:
                raise KeyError(path)
            host, path = second, path[len(SECOND_KEY):]
        return host, served_key(host, path) or path

    def content_type(self, path: str) -> str:
        host, path = self.on_host(path)
        spec = host.routes[path]
        if "type" in spec:
            return spec["type"]
        return _TYPES.get(Path(spec.get("file", "")).suffix.lower(), "text/html; charset=utf-8")

    def body(self, path: str, base: str = OFFLINE_BASE) -> bytes:
        """The bytes served at ``path`` (a route key), ``{{BASE}}`` replaced by ``base`` and
        ``{{BASE2}}`` by the second host's (``base2``)."""
        host, path = self.on_host(path)
        spec = host.routes[path]
        if "file" not in spec:
            return b""
        raw = (self.folder / spec["file"]).read_bytes()
        return raw.replace(b"{{BASE}}", base.encode("ascii")).replace(b"{{BASE2}}", self.base2.encode("ascii"))

    def text(self, path: str, base: str = OFFLINE_BASE) -> str:
        """The served page decoded with the charset of its Content-Type (UTF-8 when it names none)."""
        charset = "utf-8"
        for param in self.content_type(path).split(";")[1:]:
            name, _, value = param.strip().partition("=")
            if name.lower() == "charset" and value:
                charset = value.strip('"')
        return self.body(path, base).decode(charset, errors="replace")

    def page(self, path: str, base: str = OFFLINE_BASE) -> tuple[bytes, str, str]:
        """(raw bytes, absolute URL, content type) of one page, as the crawler would get it (a
        second-host key at ``base2``)."""
        url = self.base2 + path[len(SECOND_KEY):] if path.startswith(SECOND_KEY) else base + path
        return self.body(path, base), url, self.content_type(path)


def load_family(path: Path | str) -> Family:
    folder = Path(path)
    manifest = json.loads((folder / "site.json").read_text(encoding="utf-8"))
    return Family(folder.name, folder, manifest)


def families(root: Path | str = SITES) -> list[Family]:
    """Every family under ``root`` (a folder with a site.json), by name."""
    root = Path(root)
    if not root.is_dir():
        return []
    return [load_family(f) for f in sorted(root.iterdir()) if (f / "site.json").is_file()]


def normal_key(key: str) -> str:
    """A route key in one spelling: query parameters decoded and sorted, as a real server reads them."""
    path, _, query = key.partition("?")
    pairs = sorted(parse_qsl(query, keep_blank_values=True))
    return path + (f"?{urlencode(pairs)}" if pairs else "")


class Routes(dict):
    """LoopbackSite routes that answer a query in any order or escaping (``id=1:a`` or ``id=1%3Aa``).

    Assign it (``site.routes = family_routes(...)``): ``dict.update`` would copy
    the entries into a plain dict, which only answers the exact spelling.
    """

    def get(self, key, default=None):
        if dict.__contains__(self, key):
            return dict.__getitem__(self, key)
        spellings = {normal_key(k): k for k in self}
        found = spellings.get(normal_key(key))
        return dict.__getitem__(self, found) if found is not None else default


def family_routes(family: Family, base: str, here: str | None = None) -> Routes:
    """The family's routes as LoopbackSite serves them, for a site at ``base`` (its second
    host at ``family.base2``; ``here``: the host these routes are served on, ``base`` by default)."""
    here, base2 = here or base, family.base2
    routes = Routes()
    for path, spec in family.routes.items():
        headers = []
        if "file" in spec or "type" in spec:
            headers.append(("Content-Type", family.content_type(path)))
        if "location" in spec:
            location = spec["location"].replace("{{BASE2}}", base2).replace("{{BASE}}", base)
            headers.append(("Location", here + location if location.startswith("/") else location))
        headers.extend((name, str(value).replace("{{BASE2}}", base2).replace("{{BASE}}", base))
                       for name, value in spec.get("headers", {}).items())
        routes[path] = Response(family.body(path, base), int(spec.get("status", 200)), tuple(headers))
    return routes


@contextmanager
def serve_family(family: Family) -> Iterator[tuple[LoopbackSite, LoopbackSite | None]]:
    """Serve ``family`` on 127.0.0.1, and its second host (``second_host``) on 127.0.0.2 where
    the machine routes it (``loopback_host``), until the block ends: (site, second site or None)."""
    second = family.second_host()
    sites = [LoopbackSite("127.0.0.1"), *([LoopbackSite(loopback_host(SECOND_HOST))] if second else [])]
    with serve(*sites):
        base2 = sites[1].base if second else family.base2
        sites[0].routes = family_routes(replace(family, base2=base2), sites[0].base)
        if second:
            sites[1].routes = family_routes(replace(second, base2=base2), sites[0].base, here=base2)
        yield sites[0], sites[1] if second else None


def route_key(url: str, base: str) -> str | None:
    """The route key (path and query) of ``url`` when it is on the site at ``base``, else None."""
    parts, home = urlsplit(url), urlsplit(base)
    if parts.scheme not in ("", "http", "https") or (parts.netloc and parts.netloc != home.netloc):
        return None
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def served_key(family: Family, key: str) -> str | None:
    """The route that answers ``key`` (the path and query, else the path alone, as LoopbackSite does)."""
    spellings = {normal_key(k): k for k in family.routes}
    path = key.split("?", 1)[0]
    return spellings.get(normal_key(key)) or (path if path in family.routes else None)


def site_context(family: Family, key: str, base: str = OFFLINE_BASE) -> PageContext:
    """What a crawl of the whole family knows of page ``key`` when it judges it: the menu links
    its article pages share (learned as ``SiteLearner`` learns them, on ``TEMPLATE_PAGES`` pages),
    whether a feed or news sitemap lists it (and the date it gives), a headline-like anchor of a link to it (the first
    in route order) and whether a page links to it at all. Not the learned template blocks or
    titles: the field checks stay those of the page alone."""
    return _site_contexts(family, base)(key)


_CONTEXTS: dict[tuple[str, str], object] = {}


def _site_contexts(family: Family, base: str):
    known = _CONTEXTS.get((str(family.folder), base))
    if known is not None:
        return known
    counts: Counter = Counter()
    anchors: dict[str, str] = {}
    linked: set[str] = set()
    fed: dict[str, str | None] = {}   # the items of feeds and news sitemaps, with the dates these give
    for path in family.routes:
        spec = family.routes[path]
        if "file" not in spec or int(spec.get("status", 200)) != 200:
            continue
        body, url, content_type = family.page(path, base)
        if discover.looks_like_feed(body) or discover.looks_like_sitemap(body):
            found = discover.parse_feed(body, url) if discover.looks_like_feed(body) else discover.parse_sitemap(body, url)
            if discover.looks_like_feed(body) or found.news:
                fed.update({u: fed.get(u) or found.dates.get(u) for u in found.pages})
            continue
        if "html" not in content_type or (tree := parse_html(body, content_type)) is None:
            continue
        links = discover.links_from_html(tree, url)
        linked.update(links.pages)
        for target, text in links.anchors.items():
            anchors.setdefault(target, text)
        if path in family.articles:
            counts.update({menu_link_hash(u) for u in menu_links(tree, url) if u.startswith(base)})
    knowledge = SiteKnowledge.of(template=[h for h, n in counts.items() if n >= TEMPLATE_PAGES])

    def context(key: str) -> PageContext:
        absolute = family.base2 + key[len(SECOND_KEY):] if key.startswith(SECOND_KEY) else base + key
        url = canonicalize(absolute) or absolute
        return PageContext(anchor=anchors.get(url), listed=url in linked, fed=url in fed, fed_date=fed.get(url),
                           knowledge=knowledge)

    _CONTEXTS[(str(family.folder), base)] = context
    return context


CHECKS = ("is_article", "title", "published", "author", "body", "without", "not_article",
          "crawl-found", "crawl-only", "crawl-fields")


def failing_cases(report: str) -> list[tuple[str, str, str]]:
    """(family, check, route) of each FAILED line of a ``pytest -rf`` report of test_cms_families.py."""
    found = set()
    for line in report.splitlines():
        if not line.startswith("FAILED ") or "[" not in line:
            continue
        ident = line.split("[", 1)[1].rsplit("]", 1)[0]
        # family names may hold dashes ("ghost-casper"): the check is the first "-<check>-" in the id
        hits = [(ident.find(f"-{check}-"), check) for check in CHECKS if f"-{check}-" in ident]
        if hits:
            at, check = min(hits)
            found.add((ident[:at], check, ident[at + len(check) + 2:]))
    return sorted(found)


if __name__ == "__main__":
    # CMS_FAMILIES_NO_KNOWN=1 uv run pytest -q -rf -p no:randomly tests/test_cms_families.py | uv run python -m tests.cms_sites
    # prints the KNOWN_FAILURES entries for what fails today.
    import sys

    for case in failing_cases(sys.stdin.read()):
        print(f"    {case!r},")
