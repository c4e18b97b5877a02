"""``/admin/models``: the catalog ``lmops models list`` and ``show`` print, over HTTP."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from lmops.config import parse_config
from lmops.gateway.admin import AdminServices
from lmops.store.db import create_engine, migrate
from lmops.store.keys import KeyStore
from tests.catalog.test_select import CONFIG, NOW, seed
from tests.gateway.test_admin_api import AUTH, MASTER, assert_error, client_for


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    engine = create_engine(f"sqlite:///{tmp_path / 'lmops.db'}")
    migrate(engine)
    seed(engine)
    services = AdminServices(
        keys=KeyStore(engine),
        engine=engine,
        master_key=MASTER,
        on_change=lambda k, t: None,
        config=parse_config(CONFIG),
        clock=lambda: NOW,
    )
    async with client_for(services, AUTH) as client:
        yield client
    engine.dispose()


async def test_the_catalog_over_http(client: httpx.AsyncClient) -> None:
    listed = (await client.get("/models", params={"window": "7d"})).json()
    shown = (await client.get("/models/slow")).json()
    day = (await client.get("/models", params={"window": "12h"})).json()
    priced = (await client.get("/models/gpt-4o")).json()
    assert [m["name"] for m in listed["data"]][:3] == ["fast", "smart", "slow"]
    fast = listed["data"][0]
    assert fast["stats"]["requests"] == 200 and fast["regions"] == ["eu-west-1"]
    assert fast["evals"][0]["mean_score"] == 0.8 and fast["compliance"] == ["eu"]
    assert shown["stats"]["p99_ms"] == pytest.approx(2500.0)
    assert shown["deployments"][0]["id"] == "slow/0"
    assert datetime.fromisoformat(shown["window"]["end"]) == NOW.astimezone(UTC)
    assert all(m["stats"] is None for m in day["data"])  # the traffic is a day old
    assert priced["configured"] is False and priced["input_cost_per_token"] == 2.5e-06


async def test_bad_windows_and_unknown_models_are_named(client: httpx.AsyncClient) -> None:
    assert_error(await client.get("/models", params={"window": "soon"}), 400, None)
    assert_error(await client.get("/models/nope"), 404, "model_not_found")
