"""The HTTP server's part: read deadlines, a cap on connections, a drain that answers.

uvicorn's httptools protocol holds a connection that sends part of its headers, or trickles
its body, as long as the client likes, and accepts every connection. At shutdown it closes
idle keep-alive connections at once, so a request already on its way meets a reset.
``GatewayProtocol`` is that protocol with:

- a header deadline (``settings.http.header_timeout``, from the connection or from a request's
  first byte) and a body deadline (``body_timeout``, from the end of the headers): when one
  passes, a 408 and the connection is closed;
- a cap on open connections (``max_connections``): one more is answered 503 at once and closed;
- a drain: the request in flight finishes, its response says ``Connection: close``; an idle
  connection is closed by its keep-alive timer, as at any other time, and a request that
  arrives on it meanwhile is answered 503 with ``Connection: close``;
- each connection's ``Disconnect`` signal in the scope, so a handler notices a hang-up without
  a task of its own (``lmops.gateway.hangup``).

It overrides public callbacks of uvicorn's ``HttpToolsProtocol`` and reads these attributes:
``app``, ``scope``, ``cycle``, ``pipeline``, ``connections``, ``transport``, ``loop`` and
``server_state.default_headers``; of a request's cycle ``response_started``,
``response_complete``, ``keep_alive``, ``disconnected`` and ``message_event``.
tests/gateway/test_server_limits.py exercises each of them.
"""

from __future__ import annotations

import asyncio
import functools
import math
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

from starlette.types import Receive, Scope, Send
from uvicorn.config import Config as UvicornConfig
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
from uvicorn.server import ServerState

from lmops.config import HttpSettings, Settings
from lmops.errors import GatewayError
from lmops.gateway.handlers import SHUTTING_DOWN, send_error
from lmops.gateway.hangup import DISCONNECT, Disconnect

__all__ = ["GatewayProtocol", "server_options"]

# How long a refused connection keeps reading after its 503: closing a socket with unread data
# sends a reset, which can destroy the answer before the client reads it.
_LINGER = 1.0

_TOO_MANY = GatewayError(
    "The gateway has too many open connections; retry the request.",
    status=503,
    code="too_many_connections",
    headers={"retry-after": "1"},
)
_HEADERS_LATE = GatewayError(
    "The request headers did not arrive in time.",
    status=408,
    type_="invalid_request_error",
    code="header_timeout",
)
_BODY_LATE = GatewayError(
    "The request body did not arrive in time.",
    status=408,
    type_="invalid_request_error",
    code="body_timeout",
)


def server_options(settings: Settings) -> dict[str, Any]:
    """The uvicorn options that serve the gateway with these limits (for ``uvicorn.run``)."""
    return {
        "loop": "uvloop",
        "http": functools.partial(GatewayProtocol, limits=settings.http),
        "ws": "none",  # no WebSocket route: an upgrade would escape the read deadlines
        "timeout_graceful_shutdown": math.ceil(settings.graceful_timeout),
    }


class GatewayProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with read deadlines, a connection cap and an answering drain."""

    def __init__(
        self,
        config: UvicornConfig,
        server_state: ServerState,
        app_state: dict[str, Any],
        _loop: asyncio.AbstractEventLoop | None = None,
        *,
        limits: HttpSettings,
    ) -> None:
        super().__init__(config, server_state, app_state, _loop)
        self._limits = limits
        self._deadline: asyncio.TimerHandle | None = None
        self._in_headers = False  # part of a request has come, not yet all its headers
        self._disconnect = Disconnect()
        self._extensions = {DISCONNECT: {"signal": self._disconnect}}

    def connection_made(  # type: ignore[override]
        self, transport: asyncio.Transport
    ) -> None:
        if len(self.connections) >= self._limits.max_connections:
            transport.set_protocol(_Refusal(transport, self.loop, _answer(_TOO_MANY, self)))
            return
        super().connection_made(transport)
        self._arm(self._limits.header_timeout, self._headers_late)

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)
        self._disconnect.fire()

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self.scope["extensions"] = self._extensions  # type: ignore[typeddict-item]
        self._in_headers = True
        if self._deadline is None:  # a first request's deadline runs from the connection
            self._arm(self._limits.header_timeout, self._headers_late)

    def on_headers_complete(self) -> None:
        self._in_headers = False
        self._disarm()
        super().on_headers_complete()
        self._arm(self._limits.body_timeout, self._body_late)

    def on_message_complete(self) -> None:
        self._disarm()
        super().on_message_complete()

    def shutdown(self) -> None:
        """Drain: the request in flight finishes; a request that comes later gets a 503.

        An idle connection is left to its keep-alive timer: closing it now would reset a
        request already on its way.
        """
        self.app = _draining
        cycle = self.cycle
        # Requests queued behind the one in flight were read: they are answered before closing.
        if cycle is not None and not cycle.response_complete and not self.pipeline:
            cycle.keep_alive = False

    def _arm(self, seconds: float, callback: Callable[[], None]) -> None:
        self._deadline = self.loop.call_later(seconds, self._due, callback)

    def _due(self, callback: Callable[[], None]) -> None:
        # A deadline measures the client, not a busy event loop: bytes that came in time but
        # that a lagging loop has not read yet are read first (one more turn, after its poll).
        self._deadline = self.loop.call_later(0, callback)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _headers_late(self) -> None:
        self._deadline = None
        if self.transport.is_closing():
            return
        if self._in_headers and self.cycle is not None and not self.cycle.response_complete:
            # Pipelined behind a request still being answered: a 408 now would cut into that
            # answer. This request's deadline starts over.
            self._arm(self._limits.header_timeout, self._headers_late)
            return
        if self._in_headers:  # else nothing came: closed as an idle keep-alive connection is
            self.transport.write(_answer(_HEADERS_LATE, self))
        self.transport.close()

    def _body_late(self) -> None:
        self._deadline = None
        if self.transport.is_closing():
            return
        if self.pipeline:
            # Queued behind a request still being answered, with reading paused meanwhile: its
            # body could not come. Its deadline starts over.
            self._arm(self._limits.body_timeout, self._body_late)
            return
        cycle = self.cycle
        if not cycle.response_started:
            # The app waits in receive(): it now sees a disconnect, and whatever it sends is
            # dropped, since the 408 is the answer.
            cycle.disconnected = True
            cycle.message_event.set()
            self.transport.write(_answer(_BODY_LATE, self))
        self.transport.close()


class _Refusal(asyncio.Protocol):
    """A connection over the cap: answered 503 at once, then closed without a reset.

    After the answer it reads (and drops) what the client still sends, until the client closes
    or ``_LINGER`` passes, so that closing does not reset the answer away.
    """

    def __init__(
        self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop, answer: bytes
    ) -> None:
        transport.write(answer)
        if transport.can_write_eof():
            transport.write_eof()
        self._timer = loop.call_later(_LINGER, transport.close)

    def data_received(self, data: bytes) -> None:
        pass

    def eof_received(self) -> bool:
        return False  # the client is done too: close

    def connection_lost(self, exc: Exception | None) -> None:
        self._timer.cancel()


async def _draining(scope: Scope, receive: Receive, send: Send) -> None:
    """A request that arrived during the drain: read it whole, answer 503, close."""
    # Reading the body first: a connection closed with unread data is reset, answer and all.
    message = await receive()
    while message["type"] == "http.request" and message.get("more_body", False):
        message = await receive()
    if message["type"] == "http.disconnect":
        return
    await send_error(send, SHUTTING_DOWN, [(b"connection", b"close")])


def _answer(error: GatewayError, protocol: HttpToolsProtocol) -> bytes:
    """A whole response, written straight to the transport (outside any request's cycle)."""
    body = error.body()
    state: ServerState = protocol.server_state
    headers = [
        *state.default_headers,
        (b"content-type", b"application/json"),
        (b"content-length", b"%d" % len(body)),
        (b"connection", b"close"),
        *error.response_headers(),
    ]
    status = HTTPStatus(error.status)
    head = [b"HTTP/1.1 %d %s\r\n" % (status.value, status.phrase.encode())]
    head += [name + b": " + value + b"\r\n" for name, value in headers]
    return b"".join([*head, b"\r\n", body])
