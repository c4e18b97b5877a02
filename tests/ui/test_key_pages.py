"""The key and team pages over HTTP, mounted under /ui as the gateway mounts them: an admin
creates, changes, revokes and rotates keys and teams through the forms (each change audited,
a secret shown once), other roles only read, every form needs the CSRF token, bad input is a
400 naming the field, and names are escaped."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
from starlette.applications import Starlette
from starlette.routing import Mount

from lmops.state.quota import QuotaError, WindowUsage
from lmops.store.keys import KeyRecord, KeyStore, Limits, hash_key
from lmops.store.spend import upsert_rollup
from lmops.ui.app import create_ui_app
from lmops.ui.users import AuditEntry, UserStore
from lmops.ui.web import Gateway
from tests.ui.web import MASTER, client, store_with_users
from tests.ui.web import login as logged_in

SECRET = re.compile(r"sk-lmops-[A-Za-z0-9_-]{43}")
HOSTILE = "<script>alert(1)</script>"


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[sa.Engine]:
    engine = store_with_users(tmp_path)
    keys = KeyStore(engine)
    team = keys.create_team("core", limits=Limits(rpm=1000))
    keys.create_key(
        "svc", team=team.id, limits=Limits(rpm=60, budget_usd=10.0, budget_period="monthly")
    )
    keys.create_key("batch", models=["gpt-4o-mini"])
    yield engine
    engine.dispose()


@pytest.fixture
async def web(engine: sa.Engine) -> AsyncIterator[httpx.AsyncClient]:
    async with client(engine) as c:
        yield c


async def login(c: httpx.AsyncClient, name: str) -> str:
    return await logged_in(c, name, "/keys")


def key(engine: sa.Engine, ref: str) -> KeyRecord:
    return KeyStore(engine).get_key(ref)


def changes(engine: sa.Engine) -> list[AuditEntry]:
    """The audit log's key and team entries, newest first."""
    entries = UserStore(engine).audit_entries()
    return [e for e in entries if e.action.startswith(("key.", "team."))]


def snapshot(engine: sa.Engine) -> tuple[object, ...]:
    store = KeyStore(engine)
    return (
        store.list_keys(include_revoked=True),
        store.list_teams(include_deleted=True),
        changes(engine),
    )


NEW_KEY = {
    "name": "web-app",
    "models": "gpt-4o, gpt-4o-mini",
    "rpm": "120",
    "tpm": "",
    "max_parallel": "4",
    "budget_usd": "12.5",
    "budget_period": "weekly",
    "expires_in": "30d",
}


async def test_an_admin_creates_a_key_and_sees_its_secret_once(
    web: httpx.AsyncClient, engine: sa.Engine
) -> None:
    csrf = await login(web, "ada")
    team = KeyStore(engine).get_team("core")
    r = await web.post("/keys", data={**NEW_KEY, "team": team.id, "csrf": csrf})
    assert r.status_code == 200, r.text
    assert r.headers["cache-control"] == "no-store"
    secrets = SECRET.findall(r.text)
    assert len(secrets) == 1 and r.text.count(secrets[0]) == 1
    assert "shown here once" in r.text
    secret = secrets[0]
    found = KeyStore(engine).find_key_by_hash(hash_key(secret))
    assert found is not None and found.name == "web-app" and found.team_id == team.id
    assert found.models == ("gpt-4o", "gpt-4o-mini")
    assert found.limits == Limits(rpm=120, max_parallel=4, budget_usd=12.5, budget_period="weekly")
    assert found.expires_at is not None and found.expires_at > datetime.now(UTC)
    for path in (f"/keys/{found.id}", "/keys", f"/teams/{team.id}"):
        page = await web.get(path)
        assert page.status_code == 200 and secret not in page.text, path
        assert found.key_hash not in page.text, path
    assert found.key_prefix in (await web.get(f"/keys/{found.id}")).text
    (entry,) = changes(engine)
    assert (entry.actor, entry.action, entry.target) == ("ada", "key.create", found.id)
    assert entry.detail["rpm"] == 120 and secret not in str(entry.detail)


