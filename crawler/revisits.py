"""What a revisit of a stored article found: an edit, or a page the site's new
template makes read worse (not an edit).

A revisit (frontier.py schedules them) is a conditional GET. 304: unchanged, only
the request is spent. Otherwise the page is extracted again and compared with the
stored row on the fields of its ``content_hash`` (title, author, published, text):

- same fields (only markup, a view counter, a sidebar changed): not a version; the
  raw capture is refreshed, so it stays the page the site serves now (and matches
  the frontier's ETag) and still yields exactly the stored fields;
- different fields: an edit, unless ``judge`` reads it as a template change: then
  the stored version is kept, the change is counted and a warning logged;
- 404/410, or a redirect to a page that is not an article (the home page, a
  section), or a soft 404: a takedown (``articles.removed_at``), see crawl.py.
"""

from __future__ import annotations

from collections.abc import Collection

from .archive import StoredArticle
from .extract import Article

# A new extraction that keeps less than this share of the stored text lost it to the
# template, not to an editor: corrections change words and sentences, not most of a story.
KEPT_TEXT = 0.5
# A site whose learned template has at least this many blocks, none of them on the new
# page, has changed its template.
MIN_TEMPLATE_BLOCKS = 3


def judge(stored: StoredArticle, article: Article, blocks: Collection[int] = (),
          template: Collection[int] = ()) -> str | None:
    """Why the new extraction of a stored article reads as a template change rather than
    an edit, or None for an edit. Signals that hold on any site:

    - it is no longer an article at the same URL (the extractor found no story);
    - it lost the title or the publication date the stored version had (editors
      correct them, they do not delete them);
    - it kept less than KEPT_TEXT of the stored text's length;
    - none of its blocks is one of the site's learned template blocks (site_blocks).
    """
    if not article.is_article:
        return f"no longer read as an article ({article.reason})"
    if stored.title and not article.title:
        return "the title is gone"
    if stored.published and not article.published:
        return "the publication date is gone"
    if len(article.text) < KEPT_TEXT * stored.text_length:
        return f"the text shrank from {stored.text_length} to {len(article.text)} characters"
    if len(template) >= MIN_TEMPLATE_BLOCKS and blocks and not any(b in template for b in blocks):
        return "none of the page's blocks is in the site's learned template"
    return None
