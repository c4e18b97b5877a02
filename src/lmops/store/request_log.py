"""The request log: one record per gateway request, written in the background in batches.

The gateway calls :meth:`RequestLogWriter.submit` on the request path; that only appends to an
in-memory queue. A background task writes the queue in batches from a worker thread, so a slow or
unavailable database costs memory (bounded by ``max_queue``), never request latency. Each batch
is added to the daily spend rollup (:mod:`lmops.store.spend`) in the same transaction.

With a journal folder, each queued record is also appended to a local journal
(:mod:`lmops.store.journal`) before ``submit`` returns, so a record of a request already answered
survives the process being killed; :meth:`RequestLogWriter.start` replays what dead processes
left there before the gateway serves.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import deque
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
import structlog
from structlog.typing import FilteringBoundLogger

from lmops.store.db import describe_error
from lmops.store.db_thread import DatabaseThread
from lmops.store.journal import Journal, recover
from lmops.store.request_batch import FIELDS, BatchInserter, OnInserted, RequestRecord
from lmops.store.tables import request_log

__all__ = ["RequestLogWriter", "RequestRecord", "query_requests", "record_from_row"]


def _logger() -> FilteringBoundLogger:
    # Looked up per use (only on rare paths) rather than bound once at import, so a logging set-up
    # made later (by the app, or capture_logs in tests) is always honoured.
    logger: FilteringBoundLogger = structlog.get_logger("lmops.request_log")
    return logger


_MAX_BACKOFF = 30.0
_DROP_WARNING_EVERY = 1.0


def record_from_row(row: sa.Row[Any]) -> RequestRecord:
    """The record of a ``request_log`` row (every column selected)."""
    values = row._asdict()
    values["created_at"] = values["created_at"].timestamp()
    return RequestRecord(**{name: values[name] for name in FIELDS})


class RequestLogWriter:
    """Batches :class:`RequestRecord` objects into ``request_log`` in the background.

    Call :meth:`start` once the event loop runs and :meth:`stop` at shutdown; :meth:`submit` is
    safe to call before :meth:`start` (records wait in the queue). All methods must be called from
    the event loop's thread.
    """

    def __init__(
        self,
        engine: sa.Engine,
        *,
        batch_size: int = 500,
        flush_interval: float = 0.5,
        max_queue: int = 100_000,
        stop_timeout: float = 30.0,
        journal_dir: Path | None = None,
        journal_fsync: bool = True,
        on_inserted: OnInserted | None = None,
    ) -> None:
        if batch_size < 1 or max_queue < 1 or flush_interval <= 0 or stop_timeout < 0:
            raise ValueError(
                "batch_size and max_queue must be >= 1, flush_interval > 0, stop_timeout >= 0"
            )
        self._engine = engine
        self._inserter = BatchInserter(engine, on_inserted)
        self._batch_size = batch_size
        self._flush_interval = flush_interval
        self._max_queue = max_queue
        self._stop_timeout = stop_timeout
        self._database = DatabaseThread()
        self._queue: deque[RequestRecord] = deque()
        # Taken from the queue and not yet committed; kept across failed attempts so nothing is
        # lost while the database is away.
        self._batch: list[RequestRecord] = []
        self._lock = asyncio.Lock()
        self._wake = asyncio.Event()
        self._stopping = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._start_task: asyncio.Task[None] | None = None
        self._stop_task: asyncio.Task[None] | None = None
        self._written = 0
        self._dropped = 0
        self._processed = 0  # left the queue: written, rejected as bad data, or lost at stop
        self._failures = 0
        self._retry_at = 0.0
        self._last_drop_warning = float("-inf")
        self._journal_dir = journal_dir
        self._journal_fsync = journal_fsync
        self._journal: Journal | None = None
        # Records written before the journal opened (a flush before start) are not in it.
        self._journal_base = 0

    @property
    def pending(self) -> int:
        """Records accepted but not yet written."""
        return len(self._queue) + len(self._batch)

    @property
    def written(self) -> int:
        """Records committed to the database."""
        return self._written

    @property
    def dropped(self) -> int:
        """Records lost: queue full, submitted after stop, rejected by the database, or unwritten
        when :meth:`stop` gave up."""
        return self._dropped

    async def start(self) -> None:
        """Start the background flush task (idempotent).

        With a journal folder, the first call first replays the journals of dead processes into
        the database (a failure is logged; their files stay for the next start), then opens
        this process's journal (if it cannot, the writer runs without one, with a warning).
        """
        if self._stopping.is_set():
            raise RuntimeError("RequestLogWriter was stopped; create a new one")
        if self._start_task is None:
            self._start_task = asyncio.create_task(self._begin())
        await self._start_task

    async def _begin(self) -> None:
        if self._journal_dir is not None:
            await self._recover(self._journal_dir)
            if self._stopping.is_set():
                return  # stopped while replaying: no journal to leave behind
            self._journal = await self._open_journal(self._journal_dir)
        self._task = asyncio.create_task(self._run(), name="lmops-request-log-writer")

    def submit(self, record: RequestRecord) -> None:
        """Queue ``record`` for writing. O(1), never blocks and never touches the database.

        When the queue holds ``max_queue`` records (or the writer is stopped) the record is
        dropped and counted in :attr:`dropped`, with a warning at most once a second.
        """
        if self._stopping.is_set():
            self._drop(1, "writer stopped")
            return
        if len(self._queue) + len(self._batch) >= self._max_queue:
            self._drop(1, "queue full")
            return
        self._queue.append(record)
        if self._journal is not None:
            self._journal.append(record)
        if len(self._queue) >= self._batch_size:
            self._wake.set()

    async def flush(self) -> None:
        """Write every record queued when called.

        If a write fails the error is raised and the records stay queued for a later attempt.
        """
        goal = self._processed + self.pending
        while self._processed < goal and self.pending:
            await self._write_next_batch()

    async def stop(self) -> None:
        """Stop the background task and write every pending record (idempotent).

        While the database fails, writes are retried with backoff for up to ``stop_timeout`` s;
        records still unwritten then are counted in :attr:`dropped` and logged as an error.
        """
        if self._stop_task is None:
            self._stop_task = asyncio.create_task(self._shutdown())
        # Shielded: a cancelled caller (a hurried shutdown) must not abandon the final flush.
        await asyncio.shield(self._stop_task)

    async def _shutdown(self) -> None:
        deadline = time.monotonic() + self._stop_timeout
        self._stopping.set()
        self._wake.set()
        if self._task is not None:
            # wait() rather than await: a task someone else cancelled must not abort the flush.
            # Bounded: a database that never answers holds the task's write forever.
            await asyncio.wait([self._task], timeout=max(0.0, deadline - time.monotonic()))
            self._task.cancel()  # still writing only if the database stopped answering
            self._task = None
        delay = self._flush_interval
        while self.pending:
            try:
                await asyncio.wait_for(self.flush(), max(0.0, deadline - time.monotonic()))
            except Exception as exc:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    self._lose_pending(exc)
                    break
                delay = min(delay * 2, _MAX_BACKOFF, remaining)
                _logger().warning(
                    "request_log_flush_retry",
                    error=describe_error(exc, self._engine),
                    pending=self.pending,
                    retry_in_s=round(delay, 3),
                )
                await asyncio.sleep(delay)
        if self._journal is not None:
            self._journal.close()  # keeps its files if records are left for the next start

    def _lose_pending(self, exc: BaseException) -> None:
        lost = self.pending
        self._queue.clear()
        self._batch = []
        self._processed += lost
        error = describe_error(exc, self._engine)
        if self._journal is not None:
            # Not lost: the next start replays them (its failed appends were logged apart).
            _logger().error("request_log_records_left_in_journal", count=lost, error=error)
            return
        self._dropped += lost
        _logger().error("request_log_records_lost", count=lost, error=error)

    def _drop(self, count: int, reason: str) -> None:
        self._dropped += count
        now = time.monotonic()
        if now - self._last_drop_warning >= _DROP_WARNING_EVERY:
            self._last_drop_warning = now
            _logger().warning(
                "request_log_dropped",
                reason=reason,
                dropped=self._dropped,
                max_queue=self._max_queue,
            )

    async def _run(self) -> None:
        while not self._stopping.is_set():
            backoff = self._retry_at - time.monotonic()
            if backoff > 0:
                # Backing off after a failure: a full batch must not trigger an early retry;
                # the journal is still synced every interval meanwhile.
                await self._wait(self._stopping, min(backoff, self._flush_interval))
            else:
                await self._wait(self._wake, self._flush_interval)
                self._wake.clear()
            if self._stopping.is_set():
                break  # stop() writes what is left, under its own deadline
            await self._sync_journal()
            if self._retry_at <= time.monotonic():
                await self._write_queued()

    async def _sync_journal(self) -> None:
        if self._journal is None or not self._journal_fsync:
            return
        # Under the lock: a batch's end may close the segments the job syncs.
        async with self._lock:
            job = self._journal.pending_sync()
            if job is not None:
                await asyncio.to_thread(job)

    @staticmethod
    async def _wait(event: asyncio.Event, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(event.wait(), seconds)

    async def _write_queued(self) -> None:
        while self.pending and not self._stopping.is_set():
            try:
                await self._write_next_batch()
            except Exception as exc:
                self._failures += 1
                delay = min(self._flush_interval * 2 ** min(self._failures, 16), _MAX_BACKOFF)
                self._retry_at = time.monotonic() + delay
                _logger().error(
                    "request_log_write_failed",
                    error=describe_error(exc, self._engine),
                    pending=self.pending,
                    retry_in_s=round(delay, 3),
                )
                return
            self._failures = 0
            self._retry_at = 0.0

    async def _write_next_batch(self) -> None:
        async with self._lock:
            # A batch kept from a failed attempt may have been committed by it after all.
            retry = bool(self._batch)
            if not self._batch:
                count = min(self._batch_size, len(self._queue))
                self._batch = [self._queue.popleft() for _ in range(count)]
            batch = self._batch
            if not batch:
                return
            rejected = await self._database.run(self._inserter.write, batch, retry)
            self._batch = []
            self._processed += len(batch)
            self._written += len(batch) - rejected
            self._dropped += rejected
            if self._journal is not None:
                self._journal.written(self._processed - self._journal_base)

    async def _recover(self, directory: Path) -> None:
        rejected = 0

        def write(values: list[dict[str, Any]]) -> None:
            nonlocal rejected
            records: list[RequestRecord] = []
            for value in values:
                try:
                    records.append(RequestRecord(**value))
                except TypeError as exc:  # a line of another version's fields
                    rejected += self._inserter.reject(value.get("id"), exc)
            # As a retry: only the rows this insert adds go to spend, so a record both
            # committed and still journaled (killed between the two) is not counted twice.
            rejected += self._inserter.write(records, retry=True)

        try:
            report = await self._database.run(recover, directory, write, self._batch_size)
        except Exception as exc:
            _logger().error(
                "request_log_recovery_failed",
                directory=str(directory),
                error=describe_error(exc, self._engine),
            )
            return
        if report.segments:
            _logger().warning(
                "request_log_recovered",
                segments=report.segments,
                records=report.records,
                rejected=rejected,
                unreadable_lines=report.unreadable,
            )

    async def _open_journal(self, directory: Path) -> Journal | None:
        try:
            journal = await asyncio.to_thread(Journal, directory)
        except OSError as exc:
            _logger().warning(
                "request_log_journal_unavailable",
                directory=str(directory),
                error=f"{type(exc).__name__}: {exc}",
            )
            return None
        # Records queued before start go in too, in queue order; those already written
        # (a flush before start) never were, so the journal counts from them on.
        for record in (*self._batch, *self._queue):
            journal.append(record)
        self._journal_base = self._processed
        return journal


def query_requests(
    engine: sa.Engine,
    *,
    model: str | None = None,
    since: datetime | None = None,
    status: int | None = None,
    principal: str | None = None,
    guardrail: str | None = None,
    limit: int = 100,
    after_time: datetime | None = None,
    after_id: str | None = None,
    oldest_first: bool = False,
) -> list[RequestRecord]:
    """Read request records, newest first (or oldest first), at most ``limit`` of them.

    Filters combine with AND: ``model`` matches the model group, ``since`` is an inclusive lower
    bound on ``created_at``, ``guardrail`` keeps requests on which that rule fired (``"*"``: any
    rule). ``after_time``/``after_id`` is an exclusive keyset cursor in
    ``(created_at, id)`` order: pass the last record seen to page forward with
    ``oldest_first=True`` without gaps or repeats (``after_id=None`` means "after that instant").
    Naive datetimes are read as UTC. Blocking: call it from a worker thread in async code.
    """
    if limit < 1:
        raise ValueError("limit must be >= 1")
    t = request_log
    conditions: list[sa.ColumnElement[bool]] = []
    if model is not None:
        conditions.append(t.c.model_group == model)
    if status is not None:
        conditions.append(t.c.status_code == status)
    if principal is not None:
        conditions.append(t.c.principal == principal)
    if since is not None:
        conditions.append(t.c.created_at >= since)
    if guardrail == "*":
        conditions.append(t.c.guardrails.is_not(None))
    elif guardrail is not None:
        # "rule:stage:action[:kinds]" entries joined by ", ": the rule begins an entry.
        conditions.append(
            sa.or_(
                t.c.guardrails.startswith(f"{guardrail}:", autoescape=True),
                t.c.guardrails.contains(f", {guardrail}:", autoescape=True),
            )
        )
    if after_time is not None:
        later = t.c.created_at > after_time
        if after_id is not None:
            later = sa.or_(later, sa.and_(t.c.created_at == after_time, t.c.id > after_id))
        conditions.append(later)
    if oldest_first:
        order = (t.c.created_at.asc(), t.c.id.asc())
    else:
        order = (t.c.created_at.desc(), t.c.id.desc())
    stmt = sa.select(t).where(*conditions).order_by(*order).limit(limit)
    with engine.connect() as conn:
        return [record_from_row(row) for row in conn.execute(stmt)]
