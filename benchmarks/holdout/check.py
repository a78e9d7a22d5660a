"""Check that holdout families are well formed, without extracting anything with our code.

    uv run python benchmarks/holdout/check.py [FAMILY_FOLDER ...]     (default: every family here)

For each family (``tests/cms_sites.py``, ``docs/families.md``) it checks that:

- every route's file exists, and every article, twin and non-article is a route; articles are
  pages (200 with a file), twins are pages or redirects, and no article is also listed as a
  twin or non-article;
- every same-site link (``<a href>``, ``<link rel=canonical|amphtml|alternate|next|prev>``,
  feed ``<link>``/``<guid>``, sitemap ``<loc>``, a redirect's Location) is a route;
- every article is reachable from the config's start URLs, feeds and sitemaps;
- every article's expected text file exists and has lines, each ``without`` snippet is on the
  page and not in the expected text, and plain ``trafilatura.extract`` returns some text for
  the page (so the page is not broken);
- every article's title (and source, when given) is on its page and not a line of its
  expected text, and so is each person of its
  ``author`` (split where the page may list them apart: ", "); ``published`` is
  ISO 8601: a date, or a time with its UTC offset.

It never runs ``crawler.extract``: the holdout is scored once, at the end (README.md).
Prints one line per problem and exits 1 when there is any.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import deque
from datetime import datetime
from html import unescape
from pathlib import Path
from urllib.parse import urljoin

import lxml.html
import trafilatura

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.cms_sites import (  # noqa: E402
    HOLDOUT,
    OFFLINE_BASE,
    SECOND_KEY,
    Family,
    families,
    family_routes,
    load_family,
    route_key,
    served_key,
)

_FOLLOWED_RELS = {"canonical", "amphtml", "alternate", "next", "prev"}
_XML_LINKS = re.compile(r"<(?:link|guid|loc)(?:\s[^>]*)?>\s*(?:<!\[CDATA\[)?\s*([^<\]\s]+)", re.I)
_XML_HREFS = re.compile(r"<(?:atom:)?link\b[^>]*\bhref=[\"']([^\"']+)", re.I)


def links(family: Family, key: str, base: str = OFFLINE_BASE, here: str | None = None) -> list[str]:
    """The absolute URLs a crawler could follow from the page served at ``key`` (on the host at
    ``here``, the site's own ``base`` by default; a second host's pages hold ``{{BASE}}`` as
    ``base`` too)."""
    spec = family.routes[key]
    url = (here or base) + key
    if "location" in spec:
        return [urljoin(url, spec["location"].replace("{{BASE2}}", family.base2).replace("{{BASE}}", base))]
    if "file" not in spec:
        return []
    kind = family.content_type(key).split(";")[0].strip().lower()
    text = family.text(key, base)
    if "html" not in kind:
        if "xml" in kind or "rss" in kind or "atom" in kind:
            found = _XML_LINKS.findall(text) + _XML_HREFS.findall(text)
            return [urljoin(url, unescape(u)) for u in found if "://" in u or u.startswith("/")]
        return []
    tree = lxml.html.fromstring(text or "<html></html>")
    found = []
    for a in tree.iter("a", "area"):
        if a.get("href"):
            found.append(a.get("href"))
    for link in tree.iter("link"):
        rels = set((link.get("rel") or "").lower().split())
        if rels & _FOLLOWED_RELS and link.get("href"):
            found.append(link.get("href"))
    out = []
    for href in found:
        href = href.strip()
        if href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        out.append(urljoin(url, href).split("#", 1)[0])
    return out


def _flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z))?")


def _iso_date(value: str) -> bool:
    """Whether ``value`` is a date (``2023-10-12``) or a time with its UTC offset, as site.json wants."""
    if not _ISO.fullmatch(value):
        return False
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def page_text(family: Family, key: str, base: str = OFFLINE_BASE, *, noscript: bool = False) -> str:
    """The visible text of an HTML page (scripts and styles left out), flattened for comparison.

    ``<noscript>`` text is left out too unless ``noscript``: a snippet that must not leak
    (a "please enable JavaScript" notice) may sit there, an expected line may not.
    """
    tree = lxml.html.fromstring(family.text(key, base))
    for node in tree.xpath("//script|//style" if noscript else "//script|//style|//noscript"):
        node.drop_tree()
    return _flat(tree.text_content())


def _host(family: Family, key: str) -> tuple[Family, str] | None:
    """The host that serves ``key`` and the key on it: a key written ``{{BASE2}}/path`` is the
    second host's (``second_host``), any other the site's own; None for a second-host key of a
    family that has no second host."""
    try:
        return family.on_host(key)
    except KeyError:
        return None


def _served(family: Family, key: str) -> str | None:
    """The route that answers ``key`` on its host, written as ``key`` is (``{{BASE2}}`` kept)."""
    host = _host(family, key)
    served = served_key(host[0], host[1]) if host else None
    if served is None:
        return None
    return SECOND_KEY + served if key.startswith(SECOND_KEY) else served


def _spec(family: Family, served: str) -> dict:
    host = _host(family, served)
    return host[0].routes.get(host[1], {}) if host else {}


def _key_of(family: Family, url: str, base: str) -> str | None:
    """The key of ``url`` on the site at ``base`` or on its second host, else None."""
    key = route_key(url, base)
    if key is None and family.second_host() and (on_second := route_key(url, family.base2)):
        key = SECOND_KEY + on_second
    return key


def problems(family: Family, base: str = OFFLINE_BASE) -> list[str]:
    found = []
    second = family.second_host()
    for host, prefix in ((family, ""), *(((second, SECOND_KEY),) if second else ())):
        routes = family_routes(host, base)          # the harness must load it
        for key, spec in host.routes.items():
            if "file" in spec and not (family.folder / spec["file"]).is_file():
                found.append(f"{prefix}{key}: file {spec['file']} is missing")
            if key not in routes:
                found.append(f"{prefix}{key}: not served by family_routes")
    for kind, keys in (("article", family.manifest.get("articles", {})), ("twin", family.twins),
                       ("not_article", family.not_articles)):
        for key in keys:
            if _served(family, key) is None:
                found.append(f"{key}: {kind} is not a route")
    if "/robots.txt" not in family.routes:
        found.append("/robots.txt: not a route (serve the site's file, or its 404 page with status 404)")
    for twin, target in family.twins.items():
        if target not in family.manifest.get("articles", {}):
            found.append(f"{twin}: twin of {target}, which is not an article")
    articles = family.manifest.get("articles", {})
    for key in set(articles) & ({*family.twins} | {*family.not_articles}):
        found.append(f"{key}: both an article and a twin or non-article")
    for key in articles:
        spec = family.routes.get(served_key(family, key) or "", {})
        if int(spec.get("status", 200)) != 200 or "file" not in spec:
            found.append(f"{key}: an article must be a page (200 with a file)")
    for key in family.twins:
        status = int(_spec(family, _served(family, key) or "").get("status", 200))
        if status != 200 and not 300 <= status < 400:
            found.append(f"{key}: a twin must be a page or a redirect, not {status}")
    if found:
        return found

    # Every same-site link is a route; walk from the config to see what a crawler reaches.
    config = family.config
    starts = [*config.get("start_urls", ["/"]), *config.get("feeds", []), *config.get("sitemaps", [])]
    queue: deque[str] = deque()
    for start in starts:
        start_key = _key_of(family, urljoin(base + "/", start.replace("{{BASE2}}", family.base2)), base)
        if start_key is None:
            found.append(f"{start}: configured, but not on the site")
        else:
            queue.append(start_key)
    seen: set[str] = set()
    while queue:
        key = queue.popleft()
        served = _served(family, key)
        if served is None:
            found.append(f"{key}: linked or configured, but not a route")
            continue
        if served in seen:
            continue
        seen.add(served)
        if int(_spec(family, served).get("status", 200)) >= 400:
            continue
        host, on_host = _host(family, served) or (family, served)
        here = family.base2 if served.startswith(SECOND_KEY) else base
        for url in links(host, on_host, base, here):
            linked = _key_of(family, url, base)
            if linked is None:
                continue
            if _served(family, linked) is None:
                found.append(f"{served}: links to {linked}, which is not a route")
            else:
                queue.append(linked)
    for key, article in family.articles.items():
        if served_key(family, key) not in seen:
            found.append(f"{key}: article not reachable from the config")
        if not article.lines:
            found.append(f"{key}: expected text is empty")
        shown, wanted = page_text(family, key, base), _flat(article.text)
        shown_all = page_text(family, key, base, noscript=True)
        for snippet in article.without:
            if _flat(snippet) not in shown_all:
                found.append(f"{key}: without snippet {snippet!r} is not on the page")
            if _flat(snippet) in wanted:
                found.append(f"{key}: without snippet {snippet!r} is in the expected text")
        for line in article.lines:
            if _flat(line) not in shown:
                found.append(f"{key}: expected line not on the page: {line[:60]!r}")
        if any(_flat(line) == _flat(article.title) for line in article.lines):
            found.append(f"{key}: the expected text repeats the title as a line (docs/families.md: not the title)")
        if _flat(article.title) not in shown:
            found.append(f"{key}: title not on the page: {article.title[:60]!r}")
        if article.source and _flat(article.source) not in shown:
            found.append(f"{key}: source not on the page: {article.source!r}")
        for person in (article.author or "").split(", "):
            # "A, B" may be two separate links on the page; "A - B" and "A & B" are printed as one.
            if person.strip() and _flat(person) not in shown:
                found.append(f"{key}: author not on the page: {person!r}")
        if article.published is not None and not _iso_date(article.published):
            found.append(f"{key}: published {article.published!r} is not ISO 8601 (a date, or a time with its offset)")
        text = trafilatura.extract(family.text(key, base), url=base + key)
        if not text:
            found.append(f"{key}: trafilatura.extract returns nothing")
    for key in (*family.twins, *family.not_articles):
        if _served(family, key) not in seen:
            found.append(f"{key}: not reachable from the config (a crawler would never see it)")
    return found


def main(argv: list[str]) -> int:
    chosen = [load_family(Path(a)) for a in argv] if argv else families(HOLDOUT)
    bad = 0
    for family in chosen:
        issues = problems(family)
        bad += len(issues)
        routes, articles = len(family.routes), len(family.manifest.get("articles", {}))
        print(f"{family.name}: {routes} routes, {articles} articles, {len(family.twins)} twins, "
              f"{len(family.not_articles)} non-articles: {'ok' if not issues else f'{len(issues)} problems'}")
        for issue in issues:
            print(f"  {issue}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
