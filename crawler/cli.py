"""The ``crawler`` command: a thin click layer over the library.

Data goes to stdout, logs and progress to stderr. Exit codes: 0 success (a
crawl with some failed pages still succeeds), 130 interrupted, and each
error's own (``errors.py``): 1 runtime error (archive or output unusable),
2 bad input (config, query, options), 3 another run holds the archive's lock,
4 ``probe``: the site cannot be crawled, 5 ``crawl``: some site could not
be reached at all (the others were crawled), 6 the archive is damaged, 143
terminated (SIGTERM).

Options that several commands share are declared once, below (as
sqlite-utils does with ``output_options``): ``--config``, ``--db``,
``--site``, ``--json``, ``--wait``. Every command finds its archive the
same way: ``--db``, else the config's ``[archive] path``, else ``archive.db``;
the config is ``--config``, else ``$CRAWLER_CONFIG``, else ``./config.toml``
when there is one.
"""

from __future__ import annotations

import json
import logging
import signal
import sqlite3
import sys
import tempfile
import threading
from pathlib import Path

import click

from . import archive
from . import search as search_mod
from .config import Settings, load_settings
from .errors import CrawlerError, Interrupted, QueryError, SiteUnreachableError, UncrawlableError

log = logging.getLogger("crawler")

DEFAULT_CONFIG = Path("config.toml")


def _fail(exc: CrawlerError):
    click.echo(f"Error: {exc}", err=True)
    sys.exit(exc.exit_code)


def _terminated(signum, _frame):
    raise Interrupted(signum)


class _Group(click.Group):
    def invoke(self, ctx):
        # SIGTERM stops a command as Ctrl-C does: an exception, so that clean-ups run
        # (an export removes its unfinished file; a crawl commits and records its run).
        main_thread = threading.current_thread() is threading.main_thread()
        previous = signal.signal(signal.SIGTERM, _terminated) if main_thread else None
        try:
            return super().invoke(ctx)
        except Interrupted as exc:
            click.echo(str(exc), err=True)
            sys.exit(exc.exit_code)
        except CrawlerError as exc:
            _fail(exc)
        except sqlite3.DatabaseError as exc:
            # A damaged page met while reading (or a disk failing): one line, never a traceback.
            _fail(archive.database_error(exc))
        except KeyboardInterrupt:
            # The pages done are committed; each page is one savepoint, so nothing
            # half-written remains, and the next crawl resumes from the frontier.
            click.echo("Interrupted.", err=True)
            sys.exit(130)
        finally:
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)


def _setup_logging(verbose: int, quiet: bool) -> None:
    level = logging.WARNING if quiet else (logging.DEBUG if verbose > 1 else
                                           logging.INFO if verbose else logging.WARNING)
    logging.basicConfig(level=level, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for noisy in ("httpx", "httpcore", "trafilatura", "htmldate", "charset_normalizer", "courlan"):
        # trafilatura warns "discarding data" for every page it finds no text in: that is
        # our non-article count, not a warning for the person reading cron mail.
        logging.getLogger(noisy).setLevel(logging.ERROR if verbose < 3 else logging.DEBUG)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="provincial-news-archive")
def main() -> None:
    """Archive Vietnamese provincial news: crawl, search, export.

    \b
    Exit codes: 0 success; 1 runtime error (archive or output unusable);
    2 bad input (config file, query, options); 3 another run is writing to
    the archive; 4 probe: the site cannot be crawled; 5 crawl: a site could
    not be reached at all (the others were crawled); 6 the archive is
    damaged; 130 interrupted (Ctrl-C); 143 terminated (SIGTERM).
    """


# -- shared options ------------------------------------------------------------

def load_config(config_path: Path | None, *, required: bool = False) -> Settings | None:
    """The settings of ``--config`` (or ``$CRAWLER_CONFIG``), else of ./config.toml when
    there is one (or when ``required``: then its absence is the error); else None."""
    if config_path is not None:
        return load_settings(config_path)
    if required or DEFAULT_CONFIG.exists():
        return load_settings(DEFAULT_CONFIG)
    return None


