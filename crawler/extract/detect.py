"""Article or not: a decision over several signals, never "has a parsed date".

A page is scored on named signals: what its metadata says it is
(schema.org / Open Graph type), the shape of its URL (an article's slug or
id, or a listing, pagination, search, tag, contact or document path), one
dominant block of link-free prose with a headline just before it, how many
teasers the page carried, and what the crawl knows of it (other pages link
to it with its title as the anchor text, list pages or feeds list it). An
article without a readable date is still an article: it is stored with
``published`` empty and counted in the site's health.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from lxml import html

from ..urls import looks_like_navigation, navigation_path
from .text import fold, squash

if TYPE_CHECKING:
    from .boxes import SiteKnowledge

# Below this much body text a page with no structured "article" claim is not an article.
MIN_ARTICLE_CHARS = 300
ACCEPT = 2        # the signals' sum an article needs (see ``score``)
ARTICLE_TYPES = frozenset({"article", "newsarticle", "reportagenewsarticle", "blogposting",
                           "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
                           "backgroundnewsarticle", "liveblogposting", "report"})
# schema.org / Open Graph types of pages that are not one article.
OTHER_TYPES = frozenset({"website", "collectionpage", "searchresultspage", "contactpage", "aboutpage",
                         "itemlist", "profile", "profilepage", "webpage:list", "blog", "organization"})

# Listing, search, tag, pagination and utility paths beyond urls.looks_like_navigation.
# A listing word as the last segment ("/tin-tuc/", "/news.html"): an article has a slug there.
_LISTING_PATH = re.compile(
    r"(^|/)(archive|archives|luu-tru|tin-tuc|tintuc|news|su-kien|chuyen-de|section|sections|list|"
    r"danh-sach|blog|home|index|default|trang-chu|thong-bao|hoat-dong|tin-tuc-su-kien)(\.\w+)?/?$|"
    r"(^|/)(page|trang)/\d+/?$|(^|/)(19|20)\d\d(/[01]?\d)?(/[0-3]?\d)?/?$|(^|/)(taxonomy|term|terms|tags?|categories|category)/|"
    r"(^|/)(search|tim-kiem|lien-he|contact|sitemap|so-do-site|hoi-dap|faq|login|register)(/|\.|$)", re.I)
_LISTING_QUERY = re.compile(
    r"(^|&)(s|q|keyword|tu-?khoa|search|tag|cat|category|catid|start|limitstart|offset|"
    r"pageindex|page|paged|trang|\w*_cur|cur|delta)=|"
    r"(^|&)(view|layout|task|action)=(category|categories|section|archive|featured|search|tag|list)", re.I)
# Pages that describe a downloadable document (legal texts, forms) rather than report news.
_DOCUMENT_PATH = re.compile(
    r"(^|/)(van-?ban|van-ban-phap-luat|vbpl|tai-lieu|tai-ve|document|documents|download|downloads|"
    r"files?|attachments?|bieu-mau|thu-tuc-hanh-chinh|tthc)(/|$)", re.I)
# Pages of records named so: schedules (programmes, leaders' work, reception of citizens), price
# boards, weather, phone directories. A weak sign: a story's slug is longer.
_RECORDS_PATH = re.compile(
    r"(^|/)(lich|lich-phat-song|lich-phat-thanh|lich-truyen-hinh|lich-cong-tac|lich-lam-viec|"
    r"lich-tiep-cong-dan|lich-tiep-dan|schedule|schedules|tv-guide|gia-ca|gia-ca-thi-truong|bang-gia|"
    r"thoi-tiet|weather|danh-ba|danh-ba-dien-thoai|directory)(\.\w+)?/?$", re.I)
_DOCUMENT_QUERY = re.compile(r"download|docman|attachment|(^|&)file(id)?=", re.I)
_DOCUMENT_LINK = re.compile(r"\.(pdf|docx?|xlsx?|pptx?|zip|rar|7z|odt)($|\?)", re.I)
_LONG_NUMBER = re.compile(r"\d{4,}")
_YEAR = re.compile(r"^(19|20)\d\d$")
_DATE_PATH = re.compile(r"/(19|20)\d\d/[01]?\d/")
# The section an article's URL names beside its id ("?NewsID=4521&CatID=3", Joomla's
# "?view=article&id=12&catid=5"): no sign of a listing there.
_SECTION_PARAM = re.compile(r"(^|&)(cat|category|catid)=[^&]*", re.I)
_ID_QUERY = re.compile(r"(^|&)(id|itemid|newsid|articleid|postid|p|nid|tid|news_id|article_id)=\w", re.I)
_PAGE_EXTENSION = re.compile(r"\.(s?html?|aspx?|php|jsp|htm)$", re.I)


def article_url_score(url: str) -> int:
    """How much a URL looks like an article's: long slugs, long numbers, id queries, dates."""
    if looks_like_navigation(url):
        return 0
    parts = urlsplit(url)
    last = parts.path.rstrip("/").rsplit("/", 1)[-1]
    score = min(last.count("-"), 8)
    if _LONG_NUMBER.search(parts.path) or _ID_QUERY.search(parts.query) or _DATE_PATH.search(parts.path):
        score += 3
    if _PAGE_EXTENSION.search(last):
        score += 1
    return score


