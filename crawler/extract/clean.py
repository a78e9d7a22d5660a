"""DOM surgery on a parsed page before its text is taken.

The product's reason to exist is here: Vietnamese news pages put "Tin liên
quan", "Cùng chuyên mục", "Tin mới" boxes inside the article container, a
"today" date and a hotline banner in the header, and the byline as the last
paragraph. Everything is generic: box headings come from a lexicon, the body
is found by where link-free paragraph text is densest, and no site has a
hand-written selector.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache, wraps
from itertools import islice
from typing import ParamSpec, TypeVar
from urllib.parse import unquote_plus, urljoin, urlsplit

from lxml import etree, html

from ..urls import host_of, is_probably_binary, with_www_variants
from .dates import before_date
from .text import fold, squash, squashed_longer

P = ParamSpec("P")
R = TypeVar("R")

# Headings of boxes that are never part of the story, folded (see text.fold).
BOX_HEADINGS = frozenset("""
tin lien quan|bai lien quan|bai viet lien quan|tin bai lien quan|tin tuc lien quan|
cung chuyen muc|tin cung chuyen muc|bai cung chuyen muc|tin moi|tin moi nhat|
tin moi cap nhat|tin khac|cac tin khac|tin tuc khac|bai khac|cac bai khac|cac tin da dua|
tin da dua|cac bai da dang|cac tin bai da dua|tin cu hon|cac tin cu hon|tin moi hon|cac tin moi hon|
doc nhieu|doc nhieu nhat|tin doc nhieu|
xem nhieu|xem nhieu nhat|tin xem nhieu|xem them|doc them|tin noi bat|tieu diem|
co the ban quan tam|ban co the quan tam|co the ban muon doc|tin hot|tin nong|
binh luan|y kien ban doc|gui binh luan|gui y kien|y kien cua ban|tin anh|
video noi bat|tin video|related|related articles|related news|read more|more news|
most read|latest news|more stories
""".replace("\n", "").split("|"))

# "Tin liên quan đến dự án" is still the box: a long-enough heading plus a few words.
_BOX_HEADING_PREFIX = re.compile(
    "^(?:" + "|".join(sorted((re.escape(h) for h in BOX_HEADINGS if len(h) >= 7), key=len, reverse=True))
    + r") .{1,24}$")

_HEADING_INITIALS = frozenset(h[:1] for h in BOX_HEADINGS)   # most lines fail here, before the regex

# How a pointer to the site's other stories opens ("Xem thêm", "Mời độc giả xem thêm"), folded.
_POINTER_OPENING = r"^(moi (ban doc |doc gia |quy doc gia |quy vi |ban )?)?(xem|doc) them"
# Or an invitation to watch, its colon introducing the video it promotes ("Mời quý độc giả theo dõi
# video đang được quan tâm:"); without the colon, a story's own video told of.
_WATCH_POINTER = r"^moi (ban doc |doc gia |quy doc gia |quy vi |ban )(theo doi|xem) (cac |nhung )?(video|clip)\b"

# A short element whose whole text matches one of these is page chrome.
_CONTACT_LINE = r"^(hotline|duong day nong|email|e-mail|dien thoai|tel|fax)\b\s*:"
_CHROME_LINE = re.compile(
    _CONTACT_LINE + "|"
    r"giay phep (so|xuat ban|hoat dong)|^(©|copyright|ban quyen)|"
    r"^(luot xem|luot doc|so lan doc|luot truy cap|views?)\s*:?\s*[\d.,]+$|^[\d.,]+\s*(luot xem|luot doc|views?)$|"
    r"^(chia se|share|in bai|print|gui bai|email bai|luu bai|luu|quay lai|tro ve|len dau trang|"
    r"binh luan|gui binh luan|facebook|zalo|twitter|tweet|like|thich|"
    r"co the ban quan tam|theo doi .{0,30}(google news|zalo|facebook))\s*(\(\d+\))?$|"
    r"^[(\[>»\s]*(xem them|doc them|tin lien quan|xem tiep|bai lien quan)\s*:|"   # "(Xem thêm: …)" too
    # A share bar's label, its buttons' names after it or gone ("Chia sẻ:", "Share: Facebook Zalo").
    r"^(chia se|share)( bai viet| this)?\s*:\s*((facebook|twitter|zalo|x|linkedin|pinterest|telegram|"
    r"messenger|e-?mail|reddit)\s*)*$|"
    # A share button labelled with its network ("Chia sẻ lên Facebook", "Share on X"), one or a row.
    r"^((chia se|share)\s+(len|qua|tren|on|to|via)?\s*(facebook|twitter|zalo|x|linkedin|pinterest|telegram|"
    r"messenger|e-?mail|reddit)\s*)+$|"
    # A pointer to the other stories, no colon: "Xem thêm các bài trong loạt bài tại <a>…</a>", an
    # invitation to the site's other videos ("Mời độc giả xem thêm video đang được quan tâm:").
    + _POINTER_OPENING + r" (cac |nhung )?(bai|tin|loat bai|ky|video|clip)\b|" + _WATCH_POINTER + r"[^:.!?]{0,80}:$|"
    # What is left of a pointer to the next part once its link went as a teaser ("Đón đọc").
    r"^(don doc|don xem|moi (ban )?doc)\W*$|"
    # A pointer to the programme again elsewhere: "Xem lại toàn bộ đêm chung kết trên ứng dụng
    # THVLi hoặc tại chuyên trang …" (a broadcaster's app, its page, its channel).
    r"^xem lai\b.{0,100}\b(tren|tai|qua) (ung dung|chuyen trang|kenh|website|trang|app|fanpage)\b.{0,100}$|"
    # A pointer to another page, its link on "here": "Xem chi tiết thể lệ cuộc thi tại đây."
    r"^(moi (ban doc |quy vi )?)?(xem|doc|tai)( chi tiet| them| toan van)? .{0,60}\btai day\W*$|"
    # A live page's note, a badge before it or none: "● TRỰC TIẾP Bài viết được cập nhật liên tục".
    # And the invitation after it to reload ("… liên tục. Mời bạn đọc tải lại trang để theo dõi …").
    r"^\W*((truc tiep|live)\W+)?(bai viet|bai|tin|trang)( nay)?( (dang|se|duoc|tiep tuc))+ cap nhat"
    r"( lien tuc| them)?(\W+(moi |xin moi )?(ban doc |quy doc gia |doc gia )?(vui long )?"
    r"(tai lai|nhan f5|cap nhat lai|lam moi)( trang)?\b[^.!?]{0,80})?\W*$|"
    r"^(trang chu|home)\s*[>›»/|]|^ket noi voi chung toi|"
    # A blog engine's trackback box ("TrackBack URL cho bài này: …/mt-tb.cgi/414"), and its heading.
    r"^trackbacks?\b|"
    # A plugin's fallback note under a player ("Nếu không xem được video, vui lòng cài đặt Adobe
    # Flash Player", "Please enable JavaScript to view …").
    r"^(neu khong xem duoc|vui long (cai dat|bat)|please (install|enable))\b.{0,80}\b(flash|plugin|javascript)\b|"
    # How to see a photo larger ("(Bấm vào ảnh để xem ảnh lớn)", "Click vào hình để phóng to").
    r"^\W*(bam|nhan|click|kich|cham)( chuot)? (vao|len|on the|on|the) ?(tung |cac |moi )?"
    r"(anh|hinh|hinh anh|image|photo)s?( (de|se|to))? (xem|phong to|mo|enlarge|view)\b[^.!?]{0,30}\W*$",
    re.I,
)

# A pointer to the site's other stories or videos, a colon introducing the one it promotes ("Mời độc
# giả xem thêm video đang được quan tâm:"), folded.
_POINTER = re.compile(_POINTER_OPENING + r"\b|" + _WATCH_POINTER)

# How a text that belongs to a chrome line opens (folded): a cheap filter before _CHROME_LINE.
_CHROME_START = re.compile(
    r"\W*(hotline|duong day nong|e-?mail|dien thoai|tel|fax|©|copyright|ban quyen|luot|so lan doc|views?|"
    r"chia se|share|in bai|print|gui|luu|quay lai|tro ve|len dau trang|binh luan|facebook|zalo|twitter|"
    r"tweet|like|thich|co the ban quan tam|theo doi|xem|doc them|tin lien quan|bai lien quan|trang chu|"
    r"neu khong xem|vui long|please|truc tiep|(bai viet|bai|tin|trang)( nay)? (dang|se|duoc|tiep tuc)|"
    r"home|ket noi|trackback|[\d.,]+\s*(luot|view)|"
    r"moi|don (doc|xem)|bam|nhan|click|kich|cham)", re.I)

_BLOCK_TAGS = {"p", "div", "section", "article", "table", "ul", "ol", "dl", "blockquote",
               "h1", "h2", "h3", "h4", "h5", "h6", "figure", "header", "footer", "aside",
               "nav", "form", "main", "pre", "tr", "td", "li", "center"}
_NOISE_TAGS = ("script", "style", "noscript", "iframe", "svg", "object", "embed", "template",
               "canvas", "video", "audio")
# Form controls go only when small: broken markup can leave a whole page inside a <button>.
_CONTROL_TAGS = ("button", "input", "select", "textarea")
_SAPO_CLASS = re.compile(r"sapo|lead|summary|desc|chapeau|chapo|excerpt|intro|tom-?tat|tomtat|abstract|subtitle"
                         r"|teaser-?text|trich-?yeu|trichyeu", re.I)
_CAPTION_CLASS = re.compile(r"caption|image_?desc|img-?desc|photo-?desc|expnoedit|note-?image|chuthich|chu-?thich"
                            r"|anh-?desc|pic-?desc|figcaption", re.I)
AUTHOR_CLASS = re.compile(r"author|byline|tac-?gia|tacgia|writer|reporter|signature|nguoi-?viet|butdanh", re.I)
_BREADCRUMB_CLASS = re.compile(r"breadcrumb|duong-?dan|path-?way|crumb", re.I)
# "box-tag", "detail-tags", "tu-khoa"; not WordPress's per-post "tag-<slug>" classes.
_TAGS_CLASS = re.compile(r"(^|[\s_-])(tags?|tag-?list|keywords?|tu-?khoa|tukhoa)($|[\s_])", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|(visibility\s*:\s*hidden)", re.I)
# What a script reveals as the page loads, hidden until then by its style: FrontPage's DHTML
# effects (``dynamicanimation="fpAnimzoomInFP"``), WOW.js and AOS ("wow fadeInUp", data-aos).
_REVEAL_CLASS = re.compile(r"(?:^|\s)(?:wow|aos-init|aos-animate)(?:\s|$)", re.I)


def _revealed(el: html.HtmlElement) -> bool:
    """Whether ``el`` is hidden only until a script animates it in (``_REVEAL_CLASS``)."""
    return el.get("dynamicanimation") is not None or el.get("data-aos") is not None \
        or bool(_REVEAL_CLASS.search(el.get("class", "")))
_STYLED = etree.XPath("descendant-or-self::*[@style]")


@dataclass
class Named:
    """Elements whose class, id or itemprop names their role, from one walk of the page."""

    breadcrumb: list = field(default_factory=list)
    tags: list = field(default_factory=list)
    sapo: list = field(default_factory=list)
    author: list = field(default_factory=list)
    caption: list = field(default_factory=list)


# Substrings that every role regex above needs: one scan of each lower-cased
# class/id/itemprop value rules out most elements before the role regexes run.
# (Grouped by first letter: one branch tried at each position, not thirty.)
_ROLE_HINT = re.compile(
    r"a(?:bstract|uthor)|b(?:yline|utdanh)|c(?:rumb|hapeau|hapo|aption|hu-?thich)|d(?:uong-?dan|esc)|"
    r"ex(?:cerpt|pnoedit)|intro|keyword|lead|n(?:ote|guoi-?viet)|path-?way|reporter|"
    r"s(?:apo|ummary|ubtitle|ignature)|t(?:ag|u-?khoa|om-?tat|easer|rich-?yeu|ac-?gia)|writer")
# Elements with a name, and microdata breadcrumb lists (below the root), in one pass.
_NAMED_ELEMENTS = etree.XPath(
    "descendant-or-self::*[@class or @id or @itemprop or (@itemtype and contains(@itemtype, 'BreadcrumbList'))]")


@lru_cache(maxsize=16384)
def _role_hinted(name: str) -> bool:
    """Cached: menus and lists repeat one class on many elements, and a site on every page."""
    return _ROLE_HINT.search(name.lower()) is not None


def find_named(root: html.HtmlElement) -> Named:
    found = Named()
    candidates: dict = {}   # element → None, in document order; then the breadcrumb lists
    lists = []
    for el in _NAMED_ELEMENTS(root):
        # The values joined by spaces, which no hint spans: one search per element, and
        # no attribute read back as a string that knows its element.
        if _role_hinted(f"{el.get('class', '')} {el.get('id', '')} {el.get('itemprop', '')}"):
            candidates[el] = None
        elif el is not root and "BreadcrumbList" in (el.get("itemtype") or ""):
            lists.append(el)
    for el in lists:
        candidates.setdefault(el, None)
    for el in candidates:
        breadcrumb, tags, sapo, author, caption = _roles(classes(el))
        if breadcrumb or (el.get("itemtype") or "").endswith("BreadcrumbList"):
            found.breadcrumb.append(el)
        if tags:
            found.tags.append(el)
        if sapo:
            found.sapo.append(el)
        if author:
            found.author.append(el)
        if caption:
            found.caption.append(el)
    return found


@lru_cache(maxsize=4096)
def _roles(name: str) -> tuple[bool, bool, bool, bool, bool]:
    """Which roles a name gives (breadcrumb, tags, sapo, author, caption). Cached: a page
    repeats its names (an author card's parts) and a site repeats them page after page."""
    return (_BREADCRUMB_CLASS.search(name) is not None, _TAGS_CLASS.search(name) is not None,
            _SAPO_CLASS.search(name) is not None, AUTHOR_CLASS.search(name) is not None,
            _CAPTION_CLASS.search(name) is not None)


def attached(el: html.HtmlElement, root: html.HtmlElement) -> bool:
    """Whether ``el`` is still in ``root``'s tree (dropping a box detaches its whole subtree)."""
    return el is root or any(a is root for a in el.iterancestors())


def classes(el: html.HtmlElement) -> str:
    return f"{el.get('class', '')} {el.get('id', '')} {el.get('itemprop', '')}"


# While ``extract`` runs (``caching_texts``): each element's ``text_of``, as the comment, box,
# teaser, byline and imprint passes read the same blocks (a sidebar's items, the story's
# paragraphs) again and again; and the last ``measure`` with the elements whose children
# changed since, so that ``measure_sizes`` redoes only them and what is above them. Per
# thread (lxml trees are not shared across threads). Every change to the tree in the run
# goes through ``changed`` (``drop`` calls it), which forgets the texts above the change.
_cache = threading.local()


def text_of(el: html.HtmlElement) -> str:
    texts = getattr(_cache, "texts", None)
    if texts is not None:
        text = texts.get(el)
        if text is None:
            if len(el) == 1 and wraps_one(el):
                text = texts[el] = text_of(el[0])   # <h4><a>title</a></h4>: the link's text, read once
            else:
                text = texts[el] = squash(el.text if not len(el) else el.text_content())
        return text
    # Without children an element's text is its own: read in C, not through XPath's string().
    return squash(el.text if not len(el) else el.text_content())


def block_lines(el: html.HtmlElement) -> list[str]:
    """The lines of ``el``'s text broken where a block, a cell or a row ends and at ``<br>``s,
    each squashed, the empty ones left out: ``text_content`` glues the text of two blocks
    ("…nước.</p><p>Lễ hội …" reads "nước.Lễ hội")."""
    lines = [""]

    def walk(node: html.HtmlElement) -> None:
        block = node.tag in _BLOCK_TAGS or node.tag == "br"
        if block:
            lines.append("")
        lines[-1] += node.text or ""
        for child in node:
            if isinstance(child.tag, str):
                walk(child)
            lines[-1] += child.tail or ""
        if block:
            lines.append("")

    walk(el)
    return [line for line in map(squash, lines) if line]


def br_lines(el: html.HtmlElement) -> list[str]:
    """The lines of a block's text broken at its ``<br>``s, each squashed, the empty ones left
    out (a legacy footer's cell, a record's fields written a line each)."""
    parts = [el.text or ""]
    for child in el:
        if child.tag == "br":
            parts.append(child.tail or "")
        else:
            parts[-1] += (child.text_content() if isinstance(child.tag, str) else "") + (child.tail or "")
    return [line for line in map(squash, parts) if line]


def wraps_one(el: html.HtmlElement) -> bool:
    """Whether ``el``'s one child is an element with nothing but white space around it, inside
    ``el``: their squashed texts are the same (a changed child is forgotten with ``el``)."""
    child = el[0]
    return isinstance(child.tag, str) and (el.text or " ").isspace() and (child.tail or " ").isspace()


def text_head(el: html.HtmlElement, limit: int) -> str:
    """``text_of(el)`` read no further than it takes to have more than ``limit`` characters of
    it: the whole text when it is no longer, else a longer prefix of it (the squash of a prefix
    is a prefix of the squash). A page's column is not joined whole to read its first words."""
    read = ""
    for piece in el.itertext():     # the texts text_content joins, in order
        read += piece
        if squashed_longer(read, limit):
            break
    return squash(read)


def known_text(el: html.HtmlElement) -> str | None:
    """``text_of(el)`` if it was read (and not changed since) in this extract run, else None."""
    texts = getattr(_cache, "texts", None)
    return texts.get(el) if texts is not None else None


def short_text(el: html.HtmlElement, limit: int) -> str | None:
    """``text_of(el)`` when it is at most ``limit`` characters, else None (``text_head``)."""
    texts = getattr(_cache, "texts", None)
    known = texts.get(el) if texts is not None else None
    if known is not None:
        return known if len(known) <= limit else None
    head = text_head(el, limit)
    return head if len(head) <= limit else None


def caching_texts(function: Callable[P, R]) -> Callable[P, R]:
    """Run ``function`` with ``text_of`` cached and the changes since ``measure`` noted."""
    @wraps(function)
    def cached(*args: P.args, **kwargs: P.kwargs) -> R:
        outer = (getattr(_cache, "texts", None), getattr(_cache, "measured", None), getattr(_cache, "touched", None))
        _cache.texts, _cache.measured, _cache.touched = {}, None, None
        try:
            return function(*args, **kwargs)
        finally:
            _cache.texts, _cache.measured, _cache.touched = outer
    return cached


def changed(el: html.HtmlElement) -> None:
    """Call before changing ``el``'s children (or what is below them): forgets the cached
    texts of ``el`` and its ancestors, and notes ``el`` for ``measure_sizes``."""
    texts = getattr(_cache, "texts", None)
    if texts:
        texts.pop(el, None)
        for up in el.iterancestors():
            texts.pop(up, None)
    touched = getattr(_cache, "touched", None)
    if touched is not None:
        touched.append(el)


def link_text_len(el: html.HtmlElement) -> int:
    return sum(len(text_of(a)) for a in el.iter("a"))


def link_density(el: html.HtmlElement, text: str | None = None) -> float:
    text = text if text is not None else text_of(el)
    return link_text_len(el) / len(text) if text else 0.0


# An element that held a link when the page came, and lost it as boxes and template blocks went
# (``drop``): still a link bar's (a header bar's "today" date beside its dropped search links).
LINKS_MARK = "data-held-links"


def held_links(el: html.HtmlElement) -> bool:
    """Whether ``el`` holds a link, or held one when the page came (``LINKS_MARK``)."""
    return el.get(LINKS_MARK) is not None or el.find(".//a") is not None


def _lost_links(parent: html.HtmlElement) -> None:
    """Mark ``parent`` and its ancestors as having held a link (``LINKS_MARK``)."""
    for el in (parent, *parent.iterancestors()):
        if el.get(LINKS_MARK) is not None:
            return   # and its ancestors, by an earlier drop
        el.set(LINKS_MARK, "")


def drop(el: html.HtmlElement) -> None:
    """Remove an element but keep the text that follows it; the blocks above it that lose a
    link by it are marked so (``held_links``)."""
    parent = el.getparent()
    if parent is not None:
        changed(parent)   # its own text is not: its tail stays behind
        if isinstance(el.tag, str) and next(el.iter("a"), None) is not None:
            _lost_links(parent)
        el.drop_tree()


_QUOTE_MARKS = "\"'“”‘’«»„ "
_PULL_QUOTE = 400   # characters of a pull quote at most


def drop_pull_quotes(body: html.HtmlElement | None) -> int:
    """Drop the body's pull quotes: a quote block (``<blockquote>``, an element named for a
    quote) whose words the story says in full in one of its own paragraphs, as a magazine
    sets a sentence of the text apart in large type. A quote no paragraph repeats is the
    story's (a quoted letter, a poem). Returns how many went."""
    if body is None:
        return 0
    quotes = [el for el in body.iter("blockquote", "div", "aside", "p")
              if (el.tag == "blockquote" or "quote" in (el.get("class") or "").lower())
              and 20 <= len(text_of(el)) <= _PULL_QUOTE]
    if not quotes:
        return 0
    lines = [el for el in body.iter("p", "div", "li") if is_leaf_block(el)]
    dropped = 0
    for quote in quotes:
        said = fold(text_of(quote)).strip(_QUOTE_MARKS)
        if any(said in fold(text_of(el)) and len(text_of(el)) > len(said) + 10
               for el in lines if el is not quote and quote not in el.iterancestors()):
            drop(quote)
            dropped += 1
    return dropped


def drop_noise(tree: html.HtmlElement) -> None:
    """Scripts, styles, embeds, form controls, comments, and elements styled invisible.

    The ``hidden`` attribute is left alone: streaming server-rendered pages
    ship the whole story in a ``<div hidden>`` that a script reveals.
    """
    for el in list(tree.iter(*_AD_SLOTS)):
        _drop_ad_label(el)
    for el in list(tree.iter(*_NOISE_TAGS)):
        if el.tag in _EMBEDS:
            _mark_aside(el)
        if el.tag == "video" and (parent := el.getparent()) is not None:
            parent.set(HELD_VIDEO, "")
        if el.tag in _PLAYERS and (parent := el.getparent()) is not None:
            parent.set(HELD_PLAYER, "")
            if not (el.tail or "").strip() and (after := el.getnext()) is not None:
                after.set(_AFTER_PLAYER, "")
        drop(el)
    for el in list(tree.iter(*_CONTROL_TAGS)):
        if len(el.text_content()) < 200:
            _mark_aside(el)
            drop(el)
    for el in list(tree.iter(etree.Comment)):
        drop(el)
    for el in _OFFICE_TAGS(tree):
        # Word's own elements in a pasted story ("<o:p></o:p>" closing each paragraph, "<st1:place>"):
        # their text is the story's, and trafilatura keeps a paragraph's source line breaks
        # ("năm học\nmới") as lines where a child it does not know stands in it.
        if _settable(el):
            changed(el.getparent())
            el.drop_tag()
    for el in _STYLED(tree):   # only elements with a style (found in C), in document order
        if (hidden := _HIDDEN_STYLE.search(el.get("style", ""))) and not (hidden.group(1) and _revealed(el)):
            drop(el)
    for el in _CLASSED_PROPERTIES(tree):
        # A microdata value a class hides ("<span class='hidden d-none' itemprop='datePublished'>"):
        # written for machines, read from the metadata, never shown to a reader.
        if _HIDDEN_CLASS.search(el.get("class", "")) and el.tag not in ("html", "body") and attached(el, tree):
            drop(el)
    for el in _PRINT_CLASSED(tree):
        # What the page says is not to be printed ("d-print-none", "no-print"): its widgets (a
        # "was this page helpful?" box, a share bar), never the story; not a page's frame.
        if el.tag not in ("html", "body", "main", "article") and _NOT_PRINTED.search(el.get("class", "")) \
                and next(el.iter("h1"), None) is None and attached(el, tree):
            drop(el)


_OFFICE_TAGS = etree.XPath("/descendant::*[contains(name(), ':')]")   # o:p, st1:place, w:sdt, v:shape
# What lxml's parser keeps in a text (a binary file served as a page) but will not set again.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _settable(el: html.HtmlElement) -> bool:
    """Whether the texts ``drop_tag`` joins when unwrapping ``el`` may be set again: none of them
    holds a character XML forbids (lxml's setter refuses what its parser let through)."""
    parent, previous = el.getparent(), el.getprevious()
    texts = (el.text, el.tail, parent.text if parent is not None else None,
             previous.tail if previous is not None else None, el[-1].tail if len(el) else None)
    return parent is not None and not any(t and _NOT_XML.search(t) for t in texts)
# Elements holding a microdata property and a class; the classes that hide an element from every
# screen (Bootstrap's, Tailwind's, the usual others; not a breakpoint's "hidden-xs", "d-md-none").
_CLASSED_PROPERTIES = etree.XPath("/descendant::*[@itemprop][@class]")
_HIDDEN_CLASS = re.compile(r"(?:^|\s)(?:hidden|hide|d-none|sr-only|visually-hidden|invisible)(?:\s|$)", re.I)
# Classes that keep an element off the printed page: Bootstrap's, Tailwind's, the usual others.
_PRINT_CLASSED = etree.XPath("/descendant::*[@class][contains(@class, 'print')]")
_NOT_PRINTED = re.compile(r"(?:^|\s)(?:d-print-none|print:hidden|no-?print|hidden-print|print-hidden|hide-print|"
                          r"not-?printable|noprint)(?:\s|$)", re.I)


# An <aside> that held a form's control or an embed, dropped above: a sign-up, a player, never an
# editor's note (``keep_asides``), whatever prose is left in it.
_HELD_CONTROL = "data-held-control"
# The block a <video> was dropped from: where a story is told by its video (``core._video_story``).
HELD_VIDEO = "data-held-video"
_EMBEDS = frozenset({"iframe", "embed", "object", "video", "audio", "canvas"})
# The block a player was dropped from (a video's frame): where its caption stands (``_player_caption``).
HELD_PLAYER = "data-held-player"
_PLAYERS = frozenset({"iframe", "embed", "object", "video"})
# The element right after a player: where a credit of who made the video stands (``_drop_video_credits``).
_AFTER_PLAYER = "data-after-player"


def _mark_aside(el: html.HtmlElement) -> None:
    aside = next(el.iterancestors("aside"), None)
    if aside is not None:
        aside.set(_HELD_CONTROL, "")


# An ad slot: the frame or placeholder an ad network fills, with the label sites print over it.
_AD_SLOTS = ("iframe", "embed", "object", "ins")
_AD_LABELS = frozenset(("quang cao", "qc", "advertisement", "advertising", "ads", "sponsored", "tai tro"))


def _drop_ad_label(slot: html.HtmlElement) -> None:
    """The label over an ad slot ("Quảng cáo"): the block holding the slot and the label alone,
    else the label just before the slot."""
    holder = slot.getparent()
    if holder is None:
        return
    before = slot.getprevious()
    for el in (holder, before):
        if el is None or el.tag in ("body", "html"):
            continue
        text = el.text_content()
        if len(text) <= 40 and fold(squash(text)).strip(" :.-") in _AD_LABELS:
            drop(el)
            return


# How the lines of a site's imprint open (folded): the publisher, the licence, the editor in
# chief, the address and phones, the copyright and the reprint notice, which Vietnamese law
# has every news site print at the foot of its pages.
_IMPRINT_LINE = re.compile(
    r"\W*(co quan chu quan|co quan quan ly|don vi quan ly|chiu trach nhiem|(so )?giay phep|tong bien tap|"
    r"pho tong bien tap|truong ban bien tap|toa soan|dia chi|dien thoai|dt|email|e-mail|fax|hotline|"
    r"ban quyen|copyright|©|ghi ro nguon|thiet ke (va phat trien )?boi|phat trien boi)\b")
_IMPRINT_MAX = 1500   # an imprint is a few lines; a longer block holds more than the foot of the page
_IMPRINT_LEVELS = 4


def is_imprint_line(text: str) -> bool:
    """Whether a line opens like one of a site's imprint ("Cơ quan chủ quản: …", "© …")."""
    return _IMPRINT_LINE.match(fold(text[:40])) is not None


def imprint_lines(tree: html.HtmlElement, tags: tuple[str, ...] = ("p", "div", "li", "td", "span")
                  ) -> Iterator[tuple[html.HtmlElement, str]]:
    """The leaf blocks among ``tags`` (400 characters at most) whose text opens like a line of
    the site's imprint (``is_imprint_line``), with that text."""
    containers = block_holders(tree)   # is_leaf_block for every element, from one climb
    for el in tree.iter(*tags):
        if el in containers:
            continue
        raw = el.text_content()
        if len(raw) > 400:
            continue
        text = squash(raw)
        if text and is_imprint_line(text):
            yield el, text


def remove_imprint(tree: html.HtmlElement, body: html.HtmlElement) -> None:
    """The site's imprint at the foot of the page, whatever it is named: outside the story's
    ``body``, the widest block (a few levels above its lines) whose text is at least half
    imprint lines, two or more of them. Trafilatura drops a ``<footer>`` or a block named
    "footer"; a footer in a ``<div>`` named for nothing it would take for text."""
    lines = {el: len(text) for el, text in imprint_lines(tree)}
    counted: dict = {}
    holders = {body, *body.iterancestors()}
    for el, size in lines.items():
        if any(a in lines or a is body for a in el.iterancestors()):
            continue   # counted with its line, or part of the story
        for up in islice(el.iterancestors(), _IMPRINT_LEVELS):
            if up in holders:
                break
            count, chars = counted.get(up, (0, 0))
            counted[up] = (count + 1, chars + size)
    best: dict = {}
    for up, (count, chars) in counted.items():
        if count < 2 or len(up.text_content()) > 2 * _IMPRINT_MAX:
            continue
        total = len(text_of(up))
        if total <= _IMPRINT_MAX and chars >= 0.5 * total:
            best[up] = total
    for up in sorted(best, key=best.__getitem__, reverse=True):
        if up.getparent() is not None and attached(up, tree):
            drop(up)


# A link's path to a picture file: the photo at full size, which a viewer (a lightbox) opens.
_PICTURE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?)$", re.I)


