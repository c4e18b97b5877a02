"""The in-process exact cache: an LRU bounded by total bytes, with a TTL per entry."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Final

from lmops.cache.backends import CachedResponse, check_invalidate_args, check_set_args

__all__ = ["MemoryCache"]

# What an entry costs beyond its body, key and model name: the entry and response objects, the
# dict slots and the usage mapping. An estimate; the bound is on bodies, which dominate.
_ENTRY_OVERHEAD: Final = 256


# (CachedResponse.encode(), model group, size, expires at): a plain tuple of bytes, a str and
# numbers, which the garbage collector stops tracking. Tens of thousands of cached answers then
# add nothing to each full collection (entries holding response objects, with their usage
# dicts, cost the request path measurably). A tuple subclass would stay tracked.
_Entry = tuple[bytes, str, int, float]


class MemoryCache:
    """``CacheBackend`` for one process: O(1) get and set, least recently used evicted first.

    Sizes count the body, key and model name plus a fixed overhead. An entry bigger than an
    eighth of ``max_bytes`` is not stored, so one answer cannot flush the whole cache. Expired
    entries go when read, evicted or invalidated.
    """

    def __init__(
        self, max_bytes: int = 64 * 2**20, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if max_bytes < 1:
            raise ValueError("max_bytes must be positive")
        self._max = max_bytes
        self._clock = clock
        self._entries: OrderedDict[str, _Entry] = OrderedDict()
        self._size = 0

    @property
    def max_bytes(self) -> int:
        return self._max

    @property
    def size_bytes(self) -> int:
        """The accounted size of the entries held (expired ones not yet dropped included)."""
        return self._size

    @property
    def entries(self) -> int:
        """How many entries are held (expired ones not yet dropped included)."""
        return len(self._entries)

    async def get(self, key: str) -> CachedResponse | None:
        return self.get_now(key)

    def get_now(self, key: str) -> CachedResponse | None:
        """``get`` without a coroutine (nothing here waits)."""
        entry = self._entries.get(key)
        if entry is None:
            return None
        data, _, _, expires_at = entry
        if expires_at <= self._clock():
            self._remove(key)
            return None
        self._entries.move_to_end(key)
        return CachedResponse.decode(data)

    async def set(self, key: str, value: CachedResponse, ttl: float) -> None:
        self.put(key, value, ttl)

    def put(self, key: str, value: CachedResponse, ttl: float) -> None:
        """``set`` without a coroutine (nothing here waits): the gateway skips a task."""
        check_set_args(ttl)
        self._remove(key)  # replaced, or dropped if the new value is too big to keep
        size = len(value.body) + len(key) + len(value.model_group) + _ENTRY_OVERHEAD
        if size > self._max // 8:
            return
        while self._size + size > self._max:
            self._remove(next(iter(self._entries)))
        self._entries[key] = (value.encode(), value.model_group, size, self._clock() + ttl)
        self._size += size

    async def invalidate(self, *, key: str | None = None, model: str | None = None) -> int:
        """Entries removed, expired ones not counted."""
        check_invalidate_args(key, model)
        if key is not None:
            keys: list[str] = [key]
        elif model is not None:  # an admin's rare request: a scan beats an index on every set
            keys = [k for k, entry in self._entries.items() if entry[1] == model]
        else:
            keys = list(self._entries)
        now = self._clock()
        removed = 0
        for k in keys:
            entry = self._remove(k)
            if entry is not None and entry[3] > now:  # expires at
                removed += 1
        return removed

    async def close(self) -> None:
        self._entries.clear()
        self._size = 0

    def _remove(self, key: str) -> _Entry | None:
        entry = self._entries.pop(key, None)
        if entry is None:
            return None
        self._size -= entry[2]
        return entry
