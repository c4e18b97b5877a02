"""Request traces with the OpenTelemetry SDK: imported only when ``telemetry:`` is configured.

Each proxied request is a server span (``chat {model}``), a child of the client's
``traceparent`` when it sent one. Under it: a client span per upstream attempt (retries and
fallbacks each get their own; a stream's lasts until the stream ends), whose trace context the
upstream call carries; a span for the cache lookup and one for the input guardrails, when they
apply. Ended spans go to a ``BatchSpanProcessor``: a background thread encodes and posts them
by OTLP/HTTP, so the request path never waits on the export. The tracer provider is this
gateway's own, never the process's global one (several gateways, several configs, one process
in the tests).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping, Sequence
from contextvars import Token
from typing import TYPE_CHECKING, Final

from opentelemetry import context as otel_context
from opentelemetry import trace
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider, sampling
from opentelemetry.sdk.trace.export import BatchSpanProcessor, SpanExporter
from opentelemetry.trace import Span, SpanKind, Status, StatusCode
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

from lmops.config import Deployment, TelemetrySettings
from lmops.errors import GatewayError, UpstreamError
from lmops.telemetry.genai import OPERATIONS, provider_name, server_attributes

if TYPE_CHECKING:
    from opentelemetry.util.types import AttributeValue

    from lmops.gateway.context import Outcome, RequestContext
    from lmops.gateway.pipeline import Step
    from lmops.gateway.pipeline.cache import ResponseCache
    from lmops.gateway.pipeline.guardrails import Guardrails
    from lmops.providers.base import Endpoint

    _Applies = Callable[[RequestContext], bool]
    _Describe = Callable[[RequestContext], Mapping[str, AttributeValue]]

__all__ = ["Tracing", "span_exporter"]

_SCOPE: Final = "lmops.gateway"
_TRACEPARENT: Final = b"traceparent"
_TRACESTATE: Final = b"tracestate"
_PROPAGATOR: Final = TraceContextTextMapPropagator()


def span_exporter(settings: TelemetrySettings) -> SpanExporter:
    """The OTLP/HTTP exporter ``settings`` describe (the tests replace this function to keep
    the spans in memory). Unset endpoint and headers fall back to the ``OTEL_EXPORTER_OTLP_*``
    variables, as every OpenTelemetry SDK reads them."""
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

    headers = {name: value.get_secret_value() for name, value in settings.headers.items()}
    return OTLPSpanExporter(
        endpoint=settings.endpoint, headers=headers or None, timeout=settings.timeout
    )


class Tracing:
    """One gateway's tracer: the request span, the step wrappers, the router's attempt spans."""

    def __init__(self, settings: TelemetrySettings, deployments: Sequence[Deployment]) -> None:
        ratio = settings.sample_ratio
        root = sampling.ALWAYS_ON if ratio >= 1 else sampling.TraceIdRatioBased(ratio)
        self._provider = TracerProvider(
            resource=Resource.create({"service.name": settings.service_name}),
            sampler=sampling.ParentBased(root),
        )
        self._provider.add_span_processor(
            BatchSpanProcessor(
                span_exporter(settings),
                max_queue_size=settings.max_queue,
                max_export_batch_size=min(settings.batch_size, settings.max_queue),
                schedule_delay_millis=settings.flush_interval * 1000,
                export_timeout_millis=settings.timeout * 1000,
            )
        )
        self._tracer = self._provider.get_tracer(_SCOPE)
        self._content = settings.capture_content
        self._providers = {d.id: provider_name(d.provider, d.api_version) for d in deployments}

    def begin(self, ctx: RequestContext) -> Token[otel_context.Context]:
        """Start the request's server span, current until :meth:`leave` with the returned token;
        it ends with the request (a stream's, when the stream ends)."""
        span = self._tracer.start_span(
            OPERATIONS.get(ctx.endpoint, ctx.endpoint),
            _remote_parent(ctx.scope["headers"]),
            SpanKind.SERVER,
        )
        ctx.on_finish(_ServerSpan(span, self._providers, self._content).finish)
        return otel_context.attach(trace.set_span_in_context(span))

    def leave(self, token: Token[otel_context.Context]) -> None:
        otel_context.detach(token)

    def attempt(
        self, endpoint: Endpoint, group: str, deployment: Deployment, number: int
    ) -> Attempt:
        """A client span for one upstream call (the router's ``AttemptTracer``)."""
        model = deployment.upstream_model
        operation = OPERATIONS.get(endpoint, endpoint)
        span = self._tracer.start_span(
            f"{operation} {model}",
            kind=SpanKind.CLIENT,
            attributes={
                "gen_ai.operation.name": operation,
                "gen_ai.provider.name": self._providers.get(deployment.id, deployment.provider),
                "gen_ai.request.model": model,
                "lmops.deployment": deployment.id,
                "lmops.model_group": group,
                "lmops.attempt": number,
            },
        )
        return Attempt(span)

    def cache_step(self, cache: ResponseCache) -> Step:
        """The cache lookup in a span, for the requests that look the cache up."""
        return _TracedStep(self._tracer, "lmops.cache.lookup", cache, _cache_applies, _cache_hit)

    def guardrail_step(self, guardrails: Guardrails) -> Step:
        """The input guardrails in a span, for the requests some rule covers."""
        return _TracedStep(
            self._tracer, "lmops.guardrails.input", guardrails, guardrails.covers, _hits
        )

    async def close(self) -> None:
        """Export what is left and stop the export thread (at gateway stop: a SIGTERM too)."""
        await asyncio.to_thread(self._provider.shutdown)


class Attempt:
    """One upstream attempt's span; ``headers`` carry its trace context to the upstream."""

    __slots__ = ("_span", "headers")

    def __init__(self, span: Span) -> None:
        self._span = span
        context = span.get_span_context()
        self.headers = {
            "traceparent": f"00-{context.trace_id:032x}-{context.span_id:016x}-"
            f"{context.trace_flags:02x}"
        }
        if context.trace_state:
            self.headers["tracestate"] = context.trace_state.to_header()

    def end(self, error: BaseException | None = None) -> None:
        span = self._span
        if error is not None and span.is_recording():
            if isinstance(error, UpstreamError):
                kind = error.kind
                span.set_attribute("http.response.status_code", error.status)
                span.set_attribute("lmops.retryable", error.retryable)
            else:
                kind = type(error).__name__  # cancelled: the client left, or the stop's timeout
            span.set_attribute("error.type", kind)
            span.set_status(Status(StatusCode.ERROR, kind))
        span.end()


class _ServerSpan:
    """The request span's end, as a finish callback: the outcome's attributes, then ``end``."""

    __slots__ = ("_content", "_providers", "_span")

    def __init__(self, span: Span, providers: Mapping[str, str], content: bool) -> None:
        self._span = span
        self._providers = providers
        self._content = content

    def finish(self, ctx: RequestContext, outcome: Outcome) -> None:
        span = self._span
        if span.is_recording():  # an unsampled span: nothing to describe
            span.set_attributes(server_attributes(ctx, outcome, self._providers, self._content))
            if ctx.model_group:
                span.update_name(f"{OPERATIONS.get(ctx.endpoint, ctx.endpoint)} {ctx.model_group}")
            # As for any HTTP server: a 4xx is the client's, not a failure of the gateway.
            if outcome.status >= 500:
                span.set_status(Status(StatusCode.ERROR, outcome.error_type))
        span.end()


class _TracedStep:
    """A pipeline step run in a span of its own, when ``applies`` to the request."""

    __slots__ = ("_applies", "_describe", "_name", "_step", "_tracer")

    def __init__(
        self,
        tracer: trace.Tracer,
        name: str,
        step: Step,
        applies: _Applies,
        describe: _Describe,
    ) -> None:
        self._tracer = tracer
        self._name = name
        self._step = step
        self._applies = applies
        self._describe = describe

    async def __call__(self, ctx: RequestContext) -> None:
        if not self._applies(ctx):
            await self._step(ctx)
            return
        span = self._tracer.start_span(self._name)
        token = otel_context.attach(trace.set_span_in_context(span))
        try:
            await self._step(ctx)
        except BaseException as exc:
            if span.is_recording():
                code = exc.code or exc.type if isinstance(exc, GatewayError) else None
                span.set_attribute("error.type", code or type(exc).__name__)
                span.set_attributes(self._describe(ctx))
            raise
        else:
            if span.is_recording():
                span.set_attributes(self._describe(ctx))
        finally:
            otel_context.detach(token)
            span.end()


def _remote_parent(headers: Sequence[tuple[bytes, bytes]]) -> otel_context.Context | None:
    """The client's W3C trace context (``traceparent``, ``tracestate``), if it sent one; a
    malformed one is ignored (the request starts a trace of its own)."""
    parent = state = None
    for name, value in headers:
        if name == _TRACEPARENT:
            parent = value
        elif name == _TRACESTATE:
            state = value
    if parent is None:
        return None
    carrier = {"traceparent": bytes(parent).decode("latin-1")}
    if state is not None:
        carrier["tracestate"] = bytes(state).decode("latin-1")
    return _PROPAGATOR.extract(carrier)


def _cache_applies(ctx: RequestContext) -> bool:
    return ctx.cache is not None and ctx.cache.lookup


def _cache_hit(ctx: RequestContext) -> Mapping[str, bool]:
    return {"lmops.cache.hit": ctx.cached is not None}


def _hits(ctx: RequestContext) -> Mapping[str, tuple[str, ...]]:
    hits = ctx.guardrails
    return {"lmops.guardrails": tuple(hit.label() for hit in hits)} if hits else {}