def unwrap_zoom_links(tree: html.HtmlElement) -> None:
    """Unwrap each link to a picture file, in place: the zoom of a photo (a photo story's, a
    gallery's), whose caption it may hold, is no link to a page. Kept, its caption would read as a
    teaser's headline and the story's photos as a listing, their captions as link text."""
    for a in list(tree.iter("a")):
        path = (a.get("href") or "").split("?", 1)[0].split("#", 1)[0]
        if _PICTURE_FILE.search(path) and a.getparent() is not None:
            changed(a.getparent())
            a.drop_tag()


# A note's mark, as a link between the mark in the text and the note ("[1]", "¹", "*"): Word's
# footnotes (``#_ftn1``, ``#_ftnref1``), a wiki's citations (``#cite_note-2``).
_NOTE_MARK = re.compile(r"\[\d{1,3}\]|\(\d{1,3}\)|[\d¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|\*{1,3}")
_NOTE_HREF = re.compile(r"^#.*(?:ftn|fn|note|cite|ref)", re.I)


def unwrap_note_marks(tree: html.HtmlElement) -> None:
    """Unwrap each link of a note's mark to the page's own note, in place, its mark kept as text:
    a bracketed number, or a number or asterisks in superscript or linked to a note ("#_ftn1").
    A footnote's line opens with the link back to its mark ("<a href='#_ftnref1'>[1]</a> Khoản 1
    Điều 623 …"), and trafilatura drops a short paragraph a link opens: the notes went."""
    for a in list(tree.iter("a")):
        href = (a.get("href") or "").strip()
        if not href.startswith("#") or a.getparent() is None:
            continue
        mark = text_of(a)
        if not _NOTE_MARK.fullmatch(mark) or not (mark.startswith("[") or _NOTE_HREF.match(href)
                                                   or a.find("sup") is not None or a.getparent().tag == "sup"):
            continue
        changed(a.getparent())
        a.drop_tag()


_LINE_INLINE = frozenset({"span", "b", "strong", "i", "em", "u", "font", "small", "br", "sup", "sub"})
_VERSE_LINE = 120     # characters of a line set in a block of its own (a poem's, a lyric's), at most
_VERSE_LINES = 4      # such lines in a row that make a poem's stanza or more, at least


def lines_as_paragraphs(tree: html.HtmlElement) -> None:
    """Write as ``<p>``s the short lines a story sets each in a ``<div>`` of its own (a poem
    pasted line by line, ``<div style="margin-left: 80px"><span>…</span></div>``, blank divs
    between its stanzas): trafilatura drops a ``<div>`` of one short line. Only a run of four
    lines or more, none a link or a picture, beside a paragraph of the story (``_STORY_PARAGRAPH``)
    in the same block."""
    for holder in list(tree.iter("div", "td", "article", "section")):
        if not any(child.tag == "p" and len(text_of(child)) >= _STORY_PARAGRAPH for child in holder):
            continue
        run: list[html.HtmlElement] = []
        for child in [*holder, None]:
            line = child is not None and child.tag == "div" and not (child.tail or "").strip() \
                and all(isinstance(e.tag, str) and e.tag in _LINE_INLINE for e in child.iterdescendants()) \
                and len(text_of(child)) <= _VERSE_LINE
            if line:
                run.append(child)
                continue
            written = [el for el in run if text_of(el)]
            if len(written) >= _VERSE_LINES:
                for el in written:
                    el.tag = "p"
                changed(holder)
            run = []


def unwrap_layout_tables(tree: html.HtmlElement) -> None:
    """Turn tables used for page layout into plain blocks; data tables stay.

    A table is layout when one of its own cells holds another table, a
    heading or a form, or several paragraphs of running text, rather than a
    value: old government portals build the whole page that way, and a
    table-aware extractor would print the page as one table. Word-pasted
    data tables (a ``<p>`` in every cell) stay tables. A table that sets a story's
    paragraphs in its rows (``_prose_table``) is layout too.
    """
    for table in list(tree.iter("table")):
        cells = [cell for row in _own_rows(table) for cell in row if isinstance(cell.tag, str)]
        if not any(_is_layout_cell(cell) for cell in cells) and not _prose_table(table):
            continue
        for el in (table, *_own_sections(table), *{c.getparent() for c in cells}, *cells):
            if el.tag in ("table", "tbody", "thead", "tfoot", "tr", "td", "th"):
                el.tag = "div"


_FIGURE_PICTURES = ("img", "picture", "video")
_CAPTION_ROW = 400    # characters of a caption's row under a picture (a national paper's run to three sentences)
_CAPTION_ROWS = 2     # rows under one picture that are its caption (the caption, a credit's line)


def figure_tables(tree: html.HtmlElement) -> None:
    """Turn each table whose rows are pictures and their captions into ``<figure>``s, in place:
    a national paper's ``table.picture`` (a row for the photo, a row for its caption under it),
    Blogger's caption container. Such a table is a figure, not a data table: read as one, a
    photo story's captions are table rows, its text "a table with a line or two", and its body
    (paragraphs between the photos) too thin to find. A table keeps its rows when any row holds
    a picture beside text or two cells of text (a price list with its icons, a schedule), or
    more than ``_CAPTION_ROWS`` lines stand under a picture (a logo over a list)."""
    for table in list(tree.iter("table")):
        groups = _figure_rows(table)
        parent = table.getparent()
        if not groups or parent is None:
            continue
        changed(parent)
        figures: list[html.HtmlElement] = []
        title = next((text_of(c) for c in table.iterchildren("caption")), "")   # the table's own caption: the photos'
        for pictures, captions in groups:
            figure = html.Element("figure")
            for cell in pictures:
                figure.extend(list(cell))
            lines = [title] if title and not figures else []
            lines += [" ".join(block_lines(cell)) for cell in captions]
            if any(lines):   # its text only: a caption of blocks would make the figure a container to measures
                etree.SubElement(figure, "figcaption").text = " ".join(line for line in lines if line)
            figures.append(figure)
        figures[-1].tail = table.tail
        at = parent.index(table)
        parent.remove(table)
        for n, figure in enumerate(figures):
            parent.insert(at + n, figure)


