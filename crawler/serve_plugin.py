"""The Datasette plugin and templates behind ``crawler serve``: the archive for reading.

- The article list shows ``serve.LIST_COLUMNS`` (title linking to the article's
  page, site, date, author) and, when searching, a highlighted snippet of the
  match under each title (our own query compiler, so ``duong`` highlights
  ``đường``).
- The article page is headed by its title, then its metadata, the original
  URL, its text, and a link to the raw capture; a takedown is flagged, and an
  article with earlier versions lists them, each linked to its own page
  (``/-/version/<db>/<article id>/<number>``: that version's text, the word
  diff from the one before it, its raw capture).
- The raw capture is served as ``text/plain`` with ``X-Content-Type-Options:
  nosniff`` and a ``sandbox`` Content-Security-Policy: a hostile page's HTML
  is shown as text and never runs script in the archive's origin.

Only the ``articles`` table (and ``versions``, read for those pages) of the
served archive is touched; everything else (facets, JSON, SQL) is Datasette
as usual.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import TYPE_CHECKING

from datasette import Response, hookimpl
from datasette.utils import to_css_class
from markupsafe import Markup

from . import history
from . import search as search_mod
from .errors import QueryError
from .serve import LIST_COLUMNS

if TYPE_CHECKING:
    from datasette.app import Datasette
    from datasette.utils.asgi import Request

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
  {% if a["removed_at"] %}<p class="removed">Removed: gone from its site since {{ a["removed_at"] }}; the archive keeps it.</p>{% endif %}
  <p class="links">
    {% if a["url"].startswith("http://") or a["url"].startswith("https://") %}<a class="original" href="{{ a["url"] }}" rel="noopener noreferrer nofollow">Original: {{ a["url"] }}</a>{% else %}Original: {{ a["url"] }}{% endif %}
    · <a class="raw" href="{{ urls.path("-/raw/" + database + "/" + (a["id"]|string)) }}" rel="nofollow">raw capture (as text)</a>
    · {% for name, url in renderers.items() %}<a href="{{ url }}">{{ name }}</a>{{ ", " if not loop.last }}{% endfor %}
  </p>
  <div class="text">
  {% for paragraph in (a["text"] or "").split("\\n") if paragraph.strip() %}<p>{{ paragraph }}</p>{% endfor %}
  </div>
  {% set found = versions_of(database, a["id"]) %}
  {% if found|length > 1 %}
  <h2>Versions</h2>
  <table class="versions">
  <thead><tr><th>version</th><th>seen</th><th>replaced</th><th>what changed</th></tr></thead>
  {% for v in found %}
    <tr><td><a class="version" href="{{ urls.path("-/version/" + database + "/" + (a["id"]|string) + "/" + (v.number|string)) }}">version {{ v.number }}</a>{% if not v.replaced_at %} (this page){% endif %}</td>
      <td>{{ v.seen_at or "" }}</td><td>{{ v.replaced_at or "" }}</td><td>{{ v.what }}</td></tr>
  {% endfor %}
  </table>
  {% endif %}
  <h2>Metadata</h2>
  <table class="metadata">
  {% for column in columns if column not in ("text", "spellings", "title", "chrono") %}
    <tr><th scope="row">{{ column }}</th><td class="col-{{ column|to_css_class }}">{{ a[column] if a[column] is not none else "" }}</td></tr>
  {% endfor %}
  </table>
</article>
<style>.archived-article { max-width: 46em; } .archived-article .text p { line-height: 1.6; }
.archived-article .meta { color: #555; } .metadata th { text-align: left; padding-right: 1em; }
.removed { background: #fde2e1; padding: 0.4em; } .versions td, .versions th { padding-right: 1em; text-align: left; }</style>
{% endblock %}
"""

