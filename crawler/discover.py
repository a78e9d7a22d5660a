"""Finding pages: links in HTML pages, sitemaps (and sitemap indexes), RSS/Atom feeds.

Everything returned is canonical (see ``urls.canonicalize``). XML is parsed
with entity resolution and network access switched off, so a hostile sitemap
cannot expand entities or make us fetch anything.
"""

from __future__ import annotations

import itertools
import re
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

from lxml import etree, html

from .extract.dates import VIETNAM, parse_iso_date
from .urls import canonicalize, document_base, is_probably_binary

# A sitemap may hold 50,000 URLs and be 50 MB uncompressed (sitemaps.org);
# anything decompressing past that is not a sitemap we want.
MAX_SITEMAP_BYTES = 50 * 1024 * 1024
# The same protocol's 50,000 URLs per file; crawl settings may lower or raise them.
MAX_URLS_PER_DOCUMENT = 50_000
MAX_SITEMAP_CHILDREN = 1_000

_NEWS_NAMESPACE = "google.com/schemas/sitemap-news"
_ENTRY_END = re.compile(rb"</(?:[\w.-]+:)?(?:url|sitemap)\s*>")
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
    dropped: int = 0        # entries past the per-document cap, counted but not kept
    past_cap: int = 0       # an HTML page's links past the per-page cap, counted by href, not read

    @property
    def newest(self) -> str | None:
        """The latest entry date (ISO strings in one zone sort as dates do)."""
        return max(self.dates.values(), default=None)


def links_from_html(tree: html.HtmlElement, base_url: str, max_links: int | None = None) -> Discovered:
    """Same-document links (<a href>) and feed links announced in <link rel=alternate>. Past
    ``max_links`` pages the rest are only counted (``past_cap``), by their distinct hrefs: a
    page of 100,000 links (a site map in HTML) costs a worker a second, not forty, to read
    URLs the crawl would drop."""
    base = document_base(tree, base_url)
    pages: list[str] = []
    feeds, twins, seen, anchors = [], [], set(), {}
    canonical: dict[str, str | None] = {}   # href → URL: menus and teasers repeat links
    unread: set[str] = set()
    for el in tree.iter("a", "area"):
        href = el.get("href")
        if not href or el.get("rel", "").lower().find("nofollow") >= 0:
            continue
        if max_links is not None and len(pages) >= max_links and href not in canonical:
            unread.add(href)
            continue
        if href not in canonical:
            canonical[href] = canonicalize(href, base=base)
        url = canonical[href]
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
                      twins=tuple(dict.fromkeys(twins)), past_cap=len(unread))


def parse_sitemap(body: bytes, base_url: str, max_urls: int = MAX_URLS_PER_DOCUMENT,
                  max_children: int = MAX_SITEMAP_CHILDREN) -> Discovered:
    """URLs from a sitemap or sitemap index (gzip or not); plain-text sitemaps too.

    At most ``max_urls`` page URLs (``max_children`` child sitemaps of an index) are
    kept, the rest only counted in ``dropped``. The document is decompressed and
    parsed as a stream, each entry freed once read, so a sitemap of a million URLs
    costs the memory of the URLs kept, not of the document."""
    chunks = _unpacked_chunks(body)
    first = b""
    for first in chunks:
        if first.strip():
            break
    if not first.lstrip()[:1] == b"<":
        if not first.strip():
            return Discovered()
        return _plain_sitemap(itertools.chain([first], chunks), base_url, max_urls)
    parser = etree.XMLPullParser(events=("end",), tag=("{*}url", "{*}sitemap"),
                                 **_XML_PARSER_OPTIONS)
    urls: dict[str, None] = {}
    dates: dict[str, str] = {}
    news, dropped, root_tag, cap = False, 0, None, max_urls
    chunks = itertools.chain([first], chunks)
    try:
        for chunk in chunks:
            parser.feed(chunk)
            for _event, el in parser.read_events():
                if root_tag is None:
                    root_tag = etree.QName(el.getroottree().getroot()).localname.lower()
                    cap = max_children if root_tag == "sitemapindex" else max_urls
                if len(urls) >= cap:
                    dropped += 1
                    continue
                url, when, in_news = _sitemap_entry(el, base_url)
                news = news or in_news
                # Free what was read: the entry, and the entries before it.
                el.clear()
                parent = el.getparent()
                while parent is not None and el.getprevious() is not None:
                    del parent[0]
                if not url or url in urls or (root_tag != "sitemapindex" and is_probably_binary(url)):
                    continue
                urls[url] = None
                if when:
                    dates[url] = when
            if len(urls) >= cap:
                break
        else:
            parser.close()
    except etree.XMLSyntaxError:
        pass
    # Past the cap the rest is only counted, by its closing tags, without parsing it.
    tail = b""
    for chunk in chunks:     # a closing tag cut in two is found in tail + chunk, once
        dropped += len(_ENTRY_END.findall(tail + chunk)) - len(_ENTRY_END.findall(tail))
        tail = chunk[-16:]
    if root_tag == "sitemapindex":
        return Discovered(sitemaps=tuple(urls), dates=dates, dropped=dropped)
    return Discovered(pages=tuple(urls), dates=dates, news=news, dropped=dropped)


