"""Article extraction, Vietnamese-aware: ``extract(page, url) -> Article``."""

from .core import Article, FoundBy, PageMeta, extract, parse_html
from .dates import date_from_url, parse_iso_date, parse_vietnamese_date
from .decode import decode_html

__all__ = ["Article", "FoundBy", "PageMeta", "extract", "parse_html", "decode_html", "parse_iso_date",
           "parse_vietnamese_date", "date_from_url"]
