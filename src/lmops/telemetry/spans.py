"""Span records and W3C trace context: what the request path builds when tracing is on.

A span is a slotted record (ids, name, kind, times, attributes, status) that the exporter
encodes later, off the request path. Ids come from an in-process generator, not
``os.urandom``: that releases the GIL, and under load the export thread then takes it, a
thread switch per span. An id needs to be unique, not secret; the generator is seeded from the
OS, again in a forked child.
"""

from __future__ import annotations

import os
import random
import re
import time
from collections.abc import Callable, Mapping, Sequence
from contextvars import ContextVar
from typing import Final

from lmops.telemetry.genai import Attributes

__all__ = [
    "CLIENT",
    "CURRENT",
    "ERROR",
    "INTERNAL",
    "SERVER",
    "Span",
    "TraceContext",
    "new_trace_id",
    "remote_parent",
]

# OTLP's Span.SpanKind and Status.StatusCode values.
INTERNAL: Final = 1
SERVER: Final = 2
CLIENT: Final = 3
ERROR: Final = 2
SAMPLED: Final = 0x01

_ids = random.Random()
os.register_at_fork(after_in_child=_ids.seed)
_bits = _ids.getrandbits

_TRACEPARENT: Final = b"traceparent"
_TRACESTATE: Final = b"tracestate"
# W3C trace-context: version-traceid-parentid-flags; a future version may append fields.
_PARENT = re.compile(
    rb"[ \t]*([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?[ \t]*"
)
_STATE = re.compile(rb"[\x20-\x7e]{1,512}")  # kept as sent: printable, within the spec's bound


def new_trace_id() -> int:
    return _bits(128) or 1  # all zeros is the invalid trace id


class TraceContext:
    """A parent: the trace, the parent span's id (0 for a root), flags, ``tracestate``."""

    __slots__ = ("flags", "remote", "span_id", "state", "trace_id")

    def __init__(
        self, trace_id: int, span_id: int, flags: int, state: str | None, remote: bool = False
    ) -> None:
        self.trace_id = trace_id
        self.span_id = span_id
        self.flags = flags
        self.state = state
        self.remote = remote


class Span(TraceContext):
    """One span, and the parent of the spans started under it. ``sink`` takes it when it ends
    (the exporter's queue), or is None for a span that is not sampled: that one still has ids,
    to propagate, and is never recorded."""

    __slots__ = (
        "attributes",
        "encoded",
        "end_ns",
        "kind",
        "message",
        "name",
        "parent_id",
        "parent_remote",
        "sink",
        "start_ns",
        "status",
    )

    def __init__(
        self,
        parent: TraceContext,
        name: str,
        kind: int,
        sink: Callable[[Span], None] | None,
        encoded: bytes = b"",
    ) -> None:
        self.trace_id = parent.trace_id
        self.parent_id = parent.span_id
        self.flags = parent.flags
        self.state = parent.state
        self.remote = False
        self.parent_remote = parent.remote
        self.span_id = _bits(64) or 1
        self.name = name
        self.kind = kind
        self.sink = sink if parent.flags & SAMPLED else None
        self.encoded = encoded  # attributes known when the span starts, already in OTLP bytes
        self.attributes: Attributes | None = None
        self.status = 0
        self.message: str | None = None
        self.start_ns = time.time_ns()
        self.end_ns = 0

    @property
    def recording(self) -> bool:
        return self.sink is not None

    @property
    def headers(self) -> Mapping[str, str]:
        """Its W3C trace context, for the call it stands for (an upstream attempt)."""
        headers = {"traceparent": f"00-{self.trace_id:032x}-{self.span_id:016x}-{self.flags:02x}"}
        if self.state:
            headers["tracestate"] = self.state
        return headers

    def fail(self, kind: str, message: str | None = None) -> None:
        """Mark it failed: ``error.type`` and an error status."""
        self.set("error.type", kind)
        self.status = ERROR
        self.message = message if message is not None else kind

    def set(self, key: str, value: str | bool | int | float | tuple[str, ...]) -> None:
        attributes = self.attributes
        if attributes is None:
            self.attributes = {key: value}
        else:
            attributes[key] = value

    def end(self) -> None:
        self.end_ns = time.time_ns()
        sink = self.sink
        if sink is not None:
            self.sink = None  # ended once, exported once
            sink(self)


CURRENT: ContextVar[TraceContext | None] = ContextVar("lmops_current_span", default=None)
"""The span under way in this task (the request's, or a step's): the parent of new spans."""


def remote_parent(headers: Sequence[tuple[bytes, bytes]]) -> TraceContext | None:
    """The client's W3C trace context (``traceparent``, ``tracestate``), if it sent a valid
    one; a malformed one is ignored (the request starts a trace of its own)."""
    parent = state = None
    for name, value in headers:
        if name == _TRACEPARENT:
            parent = value
        elif name == _TRACESTATE:
            state = value
    if parent is None:
        return None
    found = _PARENT.fullmatch(parent)
    if found is None:
        return None
    version, trace, span, flags, rest = found.groups()
    if version == b"ff" or (version == b"00" and rest) or not int(trace, 16) or not int(span, 16):
        return None
    kept = None
    if state is not None and _STATE.fullmatch(state := bytes(state).strip()):
        kept = state.decode("ascii")
    return TraceContext(int(trace, 16), int(span, 16), int(flags, 16), kept, remote=True)
