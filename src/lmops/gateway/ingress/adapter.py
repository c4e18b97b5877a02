"""Serve another API's route with the chat completions handler, on the raw ASGI interface.

The client's body is read (bounded, decompressed), translated by the route's :class:`Exchange`,
and handed to the handler as if a chat completions request had been sent; the handler's answer
is translated back on its way out: a JSON body whole, a stream event by event, an error into the
route's error shape. So every step of the request path applies unchanged, and the request log
and metrics see the chat request that was served. Where the upstream speaks the route's API
(``begin`` returns None), the request goes to the handler as sent, under the route's own
endpoint, and only the gateway's own errors are put in the route's shape on the way out.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, Protocol

import orjson
from starlette.types import Message, Receive, Scope, Send

from lmops.errors import GatewayError, internal_error
from lmops.gateway.ingress.sse import ChatStream
from lmops.gateway.pipeline.body import read_json_body

__all__ = ["Exchange", "IngressRoute"]

Json = dict[str, Any]
Handler = Callable[[Scope, Receive, Send, Any], Awaitable[None]]
_DROPPED = frozenset({b"content-length", b"content-encoding", b"content-type"})
_JSON = (b"content-type", b"application/json")


class Exchange(Protocol):
    """One request on a translated route: its chat body, and the way back."""

    chat: Json

    async def answer(self, completion: Json) -> Json:
        """The route's answer for a successful chat completion."""
        ...

    def error(self, status: int, body: bytes) -> bytes:
        """The route's error body for an OpenAI-shaped one."""
        ...

    def stream(self) -> ChatStream:
        """The translator of this request's stream."""
        ...

    async def stream_ended(self, stream: ChatStream) -> None:
        """Called once a stream has been translated to its end (before its last bytes go)."""
        ...


# The route's translation of a request, or None to pass it through as ``passthrough``.
Begin = Callable[[Scope, Json], Awaitable[Exchange | None]]
ErrorShape = Callable[[int, bytes], bytes]


class IngressRoute:
    """An ASGI callable for one route of another API."""

    def __init__(
        self,
        handler: Callable[[], Handler | None],
        begin: Begin,
        error: ErrorShape,
        max_bytes: int,
        passthrough: str | None = None,
    ) -> None:
        self._handler = handler  # the gateway's, or None while starting or stopping
        self._begin = begin
        self._error = error
        self._max = max_bytes
        self._passthrough = passthrough  # the handler's endpoint for untranslated requests

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        handler = self._handler()
        if handler is None:
            not_ready = GatewayError("The gateway is not ready.", status=503, code="not_ready")
            await self._send_error(send, not_ready)
            return
        try:
            raw, body = await read_json_body(scope, receive, self._max)
            exchange = await self._begin(scope, body)
        except GatewayError as exc:
            await self._send_error(send, exc)
            return
        if exchange is not None:
            raw = orjson.dumps(exchange.chat)
        headers = [(k, v) for k, v in scope["headers"] if k not in _DROPPED]
        headers += [_JSON, (b"content-length", b"%d" % len(raw))]
        inner = {**scope, "headers": headers}
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": raw, "more_body": False}
            return await receive()  # the body is read: only a disconnect can come

        if exchange is None:  # the upstream speaks this API: as sent (decompressed)
            outbound = send if self._error is same_error else _Errors(send, self._error)
            await handler(inner, replay, outbound, self._passthrough)
        else:
            await handler(inner, replay, _Outbound(send, exchange), "chat")

    async def _send_error(self, send: Send, exc: GatewayError) -> None:
        body = self._error(exc.status, exc.body())
        await _send_whole(send, exc.status, [*exc.response_headers()], body)


def same_error(_: int, body: bytes) -> bytes:
    """The error shape of a route whose errors are OpenAI's already."""
    return body


class _Errors:
    """The handler's ``send`` for a passed-through request: the answer as it is, the gateway's
    own errors (a refusal, a stream's error event) in the route's shape."""

    def __init__(self, send: Send, error: ErrorShape) -> None:
        self._send = send
        self._error = error
        self._start: Message | None = None
        self._parts: list[bytes] = []

    async def __call__(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            if message["status"] == 200:
                await self._send({**message, "headers": _with_request_id(message["headers"])})
            else:
                self._start = message
            return
        start = self._start
        if start is None:  # the answer: only a stream's error event is the gateway's
            body = message.get("body", b"")
            if body.startswith(b'data: {"error"'):
                message = {**message, "body": self._event(body)}
            await self._send(message)
            return
        self._parts.append(message.get("body", b""))
        if message.get("more_body", False):
            return
        headers = [(k, v) for k, v in start["headers"] if k != b"content-length"]
        body = self._error(start["status"], b"".join(self._parts))
        await _send_whole(self._send, start["status"], _with_request_id(headers), body)

    def _event(self, event: bytes) -> bytes:
        data = event.removeprefix(b"data: ").strip()
        try:
            kind = orjson.loads(data)["error"].get("type")
        except (orjson.JSONDecodeError, KeyError, TypeError, AttributeError):
            kind = None
        status = 400 if kind == "invalid_request_error" else 500
        return b"event: error\ndata: " + self._error(status, data) + b"\n\n"


class _Outbound:
    """The handler's ``send``: its answer, translated on the way to the client."""

    def __init__(self, send: Send, exchange: Exchange) -> None:
        self._send = send
        self._exchange = exchange
        self._start: Message | None = None
        self._parts: list[bytes] = []
        self._stream: ChatStream | None = None

    async def __call__(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = message["headers"]
            if message["status"] == 200 and (b"content-type", b"text/event-stream") in headers:
                self._stream = self._exchange.stream()
                await self._send({**message, "headers": _with_request_id(headers)})
            else:
                self._start = message
            return
        stream = self._stream
        if stream is not None:
            data = stream.feed(message.get("body", b""))
            more = message.get("more_body", False)
            if not more and stream.ended:
                await self._exchange.stream_ended(stream)
            if data or not more:
                await self._send({"type": "http.response.body", "body": data, "more_body": more})
            return
        self._parts.append(message.get("body", b""))
        if message.get("more_body", False):
            return
        start = self._start
        assert start is not None
        status = start["status"]
        body = b"".join(self._parts)
        headers = [(k, v) for k, v in start["headers"] if k != b"content-length"]
        if status == 200:
            try:
                body = orjson.dumps(await self._exchange.answer(orjson.loads(body)))
            except GatewayError as exc:
                status, body = exc.status, self._exchange.error(exc.status, exc.body())
            except Exception:
                status = 500
                body = self._exchange.error(500, internal_error().body())
        else:
            body = self._exchange.error(status, body)
        await _send_whole(self._send, status, _with_request_id(headers), body)


def _with_request_id(headers: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    """The headers, with the request id also as ``request-id`` (what the Anthropic SDK reads)."""
    for name, value in headers:
        if name == b"x-request-id":
            return [*headers, (b"request-id", value)]
    return headers


async def _send_whole(
    send: Send, status: int, headers: list[tuple[bytes, bytes]], body: bytes
) -> None:
    if not any(name == b"content-type" for name, _ in headers):
        headers = [_JSON, *headers]
    headers = [*headers, (b"content-length", b"%d" % len(body))]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
