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
from bisect import bisect_left
from collections.abc import Callable, Iterator
from copy import copy
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import cached_property
from itertools import chain, islice, pairwise
from typing import Any
from urllib.parse import urlsplit

import trafilatura
from lxml import etree, html
from trafilatura.settings import Extractor

from ..config import SiteRules
from ..urls import canonicalize, document_base
from . import around, backmatter, bodypath, boxes, clean, dates, detect, frames, readability_bound, wiki
from .clean import is_account
from .dates import after_date, date_from_url, order_told_by, parse_iso_date, parse_vietnamese_date, reads_month_first
from .decode import decode_page
from .text import fold, squash

log = logging.getLogger(__name__)

_DATE_META = ("article:published_time", "og:published_time", "datepublished", "pubdate",
              "publishdate", "publish-date", "publish_date", "dc.date.issued", "dcterms.created",
              "dcterms.issued", "article.published", "parsely-pub-date",
              "cxenseparse:recs:publishtime", "itemprop:datepublished")
# Names that say "a date" but not which: below JSON-LD's datePublished (often the update's day).
# CMSs (by their generator meta) whose zone-less machine times are UTC: Odoo prints a Datetime
# field's stored UTC value in ``article:published_time`` ("2024-03-12 01:30:00" is 08:30 in Vietnam).
_UTC_CLOCK = ("odoo",)
_WEAK_DATE_META = ("date", "dc.date", "sailthru.date")
_MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "dc.date.modified",
                  "dcterms.modified", "last-modified")
# Microdata and RDFa dates on any element (Drupal: <span property="dc:date dc:created" content=…>).
_DATE_ATTRIBUTES = etree.XPath("descendant-or-self::*/@itemprop | descendant-or-self::*/@property")
_DATE_PROPERTY = re.compile(r"datePublished|dc:created|dc:date|dcterms:created|dcterms:issued")
_DATE_CLASS = re.compile(r"date|time|ngay|publish|posted|created|thoi-?gian|meta|info|post-?detail|dateline", re.I)
_ARTICLE_TYPES = detect.ARTICLE_TYPES
# A page's own date line, labelled ("Cập nhật lần cuối: 08:12 18/10/2023"): metadata, never text.
_DATE_LINE = re.compile(
    r"^(ngày xuất bản|xuất bản|ngày đăng|đăng ngày|đăng lúc|thời gian đăng|ngày cập nhật|cập nhật lần cuối|"
    r"cập nhật lúc|cập nhật ngày|cập nhật|lần cập nhật cuối|sửa đổi lần cuối|published|posted on|posted|"
    r"last updated|last modified|updated)\s*(?:[:：]\s*|(?=\d|ngày|thứ|chủ nhật))(.{6,48})$", re.I)
# Not "Theo dõi" ("Follow"): an author card's or a page's button, no source.
# A source's or a writer's label left alone at the text's end, its value read from the page or
# gone with it (a unit's name as the writer: "Tác giả" over "Văn phòng Bộ").
_SOURCE_LABEL_ALONE = re.compile(rf"^(?:{clean.SOURCE_LABEL}\s*[:：]|(?:tác giả|người viết)\s*[:：]?)$", re.I)
_SOURCE_LINE = re.compile(rf"^({clean.SOURCE_LABEL})\s*[:：]?\s*([^:：]{{2,80}}?)\.?$", re.I)
# After "Theo" with no colon, what makes a closing sentence or a note of no source: a clause
# after a comma ("Theo kế hoạch, lễ hội …"), a document's number ("Nghị định 100/2019/NĐ-CP").
_CLAUSE = re.compile(r",\s*(?P<word>[^\W\d_])|\d+/\w|\bsố\s*\d", re.I)
_DOMAIN = re.compile(r"[\w-]+(\.[\w-]+)*\.[a-z]{2,}", re.I)
_TITLE_SEPARATOR = re.compile(r"\s+[-|–—:]\s+")
_TITLE_BAR = re.compile(r"\s+[|]\s+")
# A <title> part's label of one to three words and a colon before the headline (folded text).
_KIND_LABEL = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){0,2}: (.+)")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


@dataclass(frozen=True)
class PageMeta:
    """What a page says about itself in machine-readable form (read before any cleaning)."""

    title_tag: str | None = None        # <title>
    og_title: str | None = None
    other_og_titles: tuple[str, ...] = ()   # og:titles after the first, where a page declares several
    headline: str | None = None         # JSON-LD headline
    site_name: str | None = None        # og:site_name, JSON-LD publisher/WebSite name
    owner: str | None = None            # the holder a copyright or application-name meta names
    type: str | None = None             # og:type, or "article" for a JSON-LD article
    record_type: str | None = None      # a JSON-LD type of a page that is one record (detect.RECORD_TYPES)
    published: str | None = None        # ISO 8601
    published_by: str = ""              # json-ld | meta | microdata
    published_naive: bool = False       # its time was written with no zone (read as Vietnam's)
    utc_clock: bool = False             # its CMS writes zone-less times in UTC (``_UTC_CLOCK``)
    script_published: str | None = None  # the page's own time in its script data, when nothing else is
    published_midnight: str | None = None   # its day, when its time was exactly midnight in its own clock
    modified: str | None = None
    modified_midnight: str | None = None
    author: str | None = None
    author_by: str = ""                 # json-ld | meta
    source: str | None = None           # an organisation in JSON-LD's author: a news agency
    section: str | None = None
    tags: tuple[str, ...] = ()
    image: str | None = None
    canonical: str | None = None
    vietnamese_version: str | None = None   # the page's alternate in Vietnamese (<link rel=alternate hreflang=vi>)
    language: str | None = None
    wiki_namespace: int | None = None   # a MediaWiki page's namespace number (``wiki.namespace``)
    thread: bool = False                # typed a forum's thread (``detect.THREAD_TYPES``)


@dataclass(frozen=True)
class FoundBy:
    """How each field of an ``Article`` was found ("" when it was not).

    title: selector | heading | json-ld | og:title | <title>;
    published: selector | json-ld | meta | microdata | time | printed | url | script | modified;
    author: selector | json-ld | meta | byline | author-block;
    text: selector | generic.
    """

    title: str = ""
    published: str = ""
    author: str = ""
    text: str = ""


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
    month_first: bool | None = field(default=None, compare=False)   # the page's numeric date order
    # Whether another source proved the page's zone-less metadata time UTC's clock (or Vietnam's).
    naive_utc: bool | None = field(default=None, compare=False, repr=False)
    found_by: FoundBy = field(default=FoundBy(), compare=False)

    def to_dict(self) -> dict:
        return {
            "url": self.url, "title": self.title, "author": self.author, "source": self.source,
            "published": self.published, "text": self.text, "category": self.category,
            "tags": list(self.tags), "image": self.image, "language": self.language,
        }


def parse_html(page: bytes | str, content_type: str | None = None) -> html.HtmlElement | None:
    """Decode and parse a page; None when there is nothing to parse."""
    decoded, as_is = decode_page(page, content_type) if isinstance(page, bytes) else (page, False)
    text = _XML_DECL.sub("", decoded)
    if not text or text.isspace():
        return None
    try:
        # As UTF-8 bytes: libxml2 reads them about a quarter faster than a str, to the same tree;
        # the page's own bytes when they are that already (no declaration cut, nothing normalised).
        data: bytes | str = page if as_is and text is decoded and isinstance(page, bytes) else text.encode("utf-8")
    except UnicodeEncodeError:   # lone surrogates in a str page: libxml2 reads the str
        data = text
    parser = _parser(utf8=isinstance(data, bytes))
    try:
        tree = html.document_fromstring(data, parser=parser)
    except (etree.ParserError, ValueError):
        return None
    if any("Excessive depth" in entry.message for entry in parser.error_log):
        # Past libxml2's deepest nesting (huge_tree: about 2,000 levels) the rest is cut.
        log.warning("page nested deeper than the parser reads; what lies deeper is lost")
    return tree


_local = threading.local()


def _parser(utf8: bool = False) -> etree.HTMLParser:
    """An HTML parser per thread (lxml parsers are not shared across threads); with
    ``utf8``, one for UTF-8 bytes (the page is decoded already: no declared charset counts).

    Every element is an ``HtmlElement`` through a C-level default lookup:
    lxml.html's own per-element Python lookup costs about a fifth of
    extraction time, and trafilatura only accepts ``HtmlElement`` trees.
    """
    name = "utf8_parser" if utf8 else "parser"
    parser = getattr(_local, name, None)
    if parser is None:
        # huge_tree: pages nested past libxml2's default 256 levels are read whole
        # (bodies are capped by max_response_bytes before they get here).
        parser = etree.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False,
                                  huge_tree=True, encoding="utf-8" if utf8 else None)
        parser.set_element_class_lookup(etree.ElementDefaultClassLookup(element=html.HtmlElement))
        setattr(_local, name, parser)
    return parser


@clean.caching_texts
def extract(page: bytes | str | html.HtmlElement, url: str | None = None,
            content_type: str | None = None, rules: SiteRules = SiteRules(),
            context: detect.PageContext | None = None) -> Article:
    """Extract the article in ``page``; never raises on bad HTML.

    ``page`` is raw bytes, decoded HTML, or a tree from ``parse_html`` (which
    this function changes: callers that need the page's links take them first).
    ``rules`` are a site's escape hatch from config: ``drop_xpath`` elements
    are removed after the metadata is read, before anything else; the
    body/title/date/author expressions win over the generic rules when they
    match; a URL outside ``article_url_pattern`` is never an article.
    ``context`` is what the crawl knows of the page and its site (see
    ``detect.PageContext``).
    """
    tree = page if isinstance(page, html.HtmlElement) else parse_html(page, content_type)
    if tree is None:
        return Article(url=url, reason="empty or unparseable page")
    meta = _read_metadata(tree, url)
    _microformat_times(tree)   # hAtom's <abbr class="published" title=…>: a <time datetime> as any other
    whole = tree.text_content()   # the page's words, read once in C: a rule whose words are not there is spared
    field_source = _field_source(tree, whole, url)   # before anything goes: a field list's "Nguồn:" row
    clean.unwrap_zoom_links(tree)
    clean.unwrap_note_marks(tree)   # a footnote's line opens with its mark's link: trafilatura drops the line
    slashed = _SLASHED(tree)   # texts with numeric dates, read before boxes go: teasers tell the order
    not_found = detect.says_not_found(tree, whole)   # before anything goes: a portal's message is in no body
    if meta.canonical is None and url:
        # A print view with no canonical link prints its article's address instead.
        meta = replace(meta, canonical=_printed_address(tree, url, slashed))
    timed = [(clean.text_of(el), el.get("datetime")) for el in _TIMED(tree)]   # and their machine days
    # What the footer says of the page and the site, then the footer goes: it is chrome.
    footers = clean.footers(tree)
    own_urls = tuple(u for u in (url, meta.canonical) if u)
    base = document_base(tree, own_urls[0]) if own_urls else ""
    labelled = _labelled_author(tree)   # before the licence box under the story goes with the back matter
    footer_names = _footer_names(footers, own_urls, base)
    menu_names = _footer_names(_menus(tree), own_urls, base)
    all_links = _footer_names([tree], own_urls, base)   # any link's text (a section's name)
    site_names = _chrome_names(tree, footers, _title_parts(meta.title_tag),
                               imprint=not (meta.og_title or meta.headline))
    for el in footers:
        clean.drop(el)
    for expr in rules.drop_xpath:
        for el in tree.xpath(expr):
            if isinstance(el, html.HtmlElement) and el.getparent() is not None:
                clean.drop(el)
    chosen = _apply_rules(tree, rules)
    context = context or detect.PageContext()
    fill_forms = _mark_fill_forms(tree)   # before the forms go: where each stood
    detect.mark_ballots(tree)   # a poll's choices: its controls go with the noise; no comment form
    boxes.remove_comments(tree, (meta.og_title or "", meta.title_tag or ""))
    boxes.remove_signups(tree)
    boxes.remove_logins(tree)
    _remove_author_cards(tree)
    detect.mark_maps(tree)   # and a map service's frame
    played = detect.plays(tree)   # before the players go with the noise
    clean.mark_repeated_tables(tree)   # before the sidebar goes: a widget's table printed twice
    clean.drop_noise(tree)
    wiki.drop_edit_links(tree, meta.wiki_namespace)
    backmatter.remove_sources_section(tree)   # a wiki story's closing list of its sources, before its boxes go
    for el in [el for el in tree.iter(*_RUN_HOLDERS) if _pasted_runs(el)]:
        _runs_as_paragraphs(el)   # a story pasted as text<br><br>text: its paragraphs, as <p>s
    clean.lines_as_paragraphs(tree)   # a poem's lines, a <div> each
    # After: a layout table's cell holding a story as runs holds paragraphs, as a layout cell does.
    clean.unwrap_layout_tables(tree)
    named = clean.find_named(tree)
    category = clean.take_breadcrumb(tree, named) or meta.section
    tags = clean.take_tags(tree, named) or list(meta.tags)
    _unlink_own_headings(tree, own_urls, base)
    entries = _linked_entries(tree, own_urls[0] if own_urls else "", base)   # before any box goes
    headline, title_by = _find_headline(tree, meta, context.anchor, context.knowledge, site_names)
    if headline is not None:
        _date_line_out(headline)   # "Headline<br>Thứ Năm, 05/12/2024 08:15": the title, then the date line
        _series_name_out(headline)   # "Du lịch cộng đồng …" over "Bài 2: …": the series', no text
    early_title = _title(headline, meta, site_names)
    # Before any box goes: a column of modules beside the story is one while it holds them. Only
    # a writer's bio there (a byline is a line: a name, a date) is a featured writer's, no author.
    aside_authors = frozenset(el for el in _author_blocks(tree, named) if len(clean.text_of(el)) > _AUTHOR_BIO
                              and boxes.in_side_column(el, headline))
    mapped = detect.mapped(headline, tree)   # before the boxes go: a map's emptied frame may go with them
    form_led = _form_led(tree, headline, fill_forms)
    boxes.remove_replies(tree, headline)   # "Re: <headline>": a reader's reply, one or many
    if _is_vietnamese(meta, early_title):
        # A photo's table is its figure, before any measure (a photo story's body is found by
        # its paragraphs between them); on Vietnamese pages, whose captions are kept as text.
        clean.figure_tables(tree)
    # Before any box goes: a hub's teasers are boxes, and the site's knowledge knows them.
    # Only where ``detect.hub`` may refuse the page: not a typed, dated or fed story.
    story = detect.typed(meta.type, meta.record_type) == "article" or detect.dated_path(url) or context.fed
    hub = None if story else detect.headline_zone(headline, None, detect.MIN_ARTICLE_CHARS)
    teased, zone_text = detect.teaser_text(hub, url) if hub is not None else (0, 0)
    dropped = clean.remove_boxes(tree)
    teasers = boxes.remove_teaser_boxes(tree, url, early_title, headline)
    if context.knowledge:
        # After the breadcrumb and tags (they repeat on every page but are fields) and after
        # the boxes, which go whole: a teaser's link dropped alone would leave its date and blurb.
        boxes.remove_known(tree, context.knowledge, _title(None, meta), headline)
    backmatter.remove_back_matter(tree, headline)   # a licence and how to cite the story, after it
    backmatter.drop_back_links(tree)   # its notes stay: their links back to the text go
    clean.unlist_sections(tree)   # a live page's entries in a list: its sections, blocks of their own
    measures = clean.measure(tree)
    body = clean.find_body(tree, measures)
    # before the posts' date lines go: a forum's thread with no markup naming it one
    opening = _conversation(headline, body) if not meta.thread and meta.type not in detect.ARTICLE_TYPES else 0
    if not opening and not meta.thread:
        # Or its replies went as a run of comments under the opening post, whatever the page's type
        opening = _opening_prose(tree)
    field_zone = detect.headline_zone(headline, body)
    # before meta lines go; with no zone, the page's body from the headline on (a record's fields)
    record = detect.fields(field_zone if field_zone is not None else detect.record_zone(headline), headline)
    ballot = detect.ballot(field_zone, headline) or detect.ballot_after(headline)
    spanned = not story and detect.spans_time(field_zone)
    placed = not story and detect.place(headline)   # before meta lines go: an address is one
    clean.remove_chrome_lines(tree, body, measures)
    if body is not None and not clean.attached(body, tree):
        measures = clean.measure(tree)
        body = clean.find_body(tree, measures)  # the body was a chrome line itself
    zone = _headline_zone(headline, body)
    published, date_by = _find_date(meta, headline, zone, url, body=body, own_urls=own_urls, base=base)
    order = reads_month_first(slashed)
    if order is None:
        order = order_told_by(timed)
    if date_by == "printed" and published and _ambiguous(published):
        if order is None and date_from_url(url) == _swapped(published):
            order = True   # "6/1/2025" under /2025/06/01/: the URL's day is the month-first reading
        if order is None and context.fed_date:
            # The feed's date for the page tells how its printed date reads, whatever the site's
            # other pages do (a blog whose posts each print their writer's locale).
            fed_day = context.fed_date[:10]
            order = True if fed_day == _swapped(published[:10]) else False if fed_day == published[:10] else None
        # Read day first; a page (else its site) that writes month first reads it again.
        month_first = order if order is not None else (context.knowledge.month_first if context.knowledge else None)
        if month_first:
            published, date_by = _find_date(meta, headline, zone, url, month_first=True, body=body,
                                                own_urls=own_urls, base=base)
    elif not published and order:
        # "11/12/2026 4:05:33 PM" read day first is a day to come, and no date: month first, 12 November.
        published, date_by = _find_date(meta, headline, zone, url, month_first=True, body=body,
                                        own_urls=own_urls, base=base)
    naive_utc = None
    if published and len(published) > 10 and (
            (meta.published_naive and published == meta.published)
            or (date_by == "time" and dates.zoneless_time(_machine_time(zone)[1]))):
        site_utc = meta.utc_clock or bool(context.knowledge and context.knowledge.naive_utc)
        published, naive_utc = _naive_time(published, zone, context.fed_date, bool(order), site_utc)
    dated_line = bool(published) and _own_date_line(zone, published or "")   # before meta lines go
    revised = bool(published) and _revision_only(zone, published or "")
    title = _title(headline, meta, site_names)
    title_by = title_by if headline is not None else _title_source(meta)
    vietnamese = _is_vietnamese(meta, title, body)
    co_writers = _co_writers(tree, named)   # before a credit or a signature takes one of them
    credit, stamped = clean.take_credits(zone, headline)
    if credit is None and body is not None:
        credit, stamped = clean.take_credits(_credits_beside_body(body))
    authors: list[tuple[str | None, str]] = [(meta.author, meta.author_by), (credit, "byline")]
    signature = None   # the name ending the body
    date_line = _first_date_line(zone)
    dated = _byline_after_date(date_line)   # read before the author block goes; counts after it
    posted = _name_before_date(date_line)   # the poster's account: a block of the CMS, no signature
    post_meta = _byline_in_post_meta(zone)   # "Đăng 2 ngày trước bởi …", under the body as often
    by_line = _by_line(zone, headline)   # "Bởi Ngọc Hà" under the headline or a cover's copy of it
    sapo = clean.take_sapo(tree, named, headline, body, unnamed=vietnamese)
    sources: list[str | None] = [_source_line_in(zone, body),   # "Nguồn: Báo Hà Tĩnh" under the body, a byline's
                                 _source_before_date(date_line)]   # "Theo TTXVN - 28/10/2024 - 10:05"
    if body is not None:
        dense = body
        body = clean.widen_body(body, measures, headline=headline)
        clean.unwrap_tables(body)
        clean.keep_asides(body)
        clean.remove_closing_appeal(body, url)
        clean.remove_pointer_lines(body, url)
        clean.remove_link_lines(body, url)
        clean.remove_banners(body, url)
        clean.remove_language_lines(tree, body, url)
        clean.remove_platform_line(body)
        clean.remove_repeated_tables(body)
        boxes.remove_figure_boxes(body)   # a stock's quote box: before captions are read, it holds none
        if vietnamese:
            clean.mark_captions(body, named)   # Vietnamese stories caption every photo; keep them
            _gallery_before(body, int(_lead_photo_caption(headline, body, named)))
        clean.drop_poster_lines(body)   # "Người đăng: bientap01": the account, no text nor writer
        clean.drop_sender(body)   # 'tranvanhai viết "<lead>"': the account who sent it, no text
        clean.drop_notices(body)   # "Bài viết được … đăng lại …", "Đón đọc bài 3: …": the site's, not the story's
        boxes.remove_call_boxes(body)   # a hotline's banner among the paragraphs
        boxes.remove_score_boxes(body)   # a review's scores
        ranks = not (record.asked or record.answered)   # under a reader's question a rank signs the expert's answer
        signature = clean.take_byline(dense, sources, ranks=ranks) \
            or (clean.take_byline(body, sources, ranks=ranks) if body is not dense else None) \
            or _byline_after(body, sources)
        authors.append((signature, "byline"))
        sources.append(_outlet_mark(body))
        frames.end_at_story(body)   # after the signature is read: a frame may hold it alone
        block_author, block_source = _author_in(tree, named, video=_video_story(body), aside=aside_authors)
        boxes.remove_writer_cards(body)   # read: an author box in the body's column is no text
        authors.append((block_author, "author-block"))
        authors.append((co_writers, "author-block"))
        if vietnamese and block_author is None:
            named_block = _name_block(headline, body, dense)
            if named_block and _names_a_link(named_block, all_links):
                # A block named for nothing that a link of the page names too ("Tin Tức - Sự Kiện"
                # under the headline, the menu's section): a section's name in title case, no writer.
                named_block = None
            authors.append((named_block, "author-block"))
        sources.insert(0, block_source)
        around.clear_around(tree, headline, body, dense)
        if clean.attached(body, tree):
            clean.remove_imprint(tree, body)
    authors += [(labelled, "author-block"), (dated, "byline"),
                (posted, "author-block"), (post_meta, "author-block"), (by_line, "byline"),
                (_published_by(zone, body), "author-block")]
    if record.lede and not detect.lede_on(record.lede, published):
        record = replace(record, lede="")   # a day long before the page's own: no event reported
    # The footer every page of the site shares links here by the title: a headline-like name there
    # is the template's link to a page of the site (its principles, its policy), no teaser of a
    # story, when the page prints no date of its own; a story the footer features keeps its date.
    footed = bool(title) and not published and fold(squash(title or "")) in footer_names
    signals = _signals(tree, meta, url, headline, body, measures, teasers, context, title,
                       fields=record, teased=teased, zone_text=zone_text, ballot=ballot,
                       downloads=_downloads(body, headline),
                       dated=dated_line, revised=revised, spanned=spanned, placed=placed, mapped=mapped,
                       ahead=bool(record.until and published and record.since != record.until
                                  and record.until > published[:10]),
                       undated=not published, form_led=form_led, not_found=not_found,
                       captions=detect.captions(body), among=detect.told_among_photos(body),
                       title_schedule=vietnamese and detect.schedule_title(title),
                       title_qa=vietnamese and detect.qa_title(title),
                       title_poll=vietnamese and detect.poll_title(title),
                       title_event=vietnamese and detect.event_title(title),
                       title_document=vietnamese and detect.document_title(title),
                       upcoming=bool(record.since and published and record.since >= published[:10]),
                       later=bool(record.since and published and record.since > published[:10]),
                       footer_named=footed or bool(title) and fold(squash(title or "")) in footer_names
                       and not detect.headline_like(title) or _names_page(footer_names, title, meta.title_tag),
                       menu_named=_names_page(menu_names, title, meta.title_tag),
                       site_page_named=_named_site_page(menu_names) or _named_site_page(footer_names),
                       section_titled=_section_titled(all_links, title),
                       title_words=len((title or "").split()) if vietnamese else 0,
                       title_name=vietnamese and detect.name_words(title) > 0,
                       wiki_page=wiki.outside_articles(meta.wiki_namespace), thread=meta.thread, opening=opening,
                       page_record=(meta.record_type or meta.type or "").lower() in _PAGE_TYPES,
                       entries=_entries_around(body, entries, title, headline))
    if footed and context.anchor and fold(squash(context.anchor)) in footer_names:
        signals = replace(signals, anchor_match=False)   # the other pages' link is their footer's
    clean.remove_property_rows(body)   # read as fields above
    clean.drop_pull_quotes(body)
    captions = frozenset(squash(clean.text_of(el)) for el in body.iter()
                         if isinstance(el.tag, str) and el.get(clean.CAPTION_MARK) is not None) \
        if body is not None else frozenset()
    text = _main_text(tree, body, url, known=bool(context.knowledge and context.knowledge.template))
    printed = squash(clean.text_of(headline)) if headline is not None else ""
    if title and printed != title and fold(printed).endswith(fold(title)):
        # The headline as printed, its kicker on ("Thông báo: …"), where the title leaves it out
        text = "\n".join(_without(text.splitlines(), fold(printed)))
    text, tail_author, source = _tidy(text, title, sapo, captions)
    authors.append((tail_author, "byline"))
    cleaned = [(_clean_author(a, meta.site_name, meta.owner), by) for a, by in authors]
    if stamped and cleaned[1][0] and (_clean_author(signature, None) or _clean_author(tail_author, None)):
        # The line by the headline glues the post's date to the name: the template's posting
        # account ("Người viết: <account> lúc <date>"). The writer signs the story's end.
        cleaned.append(cleaned.pop(1))
    # A body's name in the page's metadata ("Hội Làng nghề …", the shop's posting account), or a
    # product's ("OctoberCMS": a theme's default), is no writer: a byline in the text, else nobody.
    # The text's labelled "Tác giả: Văn phòng …" stays, to be the source (below).
    cleaned = [(None, by) if a and by in ("json-ld", "meta") and (clean.is_organisation(a) or clean.is_brand(a))
               else (a, by) for a, by in cleaned]
    # A board's or an office's name in the writer's place ("Tác giả: Ban quản trị HTX", a shop's
    # account) is no person: a person the page names elsewhere (the body's "Bài, ảnh: …") is the
    # writer; alone, it is the story's source (below).
    cleaned.sort(key=lambda f: bool(f[0] and clean.is_organisation(f[0])))
    if _printed_over_metadata(cleaned, tree):
        # The metadata's person is the account that posted the story (WordPress's user, in the
        # author meta and Yoast's JSON-LD), printed nowhere; the page's author block is the writer's.
        cleaned.sort(key=lambda f: f[1] in ("json-ld", "meta"))
    if _posted_by(date_line):
        # The metadata names the account the date line says posted the page ("Đăng bởi …"): a
        # signature in the text, when there is one, is the writer's.
        line = fold(date_line[1]) if date_line else ""
        cleaned.sort(key=lambda f: bool(f[0] and f[1] in ("json-ld", "meta") and fold(f[0]) in line))
    if _clean_author(signature, None) and any(s and clean.is_outlet(s) for s in sources):
        # A story taken from another outlet ("Nguồn: Báo Lào Cai điện tử") under the account that
        # posted it here: its signature ("Thanh Huyền (thực hiện)") names the writer, the metadata
        # the account.
        cleaned.sort(key=lambda f: f[1] in ("json-ld", "meta"))
    # The site's own brand in the author's place ("Bản Hiêu Homestay" posting on the cooperative's
    # site, its handle "banhieuhomestay"): the owner's account, no writer.
    headline_key = fold(squash(title or "")) or "\0"
    own_names = [meta.site_name, *site_names,   # and <title>'s parts but the headline ("… — HTX Du lịch …")
                 *(p for p in _title_parts(meta.title_tag)[:-1] if headline_key not in p and p not in headline_key)]
    cleaned = [(None, by) if a and _names_site(a, own_names, all_links, url) else (a, by) for a, by in cleaned]
    # An outlet in the author's place ("TTXVN", "Báo Nhân Dân") is the story's source, no author.
    outlets = [a for a, _ in cleaned if a and clean.is_outlet(a)]
    author, author_by = _choose_author([(a, by) for a, by in cleaned if a not in outlets])
    if author and clean.names_its_unit(author, text):
        # "Khoa Nội" signing a story of the ward (or the account posting it): the unit, no writer;
        # a person the page names otherwise ("Lê Thị Hạnh (Khoa Nhi)" closing the text) is.
        named_unit = fold(author)
        author, author_by = _choose_author([(a, by) for a, by in cleaned
                                            if a not in outlets and (not a or fold(a) != named_unit)])
    unit = None
    if author and clean.is_organisation(author):
        # A body alone in the writer's place ("Tác giả: Văn phòng UBND tỉnh", "Chi cục Kiểm lâm"
        # signing): no person wrote it that the page names. The office the story comes from is
        # its source, kept there.
        unit, author, author_by = author, None, ""
    # JSON-LD's organisation only when no writer is named: pages list their teasers' articles too.
    sources += [*outlets, field_source, unit, _clean_author(meta.source, meta.site_name) if author is None else None]
    source = _unlabelled(next((s for s in (source, *sources) if s and not _BUTTON_LABEL.fullmatch(s)), None))
    if source and author and fold(source) == fold(author):
        source = None   # the byline prints the organisation JSON-LD credits: its author, as before
    if author and source and clean.is_status(author):
        author, author_by = None, ""   # "PV (Theo TTXVN)": the desk relaying the agency's story, no writer
    found_by = FoundBy(title=title_by if title else "", published=date_by, author=author_by, text="generic")
    if chosen:
        title, published, author, text, found_by = _chosen(chosen, title, published, author, text, found_by)
    ranked = author   # the rank before the name (an expert answering a reader signs under one)
    author = author and _without_ranks(clean.without_rank(author))   # "Thiếu tướng, PGS.TS Đỗ Minh Khang"
    text = _without_signature(text, author)
    article = Article(
        url=url, title=title, author=clean.name_case(author) if author else None, source=source, published=published,
        text=text, category=category, tags=tuple(tags), image=meta.image,
        language="vi" if vietnamese else meta.language,
        canonical_url=meta.canonical, dropped_boxes=tuple(dropped), found_by=found_by,
        month_first=order, naive_utc=naive_utc,
    )
    # People and a signature only count for short prose, for a record's shapes and for a page the
    # site's menu links (``detect.score``, ``detect.record_kind``, ``detect.reported``): read them
    # only then.
    persons, bio = detect.people(text) if signals.prose < detect.RECORD_PROSE else (0, 0)
    terms = vietnamese and detect.terms(title, text)
    shaped = record.asked or record.answers or record.when or record.pairs or record.calendar or persons \
        or signals.downloads or signals.menu or terms or signals.title_event or placed
    # A desk's signature ("P.V", "BTV") is no writer's: the newsroom signs its notices so; nor,
    # under a reader's question answered, the answering expert's under a rank ("BSCKII …").
    signed = bool(shaped) and found_by.author == "byline" and detect.signature(article.author, text) \
        and not clean.is_staff(article.author or "") and not detect.issuer_signed(text) \
        and not (record.asked and record.answered and clean.ranked(ranked or ""))
    rows, rows_led = detect.table_rows(text) if signals.title_schedule else (0, 0)
    slots = signals.title_schedule and detect.slot_lines(text)
    is_article, reason = detect.judge(replace(signals, text=len(text), text_table=detect.table_share(text),
                                              rows=rows, rows_led=rows_led, slots=slots,
                                              numbered=signals.url == "filed" and detect.numbered(text),
                                              people=persons, bio=bio, signed=signed,
                                              title_person=detect.person_line(title), notice=detect.notice(text, sapo),
                                              call=(call := detect.call(title, text)), terms=terms,
                                              articled=bool(terms or call) and detect.articled(text),
                                              contents=(contents_items := detect.contents(text)),
                                              contents_filled=bool(contents_items) and detect.contents_filled(text),
                                              books=detect.books(text), day_groups=detect.day_groups(text),
                                              excerpted=detect.excerpted(text),
                                              signed_for=vietnamese and detect.signing_formula(text),
                                              state_document=vietnamese and detect.state_document(text),
                                              # read only where ``programmed`` or ``announced`` may ask
                                              programme=detect.programme(text) if signals.title_event or (
                                                  signals.later and record.when >= 2 and record.lead) else 0,
                                              forthcoming=signals.title_event
                                              and detect.forthcoming(text, published, detect.live_title(title), title),
                                              issued=vietnamese and detect.issued(title, text, signals.downloads),
                                              ended=clean.ends_sentence(text), filler=detect.filler(text),
                                              player=played))
    if is_article and url and not rules.is_article_url(url):
        is_article, reason = False, "URL does not match article_url_pattern"
    if is_article and not vietnamese and meta.vietnamese_version \
            and meta.vietnamese_version not in {canonicalize(u) for u in own_urls}:
        # An edition's translation of a story the site tells in Vietnamese at the address its
        # hreflang names: archived once, as that page.
        is_article, reason = False, "another language's version of a story in Vietnamese (its hreflang alternate)"
    return replace(article, is_article=is_article, reason=reason)


