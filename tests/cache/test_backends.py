"""Cached responses and the exact-cache stores: in-memory LRU and shared Redis."""

from __future__ import annotations

import socket
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path

import pytest
import redis.asyncio
from structlog.testing import capture_logs

from lmops.cache import CacheBackend, CachedResponse, CacheError, MemoryCache, RedisCache
from lmops.cache.redis import glob_escape
from tests.cli.test_serve import free_port
from tests.conftest_redis import redis_prefix, redis_url_or_skip
from tests.private_redis import private_redis


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def response(
    body: bytes = b'{"id":"x"}', *, model: str = "chat-small", stream: bool = False
) -> CachedResponse:
    return CachedResponse(body, stream, model, {"prompt_tokens": 3, "total_tokens": 5}, 1.5e9)


# -- CachedResponse ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        response(),
        response(bytes(range(256)) * 3),
        response(b""),
        CachedResponse(b"data: {}\n\n", True, "g\u00e9", None, 0.0),
        CachedResponse(b"\x00\x01", False, "g", {"nested": {"a": [1, 2.5]}}, 1_700_000_000.25),
    ],
)
def test_encode_decode_roundtrip(value: CachedResponse) -> None:
    decoded = CachedResponse.decode(value.encode())
    assert decoded == value
    assert type(decoded.body) is bytes


def test_encode_is_compact() -> None:
    value = response(b"x" * 10_000)
    assert len(value.encode()) < len(value.body) + 100


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x01\x00",
        b"\x02" + response().encode()[1:],  # another envelope version
        response().encode()[:8],  # truncated header
        b"\x01\x00\x00\x00\x02{}",  # header not a list
        b"\x01\x00\x00\x00\x0c[1,2,3,4,5]",  # wrong types
        b"\x01\x00\x00\x00\x03[1,",  # not JSON
    ],
)
def test_decode_refuses_anything_else(data: bytes) -> None:
    with pytest.raises(ValueError):
        CachedResponse.decode(data)


def test_sse_events_split_after_each_blank_line() -> None:
    body = (
        b'data: {"a":1}\n\n'
        b'data: {"b":2}\r\n\r\n'
        b": keep-alive\n\n"
        b"event: x\ndata: y\n\n"
        b"data: [DONE]\n\n"
        b"data: tail"
    )
    pieces = list(CachedResponse(body, True, "g", None, 0.0).sse_events())
    assert pieces == [
        b'data: {"a":1}\n\n',
        b'data: {"b":2}\r\n\r\n',
        b": keep-alive\n\n",
        b"event: x\ndata: y\n\n",
        b"data: [DONE]\n\n",
        b"data: tail",
    ]
    assert b"".join(pieces) == body


def test_sse_events_of_an_empty_or_unterminated_body() -> None:
    assert list(CachedResponse(b"", True, "g", None, 0.0).sse_events()) == []
    assert list(CachedResponse(b"data: 1\n", True, "g", None, 0.0).sse_events()) == [b"data: 1\n"]


# -- behaviour every backend shares ----------------------------------------------------------------


@pytest.fixture
async def memory() -> AsyncIterator[MemoryCache]:
    cache = MemoryCache(1 << 20)
    yield cache
    await cache.close()


@pytest.fixture
def redis_url() -> str:
    return redis_url_or_skip()


@pytest.fixture
def prefix(redis_url: str) -> Iterator[str]:
    with redis_prefix(redis_url) as p:
        yield p


@pytest.fixture
async def redis_cache(redis_url: str, prefix: str) -> AsyncIterator[RedisCache]:
    cache = RedisCache.from_url(redis_url, prefix=prefix)
    yield cache
    await cache.close()


@pytest.fixture
async def raw_redis(redis_url: str) -> AsyncIterator[redis.asyncio.Redis]:
    client = redis.asyncio.Redis.from_url(redis_url)
    yield client
    await client.aclose()


@pytest.fixture(params=["memory", pytest.param("redis", marks=pytest.mark.redis)])
def backend(request: pytest.FixtureRequest) -> CacheBackend:
    name = "redis_cache" if request.param == "redis" else "memory"
    cache: CacheBackend = request.getfixturevalue(name)
    return cache


