"""Whether a family's page is judged an article or not depending on the order its site's
pages were learned in.

For each family, its article and non-article pages are judged in ``--orders`` seeded random
orders, as a crawl with one worker judges them: each page with what the crawl knows of it
(``cms_sites.site_context``: its anchor, whether a list or a feed names it) and with what the
site's learner learned from the articles judged before it (``SiteLearner``: the template's
blocks, the titles, the menu). A page whose verdict differs between orders is printed with its
verdicts; the last line counts them. ``--recheck`` also judges again, at the end, the kept pages
the learned menu links (``Crawler._recheck_site_pages``).

    uv run python benchmarks/crawl_order.py [--root tests/sites] [--family NAME] [--orders 3] [--recheck]
"""

from __future__ import annotations

import argparse
import logging
import random
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crawler import archive, knowledge  # noqa: E402
from crawler.config import SiteRules  # noqa: E402
from crawler.page import analyse_page  # noqa: E402
from tests.cms_sites import SITES, Family, families, site_context  # noqa: E402


def verdicts(family: Family, order: list[str], folder: Path, recheck: bool = False) -> dict[str, bool]:
    """Each page of ``order`` judged in that order, with what was learned from the ones before;
    ``recheck``: then the kept pages the learned menu links judged again (``crawl``'s end of run)."""
    learner = knowledge.SiteLearner(archive.open_archive(folder / "archive.db"), family.name)
    found = {}
    for key in order:
        body, url, content_type = family.page(key)
        context = replace(site_context(family, key), knowledge=learner.knowledge())
        analysis = analyse_page(body, content_type, url, SiteRules(), True, context)
        article = analysis.article
        found[key] = bool(article and article.is_article)
        if article is not None and article.is_article and knowledge.teaches(article.text):
            learner.learn(analysis.blocks, article.title, analysis.menu, article.month_first, article.naive_utc)
    if recheck:   # the crawl's end of run: the menu's pages judged again with all it learned
        for key in [k for k, kept in found.items() if kept and learner.in_menu(family.page(k)[1])]:
            body, url, content_type = family.page(key)
            context = replace(site_context(family, key), knowledge=learner.knowledge(current=True))
            again = analyse_page(body, content_type, url, SiteRules(), True, context).article
            found[key] = bool(again and again.is_article)
    return found


def flips(family: Family, orders: int, seed: int = 0, recheck: bool = False) -> dict[str, list[bool]]:
    """The pages whose verdict differs between ``orders`` random orders of the family's pages."""
    pages = [*family.articles, *(k for k in family.not_articles if k in family.routes)]
    pages = [k for k in pages if "html" in family.content_type(k)]
    runs = []
    for n in range(orders):
        order = pages[:]
        random.Random(seed + n).shuffle(order)
        with tempfile.TemporaryDirectory() as folder:
            runs.append(verdicts(family, order, Path(folder), recheck))
    return {k: [run[k] for run in runs] for k in pages if len({run[k] for run in runs}) > 1}


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--root", type=Path, action="append",
                        help="a folder of families (repeatable; default tests/sites and benchmarks/holdout)")
    parser.add_argument("--family", action="append", default=[], help="only this family (repeatable)")
    parser.add_argument("--orders", type=int, default=3)
    parser.add_argument("--recheck", action="store_true",
                        help="judge the kept pages the learned menu links again at the end, as a crawl does")
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    total = pages = 0
    for root in args.root or [SITES, ROOT / "benchmarks" / "holdout"]:
        for family in families(root):
            if args.family and family.name not in args.family:
                continue
            flipped = flips(family, args.orders, recheck=args.recheck)
            pages += len(family.articles) + len(family.not_articles)
            total += len(flipped)
            for key, seen in flipped.items():
                kind = "article" if key in family.articles else "non-article"
                print(f"{family.name} {key} ({kind}): {' '.join('kept' if v else 'refused' for v in seen)}")
    print(f"{total} of {pages} pages flip with the order their site's pages are learned in")
    return 0


if __name__ == "__main__":
    sys.exit(main())
