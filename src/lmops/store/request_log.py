"""The request log: one record per gateway request, written in the background in batches.

The gateway calls :meth:`RequestLogWriter.submit` on the request path; that only appends to an
in-memory queue. A background task writes the queue in batches from a worker thread, so a slow or
unavailable database costs memory (bounded by ``max_queue``), never request latency. Each batch
is added to the daily spend rollup (:mod:`lmops.store.spend`) in the same transaction.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import time
from collections import deque
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
import structlog
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, StatementError
from structlog.typing import FilteringBoundLogger

from lmops.store.db import describe_error
from lmops.store.spend import rollup_rows, upsert_rollup
from lmops.store.tables import request_log

__all__ = ["RequestLogWriter", "RequestRecord", "query_requests"]


def _logger() -> FilteringBoundLogger:
    # Looked up per use (only on rare paths) rather than bound once at import, so a logging set-up
    # made later (by the app, or capture_logs in tests) is always honoured.
    logger: FilteringBoundLogger = structlog.get_logger("lmops.request_log")
    return logger


_MAX_BACKOFF = 30.0
_ID_PAGE = 1000
# Execution option read by lmops.store.db's SQLite "begin" hook.
_SQLITE_BEGIN_OPTION = "lmops_sqlite_begin"
_DROP_WARNING_EVERY = 1.0


@dataclass(slots=True)
class RequestRecord:
    """One gateway request as stored in ``request_log``.

    ``created_at`` is epoch seconds (UTC); bodies are only set when ``settings.log_bodies`` is on.
    ``key_id``/``team_id`` say who pays; ``cost_usd`` is None when the price is unknown.
    """

    id: str
    created_at: float
    principal: str
    endpoint: str
    model_group: str
    deployment: str | None
    status_code: int
    error_type: str | None
    latency_ms: float
    ttft_ms: float | None
    prompt_tokens: int | None
    completion_tokens: int | None
    streamed: bool
    request_body: str | None = None
    response_body: str | None = None
    key_id: str | None = None
    team_id: str | None = None
    cost_usd: float | None = None
    cached_tokens: int | None = None
    cache_hit: bool = False


_FIELDS = tuple(f.name for f in fields(RequestRecord))
# A record with the row it is stored as.
_Row = tuple[RequestRecord, dict[str, Any]]


def _to_row(record: RequestRecord) -> dict[str, Any]:
    row = {name: getattr(record, name) for name in _FIELDS}
    if not isinstance(record.id, str):
        # Compared with stored ids before the insert, where PostgreSQL would refuse the query
        # (not the row) and block the log.
        raise TypeError(f"id must be a string, not {type(record.id).__name__}")
    row["created_at"] = datetime.fromtimestamp(record.created_at, UTC)
    cost = record.cost_usd
    if cost is not None and not (math.isfinite(cost) and cost >= 0):
        # It would be added to the spend rollup, where a NaN poisons every later sum.
        raise ValueError(f"cost_usd must be a finite amount >= 0, not {cost!r}")
    for body in ("request_body", "response_body"):
        # PostgreSQL text cannot hold NUL; a client can send one, and the row must still be kept.
        if row[body] is not None and "\x00" in row[body]:
            row[body] = row[body].replace("\x00", "\ufffd")
    return row


def _from_row(row: sa.Row[Any]) -> RequestRecord:
    values = row._asdict()
    values["created_at"] = values["created_at"].timestamp()
    return RequestRecord(**{name: values[name] for name in _FIELDS})


def _insert_statement(engine: sa.Engine) -> sa.Insert:
    # A batch whose commit succeeded but whose acknowledgement was lost is retried; ignoring
    # duplicate ids makes that retry harmless instead of failing the whole batch forever.
    # The dialect modules are imported here: loading PostgreSQL's costs a SQLite start 0.1 s.
    stmt: sa.Insert
    if engine.dialect.name == "postgresql":
        from sqlalchemy.dialects import postgresql

        stmt = postgresql.insert(request_log).on_conflict_do_nothing(index_elements=["id"])
    elif engine.dialect.name == "sqlite":
        from sqlalchemy.dialects import sqlite

        stmt = sqlite.insert(request_log).on_conflict_do_nothing(index_elements=["id"])
    else:
        raise ValueError(f"the request log needs SQLite or PostgreSQL, not {engine.dialect.name}")
    return stmt


def _stored_ids(conn: sa.Connection, ids: list[str]) -> set[str]:
    """Those of ``ids`` already in the log (in pages: SQLite binds at most 32,766 values)."""
    stored: set[str] = set()
    for start in range(0, len(ids), _ID_PAGE):
        page = ids[start : start + _ID_PAGE]
        stmt = sa.select(request_log.c.id).where(request_log.c.id.in_(page))
        stored.update(conn.execute(stmt).scalars())
    return stored


def _is_bad_row(exc: BaseException) -> bool:
    """Whether ``exc`` comes from the data (retrying cannot help) rather than the database."""
    if isinstance(exc, IntegrityError | DataError):
        return True
    # Raised before the driver saw the statement, e.g. a value a bind processor cannot convert.
    return isinstance(exc, StatementError) and not isinstance(exc, DBAPIError)


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
    ) -> None:
        if batch_size < 1 or max_queue < 1 or flush_interval <= 0 or stop_timeout < 0:
            raise ValueError(
                "batch_size and max_queue must be >= 1, flush_interval > 0, stop_timeout >= 0"
            )
        self._engine = engine
        self._insert = _insert_statement(engine)
        self._insert_returning = self._insert.returning(request_log.c.id)
        # SQLite: take the write lock at BEGIN (waiting up to the busy timeout). A deferred
        # transaction that reads first cannot wait for it later: a commit by another connection
        # in between fails its insert at once.
        self._writes = (
            engine.execution_options(**{_SQLITE_BEGIN_OPTION: "IMMEDIATE"})
            if engine.dialect.name == "sqlite"
            else engine
        )
        self._batch_size = batch_size
        self._flush_interval = flush_interval
        self._max_queue = max_queue
        self._stop_timeout = stop_timeout
        self._queue: deque[RequestRecord] = deque()
        # Taken from the queue and not yet committed; kept across failed attempts so nothing is
        # lost while the database is away.
        self._batch: list[RequestRecord] = []
        self._lock = asyncio.Lock()
        self._wake = asyncio.Event()
        self._stopping = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._stop_task: asyncio.Task[None] | None = None
        self._written = 0
        self._dropped = 0
        self._processed = 0  # left the queue: written, rejected as bad data, or lost at stop
        self._failures = 0
        self._retry_at = 0.0
        self._last_drop_warning = float("-inf")

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
        """Start the background flush task (idempotent)."""
        if self._stopping.is_set():
            raise RuntimeError("RequestLogWriter was stopped; create a new one")
        if self._task is None:
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
            await asyncio.wait([self._task])
            self._task = None
        delay = self._flush_interval
        while self.pending:
            try:
                await self.flush()
            except Exception as exc:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    self._lose_pending(exc)
                    return
                delay = min(delay * 2, _MAX_BACKOFF, remaining)
                _logger().warning(
                    "request_log_flush_retry",
                    error=describe_error(exc, self._engine),
                    pending=self.pending,
                    retry_in_s=round(delay, 3),
                )
                await asyncio.sleep(delay)

    def _lose_pending(self, exc: BaseException) -> None:
        lost = self.pending
        self._queue.clear()
        self._batch = []
        self._processed += lost
        self._dropped += lost
        _logger().error(
            "request_log_records_lost", count=lost, error=describe_error(exc, self._engine)
        )

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
                # Backing off after a failure: a full batch must not trigger an early retry.
                await self._wait(self._stopping, backoff)
            else:
                await self._wait(self._wake, self._flush_interval)
                self._wake.clear()
            if self._stopping.is_set():
                break  # stop() writes what is left, under its own deadline
            await self._write_queued()

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
            rejected = await asyncio.to_thread(self._write_batch, batch, retry)
            self._batch = []
            self._processed += len(batch)
            self._written += len(batch) - rejected
            self._dropped += rejected

    def _write_batch(self, batch: list[RequestRecord], retry: bool) -> int:
        """Insert ``batch`` in one transaction (worker thread); returns the rows rejected."""
        rows: list[_Row] = []
        rejected = 0
        for record in batch:
            try:
                rows.append((record, _to_row(record)))
            except (TypeError, ValueError, OverflowError, OSError) as exc:
                rejected += self._reject(record.id, exc)
        if not rows:
            return rejected
        try:
            with self._writes.begin() as conn:
                self._insert_rows(conn, rows, retry)
        except Exception as exc:
            if not _is_bad_row(exc):
                raise
            # One bad row must not block the log: write row by row and reject only the bad ones.
            rejected += self._write_one_by_one(rows, retry)
        return rejected

    def _write_one_by_one(self, rows: list[_Row], retry: bool) -> int:
        rejected = 0
        for row in rows:
            try:
                with self._writes.begin() as conn:
                    self._insert_rows(conn, [row], retry)
            except Exception as exc:
                if not _is_bad_row(exc):
                    raise  # the database itself failed: the whole batch is retried
                rejected += self._reject(row[0].id, exc)
        return rejected

    def _insert_rows(self, conn: sa.Connection, rows: list[_Row], retry: bool) -> None:
        """Insert ``rows`` and add the ones that were not already stored to the spend rollup."""
        values = [row for _, row in rows]
        if retry:
            # An earlier attempt may have committed (or, unacknowledged, be committing) these
            # rows: only RETURNING names the rows this statement inserted. It costs psycopg
            # several times the CPU of a plain insert (one huge statement to parse), so first
            # attempts, which this writer has never committed, just look for earlier copies.
            inserted = set(conn.execute(self._insert_returning, values).scalars())
        else:
            ids = [row["id"] for row in values]
            inserted = set(ids).difference(_stored_ids(conn, ids))
            conn.execute(self._insert, values)
        new: list[RequestRecord] = []
        for record, _ in rows:
            # A duplicate id (a retried batch, or twice in this one) was inserted at most once.
            if record.id in inserted:
                inserted.discard(record.id)
                new.append(record)
        upsert_rollup(conn, rollup_rows(new))

    def _reject(self, record_id: object, exc: BaseException) -> int:
        _logger().error(
            "request_log_record_rejected",
            request_id=str(record_id)[:64],
            error=describe_error(exc, self._engine),
        )
        return 1


def query_requests(
    engine: sa.Engine,
    *,
    model: str | None = None,
    since: datetime | None = None,
    status: int | None = None,
    principal: str | None = None,
    limit: int = 100,
    after_time: datetime | None = None,
    after_id: str | None = None,
    oldest_first: bool = False,
) -> list[RequestRecord]:
    """Read request records, newest first (or oldest first), at most ``limit`` of them.

    Filters combine with AND: ``model`` matches the model group, ``since`` is an inclusive lower
    bound on ``created_at``. ``after_time``/``after_id`` is an exclusive keyset cursor in
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
        return [_from_row(row) for row in conn.execute(stmt)]