def require_config(config_path: Path | None) -> Settings:
    """The settings of ``--config`` (or ``$CRAWLER_CONFIG``, else ./config.toml), which must exist."""
    return load_settings(config_path if config_path is not None else DEFAULT_CONFIG)


def archive_path(db_path: Path | None, config_path: Path | None) -> Path:
    """``--db``, else the config's ``[archive] path``, else ``archive.db``."""
    if db_path is not None:
        return db_path
    settings = load_config(config_path)
    return settings.archive_path if settings else Settings().archive_path


def open_for_reading(db_path: Path | None, config_path: Path | None):
    return archive.open_readonly(archive_path(db_path, config_path))


def _complete_site(ctx: click.Context, param, incomplete: str) -> list:
    """Shell completion of --site: the site names of the config the command would read."""
    from click.shell_completion import CompletionItem

    try:
        settings = load_config(ctx.params.get("config_path"))
    except CrawlerError:
        return []
    return [CompletionItem(site.name) for site in (settings.sites if settings else ())
            if site.name.startswith(incomplete)]


def config_option(help: str = "Config file [default: ./config.toml when there is one].", **kwargs):
    return click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
                        envvar="CRAWLER_CONFIG", show_envvar=True, help=help, **kwargs)


def db_option(func):
    return click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
                        help="Archive database [default: the config's [archive] path, else archive.db].")(func)


def archive_options(func):
    """--db and --config: which archive (see the module's docstring)."""
    return db_option(config_option(is_eager=True)(func))


def sites_option(help: str = "Only this site (repeatable).", **kwargs):
    return click.option("--site", "sites", multiple=True, help=help, shell_complete=_complete_site, **kwargs)


def json_option(help: str = "One JSON document."):
    return click.option("--json", "as_json", is_flag=True, help=help)


wait_option = click.option(
    "--wait", type=click.FloatRange(min=0), default=0, show_default=True,
    help="Seconds to wait for another run holding the archive's lock (then exit 3).")


def filter_options(func):
    """Options shared by every command that lists articles (search and export)."""
    func = click.option("--removed", is_flag=True,
                        help="Only articles taken down: gone from their site (404/410, or moved to a "
                             "home or section page) since a date the archive shows.")(func)
    func = click.option("--unique", is_flag=True,
                        help="One article per story: syndicated copies on other sites are left out.")(func)
    func = click.option("--until", help="Published on or before: YYYY, YYYY-MM or YYYY-MM-DD.")(func)
    func = click.option("--since", help="Published on or after: YYYY, YYYY-MM or YYYY-MM-DD.")(func)
    func = click.option("--author", help="Only articles whose byline has these words (diacritics optional).")(func)
    return sites_option()(func)


def warn_unknown_sites(db, sites) -> None:
    """A --site with no article in the archive is a typo more often than an empty site."""
    for name in sites:
        if db.execute("SELECT 1 FROM articles WHERE site = ? LIMIT 1", [name]).fetchone() is None:
            archived = [row[0] for row in db.execute("SELECT DISTINCT site FROM runs ORDER BY site")]
            click.echo(f"WARNING: no article of site {name!r} in the archive "
                       f"(sites crawled: {', '.join(archived) or 'none'})", err=True)


