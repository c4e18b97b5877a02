"""Tasks started without waiting for them: kept referenced until done, awaited at shutdown."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any

__all__ = ["BackgroundTasks"]


class BackgroundTasks:
    """asyncio keeps only weak references to tasks: one nobody holds may vanish mid-way."""

    def __init__(self) -> None:
        self._tasks: set[asyncio.Future[Any]] = set()

    def spawn(self, work: Coroutine[Any, Any, None]) -> None:
        self.track(asyncio.ensure_future(work))

    def track(self, future: asyncio.Future[Any]) -> None:
        """Wait for ``future`` (a queued command, say) in :meth:`drain` too. Callbacks added
        before this run before it leaves the set, so work they spawn is drained as well."""
        self._tasks.add(future)
        future.add_done_callback(self._tasks.discard)

    async def drain(self) -> None:
        """Until every task, including any they start meanwhile, has ended."""
        while self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
