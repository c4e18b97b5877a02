"""The shared exact cache: entries in Redis with a TTL, so every gateway replica sees them.

Bytes: an entry larger than ``max_entry_bytes`` is not stored (the caller is told, to count
it), so one huge answer cannot take Redis's memory. The total is bounded by Redis's own
``maxmemory``: :meth:`RedisCache.check_memory` reads it at start and warns when it is unset or
its policy could evict quota state or refuse writes. Without ``maxmemory`` the cache holds at
most what ``ttl`` seconds of answers add up to.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Final

import redis.asyncio
import structlog
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import RedisError

from lmops.cache.backends import (
    CachedResponse,
    CacheError,
    check_invalidate_args,
    check_set_args,
)
from lmops.redis_batch import CommandBatcher

__all__ = ["RedisCache", "glob_escape", "memory_advice", "redis_errors", "redis_from_url"]

log = structlog.get_logger("lmops.cache")

# Store the entry and index its key under its model group in one round trip. The index is a
# sorted set scored by expiry (ms): members that outlived their entry are trimmed here, and the
# index itself lives as long as its longest-lived entry.
# KEYS: entry, model index. ARGV: value, ttl ms, expiry ms, entry key, now ms.
_SET_SCRIPT: Final = """
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[4])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. ARGV[5])
local ttl = tonumber(ARGV[2])
if redis.call('PTTL', KEYS[2]) < ttl then
  redis.call('PEXPIRE', KEYS[2], ttl)