@main.command()
@sites_option()
@click.option("--max-pages", type=click.IntRange(min=1), help="Page requests per site in this run.")
@click.option("-v", "--verbose", count=True, help="Log each article (-v) or each page (-vv).")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing on success (for cron).")
@wait_option
@archive_options
def crawl(sites, max_pages, verbose, quiet, wait, db_path, config_path):
    """Crawl the configured sites into the archive.

    \b
    Example:
        crawler crawl --config config.toml --site baolangson --max-pages 200
    """
    from dataclasses import replace

    from .crawl import crawl as run

    _setup_logging(verbose, quiet)
    settings = require_config(config_path)
    if db_path is not None:
        settings = replace(settings, archive_path=db_path)
    chosen = [settings.site(name) for name in sites] if sites else list(settings.sites)
    with archive.writer_lock(settings.archive_path, wait):
        db = archive.open_archive(settings.archive_path, check=True, cache_kb=archive.CRAWL_CACHE_KB)
        if not quiet and sys.stderr.isatty():
            from .progress import live

            with live() as watch:
                reports = run(settings, db, chosen, max_pages, watch)
        else:
            reports = run(settings, db, chosen, max_pages)
        from .stats import health_drift

        drift = [(report.site, problem) for report in reports for problem in health_drift(db, report.site)]
        archive.close_checked(db, settings.archive_path)
    if not quiet:
        for report in reports:
            click.echo(report.summary(), err=True)
        if len(reports) > 1:
            click.echo(total_line(reports), err=True)
    # Loud even with --quiet: a site whose extraction broke is what cron mail is for.
    for site, problem in drift:
        click.echo(f"WARNING: {site}: {problem}: has the site changed its layout? "
                   f"(see 'crawler stats --runs --site {site}')", err=True)
    if quiet:       # the summary lines were not printed: the warnings still are
        for report in reports:
            for warning in report.warnings:
                click.echo(f"WARNING: {report.site}: {warning}", err=True)
    lost = [r for r in reports if r.unreachable]
    if lost:
        raise SiteUnreachableError(
            f"{len(lost)} of {len(reports)} sites could not be reached and were not crawled: "
            + "; ".join(f"{r.site} ({r.unreachable})" for r in lost))


@main.command()
@wait_option
@archive_options
def migrate(wait, db_path, config_path):
    """Bring an archive made by an older version up to this version's schema.

    Read commands (search, export, history, show, stats, sites, serve) never
    change the archive, so they ask for this first; crawl and reextract
    migrate by themselves.
    """
    path = archive_path(db_path, config_path)
    with archive.writer_lock(path, wait):
        archive.open_archive(path, create=False).conn.close()
    click.echo(f"{path}: schema version {archive.SCHEMA_VERSION}", err=True)


def total_line(reports) -> str:
    pages = sum(r.pages for r in reports)
    new = sum(r.new for r in reports)
    updated = sum(r.updated for r in reports)
    failed = sum(r.failures for r in reports)
    return (f"total: {len(reports)} sites, {pages} pages fetched, {new} new and {updated} updated "
            f"articles, {failed} failed")


@main.command()
@click.argument("query")
@filter_options
@click.option("--newest", is_flag=True, help="Newest first instead of best match first.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, help="How many hits.")
@click.option("--count", "count_only", is_flag=True,
              help="Only count the matches: in all, by site and by month.")
@click.option("--all-versions", is_flag=True,
              help="Also articles whose earlier version matches (after the current matches; "
                   "in date order with --newest), with that version's number.")
@json_option("One JSON object per line (with --count: one JSON document).")
@archive_options
def search(query, sites, author, since, until, unique, removed, newest, limit, count_only, all_versions,
           as_json, db_path, config_path):
    """Search the archive; diacritics are optional both ways.

    Best match first ranks the 5,000 newest matches (all when fewer; use
    --since/--until to rank an older period); --newest lists every match
    newest first.

    \b
    Removed articles (taken down by their site) stay in the results, marked
    [removed YYYY-MM-DD]; --removed lists only them.

    \b
    Query: words (all must match), "a phrase", -excluded, prefix*, a OR b, (groups).
    Example:
        crawler search 'duong cao toc' --site baolangson --since 2023
        crawler search 'bão' --count
        crawler search 'sạt lở' --removed --all-versions
    """
    db = open_for_reading(db_path, config_path)
    filters = search_mod.Filters(query=query, site=sites, since=since, until=until, unique=unique,
                                 author=author, removed=removed)
    warn_unknown_sites(db, sites)
    if count_only and all_versions:
        raise QueryError("--count counts the current versions: leave out --all-versions")
    if count_only:
        counts = search_mod.count(db, filters)
        if as_json:
            click.echo(json.dumps(counts, ensure_ascii=False, indent=2))
            return
        click.echo(f"{counts['total']} articles")
        for title, key in (("by site", "by_site"), ("by month", "by_month")):
            click.echo(f"\n{title}:")
            for name, number in counts[key].items():
                click.echo(f"  {name:<18} {number:>8}")
        return
    hits = search_mod.search(db, filters, limit=limit, newest_first=newest, all_versions=all_versions)
    if as_json:
        for hit in hits:
            click.echo(json.dumps(hit.to_dict(), ensure_ascii=False))
        return
    if not hits:
        click.echo("No articles found.", err=True)
    for number, hit in enumerate(hits, 1):
        click.echo(format_hit(number, hit, color=sys.stdout.isatty()))


def format_hit(number: int, hit, color: bool = False) -> str:
    start, end = ("\x1b[1m", "\x1b[0m") if color else ("", "")
    snippet = hit.snippet.replace(search_mod.SNIPPET_START, start).replace(search_mod.SNIPPET_END, end)
    meta = " · ".join(x for x in (hit.site, hit.published, hit.author) if x)
    flags = "".join([f" [removed {hit.removed_at[:10]}]" if hit.removed_at else "",
                     f" [matched in version {hit.version}]" if hit.version is not None else ""])
    return f"{number}. {hit.title}{flags}\n   {meta}\n   {hit.url}\n   {snippet}\n"


@main.command()
@click.option("--output", "-o", default="-", show_default=True,
              help="File (its name's ending gives the format), or - for stdout.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet", "warc"]),
              help="jsonl/csv: article fields; parquet: typed columns (needs the parquet extra); "
                   "warc: the raw captures with their original headers [default: from -o's name: "
                   ".jsonl, .csv, .parquet, .warc.gz].")
