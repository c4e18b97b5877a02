"""Response cache on the request path: exact lookup, then semantic; stores answers afterwards.

A request uses the cache when its model group's mode says so (``always``, or ``deterministic`` and
the request is: temperature 0, or embeddings), or when it asks with ``x-lmops-cache: use``.
``skip`` bypasses the cache both ways; ``refresh`` skips the lookup and stores the new answer.
A cache that cannot be reached is a miss, never an error.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

import structlog

from lmops.background import BackgroundTasks
from lmops.cache import (
    CacheBackend,
    CachedResponse,
    CacheError,
    Embedder,
    MemoryCache,
    RedisCache,
    SemanticIndex,
    TextTooLong,
    cache_key,
    is_deterministic,
    semantic_partition,
    semantic_text,
)
from lmops.config import CacheSettings
from lmops.errors import GatewayError
from lmops.gateway.context import Outcome, RequestContext

__all__ = [
    "CACHE_HEADER",
    "CacheState",
    "MemoryResponseCache",
    "RedisResponseCache",
    "ResponseCache",
    "Semantic",
]

CACHE_HEADER = b"x-lmops-cache"
_TTL_HEADER = b"x-lmops-cache-ttl"
_HIT = (CACHE_HEADER, b"hit")
_MISS = (CACHE_HEADER, b"miss")
_MODES = ("use", "skip", "refresh")

log = structlog.get_logger("lmops.cache")


@dataclass(slots=True)  # not frozen: built per request, and frozen costs 4x
class CacheState:
    """The cache step's part of one request: it may be answered from, and stored in, ``key``."""

    key: str
    ttl: float
    lookup: bool  # look the answer up (not for x-lmops-cache: refresh)
    fetch: Any = None  # a Redis lookup queued at planning, before the limits
    vector: Any = None  # the semantic cache's embedding of this request, if any


@dataclass(frozen=True, slots=True)
class Semantic:
    """One model group's semantic cache."""

    index: SemanticIndex
    embedder: Embedder
    threshold: float


class ResponseCache:
    def __init__(
        self,
        settings: CacheSettings,
        backend: CacheBackend,
        semantic: Mapping[str, Semantic],
        *,
        on_error: Callable[[str], None],
        on_lookup: Callable[[str, str], None],
    ) -> None:
        self._settings = settings
        self.backend = backend
        self._semantic = dict(semantic)
        self._modes = {g: o.mode for g, o in settings.models.items() if o.mode is not None}
        self._ttls = {g: o.ttl for g, o in settings.models.items() if o.ttl is not None}
        self._on_error = on_error
        self._on_lookup = on_lookup
        self._storing = BackgroundTasks()
        self._down = False  # the last cache operation failed: its warning has been logged

    async def plan(self, ctx: RequestContext) -> None:
        """Before the limits: whether and under which key this request uses the cache.

        A Redis lookup is queued here already, so it travels with the admission's script in one
        round trip; :meth:`__call__` (after the limits) reads it.
        """
        asked = ttl = None
        headers = ctx.scope["headers"]
        present = dict(headers)  # a quick look first: few requests carry either header
        if CACHE_HEADER in present or _TTL_HEADER in present:
            for name, value in headers:  # the first of each counts
                if name == CACHE_HEADER and asked is None:
                    asked = bytes(value).decode("latin-1")
                elif name == _TTL_HEADER and ttl is None:
                    ttl = bytes(value).decode("latin-1")
        if asked is not None:
            asked = asked.strip().lower()
            if asked not in _MODES:
                raise GatewayError.bad_request(
                    f"{CACHE_HEADER.decode()} must be one of {', '.join(_MODES)}.",
                    code="invalid_cache_header",
                )
            if asked == "skip":
                return
        group = ctx.model_group
        if asked is None:
            mode = self._modes.get(group, self._settings.mode)
            if mode == "off" or (
                mode == "deterministic" and not is_deterministic(ctx.endpoint, ctx.body)
            ):
                return
        state = ctx.cache = CacheState(
            cache_key(ctx.endpoint, group, ctx.principal.tenant, ctx.body),
            _ttl(ttl) if ttl is not None else self._ttls.get(group, self._settings.ttl),
            asked != "refresh",
        )
        ctx.on_finish(self._finished)
        if state.lookup:
            self._prefetch(state)

    def _prefetch(self, state: CacheState) -> None:
        """Start the exact lookup early, where that saves a round trip (Redis)."""

    async def __call__(self, ctx: RequestContext) -> None:
        """After the limits: the lookup (exact, then semantic)."""
        state = ctx.cache
        if state is None:
            return
        hit = await self._lookup(ctx, state) if state.lookup else None
        ctx.cached = hit
        ctx.response_headers.append(_MISS if hit is None else _HIT)

    async def _exact(self, state: CacheState) -> CachedResponse | None:
        return await self._get(state.key)

    async def _lookup(self, ctx: RequestContext, state: CacheState) -> CachedResponse | None:
        hit = await self._exact(state)
        if hit is not None:
            self._on_lookup(ctx.model_group, "exact")
            return hit
        semantic = self._semantic.get(ctx.model_group)
        text = semantic_text(ctx.endpoint, ctx.body) if semantic is not None else None
        if semantic is None or text is None:
            self._on_lookup(ctx.model_group, "miss")
            return None
        partition = semantic_partition(
            ctx.endpoint, ctx.model_group, ctx.principal.tenant, ctx.body
        )
        try:
            state.vector = vector = await semantic.embedder.embed(text)
            found = await semantic.index.search(partition, vector, semantic.threshold)
        except TextTooLong:
            found = None  # longer than the embedder reads: only exact matches apply
        except Exception as exc:  # an embedder or index that fails is a miss, never an error
            self._failed("semantic_lookup", exc)
            found = None
        hit = await self._get(found[0]) if found is not None else None
        self._on_lookup(ctx.model_group, "semantic" if hit is not None else "miss")
        return hit

    async def _get(self, key: str) -> CachedResponse | None:
        return await self._read(self.backend.get(key))

    async def _read(self, pending: Awaitable[CachedResponse | None]) -> CachedResponse | None:
        """A lookup's answer; a cache that fails is a miss, never an error."""
        try:
            hit = await pending
        except CacheError as exc:
            self._failed("get", exc)
            return None
        if self._down:
            self._back()
        return hit

    def _finished(self, ctx: RequestContext, outcome: Outcome) -> None:
        """Keep the request's answer, if it got a whole, successful one (its finish callback)."""
        if outcome.answer is not None:
            usage = outcome.usage
            # Our own count of a stream without usage is not the upstream's: not kept as its.
            self.store(ctx, outcome.answer, None if usage and usage.get("estimated") else usage)

    def store(self, ctx: RequestContext, body: bytes, usage: Mapping[str, Any] | None) -> None:
        """Keep a successful answer (in the background: the client has it already)."""
        state = ctx.cache
        if state is None:
            return
        value = CachedResponse(body, ctx.stream, ctx.model_group, usage, time.time())
        if state.vector is None:  # no semantic index to update: maybe no task either
            self._store_exact(ctx, state, value)
        else:
            self._storing.spawn(self._store(ctx, state, value))

    def _store_exact(self, ctx: RequestContext, state: CacheState, value: CachedResponse) -> None:
        self._storing.spawn(self._store(ctx, state, value))

    async def _store(self, ctx: RequestContext, state: CacheState, value: CachedResponse) -> None:
        try:
            await self.backend.set(state.key, value, state.ttl)
            semantic = self._semantic.get(ctx.model_group)
            if semantic is not None and state.vector is not None:
                partition = semantic_partition(
                    ctx.endpoint, ctx.model_group, ctx.principal.tenant, ctx.body
                )
                await semantic.index.add(
                    partition, state.vector, state.key, state.ttl, ctx.model_group
                )
        except (CacheError, OSError) as exc:
            self._failed("set", exc)
            return
        if self._down:
            self._back()

    def indexes(self) -> list[SemanticIndex]:
        """The semantic indexes, to close at stop."""
        return [semantic.index for semantic in self._semantic.values()]

    async def invalidate(self, *, key: str | None = None, model: str | None = None) -> int:
        removed = await self.backend.invalidate(key=key, model=model)
        if key is None:
            for group, semantic in self._semantic.items():
                if model is None or model == group:
                    await semantic.index.invalidate(model=model)
        return removed

    async def drain(self) -> None:
        await self._storing.drain()

    def _failed(self, operation: str, exc: Exception) -> None:
        """Counted every time, logged once until the cache answers again (not per request)."""
        self._on_error(operation)
        if not self._down:
            self._down = True
            log.warning("cache_unavailable", operation=operation, error=str(exc))

    def _back(self) -> None:
        self._down = False
        log.info("cache_available")