def _figure_rows(table: html.HtmlElement) -> list[tuple[list, list]]:
    """The pictures' cells and their captions' cells of a table made of pictures and their
    captions (``figure_tables``), one pair a photo; ``[]`` for any other table."""
    groups: list[tuple[list, list]] = []
    for row in _own_rows(table):
        cells = [c for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")]
        pictured = [c for c in cells if next(c.iter(*_FIGURE_PICTURES), None) is not None]
        worded = [c for c in cells if squash(c.text_content())]
        if any(next(c.iter("table"), None) is not None for c in cells):
            return []   # a table in a cell: a layout's
        if pictured and not worded:
            if not groups or groups[-1][1]:
                groups.append(([], []))
            groups[-1][0].extend(pictured)
        elif worded and not pictured and len(worded) == 1 and groups and len(groups[-1][1]) < _CAPTION_ROWS \
                and _caption_cell(worded[0]):
            groups[-1][1].append(worded[0])
        elif pictured or worded:
            return []   # a picture beside text, two cells of text, a line with no picture over it
    return groups if any(captions for _, captions in groups) else []


def _caption_cell(cell: html.HtmlElement) -> bool:
    """Whether a cell under a picture reads as its caption: a short text, not a link's (a
    teaser's headline under its thumbnail, a table of teasers), in one block (a credit's line
    apart): two paragraphs under a photo are the story's, which an editor set in the table too."""
    text = squash(cell.text_content())
    links = sum(len(squash(a.text_content())) for a in cell.iter("a"))
    if len(text) > _CAPTION_ROW or 2 * links >= len(text):
        return False
    blocks = [el for el in cell.iter(*_CELL_BLOCKS) if is_leaf_block(el) and len(text_of(el)) > _CREDIT_LINE]
    return len(blocks) < 2


_CELL_BLOCKS = ("p", "div", "li", "blockquote", "h2", "h3", "h4")
_CREDIT_LINE = 80   # a line under a caption this short is its credit's ("Ảnh: TTXVN"), or a date


def _is_layout_cell(cell: html.HtmlElement) -> bool:
    blocks = 0
    for d in cell.iterdescendants():
        if d.tag in ("table", "h1", "h2", "h3", "form", "article", "section", "main", "nav"):
            return True
        if d.tag in ("p", "div", "ul", "ol"):
            blocks += 1
    return blocks >= 2 and len(cell.text_content()) > 400


_PROSE_CELL = 100      # characters of a cell that reads as a paragraph (with ``_PROSE_WORDS`` and a sentence's stop)
_PROSE_WORDS = 15
# Paragraphs (cells, or a cell's lines) that make a story's rows; one among short rows is a
# page's print layout or a boxed note.
_PROSE_ROWS = 2
_PROSE_LINKS = 0.1     # the share of a paragraph's text in links at most (a teaser's cell: its headline's link)
_SENTENCE_STOP = re.compile(r"[.!?…:;,]\W*(?:\s|$)")


def _prose_table(table: html.HtmlElement) -> bool:
    """Whether a table only lays out a story: rows of one cell of text each (a photo's cells
    beside it apart), most of that text in paragraphs, no header row. An old government CMS
    or a pasted Word document sets a story that way (a lead row, a photo row, a row for each
    paragraph, a byline row right-aligned; a photo left of the text); read as a table, every
    paragraph is a row in pipes and the story "a table with a line or two". A data table
    (results, prices, a schedule) has a header row or a row of two cells of text, and short
    cells; a photo's table, each photo over its caption, is a figure's."""
    if table.find("thead") is not None or next(table.iter("th"), None) is not None:
        return False
    prose = total = paragraphs = 0
    for row in table_rows(table):
        worded = []
        for cell in row:
            if not isinstance(cell.tag, str) or cell.tag not in ("td", "th"):
                continue
            text = squash(cell.text_content())
            if text and next(cell.iter(*_FIGURE_PICTURES), None) is None:
                worded.append((cell, text))
        if len(worded) > 1:
            return False   # two cells of text side by side: a grid's row
        for cell, text in worded:
            total += len(text)
            if _prose_cell(cell, text):
                prose += len(text)
                paragraphs += max(1, sum(len(line) >= _PROSE_CELL for line in block_lines(cell)))
    # Photos each over its caption are a figure's table (``figure_tables``), however long the captions.
    return paragraphs >= _PROSE_ROWS and 2 * prose >= total and not _figure_rows(table)


def _prose_cell(cell: html.HtmlElement, text: str) -> bool:
    """Whether a cell's text reads as a paragraph: long, of many words, with a sentence's
    punctuation, few of its words a link's."""
    if len(text) < _PROSE_CELL or len(text.split()) < _PROSE_WORDS or not _SENTENCE_STOP.search(text):
        return False
    return sum(len(squash(a.text_content())) for a in cell.iter("a")) <= _PROSE_LINKS * len(text)


def _own_sections(table: html.HtmlElement) -> list:
    return [child for child in table if child.tag in ("tbody", "thead", "tfoot")]


def table_rows(table: html.HtmlElement) -> list[html.HtmlElement]:
    """The table's own rows (``<tr>``s in it or its sections, not a nested table's)."""
    return [row for holder in (table, *_own_sections(table)) for row in holder if row.tag == "tr"]


def _own_rows(table: html.HtmlElement):
    for row in table_rows(table):
        yield list(row)


def is_leaf_block(el: html.HtmlElement) -> bool:
    """A block that holds only inline content (a paragraph, in effect)."""
    return not any(isinstance(d.tag, str) and d.tag in _BLOCK_TAGS for d in el.iterdescendants())


_PARAGRAPH_TAGS = frozenset({"p", "div", "li", "blockquote", "h2", "h3", "h4", "td", "pre"})
_LOOSE_PARAGRAPHS = 80   # a block's own text between its blocks this long is paragraphs, not a label


@dataclass
class Measures:
    """Text measures of every element, taken in one bottom-up pass.

    Lengths are of whitespace-collapsed text, summed piece by piece (a few
    characters off at piece boundaries, which no threshold here notices).
    """

    text: dict = field(default_factory=dict)        # element → text length of its subtree
    links: dict = field(default_factory=dict)       # element → link text length in its subtree
    holders: set = field(default_factory=set)       # elements with a block element below them
    own_mass: dict = field(default_factory=dict)    # element → loose text + link-free leaf children
    paragraphs: dict = field(default_factory=dict)  # element → link-free leaf-paragraph text below it


def measure(root: html.HtmlElement, noted: bool = True) -> Measures:
    """``noted``: in an extract run, the changes are noted from here for ``measure_sizes`` (the
    page's measure; a part's, ``noted=False``, leaves the page's and its notes as they were)."""
    m = Measures()
    text, links, holders, own_mass, paragraphs = m.text, m.links, m.holders, m.own_mass, m.paragraphs
    # A wrapper that holds one paragraph and nothing else (a grid builder's row: div > div.container
    # > div.row > div.col > p, one row a paragraph) → that paragraph's length: it counts as the
    # paragraph itself for its parent's own mass.
    alone: dict = {}
    # Lengths of squashed text, inline: this loop runs twice a page over every element.
    for el in reversed(list(root.iter(etree.Element))):   # children before their parents
        own = el.text
        total = loose = len(" ".join(own.split())) if own and not own.isspace() else 0
        link = mass = para = blocks = 0
        holder = False
        single = None
        for child in el:
            tag = child.tag   # read once: each read builds the string again
            if not isinstance(tag, str):
                continue
            own = child.tail
            tail = len(" ".join(own.split())) if own and not own.isspace() else 0
            size = text[child]
            child_links = links[child]
            total += size + tail
            loose += tail
            link += child_links
            para += paragraphs[child]
            if tag in _BLOCK_TAGS:
                holder = True
                blocks += 1
                single = child
                if child in holders:
                    mass += alone.get(child, 0)
                    continue   # a container: its paragraphs count for it, not for this element
            elif child in holders:
                holder = True
            if size >= 25 and child_links < 0.35 * size:
                mass += size
        if el.tag == "a":
            link = total
        text[el], links[el] = total, link
        own_mass[el] = loose + mass
        if holder:
            holders.add(el)
            if blocks == 1 and single in alone and total - text[single] < 3:
                alone[el] = alone[single]
            if loose >= _LOOSE_PARAGRAPHS and el.tag in _PARAGRAPH_TAGS:
                para += loose   # text<br><br>text between its blocks (WYSIWYG paste): paragraphs
        elif total >= 25 and link < 0.35 * total:
            alone[el] = total
            if el.tag in _PARAGRAPH_TAGS:
                para += total
        paragraphs[el] = para
    if noted and getattr(_cache, "texts", None) is not None:   # in an extract run: changes are noted from here
        _cache.measured, _cache.touched = (root, m), []
    return m


def measure_sizes(root: html.HtmlElement) -> Measures:
    """``measure``'s text, link text and holders only (``own_mass`` and ``paragraphs``
    left empty), the same figures at about half the cost: for rules that read no mass.
    In an extract run after a ``measure`` of ``root``, that measure's figures with only the
    elements changed since (``changed``) and those above them measured again: the same."""
    measured = getattr(_cache, "measured", None)
    if measured is not None and measured[0] is root:
        return _sizes_since(root, measured[1], _cache.touched)
    m = Measures()
    for el in reversed(list(root.iter(etree.Element))):   # children before their parents
        _size(el, m.text, m.links, m.holders)
    return m


def _size(el: html.HtmlElement, text: dict, links: dict, holders: set) -> None:
    """``el``'s text, link text and holding from its children's (measured already)."""
    own = el.text
    total = len(" ".join(own.split())) if own else 0
    link = 0
    holder = False
    for child in el:
        tag = child.tag
        if not isinstance(tag, str):
            continue
        own = child.tail
        if own:
            total += len(" ".join(own.split()))
        if child not in text:   # put in since the measure (a caption's paragraph)
            for d in reversed(list(child.iter(etree.Element))):
                _size(d, text, links, holders)
        total += text[child]
        link += links[child]
        if not holder and (tag in _BLOCK_TAGS or child in holders):
            holder = True
    text[el] = total
    links[el] = total if el.tag == "a" else link
    if holder:
        holders.add(el)
    else:
        holders.discard(el)


def _sizes_since(root: html.HtmlElement, first: Measures, touched: list) -> Measures:
    """``first``'s text, link text and holders, with every element changed since
    (``touched``) that is still in ``root``'s tree measured again, then every element above
    them, deepest first: the rest of the page is as it was measured."""
    m = Measures(text=dict(first.text), links=dict(first.links), holders=set(first.holders))
    depth: dict = {}
    for el in touched:
        if el in depth:
            continue
        chain = [el, *el.iterancestors()]
        if chain[-1] is not root:
            continue   # dropped since with what holds it
        for i, up in enumerate(chain):
            if up in depth:
                break
            depth[up] = len(chain) - i
    for el in sorted(depth, key=depth.__getitem__, reverse=True):   # children before their parents
        _size(el, m.text, m.links, m.holders)
    return m


_ITEM_FOOTER = re.compile(r"post|entry|article|story|news|comment|author|byline|meta|card|item|widget|modal", re.I)
_SECTIONS = frozenset({"article", "section", "aside", "main", "nav"})


def _footer_named(value: str | None) -> bool:
    """A class or id that names a footer ("footer", "site-footer", "pageFooter", the footer's
    navigation band "t4-footnav"), not a part of one ("footer-links") or a theme's group
    ("header-footer-group")."""
    return any(token.lower().endswith(_FOOTER_ENDS) for token in (value or "").split())


_FOOTER_ENDS = ("footer", "footnav", "foot-nav")


def _page_footer(el: html.HtmlElement) -> bool:
    """A <footer> or a block named for a footer that is the page's, not a story's or an
    item's ("post-footer" holds a post's author and date, <footer class="article-author">
    its byline), nor a layout's wrapper that holds the page's header, main part or <h1>
    ("flex-wrap-footer" keeps the footer down)."""
    names = f"{el.get('class', '')} {el.get('id', '')}"
    if el.tag != "footer" and not _footer_named(names):
        return False
    return not _ITEM_FOOTER.search(names) and next(el.iter("h1", "main", "header"), None) is None \
        and not _wraps_a_footer(el) and not _closes_prose(el)


_CLOSED_PARAGRAPHS = 2   # paragraphs of prose right before a footer that make it the story's


def _closes_prose(el: html.HtmlElement) -> bool:
    """A footer in the story's column, right after its paragraphs (the byline, the source),
    not the page's: the paragraphs are its siblings, or the children of the block just before
    it, inside a block that is not the page's ``<body>``."""
    up = el.getparent()
    if up is None or up.tag in ("body", "html", "form"):
        return False
    before = [s for s in islice(el.itersiblings(preceding=True), 8) if isinstance(s.tag, str)]
    if sum(1 for s in before if s.tag == "p" and len(s.text_content()) >= 80) >= _CLOSED_PARAGRAPHS:
        return True
    return bool(before) and sum(1 for p in before[0].iterchildren("p")
                                if len(p.text_content()) >= 80) >= _CLOSED_PARAGRAPHS


_WRAPPER_PROSE = 300   # link-free characters beside the footer it holds: a layout's wrapper, not a footer


def _wraps_a_footer(el: html.HtmlElement) -> bool:
    """A layout's wrapper named for the footer it keeps down ("sticky-footer", "push-footer"):
    it holds a footer of its own and, beside it, most of the page's prose that is not links
    (the story, with no <h1> or <header> to tell). A footer that wraps another has its
    newsletter blurb or menus beside it, far less than the story outside it."""
    inner = [d for d in el.iterdescendants("footer", "div", "section", "aside")
             if d.tag == "footer" or _footer_named(f"{d.get('class', '')} {d.get('id', '')}")]
    if not inner:
        return False
    beside = _prose(el, set(inner))
    return beside >= _WRAPPER_PROSE and beside >= _prose(el.getroottree().getroot(), {el})


def _prose(top: html.HtmlElement, skip: set) -> int:
    """Characters of text under ``top`` outside links, scripts and the subtrees in ``skip``."""
    prose, stack = 0, [top]
    while stack:
        d = stack.pop()
        prose += len((d.text or "").strip()) + sum(len((c.tail or "").strip()) for c in d)
        stack.extend(c for c in d if isinstance(c.tag, str) and c.tag != "a" and c.tag not in _NOISE_TAGS
                     and c not in skip)
    return prose


def in_footer(el: html.HtmlElement, seen: dict | None = None) -> bool:
    """Inside the page's footer (``_page_footer``) outside any <article>, <section>, <aside>,
    <main> or <nav>: the site's chrome (its name, address, licence), never the story.
    ``seen``: the answers for the elements already judged (one page's calls share it)."""
    chain = [up for up in (el, *el.iterancestors()) if up.tag not in ("body", "html")]
    if any(up.tag in _SECTIONS for up in chain):
        return False
    seen = {} if seen is None else seen
    for up in chain:
        if up not in seen:
            seen[up] = _page_footer(up)
        if seen[up]:
            return True
    return False


# /descendant:: and descendant:: rather than // and .//: the same nodes, without libxml2's step to every node;
# an attribute asked for before contains() reads it: libxml2 makes a string of a missing one.
# A union of three walks, in the page's order: one walk with ``self::footer`` in an ``or`` is slower.
_FOOTERS = etree.XPath(
    "/descendant::footer | /descendant::*[@id][contains(@id, 'ooter') or contains(@id, 'ootnav')"
    " or contains(@id, 'oot-nav')] | /descendant::*[@class][contains(@class, 'ooter') or contains(@class, 'ootnav')"
    " or contains(@class, 'oot-nav')]")


def footers(tree: html.HtmlElement) -> list[html.HtmlElement]:
    """The page's footers (``in_footer``), outermost only: the site's name, address and
    licence, never the story."""
    seen: dict = {}
    found = [el for el in _FOOTERS(tree) if in_footer(el, seen)]
    within = set(found)
    return [el for el in found if not any(up in within for up in el.iterancestors())]


def find_body(tree: html.HtmlElement, measures: Measures | None = None) -> html.HtmlElement | None:
    """The element whose own paragraphs carry the most link-free text."""
    m = measures or measure(tree)
    best, best_mass = None, 0
    for el, mass in m.own_mass.items():   # last to first: ties go to the earlier element
        if mass >= best_mass and mass and el.tag not in ("html", "head", "a") and el.tag not in _NOISE_TAGS:
            best, best_mass = el, mass
    return best if best_mass >= 150 else None


def widen_body(body: html.HtmlElement, measures: Measures, gain: float = 0.25,
               headline: html.HtmlElement | None = None) -> html.HtmlElement:
    """Climb from the densest container while its parent adds much more story text.

    Stories split into sibling sections (a lead block, then the body, or
    paragraphs interleaved with figures in separate wrappers) would otherwise
    lose everything outside the single densest container. A parent that holds
    the headline takes the header's lines with it (a kicker, a date): it is
    measured again, so that the lead taken out already (``take_sapo``) adds nothing.
    """
    masses = measures.paragraphs
    mass = masses.get(body, 0)
    up = body
    while (parent := up.getparent()) is not None and parent.tag not in ("body", "html", "form"):
        if _widens(parent, up, body, mass, masses, gain):
            wider = masses.get(parent, 0)
            if headline is not None and _contains(parent, headline):
                fresh = measure(parent, noted=False).paragraphs   # the page's measure stays noted
                mass, wider = fresh.get(body, 0), fresh.get(parent, 0)
            if wider >= mass * (1 + gain):
                body, mass = parent, wider
                up = parent
                continue
        if len(parent) > 1 and _photos_beside(parent, up):
            # The story's photos in blocks of their own beside its text's (a site builder's image
            # block after the text block, in the column): their captions are the story's, however
            # little text they add.
            body, mass, up = parent, max(mass, masses.get(parent, 0)), parent
            continue
        if _module_run(parent, up):
            # A site builder's run of modules alike (a text module, an image module, a text
            # module …): the story's closing modules are its own however little they add (an
            # update note, the source line), when none holds a link, a list or a form.
            body, mass, up = parent, max(mass, masses.get(parent, 0)), parent
            continue
        if _heading_beside(parent, up):
            # A section of the story: its sub-heading's block, then ``up``; the story's other
            # sections stand beside it, each headed alike (a portal's content pieces).
            up = parent
            continue
        if (parent.text or "").strip() or any(other is not up and not _blank(other) for other in parent):
            break
        # else a wrapper around ``up`` alone (a page builder's, classed or bare; beside it at most an
        # empty block, a background's overlay): climb through it, to where the story's other
        # sections stand in wrappers alike (not a column beside it)
        up = parent
    return body


_SHOWN = ("img", "picture", "iframe", "video", "object", "embed", "svg")   # what shows without text


def _blank(el: html.HtmlElement) -> bool:
    """Whether ``el`` shows nothing: an element with no text, no picture nor frame, and no tail
    (a page builder's background overlay); a comment or a script."""
    if (el.tail or "").strip():
        return False
    if not isinstance(el.tag, str) or el.tag in ("script", "style", "template"):
        return True
    return not text_of(el) and next(el.iter(*_SHOWN), None) is None


def _heading_beside(parent: html.HtmlElement, up: html.HtmlElement) -> bool:
    """Whether ``parent`` holds ``up`` and before it one sub-heading's block alone (an ``<h2>``
    to ``<h4>`` that is all its text, no link), nothing else, and has siblings of its class: a
    section of a story among its others (a portal's content pieces)."""
    if len(parent) != 2 or parent[1] is not up or (parent.text or "").strip() or (parent[0].tail or "").strip():
        return False
    if not isinstance(parent[0].tag, str) or not _heading_block(parent[0]):
        return False
    # and the story's other sections beside it, wrapped alike (its class, not only its tag)
    return bool(parent.get("class")) and bool(alike_siblings(parent))


def _heading_block(el: html.HtmlElement) -> bool:
    """Whether ``el`` is a sub-heading's block alone: one ``<h2>`` to ``<h4>`` that is all its
    text, no link."""
    headings = [h for h in el.iter(*_NODE_HEADINGS) if text_of(h)]
    return len(headings) == 1 and text_of(headings[0]) == text_of(el) and next(el.iter("a"), None) is None


# A class naming one instance of a builder's element: its id in it ("mcb-section-ccc48b818",
# "elementor-element-3f2a1b7", "vc_custom_1589374651"), a hex run with a digit, or four digits.
_INSTANCE_CLASS = re.compile(r"(?=[0-9a-f]*\d)[0-9a-f]{6,}|\d{4,}", re.I)


def shape(el: html.HtmlElement) -> tuple:
    """How ``el`` is wrapped: its tag and its classes, but those naming the one instance."""
    return el.tag, frozenset(c for c in (el.get("class") or "").split() if not _INSTANCE_CLASS.search(c))


def alike_siblings(el: html.HtmlElement) -> list[html.HtmlElement]:
    """``el``'s siblings wrapped as it is (``shape``: the same tag and classes, a builder's
    instance ids aside): the other sections of a run."""
    parent = el.getparent()
    if parent is None:
        return []
    kind = shape(el)
    return [other for other in parent if other is not el and isinstance(other.tag, str) and shape(other) == kind]


def _photos_beside(parent: html.HtmlElement, up: html.HtmlElement, only: html.HtmlElement | None = None) -> bool:
    """Whether every other child of ``parent`` than ``up`` is a photo's block (a ``<figure>``
    with its picture, whose text is its caption's and no link's) or holds no text, with one
    captioned photo at least (else nothing is gained): nothing a box or a teaser would bring.
    ``only``: whether that child alone is a photo's block, captioned or not."""
    photos = 0
    for other in parent if only is None else (only,):
        if other is up or not isinstance(other.tag, str):
            continue
        if (other.tail or "").strip():
            return False
        text = text_of(other)
        figures = [f for f in other.iter("figure") if next(f.iter(*_PICTURES), None) is not None]
        if not figures:
            if text or other.tag in ("aside", "nav", "form"):
                return False
            continue
        captions = " ".join(text_of(c) for f in figures for c in f.iter("figcaption"))
        if squash(captions) != text or len(text) > _PICTURE_CAPTION * len(figures) \
                or any(text_of(a) for a in other.iter("a")):
            return False
        photos += bool(text)
    return only is not None or photos > 0 and not (parent.text or "").strip()


_PICTURES = ("img", "picture", "video", "iframe")
_RUN_MODULES = 3   # modules of a builder's run at least: a story's text, then a photo's or a closing line's
_NOT_IN_MODULE = ("a", "ul", "ol", "table", "form", *_CONTROL_TAGS)


def _module_run(parent: html.HtmlElement, up: html.HtmlElement) -> bool:
    """Whether ``parent`` is a page builder's run of a story's modules, ``up`` one of them: three
    children at least, all classed blocks with nothing between them; two more text modules at
    least wrapped as ``up`` is (its tag and class), or one and a sub-heading's module, the others
    a picture's or a video's module (one picture or player, its caption's line at most, or
    nothing left of its player); none holding a link's text, a list, a table or a form's control
    (a shop's teaser, a sign-up box, a teaser list)."""
    kind = (up.tag, up.get("class"))   # exactly: a builder's modules alike share their classes
    if not kind[1] or len(parent) < _RUN_MODULES or (parent.text or "").strip():
        return False
    texts, alike, headed = 0, 0, False
    for other in parent:
        if not isinstance(other.tag, str) or not other.get("class") or (other.tail or "").strip():
            return False
        if other is up:
            continue
        if any(el.tag == "form" or el.tag in _CONTROL_TAGS or text_of(el)
               for el in other.iter(*_NOT_IN_MODULE)):
            return False
        if (other.tag, other.get("class")) == kind:
            texts += bool(text_of(other))
            alike += 1
        elif _heading_block(other):
            headed = True
        elif _blank(other):
            continue   # a player's module whose frame went with the page's scripts and embeds
        elif len(other.xpath(".//img|.//iframe|.//video")) != 1 or len(text_of(other)) > _PICTURE_CAPTION:
            return False
    return texts >= 2 or alike >= 1 and headed   # (a text module the lead was taken from is one)


def _widens(parent: html.HtmlElement, up: html.HtmlElement, body: html.HtmlElement, mass: int, masses: dict,
            gain: float) -> bool:
    """Whether ``parent`` adds much more story text to ``body`` (by ``masses``), in sections
    alike when ``body`` is in a wrapper of its own (``up``)."""
    return masses.get(parent, 0) >= mass * (1 + gain) and (
        up is body or _alike_sections(up, masses) >= mass * gain and not _page_frame(parent, up)
        or _story_nodes(parent, up, masses))


_FRAME_LINKS = 3   # links of a menu at least


def _page_frame(parent: html.HtmlElement, up: html.HtmlElement) -> bool:
    """Whether ``parent``'s sections are the page's, not the story's: one of them beside ``up``
    is the site's menu (links, most of its text) or holds a form (a landing page's sections: its
    header, the story, a quote request, the footer with the address)."""
    for other in parent:
        if other is up or not isinstance(other.tag, str):
            continue
        if next(other.iter("form", *_CONTROL_TAGS), None) is not None:
            return True
        if sum(1 for _ in islice(other.iter("a"), _FRAME_LINKS)) >= _FRAME_LINKS and link_density(other) >= 0.5:
            return True
    return False


_NODE_HEADINGS = ("h2", "h3", "h4")


def _story_nodes(parent: html.HtmlElement, up: html.HtmlElement, masses: dict) -> bool:
    """Whether ``parent`` is a CMS's collection of a story's content nodes, ``up`` one of them:
    every other child a text node wrapped alike with prose in it (however short: a paragraph
    between two photos), a photo's block (``_photos_beside``) or a sub-heading's block alone,
    and two text nodes at least; no box, list or link among them."""
    kind = shape(up)
    texts = 0
    for other in parent:
        if other is up or not isinstance(other.tag, str):
            continue
        if (other.tail or "").strip():
            return False
        if shape(other) == kind and masses.get(other, 0) > 0:
            texts += 1
            continue
        if _heading_block(other):
            continue
        if not _photos_beside(parent, up, only=other):
            return False
    return texts > 0 and not (parent.text or "").strip()


def _alike_sections(el: html.HtmlElement, masses: dict) -> int:
    """The paragraph mass of ``el``'s siblings wrapped alike (same tag and class) that hold a
    story's section each (``_STORY_TEXT`` at least): not a lead or a tool bar in a wrapper."""
    return sum(m for other in alike_siblings(el) if (m := masses.get(other, 0)) >= _STORY_TEXT)


_HEADING_CHARS = 70   # a box's heading is no longer


@lru_cache(maxsize=8192)
def is_box_heading(text: str) -> bool:
    """Cached: a site's menus and widgets print the same short lines on every page."""
    text = squash(text)
    if not text or len(text) > _HEADING_CHARS:
        return False
    key = fold(text).strip(_KEY_STRIP).strip()
    return key[:1] in _HEADING_INITIALS and (key in BOX_HEADINGS or bool(_BOX_HEADING_PREFIX.match(key)))


_KEY_STRIP = " :>»›-–—|."


def opens_no_box_heading(text: str) -> bool:
    """Whether ``is_box_heading(text)`` is surely false from the character its key starts
    with, folded alone: most lines, told without folding them whole or filling the cache."""
    for ch in text:
        if ch.isspace() or ch in _KEY_STRIP:
            continue
        first = fold(ch)[:1]   # a letter's fold starts the whole text's (marks go, bases stay)
        return first != "" and first not in _HEADING_INITIALS and first not in _KEY_STRIP and not first.isspace()
    return True   # an empty key


def block_holders(root: html.HtmlElement, blocks=_BLOCK_TAGS) -> set:
    """Every element with an element of ``blocks`` below it (with the default, those
    ``is_leaf_block`` says no of), from one climb from each block (not a walk below each
    element): the climb stops where an earlier one passed."""
    holders: set = set()
    for block in root.iter(*blocks):
        up = block.getparent()   # a loop of getparent, not an iterancestors generator per block
        while up is not None and up not in holders:
            holders.add(up)
            up = up.getparent()
    return holders


def _heading_candidates(root: html.HtmlElement) -> Iterator[html.HtmlElement]:
    holders = block_holders(root)   # before reading any text: the text of a large container is long
    for el in root.iter("h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "span", "div",
                        "p", "header", "li", "label", "legend", "caption"):
        if el.tag in ("div", "span", "p", "li") and el in holders:
            continue
        # A text longer than a heading is told before the cache is asked (and filled with it),
        # from its opening words when they are (a paragraph's) before reading the rest; a
        # heading over a comment thread ("1 bình luận về “…”") may be longer.
        own = el.text
        heading_tag = el.tag in _HEADINGS
        if not heading_tag and own and len(own) > _HEADING_CHARS and squashed_longer(own, _HEADING_CHARS):
            continue
        raw = (own or "") if not len(el) else el.text_content()   # as text_of
        if len(raw) > 300:
            continue
        if not _heading_text(raw, heading_tag):
            continue
        # Links are teasers, not headings: a "Bình luận (5)" link is no comment box.
        if any(a.tag == "a" for a in el.iterancestors()):
            continue
        yield el


@lru_cache(maxsize=8192)
def _heading_text(raw: str, heading_tag: bool) -> bool:
    """Whether a text as read (``raw``) may be a box's heading, that of an ``<h2>``-``<h6>``
    (``heading_tag``) a thread's too. Cached: a site's menus and sidebars print the same lines
    on every page."""
    return bool(heading_tag and _COUNTED_COMMENTS.match(fold(raw))) or not (
        (len(raw) > _HEADING_CHARS and squashed_longer(raw, _HEADING_CHARS))
        or opens_no_box_heading(raw) or not is_box_heading(raw))


def remove_boxes(tree: html.HtmlElement) -> list[str]:
    """Drop related-article boxes found by their heading; return the headings dropped.

    From the heading, climb while the wider element adds no story text
    beside the box (teasers and their blurbs are not story text): that is
    the box. A heading that stands alone among story paragraphs takes
    the teaser lines that follow it.
    """
    dropped = []
    for heading in list(_heading_candidates(tree)):
        if heading.getparent() is None:
            continue
        box = heading
        while (parent := box.getparent()) is not None and parent.tag not in ("body", "html"):
            if story_text_beside(parent, box, _STORY_TEXT) > _STORY_TEXT or _closing_prose_before(box):
                break
            box = parent
        if len(text_of(box)) <= len(text_of(heading)) + 20:
            if _COMMENT_HEADING.match(fold(text_of(heading))):
                box = _comment_section(box)
            else:
                _drop_following_links(box)
        dropped.append(text_of(heading))
        drop(box)
    return dropped


_CLOSING_PROSE = 150   # characters of a paragraph of the story's, at least, that ends a sentence


def _closing_prose_before(box: html.HtmlElement) -> bool:
    """Whether the block right before ``box`` (past blocks with no text: a builder's style
    sheet, an empty slot, and one short line: a signature) ends in a paragraph of prose of its
    own, no link in it: the story's closing paragraph in a module beside the box (a page
    builder's text module, then its articles module), shorter than the story text a box's climb
    stops at."""
    short = 0
    for sibling in box.itersiblings(preceding=True):
        if not isinstance(sibling.tag, str):
            continue
        text = text_of(sibling)
        if not text:
            continue
        if len(text) < _CLOSING_PROSE and short == 0 and next(sibling.iter("a"), None) is None:
            short = 1   # a signature, a source line
            continue
        if next(sibling.iter("a"), None) is not None:
            return False
        last = next((p for p in reversed(list(sibling.iter("p"))) if text_of(p)), sibling)
        line = text_of(last)
        return len(line) >= _CLOSING_PROSE and ends_sentence(line)
    return False


_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
# A comment thread's heading, folded: "Bình luận", "Ý kiến bạn đọc", "1 bình luận về “…”", "3 Comments".
_COMMENTS = r"(binh luan|y kien|phan hoi|comments?|responses?)\b"
_COMMENT_HEADING = re.compile(rf"\W*(\d+\s+)?{_COMMENTS}")
_COUNTED_COMMENTS = re.compile(rf"\W*\d+\s+{_COMMENTS}")


def _comment_section(heading: html.HtmlElement, levels: int = 2) -> html.HtmlElement:
    """The thread a comment heading opens, named for nothing: up a level or two while the
    heading's block opens its parent and the rest of the parent is one kind of item (the
    comments, alike), headings and a form, with no headline (an <h1>) among them."""
    box = heading
    for _ in range(levels):
        parent = box.getparent()
        if parent is None or parent.tag in ("body", "html") or next(parent.iter("h1"), None) is not None:
            break
        children = [c for c in parent if isinstance(c.tag, str) and (text_of(c) or c.tag == "form")]
        if not children or children[0] is not box:
            break
        items = [c for c in children[1:]
                 if c.tag != "form" and c.tag not in _HEADINGS and next(c.iter("form", "textarea"), None) is None]
        kinds = {(c.tag, (c.get("class") or "").split()[:1][0] if c.get("class") else "") for c in items}
        # A heading over the items is another block's (the thread's form has its own): an
        # opinion page's "Bình luận" kicker stands above its headline and its story.
        headed = any(c.tag in _HEADINGS and after in items
                     for c, after in zip(children[1:], children[2:], strict=False))
        if len(kinds) > 1 or headed:
            break
        box = parent
    return box


# Story text beyond which an element holds (part of) a story, not just a box.
_STORY_TEXT = 250


def story_text_beside(parent: html.HtmlElement, box: html.HtmlElement, limit: int | None = None) -> int:
    """Characters of story text in ``parent`` outside ``box``.

    A short child whose text is more than a fifth link text is a teaser (a
    title link with its blurb); a short link-free child right after a teaser
    is that teaser's blurb (not after a list of teasers, mostly links to two pages or more:
    it holds its blurbs in its items). Of everything else, the text outside links counts.
    With a ``limit``, the count stops once past it (callers only ask whether it is):
    the total never falls (a child's link text is part of its text), and the rest
    of a page's column (a menu of a hundred links) is not read.
    """
    total = len(squash(parent.text))
    after_teaser = False
    for child in parent:
        if not isinstance(child.tag, str):
            continue
        if limit is not None and total > limit:
            return total
        total += len(squash(child.tail))
        if child is box:
            after_teaser = False
            continue
        text = text_of(child)
        if not text:
            continue
        links = link_text_len(child)
        if len(text) <= 400 and links > 0.2 * len(text):
            # One teaser's blurb follows it; a list of teasers (mostly links, to two pages or
            # more) holds its blurbs in its items, and a paragraph after it is the story's again
            # (an inline box amid the story).
            after_teaser = links <= 0.5 * len(text) or len({a.get("href") for a in child.iter("a")}) <= 1
        elif after_teaser and len(text) <= 300:
            after_teaser = False
        else:
            total += len(text) - links
            after_teaser = False
    return total


def _drop_following_links(el: html.HtmlElement) -> None:
    """Drop the teasers after a bare box heading: link lines, each with an optional blurb.
    A line after the last link that opens the story's prose (a lead printed after the box, a
    box of teasers with no blurb before it) is no blurb: a teaser's blurb ends the box or is
    followed by another teaser."""
    sibling, after_link, blurbs = el.getnext(), False, set()
    while sibling is not None and isinstance(sibling.tag, str):
        nxt = sibling.getnext()
        text = text_of(sibling)
        linky = bool(text) and link_density(sibling, text) > 0.5
        shape = (sibling.tag, sibling.get("class"))
        if after_link and not linky and text and shape not in blurbs and _opens_prose(nxt):
            break
        if not text or linky or (after_link and len(text) <= 300):
            if text and not linky:
                blurbs.add(shape)
            drop(sibling)
            # A list of several links holds its teasers' blurbs in its items: a line after it is
            # the story's again (a "Xem thêm:" list set amid the story), no blurb of its.
            sibling, after_link = nxt, linky and not (sibling.tag in ("ul", "ol") and _items(sibling) >= 2)
            continue
        break


def _items(listing: html.HtmlElement) -> int:
    """How many items a list holds."""
    return sum(1 for li in listing if li.tag == "li")


def _opens_prose(el: html.HtmlElement | None) -> bool:
    """Whether ``el`` is a block of the story's prose: link-free text of a story's length."""
    if el is None or not isinstance(el.tag, str):
        return False
    text = text_of(el)
    return len(text) > _STORY_TEXT and link_text_len(el) < 0.1 * len(text)


def _contains(el: html.HtmlElement, other: html.HtmlElement) -> bool:
    return el is other or any(a is el for a in other.iterancestors())


# Text nodes with more than XML's white space (a subset of what str.strip takes away).
_PRINTED = etree.XPath("descendant::text()[normalize-space()]")


def remove_chrome_lines(root: html.HtmlElement, body: html.HtmlElement | None,
                        measures: Measures | None = None) -> None:
    """Short elements that are banners, counters, share widgets, licence footers.

    Inside the body only short lines qualify: a paragraph of the story that
    mentions a "giấy phép số" is news, not a footer. Only text that opens
    with a chrome word (or names a licence) is looked at; then the largest
    short element around it that reads as a chrome line is dropped.
    """
    sizes = measures.text if measures is not None else {}
    owners = []
    for node in _PRINTED(root):
        text = node.strip()
        if not text or len(text) >= 400:
            continue
        lower = text.lower()
        start = lower[:40]   # lower-case ASCII is folded already: no call, no cache entry
        if _CHROME_START.match(start if start.isascii() else fold(start)) or "giấy phép" in lower \
                or "giay phep" in lower:
            owner = node.getparent()
            owners.append(owner.getparent() if node.is_tail else owner)
    dropped = False
    for owner in owners:
        if owner is None or (dropped and not attached(owner, root)):
            continue
        in_body = body is not None and attached(owner, body)
        limit = 100 if in_body else 200
        target, el = None, owner
        while el is not None and el.tag not in ("body", "html"):
            if sizes.get(el, 0) > limit + 20:
                break   # measured before: surely too long to be one line
            text = text_of(el)
            if len(text) > limit:
                break
            if text and _CHROME_LINE.search(fold(text)):
                target = el
            el = el.getparent()
        if target is not None and not (in_body and _story_contact(target)):
            said = text_of(target)
            promoted = target.getnext() if said.endswith(":") and _POINTER.match(fold(said)) else None
            drop(target)
            dropped = True
            if promoted is not None and (promoted.tag == "figure" or _holds_player(promoted)) \
                    and next(promoted.iter("a"), None) is None:
                drop(promoted)   # the video or photo the pointer's colon introduces: another story's


def _holds_player(el: html.HtmlElement) -> bool:
    """Whether ``el`` holds a video's player, or held one (``drop_noise`` marks where it stood)."""
    return any(inner.get(HELD_PLAYER) is not None or inner.get(HELD_VIDEO) is not None or inner.tag == "video"
               for inner in el.iter())


_APPEAL_CHARS = 300    # a closing appeal is a line or two
_APPEAL_LINKS = 0.3    # share of its text in links to the site's own pages, at least


def own_hosts(url: str | None) -> frozenset[str]:
    """The hosts a link of the page at ``url`` stays on the site by: its own, with and without
    "www.", and "" (a relative link's)."""
    return with_www_variants([host_of(url)] if url else []) | {""}


def remove_closing_appeal(body: html.HtmlElement | None, url: str | None = None) -> None:
    """Drop a box closing the story whose text is mostly links to the site's own pages ("Bạn
    muốn đồng hành? Đăng ký tình nguyện viên tại đây hoặc ủng hộ chương trình"): the site's call
    to action. Only a box of its own (a callout) after the story's last paragraph, not one more
    of the story's paragraphs nor a box between them (an inline "Đọc thêm"), and none that links
    a document to download ("Xem toàn văn <a href=…pdf>Quyết định …</a>"): the story's attachment."""
    if body is None:
        return
    hosts = own_hosts(url)
    seen = set()
    for a in list(body.iter("a")):
        last = a.getparent()
        while last is not None and last is not body and not (last.tag in ("p", "div") and is_leaf_block(last)):
            last = last.getparent()
        if last is None or last is body or last in seen or not attached(last, body):
            continue
        seen.add(last)
        if _closing_appeal(last, body, hosts):
            drop(_box_of(last, body))


# Where a newsroom's readers follow, watch and listen to it elsewhere: podcast, video and social
# platforms (a host's name, or its own domain's).
_PLATFORM_HOST = re.compile(r"(?:^|\.)(?:podcasts\.apple\.com|podcasts\.google\.com|spotify\.com|"
                            r"soundcloud\.com|youtube\.com|youtu\.be|facebook\.com|fb\.com|fb\.watch|"
                            r"zalo\.me|tiktok\.com|instagram\.com|twitter\.com|x\.com|t\.me|"
                            r"news\.google\.com|threads\.net|linkedin\.com)$")
_PLATFORM_LINE = 200   # characters of a "listen on"/"follow us on" line, at most


def closing_line(body: html.HtmlElement | None) -> html.HtmlElement | None:
    """The body's last line: its last ``<p>`` or ``<div>`` with text, when that is a block of
    one line below the body (``is_leaf_block``), else None. Where a story's closing marks stand
    (a wire's outlet, a call to follow the newsroom elsewhere)."""
    if body is None:
        return None
    last = next((el for el in reversed(list(body.iter("p", "div"))) if text_of(el)), None)
    return None if last is None or last is body or not is_leaf_block(last) else last


def remove_platform_line(body: html.HtmlElement | None) -> None:
    """Drop the body's last line when it sends the reader to the newsroom's channels on other
    platforms, two links at least, each to one ("Nghe Thư Đồng Bằng trên <a>Apple Podcasts</a>
    và <a>Spotify</a>", "Theo dõi chúng tôi trên <a>Facebook</a>, <a>YouTube</a>"): its call to
    follow, not the story. Not a source's or a credit's line, whatever it links."""
    last = closing_line(body)
    if last is None:
        return
    text = text_of(last)
    links = list(last.iter("a"))
    if len(text) > _PLATFORM_LINE or len(links) < 2 or SOURCE_START.match(text) or _BYLINE_PREFIX.match(text) \
            or not all(_PLATFORM_HOST.search(host_of(a.get("href") or "")) for a in links):
        return
    drop(last)


# A table the page prints twice, row for row (a price board's widget in the body and in the
# sidebar): marked before the boxes go, dropped from the body with its box (``remove_repeated_tables``).
REPEATED_TABLE = "data-repeated-table"
_REPEATED_ROWS = 3    # rows of a table that make two copies of it one widget
_TABLE_BOX = 120      # characters beside the table in its box (its title, a "see more" link), at most


def mark_repeated_tables(tree: html.HtmlElement) -> None:
    """Mark every table whose rows the page prints again in another table."""
    copies: dict[tuple[str, ...], list[html.HtmlElement]] = {}
    for table in tree.iter("table"):
        # Rows counted before they are read; a table holding tables is a legacy page's layout,
        # its inner tables compared on their own.
        trs = list(table.iter("tr"))
        if len(trs) < _REPEATED_ROWS or next(table.iterdescendants("table"), None) is not None:
            continue
        copies.setdefault(tuple(text_of(tr) for tr in trs), []).append(table)
    for tables in copies.values():
        if len(tables) > 1:
            for table in tables:
                table.set(REPEATED_TABLE, "")


def remove_repeated_tables(body: html.HtmlElement | None) -> None:
    """Drop from the body a table the page prints twice (``mark_repeated_tables``), with the box
    around it that holds little more (its title, its "Xem bảng giá đầy đủ" link): the site's
    widget set in the story's column, whatever its heading. A story's own table is printed once."""
    if body is None:
        return
    for table in list(body.iterfind(f".//table[@{REPEATED_TABLE}]")):
        if not attached(table, body):
            continue
        size, box = len(text_of(table)), table
        while (up := box.getparent()) is not None and up is not body and len(text_of(up)) - size <= _TABLE_BOX:
            box = up
        drop(box)


_POINTER_LABEL = 60   # characters of a pointer's label ("Đọc bài viết bằng tiếng Anh:"), at most


def remove_pointer_lines(body: html.HtmlElement | None, url: str | None = None) -> None:
    """Drop a line of the body that is a short label and a link to another page titled as a
    story is ("Đọc bài viết bằng tiếng Anh: <a>Wood exporters race to …</a>", "Mời đọc: <a>…</a>"),
    whatever the label says: a pointer to another story, or to this one in another language. Not
    a link to a file (the story's attachment), nor a source's or a credit's line ("Nguồn: <a>…</a>")."""
    if body is None:
        return
    for a in list(body.iter("a")):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "mailto:", "tel:", "javascript:")) or is_probably_binary(href) \
                or (url and href.split("#")[0] == url):
            continue
        line = a.getparent()
        while line is not None and line is not body and line.tag not in ("p", "div"):
            line = line.getparent()
        if line is None or line is body or not is_leaf_block(line) or len(list(line.iter("a"))) != 1:
            continue
        title, text = text_of(a), text_of(line)
        if len(title) < 30:
            continue
        label, _, after = text.partition(title)
        label = label.strip()
        if after.strip(" .)") or not label.endswith((":", "：")) or len(label) > _POINTER_LABEL \
                or len(title.split()) < 6 or SOURCE_START.match(label) or is_credit_line(label):
            continue
        drop(line)


