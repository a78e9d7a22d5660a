"""Article or not: a decision over several signals, never "has a parsed date".

A page is scored on named signals: what its metadata says it is
(schema.org / Open Graph type), the shape of its URL (an article's slug or
id, or a listing, pagination, search, tag, contact or document path), one
dominant block of link-free prose with a headline just before it, how many
teasers the page carried, and what the crawl knows of it (other pages link
to it with its title as the anchor text, list pages or feeds list it). An
article without a readable date is still an article: it is stored with
``published`` empty and counted in the site's health.

What the crawl learned of the whole site counts too: a page that the site's
template links to (its menus, its footer: the same link, with a short name
for anchor text, on many of its article pages; see ``menu_link_hash`` and
knowledge.py) is one of the site's own pages (about, contact, advertising,
a topic hub, a document register), not news, however it is marked up, unless
it shows what such pages lack: a dated URL, a feed or news sitemap listing
it, or a teaser elsewhere naming it by its headline, or a reporter's story (``reported``).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import islice, takewhile
from typing import TYPE_CHECKING
from urllib.parse import SplitResult, urlsplit, urlunsplit

from lxml import etree, html

from ..urls import canonicalize, document_base, looks_like_navigation, navigation_path, routed
from .clean import (
    CAPTION_MARK,
    SIGNING_FORMULA,
    br_lines,
    ends_sentence,
    in_thread,
    is_leaf_block,
    known_text,
    short_text,
    story_line,
    text_head,
    text_of,
    wraps_one,
)
from .dates import CLOCK
from .text import _MARKS, fold, squash

if TYPE_CHECKING:
    from .boxes import SiteKnowledge

# Below this much body text a page with no structured "article" claim is not an article.
MIN_ARTICLE_CHARS = 300
ACCEPT = 2        # the signals' sum an article needs (see ``score``)
SHORT_TITLE = 4   # syllables of a Vietnamese title: a name (a person, a unit), not a headline
ARTICLE_TYPES = frozenset({"article", "newsarticle", "reportagenewsarticle", "blogposting",
                           "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
                           "backgroundnewsarticle", "liveblogposting", "report"})
# schema.org / Open Graph types of pages that are not one article.
OTHER_TYPES = frozenset({"website", "collectionpage", "searchresultspage", "contactpage", "aboutpage",
                         "itemlist", "webpage:list", "blog", "organization"})
# Types of a page that is one record, not a story: an event, a person's profile, a question with
# its answers, a job, a course (schema.org @type of a top-level JSON-LD node, og:type). An explicit
# claim of its own: a page typed so is no article unless an article's JSON-LD is on it too (an
# og:type "article" beside an Event's JSON-LD is the CMS's stamp on every page). Left out: the
# types articles carry beside their own (a bare Person or Organization as author or publisher,
# LocalBusiness, Dataset) or that SEO plugins add to posts (FAQPage, HowTo, Question, Recipe, Product).
RECORD_TYPES = frozenset({"event", "educationevent", "businessevent", "socialevent", "exhibitionevent",
                          "festival", "courseinstance", "profile", "profilepage", "qapage", "jobposting",
                          "course", "business.business", "books.book"})
# A forum's thread: its opening post and the replies under it (schema.org's type for a topic, which
# Discourse, XenForo and forum SEO extensions print). A site's office may post its news as threads.
THREAD_TYPES = frozenset({"discussionforumposting"})
# A product's page: by og:type, the page's one type, or by microdata around its headline; never by
# JSON-LD alone (SEO plugins add a Product to posts).
PRODUCT_TYPES = frozenset({"product", "product.item", "product.group"})

# Listing, search, tag, pagination and utility paths beyond urls.looks_like_navigation.
# A listing word as the last segment ("/tin-tuc/", "/news.html"), or a content type's plural name
# (Bolt's "/entries", a blog's "/posts"): the collection's list. An article has a slug there.
_PLURAL_COLLECTION = r"(^|/)(entries|posts|articles|stories|bai-viet)/?$"
_LISTING_PATH = re.compile(
    r"(^|/)(archive|archives|luu-tru|tin-tuc|tintuc|news|su-kien|chuyen-de|section|sections|list|"
    r"danh-sach|blog|home|index|default|trang-chu|thong-bao|hoat-dong|tin-tuc-su-kien)(\.\w+)?/?$|"
    + _PLURAL_COLLECTION + "|"
    r"(^|/)(page|trang)/\d+/?$|(^|/)(19|20)\d\d(/[01]?\d)?(/[0-3]?\d)?/?$|(^|/)(taxonomy|term|terms|tags?|categories|category|cat)/|"
    r"(^|/)(search|tim-kiem|lien-he|contact|sitemap|so-do-site|hoi-dap|faq|login|register|polls?|survey)(/|\.|$)", re.I)
_PLURAL_LAST = re.compile(_PLURAL_COLLECTION, re.I)
_LISTING_QUERY = re.compile(
    r"(^|&)(s|q|keyword|tu-?khoa|search|tag|cat|category|catid|start|limitstart|offset|"
    r"pageindex|page|paged|trang|\w*_cur|cur|delta)=|"
    r"(^|&)(view|layout|task|action|op)=(category|categories|section|archive|featured|search|tag|list|"
    r"poll|vote|survey|login|register)", re.I)
# Pages that describe a downloadable document (legal texts, forms) rather than report news.
_DOCUMENT_PATH = re.compile(
    r"(^|/)(van-?ban|van-ban-phap-luat|vbpl|tai-lieu|tai-ve|document|documents|download|downloads|"
    r"files?|attachments?|bieu-mau|thu-tuc-hanh-chinh|tthc|datasets?)(/|$)", re.I)
# Pages of records named so: schedules (programmes, leaders' work, reception of citizens), price
# boards, weather, phone directories. A weak sign: a story's slug is longer.
_RECORDS_PATH = re.compile(
    r"(^|/)(lich|lich-phat-song|lich-phat-thanh|lich-truyen-hinh|lich-cong-tac|lich-lam-viec|"
    r"lich-tiep-cong-dan|lich-tiep-dan|schedule|schedules|tv-guide|gia-ca|gia-ca-thi-truong|bang-gia|"
    r"thoi-tiet|weather|danh-ba|danh-ba-dien-thoai|directory)(\.\w+)?/?$", re.I)
# A file given by its id or name ("?fileid=12", "&file=quy-che.pdf", "&file=1"); not a script's
# module file that shows a story (PHP-Nuke's "modules.php?name=News&file=article&sid=415").
_DOCUMENT_QUERY = re.compile(r"download|docman|attachment|(^|&)fileid=|"
                             r"(^|&)file=([^&]*\.\w{2,4}|\d+)(?=&|$)", re.I)
# A link to a document file, to a CMS's file handler (DotNetNuke's LinkClick.aspx?fileticket=,
# WebSphere WCM's ?MOD=AJPERES), or to a download script given the file's id (DedeCMS's
# "/plus/download.php?aid=118", a portal's "Download.aspx?FileID=12").
_DOCUMENT_LINK = re.compile(r"\.(pdf|docx?|xlsx?|pptx?|zip|rar|7z|odt)($|\?)|[?&](fileticket|mod=ajperes)\b|"
                            r"(^|/)\w*download\w*\.(php|aspx?|ashx|jsp)\?", re.I)
_LONG_NUMBER = re.compile(r"\d{4,}")
_YEAR = re.compile(r"^(19|20)\d\d$")
_DATE_PATH = re.compile(r"/(19|20)\d\d/[01]?\d/")
# The section an article's URL names beside its id ("?NewsID=4521&CatID=3", Joomla's
# "?view=article&id=12&catid=5"): no sign of a listing there.
_SECTION_PARAM = re.compile(r"(^|&)(cat|category|catid)=[^&]*", re.I)
_ID_QUERY = re.compile(r"(^|&)(id|itemid|newsid|articleid|postid|p|nid|tid|news_id|article_id|"
                       r"idx|idxno|wr_id|seq|aid|artid|contentid|content_id|news_no|newsno|article_no)=\w|"
                       # A forum's topic by its number (SMF's "index.php?topic=214.0", vBulletin's
                       # "?threadid=88"): one thread, its first post the page's.
                       r"(^|&)(topic|thread|threadid|topicid)=\d|"
                       # A story's number (PHP-Nuke's "&sid=415"): a number, where a session's id
                       # of the same name is a hash.
                       r"(^|&)(sid|storyid)=\d+(?=&|$)|"
                       # A number given to the script's view of one item ("news.php?readmore=45",
                       # "tin.asp?xem=12", "?detail=8"): the list's script shows one item so.
                       r"(^|&)(read|readmore|view|detail|details|show|xem|chitiet|chi-tiet)=\d+(?=&|$)|"
                       # An item named by its slug ("?title=le-khai-giang-nam-hoc-moi" of b2evolution,
                       # an OpenCart blog's "&article=<slug>", "?post=<slug>"): three words or more
                       # name one story, where a section's name ("?post=tin-tuc") has fewer.
                       r"(^|&)(post|article|news|slug|story|entry|item|title|bai-?viet)="
                       r"[^&=]*?[^\W_]+-[^\W_]+-[^\W_]+", re.I)
# A page that shows one item by its name ("news_view.html", "chi-tiet.aspx", "detail.php"): the
# list's state it carries back ("?id=12&page=3&cat=5") makes it no listing.
_VIEW_PAGE = re.compile(r"view|detail|read|show|chi-?tiet|xem|noi-?dung", re.I)
# A folder's index file: the folder names the page ("/2019/11/18/a-story/index.html").
_INDEX_FILE = re.compile(r"^(index|default)\.\w+$", re.I)
# A section's item is no listing when its own segment is a story's, unless a segment above it
# names a tag, an author or a search, or the one just above it a topic: then the segment is that
# one's name ("/tag/video/<slug>", "/chu-de/<slug>"). Under "page" a slug names the page itself.
_NAMING = re.compile(r"^(tags?|tu-khoa|authors?|tac-gia|search|tim-kiem)$", re.I)
_NAMED_BY_PARENT = re.compile(r"^(chu-de|topics?)$", re.I)
# The list's first page a view page carries back from it ("news_view.html?idx=8576&page=1").
_FIRST_PAGE = re.compile(r"(^|&)(page|trang|pageindex|paged|cur)=[01](?=&|$)", re.I)
_PAGE_EXTENSION = re.compile(r"\.(s?html?|aspx?|php|jsp|htm)$", re.I)


def article_url_score(url: str) -> int:
    """How much a URL looks like an article's: long slugs, long numbers, id queries, dates."""
    if looks_like_navigation(url):
        return 0
    parts = urlsplit(routed(url))
    last = parts.path.rstrip("/").rsplit("/", 1)[-1]
    score = min(last.count("-"), 8)
    if _LONG_NUMBER.search(parts.path) or _ID_QUERY.search(parts.query) or _DATE_PATH.search(parts.path):
        score += 3
    if _PAGE_EXTENSION.search(last):
        score += 1
    return score


@lru_cache(maxsize=4096)
def url_kind(url: str | None) -> str:
    """``home``, ``listing``, ``document`` (a file, a download script), ``filed`` (a page under
    a documents folder: ``filed_document`` reads its shape), ``article``, ``records`` (a schedule,
    a price board, a directory) or ``unknown`` from the URL alone. Cached: a site's pages link the
    same stories from their sidebars (``teaser_text``)."""
    if not url:
        return "unknown"
    url = routed(url)
    parts = urlsplit(url)
    if parts.path in ("", "/") and not _ID_QUERY.search(parts.query):
        return "listing" if _LISTING_QUERY.search(parts.query) else "home"
    if _DOCUMENT_LINK.search(parts.path) or _DOCUMENT_QUERY.search(parts.query):
        return "document"
    if _DOCUMENT_PATH.search(parts.path):
        return "filed"
    path = _folder(parts.path)
    last = path.rstrip("/").rsplit("/", 1)[-1]
    if _ID_QUERY.search(parts.query):
        # An item's id: only the path, paging or a search make it a listing ("?p=12" is a post);
        # not the list's first page that a page named for one item carries back (its state).
        query = _SECTION_PARAM.sub("", parts.query)
        if _VIEW_PAGE.search(last):
            query = _FIRST_PAGE.sub("", query)
        if navigation_path(parts.path) or _LISTING_QUERY.search(query):
            return "listing"
    elif (looks_like_navigation(url) and not _video_story(parts) and not _section_story(path)
          and not _dated_item(path)) \
            or _LISTING_QUERY.search(parts.query):
        return "listing"
    parts = parts._replace(path=path)
    # Vietnamese words are syllables: a section name has up to four ("tin-tuc-su-kien"),
    # a headline slug more; or an id (a long number that is not a year of a date archive).
    if last.count("-") >= 5 or _ID_QUERY.search(parts.query) or \
            any(_LONG_NUMBER.search(s) and not _YEAR.match(s) for s in parts.path.split("/")):
        return "article"
    if _LISTING_PATH.search(path) and not (_PLURAL_LAST.search(path) and parts.query):
        return "listing"   # "/bai-viet?ma=123", "/posts?pid=5": an old portal's item by its query
    if _RECORDS_PATH.search(parts.path):
        return "records"
    return "unknown"


_VIDEO_SECTION = re.compile(r"(?<![^/])videos?/", re.I)


def _video_story(parts: SplitResult) -> bool:
    """Whether a URL is one video story's page in the site's video section ("/video/<a headline's
    slug>"): a section's item, where the section alone ("/video/thoi-su") or paged is its listing."""
    last = parts.path.rstrip("/").rsplit("/", 1)[-1]
    path = _VIDEO_SECTION.sub("", parts.path)
    return last.count("-") >= 5 and path != parts.path and not looks_like_navigation(
        urlunsplit(parts._replace(path=path)))


# A date's folders before an item's file: a year, then a month ("/2026/11/"), a month and its
# day ("/2026/11/22/") or both in one ("/2026/1122/", DedeCMS's "{Y}/{M}{D}").
_DATE_FOLDERS = re.compile(r"/(19|20)\d\d/[01]?\d(/?[0-3]\d)?/[^/]+$")
_NUMBERED_FILE = re.compile(r"^\d+" + _PAGE_EXTENSION.pattern, re.I)


def _dated_item(path: str) -> bool:
    """Whether a path is one item's page filed under its day in a section, whatever the section's
    name ("/a/video/2026/1122/127.html", "/photo/2025/06/10/31.html"): a numbered page file
    under a date's folders. The section itself ("/a/video/"), its pages ("list_3_2.html") and
    its date archive ("/video/2026/11/") name no file so."""
    return bool(_DATE_FOLDERS.search(path)) and bool(_NUMBERED_FILE.match(path.rsplit("/", 1)[-1]))


def _folder(path: str) -> str:
    """``path`` without its folder's index file ("/a/b/index.html" → "/a/b/")."""
    head, _, last = path.rstrip("/").rpartition("/")
    return head + "/" if head and _INDEX_FILE.match(last) else path


def _section_story(path: str) -> bool:
    """Whether a path is one story's page under a section whose name is a navigation word
    ("/chuyen-muc/thoi-su/<a headline's slug>.html", "/photo/<slug>-123456.html",
    "/About/Blog/entryid/20/<slug>"): its own segment is a headline's slug or carries a long id,
    and it is no tag's, author's, search's, topic's or page's name (``_NAMING``, ``_NAMED_BY_PARENT``)."""
    segments = [s for s in path.split("/") if s]
    if len(segments) < 2 or _NAMED_BY_PARENT.match(segments[-2]) or navigation_path("/" + segments[-1]) \
            or any(_NAMING.match(s) for s in segments[:-1]):
        return False
    last = segments[-1]
    return last.count("-") >= 5 or any(_LONG_NUMBER.search(n) and not _YEAR.match(n)
                                       for n in re.findall(r"\d+", last))


@dataclass(frozen=True)
class Fields:
    """The "label: value" fields of a page's main block, which make it a record (an event's
    time and place, a person's position and e-mail, a procedure's steps) rather than a story."""

    pairs: int = 0          # a definition list's terms, a two-column table's rows
    lead: bool = False      # the pairs come before the first paragraph of prose
    asked: bool = False     # a field names who asked a question, or one question is put and answered
    answered: bool = False  # and another who answered it
    answers: int = 0        # questions put, each answered right after it, with no prose before the first
    marked: int = 0         # of the event's time and place fields (``when``), those in a record's markup:
                            # a definition list's, a two-column table's (a CMS's event fields, not typed lines)
    when: int = 0           # fields of an event's time and place before the first paragraph of prose
    prose_lines: int = 0    # paragraphs of running prose (no field, step, definition or links)
    calendar: bool = False  # an event's start in calendar markup (hCalendar ``dtstart``, ``startDate``)
                            # before the first paragraph of prose
    lede: str = ""          # the day the first paragraph of prose opens on (``LEDE``: "19/11", "qua"), folded
    introduced: int = 0     # the event's time and place fields in a record's markup (a <dt>, a table's row)
                            # right under one line of prose introducing them, before a second
    since: str | None = None  # the first day (ISO) the event's time and place fields before the prose print
    until: str | None = None  # and the last (a span of days: an exhibition's, a fair's)


@dataclass(frozen=True)
class PageContext:
    """What the crawl knows about a page before extracting it (picklable, small)."""

    anchor: str | None = None      # a title-like anchor text of a link to this page, seen elsewhere
    listed: bool = False           # an item of a feed, a news sitemap or a list page
    knowledge: SiteKnowledge | None = None   # what the site's pages share
    fed: bool = False              # an item of a feed or a news sitemap (not of a plain sitemap)
    fed_date: str | None = None    # the date that feed or news sitemap gives the page (ISO 8601)
    mirrors: tuple[str, ...] = ()  # the page's URL on the site's other hosts (an m. mirror's desktop page)


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
    menu: bool = False          # the site's template links here with a short name (a menu, a footer)
    dated_url: bool = False     # the URL's path holds a date (/2023/10/…)
    fed: bool = False           # a feed or news sitemap lists this page
    text_table: float = 0.0     # the share of the extracted text in rows of a table of three rows or more
    fields: Fields = Fields()   # the body's "label: value" fields (a record's)
    title_words: int = 0        # words (syllables) in a Vietnamese title; 0 for other languages
    title_name: bool = False    # the title is written as a name (``name_words``)
    teased: int = 0             # characters of the headline's zone in other articles' teasers (``teaser_text``)
    zone_text: int = 0          # characters of the headline's zone (``headline_zone``, an article's length)
    people: int = 0             # lines of the text naming a person and a position (``people``)
    bio: int = 0                # and fields of a person's record (born, phone, e-mail, in charge of)
    title_person: bool = False  # the title names a person and a position, nothing else (``person_line``)
    notice: bool = False        # the text announces itself and lists its terms (``notice``)
    call: bool = False          # a call for applications under its own "Thông báo tuyển …" (``call``)
    terms: bool = False         # a call's or a contest's terms under their short headings (``terms``)
    articled: bool = False      # a call's or terms' headings numbered from one, "Điều 1.", "1." … (``articled``)
    issued: bool = False        # a notice in its issuer's voice under its own "Thông báo …" (``issued``)
    title_event: bool = False   # the title is an event's name ("Hội thảo “…”": ``event_title``)
    upcoming: bool = False      # the event's time fields print a day on or after the page's own date
    later: bool = False         # and their first day is after it (the event is ahead of the page)
    title_document: bool = False  # the title names a document ("Kế hoạch …", "Đề cương …": ``document_title``)
    numbered: bool = False        # an official document's number line near the top ("Số: 45/KH-UBND": ``numbered``)
    contents: int = 0           # items of a table of contents, each with its page ("… (tr. 12)": ``contents``)
    contents_filled: bool = False  # and they fill most of the text (``contents_filled``: an issue's digest)
    books: bool = False         # most of the text a list of books described as a library does (``books``)
    excerpted: bool = False     # half its paragraphs or more cut short with "…" (``excerpted``: teasers)
    day_groups: int = 0         # days alone on a line, each over its list's items (``day_groups``)
    signed_for: bool = False    # the text ends on a document's signing formula ("TM. …": ``signing_formula``)
    signed: bool = False        # a reporter signs the text (a byline in, under or above the body)
    footer_named: bool = False  # the page's own footer links here by its title or a short name (terms, about)
    menu_named: bool = False    # the page's own <nav> menu links here by a short name (``menu``, page by page)
    site_page_named: bool = False   # …by a page of the site's name ("Giới thiệu", "Liên hệ"), whatever the headline
    section_titled: bool = False  # the title is the name a link on the page gives a section above it (a listing's page)
    dated: bool = False         # a line by the headline prints the page's own date (no event's time)
    revised: bool = False       # every line printing the page's date labels it the day it was last revised
    ended: bool = False         # the text ends in a full sentence (a truncated capture stops mid-word)
    filler: bool = False        # a template's placeholder text ("Lorem ipsum …") is much of the text (``filler``)
    spanned: bool = False       # a line by the headline prints a span of time (``time_span``: an event's)
    ahead: bool = False         # an event's time fields span days after the page's own date (a fair, an exhibition)
    forthcoming: bool = False   # the text opens saying an event will be held on a day after the page's date
    steps: int = 0              # items of the body's numbered lists (``steps``: a guide's)
    itemised: int = 0           # characters of the body's lists of short items (``itemised``)
    labelled_items: int = 0     # of their items, those a "Label: value" field ("- Thời gian: 19h30 …")
    undated: bool = False       # no date found for the page at all (metadata, text, URL)
    form_led: bool = False      # a form to fill (two fields or more) right under the headline (``core._form_led``)
    captions: int = 0           # characters of the body in photos' captions (``captions``)
    among: int = 0              # paragraphs of the story's own after its first photo's caption (``told_among_photos``)
    title_schedule: bool = False  # the title names a schedule ("Lịch khám …": ``schedule_title``)
    title_qa: bool = False      # the title names a page of questions and answers ("Hỏi đáp: …": ``qa_title``)
    title_poll: bool = False    # the title names a poll or a survey ("Bình chọn …": ``poll_title``)
    rows: int = 0               # rows of the extracted text's tables (``table_rows``)
    rows_led: int = 0           # and those that open on a time, a date or a number
    slots: bool = False         # a schedule's lines, each led by a day or a time (``slot_lines``)
    ballot: int = 0             # choices of a form of a question's under the headline (``ballot``: a poll)
    programme: int = 0          # items of an event's programme in the text ("08:00 - Lễ cúng bản": ``programme``)
    placed: bool = False        # an address right under the headline and a map service's frame (``place``)
    mapped: bool = False        # a map service's frame after the headline (``mapped``)
    wiki_page: bool = False     # a wiki's page outside its articles' namespace (``wiki.outside_articles``)
    thread: bool = False        # typed a forum's thread (``THREAD_TYPES``): its opening post and the replies
    page_record: bool = False   # the whole page typed a record's (``core._PAGE_TYPES``: a QAPage, a ProfilePage)
    opening: int = 0            # a thread seen by its posts, not typed one: its opening post's prose
    entries: int = 0            # entries of a list, each titled by a link to its own page, the body in one
                                # (1: one such entry under another title: a day's archive)
    state_document: bool = False  # the text is an administrative document's (``state_document``)
    not_found: bool = False     # a "not found" message on a line of its own (``says_not_found``)
    bodiless: bool = False      # no block of the page measured as a body of prose (``clean.find_body``)
    player: bool = False        # the page plays a video or a sound (``plays``)


