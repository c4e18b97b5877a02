"""The evidence against a prompt's production version: the suite's failing cells, and the
production requests rendered from the prompt that were given negative feedback, a low review
rating, or flagged by a guardrail; and the well-rated requests, the examples to learn from."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

import sqlalchemy as sa

from lmops.evals.log_dataset import dataset_from_log
from lmops.evals.results import CellResult
from lmops.finetune.sources import LogFilters, Rating, read_log
from lmops.store.request_log import record_from_row
from lmops.store.tables import feedback, request_log

__all__ = [
    "Example",
    "Item",
    "Kind",
    "cell_items",
    "production_items",
    "well_rated",
]

Kind = Literal["eval", "feedback", "review", "guardrail"]


@dataclass(frozen=True, slots=True)
class Item:
    """One piece of evidence: what went in, what came out, why it counts against the prompt."""

    kind: Kind
    ref: str  # "test 3" for a cell, the request id otherwise
    input: str
    output: str
    why: str
    # For eval cells: the failed assertions as (type, expected), which a constraint restates.
    failed: tuple[tuple[str, Any], ...] = field(default=())
    test_index: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "ref": self.ref,
            "input": self.input,
            "output": self.output,
            "why": self.why,
        }


def cell_items(cells: Iterable[CellResult]) -> list[Item]:
    """The failed and errored cells, one per test (its first repeat that failed)."""
    found: dict[tuple[str, int], Item] = {}
    for cell in cells:
        if cell.status not in ("failed", "error") or (cell.target_id, cell.test_index) in found:
            continue
        failed = tuple((s.type, s.expected) for s in cell.scores if not s.passed)
        why = "; ".join(s.reason or s.type for s in cell.scores if not s.passed)
        found[(cell.target_id, cell.test_index)] = Item(
            kind="eval",
            ref=f"test {cell.test_index + 1} ({cell.description or cell.target_id})",
            input=_vars_text(cell.vars),
            output=cell.output or "",
            why=why or cell.error or cell.status,
            failed=failed,
            test_index=cell.test_index,
        )
    return list(found.values())


def _vars_text(values: Any) -> str:
    if not isinstance(values, Mapping):
        return str(values)
    texts = [str(v) for k, v in values.items() if not str(k).startswith("_")]
    return "\n".join(texts)


def production_items(
    engine: sa.Engine,
    prompt: str,
    since: datetime,
    *,
    feedback_below: float = 0.5,
    review_queue: str | None = None,
    low_rating: Rating | None = None,
    limit: int = 500,
) -> list[Item]:
    """Requests rendered from ``prompt`` since ``since`` that were given a feedback score under
    ``feedback_below``, reviewed in ``review_queue`` with ``low_rating``, or flagged by a
    guardrail; newest first, at most ``limit`` of each kind, only those with bodies logged."""
    t = request_log
    found: list[Item] = []
    low = (
        sa.select(t, sa.func.min(feedback.c.score).label("worst"))
        .join(feedback, feedback.c.request_id == t.c.id)
        .where(
            t.c.prompt_name == prompt, t.c.created_at >= since, feedback.c.score < feedback_below
        )
        .group_by(*t.c)
        .order_by(t.c.created_at.desc())
        .limit(limit)
    )
    flagged = (
        sa.select(t)
        .where(t.c.prompt_name == prompt, t.c.created_at >= since, t.c.guardrails.is_not(None))
        .order_by(t.c.created_at.desc())
        .limit(limit)
    )
    with engine.connect() as conn:
        for row in conn.execute(low):
            found += _request_item(row, "feedback", f"feedback score {row.worst:g}")
        for row in conn.execute(flagged):
            found += _request_item(row, "guardrail", f"guardrail {row.guardrails}")
    if review_queue is not None and low_rating is not None:
        filters = LogFilters(
            prompt=prompt, since=since, review_queue=review_queue, rating=low_rating, limit=limit
        )
        for log_row in read_log(engine, filters):
            if log_row.value is not None:
                found.append(
                    Item(
                        "review",
                        log_row.at,
                        _row_input(log_row.value),
                        str(log_row.value["reference"]),
                        f"review {low_rating}",
                    )
                )
    seen: set[str] = set()
    unique = []
    for item in found:  # a request with low feedback and a flag counts once, as the first
        if item.ref not in seen:
            seen.add(item.ref)
            unique.append(item)
    return unique


def _request_item(row: sa.Row[Any], kind: Kind, why: str) -> list[Item]:
    record = record_from_row(row)
    made = dataset_from_log([record]).rows
    if not made:
        return []
    return [Item(kind, record.id, _row_input(made[0]), str(made[0]["reference"]), why)]


def _row_input(value: dict[str, Any]) -> str:
    return str(value.get("input", ""))


@dataclass(frozen=True, slots=True)
class Example:
    """A well-rated production request: its input, its answer, its chat messages."""

    ref: str
    input: str
    output: str
    messages: Sequence[Any] | None


def well_rated(
    engine: sa.Engine, prompt: str, since: datetime, min_feedback: float, limit: int = 200
) -> list[Example]:
    """Requests rendered from ``prompt`` whose every feedback score is ``min_feedback`` or more."""
    filters = LogFilters(prompt=prompt, since=since, min_feedback=min_feedback, limit=limit)
    found = []
    for row in read_log(engine, filters):
        if row.value is not None:
            value = row.value
            found.append(
                Example(row.at, _row_input(value), str(value["reference"]), value.get("messages"))
            )
    return found
