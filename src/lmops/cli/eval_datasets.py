"""``lmops eval datasets`` and ``eval dataset NAME``: the datasets collected from logged
requests in the dashboard, listed, and written as the JSONL a suite's ``dataset:`` reads."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import sqlalchemy as sa
import typer
from rich.table import Table

from lmops.cli._common import CONFIG_OPTION
from lmops.cli.keys import (
    JsonOpt,
    console,
    fail,
    format_time,
    open_store,
    print_json,
    write_jsonl,
)
from lmops.evals.dataset_store import DatasetStore
from lmops.store.db import describe_error

__all__ = ["dataset_command", "datasets_command"]


def datasets_command(config_path: Path = CONFIG_OPTION, as_json: JsonOpt = False) -> None:
    """List the datasets collected from logged requests, with their row counts."""
    with open_store(config_path) as store:
        try:
            found = DatasetStore(store.engine).names()
        except sa.exc.SQLAlchemyError as exc:
            fail(describe_error(exc, store.engine))
    if as_json:
        print_json(
            [
                {"name": d.name, "rows": d.rows, "updated_at": d.updated_at.isoformat()}
                for d in found
            ]
        )
        return
    table = Table("dataset", "rows", "last added")
    for d in found:
        table.add_row(d.name, str(d.rows), format_time(d.updated_at))
    console().print(table)


def dataset_command(
    name: Annotated[str, typer.Argument(metavar="NAME", help="The dataset's name.")],
    config_path: Path = CONFIG_OPTION,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write here (default: stdout).")
    ] = None,
) -> None:
    """Write dataset NAME as JSONL (input, messages, reference): a suite's ``dataset:``."""
    with open_store(config_path) as store:
        try:
            rows = DatasetStore(store.engine).rows(name)
        except sa.exc.SQLAlchemyError as exc:
            fail(describe_error(exc, store.engine))
    if not rows:
        fail(f"no dataset named {name!r} (add requests to it from the dashboard's request page)")
    write_jsonl(rows, out, f"rows of {name}")
