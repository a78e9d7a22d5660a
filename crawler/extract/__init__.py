"""Article extraction, Vietnamese-aware: ``extract(page, url) -> Article``."""

from .core import Article, FoundBy, PageMeta, extract, parse_html
from .dates import date_from_url, parse_iso_date, parse_vietnamese_date
from .decode import decode_html
from .prunes import install as _skip_prunes
from .stoplist import install as _share_stoplist

_share_stoplist()     # trafilatura's all-language justext stoplist, held once (see stoplist.py)
_skip_prunes()        # trafilatura's raw-tree and comment prunes skipped where they find nothing

__all__ = ["Article", "FoundBy", "PageMeta", "extract", "parse_html", "decode_html", "parse_iso_date",
           "parse_vietnamese_date", "date_from_url"]
