"""The admin API: virtual keys, teams, spend and the response cache, behind the master key.

``create_admin_app(services)`` builds a FastAPI app that the gateway mounts at ``/admin``. Store
calls are synchronous and run in worker threads. Every error is an OpenAI-shaped JSON error;
the secret of a key leaves only once, in the answer to the create or rotate that made it.

The OpenAPI schema (``/admin/openapi.json``) needs the master key like every route. There is no
docs page: FastAPI's would load its script and style from a CDN, which an offline or locked-down
host cannot reach and which would run third-party code next to the master key.
"""

from __future__ import annotations

import asyncio
import hmac
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated, Any, Literal, TypeVar

import sqlalchemy as sa
import structlog
from fastapi import APIRouter, Body, Depends, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ValidationError
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from lmops import accounts
from lmops.accounts import (
    CacheInvalidate,
    InvalidField,
    KeyCreate,
    KeyDetail,
    KeyOut,
    KeyUpdate,
    NewKeyOut,
    SpendBy,
    SpendReportOut,
    TeamCreate,
    TeamDetail,
    TeamOut,
    TeamUpdate,
    UnknownRef,
)
from lmops.cache.backends import CacheError
from lmops.config import Config
from lmops.errors import GatewayError, internal_error
from lmops.fields import Ref
from lmops.finetune.runs import RunStore
from lmops.gateway.admin_experiments import add_experiment_routes
from lmops.gateway.admin_finetune import FINETUNE_TAGS, add_finetune_routes
from lmops.gateway.admin_models import MODEL_TAGS, add_model_routes
from lmops.gateway.admin_prompts import PROMPT_TAGS, PromptAdmin, add_prompt_routes
from lmops.gateway.admin_review import REVIEW_TAGS, add_review_routes
from lmops.gateway.error_responses import error_response, exception_handlers
from lmops.gateway.handlers import send_error
from lmops.review.store import ReviewStore
from lmops.store.keys import (
    Conflict,
    KeyRecord,
    KeyStore,
    Limits,
    NotFound,
    TeamRecord,
    UnusableRow,
)

__all__ = ["AdminServices", "CacheInvalidated", "KeyList", "TeamList", "create_admin_app"]

log = structlog.get_logger("lmops.admin")

T = TypeVar("T")

OnChange = Callable[[Sequence[KeyRecord], Sequence[TeamRecord]], None]
BudgetStatusFn = Callable[[str, Limits], Awaitable[dict[str, Any] | None]]
InvalidateFn = Callable[[str | None, str | None], Awaitable[int]]


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class AdminServices:
    """What the admin API works on.

    ``master_key`` None disables the API (every route answers 403). ``on_change`` receives the
    keys and teams each successful write changed. ``budget_status`` (scope ``"key:<id>"`` or
    ``"team:<id>"``, limits) gives a budget's current period for detail views. ``invalidate_cache``
    (key, model) removes cache entries; None when no cache is configured.
    """

    keys: KeyStore
    engine: sa.Engine
    master_key: str | None
    on_change: OnChange
    budget_status: BudgetStatusFn | None = None
    invalidate_cache: InvalidateFn | None = None
    clock: Callable[[], datetime] = _utcnow
    prompts: PromptAdmin | None = None  # the prompt registry and experiments
    config: Config | None = None  # the model catalog's deployments (/admin/models)


class KeyList(BaseModel):
    object: Literal["list"] = "list"
    data: list[KeyOut]


class TeamList(BaseModel):
    object: Literal["list"] = "list"
    data: list[TeamOut]


class CacheInvalidated(BaseModel):
    removed: int


_TAGS = [
    {"name": "keys", "description": "Virtual keys: the credentials applications call with."},
    {"name": "teams", "description": "Teams: shared limits, budgets and model access for keys."},
    {"name": "spend", "description": "Spend reports from the daily rollup."},
    {"name": "cache", "description": "The response cache."},
]
_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"description": "Invalid request (the error's param names the field)"},
    401: {"description": "Missing or wrong master key"},
    403: {"description": "The admin API is disabled (no settings.master_key)"},
}


