"""What surrounds the story, cleared once its headline and body are found.

By then the date, byline and lead have been read, so what is left around the
body is only noise for the text: reader comments after it, section titles above
the headline, the date line between them, visitor counters, portlets and tool
bars. Every rule is structural (where a block sits, what it is made of), the
comment thread's name aside, which every CMS spells alike.
"""

from __future__ import annotations

import re
from itertools import islice

from lxml import etree, html

from .clean import Measures, attached, drop, in_data_row, is_action, measure_sizes, name_before_date, text_of
from .dates import parse_vietnamese_date
from .text import fold, letter_count, squash

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_DIGIT = re.compile(r"\d")
_COMMENT_NAME = re.compile(r"comment|binh-?luan|disqus", re.I)
_COMMENT_HOLDERS = frozenset({"div", "section", "article", "aside", "footer", "ol", "ul", "li", "dl"})
_HEADING_REACH = 200      # text between a heading and the headline beyond which it heads something else
TITLE_MAX = 80            # a widget's or a section's title is no longer than this


def clear_around(tree: html.HtmlElement, headline: html.HtmlElement | None, body: html.HtmlElement,
                 dense: html.HtmlElement) -> None:
    """What surrounds the story once its headline and body are known (and its date, byline
    and lead were read): reader comments after it, section titles above the headline,
    visitor counters, blocks of bare links, and the date line between headline and body.

    ``dense`` is the densest block of the story, ``body`` the container it was widened
    to (which may have taken the comments under the story with it). Sizes come from one
    measure taken first: a drop leaves its ancestors measured too long, which only
    spares them.
    """
    sizes = measure_sizes(tree)
    keep = [el for el in (headline, body) if el is not None]
    guarded = {*keep, *(a for k in keep for a in k.iterancestors())}
    _remove_named_comments(tree, dense)
    if headline is not None:
        _remove_headings_above(tree, headline, body)
        _remove_labels_above(headline, body)
        _remove_date_lines(headline, body, sizes)
    _remove_counters(tree, guarded)
    _remove_link_blocks(tree, body, guarded, sizes)
    _remove_side_columns(headline, body, sizes)


_STORY_DEPTH = 4         # levels from the headline and from the body up to the block holding both
_PROSE = 120             # a leaf block of link-free text this long is a paragraph of prose
_PROSE_BLOCKS = ("p", "div", "li", "td", "blockquote", "dd", "span")


def _remove_side_columns(headline: html.HtmlElement | None, body: html.HtmlElement, sizes: Measures) -> None:
    """Columns beside the story's own: above the block that holds both the headline and the
    body, a sibling with no paragraph of prose (portlet titles over schedules, polls,
    menus, short records) is the page's sidebar or header, not the story."""
    if headline is None:
        return
    above = list(headline.iterancestors())
    top = next((a for a in islice(body.iterancestors(), _STORY_DEPTH) if a in above), None)
    if top is None or above.index(top) >= _STORY_DEPTH or top.tag in ("body", "html"):
        return   # headline and body far apart: which block is the story's is not known
    node = top
    while (parent := node.getparent()) is not None and parent.tag not in ("body", "html", "form"):
        for sibling in list(parent):
            if sibling is node or not isinstance(sibling.tag, str) or not text_of(sibling):
                continue
            if not _has_prose(sibling, sizes):
                drop(sibling)
        node = parent


def _has_prose(el: html.HtmlElement, sizes: Measures) -> bool:
    """Whether a leaf block below ``el`` holds a paragraph of link-free text: not a form's
    choices (a link dropdown's options, a poll's answers), which are no prose however long."""
    text, links, holders = sizes.text, sizes.links, sizes.holders
    for block in el.iter(*_PROSE_BLOCKS):
        size = text.get(block, 0)
        if size >= _PROSE and block not in holders and links.get(block, 0) < 0.3 * size \
                and size - _choices_len(block) >= _PROSE:
            return True
    return False


_CHOICES = ("select", "option", "optgroup", "label", "button", "textarea")


def _choices_len(block: html.HtmlElement) -> int:
    """The text of a block's form controls (outermost only)."""
    return sum(len(text_of(c)) for c in block.iter(*_CHOICES)
               if not any(a.tag in _CHOICES for a in c.iterancestors() if a is not block))