# The label of a page's own address as a print view prints it under the story ("Địa chỉ bài viết:
# http://…", "Nguồn: http://…", "URL: …"), folded.
_ADDRESS_LABEL = re.compile(r"^(dia chi( bai viet| bai bao| trang| tin)?|duong dan|link( bai viet)?|url|"
                            r"nguon|bai viet goc|xem bai goc|ban in tu|in tu)\s*:?\s*$")
_PRINTED_URL = re.compile(r"https?://\S+$")
_ADDRESS_LINE = 300   # characters of a line that prints an address (its label and the URL)
_TEXT_WITH_HTTP = etree.XPath("//text()[contains(., 'http')]/parent::*")


def _printed_address(tree: html.HtmlElement, url: str, slashed: list) -> str | None:
    """The address of the page a print view renders, printed as a line of its own ("Địa chỉ
    bài viết: http://site/tin-tuc/chi-tiet/24790/…"): a labelled URL of the page's own host that
    is neither the page nor the home page. A print template carries no canonical link; this
    line tells whose twin it is, though its text, without the portal's boxes, reads apart."""
    host = urlsplit(url).netloc.lower()
    # The printed URL is text of the line or of a child of it: only those are read (most pages print
    # none, and ``slashed``, the body's texts holding a "/", says so without another walk).
    if not any("http" in text for text in slashed):
        return None
    near = {el for hit in _TEXT_WITH_HTTP(tree) for el in (hit, hit.getparent()) if el is not None}
    if not near:
        return None
    for el in tree.iter("p", "div", "span", "td", "li"):
        if el not in near or len(el) > 3 or any(len(child) for child in el):
            continue   # a line: its text and a link or two, no nested blocks (a deep tree is not walked)
        text = squash(el.text_content())
        if not text or len(text) > _ADDRESS_LINE or "http" not in text:
            continue
        found = _PRINTED_URL.search(text)
        if found is None or not _ADDRESS_LABEL.match(fold(text[:found.start()])):
            continue
        address = canonicalize(found.group(0).rstrip(".,;)"), base=url)
        if not address:
            continue
        parts = urlsplit(address)
        if parts.netloc.lower() != host or parts.path in ("", "/") or address == canonicalize(url):
            continue
        return address
    return None


def _lead_photo_caption(headline: html.HtmlElement | None, body: html.HtmlElement,
                        named: clean.Named | None = None) -> bool:
    """The story's lead photo, between the headline and the body (Ghost's and WordPress's
    feature image in the article header; a cover image's block and its caption's block beside
    it, named for one, as XenForo's articles print it): its caption opens the body, as the
    photos' captions inside it are kept. Whether it did."""
    if headline is None:
        return False
    captions = set(named.caption) if named is not None else set()
    for el in clean.FOLLOWING(headline):
        if el is body or any(a is body for a in el.iterancestors()):
            return False
        if el in captions and el.getparent() is not None and not _in_teaser(el) and _after_picture(el):
            caption, photo = el, el.getprevious()
        elif el.tag != "figure" or el.getparent() is None or _in_teaser(el):
            continue
        else:
            caption, photo = next(el.iter("figcaption"), None), el
        text = clean.text_of(caption) if caption is not None else ""
        if 20 <= len(text) <= _PHOTO_CAPTION:
            p = html.Element("p", {clean.CAPTION_MARK: ""})
            p.text = text
            clean.changed(body)
            body.insert(0, p)
            clean.drop(photo)
            if caption is not photo:
                clean.drop(caption)
            return True
        return False
    return False


def _after_picture(caption: html.HtmlElement) -> bool:
    """Whether the block before ``caption`` is a picture alone (an image, no text, no link), or
    a video's frame its player was dropped from (``clean.HELD_PLAYER``), left empty."""
    before = caption.getprevious()
    return before is not None and isinstance(before.tag, str) \
        and (next(before.iter(*_PICTURES), None) is not None or before.get(clean.HELD_PLAYER) is not None) \
        and not clean.text_of(before) and before.find(".//a") is None


def _gallery_before(body: html.HtmlElement, at: int = 0) -> None:
    """The story's photos standing right before its body, in the block that holds both: a
    block of captioned photos and nothing else (a Tumblr photoset over the post's text, a
    theme's gallery over the story's). Their captions open the body, as the captions of the
    photos inside it are kept; a teaser's photos link to their stories. ``at``: the captions
    already opening the body that stood before (the lead photo's, perhaps the gallery's first)."""
    before = body.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    if before is None or _in_teaser(before) or before.find(".//a") is not None:
        return
    figures = [before] if before.tag == "figure" else [el for el in before if isinstance(el.tag, str)]
    if not figures or any(el.tag != "figure" or next(el.iter(*_PICTURES), None) is None for el in figures):
        return
    captions = [clean.text_of(cap) for el in figures for cap in el.iter("figcaption")]
    if not captions or not all(0 < len(text) <= _PHOTO_CAPTION for text in captions):
        return
    clean.changed(body)
    for text in reversed(captions):
        p = html.Element("p", {clean.CAPTION_MARK: ""})
        p.text = text
        body.insert(at, p)
    clean.drop(before)


_PICTURES = ("img", "picture")
_PHOTO_CAPTION = 300   # characters of a photo's caption at most (a national paper's run to three sentences)


def _downloads(body: html.HtmlElement | None, headline: html.HtmlElement | None) -> int:
    """Links to document files in the body; with no body of prose found, in the headline's
    nearest container that holds more than the headline (a scan's page: its fields, its file),
    else in the ``<article>`` holding the headline (a theme's post: the headline's block,
    the files' list in a column below it; its boxes went before)."""
    if body is None and headline is not None:
        zone = detect.headline_zone(headline, None, len(clean.text_of(headline)) + 1)
        found = detect.document_links(zone) if zone is not None else 0
        post = next(headline.iterancestors("article"), None)
        return found or (detect.document_links(post) if post is not None else 0)
    return detect.document_links(body) if body is not None else 0


def _signals(tree: html.HtmlElement, meta: PageMeta, url: str | None, headline: html.HtmlElement | None,
             body: html.HtmlElement | None, measures: clean.Measures, teasers: int,
             context: detect.PageContext, title: str | None, **read: Any) -> detect.Signals:
    """The page's signs of being an article, or not (see ``detect.score``), with those the
    caller ``read`` (built once: a copy by ``replace`` of its fields costs twice that)."""
    prose = measures.paragraphs.get(body, 0) if body is not None else 0
    near = False
    if headline is not None and body is not None:
        up = body
        for _ in range(4):
            if up is None or up.tag in ("body", "html"):
                break
            if any(el is up for el in headline.iterancestors()):
                near = True
                break
            up = up.getparent()
    chars, items, led = detect.records(body) if body is not None else (0, 0, 0)
    itemised, labelled = detect.itemised(body)
    return detect.Signals(
        typed=detect.typed(meta.type, meta.record_type), url=detect.url_kind(url), title=bool(title),
        headline_near=near,
        prose=prose, prose_share=prose / max(1, measures.text.get(tree, 0)), teasers=teasers,
        steps=detect.steps(body), itemised=itemised, labelled_items=labelled,
        anchor_match=detect.anchor_matches(context.anchor, title), listed=context.listed,
        records=chars, record_items=items, led=led,
        menu=detect.in_menu(context.knowledge, url, meta.canonical, *context.mirrors), dated_url=detect.dated_path(url),
        fed=context.fed, bodiless=body is None, **read)


def _read_metadata(tree: html.HtmlElement, url: str | None) -> PageMeta:
    found: dict = {}       # PageMeta field → value; the first finding of each wins
    tags: list[str] = []
    weak: str | None = None

    def put(key: str, value: Any, by: str = "") -> bool:
        """Keep ``value`` unless the key was found already; whether it was kept."""
        if value and key not in found:
            found[key] = value
            if by:
                found[f"{key}_by"] = by
            return True
        return False

    by_tag: dict[str, list] = {"meta": [], "script": [], "link": []}
    for el in tree.iter("meta", "script", "link"):   # one walk, read in the order below
        by_tag[el.tag].append(el)
    meta_authors: list[tuple[str, str]] = []   # (the tag's name, the writer it names), in order
    for el in by_tag["meta"]:
        key = (el.get("property") or el.get("name") or "").strip().lower()
        if not key and el.get("itemprop"):
            key = "itemprop:" + el.get("itemprop").strip().lower()
        value = squash(el.get("content"))
        if not key or not value:
            continue
        if key == "og:title":
            if not put("og_title", value) and value != found["og_title"]:
                # A portal's page template declares its page's title, the content portlet the
                # story's after it (Liferay's "Chi tiết", then the headline): both are declared.
                found["other_og_titles"] = (*found.get("other_og_titles", ()), value)
        elif key == "og:type":
            put("type", value.lower())
        elif key == "og:site_name":
            put("site_name", value)
        elif key in ("copyright", "dc.rights", "application-name"):
            put("owner", _holder(value))
        elif key == "og:image":
            if "image" not in found:   # the first wins: no other resolved (slow on a new site)
                put("image", canonicalize(value, base=url) if url else value)
        elif key in ("author", "article:author", "dc.creator", "itemprop:author") and not value.startswith("http") \
                and not is_account(value) and not _DOMAIN.fullmatch(value.strip()):
            meta_authors.append((key, value))   # (a domain, "toquoc.vn", is the site's: no writer)
        elif key == "article:section":
            put("section", value)
        elif key == "generator" and value.lower().startswith(_UTC_CLOCK):
            put("utc_clock", True)
        elif key in ("article:tag", "news_keywords"):
            tags.extend(t.strip() for t in value.split(",") if t.strip())
        elif key in _DATE_META:
            _put_time(put, "published", value, "microdata" if key.startswith("itemprop:") else "meta")
        elif key in _MODIFIED_META:
            _put_time(put, "modified", value)
        elif key in _WEAK_DATE_META and weak is None:
            weak = parse_iso_date(value)
    if meta_authors:
        # Each writer in a tag of their own ("<meta name="author" content="A"><meta name="author"
        # content="B">"): all of them, as the first kind of tag names them.
        first = meta_authors[0][0]
        put("author", ", ".join(dict.fromkeys(v for k, v in meta_authors if k == first)), "meta")
    for script in by_tag["script"]:
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            _read_json_ld(script.text, put, url)
    if found.pop("ld_article", False):
        found.pop("record_type", None)   # an article's JSON-LD in another script: a story, as in one
        found.pop("thread", None)        # and a thread's node beside it is its comments'
        if found.get("type") in detect.RECORD_TYPES:
            found["type"] = "article"    # og:type "profile" beside it: the article type wins
    else:
        if found.get("type") not in detect.ARTICLE_TYPES:
            put("record_type", _microdata_record(tree))
        put("thread", _microdata_thread(tree))
    for el in by_tag["link"]:
        if "canonical" in (el.get("rel") or "").lower().split() and el.get("href"):
            put("canonical", canonicalize(el.get("href"), base=url) if url else None)
        elif (el.get("hreflang") or "").lower()[:2] == "vi" and el.get("href") and url \
                and "alternate" in (el.get("rel") or "").lower().split():
            put("vietnamese_version", canonicalize(el.get("href"), base=url))
    own = found.get("canonical") or url   # a permalink to the page itself is no teaser
    attributes = _DATE_ATTRIBUTES(tree) if "published" not in found else None
    for value in attributes or ():
        el = value.getparent()
        if "published" not in found and el.tag != "meta" and _DATE_PROPERTY.search(value) \
                and not _in_teaser(el, own):
            value = el.get("content") or el.get("datetime") or el.get("title") or clean.text_of(el)
            _put_time(put, "published", value, "microdata")
    put("published", weak, "meta")
    if "published" not in found:
        put("script_published", _script_date(by_tag["script"]))
    if "author" not in found:
        put("author", _microdata_author(tree, attributes), "meta")
    title_el = tree.find(".//title")
    if title_el is not None:
        put("title_tag", clean.text_of(title_el))
    lang = tree.get("lang") or tree.get("xml:lang")
    if lang:
        put("language", lang.split("-")[0].lower())
    found["wiki_namespace"] = wiki.namespace(by_tag["script"], tree)
    return PageMeta(tags=tuple(tags), **found)


# A page's own publication time in its script data: SharePoint's _spPageContextInfo, an app's
# state object ("FirstPublishedDate": "2025-08-14T01:30:00Z", publishedAt: '…').
_SCRIPT_DATE = re.compile(r"""["']?\b(?:first_?published_?(?:date|at)?|published_?(?:date|at)|date_?published|"""
                          r"""publish_?date)["']?\s*[:=]\s*["']([0-9][0-9T:.+\-Z ]{9,34})["']""", re.I)
_SCRIPT_READ = 200_000   # characters of a script searched: an app's bundle inlined is no page data
_PUBLISH = re.compile("publish", re.I)


def _script_date(scripts: list) -> str | None:
    """The time the page's inline script data gives as its publication, if it names one only.

    A value inside an array is an item's (a related story's, a list's), never the page's; two
    different days are a page's and its teasers', and tell nothing (one day written twice, with
    its zone and without, is one). JSON-LD is read elsewhere.
    """
    found: set[str] = set()
    for script in scripts:
        kind = (script.get("type") or "").lower()
        if script.get("src") or not script.text or kind == "application/ld+json" \
                or ("json" not in kind and "javascript" not in kind and kind not in ("", "module")):
            continue
        code = script.text[:_SCRIPT_READ]
        if not _PUBLISH.search(code):
            continue   # every name _SCRIPT_DATE reads holds it: one quick scan instead of its many starts
        matches = list(_SCRIPT_DATE.finditer(code))
        for match, listed in zip(matches, _in_arrays(code, [m.start() for m in matches]), strict=True):
            if listed:
                continue
            value = match.group(1).strip()
            day = parse_iso_date(value)
            if day and dates.zoneless_time(value):
                day = day[:10]   # a clock without its zone: whose, the page does not say
            if day:
                found.add(day)
    days = {day[:10] for day in found}
    if len(days) != 1:
        return None
    timed = {day for day in found if len(day) > 10}
    return timed.pop() if len(timed) == 1 else days.pop()


# What a script's nesting is read from: strings, comments, regular expressions, brackets.
_SCRIPT_TOKEN = re.compile(r"""//|/\*|[/"'`\[\]{}]""")
# The rest of a string after its quote: escapes skipped, to its closing quote; a quote or an
# apostrophe's string ends at the line's end at the latest (a template's backtick may go on).
_STRING_REST = {'"': re.compile(r'(?:\\.|[^"\\\n])*"?', re.S), "'": re.compile(r"(?:\\.|[^'\\\n])*'?", re.S),
                "`": re.compile(r"(?:\\.|[^`\\])*`?", re.S)}
# A regular expression's literal after its slash, its character classes whole, on one line.
_REGEX_REST = re.compile(r"(?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\[\n])+/")
_BEFORE_REGEX = frozenset("(,=:[!&|?{};+-*%<>~^")   # a slash after these opens a regular expression


def _in_arrays(code: str, points: list[int], stack: list[str] | None = None) -> list[bool]:
    """Whether each of ``points`` (positions of script ``code``, ascending) is inside an array
    literal: one pass over the code, its nesting kept from one point to the next. Strings,
    comments and regular expressions are no nesting: an apostrophe in a comment opens nothing.
    A point in a comment is data of none; one in a string, of the string's own text read as
    code (``JSON.parse('{…}')``). ``stack``: the nesting ``code`` stands in."""
    stack = [] if stack is None else stack
    answers: list[bool] = []
    pos = skipped = index = 0   # skipped: where the last string, comment or expression passed over began
    while index < len(points):
        point = points[index]
        while pos < point:
            token = _SCRIPT_TOKEN.search(code, pos, point)
            if token is None:
                pos = point
                break
            char, pos = token.group(), token.end()
            if char in _STRING_REST:
                skipped, rest = token.start(), _STRING_REST[char].match(code, pos)
                pos = rest.end() if rest else len(code)
            elif char == "//":
                skipped, end = token.start(), code.find("\n", pos)
                pos = len(code) if end < 0 else end
            elif char == "/*":
                skipped, end = token.start(), code.find("*/", pos)
                pos = len(code) if end < 0 else end + 2
            elif char == "/":
                if _opens_regex(code, token.start()) and (rest := _REGEX_REST.match(code, pos)):
                    skipped, pos = token.start(), rest.end()
            elif char in "[{":
                stack.append(char)
            elif stack:
                stack.pop()
        if pos <= point:
            answers.append("[" in stack)
            index += 1
            continue
        within = bisect_left(points, pos, index)   # the points inside what was passed over
        if code[skipped] in _STRING_REST:
            answers += _in_arrays(code[skipped + 1:pos], [p - skipped - 1 for p in points[index:within]], list(stack))
        else:
            answers += [True] * (within - index)
        index = within
    return answers


def _opens_regex(code: str, slash: int) -> bool:
    """Whether the slash at ``slash`` opens a regular expression's literal, not a division: it
    follows an operator, a bracket or a separator (or nothing), past the spaces."""
    before = slash - 1
    while before >= 0 and code[before].isspace():
        before -= 1
    return before < 0 or code[before] in _BEFORE_REGEX


# Whole-page expressions start at /descendant::, not //: libxml2 reads // as a step to every node
# and then to its children, several times slower for the same nodes in the same order.
_ITEM_SCOPES = etree.XPath("/descendant::*[@itemscope][@itemtype]")   # two predicates: faster than "and"
_PROSE_LINE = 60    # characters of a body's first line of prose (no label, no date line)
_POST_REACH = 6     # levels above a post's first line of prose where the post may stand
_POST_DATE = 100    # characters of a post's date line at most


def _conversation(headline: html.HtmlElement | None, body: html.HtmlElement | None) -> int:
    """The prose of a forum thread's opening post, when the page is one with no markup naming it
    one (Simple Machines, phpBB, vBulletin templates); 0 when it is not. Its first line of prose
    after the headline (else the body's) stands in a post, a block followed by blocks of its
    own shape (its tag and most of its classes: ``_alike``), each dated in a short line of its
    own, none with a page's headline (``<h1>``/``<h2>``: another story, scrolled in). A story's
    comments stand after the story, not around its first line."""
    if headline is not None:
        after = headline.xpath("following::*")
    elif body is not None:
        after = list(body.iter())
    else:
        return 0
    first = next((el for el in after if _prose_line(el)), None)
    if first is None:
        return 0
    for post in islice(first.iterancestors(), _POST_REACH):
        if post.tag in ("body", "html"):
            break
        names = set((post.get("class") or "").split())
        if not names:
            continue
        replies = [el for el in post.itersiblings() if el.tag == post.tag
                   and _alike(names, set((el.get("class") or "").split()))]
        if replies and _dated_post(post, headline) and all(_dated_post(el) for el in replies):
            return sum(len(clean.text_of(el)) for el in post.iter() if _prose_line(el))
    return 0


def _opening_prose(tree: html.HtmlElement) -> int:
    """The prose of a thread's opening post that ``boxes.remove_comments`` kept, its replies gone
    (``boxes.OPENING_POST``); 0 when there is none."""
    post = next(iter(_OPENING_POST(tree)), None)
    return sum(len(clean.text_of(el)) for el in post.iter() if _prose_line(el)) if post is not None else 0


_OPENING_POST = etree.XPath(f"//*[@{boxes.OPENING_POST}]")
_NO_PROSE = frozenset({"script", "style", "h1", "h2", "h3", "h4", "h5", "h6"})


def _prose_line(el: html.HtmlElement) -> bool:
    """A paragraph's worth of text with no date line at its start (a post's own words): no
    heading (a playlist's or a teaser list's titles, each dated, are no thread's posts)."""
    if not isinstance(el.tag, str) or el.tag in _NO_PROSE or not clean.is_leaf_block(el):
        return False
    text = clean.text_of(el)
    return len(text) >= _PROSE_LINE and not parse_vietnamese_date(text[:_POST_DATE])


_RUN_REACH = 4   # levels above a date where the item of a list holding it may stand


def _in_run(el: html.HtmlElement) -> bool:
    """Whether ``el`` lies in an item of a list: a block with a sibling of its tag and classes
    alike (``_alike``), a few levels up at most (a teaser's date in its card)."""
    for up in islice(chain([el], el.iterancestors()), _RUN_REACH):
        names = set((up.get("class") or "").split())
        if names and any(other.tag == up.tag and _alike(names, set((other.get("class") or "").split()))
                         for other in chain(up.itersiblings(), up.itersiblings(preceding=True))):
            return True
    return False


def _alike(names: set[str], others: set[str]) -> bool:
    """Two blocks' classes alike: half their names or more shared ("post bg1" and "post bg2" of
    a phpBB thread's posts; not "col-12 col-md-8" and "col-12 col-md-4", a layout's columns)."""
    return 2 * len(names & others) >= len(names | others)


def _dated_post(post: html.HtmlElement, headline: html.HtmlElement | None = None) -> bool:
    """Whether a post prints its date in a short line of its own, and no page's headline but
    ``headline`` (the opening post's title, vBulletin's ``<h2>`` in the post)."""
    if any(h is not headline for h in post.iter("h1", "h2")):
        return False
    for el in post.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style") or not clean.is_leaf_block(el):
            continue
        text = clean.text_of(el)
        if text and len(text) <= _POST_DATE and parse_vietnamese_date(text):
            return True
    return False


# A forum thread's microdata (Discourse, XenForo, phpBB styles mark a topic so for search engines).
_ITEM_THREAD = etree.XPath("/descendant::*[@itemtype][contains(@itemtype, 'DiscussionForumPosting')][1]")


def _item_kinds(el: html.HtmlElement) -> set[str]:
    """The schema.org types of a microdata item (``itemtype``'s last path parts, lower case)."""
    return {t.rstrip("/").rsplit("/", 1)[-1].lower() for t in (el.get("itemtype") or "").split()}


def _microdata_thread(tree: html.HtmlElement) -> bool:
    """Whether the page's microdata types it a forum's thread (``detect.THREAD_TYPES``), with no
    article's item on it (a story's comments marked up as a discussion are its comments)."""
    if not _ITEM_THREAD(tree):
        return False
    return not any(_item_kinds(el) & _ARTICLE_TYPES for el in _ITEM_SCOPES(tree))


_ITEM_AUTHORS = etree.XPath("/descendant::*[@itemprop='author'][not(self::meta)]")
_ITEM_NAME = etree.XPath("descendant::*[@itemprop='name']")


def _microdata_author(tree: html.HtmlElement, attributes: list | None = None) -> str | None:
    """The writers the article's microdata names in the page (``<span itemprop="author" itemscope
    itemtype=".../Person"><span itemprop="name">Nguyễn Thu Hằng</span></span>``, Textpattern's,
    a theme's meta line): of the item around the page's ``<h1>`` only, not a teaser's card nor a
    comment's; an account ("admin", "Ban biên tập") names nobody."""
    names: list[str] = []
    # The page's itemprop values (``_DATE_ATTRIBUTES``), where read already: their "author"s are
    # ``_ITEM_AUTHORS``' elements, in the page's order, without another walk over the page.
    authors = _ITEM_AUTHORS(tree) if attributes is None else [
        el for v in attributes if v.attrname == "itemprop" and v == "author" and (el := v.getparent()).tag != "meta"]
    for el in authors:
        scope = next((a for a in el.iterancestors() if a.get("itemscope") is not None), None)
        kinds = _item_kinds(scope) if scope is not None else set()
        if scope is None or not kinds & _ARTICLE_TYPES or next(scope.iter("h1"), None) is None or clean.in_thread(el):
            continue
        holder = next(iter(_ITEM_NAME(el)), None) if el.get("itemscope") is not None else el
        value = squash((holder.get("content") or clean.text_of(holder)) if holder is not None else "")
        if value and len(value) <= 80 and not is_account(value) and value not in names:
            names.append(value)
    return ", ".join(names) or None


# A writer's card marked up as a Person who is the author, with a line about them (an author box
# plugin's): the name is read with the metadata (``_microdata_author``); the card is no text.
_AUTHOR_CARDS = etree.XPath("/descendant::*[@itemscope][@itemprop='author'][descendant::*[@itemprop='description']]")
_AUTHOR_CARD = 600   # characters of such a card at most: a name, a line or two about the writer


def _remove_author_cards(tree: html.HtmlElement) -> None:
    for el in _AUTHOR_CARDS(tree):
        if el.getparent() is not None and "person" in _item_kinds(el) \
                and len(clean.text_of(el)) <= _AUTHOR_CARD and next(el.iter("h1"), None) is None:
            clean.drop(el)


def _microdata_record(tree: html.HtmlElement) -> str | None:
    """The type of a microdata record around the page's ``<h1>`` (an event's, a product's page: the
    headline is the record's name), or of the whole page anywhere (``_PAGE_TYPES``), unless an
    article's item is on the page too."""
    scopes = [(el, _item_kinds(el))
              for el in _ITEM_SCOPES(tree)]
    if any(kinds & _ARTICLE_TYPES for _el, kinds in scopes):
        return None
    for el, kinds in scopes:
        record = kinds & (detect.RECORD_TYPES | detect.PRODUCT_TYPES)
        if record and (record & _PAGE_TYPES or next(el.iter("h1"), None) is not None):
            return min(record)
    return None


# Types of a whole page (schema.org's WebPage kinds): the item needs not hold the headline
# (Discourse's solved topic wraps its posts in a QAPage under the topic's title).
_PAGE_TYPES = frozenset({"qapage", "profilepage"})


def _kinds(item: dict) -> set[str]:
    kinds = item.get("@type")
    return {k.lower() for k in (kinds if isinstance(kinds, list) else [kinds]) if isinstance(k, str)}


