"""A run's cells as files other tools read: JSON Lines (everything) or CSV (a spreadsheet).

JSONL: one object per cell, in the run's order: the run's id, then the cell as
:meth:`lmops.evals.results.CellResult.to_json` writes it, with its weighted ``score``.

CSV: one row per cell with the cell's fields, its variables and scores as JSON text, and one
``score:METRIC`` column per metric of the run (the first time a metric appears in a cell, its
next appearances in the same cell as ``score:METRIC#2``...), empty when the metric measured
nothing or the cell has no such score. Cells are written as they are: a spreadsheet that runs
a cell starting with ``=`` as a formula is the spreadsheet's choice, not something an export
should hide by changing the data.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import Any, Final, Literal, TextIO

import orjson

from lmops.evals.results import CellResult, RunResult

__all__ = ["CSV_COLUMNS", "FORMATS", "Format", "cell_rows", "write_cells"]

Format = Literal["jsonl", "csv"]
FORMATS: Final[tuple[Format, ...]] = ("jsonl", "csv")

CSV_COLUMNS: Final = (
    "run_id",
    "prompt_id",
    "target_id",
    "test_index",
    "repeat_index",
    "description",
    "status",
    "score",
    "output",
    "error",
    "latency_ms",
    "prompt_tokens",
    "completion_tokens",
    "cost_usd",
    "cached",
    "vars",
    "scores",
    "prompt",
)
_SCORE_PREFIX: Final = "score:"


def write_cells(run: RunResult, out: TextIO, fmt: Format) -> int:
    """Write ``run``'s cells to ``out`` as ``fmt``; the number of cells written."""
    if fmt == "jsonl":
        for row in cell_rows(run):
            out.write(_dumps(row))
            out.write("\n")
    elif fmt == "csv":
        _write_csv(run, out)
    else:
        raise ValueError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    return len(run.cells)


def cell_rows(run: RunResult) -> Iterator[dict[str, Any]]:
    """Each cell as a JSON-ready object, with the run's id and the cell's weighted score."""
    for cell in run.cells:
        yield {"run_id": run.id, **cell.to_json(), "score": cell.score}


def _write_csv(run: RunResult, out: TextIO) -> None:
    metric_columns: dict[str, None] = {}  # an ordered set: first seen, first column
    for cell in run.cells:
        metric_columns.update(dict.fromkeys(_metric_values(cell)))
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*CSV_COLUMNS, *metric_columns])
    for cell in run.cells:
        row = _csv_row(run.id, cell)
        metrics = _metric_values(cell)
        writer.writerow([*row, *(_text(metrics.get(name)) for name in metric_columns)])


def _csv_row(run_id: str, cell: CellResult) -> list[str]:
    values = cell.to_json()
    values.update(
        run_id=run_id,
        score=cell.score,
        vars=_dumps(values["vars"]),
        scores=_dumps(values["scores"]),
    )
    return [_text(values[name]) for name in CSV_COLUMNS]


def _metric_values(cell: CellResult) -> dict[str, float | None]:
    """``score:METRIC`` -> value, numbering a metric's repeats within the cell."""
    values: dict[str, float | None] = {}
    seen: dict[str, int] = {}
    for score in cell.scores:
        seen[score.metric] = seen.get(score.metric, 0) + 1
        n = seen[score.metric]
        values[f"{_SCORE_PREFIX}{score.metric}{'' if n == 1 else f'#{n}'}"] = score.value
    return values


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _dumps(value: object) -> str:
    # default=str: a variable JSON has no type for (a YAML date) is written as its text.
    return orjson.dumps(value, default=str, option=orjson.OPT_NON_STR_KEYS).decode()