def _remove_named_comments(tree: html.HtmlElement, dense: html.HtmlElement) -> None:
    """Containers named for comments that come after the body: every CMS names its comment
    thread so (``comment-wrapper``, ``comments``, ``binh-luan``, ``disqus_thread``), and
    comments follow the story; a name before it is a counter link in the header."""
    if not attached(dense, tree):
        return
    for el in _NAMED_AFTER(dense):
        if _COMMENT_NAME.search(f"{el.get('class', '')} {el.get('id', '')}") and el.getparent() is not None:
            drop(el)


# What follows an element in the page (neither inside it nor around it) and may hold comments.
_NAMED_AFTER = etree.XPath("following::*[@class or @id][" + " or ".join(
    f"self::{tag}" for tag in sorted(_COMMENT_HOLDERS)) + "]")


def _remove_headings_above(tree: html.HtmlElement, headline: html.HtmlElement, body: html.HtmlElement) -> None:
    """Headings right above the headline, outside the body, with no story between: a
    portlet's or a section's title ("Tin tức - Sự kiện") or a blog's date header. Inside
    the body a heading above the headline is the story's kicker ("Safety Alert")."""
    above = set(headline.iterancestors())
    before: list = []     # the elements before the headline
    headings: list = []   # the headings' places among them
    for el in tree.iter(etree.Element):
        if el is headline:
            break
        if el.tag in _HEADINGS and el not in above and not any(a is body for a in el.iterancestors()):
            headings.append(len(before))
        before.append(el)
    if not headings:
        return
    # Text from the first heading on: only differences count, so the text before it
    # need not be read (and on a page with no heading there, none is).
    found, seen, at = [], 0, set(headings)
    for i in range(headings[0], len(before)):
        el = before[i]
        if i in at:
            found.append((el, seen + len(text_of(el))))
        seen += len(squash(el.text)) + len(squash(el.tail))
    for el, end in found:
        if seen - end <= _HEADING_REACH and el.getparent() is not None and len(text_of(el)) <= TITLE_MAX:
            drop(el)


_LABEL_MAX = 30     # a kicker's label above the headline: a few words ("Phóng sự ảnh", "Video")
_SENTENCE_END = (".", "!", "?", ":", ";", ",")
_RECORD_HOLDERS = ("tr", "tbody", "thead", "table", "dl", "ul", "ol")


def _remove_labels_above(headline: html.HtmlElement, body: html.HtmlElement) -> None:
    """Short labels standing before the headline inside the body's block, with nothing
    longer before them there: a story's kind or section ("Phóng sự ảnh", "Thời sự"),
    printed above its headline. The story's text begins after its headline."""
    if not any(a is body for a in headline.iterancestors()):
        return
    node = headline
    while node is not body and (parent := node.getparent()) is not None:
        if parent.tag in _RECORD_HOLDERS:
            return   # the headline is a record's field ("Trích yếu | …"), its label no kicker
        earlier = [el for el in node.itersiblings(preceding=True) if isinstance(el.tag, str)]
        if (parent.text or "").strip() or any((el.tail or "").strip() for el in earlier):
            return   # loose text beside the headline: not a header's labels
        texts = [text_of(el) for el in earlier]
        if sum(map(len, texts)) > _LABEL_MAX:
            return
        for el, text in zip(earlier, texts, strict=True):
            if text and not text.endswith(_SENTENCE_END) and el.tag not in _HEADINGS:
                drop(el)
        node = parent


_NEXT_ELEMENTS = etree.XPath("following::*[position() <= 40]")


def _remove_date_lines(headline: html.HtmlElement, body: html.HtmlElement, sizes: Measures) -> None:
    """Short lines between the headline and the body that are the article's date (perhaps
    with a label and a time): "Ngày đăng: 08/03/2024", "Cập nhật lúc: 09:15 12/03/2024"."""
    for el in _NEXT_ELEMENTS(headline):
        if el is body or (el.tag == "p" and sizes.text.get(el, 0) >= 150):
            break   # the story has begun (a body around the headline)
        if sizes.text.get(el, 0) > 90 or el.getparent() is None:
            continue
        text = text_of(el)
        if next(el.iter("a"), None) is not None and name_before_date(text) is None:
            continue   # a link is a teaser's, but the poster's account on a "bởi …" line
        if text and len(text) <= 80 and letter_count(text) <= 40 and _DIGIT.search(text) \
                and parse_vietnamese_date(text) is not None and not in_data_row(el) \
                and not _EVENT_TIME.match(fold(text)):
            drop(el)