def filed_document(s: Signals) -> bool:
    """Whether a page filed under a documents folder ("/van-ban/…", "/documents/123", Google
    Docs' "/document/d/…/pub") has a document entry's shape: a link to its file, a title naming
    a document's kind ("Kế hoạch …"), a table of its fields (most of the text, or five labelled
    fields and more: a data set's record on an open-data portal's "/dataset/…"), or no block of prose. The folder's
    word alone names no file: a school's news written in a published doc, a story a portal
    files under "/documents/", are stories."""
    return bool(s.downloads) or s.title_document or s.numbered or s.text_table >= 0.6 or s.prose < 300 \
        or s.fields.pairs >= _ENTRY_FIELDS


_ENTRY_FIELDS = 5   # labelled fields of an entry's record (author, maintainer, version, updated, licence)


# An administrative document's number on a line of its own, as the state's documents print it
# under their issuer: "Số: 45/KH-UBND", "Số: 123/2024/QĐ-UBND", "Số 07/TB-TrTH&THCS". A story
# quotes one inside a sentence ("theo Quyết định số 45/QĐ-UBND, …"), never as a line alone.
_NUMBER_LINE = re.compile(r"Số\s*:?\s*\d+\s*/\s*(?:\d{4}\s*/\s*)?[A-ZĐ][A-Za-zĐđ0-9&]*(?:\s*-\s*[A-Za-zĐđ0-9&.]+)*")
NUMBER_LINES = 8   # the lines of a document's head, where its number stands


EXCERPTS = 3           # paragraphs cut short with "…" that make a page of teasers, at least
_EXCERPT_LINE = 80     # characters of a paragraph counted (a poem's lines, a list's items are shorter)


def excerpted(text: str) -> bool:
    """Whether the text's paragraphs are excerpts: three or more of them, and half or more, cut
    short with an ellipsis (an issue's preview, a digest, a list printed as paragraphs: each the
    opening of another page's story). A story ends a paragraph so now and then, not as a rule."""
    lines = [line for line in text.splitlines() if len(line) >= _EXCERPT_LINE]
    cut = sum(1 for line in lines if line.rstrip().endswith(("…", "...")))
    return cut >= EXCERPTS and 2 * cut >= len(lines)


def numbered(text: str) -> bool:
    """Whether one of the first lines of ``text`` is an administrative document's number alone
    ("Số: 45/KH-TrTH&THCS"): the page is the document itself (a plan, a notice, a decision)."""
    return any(_NUMBER_LINE.fullmatch(line.strip()) for line in text.split("\n", NUMBER_LINES)[:NUMBER_LINES])


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
    elif s.url == "document" or (s.url == "filed" and filed_document(s)):
        add(("document URL", -4))
    elif s.url == "records":
        add(("a schedule, price board or directory URL", -2))
    if s.prose >= 800:
        add(("a dominant block of prose", 2))
    elif s.prose >= 300:
        add(("a block of prose", 1))
    elif s.prose < NO_PROSE:
        add(("no block of prose", -2))
    # Table cells and short list items read as paragraphs to the prose measure: a page made of
    # such records (a schedule, a document list, a price board, a directory) is no story.
    if s.record_items >= MIN_RECORDS and s.records >= 0.6 * max(1, s.text):
        add(("a table or a list is most of the text", -3))
    elif s.text_table >= 0.6:
        # A document's record (number, date, issuer, summary, file) or a short register.
        add(("a table is most of the text", -3))
    if s.record_items >= MIN_RECORDS and s.led >= 0.6 * s.record_items:
        add(("a list of times, dates or numbers", -2))
    if s.prose_share < 0.12:
        add(("prose is a small part of the page", -2))
    elif s.prose_share >= 0.35:
        add(("prose dominates the page", 1))
    if s.headline_near:
        add(("headline above the prose", 1))
    if s.fields.when and s.prose < RECORD_PROSE and not s.signed and not told(s):   # one: the time or the place
        add(("an event's time or place before a short description", -3))
    if s.people and s.bio and s.people + s.bio >= 3 and s.prose < RECORD_PROSE and not s.signed:
        add(("people with their positions and details (a directory, a leadership page)", -3))
    if s.title and 0 < s.title_words <= SHORT_TITLE:
        if s.title_name:
            add(("a name for a headline (a person, a place, a unit)", -2))
        else:   # "Giới thiệu", "Khoa Kinh tế", but also a brief's "Giá vàng tăng mạnh"
            add(("a short headline (a page's name?)", -1))
    if s.teasers >= 6 and s.teasers * 120 > s.prose:
        add((f"a listing of {s.teasers} teasers", -4))
    if s.downloads and s.prose < 800:
        add(("a document download page", -3))
    if s.footer_named:
        add(("its footer links here by its title or a short name (a page of the site)", -2))
    elif s.menu_named:   # a weak sign on one page: menus link to guides, a story's share bar to itself
        add(("its own menu links here by a short name (a page of the site)", -2))
        if s.revised and not s.signed:
            # A manual's or a wiki's page in the site's own menu, dated only by its last
            # revision ("Cập nhật lần cuối", "Last updated on"): a reference kept up to date.
            add(("its only date is the day it was last revised (a reference page)", -1))
    if s.undated and s.typed == "other" and s.url != "article" and not (s.anchor_match or s.fed or s.dated_url):
        # A thank-you, a landing or a help page typed as a website's: no date, no story's URL,
        # no link naming it by a headline.
        add(("no date, no story's URL, no link by its headline", -1))
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
    if s.wiki_page:
        return False, "a wiki's page outside its articles' namespace (talk, user, project, file, category), not news"
    if s.state_document and not s.signed and not s.fields.lede:
        return False, ("an administrative document's text under its national name and motto (a decree, a decision),"
                       " not news")
    if s.not_found and kept_prose(s) < RECORD_PROSE:
        return False, NOT_FOUND_REASON
    if s.filler:
        return False, "a template's placeholder text ('Lorem ipsum …') left online (a master page), not news"
    if s.menu and not (s.dated_url or s.fed or s.anchor_match or reported(s)):
        return False, "a page of the site's menu, not news"
    if s.site_page_named and not (s.dated_url or s.fed or reported(s)):
        # The page's own menu calls it "Giới thiệu" (or "Liên hệ", "Cơ cấu tổ chức"): the site's
        # about page, though a CMS lists it under a news section by its headline too.
        return False, "its own menu names it as a page of the site ('Giới thiệu', 'Liên hệ' …), not news"
    if s.section_titled and not (s.fed or s.anchor_match or s.dated_url or reported(s)):
        return False, "titled by the name of a section it lies in (a listing's further page), not news"
    if s.entries:
        return False, ("one of a list's entries, each titled by a link to its own page (a tag, an archive,"
                       " a blog's page), not news")
    record = record_kind(s)
    if record:
        return False, record
    if hub(s):
        return False, "a headline and an intro over other articles' teasers (a hub), not news"
    if s.thread and kept_prose(s) < RECORD_PROSE and not reported(s):
        # A resident's question, an offer, a lost purse, new-year wishes: a thread opened in a few
        # lines and answered below. An office posting its news as threads writes a story's length.
        return False, "a forum thread opened by a short post (a question, an offer, a greeting), not news"
    if 0 < s.opening < SHORT_POST and not reported(s):
        # The same, in a forum whose markup names no thread: a post of a few lines opens it.
        return False, "a forum thread opened by a short post (a question, an offer, a greeting), not news"
    if polled(s):
        return False, ("a question's choices to vote on, or a link to its form, and a line or two of prose at most"
                       " (a poll, a survey), not news")
    if gallery(s):
        return False, "photos and their captions with no paragraph of prose (a gallery), not news"
    if schedule(s):
        return False, "a schedule's name over rows of days or times and no block of prose (a schedule), not news"
    if s.call and (kept_prose(s) < RECORD_PROSE or s.articled) and not s.signed:
        return False, "a call for applications under its own 'Thông báo tuyển …' (a recruitment), not news"
    # Signed, with no block of prose at all: a community blog signs its calls as its stories.
    if s.terms and (kept_prose(s) < RECORD_PROSE or s.articled) and (not s.signed or kept_prose(s) < NO_PROSE) \
            and not s.fields.lede:
        return False, "a call's or a contest's terms under short headings (a recruitment, rules), not news"
    if s.form_led and kept_prose(s) < RECORD_PROSE and not (s.signed or s.dated):
        return False, "a form to fill right under its headline (a contact, a 'send to a friend' page), not news"
    if s.issued and kept_prose(s) < NOTICE_LENGTH and not s.signed:
        return False, "a notice in its issuer's voice under its own 'Thông báo …', not news"
    if s.contents and (kept_prose(s) < RECORD_PROSE or s.contents_filled) and not s.signed:
        return False, "a table of contents, each item with its page (an issue's entry), not news"
    if s.excerpted:
        return False, "paragraphs cut short with '…', each the opening of another story (an issue's preview), not news"
    if s.books and not s.signed:
        return False, "a list of books, each described as a catalogue does (a library's list), not news"
    if s.signed_for and not s.signed and not s.fields.lede:
        return False, "a document as its issuer signs it ('TM. Hội đồng quản trị', 'KT. Giám đốc'), not news"
    if s.day_groups >= DAY_GROUPS and not s.signed and not s.fields.lede:
        return False, "days each over their list of items (a week's calendar of events), not news"
    if announced(s):
        return False, "an event's name, time and place or programme, ahead of the event (an event's page), not news"
    if programmed(s):
        return False, "an event's name over its programme and a line of description (an event's page), not news"
    if guide(s):
        return False, "a guide's numbered steps, no paragraph of prose, no date line (a how-to page), not news"
    if filed(s):
        return False, "a file to download and no paragraph of prose (a document's entry), not news"
    if s.title_document and s.downloads and kept_prose(s) < NOTICE_LENGTH and not s.signed and not s.fields.lede:
        return False, "a document's name over its file to download (a plan, a report, a study guide), not news"
    if s.title_document and s.text_table >= TABLE_LIST and kept_prose(s) < MIN_ARTICLE_CHARS and not s.signed \
            and not s.fields.lede:
        # "Danh sách thí sinh …", "Kết quả …" over its table and the line that introduces it: the
        # list is the page. A story about one tells what was decided in its paragraphs.
        return False, "a document's name over its table and a line or two (a list, results), not news"
    if s.title_document and not s.fields.prose_lines and kept_prose(s) < RECORD_PROSE and not s.signed \
            and not s.fields.lede:
        # "Danh sách tác phẩm đoạt giải …" over the line that introduces it and its numbered items:
        # the list is the page, with not one paragraph of a story's.
        return False, "a document's name over its items and no paragraph of prose (a list, results), not news"
    minimum = MIN_ARTICLE_CHARS // 2 if s.typed == "article" or brief(s) else MIN_ARTICLE_CHARS
    if s.text < minimum:
        if s.teasers >= 3:
            return False, f"a listing of {s.teasers} teasers"
        return False, f"text too short ({s.text} chars)"
    if s.prose == 0 and (s.text < MIN_ARTICLE_CHARS or s.bodiless) and not s.signed:
        # Not one paragraph of prose, a line or two of text: a video's or a player's page with
        # its one-line description, though typed as an article (a brief has its sentences); or
        # no body at all, what text there is the page's lead and its menus (a podcast's player).
        return False, "no paragraph of prose and a line or two of text (a video's page), not news"
    if s.player and s.text < MIN_ARTICLE_CHARS and s.fields.prose_lines <= 1:
        # A player and the one line that says what it plays, under a headline: a video's or a
        # podcast episode's page, though typed as an article and signed (a blog signs every
        # post). A brief tells its news in sentences.
        return False, "a player and a line of description (a video's, an episode's page), not news"
    weights = score(s)
    if sum(w for _name, w in weights) >= ACCEPT:
        if itemised_page(s):   # though typed as an article, under a story's URL, dated: a blog's every post is
            return False, "the items of a list and no paragraph of prose (a register, a list, rules), not news"
        if labelled_page(s):
            return False, "a line or two over a list of fields (an invitation, a call, an event's page), not news"
        return True, ""
    against = [name for name, w in sorted(weights, key=lambda x: x[1]) if w < 0]
    return False, "not an article: " + (", ".join(against) or "too few signs of an article")


# An item of an event's programme: a time of day (or a span of two), a dash and what happens
# then ("08:00 - Lễ cúng bản", "14h30 – Thi giã cốm"), or a table's row of them ("| 7:30 – 8:00 |
# Đón tiếp đại biểu |"). A story tells the times of what happened in its sentences.
_TIME_OF_DAY = r"[0-2]?\d\s*[:h]\s*[0-5]\d"
# A programme's time ("08:00", "8h30", "08 giờ", "07 giờ 30") and perhaps its day after it ("08
# giờ, 12/11": a festival's table over several days), then what happens then.
_PROGRAMME_TIME = (r"[0-2]?\d\s*(?:[:h]\s*[0-5]\d|giờ(?:\s*[0-5]\d)?)"
                   r"(?:\s*,?\s*(?:ngày\s*)?[0-3]?\d/[01]?\d(?:/\d{4})?)?")
_PROGRAMME_ITEM = re.compile(rf"(?<![\d:/.]){_PROGRAMME_TIME}(?:\s*[-–—]\s*{_PROGRAMME_TIME})?"
                             r"\s*(?:[-–—]|\s\|)\s*[^\W\d_]")
PROGRAMME_ITEMS = 3   # such items that make an event's programme


def programme(text: str) -> int:
    """How many items of an event's programme (``_PROGRAMME_ITEM``) ``text`` holds."""
    return len(_PROGRAMME_ITEM.findall(text))


def programmed(s: Signals) -> bool:
    """An event's page: its name for a title ("Lễ hội Xên bản 2024"), its programme (times of
    day, each over what happens then), a line or two of description, no date line of the
    page's own (the only day it prints is the event's) and no story opening on the day of
    what it reports; unsigned. A story of the festival is dated, and told in paragraphs."""
    return (s.title_event and s.programme >= PROGRAMME_ITEMS and kept_prose(s) < MIN_ARTICLE_CHARS
            and not s.dated and not s.signed and not s.fields.lede and s.fields.prose_lines <= 1)


def announced(s: Signals) -> bool:
    """An event's page: its name for a title ("Hội thảo “…”", "Chương trình nghệ thuật …"), its
    time and place as fields before any paragraph of prose, the event on or after the page's own
    date, a short unsigned description. A story of the event, filed after it, reports what
    happened (its fields, if any, print a day before its date); a story announcing it is headed
    by a sentence ("Vĩnh Phúc sẽ tổ chức …"). Typed as an article, with a dated URL: a blog's or
    a CMS's every post is, events too."""
    if s.title_event and s.upcoming and s.fields.when >= 2 and s.fields.lead and s.prose < RECORD_PROSE \
            and not s.signed:
        return True
    if s.title_event and s.forthcoming and s.fields.pairs >= RECORD_PAIRS and s.fields.prose_lines <= 2 \
            and kept_prose(s) < RECORD_PROSE and not s.signed:
        # Under an event's name saying it will be held on a day to come ("Hội chợ … sẽ diễn ra từ
        # ngày 6/12"), a line or two (the lead saying so, a line inviting) and its fields (time,
        # place, organiser, how to take part): its page.
        return True
    if s.programme < PROGRAMME_ITEMS:
        return False
    # Its programme too (times of day, each over what happens then): its time and place leading
    # it on a day after the page's own and no paragraph of prose, whatever its headline and
    # though signed (a community blog signs every post, its meetups' too); or, under an event's
    # name, an opening sentence saying it will be held on a day after the page's own
    # (``forthcoming``) and no more prose than a record's. A story of the event, filed after it,
    # tells what happened; one announcing it tells it in paragraphs.
    return (s.later and s.fields.when >= 2 and s.fields.lead and kept_prose(s) < NO_PROSE
            or s.title_event and s.forthcoming and kept_prose(s) < RECORD_PROSE and not s.signed)


GUIDE_STEPS = 3   # items of a numbered list that make a guide's steps


def steps(body: html.HtmlElement | None) -> int:
    """How many items the numbered lists (``<ol>``) of ``body`` hold."""
    return 0 if body is None else sum(1 for ol in body.iter("ol") for li in ol if li.tag == "li")


LIST_ITEMS = 2      # items of a list that make it one (a register's, a list of books, rules, fields)
LIST_ITEM = 300     # characters of such an item: a longer one is a paragraph set in a list


def itemised(body: html.HtmlElement | None) -> tuple[int, int]:
    """The characters of the items of ``body``'s lists (``<ul>``, ``<ol>``) of ``LIST_ITEMS``
    items or more, each at most ``LIST_ITEM`` long, and of its paragraphs run as a list's items
    (``_marked_runs``), and how many of the lists' items are "Label: value" fields."""
    if body is None:
        return 0, 0
    chars = labelled = 0
    for listing in body.iter("ul", "ol"):
        items = [text_of(li) for li in listing if li.tag == "li"]
        if len(items) >= LIST_ITEMS and max(map(len, items)) <= LIST_ITEM:
            chars += sum(map(len, items))
            labelled += sum(1 for item in items if _LABEL.match(item) and not story_line(item.split(":", 1)[0]))
    # Paragraphs opened by a list's mark count as a list's items, not as fields: a story's terms
    # set so ("+ Hồ sơ gồm: …") are read by the fields' rules.
    chars += sum(sum(map(len, run)) for run in _marked_runs(body) if max(map(len, run)) <= LIST_ITEM)
    return chars, labelled


# A list typed as paragraphs, each opened by a list's mark ("<p>- Thông xe cầu vượt …</p>"): an
# editor's rundown pasted from a word processor; three items at least (a story may set two apart).
_ITEM_MARK = re.compile(r"^\s*[-–•+*]\s+\S")
_MARKED_ITEMS = 3


def _marked_runs(body: html.HtmlElement) -> Iterator[list[str]]:
    """The texts of each run of sibling paragraphs opened by a list's mark (``_ITEM_MARK``)."""
    for parent in {p.getparent() for p in body.iter("p")}:
        if parent is None:
            continue
        run: list[str] = []
        for el in [*parent, None]:
            text = text_of(el) if el is not None and el.tag == "p" else ""
            if text and _ITEM_MARK.match(text):
                run.append(text)
                continue
            if len(run) >= _MARKED_ITEMS:
                yield run
            run = []


LABELLED_ITEMS = 2   # "Label: value" items of a list that make it a record's fields


LISTED_SHARE = 0.6   # the share of a page's text in such lists that makes the list the page


def labelled_page(s: Signals) -> bool:
    """An invitation, a call or an event's page as a blog posts it: a line or two and a list whose
    items are mostly fields ("- Thời gian: …", "- Địa điểm: …", "- Yêu cầu: …"), that list much
    of the text, at most one paragraph of prose, unsigned, no opening on the day of what it
    reports. A story tells what happened in its paragraphs, a list beside them or not."""
    return (s.labelled_items >= LABELLED_ITEMS and s.itemised >= LABELLED_SHARE * max(1, s.text)
            and s.fields.prose_lines <= 1 and kept_prose(s) < RECORD_PROSE and not s.signed and not s.fields.lede)


LABELLED_SHARE = 0.3   # the share of the text in such a list


def itemised_page(s: Signals) -> bool:
    """A list for a page: most of its text the items of lists (``itemised``: a register, the
    members' new books, a forum's rules), a line or two around them and not one paragraph of
    prose, unsigned, no opening on the day of what it reports. A story with a list tells what
    happened in paragraphs around it."""
    return (s.itemised >= LISTED_SHARE * max(1, s.text) and not s.fields.prose_lines
            and kept_prose(s) < RECORD_PROSE and not s.signed and not s.fields.lede)


def guide(s: Signals) -> bool:
    """A how-to page of a site's documentation: numbered steps under a line introducing them,
    no paragraph of prose, no date line by its headline (a "last updated" line under the page is
    no publication), not typed as an article, in no feed and under no dated URL; unsigned. A
    how-to told as news is dated, and tells what was launched in paragraphs."""
    return (s.steps >= GUIDE_STEPS and not s.fields.prose_lines and kept_prose(s) < RECORD_PROSE
            and not s.dated and s.typed != "article" and not (s.fed or s.dated_url or s.signed))


def filed(s: Signals) -> bool:
    """A document's entry: a file to download under the headline, a few fields about it at
    most ("Niên đại: …", "Chất liệu: …") and no paragraph of prose at all, unsigned. Typed as
    an article, dated, listed: a blog's or a CMS's every page is. A story with its file
    attached tells what the file holds in a paragraph at least."""
    return bool(s.downloads) and not s.fields.prose_lines and s.prose < NO_PROSE and not s.signed


def kept_prose(s: Signals) -> int:
    """The prose of the body, no more than its extracted text: the body as measured may hold
    what the extraction drops after (other stories' teasers under it, their blurbs read as
    paragraphs)."""
    return min(s.prose, s.text)


def reported(s: Signals) -> bool:
    """A story as a reporter files it: its own date line by the headline, a dominant block of
    prose and a byline that signs it, or, unsigned, prose that opens on the day of what it
    reports ("Sáng 19/11, tại …": ``Fields.lede``). Small sites link such stories from their
    menus too (a portal's latest big story); a page of the site ("Giới thiệu") tells what the
    body is, not what happened on a day."""
    return s.dated and s.headline_near and s.prose >= RECORD_PROSE and (s.signed or bool(s.fields.lede))


def reports(s: Signals) -> bool:
    """A short story told of an event (``told``) whose prose opens on the day of what it reports
    ("Sáng 19/11, tại …": ``LEDE``): a news item, if unsigned and with a file attached (its plan,
    its list), where a notice over a form to download opens on what it acts under or asks."""
    return bool(s.fields.lede) and told(s)


def told(s: Signals) -> bool:
    """A story told, however many "Label: value" lines it holds (a meeting notice's time and
    place): a headline of a sentence, not a name, right above the prose; a date line of the
    page's own by it (an event's record prints only the event's time, in its fields); a
    paragraph of prose at least, prose dominating the page. No record, then; still an article's
    length (``MIN_ARTICLE_CHARS``): a truncated capture reads as a short story too."""
    return (s.dated and s.headline_near and s.title_words > SHORT_TITLE and not s.title_name
            and s.fields.prose_lines >= 1 and s.prose_share >= 0.35)


def brief(s: Signals) -> bool:
    """A news brief ("tin vắn": a headline, a date line, two or three sentences) shorter than
    an article: a story told (``told``) that the site's list pages link to by its headline,
    as they link to its other articles, and whose text ends in a full sentence. A truncated
    capture or a stub lacks one of these: its text stops mid-sentence, or no list names it."""
    return told(s) and s.anchor_match and s.listed and s.ended


