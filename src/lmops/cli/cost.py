"""``lmops cost``: plan spend. ``estimate`` prices a workload's shape on one or several models,
``replay`` re-prices the logged traffic as if another model had served it (projected to a
month, with a 95% interval from the day-to-day variation), ``forecast`` says when each budget
runs out at its current daily rate."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from lmops.accounts import parse_duration
from lmops.catalog.entries import model_price
from lmops.catalog.planning import (
    DAYS_PER_MONTH,
    Projection,
    forecast_budgets,
    monthly_estimate,
    replay,
    whole_days,
)
from lmops.catalog.prices import ModelPrice, PriceCatalog
from lmops.cli._common import models_or_exit
from lmops.cli.keys import JsonOpt, console, fail, open_store, print_json
from lmops.config import Config

__all__ = ["app"]

app = typer.Typer(
    name="cost", help="Cost planning: estimates, replays at other prices, budget forecasts.",
    no_args_is_help=True,
)  # fmt: skip

OptionalConfig = Annotated[
    Path | None,
    typer.Option("--config", "-c", envvar="LMOPS_CONFIG",
                 help="lmops.yaml: its model groups' prices (without it, the price list's)."),
]  # fmt: skip
ConfigOpt = Annotated[
    Path, typer.Option("--config", "-c", envvar="LMOPS_CONFIG", help="Path to lmops.yaml.")
]
_Models = Annotated[
    list[str],
    typer.Option("--model", "-m", help="A model group or a price-list model; repeat to compare."),
]
_CacheHitRate = Annotated[
    float,
    typer.Option("--cache-hit-rate", min=0, max=1,
                 help="Share of requests the gateway's response cache answers (no cost)."),
]  # fmt: skip
_CachedInput = Annotated[
    float,
    typer.Option("--cached-input-share", min=0, max=1,
                 help="Share of each prompt read from the provider's prompt cache."),
]  # fmt: skip
_As = Annotated[
    list[str],
    typer.Option("--as", help="The model to price the traffic at; repeat to compare."),
]
_Since = Annotated[
    str,
    typer.Option("--since", metavar="30d|2w", help="Replay the whole UTC days of this span."),
]
_Group = Annotated[
    str | None, typer.Option("--model-group", help="Only the traffic of this model group.")
]
_Tokenizer = Annotated[
    Path | None,
    typer.Option("--tokenizer", help="The model's tokenizer.json: re-count the logged text."),
]
_Sample = Annotated[int, typer.Option("--sample", min=1, help="Logged requests re-counted.")]


def _prices(names: list[str], config: Config | None) -> list[tuple[str, ModelPrice]]:
    catalog = PriceCatalog.load()
    found = []
    for name in names:
        price = model_price(name, config, catalog)
        if price is None:
            where = "in the config or the price list" if config else "in the price list"
            fail(f"--model {name}: no price {where} (set input/output_cost_per_token)", 2)
        found.append((name, price))
    return found


@app.command("estimate")
def estimate_command(
    requests_per_day: Annotated[int, typer.Option("--requests-per-day", min=0)],
    input_tokens: Annotated[int, typer.Option("--input-tokens", min=0, help="Per request.")],
    output_tokens: Annotated[int, typer.Option("--output-tokens", min=0, help="Per request.")],
    models: _Models,
    cache_hit_rate: _CacheHitRate = 0.0,
    cached_input: _CachedInput = 0.0,
    config_path: OptionalConfig = None,
    as_json: JsonOpt = False,
) -> None:
    """A month's cost (30 days) of a workload on each model, side by side, cheapest first."""
    config = models_or_exit(config_path) if config_path else None
    rows = []
    for name, price in _prices(models, config):
        monthly = monthly_estimate(
            price, requests_per_day, input_tokens, output_tokens,
            cache_hit_rate=cache_hit_rate, cached_input_share=cached_input,
        )  # fmt: skip
        per_request = monthly / (requests_per_day * DAYS_PER_MONTH) if requests_per_day else 0
        rows.append((name, price, monthly, per_request))
    rows.sort(key=lambda r: r[2])
    if as_json:
        print_json([
            {"model": name, "input_cost_per_token": float(p.input),
             "output_cost_per_token": float(p.output),
             "cached_input_cost_per_token": float(p.cached_input) if p.cached_input else None,
             "per_request_usd": float(per), "monthly_usd": float(monthly),
             "daily_usd": float(monthly / DAYS_PER_MONTH)}
            for name, p, monthly, per in rows
        ])  # fmt: skip
        return
    table = Table("MODEL", "$/1M IN", "$/1M OUT", "$/REQUEST", "$/DAY", "$/MONTH",
                  title=f"{requests_per_day:,} requests a day, {input_tokens:,} in, "
                  f"{output_tokens:,} out, {DAYS_PER_MONTH} days")  # fmt: skip
    for name, p, monthly, per in rows:
        table.add_row(name, f"{float(p.input) * 1e6:g}", f"{float(p.output) * 1e6:g}",
                      f"{float(per):.6f}", f"{float(monthly / DAYS_PER_MONTH):,.2f}",
                      f"{float(monthly):,.2f}")  # fmt: skip
    console().print(table)