# An event's time as its record labels it ("Thời gian: 9h00 - 11h00, thứ Năm, ngày 21/3/2024"):
# the record's field, no date line of the page (folded).
_EVENT_TIME = re.compile(r"^\W*(thoi gian|thoi diem|ngay to chuc|ngay dien ra|ngay thi)\b")


# "Đang online: 15", "Tổng lượt truy cập: 2.135.480", "Hôm nay: 312": a visitor counter's lines.
_COUNT_PAIR = re.compile(r"([^\W\d_][^\d:/]{0,30}?)\s*:\s*\d[\d.,]*")
_VISITOR_WORDS = re.compile(
    r"\b(truy cap|online|truc tuyen|dang xem|khach|luot xem|hom nay|hom qua|tuan nay|thang nay|"
    r"visitors?|visits?|page ?views|today|yesterday)\b")


def _counter(text: str) -> bool:
    """A visitor counter: label-number pairs, one label a visitor word, little else (a title)."""
    key = fold(text)
    if "://" in key or "www." in key:
        return False
    pairs = _COUNT_PAIR.findall(key)
    if len(pairs) < 2 or not any(_VISITOR_WORDS.search(label) for label in pairs):
        return False
    return len(_COUNT_PAIR.sub("", key).strip(" :|-")) <= 40


_COLON_NODES = etree.XPath("descendant::text()[contains(., ':')]")   # compiled once, not per page


def _remove_counters(tree: html.HtmlElement, guarded: set) -> None:
    """A visitor counter widget, with its title ("Thống kê truy cập")."""
    for node in _COLON_NODES(tree):
        if len(node) > 200 or not _VISITOR_WORDS.search(fold(node)):
            continue
        owner = node.getparent()
        if owner is not None and node.is_tail:
            owner = owner.getparent()
        if owner is None or owner.getparent() is None:
            continue
        target, el = None, owner
        while el is not None and el.tag not in ("body", "html") and el not in guarded:
            text = text_of(el)
            if len(text) > 200:
                break
            if _counter(text):
                target = el
            el = el.getparent()
        if target is not None:
            drop(target)


_LINK_HOLDERS = ("div", "ul", "ol", "table", "section", "aside", "nav", "td", "tr", "tbody", "dl", "p", "header",
                 "footer", "menu")


def _remove_link_blocks(tree: html.HtmlElement, body: html.HtmlElement, guarded: set,
                        sizes: Measures) -> None:
    """Tool bars of page actions ("In trang | Quay lại | Về đầu trang": every link
    ``javascript:`` or ``#``), anywhere; and, outside the body, portlets: a short title
    block over list items that are each one link ("Dịch vụ công" and its links)."""
    dropped: set = set()
    for el in list(tree.iter(*_LINK_HOLDERS)):
        total, linked = sizes.text.get(el, 0), sizes.links.get(el, 0)
        if not linked or total - linked > TITLE_MAX + 20 or el in guarded or el.getparent() is None \
                or (dropped and any(a in dropped for a in el.iterancestors())):
            continue
        links = list(el.iter("a"))
        if len(links) < 2:
            continue
        if all(is_action(a.get("href")) for a in links):
            text = text_of(el)
            if len(text) - sum(len(text_of(a)) for a in links) <= 3 * len(links):
                drop(el)
                dropped.add(el)
        elif _is_portlet(el, links) and not any(a is body for a in el.iterancestors()):
            drop(el)
            dropped.add(el)


def _is_portlet(el: html.HtmlElement, links: list) -> bool:
    """A title block without links first, then only list items that are each one link."""
    if _printed(el.text) or any(_printed(child.tail) for child in el):
        return False
    items = []   # each link's list item: the structure first, no text read (most link blocks are no list)
    for a in links:
        item = a.getparent()
        while item is not None and item is not el and item.tag != "li":
            item = item.getparent()
        if item is None or item is el:
            return False
        items.append(item)
    parts = [child for child in el if isinstance(child.tag, str) and text_of(child)]
    if len(parts) < 2:
        return False
    title, rest = parts[0], parts[1:]
    if next(title.iter("a"), None) is not None or len(text_of(title)) > TITLE_MAX:
        return False
    if any(len(text_of(item)) > len(text_of(a)) + 3 for a, item in zip(links, items, strict=True)):
        return False
    return all(next(part.iter("a"), None) is not None for part in rest)


def _printed(text: str | None) -> bool:
    """Whether ``text`` has more than white space (``squash`` would leave some)."""
    return text is not None and text != "" and not text.isspace()


