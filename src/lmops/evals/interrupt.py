"""Ctrl-C for an eval run: the first stops the run and keeps what it did, the second quits.

:func:`lmops.evals.runner.run_suite` returns the partial run when it is cancelled. Under
``asyncio.run`` that result is lost: its Ctrl-C handler cancels the main task and then raises
``KeyboardInterrupt`` once the task is done, whatever it returned. :func:`run_interruptible`
runs a coroutine with a handler of its own instead: the first Ctrl-C cancels the coroutine (the
run marks its unfinished cells skipped, writes the cache and returns), and the handler is then
removed, so a second Ctrl-C raises ``KeyboardInterrupt`` as usual.
"""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Coroutine
from typing import Any, TypeVar

__all__ = ["run_interruptible"]

T = TypeVar("T")


def run_interruptible(main: Coroutine[Any, Any, T]) -> T:
    """``asyncio.run(main)``, where the first Ctrl-C cancels ``main`` and ``main``'s own
    answer to that (a partial run) is returned. Without signal handlers (not the main
    thread, Windows) it is plain ``asyncio.run``."""
    return asyncio.run(_guarded(main))


async def _guarded(main: Coroutine[Any, Any, T]) -> T:
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    assert task is not None

    def first_interrupt() -> None:
        loop.remove_signal_handler(signal.SIGINT)
        task.cancel()

    try:
        loop.add_signal_handler(signal.SIGINT, first_interrupt)
    except (NotImplementedError, RuntimeError, ValueError):
        return await main
    try:
        return await main
    finally:
        loop.remove_signal_handler(signal.SIGINT)
