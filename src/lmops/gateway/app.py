"""``create_app(config)``: the gateway as an ASGI application. Nothing happens at import."""

from __future__ import annotations

import asyncio
import contextlib
import gc
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager
from types import MappingProxyType

import aiohttp
import orjson
import structlog
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.types import ASGIApp, Receive, Scope, Send

from lmops.config import Config
from lmops.errors import GatewayError, error_body
from lmops.gateway.accounting import Accounting
from lmops.gateway.context import Principal
from lmops.gateway.handlers import ProxyHandler, error_headers, send_json
from lmops.gateway.metrics import GatewayMetrics
from lmops.gateway.pipeline import Step
from lmops.gateway.pipeline.auth import Authenticate, Authenticator, MasterKey
from lmops.gateway.pipeline.body import ParseBody
from lmops.gateway.pipeline.keys import ModelAccess, VirtualKeys, allowed
from lmops.gateway.router import Router
from lmops.gateway.services import Services
from lmops.providers.base import Endpoint, create_provider
from lmops.store import db
from lmops.store.request_log import RequestLogWriter

__all__ = ["create_app"]

log = structlog.get_logger("lmops.gateway")


class Gateway:
    def __init__(self, config: Config, *, migrate: bool = True) -> None:
        self.config = config
        self.metrics = GatewayMetrics()
        self.engine = db.create_engine(config.settings.database_url)
        self._ping: db.Ping | None = None
        self._migrate = migrate
        # Exists only while started: it needs the running loop (the HTTP session, the writer).
        self.handler: ProxyHandler | None = None
        self.services = Services(config, self.engine, self.metrics)
        master = config.settings.master_key
        # Virtual keys exist only where a master key guards their administration.
        authenticators: list[Authenticator] = (
            [MasterKey(master.get_secret_value()), VirtualKeys(self.services.directory)]
            if master
            else []
        )
        self._auth = Authenticate(authenticators)
        self._groups = config.groups()

    @asynccontextmanager
    async def lifespan(self, _: Starlette) -> AsyncIterator[None]:
        if self._migrate:
            await asyncio.to_thread(db.migrate, self.engine)
        settings = self.config.settings
        writer = RequestLogWriter(
            self.engine,
            batch_size=settings.request_log.batch_size,
            flush_interval=settings.request_log.flush_interval,
            max_queue=settings.request_log.max_queue,
        )
        await writer.start()
        self._ping = db.Ping(self.engine)
        http = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=0, ttl_dns_cache=300, keepalive_timeout=30),
            skip_auto_headers=("User-Agent",),
        )
        services = self.services
        try:
            router = Router(
                self.config.router,
                [(d, create_provider(d, http)) for d in self.config.models],
                self.metrics,
            )
            await services.start(http, router)
            quota = services.quota
            assert quota is not None
            cache = services.cache
            steps: list[Step] = [
                self._auth,
                ParseBody(settings.max_request_bytes, router.has_group),
                ModelAccess(),
                *([cache.plan] if cache is not None else []),
                quota,
                *([cache] if cache is not None else []),
            ]
            accounting = Accounting(
                self.metrics,
                writer,
                settings.log_bodies,
                settings.request_log.max_body_bytes,
                services.pricing,
                quota.settle_later,
            )
            quotas = any(d.rpm or d.tpm or d.max_parallel for d in self.config.models)
            self.handler = ProxyHandler(
                steps,
                router,
                accounting,
                self.metrics,
                services.cache,
                quota.gate if quotas else None,
            )
            # Everything built so far lives as long as the process: keep the collector from
            # walking it again and again (a full collection of it cost milliseconds of p99).
            gc.freeze()
            if not settings.master_key:
                log.warning("auth_disabled", reason="settings.master_key is not set")
            log.info("gateway_started", models=len(self.config.models), groups=len(self._groups))
            yield
        finally:
            if self.handler is not None:
                # Requests cancelled by the graceful-stop timeout account for themselves as
                # they unwind; give them a moment so their records reach the writer.
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self.handler.wait_idle(), 2.0)
            self.handler = None
            await services.stop()
            await writer.stop()
            await http.close()
            self.metrics.close()
            self._ping.close()
            self._ping = None
            self.engine.dispose()
            log.info("gateway_stopped", written=writer.written, dropped=writer.dropped)

    def routes(self) -> list[BaseRoute]:
        async def proxy_wrong_method(_: Request) -> Response:
            raise HTTPException(405, "Method Not Allowed")

        routes: list[BaseRoute] = []
        for prefix in ("/v1", ""):
            routes += [Route(f"{prefix}/{name}", proxy_wrong_method) for name, _ in _ENDPOINTS]
            routes += [
                Route(f"{prefix}/models", self.list_models, methods=["GET"]),
                Route(f"{prefix}/models/{{model:path}}", self.get_model, methods=["GET"]),
            ]
        return [
            *routes,
            Route("/health/live", self.live, methods=["GET"]),
            Route("/health/ready", self.ready, methods=["GET"]),
            Route("/metrics", self.metrics_endpoint, methods=["GET"]),
            Mount("/admin", app=_BuiltOnFirstUse(self._admin)),
        ]

    def _admin(self) -> ASGIApp:
        # FastAPI and the admin models take a good part of a second to import: not at start.
        from lmops.gateway.admin import AdminServices, create_admin_app

        services = self.services
        master = self.config.settings.master_key
        admin = create_admin_app(
            AdminServices(
                keys=services.keys,
                engine=self.engine,
                master_key=master.get_secret_value() if master else None,
                on_change=services.apply,
                budget_status=services.budget_status,
                invalidate_cache=services.invalidate_cache if self.config.cache else None,
            )
        )
        # Its tens of thousands of objects (FastAPI, pydantic) live as long as the process:
        # frozen like the rest at start, or every full collection walks them again.
        gc.freeze()
        return admin

    async def _check_key(self, request: Request) -> Principal:
        return await self._auth.resolve(request.headers.get("authorization"))

    async def list_models(self, request: Request) -> Response:
        principal = await self._check_key(request)
        data = [_model_card(name) for name in self._groups if allowed(principal, name)]
        return Response(
            orjson.dumps({"object": "list", "data": data}), media_type="application/json"
        )

    async def get_model(self, request: Request) -> Response:
        principal = await self._check_key(request)
        name = request.path_params["model"]
        if name not in self._groups or not allowed(principal, name):
            raise GatewayError(
                f"The model {name!r} does not exist.",
                status=404,
                type_="invalid_request_error",
                code="model_not_found",
            )
        return Response(orjson.dumps(_model_card(name)), media_type="application/json")

    async def live(self, _: Request) -> Response:
        return Response(b'{"status":"ok"}', media_type="application/json")

    async def ready(self, _: Request) -> Response:
        """200 while this process can serve. PostgreSQL and Redis are reported, not required:
        every replica shares them, so an orchestrator that pulled the replicas for them would
        turn a degraded service (logs queued, limits fail closed or open) into none."""
        if self.handler is None or self._ping is None:
            body: dict[str, object] = {"status": "unavailable"}
            return Response(orjson.dumps(body), 503, media_type="application/json")
        redis_ping = self.services.redis_ping
        checks = [_probe(self._ping())] + ([_probe(redis_ping())] if redis_ping else [])
        store, *reached = await asyncio.gather(*checks)
        redis = reached[0] if reached else None  # None: no Redis configured
        status = "ok" if store and redis is not False else "degraded"
        body = {"status": status, "store": store, "redis": redis}
        return Response(orjson.dumps(body), media_type="application/json")

    async def metrics_endpoint(self, request: Request) -> Response:
        if self.config.settings.metrics_require_auth:
            await self._check_key(request)
        return Response(self.metrics.render(), media_type=self.metrics.content_type)


