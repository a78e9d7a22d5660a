"""What the crawl learns about each site, kept in the archive for later runs and reextract.

A site's template (sidebars, widgets, footers, menus) is what repeats on
many of its article pages. Each new article's leaf blocks are fingerprinted
in the extraction worker (``boxes.block_hashes``: where a block sits and
what it says); a fingerprint seen on ``TEMPLATE_PAGES`` distinct article
pages is template, and extraction drops it from every later page of the
site. Counts live in ``site_blocks`` (schema version 6): the template rows,
plus the ``MAX_CANDIDATES`` most recently seen rarer ones per site, so the
table stays small. The titles of a site's newest archived articles go to
extraction too: a line that is another article's title is a teaser. So does
the order the site writes numeric dates in (day or month first), counted over
its article pages, for pages whose own dates do not tell.

The template's links are counted the same way, beside its blocks: a link with
a menu-like anchor text (``detect.menu_links``) seen on ``TEMPLATE_PAGES``
article pages is the site's menu or footer, and the page it leads to is one
of the site's own pages, not news (``detect.judge``). Such pages are often
fetched before the template is known (the home page links to them first):
the crawl judges the ones it stored again at the end of its run
(``SiteLearner.in_menu``).

Twins of an article (print, AMP, mobile, ``/node/N`` views) are found here
too: same site, same title, nearly the same text (SimHash).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from urllib.parse import parse_qsl, urlsplit

from sqlite_utils import Database

from .archive import now_iso
from .extract import Article
from .extract.boxes import SiteKnowledge, title_hash
from .extract.detect import MIN_ARTICLE_CHARS, menu_hashes, menu_link_hash
from .neardup import TWIN_BITS, near, simhash

TEMPLATE_PAGES = 3        # distinct article pages a block must be seen on to be template
MAX_CANDIDATES = 20_000   # fingerprints seen fewer times, kept per site (newest first)
MAX_TITLES = 5_000        # newest article titles of a site handed to extraction
TWIN_LINES = 0.8          # twins share this much of the shorter text's lines (or are TWIN_BITS near)
REFRESH_TITLES = 50       # new titles before the knowledge handed out is rebuilt
# The knowledge handed out is rebuilt at once when the template grows by this share of
# itself (a young template: every block), else with the titles: a site's sidebar teasers
# join the template a few a page for a whole run, and packing it again for every page
# (with the workers unpacking it again) cost about 0.5 ms a page in the crawling process.
TEMPLATE_GROWTH = 1 / 16
# Rows of site_blocks that count a site's article pages writing numeric dates month first and
# day first (``Article.month_first``), under two hashes no block fingerprint takes in practice.
MONTH_FIRST, DAY_FIRST = -(2 ** 63), -(2 ** 63) + 1
# And its pages whose zone-less metadata time another source proved UTC's or Vietnam's clock
# (``Article.naive_utc``).
NAIVE_UTC, NAIVE_LOCAL = -(2 ** 63) + 2, -(2 ** 63) + 3
MAX_STATES = 50           # stored articles compared with a state URL or a dateless rendering
LINES_BITS = 3 * TWIN_BITS   # of those, the ones whose lines are compared (read) at all


# Only a page of an article's length teaches the learner its blocks and title. A shorter one (a
# brief kept on its list's word, a typed stub) may be a truncated capture, whose first paragraph,
# learned as a lead, cut that paragraph from the whole article it was cut from.
LEARN_CHARS = MIN_ARTICLE_CHARS


def teaches(text: str) -> bool:
    """Whether an archived page's text is long enough to learn from (``LEARN_CHARS``)."""
    return len(text) >= LEARN_CHARS