@click.option("--excel", is_flag=True,
              help="CSV for spreadsheets: a UTF-8 byte-order mark, CRLF, and cells starting with "
                   "= + - @ made text, never formulas.")
@click.option("--query", help="Only articles matching this search query.")
@click.option("--ranked", is_flag=True, help="With --query: best match first (else archive order).")
@click.option("--versions", "all_versions", is_flag=True,
              help="Every version of each article, oldest first, with its version number and when "
                   "it was seen; WARC: every capture (a revisit record when unchanged).")
@filter_options
@archive_options
def export(output, fmt, excel, query, ranked, all_versions, sites, author, since, until, unique, removed,
           db_path, config_path):
    """Stream articles out as JSON Lines, CSV, Parquet or WARC.

    \b
    Example:
        crawler export --site baolangson --since 2024 -o langson-2024.jsonl
        crawler export --excel -o langson.csv
        crawler export --format warc -o langson.warc.gz
        crawler export --removed --versions -o removed.jsonl
    """
    from .export import export as run
    from .export import format_for

    fmt = format_for(output, fmt or ("csv" if excel else None))
    db = open_for_reading(db_path, config_path)
    filters = search_mod.Filters(query=query, site=sites, since=since, until=until, unique=unique,
                                 author=author, removed=removed)
    warn_unknown_sites(db, sites)
    count = run(db, filters, fmt, output, excel=excel, ranked=ranked, versions=all_versions)
    if output != "-":
        what = ("captures" if fmt == "warc" else "versions") if all_versions else "articles"
        click.echo(f"Exported {count} {what} to {output}", err=True)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--url", help="The page's URL (resolves relative links; used for all FILES).")
@json_option("One JSON object per file, in input order.")
def extract(files, url, as_json):
    """Extract articles from saved HTML files (raw bytes, any charset).

    \b
    Example:
        crawler extract --json saved/*.html > articles.jsonl
    """
    from .extract import extract as run

    for path in files:
        article = run(path.read_bytes(), url)
        record = {"path": str(path), **article.to_dict(), "is_article": article.is_article}
        if as_json:
            click.echo(json.dumps(record, ensure_ascii=False))
            continue
        click.echo(f"== {path}: {article.title or '(no title)'}")
        click.echo(f"   {article.published or 'no date'} · {article.author or 'no author'}"
                   + ("" if article.is_article else f" · not an article: {article.reason}"))
        click.echo(article.text + "\n")


@main.command()
@sites_option("Only this site's articles (repeatable).")
@click.option("--all", "restart", is_flag=True,
              help="Redo every capture, also those an interrupted run already did.")