class MemoryResponseCache(ResponseCache):
    """The cache step on the in-memory backend: nothing waits, so an exact lookup and a store
    run without a coroutine or a task."""

    def __init__(
        self, settings: CacheSettings, backend: MemoryCache, *args: Any, **kw: Any
    ) -> None:
        super().__init__(settings, backend, *args, **kw)
        self._memory = backend

    async def __call__(self, ctx: RequestContext) -> None:
        state = ctx.cache
        if state is None:
            return
        if not state.lookup or ctx.model_group in self._semantic:
            await super().__call__(ctx)
            return
        hit = self._memory.get_now(state.key)
        self._on_lookup(ctx.model_group, "miss" if hit is None else "exact")
        ctx.cached = hit
        ctx.response_headers.append(_MISS if hit is None else _HIT)

    def _store_exact(self, ctx: RequestContext, state: CacheState, value: CachedResponse) -> None:
        self._memory.put(state.key, value, state.ttl)


class RedisResponseCache(ResponseCache):
    """The cache step on Redis: the lookup is queued at planning, before the limits, so it
    shares the admission's round trip; a store is queued on the next pipeline without a task."""

    def __init__(self, settings: CacheSettings, backend: RedisCache, *args: Any, **kw: Any) -> None:
        super().__init__(settings, backend, *args, **kw)
        self._redis = backend

    def _prefetch(self, state: CacheState) -> None:
        state.fetch = self._redis.fetch_soon(state.key)

    async def _exact(self, state: CacheState) -> CachedResponse | None:
        return await self._read(self._redis.fetched(state.fetch))

    def _store_exact(self, ctx: RequestContext, state: CacheState, value: CachedResponse) -> None:
        sent = self._redis.set_soon(state.key, value, state.ttl)
        self._storing.follow(sent, lambda: self._store(ctx, state, value))


def _ttl(raw: str) -> float:
    try:
        ttl = float(raw)
    except ValueError:
        ttl = -1.0
    if not 0 < ttl <= 365 * 86400:
        raise GatewayError.bad_request(
            f"{_TTL_HEADER.decode()} must be a number of seconds (up to a year).",
            code="invalid_cache_header",
        )
    return ttl
