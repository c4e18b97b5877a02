"""Virtual keys end to end: a running gateway, its admin API, the key store and real clients."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
from structlog.testing import capture_logs

from bench.fake_upstream import FakeUpstream
from lmops.store.db import create_engine
from lmops.store.keys import KeyStore, hash_key
from lmops.store.request_log import query_requests
from tests.conftest import MASTER_KEY, RunningGateway, postgres_url, wait_for
from tests.conftest_store import postgres_schema_url

AUTH = {"authorization": f"Bearer {MASTER_KEY}"}
MSG = [{"role": "user", "content": "hello from a virtual key"}]
SYNC_INTERVAL = 0.2


def config(upstream: FakeUpstream) -> str:
    return f"""
models:
  - name: chat-small
    provider: openai
    api_base: {upstream.url}
    api_key: ${{UPSTREAM_API_KEY}}
    model: upstream-model
  - name: chat-large
    provider: openai
    api_base: {upstream.url}
    api_key: ${{UPSTREAM_API_KEY}}
    model: upstream-large
  - name: mock
    provider: mock
settings:
  master_key: ${{LMOPS_MASTER_KEY}}
  database_url: ${{DB_URL}}
  key_sync_interval: {SYNC_INTERVAL}
  log_bodies: true
  request_log:
    flush_interval: 0.05
