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
  old CMSs).

The story and the boxes are found from the ground truth (the element holding the
expected lines, the elements holding the ``without`` snippets), never from names.
Extraction only, no crawl.
"""

from __future__ import annotations

import argparse
import logging
import sys
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

MODES = ("orig", "nometa", "order", "wrap", "br")
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


def perturb(markup: bytes, content_type: str, mode: str, lines: tuple[str, ...] = (),
            without: tuple[str, ...] = ()) -> bytes:
    """``markup`` rewritten for ``mode`` (one of ``MODES`` but ``orig``), as UTF-8.
    ``lines`` and ``without`` are the ground truth of an article page (``order`` needs them)."""
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
    head = tree.find("head")
    if head is not None:
        head.insert(0, html.Element("meta", charset="utf-8"))
    return html.tostring(tree, encoding="utf-8", doctype="<!DOCTYPE html>")


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
        want = super().articles.get(path)
        return perturb(data, served, self.mode, want.lines if want else (), want.without if want else ())

    @property
    def articles(self) -> dict[str, ExpectedArticle]:
        """The same ground truth, but a time the page no longer prints (it was only in the metadata)
        is no time: the expected date is the day (the rule of ``docs/families.md``)."""
        found = super().articles
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