async def test_the_key_list_filters_by_team_and_shows_revoked_keys_on_request(
    web: httpx.AsyncClient, engine: sa.Engine
) -> None:
    store = KeyStore(engine)
    svc, team = store.get_key("svc"), store.get_team("core")
    gone = store.create_key("gone")[1]
    store.revoke_key(gone.id)
    with engine.begin() as conn:  # what the request log's writer adds: $2.50 of $10 today
        day = datetime.now(UTC).date().isoformat()
        row = {"day": day, "key_id": svc.id, "team_id": team.id, "model": "gpt-4o"}
        sums = dict.fromkeys(("requests", "prompt_tokens", "completion_tokens"), 1)
        zeros = dict.fromkeys(("cached_tokens", "cache_hits", "unpriced_requests"), 0)
        upsert_rollup(conn, [{**row, **sums, **zeros, "cost_usd": 2.5}])
    await login(web, "vic")
    everything = (await web.get("/keys")).text
    assert "svc" in everything and "batch" in everything and "gone" not in everything
    assert "$2.50" in everything and "$10.00 monthly" in everything
    only = (await web.get(f"/keys?team={team.id}")).text
    assert "svc" in only and ">batch<" not in only
    assert "gone" in (await web.get("/keys?revoked=1")).text
    detail = await web.get(f"/keys/{svc.id}")
    assert "$2.50 (25%)" in detail.text and "core" in detail.text
    team_page = await web.get(f"/teams/{team.id}")
    assert "$2.50" in team_page.text and "svc" in team_page.text
    assert (await web.get("/keys?team=nope")).status_code == 404


async def test_viewers_and_reviewers_cannot_change_anything(
    web: httpx.AsyncClient, engine: sa.Engine
) -> None:
    svc, team = key(engine, "svc"), KeyStore(engine).get_team("core")
    posts = {
        "/keys": NEW_KEY,
        f"/keys/{svc.id}": {"name": "x", "rpm": "1"},
        f"/keys/{svc.id}/revoke": {"confirm": "1"},
        f"/keys/{svc.id}/rotate": {"confirm": "1"},
        "/teams": {"name": "other"},
        f"/teams/{team.id}": {"name": "renamed"},
        f"/teams/{team.id}/delete": {"confirm": "1"},
    }
    before = snapshot(engine)
    for user in ("vic", "ann"):
        web.cookies.clear()
        csrf = await login(web, user)
        page = await web.get("/keys")
        assert page.status_code == 200 and "New key" not in page.text
        assert "Revoke" not in (await web.get(f"/keys/{svc.id}")).text
        for path, data in posts.items():
            r = await web.post(path, data={**data, "csrf": csrf})
            assert r.status_code == 403 and "may not admin" in r.text, (user, path)
            assert SECRET.search(r.text) is None
    assert snapshot(engine) == before


async def test_forms_without_the_csrf_token_are_refused(
    web: httpx.AsyncClient, engine: sa.Engine
) -> None:
    await login(web, "ada")
    svc = key(engine, "svc")
    before = snapshot(engine)
    for path, data in (
        ("/keys", NEW_KEY),
        (f"/keys/{svc.id}/revoke", {"confirm": "1"}),
        (f"/keys/{svc.id}/rotate", {"confirm": "1"}),
        ("/teams", {"name": "other"}),
    ):
        for token in ({}, {"csrf": "forged"}):
            r = await web.post(path, data={**data, **token})
            assert r.status_code == 403 and "security token" in r.text, path
    assert snapshot(engine) == before


