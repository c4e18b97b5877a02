"""``lmops finetune train|runs|show|stop|logs``: LoRA training runs.

``train CONFIG`` trains in the foreground with a progress bar (a line per logged step when the
output is not a terminal), or with ``--detach`` as a background job whose output goes to
``output_dir/train.log``. ``--nproc N`` runs N processes through ``torch.distributed.run``.
Ctrl-C or SIGTERM ends a run after its current step with a checkpoint; ``--resume`` goes on
from it. Runs and their steps are in the config's store (``-c``). Exit status 2 for a config or
files it cannot use.
"""

from __future__ import annotations

import importlib.util
import math
import os
import signal
import subprocess
import sys
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from itertools import pairwise
from pathlib import Path
from types import FrameType
from typing import Annotated, Any

import sqlalchemy as sa
import typer
from rich.table import Table

from lmops.cli._common import CONFIG_OPTION
from lmops.cli.keys import console, fail, format_time, open_store, print_fields, print_json
from lmops.store.db import describe_error

__all__ = ["curve", "logs_command", "runs_command", "show_command", "stop_command", "train_command"]

_NEEDS = ("torch", "transformers", "peft")
_BLOCKS = " ▁▂▃▄▅▆▇█"


def _extras() -> None:
    missing = [m for m in _NEEDS if importlib.util.find_spec(m) is None]
    if missing:
        fail(f"lmops finetune train needs the finetune extra: pip install 'lmops[finetune]' "
             f"(missing: {', '.join(missing)})", 2)  # fmt: skip


def train_command(
    config_file: Annotated[Path, typer.Argument(metavar="CONFIG", help="The training config.")],
    config: Annotated[Path, CONFIG_OPTION],
    resume: Annotated[
        bool, typer.Option("--resume", help="Go on from the output folder's last checkpoint.")
    ] = False,
    nproc: Annotated[
        int, typer.Option("--nproc", min=1, help="Processes (GPUs) to train with.")
    ] = 1,
    detach: Annotated[
        bool, typer.Option("--detach", help="Run in the background; output to train.log.")
    ] = False,
) -> None:
    """Train a LoRA adapter as CONFIG says; the adapter is saved in output_dir/adapter."""
    from lmops.finetune.config import TrainConfigError, load_train_config

    _extras()
    try:
        settings = load_train_config(config_file)
    except TrainConfigError as exc:
        fail(str(exc), 2)
    args = ["finetune", "train", str(config_file.resolve()), "-c", str(config.resolve())]
    args += ["--resume"] if resume else []
    if detach:
        from lmops.finetune.jobs import launch, log_path, worker_argv

        pid = launch(worker_argv(args, nproc), settings.output_dir)
        typer.echo(
            f"training in the background (process {pid}); output: {log_path(settings.output_dir)}"
        )
        typer.echo(f"follow it with: lmops finetune show {settings.output_dir}; stop it with: "
                   f"lmops finetune stop {settings.output_dir}")  # fmt: skip
        return
    if nproc > 1 and "LOCAL_RANK" not in os.environ:  # the launcher: one process per rank
        from lmops.finetune.jobs import worker_argv

        raise typer.Exit(subprocess.call(worker_argv(args, nproc)))  # noqa: S603
    _train(settings, config, resume)


def _train(settings: Any, config: Path, resume: bool) -> None:
    import transformers  # its progress bars and notices: ours are shown instead

    from lmops.finetune.runs import Conflict, RunStore
    from lmops.finetune.train import TrainError, Training

    transformers.logging.set_verbosity_error()  # type: ignore[no-untyped-call]
    transformers.logging.disable_progress_bar()  # type: ignore[no-untyped-call]
    warnings.filterwarnings("ignore", category=FutureWarning, module="transformers")
    first = int(os.environ.get("RANK", "0")) == 0  # the other ranks leave the store alone
    with open_store(config) as store:
        runs = RunStore(store.engine) if first else None
        training = Training(settings, runs, resume)
        with _progress(training, first), _stop_on_signals(training):
            try:
                result = training.run()
            except (TrainError, Conflict) as exc:
                fail(str(exc), 2)
            except sa.exc.SQLAlchemyError as exc:
                fail(f"store error: {describe_error(exc, store.engine)}")
    if not first:
        return
    run = result.run_id[:12] if result.run_id else "-"
    loss = "-" if result.train_loss is None else f"{result.train_loss:.4f}"
    held = "-" if result.eval_loss is None else f"{result.eval_loss:.4f}"
    typer.echo(
        f"run {run} {'stopped' if result.stopped else 'finished'} at step {result.steps}: "
        f"train loss {loss}, eval loss {held}, {result.tokens:,} tokens at "
        f"{result.tokens_per_s:,.0f} tokens/s"
    )
    if result.stopped:
        typer.echo(f"a checkpoint is saved: go on with --resume ({settings.output_dir})")
    else:
        typer.echo(f"adapter: {result.adapter}")


