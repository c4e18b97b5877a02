"""The floor: the least work a Python proxy on the gateway's stack can do per request.

Starlette on uvicorn (uvloop, httptools, no access log) with one shared HTTP client session.
The request body goes upstream unchanged (only the Authorization header is swapped for the
upstream key, as any gateway must); the response body and each SSE chunk come back unchanged and
unbuffered. Anything lmops costs above this is the price of its features.

    python -m bench.passthrough --port 9002 --upstream http://127.0.0.1:9001/v1 --client aiohttp
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import AsyncIterator
from typing import Protocol

import aiohttp
import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

__all__ = ["AiohttpForwarder", "Forwarder", "HttpxForwarder", "build_app", "main"]

_BAD_GATEWAY = b'{"error":{"message":"upstream unreachable","type":"server_error","code":null}}'


class Forwarder(Protocol):
    """Sends one request upstream and turns the answer into a Starlette response."""

    async def open(self) -> None: ...

    async def close(self) -> None: ...

    async def forward(
        self, method: str, url: str, body: bytes, headers: dict[str, str]
    ) -> Response: ...


def _is_stream(content_type: str) -> bool:
    return content_type.startswith("text/event-stream")


class AiohttpForwarder:
    """One ``aiohttp.ClientSession`` for the life of the process (the lmops choice)."""

    def __init__(self) -> None:
        self._session: aiohttp.ClientSession | None = None

    async def open(self) -> None:
        self._session = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=0, ttl_dns_cache=None),
            timeout=aiohttp.ClientTimeout(total=None, sock_connect=10, sock_read=600),
            auto_decompress=False,
        )

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()

    async def forward(
        self, method: str, url: str, body: bytes, headers: dict[str, str]
    ) -> Response:
        assert self._session is not None
        try:
            resp = await self._session.request(method, url, data=body, headers=headers)
        except aiohttp.ClientError:
            return Response(_BAD_GATEWAY, 502, media_type="application/json")
        ctype = resp.headers.get("content-type", "application/json")
        if _is_stream(ctype):
            return StreamingResponse(self._relay(resp), resp.status, {"content-type": ctype})
        try:
            data = await resp.read()
        finally:
            resp.release()
        return Response(data, resp.status, {"content-type": ctype})

    @staticmethod
    async def _relay(resp: aiohttp.ClientResponse) -> AsyncIterator[bytes]:
        try:
            async for chunk in resp.content.iter_any():
                yield chunk
        finally:
            resp.release()


class HttpxForwarder:
    """One ``httpx.AsyncClient`` for the life of the process (the alternative measured)."""

    def __init__(self) -> None:
        self._client: httpx.AsyncClient | None = None

    async def open(self) -> None:
        self._client = httpx.AsyncClient(
            limits=httpx.Limits(max_connections=None, max_keepalive_connections=1000),
            timeout=httpx.Timeout(600.0, connect=10.0),
        )

    async def close(self) -> None:
        if self._client is not None:
            await self._client.aclose()

    async def forward(
        self, method: str, url: str, body: bytes, headers: dict[str, str]
    ) -> Response:
        assert self._client is not None
        request = self._client.build_request(method, url, content=body, headers=headers)
        try:
            resp = await self._client.send(request, stream=True)
        except httpx.HTTPError:
            return Response(_BAD_GATEWAY, 502, media_type="application/json")
        ctype = resp.headers.get("content-type", "application/json")
        if _is_stream(ctype):
            return StreamingResponse(
                resp.aiter_raw(),
                resp.status_code,
                {"content-type": ctype},
                background=BackgroundTask(resp.aclose),
            )
        try:
            data = await resp.aread()
        finally:
            await resp.aclose()
        return Response(data, resp.status_code, {"content-type": ctype})


def build_app(
    upstream: str, client: str = "aiohttp", api_key: str = "sk-upstream-secret"
) -> Starlette:
    """A Starlette app forwarding ``/v1/...`` to ``upstream`` (a base URL ending in ``/v1``)."""
    forwarder: Forwarder = AiohttpForwarder() if client == "aiohttp" else HttpxForwarder()
    base = upstream.rstrip("/")
    auth = f"Bearer {api_key}"

    async def proxy(request: Request) -> Response:
        path = request.url.path.removeprefix("/v1")
        query = request.url.query
        url = f"{base}{path}?{query}" if query else f"{base}{path}"
        headers = {
            "content-type": request.headers.get("content-type", "application/json"),
            "authorization": auth,
        }
        return await forwarder.forward(request.method, url, await request.body(), headers)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await forwarder.open()
        try:
            yield
        finally:
            await forwarder.close()

    return Starlette(
        routes=[Route("/{path:path}", proxy, methods=["GET", "POST"])], lifespan=lifespan
    )


def main(argv: list[str] | None = None) -> None:
    """Serve in the foreground until SIGINT or SIGTERM (uvicorn's handlers)."""
    parser = argparse.ArgumentParser(prog="python -m bench.passthrough", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=9002)
    parser.add_argument("--upstream", required=True, help="base URL, e.g. http://127.0.0.1:9001/v1")
    parser.add_argument("--client", choices=["aiohttp", "httpx"], default="aiohttp")
    parser.add_argument("--api-key", default="sk-upstream-secret", help="sent to the upstream")
    args = parser.parse_args(argv)
    app = build_app(args.upstream, args.client, args.api_key)
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        loop="uvloop",
        http="httptools",
        access_log=False,
        log_level="warning",
        lifespan="on",
    )


if __name__ == "__main__":
    main()
