"""What the CLI commands share: finding and loading the config file."""

from __future__ import annotations

from pathlib import Path

import typer

from lmops.config import Config, ConfigError, load_config

__all__ = ["CONFIG_OPTION", "load_or_exit"]

CONFIG_OPTION = typer.Option(
    ..., "--config", "-c", envvar="LMOPS_CONFIG", help="Path to lmops.yaml.", show_default=False
)


def load_or_exit(path: Path) -> Config:
    """Load the config, or print the error (file, line, key) and exit with status 2."""
    try:
        return load_config(path)
    except ConfigError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
