from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from lmops.store.db import create_engine, migrate
from tests.conftest_store import BACKENDS, database_url


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database on each backend (PostgreSQL skipped without LMOPS_TEST_DATABASE_URL)."""
    with database_url(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def bare_engine(db_url: str) -> Iterator[sa.Engine]:
    """An engine on an empty, unmigrated database."""
    engine = create_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def engine(bare_engine: sa.Engine) -> sa.Engine:
    """An engine on a database migrated to head."""
    migrate(bare_engine)
    return bare_engine