async def test_get_returns_what_set_stored(backend: CacheBackend) -> None:
    assert await backend.get("k1") is None
    value = response(b"data: 1\n\n" * 1000, stream=True)
    await backend.set("k1", value, 60)
    assert await backend.get("k1") == value
    await backend.set("k1", response(b"second"), 60)
    got = await backend.get("k1")
    assert got is not None and got.body == b"second"


async def test_invalidate_by_key_model_and_all(backend: CacheBackend) -> None:
    for i in range(3):
        await backend.set(f"a{i}", response(model="alpha"), 60)
    for i in range(2):
        await backend.set(f"b{i}", response(model="beta"), 60)
    await backend.set("c0", response(model="gamma"), 60)

    assert await backend.invalidate(key="a0") == 1
    assert await backend.invalidate(key="a0") == 0
    assert await backend.get("a0") is None
    assert await backend.get("a1") is not None

    assert await backend.invalidate(model="alpha") == 2
    assert await backend.get("a1") is None and await backend.get("a2") is None
    assert await backend.get("b0") is not None
    assert await backend.invalidate(model="alpha") == 0

    assert await backend.invalidate() == 3
    assert [await backend.get(k) for k in ("b0", "b1", "c0")] == [None, None, None]
    assert await backend.invalidate() == 0


async def test_entries_set_after_a_model_invalidation_are_indexed_again(
    backend: CacheBackend,
) -> None:
    await backend.set("x", response(model="alpha"), 60)
    assert await backend.invalidate(model="alpha") == 1
    await backend.set("y", response(model="alpha"), 60)
    assert await backend.invalidate(model="alpha") == 1
    assert await backend.get("y") is None


async def test_argument_errors(backend: CacheBackend) -> None:
    with pytest.raises(ValueError):
        await backend.set("k", response(), 0)
    with pytest.raises(ValueError):
        await backend.set("k", response(), -1)
    with pytest.raises(ValueError):
        await backend.invalidate(key="k", model="m")


# -- MemoryCache -----------------------------------------------------------------------------------


async def test_memory_evicts_least_recently_used_by_bytes() -> None:
    cache = MemoryCache(80_000)
    value = response(b"x" * 9_000)  # about 9.3 kB each: eight fit under the bound, nine do not
    for i in range(1, 9):
        await cache.set(f"k{i}", value, 60)
    assert cache.entries == 8
    assert await cache.get("k1") is not None  # k1 is now the most recently used
    await cache.set("k9", value, 60)
    await cache.set("k10", value, 60)
    assert cache.size_bytes <= cache.max_bytes
    assert cache.entries == 8
    assert await cache.get("k1") is not None
    assert await cache.get("k2") is None
    assert await cache.get("k3") is None
    for i in range(4, 11):
        assert await cache.get(f"k{i}") is not None


async def test_memory_accounts_sizes() -> None:
    cache = MemoryCache(1 << 20)
    await cache.set("a", response(b"x" * 1000), 60)
    one = cache.size_bytes
    assert 1000 < one < 2000
    await cache.set("b", response(b"x" * 3000), 60)
    assert cache.size_bytes > one + 3000
    await cache.set("b", response(b"x" * 10), 60)  # replaced: the old size is released
    assert one < cache.size_bytes < 2 * one
    await cache.invalidate()
    assert (cache.entries, cache.size_bytes) == (0, 0)


async def test_memory_does_not_store_oversize_entries() -> None:
    cache = MemoryCache(80_000)
    await cache.set("big", response(b"x" * 10_001), 60)  # over an eighth of the bound
    assert await cache.get("big") is None
    assert (cache.entries, cache.size_bytes) == (0, 0)
    await cache.set("k", response(b"small"), 60)
    await cache.set("k", response(b"x" * 20_000), 60)  # a replacement too big: old one gone too
    assert await cache.get("k") is None
    assert cache.size_bytes == 0


