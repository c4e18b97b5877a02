"""Inserting request records in batches: one transaction each, duplicates ignored, spend added
for the rows inserted, and a bad row rejected alone instead of blocking its batch.

Both the batch writer (:mod:`lmops.store.request_log`) and the journal replay at start use it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
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
from lmops.store.traffic import traffic_rows, upsert_traffic

__all__ = ["FIELDS", "BatchInserter", "OnInserted", "RequestRecord"]

_ID_PAGE = 1000
# Execution option read by lmops.store.db's SQLite "begin" hook.
_SQLITE_BEGIN_OPTION = "lmops_sqlite_begin"


def _logger() -> FilteringBoundLogger:
    logger: FilteringBoundLogger = structlog.get_logger("lmops.request_log")
    return logger


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
    # The registry prompt the request was rendered from, and its experiment arm. Last, with
    # defaults: journal lines written before they existed replay unchanged.
    prompt_name: str | None = None
    prompt_version: int | None = None
    experiment: str | None = None
    variant: str | None = None
    # Guardrail rules that fired: "rule:stage:action[:kind|kind]" joined by ", " (no values).
    guardrails: str | None = None
    # Upstream calls the answer took (retries and fallbacks included; 1 when the first one
    # answered; None when no upstream answered).
    attempts: int | None = None


FIELDS = tuple(f.name for f in fields(RequestRecord))
OnInserted = Callable[[sa.Connection, list[RequestRecord]], None]
# A record with the row it is stored as.
_Row = tuple[RequestRecord, dict[str, Any]]


def _to_row(record: RequestRecord) -> dict[str, Any]:
    row = {name: getattr(record, name) for name in FIELDS}
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


class BatchInserter:
    """Writes batches of records to ``request_log``, ``spend_daily`` and ``traffic_rollup``
    (blocking: a thread)."""

    def __init__(self, engine: sa.Engine, on_inserted: OnInserted | None = None) -> None:
        """``on_inserted(conn, records)`` runs with the records each batch newly inserted, in
        its transaction (the review queues' capture rules)."""
        self._engine = engine
        self._on_inserted = on_inserted
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

    def write(self, batch: list[RequestRecord], retry: bool) -> int:
        """Insert ``batch`` in one transaction; returns the rows rejected as bad data.

        ``retry``: the batch may have been committed before (an attempt whose acknowledgement
        was lost, a replayed journal); only the rows this call inserts are added to spend.
        A failure of the database itself is raised, and nothing of the batch is committed.
        """
        rows: list[_Row] = []
        rejected = 0
        for record in batch:
            try:
                rows.append((record, _to_row(record)))
            except (TypeError, ValueError, OverflowError, OSError) as exc:
                rejected += self.reject(record.id, exc)
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
                rejected += self.reject(row[0].id, exc)
        return rejected

    def _insert_rows(self, conn: sa.Connection, rows: list[_Row], retry: bool) -> None:
        """Insert ``rows`` and add the ones that were not already stored to the rollups."""
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
        upsert_traffic(conn, traffic_rows(new))
        if self._on_inserted is not None:
            self._on_inserted(conn, new)

    def reject(self, record_id: object, exc: BaseException) -> int:
        _logger().error(
            "request_log_record_rejected",
            request_id=str(record_id)[:64],
            error=describe_error(exc, self._engine),
        )
        return 1
