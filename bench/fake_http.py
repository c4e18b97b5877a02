"""The fake upstream's HTTP/1.1 layer: an asyncio protocol on httptools, keep-alive, in order.

Kept apart from the OpenAI logic in ``fake_upstream`` so each stays small. A reply is decided
synchronously when the request arrives; only waiting (delay, hang) and streaming use a task, so
the common benchmark case costs one parse and one ``write``.
"""

from __future__ import annotations

import asyncio
import collections
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from typing import cast

import httptools

from bench.fake_payloads import error_body

__all__ = ["Handler", "HttpConnection", "Reply", "error_reply"]

_REASONS = {s.value: s.phrase.encode() for s in HTTPStatus}


@dataclass(slots=True)
class Reply:
    """The answer to one request, fixed when it arrives so later control changes don't race."""

    status: int = 200
    body: bytes = b""
    events: list[bytes] | None = None
    retry_after: float | None = None
    delay: float = 0.0
    hang: bool = False
    chunk_delay: float = 0.0
    break_after: int | None = None

    @property
    def needs_task(self) -> bool:
        return self.hang or self.delay > 0 or self.events is not None


Handler = Callable[[str, bytes, list[tuple[bytes, bytes]], bytes], Reply]
"""(method, request target, raw headers, body) -> Reply."""


def error_reply(
    reply: Reply, status: int, message: str | None = None, retry_after: float | None = None
) -> Reply:
    """Turn ``reply`` into an OpenAI-style error, keeping its delay and hang."""
    reply.status = status
    reply.body = error_body(status, message)
    reply.retry_after = retry_after
    reply.events = None
    return reply


def _head(status: int, content_type: bytes, length: int | None, keep_alive: bool) -> list[bytes]:
    lines = [
        b"HTTP/1.1 %d %s" % (status, _REASONS.get(status, b"Unknown")),
        b"content-type: " + content_type,
    ]
    if length is None:
        lines += [b"transfer-encoding: chunked", b"cache-control: no-cache"]
    else:
        lines.append(b"content-length: %d" % length)
    if not keep_alive:
        lines.append(b"connection: close")
    return lines


class HttpConnection(asyncio.Protocol):
    """One client connection; answers pipelined requests in order."""

    def __init__(self, handler: Handler, registry: set[HttpConnection]) -> None:
        self._handler = handler
        self._registry = registry
        self._parser = httptools.HttpRequestParser(self)
        self._transport: asyncio.Transport | None = None
        self._url = b""
        self._headers: list[tuple[bytes, bytes]] = []
        self._body: list[bytes] = []
        self._queue: collections.deque[tuple[Reply, bool]] = collections.deque()
        self._task: asyncio.Task[None] | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # uvloop's transports implement the interface without subclassing asyncio.Transport.
        self._transport = cast(asyncio.Transport, transport)
        self._registry.add(self)

    def connection_lost(self, exc: Exception | None) -> None:
        self._registry.discard(self)
        self._transport = None
        if self._task is not None:
            self._task.cancel()

    def abort(self) -> asyncio.Task[None] | None:
        """Drop the connection now; returns the task still answering on it, cancelled."""
        task = self._task
        if task is not None:
            task.cancel()
        if self._transport is not None:
            self._transport.abort()
        return task

    def data_received(self, data: bytes) -> None:
        try:
            self._parser.feed_data(data)
        except (httptools.HttpParserUpgrade, httptools.HttpParserError):
            self._send(error_reply(Reply(), 400, "malformed HTTP request"), keep_alive=False)

    # httptools callbacks -----------------------------------------------------------------------

    def on_message_begin(self) -> None:
        self._url = b""
        self._headers = []
        self._body = []

    def on_url(self, url: bytes) -> None:
        self._url += url

    def on_header(self, name: bytes, value: bytes) -> None:
        self._headers.append((name, value))

    def on_body(self, body: bytes) -> None:
        self._body.append(body)

    def on_message_complete(self) -> None:
        method = self._parser.get_method().decode("latin-1")
        keep_alive = bool(self._parser.should_keep_alive())
        try:
            reply = self._handler(method, self._url, self._headers, b"".join(self._body))
        except Exception as exc:  # a fake must answer, not drop the connection on its own bug
            reply = error_reply(Reply(), 500, f"fake upstream bug: {exc!r}")
        if self._task is None and not reply.needs_task:
            self._send(reply, keep_alive)
            return
        self._queue.append((reply, keep_alive))
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._drain())

    # writing -----------------------------------------------------------------------------------

    def _send(self, reply: Reply, keep_alive: bool) -> None:
        t = self._transport
        if t is None or t.is_closing():
            return
        lines = _head(reply.status, b"application/json", len(reply.body), keep_alive)
        if reply.retry_after is not None:
            lines.append(b"retry-after: " + f"{reply.retry_after:g}".encode())
        t.write(b"\r\n".join(lines) + b"\r\n\r\n" + reply.body)
        if not keep_alive:
            t.close()

    async def _drain(self) -> None:
        try:
            while self._queue and self._transport is not None:
                reply, keep_alive = self._queue.popleft()
                if reply.hang:
                    await asyncio.get_running_loop().create_future()  # until the peer goes
                if reply.delay > 0:
                    await asyncio.sleep(reply.delay)
                if reply.events is None:
                    self._send(reply, keep_alive)
                else:
                    await self._stream(reply.events, reply, keep_alive)
        finally:
            self._task = None

    async def _stream(self, events: list[bytes], reply: Reply, keep_alive: bool) -> None:
        t = self._transport
        if t is None:
            return
        head = _head(200, b"text/event-stream", None, keep_alive)
        t.write(b"\r\n".join(head) + b"\r\n\r\n")
        for i, event in enumerate(events):
            if reply.break_after is not None and i >= reply.break_after:
                # close() flushes what was written, then FIN without the terminating chunk.
                t.close()
                return
            if i:
                # Even with no delay, yield so each chunk leaves in its own send() as a real
                # model's tokens would, instead of coalescing into one segment.
                await asyncio.sleep(reply.chunk_delay)
            if t.is_closing():
                return
            t.write(b"%x\r\n%b\r\n" % (len(event), event))
        t.write(b"0\r\n\r\n")
        if not keep_alive:
            t.close()
