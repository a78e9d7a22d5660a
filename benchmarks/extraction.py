"""Score ``crawler.extract`` and plain ``trafilatura.extract`` side by side.

    uv run python benchmarks/extraction.py [--data ../shared/benchmarks] [--out docs/benchmarks.md]

Datasets: every folder of ``--data`` (``page.html.gz``, ``truth.txt``,
``meta.json``; the metric is the one its README prescribes) plus our
Vietnamese pages: the golden pages in ``tests/golden`` and the sample site's
articles. Both extractors get the same raw bytes and URL, one page after the
other, so the times compare on the same machine state; times are CPU time
(``time.process_time``), which other work on the machine's cores disturbs less
than wall time. The last column counts the pages given a date and an author
(and, where the truth is known, the right ones). Not part of the test run: timings belong here, never in tests.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import re
import statistics
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import trafilatura

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.report import machine, replace_section  # noqa: E402
from crawler.extract import extract  # noqa: E402
from crawler.sample_site import STORIES, render_daily  # noqa: E402

_TOKEN = re.compile(r"[^\W_]+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def tokens(text: str) -> Counter:
    """The benchmark README's tokens: NFC, lower case, word runs; CJK/kana/hangul one per character."""
    found: Counter = Counter()
    for word in _TOKEN.findall(unicodedata.normalize("NFC", text or "").lower()):
        if _CJK.search(word):
            found.update(_CJK.sub(lambda m: f" {m.group()} ", word).split())
        else:
            found[word] += 1
    return found


def score(output: str, truth: str) -> tuple[float, float, float]:
    out, ref = tokens(output), tokens(truth)
    if not out:
        return 0.0, 0.0, 0.0
    inter = sum((out & ref).values())
    precision, recall = inter / sum(out.values()), inter / max(1, sum(ref.values()))
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


@dataclass
class Page:
    html: bytes
    url: str | None
    truth: str
    with_: list[str] = field(default_factory=list)
    without: list[str] = field(default_factory=list)
    # The article's date and author where the dataset knows them ("" when it does not).
    published: str | None = ""
    author: str | None = ""


def load_folder(folder: Path) -> list[Page]:
    pages = []
    for page in sorted(p for p in folder.iterdir() if p.is_dir()):
        meta = json.loads((page / "meta.json").read_text(encoding="utf-8"))
        pages.append(Page(gzip.decompress((page / "page.html.gz").read_bytes()), meta.get("url"),
                          (page / "truth.txt").read_text(encoding="utf-8"),
                          meta.get("with") or [], meta.get("without") or []))
    return pages


def vietnamese_pages() -> list[Page]:
    """Golden pages (expected JSON) and the sample daily's articles, with every related box."""
    pages = []
    for expected in sorted((ROOT / "tests" / "golden").glob("*.json")):
        data = json.loads(expected.read_text(encoding="utf-8"))
        pages.append(Page(expected.with_suffix(".html").read_bytes(), data["url"], "\n".join(data["text"]),
                          published=data.get("published"), author=data.get("author")))
    for story in STORIES:
        others = [s for s in STORIES if s is not story]
        html = render_daily(story, "Báo Lạng Sơn", others[:2], list(STORIES[:3]), lambda s: f"/{s.slug}.html")
        truth = "\n".join([story.sapo, *([story.caption] if story.caption else []), *story.paragraphs])
        pages.append(Page(html.encode("utf-8"), f"http://127.0.0.1/{story.slug}.html", truth,
                          published=story.iso, author=story.author))
    return pages


@dataclass
class Row:
    name: str
    pages: int
    ours: tuple[float, float, float]
    plain: tuple[float, float, float]
    ours_ms: float
    plain_ms: float
    snippets: str
    fields: str


def run(name: str, pages: list[Page]) -> Row:
    ours, plain, t_ours, t_plain = [], [], [], []
    found = absent = wanted = unwanted = 0
    plain_found = plain_absent = 0
    dates = authors = known = right_dates = right_authors = 0
    for page in pages:
        start = time.process_time()
        article = extract(page.html, page.url)
        t_ours.append(time.process_time() - start)
        text = article.text
        dates, authors = dates + bool(article.published), authors + bool(article.author)
        if page.published != "":
            known += 1
            right_dates += article.published == page.published
            right_authors += article.author == page.author
        start = time.process_time()
        reference = trafilatura.extract(page.html, url=page.url) or ""
        t_plain.append(time.process_time() - start)
        ours.append(score(text, page.truth))
        plain.append(score(reference, page.truth))
        for out, counts in ((text, "ours"), (reference, "plain")):
            flat = _norm(out)
            hit = sum(_norm(s) in flat for s in page.with_)
            miss = sum(_norm(s) not in flat for s in page.without)
            if counts == "ours":
                found, absent = found + hit, absent + miss
            else:
                plain_found, plain_absent = plain_found + hit, plain_absent + miss
        wanted, unwanted = wanted + len(page.with_), unwanted + len(page.without)
    mean = lambda rows, i: statistics.fmean(r[i] for r in rows)  # noqa: E731
    snippets = "–"
    if wanted or unwanted:
        snippets = (f"with {found / max(1, wanted):.3f} vs {plain_found / max(1, wanted):.3f}; "
                    f"without {absent / max(1, unwanted):.3f} vs {plain_absent / max(1, unwanted):.3f}")
    fields = f"{dates} / {authors}"
    if known:
        fields += f" (right {right_dates} / {right_authors} of {known})"
    return Row(name, len(pages), (mean(ours, 0), mean(ours, 1), mean(ours, 2)),
               (mean(plain, 0), mean(plain, 1), mean(plain, 2)),
               statistics.median(t_ours) * 1000, statistics.median(t_plain) * 1000, snippets, fields)


