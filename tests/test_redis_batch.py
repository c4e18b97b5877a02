"""Automatic pipelining: one round trip per event-loop turn, each caller its own reply."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
from redis.asyncio import Redis
from redis.exceptions import ResponseError

from lmops.redis_batch import CommandBatcher
from tests.conftest_redis import redis_prefix, redis_url_or_skip

pytestmark = pytest.mark.redis


class CountingRedis(Redis):
    pipelines = 0

    def pipeline(self, *args: Any, **kwargs: Any) -> Any:
        type(self).pipelines += 1
        return super().pipeline(*args, **kwargs)


@pytest.fixture
async def client() -> AsyncIterator[tuple[CountingRedis, str]]:
    url = redis_url_or_skip()
    with redis_prefix(url) as prefix:
        redis = CountingRedis.from_url(url)
        CountingRedis.pipelines = 0
        yield redis, prefix
        await redis.aclose()


async def test_commands_of_one_turn_share_one_pipeline(client: tuple[CountingRedis, str]) -> None:
    redis, prefix = client
    batcher = CommandBatcher(redis)
    replies = await asyncio.gather(*(batcher.execute("INCR", f"{prefix}n") for _ in range(50)))
    assert sorted(replies) == list(range(1, 51))
    assert CountingRedis.pipelines == 1
    assert await batcher.execute("GET", f"{prefix}n") == b"50"
    assert CountingRedis.pipelines == 2


async def test_an_error_reaches_only_its_caller(client: tuple[CountingRedis, str]) -> None:
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


async def test_a_script_the_server_lost_is_loaded_again(client: tuple[CountingRedis, str]) -> None:
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