def url_kind(url: str | None) -> str:
    """``home``, ``listing``, ``document``, ``article``, ``records`` (a schedule, a price
    board, a directory) or ``unknown`` from the URL alone."""
    if not url:
        return "unknown"
    parts = urlsplit(url)
    if parts.path in ("", "/") and not _ID_QUERY.search(parts.query):
        return "listing" if _LISTING_QUERY.search(parts.query) else "home"
    if _DOCUMENT_LINK.search(parts.path) or _DOCUMENT_PATH.search(parts.path) \
            or _DOCUMENT_QUERY.search(parts.query):
        return "document"
    if _ID_QUERY.search(parts.query):
        # An item's id: only the path, paging or a search make it a listing ("?p=12" is a post).
        if navigation_path(parts.path) or _LISTING_QUERY.search(_SECTION_PARAM.sub("", parts.query)):
            return "listing"
    elif looks_like_navigation(url) or _LISTING_QUERY.search(parts.query):
        return "listing"
    last = parts.path.rstrip("/").rsplit("/", 1)[-1]
    # Vietnamese words are syllables: a section name has up to four ("tin-tuc-su-kien"),
    # a headline slug more; or an id (a long number that is not a year of a date archive).
    if last.count("-") >= 5 or _ID_QUERY.search(parts.query) or \
            any(_LONG_NUMBER.search(s) and not _YEAR.match(s) for s in parts.path.split("/")):
        return "article"
    if _LISTING_PATH.search(parts.path):
        return "listing"
    if _RECORDS_PATH.search(parts.path):
        return "records"
    return "unknown"


@dataclass(frozen=True)
class PageContext:
    """What the crawl knows about a page before extracting it (picklable, small)."""

    anchor: str | None = None      # a title-like anchor text of a link to this page, seen elsewhere
    listed: bool = False           # an item of a feed, a news sitemap or a list page
    knowledge: SiteKnowledge | None = None   # what the site's pages share


@dataclass(frozen=True)
class Signals:
    typed: str | None = None    # "article", "other" or None: what the metadata says
    url: str = "unknown"        # url_kind
    title: bool = False         # a title was found
    headline_near: bool = False  # the headline element stands just before the body
    prose: int = 0              # characters of link-free paragraph text in the body
    text: int = 0               # characters of the extracted text
    prose_share: float = 0.0    # prose / all text of the page
    teasers: int = 0            # teaser items removed from the page (a listing is all teasers)
    downloads: int = 0          # links to document files (pdf, doc, xls …)
    anchor_match: bool = False  # other pages link here with this page's title
    listed: bool = False        # a feed, news sitemap or list page lists this page
    records: int = 0            # characters of the body in records: rows of a data table, short list items
    record_items: int = 0       # how many records
    led: int = 0                # records that start with a time, a date or a number ("05:30", "STT")


def score(s: Signals) -> list[tuple[str, int]]:
    """The signals that count for (positive) or against (negative) an article, with weights."""
    found: list[tuple[str, int]] = []
    add = found.append
    if s.typed == "article":
        add(("typed as an article", 4))
    elif s.typed == "other":
        add(("typed as a page that is not an article", -1))
    if s.url == "article":
        add(("article-like URL", 2))
    elif s.url == "listing":
        add(("listing URL", -4))
    elif s.url == "document":
        add(("document URL", -4))
    elif s.url == "records":
        add(("a schedule, price board or directory URL", -2))
    if s.prose >= 800:
        add(("a dominant block of prose", 2))
    elif s.prose >= 300:
        add(("a block of prose", 1))
    elif s.prose < 200:
        add(("no block of prose", -2))
    # Table cells and short list items read as paragraphs to the prose measure: a page made of
    # such records (a schedule, a document list, a price board, a directory) is no story.
    if s.record_items >= MIN_RECORDS and s.records >= 0.6 * max(1, s.text):
        add(("a table or a list is most of the text", -3))
    if s.record_items >= MIN_RECORDS and s.led >= 0.6 * s.record_items:
        add(("a list of times, dates or numbers", -2))
    if s.prose_share < 0.12:
        add(("prose is a small part of the page", -2))
    elif s.prose_share >= 0.35:
        add(("prose dominates the page", 1))
    if s.headline_near:
        add(("headline above the prose", 1))
    if s.teasers >= 6 and s.teasers * 120 > s.prose:
        add((f"a listing of {s.teasers} teasers", -4))
    if s.downloads and s.prose < 800:
        add(("a document download page", -3))
    if s.anchor_match:
        add(("linked from other pages with its title", 2))
    if s.listed:
        add(("listed by a feed or list page", 1))
    return found


