"""What we ask of trafilatura, made cheaper, is what trafilatura would do: ``bodypath.first_container``
finds what its ``BODY_XPATH`` finds, ``core._trafilatura_options`` are the options its ``extract`` makes,
and readability is skipped (``readability_bound``) only where its text could not be taken."""

import os
import sys
from copy import copy
from pathlib import Path

import trafilatura.core
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree, html
from trafilatura.external import _prefer_readability, try_readability
from trafilatura.settings import Extractor
from trafilatura.utils import trim

from crawler.extract import bodypath, prunes, readability_bound
from crawler.extract.core import _trafilatura_options, extract, parse_html

ROOT = Path(__file__).resolve().parents[1]

# Pieces of the expressions' words and near misses, in either case, joined into attribute values.
_PIECES = ["post", "entry", "article", "art", "text", "content", "body", "-", "_", "__", " ", "main",
           "Main", "page", "Page", "story", "primary", "fulltext", "FullText", "Content", "Body",
           "articleBody", "ArticleContent", "container", "column", "single", "section", "theme",
           "blog", "field", "wpb", "postarea", "cell", "bodycopy", "inner", "wrapper", "x", "CM"]
# Whole values some of the expressions ask for exactly.
_WHOLE = ["post", "entry", "articleContent", "article", "story", "postarea", "art-postcontent", "text",
          "cell", "content", "main", "article x"]
_VALUES = st.one_of(st.none(), st.sampled_from(_WHOLE), st.lists(st.sampled_from(_PIECES), max_size=4).map("".join))
_ELEMENT = st.tuples(st.sampled_from(["div", "section", "article", "main", "span", "p"]),
                     _VALUES, _VALUES, st.sampled_from([None, "articleBody", "text"]),
                     st.sampled_from([None, "main", "article", "mainly", "navigation"]),
                     st.integers(min_value=0, max_value=3))


# Every page of tests/sites, and of each held-out family every sixth page in name order (its first
# among them): a family's pages share its templates, and all 11,000 of them took six of the suite's
# fifteen minutes. SHORTCUTS_ALL_PAGES=1 walks every held-out page.
_HOLDOUT_STRIDE = 1 if os.environ.get("SHORTCUTS_ALL_PAGES") else 6


def _fixture_pages(stride: int = _HOLDOUT_STRIDE) -> list[Path]:
    """Every page of ``tests/sites`` and every ``stride``-th page of each held-out family, its
    first included: a family's pages share its templates."""
    pages = sorted((ROOT / "tests" / "sites").rglob("*.html"))
    for family in sorted(p for p in (ROOT / "benchmarks" / "holdout").iterdir() if p.is_dir()):
        pages += sorted(family.rglob("*.html"))[::stride]
    return pages


def test_the_mirrored_expressions_are_the_installed_ones():
    # Else every page takes the slow, exact path: mirror the new expressions in bodypath.
    assert bodypath.digest() == bodypath.MIRRORED


def test_every_fixture_page():
    pages = _fixture_pages()
    assert len(pages) > 100
    for page in pages:
        tree = parse_html(page.read_bytes())
        assert tree is not None
        assert bodypath.first_container(tree) is bodypath.by_xpath(tree), page


def test_every_piece_alone():
    for tag in ("div", "section", "article", "main", "span"):
        for attribute in ("class", "id", "itemprop", "role"):
            for value in {*_WHOLE, *_PIECES, "mainly", "navigation", "articleBody"}:
                tree = html.document_fromstring("<html><body></body></html>")
                etree.SubElement(tree.body, tag, {attribute: value})
                assert bodypath.first_container(tree) is bodypath.by_xpath(tree), (tag, attribute, value)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ELEMENT, max_size=12))
def test_made_up_pages(elements):
    tree = _made_up_page(elements, ("class", "id", "itemprop", "role"))
    assert bodypath.first_container(tree) is bodypath.by_xpath(tree)


def _made_up_page(elements, names):
    """A page of ``elements`` (a tag, a value or None for each attribute of ``names``, how deep
    to go among the elements made before), in a <div> of the body."""
    root = etree.SubElement(html.document_fromstring("<html><body></body></html>").body, "div")
    parents = [root]
    for tag, *values, depth in elements:
        attrs = {k: v for k, v in zip(names, values, strict=True) if v is not None}
        parents.append(etree.SubElement(parents[min(depth, len(parents) - 1)], tag, attrs))
    return root.getroottree().getroot()


