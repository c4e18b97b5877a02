"""Stored responses, for ``previous_response_id``: per tenant, for a bounded time.

In memory (one process: an LRU bounded by count) unless the gateway has Redis, where every
replica reads what another stored (``SET ... EX ttl``). A response is another tenant's to no
one: a lookup by someone else finds nothing, exactly like one that expired.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

import orjson

if TYPE_CHECKING:
    from redis.asyncio import Redis

__all__ = ["MemoryResponses", "RedisResponses", "ResponseStore", "Stored"]

Json = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Stored:
    tenant: str
    conversation: list[Json]  # chat messages, instructions left out: what a follow-up continues
    response: Json  # the response object, as the client got it


class ResponseStore(Protocol):
    ttl: float

    async def put(self, response_id: str, stored: Stored) -> None: ...

    async def get(self, response_id: str, tenant: str) -> Stored | None: ...

    async def delete(self, response_id: str, tenant: str) -> bool: ...


class MemoryResponses:
    def __init__(self, ttl: float, max_items: int, clock: Any = time.monotonic) -> None:
        self.ttl = ttl
        self._max = max_items
        self._clock = clock
        self._items: OrderedDict[str, tuple[float, Stored]] = OrderedDict()

    async def put(self, response_id: str, stored: Stored) -> None:
        self._items[response_id] = (self._clock() + self.ttl, stored)
        while len(self._items) > self._max:
            self._items.popitem(last=False)

    async def get(self, response_id: str, tenant: str) -> Stored | None:
        entry = self._items.get(response_id)
        if entry is None:
            return None
        expires, stored = entry
        if expires <= self._clock():
            del self._items[response_id]
            return None
        return stored if stored.tenant == tenant else None

    async def delete(self, response_id: str, tenant: str) -> bool:
        if await self.get(response_id, tenant) is None:
            return False
        del self._items[response_id]
        return True


class RedisResponses:
    def __init__(self, client: Redis, prefix: str, ttl: float) -> None:
        self.ttl = ttl
        self._client = client
        self._prefix = f"{prefix}response:"

    async def put(self, response_id: str, stored: Stored) -> None:
        value = orjson.dumps([stored.tenant, stored.conversation, stored.response])
        await self._client.set(self._prefix + response_id, value, px=int(self.ttl * 1000))

    async def get(self, response_id: str, tenant: str) -> Stored | None:
        value = await self._client.get(self._prefix + response_id)
        if value is None:
            return None
        owner, conversation, response = orjson.loads(value)
        return Stored(owner, conversation, response) if owner == tenant else None

    async def delete(self, response_id: str, tenant: str) -> bool:
        if await self.get(response_id, tenant) is None:
            return False
        return bool(await self._client.delete(self._prefix + response_id))
