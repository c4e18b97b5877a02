"""The admin API, mounted at /admin the way the gateway mounts it, on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import json
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from starlette.applications import Starlette
from starlette.routing import Mount

from lmops.cache.backends import CacheError
from lmops.gateway.admin import AdminServices, create_admin_app
from lmops.store.db import create_engine, migrate
from lmops.store.keys import KeyRecord, KeyStore, Limits, TeamRecord
from lmops.store.request_log import RequestLogWriter
from lmops.store.tables import request_log, spend_daily, teams, virtual_keys
from tests.conftest_store import BACKENDS, database_url, make_record

MASTER = "sk-admin-master-0123456789"
AUTH = {"Authorization": f"Bearer {MASTER}"}
NOW = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)


@dataclass
class Calls:
    """What the API handed to the gateway's callbacks."""

    changes: list[tuple[list[KeyRecord], list[TeamRecord]]] = field(default_factory=list)
    budgets: list[tuple[str, Limits]] = field(default_factory=list)
    invalidations: list[tuple[str | None, str | None]] = field(default_factory=list)

    def on_change(self, keys: Any, teams: Any) -> None:
        self.changes.append((list(keys), list(teams)))

    async def budget_status(self, scope: str, limits: Limits) -> dict[str, Any] | None:
        self.budgets.append((scope, limits))
        return {"scope": scope, "spent": 1.5, "max_usd": limits.budget_usd}

    async def invalidate(self, key: str | None, model: str | None) -> int:
        self.invalidations.append((key, model))
        return 7


@pytest.fixture(scope="module", params=BACKENDS)
def migrated(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[sa.Engine]:
    """One migrated database per backend for the whole module (migrating costs ~0.3 s)."""
    with database_url(request.param, tmp_path_factory.mktemp("admin")) as url:
        engine = create_engine(url)
        migrate(engine)
        yield engine
        engine.dispose()


@pytest.fixture
def engine(migrated: sa.Engine) -> sa.Engine:
    """The module's database, emptied for each test."""
    with migrated.begin() as conn:
        for table in (request_log, spend_daily, virtual_keys, teams):
            conn.execute(table.delete())
    return migrated


@pytest.fixture
def calls() -> Calls:
    return Calls()


@pytest.fixture
def services(engine: sa.Engine, calls: Calls) -> AdminServices:
    return AdminServices(
        keys=KeyStore(engine, clock=lambda: NOW),
        engine=engine,
        master_key=MASTER,
        on_change=calls.on_change,
        budget_status=calls.budget_status,
        invalidate_cache=calls.invalidate,
        clock=lambda: NOW,
    )


def client_for(services: AdminServices, headers: dict[str, str] | None = None) -> httpx.AsyncClient:
    app = Starlette(routes=[Mount("/admin", app=create_admin_app(services))])
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://gw/admin", headers=headers
    )


@pytest.fixture
async def client(services: AdminServices) -> AsyncIterator[httpx.AsyncClient]:
    async with client_for(services, AUTH) as client:
        yield client


def assert_error(response: httpx.Response, status: int, code: str | None, param: Any = ...) -> str:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert error["code"] == code
    assert error["type"] == ("api_error" if status >= 500 else "invalid_request_error")
    if param is not ...:
        assert error["param"] == param
    return str(error["message"])


# -- auth ------------------------------------------------------------------------------------


async def test_only_the_master_key_is_an_admin(services: AdminServices) -> None:
    secret, _ = services.keys.create_key("app")  # a virtual key: a caller, not an admin
    refused = [None, "Bearer wrong", f"Bearer {MASTER}x", f"Basic {MASTER}", MASTER]
    async with client_for(services) as anon:
        for header in [*refused, f"Bearer {secret}"]:
            headers = {"Authorization": header} if header else {}
            for method, path, body in [
                ("GET", "/keys", None),
                ("POST", "/keys", {"name": "sneaky"}),
                ("POST", "/teams", {"name": "sneaky"}),
                ("GET", "/spend", None),
                ("POST", "/cache/invalidate", {"all": True}),
            ]:
                response = await anon.request(method, path, json=body, headers=headers)
                assert_error(response, 401, "invalid_api_key")
                assert response.headers["www-authenticate"] == "Bearer"
        ok = await anon.get("/keys", headers=AUTH)
    assert ok.status_code == 200
    assert [k.name for k in services.keys.list_keys()] == ["app"]
    assert services.keys.list_teams() == []