class SiteLearner:
    """One site's knowledge during a run: loaded from the archive, grown by each new article."""

    def __init__(self, db: Database, site: str) -> None:
        self.site = site
        # Fingerprint -> distinct article pages it was seen on; the dict's order is how
        # recently each was seen (oldest first), so rare ones are forgotten oldest first.
        self.pages: dict[int, int] = dict(db.execute(
            "SELECT hash, pages FROM site_blocks WHERE site = ? ORDER BY seen_at", [site]).fetchall())
        self.template = {h for h, n in self.pages.items() if n >= TEMPLATE_PAGES and h not in _ORDERS}
        # Title hashes, oldest first: the newest MAX_TITLES, also while a long run adds more.
        self.titles: dict[int, None] = dict.fromkeys(reversed([title_hash(t) for (t,) in db.execute(
            "SELECT title FROM articles WHERE site = ? AND title IS NOT NULL ORDER BY id DESC LIMIT ?",
            [site, MAX_TITLES])]))
        self.seen: set[int] = set()      # fingerprints counted in this run (to be saved)
        self._knowledge: SiteKnowledge | None = None
        self._new_titles = 0
        self._new_template = 0           # template fingerprints not yet in the knowledge handed out

    def knowledge(self, current: bool = False) -> SiteKnowledge:
        """The knowledge handed to extraction; ``current``: with every template block learned
        so far (the site's pages judged again at its end, chosen by ``in_menu``)."""
        if self._knowledge is None or (current and self._new_template) \
                or self._new_template > TEMPLATE_GROWTH * (len(self.template) - self._new_template):
            self._knowledge = replace(SiteKnowledge.of(self.template, self.titles), month_first=self.month_first(),
                                      naive_utc=self.naive_utc())
            self._new_titles = self._new_template = 0
        return self._knowledge

    def month_first(self) -> bool | None:
        """Whether the site writes numeric dates month first, by the most of its pages that
        tell (None while fewer than two do)."""
        month, day = self.pages.get(MONTH_FIRST, 0), self.pages.get(DAY_FIRST, 0)
        return None if month + day < 2 or month == day else month > day

    def naive_utc(self) -> bool | None:
        """Whether the site's zone-less metadata times are UTC's, by the most of its pages that
        tell (None while none does, or as many say each)."""
        utc, local = self.pages.get(NAIVE_UTC, 0), self.pages.get(NAIVE_LOCAL, 0)
        return None if utc == local else utc > local

    def learn(self, hashes: Iterable[int], title: str | None, menu: Iterable[str] = (),
              month_first: bool | None = None, naive_utc: bool | None = None) -> None:
        """Count one new article page's block fingerprints, its menu-like links
        (``detect.menu_links``), its title, its date order and its metadata time's clock."""
        for told, key, reading in ((month_first, MONTH_FIRST if month_first else DAY_FIRST, self.month_first),
                                   (naive_utc, NAIVE_UTC if naive_utc else NAIVE_LOCAL, self.naive_utc)):
            if told is None:
                continue
            before = reading()
            self.pages[key] = self.pages.get(key, 0) + 1
            self.seen.add(key)
            if reading() != before:
                self._knowledge = None
        for h in {*hashes, *(menu_link_hash(url) for url in menu)}:
            count = self.pages.pop(h, 0) + 1
            self.pages[h] = count        # last in the dict's order: the most recently seen
            self.seen.add(h)
            if count == TEMPLATE_PAGES and h not in _ORDERS:
                self.template.add(h)
                self._new_template += 1
        if len(self.pages) - len(self.template) > 2 * MAX_CANDIDATES:
            self._forget_rare()
        if title:
            key = title_hash(title)
            self.titles.pop(key, None)
            self.titles[key] = None
            if len(self.titles) > MAX_TITLES:
                del self.titles[next(iter(self.titles))]
            self._new_titles += 1
            if self._new_titles >= REFRESH_TITLES:
                self._knowledge = None

    def _forget_rare(self) -> None:
        """Keep the MAX_CANDIDATES most recently seen rare fingerprints, as ``save`` keeps
        in the archive: a long run's counts stay as bounded in memory as between runs."""
        excess = len(self.pages) - len(self.template) - MAX_CANDIDATES
        for h in [h for h, n in self.pages.items() if n < TEMPLATE_PAGES and h not in _ORDERS][:excess]:
            del self.pages[h]
            self.seen.discard(h)

    def save(self, db: Database) -> None:
        """Write this run's counts (inside the caller's transaction) and prune rare fingerprints."""
        if not self.seen:
            return
        at = now_iso()
        db.conn.executemany(
            "INSERT INTO site_blocks (site, hash, pages, seen_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(site, hash) DO UPDATE SET pages = excluded.pages, seen_at = excluded.seen_at",
            [(self.site, h, self.pages[h], at) for h in self.seen])
        db.execute(
            f"DELETE FROM site_blocks WHERE site = ? AND pages < ? AND hash NOT IN ({', '.join('?' * len(_ORDERS))})"
            " AND hash NOT IN"
            " (SELECT hash FROM site_blocks WHERE site = ? AND pages < ? ORDER BY seen_at DESC LIMIT ?)",
            [self.site, TEMPLATE_PAGES, *sorted(_ORDERS), self.site, TEMPLATE_PAGES, MAX_CANDIDATES])
        self.seen.clear()

    def in_menu(self, *urls: str) -> bool:
        """Whether the site's template links to the page at ``urls`` (its URL, its mirrors on
        the site's other hosts) with a menu-like anchor text (``detect.menu_hashes``)."""
        return any(h in self.template for h in menu_hashes(*urls))


def learn_from(db: Database, site: str, pages: Iterable[Iterable[int]]) -> SiteLearner:
    """A learner for ``site`` that has also counted ``pages`` (block fingerprint sets of
    distinct article pages, as reextract reads them from the raw captures)."""
    learner = SiteLearner(db, site)
    fresh: Counter = Counter()
    for hashes in pages:
        fresh.update(hashes)
    for h, n in fresh.items():
        if n > learner.pages.get(h, 0):
            learner.pages[h] = n
            learner.seen.add(h)
            if n >= TEMPLATE_PAGES and h not in _ORDERS:
                learner.template.add(h)
    return learner


