"""Archive statistics: articles per site, date range, extraction health and its drift, runs."""

from __future__ import annotations

import json
import statistics
from collections.abc import Sequence

from sqlite_utils import Database

from .archive import sites_where

# A run whose share of dated (or bylined) articles falls this far below the
# site's previous runs, or whose median text is this much shorter, is a sign
# that the site changed its layout and extraction broke.
DRIFT_POINTS = 0.3
DRIFT_LENGTH_RATIO = 0.5
MIN_RUN_ARTICLES = 3      # runs with fewer stored articles say too little either way
COMPARE_RUNS = 5
# Edits and takedowns are counted over a site's last this many runs (from the start of
# the oldest of them): what changed lately, not since the archive began.
CHANGE_RUNS = 10


def archive_stats(db: Database) -> dict:
    sites = []
    for site, count, oldest, newest, dated, bylined in db.execute(
        "SELECT site, COUNT(*), MIN(published), MAX(published), AVG(published IS NOT NULL),"
        " AVG(author IS NOT NULL) FROM articles GROUP BY site ORDER BY site"
    ).fetchall():
        sites.append({"site": site, "articles": count, "oldest": oldest, "newest": newest,
                      "with_date": round(dated, 3), "with_author": round(bylined, 3),
                      "without_date": count - round(dated * count),
                      "median_length": _median_length(db, site, count),
                      "duplicates": db.execute("SELECT COUNT(*) FROM articles WHERE site = ? AND"
                                               " duplicate_of IS NOT NULL", [site]).fetchone()[0]})
    known = {row["site"] for row in sites}
    last_runs = {}
    for row in db.query("SELECT * FROM runs WHERE id IN (SELECT MAX(id) FROM runs GROUP BY site)"):
        _parse_run(row)
        last_runs[row["site"]] = row
        if row["site"] not in known:
            sites.append({"site": row["site"], "articles": 0, "oldest": None, "newest": None,
                          "with_date": None, "without_date": 0, "with_author": None, "median_length": None,
                          "duplicates": 0})
    for row in sites:
        row["last_run"] = last_runs.get(row["site"])
        row.update(changes(db, row["site"]))
        row["drift"] = health_drift(db, row["site"])
        row["frontier"] = frontier_problems(db, row["site"], row["last_run"])
    return {"total": sum(s["articles"] for s in sites), "sites": sites}


def changes(db: Database, site: str, runs: int = CHANGE_RUNS) -> dict:
    """The site's edits (versions replaced by a newer one: ``versions.replaced_at``) and
    takedowns (``articles.removed_at``) since the start of its ``runs``-th last run (all,
    when it has not run), and that start (``changes_since``) with how many runs it spans."""
    started = [row[0] for row in db.execute("SELECT started_at FROM runs WHERE site = ? ORDER BY id DESC"
                                            " LIMIT ?", [site, runs])]
    since = started[-1] if started else ""
    edits = db.execute("SELECT count(*) FROM versions v JOIN articles a ON a.id = v.article_id"
                       " WHERE a.site = ? AND v.replaced_at >= ?", [site, since]).fetchone()[0]
    takedowns = db.execute("SELECT count(*) FROM articles WHERE site = ? AND removed_at >= ?",
                           [site, since]).fetchone()[0]
    return {"edits": edits, "takedowns": takedowns, "changes_since": since or None, "changes_runs": len(started)}


def changes_note(row: dict) -> str | None:
    """A line for a site whose articles were edited or taken down over its last runs."""
    if not (row.get("edits") or row.get("takedowns")):
        return None
    edits, gone = row["edits"], row["takedowns"]
    span = (f"in the last {row['changes_runs']} run{'' if row['changes_runs'] == 1 else 's'}"
            f" (since {row['changes_since'][:16].replace('T', ' ')})" if row["changes_since"] else "in all")
    return (f"{edits} edit{'' if edits == 1 else 's'}, {gone} takedown{'' if gone == 1 else 's'} {span}:"
            " see 'crawler history URL', 'crawler search --removed'")


