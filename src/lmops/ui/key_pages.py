"""The dashboard's key and team pages: lists with spend in the current budget period, detail
pages, and (for admins) the forms that create, change, revoke, rotate and delete.

Forms are validated by the admin API's own models (:mod:`lmops.accounts`): a form's text is
only turned into numbers and lists here, so that the API, the CLI and these pages refuse the
same values with the same words. A new or rotated key's secret is on the answer to that POST
only: never stored, logged or audited. Every change is written to the audit log.

A change takes effect at once in the gateway process that serves the page; the other replicas
pick it up within ``settings.key_sync_interval``, as after the admin API. The detail pages show
what that gateway's quota store counts now (every replica's with Redis) beside the spend the
request log recorded.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, Literal, TypeVar, get_args

import structlog
from pydantic import BaseModel, ValidationError
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from lmops import accounts
from lmops.accounts import InvalidField, KeyCreate, KeyUpdate, TeamCreate, TeamUpdate, UnknownRef
from lmops.state.quota import Period, QuotaError, period_start
from lmops.store.keys import Conflict, KeyRecord, KeyStore, NotFound, TeamRecord, UnusableRow
from lmops.store.spend import spend_report
from lmops.ui.users import Session
from lmops.ui.web import Ui, blocking, page

__all__ = ["Refused", "routes", "spends"]

log = structlog.get_logger("lmops.ui")

T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)
Fields = dict[str, str]
Detail = dict[str, Any]
PERIODS: tuple[str, ...] = get_args(Period)
_LISTS = ("models", "prompts")
_COUNTS = ("rpm", "tpm", "max_parallel")


def routes() -> list[BaseRoute]:
    return [
        Route("/keys", keys_page, methods=["GET"]),
        Route("/keys", create_key, methods=["POST"]),
        Route("/keys/{ref}", key_page, methods=["GET"]),
        Route("/keys/{ref}", update_key, methods=["POST"]),
        Route("/keys/{ref}/revoke", revoke_key, methods=["POST"]),
        Route("/keys/{ref}/rotate", rotate_key, methods=["POST"]),
        Route("/teams", teams_page, methods=["GET"]),
        Route("/teams", create_team, methods=["POST"]),
        Route("/teams/{ref}", team_page, methods=["GET"]),
        Route("/teams/{ref}", update_team, methods=["POST"]),
        Route("/teams/{ref}/delete", delete_team, methods=["POST"]),
    ]


class Refused(Exception):
    """What the form or the store refused: the status (400, 404, 409), the message to show,
    and the form's fields as given (None: show the record's own)."""

    def __init__(self, status: int, message: str, given: Fields | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.given = given


Show = Callable[[Request, Ui, Session, Refused | None], Awaitable[Response]]


def _now() -> datetime:
    return datetime.now(UTC)


async def _run(call: Callable[[], T]) -> T:
    """``call()`` off the event loop, its refusals raised as :class:`Refused`."""
    try:
        return await blocking(call)
    except UnknownRef as exc:  # a team named in the form: the form is wrong, not the URL
        raise Refused(400, f"{exc.param}: {exc}") from None
    except NotFound as exc:
        raise Refused(404, str(exc)) from None
    except (Conflict, UnusableRow) as exc:
        raise Refused(409, str(exc)) from None
    except ValueError as exc:  # InvalidField among them: its message starts with the field
        raise Refused(400, str(exc)) from None


async def _apply(
    request: Request,
    ui: Ui,
    session: Session,
    show: Show,
    action: str,
    work: Callable[[Fields], tuple[T, str, Detail]],
    confirm: str | None = None,
) -> T | Response:
    """Run ``work`` on the form's fields and audit ``action`` on the target and detail it
    returns; a refusal (or a missing ``confirm`` tick) is the page ``show`` draws instead."""
    given = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
    given.pop("csrf", None)
    if confirm is not None and not given.get("confirm"):
        return await show(request, ui, session, Refused(400, f"confirm: tick the box to {confirm}"))
    try:
        result, target, detail = await _run(lambda: work(given))
    except Refused as exc:
        exc.given = None if confirm is not None else given
        return await show(request, ui, session, exc)
    await blocking(lambda: ui.users.audit(session.user.name, action, target, detail))
    _tell(ui, result)
    return result


def _tell(ui: Ui, result: object) -> None:
    """The gateway beside the dashboard takes the record a form wrote at once."""
    record = result[1] if isinstance(result, tuple) else result  # (secret, key) or a record
    keys = [record] if isinstance(record, KeyRecord) else []
    teams = [record] if isinstance(record, TeamRecord) else []
    try:
        ui.gateway.keys_changed(keys, teams)
    except Exception as exc:  # written and audited: the periodic sync still brings it
        log.warning("ui_keys_changed_failed", error_type=type(exc).__name__)


async def live_usage(ui: Ui, record: KeyRecord | TeamRecord) -> Detail | None:
    """What the gateway's quota store counts now for ``record``'s limits and budget: None
    without a gateway; ``error`` when its store cannot be reached."""
    usage = ui.gateway.usage
    if usage is None:
        return None
    scope = f"{'key' if isinstance(record, KeyRecord) else 'team'}:{record.id}"
    live: Detail = {"counts": None, "budget": None, "shared": ui.gateway.shared_usage}
    try:
        window, live["budget"] = await usage(scope, record.limits)
    except QuotaError as exc:
        log.warning("ui_usage_unavailable", scope=scope, error_type=type(exc).__name__)
        return {**live, "error": "the gateway's quota store cannot be reached"}
    counts = {"rpm": window.requests, "tpm": window.tokens, "max_parallel": window.parallel}
    return {**live, "counts": counts, "error": None}


async def _page(
    request: Request,
    ui: Ui,
    session: Session,
    name: str,
    failed: Refused | None,
    load: Callable[[], Detail],
    shown: Literal["key", "team"] | None = None,
) -> Response:
    """``name`` with what ``load`` read (a 404 or 409 page if it cannot), and the refusal's
    status, message and form fields (as given) when there is one. A detail page names its
    record (``shown``), whose live usage is read too."""
    try:
        ctx = await _run(load)
    except Refused as exc:
        page_name = "not_found.html" if exc.status == 404 else "key_error.html"
        return ui.render(request, page_name, session, exc.status, message=exc.message)
    if shown is not None:
        ctx["live"] = await live_usage(ui, ctx[shown])
    if failed is not None and failed.given is not None:
        ctx["form"] = failed.given
    status, error = (200, None) if failed is None else (failed.status, failed.message)
    return ui.render(request, name, session, status, error=error, periods=PERIODS, **ctx)


def _back(request: Request, path: str) -> Response:
    return RedirectResponse(f"{request.scope.get('root_path', '')}{path}", 303)


# -- forms -----------------------------------------------------------------------------------


def _number(given: Mapping[str, str], name: str, kind: type[int] | type[float]) -> Any:
    text = given.get(name, "").strip()
    if not text:
        return None
    try:
        return kind(text)
    except ValueError:
        what = "a whole number" if kind is int else "a number"
        raise InvalidField(name, f"{text!r} is not {what} (leave it empty for none)") from None


def _names(given: Mapping[str, str], name: str) -> list[str] | None:
    """Names separated by commas or lines; None (every one allowed) when there are none."""
    found = [n.strip() for n in given.get(name, "").replace("\n", ",").split(",")]
    return [n for n in found if n] or None


def _settings(given: Mapping[str, str]) -> Detail:
    """What a key's and a team's forms share: the name, the allowlists, every limit."""
    return {
        "name": given.get("name", ""),
        **{name: _names(given, name) for name in _LISTS},
        **{name: _number(given, name, int) for name in _COUNTS},
        "budget_usd": _number(given, "budget_usd", float),
        "budget_period": given.get("budget_period") or None,
    }


def _expiry(given: Mapping[str, str], updating: bool) -> Detail:
    """The expiry fields given; on a change, none keeps the expiry and ``no_expiry`` ends it."""
    if updating and given.get("no_expiry"):
        return {"expires_at": None}
    return {f: given[f].strip() for f in ("expires_in", "expires_at") if given.get(f, "").strip()}


def _body(model: type[M], values: Detail) -> M:
    """``values`` validated by the admin API's ``model``; InvalidField naming the first bad one."""
    try:
        return model.model_validate(values)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = str(err["loc"][0]) if err["loc"] else "form"
        raise InvalidField(field, str(err["msg"]).removeprefix("Value error, ")) from None


