"""SSE pass-through with an honest end: a broken upstream stream ends in an SSE error event."""

from __future__ import annotations

import time
from collections.abc import AsyncGenerator, Callable

import orjson

from lmops.errors import UpstreamError
from lmops.gateway.accounting import Outcome, usage_from_sse_tail
from lmops.gateway.context import RequestContext
from lmops.gateway.router import Routed

__all__ = ["relay_stream"]

_DONE = b"data: [DONE]"
_TAIL_BYTES = 16384


async def relay_stream(
    ctx: RequestContext, routed: Routed, finish: Callable[[RequestContext, Outcome], None]
) -> AsyncGenerator[bytes, None]:
    """Yield the upstream's chunks unchanged; account for the request when the stream ends."""
    chunks = routed.response.chunks
    first = routed.first_chunk
    assert chunks is not None and first is not None
    outcome = Outcome(
        status=200, deployment=routed.state.deployment.id, ttft=time.perf_counter() - ctx.started
    )
    tail = first
    try:
        yield first
        async for chunk in chunks:
            tail = tail[-_TAIL_BYTES:] + chunk
            yield chunk
        if _DONE not in tail[-64:]:
            raise UpstreamError(
                f"upstream {routed.state.deployment.id} ended the stream without [DONE]",
                kind="upstream_disconnected",
            )
    except UpstreamError as exc:
        outcome.status, outcome.error_type = exc.status, exc.kind
        yield (
            b"data: "
            + orjson.dumps(
                {
                    "error": {
                        "message": exc.message,
                        "type": exc.type,
                        "param": None,
                        "code": exc.kind,
                    }
                }
            )
            + b"\n\n"
        )
    except BaseException:
        # The client went away (cancellation or generator close): 499, as nginx logs it.
        outcome.status, outcome.error_type = 499, "client_disconnected"
        raise
    finally:
        aclose = getattr(chunks, "aclose", None)
        if aclose is not None:
            await aclose()
        outcome.usage = routed.response.usage or usage_from_sse_tail(tail)
        finish(ctx, outcome)
