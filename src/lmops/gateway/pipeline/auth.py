"""Authentication: a bearer token becomes a principal, or the request ends with 401.

The key is read from ``Authorization: Bearer <key>``, else from ``x-api-key`` (what the
Anthropic SDK sends) or ``api-key`` (the Azure OpenAI SDK's).
"""

from __future__ import annotations

import hmac
from collections.abc import Callable, Sequence
from typing import Protocol

from lmops.errors import GatewayError
from lmops.gateway.context import ANONYMOUS, Principal, RequestContext

__all__ = ["KEY_HEADERS", "Authenticate", "Authenticator", "MasterKey", "bearer_token"]

MASTER = Principal("master", "master")
# Headers a key may come in when there is no Authorization header, in this order.
KEY_HEADERS = (b"x-api-key", b"api-key")


class Authenticator(Protocol):
    """Resolves a token to a principal, or None if this authenticator does not know it."""

    async def authenticate(self, token: str) -> Principal | None: ...


class MasterKey:
    def __init__(self, key: str) -> None:
        self._key = key.encode()

    async def authenticate(self, token: str) -> Principal | None:
        return MASTER if hmac.compare_digest(token.encode(), self._key) else None


def bearer_token(authorization: str | None) -> str | None:
    if not authorization:
        return None
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


class Authenticate:
    """The first step. With no authenticators configured every caller is anonymous."""

    def __init__(self, authenticators: Sequence[Authenticator]) -> None:
        self._authenticators = tuple(authenticators)

    async def __call__(self, ctx: RequestContext) -> None:
        authorization = ctx.header(b"authorization")
        if authorization is None:
            ctx.principal = await self.resolve(None, _api_key(ctx.header))
        else:
            ctx.principal = await self.resolve(authorization)

    async def resolve(self, authorization: str | None, api_key: str | None = None) -> Principal:
        """The caller named by an ``Authorization`` header value, else by an ``x-api-key`` or
        ``api-key`` value (``api_key``); 401 if nobody is."""
        if not self._authenticators:
            return ANONYMOUS
        token = bearer_token(authorization)
        if token is None and authorization is None and api_key and api_key.strip():
            token = api_key.strip()
        if token is None:
            raise _unauthorized(
                "Missing API key: send 'Authorization: Bearer <key>' (or an x-api-key header)."
            )
        for authenticator in self._authenticators:
            principal = await authenticator.authenticate(token)
            if principal is not None:
                return principal
        raise _unauthorized("Invalid API key.")


def _api_key(header: Callable[[bytes], str | None]) -> str | None:
    for name in KEY_HEADERS:
        value = header(name)
        if value is not None:
            return value
    return None


def _unauthorized(message: str) -> GatewayError:
    return GatewayError(message, status=401, type_="invalid_request_error", code="invalid_api_key")
