"""The semantic cache: what a request is embedded from, and indexes of embeddings to search.

A request is compared only with earlier ones in its *partition*: the same endpoint, model group,
tenant, system prompt and every other parameter, exactly. Within it the conversation's embedding
is compared by cosine similarity; a hit names an exact-cache entry, whose answer is served.
"""

from __future__ import annotations

import hashlib
import struct
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final, Protocol

import numpy as np
import numpy.typing as npt
import orjson
import redis.asyncio

from lmops.cache.embedders import Vector
from lmops.cache.keys import KEY_SCHEMA_VERSION, normalise_body
from lmops.cache.redis import glob_escape, redis_errors, redis_from_url

__all__ = [
    "MemorySemanticIndex",
    "RedisSemanticIndex",
    "SemanticIndex",
    "semantic_partition",
    "semantic_text",
]

_Matrix = npt.NDArray[np.float32]
_INSTRUCTION_ROLES: Final = ("system", "developer")


def semantic_text(endpoint: str, body: Mapping[str, Any]) -> str | None:
    """The text to embed, or None when the request has none that describes it.

    chat: one ``role: content`` line per message (text parts; tool calls as name and
    arguments), system and developer messages left out because ``semantic_partition`` matches
    them exactly. None if any message carries an image, audio or file: text alone would make
    two questions about different pictures look identical. completions: a single prompt string.
    """
    if endpoint == "chat":
        return _chat_text(body.get("messages"))
    if endpoint == "completions":
        prompt = body.get("prompt")
        if isinstance(prompt, list) and len(prompt) == 1:
            prompt = prompt[0]
        return prompt if isinstance(prompt, str) and prompt.strip() else None
    return None


def semantic_partition(
    endpoint: str, model_group: str, tenant: str, body: Mapping[str, Any]
) -> str:
    """A hash of everything but the text ``semantic_text`` embeds: requests compare only within
    one partition. Chat's system and developer messages are kept here, in order."""
    rest = normalise_body(endpoint, body)
    if endpoint == "chat":
        messages = rest.pop("messages", None)
        if isinstance(messages, list):
            rest["messages"] = [
                m for m in messages if isinstance(m, dict) and m.get("role") in _INSTRUCTION_ROLES
            ]
    elif endpoint == "completions":
        rest.pop("prompt", None)
    canonical = orjson.dumps(
        ["semantic", KEY_SCHEMA_VERSION, endpoint, model_group, tenant, rest],
        option=orjson.OPT_SORT_KEYS,
    )
    return hashlib.sha256(canonical).hexdigest()


def _chat_text(messages: Any) -> str | None:
    if not isinstance(messages, list):
        return None
    lines: list[str] = []
    for message in messages:
        if not isinstance(message, dict) or message.get("audio") is not None:
            return None
        role = str(message.get("role"))
        if role in _INSTRUCTION_ROLES:
            continue
        content = _content_text(message.get("content"))
        if content is None:
            return None
        if content:
            lines.append(f"{role}: {content}")
        for call in message.get("tool_calls") or ():
            function = call.get("function") if isinstance(call, dict) else None
            if not isinstance(function, dict):
                return None
            lines.append(f"{role}: call {function.get('name')}({function.get('arguments')})")
    text = "\n".join(lines)
    return text if text.strip() else None


def _content_text(content: Any) -> str | None:
    """The text of a message's content; None if it holds anything that is not text."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if not isinstance(content, list):
        return None
    texts: list[str] = []
    for part in content:
        if not isinstance(part, dict) or part.get("type") != "text":
            return None
        texts.append(str(part.get("text") or ""))
    return "\n".join(texts)


def _unit(vector: Vector) -> _Matrix | None:
    """``vector`` as float32 of length 1; None if it has no direction."""
    v = np.asarray(vector, dtype=np.float32).reshape(-1)
    norm = float(np.linalg.norm(v))
    if not (np.isfinite(norm) and norm > 0):
        return None
    return v / np.float32(norm)


def _best(vectors: _Matrix, live: npt.NDArray[np.bool_], query: _Matrix) -> tuple[int, float]:
    sims = vectors @ query
    sims[~live] = -np.inf
    i = int(np.argmax(sims))
    return i, min(float(sims[i]), 1.0)  # float32 rounding can pass 1


class SemanticIndex(Protocol):
    """Embeddings by partition, each naming an exact-cache entry. May raise ``CacheError``."""

    async def search(
        self, partition: str, vector: Vector, threshold: float
    ) -> tuple[str, float] | None:
        """The most similar live entry's key and cosine similarity, if it reaches ``threshold``."""
        ...

    async def add(
        self, partition: str, vector: Vector, entry_key: str, ttl: float, model: str
    ) -> None:
        """Index ``vector`` for ``ttl`` seconds; ``model`` is the partition's model group."""
        ...

    async def invalidate(self, *, model: str | None = None) -> int:
        """Drop a model group's entries, or all; how many were dropped (best effort)."""
        ...

    async def close(self) -> None:
        """Release what the index holds."""
        ...


