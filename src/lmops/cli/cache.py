"""``lmops cache``: drop cached responses.

With ``cache.backend: redis`` the entries are removed from Redis directly (unless ``--gateway``
asks a gateway to do it); with ``memory`` they live inside the gateway process, so the command
asks the gateway's admin API, with the config's master key, at the address ``lmops serve`` takes
from the same config (``settings.host`` and ``settings.port``) unless ``--gateway`` says another.
"""

from __future__ import annotations

import asyncio
import json
import urllib.error
import urllib.request
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

import typer

from lmops.cli._common import CONFIG_OPTION, client_url, load_or_exit
from lmops.cli.keys import JsonOpt, fail, print_json
from lmops.config import Config

__all__ = ["app"]

app = typer.Typer(name="cache", help="Manage the response cache.", no_args_is_help=True)

_TIMEOUT = 30.0


@app.command("invalidate")
def invalidate_command(
    config_path: Path = CONFIG_OPTION,
    key: Annotated[str | None, typer.Option("--key", help="One entry, by its cache key.")] = None,
    model: Annotated[
        str | None, typer.Option("--model", help="Every entry of this model group.")
    ] = None,
    everything: Annotated[bool, typer.Option("--all", help="Every entry.")] = False,
    gateway: Annotated[
        str | None,
        typer.Option(
            "--gateway",
            envvar="LMOPS_GATEWAY_URL",
            help="Ask this gateway's admin API, e.g. http://127.0.0.1:4000 (default for the "
            "memory backend: the config's settings.host and settings.port, as lmops serve "
            "uses them).",
            show_default=False,
        ),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Remove one entry (--key), a model group's entries (--model) or all of them (--all)."""
    if sum([key is not None, model is not None, everything]) != 1:
        fail("give exactly one of --key, --model or --all", 2)
    config = load_or_exit(config_path)
    if config.cache is None:
        fail(f"{config_path}: cache: there is no cache section, so nothing is cached")
    if config.cache.backend == "redis" and gateway is None:
        removed = _invalidate_redis(config, key, model)
        where = "Redis"
    else:
        base = gateway or client_url(config.settings.host, config.settings.port)
        removed = _invalidate_via_gateway(config, base, key, model, everything)
        where = f"the gateway at {base}"
    if as_json:
        print_json({"removed": removed})
    else:
        typer.echo(f"removed {removed} cache entr{'y' if removed == 1 else 'ies'} from {where}")


def _invalidate_redis(config: Config, key: str | None, model: str | None) -> int:
    url = config.settings.redis_url
    if url is None:  # the config schema already refuses this; keep mypy and readers sure
        fail("settings.redis_url: required by cache.backend redis")

    # Imported here: the cache package loads numpy, which every other command can do without.
    from lmops.cache import CacheError, RedisCache

    async def run() -> int:
        prefix = f"{config.settings.redis_prefix}cache:"
        cache = RedisCache.from_url(url.get_secret_value(), prefix=prefix, timeout=_TIMEOUT)
        try:
            return await cache.invalidate(key=key, model=model)
        finally:
            await cache.close()

    try:
        return asyncio.run(run())
    except CacheError as exc:
        fail(str(exc))


def _invalidate_via_gateway(
    config: Config, base: str, key: str | None, model: str | None, everything: bool
) -> int:
    master = config.settings.master_key
    if master is None:
        fail("settings.master_key: not set (settings.auth: none), so there is no admin API")
    parts = urlsplit(base)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        fail(f"--gateway: {base!r} is not an http(s) URL, like http://127.0.0.1:4000", 2)
    url = base.rstrip("/") + "/admin/cache/invalidate"
    payload = {"key": key, "model": model, "all": everything}
    request = urllib.request.Request(  # noqa: S310 (the scheme is checked above)
        url,
        data=json.dumps(payload).encode(),
        headers={
            "Authorization": f"Bearer {master.get_secret_value()}",
            "Content-Type": "application/json",
        },
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=_TIMEOUT) as response:  # noqa: S310
            answer: Any = json.loads(response.read())
    except urllib.error.HTTPError as exc:
        fail(f"the gateway at {base} answered {exc.code}: {_error_message(exc)}")
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        fail(f"cannot reach the gateway at {base}: {reason} (is it running? see --gateway)")
    except ValueError:
        answer = None
    removed = answer.get("removed") if isinstance(answer, dict) else None
    if not isinstance(removed, int):
        fail(f'the gateway at {base} did not answer with {{"removed": N}}')
    return removed


def _error_message(exc: urllib.error.HTTPError) -> str:
    try:
        return str(json.loads(exc.read())["error"]["message"])
    except (ValueError, KeyError, TypeError, OSError):
        return str(exc.reason)
