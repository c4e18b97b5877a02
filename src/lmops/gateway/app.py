"""``create_app(config)``: the gateway as an ASGI application. Nothing happens at import."""

from __future__ import annotations

import asyncio
import functools
import gc
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import AsyncExitStack, asynccontextmanager
from types import MappingProxyType
from typing import Any

import orjson
import structlog
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.types import ASGIApp, Receive, Scope, Send

from lmops.catalog.tokens import estimate_prompt_tokens
from lmops.config import Config, Deployment
from lmops.errors import GatewayError, UpstreamError
from lmops.gateway.context import Principal
from lmops.gateway.error_responses import exception_handlers
from lmops.gateway.handlers import ProxyHandler, send_error
from lmops.gateway.ingress.adapter import IngressRoute, same_error
from lmops.gateway.ingress.messages import MessagesExchange, count_tokens_request
from lmops.gateway.ingress.messages import error_body as messages_error
from lmops.gateway.ingress.response_store import ResponseStore, Stored
from lmops.gateway.ingress.responses import ResponsesExchange
from lmops.gateway.metrics import GatewayMetrics
from lmops.gateway.pipeline.auth import Authenticate, Authenticator, MasterKey
from lmops.gateway.pipeline.body import read_json_body
from lmops.gateway.pipeline.keys import VirtualKeys, allowed
from lmops.gateway.prompt_routes import PromptRoutes
from lmops.gateway.runtime import Runtime, build_runtime
from lmops.gateway.services import Services
from lmops.providers.anthropic import AnthropicProvider
from lmops.providers.base import Endpoint
from lmops.providers.openai import serves_responses
from lmops.providers.router import DeploymentStatus
from lmops.review.capture import capture_feedback
from lmops.store import db

__all__ = ["create_app"]

log = structlog.get_logger("lmops.gateway")


