"""What the dashboard's tests share: a store with one user of each role, the app mounted under
/ui as the gateway mounts it, and logging in."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import sqlalchemy as sa
from starlette.applications import Starlette
from starlette.routing import Mount

from lmops.store.db import create_engine, migrate
from lmops.ui.app import create_ui_app
from lmops.ui.users import UserStore

MASTER = "sk-ui-master-0123456789"
ROLES = (("ann", "reviewer"), ("vic", "viewer"), ("ada", "admin"))  # password: NAME-password


def store_with_users(tmp_path: Path) -> sa.Engine:
    """A migrated SQLite store with one user of each role."""
    engine = create_engine(f"sqlite:///{tmp_path / 'lmops.db'}")
    migrate(engine)
    users = UserStore(engine)
    for name, role in ROLES:
        users.create(name, role, f"{name}-password", by="test")  # type: ignore[arg-type]
    return engine


def client(engine: sa.Engine, base: str = "http://gw") -> httpx.AsyncClient:
    app = Starlette(routes=[Mount("/ui", app=create_ui_app(engine, MASTER))])
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=f"{base}/ui")


def csrf(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found is not None
    return found.group(1)


async def login(c: httpx.AsyncClient, name: str, page: str = "/review") -> str:
    """Log in as ``name``; the session's CSRF token, as ``page`` carries it."""
    c.cookies.clear()
    r = await c.post("/login", data={"name": name, "password": f"{name}-password"})
    assert r.status_code == 303, r.text
    shown = await c.get(page)
    assert shown.status_code == 200, shown.text
    return csrf(shown.text)
