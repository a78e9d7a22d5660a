"""Soft 404s: "this page does not exist" served with status 200, often with a date and
text of its own, which would otherwise be archived once per broken link.

Two signals, neither naming a site: the page's title says it was not found (in
Vietnamese or English), or its text reads as the site's own "not found" page,
learnt once per run by fetching a path that cannot exist and compared by SimHash.
"""

from __future__ import annotations

import secrets
from urllib.parse import urlsplit

from .extract import Article
from .extract.detect import NOT_FOUND as _NOT_FOUND_TITLE
from .extract.detect import NOT_FOUND_REASON
from .neardup import SAME_TEXT_BITS, near


def says_not_found(title: str | None) -> bool:
    return bool(title) and bool(_NOT_FOUND_TITLE.search(title or ""))


def is_soft_404(article: Article, text_simhash: int | None, not_found: int | None) -> bool:
    """True when ``article`` is a "not found" page: its title says so, or its text's
    SimHash (``text_simhash``) is the site's own 404 page's (``not_found``, None when unknown)."""
    if article.reason == NOT_FOUND_REASON or says_not_found(article.title):
        return True   # the extractor read the message on the page, or the title says so
    return near(text_simhash, not_found, SAME_TEXT_BITS)


def random_url(start: str) -> str:
    """A URL on ``start``'s host that no site has a page for."""
    parts = urlsplit(start)
    return f"{parts.scheme}://{parts.netloc}/{secrets.token_hex(8)}-{secrets.token_hex(4)}.html"
