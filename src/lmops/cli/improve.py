"""``lmops improve PROMPT --suite SUITE``: the evidence against a prompt's production version,
its failure modes, variants pushed as ``candidate-N`` versions and evaluated against
production with paired bootstrap intervals; ``--experiment`` starts an A/B experiment between
production and the best candidate, ``--export`` writes the well-rated answers near the failure
modes as a fine-tuning dataset. Promotion stays a person's decision
(``lmops experiments promote``, ``lmops prompts label``).

Exit status 0 (also when no candidate is better: the report says so), 2 for bad input.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import sqlalchemy as sa
import typer
from rich.console import Console
from rich.table import Table

from lmops.accounts import parse_duration
from lmops.cli._common import CONFIG_OPTION
from lmops.cli.keys import fail, open_store, print_json
from lmops.config import ConfigError, load_models
from lmops.evals.bootstrap import Difference
from lmops.evals.bridges import LazyMiniLM
from lmops.evals.store import RunStore, StoreCache
from lmops.evals.suite import SuiteError, Target, load_suite
from lmops.evals.targets import TargetCaller, fingerprinted
from lmops.finetune.sources import Rating
from lmops.improve.export import export_examples
from lmops.improve.loop import PRODUCTION, Report, Sources, improve
from lmops.improve.variants import Rewriter
from lmops.prompts.experiment_store import ExperimentStore
from lmops.prompts.model import PromptRef, Variant
from lmops.prompts.store import NotFound, PromptStore

__all__ = ["improve_command"]

_Suite = Annotated[Path, typer.Option("--suite", "-s", help="The eval suite (YAML) to judge by.")]
_Since = Annotated[
    str, typer.Option("--since", metavar="7d|2w", help="Production evidence from this span.")
]
_Experiment = Annotated[
    str | None,
    typer.Option(
        "--experiment",
        help="Start an A/B experiment of this name: production "
        "against the best candidate (when one is better).",
    ),
]
_Rewriter = Annotated[
    str | None,
    typer.Option("--rewriter", help="A model group that rewrites the prompt given the modes."),
]
_Export = Annotated[
    Path | None,
    typer.Option(
        "--export",
        help="Write the well-rated answers near the failure modes "
        "as chat JSONL (for lmops finetune prepare).",
    ),
]
_Below = Annotated[
    float, typer.Option("--feedback-below", help="A feedback score under this is negative.")
]
_MinFeedback = Annotated[
    float, typer.Option("--min-feedback", help="Every feedback at or over this: well rated.")
]
_Queue = Annotated[
    str | None, typer.Option("--review-queue", help="Reviews of this queue are evidence too.")
]
_LowRating = Annotated[
    str | None,
    typer.Option("--low-rating", metavar="FIELD<=N", help="A review rating that counts against."),
]


def improve_command(
    prompt: Annotated[str, typer.Argument(help="The prompt's name in the registry.")],
    suite_path: _Suite,
    config: Annotated[Path, CONFIG_OPTION],
    since: _Since = "7d",
    experiment: _Experiment = None,
    rewriter: _Rewriter = None,
    export: _Export = None,
    feedback_below: _Below = 0.5,
    min_feedback: _MinFeedback = 0.8,
    review_queue: _Queue = None,
    low_rating: _LowRating = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Find why a prompt fails, propose variants, and evaluate them against production."""
    try:
        span = parse_duration(since)
    except ValueError as exc:
        fail(f"--since: {exc}", 2)
    try:
        rating = Rating.parse(low_rating) if low_rating else None
    except ValueError as exc:
        fail(f"--low-rating: {exc}", 2)
    if (review_queue is None) != (rating is None):
        fail("--review-queue and --low-rating go together", 2)
    try:
        suite = load_suite(suite_path)
        models = load_models(config)
    except (SuiteError, ConfigError) as exc:
        fail(str(exc), 2)
    if rewriter is not None and rewriter not in models.groups():
        fail(f"--rewriter: no model group {rewriter!r} in {config}", 2)
    sources = Sources(datetime.now(UTC) - span, feedback_below, min_feedback, review_queue, rating)
    encoder = LazyMiniLM()
    with open_store(config) as store:
        engine = store.engine
        try:
            PromptStore(engine).get(PromptRef(prompt))
        except NotFound as exc:
            fail(f"PROMPT: {exc}", 2)
        caller = TargetCaller(models)

        async def main() -> Report:
            ask: Rewriter | None = None
            if rewriter is not None:
                target = Target(rewriter, rewriter)

                async def ask_model(text: str) -> str:
                    answer = await caller.complete(target, [{"role": "user", "content": text}], {})
                    return answer.text

                ask = ask_model
            try:
                return await improve(
                    prompt,
                    fingerprinted(suite, models),
                    engine,
                    caller,
                    sources,
                    encoder,
                    cache=StoreCache(engine),
                    rewriter=ask,
                )
            finally:
                await caller.aclose()

        report = asyncio.run(main())
        runs = RunStore(engine)
        for run in (report.baseline, report.candidates_run):
            if run is not None:
                runs.save(run)
        started = _experiment(engine, experiment, report) if experiment else None
        exported = (
            export_examples(report.evidence.examples, report.evidence.modes, encoder, export)
            if export is not None
            else None
        )
    if as_json:
        print_json(report.to_json() | {"experiment": started, "exported": exported})
        return
    _print(report, Console())
    if experiment:
        typer.echo(
            f"experiment {experiment}: started"
            if started
            else f"experiment {experiment}: not started, no candidate is better"
        )
    if export is not None:
        typer.echo(
            f"wrote {exported} well-rated example(s) to {export} "
            f"(lmops finetune prepare {export} --out DIR)"
        )


