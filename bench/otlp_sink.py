"""A local OTLP/HTTP traces receiver for the ``lmops-telemetry`` target: it takes every export
(``POST /v1/traces``), counts it and answers 200, so the gateway's tracing costs what it costs
against a real collector, export included, without one. Its own CPU is not the gateway's.

    python -m bench.otlp_sink --port 4318      # GET /stats: exports and bytes received
"""

from __future__ import annotations

import argparse

from aiohttp import web

__all__ = ["main", "sink_app"]


def sink_app() -> web.Application:
    stats = {"exports": 0, "bytes": 0}

    async def traces(request: web.Request) -> web.Response:
        body = await request.read()
        stats["exports"] += 1
        stats["bytes"] += len(body)
        # An empty ExportTraceServiceResponse: everything accepted.
        return web.Response(body=b"", content_type="application/x-protobuf")

    async def report(_: web.Request) -> web.Response:
        return web.json_response(stats)

    app = web.Application(client_max_size=64 * 2**20)
    app.router.add_post("/v1/traces", traces)
    app.router.add_get("/stats", report)
    return app


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.otlp_sink", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=4318)
    args = parser.parse_args(argv)
    web.run_app(sink_app(), host=args.host, port=args.port, print=None, access_log=None)


if __name__ == "__main__":
    main()
