"""What every HTTP provider shares: timeouts, and turning upstream failures into UpstreamError."""

from __future__ import annotations

import math
from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import aiohttp
import structlog
from aiohttp.http_exceptions import HttpProcessingError

from lmops.config import Deployment
from lmops.errors import UpstreamError
from lmops.providers._error_body import read_error_body
from lmops.providers.base import upstream_name

__all__ = [
    "TRACE_HEADERS",
    "client_timeout",
    "error_from_response",
    "iter_sse_events",
    "open_response",
    "read_body",
    "scrub",
    "status_error",
    "upstream_failures",
]

log = structlog.get_logger("lmops.providers")

TRACE_HEADERS: ContextVar[Mapping[str, str] | None] = ContextVar(
    "lmops_trace_headers", default=None
)
"""The W3C trace context (``traceparent``, ``tracestate``) of the upstream attempt under way:
set by the router around a provider's ``send`` when tracing is on, added by
:func:`open_response` to the call it makes. A context variable, so no provider has to know
about tracing (a provider that does not send through :func:`open_response` does not carry it).
"""


_CONTEXT_WINDOW_MARKERS = (
    "context_length_exceeded",
    "context length",
    "context window",
    "maximum context",
    "prompt is too long",
    "too many tokens",
    "input token count",  # Gemini's "The input token count (N) exceeds the maximum ..."
)


def client_timeout(deployment: Deployment) -> aiohttp.ClientTimeout:
    """``first_byte`` bounds each wait for data, so it covers the headers and every stream gap."""
    t = deployment.timeout
    return aiohttp.ClientTimeout(total=t.total, sock_connect=t.connect, sock_read=t.first_byte)


def scrub(text: str, deployment: Deployment) -> str:
    """Remove the deployment's key and header values from upstream text (upstreams echo keys)."""
    secrets = list(deployment.headers.values())
    if deployment.api_key is not None:
        secrets.append(deployment.api_key.get_secret_value())
    for secret in sorted(secrets, key=len, reverse=True):
        if len(secret) >= 6:
            text = text.replace(secret, "[redacted]")
    return text


@contextmanager
def upstream_failures(deployment: Deployment) -> Iterator[None]:
    """Map network errors, timeouts and unreadable answers to retryable ``UpstreamError``."""
    who = upstream_name(deployment)
    try:
        yield
    except UpstreamError:
        raise
    except TimeoutError:
        raise UpstreamError(
            f"{who} timed out", status=504, kind="timeout", retryable=True
        ) from None
    except aiohttp.ClientPayloadError:
        raise UpstreamError(
            f"{who} broke the response off", kind="upstream_disconnected", retryable=True
        ) from None
    except aiohttp.ClientError as exc:
        raise UpstreamError(
            f"cannot reach {who}: {type(exc).__name__}", kind="connection_error", retryable=True
        ) from None
    except (HttpProcessingError, ValueError, TypeError, KeyError, AttributeError) as exc:
        # An answer we cannot read (bad JSON, wrong shapes, an oversized line) is the upstream's
        # fault: retry or fall back rather than fail the request with a 500. The traceback is
        # logged, so a bug of ours that lands here cannot pass for an upstream's.
        log.warning("upstream_malformed_response", deployment=deployment.id, exc_info=True)
        raise UpstreamError(
            f"{who} sent a malformed response ({type(exc).__name__})",
            kind="malformed_response",
            retryable=True,
        ) from None


async def open_response(
    http: aiohttp.ClientSession,
    url: str,
    *,
    data: bytes,
    headers: Mapping[str, str],
    deployment: Deployment,
) -> aiohttp.ClientResponse:
    """POST to an upstream and return the open 2xx response; raise any other as UpstreamError.

    Redirects are not followed: aiohttp would carry key headers such as ``api-key`` along.
    The attempt's trace context goes along when tracing is on (:data:`TRACE_HEADERS`).
    """
    trace = TRACE_HEADERS.get()
    if trace is not None:
        headers = {**headers, **trace}
    with upstream_failures(deployment):
        resp = await http.post(
            url,
            data=data,
            headers=headers,
            timeout=client_timeout(deployment),
            allow_redirects=False,
        )
        if not 200 <= resp.status < 300:
            try:
                raise await error_from_response(resp, deployment)
            finally:
                resp.release()
    return resp


async def read_body(resp: aiohttp.ClientResponse, deployment: Deployment) -> bytes:
    """The whole body of a response from :func:`open_response`, which it then releases."""
    try:
        with upstream_failures(deployment):
            return await resp.read()
    finally:
        resp.release()


async def error_from_response(
    resp: aiohttp.ClientResponse, deployment: Deployment
) -> UpstreamError:
    """Read a non-2xx upstream response and classify it."""
    raw = await resp.read()
    found = read_error_body(raw)
    message = scrub(found.message or resp.reason or "upstream error", deployment)
    status = resp.status
    lowered = message.lower()
    if found.exceeds_context or (
        status in (400, 413) and any(m in lowered for m in _CONTEXT_WINDOW_MARKERS)
    ):
        return UpstreamError(message, status=400, kind="context_window_exceeded")
    error = status_error(status, f"{upstream_name(deployment)} returned {status}: {message}")
    error.retry_after = _retry_after(resp.headers.get("retry-after"))
    return error


def status_error(status: int, message: str) -> UpstreamError:
    """Classify an upstream HTTP status: what the client sees, and whether a retry can help."""
    if status in (401, 403):
        # The gateway's own credential failed: a gateway problem (502), never the caller's 401.
        return UpstreamError(message, status=502, kind="upstream_auth_error")
    if status < 400:
        return UpstreamError(message, status=502, kind="upstream_redirect")
    return UpstreamError(
        message,
        status=status if status < 500 else 502,
        kind="rate_limited" if status == 429 else "upstream_error",
        retryable=status in (408, 409, 429) or status >= 500,
    )


def _retry_after(value: str | None) -> float | None:
    """Seconds from a ``Retry-After`` header: a number, or an HTTP date."""
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            return None
        seconds = max(0.0, (when - datetime.now(UTC)).total_seconds())
    # Anything past a day (or inf, or nan) is not a wait anyone means; treat it as absent.
    return seconds if math.isfinite(seconds) and 0 <= seconds <= 86_400 else None


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
