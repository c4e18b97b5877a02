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

A pipeline's timeout measures Redis, not the event loop: it is armed when the pipeline starts
talking to Redis (connecting if need be), not when its commands were queued, and when it runs
out while Redis's reply is already here (received, waiting for a busy loop to read it), it
looks again a moment later instead of failing. Scripts a restarted
server lost are loaded once, by one ``SCRIPT LOAD`` all their callers wait for. Redis going
away and coming back are logged once each, not once per request.
"""

from __future__ import annotations

import asyncio
import select
from collections import deque
from collections.abc import Callable, Sequence
from functools import partial
from types import TracebackType
from typing import Any

import hiredis
import structlog
from redis.asyncio import Redis
from redis.asyncio.connection import AbstractConnection
from redis.commands.core import AsyncScript
from redis.exceptions import NoScriptError, ResponseError

from lmops.background import BackgroundTasks

__all__ = ["CommandBatcher"]

log = structlog.get_logger("lmops.redis")

_Pending = list[tuple[bytes, "asyncio.Future[Any]"]]  # a command in the protocol, its caller
_LOADS = 2  # script loads one call waits for (a second restart while it waited: one more)
_RECHECK = 0.005  # seconds between looks at a reply that is here but not yet read


class CommandBatcher:
    """Batches commands per event-loop turn; at most ``max_in_flight`` pipelines at once."""

    def __init__(
        self, client: Redis, *, max_in_flight: int = 8, timeout: float | None = None
    ) -> None:
        """``timeout``: seconds Redis has for a whole pipeline (connected if need be, sent and
        answered), and the most a pipeline waits for one of the ``max_in_flight`` slots. A
        client without socket timeouts of its own costs less: redis-py arms a timer for
        every reply it reads, and runs every write as a task, when its sockets have timeouts."""
        self._client = client
        self.timeout = timeout
        self._pending: _Pending = []
        self._slots = _Slots(max_in_flight)
        self._talking: set[AbstractConnection] = set()  # the connections of pipelines in flight
        self._sending = BackgroundTasks()
        self._loading: dict[str, asyncio.Future[Any]] = {}
        self._health = _Health(client)

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
        """EVALSHA in the next pipeline. A server that lost the script (a restart) gets it
        loaded once for all the callers that found it missing meanwhile; each runs it again."""
        for _ in range(_LOADS):
            try:
                return await self.submit_script(script, keys, args)
            except NoScriptError:
                # Shielded: a caller that gives up must not cancel the others' load.
                await asyncio.shield(self._load(script))
        return await self.submit_script(script, keys, args)

    def _load(self, script: AsyncScript) -> asyncio.Future[Any]:
        loading = self._loading.get(script.sha)
        if loading is None:
            loading = self._loading[script.sha] = self.submit("SCRIPT", "LOAD", script.script)
            loading.add_done_callback(partial(self._loaded, script.sha))
        return loading

    def _loaded(self, sha: str, future: asyncio.Future[Any]) -> None:
        if self._loading.get(sha) is future:
            del self._loading[sha]  # a later loss of the script needs a new load
        if not future.cancelled():
            future.exception()  # its waiters have it; none left is no unhandled error

    def _flush(self) -> None:
        batch, self._pending = self._pending, []
        self._sending.spawn(self._send(batch))

    async def _send(self, batch: _Pending) -> None:
        outage = self._health.outages
        try:
            packed = b"".join([command for command, _ in batch])
            await self._slots.take(self.timeout, self._replies_waiting)
            try:
                replies = await self._exchange(packed, len(batch))
            finally:
                self._slots.give_back()
        except Exception as exc:  # the connection, not a command: every caller gets it
            self._health.failed(exc)
            for _, future in batch:
                if not future.done():
                    future.set_exception(exc)
            return
        except asyncio.CancelledError:
            for _, future in batch:
                future.cancel()
            raise
        if self._health.down:
            self._health.answered(outage)
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
        tried once more on a fresh one (the client's retry policy), as redis-py's pipelines do.
        The deadline covers connecting (a pooled connection may have to reconnect) too."""
        pool = self._client.connection_pool
        held: list[AbstractConnection] = []

        def arrived() -> bool:
            return bool(held) and _unread(held[0])

        async with _Deadline(self.timeout, arrived):
            conn: AbstractConnection = await pool.get_connection()  # type: ignore[no-untyped-call]
            held.append(conn)
            self._talking.add(conn)

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
                # Cut off mid-exchange (a timeout, a cancellation), redis-py's send and read
                # drop the connection: replies may still be on their way, it must never be
                # reused.
                replies: list[Any] = await conn.retry.call_with_retry(exchange, failed)
                return replies
            finally:
                self._talking.discard(conn)
                await pool.release(conn)

    def _replies_waiting(self) -> bool:
        """Whether a pipeline in flight has its reply here, unread (a slot is about to free)."""
        return any([_unread(conn) for conn in self._talking])


