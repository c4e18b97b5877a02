"""What the exact cache stores (``CachedResponse``) and the contract every store meets."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Final, Protocol

import orjson

__all__ = ["CacheBackend", "CacheError", "CachedResponse"]

_ENVELOPE_VERSION: Final = 1
_HEADER_LEN_BYTES: Final = 4
# An SSE event ends at a blank line; providers frame lines with LF or CRLF.
_EVENT_END: Final = re.compile(rb"\r\n\r\n|\n\n")


class CacheError(Exception):
    """The cache failed (store unreachable or timed out, no embedding); read it as a miss.

    Messages never include credentials.
    """


@dataclass(slots=True)  # not frozen: built per request, and frozen costs 4x
class CachedResponse:
    """An answer exactly as a client received it, replayable byte for byte."""

    body: bytes  # the JSON response, or the whole SSE byte stream
    stream: bool
    model_group: str
    usage: Mapping[str, Any] | None  # the original usage, for the request log
    created_at: float  # wall-clock time of the original answer

    def encode(self) -> bytes:
        """A compact envelope: version byte, header length, orjson header, the raw body."""
        header = orjson.dumps(
            [self.stream, self.model_group, self.usage, self.created_at],
            default=dict,  # a non-dict Mapping for usage
        )
        return b"".join(
            (
                bytes((_ENVELOPE_VERSION,)),
                len(header).to_bytes(_HEADER_LEN_BYTES, "big"),
                header,
                self.body,
            )
        )

    @classmethod
    def decode(cls, data: bytes) -> CachedResponse:
        """The response ``encode`` wrote; ``ValueError`` for anything else (old or corrupt)."""
        start = 1 + _HEADER_LEN_BYTES
        if len(data) < start or data[0] != _ENVELOPE_VERSION:
            raise ValueError("not a cached response (unknown envelope version)")
        end = start + int.from_bytes(data[1:start], "big")
        if end > len(data):
            raise ValueError("truncated cached response")
        header = orjson.loads(data[start:end])
        if not (isinstance(header, list) and len(header) == 4):
            raise ValueError("malformed cached response header")
        stream, model_group, usage, created_at = header
        if (
            not isinstance(stream, bool)
            or not isinstance(model_group, str)
            or not (usage is None or isinstance(usage, dict))
            or isinstance(created_at, bool)
            or not isinstance(created_at, int | float)
        ):
            raise ValueError("malformed cached response header")
        return cls(bytes(data[end:]), stream, model_group, usage, float(created_at))

    def sse_events(self) -> Iterator[bytes]:
        """The stream split after each event's blank line, to replay it chunk by chunk.

        Joined, the pieces are exactly ``body``; trailing bytes without a blank line come last.
        """
        body = self.body
        pos = 0
        while (match := _EVENT_END.search(body, pos)) is not None:
            yield body[pos : match.end()]
            pos = match.end()
        if pos < len(body):
            yield body[pos:]


class CacheBackend(Protocol):
    """An exact-cache store. Every method may raise ``CacheError``."""

    async def get(self, key: str) -> CachedResponse | None:
        """The live entry under ``key``, or None."""
        ...

    async def set(self, key: str, value: CachedResponse, ttl: float) -> None:
        """Store ``value`` under ``key`` for ``ttl`` seconds (> 0), replacing any entry."""
        ...

    async def invalidate(self, *, key: str | None = None, model: str | None = None) -> int:
        """Remove one entry (``key``), a model group's entries (``model``) or, given neither,
        everything; the number of entries removed (best effort where the store is shared)."""
        ...

    async def close(self) -> None:
        """Release what the backend holds."""
        ...


def check_set_args(ttl: float) -> None:
    """Shared argument check for ``set``: a non-positive TTL is a caller's bug, not a no-op."""
    if not ttl > 0:
        raise ValueError(f"cache ttl must be positive, got {ttl!r}")


def check_invalidate_args(key: str | None, model: str | None) -> None:
    """Shared argument check for ``invalidate``: one selector at most."""
    if key is not None and model is not None:
        raise ValueError("invalidate takes key or model, not both")