_LINK_LINE_AFTER = re.compile(r"[\s(\[|\-–]*(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})?[\s)\]]*")   # "(25/11/2010)"
_LINE_BULLETS = " »›>•·-–+*"


def remove_link_lines(body: html.HtmlElement | None, url: str | None = None) -> None:
    """Drop a block of two lines or more (broken at ``<br>``s), each a link to another page of
    the site titled as a story, a bullet before it and its date after it at most ("» <a>Hội thảo
    chuyên đề …</a> (25/11/2010)<br>» <a>…</a>"): the site's other stories, listed without a
    list's markup after the story."""
    if body is None:
        return
    hosts = own_hosts(url)
    for el in list(body.iter("p", "div", "td")):
        inner = el
        while len(inner) == 1 and wraps_one(inner):
            inner = inner[0]   # "<p><font>» <a>…</a><br>» <a>…</a></font></p>"
        if el.getparent() is None or not any(child.tag == "br" for child in inner) or not is_leaf_block(el):
            continue
        links = list(el.iter("a"))
        lines = br_lines(inner)
        if len(links) < 2 or len(lines) != len(links):
            continue
        for line, a in zip(lines, links, strict=True):
            href, title = (a.get("href") or "").strip(), text_of(a)
            label, found, after = line.partition(title) if len(title.split()) >= 4 else ("", "", "")
            if not found or label.strip(_LINE_BULLETS) \
                    or not _LINK_LINE_AFTER.fullmatch(after) or href.startswith(("#", "mailto:", "javascript:")) \
                    or host_of(href) not in hosts or is_probably_binary(href):
                break
        else:
            drop(el)


_BANNER_TEXT = 160   # characters of a banner's line beside its picture, at most


def remove_banners(body: html.HtmlElement | None, url: str | None = None) -> None:
    """Drop a banner set among the story's paragraphs: a picture linked to another site, opened
    apart or not followed (``target="_blank"``, ``rel="nofollow"``/``"sponsored"``), in a block
    holding it and at most a short line ("Đăng ký kênh YouTube … để xem trực tiếp"): an
    advertisement's, not a photo of the story (a story's photo links to its larger file)."""
    if body is None:
        return
    hosts = own_hosts(url)
    for a in list(body.iter("a")):
        href = (a.get("href") or "").strip()
        rel = (a.get("rel") or "").lower()
        if a.find(".//img") is None or text_of(a) or host_of(href) in hosts or is_probably_binary(href) \
                or not (a.get("target") == "_blank" or "nofollow" in rel or "sponsored" in rel):
            continue
        block = a
        while (up := block.getparent()) is not None and up is not body and len(text_of(up)) <= _BANNER_TEXT \
                and sum(1 for _ in up.iter("img")) == 1 and len(up.xpath(".//a[@href]")) == 1:
            block = up
        if block is not a and block.getparent() is not None:
            drop(block)


_TRANSLATIONS = etree.XPath("//link[@hreflang][@href]"
                            "[contains(concat(' ', normalize-space(@rel), ' '), ' alternate ')]")
_LANGUAGE_LINE = 120   # characters of a line pointing to the story in other languages, at most


def remove_language_lines(tree: html.HtmlElement, body: html.HtmlElement | None, url: str | None = None) -> None:
    """Drop a short line of the body whose every link goes to the story in another language, as
    the page declares its translations (``<link rel="alternate" hreflang>``): "Bài viết này cũng
    có sẵn bằng: Tiếng Anh", "This post is also available in: Tiếng Việt"."""
    if body is None:
        return
    base = url or ""
    own = base.split("#")[0]
    others = {urljoin(base, link.get("href", "").strip()).split("#")[0] for link in _TRANSLATIONS(tree)} - {own}
    if not others:
        return
    for el in list(body.iter("p", "div", "li")):
        links = list(el.iter("a"))
        if not links or el.getparent() is None or not is_leaf_block(el) or len(text_of(el)) > _LANGUAGE_LINE:
            continue
        if all(urljoin(base, (a.get("href") or "").strip()).split("#")[0] in others for a in links):
            drop(el)


def _closing_appeal(last: html.HtmlElement, body: html.HtmlElement, hosts: frozenset[str]) -> bool:
    text = text_of(last)
    if len(text) > _APPEAL_CHARS or link_density(last, text) < _APPEAL_LINKS \
            or any(host_of(href := a.get("href") or "") not in hosts or is_probably_binary(href)
                   or a.get("download") is not None for a in last.iter("a")):   # a file to save
        return False
    box = _box_of(last, body)
    if box is last or box.getparent() is None:
        return False   # a paragraph among others, no box of its own
    before = next((x for x in box.itersiblings(preceding=True) if isinstance(x.tag, str) and text_of(x)), None)
    if before is None or not is_leaf_block(before):
        return False   # no story's paragraph just before it
    shape = (before.tag, before.get("class"))
    return shape != (box.tag, box.get("class")) \
        and not any((x.tag, x.get("class")) == shape for x in box.itersiblings() if isinstance(x.tag, str))


def _box_of(el: html.HtmlElement, body: html.HtmlElement) -> html.HtmlElement:
    """``el`` or the widest block around it below ``body`` that holds little more (an icon)."""
    limit = len(text_of(el)) + 4
    while (up := el.getparent()) is not None and up is not body and len(text_of(up)) <= limit:
        el = up
    return el


_PROPERTY_LABEL = 25    # characters of a property's name ("Ngày đăng", "Chuyên mục")
_PROPERTY_VALUE = 80    # characters of its value (a date, a name, a few tags)
# A date in figures: "12/11/2026", "12.11.26", "2026-11-12".
NUMERIC_DATE = re.compile(r"(?<!\d)(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})(?!\d)")


def remove_property_rows(body: html.HtmlElement | None) -> None:
    """Drop the page's properties printed above the story in the body (a page builder's: a row
    each, its name then its value: "Ngày đăng | 12/11/2026", "Người viết | …", "Thẻ | …"), read
    before as fields: two rows at least, one of them the page's date under a story's label
    (``story_label``), before any prose. A data box opening the story ("Dân số | 1,2 triệu",
    "Ngày thống kê | 01/04/2024") is the story's; the body itself is never dropped."""
    if body is None:
        return
    for el in body.iterdescendants():
        if not isinstance(el.tag, str):
            continue
        if el.tag in ("p", "h2", "h3", "h4", "li", "table") \
                or (is_leaf_block(el) and len(text_of(el)) >= _PROPERTY_VALUE):
            return   # the story began: no properties above it
        rows = [c for c in el if isinstance(c.tag, str) and text_of(c)]   # a row emptied as a byline aside
        if len(rows) < 2:
            continue
        fields = [_property_row(r) for r in rows]
        if all(fields) and any(f and story_label(f[0]) and NUMERIC_DATE.search(f[1]) for f in fields):
            drop(el)
            return


def _property_row(row: html.HtmlElement) -> tuple[str, str] | None:
    """A property's row, its name and its value: its name (a few words, no digit) then its value
    (short), nothing else; or its name alone, its value taken already (the writer's name, read
    as the author). None for any other block."""
    cells = [c for c in row if isinstance(c.tag, str)]
    if len(cells) not in (1, 2) or squash(row.text) or any(squash(c.tail) for c in cells):
        return None
    name, value = text_of(cells[0]), text_of(cells[-1]) if len(cells) == 2 else ""
    if 0 < len(name) <= _PROPERTY_LABEL and len(name.split()) <= 4 and not any(ch.isdigit() for ch in name) \
            and len(value) <= _PROPERTY_VALUE:
        return name, value
    return None


_CONTACT = re.compile(_CONTACT_LINE, re.I)


def _story_contact(el: html.HtmlElement) -> bool:
    """Whether a contact line ("Điện thoại: …", "Email: …") in the body is the story's own: one
    more of its paragraphs (same tag, same class) after its prose, perhaps after other short
    lines of the same kind ("Người liên hệ: …"), as a notice or a recruitment ends. The site's
    contact lines stand in a box of their own, or repeat on every page (``boxes``)."""
    if not _CONTACT.match(fold(text_of(el))):
        return False
    kind = (el.tag, el.get("class"))
    for before in islice(el.itersiblings(preceding=True), 8):
        if not isinstance(before.tag, str):
            continue
        if (before.tag, before.get("class")) != kind:
            return False
        if len(text_of(before)) >= 100:
            return True
    return False


def take_breadcrumb(root: html.HtmlElement, named: Named) -> str | None:
    """Category from the breadcrumb (its last item that is not the headline); removes it."""
    for el in named.breadcrumb:
        if not attached(el, root) or len(text_of(el)) > 300:
            continue  # a container that happens to be named so, not the trail itself
        items = [text_of(a) for a in el.iter("a")]
        items = [i for i in items if i and fold(i) not in ("trang chu", "home")]
        drop(el)
        return items[-1] if items else None
    return None


def take_tags(root: html.HtmlElement, named: Named) -> list[str]:
    """Tags ("Từ khóa", "Tags") with their links; removes the block."""
    blocks = list(named.tags)
    for el in _COLON_TEXT(root):
        if _TAGS_LABEL.match(el.text or ""):
            # "<div><span>Từ khóa:</span> <a>…</a></div>": the label's block holds the links.
            block = el
            while block.find(".//a") is None and block.getparent() is not None and block is not el.getparent():
                block = block.getparent()
            blocks.append(block)
    found: list[str] = []
    for el in blocks:
        if not attached(el, root) or el.find(".//a") is None or len(text_of(el)) >= 400:
            continue
        found.extend(text_of(a) for a in el.iter("a"))
        drop(el)
    return [t for t in dict.fromkeys(found) if t]


# (The first predicate, implied by the second, is cheaper to refuse on an element with no colon.)
_COLON_TEXT = etree.XPath("descendant::*[text()[contains(., ':')]][contains(text(), ':')]")
_TAGS_LABEL = re.compile(r"\s*(từ khóa|từ khoá|tu khoa|tags?|thẻ)\s*:", re.I)


_SAPO_AFTER = 300   # characters of the body before a block named like a sapo, at most


def take_sapo(root: html.HtmlElement, named: Named, headline: html.HtmlElement | None,
              body: html.HtmlElement | None, unnamed: bool = False) -> str | None:
    """The lead paragraph: by class name, or a bold first block after the headline.

    A block named like a sapo counts only between the headline and the end
    of the body: "description" footers and teaser summaries elsewhere do not.
    With ``unnamed`` (Vietnamese stories: every one opens with its sapo), the
    first block of prose between the headline and the body is the lead too, and
    so is a block the page's description repeats (``_described_lead``).
    """
    candidates = [el for el in named.sapo if el.tag not in ("html", "body", "meta") and attached(el, root)]
    order = {el: i for i, el in enumerate(root.iter())} if candidates else {}
    start = order.get(headline, -1)
    last = body
    while last is not None and len(last):
        last = last[-1]
    end = order.get(last, len(order))
    for el in candidates:
        if not start < order.get(el, -1) <= end:
            continue
        if body is not None and _contains(el, body) and (el is not body or _paragraphs(el) >= 2):
            continue   # the body itself, when it is several paragraphs ("description articleBody")
        if _is_teaser_or_media(el) or _captions_picture(el, root):
            continue   # a teaser's summary, a photo's caption ("subtitle" under its picture in the story)
        if body is not None and el is not body and _contains(body, el) \
                and text_of(body).find(text_of(el)) > _SAPO_AFTER:
            continue   # named so after the story's paragraphs (a call to action's "cta__desc"): no lead
        if any(AUTHOR_CLASS.search(classes(up)) for up in (el, *islice(el.iterancestors(), _CARD_CLIMB))):
            continue   # the line about a writer in the author's card ("detail__author-desc")
        text = text_of(el)
        if 40 <= len(text) <= 1200 and link_density(el, text) < 0.3:
            drop(el)
            return _without_outlet_label(el, text)
    # An <h2> right after the headline, or a body opening with a fully bold paragraph.
    if headline is not None:
        nxt = headline.getnext()
        if nxt is not None and nxt.tag in ("h2", "h3", "p", "div") and is_leaf_block(nxt):
            text = text_of(nxt)
            bold = "".join(text_of(b) for b in nxt.iter("strong", "b"))
            if len(text) >= 60 and (nxt.tag in ("h2", "h3") or len(bold) >= 0.9 * len(text)):
                drop(nxt)
                return text
    described = _described_lead(root, headline) if unnamed else None   # a Vietnamese story's sapo
    if described is not None:
        drop(described)
        return text_of(described)
    if unnamed and headline is not None and body is not None:
        return _lead_before_body(headline, body)
    return None


_INLINE_LABEL_TAGS = frozenset({"span", "strong", "b", "em", "i", "label", "small"})
_HOST_LABEL = re.compile(r"[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|info)", re.I)


def _without_outlet_label(sapo: html.HtmlElement, text: str) -> str:
    """The lead without the outlet's name a label opens it with (``<span class="sapo-logo">Báo Cà
    Mau</span> (CMO) …``, ``<span>baophutho.vn</span> Sáng 6/4 …``, the logo as text): the paper's
    brand, no word of the lead. The dateline's own marks ("(CMO)", "TTO -") are the lead's, and
    stay."""
    first = sapo[0] if len(sapo) and isinstance(sapo[0].tag, str) else None
    if first is None or (sapo.text or "").strip() or first.tag not in _INLINE_LABEL_TAGS or len(first):
        return text
    label = text_of(first)
    rest = squash(first.tail or "")
    # A name of words ("Báo Cà Mau") or a host's ("baophutho.vn"), not a dateline's acronym before
    # its dash ("<b>TTO</b> - …").
    named = len(label.split()) >= 2 or _HOST_LABEL.fullmatch(label) is not None
    if named and rest and rest[0] not in "-–—:|" and is_outlet(label) and text.startswith(label):
        return text[len(label):].lstrip()
    return text


def descriptions(root: html.HtmlElement, og: bool = False) -> list[str]:
    """The page's description (``<meta name="description">``, and ``og:description`` with
    ``og``), in the page's order: read by tag, in C (an attribute's XPath walks every element)."""
    return [meta.get("content", "") for meta in root.iter("meta")
            if meta.get("name") == "description" or og and meta.get("property") == "og:description"]


def _described_lead(root: html.HtmlElement, headline: html.HtmlElement | None) -> html.HtmlElement | None:
    """A block of its own after the headline that the page's description repeats word for
    word: the lead, whatever its block is named (Contao's "teaser", a name trafilatura drops)."""
    if headline is None:
        return None
    described = {fold(squash(d)) for d in descriptions(root, og=True) if len(squash(d)) >= 60}
    if not described:
        return None
    for el in FOLLOWING(headline):
        if el.tag in ("p", "div", "h2", "h3", "span", "section") and is_leaf_block(el) \
                and fold(text_of(el)) in described and not _is_teaser_or_media(el):
            return el
    return None


# The elements after one in document order, as far as a story's date, credits and lead stand.
FOLLOWING = etree.XPath("following::*[position() <= 60]")
# A full sentence's end: a stop, a question, an exclamation, an ellipsis, and the quotes and
# brackets that close after it.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends in a full sentence (a stop, a question, an exclamation, an ellipsis)."""
    return bool(_SENTENCE_END.search(text.rstrip()))


def _lead_before_body(headline: html.HtmlElement, body: html.HtmlElement) -> str | None:
    """A lead in a block of its own between the headline and the body, named for nothing
    (NukeViet's, a portal's): the first block of prose there, one sentence or more; taken out.
    None when the body is not after the headline (a headline found in a footer or a banner)
    or is not at least twice as long as the lead."""
    lead = None
    for el in FOLLOWING(headline):
        if el is body:
            lead = lead if lead is not None else _lead_opening(body)
            break
        if _contains(el, body):
            continue   # a container of the lead and the body: its blocks before the body count
        if lead is not None or el.tag not in ("p", "div", "h2", "h3", "span", "section") \
                or not is_leaf_block(el) or el.getparent() is None:
            continue
        text = text_of(el)
        if len(text) < 80 or not ends_sentence(text):
            continue   # a date line, a tool bar, a credit, a hidden microdata value
        if len(text) > 1200 or link_density(el, text) >= 0.1 or _is_teaser_or_media(el) \
                or _CAPTION_CLASS.search(classes(el)) \
                or any(a.tag in ("figure", "figcaption", "blockquote") for a in el.iterancestors()) \
                or _caption_or_teaser(el, headline, body):
            return None   # the first block of prose is no lead: nothing further is
        lead = el
    else:
        return None   # the body is not after the headline, or far from it
    if lead is None:
        return None
    text = text_of(lead)
    if len(text_of(body)) < 2 * len(text):
        return None   # a lead opens a longer story: before a footer's lines it is the page's own text
    drop(lead)
    return text


def _lead_opening(body: html.HtmlElement) -> html.HtmlElement | None:
    """A lead that opens the body in a block of another kind than its paragraphs (a ``<div>``
    of prose before the ``<p>``s): the sapo of a template that prints it inside the story."""
    first = next((c for c in body if isinstance(c.tag, str) and text_of(c)), None)
    if first is None or first.tag not in ("div", "span", "section") or not is_leaf_block(first):
        return None
    text = text_of(first)
    if not 80 <= len(text) <= 1200 or not ends_sentence(text) or link_density(first, text) >= 0.1 \
            or _is_teaser_or_media(first):
        return None
    paragraphs = sum(1 for c in first.itersiblings("p") if len(text_of(c)) >= 40)
    return first if paragraphs >= 2 else None


_MEDIA = ("img", "picture", "video", "iframe", "figure")
_BOX_CLIMB = 3   # levels above a block where its picture or its teaser's link stand


def _caption_or_teaser(el: html.HtmlElement, headline: html.HtmlElement, body: html.HtmlElement) -> bool:
    """Whether a block after the headline belongs to a picture (its caption: the picture stands
    just before it) or to a teaser (its box holds a headline-long link to another page), up to
    the nearest container that holds the headline or the body: no lead either way."""
    level = el
    for _ in range(_BOX_CLIMB):
        before = next((x for x in level.itersiblings(preceding=True) if isinstance(x.tag, str)), None)
        if before is not None and (before.tag in _MEDIA or any(True for _ in before.iter(*_MEDIA))) \
                and len(text_of(before)) < 40 and (before.tag in _MEDIA or _caption_shaped(el)):
            return True
        if level is not el and any(len(text_of(a).split()) >= 6 and not _contains(el, a)
                                   and (a.get("href") or "#")[:1] != "#" for a in level.iter("a")):
            return True
        up = level.getparent()
        if up is None or _contains(up, headline) or _contains(up, body):
            return False
        level = up
    return False


_CENTERED = re.compile(r"text-align\s*:\s*center", re.I)


def _caption_shaped(el: html.HtmlElement) -> bool:
    """Whether a block after a picture's own block reads as its caption rather than a story's
    lead: short, in italics or bold, or centred under it as pictures are."""
    return len(text_of(el)) < 100 or _emphasised(el) or any(
        _CENTERED.search(e.get("style") or "") or (e.get("align") or "").lower() == "center"
        for e in (el, *el.iterdescendants()))


