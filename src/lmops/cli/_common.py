"""What the CLI commands share: finding and loading the config file."""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiohttp
import typer

from lmops.config import Config, ConfigError, load_config, load_database_url, load_models

__all__ = [
    "CONFIG_OPTION",
    "client_url",
    "database_url_or_exit",
    "load_or_exit",
    "models_or_exit",
]

CONFIG_OPTION = typer.Option(
    ..., "--config", "-c", envvar="LMOPS_CONFIG", help="Path to lmops.yaml.", show_default=False
)


def client_url(host: str, port: int) -> str:
    """The URL a client on this machine uses for a server bound to ``host``:``port``."""
    # A wildcard address is where a server listens, not one a client can send to.
    host = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}.get(host, host)  # noqa: S104
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def load_or_exit(path: Path, *, build_providers: bool = False) -> Config:
    """Load the config, or print the error (file, line, key) and exit with status 2.

    With ``build_providers`` each deployment's provider is also built, as the gateway does at
    start, so a deployment its provider cannot serve (no ``api_base``, say) is caught here too.
    """
    try:
        config = load_config(path)
        if build_providers:
            asyncio.run(_build_providers(config, str(path)))
    except ConfigError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    return config


def models_or_exit(path: Path, also: tuple[str, ...] = ()) -> Config:
    """The config's model groups (and the sections in ``also``) without the settings a server
    needs (the master key need not be set), or print the error and exit with status 2."""
    try:
        return load_models(path, also=also)
    except ConfigError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None


def database_url_or_exit(path: Path | str) -> str:
    """The config's ``settings.database_url`` alone (other variables need not be set), or
    print the error (file, line, key) and exit with status 2."""
    try:
        return load_database_url(path)
    except ConfigError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None


async def _build_providers(config: Config, source: str) -> None:
    from lmops.providers.base import create_provider

    async with aiohttp.ClientSession() as http:
        for i, deployment in enumerate(config.models):
            try:
                create_provider(deployment, http)
            except ValueError as exc:
                raise ConfigError(f"{source}: models.{i}: {exc}") from None
