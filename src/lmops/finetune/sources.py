"""Where fine-tuning rows come from: JSONL and CSV files (review exports among them), and the
request log (answered requests with their bodies logged, filtered by model group, prompt, time,
feedback score and review rating).

Each source yields :class:`Row`: where it was read and the row, or why it could not be read.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson
import sqlalchemy as sa

from lmops.evals.log_dataset import dataset_from_log
from lmops.review.files import consensus
from lmops.review.store import ReviewStore
from lmops.store.request_log import record_from_row
from lmops.store.tables import feedback, request_log

__all__ = ["LogFilters", "Rating", "Row", "read_file", "read_log"]

_RATING = re.compile(r"^\s*([A-Za-z_][\w-]*)\s*(>=|<=|=)\s*(.+?)\s*$")
_PAGE = 1000


@dataclass(frozen=True, slots=True)
class Row:
    """One input: ``source`` and ``at`` (line number, or request id), and its ``value`` (a
    mapping) or ``error`` (why it could not be read)."""

    source: str
    at: str
    value: Any = None
    error: str | None = None

    @property
    def where(self) -> str:
        return f"{self.source}:{self.at}"


@dataclass(frozen=True, slots=True)
class Rating:
    """A review rating a row must have: ``field>=N``, ``field<=N`` or ``field=value``."""

    field: str
    op: str
    value: str

    @classmethod
    def parse(cls, text: str) -> Rating:
        found = _RATING.match(text)
        if found is None:
            raise ValueError(f"{text!r}: expected FIELD>=N, FIELD<=N or FIELD=VALUE")
        rating = cls(*found.groups())
        if rating.op != "=":
            float(rating.value)  # ValueError when it is no number
        return rating

    def holds(self, agreed: Mapping[str, Any]) -> bool:
        """Whether the reviewers' agreed values (a review export's ``consensus``) meet it."""
        value = agreed.get(self.field)
        if value is None:
            return False
        if self.op == "=":
            if isinstance(value, bool):
                return str(value).lower() == self.value.lower()
            return str(value) == self.value
        if isinstance(value, bool) or not isinstance(value, int | float):
            return False
        wanted = float(self.value)
        return value >= wanted if self.op == ">=" else value <= wanted

    def __str__(self) -> str:
        return f"{self.field}{self.op}{self.value}"


def read_file(path: Path) -> Iterator[Row]:
    """The rows of a JSONL or CSV file (by its suffix; JSONL otherwise). CSV columns are the
    rows' fields; a ``messages`` column holds JSON, and empty cells are missing fields."""
    source = str(path)
    if path.suffix.lower() == ".csv":
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            try:
                for row in reader:
                    yield _csv_row(source, reader.line_num, row)
            except (UnicodeDecodeError, csv.Error) as exc:  # the rest cannot be read
                yield Row(source, str(reader.line_num + 1), error=f"unreadable from here: {exc}")
        return
    with path.open("rb") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                yield Row(source, str(number), orjson.loads(line))
            except orjson.JSONDecodeError as exc:
                yield Row(source, str(number), error=f"not JSON: {exc}")


def _csv_row(source: str, line: int, row: dict[str | None, Any]) -> Row:
    if None in row:
        return Row(source, str(line), error="more cells than the header names")
    value: dict[str, Any] = {k: v for k, v in row.items() if k is not None and v not in ("", None)}
    if "messages" in value:
        try:
            value["messages"] = orjson.loads(value["messages"])
        except orjson.JSONDecodeError as exc:
            return Row(source, str(line), error=f"messages: not JSON: {exc}")
    return Row(source, str(line), value)


@dataclass(frozen=True, slots=True)
class LogFilters:
    """Which logged requests to read: model group, prompt, since and until, the lowest
    feedback score they were given (requests given none are left out), a review queue whose
    agreed ``rating`` they must have, and at most ``limit`` of them (the newest)."""

    model: str | None = None
    prompt: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    min_feedback: float | None = None
    review_queue: str | None = None
    rating: Rating | None = None
    limit: int = 100_000

    def to_json(self) -> dict[str, Any]:
        found = {
            "model": self.model,
            "prompt": self.prompt,
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
            "min_feedback": self.min_feedback,
            "review_queue": self.review_queue,
            "rating": str(self.rating) if self.rating else None,
            "limit": self.limit,
        }
        return {k: v for k, v in found.items() if v is not None}


def read_log(engine: sa.Engine, filters: LogFilters) -> Iterator[Row]:
    """Answered chat and completion requests of the log, oldest first, as ``lmops logs export``
    rows; a request that cannot be one (no bodies logged, streamed, unreadable) is a row with
    its reason. The review store's ``NotFound`` names an unknown queue."""
    rated = _rated(engine, filters) if filters.review_queue else None
    t = request_log
    conditions: list[sa.ColumnElement[bool]] = [
        t.c.status_code == 200,
        t.c.endpoint.in_(("chat", "completions")),
    ]
    for column, value in ((t.c.model_group, filters.model), (t.c.prompt_name, filters.prompt)):
        if value is not None:
            conditions.append(column == value)
    if filters.since is not None:
        conditions.append(t.c.created_at >= filters.since)
    if filters.until is not None:
        conditions.append(t.c.created_at <= filters.until)
    if filters.min_feedback is not None:
        scored = (
            sa.select(feedback.c.request_id)
            .where(feedback.c.score.is_not(None))
            .group_by(feedback.c.request_id)
            .having(sa.func.min(feedback.c.score) >= filters.min_feedback)
        )
        conditions.append(t.c.id.in_(scored))
    if rated is not None:
        conditions.append(t.c.id.in_(rated))
    newest = (
        sa.select(t.c.id, t.c.created_at)
        .where(*conditions)
        .order_by(t.c.created_at.desc(), t.c.id.desc())
        .limit(filters.limit)
    )
    with engine.connect() as conn:
        ids = [row.id for row in conn.execute(newest)][::-1]
    for start in range(0, len(ids), _PAGE):
        page = ids[start : start + _PAGE]
        with engine.connect() as conn:
            rows = conn.execute(sa.select(t).where(t.c.id.in_(page))).all()
        records = {row.id: record_from_row(row) for row in rows}
        for request_id in page:
            made = dataset_from_log([records[request_id]])
            if made.rows:
                yield Row("log", request_id, made.rows[0])
            else:
                (why,) = made.skipped
                yield Row("log", request_id, error=why)


def _rated(engine: sa.Engine, filters: LogFilters) -> list[str]:
    """The requests reviewed in ``filters.review_queue`` whose agreed values meet the rating
    (every reviewed request without one)."""
    assert filters.review_queue is not None
    store = ReviewStore(engine)
    queue = store.queue(filters.review_queue)
    found = []
    for item, reviews in store.reviewed(queue.name):
        if item.source != "request" or item.source_ref is None:
            continue
        agreed = consensus(queue.rubric, [dict(r.scores or {}) for r in reviews])
        if filters.rating is None or filters.rating.holds(agreed):
            found.append(item.source_ref)
    return found
