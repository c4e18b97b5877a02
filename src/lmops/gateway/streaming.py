"""SSE pass-through with an honest end: a broken upstream stream ends in an SSE error event."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncGenerator, Callable
from typing import Any

import structlog

from lmops.catalog.tokens import completion_text_from_sse, count_text_tokens, estimate_prompt_tokens
from lmops.errors import GatewayError, UpstreamError, internal_error
from lmops.gateway.accounting import usage_from_sse_tail
from lmops.gateway.context import Outcome, RequestContext
from lmops.providers.base import upstream_name
from lmops.providers.router import Routed, Router

__all__ = ["relay_stream"]

_DONE = b"data: [DONE]"
_TAIL_BYTES = 16384
# The whole stream is kept (as references to its chunks) for the cache, and to count tokens when
# the upstream sends no usage; past this size only the tail is kept and nothing is cached.
_KEEP_BYTES = 8 * 2**20

log = structlog.get_logger("lmops.gateway")


async def relay_stream(
    ctx: RequestContext,
    routed: Routed,
    router: Router,
    finish: Callable[[RequestContext, Outcome], None],
) -> AsyncGenerator[bytes, None]:
    """Yield the upstream's chunks unchanged; finish the request when the stream ends, with the
    whole stream as its ``answer`` when it ended cleanly (for the response cache)."""
    chunks = routed.response.chunks
    first = routed.first_chunk
    assert chunks is not None and first is not None
    outcome = Outcome(
        status=200,
        deployment=routed.state.deployment.id,
        ttft=time.perf_counter() - ctx.started,
        attempts=routed.attempts,
    )
    tail = first
    kept = [first]
    size = len(first)
    broken: UpstreamError | None = None
    try:
        yield first
        async for chunk in chunks:
            tail = tail[-_TAIL_BYTES:] + chunk
            size += len(chunk)
            if size <= _KEEP_BYTES:
                kept.append(chunk)
            yield chunk
        if not _ended(ctx, tail, kept if size <= _KEEP_BYTES else None):
            raise UpstreamError(
                f"{upstream_name(routed.state.deployment)} ended the stream without [DONE]",
                kind="upstream_disconnected",
            )
    except UpstreamError as exc:
        broken = exc
        outcome.status, outcome.error_type = exc.status, exc.kind
        yield exc.sse_event()
    except GatewayError as exc:  # an output guardrail cut the stream: the upstream was fine
        outcome.status, outcome.error_type = exc.status, exc.code or exc.type
        yield exc.sse_event()
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
        yield internal_error().sse_event()
    finally:
        await chunks.aclose()
        whole = b"".join(kept) if size <= _KEEP_BYTES else None
        usage = routed.response.usage or usage_from_sse_tail(tail)
        if usage is None and whole is not None and ctx.endpoint == "responses":
            usage = usage_from_sse_tail(whole)  # its last event holds the whole answer
        outcome.usage = usage or _count_usage(ctx, whole or tail)
        if outcome.status == 200:
            outcome.answer = whole
        router.stream_done(routed, broken)
        finish(ctx, outcome)


def _ended(ctx: RequestContext, tail: bytes, kept: list[bytes] | None) -> bool:
    """Whether the stream ended as its API ends one: [DONE]; for Anthropic's, message_stop;
    for the Responses API its final event, which holds the whole answer and so may start
    before the tail."""
    if ctx.endpoint == "messages":  # Anthropic's, as the anthropic provider relays it
        return b"event: message_stop" in tail[-128:]
    if ctx.endpoint != "responses":
        return _DONE in tail[-64:]
    seen = (tail if kept is None else b"".join(kept)).rstrip()
    # A blank line only ever ends an event (JSON escapes the newlines in a text).
    cut = max(seen.rfind(b"\n\n"), seen.rfind(b"\r\n\r\n"))
    if cut < 0 and kept is None:
        return seen.endswith(b"}")  # a last event longer than the tail: whole, at least
    return seen[cut:].lstrip().startswith(_FINAL_EVENTS)


_FINAL_EVENTS = tuple(
    prefix + kind
    for kind in (b"response.completed", b"response.incomplete", b"response.failed")
    for prefix in (b"event: ", b'data: {"type":"')
)


def _count_usage(ctx: RequestContext, stream: bytes) -> dict[str, Any]:
    """The upstream sent no usage: count the tokens ourselves, and say the count is ours."""
    completion = count_text_tokens(completion_text_from_sse(stream))
    prompt = estimate_prompt_tokens(ctx.endpoint, ctx.body)
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
        "estimated": True,
    }