VERSION_TEMPLATE = """{% extends "base.html" %}
{% block title %}{{ v.title or "Article" }} (version {{ v.number }}){% endblock %}
{% block content %}
<article class="archived-article">
  <p class="crumbs"><a href="{{ article_url }}">the article</a> · version {{ v.number }} of {{ count }}
  {% if previous %} · <a class="previous" href="{{ previous }}">version {{ v.number - 1 }}</a>{% endif %}
  {% if following %} · <a class="next" href="{{ following }}">version {{ v.number + 1 }}</a>{% endif %}</p>
  <h1>{{ v.title or "(no title)" }}</h1>
  <p class="meta">seen {{ v.seen_at or "" }}{% if v.replaced_at %} · replaced {{ v.replaced_at }}{% else %} · the current version{% endif %}{% if v.published %} · {{ v.published }}{% endif %}{% if v.author %} · {{ v.author }}{% endif %}</p>
  <p class="links">{% if has_raw %}<a class="raw" href="{{ raw_url }}" rel="nofollow">raw capture (as text)</a>{% else %}no raw capture kept{% endif %}</p>
  {% if diff %}
  <h2>Changes from version {{ v.number - 1 }}</h2>
  <p class="legend"><del>deleted</del> <ins>inserted</ins> <ins class="marks">a word whose marks changed</ins></p>
  {% for name, shown in diff %}<div class="diff diff-{{ name }}"><h3>{{ name }}</h3><p>{{ shown }}</p></div>{% endfor %}
  {% elif previous %}<p>No change in title, author, date or text from version {{ v.number - 1 }}.</p>{% endif %}
  <h2>Text</h2>
  <div class="text">
  {% for paragraph in (v.text or "").split("\n") if paragraph.strip() %}<p>{{ paragraph }}</p>{% endfor %}
  </div>
</article>
<style>.archived-article { max-width: 46em; } .archived-article .text p, .diff p { line-height: 1.6; white-space: pre-wrap; }
.archived-article .meta { color: #555; } del { background: #fde2e1; } ins { background: #dcf5dc; text-decoration: none; }
del.marks { background: #fff3a0; } ins.marks { background: #ffe066; font-weight: bold; }</style>
{% endblock %}
"""


def write_templates(db_path: Path, folder: Path) -> Path:
    """The templates for this archive's ``articles`` table (Datasette picks them by name)."""
    folder.mkdir(exist_ok=True)
    name = to_css_class(db_path.stem)
    (folder / f"_table-{name}-articles.html").write_text(TABLE_TEMPLATE, encoding="utf-8")
    (folder / f"row-{name}-articles.html").write_text(ROW_TEMPLATE, encoding="utf-8")
    (folder / "crawler-version.html").write_text(VERSION_TEMPLATE, encoding="utf-8")
    return folder


def highlight(snippet: str) -> Markup:
    """A snippet with the search's markers, as safe HTML with ``<mark>``."""
    escaped = html.escape(snippet, quote=False)
    return Markup(escaped.replace(search_mod.SNIPPET_START, "<mark>").replace(search_mod.SNIPPET_END, "</mark>"))


def diff_html(changes: list[history.Change]) -> Markup:
    """A word diff as safe HTML: ``<del>`` and ``<ins>``, a word whose marks changed in
    ``class="marks"`` (its old spelling deleted, its new one inserted)."""
    out = []
    for change in changes:
        old, new = html.escape(change.old, quote=False), html.escape(change.new, quote=False)
        if change.op == "equal":
            out.append(new)
        elif change.op == "delete":
            out.append(f"<del>{old}</del>")
        elif change.op == "insert":
            out.append(f"<ins>{new}</ins>")
        else:
            out.append(f'<del class="marks">{old.rstrip()}</del><ins class="marks">{new}</ins>')
    return Markup("".join(out))


async def _versions(datasette: Datasette, database: str, article_id: int) -> list[history.Version]:
    return await datasette.get_database(database).execute_fn(
        lambda conn: history.versions(conn, article_id))