def test_trafilatura_options_are_the_ones_extract_makes(monkeypatch):
    made = []
    real = trafilatura.core.bare_extraction

    def bare_extraction(filecontent, **kwargs):
        made.append(kwargs["options"])
        return real(filecontent, **kwargs)

    monkeypatch.setattr(trafilatura.core, "bare_extraction", bare_extraction)
    page = html.document_fromstring("<html><body><article><p>" + "Một đoạn văn. " * 30 + "</p></article></body></html>")
    for url in (None, "http://127.0.0.1/bai-1.html", "http://127.0.0.1/tin/đường?q=1"):
        trafilatura.extract(page, url=url, include_comments=False, include_tables=True, include_images=False,
                            deduplicate=False, with_metadata=False)
        ours = _trafilatura_options(url)
        assert {k: getattr(ours, k) for k in Extractor.__slots__} == \
            {k: getattr(made[-1], k) for k in Extractor.__slots__}
        assert trafilatura.extract(page, options=ours) == trafilatura.extract(page, url=url, include_comments=False)


def test_the_mirrored_readability_turn_is_the_installed_one():
    # Else readability runs on every page: check the reasoning in readability_bound again.
    assert readability_bound.digest() == readability_bound.MIRRORED
    assert trafilatura.core.compare_extraction is readability_bound._compare_extraction


def test_readability_cannot_win_where_it_is_skipped(monkeypatch):
    skipped = []
    real = readability_bound.loses

    def loses(raw_tree, body, own, options):
        if not real(raw_tree, body, own, options):
            return False
        found = try_readability(copy(raw_tree))   # what readability would have read, read after all
        text = trim(html.tostring(found, method="text", encoding="utf-8").decode("utf-8"))
        assert len(text) <= len(trim(raw_tree.text_content()))
        assert not _prefer_readability(body, found, text, own, len(text), options)
        skipped.append(own)
        return True

    monkeypatch.setattr(readability_bound, "loses", loses)
    pages = _fixture_pages(3 * _HOLDOUT_STRIDE)   # each skip is read again by readability: the slowest walk
    for page in pages:
        extract(page.read_bytes(), "http://127.0.0.1/" + page.name)
    assert len(skipped) > 200


def test_readability_runs_outside_our_extraction_and_where_text_could_grow(monkeypatch):
    calls = []
    real = trafilatura.external.try_readability

    def try_readability(tree):
        calls.append(tree)
        return real(tree)

    monkeypatch.setattr(trafilatura.external, "try_readability", try_readability)
    story = "<p>" + "Một câu của bài viết, đủ dài để là một đoạn văn. " * 12 + "</p>"
    page = f"<html><body><article>{story * 3}</article></body></html>"
    trafilatura.extract(html.document_fromstring(page), options=_trafilatura_options(None))
    assert len(calls) == 1   # plain trafilatura, as written
    with readability_bound.ours():
        trafilatura.extract(html.document_fromstring(page), options=_trafilatura_options(None))
        assert len(calls) == 2 and len(calls[-1]) == 0   # an empty tree: the story is all the page
        grows = page.replace("</article>", "</article><xmp>a &lt; b</xmp>")
        trafilatura.extract(html.document_fromstring(grows), options=_trafilatura_options(None))
        assert len(calls) == 3 and len(calls[-1]) > 0


def test_trafilatura_asks_its_body_expressions_of_the_walk_inside_our_extraction():
    import trafilatura.main_extractor
    asked = trafilatura.main_extractor.BODY_XPATH
    assert [a.expression for a in asked] == list(bodypath.BODY_XPATH)
    pages = _fixture_pages()
    for page in pages:
        tree = parse_html(page.read_bytes())
        assert tree is not None
        expected = [next(iter(e(tree)), None) for e in bodypath.BODY_XPATH]
        with readability_bound.ours():
            assert [next(iter(a(tree)), None) for a in asked] == expected, page
        assert [next(iter(a(tree)), None) for a in asked] == expected, page


# -- prunes: trafilatura's raw-tree, comment and hidden-element prunes skipped where they find nothing

def _skippable():
    import trafilatura.core
    import trafilatura.external
    import trafilatura.main_extractor
    return [*trafilatura.core.RAW_TREE_PRUNE_XPATH, *trafilatura.core.REMOVE_COMMENTS_AND_LISTS_XPATH,
            trafilatura.main_extractor.OVERALL_DISCARD_XPATH[1]]


def test_the_mirrored_prunes_are_the_installed_ones():
    # Else the prunes run as written: read the new expressions' words into prunes.
    import trafilatura.external
    import trafilatura.main_extractor
    assert prunes.digest() == prunes.MIRRORED
    assert all(isinstance(s, prunes._Skippable) for s in _skippable())
    assert trafilatura.external.OVERALL_DISCARD_XPATH is trafilatura.main_extractor.OVERALL_DISCARD_XPATH
    assert isinstance(sys.modules["trafilatura.baseline"].BASIC_CLEAN_XPATH, prunes._Cleaning)


def _same_answers(tree):
    cleaning = sys.modules["trafilatura.baseline"].BASIC_CLEAN_XPATH
    for skippable in [*_skippable(), cleaning]:
        with readability_bound.ours():
            assert skippable(tree) == skippable.expression(tree), skippable.expression.path


