"""``lmops eval list``, ``eval show RUN`` and ``eval export RUN``: the runs stored.

Runs are found in the config's store (``settings.database_url``, migrated to the current schema
as ``lmops prompts`` does), by their id or a prefix of it that only one run has. Exit statuses
follow ``lmops keys``: 1 when the store says no (no such run, an ambiguous prefix, a database
error), 2 for input the command cannot use (an output file it cannot write).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TypeVar

import sqlalchemy as sa
import typer
from rich.table import Table
from rich.text import Text

from lmops.cli._common import CONFIG_OPTION
from lmops.cli.keys import (
    JsonOpt,
    console,
    fail,
    format_time,
    open_store,
    print_fields,
    print_json,
    usd,
)
from lmops.evals.export import write_cells
from lmops.evals.reports.console import print_summary
from lmops.evals.store import RunStore, RunSummary
from lmops.store.db import describe_error

__all__ = ["export_command", "list_command", "show_command"]

T = TypeVar("T")

RunArg = Annotated[
    str, typer.Argument(metavar="RUN", help="A run id, or a prefix of it only one run has.")
]


class ExportFormat(StrEnum):
    JSONL = "jsonl"
    CSV = "csv"


def list_command(
    config_path: Path = CONFIG_OPTION,
    limit: Annotated[int, typer.Option("--limit", "-l", min=1, help="At most N runs.")] = 50,
    as_json: JsonOpt = False,
) -> None:
    """List stored eval runs, newest first, each with its id, counts and verdict."""
    with _runs(config_path) as runs:
        summaries = runs.read(lambda: runs.store.list(limit))
    if as_json:
        print_json([s.to_json() for s in summaries])
        return
    table = Table(title=f"{len(summaries)} eval run(s), newest first", title_justify="left")
    columns = ("id", "started (UTC)", "suite", "cells", "passed", "failed", "error", "skipped")
    for column in columns:
        table.add_column(column, no_wrap=column == "id")
    table.add_column("pass rate", justify="right")
    table.add_column("verdict")
    for s in summaries:
        cells = [s.id, format_time(s.started_at), s.suite_path, str(s.total)]
        cells += [str(s.counts[status]) for status in ("passed", "failed", "error", "skipped")]
        cells += [f"{s.pass_rate:.1%}", _verdict(s)]
        table.add_row(*(Text(cell) for cell in cells))
    console().print(table)


def show_command(
    run_id: RunArg,
    config_path: Path = CONFIG_OPTION,
    cells: Annotated[
        int, typer.Option("--cells", "-n", min=0, help="List at most N cells not passed.")
    ] = 20,
    as_json: JsonOpt = False,
) -> None:
    """Show one run: its suite, prompt versions and cost, the pass rate per prompt x target,
    and the cells that did not pass, failures first (--json: the whole run with its cells)."""
    with _runs(config_path) as runs:
        run = runs.read(lambda: runs.store.get(run_id))
    if as_json:
        print_json(run.to_json())
        return
    # A cell answered from the cache was paid for by an earlier run: not counted again.
    paid = [c for c in run.cells if not c.cached]
    costs = [c.cost_usd for c in paid if c.cost_usd is not None]
    # Only answered cells cost something; an answer without a price is unknown, not $0.
    unpriced = sum(1 for c in paid if c.output is not None and c.cost_usd is None)
    cached = len(run.cells) - len(paid)
    print_fields(
        {
            "suite": run.suite_path,
            "description": run.description or "-",
            "started": f"{format_time(run.started_at)} UTC",
            "cost": usd(sum(costs))
            + (f" ({unpriced} cell(s) unpriced)" if unpriced else "")
            + (f" ({cached} cell(s) from the cache, not counted)" if cached else ""),
            "prompts": ", ".join(f"{p} = {v}" for p, v in run.prompt_versions.items()) or "-",
        }
    )
    print_summary(run, console(), limit=cells)


def export_command(
    run_id: RunArg,
    fmt: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="jsonl: every field; csv: a table.")
    ] = ExportFormat.JSONL,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to FILE instead of standard output."),
    ] = None,
    config_path: Path = CONFIG_OPTION,
) -> None:
    """Export a run's cells (output, variables, scores, latency, tokens, cost) as JSONL or CSV."""
    with _runs(config_path) as runs:
        run = runs.read(lambda: runs.store.get(run_id))
    if output is None:
        write_cells(run, sys.stdout, fmt.value)
        return
    try:
        with output.open("w", encoding="utf-8", newline="") as out:
            count = write_cells(run, out, fmt.value)
    except OSError as exc:
        fail(f"--output: {output}: {exc.strerror or exc}", 2)
    typer.echo(f"wrote {count} cell(s) of run {run.id} to {output}", err=True)


@dataclass(frozen=True, slots=True)
class _Runs:
    """The run store of one command."""

    engine: sa.Engine
    store: RunStore

    def read(self, call: Callable[[], T]) -> T:
        """``call()``; no such run (or an ambiguous prefix) and database errors exit 1."""
        try:
            return call()
        except KeyError as exc:
            fail(f"RUN: {exc.args[0] if exc.args else exc}")
        except sa.exc.SQLAlchemyError as exc:
            fail(f"store error: {describe_error(exc, self.engine)}")


@contextmanager
def _runs(config_path: Path) -> Iterator[_Runs]:
    with open_store(config_path) as store:
        yield _Runs(store.engine, RunStore(store.engine))


def _verdict(summary: RunSummary) -> str:
    if summary.total == 0:
        return "empty"
    return "ok" if summary.ok else "FAILED"
