"""Canonical URLs: one spelling per page before anything is queued or stored.

courlan does the heavy lifting (lower-case host, default ports, sorted query,
tracking parameters such as ``utm_*`` and ``fbclid`` removed). On top of it we
drop fragments and print-view switches, and keep identifying parameters such
as ``ItemID`` that government portals put in the query string. IBM WebSphere
Portal adds navigational state to the path (``/!ut/p/z1/<state>/dz/d5/<state>/``),
which differs from link to link; it is dropped when the query names the
content (``?urile=wcm:path:…``), which the portal resolves without it.
Session identifiers (Tomcat's ``;jsessionid=`` in the path, ``PHPSESSID`` in the
query) make every visit a new URL for the same page: they are dropped, and a
site whose first page links everything with its session is crawled under the
plain URLs. A bare ``sid`` is left to the frontier's traps: it is a section or
story number as often as a session.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, quote_plus, unquote_plus, urlencode, urljoin, urlsplit, urlunsplit

from courlan import normalize_url

if TYPE_CHECKING:
    from lxml import html

# Query parameters that select a rendering of the same article, not another article
# (Blogspot's mobile view is ?m=1; WordPress's ?m=202405 is a month, so only 0 and 1).
_VARIANT_PARAMS = {"print", "printable", "printview", "amp", "outputtype", "mobile"}
_VARIANT_VALUES = {("view", "print"), ("layout", "print"), ("format", "print"),
                   ("tmpl", "component"), ("type", "print"), ("m", "1"), ("m", "0")}
# Extra trackers courlan keeps (it knows utm_*, fbclid, gclid and friends).
_TRACKERS = re.compile(r"^(zarsrc|gidzl|zalo_?\w*|_ga|mc_[a-z]+|ref|refer|from|src|cmpid|ito)$", re.I)
_PORTAL_STATE = re.compile(r"/!ut/p/.*$")   # WebSphere Portal: everything after it is state
SESSION_PATH = re.compile(r";(?:jsessionid|phpsessid|sid)=[^/;?]*", re.I)
SESSION_PARAMS = re.compile(r"^(sessid|sessionid|session_id|phpsessid|jsessionid|aspsessionid\w*|cfid|cftoken|"
                            r"zenid|oscsid)$", re.I)


def canonicalize(url: str, base: str | None = None) -> str | None:
    """Return the canonical form of ``url`` (resolved against ``base``), or None.

    None means the URL is not something we would ever fetch: another scheme
    (mailto:, javascript:, tel:), no host, or unparseable.
    """
    url = url.strip()
    if not url:
        return None
    if base is not None:
        origin = _origin(base) if _joins_by_origin(url) else None
        if origin is not None:
            return _joined(origin, url)
        try:
            url = urljoin(base, url)
        except ValueError:
            return None
    return _canonical(url)


def _joins_by_origin(url: str) -> bool:
    """Whether ``urljoin(base, url)`` depends on nothing of ``base`` but its scheme and host:
    a path from the root ("/tin-tuc/a.html") or an absolute http(s) URL with a host. Not so
    for "//", "http:///x" or "http://?q" (they take the base's path), nor for a URL with
    tabs or line breaks, which urlsplit deletes (turning "/\t/?q" into "//?q")."""
    if url[0] == "/":
        simple = url[1:2] != "/"
    elif url.startswith("http://"):
        simple = url[7:8] not in ("", "/", "?", "#")
    elif url.startswith("https://"):
        simple = url[8:9] not in ("", "/", "?", "#")
    else:
        return False
    return simple and url.isprintable()


@lru_cache(maxsize=64)
def _origin(base: str) -> str | None:
    """``scheme://host/`` of an http(s) ``base`` (joining a ``_joins_by_origin`` URL to it gives
    what joining to ``base`` gives), else None."""
    try:
        parts = urlsplit(base)
    except ValueError:
        return None
    return f"{parts.scheme}://{parts.netloc}/" if parts.scheme in ("http", "https") and parts.netloc else None


@lru_cache(maxsize=4096)
def _joined(origin: str, url: str) -> str | None:
    """``canonicalize(url, base)`` for a ``url`` that joins by ``base``'s origin alone. Cached
    by origin, not by page: every page of a site links its menu and sections again, and
    ``urljoin`` is half of what reading a page's links costs."""
    try:
        return _canonical(urljoin(origin, url))
    except ValueError:
        return None


def document_base(tree: html.HtmlElement, url: str) -> str:
    """The URL a page's relative links resolve against: its first ``<base href>`` (a
    Joomla or portal template sets one), else the page's own URL."""
    for el in tree.iterfind(".//base[@href]"):
        return canonicalize(el.get("href"), base=url) or url
    return url