def test_the_prunes_find_what_they_find_on_every_fixture_page():
    pages = list((ROOT / "tests" / "sites").rglob("*.html"))
    assert len(pages) > 50
    for page in pages:
        tree = parse_html(page.read_bytes())
        assert tree is not None
        _same_answers(tree)


# The prunes' words, pieces of them and near misses, joined into attribute values.
_PRUNE_PIECES = ["comment", "Comment", "commentary", "comol", "disqus_thread", "dsq-comments", "article-", "post-",
                 "comments", "mvp-post-add-", "box", "wrap", "infinite", "-", "scroll", "elementor-share-buttons",
                 "comments-title", "reply-", "hidden", "hid", "display:none", "display: none", "reader-comments",
                 "akismet", "hide-", "hide", "nocomments", "message", "suggest-links", "-hide-", "hide-print",
                 " ", "noprint", "notloaded", "true", "x", "^", "h1", "footer", "cookie", "COOKIE", "cookİe",
                 "_banner", "bar", "notice", "consent", "-manager", "Borlabs", "cmplz", "OneTrust", "moove_gdpr",
                 "cookiebot"]
_PRUNE_VALUES = st.one_of(st.none(), st.lists(st.sampled_from(_PRUNE_PIECES), max_size=4).map("".join))
_PRUNE_ELEMENT = st.tuples(st.sampled_from(["div", "section", "aside", "ul", "ol", "details", "p", "span", "h1",
                                            "footer", "script", "svg"]),
                           _PRUNE_VALUES, _PRUNE_VALUES, _PRUNE_VALUES, st.sampled_from([None, "true", "false"]),
                           st.integers(min_value=0, max_value=3))


@settings(max_examples=300, deadline=None)
@given(st.lists(_PRUNE_ELEMENT, max_size=10))
def test_the_prunes_find_what_they_find_on_made_up_pages(elements):
    _same_answers(_made_up_page(elements, ("class", "id", "style", "aria-hidden")))


def test_every_prune_word_alone():
    for tag in ("div", "section", "ul", "span"):
        for attribute in ("class", "id", "style", "aria-hidden"):
            for value in _PRUNE_PIECES:
                tree = html.document_fromstring("<html><body></body></html>")
                etree.SubElement(tree.body, tag, {attribute: value})
                _same_answers(tree)


def test_the_prunes_run_as_written_outside_our_extraction():
    asked: list = []

    def expression(tree):
        asked.append(tree)
        return []

    skippable = prunes._Skippable(expression, prunes._ID_CLASS, ("nowhere",))
    tree = html.document_fromstring("<html><body><div class='a'>x</div></body></html>")
    assert skippable(tree) == [] and asked == [tree]
    with readability_bound.ours():
        assert skippable(tree) == [] and asked == [tree]   # no value holds "nowhere": not asked


def test_the_cleaning_asks_its_cookie_test_outside_our_extraction(monkeypatch):
    cleaning = sys.modules["trafilatura.baseline"].BASIC_CLEAN_XPATH
    tree = html.document_fromstring("<html><body><aside>a</aside><div class='x'>b</div></body></html>")
    full = cleaning.expression(tree)
    asked: list = []

    def expression(tree):
        asked.append(tree)
        return full

    monkeypatch.setattr(cleaning, "expression", expression)
    assert cleaning(tree) == full and asked == [tree]
    with readability_bound.ours():
        assert cleaning(tree) == full and asked == [tree]   # no class or id names a banner: the tags alone


# -- readability's copy and justext's backup, made only where they are read

def test_the_mirrored_copies_are_the_installed_ones():
    # Else trafilatura copies its trees as written: check the reasoning in readability_bound again.
    assert readability_bound.copies_digest() == readability_bound.COPIES_MIRRORED
    assert trafilatura.core._prepare_tree is readability_bound._prepare_tree_once
    assert trafilatura.core._extract_and_compare is readability_bound._extract_and_compare_copying_less


def test_the_copies_made_when_needed_give_every_page_the_same_text(monkeypatch):
    pages = [p.read_bytes() for p in (ROOT / "tests" / "sites").rglob("*.html")]
    story = "<p>" + "Một câu của bài viết, đủ dài để là một đoạn văn. " * 12 + "</p>"
    pages += [b"<html><body><article><p>Ng\xe1\xba\xafn.</p></article></body></html>",   # short: justext asked
              f"<html><body><div>{story}</div><aside>{story * 3}</aside></body></html>".encode(),
              f"<html><body><article>{story}<nav>{story}</nav></article></body></html>".encode()]
    ours = [extract(page, "http://127.0.0.1/bai.html") for page in pages]
    monkeypatch.setattr(trafilatura.core, "_prepare_tree", readability_bound._prepare_tree)
    monkeypatch.setattr(trafilatura.core, "_extract_and_compare", readability_bound._extract_and_compare)
    assert [extract(page, "http://127.0.0.1/bai.html") for page in pages] == ours
