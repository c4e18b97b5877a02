"""The proxied OpenAI endpoints: run the pipeline, route, answer, account."""

from __future__ import annotations

import math
import uuid
from collections.abc import Sequence

import structlog
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from lmops.errors import GatewayError, UpstreamError
from lmops.gateway.accounting import Accounting, Outcome, usage_from_body
from lmops.gateway.context import RequestContext
from lmops.gateway.metrics import GatewayMetrics
from lmops.gateway.pipeline import Step
from lmops.gateway.router import Router
from lmops.gateway.streaming import relay_stream
from lmops.providers.base import Endpoint, UpstreamRequest

__all__ = ["ProxyHandler", "error_response"]

log = structlog.get_logger("lmops.gateway")

_SSE_HEADERS = {"cache-control": "no-cache", "x-accel-buffering": "no"}


class ProxyHandler:
    def __init__(
        self,
        steps: Sequence[Step],
        router: Router,
        accounting: Accounting,
        metrics: GatewayMetrics,
    ) -> None:
        self._steps = tuple(steps)
        self._router = router
        self._accounting = accounting
        self._metrics = metrics

    async def handle(self, request: Request, endpoint: Endpoint) -> Response:
        ctx = RequestContext(request, endpoint, uuid.uuid4().hex)
        self._metrics.in_flight.inc()
        try:
            for step in self._steps:
                await step(ctx)
            routed = await self._router.route(
                ctx.model_group,
                UpstreamRequest(endpoint, ctx.body, ctx.stream, ctx.request_id),
            )
        except GatewayError as exc:
            return self._fail(ctx, exc)
        except Exception:
            log.exception("unhandled_error", request_id=ctx.request_id)
            return self._fail(ctx, GatewayError("Internal error.", status=500))
        response = routed.response
        headers = {"x-request-id": ctx.request_id}
        if response.chunks is not None:
            return StreamingResponse(
                relay_stream(ctx, routed, self._finish),
                media_type="text/event-stream",
                headers={**_SSE_HEADERS, **headers},
            )
        body = response.body or b""
        self._finish(
            ctx,
            Outcome(
                status=response.status,
                deployment=routed.state.deployment.id,
                usage=usage_from_body(body),
                response_body=body,
            ),
        )
        return Response(
            body, status_code=response.status, headers=headers, media_type="application/json"
        )

    def _finish(self, ctx: RequestContext, outcome: Outcome) -> None:
        self._metrics.in_flight.dec()
        self._accounting.finish(ctx, outcome)

    def _fail(self, ctx: RequestContext, exc: GatewayError) -> Response:
        self._finish(ctx, Outcome(status=exc.status, error_type=exc.code or exc.type))
        return error_response(exc, ctx.request_id)


def error_response(exc: GatewayError, request_id: str | None = None) -> Response:
    headers = dict(exc.headers)
    if request_id:
        headers["x-request-id"] = request_id
    if isinstance(exc, UpstreamError) and exc.retry_after is not None:
        headers["retry-after"] = str(math.ceil(exc.retry_after))
    return Response(
        exc.body(), status_code=exc.status, headers=headers, media_type="application/json"
    )