def _read_json_ld(text: str, put: Callable[..., bool], url: str | None = None) -> None:
    """Article facts from JSON-LD, anywhere in it (``@graph``, lists, the one post a ``Blog``
    holds: ``_own_post``), authors by ``@id`` too."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return
    nodes: list[dict] = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            nodes.append(item)
            if "@graph" in item:
                stack.append(item["@graph"])
            if (post := _own_post(item, url)) is not None:
                stack.append(post)
    by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str)}
    typed = [(item, _kinds(item)) for item in nodes]
    article = any(kinds & _ARTICLE_TYPES for _item, kinds in typed)
    if not article and any(kinds & detect.THREAD_TYPES for _item, kinds in typed):
        put("thread", True)   # a story's JSON-LD beside one: the thread is its comments'
    # A page's record type (an event, a profile: detect.RECORD_TYPES; a shop's product whose
    # node names this page for its address, WooCommerce's "<permalink>#product": an SEO plugin's
    # Product on a post names none) unless an article is there too (a story about an event may
    # describe it, a post may end with its FAQ).
    if not article:
        declared = set().union(*(kinds for _item, kinds in typed))
        if url and any(kinds & detect.PRODUCT_TYPES and any(isinstance(a, str) and _same_address(a, url)
                                                            for a in (item.get("url"), item.get("@id")))
                       for item, kinds in typed):
            declared |= {"product"}
        else:
            declared -= detect.PRODUCT_TYPES
        for kind in sorted(declared & (detect.RECORD_TYPES | detect.PRODUCT_TYPES)):
            put("record_type", kind)
    for item, kinds in typed:
        if kinds & {"website", "blog"} and isinstance(item.get("name"), str):   # a Blog holding the post: the site
            put("site_name", squash(item["name"]))
        if not kinds & _ARTICLE_TYPES:
            continue
        put("type", "article")
        put("ld_article", True)   # read by _read_metadata, not a PageMeta field
        if isinstance(item.get("datePublished"), str):
            _put_time(put, "published", item["datePublished"], "json-ld")
        if isinstance(item.get("dateModified"), str):
            _put_time(put, "modified", item["dateModified"])
        if isinstance(item.get("headline"), str):
            put("headline", squash(item["headline"]))
        publisher = _resolve(item.get("publisher"), by_id)
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            put("site_name", squash(publisher["name"]))
        # Every person credited (Ghost, WordPress and news CMSs list co-authors in an array).
        names = []
        for one in _resolve_all(item.get("author"), by_id):
            name = one.get("name") if isinstance(one, dict) else one
            if isinstance(name, str) and name.strip() and not name.strip().startswith("http") \
                    and not is_account(name):
                if _organization(one):
                    put("source", squash(name))   # a news agency credited: the story's source
                else:
                    names.append(squash(name))
        if len(names) > 1:   # co-authors are people: not a page or an outlet listed with them
            names = [n for n in names if len(n.split()) <= 5 and not clean.is_role(n)] or names[:1]
        put("author", ", ".join(dict.fromkeys(names)), "json-ld")


def _own_post(item: dict, url: str | None) -> dict | None:
    """The article a page's ``Blog`` (or ``WebPage``) node holds as its only ``blogPost`` or
    ``mainEntity`` (Hashnode, blog themes): the page's own post when it is the one post there and,
    where it names its address, that address is the page's. A blog's home listing its posts
    holds several, or posts of other addresses."""
    if _kinds(item) & _ARTICLE_TYPES:
        return None
    for key in ("blogPost", "mainEntity"):
        held = item.get(key)
        posts = held if isinstance(held, list) else [held]
        if len(posts) != 1 or not isinstance(posts[0], dict) or not _kinds(posts[0]) & _ARTICLE_TYPES:
            continue
        post = posts[0]
        addresses = [a for a in (post.get("url"), post.get("@id"), post.get("mainEntityOfPage")) if isinstance(a, str)]
        if url and addresses and not any(_same_address(a, url) for a in addresses):
            return None
        return post
    return None


def _same_address(address: str, url: str) -> bool:
    """Whether a JSON-LD address names the page at ``url``: the same path (its host is at times
    a template's or the live site's, the page served elsewhere)."""
    def path(u: str) -> str:
        return urlsplit(u).path.rstrip("/")
    return path(address) == path(url)


def _put_time(put: Callable[..., bool], key: str, value: str, by: str = "") -> None:
    """The time (``key``: published, modified) a metadata ``value`` gives, unless one was found
    already; with how its clock was written: exactly midnight (a day), with no zone (read as
    Vietnam's)."""
    if put(key, parse_iso_date(value), by):
        put(f"{key}_midnight", dates.midnight_day(value))
        if key == "published" and dates.zoneless_time(value):
            put("published_naive", True)


def _organization(node: Any) -> bool:
    """Whether a JSON-LD node is an organisation (``NewsMediaOrganization``, ``Organization``…)."""
    return isinstance(node, dict) and any(kind.endswith("organization") for kind in _kinds(node))


def _resolve_all(node: Any, by_id: dict) -> list:
    """Each item of a JSON-LD value (one or a list), references resolved."""
    return [_resolve(one, by_id) for one in (node if isinstance(node, list) else [node])]


def _resolve(node: Any, by_id: dict) -> Any:
    """A JSON-LD reference ``{"@id": …}`` replaced by the node it names."""
    if isinstance(node, list) and node:
        node = node[0]
    if (isinstance(node, dict) and set(node) <= {"@id", "@type"} and isinstance(node.get("@id"), str)
            and node["@id"] in by_id):
        return by_id[node["@id"]]
    return node


# A list's date printed in its link's text, before the headline or after it ("10/11/2026 - …",
# "… (10/11/2026)", "[05/12] …", "08:30 05/12/2024 | …").
_DAY_MONTH = r"(?:\d{1,2}[:h]\d{2}\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-](?:19|20)?\d{2})?(?:\s+\d{1,2}[:h]\d{2})?"
_LISTED_DATE = re.compile(r"^\s*[\[(]?" + _DAY_MONTH + r"[\])]?\s*[-–—:|·]?\s+"
                          r"|\s+[-–—|·]?\s*[\[(]?" + _DAY_MONTH + r"[\])]?\s*$")


def _declared_titles(meta: PageMeta, anchor: str | None = None,
                     knowledge: boxes.SiteKnowledge | None = None) -> tuple[list[str], list[str], set[str]]:
    """The page's declared titles (folded): the strong ones (JSON-LD headline,
    og:title, the text of links to the page when it reads like a headline), the
    ``<title>``'s parts; and the folded names of the site.

    ``<title>`` is split at its separators ("Headline - Báo Lạng Sơn"); a part
    that is the site's name, or that no strong title contains, is the site's. A
    ``<title>`` the site gives many of its pages ("Chi tiết tin", the portal's
    name: ``knowledge``) is no headline either.
    """
    site = {fold(name) for name in (meta.site_name, meta.owner) if name}
    if knowledge and meta.title_tag and boxes.is_site_title(knowledge, meta.title_tag):
        site.add(fold(meta.title_tag))
        meta = replace(meta, title_tag=None)
    strong = [fold(t) for t in (meta.headline, meta.og_title, *meta.other_og_titles) if t]
    if detect.headline_like(anchor):
        strong.append(fold(squash(anchor)))
        bare = _LISTED_DATE.sub("", squash(anchor))   # a list's "10/11/2026 - Headline": the headline too
        if bare != squash(anchor) and detect.headline_like(bare):
            strong.append(fold(bare))
    strong = [t for t in strong if len(t) >= 10 and t not in site]   # og:title is at times the site's name
    parts = []
    for whole in (meta.title_tag, meta.og_title):
        # "Gốm Chu Đậu - Hành trình 5 thế kỷ | Site": the headline holds a dash, the bar
        # parts it from the site's name. Split at every separator and at the bar alone.
        barred = _TITLE_BAR.split(whole or "")
        pieces = [fold(p) for p in dict.fromkeys([*_TITLE_SEPARATOR.split(whole or ""),
                                                  *(barred if len(barred) > 1 else ())]) if p.strip()]
        if len(pieces) < 2:
            continue
        longest = max(pieces, key=len)
        for part in pieces:
            if any(part == s or part in s or (len(s) >= 10 and s in part) for s in site):
                continue
            # The site's name is the shorter piece: the longest is a headline even when
            # og:title words it differently (a social headline), never the site.
            if part != longest and strong and not any(part in t for t in strong):
                site.add(part)
                continue
            parts.append(part)
    if meta.title_tag:
        parts.append(fold(meta.title_tag))
    # "Tin tức: Headline": a CMS's <title> names the page's kind before a colon, where the page
    # prints the headline alone (PHP-Fusion's "News: …", a portal's "Bài viết: …").
    parts += [m.group(1) for p in parts if (m := _KIND_LABEL.fullmatch(p))]
    strong = [t for t in dict.fromkeys(strong) if len(t) >= 10 and t not in site]
    parts = [t for t in dict.fromkeys(parts) if len(t) >= 10 and t not in site and t not in strong]
    return strong, parts, site


def _unlink_own_headings(tree: html.HtmlElement, own_urls: tuple[str, ...], base: str) -> None:
    """A heading's link to the page itself (a theme's permalink round the post's title, on its
    own page: ``<h2><a href="…" rel="bookmark">``) is no link away: unwrap it, its text kept. So
    is the link of the one headline an article's microdata declares: the item's address
    (Joomla's "linked titles" link the article's other form of its address, ``itemprop="url"``)."""
    ends = {_last_step(u) for u in own_urls}   # resolved only where the last step is the page's
    own: set | None = None
    declared = []
    nowhere = []   # headings whose links lead nowhere ("#", "javascript:…")
    for heading in tree.iter("h1", "h2", "h3", "h4"):   # by name, in C: cheaper than an XPath's walk
        if "headline" in (heading.get("itemprop") or "").split():
            declared.append(heading)
        links = list(heading.iter("a"))
        if links and all(_NOWHERE.fullmatch(a.get("href", "").strip()) for a in links):
            nowhere.append(links)
        for a in [a for a in heading.iter("a") if "#" not in (href := a.get("href", "#"))
                  and _last_step(href) in ends]:
            own = {canonicalize(u) for u in own_urls} - {None} if own is None else own
            if canonicalize(a.get("href", ""), base) in own:
                a.drop_tag()
    if len(declared) == 1 and _article_item(declared[0]):
        for a in [a for a in declared[0].iter("a") if a.get("href")]:
            a.drop_tag()
    if len(nowhere) == 1:
        # One heading linked nowhere ("<h3><a href='#'>…</a></h3>", a portlet's title as the
        # template links it on the story's own page): no link away. Teasers link their stories.
        for a in nowhere[0]:
            a.drop_tag()


_NOWHERE = re.compile(r"#?|javascript:.*", re.I)

_ENTRY_REACH = 4   # levels above an entry's heading where the entry may stand
_ENTRY_WORDS = 5   # words of a post's title linking to an address that does not tell a post
_ENTRY_TITLE = 10  # characters of a post's title at least (an empty link round a picture titles nothing)
_ENTRY_OPENING = 40   # characters of the body before the title of the entry it is (a label, a date)


@dataclass
class _Entries:
    """Blocks titled by a link to another page of the site (``_linked_entries``)."""

    listed: dict[html.HtmlElement, int] = field(default_factory=dict)   # an entry of a list → how many stand together
    alone: dict[html.HtmlElement, html.HtmlElement] = field(default_factory=dict)   # a block → its one such title
    titles: dict[html.HtmlElement, html.HtmlElement] = field(default_factory=dict)  # an entry → its title
    order: dict[html.HtmlElement, int] = field(default_factory=dict)    # the page in document order, once read
    named: dict[html.HtmlElement, str] = field(default_factory=dict)    # a title → its link's text, as first read

    def leads(self, entry: html.HtmlElement, body: html.HtmlElement) -> bool:
        """Whether the entry's title heads the body: in it or before it, no comment's title after
        a story. Read when asked, on the page as it stands; a title gone from it since (a teaser's
        heading dropped) is compared by the line it was parsed from, and a tie says no."""
        title = self.titles.get(entry)
        if title is None:
            return False
        if body in title.iterancestors():
            # Opening the body (an entry read whole as the body), not amid its text: a story's
            # own text links another story by a heading too (a related story's title set as one).
            return 0 <= clean.text_of(body).find(self.named.get(title, "\0")[:40]) <= _ENTRY_OPENING
        root = body.getroottree().getroot()
        if not clean.attached(title, root):
            return (title.sourceline or 0) < (body.sourceline or 0)
        if not self.order:
            self.order = {el: i for i, el in enumerate(root.iter())}
        return self.order.get(title, len(self.order)) < self.order.get(body, -1)


def _linked_entries(tree: html.HtmlElement, url: str, base: str) -> _Entries:
    """Entries of a list: blocks of one shape side by side (their tag, most of their classes:
    ``_alike``), each under a heading that is a link to another page of the site (its own
    page: a blog's tag, archive or further page shows its posts so, in full or in part); and
    the blocks holding one such heading alone. Read after the page's own headings lost their
    link to it (``_unlink_own_headings``), before boxes go."""
    found = _Entries()
    host = urlsplit(url).netloc
    if not host:
        return found
    held: dict[html.HtmlElement, list[html.HtmlElement]] = {}
    levels: list[set[html.HtmlElement]] = [set() for _ in range(_ENTRY_REACH)]
    kinds: dict[str, str] = {}   # href → what it leads to: a page's teasers repeat their links
    for heading in tree.iter("h1", "h2", "h3", "h4"):
        link = next(heading.iter("a"), None)
        href = (link.get("href") or "").strip() if link is not None else ""
        named = clean.text_of(link) if link is not None else ""
        if not href or "#" in href or len(named) < _ENTRY_TITLE or len(named) < 0.8 * len(clean.text_of(heading)):
            continue   # none, a picture's, a comment's permalink
        kind = kinds.get(href)
        if kind is None:
            target = canonicalize(href, base)
            kind = kinds[href] = detect.url_kind(target) if target and urlsplit(target).netloc == host else "elsewhere"
        if kind != "article" and not (kind == "unknown" and len(named.split()) >= _ENTRY_WORDS):
            continue   # a section's or a box's name over its list, no post's title
        found.named[heading] = named
        for level, up in enumerate(islice(heading.iterancestors(), _ENTRY_REACH)):
            held.setdefault(up, []).append(heading)
            levels[level].add(up)
    for ups in levels:
        siblings: dict[html.HtmlElement, list[html.HtmlElement]] = {}
        for up in ups:
            parent = up.getparent()
            if parent is not None and up.tag not in ("body", "html"):
                siblings.setdefault(parent, []).append(up)
        for members in siblings.values():
            if len(members) < 2:
                continue
            for up in members:
                if up in found.listed:
                    continue
                names = set((up.get("class") or "").split())
                group = [el for el in members if el.tag == up.tag
                         and _alike(names, set((el.get("class") or "").split()))]
                if len(group) >= 2 and all(len(held[el]) == 1 for el in group):
                    for el in group:
                        found.listed.setdefault(el, len(group))
    found.alone = {up: headings[0] for up, headings in held.items()
                   if len(headings) == 1 and up.tag not in ("body", "html")}
    found.titles = dict(found.alone)
    return found


def _entries_around(body: html.HtmlElement | None, entries: _Entries, title: str | None,
                    headline: html.HtmlElement | None) -> int:
    """How many entries of a list stand with the one that holds the body (``_linked_entries``);
    1 for a body under a heading of its own that links to another page and is not the page's
    title (a day's archive of one post); 0 when the body is in no entry, or in one that holds
    the page's headline (a portal's portlet, titled by a link to its section, holding the story)."""
    if body is None:
        return 0
    ups = [body, *body.iterancestors()]
    held = set(headline.iterancestors()) if headline is not None else set()
    listed = next((up for up in ups if up in entries.listed), None)
    if listed is not None:
        return 0 if listed in held or not entries.leads(listed, body) else entries.listed[listed]
    alone = next((up for up in ups[:_ENTRY_REACH] if up in entries.alone), None)
    if alone is None or alone in held or not title or not entries.leads(alone, body):
        return 0
    return int(fold(squash(entries.named[entries.alone[alone]])) != fold(squash(title)))


def _last_step(href: str) -> str:
    return href.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]


def _article_item(el: html.HtmlElement) -> bool:
    """Whether the microdata item ``el`` belongs to is an article's."""
    scope = next((a for a in el.iterancestors() if a.get("itemscope") is not None), None)
    return scope is not None and bool(_item_kinds(scope) & _ARTICLE_TYPES)


def _find_headline(tree: html.HtmlElement, meta: PageMeta, anchor: str | None = None,
                   knowledge: boxes.SiteKnowledge | None = None,
                   named: frozenset[str] = frozenset()) -> tuple[html.HtmlElement | None, str]:
    """The heading that belongs to the body (``_headline``). A link's text the page prints
    nowhere (a box's teaser worded its own way: "Tạm ngừng … từ 5/12") says nothing of the
    headline: where it leaves none found, the page is read without it, as on its own."""
    found = _headline(tree, meta, anchor, knowledge, named)
    if found[0] is None and anchor and not (meta.headline or meta.og_title):
        return _headline(tree, meta, None, knowledge, named)
    return found


def _headline(tree: html.HtmlElement, meta: PageMeta, anchor: str | None = None,
              knowledge: boxes.SiteKnowledge | None = None,
              named: frozenset[str] = frozenset()) -> tuple[html.HtmlElement | None, str]:
    """The heading that belongs to the body, and how it was found.

    The heading that agrees best with the declared titles (JSON-LD headline,
    og:title and the anchor text of links to the page first, then <title>
    minus the site's name) wins; among equals, the one that is not a link
    elsewhere and is followed by prose soonest (a banner's or portlet's <h1>
    is followed by menus). Without any agreement, the <h1> that is not the
    site's name and is followed by prose, else the heading-like element
    (<h2>-<h4>, an element named for a title) just above the story's prose.
    Agreement with ``<title>`` alone does not make a banner's heading, far from
    any prose, the headline when such an element stands right above the story:
    portals give every page their own name as ``<title>``. ``named``: the
    ``<title>`` parts the page's chrome prints (``_chrome_names``), the site's.
    """
    strong, parts, site = _declared_titles(meta, anchor, knowledge)
    site |= named
    parts = [p for p in parts if p not in named]
    parts += [run for run in _title_runs(meta.title_tag, site) if run not in parts and run not in strong]
    candidates = [el for el in tree.iter("h1", "h2", "h3") if 10 <= len(clean.text_of(el)) <= 300]
    scored = []
    if knowledge:
        site |= {fold(clean.text_of(el)) for el in candidates
                 if el.tag == "h1" and boxes.is_site_title(knowledge, clean.text_of(el), "h1")}
    for order, el in enumerate(candidates):
        key = fold(clean.text_of(el))
        if key in site:
            continue
        agreement = max(2 * _agreement(key, strong), _agreement(key, parts))
        if agreement:
            scored.append((agreement, order, el))
    if not scored and strong:
        # A place's name for a headline, a short <h1> ("Kỳ Co"), when a strong title (og:title,
        # JSON-LD, a link's text) is it word for word, the site's name aside: a <title>'s part
        # alone is as often a section's ("Tin tức" over every story).
        strong_parts = {part.strip() for title in strong for part in _TITLE_SEPARATOR.split(title)} - site
        scored = [(4, 0, el) for el in tree.iter("h1")
                  if _SHORT_HEADLINE <= len(clean.text_of(el)) < 10 and fold(clean.text_of(el)) in strong_parts][:1]
    if not scored:
        # Old CMSs print the headline in a styled <div>, <td>, <b> or <dt>: the short
        # block whose text is exactly a declared title.
        declared = set(strong + parts)   # _agreement's 2: the text is one of them
        first = None   # the first block that is <title> alone: a banner may print the site's name there
        near = None   # the innermost first block that is most of a strong title (``_agreement``'s 1)
        for el in tree.iter("div", "td", "p", "b", "strong", "span", "font", "h4", "dt", "header") if declared else ():
            raw = el.text_content()
            text = squash(raw) if len(raw) < 300 else ""   # text_of, from the string read once
            if not text or len(text) < 10:
                continue
            if (key := fold(text)) in declared and not _links_away(el):
                if key in strong:
                    return el, "heading"
                if not strong and not _in_banner(el):   # a banner prints the site's name
                    return el, "heading"
                first = el if first is None and strong else first
            elif strong and (near is None or text == near[1] and near[0] in el.iterancestors()) \
                    and _holds_title(key, strong) and next(el.iter("a"), None) is None:
                near = (el, text)   # no link: a section's linked name before the headline is no part of it
        if near is not None:
            # A link words the headline shorter than the page ("Ngày hội đọc sách …" for "Rộn
            # ràng Ngày hội đọc sách …"): the block it is most of, not the <title> alone (a
            # document's file name).
            return near[0], "heading"
        if first is not None:
            return first, "heading"
        h1s = [el for el in candidates if el.tag == "h1" and fold(clean.text_of(el)) not in site]
        generic = knowledge is not None and bool(meta.title_tag) \
            and boxes.is_site_title(knowledge, meta.title_tag or "")
        if not strong and (all(_in_banner(el) for el in h1s) if h1s else generic):
            # A portal without Open Graph or JSON-LD whose only <h1> is its banner's name (or whose
            # <title> and <h1> are the same on every page): the headline is the heading-like
            # element (an <h3>, a "title" block) right above the story.
            above = _above_story(tree, site)
            if above:
                return _nearest(above), "heading"
        if not h1s:
            # A page builder's headline: no <h1>, a block set in a heading's size by its style.
            h1s = _styled_headings(tree, site)
        if not h1s:
            # Portals that print the headline in a <span class="title-detail">: an element
            # named for a title, short, not a link, followed by the story; the nearest the
            # story of them (a portlet's title stands above the headline, with it).
            # (a layout table's: the title's cell, then the story's in the next row, 2; or any
            # distance, its date line right under it: a record's, a table, not prose, below)
            titled = [el for el in _TITLED(tree) if 10 <= len(clean.text_of(el)) <= 300 and not _links_away(el)
                      and not clean.is_box_heading(clean.text_of(el)) and not _heads_items(el)
                      and ((distance := _prose_distance(_lone_top(el))) <= 1 or distance == 2 and _in_cell(el)
                           or _date_line_under(el))]
            if titled:
                return _nearest(titled), "heading"
        if not h1s:
            # With declared titles none of the page's blocks agrees with (a site builder's
            # page names: "Copy of Trang 2 | Trung tâm"), a bold or large line above the story.
            h1s = _plain_title_lines(tree, site, styled=bool(strong))
        if not h1s and not strong:
            # No heading named, none agreeing: the heading-like element right above the story.
            above = _above_story(tree, site)
            if above:
                return _nearest(above), "heading"
        if not h1s and not strong and (generic or not _names_story(parts)):
            # No heading, no date line under the headline, a <title> no block prints (the
            # editor's "Untitled Document", the site's or a section's name on every page): a
            # hand-built page's headline is the bold or large line right above the story. A
            # <title> worded as a headline names the story itself: a bold line opening the
            # story (its lead, a sub-heading) is no headline then.
            h1s = _plain_title_lines(tree, site, styled=True)
        if not h1s and not strong:
            # Nothing set apart, nothing declared: a series' part names itself ("Bài 2: …", "Kỳ
            # 3 - …") on its line right above the story, under the series' name.
            h1s = _part_lines(tree, site)
        if not h1s:
            return None, ""
        return min(h1s, key=lambda el: (_links_away(el), _prose_distance(el))), "heading"
    best = max(s[0] for s in scored)
    top = [s for s in scored if s[0] == best]
    if strong:
        # A page builder's headline, a block set in a heading's size, that is a strong title:
        # it wins where no heading is one as it stands (a comment box's "2 bình luận về “…”"
        # holds it), or where the story follows it sooner (a box's teaser of this very story).
        exact = [el for el in _styled_headings(tree, site) if fold(clean.text_of(el)) in strong]
        if exact and (best < 4 or _prose_distance(exact[0]) < min(_prose_distance(s[2]) for s in top)):
            return exact[0], "heading"
    if len(top) > 1:
        # "Headline | Section | Site": where both headings are parts of <title>, its longest names
        # the headline, below the section's heading. Not a longest part above the other heading:
        # the site's long name ("Cổng thông tin điện tử …") in a banner no class names as one.
        main = {s[1] for s in top if _main_title_part(fold(clean.text_of(s[2])), meta)}
        # the last other heading above the story (not a sub-heading inside it)
        below = max((s[1] for s in top if s[1] not in main and not _after_prose(s[2])), default=-1)
        top.sort(key=lambda s: (_links_away(s[2]), not (s[1] in main and s[1] > below),
                                _prose_distance(s[2]), s[2].tag == "h3", s[1]))
    agreed = top[0][2]
    if not strong and (_in_banner(agreed) or (_prose_distance(agreed) >= 2 and
                                              not _main_title_part(fold(clean.text_of(agreed)), meta))):
        # Only <title> agrees, with a heading in the page's banner (the portal's name) or a
        # heading the story's prose does not follow that is the short part of <title>
        # ("Chi tiết tin - Cổng thông tin …": a portlet's title): the headline is the
        # heading-like element after it that the prose follows at once.
        banner = _in_banner(agreed)
        # A blog's banner repeating the entry's title (Serendipity's): the same words in a heading
        # right above the story, out of the banner, are the headline; elsewhere they are the portal's.
        above = [el for el in _above_story(tree, site if banner else site | {fold(clean.text_of(agreed))})
                 if el is not agreed and not _in_banner(el) and (banner or _follows(agreed, el))]
        if above:
            return _nearest(above), "heading"
    if not strong and _in_aside(agreed):
        # Only <title> agrees, with a sidebar's heading (the organisation whose page this is, in
        # an <aside>): the <h1> of the main column that the prose follows is the headline.
        columns = [el for el in candidates if el.tag == "h1" and not _in_aside(el)
                   and fold(clean.text_of(el)) not in site and not _in_banner(el) and _prose_distance(el) <= 1]
        if columns:
            return columns[0], "heading"
    return top[0][2], "heading"


_FILL_FIELDS = etree.XPath("descendant::textarea | descendant::input[not(@type) or @type='text' or @type='email'"
                           " or @type='tel' or @type='password']")
_FORM_MARK = "data-fill-form"
_FORM_LEAD = 200   # characters of text between a headline and its form at most


def _mark_fill_forms(tree: html.HtmlElement) -> list[html.HtmlElement]:
    """Mark where each form to fill stands (two fields or more: a contact's, a "send to a friend"
    page's, a registration's) with an empty element before it, since the forms go before the
    headline is found (``_form_led``). Returns the marks."""
    marks = []
    for form in list(tree.iter("form")):
        parent = form.getparent()
        if parent is None or len(_FILL_FIELDS(form)) < 2:
            continue
        mark = html.Element("span", {_FORM_MARK: ""})
        mark.tail, form.tail = form.tail, None
        form.addnext(mark)   # after it: the form's own lines ("Bạn sẽ gửi bài viết …") count as its
        marks.append(mark)
    return marks


def _form_led(tree: html.HtmlElement, headline: html.HtmlElement | None, marks: list[html.HtmlElement]) -> bool:
    """Whether a form to fill (``_mark_fill_forms``) stands right under the headline, with no
    more than a line of text between them (the form's own lines aside); the marks go."""
    led = False
    if headline is not None and marks:
        marked = set(marks)
        between, after = 0, False
        for el in tree.iter():
            if el is headline:
                after = True
                between -= len(squash(headline.text_content()))
            if not after or not isinstance(el.tag, str):
                continue
            if el in marked:
                led = between <= _FORM_LEAD
                break
            if el.getparent() is not None and el.getparent().tag == "form":
                continue
            between += len(squash(el.text)) + len(squash(el.tail))
            if between > _FORM_LEAD + 300:
                break
    for mark in marks:
        if mark.getparent() is not None:
            clean.drop(mark)
    return led


def _in_aside(el: html.HtmlElement) -> bool:
    """Inside a sidebar: an ``<aside>`` or a block whose role says it complements the main one."""
    return any(a.tag == "aside" or a.get("role") == "complementary" for a in el.iterancestors())


_LOGOS = etree.XPath("/descendant::a[@href]/descendant::img[@alt]")


def _title_runs(title: str | None, site: set[str]) -> list[str]:
    """``<title>``'s runs of two pieces or more that open or close it, folded, none holding a
    site's piece (``site``, folded): "Site • Xem chủ đề - Headline - Part 2" names the headline
    "Headline - Part 2", a dash of its own inside, which no single piece is. The site's names
    stand at one end of a ``<title>``, the headline at the other."""
    if not title or fold(title) in site:
        return []
    cuts = list(_TITLE_SEPARATOR.finditer(title))
    starts = [0, *(m.end() for m in cuts)]
    ends = [*(m.start() for m in cuts), len(title)]
    pieces = [fold(title[a:b]) for a, b in zip(starts, ends, strict=True)]
    sited = [any(p == s or p in s or (len(s) >= 10 and s in p) for s in site) for p in pieces]
    last = len(pieces) - 1
    runs = [(0, j) for j in range(1, last)] + [(i, last) for i in range(1, last)]
    return [fold(title[starts[i]:ends[j]]) for i, j in runs if not any(sited[i:j + 1])]


def _title_parts(title: str | None) -> list[str]:
    """``<title>``, folded, whole and split at its separators."""
    return [fold(p) for p in [*_TITLE_SEPARATOR.split(title), title] if p.strip()] if title else []


def _chrome_names(tree: html.HtmlElement, footers: list[html.HtmlElement], parts: list[str],
                  imprint: bool = False) -> frozenset[str]:
    """The ``<title>`` parts (folded) that the page also prints in its chrome: a line of its
    footer (not a link: a footer links to the site's pages by their names), or the alt of
    the banner's logo that the description repeats. A headline stands in neither: portals without Open
    Graph name every page "<portal> - Chi tiết tin" and print the portal's name in bold atop
    the footer; that part is the site's name. ``imprint`` (a page without Open Graph or
    JSON-LD headline, where ``<title>`` decides): also a line just above the site's imprint
    ("Cơ quan chủ quản: …"), the footer whatever it is named."""
    wanted = {p for p in parts if len(p) >= 10}
    if not wanted:
        return frozenset()
    found = set()
    for block in footers:
        for el in block.iter("p", "b", "strong", "span", "div", "h1", "h2", "h3", "h4", "h5", "h6", "td"):
            raw = el.text_content()
            key = fold(squash(raw)) if len(raw) < 300 else ""
            # A footer's link names a page of the site ("Điều khoản sử dụng"), maybe this one.
            if key in wanted and not _links_away(el):
                found.add(key)
    if imprint and wanted - found:
        found |= _above_imprint(tree, wanted - found)
    # Some themes write the page's title as the logo's alt: the logo counts when the page's
    # description names the site alike.
    described = {fold(squash(d)) for d in clean.descriptions(tree)} & wanted
    for img in _LOGOS(tree) if described else ():
        key = fold(squash(img.get("alt")))
        if key in described and _in_banner(img) and _home_link(img):
            found.add(key)
    return frozenset(found)


def _above_imprint(tree: html.HtmlElement, wanted: set[str]) -> set[str]:
    """Of ``wanted``, the texts of blocks standing just above a line of the site's imprint."""
    found = set()
    for el, _text in clean.imprint_lines(tree, ("p", "div", "td", "li")):
        for before in islice(el.itersiblings(preceding=True), 2):
            key = fold(clean.text_of(before)) if isinstance(before.tag, str) else ""
            if key in wanted and not _links_away(before):
                found.add(key)
    # A legacy footer's one cell: the site's name, then its imprint, as lines between <br>s.
    for el in _BROKEN_LINES(tree):
        lines = clean.br_lines(el) if len(el.text_content()) <= 1000 and clean.is_leaf_block(el) else []
        for above, line in pairwise(lines):
            if fold(above) in wanted and clean.is_imprint_line(line):
                found.add(fold(above))
    return found