class Gateway:
    def __init__(self, config: Config, *, migrate: bool = True) -> None:
        self.config = config
        self.metrics = GatewayMetrics(config.settings.metrics_per_key)
        self.engine = db.create_engine(config.settings.database_url)
        self._migrate = migrate
        self.services = Services(config, self.engine, self.metrics)
        # Exist only while started: they need the running loop (the HTTP session, the writer).
        self.runtime: Runtime | None = None
        self.handler: ProxyHandler | None = None  # the runtime's, read on every request
        master = config.settings.master_key
        # Virtual keys exist only where a master key guards their administration.
        authenticators: list[Authenticator] = (
            [MasterKey(master.get_secret_value()), VirtualKeys(self.services.directory)]
            if master
            else []
        )
        self._auth = Authenticate(authenticators)
        self._groups = config.groups()
        self._passed_through = _passthrough_groups(config, serves_responses)
        self.ingress = self._ingress_routes(config)

    def _ingress_routes(self, config: Config) -> dict[str, IngressRoute]:
        """/v1/messages and /v1/responses, passed through to the groups whose upstreams speak
        them (see ``_passthrough_groups``), translated for the others."""
        anthropic = frozenset(
            name for name, group in self._groups.items() if all(map(_is_anthropic, group))
        )
        to_anthropic = self._to_anthropic = _passthrough_groups(config, _is_anthropic)

        async def messages(_: Scope, body: dict[str, object]) -> MessagesExchange | None:
            if self._passes(body, to_anthropic):
                return None
            # A group a model experiment splits may be answered by another provider's variant.
            split = body.get("model") in self.services.prompts.model_targets
            return MessagesExchange(body, frozenset() if split else anthropic)

        max_bytes = config.settings.max_request_bytes
        route = IngressRoute(lambda: self.handler, messages, messages_error, max_bytes, "messages")
        answers = IngressRoute(
            lambda: self.handler, self._responses, same_error, max_bytes, "responses"
        )
        return {
            "/v1/messages": route,
            "/messages": route,
            "/v1/responses": answers,
            "/responses": answers,
        }

    def _passes(self, body: dict[str, object], groups: frozenset[str]) -> bool:
        """Whether ``body`` goes to its group as sent: one of ``groups``, and not split by a
        running model experiment (whose variants may be other providers' groups)."""
        model = body.get("model")
        return model in groups and model not in self.services.prompts.model_targets

    async def _responses(self, scope: Scope, body: dict[str, object]) -> ResponsesExchange | None:
        """A ``/v1/responses`` request, with the conversation its ``previous_response_id``
        continues (the caller's own: a tenant finds only what it stored); None, to pass it
        through, for a model group whose upstreams serve the Responses API."""
        if self._passes(body, self._passed_through):
            return None
        principal = await self._check_key(Request(scope))
        store = self.services.responses
        previous = body.get("previous_response_id")
        history: list[dict[str, Any]] = []
        if previous is not None:
            # A parameter of this request that names nothing: 400, as OpenAI answers it.
            stored = await _stored(store, str(previous), principal.tenant, status=400)
            history = stored.conversation
        return ResponsesExchange(body, history, store, principal.tenant)

    @asynccontextmanager
    async def lifespan(self, _: Starlette) -> AsyncIterator[None]:
        async with AsyncExitStack() as stack:
            stack.callback(self.engine.dispose)
            stack.callback(self.metrics.close)
            if self._migrate:
                await asyncio.to_thread(db.migrate, self.engine)
            self.runtime = await build_runtime(
                self.config, self.engine, self.metrics, self.services, self._auth, stack
            )
            self.handler = self.runtime.handler
            if not self.config.settings.master_key:
                log.warning("auth_disabled", reason="settings.auth: none")
            log.info("gateway_started", models=len(self.config.models), groups=len(self._groups))
            try:
                yield
            finally:
                self.runtime = self.handler = None  # new requests get 503 while it stops

    def routes(self) -> list[BaseRoute]:
        async def proxy_wrong_method(_: Request) -> Response:
            raise HTTPException(405, "Method Not Allowed")

        routes: list[BaseRoute] = []
        for prefix in ("/v1", ""):
            routes += [Route(f"{prefix}/{name}", proxy_wrong_method) for name, _ in _ENDPOINTS]
            routes += [
                Route(f"{prefix}/models", self.list_models, methods=["GET"]),
                Route(f"{prefix}/models/{{model:path}}", self.get_model, methods=["GET"]),
                Route(f"{prefix}/key/info", self.key_info, methods=["GET"]),
                Route(f"{prefix}/messages", proxy_wrong_method),
                Route(f"{prefix}/messages/count_tokens", self.count_tokens, methods=["POST"]),
                Route(f"{prefix}/responses", proxy_wrong_method),
                Route(
                    f"{prefix}/responses/{{id}}",
                    self.stored_response,
                    methods=["GET", "DELETE"],
                ),
            ]
        services = self.services
        prompts = PromptRoutes(
            services.prompts,
            services.experiment_store,
            self._check_key,
            functools.partial(capture_feedback, self.engine),
        )
        return [
            *routes,
            *prompts.routes(),
            Route("/health/live", self.live, methods=["GET"]),
            Route("/health/ready", self.ready, methods=["GET"]),
            Route("/metrics", self.metrics_endpoint, methods=["GET"]),
            Mount("/admin", app=_BuiltOnFirstUse(self._admin)),
            *([Mount("/ui", app=_BuiltOnFirstUse(self._ui))] if self.config.settings.ui else []),
        ]

    def _admin(self) -> ASGIApp:
        # FastAPI and the admin models take a good part of a second to import: not at start.
        from lmops.gateway.admin import AdminServices, create_admin_app
        from lmops.gateway.admin_prompts import PromptAdmin

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
                prompts=PromptAdmin(
                    services.prompt_store,
                    services.experiment_store,
                    services.prompts,
                    self._groups.__contains__,
                ),
                config=self.config,
            )
        )
        # Its tens of thousands of objects (FastAPI, pydantic) live as long as the process:
        # frozen like the rest at start, or every full collection walks them again.
        gc.freeze()
        return admin

    def _ui(self) -> ASGIApp:
        from lmops.ui.app import create_ui_app  # Jinja2 and the pages: not at start
        from lmops.ui.web import Gateway

        master = self.config.settings.master_key
        services = self.services

        def deployments() -> list[DeploymentStatus]:
            runtime = self.runtime
            return runtime.router.snapshot() if runtime is not None else []

        gateway = Gateway(
            deployments,
            keys_changed=services.apply,
            prompts=services.prompts,
            usage=services.usage,
            shared_usage=services.redis_url is not None,
            config=self.config,
        )
        return create_ui_app(self.engine, master.get_secret_value() if master else None, gateway)

    async def _check_key(self, request: Request) -> Principal:
        headers = request.headers
        key = headers.get("x-api-key") or headers.get("api-key")
        return await self._auth.resolve(headers.get("authorization"), key)

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

    async def key_info(self, request: Request) -> Response:
        """The calling key's own settings, allowed models and budgets now (never another
        key's, never its secret); the master key and an anonymous caller get their kind."""
        principal = await self._check_key(request)
        models = [name for name in self._groups if allowed(principal, name)]
        info: dict[str, object] = {"kind": principal.kind, "id": principal.id, "models": models}
        key, team = principal.key, principal.team
        if key is not None:
            from datetime import UTC, datetime

            from lmops.accounts import key_out

            services = self.services
            info["key"] = key_out(key, datetime.now(UTC)).model_dump(mode="json")
            info["budget"] = await services.budget_status(f"key:{key.id}", key.limits)
            if team is not None:
                info["team"] = {"id": team.id, "name": team.name}
                info["team_budget"] = await services.budget_status(f"team:{team.id}", team.limits)
        return Response(orjson.dumps(info), media_type="application/json")

    async def count_tokens(self, request: Request) -> Response:
        """Anthropic's ``count_tokens``, for a model group the caller may use: Anthropic's own
        count where the group passes Messages requests through to it, else the gateway's (the
        estimate the request log falls back on)."""
        try:
            principal = await self._check_key(request)
            _, body = await read_json_body(
                request.scope, request.receive, self.config.settings.max_request_bytes
            )
            name = body.get("model")
            if (
                not isinstance(name, str)
                or name not in self._groups
                or not allowed(principal, name)
            ):
                raise GatewayError(
                    f"model: {name!r} does not exist.", status=404, code="model_not_found"
                )
            tokens = None
            if self._passes(body, self._to_anthropic):
                tokens = await self._anthropic_count(name, body)
            if tokens is None:
                tokens = estimate_prompt_tokens("chat", count_tokens_request(body))
        except GatewayError as exc:
            return Response(
                messages_error(exc.status, exc.body()),
                exc.status,
                dict(exc.headers),
                media_type="application/json",
            )
        return Response(orjson.dumps({"input_tokens": tokens}), media_type="application/json")

    async def _anthropic_count(self, group: str, body: dict[str, Any]) -> int | None:
        """Anthropic's own count, asked of the group's first deployment; None when it cannot
        be had (the gateway's estimate stands in)."""
        runtime = self.runtime
        if runtime is None:
            return None
        provider = runtime.router.states(group)[0].provider
        if not isinstance(provider, AnthropicProvider):
            return None
        try:
            return await provider.count_tokens(body)
        except UpstreamError as exc:
            log.warning("count_tokens_upstream_failed", group=group, error=exc.kind)
            return None

    async def stored_response(self, request: Request) -> Response:
        """A stored response (GET), or its removal (DELETE): the caller's own only."""
        principal = await self._check_key(request)
        response_id = request.path_params["id"]
        store = self.services.responses
        if request.method == "DELETE":
            if store is None or not await store.delete(response_id, principal.tenant):
                raise _no_response(response_id, store)
            body = {"id": response_id, "object": "response.deleted", "deleted": True}
            return Response(orjson.dumps(body), media_type="application/json")
        stored = await _stored(store, response_id, principal.tenant)
        return Response(orjson.dumps(stored.response), media_type="application/json")

    async def live(self, _: Request) -> Response:
        return Response(b'{"status":"ok"}', media_type="application/json")

    async def ready(self, _: Request) -> Response:
        """200 while this process can serve. PostgreSQL and Redis are reported, not required:
        every replica shares them, so an orchestrator that pulled the replicas for them would
        turn a degraded service (logs queued, limits fail closed or open) into none."""
        runtime = self.runtime
        if runtime is None:
            body: dict[str, object] = {"status": "unavailable"}
            return Response(orjson.dumps(body), 503, media_type="application/json")
        redis_ping = self.services.redis_ping
        checks = [_probe(runtime.ping())] + ([_probe(redis_ping())] if redis_ping else [])
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


