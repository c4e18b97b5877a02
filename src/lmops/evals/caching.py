"""How the eval runner calls models: the result cache first, then the model with a per-call
timeout and retries (:class:`CachedCaller`), the cache key (:func:`cache_key`) and an in-memory
cache (:class:`MemoryCache`).

The key is the SHA-256 of a canonical JSON of everything that can change a model's answer: the
messages as sent, the request parameters (normalised as the gateway's exact cache normalises
them: ``lmops.cache.keys.normalise_body``), the target's gateway and model group, the
fingerprint of the deployments behind an in-process group (``Target.fingerprint``: change a
group's model or upstream and its old answers are not served), and the repeat index, so each of
``--repeat N``'s samples is its own entry and a re-run with the same N is free.
Left out, because they cannot change the answer: the target's name in the suite, its API key,
the timeout and retries. Assertions are not in the key either: the cache holds answers, and every
run scores them again, so changing an assertion never needs ``--no-cache``. A gateway target is
keyed by its URL and model group: the gateway's own config is not visible from here, so after
changing it there, run with ``--no-cache`` (which calls every model and stores the new answers:
:class:`Refreshing`).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import random
import threading
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any, Final, TypeVar

import orjson

from lmops.cache.keys import normalise_body
from lmops.evals.calls import Caller, CallError, Completion, Message, ResultCache
from lmops.evals.suite import Target

__all__ = [
    "BACKOFF_BASE_S",
    "BACKOFF_CAP_S",
    "CachedCaller",
    "KeyBase",
    "MemoryCache",
    "Refreshing",
    "cache_key",
    "key_base",
    "key_for",
]

log = logging.getLogger("lmops.evals")

# Bump when what goes into a key changes: old entries then simply stop matching.
_KEY_PREFIX: Final = b"lmops-eval-answer-1\0"
BACKOFF_BASE_S: Final = 0.5  # the first retry waits 0.25..0.5 s, doubling from there
BACKOFF_CAP_S: Final = 30.0
PUT_BATCH: Final = 64  # answers written to the cache per put_many

T = TypeVar("T")
KeyBase = Any  # a hashlib SHA-256 object holding the prefix, messages and parameters


def _plain(value: Any) -> Any:
    # Suites hand variables and configs over as read-only mappings; JSON sees them as objects.
    if isinstance(value, Mapping):
        return dict(value)
    raise TypeError(f"cannot key a {type(value).__name__}")


def key_base(messages: Sequence[Message], params: Mapping[str, Any]) -> KeyBase:
    """The hash of the part of a key that every target and repeat of one rendered prompt
    shares, taken once; :func:`key_for` finishes a copy of it per cell."""
    body = orjson.dumps(
        [list(messages), normalise_body("chat", params)],
        default=_plain,
        option=orjson.OPT_SORT_KEYS,
    )
    digest = hashlib.sha256(_KEY_PREFIX)
    digest.update(body)
    return digest


def key_for(base: KeyBase, target: Target, repeat_index: int) -> str:
    """The key of one cell: ``base`` (from :func:`key_base`) with its target and repeat."""
    digest = base.copy()
    digest.update(b"\0")
    digest.update(orjson.dumps([target.gateway, target.model, target.fingerprint, repeat_index]))
    return str(digest.hexdigest())


def cache_key(
    target: Target, messages: Sequence[Message], params: Mapping[str, Any], repeat_index: int
) -> str:
    """Hex SHA-256 of everything that can change ``target``'s answer to ``messages`` (see the
    module docstring); key order in nested objects does not matter, list order does."""
    return key_for(key_base(messages, params), target, repeat_index)


class MemoryCache:
    """A :class:`~lmops.evals.calls.ResultCache` in a dict: for one process (tests, a notebook,
    ``--repeat`` within a run); the store's cache keeps answers across runs."""

    def __init__(self) -> None:
        self._items: dict[str, Completion] = {}
        self._lock = threading.Lock()

    def get_many(self, keys: Sequence[str]) -> dict[str, Completion]:
        with self._lock:
            items = self._items
            return {k: items[k] for k in keys if k in items}

    def put_many(self, items: Mapping[str, Completion]) -> None:
        with self._lock:
            self._items.update(items)

    def __len__(self) -> int:
        return len(self._items)


class Refreshing:
    """A cache that is written and never read: ``--no-cache`` calls every model again and
    replaces the answers kept, so the next run is served the new ones."""

    def __init__(self, cache: ResultCache) -> None:
        self._cache = cache

    def get_many(self, keys: Sequence[str]) -> dict[str, Completion]:
        return {}

    def put_many(self, items: Mapping[str, Completion]) -> None:
        self._cache.put_many(items)


