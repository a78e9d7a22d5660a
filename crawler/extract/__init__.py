"""Article extraction, Vietnamese-aware: ``extract(page, url) -> Article``."""

from .core import Article, FoundBy, PageMeta, extract, parse_html
from .dates import date_from_url, parse_iso_date, parse_vietnamese_date
from .decode import decode_html
from .stoplist import install as _share_stoplist

_share_stoplist()     # trafilatura's all-language justext stoplist, held once (see stoplist.py)

__all__ = ["Article", "FoundBy", "PageMeta", "extract", "parse_html", "decode_html", "parse_iso_date",
           "parse_vietnamese_date", "date_from_url"]
