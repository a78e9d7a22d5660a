"""The Datasette plugin and templates behind ``crawler serve``: the archive for reading.

- The article list shows ``serve.LIST_COLUMNS`` (title linking to the article's
  page, site, date, author) and, when searching, a highlighted snippet of the
  match under each title (our own query compiler, so ``duong`` highlights
  ``đường``).
- The article page is headed by its title, then its metadata, the original
  URL, its text, and a link to the raw capture.
- The raw capture is served as ``text/plain`` with ``X-Content-Type-Options:
  nosniff`` and a ``sandbox`` Content-Security-Policy: a hostile page's HTML
  is shown as text and never runs script in the archive's origin.

Only the ``articles`` table of the served archive is touched; everything
else (facets, JSON, SQL) is Datasette as usual.
"""

from __future__ import annotations

import html
import json
import zlib
from pathlib import Path

from datasette import Response, hookimpl
from datasette.utils import to_css_class
from markupsafe import Markup

from . import search as search_mod
from .errors import QueryError
from .serve import LIST_COLUMNS

SNIPPET_TOKENS = 24
# The raw capture: text, never a document of the archive's origin.
RAW_HEADERS = {"X-Content-Type-Options": "nosniff",
               "Content-Security-Policy": "default-src 'none'; sandbox",
               "Referrer-Policy": "no-referrer"}

TABLE_TEMPLATE = """{% if display_rows %}
<div class="table-wrapper">
  <table class="rows-and-columns articles-list">
    <thead><tr>
    {% for name in list_columns %}{% for column in display_columns if column.name == name %}
      <th class="col-{{ column.name|to_css_class }}" scope="col" data-column="{{ column.name }}">
      {% if not column.sortable %}{{ column.name }}
      {% elif column.name == sort %}<a href="{{ fix_path(path_with_replaced_args(request, {'_sort_desc': column.name, '_sort': None, '_next': None})) }}" rel="nofollow">{{ column.name }}&nbsp;▼</a>
      {% else %}<a href="{{ fix_path(path_with_replaced_args(request, {'_sort': column.name, '_sort_desc': None, '_next': None})) }}" rel="nofollow">{{ column.name }}{% if column.name == sort_desc %}&nbsp;▲{% endif %}</a>
      {% endif %}</th>
    {% endfor %}{% endfor %}
    </tr></thead>
    <tbody>
    {% for row in display_rows %}
      {% set article_id = (row | selectattr("column", "equalto", "id") | first).raw %}
      <tr>
      {% for column in list_columns %}{% for cell in row if cell.column == column %}
        {% if column == "title" %}
        <td class="col-title"><a class="article-link" href="{{ urls.row(database, table, article_id) }}">{{ cell.raw or "(no title)" }}</a>
          {% if request.args.get("_search") %}<div class="snippet">{{ snippet(database, article_id, request.args.get("_search")) }}</div>{% endif %}
        </td>
        {% else %}
        <td class="col-{{ column|to_css_class }}">{{ cell.raw if cell.raw is not none else "" }}</td>
        {% endif %}
      {% endfor %}{% endfor %}
      </tr>
    {% endfor %}
    </tbody>
  </table>
</div>
<style>@media only screen and (max-width: 576px) {
{% for column in list_columns %}  .rows-and-columns.articles-list td:nth-of-type({{ loop.index }}):before { content: "{{ column }}"; }
{% endfor %}}
.articles-list .snippet { color: #444; font-size: 0.9em; margin-top: 0.3em; }
.articles-list mark { background: #fff3a0; }</style>
{% else %}
<p class="zero-results">0 records</p>
{% endif %}
"""

