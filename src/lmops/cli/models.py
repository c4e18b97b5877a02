"""``lmops models``: the model catalog and selection, local models and their LoRA adapters.

``list``, ``show NAME`` and ``select`` are the catalog (:mod:`lmops.cli.models_catalog`).

``serve BASE --adapter NAME=PATH ...`` runs an OpenAI-compatible server for a local transformers
model and its adapters (:mod:`lmops.finetune.serve`); ``model: BASE:NAME`` picks an adapter. An
adapter given by NAME alone is looked up among the adapters training registered (``-c``).
``--print-vllm`` prints the ``vllm serve`` command for the same model and adapters instead.
``adapters`` lists the registered adapters with their eval scores.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from lmops.cli.keys import console, fail, format_time, open_store, print_json
from lmops.cli.models_catalog import list_command, select_command, show_command

__all__ = ["app"]

app = typer.Typer(
    name="models",
    help="The model catalog and selection; local models and LoRA adapters.",
    no_args_is_help=True,
)
app.command("list")(list_command)
app.command("show")(show_command)
app.command("select")(select_command)


def _adapters(given: list[str], config: Path | None) -> dict[str, Path]:
    from lmops.finetune.runs import RunStore
    from lmops.finetune.serve import ServeError, parse_adapter

    out: dict[str, Path] = {}
    for text in given:
        if "=" not in text and not Path(text).exists():  # a registered name
            if config is None:
                fail(f"--adapter {text}: no such folder (give NAME=PATH, or -c to look the "
                     "name up among registered adapters)", 2)  # fmt: skip
            with open_store(config) as store:
                try:
                    out[text] = Path(RunStore(store.engine).adapter(text).path)
                except KeyError as exc:
                    fail(f"--adapter: {exc.args[0]}", 2)
            continue
        try:
            name, path = parse_adapter(text)
        except ServeError as exc:
            fail(str(exc), 2)
        if not (path / "adapter_config.json").is_file():
            fail(f"--adapter {text}: {path} holds no adapter (adapter_config.json)", 2)
        out[name] = path
    return out


@app.command("serve")
def serve_command(
    base: Annotated[str, typer.Argument(metavar="BASE", help="A local model folder.")],
    adapter: Annotated[
        list[str] | None,
        typer.Option("--adapter", "-a", metavar="NAME=PATH|NAME", help="A LoRA adapter; repeat."),
    ] = None,
    name: Annotated[
        str | None, typer.Option("--name", help="The base model's name [default: its folder].")
    ] = None,
    host: Annotated[str, typer.Option("--host")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535)] = 8001,
    max_batch: Annotated[
        int, typer.Option("--max-batch", min=1, help="Requests decoded together at most.")
    ] = 8,
    api_key: Annotated[
        str | None,
        typer.Option("--api-key", envvar="LMOPS_SERVE_API_KEY", help="Require this bearer key."),
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option("--config", "-c", envvar="LMOPS_CONFIG", help="lmops.yaml (adapter names)."),
    ] = None,
    print_vllm: Annotated[
        bool, typer.Option("--print-vllm", help="Print the vllm serve command instead.")
    ] = False,
) -> None:
    """Serve a local model and its LoRA adapters over the OpenAI chat completions API."""
    from lmops.finetune.serve import Engine, ServeError, adapter_rank, vllm_command

    adapters = _adapters(adapter or [], config)
    served = name or Path(base).name
    if print_vllm:
        rank = adapter_rank(list(adapters.values()))
        typer.echo(vllm_command(base, adapters, served, port, rank))
        return
    missing = [m for m in ("torch", "transformers", "peft") if importlib.util.find_spec(m) is None]
    if missing:
        fail(f"lmops models serve needs the finetune extra: pip install 'lmops[finetune]' "
             f"(missing: {', '.join(missing)})", 2)  # fmt: skip
    if not Path(base).is_dir():
        fail(f"BASE: {base}: no such model folder", 2)
    import uvicorn

    from lmops.finetune.serve import create_serve_app

    try:
        engine = Engine(Path(base), adapters, served, max_batch)
    except ServeError as exc:
        fail(str(exc), 2)
    typer.echo(f"serving {', '.join(engine.model_ids)} on http://{host}:{port}/v1", err=True)
    try:
        uvicorn.run(create_serve_app(engine, api_key), host=host, port=port, log_level="warning")
    finally:
        engine.close()


@app.command("adapters")
def adapters_command(
    config: Annotated[
        Path, typer.Option("--config", "-c", envvar="LMOPS_CONFIG", help="Path to lmops.yaml.")
    ],
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """The LoRA adapters training registered, with their eval scores."""
    from lmops.finetune.runs import RunStore

    with open_store(config) as store:
        found = RunStore(store.engine).adapters()
    if as_json:
        print_json([a.to_json() for a in found])
        return
    table = Table("NAME", "BASE", "RUN", "DATASET", "EVALS", "PATH", "CREATED")
    for a in found:
        evals = ", ".join(f"{suite}: {_scores(s)}" for suite, s in a.evals.items()) or "-"
        table.add_row(a.name, a.base_model, (a.run_id or "-")[:12],
                      (a.dataset_hash or "-")[:12], evals, a.path,
                      format_time(a.created_at))  # fmt: skip
    console().print(table)


def _scores(scores: dict[str, object]) -> str:
    adapter, base = scores.get("adapter"), scores.get("base")
    if isinstance(adapter, float) and isinstance(base, float):
        return f"{adapter:.0%} (base {base:.0%})"
    return str(adapter)