@hookimpl
def extra_template_vars(datasette, table, view_name):
    if table == "articles" and view_name == "row":
        async def versions_of(database: str, article_id: int) -> list[dict]:
            found = await _versions(datasette, database, article_id)
            return [{"number": row["number"], "seen_at": row["seen_at"], "replaced_at": row["replaced_at"],
                     "what": _what(row)} for row in history.listing(found)]

        return {"versions_of": versions_of}
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


def _what(row: dict) -> str:
    """What changed in a version (a row of ``history.listing``), in a few words."""
    if row["number"] == 1:
        return "first seen"
    if not row["changed"]:
        return "no change in title, author, date or text"
    words = (f" (+{row['words_added']} −{row['words_removed']} words"
             + (f", {row['words_marks']} with other marks" if row["words_marks"] else "") + ")"
             if "text" in row["changed"] else "")
    return ", ".join(row["changed"]) + words


@hookimpl
def register_routes():
    return [(r"^/-/raw/(?P<database>[^/]+)/(?P<article_id>\d+)(?:/(?P<number>\d+))?$", raw_capture),
            (r"^/-/version/(?P<database>[^/]+)/(?P<article_id>\d+)/(?P<number>\d+)$", version_page)]


async def _readable(request: Request, datasette: Datasette, table: str) -> bool:
    return await datasette.permission_allowed(request.actor, "view-table",
                                              resource=(request.url_vars["database"], table), default=True)


async def _version_of(request: Request, datasette: Datasette) -> tuple[list[history.Version], history.Version] | None:
    """The versions of the article the URL names and the one it asks for; None when none."""
    database, article_id = request.url_vars["database"], int(request.url_vars["article_id"])
    try:
        found = await _versions(datasette, database, article_id)
        number = request.url_vars.get("number")
        return found, history.pick(found, int(number) if number else None)
    except (KeyError, QueryError):      # no such database, article or version
        return None


async def version_page(request, datasette):
    """One version of an article: its fields and text, and the word diff from the one before."""
    if not (await _readable(request, datasette, "articles") and await _readable(request, datasette, "versions")):
        return Response.html("Forbidden", status=403)
    picked = await _version_of(request, datasette)
    if picked is None:
        return Response.html("No such version", status=404)
    found, version = picked
    database, article_id = request.url_vars["database"], request.url_vars["article_id"]
    index = found.index(version)
    before = found[index - 1] if index else None

    def link(number: int) -> str:
        return datasette.urls.path(f"-/version/{database}/{article_id}/{number}")

    diff = [(name, diff_html(changes)) for name, changes in history.compare(before, version).items()] if before else []
    context = {"v": version, "count": len(found), "diff": diff, "has_raw": version.raw is not None,
               "article_url": datasette.urls.row(database, "articles", article_id),
               "raw_url": datasette.urls.path(f"-/raw/{database}/{article_id}/{version.number}"),
               "previous": link(version.number - 1) if before else None,
               "following": link(version.number + 1) if index + 1 < len(found) else None}
    return Response.html(await datasette.render_template("crawler-version.html", context, request=request))


async def raw_capture(request, datasette):
    """The raw capture of the article (or of one of its versions), decoded, as plain text
    that no browser runs."""
    if not await _readable(request, datasette, "raw_pages"):
        return Response.text("Forbidden", status=403, headers=RAW_HEADERS)
    picked = await _version_of(request, datasette)
    if picked is None:
        return Response.text("No such article or version", status=404, headers=RAW_HEADERS)
    version = picked[1]
    body = version.raw_body()
    if body is None:
        return Response.text("No raw capture of this article", status=404, headers=RAW_HEADERS)
    content_type = json.loads(version.headers or "{}").get("content-type", "")
    charset = content_type.lower().partition("charset=")[2].split(";")[0].strip().strip('"') or "utf-8"
    try:
        text = body.decode(charset, errors="replace")
    except LookupError:
        text = body.decode("utf-8", errors="replace")
    return Response.text(text, headers=RAW_HEADERS)
