"""``lmops keys``: create, list, change, revoke and rotate virtual keys in the store.

The commands write to the database named by the config (migrating it first, as ``lmops serve``
does); running gateways pick the changes up within ``settings.key_sync_interval``. The helpers
at the end are shared with ``lmops teams`` and ``lmops spend``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any, NoReturn, TypeVar

import orjson
import sqlalchemy as sa
import typer
from pydantic import BaseModel, ValidationError
from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from lmops import accounts
from lmops.accounts import InvalidField, KeyCreate, KeyOut, KeyUpdate, UnknownRef
from lmops.cli._common import CONFIG_OPTION, database_url_or_exit
from lmops.store.db import create_engine, describe_error, migrate
from lmops.store.keys import Conflict, KeyStore, NotFound

__all__ = [
    "DEFAULT_PERIOD",
    "UNSET_HELP",
    "AllModelsOpt",
    "AllPromptsOpt",
    "BudgetChange",
    "BudgetOpt",
    "JsonOpt",
    "MetadataChange",
    "MetadataOpt",
    "ModelsOpt",
    "NameChange",
    "ParallelChange",
    "ParallelOpt",
    "PeriodOpt",
    "PromptsOpt",
    "RpmChange",
    "RpmOpt",
    "Store",
    "TpmChange",
    "TpmOpt",
    "allowlist_change",
    "app",
    "changes",
    "console",
    "default_period",
    "fail",
    "format_time",
    "limits_text",
    "note_period",
    "open_store",
    "option_name",
    "parse_body",
    "parse_metadata",
    "print_fields",
    "print_json",
    "prompts_text",
    "spend_text",
    "split_models",
    "usd",
    "write_jsonl",
]

app = typer.Typer(
    name="keys",
    help="Virtual keys: the credentials applications call the gateway with.",
    no_args_is_help=True,
)

T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
ModelsOpt = Annotated[
    str | None,
    typer.Option("--models", help="Comma-separated model groups allowed (default: all)."),
]
PromptsOpt = Annotated[
    str | None,
    typer.Option(
        "--prompts",
        help="Comma-separated prompt names or patterns (support-*) readable under /v1/prompts "
        "(default: all).",
    ),
]
MetadataOpt = Annotated[str | None, typer.Option("--metadata", help="A JSON object.")]
# The help of a limit option of an update command.
UNSET_HELP = "The new limit; 'none' removes it."
DEFAULT_PERIOD: accounts.BudgetPeriod = "monthly"
PeriodOpt = Annotated[
    str | None,
    typer.Option(
        "--budget-period",
        metavar="daily|weekly|monthly|total",
        help=f"The budget's period (a new budget without one: {DEFAULT_PERIOD}).",
    ),
]

RpmOpt = Annotated[int | None, typer.Option("--rpm", help="Requests per minute.")]
TpmOpt = Annotated[int | None, typer.Option("--tpm", help="Tokens per minute.")]
ParallelOpt = Annotated[
    int | None, typer.Option("--max-parallel", help="Requests in flight at once.")
]
BudgetOpt = Annotated[float | None, typer.Option("--budget", help="Budget in USD.")]
# The same limits in an update, where "none" removes one.
RpmChange = Annotated[str | None, typer.Option("--rpm", metavar="N|none", help=UNSET_HELP)]
TpmChange = Annotated[str | None, typer.Option("--tpm", metavar="N|none", help=UNSET_HELP)]
ParallelChange = Annotated[
    str | None, typer.Option("--max-parallel", metavar="N|none", help=UNSET_HELP)
]
BudgetChange = Annotated[str | None, typer.Option("--budget", metavar="USD|none", help=UNSET_HELP)]
AllModelsOpt = Annotated[
    bool, typer.Option("--all-models", help="Allow every model (drop the --models list).")
]
AllPromptsOpt = Annotated[
    bool, typer.Option("--all-prompts", help="Allow every prompt (drop the --prompts list).")
]
NameChange = Annotated[str | None, typer.Option("--name", help="A new name.")]
MetadataChange = Annotated[
    str | None, typer.Option("--metadata", help="A JSON object (replaces the old one).")
]


@app.command("create")
def create_command(
    name: Annotated[str, typer.Option("--name", help="A name for people (need not be unique).")],
    config_path: Path = CONFIG_OPTION,
    team: Annotated[str | None, typer.Option("--team", help="Team id or name.")] = None,
    models: ModelsOpt = None,
    prompts: PromptsOpt = None,
    rpm: RpmOpt = None,
    tpm: TpmOpt = None,
    max_parallel: ParallelOpt = None,
    budget: BudgetOpt = None,
    budget_period: PeriodOpt = None,
    expires: Annotated[
        str | None, typer.Option("--expires", help="A duration (30d, 12h) or an ISO time.")
    ] = None,
    metadata: MetadataOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Create a key and print its secret, once: it cannot be shown again."""
    values = {
        "name": name,
        "team": team,
        "models": split_models(models),
        "prompts": split_models(prompts),
        "rpm": rpm,
        "tpm": tpm,
        "max_parallel": max_parallel,
        "budget_usd": budget,
        "budget_period": default_period(budget, budget_period),
        "metadata": parse_metadata(metadata),
        **_expiry(expires),
    }
    body = parse_body(KeyCreate, {k: v for k, v in values.items() if v is not None})
    with open_store(config_path) as store:
        secret, record = store.run(lambda: accounts.create_key(store.keys, body, now=_now()))
    note_period(budget_period, budget, record.limits.budget_period)
    _print_secret(accounts.new_key_out(secret, record, _now()), as_json, "created")