# From the <br>s up: a walk testing each element's name against five is several times slower.
_BROKEN_LINES = etree.XPath("/descendant::br/parent::*[self::td or self::div or self::p or self::font or self::span]")


def _home_link(img: html.HtmlElement) -> bool:
    """Whether the link around an image leads to a site's home ("/", "/trang-chu.htm"): a
    logo; a story's lead image in the page's header links to the story or the picture."""
    a = next(up for up in img.iterancestors() if up.tag == "a")
    parts = urlsplit(a.get("href", "").strip())
    return not parts.query and parts.path.strip("/").count("/") == 0 \
        and not _PICTURE.search(parts.path)


_PICTURE = re.compile(r"\.(jpe?g|png|gif|webp|svg|avif)$", re.I)


@dataclass(frozen=True)
class _FooterLinks:
    """The links of the page's footer (or its menus), read before the footer goes: (folded
    anchor text, href)."""

    urls: tuple[str, ...] = ()   # the page's own: its URL, its canonical URL
    base: str = ""
    texts: tuple[tuple[str, str], ...] = ()   # (anchor text, href), the text as read

    @cached_property
    def links(self) -> tuple[tuple[str, str], ...]:
        """(folded anchor text, href), folded when first asked: the whole page's links (a
        section's name) are asked for on few pages, and folding new texts is slow."""
        return tuple((fold(text), href) for text, href in self.texts)

    def __contains__(self, key: str) -> bool:
        """Whether a footer link to the page itself has ``key`` (folded) for text: a footer
        that links here by the page's title ("Điều khoản sử dụng") makes it a page of the
        site (its terms, about or advertising page), seldom news (``detect.score``). Only
        links with that text are resolved (a URL's canonical form is slow on a new site)."""
        hrefs = [href for text, href in self.links if text == key]
        if not hrefs:
            return False
        own = {canonicalize(u) for u in self.urls} - {None}
        return any(canonicalize(href, base=self.base) in own for href in hrefs)


def _footer_names(footers: list[html.HtmlElement], urls: tuple[str, ...], base: str) -> _FooterLinks:
    """The links of ``footers`` (``urls``: the page's own, ``base``: the base its links resolve on)."""
    if not urls:
        return _FooterLinks()
    links = []
    for a in (a for block in footers for a in block.iter("a")):
        href = a.get("href", "").strip()
        if href and "#" not in href and not href.startswith(("javascript:", "mailto:", "tel:")):
            links.append((clean.text_of(a), href))
    return _FooterLinks(urls, base, tuple(links))


# A menu of the site's pages, not a breadcrumb's two or three steps nor a pager's.
_MENU_LINKS = 5


def _menus(tree: html.HtmlElement) -> list[html.HtmlElement]:
    """The page's navigation blocks of a menu's size, outermost: ``<nav>``, ``role=navigation``,
    and a list or table of a link a row (``_link_rows``), a legacy portal's menu column."""
    found = [el for el in tree.iter("nav", "ul", "div") if (el.tag == "nav" or el.get("role") == "navigation")
             and sum(1 for _ in islice(el.iter("a"), _MENU_LINKS)) >= _MENU_LINKS]
    within = set(found)
    # Lists and tables outside those (a <nav>'s own lists are in it already), in the page's order.
    found += [el for el in tree.iter("ul", "ol", "table") if _link_rows(el, within)]
    within = set(found)
    return [el for el in found if not any(up in within for up in el.iterancestors())]


def _link_rows(block: html.HtmlElement, menus: set[html.HtmlElement]) -> bool:
    """Whether most rows of a list or a table, ``_MENU_LINKS`` at least, are each one short link
    (a section's name, no headline) and little else: a menu, whatever its markup. A list of
    headlines (the latest stories, a document register) is no menu. Not read inside ``menus``."""
    rows = [li for li in block if li.tag == "li"] if block.tag != "table" else clean.table_rows(block)
    if len(rows) < _MENU_LINKS or any(up in menus for up in block.iterancestors()):
        return False
    single = [(row, links[0]) for row in rows if len(links := [a for a in row.iter("a") if a.get("href")]) == 1]
    needed = max(_MENU_LINKS, (len(rows) + 1) // 2)   # and most of its rows
    if len(single) < needed:
        return False   # most lists and tables: their texts never read
    linked = 0
    for row, a in single:
        if (name := clean.text_of(a)) and not detect.headline_like(name) and 2 * len(name) >= len(clean.text_of(row)):
            linked += 1
            if linked == needed:
                return True
    return False


def _section_titled(links: _FooterLinks, title: str | None) -> bool:
    """Whether the page's title is the name a link on it gives a section the page lies in: a
    page of the site whose path is a proper prefix of the page's ("Tin tức" → /blog, on
    /blog/previous/2). A listing's further page (or a section's sub-listing) is titled by its
    section; a story by its headline, which no link names a section by. The site's home ("/")
    is no section: "Trang chủ" names it."""
    key = fold(squash(title or ""))
    if not key or detect.headline_like(title) or len(key.split()) > detect.SHORT_TITLE:
        return False
    hrefs = [href for text, href in links.links if text == key]
    if not hrefs:
        return False
    own = [urlsplit(u) for u in (canonicalize(u) for u in links.urls) if u]
    for href in hrefs:
        target = canonicalize(href, base=links.base)
        if not target:
            continue
        parts = urlsplit(target)
        path = parts.path.rstrip("/")
        if path and any(parts.netloc == o.netloc and o.path.rstrip("/") != path
                        and o.path.startswith(path + "/") for o in own):
            return True
    return False


def _names_page(links: _FooterLinks, *titles: str | None) -> bool:
    """Whether one of the links to the page names it as a menu does: a (folded) anchor text of
    a few words, no headline, no pager's "2", that begins its headline or its ``<title>``
    ("Giới thiệu" for "Giới thiệu Đài …"). Not a share bar's "Copy link" to the page itself.
    Only the texts that would name it are resolved (``_FooterLinks``)."""
    heads = [fold(squash(t)) for t in titles if t]
    texts = {a for a, _ in links.links}
    return any(a and not detect.headline_like(a) and not _DIGIT.search(a) and any(c.isalpha() for c in a)
               and any(_begins(h, a) for h in heads) and a in links for a in texts)


def _named_site_page(links: _FooterLinks) -> bool:
    """Whether a menu (or the footer's) links to the page itself by a page of the site's name whatever its
    headline (``_SITE_PAGE``: "Giới thiệu" to "Chức năng, nhiệm vụ, quyền hạn của Sở …")."""
    return any(_SITE_PAGE.fullmatch(a) and a in links for a in {a for a, _ in links.links})


# A page of the site by the name a menu gives it, whatever its headline ("Giới thiệu" linking to
# "Chức năng, nhiệm vụ, quyền hạn của Sở …"): folded. No story is linked here by these words.
_SITE_PAGE = re.compile(r"(gioi thieu|ve chung toi|lien he|chuc nang,? nhiem vu|co cau to chuc|so do to chuc|"
                        r"lich su hinh thanh( va phat trien)?|about( us)?|contact( us)?)")


_CUT = re.compile(r"\s*(?:…|\.\.\.)$")   # a menu text the CMS cut, with its ellipsis
_CUT_WORDS = 3   # words of a menu text cut at its block's width, with no ellipsis ("Lịch sử hình thàn")


def _begins(head: str, text: str) -> bool:
    """Whether a menu text (folded) begins a headline (folded) as a menu names a page: in whole
    words ("Tin" does not begin "Tình hình …", folded "tinh"), or cut mid-word where the CMS cut
    it, before an ellipsis or at the block's width (a name of a few words)."""
    cut = _CUT.sub("", text)
    if not cut or not head.startswith(cut):
        return False
    return (len(head) == len(cut) or not head[len(cut)].isalnum() or cut != text
            or len(cut.split()) >= _CUT_WORDS)


def _in_cell(el: html.HtmlElement) -> bool:
    """Whether ``el`` stands in a layout table's cell (itself or its parent the ``<td>``)."""
    return el.tag == "td" or any(up.tag == "td" for up in islice(el.iterancestors(), 2))


def _date_line_under(el: html.HtmlElement) -> bool:
    """Whether a short line with a date follows ``el`` among its next siblings (past a
    ``<br>``): a headline's date line ("Ngày đăng: 13/07/2020 3:10:48 CH")."""
    for sibling in islice(el.itersiblings(), 3):
        if not isinstance(sibling.tag, str) or sibling.tag == "br":
            continue
        text = clean.text_of(sibling)
        return 0 < len(text) <= _DATE_LINE_CHARS and dates.DATES.search(text) is not None
    return False


_DATE_LINE_CHARS = 150   # characters of a headline's date line


def _main_title_part(key: str, meta: PageMeta) -> bool:
    """Whether ``key`` (folded) is ``<title>``'s longest part, where a page names its headline."""
    pieces = [fold(p) for p in _TITLE_SEPARATOR.split(meta.title_tag or "") if p.strip()]
    return bool(pieces) and key == max(pieces, key=len)


_TITLED = etree.XPath(
    "descendant::*[self::span or self::div or self::td or self::p or self::h2 or self::h3 or self::h4 or self::strong]"
    "[contains(@class, 'title') or contains(@class, 'tieude') or contains(@class, 'tieu-de')"
    " or contains(@class, 'headline') or contains(@id, 'Title') or contains(@id, 'title')]")
_HEADING_LIKE = etree.XPath(
    "descendant::*[self::h1 or self::h2 or self::h3 or self::h4 or ((self::span or self::div or self::td or self::p"
    " or self::strong) and (contains(@class, 'title') or contains(@class, 'tieude')"
    " or contains(@class, 'tieu-de') or contains(@class, 'headline') or contains(@id, 'Title')"
    " or contains(@id, 'title')))]")


def _above_story(tree: html.HtmlElement, site: set[str]) -> list[html.HtmlElement]:
    """Heading-like elements (an <h2>-<h4>, an element named for a title) that the story's
    prose follows at once, with no prose before them (a sub-heading, or a box after the story,
    has some), that are not links, box headings or the site's name: where the headline stands
    on any page."""
    found = []
    for el in _HEADING_LIKE(tree):
        text = clean.text_of(el)
        if not 10 <= len(text) <= 300 or fold(text) in site or _links_away(el) or clean.is_box_heading(text) \
                or dates.date_alone(text) \
                or any(a.tag in ("header", "nav", "footer") for a in el.iterancestors()):
            continue
        if _prose_distance(el) <= 1 and not _after_prose(el) and _prose_before(el) < _HEADING_REACH:
            found.append(el)
    return found


_PLAIN_TITLE_TAGS = ("span", "div", "td", "p", "b", "strong", "font")


def _plain_title_lines(tree: html.HtmlElement, site: set[str], styled: bool = False) -> list[html.HtmlElement]:
    """Where a portal with no heading and no declared title prints its headline in a plain
    ``<span>`` named for nothing we read (``<span class="x9f">``): a block of its own of
    four words or more, not in capitals, no sentence and no date line, with no link (a breadcrumb)
    and no box heading, followed by a date line, that the story's prose follows at once, with no
    prose before it. The first of them. ``styled``: a site builder's page, whose declared
    titles name the page, not the story, and whose date line may stand anywhere in the markup
    (it is placed by position): the line is set bold or large instead (``_emphasised``)."""
    for el in tree.iter(*_PLAIN_TITLE_TAGS):
        raw = el.text_content()
        if len(raw) > 400 or not clean.is_leaf_block(el):
            continue   # a long text, or a holder of blocks
        text = squash(raw)
        if not 20 <= len(text) <= 200 or len(text.split()) < 4 or text.endswith((".", ":")) \
                or clean.NUMERIC_DATE.search(text) or fold(text) in site or clean.is_box_heading(text) \
                or clean.is_imprint_line(text):
            continue
        if _held_as_one_line(el, text):
            continue   # its holder is the same line: that one is looked at (a frame of blocks is not)
        if any(True for _ in el.iter("a")) or any(a.tag in ("a", "header", "nav", "footer", "li", "figure")
                                                  for a in el.iterancestors()):
            continue
        letters = [c for c in text if c.isalpha()]
        capitals = sum(c.isupper() for c in letters) > 0.8 * len(letters)
        if capitals and (not styled or _in_banner(el) or not _dated_next(el)) \
                or not (_emphasised(el) if styled else _dated_next(el)):
            # A banner's name in capitals; a headline is followed by its date line. A hand-built
            # page's headline may be typed in capitals, set bold over its date line.
            continue
        block = el
        while styled and (up := block.getparent()) is not None and up.tag in ("td", "div") \
                and clean.text_of(up) == text:
            block = up   # the line's cell of its own ("<td><p><b>…</b></p></td>"): the story follows that
        if _prose_distance(block, wrapped=styled) <= 1 and not _after_prose(el, wrapped=styled) \
                and _prose_before(el, wrapped=styled) < _HEADING_REACH:
            return [el]
    return []


_SERIES_NAME = 150   # characters of a series' name over its part's headline at most


def _series_name_out(headline: html.HtmlElement) -> None:
    """Drop the series' name a part's headline ("Bài 2: …", "Kỳ 3 - …") stands under: the line
    right before the headline's block, short, no sentence, no link, no date. It names the
    series, as a kicker does; it is neither the title nor the story's text."""
    if not boxes.part_line(clean.text_of(headline)):
        return
    block = headline
    while (up := block.getparent()) is not None and up.tag not in ("body", "html") \
            and clean.text_of(up) == clean.text_of(headline):
        block = up
    before = block.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    if before is None or squash(before.tail) or len(clean.block_lines(before)) != 1 \
            or any(True for _ in before.iter("a", "img")):
        return   # text between them, or no line of its own: a block of the page
    text = clean.text_of(before)
    if 10 <= len(text) <= _SERIES_NAME and not text.endswith((".", "!", "?", ":")) \
            and not clean.NUMERIC_DATE.search(text) and not boxes.part_line(text):
        clean.drop(before)


def _held_as_one_line(el: html.HtmlElement, text: str) -> bool:
    """Whether ``el``'s holder is a plain line of its own with the same text (looked at instead)."""
    up = el.getparent()
    return up is not None and up.tag in _PLAIN_TITLE_TAGS and clean.text_of(up) == text and clean.is_leaf_block(up)


def _part_lines(tree: html.HtmlElement, site: set[str]) -> list[html.HtmlElement]:
    """The line of a series' part that names itself ("Bài 2: Làng bánh tráng … mở cửa đón
    khách"), a block of its own, no link, that the story's prose follows at once with no prose
    before it: where a page sets nothing apart and declares no title, the part's headline (the
    series' name stands above it). The first of them."""
    for el in tree.iter(*_PLAIN_TITLE_TAGS):
        raw = el.text_content()
        if len(raw) > 300 or not clean.is_leaf_block(el):
            continue
        text = squash(raw)
        if not 10 <= len(text) <= 200 or not boxes.part_line(text) or fold(text) in site \
                or any(True for _ in el.iter("a")) or any(a.tag in ("a", "nav", "footer", "li")
                                                          for a in el.iterancestors()):
            continue
        if _held_as_one_line(el, text):
            continue   # its holder is the same line: that one is looked at
        if _prose_distance(el) <= 1 and not _after_prose(el) and _prose_before(el) < _HEADING_REACH:
            return [el]
    return []


_STORY_TITLE_WORDS = 7   # words of a <title>'s piece that word a story's headline, not a site's or a section's name


def _names_story(parts: list[str]) -> bool:
    """Whether a declared <title> part (folded, the site's names left out) words a story's
    headline: a piece of ``_STORY_TITLE_WORDS`` words at least ("Untitled Document", "Tin tức",
    "Xã Tân Phong" are no such)."""
    return any(len(piece.split()) >= _STORY_TITLE_WORDS for part in parts for piece in _TITLE_SEPARATOR.split(part))


_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(bold|[6-9]00)|font-size\s*:\s*(1[89]|[2-9]\d)px", re.I)


def _emphasised(el: html.HtmlElement) -> bool:
    """Whether the text of ``el`` is set bold or large (18px and more): by ``<b>``/``<strong>``
    or an inline style on it or on what holds all its text."""
    text = len(clean.text_of(el))
    for node in el.iter():
        if not isinstance(node.tag, str) or len(clean.text_of(node)) < 0.8 * text:
            continue
        if node.tag in ("b", "strong") or _BOLD_STYLE.search(node.get("style") or ""):
            return True
    return False


_STYLED = etree.XPath("/descendant::*[@style][self::div or self::p or self::span or self::td or self::strong]")
# A heading's size: 22px and more, 1.4em/rem and more, x-large.
_HEADING_SIZE = re.compile(r"font-size\s*:\s*(?:(?:2[2-9]|[3-9]\d)(?:\.\d+)?px|(?:1\.[4-9]|[2-4](?:\.\d+)?)r?em"
                           r"|x+-large)", re.I)


def _capitals(text: str) -> bool:
    """Whether ``text`` is written in capitals (a banner's name, a slogan): most of its letters."""
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) > 0.8 * len(letters)


_SIZED = etree.XPath("/descendant::font[@size]")
_FONT_SIZE = re.compile(r"^\s*([+-]?)([1-7])\s*$")


def _font_heading(font: html.HtmlElement) -> bool:
    """Whether a legacy page's ``<font size>`` sets a heading: size 5 and more (24px), or 4
    (18px) in bold; a relative size from the default 3 alike."""
    size = _FONT_SIZE.match(font.get("size") or "")
    if not size:
        return False
    sign, value = size.groups()
    level = 3 + int(value) if sign == "+" else 3 - int(value) if sign == "-" else int(value)
    return level >= 5 or level == 4 and (_emphasised(font)
                                         or any(a.tag in ("b", "strong") for a in font.iterancestors()))


def _styled_headings(tree: html.HtmlElement, site: set[str]) -> list[html.HtmlElement]:
    """Blocks a page builder sets in a heading's size (an inline ``font-size`` of 22px and more)
    that read as a title: short, not a link, not the site's name (in the banner), not a box
    heading, no sentence. A line in capitals (a banner's name, a slogan) only where no other is,
    and only with a date line after it and the story's prose: a headline typed in capitals,
    taken as printed."""
    found: list[html.HtmlElement] = []
    capitals: list[html.HtmlElement] = []
    for el in [*_STYLED(tree), *_SIZED(tree)]:
        if not (_font_heading(el) if el.tag == "font" else _HEADING_SIZE.search(el.get("style") or "")):
            continue
        text = clean.text_of(el)
        if 10 <= len(text) <= 300 and not text.endswith(".") and fold(text) not in site \
                and not _links_away(el) and not clean.is_box_heading(text) and not _in_banner(el):
            (capitals if _capitals(text) else found).append(el)
    if found or not capitals:
        return found
    # Only lines in capitals: a banner's name or slogan, or a headline typed so. The headline is
    # the one a date line follows at once with the story's prose after it, the last such.
    dated = [el for el in capitals if _dated_next(el) and _prose_distance(el) <= 1]
    return dated[-1:]


def _dated_next(el: html.HtmlElement) -> bool:
    """Whether one of the two blocks after ``el`` is a short line with a date. A line alone in
    its frame (a site builder's text box, ``<div><p><span>…</span></p></div>``, placed by
    position) has its date line in the next frame: the blocks after its frame count then."""
    line = clean.text_of(el)
    while True:
        for sibling in islice((s for s in el.itersiblings() if isinstance(s.tag, str)), 2):
            text = clean.text_of(sibling)
            if len(text) <= 150 and _DIGIT.search(text) and parse_vietnamese_date(text):
                return True
        up = el.getparent()
        if up is None or up.tag not in ("p", "div", "td") or clean.text_of(up) != line:
            return False
        el = up


_FOLLOWING_ALL = etree.XPath("following::*")


def _follows(first: html.HtmlElement, el: html.HtmlElement) -> bool:
    """Whether ``el`` comes after ``first`` in the page (inside it or after it)."""
    return el in first.iterdescendants() or el in _FOLLOWING_ALL(first)


_PRECEDING_PARAGRAPHS = etree.XPath("preceding::*[self::p or self::div or self::td or self::blockquote]")
_HEADING_REACH = 300      # prose before the headline (a teaser, a notice) beyond which the story has begun
# Old CMSs, WYSIWYG paste and page builders write paragraphs without <p>: text in a <div> or
# <td>, or runs of text<br><br>text. Their loose text (not their blocks', not their links') is prose.
_LOOSE_PROSE = ("div", "td", "blockquote")


def _prose_text(el: html.HtmlElement, wrapped: bool = False) -> str:
    """The prose ``el`` holds as a paragraph: a <p>'s text when links are under 30% of it, the
    loose text of a <div>, <td> or <blockquote> (its own text between its children).
    ``wrapped``: also a <div>'s text held in inline elements only (a site builder's rich text
    line, ``<div><span><span>…</span></span></div>``), as a <p>'s."""
    if el.tag == "p" or wrapped and clean.is_leaf_block(el):
        text = clean.text_of(el)
        return text if clean.link_text_len(el) < 0.3 * len(text) else ""
    return squash(" ".join(t for t in (el.text, *(c.tail for c in el)) if t))


def _paragraphs_in(el: html.HtmlElement, wrapped: bool = False) -> Iterator[str]:
    """The prose of ``el`` and of each paragraph in it (``_prose_text``)."""
    for node in el.iter("p", *_LOOSE_PROSE):
        text = _prose_text(node, wrapped)
        if text:
            yield text


def _prose_before(el: html.HtmlElement, wrapped: bool = False) -> int:
    """Characters of prose paragraphs anywhere before ``el`` in the page."""
    total = 0
    for p in _PRECEDING_PARAGRAPHS(el):
        text = _prose_text(p, wrapped)
        if len(text) >= 80:
            total += len(text)
            if total >= _HEADING_REACH:
                break
    return total


_BANNER = re.compile(r"(^|[\s_-])(site-?header|banner|masthead|logo|brand|top-?bar)($|[\s_-])|^\s*header\s*$", re.I)
_STORY_TAGS = frozenset({"article", "main"})


def _in_banner(el: html.HtmlElement) -> bool:
    """Inside the page's banner (the site's header, not a story's <header class="entry-header">):
    a role=banner, a block named for the site's header, logo or brand, or a <header> outside
    any <article> or <main>."""
    ancestors = [a for a in el.iterancestors() if a.tag not in ("body", "html")]
    in_story = any(a.tag in _STORY_TAGS for a in ancestors)
    return any(a.get("role") == "banner" or _BANNER.search(a.get("class", "")) or _BANNER.search(a.get("id", ""))
               or (a.tag == "header" and not in_story) for a in ancestors)


def _nearest(found: list[html.HtmlElement]) -> html.HtmlElement:
    """Of the elements above the story, the one nearest its prose: the closest followed, then
    the last in the page (a portlet's title stands above the headline, with it), not a lead."""
    best = min(_prose_distance(el) for el in found)
    near = [el for el in found if _prose_distance(el) == best]
    titles = [el for el in near if len(clean.text_of(el)) <= 200 and not clean.text_of(el).endswith(".")]
    return (titles or near)[-1]


def _after_prose(el: html.HtmlElement, reach: int = 12, wrapped: bool = False) -> bool:
    """Whether a paragraph of story prose comes just before ``el`` (or before its parent):
    a sub-heading inside the body, not the headline above it."""
    node = el
    for _level in range(2):
        for sibling in islice(node.itersiblings(preceding=True), reach):
            if not isinstance(sibling.tag, str):
                continue
            if any(len(text) >= 80 for text in _paragraphs_in(sibling, wrapped)):
                return True
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            break
    return False


def _holds_title(key: str, declared: list[str]) -> bool:
    """Whether a block's text holds a declared title as most of it (the page's headline, a link's
    shorter wording of it inside); not a block a longer title holds (a list's cell, the link's
    "Chỉ thị 05/CT-UBND về …" for the cell's "Về …")."""
    return any(d in key and len(d) >= 0.6 * len(key) for d in declared)


def _agreement(key: str, declared: list[str]) -> int:
    """2: the text is a declared title; 1: most of one; 0: neither."""
    best = 0
    for d in declared:
        if key == d:
            return 2
        if (key in d or d in key) and min(len(key), len(d)) >= 0.6 * max(len(key), len(d)):
            best = 1
    return best


def _links_away(el: html.HtmlElement) -> bool:
    """A heading whose text is a link (to the home page, a section): a site title or a teaser."""
    text = clean.text_of(el)
    return bool(text) and clean.link_text_len(el) >= 0.8 * len(text) \
        or any(a.tag == "a" and a.get("href") for a in el.iterancestors())


def _prose_distance(el: html.HtmlElement, reach: int = 12, wrapped: bool = False) -> int:
    """How far up from ``el`` the story's prose follows it: 0 among its own next siblings,
    1 after its parent, 2 after its grandparent, 3 not at all."""
    node = el
    for level in range(3):
        total = 0
        for sibling in islice(node.itersiblings(), reach):
            if not isinstance(sibling.tag, str):
                continue
            total += sum(len(text) for text in _paragraphs_in(sibling, wrapped) if len(text) >= 40)
            if total >= 200:
                return level
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            break
    return 3


# After a section's linked name that opens a headline's block: the mark that parts them.
_SECTION_MARK = re.compile(r"\s*[:»›>|–—-]\s+")


def _section_led(headline: html.HtmlElement, meta: PageMeta) -> str | None:
    """The headline after the section's linked name that opens its block ("<a>Tin tức - Sự
    kiện</a> : Headline", XOOPS's news item title), when the page declares it so (``<title>``'s
    part, og:title, JSON-LD); else None."""
    while len(headline) == 1 and headline[0].tag != "a" and not squash(headline.text) \
            and not squash(headline[0].tail):
        headline = headline[0]   # the block's one inline element holds it all
    first = headline[0] if len(headline) else None
    if first is None or first.tag != "a" or squash(headline.text) or next(first.itersiblings("a"), None) is not None:
        return None
    text, label = clean.text_of(headline), clean.text_of(first)
    mark = _SECTION_MARK.match(text[len(label):]) if label and text.startswith(label) else None
    rest = text[len(label) + mark.end():] if mark else ""
    declared = {fold(t) for t in (meta.headline, meta.og_title) if t} | set(_title_parts(meta.title_tag))
    return rest if len(rest) >= 10 and fold(rest) in declared else None


def _title(headline: html.HtmlElement | None, meta: PageMeta, named: frozenset[str] = frozenset()) -> str | None:
    if headline is not None:
        led = _section_led(headline, meta)
        if led:
            return led
        if len(headline) and headline.find(".//br") is not None:
            # "Lễ hội 30/4<br>sôi động tại …": the lines of a headline broken for its layout are
            # one title, a space where the break was (``text_content`` glues them: "30/4sôi").
            return " ".join(clean.block_lines(headline)) or clean.text_of(headline)
        return _unbadged_title(headline, meta) or _unlabelled_title(clean.text_of(headline), meta)
    if meta.headline or meta.og_title:
        return meta.headline or meta.og_title
    title = meta.title_tag
    if not title or fold(title) in named:
        return None   # the site's name (``_chrome_names``): a home page, a page without a headline
    # "Headline - Báo Lạng Sơn" → the longest part that is not the site's name is the headline.
    parts = [p.strip() for p in _TITLE_SEPARATOR.split(title) if p.strip() and fold(p) not in named]
    return max(parts, key=len) if parts else None


_KIND_TAG = re.compile(r"^\s*\[[^\[\]]{1,20}\]\s*(?P<rest>\S.*)$")
_HEADLINE_WORDS = 5   # words of a headline after its tag or kicker, at least
# A kicker before a colon, a few words ("Thông báo: …", "Video: …", "Infographic:…").
_KICKER = re.compile(r"^\s*[^\W\d_][^\W\d_]*(?: [^\W\d_]+){0,2}\s*:\s*(?P<rest>\S.*)$")


_BADGE_TAGS = frozenset({"span", "em", "i", "strong", "b", "small", "label", "mark", "sup"})
_BADGE_CHARS = 20   # characters of a badge at most ("TRỰC TIẾP", "MỚI", "Video")


def _unbadged_title(headline: html.HtmlElement, meta: PageMeta) -> str | None:
    """The headline after the badge opening it (``<h1><span>TRỰC TIẾP</span> Trực tiếp: …</h1>``,
    a live page's or a video's mark), where the page declares the rest as its title (og:title,
    JSON-LD, a part of ``<title>``); else None."""
    first = headline[0] if len(headline) else None
    if first is None or not isinstance(first.tag, str) or first.tag not in _BADGE_TAGS or len(first) \
            or (headline.text or "").strip():
        return None
    badge = clean.text_of(first)
    rest = squash(first.tail or "") if len(headline) == 1 else ""
    if not badge or len(badge) > _BADGE_CHARS or not rest:
        return None
    return rest if _declared(rest, meta) else None


def _unlabelled_title(title: str, meta: PageMeta) -> str:
    """The headline without the kind a paper tags it with in brackets ("[Ảnh] Sắc màu …",
    "[Video] …", "[Infographic] …") or a kicker before a colon ("Thông báo: …"), where the page
    declares it without them (its og:title, JSON-LD headline or a part of <title>): they mark
    the story's form, not its title."""
    tagged = _KIND_TAG.match(title) or _KICKER.match(title)
    if not tagged or len(tagged.group("rest").split()) < _HEADLINE_WORDS:
        return title   # "Danh mục: Tin tức", "Tác giả: admin": a listing's name, all of it
    return tagged.group("rest") if _declared(tagged.group("rest"), meta) else title


def _declared(title: str, meta: PageMeta) -> bool:
    """Whether the page declares ``title`` word for word: its JSON-LD headline, og:title or a
    part of its ``<title>`` (folded)."""
    key = fold(title)
    return any(d and fold(d.strip()) == key
               for d in (meta.headline, meta.og_title, *_TITLE_SEPARATOR.split(meta.title_tag or "")))


