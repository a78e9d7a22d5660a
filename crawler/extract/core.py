"""Page → ``Article``: metadata, the article's own date, clean body text.

Order matters: metadata is read from the untouched page (JSON-LD, Open Graph),
then the page is cleaned (``clean``: related boxes, chrome lines, sapo and
byline taken out), then trafilatura reads the cleaned page, and its text is
finally tidied line by line (headline, byline and chrome lines out, the sapo
first).
"""

from __future__ import annotations

import json
import logging
import re
import threading
from dataclasses import dataclass, field, replace

import trafilatura
from lxml import etree, html

from ..urls import canonicalize, looks_like_navigation
from . import clean
from .dates import parse_iso_date, parse_vietnamese_date
from .decode import decode_html
from .text import fold, squash

log = logging.getLogger(__name__)

# Below this much body text a page with no structured "article" claim is not an article.
MIN_ARTICLE_CHARS = 300

_DATE_META = ("article:published_time", "og:published_time", "datepublished", "pubdate",
              "publishdate", "publish-date", "publish_date", "dc.date.issued", "dc.date",
              "date", "sailthru.date", "article.published", "parsely-pub-date", "cxenseparse:recs:publishtime")
_DATE_CLASS = re.compile(r"date|time|ngay|publish|posted|created|thoi-?gian|meta|info|post-?detail|dateline", re.I)
_ARTICLE_TYPES = {"article", "newsarticle", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
                  "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle"}
_SOURCE_LINE = re.compile(r"^(theo|nguồn)\s*[:：]?\s*(.{2,80}?)\.?$", re.I)
_TITLE_SEPARATOR = re.compile(r"\s+[-|–—:]\s+")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


@dataclass(frozen=True)
class Article:
    """What extraction makes of one page (an article or not)."""

    url: str | None
    title: str | None = None
    author: str | None = None
    source: str | None = None          # "Theo …"/"Nguồn: …": who the story is from
    published: str | None = None       # ISO 8601, +07:00 when the page gives a time
    text: str = ""
    category: str | None = None
    tags: tuple[str, ...] = ()
    image: str | None = None
    language: str | None = None
    canonical_url: str | None = None   # from <link rel=canonical>, canonicalised
    is_article: bool = False
    reason: str = ""                   # why this is not an article
    dropped_boxes: tuple[str, ...] = field(default=(), compare=False)
    # SimHash of the text for near-duplicate links, and the search index's
    # d-spellings of its đ words (see archive.spellings), when the caller
    # computed them already (the crawl does, in its extraction workers).
    fingerprint: int | None = field(default=None, compare=False)
    spellings: str | None = field(default=None, compare=False)

    def to_dict(self) -> dict:
        return {
            "url": self.url, "title": self.title, "author": self.author, "source": self.source,
            "published": self.published, "text": self.text, "category": self.category,
            "tags": list(self.tags), "image": self.image, "language": self.language,
        }


def parse_html(page: bytes | str, content_type: str | None = None) -> html.HtmlElement | None:
    """Decode and parse a page; None when there is nothing to parse."""
    text = decode_html(page, content_type) if isinstance(page, bytes) else page
    text = _XML_DECL.sub("", text)
    if not text.strip():
        return None
    parser = _parser()
    try:
        tree = html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError):
        return None
    if any("Excessive depth" in entry.message for entry in parser.error_log):
        # Past libxml2's deepest nesting (huge_tree: about 2,000 levels) the rest is cut.
        log.warning("page nested deeper than the parser reads; what lies deeper is lost")
    return tree


_local = threading.local()