def _paragraphs(el: html.HtmlElement) -> int:
    """Leaf blocks of 40 characters or more below ``el``."""
    return sum(1 for d in el.iterdescendants(*_PARAGRAPH_TAGS) if is_leaf_block(d) and len(text_of(d)) >= 40)


def _is_teaser_or_media(el: html.HtmlElement) -> bool:
    """A summary inside a list of teasers, a lead block that is a photo carousel, or a photo's
    caption (named "description" by its itemprop as often as a lead is)."""
    if el.tag == "figcaption" or any(True for _ in el.iter("img", "figure", "picture")):
        return True
    return any(a.tag in ("li", "a", "nav", "aside", "figure") for a in el.iterancestors())


_SHORT_CAPTION = 150   # characters of a caption that no lead is as short as


def _captions_picture(el: html.HtmlElement, within: html.HtmlElement) -> bool:
    """Whether ``el`` (or a block around it with the same text, inside ``within``) is a line of a
    caption's length right after a block that is one picture and no text: that picture's
    caption (a lead under the story's photo is longer)."""
    text, node = text_of(el), el
    if len(text) > _SHORT_CAPTION:
        return False
    while node is not None and node is not within and text_of(node) == text:
        before = node.getprevious()
        if before is not None:
            return isinstance(before.tag, str) and not (before.tail or "").strip() and _lone_picture(before)
        node = node.getparent()
    return False


CAPTION_MARK = "data-caption"


def mark_captions(body: html.HtmlElement, named: Named) -> None:
    """Turn figures and image tables into plain caption paragraphs, in place."""
    _drop_video_credits(body)
    figures = list(body.iter("figure"))
    galleries = {fig for fig in figures if next(fig.iterdescendants("figure"), None) is not None}
    for fig in reversed(figures):   # a gallery's figures before the gallery (WordPress's "wp-block-gallery")
        if fig in galleries:
            _unwrap_gallery(fig)
            continue
        cap = next(iter(fig.iter("figcaption")), None)
        if next(fig.iter("table"), None) is not None \
                and next(fig.iter("img", "picture", "video", "iframe"), None) is None:
            # An editor's table in a <figure> (CKEditor's "figure.table"): the story's data, kept
            if cap is not None:
                _replace_with_paragraph(cap, text_of(cap))
            if fig.getparent() is not None:
                changed(fig.getparent())
                fig.drop_tag()
            continue
        if next(fig.iter("img", "picture", "video", "iframe", "svg", "object", "embed", "audio"), None) is None \
                and next(fig.iter("blockquote"), None) is not None:
            # A quote set as a figure (WordPress's "wp-block-pullquote", "wp-block-quote"): no
            # picture to caption; its words are the story's, or a pull quote's (``drop_pull_quotes``).
            if fig.getparent() is not None:
                changed(fig.getparent())
                fig.drop_tag()
            continue
        if cap is None and (beside := _caption_beside(fig)) is not None:
            # A builder's image module captions its picture after the figure, not in it (Jimdo's
            # "<figure><img></figure><figcaption>"): the figure's caption all the same.
            _replace_with_paragraph(fig, text_of(beside))
            drop(beside)
            continue
        wrapper = fig.getparent()
        while cap is not None and _wraps_alone(wrapper, fig, body):
            # the picture's own block ("embed-type-image"): a name trafilatura drops with its caption
            up = wrapper.getparent()
            changed(wrapper)
            wrapper.drop_tag()
            wrapper = up
        _replace_with_paragraph(fig, text_of(cap) if cap is not None else _figure_line(fig))
    for el in named.caption:
        if attached(el, body) and not _holds_story(el) and not _holds_data(el):
            _replace_with_paragraph(el, text_of(el))
    for picture in [p for p in body.iter("p") if p.get(CAPTION_MARK) is None]:
        # An editor's photo and its line: "<p><img></p><p><em>Chợ Tréo ngày nước lên</em></p>"
        line = picture.getnext()
        if line is not None and line.tag == "p" and line.get(CAPTION_MARK) is None \
                and not (picture.tail or "").strip() and _caption_under(picture, line) is not None:
            line.set(CAPTION_MARK, "")
    for block in [d for d in body.iter("div", "span", "p", "dl") if d is not body]:
        line = _picture_block_caption(block)
        if line is not None:
            wrapper = block.getparent()
            while block.tag == "dl" and _wraps_alone(wrapper, block, body):
                # a forum's attachment box ("inline-attachment"): a name trafilatura drops whole
                up = wrapper.getparent()
                changed(wrapper)
                wrapper.drop_tag()
                wrapper = up
            _replace_with_paragraph(block, text_of(line))
    for block in list(body.iterfind(f".//*[@{HELD_PLAYER}]")):
        line = _player_caption(block)
        if line is None and not text_of(block) and (up := block.getparent()) is not None and up is not body:
            # The player's own frame emptied ("<div class='ratio'><iframe>"), its caption beside it
            # in the video's block ("<div class='block-video'><div class='ratio'>…</div><p>…</p>").
            line = _player_caption(up, emptied=block)
            block = up if line is not None else block
        if line is not None:
            _replace_with_paragraph(block, text_of(line))
    for table in list(body.iter("table")):
        if table.getparent() is None:
            continue
        # An image table: one image and a short caption, no real tabular data; not a short
        # story set in the photo's table (a row or a <br> a paragraph: old portals, Word).
        if list(table.iter("img")) and len(list(table.iter("td"))) <= 3:
            lines = block_lines(table)
            if sum(len(line) > _CREDIT_LINE for line in lines) < 2:
                _replace_with_paragraph(table, " ".join(lines))


def _unwrap_gallery(gallery: html.HtmlElement) -> None:
    """A ``<figure>`` of figures, each already its caption's paragraph: the gallery's own
    caption a paragraph too, and the gallery's element gone round them. One caption of the
    first picture for the whole gallery would lose the others'."""
    for cap in list(gallery.iter("figcaption")):
        _replace_with_paragraph(cap, text_of(cap))
    if gallery.getparent() is not None:
        changed(gallery.getparent())
        gallery.drop_tag()


def _drop_video_credits(body: html.HtmlElement) -> None:
    """Drop the line right after a player that credits who made the video ("Video: TTXVN",
    ``video_credit``), with no link, in whatever element a site prints it: as a photo's credit,
    it is no text; a caption that tells what the video shows stays (``_player_caption``)."""
    for el in list(body.iterfind(f".//*[@{_AFTER_PLAYER}]")):
        if el.getparent() is not None and next(el.iter("a"), None) is None and video_credit(text_of(el)):
            drop(el)


def _player_caption(block: html.HtmlElement, emptied: html.HtmlElement | None = None) -> html.HtmlElement | None:
    """The caption line of a video's own block: the player gone (``drop_noise``), one short line
    of text left with no link, nothing else ("<div class="video-embed"><iframe>…</iframe><p>…</p>",
    a name trafilatura drops with the caption; ``emptied``: the player's own frame in it, left
    empty). Captioned as a photo is; a name is no caption, nor an aside's line beside its player
    (a box of the site's, ``keep_asides``)."""
    lines = [el for el in block if isinstance(el.tag, str) and el is not emptied]
    if block.getparent() is None or block.get(_HELD_CONTROL) is not None or (block.text or "").strip() \
            or len(lines) != 1 \
            or lines[0].tag not in ("div", "p", "span", "em", "i", "small", "figcaption"):
        return None
    line = lines[0]
    text = text_of(line)
    if not text or len(text) > _PICTURE_CAPTION or len(text.split()) < _CAPTION_WORDS \
            or (line.tail or "").strip() or next(line.iter("a", "img"), None) is not None \
            or not is_leaf_block(line) or held_links(block) or byline_name(text, right_aligned=True):
        return None
    return line


def _caption_beside(fig: html.HtmlElement) -> html.HtmlElement | None:
    """The ``<figcaption>`` right after ``fig`` (nothing but space between), outside it, with no
    link's text: a teaser's card links its headline."""
    beside = fig.getnext()
    if beside is None or beside.tag != "figcaption" or (fig.tail or "").strip() \
            or any(text_of(a) for a in beside.iter("a")):
        return None
    return beside


def _holds_story(el: html.HtmlElement) -> bool:
    """Whether an element named a caption holds paragraphs of prose: a blog's post text under
    its photos (Tumblr calls a photo post's text its "caption"), no picture's line."""
    return sum(1 for p in el.iter("p") if len(text_of(p)) >= _STORY_PARAGRAPH) >= 2


def _holds_data(el: html.HtmlElement) -> bool:
    """Whether an element named a caption is, or holds, a table with no picture: the story's data
    under an editor's class for its embeds ("table expNoEdit"), its rows no picture's line."""
    return next(el.iter("table"), None) is not None and next(el.iter("img", "picture"), None) is None


_STORY_PARAGRAPH = 80    # characters of a paragraph of prose, at least
_PICTURE_CAPTION = 200   # characters of a caption under a picture in its own block
_FIGURE_CAPTION = 400   # characters of a caption a <figure> holds in a block of its own


def _figure_line(fig: html.HtmlElement) -> str:
    """The caption of a ``<figure>`` that writes it in a plain block under its picture (a
    ``<div>``, a ``<p>``: a photo story's template or editor), not in a ``<figcaption>``: the
    figure's text, when it holds one picture and no link (a teaser's card is linked), else none."""
    text = text_of(fig)
    if not text or len(text) > _FIGURE_CAPTION or len(fig.xpath(".//img")) != 1 \
            or any(text_of(a) for a in fig.iter("a")):
        return ""
    return text
_CAPTION_WORDS = 4   # words at least: fewer may be a name under a portrait (an author's box)


def _picture_block_caption(block: html.HtmlElement) -> html.HtmlElement | None:
    """The caption line of a picture's own block that is no ``<figure>``: one picture (perhaps in
    its link or a holder of its own), then one short line of text with no link, and nothing else
    (a site builder's image element, Weebly's ``wsite-image``; an editor's ``<div><img><br><em>…``
    is no block of lines). A name under a portrait is no caption: a writer's box."""
    if block.tag == "dl":
        return _picture_list_caption(block)
    if (block.text or "").strip() or len(block) != 2 or block.getparent() is None:
        return None
    picture, line = block
    if not isinstance(picture.tag, str) or not isinstance(line.tag, str) or (picture.tail or "").strip() \
            or (line.tail or "").strip() or line.tag not in ("div", "p", "span", "em", "i", "small"):
        return None
    while len(line) == 1 and isinstance(line[0].tag, str) and text_of(line[0]) == text_of(line):
        line = line[0]   # the line's wrapper ("<div class="subtitle"><div class="subtitle-text">…")
    return _caption_under(picture, line)


# A forum attachment's line of its file: name, size, views ("do-mai.jpg (84.2 KiB) Đã xem 312 lần").
_FILE_LINE = re.compile(r"^\S+\.(?:jpe?g|png|gif|webp|bmp)\s*\(\s*[\d.,]+\s*[KMG]i?B\s*\)", re.I)


def _picture_list_caption(block: html.HtmlElement) -> html.HtmlElement | None:
    """The caption of a picture set as a definition list, a forum's attached image: ``<dl><dt>``
    the picture, ``<dd>`` its comment, then perhaps ``<dd>`` lines naming the file alone (its
    name and size, its views)."""
    items = [el for el in block if isinstance(el.tag, str)]
    if block.getparent() is None or len(items) < 2 or items[0].tag != "dt" or items[1].tag != "dd" \
            or not all(el.tag == "dd" and _FILE_LINE.match(text_of(el)) for el in items[2:]):
        return None
    return _caption_under(items[0], items[1])


def _lone_picture(block: html.HtmlElement) -> bool:
    """Whether ``block`` holds one picture and no text (not a gallery, not a teaser's card)."""
    return next(block.iter("img", "picture"), None) is not None and sum(1 for _ in block.iter("img")) == 1 \
        and not text_of(block)   # (the <img> itself, as a builder's grid item sets it, is one)


def _caption_under(picture: html.HtmlElement, line: html.HtmlElement) -> html.HtmlElement | None:
    """``line`` when it is the caption of the one picture ``picture`` holds."""
    if not _lone_picture(picture):
        return None   # no picture, a gallery, or a teaser's card with its headline
    text = text_of(line)
    if not text or len(text) > _PICTURE_CAPTION or len(text.split()) < _CAPTION_WORDS \
            or next(line.iter("a", "img"), None) is not None or not is_leaf_block(line) \
            or byline_name(text, right_aligned=True):
        return None
    return line


_SECTION_PROSE = 80   # characters of a section's paragraph of prose, at least


def unlist_sections(root: html.HtmlElement) -> None:
    """A list whose items are each a section of the story (a live page's entries, each a time,
    a heading and a paragraph of prose; an outline written as a list of sections) is no list:
    its items become blocks, so that their headings and paragraphs are lines of their own, not
    one list item's run of text. A list of teasers (headings that link) is left to the boxes."""
    for listing in list(root.iter("ol", "ul")):
        items = [li for li in listing if isinstance(li.tag, str)]
        if len(items) < 2 or any(li.tag != "li" for li in items) or not all(_section_item(li) for li in items):
            continue
        changed(listing)
        listing.tag = "div"
        for li in items:
            li.tag = "div"


def _section_item(li: html.HtmlElement) -> bool:
    """Whether a list's item holds a heading of its own, no link, and a paragraph of prose."""
    heading = next(li.iter("h2", "h3", "h4", "h5", "h6"), None)
    if heading is None or next(heading.iter("a"), None) is not None or next(heading.iterancestors("a"), None) \
            is not None:
        return False
    return any(len(text_of(p)) >= _SECTION_PROSE for p in li.iter("p")) \
        and link_text_len(li) < 0.1 * len(text_of(li))


def unwrap_tables(body: html.HtmlElement) -> None:
    """Unwrap the body's data tables from wrappers that hold nothing else (a site builder's
    embed block, a responsive scroller): trafilatura drops such a wrapper by its class ("embed",
    "widget", ...) and the table with it, though the table is the story's."""
    for table in list(body.iter("table")):
        wrapper = table.getparent()
        if not _wraps_alone(wrapper, table, body):
            continue   # nothing to unwrap (most tables): their rows are not read
        rows = table.xpath(".//tr[position() < 9]")
        if len(rows) < 2:
            continue   # no data rows: a layout's or a photo's table
        labels = [first.endswith(":") for first in (text_of(row[0]) for row in rows if len(row)) if first]
        if sum(labels) * 2 > len(labels):
            continue   # "Subjects: | …", "Cite as: | …": a record's metadata, not the story's data
        if 2 * sum(len(text_of(a)) for a in table.iter("a")) > len(text_of(table)):
            continue   # mostly links: a widget's table (portals, documents, teasers), no data
        while wrapper is not None and _wraps_alone(wrapper, table, body):
            up = wrapper.getparent()
            changed(wrapper)
            wrapper.drop_tag()
            wrapper = up


_ASIDE_PROSE = 80   # characters of a sentence in a note set aside in the story


def keep_asides(body: html.HtmlElement) -> None:
    """An ``<aside>`` of one paragraph of prose inside the story (an editor's note closing it:
    "Ghi chú của tòa soạn: Bài viết được cập nhật …") is the story's: trafilatura drops every
    aside, so it becomes a plain block. Not a box (a heading, several paragraphs, a link: an
    explainer, a related box, a promotion; a form or an embed: a newsletter's sign-up, a player),
    nor one repeating the story's words (a pull quote), nor a short line (a call to action)."""
    for aside in list(body.iter("aside")):
        text = text_of(aside)
        if len(text) < _ASIDE_PROSE or not ends_sentence(text) \
                or next(aside.iter(*_NOT_IN_NOTE), None) is not None or aside.get(_HELD_CONTROL) is not None \
                or len([el for el in aside.iter("p", "div", "blockquote") if is_leaf_block(el)]) > 1:
            continue
        rest = squash(body.text_content().replace(aside.text_content(), " ", 1))
        if squash(aside.text_content())[:_ASIDE_PROSE] in rest:
            continue   # a pull quote: the story's own sentence again
        changed(aside)
        aside.tag = "div"


# What an editor's note never holds: links, headings, lists, a table, a form's fields, an embed.
_NOT_IN_NOTE = ("a", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table",
                "form", "input", "button", "select", "textarea", "iframe")


def _wraps_alone(wrapper: html.HtmlElement | None, table: html.HtmlElement, body: html.HtmlElement) -> bool:
    """Whether ``wrapper`` is a ``<div>`` inside ``body`` holding ``table`` and nothing else."""
    return wrapper is not None and wrapper is not body and wrapper.tag == "div" and len(wrapper) == 1 \
        and not (wrapper.text or "").strip() and not (table.tail or "").strip()


def _replace_with_paragraph(el: html.HtmlElement, text: str) -> None:
    if el.getparent() is None:
        return
    if not text:
        drop(el)
        return
    p = html.Element("p", {CAPTION_MARK: ""})   # take_byline must not read a photo credit as the byline
    p.text = text
    p.tail = el.tail
    changed(el.getparent())
    el.getparent().replace(el, p)


def line_top(el: html.HtmlElement, body: html.HtmlElement) -> html.HtmlElement:
    """The widest element around ``el`` inside ``body`` with the same text ("<p><em>…</em></p>":
    the ``<p>``): the line as a block of its own."""
    top = el
    while top.getparent() is not None and top.getparent() is not body and text_of(top.getparent()) == text_of(el):
        top = top.getparent()
    return top


# Who posted the page, labelled as a CMS's template prints its account under a story ("Người đăng:
# bientap01", "Đăng bởi: admin"): the page's metadata, never the story's text nor its writer.
# Not "Người đăng ký: …" (the registrant), nor a sentence ("Người đăng tải video …" has no colon).
_POSTER_LABEL = r"(?:người đăng(?: tin| bài)?|đăng bởi|posted by)"
_POSTER_LINE = re.compile(rf"^{_POSTER_LABEL}\s*[:：]\s*\S", re.I)
_POSTER_TEXT = 80   # characters of such a line, at most: an account, perhaps a date after it
_POSTER_LINES = 4   # the body's last lines where a template prints it


def drop_poster_lines(body: html.HtmlElement) -> None:
    """Take out of the body's last lines a block of its own that says who posted the page
    (``_POSTER_LINE``): the account's line a CMS prints after the story, and its signature's."""
    seen = 0
    for el in reversed([d for d in body.iter("p", "div", "span", "em", "i", "small") if d is not body]):
        if el.getparent() is None or not is_leaf_block(el):
            continue
        text = text_of(el)
        if not text:
            continue
        if _POSTER_LINE.match(text) and len(text) <= _POSTER_TEXT and next(el.iter("a"), None) is None:
            drop(line_top(el, body))
            continue
        seen += 1
        if seen == _POSTER_LINES:
            return


# A notice that the story is reprinted ("Bài viết được CLB đăng lại phục vụ mục đích học tập, bản
# quyền thuộc về tác giả …"), folded: the blog's word on the story, not the story's.
_REPOST_NOTICE = re.compile(
    r"\b(dang lai|dang tai lai|trich dang|suu tam)\b.*\b(ban quyen|muc dich|nguon|tac gia)\b|"
    r"\bban quyen (bai viet )?(thuoc ve|cua|la cua) (tac gia|bao|tap chi|co quan|trang)\b")
# Or where the story ran in print, folded: "Bài đăng trên Tạp chí Cộng sản số 1050 (12-2026)".
_PRINTED_IN = re.compile(r"^\W*bai (viet )?(da )?(dang|in) (tren|tai) (bao|tap chi|dac san|an pham)\b.{0,80}"
                         r"\bso (\d|ra ngay)")


def printed_in(line: str) -> bool:
    """Whether a line says in which print issue the story ran (``_PRINTED_IN``): the site's note."""
    return len(line) <= _NOTICE_TEXT and bool(_PRINTED_IN.match(fold(line)))
# The next part of a series announced under this one ("Đón đọc bài 3: Đưa giỏ đan lên sàn …",
# "Đón đọc: Bài 2: …", "Kỳ tới: …"), folded: the next story's title, not this one's text. A sentence that tells of
# the next part ("Kỳ tới, chúng tôi …", "Kỳ tới: chúng tôi theo chân …") is the story's: after
# the label's colon, a title opens with a capital.
_NEXT_PART = re.compile(r"^\W*(?:(?:don\s+|moi\s+(?:(?:ban doc|ban|quy ban|quy vi|quy doc gia|doc gia)\s+)?"
                        r"(?:don\s+)?)(?:doc|xem)(?:\s*:)?\s+(?:tiep\s+)?"
                        r"(?:bai|ky|phan)\s*(?:\d+|[ivx]+|tiep|sau|toi|cuoi)\b"
                        r"|(?:bai|ky|phan) (?:sau|toi|tiep theo|cuoi)\s*:)")
# Or a link back to an earlier part over this one ("Xem Kỳ 1: <a>Những công cụ …</a>", "Đọc lại bài
# 1: …"), folded, its title linked: the earlier story's title, not this one's text.
_EARLIER_PART = re.compile(r"^\W*(?:xem|doc)(?:\s+lai)?\s*:?\s+(?:bai|ky|phan)\s*(?:\d+|[ivx]+|truoc)\b")
# Or the site's call for its readers' news under every story ("Mọi tin bài, hình ảnh … xin gửi về Ban
# Biên tập … qua email …"), folded: the site's, not the story's.
_CALL_FOR_NEWS = re.compile(r"\b(tin bai|bai viet|tin tuc|hinh anh|thong tin|bai vo|tac pham)\b.{0,80}"
                            r"\b(xin |vui long |xin vui long )?gui (ve|toi|den|qua)\b.{0,60}"
                            r"\b(ban bien tap|toa soan|bbt|email|e-mail|hop thu|dia chi)\b")
_NOTICE_TEXT = 250   # characters of such a line, at most
_PART_TITLE = 120    # characters of the next part's title after "Kỳ tới:", at most
_NOTICE_LINES = 2    # the body's first or last lines where it stands


def drop_notices(body: html.HtmlElement) -> None:
    """Take out of the body's first and last lines a block of its own that is the site's notice
    about the story, not the story: that it is reprinted (``_REPOST_NOTICE``, first or last),
    which part of its series comes next (``_NEXT_PART``, last), a link to an earlier part
    (``_EARLIER_PART``, first) or its call for readers' news (``_CALL_FOR_NEWS``, last)."""
    lines = [el for el in body.iter("p", "div", "blockquote", "em", "i", "li")
             if el is not body and is_leaf_block(el) and text_of(el)]
    tops: list[html.HtmlElement] = []   # each line's widest element of the same text, once
    for el in lines:
        top = line_top(el, body)
        if not tops or tops[-1] is not top:
            tops.append(top)
    if len(tops) <= 2 * _NOTICE_LINES:
        return   # a short body: its lines are the story
    for where, top in [("first", t) for t in tops[:_NOTICE_LINES]] + [("last", t) for t in tops[-_NOTICE_LINES:]]:
        text = text_of(top)
        folded = fold(text)
        if len(text) <= _NOTICE_TEXT and where == "first" and _EARLIER_PART.match(folded) \
                and 2 * sum(len(text_of(a)) for a in top.iter("a")) >= len(text.partition(":")[2].strip()) > 0:
            drop(top)
            continue
        if len(text) > _NOTICE_TEXT or next(top.iter("a"), None) is not None and where == "first":
            continue
        part = _NEXT_PART.match(folded) if where == "last" else None
        after = text.partition(":")[2].strip()
        if part and folded[part.end() - 1] == ":" and (not after[:1].isupper() or len(after) > _PART_TITLE):
            part = None   # "Kỳ tới: chúng tôi …", a sentence
        if _REPOST_NOTICE.search(folded) or _PRINTED_IN.match(folded) or part \
                or where == "last" and _CALL_FOR_NEWS.search(folded):
            drop(top)


# What follows the sender's link where a portal opens a story with it (PHP-Nuke's
# '<a>tranvanhai</a> viết "<i>lead</i>"', its English "writes"): the verb and the opening quote.
_SENDER_WRITES = re.compile(r'^\s*(?:viết|đã viết|gửi|writes|wrote)\s*:?\s*["“]\s*', re.I)
_CLOSING_QUOTE = re.compile(r'^\s*["”]')
_SENDER_NAME = 40   # characters of the sender's link, at most: an account or a name


def drop_sender(body: html.HtmlElement) -> None:
    """Take out the sender a portal's story opens with ('tranvanhai viết "…lead…"'): the link
    to the account, the verb and the quotes around the lead go; the lead stays. Only where the
    link is the body's first text and the lead's closing quote is found in the same line."""
    first = next((a for a in body.iter("a") if text_of(a)), None)
    writes = _SENDER_WRITES.match(first.tail or "") if first is not None else None
    if first is None or writes is None or len(text_of(first)) > _SENDER_NAME:
        return
    if not text_head(body, len(text_of(first)) + 10).startswith(text_of(first)):
        return   # the body says something before the link: a sentence that names a writer
    lead = (first.tail or "")[writes.end():]
    closing = None   # where the quote closes: in the text after the verb, or after an element that follows
    if lead.rstrip().endswith(("\"", "”")):
        closing = first
    else:
        for sibling in first.itersiblings():
            if isinstance(sibling.tag, str) and sibling.tag in _BLOCK_TAGS | {"br"}:
                break
            if _CLOSING_QUOTE.match(sibling.tail or ""):
                closing = sibling
                break
    if closing is None:
        return
    changed(first.getparent())
    if closing is first:
        lead = lead.rstrip()[:-1]
    else:
        closing.tail = _CLOSING_QUOTE.sub("", closing.tail, count=1)
    first.tail = lead
    first.drop_tree()   # its tail, the lead's first words, stays


