"""Boxes found by structure, not by heading: teaser lists, reader comments, a site's template.

A teaser is an item whose first text is a link to another page of the same
site with a title-like anchor (perhaps a thumbnail before it, a blurb or a
date after it); a box is a run of two or more sibling teasers with little
else beside them, whatever its heading says, or without one. Reader comments
are items with a short name, a time and a short text, and the form that
posts them. A site's template (sidebars, widgets, footers) is what repeats
on many of its article pages: ``block_hashes`` fingerprints a page's leaf
blocks (where they sit and what they say) for the crawl to count, and
``remove_known`` drops the ones the site's ``SiteKnowledge`` lists.
"""

from __future__ import annotations

import hashlib
import re
import sys
from array import array
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from urllib.parse import urljoin, urlsplit

from lxml import etree, html

from . import detect
from .clean import (
    AUTHOR_CLASS,
    AUTHOR_HREF,
    attached,
    block_holders,
    drop,
    held_links,
    is_credit_line,
    is_leaf_block,
    link_text_len,
    links_to_author,
    short_text,
    story_text_beside,
    text_of,
)
from .dates import DATES, parse_vietnamese_date
from .text import fold, letter_count, squash, squashed_longer

TITLE_CHARS = 20          # a teaser's anchor text is a headline: this long, and several words
TITLE_WORDS = 4
BLURB_CHARS = 400         # text an item may carry beside its title (blurb, date, category)
STORY_BESIDE = 250        # story text beside a run of teasers beyond which it is not a box
_ITEM_TAGS = frozenset({"li", "div", "article", "section", "tr", "td", "dl", "dd", "p", "figure", "header",
                        "h2", "h3", "h4", "h5", "h6", "span", "a", "strong", "b", "em", "table", "tbody"})
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _host(url: str) -> str:
    host = urlsplit(url).netloc.lower()
    return host[4:] if host.startswith("www.") else host


def _teaser_target(href: str | None, page: str | None, host: str | None) -> str | None:
    """The page of the site a link leads to (not this page, not the home page), or None."""
    href = (href or "").strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
        return None
    if _FILE_PATH.search(href.split("#", 1)[0].split("?", 1)[0]):
        return None   # a file to download ("Tải báo cáo (PDF)"): no page's teaser
    try:
        if page and page.startswith(("http://", "https://")):
            path = _from_root(href)
            if path is not None:   # a link from the site's root, on the page's host
                if host is not None and _netloc(page) != host:
                    return None
                return None if not path or path == _self(page) else path
        parts = urlsplit(urljoin(page, href) if page else href)
        netloc = parts.netloc.lower().removeprefix("www.")
    except ValueError:
        return None
    if host is not None and netloc != host:
        return None
    if parts.path in ("", "/") and not parts.query:
        return None
    target = f"{parts.path}?{parts.query}"
    return None if target == _self(page) else target


_FILE_PATH = re.compile(r"\.(pdf|docx?|xlsx?|pptx?|zip|rar|7z|odt)$", re.I)