def _is_anthropic(deployment: Deployment) -> bool:
    return deployment.provider == "anthropic"


def _passthrough_groups(config: Config, serves: Callable[[Deployment], bool]) -> frozenset[str]:
    """The model groups a route passes through untranslated: every deployment ``serves`` its
    API, no guardrail rule applies (their checks read the chat format), and so is it for every
    group the router may fall back to."""
    groups = config.groups()
    rules = config.guardrails.rules
    able = {
        name
        for name, group in groups.items()
        if all(serves(d) for d in group)
        and not any(rule.models is None or name in rule.models for rule in rules)
    }
    router = config.router
    changed = True
    while changed:  # a group whose fallback cannot pass through cannot either
        changed = False
        for name in sorted(able):
            targets = [
                *router.fallbacks.get(name, ()),
                *router.context_window_fallbacks.get(name, ()),
            ]
            if any(target not in able for target in targets):
                able.discard(name)
                changed = True
    return frozenset(able)


async def _stored(
    store: ResponseStore | None, response_id: str, tenant: str, status: int = 404
) -> Stored:
    """The response ``tenant`` stored as ``response_id``, or a 404 that says why it may not be
    there."""
    try:
        stored = None if store is None else await store.get(response_id, tenant)
    except Exception:
        log.warning("response_store_failed", exc_info=True)
        raise GatewayError(
            "The stored responses cannot be read now; retry.", status=503, code="store_unavailable"
        ) from None
    if stored is None:
        raise _no_response(response_id, store, status)
    return stored


def _no_response(response_id: str, store: ResponseStore | None, status: int = 404) -> GatewayError:
    why = (
        "this gateway keeps no responses (settings.responses.ttl is 0)"
        if store is None
        else f"responses are kept {store.ttl:g} s, for the key (or team) that created them"
    )
    return GatewayError(
        f"Response with id {response_id!r} not found: {why}.",
        status=status,
        type_="invalid_request_error",
        param="previous_response_id",
        code="response_not_found",
    )


_NOT_READY = GatewayError("The gateway is not ready.", status=503, code="not_ready")


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
            path = scope["path"]
            endpoint = _PROXIED.get(path)
            if endpoint is None:
                ingress = self.gateway.ingress.get(path)
                if ingress is not None:
                    await ingress(scope, receive, send)
                    return
            else:
                handler = self.gateway.handler
                if handler is None:  # starting up or shutting down
                    await send_error(send, _NOT_READY)
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
        exception_handlers=exception_handlers(),
    )
    return GatewayApp(gateway, rest)


def _model_card(name: str) -> dict[str, object]:
    return {"id": name, "object": "model", "created": 0, "owned_by": "lmops"}