@contextmanager
def _stop_on_signals(training: Any) -> Iterator[None]:
    """SIGTERM and a first Ctrl-C end the run after its step, with a checkpoint; a second
    Ctrl-C interrupts at once."""
    asked = 0

    def handle(signum: int, frame: FrameType | None) -> None:
        nonlocal asked
        asked += 1
        if signum == signal.SIGINT and asked > 1:
            raise KeyboardInterrupt
        typer.echo("stopping after this step (a checkpoint is written) ...", err=True)
        training.stop()

    previous = {s: signal.signal(s, handle) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


@contextmanager
def _progress(training: Any, shown: bool) -> Iterator[None]:
    """A bar with loss, tokens/s and ETA on a terminal; otherwise a line per logged step."""
    if not shown:
        yield
        return
    if not sys.stderr.isatty():

        def line(step: Any, total: int, tokens: int) -> None:
            typer.echo(_step_line(step, total), err=True)

        training.on_log = line
        yield
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    with Progress(
        TextColumn("training"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[status]}"),
        TimeRemainingColumn(),
        console=console(),
        transient=False,
    ) as bar:
        task = bar.add_task("train", total=None, status="")

        def update(step: Any, total: int, tokens: int) -> None:
            bar.update(task, completed=step.step, total=total, status=_step_line(step, None))

        training.on_log = update
        yield


def _step_line(step: Any, total: int | None) -> str:
    parts = [f"step {step.step}" + (f"/{total}" if total else "")]
    if step.loss is not None:
        parts.append(f"loss {step.loss:.4f}")
    if step.eval_loss is not None:
        parts.append(f"eval loss {step.eval_loss:.4f}")
    if step.learning_rate is not None:
        parts.append(f"lr {step.learning_rate:.2e}")
    if step.tokens_per_s:
        parts.append(f"{step.tokens_per_s:,.0f} tokens/s")
    if step.mfu:
        parts.append(f"MFU {step.mfu:.1%}")
    return "  ".join(parts)


@contextmanager
def _runs(config: Path) -> Iterator[Any]:
    from lmops.finetune.runs import RunStore

    with open_store(config) as store:
        try:
            yield RunStore(store.engine)
        except sa.exc.SQLAlchemyError as exc:
            fail(f"store error: {describe_error(exc, store.engine)}")


def _get(runs: Any, ref: str) -> Any:
    try:
        return runs.get(ref)
    except KeyError as exc:
        fail(f"RUN: {exc.args[0]}")


def _loss(value: float | None) -> str:
    return "-" if value is None else f"{value:.4f}"


def runs_command(
    config: Annotated[Path, CONFIG_OPTION],
    limit: Annotated[int, typer.Option("--limit", min=1)] = 50,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Fine-tuning runs, newest first."""
    with _runs(config) as runs:
        found = runs.list(limit)
    if as_json:
        print_json([r.to_json() for r in found])
        return
    table = Table("RUN", "NAME", "STATUS", "STEP", "TRAIN LOSS", "EVAL LOSS", "TOKENS", "STARTED")
    for r in found:
        table.add_row(r.id[:12], r.name, r.status, f"{r.step}/{r.total_steps}",
                      _loss(r.train_loss), _loss(r.eval_loss), f"{r.tokens:,}",
                      format_time(r.started_at))  # fmt: skip
    console().print(table)


def show_command(
    ref: Annotated[str, typer.Argument(metavar="RUN", help="Id (or prefix), name or folder.")],
    config: Annotated[Path, CONFIG_OPTION],
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """A run: its settings, progress and loss curve."""
    with _runs(config) as runs:
        run = _get(runs, ref)
        steps = runs.steps(run.id)
    if as_json:
        print_json(run.to_json() | {"steps": [s.to_json() for s in steps]})
        return
    cfg = run.config
    lora = cfg.get("lora", {})
    took = (run.finished_at or datetime.now(UTC)) - run.started_at
    print_fields({
        "run": run.id,
        "name": run.name,
        "status": run.status + (f": {run.error}" if run.error else ""),
        "base model": run.base_model,
        "dataset": run.dataset_hash or "-",
        "output": run.output_dir,
        "adapter": run.to_json()["adapter"] or "-",
        "lora": f"r={lora.get('r')} alpha={lora.get('alpha')} on {lora.get('target_modules')}",
        "progress": f"step {run.step}/{run.total_steps}, {run.tokens:,} tokens, "
                    f"{format_time(run.started_at)} for {str(took).split('.')[0]}",
        "loss": f"train {_loss(run.train_loss)}, eval {_loss(run.eval_loss)}",
    })  # fmt: skip
    losses = [(s.step, s.loss) for s in steps if s.loss is not None]
    if losses:
        typer.echo("\ntrain loss by step")
        typer.echo(curve([v for _, v in losses], [s for s, _ in losses]))
    evals = [f"{s.step}: {s.eval_loss:.4f}" for s in steps if s.eval_loss is not None]
    if evals:
        typer.echo("eval loss  " + ", ".join(evals))
    rates = [s.tokens_per_s for s in steps if s.tokens_per_s]
    if rates:
        rates.sort()
        typer.echo(f"tokens/s   median {rates[len(rates) // 2]:,.0f}")


def curve(values: Sequence[float], steps: Sequence[int], width: int = 60, height: int = 8) -> str:
    """A text chart of ``values`` by step: a column of blocks each, the highest value at the
    top row, on a log scale when every value is positive (a loss falls by orders)."""
    columns = min(width, len(values))
    # Each column is the mean of its share of the values.
    cuts = [round(i * len(values) / columns) for i in range(columns + 1)]
    means = [sum(values[a:b]) / (b - a) for a, b in pairwise(cuts)]
    log = min(means) > 0
    scaled = [math.log(m) if log else m for m in means]
    low, high = min(scaled), max(scaled)
    span = high - low or 1.0
    levels = [1 + (v - low) / span * (height * 8 - 1) for v in scaled]  # eighths of a row
    rows = []
    for row in range(height, 0, -1):
        floor = (row - 1) * 8
        cells = "".join(_BLOCKS[max(0, min(8, math.ceil(level - floor)))] for level in levels)
        label = f"{max(means):9.4g} " if row == height else " " * 10
        label = f"{min(means):9.4g} " if row == 1 else label
        rows.append(f"{label}│{cells}")
    scale = "log scale" if log else "linear scale"
    rows.append(" " * 10 + f"└ step {steps[0]} … {steps[-1]} ({scale})")
    return "\n".join(rows)


def stop_command(
    ref: Annotated[str, typer.Argument(metavar="RUN", help="Id (or prefix), name or folder.")],
    config: Annotated[Path, CONFIG_OPTION],
) -> None:
    """Stop a running run after its current step, with a checkpoint (--resume goes on)."""
    from lmops.finetune.jobs import JobError, stop

    with _runs(config) as runs:
        run = _get(runs, ref)
    try:
        stop(run)
    except JobError as exc:
        fail(str(exc))
    typer.echo(f"asked run {run.id[:12]} (process {run.pid}) to stop after its current step")


def logs_command(
    ref: Annotated[str, typer.Argument(metavar="RUN", help="Id (or prefix), name or folder.")],
    config: Annotated[Path, CONFIG_OPTION],
    lines: Annotated[int, typer.Option("--lines", "-n", min=1)] = 50,
) -> None:
    """The end of a run's output (runs started with --detach)."""
    from lmops.finetune.jobs import log_path, read_log

    with _runs(config) as runs:
        run = _get(runs, ref)
    text = read_log(run.output_dir, lines)
    if not text:
        fail(f"{log_path(run.output_dir)}: no output (the run was not started with --detach)")
    typer.echo(text, nl=False)
