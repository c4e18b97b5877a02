"""``lmops serve``: run the gateway with uvicorn (uvloop + httptools), one or more workers."""

from __future__ import annotations

import gc
import os
import socket
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from lmops.cli._common import CONFIG_OPTION, client_url, load_or_exit
from lmops.config import Config, variable_of

if TYPE_CHECKING:
    from lmops.gateway.app import GatewayApp

__all__ = ["app_from_env", "serve"]

_MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"


def serve(
    config_path: Path = CONFIG_OPTION,
    host: str | None = typer.Option(
        None,
        "--host",
        help="Interface to bind; default: the config's settings.host (127.0.0.1).",
        show_default=False,
    ),
    port: int | None = typer.Option(
        None,
        "--port",
        "-p",
        min=1,
        max=65535,
        help="Port to bind; default: the config's settings.port (4000).",
        show_default=False,
    ),
    workers: int = typer.Option(
        1, "--workers", "-w", min=1, help="Worker processes (more than 1 needs settings.redis_url)."
    ),
) -> None:
    """Run the OpenAI-compatible gateway."""
    import uvicorn

    from lmops.gateway.server import server_options
    from lmops.store import db

    config = load_or_exit(config_path, build_providers=True)
    host = config.settings.host if host is None else host
    port = config.settings.port if port is None else port
    if workers > 1:
        _check_shared_state(config, config_path, workers)
    _check_port(host, port)  # before the banner, which would claim a gateway that never starts
    _configure_logging(config)
    engine = db.create_engine(config.settings.database_url)
    db.migrate(engine)  # once, here, so workers never race on the schema
    engine.dispose()
    _print_banner(host, port, config, config_path)
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


_GC_THRESHOLDS = (7000, 20, 100)


def app_from_env() -> GatewayApp:
    """The worker-process entry point for ``--workers N`` (uvicorn imports it by name)."""
    config = load_or_exit(Path(os.environ["LMOPS_CONFIG"]))
    _configure_logging(config)
    return _build(config, migrate=False)


def _build(config: Config, *, migrate: bool) -> GatewayApp:
    from lmops.gateway.app import create_app

    # The serving process's collector: young objects every 7,000 net allocations (not 700), the
    # old generations more rarely. A request allocates hundreds of containers that refcounting
    # frees, so the default ran a collection every ten requests or so for almost nothing: 22 us
    # of CPU per request; with these, 0.94x the CPU (bench.phases --pin, docs/decisions.md 42).
    gc.set_threshold(*_GC_THRESHOLDS)
    return create_app(config, migrate=migrate)


def _fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(2)


def _check_shared_state(config: Config, path: Path, workers: int) -> None:
    """Several workers must share their state, or each would enforce its own copy."""
    if config.settings.redis_url is None:
        _fail(
            f"{path}: settings.redis_url: not set, so each of the {workers} workers would keep "
            "its own rate limits, budgets and cache (a limit would let through up to "
            f"{workers} times its value): set settings.redis_url, or run one worker"
        )
    if config.cache is not None and config.cache.backend == "memory":
        _fail(
            f"{path}: cache.backend: memory keeps one cache per worker, and `lmops cache "
            f"invalidate` would reach one of the {workers}: use cache.backend: redis, or run "
            "one worker"
        )


def _check_port(host: str, port: int) -> None:
    # Bound the way uvicorn binds; the socket is closed again at once, for uvicorn to take.
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError as exc:
        reason = exc.strerror or str(exc)
        _fail(
            f"cannot listen on {host}:{port}: {reason}; if another process (another lmops "
            "serve?) holds that port, choose another with --port or settings.port"
        )


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


def _print_banner(host: str, port: int, config: Config, path: Path) -> None:
    """How to call the gateway, from another terminal: never the master key itself."""
    base = client_url(host, port)
    model = config.models[0].name
    if config.settings.auth == "none":
        auth = f"auth: none (settings.auth): anyone who can reach {base} can call /v1"
        how, header, api_key = "From another terminal:", "", '"none"'
    else:
        var = variable_of(path, "settings", "master_key")
        where = f"from ${var}" if var else f"written in {path}"
        var = var or "LMOPS_MASTER_KEY"
        auth = f"auth: master key (settings.master_key, {where}): every /v1 call needs it"
        how = f"From another terminal, with the master key in {var} there too:"
        header = f' -H "Authorization: Bearer ${var}"'
        api_key = f'os.environ["{var}"]'
    dashboard = ""
    if config.settings.ui:
        dashboard = (
            f"\n  dashboard: {base}/ui (log in with the master key, or a user of"
            f" lmops users create NAME --role admin --config {path})\n"
        )
    print(
        f"""
lmops gateway on {base}  (models: {", ".join(config.groups())})
  {auth}

  {how}

  curl {base}/v1/chat/completions{header} \\
       -H "Content-Type: application/json" \\
       -d '{{"model": "{model}", "messages": [{{"role": "user", "content": "Hello"}}]}}'

  import os
  from openai import OpenAI  # pip install openai
  client = OpenAI(base_url="{base}/v1", api_key={api_key})
  client.chat.completions.create(model="{model}", messages=[{{"role": "user", "content": "Hi"}}])
{dashboard}""",
        file=sys.stderr,
        flush=True,
    )
