"""The work done on one fetched HTML page, in an extraction worker.

``analyse_page`` takes the page's bytes, its URL and the site's rules (and
what the crawl has learnt of the site: ``PageContext``) and returns a
``PageAnalysis``: the links to follow and, when an article was wanted, the
article with what the archive stores beside it. The crawl runs it in its
process pool, so the crawling process only stores; ``probe`` runs it in
line, and so reads a page exactly as a crawl would.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import re
import signal
import sys
import types
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

from . import archive, discover, memory
from .config import SiteRules
from .extract import Article, extract, parse_html
from .extract.boxes import block_hashes
from .extract.detect import PageContext, menu_links
from .urls import host_of

TRIM_EVERY = 50                  # pages between two malloc_trims in a worker (docs/benchmarks.md)
_trimmer = memory.Trimmer(TRIM_EVERY)   # this process's: a worker's pages, or probe's


@dataclass(frozen=True)
class PageAnalysis:
    """What a worker makes of one fetched HTML page."""

    links: discover.Discovered
    article: Article | None = None                  # None when extraction was not wanted
    extras: archive.ArticleExtras | None = None     # an article's SimHash and d-spellings
    raw_compressed: bytes | None = None             # the page as raw_pages keeps it, for an article
    blocks: frozenset[int] = frozenset()            # its blocks' fingerprints, for an article
    menu: tuple[str, ...] = ()                      # its menu links (detect.menu_links), for an article

    @property
    def simhash(self) -> int | None:
        """The SimHash of an article's text (None for a page that is not one, or a short text)."""
        return self.extras.simhash if self.extras is not None else None


def analyse_page(body: bytes, content_type: str | None, url: str, rules: SiteRules,
                 want_article: bool, context: PageContext | None = None,
                 max_links: int | None = None) -> PageAnalysis:
    """Links, the article (if wanted, with its SimHash and d-spellings) and, for an article,
    its raw page compressed for the archive and its blocks' fingerprints (for learning the
    site's template), of one HTML page.

    The page is parsed once: links and fingerprints are read first, then extraction
    reshapes the tree. Past ``max_links`` links (the crawl's cap per page) the links are only
    counted, and the menu is read among the first ``max_links``.
    """
    page_starts()
    tree = parse_html(body, content_type)
    found = discover.links_from_html(tree, url, max_links) if tree is not None else discover.Discovered()
    if not want_article:
        return PageAnalysis(found)
    blocks = block_hashes(tree) if tree is not None else frozenset()
    menu = menu_links(tree, url, max_links) if tree is not None else ()
    article = extract(tree if tree is not None else b"", url, rules=rules, context=context)
    if not article.is_article:
        return PageAnalysis(found, article)
    return PageAnalysis(found, article, archive.article_extras(article), archive.compress_raw(body), blocks,
                        menu)


def page_starts() -> None:
    """Count one more page in this process (a worker's, or probe's): every ``TRIM_EVERY``
    pages the heap's free pages go back to the system. Called before a page is parsed,
    when the pages before it are freed: the cheap moment."""
    _trimmer.tick()


def canonical_for(final: str, article: Article, hosts: frozenset[str]) -> str:
    """The page's own rel=canonical when it is trustworthy (on one of ``hosts``, not the
    home page), else the fetched URL: the URL an article is stored under."""
    canonical = article.canonical_url
    if not canonical or host_of(canonical) not in hosts:
        return final
    # Some CMSs point every page's canonical at the home page.
    if canonical.rstrip("/").count("/") <= 2 and final.rstrip("/").count("/") > 2:
        return final
    if _drops_item_id(final, canonical):
        return final
    return canonical


# A query parameter naming an item: a number of three digits or more, or any number under a
# name that says so ("?id=7", "?ItemID=12", "?NewsID=4521").
_ITEM_ID = re.compile(r"\d{3,}")
_ID_NAMES = frozenset({"id", "p", "itemid", "newsid", "articleid", "postid", "sid", "nid", "aid"})


def _drops_item_id(final: str, canonical: str) -> bool:
    """Whether ``canonical`` is the fetched page's address with the item's id cut off: the same
    path (or its end: Liferay drops "/web/guest" too) without the query parameter that picks the
    story ("/chinh-quyen/chi-tiet" for "…/chi-tiet?id=51248&_c=3"), which every story of the
    portlet shares. No item's address: the page is stored under its own."""
    got, named = urlsplit(final), urlsplit(canonical)
    path = named.path.rstrip("/")
    if not got.query or not path or not got.path.rstrip("/").endswith(path):
        return False
    kept = {value for _key, value in parse_qsl(named.query)}   # a section's id dropped ("&CatID=3") is no item's
    return any(value.isdigit() and (_ITEM_ID.fullmatch(value) or key.lower() in _ID_NAMES) and value not in kept
               and not re.search(rf"(?<!\d){value}(?!\d)", named.path) for key, value in parse_qsl(got.query))


def start_worker() -> None:
    """The extraction workers' initializer: glibc told to give freed memory back
    (``memory.tune``), and the worker bound to die with its parent. Here, not in
    ``crawl``, so that a worker imports only what it runs (``crawl`` brings httpx and
    the scheduler: about 12 MB a worker)."""
    memory.tune()
    die_with_parent()


def die_with_parent() -> None:
    """On Linux, this process dies with the process that spawned it."""
    if sys.platform != "linux":
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)      # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:                  # the parent was already gone
        os._exit(1)


class _WorkerProcess(multiprocessing.context.SpawnProcess):
    """A spawned process that does not import the script its parent runs.

    ``spawn`` makes a new process import the parent's ``__main__`` script again (as
    ``__mp_main__``), for functions defined there. A worker runs only this module, and a
    script that embeds the crawl (a benchmark, a user's) would cost each worker the
    script's imports: 0.5 s of CPU a worker for ``benchmarks/crawl.py``, as much again as
    the worker's own. (``python -m crawler`` is never imported again; the ``crawler``
    command's script would be.)"""

    def start(self) -> None:
        script = sys.modules.get("__main__")
        sys.modules["__main__"] = _NO_SCRIPT      # what the new process is told to import
        try:
            super().start()
        finally:
            if script is not None:
                sys.modules["__main__"] = script
            else:   # a host with no script module is left without one, not with the empty one
                sys.modules.pop("__main__", None)


class WorkerSpawn(multiprocessing.context.SpawnContext):
    """The extraction pool's way to start its workers: spawned, without the parent's script
    (``_WorkerProcess``). Here, not in ``crawl``: a new process unpickles its class, and so
    imports its module."""

    Process = _WorkerProcess


_NO_SCRIPT = types.ModuleType("__main__")