async def test_no_master_key_disables_the_api(services: AdminServices) -> None:
    async with client_for(replace(services, master_key=None), AUTH) as client:
        for path in ("/keys", "/teams", "/spend"):
            message = assert_error(await client.get(path), 403, "admin_disabled")
            assert "settings.master_key" in message


# -- keys ------------------------------------------------------------------------------------


async def test_create_shows_the_secret_once_and_stores_only_its_hash(
    client: httpx.AsyncClient, services: AdminServices, calls: Calls, engine: sa.Engine
) -> None:
    response = await client.post(
        "/keys",
        json={
            "name": "search",
            "models": ["gpt", "mock"],
            "rpm": 60,
            "budget_usd": 10,
            "budget_period": "monthly",
            "expires_in": "30d",
            "metadata": {"owner": "search-team"},
        },
    )
    assert response.status_code == 201, response.text
    created = response.json()
    secret = created["key"]
    assert secret.startswith("sk-lmops-") and len(secret) > 40
    assert created["key_prefix"] == secret[: len(created["key_prefix"])]
    assert created["expires_at"] == (NOW + timedelta(days=30)).isoformat().replace("+00:00", "Z")
    assert created["status"] == "active"
    assert (created["rpm"], created["budget_usd"], created["budget_period"]) == (
        60,
        10.0,
        "monthly",
    )
    assert created["models"] == ["gpt", "mock"]
    assert created["metadata"] == {"owner": "search-team"}
    # Never again: not in the detail, not in the list.
    for path in (f"/keys/{created['id']}", "/keys/search", "/keys"):
        later = await client.get(path)
        assert later.status_code == 200
        assert secret not in later.text and '"key"' not in later.text
    with engine.connect() as conn:
        row = conn.execute(sa.select(virtual_keys)).one()._mapping
    assert row["key_hash"] == hashlib.sha256(secret.encode()).hexdigest()
    assert all(secret not in str(value) for value in row.values())
    assert [([k.id for k in keys], teams) for keys, teams in calls.changes] == [
        ([created["id"]], [])
    ]


async def test_keys_by_team(client: httpx.AsyncClient) -> None:
    team = (await client.post("/teams", json={"name": "research"})).json()
    key = (await client.post("/keys", json={"name": "r1", "team": "research"})).json()
    await client.post("/keys", json={"name": "solo"})
    assert key["team_id"] == team["id"]
    for ref in ("research", team["id"]):
        listed = (await client.get("/keys", params={"team": ref})).json()["data"]
        assert [k["name"] for k in listed] == ["r1"]
    assert_error(await client.get("/keys", params={"team": "nope"}), 404, "not_found", "team")
    missing = await client.post("/keys", json={"name": "x", "team": "nope"})
    assert "nope" in assert_error(missing, 404, "not_found", "team")


async def test_revoke_is_final_and_reported(
    client: httpx.AsyncClient, services: AdminServices, calls: Calls
) -> None:
    secret = (await client.post("/keys", json={"name": "old"})).json()["key"]
    revoked = await client.post("/keys/old/revoke")
    assert revoked.status_code == 200
    assert revoked.json()["status"] == "revoked"
    assert revoked.json()["revoked_at"] is not None
    assert calls.changes[-1][0][0].revoked_at is not None
    record = services.keys.find_key_by_hash(hashlib.sha256(secret.encode()).hexdigest())
    assert record is not None and record.revoked_at is not None
    assert (await client.get("/keys")).json()["data"] == []
    shown = (await client.get("/keys", params={"include_revoked": "true"})).json()["data"]
    assert [k["status"] for k in shown] == ["revoked"]
    # DELETE is the same revoke, and revoking twice changes nothing.
    again = await client.delete(f"/keys/{record.id}")
    assert again.status_code == 200 and again.json()["revoked_at"] == revoked.json()["revoked_at"]
    assert_error(await client.post(f"/keys/{record.id}/rotate"), 409, "conflict", "ref")
    assert_error(await client.patch(f"/keys/{record.id}", json={"rpm": 5}), 409, "conflict")
    assert_error(await client.post("/keys/nope/revoke"), 404, "not_found", "ref")