_ORDERS = frozenset({MONTH_FIRST, DAY_FIRST, NAIVE_UTC, NAIVE_LOCAL})   # counts, no fingerprints


# -- twins --------------------------------------------------------------------

_TWIN_SEGMENTS = {"amp", "m", "mobile", "print", "in", "ban-in", "printer", "printable"}
# presentationtemplate: WebSphere WCM's connect servlet renders a content item with another template.
_TWIN_QUERY = {"amp", "print", "m", "mobile", "outputtype", "printable", "view", "layout", "tmpl",
               "presentationtemplate"}
_TWIN_VALUES = {"print", "pop_up", "popup", "printable", "amp", "mobile", "component"}
_PRINT_SCRIPTS = {"print", "printer", "printable", "ban-in", "inbai", "printview"}
_NODE_PATH = re.compile(r"/node/\d+/?$")
# A SQL test that every URL ``twin_rank`` ranks above 0 passes (LIKE ignores ASCII case, as
# the rank does): a host or path segment of _TWIN_SEGMENTS follows a "/" ("//m.", "/print"),
# an AMP file name holds "amp", a rendering's query a "?", a /node/N path "/node/".
_RENDERING_PARTS = {*(f"/{segment}" for segment in _TWIN_SEGMENTS), "//amp.", "amp", "?", "/node/"}
_MAYBE_RENDERING = " OR ".join(f"url LIKE '%{part}%'" for part in sorted(_RENDERING_PARTS)
                               if not any(other in part for other in _RENDERING_PARTS - {part}))


@lru_cache(maxsize=16384)
def twin_rank(url: str) -> int:
    """How much a URL looks like a rendering of another page (print, AMP, mobile, /node/N):
    the lower, the better the URL to keep an article under.

    Cached: ``find_twin`` ranks every stored article of a site in a five-day window, for
    each new article."""
    parts = urlsplit(url)
    host = (parts.hostname or "").split(".")
    rank = int(host[0] in ("m", "amp", "mobile"))
    segments = [s.lower() for s in parts.path.split("/") if s]
    rank += sum(s in _TWIN_SEGMENTS for s in segments)
    # A print view served by a script of its own: "/Print.aspx?ID=101", "/print.php?id=5".
    rank += int(bool(segments) and segments[-1].rpartition(".")[0] in _PRINT_SCRIPTS)
    rank += int(bool(segments) and bool(re.search(r"[.-]amp(\.html?)?$", segments[-1])))
    rank += sum(k.lower() in _TWIN_QUERY or v.lower() in _TWIN_VALUES
                for k, v in parse_qsl(parts.query, keep_blank_values=True))
    rank += int(bool(_NODE_PATH.search(parts.path)))
    return rank


_YEAR_FOLDER = re.compile(r"/((?:19|20)\d\d)(?=/)")


def url_preference(url: str, published: str | None = None) -> tuple[int, int, int]:
    """How good a URL is to keep an article under, the lower the better: not a rendering
    (``twin_rank``), then the fewer query parameters (``?NewsID=1`` before the
    ``?NewsID=1&CatID=3`` that the site's lists link), then filed under a year's folder
    ("/tintuc/2025/tt_280325.htm", where the site keeps its stories by year, before the same
    page copied to "/thongbao/tb_280325.htm" for a notice board), so that the URL an article is
    kept under does not depend on which of its spellings the crawl met first. With the article's
    ``published`` date, its own year's folder only: a category's number that reads as a year
    ("/c/2019/…" over a story of 2024) files no story by its year."""
    parts = urlsplit(url)
    year = published[:4] if published and published[:4].isdigit() else None
    return (twin_rank(url), len(parse_qsl(parts.query, keep_blank_values=True)),
            int(not any(year in (None, found.group(1)) for found in _YEAR_FOLDER.finditer(parts.path))))


