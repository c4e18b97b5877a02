"""Tasks started without waiting for them: kept referenced until done, awaited at shutdown."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any

__all__ = ["BackgroundTasks"]


class BackgroundTasks:
    """asyncio keeps only weak references to tasks: one nobody holds may vanish mid-way."""

    def __init__(self) -> None:
        self._tasks: set[asyncio.Future[Any]] = set()

    def spawn(self, work: Coroutine[Any, Any, None]) -> asyncio.Future[None]:
        task = asyncio.ensure_future(work)
        self._track(task)
        return task

    def follow(
        self,
        future: asyncio.Future[Any],
        retry: Callable[[], Coroutine[Any, Any, None]],
        done: Callable[[Any], None] | None = None,
    ) -> None:
        """Wait for ``future`` (a queued command) in :meth:`drain` too, without a task: if it
        fails, ``retry()`` runs as one (drained as well); if not, ``done`` gets its result."""

        def finished(result: asyncio.Future[Any]) -> None:
            if result.cancelled() or result.exception() is not None:
                self.spawn(retry())
            elif done is not None:
                done(result.result())

        future.add_done_callback(finished)  # before _track's: a retry is in the set in time
        self._track(future)

    def _track(self, future: asyncio.Future[Any]) -> None:
        self._tasks.add(future)
        future.add_done_callback(self._tasks.discard)

    async def drain(self) -> None:
        """Until every task, including any they start meanwhile, has ended."""
        while self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
