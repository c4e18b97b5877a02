"""A key or team row the gateway cannot use must not stop it from starting (issue 10).

A budget of 1e308 stored before the admin API had bounds overflowed when the gateway seeded
budgets, and then no replica could start. The row is now left out, logged and counted, and
every other key works; on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
from prometheus_client.parser import text_string_to_metric_families
from structlog.testing import capture_logs

from bench.fake_upstream import FakeUpstream
from lmops.store.db import create_engine, migrate
from lmops.store.keys import KeyStore, Limits
from lmops.store.tables import teams, virtual_keys
from tests.conftest import MASTER_KEY, RunningGateway
from tests.conftest_store import BACKENDS, database_url

AUTH = {"authorization": f"Bearer {MASTER_KEY}"}


def _config(upstream: FakeUpstream) -> str:
    return f"""
models:
  - name: chat
    provider: openai
    api_base: {upstream.url}
    api_key: ${{UPSTREAM_API_KEY}}
    model: upstream-model
settings:
  master_key: ${{LMOPS_MASTER_KEY}}
  database_url: ${{DB_URL}}
"""


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with database_url(request.param, tmp_path) as url:
        yield url


def _chat(secret: str, gw: RunningGateway) -> httpx.Response:
    return httpx.post(
        f"{gw.base_url}/chat/completions",
        headers={"authorization": f"Bearer {secret}"},
        json={"model": "chat", "messages": [{"role": "user", "content": "hi"}]},
        timeout=30,
    )


def _unusable_rows(gw: RunningGateway) -> dict[str, float]:
    text = httpx.get(f"{gw.url}/metrics", timeout=30).text
    return {
        sample.labels["table"]: sample.value
        for family in text_string_to_metric_families(text)
        if family.name == "lmops_store_unusable_rows"
        for sample in family.samples
        if sample.name.endswith("_total")
    }


def test_a_gateway_starts_past_unusable_rows_and_counts_them(
    db_url: str, gateway_factory: Callable[..., RunningGateway], upstream: FakeUpstream
) -> None:
    engine = create_engine(db_url)
    try:
        migrate(engine)
        store = KeyStore(engine)
        good, _ = store.create_key("good", limits=Limits(budget_usd=5.0, budget_period="monthly"))
        bad, bad_key = store.create_key("huge-budget")
        team = store.create_team("broken-team")
        team_key, _ = store.create_key("in-broken-team", team=team.id)
        with engine.begin() as conn:
            # What POST /admin/keys accepted before it had bounds, and SQL by hand.
            conn.execute(
                virtual_keys.update()
                .where(virtual_keys.c.id == bad_key.id)
                .values(budget_usd=1e308, budget_period="monthly")
            )
            conn.execute(teams.update().where(teams.c.id == team.id).values(rpm=2**31 - 1))
    finally:
        engine.dispose()

    with capture_logs() as logs:
        gw = gateway_factory(_config(upstream), DB_URL=db_url)
    assert _chat(good, gw).status_code == 200
    for secret in (bad, team_key):
        refused = _chat(secret, gw)
        assert refused.status_code == 401, refused.text
    assert _unusable_rows(gw) == {"virtual_keys": 1.0, "teams": 1.0}
    skipped = [e for e in logs if e["event"] == "store_row_unusable"]
    assert sorted(e["id"] for e in skipped) == sorted([bad_key.id, team.id])
    assert all(bad not in str(e) and bad_key.key_hash not in str(e) for e in skipped)

    # The operator can see why (409) and revoke the key; nothing needs SQL.
    detail = httpx.get(f"{gw.url}/admin/keys/huge-budget", headers=AUTH, timeout=30)
    assert detail.status_code == 409 and detail.json()["error"]["code"] == "unusable_record"
    assert "budget_usd" in detail.json()["error"]["message"]
    revoked = httpx.post(f"{gw.url}/admin/keys/huge-budget/revoke", headers=AUTH, timeout=30)
    assert revoked.status_code == 200 and revoked.json()["status"] == "revoked"
    assert revoked.json()["budget_usd"] is None


def test_the_count_is_the_rows_not_the_reads(
    db_url: str, gateway_factory: Callable[..., RunningGateway], upstream: FakeUpstream
) -> None:
    """The directory reads every row again each minute: the counter must not grow with that."""
    engine = create_engine(db_url)
    try:
        migrate(engine)
        store = KeyStore(engine)
        _, bad_key = store.create_key("bad")
        with engine.begin() as conn:
            conn.execute(
                sa.update(virtual_keys).where(virtual_keys.c.id == bad_key.id).values(models=[""])
            )
        gw = gateway_factory(_config(upstream), DB_URL=db_url)
        for _ in range(3):
            store.list_keys()  # another process's reads count in that process only
            assert httpx.get(f"{gw.url}/admin/keys", headers=AUTH, timeout=30).json()["data"] == []
    finally:
        engine.dispose()
    assert _unusable_rows(gw) == {"virtual_keys": 1.0}
