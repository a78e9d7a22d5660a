"""Does extraction lean on metadata or on the order of the blocks? Score the CMS families rewritten.

    uv run python benchmarks/perturb.py [--root tests/sites] [--root benchmarks/holdout]
        [--family NAME] [--mode MODE] [--out docs/benchmarks.md] [--label TEXT]

A sibling of ``benchmarks/scramble.py`` (its loader, scorer and tables): every HTML
page of every family is parsed, rewritten the same way on every page of a site (so
template learning still works), served as UTF-8 and scored with
``benchmarks/families.py``'s scorer against the same ground truth:

- ``orig``: the page as served;
- ``nometa``: as an old CMS prints it: no ``og:``/``twitter:``/``article:``/Dublin
  Core/``author``/``pubdate`` meta, no JSON-LD, no microdata or RDFa attributes, no
  ``<time>`` (its printed text stays, in a ``span``), no ``rel=canonical``: the date,
  title and author must come from the printed page. Where the time was only in the
  metadata, the expected date is the day (``docs/families.md``: a time the page does
  not print is no time);
- ``order``: the blocks after the story that the ground truth says must not leak
  (related and teaser boxes, the sidebar) and the share bar moved before it, each to
  just before the sibling that holds the story: the related box above the body inside
  the article, the sidebar column before the main column (table-layout and Bootstrap
  CMSs print the left column first). Blocks with a text area (comment boxes) stay;
- ``wrap``: every block wrapped once more in a bare ``<div>`` (page builders) and
  every ``<p>`` written as a ``<div>``;
- ``br``: runs of sibling ``<p>`` written as ``text<br><br>text`` (WYSIWYG paste,
  old CMSs);
- ``inline``: inside the story, between two paragraphs past its middle, what real
  articles carry there: a "Xem thêm:"/"Đọc thêm:" paragraph linking another article of
  the site by its title, a related box of two or three linked titles without a heading
  (VnExpress/VCCorp inline boxes) and an ad slot ("Quảng cáo" over an iframe). The
  titles are the family's other articles'; they are added to the snippets that must
  not leak;
- ``minify``: whitespace-only text between tags removed and runs of whitespace in text
  made one space (minified HTML of JS frameworks); ``<br>`` kept;
- ``lang``: ``<html lang="en">`` (a template default many Vietnamese sites keep);
  ``nolang``: no ``lang`` attribute and no Content-Language at all;
- ``table``: the page's body laid out in a table as old CMSs print it: a header row
  (what came before the main column), a row with the main column and the sidebar as
  two cells, a footer row. The sidebar is the block beside the smallest block holding
  the story and the headline, or beside one of its ancestors below ``<body>``, that
  holds the most (two or more) snippets that must not leak; the main column, the
  block it stands beside;
- ``noh1``: every ``<h1>``/``<h2>`` that holds the headline written as a ``<div>``
  with an inline bold, large style (page builders), and the ``<title>`` the site's name
  only (the part of the ``<title>`` its articles share);
- ``nbsp``: as a WYSIWYG editor saves a story: an empty ``<p>&nbsp;</p>`` after each of
  its paragraphs and a no-break space after each sentence's full stop.

The story and the boxes are found from the ground truth (the element holding the
expected lines, the elements holding the ``without`` snippets), never from names.
Extraction only, no crawl.
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from lxml import etree, html

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.report import machine  # noqa: E402
from benchmarks.scramble import emit, tables  # noqa: E402
from crawler.extract import parse_html  # noqa: E402
from crawler.extract.dates import _TIME  # noqa: E402
from tests.cms_sites import SITES, ExpectedArticle, Family  # noqa: E402

MODES = ("orig", "nometa", "order", "wrap", "br", "inline", "minify", "lang", "nolang", "table", "noh1", "nbsp")
UTF8 = "text/html; charset=utf-8"

_META_PREFIXES = ("og:", "twitter:", "article:", "fb:", "dc.", "dcterms.", "dc:", "itemprop")
_META_NAMES = {"author", "pubdate", "publishdate", "publish-date", "publish_date", "date", "datepublished",
               "lastmod", "last-modified", "created", "copyright"}
_STRUCTURED = ("itemprop", "itemscope", "itemtype", "itemid", "property", "typeof", "vocab", "about",
               "datetime", "resource", "prefix")
_BLOCKS = {"div", "p", "section", "article", "aside", "header", "footer", "nav", "main", "ul", "ol", "dl",
           "table", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "blockquote", "form"}
_SHARE = ("facebook.com/sharer", "twitter.com/intent", "twitter.com/share", "x.com/intent", "sp.zalo.me/share",
          "zalo.me/share", "linkedin.com/share", "pinterest.com/pin", "mailto:?")


def _flat(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def nometa(tree: html.HtmlElement) -> None:
    for el in list(tree.iter("meta", "link", "script", "time")):
        tag = el.tag
        if tag == "meta":
            key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().casefold()
            if el.get("itemprop") is not None or key.startswith(_META_PREFIXES) or key in _META_NAMES:
                el.drop_tree()
        elif tag == "link":
            if "canonical" in (el.get("rel") or "").casefold().split():
                el.drop_tree()
        elif tag == "script":
            if "ld+json" in (el.get("type") or "").casefold():
                el.drop_tree()
        else:
            el.tag = "span"
    for el in tree.iter(etree.Element):
        for name in _STRUCTURED:
            el.attrib.pop(name, None)
        if el.tag != "meta":
            el.attrib.pop("content", None)


def _holders(tree: html.HtmlElement, texts: list[str]) -> list[html.HtmlElement]:
    """Per text found on the page, the deepest element holding it whole."""
    flat = {el: _flat(el.text_content()) for el in tree.iter(etree.Element) if el.tag not in ("script", "style")}
    found = []
    for text in texts:
        within = [el for el, t in flat.items() if text in t]
        if within:
            found.append(min(within, key=lambda el: len(flat[el])))
    return found


def order(tree: html.HtmlElement, lines: tuple[str, ...], without: tuple[str, ...]) -> None:
    body = tree.find("body")
    if body is None:
        return
    story = _holders(body, [_flat(line) for line in lines if len(line.split()) >= 6])
    if not story:
        return
    storied = {a for el in story for a in el.iterancestors()} | set(story)
    boxes = _holders(body, [_flat(s) for s in without if _flat(s)])
    boxes += [a for a in body.iter("a") if any(s in (a.get("href") or "") for s in _SHARE)]
    moved: list[html.HtmlElement] = []
    place = {el: n for n, el in enumerate(body.iter())}
    for el in sorted(boxes, key=place.__getitem__):   # in page order: a box's heading stays above its items
        if el in storied:
            continue
        while el.getparent() is not None and el.getparent() not in storied:
            el = el.getparent()
        parent = el.getparent()
        if parent is None or el in moved or el.find(".//textarea") is not None:
            continue
        first = next((child for child in parent if child in storied), None)
        if first is None or parent.index(el) < parent.index(first):
            continue
        el.tail, tail = None, el.tail
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + (tail or "")
        else:
            parent.text = (parent.text or "") + (tail or "")
        first.addprevious(el)
        el.tail = "\n"
        moved.append(el)


def wrap(tree: html.HtmlElement) -> None:
    body = tree.find("body")
    if body is None:
        return
    for el in list(body.iter(etree.Element)):
        if el.tag not in _BLOCKS:
            continue
        if el.tag == "p":
            el.tag = "div"
        outer = html.Element("div")
        el.addprevious(outer)
        outer.tail, el.tail = el.tail, None
        outer.append(el)


def br(tree: html.HtmlElement) -> None:
    body = tree.find("body")
    if body is None:
        return
    runs: list[list[html.HtmlElement]] = []
    for p in body.iter("p"):
        before = p.getprevious()
        if runs and before is runs[-1][-1] and not (before.tail or "").strip():
            runs[-1].append(p)
        else:
            runs.append([p])
    for run in runs:
        if len(run) < 2:
            continue
        for p in run[:-1]:
            p.append(html.Element("br"))
            p.append(html.Element("br"))
        for p in run:
            p.drop_tag()


# Text-level elements: whitespace between two of them is a space between words, which a
# minifier keeps; beside any other tag it is layout and goes.
_INLINE = {"a", "abbr", "b", "bdi", "cite", "code", "em", "font", "i", "img", "kbd", "label", "mark", "q", "s",
           "small", "span", "strong", "sub", "sup", "time", "u", "var"}
_RAW_TEXT = {"script", "style", "pre", "textarea"}
_SPACES = re.compile(r"\s+")


def _story(tree: html.HtmlElement, lines: tuple[str, ...], words: int = 6) -> list[html.HtmlElement]:
    """The elements holding the story's lines of ``words`` words or more, in line order."""
    body = tree.find("body")
    return _holders(body, [_flat(line) for line in lines if len(line.split()) >= words]) if body is not None else []