def _record_fields(record: KeyRecord | TeamRecord) -> Fields:
    """A record's settings as a form's text, to start its change form with."""
    limits = {n: getattr(record.limits, n) for n in accounts.LIMIT_FIELDS}
    return {
        "name": record.name,
        **{n: ", ".join(getattr(record, n) or ()) for n in _LISTS},
        **{n: "" if v is None else str(v) for n, v in limits.items()},
    }


def spends(
    ui: Ui, by: Literal["key", "team"], records: Sequence[KeyRecord | TeamRecord]
) -> dict[str, float]:
    """Each record's spend in its budget's current period (this month without a budget), as
    the request log's daily rollup has it: one query per period in use."""
    now, out = _now(), {}
    for period in {r.limits.budget_period or "monthly" for r in records}:
        wanted = {r.id for r in records if (r.limits.budget_period or "monthly") == period}
        rows = spend_report(ui.engine, by=by, since=period_start(period, now))
        out.update({row.group: row.cost_usd for row in rows if row.group in wanted})
    return out


def _named(record: KeyRecord | TeamRecord) -> Detail:
    return {"name": record.name}


# -- keys ------------------------------------------------------------------------------------


async def _show_keys(
    request: Request, ui: Ui, session: Session, failed: Refused | None = None
) -> Response:
    team = request.query_params.get("team") or None
    revoked = request.query_params.get("revoked") == "1"
    store = KeyStore(ui.engine)

    def load() -> Detail:
        keys = store.list_keys(team=team, include_revoked=revoked)
        teams, now = store.list_teams(include_deleted=True), _now()
        return {
            "keys": [(k, accounts.key_status(k, now)) for k in keys],
            "teams": teams,
            "team_names": {t.id: t.name for t in teams},
            "spend": spends(ui, "key", keys),
            "team": team,
            "revoked": revoked,
            "form": {},
        }

    return await _page(request, ui, session, "keys.html", failed, load)


