"""Finding pages: links in HTML pages, sitemaps (and sitemap indexes), RSS/Atom feeds.

Everything returned is canonical (see ``urls.canonicalize``). XML is parsed
with entity resolution and network access switched off, so a hostile sitemap
cannot expand entities or make us fetch anything.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

from lxml import etree, html

from .extract.dates import VIETNAM, parse_iso_date
from .urls import canonicalize, is_probably_binary

# A sitemap may hold 50,000 URLs and be 50 MB uncompressed (sitemaps.org);
# anything decompressing past that is not a sitemap we want.
MAX_SITEMAP_BYTES = 50 * 1024 * 1024

_NEWS_NAMESPACE = "google.com/schemas/sitemap-news"
_XML_PARSER_OPTIONS = dict(resolve_entities=False, no_network=True, huge_tree=False,
                           recover=True, remove_comments=True, remove_pis=True)


@dataclass(frozen=True)
class Discovered:
    """URLs found in one document, split by what they point to."""

    pages: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    # Sitemaps and feeds: the date each entry gives (lastmod, news publication
    # date, pubDate, updated) as ISO 8601 in Vietnam's time, where it gives one.
    dates: Mapping[str, str] = field(default_factory=dict)
    news: bool = False      # a Google news sitemap
    # HTML pages: a headline-like anchor text of each link that has one (teasers), and the
    # page's own declared twins (<link rel="amphtml">, a mobile <link rel="alternate">).
    anchors: Mapping[str, str] = field(default_factory=dict)
    twins: tuple[str, ...] = ()

    @property
    def newest(self) -> str | None:
        """The latest entry date (ISO strings in one zone sort as dates do)."""
        return max(self.dates.values(), default=None)


def links_from_html(tree: html.HtmlElement, base_url: str) -> Discovered:
    """Same-document links (<a href>) and feed links announced in <link rel=alternate>."""
    base = base_url
    for el in tree.iterfind(".//base[@href]"):
        base = canonicalize(el.get("href"), base=base_url) or base_url
        break
    pages, feeds, twins, seen, anchors = [], [], [], set(), {}
    for el in tree.iter("a", "area"):
        href = el.get("href")
        if not href or el.get("rel", "").lower().find("nofollow") >= 0:
            continue
        url = canonicalize(href, base=base)
        if url and url not in seen and not is_probably_binary(url):
            seen.add(url)
            pages.append(url)
        if url and url not in anchors:
            text = " ".join(el.text_content().split())
            if len(text) >= 20 and len(text.split()) >= 4:
                anchors[url] = text[:300]
    for el in tree.iter("link"):
        rel = (el.get("rel") or "").lower()
        kind = (el.get("type") or "").lower()
        if "alternate" in rel and ("rss" in kind or "atom" in kind):
            url = canonicalize(el.get("href") or "", base=base)
            if url:
                feeds.append(url)
        elif rel == "amphtml" or ("alternate" in rel and "screen" in (el.get("media") or "")):
            url = canonicalize(el.get("href") or "", base=base)
            if url:
                twins.append(url)
    return Discovered(pages=tuple(pages), feeds=tuple(dict.fromkeys(feeds)), anchors=anchors,
                      twins=tuple(dict.fromkeys(twins)))


def parse_sitemap(body: bytes, base_url: str) -> Discovered:
    """URLs from a sitemap or sitemap index (gzip or not); plain-text sitemaps too."""
    body = _gunzip_if_needed(body)
    root = _parse_xml(body)
    if root is None:
        # sitemaps.org allows a plain text file, one URL per line.
        text = body.decode("utf-8", errors="replace")
        if "<" in text[:200]:
            return Discovered()
        urls = [canonicalize(line, base=base_url) for line in text.splitlines()[:50_000]]
        return Discovered(pages=tuple(u for u in dict.fromkeys(urls) if u))
    tag = etree.QName(root).localname.lower()
    urls, dates, news = [], {}, False
    for entry in root.iter("{*}url", "url", "{*}sitemap", "sitemap"):
        loc = when = None
        for el in entry.iter():
            if not isinstance(el.tag, str):
                continue
            name = etree.QName(el).localname.lower()
            if name == "loc" and el.getparent() is entry:
                loc = (el.text or "").strip()
            elif name in ("lastmod", "publication_date") and when is None:
                when = _entry_date(el.text)
            news = news or _NEWS_NAMESPACE in el.tag
        url = canonicalize(loc, base=base_url) if loc else None
        if url:
            urls.append(url)
            if when:
                dates[url] = when
    urls = list(dict.fromkeys(urls))
    if tag == "sitemapindex":
        return Discovered(sitemaps=tuple(urls), dates=dates)
    pages = tuple(u for u in urls if not is_probably_binary(u))
    return Discovered(pages=pages, dates={u: dates[u] for u in pages if u in dates}, news=news)


_XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"


def _xml_base(el, base_url: str) -> str:
    """The base a relative link in ``el`` resolves against: the feed's URL, then each
    ``xml:base`` from the root down to ``el`` (Atom, RFC 4287 §2; XML Base)."""
    base = base_url
    for value in reversed([node.get(_XML_BASE) for node in (el, *el.iterancestors())]):
        if value:
            base = urljoin(base, value.strip())
    return base


def parse_feed(body: bytes, base_url: str) -> Discovered:
    """Item links from an RSS 0.9x/1.0/2.0 or Atom feed."""
    root = _parse_xml(body)
    if root is None:
        return Discovered()
    found, dates = [], {}
    for item in root.iter("{*}item", "item", "{*}entry", "entry"):
        link = guid = when = None
        for el in item:
            if not isinstance(el.tag, str):
                continue
            name = etree.QName(el).localname.lower()
            if name == "link" and link is None:
                href = el.get("href")
                rel = (el.get("rel") or "alternate").lower()
                if href and rel == "alternate":
                    link = urljoin(_xml_base(el, base_url), href)
                elif not href and (el.text or "").strip():
                    link = urljoin(_xml_base(el, base_url), el.text.strip())
            elif name == "guid" and (el.get("isPermaLink", "true") == "true"):
                if (el.text or "").strip().startswith("http"):
                    guid = el.text.strip()
            elif name in ("pubdate", "published", "updated", "date", "issued") and when is None:
                when = _entry_date(el.text)
        link = link or guid
        url = canonicalize(link, base=base_url) if link else None
        if url:
            found.append(url)
            if when:
                dates.setdefault(url, when)
    return Discovered(pages=tuple(dict.fromkeys(found)), dates=dates)


def looks_like_feed(body: bytes) -> bool:
    head = body[:1024].lstrip().lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def looks_like_sitemap(body: bytes) -> bool:
    head = _gunzip_if_needed(body)[:1024].lower()
    return b"<urlset" in head or b"<sitemapindex" in head


def _gunzip_if_needed(body: bytes) -> bytes:
    if body[:2] != b"\x1f\x8b":
        return body
    try:
        z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out = z.decompress(body, MAX_SITEMAP_BYTES)
        return out if not z.unconsumed_tail else b""
    except (zlib.error, gzip.BadGzipFile, EOFError):
        return b""


def _entry_date(text: str | None) -> str | None:
    """A feed's or sitemap's date: RFC 822 (RSS), ISO 8601 (Atom, sitemaps), or as Vietnamese sites write it."""
    text = (text or "").strip()
    if not text:
        return None
    if text[:1].isalpha() or "," in text[:5]:
        try:
            moment = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            moment = None
        if moment is not None:
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=VIETNAM)
            return moment.astimezone(VIETNAM).isoformat()
    return parse_iso_date(text)


def _parse_xml(body: bytes) -> etree._Element | None:
    if not body.strip():
        return None
    parser = etree.XMLParser(**_XML_PARSER_OPTIONS)
    try:
        root = etree.fromstring(body, parser)
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root is None or not isinstance(root.tag, str):
        return None
    return root