def inline(tree: html.HtmlElement, lines: tuple[str, ...], others: tuple[tuple[str, str], ...], n: int) -> None:
    """After a paragraph past the story's middle followed by another: a "Xem thêm:" line, a related
    box of linked titles without a heading and an ad slot. ``others``: (route, title) of the site's
    other articles; ``n`` varies the wording from page to page."""
    story = _story(tree, lines, 15)   # paragraphs, not captions
    if not others or len(story) < 2:
        return
    past = [(a, b) for k, (a, b) in enumerate(zip(story, story[1:], strict=False))
            if k >= len(story) // 2 and a is not b and a.getparent() is b.getparent()]
    adjacent = [(a, b) for a, b in past if a.getnext() is b]
    if not (adjacent or past):
        return
    after = (adjacent or past)[0][0]
    first = others[n % len(others)]
    label = ("Xem thêm:", "Đọc thêm:")[n % 2]
    more = html.fragment_fromstring(f'<p><strong>{label}</strong> <a href="{first[0]}"></a></p>')
    more.find("a").text = first[1]
    box = html.Element("div")
    items = etree.SubElement(box, "ul")
    for key, title in [*others[1:], *others[:1]][:3]:
        item = etree.SubElement(items, "li")
        thumb = etree.SubElement(item, "a", href=key)
        etree.SubElement(thumb, "img", src="/images/thumb.jpg", alt="")
        etree.SubElement(item, "a", href=key).text = title
    ad = html.fragment_fromstring('<div><div>Quảng cáo</div><iframe src="https://ads.example.vn/slot?z=2" '
                                  'width="300" height="250"></iframe></div>')
    tail, after.tail = after.tail, None
    for el in (ad, box, more):
        after.addnext(el)
    ad.tail = tail


def minify(tree: html.HtmlElement) -> None:
    def squeezed(text: str | None, before: html.HtmlElement | None, behind: html.HtmlElement | None) -> str | None:
        if not text:
            return text
        if text.strip():
            return _SPACES.sub(" ", text)
        between_words = before is not None and before.tag in _INLINE and behind is not None and behind.tag in _INLINE
        return " " if between_words else None

    for el in list(tree.iter(etree.Element)):
        parent = el.getparent()
        raw = any(a.tag in _RAW_TEXT for a in el.iterancestors())
        if not raw and el.tag not in _RAW_TEXT:
            children = list(el)
            el.text = squeezed(el.text, el, children[0] if children else el)
        if not raw:
            behind = el.getnext()
            if behind is None and parent is not None and parent.tag in _INLINE:
                behind = parent
            el.tail = squeezed(el.tail, el, behind)


def lang(tree: html.HtmlElement, to: str | None) -> None:
    """Every ``lang`` attribute and Content-Language gone; the root's ``lang`` ``to`` when given."""
    for el in list(tree.iter(etree.Element)):
        el.attrib.pop("lang", None)
        el.attrib.pop("{http://www.w3.org/XML/1998/namespace}lang", None)
        el.attrib.pop("xml:lang", None)
        if el.tag == "meta" and (el.get("http-equiv") or "").casefold() == "content-language":
            el.drop_tree()
    if to:
        tree.set("lang", to)


def _headline(body: html.HtmlElement, title: str) -> html.HtmlElement | None:
    """The smallest element of ``body`` whose text is the headline."""
    want = _flat(title)
    found = [el for el in body.iter(etree.Element) if el.tag not in ("script", "style", "a")
             and _flat(el.text_content()) == want] if want else []
    return found[-1] if found else None


def table(tree: html.HtmlElement, lines: tuple[str, ...], title: str, without: tuple[str, ...]) -> None:
    body = tree.find("body")
    story = _story(tree, lines)
    if body is None or not story:
        return
    headline = _headline(body, title)
    shared = [a for a in story[0].iterancestors() if all(a in set(s.iterancestors()) | {s} for s in story)]
    main = shared[0] if shared else story[0].getparent()
    if headline is not None:
        while main is not body and headline not in set(main.iterdescendants()):
            main = main.getparent()
    boxes = set(_holders(body, [_flat(s) for s in without if _flat(s)]))
    side, best, level = None, 1, main
    while level is not body and level.getparent() is not None and level.getparent() is not body:
        held = [(sum(b is sibling or sibling in set(b.iterancestors()) for b in boxes), sibling)
                for sibling in level.getparent() if sibling is not level and isinstance(sibling.tag, str)]
        most = max(held, key=lambda h: h[0], default=(0, None))
        if most[0] > best:
            side, best, column = most[1], most[0], level
        level = level.getparent()
    if side is not None:
        main = column   # the whole column beside the sidebar
    if main is body:
        return
    top = main
    while top.getparent() is not body:
        top = top.getparent()
    children = list(body)
    before, after = children[:children.index(top)], children[children.index(top) + 1:]
    if side is not None and side in after:
        after.remove(side)
    for el in (main, side):
        if el is not None and el is not top:
            tail, el.tail = el.tail, None
            previous = el.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + (tail or "")
            else:
                el.getparent().text = (el.getparent().text or "") + (tail or "")
            el.getparent().remove(el)
    layout = html.fragment_fromstring('<table width="100%" cellpadding="0" cellspacing="0" border="0">'
                                      '<tr><td colspan="2"></td></tr><tr><td valign="top" width="70%"></td>'
                                      '<td valign="top" width="30%"></td></tr><tr><td colspan="2"></td></tr></table>')
    head, (column, bar), foot = layout[0][0], list(layout[1]), layout[2][0]
    for el in before + ([top] if top is not main else []):
        head.append(el)
    column.append(main)
    if side is not None:
        bar.append(side)
    for el in after:
        foot.append(el)
    body.text = "\n"
    body.insert(0, layout)
    body[0].tail = "\n"
    for el in body[1:]:
        el.drop_tree()


_SENTENCE_END = re.compile(r"([.!?]) (?=\w)")


def nbsp(tree: html.HtmlElement, lines: tuple[str, ...]) -> None:
    for el in _story(tree, lines, 15):
        for node in el.iter():
            if isinstance(node.tag, str):
                node.text = _SENTENCE_END.sub("\\1\u00a0", node.text) if node.text else node.text
            if node is not el and node.tail:
                node.tail = _SENTENCE_END.sub("\\1\u00a0", node.tail)
        if el.tag == "p":
            spacer = html.Element("p")
            spacer.text = "\u00a0"
            spacer.tail, el.tail = el.tail, None
            el.addnext(spacer)


_HEADLINE_STYLE = "font-size:26px;font-weight:bold;line-height:1.3;margin:10px 0"


def noh1(tree: html.HtmlElement, title: str, site: str) -> None:
    want = _flat(title)
    if want:
        for el in list(tree.iter("h1", "h2")):
            text = _flat(el.text_content())
            if want in text and len(want) >= 0.9 * len(text):
                el.tag = "div"
                el.set("style", _HEADLINE_STYLE)
    for el in tree.iter("title"):
        for child in list(el):
            el.remove(child)
        el.text = site


def perturb(markup: bytes, content_type: str, mode: str, lines: tuple[str, ...] = (),
            without: tuple[str, ...] = (), title: str = "", others: tuple[tuple[str, str], ...] = (),
            site: str = "", n: int = 0) -> bytes:
    """``markup`` rewritten for ``mode`` (one of ``MODES`` but ``orig``), as UTF-8.
    ``lines``, ``without`` and ``title`` are the ground truth of an article page (``order``,
    ``inline``, ``table`` and ``noh1`` need them); ``others`` the (route, title) of the site's
    other articles (``inline``), ``site`` its name (``noh1``), ``n`` the page's number."""
    tree = parse_html(markup, content_type)
    if tree is None:
        return markup
    for el in list(tree.iter("meta")):
        if el.get("charset") is not None or (el.get("http-equiv") or "").casefold() == "content-type":
            el.drop_tree()
    if mode == "nometa":
        nometa(tree)
    elif mode == "order":
        order(tree, lines, without)
    elif mode == "wrap":
        wrap(tree)
    elif mode == "br":
        br(tree)
    elif mode == "inline":
        inline(tree, lines, others, n)
    elif mode == "minify":
        minify(tree)
    elif mode in ("lang", "nolang"):
        lang(tree, "en" if mode == "lang" else None)
    elif mode == "table":
        table(tree, lines, title, without)
    elif mode == "noh1":
        noh1(tree, title, site)
    elif mode == "nbsp":
        nbsp(tree, lines)
    head = tree.find("head")
    if head is not None:
        head.insert(0, html.Element("meta", charset="utf-8"))
    return html.tostring(tree, encoding="utf-8", doctype="<!DOCTYPE html>")


_TITLE_SEPARATORS = re.compile(r"\s+[-|–—:»]+\s+")
_SITE_NAMES: dict[tuple[str, str], str] = {}


@dataclass(frozen=True)
class PerturbedFamily(Family):
    """A family whose HTML pages are served rewritten (``mode``), with the same ground truth."""

    mode: str = "orig"

    def content_type(self, path: str) -> str:
        found = super().content_type(path)
        return UTF8 if self.mode != "orig" and "html" in found else found

    def body(self, path: str, base: str = "http://127.0.0.1:8080") -> bytes:
        data = super().body(path, base)
        served = super().content_type(path)
        if self.mode == "orig" or "html" not in served or not data:
            return data
        articles = super().articles
        want = articles.get(path)
        others = tuple((key, a.title) for key, a in articles.items() if key != path)
        site = self._site_name(base) if self.mode == "noh1" else ""
        n = list(self.routes).index(path)
        return perturb(data, served, self.mode, want.lines if want else (), want.without if want else (),
                       want.title if want else "", others, site, n)

    def _site_name(self, base: str) -> str:
        """The site's name: the part of the ``<title>`` (split at " - ", " | ", …) that most of its
        articles share, else ``og:site_name``, else the home page's ``<title>``."""
        cached = _SITE_NAMES.get((str(self.folder), base))
        if cached is not None:
            return cached
        parts: Counter = Counter()
        declared = home = ""
        for path, spec in self.routes.items():
            if "file" not in spec or "html" not in super().content_type(path) \
                    or path not in self.manifest.get("articles", {}) and path != "/":
                continue
            tree = parse_html(super().body(path, base), super().content_type(path))
            if tree is None:
                continue
            found = tree.find(".//title")
            title = " ".join(found.text_content().split()) if found is not None else ""
            if path != "/":
                parts.update({p.strip() for p in _TITLE_SEPARATORS.split(title) if p.strip()})
            home = title if path == "/" else home
            for meta in tree.iter("meta"):
                if (meta.get("property") or meta.get("name") or "").casefold() == "og:site_name":
                    declared = declared or " ".join((meta.get("content") or "").split())
        shared = [(n, p) for p, n in parts.most_common(3) if n >= 2]
        name = max(shared, key=lambda x: (x[0], len(x[1])))[1] if shared else declared or home or self.name
        _SITE_NAMES[(str(self.folder), base)] = name
        return name

    @property
    def articles(self) -> dict[str, ExpectedArticle]:
        """The same ground truth, but a time the page no longer prints (it was only in the metadata)
        is no time: the expected date is the day (the rule of ``docs/families.md``); with ``inline``,
        the titles of the other articles it inserts must not leak."""
        found = super().articles
        if self.mode == "inline":
            return {key: replace(want, without=(*want.without, *(a.title for k, a in found.items() if k != key)))
                    for key, want in found.items()}
        if self.mode != "nometa":
            return found
        return {key: replace(want, published=_printed_time(want.published, self.body(key)))
                for key, want in found.items()}


def _printed_time(published: str | None, page: bytes) -> str | None:
    """``published`` when its hour and minute are printed on ``page``, else its day."""
    if not published or len(published) <= 10:
        return published
    hour, minute = int(published[11:13]), int(published[14:16])
    tree = parse_html(page, UTF8)
    if tree is not None:
        for el in tree.iter("script", "style"):
            el.drop_tree()
    text = tree.text_content() if tree is not None else ""
    for found in _TIME.finditer(text):
        if int(found["mi"]) == minute and int(found["h"]) % 12 == hour % 12:   # "12:05 SA" is 00:05
            return published
    return published[:10]


def perturbed(family: Family, mode: str) -> PerturbedFamily:
    return PerturbedFamily(family.name, family.folder, family.manifest, mode)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--root", type=Path, action="append",
                        help="a folder of families (repeatable; default tests/sites and benchmarks/holdout)")
    parser.add_argument("--family", action="append", default=[], help="only this family (repeatable)")
    parser.add_argument("--mode", action="append", default=[], choices=MODES[1:],
                        help="only this mode beside orig (repeatable; default all)")
    parser.add_argument("--out", type=Path, help="write the tables as a section of this file (docs/benchmarks.md)")
    parser.add_argument("--label", default="", help="added to the section's heading")
    args = parser.parse_args()
    logging.disable(logging.WARNING)   # trafilatura logs every page it discards
    modes = ("orig", *args.mode) if args.mode else MODES
    parts = tables(args.root or [SITES, ROOT / "benchmarks" / "holdout"], args.family, modes, perturbed)
    label = f" ({args.label})" if args.label else ""
    body = (f"## Without metadata, in other layouts{label}\n\n"
            f"Measured with `uv run python benchmarks/perturb.py` ({machine()}). Each cell of ours is "
            f"{' · '.join(modes)} (see the script's docstring and below). The last column is plain "
            f"trafilatura's body F1 the same ways.\n\n" + "\n".join(parts))
    return emit(body, args.out)


if __name__ == "__main__":
    raise SystemExit(main())