@click.option("-v", "--verbose", count=True, help="Log each capture that no longer reads as an article.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, only the summary line.")
@wait_option
@archive_options
def reextract(sites, restart, verbose, quiet, wait, db_path, config_path):
    """Re-extract stored articles from their raw HTML and update them, search index included.

    No page is fetched. Every capture is read again, the article's and each
    earlier version's (whose row is updated; no version is added), on one
    process per core (the config's extract_processes). Rows are never
    deleted: a capture that no longer reads as an article is counted and
    left as it was. Interrupted (Ctrl-C, SIGTERM), it keeps what it did, and
    the next run continues from there; --all starts over.

    \b
    Example:
        crawler reextract --config config.toml --site baolangson
    """
    from .config import Settings
    from .crawl import extraction_pool
    from .reextract import ReextractReport
    from .reextract import reextract as run

    _setup_logging(verbose, False)
    settings = load_config(config_path)     # the sites' drop_xpath and selectors, when there is a config
    rules = {s.name: s.rules for s in settings.sites} if settings else {}
    hosts = {s.name: s.hosts for s in settings.sites} if settings else {}   # as the crawl knows them
    path = archive_path(db_path, config_path)
    report = ReextractReport()
    with archive.writer_lock(path, wait):
        db = archive.open_archive(path, create=False, check=True)
        pool = extraction_pool(settings or Settings())
        try:
            if not quiet and sys.stderr.isatty():
                from .progress import rows_bar

                with rows_bar("reextracting") as watch:
                    run(db, sites, rules, hosts=hosts, restart=restart, executor=pool, watch=watch, report=report)
            else:
                run(db, sites, rules, hosts=hosts, restart=restart, executor=pool, report=report)
        except (KeyboardInterrupt, Interrupted):
            click.echo(f"{report.summary()}; interrupted: the next 'crawler reextract' continues from there",
                       err=True)
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        archive.close_checked(db, path)
    click.echo(report.summary(), err=True)


@main.command()
@click.argument("url")
@click.option("--diff", "pair", type=(int, int), metavar="A B",
              help="Compare versions A and B [default: the last two].")
@click.option("--full", is_flag=True, help="The whole text in the diff, not only the changes and around them.")
@click.option("--color/--no-color", default=None,
              help="Colour the diff [default: on a terminal]; else [-deleted-] {+inserted+} [~old→new~].")
@json_option("One JSON document: the versions and the diff's pieces.")
@archive_options
def history(url, pair, full, color, as_json, db_path, config_path):
    """An article's versions, what changed in each, and a word diff of two of them.

    A changed tone or vowel mark is a change of its own ([~mặt→mắt~]); the
    same word spelled in another Unicode form or with its tone mark on the
    other vowel (hoà / hòa) is not. URL may be the stored URL or a spelling
    of it (trailing slash, www., http/https).

    \b
    Example:
        crawler history https://baolangson.vn/some-article-123.html
        crawler history https://baolangson.vn/some-article-123.html --diff 1 3
    """
    from . import history as hist

    db = open_for_reading(db_path, config_path)
    article = hist.find_article(db, url)
    found = hist.versions(db, article.id)
    older, newer = ((hist.pick(found, pair[0]), hist.pick(found, pair[1])) if pair else
                    (found[-2] if len(found) > 1 else None, found[-1]))
    diff = hist.compare(older, newer) if older else {}
    if as_json:
        click.echo(json.dumps({
            "url": article.url, "site": article.site, "removed_at": article.removed_at,
            "versions": hist.listing(found),
            "diff": {"from": older.number, "to": newer.number,
                     "fields": {name: [c.to_dict() for c in changes] for name, changes in diff.items()}}
            if older else None,
        }, ensure_ascii=False, indent=2))
        return
    click.echo(f"{article.url} ({article.site})"
               + (f" · removed: gone since {article.removed_at}" if article.removed_at else ""))
    for row in hist.listing(found):
        click.echo(f"  v{row['number']:<3} seen {_when(row['seen_at'])}  "
                   + (f"replaced {_when(row['replaced_at'])}" if row["replaced_at"] else "current".ljust(28))
                   + f"  {_what_changed(row)}")
    if older is None:
        click.echo("Only one version: nothing to compare.", err=True)
        return
    color = sys.stdout.isatty() if color is None else color
    click.echo(f"\nv{older.number} → v{newer.number}:")
    if not diff:
        click.echo("  the same title, author, date and text")
    for name, changes in diff.items():
        click.echo(f"{name}: {hist.render(changes, color=color, context=None if full else hist.CONTEXT_WORDS)}",
                   color=color)