async def test_rotate_replaces_the_secret(
    client: httpx.AsyncClient, services: AdminServices, calls: Calls
) -> None:
    first = (await client.post("/keys", json={"name": "svc", "rpm": 7})).json()
    response = await client.post("/keys/svc/rotate")
    assert response.status_code == 200
    rotated = response.json()
    assert rotated["id"] == first["id"] and rotated["rpm"] == 7
    assert rotated["key"] != first["key"] and rotated["key"].startswith("sk-lmops-")
    assert rotated["key_prefix"] == rotated["key"][: len(rotated["key_prefix"])]
    find = services.keys.find_key_by_hash
    assert find(hashlib.sha256(first["key"].encode()).hexdigest()) is None
    current = find(hashlib.sha256(rotated["key"].encode()).hexdigest())
    assert current is not None and current.id == first["id"]
    assert calls.changes[-1][0][0].key_hash == current.key_hash


async def test_patch_changes_only_what_it_names(client: httpx.AsyncClient, calls: Calls) -> None:
    body = {"name": "k", "rpm": 10, "budget_usd": 5, "budget_period": "monthly", "expires_in": "1d"}
    key = (await client.post("/keys", json=body)).json()
    patched = (await client.patch("/keys/k", json={"rpm": 20, "tpm": 500})).json()
    assert (patched["rpm"], patched["tpm"], patched["budget_usd"]) == (20, 500, 5.0)
    assert patched["expires_at"] == key["expires_at"]
    assert calls.changes[-1][0][0].limits.rpm == 20
    cleared = (await client.patch("/keys/k", json={"budget_usd": None, "expires_at": None})).json()
    assert (cleared["budget_usd"], cleared["budget_period"], cleared["rpm"]) == (None, None, 20)
    assert cleared["expires_at"] is None
    renamed = await client.patch(f"/keys/{key['id']}", json={"name": "k2", "models": ["m"]})
    assert renamed.json()["name"] == "k2" and renamed.json()["models"] == ["m"]
    half = await client.patch("/keys/k2", json={"budget_period": "daily"})
    assert_error(half, 400, "invalid_value", "budget_usd")
    assert_error(await client.patch("/keys/k2", json={"name": None}), 400, "invalid_value", "name")
    assert_error(await client.patch("/keys/nope", json={"rpm": 1}), 404, "not_found", "ref")


async def test_prompt_allowlists_on_keys_and_teams(
    client: httpx.AsyncClient, calls: Calls, services: AdminServices
) -> None:
    team = (await client.post("/teams", json={"name": "t", "prompts": ["support-*"]})).json()
    assert team["prompts"] == ["support-*"]
    assert calls.changes[-1][1][0].prompts == ("support-*",)
    body = {"name": "k", "team": "t", "prompts": [" support-reply ", "summ*"]}
    key = (await client.post("/keys", json=body)).json()
    assert key["prompts"] == ["support-reply", "summ*"]
    assert calls.changes[-1][0][0].prompts == ("support-reply", "summ*")
    assert (await client.get("/keys/k")).json()["prompts"] == ["support-reply", "summ*"]
    assert (await client.post("/keys", json={"name": "open"})).json()["prompts"] is None
    kept = (await client.patch("/keys/k", json={"rpm": 5})).json()
    assert kept["prompts"] == ["support-reply", "summ*"]
    cleared = (await client.patch("/keys/k", json={"prompts": None})).json()
    assert cleared["prompts"] is None and calls.changes[-1][0][0].prompts is None
    assert services.keys.get_key("k").prompts is None
    widened = (await client.patch("/teams/t", json={"prompts": ["*"]})).json()
    assert widened["prompts"] == ["*"]
    listed = (await client.get("/teams")).json()["data"]
    assert [t["prompts"] for t in listed] == [["*"]]
    assert (await client.patch("/teams/t", json={"prompts": None})).json()["prompts"] is None
    assert services.keys.get_team("t").prompts is None


# -- teams -----------------------------------------------------------------------------------