@page("view")
async def keys_page(request: Request, ui: Ui, session: Session) -> Response:
    return await _show_keys(request, ui, session)


@page("admin")
async def create_key(request: Request, ui: Ui, session: Session) -> Response:
    store = KeyStore(ui.engine)

    def create(given: Fields) -> tuple[tuple[str, KeyRecord], str, Detail]:
        values = {**_settings(given), "team": given.get("team") or None, **_expiry(given, False)}
        body = _body(KeyCreate, values)
        secret, record = accounts.create_key(store, body, now=_now())
        detail = body.model_dump(mode="json", exclude_none=True, exclude={"metadata"})
        return (secret, record), record.id, detail

    done = await _apply(request, ui, session, _show_keys, "key.create", create)
    return done if isinstance(done, Response) else _secret(request, ui, session, *done)


def _secret(request: Request, ui: Ui, session: Session, secret: str, key: KeyRecord) -> Response:
    """The page that shows a new secret, this once; no cache may keep it."""
    response = ui.render(request, "key_secret.html", session, key=key, secret=secret)
    response.headers["Cache-Control"] = "no-store"
    return response


async def _show_key(
    request: Request, ui: Ui, session: Session, failed: Refused | None = None
) -> Response:
    ref = request.path_params["ref"]
    store = KeyStore(ui.engine)

    def load() -> Detail:
        key = store.get_key(ref)
        return {
            "key": key,
            "state": accounts.key_status(key, _now()),
            "team": store.get_team(key.team_id) if key.team_id else None,
            "spend": accounts.period_spend(ui.engine, key, _now()),
            "form": _record_fields(key),
        }

    return await _page(request, ui, session, "key.html", failed, load, "key")


@page("view")
async def key_page(request: Request, ui: Ui, session: Session) -> Response:
    return await _show_key(request, ui, session)


@page("admin")
async def update_key(request: Request, ui: Ui, session: Session) -> Response:
    store, ref = KeyStore(ui.engine), request.path_params["ref"]

    def change(given: Fields) -> tuple[KeyRecord, str, Detail]:
        body = _body(KeyUpdate, {**_settings(given), **_expiry(given, True)})
        record = accounts.update_key(store, ref, body, now=_now())
        return record, record.id, body.model_dump(mode="json", exclude_unset=True)

    done = await _apply(request, ui, session, _show_key, "key.update", change)
    return done if isinstance(done, Response) else _back(request, f"/keys/{done.id}")


