"""``lmops models list|show|select``: the model catalog (config and price list joined with the
traffic the request log measured and the eval scores), and model selection with a reason for
every model kept or dropped."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from lmops.catalog.entries import ModelEntry, Window, build_catalog
from lmops.catalog.prices import CAPABILITIES, PriceCatalog
from lmops.catalog.select import Requirements, parse_weights, select_models
from lmops.cli._common import CONFIG_OPTION, models_or_exit
from lmops.cli.keys import JsonOpt, console, fail, open_store, print_json

__all__ = ["list_command", "select_command", "show_command", "window"]

WindowOpt = Annotated[
    str, typer.Option("--window", metavar="7d|24h|2w", help="Measure traffic over this span.")
]
PriceListOpt = Annotated[
    bool,
    typer.Option(
        "--price-list", help="Also the price list's chat models that no deployment serves."
    ),
]


def window(text: str, now: datetime | None = None) -> Window:
    """``7d`` as the window ending now, labelled ``last 7 days``."""
    try:
        return Window.last(text, now or datetime.now(UTC))
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--window") from None


def _catalog(config_path: Path, span: str, price_list: bool) -> tuple[list[ModelEntry], Window]:
    config = models_or_exit(config_path)
    measured = window(span)
    with open_store(config_path) as store:
        entries = store.run(
            lambda: build_catalog(
                config, PriceCatalog.load(), store.engine, measured, include_price_list=price_list
            )
        )
    return entries, measured


def list_command(
    config_path: Path = CONFIG_OPTION,
    span: WindowOpt = "7d",
    price_list: PriceListOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Every model group: prices, context window, capabilities and what its traffic measured."""
    entries, measured = _catalog(config_path, span, price_list)
    if as_json:
        print_json({"window": _window_json(measured), "models": [e.to_json() for e in entries]})
        return
    table = Table(
        "MODEL", "$/1M IN", "$/1M OUT", "CONTEXT", "REQUESTS", "P50 MS", "P99 MS", "ERRORS",
        "CACHE", "$/REQ", "EVALS", title=f"models, traffic over the {measured.label}",
    )  # fmt: skip
    for e in entries:
        s = e.stats
        table.add_row(
            e.name if e.configured else f"{e.name} (price list)",
            _per_million(e, "input"), _per_million(e, "output"),
            f"{e.context_window:,}" if e.context_window else "-",
            f"{s.requests:,}" if s else "0",
            _ms(s.p50_ms if s else None), _ms(s.p99_ms if s else None),
            _pct(s.error_rate if s else None), _pct(s.cache_hit_rate if s else None),
            f"{s.mean_cost_usd:.5f}" if s and s.mean_cost_usd is not None else "-",
            ", ".join(f"{Path(x.suite).stem} {x.mean_score:.2f}" for x in e.scores
                      if x.mean_score is not None) or "-",
        )  # fmt: skip
    console().print(table)


def show_command(
    name: Annotated[str, typer.Argument(help="A model group (or a price-list model).")],
    config_path: Path = CONFIG_OPTION,
    span: WindowOpt = "7d",
    as_json: JsonOpt = False,
) -> None:
    """One model group in full: each deployment, its measured traffic and eval scores."""
    entries, measured = _catalog(config_path, span, price_list=True)
    entry = next((e for e in entries if e.name == name), None)
    if entry is None:
        known = ", ".join(e.name for e in entries if e.configured)
        fail(f"no model {name!r} in the config or the price list (configured: {known})", 2)
    if as_json:
        print_json({"window": _window_json(measured), **entry.to_json()})
        return
    out = console()
    caps = ", ".join(sorted(entry.capabilities)) if entry.capabilities is not None else "unknown"
    out.print(f"[bold]{entry.name}[/bold]" + ("" if entry.configured else " (price list only)"))
    out.print(f"  price       ${_per_million(entry, 'input')} in, "
              f"${_per_million(entry, 'output')} out per 1M tokens")  # fmt: skip
    out.print(f"  context     {entry.context_window or 'unknown'}")
    out.print(f"  capable of  {caps}")
    out.print(f"  regions     {', '.join(entry.regions) or '-'}")
    out.print(f"  compliance  {', '.join(sorted(entry.compliance)) or '-'}")
    table = Table("", "REQUESTS", "P50", "P95", "P99", "TTFT", "TOK/S", "ERR", "429", "CACHE",
                  "$/REQ", title=f"traffic over the {measured.label}")  # fmt: skip
    for label, s in [("all", entry.stats)] + [(d.id, d.stats) for d in entry.deployments]:
        if s is None:
            table.add_row(label, "0", *["-"] * 9)
            continue
        table.add_row(
            label, f"{s.requests:,}", _ms(s.p50_ms), _ms(s.p95_ms), _ms(s.p99_ms),
            _ms(s.mean_ttft_ms),
            f"{s.output_tokens_per_s:,.0f}" if s.output_tokens_per_s is not None else "-",
            _pct(s.error_rate), _pct(s.rate_limited_rate), _pct(s.cache_hit_rate),
            f"{s.mean_cost_usd:.5f}" if s.mean_cost_usd is not None else "-",
        )  # fmt: skip
    out.print(table)
    for score in entry.scores:
        rate = f"{score.pass_rate:.0%}" if score.pass_rate is not None else "-"
        mean = f"{score.mean_score:.3f}" if score.mean_score is not None else "-"
        out.print(f"  eval {score.suite}: score {mean}, {rate} passed ({score.cells} cells, "
                  f"run {score.run_id[:12]})")  # fmt: skip