async def test_changing_revoking_and_rotating_a_key(
    web: httpx.AsyncClient, engine: sa.Engine
) -> None:
    csrf = await login(web, "ada")
    svc = key(engine, "svc")
    form = {"csrf": csrf, "name": "svc-2", "models": "", "rpm": "30", "tpm": "5000"}
    r = await web.post(f"/keys/{svc.id}", data={**form, "budget_usd": "", "budget_period": ""})
    assert r.status_code == 303 and r.headers["location"] == f"/ui/keys/{svc.id}"
    changed = key(engine, svc.id)
    assert changed.name == "svc-2" and changed.models is None
    assert changed.limits == Limits(rpm=30, tpm=5000)
    assert changed.team_id == svc.team_id and changed.key_hash == svc.key_hash
    (entry,) = changes(engine)
    assert (entry.action, entry.target, entry.detail["rpm"]) == ("key.update", svc.id, 30)
    expiring = await web.post(f"/keys/{svc.id}", data={**form, "expires_in": "2w"})
    assert expiring.status_code == 303 and key(engine, svc.id).expires_at is not None
    kept = await web.post(f"/keys/{svc.id}", data=form)  # no expiry field: the expiry stays
    assert kept.status_code == 303 and key(engine, svc.id).expires_at is not None
    endless = await web.post(f"/keys/{svc.id}", data={**form, "no_expiry": "1"})
    assert endless.status_code == 303 and key(engine, svc.id).expires_at is None

    rotated = await web.post(f"/keys/{svc.id}/rotate", data={"csrf": csrf, "confirm": "1"})
    assert rotated.status_code == 200 and rotated.headers["cache-control"] == "no-store"
    (secret,) = SECRET.findall(rotated.text)
    store = KeyStore(engine)
    assert store.find_key_by_hash(svc.key_hash) is None
    found = store.find_key_by_hash(hash_key(secret))
    assert found is not None and found.id == svc.id and found.limits == changed.limits
    assert secret not in (await web.get(f"/keys/{svc.id}")).text
    assert changes(engine)[0].action == "key.rotate" and secret not in str(changes(engine))

    unconfirmed = await web.post(f"/keys/{svc.id}/revoke", data={"csrf": csrf})
    assert unconfirmed.status_code == 400 and "confirm" in unconfirmed.text
    assert key(engine, svc.id).revoked_at is None
    revoked = await web.post(f"/keys/{svc.id}/revoke", data={"csrf": csrf, "confirm": "1"})
    assert revoked.status_code == 303 and key(engine, svc.id).revoked_at is not None
    page = await web.get(f"/keys/{svc.id}")
    assert 'id="state">revoked' in page.text and 'id="change"' not in page.text
    actions = [e.action for e in changes(engine)]
    assert actions == ["key.revoke", "key.rotate", *["key.update"] * 4]

    late = await web.post(f"/keys/{svc.id}", data={**form, "rpm": "1"})
    assert late.status_code == 409 and "is revoked" in late.text
    assert key(engine, svc.id).limits.rpm == 30


async def test_bad_form_input_is_a_400_naming_the_field(
    web: httpx.AsyncClient, engine: sa.Engine
) -> None:
    csrf = await login(web, "ada")
    before = snapshot(engine)
    for field, value, said in (
        ("rpm", "ten", "rpm: &#39;ten&#39; is not a whole number"),
        ("tpm", "1.5", "tpm: &#39;1.5&#39; is not a whole number"),
        ("max_parallel", "0", "max_parallel: Input should be greater than or equal to 1"),
        ("budget_usd", "lots", "budget_usd: &#39;lots&#39; is not a number"),
        ("budget_usd", "nan", "budget_usd:"),
        ("budget_period", "yearly", "budget_period:"),
        ("name", "  ", "name:"),
        ("expires_in", "soon", "expires_in:"),
        ("team", "no-such-team", "team: no team"),
    ):
        r = await web.post("/keys", data={**NEW_KEY, field: value, "csrf": csrf})
        assert r.status_code == 400, (field, r.text)
        assert said in r.text, (field, value)
        assert field == "name" or 'value="web-app"' in r.text  # what was typed stays typed
        assert SECRET.search(r.text) is None
    no_period = await web.post("/keys", data={**NEW_KEY, "budget_period": "", "csrf": csrf})
    assert (
        no_period.status_code == 400 and "budget_period: required with a budget" in no_period.text
    )
    svc = key(engine, "svc")
    r = await web.post(f"/keys/{svc.id}", data={"csrf": csrf, "name": "svc", "rpm": "-3"})
    assert r.status_code == 400 and "rpm:" in r.text and 'value="-3"' in r.text
    team = KeyStore(engine).get_team("core")
    r = await web.post(f"/teams/{team.id}", data={"csrf": csrf, "name": "core", "tpm": "x"})
    assert r.status_code == 400 and "tpm:" in r.text
    assert snapshot(engine) == before


