"""Noticing that a client hung up while its request waits on the upstream, and stopping the call.

ASGI says a client left only through ``receive()``, which, once the body is read, returns
nothing but ``http.disconnect``: watching it costs a task per request. The gateway's own server
(``lmops.gateway.server``) offers a cheaper signal in the scope,
``scope["extensions"]["lmops.disconnect"]["signal"]``: one ``Disconnect`` per connection that
the server fires when the connection drops. ``HangUp`` uses it when present, and the task
under any other ASGI server.
"""

from __future__ import annotations

import asyncio
from types import TracebackType
from typing import TYPE_CHECKING

from starlette.types import Message, Receive

if TYPE_CHECKING:
    from lmops.gateway.context import RequestContext

__all__ = ["DISCONNECT", "Disconnect", "HangUp"]

DISCONNECT = "lmops.disconnect"


class Disconnect:
    """One connection's hang-up signal: the server fires it when the connection drops.

    At most one ``HangUp`` watches at a time: a connection's responses are sent one after the
    other, and a request stops watching before its response is complete.
    """

    __slots__ = ("fired", "watcher")

    def __init__(self) -> None:
        self.watcher: HangUp | None = None
        self.fired = False  # the connection is gone: a watcher armed from now on goes off at once

    def fire(self) -> None:
        self.fired = True
        watcher, self.watcher = self.watcher, None
        if watcher is not None:
            watcher.gone()


class HangUp:
    """While armed, a client that disconnects cancels the task that armed it.

    Arm it once the request body is read. Used as a context manager it disarms on exit and
    takes back the cancellation it caused (``ctx.client_gone`` then says the block was cut
    short); a cancellation from anyone else (a server shutdown) goes on.
    """

    __slots__ = ("_armed", "_ctx", "_signal", "_task", "_watcher")

    def __init__(self, ctx: RequestContext) -> None:
        task = asyncio.current_task()
        assert task is not None  # a request is always served in a task
        self._ctx = ctx
        self._task = task
        self._armed = True
        self._watcher: asyncio.Future[None] | None = None
        self._signal: Disconnect | None = None
        try:
            signal: Disconnect = ctx.scope["extensions"][DISCONNECT]["signal"]
        except (KeyError, TypeError):  # another server: watch receive() instead
            self._watcher = asyncio.ensure_future(_disconnected(ctx.receive))
            self._watcher.add_done_callback(self._watcher_done)
        else:
            signal.watcher = self
            self._signal = signal
            if signal.fired:  # gone before this request began to watch
                self.gone()

    def gone(self) -> None:
        """The client disconnected: cancel the request's task if still armed."""
        if self._armed:
            self._armed = False
            self._ctx.client_gone = True
            self._task.cancel()

    def disarm(self) -> None:
        """Stop watching: from here a disconnect cancels nothing (completing the response, for
        one, makes ``receive()`` return)."""
        if self._armed:
            self._armed = False
            signal = self._signal
            if signal is None:
                self._watcher.cancel()  # type: ignore[union-attr]
            elif signal.watcher is self:
                signal.watcher = None

    def _watcher_done(self, watcher: asyncio.Future[None]) -> None:
        if not watcher.cancelled():
            watcher.exception()  # retrieved: a receive() that failed means the client is gone
            self.gone()

    def __enter__(self) -> HangUp:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool:
        self.disarm()
        if not self._ctx.client_gone:
            return False
        # Ours to take back, unless the server cancelled the task as well.
        ours = self._task.uncancel() == 0
        return ours and (exc_type is None or issubclass(exc_type, asyncio.CancelledError))


async def _disconnected(receive: Receive) -> None:
    message: Message = await receive()
    while message["type"] != "http.disconnect":
        message = await receive()
