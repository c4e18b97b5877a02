"""``lmops eval compare BASELINE NEW``: how a stored run differs from a baseline run, and whether
the difference is a regression or noise (the semantics: :mod:`lmops.evals.compare`).

Exit status: 0 no regression, 1 regression (the pass rate's or the mean score's 95% interval
lies wholly below 0), 2 when no comparison could be made (an unknown run, runs that share no
cell, a bad option, an unreadable store).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Final

import orjson
import sqlalchemy as sa
import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from lmops.cache.embedders import EmbedderUnavailable
from lmops.cli._common import CONFIG_OPTION
from lmops.cli.keys import console, fail, open_store
from lmops.evals.bootstrap import Difference
from lmops.evals.compare import (
    DEGRADED_AT,
    PASSED_AT,
    Change,
    CompareError,
    CompareSettings,
    Comparison,
    Pair,
    compare_runs,
)
from lmops.evals.results import CellKey, CellResult, RunResult
from lmops.evals.store import RunStore
from lmops.store.db import describe_error

__all__ = ["compare_command", "print_comparison"]

# Changed cases listed in the table; the rest are counted (all are in --json).
SHOWN: Final = 20
# Worst first: a reader sees what broke before what merely moved.
_ORDER: Final[dict[Change, int]] = {"failed": 0, "error": 1, "degraded": 2, "skipped": 3}
_STYLE: Final[dict[str, str]] = {
    "passed": "green",
    "degraded": "yellow",
    "failed": "red",
    "error": "magenta",
    "skipped": "dim",
    "regression": "bold red",
    "improvement": "bold green",
    "no change": "",
}


def compare_command(
    baseline: Annotated[str, typer.Argument(help="The baseline run: its id or a unique prefix.")],
    new: Annotated[str, typer.Argument(help="The run to compare: its id or a unique prefix.")],
    config: Path = CONFIG_OPTION,
    json_file: Annotated[
        Path | None,
        typer.Option("--json", metavar="FILE", help="Also write the whole comparison as JSON."),
    ] = None,
    passed_at: Annotated[
        float,
        typer.Option(
            "--passed-at", min=0.0, max=1.0, help="Similarity at or above which a case passed."
        ),
    ] = PASSED_AT,
    degraded_at: Annotated[
        float,
        typer.Option(
            "--degraded-at",
            min=0.0,
            max=1.0,
            help="Similarity at or above which a case degraded; below it, the case failed.",
        ),
    ] = DEGRADED_AT,
) -> None:
    """Compare run NEW with run BASELINE: each case passed, degraded or failed by the
    similarity of its new output to the baseline's; pass rate, score and metric differences with
    paired bootstrap 95% intervals. Exits 1 on a regression."""
    if degraded_at > passed_at:
        raise typer.BadParameter(
            f"--degraded-at ({degraded_at}) must not be above --passed-at ({passed_at})",
            param_hint="'--degraded-at'",
        )
    settings = CompareSettings(passed_at=passed_at, degraded_at=degraded_at)
    base_run, new_run = _load_runs(config, baseline, new)
    try:
        comparison = compare_runs(base_run, new_run, settings=settings)
    except (CompareError, EmbedderUnavailable) as exc:
        fail(str(exc), 2)
    if json_file is not None:
        _write_json(json_file, comparison)
    print_comparison(comparison, console(), baseline=base_run, new=new_run)
    if comparison.regression:
        raise typer.Exit(1)


def _load_runs(config: Path, baseline: str, new: str) -> tuple[RunResult, RunResult]:
    try:
        with open_store(config) as store:  # as eval list/show: the store, migrated
            runs = RunStore(store.engine)
            try:
                return runs.get(baseline), runs.get(new)
            except KeyError as exc:
                fail(f"RUN: {exc.args[0] if exc.args else exc}", 2)
            except sa.exc.SQLAlchemyError as exc:
                fail(f"cannot read the eval runs: {describe_error(exc, store.engine)}", 2)
    except typer.Exit as exc:
        # open_store exits 1 when the store cannot be opened; here 1 means a regression
        raise typer.Exit(2 if exc.exit_code == 1 else exc.exit_code) from None


def _write_json(path: Path, comparison: Comparison) -> None:
    try:
        path.write_bytes(orjson.dumps(comparison.to_json(), option=orjson.OPT_INDENT_2) + b"\n")
    except OSError as exc:
        fail(f"--json {path}: {exc.strerror or exc}", 2)


def print_comparison(
    comparison: Comparison, out: Console, *, baseline: RunResult, new: RunResult
) -> None:
    """The comparison as Rich tables: what ``eval compare`` and ``eval run --baseline`` show."""
    out.print(_heading(comparison, baseline, new))
    out.print(_differences(comparison))
    out.print(_counts(comparison))
    changed = sorted(
        (p for p in comparison.pairs if p.change != "passed"), key=lambda p: _ORDER[p.change]
    )
    if changed:
        out.print(_cases(changed[:SHOWN]))
        if len(changed) > SHOWN:
            out.print(f"... and {len(changed) - SHOWN} more changed cases (see --json).")
    for side, cells in (("baseline", comparison.only_baseline), ("new", comparison.only_new)):
        if cells:
            out.print(_unpaired(side, cells))
    out.print(_verdict(comparison))


def _heading(c: Comparison, baseline: RunResult, new: RunResult) -> Text:
    by = "test and repeat index" if c.paired_by == "test" else "prompt, target, test and repeat"
    lines = [
        f"Comparing run {_describe(new)}",
        f"with baseline {_describe(baseline)}",
        f"{len(c.pairs)} pairs by {by}; unpaired: {len(c.only_baseline)} baseline cells, "
        f"{len(c.only_new)} new cells",
    ]
    if c.vars_differ:
        lines.append(f"warning: the test variables differ in {c.vars_differ} pairs")
    return Text("\n".join(lines))


def _describe(r: RunResult) -> str:
    return f"{r.id} ({r.suite_path}, {r.started_at:%Y-%m-%d %H:%M} UTC)"


def _differences(c: Comparison) -> Table:
    pct = round(c.settings.confidence * 100)
    table = Table(title=f"Differences, new - baseline, with paired bootstrap {pct}% intervals")
    for name in ("aggregate", "baseline", "new", "delta", f"{pct}% interval"):
        table.add_column(name, justify="left" if name == "aggregate" else "right")
    table.add_column("pairs", justify="right")
    table.add_column("missing", justify="right")
    table.add_column("verdict")
    rows = [("pass rate", c.pass_rate, True)]
    if c.score is not None:
        rows.append(("mean score", c.score, False))
    rows += [(f"  {d.name}", d, False) for d in c.metrics]
    for label, d, percent in rows:
        table.add_row(label, *_numbers(d, percent), Text(d.verdict, _STYLE[d.verdict]))
    return table


def _numbers(d: Difference, percent: bool) -> list[str]:
    def num(x: float, signed: bool = False) -> str:
        if percent:
            return f"{x * 100:+.1f} pts" if signed else f"{x * 100:.1f}%"
        return f"{x:+.3f}" if signed else f"{x:.3f}"

    interval = f"[{num(d.low, True)}, {num(d.high, True)}]"
    pairs = f"{d.n} ({d.cases} cases)" if d.cases != d.n else str(d.n)
    return [num(d.baseline), num(d.new), num(d.delta, True), interval, pairs, str(d.missing)]


def _counts(c: Comparison) -> Table:
    s = c.settings
    table = Table(
        title=f"Cases by similarity of outputs (passed >= {s.passed_at}, degraded >= "
        f"{s.degraded_at}, failed below)"
    )
    counts = c.counts
    for change in counts:
        table.add_column(change, justify="right", style=_STYLE[change])
    table.add_row(*(str(n) for n in counts.values()))
    return table


def _case(key: CellKey) -> str:
    prompt, target, test, repeat = key
    return f"{prompt} x {target} #{test}" + (f" r{repeat}" if repeat else "")


def _cases(pairs: list[Pair]) -> Table:
    table = Table(title="Changed cases, worst first")
    for name in ("case", "description", "status", "similarity", "change", "why"):
        table.add_column(name, justify="right" if name == "similarity" else "left")
    for p in pairs:
        sim = "-" if p.similarity is None else f"{p.similarity:.3f}"
        table.add_row(
            _case(p.key),
            p.new.description or p.baseline.description,
            f"{p.baseline.status} -> {p.new.status}",
            sim,
            Text(p.change, _STYLE[p.change]),
            p.reason,
        )
    return table


def _unpaired(side: str, cells: tuple[CellResult, ...]) -> Table:
    table = Table(title=f"Only in the {side} run (not in the statistics)")
    table.add_column("case")
    table.add_column("description")
    table.add_column("status")
    for cell in cells[:SHOWN]:
        table.add_row(_case(cell.key), cell.description, cell.status)
    if len(cells) > SHOWN:
        table.add_row(f"... and {len(cells) - SHOWN} more", "", "")
    return table


def _verdict(c: Comparison) -> Text:
    if c.regression:
        worse = [
            label
            for label, d in (("pass rate", c.pass_rate), ("mean score", c.score))
            if d is not None and d.verdict == "regression"
        ]
        return Text(f"REGRESSION: {' and '.join(worse)} fell beyond noise", _STYLE["regression"])
    return Text(f"no regression ({c.verdict})", _STYLE[c.verdict])
