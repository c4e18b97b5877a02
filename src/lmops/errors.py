"""Errors that leave the gateway as OpenAI-shaped JSON, and the one mapping to the wire that
every surface uses: the proxied routes, the rest of the gateway, the admin API, the server
itself (headers), and SSE streams (an error event)."""

from __future__ import annotations

import math

import orjson

__all__ = [
    "GatewayError",
    "UpstreamError",
    "error_body",
    "http_error",
    "internal_error",
]

_HTTP_CODES = {404: "not_found", 405: "method_not_allowed", 413: "request_too_large"}


def error_body(
    message: str, type_: str, code: str | None = None, param: str | None = None
) -> bytes:
    """The OpenAI error envelope, serialised."""
    return orjson.dumps(
        {"error": {"message": message, "type": type_, "param": param, "code": code}}
    )


class GatewayError(Exception):
    """An error with the HTTP status and OpenAI error fields it is reported with."""

    status: int = 500
    type: str = "api_error"

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        type_: str | None = None,
        code: str | None = None,
        param: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status
        if type_ is not None:
            self.type = type_
        self.code = code
        self.param = param
        self.headers = headers or {}

    def body(self) -> bytes:
        return error_body(self.message, self.type, self.code, self.param)

    def response_headers(self) -> list[tuple[bytes, bytes]]:
        """The headers the error is sent with, besides its content type and length."""
        return [(k.encode("latin-1"), v.encode("latin-1")) for k, v in self.headers.items()]

    def sse_event(self) -> bytes:
        """The error as the last event of a stream (the openai SDK raises it as an APIError)."""
        return b"data: " + self.body() + b"\n\n"

    @classmethod
    def bad_request(
        cls, message: str, *, param: str | None = None, code: str | None = None
    ) -> GatewayError:
        return cls(message, status=400, type_="invalid_request_error", param=param, code=code)


class UpstreamError(GatewayError):
    """A failed upstream call. ``retryable`` drives retries; ``kind`` drives fallbacks."""

    type = "upstream_error"

    def __init__(
        self,
        message: str,
        *,
        status: int = 502,
        kind: str = "upstream_error",
        retryable: bool = False,
        retry_after: float | None = None,
        code: str | None = None,
    ) -> None:
        super().__init__(message, status=status, code=code or kind)
        self.kind = kind
        self.retryable = retryable
        self.retry_after = retry_after
        self.deployment: str | None = None  # set by the router: which deployment failed last

    def response_headers(self) -> list[tuple[bytes, bytes]]:
        headers = super().response_headers()
        if self.retry_after is not None and "retry-after" not in self.headers:
            headers.append((b"retry-after", b"%d" % math.ceil(self.retry_after)))
        return headers


def internal_error() -> GatewayError:
    """What a client learns of a bug: nothing but that it happened (no trace, no text)."""
    return GatewayError("Internal error.", status=500, code="internal_error")


def http_error(status: int, detail: str, headers: dict[str, str] | None = None) -> GatewayError:
    """A routing or protocol error raised by Starlette (404, 405 with its Allow header, ...), in
    the one shape."""
    if status >= 500:
        return internal_error()
    code = _HTTP_CODES.get(status)
    return GatewayError(
        detail, status=status, type_="invalid_request_error", code=code, headers=headers
    )
