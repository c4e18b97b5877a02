"""Redis restarted and Redis away, under two ``lmops serve`` replicas: no spurious 503, exact
limits again as soon as Redis is back, one log line per change (issue 10).

The Redis here is the test's own ``redis-server`` (the shared one is never stopped); the
replicas are started once for the module and each test uses its own model group.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest

from bench.fake_upstream import FakeUpstream
from tests.conftest_store import postgres_schema_url, postgres_url_or_skip
from tests.gateway.test_replicas import chat_body, client, eventually
from tests.private_redis import PrivateRedis, private_redis
from tests.replicas import MASTER, Replica, start_replicas, stop_replicas

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

AUTH = {"authorization": f"Bearer {MASTER}"}
BURST_RPM = 150  # of two bursts of 100, one per replica
EXACT_RPM = 30


@dataclass
class Faults:
    redis: PrivateRedis
    replicas: tuple[Replica, Replica]

    def restart_redis(self) -> None:
        """Kill it and start it again, cold: no keys, no scripts."""
        self.redis.stop()
        self.redis.start()


def faults_config(upstream_url: str, db_url: str, redis_url: str) -> str:
    models = "".join(
        f"""
  - name: {name}
    provider: openai
    api_base: {upstream_url}
    api_key: ${{UPSTREAM_API_KEY}}
    model: fake-model"""
        for name in ("load", "burst", "exact")
    )
    return f"""
models:{models}
settings:
  master_key: ${{LMOPS_MASTER_KEY}}
  database_url: "{db_url}"
  redis_url: "{redis_url}"
  graceful_timeout: 5
limits:
  groups:
    load:
      rpm: 1000000
    burst:
      rpm: {BURST_RPM}
    exact:
      rpm: {EXACT_RPM}
"""


@pytest.fixture(scope="module")
def faults(
    upstream_server: FakeUpstream, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Faults]:
    pg_url = postgres_url_or_skip()
    folder = tmp_path_factory.mktemp("redis-faults")
    with private_redis(folder) as redis, postgres_schema_url(pg_url) as db_url:
        config = faults_config(upstream_server.url, db_url, redis.url)
        a, b = start_replicas(folder, config, 2)
        try:
            yield Faults(redis, (a, b))
        finally:
            stop_replicas([a, b])


async def chat(http: httpx.AsyncClient, replica: Replica, group: str) -> httpx.Response:
    return await http.post(
        f"{replica.url}/v1/chat/completions", json=chat_body("hi", model=group), headers=AUTH
    )


def outcome(response: httpx.Response) -> str:
    if response.status_code == 200:
        return "200"
    code = response.json()["error"]["code"]
    return f"{response.status_code} {code}"


async def burst(http: httpx.AsyncClient, faults: Faults, group: str, each: int) -> Counter[str]:
    """``each`` concurrent requests on every replica at once; their outcomes counted."""
    calls = [chat(http, r, group) for r in faults.replicas for _ in range(each)]
    return Counter(outcome(r) for r in await asyncio.gather(*calls))


async def test_a_burst_right_after_a_cold_restart_gets_no_spurious_503(
    faults: Faults, upstream: FakeUpstream
) -> None:
    async with client() as http:
        for replica in faults.replicas:  # warm: scripts loaded, connections pooled
            assert (await chat(http, replica, "burst")).status_code == 200
        faults.restart_redis()
        outcomes = await burst(http, faults, "burst", 100)
    # The window restarted with Redis: exactly the limit of 200, the rest refused by it.
    assert outcomes == {"200": BURST_RPM, "429 rate_limit_exceeded": 200 - BURST_RPM}


async def test_redis_away_under_load_refuses_then_recovers_with_exact_limits(
    faults: Faults, upstream: FakeUpstream
) -> None:
    seen: Counter[str] = Counter()
    stop = asyncio.Event()

    async def load(http: httpx.AsyncClient, replica: Replica) -> None:
        while not stop.is_set():
            seen[outcome(await chat(http, replica, "load"))] += 1

    logged = [len(r.output()) for r in faults.replicas]
    async with client() as http:
        workers = [asyncio.create_task(load(http, r)) for r in faults.replicas for _ in range(4)]
        try:
            await eventually(lambda: _at_least(seen, "200", 20), 10, "load to flow")
            faults.redis.stop()
            await eventually(lambda: _at_least(seen, "503 limits_unavailable", 20), 10, "503s")
            faults.redis.start()
            back = time.monotonic()
            answered = seen["200"]
            await eventually(lambda: _at_least(seen, "200", answered + 8), 10, "recovery")
            recovery = time.monotonic() - back
        finally:
            stop.set()
            await asyncio.gather(*workers)
        # fail_closed: while Redis was away every request was refused, none failed otherwise.
        assert set(seen) == {"200", "503 limits_unavailable"}, seen
        assert recovery < 2.0, recovery
        outcomes = await burst(http, faults, "exact", EXACT_RPM)
    assert outcomes == {"200": EXACT_RPM, "429 rate_limit_exceeded": EXACT_RPM}
    for replica, start in zip(faults.replicas, logged, strict=True):
        output = replica.output()[start:]
        # One line when Redis went away and one when it came back, not one per request.
        assert output.count('"event": "redis_unavailable"') == 1, output
        assert output.count('"event": "redis_available"') == 1, output
        assert faults.redis.url not in output


async def _at_least(counts: Counter[str], key: str, n: int) -> bool:
    return counts[key] >= n
