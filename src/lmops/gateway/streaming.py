"""SSE pass-through with an honest end: a broken upstream stream ends in an SSE error event."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncGenerator, Callable

import structlog

from lmops.errors import UpstreamError, error_body
from lmops.gateway.accounting import Outcome, usage_from_sse_tail
from lmops.gateway.context import RequestContext
from lmops.gateway.router import Routed, Router
from lmops.providers.base import upstream_name

__all__ = ["relay_stream"]

_DONE = b"data: [DONE]"
_TAIL_BYTES = 16384

log = structlog.get_logger("lmops.gateway")


async def relay_stream(
    ctx: RequestContext,
    routed: Routed,
    router: Router,
    finish: Callable[[RequestContext, Outcome], None],
) -> AsyncGenerator[bytes, None]:
    """Yield the upstream's chunks unchanged; account for the request when the stream ends."""
    chunks = routed.response.chunks
    first = routed.first_chunk
    assert chunks is not None and first is not None
    outcome = Outcome(
        status=200, deployment=routed.state.deployment.id, ttft=time.perf_counter() - ctx.started
    )
    tail = first
    broken: UpstreamError | None = None
    try:
        yield first
        async for chunk in chunks:
            tail = tail[-_TAIL_BYTES:] + chunk
            yield chunk
        if _DONE not in tail[-64:]:
            raise UpstreamError(
                f"{upstream_name(routed.state.deployment)} ended the stream without [DONE]",
                kind="upstream_disconnected",
            )
    except UpstreamError as exc:
        broken = exc
        outcome.status, outcome.error_type = exc.status, exc.kind
        yield _error_event(exc.message, exc.type, exc.kind)
    except (GeneratorExit, asyncio.CancelledError) as exc:
        if ctx.client_gone:  # 499, as nginx logs a client that hung up
            outcome.status, outcome.error_type = 499, "client_disconnected"
        elif isinstance(exc, asyncio.CancelledError):  # the graceful-stop timeout ran out
            outcome.status, outcome.error_type = 503, "shutdown"
        else:  # closed because sending to the client failed
            outcome.status, outcome.error_type = 500, "aborted"
        raise
    except Exception:
        log.exception("stream_relay_failed", request_id=ctx.request_id)
        outcome.status, outcome.error_type = 500, "internal_error"
        yield _error_event("Internal error.", "api_error", "internal_error")
    finally:
        await chunks.aclose()
        outcome.usage = routed.response.usage or usage_from_sse_tail(tail)
        router.stream_done(routed, broken)
        finish(ctx, outcome)


def _error_event(message: str, type_: str, code: str) -> bytes:
    """An OpenAI-shaped error as an SSE event (the openai SDK raises it as an APIError)."""
    return b"data: " + error_body(message, type_, code) + b"\n\n"