"""


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/keys.db"
        return
    with postgres_schema_url(postgres_url()) as url:
        yield url


@pytest.fixture
def sqlite_db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path}/keys.db"


@pytest.fixture
def gw(
    sqlite_db: str, gateway_factory: Callable[..., RunningGateway], upstream: FakeUpstream
) -> RunningGateway:
    return gateway_factory(config(upstream), DB_URL=sqlite_db)


@pytest.fixture
def store(sqlite_db: str, gw: RunningGateway) -> Iterator[KeyStore]:
    """The CLI's view of the gateway's database (the gateway migrated it)."""
    engine = create_engine(sqlite_db)
    yield KeyStore(engine)
    engine.dispose()


@pytest.fixture(scope="module")
def http() -> Iterator[httpx.Client]:
    """One client for the module: a new httpx client per call costs 60 ms (its SSL context)."""
    with httpx.Client(timeout=30) as client:
        yield client


def admin(
    http: httpx.Client, gw: RunningGateway, method: str, path: str, **kw: Any
) -> httpx.Response:
    return http.request(method, f"{gw.url}/admin{path}", headers=AUTH, **kw)


def create_key(http: httpx.Client, gw: RunningGateway, **body: Any) -> dict[str, Any]:
    r = admin(http, gw, "POST", "/keys", json={"name": "app", **body})
    assert r.status_code == 201, r.text
    created: dict[str, Any] = r.json()
    return created


def create_team(http: httpx.Client, gw: RunningGateway, **body: Any) -> dict[str, Any]:
    r = admin(http, gw, "POST", "/teams", json={"name": "team-a", **body})
    assert r.status_code == 201, r.text
    created: dict[str, Any] = r.json()
    return created


def chat(
    http: httpx.Client, gw: RunningGateway, secret: str, model: str = "chat-small"
) -> httpx.Response:
    return http.post(
        f"{gw.base_url}/chat/completions",
        headers={"authorization": f"Bearer {secret}"},
        json={"model": model, "messages": MSG},
    )


def error_code(r: httpx.Response) -> str | None:
    code: str | None = r.json()["error"]["code"]
    return code


# -- creation and use ------------------------------------------------------------------------


def test_key_from_the_admin_api_works_at_once_and_sees_only_its_models(
    http: httpx.Client,
    any_db: str,
    gateway_factory: Callable[..., RunningGateway],
    upstream: FakeUpstream,
) -> None:
    gw = gateway_factory(config(upstream), DB_URL=any_db)
    key = create_key(http, gw, models=["chat-small", "mock"])
    client = openai.OpenAI(base_url=gw.base_url, api_key=key["key"], max_retries=0)

    # No wait: the admin write reaches this gateway's key directory before the answer.
    answer = client.chat.completions.create(model="chat-small", messages=MSG)
    assert answer.choices[0].message.content
    assert upstream.request_count == 1
    assert [m.id for m in client.models.list().data] == ["chat-small", "mock"]
    assert client.models.retrieve("mock").id == "mock"
    with pytest.raises(openai.NotFoundError):
        client.models.retrieve("chat-large")
    with pytest.raises(openai.PermissionDeniedError) as denied:
        client.chat.completions.create(model="chat-large", messages=MSG)
    assert denied.value.code == "model_not_allowed"
    assert upstream.request_count == 1  # refused before any upstream call
    master = openai.OpenAI(base_url=gw.base_url, api_key=MASTER_KEY, max_retries=0)
    assert [m.id for m in master.models.list().data] == ["chat-small", "chat-large", "mock"]


def test_key_written_to_the_store_starts_working_within_the_sync_interval(
    http: httpx.Client,
    any_db: str,
    gateway_factory: Callable[..., RunningGateway],
    upstream: FakeUpstream,
) -> None:
    gw = gateway_factory(config(upstream), DB_URL=any_db)
    engine = create_engine(any_db)
    try:
        store = KeyStore(engine)
        secret, record = store.create_key("from-the-cli", models=["chat-small"])
        started = time.monotonic()
        wait_for(lambda: chat(http, gw, secret).status_code == 200, "the new key to work")
        # One sync interval, plus the time a sync and a request take on a loaded machine.
        assert time.monotonic() - started < SYNC_INTERVAL + 2.0
        assert chat(http, gw, secret, "chat-large").status_code == 403  # its settings came along

        # Another process rotates, then revokes: this one follows at its next sync.
        new_secret, _ = store.rotate_key(record.id)
        wait_for(lambda: chat(http, gw, new_secret).status_code == 200, "the new secret")
        assert chat(http, gw, secret).status_code == 401
        store.revoke_key(record.id)
        secret = new_secret
        wait_for(lambda: chat(http, gw, secret).status_code == 401, "the revoked key to fail")
    finally:
        engine.dispose()


def test_unknown_keys_are_refused(
    http: httpx.Client, gw: RunningGateway, upstream: FakeUpstream
) -> None:
    real = create_key(http, gw)["key"]
    wrong = [
        "sk-lmops-",
        "sk-lmops-garbage",
        "sk-lmops-" + "A" * 43,  # the right shape, never issued
        real[:-1] + ("A" if real[-1] != "A" else "B"),  # one character off a real key
        real + "x",
        f"{MASTER_KEY}x",
        "not-a-key-at-all",
    ]
    for token in wrong:
        r = chat(http, gw, token)
        assert r.status_code == 401, token
        assert error_code(r) == "invalid_api_key"
    no_header = http.post(
        f"{gw.base_url}/chat/completions", json={"model": "chat-small", "messages": MSG}
    )
    assert no_header.status_code == 401
    assert upstream.request_count == 0
    assert chat(http, gw, real).status_code == 200


# -- revoke, rotate, expire --------------------------------------------------------------------


def test_revoke_and_rotate_take_effect_at_once(
    http: httpx.Client, gw: RunningGateway, upstream: FakeUpstream
) -> None:
    key = create_key(http, gw)
    old = key["key"]
    assert chat(http, gw, old).status_code == 200
    rotated = admin(http, gw, "POST", f"/keys/{key['id']}/rotate")
    assert rotated.status_code == 200, rotated.text
    new = rotated.json()["key"]
    assert new != old and rotated.json()["id"] == key["id"]
    refused = chat(http, gw, old)
    assert (refused.status_code, error_code(refused)) == (401, "invalid_api_key")
    assert chat(http, gw, new).status_code == 200

    assert admin(http, gw, "POST", f"/keys/{key['id']}/revoke").status_code == 200
    for secret in (old, new):
        r = chat(http, gw, secret)
        assert (r.status_code, error_code(r)) == (401, "invalid_api_key")
    assert upstream.request_count == 2


def test_expired_key_is_refused_with_key_expired(
    http: httpx.Client, gw: RunningGateway, store: KeyStore
) -> None:
    past = datetime.now(UTC) - timedelta(minutes=1)
    expired_secret, expired = store.create_key("old", expires_at=past)
    live_secret, _ = store.create_key("live")
    # Both keys land in the same sync: once the live one works, the expired one is known too.
    wait_for(lambda: chat(http, gw, live_secret).status_code == 200, "the store's keys to sync")
    r = chat(http, gw, expired_secret)
    assert (r.status_code, error_code(r)) == (401, "key_expired")

    # A key that expires while in use: the admin API changes it, the gateway refuses at once.
    key = create_key(http, gw, name="short-lived")
    assert chat(http, gw, key["key"]).status_code == 200
    store.update_key(key["id"], expires_at=datetime.now(UTC) - timedelta(seconds=1))
    r = wait_for(
        lambda: (resp := chat(http, gw, key["key"])).status_code == 401 and resp,
        "the key's expiry to sync",
    )
    assert error_code(r) == "key_expired"
    assert admin(http, gw, "GET", f"/keys/{expired.id}").json()["status"] == "expired"


# -- model access and teams --------------------------------------------------------------------


def test_team_models_restrict_every_key_of_the_team(http: httpx.Client, gw: RunningGateway) -> None:
    team = create_team(http, gw, models=["chat-small"])
    free = create_key(http, gw, name="free", team=team["id"])
    wide = create_key(http, gw, name="wide", team=team["id"], models=["chat-small", "chat-large"])
    for key in (free, wide):
        assert chat(http, gw, key["key"]).status_code == 200
        r = chat(http, gw, key["key"], "chat-large")  # the key allows it, the team does not
        assert (r.status_code, error_code(r)) == (403, "model_not_allowed")
        models = http.get(
            f"{gw.base_url}/models", headers={"authorization": f"Bearer {key['key']}"}
        ).json()
        assert [m["id"] for m in models["data"]] == ["chat-small"]

    widened = admin(http, gw, "PATCH", f"/teams/{team['id']}", json={"models": None})
    assert widened.status_code == 200  # the team widens: its keys follow at once
    assert chat(http, gw, free["key"], "chat-large").status_code == 200
    assert chat(http, gw, wide["key"], "mock").status_code == 403  # the key's own list still holds


def test_key_info_is_the_callers_own(http: httpx.Client, gw: RunningGateway) -> None:
    team = create_team(
        http, gw, models=["chat-small", "mock"], budget_usd=50, budget_period="monthly"
    )
    key = create_key(http, gw, name="alice", team=team["id"], models=["chat-small", "chat-large"],
                     rpm=60, budget_usd=5, budget_period="daily")  # fmt: skip
    other = create_key(http, gw, name="bob")
    assert chat(http, gw, key["key"]).status_code == 200

    def info(secret: str, header: str = "authorization") -> dict[str, Any]:
        value = f"Bearer {secret}" if header == "authorization" else secret
        r = http.get(f"{gw.base_url}/key/info", headers={header: value})
        assert r.status_code == 200, r.text
        found: dict[str, Any] = r.json()
        return found

    mine = info(key["key"], "x-api-key")
    assert (mine["kind"], mine["id"]) == ("key", key["id"])
    assert mine["models"] == ["chat-small"]  # the key's list within the team's
    assert mine["key"]["name"] == "alice" and mine["key"]["rpm"] == 60
    assert mine["budget"]["max_usd"] == 5 and mine["budget"]["period"] == "daily"
    assert mine["team"] == {"id": team["id"], "name": "team-a"}
    assert mine["team_budget"]["max_usd"] == 50
    assert key["key"] not in str(mine) and other["id"] not in str(mine)  # no secret, no other key
    assert info(other["key"])["budget"] is None and "team" not in info(other["key"])
    assert info(MASTER_KEY) == {"kind": "master", "id": "master",
                                "models": ["chat-small", "chat-large", "mock"]}  # fmt: skip
    refused = http.get(f"{gw.base_url}/key/info", headers={"x-api-key": "sk-nope"})
    assert (refused.status_code, error_code(refused)) == (401, "invalid_api_key")


def test_deleting_a_team_stops_its_keys(http: httpx.Client, gw: RunningGateway) -> None:
    team = create_team(http, gw)
    member = create_key(http, gw, name="member", team=team["id"])
    loner = create_key(http, gw, name="loner")
    assert chat(http, gw, member["key"]).status_code == 200
    assert admin(http, gw, "DELETE", f"/teams/{team['id']}").status_code == 200
    r = chat(http, gw, member["key"])
    assert (r.status_code, error_code(r)) == (401, "invalid_api_key")
    assert chat(http, gw, loner["key"]).status_code == 200


# -- the secret stays secret ---------------------------------------------------------------------


def test_the_secret_is_never_logged_or_shown_again(
    http: httpx.Client,
    gw: RunningGateway,
    sqlite_db: str,
    upstream: FakeUpstream,
    capfd: pytest.CaptureFixture[str],
) -> None:
    with capture_logs() as logs:
        team = create_team(http, gw)
        key = create_key(http, gw, team=team["id"], models=["chat-small"], metadata={"app": "x"})
        secret = key["key"]
        assert secret.startswith("sk-lmops-") and key["key_prefix"] == secret[:13]
        ok = chat(http, gw, secret)
        denied = chat(http, gw, secret, "chat-large")
        stream = http.post(
            f"{gw.base_url}/chat/completions",
            headers={"authorization": f"Bearer {secret}"},
            json={"model": "chat-small", "messages": MSG, "stream": True},
        )
        assert (ok.status_code, denied.status_code, stream.status_code) == (200, 403, 200)
        views = [
            admin(http, gw, "GET", "/keys"),
            admin(http, gw, "GET", "/keys", params={"include_revoked": True}),
            admin(http, gw, "GET", f"/keys/{key['id']}"),
            admin(http, gw, "GET", f"/keys/{key['name']}"),
            admin(http, gw, "GET", f"/teams/{team['id']}"),
            admin(http, gw, "GET", "/spend", params={"by": "key"}),
            admin(http, gw, "PATCH", f"/keys/{key['id']}", json={"rpm": 100}),
            admin(http, gw, "POST", f"/keys/{key['id']}/revoke"),
        ]
        assert chat(http, gw, secret).status_code == 401  # the revoked secret, tried again
        gw.stop()  # flushes the request log

    for view in views:
        assert view.status_code == 200, view.text
        assert secret not in view.text
        assert hash_key(secret) not in view.text
    assert '"key":' not in views[2].text  # the detail view has no secret field at all
    forwarded = [r for r in upstream.requests if secret in r.raw_body.decode() + str(r.headers)]
    assert forwarded == []  # the upstream sees the gateway's credential, never the caller's
    engine = create_engine(sqlite_db)
    try:
        rows = query_requests(engine, limit=100)
    finally:
        engine.dispose()
    assert sorted(r.status_code for r in rows) == [200, 200, 401, 403]
    assert {r.key_id for r in rows if r.status_code != 401} == {key["id"]}
    # log_bodies is on: the bodies read are there (a 401 reads none), the key is not.
    assert all(r.request_body for r in rows if r.status_code != 401)
    assert all(secret not in repr(r) for r in rows)
    assert logs, "the gateway logged nothing: the capture is not working"
    assert all(secret not in repr(event) for event in logs)
    printed = capfd.readouterr()  # anything logged outside structlog (stdlib, uvicorn)
    assert secret not in printed.out + printed.err
