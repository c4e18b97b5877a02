"""The state one request carries through the pipeline, and how it ended (``Outcome``).

A step that starts something a request must finish (a reservation to settle, an answer to
cache) registers a callback with :meth:`RequestContext.on_finish`. The handler runs the
callbacks once, in reverse order of registration, whatever the request's end: answered, refused,
failed, cancelled, streamed to the end or cut.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from starlette.types import Receive, Scope

from lmops.providers.base import Endpoint

if TYPE_CHECKING:
    from lmops.cache import CachedResponse
    from lmops.catalog.prices import Usage
    from lmops.gateway.guard_output import OutputGuard
    from lmops.gateway.pipeline.cache import CacheState
    from lmops.gateway.pipeline.limits import QuotaState
    from lmops.gateway.pipeline.prompts import PromptState
    from lmops.guardrails.rules import Hit
    from lmops.store.keys import KeyRecord, TeamRecord

__all__ = ["ANONYMOUS", "Finish", "Outcome", "Principal", "RequestContext"]


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is calling: the master key, anonymous (no auth configured), or a virtual key."""

    id: str
    kind: str
    key: KeyRecord | None = None
    team: TeamRecord | None = None

    @property
    def team_id(self) -> str | None:
        return self.team.id if self.team is not None else None

    @property
    def tenant(self) -> str:
        """Whose cache entries these are: a team shares, a key without a team keeps its own."""
        return f"team:{self.team.id}" if self.team is not None else f"{self.kind}:{self.id}"


ANONYMOUS = Principal("anonymous", "anonymous")


@dataclass(slots=True)
class Outcome:
    """How a request ended. The handler prices it (``parsed``, ``cost``, ``charged``) before
    the finish callbacks see it."""

    status: int
    error_type: str | None = None
    deployment: str | None = None
    usage: dict[str, Any] | None = None
    ttft: float | None = None
    response_body: bytes | None = None
    cache_hit: bool = False
    answer: bytes | None = None  # a whole, successful upstream answer, as the client got it
    parsed: Usage | None = None  # ``usage`` read
    cost: float | None = None  # USD; None when the price is unknown
    charged: bool = False  # an upstream was paid ``cost`` (not a hit, not a refusal)
    attempts: int | None = None  # upstream calls it took, retries and fallbacks included


Finish = Callable[["RequestContext", Outcome], None]


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
    response_headers: list[tuple[bytes, bytes]] = field(default_factory=list)
    quota: QuotaState | None = None  # the quota step's: set when something was reserved
    cache: CacheState | None = None  # the cache step's: set when the cache applies
    cached: CachedResponse | None = None  # a cache hit: replayed instead of routed
    prompt: PromptState | None = None  # prompt resolution's: set when it ran
    guardrails: list[Hit] | None = None  # the rules that fired (input, then output)
    output: OutputGuard | None = None  # run on the answer: output rules, placeholders back
    judge_cost: float | None = 0.0  # USD of guardrail judge calls made for it (None: unknown)
    finishers: list[Finish] = field(default_factory=list)  # run in reverse, once, at the end

    def on_finish(self, callback: Finish) -> None:
        """Run ``callback(ctx, outcome)`` when the request ends, however it ends."""
        self.finishers.append(callback)

    def header(self, name: bytes) -> str | None:
        """A request header by lower-case name (ASGI servers lower-case them)."""
        for key, value in self.scope["headers"]:
            if key == name:
                return bytes(value).decode("latin-1")
        return None