async def test_team_lifecycle(client: httpx.AsyncClient, calls: Calls) -> None:
    created = await client.post(
        "/teams", json={"name": "ml", "models": ["gpt"], "tpm": 1000, "metadata": {"cc": "42"}}
    )
    assert created.status_code == 201
    team = created.json()
    assert (team["models"], team["tpm"], team["status"]) == (["gpt"], 1000, "active")
    assert calls.changes[-1] == ([], [calls.changes[-1][1][0]])
    assert calls.changes[-1][1][0].id == team["id"]
    duplicate = await client.post("/teams", json={"name": "ml"})
    assert "ml" in assert_error(duplicate, 409, "conflict")
    assert (await client.get("/teams/ml")).json()["id"] == team["id"]
    patched = (await client.patch("/teams/ml", json={"tpm": None, "rpm": 3})).json()
    assert (patched["tpm"], patched["rpm"], patched["models"]) == (None, 3, ["gpt"])
    deleted = await client.delete(f"/teams/{team['id']}")
    assert deleted.json()["status"] == "deleted"
    assert calls.changes[-1][1][0].deleted_at is not None
    assert (await client.get("/teams")).json()["data"] == []
    every = (await client.get("/teams", params={"include_deleted": True})).json()["data"]
    assert [t["name"] for t in every] == ["ml"]
    assert_error(await client.post("/keys", json={"name": "k", "team": "ml"}), 404, "not_found")
    assert_error(await client.patch("/teams/ml", json={"rpm": 1}), 409, "conflict", "ref")
    assert_error(await client.get("/teams/nope"), 404, "not_found", "ref")
    # The name is free again for a new team.
    assert (await client.post("/teams", json={"name": "ml"})).status_code == 201


async def test_budget_status_in_details_only_with_a_budget(
    client: httpx.AsyncClient, calls: Calls, services: AdminServices
) -> None:
    await client.post("/teams", json={"name": "t", "budget_usd": 50, "budget_period": "daily"})
    team = (await client.get("/teams/t")).json()
    assert team["budget_status"] == {"scope": f"team:{team['id']}", "spent": 1.5, "max_usd": 50.0}
    body = {"name": "b", "budget_usd": 2.5, "budget_period": "total"}
    key = (await client.post("/keys", json=body)).json()
    detail = (await client.get("/keys/b")).json()
    assert detail["budget_status"]["scope"] == f"key:{key['id']}"
    assert calls.budgets[-1] == (f"key:{key['id']}", Limits(budget_usd=2.5, budget_period="total"))
    await client.post("/keys", json={"name": "free"})
    before = len(calls.budgets)
    assert (await client.get("/keys/free")).json()["budget_status"] is None
    assert len(calls.budgets) == before

    async def broken(scope: str, limits: Limits) -> dict[str, Any] | None:
        raise ConnectionError("redis down")

    async with client_for(replace(services, budget_status=broken), AUTH) as other:
        shown = await other.get("/keys/b")
    assert shown.status_code == 200 and shown.json()["budget_status"] is None


# -- validation and errors -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"name": "k", "rpm": 0}, "rpm"),
        ({}, "name"),
        ({"name": "k", "owner": "me"}, "owner"),
        ({"name": "k", "budget_usd": 5}, "budget_period"),
        ({"name": "k", "budget_usd": 5, "budget_period": "yearly"}, "budget_period"),
        ({"name": "k", "models": []}, "models"),
        ({"name": "k", "models": ["ok", ""]}, "models.1"),
        ({"name": "k", "expires_in": "soon"}, "expires_in"),
        ({"name": "k", "expires_at": "2025-01-01T00:00:00Z"}, "expires_at"),
    ],
)
async def test_bad_key_bodies_are_400s_naming_the_field(
    client: httpx.AsyncClient, services: AdminServices, body: dict[str, Any], param: str
) -> None:
    message = assert_error(await client.post("/keys", json=body), 400, "invalid_value", param)
    assert message.startswith(param.split(".")[0])
    assert services.keys.list_keys() == []


