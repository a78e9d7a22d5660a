"""The live progress displays of a crawl and of reextract on a terminal (rich).

Only the CLI uses this, and only when stderr is a terminal: under cron a run
prints one summary line per site and a total instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Protocol

from rich.console import Console
from rich.live import Live
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from .crawl import SiteReport


def table(reports: list[SiteReport]) -> Table:
    """Pages fetched, articles stored, errors, per site (hosts of one site are one row)."""
    view = Table(title="crawling", title_justify="left", expand=False)
    for column in ("site", "pages", "new", "updated", "not modified", "failed", "retried", "robots"):
        view.add_column(column, justify="left" if column == "site" else "right")
    for r in reports:
        view.add_row(r.site, str(r.pages), str(r.new), str(r.updated), str(r.not_modified),
                     str(r.failures), str(r.retries), str(r.blocked))
    if len(reports) > 1:
        view.add_row("total", *(str(sum(getattr(r, k) for r in reports)) for k in
                                ("pages", "new", "updated", "not_modified", "failures", "retries", "blocked")),
                     style="bold")
    return view


@contextmanager
def live(console: Console | None = None) -> Iterator:
    """A ``watch`` callback for ``crawl`` that redraws the table in place."""
    console = console or Console(stderr=True)
    with Live(table([]), console=console, refresh_per_second=4, transient=False) as display:
        yield lambda reports: display.update(table(reports))


class RowsDone(Protocol):
    """What ``rows_bar`` shows of a report (``reextract.ReextractReport``)."""

    done: int
    total: int


class _Rate(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.0f} rows/s" if speed else "– rows/s", style="progress.data.speed")


@contextmanager
def rows_bar(description: str, console: Console | None = None) -> Iterator[Callable[[RowsDone], None]]:
    """A ``watch`` callback that shows rows done of the total, the rate and the time left."""
    console = console or Console(stderr=True)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), _Rate(),
               TimeElapsedColumn(), TextColumn("·"), TimeRemainingColumn(), TextColumn("left"))
    with Progress(*columns, console=console, refresh_per_second=4) as progress:
        task = progress.add_task(description, total=None)
        yield lambda report: progress.update(task, completed=report.done, total=report.total)
