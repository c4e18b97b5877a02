"""``lmops config check FILE``: validate a config without starting anything."""

from __future__ import annotations

from pathlib import Path

import typer

from lmops.cli._common import load_or_exit

__all__ = ["app"]

app = typer.Typer(help="Work with lmops.yaml.", no_args_is_help=True)


@app.command("check")
def check(path: Path = typer.Argument(..., help="The config file to validate.")) -> None:
    """Validate FILE: schema, environment variables, providers and fallback targets."""
    config = load_or_exit(path, build_providers=True)
    groups = config.groups()
    typer.echo(f"{path}: ok ({len(config.models)} deployments in {len(groups)} model groups)")