# An office-holder's position over the signer's name at a document's foot ("CHỦ TỊCH", "KT. GIÁM
# ĐỐC", "TM. ỦY BAN NHÂN DÂN", "HIỆU TRƯỞNG"), folded: a notice's, a decision's, never a reporter's.
_SIGNER_POSITION = re.compile(r"^((tm|kt|tl|tuq|q)\s*\.\s*)?(pho |tong )?(chu tich|giam doc|hieu truong|truong ban|"
                              r"truong phong|chanh van phong|chanh an|vien truong|bi thu|cuc truong|thu truong|"
                              r"uy ban nhan dan|ban chap hanh|ban giam hieu|ban to chuc|nguoi ky)\b")


_INLINE_SIGNER = frozenset({"strong", "b", "em", "i", "span", "font"})


def _in_label(el: html.HtmlElement) -> bool:
    """Whether ``el`` stands in a form control's ``<label>``: a poll's choice (a candidate's name
    and line), never a byline."""
    return any(up.tag == "label" for up in el.iterancestors())


# The line a copy of a document prints between the signer's position and name: "(Đã ký)".
_SIGNED = re.compile(r"^\(?\s*(đã ký|ký|đã ký và đóng dấu|signed)\s*\)?$", re.I)


def signer_above(lines: list[str]) -> bool:
    """Whether the last of ``lines`` (a name) stands under an office-holder's position, right
    above it or over the copy's "(Đã ký)": a document's signer, no writer."""
    above = lines[-2] if len(lines) > 1 else ""
    if _SIGNED.match(above.strip()) and len(lines) > 2:
        above = lines[-3]
    return signer_position(above)


def signer_position(line: str) -> bool:
    """Whether a line is an office-holder's position in capitals (``_SIGNER_POSITION``), as a
    document's signature prints it over the signer's name."""
    return len(line) <= 60 and line.isupper() and bool(_SIGNER_POSITION.match(fold(line)))


# The formula an administrative or a company's document is signed under, in capitals on a line of
# its own, the signer's title or name under it: "TM. HỘI ĐỒNG QUẢN TRỊ", "KT. GIÁM ĐỐC", "TL. CHỦ
# TỊCH", "TUQ. …", "Q. …", "T/M …". A story is signed by its writer.
SIGNING_FORMULA = re.compile(r"^\W*(?:(?:TM|KT|TL|TUQ|Q)\.|T/M|K/T)\s*(\D{3,60})$")


def signer_block(el: html.HtmlElement) -> bool:
    """Whether a block is a document's signature: its lines an office-holder's position in
    capitals (``_SIGNER_POSITION``) over a name, or the position alone on a line above it; the
    formula it signs under may stand over them ("TM. BAN THƯỜNG VỤ" over "CHỦ TỊCH", "(Đã ký)")."""
    while el.tag in _INLINE_SIGNER and el.getparent() is not None:
        el = el.getparent()   # the name's <strong>: its block holds the position
    lines = br_lines(el) if any(child.tag == "br" for child in el) else []
    if 2 <= len(lines) <= 4 and signer_position(lines[0]):
        return True
    formula = SIGNING_FORMULA.match(lines[0].strip()) if 3 <= len(lines) <= 5 else None
    return formula is not None and formula.group(1).isupper() and signer_position(lines[1])


def _poster_name(el: html.HtmlElement) -> bool:
    """Whether an inline element is the name on a poster's line ("Đăng bởi <span class=fn>…"),
    the label in the block around it."""
    parent = el.getparent()
    if el.tag not in _INLINE_SIGNER or parent is None:
        return False
    return bool(_POSTER_BEFORE.match(text_of(parent)))


_POSTER_BEFORE = re.compile(rf"{_POSTER_LABEL}\s*[:：]?\s+\S", re.I)   # ``_POSTER_LINE``'s label, the colon optional


def in_data_row(el: html.HtmlElement) -> bool:
    """Whether ``el`` is (or is in) a table's cell beside another cell with text: a schedule's
    day in its row, the table's data; a layout table's date line fills its row alone."""
    cell = el if el.tag in ("td", "th") else next(el.iterancestors("td", "th"), None)
    row = cell.getparent() if cell is not None else None
    return row is not None and any(other is not cell and isinstance(other.tag, str) and text_of(other)
                                   for other in row)


# The page's edit stamp after the story ("Cập nhật lần cuối: 09/01/2012", folded): no line of it, a
# signature stands above it.
_STAMP_LINE = re.compile(r"\W*(cap nhat|sua doi|chinh sua|last updated|last modified|updated)( lan cuoi)?"
                         r"( (luc|ngay|on))?\s*:?\s*[\d/.:h -]{6,24}")


def is_action(href: str | None) -> bool:
    """Whether a link's target is an action on the page (none, "#…", a script), no page."""
    href = (href or "").strip().lower()
    return not href or href.startswith(("#", "javascript:"))


def _tool_line(el: html.HtmlElement) -> bool:
    """Whether a line is a tool bar's: its links each a script's or the page's own ("In bài viết",
    "Quay lại"), and next to nothing else."""
    links = list(el.iter("a"))
    return bool(links) and all(is_action(href := a.get("href")) and bool(href and href.strip()) for a in links) \
        and len(text_of(el)) <= sum(len(text_of(a)) for a in links) + 3 * len(links)


_PICTURES_LABEL = re.compile(r"\s*(ảnh|hình ảnh|hình|video|clip)\s*[:：]", re.I)   # a photos' credit, no writer's


def take_byline(body: html.HtmlElement, sources: list[str | None] | None = None, *,
                plain_last: bool = True, ranks: bool = False) -> str | None:
    """A byline at the end of the body, taken out of it.

    The last short blocks are looked at, last first: an upper-case name, a
    right-aligned, bold or italic short name, "Tác giả: …"/"Tin, ảnh: …",
    and, as the very last block (unless not ``plain_last``), a plain short name ("Anh Dũng").
    The source the byline credits ("Thanh Hương (Theo Báo Đắk Lắk)") is added to ``sources``.
    """
    blocks: list[html.HtmlElement] = []   # the leaf blocks of the last four lines with text, last first
    lines = 0   # a line's <p> and the <em> that is all of it are one line ("<p><em>(Còn nữa)</em></p>")
    for el in reversed(list(body.iter("p", "div", "span", "strong", "b", "em", "i", "h4", "h5", "h6"))):
        if el.getparent() is not None and is_leaf_block(el) and text_of(el) and el.get(CAPTION_MARK) is None \
                and not _in_comment_block(el, body) and not _in_label(el):
            if not (blocks and el in blocks[-1].iterancestors()
                    and (text_of(el) == text_of(blocks[-1]) or blocks[-1].tag in _INLINE)):
                # (a name set bold in its line, "Ảnh: <b>Đức Thanh</b>", is of that line)
                if lines == 4:
                    break
                lines += 1
            blocks.append(el)
    # (not an item of a list after the story: its tags printed as labels, no links)
    last = next((el for el in blocks if not SOURCE_START.match(text_of(el)) and not _listed(el, body)
                 and not _STAMP_LINE.fullmatch(fold(text_of(el))) and not _tool_line(el)), None) if plain_last else None
    credited = any(_WRITER_CREDIT.match(text_of(el)) for el in blocks)   # "Nội dung: Hải Châu" among them
    before = blocks[blocks.index(last) + 1:][:1] if last is not None else []
    if before and plain_name(text_of(before[0])):
        last = None   # the last of lines of names (places, works): a list's item, no signature
    for el in blocks:
        if in_data_row(el):
            continue   # a table's cell beside others ("Thể Công Viettel (3-4-3)" heading a line-up): data
        text = text_of(el)
        marked = _right_aligned(el) or _emphasised(el)
        if (marked or el is last) and len(text) <= 30 and is_account(text) and " " not in text.strip():
            drop(el)   # "admin" signed by the CMS: not a person, and not text either
            continue
        if el is last and marked and len(text) <= 60 and is_organisation(text) \
                and is_organisation(_without_title(text)) and not _under_picture(el, body) \
                and not byline_name(text, right_aligned=True):
            # "Phòng Quản lý đào tạo", "VĂN PHÒNG HĐND - UBND XÃ" set apart under the story: the unit
            # signing, no text or writer ("Lê Hoa - Hội Nông dân huyện" is a writer and her unit)
            drop(el)
            continue
        credit = _BYLINE_PREFIX.match(text)
        if credit and _PICTURES_LABEL.match(text) and is_organisation(text[credit.end():]):
            # "Ảnh: Ban Truyền thông Giáo phận" under the story: the office's photos, no writer, no text
            drop(el)
            continue
        if signer_block(el) or _poster_name(el):
            # "CHỦ TỊCH" over "Nguyễn Thanh Sơn": the document's signer; "Đăng bởi <name>" the
            # account posting it (a blog's owner, on every post): no writer signing the text
            continue
        line = next((up for up in el.iterancestors() if up.tag not in _INLINE), None) if el.tag in _INLINE else None
        if _ASKER.match(text_of(line) if line is not None else text):
            continue   # "Người hỏi: <b>Trần Văn Bình</b> - Địa chỉ: …": a reader's question, no writer
        if line is not None and line in blocks and text_of(line).partition(text)[0].rstrip().endswith((":", "：")) \
                and _not_writers(text_of(line), credited):
            continue   # the name set bold in "Thiết kế: <b>Minh Quân</b>": its line says whose it is
        if _not_writers(text, credited):
            continue
        name = byline_name(text, right_aligned=marked, last=el is last) \
            or _name_before_source(text, right_aligned=marked, last=el is last)
        if not name and ranks and marked and ranked(text):
            # "ĐĐ.Thích Quảng Tịnh", "BSCKII. Nguyễn Thị Hồng Nhung" set apart under a story the page
            # asks no question in: the monk's talk, the doctor's advice, written by them
            name = byline_name(without_rank(text), right_aligned=True)
        if name and _link_text(el, text, name):
            continue   # a button's or a link's text ("Purchase Licensing Rights", "BUY NOW")
        if name:
            top = el
            while top.getparent() is not None and top.getparent() is not body \
                    and _same_byline(text_of(top.getparent()), text):
                top = top.getparent()
            after = top.getnext()
            drop(top)
            if after is not None and _affiliation_under(after):
                drop(after)   # "(Nguyên giáo viên Ngữ văn Trường THPT Can Lộc)" under the name: the writer's
            if sources is not None:
                sources.append(byline_source(text_of(top)))
            return name
    return None


_AFFILIATION_TEXT = 120   # characters of a writer's affiliation line under the signature, at most


def _affiliation_under(el: html.HtmlElement) -> bool:
    """Whether ``el``, the block under a signature, is the writer's affiliation
    (``affiliation_line``) set apart as the signature is (right-aligned or emphasised)."""
    return isinstance(el.tag, str) and is_leaf_block(el) and (_right_aligned(el) or _emphasised(el)) \
        and affiliation_line(text_of(el))


def affiliation_line(text: str) -> bool:
    """Whether the line under a writer's signature is the writer's affiliation: a body's name
    ("Viện Văn hóa và Phát triển, Học viện …"), or a line all in brackets ("(Nguyên giáo viên
    …)"); no source line ("(Theo Báo …)"), no sentence."""
    if not text or len(text) > _AFFILIATION_TEXT or text.endswith((".", ":", "?", "!")):
        return False
    inner = text[1:-1] if text[:1] == "(" and text[-1:] == ")" else None
    return not SOURCE_START.match(inner if inner is not None else text) \
        and (inner is not None or is_organisation(text))


def _listed(el: html.HtmlElement, body: html.HtmlElement) -> bool:
    """Whether ``el`` stands in an item of a list inside ``body``."""
    for up in (el, *el.iterancestors()):
        if up is body:
            return False
        if up.tag == "li":
            return True
    return False


# A wrapper of readers' comments by its class or id ("comments", "binh-luan", "y-kien-ban-doc"):
# what stands in it is a reader's (a name, a time, a removed post's "đã bị xóa"), not the story's.
THREAD = re.compile(r"comment|binh-?luan|y-?kien-?ban-?doc", re.I)


def in_thread(el: html.HtmlElement) -> bool:
    """Whether ``el`` stands inside such a thread."""
    return any(THREAD.search(classes(up)) for up in el.iterancestors())


# A block named for readers' comments or their form (Serendipity's "serendipity_commentsTitle",
# "comment-form", "binh-luan"): its lines ("Add Comment", a reader's name) sign nothing.
_COMMENT_BLOCK = re.compile(r"comment|binh-?luan", re.I)


def _in_comment_block(el: html.HtmlElement, body: html.HtmlElement) -> bool:
    """Whether ``el`` is, or stands inside, a block of ``body`` named for comments."""
    for up in (el, *el.iterancestors()):
        if up is body:
            return False
        if _COMMENT_BLOCK.search(classes(up)):
            return True
    return False


def _under_picture(el: html.HtmlElement, body: html.HtmlElement) -> bool:
    """Whether a line is the caption of the picture in the block right above it ("<p><img></p>
    <p><em>Sản phẩm … của hợp tác xã.</em></p>", an editor's photo and its line): text, even
    as the body's last line once its byline is taken, and whatever body it names."""
    top = line_top(el, body)
    above = top.getprevious()
    return above is not None and isinstance(above.tag, str) and not (above.tail or "").strip() \
        and _caption_under(above, top) is not None


def _name_before_source(text: str, *, right_aligned: bool, last: bool) -> str | None:
    """The writer of a signature line that credits its source in the same element
    ("<strong>Thanh Nga (Theo Báo Phú Thọ điện tử)</strong>"): the name before it."""
    found = byline_source(text) and (_CREDITED_SOURCE.search(squash(text).rstrip(" ."))
                                      or _DASHED_SOURCE.search(squash(text).rstrip(" .")))
    if not found or found.start() == 0:
        return None
    return byline_name(squash(text)[:found.start()], right_aligned=right_aligned, last=last)


def _link_text(el: html.HtmlElement, text: str, name: str) -> bool:
    """Whether a block is the text of a link that goes to no writer's page: neither a
    ``/tac-gia/…`` page nor one that names the writer (a search, a tag: ``?q=Minh%20Hà``,
    ``/tag/minh-ha``)."""
    link = next(el.iterancestors("a"), None)
    if link is None and link_density(el, text) <= 0.9:
        return False
    holder = next((up for up in ((link if link is not None else el), *el.iterancestors()) if up.tag not in _INLINE),
                  None)
    if holder is not None and len(text_of(holder)) > len(text) + 3:
        return True   # a link inside a sentence ("… a resort.—<a>Richard Brody</a>"): no block of its own
    links = [link] if link is not None else list(el.iter("a"))
    slug = _slug(name)
    return not any(AUTHOR_HREF.search(href) or (slug and _names_writer(href, slug))
                   for href in (a.get("href") or "" for a in links))


_INLINE = frozenset({"a", "span", "strong", "b", "em", "i", "u", "font", "small"})