def _title_source(meta: PageMeta) -> str:
    return "json-ld" if meta.headline else ("og:title" if meta.og_title else "<title>")


# Plain strings, and descendant:: (the same nodes as "//body//text()"), for less work in C.
_SLASHED = etree.XPath("/descendant::body/descendant::text()[contains(., '/')]", smart_strings=False)
_TIMED = etree.XPath("/descendant::body/descendant::time[@datetime][contains(., '/')]")
# hAtom's entry dates and the value-class pattern's machine-readable value: an <abbr> (or a
# <span class="value-title">) whose title is an ISO 8601 time, named "published" or "updated"
# itself or inside an element so named (SPIP's "<abbr class="published" title="2024-05-16T02:20:00Z">
# 16/05/2024</abbr>", WordPress themes of the microformats era, hCalendar's "value" abbr).
# Two walks by name (libxml2 tests a name step fast, a self:: predicate slowly), in the page's order.
_MICROFORMAT_VALUES = etree.XPath(
    "/descendant::body/descendant::span[@title] | /descendant::body/descendant::abbr[@title]")
_ENTRY_DATE = re.compile(r"(?:^|\s)(?:published|updated)(?:\s|$)")
_EVENT_TIME = re.compile(r"(?:^|\s)(?:dtstart|dtend)(?:\s|$)")   # The Events Calendar's "published dtstart"
_VALUE_CLASS = re.compile(r"(?:^|\s)value(?:-title)?(?:\s|$)")
_ISO_VALUE = re.compile(r"\s*(?:19|20)\d{2}-[01]\d-[0-3]\d(?:[T ][0-2]\d:[0-5]\d.*)?\s*")


def _microformat_times(tree: html.HtmlElement) -> None:
    """Rewrite microformats' machine-readable dates as ``<time datetime>``, so that every rule
    that reads a page's ``<time>`` (the date by the headline, a teaser's, a comment's stamp)
    reads them alike. A value-class element takes its holder's name: an update's stays one."""
    for el in _MICROFORMAT_VALUES(tree):
        name = el.get("class") or ""
        value = el.get("title") or ""
        if not _ISO_VALUE.fullmatch(value):
            continue
        if _VALUE_CLASS.search(name):
            holder = el.getparent()
            if holder is None or not _ENTRY_DATE.search(holder.get("class") or ""):
                continue
            name = f"{holder.get('class')} {name}"
        elif el.tag != "abbr" or not _ENTRY_DATE.search(name):
            continue
        if _EVENT_TIME.search(name):
            continue   # an event's start or end, whatever else it is named: no publication
        el.tag = "time"
        el.set("class", name)
        el.set("datetime", value.strip())
        del el.attrib["title"]


def _swapped(day: str) -> str:
    """The ISO day ``day`` names with its month and day swapped (a numeric date read the other way)."""
    return f"{day[:4]}-{day[8:10]}-{day[5:7]}"


def _ambiguous(day: str) -> bool:
    """A day whose numeric form reads two ways (6/10 and 10/6)."""
    month, date = int(day[5:7]), int(day[8:10])
    return month != date and date <= 12


def _find_date(meta: PageMeta, headline: html.HtmlElement | None, zone: list,
               url: str | None, month_first: bool = False,
               body: html.HtmlElement | None = None,
               own_urls: tuple[str, ...] = (), base: str = "") -> tuple[str | None, str]:
    """The article's own date and how it was found.

    A machine-readable date of the article (JSON-LD, meta, microdata, a
    ``<time datetime>`` by the headline) comes first, then the date printed
    by the headline (else a labelled date line opening the ``body``: ``_date_opening``),
    then the URL's day, then the time the page's script data gives (``_script_date``, read
    only when nothing machine-readable dates the page); a modification date never stands
    alone. A date without a time takes a later candidate's time on the same day, else the
    modification's (not when the metadata wrote the publication's day as a midnight: a static
    site's build dates the post, its repository's commit the modification), else the time of
    the permalink after the body (``_permalink_time``; the page's ``own_urls``, links read
    against ``base``), else the poster's line's after it (``_clock_after_body``).
    """
    machine = _midnight_as_day(meta.published, zone, meta.published_midnight)
    if machine and len(machine) > 10:
        instant = _instant_of_local_clock(machine, zone)
        if instant:
            return instant, "time"
        return machine, meta.published_by   # to the minute already: nothing printed can add to it
    printed, printed_by = _date_near_headline(zone, month_first)
    if printed is None and headline is not None:
        printed, printed_by = _date_above(headline, month_first)
    if printed is None and body is not None:
        printed, printed_by = _date_opening(body, month_first)
    candidates = [(machine, meta.published_by), (printed, printed_by), (date_from_url(url), "url"),
                  (meta.script_published, "script")]
    found = [(d, by) for d, by in candidates if d]
    if not found:
        return None, ""   # a modification date alone is not the publication date
    day, by = found[0]
    if len(day) == 10:
        # (a publication's midnight, in any zone's clock, is that day's: the edit's time is another moment's)
        midnight = meta.published_midnight or (by == meta.published_by and len(meta.published or "") > 10
                                               and not meta.published_naive)   # a .NET DateTime's day is naive
        modified = "" if midnight else _midnight_as_day(meta.modified, zone, meta.modified_midnight) or ""
        for other, other_by in [*found[1:], (modified, "modified")]:
            if len(other) > 10 and other[:10] == day:
                return other, other_by
        if by == "printed":
            # The day over the post, its time after the body: the permalink's, else the poster's line's.
            timed = (base and _permalink_time(body, day, own_urls, base)) or _clock_after_body(headline, body, day)
            if timed:
                return timed, by
    return day, by


_POSTED_AT = 4   # blocks after the body where a post's footer prints its time


def _permalink_time(body: html.HtmlElement | None, day: str, own_urls: tuple[str, ...],
                    base: str) -> str | None:
    """The day printed alone (a blog's day heading over its posts: "Wednesday, October 28. 2026")
    at the time the post's footer prints as the link to the post itself ("Posted by … at <a
    href="/archives/20-….html">16:00</a>", Serendipity's, many blog engines'): the permalink
    names the post's own moment. Only a link to this page (no fragment: a comment's permalink is
    "#c12"), its text a time and nothing more, in a short line closing the body or right after it."""
    if body is None:
        return None
    own = {canonicalize(u) for u in own_urls}
    wrapper = body.getparent()
    after = list(body.itersiblings())[:_POSTED_AT]
    if wrapper is not None and len(wrapper) == 1 and wrapper.tag not in ("body", "html"):
        after += list(wrapper.itersiblings())[:_POSTED_AT]
    for el in [*list(body)[-3:], *after]:
        if not isinstance(el.tag, str) or len(clean.text_of(el)) > 200:
            continue
        for link in el.iter("a"):
            href = (link.get("href") or "").strip()
            clock = clean.text_of(link)
            if "#" in href or not clock or not dates.a_time_alone(clock) \
                    or canonicalize(href, base=base) not in own:
                continue
            found = parse_vietnamese_date(f"{day[8:10]}/{day[5:7]}/{day[:4]} {clock}")
            if found and len(found) > 10 and found[:10] == day:
                return found
    return None


def _instant_of_local_clock(machine: str, zone: list) -> str | None:
    """The ``<time datetime>`` by the headline when the metadata's time (``machine``) is the same
    moment's local clock written with a false "Z": the metadata is later by exactly Vietnam's
    offset ("2026-10-08T06:30:00Z" in a Shopify theme's JSON-LD for the <time>'s
    "2026-10-07T23:30:00Z"). Not when the <time> gives no zone, no time, or prints the day the
    metadata's reading names and not its own; None then."""
    found, raw = _machine_time(zone)
    if not found or len(found) <= 10 or not raw or dates.zoneless_time(raw) or dates.midnight_day(raw):
        return None
    try:
        if datetime.fromisoformat(machine) - datetime.fromisoformat(found) != dates.VIETNAM.utcoffset(None):
            return None
    except (ValueError, TypeError):   # a value fromisoformat cannot read, or one without a zone
        return None
    printed = next((parse_vietnamese_date(clean.text_of(t)) for el in zone if el is not _BODY_END
                    for t in ([el] if el.tag == "time" else el.iter("time")) if t.get("datetime") == raw), None)
    if printed and printed[:10] == machine[:10] != found[:10]:
        return None   # the page prints the metadata's day: its clock is right, the <time>'s zone wrong
    return found


def _own_date_line(zone: list, published: str) -> bool:
    """Whether a short line by the headline prints the page's date (``published``), bare or
    labelled as a story's ("Cập nhật:", "Ngày đăng:"): not an event's time or a document's date
    in a field ("Thời gian: …", a definition's or a table's cell, the value after a label)."""
    for el in zone:
        if el is _BODY_END:
            return False
        if el.tag != "time" and not clean.is_leaf_block(el):
            continue
        text = clean.text_of(el)
        if not text or len(text) > 80:
            continue
        found = parse_iso_date(el.get("datetime") or "") if el.tag == "time" else parse_vietnamese_date(text)
        if not found or found[:10] != published[:10] or el.tag in ("dd", "td") \
                or any(a.tag in ("dd", "td") for a in el.iterancestors()):
            continue   # not the date, or a definition's or a table's cell
        around = clean.short_text(el.getparent(), detect.SPAN_LINE) if el.getparent() is not None else None
        if detect.time_span(text) or (around is not None and detect.time_span(around)):
            continue   # the start of an event's span of time ("14/6/2024 - 16/6/2024")
        label = text.split(":", 1)[0] if ":" in text else ""
        if label and not _DIGIT.search(label) and not clean.story_line(label):
            continue   # "Thời gian: 08:00, 25/03/2024": a field's value
        holder = el if el.tag != "time" else el.getparent()
        before = holder.getprevious() if holder is not None else None
        if before is not None and isinstance(before.tag, str) and len(clean.text_of(before)) <= 40 \
                and not clean.story_line(clean.text_of(before)) \
                and (before.tag in ("dt", "th", "label") or "label" in clean.classes(before).lower()
                     or clean.text_of(before).endswith(":")):
            continue   # the value of a field whose label stands before it
        return True
    return False


# The label of the day a page was last changed, no day it was published: a manual's, a wiki's.
_REVISED = re.compile(r"\W*(cap nhat lan cuoi|lan cap nhat cuoi|sua doi lan cuoi|chinh sua lan cuoi|"
                      r"last updated|last modified|last edited)\b")


def _revision_only(zone: list, published: str) -> bool:
    """Whether every short line that prints the page's date labels it the day the page was
    last revised ("Cập nhật lần cuối: 15/3/2026", or that label as the ``title`` of the icon
    before the day), as a documentation or a wiki page prints its revision; a story's date line
    labels its day as published, or not at all ("Ngày đăng: …", a bare day)."""
    seen = False
    for el in zone:
        if el is _BODY_END or not isinstance(el.tag, str) or el.tag != "time" and not clean.is_leaf_block(el):
            continue
        text = clean.text_of(el)
        if not text or len(text) > 80:
            continue
        found = parse_iso_date(el.get("datetime") or "") if el.tag == "time" else parse_vietnamese_date(text)
        if not found or found[:10] != published[:10]:
            continue
        line = el.getparent() if el.getparent() is not None else el
        labels = [clean.short_text(line, detect.SPAN_LINE) or text,
                  *(e.get("title") or "" for e in line.iter() if e is not el and isinstance(e.tag, str))]
        if not any(_REVISED.match(fold(squash(label))) for label in labels):
            return False
        seen = True
    return seen


def _naive_time(published: str, zone: list, fed_date: str | None, month_first: bool,
                site_utc: bool) -> tuple[str, bool | None]:
    """A machine-readable time written with no zone (metadata, the ``<time datetime>`` by the
    headline), read as Vietnam's as most Vietnamese CMSs write it,
    unless another source says its clock is UTC's: the page prints the UTC reading's time, the
    feed gives the UTC reading's moment with its zone, or the page prints the UTC reading's day
    (with no time) and not the other's; without a word either way, the site's other pages (``site_utc``).
    The time the page prints comes first: it is what the site's readers see, where a feed's zone
    may be wrong (.NET's "r" format writes "GMT" after a local time). Returns the time and what
    the page's own sources told (None: nothing)."""
    utc = dates.as_utc(published)
    told = None
    printed, by = _date_near_headline(zone, month_first)
    if by == "time" and printed == published:
        # A <time datetime> that repeats the zone-less value says nothing more: what the page
        # prints does ("08/10/2024 09:30" as the <time>'s own text, the local reading's clock).
        printed, by = _date_near_headline(zone, month_first, machine=False)
    if printed and len(printed) > 10 and printed in (utc, published):
        told = printed == utc
    elif fed_date in (utc, published):
        told = fed_date == utc
    elif printed and len(printed) <= 10 and utc[:10] != published[:10] and printed in (utc[:10], published[:10]):
        told = printed == utc[:10]   # a day alone: a time that is neither reading's is another moment (an update)
    return (utc if (site_utc if told is None else told) else published), told


def _colon_after_label(line: re.Match) -> bool:
    """Whether a source line (``_SOURCE_LINE``) puts a colon after its label, however long the
    label ("Nguồn:", "Nguồn tin:", "Theo nguồn tin:")."""
    return any(c in line.string[line.end(1):line.start(2)] for c in ":：")


def _names_source(line: re.Match) -> bool:
    """Whether a source line (``_SOURCE_LINE``) names a source: after "Nguồn:" whatever it says;
    after "Theo" alone a name ("Báo Thanh Hóa", "TTXVN", "baothanhhoa.vn"), no sentence or note."""
    value = line.group(2).strip()
    if _colon_after_label(line):
        return True
    if not (value[:1].isupper() or value[:1].isdigit() or _DOMAIN.fullmatch(value) or clean.is_outlet(value)):
        return False
    return not any(not m.group("word") or m.group("word").islower() for m in _CLAUSE.finditer(value))


def _midnight_as_day(value: str | None, zone: list, day: str | None = None) -> str | None:
    """A machine-readable time of exactly midnight ("2024-03-18T00:00:00", a .NET DateTime that
    holds a day) is no time unless the page prints it: then only the day. ``day``: the value's
    day when its clock read midnight in another zone (a static-site generator's UTC midnight,
    07:00 in Vietnam: ``dates.midnight_day``)."""
    if not value or (day is None and value[10:19] != "T00:00:00"):
        return value
    for el in zone:
        text = clean.text_of(el) if el is not _BODY_END else ""
        if text and len(text) <= 200 and (parse_vietnamese_date(text) or "").startswith(value[:16]):
            return value   # the page prints that time ("00:00"): published then
    return day or value[:10]


_BODY_END = html.Element("hr")   # in a zone: what follows is after the body


def _credits_beside_body(body: html.HtmlElement) -> list:
    """Credit lines a page types in its body or boxes apart after it, where the headline's zone
    does not reach: the body's first paragraph ("<p><em>Bài và ảnh: Nguyễn Hà My</em></p>"), and
    the lines of a block of short lines after the body (an e-magazine's "Thực hiện: …",
    "Trình bày: …"), no links (a box of teasers)."""
    first = next((el for el in body if isinstance(el.tag, str) and clean.text_of(el)), None)
    lines = [first] if first is not None and clean.is_leaf_block(first) else []
    if first is not None and not lines and _short_lines(first):
        lines.extend(el for el in first if isinstance(el.tag, str))   # an e-magazine's opening credits
    end = body
    for _ in range(_CREDITS_CLIMB):
        # A section of the story (an e-magazine's, found the densest), the last or followed by
        # its sections alike only: the credits follow the block that holds them.
        parent = end.getparent()
        shape = (end.tag, end.get("class"))
        if parent is None or parent.tag in ("body", "html") \
                or any(isinstance(el.tag, str) and (el.tag, el.get("class")) != shape and clean.text_of(el)
                       for el in end.itersiblings()):
            break
        end = parent
    for sibling in list(end.itersiblings())[:2]:
        if _short_lines(sibling):
            lines.extend(el for el in sibling if isinstance(el.tag, str))
    return lines


_CREDITS_CLIMB = 2   # levels above the body the credits' block may follow, the body its last


def _short_lines(block: html.HtmlElement) -> bool:
    """Whether ``block`` is two to four short lines and nothing else, no link (a credits block,
    not a box of teasers)."""
    children = [el for el in block if isinstance(el.tag, str)]
    return 2 <= len(children) <= 4 and len(clean.text_of(block)) <= 200 and next(block.iter("a"), None) is None \
        and all(clean.is_leaf_block(el) and clean.text_of(el) for el in children)


def _headline_zone(headline: html.HtmlElement | None, body: html.HtmlElement | None) -> list:
    """Where a page prints the article's date and credits: by the headline, before the body
    (its siblings, its parent's and grandparent's near siblings), and at the body's end."""
    zone: list = []
    if headline is not None:
        # Everything between the headline and the body, in document order.
        for el in clean.FOLLOWING(headline):
            if el is body:
                break
            if body is None or body not in el.iterdescendants():
                zone.append(el)
        # Siblings after the headline up to the body, then the headline's
        # parent and grandparent (some templates print the date above it).
        for sibling in headline.itersiblings():
            zone.append(sibling)
            if body is not None and (sibling is body or body in sibling.iterdescendants()):
                break
        zone.extend(headline.itersiblings(preceding=True))
        parent = headline.getparent()
        if parent is not None and parent.tag not in ("body", "html"):
            zone.extend(el for el in parent.iter() if el is not headline)
            grand = parent.getparent()
            if grand is not None and grand.tag not in ("body", "html"):
                zone.extend(el for el in grand if el is not parent)
            # A cover block around the headline, the credits and date in the next block.
            for ancestor in (parent, grand):
                if ancestor is None or (body is not None and body in ancestor.iterdescendants()):
                    break   # the article's own container: what is beside it is the page's, not a cover's
                for sibling in list(ancestor.itersiblings())[:2]:
                    if body is not None and (sibling is body or body in sibling.iterdescendants()):
                        break
                    zone.extend(sibling.iter())
    zone.append(_BODY_END)
    if body is not None:
        # Government portals print "Ngày đăng" under the body.
        zone.extend(list(body)[-3:])
        zone.extend(body.itersiblings())
        # A layout table's row after the body's ("Posted by … on 22-11-2024 09:14" in the next
        # <tr>): the siblings of the wrappers that hold the body alone.
        wrapper = body.getparent()
        for _ in range(2):
            if wrapper is None or wrapper.tag in ("body", "html") or len(wrapper) != 1 \
                    or squash(wrapper.text) or squash(body.tail):
                break
            zone.extend(wrapper.itersiblings())
            body, wrapper = wrapper, wrapper.getparent()
    memo: dict = {}
    # Once before the body's end and once after it: a headline's parent that holds the body
    # (the story's column) lists its blocks after the body before the end as well, and what
    # reads the lines after the body (a source's, a signature's) finds them there.
    end = zone.index(_BODY_END)
    return [el for el in [*dict.fromkeys(zone[:end]), _BODY_END, *dict.fromkeys(zone[end + 1:])]
            if el is _BODY_END or (isinstance(el.tag, str) and el.tag != "a" and not _in_teaser(el, None, memo))]


def _machine_time(zone: list) -> tuple[str | None, str | None]:
    """The first ``<time datetime>`` of a zone that is no modification's: the time it gives
    (a day alone for a midnight the page never prints) and its attribute as written."""
    for el in zone:
        if el is _BODY_END:
            continue
        for t in ([el] if el.tag == "time" else el.iter("time")):
            value = t.get("datetime")
            if value and not _modified_only(t):
                found = _midnight_as_day(parse_iso_date(value), zone, dates.midnight_day(value))
                if found:
                    return found, value
    return None, None


def _date_near_headline(zone: list, month_first: bool = False, machine: bool = True) -> tuple[str | None, str]:
    """The date printed with the article: between headline and body, never in the site header.

    A ``<time datetime>`` (or an element named for the published date) there
    is read by its machine-readable value (unless ``machine`` is false: what the page prints
    alone); other short elements by their text.
    """
    if machine:
        found = _machine_time(zone)[0]
        if found:
            return found, "time"
    # Elements named for dates first, then any short element of the zone.
    end = zone.index(_BODY_END) if _BODY_END in zone else len(zone)
    before, after = zone[:end], zone[end + 1:]
    named = [el for el in before if _DATE_CLASS.search(clean.classes(el)) and not _modified_only(el)]
    for part, teasers_possible in ((named, True), (before, True), (after, False)):
        first, first_el, days, looked, dated = None, None, set(), 0, []
        for el in part:
            text = clean.text_of(el)
            if not text or len(text) > 200:
                continue
            # a sentence of prose counts as looked at, as before, but its dates are what it tells
            found = None if _prose_sentence(text) else parse_vietnamese_date(text, month_first=month_first)
            found = _with_time_beside(el, text, found, month_first)
            if found and not teasers_possible:
                return found, "printed"
            if found:
                first, first_el = (first, first_el) if first else (found, el)
                if clean.is_leaf_block(el) and not _OTHER_DAY.match(fold(dates.before_date(text) or "")):
                    days.add(found[:10])
                    dated.append((el, found[:10]))
            looked += first is not None
            if len(days) >= 3:
                # a list of dated teasers before the body, not one article's date line; unless the
                # first date stands on its own and the others in the list's items (a video page's
                # meta line, its playlist of earlier episodes under it)
                if not _in_run(first_el) and all(_in_run(d) for d, day in dated if day != (first or "")[:10]):
                    return first, "printed"
                return None, ""
            if looked > 12:
                break
        if first:
            return first, "printed"
    return None, ""


# A lone time of day on a post's meta line, as a poster's line prints it under a post whose day
# heads it: "Đăng bởi admin lúc 08:30:00 trong …", "Posted by Lan at 7:45 PM".
_POSTER_CLOCK = re.compile(r"(?:^|\s)(?:vào lúc|lúc|at)\s+"
                           r"([0-2]?\d:[0-5]\d(?::[0-5]\d)?(?:\s*(?:AM|PM|SA|CH)\b)?)(?![\d/:])", re.I)
_META_CLOCK_LINE = 150   # characters of such a meta line


def _clock_after_body(headline: html.HtmlElement | None, body: html.HtmlElement | None, day: str) -> str | None:
    """``day`` (ISO, printed over the post) at the time the post's own meta line after its body
    prints alone (``_POSTER_CLOCK``, no date of its own), in the wrapper that holds the headline and
    the body (the post's), before its readers' comments; else None."""
    if headline is None or body is None:
        return None
    entry = next((up for up in body.iterancestors() if any(a is up for a in headline.iterancestors())), None)
    if entry is None or entry.tag in ("body", "html"):
        return None
    up = body
    while up is not None and up is not entry:
        for sibling in up.itersiblings():
            if not isinstance(sibling.tag, str) or clean.THREAD.search(clean.classes(sibling)):
                return None   # the readers' comments: their times are theirs
            for el in sibling.iter():
                if not isinstance(el.tag, str) or not clean.is_leaf_block(el) and el is not sibling:
                    continue
                text = clean.text_of(el)
                if not text or len(text) > _META_CLOCK_LINE or not (found := _POSTER_CLOCK.search(text)) \
                        or parse_vietnamese_date(text):
                    continue
                y, m, d = day.split("-")
                both = parse_vietnamese_date(f"{d}/{m}/{y} {found.group(1)}")
                return both if both and both[:10] == day else None
        up = up.getparent()
    return None


def _with_time_beside(el: html.HtmlElement, text: str, found: str | None, month_first: bool) -> str | None:
    """A day printed in one element and its time in the element beside it (``<span
    class="date">12/11/2024</span><span class="time">09:30</span>``, a meta list's two items):
    one moment, as one element printing both would say."""
    if not found or len(found) > 10:
        return found
    for other, after in ((el.getnext(), True), (el.getprevious(), False)):
        if other is None or not isinstance(other.tag, str):
            continue
        clock = clean.text_of(other)
        if clock and dates.a_time_alone(clock):
            both = parse_vietnamese_date(f"{text} {clock}" if after else f"{clock} {text}", month_first=month_first)
            if both and len(both) > 10 and both[:10] == found[:10]:
                return both
    return found


# The labels of a thread's days that are no post's: the day a post was last edited ("Sửa lần
# cuối bởi … vào ngày …", "Last edited by …") and the day its writer joined the board ("Ngày tham
# gia:", "Joined:"). Folded, the words before the date. A thread's page prints them by each post:
# they make no list of dated teasers.
_OTHER_DAY = re.compile(r"\W*(sua lan cuoi|sua doi lan cuoi|chinh sua lan cuoi|cap nhat lan cuoi|"
                        r"lan sua cuoi|last edited|last updated|last modified|ngay tham gia|tham gia ngay|"
                        r"joined|join date|member since|thanh vien tu)\b")


_PROSE_WORDS = 12   # words beside a date's, past which a line ending a sentence is prose


def _prose_sentence(text: str) -> bool:
    """A sentence of prose, no date line: a sapo by the headline ("Hướng tới kỷ niệm 94 năm
    Ngày thành lập Đoàn (26/3/1931 - 26/3/2025), Liên đội … tổ chức hội trại …"), whose dates
    are the events it tells of. A date line holds labels, a name, a count of views, not a
    dozen words ending with a stop."""
    if not clean.ends_sentence(text):
        return False
    return sum(word not in _DATE_WORDS for word in _WORD.findall(text.lower())) >= _PROSE_WORDS


_APART_TAGS = clean._BLOCK_TAGS | {"time", "small"}   # what sets a date apart on a line of its own


def _date_line_out(headline: html.HtmlElement) -> None:
    """Move a date line the headline's block holds out of it, to right after it: a CMS prints
    the headline and its date line in one title block (a date ``<span class="date">`` inside
    the ``<h2>``, a ``<div>`` beside the ``<h2>`` in the block, a run after a ``<br>``); the
    headline's text is its words alone, and the date line dates the page as one under it would.
    Only a line set apart by the markup (a block, a ``<time>``, an element named for a date, a
    ``<br>``), opening or closing the block and holding a date and nothing more (``_bare_date``,
    ``_date_line``): a date among the headline's words ("Lễ hội 30/4 …", "Ngày 5/12: …") is
    part of them."""
    def dated(text: str) -> bool:   # a line opening or closing the block, its words left
        text, whole = squash(text), squash(headline.text_content())
        return bool(text) and (whole.startswith(text) or whole.endswith(text)) \
            and (_bare_date(text) or _date_line(text)) and len(whole) - len(text) >= 10

    for el in list(headline.iterdescendants()):
        if not isinstance(el.tag, str) or el.tag == "br" or not (
                el.tag in _APART_TAGS or _DATE_CLASS.search(clean.classes(el))) or not dated(el.text_content()):
            continue
        if any(a is headline for a in el.iterancestors()):   # not inside a line moved already
            clean.changed(el.getparent())
            clean.changed(headline.getparent())
            el.drop_tree()   # its tail stays where it was, in the headline
            el.tail, headline.tail = headline.tail, None
            headline.addnext(el)
    for br in list(headline.iter("br")):
        if br.getnext() is None and br.tail and dated(br.tail):   # the last run, after a <br>
            clean.changed(br.getparent())
            clean.changed(headline.getparent())
            line = html.Element("span")
            line.text, line.tail, br.tail = br.tail, headline.tail, None
            headline.tail = None
            br.drop_tree()
            headline.addnext(line)


def _date_above(headline: html.HtmlElement, month_first: bool = False) -> tuple[str | None, str]:
    """A date printed above the post, once no date is by its headline (Blogger's date header, a
    forum post's head): the nearest short block before one of its three nearest ancestors, with
    no link but a post's counter ("#1": a header's menu of short links holds the site's "today")."""
    node = headline
    # A headline inside a list item of links (a forum's post, its poster's links beside it) reads
    # as a teaser's: what stands in that item with it is the post's own.
    listed = _in_teaser(headline)
    for _level in range(3):
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            break
        before = node.getprevious()
        while before is not None and not isinstance(before.tag, str):
            before = before.getprevious()
        if before is None or before.tag in ("header", "nav") or _in_teaser(before) and not listed:
            continue
        text = clean.text_of(before)
        if text and len(text) <= 120 and (not clean.held_links(before) or _counter_links(before)):
            found = parse_vietnamese_date(_unlinked(before), month_first=month_first)
            if found:
                return found, "printed"
    return None, ""


def _counter_links(el: html.HtmlElement) -> bool:
    """Whether the links ``el`` holds, and held, are a forum post's counter ("#1", "¶") and no
    word (a menu's "Trang chủ", a teaser's title): its head, the post's date in it."""
    return el.get(clean.LINKS_MARK) is None and not any(
        any(ch.isalpha() for ch in clean.text_of(a)) for a in el.iter("a"))


def _unlinked(el: html.HtmlElement) -> str:
    """``el``'s text without its links' ("28-11-2026, 08:15 AM" of "28-11-2026, 08:15 AM #1")."""
    return squash(" ".join(el.xpath(".//text()[not(ancestor::a)]")))


def _date_opening(body: html.HtmlElement, month_first: bool = False) -> tuple[str | None, str]:
    """The story's date line opening it, once none is by a headline: the block right before
    the body ("Đăng bởi <account> vào ngày 27/11/2026 8:15", a news module's info line) or a
    block at the body's start before any prose (a page builder's property rows: "Ngày đăng"
    and its value apart). Only a line labelled as the story's own counts, its label whole before
    the date (``clean.story_label``; a posting line): a bare date there may be a listed teaser's
    or an event's, and one in a clause ("Theo Kế hoạch ngày 05/3/2024 …") is what the story cites."""
    before = body.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    lead = [before] if before is not None and not _in_teaser(before) else []
    for el in body.iterdescendants():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "p" and len(clean.text_of(el)) >= _OPENING_PROSE:
            break   # the story's prose has begun
        lead.append(el)
    for el in lead:
        text = clean.text_of(el)
        if not text or len(text) > 120 or el.tag == "a" or any(a.tag == "a" for a in el.iterancestors()):
            continue
        found = parse_vietnamese_date(text, month_first=month_first)
        digit = _DIGIT.search(text)
        if not found or not digit:
            continue
        # Before its first digit ("Đăng ngày ", "Cập nhật lúc "), or before the date and the
        # words that lead to it, a month's name too ("Updated March 13, 2024")
        if _POSTED_BY.match(text) or clean.story_label(text[:digit.start()]) \
                or clean.story_label(dates.before_date(text) or ""):
            return found, "printed"
    return None, ""