def _when(value: str | None) -> str:
    return (value or "-")[:19].replace("T", " ")


def _what_changed(row: dict) -> str:
    if row["number"] == 1 and not row["changed"]:
        return "first seen"
    if not row["changed"]:
        return "no change in title, author, date or text"
    words = []
    if "text" in row["changed"]:
        words = [f"+{row['words_added']} -{row['words_removed']} words"]
        if row["words_marks"]:
            words.append(f"{row['words_marks']} with other marks")
    return ", ".join(row["changed"]) + (f" ({', '.join(words)})" if words else "")


@main.command()
@click.argument("url")
@click.option("--version", "number", type=click.IntRange(min=1), help="Which version [default: the newest].")
@click.option("--raw", is_flag=True, help="The raw HTML capture's bytes, as fetched, instead.")
@json_option()
@archive_options
def show(url, number, raw, as_json, db_path, config_path):
    """One version of an article: its fields and text, or its raw HTML.

    \b
    Example:
        crawler show https://baolangson.vn/some-article-123.html --version 1
        crawler show https://baolangson.vn/some-article-123.html --raw > page.html
    """
    from . import history as hist

    db = open_for_reading(db_path, config_path)
    article = hist.find_article(db, url)
    found = hist.versions(db, article.id)
    version = hist.pick(found, number)
    if raw:
        sys.stdout.buffer.write(hist.raw_capture(version, article.url))
        sys.stdout.buffer.flush()
        return
    fields = version.fields()
    fields["tags"] = json.loads(fields["tags"] or "[]")
    if as_json:
        click.echo(json.dumps({"url": article.url, "site": article.site, "removed_at": article.removed_at,
                               "versions": len(found), **fields}, ensure_ascii=False, indent=2))
        return
    state = "current" if version.current else f"replaced {_when(version.replaced_at)}"
    click.echo(f"{version.title or '(no title)'}")
    click.echo(f"  version {version.number} of {len(found)} · seen {_when(version.seen_at)} · {state}")
    if article.removed_at:
        click.echo(f"  removed: gone since {article.removed_at}")
    for name in ("author", "published", "source", "category"):
        if fields[name]:
            click.echo(f"  {name}: {fields[name]}")
    click.echo(f"  url: {article.url}\n")
    click.echo(version.text)


