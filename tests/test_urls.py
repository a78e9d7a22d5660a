from urllib.parse import urljoin

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from crawler.urls import _canonical, canonicalize, looks_like_navigation, routed


@pytest.mark.parametrize("raw, expected", [
    ("https://Baolangson.vn/tin-tuc/a-123.html?utm_source=fb&fbclid=x#top", "https://baolangson.vn/tin-tuc/a-123.html"),
    ("https://langson.gov.vn/chi-tiet.aspx?ItemID=123&utm_medium=x", "https://langson.gov.vn/chi-tiet.aspx?ItemID=123"),
    ("https://a.vn/bai.html?print=1", "https://a.vn/bai.html"),
    ("https://a.vn/bai.html?view=print&id=7", "https://a.vn/bai.html?id=7"),
    ("https://a.vn:443/x", "https://a.vn/x"),
    # WebSphere Portal: the navigational state goes when the query names the content
    ("https://a.vn/wps/portal/qt/chi-tiet/!ut/p/z1/04_Sj9CPykssy0x/dz/d5/L2dBISEvZ0FBIS9nQSEh/"
     "?urile=wcm%3Apath%3A%2Fqt%2Ftin-tuc%2Fcau-moi",
     "https://a.vn/wps/portal/qt/chi-tiet/?urile=wcm%3Apath%3A%2Fqt%2Ftin-tuc%2Fcau-moi"),
    ("https://a.vn/wps/portal/qt/chi-tiet/!ut/p/z1/04_Sj9CPykssy0x/dz/d5/L2dBISEvZ0FBIS9nQSEh/",
     "https://a.vn/wps/portal/qt/chi-tiet/!ut/p/z1/04_Sj9CPykssy0x/dz/d5/L2dBISEvZ0FBIS9nQSEh/"),
    # session identifiers: every visit a new URL for the same page
    ("https://sgtvt.a.gov.vn/chi-tiet.htm;jsessionid=9C1E4B7A02D3F58E?id=1024", "https://sgtvt.a.gov.vn/chi-tiet.htm?id=1024"),
    ("https://a.vn/trang-chu.htm;JSESSIONID=AB12.node1", "https://a.vn/trang-chu.htm"),
    ("https://a.vn/tin.php?PHPSESSID=abc&id=7", "https://a.vn/tin.php?id=7"),
    ("https://a.vn/tin.php?sid=12", "https://a.vn/tin.php?sid=12"),     # a section as often: the frontier's trap
    ("https://a.vn/x;v=2/bai.html", "https://a.vn/x;v=2/bai.html"),       # other path parameters kept as served
    # a key with no "=" names the page (Domino's URL commands, a PHP router's path): kept, as
    # written; an empty value after "=" (a form's state) goes
    ("http://a.vn/Portal/TinTuc.nsf/RSS?OpenPage", "http://a.vn/Portal/TinTuc.nsf/RSS?OpenPage"),
    ("http://a.vn/Portal/TinTuc.nsf/vwTinMoi?OpenView&Start=31", "http://a.vn/Portal/TinTuc.nsf/vwTinMoi?OpenView&Start=31"),
    ("http://a.vn/index.php?/tin-tuc/chi-tiet/12", "http://a.vn/index.php?/tin-tuc/chi-tiet/12"),
    ("http://a.vn/news_view.html?idx=8576&find=&sch_date=", "http://a.vn/news_view.html?idx=8576"),
    ("http://a.vn/a?\x0cN\x04x", "http://a.vn/a?%0CN%04x"),   # a key of control characters: escaped
    ("mailto:toasoan@a.vn", None),
    ("javascript:void(0)", None),
    ("http://a.vn:99999/", None),
    ("", None),
])
def test_canonicalize(raw, expected):
    assert canonicalize(raw) == expected


def test_relative_links_resolve_against_base():
    assert canonicalize("../b.html#x", base="https://a.vn/c/d.html") == "https://a.vn/b.html"


