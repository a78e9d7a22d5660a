"""What we ask of trafilatura, made cheaper, is what trafilatura would do: ``bodypath.first_container``
finds what its ``BODY_XPATH`` finds, ``core._trafilatura_options`` are the options its ``extract`` makes."""

from pathlib import Path

import trafilatura.core
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree, html
from trafilatura.settings import Extractor

from crawler.extract import bodypath
from crawler.extract.core import _trafilatura_options, parse_html

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


def test_the_mirrored_expressions_are_the_installed_ones():
    # Else every page takes the slow, exact path: mirror the new expressions in bodypath.
    assert bodypath.digest() == bodypath.MIRRORED


def test_every_fixture_page():
    pages = [*(ROOT / "tests" / "sites").rglob("*.html"), *(ROOT / "benchmarks" / "holdout").rglob("*.html")]
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
    root = etree.SubElement(html.document_fromstring("<html><body></body></html>").body, "div")
    parents = [root]
    for tag, cls, id_, prop, role, depth in elements:
        attrs = {k: v for k, v in (("class", cls), ("id", id_), ("itemprop", prop), ("role", role)) if v is not None}
        el = etree.SubElement(parents[min(depth, len(parents) - 1)], tag, attrs)
        parents.append(el)
    tree = root.getroottree().getroot()
    assert bodypath.first_container(tree) is bodypath.by_xpath(tree)


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
