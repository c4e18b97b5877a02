"""What every dashboard page shares: templates, the logged-in session, CSRF, roles.

A page handler is wrapped by :func:`page` with the least a user must be allowed to do there
("view", "review" or "admin"). Without a live session the browser is sent to the login page; a
user whose role does not allow the page gets a 403 page. Every POST must carry the session's
CSRF token (a hidden ``csrf`` field, or the ``X-CSRF-Token`` header htmx sends), or it is
refused with 403 before the handler runs.
"""

from __future__ import annotations

import asyncio
import hmac
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, TypeVar
from urllib.parse import quote

import jinja2
import sqlalchemy as sa
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from lmops.config import Config
from lmops.prompts.directory import PromptDirectory
from lmops.providers.router import DeploymentStatus
from lmops.state.quota import BudgetStatus, WindowUsage
from lmops.store.keys import KeyRecord, Limits, TeamRecord
from lmops.ui.users import Session, UserStore

__all__ = ["COOKIE", "Gateway", "Page", "Ui", "blocking", "page"]

COOKIE = "lmops_session"
Action = Literal["view", "review", "admin"]
T = TypeVar("T")
Page = Callable[[Request, "Ui", Session], Awaitable[Response]]

_TEMPLATES = Path(__file__).parent / "templates"

UsageFn = Callable[[str, Limits], Awaitable[tuple[WindowUsage, BudgetStatus | None]]]


def _unknown(keys: Sequence[KeyRecord], teams: Sequence[TeamRecord]) -> None:
    """Nothing to tell: no gateway runs in this process."""


@dataclass(frozen=True, slots=True)
class Gateway:
    """What the dashboard reads from, and tells, the gateway process that mounts it. The
    defaults are a dashboard with no gateway beside it.

    ``deployments``: the router's view now. ``keys_changed``: keys and teams a page wrote, to
    take effect in this process at once (other replicas sync them, as after the admin API).
    ``prompts``: the directory requests resolve prompts through; a page's label move or
    promotion is applied to it and published to the other replicas. ``usage``: (scope, limits)
    to what the quota store counts now (raises ``QuotaError`` when it cannot be reached);
    ``shared_usage``: whether that store is Redis (every replica's traffic) or this process's.
    ``config``: the model groups (their prices, for the cost page) and the global budget.
    """

    deployments: Callable[[], Sequence[DeploymentStatus]] = list
    keys_changed: Callable[[Sequence[KeyRecord], Sequence[TeamRecord]], None] = _unknown
    prompts: PromptDirectory | None = None
    usage: UsageFn | None = None
    shared_usage: bool = False
    config: Config | None = None  # the model groups and their prices, the global budget


@dataclass
class Ui:
    """The dashboard's services: the store, the accounts, the templates."""

    engine: sa.Engine
    users: UserStore
    master_key: str | None
    templates: jinja2.Environment
    gateway: Gateway

    @classmethod
    def build(cls, engine: sa.Engine, master_key: str | None, gateway: Gateway) -> Ui:
        env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(_TEMPLATES),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
        )
        env.filters["utc"] = _utc
        return cls(engine, UserStore(engine), master_key, env, gateway)

    def render(
        self,
        request: Request,
        template: str,
        session: Session | None,
        status: int = 200,
        /,
        **ctx: Any,
    ) -> HTMLResponse:
        """``template`` with ``ctx`` (any name, ``name`` included), the session and the root."""
        html = self.templates.get_template(template).render(
            request=request, session=session, root=request.scope.get("root_path", ""), **ctx
        )
        return HTMLResponse(html, status)


def _utc(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%d %H:%M:%S")


async def blocking(call: Callable[[], T]) -> T:
    """A store call, off the event loop."""
    return await asyncio.to_thread(call)


def page(action: Action) -> Callable[[Page], Callable[[Request], Awaitable[Response]]]:
    """A route handler that needs a session whose user may ``action``."""

    def wrap(handler: Page) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            ui: Ui = request.app.state.ui
            token = request.cookies.get(COOKIE)
            session = await blocking(lambda: ui.users.session(token)) if token else None
            root = request.scope.get("root_path", "")
            if session is None:
                target = quote(
                    request.url.path + (f"?{request.url.query}" if request.url.query else "")
                )
                return RedirectResponse(f"{root}/login?next={target}", 303)
            if not session.user.can(action):
                return ui.render(request, "forbidden.html", session, 403, action=action)
            if request.method == "POST" and not await _csrf_ok(request, session):
                return ui.render(request, "forbidden.html", session, 403, action="csrf")
            return await handler(request, ui, session)

        endpoint.__name__ = handler.__name__
        return endpoint

    return wrap


async def _csrf_ok(request: Request, session: Session) -> bool:
    given = request.headers.get("x-csrf-token")
    if given is None:
        form = await request.form()
        value = form.get("csrf")
        given = value if isinstance(value, str) else ""
    return hmac.compare_digest(given.encode(), session.csrf.encode())