_OPENING_PROSE = 80   # a paragraph this long is the story's prose, past its opening lines
_COMMENTS = re.compile(r"comment|binh-?luan|y-?kien|reply|disqus", re.I)


def _in_teaser(el: html.HtmlElement, url: str | None = None, memo: dict | None = None) -> bool:
    """Inside a link (but a permalink to ``url``), a sidebar, a menu, reader comments, or a
    list item that links elsewhere (a teaser's date). ``memo`` keeps the verdicts on
    ancestors across calls on one page."""
    if el.tag in _CONTAINERS and _COMMENTS.search(clean.classes(el)):
        return True
    return _teaser_ancestor(el.getparent(), url, {} if memo is None else memo)


_CONTAINERS = frozenset({"div", "section", "ol", "ul", "li"})


def _teaser_ancestor(node: html.HtmlElement, url: str | None, memo: dict) -> bool:
    chain = []
    verdict = False
    while node is not None:
        if node in memo:
            verdict = memo[node]
            break
        chain.append(node)
        if _teaser_itself(node, url):
            verdict = True
            break
        node = node.getparent()
    for seen in chain:   # every node of the chain up to a teaser or a known verdict shares it
        memo[seen] = verdict
    return verdict


def _teaser_itself(a: html.HtmlElement, url: str | None) -> bool:
    if a.tag == "a":
        return not (url and a.get("href") and canonicalize(a.get("href"), base=url) == canonicalize(url))
    if a.tag in ("aside", "nav"):
        return True
    if a.tag in _CONTAINERS and _COMMENTS.search(clean.classes(a)):
        return True
    return a.tag == "li" and clean.link_text_len(a) >= 20


def _modified_only(el: html.HtmlElement) -> bool:
    """WordPress prints <time class="updated"> beside <time class="entry-date published">."""
    name = clean.classes(el).lower()
    return ("updated" in name or "modified" in name) and "publish" not in name


_AUTHOR_LABEL = re.compile(r"^(tác giả|người viết|viết bởi|đăng bởi|bởi|written by|posted by|author|by)\s*[:：]?\s*",
                           re.I)


_FIELD_LABELS = ("h6", "h5", "h4", "dt", "th", "strong", "b", "label")
# Blocks with no markup of their own that hold a field's label alone (a theme printing a
# "Tác giả" field as two bare <div>s, its label's and its value's).
_BARE_LABELS = ("div", "span", "p")
_LABEL_INITIALS = "TtAaNnWw"   # how the labels of ``_AUTHOR_FIELD`` open
_AUTHOR_FIELD = frozenset({"author", "tac gia", "nguoi viet", "written by", "writer"})


def _labelled_author(tree: html.HtmlElement) -> str | None:
    """The writer a field labelled so names, its label and its value in elements of their own
    (a blog theme's licence box: ``<h6>Author</h6><p>Nguyễn Thảo Vy</p>``, a ``<dt>Tác giả</dt>
    <dd>…</dd>``): the value when it reads as a name. The first such field only, outside any
    comment or teaser (a label repeated on many items is a list's)."""
    found = []
    # (more than one field names nobody: the order they are read in does not matter). A bare block
    # is a label only with nothing but the label's word in it: most are sorted out by their own text.
    bare = (el for el in tree.iter(*_BARE_LABELS)
            if (own := el.text) and len(own) <= 24 and not len(el) and own.lstrip()[:1] in _LABEL_INITIALS)
    for el in chain(tree.iter(*_FIELD_LABELS), bare):
        if el.tag in _BARE_LABELS:
            raw = el.text or ""
        else:
            raw = el.text_content()
        if len(raw) > 20 or fold(squash(raw)).rstrip(" :：") not in _AUTHOR_FIELD:
            continue
        value = el.getnext()
        while value is not None and not isinstance(value.tag, str):
            value = value.getnext()
        if value is None or squash(el.tail) or next(value.iter("a"), None) is not None:
            continue
        found.append(clean.text_of(value))
        if len(found) > 1:
            return None
    return clean.byline_name(found[0], right_aligned=True) if found else None


def _co_writers(tree: html.HtmlElement, named: clean.Named) -> str | None:
    """The writers of the first author block that prints several, a card each ("Bởi <a>Đức
    Mạnh</a><a>Thanh Tâm</a>", a field's items under its "Tác giả" label): "A, B". Read before the
    credit under the headline or the signature ending the body takes one of them as the byline,
    so that ``_choose_author`` may prefer them all to that one."""
    for el in _author_blocks(tree, named):
        cards = _card_names(el)
        if len(cards) >= 2 and all(cards):
            return ", ".join(n for n in cards if n)
    return None


def _author_blocks(tree: html.HtmlElement, named: clean.Named) -> Iterator[html.HtmlElement]:
    """The author blocks (named so by their class) still in the page, outside any thread of
    comments and not the page's root: those ``_co_writers`` and ``_author_in`` read."""
    return (el for el in named.author
            if el.tag not in ("html", "body", "meta") and clean.attached(el, tree) and not clean.in_thread(el))


_AUTHOR_BIO = 100   # characters of an author block past which it tells of the writer (a bio), no byline


def _author_in(tree: html.HtmlElement, named: clean.Named, video: bool = False,
               aside: frozenset[html.HtmlElement] = frozenset()) -> tuple[str | None, str | None]:
    """An author block (named so by its class) anywhere, e.g. above the lead, but one of those
    ``aside`` in a column of modules beside the headline's (a literary magazine's "Tác giả" box,
    a featured writer's bio on every page: ``boxes.in_side_column``); taken out of the page.

    Returns the person (with the people of the blocks beside it, one card each: "A, B") and,
    when the block credits a source instead ("Theo TTXVN"), the source. On a story told by its
    video (``video``), the block's "Video: X" credits the story's makers: X."""
    for el in _author_blocks(tree, named):
        if el in aside:
            continue
        text = clean.text_of(el)
        if video and clean.other_credit(text):
            text = _VIDEO_CREDIT.sub("", text, count=1)
        source = _SOURCE_LINE.match(text) if len(text) <= 90 else None
        if source:
            clean.drop(el)
            return None, source.group(2).strip()
        credited = _staff_source(text)
        if credited:
            clean.drop(el)
            return None, credited
        cards = _card_names(el)
        name = ", ".join(n for n in cards if n) if cards and all(cards) else _card_name(text) or _profile_names(el)
        if name:
            names = [name]
            for card in _cards_beside(el, named.author):
                other = _card_name(clean.text_of(card))
                if other and other not in names:
                    names.append(other)
                    clean.drop(card)
            beside = _source_beside(el)
            if len(text) <= _AUTHOR_BIO:
                clean.drop(el)
            return ", ".join(names), beside
    return None, None


_FIELD_SOURCE = re.compile(rf"^\s*{clean.SOURCE_LABEL}\s*[:：]\s*(\S.{{1,78}})$", re.I)


def _field_source(tree: html.HtmlElement, whole: str, url: str | None = None) -> str | None:
    """The source a story's field list names in a row labelled so, beside the row of its writer
    ("<li><span>Tác giả:</span><span>Hồ Minh Phương</span></li><li><span>Nguồn:</span><span>Sở
    GD&ĐT Quảng Trị</span></li>": K2's extra fields, a CMS's custom fields); None without a
    writer's row beside it (a photo's credit, a sidebar's note). ``whole``: the page's text."""
    labels = _WRITER_LABELS(tree) if any(word in whole for word in _WRITER_WORDS) else ()
    for label in labels:
        if not isinstance(label, str) or not _AUTHOR_LABEL.match(squash(label)):
            continue
        node: Any = label   # lxml's text result knows its element (a tail's: the one before it)
        holder = node.getparent()
        if holder is not None and node.is_tail:
            holder = holder.getparent()
        if holder is None:
            continue
        row = holder if len(clean.text_of(holder)) > len(squash(label)) + 1 or holder.getparent() is None \
            else holder.getparent()
        if ":" not in clean.text_of(row)[:12] or row.getparent() is None:
            continue
        for other in row.getparent():
            if other is row or not isinstance(other.tag, str):
                continue
            found = _FIELD_SOURCE.match(clean.text_of(other))
            if found:
                return found.group(1).strip()
    for label in _FIELD_LABEL_ELEMENTS(tree):
        # A field API's label element and its value beside it, no colon ("<div class="field__label">
        # Nguồn</div><div class="field__item">Báo Chính phủ</div>": Drupal's inline label), in the
        # story's column (no sidebar's).
        value = label.getnext()
        if value is None or not _SOURCE_WORD.fullmatch(squash(clean.text_of(label)).rstrip(":： ")) \
                or any(up.tag in ("aside", "nav", "footer") for up in label.iterancestors()):
            continue
        text = squash(clean.text_of(value))
        if 1 < len(text) <= _FIELD_VALUE and not clean.held_links(value):
            return text
    if "guồn" in whole or "GUỒN" in whole:
        for node in _SOURCE_TEXTS(tree):
            # A small box of the label and a link to the outlet's site ("<div><span>NGUỒN</span>
            # <a href="https://baodaklak.vn/">Báo Đắk Lắk</a></div>": tagDiv's "source via" under
            # a WordPress story, Jannah's "post-bottom-source" with the link in a span), in the
            # article's own footer, no page footer's.
            label = node.getparent()
            if label is None or not _SOURCE_WORD.fullmatch(squash(node).rstrip(":： ")):
                continue
            if node.is_tail:
                label = label.getparent()   # "<span class="icon"></span> Nguồn": the label holds an icon
            if label is None:
                continue
            value, holder = label.getnext(), label.getparent()
            if value is None or holder is None or len(holder) != 2 or squash(holder.text) or squash(label.tail) \
                    or squash(value.tail) or not _SOURCE_WORD.fullmatch(squash(label.text_content()).rstrip(":： ")):
                continue
            link = value if value.tag == "a" else next(value.iter("a"), None)
            text = squash(clean.text_of(value))
            if link is None or squash(clean.text_of(link)) != text or not 1 < len(text) <= _FIELD_VALUE:
                continue
            target = urlsplit(link.get("href") or "").netloc.lower()
            if not target or target == urlsplit(url or "").netloc.lower():
                continue   # a link of the site's own: a section's, a tag's
            if any(up.tag == "footer" and next(up.iterancestors("article"), None) is None
                   or up.tag in ("aside", "nav") for up in holder.iterancestors()):
                continue
            return text
    return None


_FIELD_LABEL_ELEMENTS = etree.XPath("//*[contains(@class, 'label')][not(*)]")
_SOURCE_TEXTS = etree.XPath("//text()[contains(., 'guồn') or contains(., 'GUỒN')]")
_SOURCE_WORD = re.compile(r"nguồn|nguồn tin|source", re.I)
_FIELD_VALUE = 80   # characters of a source's name in its field


# The text nodes opening a writer's field ("Tác giả:"), found in C: a page has few.
_WRITER_WORDS = ("Tác giả", "Người viết")
_WRITER_LABELS = etree.XPath("//text()[" + " or ".join(f"contains(., '{word}')" for word in _WRITER_WORDS) + "]")


def _staff_source(text: str) -> str | None:
    """The source a desk's signature credits ("PV (Theo TTXVN)": the newsroom's, no writer's
    name, over the agency's story), else None."""
    credited = clean.byline_source(text) if len(text) <= 60 and "(" in text else None
    return credited if credited and clean.is_staff(text[:text.rfind("(")]) else None


# The label of a video's crew ("Video: Hoàng Linh - Minh Đức", "Clip:"): elsewhere no writer's.
_VIDEO_CREDIT = re.compile(r"^(?:video|clip)\s*[:：]\s*", re.I)


def _video_story(body: html.HtmlElement | None) -> bool:
    """Whether a story is told by its video: the body opens with the block its ``<video>`` was
    in (``clean.HELD_VIDEO``), before any paragraph; the text under it goes with the video."""
    if body is None:
        return False
    # (or the block right before the body holds it: a player over the story, the credit under it)
    before = body.getprevious()
    for _ in range(_VIDEO_BEFORE):
        while before is not None and not isinstance(before.tag, str):
            before = before.getprevious()
        if before is None:
            break
        if before.get(clean.HELD_VIDEO) is not None or next(before.iter("video"), None) is not None:
            return True
        before = before.getprevious()
    for el in body.iter():
        if not isinstance(el.tag, str):
            continue
        if el.get(clean.HELD_VIDEO) is not None:
            return True
        if el.tag == "p" and clean.text_of(el):
            return False
    return False


_VIDEO_BEFORE = 2   # blocks before the body where a story's player stands (the credit line between)


def _source_beside(el: html.HtmlElement) -> str | None:
    """A source line printed beside an author block, in the same wrapper ("<div>Vương Thị
    Lan</div><div>Theo Báo Hà Giang</div>"), or an outlet's name alone under it ("FILI", a
    wire's mark); taken out. Only the blocks next to it: a note under a table further up
    ("Nguồn: VietstockFinance") is the table's."""
    for after, sibling in ((True, el.getnext()), (False, el.getprevious())):
        while sibling is not None and not isinstance(sibling.tag, str):
            sibling = sibling.getnext() if after else sibling.getprevious()
        if sibling is None or not clean.is_leaf_block(sibling):
            continue
        found = _credited_source(clean.text_of(sibling)) or (_bare_outlet(sibling) if after else None)
        if found:
            clean.drop(sibling)
            return found
    return None


def _outlet_mark(body: html.HtmlElement) -> str | None:
    """An outlet's name alone as the body's last block, a link to the outlet's own site ("<a
    href='https://fili.vn'>FILI</a>" under a wire's story or its signature): the story's source,
    taken out. Not an acronym alone ("BTC" under a festival's programme: its organisers)."""
    last = clean.closing_line(body)
    if last is None:
        return None
    found = _bare_outlet(last, linked=True)
    if found:
        clean.drop(last)
    return found


def _bare_outlet(block: html.HtmlElement, *, linked: bool = False) -> str | None:
    """The outlet a block names alone ("FILI", "TTXVN"), else None. Linked, the link is the whole
    block and goes to the outlet's own site (its name in the host: "fili.vn"); a link elsewhere
    is a menu's or a tag's. Unlinked only when not ``linked``: a wire's mark under an author block."""
    text = clean.text_of(block)
    if len(text) > 40 or not clean.is_outlet(text):
        return None
    links = list(block.iter("a"))
    if not links:
        return None if linked else text
    if len(links) != 1 or clean.text_of(links[0]) != text:
        return None
    name = re.sub(r"[^a-z0-9]", "", fold(text))
    return text if len(name) >= 2 and name in (urlsplit(links[0].get("href") or "").hostname or "") else None


def _credited_source(text: str, *, labelled: bool = True) -> str | None:
    """The source a short line credits, its label first ("Theo TTXVN", "Nguồn: Báo Hà Giang"):
    after a label and a colon whatever it names (unless not ``labelled``), after "Theo" alone an
    outlet; None for a note ("Theo quy định của Bộ Tài chính")."""
    found = _SOURCE_LINE.match(text) if len(text) <= 90 and clean.SOURCE_START.match(text) else None
    if not found or not _names_source(found):
        return None
    value = found.group(2).strip()
    return value if (labelled and _colon_after_label(found)) or clean.is_outlet(value) else None


# A label printed again inside the value ("Nguồn tin: Theo TTXVN", "Nguồn: Theo Báo Lào Cai"):
# a CMS's "source" field that the editor filled as the story's last line reads.
_LABEL_AGAIN = re.compile(rf"^{clean.SOURCE_LABEL}\s*[:：]?\s+(?=\S)", re.I)


# A source "named" by a link's button in brackets ("Nguồn: [Link nguồn]", "[Xem gốc]"): the link
# leads to the outlet, the words name none.
_BUTTON_LABEL = re.compile(r"\s*\[[^\[\]]*\]\s*")


def _unlabelled(source: str | None) -> str | None:
    """The source without a label left at its start: what follows "Theo", as printed."""
    if not source:
        return source
    rest = _LABEL_AGAIN.sub("", source, count=1).strip()
    return rest if len(rest) >= 2 else source


_SOURCE_LABEL_ONLY = re.compile(clean.SOURCE_LABEL, re.I)
# What a CMS prints in a field left empty: its default ("未知", DedeCMS's "unknown"), no value.
_NO_VALUE = frozenset({"", "未知", "unknown", "khong ro", "chua ro", "dang cap nhat", "n/a", "-", "none", "null"})


def _source_line_in(zone: list, body: html.HtmlElement | None = None) -> str | None:
    """A source line by the article ("Nguồn: Báo Hà Tĩnh", "Theo TTXVN"), left in the page:
    also one of the few lines of a credits block after the body ("Tác giả: …" over "Nguồn tin:
    …"), which the zone holds whole, and a line whose label is set bold. Read whatever the
    body was widened to: what the site has learned before moves that (``widen_body``)."""
    for el in zone:
        if el is _BODY_END:
            break
        value = next((value for label, value in (clean.label_fields(el) if len(el) >= 2 else ())
                      if _SOURCE_LABEL_ONLY.fullmatch(label)), None)
        if value is not None and fold(value) not in _NO_VALUE:
            return value.strip(" .")   # "<small>Nguồn:</small>Báo Thanh Hóa <small>Tác giả:</small>…"
    for el in _credit_lines(zone):
        if el is _BODY_END:
            continue
        # (a label alone in its span, "<span>Theo</span> <span>TTXVN</span>", opens the line too)
        if not clean.SOURCE_START.match(((_opening_text(el) or clean.text_of(el)) + " ").lstrip("(")) \
                or not clean.is_leaf_block(el) or _amid_body(el, body):
            continue   # the line's own text opens with the label: a cheap test first
        text = clean.text_of(el)
        original = _ORIGINAL_URL.search(text)   # "Nguồn Báo Bình Phước: https://…": the original's link
        text = text[:original.start()] if original else text
        bracketed = text[:1] == "(" and text[-1:] == ")"
        if bracketed:
            text = text[1:-1]   # "(Theo Báo Khánh Hòa)": a source as the story's last line prints it
        found = _SOURCE_LINE.match(text) if len(text) <= 90 else None
        if found and not _names_source(found):
            continue   # "(Theo quy định của Bộ Tài chính)": a note, no source
        if found and (bracketed or _colon_after_label(found) or clean.is_outlet(found.group(2)) or el.tag == "a"
                      or original):
            # (a link opening a block of its own after the body, "Theo …" all its text: the
            # source widget of VCCorp's papers, its name in a span, a "copy link" box beside it)
            return found.group(2).strip()
    return None


# The original's address after the source's name, as an aggregator prints it ("Nguồn Báo Bình
# Phước: https://baobinhphuoc.com.vn/…"): the link, not the name.
_ORIGINAL_URL = re.compile(r"\s*[:：]\s*(?:https?://|www\.)\S+\s*$", re.I)
_CREDIT_LINES = 4   # lines of a credits block after the body (an author's, a source's)
_BODY_TAIL = 3      # the body's last blocks, where its source line stands


def _amid_body(el: html.HtmlElement, body: html.HtmlElement | None) -> bool:
    """Whether ``el`` stands in one of the body's blocks before its last ones: a "Nguồn: …" there
    is a table's or a chart's note ("Nguồn: Tính toán của tác giả" under "Bảng 1"), the story
    going on after it. Read only for a line that opens with a source's label."""
    block = el
    while block is not None and block.getparent() is not body:
        block = block.getparent()
    if body is None or block is None:
        return False   # no body, or a line outside it
    blocks = [child for child in body if isinstance(child.tag, str)]
    return block in blocks[:-_BODY_TAIL]


def _credit_lines(zone: list) -> Iterator[html.HtmlElement]:
    """The zone's elements, and after the body, the lines of a small block of lines; the line
    inside a wrapper of its own."""
    after = False
    for el in zone:
        yield el
        after = after or el is _BODY_END
        if after and el is not _BODY_END and 1 < len(el) <= _CREDIT_LINES \
                and all(isinstance(c.tag, str) and c.tag in ("p", "div") for c in el):
            yield from el
        elif after and el is not _BODY_END and len(el) and el[0].tag == "a" and not (el.text or "").strip() \
                and not (el[0].tail or "").strip():
            yield el[0]   # a block after the body opened by a link of its own ("<a>Theo <span>VTV Money</span></a>")
        elif el is not _BODY_END and len(el) == 1 and el[0].tag in ("p", "div") and not (el.text or "").strip():
            inner = el[0]   # a site builder's line in a wrapper of its own, or in wrappers nested
            while after and len(inner) == 1 and inner[0].tag in ("p", "div") and not (inner.text or "").strip() \
                    and not (inner[0].tail or "").strip():
                inner = inner[0]   # a portal's piece after the story: section, body, text, the line
            yield inner


def _opening_text(el: html.HtmlElement) -> str:
    """A line's own first text, or its first inline child's (a label set bold)."""
    if (el.text or "").strip() or not len(el) or el[0].tag not in ("b", "strong", "span", "em", "i"):
        return el.text or ""
    return el[0].text or ""


_DIGIT = re.compile(r"\d")
# Between a date line's date and the writer's name: a separator, perhaps a label without colon.
_AFTER_DATE_LABEL = re.compile(
    r"^[\s·•|,/\-–—]*(?:(?:(?:posted|written)\s+)?by|(?:đăng|viết)\s+bởi|bởi|tác giả|người viết)?"
    r"(?![^\W\d_])[\s·•|,/\-–—]*", re.I)


def _first_date_line(zone: list) -> tuple[html.HtmlElement, str, str] | None:
    """The first dated line by the headline, before the body: the element, its text and what
    follows its date."""
    for el in zone:
        if el is _BODY_END:
            return None
        if el.getparent() is None or not clean.is_leaf_block(el):
            continue
        text = clean.text_of(el)
        rest = after_date(text) if text and len(text) <= 150 and _DIGIT.search(text) else None   # dates have digits
        if rest is not None:
            return el, text, rest
    return None


def _byline_after_date(line: tuple[html.HtmlElement, str, str] | None) -> str | None:
    """The writer named after the date on the article's date line ("tháng 10 05, 2023 · Lê Minh
    Trí", "Thg9 20, 2023, 17:45 CH By Hải Yến"): ``line``, the first dated line by the headline
    (``_first_date_line``).

    A name there that is a link's text is a category's or a tag's, unless it links to a writer's page.
    """
    if line is None:
        return None
    el, _text, rest = line
    rest = _AFTER_DATE_LABEL.sub("", rest, count=1).strip()
    if clean.is_credit_line(rest):
        return clean.byline_name(rest)   # "12/10/2023 | Bài: Minh Châu"
    if not rest or re.search(r"[\d/]", rest) or clean.is_role(rest):
        return None   # "4 AM PT", "Living Healthy/Wellness", "CBS News": a clock, a section, an outlet
    name = clean.byline_name(rest, right_aligned=True)
    if name and (clean.links_to_author(el) or all(clean.text_of(a) != name for a in el.iter("a"))):
        return name
    return None


# Who posted the page, in a Vietnamese CMS's words: its account. Not "Viết bởi" (written by), nor an
# English blog's "Posted by", which names the writer.
_POSTED_BY = re.compile(r"\W*(đăng\s+bởi|người đăng)\b", re.I)


def _posted_by(line: tuple[html.HtmlElement, str, str] | None) -> bool:
    """Whether the article's first date line (``_first_date_line``) says who posted the page
    ("Đăng bởi … vào lúc …"): a CMS account's line, not a signature."""
    return bool(line and _POSTED_BY.match(line[1]))


# A line of its own that is "Bởi"/"By" and a name, no colon ("<p>Bởi Ngọc Hà</p>" under a cover's
# headline): the writer. Not "Đăng bởi" alone, which names the account that posted the page.
_BY_NAME = re.compile(r"^(?:(?:viết|written)\s+)?(?:bởi|by)\s+(?=\S)", re.I)
_BY_LINES = 8   # lines read after a copy of the headline, at most
_META_SEPARATOR = re.compile(r"\s+[|·•]\s*|\s*[|·•]\s+")   # between a meta line's parts
_RANKED_JOINER = re.compile(r"(\s+[-–—&]\s+|\s*,\s*|\s+và\s+)")   # between writers, each under a rank
_COMMA_RANK = re.compile(r"\b(p?gs)\s*,\s*(ts(?:kh)?)\b", re.I)   # one rank written with a comma: "PGS, TS."


def _without_ranks(names: str) -> str:
    """Writers' names without the rank before each ("PGS.TS. Lê Văn Hòa, ThS. Trần Thu")."""
    parts = _RANKED_JOINER.split(_COMMA_RANK.sub(r"\1.\2", names.strip()))
    return "".join(part if n % 2 else clean.without_rank(part.strip()) for n, part in enumerate(parts))


def _by_line(zone: list, headline: html.HtmlElement | None) -> str | None:
    """The writer a line "Bởi <name>" names by the headline (``zone``, before the body), or by a
    copy of the headline: a cover block printing the headline over the photo with the writer
    under it, the article below printing the headline again."""
    lines = [el for el in zone if el is not _BODY_END]
    if headline is not None:
        key = fold(clean.text_of(headline))
        for copy in headline.getroottree().iter("h1", "h2"):
            if copy is not headline and key and fold(clean.text_of(copy)) == key:
                lines += [el for el in _FOLLOWING_FAR(copy) if clean.is_leaf_block(el)][:_BY_LINES]
    for el in lines:
        if el.getparent() is None or not clean.is_leaf_block(el):
            continue
        text = clean.text_of(el)
        label = _BY_NAME.match(text) if len(text) <= 80 else None
        # the names up to the meta line's separator ("Bởi TS. Đặng Công Minh | 14/09/2026"), ranks off
        names = _META_SEPARATOR.split(text[label.end():], maxsplit=1)[0] if label else ""
        name = clean.byline_name(_without_ranks(names), right_aligned=True) if label else None
        if name and not clean.is_organisation(name) and not is_account(name) \
                and (clean.links_to_author(el) or all(clean.text_of(a) != name for a in el.iter("a"))):
            chips = [clean.text_of(a) for a in el.iter("a")]
            if len(chips) >= 2 and clean.chips_joined(names, chips):
                return ", ".join(chips)   # a link a writer, the template's "và" between them
            return name
    return None


# A post footer's credit line after the body, an English theme's words: "Published by Nguyễn Hải Đăng"
# (a static-site theme printing its owner, who writes the posts), "Posted by", "Written by". The
# template's credit on every post, a record's too: an author block, no signature of the text.
_PUBLISHED_BY = re.compile(r"^(?:published|posted|written)\s+by\s+(?=\S)", re.I)
_INLINE_LINE = frozenset({"a", "span", "strong", "b", "em", "i", "u", "font", "small"})
_FOOTER_TEXT = 600   # characters of a post's own footer (its tags, the line, the previous/next links)


# Texts of the page that may open such a line (checked at C speed before any line is read).
_BY_TEXTS = etree.XPath("//text()[contains(., 'ed by ') or contains(., 'ten by ')]")


def _published_by(zone: list, body: html.HtmlElement | None) -> str | None:
    """The writer a post's footer (or header) names on a line of its own around the body
    ("Published by <name>"): a person's name, no account, organisation or link to another page;
    not in the body, a thread of comments or a block larger than a post's footer (a sidebar's
    list of posts)."""
    blocks = {el for el in zone if el is not _BODY_END}
    if not blocks:
        return None
    for found in _BY_TEXTS(next(iter(blocks)).getroottree().getroot()):
        el = found.getparent()
        line = next((up for up in (el, *el.iterancestors()) if clean.is_leaf_block(up)
                     and up.tag not in _INLINE_LINE), None) if el is not None else None
        label = _PUBLISHED_BY.match(text := clean.text_of(line)) if line is not None else None
        if line is None or label is None or len(text) > 60:
            continue
        ups = [line, *line.iterancestors()]
        if (body is not None and body in ups) or not any(up in blocks for up in ups) or clean.in_thread(line):
            continue
        holder = next(up for up in ups if up in blocks)
        if len(clean.text_of(holder)) > _FOOTER_TEXT:
            continue
        name = clean.byline_name(text[label.end():], right_aligned=True)
        if name and not clean.is_organisation(name) and not is_account(name) \
                and (clean.links_to_author(line) or all(clean.text_of(a) != name for a in line.iter("a"))):
            return name
    return None


def _source_before_date(line: tuple[html.HtmlElement, str, str] | None) -> str | None:
    """The outlet the article's first date line (``_first_date_line``) credits before its date
    ("Theo TTXVN - 28/10/2024 - 10:05", a video page's one meta line): the source, as printed."""
    before = dates.before_date(line[1]) if line and clean.SOURCE_START.match(line[1]) else None
    return _credited_source(before.strip(" |·•-–—,")) if before else None


def _name_before_date(line: tuple[html.HtmlElement, str, str] | None) -> str | None:
    """Who the article's first date line (``_first_date_line``) names before its date, after
    "bởi"/"by" (a forum's "bởi Lê Minh Đức - Thứ Năm, 14 tháng 3 2024"): the label says what the
    name is, so a link to the account's page is no tag's; an account ("Quản trị viên") or a unit
    in lower case ("Đoàn Thanh niên") is no person."""
    name = clean.name_before_date(line[1]) if line else None
    return clean.byline_name(name, right_aligned=True) if name else None


# A post's meta line, in a blog template's words: "Đăng <when> bởi <writers>" ("Posted 2 days ago by
# A and B", Silverstripe's blog, a WordPress theme's "Đăng ngày 12/05/2025 bởi …"), under the body or
# over it. "bởi" right after the post's time, absolute or relative ("8 ngày trước", "hôm qua").
_BY_AFTER_WHEN = re.compile(r"(?<![^\W\d_])bởi\s+")
_RELATIVE_WHEN = re.compile(r"(?:\d+\s*(?:giây|phút|giờ|tiếng|ngày|tuần|tháng|năm)\s+trước|hôm qua|hôm nay|"
                            r"vừa xong)[\s,·|\-–—]*$", re.I)
