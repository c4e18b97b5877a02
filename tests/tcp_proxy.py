"""A TCP proxy for fault tests: in front of a real server, it can lose the server's replies."""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit

__all__ = ["ReplyDropper"]


class ReplyDropper:
    """A TCP proxy in front of Redis that can lose replies, and stop passing commands after
    ``commands`` more reads of them (None: pass them all)."""

    def __init__(self, url: str, default_port: int = 6379) -> None:
        target = urlsplit(url)
        self._target = (target.hostname or "127.0.0.1", target.port or default_port)
        self.drop = False
        self.commands: int | None = None
        self._server: asyncio.Server | None = None
        self._pumps: set[asyncio.Task[None]] = set()

    async def start(self) -> int:
        self._server = await asyncio.start_server(self._connect, "127.0.0.1", 0)
        port: int = self._server.sockets[0].getsockname()[1]
        return port

    async def close(self) -> None:
        for pump in self._pumps:
            pump.cancel()
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    async def _connect(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection(*self._target)
        for pump in (self._pump(reader, up_writer, False), self._pump(up_reader, writer, True)):
            task = asyncio.ensure_future(pump)
            self._pumps.add(task)
            task.add_done_callback(self._pumps.discard)

    async def _pump(
        self, source: asyncio.StreamReader, sink: asyncio.StreamWriter, replies: bool
    ) -> None:
        try:
            while data := await source.read(65536):
                if replies and self.drop:
                    continue
                if not replies and self.commands is not None:
                    if self.commands == 0:
                        continue
                    self.commands -= 1
                sink.write(data)
                await sink.drain()
        except ConnectionError:
            pass
        finally:
            sink.close()
