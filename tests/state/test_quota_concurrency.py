"""Limits hold exactly under concurrency: two Redis clients (as two gateway processes), asyncio."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import AsyncIterator

import pytest
import redis

from lmops.state import (
    Admission,
    Budget,
    BudgetAlert,
    MemoryQuotaStore,
    QuotaStore,
    RateLimit,
)
from lmops.state.redis import RedisQuotaStore
from tests.conftest_redis import redis_prefix, redis_url_or_skip


@pytest.fixture
async def replicas() -> AsyncIterator[tuple[RedisQuotaStore, RedisQuotaStore]]:
    """Two stores with their own connection pools on one Redis, like two gateway processes."""
    url = redis_url_or_skip()
    with redis_prefix(url) as prefix:
        first = RedisQuotaStore.from_url(url, prefix=prefix)
        second = RedisQuotaStore.from_url(url, prefix=prefix)
        try:
            yield first, second
        finally:
            await first.close()
            await second.close()


def _admission(
    i: int, limits: tuple[RateLimit, ...], budgets: tuple[Budget, ...] = ()
) -> Admission:
    return Admission(f"req-{i}", limits, 50, budgets, 0.05 if budgets else 0.0)


async def _rpm_storm(stores: list[QuotaStore], requests: int, rpm: int) -> int:
    limits = (RateLimit("key:storm", rpm=rpm), RateLimit("team:storm", rpm=10 * rpm))
    decisions = await asyncio.gather(
        *(stores[i % len(stores)].admit(_admission(i, limits)) for i in range(requests))
    )
    refused = [d for d in decisions if not d.allowed]
    assert all(d.reason == "rpm" and d.scope == "key:storm" for d in refused)
    return sum(d.allowed for d in decisions)


@pytest.mark.redis
async def test_two_replicas_admit_exactly_the_rpm(
    replicas: tuple[RedisQuotaStore, RedisQuotaStore],
) -> None:
    assert await _rpm_storm(list(replicas), 180, 60) == 60
    # And the team window holds exactly the 60 that passed, not the 120 refused by the key.
    team = RateLimit("team:storm", rpm=61)
    assert (await replicas[0].admit(_admission(0, (team,)))).allowed
    assert not (await replicas[1].admit(_admission(1, (team,)))).allowed


async def test_memory_store_admits_exactly_the_rpm_under_gather() -> None:
    assert await _rpm_storm([MemoryQuotaStore()], 180, 60) == 60


async def _budget_storm(stores: list[QuotaStore], budget: Budget) -> tuple[int, float]:
    """50 concurrent admit + settle, watched: spent + reserved never passes the maximum."""
    rng = random.Random(7)
    costs = [rng.uniform(0.04, 0.05) for _ in range(50)]
    seen: list[float] = []
    done = asyncio.Event()

    async def watch() -> None:
        while not done.is_set():
            status = await stores[0].budget_status(budget)
            seen.append(status.spent + status.reserved)
            await asyncio.sleep(0)

    async def one(i: int) -> float:
        store = stores[i % len(stores)]
        decision = await store.admit(_admission(i, (), (budget,)))
        if decision.ticket is None:
            assert decision.reason == "budget"
            return 0.0
        await asyncio.sleep(rng.random() * 0.005)  # the upstream call
        await store.settle(decision.ticket, 10, costs[i])
        return costs[i]

    watcher = asyncio.create_task(watch())
    spent = await asyncio.gather(*(one(i) for i in range(50)))
    done.set()
    await watcher
    assert seen and max(seen) <= budget.max_usd + 1e-9
    passed = sum(1 for cost in spent if cost)
    return passed, sum(spent)


@pytest.mark.redis
async def test_two_replicas_never_overspend_a_budget(
    replicas: tuple[RedisQuotaStore, RedisQuotaStore],
) -> None:
    budget = Budget("key:money", 0.50, "total")
    passed, spent = await _budget_storm(list(replicas), budget)
    status = await replicas[1].budget_status(budget)
    assert status.reserved == 0
    assert status.spent == pytest.approx(spent, abs=1e-6)
    assert status.spent <= 0.50
    assert passed >= 10  # at least as many as the reservations alone allow


async def test_memory_store_never_overspends_a_budget() -> None:
    budget = Budget("key:money", 0.50, "total")
    store = MemoryQuotaStore()
    passed, spent = await _budget_storm([store], budget)
    status = await store.budget_status(budget)
    assert (status.reserved, status.spent) == (0.0, pytest.approx(spent, abs=1e-6))
    assert status.spent <= 0.50 and passed >= 10


@pytest.mark.redis
async def test_soft_alert_fires_once_across_replicas(
    replicas: tuple[RedisQuotaStore, RedisQuotaStore],
) -> None:
    budget = Budget("team:alert", 100.0, "daily", soft_fraction=0.1)

    async def one(i: int) -> tuple[BudgetAlert, ...]:
        store = replicas[i % 2]
        decision = await store.admit(Admission(f"r{i}", (), 1, (budget,), 1.0))
        assert decision.ticket is not None
        return await store.settle(decision.ticket, 1, 1.0)

    alerts = [a for batch in await asyncio.gather(*(one(i) for i in range(40))) for a in batch]
    assert len(alerts) == 1
    assert alerts[0].spent >= 10.0


# -- CPU cost --------------------------------------------------------------------------------

ITERATIONS = 2000


async def _cpu_per_pair(store: QuotaStore) -> float:
    """Client CPU seconds per admit + settle with a key, a team, a group and two budgets."""
    limits = (
        RateLimit("key:cpu", rpm=10**9, tpm=10**12, max_parallel=100),
        RateLimit("team:cpu", rpm=10**9, tpm=10**12),
        RateLimit("group:chat-small", rpm=10**9),
    )
    budgets = (Budget("key:cpu", 10**9, "monthly"), Budget("global", 10**9, "total"))
    admission = Admission("req", limits, 500, budgets, 0.01)
    for _ in range(50):  # warm up (script load, connections)
        decision = await store.admit(admission)
        assert decision.ticket is not None
        await store.settle(decision.ticket, 300, 0.008)
    start = time.process_time()
    for _ in range(ITERATIONS):
        decision = await store.admit(admission)
        assert decision.ticket is not None
        await store.settle(decision.ticket, 300, 0.008)
    return (time.process_time() - start) / ITERATIONS


async def test_memory_cpu_per_admit_and_settle() -> None:
    per_pair = await _cpu_per_pair(MemoryQuotaStore())
    print(f"memory: {per_pair * 1e6:.1f} us CPU per admit + settle")
    assert per_pair < 500e-6


@pytest.mark.redis
async def test_redis_cpu_per_admit_and_settle() -> None:
    url = redis_url_or_skip()
    with redis_prefix(url) as prefix:
        store = RedisQuotaStore.from_url(url, prefix=prefix)
        server = redis.Redis.from_url(url)
        try:
            before = _server_cpu(server)
            per_pair = await _cpu_per_pair(store)
            server_per_pair = (_server_cpu(server) - before) / (ITERATIONS + 50)
        finally:
            server.close()
            await store.close()
    print(
        f"redis: {per_pair * 1e6:.1f} us client CPU, "
        f"{server_per_pair * 1e6:.1f} us server CPU per admit + settle"
    )
    assert per_pair < 2000e-6


def _server_cpu(client: redis.Redis) -> float:
    info = client.info("cpu")
    return float(info["used_cpu_user"]) + float(info["used_cpu_sys"])
