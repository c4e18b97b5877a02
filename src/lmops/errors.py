"""Errors that leave the gateway as OpenAI-shaped JSON."""

from __future__ import annotations

import orjson

__all__ = ["GatewayError", "UpstreamError", "error_body"]


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
