"""The ``crawler`` command: a thin click layer over the library.

Data goes to stdout, logs and progress to stderr. Exit codes:
0 success (a crawl with some failed pages still succeeds), 1 runtime error
(archive or output unusable), 2 bad input (config, query, options), 3 another
run holds the archive's lock, 4 ``probe``: the site cannot be crawled, 5 ``crawl``: some
site could not be reached at all (the others were crawled), 130 interrupted.
"""

from __future__ import annotations

import json
import logging
import sys
import tempfile
from pathlib import Path

import click

from . import archive, search as search_mod
from .config import load_settings
from .errors import CrawlerError, SiteUnreachableError

log = logging.getLogger("crawler")

EXIT_UNCRAWLABLE = 4     # crawler probe: the site cannot be crawled at all


def _fail(exc: CrawlerError):
    click.echo(f"Error: {exc}", err=True)
    sys.exit(exc.exit_code)


class _Group(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except CrawlerError as exc:
            _fail(exc)
        except KeyboardInterrupt:
            # The pages done are committed; each page is one savepoint, so nothing
            # half-written remains, and the next crawl resumes from the frontier.
            click.echo("Interrupted.", err=True)
            sys.exit(130)


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
    not be reached at all (the others were crawled); 130 interrupted.
    """


db_option = click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
                         default="archive.db", show_default=True, help="Archive database.")


def filter_options(func):
    """Options shared by every command that lists articles."""
    func = click.option("--site", "sites", multiple=True, help="Only this site (repeatable).")(func)
    func = click.option("--since", help="Published on or after: YYYY, YYYY-MM or YYYY-MM-DD.")(func)
    func = click.option("--until", help="Published on or before: YYYY, YYYY-MM or YYYY-MM-DD.")(func)
    return func


@main.command()
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              default="config.toml", show_default=True, help="Config file.")
@click.option("--site", "sites", multiple=True, help="Only this site (repeatable).")
@click.option("--max-pages", type=click.IntRange(min=1), help="Page requests per site in this run.")
@click.option("-v", "--verbose", count=True, help="Log each article (-v) or each page (-vv).")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing on success (for cron).")
@click.option("--wait", type=click.FloatRange(min=0), default=0, show_default=True,
              help="Seconds to wait for another run holding the archive's lock (then exit 3).")
def crawl(config_path, sites, max_pages, verbose, quiet, wait):
    """Crawl the configured sites into the archive.

    \b
    Example:
        crawler crawl --config config.toml --site baolangson --max-pages 200
    """
    from .crawl import crawl as run

    _setup_logging(verbose, quiet)
    settings = load_settings(config_path)
    chosen = [settings.site(name) for name in sites] if sites else list(settings.sites)
    with archive.writer_lock(settings.archive_path, wait):
        db = archive.open_archive(settings.archive_path)
        if not quiet and sys.stderr.isatty():
            from .progress import live

            with live() as watch:
                reports = run(settings, db, chosen, max_pages, watch)
        else:
            reports = run(settings, db, chosen, max_pages)
    if not quiet:
        for report in reports:
            click.echo(report.summary(), err=True)
        if len(reports) > 1:
            click.echo(total_line(reports), err=True)
    # Loud even with --quiet: a site whose extraction broke is what cron mail is for.
    from .stats import health_drift

    for report in reports:
        for problem in health_drift(db, report.site):
            click.echo(f"WARNING: {report.site}: {problem}: has the site changed its layout? "
                       f"(see 'crawler stats --runs --site {report.site}')", err=True)
    if quiet:       # the summary lines were not printed: the warnings still are
        for report in reports:
            for warning in report.warnings:
                click.echo(f"WARNING: {report.site}: {warning}", err=True)
    lost = [r for r in reports if r.unreachable]
    if lost:
        raise SiteUnreachableError(
            f"{len(lost)} of {len(reports)} sites could not be reached and were not crawled: "
            + "; ".join(f"{r.site} ({r.unreachable})" for r in lost))


def total_line(reports) -> str:
    pages = sum(r.pages for r in reports)
    new = sum(r.new for r in reports)
    updated = sum(r.updated for r in reports)
    failed = sum(r.failures for r in reports)
    return (f"total: {len(reports)} sites, {pages} pages fetched, {new} new and {updated} updated "
            f"articles, {failed} failed")


@main.command()
@click.argument("query")
@db_option
@filter_options
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--newest", is_flag=True, help="Newest first instead of best match first.")
@click.option("--unique", is_flag=True, help="One hit per story: syndicated copies on other sites are left out.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
def search(query, db_path, sites, since, until, limit, newest, unique, as_json):
    """Search the archive; diacritics are optional both ways.

    Best match first ranks the 5,000 newest matches (all when fewer; use
    --since/--until to rank an older period); --newest lists every match
    newest first.

    \b
    Query: words (all must match), "a phrase", -excluded, prefix*, a OR b, (groups).
    Example:
        crawler search 'duong cao toc' --site baolangson --since 2023
    """
    db = archive.open_archive(db_path, create=False)
    filters = search_mod.Filters(query=query, site=sites, since=since, until=until, unique=unique)
    hits = search_mod.search(db, filters, limit=limit, newest_first=newest)
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
    return f"{number}. {hit.title}\n   {meta}\n   {hit.url}\n   {snippet}\n"


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet", "warc"]), required=True,
              help="jsonl/csv: article fields; parquet: typed columns (needs the parquet extra); "
                   "warc: the raw captures with their original headers.")
@click.option("--output", "-o", default="-", show_default=True, help="File, or - for stdout.")
@click.option("--query", help="Only articles matching this search query.")
@filter_options
def export(db_path, fmt, output, query, sites, since, until):
    """Stream articles out as JSON Lines, CSV, Parquet or WARC.

    \b
    Example:
        crawler export --format jsonl --site baolangson --since 2024 -o langson-2024.jsonl
        crawler export --format warc -o langson.warc.gz
    """
    from .export import export as run

    db = archive.open_archive(db_path, create=False)
    filters = search_mod.Filters(query=query, site=sites, since=since, until=until)
    count = run(db, filters, fmt, output)
    if output != "-":
        click.echo(f"Exported {count} articles to {output}", err=True)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--url", help="The page's URL (resolves relative links; used for all FILES).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per file, in input order.")
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
@db_option
@click.option("--site", help="Only this site's articles.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              default="config.toml", show_default=True,
              help="Config file for the sites' drop_xpath (skipped if absent).")
@click.option("-v", "--verbose", count=True, help="Log each article that no longer reads as one.")
@click.option("--wait", type=click.FloatRange(min=0), default=0, show_default=True,
              help="Seconds to wait for another run holding the archive's lock (then exit 3).")
def reextract(db_path, site, config_path, verbose, wait):
    """Re-extract stored articles from their raw HTML and update them, search index included.

    No page is fetched. Rows are never deleted: a capture that no longer
    reads as an article is counted and left as it was.
    """
    from .reextract import reextract as run

    _setup_logging(verbose, False)
    drop = {}
    if config_path.exists():
        drop = {s.name: s.drop_xpath for s in load_settings(config_path).sites}
    with archive.writer_lock(db_path, wait):
        db = archive.open_archive(db_path, create=False)
        report = run(db, site, drop)
    click.echo(report.summary(), err=True)


@main.command()
@db_option
@click.option("--runs", "show_runs", is_flag=True, help="List the latest runs instead.")
@click.option("--site", help="With --runs: only this site's runs.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, help="With --runs: how many.")
@click.option("--json", "as_json", is_flag=True, help="One JSON document.")
def stats(db_path, show_runs, site, limit, as_json):
    """Articles per site, dates, extraction health and its drift, last runs.

    \b
    Health: the share of articles with a date and with an author, and the
    median text length. A site whose last run fell well below its earlier
    runs is flagged: it has probably changed its layout.
    """
    from .stats import archive_stats, list_runs

    db = archive.open_archive(db_path, create=False)
    if show_runs:
        runs = list_runs(db, site, limit)
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
        last = row.get("last_run") or {}
        run = (f"{last.get('finished_at', '')[:19]} ({last.get('new_articles', 0)} new, "
               f"{last.get('failures', 0)} failed)") if last else "never"
        click.echo(f"{row['site']:<18} {row['articles']:>8}  {(row['oldest'] or '-')[:10]:<10}  "
                   f"{(row['newest'] or '-')[:10]:<10}  {_share(row['with_date']):>5} {_share(row['with_author']):>6} "
                   f"{row['median_length'] or '-':>6} {row['duplicates']:>5}  {run}")
        for problem in row["drift"]:
            click.echo(f"  ! {row['site']}: {problem}: has the site changed its layout?")
        for problem in row["frontier"]:
            click.echo(f"  ! {row['site']}: {problem}")
    click.echo(f"{'total':<18} {data['total']:>8}")


def _share(value: float | None) -> str:
    return f"{value:.0%}" if value is not None else "-"


def _minutes(start: str | None, end: str | None) -> str:
    from datetime import datetime

    try:
        return f"{(datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds() / 60:.1f}"
    except (TypeError, ValueError):
        return "-"


@main.command()
@click.argument("url")
@click.option("--pages", type=click.IntRange(1, 50), default=5, show_default=True,
              help="Sample articles to fetch and extract.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              default="config.toml", show_default=True,
              help="Config file for [crawl] user_agent, delay_seconds, timeouts (skipped if absent).")
@click.option("--delay", type=click.FloatRange(min=0), help="Seconds between two requests (default: the config's).")
@click.option("--json", "as_json", is_flag=True, help="One JSON document on stdout.")
def probe(url, pages, config_path, delay, as_json):
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

    from .config import CrawlSettings, check_url_resolves
    from .probe import describe, probe_site
    from .urls import canonicalize

    start = canonicalize(url)
    if not start:
        raise click.BadParameter(f"{url!r} is not an http(s) URL", param_hint="URL")
    settings = load_settings(config_path).crawl if config_path.exists() else CrawlSettings()
    if delay is not None:
        settings = replace(settings, delay_seconds=delay)
    check_url_resolves(start)
    click.echo(f"Probing {start}: robots.txt, feeds, sitemaps and up to {pages} articles, "
               f"one request every {settings.delay_seconds:g} s or more…", err=True)
    report = probe_site(start, settings, pages)
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(describe(report))
    if not report.crawlable:
        click.echo(f"Error: {report.url} cannot be crawled: {'; '.join(report.problems)}", err=True)
        sys.exit(EXIT_UNCRAWLABLE)


@main.command()
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              default="config.toml", show_default=True, help="Config file.")
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Archive database (default: the config's [archive] path).")
@click.option("--json", "as_json", is_flag=True, help="One JSON document.")
def sites(config_path, db_path, as_json):
    """The configured sites: articles archived, last good run, extraction health.

    A site that needs a look is marked with '!' and the reason: never crawled
    successfully, its last run failed, its share of dated or bylined articles
    dropped, or it is archived but no longer configured.
    """
    from .stats import site_overview

    settings = load_settings(config_path)
    path = db_path or settings.archive_path
    db = archive.open_archive(path, create=False) if Path(path).exists() else None
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


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8001, show_default=True)
def serve(db_path, host, port):
    """Browse and search the archive in Datasette (the 'serve' extra).

    \b
    Open http://127.0.0.1:8001/archive/articles: search ignores diacritics
    both ways, facets by site, category and month, one page per article.
    Example:
        uv sync --extra serve && uv run crawler serve --db archive.db
    """
    from .serve import datasette_args, write_metadata

    try:
        from datasette.cli import cli as datasette
    except ImportError:
        raise CrawlerError("serve needs Datasette: uv sync --extra serve "
                          "(or pip install 'provincial-news-archive[serve]')") from None
    archive.open_archive(db_path, create=False).conn.close()   # migrates an old archive first
    with tempfile.TemporaryDirectory() as tmp:
        meta = write_metadata(db_path, Path(tmp))
        click.echo(f"Serving {db_path} at http://{host}:{port}/{db_path.stem}/articles (Ctrl-C stops)", err=True)
        datasette.main(datasette_args(db_path, meta, host, port), prog_name="crawler serve")


@main.command()
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Keep the demo archive here (default: a temporary folder).")
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