def table(rows: list[Row]) -> str:
    lines = ["| dataset | pages | ours P / R / F1 | trafilatura P / R / F1 | ΔF1 | ours ms | trafilatura ms "
             "| time ratio | snippets (ours vs trafilatura) | dates / authors (ours) |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(
            f"| {r.name} | {r.pages} | {r.ours[0]:.3f} / {r.ours[1]:.3f} / {r.ours[2]:.3f} "
            f"| {r.plain[0]:.3f} / {r.plain[1]:.3f} / {r.plain[2]:.3f} | {r.ours[2] - r.plain[2]:+.3f} "
            f"| {r.ours_ms:.1f} | {r.plain_ms:.1f} | {r.ours_ms / r.plain_ms:.2f}× | {r.snippets} | {r.fields} |")
    return "\n".join(lines)


TIME_GOAL = 1.3   # issue 12: our median time within 1.3× of trafilatura's


def notes(rows: list[Row]) -> str:
    """The goals of issues 3 and 12 beside what this run measured."""
    lines = ["Goals: F1 never below plain trafilatura on any dataset; precision and recall ≥ 0.98 on the "
             f"Vietnamese pages; median time within {TIME_GOAL}× of trafilatura's."]
    for r in rows:
        missed = []
        if r.ours[2] < r.plain[2]:
            missed.append(f"F1 {r.ours[2]:.3f} < {r.plain[2]:.3f}")
        if r.name.startswith("vietnamese") and min(r.ours[:2]) < 0.98:
            missed.append(f"P/R {r.ours[0]:.3f}/{r.ours[1]:.3f} < 0.98")
        if r.ours_ms > TIME_GOAL * r.plain_ms:
            missed.append(f"time {r.ours_ms / r.plain_ms:.2f}× > {TIME_GOAL}×")
        lines.append(f"- {r.name}: " + ("all goals met" if not missed else "missed: " + "; ".join(missed)))
    if any(r.ours_ms > TIME_GOAL * r.plain_ms for r in rows):
        lines.append(
            "\nWhere the time goal is missed, the extra time is ours, not trafilatura's (which runs on the "
            "already-parsed, cleaned tree and takes less than on raw bytes): about ten Python-level walks "
            "of the tree (named elements, tags, boxes, body, chrome lines, paragraph masses, sapo, byline), "
            "each touching every element, plus the copy of the tree trafilatura makes. What would close it: "
            "one walk that records each element's text length, link text and role once for every rule, "
            "and running the cleaning rules from that record. The ratio also moves ±10% between runs "
            "on this machine, as the per-page medians of both extractors do, and more when other work "
            "loads its two cores; the nine Vietnamese pages take 3 to 6 ms each, so their median "
            "ratio is the noisiest.")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "benchmarks")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md")
    args = parser.parse_args()
    if not args.data.is_dir():   # a run without the public datasets would rewrite their rows away
        parser.error(f"no benchmark data at {args.data}: pass --data (the folder of ../shared/benchmarks)")
    logging.disable(logging.WARNING)   # trafilatura logs every page it discards
    datasets = [(f.name, load_folder(f)) for f in sorted(args.data.iterdir()) if f.is_dir()]
    datasets.append(("vietnamese (golden + sample daily)", vietnamese_pages()))
    rows = []
    for name, pages in datasets:
        rows.append(run(name, pages))
        print(table(rows[-1:]).splitlines()[-1], file=sys.stderr)
    body = (f"## Extraction\n\nMeasured with `uv run python benchmarks/extraction.py` "
            f"({machine()}; trafilatura {trafilatura.__version__}). Metric: bag-of-words precision/recall/F1 "
            f"per page as defined in `../shared/benchmarks/README.md`, macro mean per dataset; times are "
            f"the median CPU milliseconds per page, both extractors run on the same bytes one after the "
            f"other.\n\n"
            f"{table(rows)}\n\n{notes(rows)}\n")
    replace_section(args.out, "## Extraction", body)
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