def _parser() -> etree.HTMLParser:
    """An HTML parser per thread (lxml parsers are not shared across threads).

    Every element is an ``HtmlElement`` through a C-level default lookup:
    lxml.html's own per-element Python lookup costs about a fifth of
    extraction time, and trafilatura only accepts ``HtmlElement`` trees.
    """
    parser = getattr(_local, "parser", None)
    if parser is None:
        # huge_tree: pages nested past libxml2's default 256 levels are read whole
        # (bodies are capped by max_response_bytes before they get here).
        parser = etree.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False,
                                  huge_tree=True)
        parser.set_element_class_lookup(etree.ElementDefaultClassLookup(element=html.HtmlElement))
        _local.parser = parser
    return parser


def extract(page: bytes | str | html.HtmlElement, url: str | None = None,
            content_type: str | None = None, drop_xpath: tuple[str, ...] = ()) -> Article:
    """Extract the article in ``page``; never raises on bad HTML.

    ``page`` is raw bytes, decoded HTML, or a tree from ``parse_html`` (which
    this function changes: callers that need the page's links take them first).
    ``drop_xpath`` is a site's escape hatch from config: elements removed
    after the metadata is read, before anything else.
    """
    tree = page if isinstance(page, html.HtmlElement) else parse_html(page, content_type)
    if tree is None:
        return Article(url=url, reason="empty or unparseable page")
    meta = _read_metadata(tree, url)
    for expr in drop_xpath:
        for el in tree.xpath(expr):
            if isinstance(el, html.HtmlElement) and el.getparent() is not None:
                clean.drop(el)
    clean.drop_noise(tree)
    clean.unwrap_layout_tables(tree)
    named = clean.find_named(tree)
    category = clean.take_breadcrumb(tree, named) or meta.get("section")
    tags = clean.take_tags(tree, named) or meta.get("tags", [])
    headline = _find_headline(tree, meta)
    dropped = clean.remove_boxes(tree)
    measures = clean.measure(tree)
    body = clean.find_body(tree, measures)
    clean.remove_chrome_lines(tree, body, measures)
    if body is not None and not clean.attached(body, tree):
        measures = clean.measure(tree)
        body = clean.find_body(tree, measures)  # the body was a chrome line itself
    published = meta.get("published") or _date_near_headline(tree, headline, body)
    title = _title(headline, meta)
    vietnamese = _is_vietnamese(meta, title)
    author = meta.get("author")
    sapo = clean.take_sapo(tree, named, headline, body)
    if body is not None:
        body = clean.widen_body(body, measures)
        if vietnamese:
            clean.mark_captions(body, named)   # Vietnamese stories caption every photo; keep them
        byline = clean.take_byline(body)
        author = author or byline or _author_in(tree, named)
    text = _main_text(tree, body, url)
    text, tail_author, source = _tidy(text, title, sapo)
    author = _clean_author(author or tail_author, meta.get("site_name"))
    article = Article(
        url=url, title=title, author=author, source=source, published=published,
        text=text, category=category, tags=tuple(tags), image=meta.get("image"),
        language=meta.get("language") or ("vi" if vietnamese else None),
        canonical_url=meta.get("canonical"), dropped_boxes=tuple(dropped),
    )
    return _judge(article, meta, url)


def _judge(article: Article, meta: dict, url: str | None) -> Article:
    """Decide whether the page is an article: listing, contact and empty pages are not."""
    says_article = meta.get("type") in _ARTICLE_TYPES
    length = len(article.text)
    reason = ""
    if not article.title:
        reason = "no headline"
    elif url and looks_like_navigation(url) and not says_article:
        reason = "navigation URL"
    elif says_article and length < MIN_ARTICLE_CHARS // 2:
        reason = f"text too short ({length} chars)"
    elif not says_article and (not article.published or length < MIN_ARTICLE_CHARS):
        reason = "no date" if not article.published else f"text too short ({length} chars)"
    if reason:
        return replace(article, is_article=False, reason=reason)
    return replace(article, is_article=True)


