"""Browse the archive in Datasette: its metadata, and the command line that serves it.

Datasette is an optional extra (``uv sync --extra serve``). The database
keeps its file name, so ``archive.db`` is served as ``/archive``. Search is
Datasette's own table search over ``articles_fts``, which ignores Vietnamese
marks both ways (the ``spellings`` column indexes each word with đ again,
spelled with d). ``serve_plugin`` makes the articles readable: the list's
columns, a highlighted snippet when searching, an article page, and the raw
capture shown safely as text.
"""

from __future__ import annotations

import json
from pathlib import Path

from .errors import ArchiveError

# The columns of the article list (title links to the article's page; a snippet of the
# match under it when searching); everything else is on that page, one click away.
LIST_COLUMNS = ("title", "site", "published", "author")


def metadata(db_path: Path) -> dict:
    name = db_path.stem
    return {
        "title": "Provincial news archive",
        "description": "Vietnamese provincial news. Search ignores diacritics both ways: "
                       "'duong cao toc' finds 'đường cao tốc'.",
        "databases": {name: {"tables": {
            "articles": {
                "label_column": "title",
                # Datasette finds the search index by itself (content=[articles], joined on
                # rowid, which is the article's chrono key); named here to say so.
                "fts_table": "articles_fts",
                "sort_desc": "published",
                "facets": ["site", "category", "month"],
                "size": 20,
                "description": "One row per article; open a row to read it.",
            },
            "raw_pages": {"hidden": True},
            "frontier": {"hidden": True},
            # Read through each article's page (its versions, linked); SQL reaches it still.
            "versions": {"hidden": True},
        }}},
    }


def datasette_args(db_path: Path, metadata_path: Path, host: str, port: int,
                   template_dir: Path | None = None) -> list[str]:
    templates = ["--template-dir", str(template_dir)] if template_dir else []
    return ["serve", str(db_path), "--metadata", str(metadata_path), *templates, "--host", host, "--port", str(port),
            "--setting", "default_facet_size", "20", "--setting", "facet_time_limit_ms", "1000"]


def write_metadata(db_path: Path, folder: Path) -> Path:
    if not db_path.exists():
        raise ArchiveError(f"no archive at {db_path} (run 'crawler crawl' first)")
    path = folder / "metadata.json"
    path.write_text(json.dumps(metadata(db_path), ensure_ascii=False, indent=2), encoding="utf-8")
    return path