def _median_length(db: Database, site: str, count: int) -> int | None:
    if not count:
        return None
    row = db.execute("SELECT length(text) FROM articles WHERE site = ? ORDER BY length(text)"
                     " LIMIT 1 OFFSET ?", [site, count // 2]).fetchone()
    return row[0] if row else None


def list_runs(db: Database, sites: Sequence[str] = (), limit: int = 20) -> list[dict]:
    """The latest runs (of these ``sites``, or all), newest first."""
    where, params = sites_where(sites)
    rows = list(db.query(f"SELECT * FROM runs{where} ORDER BY id DESC LIMIT ?", [*params, limit]))
    for row in rows:
        _parse_run(row)
    return rows


def _parse_run(row: dict) -> dict:
    row["errors"] = json.loads(row["errors"] or "{}")
    row["health"] = json.loads(row["health"]) if row.get("health") else None
    row["frontier"] = json.loads(row["frontier"]) if row.get("frontier") else {}
    return row


def frontier_problems(db: Database, site: str, last: dict | None) -> list[str]:
    """What the site's last run says about its frontier: the site unreachable (and for how
    many runs in a row), traps not followed, URLs dropped by a cap, soft 404s, warnings."""
    if last is None:
        return []
    frontier, problems = last.get("frontier") or {}, []
    if frontier.get("unreachable"):
        streak = 0
        for (raw,) in db.execute("SELECT frontier FROM runs WHERE site = ? ORDER BY id DESC", [site]):
            if not (raw and json.loads(raw).get("unreachable")):
                break
            streak += 1
        runs = f"the last {streak} runs" if streak > 1 else "the last run"
        problems.append(f"unreachable in {runs}: {frontier['unreachable']}")
    for key, label in (("traps", "traps not followed"), ("dropped", "URLs dropped by caps")):
        if frontier.get(key):
            problems.append(f"{label}: " + ", ".join(f"{k} {v}" for k, v in sorted(frontier[key].items())))
    if frontier.get("soft_404"):
        problems.append(f"{frontier['soft_404']} soft 404s (\"not found\" pages served as 200)")
    problems += frontier.get("warnings", [])
    return problems


def health_drift(db: Database, site: str) -> list[str]:
    """What got worse in the site's last run with articles, against the runs before it."""
    runs = [json.loads(h) for (h,) in db.execute(
        "SELECT health FROM runs WHERE site = ? AND health IS NOT NULL ORDER BY id DESC LIMIT ?",
        [site, COMPARE_RUNS + 1])]
    runs = [h for h in runs if h.get("articles", 0) >= MIN_RUN_ARTICLES]
    if len(runs) < 2:
        return []
    last, before = runs[0], runs[1:]
    problems = []
    for key, label in (("with_date", "a date"), ("with_author", "an author")):
        was = statistics.fmean(h[key] for h in before)
        if was - last[key] >= DRIFT_POINTS:
            problems.append(f"{last[key]:.0%} of the last run's articles have {label} (was {was:.0%})")
    was_length = statistics.median(h["median_length"] for h in before)
    if was_length and last["median_length"] < was_length * DRIFT_LENGTH_RATIO:
        problems.append(f"median text {last['median_length']} characters (was {was_length:.0f})")
    return problems


def site_overview(db: Database | None, configured: list[str]) -> list[dict]:
    """Each configured site (then each archived site no longer configured) with its
    archive counts, last good run, extraction health and what needs a look.

    A good run fetched at least one page without failing; ``db`` None is an
    archive not created yet."""
    stats = {row["site"]: row for row in archive_stats(db)["sites"]} if db is not None else {}
    rows = []
    for site in [*configured, *(name for name in stats if name not in configured)]:
        row = stats.get(site) or {"site": site, "articles": 0, "newest": None, "with_date": None,
                                  "without_date": 0,
                                  "with_author": None, "last_run": None, "drift": [],
                                  **(changes(db, site) if db is not None else
                                     {"edits": 0, "takedowns": 0, "changes_since": None, "changes_runs": 0})}
        good = None
        if db is not None:
            found = list(db.query("SELECT * FROM runs WHERE site = ? AND pages > failures"
                                  " ORDER BY id DESC LIMIT 1", [site]))
            good = found[0] if found else None
        last = row["last_run"]
        problems = []
        if site not in configured:
            problems.append("archived but no longer in the config")
        elif good is None:
            problems.append("never crawled successfully" if last is None else
                            f"no run has succeeded yet (last: {_run_failure(last)})")
        elif last is not None and last["id"] != good["id"]:
            problems.append(f"last run {last['finished_at'][:16]} failed: {_run_failure(last)}")
        problems += row["drift"]
        # A site unreachable run after run: say for how long (the line above gives the reason).
        problems += [p for p in row.get("frontier", []) if p.startswith("unreachable in the last ")
                     and not p.startswith("unreachable in the last run:")]
        rows.append({"site": site, "configured": site in configured, "articles": row["articles"],
                     "newest": row["newest"], "with_date": row["with_date"],
                     "with_author": row["with_author"], "without_date": row["without_date"],
                     "last_good_run": _run_brief(good), "last_run": _run_brief(last),
                     "problems": problems,
                     **{key: row[key] for key in ("edits", "takedowns", "changes_since", "changes_runs")}})
    return rows


def undated_note(row: dict) -> str | None:
    """A line for a site whose archive holds articles without a readable date (kept, not lost)."""
    count = row.get("without_date") or 0
    if not count:
        return None
    return f"{count} article{'' if count == 1 else 's'} without a date (stored, published left empty)"


def _run_failure(run: dict) -> str:
    """Why a run (as ``archive_stats`` gives it, errors parsed) counts as failed."""
    if (run.get("frontier") or {}).get("unreachable"):
        return f"site unreachable: {run['frontier']['unreachable']}"
    if not run["pages"]:
        return "no page was fetched (robots.txt unavailable, or every page refused by it)"
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(run["errors"].items())) or "no reason recorded"
    return f"{run['failures']} of {run['pages']} pages failed ({kinds})"


def _run_brief(run: dict | None) -> dict | None:
    if run is None:
        return None
    return {key: run[key] for key in ("id", "started_at", "finished_at", "pages", "new_articles",
                                       "updated_articles", "failures")}
