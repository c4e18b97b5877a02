"""Spans to an OTLP ``ExportTraceServiceRequest``, in protobuf, written by hand.

The messages and field numbers are opentelemetry-proto's (``collector/trace/v1``,
``trace/v1/trace.proto``, ``common/v1``, ``resource/v1``); the tests decode what this writes
with that package's own classes. What does not change between exports is encoded once: the
resource, the scope, each attribute key; an attribute whose value repeats (a model, a status,
a deployment) is encoded once too, and kept while the cache stays small.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Mapping, Sequence
from typing import Final

from lmops.telemetry.genai import Attributes
from lmops.telemetry.spans import Span

__all__ = ["Encoder", "encode_attributes"]

_Value = str | bool | int | float | Sequence[str | bool | int | float]

# Tags: (field number << 3) | wire type (0 varint, 1 fixed64, 2 length-delimited, 5 fixed32).
_FIXED64: Final = struct.Struct("<Q").pack
_DOUBLE: Final = struct.Struct("<d").pack
_FIXED32: Final = struct.Struct("<I").pack
_SMALL: Final = [bytes((n,)) for n in range(128)]
_INT64: Final = 1 << 64
# Values never worth caching: unique to a request.
_UNIQUE: Final = frozenset(
    {
        "lmops.request_id",
        "gen_ai.response.id",
        "gen_ai.input.messages",
        "gen_ai.output.messages",
        "gen_ai.response.time_to_first_chunk",
        "lmops.cost_usd",
    }
)
_CACHED: Final = 4096  # attribute records kept; the cache starts over past this
# Span.flags: the W3C flags, and that the parent's remoteness is known (and whether it is).
_HAS_IS_REMOTE: Final = 0x100
_IS_REMOTE: Final = 0x200


def _varint(n: int) -> bytes:
    if n < 0x80:
        return _SMALL[n]
    out = bytearray()
    while n > 0x7F:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


def _field(tag: bytes, payload: bytes) -> bytes:
    """A length-delimited field."""
    return tag + _varint(len(payload)) + payload


def _any_value(value: _Value) -> bytes:
    """An ``AnyValue``'s bytes."""
    if isinstance(value, str):
        return _field(b"\x0a", value.encode("utf-8", "replace"))
    if isinstance(value, bool):
        return b"\x10\x01" if value else b"\x10\x00"
    if isinstance(value, int):
        if -(1 << 63) <= value < 1 << 63:
            return b"\x18" + _varint(value % _INT64)
        return _field(b"\x0a", str(value).encode())  # beyond int64: its digits
    if isinstance(value, float):
        return b"\x21" + _DOUBLE(value)
    return _field(b"\x2a", b"".join(_field(b"\x0a", _any_value(v)) for v in value))


def _key_value(key: str, value: _Value) -> bytes:
    """A ``KeyValue`` as an attribute field (Span.attributes and Resource.attributes: 9, 1)."""
    return _field(b"\x0a", key.encode()) + _field(b"\x12", _any_value(value))


def encode_attributes(attributes: Iterable[tuple[str, _Value]], tag: bytes = b"\x4a") -> bytes:
    """Attribute fields (a span's by default) as bytes: for those known when a span starts."""
    return b"".join(_field(tag, _key_value(k, v)) for k, v in attributes)


class Encoder:
    """Encodes export requests of ended spans of one resource and scope
    (on one thread only, the export thread: the cache is not shared)."""

    def __init__(self, resource: Mapping[str, _Value], scope: str) -> None:
        self._resource = _field(b"\x0a", encode_attributes(resource.items(), b"\x0a"))
        self._scope = _field(b"\x0a", _field(b"\x0a", scope.encode()))
        self._cache: dict[tuple[str, type, _Value], bytes] = {}

    def request(self, spans: Iterable[Span]) -> bytes:
        """One ``ExportTraceServiceRequest`` of ``spans``."""
        scope_spans = self._scope + b"".join([_field(b"\x12", self.span(s)) for s in spans])
        resource_spans = self._resource + _field(b"\x12", scope_spans)
        return _field(b"\x0a", resource_spans)

    def span(self, span: Span) -> bytes:
        """A ``Span`` message's bytes."""
        parts = [
            b"\x0a\x10",
            span.trace_id.to_bytes(16, "big"),
            b"\x12\x08",
            span.span_id.to_bytes(8, "big"),
        ]
        if span.state:
            parts.append(_field(b"\x1a", span.state.encode()))
        if span.parent_id:
            parts += (b"\x22\x08", span.parent_id.to_bytes(8, "big"))
        parts += (
            _field(b"\x2a", span.name.encode("utf-8", "replace")),
            b"\x30",
            _SMALL[span.kind],
            b"\x39",
            _FIXED64(span.start_ns),
            b"\x41",
            _FIXED64(span.end_ns),
            span.encoded,
        )
        if span.attributes:
            parts.append(self._attributes(span.attributes))
        if span.status:
            status = b"\x18" + _SMALL[span.status]
            if span.message:
                status = _field(b"\x12", span.message.encode("utf-8", "replace")) + status
            parts.append(_field(b"\x7a", status))
        flags = (span.flags & 0xFF) | _HAS_IS_REMOTE | (_IS_REMOTE if span.parent_remote else 0)
        parts += (b"\x85\x01", _FIXED32(flags))
        return b"".join(parts)

    def _attributes(self, attributes: Attributes) -> bytes:
        cache = self._cache
        out = []
        for key, value in attributes.items():
            if key in _UNIQUE:
                out.append(_field(b"\x4a", _key_value(key, value)))
                continue
            # The type too: True == 1 == 1.0, but each is encoded differently.
            index = (key, value.__class__, value)
            found = cache.get(index)
            if found is None:
                if len(cache) >= _CACHED:
                    cache.clear()
                found = cache[index] = _field(b"\x4a", _key_value(key, value))
            out.append(found)
        return b"".join(out)
