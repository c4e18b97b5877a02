"""Automatic pipelining for redis-py: the commands of one event-loop turn go as one pipeline.

Under load many requests reach the same step (admission, cache lookup, settlement) in the same
turn of the event loop. Sent one by one, each command costs the gateway a connection checkout,
a write and a read in redis-py's Python code; sent together they share one of each. Replies
come back in order, so each caller gets its own reply (or its own error) as if it had sent
its command alone.

Each command is put in the Redis protocol when it is queued, by hiredis (in C), and a batch is
sent and read on one of redis-py's pooled connections (its hiredis parser reads the replies).
redis-py's own pipeline encodes every argument in several Python calls and adds bookkeeping per
pipeline: for the gateway's scripts, with a dozen arguments each, that was most of what a
request spent in Redis code.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

import hiredis
from redis.asyncio import Redis
from redis.asyncio.connection import AbstractConnection
from redis.commands.core import AsyncScript
from redis.exceptions import NoScriptError, ResponseError

from lmops.background import BackgroundTasks

__all__ = ["CommandBatcher"]

_Pending = list[tuple[bytes, "asyncio.Future[Any]"]]  # a command in the protocol, its caller


class CommandBatcher:
    """Batches commands per event-loop turn; at most ``max_in_flight`` pipelines at once."""

    def __init__(
        self, client: Redis, *, max_in_flight: int = 8, timeout: float | None = None
    ) -> None:
        """``timeout``: seconds for a whole pipeline, sent and answered. A client without
        socket timeouts of its own and this one costs less: redis-py arms a timer for every
        reply it reads, and runs every write as a task, when its sockets have timeouts."""
        self._client = client
        self.timeout = timeout
        self._pending: _Pending = []
        self._slots = asyncio.Semaphore(max_in_flight)
        self._sending = BackgroundTasks()

    async def execute(self, *args: Any) -> Any:
        """Run one command (``"GET", key`` ...) in the next pipeline; its reply or its error."""
        return await self.submit(*args)

    def submit(self, *args: Any) -> asyncio.Future[Any]:
        """Queue one command for the next pipeline now; the future gets its reply or error.

        Arguments are str, bytes, int or float (encoded as redis-py does); anything else is a
        ``TypeError`` here, for this caller alone."""
        packed = hiredis.pack_command(args)
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Any] = loop.create_future()
        if not self._pending:
            loop.call_soon(self._flush)
        self._pending.append((packed, future))
        return future

    def submit_script(
        self, script: AsyncScript, keys: Sequence[Any], args: Sequence[Any]
    ) -> asyncio.Future[Any]:
        """EVALSHA queued now. A server that lost the script answers with ``NoScriptError``:
        :meth:`run_script` loads it again."""
        return self.submit("EVALSHA", script.sha, len(keys), *keys, *args)

    async def run_script(
        self, script: AsyncScript, keys: Sequence[Any], args: Sequence[Any]
    ) -> Any:
        """EVALSHA in the next pipeline; a server that lost the script gets it loaded again."""
        try:
            return await self.submit_script(script, keys, args)
        except NoScriptError:
            async with asyncio.timeout(self.timeout):
                return await script(keys=keys, args=args)

    def _flush(self) -> None:
        batch, self._pending = self._pending, []
        self._sending.spawn(self._send(batch))

    async def _send(self, batch: _Pending) -> None:
        try:
            packed = b"".join([command for command, _ in batch])
            async with self._slots, asyncio.timeout(self.timeout):
                replies = await self._exchange(packed, len(batch))
        except Exception as exc:  # the connection, not a command: every caller gets it
            for _, future in batch:
                if not future.done():
                    future.set_exception(exc)
            return
        except asyncio.CancelledError:
            for _, future in batch:
                future.cancel()
            raise
        for (_, future), reply in zip(batch, replies, strict=True):
            if future.done():  # its caller gave up (a client that hung up)
                continue
            if isinstance(reply, Exception):
                future.set_exception(reply)
            else:
                future.set_result(reply)

    async def _exchange(self, packed: bytes, count: int) -> list[Any]:
        """Send ``packed`` on a pooled connection and read ``count`` replies, an error reply
        in its place as its exception. A connection that fails is dropped and the exchange
        tried once more on a fresh one (the client's retry policy), as redis-py's pipelines do."""
        pool = self._client.connection_pool
        conn: AbstractConnection = await pool.get_connection()  # type: ignore[no-untyped-call]

        async def exchange() -> list[Any]:
            await conn.send_packed_command(packed)
            replies: list[Any] = []
            for _ in range(count):
                try:
                    replies.append(await conn.read_response())
                except ResponseError as exc:
                    replies.append(exc)
            return replies

        async def failed(_: Exception) -> None:
            await conn.disconnect()

        try:
            # Cut off mid-exchange (a timeout, a cancellation), redis-py's send and read drop
            # the connection: replies may still be on their way, it must never be reused.
            replies: list[Any] = await conn.retry.call_with_retry(exchange, failed)
            return replies
        finally:
            await pool.release(conn)