def _read_metadata(tree: html.HtmlElement, url: str | None) -> dict:
    meta: dict = {"tags": []}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = squash(el.get("content"))
        if not key or not value:
            continue
        if key == "og:title":
            meta.setdefault("og_title", value)
        elif key == "og:type":
            meta.setdefault("type", value.lower())
        elif key == "og:site_name":
            meta.setdefault("site_name", value)
        elif key == "og:image":
            meta.setdefault("image", canonicalize(value, base=url) if url else value)
        elif key in ("author", "article:author", "dc.creator") and not value.startswith("http"):
            meta.setdefault("author", value)
        elif key in ("article:section",):
            meta.setdefault("section", value)
        elif key in ("article:tag", "news_keywords"):
            meta["tags"].extend(t.strip() for t in value.split(",") if t.strip())
        elif key in _DATE_META and "published" not in meta:
            parsed = parse_iso_date(value)
            if parsed:
                meta["published"] = parsed
    for el in tree.iter("time"):
        if (el.get("itemprop") or "").lower() == "datepublished" and el.get("datetime"):
            meta.setdefault("published", parse_iso_date(el.get("datetime")))
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            _read_json_ld(script.text, meta)
    for el in tree.iter("link"):
        if "canonical" in (el.get("rel") or "").lower().split() and el.get("href"):
            meta.setdefault("canonical", canonicalize(el.get("href"), base=url) if url else None)
    title_el = tree.find(".//title")
    if title_el is not None:
        meta["title_tag"] = squash(title_el.text_content())
    lang = tree.get("lang") or tree.get("xml:lang")
    if lang:
        meta["language"] = lang.split("-")[0].lower()
    if not meta.get("published"):
        meta.pop("published", None)
    return meta


def _read_json_ld(text: str, meta: dict) -> None:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
            continue
        if not isinstance(item, dict):
            continue
        if "@graph" in item:
            stack.append(item["@graph"])
        kinds = item.get("@type")
        kinds = {k.lower() for k in (kinds if isinstance(kinds, list) else [kinds]) if isinstance(k, str)}
        if not kinds & _ARTICLE_TYPES:
            continue
        meta["type"] = "article"
        if isinstance(item.get("datePublished"), str) and "published" not in meta:
            parsed = parse_iso_date(item["datePublished"])
            if parsed:
                meta["published"] = parsed
        if isinstance(item.get("headline"), str):
            meta.setdefault("headline", squash(item["headline"]))
        author = item.get("author")
        if isinstance(author, list) and author:
            author = author[0]
        if isinstance(author, dict):
            author = author.get("name")
        if isinstance(author, str) and author.strip():
            meta.setdefault("author", squash(author))


def _find_headline(tree: html.HtmlElement, meta: dict) -> html.HtmlElement | None:
    """The <h1> (or heading) that matches the page's declared title."""
    declared = [fold(t) for t in (meta.get("headline"), meta.get("og_title"), meta.get("title_tag")) if t]
    candidates = [el for el in tree.iter("h1", "h2") if len(clean.text_of(el)) >= 10]
    for el in candidates:
        key = fold(clean.text_of(el))
        if any(key in d or d in key for d in declared if len(d) >= 10):
            return el
    h1s = [el for el in candidates if el.tag == "h1"]
    if len(h1s) == 1:
        return h1s[0]
    # Old CMSs print the headline in a styled <div>, <td> or <b>: find the
    # short block whose text is exactly one part of the <title>.
    parts = {fold(p) for t in (meta.get("og_title"), meta.get("title_tag")) if t
             for p in _TITLE_SEPARATOR.split(t) if len(p) >= 10}
    for el in tree.iter("div", "td", "p", "b", "strong", "span", "font", "h3"):
        text = clean.text_of(el) if len(el.text_content()) < 300 else ""
        if text and fold(text) in parts:
            return el
    return None


def _title(headline: html.HtmlElement | None, meta: dict) -> str | None:
    if headline is not None:
        return clean.text_of(headline)
    for key in ("headline", "og_title"):
        if meta.get(key):
            return meta[key]
    title = meta.get("title_tag")
    if not title:
        return None
    # "Headline - Báo Lạng Sơn" → the longest part is the headline.
    parts = [p.strip() for p in _TITLE_SEPARATOR.split(title) if p.strip()]
    return max(parts, key=len) if parts else title