@lru_cache(maxsize=16384)
def _canonical(url: str) -> str | None:
    """``canonicalize`` of an absolute URL. Cached: every page of a site links to its menu,
    its sections and its sidebar's stories, and courlan's normalisation is slow."""
    try:
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            return None
        _ = parts.port  # raises ValueError on a bad port
    except ValueError:
        return None
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in _VARIANT_PARAMS
        and (k.lower(), v.lower()) not in _VARIANT_VALUES
        and not _TRACKERS.match(k)
        and not SESSION_PARAMS.match(k)
    ]
    path = SESSION_PATH.sub("", parts.path) or "/"
    if "/!ut/p/" in path and any(k.lower() == "urile" for k, _v in query):
        path = _PORTAL_STATE.sub("/", path)
    # A key written with no "=" is kept, as written: courlan drops it, and it can name the page
    # (Domino's "?OpenDocument", "?OpenView&Start=31"; a PHP router's "index.php?/tin-tuc/12").
    # An empty value after "=" (a form's "find=&sch_date=") goes, as before.
    bare = {unquote_plus(piece): piece if _PLAIN_KEY.fullmatch(piece) else quote_plus(unquote_plus(piece))
            for piece in parts.query.split("&") if piece and "=" not in piece}
    blank = [k for k, v in query if not v and k in bare]
    if blank:
        query = [(k, _BLANK if k in bare and not v else v) for k, v in query]
    try:
        cleaned = normalize_url(
            urlunsplit((parts.scheme.lower(), parts.netloc, path, urlencode(query), "")),
            strict=False,
        )
    except (ValueError, AttributeError):
        return None
    cleaned_parts = urlsplit(cleaned)._replace(fragment="")
    if blank:
        kept = cleaned_parts.query
        for key in blank:
            kept = kept.replace(f"{quote_plus(key)}={_BLANK}", bare[key])
        cleaned_parts = cleaned_parts._replace(query=kept)
    if ";" in path and "%3b" not in path.lower():
        # courlan escapes the path's ``;`` (RFC 3986 allows it, and servers read ``%3B`` as another path)
        cleaned_parts = cleaned_parts._replace(path=cleaned_parts.path.replace("%3B", ";"))
    return urlunsplit(cleaned_parts)


_PLAIN_KEY = re.compile(r"[\w./%:~!$'()*+,;@-]+", re.A)   # a key safe to keep as written
_BLANK = "0blank0"   # a blank value's stand-in through courlan (a letter-and-digit token it keeps)


@lru_cache(maxsize=16384)
def host_of(url: str) -> str:
    """``host[:port]`` of a URL, lower-case: the unit of politeness.

    Cached: the crawl asks it of every link of every page (urlsplit's own cache holds 128)."""
    return urlsplit(url).netloc.lower()


def with_www_variants(hosts: Iterable[str]) -> frozenset[str]:
    """The hosts plus their www./bare twins: a site answers on both, or redirects between them."""
    found = set(hosts)
    for host in hosts:
        found.add(host[4:] if host.startswith("www.") else "www." + host)
    return frozenset(found)


def on_other_hosts(url: str, hosts: Iterable[str]) -> tuple[str, ...]:
    """``url`` with its host swapped for each other one of ``hosts`` (a site's desktop and m.
    hosts): the same page where the site mirrors its paths."""
    parts = urlsplit(url)
    here = parts.netloc.lower()
    return tuple(parts._replace(netloc=host).geturl() for host in sorted(hosts) if host != here)


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


# Paths that are navigation, not articles: categories, tags, pagination,
# search, contact/about pages. Vietnamese CMS spellings included. "page" and "trang" only
# numbered ("/page/2", "/trang-3", "/page.html"): "/page/<a headline's slug>" is one page named
# by its slug (Bolt's pages, a static site's), not pagination.
_NAV_PATH = re.compile(
    r"(^|/)(tag|tags|tu-khoa|chuyen-muc|category|categories|danh-muc|chu-de|topic|"
    r"search|tim-kiem|lien-he|contact|gioi-thieu|about|login|dang-nhap|"
    r"rss|sitemap|feed|author|tac-gia|video|videos|photo|gallery|multimedia)(/|\.|-\d|$)|"
    r"(^|/)(page|trang)(/\d+(/|$)|/?$|\.|-\d)",
    re.I,
)
_PAGE_QUERY = re.compile(r"(^|&)(page|p|trang|pageindex|paged)=\d+", re.I)


def routed(url: str) -> str:
    """``url`` read with its query as its path when the query is itself a path (no "=", a "/"):
    a PHP blog's default routes put the page's address there, after its one script (Dotclear's
    "/index.php?post/2024/03/08/<slug>", "?category/<name>"; Serendipity's
    "/index.php?/archives/12-<slug>.html"), and the script's name alone ("index.php") names the
    home page, not the page. A query of words ("?OpenDocument") or fields ("?p=12") stays one."""
    parts = urlsplit(url)
    query = parts.query
    if "/" not in query or "=" in query:
        return url
    folder = parts.path.rsplit("/", 1)[0]
    return urlunsplit(parts._replace(path=f"{folder}/{query.lstrip('/')}", query="", fragment=""))


def looks_like_navigation(url: str) -> bool:
    """True for URLs that name a listing or a utility page rather than an article."""
    parts = urlsplit(routed(url))
    if parts.path in ("", "/") and not parts.query:
        return True
    return navigation_path(parts.path) or bool(_PAGE_QUERY.search(parts.query))


def navigation_path(path: str) -> bool:
    """True for a path that names a listing or a utility page (its query aside)."""
    return bool(_NAV_PATH.search(path))


_SKIP_EXTENSIONS = re.compile(
    r"\.(jpe?g|png|gif|webp|svg|ico|bmp|tiff?|pdf|docx?|xlsx?|pptx?|zip|rar|7z|gz|"
    r"mp3|mp4|avi|mov|wmv|flv|webm|css|js|json|woff2?|ttf|exe|apk)$",
    re.I,
)


def is_probably_binary(url: str) -> bool:
    """URLs whose extension says the target is not an HTML page."""
    return bool(_SKIP_EXTENSIONS.search(urlsplit(url).path))