BASES = ["https://a.vn/c/d.html?q=1#f", "http://A.vn:8080/c/", "https://u:p@a.vn/c/d;x?y", "https://a.vn",
         "https://[::1]:8443/c/d", "file:///c/d", "mailto:x@a.vn"]
PIECES = ["/", "//", "http://", "https://", "a.vn", "..", ".", "?", "#", ";", ":", "@", "\t", "\n", " ", "\xa0",
          "%2F", "x=1", "[", "đ", "\\", "javascript:"]


@given(st.sampled_from(["/", "/c/", "http://", "https://", ""]), st.lists(st.sampled_from(PIECES), max_size=6),
       st.lists(st.sampled_from(BASES), min_size=2, max_size=2))
@example("/", ["\t", "/", "?"], ["https://a.vn", BASES[0]])     # urlsplit drops the tab: "//?", the base's path
@example("/", ["/", "?"], ["https://a.vn", BASES[0]])
def test_links_joined_as_urljoin_joins_them(start, pieces, bases):
    """A link joined by its page's origin alone (cached across pages) gives what joining it
    to the page's own URL gives, whichever page of the origin asked first."""
    link = start + "".join(pieces)
    for base in bases:
        try:
            joined = _canonical(urljoin(base, link.strip())) if link.strip() else None
        except ValueError:
            joined = None
        assert canonicalize(link, base=base) == joined


def test_navigation_urls():
    assert looks_like_navigation("https://a.vn/")
    assert looks_like_navigation("https://a.vn/chuyen-muc/kinh-te")
    assert looks_like_navigation("https://a.vn/kinh-te?page=2")
    assert looks_like_navigation("https://a.vn/lien-he.html")
    assert not looks_like_navigation("https://a.vn/kinh-te/khoi-cong-duong-cao-toc-123.html")
    assert not looks_like_navigation("https://a.vn/chi-tiet.aspx?ItemID=5")


@pytest.mark.parametrize(("url", "read"), [
    # a PHP blog's route in the query (Dotclear, Serendipity): read as the path under the script's folder
    ("http://a.vn/index.php?post/2023/11/20/Le-ky-niem-ngay-Nha-giao", "http://a.vn/post/2023/11/20/Le-ky-niem-ngay-Nha-giao"),
    ("http://a.vn/blog/index.php?category/Tin-tuc", "http://a.vn/blog/category/Tin-tuc"),
    ("http://a.vn/index.php?/archives/12-Le-ky-niem.html", "http://a.vn/archives/12-Le-ky-niem.html"),
    # fields, a word, a bare script: the query stays one
    ("http://a.vn/?p=123", "http://a.vn/?p=123"),
    ("http://a.vn/index.php?q=hop/phu-huynh", "http://a.vn/index.php?q=hop/phu-huynh"),
    ("http://a.vn/Portal/TinTuc.nsf/vwTin/abc?OpenDocument", "http://a.vn/Portal/TinTuc.nsf/vwTin/abc?OpenDocument"),
    ("http://a.vn/index.php?tags", "http://a.vn/index.php?tags"),
])
def test_a_query_that_is_a_path_is_read_as_one(url, read):
    assert routed(url) == read


def test_navigation_in_a_query_that_is_a_path():
    """A blog's route in the query: its categories, tags and pages are navigation, its posts not."""
    assert looks_like_navigation("http://a.vn/index.php?category/Tin-tuc")
    assert looks_like_navigation("http://a.vn/index.php?tag/hoc-sinh/page/2")
    assert not looks_like_navigation("http://a.vn/index.php?post/2023/11/20/Le-ky-niem-ngay-Nha-giao")


@given(st.text(max_size=200), st.sampled_from([None, "https://a.vn/x/y.html"]))
def test_canonicalize_never_raises_and_is_idempotent(raw, base):
    url = canonicalize(raw, base=base)
    if url is not None:
        assert url.startswith(("http://", "https://"))
        assert "#" not in url
        assert canonicalize(url) == url