@dataclass(slots=True)
class _Partition:
    model: str
    keys: list[str]
    vectors: _Matrix  # (n, dim), unit rows, oldest first
    expires: npt.NDArray[np.float64]

    def keep(self, mask: npt.NDArray[np.bool_]) -> None:
        self.keys = [k for k, kept in zip(self.keys, mask.tolist(), strict=True) if kept]
        self.vectors = self.vectors[mask]
        self.expires = self.expires[mask]


class MemorySemanticIndex:
    """``SemanticIndex`` for one process: a matrix per partition, searched with one product.

    At most ``max_entries`` per partition (the oldest go first) and ``max_partitions`` in all
    (the least recently used go), so memory stays bounded: 384-dim vectors take 1.5 KiB each.
    Adding copies the partition's matrix, which is cheap beside the upstream call it follows.
    """

    def __init__(
        self,
        max_entries: int = 1000,
        *,
        max_partitions: int = 256,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if max_entries < 1 or max_partitions < 1:
            raise ValueError("max_entries and max_partitions must be positive")
        self._max_entries = max_entries
        self._max_partitions = max_partitions
        self._clock = clock
        self._parts: OrderedDict[str, _Partition] = OrderedDict()

    async def search(
        self, partition: str, vector: Vector, threshold: float
    ) -> tuple[str, float] | None:
        part = self._parts.get(partition)
        query = _unit(vector)
        if part is None or query is None or query.shape[0] != part.vectors.shape[1]:
            return None
        self._parts.move_to_end(partition)
        live = part.expires > self._clock()
        if not live.all():
            part.keep(live)
            live = live[live]
        if not part.keys:
            return None
        i, similarity = _best(part.vectors, live, query)
        return (part.keys[i], similarity) if similarity >= threshold else None

    async def add(
        self, partition: str, vector: Vector, entry_key: str, ttl: float, model: str
    ) -> None:
        if not ttl > 0:
            raise ValueError(f"ttl must be positive, got {ttl!r}")
        row = _unit(vector)
        if row is None:
            return
        now = self._clock()
        part = self._parts.get(partition)
        if part is None or part.vectors.shape[1] != row.shape[0]:
            # New, or embedded by another model: the old vectors cannot be compared.
            part = _Partition(model, [], np.empty((0, row.shape[0]), np.float32), np.empty(0))
            self._parts[partition] = part
            while len(self._parts) > self._max_partitions:
                self._parts.popitem(last=False)
        self._parts.move_to_end(partition)
        mask = (part.expires > now) & np.array([k != entry_key for k in part.keys], dtype=bool)
        extra = int(mask.sum()) - self._max_entries + 1
        if extra > 0:
            mask[np.flatnonzero(mask)[:extra]] = False
        part.keep(mask)
        part.keys.append(entry_key)
        part.vectors = np.vstack([part.vectors, row[None, :]])
        part.expires = np.append(part.expires, now + ttl)

    async def invalidate(self, *, model: str | None = None) -> int:
        """Live entries dropped."""
        now = self._clock()
        names = [n for n, p in self._parts.items() if model is None or p.model == model]
        return sum(int((self._parts.pop(n).expires > now).sum()) for n in names)

    async def close(self) -> None:
        self._parts.clear()


# KEYS: vectors hash, order zset (entry key -> time added), model index set.
# ARGV: entry key, value, now, ttl ms, max entries, partition.
# The oldest entries beyond the bound go; each key lives as long as its longest-lived member.
_ADD_SCRIPT: Final = """
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
local excess = redis.call('ZCARD', KEYS[2]) - tonumber(ARGV[5])
if excess > 0 then
  local oldest = redis.call('ZPOPMIN', KEYS[2], excess)
  for i = 1, #oldest, 2 do redis.call('HDEL', KEYS[1], oldest[i]) end
end
redis.call('SADD', KEYS[3], ARGV[6])
local ttl = tonumber(ARGV[4])
for i = 1, 3 do
  if redis.call('PTTL', KEYS[i]) < ttl then redis.call('PEXPIRE', KEYS[i], ttl) end
end
"""
_EXPIRY: Final = struct.Struct("<d")
_BATCH: Final = 500


class RedisSemanticIndex:
    """``SemanticIndex`` shared by every process on one Redis.

    Per partition, a hash ``{prefix}v:{partition}`` maps entry keys to the expiry (float64,
    ``clock`` seconds) followed by the unit vector (float32), and a sorted set
    ``{prefix}o:{partition}`` orders them by time added for the ``max_entries`` bound; a set
    ``{prefix}p:{model}`` lists a model group's partitions. ``search`` is one ``HGETALL`` and a
    matrix product; expired entries it meets are deleted in a second command. Each search reads
    the whole partition (1.5 KiB per 384-dim entry), so keep ``max_entries`` modest.
    """

    def __init__(
        self,
        client: redis.asyncio.Redis,
        *,
        prefix: str = "lmops:semantic:",
        max_entries: int = 1000,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if max_entries < 1:
            raise ValueError("max_entries must be positive")
        self._client = client
        self._prefix = prefix
        self._max_entries = max_entries
        self._clock = clock
        self._owned = False
        self._add_script = client.register_script(_ADD_SCRIPT)

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        prefix: str = "lmops:semantic:",
        max_entries: int = 1000,
        timeout: float = 0.5,
        clock: Callable[[], float] = time.time,
    ) -> RedisSemanticIndex:
        """An index on its own client: ``timeout`` seconds per connect and reply, no retry."""
        index = cls(
            redis_from_url(url, timeout), prefix=prefix, max_entries=max_entries, clock=clock
        )
        index._owned = True
        return index

    async def close(self) -> None:
        """Close the client if ``from_url`` made it; a client passed in belongs to the caller."""
        if self._owned:
            await self._client.aclose()

    async def search(
        self, partition: str, vector: Vector, threshold: float
    ) -> tuple[str, float] | None:
        query = _unit(vector)
        if query is None:
            return None
        with redis_errors(self._client, "semantic search"):
            raw = await self._client.hgetall(self._key("v", partition))
        width = _EXPIRY.size + 4 * query.shape[0]
        # Entries of another width were embedded by another model: not comparable, left alone.
        found = [(n, v) for n, v in raw.items() if isinstance(n, bytes) and isinstance(v, bytes)]
        names = [n for n, v in found if len(v) == width]
        if not names:
            return None
        rows = np.frombuffer(
            b"".join(v for _, v in found if len(v) == width),
            dtype=np.dtype([("expires", "<f8"), ("vector", "<f4", (query.shape[0],))]),
        )
        live = rows["expires"] > self._clock()
        if not live.all():
            expired = [n for n, ok in zip(names, live.tolist(), strict=True) if not ok]
            await self._purge(partition, expired)
            if not live.any():
                return None
        i, similarity = _best(rows["vector"].astype(np.float32), live, query)
        return (names[i].decode(), similarity) if similarity >= threshold else None

    async def add(
        self, partition: str, vector: Vector, entry_key: str, ttl: float, model: str
    ) -> None:
        if not ttl > 0:
            raise ValueError(f"ttl must be positive, got {ttl!r}")
        row = _unit(vector)
        if row is None:
            return
        now = self._clock()
        value = _EXPIRY.pack(now + ttl) + row.astype("<f4").tobytes()
        keys = [self._key("v", partition), self._key("o", partition), self._key("p", model)]
        ttl_ms = max(1, round(ttl * 1000))
        args: list[bytes | str | int] = [
            entry_key,
            value,
            repr(now),
            ttl_ms,
            self._max_entries,
            partition,
        ]
        with redis_errors(self._client, "semantic add"):
            await self._add_script(keys=keys, args=args)

    async def invalidate(self, *, model: str | None = None) -> int:
        """Entries dropped, expired ones not yet purged included."""
        with redis_errors(self._client, "semantic invalidate"):
            if model is not None:
                async with self._client.pipeline(transaction=True) as pipe:
                    pipe.smembers(self._key("p", model))
                    pipe.unlink(self._key("p", model))
                    members, _ = await pipe.execute()
                partitions = [m.decode() for m in members]
                names = [self._key(kind, p) for p in partitions for kind in ("v", "o")]
            else:
                match = glob_escape(self._prefix) + "*"
                kinds = tuple(self._key(kind, "") for kind in ("v", "o", "p"))
                names = [
                    name
                    async for n in self._client.scan_iter(match=match, count=1000)
                    if (name := n.decode()).startswith(kinds)
                ]
            return await self._drop(names)

    async def _drop(self, names: list[str]) -> int:
        """Unlink ``names`` in batches; the entries their vector hashes held."""
        vectors = self._key("v", "")
        dropped = 0
        for i in range(0, len(names), _BATCH):
            batch = names[i : i + _BATCH]
            async with self._client.pipeline(transaction=False) as pipe:
                for name in batch:
                    if name.startswith(vectors):
                        pipe.hlen(name)
                pipe.unlink(*batch)
                replies = await pipe.execute()
            dropped += sum(int(r) for r in replies[:-1])
        return dropped

    async def _purge(self, partition: str, names: list[bytes]) -> None:
        with redis_errors(self._client, "semantic purge"):
            async with self._client.pipeline(transaction=False) as pipe:
                pipe.hdel(self._key("v", partition), *names)
                pipe.zrem(self._key("o", partition), *names)
                await pipe.execute()

    def _key(self, kind: str, name: str) -> str:
        return f"{self._prefix}{kind}:{name}"