@main.command()
@click.option("--runs", "show_runs", is_flag=True, help="List the latest runs instead.")
@sites_option("With --runs: only this site's runs (repeatable).")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, help="With --runs: how many.")
@json_option()
@archive_options
def stats(show_runs, sites, limit, as_json, db_path, config_path):
    """Articles per site, dates, extraction health and its drift, edits and takedowns, last runs.

    \b
    Health: the share of articles with a date and with an author, and the
    median text length. A site whose last run fell well below its earlier
    runs is flagged: it has probably changed its layout. Edits (versions
    replaced by a newer one) and takedowns (articles gone from their site)
    are counted over each site's last 10 runs.
    """
    from .stats import archive_stats, changes_note, list_runs, undated_note

    db = open_for_reading(db_path, config_path)
    if show_runs:
        runs = list_runs(db, sites, limit)
        if as_json:
            click.echo(json.dumps(runs, ensure_ascii=False, indent=2))
            return
        click.echo(f"{'run':>5}  {'site':<16} {'started':<19}  {'min':>5} {'pages':>6} {'new':>5} "
                   f"{'upd':>4} {'fail':>5}  health (date/author/median)  errors")
        for run in runs:
            minutes = _minutes(run["started_at"], run["finished_at"])
            health = run["health"]
            health = (f"{health['with_date']:.0%}/{health['with_author']:.0%}/{health['median_length']}"
                      if health else "-")
            errors = ", ".join(f"{k} {v}" for k, v in sorted(run["errors"].items())) or "-"
            click.echo(f"{run['id']:>5}  {run['site']:<16} {run['started_at'][:19]:<19}  {minutes:>5} "
                       f"{run['pages']:>6} {run['new_articles']:>5} {run['updated_articles']:>4} "
                       f"{run['failures']:>5}  {health:<28} {errors}")
        return
    data = archive_stats(db)
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    click.echo(f"{'site':<18} {'articles':>8}  {'oldest':<10}  {'newest':<10}  {'date':>5} {'author':>6} "
               f"{'median':>6} {'dupl':>5}  last run")
    for row in data["sites"]:
        last: dict = row.get("last_run") or {}
        last_run = (f"{last.get('finished_at', '')[:19]} ({last.get('new_articles', 0)} new, "
                    f"{last.get('failures', 0)} failed)") if last else "never"
        click.echo(f"{row['site']:<18} {row['articles']:>8}  {(row['oldest'] or '-')[:10]:<10}  "
                   f"{(row['newest'] or '-')[:10]:<10}  {_share(row['with_date']):>5} {_share(row['with_author']):>6} "
                   f"{row['median_length'] or '-':>6} {row['duplicates']:>5}  {last_run}")
        for problem in row["drift"]:
            click.echo(f"  ! {row['site']}: {problem}: has the site changed its layout?")
        if undated_note(row):
            click.echo(f"  · {row['site']}: {undated_note(row)}")
        if changes_note(row):
            click.echo(f"  · {row['site']}: {changes_note(row)}")
        for problem in row["frontier"]:
            click.echo(f"  ! {row['site']}: {problem}")
    click.echo(f"{'total':<18} {data['total']:>8}")


def _share(value: float | None) -> str:
    return f"{value:.0%}" if value is not None else "-"


def _minutes(start: str | None, end: str | None) -> str:
    from datetime import datetime

    if start is None or end is None:
        return "-"
    try:
        return f"{(datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds() / 60:.1f}"
    except ValueError:
        return "-"


@main.command()
@click.argument("url")
@click.option("--pages", type=click.IntRange(1, 50), default=5, show_default=True,
              help="Sample articles to fetch and extract.")
@click.option("--delay", type=click.FloatRange(min=0), help="Seconds between two requests (default: the config's).")
@json_option("One JSON document on stdout.")
@config_option("Config file for [crawl] user_agent, delay_seconds, timeouts, and the site's "
               "selectors when it is configured [default: ./config.toml when there is one].")
def probe(url, pages, delay, as_json, config_path):
    """Try a site before adding it: robots.txt, feeds, sitemaps, sample articles.

    Prints what was found, each sample's title, date, author, first and last
    lines with what looks wrong, and a [[sites]] block to paste into
    config.toml. Nothing is stored. Exit code 4 when the site cannot be
    crawled at all (robots.txt forbids it, no article found), with the reason.

    \b
    Example:
        crawler probe https://baolangson.vn/ --pages 8
    """
    from dataclasses import replace

    from .config import CrawlSettings, SiteRules, check_url_resolves
    from .probe import describe, probe_site
    from .urls import canonicalize, host_of, with_www_variants

    start = canonicalize(url)
    if not start:
        raise click.BadParameter(f"{url!r} is not an http(s) URL", param_hint="URL")
    config = load_config(config_path)
    settings = config.crawl if config else CrawlSettings()
    if delay is not None:
        settings = replace(settings, delay_seconds=delay)
    # A site configured already is probed with its selectors, to try them out.
    configured = [s for s in (config.sites if config else ()) if host_of(start) in with_www_variants(s.hosts)]
    rules = configured[0].rules if configured else SiteRules()
    check_url_resolves(start)
    click.echo(f"Probing {start}: robots.txt, feeds, sitemaps and up to {pages} articles, "
               f"one request every {settings.delay_seconds:g} s or more…", err=True)
    report = probe_site(start, settings, pages, rules)
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(describe(report))
    if not report.crawlable:
        raise UncrawlableError(f"{report.url} cannot be crawled: {'; '.join(report.problems)}")


