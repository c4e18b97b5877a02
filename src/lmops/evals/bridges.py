"""Blocking faces of the event loop's models, for metrics running on worker threads.

Slow metrics (:data:`lmops.evals.score.SLOW`) run on a thread so the event loop keeps the other
cells moving; the judge and embeddings models they need are called on the loop, through the
runner's :class:`~lmops.evals.caching.CachedCaller` (its timeout, retries and result cache), and
the thread waits for the answer (``run_coroutine_threadsafe``). Calling one of these from the
loop's own thread would wait on itself for ever, so that raises instead.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from collections.abc import Coroutine, Sequence
from typing import Any, Final, TypeVar

import numpy as np

from lmops.evals.caching import CachedCaller, key_base, key_for
from lmops.evals.calls import CallError, Message
from lmops.evals.metrics.semantic import Matrix, default_encoder
from lmops.evals.score import ScoreError
from lmops.evals.suite import Target

__all__ = ["JUDGE_PARAMS", "LazyMiniLM", "ModelEncoder", "ThreadJudge"]

T = TypeVar("T")

# A judge should answer the same way every time it is asked the same thing.
JUDGE_PARAMS: Final = {"temperature": 0}


class _Bridge:
    def __init__(self, cached: CachedCaller, target: Target, loop: asyncio.AbstractEventLoop):
        self._cached = cached
        self._target = target
        self._loop = loop
        self._waiting: set[concurrent.futures.Future[Any]] = set()
        self._lock = threading.Lock()

    def _wait(self, coro: Coroutine[Any, Any, T], what: str) -> T:
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is self._loop:
            coro.close()
            raise RuntimeError(f"the {what} blocks: call it from a worker thread, not the loop")
        future = asyncio.run_coroutine_threadsafe(coro, self._loop)
        with self._lock:
            self._waiting.add(future)
        try:
            return future.result()
        except CallError as exc:
            raise ScoreError(f"{what} {self._target.id}: {exc.message}") from None
        except concurrent.futures.CancelledError:
            raise ScoreError(f"{what} {self._target.id}: the run was interrupted") from None
        finally:
            with self._lock:
                self._waiting.discard(future)

    def cancel(self) -> None:
        """Stop every call a thread is waiting on (the run was interrupted)."""
        with self._lock:
            waiting = list(self._waiting)
        for future in waiting:
            future.cancel()


class ThreadJudge(_Bridge):
    """:class:`~lmops.evals.calls.Judge` on ``target``, asked at temperature 0 (and with
    ``response_format: json_object`` in ``json_mode``); a call that fails after its retries
    is a :class:`ScoreError`, so the metric scores ERROR."""

    def complete(self, messages: Sequence[Message], *, json_mode: bool = True) -> str:
        params: dict[str, Any] = dict(JUDGE_PARAMS)
        if json_mode:
            params["response_format"] = {"type": "json_object"}
        key = key_for(key_base(messages, params), self._target, 0)
        coro = self._cached.complete(self._target, messages, params, key)
        answer, _ = self._wait(coro, "judge")
        return answer.text


class ModelEncoder(_Bridge):
    """:class:`~lmops.evals.metrics.semantic.TextEncoder` on an embeddings model group
    (``options.embeddings``). An embeddings API gives one vector per text, not per token, so
    token-level metrics (bert-score) raise :class:`ScoreError` with this encoder."""

    def sentences(self, texts: Sequence[str]) -> Matrix:
        vectors = self._wait(self._cached.embed(self._target, texts), "embeddings model")
        if len(vectors) != len(texts):
            raise ScoreError(
                f"embeddings model {self._target.id}: {len(vectors)} vectors for {len(texts)} texts"
            )
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), -1)

    def tokens(self, texts: Sequence[str]) -> list[Matrix]:
        raise ScoreError(
            f"embeddings model {self._target.id} gives no token embeddings: bert-score needs "
            "the offline MiniLM (leave options.embeddings unset)"
        )


class LazyMiniLM:
    """The offline MiniLM encoder, loaded (torch and all) the first time a metric encodes, so a
    run without semantic metrics never pays for it."""

    def sentences(self, texts: Sequence[str]) -> Matrix:
        return default_encoder().sentences(texts)

    def tokens(self, texts: Sequence[str]) -> list[Matrix]:
        return default_encoder().tokens(texts)