_KNOWN = ", ".join(sorted(CAPABILITIES))
_Context = Annotated[int | None, typer.Option("--context", min=1, help="Tokens of context needed.")]
_MaxP99 = Annotated[
    float | None, typer.Option("--max-p99-ms", min=0, help="Measured p99 latency at most.")
]
_MaxCost = Annotated[
    float | None,
    typer.Option(
        "--max-cost-per-1k",
        min=0,
        help="USD per 1,000 tokens at most, blended at the measured input:output mix.",
    ),
]
_Needs = Annotated[
    str | None, typer.Option("--needs", help=f"Capabilities needed, comma-separated: {_KNOWN}.")
]
_Compliance = Annotated[
    str | None,
    typer.Option("--compliance", help="Tags every deployment must carry, comma-separated."),
]
_Suite = Annotated[
    str | None,
    typer.Option("--suite", help="Rank by the latest scores on this eval suite (path or name)."),
]
_Weights = Annotated[
    str | None,
    typer.Option("--weights", help="Rank by a weighting instead: quality=2,cost=1,latency=1."),
]
_MinRequests = Annotated[
    int,
    typer.Option("--min-requests", min=1, help="Fewer in the window: latency is not measured."),
]


def select_command(
    config_path: Path = CONFIG_OPTION,
    context: _Context = None,
    max_p99_ms: _MaxP99 = None,
    max_cost_per_1k: _MaxCost = None,
    needs: _Needs = None,
    compliance: _Compliance = None,
    suite: _Suite = None,
    weights: _Weights = None,
    min_requests: _MinRequests = 100,
    span: WindowOpt = "7d",
    price_list: PriceListOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Filter the models by what the workload needs, rank the rest (quality on --suite, then
    cost, then p99 latency; or --weights), and say why each was kept or dropped. A requirement
    a model's figures cannot show (too little traffic, no price) is reported, not guessed: the
    model is kept as unverified and ranked last."""
    wanted = _names(needs)
    if unknown := sorted(wanted - CAPABILITIES):
        fail(
            f"--needs: unknown capability {unknown[0]!r} (known: {_KNOWN})",
            2,
        )
    try:
        weighting = parse_weights(weights) if weights is not None else None
    except ValueError as exc:
        fail(f"--weights: {exc}", 2)
    need = Requirements(
        context=context, max_p99_ms=max_p99_ms, max_cost_per_1k=max_cost_per_1k, needs=wanted,
        compliance=_names(compliance), suite=suite, min_requests=min_requests,
    )  # fmt: skip
    entries, measured = _catalog(config_path, span, price_list)
    verdicts = select_models(entries, need, measured, weighting)
    if as_json:
        print_json({"window": _window_json(measured), "models": [v.to_json() for v in verdicts]})
        return
    table = Table("#", "MODEL", "VERDICT", "WHY", title=f"traffic over the {measured.label}")
    for v in verdicts:
        verdict = "dropped" if not v.kept else ("unverified" if v.unverified else "kept")
        style = {"dropped": "red", "unverified": "yellow", "kept": "green"}[verdict]
        table.add_row(str(v.rank or "-"), v.entry.name, f"[{style}]{verdict}[/{style}]",
                      "\n".join(v.reasons) or "no requirement given")  # fmt: skip
    console().print(table)
    if not any(v.kept for v in verdicts):
        raise typer.Exit(1)


def _names(text: str | None) -> frozenset[str]:
    return frozenset(p.strip().lower() for p in (text or "").split(",") if p.strip())


def _per_million(entry: ModelEntry, side: str) -> str:
    if entry.price is None:
        return "unknown"
    return f"{float(getattr(entry.price, side)) * 1e6:g}"


def _ms(value: float | None) -> str:
    return f"{value:,.0f}" if value is not None else "-"


def _pct(value: float | None) -> str:
    return f"{value:.1%}" if value is not None else "-"


def _window_json(w: Window) -> dict[str, str]:
    return {"start": w.start.isoformat(), "end": w.end.isoformat(), "label": w.label}