# Each value gave a 500 (PostgreSQL refused it, or a budget overflowed later when seeded).
OUT_OF_RANGE = [
    ({"rpm": 2**31}, "rpm"),
    ({"tpm": 10**11}, "tpm"),
    ({"tpm": 1e11}, "tpm"),
    ({"max_parallel": 2**31}, "max_parallel"),
    ({"rpm": 10**30}, "rpm"),
    ({"budget_usd": 1e308, "budget_period": "monthly"}, "budget_usd"),
    ({"budget_usd": 1e9 + 1, "budget_period": "monthly"}, "budget_usd"),
    ({"budget_usd": -1, "budget_period": "monthly"}, "budget_usd"),
    ({"name": "a\u0000b"}, "name"),
    ({"name": "two\nlines"}, "name"),
    ({"name": "x" * 201}, "name"),
    ({"models": ["ok", "m\u0000"]}, "models.1"),
    ({"models": [f"m{i}" for i in range(1001)]}, "models"),
    ({"metadata": {"owner": "a\u0000"}}, "metadata"),
    ({"metadata": {"a\u0000": 1}}, "metadata"),
    ({"metadata": {"blob": "x" * 20_000}}, "metadata"),
    # Stored, then a 500: pydantic could not serialise it back.
    ({"metadata": {"deep": json.loads("[" * 900 + "]" * 900)}}, "metadata"),
]
# Prompt allowlist entries: prompt-name characters and '*' (fnmatch's '?' and '[' never act).
BAD_PROMPTS = [
    ({"prompts": []}, "prompts"),
    ({"prompts": "support-*"}, "prompts"),
    ({"prompts": ["support-*", "a b"]}, "prompts.1"),
    ({"prompts": ["a?"]}, "prompts.0"),
    ({"prompts": ["[ab]"]}, "prompts.0"),
    ({"prompts": ["-x"]}, "prompts.0"),
    ({"prompts": ["p\u0000"]}, "prompts.0"),
    ({"prompts": ["x" * 201]}, "prompts.0"),
    ({"prompts": [f"p{i}" for i in range(1001)]}, "prompts"),
]
# JSON with NaN and Infinity: Python's json (FastAPI's parser) accepts them.
NON_FINITE = [b"NaN", b"Infinity", b"-Infinity", b"1e400"]


def _json_with(fields: dict[str, Any], **raw: bytes) -> bytes:
    text = json.dumps(fields)[:-1]
    return (text + "".join(f', "{k}": {v.decode()}' for k, v in raw.items()) + "}").encode()


@pytest.mark.parametrize(("change", "param"), OUT_OF_RANGE + BAD_PROMPTS)
async def test_out_of_range_values_are_400s_on_every_write(
    client: httpx.AsyncClient, services: AdminServices, change: dict[str, Any], param: str
) -> None:
    await client.post("/teams", json={"name": "t"})
    await client.post("/keys", json={"name": "k"})
    writes = [
        client.post("/keys", json={"name": "k2", **change}),
        client.patch("/keys/k", json=change),
        client.post("/teams", json={"name": "t2", **change}),
        client.patch("/teams/t", json=change),
    ]
    for write in writes:
        message = assert_error(await write, 400, "invalid_value", param)
        assert message.startswith(param)
    assert [k.name for k in services.keys.list_keys()] == ["k"]
    assert [t.name for t in services.keys.list_teams()] == ["t"]
    assert services.keys.get_key("k").limits == Limits()


@pytest.mark.parametrize("number", NON_FINITE)
async def test_non_finite_budgets_are_400s(
    client: httpx.AsyncClient, services: AdminServices, number: bytes
) -> None:
    headers = {"Content-Type": "application/json"}
    body = _json_with({"name": "k", "budget_period": "monthly"}, budget_usd=number)
    response = await client.post("/keys", content=body, headers=headers)
    assert_error(response, 400, "invalid_value", "budget_usd")
    patch = _json_with({}, budget_usd=number).replace(b"{,", b"{")
    await client.post("/teams", json={"name": "t"})
    response = await client.patch("/teams/t", content=patch, headers=headers)
    assert_error(response, 400, "invalid_value", "budget_usd")
    assert services.keys.list_keys() == []


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"expires_in": "99999999w"}, "expires_in"),
        ({"expires_in": "1" * 100 + "d"}, "expires_in"),
        ({"expires_at": "9999-12-31T23:00:00-05:00"}, "expires_at"),
        ({"team": "t\u0000"}, "team"),
        ({"team": "t" * 201}, "team"),
    ],
)
async def test_bad_expiry_and_team_are_400s(
    client: httpx.AsyncClient, services: AdminServices, body: dict[str, Any], param: str
) -> None:
    response = await client.post("/keys", json={"name": "k", **body})
    assert_error(response, 400, "invalid_value", param)
    assert services.keys.list_keys() == []