class _Deadline:
    """``asyncio.timeout`` for time Redis takes: when ``seconds`` are up but ``arrived()``
    says the answer is already here, only not yet delivered by a busy event loop, it looks
    again ``_RECHECK`` later instead of cancelling. Time the loop spent elsewhere (a burst
    of requests to parse, a collection) is not Redis's."""

    __slots__ = ("_arrived", "_handle", "_loop", "_seconds", "_timeout")

    def __init__(self, seconds: float | None, arrived: Callable[[], bool]) -> None:
        self._seconds = seconds
        self._arrived = arrived
        self._timeout = asyncio.timeout(None)
        self._handle: asyncio.TimerHandle | None = None
        self._loop = asyncio.get_running_loop()

    async def __aenter__(self) -> None:
        await self._timeout.__aenter__()
        if self._seconds is not None:
            self._handle = self._loop.call_later(self._seconds, self._expire)

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._handle is not None:
            self._handle.cancel()
        await self._timeout.__aexit__(kind, exc, tb)

    def _expire(self) -> None:
        if self._arrived():
            self._handle = self._loop.call_later(_RECHECK, self._expire)
        else:
            self._handle = None
            self._timeout.reschedule(self._loop.time())  # cancels the task: a TimeoutError


def _unread(conn: AbstractConnection) -> bool:
    """Whether bytes from Redis wait on ``conn``, received but not yet read by its parser."""
    reader = getattr(conn, "_reader", None)  # the connection's asyncio.StreamReader
    writer = getattr(conn, "_writer", None)
    if reader is None or writer is None:
        return False
    if getattr(reader, "_buffer", None):  # read from the socket, not yet by the parser
        return True
    sock = writer.get_extra_info("socket")
    if sock is None:
        return False
    try:  # in the socket, not yet read by the loop
        if hasattr(select, "poll"):
            poller = select.poll()
            poller.register(sock.fileno(), select.POLLIN)
            return bool(poller.poll(0))
        return bool(select.select([sock.fileno()], [], [], 0)[0])
    except (OSError, ValueError):
        return False


class _Slots:
    """At most ``size`` pipelines in flight, the others waiting in order. A freed slot goes
    straight to the next waiter (its future done), so a deadline can tell a slot granted to a
    waiter the loop has not resumed yet from one still awaited."""

    def __init__(self, size: int) -> None:
        self._free = size
        self._waiters: deque[asyncio.Future[None]] = deque()

    async def take(self, within: float | None, moving: Callable[[], bool]) -> None:
        """A slot, waiting at most ``within`` seconds for one (``TimeoutError``), and longer
        while ``moving()`` says a pipeline that holds one is only waiting to be read."""
        if self._free:
            self._free -= 1
            return
        granted: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters.append(granted)
        try:
            async with _Deadline(within, lambda: granted.done() or moving()):
                await granted
        except BaseException:
            if granted.done() and not granted.cancelled():
                self.give_back()  # granted, but its waiter left: the next one gets it
            else:
                granted.cancel()
            raise

    def give_back(self) -> None:
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return
        self._free += 1


class _Health:
    """Redis becoming unreachable and reachable again, logged once per change per process:
    a fail-closed outage refuses thousands of requests and must not log each of them."""

    def __init__(self, client: Redis) -> None:
        kwargs = client.connection_pool.connection_kwargs
        self._password = kwargs.get("password")
        if "path" in kwargs:
            self._where = str(kwargs["path"])
        else:
            host, port, db = (
                kwargs.get("host", "localhost"),
                kwargs.get("port", 6379),
                kwargs.get("db", 0),
            )
            self._where = f"{host}:{port}/{db}"
        self.down = False
        self.outages = 0  # outages begun: a pipeline started before the last one proves nothing
        self._failures = 0
        self._since = 0.0

    def failed(self, exc: Exception) -> None:
        self._failures += 1
        if self.down:
            return
        self.down = True
        self.outages += 1
        self._failures = 1
        self._since = asyncio.get_running_loop().time()
        detail = str(exc)
        if self._password:
            detail = detail.replace(str(self._password), "***")
        log.warning("redis_unavailable", redis=self._where, error=type(exc).__name__, detail=detail)

    def answered(self, outage: int) -> None:
        """A pipeline succeeded that began during outage number ``outage``."""
        if outage != self.outages:
            return  # sent before the outage began: a late reply, not a recovery
        self.down = False
        seconds = asyncio.get_running_loop().time() - self._since
        log.info(
            "redis_available",
            redis=self._where,
            down_seconds=round(seconds, 3),
            failed_pipelines=self._failures,
        )
