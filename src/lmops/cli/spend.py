"""``lmops spend``: what keys, teams and model groups have cost, from the daily rollup."""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from lmops import accounts
from lmops.accounts import SpendReportOut, SpendRowOut
from lmops.cli._common import CONFIG_OPTION
from lmops.cli.keys import JsonOpt, console, fail, open_store, print_json

__all__ = ["app"]

app = typer.Typer(
    name="spend", help="Spend reports per key, team, model or day.", no_args_is_help=True
)


class By(enum.StrEnum):
    key = "key"
    team = "team"
    model = "model"
    day = "day"


TimeOpt = "90m|12h|7d|ISO"


@app.command("report")
def report_command(
    config_path: Path = CONFIG_OPTION,
    by: Annotated[By, typer.Option("--by", help="Group the spend by this.")] = By.key,
    since: Annotated[
        str | None, typer.Option("--since", metavar=TimeOpt, help="From this UTC day on.")
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", metavar=TimeOpt, help="Up to this UTC day.")
    ] = None,
    key: Annotated[str | None, typer.Option("--key", help="Only this key (id or name).")] = None,
    team: Annotated[str | None, typer.Option("--team", help="Only this team (id or name).")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Spend over whole UTC days (both ends included). Cost is the known cost: requests
    without a price are counted as unpriced, never as free. Refused requests (an error status
    and no tokens used) are not counted."""
    now = datetime.now(UTC)
    start, end = _time("--since", since, now), _time("--until", until, now)
    with open_store(config_path) as store:
        report = store.run(
            lambda: accounts.report_spend(
                store.engine, store.keys, by=by.value, since=start, until=end, key=key, team=team
            )
        )
    if as_json:
        print_json(report.model_dump(mode="json"))
    else:
        console().print(_table(report))


def _time(option: str, text: str | None, now: datetime) -> datetime | None:
    if text is None:
        return None
    try:
        return accounts.parse_time(text, now=now)
    except ValueError as exc:
        fail(f"{option}: {exc}")


def usd(value: float) -> str:
    """Dollars with enough places that a small known cost does not read as zero."""
    return f"${value:,.2f}" if value >= 1 or value == 0 else f"${value:.6f}".rstrip("0")


def cost_text(cost: float, unpriced: int) -> str:
    """The known cost, marked when some requests have no price (then it is a lower bound)."""
    if not unpriced:
        return usd(cost)
    return f">= {usd(cost)}" if cost else "unknown"


def _title(report: SpendReportOut) -> str:
    span = " to ".join(
        [
            report.since.date().isoformat() if report.since else "the start",
            report.until.date().isoformat() if report.until else "now",
        ]
    )
    scope = "".join(
        f", {name} {value}"
        for name, value in (("key", report.key_id), ("team", report.team_id))
        if value
    )
    return f"Spend by {report.by}, {span} (UTC days){scope}"


def _group(row: SpendRowOut) -> str:
    return f"{row.name} ({row.group})" if row.name else row.group


def _table(report: SpendReportOut) -> Table:
    table = Table(title=_title(report), title_justify="left", show_footer=bool(report.rows))
    totals = [
        "total",
        str(report.total_requests),
        str(sum(r.prompt_tokens for r in report.rows)),
        str(sum(r.completion_tokens for r in report.rows)),
        str(sum(r.cached_tokens for r in report.rows)),
        str(sum(r.cache_hits for r in report.rows)),
        str(report.unpriced_requests),
        cost_text(report.total_cost_usd, report.unpriced_requests),
    ]
    headers = [
        report.by,
        "requests",
        "prompt tokens",
        "completion tokens",
        "cached tokens",
        "cache hits",
        "unpriced",
        "cost (USD)",
    ]
    for i, (header, total) in enumerate(zip(headers, totals, strict=True)):
        table.add_column(header, footer=total, justify="left" if i == 0 else "right")
    for r in report.rows:
        cells = [
            _group(r),
            str(r.requests),
            str(r.prompt_tokens),
            str(r.completion_tokens),
            str(r.cached_tokens),
            str(r.cache_hits),
            str(r.unpriced_requests),
            cost_text(r.cost_usd, r.unpriced_requests),
        ]
        table.add_row(*(Text(cell) for cell in cells))
    notes = [_REFUSED_NOTE]
    if report.unpriced_requests:
        notes.insert(
            0,
            f"{report.unpriced_requests} request(s) had no known price: their cost is not in "
            "the totals.",
        )
    elif not report.rows:
        notes.insert(0, "No spend recorded in this range.")
    table.caption = "\n".join(notes)
    return table


_REFUSED_NOTE = (
    "Refused requests (an error status and no tokens used: auth, limits, budgets, upstream "
    "failures) are not counted; lmops logs query --status N lists them."
)
