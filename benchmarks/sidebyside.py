"""Another revision's extractor beside this checkout's: same output? how fast?

    uv run python benchmarks/sidebyside.py [--rev main] [--runs 0]

The other revision's ``crawler`` package is taken with ``git archive`` into a
temporary folder and imported under another name, so both run in one process
on the same bytes. First every page is extracted by both and the results are
compared field by field (``repr`` of the ``Article``: dropped boxes, date
order and how each field was found included), bare and, site by site, as a
crawl's worker does it (``page.analyse_page`` with the site's learned template
and titles: links, block fingerprints, SimHash). The pages: every dataset of
``../shared/benchmarks``, the Vietnamese pages of ``benchmarks/extraction.py``,
the crawl benchmark's generated pages, and every HTML page of ``tests/sites``
and ``benchmarks/holdout``. Exit status 1 when any result differs.

With ``--runs N`` it then times, page by page in CPU time, the other
revision's extractor, this one's and plain trafilatura on the same bytes, in
rotating order, and prints the median ratio to trafilatura of each per
dataset (N runs). Not part of the test run: timings belong here.
"""

from __future__ import annotations

import argparse
import importlib
import io
import logging
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections import Counter
from pathlib import Path
from types import ModuleType

import trafilatura

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.crawl import build_pages  # noqa: E402
from benchmarks.extraction import load_folder, vietnamese_pages  # noqa: E402

Pages = list[tuple[bytes, str]]   # raw bytes and URL


def other_revision(rev: str, folder: Path) -> str:
    """Unpack ``rev``'s ``crawler`` package into ``folder`` as a package of another name."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", rev, "crawler"],
                             check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    name = "crawler_" + rev.replace("-", "_").replace("/", "_").replace(".", "_")
    (folder / "crawler").rename(folder / name)
    sys.path.insert(0, str(folder))
    return name


def shared_benchmarks() -> Path:
    """``../shared/benchmarks`` beside the repository's main checkout (also from a worktree)."""
    common = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--path-format=absolute", "--git-common-dir"],
                            capture_output=True, text=True).stdout.strip()
    main_root = Path(common).parent if common else ROOT
    return main_root.parent / "shared" / "benchmarks"


def datasets(data: Path, crawl_pages: int) -> dict[str, Pages]:
    found: dict[str, Pages] = {}
    if data.is_dir():
        for folder in sorted(f for f in data.iterdir() if f.is_dir()):
            found[folder.name] = [(p.html, p.url or "") for p in load_folder(folder)]
    found["vietnamese"] = [(p.html, p.url or "") for p in vietnamese_pages()]
    found["crawl"] = [(body, f"http://127.0.0.1{path}") for path, body in build_pages(crawl_pages).items()]
    return found


def sites() -> dict[str, Pages]:
    """The fixture sites' HTML pages, by site (a folder of ``tests/sites`` or ``benchmarks/holdout``)."""
    found: dict[str, Pages] = {}
    for parent in (ROOT / "tests" / "sites", ROOT / "benchmarks" / "holdout"):
        for page in sorted(parent.rglob("*.html")):
            site = page.relative_to(parent).parts[0]
            url = "http://127.0.0.1/" + "/".join(page.relative_to(parent / site).parts)
            found.setdefault(f"{parent.name}/{site}", []).append((page.read_bytes(), url))
    return found


def bare(pkg: ModuleType, pages: Pages) -> list[str]:
    return [repr(pkg.extract.extract(body, url)) for body, url in pages]


def as_worker(root: str, pages: Pages) -> list[str]:
    """``analyse_page`` on every page with what a crawl would have learned of the site."""
    page = importlib.import_module(f"{root}.page")
    boxes = importlib.import_module(f"{root}.extract.boxes")
    detect = importlib.import_module(f"{root}.extract.detect")
    knowledge = importlib.import_module(f"{root}.knowledge")
    rules = importlib.import_module(f"{root}.config").SiteRules()
    counts: Counter = Counter()
    titles = []
    for body, url in pages:
        tree = page.parse_html(body, None)
        if tree is not None:
            counts.update(boxes.block_hashes(tree))
        article = page.extract(body, url)
        if article.is_article and article.title:
            titles.append(article.title)
    learned = boxes.SiteKnowledge.of([h for h, n in counts.items() if n >= knowledge.TEMPLATE_PAGES],
                                     [boxes.title_hash(t) for t in titles])
    context = detect.PageContext(knowledge=learned)
    return [repr(page.analyse_page(body, None, url, rules, True, context)) for body, url in pages]


def compare(name: str, ours: list[str], theirs: list[str], pages: Pages) -> int:
    differ = [url for (_, url), a, b in zip(pages, ours, theirs, strict=True) if a != b]
    for url in differ[:5]:
        print(f"  differs: {name} {url}", file=sys.stderr)
    return len(differ)


def timings(mine: ModuleType, other: ModuleType, found: dict[str, Pages]) -> dict[str, tuple[float, float]]:
    """Median ratio to trafilatura per dataset: (other revision, this checkout)."""
    result = {}
    for name, pages in found.items():
        if name == "crawl":
            pages = [(b, u) for b, u in pages if "/bai-" in u]
        cpu: dict[str, list[float]] = {"other": [], "mine": [], "plain": []}
        runners = [("other", lambda b, u: other.extract.extract(b, u)),
                   ("mine", lambda b, u: mine.extract.extract(b, u)),
                   ("plain", lambda b, u: trafilatura.extract(b, url=u))]
        for i, (body, url) in enumerate(pages):
            for key, run in runners[i % 3:] + runners[:i % 3]:
                start = time.process_time()
                run(body, url)
                cpu[key].append(time.process_time() - start)
        plain = statistics.median(cpu["plain"])
        result[name] = (statistics.median(cpu["other"]) / plain, statistics.median(cpu["mine"]) / plain)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rev", default="main")
    parser.add_argument("--data", type=Path, default=shared_benchmarks())
    parser.add_argument("--crawl-pages", type=int, default=300)
    parser.add_argument("--runs", type=int, default=0, help="timing runs after the comparison")
    parser.add_argument("--no-compare", action="store_true")
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    with tempfile.TemporaryDirectory() as tmp:
        name = other_revision(args.rev, Path(tmp))
        other = importlib.import_module(name)
        importlib.import_module(f"{name}.extract")
        importlib.import_module(f"{name}.page")
        import crawler.extract
        import crawler.page  # noqa: F401
        mine = sys.modules["crawler"]
        found = datasets(args.data, args.crawl_pages)
        differ = 0
        if not args.no_compare:
            for set_name, pages in found.items():
                differ += compare(set_name, bare(mine, pages), bare(other, pages), pages)
            for site, pages in {"crawl": found["crawl"], **sites()}.items():
                differ += compare(f"worker {site}", as_worker("crawler", pages), as_worker(name, pages), pages)
            total = sum(map(len, found.values())) + sum(map(len, sites().values()))
            print(f"{differ} results differ from {args.rev}'s ({total} pages, bare and as a worker)",
                  file=sys.stderr)
        for run in range(args.runs):
            for set_name, (theirs, ours) in timings(mine, other, found).items():
                print(f"run {run + 1}: {set_name}: {args.rev} {theirs:.2f}×, this {ours:.2f}× trafilatura",
                      file=sys.stderr)
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
