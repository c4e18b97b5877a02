"""The proxied OpenAI endpoints, on the raw ASGI interface: pipeline, route, answer, account.

These three routes carry all the traffic, so they skip Starlette's routing, middleware and
Request/Response objects; everything else (models, health, metrics) stays on Starlette.
"""

from __future__ import annotations

import asyncio
import os
import random
import time
from collections.abc import AsyncGenerator, Callable, Sequence
from typing import TYPE_CHECKING, Any

import orjson
import structlog
from starlette.types import Receive, Scope, Send

from lmops.errors import GatewayError, UpstreamError, internal_error
from lmops.gateway.accounting import Accounting, usage_from_body, usage_from_sse_tail
from lmops.gateway.context import Outcome, RequestContext
from lmops.gateway.hangup import HangUp
from lmops.gateway.metrics import GatewayMetrics
from lmops.gateway.pipeline import Step
from lmops.gateway.streaming import relay_stream
from lmops.providers.base import Endpoint, UpstreamRequest
from lmops.providers.router import Routed, RouteGuard, Router

if TYPE_CHECKING:
    from lmops.telemetry.tracing import Tracing

__all__ = ["SHUTTING_DOWN", "ProxyHandler", "send_error", "send_json"]

log = structlog.get_logger("lmops.gateway")

_JSON = (b"content-type", b"application/json")
GUARDRAILS_HEADER = b"x-lmops-guardrails"

SHUTTING_DOWN = GatewayError(
    "The gateway is shutting down; retry the request.", status=503, code="shutdown"
)
_TOO_DEEP = GatewayError.bad_request("Request body is nested too deeply.", code="too_deep")
_SSE_HEADERS = [
    (b"content-type", b"text/event-stream"),
    (b"cache-control", b"no-cache"),
    (b"x-accel-buffering", b"no"),
]