def create_admin_app(services: AdminServices) -> FastAPI:
    """The admin API for ``services``; mount it with ``Mount("/admin", app)``."""
    app = FastAPI(
        title="lmops admin API",
        summary="Virtual keys, teams, spend and the response cache.",
        version="1",
        openapi_tags=_TAGS
        + (PROMPT_TAGS if services.prompts is not None else [])
        + REVIEW_TAGS
        + FINETUNE_TAGS
        + (MODEL_TAGS if services.config is not None else []),
        docs_url=None,
        redoc_url=None,
        openapi_url=None,  # served below, behind the master key
        exception_handlers={
            **exception_handlers(internal=False),  # _InternalErrors answers those
            RequestValidationError: _validation_error,
        },
    )
    admin = _Admin(services)
    router = APIRouter(dependencies=[Depends(admin.authorize)], responses=_ERRORS)
    _key_routes(router, admin)
    _team_routes(router, admin)
    _report_routes(router, admin)
    if services.prompts is not None:
        add_prompt_routes(router, services.prompts)
        add_experiment_routes(router, services.prompts)
    add_review_routes(router, ReviewStore(services.engine))
    add_finetune_routes(router, RunStore(services.engine))
    if services.config is not None:
        add_model_routes(router, services.config, services.engine, services.clock)
    _schema_route(router, app)
    app.include_router(router)
    app.add_middleware(_InternalErrors)
    return app


_bearer = HTTPBearer(auto_error=False, description="The master key (settings.master_key).")
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
KeyRef = Annotated[Ref, PathParam(description="the key's id, or its name")]
TeamRef = Annotated[Ref, PathParam(description="the team's id, or its name")]
When = Annotated[str | None, Query(max_length=64, description="7d, 12h, or an ISO date/time")]


class _Admin:
    """The services and the few steps every route shares."""

    def __init__(self, services: AdminServices) -> None:
        self.services = services
        self.store = services.keys
        master = services.master_key
        self._master = master.encode() if master else None

    async def authorize(self, credentials: Credentials) -> None:
        if self._master is None:
            raise GatewayError(
                "admin API disabled: set settings.master_key",
                status=403,
                type_="invalid_request_error",
                code="admin_disabled",
            )
        given = credentials.credentials.encode() if credentials is not None else b""
        if not hmac.compare_digest(given, self._master):
            raise GatewayError(
                "Invalid admin credentials: send Authorization: Bearer <master key>.",
                status=401,
                type_="invalid_request_error",
                code="invalid_api_key",
                headers={"WWW-Authenticate": "Bearer"},
            )

    def now(self) -> datetime:
        return self.services.clock()

    def changed(self, keys: Sequence[KeyRecord] = (), teams: Sequence[TeamRecord] = ()) -> None:
        try:
            self.services.on_change(keys, teams)
        except Exception as exc:
            # The write is committed; the directory's periodic sync still picks it up.
            log.warning("admin_on_change_failed", error_type=type(exc).__name__)

    async def budget(self, scope: str, limits: Limits) -> dict[str, Any] | None:
        status_of = self.services.budget_status
        if status_of is None or limits.budget_usd is None:
            return None
        try:
            return await status_of(scope, limits)
        except Exception as exc:
            log.warning("admin_budget_status_failed", scope=scope, error_type=type(exc).__name__)
            return None

    async def key_detail(self, record: KeyRecord) -> KeyDetail:
        out = accounts.key_out(record, self.now()).model_dump()
        return KeyDetail(**out, budget_status=await self.budget(f"key:{record.id}", record.limits))

    async def team_detail(self, record: TeamRecord) -> TeamDetail:
        out = accounts.team_out(record).model_dump()
        scope = f"team:{record.id}"
        return TeamDetail(**out, budget_status=await self.budget(scope, record.limits))

    def new_key(self, secret: str, record: KeyRecord) -> NewKeyOut:
        return accounts.new_key_out(secret, record, self.now())


async def _run(call: Callable[[], T], *, ref_param: str | None = None) -> T:
    """``call()`` in a worker thread, its store errors turned into API errors; ``ref_param``
    is the request field a NotFound or Conflict is about."""
    try:
        return await asyncio.to_thread(call)
    except UnknownRef as exc:
        raise _not_found(str(exc), exc.param) from None
    except NotFound as exc:
        raise _not_found(str(exc), ref_param) from None
    except InvalidField as exc:
        raise GatewayError.bad_request(str(exc), param=exc.param, code="invalid_value") from None
    except Conflict as exc:
        raise GatewayError(
            str(exc), status=409, type_="invalid_request_error", param=ref_param, code="conflict"
        ) from None
    except UnusableRow as exc:
        raise GatewayError(
            str(exc), status=409, type_="invalid_request_error", code="unusable_record"
        ) from None
    except ValidationError:
        raise  # a response that does not fit its model is our bug: a 500, not a 400
    except ValueError as exc:
        raise GatewayError.bad_request(str(exc), code="invalid_value") from None


def _not_found(message: str, param: str | None) -> GatewayError:
    return GatewayError(
        message, status=404, type_="invalid_request_error", param=param, code="not_found"
    )