async def test_an_unknown_key_or_team_is_a_404(web: httpx.AsyncClient, engine: sa.Engine) -> None:
    csrf = await login(web, "ada")
    before = snapshot(engine)
    for path in ("/keys/key_nope", "/teams/team_nope"):
        r = await web.get(path)
        assert r.status_code == 404 and "Not found" in r.text, path
    for path, data in (
        ("/keys/key_nope", {"name": "x"}),
        ("/keys/key_nope/revoke", {"confirm": "1"}),
        ("/keys/key_nope/rotate", {"confirm": "1"}),
        ("/teams/team_nope", {"name": "x"}),
        ("/teams/team_nope/delete", {"confirm": "1"}),
    ):
        r = await web.post(path, data={**data, "csrf": csrf})
        assert r.status_code == 404 and "nope" in r.text, path
    assert snapshot(engine) == before


async def test_teams_through_the_forms(web: httpx.AsyncClient, engine: sa.Engine) -> None:
    csrf = await login(web, "ada")
    r = await web.post(
        "/teams",
        data={
            "csrf": csrf,
            "name": "research",
            "models": "gpt-4o",
            "budget_usd": "100",
            "budget_period": "monthly",
        },
    )
    assert r.status_code == 303
    team = KeyStore(engine).get_team("research")
    assert r.headers["location"] == f"/ui/teams/{team.id}"
    assert team.models == ("gpt-4o",) and team.limits.budget_usd == 100.0
    duplicate = await web.post("/teams", data={"csrf": csrf, "name": "core"})
    assert duplicate.status_code == 409 and "already exists" in duplicate.text
    renamed = await web.post(
        f"/teams/{team.id}", data={"csrf": csrf, "name": "research-2", "rpm": "50"}
    )
    assert renamed.status_code == 303
    team = KeyStore(engine).get_team(team.id)
    assert team.name == "research-2" and team.limits == Limits(rpm=50) and team.models is None
    taken = await web.post(f"/teams/{team.id}", data={"csrf": csrf, "name": "core"})
    assert taken.status_code == 409 and 'value="core"' in taken.text
    assert (await web.post(f"/teams/{team.id}/delete", data={"csrf": csrf})).status_code == 400
    deleted = await web.post(f"/teams/{team.id}/delete", data={"csrf": csrf, "confirm": "1"})
    assert deleted.status_code == 303
    assert KeyStore(engine).get_team(team.id).deleted_at is not None
    assert "research-2" not in (await web.get("/teams")).text
    assert "research-2" in (await web.get("/teams?deleted=1")).text
    actions = [(e.action, e.target) for e in changes(engine)]
    assert actions == [
        ("team.delete", team.id),
        ("team.update", team.id),
        ("team.create", team.id),
    ]


async def test_hostile_names_are_escaped(web: httpx.AsyncClient, engine: sa.Engine) -> None:
    csrf = await login(web, "ada")
    made = await web.post("/teams", data={"csrf": csrf, "name": HOSTILE, "models": HOSTILE})
    assert made.status_code == 303
    team = KeyStore(engine).get_team(HOSTILE)
    r = await web.post("/keys", data={"csrf": csrf, "name": HOSTILE, "team": team.id})
    assert r.status_code == 200
    assert HOSTILE not in r.text and "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text
    new = KeyStore(engine).get_key(HOSTILE)
    for path in ("/keys", f"/keys/{new.id}", "/teams", f"/teams/{team.id}"):
        page = await web.get(path)
        assert page.status_code == 200, path
        assert HOSTILE not in page.text and "&lt;script&gt;" in page.text, path
    bad = await web.post("/keys", data={"csrf": csrf, "name": HOSTILE, "rpm": HOSTILE})
    assert bad.status_code == 400 and HOSTILE not in bad.text


async def test_live_counts_say_why_they_are_missing(engine: sa.Engine) -> None:
    key = KeyStore(engine).list_keys()[0]

    async def unreachable(scope: str, limits: Limits) -> tuple[WindowUsage, None]:
        raise QuotaError("redis at 127.0.0.1:1 refused the connection")

    beside = Gateway(usage=unreachable, shared_usage=True)
    for gateway, said in ((None, "No gateway runs beside this dashboard"),
                          (beside, "quota store cannot be reached")):  # fmt: skip
        app = Starlette(routes=[Mount("/ui", app=create_ui_app(engine, MASTER, gateway))])
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://gw/ui") as web:
            await logged_in(web, "vic")
            page = await web.get(f"/keys/{key.id}")
        assert page.status_code == 200 and said in page.text
        assert re.search(r'id="live-rpm"><span class="muted">-</span>', page.text)
        assert "127.0.0.1:1" not in page.text  # where the store is stays in the logs