# The Latin words of the designers' placeholder text ("Lorem ipsum dolor sit amet, consectetur
# adipiscing elit, sed do eiusmod tempor …"), those of five letters and more: no language the
# archive reads uses them.
_FILLER_WORDS = frozenset(
    "lorem ipsum dolor consectetur adipiscing eiusmod tempor incididunt labore dolore magna aliqua minim "
    "veniam nostrud exercitation ullamco laboris aliquip commodo consequat irure reprehenderit voluptate "
    "velit cillum fugiat nulla pariatur excepteur sint occaecat cupidatat proident culpa officia deserunt "
    "mollit laborum".split())
_LOREM = re.compile("lorem", re.I)
FILLER_SHARE = 0.1   # the share of a page's words the placeholder makes on a master page left online
OWN_PARAGRAPH = 25   # words of a line free of the placeholder that is a paragraph of the page's own


def filler(text: str) -> bool:
    """Whether a template's placeholder ("Lorem ipsum dolor sit amet …") is much of ``text``
    and the page has no paragraph of its own besides: a builder's master page or a draft left
    online ("Tiêu đề tin tức", "Nội dung nhập vào đây"), never a story. A story that quotes the
    phrase (web design, typography) has its own words around it; a page whose own paragraphs
    stand among placeholder blocks a designer forgot (one paragraph, or short ones as long as
    a story together) is judged on them, as any page."""
    if not _LOREM.search(text):
        return False   # the placeholder's first word nowhere: no words counted
    words = re.findall(r"[^\W\d_]+", text.casefold())
    if "lorem" not in words or "ipsum" not in words \
            or sum(w in _FILLER_WORDS for w in words) < FILLER_SHARE * len(words):
        return False
    own_chars = 0   # the text of the lines free of the placeholder: a brief's short paragraphs
    for line in text.split("\n"):
        own = re.findall(r"[^\W\d_]+", line.casefold())
        if any(w in _FILLER_WORDS for w in own):
            continue
        if len(own) >= OWN_PARAGRAPH:
            return False
        own_chars += len(line.strip())
    # Short paragraphs of its own as long as a story: a brief beside the block a designer forgot
    # (a master page's own lines are its labels: "Tiêu đề tin tức", "Ngày đăng: dd/mm/yyyy").
    return own_chars < MIN_ARTICLE_CHARS


# A day and its month, with a year or not: "14/6", "24/05/2024", "20 Tháng Mười", "12 thg 4".
_DAY_MONTH = re.compile(r"(?<![\d/.])[0-3]?\d\s*[/.]\s*[01]?\d(?![\d:])"
                        r"|(?<!\d)[0-3]?\d\s+(?:tháng|thg\.?)\s*(?:\d{1,2}|[^\W\d_]+)", re.I)
_SPAN_JOIN = re.compile(r"(?<![^\W\d_])(?:-|–|—|đến|tới|to|until)\s", re.I)
SPAN_LINE = 120   # characters of a line that prints a span of time (a field's label and value)
# The second day of a story's date line: when it was updated or edited ("- Cập nhật: 10/05/2024").
_EDITED = re.compile(r"\W*(cap nhat|sua doi|sua|chinh sua|hieu chinh|updated?|modified|edited|last modified)\b")
# A time of day: a clock's ("07:30", "14h00", "8 giờ 30": dates.CLOCK), "14g00", the hour alone
# ("9h", "9 giờ"); not a date's figures.
_CLOCK = rf"(?<![/.])(?:{CLOCK}|(?<![\d:])[0-2]?\d\s*(?:g\s*[0-5]\d|h|giờ))(?![\d/])"
_CLOCK_BEFORE = re.compile(_CLOCK + r"\W*$", re.I)
# What follows an age, no clock: "9 giờ trước", "2 giờ 30 phút trước", "2h ago" (the time since
# the story was posted, as a date line prints it after the date).
_AGO = r"\s*(?:\d{1,2}\s*)?(?:phút\s*)?(?:trước|qua|ago)(?![^\W\d_])"
_CLOCK_AFTER = re.compile(r"\s*" + _CLOCK + f"(?!{_AGO})", re.I)


def time_span(text: str) -> bool:
    """Whether a short line prints a span of time, a start and an end each with its day
    ("8:00 SA, 24/05/2024 đến 10:00 CH, 28/05/2024", "20 Tháng Mười @ 7:30 - 22 Tháng Mười @ 9:00"):
    an event's schedule. A date and its time ("16/05/2024 - 09:20") is no span, nor a story's
    date line with the day it was updated ("Ngày đăng: 08/05/2024 - Cập nhật: 10/05/2024").
    One day and its hours, a start and an end ("Thứ bảy, 12/04/2025, 07:30 - 11:30"), are a span
    too: a story's date line prints one time."""
    if len(text) > SPAN_LINE:
        return False
    return any(_DAY_MONTH.search(text, 0, join.start())
               and (_DAY_MONTH.search(text, join.end())
                    or bool(_CLOCK_BEFORE.search(text[:join.start()]) and _CLOCK_AFTER.match(text, join.end())))
               and not _updated(text, join.end())
               for join in _SPAN_JOIN.finditer(text))


def _updated(text: str, start: int) -> bool:
    """Whether the part of a date line after ``start`` is the day it was updated: an update's
    label right after the join ("- Cập nhật: 10/05/2024"), or after the first day's time and a
    separator ("14/10/2024 - 11:20 | Cập nhật: 14/10/2024 - 16:45")."""
    rest = fold(text[start:])
    return bool(_EDITED.match(rest) or _UPDATED_AFTER.match(rest))


# The first day's time (its zone perhaps), a separator and an update's label (folded): "11:20 |
# cap nhat", "08:45 (gmt+7) | cap nhat".
_UPDATED_AFTER = re.compile(r"\s*[0-2]?\d\s*[:hg]\s*[0-5]\d\s*(?:\(?\s*(?:gmt|utc)\s*(?:[+-]\s*\d{1,2})?\s*\)?\s*)?"
                            r"[|,;(]" + _EDITED.pattern)


def spans_time(zone: html.HtmlElement | None) -> bool:
    """Whether a block of ``zone`` (the headline's, ``headline_zone``) prints a span of time
    before the story's prose: an event's schedule stands under its name; a sentence of a story
    ("Giải đấu diễn ra từ ngày 20/11 đến 25/11.") names the dates of what it tells."""
    if zone is None:
        return False
    for el in zone.iter(*_SPAN_BLOCKS):
        text = short_text(el, SPAN_LINE)   # None: longer than a span's line (a column is not read whole)
        if _prose_line(el, text):
            return False
        if text is not None and time_span(text):
            return True
    return False


def _prose_line(el: html.HtmlElement, text: str | None) -> bool:
    """Whether a block is a paragraph of prose (no container of other blocks, no field's
    "Label: value"): a story's length (``text`` None, longer than a span's line), or a sentence
    ended by a stop."""
    if el.tag not in ("p", "div") or any(isinstance(c.tag, str) and c.tag in _BLOCKS for c in el):
        return False
    return text is None or (text.rstrip().endswith(".") and ":" not in text)


_SPAN_BLOCKS = ("p", "div", "li", "dd", "td", "h2", "h3", "h4", "h5", "h6", "span")


def captions(body: html.HtmlElement | None) -> int:
    """Characters of ``body`` in photos' captions (``<figcaption>``, a caption the extraction
    marked so: ``clean.mark_captions``)."""
    if body is None:
        return 0
    return sum(len(text_of(el)) for el in body.iter()
               if el.tag == "figcaption" or (isinstance(el.tag, str) and el.get(CAPTION_MARK) is not None))


_TOLD_LINE = 20      # characters of a paragraph of the story's own after a photo (no credit's "Ảnh: …")
STORY_AMONG = 2      # such paragraphs that make photos and their captions a photo story


def told_among_photos(body: html.HtmlElement | None) -> int:
    """How many paragraphs of ``body`` that are no caption stand after the first photo's caption
    (``captions``): a photo story tells its story between its photos, however briefly; a
    gallery puts its photos one after another, a line over them at most."""
    if body is None:
        return 0
    told = 0
    seen = False
    for el in body.iter("p", "div", "li", "blockquote", "h2", "h3", "h4", "figcaption"):
        if el.tag == "figcaption" or el.get(CAPTION_MARK) is not None:
            seen = True
        elif seen and len(text_of(el)) >= _TOLD_LINE and is_leaf_block(el) \
                and not any(a.tag == "figure" or a.get(CAPTION_MARK) is not None for a in el.iterancestors()):
            told += 1
    return told


def gallery(s: Signals) -> bool:
    """A photo gallery: photos and their captions, most of the text, and no paragraph of prose
    by the headline (a photo story opens on its lead), nor, on a dated page, told after the first
    photo (``told_among_photos``: a photo story's lead may be a line, its paragraphs short; a
    library's album, undated, may set a line of its own under each photo). Typed as an article,
    listed, dated, signed by its photographer as stories are: none of it makes a story of
    captions."""
    return bool(s.captions) and s.captions >= 0.5 * s.text and not s.fields.prose_lines \
        and s.prose < MIN_ARTICLE_CHARS and (s.among < STORY_AMONG or s.undated)


# A form that puts one question's choices (``mark_ballots``): a poll's, a survey's.
BALLOT_MARK = "data-ballot"
BALLOT_CHOICES = 2   # radio buttons or check boxes under one name that make a question's choices
POLL_CHOICES = 3     # choices of a poll that is the page, a short intro over it (``polled``)
POLL_LINES = 2       # paragraphs of prose a poll's page holds under its own headline: its intro, its deadline


# A form service's frame: the form is the service's page, its choices unseen here.
_FORM_SERVICE = re.compile(r"^(?:https?:)?//(?:docs\.google\.com/forms/|forms\.gle/|forms\.office\.com/"
                           r"|forms\.microsoft\.com/|(?:[\w-]+\.)?jotform\.com/|(?:[\w-]+\.)?typeform\.com/"
                           r"|survey\.zohopublic\.com/|(?:www\.)?surveymonkey\.com/r/)", re.I)


def mark_ballots(tree: html.HtmlElement) -> None:
    """Mark each form that puts a question's choices, radio buttons or check boxes sharing a
    name (``BALLOT_CHOICES`` at least): a poll, a survey; the mark is how many choices. A
    script's poll puts them in no form: their nearest holder is marked. Before the noise goes:
    the controls go with it (``clean.drop_noise``), the holder and its mark stay. A search box,
    a newsletter's sign-up or a comment form put no choices."""
    loose: dict[str, list[html.HtmlElement]] = {}
    # ASP.NET WebForms wraps the whole page in one form (its __VIEWSTATE, the headline within):
    # its choices are loose ones, each question's held by its own block.
    pages = [form for form in tree.iter("form") if _page_form(form)]
    for form in tree.iter("form"):
        if form in pages:
            continue
        named: dict[str, list[html.HtmlElement]] = {}
        for el in form.iter("input"):
            if _choice(el):
                named.setdefault(el.get("name"), []).append(el)
        names = {name: len(choices) for name, choices in named.items() if not _scale(choices)}
        if names and max(names.values()) >= BALLOT_CHOICES:
            form.set(BALLOT_MARK, str(max(names.values())))
    for el in tree.iter("input"):
        if _choice(el) and not any(up.tag == "form" and up not in pages for up in el.iterancestors()):
            loose.setdefault(el.get("name"), []).append(el)
    for choices in loose.values():
        if len(choices) < BALLOT_CHOICES or _scale(choices):
            continue
        holder = next((up for up in choices[0].iterancestors()
                       if all(any(a is up for a in other.iterancestors()) for other in choices[1:])), None)
        if holder is not None and holder.tag not in ("body", "html"):
            holder.set(BALLOT_MARK, str(len(choices)))
    for frame in tree.iter("iframe"):
        # An embedded form (Google Forms, Microsoft Forms …): a survey's, its questions in the
        # frame; its holder stays when the frame goes with the noise.
        holder = frame.getparent()
        if holder is not None and _FORM_SERVICE.match((frame.get("src") or frame.get("data-src") or "").strip()):
            holder.set(BALLOT_MARK, str(POLL_CHOICES))


def _page_form(form: html.HtmlElement) -> bool:
    """Whether a ``<form>`` wraps the page rather than a question (ASP.NET WebForms' one form):
    its view state, or the page's ``<h1>``, inside it."""
    return any(el.get("name") == "__VIEWSTATE" for el in form.iter("input")) or any(True for _ in form.iter("h1"))


def _scale(choices: list[html.HtmlElement]) -> bool:
    """Whether radio buttons of one name are a rating's scale, not a question's choices: their
    labels, digits aside, are all alike (none, "★", "1 sao" … "5 sao"), as a star rating's under
    a story or in its comment form are. A poll's choices are told apart by their words."""
    return len({_DIGITS.sub("", fold(_choice_label(el))).strip() for el in choices}) == 1


_DIGITS = re.compile(r"[\d\s]+")


def _choice_label(el: html.HtmlElement) -> str:
    """The words naming a choice: its ``<label>`` (holding it, or naming its id), else the text
    right after it ("<input> Có<br>", "<input><span>Có</span>"), or after the block it stands
    alone in (a poll's table: "<td><input></td><td>Có</td>")."""
    holder = next(el.iterancestors("label"), None)
    if holder is None and el.get("id"):
        holder = next((label for label in el.getroottree().iter("label") if label.get("for") == el.get("id")), None)
    if holder is not None:
        return text_of(holder)
    node = el
    for _ in range(_LABEL_CLIMB):
        up = node.getparent()
        if (node.tail or "").strip() or node.getnext() is not None or up is None or up.tag in ("form", "body") \
                or squash(up.text_content()):
            break
        node = up
    after = node.getnext()
    return squash((node.tail or "") + (after.text_content() if after is not None and after.tag != "input" else ""))


_LABEL_CLIMB = 3   # blocks a choice's button may stand alone in (a cell, its wrapper), its label after them


def _choice(el: html.HtmlElement) -> bool:
    """Whether an ``<input>`` is one choice of a question: a radio button or a check box with a name."""
    return (el.get("type") or "").lower() in ("radio", "checkbox") and bool(el.get("name"))


def _choices(el: html.HtmlElement) -> int:
    """How many choices a marked holder (``mark_ballots``) puts."""
    mark = el.get(BALLOT_MARK) or ""
    return int(mark) if mark.isdigit() else BALLOT_CHOICES


def ballot(zone: html.HtmlElement | None, headline: html.HtmlElement | None) -> int:
    """How many choices a form of choices (``mark_ballots``) in ``zone`` (the headline's,
    ``headline_zone``) after the headline puts (0: none): the page's own question to vote on,
    not a column's."""
    if zone is None:
        return 0
    started = headline is None or not any(a is zone for a in headline.iterancestors())
    for el in zone.iter():
        if not started:
            started = el is headline
        elif isinstance(el.tag, str) and el.get(BALLOT_MARK) is not None:
            return _choices(el)
    return 0


_AFTER_HEADLINE = etree.XPath("following::*[position() <= 80]")
_HEADINGS = ("h1", "h2", "h3", "h4")


def ballot_after(headline: html.HtmlElement | None) -> int:
    """How many choices the first form of choices (``mark_ballots``) after the headline, in the
    page's order, puts when it comes before any other heading and outside the page's asides
    (0: none): the post's own poll, where a theme's header (category, headline, date line, share
    bar) holds text enough to be the headline's zone alone (``ballot``), the post's content
    beside it. A sidebar's or a footer's poll stands under its own widget's heading, or in an
    ``<aside>``."""
    if headline is None:
        return 0
    for el in _AFTER_HEADLINE(headline):
        if el.tag in _HEADINGS and not _sentence_heading(el):
            return 0
        if el.get(BALLOT_MARK) is not None:
            in_aside = any(up.tag in ("aside", "footer", "nav") for up in el.iterancestors())
            return 0 if in_aside else _choices(el)
    return 0


_SECTION_NAME = 100   # characters of a section's heading at most


def _sentence_heading(el: html.HtmlElement) -> bool:
    """Whether a heading is a sentence (a sapo set in an ``<h2>``): no section's name."""
    text = text_of(el)
    return len(text) > _SECTION_NAME or text.endswith((".", "!", "?"))


# A map service's frame (``mark_maps``): where a place is, never what a story reports.
MAP_MARK = "data-map"
_MAP_SERVICE = re.compile(r"^(?:https?:)?//(?:www\.)?(?:google\.[a-z.]+/maps|maps\.google\.[a-z.]+|maps\.app\.goo\.gl"
                          r"|goo\.gl/maps|(?:[\w-]+\.)?openstreetmap\.org|bing\.com/maps|(?:[\w-]+\.)?vietbando\.com"
                          r"|(?:[\w-]+\.)?map4d\.vn|api\.mapbox\.com)", re.I)


def mark_maps(tree: html.HtmlElement) -> None:
    """Mark the block holding each frame of a map service (``MAP_MARK``), before the noise goes:
    the frame goes with it (``clean.drop_noise``), its block and the mark stay."""
    for frame in tree.iter("iframe"):
        holder = frame.getparent()
        if holder is not None and _MAP_SERVICE.match((frame.get("src") or frame.get("data-src") or "").strip()):
            holder.set(MAP_MARK, "")


# The parts of a Vietnamese address (folded): a house, a street, a hamlet, then the administrative
# units, the last a commune's, a district's or a province's ("xã Tân Trào, tỉnh Tuyên Quang").
_ADDRESS_PART = re.compile(r"(so( nha)?|duong|pho|ngo|ngach|hem|kiet|km|quoc lo|thon|ban|ap|xom|lang|to( dan pho)?|"
                           r"khu( pho)?|xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tp)\b\.?")
_UNIT = re.compile(r"(xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tp|tinh)\b")
_ADDRESS_LABEL = re.compile(r"^dia chi\s*[:：]")
_ADDRESS_LINE = 150   # characters of an address line under a place's name
_ADDRESS_UNITS = 2    # administrative units an unlabelled address names at least
_NAME_WORDS = 4       # words of a unit's or a street's name ("Hồ Chí Minh", "Cư M'gar")


def address_line(text: str) -> bool:
    """Whether a short line is an address: labelled so ("Địa chỉ: …"), or the administrative
    units of one, comma-separated, the last a unit ("thôn Tân Lập, xã Tân Trào, tỉnh Tuyên Quang")."""
    key = fold(squash(text))
    if not key or len(key) > _ADDRESS_LINE:
        return False
    if _ADDRESS_LABEL.match(key):
        return True
    parts = [p.strip() for p in key.split(",") if p.strip()]
    if len(parts) < _ADDRESS_UNITS:
        parts = [p.strip() for p in re.split(r"\s[-–]\s", key) if p.strip()]
    return len(parts) >= _ADDRESS_UNITS and all(map(_address_part, parts)) \
        and sum(1 for p in parts if _UNIT.match(p)) >= _ADDRESS_UNITS and bool(_UNIT.match(parts[-1]))


def _address_part(part: str) -> bool:
    """A part of an address: a unit's or a street's word and a name of a few words ("huyện Sơn
    Dương", "đường 17/8"), no clause ("huyện Sơn Dương vào mùa lúa chín")."""
    kind = _UNIT.match(part) or _ADDRESS_PART.match(part)
    return kind is not None and 1 <= len(part[kind.end():].split()) <= _NAME_WORDS


_PLACE_REACH = etree.XPath("following::*[position() <= 80]")
_NOT_THE_PAGES = ("aside", "footer", "nav")   # a map there is a contact widget's, the site's office


def place(headline: html.HtmlElement | None) -> bool:
    """Whether a place's record stands under the headline: its address the first line after it
    (``address_line``), a map service's frame (``mark_maps``) after it, outside the page's
    asides, footer and menus (a contact widget's map)."""
    if headline is None or not mapped(headline):
        return False
    first = next((el for el in _PLACE_REACH(headline) if text_of(el)), None)
    return first is not None and address_line(text_of(first))


def mapped(headline: html.HtmlElement | None, tree: html.HtmlElement | None = None) -> bool:
    """Whether a map service's frame (``mark_maps``) follows the headline (with none found, stands
    in ``tree``), outside the page's asides, footer and menus (a contact widget's map). The page's
    marks are read first: most pages hold none, and the headline's reach is not walked."""
    root = headline.getroottree() if headline is not None else tree
    marks = [el for el in _MAP_MARKED(root) if not any(up.tag in _NOT_THE_PAGES for up in el.iterancestors())] \
        if root is not None else []
    if not marks or headline is None:
        return bool(marks)
    following = set(_PLACE_REACH(headline))
    return any(el in following for el in marks)


_MAP_MARKED = etree.XPath(f"//*[@{MAP_MARK}]")


def polled(s: Signals) -> bool:
    """A poll or a survey: a form of choices under the headline (``ballot``) and no block of
    prose, or a paragraph introducing a poll of ``POLL_CHOICES`` choices or more and a line of
    its deadline at most (a paper's "Bình chọn …" page), unsigned; or, under a poll's own headline,
    a line or two inviting to its form elsewhere (a survey's link), no paragraph of prose. A story
    that closes on a poll of its readers tells the story first."""
    if s.title_poll and not s.ballot and not s.fields.prose_lines and kept_prose(s) < NO_PROSE and not s.signed:
        return True
    if not s.ballot:
        return False
    if not s.fields.prose_lines:
        return True   # choices and not one paragraph of prose (the measure read a quiz's questions), signed or not
    if s.signed and kept_prose(s) >= NO_PROSE:
        return False   # signed and no block of prose: a blog signs its forms as its stories
    # A story of two short paragraphs may close on its readers' poll: a poll's own headline names it.
    lines = POLL_LINES if s.title_poll else 1
    if kept_prose(s) < MIN_ARTICLE_CHARS:
        return not s.fields.prose_lines or s.ballot >= POLL_CHOICES and s.fields.prose_lines <= lines
    # The prose measure reads the choices' labels and the questions too: under a poll's own
    # headline, its intro and a line of its deadline over many choices are its page, however long
    # the choices run. Without one, a brief of one long paragraph closing on a poll stays a story.
    return s.title_poll and s.ballot >= POLL_CHOICES and s.fields.prose_lines <= lines \
        and kept_prose(s) < RECORD_PROSE


# A Vietnamese headline naming a schedule: "Lịch công tác …", "Lịch tiếp công dân …", "Lịch thi …",
# "Thời khóa biểu …" (folded); "Lịch sử"/"Lịch sự" (history, courtesy) name none.
_SCHEDULE_TITLE = re.compile(r"(lich|thoi khoa bieu|thoi gian bieu)\s(?!su\b)")
# "Lịch sự kiện …" (a calendar of events) folds as "Lịch sử kiến trúc" does: read with its marks.
_EVENTS_CALENDAR = re.compile(r"lịch\s+sự\s+kiện\b")