_ENDPOINTS: tuple[tuple[str, Endpoint], ...] = (
    ("chat/completions", "chat"),
    ("completions", "completions"),
    ("embeddings", "embeddings"),
)
_PROXIED: Mapping[str, Endpoint] = MappingProxyType(
    {f"{prefix}/{path}": endpoint for prefix in ("/v1", "") for path, endpoint in _ENDPOINTS}
)
_PROBE_SECONDS = 0.8  # a readiness probe's own timeout is often 1 s


async def _probe(check: Awaitable[bool]) -> bool:
    try:
        return await asyncio.wait_for(check, _PROBE_SECONDS)
    except Exception:
        return False


_NOT_READY = error_body("The gateway is not ready.", "api_error", "not_ready")


class _BuiltOnFirstUse:
    """An ASGI app built when its first request comes."""

    def __init__(self, build: Callable[[], ASGIApp]) -> None:
        self._build = build
        self._app: ASGIApp | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self._app is None:
            self._app = self._build()
        await self._app(scope, receive, send)


class GatewayApp:
    """The ASGI entry point: proxied POSTs go straight to the handler, the rest to Starlette."""

    def __init__(self, gateway: Gateway, rest: Starlette) -> None:
        self.gateway = gateway
        self._rest = rest

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "POST":
            endpoint = _PROXIED.get(scope["path"])
            if endpoint is not None:
                handler = self.gateway.handler
                if handler is None:  # starting up or shutting down
                    await send_json(send, 503, _NOT_READY, [])
                else:
                    await handler(scope, receive, send, endpoint)
                return
        await self._rest(scope, receive, send)


def create_app(config: Config, *, migrate: bool = True) -> GatewayApp:
    """Build the gateway for ``config``. Migrations run at start unless ``migrate`` is False."""
    gateway = Gateway(config, migrate=migrate)
    rest = Starlette(
        routes=gateway.routes(),
        lifespan=gateway.lifespan,
        exception_handlers={
            GatewayError: _gateway_error,
            HTTPException: _http_error,
            Exception: _internal_error,
        },
    )
    return GatewayApp(gateway, rest)


def _model_card(name: str) -> dict[str, object]:
    return {"id": name, "object": "model", "created": 0, "owned_by": "lmops"}


def _error_response(exc: GatewayError) -> Response:
    return Response(
        exc.body(),
        status_code=exc.status,
        headers=error_headers(exc),
        media_type="application/json",
    )


async def _gateway_error(_: Request, exc: Exception) -> Response:
    assert isinstance(exc, GatewayError)
    return _error_response(exc)


async def _http_error(_: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    kind = "not_found" if exc.status_code == 404 else "invalid_request_error"
    return _error_response(GatewayError(str(exc.detail), status=exc.status_code, type_=kind))


async def _internal_error(_: Request, exc: Exception) -> Response:
    log.error("unhandled_error", error_type=type(exc).__name__)
    return _error_response(GatewayError("Internal error.", status=500))