# Where the writers' names end: the template's reading time ("3 phút đọc"), a separator, a bracket.
_NAMES_END = re.compile(r"\s*(?:\d+\s*phút\s+đọc\b.*|[;|·•(].*|\s[-–—]\s.*)$", re.I)
_META_LINE = 200   # characters of a post's meta line (its category, tags, comments, time and writers)


def _byline_in_post_meta(zone: list) -> str | None:
    """The writers a post's meta line names after "bởi" and the post's time ("Đăng <a>2 ngày
    trước</a> bởi <a>Hoàng Minh</a> và <a>Lê Thu Trang</a> 3 phút đọc"): names only, up to the
    line's end or its reading time; linked ones joined ", ", as each is its own element. An
    account ("bientap"), a body ("Công ty …") or words of a sentence are no writer."""
    for el in _credit_lines(zone):
        if el is _BODY_END or el.getparent() is None or not clean.is_leaf_block(el):
            continue
        text = clean.text_of(el)
        if not text or len(text) > _META_LINE or "bởi" not in text:
            continue
        for by in _BY_AFTER_WHEN.finditer(text):
            head = text[:by.start()]
            if not (_RELATIVE_WHEN.search(head) or after_date(head) == ""):
                continue   # "Đăng bởi" (the account's label), a sentence's "bởi": no post's time before
            names = _NAMES_END.sub("", text[by.end():]).strip(" .,")
            people = [n.strip() for n in clean._NAME_JOINER.split(names) if n.strip()]
            if not people or not all(clean._looks_like_names(n) and not clean.is_organisation(n)
                                     and not clean.is_account(n) for n in people):
                continue
            links = [clean.text_of(a) for a in el.iter("a")]
            return ", ".join(people) if all(n in links for n in people) else names
    return None


_NAME_BLOCK_TAGS = ("div", "p", "span", "strong", "b", "em", "i", "h4", "h5", "h6", "address", "li")
# A body's name in title case ("Trường Đại Học Nông Lâm", "Sở Y Tế"): an organisation, no writer.
_ORGANISATION = re.compile(r"(trường|đại học|học viện|viện|sở|ban|phòng|trung tâm|ủy ban|uỷ ban|ubnd|hội|"
                           r"công ty|bệnh viện|bộ|tổng cục|cục|chi cục|văn phòng|đài|báo|tạp chí|cổng|"
                           r"huyện|tỉnh|thành phố|thị xã|xã|phường)\b", re.I)
_NOT_AROUND_NAME_BLOCK = ("figure", "figcaption", "a", "h1", "h2", "h3", "nav", "aside", "button", "label")
# Not a byline however it is written: an honorific (a profile's "Ông Hồ Xuân Hòe"), a
# label ("Bởi" without its colon), a footer's "Powered by".
_NOT_A_WRITER = re.compile(r"(ông|bà|đồng chí|bởi|by|posted|powered|copyright|©"
                           # a pager's label over the other post's card ("BÀI TRƯỚC", "Video tiếp theo")
                           r"|(bài|tin|video|clip|kỳ|tập) (trước|sau|tiếp|kế tiếp)|previous|next|older|newer)\b",
                           re.I)
_NOT_IN_NAME_BLOCK = ("p", "ul", "ol", "li", "table", "h1", "h2", "h3", "figure")


def _name_block(headline: html.HtmlElement | None, body: html.HtmlElement,
                dense: html.HtmlElement | None = None) -> str | None:
    """An author block named for nothing (``<div><strong>Quang Vinh</strong></div>``): a block of
    its own whose whole text is a person's name, between the headline and the story's prose or
    right after the body inside the story's container; taken out, with the blocks of the same
    kind beside it (one per co-author). Not a link to another page, a caption, a heading (a
    portlet's "Tin Tức - Sự Kiện"), a labelled line, a label alone (a views counter's "LƯỢT
    XEM"), a person named with an honorific (a profile's "Ông …") or an organisation.
    ``dense``: the story's prose before the body was widened to the wrapper it shares with the
    headline; the block after it is the story's end."""
    before, prose = [], 0
    for el in _FOLLOWING_FAR(headline) if headline is not None else ():
        if clean.is_leaf_block(el) and len(clean.text_of(el)) >= 100 and any(a is body for a in el.iterancestors()):
            prose += 1
            if prose == 2:
                break   # the story has begun, past its lead (in a body that holds the headline too)
        if el is not body and not any(a is el for a in body.iterancestors()):
            before.append(el)
    following = _next_block(dense if dense is not None else body, headline)
    under = _line_under(headline, before) if headline is not None else None
    for el in [*before, *(following.iter() if following is not None else ())]:
        if (el.tag not in _NAME_BLOCK_TAGS and el is not under) or el.getparent() is None:
            continue
        text = clean.text_of(el)
        if not text or len(text) > 60 or ":" in text or _NOT_A_WRITER.match(text) \
                or any(True for _ in el.iterdescendants(*_NOT_IN_NAME_BLOCK)):
            continue
        if clean.story_label(text):
            continue   # a counter's or a field's label alone ("LƯỢT XEM" under "1.2k", "Chia sẻ")
        if detect.document_title(text):
            continue   # a document's kind as its heading prints it ("THÔNG BÁO", "KẾ HOẠCH"): no writer
        if clean.signer_block(el):
            continue   # "CHỦ TỊCH" over "Nguyễn Thanh Sơn": the document's signer, no writer
        up = el.getparent()
        if up is not None and up.tag in _NAME_BLOCK_TAGS and clean.text_of(up) == text and up is not body \
                and el.tag not in _NOT_IN_NAME_BLOCK:
            # The outer block of the same line comes first, or next; not around a <p> or an <li>
            # (``_NOT_IN_NAME_BLOCK``): a block holding one is never read, so this one is.
            continue
        if any(a.tag in _NOT_AROUND_NAME_BLOCK and a is not under for a in el.iterancestors()) \
                or (clean.link_density(el, text) > 0.5 and not clean.links_to_author(el)):
            continue
        if _in_running_text(el):
            continue   # a name inside a line ("Người hỏi: … - Ngày gửi: …"), no block of its own
        if _record_field(el):
            continue   # "Họ và tên" over "Lê Văn Tâm" among a record's fields: whom it is about
        names = _card_names(el) or [_card_name(text)]
        if not all(names) or any(_organisation(n or "") or not _vietnamese_name(n or "") for n in names):
            continue
        for card in _cards_beside(el, [b for b in el.itersiblings() if b.tag == el.tag]):
            other = _card_name(clean.text_of(card))
            if other and other not in names:
                names.append(other)
                clean.drop(card)
        _drop_label_before(el)
        line = el.getparent()
        rest = clean.text_of(line).replace(text, "", 1).strip() if line is not None and line is not body else ""
        # (with the writer's court or institute under the name in its line: "<b>ThS. …</b><br><em>Tòa án …</em>")
        clean.drop(line if rest and clean.is_leaf_block(line) and clean.affiliation_line(rest) else el)
        return ", ".join(n for n in names if n)
    return None


_SHORT_HEADLINE = 4   # characters of an <h1> that is a declared title word for word, at least


def _lone_top(el: html.HtmlElement) -> html.HtmlElement:
    """The outermost of the wrappers a heading (``<h2>``-``<h4>``) stands alone in (a builder's
    section, container, row and column around it): the story's prose follows that block, not
    the heading's own, where every block of the page is wrapped so. Not a layout table's cell
    (its row holds the page), nor a title-named ``<span>`` (a legacy portal's label)."""
    if el.tag not in ("h2", "h3", "h4"):
        return el
    while (up := el.getparent()) is not None and up.tag in _WRAPPERS \
            and sum(1 for child in up if isinstance(child.tag, str)) == 1 and not squash(up.text):
        el = up
    return el


_WRAPPERS = frozenset({"div", "section"})   # the blocks a builder wraps each of its blocks in


def _heads_items(heading: html.HtmlElement, levels: int = 2) -> bool:
    """Whether ``heading`` heads a list of items, each under a heading of its own (a builder's
    "Tin hoạt động khác" over its cards): the block after it, or after the block it stands alone
    in, holds two headings of a title's length or more. A story's headline is followed by prose."""
    el = heading
    for _ in range(levels + 1):
        after = el.getnext()
        while after is not None and not isinstance(after.tag, str):
            after = after.getnext()
        if after is not None:
            titles = 0
            for h in after.iter("h2", "h3", "h4", "h5"):
                titles += len(clean.text_of(h)) >= _ITEM_TITLE
                if titles >= 2:
                    return True
            return False
        el = el.getparent()
        if el is None:
            return False
    return False


_ITEM_TITLE = 20   # characters of an item's heading at least


def _line_under(headline: html.HtmlElement, following: list) -> html.HtmlElement | None:
    """The subheading printed right under the headline (``<h1>…</h1><h2>Minh Tâm - Trung tâm
    …</h2>``): the first element with text after it, when a heading; a name there is the byline,
    as a block's is (``_name_block``), a sentence the story's subtitle."""
    for el in following:
        if el.tag in _SUBHEADINGS and clean.text_of(el):
            return el
        if clean.text_of(el) and not any(True for _ in el.iterdescendants(*_SUBHEADINGS)):
            return None   # text before any heading: a date line, a lead
    return None


_SUBHEADINGS = ("h2", "h3", "h4", "h5", "h6")


def _label_before(el: html.HtmlElement, levels: int = 2) -> tuple[html.HtmlElement, html.HtmlElement] | None:
    """The block before ``el`` that may be its label, and ``el`` or its ancestor beside it: the
    previous element of ``el``, else of its parent, ``levels`` up at most; None when none."""
    for _ in range(levels + 1):
        before = el.getprevious()
        while before is not None and not isinstance(before.tag, str):
            before = before.getprevious()
        if before is not None:
            return before, el
        el = el.getparent()
        if el is None:
            return None
    return None


def _record_field(el: html.HtmlElement, levels: int = 2) -> bool:
    """Whether ``el`` is a field's value in a record of fields: the label before it (no writer's
    label: "Họ và tên", "Tội danh") and it alone in their holder, one of a run of holders of the
    same kind (a CMS's field list: a wanted notice's, a profile's). A card's "Người viết" over a
    name, or a date block before one, is no such run."""
    found = _label_before(el, levels)
    if found is None:
        return False
    before, beside = found
    label = clean.text_of(before)
    holder = beside.getparent()
    if not label or len(label) > _FIELD_LABEL or _AUTHOR_LABEL.fullmatch(label) or _DIGIT.search(label) \
            or holder is None or len(holder) != 2:
        return False
    if clean.byline_name(f"{label.rstrip(': ')}: {clean.text_of(beside)}"):
        return False   # a credit's label ("Thực hiện" over "Hoàng Long"): a field naming the writer
    kind = (holder.get("class") or "").split()[:1]   # "field field--name-field-ho-ten …"
    alike = [s for s in (*holder.itersiblings(preceding=True), *holder.itersiblings())
             if s.tag == holder.tag and (s.get("class") or "").split()[:1] == kind]
    return len(alike) >= _FIELD_RUN


_FIELD_LABEL = 40   # characters of a field's label at most
_FIELD_RUN = 2      # other fields beside one that make its holder a record's


def _drop_label_before(el: html.HtmlElement, levels: int = 2) -> None:
    """Take out the label a name block's card prints in a block of its own before the name
    ("Người viết", then "Phạm Thu Uyên"): with the name gone it would stay in the text alone."""
    found = _label_before(el, levels)
    if found is not None and _AUTHOR_LABEL.fullmatch(clean.text_of(found[0])):
        clean.drop(found[0])


# Far enough for a meta bar whose avatars are <picture>s of several <source>s each.
_FOLLOWING_FAR = etree.XPath("following::*[position() <= 200]")
# A Vietnamese syllable, folded: an initial consonant, a vowel group, a final consonant.
_SYLLABLE = re.compile(r"(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?"
                       r"[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?")
_INLINE_TAGS = frozenset({"span", "strong", "b", "em", "i", "a", "font", "small", "u"})


_SEPARATORS = re.compile(r"[\s|·•/\-–—]*")


def _byline_after(body: html.HtmlElement, sources: list[str | None], levels: int = 12) -> str | None:
    """A byline set apart in a block of its own after the story's wrappers (a site builder's
    section under the story's section: "Tin, ảnh: Lê Thị Hoa" right-aligned in bold): the first
    block with text after the body, out through the wrappers that end with it; taken when short
    and marked as a byline is (right-aligned, bold, italic or labelled), never a plain line."""
    el = body
    for _ in range(levels):
        # (past a gallery's block whose one line is its heading: "Một số hình ảnh …" over the photos)
        found = next((s for s in el.itersiblings() if isinstance(s.tag, str) and clean.text_of(s)
                      and not _titled_pictures(s)), None)
        if found is not None:
            break
        el = el.getparent()
        if el is None or el.tag in ("body", "html", "form"):
            return None
    else:
        return None
    lines = [b for b in found.iter(*_LINE_TAGS) if clean.is_leaf_block(b) and clean.text_of(b)]
    if clean.THREAD.search(clean.classes(found)):
        return None   # a thread's comment
    if 1 < len(lines) <= _CREDIT_LINES and all(clean.is_credit_line(text := clean.text_of(b))
                                                or clean.other_credit(text) for b in lines):
        # A credits block closing the story, a line a credit ("Bài: Thanh Hà", "Ảnh: Như Ý",
        # "Thiết kế: Minh Châu"), as a long-form page prints its makers: the writer's line.
        return clean.take_credits(lines)[0]
    if len(clean.text_of(found)) > _BYLINE_BLOCK or len(lines) > 1:
        return None   # a box: lines of their own
    return clean.take_byline(found, sources, plain_last=False)


_CREDIT_LINES = 6   # lines of a closing credits block, at most (writer, photos, video, design, …)


_BYLINE_BLOCK = 80   # a byline's block of its own is no longer


def _titled_pictures(block: html.HtmlElement) -> bool:
    """Whether a block is pictures under a heading, its only text (a builder's gallery module)."""
    heading = next(block.iter("h2", "h3", "h4", "h5", "h6"), None)
    return heading is not None and clean.text_of(heading) == clean.text_of(block) \
        and sum(1 for _ in islice(block.iter("img"), 2)) == 2
_LINE_TAGS = ("p", "div", "li", "h2", "h3", "h4", "h5", "h6")


def _organisation(name: str) -> bool:
    """Whether a name in title case is a body's, no person's ("Sở Y Tế", "Công An Xã Đồng Văn")."""
    return bool(_ORGANISATION.match(name) or clean.ORGANISATION_WORD.search(name) or clean.is_department(name))


def _in_running_text(el: html.HtmlElement) -> bool:
    """Whether an inline element has words of a line around it (a label before a name), not only
    separators between the items of a meta bar (``<span>date</span> · <span>name</span>``)."""
    while el.tag in _INLINE_TAGS and el.getparent() is not None:
        before = el.getprevious()
        around = ((before.tail if before is not None else el.getparent().text) or "") + (el.tail or "")
        if not _SEPARATORS.fullmatch(around):
            return True
        el = el.getparent()
    return False


def _vietnamese_name(name: str) -> bool:
    """Every word of the name a Vietnamese syllable (or an initial): not "Powered By
    Liferay" or a portal's English slogan."""
    return all(_SYLLABLE.fullmatch(word) or len(word) <= 2 for word in re.findall(r"[a-z]+", fold(name)))


def _next_block(el: html.HtmlElement, headline: html.HtmlElement | None, levels: int = 3) -> html.HtmlElement | None:
    """The first element with text after ``el`` in its story: its next sibling with text, else
    its parent's (a body that ends its column, a level or two up), inside the container of
    the headline and the body (what follows the whole story is a sidebar's or the footer's)."""
    holders = set(headline.iterancestors()) if headline is not None else set()
    story = next((a for a in el.iterancestors() if a in holders), None)
    for _ in range(levels):
        found = next((s for s in el.itersiblings() if isinstance(s.tag, str) and clean.text_of(s)), None)
        up = el.getparent()
        if found is not None or up is None or up is story or story is None:
            return found
        el = up
    return None


def _card_names(el: html.HtmlElement) -> list[str | None]:
    """One name per child when a block is only children of one kind, a card each
    (``<div><span>Hoàng Lộc</span><span>Phương Hằng</span></div>``, author links printed side by
    side as chips, ``<a>Đức Anh</a><a>Minh Thư</a>``), perhaps after a "Tác giả:" label; else
    nothing. Not one name printed twice (a name and its avatar's link). A template's joiner
    between the cards (``<span> and </span>``, "&", ",", or the text " và " between two links)
    separates them, no name of its own.
    The label in an element of its own and the cards in one wrapper after it (a field's label,
    then its items, one writer each): the wrapper's cards."""
    for _ in range(3):
        kids = [c for c in el if isinstance(c.tag, str)]
        if kids and _AUTHOR_LABEL.fullmatch(clean.text_of(kids[0])):
            kids = kids[1:]
        if len(kids) != 1 or squash(el.text or "") or any(squash(c.tail or "") for c in el):
            break
        el = kids[0]   # the label, if any, then one wrapper: read the wrapper's cards
    cards = [c for c in el if isinstance(c.tag, str) and not _JOINER_CARD.fullmatch(clean.text_of(c))]
    if len(cards) > 2 and _AUTHOR_LABEL.fullmatch(clean.text_of(cards[0])):
        cards = cards[1:]   # "Written by" over the cards, in the same wrapper
    if len(cards) < 2 or not _one_kind(cards) \
            or _AUTHOR_LABEL.sub("", squash(el.text or ""), count=1) \
            or any((tail := squash(c.tail or "").strip(",;-–")) and not _JOINER_CARD.fullmatch(tail) for c in cards):
        return []
    names = [_card_name(_without_initial(c)) or _card_heading(c) for c in cards]
    found = [n for n in names if n]
    return names if len(set(found)) == len(found) else []


def _one_kind(cards: list[html.HtmlElement]) -> bool:
    """Whether cards are of one kind: one tag, and no class or a class in common (a list's
    items striped "field-item even", "field-item odd" are one kind)."""
    kinds = [frozenset((c.get("class") or "").split()) for c in cards]
    return len({c.tag for c in cards}) == 1 and (not any(kinds) or bool(frozenset.intersection(*kinds)))


_JOINER_CARD = re.compile(r"\s*(?:and|&|và|,|·|-|–)\s*", re.I)


def _without_initial(card: html.HtmlElement) -> str:
    """A person card's text without its letter avatar: a first child that is one capital letter
    (the person's initial in a circle, "K" before "Trần Minh Khoa")."""
    text = clean.text_of(card)
    first = next((c for c in card if isinstance(c.tag, str)), None)
    initial = clean.text_of(first) if first is not None and not squash(card.text or "") else ""
    if len(initial) == 1 and initial.isupper() and text.startswith(initial) and len(text) > 1:
        return text[1:].strip()
    return text


def _card_heading(card: html.HtmlElement) -> str | None:
    """The name a person card with a bio prints as its one heading ("Written by" cards: avatar,
    ``<h2>`` name, a line about the writer), or, with no heading, as its first line."""
    headings = [h for h in card.iter("h1", "h2", "h3", "h4", "h5", "h6")]
    if len(headings) == 1:
        return _card_name(clean.text_of(headings[0]))
    kids = [c for c in card if isinstance(c.tag, str)]
    # Or its first line, the name over the writer's unit or role ("<p>TS. Lê Hà</p><p>Học viện …</p>").
    return _card_name(clean.text_of(kids[0])) if not headings and 2 <= len(kids) <= 3 else None


def _profile_names(block: html.HtmlElement) -> str | None:
    """The people of an author block of profile cards (an avatar, the name, a line under it
    naming the writer's unit or role), read off their links to a writer's page, one name each
    ("<a href=/author/x/>Lê Văn Phúc</a><br>Phòng Thu thập thông tin"): the unit is no name.
    Without such links, the name the avatar's ``alt`` repeats in the card's text."""
    names = [_card_name(clean.text_of(a)) for a in block.iter("a")
             if clean.AUTHOR_HREF.search(a.get("href") or "") and clean.text_of(a)]
    if not names:
        alts = {squash(img.get("alt") or "") for img in block.iter("img")}
        names = [_card_name(clean.text_of(el)) for el in block.iter("strong", "b", "a", "h2", "h3", "h4", "span")
                 if clean.text_of(el) in alts and not any(clean.text_of(p) in alts for p in el.iterancestors()
                                                          if p is not block and clean.attached(p, block))]
    found = list(dict.fromkeys(n for n in names if n))
    return ", ".join(found) if found and len(found) == len(names) else None


def _card_name(text: str) -> str | None:
    # Drupal prints the label in its own element: "Tác giả" then the name, no colon.
    name = clean.byline_name(clean.without_rank(_AUTHOR_LABEL.sub("", text)), right_aligned=True)
    return name if name and not is_account(name) else None


def _cards_beside(el: html.HtmlElement, blocks: list) -> list[html.HtmlElement]:
    """The author blocks of the same kind as ``el`` beside it: one card per co-author."""
    parent, kind = el.getparent(), (el.tag, clean.classes(el))
    return [b for b in blocks if b is not el and b.getparent() is parent and parent is not None
            and (b.tag, clean.classes(b)) == kind]


def _printed_over_metadata(found: list[tuple[str | None, str]], tree: html.HtmlElement) -> bool:
    """Whether the first person found is the metadata's while the page's author block prints
    others (no name of theirs in common), and the page shows the metadata's person nowhere."""
    first = next(((a, by) for a, by in found if a), None)
    if first is None or first[1] not in ("json-ld", "meta"):
        return False
    names = clean.names_of(first[0])
    printed = [a for a, by in found if a and by == "author-block"]
    if not printed or any(clean.names_of(a) & names for a in printed):
        return False
    shown = fold(squash(tree.text_content()))   # the scripts went with the noise: what a reader sees
    return not any(name in shown for name in names)


def _choose_author(found: list[tuple[str | None, str]]) -> tuple[str | None, str]:
    """The first author found, but printed as the page prints it when the page's byline names
    the same people or more ("Hữu Phước, Kim Ngân" where JSON-LD names only the first)."""
    named: list[tuple[str, str]] = [(a, by) for a, by in found if a]
    if not named:
        return None, ""
    author, by = named[0]
    glued = re.sub(r"\W", "", author)
    for other, other_by in named[1:]:
        if "," in other and re.sub(r"\W", "", other) == glued:
            return other, other_by   # "Hoàng CườngLê Vũ": two writers' links read as one text
    fields = by in ("json-ld", "meta")
    # Other people besides (a story signed "A - B" under a link to A's page), or, for the
    # metadata's list, the same names joined otherwise ("A - B" for JSON-LD's A, B); not the
    # same names in other capitals, nor a role or an outlet added.
    names = clean.names_of(author)
    # The same names joined by a template's English "and" are the fields' list, not a print to prefer.
    fuller = [(a, b) for a, b in named[1:] if b not in ("json-ld", "meta") and a != author
              and clean.co_authors(a, names)
              and (len(clean.names_of(a)) > len(names)
                   or fields and clean.name_parts(a) == clean.name_parts(author) and not clean.ENGLISH_AND.search(a))]
    if fuller:
        return max(fuller, key=lambda f: len(clean.names_of(f[0])))
    return author, by


# Hosts whose first path segment names an account: a site's own pages there, linked from its chrome.
_SOCIAL = re.compile(r"^(?:https?:)?//(?:www\.|m\.)?(?:facebook\.com|fb\.com|zalo\.me|youtube\.com|tiktok\.com|"
                     r"instagram\.com|x\.com|twitter\.com)/@?([\w.\-]+)", re.I)


def _names_a_link(author: str, links: _FooterLinks) -> bool:
    """Whether a link of the page, other than to a writer's page, reads ``author`` whole (a
    section's name in the menu or the breadcrumb, "Tin Tức - Sự Kiện"): a page links its sections
    by name, and a writer, when linked, to their own page (``/tac-gia/…``)."""
    key = fold(squash(author))
    return any(text == key and not clean.AUTHOR_HREF.search(href) for text, href in links.links)


def _names_site(author: str, names: list[str | None], links: _FooterLinks, url: str | None) -> bool:
    """Whether an author's name is the site's own brand, no person's: a name in the shape of a
    business's (Vietnamese words and a word no Vietnamese name holds: "Bản Hiêu Homestay",
    "Mộc Châu Farm") that is also the site's (two words running in its name, og:site_name or
    its chrome's, or all of it, spaces and marks folded away, the handle of its host or of the
    social pages it links). A person's name, every word a syllable, is never read so (a personal
    blog under its writer's name), nor a foreign one with no Vietnamese word ("Sérgio Schüler"
    on sergioschuler.com)."""
    words = squash(author).split()
    key = [fold(w) for w in words]
    pairs = list(zip(words, key, strict=True))
    marked = any(not w.isascii() and _SYLLABLE.fullmatch(k) for w, k in pairs)
    foreign = any(w[:1].isupper() and not w.isupper() and k.isalpha() and not _SYLLABLE.fullmatch(k)
                  for w, k in pairs)   # "Homestay"; not an acronym ("HĐND", "UBND")
    if len(words) < 2 or not (marked and foreign):
        return False   # a Vietnamese syllable with its marks, and a word no Vietnamese name has
    proper = [k if w[:1].isupper() else "" for w, k in pairs]   # the name's words, not "thành phố"
    for name in names:
        site = fold(squash(name or "")).split()
        if any("" not in proper[i:i + 2] and proper[i:i + 2] == site[j:j + 2]
               for i in range(len(key) - 1) for j in range(len(site) - 1)):
            return True
    handle = re.sub(r"[^a-z0-9]", "", "".join(key))
    host = urlsplit(url or "").hostname or ""
    hosts = [host.removeprefix("www.").removeprefix("m.").split(".")[0]]
    hosts += [m.group(1) for _, href in links.texts if (m := _SOCIAL.match(href))]
    return any(re.sub(r"[^a-z0-9]", "", h.lower()) == handle for h in hosts)


# A photo credit's label, an outlet's acronyms before it ("VNA/VNS Photo", "Photos:"), before the name.
_PHOTO_CREDIT = re.compile(r"^(?:[A-ZĐ]{2,}(?:/[A-ZĐ]{2,})*\s+)?(?i:photos?)\s*[:：]?\s+(?=\S)")


def _clean_author(author: str | None, site_name: str | None, owner: str | None = None) -> str | None:
    """The author as a person's name, or None: no label, not the site (its name, the holder its
    copyright names: an old CMS writes the site's name as every page's ``<meta name="author">``),
    no account's login, no count."""
    if not author:
        return None
    author = squash(author).strip(" .,-–")
    author = re.sub(r"^(tác giả|by|posted by|đăng bởi|viết bởi|bởi|người viết)\s*[:：]?\s*", "", author, flags=re.I)
    author = _PHOTO_CREDIT.sub("", author)   # "VNS Photos Đoàn Tùng": the photographer
    if clean.is_credit_line(author) and (by_credit := clean.byline_name(author)):
        author = by_credit   # "Ảnh, bài: Đinh Công Thành" as JSON-LD's author: the byline field as typed
    # "Tuấn Anh/TTXVN", "Hà Linh/Bnews/Vnanet.vn": the person
    author = clean.without_offices(author)
    author = clean.without_affiliation(author)   # "Hoàng Anh (thực hiện)" in a meta tag as in a byline
    # "Theo TTXVN" as JSON-LD's Person: the outlet, the caller's source
    author = _credited_source(author, labelled=False) or author
    if not author or len(author) > 80 or any(name and fold(author) == fold(name) for name in (site_name, owner)) \
            or is_account(author) \
            or _DOTTED_LOGIN.fullmatch(author) or _signs_only(author) or author[0].isdigit():
        return None   # a number first is a count ("Phóng viên: 02 chỉ tiêu", a recruitment's posts)
    return author


# The words around a copyright's holder: "Copyright (c) 2026 by …", "© Bản quyền thuộc về …",
# "… All rights reserved."
_RIGHTS_WORDS = re.compile(r"copyright|\(c\)|©|bản quyền( thuộc về| của)?|all rights reserved\.?|"
                           r"(?<!\w)(19|20)\d\d(\s*[-–]\s*(19|20)\d\d)?(?!\w)|^\s*by\b|\bby\s", re.I)


def _holder(value: str) -> str | None:
    """The holder a copyright meta names, the words of rights left out; None when what is left
    is no name (a sentence, a notice)."""
    name = squash(_RIGHTS_WORDS.sub(" ", value)).strip(" .,:;-–|")
    return name if 3 <= len(name) <= 80 and not re.search(r"[.!?]\s", name) else None


# An account's login in an author field ("btv.hoa", "nguyen.van.a"); in the text such a line may be a
# web address ("hasslerdressage.com"), so ``clean.is_account`` does not say it.
_DOTTED_LOGIN = re.compile(r"[a-z\d]+(\.[a-z\d]+)+")


def _signs_only(name: str) -> bool:
    """Whether a name is signs and words of one letter at most, not initials ("A- A+", "+ -"): a
    share bar's font-size control or an icon's text; no name is made so ("K." or "A. B." are
    initials, "T.H" two letters)."""
    words = name.split()
    return all(sum(c.isalpha() for c in w) <= 1 for w in words) \
        and not all(re.fullmatch(r"[^\W\d_]\.?", w) for w in words)


