"""Automatic pipelining: one round trip per event-loop turn, each caller its own reply."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
from redis.asyncio import Redis
from redis.asyncio.connection import Connection
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import ResponseError

from lmops.redis_batch import CommandBatcher
from tests.conftest_redis import redis_prefix, redis_url_or_skip

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


async def test_a_connection_the_server_dropped_is_replaced(client: tuple[Redis, str]) -> None:
    redis, prefix = client
    batcher = CommandBatcher(redis)
    assert await batcher.execute("INCR", f"{prefix}n") == 1
    await Redis.from_url(redis_url_or_skip()).client_kill_filter(_type="normal", skipme=True)
    # The pooled connection is dead; the batch is sent again on a new one, once.
    assert await batcher.execute("INCR", f"{prefix}n") == 2


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


async def test_a_script_the_server_lost_is_loaded_again(client: tuple[Redis, str]) -> None:
    redis, prefix = client
    batcher = CommandBatcher(redis)
    script = redis.register_script("return redis.call('INCRBY', KEYS[1], ARGV[1])")
    await redis.script_flush()
    assert await batcher.run_script(script, [f"{prefix}s"], [5]) == 5
    assert await batcher.run_script(script, [f"{prefix}s"], [2]) == 7


async def test_an_unreachable_server_fails_every_caller() -> None:
    redis = Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=0.5)
    batcher = CommandBatcher(redis)
    results = await asyncio.gather(
        batcher.execute("GET", "a"), batcher.execute("GET", "b"), return_exceptions=True
    )
    assert all(isinstance(r, Exception) for r in results)
    await redis.aclose()
