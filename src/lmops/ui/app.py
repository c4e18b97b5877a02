"""``create_ui_app``: the dashboard, mounted by the gateway under ``/ui``.

Server-rendered pages (Jinja2, autoescaped) with htmx and uPlot vendored under ``/ui/static``:
nothing is fetched from the network. Login with a user's name and password, or with the master
key; the session cookie is HttpOnly, SameSite=Lax, and Secure when the page came over HTTPS.
"""

from __future__ import annotations

import hmac
from pathlib import Path

import sqlalchemy as sa
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from lmops.ui import (
    cost_pages,
    deployment_pages,
    eval_pages,
    key_pages,
    overview_pages,
    prompt_pages,
    request_pages,
    review_pages,
)
from lmops.ui.users import Session
from lmops.ui.web import COOKIE, Gateway, Ui, blocking, page

__all__ = ["create_ui_app"]

_STATIC = Path(__file__).parent / "static"


def create_ui_app(
    engine: sa.Engine, master_key: str | None, gateway: Gateway | None = None
) -> Starlette:
    """The dashboard on ``engine``'s store, beside ``gateway`` (see :class:`Gateway`; none
    when the dashboard runs without one)."""
    app = Starlette(
        routes=[
            Route("/", home, methods=["GET"]),
            Route("/login", login_form, methods=["GET"]),
            Route("/login", login, methods=["POST"]),
            Route("/logout", logout, methods=["POST"]),
            *overview_pages.routes(),
            *request_pages.routes(),
            *review_pages.routes(),
            *key_pages.routes(),
            *prompt_pages.routes(),
            *eval_pages.routes(),
            *deployment_pages.routes(),
            *cost_pages.routes(),
            Mount("/static", app=StaticFiles(directory=_STATIC), name="static"),
        ]
    )
    app.state.ui = Ui.build(engine, master_key, gateway or Gateway())
    return app


@page("view")
async def home(request: Request, ui: Ui, session: Session) -> Response:
    root = request.scope.get("root_path", "")
    return RedirectResponse(f"{root}/overview", 303)


async def login_form(request: Request) -> Response:
    ui: Ui = request.app.state.ui
    return ui.render(request, "login.html", None, next=_next(request), error=None)


async def login(request: Request) -> Response:
    ui: Ui = request.app.state.ui
    form = await request.form()
    name, password, key = (str(form.get(f) or "") for f in ("name", "password", "master_key"))
    opened = None
    if key:
        if ui.master_key is not None and hmac.compare_digest(key.encode(), ui.master_key.encode()):
            opened = await blocking(ui.users.login_master)
    elif name and password:
        opened = await blocking(lambda: ui.users.login(name, password))
    if opened is None:
        error = "Wrong name or password." if not key else "Wrong master key."
        return ui.render(request, "login.html", None, 401, next=_next(request), error=error)
    token, _ = opened
    response = RedirectResponse(_next(request), 303)
    response.set_cookie(
        COOKIE,
        token,
        max_age=int(ui.users.session_ttl.total_seconds()),
        path=request.scope.get("root_path", "") or "/",
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
    )
    return response


@page("view")
async def logout(request: Request, ui: Ui, session: Session) -> Response:
    token = request.cookies.get(COOKIE, "")
    await blocking(lambda: ui.users.logout(token))
    root = request.scope.get("root_path", "")
    response = RedirectResponse(f"{root}/login", 303)
    response.delete_cookie(COOKIE, path=root or "/")
    return response


def _next(request: Request) -> str:
    """Where to go after logging in: a path inside the dashboard, never another site."""
    root = request.scope.get("root_path", "")
    wanted = request.query_params.get("next", "")
    if wanted.startswith(f"{root}/") and not wanted.startswith("//"):
        return wanted
    return f"{root}/"
