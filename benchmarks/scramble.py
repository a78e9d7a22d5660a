"""Does extraction lean on class and id names? Score the CMS families with their names scrambled.

    uv run python benchmarks/scramble.py [--root tests/sites] [--root benchmarks/holdout]
        [--family NAME] [--out docs/benchmarks.md] [--label TEXT]

Every page of every family is scored three ways with ``benchmarks/families.py``'s
scorer against the same ground truth:

- ``orig``: the page as served;
- ``names``: every class and id token rewritten to an opaque one (``c`` and eight
  consonants from a hash of the token and the family), consistent per site, so the
  same token is the same opaque name on every page of a site and template learning
  still works; digit runs are kept in place (``post-123`` → ``cqwhzkptd-123``,
  as a CMS numbers its items whatever it calls them). The DOM, text, URLs, meta
  tags, JSON-LD, ``itemprop``, ``rel`` and ``<time datetime>`` are untouched;
- ``tags``: the names scrambled and the HTML5 sectioning tags written as an old
  CMS writes them: ``article``, ``aside``, ``nav``, ``header``, ``footer``,
  ``section``, ``main``, ``figure`` become ``div``, ``figcaption`` a ``div``,
  a ``<time>`` without ``datetime`` a ``span``, and ARIA ``role`` attributes go.

A loss between ``orig`` and ``names`` is a rule that works only while a CMS names its
blocks in words we know ("related", "sidebar", "author", "date"). Extraction only, no crawl.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.families import Row, run, total  # noqa: E402
from benchmarks.report import machine, publish  # noqa: E402
from tests.cms_sites import SITES, Family, families  # noqa: E402

MODES = ("orig", "names", "tags")

# A class or id attribute: quoted either way or bare; the leading space keeps data-class out.
_NAME_ATTRIBUTE = re.compile(rb"""(?<=[\s"'])(class|id)(\s*=\s*)("[^"]*"|'[^']*'|[^\s>"']+)""", re.I)
_TAG = re.compile(rb"<(/?)(article|aside|nav|header|footer|section|main|figure|figcaption|time|span)\b([^>]*)>",
                  re.I)
_START_TAG = re.compile(rb"<[a-zA-Z][^>]*>")
_ROLE = re.compile(rb"""\srole\s*=\s*("[^"]*"|'[^']*'|[^\s>"']+)""", re.I)
_DIGITS = re.compile(rb"\d+")
# No vowels: an opaque name never spells a word a rule may look for ("tag", "lead", "date").
_CONSONANTS = b"bcdfghjklmnpqrstvwxz"
# Scripts and styles keep their text (JSON-LD above all): only markup outside them is rewritten.
_RAW = re.compile(rb"(<(script|style)\b[^>]*>.*?</\2\s*>)", re.I | re.S)


def opaque(token: bytes, salt: bytes) -> bytes:
    """The opaque name of one class or id token on one site: letters from a hash of its
    letters, its digit runs where they were."""
    digest = hashlib.sha1(salt + b"\0" + _DIGITS.sub(b"#", token)).digest()
    letters = b"c" + bytes(_CONSONANTS[b % len(_CONSONANTS)] for b in digest[:8])
    numbers = _DIGITS.findall(token)
    return b"-".join([letters, *numbers])


def scramble_names(markup: bytes, salt: bytes) -> bytes:
    def name(match: re.Match) -> bytes:
        value = match.group(3)
        quote = value[:1] if value[:1] in (b'"', b"'") else b""
        tokens = (value[1:-1] if quote else value).split()
        return match.group(1) + match.group(2) + quote + b" ".join(opaque(t, salt) for t in tokens) + quote
    return _START_TAG.sub(lambda tag: _NAME_ATTRIBUTE.sub(name, tag.group(0)), markup)


def plain_tags(markup: bytes) -> bytes:
    """Sectioning tags as ``div``; a ``<time>`` without ``datetime`` as a ``span`` (its closing
    tag paired up with a stack); no ``role`` attributes."""
    out: list[bytes] = []
    opened: list[bytes] = []
    at = 0   # opened: per open <time> or <span>, the name its closing tag takes
    for match in _TAG.finditer(markup):
        out.append(markup[at:match.start()])
        at = match.end()
        close, name, rest = match.group(1), match.group(2).lower(), match.group(3)
        if name == b"span":
            if close and opened:
                opened.pop()
            elif not close:
                opened.append(b"span")
            out.append(match.group(0))
        elif name == b"time":
            if close:
                out.append(b"</" + (opened.pop() if opened else b"time") + b">")
            else:
                kept = b"datetime" in rest.lower()
                opened.append(b"time" if kept else b"span")
                out.append(match.group(0) if kept else b"<span" + rest + b">")
        else:
            out.append(b"<" + close + b"div" + rest + b">")
    out.append(markup[at:])
    return _ROLE.sub(b"", b"".join(out))