def schedule_title(title: str | None) -> bool:
    """Whether a (Vietnamese) title names a schedule (``_SCHEDULE_TITLE``, ``_EVENTS_CALENDAR``)."""
    if not title:
        return False
    return bool(_SCHEDULE_TITLE.match(fold(squash(title)))
                or _EVENTS_CALENDAR.match(unicodedata.normalize("NFC", squash(title)).lower()))


# A Vietnamese headline naming a page of questions and answers: "Hỏi đáp: …", "Hỏi - đáp về …",
# "Hỏi và đáp …", "Giải đáp …" (folded), the kind first. A story reports what was asked.
_QA_TITLE = re.compile(r"(hoi\s*(-|–|va)?\s*dap|giai dap( thac mac)?|q\s*&\s*a|faq)\b")


def qa_title(title: str | None) -> bool:
    """Whether a (Vietnamese) title names a page of questions and answers (``_QA_TITLE``)."""
    return bool(title) and bool(_QA_TITLE.match(fold(squash(title))))


# A Vietnamese headline naming a poll or a survey, the kind first: "Bình chọn …", "Khảo sát ý kiến …",
# "Lấy ý kiến …", "Mời bạn đọc bình chọn …" (folded). A story reports a poll's results.
_POLL_TITLE = re.compile(r"(moi (ban doc |quy phu huynh |nguoi dan )?(tham gia )?)?(binh chon|khao sat|"
                         r"lay y kien|tham do y kien|phieu khao sat|phieu lay y kien)\b")


def poll_title(title: str | None) -> bool:
    """Whether a (Vietnamese) title names a poll or a survey (``_POLL_TITLE``)."""
    return bool(title) and bool(_POLL_TITLE.match(fold(squash(title))))


# A line of a schedule: a day or a time first, after a list's mark and a word that introduces it
# ("Thứ Hai (16/11):", "- Từ 7h00 đến 16h30: …", "Lúc 14h00: …").
_SLOT_PREFIX = re.compile(r"^[-–•+*]?\s*(?:(?:từ|vào|lúc|sáng|chiều|tối)\s+)?", re.I)
SLOT_ASIDE = 2   # lines of a schedule's text after its opening that are not its slots (a note, a contact)


def slot_lines(text: str) -> bool:
    """Whether ``text`` after its opening line is a schedule's lines typed as lines (a table's rows
    are ``table_rows``'): ``LINE_RECORDS`` at least, each led by a day or a time, and beside them
    ``SLOT_ASIDE`` other lines at most (a table's rows among them: a tour's price and what it
    includes), none a story's paragraph (``TERMS_LINE``)."""
    lines = [squash(line) for line in text.splitlines() if line.strip()][1:]
    if not lines or any(len(line) > TERMS_LINE for line in lines):
        return False
    led = sum(1 for line in lines if _LEADING.match(_SLOT_PREFIX.sub("", line, count=1)))
    return led >= LINE_RECORDS and len(lines) - led <= SLOT_ASIDE


def schedule(s: Signals) -> bool:
    """A schedule posted in the site's story template: its headline names one, and its body is
    rows led by days or times (a list's or a table's: ``records``, ``table_rows``), much of the
    text, with no block of prose by it. A story under such a headline tells it in its paragraphs."""
    if s.title_schedule and s.slots and kept_prose(s) < RECORD_PROSE and not s.signed:
        return True   # its rows typed as lines, under the days they fall on
    if not s.title_schedule or s.prose >= MIN_ARTICLE_CHARS and s.text - s.records >= MIN_ARTICLE_CHARS \
            and s.text_table < TABLE_HALF:
        # Rows typed as lines of prose (``records``) leave no paragraph beside them; a table
        # holding half the text or more is the page, what is beside it an intro and a note.
        return False
    return (s.record_items >= 3 and s.led >= 0.6 * s.record_items and s.records >= 0.3 * s.text
            or s.rows >= 3 and s.rows_led >= 0.6 * s.rows and s.text_table >= 0.3)


def hub(s: Signals) -> bool:
    """A topic or event hub: other articles' teasers are most of the headline's zone, and what
    is left of it and of the text is shorter than an article (``teaser_text``). A page typed
    as an article, with a dated URL or in a feed stays a story."""
    if s.typed == "article" or s.dated_url or s.fed or not s.teased:
        return False
    return (s.teased >= 0.4 * s.zone_text and s.zone_text - s.teased < MIN_ARTICLE_CHARS
            and s.text - s.teased < MIN_ARTICLE_CHARS)


NO_PROSE = 200        # prose under which a page has no block of prose (``score``)
RECORD_PAIRS = 3      # a definition list's terms or a two-column table's rows that make a record
RECORD_FIELDS = 6     # fields leading a page that make it a record whatever its title
PLACE_TITLE_WORDS = 6  # words of a place's name for a headline, at most
RECORD_PROSE = 800    # prose a record's description stays under (a story's "dominant block")
SHORT_POST = 300      # prose of a forum post of a few lines (a question, an offer, a greeting)
NOTICE_PROSE = 500    # prose a notice over a document to download stays under
NOTICE_LENGTH = 1600  # prose a notice that says it is one (its title and its issuer's voice) stays under
TABLE_ASIDE = 200     # text beside a table that makes most of the page: a note, not a story
TABLE_LIST = 0.3   # the share of the text in a table under a document's name ("Danh sách …") that is the list
TABLE_HALF = 0.5      # the share of the text in a table that makes a register of a page with no paragraph
ROWS_LED = 0.8        # the share of a table's records led by a day, a time or a number that makes a programme


def record_kind(s: Signals) -> str:
    """Why the page is one record and not news ("" when it is not): typed so (an event, a
    profile, a Q&A page), a question with its asker and its answer, or fields (a definition
    list, a two-column table: time, place, organiser) leading a short description. A page
    typed as an article, with a dated URL or in a feed stays a story whatever it holds, unless
    it is a question with its asker and its answer (not in a feed), an event's time and place
    leading a short description, fields with no paragraph of prose (a procedure), a table with a line or two
    beside it (a schedule) or people with their positions and details (a leadership page): a
    CMS that stamps an article type on every post stamps it on those too. A reporter's byline
    keeps a question and its answer (a newspaper's legal column), an event's time and place (a
    race announced), sections with no paragraph (an explainer under subheadings) and people with
    their details (a personnel story) news."""
    if s.title_qa and s.fields.answers and kept_prose(s) < NOTICE_LENGTH:
        # Named so by its headline, its questions each answered in turn, no story before them: a
        # feed lists a Q&A column's pages as it lists the site's stories, and a blog signs them
        # with the account that posted them, as it signs its stories.
        return "questions and their answers under a Q&A's headline ('Hỏi đáp …'), not news"
    if s.fed and s.typed != "article" and s.fields.pairs >= RECORD_PAIRS and s.fields.lead \
            and not s.fields.prose_lines and not s.signed:
        # Fields and not one paragraph of prose (a recruitment's position, pay, papers, contact):
        # a site builder's blog feeds every post, its records as its stories.
        return f"{s.fields.pairs} fields and no paragraph of prose (a call, a register), not news"
    if s.fed and s.fields.asked and s.fields.answered and s.fields.answers == 1 and not s.signed \
            and kept_prose(s) < NOTICE_LENGTH:
        # One reader's question, labelled, and its answer: a school's or an office's feed lists its
        # answers as it lists its news.
        return "a question with its asker and its answer, not news"
    if not s.fed:
        # A question with its asker and its answer before the dated URL's pass: a Q&A section files
        # its answers under dated paths as a CMS does its stories (a feed that lists it still counts).
        if s.fields.asked and s.fields.answered and not s.signed:   # signed: a newspaper's legal column
            return "a question with its asker and its answer, not news"
        if s.dated_url:
            return ""
        if s.fields.calendar and s.prose < RECORD_PROSE and not s.signed:
            return "an event's start in calendar markup before a short description, not news"
        if s.downloads and s.prose < NOTICE_PROSE and s.typed != "article" and not s.signed and not reports(s):
            return "a short unsigned notice over a document to download (a form, a decision), not news"
    # Told (a date line, a sentence for a headline, prose) keeps a meeting's time and place a
    # story (a notice), unless they span days after the page's date: a fair's, an exhibition's;
    # or they stand in a record's markup (a definition list, a two-column table: the CMS's
    # event fields, not a notice's typed "Thời gian: …" lines) before any prose, on a day after
    # the page's own: the event's record ahead of it, whose "told" hung on the share of the
    # page the learned template leaves.
    # A time field alone spanning days ahead, with no date line of the page's own, is the
    # event's record too: left to ``score``, its fate hung on how much of the page the learned
    # template leaves (``prose_share``), and so on the crawl's order.
    event = ("an event's time and place before a short description, not news"
             if s.prose < RECORD_PROSE and not s.signed
             and (s.fields.when >= 2 and (s.ahead or s.later and s.fields.marked >= 2 or not told(s))
                  or bool(s.fields.when) and s.ahead and not s.dated)
             else "")
    if not event and s.fields.introduced >= 2 and s.later and kept_prose(s) < RECORD_PROSE and not s.signed \
            and not s.fields.lede:
        # A conference's page: a line on who holds it, then its record's time and place on a day
        # after the page's own, and its programme; a story of it reports what was said there.
        event = "an event's time and place in its record under a line introducing it, ahead of it, not news"
    if not event and s.fields.pairs >= RECORD_PAIRS and not s.fields.prose_lines and not s.signed:
        # A procedure's or a register's sections, each a label and its value: no narrative at all.
        event = f"{s.fields.pairs} fields and no paragraph of prose (a procedure, a register), not news"
    if not event and s.fields.pairs >= RECORD_PAIRS and s.fields.prose_lines <= 1 and s.captions \
            and kept_prose(s) - s.captions < NO_PROSE and not s.signed and not s.fields.lede:
        # A picture's own page in an agency's photo bank: its caption, then its code, place, size
        # and the set it belongs to. A photo story tells in its captions and needs no fields.
        event = f"a picture's caption over {s.fields.pairs} fields (a photo's record), not news"
    if not event and s.text_table >= TABLE_HALF and s.text * (1 - s.text_table) < TABLE_ASIDE:
        event = "a table with a line or two beside it (a schedule, a price board), not news"
    if not event and s.text_table >= TABLE_HALF and s.record_items >= MIN_RECORDS \
            and s.led >= ROWS_LED * s.record_items and not s.signed \
            and (s.text * (1 - s.text_table) < MIN_ARTICLE_CHARS
                 or s.title_event and s.forthcoming and kept_prose(s) < RECORD_PROSE):
        # A festival's programme, a week's schedule: rows each led by a day or a time, and the
        # sentence that introduces them (under an event's name saying it will be held, a lead,
        # that sentence and a note). A story with such a table tells it in paragraphs around it.
        event = "rows led by days or times and a line or two beside them (a programme, a schedule), not news"
    if not event and s.text_table >= TABLE_HALF and not s.fields.prose_lines and kept_prose(s) < MIN_ARTICLE_CHARS \
            and not s.signed:
        # A list of projects, a register: the table is the page, its lines beside it short
        # (what it is issued under, whom to contact). A story with a table tells it in paragraphs.
        event = "a table with no paragraph of prose beside it (a register, a list of projects), not news"
    if not event and not s.fields.prose_lines and kept_prose(s) < NO_PROSE and s.record_items >= MIN_RECORDS \
            and s.led >= ROWS_LED * s.record_items and not s.signed and not s.fields.lede:
        # A month's index over its table of months, a line of caption and a note: the data is the page.
        event = "rows led by days, times or numbers and not one paragraph of prose (a data table), not news"
    if not event and s.people >= 2 and s.bio >= 2 and s.prose < RECORD_PROSE and not s.signed:
        event = "people named with their positions and details (a leadership page, a directory), not news"
    if not event and s.title_person and s.bio >= 2 and s.prose < RECORD_PROSE and not s.signed:
        # "Ông Nguyễn Văn A - Giám đốc Sở" over born, degree, in charge of: one leader's profile,
        # its career told in a sentence or two. A story names what the person did.
        event = "a person's name and position for a title over their details (a profile), not news"
    if not event and s.notice and kept_prose(s) < RECORD_PROSE and not s.signed and not s.fields.lede:
        event = "a notice's terms (numbered conditions, a table) under its own opening line, not news"
    if not event and s.title_name and s.fields.pairs >= RECORD_PAIRS and (s.fields.prose_lines <= 1 or s.fields.lead
                                                                            and not s.dated) \
            and kept_prose(s) < RECORD_PROSE and not s.signed and not s.fields.lede:
        # "TS. Phan Thị Thu Trang" over position, degree, e-mail, phone and a line of career; "Động
        # Thiên Đường" over where it is, its hours and its fares: a profile, a place's record, though
        # a CMS types and dates every node as an article. Its fields leading, no date line by its
        # name, a few short paragraphs describing the place after them are the record's too.
        event = "a name for a headline over its fields and a short description (a profile, a place's record), not news"
    if not event and max(s.fields.pairs, s.labelled_items) >= RECORD_FIELDS and s.fields.lead \
            and s.fields.prose_lines <= 1 and kept_prose(s) - s.itemised < RECORD_PROSE and not s.signed \
            and not s.fields.lede:
        # A wanted notice's name, birth, address, charge and decision, then the one line that asks
        # the public for help; a race's time, place, entrants, prizes and deadline listed under the
        # line announcing it: a record however it is titled, however long its fields (a list's
        # items are no prose). A story tells in paragraphs.
        event = (f"{max(s.fields.pairs, s.labelled_items)} fields leading the page and a line at most (a notice's, an "
                 "event's record), not news")
    if not event and s.undated and max(s.labelled_items, s.fields.pairs) >= RECORD_PAIRS \
            and kept_prose(s) < RECORD_PROSE and not s.signed and not s.fields.lede:
        # A project's page: what it does in a paragraph or two, then its fields ("- Địa bàn: …",
        # "- Thời gian: 06/2025 - 06/2028", "- Tổng kinh phí: …"), and no date of its own.
        event = "a description over its fields and no date of its own (a project's, a place's record), not news"
    if not event and s.mapped and (s.title_name or 0 < s.title_words <= PLACE_TITLE_WORDS) and s.undated \
            and not s.signed and s.prose < RECORD_PROSE:
        # A place's name for a headline ("Tà Xùa", "Cao nguyên Mộc Châu") over a short description
        # and its map, no date of its own, though the site types every page as an article (a
        # tourism portal's destination). A story has its date, and a sentence for a headline.
        event = "a place's name over a short description and its map, no date of its own (a place's record), not news"
    if not event and s.page_record and s.typed != "article" and not reported(s):
        # The whole page typed a Q&A's or a profile's (a forum's solved question in a QAPage),
        # whatever lists it: a feed lists a forum's questions as its stories.
        event = "typed as a page of a question and its answer, or of a profile, not news"
    if s.typed == "article" or s.fed:
        # A feed lists what the site posts, its records as its stories: the page's shape decides.
        return event
    if s.typed == "record" and not reported(s):
        # A story filed by a reporter (its date line, a dominant block of prose, signed) is news
        # though the site marks up what it covers as an Event for search engines.
        return "typed as a record (an event, a profile, a Q&A…), not news"
    if s.spanned and not s.dated and not s.signed:
        return "an event's time span (its start and its end) and no date of its own, not news"
    if s.placed and s.undated and not s.signed and s.prose < RECORD_PROSE:
        # A destination's, a relic's, an office's page: its name, where it is and its map.
        return "a place's name over its address and its map, no date of its own (a place's record), not news"
    if s.fields.pairs >= RECORD_PAIRS and s.fields.lead and s.prose < RECORD_PROSE and not told(s):
        return f"a record of {s.fields.pairs} fields before a short description, not news"
    return event


