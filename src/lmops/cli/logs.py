"""``lmops logs``: read the request log from the terminal.

Read-only: these commands never create or migrate the schema (that is the gateway's job), and a
database the gateway has not written to yet simply has no requests.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any

import orjson
import sqlalchemy as sa
import typer
from rich.console import Console, JustifyMethod
from rich.table import Table
from rich.text import Text

from lmops.cli._common import database_url_or_exit
from lmops.cli.keys import fail
from lmops.evals.log_dataset import NO_BODIES, LogDataset, dataset_from_log
from lmops.store.db import create_engine, describe_error
from lmops.store.request_log import RequestRecord, query_requests
from lmops.store.request_tail import RequestTail

__all__ = ["app", "parse_since"]

app = typer.Typer(name="logs", help="Query and follow the request log.", no_args_is_help=True)

_DURATION = re.compile(r"(\d+(?:\.\d+)?)([smhdw])")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}


def parse_since(value: str) -> datetime:
    """``30m``, ``1h``, ``7d`` (ago; also ``s``, ``w``) or an ISO 8601 time (UTC if no offset)."""
    text = value.strip()
    match = _DURATION.fullmatch(text.lower())
    if match:
        seconds = float(match[1]) * _UNIT_SECONDS[match[2]]
        return datetime.now(UTC) - timedelta(seconds=seconds)
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is neither a duration (30m, 1h, 7d) nor an ISO time (2024-05-01T12:00:00Z)"
        ) from None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


ConfigOpt = Annotated[
    str,
    typer.Option(
        "--config",
        "-c",
        envvar="LMOPS_CONFIG",
        help="lmops.yaml; the store is settings.database_url.",
        show_default=False,
    ),
]
ModelOpt = Annotated[str | None, typer.Option("--model", "-m", help="Only this model group.")]
StatusOpt = Annotated[int | None, typer.Option("--status", "-s", help="Only this HTTP status.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="One JSON object per line.")]
SinceOpt = Annotated[
    datetime | None,
    typer.Option(
        "--since",
        parser=parse_since,
        metavar="30m|1h|7d|ISO",
        help="Only requests at or after this time (a duration ago, or an ISO time).",
    ),
]


@app.command("query")
def query_command(
    config: ConfigOpt,
    model: ModelOpt = None,
    since: SinceOpt = None,
    status: StatusOpt = None,
    principal: Annotated[str | None, typer.Option("--principal", help="Only this caller.")] = None,
    guardrail: Annotated[
        str | None,
        typer.Option("--guardrail", help="Only requests on which this rule fired ('*': any)."),
    ] = None,
    limit: Annotated[int, typer.Option("--limit", "-l", min=1, help="At most N rows.")] = 100,
    as_json: JsonOpt = False,
) -> None:
    """Show logged requests, newest first."""
    engine = _open_store(config)
    try:
        records = _read(
            engine,
            lambda: query_requests(
                engine,
                model=model,
                since=since,
                status=status,
                principal=principal,
                guardrail=guardrail,
                limit=limit,
            ),
        )
    finally:
        engine.dispose()
    if as_json:
        _print_json_lines(records)
    else:
        console = Console()
        if not console.is_terminal:
            # Piped into a file or a pager: no terminal width to fit, so do not squeeze columns.
            console = Console(width=240)
        console.print(_table(records))


@app.command("tail")
def tail_command(
    config: ConfigOpt,
    lines: Annotated[int, typer.Option("-n", "--lines", min=0, help="Show the last N first.")] = 10,
    follow: Annotated[
        bool, typer.Option("--follow/--no-follow", help="Keep printing new requests (Ctrl-C ends).")
    ] = True,
    interval: Annotated[
        float, typer.Option("--interval", min=0.05, help="Seconds between polls.")
    ] = 1.0,
    grace: Annotated[
        float,
        typer.Option(
            "--grace", min=0, help="Seconds a request may be written late and still show."
        ),
    ] = 10.0,
    model: ModelOpt = None,
    status: StatusOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Show the latest requests, oldest first, then follow new ones."""
    engine = _open_store(config)
    tail = RequestTail(engine, model=model, status=status, grace=grace)
    emit = _print_json_lines if as_json else _print_lines
    try:
        emit(_read(engine, lambda: tail.last(lines)))
        while follow:
            time.sleep(interval)
            emit(_poll(engine, tail))
    except KeyboardInterrupt:
        pass
    finally:
        engine.dispose()


@app.command("export")
def export_command(
    config: ConfigOpt,
    since: SinceOpt = None,
    model: ModelOpt = None,
    with_bodies: Annotated[
        bool,
        typer.Option(
            "--with-bodies",
            help="Required: the rows hold the logged bodies, which may hold personal data.",
        ),
    ] = False,
    limit: Annotated[
        int, typer.Option("--limit", "-l", min=1, help="The latest N answered requests.")
    ] = 1000,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to FILE instead of standard output."),
    ] = None,
) -> None:
    """Write answered requests as eval dataset rows (JSONL, for a suite's dataset:), oldest
    first: input (the last user message), messages, and the logged answer as reference."""
    if not with_bodies:
        fail(
            "--with-bodies: the rows are made of the logged request and response bodies, "
            "which may hold personal data: pass --with-bodies to export them",
            2,
        )
    engine = _open_store(config)
    try:
        records = _read(
            engine,
            lambda: query_requests(engine, model=model, since=since, status=200, limit=limit),
        )
    finally:
        engine.dispose()
    dataset = dataset_from_log(reversed(records))
    if not dataset.rows:
        fail(_why_no_rows(len(records), dataset))
    lines = b"".join(orjson.dumps(row) + b"\n" for row in dataset.rows).decode()
    if output is None:
        typer.echo(lines, nl=False)
    else:
        try:
            output.write_text(lines, encoding="utf-8")
        except OSError as exc:
            fail(f"--output: {output}: {exc.strerror or exc}", 2)
    typer.echo(f"wrote {len(dataset.rows)} row(s){_skipped(dataset)}", err=True)


