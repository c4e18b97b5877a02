"""Automatic pipelining: one round trip per event-loop turn, each caller its own reply."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import uvloop
from redis.asyncio import ConnectionPool, Redis
from redis.asyncio.connection import Connection
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import ResponseError
from structlog.testing import capture_logs

from lmops.redis_batch import CommandBatcher
from tests.conftest_redis import redis_prefix, redis_url_or_skip
from tests.private_redis import PrivateRedis, private_redis

pytestmark = pytest.mark.redis


class CountingConnection(Connection):
    writes = 0

    async def send_packed_command(self, *args: Any, **kwargs: Any) -> None:
        type(self).writes += 1
        await super().send_packed_command(*args, **kwargs)


@pytest.fixture
async def client() -> AsyncIterator[tuple[Redis, str]]:
    url = redis_url_or_skip()
    with redis_prefix(url) as prefix:
        # One immediate retry on a connection error, as the gateway's own client has.
        redis = Redis.from_url(
            url, connection_class=CountingConnection, retry=Retry(NoBackoff(), 1)
        )
        CountingConnection.writes = 0
        yield redis, prefix
        await redis.aclose()


async def test_commands_of_one_turn_share_one_round_trip(client: tuple[Redis, str]) -> None:
    redis, prefix = client
    batcher = CommandBatcher(redis)
    assert await batcher.execute("PING")  # connected (its handshake writes too)
    CountingConnection.writes = 0
    replies = await asyncio.gather(*(batcher.execute("INCR", f"{prefix}n") for _ in range(50)))
    assert sorted(replies) == list(range(1, 51))
    assert CountingConnection.writes == 1
    assert await batcher.execute("GET", f"{prefix}n") == b"50"
    assert CountingConnection.writes == 2


async def test_arguments_arrive_as_redis_py_would_send_them(client: tuple[Redis, str]) -> None:
    redis, prefix = client
    batcher = CommandBatcher(redis)
    binary = bytes(range(256)) + b"\r\n$3\r\n" * 1000  # protocol bytes inside a value
    values: list[Any] = [binary, "ünïcode\r\n", 12, -7, 10**30, 0.5, 1e-9, memoryview(b"mv")]
    keys = [f"{prefix}v{i}" for i in range(len(values))]
    await asyncio.gather(*(batcher.execute("SET", k, v) for k, v in zip(keys, values, strict=True)))
    expected = [await redis.get(k) for k in keys]
    for key, value in zip(keys, values, strict=True):
        await redis.set(key, value)  # redis-py's own encoding, for comparison
    assert expected == [await redis.get(k) for k in keys]
    # Anything else fails its own caller only, as it is queued.
    good = batcher.submit("INCR", f"{prefix}n")
    with pytest.raises(TypeError):
        batcher.submit("SET", f"{prefix}b", True)
    assert await good == 1


async def test_a_timeout_mid_exchange_never_leaves_replies_behind(
    client: tuple[Redis, str],
) -> None:
    redis, prefix = client
    batcher = CommandBatcher(redis, max_in_flight=1, timeout=0.2)
    # Blocks this connection only, and answers (nil) after half a second: after the timeout.
    with pytest.raises(TimeoutError):
        await batcher.execute("BLPOP", f"{prefix}empty", 0.5)
    # Had the connection gone back to the pool, this would queue behind the BLPOP there and
    # read its late nil.
    assert await batcher.execute("INCRBY", f"{prefix}m", 5) == 5


async def test_an_error_reaches_only_its_caller(client: tuple[Redis, str]) -> None:
    redis, prefix = client
    batcher = CommandBatcher(redis)
    await redis.set(f"{prefix}text", "not a number")
    ok, bad = await asyncio.gather(
        batcher.execute("INCR", f"{prefix}n"),
        batcher.execute("INCR", f"{prefix}text"),
        return_exceptions=True,
    )
    assert ok == 1
    assert isinstance(bad, ResponseError)


async def test_an_unreachable_server_fails_every_caller() -> None:
    redis = Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=0.5)
    batcher = CommandBatcher(redis)
    results = await asyncio.gather(
        batcher.execute("GET", "a"), batcher.execute("GET", "b"), return_exceptions=True
    )
    assert all(isinstance(r, Exception) for r in results)
    await redis.aclose()


# -- a restarted server, a busy event loop, an outage (a private redis-server) -----------------


@pytest.fixture
def server(tmp_path: Path) -> Iterator[PrivateRedis]:
    with private_redis(tmp_path) as redis_server:
        yield redis_server


def pooled(url: str, size: int = 16) -> Redis:
    """A client as the quota store builds one: a bounded pool, one immediate retry."""
    pool = ConnectionPool.from_url(url, max_connections=size, retry=Retry(NoBackoff(), 1))
    return Redis.from_pool(pool)


def script_loads(server: PrivateRedis) -> int:
    stats = server.client().info("commandstats")
    return int(stats.get("cmdstat_script|load", {}).get("calls", 0))


async def test_a_script_the_server_lost_is_loaded_once_for_every_caller(
    server: PrivateRedis,
) -> None:
    redis = pooled(server.url)
    batcher = CommandBatcher(redis, max_in_flight=16, timeout=0.5)
    script = redis.register_script("return redis.call('INCRBY', KEYS[1], ARGV[1])")
    assert await batcher.run_script(script, ["s"], [1]) == 1
    server.client().script_flush()  # what a restart does to the scripts
    before = script_loads(server)
    # A burst larger than the pool, over several turns of the event loop.
    replies = []
    for _ in range(4):
        calls = [batcher.run_script(script, ["s"], [1]) for _ in range(50)]
        replies += await asyncio.gather(*calls)
    assert sorted(replies) == list(range(2, 202))
    assert script_loads(server) - before == 1
    await redis.aclose()


async def test_a_script_lost_twice_is_loaded_twice(server: PrivateRedis) -> None:
    redis = pooled(server.url)
    batcher = CommandBatcher(redis, timeout=0.5)
    script = redis.register_script("return redis.call('INCRBY', KEYS[1], ARGV[1])")
    for expected in (5, 10):
        server.client().script_flush()
        assert await batcher.run_script(script, ["s"], [5]) == expected
    await redis.aclose()


class LaggingConnection(Connection):
    """Blocks the event loop right after each write, as a burst of CPU work on a busy gateway
    does: the reply arrives meanwhile and waits to be read."""

    lag = 0.0

    async def send_packed_command(self, *args: Any, **kwargs: Any) -> None:
        await super().send_packed_command(*args, **kwargs)
        if type(self).lag:
            asyncio.get_running_loop().call_soon(time.sleep, type(self).lag)


async def lagging_exchange(url: str, prefix: str) -> list[Any]:
    redis = Redis.from_url(url, connection_class=LaggingConnection)
    batcher = CommandBatcher(redis, max_in_flight=1, timeout=0.1)
    try:
        assert await batcher.execute("PING")
        LaggingConnection.lag = 0.3  # three times the timeout, all of it the loop's
        first = await batcher.execute("INCR", f"{prefix}lag")
        # The second pipeline waits for the only slot while the first one's reply is late.
        one = batcher.submit("INCR", f"{prefix}lag")
        await asyncio.sleep(0)  # the next turn: another pipeline
        two = batcher.submit("INCR", f"{prefix}lag")
        return [first, *await asyncio.gather(one, two)]
    finally:
        LaggingConnection.lag = 0.0
        await redis.aclose()


@pytest.mark.parametrize(
    "loop_factory", [asyncio.new_event_loop, uvloop.new_event_loop], ids=["asyncio", "uvloop"]
)
def test_time_the_event_loop_spends_elsewhere_is_not_counted_as_redis_time(
    loop_factory: Callable[[], asyncio.AbstractEventLoop],
) -> None:
    url = redis_url_or_skip()
    with redis_prefix(url) as prefix, asyncio.Runner(loop_factory=loop_factory) as runner:
        assert runner.run(lagging_exchange(url, prefix)) == [1, 2, 3]


async def test_a_connection_the_server_dropped_is_replaced(server: PrivateRedis) -> None:
    redis = pooled(server.url)
    batcher = CommandBatcher(redis)
    assert await batcher.execute("INCR", "n") == 1
    server.client().client_kill_filter(_type="normal", skipme=True)
    # The pooled connection is dead; the batch is sent again on a new one, once.
    assert await batcher.execute("INCR", "n") == 2
    await redis.aclose()


async def test_a_silent_server_still_times_out(server: PrivateRedis) -> None:
    redis = pooled(server.url)
    batcher = CommandBatcher(redis, timeout=0.2)
    assert await batcher.execute("PING")
    await redis.execute_command("CLIENT", "PAUSE", 1000, "ALL")
    started = time.monotonic()
    with pytest.raises(TimeoutError):
        await batcher.execute("GET", "x")
    assert time.monotonic() - started < 0.6
    await redis.aclose()


async def test_an_outage_is_logged_once_when_it_starts_and_once_when_it_ends(
    server: PrivateRedis,
) -> None:
    redis = pooled(server.url)
    batcher = CommandBatcher(redis, timeout=0.5)
    with capture_logs() as logs:
        assert await batcher.execute("PING")
        server.stop()
        for _ in range(20):
            results = await asyncio.gather(
                *(batcher.execute("GET", "x") for _ in range(5)), return_exceptions=True
            )
            assert all(isinstance(r, Exception) for r in results)
        server.start()
        for _ in range(5):
            assert await batcher.execute("PING")
    events = [(e["event"], e["log_level"]) for e in logs]
    assert events == [("redis_unavailable", "warning"), ("redis_available", "info")]
    down, up = logs
    assert down["error"] == "ConnectionError"
    assert down["redis"] == f"127.0.0.1:{server.port}/0"
    assert up["failed_pipelines"] == 20
    await redis.aclose()