def menu_link_hash(url: str) -> int:
    """The fingerprint of a link to ``url`` (a canonical URL) with a menu-like anchor text,
    as the site's learned template holds it beside its blocks' (``SiteKnowledge.template``)."""
    digest = hashlib.blake2b(b"menu-link\0" + url.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


_NOT_PAGES = ("#", "javascript:", "mailto:", "tel:")
MENU_WORDS = 5    # a group of links whose anchors have this many words (median) lists headlines
MENU_SAMPLE = 60  # links of a group read for that median


def menu_links(tree: html.HtmlElement, base_url: str, max_links: int | None = None) -> tuple[str, ...]:
    """The canonical URLs this page links to from its menus: by an anchor text that is no
    headline, among links that are no headlines either (a menu, a footer's links, a row of
    tags). A link standing in a group of headlines ("Xem nhiều": a short-titled story among
    other stories) is a teaser, and so is a link to a page the same page names elsewhere by a
    headline (a teaser's thumbnail, its "Xem tiếp"). A link that names nothing (no text, no
    image: a card's anchor laid over its title and summary, which stand beside it) is no menu's
    either. Relative links resolve against the page's ``<base href>``. Only the first
    ``max_links`` links are read (a page of thousands is a site map, whose menu is its first)."""
    base_url = document_base(tree, base_url)
    menu: dict[str, None] = {}
    headlined: set[str] = set()
    groups: dict[html.HtmlElement, bool] = {}
    for a in islice(tree.iter("a"), max_links):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(_NOT_PAGES):
            continue
        url = canonicalize(href, base=base_url)
        if not url:
            continue
        if headline_like(a.text_content()):
            headlined.add(url)
        elif _unnamed(a) or read_more(a.text_content()):
            continue   # a teaser's "Xem tiếp" names no page: its button, not a menu's item
        elif not _among_headlines(a, groups):
            menu.setdefault(url)
    return tuple(u for u in menu if u not in headlined)


# A teaser's call to read on (folded): the link of a card or a list's item, whatever page it leads to.
_READ_MORE = re.compile(r"(xem|doc) (tiep|them|chi tiet|bai viet|ngay)|chi tiet|read more|more|continue reading|"
                        r"read on|details|xem")


def read_more(text: str) -> bool:
    """Whether a link's text is a call to read on ("Xem tiếp »", "Read more…"): a card's button."""
    return bool(_READ_MORE.fullmatch(fold(squash(text)).strip(" .:…»›>")))


def _unnamed(a: html.HtmlElement) -> bool:
    """Whether a link names nothing: no text, no image, no title of its own."""
    return not (a.text_content().strip() or a.get("title") or a.get("aria-label")
                or next(a.iter("img"), None) is not None)


def _among_headlines(a: html.HtmlElement, groups: dict[html.HtmlElement, bool]) -> bool:
    """Whether the nearest container of ``a`` that holds three links or more (up to three
    levels up) holds links whose anchor texts are headlines, by their median length."""
    for up, _ in zip(a.iterancestors(), range(3), strict=False):
        if up in groups:
            return groups[up]
        # The first MENU_SAMPLE links tell: on a page of unclosed nesting every container
        # holds nearly all its links, and reading them all for each link is quadratic.
        words = sorted(len(text_of(link).split()) for link in islice(up.iter("a"), MENU_SAMPLE))
        if len(words) >= 3:
            groups[up] = words[len(words) // 2] >= MENU_WORDS
            return groups[up]
    return False


_PORTAL_STATE = re.compile(r"/!ut/p/[^?#]*")   # WebSphere Portal's navigational state in a path


def menu_targets(*urls: str | None) -> list[str]:
    """The URLs a menu may link a page by: its URL, its canonical one, and (a WebSphere Portal
    page under navigational state, ``/!ut/p/z1/…``) the URL of the page the state is of."""
    found = [u for u in urls if u]
    stateless = (canonicalize(_PORTAL_STATE.sub("", u.split("?", 1)[0])) for u in found if "/!ut/p/" in u)
    return found + [u for u in stateless if u]


def menu_hashes(*urls: str | None) -> list[int]:
    """The fingerprints a site's template holds for a menu link to the page (``menu_targets``)."""
    return [menu_link_hash(u) for u in menu_targets(*urls)]


def in_menu(knowledge: SiteKnowledge | None, *urls: str | None) -> bool:
    """Whether the site's learned template links to the page (``menu_targets``)."""
    if not knowledge:
        return False
    return any(knowledge.in_template(h) for h in menu_hashes(*urls))


def dated_path(url: str | None) -> bool:
    """Whether the URL's path holds a date (/2023/10/…): a story's, not a site page's."""
    return url is not None and bool(_DATE_PATH.search(urlsplit(routed(url)).path))


def name_words(title: str | None) -> int:
    """The syllables of a title written as a name ("TS. Phạm Thu Hà": every word capitalised),
    0 for a headline in sentence case ("Giá vàng tăng mạnh", "Sắc thu Hà Nội"): a short title
    written as a name counts more against the page than one in sentence case (``SHORT_TITLE``)."""
    words = (title or "").split()
    if not words or not all(word[0].isupper() or not word[0].isalpha() for word in words):
        return 0
    return len(words)


# A frame that plays a video or a sound: a video site's or a sound service's player, or a stream's.
_PLAYER_SOURCE = re.compile(r"youtube|youtu\.be|vimeo|dailymotion|tiktok|soundcloud|spotify|/plugins/video|"
                            r"player|\.(?:mp4|mp3|m3u8|m4a|webm)\b", re.I)
_MEDIA = etree.XPath("//video|//audio|//iframe")


def plays(tree: html.HtmlElement) -> bool:
    """Whether a page holds a player: a ``<video>``, an ``<audio>`` or a frame of a player
    (``_PLAYER_SOURCE``), its sidebar's too (only a page of a line or two is judged by it)."""
    return any(el.tag != "iframe" or _PLAYER_SOURCE.search(el.get("src") or el.get("data-src") or "")
               for el in _MEDIA(tree))


def typed(kind: str | None, record: str | None = None) -> str | None:
    """"article", "record" (see ``RECORD_TYPES``), "other" or None for a page's declared type
    (og:type, JSON-LD @type; ``record``: a JSON-LD record type beside it, read only where no
    article's JSON-LD is on the page). A record's type wins over an og:type "article"."""
    kind = (kind or "").lower()
    # A record's JSON-LD (an Event's, with no article's node: ``record``) says more than an
    # og:type "article" a CMS stamps on all its pages; an article's JSON-LD drops ``record``.
    if kind in RECORD_TYPES | PRODUCT_TYPES or (record or "").lower() in RECORD_TYPES | PRODUCT_TYPES:
        return "record"
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


_NATIONAL_NAME = re.compile(r"^\W*cong hoa xa hoi chu nghia viet nam\W*$")
_MOTTO = re.compile(r"^\W*doc lap\W+tu do\W+hanh phuc\W*$")
DOCUMENT_HEAD_LINES = 15   # lines of a text where an administrative document's head stands


def state_document(text: str) -> bool:
    """Whether ``text`` is an administrative document as its issuer typed it: the national name
    and motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc") on lines of
    their own near its top. A story about a decree quotes it in sentences."""
    # (each a short line: a paragraph is read no further than its length)
    lines = text.splitlines()[:DOCUMENT_HEAD_LINES]
    head = [fold(line) for line in lines if len(line) <= _HEAD_LINE]
    if any(_NATIONAL_NAME.match(line) for line in head) and any(_MOTTO.match(line) for line in head):
        return True
    # Or the heading's two-cell table as one row: the issuer and its number in the first cell,
    # the national name, the motto, the place and the day in the second.
    rows = [fold(line) for line in lines if line.startswith("|") and len(line) <= _HEAD_ROW]
    return any(_NAME_IN_ROW.search(row) and _MOTTO_IN_ROW.search(row) for row in rows)


_HEAD_LINE = 60   # characters of the national name's line or the motto's at most, marks and spaces around
_HEAD_ROW = 400   # characters of the heading's table row
_NAME_IN_ROW = re.compile(r"\bcong hoa xa hoi chu nghia viet nam\b")
_MOTTO_IN_ROW = re.compile(r"\bdoc lap\W+tu do\W+hanh phuc\b")


# Titles and messages of "not found" pages (``crawler.soft404`` reads titles with it too).
NOT_FOUND = re.compile(
    r"không tìm thấy (?:trang|nội dung|bài viết|dữ liệu|tin)|"
    r"(?:trang|bài viết|nội dung|tin bài|tin tức|tin|bài|đường dẫn|dữ liệu)(?: này| đó| bạn (?:tìm|yêu cầu|truy cập))?"
    r" (?:không tồn tại|đã bị xóa|đã bị xoá|không còn tồn tại)|"
    r"page (?:was )?not found|page (?:does not|doesn't) exist|"
    r"(?:error|lỗi)\s*404|\b404\b\s*[-:|–]?\s*(?:not found|error|lỗi)|^\s*404\s*$",
    re.I)
# Words of such a message: the text nodes holding one are read (``_not_found_texts``).
_NOT_FOUND_WORDS = ("tồn tại", "bị xóa", "bị xoá", "tìm thấy", "not found", "exist", "404")


@lru_cache(maxsize=128)
def _not_found_texts(words: tuple[str, ...]) -> etree.XPath:
    """The page's texts holding one of ``words``, each a line of a page's own, not a link's (a
    teaser's "404" is no notice). Only the words the page holds are looked for: each ``contains``
    copies every text node of the page, and most pages hold none of them or one."""
    tests = " or ".join(f"contains(., '{word}')" for word in words)
    return etree.XPath(f"/descendant::body/descendant::text()[{tests}]"
                       "[not(ancestor::a)][not(ancestor::script)][not(ancestor::style)]")
# On a page's line, the message in words: a bare "404" is as often a views counter's figure.
_NOT_FOUND_LINE = re.compile(NOT_FOUND.pattern.replace(r"|^\s*404\s*$", ""), re.I)
NOT_FOUND_LINE = 120   # characters of a block that is such a message, all of it
NOT_FOUND_REASON = "the page says what was asked for is not found or was removed (a soft 404), not news"


def says_not_found(tree: html.HtmlElement, whole: str | None = None) -> bool:
    """Whether ``tree`` prints a "not found" message as a line of its own ("Tin bài không tồn tại
    hoặc đã bị xóa!", "Page not found"): a soft 404's, whatever its title (a portal titles every
    page with its own name). ``whole``: the page's text, if read already."""
    whole = tree.text_content() if whole is None else whole   # a word no text node holds is in no line
    words = tuple(word for word in _NOT_FOUND_WORDS if word in whole)
    if not words:
        return False
    for text in _not_found_texts(words)(tree):
        if len(text) > NOT_FOUND_LINE or not _NOT_FOUND_LINE.search(text):
            continue
        parent = text.getparent()
        if parent is not None and len(text_of(parent)) <= NOT_FOUND_LINE \
                and not in_thread(parent):
            return True   # not a readers' thread's "Nội dung đã bị xóa" (a removed comment)
    return False


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
        rows = [tr for tr in rows if sum(1 for c in tr if c.tag in _CELLS and text_of(c)) >= 2]
        if len(rows) < 3:
            continue
        for tr in rows:
            cells = [text_of(c) for c in tr if c.tag in _CELLS]
            chars += sum(len(c) for c in cells)
            count += 1
            led += _led_row([c for c in cells if c])
    for listing in body.iter("ul", "ol"):
        items = [text_of(li) for li in listing if li.tag == "li"]
        items = [t for t in items if t]
        if len(items) < MIN_RECORDS or sorted(len(t) for t in items)[len(items) // 2] > 100:
            continue
        chars += sum(len(t) for t in items)
        count += len(items)
        led += sum(bool(_LEADING.match(t)) for t in items)
    lined = _line_records(body)
    return chars + lined[0], count + lined[1], led + lined[2]


# A list typed as lines of one block, as a forum's BBCode or a plain editor writes it: each line
# opening on a list's mark ("- Chi hội xã A: ngày 05 hằng tháng, tại …"), three lines at least.
_LINE_MARK = re.compile(r"^[-–•+*]\s+(?=\S)")
LINE_RECORDS = 3
# A day or a time as a labelled line's value ("Chi hội xã A: ngày 05 …", "Tổ 3: thứ Hai"), folded.
_DAY_VALUE = re.compile(r"^[^:]{2,60}:\s*(ngay\s+\d|thu\s+(hai|ba|tu|nam|sau|bay|\d)|chu nhat|"
                        r"\d{1,2}\s*[:h]\s*\d{2}|\d{1,2}[/-]\d{1,2}\b)")


def _line_records(body: html.HtmlElement) -> tuple[int, int, int]:
    """``records`` of the lists typed as marked lines broken by ``<br>`` (``_LINE_MARK``), each
    led by a time, a date or a number, or labelled with a day or a time for its value."""
    chars = count = led = 0
    for el in body.iter("p", "div", "td", "dd"):
        if not any(child.tag == "br" for child in el) or any(child.tag in _HOLDERS for child in el):
            continue
        items = [_LINE_MARK.sub("", line) for line in br_lines(el) if _LINE_MARK.match(line)]
        if len(items) < LINE_RECORDS or sorted(len(t) for t in items)[len(items) // 2] > 100:
            continue
        chars += sum(len(t) for t in items)
        count += len(items)
        led += sum(bool(_LEADING.match(t) or _DAY_VALUE.match(fold(t))) for t in items)
    return chars, count, led


TEASER_BESIDE = 400   # characters beside a teaser's link in its box at most (its blurb, its date)
TEASER_CLIMB = 3   # levels above a teaser's link where its blurb, date or thumbnail stand


def teaser_text(body: html.HtmlElement, url: str | None) -> tuple[int, int]:
    """(characters of ``body`` in teasers, characters of ``body``: the headline's zone as
    long as an article, see ``headline_zone``). A teaser is a link to another article-like
    page with a headline for anchor text, with what stands beside it (its blurb, its date):
    up to its nearest container that holds more than the link and no headline link to
    another page. A topic or event hub is a headline, a short intro and teasers (one, when
    its topic is young): most of its main block is other articles' teasers."""
    page = canonicalize(url) if url else None
    # The hrefs of the headline links each element holds, two at most (the climb asks for one
    # other than a link's own): from each headline link up, no further than an element that
    # has its href or two already (so have all above it), not a pass over every element.
    held: dict[html.HtmlElement, list[str]] = {}
    for a in body.iter("a"):
        if not headline_like(text_of(a)):
            continue
        href = (a.get("href") or "").strip()
        up = a
        while up is not None:
            hrefs = held.setdefault(up, [])
            if href in hrefs or len(hrefs) >= 2:
                break
            hrefs.append(href)
            up = None if up is body else up.getparent()
    items: dict[html.HtmlElement, int] = {}
    for a in body.iter("a"):
        anchor = text_of(a)
        if not headline_like(anchor):
            continue
        target = canonicalize(a.get("href") or "", base=url)
        if not target or target == page or url_kind(target) != "article":
            continue
        item: html.HtmlElement = a
        href = (a.get("href") or "").strip()
        for up, _ in zip(a.iterancestors(), range(TEASER_CLIMB), strict=False):
            # Up to the teaser's own box: its title, thumbnail and "read more" links are one.
            if up is body or any(other != href for other in held.get(up, ())):
                break
            if len(text_of(up)) > len(anchor) + TEASER_BESIDE:
                break   # a story's paragraphs around its inline "Xem thêm: …" link: no teaser's box
            item = up
            if len(text_of(up)) > len(anchor):
                break
        if item not in items and not any(x in items for x in item.iterancestors()):
            items[item] = len(text_of(item))
    return sum(items.values()), len(text_of(body))


def person_line(line: str | None) -> bool:
    """Whether a short line names a person and a position and nothing else ("Ông Hồ Văn An -
    Giám đốc Sở"): a leadership page's entry, or a profile's title. A post of ``_PERSON``'s,
    or after an honorific and a name, each word in capitals, a post that opens as one does
    (``_POST_OPENING``), its office in any words ("Đồng chí Nguyễn Thị Thu - Ủy viên Ban
    Thường vụ", "Bà Lê Thu Hà, Trưởng Bộ môn Hóa học"); not what the person says after a colon."""
    line = squash(line or "")
    if len(line) > _OFFICES_LINE:
        return False
    if len(line) <= _PERSON_LINE and _PERSON.match(fold(line)):
        return True
    found = _HONORED.match(line)
    if found is None or (len(line) > _PERSON_LINE and not found.group("more")):
        return False
    offices = [found.group("post"), *(p.strip() for p in re.split(r"[,;]", found.group("more")) if p.strip())]
    return all(w[0].isupper() for w in found.group("name").split()) and all(o[0].isupper() for o in offices) \
        and bool(_POST_OPENING.match(fold(found.group("post"))))


# An issuer's notice opens on a line that introduces its terms, a colon at its end ("Căn cứ …,
# nhà trường thông báo tuyển sinh lớp 6 như sau:", "… tuyển dụng công chức năm 2025, cụ thể:").
# A story opens on its lede, a sentence, and reports a notice ("Sở … vừa thông báo …").
_ANNOUNCE_READ = 300  # characters of the text's first line read for that opening
# A notice's numbered condition, a label and its value ("1. Đối tượng: …", "3. Hồ sơ gồm: …").
_CONDITION = re.compile(r"^\d{1,2}\s*[.)]\s*[^\W\d_][^:.!?]{0,60}:\s*\S")
# What a call for applications asks of its readers: a file to hand in, requirements, who may
# apply, how many places. A schedule announced so (a leader's days receiving citizens) asks none.
_APPLICATION = re.compile(r"\b(ho so|yeu cau|dieu kien|doi tuong|chi tieu)\b")
NOTICE_TERMS = 2      # numbered conditions (or a table's rows) under that opening that make a notice


def notice(text: str, sapo: str | None = None) -> bool:
    """Whether ``text`` is a call for applications as its issuer writes it (an admission, a
    recruitment): the first line introduces what follows (a colon at its end, or the page's
    ``sapo`` in the issuer's voice right over the first term), its terms follow as numbered
    conditions or a table's rows, and they ask for a file or set requirements (who may apply,
    how many, the file, the deadline). A portal prints the notice's summary above it (its sapo,
    one sentence): the opening line is then the second. A story's lede tells more."""
    lines = _past_heading([squash(line) for line in text.splitlines() if line.strip()])
    opening = next((n for n, line in enumerate(lines[:2]) if len(line) <= _ANNOUNCE_READ and line.endswith(":")
                    and (n == 0 or _summary(lines[0]))), None)
    if opening is None and sapo and len(lines) > 1 and _CONDITION.match(lines[1]) and _summary(lines[0]) \
            and fold(lines[0]) == fold(squash(sapo)) and _issuer_line(lines[0]):
        # Or the page's sapo, one sentence in the issuer's own voice, over its first term with no
        # colon to introduce them ("Báo … thông báo tuyển dụng phóng viên …." over "1. Vị trí:
        # …"): the template's summary is the notice's opening. A story's sapo reports the notice
        # ("… vừa thông báo …") or opens on its day, and its body opens on a paragraph.
        opening = 0
    if opening is None:
        return False
    after = lines[opening + 1:]
    terms = sum(1 for line in after if _CONDITION.match(line) or line.startswith("|") and line.endswith("|"))
    return terms >= NOTICE_TERMS and any(_APPLICATION.search(fold(line)) for line in after)


DOCUMENT_KIND_WORDS = 3   # words of a document's kind as its heading prints it ("THÔNG BÁO", "KẾ HOẠCH")
DOCUMENT_SUBJECT = 120   # characters of its subject line under it ("Tuyển dụng viên chức năm 2025")


def _past_heading(lines: list[str]) -> list[str]:
    """``lines`` after a document's heading, as an office prints a notice under the page's
    headline: its kind in capitals on a line of its own ("THÔNG BÁO"), and the subject line
    under it ("Về việc tuyển dụng …") when one follows, short, with no stop and no colon."""
    if not lines or len(lines[0].split()) > DOCUMENT_KIND_WORDS or not lines[0].isupper():
        return lines
    rest = lines[1:]
    if rest and len(rest[0]) <= DOCUMENT_SUBJECT and not rest[0].endswith((".", ":", "!", "?", "…")) \
            and len(rest) > 1:
        rest = rest[1:]
    return rest


_INNER_STOP = re.compile(r"[.!?…]\s+[^\W\d_]")


# A book described as a library's catalogue does (ISBD): its title, " / " its author, then
# ". - " its publisher and year, ". - " its pages ("Vĩnh Long - Đất và người / Nhiều tác giả. -
# NXB Tổng hợp TP.HCM, 2024. - 412 tr."), perhaps its shelf mark after.
_BOOK_ENTRY = re.compile(r"\S.{2,200}?\s/\s.{2,120}?\.\s*[-–]\s.{2,120}?(?:19|20)\d\d\b.{0,40}?\.\s*[-–]\s*\d+\s*tr\b")
BOOK_ENTRIES = 3   # such entries that make a list of books
_BOOK_LINE = 400   # characters of an entry's line, at most
BOOK_SHARE = 0.5   # of the text, at least


def books(text: str) -> bool:
    """Whether most of the text is books described as a catalogue does (``_BOOK_ENTRY``), three
    at least: a library's list of new books, its bibliography on a subject. A story about a
    book tells of it in sentences."""
    if text.count(" / ") < BOOK_ENTRIES or " tr" not in text:
        return False   # (most pages: no entry's " / " between title and author, no pages' "tr.")
    entries = [line for line in text.splitlines() if " / " in line and len(line) <= _BOOK_LINE
               and _BOOK_ENTRY.search(line)]
    return len(entries) >= BOOK_ENTRIES and sum(map(len, entries)) >= BOOK_SHARE * len(text)


# A day alone on its line, as a calendar heads its days ("Thứ Hai, 30/11", "Chủ nhật 6/12/2026",
# "Ngày 1/12"), folded; and an item under it, led by a list's mark or a time ("- 8h00: …", "14h00: …").
_DAY_LINE = re.compile(r"^\W*(?:(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat)\W+(?:ngay\s+)?|ngay\s+)"
                       r"\d{1,2}/\d{1,2}(?:/\d{2,4})?\W*$")
_DAY_ITEM = re.compile(r"^\s*(?:[-–•+*]\s+\S|\d{1,2}\s*(?:h|giờ|:)\s*\d{0,2}\s*[:\-–]\s*\S)")
DAY_GROUPS = 3          # days over their items that make a calendar
_DAY_GROUPS_PROSE = 400  # characters of the text's other lines (an opening line, a note) at most


def day_groups(text: str) -> int:
    """How many days stand alone on a line with items right under them, when they and their
    items are the text but a line or two: a week's calendar of events (an agency's "Các sự kiện
    … từ ngày 30/11 đến 6/12"). A story tells of its days in sentences."""
    if "/" not in text:
        return 0
    lines = [line for line in text.splitlines() if line.strip()]
    days = items = other = 0
    for n, line in enumerate(lines):
        if len(line) <= 40 and _DAY_LINE.match(fold(line)):
            if n + 1 < len(lines) and _DAY_ITEM.match(lines[n + 1]):
                days += 1
        elif _DAY_ITEM.match(line):
            items += 1
        else:
            other += len(line)
            if other > _DAY_GROUPS_PROSE:
                return 0   # prose: a story's text, read no further
    return days if days and items >= days else 0


_FORMULA_LINES = 5   # the text's last lines, where a document's signature stands


# The mark a published copy of a signed document prints in the signature's place: "(Đã ký)".
_SIGNED_MARK = re.compile(r"\(?\s*(?:đã ký|ký tên|(?:đã )?ký(?:,| và) đóng dấu)\s*\)?", re.I)


def signing_formula(text: str) -> bool:
    """Whether ``text`` ends on a document's signing formula (``SIGNING_FORMULA``, or the mark of
    a signature, ``issuer_signed``): a notice, a decision or a company's announcement as its
    issuer typed and signed it."""
    return issuer_signed(text) or any(
        len(line) <= 80 and (found := SIGNING_FORMULA.match(line.strip())) is not None and found.group(1).isupper()
        for line in text.rstrip().rsplit("\n", _FORMULA_LINES)[-_FORMULA_LINES:])


def issuer_signed(text: str) -> bool:
    """Whether the text's last lines hold the mark of a signed document ("TỔNG BIÊN TẬP", "(Đã
    ký)", the name under it): the name signing is the issuer's, no reporter's byline."""
    last = text.rstrip().rsplit("\n", _FORMULA_LINES)[-_FORMULA_LINES:]
    return any(_SIGNED_MARK.fullmatch(line.strip()) for line in last)


def _introduces(line: str) -> bool:
    """Whether a line introduces what follows it, a colon at its end ("Báo … thông báo tuyển
    dụng viên chức năm 2024 như sau:"): the issuer's, over its terms."""
    return len(line) <= _ANNOUNCE_READ and line.rstrip().endswith((":", "："))


def _summary(line: str) -> bool:
    """Whether a line is one sentence (a notice's summary above it), not a story's lede."""
    return len(line) <= _ANNOUNCE_READ and ends_sentence(line) and not _INNER_STOP.search(line)


# A call for applications as its issuer heads it: "Thông báo tuyển dụng …", "Thông báo (về việc)
# tuyển sinh …", "Thông báo tuyển cộng tác viên …". A story about one is headed by what happened.
# Or labelled so, the post after a colon: "Tuyển dụng: Cán bộ dự án …". A page's <title> may
# put its section's name before the headline ("Tin tức: Thông báo tuyển …"): read after it too.
_CALL_TITLE = re.compile(r"([^:]{1,30}:\s*)?"
                         r"(thong bao (ve viec |v/v )?tuyen\b|tuyen (dung|sinh|chon|cong tac vien)\s*[:–-])")


def call(title: str | None, text: str) -> bool:
    """Whether a page is a call for applications (a recruitment, an admission) as its issuer
    posts it: its headline says so (``_CALL_TITLE``) and a line after the first sets its
    requirements or asks for the file (``_APPLICATION``), however its terms are written (in
    sentences, labelled, numbered: ``notice`` reads only numbered terms under a colon)."""
    if not title or not _CALL_TITLE.match(fold(squash(title))):
        return False
    return any(_APPLICATION.search(fold(line)) for line in text.splitlines()[1:])


# A headline naming terms as their issuer posts them: a call ("Tuyển dụng …", "… tuyển phóng viên
# …": "tuyển" with its tone, not "tuyến", a route) or a document of rules ("Thể lệ cuộc thi …",
# "Quy chế …", "Điều lệ …") or of a plan ("Kế hoạch tổ chức hội thi …": its aims, time and place,
# prizes). A story about one is headed by what happened, and told in prose.
_TERMS_TITLE = re.compile(r"^(thể lệ|quy chế|điều lệ|kế hoạch)(?!\w)|(?<!\w)tuyển(?!\w)")
# A heading of such terms: a short line with no stop, numbered or not ("2. Yêu cầu", "Điều 1.
# Đối tượng dự thi", "Quyền lợi"), of the lexicon of calls and contests (folded).
_TERMS_NUMBER = re.compile(r"^((dieu|muc|phan)\s+\d{1,2}|\d{1,2}|[ivx]{1,4})\s*[.):]\s*")
_TERMS_HEADING = re.compile(r"(doi tuong|dieu kien|yeu cau|ho so|so luong|chi tieu|quyen loi|che do|giai thuong|"
                            r"co cau giai|thoi gian|dia diem|hinh thuc|quy dinh|noi dung|vi tri|tieu chuan|"
                            r"cach thuc|thu tuc|phan thuong|muc luong|thu nhap|lien he|the loai|thoi han|"
                            r"phuong thuc|han (nhan|nop|gui|dang ky)|cach (gui|nop|dang ky|tham gia)|nhiem vu|"
                            r"mo ta cong viec)\b")
TERMS_HEADINGS = 3    # headings that make a page of terms (each over a line or a list)
_LISTED = re.compile(r"[-•*+–]\s")   # a list's item as the text prints it
TERMS_HEADING = 60    # characters of such a heading
TERMS_LINE = 300      # characters of any line under them: a story's paragraph is longer


def terms(title: str | None, text: str) -> bool:
    """Whether a page is a call's or a contest's terms as their issuer posts them (``_TERMS_TITLE``):
    after one opening sentence at most, short headings (``TERMS_HEADINGS`` at least, two of them
    of the lexicon of terms: who may apply, the requirements, the file, the prizes, the dates),
    each over a short line or a list, and no paragraph of a story's length under them. A story
    about a recruitment or a contest ("Hà Nội tuyển 500 giáo viên") tells it in paragraphs."""
    if not title or not _TERMS_TITLE.search(squash(title).lower()) or reports_issuing(title, text):
        return False   # (a reporter's "… vừa thông báo tuyển dụng …" over the terms: a story of them)
    # (not a print view's line of the site's address alone, "baoyenbai.com.vn", over them)
    lines = [squash(line) for line in text.splitlines() if line.strip() and not _HOST_LINE.match(line.strip())]
    while lines and not lines[0][:1].isalnum():
        lines = lines[1:]   # what is left of a meta line ("· 1 phút để đọc")
    opening = ""
    if lines and not _terms_heading(lines[0]):
        opening, lines = lines[0], lines[1:]   # the opening sentence ("X cần tuyển …", "Thể lệ cuộc thi …")
        if lines and lines[0].startswith("(") and lines[0].endswith(")"):
            lines = lines[1:]   # and its aside in brackets ("(Ban hành kèm theo Kế hoạch số …)")
        if len(lines) > 1 and not _terms_heading(lines[0]) and _summary(opening) and _summary(lines[0]) \
                and _terms_heading(lines[1]):
            # A lead of one sentence over an opening of one (a post's excerpt, then its first line
            # saying the same): the issuer's two lines before its terms.
            opening, lines = lines[0], lines[1:]
    if any(len(line) > TERMS_LINE for line in lines):
        return False
    if lines and _labelled_term(lines[0]) and sum(1 for line in lines if _labelled_term(line)) >= TERMS_HEADINGS \
            and (not opening or _summary(opening) or _introduces(opening)):
        # Or each term a labelled line, listed or not ("- Yêu cầu: …", "Hồ sơ gồm: …", "Hạn nộp hồ
        # sơ: …"), right under one sentence at most: the issuer's terms. A story about a call opens
        # on a lede of its own (more than one sentence) before it lists them.
        return True
    headings = [line for line in lines if _terms_heading(line)]
    if not lines or not _terms_heading(lines[0]):
        return False
    named = sum(1 for line in headings if _TERMS_HEADING.search(fold(line)))
    if named and named + sum(1 for line in lines if _labelled_term(line)) >= TERMS_HEADINGS \
            and _TERMS_HEADING.search(fold(lines[0])) and (not opening or _summary(opening)):
        # Both ways in one call: "Yêu cầu:" over its list, then "Quyền lợi: …" and "Hồ sơ: …" each
        # a labelled line, right under one sentence at most.
        return True
    if len(headings) >= TERMS_HEADINGS:
        return named >= 2
    # Two headings only, both of the lexicon, each over a list ("Yêu cầu" / "- …", "Quyền lợi"
    # / "- …"): the terms listed; a story about a call says them in sentences under its headings.
    listed = sum(1 for line, after in zip(lines, lines[1:], strict=False)
                 if line in headings and _LISTED.match(after))
    return len(headings) == named == listed == 2


# A headline or an opening reporting that someone issued something ("Sở Nội vụ vừa thông báo tuyển
# dụng …", "Tỉnh đã công bố thể lệ …"), folded: a story of it, however much of the terms it quotes.
_REPORTED_TITLE = re.compile(r"(?<!\w)(vua|da|moi)\s+(thong bao|cong bo|ban hanh|phat dong|to chuc)(?!\w)")


def reports_issuing(title: str | None, text: str) -> bool:
    """Whether the headline or the text's opening line reports an issuer's act
    (``_REPORTED_TITLE``: "Trung tâm … vừa thông báo tuyển dụng …", a reporter's sentence)."""
    first = next((line for line in text.splitlines() if line.strip()), "")[:_ANNOUNCE_READ]
    return any(_REPORTED_TITLE.search(fold(squash(line))) for line in (title or "", first))


_ARTICLE_HEADING = re.compile(r"^Điều\s+(\d{1,2})\s*[.:]\s*\S")
_NUMBERED_TERM = re.compile(r"^(\d{1,2})[.)]\s*\S")


def articled(text: str) -> bool:
    """Whether the terms' headings are a document's articles, numbered from one ("Điều 1. Đối
    tượng dự thi", "Điều 2. …", "Điều 3. …"), or its terms numbered so, each labelled ("1. Số
    lượng, vị trí cần tuyển: …", "2. Điều kiện đăng ký dự tuyển:"): rules as their issuer words
    them, however long their clauses. A story cites an article ("theo Điều 5 …") in a sentence,
    never heads its parts so."""
    lines = [line.strip() for line in text.splitlines()]
    numbers = [int(found.group(1)) for line in lines
               if len(line) <= TERMS_HEADING and (found := _ARTICLE_HEADING.match(line))]
    if len(numbers) < TERMS_HEADINGS:
        numbers = [int(found.group(1)) for line in lines if (found := _NUMBERED_TERM.match(line))
                   and (_labelled_term(line) or _terms_heading(line))]
    return len(numbers) >= TERMS_HEADINGS and numbers == list(range(1, len(numbers) + 1))


# A term's label, listed or not, of up to six words ("- Thời gian nhận hồ sơ: …"), and its value.
_TERM_LABEL = re.compile(r"^\W{0,2}(?:(?:Điều|Mục|Phần)\s+)?(?:\d{1,2}[.)]\s*)?"   # numbered: "2. …", "Điều 1. …"
                         r"([^\W\d_][^\W_]*(?:[ ,/-]+[^\W_]+){0,6})\s*:\s*\S")


def _labelled_term(line: str) -> bool:
    """Whether ``line`` is a term as a label of the lexicon of terms and its value ("- Hồ sơ gồm:
    đơn dự tuyển, …": ``_TERM_LABEL``, ``_TERMS_HEADING``)."""
    found = _TERM_LABEL.match(line)
    return found is not None and bool(_TERMS_HEADING.search(fold(found.group(1))))


def _terms_heading(line: str) -> bool:
    """Whether ``line`` is a heading of terms: short, capitalised or numbered, no stop at its
    end, no "Label: value" (a field: "Liên hệ: anh Thắm, 0912 …")."""
    if len(line) > TERMS_HEADING or line.endswith((".", "!", "?", ";", ",")):
        return False
    rest = _TERMS_NUMBER.sub("", fold(line), count=1).rstrip(":")
    return bool(rest) and ":" not in rest and (line[:1].isupper() or line[:1].isdigit())


# The issuer's own voice in a notice's opening: it "(trân trọng) thông báo" (announces) or
# "trân trọng (kính) mời" (invites: an event's organiser), or it opens on what it acts under
# ("Căn cứ …", "Thực hiện …"). A story reports that someone "vừa / đã thông báo", "có thông
# báo", or opens on the day of what it tells (``LEDE``).
_ISSUER_SAYS = re.compile(r"(?<!\w)((tran trong |xin )?thong bao|tran trong (kinh )?moi)(?!\w)")
_REPORTED_SAYING = re.compile(r"(?<!\w)(vua|da|moi|cung|se|co|ra|ban hanh|phat|nhan duoc|theo|cac|mot|bang)\s+"
                              r"(tran trong\s+)?$")
# The same words with their marks, in lower case: a place's or a person's "Bằng" ("Báo Cao Bằng
# thông báo …") folds as "bằng" (by) does, and is no report.
_REPORTED_MARKED = re.compile(r"(?<!\w)(vừa|đã|mới|cũng|sẽ|có|ra|ban hành|phát|nhận được|theo|các|một|bằng)\s+"
                              r"(trân trọng\s+)?$")
_ACTING_UNDER = re.compile(r"^(can cu|thuc hien|theo de nghi|theo ke hoach|nham)\b")


def _reported(original: str, folded: str, end: int) -> bool:
    """Whether the words before ``end`` of ``folded`` (``original`` folded) report a saying
    (``_REPORTED_SAYING``), read again with their marks and capitals where the letters align."""
    if not _REPORTED_SAYING.search(folded[:end]):
        return False
    marked = unicodedata.normalize("NFC", original)
    if len(marked) != len(folded):
        return True
    return bool(_REPORTED_MARKED.search((marked.lower() if marked.isupper() else marked)[:end]))


# Its kind first ("Thông báo …"), or its issuer's name and its kind ("Báo Thái Nguyên thông báo
# tuyển dụng …"), not a report of it ("Sở Y tế vừa thông báo …": ``_REPORTED_SAYING``).
_NOTICE_TITLE = re.compile(r"^(?:(?P<issuer>[^,:;.!?]{2,60}?)\s)?thong bao( ve viec| v/v)?\b")
_ISSUER_READ = 400   # characters of the text's first line read for the issuer's voice


def issued(title: str | None, text: str, files: int = 0) -> bool:
    """Whether a page is a notice as its issuer posts it: its headline says so ("Thông báo …"),
    its text opens in the issuer's voice, no story's lede: the first line (or the second, under
    a one-sentence summary) announces ("Văn phòng … thông báo lịch …", "Nhà trường trân trọng
    thông báo:") or opens on what the issuer acts under ("Căn cứ …", "Thực hiện …"); and its body
    is a notice's: terms under the announcing line's colon ("… như sau:" over numbered items, a
    table's rows, a list) or a file attached (``files``: the draft to comment on, the form). A
    story about a notice opens on the day of what it tells, or reports that someone "vừa thông
    báo", "đã có thông báo"; a notice told in plain paragraphs ("Sở … thông báo tạm dừng lưu thông
    …", "… thông báo lịch tiếp công dân …") reads as a news brief, and stays one."""
    folded = fold(squash(title or ""))
    titled = _NOTICE_TITLE.match(folded)
    if not titled or titled.group("issuer") and _reported(squash(title or ""), folded, titled.end("issuer") + 1):
        return False
    lines = [squash(line) for line in text.splitlines() if line.strip()]
    if lines and _HOST_LINE.match(lines[0]):
        lines = lines[1:]   # a print view's masthead: the site's host name ("baoyenbai.vn")
    lines = _past_document_header(lines, folded)
    headed = _past_heading(lines)
    if len(headed) <= len(lines) - 2 and headed and _issuer_line(headed[0][:_ISSUER_READ]):
        # Its kind in capitals ("THÔNG BÁO"), its subject ("Về việc niêm yết …") and the issuer's
        # voice under them: the document as its issuer typed it (a court's notice of service).
        return True
    # The issuer's name in capitals over the text ("TRƯỜNG THCS CHU VĂN AN - THÀNH PHỐ THÁI BÌNH", a
    # print view's masthead, a notice's letterhead) is no line of it.
    lines = [line for n, line in enumerate(lines) if n >= _LETTERHEAD_READ or not _letterhead(line)]
    voiced = [n for n, line in enumerate(lines[:2])
              if (n == 0 or _summary(lines[0])) and _issuer_line(line[:_ISSUER_READ])]
    if not voiced:
        return False
    if files:
        return True
    # Its legal bases a line each ("Căn cứ Nghị định …;", "Căn cứ Kế hoạch …,") before the line
    # announcing the terms: the issuer's preamble, read past.
    bases = 0
    while voiced[0] + bases < len(lines) - 1 and _ACTING_UNDER.match(fold(lines[voiced[0] + bases])) \
            and lines[voiced[0] + bases].endswith((";", ",")):
        bases += 1
    opening = next((n for n in range(voiced[0], min(2 + bases, len(lines))) if lines[n].endswith(":")), None)
    if opening is None:
        # No colon to introduce them: its terms are a table (its header and its rows) after the
        # issuer's line, the other lines short and few (a heading, a line of contact, the
        # issuer's name). A story of the notice tells it in paragraphs, a table or not.
        after = lines[voiced[0] + 1:]
        rest = [line for line in after if not _TABLE_ROW.match(line)]
        return (len(after) - len(rest) > NOTICE_TERMS and all(len(line) <= TERMS_LINE for line in rest)
                and sum(map(len, rest)) < NOTICE_PROSE)
    return sum(1 for line in lines[opening + 1:] if _term(line)) >= NOTICE_TERMS


# An administrative document's header (the state's format): the number line ("Số: 512/TB-UBND"),
# the place and day ("Hậu Lộc, ngày 22 tháng 11 năm 2024"), the national name and motto; folded.
_DOCUMENT_HEADER = re.compile(r"^(so\s*:?\s*\d+\s*/|.{0,40}\bngay \d{1,2} thang \d{1,2} nam \d{4}\W*$|"
                              r"cong hoa xa hoi chu nghia viet nam|doc lap\W+tu do\W+hanh phuc)")
_HEADER_LINES = 8   # lines of a document's header at most


def _past_document_header(lines: list[str], title: str) -> list[str]:
    """The lines after an administrative document's header, when the text opens on one: the
    issuer's name in capitals, "Số: …", the place and day, the kind ("THÔNG BÁO") and the title
    again (``title``, folded) — a notice posted as its issuer typed it; else ``lines``."""
    n, numbered = 0, False
    while n < min(len(lines), _HEADER_LINES):
        line = fold(lines[n])
        if _DOCUMENT_HEADER.match(line):
            numbered = True
        elif not (lines[n].isupper() and len(lines[n]) <= 80):
            break
        n += 1
    if not numbered:
        return lines
    if n < len(lines) and fold(lines[n]) in title:
        n += 1   # the document's title under its kind: the page's headline again
    return lines[n:]


_TABLE_ROW = re.compile(r"^\|.*\|$")
_HOST_LINE = re.compile(r"^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}/?$", re.I)
_LETTERHEAD_READ = 3   # the first lines of a text where its issuer's name in capitals may stand
_LETTERHEAD = 100      # characters of such a line


def _letterhead(line: str) -> bool:
    """Whether ``line`` is a name in capitals and nothing more (no sentence's stop at its end)."""
    return len(line) <= _LETTERHEAD and line.isupper() and not line.endswith((".", ":", "!", "?"))


# A notice's term: a numbered item, a table's row, a list's item ("1. …", "| … |", "- …").
_TERM = re.compile(r"^(\d{1,2}\s*[.)]\s*\S|\|.*\|$|[-–•+]\s*\S)")
# A labelled field of one to four words, capitalised ("Thời gian: …", "Địa điểm: …", "Thành phần: …").
_FIELD_TERM = re.compile(r"^([^\W\d_][^\W\d_]*(?: [^\W\d_]+){0,3}):\s*\S")


def _term(line: str) -> bool:
    """Whether ``line`` is one of a notice's terms: ``_TERM``, or a labelled field."""
    return bool(_TERM.match(line)) or (line[:1].isupper() and bool(_FIELD_TERM.match(line)))


def _issuer_line(line: str) -> bool:
    """Whether a line (as printed, not folded) opens in an issuer's voice."""
    folded = fold(line)
    if LEDE.match(folded):
        return False
    if _ACTING_UNDER.match(folded):
        return True
    return any(not _reported(line, folded, found.start()) for found in _ISSUER_SAYS.finditer(folded))


# An item of a table of contents: a work's title (and its author) ending on the page it starts on
# ("Bút ký: Mùa nương trên đỉnh Ten - Hà Thị Lan (tr. 12)", "Lời tòa soạn ........ 3", "… - Trang 5",
# a daily's digest of its print issue: "… (Xem trang 2).").
# A bare "Trang 9" is a name as often (Thu Trang, 9 points; "xem trang 2" in prose): the page is
# set apart (brackets, a dash, a comma, leaders) or abbreviated with its dot ("tr. 12").
_CONTENTS_ITEM = re.compile(r"(\(((xem|doc) )?(tr|trang|p|pp|page)\.?\s*\d{1,4}\)\.?"
                            r"|(\str\.|\s[-–—,:]\s*(tr|trang)\.?)\s*\d{1,4}|\.{4,}\s*\d{1,4})$")
CONTENTS_ITEMS = 3       # such items that make a table of contents
CONTENTS_SHARE = 0.4     # of the text they fill at least: a story may close on an issue's contents
CONTENTS_MOST = 0.6      # of the text they fill in an issue's digest, whatever its prose


def _may_end_item(line: str) -> bool:
    """Whether a line may end as a contents item once squashed and folded: on a digit, a bracket
    or a mark that folding drops (read then)."""
    end = line.rstrip().removesuffix(".")[-1:]   # "(Xem trang 2)." too
    return end == ")" or end.isdigit() or (bool(end) and _MARKS.fullmatch(end) is not None)


def contents(text: str) -> int:
    """How many items of a table of contents (``_CONTENTS_ITEM``) ``text`` holds, if they are
    ``CONTENTS_ITEMS`` at least and fill ``CONTENTS_SHARE`` of it (a magazine's issue posted as
    its cover and contents), else 0. A story about the issue tells it in paragraphs."""
    # An item ends on its page's number or a bracket: folding makes neither, and keeps them last
    # but for the marks it drops, so other lines are not folded for nothing (most lines).
    items = _contents_items(text)
    if len(items) < CONTENTS_ITEMS or sum(map(len, items)) < CONTENTS_SHARE * max(1, len(text)):
        return 0
    return len(items)


def _contents_items(text: str) -> list[str]:
    return [line for line in (squash(line) for line in text.splitlines() if _may_end_item(line))
            if _CONTENTS_ITEM.search(fold(line))]


def contents_filled(text: str) -> bool:
    """Whether a table of contents' items (``contents``) fill most of ``text`` (``CONTENTS_MOST``):
    a print issue's digest, each item a blurb ending on its page ("… (xem trang 6)."), however
    long its blurbs; a story that closes on the issue's contents tells more before them."""
    return sum(map(len, _contents_items(text))) >= CONTENTS_MOST * max(1, len(text))


# An event's name as a headline: the kind of event first ("Hội thảo “…”", "Hội nghị xúc tiến đầu
# tư …", "Chương trình nghệ thuật …", "Lễ hội …", "Triển lãm …", "Buổi nói chuyện chuyên đề …"),
# or a live page's name for it ("Trực tiếp: Lễ khai mạc …", "Tường thuật trực tiếp: …").
_EVENT_TITLE = re.compile(r"^((tuong thuat )?truc tiep\s*[:\-–—|]\s*|live\s*[:\-–—|]\s*)?(buoi )?"
                          r"(hoi nghi|hoi thao|toa dam|dien dan|chuong trinh|le|le hoi|trien lam|hoi cho|"
                          r"hoi trai|ngay hoi|dem nhac|dem van nghe|lien hoan|giai|cuoc thi|hoi thi|workshop|"
                          r"festival|hoi giang|khoa tap huan|lop tap huan|noi chuyen|giao luu|gap mat|hop mat|"
                          r"tu van truc tuyen)\b")


def event_title(title: str | None) -> bool:
    """Whether a (Vietnamese) title opens on the kind of an event (``_EVENT_TITLE``)."""
    return bool(title) and bool(_EVENT_TITLE.match(fold(squash(title))))


# A document's name as a headline: "Kế hoạch tuyển sinh …", "Đề cương ôn tập …", "Báo cáo thường
# niên 2024", "Quyết định …". A story about one is headed by what was done with it.
_DOCUMENT_TITLE = re.compile(r"^(toan van )?(thong bao|ke hoach|de cuong|bao cao|quyet dinh|cong van|chi thi|to trinh|"
                             r"du thao|bieu mau|mau don|quy che|huong dan on tap|danh sach|ket qua)\b")


def document_title(title: str | None) -> bool:
    """Whether a (Vietnamese) title opens on the kind of a document (``_DOCUMENT_TITLE``), its
    full text announced or not ("Toàn văn dự thảo …")."""
    return bool(title) and bool(_DOCUMENT_TITLE.match(fold(squash(title))))


def people(text: str) -> tuple[int, int]:
    """(lines of ``text`` that name a person and a position and nothing else, the fields of a
    person's record it holds): a leadership page's or a directory's entries ("Ông Hồ Văn An -
    Giám đốc Sở", "Sinh năm: 1972", "Điện thoại: …"). A story's caption goes on to what they did."""
    named = bio = 0
    for line in text.splitlines():
        line = squash(line)
        named += person_line(line)
        bio += sum(1 for label, _ in _labels_of(line) if _BIO.match(fold(label)))
    return named, bio


def _labels_of(line: str) -> Iterator[tuple[str, str]]:
    """The "label: value" fields of a line, several when separated ("Sinh năm: 1972 | Quê
    quán: …"): each field's label and the whole field."""
    for part in _FIELD_SEPARATOR.split(line):
        if match := _LABEL.match(part):
            yield match.group(1), part


# Honorifics and titles before a name, folded ("Ông", "Đồng chí", "PGS.TS.").
_TITLES = r"ong|ba|dong chi|d/c|pgs|gs|ts|tskh|ths"
_HONORIFIC = re.compile(rf"({_TITLES})\b\.?")


def signature(author: str | None, text: str) -> bool:
    """Whether a byline reads as its writer's signature: no honorific ("Ông Hồ Văn An" is whom a
    leadership page shows) and a name the text does not name (who a story is about)."""
    if not author:
        return False
    name = fold(author)
    return not _HONORIFIC.match(name) and name not in fold(text)


PROSE_CELL = 400   # characters of a table's cell, several sentences long, that is a story's paragraph


def table_share(text: str) -> float:
    """The share of ``text`` (extracted: tables as ``| a | b |`` lines) in the rows of its
    tables of three rows or more, with the line right before one that introduces it ("Ban quản
    lý … niêm yết giá vé … như sau:", ``TABLE_INTRO``). A table one of whose cells is a paragraph
    of several sentences is a theme's layout (the cells a table theme sets the story in, under its
    headline and over its footer line): its text is prose, not records. A schedule's, a price
    board's, a register's cells are short."""
    tables: list[list[str]] = [[]]
    intros = [0]            # the characters of the line introducing each table
    before = ""             # the last line of text before the current one
    for line in text.splitlines():
        if line.startswith("|") and line.endswith("|"):
            if not tables[-1] and before.endswith(":") and len(before) <= TABLE_INTRO:
                intros[-1] = len(before)
            tables[-1].append(line)
            continue
        if tables[-1]:
            tables.append([])
            intros.append(0)
        if line.strip():
            before = line.strip()
    kept = [(table, intro) for table, intro in zip(tables, intros, strict=True)
            if not any(_prose_cell(cell) for line in table for cell in line.split("|"))]
    rows = [line for table, _intro in kept for line in table]
    if sum(1 for line in rows if line.strip("|-: ")) < 3:   # not the ``|---|`` line under a header row
        return 0.0
    return (sum(len(line.strip("|-: ")) for line in rows) + sum(intro for _table, intro in kept)) / max(1, len(text))


TABLE_INTRO = 200   # characters of a line ending in a colon right over a table: its introduction


def _prose_cell(cell: str) -> bool:
    """Whether a table's cell is a paragraph: long, of several sentences."""
    cell = cell.strip()
    return len(cell) >= PROSE_CELL and len(_INNER_STOP.findall(cell)) >= 2


def table_rows(text: str) -> tuple[int, int]:
    """(rows, how many open on a time, a date or a number) of ``text``'s tables (extracted:
    ``| a | b |`` lines; the ``|---|`` line under the first row aside). A row keyed by a name
    (a class, a room: "| K17 | 28/12/2026 - 08/01/2027 | …") opens on its time in its second cell."""
    rows = [[cell.strip() for cell in line.strip("|").split("|", 2)[:2]] for line in text.splitlines()
            if line.startswith("|") and line.endswith("|") and line.strip("|-: ")]
    return len(rows), sum(_led_row(cells) for cells in rows)


# A day or a time opening a cell, no bare number (a count): "08h00 - 12h00", "28/12/2026", "Thứ Hai".
_TIMED = re.compile(r"^\W{0,3}(\d{1,2}\s*[:hg.]\s*\d{2}(?!\d)|\d{1,2}[/-]\d{1,2}\b|thứ\s+(hai|ba|tư|năm|sáu|bảy|\d)|"
                    r"chủ nhật|ngày\s+\d)", re.I)


def _led_row(cells: list[str]) -> bool:
    """Whether a table's row opens on a time, a date or a number (after "Sáng", "Từ": ``_SLOT_PREFIX``),
    or, keyed by a name in its first cell, on a time or a date in its second ("| Cầu Giấy | 08h00 -
    12h00 | …"; "| Toán | 5 |" is a count)."""
    return bool(cells) and (bool(_LEADING.match(_SLOT_PREFIX.sub("", cells[0], count=1)))
                            or len(cells) > 1 and bool(_TIMED.match(cells[1])))


def _own_table(el: html.HtmlElement) -> html.HtmlElement | None:
    return next((a for a in el.iterancestors() if a.tag == "table"), None)


def headline_like(text: str | None) -> bool:
    """Whether a link's text reads like a headline: menu links name sections in a few words."""
    text = squash(text or "")
    return len(text) >= 30 and len(text.split()) >= 6


def document_links(tree: html.HtmlElement) -> int:
    """Links to document files: by the file's extension or a download script's address, or a link
    the page marks as a file to save (HTML's ``download`` attribute, NukeViet's "?download=1&id=0")."""
    return sum(1 for a in tree.iter("a") if _DOCUMENT_LINK.search(a.get("href") or "")
               or a.get("download") is not None and a.get("href"))


# A field's label: a few words (not a sentence, not a number) before a colon ("Thời gian:",
# "Địa điểm:", "Email:", "Người hỏi:"). A line may hold several ("A: x | B: y").
_LABEL = re.compile(r"^\W{0,2}([^\W\d_][^\W_]*(?:[ .&/-]+[^\W_]+){0,3})\s*:\s*\S")
_FIELD_SEPARATOR = re.compile(r"\s+[|•·]\s+")
# The labels of a question and of its answer (a portal's "Hỏi đáp", a Q&A page).
# Names of who asked and when (not "Hỏi:" before a question, which an interview prints too).
_ASKED = re.compile(r"\b(nguoi hoi|nguoi gui|ngay hoi|ngay gui|asked by|asker|question from|submitted by)\b")
_ANSWERED = re.compile(r"\b(tra loi|giai dap|answer|answered by)\b")
# A question's own label ("Hỏi:", "Câu hỏi:", "Bạn đọc Lan hỏi:") and a bare answer's ("Đáp:"):
# a reader's question and its answer when one question is put (an interview puts several).
_QUESTION = re.compile(r"(^|\s)hoi$|^question$")
_ANSWER = re.compile(r"^dap$")
# The answer's label alone on its line, the answer in the paragraphs under it ("<p><b>Trả lời:</b></p>"),
# or a portal's heading over the answer ("Nội dung trả lời", "Trả lời của Sở Giao thông vận tải").
_BARE_ANSWER = re.compile(r"^\W*((tra loi|giai dap|dap|answer)\s*:|noi dung (tra loi|giai dap)\s*:?|"
                          r"(tra loi|giai dap) cua [^.?!:]{3,100}:?)\W*$")
# And the question's heading over it ("Câu hỏi", "Nội dung câu hỏi:"): one question put, with its
# answer under such a heading after it, is a citizen's question and its answer.
_BARE_QUESTION = re.compile(r"^\W*(noi dung )?(cau hoi|hoi|question)\s*:?\W*$")
# A reply's subject in a forum or a mail thread: "Re: <the post's subject>".
_REPLY = re.compile(r"re\s*:\s*\S", re.I)
# Or written out, as government portals print readers' questions: "Ông Trần Văn Hùng (Hà Tĩnh)
# hỏi: …?" (an asker named with an address) and "Về vấn đề này, Sở … trả lời như sau:".
# Or set off by commas, as a teacher's or a columnist's page prints a student's or a reader's
# question: "Em Phan Văn Đức, lớp 12A4, hỏi: …?" (the asking verb and its colon right after).
# A name's words may hold an abbreviation's dot, with no space after it ("TP.HCM", "PGS.TS",
# "Q.1"): a sentence's stop is followed by a space; or after a place's or a rank's short word
# ("TP. Hà Nội", "TX. Sơn Tây", "TS. Lê Văn Hòa"), folded.
_SHORT_WORDS = ("tp", "tx", "tt", "ts", "ths", "gs", "pgs", "bs", "ls")
_ABBREVIATED = r"|\.(?=\w)|(?:" + "|".join(rf"(?<=\b{word})" for word in _SHORT_WORDS) + r")\.(?=\s)" \
    + r"|(?<=\s\w)\.(?=[\s,)])"   # and a name's initial, as papers hide a reader's ("Nguyễn Thị H. (Hải Phòng)")
_COMMA_ASKER = rf"^(?:[^.?!:]{_ABBREVIATED}){{3,120}},\s*(hoi|thac mac)\s*:"
# Or named with an address, the case told, and the question put by the same honorific again, as
# the Government's paper prints readers' letters: "Bà Nguyễn Thị Lan (Bắc Giang) làm việc … nay
# nghỉ việc. Bà hỏi, bà có được …?" (a story quotes a speaker once, by name or by post).
_ASKER_HONORIFIC = r"(?P<honorific>ong|ba|anh|chi|em|co|chu|bac)"
_ASKED_AGAIN = (rf"^{_ASKER_HONORIFIC}\s(?:[^.?!()]{_ABBREVIATED}){{3,80}}\([^()]{{2,80}}\)[^?!]{{0,240}}?[.;]\s+"
                rf"(?P=honorific)\s+(hoi|thac mac|de nghi)\s*[,:]")
_ASKER = re.compile(rf"^(?:[^.?!]{_ABBREVIATED}){{3,120}}\)\s*(hoi|de nghi|thac mac)\b|" + _COMMA_ASKER + "|"
                    + _ASKED_AGAIN)
# The comma form alone is as often a voter's question a story reports ("Cử tri Lê Văn Bình, thôn 3,
# hỏi: …?"), answered by an official in the story: it makes a Q&A only under a Q&A's headline.
_ASKED_IN_COMMAS = re.compile(_COMMA_ASKER)
# The asking words as printed, looked for before a paragraph's opening is folded for ``_ASKER``.
_ASKING_WORDS = ("hỏi", "đề nghị", "thắc mắc", "hoi", "de nghi", "thac mac")


def _asks(opening: str) -> bool:
    """Whether ``opening`` holds an asking word (``_ASKING_WORDS``): read in C, not folded."""
    lower = opening.lower()
    return any(word in lower for word in _ASKING_WORDS)
# A question's label naming its asker in brackets: "Câu hỏi (Bà Lê Thị Hoa, Triệu Phong): …?".
_ASKED_BY = re.compile(r"^(cau hoi|hoi|thac mac|question)\s*\([^()]{3,120}\)\s*:")
# Or signed by its asker in brackets after it, as newspapers' advice columns print a reader's
# letter: "… tôi có phải làm thủ tục gì không? (Nguyễn Văn Tám, Duy Xuyên, Quảng Nam)". The
# brackets hold names only: each part capitalised word by word, no digit ("(cười)", "(ảnh minh
# họa)", "(năm 2023)" are a story's asides).
_SIGNED_QUESTION = re.compile(r"\?[”\"]?\s*\(([^()\d]{3,120})\)\W*$")
_NAME_PART = re.compile(r"^(?:[^\W\d_a-zđ][^\W\d_]*\.?)(?:[ .](?:[^\W\d_a-zđ][^\W\d_]*\.?))*$")
_META_LINE = 150
# A procedure's numbered step as its line's label ("Bước 1: Nộp hồ sơ …", "Step 2: …").
_STEP = re.compile(r"^\W{0,2}((buoc|step)\s*\d{1,2})\s*[:.)-]\s*\S")
_STEP_READ = 40   # characters of a block that can open with a step's label
_STEP_DIGIT = re.compile(r"\d")   # a step's number: folding makes no digit of a character that is none


def _opening(el: html.HtmlElement) -> str:
    """The first ``_STEP_READ`` characters of ``text_of(el)`` (a procedure's step opens with its
    label; a body's whole text is not to be joined and folded at every depth)."""
    known = known_text(el)   # read whole already (a box's, a column's): its start is the same
    return (known if known is not None else text_head(el, _STEP_READ))[:_STEP_READ]
# hCalendar's class of an event's start (``<abbr class="dtstart" title="…">``).
_CALENDAR = re.compile(r"(^|\s)dtstart(\s|$)")
# "Đề nghị bà liên hệ …" (we ask you to …) closes an answer: a request names its asker by "của".
_ASKED_LINE = re.compile(r"^((cau hoi|thac mac)( cua| tu)?|(kien nghi|de nghi)( cua| tu)) "
                         r"(ong|ba|anh|chi|ban|doc gia|cong dan|nguoi dan|cu tri)\b")
_ANSWERED_LINE = re.compile(rf"^(?:[^.?!:]{_ABBREVIATED}){{3,120}}\b(tra loi|giai dap)(\s*[-–,(:]|\s+ngay\b|\s*$)")
# Or addressed to its asker, as a forum's or an office's reply opens: "Trả lời đồng chí Hồ Sỹ Lam:
# Theo …", "Giải đáp bạn đọc Minh Anh: …" (the asker's honorific and name, then the colon).
_ANSWER_TO = re.compile(r"^(tra loi|giai dap)\s+(ong|ba|anh|chi|em|ban|ban doc|doc gia|dong chi|cong dan|cu tri|"
                        r"bac|chu|co)\s[^.?!:]{2,60}:")
_ANSWER_LINE = re.compile(rf"^(?:[^.?!]{_ABBREVIATED}){{0,150}}\b(tra loi|giai dap|huong dan)"
                          r"( [^.?!]{0,20})? nhu sau\b")
# The answer led by its answerer's name, set off by commas as the comma asker is ("Luật sư Trần
# Minh Khoa, Đoàn luật sư tỉnh Nghệ An, trả lời: Theo Luật Đất đai …") or not ("Luật sư Trần Văn
# Minh trả lời: Theo …"): the answering verb and its colon right after the name, however long
# the answer runs on that line (a short one is read as a meta line, ``_ANSWERED_LINE``).
_NAMED_ANSWERER = re.compile(rf"^(?:[^.?!:]{_ABBREVIATED}){{3,150}}(,\s*|\s)(tra loi|giai dap)\s*:")
# The labels of an event's time and place ("Thời gian:", "Địa điểm:", "Venue:").
_WHEN = re.compile(r"^(thoi gian|thoi diem|dia diem|ngay to chuc|thoi gian to chuc|dia diem to chuc|time|"
                   r"(thoi gian|dia diem) (xuat phat|tap trung|thi dau)|"
                   r"venue|location|when|where|(thoi gian |ngay |gio )?(bat dau|ket thuc|khai mac|be mac)|"
                   r"start|end|starts|ends|start date|end date|opening hours|gio mo cua)$")
# A reporter's label: an interview's questions, each answer labelled by who speaks ("PV: …",
# "Ông Nguyễn Văn Hòa: …"): a story, however many such lines lead it.
_REPORTER = re.compile(r"(pv|phong vien|nha bao|reporter|interviewer)")
_BLOCKS = frozenset({"p", "li", "div", "dd", "dt", "td", "th", "h2", "h3", "h4", "h5", "h6"})
# and the page's regions (a theme's column wrapper holds its <main> and its <aside>: no paragraph)
_HOLDERS = _BLOCKS | {"table", "tbody", "tr", "ul", "ol", "dl", "section", "article", "figure", "blockquote", "h1",
                      "main", "aside", "header", "footer", "nav"}
_WRAPPERS = frozenset({"span", "font"})   # inline elements editors and runtimes wrap blocks in
_FORM_TEXT = 600      # characters of a form's text at most (a poll's, a sign-up's): no page's whole form
_PROSE_LINE = 100     # a paragraph this long is running prose, not a field
# A reported event's opening: the part of a day, or the day, and a comma ("Sáng 19/11, tại …",
# "Chiều qua, …", "Ngày 5 tháng 3, …"), after a place's or the paper's tag ("Ea Kar - ") or not.
# A notice opens on what it acts under or what it asks ("Thực hiện …", "… thông báo …").
LEDE = re.compile(r"^(?:[^\W\d_][^,.:;!?–—-]{0,40}\s[-–—]\s+)?(?:rang sang|sang|trua|chieu|toi|dem|ngay|hom)\s+"
                  r"(?P<day>nay|qua|hom qua|\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?"
                  r"|\d{1,2}\s+thang\s+\d{1,2}(?:\s+nam\s+\d{4})?)\s*(?:\([^)]{0,20}\)\s*)?,")
_LEDE_READ = 80       # characters of the first paragraph read for that opening
LEDE_DAYS = 7         # a story reports what happened this many days before its date at most
_LEDE_NUMBERS = re.compile(r"\d+")


def lede_on(day: str, published: str | None) -> bool:
    """Whether the day a lede opens on (``Fields.lede``) is the page's own date or a few days
    before it (``LEDE_DAYS``): a story reports what just happened. A history page opening on
    the day the province was founded ("Ngày 1/1/1997, …") reports nothing of its date."""
    if not day or not published:
        return False
    numbers = [int(n) for n in _LEDE_NUMBERS.findall(day)]
    if not numbers:
        return True   # "sáng nay", "chiều qua"
    try:
        own = date.fromisoformat(published[:10])
        when = date(numbers[2] if len(numbers) > 2 else own.year, numbers[1], numbers[0])
        if len(numbers) < 3 and when > own:
            when = date(own.year - 1, numbers[1], numbers[0])   # "Chiều 31/12," on a page of 2/1
    except ValueError:
        return False
    return 0 <= (own - when).days <= LEDE_DAYS


# An opening saying an event will be held ("Ngày hội … sẽ diễn ra vào ngày 15/3/2025 tại …", "…
# sẽ được tổ chức từ ngày 12/12", "… sẽ khai mạc …", "X tổ chức hội thảo … vào ngày 5/12/2026" but
# not "đã tổ chức"), folded; the day it names comes after.
_WILL_BE_HELD = re.compile(r"(?<!\w)(se (duoc )?(dien ra|to chuc|khai mac|khai giang)|(?<!da )dien ra|"
                           r"(?<!da )(?<!da duoc )to chuc)(?!\w)")
# Or that its coverage will be live ("Báo … sẽ tường thuật trực tiếp Lễ khánh thành …", "… sẽ được
# truyền hình trực tiếp trên VTV1 lúc 20 giờ ngày 2/9"): said before the event, of it.
_WILL_COVER = re.compile(r"(?<!\w)se (duoc )?(tuong thuat|truyen hinh|phat song|phat|livestream) truc tiep(?!\w)")
# A live page's name for its event ("Trực tiếp: Lễ khai mạc …", "Tường thuật trực tiếp - …").
_LIVE_TITLE = re.compile(r"^((tuong thuat )?truc tiep|live)\s*[:\-–—|]")
_HELD_ON = re.compile(r"(?<![\d/.h])(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*((?:19|20)\d\d))?(?![\d:h])"
                      r"|(?<!\d)(\d{1,2})\s+thang\s+(\d{1,2})(?:\s*(?:nam\s+|,\s*)((?:19|20)\d\d))?")
_FORTHCOMING_READ = 300   # characters of the text's first line read for that opening
_FIELDS_READ = 6   # lines under an opening ending in a colon where the event's time field stands


def live_title(title: str | None) -> bool:
    """Whether a (Vietnamese) title names a live page ("Trực tiếp: …": ``_LIVE_TITLE``)."""
    return bool(title) and bool(_LIVE_TITLE.match(fold(squash(title))))


# A live page's entry: a time of day opening its line ("8:05 - …", "20h30: …"), or alone over it.
_ENTRY_TIME = re.compile(rf"^{_TIME_OF_DAY}(?!\d)")
_ENTRY_ALONE = 12     # characters of a time's line standing alone over its entry ("20:05", "9h15")


def _entries_posted(text: str) -> bool:
    """Whether a live page's text holds an entry posted: a time of day opening a paragraph of
    prose, or alone on the line over one. A programme's items are a time and a few words."""
    lines = [squash(line) for line in text.splitlines() if line.strip()]
    for line, after in zip(lines, [*lines[1:], ""], strict=True):
        if _ENTRY_TIME.match(line) and len(line if len(line) > _ENTRY_ALONE else after) >= _PROSE_LINE:
            return True
    return False


def forthcoming(text: str, published: str | None, live: bool = False, title: str | None = None) -> bool:
    """Whether the text's first line says an event will be held (``_WILL_BE_HELD``), or covered
    live (``_WILL_COVER``), on a day it names after the page's own date: the event's page,
    posted ahead of it. Under a live page's name (``live``) the coverage said to be ahead is
    enough, whatever day it names (the event's time stands in its fields). A story reporting
    what was held says so in the past; its opening's day is on or before its date."""
    if not published:
        return False
    first = fold(squash(next((line for line in text.splitlines() if line.strip()), "")))[:_FORTHCOMING_READ]
    covered = _WILL_COVER.search(first)
    if live and covered:
        # The sapo is written when the page is set up and stays; the entries posted under it
        # since (a time of day over what happened, told in a sentence) make it the coverage.
        return not _entries_posted(text)
    said = _WILL_BE_HELD.search(first) or covered
    day = _HELD_ON.search(first, said.end()) if said else None
    if day is None and said and (first.rstrip().endswith(":") or not _HELD_ON.search(first)):
        # "… sẽ được tổ chức tại Lăng Ông …, thông tin chi tiết như sau:" over its fields, or an
        # opening that names no day ("Diễn đàn do Báo … tổ chức."): the day in its time field
        # ("Thời gian: Từ ngày 28 đến 30/3/2024", "1. Thời gian, địa điểm tổ chức: Dự kiến ngày …").
        for line in text.splitlines()[1:_FIELDS_READ]:
            label, colon, value = fold(squash(line)).partition(":")
            label = _TERMS_NUMBER.sub("", label.strip(" -–•+*"), count=1)
            if colon and (_WHEN.match(label) or label.startswith(("thoi gian,", "dia diem,"))) \
                    and (day := _HELD_ON.search(value)):
                break
    if day is None and title:
        # Or its headline says so ("Giải chạy … sẽ diễn ra ngày 13/12"), its first line telling what
        # the page gives (the time, the distances, how to register).
        first = fold(squash(title))
        said = _WILL_BE_HELD.search(first)
        day = _HELD_ON.search(first, said.end()) if said else None
    if day is None:
        return False
    numbers = [int(n) if n else 0 for n in (day.group(1) or day.group(4), day.group(2) or day.group(5),
                                              day.group(3) or day.group(6))]
    try:
        own = date.fromisoformat(published[:10])
        when = date(numbers[2] or own.year, numbers[1], numbers[0])
    except ValueError:
        return False
    return when > own
# A person named with a position, alone on a short line ("Ông Hồ Văn An - Giám đốc Sở", "TS. Lê
# Thu Hà, Phó Hiệu trưởng"): a leadership page's or a directory's entries (a caption goes on).
_PERSON_LINE = 60
# A profile's title with its several offices ("Đồng chí Lê Quang Hưng - Phó Bí thư Tỉnh ủy, Chủ tịch
# UBND tỉnh"): longer, each office after a comma opening in capitals.
_OFFICES_LINE = 100
_PERSON = re.compile(rf"^((({_TITLES}|ks|bs|ls)\.?\s*)+)?[^\W\d_]+( [^\W\d_]+){{1,4}}"
                     r"\s*[-–,:]\s*(pho\s+)?(tong giam doc|giam doc|chu tich|bi thu|truong phong|chanh van phong|"
                     r"truong ban|tong bien tap|hieu truong|vien truong|truong khoa|chanh thanh tra|"
                     r"ke toan truong|can bo|chuyen vien)\b")
# An honorific, a name and a post ("PGS.TS. Trần Minh Đức - Phó Hiệu trưởng"), after a dash or a
# comma: a colon opens what the person says ("Ông …: Không để ai bị bỏ lại phía sau").
_HONORED = re.compile(r"^(?:(?:ông|bà|đồng chí|đ/c|pgs|gs|tskh|ts|ths|ks|bs|ls)\b\.?\s*)+"
                      r"(?P<name>[^\W\d_]+(?: [^\W\d_]+){1,4})\s*[-–,]\s*(?P<post>[^\W\d_]+(?: [^\W\d_]+){0,7})"
                      r"(?P<more>(?:\s*[,;]\s*[^\W\d_]+(?: [^\W\d_]+){0,7})*)$",
                      re.I)
# How a post opens, whatever follows (its office, its unit): a rank, a deputy's, a head's, a
# member's, a profession's word ("Phó …", "Trưởng Bộ môn …", "Ủy viên Ban …", "Chủ nhiệm …").
_POST_OPENING = re.compile(r"^(nguyen )?(pho|truong|tong|giam doc|uy vien|bi thu|chu tich|chu nhiem|hieu truong|"
                           r"vien truong|chanh|ke toan|chuyen vien|can bo|giang vien|giao vien|bac si|duoc si|"
                           r"dai bieu|dai su|bo truong|thu truong|thu ky|thanh vien|chi huy|cuc truong|vu truong|"
                           r"tham phan|kiem sat vien|nghe nhan|(dai|thuong|trung|thieu) (ta|uy|tuong))\b")
# Fields of a person's record: born, home town, degree, phone, e-mail, what they are in charge of.
_BIO = re.compile(r"^(sinh nam|nam sinh|ngay sinh|que quan|trinh do( chuyen mon)?|hoc ham|hoc vi|dien thoai|"
                  r"email|e-mail|chuc vu|phu trach|linh vuc phu trach|nhiem vu)$")


ZONE_CHARS = 200   # the headline's zone: its nearest container with this much text


def headline_zone(headline: html.HtmlElement | None, body: html.HtmlElement | None,
                  chars: int = ZONE_CHARS) -> html.HtmlElement | None:
    """Where a page's fields are read: the nearest container of the headline with some text
    (``chars``: a record's fields stand under its name, and may be taken for a lead or meta
    lines later), else the body. Not a story's ``<header>``: it holds the headline, the byline
    and the lead, and the record's fields stand under it. Text is counted squashed: a theme's
    header wrapper indented line by line holds a category's link, the headline and a byline."""
    if headline is not None:
        for up in headline.iterancestors():
            if up.tag in ("body", "html"):
                break
            if len(text_of(up)) >= chars and up.tag != "header" and not _HEADER_CLASS.search(up.get("class", "")) \
                    and not _header_over(up, body):
                return up
    return body


def _header_over(block: html.HtmlElement, body: html.HtmlElement | None) -> bool:
    """Whether ``block`` is a header over ``body`` by its place, whatever its name: the body (or
    what holds it) is the next block with text after it ("<div class='sc-longform-header'>" with
    the headline, the date line and the sapo, an empty ad slot, then the story's column), longer
    than it, and it holds no table nor list (a record's block over a body found below it)."""
    if body is None or next(block.iter("table", "ul", "ol", "dl"), None) is not None:
        return False   # a header holds no table nor list: a record's own block does
    for after in block.itersiblings():
        if not isinstance(after.tag, str) or not text_of(after):
            continue
        return (after is body or any(up is after for up in body.iterancestors())) \
            and len(text_of(body)) > len(text_of(block))
    return False


# A story's header named so by its theme ("entry-header", "asset-header", "post-header"): the
# headline, the meta lines and perhaps the lead, as a <header> holds them.
_HEADER_CLASS = re.compile(r"(?:^|\s)(?:entry|post|article|asset|story|single)[-_]?header(?:\s|$)", re.I)


def record_zone(headline: html.HtmlElement | None) -> html.HtmlElement | None:
    """Where a page's fields are read when no body of prose was found and no container of the
    headline holds more than its header (a theme's hero band holds the headline, the date line
    and a one-sentence lead; the event's "Thời gian: …", "Địa điểm: …" lines stand in the main
    column beside it, too short for a body): the page's ``<body>``, read from the headline on
    (``fields``). A story has a body of prose, and its fields are read there."""
    if headline is None:
        return None
    return next(headline.iterancestors("body"), None)


def fields(body: html.HtmlElement | None, headline: html.HtmlElement | None = None) -> Fields:
    """The fields of ``body`` (see ``Fields``) after ``headline`` (a record's stand under its
    name; a column before it, a counter or a weather box, is no part of it)."""
    if body is None:
        return Fields()
    paired: list[int] = []      # where each field stands, in document order
    first_prose = None
    labels: list[str] = []
    events: list[int] = []      # where an event's time or place stands
    said: list[str] = []        # "q" for each question put, "a" for each answer, in order
    told = 0                    # paragraphs of prose before the first question
    posed = 0                   # paragraphs of prose asking in the first person (a sapo's summary of the question)
    prose_lines = 0
    lede = ""
    steps: list[html.HtmlElement] = []   # the lists under a section's name: steps, not prose
    asking = False              # the last block of text put a question
    asker = 0                   # 1 after an asker's line alone ("Anonymous asked:"), 2 after its question
    labelled_q = False          # the last block of text was a question's label alone ("Câu hỏi:")
    commas = False              # the first question's asker is set off by commas (``_ASKED_IN_COMMAS``)
    calendar: int | None = None  # where an event's start in calendar markup stands
    days: list[str] = []        # the text of each event's time or place field
    valued: list[tuple[int, str]] = []   # short headings each over one short value: fields if no prose
    marked = 0                  # an event's time or place in a record's markup (a <dt>, a table's row)
    marked_at: list[int] = []   # where each of those stands
    prose_at: list[int] = []    # where each paragraph of prose stands

    def pair(n: int, label: str) -> None:
        paired.append(n)
        labels.append(label)
        if _WHEN.match(fold(label.rstrip(" :"))):
            events.append(n)

    started = headline is None or not any(a is body for a in headline.iterancestors())
    # A form's question and choices ("<legend>Bạn đi … bằng phương tiện nào?</legend>"), read in it
    # or in the blocks that hold it alone, are no prose; not a page's whole form (ASP.NET's).
    in_forms = set()
    for form in body.iter("form"):
        if len(text_of(form)) <= _FORM_TEXT:
            in_forms.update(form.iter())
            in_forms.update(takewhile(lambda up: len(up) == 1 and wraps_one(up), form.iterancestors()))
    for n, el in enumerate(body.iter()):
        if not started:
            started = el is headline
            continue
        tag = el.tag
        if calendar is None and isinstance(tag, str) and (_CALENDAR.search(el.get("class") or "")
                                                          or el.get("itemprop") == "startDate"):
            calendar = n
        if tag not in _BLOCKS:
            continue
        if tag == "dt" and _next_tag(el) == "dd" and not story_line(el.text_content()):
            pair(n, text_of(el))
            if events and events[-1] == n:
                days.append(short_text(el.getnext(), _FIELD_LINE) or "")   # the event's day, in its <dd>
                marked += 1
                marked_at.append(n)
            continue
        if tag in _CARD_LABELS and (value := _card_value(el)) is not None and (name := _section_name(el)):
            # A builder's field card: its label, all bold, over its value, the two alone in their
            # block ("<div><p><strong>Thời gian</strong></p><p>Từ 7h00 ngày 20/7 …</p></div>"), as a
            # <dt> over its <dd>. A story's subheading stands among its paragraphs.
            pair(n, name)
            if events and events[-1] == n:
                days.append(text_of(value))
                marked += 1
                marked_at.append(n)
            continue
        if tag in _CELLS and el.getparent() is not None:
            row = [c for c in el.getparent() if c.tag in _CELLS]
            if len(row) == 2 and row[0] is el and 0 < len(text_of(el)) <= 40 \
                    and squash(row[1].text_content()) and not story_line(el.text_content()):
                pair(n, text_of(el))
                if events and events[-1] == n:
                    days.append(short_text(row[1], _FIELD_LINE) or "")   # the event's day, in its cell
                    marked += 1
                    marked_at.append(n)
            continue
        lines = _field_lines(el) if tag in _LINE_BLOCKS else ()
        if len(lines) >= 2:
            # "Thời gian: …<br>Địa điểm: …": a block of fields, a line each, none of it prose.
            for line_label, line in lines:
                pair(n, line_label)
                if _WHEN.match(fold(line_label)):
                    days.append(line)
            continue
        label = _label_of(el)
        # A block holding others, itself or through an inline wrapper (ASP.NET's label prints the
        # body's paragraphs inside a <span>): read in its blocks, not whole.
        holds = any(child.tag in _HOLDERS or child.tag in _WRAPPERS and any(g.tag in _HOLDERS for g in child)
                    for child in el)
        if label is None and tag in ("p", "li", "div"):
            # A block that holds none is read whole below: its opening is its text's.
            opening = text_of(el)[:_STEP_READ] if not holds else _opening(el)
            if _STEP_DIGIT.search(opening) and (step := _STEP.match(fold(opening))):
                label = step.group(1)   # "Bước 2: …": a procedure's step, no paragraph of prose
        if label is None and tag in _LINE_BLOCKS and len(el) <= 4 and not holds:
            label = _plain_when(el)   # "<li>Thời gian: 7:00 ngày 14/11 đến …</li>", no label element
        if label is not None:
            pair(n, label)
            if events and events[-1] == n:
                days.append(short_text(el, _FIELD_LINE) or "")
        elif _next_tag(el) in ("ul", "ol") and (name := _section_name(el)):
            pair(n, name)     # a procedure's section: a short heading over its list of steps
            steps.append(el.getnext())
            if "q" in said and _question_or_answer(text_of(el)) == ["a"]:
                said.append("a")   # "Sở … trả lời:" over the answer's steps
            continue
        elif tag in _SECTION_TAGS and _short_value(el) is not None and (name := _section_name(el)):
            valued.append((n, name))   # or over its one short value ("Lệ phí" over "360.000 đồng/hồ sơ")
            continue
        if holds:
            continue
        text = text_of(el)
        linked = bool(text) and _linked(el, text)   # a post's links ("Gửi bài trả lời") say nothing
        put = [] if linked else _question_or_answer(text)
        if _REPLY.match(text) and asking and prose_lines <= 1 and not said:
            put = ["q", "a"]   # a thread: the page's own post asks, and a reply to it follows
        if asker == 2 and not put and text:
            put = ["a"]   # under a question its asker's line put, the answer: unlabelled
        if put == ["a"] and not said and prose_lines == posed == 1:
            put = ["q", "a"]   # the one paragraph before asks in its asker's voice ("Xin hỏi tôi …?")
        if text:
            asker = 1 if not said and _asker_alone(text) else 2 if asker == 1 and "?" in text else 0
        if text and not linked:   # a post's links (its permalink, "Reply") ask nothing
            asking = text.endswith(("?", "?”", '?"'))
        if put == ["q"] and "q" not in said:
            # A story's paragraphs before the question: a dialogue reported. A paragraph that asks
            # in the asker's own voice ("Tôi cần làm thủ tục gì …?": a Q&A column's sapo putting
            # the reader's question in short) tells nothing before it; a story's rhetorical
            # question ("Vì sao giá phân bón tăng?") is the reporter's, and counts.
            told = prose_lines - posed
            commas = bool(_ASKED_IN_COMMAS.match(opening := fold(text))) and not _ASKED_BY.match(opening)
        if put == ["q"] and labelled_q:
            put = []   # "Câu hỏi:" alone over the question: one question put, in two blocks
        if text:
            # (with its colon or alone: "Câu hỏi" set as the title of the reader's letter under it)
            labelled_q = put == ["q"] and (text.endswith(":") or "?" not in text) and len(text) <= _QUESTION_LABEL
        said += put
        if label is not None:
            continue
        if len(text) >= _PROSE_LINE and not _LABEL.match(text) and tag != "dd" and not _linked(el, text) \
                and not any(el.getparent() is x for x in steps) and el not in in_forms:
            # The issuer's one announcing line ("Hội … trân trọng thông báo Lễ trao giải …") over
            # the fields opens them, as a record's name does: no paragraph of a story before them.
            announcing = not prose_lines and not paired and _issuer_line(text[:_ISSUER_READ])
            prose_lines += 1
            prose_at.append(n)
            # (or a lead that says who asks and about what, before the question: "Bà Nguyễn Thị Lan
            # (phường …) hỏi về việc cấp phép …", the Q&A page's sapo)
            posed += asking and "q" not in said and _in_first_person(text) \
                or not said and "?" not in text and _asks(text[:_OPENING]) \
                and (_ASKER.match(head := _LEAD_MARK.sub("", fold(text[:_OPENING]), count=1)) is not None
                     or _READER_ASKS.match(head) is not None)
            if first_prose is None and not announcing:
                first_prose = n
                lede = found.group("day") if (found := LEDE.match(fold(text[:_LEDE_READ]))) else ""
        if ":" in text:   # every label ends so
            labels += [label for label, part in _labels_of(text) if len(part) <= 200]
    if not prose_lines:
        # A procedure's sections: a value a line under each name. Beside paragraphs of prose the
        # same headings are a story's subheadings, each over a short paragraph.
        for n, name in valued:
            pair(n, name)
        paired.sort()
    folded = [fold(label) for label in labels]
    asked = any(_ASKED.search(label) for label in folded)
    # The asker's label ("Người hỏi:") and a line or a heading over the answer ("Trả lời của Sở …").
    answered = any(_ANSWERED.search(label) for label in folded) or asked and "a" in said
    if said.count("q") == 1 and "a" in said[said.index("q"):] and not told and not commas:
        asked = answered = True
    answers = 0 if told else sum(1 for q, a in zip(said, said[1:], strict=False) if (q, a) == ("q", "a"))
    pairs = len(paired)
    lead = bool(paired) and (first_prose is None or paired[0] < first_prose)
    when = sum(1 for n in events if first_prose is None or n < first_prose)
    # Or in a record's markup right under the one line introducing them ("Diễn đàn do … tổ chức." over
    # its table of time, place and organiser): a line is no story told before them.
    second = next((n for n in prose_at if first_prose is not None and n > first_prose), None)
    introduced = 0 if first_prose is None or prose_at[:1] != [first_prose] else \
        sum(1 for n in marked_at if n > first_prose and (second is None or n < second))
    if any(_REPORTER.fullmatch(label) for label in folded):
        pairs, lead, when = 0, False, 0
    return Fields(pairs=pairs, lead=lead, asked=asked, answered=answered, answers=answers, when=when,
                  marked=min(marked, when), introduced=introduced,
                  prose_lines=prose_lines,
                  calendar=calendar is not None and (first_prose is None or calendar < first_prose), lede=lede,
                  **_span(days if when or introduced else []))


_LINE_BLOCKS = frozenset({"p", "div", "li", "dd"})
_QUESTION_LABEL = 20  # characters of a question's label alone over it ("Câu hỏi:", "Nội dung hỏi:")
_FIELD_LINE = 200     # a field's line: a label and a short value
_FIELD_READ = 600     # characters of a block read for its lines of fields
_DAY = re.compile(r"(?<![\d/.])([0-3]?\d)\s*[/.-]\s*([01]?\d)\s*[/.-]\s*((?:19|20)\d\d)(?!\d)")


def _field_lines(el: html.HtmlElement) -> list[tuple[str, str]]:
    """The "Label: value" fields of a block written a line each (lines broken by ``<br>``),
    each field's label and line, when every line of the block is one and two at least; else
    ``[]``. A block longer than a few fields' lines is not split (its text is read whole:
    ``fields`` reads it next, ``text_of``, cached)."""
    if not any(child.tag == "br" for child in el) or any(child.tag in _HOLDERS for child in el):
        return []
    if len(text_of(el)) > _FIELD_READ:
        return []
    found: list[tuple[str, str]] = []
    for line in br_lines(el):
        match = _LABEL.match(line)
        if not match or len(line) > _FIELD_LINE or story_line(match.group(1)):
            return []
        found.append((match.group(1), line))
    return found if len(found) >= 2 else []


def _plain_when(el: html.HtmlElement) -> str | None:
    """The label of an event's time or place written as plain text, a short line of its own
    ("Thời gian: 07:00 ngày 14/11/2024 đến …"), else None. Read whole: ``fields`` reads
    the block's text next (``text_of``, cached), holding no block."""
    text = text_of(el)
    if not text or len(text) > _FIELD_LINE or ":" not in text or not (match := _LABEL.match(text)):
        return None
    label = match.group(1)
    folded = fold(label)
    return label if _WHEN.match(folded) or _PARTICULAR.fullmatch(folded) else None


# A person's particulars as a record prints them, a plain line each ("Họ và tên: Lê Văn Khải",
# "Sinh ngày: …", "Nơi thường trú: …"): a wanted notice's, a candidate's, a missing person's
# (folded). A story tells of people in sentences.
_PARTICULAR = re.compile(r"(ho va ten|ho ten|ngay sinh|sinh ngay|nam sinh|gioi tinh|que quan|nguyen quan|"
                         r"noi thuong tru|thuong tru|hktt|noi o|cho o( hien nay)?|dan toc|ton giao|quoc tich|"
                         r"(so )?(cmnd|cccd|can cuoc( cong dan)?)|dac diem nhan dang|toi danh|pham toi|"
                         r"ho ten (bo|me|cha)|trinh do( chuyen mon| hoc van)?)")


def _span(lines: list[str]) -> dict[str, str | None]:
    """The first and the last day (ISO ``YYYY-MM-DD``) written day first with its year in
    ``lines``, as ``since`` and ``until``."""
    days = [f"{int(y):04d}-{int(m):02d}-{int(d):02d}" for line in lines for d, m, y in _DAY.findall(line)
            if 1 <= int(d) <= 31 and 1 <= int(m) <= 12]
    return {"since": min(days, default=None), "until": max(days, default=None)}


_SECTION_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def _section_name(el: html.HtmlElement) -> str | None:
    """The name of a section over a list: a short heading, or a paragraph that is all bold
    ("<h3>Trình tự thực hiện</h3><ul>…</ul>"), no sentence, no question, none of a story's lines."""
    if el.tag not in _SECTION_TAGS and not (el.tag == "p" and len(el) == 1 and el[0].tag in ("strong", "b")
                                            and not squash(el.text or "") and not squash(el[0].tail or "")):
        return None
    name = text_of(el).rstrip(" :")
    if not 0 < len(name) <= 60 or name.endswith((".", "?", "!")) or story_line(name):
        return None
    return name


_CARD_LABELS = frozenset({"p", "h3", "h4", "h5", "h6"})
_CARD_VALUE = 120   # characters of a field card's value at most


def _card_value(el: html.HtmlElement) -> html.HtmlElement | None:
    """The value under ``el`` when the two are a field card: the only elements of their block,
    with no text between or around them, the value one short line with no link."""
    block = el.getparent()
    if block is None or len(block) != 2 or block[0] is not el or (block.text or "").strip() \
            or (el.tail or "").strip():
        return None
    value = block[1]
    if not isinstance(value.tag, str) or value.tag not in ("p", "div", "span") or (value.tail or "").strip() \
            or next(value.iter("a"), None) is not None or any(child.tag in _HOLDERS for child in value):
        return None
    return value if 0 < len(text_of(value)) <= _CARD_VALUE else None


def _short_value(el: html.HtmlElement) -> html.HtmlElement | None:
    """The paragraph after a heading when it is a field's short value, not prose (shorter than
    ``_PROSE_LINE``) and the last block of its section (the next block a heading or nothing):
    a procedure's "Thời hạn giải quyết" over "30 ngày …". A story's subheading stands over
    paragraphs of prose."""
    value = el.getnext()
    while value is not None and not isinstance(value.tag, str):
        value = value.getnext()
    if value is None or value.tag != "p" or not 0 < len(text_of(value)) < _PROSE_LINE:
        return None
    return value if _next_tag(value) in (None, *_SECTION_TAGS) else None


def _linked(el: html.HtmlElement, text: str) -> bool:
    """Whether links are half of ``el``'s text or more (teasers, a next/previous pair): no prose."""
    return 2 * sum(len(text_of(a)) for a in el.iter("a")) >= len(text)


_OPENING = 300
# A Q&A column's sapo telling what its readers ask about, no asker named: "Bạn đọc hỏi về thời
# điểm được hưởng trợ cấp …", "Nhiều độc giả thắc mắc …" (folded).
_READER_ASKS = re.compile(r"^(?:\(\w+\)\s*)?(?:nhieu |mot )?(?:ban doc|doc gia|nguoi doc|thinh gia|khan gia)"
                          r"(?: \w+){0,2} (?:hoi|thac mac|gui cau hoi)\b")


# The paper's mark opening its lead, folded: "(BVPL) - ", "(Chinhphu.vn) – ", "TTO - ".
_LEAD_MARK = re.compile(r"^\s*(?:\([^()\s]{2,20}\)\s*[-–—]?|[a-z]{2,6}\s*[-–—])\s+")


def _question_or_answer(text: str) -> list[str]:
    """``["q"]`` for a paragraph that asks a question as a reader's ("Hỏi: … thế nào?", "Bà Lê
    Thị Hoa (Hà Tĩnh) hỏi: …?"), ``["a"]`` for one that answers it ("Trả lời:", "Đáp:", "Bộ …
    trả lời như sau:"), else ``[]``."""
    meta_line = len(text) <= _META_LINE and "?" not in text
    if not meta_line and "?" not in text and ":" not in text:
        return []   # most paragraphs: no opening words to fold
    # the asker, the answering office: in the opening words, after the paper's mark ("(BVPL) - ")
    folded = _LEAD_MARK.sub("", fold(text[:_OPENING]), count=1)
    if meta_line and _asker_alone(text):
        return ["q"]
    if meta_line:
        # A Q&A page's meta lines: "Câu hỏi của ông … (Thanh Hóa) - gửi ngày 04/03/2024" over
        # the question, "Cục … trả lời - ngày 15/03/2024" over the answer.
        if _ASKED_LINE.match(folded):
            return ["q"]
        if _ANSWERED_LINE.match(folded) or _BARE_ANSWER.match(folded):
            return ["a"]
        if _BARE_QUESTION.match(folded):
            return ["q"]
    if "?" not in text and ":" not in text:
        return []
    if (_ASKER.match(folded) or _ASKED_BY.match(folded)) and "?" in text or signed_question(text):
        return ["q"]
    if _ANSWER_LINE.match(folded) or _NAMED_ANSWERER.match(folded) or _ANSWER_TO.match(folded):
        return ["a"]
    match = _LABEL.match(text)
    if not match:
        return []
    label = fold(match.group(1))
    if _ANSWERED.search(label) or _ANSWER.match(label):
        return ["a"]
    return ["q"] if _QUESTION.search(label) and "?" in text else []


# A reader's own voice in a question: "tôi" (I), "xin hỏi", "cho em hỏi" (may I ask). Read unfolded:
# folding makes "tối" (evening), "tội" (a crime) and "tới" (to) of it too.
_FIRST_PERSON = re.compile(r"(?<!\w)(tôi|xin hỏi|cho (em|mình|tôi) hỏi)(?!\w)")


def _in_first_person(text: str) -> bool:
    """Whether ``text`` asks in its asker's own voice (``_FIRST_PERSON``)."""
    return _FIRST_PERSON.search(unicodedata.normalize("NFC", text.lower())) is not None


# An asker's line alone over the question in the block under it, as a blog prints a reader's
# question ("Anonymous asked:", "Bạn đọc Minh Anh hỏi:"), the answer unlabelled after it. A
# reporter's ("Phóng viên hỏi:") opens an interview's questions. The asker's place or e-mail
# in brackets, whatever it holds ("Bạn đọc Trần Thị Lan (tranthilan***@gmail.com) hỏi:").
_ASKER_ALONE = re.compile(r"^([^.?!:()]{2,60}?(?:\s*\([^()]{1,60}\))?)\s+(asked|da hoi|hoi)\s*:$")


def _asker_alone(text: str) -> bool:
    """Whether ``text`` is an asker's line alone (``_ASKER_ALONE``), not a reporter's."""
    if len(text) > _META_LINE or not text.endswith(":"):
        return False
    found = _ASKER_ALONE.match(fold(text))
    return found is not None and not _REPORTER.search(found.group(1))


def signed_question(text: str) -> bool:
    """Whether a paragraph puts a question signed by its asker in brackets (``_SIGNED_QUESTION``):
    the brackets' parts names ("Nguyễn Văn Tám", "Duy Xuyên", "TP.HCM"), two words at least in
    the first (a person's name, after "Bạn đọc" or not)."""
    found = _SIGNED_QUESTION.search(text)
    if not found:
        # Or after a dash, the reader named ("… có đúng không? - Bạn đọc Nguyễn Thị Hà (Hà Nội)")
        dashed = _DASH_SIGNED_QUESTION.search(text)
        if dashed is None:
            return False
        name, place = dashed.group(1), dashed.group(2)
        return len(name.split()) >= 2 and bool(_NAME_PART.match(name)) \
            and (place is None or bool(_NAME_PART.match(squash(place))))
    parts = [squash(part) for part in found.group(1).split(",")]
    parts[0] = _READER.sub("", parts[0])   # "(Bạn đọc Minh Trang, Hải Phòng)": the reader named
    return len(parts[0].split()) >= 2 and all(part and _NAME_PART.match(part) for part in parts)


_READER = re.compile(r"^(bạn đọc|độc giả|reader)\s+(?=\S)", re.I)
_DASH_SIGNED_QUESTION = re.compile(r"\?[”\"]?\s*[-–—]\s*(?:bạn đọc|độc giả)\s+([^\W\d_][^()\d?]{2,60}?)"
                                   r"\s*(?:\(([^()\d]{2,60})\))?\W*$", re.I)


_LABEL_TAGS = frozenset({"strong", "b", "label", "span", "div", "th", "dt", "em", "i"})


def _label_of(el: html.HtmlElement) -> str | None:
    """The label of a field written as a label element and its value ("<p><strong>Thời gian:</strong>
    8 giờ</p>", "<div><div class='field__label'>Địa điểm</div><div>Hội trường</div></div>"),
    unless it is one of a story's own lines (``clean.story_line``)."""
    if len(el) > 4:   # a label and its value (perhaps a line break, an icon)
        return None
    first = next((c for c in el if isinstance(c.tag, str)), None)
    if first is None or first.tag not in _LABEL_TAGS or squash(el.text or ""):
        return None
    label = text_of(first)
    if not label.endswith(":") and "label" not in (first.get("class") or "").lower():
        return None
    text = text_of(el)
    value = text[len(label):].strip(" :")
    if not 0 < len(label) <= 40 or not 0 < len(value) <= 200 or not text.startswith(label):
        return None
    label = label.rstrip(" :")
    if not label or story_line(label):
        return None
    return label


def _next_tag(el: html.HtmlElement) -> str | None:
    nxt = el.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()
    return nxt.tag if nxt is not None else None