def _apply_rules(tree: html.HtmlElement, rules: SiteRules) -> dict:
    """What the site's own title/date/author/body expressions select, read before any cleaning.

    The body element is kept aside (a copy) so the generic cleaning cannot
    take it apart; the title, date and author elements are taken out of it.
    """
    chosen: dict = {}
    picked = {key: _first(tree, expr) for key, expr in
              (("title", rules.title_xpath), ("date", rules.date_xpath), ("author", rules.author_xpath),
               ("body", rules.body_xpath)) if expr}
    if "title" in picked and picked["title"] is not None:
        chosen["title"] = _text_value(picked["title"])
    if "date" in picked and picked["date"] is not None:
        el = picked["date"]
        value = el if isinstance(el, str) else (el.get("datetime") or el.get("content") or clean.text_of(el))
        chosen["published"] = parse_iso_date(value)
    if "author" in picked and picked["author"] is not None:
        chosen["author"] = _clean_author(clean.byline_name(_text_value(picked["author"]), right_aligned=True)
                                         or _text_value(picked["author"]), None)
    body = picked.get("body")
    if isinstance(body, html.HtmlElement):
        for key in ("title", "date", "author"):
            el = picked.get(key)
            if isinstance(el, html.HtmlElement) and el is not body and clean.attached(el, body):
                clean.drop(el)
        copy = html.fromstring(html.tostring(body, encoding="unicode"), parser=_parser())
        document = html.Element("html")
        etree.SubElement(document, "body").append(copy)
        chosen["body"] = document
    return chosen


def _first(tree: html.HtmlElement, expr: str) -> html.HtmlElement | str | None:
    """The first node an expression selects: an element, or a string (attribute, text(), string())."""
    try:
        found = tree.xpath(expr)
    except etree.XPathError:
        return None
    if isinstance(found, list):
        found = next((f for f in found if isinstance(f, (str, html.HtmlElement)) and
                      (not isinstance(f, str) or f.strip())), None)
    return found if isinstance(found, (str, html.HtmlElement)) else None


def _text_value(node: html.HtmlElement | str) -> str:
    return squash(node if isinstance(node, str) else clean.text_of(node))


def _chosen(chosen: dict, title: str | None, published: str | None, author: str | None, text: str,
            found_by: FoundBy) -> tuple[str | None, str | None, str | None, str, FoundBy]:
    """The generic results overridden by what the site's expressions found."""
    changes = {}
    if chosen.get("title"):
        title, changes["title"] = chosen["title"], "selector"
    if chosen.get("published"):
        published, changes["published"] = chosen["published"], "selector"
    if chosen.get("author"):
        author, changes["author"] = chosen["author"], "selector"
    if chosen.get("body") is not None:
        document = chosen["body"]
        clean.drop_noise(document)
        clean.remove_chrome_lines(document, None)
        own = _main_text(document, document[0][0], None)
        if own:
            text, changes["text"] = _tidy(own, title, None)[0], "selector"
    return title, published, author, text, replace(found_by, **changes)


_OUTSIDE_SHARE = 0.5   # link-free text around the body, in its share, past which it may be the story's


def _wider_container(tree: html.HtmlElement, body: html.HtmlElement) -> bool:
    """Whether the container trafilatura would read (the first its ``BODY_XPATH`` finds, else
    the whole page) holds ``body`` and only a little more link-free text: boxes, a details list,
    a video strip. Much more is likely more of the story (sections the body left out)."""
    found = bodypath.first_container(tree)
    if found is None:
        found = tree.find("body")
    if found is None or found is body or not any(a is found for a in body.iterancestors()):
        return False
    inside = len(clean.text_of(body)) - clean.link_text_len(body)
    around = len(clean.text_of(found)) - clean.link_text_len(found) - inside
    # No part of a story the body left out: a sidebar's <aside> (trafilatura reads none), the
    # titles of boxes and of a playlist's or teasers' items (the headline's <h1> counts, as before).
    for el in found.iter(*_NOT_LEFT_OUT):
        if not any(a is body or a.tag == "aside" for a in el.iterancestors()) \
                and not any(inner is body for inner in el.iter()):
            around -= len(clean.text_of(el)) - clean.link_text_len(el)
    return around < _OUTSIDE_SHARE * inside


_NOT_LEFT_OUT = ("aside", "h2", "h3", "h4", "h5", "h6")


def _narrower_container(tree: html.HtmlElement, body: html.HtmlElement) -> bool:
    """Whether the container trafilatura would read is inside ``body`` and holds much less of
    its link-free text: one section of a story whose sections are each a block its expressions
    take (a portal's content pieces, each a ``<div class="text">``), the first read alone."""
    found = bodypath.first_container(tree)
    if found is None or found is body or not any(a is body for a in found.iterancestors()):
        return False
    inside = len(clean.text_of(body)) - clean.link_text_len(body)
    if len(clean.text_of(found)) - clean.link_text_len(found) >= _INSIDE_SHARE * inside:
        return False
    # The story's other sections wrapped alike beside the one read (a heading and a caption
    # beside the story's block are no section of it).
    node = found
    while node is not None and node is not body:
        if any(len(clean.text_of(other)) >= _SECTION_TEXT for other in clean.alike_siblings(node)):
            return True
        node = node.getparent()
    return False


_SECTION_TEXT = 100   # characters of a section of the story beside the one trafilatura would read
_INSIDE_SHARE = 0.8   # of the body's text, a container inside it holds less when it leaves a section out


_NAMING = ("class", "id", "itemprop", "role")   # the attributes trafilatura's BODY_XPATH reads


def _unname_around(tree: html.HtmlElement, body: html.HtmlElement) -> None:
    """Leave the body, named ``articleBody``, the block trafilatura reads: a container around
    it that its expressions take first (a theme's ``<main class="page-content">`` around the
    post's ``post-content``, both of the first expression, the outer first in order) loses
    the names they read. Left as it was when that would hand trafilatura a block elsewhere, or
    when the container is taken by its tag alone (``<article>``, ``<main>``)."""
    if body.tag not in ("article", "div", "main", "section"):
        return   # a block the expressions never take (a <td>, a <ul>): trafilatura reads around it
    renamed: list[tuple[html.HtmlElement, dict[str, str]]] = []
    found = bodypath.first_container(tree)
    while found is not None and found is not body and any(a is found for a in body.iterancestors()):
        names = {k: found.attrib.pop(k) for k in _NAMING if k in found.attrib}
        renamed.append((found, names))
        if not names:
            break   # taken by its tag (<article>, <main>): no name to take away
        found = bodypath.first_container(tree)
    if found is not body:
        for el, names in renamed:
            el.attrib.update(names)


_CONTINUED = 60   # characters of a sentence-ending paragraph that may continue the story


def _continues(el: html.HtmlElement) -> bool | None:
    """Whether a sibling after the body goes on with its story (True), is no prose at all (None:
    an ad, a lone photo, a box of links, passed over), or is prose of another kind (False): it
    goes on with no link, no box's heading and one paragraph a full sentence at least."""
    text = clean.text_of(el)
    if len(text) < _CONTINUED or clean.link_density(el, text) >= 0.5 or el.tag in ("ul", "ol", "table", "form"):
        return None
    headings = el.iter("h2", "h3", "h4", "h5", "h6")
    if clean.link_text_len(el) or any(clean.is_box_heading(clean.text_of(h)) for h in headings):
        return False
    lines = [clean.text_of(p) for p in el.iter("p", "div", "blockquote") if clean.is_leaf_block(p) and clean.text_of(p)]
    return bool(lines) and any(len(line) >= _CONTINUED and clean.ends_sentence(line) for line in lines)


def _continue_body(body: html.HtmlElement) -> None:
    """Move into the body the blocks after it that go on with the story (``_continues``): the
    last section of a story printed in two sibling blocks, the half after an inline box. Only
    on a site whose template is known: a call to action, a disclaimer or an appeal repeats on
    its pages and went with the template (``boxes.remove_known``); alone, a page cannot tell."""
    passed: list[html.HtmlElement] = []   # no prose: left out, unless a section's heading (below)
    for el in list(body.itersiblings()):
        if not isinstance(el.tag, str):
            continue
        going_on = _continues(el)
        if going_on is False:
            return
        if going_on is None:
            passed.append(el)
            continue
        clean.changed(body)
        for heading in passed:   # the heading of the section that goes on, in its place
            if _section_heading(heading):
                body.append(heading)
        passed.clear()
        body.append(el)


def _section_heading(el: html.HtmlElement) -> bool:
    """Whether a short block between a story's sections heads the next: a heading or a bold
    line of text, with no link, that names no box."""
    text = clean.text_of(el)
    if not text or clean.link_text_len(el) or clean.is_box_heading(text):
        return False
    return el.tag in ("h2", "h3", "h4", "h5", "h6") or (el.tag in ("p", "div") and _emphasised(el))


# Blocks that hold paragraphs; and a legacy theme's <font class="content"> around a whole story
# (PHP-Nuke's: a bold lead, <br><br>, then <p>s or more runs), a block in all but name.
_RUN_HOLDERS = ("div", "section", "article", "main", "td", "blockquote", "font")


def _pasted_runs(holder: html.HtmlElement) -> bool:
    """Whether a block holds loose paragraphs to write as ``<p>``s (``_runs_as_paragraphs``), read
    in one pass over its children: a blank line (``<br><br>``, white space between: the break
    between two pasted paragraphs, not a line break inside one) with a paragraph's length of
    loose text or of inline runs around it; or a paragraph's length of loose text beside the
    block's blocks, before the first or after one (a CMS's body of bare text between its photos'
    blocks and its empty ``<p></p>``s): trafilatura reads a block's tail as no paragraph of its own."""
    blank = blocks = loose_after_block = False
    after_bare_br = False   # the child before is a <br> with nothing after it
    for child in holder:
        tag = child.tag
        if after_bare_br and tag == "br":
            blank = True
        after_bare_br = tag == "br" and not (child.tail or "").strip()
        if isinstance(tag, str) and tag in clean._BLOCK_TAGS:
            blocks = True
            loose_after_block = loose_after_block or _paragraph_long(child.tail)
    if blocks and (loose_after_block or _paragraph_long(holder.text)):
        return True
    return blank and (_loose_paragraph(holder) or _inline_runs(holder))


def _paragraph_long(text: str | None) -> bool:
    """Whether a loose text is as long as a paragraph once squashed (``clean._LOOSE_PARAGRAPHS``)."""
    return text is not None and len(text) >= clean._LOOSE_PARAGRAPHS and len(squash(text)) >= clean._LOOSE_PARAGRAPHS


def _loose_paragraph(holder: html.HtmlElement) -> bool:
    """Whether a block's own text, before its first child or after one (a category's icon
    link, a bold lead opening the block, then ``<br><br>text``), is as long as a paragraph."""
    return len(squash(holder.text)) >= clean._LOOSE_PARAGRAPHS \
        or any(len(squash(child.tail)) >= clean._LOOSE_PARAGRAPHS for child in holder if child.tag == "br")


_RUN_INLINE = frozenset({"span", "strong", "b", "em", "i", "u", "font", "small"})   # no link: a menu's


def _inline_runs(holder: html.HtmlElement) -> bool:
    """Whether a block's paragraphs between ``<br>``s are set in inline elements (a legacy
    page's rich text, ``<font>text</font><br><br><font>text</font>``, no loose text of its own):
    one run between two breaks, its own text and its inline children's, not a link's, as long
    as a paragraph (``clean._LOOSE_PARAGRAPHS``)."""
    if squash(holder.text) or any(squash(child.tail) for child in holder):
        return False   # loose text of its own: the rule on the block's own text reads it
    run = 0
    for child in holder:
        if not isinstance(child.tag, str) or child.tag == "br" or child.tag not in _RUN_INLINE:
            run = 0
        elif not any(True for _ in child.iter("a", *clean._BLOCK_TAGS)):
            run += len(squash(child.text_content()))
            if run >= clean._LOOSE_PARAGRAPHS:
                return True
    return False


def _runs_as_paragraphs(holder: html.HtmlElement) -> None:
    """A block's loose paragraphs (its own text and its children's tails, with the inline
    elements among them, between ``<br>``s and blocks: a story pasted as ``text<br><br>text``)
    each written as a ``<p>``: trafilatura never reads a container's own first text, and the
    lead and body rules measure ``<p>``s as paragraphs."""
    new: list[html.HtmlElement] = []
    paragraph: html.HtmlElement | None = None

    def opened() -> html.HtmlElement:
        """The paragraph being written, begun when there is none."""
        nonlocal paragraph
        if paragraph is None:
            paragraph = html.Element("p")
            new.append(paragraph)
        return paragraph

    def add(text: str | None) -> None:
        if not text or (paragraph is None and not text.strip()):
            return
        p = opened()
        if len(p):
            p[-1].tail = (p[-1].tail or "") + text
        else:
            p.text = (p.text or "") + text

    add(holder.text)
    holder.text = None
    for child in list(holder):
        tail, child.tail = child.tail, None
        if not isinstance(child.tag, str) or child.tag == "br" or child.tag in clean._BLOCK_TAGS:
            paragraph = None
            if isinstance(child.tag, str) and child.tag != "br":
                new.append(child)
        else:
            opened().append(child)
        add(tail)
    clean.changed(holder)
    holder[:] = new


_OPTIONS: dict[str, Extractor] = {}   # by the local date trafilatura's options carry


def _trafilatura_options(url: str | None) -> Extractor:
    """The options ``trafilatura.extract(tree, url=url, include_comments=False, include_tables=True,
    include_images=False, deduplicate=False, with_metadata=False)`` would make, without reading
    trafilatura's configuration again for every page (0.1 to 0.2 ms a page)."""
    day = datetime.now().astimezone().strftime("%Y-%m-%d")   # set_date_params' max_date
    template = _OPTIONS.get(day)
    if template is None:
        _OPTIONS.clear()
        template = Extractor(comments=False, tables=True, images=False, dedup=False, with_metadata=False)
        _OPTIONS[template.date_params["max_date"]] = template
    options = copy(template)
    options.url = url
    options.source = url and url.encode("utf-8", "replace").decode("utf-8")
    return options


def _main_text(tree: html.HtmlElement, body: html.HtmlElement | None, url: str | None, known: bool = False) -> str:
    """trafilatura over the cleaned page, or the body's own blocks when it finds nothing.
    ``known``: the site's template is known (``_continue_body``)."""
    if body is not None and (_wider_container(tree, body) or _narrower_container(tree, body)):
        # Where no articleBody microdata or class trafilatura knows names the story's block,
        # trafilatura reads a block around the body (<main>, the content column, the whole
        # page) with its boxes in it. Name the body found, as the CMS's microdata would.
        if known:
            _continue_body(body)
        body.set("itemprop", "articleBody")
        _unname_around(tree, body)
    options = _trafilatura_options(url)
    with readability_bound.ours():
        text = trafilatura.extract(tree, options=options)
        if text and body is not None and (_rescued_menus(text, tree, body, options.min_extracted_size)
                                          or _rescued_glued(text, body)):
            # A short body (a price board's table and its caption, a poll's intro over its form):
            # trafilatura's rescue of too little text read the page's menus around it, or the
            # story's block whole as one line, its headline and meta line glued on. The body, alone.
            options.min_extracted_size = 0
            text = trafilatura.extract(tree, options=options) or text
    if text or body is None:
        return text or ""
    return "\n".join(clean.text_of(el) for el in body.iter("p", "h2", "h3", "h4", "li", "blockquote")
                     if clean.is_leaf_block(el) and clean.text_of(el))


_RESCUED_LINKS = 2   # lines of a menu's links in the text that tell a rescue read the menus


def _rescued_menus(text: str, tree: html.HtmlElement, body: html.HtmlElement, rescue_under: int) -> bool:
    """Whether ``text``, extracted for a ``body`` whose link-free text is under ``rescue_under``
    characters (under which trafilatura reads the whole page again for more), holds lines that are
    only a link's text outside the body, the body printing none of them: the menus, no story."""
    if len(clean.text_of(body)) - clean.link_text_len(body) >= rescue_under:
        return False
    inside = {id(a) for a in body.iter("a")}
    links = {squash(clean.text_of(a)) for a in tree.iter("a") if id(a) not in inside}
    links.discard("")
    own = clean.text_of(body)
    found = sum(1 for raw in text.splitlines() if (line := squash(raw)) in links and line not in own)
    return found >= _RESCUED_LINKS


def _rescued_glued(text: str, body: html.HtmlElement) -> bool:
    """Whether ``text`` holds a line gluing the texts of two of the body's blocks or more: the
    rescue of too little text (trafilatura's baseline) reading the story's block whole, as one
    line, when its own pass kept less than its minimum (a poll's intro over its form)."""
    blocks = [t for el in body.iter(*_GLUED_BLOCKS) if clean.is_leaf_block(el) and len(t := clean.text_of(el)) >= 20]
    if len(blocks) < 2:
        return False
    # (a line holding two blocks is longer than any one of them: most texts have no such line)
    longest = max(map(len, blocks))
    return any(sum(1 for t in blocks if t in line) >= 2
               for line in map(squash, (raw for raw in text.splitlines() if len(raw) > longest)))


_GLUED_BLOCKS = ("p", "li", "h2", "h3", "h4", "legend", "blockquote")   # not cells: a row is one line


_VIETNAMESE_LETTERS = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)


def _is_vietnamese(meta: PageMeta, title: str | None, body: html.HtmlElement | None = None) -> bool:
    lang = meta.language
    if lang == "vi":
        return True
    # The headline and the <title> (which most sites end with their name): a short headline
    # ("Liên hệ", a person's name) alone has too few marked letters to tell.
    words = f"{title or ''} {meta.title_tag or ''}".split()
    marked = sum(bool(_VIETNAMESE_LETTERS.search(w)) for w in words)
    if lang:
        # Many Vietnamese sites keep their template's lang="en": a title written in Vietnamese
        # (most of its syllables marked) outweighs it; a foreign title naming a place does not.
        # The body's prose too: an English edition's headline names places with their marks
        # ("Hà Nội, Đà Nẵng and Hội An …"), its story has few (Vietnamese prose marks most syllables).
        return marked >= 3 and 3 * marked >= len(words) and (body is None or _marked_prose(body))
    return len(_VIETNAMESE_LETTERS.findall(" ".join(words))) >= 2


def _marked_prose(body: html.HtmlElement) -> bool:
    """Whether the opening of ``body``'s text is Vietnamese: a quarter of its words marked at least."""
    words = (clean.text_head(body, _PROSE_READ) or "").split()
    return 4 * sum(bool(_VIETNAMESE_LETTERS.search(w)) for w in words) >= len(words)


_PROSE_READ = 600   # characters of the body read for its language


_WORDY = re.compile(r"[^\W_]")


# The words a date line's value may hold beside its digits: a weekday, a month, a time of day.
_DATE_WORDS = frozenset((
    "ngày tháng năm thứ chủ nhật cn hai ba tư bốn sáu bảy tám chín mười một giêng chạp lúc vào giờ "
    "phút giây sáng trưa chiều tối đêm sa ch gmt utc ict h am pm at on of st nd rd th mon tue wed thu "
    "fri sat sun monday tuesday wednesday thursday friday saturday sunday jan feb mar apr may jun jul "
    "aug sep sept oct nov dec january february march april june july august september october "
    "november december").split())
_WORD = re.compile(r"[^\W\d_]+")


def _date_line(line: str, last: bool = False) -> bool:
    """A line that is a label and a date, nothing more ("Cập nhật: 09:20 16/05/2024"), not
    a sentence or a live report's entry that opens so ("Cập nhật 14h ngày 9/9/2024: Cầu … sập");
    the ``last`` of the text also with more credits after the date ("Xuất bản: … | Thiết kế: …")."""
    found = _DATE_LINE.match(line) if len(line) <= 80 else None
    return bool(found and parse_vietnamese_date(found.group(2))
                and (last or all(word in _DATE_WORDS for word in _WORD.findall(found.group(2).lower()))))


def _bare_date(line: str) -> bool:
    """A line that is a date and nothing more, with no label ("20/05/2024 16:30", "Thứ Hai, 20/5/2024")."""
    return len(line) <= 48 and bool(_DIGIT.search(line)) and parse_vietnamese_date(line) is not None \
        and all(word in _DATE_WORDS for word in _WORD.findall(line.lower()))


def _placed_date(line: str) -> bool:
    """A place and a date, nothing more ("Diên Khánh, lúc 08:30 ngày 6/5/2024"): a date line a
    site builder's page keeps after the story in its markup, though it shows it under the headline."""
    place, comma, when = line.partition(",")
    words = place.split()
    return bool(comma) and 0 < len(words) <= 4 and all(w[0].isupper() for w in words if w[0].isalpha()) \
        and _bare_date(when.strip())


# A day and its month with no year (a post heading's badge), folded: "11 th3", "11 thg 3",
# "11/03", "11 thang 3", "mar 11".
_MONTHS_EN = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_DAY_BADGE = re.compile(rf"\d{{1,2}}\s*(?:th|thg|thang)\.?\s*\d{{1,2}}|\d{{1,2}}\s*[/.-]\s*\d{{1,2}}"
                        rf"|\d{{1,2}}\s+(?:{_MONTHS_EN})[a-z]*\.?|(?:{_MONTHS_EN})[a-z]*\.?\s+\d{{1,2}}")


def _dated_title(line: str, title: str) -> bool:
    """Whether ``line`` is the headline with its day printed before it, nothing else: a theme's
    date badge in the post's own heading ("11 Th3 Đưa sân khấu chèo về …"), the headline
    printed again in the post under the page's title band."""
    folded, key = fold(line), fold(title)
    if len(folded) <= len(key) or not folded.endswith(key):
        return False
    cut = len(folded) - len(key)   # fold keeps a line's length: the printed day is the line's start
    day = line[:cut].strip(" -–|·:,")
    return 0 < len(day) <= 20 and bool(_DAY_BADGE.fullmatch(fold(day)) or _bare_date(day))


def _without(lines: list[str], key: str) -> list[str]:
    """``lines`` but those that fold to ``key``. fold keeps every space: a line with another
    count of spaces is not it, and is not folded."""
    spaces = key.count(" ")
    return [line for line in lines if line.count(" ") != spaces or fold(line) != key]


_LIST_ITEM = re.compile(r"[-•*+–]\s")   # how trafilatura and writers print a list's items


def _may_sign(lines: list[str]) -> bool:
    """Whether the text's last line, a plain name ("Anh Dũng"), may be its byline: not an item
    of a list the story ends with ("- Cù Lao Chàm", or the last of lines of names)."""
    if _LIST_ITEM.match(lines[-1]):
        return False
    return len(lines) < 2 or not clean.plain_name(lines[-2])


# A series' part named by its label ("Bài 2: …", "Kỳ 3 - …", "Kỳ trước: …"), a headline after it;
# perhaps announced ("Đón đọc bài 3: …", "Mời đọc kỳ tới: …"): a part still to come, never this one.
_SERIES_PART = re.compile(r"^(?P<announced>(?:(?:mời\s+(?:quý\s+)?(?:bạn đọc|độc giả)\s+)?"
                          r"(?:đón đọc|đón xem|đọc tiếp|xem tiếp)|mời (?:bạn )?đọc)\s+)?"
                          r"(?:bài|kỳ|phần)\s*(?P<part>\d{1,2}|trước|tới|sau|tiếp(?: theo)?|cuối)"
                          r"\s*[:.\-–]\s*(?P<head>\S.{3,140})$",
                          re.I)
_SERIES_OWN = re.compile(r"\b(?:bài|kỳ|phần)\s*(\d{1,2}|cuối|tiếp)\b", re.I)


def _other_part(line: str, title: str | None) -> bool:
    """Whether ``line`` names another part of the series the story is one of: its number is not
    the headline's ("Bài 2: …" closing part 1), or it says which ("Kỳ trước: …", "Bài cuối: …"
    unless the headline is the last part's own), or announces it ("Đón đọc bài 3: …"). A headline
    after the label, no sentence ("Bài 2 của loạt bài sẽ …" has no label)."""
    found = _SERIES_PART.match(line)
    if not found or found.group("head").rstrip()[-1:] in ".;,":
        return False
    if found.group("announced"):
        return True
    own = {label.lower() for label in _SERIES_OWN.findall(title or "")}
    part = found.group("part").lower()
    if part.isdigit():
        numbers = {int(label) for label in own if label.isdigit()}
        return bool(numbers) and int(part) not in numbers
    return part not in own


# A series' label line: "Loạt bài: <the series' name>" (a link to the series' page, or not), and the
# heading over a list of its parts ("Các bài trong loạt:"): the series' box, not the story.
_SERIES_LABEL = re.compile(r"^(?:loạt bài|tuyến bài|chuỗi bài|series)(?: viết)?\s*[:：]\s*\S.{0,120}(?<![.!?;,])$|"
                           r"^(?:loạt bài|tuyến bài|chuỗi bài|series)(?: viết)?\s*[“\"«][^”\"»]{1,120}[”\"»]\s*[:：]?$|"
                           r"^(?:các |những )?bài (?:viết )?(?:khác )?(?:trong|cùng|thuộc|của) "
                           r"(?:loạt|tuyến|chuỗi)(?: bài)?(?: viết)?(?: này)?\s*[:：]?$", re.I)


# A print edition's jump line, where a story runs on to another page or comes from one: "(Xem
# tiếp trang 2)", "(Tiếp theo trang 1)", "Xem tiếp trang 5". The printed page's, not the story's.
_JUMP_LINE = re.compile(r"\(?\s*(?:xem tiếp|tiếp theo|tiếp)\s+(?:ở\s+|tại\s+)?trang\s+\d{1,2}\s*\)?\.?", re.I)
# The reading time a meta bar prints ("3 phút đọc", "Thời gian đọc: 5 phút", "4 min read"): no
# text, taken out of the text's lines (a page with no block of prose may have it for its body).
_READING_TIME = re.compile(r"^(?:(?:thời gian đọc|đọc trong|đọc khoảng)\s*:?\s*(?:khoảng\s*)?\d{1,3}\s*phút"
                           r"|\d{1,3}\s*(?:phút đọc|min(?:ute)?s? read))$", re.I)


_SIGNED_LINES = 8   # the text's last lines where the writer's signature may stand (its notes under it)
_HEAD_LINES = 3     # the text's first lines where a journal prints the writer's name over the story


def _without_signature(text: str, author: str | None) -> str:
    """The text without the writer's signature left in it near its end: a line that is the
    author's name, as printed or under a rank ("PGS.TS Trần Thị Minh Hằng" signing a journal's
    article above its notes), and the writer's affiliation on the line under it ("Viện Văn hóa
    và Phát triển, Học viện Chính trị quốc gia Hồ Chí Minh")."""
    if not author:
        return text
    lines = text.splitlines()
    key = fold(author)
    # (or above it, in its first lines: a journal's author block opening the body, the name under
    # its rank over the writer's court or institute)
    for n in [*range(len(lines) - 1, max(1, len(lines) - _SIGNED_LINES) - 1, -1), *range(min(_HEAD_LINES, len(lines)))]:
        line = lines[n]
        named = _BY_NAME.sub("", line.strip(" .")).strip()   # "By Hồng Vân" opening an English edition's story
        if len(line) > 80 or fold(_without_ranks(clean.without_rank(named))) != key:
            continue
        end = n + 1 + (n + 1 < len(lines) and clean.affiliation_line(lines[n + 1].strip()))
        return "\n".join(lines[:n] + lines[end:])
    return text


def _tidy(text: str, title: str | None, sapo: str | None,
          captions: frozenset[str] = frozenset()) -> tuple[str, str | None, str | None]:
    """Final line pass: headline, byline, source and chrome lines out; the sapo first. A photo's
    caption (``captions``) after the story's last line is the photo's, kept: the source line or
    the byline before it still ends the story ("Nguồn: Báo Thanh Hóa", then the photo's block)."""
    lines = [squash(line) for line in text.splitlines()]
    lines = [line for line in lines if _WORDY.search(line)]   # "|" left of a tool bar is no line
    if title:
        lines = _without(lines, fold(title))
        lines = [line for line in lines if not _dated_title(line, title)]
        broken = next((n for n in (2, 3) if len(lines) > n and fold(" ".join(lines[:n])) == fold(title)), 0)
        del lines[:broken]   # the headline broken in lines ("TRƯỜNG …<br>TƯNG BỪNG …") above the story
    lines = [line for line in lines if not _date_line(line) and not _READING_TIME.match(line)
             and not _JUMP_LINE.fullmatch(line)]
    if lines and (_bare_date(lines[0]) or _placed_date(lines[0])):
        lines.pop(0)   # the story block's own date line ("Lai Châu, ngày 09 tháng 01 năm 2012"), above it
    while len(lines) > 1 and _SERIES_LABEL.match(lines[0]):
        lines.pop(0)   # "Loạt bài: …" above the story: its series' label
    if len(lines) > 1 and _other_part(lines[0], title):
        lines.pop(0)   # "Kỳ trước: …" above part 2: a teaser of the series' other part
    author = source = None
    held: list[str] = []   # captions ending the text, last first
    while lines:
        last = lines[-1]
        if clean.other_credit(last) or _date_line(last, last=True) or _SOURCE_LABEL_ALONE.match(last) \
                or len(lines) > 1 and clean.printed_in(last) \
                or _placed_date(last) or (len(lines) > 1 and (_other_part(last, title) or _SERIES_LABEL.match(last))):
            lines.pop()   # an e-magazine's credits: "Thiết kế: Hải Anh", "Ngày xuất bản: 22/10/2023"
            continue
        if last in captions and len(lines) > 1:
            held.append(lines.pop())
            continue
        bracketed = last[:1] == "(" and last[-1:] == ")"
        src = _SOURCE_LINE.match(last[1:-1] if bracketed else last)
        if src and not _names_source(src):
            src = None   # "(Theo quy định của Bộ Tài chính)": a note, not "(Theo Báo Tin tức)"
        if src and source is None and len(last) <= 90:
            source = src.group(2).strip()
            lines.pop()
            continue
        name = clean.byline_name(last, last=_may_sign(lines))
        if name and clean.signer_above(lines):
            break   # "CHỦ TỊCH" over "Nguyễn Thanh Sơn": the document's signer, no writer
        if name and author is None:
            author = name
            source = source or clean.byline_source(last)
            lines.pop()
            continue
        credited = _staff_source(last) if author is None and source is None else None
        if credited:
            source = credited
            lines.pop()
            continue
        break
    lines.extend(reversed(held))
    if sapo:
        sapo = squash(sapo)
        sapo_key = fold(sapo)
        if not lines or fold(lines[0])[:60] != sapo_key[:60]:
            lines = _without(lines, sapo_key)
            lines.insert(0, sapo)
    return "\n".join(lines), author, source
