"""Article extraction, Vietnamese-aware: ``extract(page, url) -> Article``."""

from .core import Article, extract, parse_html
from .dates import parse_iso_date, parse_vietnamese_date
from .decode import decode_html

__all__ = ["Article", "extract", "parse_html", "decode_html", "parse_iso_date", "parse_vietnamese_date"]