ROW_TEMPLATE = """{% extends "row.html" %}
{% block title %}{{ rows[0]["title"] or "Article" }}{% endblock %}
{% block content %}
{% set a = rows[0] %}
<article class="archived-article">
  <h1>{{ a["title"] or "(no title)" }}</h1>
  <p class="meta">{{ a["site"] }}{% if a["published"] %} · {{ a["published"] }}{% endif %}{% if a["author"] %} · {{ a["author"] }}{% endif %}{% if a["category"] %} · {{ a["category"] }}{% endif %}</p>
  <p class="links">
    {% if a["url"].startswith("http://") or a["url"].startswith("https://") %}<a class="original" href="{{ a["url"] }}" rel="noopener noreferrer nofollow">Original: {{ a["url"] }}</a>{% else %}Original: {{ a["url"] }}{% endif %}
    · <a class="raw" href="{{ urls.path("-/raw/" + database + "/" + (a["id"]|string)) }}" rel="nofollow">raw capture (as text)</a>
    · {% for name, url in renderers.items() %}<a href="{{ url }}">{{ name }}</a>{{ ", " if not loop.last }}{% endfor %}
  </p>
  <div class="text">
  {% for paragraph in (a["text"] or "").split("\\n") if paragraph.strip() %}<p>{{ paragraph }}</p>{% endfor %}
  </div>
  <h2>Metadata</h2>
  <table class="metadata">
  {% for column in columns if column not in ("text", "spellings", "title", "chrono") %}
    <tr><th scope="row">{{ column }}</th><td class="col-{{ column|to_css_class }}">{{ a[column] if a[column] is not none else "" }}</td></tr>
  {% endfor %}
  </table>
</article>
<style>.archived-article { max-width: 46em; } .archived-article .text p { line-height: 1.6; }
.archived-article .meta { color: #555; } .metadata th { text-align: left; padding-right: 1em; }</style>
{% endblock %}
"""


def write_templates(db_path: Path, folder: Path) -> Path:
    """The templates for this archive's ``articles`` table (Datasette picks them by name)."""
    folder.mkdir(exist_ok=True)
    name = to_css_class(db_path.stem)
    (folder / f"_table-{name}-articles.html").write_text(TABLE_TEMPLATE, encoding="utf-8")
    (folder / f"row-{name}-articles.html").write_text(ROW_TEMPLATE, encoding="utf-8")
    return folder


def highlight(snippet: str) -> Markup:
    """A snippet with the search's markers, as safe HTML with ``<mark>``."""
    escaped = html.escape(snippet, quote=False)
    return Markup(escaped.replace(search_mod.SNIPPET_START, "<mark>").replace(search_mod.SNIPPET_END, "</mark>"))


@hookimpl
def extra_template_vars(datasette, table, view_name):
    if table != "articles" or view_name != "table":
        return {}

    async def snippet(database: str, article_id: int, query: str) -> Markup:
        try:
            match = search_mod.to_fts(query)
        except QueryError:
            return Markup("")
        rows = await datasette.get_database(database).execute(
            f"SELECT snippet(articles_fts, 2, '{search_mod.SNIPPET_START}', '{search_mod.SNIPPET_END}',"
            f" '…', {SNIPPET_TOKENS}) FROM articles_fts WHERE articles_fts MATCH ?"
            " AND rowid = (SELECT rowid FROM articles WHERE id = ?)", [match, article_id])
        first = rows.first()
        return highlight(first[0]) if first else Markup("")

    return {"snippet": snippet, "list_columns": LIST_COLUMNS}


@hookimpl
def register_routes():
    return [(r"^/-/raw/(?P<database>[^/]+)/(?P<article_id>\d+)$", raw_capture)]


async def raw_capture(request, datasette):
    """The article's raw capture, decoded, as plain text that no browser runs."""
    database = request.url_vars["database"]
    allowed = await datasette.permission_allowed(request.actor, "view-table",
                                                 resource=(database, "raw_pages"), default=True)
    if not allowed:
        return Response.text("Forbidden", status=403, headers=RAW_HEADERS)
    try:
        db = datasette.get_database(database)
    except KeyError:
        return Response.text("No such database", status=404, headers=RAW_HEADERS)
    row = (await db.execute(
        "SELECT r.body, r.headers FROM raw_pages r JOIN articles a ON r.url = a.url WHERE a.id = ?",
        [int(request.url_vars["article_id"])])).first()
    if row is None:
        return Response.text("No raw capture of this article", status=404, headers=RAW_HEADERS)
    body = zlib.decompress(row[0])
    content_type = json.loads(row[1] or "{}").get("content-type", "")
    charset = content_type.lower().partition("charset=")[2].split(";")[0].strip().strip('"') or "utf-8"
    try:
        text = body.decode(charset, errors="replace")
    except LookupError:
        text = body.decode("utf-8", errors="replace")
    return Response.text(text, headers=RAW_HEADERS)
