"""The Redis quota store across a Redis restart (a private ``redis-server``): pooled connections
that died are replaced, the lost scripts are loaded once, and limits are exact at once."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from lmops.state import RateLimit
from lmops.state.redis import RedisQuotaStore
from tests.private_redis import PrivateRedis, private_redis
from tests.state.test_quota import ask


@pytest.fixture
def server(tmp_path: Path) -> Iterator[PrivateRedis]:
    with private_redis(tmp_path) as redis_server:
        yield redis_server


@pytest.fixture
async def store(server: PrivateRedis) -> AsyncIterator[RedisQuotaStore]:
    store = RedisQuotaStore.from_url(server.url, prefix="t:", timeout=0.5)
    yield store
    await store.close()


async def fill_the_pool(store: RedisQuotaStore) -> None:
    """Every connection of the pool opened and idle (as after a busy minute)."""
    await asyncio.gather(*(store.client.execute_command("BLPOP", "t:x", 0.05) for _ in range(16)))


async def test_connections_that_died_with_redis_are_replaced(
    server: PrivateRedis, store: RedisQuotaStore
) -> None:
    limit = RateLimit("key:a", rpm=1000)
    await fill_the_pool(store)
    assert (await store.admit(ask(limit))).allowed
    server.stop()
    server.start()
    # Each dead connection is dropped and its pipeline sent again on a fresh one.
    decisions = await asyncio.gather(*(store.admit(ask(limit)) for _ in range(50)))
    assert all(d.allowed for d in decisions)


async def test_a_burst_after_a_cold_restart_is_admitted_exactly(
    server: PrivateRedis, store: RedisQuotaStore
) -> None:
    limit = RateLimit("key:b", rpm=150)
    assert (await store.admit(ask(limit))).allowed
    server.stop()
    server.start()  # no keys, no scripts
    decisions = []
    for _ in range(4):  # over several turns of the event loop, more at once than the pool
        decisions += await asyncio.gather(*(store.admit(ask(limit)) for _ in range(50)))
    assert sum(d.allowed for d in decisions) == 150
    assert {d.reason for d in decisions if not d.allowed} == {"rpm"}
    stats = server.client().info("commandstats")
    assert stats["cmdstat_script|load"]["calls"] == 1