async def test_refs_with_control_characters_are_400s(client: httpx.AsyncClient) -> None:
    await client.post("/keys", json={"name": "k"})
    for method, path, params, param in [
        ("GET", "/keys/a%00b", None, "ref"),
        ("PATCH", "/keys/a%00b", None, "ref"),
        ("POST", "/keys/a%01b/revoke", None, "ref"),
        ("DELETE", "/teams/a%00", None, "ref"),
        ("GET", "/keys", {"team": "a\x00"}, "team"),
        ("GET", "/spend", {"key": "a\x00"}, "key"),
        ("GET", "/spend", {"team": "x" * 201}, "team"),
        ("GET", "/spend", {"since": "2025-01-01\x00"}, "since"),
        ("GET", "/spend", {"until": "1" * 100}, "until"),
    ]:
        body = {"rpm": 1} if method == "PATCH" else None
        response = await client.request(method, path, params=params, json=body)
        assert_error(response, 400, "invalid_value", param)
    response = await client.post("/cache/invalidate", json={"key": "a\u0000"})
    assert_error(response, 400, "invalid_value", "key")


async def test_malformed_requests_are_openai_shaped(client: httpx.AsyncClient) -> None:
    bad_json = await client.post(
        "/keys", content=b'{"name": ', headers={"Content-Type": "application/json"}
    )
    assert "not valid JSON" in assert_error(bad_json, 400, "invalid_value", None)
    flag = await client.get("/keys", params={"include_revoked": "maybe"})
    assert_error(flag, 400, "invalid_value", "include_revoked")
    assert_error(await client.get("/spend", params={"by": "week"}), 400, "invalid_value", "by")
    assert_error(await client.get("/nowhere"), 404, "not_found")
    assert_error(await client.put("/keys"), 405, "method_not_allowed")


async def test_an_unexpected_failure_is_a_bare_500(
    services: AdminServices, engine: sa.Engine
) -> None:
    class Exploding(KeyStore):
        def list_teams(self, *, include_deleted: bool = False) -> list[TeamRecord]:
            raise RuntimeError("boom sk-lmops-leaked-secret at /srv/app.py line 3")

    async with client_for(replace(services, keys=Exploding(engine)), AUTH) as client:
        response = await client.get("/teams")
    message = assert_error(response, 500, "internal_error")
    assert message == "Internal error."
    assert "leaked" not in response.text and "Traceback" not in response.text


# -- spend -----------------------------------------------------------------------------------


async def _log(engine: sa.Engine, *records: Any) -> None:
    writer = RequestLogWriter(engine)
    for record in records:
        writer.submit(record)
    await writer.stop()


async def test_spend_report(client: httpx.AsyncClient, engine: sa.Engine) -> None:
    team = (await client.post("/teams", json={"name": "t"})).json()
    a = (await client.post("/keys", json={"name": "a", "team": "t"})).json()
    b = (await client.post("/keys", json={"name": "b"})).json()
    hour_ago = (NOW - timedelta(hours=1)).timestamp()
    days_ago = (NOW - timedelta(days=5)).timestamp()
    paid = {"key_id": a["id"], "team_id": team["id"]}
    await _log(
        engine,
        make_record(1, created_at=hour_ago, model_group="m1", cost_usd=0.5, **paid),
        make_record(2, created_at=hour_ago, model_group="m2", cost_usd=None, **paid),
        make_record(3, created_at=days_ago, model_group="m1", cost_usd=0.25, key_id=b["id"]),
        make_record(4, created_at=hour_ago, model_group="m1", cost_usd=1.0),
    )
    report = (await client.get("/spend", params={"by": "key"})).json()
    rows = [(r["group"], r["name"], r["requests"], r["unpriced_requests"]) for r in report["rows"]]
    assert rows == [("(none)", None, 1, 0), (a["id"], "a", 2, 1), (b["id"], "b", 1, 0)]
    assert [r["cost_usd"] for r in report["rows"]] == pytest.approx([1.0, 0.5, 0.25])
    assert report["total_cost_usd"] == pytest.approx(1.75)
    assert (report["total_requests"], report["unpriced_requests"]) == (4, 1)
    assert report["by"] == "key" and report["since"] is None

    recent = (await client.get("/spend", params={"by": "key", "since": "2d"})).json()
    assert [r["group"] for r in recent["rows"]] == ["(none)", a["id"]]
    assert recent["since"] == (NOW - timedelta(days=2)).isoformat().replace("+00:00", "Z")
    by_team = (await client.get("/spend", params={"by": "team"})).json()["rows"]
    assert {(r["group"], r["name"]) for r in by_team} == {("(none)", None), (team["id"], "t")}
    models = (await client.get("/spend", params={"by": "model", "key": "a"})).json()
    assert [(r["group"], r["unpriced_requests"]) for r in models["rows"]] == [("m1", 0), ("m2", 1)]
    assert models["key_id"] == a["id"]
    days = (await client.get("/spend", params={"by": "day", "until": "2025-03-06"})).json()
    assert [r["group"] for r in days["rows"]] == [(NOW - timedelta(days=5)).date().isoformat()]
    assert_error(await client.get("/spend", params={"team": "nope"}), 404, "not_found", "team")
    bad = await client.get("/spend", params={"since": "yesterday"})
    assert_error(bad, 400, "invalid_value", "since")