@app.command("replay")
def replay_command(
    models: _As,
    config_path: ConfigOpt,
    since: _Since = "30d",
    model_group: _Group = None,
    tokenizer: _Tokenizer = None,
    sample: _Sample = 2000,
    as_json: JsonOpt = False,
) -> None:
    """The logged traffic (tokens of answered requests, from the daily rollup) re-priced as if
    each --as model had served it, beside what it cost: totals, daily means and a month
    projected with a 95% interval from the day-to-day variation."""
    try:
        span = parse_duration(since)
    except ValueError as exc:
        fail(f"--since: {exc}", 2)
    first, last = whole_days(span, datetime.now(UTC))
    if first > last:
        fail(f"--since {since} holds no whole UTC day before today: give 2d or more", 2)
    config = models_or_exit(config_path)
    priced = _prices(models, config)
    count = None
    if tokenizer is not None:
        from lmops.catalog.recount import load_tokenizer

        try:
            count = load_tokenizer(tokenizer)
        except ValueError as exc:
            fail(f"--tokenizer: {exc}", 2)
    with open_store(config_path) as store:
        counted = None
        if count is not None:
            from lmops.catalog.recount import recount

            start = datetime.combine(first, datetime.min.time(), UTC)
            end = datetime.combine(last + timedelta(days=1), datetime.min.time(), UTC)
            counted = store.run(
                lambda: recount(store.engine, count, start, end, model_group, sample)
            )
        ratios = (counted.prompt_ratio, counted.completion_ratio) if counted else (1.0, 1.0)
        found = store.run(lambda: replay(store.engine, first, last, priced, model_group, ratios))
    if not found.requests:
        fail(f"no answered requests from {first} to {last}"
             + (f" for model group {model_group!r}" if model_group else ""), 1)  # fmt: skip
    if counted is not None:
        tokens_note = (
            f"token counts re-counted with {tokenizer} on {counted.requests:,} logged requests: "
            f"x{ratios[0]:.3f} prompt, x{ratios[1]:.3f} completion"
        )
    else:
        tokens_note = ("token counts as logged: a model with another tokenizer counts the same "
                       "text differently" + (" (no logged bodies to re-count)" if count else
                       "; give --tokenizer to re-count the logged text"))  # fmt: skip
    if as_json:
        print_json(found.to_json() | {"tokens": tokens_note})
        return
    actual = found.actual
    group = f" of {model_group}" if model_group else ""
    table = Table("", "TOTAL $", "$/DAY", "$/MONTH", "95% INTERVAL", "VS ACTUAL",
                  title=f"{found.requests:,} requests{group}, {first} to {last} "
                  f"({actual.days} days)")  # fmt: skip
    unpriced = found.unpriced_requests
    table.add_row("actual" + (f" ({unpriced:,} unpriced)" if unpriced else ""),
                  *_cells(actual), "")  # fmt: skip
    for name, p in found.models:
        ratio = f"x{p.total / actual.total:.2f}" if actual.total else "-"
        table.add_row(f"as {name}", *_cells(p), ratio)
    out = console()
    out.print(table)
    out.print(tokens_note)


def _cells(p: Projection) -> list[str]:
    interval = f"{p.low:,.2f} - {p.high:,.2f}" if p.low is not None and p.high is not None else "-"
    return [f"{p.total:,.2f}", f"{p.daily_mean:,.2f}", f"{p.monthly:,.2f}", interval]


@app.command("forecast")
def forecast_command(config_path: ConfigOpt, as_json: JsonOpt = False) -> None:
    """Every budget (global, teams, keys): spent in its period, the daily rate of the last
    7 whole days, and the day it runs out at that rate."""
    config = models_or_exit(config_path, also=("budgets",))
    now = datetime.now(UTC)
    with open_store(config_path) as store:
        budget = config.budgets.global_
        given = (budget.period, budget.max_usd) if budget else None
        found = store.run(lambda: forecast_budgets(store.engine, store.keys, given, now))
    if as_json:
        print_json([f.to_json() for f in found])
        return
    table = Table("BUDGET", "PERIOD", "SPENT", "OF", "$/DAY", "OUTLOOK", "RESETS")
    for f in found:
        when = f"{f.outlook} {f.runs_out_on}" if f.runs_out_on else f.outlook
        style = {"exhausted": "red", "runs out": "yellow"}.get(f.outlook, "green")
        table.add_row(f"{f.scope} {f.name}", f.period, f"{f.spent_usd:,.2f}",
                      f"{f.max_usd:,.2f}", f"{f.daily_rate_usd:,.2f}",
                      f"[{style}]{when}[/{style}]", str(f.resets_on or "-"))  # fmt: skip
    console().print(table if found else "no budgets: set budgets.global, or a key's or team's")
