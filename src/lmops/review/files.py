"""Review items in and out of files.

In: JSONL (one object a line) or CSV (a header row), by the file's extension. Each record needs
``input``; ``context``, ``output`` and ``reference`` are read when given, ``id`` names the record
(the same id is not added to a queue twice), and every other field is kept as the item's
metadata. A record that cannot be used is an :class:`ItemFileError` naming the file and line.

From an eval run: :func:`eval_items`, its failed cells (or all of them) as items.

Out: JSONL, one reviewed item a line, with its reviews and the consensus of each rubric field
(numeric: the mean; boolean and category: the most given value, ties broken by the rubric's
order), ready as an eval dataset or fine-tuning input.
"""

from __future__ import annotations

import csv
import statistics
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import orjson

from lmops.evals.results import RunResult
from lmops.review.rubric import CategoryField, NumericField, Rubric, TextField
from lmops.review.store import Item, NewItem, Review

__all__ = ["ItemFileError", "consensus", "eval_items", "export_record", "read_items"]

_TEXT_FIELDS = ("input", "context", "output", "reference")


class ItemFileError(ValueError):
    """A file of items that cannot be read; the message starts with ``path:line``."""


def read_items(path: Path) -> list[NewItem]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ItemFileError(f"{path}: {exc}") from None
    records = _csv(path, text) if path.suffix.lower() == ".csv" else _jsonl(path, text)
    return [_item(path, line, record) for line, record in records]


def _jsonl(path: Path, text: str) -> Iterator[tuple[int, dict[str, Any]]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            raise ItemFileError(f"{path}:{number}: not JSON: {exc}") from None
        if not isinstance(record, dict):
            raise ItemFileError(f"{path}:{number}: a record must be a JSON object")
        yield number, record


def _csv(path: Path, text: str) -> Iterator[tuple[int, dict[str, Any]]]:
    reader = csv.DictReader(text.splitlines())
    for record in reader:
        if None in record:  # more cells than the header has names
            raise ItemFileError(f"{path}:{reader.line_num}: more cells than header names")
        yield reader.line_num, {k: v for k, v in record.items() if v != ""}


def _item(path: Path, line: int, record: dict[str, Any]) -> NewItem:
    values: dict[str, str | None] = {}
    for name in _TEXT_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            value = orjson.dumps(value).decode()  # chat messages and the like, as JSON text
        values[name] = value
    text = values["input"]
    if text is None or not text.strip():
        raise ItemFileError(f"{path}:{line}: input: required (the text to review)")
    ref = record.get("id")
    meta = {k: v for k, v in record.items() if k not in (*_TEXT_FIELDS, "id")}
    return NewItem(
        text,
        values["context"],
        values["output"],
        values["reference"],
        meta,
        source="import",
        source_ref=None if ref is None else str(ref),
    )


def export_record(rubric: Rubric, item: Item, reviews: Sequence[Review]) -> dict[str, Any]:
    done = [r for r in reviews if r.status == "done"]
    return {
        **item.to_json(),
        "reviews": [r.to_json() for r in done],
        "consensus": consensus(rubric, [dict(r.scores or {}) for r in done]),
    }


def consensus(rubric: Rubric, scores: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Each rubric field's agreed value over ``scores`` (free text: none)."""
    given = list(scores)
    found: dict[str, Any] = {}
    for f in rubric.fields:
        values = [s[f.name] for s in given if s.get(f.name) is not None]
        if not values or isinstance(f, TextField):
            continue
        if isinstance(f, NumericField):
            found[f.name] = statistics.fmean(float(v) for v in values)
            continue
        order: list[Any] = f.categories if isinstance(f, CategoryField) else [True, False]
        counts = Counter(values)
        found[f.name] = max(order, key=lambda v: (counts[v], -order.index(v)))
    return found


def eval_items(run: RunResult, *, every_cell: bool = False) -> list[NewItem]:
    """Items for reviewing an eval run's cells: the failed and errored ones, or every cell.

    Each item's input is the prompt as sent, its output the model's answer, its reference the
    test's ``reference`` or ``expected`` variable when it has one; ``meta`` names the cell and
    carries its metrics' values (``metrics``) for judge alignment.
    """
    items = []
    for position, cell in enumerate(run.cells):
        if not every_cell and cell.status not in ("failed", "error"):
            continue
        reference = next(
            (v for k in ("reference", "expected") if isinstance(v := cell.vars.get(k), str)), None
        )
        meta = {
            "run": run.id,
            "prompt": cell.prompt_id,
            "target": cell.target_id,
            "test": cell.test_index,
            "repeat": cell.repeat_index,
            "status": cell.status,
            "description": cell.description,
            "metrics": {s.metric: s.value for s in cell.scores if s.value is not None},
        }
        items.append(
            NewItem(
                cell.prompt,
                None,
                cell.output if cell.output is not None else cell.error,
                reference,
                meta,
                source="eval",
                source_ref=f"{run.id}:{position}",
            )
        )
    return items