@lru_cache(maxsize=4096)
def _from_root(href: str) -> str | None:
    """A link from the site's root as ``_teaser_target`` gives it ("path?query"; "" for the
    home page), or None for any other link. From the root, urljoin would keep the path and
    query as they are (no dot segments, no parameters), on the page's host: no join needed.
    Cached by the link alone: a site's menus and sidebars link the same pages from every page."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or parts.path[:1] != "/" or "/." in parts.path or ";" in parts.path:
        return None
    return "" if parts.path == "/" and not parts.query else f"{parts.path}?{parts.query}"


@lru_cache(maxsize=64)
def _netloc(page: str) -> str:
    return urlsplit(page).netloc.lower().removeprefix("www.")


@lru_cache(maxsize=64)
def _self(page: str | None) -> str | None:
    if not page:
        return None
    parts = urlsplit(page)
    return f"{parts.path}?{parts.query}"


def _title_like(text: str) -> bool:
    return len(text) >= TITLE_CHARS and len(text.split()) >= TITLE_WORDS


# Links whose text (text_content, XPath's string value) is long enough for a title, picked
# in C: menus are most of a page's links.
_LONG_LINKS = etree.XPath(f"descendant-or-self::a[string-length() >= {TITLE_CHARS}]")


def _teaser_items(tree: html.HtmlElement, url: str | None) -> dict:
    """Item element → its target, for every same-site link with a headline for text."""
    host = _host(url) if url else None
    targets: dict = {}
    known: dict = {}      # href → target: menus and teasers repeat links
    for a in _LONG_LINKS(tree):
        text = text_of(a)
        if _title_like(text):
            href = a.get("href")
            if href not in known:
                known[href] = _teaser_target(href, url, host)
            if known[href] is not None:
                targets[a] = (known[href], text)
    items: dict = {}
    texts: dict = {}      # element → text_of: teasers climb to the same containers (nothing changes here)
    for a, (target, text) in targets.items():
        if _line_length(a, text, targets) > len(text) + 40:
            continue   # a link inside running text, not a headline on its own line
        item, title_len = a, len(text)
        # Climb while the wider element still holds this one teaser (its thumbnail, title,
        # blurb, date) and the title is where it starts.
        for _ in range(6):
            parent = item.getparent()
            if parent is None or parent.tag not in _ITEM_TAGS:
                break
            ptext = texts.get(parent)
            if ptext is None:
                ptext = texts[parent] = text_of(parent)
            if len(ptext) > title_len + BLURB_CHARS or not _starts_with(ptext, text):
                break
            if _other_target(parent, targets, target):
                break
            item = parent
        if _starts_with(texts[item] if item in texts else text_of(item), text):
            items[item] = target
    items.update(_overlay_cards(tree, url, host, known))
    items.update(_read_more_cards(tree, url, host, known, items))
    return items


_CARD_REACH = 4   # levels above a read-more button where its card may stand


def _read_more_cards(tree: html.HtmlElement, url: str | None, host: str | None, known: dict,
                     items: dict) -> dict:
    """Card → target, for a card whose one link is its read-more button ("Xem tiếp", "Read
    more": a site builder's card, the headline and the blurb unlinked above it): the card is
    the widest block round the button that opens with a headline, holds no other such button
    and no more than a blurb."""
    cards: dict = {}
    for a in tree.iter("a"):
        href = a.get("href")
        if not href or not detect.read_more(text_of(a)):
            continue
        if href not in known:
            known[href] = _teaser_target(href, url, host)
        target = known[href]
        if target is None or detect.url_kind(target) in ("home", "listing", "document", "filed"):
            continue   # a box's "Xem tiếp" to its section's list: the box is the site's, no teaser
        card = None
        for up in islice(a.iterancestors(), _CARD_REACH):
            if up.tag not in _ITEM_TAGS or up in items or any(
                    x is not a and detect.read_more(text_of(x)) for x in up.iter("a")):
                break
            heading = next((h for h in up.iter("h2", "h3", "h4", "h5", "h6") if _title_like(text_of(h))), None)
            text = text_of(up)
            if heading is not None and _starts_with(text, text_of(heading)) \
                    and len(text) <= len(text_of(heading)) + BLURB_CHARS + len(text_of(a)):
                card = up
        if card is not None:
            cards[card] = target
    return cards


# Links with no text at all: a card's link laid over it (Notion's, Framer's galleries).
_EMPTY_LINKS = etree.XPath("descendant-or-self::a[@href][not(normalize-space())][not(*)]")


def _overlay_cards(tree: html.HtmlElement, url: str | None, host: str | None, known: dict) -> dict:
    """Card → target, for a card whose link is an empty anchor laid over it and whose first
    line is a headline (its date, category and blurb after it)."""
    cards: dict = {}
    for a in _EMPTY_LINKS(tree):
        card = a.getparent()
        href = a.get("href")
        if card is None or card.tag not in _ITEM_TAGS:
            continue
        if href not in known:
            known[href] = _teaser_target(href, url, host)
        target = known[href]
        first = next((text_of(el) for el in card.iter("p", "div", "span", "h2", "h3", "h4", "h5", "h6")
                      if text_of(el) and not any(isinstance(c.tag, str) and text_of(c) for c in el)), "")
        if target is not None and _title_like(first) and len(text_of(card)) <= len(first) + BLURB_CHARS \
                and _starts_with(text_of(card), first):
            cards[card] = target
    return cards


def _other_target(parent: html.HtmlElement, targets: dict, target: str) -> bool:
    """Whether ``parent`` holds a teaser link to another page than ``target``."""
    for x in parent.iter("a"):
        found = targets.get(x)
        if found is not None and found[0] != target:
            return True
    return False


_BLOCKS = frozenset({"p", "div", "li", "ul", "ol", "table", "tr", "td", "th", "section", "article", "aside",
                     "nav", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "dl",
                     "dd", "dt", "form", "main", "figure", "figcaption", "body"})


def _line_length(a: html.HtmlElement, text: str, headlines: dict) -> int:
    """Length of the line a link stands in: its block's text outside nested blocks. Other
    ``headlines`` links with nothing but space between them and this one leave it alone on its
    line (a box's titles in one cell, set on lines of their own by a float or a ``<br>``); with
    a word or a mark between ("« Bài trước | Bài sau »"), they are the line's text.
    ``text`` is the link's own (squashed), not read again when the link is the block's child."""
    block = a
    while block.getparent() is not None and block.tag not in _BLOCKS:
        block = block.getparent()
    total = len(squash(block.text))
    others = 0   # the other headline links' text in the line
    for child in block:
        tag = child.tag
        if not isinstance(tag, str):
            continue
        if child is a:
            total += len(text)
        elif tag not in _BLOCKS:
            size = len(text_of(child))
            total += size
            if child in headlines:
                others += size
        total += len(squash(child.tail))
    # Nothing but the links: each alone on its line (a wrapper of this one counts it in ``total``)
    return len(text) if others and total - others - len(text) <= 0 else total


def _starts_with(text: str, title: str) -> bool:
    """The item's text opens with the title (a label, date or category of a few words may come first)."""
    at = text.find(title[:40])
    return 0 <= at <= 40


def remove_teaser_boxes(tree: html.HtmlElement, url: str | None, title: str | None = None,
                        headline: html.HtmlElement | None = None) -> int:
    """Drop runs of teasers (two or more sibling items, each a link to another page of the
    site with a headline for text), and a series' box naming the story (``title``) among its
    parts; return how many teasers were dropped. The story's ``headline`` is never one, though
    it links elsewhere (a theme's headline linking the post's address as another form of it)."""
    series = _remove_series_boxes(tree, title)   # first: its linked part alone would go as a lone teaser
    items = _teaser_items(tree, url)
    around: set = set()   # the headline and what holds it: never a box, nor climbed to
    if headline is not None:
        around = {headline, *headline.iterancestors()}
        items = {item: target for item, target in items.items()
                 if item not in around and not any(a is headline for a in item.iterancestors())}
    if not items:
        return series
    by_parent: dict = {}
    for item in items:
        parent = item.getparent()
        if parent is not None:
            by_parent.setdefault(parent, []).append(item)
    dropped = 0
    prose: dict = {}   # branch → whether it holds prose (``in_side_column``): the headline's is read once
    above_headline = {el for h in tree.iter("h1") for el in h.iterancestors()}
    for parent, members in by_parent.items():
        if parent.getparent() is None or parent.tag in ("body", "html"):
            if len(members) >= 2:
                for item in members:
                    drop(item)
                dropped += len(members)
            continue
        if len(members) < 2:
            if len(members) == 1 and (_is_lone_teaser_line(members[0]) or _is_lone_card(members[0], tree)):
                dropped += not _amid_prose(members[0])
                drop(members[0])
            continue
        box = parent
        if parent in around or _story_beside_items(parent, members, STORY_BESIDE) > STORY_BESIDE:
            for item in members:     # teasers among story paragraphs: the items only
                drop(item)
            dropped += len(members)
            continue
        # Take the box's heading with it: climb while the wider element adds no story text.
        for _ in range(3):
            up = box.getparent()
            if up is None or up.tag in ("body", "html", "form") or up in above_headline or up in around \
                    or story_text_beside(up, box, STORY_BESIDE) > STORY_BESIDE:
                break
            box = up
        # A box between two paragraphs of the story is an inline related box, which stories
        # carry, and a module in a column beside the headline's is the site's: their teasers
        # make no listing of the page.
        dropped += 0 if _amid_prose(box) or in_side_column(box, headline, prose) else len(members)
        drop(box)
    return dropped + series


# A part of a series named by its number ("Bài 2:", "Kỳ 3 -", "Phần cuối:", "Part 1."), folded.
_PART = re.compile(r"^(bai|ky|phan|tap|part|episode)\s*(\d{1,2}|cuoi|cuoi cung|final)\s*[:.)–—-]", re.I)
_PART_ITEM = 200   # characters of a series list's item: a part's title, "(kỳ tới)" perhaps


def part_line(text: str) -> bool:
    """Whether a line names a series' part by its number ("Bài 2:", "Kỳ 3 -", "Phần cuối:")."""
    return _PART.match(fold(text)) is not None


def _remove_series_boxes(tree: html.HtmlElement, title: str | None = None) -> int:
    """Drop a series' box: a list whose every item (two or more) names a part of the series by
    its number, one at least linking another part by its title (the current part and the next are often
    unlinked) or naming the story itself (``title``: a box whose parts are all unlinked, the first
    part's before the next is out), with its heading, whatever it says. Return how many parts it listed."""
    dropped = 0
    for listing in [el for el in tree.iter("ul", "ol", "div") if len(el) >= 2]:
        items = [li for li in listing if isinstance(li.tag, str)]
        if listing.tag == "div":
            # Or a box of paragraphs, a part's each, perhaps under the series' name ("<p><b>Loạt
            # bài: …</b></p><p><a>Bài 1: …</a></p><p>Bài 2: …</p>"): an editor's box in the body.
            if any(el.tag != "p" for el in items) or (listing.text or "").strip():
                continue
            first = short_text(items[0], _PART_ITEM)
            if first is not None and not _PART.match(fold(first[:30])) and len(items) >= 3:
                items = items[1:]   # the series' name over its parts
        if not 2 <= len(items) <= 30 or any(li.tag != ("p" if listing.tag == "div" else "li") for li in items):
            continue
        # Most lists fail on their first item: read each no further than a part's title.
        if not all((t := short_text(li, _PART_ITEM)) and _PART.match(fold(t[:30])) for li in items) \
                or not any(_titled_part(li) or _own_part(li, title) for li in items):
            continue
        box = listing
        for _ in range(2):   # with its heading: up while the wider element adds no story text
            up = box.getparent()
            if up is None or up.tag in ("body", "html", "form", "article", "main") \
                    or story_text_beside(up, box, STORY_BESIDE) > _PART_ITEM:
                break
            box = up
        if box.getparent() is not None:
            drop(box)
            dropped += len(items)
    return dropped


def _titled_part(li: html.HtmlElement) -> bool:
    """Whether a series' item links its part by its title: the link holds most of its text
    ("Kỳ 1 - <a>Nhà nổi …</a>"), not a word of it ("Phần 1: phát biểu của <a>Chủ tịch</a> …")."""
    linked = sum(len(text_of(a)) for a in li.iter("a") if a.get("href"))
    return linked > 0 and 2 * linked >= len(text_of(li))


def _own_part(li: html.HtmlElement, title: str | None) -> bool:
    """Whether a series' item is the story's own part: its label and its part's title, both in the
    headline ("Kỳ 1: Những người gác rừng" under "Giữ rừng đầu nguồn - Kỳ 1: Những người gác rừng").
    A story's own list of steps or of an exam's parts names no headline."""
    if not title:
        return False
    item = fold(text_of(li))
    found = _PART.match(item)
    if not found:
        return False
    name = item[found.end():].strip(" :.)–—-")
    headline = fold(title)
    return len(name) >= 8 and name in headline \
        and re.search(rf"\b{found.group(1)}\s*{found.group(2)}\b", headline) is not None


def in_side_column(box: html.HtmlElement, headline: html.HtmlElement | None, memo: dict | None = None) -> bool:
    """Whether ``box`` stands in a column beside the headline's: under their nearest common
    ancestor, the headline's branch holds prose (the story) and the box's none (a column of
    modules: "Tin mới nhất", "Đọc nhiều nhất", a layout table's left or right cell). A
    listing's teasers stand under its heading, the heading's branch no prose of its own."""
    if headline is None:
        return False
    around = {headline, *headline.iterancestors()}
    branch = box
    for up in box.iterancestors():
        if up in around:
            own = next((el for el in up if el in around), None)
            if own is None:
                return False
            memo = {} if memo is None else memo
            for el in (own, branch):
                if el not in memo:
                    memo[el] = _prose_block(el)
            return memo[own] and not memo[branch]
        branch = up
    return False


def _prose_block(el: html.HtmlElement) -> bool:
    """Whether a block's text is prose: a paragraph's length at least, its links under 0.3 of
    it (``_prose_among``'s test of one block, its text read once)."""
    text = text_of(el)
    return len(text) >= _PROSE and link_text_len(el) < 0.3 * len(text)


def _amid_prose(box: html.HtmlElement) -> bool:
    """Whether a paragraph of prose stands among the five blocks with text before ``box`` and
    among the five after it (past a "Xem thêm" line, an ad slot, photos' captions)."""
    return _prose_among(box.itersiblings(preceding=True)) and _prose_among(box.itersiblings())


def _prose_among(siblings: Iterator[html.HtmlElement]) -> bool:
    with_text = 0
    for sibling in islice(siblings, 12):
        if not isinstance(sibling.tag, str):
            continue
        # A story's column stands beside a box: its text is read no further than it takes to
        # outweigh its links (more than ``_PROSE_LINKS`` times their text: prose for sure).
        links = sum(len(text_of(a)) for a in sibling.iter("a"))
        text = short_text(sibling, max(_PROSE, _PROSE_LINKS * links))
        if text is None:
            return True   # longer than 80 characters and than 4 times its links' text
        if not text:
            continue
        if len(text) >= _PROSE and links < 0.3 * len(text):
            return True
        with_text += 1
        if with_text == 5:
            break
    return False


_PROSE, _PROSE_LINKS = 80, 4   # a paragraph of prose: 80 characters, links under 0.3 of them


def _drop_boxes(body: html.HtmlElement, tags: tuple[str, ...], is_box: Callable[[html.HtmlElement], bool]) -> int:
    """Drop the blocks of ``body`` (of ``tags``, not ``body`` itself) that ``is_box`` says are a
    box, outer ones first (a box's inner blocks go with it, not asked); how many went."""
    dropped = 0
    for box in list(body.iter(*tags)):
        if box is body or dropped and not attached(box, body) or not is_box(box):
            continue
        drop(box)
        dropped += 1
    return dropped


_CARD_TEXT = 400   # characters of a writer's card, at most: a label, the name, a line about them
_CARD_BIO = 30     # characters of its line about the writer, at least
_CARD_LABELS = frozenset({"tac gia", "ve tac gia", "nguoi viet", "author", "about the author", "written by"})


def remove_writer_cards(body: html.HtmlElement) -> int:
    """Drop a writer's card in the body's column (an author box under a story: "Tác giả", the
    name linking to the writer's page, a line about them, a portrait): a block of its own, short,
    one link and that to a writer's page, a sentence besides the name and its label. Read as the
    writer before (``_author_in``); no text of the story. How many went."""
    return _drop_boxes(body, ("div", "section", "aside"), _writer_card)


def _writer_card(card: html.HtmlElement) -> bool:
    links = list(islice(card.iter("a"), 2))
    if len(links) != 1 or not AUTHOR_HREF.search(links[0].get("href") or ""):
        return False
    name = text_of(links[0])
    if not name or len(text_of(card)) > _CARD_TEXT or next(card.iter("h1", "h2"), None) is not None:
        return False
    rest = [line for el in card.iter("p", "div", "span") if is_leaf_block(el) and (line := text_of(el))
            and name not in line]
    if not any(len(line) >= _CARD_BIO and line.rstrip().endswith(".") for line in rest):
        return False   # a byline's line (a name and a date), no card
    # and a portrait or a label: else the story's closing lines and its signature
    return next(card.iter("img"), None) is not None or any(fold(line).rstrip(" :") in _CARD_LABELS for line in rest)


_FIGURE_LINE = 40   # characters of a line of a box of figures ("Giá hiện tại 23.400"), at most
_FIGURE_BOX = 250   # characters of such a box, at most
_FIGURE_LINES = 3   # its lines of figures, at least
_FIGURE_HEAD = 20   # characters of its head when no heading element sets it ("HPG HOSE"), at most


def remove_figure_boxes(body: html.HtmlElement) -> int:
    """Drop a widget of figures set in the story's body (a stock's quote box: "CSL UPCOM" over
    "Giá hiện tại 23.400", "Thay đổi +600", "KLGD 184.300" and a link to the company's
    profile): a block under a heading of its own (or a short first line with no figure), three
    short lines (or a table's rows) each with a figure and nothing else, a link out of it,
    short. The data's widget, not the story; a story's figures stand in sentences or in a table
    of its own. How many went."""
    return _drop_boxes(body, ("div", "aside", "section"), _figure_box)


def _figure_box(box: html.HtmlElement) -> bool:
    if not held_links(box) or len(text_of(box)) > _FIGURE_BOX:
        return False
    # (a table's rows are its lines too: "Tham chiếu | 27.300", "Cao nhất | 27.800")
    lines = [line for el in box.iter("p", "li", "div", "tr") if el is not box
             and (el.tag == "tr" or is_leaf_block(el)) and (line := text_of(el))]
    if next(box.iter(*_HEADINGS[1:]), None) is None:
        # Or headed by its first line, short and no figure: a ticker and its exchange ("HPG HOSE").
        if not lines or len(lines[0]) > _FIGURE_HEAD or _DIGIT.search(lines[0]):
            return False
        lines = lines[1:]
    return len(lines) >= _FIGURE_LINES and all(len(line) <= _FIGURE_LINE and _DIGIT.search(line) for line in lines)


_SCORE_BOX = 600   # characters of a review's score box, at most: its verdict, a line, its criteria
_SCORES = 3        # criteria scored in its list, at least
# A criterion and its score as a review plugin prints it ("Cảnh quan9.0", "Ẩm thực 8,5/10", "Giá 90%").
_SCORE_ITEM = re.compile(r"^[^\W\d_][^\d]{1,30}?\s*\d{1,3}(?:[.,]\d)?\s*(?:/\s*(?:5|10|100)|%)?$")


def remove_score_boxes(body: html.HtmlElement) -> int:
    """Drop a review's score box in the story's column (an overall score, a verdict, a line of
    summary and a list of criteria each with its score: "Cảnh quan 9.0", "Ẩm thực 8.5" …): a
    block of its own, short, a list of three scored criteria at least. The plugin's widget, not
    the story; a story's figures stand in its sentences. How many went."""
    return _drop_boxes(body, ("div", "aside", "section"), _score_box)


def _score_box(box: html.HtmlElement) -> bool:
    if len(text_of(box)) > _SCORE_BOX:
        return False
    for listing in box.iter("ul", "ol"):
        items = [text_of(li) for li in listing if li.tag == "li"]
        if len(items) >= _SCORES and all(_SCORE_ITEM.match(item) for item in items):
            return True
    return False


# A phone number as Vietnamese pages print one: "+84 981 84 84 84", "0293 3878 115", "1900 6868 22".
_PHONE = re.compile(r"(?<![\d+])(?:\+84|0|1[89]00)[\d .-]{6,14}\d(?!\d)")
# What a box offering a number to call says, folded: a hotline, a switchboard, whom to ring.
_CALL_WORDS = re.compile(r"\b(duong day nong|hotline|tong dai|so dien thoai|dien thoai|lien he|goi)\b")
_CALL_BOX = 400   # characters of such a box, at most
_CALL_NUMBERS = 2  # numbers such a box offers to call, at most


def remove_call_boxes(body: html.HtmlElement) -> int:
    """Drop a box set apart among the story's paragraphs that offers a number to call (a
    hotline's banner, "Công dân … có thể liên hệ tổng đài …: +84 …"): a block of its own that
    wraps paragraphs, short, with a phone number and a word of calling, prose before and after
    it (or after the story, under a heading of its own or with a button to dial: a call to
    action). The site's service, not the story; a sentence of the story that gives a number is a
    paragraph among the others, not a box. How many went."""
    return _drop_boxes(body, ("div", "aside", "section", "table"), _call_box)


def _call_box(box: html.HtmlElement) -> bool:
    text = text_of(box)
    if next(box.iter("p", "td"), None) is None or not text or len(text) > _CALL_BOX \
            or not 0 < len(_PHONE.findall(text)) <= _CALL_NUMBERS \
            or not _CALL_WORDS.search(fold(" ".join(box.itertext()))):   # (its blocks' words apart: "…HƯNG", "Hotline")
        return False   # (more numbers: a directory, a duty roster's table, the notice's own)
    # (after the story, a call to action's box: its heading or its "tel:" button)
    return _amid_prose(box) or _prose_among(box.itersiblings(preceding=True)) and _call_to_act(box)


def _call_to_act(box: html.HtmlElement) -> bool:
    """Whether a box is set as a call to action: a heading of its own, or a button to dial."""
    return next(box.iter(*_HEADINGS[1:]), None) is not None \
        or any((a.get("href") or "").startswith("tel:") for a in box.iter("a"))


def _story_beside_items(parent: html.HtmlElement, members: list, limit: int) -> int:
    """Story text in ``parent`` outside the teaser ``members``, counted until past ``limit``."""
    inside = set(members)
    total = len(squash(parent.text))
    for child in parent:
        if not isinstance(child.tag, str):
            continue
        if total > limit:
            return total
        total += len(squash(child.tail))
        if child in inside:
            continue
        text = text_of(child)
        links = sum(len(text_of(a)) for a in child.iter("a"))
        if len(text) > 80 or child.tag not in _HEADINGS:
            total += max(0, len(text) - links)
    return total


def _is_lone_teaser_line(item: html.HtmlElement) -> bool:
    """A paragraph that is nothing but a link to another story ("Xem thêm: <a>…</a>")."""
    text = text_of(item)
    links = sum(len(text_of(a)) for a in item.iter("a"))
    return bool(text) and links >= 0.75 * len(text) and len(text) <= 250


_CARD_BLURB = 20   # characters beside a card's linked heading: its blurb, date or writer


def _is_lone_card(item: html.HtmlElement, tree: html.HtmlElement) -> bool:
    """A card that is one teaser: a heading (not the page's ``<h1>``) linked to another page
    of the site, with a blurb beside it ("More articles / <a><h2>…</h2></a> / blurb"), as a
    theme sets a related post even when it has one to show. Not the page's own headline set
    so (a theme linking its headline to the story's other address): the ``<title>`` names it."""
    heading = next((h for h in item.iter("h2", "h3", "h4", "h5", "h6") if _title_like(text_of(h))), None)
    if heading is None or _linked(heading, item) is False:
        return False
    title = text_of(heading)
    if len(text_of(item)) < len(title) + _CARD_BLURB:
        return False
    own = tree.findtext(".//title")
    return not own or fold(title) not in fold(squash(own))


def _linked(heading: html.HtmlElement, item: html.HtmlElement) -> bool:
    """Whether ``heading`` is a link: inside one within ``item``, or all its text one."""
    for up in heading.iterancestors():
        if up.tag == "a":
            return True
        if up is item:
            break
    return any(text_of(a) == text_of(heading) for a in heading.iter("a"))


# -- reader comments ------------------------------------------------------------

_RELATIVE_TIME = re.compile(r"^\d+\s*(giây|phút|giờ|ngày|tuần|tháng|năm|seconds?|minutes?|hours?|days?)\s*(trước|ago)$",
                            re.I)


_STAMP_TAGS = frozenset({"time", "span", "div", "p", "small", "em", "i", "abbr", "li", "td"})
_DIGIT = re.compile(r"\d")


def _is_time(text: str) -> bool:
    """A short line that is a date or a time and little else ("22/08/2018 06:55", "5 phút trước")."""
    if len(text) > 40:
        return False
    if _RELATIVE_TIME.match(text):
        return True
    return letter_count(text) <= 12 and parse_vietnamese_date(text) is not None


def _is_name(text: str) -> bool:
    if len(text) > 40:
        return False
    words = text.split()
    return 1 <= len(words) <= 6 and not any(map(str.isdigit, text)) \
        and all(w[:1].isupper() for w in words if w[:1].isalpha())


# A reply's subject: "Re: <the story's headline>" (PHP-Nuke's and phpBB's comments, a mail
# thread's answers), its points or its number after it perhaps.
_REPLY_SUBJECT = re.compile(r"^\W*re\s*(\[\d+\])?\s*:\s*(?P<subject>.+)$", re.I)
_REPLY_HOLDERS = frozenset({"table", "li", "article", "div", "section", "dl"})
_SUBJECT_TAGS = frozenset({"b", "strong", "h2", "h3", "h4", "h5", "h6", "a", "span", "font", "td", "div"})
_RE_TEXTS = etree.XPath("//text()[starts-with(normalize-space(.), 'Re') or starts-with(normalize-space(.), 'RE')"
                        " or starts-with(normalize-space(.), 're')]")
_REPLY_CHARS = 3000   # a reply's text at most: a holder longer than this holds more than it


_PARAGRAPHS_BEFORE = etree.XPath("preceding::p")
_STORY_BEFORE = 300   # characters of paragraphs before a reply: the story it answers


def _story_before(el: html.HtmlElement) -> bool:
    """Whether paragraphs of a story's length stand before ``el`` in the page: a forum that
    subjects every post "Re: …", its opening one too, opens the thread with no story above."""
    total = 0
    for p in _PARAGRAPHS_BEFORE(el):
        total += len(text_of(p))
        if total >= _STORY_BEFORE:
            return True
    return False


def remove_replies(tree: html.HtmlElement, headline: html.HtmlElement | None) -> int:
    """Drop the replies to the story: blocks under a subject line "Re: <headline>". One reply is
    one, where ``remove_comments`` wants a run of comments built alike. Each goes with its
    nearest holder (a table, an item, a block) that holds more than its subject line and neither
    the headline nor more than a reply's text. Returns how many went."""
    title = fold(text_of(headline)) if headline is not None else ""
    if len(title) < 10:
        return 0
    subjects = []
    for piece in _RE_TEXTS(tree):   # a subject's first words open a text of the page: read from those
        el = piece.getparent() if piece.is_text else (piece.getparent().getparent() if piece.getparent() is not None
                                                      else None)
        for _ in range(3):
            if el is None or not isinstance(el.tag, str):
                break
            raw = el.text_content()
            if len(raw) > 400:
                break
            subject = _REPLY_SUBJECT.match(squash(raw))
            if el.tag in _SUBJECT_TAGS and subject and fold(subject.group("subject")).startswith(title):
                subjects.append(el)
                break
            el = el.getparent()
    gone = 0
    for el in subjects:
        if el.getparent() is None or not any(True for _ in el.iterancestors("html")):
            continue   # gone with an earlier reply
        line = len(text_of(el))
        for up in el.iterancestors():
            if up.tag in ("body", "html") or headline in up.iterdescendants():
                break
            if up.tag in _REPLY_HOLDERS and len(text_of(up)) > line + 20:
                if len(text_of(up)) <= _REPLY_CHARS and _story_before(up):
                    drop(up)
                    gone += 1
                break
    return gone


# Set on a forum thread's opening post, kept where its replies went: how many replies there were.
OPENING_POST = "data-opening-post"


def _opening_post(item: html.HtmlElement, titles: tuple[str, ...]) -> bool:
    """Whether ``item``, the first of a run of dated posts, is a thread's opening post: its
    heading (``<h1>``/``<h2>``) is the page's own title (vBulletin prints it in the post)."""
    heading = next(item.iter("h1", "h2"), None)
    name = fold(squash(text_of(heading))) if heading is not None else ""
    # A headline's length: a short heading ("Bình luận", a name) is in many a title by chance.
    return len(name) >= _TITLE_HEADING and any(name in fold(squash(title)) for title in titles if title)


_TITLE_HEADING = 15   # characters of a heading that can be the page's title


def remove_comments(tree: html.HtmlElement, titles: tuple[str, ...] = ()) -> int:
    """Drop comment forms and lists of reader comments; return how many elements went. A run
    whose first post is headed by the page's title (``titles``: og:title, <title>) is a forum
    thread: its opening post stays, marked (``OPENING_POST``) with the number of replies gone."""
    gone = 0
    for form in list(tree.iter("form")):
        # (a survey's form puts its questions' choices, and a box for remarks: no comment form)
        if form.getparent() is not None and next(form.iter("textarea"), None) is not None \
                and len(text_of(form)) < 600 and form.get(detect.BALLOT_MARK) is None:
            drop(form)
            gone += 1
    stamps = []
    for el in tree.iter(*_STAMP_TAGS):
        own = el.text
        if not (own and len(own) <= 60 and _DIGIT.search(own)) and not (el.tag == "time" and el.get("datetime")):
            continue
        if len(el) <= 3:
            stamps.append(el)
    # Comments come in runs built alike: only times that sit in a repeated place are looked at.
    where = [_place(el) for el in stamps]
    places = Counter(where)
    items: dict = {}
    named: dict = {}
    for el, place in zip(stamps, where, strict=True):
        if places[place] < 2:
            continue
        # A climb finds a comment only with a name below it: none below the widest item it may
        # reach (a sidebar's teaser: a title, a time, a blurb), no climb. Where the tree's shape
        # lets it reach the stamp's parent at most (the sidebar's list above it), that parent
        # is asked first, its text unread (the forty teasers' texts are not read here).
        parent = _lone_level(el)
        if parent is not None:
            if parent not in named:
                named[parent] = _names_below(parent)
            if not named[parent]:
                continue
        reach = _reach(el)
        if reach is not None and reach not in named:
            named[reach] = _names_below(reach)
        if reach is None or not named[reach]:
            continue
        text = text_of(el)
        if not text or not (_is_time(text) or (el.tag == "time" and el.get("datetime"))):
            continue
        if _in_record_row(el):
            continue   # a table's date column (a birth date beside a name): a record, no comment
        item = _comment_item(el, text)
        if item is not None and item.getparent() is not None:
            items.setdefault(item.getparent(), {})[item] = None
    for parent, found in items.items():
        # Comments come in runs of items built alike; one lone match is more likely an
        # article's own header (a name, a date and a lead). Alike down to their ids but the
        # parts that number them: a run is "comment-1", "comment-2", never a page's columns
        # ("content_pri", "content_sec") that each hold a dated line and a linked name.
        kinds: dict = {}
        for item in found:
            kinds.setdefault(_kind(item), []).append(item)
        for members in kinds.values():
            if len(members) < 2 or parent.getparent() is None:
                continue
            opening = members[0] if _opening_post(members[0], titles) else None
            for item in members:
                if item is not opening:
                    drop(item)
                    gone += 1
            if opening is not None:
                opening.set(OPENING_POST, str(len(members) - 1))
    return gone + _remove_activity(tree)


_EMAIL_CASE = str.maketrans("EMAIL", "email")


def _email_fields(tree: html.HtmlElement) -> list[html.HtmlElement]:
    """E-mail fields: typed so, or named or prompted so ("Nhập email của bạn") in an older form.
    By name, in C (an XPath's walk over the page costs a hundred times more)."""
    found = []
    for field in tree.iter("input"):
        kind = field.get("type")
        if kind == "email":
            found.append(field)
        elif kind is None or kind == "text":
            named = " ".join((field.get("name", ""), field.get("id", ""), field.get("placeholder", "")))
            named = named.translate(_EMAIL_CASE)
            if "email" in named or "e-mail" in named:
                found.append(field)
    return found


_SIGNUP_FORM = 300     # characters of a sign-up form's own text at most (its labels, its button)
_SIGNUP_BESIDE = 300   # characters of the heading and blurb beside it at most
_SIGNUP_LINE = 60      # a line this short beside the form is a heading ("Đăng ký nhận bản tin")
_SIGNUP_BLURB = 160    # a blurb alone beside the form, no heading over it: a sentence at most


def remove_signups(tree: html.HtmlElement) -> int:
    """Drop newsletter sign-up boxes: a form asking for an e-mail address (no comment's
    textarea: ``remove_comments`` reads those), with the heading and the one blurb beside it
    ("Subscribe to our newsletter / Read articles … in your inbox"). A story never asks for
    the reader's address; its text is no box's. Return how many went."""
    gone = 0
    for field in _email_fields(tree):
        if field.getparent() is None or not any(True for _ in field.iterancestors("body")):
            continue   # in a box dropped already
        form = next(field.iterancestors("form"), None)
        box = form if form is not None else field.getparent()
        if box is None or next(box.iter("textarea"), None) is not None or len(text_of(box)) > _SIGNUP_FORM:
            continue
        while (up := box.getparent()) is not None and _signup_beside(up, box):
            box = up
        drop(box)
        gone += 1
    return gone


_ACCOUNT_NOTICE = 500   # characters beside a log-in form of the notice over it ("Quý vị chưa đăng nhập …")
_ACCOUNT_LINES = 3      # its blocks: a greeting, a notice, a line of help


def remove_logins(tree: html.HtmlElement) -> int:
    """Drop a site's account box: a form asking for a password (a story never does), with the
    greeting and notice its box holds beside it ("Chào mừng quý vị … / Quý vị chưa đăng nhập
    …", a school platform's welcome box over every page). A box that holds more (the story's
    paragraphs, a list, a heading of the page) keeps all but the form. Return how many went."""
    gone = 0
    for field in [f for f in tree.iter("input") if f.get("type") == "password"]:
        if field.getparent() is None or not any(True for _ in field.iterancestors("body")):
            continue   # in a box dropped already
        form = next(field.iterancestors("form"), None)
        box = form if form is not None else field.getparent()
        if box is None or next(box.iter("textarea"), None) is not None or len(text_of(box)) > _SIGNUP_FORM:
            continue
        parent = box.getparent()
        others = [el for el in parent if el is not box and isinstance(el.tag, str)] if parent is not None else []
        if parent is not None and parent.tag not in ("body", "html", "article", "main", "td", "form") \
                and len(others) <= _ACCOUNT_LINES and next(parent.iter("h1"), None) is None \
                and all(el.tag not in ("ul", "ol", "table") and is_leaf_block(el) or el.tag == "div"
                        and len(el) == 0 for el in others) \
                and len(text_of(parent)) - len(text_of(box)) <= _ACCOUNT_NOTICE:
            box = parent
        drop(box)
        gone += 1
    return gone


def _signup_beside(parent: html.HtmlElement, box: html.HtmlElement) -> bool:
    """Whether ``parent`` holds beside the sign-up ``box`` a heading and one blurb at most:
    short lines, the first a heading's, one of them longer, each a line of its own (a story's column holds blocks
    in blocks, a list; its paragraphs are two blocks of prose or more)."""
    if parent.tag in ("body", "html", "article", "main") or next(parent.iter("h1"), None) is not None:
        return False
    total, blurbs = len(squash(parent.text)), 0
    lines: list[bool] = [False] if total else []   # for each line beside the box, whether a blurb
    for child in parent:
        if child is box or not isinstance(child.tag, str):
            total += len(squash(child.tail)) if isinstance(child.tag, str) else 0
            continue
        if child.tag in ("ul", "ol", "table") or not is_leaf_block(child):
            return False
        text = text_of(child)
        total += len(text) + len(squash(child.tail))
        blurb = len(text) > _SIGNUP_LINE and child.tag not in _HEADINGS
        blurbs += blurb
        lines += [blurb] if text else []
        if total > _SIGNUP_BESIDE or blurbs > 1:
            return False
    # The box opens on its heading, a short line, or is its blurb alone, a sentence: a block
    # opening on a paragraph with more after it (a brief's paragraph and its byline, the form a
    # theme put under them), or on a paragraph longer than a blurb, is the story's.
    return not lines or not lines[0] or len(lines) == 1 and total <= _SIGNUP_BLURB


_ACTIVITY_ITEMS = 3      # items telling the same action, at least
_ACTIVITY_WRAPPER = 40   # characters of a wrapper's own heading besides the list ("214 notes")


def _remove_activity(tree: html.HtmlElement) -> int:
    """Drop a list of readers' activity on the post (a blog's notes: "<a>hoanghai</a> liked
    this", "<a>dulich</a> reblogged this from … and added: …", "<a>lan</a> đã thích bài viết"),
    with the small heading of its wrapper: each item opens with a reader's linked name, the
    same words follow it in several items, as a template writes an action, and those items
    show the reader's picture. Readers' doings, no text. A list of links with notes of their
    own (teasers' dates, documents' sizes) repeats no words."""
    gone = 0
    for lst in list(tree.iter("ol", "ul")):
        items = [li for li in lst if li.tag == "li"]
        if len(items) < _ACTIVITY_ITEMS or lst.getparent() is None:
            continue
        # Pictured items first (few lists have them), then every item's action until one has none.
        if sum(1 for li in items if next(li.iter("img"), None) is not None) < _ACTIVITY_ITEMS:
            continue
        rests: list[str] = []
        for li in items:
            if (rest := _action(li)) is None:
                break
            rests.append(rest)
        if len(rests) < len(items):
            continue
        top, count = Counter(rests).most_common(1)[0]
        pictured = sum(1 for li, rest in zip(items, rests, strict=True)
                       if rest == top and next(li.iter("img"), None) is not None)
        if pictured < _ACTIVITY_ITEMS or 2 * count < len(items):
            continue   # a story's list ("<a>Xã Tân Lập</a> đạt chuẩn …") shows no reader's picture each
        wrapper = lst.getparent()
        drop(lst)
        left = text_of(wrapper) if wrapper is not None else ""
        if wrapper is not None and wrapper.tag not in ("body", "html") and len(left) <= _ACTIVITY_WRAPPER \
                and (not left or any(c.isdigit() for c in left)):
            drop(wrapper)   # its count ("214 notes") goes with it
        gone += 1
    return gone


def _action(li: html.HtmlElement) -> str | None:
    """What a list item says after the reader's linked name that opens it ("liked this"), if it
    opens so; words only, no figures nor marks (a teaser's "(12/05)", a file's "(PDF)")."""
    text = text_of(li)
    actor = next((text_of(a) for a in li.iter("a") if text_of(a)), "")
    if not actor or not text.startswith(actor):
        return None
    rest = text[len(actor):]
    for a in list(li.iter("a"))[1:]:
        rest = rest.replace(text_of(a), " ")   # a template's words, never a link's ("Xem tiếp")
    words = rest.split()
    if len(words) < 2:
        return None
    head = " ".join(words[:2])
    # A template's action in lower case ("liked this", "đã thích"); not a title ("Giám đốc Sở").
    return head if all(w.isalpha() and w.islower() for w in words[:2]) else None


# A part of an id that numbers its item: one with a digit ("1041", "6f1c2a9e", a story's key).
_NUMBERING = re.compile(r"[^\W_]*\d[^\W_]*")


def _kind(item: html.HtmlElement) -> tuple[str, tuple[str, ...], str]:
    """How a comment item is built: its tag, its first class and its id but the parts that
    number it ("comment-#" for "comment-1041" and "comment-6f1c2a9e")."""
    return item.tag, tuple((item.get("class") or "").split()[:1]), _NUMBERING.sub("#", item.get("id") or "")


RECORD_CELLS = 3   # cells of a table row that make it a record's row (a number, a name, a date …)


def _in_record_row(el: html.HtmlElement) -> bool:
    """Whether ``el`` is in a cell of a table row of ``RECORD_CELLS`` cells or more: a list's
    record ("1 | Nguyễn Thị Thu Trang | 05/08/2000 | Phóng viên"), which a reader's comment
    (a name, a time and what they wrote, in blocks) never is."""
    row = next((up for up in el.iterancestors("tr", "table")), None)
    return row is not None and row.tag == "tr" and sum(1 for c in row if c.tag in ("td", "th")) >= RECORD_CELLS


def _names_below(item: html.HtmlElement) -> bool:
    """Whether an element of ``item``'s subtree (itself too) has a name for its own text, as
    ``_comment_item`` reads them."""
    return any(_is_name(squash(t)) for x in item.iter(etree.Element) if (t := x.text) and not t.isspace())


_ITEM_LEVELS = 5      # levels above its time a reader comment's element may be
_ITEM_CHILDREN = 12   # children at most: more are a list or a layout block, not one comment
_ITEM_CHARS = 800     # characters at most of one comment


def _climb(stamp: html.HtmlElement) -> Iterator[tuple[html.HtmlElement, str]]:
    """The elements above ``stamp`` (a comment's time) that may be its comment, nearest first,
    each with its text: up to ``_ITEM_LEVELS``, below the page's body, none a list or a layout
    block, a long text or one holding the headline."""
    item = stamp
    for _ in range(_ITEM_LEVELS):
        item = item.getparent()
        if item is None or item.tag in ("body", "html") or len(item) > _ITEM_CHILDREN:
            return
        text = text_of(item)   # cached: the teaser pass reads the same items
        if len(text) > _ITEM_CHARS or next(item.iter("h1"), None) is not None:
            return
        yield item, text


def _lone_level(stamp: html.HtmlElement) -> html.HtmlElement | None:
    """``stamp``'s parent when ``_climb`` may reach it and, by the tree's shape (the body, the
    children's count), nothing above it: ``_reach`` is that parent or None."""
    parent = stamp.getparent()
    if parent is None or parent.tag in ("body", "html") or len(parent) > _ITEM_CHILDREN:
        return None
    grand = parent.getparent()
    return parent if grand is None or grand.tag in ("body", "html") or len(grand) > _ITEM_CHILDREN else None


def _reach(stamp: html.HtmlElement) -> html.HtmlElement | None:
    """The widest element ``_comment_item`` may climb to from ``stamp`` (its ends, without
    the texts it reads below them): None where it ends at once."""
    reach = None
    for item, _text in _climb(stamp):
        reach = item   # the last level is the widest
    return reach


def _place(el: html.HtmlElement) -> tuple:
    parent = el.getparent()
    if parent is None:
        return (el.tag, el.get("class"))
    grand = parent.getparent()
    if grand is None:
        return (el.tag, el.get("class"), (parent.tag, parent.get("class")))
    return (el.tag, el.get("class"), (parent.tag, parent.get("class")), (grand.tag, grand.get("class")))


def _comment_item(stamp: html.HtmlElement, stamp_text: str) -> html.HtmlElement | None:
    """The element that holds a name, this time (``stamp_text``, its text) and a short text:
    one reader comment."""
    own: list[str] = []   # the elements' own texts below ``read``, read once as the climb widens
    read = None
    named = False
    for item, text in _climb(stamp):
        if len(text) < len(stamp_text) + 20:
            continue        # nothing beside the time yet
        below = item.iter(etree.Element) if read is None else _outside(item, read)
        new = [squash(t) for x in below if (t := x.text) and not t.isspace()]
        own += new
        read = item
        # The name first: it is cheaper to look for, and teasers (a dated title) have none.
        named = named or any(_is_name(t) for t in new)
        # What the reader wrote is a sentence: a second name (a row of a table of people, a
        # birth date beside "Nguyễn Thị Thu Trang") is no comment's text.
        if named and any(len(t) >= 20 and t not in stamp_text and not _is_time(t) and not _is_name(t) for t in own):
            # Up through wrappers that add little (a reply link), so items of one list are siblings.
            while (up := item.getparent()) is not None and up.tag not in ("body", "html") \
                    and not squashed_longer(up.text_content(), len(text) + 60):
                item = up
            return item
    return None


def _outside(item: html.HtmlElement, inner: html.HtmlElement) -> Iterator[html.HtmlElement]:
    """The elements of ``item``'s subtree (itself too) outside ``inner``'s, a descendant of it."""
    below = inner
    while below is not item:
        up = below.getparent()
        yield up
        for child in up.iterchildren(etree.Element):
            if child is not below:
                yield from child.iter(etree.Element)
        below = up


# -- a site's template and the titles of its articles ---------------------------------

_LEAF_TAGS = ("p", "li", "h2", "h3", "h4", "h5", "h6", "td", "dd", "dt", "blockquote", "span", "a", "div")
_CONTAINERS = frozenset({"p", "div", "li", "ul", "ol", "table", "tr", "td", "section", "article", "aside",
                         "nav", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
                         "dl", "dd", "dt", "form", "main", "figure"})
_DIGITS = re.compile(r"\d+")
MIN_TEMPLATE_TEXT = 12      # shorter leaves say too little to be told apart


def _signature(el: html.HtmlElement, names: dict | None = None) -> str:
    """Where a block sits: its tag and class, and its parent's and grandparent's.
    ``names`` keeps each node's part across the calls for one page (siblings share them)."""
    parts = []
    names = {} if names is None else names
    for node in (el, el.getparent(), el.getparent().getparent() if el.getparent() is not None else None):
        if node is None:
            break
        name = names.get(node)
        if name is None:
            name = names[node] = f"{node.tag}.{_DIGITS.sub('', node.get('class') or '')}"
        parts.append(name)
    return "/".join(parts)


def _hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


def _leaves(tree: html.HtmlElement):
    """(element, text) of the page's leaf blocks: elements with text and no block inside."""
    holders = block_holders(tree, _CONTAINERS)
    for el in tree.iter(*_LEAF_TAGS):
        if el in holders:
            continue
        parent = el.getparent()
        if parent is not None and parent.tag in ("a", "span") and el.tag in ("span", "a"):
            continue   # the outer inline element stands for it
        text = text_of(el)
        if len(text) >= MIN_TEMPLATE_TEXT:
            yield el, text


def block_hashes(tree: html.HtmlElement) -> frozenset[int]:
    """Fingerprints of the page's leaf blocks (position and text), for template learning,
    and of its ``<title>`` and ``<h1>``s: one the site gives many pages names no article
    (``is_site_title``).
    Bylines are no template, however often one reporter signs (``_byline_block``)."""
    names: dict = {}
    found = {_hash(f"{_signature(el, names)}|{text.lower()}") for el, text in _leaves(tree)
             if not _byline_block(el, text)}
    for el in tree.iter("title", "h1"):
        if text_of(el):
            found.add(_title_hash(el.tag, el.text_content()))
    return frozenset(found)


_CHROME = frozenset({"nav", "header", "footer", "aside"})


def _byline_block(el: html.HtmlElement, text: str) -> bool:
    """A byline or an author block ("Ngọc Diệp - Phòng Thời sự", "Tin, ảnh: P.Y"): the same
    reporter signs many of a site's articles at the same place, and it is still no template
    (named for an author or holding a name so named, linking to an author's page, or opening
    with a credit label)."""
    if len(text) > 80:
        return False
    ups = [up.tag for up in el.iterancestors()]
    chrome = next((i for i, tag in enumerate(ups) if tag in _CHROME), None)
    if chrome is not None and "article" not in ups[chrome:]:
        return False   # the page's header or footer; a post's own (<footer class="asset-meta">) is the post's
    node: html.HtmlElement | None = el
    for _level in range(3):
        if node is None:
            break
        if AUTHOR_CLASS.search(f"{node.get('class', '')} {node.get('id', '')}"):
            return True
        node = node.getparent()
    # or a name inside the line named so ("bởi <span class="author vcard">…</span>")
    return links_to_author(el) or is_credit_line(text) \
        or any(AUTHOR_CLASS.search(d.get("class", "")) for d in el.iterdescendants() if isinstance(d.tag, str))


def _dated_meta(el: html.HtmlElement, text: str, headline: html.HtmlElement | None) -> bool:
    """A block by the headline (under its parent or grandparent) that is mostly a date: the
    article's date line, not the header's "today" or a teaser's date."""
    found = DATES.search(text)
    if headline is None or found is None or len(text) - len(found.group()) > 40:
        return False
    near = [node for node in (headline.getparent(),) if node is not None]
    if near and near[0].getparent() is not None:
        near.append(near[0].getparent())
    return any(node in near and node.tag not in ("body", "html") for node in el.iterancestors())


def _title_hash(tag: str, text: str) -> int:
    return _hash(f"<{tag}>|{fold(squash(text))}")


def is_site_title(knowledge: SiteKnowledge, text: str, tag: str = "title") -> bool:
    """Whether the site gives this ``<title>`` (or ``<h1>``) to many of its article pages (a
    portal's name, "Chi tiết tin"): it then says nothing of the page's headline."""
    return knowledge.in_template(_title_hash(tag, text))


def title_hash(title: str) -> int:
    return _hash(fold(squash(title)))


@dataclass(frozen=True)
class SiteKnowledge:
    """What the crawl learned of one site, compact and picklable for extraction workers.

    ``template``: fingerprints of blocks seen on many of its article pages
    (``block_hashes``); ``titles``: hashes of its archived articles' titles
    (``title_hash``). Both are packed 8-byte integers. ``month_first``: whether the site
    writes numeric dates month first (``10/6/2023`` is 6 October), None while unknown;
    ``naive_utc``: whether its metadata times written with no zone are UTC's, None while unknown.
    """

    template: bytes = b""
    titles: bytes = b""
    month_first: bool | None = None
    naive_utc: bool | None = None

    @classmethod
    def of(cls, template=(), titles=()) -> SiteKnowledge:
        return cls(_pack(template), _pack(titles))

    def __bool__(self) -> bool:
        return bool(self.template or self.titles) or self.month_first is not None or self.naive_utc is not None

    def in_template(self, fingerprint: int) -> bool:
        """Whether the site's template holds ``fingerprint`` (a block's, or a menu link's:
        ``detect.menu_link_hash``)."""
        return bool(self.template) and fingerprint in _unpack(self.template)


def _pack(values) -> bytes:
    """Sorted, distinct, as 8-byte big-endian signed integers. Through an array, in C: the
    crawl packs a site's knowledge again whenever it learns a template block."""
    packed = array("q", sorted(set(values)))
    if sys.byteorder == "little":
        packed.byteswap()
    return packed.tobytes()


# A few versions: a worker needs the newest template and titles, and the previous ones while
# tasks packed before a repack arrive. Each is a large set (the benchmark site's template:
# 22,800 fingerprints, 2.7 MB), and a long crawl repacks often (docs/benchmarks.md).
@lru_cache(maxsize=4)
def _unpack(blob: bytes) -> frozenset[int]:
    values = array("q", blob)
    if sys.byteorder == "little":
        values.byteswap()
    return frozenset(values)


def _within(el: html.HtmlElement, holder: html.HtmlElement) -> bool:
    return el is holder or any(up is holder for up in el.iterancestors())


def remove_known(tree: html.HtmlElement, knowledge: SiteKnowledge, own_title: str | None,
                 headline: html.HtmlElement | None = None) -> int:
    """Drop the site's template blocks, and lines that are the titles of its other articles.

    Short link-free lines stay: a byline or a date line repeats on many pages
    of one author and is read later, and chrome lines are caught anyway. So does
    the ``headline``'s date line (``_dated_meta``), share and print links and all:
    articles published the same day print the same one.
    """
    template = _unpack(knowledge.template) if knowledge.template else frozenset()
    # The headline's own line stays too: a site builder gives every text frame one class, so
    # the headline sits where the other pages' teaser links to it sit, with their text.
    titles = _unpack(knowledge.titles) if knowledge.titles else frozenset()
    own = title_hash(own_title) if own_title else None
    doomed, plain, plain_chars, all_chars = [], [], 0, 0
    names: dict = {}
    for el, text in _leaves(tree):
        linked = next(el.iter("a"), None) is not None
        if not linked:
            all_chars += len(text)
        if el.tag in _HEADINGS[:1]:
            continue
        if template and _hash(f"{_signature(el, names)}|{text.lower()}") in template and not _byline_block(el, text) \
                and not _dated_meta(el, text, headline) and not (headline is not None and _within(el, headline)):
            if linked:
                doomed.append(el)
            elif len(text) >= 40:
                plain.append(el)
                plain_chars += len(text)
            continue
        if titles and len(text) <= 250 and _title_like(text):
            key = title_hash(text)
            if key in titles and key != own and not (headline is not None and _within(el, headline)):
                doomed.append(el)   # not the page's headline: its own title, whatever <title> says
    # Link-free template text is a footer or a notice, a small part of a page: when it is
    # most of the page, the site publishes the same text as several articles; keep it.
    if plain_chars < 0.5 * all_chars:
        doomed += plain
    for el in doomed:
        drop(el)
    return len(doomed)

