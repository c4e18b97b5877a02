"""Production traffic into review queues: each queue's capture rules, applied by the request-log
writer as it writes each batch (never on the request path), and to negative feedback when it
comes.

A rule takes a share (``sample``) of the logged requests it matches: every request, the failed
ones, those a guardrail rule fired on, or (``negative_feedback``) those given a feedback score
under ``feedback_below``; optionally only some model groups or prompts. Sampling is decided by a
hash of the queue and the request id, so a batch written twice (a retry, a journal replay)
takes the same requests, and the item is added once either way.

Feedback may come before its request is written (the log is written in batches, a moment after
the answer): the writer then finds it among the feedback stored for its batch, and the feedback
finds the request when it came later. Only two commits in the same instant, each read before the
other was visible, can miss it, on PostgreSQL.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from lmops.review.rubric import CaptureRule
from lmops.review.store import item_row, request_item
from lmops.store.db import dialect_insert
from lmops.store.request_batch import RequestRecord
from lmops.store.request_log import record_from_row
from lmops.store.tables import feedback, request_log, review_items, review_queues

__all__ = ["CaptureRule", "ReviewCapture", "capture_feedback"]

_REFRESH_S = 5.0  # how stale the writer's copy of the rules may get


@dataclass(frozen=True, slots=True)
class _Queue:
    id: int
    name: str
    rules: tuple[CaptureRule, ...]


def _queues_with_rules(conn: sa.Connection) -> list[_Queue]:
    rows = conn.execute(sa.select(review_queues.c.id, review_queues.c.name, review_queues.c.rules))
    return [
        _Queue(row.id, row.name, tuple(CaptureRule.model_validate(r) for r in row.rules))
        for row in rows
        if row.rules
    ]


def _add(conn: sa.Connection, items: list[dict[str, Any]]) -> None:
    """Insert ``items``, leaving out any its queue has already (the same request)."""
    if items:
        insert = dialect_insert(conn, review_items).on_conflict_do_nothing(
            index_elements=["queue_id", "source", "source_ref"]
        )
        conn.execute(insert, items)


class ReviewCapture:
    """What the request-log writer calls with every batch it inserts, in its transaction."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._queues: list[_Queue] = []
        self._read_at = float("-inf")

    def __call__(self, conn: sa.Connection, records: Sequence[RequestRecord]) -> None:
        now = self._clock()
        if now - self._read_at >= _REFRESH_S:
            self._queues = _queues_with_rules(conn)
            self._read_at = now
        if not self._queues or not records:
            return
        created = datetime.now(UTC)
        scores = self._scores_given(conn, records)
        items = [
            item_row(queue.id, request_item(record), created)
            for queue in self._queues
            for record in records
            if any(
                rule.takes(queue.name, record)
                or (
                    record.id in scores
                    and rule.takes_feedback(queue.name, record, scores[record.id])
                )
                for rule in queue.rules
            )
        ]
        _add(conn, items)

    def _scores_given(
        self, conn: sa.Connection, records: Sequence[RequestRecord]
    ) -> dict[str, float]:
        """The lowest feedback score already stored for each request of the batch (feedback that
        came before its request was written); read only when a queue asks for low scores."""
        if not any(r.only == "negative_feedback" for q in self._queues for r in q.rules):
            return {}
        lowest = sa.func.min(feedback.c.score)
        query = (
            sa.select(feedback.c.request_id, lowest)
            .where(
                feedback.c.request_id.in_([r.id for r in records]), feedback.c.score.is_not(None)
            )
            .group_by(feedback.c.request_id)
        )
        return {request_id: score for request_id, score in conn.execute(query)}


def capture_feedback(engine: sa.Engine, request_id: str, score: float | None) -> int:
    """Add a request given a low feedback score to the queues whose rules ask for it (once per
    queue); how many queues take it (0 when the request is not logged yet)."""
    if score is None:
        return 0
    with engine.begin() as conn:
        queues = _queues_with_rules(conn)
        if not any(r.only == "negative_feedback" for q in queues for r in q.rules):
            return 0
        row = conn.execute(sa.select(request_log).where(request_log.c.id == request_id)).first()
        if row is None:
            return 0
        record = record_from_row(row)
        taken = [q for q in queues if any(r.takes_feedback(q.name, record, score) for r in q.rules)]
        _add(conn, [item_row(q.id, request_item(record), datetime.now(UTC)) for q in taken])
        return len(taken)
