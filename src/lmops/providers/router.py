"""Deployment selection, retries with backoff, fallbacks between groups, and cooldowns.

State (in-flight counts, latency averages, failure windows) is per process: it steers traffic,
it enforces nothing, so replicas need not agree on it.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections import deque
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from lmops.config import Deployment, RouterSettings
from lmops.errors import UpstreamError
from lmops.providers._http import TRACE_HEADERS
from lmops.providers.base import (
    Endpoint,
    Provider,
    UpstreamRequest,
    UpstreamResponse,
    upstream_name,
)

__all__ = [
    "AttemptSpan",
    "AttemptTracer",
    "DeploymentState",
    "DeploymentStatus",
    "RouteGuard",
    "Routed",
    "Router",
    "RouterObserver",
]

_CLIENT_ERRORS = frozenset({400, 413, 422})


class RouteGuard(Protocol):
    """One request's checks on where it may go, beyond the group it asked for.

    A fallback group must pass what the requested group passed at admission (the caller's
    allowlists, the group's own limits); a deployment with a quota of its own must admit each
    attempt. A refusal passes that target over for this request; it is never an error itself.
    """

    async def group(self, name: str) -> bool: ...
    async def deployment(self, deployment: Deployment) -> bool: ...


class RouterObserver(Protocol):
    """Receives routing events (metrics and logs hang off this)."""

    def on_attempt_failed(
        self, group: str, deployment: Deployment, error: UpstreamError
    ) -> None: ...
    def on_retry(self, group: str, deployment: Deployment, delay: float) -> None: ...
    def on_fallback(self, from_group: str, to_group: str, reason: str) -> None: ...
    def on_cooldown(self, deployment: Deployment, until: float) -> None: ...


class AttemptSpan(Protocol):
    """One upstream attempt, traced: ``headers`` carry its trace context to the upstream."""

    @property
    def headers(self) -> Mapping[str, str]: ...

    def end(self, error: BaseException | None = None) -> None: ...


class AttemptTracer(Protocol):
    """Starts a span per upstream attempt (the gateway's tracing, when telemetry is on)."""

    def attempt(
        self, endpoint: Endpoint, group: str, deployment: Deployment, number: int
    ) -> AttemptSpan: ...


@dataclass(slots=True)
class DeploymentState:
    deployment: Deployment
    provider: Provider
    in_flight: int = 0
    latency: float | None = None
    failures: deque[float] = field(default_factory=deque)
    cooldown_until: float = 0.0

    @property
    def cost(self) -> float:
        d = self.deployment
        if d.input_cost_per_token is None or d.output_cost_per_token is None:
            return float("inf")
        return d.input_cost_per_token + d.output_cost_per_token


@dataclass(frozen=True, slots=True)
class DeploymentStatus:
    """What this process knows of a deployment now: for the dashboard."""

    id: str
    group: str
    model: str | None
    weight: float
    in_flight: int
    latency_ms: float | None  # the moving average routing uses
    recent_failures: int  # within the cooldown window
    cooldown_left_s: float  # 0 when it takes requests


@dataclass(slots=True)
class Routed:
    """A successful upstream answer; for streams ``first_chunk`` was read off ``chunks`` already."""

    response: UpstreamResponse
    group: str
    state: DeploymentState
    attempts: int
    first_chunk: bytes | None = None
    done: bool = False  # stream_done() has run
    span: AttemptSpan | None = None  # a traced stream's attempt: it ends with the stream


class Router:
    """Routes a request to a healthy deployment of its group, or of a fallback group."""

    def __init__(
        self,
        settings: RouterSettings,
        deployments: Sequence[tuple[Deployment, Provider]],
        observer: RouterObserver,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        rng: random.Random | None = None,
        tracer: AttemptTracer | None = None,
    ) -> None:
        self._settings = settings
        self._groups: dict[str, list[DeploymentState]] = {}
        for deployment, provider in deployments:
            state = DeploymentState(deployment, provider)
            self._groups.setdefault(deployment.name, []).append(state)
        self._observer = observer
        self._clock = clock
        self._sleep = sleep
        self._rng = rng or random.Random()
        self._tracer = tracer

    def has_group(self, name: str) -> bool:
        return name in self._groups

    def states(self, group: str) -> Sequence[DeploymentState]:
        return self._groups[group]

    def snapshot(self) -> list[DeploymentStatus]:
        """Every deployment's state in this process, by group."""
        now = self._clock()
        window = self._settings.cooldown.window
        return [
            DeploymentStatus(
                state.deployment.id,
                group,
                state.deployment.model,
                state.deployment.weight,
                state.in_flight,
                state.latency * 1000 if state.latency is not None else None,
                sum(1 for at in state.failures if at >= now - window),
                max(0.0, state.cooldown_until - now),
            )
            for group, states in sorted(self._groups.items())
            for state in states
        ]

    def has_fallbacks(self) -> bool:
        settings = self._settings
        return bool(settings.fallbacks or settings.context_window_fallbacks)

    async def route(
        self, group: str, request: UpstreamRequest, guard: RouteGuard | None = None
    ) -> Routed:
        """Answer from ``group`` or its fallbacks; raise the last upstream error if all fail.

        ``guard`` is asked before each fallback group and before each attempt on a deployment
        that has a quota of its own; what it refuses is passed over for this request. Without a
        guard every fallback is open: the gateway passes one whenever fallbacks are configured.
        """
        chain = [group, *self._settings.fallbacks.get(group, ())]
        visited: set[str] = set()
        last: UpstreamError | None = None
        attempts = 0
        i = 0
        while i < len(chain):
            current = chain[i]
            i += 1
            if current in visited:
                continue
            visited.add(current)
            if last is not None:
                if guard is not None and not await guard.group(current):
                    continue
                self._observer.on_fallback(group, current, last.kind)
            try:
                return await self._try_group(current, request, attempts, guard)
            except _GroupFailed as failed:
                last, attempts = failed.error, failed.attempts
                if last.kind == "context_window_exceeded":
                    chain = [*self._settings.context_window_fallbacks.get(current, ())]
                    i = 0
        assert last is not None
        raise last

    async def _try_group(
        self, group: str, request: UpstreamRequest, attempts: int, guard: RouteGuard | None
    ) -> Routed:
        tries: dict[int, int] = {}  # per deployment, so backoff grows per deployment
        errors: dict[int, UpstreamError] = {}
        excluded: set[int] = set()  # failed in a way a retry cannot fix, or over its quota
        error: UpstreamError | None = None
        over_quota = False
        for _ in range(self._settings.retries.attempts + 1):
            state = self._pick(group, tries, excluded)
            while state is not None and guard is not None and _has_quota(state.deployment):
                if await guard.deployment(state.deployment):
                    break
                over_quota = True
                excluded.add(id(state))
                state = self._pick(group, tries, excluded)
            if state is None:
                break
            key = id(state)
            if tries.get(key):
                delay = self._backoff(tries[key], errors.get(key))
                if delay is None:
                    break
                self._observer.on_retry(group, state.deployment, delay)
                await self._sleep(delay)
            elif tries:
                self._observer.on_retry(group, state.deployment, 0.0)
            tries[key] = tries.get(key, 0) + 1
            attempts += 1
            try:
                return await self._call(group, state, request, attempts)
            except UpstreamError as exc:
                exc.deployment = state.deployment.id
                error = errors[key] = exc
                self._observer.on_attempt_failed(group, state.deployment, exc)
                if exc.status in _CLIENT_ERRORS and exc.kind != "context_window_exceeded":
                    raise
                if exc.kind == "context_window_exceeded":
                    break
                self._record_failure(state)
                if not exc.retryable:
                    excluded.add(key)
        if error is None and over_quota:
            error = UpstreamError(
                f"every deployment of model {group!r} is at its rate limit",
                status=429,
                kind="deployment_rate_limited",
                retry_after=1.0,
            )
        if error is None:
            error = UpstreamError(
                f"no healthy deployment for model {group!r} (all cooling down)",
                status=503,
                kind="no_healthy_deployment",
            )
        raise _GroupFailed(error, attempts)

    async def _call(
        self, group: str, state: DeploymentState, request: UpstreamRequest, attempts: int
    ) -> Routed:
        started = self._clock()
        state.in_flight += 1
        tracer = self._tracer
        span = None
        if tracer is not None:
            span = tracer.attempt(request.endpoint, group, state.deployment, attempts)
        try:
            if span is None:
                response = await state.provider.send(request)
            else:
                response = await _send_traced(state.provider, request, span)
            first = None
            if response.chunks is not None:
                first = await _first_chunk(response, state.deployment)
        except BaseException as exc:
            state.in_flight -= 1
            if span is not None:
                span.end(exc)
            raise
        self._record_latency(state, self._clock() - started)
        if response.chunks is None:
            state.in_flight -= 1  # a stream stays in flight, and unproven, until stream_done()
            state.failures.clear()
            if span is not None:
                span.end()
            return Routed(response, group, state, attempts, first)
        return Routed(response, group, state, attempts, first, span=span)

    def stream_done(self, routed: Routed, error: UpstreamError | None = None) -> None:
        """A routed stream has ended; ``error`` if the upstream broke it after its first byte."""
        if routed.done:
            return
        routed.done = True
        if routed.span is not None:
            routed.span.end(error)
        state = routed.state
        state.in_flight -= 1
        if error is None:
            state.failures.clear()
        else:
            self._observer.on_attempt_failed(routed.group, state.deployment, error)
            self._record_failure(state)

    def _pick(
        self, group: str, tried: dict[int, int], excluded: set[int]
    ) -> DeploymentState | None:
        now = self._clock()
        healthy = [
            s for s in self._groups[group] if s.cooldown_until <= now and id(s) not in excluded
        ]
        if not healthy:
            return None
        fresh = [s for s in healthy if id(s) not in tried]
        pool = fresh or healthy
        if len(pool) == 1:
            return pool[0]
        strategy = self._settings.strategy
        if strategy == "least-busy":
            return self._lowest(pool, lambda s: s.in_flight)
        if strategy == "lowest-latency":
            return self._lowest(pool, lambda s: s.latency or 0.0)
        if strategy == "lowest-cost":
            return self._lowest(pool, lambda s: s.cost)
        return self._rng.choices(pool, weights=[s.deployment.weight for s in pool])[0]

    def _lowest(
        self, pool: list[DeploymentState], key: Callable[[DeploymentState], float]
    ) -> DeploymentState:
        best = min(key(s) for s in pool)
        ties = [s for s in pool if key(s) == best]
        return ties[0] if len(ties) == 1 else self._rng.choice(ties)

    def _backoff(self, tries: int, error: UpstreamError | None) -> float | None:
        """Seconds to wait before retrying a deployment tried ``tries`` times already.

        None when the deployment's own Retry-After is beyond our cap.
        """
        retry = self._settings.retries
        delay = min(retry.max_delay, retry.initial_delay * retry.multiplier ** (tries - 1))
        if retry.jitter:
            delay = self._rng.uniform(0, delay)
        if error is not None and error.retry_after is not None:
            if error.retry_after > retry.max_delay:
                return None
            delay = max(delay, error.retry_after)
        return delay

    def _record_latency(self, state: DeploymentState, seconds: float) -> None:
        alpha = self._settings.latency_alpha
        state.latency = (
            seconds if state.latency is None else (alpha * seconds + (1 - alpha) * state.latency)
        )

    def _record_failure(self, state: DeploymentState) -> None:
        cooldown = self._settings.cooldown
        now = self._clock()
        state.failures.append(now)
        while state.failures and state.failures[0] < now - cooldown.window:
            state.failures.popleft()
        if len(state.failures) >= cooldown.failures:
            state.cooldown_until = now + cooldown.duration
            state.failures.clear()
            self._observer.on_cooldown(state.deployment, state.cooldown_until)


def _has_quota(deployment: Deployment) -> bool:
    return bool(deployment.rpm or deployment.tpm or deployment.max_parallel)


async def _send_traced(
    provider: Provider, request: UpstreamRequest, span: AttemptSpan
) -> UpstreamResponse:
    """``provider.send`` with the attempt's trace context on the upstream call."""
    token = TRACE_HEADERS.set(span.headers)
    try:
        return await provider.send(request)
    finally:
        TRACE_HEADERS.reset(token)


async def _first_chunk(response: UpstreamResponse, deployment: Deployment) -> bytes:
    """Read the first stream chunk so failures before any byte reaches the client can fall back."""
    assert response.chunks is not None
    try:
        return await anext(response.chunks)
    except StopAsyncIteration:
        raise UpstreamError(
            f"{upstream_name(deployment)} sent an empty stream",
            kind="empty_stream",
            retryable=True,
        ) from None
    except BaseException:
        await response.chunks.aclose()
        raise


class _GroupFailed(Exception):
    def __init__(self, error: UpstreamError, attempts: int) -> None:
        self.error = error
        self.attempts = attempts
