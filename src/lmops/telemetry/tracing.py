"""Request traces: built on the request path as plain span records, exported in the background.

Each proxied request is a server span (``chat {model}``), a child of the client's
``traceparent`` when it sent one. Under it: a client span per upstream attempt (retries and
fallbacks each get their own; a stream's lasts until the stream ends), whose trace context the
upstream call carries; a span for the cache lookup and one for the input guardrails, when they
apply. Ended spans are queued for the export thread (:mod:`lmops.telemetry.export`), which
encodes and posts them by OTLP/HTTP, so the request path never waits on the export. Sampling
is OpenTelemetry's ``ParentBased(TraceIdRatioBased(sample_ratio))``: a client's traceparent
decides for its own trace; an unsampled span is still propagated, never recorded.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping, Sequence
from contextvars import Token
from functools import partial
from typing import TYPE_CHECKING, Final

from lmops.config import Deployment, TelemetrySettings
from lmops.errors import GatewayError, UpstreamError
from lmops.telemetry.export import BatchExporter, HttpSender, Sender, endpoint_and_headers
from lmops.telemetry.genai import OPERATIONS, Attributes, provider_name, server_attributes
from lmops.telemetry.otlp import Encoder, encode_attributes
from lmops.telemetry.spans import (
    CLIENT,
    CURRENT,
    INTERNAL,
    SAMPLED,
    SERVER,
    Span,
    TraceContext,
    new_trace_id,
    remote_parent,
)

if TYPE_CHECKING:
    from lmops.gateway.context import Outcome, RequestContext
    from lmops.gateway.pipeline import Step
    from lmops.gateway.pipeline.cache import ResponseCache
    from lmops.gateway.pipeline.guardrails import Guardrails
    from lmops.providers.base import Endpoint

    _Applies = Callable[[RequestContext], bool]
    _Describe = Callable[[RequestContext], Attributes]

__all__ = ["Attempt", "Tracing", "span_sender"]

_SCOPE: Final = "lmops.gateway"
_MASK64: Final = (1 << 64) - 1


def span_sender(settings: TelemetrySettings) -> Sender:
    """What posts the encoded exports: OTLP/HTTP to the endpoint ``settings`` name (the tests
    replace this function to keep the exports in memory)."""
    endpoint, headers = endpoint_and_headers(settings)
    return HttpSender(endpoint, headers, settings.timeout)


class Tracing:
    """One gateway's tracer: the request span, the step wrappers, the router's attempt spans."""

    def __init__(self, settings: TelemetrySettings, deployments: Sequence[Deployment]) -> None:
        resource = {
            "service.name": settings.service_name,
            "telemetry.sdk.name": "lmops",
            "telemetry.sdk.language": "python",
        }
        self._exporter = BatchExporter(span_sender(settings), Encoder(resource, _SCOPE), settings)
        self._add = self._exporter.add
        # TraceIdRatioBased: a new trace is sampled when its id's low 64 bits fall below this.
        self._bound = round(settings.sample_ratio * (_MASK64 + 1))
        self._content = settings.capture_content
        self._providers = {d.id: provider_name(d.provider, d.api_version) for d in deployments}
        self._names: dict[str, str] = {}  # model group -> the server span's name
        self._attempts: dict[tuple[str, str, str], tuple[str, bytes]] = {}

    def start(self) -> None:
        self._exporter.start()

    def begin(self, ctx: RequestContext) -> Token[TraceContext | None]:
        """Start the request's server span, current until :meth:`leave` with the returned token;
        it ends with the request (a stream's, when the stream ends)."""
        parent = remote_parent(ctx.scope["headers"])
        if parent is None:
            trace_id = new_trace_id()
            sampled = (trace_id & _MASK64) < self._bound
            parent = TraceContext(trace_id, 0, SAMPLED if sampled else 0, None)
        span = Span(parent, OPERATIONS.get(ctx.endpoint, ctx.endpoint), SERVER, self._add)
        ctx.on_finish(partial(self._finish, span))
        return CURRENT.set(span)

    def leave(self, token: Token[TraceContext | None]) -> None:
        CURRENT.reset(token)

    def attempt(
        self, endpoint: Endpoint, group: str, deployment: Deployment, number: int
    ) -> Attempt:
        """A client span for one upstream attempt (the router's ``AttemptTracer``): its
        ``headers`` carry its trace context to the upstream, ``end(error)`` ends it."""
        key = (endpoint, group, deployment.id)
        known = self._attempts.get(key)
        if known is None:
            known = self._attempts[key] = self._describe_attempt(endpoint, group, deployment)
        name, encoded = known
        parent = CURRENT.get() or self._root()
        span = Attempt(parent, name, CLIENT, self._add, encoded)
        span.attributes = {"lmops.attempt": number}
        return span

    def cache_step(self, cache: ResponseCache) -> Step:
        """The cache lookup in a span, for the requests that look the cache up."""
        return _TracedStep(self, "lmops.cache.lookup", cache, _cache_applies, _cache_hit)

    def guardrail_step(self, guardrails: Guardrails) -> Step:
        """The input guardrails in a span, for the requests some rule covers."""
        return _TracedStep(self, "lmops.guardrails.input", guardrails, guardrails.covers, _hits)

    def child(self, name: str) -> Span:
        """An internal span under the current one."""
        return Span(CURRENT.get() or self._root(), name, INTERNAL, self._add)

    async def close(self) -> None:
        """Export what is left and stop the export thread (at gateway stop: a SIGTERM too)."""
        await asyncio.to_thread(self._exporter.stop)

    def _root(self) -> TraceContext:
        trace_id = new_trace_id()
        return TraceContext(trace_id, 0, SAMPLED if (trace_id & _MASK64) < self._bound else 0, None)

    def _describe_attempt(
        self, endpoint: Endpoint, group: str, deployment: Deployment
    ) -> tuple[str, bytes]:
        model = deployment.upstream_model
        operation = OPERATIONS.get(endpoint, endpoint)
        attributes = {
            "gen_ai.operation.name": operation,
            "gen_ai.provider.name": self._providers.get(deployment.id, deployment.provider),
            "gen_ai.request.model": model,
            "lmops.deployment": deployment.id,
            "lmops.model_group": group,
        }
        return f"{operation} {model}", encode_attributes(attributes.items())

    def _finish(self, span: Span, ctx: RequestContext, outcome: Outcome) -> None:
        """The server span's end, as a finish callback: the outcome's attributes, then ``end``."""
        if span.sink is not None:  # an unsampled span: nothing to describe
            span.attributes = server_attributes(ctx, outcome, self._providers, self._content)
            group = ctx.model_group
            if group:
                name = self._names.get(group)
                if name is None:
                    name = f"{OPERATIONS.get(ctx.endpoint, ctx.endpoint)} {group}"
                    if len(self._names) < 1024:
                        self._names[group] = name
                span.name = name
            # As for any HTTP server: a 4xx is the client's, not a failure of the gateway.
            if outcome.status >= 500:
                span.status = 2
                span.message = outcome.error_type
        span.end()


class Attempt(Span):
    """An upstream attempt's span: ``end`` takes the error that ended it, if one did."""

    __slots__ = ()

    def end(self, error: BaseException | None = None) -> None:
        if error is not None and self.sink is not None:
            if isinstance(error, UpstreamError):
                kind = error.kind
                self.set("http.response.status_code", error.status)
                self.set("lmops.retryable", error.retryable)
            else:
                kind = type(error).__name__  # cancelled: the client left, or the stop's timeout
            self.fail(kind)
        super().end()


class _TracedStep:
    """A pipeline step run in a span of its own, when ``applies`` to the request."""

    __slots__ = ("_applies", "_describe", "_name", "_step", "_tracing")

    def __init__(
        self, tracing: Tracing, name: str, step: Step, applies: _Applies, describe: _Describe
    ) -> None:
        self._tracing = tracing
        self._name = name
        self._step = step
        self._applies = applies
        self._describe = describe

    async def __call__(self, ctx: RequestContext) -> None:
        if not self._applies(ctx):
            await self._step(ctx)
            return
        span = self._tracing.child(self._name)
        token = CURRENT.set(span)
        try:
            await self._step(ctx)
        except BaseException as exc:
            if span.sink is not None:
                code = exc.code or exc.type if isinstance(exc, GatewayError) else None
                span.set("error.type", code or type(exc).__name__)
                _describe(span, self._describe(ctx))
            raise
        else:
            if span.sink is not None:
                _describe(span, self._describe(ctx))
        finally:
            CURRENT.reset(token)
            span.end()


def _describe(
    span: Span, attributes: Mapping[str, str | bool | int | float | tuple[str, ...]]
) -> None:
    for key, value in attributes.items():
        span.set(key, value)


def _cache_applies(ctx: RequestContext) -> bool:
    return ctx.cache is not None and ctx.cache.lookup


def _cache_hit(ctx: RequestContext) -> Attributes:
    return {"lmops.cache.hit": ctx.cached is not None}


def _hits(ctx: RequestContext) -> Attributes:
    hits = ctx.guardrails
    return {"lmops.guardrails": tuple(hit.label() for hit in hits)} if hits else {}
