"""Starlette's side of the one error mapping (``lmops.errors``): the exception handlers that the
gateway's own routes and the admin API install."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

import structlog
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from lmops.errors import GatewayError, http_error, internal_error

__all__ = ["error_response", "exception_handlers"]

log = structlog.get_logger("lmops.gateway")

Handler = Callable[[Request, Any], Coroutine[Any, Any, Response]]


def error_response(exc: GatewayError) -> Response:
    response = Response(exc.body(), status_code=exc.status, media_type="application/json")
    for name, value in exc.response_headers():
        response.headers.append(name.decode("latin-1"), value.decode("latin-1"))
    return response


async def _gateway_error(_: Request, exc: Exception) -> Response:
    assert isinstance(exc, GatewayError)
    return error_response(exc)


async def _http_error(_: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    headers = dict(exc.headers) if exc.headers else None
    return error_response(http_error(exc.status_code, str(exc.detail), headers))


async def _internal_error(_: Request, exc: Exception) -> Response:
    # Only the type: the exception's text may quote a request body or a secret.
    log.error("unhandled_error", error_type=type(exc).__name__)
    return error_response(internal_error())


def exception_handlers(*, internal: bool = True) -> dict[Any, Handler]:
    """Every error a Starlette app of the gateway's can raise, answered in the one shape;
    ``internal=False`` leaves unexpected exceptions to the app's own middleware."""
    handlers: dict[Any, Handler] = {
        GatewayError: _gateway_error,
        HTTPException: _http_error,
    }
    if internal:
        handlers[Exception] = _internal_error
    return handlers