@app.command("list")
def list_command(
    config_path: Path = CONFIG_OPTION,
    team: Annotated[str | None, typer.Option("--team", help="Only this team's keys.")] = None,
    include_revoked: Annotated[bool, typer.Option("--all", help="Include revoked keys.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """List keys, oldest first (never their secrets)."""
    with open_store(config_path) as store:
        records = store.run(
            lambda: store.keys.list_keys(team=team, include_revoked=include_revoked), "--team"
        )
        teams = store.run(lambda: _team_names(store.keys)) if records and not as_json else {}
    now = _now()
    keys = [accounts.key_out(r, now) for r in records]
    if as_json:
        print_json([k.model_dump(mode="json") for k in keys])
        return
    table = Table(title=f"{len(keys)} key(s)", title_justify="left")
    columns = ("id", "name", "prefix", "team", "models", "prompts", "limits", "expires (UTC)")
    for column in (*columns, "status"):
        table.add_column(column, no_wrap=column in ("id", "prefix"))
    for k in keys:
        cells = [
            k.id,
            k.name,
            k.key_prefix + "...",
            teams.get(k.team_id, k.team_id) if k.team_id else "-",
            ", ".join(k.models) if k.models is not None else "all",
            prompts_text(k),
            limits_text(k),
            format_time(k.expires_at),
            k.status,
        ]
        table.add_row(*(Text(cell) for cell in cells))
    console().print(table)


@app.command("show")
def show_command(
    ref: Annotated[str, typer.Argument(help="Key id or name.")],
    config_path: Path = CONFIG_OPTION,
    as_json: JsonOpt = False,
) -> None:
    """Show one key's settings and what it spent in its budget's period (or this month), as
    the request log recorded it."""
    with open_store(config_path) as store:
        record = store.run(lambda: store.keys.get_key(ref))
        spend = store.run(lambda: accounts.period_spend(store.engine, record, _now()))
    out = accounts.KeyDetail(**accounts.key_out(record, _now()).model_dump(), budget_status=spend)
    _print_key(out, as_json)


@app.command("update")
def update_command(
    ref: Annotated[str, typer.Argument(help="Key id or name.")],
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
    expires: Annotated[
        str | None, typer.Option("--expires", metavar="30d|ISO|never", help="New expiry.")
    ] = None,
    metadata: MetadataChange = None,
    as_json: JsonOpt = False,
) -> None:
    """Change a key's settings: only the options given change; "none" removes a limit."""
    values = changes(name, models, all_models, rpm, tpm, max_parallel, budget, budget_period)
    values.update(allowlist_change("prompts", prompts, all_prompts))
    if expires is not None:
        values.update({"expires_at": None} if expires == "never" else _expiry(expires))
    if metadata is not None:
        values["metadata"] = parse_metadata(metadata)
    body = parse_body(KeyUpdate, values)
    with open_store(config_path) as store:
        record = store.run(
            lambda: accounts.update_key(
                store.keys, ref, body, now=_now(), default_period=DEFAULT_PERIOD
            )
        )
    note_period(budget_period, values.get("budget_usd"), record.limits.budget_period)
    _print_key(accounts.key_out(record, _now()), as_json)


@app.command("revoke")
def revoke_command(
    ref: Annotated[str, typer.Argument(help="Key id or name.")],
    config_path: Path = CONFIG_OPTION,
    as_json: JsonOpt = False,
) -> None:
    """Revoke a key for good (its spend history is kept)."""
    with open_store(config_path) as store:
        record = store.run(lambda: store.keys.revoke_key(ref))
    out = accounts.key_out(record, _now())
    if as_json:
        print_json(out.model_dump(mode="json"))
    else:
        typer.echo(f"revoked key {out.id} ({out.name}) at {format_time(out.revoked_at)}")


@app.command("rotate")
def rotate_command(
    ref: Annotated[str, typer.Argument(help="Key id or name.")],
    config_path: Path = CONFIG_OPTION,
    as_json: JsonOpt = False,
) -> None:
    """Give a key a new secret (settings and spend kept); the old secret stops working."""
    with open_store(config_path) as store:
        secret, record = store.run(lambda: store.keys.rotate_key(ref))
    _print_secret(accounts.new_key_out(secret, record, _now()), as_json, "rotated")


def _now() -> datetime:
    return datetime.now(UTC)


def _expiry(text: str | None) -> dict[str, Any]:
    """``--expires``: a duration from now, or an ISO time."""
    if text is None:
        return {}
    try:
        accounts.parse_duration(text)
        return {"expires_in": text}
    except ValueError:
        pass
    try:
        return {"expires_at": datetime.fromisoformat(text.strip())}
    except ValueError:
        fail(f"--expires: {text!r} is neither a duration (90m, 12h, 30d, 2w) nor an ISO time")


def _print_secret(out: accounts.NewKeyOut, as_json: bool, verb: str) -> None:
    if as_json:
        print_json(out.model_dump(mode="json"))
        return
    body = Text.assemble(
        (out.key, "bold"),
        "\n\nSave it now: it is not shown again (lmops stores only its hash).\n",
        f"id {out.id}  name {out.name}",
    )
    console().print(Panel(body, title=f"key {verb}", title_align="left", expand=False))


def _print_key(out: KeyOut, as_json: bool) -> None:
    if as_json:
        print_json(out.model_dump(mode="json"))
        return
    rows = {
        "id": out.id,
        "name": out.name,
        "prefix": out.key_prefix + "...",
        "status": out.status,
        "team": out.team_id or "-",
        "models": ", ".join(out.models) if out.models is not None else "all",
        "prompts": prompts_text(out),
        "limits": limits_text(out),
        **spend_text(out),
        "expires (UTC)": format_time(out.expires_at),
        "metadata": json.dumps(out.metadata) if out.metadata else "-",
        "created (UTC)": format_time(out.created_at),
        "updated (UTC)": format_time(out.updated_at),
        "revoked (UTC)": format_time(out.revoked_at),
    }
    print_fields(rows)


def _team_names(store: KeyStore) -> dict[str | None, str]:
    return {t.id: t.name for t in store.list_teams(include_deleted=True)}


def format_time(value: datetime | None) -> str:
    """A UTC time to the second, or "-"."""
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S") if value else "-"


# -- shared with ``lmops teams`` and ``lmops spend`` -----------------------------------------

# The CLI option a request field comes from, where it is not the field's own name.
_OPTIONS = {"budget_usd": "--budget", "expires_in": "--expires", "expires_at": "--expires"}


def option_name(field: str) -> str:
    return _OPTIONS.get(field, "--" + field.replace("_", "-"))


def fail(message: str, code: int = 1) -> NoReturn:
    """Print ``error: message`` on stderr and exit with ``code``."""
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def console() -> Console:
    # Piped into a file or a pager: no terminal width to fit, so do not squeeze columns.
    out = Console()
    return out if out.is_terminal else Console(width=200)


def write_jsonl(values: Iterable[Any], out: Path | None, what: str) -> None:
    """``values`` as JSON lines to ``out`` (stdout when None); ``what`` names them in the
    message that says where they went."""
    lines = [orjson.dumps(value) + b"\n" for value in values]
    if out is None:
        sys.stdout.buffer.write(b"".join(lines))
        return
    try:
        out.write_bytes(b"".join(lines))
    except OSError as exc:
        fail(f"--out: {out}: {exc.strerror or exc}", 2)
    typer.echo(f"wrote {len(lines)} {what} to {out}", err=True)


def print_json(value: Any) -> None:
    typer.echo(json.dumps(value, indent=2))


def print_fields(rows: Mapping[str, str]) -> None:
    table = Table(show_header=False, box=None)
    table.add_column(style="bold")
    table.add_column()
    for field, value in rows.items():
        table.add_row(field, Text(value))
    console().print(table)


def prompts_text(out: accounts.KeyOut | accounts.TeamOut) -> str:
    return ", ".join(out.prompts) if out.prompts is not None else "all"


def limits_text(out: accounts.KeyOut | accounts.TeamOut) -> str:
    parts = [
        f"{label} {value}"
        for label, value in (("rpm", out.rpm), ("tpm", out.tpm), ("parallel", out.max_parallel))
        if value is not None
    ]
    if out.budget_usd is not None:
        parts.append(f"{usd(out.budget_usd)}/{out.budget_period}")
    return ", ".join(parts) or "-"


def usd(amount: float) -> str:
    """``$1,234.50``, and small amounts to the nano-dollar the quotas count in: ``$0.0005``."""
    text = f"{amount:,.9f}".rstrip("0")
    whole, _, cents = text.partition(".")
    return f"${whole}.{cents.ljust(2, '0')}"


def spend_text(out: accounts.KeyOut | accounts.TeamOut) -> dict[str, str]:
    """The ``spent`` row of ``keys show`` and ``teams show``: a detail's budget_status."""
    if not isinstance(out, accounts.KeyDetail | accounts.TeamDetail) or not out.budget_status:
        return {}
    status = out.budget_status
    since = status["period_start"]
    when = f"since {since}" if since else "in total"
    of = f" of {usd(status['max_usd'])}" if status["max_usd"] is not None else ""
    return {"spent": f"{usd(status['spent_usd'])}{of} {when} (UTC; from the request log)"}


def default_period(budget: object, period: str | None) -> str | None:
    """``--budget-period``, or :data:`DEFAULT_PERIOD` with a ``--budget`` amount and no period
    (:func:`note_period` says so once the write succeeded)."""
    return DEFAULT_PERIOD if period is None and budget is not None else period


def note_period(period: str | None, budget: object, result: str | None) -> None:
    """Say on stderr which period a ``--budget`` given without ``--budget-period`` got."""
    if period is None and budget is not None and result is not None:
        typer.echo(f"note: no --budget-period given: the budget is {result}", err=True)


def split_models(text: str | None) -> list[str] | None:
    return None if text is None else [m.strip() for m in text.split(",")]


def parse_metadata(text: str | None) -> dict[str, Any] | None:
    if text is None:
        return None
    try:
        value = json.loads(text)
    except ValueError as exc:
        fail(f"--metadata: not valid JSON: {exc}")
    if not isinstance(value, dict):
        fail('--metadata: must be a JSON object, like \'{"owner": "search"}\'')
    return value


def _limit(option: str, text: str | None, kind: Callable[[str], int | float]) -> Any:
    if text is None or text.strip().lower() == "none":
        return None
    try:
        return kind(text)
    except ValueError:
        fail(f"{option}: {text!r} is not a number (or 'none' to remove the limit)")


def changes(
    name: str | None,
    models: str | None,
    all_models: bool,
    *limits: str | None,
) -> dict[str, Any]:
    """The update fields the options give: ``rpm, tpm, max_parallel, budget, budget_period``;
    ``"none"`` removes a limit."""
    values: dict[str, Any] = allowlist_change("models", models, all_models)
    if name is not None:
        values["name"] = name
    rpm, tpm, max_parallel, budget, period = limits
    for field, text in (("rpm", rpm), ("tpm", tpm), ("max_parallel", max_parallel)):
        if text is not None:
            values[field] = _limit(option_name(field), text, int)
    if budget is not None:
        values["budget_usd"] = _limit("--budget", budget, float)
    if period is not None:
        values["budget_period"] = period
    return values


def allowlist_change(field: str, text: str | None, every: bool) -> dict[str, Any]:
    """The update of a list (``models``, ``prompts``) that ``--FIELD`` (comma-separated) or
    ``--all-FIELD`` (None: everything) give; empty when neither is given."""
    if text is not None and every:
        fail(f"--{field} and --all-{field}: give one of them")
    if text is None and not every:
        return {}
    return {field: split_models(text)}


def parse_body(
    model: type[M], values: Mapping[str, Any], arguments: Mapping[str, str] | None = None
) -> M:
    """Validate ``values``; an error names the option (or the argument in ``arguments``) it
    came from, and exits 1."""
    try:
        return model.model_validate(values)
    except ValidationError as exc:
        parts = []
        for err in exc.errors():
            field = str(err["loc"][0]) if err["loc"] else ""
            where = (arguments or {}).get(field) or option_name(field)
            message = str(err["msg"]).removeprefix("Value error, ")
            parts.append(f"{where}: {message}" if field else message)
        fail("; ".join(parts))


@dataclass(frozen=True, slots=True)
class Store:
    """An open store for one command."""

    engine: sa.Engine
    keys: KeyStore

    def run(self, call: Callable[[], T], not_found_option: str | None = None) -> T:
        """``call()``; a store error is printed (naming the option at fault), exit status 1."""
        try:
            return call()
        except UnknownRef as exc:
            fail(f"{option_name(exc.param)}: {exc}")
        except NotFound as exc:
            fail(f"{not_found_option}: {exc}" if not_found_option else str(exc))
        except InvalidField as exc:
            fail(f"{option_name(exc.param)}: {exc.message}")
        except (Conflict, ValueError) as exc:
            fail(str(exc))
        except sa.exc.SQLAlchemyError as exc:
            fail(f"store error: {describe_error(exc, self.engine)}")


@contextmanager
def open_store(config_path: Path) -> Iterator[Store]:
    """The config's store, migrated to the current schema."""
    url = database_url_or_exit(config_path)  # the store alone: no master key needed
    try:
        engine = create_engine(url)
    except (ValueError, OSError) as exc:
        fail(f"{config_path}: settings.database_url: {exc}", 2)
    try:
        try:
            migrate(engine)
        except sa.exc.SQLAlchemyError as exc:
            fail(f"cannot open the store: {describe_error(exc, engine)}")
        yield Store(engine, KeyStore(engine))
    finally:
        engine.dispose()