def _sitemap_entry(entry: etree._Element, base_url: str) -> tuple[str | None, str | None, bool]:
    """(URL, date, from a news sitemap) of one <url> or <sitemap> entry."""
    loc = when = None
    news = False
    for el in entry.iter():
        if not isinstance(el.tag, str):
            continue
        news = news or _NEWS_NAMESPACE in el.tag
        name = etree.QName(el).localname.lower()
        if name == "loc" and el.getparent() is entry:
            loc = (el.text or "").strip()
        elif name in ("lastmod", "publication_date") and when is None:
            when = _entry_date(el.text)
    return (canonicalize(loc, base=base_url) if loc else None), when, news


def _plain_sitemap(chunks: Iterator[bytes], base_url: str, max_urls: int) -> Discovered:
    """sitemaps.org allows a plain text file, one URL per line."""
    urls: dict[str, None] = {}
    dropped, rest = 0, b""
    for chunk in itertools.chain(chunks, [b"\n"]):
        lines = (rest + chunk).split(b"\n")
        rest = lines.pop()
        for line in lines:
            url = canonicalize(line.decode("utf-8", errors="replace"), base=base_url)
            if not url or url in urls:
                continue
            if len(urls) >= max_urls:
                dropped += 1
            else:
                urls[url] = None
    return Discovered(pages=tuple(urls), dropped=dropped)


_XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"


def _xml_base(el: etree._Element, base_url: str) -> str:
    """The base a relative link in ``el`` resolves against: the feed's URL, then each
    ``xml:base`` from the root down to ``el`` (Atom, RFC 4287 §2; XML Base)."""
    base = base_url
    for value in reversed([node.get(_XML_BASE) for node in (el, *el.iterancestors())]):
        if value:
            base = urljoin(base, value.strip())
    return base


def parse_feed(body: bytes, base_url: str, max_urls: int = MAX_URLS_PER_DOCUMENT) -> Discovered:
    """Item links from an RSS 0.9x/1.0/2.0 or Atom feed, at most ``max_urls`` (the rest
    counted in ``dropped``)."""

    root = _parse_xml(body)
    if root is None:
        return Discovered()
    found: list[str] = []
    dates: dict[str, str] = {}
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
    pages = tuple(dict.fromkeys(found))
    return Discovered(pages=pages[:max_urls], dates={u: dates[u] for u in pages[:max_urls] if u in dates},
                      dropped=max(0, len(pages) - max_urls))


def looks_like_feed(body: bytes) -> bool:
    head = body[:1024].lstrip().lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def looks_like_sitemap(body: bytes) -> bool:
    head = next(_unpacked_chunks(body, 1024), b"")[:1024].lower()
    return b"<urlset" in head or b"<sitemapindex" in head


def _unpacked_chunks(body: bytes, chunk: int = 1 << 20) -> Iterator[bytes]:
    """``body`` (gunzipped if it is gzip) in pieces of at most ``chunk`` bytes, never more
    than MAX_SITEMAP_BYTES in all: a sitemap is read without unpacking it whole."""
    if body[:2] != b"\x1f\x8b":
        for start in range(0, min(len(body), MAX_SITEMAP_BYTES), chunk):
            yield body[start:start + chunk]
        return
    z = zlib.decompressobj(16 + zlib.MAX_WBITS)
    data, given = body, 0
    try:
        while data and given < MAX_SITEMAP_BYTES:
            out = z.decompress(data, min(chunk, MAX_SITEMAP_BYTES - given))
            data = z.unconsumed_tail
            given += len(out)
            if out:
                yield out
            elif not data:
                break
    except zlib.error:
        return


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