def _why_no_rows(matched: int, dataset: LogDataset) -> str:
    if matched == 0:
        return "no answered request matches --since and --model"
    if dataset.skipped[NO_BODIES] == matched:
        return (
            f"none of the {matched} answered request(s) matched had its bodies logged: "
            "bodies are logged from when settings.log_bodies is true in lmops.yaml"
        )
    return (
        f"none of the {matched} answered request(s) matched could be made a row{_skipped(dataset)}"
    )


def _skipped(dataset: LogDataset) -> str:
    if not dataset.skipped:
        return ""
    reasons = ", ".join(f"{n} {why}" for why, n in dataset.skipped.most_common())
    return f"; left out: {reasons}"


def _open_store(config_path: str) -> sa.Engine:
    url = database_url_or_exit(config_path)  # the store alone: no master key needed
    try:
        return create_engine(url)
    except (ValueError, OSError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None


def _read(engine: sa.Engine, read: Callable[[], list[RequestRecord]]) -> list[RequestRecord]:
    """Run ``read``; a store without the request_log table yet has no requests."""
    try:
        return read()
    except sa.exc.SQLAlchemyError as exc:
        if _log_table_missing(engine):
            return []
        typer.echo(f"error: cannot read the request log: {describe_error(exc, engine)}", err=True)
        raise typer.Exit(1) from None


def _poll(engine: sa.Engine, tail: RequestTail) -> list[RequestRecord]:
    try:
        return tail.poll()
    except sa.exc.SQLAlchemyError as exc:
        # A database restart must not end a long-running tail: report it and poll on.
        if not _log_table_missing(engine):
            typer.echo(f"warning: {describe_error(exc, engine)}", err=True)
        return []


def _log_table_missing(engine: sa.Engine) -> bool:
    try:
        with engine.connect() as conn:
            return not sa.inspect(conn).has_table("request_log")
    except sa.exc.SQLAlchemyError:
        return False  # the database itself is unreachable: report the original error


def _as_json(record: RequestRecord) -> dict[str, Any]:
    return {name: getattr(record, name) for name in RequestRecord.__dataclass_fields__} | {
        "created_at": datetime.fromtimestamp(record.created_at, UTC).isoformat()
    }


def _print_json_lines(records: Iterable[RequestRecord]) -> None:
    for record in records:
        typer.echo(orjson.dumps(_as_json(record)).decode())


def _when(record: RequestRecord) -> str:
    return datetime.fromtimestamp(record.created_at, UTC).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]


def _tokens(record: RequestRecord) -> str:
    if record.prompt_tokens is None and record.completion_tokens is None:
        return "-"
    return f"{_opt(record.prompt_tokens)}/{_opt(record.completion_tokens)}"


def _opt(value: object) -> str:
    if value is None:
        return "-"
    return f"{value:.1f}" if isinstance(value, float) else str(value)


def _print_lines(records: Iterable[RequestRecord]) -> None:
    for r in records:
        parts = [
            _when(r),
            str(r.status_code),
            f"{r.endpoint:<11}",
            f"{r.model_group:<16}",
            f"{r.latency_ms:>9.1f}ms",
            f"ttft={_opt(r.ttft_ms)}",
            f"tokens={_tokens(r)}",
            "stream" if r.streamed else "-",
            r.principal,
            r.id,
        ]
        if r.error_type:
            parts.append(f"error={r.error_type}")
        typer.echo("  ".join(parts))


def _table(records: list[RequestRecord]) -> Table:
    table = Table(title=f"{len(records)} request(s), newest first", title_justify="left")
    columns: list[tuple[str, JustifyMethod]] = [
        ("time (UTC)", "left"),
        ("status", "right"),
        ("endpoint", "left"),
        ("model", "left"),
        ("deployment", "left"),
        ("latency ms", "right"),
        ("ttft ms", "right"),
        ("tokens in/out", "right"),
        ("principal", "left"),
        ("error", "left"),
        ("id", "left"),
    ]
    guarded = any(r.guardrails for r in records)
    if guarded:  # a column only when some request had a rule fire
        columns.insert(-1, ("guardrails", "left"))
    for name, justify in columns:
        # Times and ids are only useful whole; the other columns may wrap on a narrow terminal.
        table.add_column(name, justify=justify, no_wrap=name in ("time (UTC)", "id"))
    for r in records:
        cells = [
            _when(r),
            str(r.status_code),
            r.endpoint + (" (stream)" if r.streamed else ""),
            r.model_group,
            r.deployment or "-",
            _opt(r.latency_ms),
            _opt(r.ttft_ms),
            _tokens(r),
            r.principal,
            r.error_type or "-",
            *([r.guardrails or "-"] if guarded else []),
            r.id,
        ]
        # Text, not str: a model or principal name like "[red]" must print as it is, not as markup.
        table.add_row(*(Text(cell) for cell in cells))
    return table
