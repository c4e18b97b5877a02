"""What every HTTP provider shares: timeouts, and turning upstream failures into UpstreamError."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager

import aiohttp
import orjson

from lmops.config import Deployment
from lmops.errors import UpstreamError

__all__ = ["client_timeout", "error_from_response", "iter_sse_events", "upstream_failures"]

_CONTEXT_WINDOW_MARKERS = (
    "context_length_exceeded",
    "context length",
    "context window",
    "maximum context",
    "prompt is too long",
    "too many tokens",
)


def client_timeout(deployment: Deployment) -> aiohttp.ClientTimeout:
    """``first_byte`` bounds each wait for data, so it covers the headers and every stream gap."""
    t = deployment.timeout
    return aiohttp.ClientTimeout(total=t.total, sock_connect=t.connect, sock_read=t.first_byte)


@contextmanager
def upstream_failures(deployment: Deployment) -> Iterator[None]:
    """Map network errors and timeouts to retryable ``UpstreamError`` naming the deployment."""
    try:
        yield
    except UpstreamError:
        raise
    except TimeoutError:
        raise UpstreamError(
            f"upstream {deployment.id} timed out", status=504, kind="timeout", retryable=True
        ) from None
    except aiohttp.ClientPayloadError:
        raise UpstreamError(
            f"upstream {deployment.id} broke the response off",
            kind="upstream_disconnected",
            retryable=True,
        ) from None
    except aiohttp.ClientError as exc:
        raise UpstreamError(
            f"cannot reach upstream {deployment.id}: {type(exc).__name__}",
            kind="connection_error",
            retryable=True,
        ) from None


async def error_from_response(
    resp: aiohttp.ClientResponse, deployment: Deployment
) -> UpstreamError:
    """Read a non-2xx upstream response and classify it."""
    raw = await resp.read()
    message = _upstream_message(raw) or resp.reason or "upstream error"
    status = resp.status
    retry_after = _retry_after(resp.headers.get("retry-after"))
    lowered = message.lower()
    if status in (400, 413) and any(m in lowered for m in _CONTEXT_WINDOW_MARKERS):
        return UpstreamError(message, status=400, kind="context_window_exceeded")
    retryable = status in (408, 409, 429) or status >= 500
    kind = "rate_limited" if status == 429 else "upstream_error"
    return UpstreamError(
        f"upstream {deployment.id} returned {status}: {message}",
        status=status if status < 500 else 502,
        kind=kind,
        retryable=retryable,
        retry_after=retry_after,
    )


def _upstream_message(raw: bytes) -> str | None:
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError:
        text = raw.decode("utf-8", "replace").strip()
        return text[:500] or None
    if isinstance(data, dict):
        err = data.get("error", data)
        if isinstance(err, dict) and isinstance(err.get("message"), str):
            return str(err["message"])[:500]
        if isinstance(err, str):
            return err[:500]
    return None


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


async def iter_sse_events(content: aiohttp.StreamReader) -> AsyncIterator[tuple[str, bytes]]:
    """Yield ``(event, data)`` pairs of a server-sent event stream, for APIs to translate."""
    event = ""
    data: list[bytes] = []
    async for line in content:
        line = line.rstrip(b"\r\n")
        if not line:
            if data:
                yield event, b"\n".join(data)
            event, data = "", []
        elif line.startswith(b"event:"):
            event = line[6:].strip().decode()
        elif line.startswith(b"data:"):
            data.append(line[5:].lstrip())
    if data:
        yield event, b"\n".join(data)
