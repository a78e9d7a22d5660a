"""Archive statistics: articles per site, date range, last runs."""

from __future__ import annotations

import json

from sqlite_utils import Database


def archive_stats(db: Database) -> dict:
    sites = []
    for site, count, oldest, newest in db.execute(
        "SELECT site, COUNT(*), MIN(published), MAX(published) FROM articles GROUP BY site ORDER BY site"
    ).fetchall():
        sites.append({"site": site, "articles": count, "oldest": oldest, "newest": newest})
    known = {row["site"] for row in sites}
    last_runs = {}
    for row in db.query("SELECT * FROM runs WHERE id IN (SELECT MAX(id) FROM runs GROUP BY site)"):
        row["errors"] = json.loads(row["errors"] or "{}")
        last_runs[row["site"]] = row
        if row["site"] not in known:
            sites.append({"site": row["site"], "articles": 0, "oldest": None, "newest": None})
    for row in sites:
        row["last_run"] = last_runs.get(row["site"])
    return {"total": sum(s["articles"] for s in sites), "sites": sites}