end
"""
_BATCH: Final = 500
_INVALIDATE_TIMEOUT: Final = 60.0  # seconds for a whole invalidation (a scan may be long)


class RedisCache:
    """``CacheBackend`` on Redis: ``SET ... PX`` per entry, a per-model index, one round trip
    for ``get`` and one for ``set``.

    Keys: ``{prefix}e:{key}`` holds an entry (``CachedResponse.encode``), ``{prefix}m:{model}``
    indexes a model group's entry keys. The client must not decode responses. An entry that
    does not decode (an older envelope) reads as a miss.
    """

    def __init__(
        self,
        client: redis.asyncio.Redis,
        *,
        prefix: str = "lmops:cache:",
        batcher: CommandBatcher | None = None,
        max_entry_bytes: int | None = None,
        on_too_large: Callable[[], None] | None = None,
    ) -> None:
        """``batcher``: share another user's pipelines (the gateway shares the quota store's,
        so a request's settlement and its cache write go in one round trip).
        ``max_entry_bytes``: larger entries (encoded) are not stored; ``on_too_large`` is
        called for each."""
        if _connection_kwargs(client).get("decode_responses"):
            raise ValueError("RedisCache needs a client with decode_responses=False")
        self._client = client
        self._prefix = prefix
        self._owned = False
        self._set_script = client.register_script(_SET_SCRIPT)
        self._batch = batcher or CommandBatcher(client)
        self._max_entry = max_entry_bytes
        self._on_too_large = on_too_large

    @classmethod
    def from_url(
        cls, url: str, *, prefix: str = "lmops:cache:", timeout: float = 0.5
    ) -> RedisCache:
        """A cache on its own client: ``timeout`` seconds per connect and per reply, no retry."""
        cache = cls(redis_from_url(url, timeout), prefix=prefix)
        cache._owned = True
        return cache

    async def get(self, key: str) -> CachedResponse | None:
        return await self.fetched(self.fetch_soon(key))

    def fetch_soon(self, key: str) -> asyncio.Future[Any]:
        """Queue the GET for ``key`` now, so it shares a round trip with whatever else this
        turn of the event loop sends (the gateway's admission); read it with ``fetched``."""
        future = self._batch.submit("GET", self._prefix + "e:" + key)
        future.add_done_callback(_read_error)  # a fetch nobody reads is no unhandled error
        return future

    async def fetched(self, future: asyncio.Future[Any]) -> CachedResponse | None:
        with redis_errors(self._client, "get"):
            data = await future
        if not isinstance(data, bytes):
            return None
        try:
            return CachedResponse.decode(data)
        except ValueError:
            return None

    async def set(self, key: str, value: CachedResponse, ttl: float) -> None:
        setting = self._setting(key, value, ttl)
        if setting is None:
            return
        with redis_errors(self._client, "set"):
            await self._batch.run_script(self._set_script, *setting)

    def set_soon(self, key: str, value: CachedResponse, ttl: float) -> asyncio.Future[Any]:
        """``set`` queued in the next pipeline now, without a coroutine; the future gets None
        or a Redis error (retry with ``set``, which also loads a script the server lost)."""
        setting = self._setting(key, value, ttl)
        if setting is None:
            skipped: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
            skipped.set_result(None)
            return skipped
        return self._batch.submit_script(self._set_script, *setting)

    def _setting(
        self, key: str, value: CachedResponse, ttl: float
    ) -> tuple[list[str], list[bytes | str | int]] | None:
        """The set script's keys and arguments; None for an entry over ``max_entry_bytes``."""
        check_set_args(ttl)
        encoded = value.encode()
        if self._max_entry is not None and len(encoded) > self._max_entry:
            if self._on_too_large is not None:
                self._on_too_large()
            return None
        ttl_ms = max(1, round(ttl * 1000))
        now_ms = int(time.time() * 1000)
        keys = [self._prefix + "e:" + key, self._prefix + "m:" + value.model_group]
        return keys, [encoded, ttl_ms, now_ms + ttl_ms, key, now_ms]

    async def check_memory(self) -> tuple[str, ...]:
        """Redis's ``maxmemory`` and its policy read (``INFO memory``), a warning logged for
        what could hurt; the advice given (none when Redis cannot be read: it is away)."""
        try:
            info = await self._batch.execute("INFO", "memory")
        except (RedisError, OSError, TimeoutError):
            return ()
        fields = dict(
            line.split(":", 1) for line in bytes(info).decode().splitlines() if ":" in line
        )
        maxmemory = int(fields.get("maxmemory", "0") or 0)
        policy = fields.get("maxmemory_policy", "noeviction").strip()
        advice = memory_advice(maxmemory, policy)
        for text in advice:
            log.warning("redis_memory_policy", maxmemory=maxmemory, policy=policy, advice=text)
        return advice

    async def invalidate(self, *, key: str | None = None, model: str | None = None) -> int:
        """Entries removed: exact for ``key`` and ``model``; for everything, those found by a
        SCAN of the prefix (entries written meanwhile may survive)."""
        check_invalidate_args(key, model)
        # The gateway's client has no socket timeouts (its pipelines have one): bound it here.
        with redis_errors(self._client, "invalidate"):
            async with asyncio.timeout(_INVALIDATE_TIMEOUT):
                if key is not None:
                    return int(await self._client.unlink(self._prefix + "e:" + key))
                if model is not None:
                    return await self._invalidate_model(model)
                return await self._invalidate_all()

    async def close(self) -> None:
        """Close the client if ``from_url`` made it; a client passed in belongs to the caller."""
        if self._owned:
            await self._client.aclose()

    async def _invalidate_model(self, model: str) -> int:
        index = self._prefix + "m:" + model
        # Read and drop the index atomically, so a key added meanwhile lands in a fresh index.
        async with self._client.pipeline(transaction=True) as pipe:
            pipe.zrange(index, 0, -1)
            pipe.unlink(index)
            members, _ = await pipe.execute()
        entry = self._prefix + "e:"
        keys = [entry + m.decode() for m in members]
        removed = 0
        for i in range(0, len(keys), _BATCH):
            removed += int(await self._client.unlink(*keys[i : i + _BATCH]))
        return removed

    async def _invalidate_all(self) -> int:
        entry = (self._prefix + "e:").encode()
        index = (self._prefix + "m:").encode()
        removed = 0
        batch: list[bytes] = []
        async for name in self._client.scan_iter(match=glob_escape(self._prefix) + "*", count=1000):
            if name.startswith((entry, index)):
                batch.append(name)
            if len(batch) >= _BATCH:
                removed += await self._unlink_counting(batch, entry)
                batch = []
        if batch:
            removed += await self._unlink_counting(batch, entry)
        return removed

    async def _unlink_counting(self, names: list[bytes], entry: bytes) -> int:
        entries = [n for n in names if n.startswith(entry)]
        others = [n for n in names if not n.startswith(entry)]
        removed = int(await self._client.unlink(*entries)) if entries else 0
        if others:
            await self._client.unlink(*others)
        return removed


_ADVISED = ("volatile-lru", "volatile-lfu")


def memory_advice(maxmemory: int, policy: str) -> tuple[str, ...]:
    """What to change in Redis's memory settings for a cache sharing it with quota state."""
    if maxmemory == 0:
        return (
            "maxmemory is unset: the response cache grows with traffic until its entries "
            "expire; set maxmemory with maxmemory-policy volatile-lru",
        )
    if policy == "noeviction":
        return (
            "maxmemory-policy noeviction: a full Redis refuses writes, rate limits included "
            "(settings.on_redis_error applies); use volatile-lru",
        )
    if policy.startswith("allkeys-"):
        return (
            f"maxmemory-policy {policy} may evict budget and rate-limit state, not only "
            "cache entries; use volatile-lru",
        )
    if policy not in _ADVISED:
        return (
            f"maxmemory-policy {policy} may evict the rate-limit windows in use (short TTLs) "
            "before idle cache entries; use volatile-lru or volatile-lfu",
        )
    return ()


def redis_from_url(url: str, timeout: float) -> redis.asyncio.Redis:
    """A client that fails fast: ``timeout`` per connect and reply, no retries, bytes replies."""
    try:
        return redis.asyncio.Redis.from_url(
            url,
            socket_timeout=timeout,
            socket_connect_timeout=timeout,
            retry=Retry(NoBackoff(), 0),
            decode_responses=False,
        )
    except ValueError:
        # The message may quote the URL, password and all.
        raise CacheError("invalid Redis URL for the cache") from None


@contextmanager
def redis_errors(client: redis.asyncio.Redis, op: str) -> Iterator[None]:
    """Turn Redis and socket failures into ``CacheError``, with any password scrubbed."""
    try:
        yield
    except (RedisError, OSError) as exc:
        message = f"Redis cache {op} failed: {type(exc).__name__}: {exc}"
        password = _connection_kwargs(client).get("password")
        if password:
            message = message.replace(str(password), "***")
        raise CacheError(message) from None


def _connection_kwargs(client: redis.asyncio.Redis) -> dict[str, Any]:
    kwargs: dict[str, Any] = client.connection_pool.connection_kwargs
    return kwargs


def glob_escape(text: str) -> str:
    """``text`` as a literal in a Redis MATCH pattern."""
    return "".join("\\" + c if c in "*?[]\\" else c for c in text)


def _read_error(future: asyncio.Future[Any]) -> None:
    if not future.cancelled():
        future.exception()