class CachedCaller:
    """The runner's one way to a model, shared by the cells and the judge.

    ``prefetch`` reads many keys with one ``get_many``; :meth:`complete` answers from those, else
    asks the cache for its key alone, else calls the model (each try bounded by ``timeout``;
    a retryable :class:`CallError` tried ``retries`` more times after an exponential backoff with
    jitter) and queues the answer, written ``PUT_BATCH`` at a time off the event loop.
    A cache that fails is logged and worked around: it never fails a cell. Call
    :meth:`aclose` when done.
    """

    def __init__(
        self,
        caller: Caller,
        cache: ResultCache | None,
        *,
        timeout: float,
        retries: int,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self.caller = caller
        self.cache = cache
        self.timeout = timeout
        self.retries = retries
        self._sleep = sleep
        self._rng = rng or random.Random()
        self._known: dict[str, Completion] = {}
        self._pending: dict[str, Completion] = {}
        self._writer: asyncio.Task[None] | None = None
        self._watchdog = _Watchdog(timeout)

    async def prefetch(self, keys: Sequence[str]) -> None:
        if self.cache is not None and keys:
            self._known.update(await self._read(keys))

    async def complete(
        self,
        target: Target,
        messages: Sequence[Message],
        params: Mapping[str, Any],
        key: str,
        *,
        prefetched: bool = False,
    ) -> tuple[Completion, bool]:
        """The answer and whether it came from the cache; ``prefetched``: ``key`` was among
        :meth:`prefetch`'s, so a miss there is a miss (the cache is not asked again)."""
        if self.cache is None:
            return await self.call(target, messages, params), False
        known = self._known.get(key) or self._pending.get(key)
        if known is None and not prefetched:
            known = (await self._read([key])).get(key)
        if known is not None:
            return known, True
        answer = await self.call(target, messages, params)
        self._pending[key] = answer
        if len(self._pending) >= PUT_BATCH and (self._writer is None or self._writer.done()):
            self._writer = asyncio.get_running_loop().create_task(self._write())
        return answer, False

    async def call(
        self, target: Target, messages: Sequence[Message], params: Mapping[str, Any]
    ) -> Completion:
        """The model's answer, with the timeout and retries, no cache."""
        return await self._retrying(lambda: self.caller.complete(target, messages, params))

    async def embed(self, target: Target, texts: Sequence[str]) -> list[list[float]]:
        return await self._retrying(lambda: self.caller.embed(target, texts))

    async def aclose(self) -> None:
        """Write every queued answer (at the end of a run, interrupted or not) and stop the
        watchdog. The model caller is the run's owner's to close."""
        self._watchdog.stop()
        if self._writer is not None:
            await self._writer
        await self._write()

    async def _retrying(self, make: Callable[[], Awaitable[T]]) -> T:
        attempt = 0
        while True:
            task = self._watchdog.enter()
            try:
                return await make()
            except CallError as exc:
                error = exc
            except asyncio.CancelledError:
                if not self._watchdog.timed_out(task):
                    raise
                error = CallError(f"no answer within {self.timeout:g} s", retryable=True)
            finally:
                self._watchdog.leave(task)
            if not error.retryable or attempt >= self.retries:
                if attempt:
                    raise CallError(
                        f"{error.message} (after {attempt + 1} tries)",
                        retryable=error.retryable,
                        status=error.status,
                    ) from error
                raise error
            delay = min(BACKOFF_CAP_S, BACKOFF_BASE_S * 2**attempt)
            await self._sleep(delay * (0.5 + 0.5 * self._rng.random()))
            attempt += 1

    async def _read(self, keys: Sequence[str]) -> dict[str, Completion]:
        cache = self.cache
        if cache is None:
            return {}
        try:
            return await asyncio.to_thread(cache.get_many, keys)
        except Exception as exc:
            log.warning("eval result cache: read failed, calling the models: %s", exc)
            return {}

    async def _write(self) -> None:
        cache = self.cache
        while cache is not None and self._pending:
            batch = dict(list(self._pending.items())[:PUT_BATCH])
            try:
                await asyncio.to_thread(cache.put_many, batch)
            except Exception as exc:
                log.warning("eval result cache: write failed, %d answers lost: %s", len(batch), exc)
            self._known.update(batch)  # a later cell with the same key still finds it
            for key in batch:
                self._pending.pop(key, None)


class _Watchdog:
    """Per-call timeouts with one timer for the whole run instead of one per call.

    ``asyncio.timeout`` schedules and cancels a timer for every call, a measurable share of a
    cell's cost in the runner (bench/README.md). Here a call only notes its deadline under its task;
    one watcher task wakes every ``timeout / 8`` (at most every second), cancels the tasks whose
    call is past its deadline and marks them, and the call turns that cancellation into a
    timeout (taking it back with ``uncancel``), while any other cancellation (Ctrl-C) goes on.
    A call may so run up to an eighth of the timeout (at most 1 s) longer than asked.
    """

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self._calls: dict[asyncio.Task[Any], float] = {}  # task -> its call's deadline
        self._expired: set[asyncio.Task[Any]] = set()
        self._watcher: asyncio.Task[None] | None = None

    def enter(self) -> asyncio.Task[Any]:
        task = asyncio.current_task()
        if task is None:
            raise RuntimeError("model calls run in a task")
        loop = task.get_loop()
        if self._watcher is None:
            self._watcher = loop.create_task(self._watch(loop))
        self._calls[task] = loop.time() + self.timeout
        return task

    def timed_out(self, task: asyncio.Task[Any]) -> bool:
        """Whether the watcher cancelled ``task``'s call (and nobody else cancelled it)."""
        if task not in self._expired:
            return False
        self._expired.discard(task)
        return task.uncancel() == 0

    def leave(self, task: asyncio.Task[Any]) -> None:
        self._calls.pop(task, None)
        if task in self._expired:  # the call ended some other way after all
            self._expired.discard(task)
            task.uncancel()

    def stop(self) -> None:
        if self._watcher is not None:
            self._watcher.cancel()
            self._watcher = None

    async def _watch(self, loop: asyncio.AbstractEventLoop) -> None:
        period = min(1.0, self.timeout / 8)
        while True:
            await asyncio.sleep(period)
            now = loop.time()
            for task, deadline in list(self._calls.items()):
                if deadline <= now and task not in self._expired:
                    self._expired.add(task)
                    task.cancel()
