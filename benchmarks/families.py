"""Score ``crawler.extract`` and plain trafilatura on the CMS-family fixture sites, side by side.

    uv run python benchmarks/families.py [--root tests/sites] [--root benchmarks/holdout]
        [--out docs/benchmarks.md] [--label TEXT]

Each family (``tests/cms_sites.py``, ``docs/families.md``) gives expected fields
and text for its articles and a list of pages that are not articles. Per family:
articles judged articles, non-articles judged non-articles, mean body
precision/recall/F1 (the metric of ``benchmarks/extraction.py``), titles,
dates and authors exactly right, and ``without`` snippets (box, sidebar,
comment text) that leaked into the text. Extraction only, no crawl.

Plain trafilatura has no article/non-article decision: a page counts as judged
an article when ``trafilatura.extract`` returns any text, which is what a
crawler built on it alone would store. Its title, date and author are
``trafilatura.extract_metadata``'s; its dates are day-only, so the table also
gives the dates right to the day for both.
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
from dataclasses import dataclass, field
from pathlib import Path

import trafilatura

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.extraction import score  # noqa: E402
from benchmarks.report import machine, publish  # noqa: E402
from crawler.extract import extract  # noqa: E402
from tests.cms_sites import SITES, Family, families  # noqa: E402


def _flat(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


@dataclass
class Side:
    """One extractor's results on one family."""

    kept: int = 0              # articles judged articles
    refused: int = 0           # non-articles judged non-articles
    scores: list[tuple[float, float, float]] = field(default_factory=list)
    titles: int = 0
    dates: int = 0
    days: int = 0
    authors: int = 0
    leaked: int = 0            # `without` snippets found in the text

    def mean(self, i: int) -> float:
        return statistics.fmean(s[i] for s in self.scores) if self.scores else 0.0


@dataclass
class Row:
    name: str
    articles: int
    others: int
    snippets: int
    ours: Side
    plain: Side


def run(family: Family) -> Row:
    ours, plain = Side(), Side()
    snippets = 0
    for key, want in family.articles.items():
        body, url, content_type = family.page(key)
        got = extract(body, url, content_type)
        text = trafilatura.extract(body, url=url) or ""
        meta = trafilatura.extract_metadata(body, default_url=url)
        results = ((ours, got.is_article, got.text, got.title, got.published, got.author),
                    (plain, bool(text), text, meta.title, meta.date, meta.author))
        for side, is_article, found, title, published, author in results:
            side.kept += is_article
            side.scores.append(score(found, want.text))
            side.titles += title == want.title
            side.dates += published == want.published
            side.days += (published or "")[:10] == (want.published or "")[:10]
            side.authors += author == want.author
            side.leaked += sum(_flat(s) in _flat(found) for s in want.without)
        snippets += len(want.without)
    for key in family.not_articles:
        body, url, content_type = family.page(key)
        ours.refused += not extract(body, url, content_type).is_article
        plain.refused += not trafilatura.extract(body, url=url)
    return Row(family.name, len(family.articles), len(family.not_articles), snippets, ours, plain)


def table(rows: list[Row]) -> str:
    """Each cell is ours / trafilatura."""
    lines = ["| family | articles kept | non-articles refused | body P / R / F1 (ours) | body P / R / F1 (trafilatura) "
             "| titles | dates exact | dates (day) | authors | snippets leaked |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        o, p, n = r.ours, r.plain, r.articles
        lines.append(
            f"| {r.name} | {o.kept}/{n} · {p.kept}/{n} | {o.refused}/{r.others} · {p.refused}/{r.others} "
            f"| {o.mean(0):.3f} / {o.mean(1):.3f} / {o.mean(2):.3f} "
            f"| {p.mean(0):.3f} / {p.mean(1):.3f} / {p.mean(2):.3f} "
            f"| {o.titles} · {p.titles} | {o.dates} · {p.dates} | {o.days} · {p.days} | {o.authors} · {p.authors} "
            f"| {o.leaked}/{r.snippets} · {p.leaked}/{r.snippets} |")
    return "\n".join(lines)


def total(rows: list[Row]) -> Row:
    """All families as one row: counts summed, body scores averaged over every article."""
    sides = []
    for pick in (lambda r: r.ours, lambda r: r.plain):
        side = Side()
        for r in rows:
            s = pick(r)
            for name in ("kept", "refused", "titles", "dates", "days", "authors", "leaked"):
                setattr(side, name, getattr(side, name) + getattr(s, name))
            side.scores.extend(s.scores)
        sides.append(side)
    return Row("**all**", sum(r.articles for r in rows), sum(r.others for r in rows),
               sum(r.snippets for r in rows), *sides)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, action="append",
                        help="a folder of families (repeatable; default tests/sites)")
    parser.add_argument("--out", type=Path, help="write the table as a section of this file (docs/benchmarks.md)")
    parser.add_argument("--label", default="", help="added to the section's heading, so that a run kept for "
                        "the record (\"before issue 12\") is not replaced by later runs")
    args = parser.parse_args()
    logging.disable(logging.WARNING)   # trafilatura logs every page it discards
    roots = args.root or [SITES]
    for root in roots:
        found = families(root)
        if not found:
            print(f"no families under {root}", file=sys.stderr)
            continue
        rows = [run(f) for f in found]
        where = root.resolve().relative_to(ROOT) if root.resolve().is_relative_to(ROOT) else root
        label = f" ({args.label})" if args.label else ""
        body = (f"## CMS families: {where}{label}\n\n"
                f"Measured with `uv run python benchmarks/families.py --root {where}` ({machine()}; "
                f"trafilatura {trafilatura.__version__}). Each cell is ours · plain trafilatura; body scores "
                f"are the mean per article of the metric in `benchmarks/extraction.py`. Plain trafilatura "
                f"counts as keeping a page when it returns any text. \"snippets leaked\" counts the `without` "
                f"snippets (boxes, sidebars, comments) found in the text.\n\n"
                f"{table([*rows, total(rows)])}\n")
        if args.out:
            publish(args.out, body)
            print(f"wrote {args.out}", file=sys.stderr)
        else:
            print(body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