async def test_memory_entries_expire_with_their_ttl() -> None:
    clock = Clock()
    cache = MemoryCache(1 << 20, clock=clock)
    await cache.set("short", response(), 10)
    await cache.set("long", response(), 100)
    clock.now += 9.9
    assert await cache.get("short") is not None
    clock.now += 0.1
    assert await cache.get("short") is None
    assert cache.entries == 1  # dropped when read
    assert await cache.get("long") is not None
    clock.now += 90
    assert await cache.invalidate() == 0  # an expired entry does not count as removed
    assert cache.entries == 0


async def test_memory_invalidate_counts_only_live_entries() -> None:
    clock = Clock()
    cache = MemoryCache(1 << 20, clock=clock)
    await cache.set("old", response(model="alpha"), 1)
    await cache.set("new", response(model="alpha"), 100)
    clock.now += 5
    assert await cache.invalidate(model="alpha") == 1
    assert cache.entries == 0


def test_memory_rejects_a_useless_bound() -> None:
    with pytest.raises(ValueError):
        MemoryCache(0)


# -- RedisCache ------------------------------------------------------------------------------------


@pytest.mark.redis
async def test_redis_sets_the_ttl(
    redis_cache: RedisCache, raw_redis: redis.asyncio.Redis, prefix: str
) -> None:
    await redis_cache.set("k", response(model="alpha"), 30)
    pttl = await raw_redis.pttl(f"{prefix}e:k")
    assert 29_000 < pttl <= 30_000
    index_ttl = await raw_redis.pttl(f"{prefix}m:alpha")
    assert 29_000 < index_ttl <= 30_000
    await redis_cache.set("k2", response(model="alpha"), 5)
    # A shorter entry never shortens the index: the longer one must stay invalidatable.
    assert await raw_redis.pttl(f"{prefix}m:alpha") > 29_000
    await redis_cache.set("k3", response(model="alpha"), 300)
    assert await raw_redis.pttl(f"{prefix}m:alpha") > 299_000


@pytest.mark.redis
async def test_redis_index_drops_members_whose_entries_expired(
    redis_cache: RedisCache, raw_redis: redis.asyncio.Redis, prefix: str
) -> None:
    index = f"{prefix}m:alpha"
    await raw_redis.zadd(index, {"long-gone": (time.time() - 60) * 1000})
    await redis_cache.set("k", response(model="alpha"), 30)
    assert await raw_redis.zrange(index, 0, -1) == [b"k"]


@pytest.mark.redis
async def test_redis_instances_share_entries(redis_url: str, prefix: str) -> None:
    first = RedisCache.from_url(redis_url, prefix=prefix)
    client = redis.asyncio.Redis.from_url(redis_url)
    second = RedisCache(client, prefix=prefix)
    try:
        value = response(b"shared")
        await first.set("k", value, 60)
        assert await second.get("k") == value
        assert await second.invalidate(model="chat-small") == 1
        assert await first.get("k") is None
    finally:
        await first.close()
        await second.close()
        assert await client.ping()  # a client passed in is the caller's to close
        await client.aclose()


@pytest.mark.redis
async def test_redis_undecodable_entry_is_a_miss(
    redis_cache: RedisCache, raw_redis: redis.asyncio.Redis, prefix: str
) -> None:
    await raw_redis.set(f"{prefix}e:k", b"\x07not an envelope")
    assert await redis_cache.get("k") is None


@pytest.mark.redis
async def test_redis_invalidate_all_stays_inside_its_prefix(
    redis_url: str, raw_redis: redis.asyncio.Redis, prefix: str
) -> None:
    # A prefix with glob characters: MATCH must take it literally.
    cache = RedisCache.from_url(redis_url, prefix=f"{prefix}a*:")
    try:
        await raw_redis.set(f"{prefix}ab:e:other", b"1")
        await raw_redis.set(f"{prefix}a*:unrelated", b"1")
        for i in range(1200):  # more than one UNLINK batch
            await cache.set(f"k{i}", response(model=f"m{i % 3}"), 60)
        assert await cache.invalidate() == 1200
        assert await raw_redis.exists(f"{prefix}ab:e:other") == 1
        assert await raw_redis.exists(f"{prefix}a*:unrelated") == 1
        assert await raw_redis.exists(f"{prefix}a*:m:m0") == 0
    finally:
        await cache.close()