def _key_routes(router: APIRouter, admin: _Admin) -> None:
    store = admin.store

    @router.post("/keys", tags=["keys"], summary="Create a key", status_code=201)
    async def create_key(body: KeyCreate) -> NewKeyOut:
        """Create a virtual key. The answer holds the secret (`key`): it is not shown again."""
        secret, record = await _run(lambda: accounts.create_key(store, body, now=admin.now()))
        admin.changed([record])
        log.info("admin_key_created", key_id=record.id, team_id=record.team_id)
        return admin.new_key(secret, record)

    @router.get("/keys", tags=["keys"], summary="List keys")
    async def list_keys(
        team: Annotated[Ref | None, Query(description="only this team's keys (id or name)")] = None,
        include_revoked: bool = False,
    ) -> KeyList:
        """Keys, oldest first; revoked keys only with `include_revoked`."""
        records = await _run(
            lambda: store.list_keys(team=team, include_revoked=include_revoked), ref_param="team"
        )
        now = admin.now()
        return KeyList(data=[accounts.key_out(r, now) for r in records])

    @router.get("/keys/{ref}", tags=["keys"], summary="Show a key")
    async def get_key(ref: KeyRef) -> KeyDetail:
        """A key by id or name, with its budget's current period when it has a budget."""
        return await admin.key_detail(await _run(lambda: store.get_key(ref), ref_param="ref"))

    @router.patch("/keys/{ref}", tags=["keys"], summary="Change a key")
    async def update_key(ref: KeyRef, body: KeyUpdate) -> KeyOut:
        """Change the fields given; a limit set to null is removed."""
        record = await _run(
            lambda: accounts.update_key(store, ref, body, now=admin.now()), ref_param="ref"
        )
        admin.changed([record])
        log.info("admin_key_updated", key_id=record.id)
        return accounts.key_out(record, admin.now())

    async def revoke(ref: str) -> KeyOut:
        record = await _run(lambda: store.revoke_key(ref), ref_param="ref")
        admin.changed([record])
        log.info("admin_key_revoked", key_id=record.id)
        return accounts.key_out(record, admin.now())

    @router.post("/keys/{ref}/revoke", tags=["keys"], summary="Revoke a key")
    async def revoke_key(ref: KeyRef) -> KeyOut:
        """Revoke a key for good (revoking a revoked key changes nothing)."""
        return await revoke(ref)

    @router.delete("/keys/{ref}", tags=["keys"], summary="Revoke a key (same as POST .../revoke)")
    async def delete_key(ref: KeyRef) -> KeyOut:
        """Revoke a key; the row is kept for its spend history."""
        return await revoke(ref)

    @router.post("/keys/{ref}/rotate", tags=["keys"], summary="Rotate a key's secret")
    async def rotate_key(ref: KeyRef) -> NewKeyOut:
        """A new secret for the same key (settings and spend kept); the old secret stops
        working. The answer holds the new secret (`key`): it is not shown again."""
        secret, record = await _run(lambda: store.rotate_key(ref), ref_param="ref")
        admin.changed([record])
        log.info("admin_key_rotated", key_id=record.id)
        return admin.new_key(secret, record)


def _team_routes(router: APIRouter, admin: _Admin) -> None:
    store = admin.store

    @router.post("/teams", tags=["teams"], summary="Create a team", status_code=201)
    async def create_team(body: TeamCreate) -> TeamOut:
        """Create a team; 409 if a live team has the name."""
        record = await _run(lambda: accounts.create_team(store, body), ref_param="name")
        admin.changed(teams=[record])
        log.info("admin_team_created", team_id=record.id)
        return accounts.team_out(record)

    @router.get("/teams", tags=["teams"], summary="List teams")
    async def list_teams(include_deleted: bool = False) -> TeamList:
        """Teams, oldest first; deleted teams only with `include_deleted`."""
        records = await _run(lambda: store.list_teams(include_deleted=include_deleted))
        return TeamList(data=[accounts.team_out(r) for r in records])

    @router.get("/teams/{ref}", tags=["teams"], summary="Show a team")
    async def get_team(ref: TeamRef) -> TeamDetail:
        """A team by id or name, with its budget's current period when it has a budget."""
        return await admin.team_detail(await _run(lambda: store.get_team(ref), ref_param="ref"))

    @router.patch("/teams/{ref}", tags=["teams"], summary="Change a team")
    async def update_team(ref: TeamRef, body: TeamUpdate) -> TeamOut:
        """Change the fields given; a limit set to null is removed."""
        record = await _run(lambda: accounts.update_team(store, ref, body), ref_param="ref")
        admin.changed(teams=[record])
        log.info("admin_team_updated", team_id=record.id)
        return accounts.team_out(record)

    @router.delete("/teams/{ref}", tags=["teams"], summary="Delete a team")
    async def delete_team(ref: TeamRef) -> TeamOut:
        """Soft-delete a team: its keys stop working; its spend history is kept."""
        record = await _run(lambda: store.delete_team(ref), ref_param="ref")
        admin.changed(teams=[record])
        log.info("admin_team_deleted", team_id=record.id)
        return accounts.team_out(record)