class ProxyHandler:
    def __init__(
        self,
        steps: Sequence[Step],
        router: Router,
        accounting: Accounting,
        metrics: GatewayMetrics,
        guard: Callable[[RequestContext], RouteGuard] | None = None,
        tracing: Tracing | None = None,
    ) -> None:
        self._steps = tuple(steps)
        self._router = router
        self._accounting = accounting
        self._metrics = metrics
        self._guard = guard  # only when there are fallbacks or deployments with quotas
        self._tracing = tracing  # only when telemetry is configured
        self._active = 0
        self._idle = asyncio.Event()
        self._idle.set()

    async def wait_idle(self) -> None:
        """Until every request has been accounted for; shutdown bounds the wait."""
        await self._idle.wait()

    async def __call__(
        self, scope: Scope, receive: Receive, send: Send, endpoint: Endpoint
    ) -> None:
        ctx = RequestContext(scope, receive, endpoint, new_request_id())
        ctx.on_finish(self._accounting.finish)  # first in, so it runs last
        tracing = self._tracing
        trace = None if tracing is None else tracing.begin(ctx)
        self._metrics.request_started()
        self._active += 1
        self._idle.clear()
        try:
            await self._serve(ctx, send)
        except asyncio.CancelledError:
            # The graceful-stop timeout ran out: keep the record, and say so if we still can.
            if not ctx.answered:
                await self._fail(ctx, send, SHUTTING_DOWN)
            self._finish(ctx, Outcome(status=503, error_type="shutdown"))
            raise
        finally:
            if not ctx.finished:  # ended before any path accounted for it: a hang-up or a bug
                gone = ctx.client_gone
                status, error = (499, "client_disconnected") if gone else (500, "internal_error")
                self._finish(ctx, Outcome(status=status, error_type=error))
            if tracing is not None and trace is not None:
                tracing.leave(trace)

    async def _serve(self, ctx: RequestContext, send: Send) -> None:
        try:
            for step in self._steps:
                await step(ctx)
            if ctx.cached is not None:
                await self._replay(ctx, send)
                return
            with HangUp(ctx):  # a client that leaves stops the upstream call
                routed = await self._router.route(
                    ctx.model_group,
                    UpstreamRequest(ctx.endpoint, ctx.body, ctx.stream, ctx.request_id),
                    None if self._guard is None else self._guard(ctx),
                )
            if ctx.client_gone:
                self._finish(ctx, Outcome(status=499, error_type="client_disconnected"))
                return
        except GatewayError as exc:
            await self._fail(ctx, send, exc)
            return
        except orjson.JSONEncodeError:
            # orjson reads JSON nested 1,024 deep but writes only 254: such a body is parsed,
            # then cannot be sent on. The client's doing, so a 400, wherever it surfaces.
            await self._fail(ctx, send, _TOO_DEEP)
            return
        except Exception:
            log.exception("unhandled_error", request_id=ctx.request_id)
            await self._fail(ctx, send, internal_error())
            return
        output = ctx.output
        response = routed.response
        if response.chunks is not None:
            if output is not None and output.checks:
                try:
                    with HangUp(ctx):  # a client that leaves stops the (buffered) upstream
                        await output.stream(routed)
                except Exception as exc:  # refused (or broken) before anything was sent
                    self._router.stream_done(routed)
                    usage = response.usage or usage_from_sse_tail(output.tail)
                    await self._refuse_answer(ctx, send, exc, routed, usage)
                    return
                except BaseException:  # cancelled: the stop's timeout ran out
                    self._router.stream_done(routed)
                    raise
                if ctx.client_gone:  # left while the answer was being checked
                    self._router.stream_done(routed)
                    self._finish(
                        ctx,
                        Outcome(
                            status=499,
                            error_type="client_disconnected",
                            deployment=routed.state.deployment.id,
                            attempts=routed.attempts,
                            usage=response.usage or usage_from_sse_tail(output.tail),
                        ),
                    )
                    return
            relay = relay_stream(ctx, routed, self._router, self._finish)
            if output is not None and output.placeholders is not None:
                relay = output.restore(relay)
            headers = _response_headers(ctx)
            ctx.answered = True
            try:
                await _send_stream(ctx, send, relay, [*_SSE_HEADERS, *headers])
            finally:
                if not ctx.finished:  # the relay never started, so it never cleaned up
                    self._router.stream_done(routed)
                    chunks = routed.response.chunks
                    assert chunks is not None
                    await chunks.aclose()
            return
        body = response.body or b""
        status = response.status
        answer = body
        if output is not None and status == 200:
            try:
                body, answer = output.body(body)
            except Exception as exc:
                await self._refuse_answer(ctx, send, exc, routed, usage_from_body(body))
                return
        outcome = Outcome(
            status=status,
            deployment=routed.state.deployment.id,
            attempts=routed.attempts,
            usage=usage_from_body(body),
            response_body=body,
            answer=answer if status == 200 else None,
        )
        self._finish(ctx, outcome)
        ctx.answered = True
        await send_json(send, status, answer, _with_cost(_response_headers(ctx), outcome))

    async def _refuse_answer(
        self,
        ctx: RequestContext,
        send: Send,
        exc: Exception,
        routed: Routed,
        usage: dict[str, Any] | None,
    ) -> None:
        """An answer an output guardrail blocked (or that broke its check): the upstream was
        paid, so the record keeps its usage; the client gets the error, not the content."""
        if not isinstance(exc, GatewayError):
            log.exception("output_check_failed", request_id=ctx.request_id)
            exc = internal_error()
        self._finish(
            ctx,
            Outcome(
                status=exc.status,
                error_type=exc.code or exc.type,
                deployment=routed.state.deployment.id,
                attempts=routed.attempts,
                usage=usage,
            ),
        )
        ctx.answered = True
        await send_error(send, exc, _response_headers(ctx))

    async def _replay(self, ctx: RequestContext, send: Send) -> None:
        """Answer from the cache: the stored bytes, as a stream if the request asked for one."""
        cached = ctx.cached
        assert cached is not None
        headers = _response_headers(ctx)
        outcome = Outcome(
            status=200,
            usage=dict(cached.usage) if cached.usage else None,
            response_body=cached.body,
            cache_hit=True,
        )
        ctx.answered = True
        if not cached.stream:
            self._finish(ctx, outcome)
            await send_json(send, 200, cached.body, _with_cost(headers, outcome))
            return

        async def events() -> AsyncGenerator[bytes, None]:
            for event in cached.sse_events():
                yield event

        outcome.ttft = time.perf_counter() - ctx.started
        await _send_stream(ctx, send, events(), [*_SSE_HEADERS, *headers])
        if ctx.client_gone:
            outcome.status, outcome.error_type = 499, "client_disconnected"
        self._finish(ctx, outcome)

    def _finish(self, ctx: RequestContext, outcome: Outcome) -> None:
        """The request's end: priced once, then every step's finish callback, last first."""
        if ctx.finished:
            return
        ctx.finished = True
        try:
            try:
                self._accounting.price(ctx, outcome)
            except Exception:  # unpriced, but every step still finishes
                log.exception("pricing_failed", request_id=ctx.request_id)
            for finish in reversed(ctx.finishers):
                try:
                    finish(ctx, outcome)
                except Exception:  # one step's failure must not keep the others from theirs
                    log.exception("finish_failed", request_id=ctx.request_id)
        finally:
            self._metrics.request_finished()
            self._active -= 1
            if not self._active:
                self._idle.set()

    async def _fail(self, ctx: RequestContext, send: Send, exc: GatewayError) -> None:
        if ctx.answered:  # a response has started (a replay that broke): no second one
            self._finish(ctx, Outcome(status=500, error_type=exc.code or exc.type))
            return
        self._finish(
            ctx,
            Outcome(
                status=exc.status,
                error_type=exc.code or exc.type,
                deployment=exc.deployment if isinstance(exc, UpstreamError) else None,
            ),
        )
        ctx.answered = True
        await send_error(send, exc, _response_headers(ctx))


