"""``lmops finetune eval RUN --suite SUITE``: an eval suite on a run's adapter and on its base
model side by side.

Both are served in this process (:mod:`lmops.finetune.serve`, on a loopback port) and the suite
runs with two targets in place of its own: ``adapter`` and ``base``. Its judge and embeddings
targets, prompts and assertions stay as written. The run is stored like any eval run, and each
target's pass rate is kept on the adapter in the model catalog (``lmops models adapters``).
Exit status 0 when the adapter's cells pass at the suite's threshold, 1 when not, 2 for bad
input.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from lmops.cli._common import CONFIG_OPTION
from lmops.cli.eval_run import _models, _run, _save, _Settings, _suite
from lmops.cli.keys import fail, open_store
from lmops.evals.reports import print_summary
from lmops.evals.results import RunResult
from lmops.evals.suite import Target
from lmops.evals.targets import TargetCaller, fingerprinted
from lmops.prompts.store import PromptStore

if TYPE_CHECKING:
    from lmops.finetune.serve import Engine

__all__ = ["eval_command"]

ADAPTER, BASE = "adapter", "base"


def eval_command(
    ref: Annotated[str, typer.Argument(metavar="RUN", help="Id (or prefix), name or folder.")],
    suite_path: Annotated[Path, typer.Option("--suite", "-s", help="The eval suite (YAML).")],
    config: Annotated[Path, CONFIG_OPTION],
) -> None:
    """Run an eval suite on a run's adapter and on its base model, side by side."""
    from rich.console import Console

    from lmops.finetune.runs import RunStore
    from lmops.finetune.serve import Engine, ServeError

    suite = _suite(suite_path)
    with open_store(config) as store:
        runs = RunStore(store.engine)
        try:
            run = runs.get(ref)
        except KeyError as exc:
            fail(f"RUN: {exc.args[0]}", 2)
        if run.status != "finished":
            fail(f"RUN: run {run.id[:12]} is {run.status}: only a finished run has an adapter", 2)
        adapter = Path(run.output_dir) / "adapter"
        try:
            engine = Engine(Path(run.base_model), {run.name: adapter}, name=BASE)
        except ServeError as exc:
            fail(str(exc), 2)
        try:
            with _serving(engine) as url:
                targets = (Target(ADAPTER, f"{BASE}:{run.name}", url),
                           Target(BASE, BASE, url))  # fmt: skip
                side_by_side = replace(suite, targets=targets)
                others = [t for t in (suite.judge, suite.embeddings) if t is not None]
                models = _models(config) if any(t.gateway is None for t in others) else None
                settings = _Settings(None, None, None, "use", store=True)
                result = _run(fingerprinted(side_by_side, models), TargetCaller(models),
                              store.engine, PromptStore(store.engine), settings)  # fmt: skip
        finally:
            engine.close()
        print_summary(result, Console())
        _save(store.engine, result)
        rates = {t: _pass_rate(result, t) for t in (ADAPTER, BASE)}
        runs.record_eval(run.name, str(suite_path), rates | {"eval_run": result.id})
    typer.echo(f"adapter {run.name}: {rates[ADAPTER]:.0%} of cells passed, base model "
               f"{rates[BASE]:.0%} (lmops eval show {result.id})")  # fmt: skip
    raise typer.Exit(0 if rates[ADAPTER] >= suite.threshold else 1)


def _pass_rate(result: RunResult, target: str) -> float:
    cells = [c for c in result.cells if c.target_id == target]
    return sum(c.status == "passed" for c in cells) / len(cells) if cells else 0.0


@contextmanager
def _serving(engine: Engine) -> Iterator[str]:
    """The engine's app on a free loopback port, in a thread: its URL."""
    import uvicorn

    from lmops.finetune.serve import create_serve_app

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_serve_app(engine), log_config=None, access_log=False)
    )
    thread = threading.Thread(target=lambda: asyncio.run(server.serve(sockets=[sock])), daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            fail("the adapter's server did not start")
        time.sleep(0.01)  # waiting for uvicorn's flag, bounded by the deadline
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(15)
        sock.close()
