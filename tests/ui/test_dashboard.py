"""The dashboard over HTTP, mounted under /ui as the gateway mounts it: no page without a
login, the session cookie's flags, roles, CSRF on every form, and reviewing through the forms."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
from starlette.routing import Route

from lmops.review.rubric import Rubric
from lmops.review.store import NewItem, ReviewStore
from lmops.ui.app import create_ui_app
from tests.ui.web import MASTER, client, csrf, login, store_with_users

RUBRIC = Rubric.model_validate(
    {
        "fields": [
            {"kind": "numeric", "name": "helpful", "min": 1, "max": 3, "labels": {"1": "no"}},
            {"kind": "boolean", "name": "correct"},
            {"kind": "text", "name": "comment"},
        ]
    }
)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[sa.Engine]:
    engine = store_with_users(tmp_path)
    reviews = ReviewStore(engine)
    reviews.create_queue("q", RUBRIC, description="Support answers", instructions="Be fair.")
    reviews.add_items(
        "q", [NewItem(f"question {i}", output=f"<b>answer {i}</b>") for i in range(3)]
    )
    yield engine
    engine.dispose()


@pytest.fixture
async def anon(engine: sa.Engine) -> AsyncIterator[httpx.AsyncClient]:
    async with client(engine) as c:
        yield c


async def test_no_page_opens_without_a_login(engine: sa.Engine) -> None:
    """Every route of the app, GET and POST, with its path parameters filled in: only the
    login page and the static files answer without a session."""
    app = create_ui_app(engine, MASTER)
    open_paths = {"/login"}
    checked = 0
    async with client(engine) as anon:
        for route in app.routes:
            if not isinstance(route, Route) or route.path in open_paths:
                continue
            path = re.sub(r"\{(\w+)(:\w+)?\}", lambda m: "1" if m.group(2) else "x", route.path)
            for method in sorted(route.methods or ()):
                if method == "HEAD":
                    continue
                r = await anon.request(method, path, data={"csrf": "x"})
                checked += 1
                assert r.status_code == 303, (method, path, r.status_code)
                assert r.headers["location"].startswith("/ui/login?next="), (method, path)
        assert (await anon.get("/static/vendor/htmx-2.0.11.min.js")).status_code == 200
        assert (await anon.get("/login")).status_code == 200
    assert checked >= 39  # every page and form of the dashboard


async def test_logging_in_sets_a_locked_down_cookie_and_logging_out_ends_it(
    engine: sa.Engine,
) -> None:
    async with client(engine, "https://gw") as c:
        wrong = await c.post("/login", data={"name": "ann", "password": "nope-nope"})
        assert wrong.status_code == 401 and "Wrong name or password." in wrong.text
        master = await c.post("/login", data={"master_key": MASTER + "x"})
        assert master.status_code == 401
        r = await c.post(
            "/login?next=/ui/review/q", data={"name": "ann", "password": "ann-password"}
        )
        assert r.status_code == 303 and r.headers["location"] == "/ui/review/q"
        cookie = r.headers["set-cookie"].lower()
        for flag in ("httponly", "samesite=lax", "secure", "path=/ui"):
            assert flag in cookie
        page = await c.get("/review/q")
        assert page.status_code == 200 and "ann (reviewer)" in page.text
        out = await c.post("/logout", data={"csrf": csrf(page.text)})
        assert out.status_code == 303
        c.cookies.clear()  # what the browser does on the deleted cookie
        assert (await c.get("/review")).status_code == 303


async def test_a_login_never_redirects_to_another_site(anon: httpx.AsyncClient) -> None:
    for target in ("//evil.example/x", "https://evil.example/", "/elsewhere"):
        r = await anon.post(f"/login?next={target}", data={"master_key": MASTER})
        assert r.headers["location"] == "/ui/", target


async def test_forms_without_the_session_s_csrf_token_are_refused(anon: httpx.AsyncClient) -> None:
    csrf = await login(anon, "ann")
    await anon.get("/review/q/next")
    for data in ({}, {"csrf": "forged"}):
        r = await anon.post("/review/q/items/1", data={"helpful": "2", "correct": "true", **data})
        assert r.status_code == 403 and "security token" in r.text
    assert ReviewStore(_engine(anon)).item(1)[0].done == 0
    header = await anon.post(
        "/review/q/items/1",
        data={"helpful": "2", "correct": "true"},
        headers={"x-csrf-token": csrf},
    )
    assert header.status_code == 303  # htmx sends the token as a header


def _engine(c: httpx.AsyncClient) -> sa.Engine:
    transport = c._transport
    assert isinstance(transport, httpx.ASGITransport)
    mounted = transport.app.routes[0].app  # type: ignore[attr-defined]
    engine: sa.Engine = mounted.state.ui.engine
    return engine


async def test_a_viewer_reads_but_cannot_review(anon: httpx.AsyncClient) -> None:
    await login(anon, "vic")
    assert (await anon.get("/review/q")).status_code == 200
    refused = await anon.get("/review/q/next")
    assert refused.status_code == 403 and "may not review" in refused.text
    assert (await anon.get("/review/q/items/1")).status_code == 200  # reading an item is viewing


async def test_reviewing_through_the_forms(anon: httpx.AsyncClient) -> None:
    csrf = await login(anon, "ann")
    first = await anon.get("/review/q/next")
    assert first.status_code == 303 and first.headers["location"] == "/ui/review/q/items/1"
    page = await anon.get("/review/q/items/1")
    assert "&lt;b&gt;answer 0&lt;/b&gt;" in page.text and "<b>answer 0</b>" not in page.text
    assert "Be fair." in page.text and "<kbd>1</kbd> 1 no" in page.text
    missing = await anon.post("/review/q/items/1", data={"csrf": csrf, "helpful": "3"})
    assert missing.status_code == 400 and "field &#39;correct&#39; is required" in missing.text
    assert 'value="3" checked' in missing.text  # what was chosen stays chosen
    done = await anon.post(
        "/review/q/items/1",
        data={"csrf": csrf, "helpful": "3", "correct": "true", "comment": "clear"},
    )
    assert done.status_code == 303 and done.headers["location"] == "/ui/review/q/next"
    nxt = await anon.get("/review/q/next")
    assert nxt.headers["location"] == "/ui/review/q/items/2"
    skipped = await anon.post("/review/q/items/2/skip", data={"csrf": csrf})
    assert skipped.status_code == 303
    assert (await anon.get("/review/q/next")).headers["location"] == "/ui/review/q/items/3"
    item, reviews = ReviewStore(_engine(anon)).item(1)
    assert item.done == 1
    assert reviews[0].scores == {"helpful": 3.0, "correct": True, "comment": "clear"}
    results = await anon.get("/review/q")
    assert "1 reviews of 1 items: ann 1." in results.text
