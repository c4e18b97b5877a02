"""``lmops serve``: run the gateway with uvicorn (uvloop + httptools), one or more workers."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from lmops.cli._common import CONFIG_OPTION, load_or_exit
from lmops.config import Config

if TYPE_CHECKING:
    from lmops.gateway.app import GatewayApp

__all__ = ["app_from_env", "serve"]

_MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"


def serve(
    config_path: Path = CONFIG_OPTION,
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to bind."),
    port: int = typer.Option(4000, "--port", "-p", help="Port to bind."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Worker processes."),
) -> None:
    """Run the OpenAI-compatible gateway."""
    import uvicorn

    from lmops.gateway.server import server_options
    from lmops.store import db

    config = load_or_exit(config_path, build_providers=True)
    _configure_logging(config)
    engine = db.create_engine(config.settings.database_url)
    db.migrate(engine)  # once, here, so workers never race on the schema
    engine.dispose()
    _print_banner(host, port, config)
    common = {
        "host": host,
        "port": port,
        "access_log": False,
        "log_config": None,
        **server_options(config.settings),  # httptools + uvloop, read deadlines, drain
    }
    if workers == 1:
        uvicorn.run(_build(config, migrate=False), **common)
        return
    os.environ["LMOPS_CONFIG"] = str(config_path.resolve())
    if not os.environ.get(_MULTIPROC_ENV):
        os.environ[_MULTIPROC_ENV] = tempfile.mkdtemp(prefix="lmops-metrics-")
    uvicorn.run(
        "lmops.cli.serve:app_from_env",
        factory=True,
        workers=workers,
        **common,
    )


def app_from_env() -> GatewayApp:
    """The worker-process entry point for ``--workers N`` (uvicorn imports it by name)."""
    config = load_or_exit(Path(os.environ["LMOPS_CONFIG"]))
    _configure_logging(config)
    return _build(config, migrate=False)


def _build(config: Config, *, migrate: bool) -> GatewayApp:
    from lmops.gateway.app import create_app

    return create_app(config, migrate=migrate)


def _configure_logging(config: Config) -> None:
    from sqlalchemy.engine import make_url

    from lmops.logconfig import configure_logging

    secrets = [d.api_key.get_secret_value() for d in config.models if d.api_key]
    secrets += [value for d in config.models for value in d.headers.values()]
    if config.settings.master_key:
        secrets.append(config.settings.master_key.get_secret_value())
    password = make_url(config.settings.database_url).password
    if password:
        secrets.append(str(password))
    settings = config.settings
    if settings.redis_url:
        password = make_url(settings.redis_url.get_secret_value()).password
        secrets += [settings.redis_url.get_secret_value(), *([str(password)] if password else [])]
    if config.budgets.webhook:
        secrets.append(config.budgets.webhook.url.get_secret_value())
    configure_logging(config.settings.log_level, secrets)


def _print_banner(host: str, port: int, config: Config) -> None:
    base = f"http://{host}:{port}"
    model = config.models[0].name if config.models else "MODEL"
    key = "$LMOPS_MASTER_KEY" if config.settings.master_key else "anything"
    print(
        f"""
lmops gateway on {base}  (models: {", ".join(config.groups())})

  curl {base}/v1/chat/completions -H "Authorization: Bearer {key}" \\
       -H "Content-Type: application/json" \\
       -d '{{"model": "{model}", "messages": [{{"role": "user", "content": "Hello"}}]}}'

  from openai import OpenAI
  client = OpenAI(base_url="{base}/v1", api_key="<your master key>")
  client.chat.completions.create(model="{model}", messages=[{{"role": "user", "content": "Hi"}}])
""",
        file=sys.stderr,
        flush=True,
    )