def test_glob_escape() -> None:
    assert glob_escape("a*b?c[d]e\\f:") == "a\\*b\\?c\\[d\\]e\\\\f:"


def test_redis_refuses_a_decoding_client() -> None:
    with pytest.raises(ValueError):
        RedisCache(redis.asyncio.Redis(decode_responses=True))


def test_redis_bad_url_hides_the_password() -> None:
    with pytest.raises(CacheError) as info:
        RedisCache.from_url("mysql://user:hunter2@localhost/0")
    assert "hunter2" not in str(info.value)


async def _fails_fast(call: Callable[[], Awaitable[object]], limit: float) -> CacheError:
    started = time.monotonic()
    with pytest.raises(CacheError) as info:
        await call()
    assert time.monotonic() - started < limit
    return info.value


async def test_redis_unreachable_raises_cache_error_quickly() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    cache = RedisCache.from_url(f"redis://:hunter2@127.0.0.1:{port}/0", timeout=0.2)
    try:
        error = await _fails_fast(lambda: cache.get("k"), 1.0)
        assert "hunter2" not in str(error)
        await _fails_fast(lambda: cache.set("k", response(), 60), 1.0)
        await _fails_fast(lambda: cache.invalidate(), 1.0)
    finally:
        await cache.close()


async def test_redis_that_never_answers_times_out() -> None:
    # The kernel accepts the connection; nothing ever replies.
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(8)
        port = server.getsockname()[1]
        cache = RedisCache.from_url(f"redis://:hunter2@127.0.0.1:{port}/0", timeout=0.2)
        try:
            error = await _fails_fast(lambda: cache.get("k"), 1.5)
            assert "hunter2" not in str(error)
        finally:
            await cache.close()


# -- bytes: one entry's cap, Redis's maxmemory -------------------------------------------------


async def test_redis_does_not_store_an_entry_over_max_entry_bytes(
    redis_url: str, prefix: str, raw_redis: redis.asyncio.Redis
) -> None:
    skipped: list[None] = []
    cache = RedisCache(
        raw_redis, prefix=prefix, max_entry_bytes=2048, on_too_large=lambda: skipped.append(None)
    )
    await cache.set("big", response(b"x" * 4096), 30)
    assert await cache.set_soon("big2", response(b"x" * 4096), 30) is None
    await cache.set("small", response(b"x" * 1024), 30)
    assert len(skipped) == 2
    assert await cache.get("big") is None and await cache.get("big2") is None
    found = await cache.get("small")
    assert found is not None and found.body == b"x" * 1024
    assert await raw_redis.exists(f"{prefix}e:big", f"{prefix}e:big2") == 0


@pytest.mark.parametrize(
    ("maxmemory", "policy", "advised"),
    [
        (0, "noeviction", "maxmemory is unset"),
        (2**27, "noeviction", "refuses writes"),
        (2**27, "allkeys-lru", "may evict budget and rate-limit state"),
        (2**27, "volatile-ttl", "rate-limit windows"),
        (2**27, "volatile-lru", None),
        (2**27, "volatile-lfu", None),
    ],
)
async def test_redis_memory_settings_are_checked_at_start(
    tmp_path: Path, maxmemory: int, policy: str, advised: str | None
) -> None:
    with private_redis(tmp_path) as server:
        server.client().config_set("maxmemory", maxmemory)
        server.client().config_set("maxmemory-policy", policy)
        cache = RedisCache.from_url(server.url)
        with capture_logs() as logs:
            advice = await cache.check_memory()
        await cache.close()
    if advised is None:
        assert advice == () and logs == []
    else:
        assert len(advice) == 1 and advised in advice[0]
        assert [(e["event"], e["policy"]) for e in logs] == [("redis_memory_policy", policy)]


async def test_an_unreachable_redis_is_not_checked() -> None:
    cache = RedisCache.from_url(f"redis://127.0.0.1:{free_port()}/0", timeout=0.2)
    assert await cache.check_memory() == ()
    await cache.close()
