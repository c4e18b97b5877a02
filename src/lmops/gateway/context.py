"""The state one request carries through the pipeline."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request

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
    request: Request
    endpoint: Endpoint
    request_id: str
    started: float = field(default_factory=time.perf_counter)
    created_at: float = field(default_factory=time.time)
    principal: Principal = ANONYMOUS
    raw_body: bytes = b""
    body: dict[str, Any] = field(default_factory=dict)
    model_group: str = ""
    stream: bool = False
