"""A daemon thread for database work that must never keep the process from exiting."""

from __future__ import annotations

import asyncio
import queue
import threading
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["DatabaseThread"]

_T = TypeVar("_T")


class DatabaseThread:
    """One daemon thread that runs the writer's database work, one job after another.

    A database that never answers (a frozen server, a partition) can hold this thread, but not
    the process's exit, as a thread of the default executor would: the interpreter joins those
    when it ends, however long they are stuck.
    """

    def __init__(self) -> None:
        self._jobs: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None

    async def run(self, work: Callable[..., _T], *args: Any) -> _T:
        """``work(*args)`` on the thread; its result or its exception."""
        loop = asyncio.get_running_loop()
        done: asyncio.Future[_T] = loop.create_future()

        def settle(result: _T | None, error: BaseException | None) -> None:
            if done.cancelled():  # given up on (a bounded stop): nobody reads it
                return
            if error is not None:
                done.set_exception(error)
            else:
                done.set_result(result)  # type: ignore[arg-type]

        def job() -> None:
            try:
                result = work(*args)
            except BaseException as exc:
                loop.call_soon_threadsafe(settle, None, exc)
            else:
                loop.call_soon_threadsafe(settle, result, None)

        self._jobs.put(job)
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._serve, name="lmops-request-log-db", daemon=True
            )
            self._thread.start()
        return await done

    def _serve(self) -> None:
        while True:
            self._jobs.get()()