def find_twin(db: Database, site: str, url: str, article: Article,
              text_simhash: int | None = None) -> tuple[int, str] | None:
    """(id, url) of a stored article of ``site`` that this one is another view of: the same
    title and nearly the same text (its lines, or its SimHash), under another URL; or nearly
    the same text under the same path with another query string (a portal's state URLs).

    ``text_simhash`` is the article's SimHash when the caller has it (the crawl's workers
    compute it); stored articles are compared by their ``simhash`` column."""
    if not article.title or not article.text:
        return None
    story = _Story(article.text, text_simhash if text_simhash is not None else simhash(article.text))
    day = _day(article.published)
    if day is not None:
        # Two index searches, in the (site, published) index's order as before: with an OR,
        # SQLite read every article of the site for each new one.
        rows = db.execute(
            "SELECT id, url, text, simhash FROM (SELECT published AS p, rowid AS r, id, url, text, simhash"
            " FROM articles WHERE site = ? AND title = ? AND published IS NULL UNION ALL"
            " SELECT published, rowid, id, url, text, simhash FROM articles WHERE site = ? AND title = ? AND"
            " published >= ? AND published < ?) ORDER BY p, r",
            [site, article.title, site, article.title, (day - timedelta(days=2)).isoformat(),
             (day + timedelta(days=3)).isoformat()])
    else:
        rows = db.execute("SELECT id, url, text, simhash FROM articles WHERE site = ? AND title = ?",
                          [site, article.title])
    for article_id, other_url, other_text, other_simhash in rows.fetchall():
        if other_url != url and story.same_as(other_text or "", other_simhash):
            return article_id, other_url
    # Portal state URLs: the same page under other query parameters (a portlet's state, a
    # print mode) may read its headline otherwise and print no date.
    path = url.split("?", 1)[0]
    same_path = db.execute(
        "SELECT id, url, simhash FROM articles WHERE site = ? AND (url = ? OR (url > ? AND url < ?)) LIMIT ?",
        [site, path, path + "?", path + "@", MAX_STATES]).fetchall()
    found = _view_of(db, story, url, same_path, LINES_BITS)
    if found:
        return found
    if day is None:
        if twin_rank(url) == 0:
            return None
        # A rendering without a date (a print template) whose headline reads differently:
        # nearly the same text as one of the site's newest articles.
        newest = db.execute("SELECT id, url, simhash FROM articles WHERE site = ? ORDER BY id DESC LIMIT ?",
                            [site, MAX_STATES]).fetchall()
        return _view_of(db, story, url, newest, LINES_BITS)
    # A view whose headline reads differently (a print pop-up without the portal's banner):
    # nearly the same text in the same days, or undated (a print view stored before the
    # story it renders), one of the two URLs shaped like a rendering.
    rendering = twin_rank(url) > 0
    # For a URL that is no rendering only stored renderings count: SQLite skips the URLs
    # that cannot be one (most of a busy site's days) before Python sees them.
    maybe = "" if rendering else f" AND ({_MAYBE_RENDERING})"
    views = db.execute(
        f"SELECT id, url, simhash FROM articles WHERE published >= ? AND published < ? AND site = ?{maybe}",
        [(day - timedelta(days=2)).isoformat(), (day + timedelta(days=3)).isoformat(), site]).fetchall()
    views += db.execute(f"SELECT id, url, simhash FROM articles WHERE site = ? AND published IS NULL{maybe}"
                        " ORDER BY id DESC LIMIT ?", [site, MAX_STATES]).fetchall()
    return _view_of(db, story, url, [v for v in views if rendering or twin_rank(v[1])])


def _view_of(db: Database, story: _Story, url: str, rows: list, lines_bits: int | None = None
             ) -> tuple[int, str] | None:
    """The first of ``rows`` (id, url, simhash of stored articles) that is nearly ``story``:
    SimHashes a few bits apart, or most lines shared (their text is read only for SimHashes
    within ``lines_bits``, when given)."""
    for article_id, other_url, other_simhash in rows:
        if other_url == url:
            continue
        if story.near(other_simhash):
            return article_id, other_url
        if lines_bits is not None and not near(story.simhash, other_simhash, lines_bits):
            continue
        other_text = db.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()[0]
        if story.shares_lines(other_text or ""):
            return article_id, other_url
    return None


class _Story:
    """One article's text, split and hashed once, compared with stored ones: nearly the same
    story when most lines are shared (one view may lack a notice, a caption, a byline line)
    or the SimHashes are a few bits apart."""

    def __init__(self, text: str, text_simhash: int | None) -> None:
        self.lines = set(text.splitlines())
        self.simhash = text_simhash

    def near(self, other_simhash: int | None) -> bool:
        return near(self.simhash, other_simhash, TWIN_BITS)

    def shares_lines(self, other_text: str) -> bool:
        other = set(other_text.splitlines())
        return bool(self.lines and other) and \
            len(self.lines & other) >= TWIN_LINES * min(len(self.lines), len(other))

    def same_as(self, other_text: str, other_simhash: int | None) -> bool:
        return self.shares_lines(other_text) or self.near(other_simhash)


def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def move_article(db: Database, article_id: int, old_url: str, new_url: str) -> None:
    """Keep a stored article under a better URL of it (its raw capture follows)."""
    db.execute("UPDATE articles SET url = ? WHERE id = ?", [new_url, article_id])
    db.execute("DELETE FROM raw_pages WHERE url = ?", [new_url])
    db.execute("UPDATE raw_pages SET url = ? WHERE url = ?", [new_url, old_url])