@page("admin")
async def revoke_key(request: Request, ui: Ui, session: Session) -> Response:
    store, ref = KeyStore(ui.engine), request.path_params["ref"]

    def revoke(_: Fields) -> tuple[KeyRecord, str, Detail]:
        record = store.revoke_key(ref)
        return record, record.id, _named(record)

    confirm = "revoke this key for good"
    done = await _apply(request, ui, session, _show_key, "key.revoke", revoke, confirm)
    return done if isinstance(done, Response) else _back(request, f"/keys/{done.id}")


@page("admin")
async def rotate_key(request: Request, ui: Ui, session: Session) -> Response:
    store, ref = KeyStore(ui.engine), request.path_params["ref"]

    def rotate(_: Fields) -> tuple[tuple[str, KeyRecord], str, Detail]:
        secret, record = store.rotate_key(ref)
        return (secret, record), record.id, _named(record)

    confirm = "replace this key's secret (the old one stops working)"
    done = await _apply(request, ui, session, _show_key, "key.rotate", rotate, confirm)
    return done if isinstance(done, Response) else _secret(request, ui, session, *done)


# -- teams -----------------------------------------------------------------------------------


async def _show_teams(
    request: Request, ui: Ui, session: Session, failed: Refused | None = None
) -> Response:
    deleted = request.query_params.get("deleted") == "1"
    store = KeyStore(ui.engine)

    def load() -> Detail:
        teams = store.list_teams(include_deleted=deleted)
        return {"teams": teams, "spend": spends(ui, "team", teams), "deleted": deleted, "form": {}}

    return await _page(request, ui, session, "teams.html", failed, load)


@page("view")
async def teams_page(request: Request, ui: Ui, session: Session) -> Response:
    return await _show_teams(request, ui, session)


@page("admin")
async def create_team(request: Request, ui: Ui, session: Session) -> Response:
    store = KeyStore(ui.engine)

    def create(given: Fields) -> tuple[TeamRecord, str, Detail]:
        body = _body(TeamCreate, _settings(given))
        record = accounts.create_team(store, body)
        detail = body.model_dump(mode="json", exclude_none=True, exclude={"metadata"})
        return record, record.id, detail

    done = await _apply(request, ui, session, _show_teams, "team.create", create)
    return done if isinstance(done, Response) else _back(request, f"/teams/{done.id}")


async def _show_team(
    request: Request, ui: Ui, session: Session, failed: Refused | None = None
) -> Response:
    ref = request.path_params["ref"]
    store = KeyStore(ui.engine)

    def load() -> Detail:
        team, now = store.get_team(ref), _now()
        keys = store.list_keys(team=team.id) if team.deleted_at is None else []
        return {
            "team": team,
            "keys": [(k, accounts.key_status(k, now)) for k in keys],
            "spend": accounts.period_spend(ui.engine, team, now),
            "form": _record_fields(team),
        }

    return await _page(request, ui, session, "team.html", failed, load, "team")


@page("view")
async def team_page(request: Request, ui: Ui, session: Session) -> Response:
    return await _show_team(request, ui, session)


@page("admin")
async def update_team(request: Request, ui: Ui, session: Session) -> Response:
    store, ref = KeyStore(ui.engine), request.path_params["ref"]

    def change(given: Fields) -> tuple[TeamRecord, str, Detail]:
        body = _body(TeamUpdate, _settings(given))
        record = accounts.update_team(store, ref, body)
        return record, record.id, body.model_dump(mode="json", exclude_unset=True)

    done = await _apply(request, ui, session, _show_team, "team.update", change)
    return done if isinstance(done, Response) else _back(request, f"/teams/{done.id}")


@page("admin")
async def delete_team(request: Request, ui: Ui, session: Session) -> Response:
    store, ref = KeyStore(ui.engine), request.path_params["ref"]

    def delete(_: Fields) -> tuple[TeamRecord, str, Detail]:
        record = store.delete_team(ref)
        return record, record.id, _named(record)

    confirm = "delete this team (its keys stop working)"
    done = await _apply(request, ui, session, _show_team, "team.delete", delete, confirm)
    return done if isinstance(done, Response) else _back(request, f"/teams/{done.id}")