@main.command()
@json_option()
@archive_options
def sites(as_json, db_path, config_path):
    """The configured sites: articles archived, last good run, extraction health, edits and takedowns.

    A site that needs a look is marked with '!' and the reason: never crawled
    successfully, its last run failed, its share of dated or bylined articles
    dropped, or it is archived but no longer configured.
    """
    from .stats import changes_note, site_overview, undated_note

    settings = require_config(config_path)
    path = db_path or settings.archive_path
    db = archive.open_readonly(path) if Path(path).exists() else None
    rows = site_overview(db, [s.name for s in settings.sites])
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    click.echo(f"{'site':<18} {'articles':>8}  {'newest':<10}  {'last good run':<19}  {'date':>5} {'author':>6}")
    for row in rows:
        good = (row["last_good_run"] or {}).get("finished_at") or "never"
        click.echo(f"{row['site']:<18} {row['articles']:>8}  {(row['newest'] or '-')[:10]:<10}  "
                   f"{good[:19]:<19}  {_share(row['with_date']):>5} {_share(row['with_author']):>6}")
        for problem in row["problems"]:
            click.echo(f"  ! {row['site']}: {problem}")
        if undated_note(row):
            click.echo(f"  · {row['site']}: {undated_note(row)}")
        if changes_note(row):
            click.echo(f"  · {row['site']}: {changes_note(row)}")


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8001, show_default=True, help="Port to listen on.")
@archive_options
def serve(host, port, db_path, config_path):
    """Browse and search the archive in Datasette (the 'serve' extra).

    \b
    Open http://127.0.0.1:8001/archive/articles: title, site, date and
    author of each article, and the matching passage when searching (which
    ignores diacritics both ways); facets by site, category and month; a
    page per article with its text, metadata, original URL and raw capture
    (shown as plain text, so its scripts never run).
    Example:
        uv sync --extra serve && uv run crawler serve --db archive.db
    """
    from .serve import datasette_args, write_metadata

    try:
        from datasette.cli import cli as datasette
        from datasette.plugins import pm

        from . import serve_plugin
    except ImportError:
        raise CrawlerError("serve needs Datasette: uv sync --extra serve "
                          "(or pip install 'provincial-news-archive[serve]')") from None
    db_path = archive_path(db_path, config_path)
    archive.open_readonly(db_path).conn.close()    # refuses what is no archive of this version
    if not pm.is_registered(serve_plugin):
        pm.register(serve_plugin, name="crawler-serve")
    with tempfile.TemporaryDirectory() as tmp:
        meta = write_metadata(db_path, Path(tmp))
        templates = serve_plugin.write_templates(db_path, Path(tmp) / "templates")
        click.echo(f"Serving {db_path} at http://{host}:{port}/{db_path.stem}/articles (Ctrl-C stops)", err=True)
        datasette.main(datasette_args(db_path, meta, host, port, templates), prog_name="crawler serve")


@main.command()
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Keep the demo archive here [default: a temporary folder].")
def demo(db_path):
    """Crawl a bundled sample site on 127.0.0.1, offline, and search it."""
    from .demo import run_demo

    _setup_logging(0, False)
    with tempfile.TemporaryDirectory() as tmp:
        path = db_path or Path(tmp) / "archive.db"
        click.echo("Serving the sample sites on loopback and crawling them…", err=True)
        reports, hits = run_demo(path)
        for report in reports:
            click.echo(report.summary(), err=True)
        click.echo(f"\nSearch 'duong cao toc' (typed without diacritics): {len(hits)} hit(s)\n")
        for number, hit in enumerate(hits, 1):
            click.echo(format_hit(number, hit, color=sys.stdout.isatty()))
        if db_path:
            click.echo(f"Archive kept at {db_path}: try 'crawler search \"Lạng Sơn\" --db {db_path}'",
                       err=True)
