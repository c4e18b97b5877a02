"""Review queues, their items and reviews in the relational store (SQLite or PostgreSQL).

Synchronous, like the other stores: async callers wrap it in ``asyncio.to_thread``.

- A queue asks for ``reviews_per_item`` reviews of each item (2 or more to measure agreement).
  Each review holds one of the item's slots (``review_reviews``' primary key is the item and the
  slot), so however many reviewers ask at once, an item is never handed to more reviewers than
  it has slots, and never twice to the same reviewer.
- :meth:`ReviewStore.next_item` gives a reviewer the item they were reviewing, or claims the
  oldest open item they have not reviewed or skipped. A claim not finished within ``claim_ttl``
  lapses: the slot goes to the next reviewer who asks.
- :meth:`ReviewStore.submit` checks the scores against the queue's rubric and finishes the
  claim; submitting again edits that review.
- Items are added once per source: adding the same request or eval cell again is counted as a
  duplicate, not stored twice.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from lmops.review.rubric import CaptureRule, Rubric, ScoreError
from lmops.store.db import write_transaction
from lmops.store.keys import Conflict, NotFound
from lmops.store.request_batch import RequestRecord
from lmops.store.tables import review_items, review_queues, review_reviews, review_skips

__all__ = [
    "Conflict",
    "Item",
    "NewItem",
    "NotFound",
    "Queue",
    "QueueSummary",
    "Review",
    "ReviewStore",
    "ScoreError",
    "item_row",
    "request_item",
]

Source = Literal["eval", "request", "import", "api", "ui"]
State = Literal["open", "done"]

_CANDIDATES = 20  # open items looked at per try when claiming
_CHUNK = 500  # items per query when reading a whole queue


@dataclass(frozen=True, slots=True)
class Queue:
    id: int
    name: str
    description: str
    instructions: str
    rubric: Rubric
    reviews_per_item: int
    created_at: datetime
    rules: tuple[CaptureRule, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "object": "review_queue",
            "rules": [r.model_dump(mode="json", exclude_defaults=True) for r in self.rules],
            "name": self.name,
            "description": self.description,
            "instructions": self.instructions,
            "rubric": self.rubric.model_dump(mode="json"),
            "reviews_per_item": self.reviews_per_item,
            "created_at": self.created_at.isoformat(),
        }


@dataclass(frozen=True, slots=True)
class QueueSummary:
    queue: Queue
    items: int
    done: int  # items with all their reviews
    reviews: int  # finished reviews

    def to_json(self) -> dict[str, Any]:
        return {
            **self.queue.to_json(),
            "items": self.items,
            "done": self.done,
            "reviews": self.reviews,
        }


@dataclass(frozen=True, slots=True)
class NewItem:
    input: str
    context: str | None = None
    output: str | None = None
    reference: str | None = None
    meta: Mapping[str, Any] = field(default_factory=dict)
    source: Source = "api"
    source_ref: str | None = None


@dataclass(frozen=True, slots=True)
class Item:
    id: int
    queue_id: int
    source: str
    source_ref: str | None
    input: str
    context: str | None
    output: str | None
    reference: str | None
    meta: Mapping[str, Any]
    done: int
    created_at: datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "object": "review_item",
            "id": self.id,
            "source": self.source,
            "source_ref": self.source_ref,
            "input": self.input,
            "context": self.context,
            "output": self.output,
            "reference": self.reference,
            "meta": dict(self.meta),
            "done": self.done,
            "created_at": self.created_at.isoformat(),
        }


@dataclass(frozen=True, slots=True)
class Review:
    item_id: int
    reviewer: str
    status: Literal["claimed", "done"]
    scores: Mapping[str, Any] | None
    claimed_at: datetime
    done_at: datetime | None

    def to_json(self) -> dict[str, Any]:
        return {
            "object": "review",
            "item_id": self.item_id,
            "reviewer": self.reviewer,
            "status": self.status,
            "scores": dict(self.scores) if self.scores is not None else None,
            "claimed_at": self.claimed_at.isoformat(),
            "done_at": self.done_at.isoformat() if self.done_at else None,
        }


def _now() -> datetime:
    return datetime.now(UTC)


def request_item(record: RequestRecord) -> NewItem:
    """A logged request as an item to review (from the request page, or a capture rule)."""
    meta = {
        "model": record.model_group,
        "status": record.status_code,
        "prompt": record.prompt_name,
        "prompt_version": record.prompt_version,
        "variant": record.variant,
        "guardrails": record.guardrails,
        "latency_ms": record.latency_ms,
        "cost_usd": record.cost_usd,
    }
    text = record.request_body or "(the request body was not logged: settings.log_bodies)"
    return NewItem(
        text, output=record.response_body, meta=meta, source="request", source_ref=record.id
    )


def item_row(queue_id: int, item: NewItem, created_at: datetime) -> dict[str, Any]:
    """The ``review_items`` row of ``item`` in queue ``queue_id``."""
    return {
        "queue_id": queue_id,
        "source": item.source,
        "source_ref": item.source_ref,
        "input": item.input,
        "context": item.context,
        "output": item.output,
        "reference": item.reference,
        "meta": dict(item.meta),
        "done": 0,
        "created_at": created_at,
    }


class ReviewStore:
    def __init__(
        self,
        engine: sa.Engine,
        *,
        claim_ttl: timedelta = timedelta(minutes=30),
        clock: Callable[[], datetime] = _now,
    ) -> None:
        self._engine = engine
        self._claim_ttl = claim_ttl
        self._clock = clock

    # Queues

    def create_queue(
        self,
        name: str,
        rubric: Rubric,
        *,
        description: str = "",
        instructions: str = "",
        reviews_per_item: int = 1,
        rules: Sequence[CaptureRule] = (),
    ) -> Queue:
        if reviews_per_item < 1:
            raise ValueError("reviews_per_item must be 1 or more")
        values = {
            "name": name,
            "description": description,
            "instructions": instructions,
            "rubric": rubric.model_dump(mode="json"),
            "reviews_per_item": reviews_per_item,
            "rules": [r.model_dump(mode="json") for r in rules],
            "created_at": self._clock(),
        }
        try:
            with write_transaction(self._engine) as conn:
                conn.execute(review_queues.insert().values(values))
        except IntegrityError:
            raise Conflict(f"a review queue named {name!r} exists already") from None
        return self.queue(name)

    def queue(self, name: str) -> Queue:
        with self._engine.connect() as conn:
            row = conn.execute(
                review_queues.select().where(review_queues.c.name == name)
            ).one_or_none()
        if row is None:
            raise NotFound(f"no review queue named {name!r}")
        return _queue(row)

    def queues(self) -> list[QueueSummary]:
        items = (
            sa.select(
                review_items.c.queue_id,
                sa.func.count().label("item_count"),
                sa.func.sum(review_items.c.done).label("review_count"),
            )
            .group_by(review_items.c.queue_id)
            .subquery()
        )
        done = (
            sa.select(review_items.c.queue_id, sa.func.count().label("done_count"))
            .join(review_queues, review_queues.c.id == review_items.c.queue_id)
            .where(review_items.c.done >= review_queues.c.reviews_per_item)
            .group_by(review_items.c.queue_id)
            .subquery()
        )
        query = (
            sa.select(review_queues, items.c.item_count, items.c.review_count, done.c.done_count)
            .outerjoin(items, items.c.queue_id == review_queues.c.id)
            .outerjoin(done, done.c.queue_id == review_queues.c.id)
            .order_by(review_queues.c.name)
        )
        with self._engine.connect() as conn:
            rows = conn.execute(query).all()
        return [
            QueueSummary(
                _queue(row), row.item_count or 0, row.done_count or 0, int(row.review_count or 0)
            )
            for row in rows
        ]

    # Items

    def add_items(self, name: str, items: Sequence[NewItem]) -> tuple[int, int]:
        """Add ``items`` to queue ``name``: (added, duplicates of items it had already)."""
        queue = self.queue(name)
        now = self._clock()
        added = 0
        with write_transaction(self._engine) as conn:
            for item in items:
                if item.source_ref is not None and self._has(conn, queue.id, item):
                    continue
                conn.execute(review_items.insert().values(item_row(queue.id, item, now)))
                added += 1
        return added, len(items) - added

    @staticmethod
    def _has(conn: sa.Connection, queue_id: int, item: NewItem) -> bool:
        found = conn.execute(
            sa.select(review_items.c.id).where(
                review_items.c.queue_id == queue_id,
                review_items.c.source == item.source,
                review_items.c.source_ref == item.source_ref,
            )
        ).first()
        return found is not None

    def items(
        self, name: str, *, state: State | None = None, after: int = 0, limit: int = 50
    ) -> list[Item]:
        """A page of the queue's items, oldest first, from the one after id ``after``."""
        queue = self.queue(name)
        query = (
            sa.select(review_items)
            .where(review_items.c.queue_id == queue.id, review_items.c.id > after)
            .order_by(review_items.c.id)
            .limit(limit)
        )
        if state == "open":
            query = query.where(review_items.c.done < queue.reviews_per_item)
        elif state == "done":
            query = query.where(review_items.c.done >= queue.reviews_per_item)
        with self._engine.connect() as conn:
            return [_item(row) for row in conn.execute(query)]

    def item(self, item_id: int) -> tuple[Item, list[Review]]:
        with self._engine.connect() as conn:
            row = conn.execute(
                review_items.select().where(review_items.c.id == item_id)
            ).one_or_none()
            if row is None:
                raise NotFound(f"no review item {item_id}")
            reviews = conn.execute(
                review_reviews.select()
                .where(review_reviews.c.item_id == item_id)
                .order_by(review_reviews.c.claimed_at)
            )
            return _item(row), [_review(r) for r in reviews]

    # Reviewing

    def next_item(self, name: str, reviewer: str) -> Item | None:
        """The item ``reviewer`` is reviewing in queue ``name``, or a newly claimed one; None
        when the queue has nothing left for them."""
        queue = self.queue(name)
        now = self._clock()
        cutoff = now - self._claim_ttl
        with self._engine.connect() as conn:
            held = conn.execute(
                sa.select(review_items)
                .join(review_reviews, review_reviews.c.item_id == review_items.c.id)
                .where(
                    review_reviews.c.queue_id == queue.id,
                    review_reviews.c.reviewer == reviewer,
                    review_reviews.c.status == "claimed",
                )
                .order_by(review_items.c.id)
                .limit(1)
            ).first()
        if held is not None:
            return _item(held)
        seen = sa.select(review_reviews.c.item_id).where(
            review_reviews.c.item_id == review_items.c.id, review_reviews.c.reviewer == reviewer
        )
        skipped = sa.select(review_skips.c.item_id).where(
            review_skips.c.item_id == review_items.c.id, review_skips.c.reviewer == reviewer
        )
        after = 0
        while True:
            query = (
                sa.select(review_items)
                .where(
                    review_items.c.queue_id == queue.id,
                    review_items.c.done < queue.reviews_per_item,
                    review_items.c.id > after,
                    ~seen.exists(),
                    ~skipped.exists(),
                )
                .order_by(review_items.c.id)
                .limit(_CANDIDATES)
            )
            with self._engine.connect() as conn:
                candidates = conn.execute(query).all()
            if not candidates:
                return None
            for row in candidates:
                if self._claim(queue, row.id, reviewer, now, cutoff):
                    return _item(row)
            after = candidates[-1].id

    def _claim(
        self, queue: Queue, item_id: int, reviewer: str, now: datetime, cutoff: datetime
    ) -> bool:
        """Take a free slot of the item, or one whose claim lapsed; False when another
        reviewer got there first or every slot is taken."""
        try:
            with write_transaction(self._engine) as conn:
                rows = conn.execute(
                    sa.select(
                        review_reviews.c.slot, review_reviews.c.status, review_reviews.c.claimed_at
                    ).where(review_reviews.c.item_id == item_id)
                ).all()
                free = sorted(set(range(queue.reviews_per_item)) - {r.slot for r in rows})
                if free:
                    conn.execute(
                        review_reviews.insert().values(
                            item_id=item_id,
                            slot=free[0],
                            queue_id=queue.id,
                            reviewer=reviewer,
                            status="claimed",
                            claimed_at=now,
                        )
                    )
                    return True
                for row in rows:
                    if row.status == "claimed" and row.claimed_at < cutoff:
                        taken = conn.execute(
                            review_reviews.update()
                            .where(
                                review_reviews.c.item_id == item_id,
                                review_reviews.c.slot == row.slot,
                                review_reviews.c.status == "claimed",
                                review_reviews.c.claimed_at == row.claimed_at,
                            )
                            .values(reviewer=reviewer, claimed_at=now)
                        )
                        if taken.rowcount == 1:
                            return True
                return False
        except IntegrityError:  # another reviewer took that slot in the meantime
            return False

    def submit(self, item_id: int, reviewer: str, scores: Mapping[str, Any]) -> Review:
        """Finish ``reviewer``'s review of the item with ``scores`` (or change a finished one)."""
        item, _ = self.item(item_id)
        queue = self._queue_by_id(item.queue_id)
        checked = queue.rubric.check(dict(scores))
        now = self._clock()
        mine = (review_reviews.c.item_id == item_id) & (review_reviews.c.reviewer == reviewer)
        with write_transaction(self._engine) as conn:
            row = conn.execute(review_reviews.select().where(mine)).one_or_none()
            if row is None:
                raise Conflict(
                    f"{reviewer} holds no claim on item {item_id}: ask for the next item first"
                    " (a claim lapses after a while, and another reviewer may have taken it)"
                )
            conn.execute(
                review_reviews.update()
                .where(mine)
                .values(status="done", scores=checked, done_at=now)
            )
            if row.status == "claimed":
                conn.execute(
                    review_items.update()
                    .where(review_items.c.id == item_id)
                    .values(done=review_items.c.done + 1)
                )
            return _review(conn.execute(review_reviews.select().where(mine)).one())

    def skip(self, item_id: int, reviewer: str) -> None:
        """Give the item back (a claim of it is released) and never offer it to them again."""
        self.item(item_id)  # NotFound
        with write_transaction(self._engine) as conn:
            conn.execute(
                review_reviews.delete().where(
                    review_reviews.c.item_id == item_id,
                    review_reviews.c.reviewer == reviewer,
                    review_reviews.c.status == "claimed",
                )
            )
            known = conn.execute(
                sa.select(review_skips.c.item_id).where(
                    review_skips.c.item_id == item_id, review_skips.c.reviewer == reviewer
                )
            ).first()
            if known is None:
                conn.execute(review_skips.insert().values(item_id=item_id, reviewer=reviewer))

    def reviewed(self, name: str) -> Iterator[tuple[Item, builtins.list[Review]]]:
        """Every item of the queue with at least one finished review, with those reviews."""
        queue = self.queue(name)
        after = 0
        while True:
            with self._engine.connect() as conn:
                rows = conn.execute(
                    sa.select(review_items)
                    .where(
                        review_items.c.queue_id == queue.id,
                        review_items.c.done > 0,
                        review_items.c.id > after,
                    )
                    .order_by(review_items.c.id)
                    .limit(_CHUNK)
                ).all()
                if not rows:
                    return
                reviews: dict[int, builtins.list[Review]] = {}
                for r in conn.execute(
                    review_reviews.select()
                    .where(
                        review_reviews.c.item_id.in_([row.id for row in rows]),
                        review_reviews.c.status == "done",
                    )
                    .order_by(review_reviews.c.done_at)
                ):
                    reviews.setdefault(r.item_id, []).append(_review(r))
            for row in rows:
                yield _item(row), reviews.get(row.id, [])
            after = rows[-1].id

    def _queue_by_id(self, queue_id: int) -> Queue:
        with self._engine.connect() as conn:
            row = conn.execute(review_queues.select().where(review_queues.c.id == queue_id)).one()
        return _queue(row)


def _queue(row: sa.Row[Any]) -> Queue:
    return Queue(
        row.id,
        row.name,
        row.description,
        row.instructions,
        Rubric.model_validate(row.rubric),
        row.reviews_per_item,
        row.created_at,
        tuple(CaptureRule.model_validate(r) for r in row.rules),
    )


def _item(row: sa.Row[Any]) -> Item:
    return Item(
        row.id,
        row.queue_id,
        row.source,
        row.source_ref,
        row.input,
        row.context,
        row.output,
        row.reference,
        row.meta,
        row.done,
        row.created_at,
    )


def _review(row: sa.Row[Any]) -> Review:
    return Review(row.item_id, row.reviewer, row.status, row.scores, row.claimed_at, row.done_at)