def _date_near_headline(tree, headline, body) -> str | None:
    """The date printed with the article: between headline and body, never in the site header."""
    zone: list = []
    if headline is not None:
        # Siblings after the headline up to the body, then the headline's
        # parent and grandparent (some templates print the date above it).
        for sibling in headline.itersiblings():
            zone.append(sibling)
            if body is not None and (sibling is body or body in sibling.iterdescendants()):
                break
        parent = headline.getparent()
        if parent is not None:
            zone.extend(el for el in parent.iter() if el is not headline)
            grand = parent.getparent()
            if grand is not None and grand.tag not in ("body", "html"):
                zone.extend(el for el in grand if el is not parent)
    if body is not None:
        # Government portals print "Ngày đăng" under the body.
        zone.extend(list(body)[-3:])
        zone.extend(body.itersiblings())
    usable = [el for el in zone
              if isinstance(el.tag, str) and el.tag != "a"
              and not any(a.tag == "a" for a in el.iterancestors())]
    # Elements named for dates first, then any short element of the zone.
    ordered = [el for el in usable if _DATE_CLASS.search(clean.classes(el))] + usable
    for el in ordered:
        text = clean.text_of(el)
        if not text or len(text) > 200:
            continue
        found = parse_vietnamese_date(text)
        if found:
            return found
    return None


def _author_in(tree, named: clean.Named) -> str | None:
    for el in named.author:
        if el.tag not in ("html", "body", "meta") and clean.attached(el, tree):
            text = clean.text_of(el)
            name = clean.byline_name(text, right_aligned=True)
            if name:
                return name
    return None


def _clean_author(author: str | None, site_name: str | None) -> str | None:
    if not author:
        return None
    author = squash(author).strip(" .,-–")
    author = re.sub(r"^(tác giả|by)\s*[:：]?\s*", "", author, flags=re.I)
    if not author or len(author) > 80 or (site_name and fold(author) == fold(site_name)):
        return None
    return author


def _main_text(tree: html.HtmlElement, body: html.HtmlElement | None, url: str | None) -> str:
    """trafilatura over the cleaned page, or the body's own blocks when it finds nothing."""
    text = trafilatura.extract(
        tree, url=url, include_comments=False, include_tables=True, include_images=False,
        deduplicate=False, with_metadata=False,
    )
    if text or body is None:
        return text or ""
    return "\n".join(clean.text_of(el) for el in body.iter("p", "h2", "h3", "h4", "li", "blockquote")
                     if clean.is_leaf_block(el) and clean.text_of(el))


_VIETNAMESE_LETTERS = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)


def _is_vietnamese(meta: dict, title: str | None) -> bool:
    lang = meta.get("language")
    if lang:
        return lang == "vi"
    return bool(title) and len(_VIETNAMESE_LETTERS.findall(title)) >= 2


def _tidy(text: str, title: str | None, sapo: str | None) -> tuple[str, str | None, str | None]:
    """Final line pass: headline, byline, source and chrome lines out; the sapo first."""
    lines = [squash(line) for line in text.splitlines()]
    lines = [line for line in lines if line]
    if title:
        lines = [line for line in lines if fold(line) != fold(title)]
    author = source = None
    while lines:
        last = lines[-1]
        src = _SOURCE_LINE.match(last)
        if src and source is None and len(last) <= 90:
            source = src.group(2).strip()
            lines.pop()
            continue
        name = clean.byline_name(last)
        if name and author is None:
            author = name
            lines.pop()
            continue
        break
    if sapo:
        sapo = squash(sapo)
        if not lines or fold(lines[0])[:60] != fold(sapo)[:60]:
            lines = [line for line in lines if fold(line) != fold(sapo)]
            lines.insert(0, sapo)
    return "\n".join(lines), author, source