def _experiment(engine: sa.Engine, name: str, report: Report) -> str | None:
    best = report.best
    if best is None:
        return None
    store = ExperimentStore(engine)
    variants = [
        Variant(PRODUCTION, 50, prompt=str(report.production.version)),
        Variant(best.label, 50, prompt=str(best.version)),
    ]
    try:
        store.create(
            name,
            "prompt",
            report.prompt,
            variants,
            by="cli",
            control=PRODUCTION,
            description=f"lmops improve: {best.candidate.description}",
        )
        store.set_status(name, "running")
    except (ValueError, LookupError) as exc:
        fail(f"--experiment: {exc}", 2)
    return name


def _diff(d: Difference | None, percent: bool) -> str:
    if d is None:
        return "-"
    spec = "+.0%" if percent else "+.3f"
    return f"{d.delta:{spec}} [{d.low:{spec}}, {d.high:{spec}}]"


def _print(report: Report, out: Console) -> None:
    base = report.baseline
    out.print(
        f"[bold]{report.prompt}[/bold]: production is version {report.production.version}, "
        f"{base.pass_rate:.0%} of the suite's cells pass (eval run {base.id[:12]})"
    )
    counts = report.evidence.counts
    out.print("evidence: " + (", ".join(f"{n} {k}" for k, n in counts.items()) or "none"))
    for mode in report.evidence.modes:
        kinds = ", ".join(f"{n} {k}" for k, n in mode.kinds.items())
        out.print(f"  {mode.name} ({kinds})")
        for rule in mode.constraints:
            out.print(f"    {rule}")
    table = Table(
        "CANDIDATE",
        "VERSION",
        "STRATEGY",
        "PASS RATE",
        "SCORE",
        "MODES FIXED",
        "$/CELL",
        "MS/CELL",
        "VERDICT",
        title="candidates against production (differences with 95% intervals)",
    )
    for o in report.outcomes:
        verdict = "better" if o.better else ("worse" if o.worse else "no better")
        style = {"better": "green", "worse": "red"}.get(verdict, "yellow")
        fixed = ", ".join(f"{m}: {a}/{b}" for m, (a, b) in o.fixed.items()) or "-"
        table.add_row(
            o.label,
            str(o.version),
            o.candidate.strategy,
            _diff(o.pass_rate, True),
            _diff(o.score, False),
            fixed,
            _money(o.mean_cost_usd),
            _ms(o.mean_latency_ms),
            f"[{style}]{verdict}[/{style}]",
        )
    out.print(table)
    out.print(
        f"production: {_money(report.baseline_cost_usd)} and "
        f"{_ms(report.baseline_latency_ms)} ms a cell"
    )
    for s in report.skipped:
        out.print(f"not proposed: {s.strategy}: {s.why}")
    best = report.best
    if best is None:
        out.print("no candidate is better than production with confidence")
    else:
        out.print(
            f"best: {best.label} (version {best.version}); promote it with lmops prompts "
            f"label {report.prompt} production {best.version}, or test it live with "
            "--experiment"
        )


def _money(value: float | None) -> str:
    return f"{value:.6f}" if value is not None else "-"


def _ms(value: float | None) -> str:
    return f"{value:,.0f}" if value is not None else "-"
