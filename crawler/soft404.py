"""Soft 404s: "this page does not exist" served with status 200, often with a date and
text of its own, which would otherwise be archived once per broken link.

Two signals, neither naming a site: the page's title says it was not found (in
Vietnamese or English), or its text reads as the site's own "not found" page,
learnt once per run by fetching a path that cannot exist and compared by SimHash.
"""

from __future__ import annotations

import re
import secrets
from urllib.parse import urlsplit

from .extract import Article
from .neardup import SAME_TEXT_BITS, near

# Titles and headings of "not found" pages.
_NOT_FOUND_TITLE = re.compile(
    r"không tìm thấy (?:trang|nội dung|bài viết|dữ liệu|tin)|"
    r"(?:trang|bài viết|nội dung|tin|đường dẫn)(?: bạn (?:tìm|yêu cầu|truy cập))?"
    r" (?:không tồn tại|đã bị xóa|không còn tồn tại)|"
    r"page (?:was )?not found|page (?:does not|doesn't) exist|"
    r"(?:error|lỗi)\s*404|\b404\b\s*[-:|–]?\s*(?:not found|error|lỗi)|^\s*404\s*$",
    re.I)


def says_not_found(title: str | None) -> bool:
    return bool(title) and bool(_NOT_FOUND_TITLE.search(title or ""))


def is_soft_404(article: Article, text_simhash: int | None, not_found: int | None) -> bool:
    """True when ``article`` is a "not found" page: its title says so, or its text's
    SimHash (``text_simhash``) is the site's own 404 page's (``not_found``, None when unknown)."""
    if says_not_found(article.title):
        return True
    return near(text_simhash, not_found, SAME_TEXT_BITS)


def random_url(start: str) -> str:
    """A URL on ``start``'s host that no site has a page for."""
    parts = urlsplit(start)
    return f"{parts.scheme}://{parts.netloc}/{secrets.token_hex(8)}-{secrets.token_hex(4)}.html"