# The ids' own generator: the module-level one is anyone's to seed (transformers' ``set_seed``
# does, in process), and a seeded generator repeats the ids of the last run with that seed.
_ids = random.Random()
os.register_at_fork(after_in_child=_ids.seed)


def new_request_id() -> str:
    """128 random bits as hex. Not ``os.urandom``: it releases the GIL, and under load the
    request-log thread then takes it, a thread switch per request (about 10 us of CPU each).
    An id needs to be unique, not secret; ``_ids`` is seeded from the OS, again in a fork."""
    return f"{_ids.getrandbits(128):032x}"


def _with_cost(headers: list[tuple[bytes, bytes]], outcome: Outcome) -> list[tuple[bytes, bytes]]:
    """A non-streamed answer's headers with its cost in USD, when the price is known (a stream's
    headers go out before its usage is known: its cost is in the request log)."""
    if outcome.cost is not None:
        headers.append((b"x-lmops-response-cost", format(outcome.cost, ".10g").encode()))
    return headers


def _response_headers(ctx: RequestContext) -> list[tuple[bytes, bytes]]:
    """Every answer's headers: the request id, and what the steps added (limits, cache)."""
    headers = [(b"x-request-id", ctx.request_id.encode()), *ctx.response_headers]
    if ctx.guardrails:
        fired = ", ".join(f"{hit.rule}={hit.action}" for hit in ctx.guardrails)
        headers.append((GUARDRAILS_HEADER, fired.encode()))
    return headers


async def send_error(
    send: Send, exc: GatewayError, headers: Sequence[tuple[bytes, bytes]] = ()
) -> None:
    """``exc`` as its JSON response, with ``headers`` (the request id, the steps' own)."""
    await send_json(send, exc.status, exc.body(), [*exc.response_headers(), *headers])


async def send_json(
    send: Send, status: int, body: bytes, headers: Sequence[tuple[bytes, bytes]]
) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [_JSON, (b"content-length", b"%d" % len(body)), *headers],
        }
    )
    await send({"type": "http.response.body", "body": body})


async def _send_stream(
    ctx: RequestContext,
    send: Send,
    chunks: AsyncGenerator[bytes, None],
    headers: list[tuple[bytes, bytes]],
) -> None:
    """Relay chunks as they come; stop the upstream call the moment the client goes away,
    even while the upstream is silent (a model thinking for a minute would otherwise keep its
    connection, and its bill, running for nobody)."""
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    try:
        with HangUp(ctx) as hang_up:
            async for chunk in chunks:
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
            hang_up.disarm()  # completing the response makes receive() return too
            await send({"type": "http.response.body", "body": b"", "more_body": False})
    finally:
        await chunks.aclose()