def judge(s: Signals) -> tuple[bool, str]:
    """(is an article, why not). Hard refusals first, then the sum of the signals."""
    if not s.title:
        return False, "no headline"
    if s.url == "home":
        return False, "home page"
    minimum = MIN_ARTICLE_CHARS // 2 if s.typed == "article" else MIN_ARTICLE_CHARS
    if s.text < minimum:
        if s.teasers >= 3:
            return False, f"a listing of {s.teasers} teasers"
        return False, f"text too short ({s.text} chars)"
    weights = score(s)
    if sum(w for _name, w in weights) >= ACCEPT:
        return True, ""
    against = [name for name, w in sorted(weights, key=lambda x: x[1]) if w < 0]
    return False, "not an article: " + (", ".join(against) or "too few signs of an article")


def typed(kind: str | None) -> str | None:
    """"article", "other" or None for a page's declared type (og:type, JSON-LD @type)."""
    kind = (kind or "").lower()
    if kind in ARTICLE_TYPES:
        return "article"
    if kind in OTHER_TYPES:
        return "other"
    return None


def anchor_matches(anchor: str | None, title: str | None) -> bool:
    """Whether a link's text names this page's title (teasers shorten or extend it a little)."""
    if not headline_like(anchor) or not title:
        return False
    a, t = fold(squash(anchor)), fold(squash(title))
    if len(t) < 30:
        return False
    return a == t or (len(a) >= 0.6 * len(t) and (a in t or t in a))


MIN_RECORDS = 6    # table rows or list items of a schedule, a directory, a document list
_LEADING = re.compile(r"^\W{0,3}(\d{1,2}\s*[:hg.]\s*\d{2}(?!\d)|\d{1,2}[/-]\d{1,2}\b|\d+\s*([.)/:-]|\s|$)|"
                      r"thứ\s+(hai|ba|tư|năm|sáu|bảy|\d)|chủ nhật|ngày\s+\d)", re.I)
_CELLS = ("td", "th")


def records(body: html.HtmlElement) -> tuple[int, int, int]:
    """(characters, count, how many start with a time, a date or a number) of the records in
    ``body``: the rows of its data tables (three rows or more of two cells or more) and the
    items of its lists of many short items. A schedule, a price board, a directory or a
    list of documents is made of them; a story of paragraphs."""
    chars = count = led = 0
    for table in body.iter("table"):
        rows = [tr for tr in table.iter("tr") if _own_table(tr) is table]
        rows = [tr for tr in rows if sum(1 for c in tr if c.tag in _CELLS and squash(c.text_content())) >= 2]
        if len(rows) < 3:
            continue
        for tr in rows:
            cells = [squash(c.text_content()) for c in tr if c.tag in _CELLS]
            chars += sum(len(c) for c in cells)
            count += 1
            first = next((c for c in cells if c), "")
            led += bool(_LEADING.match(first))
    for listing in body.iter("ul", "ol"):
        items = [squash(li.text_content()) for li in listing if li.tag == "li"]
        items = [t for t in items if t]
        if len(items) < MIN_RECORDS or sorted(len(t) for t in items)[len(items) // 2] > 100:
            continue
        chars += sum(len(t) for t in items)
        count += len(items)
        led += sum(bool(_LEADING.match(t)) for t in items)
    return chars, count, led


def _own_table(el: html.HtmlElement) -> html.HtmlElement | None:
    return next((a for a in el.iterancestors() if a.tag == "table"), None)


def headline_like(text: str | None) -> bool:
    """Whether a link's text reads like a headline: menu links name sections in a few words."""
    text = squash(text or "")
    return len(text) >= 30 and len(text.split()) >= 6


def document_links(tree: html.HtmlElement) -> int:
    return sum(1 for a in tree.iter("a") if _DOCUMENT_LINK.search(a.get("href") or ""))
