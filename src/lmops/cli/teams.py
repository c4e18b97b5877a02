"""``lmops teams``: teams share limits, a budget, model and prompt access among their keys."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from lmops import accounts
from lmops.accounts import TeamCreate, TeamOut, TeamUpdate
from lmops.cli._common import CONFIG_OPTION
from lmops.cli.keys import (
    DEFAULT_PERIOD,
    AllModelsOpt,
    AllPromptsOpt,
    BudgetChange,
    BudgetOpt,
    JsonOpt,
    MetadataChange,
    MetadataOpt,
    ModelsOpt,
    NameChange,
    ParallelChange,
    ParallelOpt,
    PeriodOpt,
    PromptsOpt,
    RpmChange,
    RpmOpt,
    TpmChange,
    TpmOpt,
    allowlist_change,
    changes,
    console,
    default_period,
    format_time,
    limits_text,
    note_period,
    open_store,
    parse_body,
    parse_metadata,
    print_fields,
    print_json,
    prompts_text,
    spend_text,
    split_models,
)

__all__ = ["app"]

app = typer.Typer(
    name="teams",
    help="Teams: limits, a budget and model access shared by their keys.",
    no_args_is_help=True,
)

RefArg = Annotated[str, typer.Argument(help="Team id or name.")]


@app.command("create")
def create_command(
    name: Annotated[str, typer.Argument(help="A unique name.")],
    config_path: Path = CONFIG_OPTION,
    models: ModelsOpt = None,
    prompts: PromptsOpt = None,
    rpm: RpmOpt = None,
    tpm: TpmOpt = None,
    max_parallel: ParallelOpt = None,
    budget: BudgetOpt = None,
    budget_period: PeriodOpt = None,
    metadata: MetadataOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Create a team; its limits apply to all its keys together."""
    values = {
        "name": name,
        "models": split_models(models),
        "prompts": split_models(prompts),
        "rpm": rpm,
        "tpm": tpm,
        "max_parallel": max_parallel,
        "budget_usd": budget,
        "budget_period": default_period(budget, budget_period),
        "metadata": parse_metadata(metadata),
    }
    body = parse_body(
        TeamCreate, {k: v for k, v in values.items() if v is not None}, {"name": "NAME"}
    )
    with open_store(config_path) as store:
        record = store.run(lambda: accounts.create_team(store.keys, body))
    note_period(budget_period, budget, record.limits.budget_period)
    _print_team(accounts.team_out(record), as_json)


@app.command("list")
def list_command(
    config_path: Path = CONFIG_OPTION,
    include_deleted: Annotated[bool, typer.Option("--all", help="Include deleted teams.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """List teams, oldest first."""
    with open_store(config_path) as store:
        records = store.run(lambda: store.keys.list_teams(include_deleted=include_deleted))
    teams = [accounts.team_out(r) for r in records]
    if as_json:
        print_json([t.model_dump(mode="json") for t in teams])
        return
    table = Table(title=f"{len(teams)} team(s)", title_justify="left")
    for column in ("id", "name", "models", "prompts", "limits", "created (UTC)", "status"):
        table.add_column(column, no_wrap=column == "id")
    for t in teams:
        created = format_time(t.created_at)
        cells = [t.id, t.name, _models(t), prompts_text(t), limits_text(t), created, t.status]
        table.add_row(*(Text(cell) for cell in cells))
    console().print(table)


@app.command("show")
def show_command(ref: RefArg, config_path: Path = CONFIG_OPTION, as_json: JsonOpt = False) -> None:
    """Show one team's settings and what its keys spent in its budget's period (or this
    month), as the request log recorded it."""
    with open_store(config_path) as store:
        record = store.run(lambda: store.keys.get_team(ref))
        spend = store.run(lambda: accounts.period_spend(store.engine, record, datetime.now(UTC)))
    _print_team(
        accounts.TeamDetail(**accounts.team_out(record).model_dump(), budget_status=spend), as_json
    )


@app.command("update")
def update_command(
    ref: RefArg,
    config_path: Path = CONFIG_OPTION,
    name: NameChange = None,
    models: ModelsOpt = None,
    all_models: AllModelsOpt = False,
    prompts: PromptsOpt = None,
    all_prompts: AllPromptsOpt = False,
    rpm: RpmChange = None,
    tpm: TpmChange = None,
    max_parallel: ParallelChange = None,
    budget: BudgetChange = None,
    budget_period: PeriodOpt = None,
    metadata: MetadataChange = None,
    as_json: JsonOpt = False,
) -> None:
    """Change a team's settings: only the options given change; "none" removes a limit."""
    values = changes(name, models, all_models, rpm, tpm, max_parallel, budget, budget_period)
    values.update(allowlist_change("prompts", prompts, all_prompts))
    if metadata is not None:
        values["metadata"] = parse_metadata(metadata)
    body = parse_body(TeamUpdate, values)
    with open_store(config_path) as store:
        record = store.run(
            lambda: accounts.update_team(store.keys, ref, body, default_period=DEFAULT_PERIOD)
        )
    note_period(budget_period, values.get("budget_usd"), record.limits.budget_period)
    _print_team(accounts.team_out(record), as_json)


@app.command("delete")
def delete_command(
    ref: RefArg, config_path: Path = CONFIG_OPTION, as_json: JsonOpt = False
) -> None:
    """Delete a team: its keys stop working; its spend history is kept."""
    with open_store(config_path) as store:
        record = store.run(lambda: store.keys.delete_team(ref))
    out = accounts.team_out(record)
    if as_json:
        print_json(out.model_dump(mode="json"))
    else:
        typer.echo(f"deleted team {out.id} ({out.name}) at {format_time(out.deleted_at)}")


def _print_team(out: TeamOut, as_json: bool) -> None:
    if as_json:
        print_json(out.model_dump(mode="json"))
        return
    print_fields(
        {
            "id": out.id,
            "name": out.name,
            "status": out.status,
            "models": _models(out),
            "prompts": prompts_text(out),
            "limits": limits_text(out),
            **spend_text(out),
            "metadata": json.dumps(out.metadata) if out.metadata else "-",
            "created (UTC)": format_time(out.created_at),
            "updated (UTC)": format_time(out.updated_at),
            "deleted (UTC)": format_time(out.deleted_at),
        }
    )


def _models(out: TeamOut) -> str:
    return ", ".join(out.models) if out.models is not None else "all"