def scramble(markup: bytes, salt: bytes, mode: str) -> bytes:
    """``markup`` rewritten for ``mode`` (one of ``MODES``), scripts and styles kept as they are."""
    if mode == "orig":
        return markup
    parts = _RAW.split(markup)
    out = []
    # re.split with two groups: text, whole raw element, its tag name, text, ...
    for index in range(0, len(parts), 3):
        text = scramble_names(parts[index], salt)
        if mode == "tags":
            text = plain_tags(text)
        out.append(text)
        if index + 1 < len(parts):
            out.append(parts[index + 1])
    return b"".join(out)


@dataclass(frozen=True)
class ScrambledFamily(Family):
    """A family whose HTML pages are served scrambled (``mode``), with the same ground truth."""

    mode: str = "orig"

    def body(self, path: str, base: str = "http://127.0.0.1:8080") -> bytes:
        data = super().body(path, base)
        if "html" not in self.content_type(path):
            return data
        return scramble(data, self.name.encode(), self.mode)


def scrambled(family: Family, mode: str) -> ScrambledFamily:
    return ScrambledFamily(family.name, family.folder, family.manifest, mode)


def cells(rows: dict[str, Row], modes: tuple[str, ...] = MODES) -> list[str]:
    """One table row's cells, each ``orig · names · tags`` (``modes``) for our extractor."""
    def each(fmt) -> str:
        return " · ".join(fmt(rows[m]) for m in modes)
    first = rows[modes[0]]
    n, others = first.articles, first.others
    return [first.name,
            each(lambda r: f"{r.ours.kept}") + f" /{n}",
            each(lambda r: f"{r.ours.refused}") + f" /{others}",
            each(lambda r: f"{r.ours.mean(0):.3f}"),
            each(lambda r: f"{r.ours.mean(1):.3f}"),
            each(lambda r: f"{r.ours.titles}"),
            each(lambda r: f"{r.ours.dates}"),
            each(lambda r: f"{r.ours.authors}"),
            each(lambda r: f"{r.ours.leaked}") + f" /{first.snippets}",
            each(lambda r: f"{r.plain.mean(2):.3f}")]


def table(rows: list[dict[str, Row]], modes: tuple[str, ...] = MODES) -> str:
    lines = ["| family | articles kept | non-articles refused | body P | body R | titles | dates exact | authors "
             "| snippets leaked | trafilatura F1 |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    lines += ["| " + " | ".join(cells(r, modes)) + " |" for r in rows]
    return "\n".join(lines)


def score_root(root: Path, only: list[str], modes: tuple[str, ...] = MODES,
               rewritten: Callable[[Family, str], Family] = scrambled) -> list[dict[str, Row]]:
    """Per family of ``root`` (``only`` these when given), its row in each mode, and the total."""
    found = [f for f in families(root) if not only or f.name in only]
    rows = [{mode: run(rewritten(f, mode)) for mode in modes} for f in found]
    if len(rows) > 1:
        rows.append({mode: total([r[mode] for r in rows]) for mode in modes})
    return rows


def tables(roots: list[Path], only: list[str], modes: tuple[str, ...] = MODES,
           rewritten: Callable[[Family, str], Family] = scrambled) -> list[str]:
    """Per root, its table (a line naming the root, then the table)."""
    parts = []
    for root in roots:
        rows = score_root(root, only, modes, rewritten)
        if not rows:
            print(f"no families under {root}", file=sys.stderr)
            continue
        where = root.resolve().relative_to(ROOT) if root.resolve().is_relative_to(ROOT) else root
        parts.append(f"`{where}`:\n\n{table(rows, modes)}\n")
    return parts


def emit(body: str, out: Path | None) -> int:
    """Print the section ``body``, or write it into ``out`` (docs/benchmarks.md) and show it."""
    if not out:
        print(body)
        return 0
    publish(out, body)
    print(f"wrote {out}", file=sys.stderr)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--root", type=Path, action="append",
                        help="a folder of families (repeatable; default tests/sites and benchmarks/holdout)")
    parser.add_argument("--family", action="append", default=[], help="only this family (repeatable)")
    parser.add_argument("--out", type=Path, help="write the tables as a section of this file (docs/benchmarks.md)")
    parser.add_argument("--label", default="", help="added to the section's heading")
    args = parser.parse_args()
    logging.disable(logging.WARNING)   # trafilatura logs every page it discards
    parts = tables(args.root or [SITES, ROOT / "benchmarks" / "holdout"], args.family)
    label = f" ({args.label})" if args.label else ""
    body = (f"## Without class names{label}\n\n"
            f"Measured with `uv run python benchmarks/scramble.py` ({machine()}). Each cell of ours is "
            f"orig · names · tags: the pages as served, every class and id token made opaque, and also "
            f"the HTML5 sectioning tags made `div`/`span` (see the script's docstring). The last column is "
            f"plain trafilatura's body F1 the same three ways. The run before the fixes, how to run it, and "
            f"what each loss was and what replaced the name follow in the next section.\n\n" + "\n".join(parts))
    return emit(body, args.out)


if __name__ == "__main__":
    raise SystemExit(main())