# -- cache -----------------------------------------------------------------------------------


async def test_cache_invalidate(
    client: httpx.AsyncClient, calls: Calls, services: AdminServices
) -> None:
    for body, selector in [
        ({"key": "abc"}, ("abc", None)),
        ({"model": "gpt"}, (None, "gpt")),
        ({"all": True}, (None, None)),
    ]:
        response = await client.post("/cache/invalidate", json=body)
        assert response.status_code == 200 and response.json() == {"removed": 7}
        assert calls.invalidations[-1] == selector
    for body in ({}, {"key": "a", "model": "m"}, {"all": True, "model": "m"}):
        message = assert_error(await client.post("/cache/invalidate", json=body), 400, None)
        assert "exactly one" in message
    assert len(calls.invalidations) == 3

    async with client_for(replace(services, invalidate_cache=None), AUTH) as other:
        none = await other.post("/cache/invalidate", json={"all": True})
    assert_error(none, 404, "cache_not_configured")

    async def down(key: str | None, model: str | None) -> int:
        raise CacheError("Redis cache invalidate failed: ConnectionError")

    async with client_for(replace(services, invalidate_cache=down), AUTH) as other:
        failed = await other.post("/cache/invalidate", json={"all": True})
    assert_error(failed, 503, "cache_unavailable")


# -- schema ----------------------------------------------------------------------------------


async def test_openapi_under_the_mount_behind_the_master_key(services: AdminServices) -> None:
    async with client_for(services) as anon:
        assert_error(await anon.get("/openapi.json"), 401, "invalid_api_key")
        schema = (await anon.get("/openapi.json", headers=AUTH)).json()
        # No docs page: FastAPI's loads its assets from a CDN (the host may be offline).
        for page in ("/docs", "/redoc", "/docs/oauth2-redirect"):
            assert_error(await anon.get(page, headers=AUTH), 404, "not_found")
    assert schema["servers"] == [{"url": "/admin"}]
    paths = schema["paths"]
    expected = {
        "/keys": {"get", "post"},
        "/keys/{ref}": {"get", "patch", "delete"},
        "/keys/{ref}/revoke": {"post"},
        "/keys/{ref}/rotate": {"post"},
        "/teams": {"get", "post"},
        "/teams/{ref}": {"get", "patch", "delete"},
        "/spend": {"get"},
        "/cache/invalidate": {"post"},
        "/review/queues": {"get", "post"},
        "/review/queues/{name}": {"get"},
        "/review/queues/{name}/items": {"get", "post"},
        "/review/queues/{name}/next": {"post"},
        "/review/queues/{name}/stats": {"get"},
        "/review/queues/{name}/export": {"get"},
        "/review/items/{item_id}": {"get"},
        "/review/items/{item_id}/scores": {"post"},
        "/review/items/{item_id}/skip": {"post"},
        "/finetune/runs": {"get"},
        "/finetune/runs/{ref}": {"get"},
        "/finetune/runs/{ref}/logs": {"get"},
        "/finetune/runs/{ref}/stop": {"post"},
        "/finetune/adapters": {"get"},
    }
    assert {path: set(ops) for path, ops in paths.items()} == expected
    for ops in paths.values():
        for op in ops.values():
            assert op["summary"] and op["tags"]
            assert {"security"} <= set(op)  # the bearer scheme shows in the docs
    assert {t["name"] for t in schema["tags"]} == {
        "keys",
        "teams",
        "spend",
        "cache",
        "review",
        "finetune",
    }