def _slug(text: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", fold(text)))


def _names_writer(href: str, slug: str) -> bool:
    """Whether an address names the writer whose name's slug is ``slug``: in its query (a
    search), under a folder (``/tag/minh-ha``) or with more beside it (``/tac-gia-minh-ha-12``);
    not a page named for a button's text alone (``/schedule-an-appointment``)."""
    parts = urlsplit(unquote_plus(href))
    if slug in _slug(parts.query):
        return True
    segments = [_slug(s.rsplit(".", 1)[0]) for s in parts.path.split("/") if s]
    return any(slug in seg and (seg != slug or n > 0) for n, seg in enumerate(segments))


def _same_byline(outer: str, text: str) -> bool:
    """Whether a block holds the byline ``text`` alone, or with the source it credits after it
    ("<strong>Thanh Hương</strong> (Theo Báo Đắk Lắk)")."""
    return outer == text or (len(outer) <= 100 and outer.startswith(text) and bool(byline_source(outer))
                             and len(outer) - len(text) - len(byline_source(outer) or "") <= 12) \
        or (len(outer) <= 100 and outer.startswith(text) and _AFFILIATION.sub("", outer) == text)


def _right_aligned(el: html.HtmlElement) -> bool:
    for e in (el, *list(el.iterancestors())[:2]):
        style = (e.get("style") or "").replace(" ", "").lower()
        if "text-align:right" in style or (e.get("align") or "").lower() == "right" \
                or re.search(r"right|author|tac-?gia", e.get("class", ""), re.I):
            return True
    return False


def take_credits(zone: list, headline: html.HtmlElement | None = None) -> tuple[str | None, bool]:
    """A credits line by the headline ("Bài: …", "Nội dung: … - Ảnh: …"): the writer's name, and
    whether it is a CMS's account line, the post's date glued after a name its template labels
    ("Người viết: <account> lúc <date>", ``_ACCOUNT_LABEL``); taken out. A newsroom's credit keeps
    its date ("Bài và ảnh: Minh Anh - 12/11/2025" names the writer). A writer's page linked after
    "bởi"/"by" is a credit too; an account's ("bởi <a>Ban biên tập</a>") is nobody, and its line goes.
    Never the ``headline``, nor what it holds: "Phóng sự ảnh: <its subject>" heads a photo story."""
    for el in zone:
        if headline is not None and (el is headline or any(up is headline for up in el.iterancestors())):
            continue
        raw = el.text_content() if el.getparent() is not None else ""
        if not raw or len(raw) > 200:
            continue
        text = squash(raw)
        if not text or len(text) > 150:
            continue   # no credits line, whatever else it is
        if not _BYLINE_PREFIX.match(text):
            text = _labelled_credit(text) or text   # "Chuyên mục: … - Tác giả: …": a metadata line's
        if not _BYLINE_PREFIX.match(text) and len(el) >= 2:
            # "<small>Nguồn:</small>… <small>Tác giả:</small>Lê Hằng": labels of their own, no separator
            text = next((f"{label}: {value}" for label, value in label_fields(el)
                         if value and _BYLINE_PREFIX.match(f"{label}:")), text)
        if not _BYLINE_PREFIX.match(text) and not (len(text) <= 80 and links_to_author(el)):
            continue   # neither rule below can take it: the caption test (a climb) is spared
        if el.tag == "figcaption" or any(a.tag in ("figure", "figcaption") for a in el.iterancestors()) \
                or _CAPTION_CLASS.search(classes(el)):
            continue   # a photo's caption or credit, not the article's
        label = _BYLINE_PREFIX.match(text)
        if text and len(text) <= 150 and label and is_leaf_block(el):
            name = byline_name(text)
            chips = [text_of(a) for a in el.iter("a")]
            if len(chips) >= 2 and (name and "".join(chips) == name or chips_joined(text[label.end():], chips)
                                    and all(byline_name(chip, right_aligned=True) == chip for chip in chips)):
                # "Tác giả: <a>Thu Trang</a><a>Đức Minh</a>", "Bài: <a>A</a> và <a>B</a>": one link a writer
                name = ", ".join(chips)
            if name:
                _drop_credits_beside(el)
                drop(el)
                return name, bool(_ACCOUNT_LABEL.match(text) and _DIGIT.search(text)) and before_date(text) is not None
            if _posted_by_account(text, label):
                drop(el)   # "Đăng bởi: quantri trong Tin hoạt động vào …": the CMS's account, no writer
                continue
        if text and len(text) <= 80 and links_to_author(el) and is_leaf_block(el) and not _in_author_cards(el):
            # "<a href="/tac-gia/ngoc-diep">Ngọc Diệp</a> - Phòng Thời sự": the name links to
            # the writer's page, and the rest is the writer's unit.
            bare = _BY_LABEL.sub("", text, count=1)
            if bare != text and any(is_account(text_of(a)) for a in el.iter("a")):
                drop(el)   # "bởi <a href=/…/author/bbt/>Ban biên tập</a>": an account, no writer
                continue
            name = byline_name(bare, right_aligned=True)
            if name and any(text_of(a) == name for a in el.iter("a")):
                drop(el)
                return name, False
    return None, False


def _in_author_cards(el: html.HtmlElement) -> bool:
    """Whether a credit linking to its writer's page stands in an author block of cards, each an
    avatar, the linked name and perhaps a line about the writer, one per co-author: the author
    block reads them all (``core._author_in``), and the line under a name is none of the text."""
    for up in islice(el.iterancestors(), _CARD_CLIMB):
        if up.tag in ("body", "html"):
            break
        if AUTHOR_CLASS.search(classes(up)) and any(
                isinstance(child.tag, str) and not any(a is el for a in child.iter())
                and (AUTHOR_CLASS.search(classes(child)) or next(child.iter("img"), None) is not None) for child in up):
            return True   # the name beside another card, its avatar or its line about the writer
    return False


_CARD_CLIMB = 3   # ancestors of a credit looked at for an author block of cards
_FIELD_SEPARATOR = re.compile(r"\s+[-–—|]\s+")
_FIELD = re.compile(r"^[^\W\d_][^:：]{0,24}[:：]\s*\S")


def _posted_by_account(text: str, label: re.Match) -> bool:
    """Whether a poster's line ("Đăng bởi: …", "Posted by …") names a CMS account ("quantri",
    "admin") before the section it is filed in or its date: the template's line, no writer's."""
    if fold(label.group(1) or "") not in _POSTER_LABELS:
        return False
    name = _FILED_IN.split(text[label.end():], maxsplit=1)[0]
    name = (before_date(name) if _DIGIT.search(name) else None) or name
    return is_account(name.strip(" .,;–—-"))


def _labelled_credit(text: str) -> str | None:
    """In a metadata line of labelled fields side by side ("Chuyên mục: Gương điển hình - Tác
    giả: Hoàng Yến", "Ngày: … | Người viết: …"), the field a credit's label opens; none where
    any part is no "Label: value" (a headline, a sentence with a dash)."""
    parts = _FIELD_SEPARATOR.split(text)
    if len(parts) < 2 or not all(_FIELD.match(part) for part in parts):
        return None
    return next((part for part in parts[1:] if _BYLINE_PREFIX.match(part)), None)


_FIELD_LABEL = re.compile(r"^[^\W\d_][^:：]{0,24}[:：]$")


def label_fields(el: html.HtmlElement) -> list[tuple[str, str]]:
    """A metadata line of labelled fields whose labels are inline elements of their own, the
    values the text after each, no separator between the fields ("<small>Thời gian:</small>
    2026-11-18 09:42<small>Nguồn:</small>Báo Thanh Hóa <small>Tác giả:</small>Lê Hằng"): its
    (label, value) pairs, the label without its colon. None where the line opens with text of
    its own or holds fewer than two labels (a sentence with a bold word and a colon)."""
    if (el.text or "").strip() or len(el) < 2:
        return []
    fields: list[list[str]] = []
    for child in el:
        if not isinstance(child.tag, str):
            if fields:
                fields[-1][1] += child.tail or ""
            continue
        label = text_of(child)
        if child.tag in _INLINE and child.tag != "a" and not len(child) and _FIELD_LABEL.match(label):
            fields.append([label[:-1].strip(), child.tail or ""])
        elif fields:
            fields[-1][1] += child.text_content() + (child.tail or "")
        elif label:
            return []
    if len(fields) < 2:
        return []
    return [(label, squash(value)) for label, value in fields]


# "bởi" before a writer's linked name, no colon (django CMS's blog: "bởi <a>…</a>"); not "Đăng
# bởi", the posting account's label. (An English "By <a>…</a>" line is read as it was: by the
# metadata's name, the line left to the header's rules.)
_BY_LABEL = re.compile(r"^(?:viết\s+)?bởi\s+", re.I)
_DIGIT = re.compile(r"\d")
# The labels of a CMS template's author field, which it fills with the posting account, a date
# after it the post's: not a newsroom's credits ("Bài:", "Bài và ảnh:", "PV:"), typed by its editor.
_ACCOUNT_LABEL = re.compile(r"^(?:tác giả(?: bài viết| bài)?|người viết|đăng bởi|posted by|by)\s*[:：]", re.I)


def chips_joined(name: str, chips: list[str]) -> bool:
    """Whether a credit's name is its links' texts side by side, or joined by a template's word
    or mark ("và", "and", "&", ",")."""
    joiner = r"\s*(?:,|&|\bvà\b|\band\b)?\s*"
    return bool(re.fullmatch(joiner.join(map(re.escape, chips)) + r"[\s.]*", name, re.I))


def _drop_credits_beside(el: html.HtmlElement) -> None:
    """The other lines of a credits block ("Bài: …", "Ảnh: …", "Trình bày: …", one a line)."""
    for sibling in [*el.itersiblings(preceding=True), *el.itersiblings()]:
        text = text_of(sibling)
        if isinstance(sibling.tag, str) and len(text) <= 150 and is_leaf_block(sibling) \
                and (other_credit(text) or _BYLINE_PREFIX.match(text) and byline_name(text)):
            drop(sibling)


AUTHOR_HREF = re.compile(r"/(tac-?gia|author|authors|nguoi-?viet|but-?danh|phong-?vien)/", re.I)


def links_to_author(el: html.HtmlElement) -> bool:
    """Whether ``el`` links to a writer's page (``/tac-gia/…``, ``/author/…``)."""
    return any(AUTHOR_HREF.search(a.get("href") or "") for a in el.iter("a"))


def _emphasised(el: html.HtmlElement) -> bool:
    """All of the block's text is bold or italic."""
    text = text_of(el)
    if el.tag in ("strong", "b", "em", "i"):
        return True
    marked = sum(len(text_of(e)) for e in el.iter("strong", "b", "em", "i") if e is not el
                 and not any(a.tag in ("strong", "b", "em", "i") for a in e.iterancestors() if a is not el
                             and attached(a, el)))
    return bool(text) and marked >= 0.9 * len(text)


# What a writer makes, which a credit names alone or joined ("Bài và ảnh:", "Tin, ảnh:", "Ảnh và
# ghi chép:", "Ghi chép - ảnh:"); a video's crew is another credit (``_OTHER_CREDIT``).
_WORK = r"(?:bài|tin|ảnh|ghi chép)"
# A writer's work joined with the video the writer shot ("Tin, video:", "Bài và clip:", the video
# named first too: "Video, bài:"): still the writer's credit; "Video:" alone credits the crew.
_WORK_TOO = r"(?:bài|tin|ảnh|ghi chép|video|clip)"

# Labels of a story's own lines (its date, author, views, source, tags, photo credits): no record's.
STORY_LABEL = re.compile(r"^(ngay dang|ngay dua tin|ngay xuat ban|cap nhat|dang luc|dang ngay|thoi gian dang|"
                          r"tac gia|but danh|nguoi viet|luot xem|luot doc|nguon|theo|anh|tin|bai|tin anh|bai anh|"
                          r"chuyen muc|danh muc|tu khoa|the|tags?|chia se|posted|published|updated|by|author|"
                          r"source|photo|category|nguoi (dang|duyet|cap nhat)( tin| bai)?$|bien tap( vien)?$|"
                          r"luot truy cap)\b")
_STORY_LABEL_CHARS = 30   # a label before its colon, at most
# What stands between a label and its value, read from the end: separators, "lúc", "vào", "ngày".
_COLON = re.compile(r"[:：]")
_LEAD_TO_VALUE = re.compile(r"(?:[\s,|·•\-–—/(]+|(?<![^\W\d_])(?:luc|vao|ngay)(?![^\W\d_]))+$")


def story_line(label: str) -> bool:
    """Whether a field's label is one of a story's own lines (``STORY_LABEL``), in a label
    element, a definition list or a table ("Ngày đăng", "Lượt xem"): its opening words."""
    return bool(STORY_LABEL.match(fold(squash(label).rstrip(" :："))))


def story_label(opening: str) -> bool:
    """Whether what a line prints before its value is a story's own label whole
    (``STORY_LABEL``): the label alone ("Ngày đăng", "Cập nhật lúc"), or a short one before a
    colon ("Tin: Minh Anh - "); not a clause that opens with one of its words ("Theo Kế hoạch
    ngày …", "Tin vui từ …"), as ``story_line`` reads an element that is a label already."""
    colon = _COLON.search(opening)
    label = fold(squash(opening[:colon.start()] if colon else opening)).rstrip(" ,|·•-–—/(")
    if colon:
        return len(label) <= _STORY_LABEL_CHARS and bool(STORY_LABEL.fullmatch(label))
    return bool(STORY_LABEL.fullmatch(label) or STORY_LABEL.fullmatch(_LEAD_TO_VALUE.sub("", label)))


_BYLINE_PREFIX = re.compile(
    rf"^(tác giả bài viết|tác giả bài|tác giả|{_WORK}(?:\s*(?:và|&|,|/|-|–)\s*{_WORK_TOO})+|"
    rf"(?:video|clip)\s*(?:và|&|,|/|-|–)\s*{_WORK}(?:\s*(?:và|&|,|/|-|–)\s*{_WORK_TOO})*|"
    r"bài|tin|ảnh|ghi chép|thực hiện|tường thuật|nhóm phóng viên|nhóm pv|pv|phóng viên|ctv|"
    r"cộng tác viên|nội dung|bài viết|phóng sự ảnh|phóng sự|by|posted by|đăng bởi|người viết)\s*[:：]\s*|"
    # A reportage's credit in words, no colon: "Ghi chép của Huỳnh Ngọc Trâm", "Ký sự của …".
    r"^((?:ghi chép|ký sự|bút ký|phóng sự|tùy bút|tuỳ bút) của)\s+(?=\S)", re.I)


# A credits line's label: a writer's ("Nội dung: …", "Bài: …", "Thực hiện: …") and a
# photographer's alone ("Ảnh: …"), in an e-magazine's block of credits.
_WRITER_CREDIT = re.compile(r"^\s*(nội dung|bài|bài viết|thực hiện|tác giả|tin|phóng viên)\s*[:：]\s*\S", re.I)
_PHOTO_CREDIT = re.compile(r"^\s*(ảnh|hình ảnh|ảnh bìa|photo)\s*[:：]", re.I)


# The label of who asked a question a page answers ("Người hỏi:", "Người gửi:", "Bạn đọc:"): the
# asker, never a writer signing.
_ASKER = re.compile(r"^\s*(người hỏi|người gửi|bạn đọc|độc giả|câu hỏi của)\s*[:：]", re.I)


def _not_writers(line: str, credited: bool) -> bool:
    """Whether a credits line names someone other than the writer: a designer's, an editor's
    (``other_credit``; not a video's, whose crew a video story credits as its writer), or a
    photographer's alone where a writer is credited beside it ("Ảnh: …" under "Nội dung: …")."""
    return other_credit(line) and not _VIDEO_LABEL.match(squash(line)) or credited and bool(_PHOTO_CREDIT.match(line))


# Credits that name no writer: an e-magazine's designer, a photo story's editor, a video's crew.
# A line of them ("Thiết kế: Hải Anh") belongs with the byline, never in the text, and is no author.
_OTHER_CREDIT = re.compile(
    r"^(thiết kế|đồ họa|đồ hoạ|thiết kế đồ họa|trình bày|minh họa|minh hoạ|video|quay phim|dựng phim|"
    r"kỹ thuật|kĩ thuật|biên tập|biên tập viên|sản xuất|ảnh bìa|design|graphics?)\s*[:：]\s*", re.I)


def other_credit(text: str) -> bool:
    """A credits line for someone other than the writer, with a name after its label."""
    text = squash(text)
    found = _OTHER_CREDIT.match(text)
    if not found or len(text) > 100:
        return False
    names = _NEXT_CREDIT.split(text[found.end():], maxsplit=1)[0].strip(" .")
    return _looks_like_names(names, initials_ok=True)


# A video's label, as a credit prints it under its player ("Video: TTXVN", "Clip: Minh Hà").
_VIDEO_LABEL = re.compile(r"^(?:video|clip)\s*[:：]\s*", re.I)
_BODY_NAME_WORDS = 12     # words of a body's name, at most ("Trung tâm Thông tin và Thống kê KH&CN")
_BODY_NAME_CASE = 0.4     # of its words capitalised, at least: a name's, not a sentence's


def video_credit(text: str) -> bool:
    """Whether a line credits who made a video, as "Ảnh: TTXVN" credits a photo: its label, then
    names ("Video: Minh Hà"), an outlet ("Clip: TTXVN") or a body's name ("Video: Trung tâm
    Thông tin và Thống kê KH&CN"); not a caption that tells what it shows ("Video: Nông dân thu
    hoạch lúa trên cánh đồng xã Hồng Phong"), a sentence in lower case past its first words."""
    text = squash(text)
    found = _VIDEO_LABEL.match(text)
    if not found:
        return False
    name = _NEXT_CREDIT.split(text[found.end():], maxsplit=1)[0].strip(" .")
    if not name or _SPOKEN.search(name):
        return False
    return _looks_like_names(name, initials_ok=True) or is_outlet(name) or _body_name(name)


def _body_name(name: str) -> bool:
    """Whether ``name`` is a body's, as it opens ("Trung tâm …", "Sở …", "Văn phòng …") and in
    name case: every word of its own name capitalised ("Sở Khoa học và Công nghệ"), where a
    sentence goes on in lower case ("Công an xã bắt giữ đối tượng trộm cắp tài sản")."""
    words = name.split()
    if not words or len(words) > _BODY_NAME_WORDS or re.search(r"[;.]\s", name) \
            or not (ORGANISATION_WORD.match(name) or _ORGANISATION_HEAD.match(name)):
        return False
    return sum(w[:1].isupper() for w in words) >= _BODY_NAME_CASE * len(words)


# Words that make a byline's part a role or an outlet, not a co-author ("AP Auto Writer",
# "Print Managing Editor", "Live Science Contributor", "Phóng viên"), in lower case with their
# tone marks ("báo" is a newspaper, "Bảo" a name).
_ROLE_WORDS = re.compile(
    r"(?<!\w)(editor|editors|writer|contributor|contributing|staff|correspondent|reporter|columnist|producer|"
    r"photographer|news|network|press|media|agency|magazine|journal|times|post|daily|"
    r"phóng viên|biên tập|cộng tác viên|ctv|pv|btv|ttxvn|báo|tạp chí)(?!\w)")


def is_role(name: str) -> bool:
    """Whether a byline's part names a role or an outlet rather than a person."""
    return bool(_ROLE_WORDS.search(unicodedata.normalize("NFC", name).lower()))


# Outlets that sign stories in the author's place: a news agency's or a paper's name, or a site's.
_OUTLET = re.compile(
    r"^(báo(?! (cáo|động|giá)\b)|tạp chí|đài (phát thanh|truyền hình|pt)|thông tấn xã|cổng thông tin|trang thông tin|"
    r"ttxvn|vna|vov|vtv|tts|reuters|afp|ap|xinhua|tân hoa xã|bloomberg|bbc|cnn)(\s|$)|"
    r"^[\w-]+\.(vn|com|net|org)(\.vn)?$")


# A station by its acronym ("Đài THVN", "ĐÀI PT-TH"): "Đài" and a word in capitals alone.
_STATION = re.compile(r"(?:Đài|ĐÀI)\s+[A-ZĐ]{2,6}(?:-[A-ZĐ]{2,6})?$")
# A writer's status in capitals, no outlet: cộng tác viên, phóng viên, biên tập viên.
_STATUSES = frozenset({"ctv", "pv", "btv", "ptv", "ktv"})
# The statuses alone or joined ("PV/CTV", "PV - BTV"); spelled out ("Phóng viên"), a role's name.
_STATUS = r"(?:pv|ctv|btv|ptv|ktv)"
_JOINED_STATUSES = re.compile(rf"{_STATUS}(?:\s*[-/,]\s*{_STATUS})*", re.I)
_SPELLED_STAFF = re.compile(rf"(?:phóng viên|cộng tác viên|biên tập viên)(?:\s*[-/,]\s*{_STATUS})*", re.I)


def is_status(name: str) -> bool:
    """Whether a byline is a writer's status alone ("PV", "P.V", "CTV", "PV/CTV"): the paper's
    reporter signing, no writer's name."""
    return bool(_JOINED_STATUSES.fullmatch(squash(name).replace(".", "")))


def is_staff(name: str) -> bool:
    """Whether a name is a newsroom's desk, its status or its role spelled out ("PV", "Phóng
    viên", "Cộng tác viên"): no one in particular. Spelled out, no signature (``is_status``): a
    forum's rank or a role's label reads so too."""
    return is_status(name) or bool(_SPELLED_STAFF.fullmatch(squash(name)))


def is_outlet(name: str) -> bool:
    """Whether an author's name is an outlet's: a paper or an agency ("Báo Nhân Dân", "TTXVN",
    "Chinhphu.vn"), or an acronym alone in capitals ("AFP", "VNA"), not a person."""
    text = squash(name).strip(" .")
    return bool(_OUTLET.match(unicodedata.normalize("NFC", text).lower())) or bool(_STATION.match(text)) \
        or (text.isascii() and text.isalpha() and text.isupper() and 2 <= len(text) <= 6
            and text.lower() not in _STATUSES)


# A source line's label, read whole: "Theo", "Nguồn:", "Nguồn tin:", "Theo nguồn:", "Nguồn bài:",
# an English edition's "Source:";
# not "Nguồn ảnh:" (a photo's credit) nor "Theo dõi" (a follow button).
SOURCE_LABEL = (r"(?:theo\s+nguồn(?:\s+tin)?|nguồn\s+(?:tin|bài(?:\s+viết)?|tham\s+khảo)|theo|nguồn|source(?=\s*[:：]))"
                r"(?!\s*(?:dõi|ảnh|hình))")
# "Ngọc Anh (TTXVN)", "Thanh Hương (Theo Báo Đắk Lắk)": the outlet a byline credits, in brackets.
_CREDITED_SOURCE = re.compile(r"\(\s*(?:(" + SOURCE_LABEL + r")\s*[:：]?\s*)?([^()]{2,60}?)\s*\)$", re.I)
# "Nhóm PV - Nguồn: Báo Bắc Giang": the source labelled after a dash.
_DASHED_SOURCE = re.compile(r"\s[-–—|]\s*(" + SOURCE_LABEL + r")\s*[:：]?\s*([^()\-–—|]{2,60}?)$", re.I)


def byline_source(text: str) -> str | None:
    """The source a byline line names after the writer, if any."""
    text = squash(text).rstrip(" .")
    found = _CREDITED_SOURCE.search(text) or _DASHED_SOURCE.search(text)
    if found and (found.group(1) or is_outlet(found.group(2))):
        return found.group(2)
    return None


# Acronyms with a vowel that stay in capitals in a byline put in name case; one without a
# vowel ("PV", "CTV", "TTXVN") is an acronym whatever it is.
_KEPT_CAPS = frozenset({"vov", "vna", "afp", "ap", "upi", "bbc", "cnn", "ubnd", "hdnd", "qdnd", "cand", "vtc"})
_LETTER_RUN = re.compile(r"[^\W\d_]+")
# A byline's parts between separators ("QUANG HUY - ANTV", "MINH ĐỨC/PLO", "THU HÀ (UBMTTQ)").
_BYLINE_PART = re.compile(r"[^-–—/(),:;]+")
# One Vietnamese syllable, folded: an initial, a vowel group, a final. A part of one word that is
# none ("ANTV", "UBMTTQ", "PLO") is an acronym; in a name of several words it is a name ("Ksor").
_SYLLABLE = re.compile(r"(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?")


def name_case(byline: str) -> str:
    """A byline printed all in capitals, in name case ("TRẦN HÒA - LÊ ÁNH" → "Trần Hòa - Lê Ánh",
    "NHÓM PV" → "Nhóm PV"), so that one person has one spelling across pages and sites.
    Acronyms and initials ("P.Y") stay; a byline in mixed case is left as printed."""
    letters = [c for c in byline if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return byline
    return _BYLINE_PART.sub(_name_part, byline)


def _name_part(found: re.Match) -> str:
    part = found.group()
    alone = found.start() > 0 and len(_LETTER_RUN.findall(part)) == 1   # after a separator
    return _LETTER_RUN.sub(lambda word: _name_word(word, alone), part)


def _name_word(found: re.Match, alone: bool = False) -> str:
    word = found.group()
    key = fold(word)
    if len(word) == 1 or key in _KEPT_CAPS or not any(v in key for v in "aeiouy") \
            or (alone and not _SYLLABLE.fullmatch(key)):
        return word
    if key == "va":
        return word.lower()   # "MINH ANH VÀ THU HÀ": the joiner, no name
    return word[0] + word[1:].lower()


def name_parts(byline: str) -> list[str]:
    """The names of a byline as printed, in order of the alphabet."""
    return sorted(n.strip(" .") for n in _LIST_JOINER.split(byline) if n.strip(" ."))


def co_authors(byline: str, names: frozenset[str]) -> bool:
    """Whether ``byline`` names the people of ``names`` and, besides, only other people."""
    parts = name_parts(byline)
    if not names <= {fold(p) for p in parts}:
        return False
    extra = [p for p in parts if fold(p) not in names]
    return all(_looks_like_names(p) and not is_role(p) for p in extra)


def names_of(byline: str) -> frozenset[str]:
    """The people a byline names, folded ("Minh Anh - Thu Hà" and "Minh Anh, Thu Hà" alike)."""
    return frozenset(fold(n.strip(" .")) for n in _LIST_JOINER.split(byline) if n.strip(" ."))


def is_credit_line(text: str) -> bool:
    """Whether ``text`` opens with a credit label ("Tác giả:", "Tin, ảnh:", "PV:")."""
    return bool(_BYLINE_PREFIX.match(squash(text)))


# Labels that also open captions and sentences ("Ảnh: Toàn cảnh hội nghị"): a name must follow (folded).
# Labels of who posted the page (a CMS's account), not of who wrote it.
_POSTER_LABELS = frozenset({"dang boi", "posted by"})
# " trong <category>", " in <category>": where a poster's line goes on past the name (lower case:
# no word of a Vietnamese name, which capitalises every syllable).
_FILED_IN = re.compile(r"\s+(?:trong|in)(?:\s+|$)")   # or its section gone, learned as template
_LOOSE_LABELS = frozenset({"anh", "tin", "bai", "ghi chep", "noi dung", "bai viet", "thuc hien"})
# "Nội dung: Minh Châu - Ảnh: Đức Anh - Thiết kế: Hà Phương": the name ends where the next credit starts.
# Or, where each label is its own bold element, after a space alone ("<b>Tin:</b> Hải Yến <b>Ảnh:</b>
# Lê Minh"): only a photo's, a video's or a design's label, capitalised, as a credit line prints it.
# (A label after a separator never runs on over such a label: "Bài: Lam Giang - Thảo Nguyên<br>Ảnh:
# Hữu Phước" names two writers, the photographer's label after them; glued to the name where a
# <br> stood between them, "Thảo NguyênẢnh:".)
_MAKER_LABEL = (r"(?:\s+|(?<=[^\W\d_]))(?:Ảnh|Video|Clip|Đồ họa|Đồ hoạ|Thiết kế|Trình bày|Minh họa|Minh hoạ|Quay phim)"
                r"\s*[:：]")
_NEXT_CREDIT = re.compile(rf"\s*(?:\s[-–—|/]\s*|[,;]\s*)[^\W\d_](?:(?!{_MAKER_LABEL})[^:：\-–—|]){{0,24}}[:：]"
                          rf"|{_MAKER_LABEL}")
# "Minh Anh - Thu Hà", "Minh Anh, Thu Hà": several names in one byline.
_NAME_JOINER = re.compile(r"\s+[-–—&]\s+|\s*,\s*|\s+và\s+")
# And a platform's English "and" between its writers ("Minh Anh and Thu Hà"), for comparing the
# people two fields name (never to read a line as names: "Tax and Audit" is none).
ENGLISH_AND = re.compile(r"\s+and\s+")
_LIST_JOINER = re.compile(rf"{_NAME_JOINER.pattern}|{ENGLISH_AND.pattern}")
# Names that a CMS gives its accounts, never a person's byline (folded).
_ACCOUNTS = frozenset({
    "admin", "administrator", "administrators", "quantri", "quan tri", "quan tri vien", "bientap", "bien tap",
    "bien tap vien", "ban bien tap", "btv", "editor", "editors", "webmaster", "root", "super user", "superuser",
    "superuser account", "host account", "site administrator",   # DNN's and other CMSs' default accounts
    "user", "guest", "author", "tac gia", "system", "content manager", "moderator", "phong vien",
    # a label left alone, without its name
    "written by", "posted by", "by", "dang boi", "nguoi viet", "name", "name *", "undefined", "null", "none"})


def is_account(name: str) -> bool:
    """Whether ``name`` is a CMS account ("admin", "bientap", "btv_01") rather than a person."""
    text = squash(name).strip(" .,:-–")
    key = fold(text)
    if not text or key in _ACCOUNTS:
        return True
    if " " not in text and text.isascii():
        # A login: an e-mail, an underscore, a Windows domain's user ("sitecore\bientap",
        # "i:0#.w|sonn\editor", as Sitecore and SharePoint print who posted), lower-case letters
        # then digits ("btv01"), or a lower-case word; "U23", "5G" or "COVID-19" are not.
        return bool(re.search(r"[_@\\]", text) or re.fullmatch(r"[a-z]+\d+", text)) \
            or (text.islower() and text.isalpha() and len(text) >= 4)
    return False


def is_brand(name: str) -> bool:
    """Whether ``name`` is one word in camel case ("OctoberCMS", "WordPress", "VnExpress"): a
    product's or an outlet's name as a theme or a site writes it into its metadata, no person's
    (a person's name in metadata has its words apart, and no capital inside one)."""
    text = squash(name).strip(" .,:-–")
    return " " not in text and text.isascii() and bool(re.search(r"[a-z][A-Z]", text))


# "Ngọc Diệp - Phòng Thời sự", "Minh Anh (CTV)": the writer's unit or status after the name.
# "Mai Anh (thực hiện)": an interview's credit, the one who conducted it; "Hà Phương (t/h)": compiled.
# "Nông Văn Tâm (Tổ Ngữ văn)": a school's subject team.
_UNIT = r"(phòng|ban|tổ|khoa|trung tâm|đài|kênh|báo|tạp chí|chuyên trang|phân xã|văn phòng|cổng|sở|ttxvn|tts|ctv|" \
        r"cộng tác viên|pv|" \
        r"phóng viên|btv|thực hiện|t/h|" \
        r"tổng hợp|biên dịch|lược dịch|(chi |hiệp )?hội|(chi )?đoàn|câu lạc bộ|clb|hợp tác xã|htx|trường|" \
        r"ubnd|xã|phường|thị trấn|huyện|thôn|ấp|tand|vksnd|tòa án|toà án|viện kiểm sát|công an|" \
        r"trạm|chi cục|viện|bệnh viện|công ty)"
# The writer's desk and outlet after slashes, a word each ("Hà Linh/Bnews/Vnanet.vn", an agency's
# desk signing for its wire): no part of the name. One slash and its office stay as printed.
_OFFICES_AFTER = re.compile(r"(?<=\w)(?:\s*/\s*[^\s/]+){2,}$")
# The writer's outlet or office after one slash, as agencies and broadcasters sign ("Tuấn Anh/TTXVN",
# "Thu Hằng/VOV-Tây Bắc", "Lò Thị Mai/Báo Sơn La"): an acronym or an outlet's name, no second person.
_SLASH_OFFICE = re.compile(r"\s*/\s*(?:[A-ZĐ]{2,}|(?:Báo|Đài|Tạp chí|Cổng)\s)[^/]{0,40}$")


def without_offices(name: str) -> str:
    """An author's name without the desk, outlet or office signed after it ("Hà Linh/Bnews/Vnanet.vn",
    "Tuấn Anh/TTXVN"): the person. A byline read off the page keeps one slash's office as printed
    (``byline_name``); the author stored is the person."""
    name = _OFFICES_AFTER.sub("", name) or name
    return _SLASH_OFFICE.sub("", name) or name


# The same aside before a slash and the writer's office ("Minh Thu (thực hiện)/VOV-Miền Trung").
_ASIDE_BEFORE_OFFICE = re.compile(rf"\s*\({_UNIT}(\s[^()]{{0,40}})?\)(?=\s*/\s*\S)", re.I)
# A question or an exclamation: what a speaker says, never a name.
_SPOKEN = re.compile(r"[?!]")
# An acronym of one word after a dash ("– TTKSBT", "- CDC"): the writer's agency when it is no
# Vietnamese syllable nor a news outlet ("Ngọc Anh - VOV" stays as printed); a second person
# ("Thanh Tâm - Hoài Nam") is words in name case.
_AGENCY_AFTER = re.compile(r"\s+[-–—]\s*([A-ZĐ]{2,10})$")
_AFFILIATION = re.compile(rf"\s*(\({_UNIT}(\s[^()]{{0,40}})?\)|\s[-–—]\s*{_UNIT}(\s.*)?)$", re.I)


# A writer's role after the name with no mark, in lower case as Vietnamese writes it ("Minh Đức
# tổng hợp", "Thu Hà thực hiện"): what the writer did, no part of the name.
_ROLE_AFTER = re.compile(r"(?<=[^\W\d_])\s+(?:tổng hợp|thực hiện|biên dịch|lược dịch|biên soạn)$")


def without_affiliation(name: str) -> str:
    """A writer's name without the unit, status or credit after it ("Hoàng Anh (thực hiện)",
    "Ngọc Diệp - Phòng Thời sự": ``_AFFILIATION``; "Minh Đức tổng hợp": ``_ROLE_AFTER``), as a
    byline is read."""
    return _ROLE_AFTER.sub("", _AFFILIATION.sub("", name) or name) or name


# "Theo Báo Nhân Dân", "Nguồn: …": a source line, never a byline.
SOURCE_START = re.compile(rf"\s*{SOURCE_LABEL}(\s|:|：)", re.I)


# Words of a body's name that no person's name holds, anywhere in it ("Công An Xã Đồng Văn", "Hợp
# Tác Xã Tân Tiến", "Trung Tâm Y Tế Huyện"): a body signing a notice, no writer. Not "Trường",
# "Khoa", "Hội" or "Ban", which are given names too; but a board by its name ("BAN TỔ CHỨC"
# under a contest's rules, "Ban Chỉ đạo").
ORGANISATION_WORD = re.compile(r"\b(xã|huyện|tỉnh|phường|công ty|hợp tác|xí nghiệp|doanh nghiệp|tập đoàn|"
                               r"ban tổ chức|ban chỉ đạo|ban biên tập|ban chấp hành|ban thường vụ|ban giám hiệu|"
                               r"ngân hàng|nhà máy|công an|chi nhánh|liên đoàn|mặt trận|ủy ban|uỷ ban|ubnd|"
                               r"trung tâm|đại học|học viện|bệnh viện|văn phòng|tạp chí|tổng cục|chi cục|"
                               r"kho bạc|điện lực|ban quản lý|câu lạc bộ|clb|tòa án|toà án|tand|viện kiểm sát|"
                               r"vksnd|khu vực|thi hành án|tòa soạn|toà soạn|đảng bộ|chi bộ|"
                               r"(?:thành|tỉnh|huyện|quận|thị|đảng) (?:ủy|uỷ))\b", re.I)
# And the words that open a body's name but may end a person's ("Sở Y Tế", "Hội Nông Dân"; "Văn
# Hội"): first only. Not "Báo" nor "Đài", which name an outlet, the story's source (``is_outlet``),
# nor "Ban", a pen name's ("Ban Mai").
_ORGANISATION_HEAD = re.compile(r"(sở|phòng|viện|cục|bộ|hội|trạm|công đoàn)\s", re.I)   # a trade union's too


def is_department(name: str) -> bool:
    """Whether a name opening with "Khoa" is a faculty's or a ward's ("Khoa Ngữ văn", "Khoa Nội
    tổng hợp", "KHOA NGỮ VĂN"), or with "Tổ" a group's ("Tổ Khoa học tự nhiên"), not a pen name
    ("Khoa Nam"): a unit's name goes on in lower case,
    as Vietnamese writes a common noun, or in capitals past two syllables; a person's name
    capitalises every syllable; or an acronym ("Khoa KSBT"). "Khoa Nội" reads as both: the story
    tells (``names_its_unit``).
    Of several names ("KHOA NAM - THU HÀ": two reporters), the first is read alone."""
    first, *rest = _NAME_JOINER.split(name.strip(), maxsplit=1)
    if rest and rest[-1].strip()[:1].islower():
        first = name   # "Khoa Phòng, chống bệnh truyền nhiễm": the unit's name goes on past its comma
    words = squash(first).split()
    if len(words) < 2 or not (fold(words[0]) == "khoa" or _GROUP_HEAD.fullmatch(words[0])):
        return False
    if not name.isupper() and any(len(w) >= 2 and w.isupper() for w in words[1:]):
        return True   # "Khoa KSBT", "Tổ KHTN": an acronym after it, no syllable of a name
    return any(w[:1].islower() for w in words[1:]) or (name.isupper() and len(words) >= 3)


# A school's or an office's group ("Tổ Khoa học tự nhiên", "Tổ chuyên môn Toán"), read as a faculty
# is: with its marks, "Tô" (a surname) folds as "Tổ" does.
_GROUP_HEAD = re.compile(r"tổ", re.I)


def names_its_unit(name: str, text: str) -> bool:
    """Whether a "Khoa …" signature is the unit the story names ("bác sĩ khoa Nội cho biết…"):
    a pen name is no word of the story it signs."""
    words = squash(name).split()
    if len(words) < 2 or fold(words[0]) != "khoa":
        return False
    return re.search(rf"(?<!\w)khoa\s+{re.escape(fold(' '.join(words[1:])))}(?!\w)", fold(text)) is not None


def is_organisation(name: str) -> bool:
    """Whether a name is a body's by its words ("Hội Làng nghề Gốm Phước Tích", "Công ty Cổ phần
    Minh Phát"), no person's: the test ``byline_name`` makes of an unlabelled line. "Khoa" opens
    a given name too ("Khoa Nguyễn"): a faculty's name only as ``is_department`` reads it."""
    return bool(ORGANISATION_WORD.search(name) or _ORGANISATION_HEAD.match(name)) or is_department(name) \
        or _is_board(name) or _bodies_joined(name)


def _bodies_joined(name: str) -> bool:
    """Whether a name joins a desk and its outlet, or bodies, and no person ("BAN THỜI SỰ - ĐÀI
    THVN", a newsroom's desk signing for its station): each part a board's or an outlet's."""
    parts = [part for part in _NAME_JOINER.split(name) if part.strip()]
    return len(parts) > 1 and any(_is_board(part) for part in parts) \
        and all(_is_board(part) or is_outlet(part) or is_organisation(part) for part in parts)


def _is_board(name: str) -> bool:
    """Whether a name opening with "Ban" or "Đoàn" is an office's or a union's ("Ban Truyền thông",
    "Đoàn Thanh niên"), not a person's ("Ban Mai", "Đoàn Văn Hùng"): as a faculty's
    (``is_department``), its name goes on in lower case, or, after "Ban", in capitals past two
    words (a newsroom's desk: "BAN BẠN ĐỌC"; "ĐOÀN VĂN HÙNG" is a reporter), one name (no "và",
    "-" or "," between two), "Ban" unaccented ("Bàn" is a Dao surname)."""
    name = re.sub(r"\([^()]*\)", " ", name)   # "Ban Mai (tổng hợp)": an aside
    words = squash(name).split()
    if len(words) < 2 or words[0] not in _BOARD_HEADS or _NAME_JOINER.search(name):
        return False   # "Bàn Thị Mai" (a Dao surname), "Ban Mai và Hoàng Anh": people
    if any(w.lower() in _NAME_LINKS for w in words[1:]):
        return False   # "Ban Mai theo TTXVN": a name and its source
    return any(w[:1].islower() for w in words[1:]) or (name.isupper() and len(words) >= 3 and words[0] == "BAN") \
        or fold(" ".join(words[1:3])) in _BOARD_NAMES   # "Ban Truyền Thông" as an account's name, in title case


# What a board or a union is named for after "Ban" or "Đoàn" (folded, two syllables): no given name
# and middle name read so ("Ban Mai" is a pen name; "Ban Truyền Thông" an office's account).
_BOARD_NAMES = frozenset({"truyen thong", "tuyen giao", "dan van", "bien tap", "thu ky", "quan tri", "dieu hanh",
                          "to chuc", "kiem tra", "tuyen huan", "thoi su", "ban doc", "cong tac", "dai dien",
                          "chap hanh", "thuong vu", "giam hieu", "quan ly", "noi dung", "thanh nien"})
_BOARD_HEADS = frozenset({"Ban", "BAN", "Đoàn", "ĐOÀN"})   # a body's first word that is a surname too
_NAME_LINKS = frozenset({"theo", "với", "cùng"})   # "Ban Mai theo TTXVN": a name and its source


# Between the names of a byline in capitals: "TRẦN HÒA - LÊ ÁNH", "LISA MASCARO and ERIC TUCKER".
_CAPS_JOINER = re.compile(_NAME_JOINER.pattern + r"|\s+and\s+")


_BRACKET_ASIDE = re.compile(r"\s+\([^()]{1,40}\)$")
_RELAYED_WRITER = re.compile(r"theo\s+(?P<name>[^()]{2,60}?)\s*\((?P<outlet>[^()]{2,60})\)", re.I)


# A writer's academic, professional or military rank before the name, as journals, hospitals and
# law columns print it ("PGS, TS. NGUYỄN VĂN HÒA", "ThS. Lê Hoa", "BS.CKII Trần An", "Luật sư Minh
# Hà", "Đại tá Lê Văn Bình"): the title, not the name. Abbreviations with their dots or commas.
_RANK = re.compile(r"^(?:(?:gs|pgs|tskh|ts|ths|bs|bscki{1,2}|cki{1,2}|ds|ks|kts|cn|ncs|ngưt|ngnd|nsưt|nsnd|ls)"
                   r"(?:\s*[.,]\s*|\s+(?=[^\W\d_]))|(?:luật sư|bác sĩ|bác sỹ|dược sĩ|kỹ sư|kiến trúc sư|nhà báo|"
                   r"nhà văn|nhà thơ|nghệ sĩ|nhạc sĩ|họa sĩ|đại tá|thượng tá|trung tá|thiếu tá|đại úy|thượng úy|"
                   r"trung úy|thiếu úy|thiếu tướng|trung tướng|thượng tướng|đại tướng|"
                   # a monk's, a nun's, a priest's: "HT.", "TT.", "ĐĐ.", "SC.", "Lm." (their dot)
                   r"hòa thượng|hoà thượng|thượng tọa|thượng toạ|đại đức|ni trưởng|ni sư|sư cô|linh mục|"
                   r"giám mục)\s*[,.]?\s+|(?:ht|tt|đđ|sc|ns|lm|gm)\.\s*)+", re.I)


def ranked(name: str) -> bool:
    """Whether a name opens with a rank (``_RANK``: "BSCKII …", "Luật sư …", "TS. …")."""
    return _RANK.match(name) is not None


def without_rank(text: str) -> str:
    """``text`` without a rank before a name (``_RANK``) when a name of two words or more follows:
    a labelled credit's or an author card's. A closing line under a rank ("Luật sư Nguyễn Hữu
    Phước") is the expert answering a reader, no reporter signing: ``byline_name`` leaves it, and
    ``take_byline`` reads it only where the page asks no question (a doctor's advice, a monk's talk)."""
    found = _RANK.match(text)
    if not found:
        return text
    rest = text[found.end():].strip(" .,")
    return rest if len(rest.split()) >= 2 and rest[:1].isupper() else text


# A name and the credit after it, no brackets ("Bảo Trâm thực hiện", "Nhóm PV thực hiện").
_MADE_BY = re.compile(r"(?P<name>[^\W\d_][^()\d:：]{1,60}?)\s+(?:thực hiện|t/h)\.?", re.I)


def byline_name(text: str, *, right_aligned: bool = False, last: bool = False) -> str | None:
    """The author's name if ``text`` is a byline line, else None.

    ``right_aligned`` (or bold, italic) lines and the body's ``last`` line
    may be a name in plain title case; other lines need a label or capitals.
    """
    text = squash(text).strip(" .,;–—-")
    if right_aligned and is_status(text):
        return text   # "PV" alone, set apart: the paper's reporter signing, as printed ("NHÓM PV" too)
    made = _MADE_BY.fullmatch(text) if right_aligned or last else None
    if made and (maker := byline_name(made.group("name"), right_aligned=True)):
        return maker   # "Bảo Trâm thực hiện" set apart under an interview: who conducted it, its writer
    relayed = _RELAYED_WRITER.fullmatch(text)
    if relayed and is_outlet(relayed.group("outlet")):
        # "Theo Quang Huy (Báo Giao thông)": a writer of the outlet the story is taken from.
        return byline_name(relayed.group("name"), right_aligned=True)
    if SOURCE_START.match(text):
        return None
    prefixed = _BYLINE_PREFIX.match(text)
    if prefixed:
        name = _before_mark(_NEXT_CREDIT.split(text[prefixed.end():], maxsplit=1)[0].strip(" ."))
        glued = before_date(name) if _DIGIT.search(name) else None
        # The post's date a template glues after the name ("… lúc Thứ Năm, 05/11/2026", "… -
        # 12/11/2026", "… ngày …") is never part of it.
        name = without_rank(_person_only(name if glued is None else glued.strip(" .,;–—-")))
        label = fold(prefixed.group(1) or "")
        if label in _POSTER_LABELS:
            # "Đăng bởi: <account> trong <category> vào <date>", "Posted by <name> in <category>":
            # the poster's line names the section the post is filed in after the name.
            name = _FILED_IN.split(name, maxsplit=1)[0].strip(" .,;–—-")
        if not 1 <= len(name) <= 80 or is_account(name) or _SPOKEN.search(name):
            return None   # "PV: Xin cảm ơn ông!", "PV: Vì sao …?": an interview's question, no credit
        # After a loose label, still a name: "Ảnh: Hội nghị tổng kết năm 2023" is a caption,
        # "Ảnh: TTXVN" a photo credit; "Tác giả: Văn phòng UBND tỉnh" is what it says.
        if label in _POSTER_LABELS and is_organisation(name):
            return None   # "Đăng bởi: Ban Truyền thông": the office's account posted it, no writer
        loose = label in _LOOSE_LABELS or prefixed.group(2) is not None   # "Ghi chép của" + words
        return name if not loose or _looks_like_names(name, initials_ok=True) else None
    aside = _ASIDE_BEFORE_OFFICE.search(text)
    if aside:
        # "Minh Thu (thực hiện)/VOV-Miền Trung": the credit's aside, then the office after a
        # slash; a name with its office without the aside is the whole byline, as printed.
        bare = text[:aside.start()] + text[aside.end():]
        return text if byline_name(bare, right_aligned=right_aligned, last=last) == bare else None
    text = _before_mark(_AFFILIATION.sub("", text) or text)
    text = _OFFICES_AFTER.sub("", text) or text   # "Hà Linh/Bnews/Vnanet.vn": the writer
    if right_aligned:
        # A signature set apart may add its writer's class or unit in brackets ("Hoàng Gia Bảo
        # (K46 Báo chí)"): the name before them is the byline, when it reads as one.
        text = _without_title(_BRACKET_ASIDE.sub("", text) or text)
    elif last and len(parts := _SPACED_DASH.split(text)) == 2 and is_organisation(parts[1]) \
            and not is_organisation(parts[0]) and _looks_like_names(parts[0], max_words=4):
        text = parts[0]   # a plain last line signed with the writer's unit ("Văn Đức - Quỹ HTND tỉnh")
    agency = _AGENCY_AFTER.search(text)
    if agency and not _SYLLABLE.fullmatch(fold(agency.group(1))) and not _OUTLET.match(agency.group(1).lower()):
        text = text[:agency.start()]   # "Hồng Nhung – TTKSBT": the writer's agency; "- VOV" as printed
    if not (2 <= len(text) <= 60) or re.search(r"[.!?;:]\s|\d{3,}|[!?:;\"“”()]", text):
        return None
    words = text.split()
    letters = [c for c in text if c.isalpha()]
    if not letters or len(words) > 8:
        return None
    upper = sum(c.isupper() for c in letters) / len(letters)
    if _names_a_place(text) or is_organisation(text) or _SIGNER_POSITION.match(fold(text)):
        return None   # "HIỆU TRƯỞNG" set apart under a notice: the signer's position, no name
    if upper > 0.9 and (len(words) >= 2 or _initials(text)) and not is_account(text) and not _DIGIT.search(text) \
            and not _no_name(text) \
            and all(len(name.split()) <= 5 for name in _CAPS_JOINER.split(text)):
        return text   # each name of two to five syllables: "CÔNG TY CỔ PHẦN XÂY DỰNG MINH PHÁT" is none
    # A plain last line is a name of two to four syllables ("Anh Dũng"), not a longer slogan; its
    # outlet after a slash as printed, whatever it holds ("Y Sơn Niê/VOV4").
    if (right_aligned or last) and _looks_like_names(_SLASH_OFFICE.sub("", text) or text,
                                                     max_words=5 if right_aligned else 4):
        return text
    return None


_MID_DOT = re.compile(r"\s+[·•]\s+")


def _before_mark(name: str) -> str:
    """A byline's name before a mid-dot ("Minh Đức · Phóng viên", "MINH ĐỨC • TTXVN", "Lan Anh
    · 5 phút đọc"): what a meta bar prints after it (a role, an outlet, the reading time) is no
    name. A line of names joined by it is not cut to its first ("Hoàng Minh · Thu Hà")."""
    parts = _MID_DOT.split(name)
    if len(parts) > 1 and not all(_looks_like_names(p) and not (is_outlet(p) or is_role(p) or is_organisation(p))
                                 for p in parts):
        return parts[0]
    return name


def _without_title(text: str) -> str:
    """A signature's name without the signer's title or unit after a dash ("Nguyễn Văn Hậu - Phó
    Chủ tịch UBND xã", "Lê Hoa - Hội Nông dân huyện", "LÊ MAI - TAND KHU VỰC 2"): a part opening
    in capitals with words in lower case, or a body's name, is a title; names ("Hoàng Minh - Thu
    Hà") and a place's words stay."""
    parts = _SPACED_DASH.split(text)
    while len(parts) > 1 and parts[-1][:1].isupper() and (any(w[:1].islower() for w in parts[-1].split())
                                                          or is_organisation(parts[-1])):
        parts.pop()   # or a body's name in capitals ("LÊ THỊ MAI - TAND KHU VỰC 2")
    kept = "".join(j + p for j, p in zip(["", *_SPACED_DASH.findall(text)], parts, strict=False))   # dashes as printed
    return kept if kept != text and _looks_like_names(kept) else text


def plain_name(line: str) -> bool:
    """Whether a line is a name only as a text's plain last line ("Anh Dũng"): no label, no capitals."""
    return bool(byline_name(line, last=True)) and byline_name(line) is None


# A date line naming the writer between its label and its date: "bởi Lê Minh Đức - Thứ Năm, 14
# tháng 3 2024, 2:15 PM", "By Hải Yến | 20/09/2023" (``name_before_date``).
_BY_BEFORE = re.compile(r"\s*(?:(?:posted|written)\s+by|(?:đăng|viết)\s+bởi|bởi|by)\s+", re.I)
_NAME_BEFORE = re.compile(r"[^\d|·•]{2,60}")
_MARK_AFTER_NAME = re.compile(r" [|·•\-–—] ")
# Or the word a template puts before its date ("Posted by A on Thứ năm …", "bởi A lúc 08:15"), after
# one name alone: not a name and its degrees ("Rachael Link, MS, RD on November 14, 2019").
_WORD_AFTER_NAME = re.compile(r" (?:on|lúc|vào lúc|vào|ngày) ", re.I)


def name_before_date(text: str) -> str | None:
    """The name a date line prints after "bởi"/"by" and before its date (``before_date``), a mark
    between them ("bởi Lê Minh Đức - Thứ Năm, 14 tháng 3 2024"); None for any other line. No mark,
    no name: "by Jeff FoustMonday, November 18, 2019" glues the page's words together."""
    label = _BY_BEFORE.match(text)
    rest = squash(text[label.end():]) if label else ""
    name = before_date(rest) if rest else None
    if not name or not _NAME_BEFORE.fullmatch(name):
        return None
    marked = _MARK_AFTER_NAME.match(rest, len(name)) or "," not in name and _WORD_AFTER_NAME.match(rest, len(name))
    return name if marked else None
# A credit's honorific ("Cô", "Thầy") before a name of two words or more: how a school names its
# teachers, not part of the name.
_CREDIT_HONORIFIC = re.compile(r"^(Cô|Thầy|Ông|Bà)\s+(?=\S+\s+\S)")
# A note in brackets after a name: digits, or a first word not in capitals ("(lớp 11A1)", "(giáo
# viên Ngữ văn)", "(Hà Nội)"); an acronym ("(TTXVN)", "(CTV)") says who, and stays for the callers.
_NAME_NOTE = re.compile(r"\s*\((?=[^()]*\d|[^()\w]*[^\W\d_]*[a-zà-ỹđ])[^()]{1,40}\)")
_SPACED_DASH = re.compile(r"\s+[-–—]\s+")


def _person_only(name: str) -> str:
    """A labelled byline's people without what is said of them: a role after a dash ("Cô Phạm Thu
    Hương - Phó Hiệu trưởng": a part with a word in lower case is no name), a note in brackets, an
    honorific; unchanged unless names are left."""
    bare = _NAME_NOTE.sub("", name)
    parts = _SPACED_DASH.split(bare)
    while len(parts) > 1 and any(w[:1].islower() for w in parts[-1].split()):
        parts.pop()
    joins = _SPACED_DASH.findall(bare)   # each name's own dash, as printed
    kept = "".join(j + _CREDIT_HONORIFIC.sub("", p) for j, p in zip(["", *joins], parts, strict=False))
    return kept if kept != name and _looks_like_names(kept) else name


# Provinces and large cities (folded): a line naming one is a place ("Hồng Lĩnh - Hà Tĩnh",
# "Thanh Hóa"), a dateline's or a slogan's, not a person.
def _tone_key(text: str) -> tuple[tuple[str, str], ...]:
    """A name's words folded, each with its marks (in any place on it: "Hoá" as "Hóa"): "Thanh Hòa",
    a person, is not "Thanh Hóa", a province, though both fold to "thanh hoa"."""
    return tuple((fold(word), "".join(sorted(c for c in unicodedata.normalize("NFD", word.lower())
                                             if unicodedata.combining(c))))
                 for word in text.split())


_PLACES = frozenset(_tone_key(p) for p in """
An Giang|Bà Rịa|Vũng Tàu|Bà Rịa - Vũng Tàu|Bắc Giang|Bắc Kạn|Bạc Liêu|Bắc Ninh|Bến Tre|Bình Định|Bình Dương|
Bình Phước|Bình Thuận|Cà Mau|Cần Thơ|Cao Bằng|Đà Nẵng|Đắk Lắk|Đắk Nông|Điện Biên|Đồng Nai|Đồng Tháp|Gia Lai|
Hà Giang|Hà Nam|Hà Nội|Hà Tĩnh|Hải Dương|Hải Phòng|Hậu Giang|Hòa Bình|Hưng Yên|Khánh Hòa|Kiên Giang|Kon Tum|
Lai Châu|Lâm Đồng|Lạng Sơn|Lào Cai|Long An|Nam Định|Nghệ An|Ninh Bình|Ninh Thuận|Phú Thọ|Phú Yên|Quảng Bình|
Quảng Nam|Quảng Ngãi|Quảng Ninh|Quảng Trị|Sóc Trăng|Sơn La|Tây Ninh|Thái Bình|Thái Nguyên|Thanh Hóa|Thanh Hoá|
Thừa Thiên Huế|Tiền Giang|Trà Vinh|Tuyên Quang|Vĩnh Long|Vĩnh Phúc|Yên Bái|Sài Gòn|TP Hồ Chí Minh|TP.HCM|
Nha Trang|Đà Lạt|Buôn Ma Thuột|Quy Nhơn|Hạ Long|Việt Nam|Tây Nguyên|Tây Bắc|Đông Bắc""".replace("\n", "").split("|"))


def _names_a_place(text: str) -> bool:
    """Whether any of the names in a byline-like line is a province's or a large city's."""
    return any(_tone_key(part.strip()) in _PLACES for part in _NAME_JOINER.split(text) if part.strip())


_PLURAL_WORDS = frozenset({"cac", "nhung", "moi"})   # các, những, mọi: a plural's words
_WEEKDAY_NAME = re.compile(r"thứ (hai|ba|tư|năm|sáu|bảy)|chủ nhật")   # marks kept: "Thu Ba" is a name


def _no_name(text: str) -> bool:
    """Whether capitalised words are no person's name by their words: a plural's heading ("CÁC
    TỔ CHUYÊN MÔN", "Những Ngày Đầu"), a weekday ("Thứ Hai" over a blog's day of posts)."""
    words = squash(unicodedata.normalize("NFC", text)).lower()
    return fold(words.split(" ", 1)[0]) in _PLURAL_WORDS or bool(_WEEKDAY_NAME.fullmatch(words))


def _looks_like_names(text: str, *, initials_ok: bool = False, max_words: int = 5) -> bool:
    """One or more short personal names: capitalised words or initials ("P.Y", "Thành Viên").

    With ``initials_ok`` (after a "Tin, ảnh:" label) a one-word name may be a pen name
    in capitals ("HOÀNG", "PV") too, but never an agency's acronym alone ("TTXVN")."""
    names = [n for n in _NAME_JOINER.split(text) if n.strip()]
    if not names:
        return False
    for name in names:
        if any("." in w and not _initials(w) for w in name.split()):
            return False   # "TP.HCM": an abbreviation, not initials
        words = name.replace(".", ". ").split()
        if not 1 <= len(words) <= max_words or not all(w[:1].isupper() for w in words):
            return False
        if any(c.isdigit() for c in name) or _no_name(name):
            return False
        if len(names) == 1 and len(words) == 1 and not _initials(name):
            if not (initials_ok and name.isupper() and 2 <= len(name) <= 12 and not name.isascii()):
                return False   # one capitalised word is a heading or a button ("In") more often than a name
    return not is_account(text)


def _initials(word: str) -> bool:
    """"P.Y", "N.Anh", "T.Q.Huy": single letters with dots, perhaps ending in a name (not "TP.HCM")."""
    parts = [p for p in word.strip().split(".") if p]
    return len(parts) >= 2 and all(len(p) == 1 for p in parts[:-1]) and parts[-1][:1].isupper()
