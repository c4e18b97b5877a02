"""The state one request carries through the pipeline."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from starlette.types import Receive, Scope

from lmops.providers.base import Endpoint

__all__ = ["ANONYMOUS", "Principal", "RequestContext"]


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is calling: the master key now, virtual keys and teams later."""

    id: str
    kind: str


ANONYMOUS = Principal("anonymous", "anonymous")


@dataclass(slots=True)
class RequestContext:
    """One proxied request, on the raw ASGI interface (the hot path skips Starlette's objects)."""

    scope: Scope
    receive: Receive
    endpoint: Endpoint
    request_id: str
    started: float = field(default_factory=time.perf_counter)
    created_at: float = field(default_factory=time.time)
    principal: Principal = ANONYMOUS
    raw_body: bytes = b""
    body: dict[str, Any] = field(default_factory=dict)
    model_group: str = ""
    stream: bool = False
    answered: bool = False  # a response has started: no other may be sent
    client_gone: bool = False  # the client disconnected before the response was complete
    finished: bool = False  # accounted for: exactly once, whatever path the request ends on

    def header(self, name: bytes) -> str | None:
        """A request header by lower-case name (ASGI servers lower-case them)."""
        for key, value in self.scope["headers"]:
            if key == name:
                return bytes(value).decode("latin-1")
        return None
