"""Serve an aiohttp application on a free loopback port: the tests' fake upstreams."""

from __future__ import annotations

from aiohttp import web

__all__ = ["start_app"]


async def start_app(app: web.Application) -> tuple[web.AppRunner, str]:
    """Start ``app``; its runner (``await runner.cleanup()`` stops it) and base URL."""
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    host, port = runner.addresses[0][:2]
    return runner, f"http://{host}:{port}"
