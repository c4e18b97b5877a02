"""``lmops config check FILE`` validates a config; ``lmops config schema`` prints its schema."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from lmops.cli._common import load_or_exit
from lmops.config import Config, config_json_schema

__all__ = ["app"]

app = typer.Typer(help="Work with lmops.yaml.", no_args_is_help=True)


@app.command("check")
def check(path: Path = typer.Argument(..., help="The config file to validate.")) -> None:
    """Validate FILE: schema, environment variables, providers and fallback targets."""
    config = load_or_exit(path, build_providers=True)
    _check_embedders(config, path)
    groups = config.groups()
    typer.echo(f"{path}: ok ({len(config.models)} deployments in {len(groups)} model groups)")


def _check_embedders(config: Config, path: Path) -> None:
    """A semantic cache on the bundled MiniLM needs the optional extra installed."""
    cache = config.cache
    wanted = [
        group
        for group, options in (cache.models.items() if cache else ())
        if options.semantic is not None and options.semantic.embedder == "minilm"
    ]
    if not wanted:
        return
    from lmops.cache import EmbedderUnavailable, MiniLMEmbedder

    try:
        MiniLMEmbedder.check_available()
    except EmbedderUnavailable as exc:
        typer.echo(f"error: {path}: cache.models.{wanted[0]}.semantic.embedder: {exc}", err=True)
        raise typer.Exit(2) from None


@app.command("schema")
def schema() -> None:
    """Print the JSON Schema of lmops.yaml (for editors; generated from the config models)."""
    typer.echo(json.dumps(config_json_schema(), indent=2, sort_keys=True))