def _report_routes(router: APIRouter, admin: _Admin) -> None:
    services = admin.services

    @router.get("/spend", tags=["spend"], summary="Spend report")
    async def spend(
        by: SpendBy = "key",
        since: When = None,
        until: When = None,
        key: Annotated[Ref | None, Query(description="only this key (id or name)")] = None,
        team: Annotated[Ref | None, Query(description="only this team (id or name)")] = None,
    ) -> SpendReportOut:
        """Spend grouped by key, team, model group or UTC day, over whole UTC days (both ends
        inclusive). `cost_usd` is the known cost; requests without a price are counted in
        `unpriced_requests`, never as free."""
        now = admin.now()
        start, end = _when(since, "since", now), _when(until, "until", now)
        return await _run(
            lambda: accounts.report_spend(
                services.engine, admin.store, by=by, since=start, until=end, key=key, team=team
            )
        )

    @router.post("/cache/invalidate", tags=["cache"], summary="Invalidate cached responses")
    async def invalidate_cache(
        body: Annotated[CacheInvalidate, Body(examples=[{"model": "gpt-4o-mini"}])],
    ) -> CacheInvalidated:
        """Remove one entry (`key`), one model group's entries (`model`) or everything
        (`all: true`); exactly one of them."""
        invalidate = services.invalidate_cache
        if invalidate is None:
            raise GatewayError(
                "no response cache is configured (add a cache: section to the config)",
                status=404,
                type_="invalid_request_error",
                code="cache_not_configured",
            )
        try:
            key, model = body.selector()
        except InvalidField as exc:
            raise GatewayError.bad_request(str(exc), param=exc.param) from None
        try:
            removed = await invalidate(key, model)
        except CacheError as exc:
            raise GatewayError(str(exc), status=503, code="cache_unavailable") from None
        log.info("admin_cache_invalidated", model=model, all=body.all, removed=removed)
        return CacheInvalidated(removed=removed)


def _schema_route(router: APIRouter, app: FastAPI) -> None:
    @router.get("/openapi.json", include_in_schema=False)
    async def openapi(request: Request) -> dict[str, Any]:
        # Where the app is mounted (/admin), so that the schema's paths resolve from the root.
        root = str(request.scope.get("root_path", "")).rstrip("/")
        return {**app.openapi(), "servers": [{"url": root or "/"}]}


def _when(text: str | None, param: str, now: datetime) -> datetime | None:
    if text is None:
        return None
    try:
        return accounts.parse_time(text, now=now)
    except ValueError as exc:
        raise GatewayError.bad_request(
            f"{param}: {exc}", param=param, code="invalid_value"
        ) from None


# -- errors ----------------------------------------------------------------------------------


async def _validation_error(_: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    return error_response(_bad_request(exc.errors()))


def _bad_request(errors: Sequence[Any]) -> GatewayError:
    """A 400 for pydantic ``errors``: the message lists them all, ``param`` is the first one's
    field (``body``/``query``/``path`` left out)."""
    parts: list[str] = []
    param: str | None = None
    for i, err in enumerate(errors):
        if err.get("type") == "json_invalid":
            parts.append("the request body is not valid JSON")
            continue
        loc = [str(p) for p in err.get("loc", ()) if p not in ("body", "query", "path", "header")]
        field = ".".join(loc)
        if i == 0 and field:
            param = field
        message = "unknown field" if err.get("type") == "extra_forbidden" else str(err["msg"])
        message = message.removeprefix("Value error, ")
        parts.append(f"{field}: {message}" if field else f"request body: {message}")
    return GatewayError.bad_request("; ".join(parts), param=param, code="invalid_value")


_INTERNAL = internal_error()


class _InternalErrors:
    """Answers an unexpected exception with a bare 500 (no traceback reaches a client) and
    logs only its type: the exception's text may quote a request body or a secret."""

    def __init__(self, app: ASGIApp) -> None:
        self._app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        started = False

        async def tracked(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self._app(scope, receive, tracked)
        except Exception as exc:
            log.error("admin_unhandled_error", error_type=type(exc).__name__)
            if started:
                return
            await send_error(send, _INTERNAL)
