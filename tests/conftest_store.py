"""Helpers shared by the store and ``lmops logs`` tests: backends and record factories.

Plain functions and context managers (not fixtures) so that test packages in different folders
can build their own fixtures from them without a shared conftest.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pytest
import sqlalchemy as sa

from bench.replicas import fresh_schema
from lmops.store.request_log import RequestRecord

POSTGRES_ENV = "LMOPS_TEST_DATABASE_URL"
BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
]
BASE_TIME = 1_700_000_000.0


def postgres_url_or_skip() -> str:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f"{POSTGRES_ENV} not set")
    return url


def postgres_schema_url(base_url: str) -> AbstractContextManager[str]:
    """A URL whose connections use a fresh, empty schema, dropped afterwards."""
    return fresh_schema(base_url, "lmops_test")


@contextmanager
def migrated_engine(backend: str, tmp_path: Path) -> Iterator[sa.Engine]:
    """An engine on a database of ``backend`` migrated to head, disposed afterwards."""
    from lmops.store.db import create_engine, migrate

    with database_url(backend, tmp_path) as url:
        engine = create_engine(url)
        migrate(engine)
        yield engine
        engine.dispose()


@contextmanager
def database_url(backend: str, tmp_path: Path) -> Iterator[str]:
    """A URL for an empty database of ``backend`` ("sqlite" or "postgres")."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'store' / 'lmops.db'}"
        return
    with postgres_schema_url(postgres_url_or_skip()) as url:
        yield url


def make_record(n: int, **overrides: object) -> RequestRecord:
    """A plausible record; ``n`` makes the id unique and orders ``created_at``."""
    values: dict[str, object] = {
        "id": f"req{n:029d}",
        "created_at": BASE_TIME + n,
        "principal": "key-alice",
        "endpoint": "chat",
        "model_group": "mock",
        "deployment": "mock/mock/mock@mock",
        "status_code": 200,
        "error_type": None,
        "latency_ms": 12.5,
        "ttft_ms": None,
        "prompt_tokens": 10,
        "completion_tokens": 20,
        "streamed": False,
    }
    values.update(overrides)
    return RequestRecord(**values)  # type: ignore[arg-type]
