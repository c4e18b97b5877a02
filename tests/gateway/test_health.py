"""``/health/ready`` means "this process can serve": the shared stores are reported beside it,
never a reason for a 503 (an orchestrator would pull every replica at once)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from lmops.config import Config, parse_config
from lmops.gateway.app import create_app
from tests.cli.test_serve import free_port
from tests.conftest_redis import redis_prefix, redis_url_or_skip


def mock_config(database_url: str, settings: str = "") -> Config:
    text = f"""
models:
  - name: mock
    provider: mock
settings:
  auth: none
  database_url: "{database_url}"
{settings}
"""
    return parse_config(text, environ={})


@contextmanager
def served(config: Config, *, migrate: bool = True) -> Iterator[TestClient]:
    with TestClient(create_app(config, migrate=migrate)) as client:
        yield client


def test_ready_with_every_store_reachable(tmp_path: Path) -> None:
    with served(mock_config(f"sqlite:///{tmp_path}/ok.db")) as client:
        ready = client.get("/health/ready")
    assert ready.status_code == 200
    assert ready.json() == {"status": "ok", "store": True, "redis": None}


def test_ready_while_the_database_is_unreachable_and_requests_are_served() -> None:
    closed = free_port()  # nothing listens there
    config = mock_config(f"postgresql://postgres@127.0.0.1:{closed}/lmops")
    with served(config, migrate=False) as client:
        # Served; not a chat here: its record would keep the writer retrying at shutdown.
        assert client.get("/v1/models").status_code == 200
        ready = client.get("/health/ready")
    assert ready.status_code == 200
    assert ready.json() == {"status": "degraded", "store": False, "redis": None}


@pytest.mark.redis
def test_redis_is_reported_beside_readiness(tmp_path: Path) -> None:
    url = redis_url_or_skip()
    with redis_prefix(url) as prefix:
        settings = f'  redis_url: "{url}"\n  redis_prefix: "{prefix}"'
        with served(mock_config(f"sqlite:///{tmp_path}/a.db", settings)) as client:
            ready = client.get("/health/ready")
    assert ready.status_code == 200
    assert ready.json() == {"status": "ok", "store": True, "redis": True}
    closed = f'  redis_url: "redis://127.0.0.1:{free_port()}/0"'
    with served(mock_config(f"sqlite:///{tmp_path}/b.db", closed)) as client:
        ready = client.get("/health/ready")
    assert ready.status_code == 200
    assert ready.json() == {"status": "degraded", "store": True, "redis": False}
